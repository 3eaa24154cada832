"""The empty answers file (`kravmotor mognad --mall`) and its JSON Schema (`kravmotor schema --för självskattning`).

Both are written from the rulebook: every criterion and question that is a rule
is in them, with its text, its source and the answers it takes, so the template
and the schema cannot fall behind the rules.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from typing import get_args

from ..lang.compiler import Rulebook
from ..model.organisation import ANSWER_FIELDS, ANSWERS, DONT_KNOW, ROLES, Självskattning
from . import katalog

_WIDTH = 100


def _comment(text: str, indent: str, first: str = "# ", rest: str = "#   ") -> list[str]:
    return textwrap.wrap(text, _WIDTH - len(indent), initial_indent=indent + first, subsequent_indent=indent + rest,
                         break_on_hyphens=False, break_long_words=False)


def _choices(kind: str) -> str:
    return " | ".join(get_args(ANSWERS[kind]))


def template(rulebook: Rulebook, day: dt.date, filled: Självskattning | None = None) -> str:
    """The answers file with every criterion and question, in Swedish: unanswered ("vet inte"), or with the
    answers of `filled` (the web form's answers, saved as a file `kravmotor mognad` reads back)."""
    criteria, questions = katalog.criteria(rulebook), katalog.questions(rulebook)
    answers = filled.dalamodellen if filled else {}
    lines = [
        "# Självskattning för kravmotor mognad: Dalamodellen och ambitionsgrafen.",
        "# Fyll i svaren och kör: kravmotor mognad <den här filen>",
        "# Ett svar som står kvar som ”vet inte”, eller tas bort, är okänt: det räknas aldrig som nej,",
        "# och rapporten visar vad det lämnar öppet. Skriv inga namn på personer i filen.",
        "",
        _field("organisation", _text(filled.organisation) if filled else '""',
               "organisationens namn, t.ex. Exempelby kommun"),
        _field("organisationsnummer", _text(filled and filled.organisationsnummer), "valfritt, t.ex. 212000-2163"),
        _field("myndighet", _text(filled and filled.myndighet),
               "valfritt: organisationens namn som köpare i statistiken (för --revision)"),
        _field("datum", (filled.datum if filled else day).isoformat(), "dagen för självskattningen"),
        "",
        "# Dalamodellen (Upphandlingsdialog Dalarna, shared/seeds/000_3fe7eda995822f07.txt): fyra steg gånger",
        "# fyra perspektiv, och kris och beredskap. Nivån tillfredsställande bör alla organisationer uppfylla;",
        "# mycket tillfredsställande och excellent är för den som redan gör det eller har högre ambitioner.",
        f"# Svar: {_choices_text(('uppfyllt', 'delvis', 'inte', DONT_KNOW))}. Underlag och datum är valfria.",
        "dalamodellen:",
    ]
    cell = None
    for c in criteria:
        if c.cell != cell:
            cell = c.cell
            heading = katalog.STEPS[c.step] if c.step == 5 else \
                f"Steg {c.step} {katalog.STEPS[c.step]}, {katalog.PERSPECTIVE_TITLES[c.perspective].lower()}"
            lines += ["", f"  # --- {heading} ---"]
        lines += _comment(f"{c.code} ({katalog.LEVELS[c.level]}): {c.text}", "  ")
        lines += _comment(f"Källa: {c.source}. Inriktningsmål {', '.join(map(str, c.goals))}.", "  ", "#   ")
        answer = answers.get(c.code)
        lines += [f"  {c.code}:", f"    svar: {answer.svar if answer else DONT_KNOW}",
                  f"    underlag:{_value(answer and answer.underlag)}",
                  f"    datum:{_value(answer and answer.datum and answer.datum.isoformat())}"]
    lines += [
        "",
        "# Ambitionsgrafen (Upphandlingsmyndigheten, Ändamålsenliga inköpsorganisationer, bilaga Enkätfrågor,",
        "# shared/seeds/001_16ead44d30653f72.txt). Varje svarande har en beteckning (R1, R2 ...), aldrig ett",
        f"# namn, och en roll: {' | '.join(ROLES)}.",
        "# Kopiera blocket för varje svarande. Organisationens punkt är medelvärdet över de svarande.",
    ]
    respondents = filled.ambitionsgrafen if filled else [None]
    lines.append("ambitionsgrafen:" if respondents else "ambitionsgrafen: []")
    by_field = {q.field: q for q in questions}
    for index, respondent in enumerate(respondents):
        lines += [f"  - respondent: {_text(respondent.respondent) if respondent else 'R1'}",
                  f"    roll: {respondent.roll if respondent else ROLES[2]}",
                  "    svar:"]
        for name, (code, kind) in ANSWER_FIELDS.items():
            q = by_field.get(name)
            if q is not None and index == 0:  # the questions' words once, at the first respondent
                lines += _comment(f"{code}: {q.text}", "      ")
                lines += _comment(f"Källa: {q.source}.", "      ", "#   ")
            given = getattr(respondent.svar, name) if respondent else DONT_KNOW
            lines += [f"      {name}: {given}  # {_choices(kind)}"]
    return "\n".join(lines) + "\n"


def _field(name: str, value: str, comment: str) -> str:
    return f"{name}: {value} ".ljust(28) + f"# {comment}"


def _text(value) -> str:
    """A free text as a YAML scalar that reads back as the same text (a JSON string is valid YAML)."""
    return json.dumps(value, ensure_ascii=False) if value else ""


def _value(value) -> str:
    return f" {_text(value)}" if value else ""


def _choices_text(values) -> str:
    return ", ".join(values[:-1]) + " eller " + values[-1]


def describe_criteria(schema: dict, rulebook: Rulebook) -> None:
    """A self-assessment's schema (model.schemas) with each criterion and question of `rulebook` described."""
    defs = schema.get("$defs", {})
    criterion_ref = schema["properties"]["dalamodellen"]["additionalProperties"]
    schema["properties"]["dalamodellen"] = {
        **{k: v for k, v in schema["properties"]["dalamodellen"].items() if k != "additionalProperties"},
        "properties": {c.code: {**criterion_ref, "description": f"{c.text} ({c.source})"}
                       for c in katalog.criteria(rulebook)},
        "additionalProperties": False,
    }
    answers = defs.get("Ambitionssvar", {}).get("properties", {})
    for q in katalog.questions(rulebook):
        if q.field in answers:
            answers[q.field]["description"] = f"{q.code}: {q.text} ({q.source})"
