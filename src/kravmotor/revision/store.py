"""Revision runs in one SQLite file: every audited document, normalised, with its findings.

Schema (the indicators and reports read it through the functions below, not by hand):

- `runs`: one audit run. `status` is `pågår` until the run ends (`klar`); a run
  killed half-way stays `pågår` and can be resumed. `ruleset` is the hash of
  the rule files, `parameters` and `sources` are JSON.
- `documents`: one row per source document (`key` = its locator: a file path,
  or `fil.csv.gz:rad N`). `seq` is its place in the source order, so a resumed
  run stores exactly what an uninterrupted one would. `document` is the
  Förfrågningsunderlag as JSON, or for a row of a statistics export the row's
  mapped values (`sources.uhm_stored`, a tenth of the size); `stored_document`
  reads either back (`Store.documents`); `status` is `ok`, `fel` (then `error` holds the Swedish
  message and `document` is NULL) or `hoppad`: a readable file about something
  else, such as a supplier file in a directory of documents (`error` says what
  it is). `internal` is 1 for a `fel` that was kravmotor's own failure on the
  document (an exception, a worker process that died), not a mistake in it.
  `findings` is the document's list of findings (`finding_list`), NULL for none.
- Findings are stored by content, once each: `finding` holds one distinct
  finding (titles, messages, actions as text; `fält`, `värden` and `ursprung`,
  the source fields behind `fält` for an imported notice, as JSON) and
  `finding_list` one distinct list of them in report order (a JSON list of
  `finding` ids). An id is the content's hash (`content_id`), so a worker, a
  shard or another run computes the same id for the same content, and storing
  it again changes nothing; a different content under a taken id is refused.
  A year of statistics, 800 000 findings, is a few thousand of each. The view
  `findings` has one row per finding of each document (`doc` = the document's
  `seq`, `seq` its place), `findings_text` the same with the document key.
- What reports count is kept while a run is written, in the same transaction as
  its documents: `run_documents` (documents per status), `run_findings`
  (documents read per buyer and list of findings) and `run_cells` (the
  indicators' tallies per buyer, year and upphandlingsslag). A report on a
  stored run reads these, however many documents it has.

Each chunk of documents is written whole (a transaction, or a savepoint in one
that several chunks share: `Store.batched`), so a killed run leaves whole
documents with all their findings and counts, never half of one. A
database from before the findings were stored by content is converted when it is
first opened for writing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from ..errors import InputError, Location, Problem

if TYPE_CHECKING:
    from ..motor.findings import Compact

DEFAULT_DATABASE = "revision.sqlite"
RUNNING, FINISHED = "pågår", "klar"
OK, ERROR, SKIPPED = "ok", "fel", "hoppad"
UNKNOWN_BUYER = "okänd myndighet"
BATCH_ROWS, BATCH_SECONDS = 20_000, 5.0  # chunks committed together (see `Store.batched`)
WRITE_CACHE_KIB = 32 * 1024  # SQLite's page cache when writing

_TABLES = """
CREATE TABLE IF NOT EXISTS runs (
    id          INTEGER PRIMARY KEY,
    started     TEXT NOT NULL,
    finished    TEXT,
    status      TEXT NOT NULL,
    ruleset     TEXT NOT NULL,
    parameters  TEXT NOT NULL,
    sources     TEXT NOT NULL,
    motor       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    run          INTEGER NOT NULL REFERENCES runs(id),
    key          TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    document_id  TEXT,
    buyer_name   TEXT,
    buyer_orgnr  TEXT,
    year         INTEGER,
    category     TEXT,
    document     TEXT,
    status       TEXT NOT NULL CHECK (status IN ('ok', 'fel', 'hoppad')),
    error        TEXT,
    internal     INTEGER NOT NULL DEFAULT 0,
    findings     INTEGER REFERENCES finding_list(id),
    PRIMARY KEY (run, key),
    UNIQUE (run, seq)
);
-- The first few errors of a run are listed without reading its other documents.
CREATE INDEX IF NOT EXISTS documents_by_status ON documents (run, status, seq);
CREATE TABLE IF NOT EXISTS finding (
    id          INTEGER PRIMARY KEY,
    kod         TEXT NOT NULL,
    utfall      TEXT NOT NULL,
    titel       TEXT,
    område      TEXT,
    meddelande  TEXT,
    åtgärd      TEXT,
    fält        TEXT NOT NULL,
    värden      TEXT,
    motivering  TEXT,
    anmärkning  TEXT,
    ursprung    TEXT
);
CREATE TABLE IF NOT EXISTS finding_list (
    id        INTEGER PRIMARY KEY,
    findings  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS run_documents (
    run       INTEGER NOT NULL,
    status    TEXT NOT NULL,
    internal  INTEGER NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (run, status, internal)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS run_findings (
    run       INTEGER NOT NULL,
    buyer     TEXT NOT NULL,
    findings  INTEGER NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (run, buyer, findings)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS run_cells (
    run    INTEGER NOT NULL,
    cell   TEXT NOT NULL,
    tally  TEXT NOT NULL,
    PRIMARY KEY (run, cell)
) WITHOUT ROWID;
"""
_VIEWS = """
CREATE VIEW IF NOT EXISTS findings AS
    SELECT d.run, d.seq AS doc, CAST(j.key AS INTEGER) AS seq, f.kod, f.utfall, f.titel, f.område, f.meddelande,
           f.åtgärd, f.fält, f.värden, f.motivering, f.anmärkning, f.ursprung
    FROM documents d JOIN finding_list l ON l.id = d.findings, json_each(l.findings) j JOIN finding f ON f.id = j.value;
-- For reading by hand: findings with their document key.
CREATE VIEW IF NOT EXISTS findings_text AS
    SELECT f.run, d.key, f.seq, f.kod, f.utfall, f.titel, f.område, f.meddelande, f.åtgärd, f.fält, f.värden,
           f.motivering, f.anmärkning, f.ursprung
    FROM findings f JOIN documents d ON d.run = f.run AND d.seq = f.doc;
"""

FINDING_COLUMNS = ("kod", "utfall", "titel", "område", "meddelande", "åtgärd", "fält", "värden", "motivering", "anmärkning",
                   "ursprung")


@dataclass
class StoredRun:
    """A run as the store keeps it (a report shows it as `rapport.revision_report.RunInfo`)."""

    id: int
    started: str
    finished: str | None
    status: str
    ruleset: str
    parameters: dict[str, Any]
    sources: list[str]
    motor: str


@dataclass
class StoredFinding:
    kod: str
    utfall: str
    titel: str | None = None
    område: str | None = None
    meddelande: str | None = None
    åtgärd: str | None = None
    fält: list[str] = field(default_factory=list)
    värden: list[dict] | None = None
    motivering: str | None = None
    anmärkning: str | None = None
    ursprung: list[str] = field(default_factory=list)  # where `fält` come from, as text (Ursprung.text())

    def row(self) -> tuple:
        """The finding as `finding` stores it (FINDING_COLUMNS)."""
        return (self.kod, self.utfall, self.titel, self.område, self.meddelande, self.åtgärd, _json(self.fält),
                _json(self.värden) if self.värden else None, self.motivering, self.anmärkning,
                _json(self.ursprung) if self.ursprung else None)


class StoredDocument(NamedTuple):
    """One document's row as a worker produces it and the store writes it.

    `findings`: its findings, or, from a worker, `finding_list`: the id of their list, whose content
    comes with the chunk (see `Contents`)."""

    key: str
    seq: int
    status: str
    document_id: str | None = None
    buyer_name: str | None = None
    buyer_orgnr: str | None = None
    year: int | None = None
    category: str | None = None
    document: str | None = None  # JSON
    error: str | None = None
    findings: Sequence[StoredFinding] = ()
    internal: bool = False  # `fel` because kravmotor failed on the document, not because of the document
    finding_list: int | None = None

    @property
    def buyer(self) -> str:
        """Who the findings summaries count it under: the buyer's name, else its orgnr, else unknown."""
        return self.buyer_name if self.buyer_name is not None else (
            self.buyer_orgnr if self.buyer_orgnr is not None else UNKNOWN_BUYER)


# --- content addressing ------------------------------------------------------------------------


def content_id(text: str) -> int:
    """The id of a content: 64 bits of its BLAKE2 hash, as SQLite's signed integer."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big",
                          signed=True)


LIMIT = 100_000  # ids a catalogue remembers before it starts afresh (and sends contents again)


class Contents(NamedTuple):
    """Findings and lists of findings, by id: what a chunk of rows refers to that may not be stored yet."""

    findings: dict[int, tuple]
    lists: dict[int, str]


class Catalogue:
    """Gives findings and lists of findings their ids, and keeps the contents not yet handed over
    (`take`). Each distinct content is hashed once while it is remembered; bounded."""

    def __init__(self):
        self._finding_ids: dict[Any, int] = {}  # `finding`'s keys -> ids
        self._sent: set[int] = set()  # ids of the findings `findings` has handed over (or will, at the next `take`)
        self._list_ids: dict[tuple[int, ...], int] = {}
        self._new = Contents({}, {})

    def findings(self, findings: Sequence[Compact]) -> int | None:
        """The id of the list of these findings, each finding's content handed over the first time it is met.

        A finding keeps its id (`Compact.stored_id`): a row of an export has some fifty, shared with other
        rows, and reading fifty attributes instead of hashing fifty findings to look their ids up halves the
        catalogue's time per row (16 → 8 µs)."""
        if None in (given := [f.stored_id for f in findings]):
            for f in findings:
                if f.stored_id is None:
                    f.stored_id = content_id(_json(f.row))
            given = [f.stored_id for f in findings]
        ids = cast("list[int]", given)
        sent = self._sent
        if not sent.issuperset(ids):
            if len(sent) >= LIMIT:
                sent.clear()
                self._list_ids.clear()  # lists are handed over again with their findings
            for f, found in zip(findings, ids, strict=True):
                if found not in sent:
                    sent.add(found)
                    self._new.findings[found] = f.row
        return self.list(tuple(ids))

    def finding(self, key: Any, row: tuple) -> int:
        """The id of the finding `row` (FINDING_COLUMNS); `key` is any hashable standing for it."""
        found = self._finding_ids.get(key)
        if found is None:
            if len(self._finding_ids) >= LIMIT:
                self._finding_ids.clear()
            found = self._finding_ids[key] = content_id(_json(row))
            self._new.findings[found] = row
        return found

    def list(self, ids: tuple[int, ...]) -> int | None:
        """The id of the list of findings `ids` (in report order); None for no findings."""
        if not ids:
            return None
        found = self._list_ids.get(ids)
        if found is None:
            if len(self._list_ids) >= LIMIT:
                self._list_ids.clear()
            text = "[" + ", ".join(map(str, ids)) + "]"  # `_json(ids)`, for a tuple of ints
            found = self._list_ids[ids] = content_id(text)
            self._new.lists[found] = text
        return found

    def take(self) -> Contents:
        """The contents given ids since the last `take`."""
        new, self._new = self._new, Contents({}, {})
        return new


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class ContentClash(RuntimeError):
    """Two different contents with one id: a hash collision, which must never pass as equal contents."""


def stored_document(text: str):
    """The Förfrågningsunderlag a `documents` row keeps: its JSON, or the mapped values of an export's row."""
    from ..sources import uhm_stored

    if uhm_stored.is_stored_row(text):
        return uhm_stored.document(text)
    from ..model.dokument import Förfrågningsunderlag

    return Förfrågningsunderlag.model_validate_json(text)


def ruleset_version(rule_dir: Path) -> str:
    """The hash of every file under the rule directory (names and contents): equal hashes, equal rules."""
    digest = hashlib.sha256()
    for path in sorted(p for p in Path(rule_dir).rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(rule_dir).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _now() -> str:
    return dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds")


def describe_sqlite_error(exc: sqlite3.Error) -> str:
    """What SQLite said, in Swedish."""
    text = str(exc).lower()
    for start, swedish in (("database or disk is full", "disken är full"), ("disk i/o error", "läs- eller skrivfel på disken"),
                           ("attempt to write a readonly database", "databasen är skrivskyddad"),
                           ("database is locked", "databasen är låst av en annan process"),
                           ("unable to open database file", "filen kan inte öppnas (finns katalogen, och får den läsas?)"),
                           ("file is not a database", "filen är ingen SQLite-databas"),
                           ("database disk image is malformed", "databasfilen är skadad")):
        if text.startswith(start):
            return swedish
    return "SQLite-fel"


class _Counts:
    """What chunks of rows add to a run's counts (`run_documents`, `run_findings`) and the tallies of the cells
    they fall in, until written (`Store._write_counts`); within `Store.batched`, the batch's. A tally is
    the run's own object, whole as it is when written."""

    def __init__(self, run: int, limit: int = 0):
        self.run = run
        self.limit = limit  # documents after which a batch is committed
        self.began = time.monotonic()
        self.documents = 0
        self.statuses: dict[tuple[str, int], int] = {}
        self.lists: dict[tuple[str, int], int] = {}
        self.cells: dict[Any, Any] = {}

    def add(self, rows: Sequence[StoredDocument], cells: dict) -> _Counts:
        statuses, lists = self.statuses, self.lists
        for d in rows:
            status = d.status, int(d.internal)
            statuses[status] = statuses.get(status, 0) + 1
            if d.finding_list is not None:
                key = d.buyer, d.finding_list
                lists[key] = lists.get(key, 0) + 1
        self.cells.update(cells)
        self.documents += len(rows)
        return self


class Store:
    """One revision database. Not shared between processes: workers return rows, the main process writes.

    `read_only=True` opens for reports (`--visa`, `--jämför`) and works on a file or folder the user may
    not write to: nothing in the database is changed (SQLite may add its shared-memory files beside it
    where it can).
    """

    def __init__(self, path: str | Path = DEFAULT_DATABASE, read_only: bool = False):
        self.path = Path(path)
        self._stored: set[int] = set()  # finding and list ids known to be in the database (bounded)
        self._catalogue = Catalogue()  # for `write_chunk`'s findings
        self._batch: _Counts | None = None  # the open batch of chunks (see `batched`)
        try:
            if read_only:
                self.db = self._open_read_only()
                if _is_old(self.db):
                    raise InputError([Problem(Location(str(self.path)), (
                        "databasen är från en äldre version av kravmotor och behöver uppdateras, vilket kräver "
                        "skrivrätt; öppna den en gång med skrivrätt (t.ex. kravmotor revision --återuppta N) eller "
                        "kopiera den till en plats där den får skrivas"))])
            else:
                self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)  # transactions are explicit
                self.db.execute("PRAGMA journal_mode=WAL")  # readers (reports, a resumed run) never block a writer
                self.db.execute("PRAGMA synchronous=NORMAL")
                # A batch of chunks (`batched`) touches pages all over the indexes: with SQLite's 2 MiB they are
                # written out and read back within it. Bounded, so memory stays flat however large the run.
                self.db.execute(f"PRAGMA cache_size=-{WRITE_CACHE_KIB}")
                self.db.execute("PRAGMA foreign_keys=ON")
                if _is_old(self.db):
                    self._convert()
                self.db.executescript(_TABLES + _VIEWS)
        except sqlite3.Error as exc:
            raise InputError([Problem(Location(str(self.path)), self._open_failure(exc, read_only))]) from None

    def _open_failure(self, exc: sqlite3.Error, read_only: bool) -> str:
        folder = self.path.parent if str(self.path.parent) else Path(".")
        if not read_only and self.path.is_file() and not (os.access(self.path, os.W_OK) and os.access(folder, os.W_OK)):
            return ("databasen (eller katalogen den ligger i) är skrivskyddad, så ingen körning kan sparas i den; "
                    "rapporterna (--visa, --jämför) kan läsas ändå, eller ange en annan fil med --databas")
        if not read_only and not folder.is_dir():
            return f"katalogen {folder} finns inte; skapa den eller ange en annan fil med --databas"
        return f"databasen kunde inte öppnas: {describe_sqlite_error(exc)}; förväntade en SQLite-fil från kravmotor revision"

    def _open_read_only(self) -> sqlite3.Connection:
        uri = self.path.resolve().as_uri()
        db = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
        try:
            db.execute("SELECT COUNT(*) FROM runs").fetchone()
            return db
        except sqlite3.OperationalError:  # a WAL database in a folder we may not write to: read it as it stands
            db.close()
        db = sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)
        db.execute("SELECT COUNT(*) FROM runs").fetchone()
        return db

    def _convert(self) -> None:
        from .convert import convert_findings

        convert_findings(self, [statement for statement in _TABLES.split(";") if statement.strip()])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- runs ---------------------------------------------------------------------------------

    def start_run(self, *, ruleset: str, parameters: dict[str, Any], sources: list[str], motor: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO runs (started, status, ruleset, parameters, sources, motor) VALUES (?, ?, ?, ?, ?, ?)",
            (_now(), RUNNING, ruleset, json.dumps(parameters, ensure_ascii=False), json.dumps(sources, ensure_ascii=False), motor))
        assert cursor.lastrowid is not None  # an INSERT's row
        return cursor.lastrowid

    def finish_run(self, run: int) -> None:
        self.db.execute("UPDATE runs SET finished = ?, status = ? WHERE id = ?", (_now(), FINISHED, run))

    def reopen_run(self, run: int) -> None:
        self.db.execute("UPDATE runs SET finished = NULL, status = ? WHERE id = ?", (RUNNING, run))

    def run(self, run: int) -> StoredRun:
        row = self.db.execute("SELECT id, started, finished, status, ruleset, parameters, sources, motor FROM runs WHERE id = ?",
                              (run,)).fetchone()
        if row is None:
            known = [r[0] for r in self.db.execute("SELECT id FROM runs ORDER BY id")]
            hint = f"; körningarna i databasen är {', '.join(map(str, known))}" if known else "; databasen har inga körningar"
            raise InputError([Problem(Location(str(self.path)), f"det finns ingen körning {run}{hint}")])
        return StoredRun(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]), json.loads(row[6]), row[7])

    def runs(self) -> list[StoredRun]:
        return [self.run(r[0]) for r in self.db.execute("SELECT id FROM runs ORDER BY id")]

    # --- writing ------------------------------------------------------------------------------

    def stored(self, run: int, keys: Sequence[str]) -> set[str]:
        """Which of these keys the run has stored (asked a chunk at a time: a resumed run holds no list of all)."""
        found: set[str] = set()
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            found.update(r[0] for r in self.db.execute(
                f"SELECT key FROM documents WHERE run = ? AND key IN ({', '.join('?' * len(part))})", (run, *part)))
        return found

    def write_chunk(self, run: int, documents: Iterable[StoredDocument], cells: dict | None = None) -> None:
        """All documents of a chunk, their findings and what they add to the run's counts, in one transaction.

        `cells`: the run's indicator tallies for the cells these documents fall in, as they are with them
        (see `indicators.Cells`); without it they are computed from the documents and added here."""
        documents = list(documents)
        catalogue = self._catalogue
        rows = []
        for d in documents:
            if d.findings:
                d = d._replace(findings=(), finding_list=catalogue.list(tuple(
                    catalogue.finding(row, row) for row in (f.row() for f in d.findings))))
            rows.append(d)
        if cells is None:
            cells = self._added_cells(run, rows)
        try:
            self.write_rows(run, rows, catalogue.take(), cells)
        except BaseException:
            self._catalogue = Catalogue()  # the contents taken were not stored: give them again
            raise

    def _added_cells(self, run: int, rows: list[StoredDocument]) -> dict:
        from .indicators import Cells

        cells = Cells()
        for row in rows:
            if row.status == OK and row.document:
                cells.add(stored_document(row.document))
        stored = self.cells(run, only=list(cells.tallies))
        stored.merge(cells.tallies)
        return stored.tallies

    def write_rows(self, run: int, rows: Sequence[StoredDocument], contents: Contents, cells: dict) -> None:
        """Rows whose findings are lists by id (`finding_list`), the contents they may refer to, and the run's
        tallies for the cells the rows fall in (whole, as they are with these rows), in one transaction (within
        `batched`, a savepoint: the counts and tallies are written when the batch is committed)."""
        db = self.db
        batch = self._batch
        if batch is not None and batch.run != run:  # the batch's counts are one run's
            raise ValueError("en sats skrivs till en körning i taget")
        db.execute("BEGIN" if batch is None else "SAVEPOINT chunk")
        try:
            self._store_contents(contents)
            db.executemany(
                "INSERT INTO documents (run, key, seq, document_id, buyer_name, buyer_orgnr, year, category, document, status, "
                "error, internal, findings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(run, d.key, d.seq, d.document_id, d.buyer_name, d.buyer_orgnr, d.year, d.category, d.document, d.status,
                  d.error, int(d.internal), d.finding_list) for d in rows])
            if batch is None:
                self._write_counts(_Counts(run).add(rows, cells))
        except BaseException:
            db.execute("ROLLBACK" if batch is None else "ROLLBACK TO chunk")
            if batch is not None:
                db.execute("RELEASE chunk")
            self._stored.clear()  # ids inserted in the rolled-back chunk are gone
            raise
        if batch is None:
            db.execute("COMMIT")
            return
        db.execute("RELEASE chunk")
        batch.add(rows, cells)
        if batch.documents >= batch.limit or time.monotonic() - batch.began >= BATCH_SECONDS:
            self._commit_batch()

    @contextmanager
    def batched(self, run: int) -> Iterator[None]:
        """`write_rows` for `run` within: chunks are committed together, each whole (a savepoint), every
        `BATCH_ROWS` documents or `BATCH_SECONDS` seconds and at the end, with the counts and tallies they add.
        A commit writes the pages the chunks touched, spread wide over the tables' indexes, and the counts and
        every touched cell's tally: once per batch rather than per chunk of fifty, a run spends about half the
        time storing, and at 20 000 rows or five seconds rather than 5 000 or two a third less again (for a
        statistics export; a batch of document files is five seconds). A run that is killed or fails loses the
        open batch, at most that much work, which `--återuppta` redoes; what is stored stays whole."""
        if self._batch is not None:
            raise ValueError("satserna kan inte nästlas")
        self.db.execute("BEGIN")
        self._batch = _Counts(run, limit=1)  # the first chunk alone: a run is seen to be under way at once
        try:
            yield
        except BaseException:  # the open batch is given up: the tallies may hold a chunk that was not stored
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            self._stored.clear()
            self._batch = None
            raise
        self._write_counts(self._batch)
        self._batch = None
        self.db.execute("COMMIT")

    def _commit_batch(self) -> None:
        assert self._batch is not None
        self._write_counts(self._batch)
        self.db.execute("COMMIT")
        self.db.execute("BEGIN")
        self._batch = _Counts(self._batch.run, limit=BATCH_ROWS)

    def _write_counts(self, counts: _Counts) -> None:
        run, db = counts.run, self.db
        db.executemany("INSERT INTO run_documents VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n",
                       [(run, status, internal, n) for (status, internal), n in counts.statuses.items()])
        db.executemany("INSERT INTO run_findings VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n",
                       [(run, buyer, list_id, n) for (buyer, list_id), n in counts.lists.items()])
        db.executemany("INSERT OR REPLACE INTO run_cells VALUES (?, ?, ?)",
                       [(run, _json(list(cell)), _json(tally.to_json())) for cell, tally in counts.cells.items()])

    def _store_contents(self, contents: Contents) -> None:
        """Each content once; one already stored under its id must be the same (else ContentClash). Those
        not known to be stored are looked up together, the new ones inserted together."""
        stored = self._stored
        if len(stored) >= LIMIT:
            stored.clear()
        for table, items, columns in (("finding", contents.findings, FINDING_COLUMNS), ("finding_list", contents.lists, ("findings",))):
            new = {content_id_: (content if table == "finding" else (content,))
                   for content_id_, content in items.items() if content_id_ not in stored}
            if not new:
                continue
            ids = list(new)
            for start in range(0, len(ids), 500):  # SQLite's limit on parameters is 999 in old versions
                part = ids[start:start + 500]
                for content_id_, *there in self.db.execute(
                        f"SELECT id, {', '.join(columns)} FROM {table} WHERE id IN ({', '.join('?' * len(part))})", part):
                    if tuple(there) != tuple(new.pop(content_id_)):
                        raise ContentClash(f"{table} {content_id_}: två olika innehåll har samma id")
            self.db.executemany(f"INSERT INTO {table} (id, {', '.join(columns)}) VALUES (?{', ?' * len(columns)})",
                                [(content_id_, *values) for content_id_, values in new.items()])
            stored.update(ids)

    # --- reading: what summaries, comparisons and the indicators use ------------------------------

    def counts(self, run: int) -> dict[str, int]:
        """Documents read (`ok`), documents that could not be read (`fel`), files skipped (`hoppad`)."""
        return {status: n for status, n in self.db.execute(
            "SELECT status, SUM(n) FROM run_documents WHERE run = ? GROUP BY status", (run,))}

    def internal_errors(self, run: int) -> int:
        """Documents kravmotor failed on (a bug, or a worker process that died), among the `fel`."""
        return self.db.execute("SELECT COALESCE(SUM(n), 0) FROM run_documents WHERE run = ? AND internal = 1",
                               (run,)).fetchone()[0]

    def _per_list(self, run: int, select: str, group: str, per_buyer: bool = False) -> list[tuple]:
        """An aggregate over every finding of the run, from each list of findings times the documents with it."""
        lists = ("SELECT buyer, findings, n FROM run_findings WHERE run = :run" if per_buyer else
                 "SELECT findings, SUM(n) AS n FROM run_findings WHERE run = :run GROUP BY findings")
        return list(self.db.execute(
            f"WITH l AS ({lists}) SELECT {select} FROM l JOIN finding_list s ON s.id = l.findings, json_each(s.findings) j "
            f"JOIN finding f ON f.id = j.value GROUP BY {group}", {"run": run}))

    def outcome_counts(self, run: int) -> dict[str, int]:
        return dict(self._per_list(run, "f.utfall, SUM(l.n)", "f.utfall"))

    def outcomes_per_buyer(self, run: int) -> list[tuple[str, str, int]]:
        """(buyer, utfall, number of findings): each list of findings counted once, then per buyer."""
        return list(self.db.execute(
            "WITH lists AS (SELECT DISTINCT findings FROM run_findings WHERE run = :run), "
            "outcomes AS (SELECT s.id, f.utfall, COUNT(*) AS k FROM lists JOIN finding_list s ON s.id = lists.findings, "
            "json_each(s.findings) j JOIN finding f ON f.id = j.value GROUP BY s.id, f.utfall) "
            "SELECT r.buyer, o.utfall, SUM(r.n * o.k) FROM run_findings r JOIN outcomes o ON o.id = r.findings "
            "WHERE r.run = :run GROUP BY r.buyer, o.utfall", {"run": run}))

    def rule_counts(self, run: int) -> list[tuple[str, str, str, int]]:
        """(kod, titel, utfall, number of findings), most frequent first."""
        rows = self._per_list(run, "f.kod, MIN(f.titel), f.utfall, SUM(l.n)", "f.kod, f.utfall")
        return sorted(rows, key=lambda r: (-r[3], r[0]))

    def errors(self, run: int, limit: int | None = None, status: str = ERROR) -> list[tuple[str, str]]:
        """(key, Swedish text) of the documents that could not be read (or, with `status=SKIPPED`, were skipped)."""
        sql = "SELECT key, error FROM documents WHERE run = ? AND status = ? ORDER BY seq"
        return list(self.db.execute(sql + (" LIMIT ?" if limit else ""), (run, status, limit) if limit else (run, status)))

    def documents(self, run: int, buyer: str | None = None) -> Iterator[tuple[str, Any]]:
        """(key, Förfrågningsunderlag) of every document read, in source order: what the indicators are computed on.
        With `buyer`, only the documents of the upphandlande myndighet of that name."""
        sql = "SELECT key, document FROM documents WHERE run = ? AND status = 'ok'"
        args: tuple = (run,)
        if buyer is not None:
            sql, args = sql + " AND buyer_name = ?", (run, buyer)
        for key, document in self.db.execute(sql + " ORDER BY seq", args):
            yield key, stored_document(document)

    def cells(self, run: int, only: list | None = None):
        """The run's indicator tallies per cell (`indicators.Cells`), or those of the cells `only`."""
        from .indicators import Cells, Tally

        cells = Cells()
        if only is not None:
            rows = [r for cell in only for r in self.db.execute(
                "SELECT cell, tally FROM run_cells WHERE run = ? AND cell = ?", (run, _json(list(cell))))]
        else:
            rows = list(self.db.execute("SELECT cell, tally FROM run_cells WHERE run = ?", (run,)))
        for cell, tally in rows:
            cells.tallies[tuple(json.loads(cell))] = Tally.from_json(json.loads(tally))
        return cells

    def buyers(self, run: int) -> dict[str, int]:
        """The upphandlande myndigheter of the run's documents, with how many each."""
        return dict(self.db.execute("SELECT buyer_name, COUNT(*) FROM documents WHERE run = ? AND status = 'ok' "
                                    "AND buyer_name IS NOT NULL GROUP BY buyer_name", (run,)))

    def finding_rows(self, run: int) -> Iterator[tuple[str, str | None, str | None, str, str, list[str]]]:
        """(document key, buyer name, buyer orgnr, kod, utfall, fält) per finding, in source order."""
        for key, name, orgnr, kod, utfall, fält in self.db.execute(
                "SELECT d.key, d.buyer_name, d.buyer_orgnr, f.kod, f.utfall, f.fält FROM findings f "
                "JOIN documents d ON d.run = f.run AND d.seq = f.doc WHERE f.run = ? ORDER BY f.doc, f.seq", (run,)):
            yield key, name, orgnr, kod, utfall, json.loads(fält)

    def finding_counts(self, run: int) -> Iterator[tuple[str, str, str, int]]:
        """(buyer, kod, utfall, number of findings); the buyer is its name, else its orgnr, else "okänd myndighet"."""
        yield from self._per_list(run, "l.buyer, f.kod, f.utfall, SUM(l.n)", "l.buyer, f.kod, f.utfall", per_buyer=True)

    def buyer_documents_with_findings(self, run: int) -> dict[str, int]:
        return dict(self.db.execute("SELECT buyer, SUM(n) FROM run_findings WHERE run = ? GROUP BY buyer", (run,)))

    def undecided_rules_per_buyer(self, run: int) -> dict[str, int]:
        """buyer → the rules that could not be decided (gave *underlag saknas*), counted once per rule and document."""
        return dict(self.db.execute(
            "WITH lists AS (SELECT DISTINCT findings FROM run_findings WHERE run = :run), "
            "undecided AS (SELECT s.id, COUNT(DISTINCT f.kod) AS k FROM lists JOIN finding_list s ON s.id = lists.findings, "
            "json_each(s.findings) j JOIN finding f ON f.id = j.value WHERE f.utfall = 'underlag saknas' GROUP BY s.id) "
            "SELECT r.buyer, SUM(r.n * u.k) FROM run_findings r JOIN undecided u ON u.id = r.findings "
            "WHERE r.run = :run GROUP BY r.buyer", {"run": run}))

    def rule_counts_of(self, run: int, buyers: Sequence[str]) -> list[tuple[str, str, str, int]]:
        """`rule_counts` for the documents of some buyers only (their name, else orgnr, as `StoredDocument.buyer`)."""
        marks = ", ".join("?" * len(buyers))
        rows = self.db.execute(
            f"WITH l AS (SELECT findings, SUM(n) AS n FROM run_findings WHERE run = ? AND buyer IN ({marks}) GROUP BY findings) "
            "SELECT f.kod, MIN(f.titel), f.utfall, SUM(l.n) FROM l JOIN finding_list s ON s.id = l.findings, "
            "json_each(s.findings) j JOIN finding f ON f.id = j.value GROUP BY f.kod, f.utfall", (run, *buyers))
        return sorted(rows, key=lambda r: (-r[3], r[0]))

    def document_kinds(self, run: int) -> dict[str, int]:
        """Documents read per kind of source: `statistik` (rows of a statistics export), `eforms`, `underlag`."""
        return dict(self.db.execute(
            "SELECT CASE WHEN key LIKE '%.csv.gz:rad %' OR key LIKE '%.csv:rad %' THEN 'statistik' "
            "WHEN lower(key) LIKE '%.xml' THEN 'eforms' ELSE 'underlag' END AS kind, COUNT(*) "
            "FROM documents WHERE run = ? AND status = 'ok' GROUP BY kind", (run,)))


def _is_old(db: sqlite3.Connection) -> bool:
    """A database whose findings are rows of their own (before they were stored by content)."""
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'findings'").fetchone() is not None
