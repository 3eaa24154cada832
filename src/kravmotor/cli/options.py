"""The options several commands share, declared once: `--regler`, `--format`, `--utdata`, `--motor`,
`--databas`. Each takes the help text a command words its own way; the rest (name, type, metavar,
default) is the same everywhere, so every command reads them alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..motor import DEFAULT_MOTOR, MOTORS
from ..rapport import formats

if TYPE_CHECKING:
    from ..lang.compiler import Rulebook

USE_RULES = "Använd reglerna i denna katalog."
TO_FILE = "Skriv rapporten till en fil i stället för till skärmen."
SAME_FINDINGS = "Vilken motor som prövar reglerna; båda ger samma fynd."


def rules_option(help: str = USE_RULES, path_type: type | None = None) -> Callable:
    """`--regler KATALOG` (as `rule_dir`): the rule directory instead of the bundled rules."""
    return click.option("--regler", "rule_dir", type=click.Path(file_okay=False, path_type=path_type), metavar="KATALOG",
                        help=help)


def format_option(allowed: tuple[str, ...], help: str) -> Callable:
    """`--format` (as `fmt`) among the command's formats in `rapport.formats`; the help ends with what the
    suffix of `--utdata` picks."""
    return click.option("--format", "fmt", type=click.Choice(allowed), help=help + formats.suffix_help(allowed))


def output_option(help: str = TO_FILE) -> Callable:
    """`--utdata FIL`: the file a report is written to."""
    return click.option("--utdata", type=click.Path(path_type=Path, dir_okay=False), metavar="FIL", help=help)


def motor_option(help: str = SAME_FINDINGS) -> Callable:
    """`--motor`: which evaluator tries the rules."""
    return click.option("--motor", type=click.Choice(list(MOTORS)), default=DEFAULT_MOTOR, show_default=True, help=help)


def database_option(help: str) -> Callable:
    """`--databas FIL`: the SQLite file of the revision's runs."""
    return click.option("--databas", type=click.Path(path_type=Path, dir_okay=False), default="revision.sqlite",
                        show_default=True, metavar="FIL", help=help)


def rules_from(rule_dir: str | Path | None, subject: str | None = None) -> Rulebook:
    """The rules of `--regler`, or the bundled ones: a broken rule file is a located error (exit 2).
    With `subject`, only what is about that subject (see `load_rulebook`)."""
    from ..lang.loader import load_rulebook
    from ..resources import rules_dir

    return load_rulebook(Path(rule_dir) if rule_dir else rules_dir(), subject)
