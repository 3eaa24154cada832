"""`kravmotor schema`: JSON Schema for the files users write."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..model.schemas import SCHEMAS
from ..terminal import neutralise
from .app import COMMAND
from .options import output_option, rules_from, rules_option
from .output import write_output


@click.command(**COMMAND)
@click.option("--för", "kind", type=click.Choice(list(SCHEMAS)), default="underlag", show_default=True,
              help="Vilket slags fil schemat gäller: förfrågningsunderlag, leverantörer (kravmotor screena) eller "
                   "självskattningar (kravmotor mognad).")
@rules_option("Reglerna vars kriterier och frågor en självskattning har.")
@output_option("Skriv schemat till en fil.")
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
    from ..model.schemas import json_schema

    document = json_schema(kind, rules_from(rule_dir) if kind == "självskattning" else None)
    text = json.dumps(document, ensure_ascii=False, indent=2)
    if utdata:
        write_output(text, utdata, "schemat")
        click.echo(neutralise(f"Schemat skrevs till {utdata}."))
    else:
        click.echo(text)
