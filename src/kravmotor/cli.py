"""The `kravmotor` command. Everything it prints is Swedish.

Exit codes: 0 no `fel`; 1 at least one `fel`; 2 a document or rule file could
not be read, or the output could not be written (also: memory ran out, a limit
was hit); 3 an internal error in kravmotor (a bug: run with
KRAVMOTOR_FELSOK=1 for the traceback). A batch (several files, `revision`)
goes on past both: each file's problem is reported against that file.
"""

from __future__ import annotations

import errno
import io
import json
import os
import sys
from pathlib import Path

import click

from . import cli_sv  # noqa: F401  (click's own texts in Swedish)
from .model.schemas import SCHEMAS
from .rapport import formats
from .errors import InputError, KravmotorError, Location, Problem, debugging
from .terminal import SafeConsole, neutralise

EXIT_INPUT = 2
EXIT_INTERNAL = 3

CONTEXT = {"help_option_names": ["-h", "--hjälp", "--help"], "max_content_width": 100}
# Every --help ends with what exit code 3 means; each command's text says what 0, 1 and 2 mean for it.
EXIT_3 = ("Avslutas med 3 vid ett internt fel i kravmotor (ett programfel, inte ett fel i dina filer): "
          "kör med KRAVMOTOR_FELSOK=1 för detaljer och rapportera felet.")
COMMAND = {"context_settings": CONTEXT, "options_metavar": cli_sv.OPTIONS_METAVAR, "epilog": EXIT_3}


def _rulebook(rule_dir: str | None):
    from .lang.loader import load_rulebook
    from .resources import rules_dir

    return load_rulebook(Path(rule_dir) if rule_dir else rules_dir())


def _console(stderr: bool = False):
    return SafeConsole(stderr=stderr, highlight=False, soft_wrap=True)


def _fail(error: KravmotorError) -> None:
    from rich.text import Text

    console = _console(stderr=True)
    for problem in error.problems:
        console.print(Text.assemble(("fel:", "bold red"), f" {problem.location}: {problem.message}"), highlight=False)
        if problem.excerpt:
            console.print(problem.excerpt, markup=False)
    sys.exit(EXIT_INPUT)


def exit_code_for(error: BaseException) -> int:
    """What the command ends with when `error` escapes it: 2 for the user's input or surroundings, 3 for a bug.

    Also what the fuzz harness (tests/fuzzing.py) holds every input to.
    """
    if isinstance(error, SystemExit):
        return error.code if isinstance(error.code, int) else 1
    if isinstance(error, (KravmotorError, MemoryError, OSError)):
        return EXIT_INPUT
    return EXIT_INTERNAL


class _Group(click.Group):
    """Turns user errors into Swedish messages and exit 2, and bugs into exit 3, never a traceback."""

    def invoke(self, ctx):
        try:
            try:
                return super().invoke(ctx)
            finally:  # what is still buffered for standard output fails here, not silently at exit
                if sys.exc_info()[0] in (None, SystemExit, click.exceptions.Exit):
                    sys.stdout.flush()
        except KravmotorError as error:
            _fail(error)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except MemoryError:
            _fail(InputError([Problem(Location("kravmotor"), "minnet tog slut; sänk gränserna (kravmotor --gräns), "
                                                             "granska färre filer åt gången eller dela upp den största")]))
        except OSError as error:  # the surroundings: a full disk, a closed pipe, a file gone while working
            _os_failure(error)
        except Exception as error:  # a bug in kravmotor, not in the user's files
            if debugging():
                raise
            _console(stderr=True).print(
                f"[bold red]internt fel i kravmotor:[/] {type(error).__name__}\n"
                "Kör med KRAVMOTOR_FELSOK=1 för detaljer och rapportera felet.", highlight=False)
            sys.exit(EXIT_INTERNAL)


def _os_failure(error: OSError) -> None:
    from .limits import describe_os_error

    if error.errno == errno.EPIPE:  # the reader of our output went away (`| head`): nothing more to say to it
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except OSError:
            pass
        sys.exit(EXIT_INPUT)
    where = error.filename or "standard ut"
    advice = "; frigör utrymme och försök igen" if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) else ""
    _fail(InputError([Problem(Location(str(where)), f"kunde inte läsa eller skriva: {describe_os_error(error)}{advice}")]))


