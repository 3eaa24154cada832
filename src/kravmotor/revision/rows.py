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
from .indicators import FOLLOW_UP_READ, Cell, cell_of, facts_of, make_cell
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


class Loaded:
    """A task's document as the steps after loading use it. For a row of a statistics export, `row` holds its
    mapped values: the rules' facts, the stored form, the cell and the indicator facts come straight from them,
    and `document` is built only when asked for, for reading only (`uhm_facts.light_document`)."""

    __slots__ = ("_document", "row")

    def __init__(self, document: Any = None, row: uhm.Mapped | None = None):
        self._document = document  # Förfrågningsunderlag
        self.row = row

    @property
    def document(self) -> Any:
        if self._document is None:
            assert self.row is not None, "a Loaded holds a document or a row"
            self._document = uhm_facts.light_document(self.row)
        return self._document

    def cell(self) -> Cell:
        return cell_of(self.document) if self.row is None else row_cell(self.row)

    def indicator_facts(self) -> dict[str, Any]:
        """`indicators.facts_of` the document; for a row, a dict shared with equal rows (not to be changed)."""
        return facts_of(self.document) if self.row is None else row_indicator_facts(self.row)


def load(task: Task) -> Loaded:
    """The task's document; InputError when it cannot be read."""
    if task.kind == "uhm":
        return Loaded(row=uhm.mapped(task.payload))
    from ..sources.registry import load_underlag

    return Loaded(load_underlag(task.payload))


def row_cell(row: uhm.Mapped) -> Cell:
    """`indicators.cell_of(uhm.document_of(row))`, without the model."""
    fields = row.fields
    buyer = fields["upphandlande_myndighet"]
    return make_cell(row.unknown, buyer["namn"], buyer["organisationsnummer"], fields["annonseringsdatum"],
                     fields["upphandlingsslag"])


_INDICATOR_FACTS: dict[tuple, dict[str, Any]] = {}


def row_indicator_facts(row: uhm.Mapped) -> dict[str, Any]:
    """`indicators.facts_of(uhm.document_of(row))`, remembered by what it reads of a row: the declared unknowns
    and `indicators.FOLLOW_UP_READ` (a few hundred combinations in a whole export)."""
    follow_up = row.fields["uppföljning"]
    key = (tuple(row.unknown), *(tuple(v) if isinstance(v := follow_up.get(name), list) else v for name in FOLLOW_UP_READ))
    found = _INDICATOR_FACTS.get(key)
    if found is None:
        if len(_INDICATOR_FACTS) >= 10_000:
            _INDICATOR_FACTS.clear()
        found = _INDICATOR_FACTS[key] = facts_of(uhm_facts.light_document(row))
    return found


def check(checker, loaded: Loaded) -> list[Compact]:
    """The document's findings as stored: `Checker.compact`, or for an export row the same on the facts taken
    straight from the row."""
    if loaded.row is None:
        return checker.compact(loaded.document)
    data, uncertain = uhm_facts.facts(loaded.row, checker.rulebook.classifications)
    return checker.compact_data(data, uncertain, {}, uhm.ORIGIN)  # an export row has no justifications


def document_row(task: Task, loaded: Loaded, findings: list[Compact], catalogue: Catalogue) -> StoredDocument:
    """The `documents` row of a checked document; its findings get their ids from `catalogue`."""
    findings_id = catalogue.findings(findings)
    if loaded.row is not None:  # the row's values are the document's (`uhm.document_of`)
        fields = loaded.row.fields
        buyer, day = fields["upphandlande_myndighet"], fields["annonseringsdatum"]
        return StoredDocument(
            task.key, task.seq, OK, document_id=fields["id"], buyer_name=buyer["namn"],
            buyer_orgnr=buyer["organisationsnummer"], year=day.year if day else None,
            category=fields["upphandlingsslag"], document=uhm_stored.text(loaded.row), finding_list=findings_id)
    document = loaded.document
    buyer = document.upphandlande_myndighet
    return StoredDocument(
        task.key, task.seq, OK, document_id=document.id, buyer_name=buyer.namn, buyer_orgnr=buyer.organisationsnummer,
        year=document.annonseringsdatum.year if document.annonseringsdatum else None,
        category=document.upphandlingsslag, document=document_json(document), finding_list=findings_id)


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
    return Stored(row, loaded.cell(), dict(loaded.indicator_facts()))
