"""Compiled rulebooks kept between runs, so that a start reads a pickle instead of parsing and
checking every rule file (about 150 ms of a cold `granska`).

The key is everything a compiled rulebook depends on: the content and name of
every file under the rule directory (rules, parameters, classifications, areas),
the directory as given (findings and errors name the files by it), kravmotor's
version and its own source files (each .py file's size and modification time, as
Python checks its .pyc files, and the grammar), the limits in force and Python's
version. Any change
gives another key, so an old rulebook is never read; the key is also stored in
the file and compared. A rule directory that does not load is never cached: its
errors come from loading it, every time. Files live in `user_cache.cache_dir()`
(owned by the user, written by no one else) and are written atomically, so two
processes that build at once both write a whole file and either one wins.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .. import __version__, limits
from ..resources import grammar_path
from ..user_cache import cache_dir, write_atomically

_PACKAGE = Path(__file__).resolve().parent.parent
T = TypeVar("T")
_KEPT = 8  # rulebooks kept: a few rule directories or versions side by side


def cached(directory: Path, build: Callable[[], T], prepare: Callable[[T], None] | None = None) -> T:
    """The rulebook of `directory`: from the cache when it holds this exact one, else `build()`, kept.
    `prepare(rulebook)` adds, before it is kept, what a start would otherwise compute again each time."""
    where = cache_dir()
    key = _key(directory) if where is not None else None
    if where is None or key is None:
        return build()
    path = where / f"regelbok-{key[:32]}.pickle"
    try:
        with open(path, "rb") as stream:
            stored_key, rulebook = pickle.load(stream)
        if stored_key == key:
            return rulebook
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a damaged or older file is rebuilt and replaced, never trusted
        pass
    rulebook = build()
    try:
        if prepare is not None:
            prepare(rulebook)
        write_atomically(path, pickle.dumps((key, rulebook), protocol=pickle.HIGHEST_PROTOCOL))
        _prune(where)
    except (OSError, pickle.PicklingError, RecursionError):
        pass  # no cache this time; the rulebook is as good
    return rulebook


def _key(directory: Path) -> str | None:
    """A hash of everything the compiled rulebook depends on; None when a file cannot be read within
    the limits (loading then gives the error)."""
    digest = hashlib.sha256()
    settings = sorted(limits.current().items())  # a stricter limit may refuse what a looser one loaded
    digest.update(f"{__version__}\0{sys.version}\0{settings}\0{directory}\0".encode("utf-8", "surrogateescape"))
    if not directory.is_absolute():
        digest.update(os.getcwd().encode("utf-8", "surrogateescape"))
    try:
        for path in _program_files():
            info = path.stat()
            digest.update(f"\0{path}\0{info.st_size}\0{info.st_mtime_ns}".encode("utf-8", "surrogateescape"))
        largest = limits.integer("regelfil_storlek")
        for path in sorted(directory.rglob("*")):  # the files as the loader finds them (rglob)
            if not path.is_file():
                continue
            if path.stat().st_size > largest:
                return None
            digest.update(f"\0{path.relative_to(directory)}\0".encode("utf-8", "surrogateescape"))
            digest.update(path.read_bytes())
    except (OSError, ValueError):
        return None
    return digest.hexdigest()


def _program_files() -> list[Path]:
    return sorted(_PACKAGE.rglob("*.py")) + [grammar_path()]


def _prune(where: Path) -> None:
    """Only the most recently written rulebooks are kept."""
    files = sorted(where.glob("regelbok-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in files[_KEPT:]:
        try:
            old.unlink()
        except OSError:
            pass
