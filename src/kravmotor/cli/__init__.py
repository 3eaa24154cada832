"""The `kravmotor` command. Everything it prints is Swedish.

Exit codes: 0 no `fel`; 1 at least one `fel`; 2 a document or rule file could
not be read, or the output could not be written (also: memory ran out, a limit
was hit); 3 an internal error in kravmotor (a bug: run with
KRAVMOTOR_FELSOK=1 for the traceback). A batch (several files, `revision`)
goes on past both: each file's problem is reported against that file.
"""

from __future__ import annotations

import os

import click

from ..errors import debugging
from .app import COMMAND, _Group, exit_code_for  # noqa: F401  (exit_code_for: tests/fuzzing.py)
from . import granska, las, mognad, regler, revision, schema, screena, webb


@click.group(cls=_Group, subcommand_metavar="KOMMANDO [ARGUMENT]...", **COMMAND, help="kravmotor granskar förfrågningsunderlag för offentlig upphandling mot regler ur lag och vägledning.")
@click.version_option(package_name="kravmotor", message="kravmotor %(version)s", help="Visa versionen och avsluta.")
@click.option("--gräns", "limit_settings", multiple=True, metavar="NAMN=VÄRDE",
              help="Ändra en gräns för indata, t.ex. --gräns underlag_storlek=50MB eller --gräns tid_per_underlag=120 "
                   "(gränserna står i README, avsnittet Gränser).")
def main(limit_settings: tuple[str, ...]) -> None:
    from .. import limits

    if debugging():  # both spellings, for the revision's worker processes too (bash cannot set Ö in a name)
        os.environ["KRAVMOTOR_FELSÖK"] = os.environ["KRAVMOTOR_FELSOK"] = "1"

    limits.configure(limit_settings)


for _module, _names in ((granska, ['granska']), (screena, ['screena']), (regler, ['regler', 'regel']), (revision, ['revision']),
                        (las, ['las']), (mognad, ['mognad']), (schema, ['schema']), (webb, ['webb'])):
    for _name in _names:
        main.add_command(getattr(_module, _name))

if __name__ == "__main__":  # pragma: no cover
    main()
