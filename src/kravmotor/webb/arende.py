"""One procurement being checked in the browser: its data, what the documents said, the person's answers, the findings.

The data is the underlag as the loader accepts it, except that an unknown fact is
the `OKÄNT` marker in its place; `document_data` turns the markers into
`okända_uppgifter`. Every check validates that data with the loader's own rules
(`validate_document`) and checks it with the CLI's `Checker`: the web adds no
check of its own.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError, Problem
from ..rapport.summary import Run
from ..values import Span
from . import fragor
from .fragor import OKÄNT, Fråga

READ_PREFIX = "läst:"  # a confirmation of a read value that no question asks, by the reader's field name


@dataclass
class Ärende:
    name: str  # how the procurement is named on the page and in the report
    files: list[str]  # the uploaded files' names, for display only
    data: dict[str, Any]
    unplaced_unknowns: list[str] = field(default_factory=list)  # declared unknowns with no place in the data
    found: dict[str, Any] = field(default_factory=dict)  # the reader's result per field (lasning.kalla.Uppgift)
    notes: list[str] = field(default_factory=list)  # what the reader read that the model cannot hold yet
    confirmed: set[str] = field(default_factory=set)  # keys of questions whose read value a person confirmed
    field_errors: dict[str, str] = field(default_factory=dict)  # question key → message at the field
    problems: list[Problem] = field(default_factory=list)  # problems that belong to no question
    run: Run | None = None
    document: Any = None  # the last valid Förfrågningsunderlag, e.g. for screening suppliers against it
    checked_at: dt.datetime | None = None

    # --- Made from ... ---------------------------------------------------------------------

    @classmethod
    def blank(cls) -> Ärende:
        today = dt.date.today()
        data = {"id": f"FORMULÄR-{today.isoformat()}", "titel": "", "upphandlande_myndighet": {"namn": ""}}
        return cls("Nytt underlag", [], data)

    @classmethod
    def from_document(cls, document, name: str) -> Ärende:
        """A checked-as-given underlag (YAML, JSON, eForms): its data, with its declared unknowns as markers."""
        data = document.model_dump(mode="python", exclude_none=True, exclude_defaults=True, by_alias=True)
        data["id"], data["titel"] = document.id, document.titel  # required, even when equal to a default
        unknown = data.pop("okända_uppgifter", [])
        return cls(name, [name], data, unplaced_unknowns=_place_unknowns(data, list(document.okända_uppgifter or unknown)))

    @classmethod
    def from_draft(cls, utkast, name: str, files: list[str]) -> Ärende:
        """A draft read from Word/PDF: what was found, with every fact it could not read unknown."""
        data = _plain(copy.deepcopy(utkast.data))
        data["ursprung"] = _plain(utkast.origins)
        # The buyer's name is asked, not a fact rules read: the draft's placeholder stands until it is answered.
        unknown = [u for u in data.pop("okända_uppgifter", []) if u != "upphandlande_myndighet.namn"]
        return cls(name, files, data, unplaced_unknowns=_place_unknowns(data, unknown), found=dict(utkast.found),
                   notes=list(utkast.notes))

    # --- Answers --------------------------------------------------------------------------

    def answer(self, form: dict[str, str]) -> None:
        """Apply the form's answers; an answer that cannot be a value is kept out and named at its question."""
        self.field_errors = {}
        skipped: set[str] = set()  # requirements answered nej or vet inte: their fields are not asked
        for question in fragor.QUESTIONS:
            if question.under in skipped:
                continue
            raw = _answer_of(form, question)
            if raw is None or raw == fragor.shown(fragor.current(self.data, question), question):
                value = fragor.current(self.data, question)  # unchanged: the data keeps its exact value
                if question.slag == "finns" and value is not True:
                    skipped.add(question.nyckel)
                continue
            try:
                value = fragor.parse(question, raw)
            except fragor.AnswerError as error:
                self.field_errors[question.nyckel] = str(error)
                continue
            fragor.apply(self.data, question, value)
            if question.slag == "finns" and value is not True:
                skipped.add(question.nyckel)
        self.confirmed = {key for key in form.get("bekräftad", [])
                          if key in fragor.BY_KEY or key.removeprefix(READ_PREFIX) in self.found}

    def use_candidate(self, key: str, index: int) -> None:
        """Answer a question with what the reader read for it (`index` -1) or with one of its candidates."""
        question = fragor.BY_KEY.get(key)
        reading = self.reading(question) if question else None
        if question is None or reading is None:
            return
        if index == -1 and reading.värde is not None:
            value = reading.värde
        elif 0 <= index < len(reading.kandidater):
            value = reading.kandidater[index].värde
        else:
            return
        if question.slag == "finns":
            value = True
        elif isinstance(value, (list, dict)):
            return
        fragor.apply(self.data, question, value)
        self.confirmed.add(key)

    # --- Checking -------------------------------------------------------------------------

    def document_data(self) -> dict[str, Any]:
        """The data as the loader takes it: markers removed and listed in `okända_uppgifter`."""
        data = copy.deepcopy(self.data)
        unknown = _take_markers(data, "")
        data["okända_uppgifter"] = sorted(set(unknown) | set(self.unplaced_unknowns))
        if not data["okända_uppgifter"]:
            del data["okända_uppgifter"]
        return data

    def check(self, checker) -> None:
        from ..model.loading import validate_document

        self.problems = []
        try:
            document = validate_document(self.document_data(), self.name)
        except InputError as error:
            self._place_problems(error.problems)
            return
        if self.field_errors:
            return  # the last findings stay, marked as not reflecting the answers that could not be read
        self.document = document
        self.run = Run(results=[checker.check(document, self.name)])
        self.checked_at = dt.datetime.now()

    @property
    def current(self) -> bool:
        """Whether the findings shown reflect every answer (no answer kept out for an error)."""
        return self.run is not None and not self.field_errors and not self.problems

    def _place_problems(self, problems: list[Problem]) -> None:
        paths = {q.nyckel: fragor.concrete_path(self.data, q) for q in fragor.QUESTIONS}
        for problem in problems:
            where = problem.location.field_path or ""
            related = [(p == where, len(p), k) for k, p in paths.items() if p and where and _related(p, where)]
            key = max(related)[2] if related else None  # the question on that very field, else the nearest
            if key is not None and key not in self.field_errors:
                self.field_errors[key] = problem.message
            else:
                self.problems.append(problem)

    # --- What the page shows ----------------------------------------------------------------

    def reading(self, question: Fråga):
        """The reader's result for the question, or None."""
        return self.found.get(question.läses_som) if question.läses_som else None

    def other_readings(self) -> list[tuple[str, Any]]:
        """What the reader found, or was unsure of, that no question asks: shown with its quote, confirmable."""
        asked = {q.läses_som for q in fragor.QUESTIONS}
        return [(name, u) for name, u in self.found.items()
                if name not in asked and (u.värde is not None or u.kandidater)]

    def yaml(self) -> str:
        """The underlag as a YAML file, with what was confirmed and what is unknown said at the top."""
        read = [q for q in fragor.QUESTIONS if (r := self.reading(q)) is not None and r.värde is not None]
        head = [f"# Underlag ur {', '.join(self.files) or 'formuläret'}, sparat från kravmotor webb "
                f"{dt.date.today().isoformat()}."]
        others = [name for name, u in self.other_readings() if u.värde is not None]
        if read or others:
            confirmed = [q for q in read if q.nyckel in self.confirmed]
            confirmed_others = [n for n in others if READ_PREFIX + n in self.confirmed]
            head.append(f"# Uppgifter lästa ur dokumenten: {len(read) + len(others)}, varav "
                        f"{len(confirmed) + len(confirmed_others)} bekräftade av en person.")
            head += [f"#   ej bekräftad: {q.text}" for q in read if q.nyckel not in self.confirmed]
            head += [f"#   ej bekräftad: {n} (läst, utan fråga i formuläret)" for n in others
                     if READ_PREFIX + n not in self.confirmed]
        head += [f"# Läst men utan fält i underlaget: {note}" for note in self.notes]
        body = yaml.safe_dump(_plain(self.document_data()), allow_unicode=True, sort_keys=False, width=120)
        return "\n".join(head) + "\n" + body


