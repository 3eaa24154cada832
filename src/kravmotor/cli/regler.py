"""`kravmotor regler` and `kravmotor regel`: the rulebook, listed or one rule shown."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..rapport import formats
from ..terminal import neutralise
from .app import COMMAND, EXIT_INPUT
from .options import format_option, output_option, rules_from, rules_option
from .output import echo_report, screen, write_output


@click.command(**COMMAND)
@rules_option()
@format_option(formats.REGLER, "text (standard) och json listar reglerna; markdown och html ger hela regelboken med exempel. ")
@output_option("Skriv till en fil i stället för till skärmen.")
def regler(rule_dir: str | None, fmt: str | None, utdata: Path | None) -> None:
    """Lista alla regler, eller skriv regelboken för jurister (markdown eller html).

    Avslutas med 0 när listan skrevs och 2 när en regelfil inte kunde läsas
    eller filen inte kunde skrivas.
    """
    fmt = formats.choose(fmt, utdata, formats.REGLER)
    rulebook = rules_from(rule_dir)
    if fmt == "text" and utdata is None:
        _rule_table(rulebook, screen())
        return
    if fmt in ("markdown", "html"):
        from ..rapport import regelbok

        text = regelbok.markdown(rulebook) if fmt == "markdown" else regelbok.html_page(rulebook)
    elif fmt == "json":  # json.dumps escapes control characters itself
        text = json.dumps([
            {"kod": r.code, "titel": r.title, "område": r.area, "utfall": r.outcome, "typ": r.rule_type,
             "säkerhet": r.confidence, "källa": r.source, "referenser": list(r.references),
             "giltig_från": r.valid_from.isoformat() if r.valid_from else None,
             "giltig_till": r.valid_to.isoformat() if r.valid_to else None}
            for r in rulebook.rules], ensure_ascii=False, indent=2)
    else:
        from ..checks import plain_text

        text = plain_text(_rule_table, rulebook)
    if utdata:
        write_output(text, utdata, "regelboken", fmt)
        click.echo(neutralise(f"Regelboken skrevs till {utdata}."), err=True)
    else:
        echo_report(text)


def _rule_table(rulebook, console) -> None:
    from rich.table import Table

    table = Table(title=f"{len(rulebook.rules)} regler", show_lines=False)
    for column in ("Kod", "Område", "Utfall", "Typ", "Titel"):
        table.add_column(column)
    for r in rulebook.rules:
        table.add_row(r.code, r.area or "", r.outcome or "", f"{r.rule_type} {r.confidence}", r.title)
    console.print(table)


@click.command(**COMMAND)
@click.argument("kod")
@rules_option()
def regel(kod: str, rule_dir: str | None) -> None:
    """Visa en regel: text, källa, giltighet och exempel ur dess scenarier.

    Avslutas med 0 när regeln visades och 2 när ingen regel har koden eller en
    regelfil inte kunde läsas.
    """
    from ..rulebook_docs import rule_examples

    rulebook = rules_from(rule_dir)
    rule = rulebook.rule(kod.upper())
    if rule is None:
        import difflib

        close = difflib.get_close_matches(kod.upper(), [r.code for r in rulebook.rules], n=1)
        hint = f" Menade du {close[0]}?" if close else ""
        click.echo(f"fel: ingen regel har koden {kod}.{hint}", err=True)
        sys.exit(EXIT_INPUT)
    console = screen()
    console.rule(f"[bold]{rule.code} {rule.title}", align="left")
    valid = f"från {rule.valid_from}" if rule.valid_from else "alltid"
    if rule.valid_to:
        valid += f" till {rule.valid_to}"
    console.print(f"Område: {rule.area}    Utfall: {rule.outcome}    Typ: {rule.rule_type}    Säkerhet: {rule.confidence}")
    from ..model.subjects import SUBJECTS

    console.print(f"Giltig: {valid} (räknat på {SUBJECTS[rule.subject].date_field})")
    if rule.goals:
        console.print(f"Inriktningsmål: {', '.join(map(str, rule.goals))} (den nationella upphandlingsstrategin)")
    console.print(f"Källa: {rule.source}" + (f" ({', '.join(rule.references)})" if rule.references else ""))
    console.print(f"Motiverad avvikelse: {'tillåten' if rule.justification_allowed else 'inte tillåten'}")
    if rule.description:
        console.print(f"\n{rule.description}")
    console.print("\n[bold]Regeltext[/] (" + f"{rule.file}:{rule.line})", highlight=False)
    console.print(rule.text, markup=False)
    examples = rule_examples(rule.code)
    if examples:
        console.print(f"\n[bold]Exempel[/] (ur {examples[0].file})")
        for example in examples:
            console.print(f"\n  [italic]{example.title}[/] [dim]({', '.join(example.tags)})[/]")
            for step in example.steps:
                console.print(f"    {step}", markup=False)
    else:
        console.print("\n[yellow]Regeln saknar scenarier.[/]")
