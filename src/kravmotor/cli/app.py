"""The command group's class, exit codes and settings every command shares."""

from __future__ import annotations

import errno
import importlib
import os
import sys

import click
from typing import Any

from .. import cli_sv  # noqa: F401  (click's own texts in Swedish)
from ..errors import InputError, KravmotorError, Location, Problem, debugging
from .output import screen

EXIT_INPUT = 2
EXIT_INTERNAL = 3

CONTEXT = {"help_option_names": ["-h", "--hjälp", "--help"], "max_content_width": 100}
# Every --help ends with what exit code 3 means; each command's text says what 0, 1 and 2 mean for it.
EXIT_3 = ("Avslutas med 3 vid ett internt fel i kravmotor (ett programfel, inte ett fel i dina filer): "
          "kör med KRAVMOTOR_FELSOK=1 för detaljer och rapportera felet.")
COMMAND: dict[str, Any] = {"context_settings": CONTEXT, "options_metavar": cli_sv.OPTIONS_METAVAR, "epilog": EXIT_3}

def _fail(error: KravmotorError) -> None:
    from rich.text import Text

    console = screen(stderr=True)
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


class Group(click.Group):
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
            screen(stderr=True).print(
                f"[bold red]internt fel i kravmotor:[/] {type(error).__name__}\n"
                "Kör med KRAVMOTOR_FELSOK=1 för detaljer och rapportera felet.", highlight=False)
            sys.exit(EXIT_INTERNAL)


def _os_failure(error: OSError) -> None:
    from ..limits import describe_os_error

    if error.errno == errno.EPIPE:  # the reader of our output went away (`| head`): nothing more to say to it
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except OSError:
            pass
        sys.exit(EXIT_INPUT)
    where = error.filename or "standard ut"
    advice = "; frigör utrymme och försök igen" if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) else ""
    _fail(InputError([Problem(Location(str(where)), f"kunde inte läsa eller skriva: {describe_os_error(error)}{advice}")]))


class LazyCommands(dict):
    """The group's commands (name -> click command), each command's module imported when the command is
    asked for: `kravmotor granska` loads neither the web server nor the revision. Given as
    name -> "module:function" (modules of `package`)."""

    def __init__(self, package: str, where: dict[str, str]):
        super().__init__(where)
        self.package = package

    def __getitem__(self, name: str) -> click.Command:
        value = super().__getitem__(name)
        if isinstance(value, str):
            module, function = value.split(":")
            value = getattr(importlib.import_module(f"{self.package}.{module}"), function)
            super().__setitem__(name, value)
        return value

    def get(self, name: str, default=None):
        try:
            return self[name]  # through __getitem__, which imports the command's module
        except KeyError:
            return default

    def values(self):
        return [self[name] for name in self]

    def items(self):
        return [(name, self[name]) for name in self]
