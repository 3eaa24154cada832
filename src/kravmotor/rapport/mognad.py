"""`kravmotor mognad`'s reports: the terminal (rich) and JSON; the HTML page is in `mognad_html`.

Every number the seeds give no cut-off for is shown as a position, never as a
verdict: the ambitionsgrafen's axes run 0–4 without "systematiskt" lines, and a
position known only between two values (answers "vet inte") is shown as that range.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import Problem
from ..formatting import format_number
from ..mognad import katalog
from ..mognad.bedomning import Bedömning, Cell, Fördelning, Intervall, distribution

LEVEL_STYLE = {0: "bold red", 1: "yellow", 2: "green", 3: "bold green"}
JUDGEMENT_STYLE = {"motsägs": "bold red", "stämmer": "green", "kan inte avgöras": "yellow",
                   "självskattning saknas": "dim", "prövas inte": "dim"}


@dataclass
class MognadRun:
    """What one `kravmotor mognad` produced: an assessment per answers file, and the files it could not read."""

    assessments: list[Bedömning] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def distribution(self) -> Fördelning | None:
        return distribution(self.assessments) if len(self.assessments) > 1 else None

    @property
    def exit_code(self) -> int:
        return 2 if self.problems else 0


def interval(value: Intervall, unit: str = "") -> str:
    """`2,75`, `2,6–3,1` (known only between), or `okänt`."""
    if not value.known:
        return "okänt"
    suffix = f" {unit}" if unit else ""
    low, high = (_number(bound) for bound in value.bounds)
    return f"{low}{suffix}" if value.exact else f"{low}–{high}{suffix}"


def _number(x: float) -> str:
    return format_number(round(x, 2))


def cell_label(cell: Cell) -> str:
    return cell.steg_namn if cell.steg == 5 else f"steg {cell.steg} {cell.steg_namn.lower()}, {cell.perspektiv_namn.lower()}"


# --- JSON ------------------------------------------------------------------------------------


def render_json(run: MognadRun) -> str:
    out = {
        "bedömningar": [a.model_dump(mode="json") for a in run.assessments],
        "fördelning": run.distribution.model_dump(mode="json") if run.distribution else None,
        "problem": [{"fil": p.location.file, "rad": p.location.line, "meddelande": p.message} for p in run.problems],
    }
    return json.dumps(out, ensure_ascii=False, indent=2)


# --- Terminal -------------------------------------------------------------------------------


def render_text(run: MognadRun, console: Console) -> None:
    for assessment in run.assessments:
        _assessment(assessment, console)
    if run.distribution:
        _distribution(run.distribution, console)
    for problem in run.problems:
        console.print(Text.assemble(("fel:", "bold red"), f" {problem}"))


def _assessment(a: Bedömning, console: Console) -> None:
    console.rule(Text(f"Mognad: {a.organisation}", style="bold"), align="left")
    console.print(Text(f"Självskattning {a.datum.isoformat()}" + (f", {a.fil}" if a.fil else "")
                       + (". Ett delvis uppfyllt kriterium räknas som uppfyllt." if a.delvis_räknas_som_uppfyllt else
                          ". Ett delvis uppfyllt kriterium räknas som inte uppfyllt."), style="dim"))
    console.print()
    _levels(a, console)
    _gaps(a, console)
    _ambition(a, console)
    if a.bevis:
        _evidence(a, console)
    console.print()


def _levels(a: Bedömning, console: Console) -> None:
    perspectives = [p for p in ("styrning", "verksamhet", "resurs", "marknad")]
    table = Table(title="Dalamodellen: nivå per steg och perspektiv", title_justify="left", show_lines=False)
    table.add_column("Steg", overflow="fold")
    for p in perspectives:
        table.add_column(katalog.PERSPECTIVE_TITLES[p], overflow="fold")
    by = {(c.steg, c.perspektiv): c for c in a.celler}
    for step in (1, 2, 3, 4):
        row = [Text(f"{step} {katalog.STEPS[step]}")]
        for p in perspectives:
            cell = by.get((step, p))
            row.append(Text(cell.level_text, style=LEVEL_STYLE[cell.nivå_lägst]) if cell else Text("–"))
        table.add_row(*row)
    console.print(table)
    crisis = by.get((5, "kris"))
    if crisis:
        console.print(Text.assemble("Kris och beredskap: ", (crisis.level_text, LEVEL_STYLE[crisis.nivå_lägst])))
    console.print(Text("En nivå nås när alla dess kriterier och de lägre nivåernas är uppfyllda. Ett intervall "
                       "(”tillfredsställande till excellent”) betyder att svar som är ”vet inte” avgör.", style="dim"))
    console.print()


def _gaps(a: Bedömning, console: Console) -> None:
    criteria = {c.kod: c for c in a.kriterier}
    console.print(Text("Att arbeta med för nästa nivå", style="bold"))
    any_gap = False
    for cell in a.celler:
        if not cell.att_arbeta_med:
            continue
        any_gap = True
        target = katalog.LEVELS[min(cell.nivå_lägst + 1, 3)]
        console.print(Text.assemble(f"  {cell_label(cell)[0].upper()}{cell_label(cell)[1:]} ", (f"(mot {target})", "dim")))
        for code in cell.att_arbeta_med:
            c = criteria[code]
            console.print(Text.assemble("    ", (code, "bold"), f" ({c.svar}) {c.titel}"))
    if not any_gap:
        console.print("  Inga kriterier som är inte eller delvis uppfyllda.")
    basic = a.saknas_för_tillfredsställande
    console.print(Text.assemble("Tillfredsställande, som alla organisationer bör nå, saknar ",
                                (f"{len(basic)} kriterier", "bold red" if basic else "green"),
                                f"{': ' + ', '.join(basic) if basic else ''}."))
    if a.okända_för_tillfredsställande:
        console.print(Text(f"Okänt (vet inte) på nivån tillfredsställande: {', '.join(a.okända_för_tillfredsställande)}.",
                           style="yellow"))
    unknown = [c.kod for c in a.kriterier if c.svar == "vet inte"]
    if unknown:
        console.print(Text(f"{len(unknown)} av {len(a.kriterier)} kriterier är besvarade med vet inte eller saknas.",
                           style="dim"))
    console.print()


def _ambition(a: Bedömning, console: Console) -> None:
    g = a.ambitionsgraf
    console.print(Text("Ambitionsgrafen", style="bold"), Text("H: samspel med verksamheten, V: samspel med ledningen "
                                                              "(poäng; rapporten anger inga gränser för ”systematiskt”)",
                                                              style="dim"))
    if not g.svarande:
        console.print(Text("  Ingen har besvarat enkäten: organisationens position är okänd.", style="yellow"))
        console.print()
        return
    table = Table(show_lines=False)
    for column in ("Svarande", "Roll", "H", "V", "Område 1", "Område 2", "Område 3", "Okända svar"):
        table.add_column(column)
    for r in g.respondenter:
        table.add_row(r.respondent, r.roll, interval(r.H), interval(r.V), *(interval(r.områden[k]) for k in katalog.AREAS),
                      ", ".join(r.okända_svar) or "–")
    console.print(table)
    roles = Table(show_lines=False)
    for column in ("Roll", "Svarande", "H", "V"):
        roles.add_column(column)
    for role in g.roller + ([g.organisation] if g.organisation else []):
        roles.add_row(Text(role.roll, style="bold" if role is g.organisation else ""), str(role.svarande),
                      interval(role.H), interval(role.V))
    console.print(roles)
    if g.rollspridning:
        console.print(f"  Spridning mellan rollerna (högsta minus lägsta): H {interval(g.rollspridning['H'])}, "
                      f"V {interval(g.rollspridning['V'])}")
    console.print()


def _evidence(a: Bedömning, console: Console) -> None:
    b = a.bevis
    assert b is not None, "shown only with evidence"
    table = Table(title=f"Självskattningen mot granskningens data (körning {b.körning}, {b.myndighet}, "
                        f"{b.upphandlingar} upphandlingar)", title_justify="left", show_lines=False)
    for column in ("Kriterium", "Svar", "Data", "Ja / nej / okänt", "Bedömning"):
        table.add_column(column)
    for row in b.rader:
        unit = "%" if row.enhet == "procent" else "st"
        table.add_row(f"{row.kriterium} {row.kriterium_titel}", row.självskattning, f"{interval(row.värde, unit)} {row.uppgift}",
                      f"{row.ja} / {row.nej} / {row.okända}", Text(row.bedömning, style=JUDGEMENT_STYLE[row.bedömning]))
    console.print(table)
    contradicted = [r for r in b.rader if r.bedömning == "motsägs"]
    for row in contradicted:
        console.print(Text.assemble(("  motsägs: ", "bold red"), row.meddelande or ""))
    console.print()


def _distribution(d: Fördelning, console: Console) -> None:
    console.rule(Text(f"Fördelning över {len(d.organisationer)} organisationer", style="bold"), align="left")
    table = Table(show_lines=False)
    for column in ("Organisation", "Svarande", "H", "V"):
        table.add_column(column)
    for p in d.organisationer:
        table.add_row(p.roll, str(p.svarande), interval(p.H), interval(p.V))
    console.print(table)
    for axis in katalog.AXES:
        stats = d.per_axel[axis]
        console.print(f"  {axis}: lägst {interval(stats['lägst'])}, median {interval(stats['median'])}, "
                      f"högst {interval(stats['högst'])}")
    levels = Table(title="Nivå som nås säkert, antal organisationer", title_justify="left")
    levels.add_column("Steg och perspektiv")
    names = list(katalog.LEVELS.values())
    for name in names:
        levels.add_column(name)
    for key, counts in d.nivåer.items():
        levels.add_row(key, *(str(counts[n]) for n in names))
    console.print(levels)
