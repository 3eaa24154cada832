"""`kravmotor granska`: förfrågningsunderlag checked before publication."""

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
@format_option(formats.GRANSKA, "Rapportens format (standard: text): html är en fristående sida för en webbläsare, sarif och "
                                 "junit läses av redigerare och CI, github ger anteckningar i GitHub Actions. ")
@output_option()
@rules_option()
@motor_option("Vilken motor som prövar reglerna: native (Python-kod genererad ur reglerna, snabbast) eller "
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
    from ..checks import check_files, render_run
    from ..model.subjects import DOCUMENT
    from ..motor.pipeline import Checker

    fmt = formats.choose(fmt, utdata, formats.GRANSKA)
    # only the rules about documents are read from the cache, unless the report lists them all
    rulebook = rules_from(rule_dir, None if formats.FORMATS[fmt].all_rules else DOCUMENT.name)
    run = check_files(filer, Checker(rulebook, motor), as_one)
    emit(run, fmt, utdata, _render_text, lambda other: render_run(run, other, rulebook))
    sys.exit(run.exit_code)


def _render_text(run, console) -> None:
    from ..rapport import text  # rich's tables and texts only when the report is text

    text.render(run, console)
