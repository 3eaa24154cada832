"""The `kravmotor` command. Everything it prints is Swedish.

Exit codes: 0 no `fel`; 1 at least one `fel`; 2 a document or rule file could
not be read; 3 an internal error in kravmotor (a bug: run with
KRAVMOTOR_FELSÖK=1 for the traceback).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import cli_sv  # noqa: F401  (click's own texts in Swedish)
from .errors import KravmotorError

EXIT_INPUT = 2
EXIT_INTERNAL = 3

CONTEXT = {"help_option_names": ["-h", "--hjälp", "--help"], "max_content_width": 100}
COMMAND = {"context_settings": CONTEXT, "options_metavar": cli_sv.OPTIONS_METAVAR}


def _rulebook(rule_dir: str | None):
    from .lang.loader import load_rulebook
    from .resources import rules_dir

    return load_rulebook(Path(rule_dir) if rule_dir else rules_dir())


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def _fail(error: KravmotorError) -> None:
    console = _console(stderr=True)
    for problem in error.problems:
        console.print(f"[bold red]fel:[/] {problem.location}: {problem.message}", markup=True, highlight=False)
        if problem.excerpt:
            console.print(problem.excerpt, markup=False)
    sys.exit(EXIT_INPUT)


class _Group(click.Group):
    """Turns user errors into Swedish messages and exit 2, and bugs into exit 3, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KravmotorError as error:
            _fail(error)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except Exception as error:  # a bug in kravmotor, not in the user's files
            if os.environ.get("KRAVMOTOR_FELSÖK"):
                raise
            _console(stderr=True).print(
                f"[bold red]internt fel i kravmotor:[/] {type(error).__name__}: {error}\n"
                "Kör med KRAVMOTOR_FELSÖK=1 för detaljer och rapportera felet.", highlight=False)
            sys.exit(EXIT_INTERNAL)


@click.group(cls=_Group, subcommand_metavar="KOMMANDO [ARGUMENT]...", **COMMAND, help="kravmotor granskar förfrågningsunderlag för offentlig upphandling mot regler ur lag och vägledning.")
@click.version_option(package_name="kravmotor", message="kravmotor %(version)s", help="Visa versionen och avsluta.")
def main() -> None:
    pass


@main.command(**COMMAND)
@click.argument("filer", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True,
              help="Rapportens format.")
@click.option("--utdata", type=click.Path(path_type=Path, dir_okay=False), metavar="FIL", help="Skriv rapporten till en fil i stället för till skärmen.")
@click.option("--regler", "rule_dir", type=click.Path(file_okay=False), metavar="KATALOG", help="Använd reglerna i denna katalog.")
@click.option("--motor", type=click.Choice(["native", "durable"]), default="native", show_default=True,
              help="Vilken motor som prövar reglerna: native (Python-kod genererad ur reglerna, snabbast) eller "
                   "durable (durable_rules). Båda ger samma fynd.")
def granska(filer: tuple[Path, ...], fmt: str, utdata: Path | None, rule_dir: str | None, motor: str) -> None:
    """Granska ett eller flera förfrågningsunderlag (YAML eller JSON) före publicering.

    En fil som slutar på .xml läses som en eForms-annons (EU:s standardformulär,
    t.ex. från TED); det som annonsen inte anger ger ”underlag saknas”.

    Avslutas med 0 när inga fel hittas, 1 när minst ett fel hittas och 2 när
    ett underlag eller en regelfil inte kan läsas. Ett underlag som inte kan
    läsas stoppar inte granskningen av de övriga.
    """
    from .errors import InputError
    from .model.loading import load_document
    from .motor.pipeline import Checker
    from .rapport.summary import Run

    rulebook = _rulebook(rule_dir)
    checker = Checker(rulebook, motor)
    run = Run()
    for path in filer:
        try:
            if path.suffix.lower() == ".xml":
                from .sources.eforms import load_notice

                document = load_notice(path)
            else:
                document = load_document(path)
        except InputError as error:
            run.problems.extend(error.problems)
            continue
        run.results.append(checker.check(document, str(path)))

    if fmt == "text" and utdata is None:
        from .rapport import text

        text.render(run, _console())
    else:
        if fmt == "json":
            from .rapport import json_report

            output = json_report.render(run)
        elif fmt == "sarif":
            from .rapport import sarif

            output = sarif.render(run, rulebook)
        else:
            from io import StringIO

            from rich.console import Console

            from .rapport import text

            buffer = StringIO()
            text.render(run, Console(file=buffer, width=100, color_system=None))
            output = buffer.getvalue()
        if utdata:
            utdata.write_text(output + "\n", encoding="utf-8")
        else:
            click.echo(output)
        for problem in run.problems:  # also on stderr, so a pipeline sees why it failed
            click.echo(f"fel: {problem}", err=True)
    sys.exit(run.exit_code)


