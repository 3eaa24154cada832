"""`kravmotor läs`: Word, PDF or OpenDocument read into a draft underlag."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .app import COMMAND, EXIT_INPUT


@click.command("läs", **COMMAND)
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
    from ..checks import each_file
    from ..errors import Problem
    from ..lasning import draft

    groups = [list(filer)] if as_one else [[path] for path in filer]
    problems: list[Problem] = []
    drafts = each_file(groups, draft, problems)  # the batch loop granska, screena and mognad use
    to_directory = utdata is not None and (len(groups) > 1 or utdata.is_dir())
    if to_directory and utdata is not None:
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
