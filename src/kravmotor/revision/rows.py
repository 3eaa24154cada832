"""One source item → what the store keeps of it: the function a revision maps over its sources.

`stored(task, checker, catalogue)` reads one document (a file, a notice, a row
of a statistics export), checks it and gives what the store writes for it: its
`documents` row (with the id of its list of findings), the cell its indicator
facts count in, and those facts. Findings and lists of findings are named by
content (`store.Catalogue`), so the contents a row refers to can be collected
anywhere (a worker process, a shard of a distributed run) and merged in any
order: storing one twice changes nothing. The runner calls the three steps
separately only to time them.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from pydantic import TypeAdapter

from ..model.ursprung import Ursprung
from ..motor.findings import Compact
from ..sources import uhm, uhm_facts, uhm_stored
from .indicators import Cell, cell_of, facts_of
from .store import OK, Catalogue, StoredDocument


class Task(NamedTuple):
    """One document to check. kind: `fil` (path), `uhm` (an export row), `fel` (already an error, the payload its
    text), `internt` (already an internal error)."""

    key: str
    seq: int
    kind: str
    payload: Any


class Stored(NamedTuple):
    row: StoredDocument
    cell: Cell
    facts: dict[str, Any]


class Loaded(NamedTuple):
    """A task's document as the steps after loading use it. For a row of a statistics export, `row` holds its
    mapped values: the rules' facts and the stored form come straight from them, and `document` is built for
    reading only (`uhm_facts.light_document`)."""

    document: Any  # Förfrågningsunderlag
    row: uhm.Mapped | None = None


def load(task: Task) -> Loaded:
    """The task's document; InputError when it cannot be read."""
    if task.kind == "uhm":
        row = uhm.mapped(task.payload)
        return Loaded(uhm_facts.light_document(row), row)
    from ..sources.registry import load_underlag

    return Loaded(load_underlag(task.payload))


def check(checker, loaded: Loaded) -> list[Compact]:
    """The document's findings as stored: `Checker.compact`, or for an export row the same on the facts taken
    straight from the row."""
    if loaded.row is None:
        return checker.compact(loaded.document)
    data, uncertain = uhm_facts.facts(loaded.row, checker.rulebook.classifications)
    return checker.compact_data(data, uncertain, {}, loaded.document.ursprung)  # an export row has no justifications


def document_row(task: Task, loaded: Loaded, findings: list[Compact], catalogue: Catalogue) -> StoredDocument:
    """The `documents` row of a checked document; its findings get their ids from `catalogue`."""
    document = loaded.document
    buyer = document.upphandlande_myndighet
    findings_id = catalogue.findings(findings)
    return StoredDocument(
        task.key, task.seq, OK, document_id=document.id, buyer_name=buyer.namn, buyer_orgnr=buyer.organisationsnummer,
        year=document.annonseringsdatum.year if document.annonseringsdatum else None,
        category=document.upphandlingsslag,
        document=document_json(document) if loaded.row is None else uhm_stored.text(loaded.row),
        finding_list=findings_id)


_ORIGINS = TypeAdapter(dict[str, Ursprung])
_last_origins: tuple[dict, str] | None = None  # an importer hands every document the same `ursprung`


def document_json(document) -> str:
    """The document as the `documents` table keeps it: its JSON, with the empty parts of each `ursprung`
    left out (an export's rows all share one mapping of twenty sources, two thirds of the text when every
    empty part is written). It reads back to an equal document: every part of an Ursprung is None unless
    given. Like `model_dump_json`, it refuses a lone surrogate (ValueError): such a text is not stored."""
    global _last_origins
    body = document.model_dump_json(exclude={"ursprung"})
    origins = document.ursprung
    if not origins:
        return '{"ursprung":{},' + body[1:]
    if _last_origins is None or _last_origins[0] is not origins:
        _last_origins = (origins, _ORIGINS.dump_json(origins, exclude_none=True).decode())
    return '{"ursprung":' + _last_origins[1] + "," + body[1:]


def stored(task: Task, checker, catalogue: Catalogue) -> Stored:
    """What the store keeps of one source item (a `fil` or `uhm` task); InputError when it cannot be read."""
    loaded = load(task)
    row = document_row(task, loaded, check(checker, loaded), catalogue)
    return Stored(row, cell_of(loaded.document), facts_of(loaded.document))