@main.command(**COMMAND)
@click.argument("filer", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--underlag", type=click.Path(path_type=Path, dir_okay=False), metavar="FIL",
              help="Granska leverantörerna mot detta förfrågningsunderlag: omsättningskrav, riskbransch, "
                   "arbetsgivarregistrering och underleverantörskedjan.")
@click.option("--datum", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="ÅÅÅÅ-MM-DD",
              help="Granskningsdagen, som uppgifternas ålder räknas från. Standard: i dag.")
@click.option("--högsta-ålder", "max_age", type=click.IntRange(min=0), metavar="DAGAR",
              help="Hur gammal en uppgift får vara innan den räknas som inaktuell. Standard: parametern "
                   "uppgifternas_högsta_ålder i reglerna (90 dagar).")
@click.option("--maskera", is_flag=True, help="Dölj namnen på företrädare i rapporten.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True,
              help="Rapportens format.")
@click.option("--utdata", type=click.Path(path_type=Path, dir_okay=False), metavar="FIL", help="Skriv rapporten till en fil i stället för till skärmen.")
@click.option("--regler", "rule_dir", type=click.Path(file_okay=False), metavar="KATALOG", help="Använd reglerna i denna katalog.")
@click.option("--motor", type=click.Choice(["native", "durable"]), default="native", show_default=True,
              help="Vilken motor som prövar reglerna; båda ger samma fynd.")
def screena(filer: tuple[Path, ...], underlag: Path | None, datum, max_age: int | None, maskera: bool, fmt: str,
            utdata: Path | None, rule_dir: str | None, motor: str) -> None:
    """Granska en eller flera leverantörer (YAML eller JSON) mot Ekobrottsmyndighetens varningssignaler och
    uteslutningsgrunderna, med underleverantörer i alla led.

    Varje uppgift i leverantörsfilen har sin källa och det datum den hämtades.
    Risknivån följer checklistans läsanvisning: ingen eller en varningssignal,
    flera varningssignaler, eller extra hög risk. Avslutas med 0 när inga fel
    hittas, 1 när minst ett fel hittas (t.ex. en obligatorisk uteslutningsgrund)
    och 2 när en fil inte kan läsas. Namn på företrädare skrivs aldrig till
    loggar; --maskera döljer dem också i rapporten.
    """
    import datetime as dt

    from .errors import InputError
    from .model.loading import load_document, load_supplier
    from .motor.screening import Screener, mask
    from .rapport.screening import ScreeningRun

    rulebook = _rulebook(rule_dir)
    screener = Screener(rulebook, motor, max_age)
    day = datum.date() if datum else dt.date.today()
    procurement = load_document(underlag) if underlag else None  # unreadable: exit 2 before any screening
    run = ScreeningRun()
    for path in filer:
        try:
            supplier = load_supplier(path)
        except InputError as error:
            run.problems.extend(error.problems)
            continue
        screening = screener.screen(supplier, day=day, procurement=procurement, file=str(path))
        if maskera:
            mask(screening)
        run.screenings.append(screening)

    if fmt == "text" and utdata is None:
        from .rapport.screening import render_text

        render_text(run, _console())
    else:
        if fmt == "json":
            from .rapport.screening import render_json

            output = render_json(run)
        elif fmt == "sarif":
            from .rapport import sarif

            output = sarif.render(run.as_run(), rulebook)
        else:
            from io import StringIO

            from rich.console import Console

            from .rapport.screening import render_text

            buffer = StringIO()
            render_text(run, Console(file=buffer, width=100, color_system=None))
            output = buffer.getvalue()
        if utdata:
            utdata.write_text(output + "\n", encoding="utf-8")
        else:
            click.echo(output)
        for problem in run.problems:
            click.echo(f"fel: {problem}", err=True)
    sys.exit(run.as_run().exit_code)


