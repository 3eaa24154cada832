"""The terminal report: findings grouped by outcome, each with its values and källa."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from ..motor.findings import OUTCOMES, Fynd, SaknadUppgift
from .summary import Run, counted, outcome_counts, result_counts

STYLE = {
    "fel": ("bold red", "✗"),
    "varning": ("yellow", "!"),
    "bedömning krävs": ("magenta", "?"),
    "underlag saknas": ("magenta", "…"),
    "motiverad avvikelse": ("cyan", "✓"),
    "info": ("blue", "i"),
}


def render(run: Run, console: Console) -> None:
    for problem in run.problems:
        console.print(Text(f"{'INTERNT FEL' if problem.internal else 'FEL I INDATA'}: {problem}", style="bold red"))
        console.print()
    for result in run.results:
        title = f"Granskning av {result.file or result.document_id} ({result.document_id})"
        console.rule(Text(title, style="bold"), align="left")
        if not result.findings:
            console.print("  Inga fynd: inga regler invänder mot underlaget.")
        for outcome in OUTCOMES:
            group = [f for f in result.findings if f.utfall == outcome]
            if not group:
                continue
            style, mark = STYLE[outcome]
            console.print(Text(f"\n{outcome.upper()} ({len(group)})", style=style))
            for finding in group:
                render_finding(finding, console, style, mark)
        render_missing(result.missing, console)
        counts = result_counts(result)
        console.print(f"\n  Sammanfattning: {outcome_counts(counts)}\n")
    checked = counted(len(run.results), "underlag granskat", "underlag granskade")
    console.print(Text(
        f"{checked}, {len(run.unreadable_files)} kunde inte läsas. Totalt: {outcome_counts(run.counts())}.",
        style="bold",
    ))


def render_missing(missing: list[SaknadUppgift], console: Console) -> None:
    """One line per unknown fact and the rules it blocks: what the procurer can fill in."""
    if not missing:
        return
    console.print(Text(f"\nSAKNADE UPPGIFTER ({len(missing)})", style="magenta"))
    console.print("  Uppgifter som underlaget inte anger. Med dem kan reglerna avgöras:")
    for m in missing:
        console.print(f"    {escape(m.uppgift)}: {escape(', '.join(m.regler))}")


def render_finding(f: Fynd, console: Console, style: str, mark: str) -> None:
    console.print(Text.assemble((f"  {mark} {f.kod} ", style), (f.titel, "bold")))
    console.print(f"    {escape(f.meddelande)}")
    if f.fält:
        console.print(f"    [dim]Fält:[/] {escape(', '.join(f.fält))}")
    for origin in f.ursprung:
        console.print(f"    [dim]Källa i underlaget:[/] {escape(origin.text())}")
    if f.värden:
        values = "; ".join(f"{v.uttryck} = {v.visning}" for v in f.värden)
        console.print(f"    [dim]Värden:[/] {escape(values)}")
    if f.motivering:
        console.print(f"    [dim]Motivering:[/] {escape(f.motivering)}")
    if f.anmärkning:
        console.print(f"    [dim]Anmärkning:[/] {escape(f.anmärkning)}")
    if f.källa and f.källa.text:
        meta = ", ".join(x for x in (f.källa.typ, f.källa.säkerhet, *f.källa.referenser) if x)
        console.print(f"    [dim]Källa:[/] {escape(f.källa.text)}" + (f" ({escape(meta)})" if meta else ""))
    if f.åtgärd:
        console.print(f"    [dim]Åtgärd:[/] {escape(f.åtgärd)}")
