"""`kravmotor webb`: the web interface on this machine."""

from __future__ import annotations

from pathlib import Path

import click

from .app import COMMAND
from .options import database_option, motor_option, rules_option


@click.command(**COMMAND)
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8765, show_default=True, metavar="PORT", help="Porten servern lyssnar på.")
@click.option("--värd", "host", default="127.0.0.1", show_default=True, metavar="ADRESS",
              help="Adressen servern lyssnar på. En annan adress än den egna datorns (127.0.0.1) kräver en "
                   "åtkomstnyckel: den tas ur KRAVMOTOR_WEBB_NYCKEL eller skapas och visas.")
@click.option("--ingen-webbläsare", "no_browser", is_flag=True, help="Öppna inte webbläsaren.")
@database_option("SQLite-filen med revisionens körningar.")
@click.option("--katalog", "folders", multiple=True, type=click.Path(path_type=Path, file_okay=False, exists=True),
              metavar="KATALOG", help="En katalog med underlag som sidan Revision får granska; kan anges flera gånger.")
@rules_option(path_type=Path)
@motor_option()
def webb(port: int, host: str, no_browser: bool, databas: Path, folders: tuple[Path, ...], rule_dir: Path | None,
         motor: str) -> None:
    """Starta webbgränssnittet: granska underlag och leverantörer, revision och regelbok i webbläsaren.

    Servern körs på den här datorn och lyssnar bara på den egna adressen om inget
    annat anges. Inget som laddas upp lämnar datorn; uppladdade filer raderas när
    sessionen eller servern avslutas. Kräver tillägget webb: pip install 'kravmotor[webb]'.

    Avslutas med 0 när servern stängs med Ctrl+C och 2 när den inte kan starta.
    """
    try:
        from ..webb.server import serve
        from ..webb.installningar import Settings
    except ImportError as exc:
        from ..errors import InputError, Location, Problem

        raise InputError([Problem(Location("kravmotor webb"), (
            f"webbgränssnittet kräver tillägget webb ({exc.name} saknas); installera det med "
            "pip install 'kravmotor[webb]'"))]) from None
    from ..revision.service import checked_rules

    checked_rules(rule_dir, motor)  # a broken rule file or a missing evaluator stops here, located, before the server starts
    serve(Settings(host=host, port=port, database=databas, folders=list(folders), rule_dir=rule_dir, motor=motor),
          open_browser=not no_browser, say=lambda line: click.echo(line, err=True))