@click.group(cls=_Group, subcommand_metavar="KOMMANDO [ARGUMENT]...", **COMMAND, help="kravmotor granskar förfrågningsunderlag för offentlig upphandling mot regler ur lag och vägledning.")
@click.version_option(package_name="kravmotor", message="kravmotor %(version)s", help="Visa versionen och avsluta.")
@click.option("--gräns", "limit_settings", multiple=True, metavar="NAMN=VÄRDE",
              help="Ändra en gräns för indata, t.ex. --gräns underlag_storlek=50MB eller --gräns tid_per_underlag=120 "
                   "(gränserna står i README, avsnittet Gränser).")
def main(limit_settings: tuple[str, ...]) -> None:
    from . import limits

    if debugging():  # both spellings, for the revision's worker processes too (bash cannot set Ö in a name)
        os.environ["KRAVMOTOR_FELSÖK"] = os.environ["KRAVMOTOR_FELSOK"] = "1"

    limits.configure(limit_settings)


def _write_output(text: str, output: Path, what: str = "rapporten", fmt: str = "text") -> None:
    """`text` to the file named by --utdata; a missing folder or a full disk is a located error (exit 2).

    A file is written beside its place and renamed into it, so a disk filling half-way leaves the old
    report (or none), never half a new one that looks whole. A device or a pipe (/dev/stdout) is
    written as it is.
    """
    from .limits import describe_os_error

    data = text if text.endswith("\n") else text + "\n"
    encoding = "utf-8-sig" if formats.FORMATS[fmt].bom else "utf-8"  # a BOM, so that Excel reads å, ä, ö
    try:
        if output.is_symlink() or (output.exists() and not output.is_file()):
            with open(output, "w", encoding=encoding) as stream:
                stream.write(data)
        else:
            temporary = output.with_name(f".{output.name}.{os.getpid()}.tmp")
            try:
                temporary.write_text(data, encoding=encoding)
                os.replace(temporary, output)
            except BaseException:
                temporary.unlink(missing_ok=True)  # only the file made here, never the user's
                raise
    except OSError as exc:
        if exc.errno == errno.ENOENT and not output.parent.is_dir():
            reason = f"katalogen {output.parent} finns inte; skapa den eller välj en annan plats med --utdata"
        elif exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            reason = "enheten är full; frigör utrymme eller välj en annan plats med --utdata"
        else:
            reason = describe_os_error(exc)
        raise InputError([Problem(Location(str(output)), f"{what} kunde inte skrivas: {reason}")]) from None


def _echo_report(text: str) -> None:
    """A report to standard output: neutralised on a terminal, as it is for a pipe or a file (where it is data)."""
    click.echo(neutralise(text) if sys.stdout.isatty() else text)


def _echo_problems(problems: list[Problem]) -> None:
    for problem in problems:  # also on stderr, so a pipeline sees why it failed
        click.echo(neutralise(f"fel: {problem}"), err=True)


def _emit(run, fmt: str, output: Path | None, render_text, render_other, tell: bool = False) -> None:
    """A command's report: text to the terminal; or text (plain), or another format (`render_other(fmt)`),
    to the file `output` or standard output, with the problems also on standard error. `tell`: say where
    the file was written."""
    if fmt == "text" and output is None:
        render_text(run, _console())
        return
    from .checks import plain_text

    text = render_other(fmt) if fmt != "text" else plain_text(render_text, run)
    if output:
        _write_output(text, output, fmt=fmt)
        if tell:
            click.echo(neutralise(f"Rapporten skrevs till {output}."), err=fmt != "text")
    else:
        _echo_report(text)
    _echo_problems(run.problems)


@main.command(**COMMAND)
@click.argument("filer", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(formats.GRANSKA),
              help="Rapportens format (standard: text): html är en fristående sida för en webbläsare, sarif och junit "
                   "läses av redigerare och CI, github ger anteckningar i GitHub Actions. " + formats.suffix_help(formats.GRANSKA))
@click.option("--utdata", type=click.Path(path_type=Path, dir_okay=False), metavar="FIL", help="Skriv rapporten till en fil i stället för till skärmen.")
@click.option("--regler", "rule_dir", type=click.Path(file_okay=False), metavar="KATALOG", help="Använd reglerna i denna katalog.")
@click.option("--motor", type=click.Choice(["native", "durable"]), default="native", show_default=True,
              help="Vilken motor som prövar reglerna: native (Python-kod genererad ur reglerna, snabbast) eller "
                   "durable (durable_rules). Båda ger samma fynd.")
