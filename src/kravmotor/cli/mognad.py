"""`kravmotor mognad`: the organisation's maturity in procurement from a self-assessment."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..rapport import formats
from ..terminal import neutralise
from .app import COMMAND
from .options import database_option, format_option, motor_option, output_option, rules_from, rules_option
from .output import emit, write_output


@click.command(**COMMAND)
@click.argument("filer", nargs=-1, type=click.Path(path_type=Path), metavar="[SVAR]...")
@click.option("--mall", "write_template", is_flag=True,
              help="Skriv en tom självskattning med alla kriterier och frågor, deras källor och tillåtna svar.")
@click.option("--revision", "run_id", type=int, metavar="KÖRNING",
              help="Ställ självskattningen mot organisationens upphandlingar i en sparad körning av kravmotor revision.")
@database_option("SQLite-filen med körningen (--revision).")
@click.option("--myndighet", metavar="NAMN",
              help="Organisationens namn som köpare i körningen, t.ex. \"LUDVIKA KOMMUN\" (standard: fältet myndighet "
                   "i självskattningen, annars organisationens namn).")
@click.option("--delvis-räknas-som-uppfyllt", "partly_counts", is_flag=True,
              help="Räkna ett delvis uppfyllt kriterium som uppfyllt när nivån bestäms (standard: inte uppfyllt).")
@format_option(formats.MOGNAD, "Rapportens format (standard: text). ")
@output_option("Skriv rapporten (eller mallen) till en fil i stället för till skärmen.")
@rules_option()
@motor_option("Vilken motor som prövar reglerna; båda ger samma resultat.")
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

    from ..mognad.bedomning import Assessor
    from ..mognad.korning import EvidenceSource, assess_files
    from ..rapport import mognad as report

    rulebook = rules_from(rule_dir)
    if write_template:
        if filer:
            raise click.UsageError("--mall tar inga filer; skriv mallen till en fil med --utdata")
        from ..mognad.mall import template

        text = template(rulebook, dt.date.today())
        if utdata:
            write_output(text, utdata, "mallen")
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
        from ..rapport.mognad_html import render_html

        return render_html(run)

    emit(run, fmt, utdata, report.render_text, other_format, tell=True)
    sys.exit(run.exit_code)
