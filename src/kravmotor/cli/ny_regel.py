"""`kravmotor ny-regel`: the next free code's rule file and feature skeleton (the logic: lang/scaffold.py)."""

from __future__ import annotations

from pathlib import Path

import click

from .app import COMMAND


@click.command("ny-regel", **COMMAND)
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

    from ..lang import scaffold
    from ..resources import rules_dir

    skeleton = scaffold.plan(rule_dir or rules_dir(), feature_dir, område, kod)
    scaffold.write(skeleton, dt.date.today())
    for line in scaffold.next_steps(skeleton, Path.cwd()):
        click.echo(line)
