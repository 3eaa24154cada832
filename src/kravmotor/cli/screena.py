"""`kravmotor screena`: suppliers screened with their subcontractors."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..rapport import formats
from .app import COMMAND
from .options import format_option, motor_option, output_option, rules_from, rules_option
from .output import emit


@click.command(**COMMAND)
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
@format_option(formats.SCREENA, "Rapportens format (standard: text). ")
@output_option()
@rules_option()
@motor_option()
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

    from ..checks import render_screening, screen_files
    from ..model.loading import load_document
    from ..motor.screening import Screener

    fmt = formats.choose(fmt, utdata, formats.SCREENA)
    rulebook = rules_from(rule_dir)
    procurement = load_document(underlag) if underlag else None  # unreadable: exit 2 before any screening
    run = screen_files(filer, Screener(rulebook, motor, max_age), day=datum.date() if datum else dt.date.today(),
                       procurement=procurement, masked=maskera)
    from ..rapport.screening import render_text

    emit(run, fmt, utdata, render_text, lambda other: render_screening(run, other, rulebook))
    sys.exit(run.as_run().exit_code)
