"""The one registry of the file kinds kravmotor reads: for each, its suffixes, its loader and the
subject it yields (model.subjects: a förfrågningsunderlag, a supplier).

`granska`, `revision` and the web interface read documents through `load_underlag`
(one file) and `load_procurement` (the documents of one procurement, checked as
one); `screena` and the web's supplier page read suppliers through `load`. A new
kind of input is registered here, once, in `KINDS`. Each loader raises
`InputError` (exit 2) for a file it cannot read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, Location, Problem
from ..lasning.reader import SUFFIXES as DOCUMENT_SUFFIXES  # light: the readers load their libraries on use
from ..model.subjects import DOCUMENT, SUPPLIER

if TYPE_CHECKING:
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


def _supplier(paths: list[Path]):
    from ..model.loading import load_supplier

    return load_supplier(paths[0])


@dataclass(frozen=True)
class Kind:
    name: str  # for messages: what such a file is, in Swedish
    suffixes: tuple[str, ...]
    load: Callable[[list[Path]], Any]  # the files -> one subject (a model of `subject`)
    subject: str = DOCUMENT.name  # what the file is about (model.subjects)
    together: bool = False  # several files can be one procurement (the documents of a tender)


KINDS: tuple[Kind, ...] = (
    Kind("förfrågningsunderlag (YAML eller JSON)", (".yaml", ".yml", ".json"), _yaml_or_json),
    Kind("eForms-annons (XML)", (".xml",), _eforms),
    Kind("upphandlingsdokument (Word, PDF, OpenDocument)", DOCUMENT_SUFFIXES, _documents, together=True),
    Kind("leverantör (YAML eller JSON)", (".yaml", ".yml", ".json"), _supplier, subject=SUPPLIER.name),
)


def suffixes(subject: str = DOCUMENT.name, together: bool | None = None) -> frozenset[str]:
    """The suffixes of the files that give `subject`; with `together`, only the kinds that are (True) or are
    not (False) read several files as one."""
    return frozenset(s for kind in KINDS if kind.subject == subject and together in (None, kind.together)
                     for s in kind.suffixes)


SUFFIXES: frozenset[str] = suffixes()  # a förfrågningsunderlag's


def kind_of(path: str | Path, subject: str = DOCUMENT.name) -> Kind | None:
    suffix = Path(path).suffix.lower()
    return next((kind for kind in KINDS if kind.subject == subject and suffix in kind.suffixes), None)


def load(path: str | Path, subject: str) -> Any:
    """One file as one `subject`, by its kind. A subject read by one kind only has that kind's loader word
    the refusal of an unknown suffix itself (a supplier file's message masks what could be a name)."""
    path = Path(path)
    kind = kind_of(path, subject)
    if kind is None:
        own = [k for k in KINDS if k.subject == subject]
        if len(own) != 1:
            raise _unknown_suffix(path, subject)
        kind = own[0]
    return kind.load([path])


def _unknown_suffix(path: Path, subject: str = DOCUMENT.name) -> InputError:
    known = ", ".join(sorted(suffixes(subject)))
    return InputError([Problem(Location(str(path)), f"okänd filändelse '{path.suffix}'; kravmotor läser {known}")])


def load_underlag(path: str | Path) -> Förfrågningsunderlag:
    """One file as one förfrågningsunderlag, by its kind."""
    return load(path, DOCUMENT.name)


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
    together = suffixes(together=True)
    return sorted((p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in together),
                  key=lambda p: p.name)