def _answer_of(form: dict, question: Fråga) -> str | None:
    """The raw answer: the "vet inte" box wins over what is typed beside it."""
    if form.get(f"{question.nyckel}-vetinte"):
        return fragor.VET_INTE
    value = form.get(question.nyckel)
    return value if isinstance(value, str) else None


def _related(question_path: str, problem_path: str) -> bool:
    """The same field, or one inside the other ("uppskattat_värde" is missing → the question on its total)."""
    return (question_path == problem_path or problem_path.startswith(question_path + ".")
            or problem_path.startswith(question_path + "[") or question_path.startswith(problem_path + "."))




def _place_unknowns(data: dict, paths: list[str]) -> list[str]:
    """Put OKÄNT where each declared unknown is; return those with no place (a field inside a part not
    given, or `lista[+]`: a list that may hold more than it shows is said of the list, not of a value)."""
    from ..model.fields import MORE, parse_path

    unplaced = []
    for path in paths:
        steps = parse_path(path)
        if not steps or any(index == MORE for _, index in steps) or not _mark(data, steps):
            unplaced.append(path)
    return unplaced


def _mark(node: Any, steps: list[tuple[str, int | None]]) -> bool:
    (name, index), rest = steps[0], steps[1:]
    if not isinstance(node, dict):
        return False
    if not rest and index is None:
        node[name] = OKÄNT
        return True
    child = node.get(name)
    if isinstance(child, list):
        targets = [child[index]] if index is not None and index < len(child) else ([] if index is not None else child)
        if not rest:
            if index is None:
                return False
            child[index] = OKÄNT
            return True
        return bool(targets) and all([_mark(t, rest) for t in targets])
    if index is None and isinstance(child, dict):
        return _mark(child, rest)
    return False


def _take_markers(node: Any, prefix: str) -> list[str]:
    """Remove every OKÄNT from the data and return their paths ("kvalificeringskrav[0].belopp")."""
    found = []
    if isinstance(node, dict):
        for key in list(node):
            path = f"{prefix}.{key}" if prefix else key
            if node[key] is OKÄNT:
                del node[key]
                found.append(path)
            else:
                found += _take_markers(node[key], path)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            found += _take_markers(item, f"{prefix}[{i}]")
    return found


def _plain(value: Any) -> Any:
    """Numbers, dates and texts as YAML writes them plainly."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Span):
        return {"lägst": _plain(value.low), "högst": _plain(value.high)}
    return value


def display_name(upload_name: str | None, fallback: str) -> str:
    """The uploaded file's own name, for display only: its last part, without control characters, at most 120 long."""
    name = re.split(r"[\\/]", upload_name or "")[-1]
    name = "".join(c for c in name if c.isprintable()).strip()
    return name[:120] or fallback


def renamed(problems: list[Problem], path: Path, name: str) -> list[Problem]:
    """Problems about the server's copy of a file, named by the file's own name."""
    for problem in problems:
        if problem.location.file == str(path):
            problem.location.file = name
    return problems
