"""Reports for `screena`: each supplier with its risk level, its findings and the sources behind them.

Subcontractors follow their supplier, one tier deeper. The JSON nests them as the
chain does; the text report and SARIF list them in order, named by their tier.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from .. import __version__
from ..errors import Problem
from ..motor.findings import OUTCOMES
from ..motor.pipeline import Result
from ..motor.screening import Screening
from . import text
from .json_report import problems_json
from .summary import Run, counted, outcome_counts

_RISK_STYLE = {"extra hög risk": "bold red", "flera varningssignaler": "bold magenta"}


@dataclass
class ScreeningRun:
    screenings: list[Screening] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def as_run(self) -> Run:
        """Every screened supplier, subcontractors included, as one result each: for counts, exit code, SARIF."""
        results = [Result(f"{s.organisationsnummer} {s.namn}", s.file, s.findings, s.derived)
                   for top in self.screenings for s in top.all()]
        return Run(results=results, problems=self.problems)


def _label(s: Screening) -> str:
    return "Leverantör" if s.level == 0 else f"Underleverantör i led {s.level}"


def render_text(run: ScreeningRun, console: Console) -> None:
    for problem in run.problems:
        console.print(Text(f"{'INTERNT FEL' if problem.internal else 'FEL I INDATA'}: {problem}", style="bold red"))
        console.print()
    for top in run.screenings:
        for s in top.all():
            console.rule(Text(f"{_label(s)}: {s.namn} ({s.organisationsnummer})", style="bold"), align="left")
            risk = Text.assemble("  Risknivå: ", (s.risk, _RISK_STYLE.get(s.risk, "green")))
            if s.missing_for_risk:
                risk.append(f" (minst; uppgifter som inte är hämtade: {', '.join(s.missing_for_risk)})", style="dim")
            console.print(risk)
            if s.level == 0:
                console.print(f"  Underleverantörer: {s.chain_depth} led")
            if s.subcontractors:
                overall = Text.assemble("  Samlad risknivå med underleverantörerna: ",
                                        (s.overall_risk, _RISK_STYLE.get(s.overall_risk, "green")))
                if s.overall_risk_is_minimum:
                    overall.append(" (minst; se underleverantörernas uppgifter som inte är hämtade)", style="dim")
                console.print(overall)
            for outcome in OUTCOMES:
                group = [f for f in s.findings if f.utfall == outcome]
                if not group:
                    continue
                style, mark = text.STYLE[outcome]
                console.print(Text(f"\n{outcome.upper()} ({len(group)})", style=style))
                for finding in group:
                    text.render_finding(finding, console, style, mark)
                    if finding.uppgifter:
                        sources = "; ".join(f"{u.uppgift}: {u.källa}, hämtad {u.hämtad.isoformat()}" for u in finding.uppgifter)
                        console.print(f"    [dim]Uppgifter:[/] {escape(sources)}")
            console.print()
    screened = sum(1 for top in run.screenings for _ in top.all())
    unreadable = len(run.as_run().unreadable_files)
    console.print(Text(f"{counted(screened, 'leverantör granskad', 'leverantörer granskade')} (underleverantörer "
                       f"inräknade), {counted(unreadable, 'fil', 'filer')} kunde inte läsas. "
                       f"Totalt: {outcome_counts(run.as_run().counts())}.", style="bold"))


def _json_screening(s: Screening) -> dict:
    return {
        "organisationsnummer": s.organisationsnummer,
        "namn": s.namn,
        "led": s.level,
        "fil": s.file,
        "risknivå": s.risk,
        "risknivån_är_minst": bool(s.missing_for_risk),
        "uppgifter_som_saknas_för_risknivån": s.missing_for_risk,
        "samlad_risknivå": s.overall_risk,
        "samlade_risknivån_är_minst": s.overall_risk_is_minimum,
        "kedjans_djup": s.chain_depth,
        "slutsatser": sorted(s.derived),
        "fynd": [f.model_dump(mode="json", exclude_none=True) for f in s.findings],
        "underleverantörer": [_json_screening(sub) for sub in s.subcontractors],
    }


def render_json(run: ScreeningRun) -> str:
    return json.dumps({
        "kravmotor": __version__,
        "sammanfattning": run.as_run().counts(),
        "leverantörer": [_json_screening(s) for s in run.screenings],
        "indatafel": problems_json(run.problems),
    }, ensure_ascii=False, indent=2)
