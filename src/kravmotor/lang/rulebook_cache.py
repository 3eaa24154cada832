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
Beside the whole rulebook, one subject's part of it is kept on its own when a
command asks for only that part (`granska`: the rules about documents).
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, cast

from .. import __version__, limits
from ..resources import grammar_path
from ..user_cache import cache_dir, write_atomically

_PACKAGE = Path(__file__).resolve().parent.parent
T = TypeVar("T")
_KEPT = 8  # rulebooks kept: a few rule directories or versions side by side


def cached(directory: Path, build: Callable[[], T], prepare: Callable[[T], None] | None = None,
           part: str | None = None, cut: Callable[[T, str], T] | None = None) -> T:
    """The rulebook of `directory`: from the cache when it holds this exact one, else `build()`, kept.
    `prepare(rulebook)` adds, before it is kept, what a start would otherwise compute again each time.

    With `part` (a subject) only `cut(rulebook, part)` is returned, and it is kept in a file of its
    own beside the whole rulebook: a start that needs one subject's rules reads only those (a third
    of the file for a document's). Both files carry the key; the part's names the part too."""
    where = cache_dir()
    key = _key(directory) if where is not None else None
    if where is None or key is None:
        whole = build()
        return whole if part is None or cut is None else cut(whole, part)
    if part is not None and cut is not None:
        part_key = f"{key}\0{part}"
        part_path = where / f"regelbok-{key[:32]}-{_digest(part)}.pickle"
        found = _read(part_path, part_key)
        if found is not _MISSING:
            return cast(T, found)
        piece = cut(_whole(where, key, build, prepare), part)
        _write(where, part_path, part_key, piece)
        return piece
    return _whole(where, key, build, prepare)


_MISSING = object()


def _whole(where: Path, key: str, build: Callable[[], T], prepare: Callable[[T], None] | None) -> T:
    path = where / f"regelbok-{key[:32]}.pickle"
    found = _read(path, key)
    if found is not _MISSING:
        return cast(T, found)
    rulebook = build()
    try:
        if prepare is not None:
            prepare(rulebook)
    except (OSError, pickle.PicklingError, RecursionError):
        return rulebook  # no cache this time; the rulebook is as good
    _write(where, path, key, rulebook)
    return rulebook


def _read(path: Path, key: str) -> object:
    """What `path` holds when it was kept under `key`, else `_MISSING`."""
    collecting = gc.isenabled()
    gc.disable()  # unpickling makes tens of thousands of objects and no garbage: the collector would walk them all
    try:
        with open(path, "rb") as stream:
            stored_key, kept = pickle.load(stream)
        if stored_key == key:
            return kept
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a damaged or older file is rebuilt and replaced, never trusted
        pass
    finally:
        if collecting:
            gc.enable()
    return _MISSING


def _write(where: Path, path: Path, key: str, kept: object) -> None:
    try:
        write_atomically(path, pickle.dumps((key, kept), protocol=pickle.HIGHEST_PROTOCOL))
        _prune(where)
    except (OSError, pickle.PicklingError, RecursionError):
        pass  # no cache this time; the rulebook is as good


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


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
            info = os.stat(path)
            digest.update(f"\0{path}\0{info.st_size}\0{info.st_mtime_ns}".encode("utf-8", "surrogateescape"))
        largest = limits.integer("regelfil_storlek")
        root = str(directory)
        for path in _files(root):  # the files as the loader finds them (rglob)
            with open(path, "rb") as stream:
                if os.fstat(stream.fileno()).st_size > largest:
                    return None
                digest.update(f"\0{os.path.relpath(path, root)}\0".encode("utf-8", "surrogateescape"))
                digest.update(stream.read())
    except (OSError, ValueError):
        return None
    return digest.hexdigest()


def _program_files() -> list[str]:
    return [path for path in _files(str(_PACKAGE)) if path.endswith(".py")] + [str(grammar_path())]


def _files(root: str) -> list[str]:
    """Every file under `root`, sorted, as `Path.rglob` finds them: through linked files, not into linked
    directories. (`os.scandir`: rglob and a `Path` per file took half the time of the key.)"""
    out = []
    with os.scandir(root) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                out.extend(_files(entry.path))
            elif entry.is_file():
                out.append(entry.path)
    return sorted(out)


def _prune(where: Path) -> None:
    """Only the most recently written rulebooks are kept, each with its parts (`regelbok-<key>[-<part>]`)."""
    files = sorted(where.glob("regelbok-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    kept: list[str] = []
    for path in files:
        key = path.name.split("-")[1].removesuffix(".pickle")
        if key not in kept and len(kept) < _KEPT:
            kept.append(key)
        if key not in kept:
            try:
                path.unlink()
            except OSError:
                pass
