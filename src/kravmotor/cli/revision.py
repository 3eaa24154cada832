"""`kravmotor revision`: many procurements in one run, the board's indicators, saved in SQLite."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import InputError, Location, Problem
from ..rapport import formats
from .app import COMMAND, EXIT_INPUT, EXIT_INTERNAL
from .options import database_option, format_option, motor_option, output_option, rules_option
from .output import echo_report, file_console, screen, write_output


@click.command(**COMMAND)
@click.argument("källor", nargs=-1, metavar="KÄLLA...")
@database_option("SQLite-filen där körningarna sparas.")
@motor_option("Vilken motor som prövar reglerna.")
@rules_option()
@click.option("--mål", "targets_file", type=click.Path(dir_okay=False), metavar="FIL",
              help="Målen som indikatorerna jämförs med (standard: nämndplanen 2023–2025 i rules/mal/).")
@format_option(formats.REVISION, "Rapportens format: text (standard), json, csv (indikatorerna, med BOM för Excel) eller "
                                  "html (en fil med diagram). ")
@output_option("Skriv rapporten till en fil; sammanfattningen visas ändå i terminalen.")
@click.option("--per-grupp", "by_group", is_flag=True,
              help="Visa i terminalen också varje indikator per myndighet, år och upphandlingsslag.")
@click.option("--visa", "show_run", type=int, metavar="KÖRNING", help="Visa rapporten för en sparad körning utan att granska igen.")
@click.option("--myndighet", "buyer", metavar="NAMN|ORGNR",
              help="Rapporten för en upphandlande myndighet (namnet som i rapporten, eller organisationsnumret), "
                   "med dess värden mot målen och mot alla myndigheters.")
@click.option("--återuppta", "resume", type=int, metavar="KÖRNING",
              help="Fortsätt en avbruten körning; underlag som redan är sparade hoppas över.")
@click.option("--jämför", "compare", type=int, nargs=2, metavar="KÖRNING1 KÖRNING2",
              help="Jämför två körningar: nya, lösta och oförändrade fynd, och hur indikatorerna har rört sig.")
@click.option("--arbetare", "workers", type=click.IntRange(min=1), metavar="N",
              help="Antal arbetsprocesser som granskar (standard: en per kärna utom den som huvudprocessen granskar "
                   "statistikrader på; med underlagsfiler två, eller en på en dator med en kärna).")
@click.option("--tyst", is_flag=True, help="Visa ingen förloppsindikator.")
def revision(källor: tuple[str, ...], databas: Path, motor: str, rule_dir: str | None, targets_file: str | None,
             fmt: str | None, utdata: Path | None, by_group: bool, show_run: int | None, resume: int | None,
             compare: tuple[int, int] | None, workers: int | None, tyst: bool, buyer: str | None) -> None:
    """Granska många upphandlingar i en körning, räkna nämndens indikatorer och spara allt i en SQLite-databas.

    KÄLLA är filer (.yaml, .yml, .json, eForms-annonser .xml), kataloger, mönster
    (t.ex. 'underlag/*.yaml') eller en katalog med en export ur
    Upphandlingsmyndighetens statistikdatabas (number_of_procurements.csv.gz).
    Ett underlag som inte kan läsas sparas som fel och körningen fortsätter;
    leverantörsfiler i en katalog hoppas över (granska dem med screena).

    Efter körningen visas indikatorerna mot målen (andel med sysselsättningskrav,
    miljökrav per prioriterat område, reserverade upphandlingar, anbud per
    upphandling ...), totalt och per myndighet, år och upphandlingsslag.

    \b
    Exempel:
      kravmotor revision underlag/ --utdata rapport.html
      kravmotor revision --visa 1 --format csv --utdata indikatorer.csv
      kravmotor revision --jämför 1 2
      kravmotor revision --återuppta 3

    Avslutas med 0 när inga fel hittas, 1 när minst ett fel hittas, 2 när ett
    underlag inte kan läsas och 3 när kravmotor själv fick fel på ett underlag
    (körningen fortsätter ändå med de andra). En körning som avbryts, eller vars
    databas inte kan skrivas (full disk), fortsätter med --återuppta.
    """
    from ..revision.store import Store

    modes = [name for name, given in (("KÄLLA", bool(källor) and resume is None), ("--återuppta", resume is not None),
                                      ("--visa", show_run is not None), ("--jämför", bool(compare))) if given]
    if len(modes) > 1 and not (modes == ["--återuppta"] and källor):
        raise InputError([Problem(Location("kommandoraden"),
                                  f"{' och '.join(modes)} kan inte kombineras; ange källor, --återuppta, --visa eller --jämför")])
    if not modes:
        raise click.UsageError("ange minst en KÄLLA, --återuppta KÖRNING, --visa KÖRNING eller --jämför KÖRNING1 KÖRNING2")
    fmt = formats.choose(fmt, utdata, formats.REVISION)
    if compare and fmt not in ("text", "json"):
        raise click.UsageError("--jämför skrivs som text eller json")
    if compare and buyer is not None:
        raise click.UsageError("--myndighet gäller en körnings rapport, inte --jämför")
    if (compare or resume is not None or show_run is not None) and not databas.is_file():
        raise InputError([Problem(Location(str(databas)), "databasen finns inte; ange den med --databas FIL")])
    targets = _targets(targets_file)
    with Store(databas, read_only=bool(compare) or show_run is not None) as store:
        if compare:
            sys.exit(_revision_compare(store, *compare, targets, fmt, utdata))
        if show_run is not None:
            sys.exit(_revision_report(store, show_run, targets, fmt, utdata, by_group, buyer=buyer))
        sys.exit(_revision_run(store, list(källor), motor, rule_dir, resume, workers, tyst, targets, fmt, utdata, by_group,
                               buyer))


def _targets(path: str | None):
    from ..revision.targets import load_targets

    return load_targets(path)  # a broken target file stops here, located, before any work


def _revision_run(store, sources: list[str], motor: str, rule_dir: str | None, resume: int | None,
                  workers: int | None, quiet: bool, targets, fmt: str, output: Path | None, by_group: bool,
                  buyer: str | None = None) -> int:
    from ..revision.runner import run_revision
    from ..revision.service import checked_rules

    rule_path = checked_rules(rule_dir, motor)  # a broken rule file stops here, located, before any work
    show = not quiet and sys.stderr.isatty()
    if show:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        bar = Progress(TextColumn("Granskar"), BarColumn(), MofNCompleteColumn(),
                       TextColumn("{task.fields[takt]}"), TextColumn("kvar"), TimeRemainingColumn(),
                       console=screen(stderr=True), transient=True)
        task = bar.add_task("revision", total=None, takt="")

        def progress(done: int, total: int | None) -> None:
            speed = bar.tasks[0].speed
            rate = f"{speed:,.0f} underlag/s".replace(",", " ") if speed else ""
            bar.update(task, completed=done, total=total, takt=rate)

        with bar:
            report = run_revision(store, sources, rule_dir=rule_path, motor=motor, resume=resume, workers=workers,
                                  progress=progress)
    else:
        report = run_revision(store, sources, rule_dir=rule_path, motor=motor, resume=resume, workers=workers)
    return _revision_report(store, report.run, targets, fmt, output, by_group, report, buyer)


def _revision_report(store, run: int, targets, fmt: str, output: Path | None, by_group: bool, made=None,
                     buyer: str | None = None) -> int:
    """The run's summary and the board's report, in `fmt`, to `output` or standard output; the run's exit code."""
    from ..rapport import revision_report as rr
    from ..rapport.revision_run import render_run_summary
    from ..revision.report import build_report
    from ..revision.store import ERROR

    report = build_report(store, run, targets, buyer)
    text = None  # the report in `fmt`, unless it is only the terminal's
    if fmt == "text" and output:
        page = file_console()
        render_run_summary(store, run, page, made)
        page.print()
        rr.render_terminal(report, page, by_group=True, header=False)
        text = page.export_text()
    elif fmt == "html":
        from ..rapport.revision_html import render_html

        text = render_html(report)
    elif fmt != "text":
        text = rr.render_json(report) if fmt == "json" else rr.render_csv(report.indicators)
    if output is not None and text is not None:  # written before the screen: a terminal closed half-way must not cost the file
        write_output(text, output, fmt=fmt)
    piped = output is None and fmt != "text"  # the report itself goes to standard output: keep it clean for a pipe
    terminal = screen(stderr=piped)
    render_run_summary(store, run, terminal, made)
    if not piped:
        terminal.print()
        rr.render_terminal(report, terminal, by_group=by_group, header=False)
    if output is not None:
        terminal.print(f"\nRapporten skrevs till {output}.", highlight=False)
    elif piped and text is not None:
        echo_report(text)
    if store.internal_errors(run):
        return EXIT_INTERNAL
    if store.counts(run).get(ERROR):
        return EXIT_INPUT
    return 1 if store.outcome_counts(run).get("fel") else 0


def _revision_compare(store, before: int, after: int, targets, fmt: str, output: Path | None) -> int:
    from ..rapport.revision_run import comparison_json, render_comparison
    from ..revision.service import compare

    comparison, movements = compare(store, before, after, targets)
    if output is not None:  # written before the screen, as for a run's report
        if fmt == "json":
            text = comparison_json(comparison, movements)
        else:
            page = file_console()
            render_comparison(comparison, movements, page)
            text = page.export_text()
        write_output(text, output, fmt=fmt)
    if fmt == "json" and output is None:
        echo_report(comparison_json(comparison, movements))
    elif fmt != "json":
        render_comparison(comparison, movements, screen())
    if output is not None:
        screen(stderr=fmt == "json").print(f"\nRapporten skrevs till {output}.", highlight=False)
    return 1 if any(f.utfall == "fel" for f in comparison.nya) else 0