@click.option("--som-ett", "as_one", is_flag=True,
              help="Filerna är dokumenten i en och samma upphandling (Word, PDF) och granskas som ett underlag.")
def granska(filer: tuple[Path, ...], fmt: str | None, utdata: Path | None, rule_dir: str | None, motor: str, as_one: bool) -> None:
    """Granska ett eller flera förfrågningsunderlag före publicering.

    Ett underlag kan vara upphandlingsdokumenten som de är (Word .docx/.doc,
    PDF, OpenDocument .odt), ett underlag i YAML eller JSON, eller en
    eForms-annons (.xml). Ur dokumenten läses de uppgifter reglerna behöver,
    och varje fynd citerar meningen det bygger på, med fil, avsnitt och sida;
    det som inte står i dokumenten är okänt och ger ”underlag saknas”. Flera
    dokument i samma upphandling granskas som ett med --som-ett, eller genom
    att ange katalogen de ligger i. Med kravmotor läs kan värdena först
    bekräftas i ett utkast.

    Avslutas med 0 när inga fel hittas, 1 när minst ett fel hittas och 2 när
    ett underlag eller en regelfil inte kan läsas. Ett underlag som inte kan
    läsas stoppar inte granskningen av de övriga.
    """
    from .checks import check_files, render_run
    from .motor.pipeline import Checker

    fmt = formats.choose(fmt, utdata, formats.GRANSKA)
    rulebook = _rulebook(rule_dir)
    run = check_files(filer, Checker(rulebook, motor), as_one)
    from .rapport import text

    _emit(run, fmt, utdata, text.render, lambda other: render_run(run, other, rulebook))
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
@click.option("--format", "fmt", type=click.Choice(formats.SCREENA),
              help="Rapportens format (standard: text). " + formats.suffix_help(formats.SCREENA))
@click.option("--utdata", type=click.Path(path_type=Path, dir_okay=False), metavar="FIL", help="Skriv rapporten till en fil i stället för till skärmen.")
@click.option("--regler", "rule_dir", type=click.Path(file_okay=False), metavar="KATALOG", help="Använd reglerna i denna katalog.")
@click.option("--motor", type=click.Choice(["native", "durable"]), default="native", show_default=True,
              help="Vilken motor som prövar reglerna; båda ger samma fynd.")
