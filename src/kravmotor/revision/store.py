"""Revision runs in one SQLite file: every audited document, normalised, with its findings.

Schema (the indicators and reports read it through the functions below, not by hand):

- `runs`: one audit run. `status` is `pågår` until the run ends (`klar`); a run
  killed half-way stays `pågår` and can be resumed. `ruleset` is the hash of
  the rule files, `parameters` and `sources` are JSON.
- `documents`: one row per source document (`key` = its locator: a file path,
  or `fil.csv.gz:rad N`). `seq` is its place in the source order, so a resumed
  run stores exactly what an uninterrupted one would. `document` is
  `Förfrågningsunderlag.model_dump(mode="json")` as JSON; `status` is `ok`,
  `fel` (then `error` holds the Swedish message and `document` is NULL) or
  `hoppad`: a readable file about something else, such as a supplier file in a
  directory of documents (`error` says what it is). `internal` is 1 for a `fel`
  that was kravmotor's own failure on the document (an exception, a worker
  process that died), not a mistake in it; added by `Store` to older files.
- `findings`: the findings of each document (`doc` = the document's `seq`),
  `seq` in report order. Titles, messages, actions and `fält` (a JSON list)
  are ids into `texts`, since they repeat; the view `findings_text` shows them
  joined, with the document key. `värden` is JSON; `ursprung` (a text id,
  JSON list) names the source fields behind `fält` for an imported notice.

Each chunk of documents is written in one transaction (`write_chunk`), so a
killed run leaves whole documents with all their findings, never half of one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import InputError, Location, Problem

DEFAULT_DATABASE = "revision.sqlite"
RUNNING, FINISHED = "pågår", "klar"
OK, ERROR, SKIPPED = "ok", "fel", "hoppad"

_SCHEMA = """
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
    PRIMARY KEY (run, key),
    UNIQUE (run, seq)
);
-- Texts repeat a great deal (an export gives the same "underlag saknas" to every row): stored once.
CREATE TABLE IF NOT EXISTS texts (
    id    INTEGER PRIMARY KEY,
    text  TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS findings (
    run         INTEGER NOT NULL,
    doc         INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    kod         TEXT NOT NULL,
    utfall      TEXT NOT NULL,
    titel       INTEGER REFERENCES texts(id),
    område      TEXT,
    meddelande  INTEGER REFERENCES texts(id),
    åtgärd      INTEGER REFERENCES texts(id),
    fält        INTEGER NOT NULL REFERENCES texts(id),
    värden      TEXT,
    motivering  TEXT,
    anmärkning  TEXT,
    ursprung    INTEGER REFERENCES texts(id),
    PRIMARY KEY (run, doc, seq),
    FOREIGN KEY (run, doc) REFERENCES documents(run, seq)
) WITHOUT ROWID;
-- For reading by hand: findings with their document key and texts.
CREATE VIEW IF NOT EXISTS findings_text AS
    SELECT f.run, d.key, f.seq, f.kod, f.utfall, t.text AS titel, f.område, m.text AS meddelande, a.text AS åtgärd,
           fa.text AS fält, f.värden, f.motivering, f.anmärkning, u.text AS ursprung
    FROM findings f JOIN documents d ON d.run = f.run AND d.seq = f.doc
    LEFT JOIN texts t ON t.id = f.titel LEFT JOIN texts m ON m.id = f.meddelande
    LEFT JOIN texts a ON a.id = f.åtgärd JOIN texts fa ON fa.id = f.fält LEFT JOIN texts u ON u.id = f.ursprung;
"""


@dataclass
class RunInfo:
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


@dataclass
class StoredDocument:
    """One document's row as a worker produces it and the store writes it."""

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
    findings: list[StoredFinding] = field(default_factory=list)
    internal: bool = False  # `fel` because kravmotor failed on the document, not because of the document


def ruleset_version(rule_dir: Path) -> str:
    """The hash of every file under the rule directory (names and contents): equal hashes, equal rules."""
    digest = hashlib.sha256()
    for path in sorted(p for p in Path(rule_dir).rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(rule_dir).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).astimezone().isoformat(timespec="seconds")


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


class Store:
    """One revision database. Not shared between processes: workers return rows, the main process writes.

    `read_only=True` opens for reports (`--visa`, `--jämför`) and works on a file or folder the user may
    not write to: nothing in the database is changed (SQLite may add its shared-memory files beside it
    where it can).
    """

    def __init__(self, path: str | Path = DEFAULT_DATABASE, read_only: bool = False):
        self.path = Path(path)
        self._texts: dict[str, int] = {}
        try:
            if read_only:
                self.db = self._open_read_only()
            else:
                self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)  # transactions are explicit
                self.db.execute("PRAGMA journal_mode=WAL")  # readers (reports, a resumed run) never block a writer
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.execute("PRAGMA foreign_keys=ON")
                self.db.executescript(_SCHEMA)
                if not self._has_internal():  # a database from before `internal`
                    self.db.execute("ALTER TABLE documents ADD COLUMN internal INTEGER NOT NULL DEFAULT 0")
            self.internal_known = self._has_internal()
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

    def _has_internal(self) -> bool:
        return any(row[1] == "internal" for row in self.db.execute("PRAGMA table_info(documents)"))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- runs ---------------------------------------------------------------------------------

    def start_run(self, *, ruleset: str, parameters: dict[str, Any], sources: list[str], motor: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO runs (started, status, ruleset, parameters, sources, motor) VALUES (?, ?, ?, ?, ?, ?)",
            (_now(), RUNNING, ruleset, json.dumps(parameters, ensure_ascii=False), json.dumps(sources, ensure_ascii=False), motor))
        return cursor.lastrowid

    def finish_run(self, run: int) -> None:
        self.db.execute("UPDATE runs SET finished = ?, status = ? WHERE id = ?", (_now(), FINISHED, run))

    def reopen_run(self, run: int) -> None:
        self.db.execute("UPDATE runs SET finished = NULL, status = ? WHERE id = ?", (RUNNING, run))

    def run(self, run: int) -> RunInfo:
        row = self.db.execute("SELECT id, started, finished, status, ruleset, parameters, sources, motor FROM runs WHERE id = ?",
                              (run,)).fetchone()
        if row is None:
            known = [r[0] for r in self.db.execute("SELECT id FROM runs ORDER BY id")]
            hint = f"; körningarna i databasen är {', '.join(map(str, known))}" if known else "; databasen har inga körningar"
            raise InputError([Problem(Location(str(self.path)), f"det finns ingen körning {run}{hint}")])
        return RunInfo(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]), json.loads(row[6]), row[7])

    def runs(self) -> list[RunInfo]:
        return [self.run(r[0]) for r in self.db.execute("SELECT id FROM runs ORDER BY id")]

    # --- writing ------------------------------------------------------------------------------

    def stored_keys(self, run: int) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT key FROM documents WHERE run = ?", (run,))}

    def write_chunk(self, run: int, documents: Iterable[StoredDocument]) -> None:
        """All documents of a chunk and their findings, in one transaction."""
        documents = list(documents)
        self.db.execute("BEGIN")
        try:
            self.db.executemany(
                "INSERT INTO documents (run, key, seq, document_id, buyer_name, buyer_orgnr, year, category, document, status, "
                "error, internal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(run, d.key, d.seq, d.document_id, d.buyer_name, d.buyer_orgnr, d.year, d.category, d.document, d.status,
                  d.error, int(d.internal)) for d in documents])
            text = self._text_id
            self.db.executemany(
                "INSERT INTO findings (run, doc, seq, kod, utfall, titel, område, meddelande, åtgärd, fält, värden, motivering, "
                "anmärkning, ursprung) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(run, d.seq, i, f.kod, f.utfall, text(f.titel), f.område, text(f.meddelande), text(f.åtgärd),
                  text(json.dumps(f.fält, ensure_ascii=False)), json.dumps(f.värden, ensure_ascii=False) if f.värden else None,
                  f.motivering, f.anmärkning, text(json.dumps(f.ursprung, ensure_ascii=False)) if f.ursprung else None)
                 for d in documents for i, f in enumerate(d.findings)])
        except BaseException:
            self.db.execute("ROLLBACK")
            self._texts.clear()  # ids inserted in the rolled-back transaction are gone
            raise
        self.db.execute("COMMIT")

    def _text_id(self, text: str | None) -> int | None:
        if text is None:
            return None
        found = self._texts.get(text)
        if found is None:
            self.db.execute("INSERT INTO texts (text) VALUES (?) ON CONFLICT (text) DO NOTHING", (text,))
            found = self._texts[text] = self.db.execute("SELECT id FROM texts WHERE text = ?", (text,)).fetchone()[0]
        return found

    # --- reading: what summaries, comparisons and the indicators use ------------------------------

    def counts(self, run: int) -> dict[str, int]:
        """Documents read (`ok`), documents that could not be read (`fel`), files skipped (`hoppad`)."""
        return {status: n for status, n in self.db.execute(
            "SELECT status, COUNT(*) FROM documents WHERE run = ? GROUP BY status", (run,))}

    def internal_errors(self, run: int) -> int:
        """Documents kravmotor failed on (a bug, or a worker process that died), among the `fel`."""
        if not self.internal_known:
            return 0
        return self.db.execute("SELECT COUNT(*) FROM documents WHERE run = ? AND internal = 1", (run,)).fetchone()[0]

    def outcome_counts(self, run: int) -> dict[str, int]:
        return {u: n for u, n in self.db.execute("SELECT utfall, COUNT(*) FROM findings WHERE run = ? GROUP BY utfall", (run,))}

    def rule_counts(self, run: int) -> list[tuple[str, str, str, int]]:
        """(kod, titel, utfall, number of findings), most frequent first."""
        return list(self.db.execute(
            "SELECT g.kod, t.text, g.utfall, g.n FROM (SELECT kod, utfall, MIN(titel) AS titel, COUNT(*) AS n FROM findings "
            "WHERE run = ? GROUP BY kod, utfall) g LEFT JOIN texts t ON t.id = g.titel ORDER BY g.n DESC, g.kod",
            (run,)))

    def errors(self, run: int, limit: int | None = None, status: str = ERROR) -> list[tuple[str, str]]:
        """(key, Swedish text) of the documents that could not be read (or, with `status=SKIPPED`, were skipped)."""
        sql = "SELECT key, error FROM documents WHERE run = ? AND status = ? ORDER BY seq"
        return list(self.db.execute(sql + (" LIMIT ?" if limit else ""), (run, status, limit) if limit else (run, status)))

    def documents(self, run: int, buyer: str | None = None) -> Iterator[tuple[str, Any]]:
        """(key, Förfrågningsunderlag) of every document read, in source order: what the indicators are computed on.
        With `buyer`, only the documents of the upphandlande myndighet of that name."""
        from ..model.dokument import Förfrågningsunderlag

        sql = "SELECT key, document FROM documents WHERE run = ? AND status = 'ok'"
        args: tuple = (run,)
        if buyer is not None:
            sql, args = sql + " AND buyer_name = ?", (run, buyer)
        for key, document in self.db.execute(sql + " ORDER BY seq", args):
            yield key, Förfrågningsunderlag.model_validate_json(document)

    def buyers(self, run: int) -> dict[str, int]:
        """The upphandlande myndigheter of the run's documents, with how many each."""
        return dict(self.db.execute("SELECT buyer_name, COUNT(*) FROM documents WHERE run = ? AND status = 'ok' "
                                    "AND buyer_name IS NOT NULL GROUP BY buyer_name", (run,)))

    def finding_rows(self, run: int) -> Iterator[tuple[str, str | None, str | None, str, str, list[str]]]:
        """(document key, buyer name, buyer orgnr, kod, utfall, fält) per finding, in source order."""
        for key, name, orgnr, kod, utfall, fält in self.db.execute(
                "SELECT d.key, d.buyer_name, d.buyer_orgnr, f.kod, f.utfall, t.text FROM findings f "
                "JOIN documents d ON d.run = f.run AND d.seq = f.doc JOIN texts t ON t.id = f.fält "
                "WHERE f.run = ? ORDER BY f.doc, f.seq", (run,)):
            yield key, name, orgnr, kod, utfall, json.loads(fält)

    def finding_counts(self, run: int) -> Iterator[tuple[str, str, str, int]]:
        """(buyer, kod, utfall, number of findings); the buyer is its name, else its orgnr, else "okänd myndighet"."""
        yield from self.db.execute(
            f"SELECT {_BUYER}, f.kod, f.utfall, COUNT(*) FROM findings f JOIN documents d ON d.run = f.run AND d.seq = f.doc "
            "WHERE f.run = ? GROUP BY 1, f.kod, f.utfall", (run,))

    def buyer_documents_with_findings(self, run: int) -> dict[str, int]:
        return dict(self.db.execute(
            f"SELECT {_BUYER}, COUNT(*) FROM documents d WHERE d.run = ? AND d.status = 'ok' "
            "AND EXISTS (SELECT 1 FROM findings f WHERE f.run = d.run AND f.doc = d.seq) GROUP BY 1", (run,)))


_BUYER = "COALESCE(d.buyer_name, d.buyer_orgnr, 'okänd myndighet')"
