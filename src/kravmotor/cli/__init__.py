"""The `kravmotor` command. Everything it prints is Swedish.

Exit codes: 0 no `fel`; 1 at least one `fel`; 2 a document or rule file could
not be read, or the output could not be written (also: memory ran out, a limit
was hit); 3 an internal error in kravmotor (a bug: run with
KRAVMOTOR_FELSOK=1 for the traceback). A batch (several files, `revision`)
goes on past both: each file's problem is reported against that file.

One module per command (`cli/granska.py`, ...), registered in `COMMANDS` below and imported only
when its command runs (or --help lists them all), so a command loads what it needs and no more.
The options several commands share are declared in `cli/options.py`; how a report is written, in
`cli/output.py`; the exit codes and the group that turns errors into them, in `cli/app.py`.
"""

from __future__ import annotations

import os

import click

from ..errors import debugging
from .app import COMMAND, Group, LazyCommands, exit_code_for  # noqa: F401  (exit_code_for: tests/fuzzing.py)

# A command's name -> "module:function" in this package: the one place a command is registered.
COMMANDS = {
    "granska": "granska:granska",
    "screena": "screena:screena",
    "regler": "regler:regler",
    "regel": "regler:regel",
    "ny-regel": "ny_regel:ny_regel",
    "revision": "revision:revision",
    "läs": "las:las",
    "mognad": "mognad:mognad",
    "schema": "schema:schema",
    "webb": "webb:webb",
}


@click.group(cls=Group, subcommand_metavar="KOMMANDO [ARGUMENT]...", **COMMAND, help="kravmotor granskar förfrågningsunderlag för offentlig upphandling mot regler ur lag och vägledning.")
@click.version_option(package_name="kravmotor", message="kravmotor %(version)s", help="Visa versionen och avsluta.")
@click.option("--gräns", "limit_settings", multiple=True, metavar="NAMN=VÄRDE",
              help="Ändra en gräns för indata, t.ex. --gräns underlag_storlek=50MB eller --gräns tid_per_underlag=120 "
                   "(gränserna står i README, avsnittet Gränser).")
def main(limit_settings: tuple[str, ...]) -> None:
    from .. import limits

    if debugging():  # both spellings, for the revision's worker processes too (bash cannot set Ö in a name)
        os.environ["KRAVMOTOR_FELSÖK"] = os.environ["KRAVMOTOR_FELSOK"] = "1"

    limits.configure(limit_settings)


main.commands = LazyCommands(__name__, COMMANDS)

if __name__ == "__main__":  # pragma: no cover
    main()
