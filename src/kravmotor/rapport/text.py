"""The terminal report: findings grouped by outcome, each with its values and källa.

The report is written once, to a printer: `RichPrinter` draws it with rich (colours on a
terminal); `PlainPrinter` writes the same text rich would write without colours as plain strings,
for a file, a pipe or a web page (rich's layout engine per line was most of a `granska` run).
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from ..motor.findings import OUTCOMES, Fynd, SaknadUppgift
from . import plain_lines
from .summary import Run, counted, outcome_counts, result_counts

STYLE = {
    "fel": ("bold red", "✗"),
    "varning": ("yellow", "!"),
    "bedömning krävs": ("magenta", "?"),
    "underlag saknas": ("magenta", "…"),
    "motiverad avvikelse": ("cyan", "✓"),
    "info": ("blue", "i"),
}


class RichPrinter:
    """The report's lines on a rich console."""

    def __init__(self, console: Console):
        self.console = console

    def text(self, *parts: tuple[str, str]) -> None:
        """Plain text in styles (no markup), one (text, style) per part."""
        self.console.print(Text.assemble(*parts))

    def markup(self, line: str) -> None:
        """A line of the program's own words (rich reads it as markup, as it always has)."""
        self.console.print(line)

    def escaped(self, prefix: str, *parts: str) -> None:
        """The markup `prefix`, then `parts`: values (escaped) at even places, the program's own words between."""
        self.console.print(prefix + "".join(escape(p) if n % 2 == 0 else p for n, p in enumerate(parts)))

    def rule(self, title: str) -> None:
        self.console.rule(Text(title, style="bold"), align="left")


class PlainPrinter(RichPrinter):
    """The lines as rich prints them without colours, written as plain strings to the console's file;
    what `plain_lines` cannot vouch for is printed by rich itself, so the text is the same byte for byte."""

    def __init__(self, console: Console):
        super().__init__(console)
        self.width = console.width
        self.write = console.file.write

    def text(self, *parts: tuple[str, str]) -> None:
        lines = plain_lines.text("".join(text for text, _style in parts), self.width)
        self.write(lines) if lines is not None else super().text(*parts)

    def markup(self, line: str) -> None:
        lines = plain_lines.markup(line, self.width)
        self.write(lines) if lines is not None else super().markup(line)

    def escaped(self, prefix: str, *parts: str) -> None:
        lines = plain_lines.escaped(prefix.replace("[dim]", "").replace("[/]", ""), parts, self.width)
        self.write(lines) if lines is not None else super().escaped(prefix, *parts)

    def rule(self, title: str) -> None:
        lines = plain_lines.rule(title, self.width)
        self.write(lines) if lines is not None else super().rule(title)


def _labelled(label: str) -> str:
    """The markup prefix of a labelled line (`PlainPrinter` reads its plain text by dropping the two tags)."""
    return f"    [dim]{label}:[/] "


def render(run: Run, console: Console) -> None:
    """The report on a console. Without colours or a terminal (a file, a pipe) the lines are written
    as plain strings, the same text rich would write, without rich's layout engine per line."""
    plain = (console.color_system is None and not console.is_terminal and not console.record and not console.soft_wrap
             and getattr(console, "_markup", False) and not getattr(console, "_emoji", True))  # as plain_lines reads lines
    report(run, PlainPrinter(console) if plain else RichPrinter(console))


def report(run: Run, out: RichPrinter) -> None:
    for problem in run.problems:
        out.text((f"{'INTERNT FEL' if problem.internal else 'FEL I INDATA'}: {problem}", "bold red"))
        out.markup("")
    for result in run.results:
        out.rule(f"Granskning av {result.file or result.document_id} ({result.document_id})")
        if not result.findings:
            out.markup("  Inga fynd: inga regler invänder mot underlaget.")
        for outcome in OUTCOMES:
            group = [f for f in result.findings if f.utfall == outcome]
            if not group:
                continue
            style, mark = STYLE[outcome]
            out.text((f"\n{outcome.upper()} ({len(group)})", style))
            for finding in group:
                _finding(finding, out, style, mark)
        _missing(result.missing, out)
        counts = result_counts(result)
        out.markup(f"\n  Sammanfattning: {outcome_counts(counts)}\n")
    checked = counted(len(run.results), "underlag granskat", "underlag granskade")
    out.text((f"{checked}, {len(run.unreadable_files)} kunde inte läsas. Totalt: {outcome_counts(run.counts())}.", "bold"))


def render_missing(missing: list[SaknadUppgift], console: Console) -> None:
    """One line per unknown fact and the rules it blocks: what the procurer can fill in."""
    _missing(missing, RichPrinter(console))


def _missing(missing: list[SaknadUppgift], out: RichPrinter) -> None:
    if not missing:
        return
    out.text((f"\nSAKNADE UPPGIFTER ({len(missing)})", "magenta"))
    out.markup("  Uppgifter som underlaget inte anger. Med dem kan reglerna avgöras:")
    for m in missing:
        out.escaped("    ", m.uppgift, ": ", ", ".join(m.regler))


def render_finding(f: Fynd, console: Console, style: str, mark: str) -> None:
    _finding(f, RichPrinter(console), style, mark)


def _finding(f: Fynd, out: RichPrinter, style: str, mark: str) -> None:
    out.text((f"  {mark} {f.kod} ", style), (f.titel, "bold"))
    out.escaped("    ", f.meddelande)
    if f.fält:
        out.escaped(_labelled("Fält"), ", ".join(f.fält))
    for origin in f.ursprung:
        out.escaped(_labelled("Källa i underlaget"), origin.text())
    if f.värden:
        out.escaped(_labelled("Värden"), "; ".join(f"{v.uttryck} = {v.visning}" for v in f.värden))
    if f.motivering:
        out.escaped(_labelled("Motivering"), f.motivering)
    if f.anmärkning:
        out.escaped(_labelled("Anmärkning"), f.anmärkning)
    if f.källa and f.källa.text:
        meta = ", ".join(x for x in (f.källa.typ, f.källa.säkerhet, *f.källa.referenser) if x)
        out.escaped(_labelled("Källa"), f.källa.text, *((" (", meta, ")") if meta else ()))
    if f.åtgärd:
        out.escaped(_labelled("Åtgärd"), f.åtgärd)
