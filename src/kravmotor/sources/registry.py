"""Where a förfrågningsunderlag comes from: the one registry of the file kinds kravmotor reads.

`granska`, `revision` and the web interface all read through `load_underlag`
(one file) and `load_procurement` (the documents of one procurement, checked as
one), so a new kind of input is registered here, once: its suffixes and its
loader. Each loader raises `InputError` (exit 2) for a file it cannot read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, Location, Problem
from ..lasning.reader import SUFFIXES as DOCUMENT_SUFFIXES  # light: the readers load their libraries on use
from ..model.dokument import Förfrågningsunderlag


def _yaml_or_json(paths: list[Path]) -> Förfrågningsunderlag:
    from ..model.loading import load_document

    return load_document(paths[0])


def _eforms(paths: list[Path]) -> Förfrågningsunderlag:
    from .eforms import load_notice

    return load_notice(paths[0])


def _documents(paths: list[Path]) -> Förfrågningsunderlag:
    from ..lasning import draft

    return draft(paths).document()


@dataclass(frozen=True)
class Kind:
    name: str  # for messages: what such a file is, in Swedish
    suffixes: tuple[str, ...]
    load: Callable[[list[Path]], Förfrågningsunderlag]
    together: bool = False  # several files can be one procurement (the documents of a tender)


KINDS: tuple[Kind, ...] = (
    Kind("förfrågningsunderlag (YAML eller JSON)", (".yaml", ".yml", ".json"), _yaml_or_json),
    Kind("eForms-annons (XML)", (".xml",), _eforms),
    Kind("upphandlingsdokument (Word, PDF, OpenDocument)", DOCUMENT_SUFFIXES, _documents, together=True),
)
SUFFIXES: frozenset[str] = frozenset(s for kind in KINDS for s in kind.suffixes)


def kind_of(path: str | Path) -> Kind | None:
    suffix = Path(path).suffix.lower()
    return next((kind for kind in KINDS if suffix in kind.suffixes), None)


def _unknown_suffix(path: Path) -> InputError:
    known = ", ".join(sorted(SUFFIXES))
    return InputError([Problem(Location(str(path)), f"okänd filändelse '{path.suffix}'; kravmotor läser {known}")])


def load_underlag(path: str | Path) -> Förfrågningsunderlag:
    """One file as one förfrågningsunderlag, by its kind."""
    path = Path(path)
    kind = kind_of(path)
    if kind is None:
        raise _unknown_suffix(path)
    return kind.load([path])


def load_procurement(paths: list[Path]) -> Förfrågningsunderlag:
    """The documents of one procurement (administrative provisions, specification, contract terms)
    read and checked as one förfrågningsunderlag: every value keeps the file it was read from."""
    if len(paths) == 1:
        return load_underlag(paths[0])
    kinds = {kind_of(p) for p in paths}
    if None in kinds:
        raise _unknown_suffix(next(p for p in paths if kind_of(p) is None))
    known = {kind for kind in kinds if kind is not None}
    if len(known) != 1 or not next(iter(known)).together:
        raise InputError([Problem(Location(str(paths[0])), (
            "bara upphandlingsdokument (Word, PDF, OpenDocument) kan granskas som en och samma upphandling; "
            f"filerna är {', '.join(sorted(k.name for k in known))}"))])
    return next(iter(known)).load(paths)


def documents_in(directory: Path) -> list[Path]:
    """The files of a folder that are one procurement's documents, in name order."""
    document = next(kind for kind in KINDS if kind.together)
    return sorted((p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in document.suffixes),
                  key=lambda p: p.name)
