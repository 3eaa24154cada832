"""Checking files and writing their reports: what every front end does (the CLI, the web interface).

The CLI's click callbacks and the web's request handlers both call these, so a
file is read, checked and reported in exactly one way.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .errors import InputError, KravmotorError, Location, Problem, debugging, internal_problem, memory_problem

if TYPE_CHECKING:
    from .lang.compiler import Rulebook
    from .model.dokument import Förfrågningsunderlag
    from .motor.pipeline import Checker
    from .motor.screening import Screener
    from .rapport.screening import ScreeningRun
    from .rapport.summary import Run


def load_procurement(path: Path) -> Förfrågningsunderlag:
    """One förfrågningsunderlag from one file of any kind the registry knows. Raises `InputError`."""
    from .sources.registry import load_underlag

    return load_underlag(path)


T = TypeVar("T")
P = TypeVar("P", Path, list[Path])


# Files between two `gc.freeze` in a batch (see `each_file`): a few thousand objects each, far below the
# collector's young threshold (`program.YOUNG_THRESHOLD`), so that its collections find little to walk.
FREEZE_EVERY = 256


def each_file(paths: Iterable[P], handle: Callable[[P], T], problems: list[Problem]) -> list[T]:
    """`handle(path)` for every path (or group of paths), a batch that never stops on one file: what it cannot read, or fails on,
    becomes that file's problem (an internal one marked as such), and the next file is taken.

    A batch keeps every result, and the checker's memo, until its report is written; Python's collector
    would walk them at each collection, only to free nothing (a tenth of a batch of YAML files). So
    what is alive is frozen every `FREEZE_EVERY` files (checking a file leaves no cycles for the
    collector), and unfrozen when the batch ends, for a process that goes on (the web server). Only
    where nothing is frozen yet: unfreezing must not undo someone else's freeze."""
    done = []
    freezing = gc.get_freeze_count() == 0
    try:
        for count, path in enumerate(paths, 1):
            try:
                done.append(handle(path))
            except KravmotorError as error:
                problems.extend(error.problems)
            except MemoryError:
                problems.append(memory_problem(_named(path)))
            except Exception as error:
                if debugging():
                    raise
                problems.append(internal_problem(_named(path), error))
            if freezing and count % FREEZE_EVERY == 0:
                gc.freeze()
    finally:
        if freezing:
            gc.unfreeze()
    return done


def _named(path: Path | list[Path]) -> str:
    return ", ".join(str(p) for p in path) if isinstance(path, list) else str(path)


def procurements(paths: Iterable[Path], as_one: bool = False) -> list[list[Path]]:
    """The files grouped by procurement: each file alone; a folder is one procurement's documents;
    with `as_one` all the files are the documents of one procurement."""
    from .sources.registry import documents_in

    paths = list(paths)
    if as_one:
        return [paths]
    return [(documents_in(p) or [p]) if p.is_dir() else [p] for p in paths]


def check_files(paths: Iterable[Path], checker: Checker, as_one: bool = False) -> Run:
    """Every procurement checked; one that cannot be read is a problem of the run, and the others are checked all the same."""
    from .rapport.summary import Run
    from .sources.registry import load_procurement as load_group

    def check(group: list[Path]):
        if group[0].is_dir():
            raise InputError([Problem(Location(str(group[0])),
                                      "katalogen innehåller inga upphandlingsdokument (Word, PDF, OpenDocument)")])
        return checker.check(load_group(group), ", ".join(str(p) for p in group))

    run = Run()
    run.results = each_file(procurements(paths, as_one), check, run.problems)
    return run


def render_run(run: Run, fmt: str, rulebook: Rulebook, width: int = 100) -> str:
    """A `granska` run as a report in `fmt` (one of rapport.formats.GRANSKA)."""
    from .rapport.formats import renderer

    if fmt != "text":
        return renderer(fmt)(run, rulebook)
    from .rapport import text  # rich only for text

    return plain_text(text.render, run, width)


def screen_files(paths: Iterable[Path], screener: Screener, *, day: dt.date,
                 procurement: Förfrågningsunderlag | None = None, masked: bool = False) -> ScreeningRun:
    """Every supplier file screened (with its subcontractors); an unreadable file is a problem, the others go on."""
    from .model.subjects import SUPPLIER
    from .rapport.screening import ScreeningRun
    from .sources.registry import load

    run = ScreeningRun()
    run.screenings = each_file(paths, lambda path: screen_supplier(load(path, SUPPLIER.name), screener, day=day,
                                                                   procurement=procurement, masked=masked,
                                                                   file=str(path)), run.problems)
    return run


def screen_supplier(supplier, screener: Screener, *, day: dt.date, procurement: Förfrågningsunderlag | None = None,
                    masked: bool = False, file: str | None = None):
    """One supplier screened with its subcontractors; the names of företrädare hidden when `masked`."""
    from .motor.screening import mask

    screening = screener.screen(supplier, day=day, procurement=procurement, file=file)
    if masked:
        mask(screening)
    return screening


def render_screening(run: ScreeningRun, fmt: str, rulebook: Rulebook, width: int = 100) -> str:
    """A `screena` run as a report in `fmt` (one of rapport.formats.SCREENA)."""
    from .rapport import screening
    from .rapport.formats import renderer

    if fmt == "json":  # a supplier's facts and their sources, beyond the findings
        return screening.render_json(run)
    if fmt == "text":
        return plain_text(screening.render_text, run, width)
    return renderer(fmt)(run.as_run(), rulebook)


def plain_text(render, run, width: int = 100) -> str:
    """A text report as plain text (no colours), for a file or a pipe."""
    from io import StringIO

    from .console import SafeConsole

    buffer = StringIO()
    # No colours, so rich's highlighting (regexes over every line, half the time) would change nothing.
    render(run, SafeConsole(file=buffer, width=width, color_system=None, highlight=False))
    return buffer.getvalue()