@main.command(**COMMAND)
@click.option("--regler", "rule_dir", type=click.Path(file_okay=False), metavar="KATALOG", help="Använd reglerna i denna katalog.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown", "html"]), default="text", show_default=True,
              help="text och json listar reglerna; markdown och html ger hela regelboken med exempel.")
@click.option("--utdata", type=click.Path(path_type=Path, dir_okay=False), metavar="FIL", help="Skriv till en fil i stället för till skärmen.")
def regler(rule_dir: str | None, fmt: str, utdata: Path | None) -> None:
    """Lista alla regler, eller skriv regelboken för jurister (markdown eller html)."""
    rulebook = _rulebook(rule_dir)
    if fmt in ("markdown", "html"):
        from .rapport import regelbok

        text = regelbok.markdown(rulebook) if fmt == "markdown" else regelbok.html_page(rulebook)
        if utdata:
            utdata.write_text(text, encoding="utf-8")
            click.echo(f"Regelboken skrevs till {utdata}.")
        else:
            click.echo(text)
        return
    if fmt == "json":
        click.echo(json.dumps([
            {"kod": r.code, "titel": r.title, "område": r.area, "utfall": r.outcome, "typ": r.rule_type,
             "säkerhet": r.confidence, "källa": r.source, "referenser": list(r.references),
             "giltig_från": r.valid_from.isoformat() if r.valid_from else None,
             "giltig_till": r.valid_to.isoformat() if r.valid_to else None}
            for r in rulebook.rules], ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table(title=f"{len(rulebook.rules)} regler", show_lines=False)
    for column in ("Kod", "Område", "Utfall", "Typ", "Titel"):
        table.add_column(column)
    for r in rulebook.rules:
        table.add_row(r.code, r.area or "", r.outcome or "", f"{r.rule_type} {r.confidence}", r.title)
    _console().print(table)


@main.command(**COMMAND)
@click.argument("kod")
@click.option("--regler", "rule_dir", type=click.Path(file_okay=False), metavar="KATALOG", help="Använd reglerna i denna katalog.")
def regel(kod: str, rule_dir: str | None) -> None:
    """Visa en regel: text, källa, giltighet och exempel ur dess scenarier."""
    from .rulebook_docs import rule_examples

    rulebook = _rulebook(rule_dir)
    rule = rulebook.rule(kod.upper())
    if rule is None:
        import difflib

        close = difflib.get_close_matches(kod.upper(), [r.code for r in rulebook.rules], n=1)
        hint = f" Menade du {close[0]}?" if close else ""
        click.echo(f"fel: ingen regel har koden {kod}.{hint}", err=True)
        sys.exit(EXIT_INPUT)
    console = _console()
    console.rule(f"[bold]{rule.code} {rule.title}", align="left")
    valid = f"från {rule.valid_from}" if rule.valid_from else "alltid"
    if rule.valid_to:
        valid += f" till {rule.valid_to}"
    console.print(f"Område: {rule.area}    Utfall: {rule.outcome}    Typ: {rule.rule_type}    Säkerhet: {rule.confidence}")
    console.print(f"Giltig: {valid} (räknat på annonseringsdatum)")
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


@main.command(**COMMAND)
@click.argument("källor", nargs=-1, metavar="KÄLLA...")
@click.option("--databas", type=click.Path(path_type=Path, dir_okay=False), default="revision.sqlite", show_default=True,
              metavar="FIL", help="SQLite-filen där körningarna sparas.")
@click.option("--motor", type=click.Choice(["native", "durable"]), default="native", show_default=True,
              help="Vilken motor som prövar reglerna.")
@click.option("--regler", "rule_dir", type=click.Path(file_okay=False), metavar="KATALOG", help="Använd reglerna i denna katalog.")
@click.option("--återuppta", "resume", type=int, metavar="KÖRNING",
              help="Fortsätt en avbruten körning; underlag som redan är sparade hoppas över.")
@click.option("--jämför", "compare", type=int, nargs=2, metavar="KÖRNING1 KÖRNING2",
              help="Jämför fynden i två körningar: nya, lösta och oförändrade.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Format för --jämför.")
@click.option("--arbetare", "workers", type=click.IntRange(min=1), metavar="N",
              help="Antal processer som granskar samtidigt (standard: alla kärnor, högst 2).")
@click.option("--tyst", is_flag=True, help="Visa ingen förloppsindikator.")
def revision(källor: tuple[str, ...], databas: Path, motor: str, rule_dir: str | None, resume: int | None,
             compare: tuple[int, int] | None, fmt: str, workers: int | None, tyst: bool) -> None:
    """Granska många upphandlingar i en körning och spara allt i en SQLite-databas.

    KÄLLA är filer (.yaml, .yml, .json, eForms-annonser .xml), kataloger, mönster
    (t.ex. 'underlag/*.yaml') eller en katalog med en export ur
    Upphandlingsmyndighetens statistikdatabas (number_of_procurements.csv.gz).
    Ett underlag som inte kan läsas sparas som fel och körningen fortsätter.
    En avbruten körning fortsätter med --återuppta KÖRNING.

    Avslutas med 0 när inga fel hittas, 1 när minst ett fel hittas, 2 när ett
    underlag inte kan läsas och 3 vid internt fel.
    """
    from .errors import InputError, Location, Problem
    from .revision.store import Store

    if compare and (källor or resume is not None):
        raise InputError([Problem(Location("kommandoraden"), "--jämför tar inga källor och kan inte kombineras med --återuppta")])
    if not compare and not källor and resume is None:
        raise click.UsageError("ange minst en KÄLLA, --återuppta KÖRNING eller --jämför KÖRNING1 KÖRNING2")
    if not compare and fmt != "text":
        raise click.UsageError("--format json gäller bara --jämför")
    if (compare or resume is not None) and not databas.is_file():
        raise InputError([Problem(Location(str(databas)), "databasen finns inte; ange den med --databas FIL")])
    with Store(databas) as store:
        if compare:
            sys.exit(_revision_compare(store, *compare, fmt))
        sys.exit(_revision_run(store, list(källor), motor, rule_dir, resume, workers, tyst))


def _revision_run(store, sources: list[str], motor: str, rule_dir: str | None, resume: int | None,
                  workers: int | None, quiet: bool) -> int:
    from .resources import rules_dir
    from .revision.runner import run_revision

    rule_path = Path(rule_dir) if rule_dir else rules_dir()
    _rulebook(str(rule_path))  # a broken rule file stops here, with its own located error, before any work
    show = not quiet and sys.stderr.isatty()
    if show:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        bar = Progress(TextColumn("Granskar"), BarColumn(), MofNCompleteColumn(),
                       TextColumn("{task.fields[takt]}"), TextColumn("kvar"), TimeRemainingColumn(),
                       console=_console(stderr=True), transient=True)
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
    _revision_summary(store, report, _console())
    # Indicators and the revision reports (revision/indicators.py, rapport/revision_*.py) are wired in here:
    # they read the run through store.documents(run) and store.finding_rows(run).
    counts = store.counts(report.run)
    if counts.get("fel"):
        return EXIT_INPUT
    return 1 if store.outcome_counts(report.run).get("fel") else 0


def _n(value: int | float) -> str:
    from .formatting import format_number

    return format_number(value)


def _revision_summary(store, report, console) -> None:
    from rich.table import Table

    from .motor.findings import OUTCOMES

    info = store.run(report.run)
    counts = store.counts(report.run)
    console.rule(f"[bold]Revision, körning {info.id}[/] ({info.status})", align="left")
    console.print(f"Databas: {store.path}    Regeluppsättning: {info.ruleset}    Motor: {info.motor}", highlight=False)
    console.print(f"Källor: {', '.join(info.sources)}", highlight=False)
    read, failed = counts.get("ok", 0), counts.get("fel", 0)
    console.print(f"Underlag: {_n(read + failed)}, varav {_n(read)} granskade och {_n(failed)} som inte kunde läsas.")
    rate = f", {_n(round(report.processed / report.wall))} underlag/s" if report.wall > 0 and report.processed else ""
    resumed = f" (återupptagen: {_n(report.skipped)} fanns redan)" if report.resumed else ""
    console.print(f"Den här gången: {_n(report.processed)} underlag på {_n(round(report.wall, 1))} s{rate}{resumed}.")
    outcomes = store.outcome_counts(report.run)
    table = Table(title="Fynd per utfall", title_justify="left", show_header=False, box=None, padding=(0, 2))
    for outcome in OUTCOMES:
        table.add_row(outcome, _n(outcomes.get(outcome, 0)))
    table.add_row("[bold]totalt[/]", f"[bold]{_n(sum(outcomes.values()))}[/]")
    console.print(table)
    rules = store.rule_counts(report.run)[:10]
    if rules:
        top = Table(title="Vanligaste fynden", title_justify="left", box=None, padding=(0, 2))
        for column in ("Regel", "Utfall", "Antal", "Titel"):
            top.add_column(column, justify="right" if column == "Antal" else "left")
        for kod, titel, utfall, n in rules:
            top.add_row(kod, utfall, _n(n), titel or "")
        console.print(top)
    errors = store.errors(report.run, limit=10)
    if errors:
        console.print(f"[bold red]Kunde inte läsas[/] ({_n(failed)}{', de första 10' if failed > 10 else ''}):")
        for _key, error in errors:
            console.print(f"  {error}", markup=False, highlight=False)


def _revision_compare(store, before: int, after: int, fmt: str) -> int:
    from rich.table import Table

    from .revision.compare import compare_runs

    comparison = compare_runs(store, before, after)
    new_errors = any(f.utfall == "fel" for f in comparison.nya)
    if fmt == "json":
        click.echo(comparison.to_json())
        return 1 if new_errors else 0
    console = _console()
    console.rule(f"[bold]Jämförelse av körning {before} och {after}[/]", align="left")
    console.print(f"Nya fynd: {_n(len(comparison.nya))}    Lösta fynd: {_n(len(comparison.lösta))}    "
                  f"Oförändrade: {_n(comparison.oförändrade)}    varav med ändrat utfall: {_n(len(comparison.ändrat_utfall))}")
    per_rule = comparison.per_rule()
    if per_rule:
        table = Table(title="Per regel", title_justify="left", box=None, padding=(0, 2))
        for column in ("Regel", "Nya", "Lösta"):
            table.add_column(column, justify="left" if column == "Regel" else "right")
        for kod, new, resolved in per_rule[:20]:
            table.add_row(kod, _n(new), _n(resolved))
        console.print(table)
    for heading, items in (("Nya", comparison.nya), ("Lösta", comparison.lösta)):
        if items:
            console.print(f"[bold]{heading}[/]{' (de första 20)' if len(items) > 20 else ''}:")
            for f in items[:20]:
                fields = f" [{', '.join(f.fält)}]" if f.fält else ""
                console.print(f"  {f.key}: {f.kod} {f.utfall}{fields}", markup=False, highlight=False)
    for change in comparison.ändrat_utfall[:20]:
        console.print(f"  {change.key}: {change.kod} {change.före} → {change.efter}", markup=False, highlight=False)
    return 1 if new_errors else 0


@main.command(**COMMAND)
@click.option("--utdata", type=click.Path(path_type=Path, dir_okay=False), metavar="FIL", help="Skriv schemat till en fil.")
def schema(utdata: Path | None) -> None:
    """Skriv JSON Schema för förfrågningsunderlag, så att redigerare kan validera filer medan de skrivs."""
    from .model.loading import document_json_schema

    text = json.dumps(document_json_schema(), ensure_ascii=False, indent=2)
    if utdata:
        utdata.write_text(text + "\n", encoding="utf-8")
        click.echo(f"Schemat skrevs till {utdata}.")
    else:
        click.echo(text)


if __name__ == "__main__":  # pragma: no cover
    main()