def screena(filer: tuple[Path, ...], underlag: Path | None, datum, max_age: int | None, maskera: bool, fmt: str | None,
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

    from .checks import render_screening, screen_files
    from .model.loading import load_document
    from .motor.screening import Screener

    fmt = formats.choose(fmt, utdata, formats.SCREENA)
    rulebook = _rulebook(rule_dir)
    procurement = load_document(underlag) if underlag else None  # unreadable: exit 2 before any screening
    run = screen_files(filer, Screener(rulebook, motor, max_age), day=datum.date() if datum else dt.date.today(),
                       procurement=procurement, masked=maskera)
    from .rapport.screening import render_text

    _emit(run, fmt, utdata, render_text, lambda other: render_screening(run, other, rulebook))
    sys.exit(run.as_run().exit_code)


@main.command(**COMMAND)
@click.option("--regler", "rule_dir", type=click.Path(file_okay=False), metavar="KATALOG", help="Använd reglerna i denna katalog.")
@click.option("--format", "fmt", type=click.Choice(formats.REGLER),
              help="text (standard) och json listar reglerna; markdown och html ger hela regelboken med exempel. "
                   + formats.suffix_help(formats.REGLER))
@click.option("--utdata", type=click.Path(path_type=Path, dir_okay=False), metavar="FIL", help="Skriv till en fil i stället för till skärmen.")
def regler(rule_dir: str | None, fmt: str | None, utdata: Path | None) -> None:
    """Lista alla regler, eller skriv regelboken för jurister (markdown eller html).

    Avslutas med 0 när listan skrevs och 2 när en regelfil inte kunde läsas
    eller filen inte kunde skrivas.
    """
    fmt = formats.choose(fmt, utdata, formats.REGLER)
    rulebook = _rulebook(rule_dir)
    if fmt == "text" and utdata is None:
        _rule_table(rulebook, _console())
        return
    if fmt in ("markdown", "html"):
        from .rapport import regelbok

        text = regelbok.markdown(rulebook) if fmt == "markdown" else regelbok.html_page(rulebook)
    elif fmt == "json":  # json.dumps escapes control characters itself
        text = json.dumps([
            {"kod": r.code, "titel": r.title, "område": r.area, "utfall": r.outcome, "typ": r.rule_type,
             "säkerhet": r.confidence, "källa": r.source, "referenser": list(r.references),
             "giltig_från": r.valid_from.isoformat() if r.valid_from else None,
             "giltig_till": r.valid_to.isoformat() if r.valid_to else None}
            for r in rulebook.rules], ensure_ascii=False, indent=2)
    else:
        from .checks import plain_text

        text = plain_text(_rule_table, rulebook)
    if utdata:
        _write_output(text, utdata, "regelboken", fmt)
        click.echo(neutralise(f"Regelboken skrevs till {utdata}."), err=True)
    else:
        _echo_report(text)


def _rule_table(rulebook, console) -> None:
    from rich.table import Table

    table = Table(title=f"{len(rulebook.rules)} regler", show_lines=False)
    for column in ("Kod", "Område", "Utfall", "Typ", "Titel"):
        table.add_column(column)
    for r in rulebook.rules:
        table.add_row(r.code, r.area or "", r.outcome or "", f"{r.rule_type} {r.confidence}", r.title)
    console.print(table)


@main.command(**COMMAND)
@click.argument("kod")
@click.option("--regler", "rule_dir", type=click.Path(file_okay=False), metavar="KATALOG", help="Använd reglerna i denna katalog.")
def regel(kod: str, rule_dir: str | None) -> None:
    """Visa en regel: text, källa, giltighet och exempel ur dess scenarier.

    Avslutas med 0 när regeln visades och 2 när ingen regel har koden eller en
    regelfil inte kunde läsas.
    """
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
    from .model.subjects import SUBJECTS

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


@main.command("ny-regel", **COMMAND)
@click.argument("område", metavar="OMRÅDE")
@click.option("--kod", help="Koden att ge regeln, t.ex. DAL-1234 (annars nästa lediga kod i området).")
@click.option("--regler", "rule_dir", type=click.Path(file_okay=False, path_type=Path), metavar="KATALOG",
              help="Regelkatalogen att skriva i (standard: reglerna i arbetskopian).")
@click.option("--features", "feature_dir", type=click.Path(file_okay=False, path_type=Path), metavar="KATALOG",
              help="Katalogen med feature-filer (standard: features bredvid regelkatalogen).")
def ny_regel(område: str, kod: str | None, rule_dir: Path | None, feature_dir: Path | None) -> None:
    """Skriv en ny regel: regelfil och feature-fil med nästa lediga kod i OMRÅDE.

    OMRÅDE är områdets namn eller prefix, t.ex. proportionalitet eller PROP. Regelfilen har alla fält
    regelspråket har, med TODO där du ska skriva, och giltig från i dag; feature-filen har ett scenario
    där regeln ger sitt utfall, ett där underlaget godtas och ett med en okänd uppgift. Båda är
    ofärdiga tills varje TODO är ersatt: regelboken läses inte och scenarierna misslyckas. En befintlig
    fil skrivs aldrig över, och utgångna koder (rules/utgangna_koder.yaml) används aldrig.

    Avslutas med 0 när filerna skrevs och 2 när området är okänt, koden upptagen eller utgången, en
    fil redan finns eller inte kunde skrivas.
    """
    import datetime as dt

    from .lang import scaffold
    from .resources import rules_dir

    skeleton = scaffold.plan(rule_dir or rules_dir(), feature_dir, område, kod)
    scaffold.write(skeleton, dt.date.today())
    for line in scaffold.next_steps(skeleton, Path.cwd()):
        click.echo(line)


@main.command(**COMMAND)
@click.argument("källor", nargs=-1, metavar="KÄLLA...")
@click.option("--databas", type=click.Path(path_type=Path, dir_okay=False), default="revision.sqlite", show_default=True,
              metavar="FIL", help="SQLite-filen där körningarna sparas.")
@click.option("--motor", type=click.Choice(["native", "durable"]), default="native", show_default=True,
              help="Vilken motor som prövar reglerna.")
@click.option("--regler", "rule_dir", type=click.Path(file_okay=False), metavar="KATALOG", help="Använd reglerna i denna katalog.")
@click.option("--mål", "targets_file", type=click.Path(dir_okay=False), metavar="FIL",
              help="Målen som indikatorerna jämförs med (standard: nämndplanen 2023–2025 i rules/mal/).")
@click.option("--format", "fmt", type=click.Choice(formats.REVISION),
              help="Rapportens format: text (standard), json, csv (indikatorerna, med BOM för Excel) eller html (en fil "
                   "med diagram). " + formats.suffix_help(formats.REVISION))
@click.option("--utdata", type=click.Path(path_type=Path, dir_okay=False), metavar="FIL",
              help="Skriv rapporten till en fil; sammanfattningen visas ändå i terminalen.")
@click.option("--per-grupp", "by_group", is_flag=True,
              help="Visa i terminalen också varje indikator per myndighet, år och upphandlingsslag.")
@click.option("--visa", "show_run", type=int, metavar="KÖRNING", help="Visa rapporten för en sparad körning utan att granska igen.")
@click.option("--återuppta", "resume", type=int, metavar="KÖRNING",
              help="Fortsätt en avbruten körning; underlag som redan är sparade hoppas över.")
@click.option("--jämför", "compare", type=int, nargs=2, metavar="KÖRNING1 KÖRNING2",
              help="Jämför två körningar: nya, lösta och oförändrade fynd, och hur indikatorerna har rört sig.")
@click.option("--arbetare", "workers", type=click.IntRange(min=1), metavar="N",
              help="Antal processer som granskar samtidigt (standard: 2, eller 1 på en dator med en kärna).")
@click.option("--tyst", is_flag=True, help="Visa ingen förloppsindikator.")
def revision(källor: tuple[str, ...], databas: Path, motor: str, rule_dir: str | None, targets_file: str | None,
             fmt: str | None, utdata: Path | None, by_group: bool, show_run: int | None, resume: int | None,
             compare: tuple[int, int] | None, workers: int | None, tyst: bool) -> None:
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
    from .revision.store import Store

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
    if (compare or resume is not None or show_run is not None) and not databas.is_file():
        raise InputError([Problem(Location(str(databas)), "databasen finns inte; ange den med --databas FIL")])
    targets = _targets(targets_file)
    with Store(databas, read_only=bool(compare) or show_run is not None) as store:
        if compare:
            sys.exit(_revision_compare(store, *compare, targets, fmt, utdata))
        if show_run is not None:
            sys.exit(_revision_report(store, show_run, targets, fmt, utdata, by_group))
        sys.exit(_revision_run(store, list(källor), motor, rule_dir, resume, workers, tyst, targets, fmt, utdata, by_group))


def _targets(path: str | None):
    from .revision.targets import load_targets

    return load_targets(path)  # a broken target file stops here, located, before any work


def _revision_run(store, sources: list[str], motor: str, rule_dir: str | None, resume: int | None,
                  workers: int | None, quiet: bool, targets, fmt: str, output: Path | None, by_group: bool) -> int:
    from .resources import rules_dir
    from .revision.runner import run_revision

    rule_path = Path(rule_dir) if rule_dir else rules_dir()
    _rulebook(str(rule_path))  # a broken rule file stops here, with its own located error, before any work
    from .motor.pipeline import require_motor

    require_motor(motor)
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
    return _revision_report(store, report.run, targets, fmt, output, by_group, report)


def _revision_report(store, run: int, targets, fmt: str, output: Path | None, by_group: bool, made=None) -> int:
    """The run's summary and the board's report, in `fmt`, to `output` or standard output; the run's exit code."""
    from .rapport import revision_report as rr
    from .rapport.revision_run import render_run_summary
    from .revision.report import build_report
    from .revision.store import ERROR

    report = build_report(store, run, targets)
    text = None  # the report in `fmt`, unless it is only the terminal's
    if fmt == "text" and output:
        page = _file_console()
        render_run_summary(store, run, page, made)
        page.print()
        rr.render_terminal(report, page, by_group=True, header=False)
        text = page.export_text()
    elif fmt == "html":
        from .rapport.revision_html import render_html

        text = render_html(report)
    elif fmt != "text":
        text = rr.render_json(report) if fmt == "json" else rr.render_csv(report.indicators)
    if output is not None:  # written before the screen: a terminal closed half-way must not cost the file
        _write_output(text, output, fmt=fmt)
    piped = output is None and fmt != "text"  # the report itself goes to standard output: keep it clean for a pipe
    screen = _console(stderr=piped)
    render_run_summary(store, run, screen, made)
    if not piped:
        screen.print()
        rr.render_terminal(report, screen, by_group=by_group, header=False)
    if output is not None:
        screen.print(f"\nRapporten skrevs till {output}.", highlight=False)
    elif piped:
        _echo_report(text)
    if store.internal_errors(run):
        return EXIT_INTERNAL
    if store.counts(run).get(ERROR):
        return EXIT_INPUT
    return 1 if store.outcome_counts(run).get("fel") else 0


def _file_console():
    """A console that records plain text for a report file, as wide as a printed page in landscape."""
    return SafeConsole(record=True, width=140, file=io.StringIO(), highlight=False, soft_wrap=True)


def _revision_compare(store, before: int, after: int, targets, fmt: str, output: Path | None) -> int:
    from .rapport.revision_run import comparison_json, render_comparison
    from .revision.compare import compare_runs
    from .revision.indicators import compare_indicators
    from .revision.report import indicator_results

    comparison = compare_runs(store, before, after)
    movements = compare_indicators(indicator_results(store, before, targets), indicator_results(store, after, targets))
    if output is not None:  # written before the screen, as for a run's report
        if fmt == "json":
            text = comparison_json(comparison, movements)
        else:
            page = _file_console()
            render_comparison(comparison, movements, page)
            text = page.export_text()
        _write_output(text, output, fmt=fmt)
    if fmt == "json" and output is None:
        _echo_report(comparison_json(comparison, movements))
    elif fmt != "json":
        render_comparison(comparison, movements, _console())
    if output is not None:
        _console(stderr=fmt == "json").print(f"\nRapporten skrevs till {output}.", highlight=False)
    return 1 if any(f.utfall == "fel" for f in comparison.nya) else 0


@main.command("läs", **COMMAND)
@click.argument("filer", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--som-ett", "as_one", is_flag=True, help="Filerna hör till en och samma upphandling och ger ett utkast.")
@click.option("--utdata", type=click.Path(path_type=Path), metavar="SÖKVÄG",
              help="Skriv utkastet till en fil (en katalog när filerna ger flera utkast). Annars skrivs det till skärmen.")
def las(filer: tuple[Path, ...], as_one: bool, utdata: Path | None) -> None:
    """Läs förfrågningsunderlag i Word, PDF eller OpenDocument och skriv ett utkast till underlag (YAML).

    Varje värde har sin källa (fil, avsnitt, sida och den citerade meningen) i
    ursprung. Det som inte står i dokumenten, eller står motstridigt eller
    osäkert, lämnas okänt och listas i okända_uppgifter; motstridiga och osäkra
    värden visas med sina kandidater överst i utkastet. Bekräfta eller rätta
    utkastet innan det granskas.

    Avslutas med 0 när alla filer kunde läsas och 2 när någon fil inte kunde
    läsas (de övriga läses ändå).
    """
    from .errors import InputError
    from .lasning import draft

    groups = [list(filer)] if as_one else [[path] for path in filer]
    problems = []
    drafts = []
    for group in groups:
        try:
            drafts.append(draft(group))
        except InputError as error:
            problems.extend(error.problems)
    to_directory = utdata is not None and (len(groups) > 1 or utdata.is_dir())
    if to_directory:
        utdata.mkdir(parents=True, exist_ok=True)
    for utkast in drafts:
        text = utkast.yaml()
        if utdata is None:
            click.echo(text)
            continue
        target = utdata / f"{utkast.data['id']}.yaml" if to_directory else utdata
        target.write_text(text, encoding="utf-8")
        summary = utkast.summary()
        click.echo(f"{target}: {len(summary['hittade'])} uppgifter hittade, {len(summary['konflikter'])} motstridiga, "
                   f"{len(summary['osäkra'])} osäkra, {len(summary['okända'])} inte funna.", err=True)
    for problem in problems:
        click.echo(f"fel: {problem}", err=True)
    sys.exit(EXIT_INPUT if problems else 0)


@main.command(**COMMAND)
@click.argument("filer", nargs=-1, type=click.Path(path_type=Path), metavar="[SVAR]...")
@click.option("--mall", "write_template", is_flag=True,
              help="Skriv en tom självskattning med alla kriterier och frågor, deras källor och tillåtna svar.")
@click.option("--revision", "run_id", type=int, metavar="KÖRNING",
              help="Ställ självskattningen mot organisationens upphandlingar i en sparad körning av kravmotor revision.")
@click.option("--databas", type=click.Path(path_type=Path, dir_okay=False), default="revision.sqlite", show_default=True,
              metavar="FIL", help="SQLite-filen med körningen (--revision).")
@click.option("--myndighet", metavar="NAMN",
              help="Organisationens namn som köpare i körningen, t.ex. \"LUDVIKA KOMMUN\" (standard: fältet myndighet "
                   "i självskattningen, annars organisationens namn).")
@click.option("--delvis-räknas-som-uppfyllt", "partly_counts", is_flag=True,
              help="Räkna ett delvis uppfyllt kriterium som uppfyllt när nivån bestäms (standard: inte uppfyllt).")
@click.option("--format", "fmt", type=click.Choice(formats.MOGNAD),
              help="Rapportens format (standard: text). " + formats.suffix_help(formats.MOGNAD))
@click.option("--utdata", type=click.Path(path_type=Path, dir_okay=False), metavar="FIL",
              help="Skriv rapporten (eller mallen) till en fil i stället för till skärmen.")
@click.option("--regler", "rule_dir", type=click.Path(file_okay=False), metavar="KATALOG", help="Använd reglerna i denna katalog.")
@click.option("--motor", type=click.Choice(["native", "durable"]), default="native", show_default=True,
              help="Vilken motor som prövar reglerna; båda ger samma resultat.")
def mognad(filer: tuple[Path, ...], write_template: bool, run_id: int | None, databas: Path, myndighet: str | None,
           partly_counts: bool, fmt: str | None, utdata: Path | None, rule_dir: str | None, motor: str) -> None:
    """Bedöm organisationens mognad i upphandling ur en självskattning: Dalamodellens nivåer per steg och
    perspektiv, vad som saknas till nästa nivå, och ambitionsgrafens position per svarande, roll och
    organisation.

    SVAR är en eller flera självskattningar (YAML eller JSON); börja med en tom
    mall från --mall. Flera filer ger också fördelningen mellan organisationerna.
    Ett svar som är ”vet inte” eller saknas är okänt och räknas aldrig som nej.
    Med --revision ställs de kriterier som går att mäta i upphandlingarna (sociala
    krav, miljökrav, samordning, förfaranden) mot en sparad körning, och en
    självskattning som data motsäger visas.

    \b
    Exempel:
      kravmotor mognad --mall --utdata svar.yaml
      kravmotor mognad svar.yaml --utdata mognad.html
      kravmotor mognad svar.yaml --revision 1 --myndighet "LUDVIKA KOMMUN"

    Avslutas med 0 när alla filer kunde bedömas och 2 när någon inte kunde läsas
    (de övriga bedöms ändå).
    """
    import datetime as dt

    from .mognad.bedomning import Assessor
    from .mognad.korning import EvidenceSource, assess_files
    from .rapport import mognad as report

    rulebook = _rulebook(rule_dir)
    if write_template:
        if filer:
            raise click.UsageError("--mall tar inga filer; skriv mallen till en fil med --utdata")
        from .mognad.mall import template

        text = template(rulebook, dt.date.today())
        if utdata:
            _write_output(text, utdata, "mallen")
            click.echo(neutralise(f"Mallen skrevs till {utdata}."))
        else:
            click.echo(text, nl=False)
        return
    if not filer:
        raise click.UsageError("ange minst en självskattning (SVAR.yaml), eller --mall för en tom")
    if run_id is None and myndighet:
        raise click.UsageError("--myndighet gäller tillsammans med --revision KÖRNING")
    fmt = formats.choose(fmt, utdata, formats.MOGNAD)
    source = EvidenceSource(databas, run_id, myndighet) if run_id is not None else None
    run = assess_files(Assessor(rulebook, motor, partly_counts), [(path, None) for path in filer], source)

    def other_format(fmt: str) -> str:
        if fmt == "json":
            return report.render_json(run)
        from .rapport.mognad_html import render_html

        return render_html(run)

    _emit(run, fmt, utdata, report.render_text, other_format, tell=True)
    sys.exit(run.exit_code)


@main.command(**COMMAND)
@click.option("--för", "kind", type=click.Choice(list(SCHEMAS)), default="underlag", show_default=True,
              help="Vilket slags fil schemat gäller: förfrågningsunderlag, leverantörer (kravmotor screena) eller "
                   "självskattningar (kravmotor mognad).")
@click.option("--regler", "rule_dir", type=click.Path(file_okay=False), metavar="KATALOG",
              help="Reglerna vars kriterier och frågor en självskattning har.")
@click.option("--utdata", type=click.Path(path_type=Path, dir_okay=False), metavar="FIL", help="Skriv schemat till en fil.")
def schema(kind: str, rule_dir: str | None, utdata: Path | None) -> None:
    """Skriv JSON Schema för förfrågningsunderlag, leverantörer eller självskattningar, så att redigerare kan
    validera filer medan de skrivs.

    \b
    Exempel:
      kravmotor schema --utdata underlag.schema.json
      kravmotor schema --för leverantör --utdata leverantor.schema.json

    Överst i en YAML-fil pekar sedan raden
    # yaml-language-server: $schema=underlag.schema.json
    ut schemat för redigeraren.

    Avslutas med 0 när schemat skrevs och 2 när det inte kunde skrivas.
    """
    from .model.schemas import json_schema

    document = json_schema(kind, _rulebook(rule_dir) if kind == "självskattning" else None)
    text = json.dumps(document, ensure_ascii=False, indent=2)
    if utdata:
        _write_output(text, utdata, "schemat")
        click.echo(neutralise(f"Schemat skrevs till {utdata}."))
    else:
        click.echo(text)


@main.command(**COMMAND)
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8765, show_default=True, metavar="PORT", help="Porten servern lyssnar på.")
@click.option("--värd", "host", default="127.0.0.1", show_default=True, metavar="ADRESS",
              help="Adressen servern lyssnar på. En annan adress än den egna datorns (127.0.0.1) kräver en "
                   "åtkomstnyckel: den tas ur KRAVMOTOR_WEBB_NYCKEL eller skapas och visas.")
@click.option("--ingen-webbläsare", "no_browser", is_flag=True, help="Öppna inte webbläsaren.")
@click.option("--databas", type=click.Path(path_type=Path, dir_okay=False), default="revision.sqlite", show_default=True,
              metavar="FIL", help="SQLite-filen med revisionens körningar.")
@click.option("--katalog", "folders", multiple=True, type=click.Path(path_type=Path, file_okay=False, exists=True),
              metavar="KATALOG", help="En katalog med underlag som sidan Revision får granska; kan anges flera gånger.")
@click.option("--regler", "rule_dir", type=click.Path(file_okay=False, path_type=Path), metavar="KATALOG", help="Använd reglerna i denna katalog.")
@click.option("--motor", type=click.Choice(["native", "durable"]), default="native", show_default=True,
              help="Vilken motor som prövar reglerna; båda ger samma fynd.")
def webb(port: int, host: str, no_browser: bool, databas: Path, folders: tuple[Path, ...], rule_dir: Path | None,
         motor: str) -> None:
    """Starta webbgränssnittet: granska underlag och leverantörer, revision och regelbok i webbläsaren.

    Servern körs på den här datorn och lyssnar bara på den egna adressen om inget
    annat anges. Inget som laddas upp lämnar datorn; uppladdade filer raderas när
    sessionen eller servern avslutas. Kräver tillägget webb: pip install 'kravmotor[webb]'.

    Avslutas med 0 när servern stängs med Ctrl+C och 2 när den inte kan starta.
    """
    try:
        from .webb.server import serve
        from .webb.installningar import Settings
    except ImportError as exc:
        from .errors import InputError, Location, Problem

        raise InputError([Problem(Location("kravmotor webb"), (
            f"webbgränssnittet kräver tillägget webb ({exc.name} saknas); installera det med "
            "pip install 'kravmotor[webb]'"))]) from None
    _rulebook(str(rule_dir) if rule_dir else None)  # a broken rule file stops here, located, before the server starts
    from .motor.pipeline import require_motor

    require_motor(motor)
    serve(Settings(host=host, port=port, database=databas, folders=list(folders), rule_dir=rule_dir, motor=motor),
          open_browser=not no_browser, say=lambda line: click.echo(line, err=True))


if __name__ == "__main__":  # pragma: no cover
    main()
