"""The terminal side of `kravmotor revision`: what one run did, and what changed between two runs.

The board's indicators are rendered by `revision_report`; this module covers the
run itself (documents read, skipped, broken; findings per outcome) and the
comparison of two runs' findings, with the indicators' movement.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

from ..formatting import format_number as _n
from ..motor.findings import OUTCOMES
from ..revision.compare import Comparison
from ..revision.indicators import Movement
from ..revision.store import ERROR, OK, SKIPPED, Store
from .revision_report import movements_json, render_comparison_terminal

if TYPE_CHECKING:  # the runner pulls in multiprocessing; a report on a stored run does not need it
    from ..revision.runner import RunReport

SHOWN = 20  # findings listed by name in a comparison; the rest are counted


def render_run_summary(store: Store, run: int, console: Console, report: RunReport | None = None) -> None:
    """Heading, documents, this invocation's pace (`report`, when the run was just made), outcomes, problems."""
    info = store.run(run)
    counts = store.counts(run)
    console.rule(f"[bold]Revision, körning {info.id}[/] ({info.status})", align="left")
    console.print(f"Databas: {store.path}    Regeluppsättning: {info.ruleset}    Motor: {info.motor}", highlight=False)
    console.print(f"Källor: {', '.join(info.sources)}", highlight=False)
    console.print(f"Start: {info.started}    Slut: {info.finished or '–'}", highlight=False)
    read, failed, skipped = counts.get(OK, 0), counts.get(ERROR, 0), counts.get(SKIPPED, 0)
    line = f"Underlag: {_n(read + failed)}, varav {_n(read)} granskade och {_n(failed)} som inte kunde läsas."
    internal = store.internal_errors(run)
    if internal:
        line += (f" Av dem stoppades {_n(internal)} av ett internt fel i kravmotor (rapportera felet; "
                 "de står bland felen nedan).")
    if skipped:
        line += f" {_n(skipped)} andra filer hoppades över."
    console.print(line)
    if report is not None:
        rate = f", {_n(round(report.processed / report.wall))} underlag/s" if report.wall > 0 and report.processed else ""
        resumed = f" (återupptagen: {_n(report.skipped)} fanns redan)" if report.resumed else ""
        console.print(f"Den här gången: {_n(report.processed)} underlag på {_n(round(report.wall, 1))} s{rate}{resumed}.")
    outcomes = store.outcome_counts(run)
    table = Table(title="Fynd per utfall", title_justify="left", show_header=False, box=None, padding=(0, 2))
    for outcome in OUTCOMES:
        table.add_row(outcome, _n(outcomes.get(outcome, 0)))
    table.add_row("[bold]totalt[/]", f"[bold]{_n(sum(outcomes.values()))}[/]")
    console.print(table)
    if outcomes and set(outcomes) == {"underlag saknas"}:
        console.print("Alla fynd är ”underlag saknas”: källan har inte de uppgifter reglerna prövar (till exempel "
                      "kvalificeringskrav och kontraktsvillkor). Indikatorerna nedan bygger på det den har.")
    for status, total, heading in ((ERROR, failed, "[bold red]Kunde inte läsas[/]"),
                                   (SKIPPED, skipped, "[bold]Hoppades över[/]")):
        listed = store.errors(run, limit=10, status=status)
        if listed:
            console.print(f"{heading} ({_n(total)}{', de första 10' if total > 10 else ''}):")
            for _key, text in listed:
                console.print(f"  {text}", markup=False, highlight=False)


def render_comparison(comparison: Comparison, movements: Sequence[Movement], console: Console) -> None:
    console.rule(f"[bold]Jämförelse av körning {comparison.före} och {comparison.efter}[/]", align="left")
    console.print(f"Nya fynd: {_n(len(comparison.nya))}    Lösta fynd: {_n(len(comparison.lösta))}    "
                  f"Oförändrade: {_n(comparison.oförändrade)}    varav med ändrat utfall: {_n(len(comparison.ändrat_utfall))}")
    per_rule = comparison.per_rule()
    if per_rule:
        table = Table(title="Per regel", title_justify="left", box=None, padding=(0, 2))
        for column in ("Regel", "Nya", "Lösta"):
            table.add_column(column, justify="left" if column == "Regel" else "right")
        for kod, new, resolved in per_rule[:SHOWN]:
            table.add_row(kod, _n(new), _n(resolved))
        console.print(table)
    for heading, items in (("Nya", comparison.nya), ("Lösta", comparison.lösta)):
        if items:
            console.print(f"[bold]{heading}[/]{f' (de första {SHOWN})' if len(items) > SHOWN else ''}:")
            for f in items[:SHOWN]:
                fields = f" [{', '.join(f.fält)}]" if f.fält else ""
                console.print(f"  {f.key}: {f.kod} {f.utfall}{fields}", markup=False, highlight=False)
    if comparison.ändrat_utfall:
        console.print("[bold]Ändrat utfall[/]" + (f" (de första {SHOWN})" if len(comparison.ändrat_utfall) > SHOWN else "") + ":")
        for change in comparison.ändrat_utfall[:SHOWN]:
            console.print(f"  {change.key}: {change.kod} {change.före} → {change.efter}", markup=False, highlight=False)
    console.print()
    render_comparison_terminal(movements, console, before_label=f"Körning {comparison.före}",
                               after_label=f"Körning {comparison.efter}")


def comparison_json(comparison: Comparison, movements: Sequence[Movement]) -> str:
    """The findings' comparison and, under `indikatorer`, each indicator's movement (in total and per group)."""
    data = asdict(comparison)
    data["indikatorer"] = movements_json(movements)
    return json.dumps(data, ensure_ascii=False, indent=2)
