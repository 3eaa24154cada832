"""A revision database from before findings were stored by content, converted in place, once.

Such a database has a table `findings` with one row per finding (texts as ids
into `texts`) and no counts per run. Conversion stores each document's findings
as a list by content, fills the per-run counts and indicator tallies from the
stored rows and documents, and drops the old tables, all in one transaction: a
conversion that fails leaves the database as it was.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import Store


def convert_findings(store: Store, tables: list[str]) -> None:
    """Convert `store`'s database; `tables` are the statements creating the tables of today's schema."""
    from ..model.dokument import Förfrågningsunderlag
    from .indicators import Cells
    from .store import OK, Catalogue

    db = store.db
    db.execute("BEGIN")
    try:
        if not any(row[1] == "internal" for row in db.execute("PRAGMA table_info(documents)")):
            db.execute("ALTER TABLE documents ADD COLUMN internal INTEGER NOT NULL DEFAULT 0")
        db.execute("ALTER TABLE documents ADD COLUMN findings INTEGER REFERENCES finding_list(id)")
        db.execute("DROP VIEW IF EXISTS findings_text")
        db.execute("ALTER TABLE findings RENAME TO old_findings")
        for statement in tables:
            db.execute(statement)
        runs = [r[0] for r in db.execute("SELECT id FROM runs ORDER BY id")]
        catalogue = Catalogue()
        for run in runs:
            lists: dict[tuple[int, int], list[int]] = {}
            rows = db.execute(
                "SELECT f.doc, f.kod, f.utfall, t.text, f.område, m.text, a.text, fa.text, f.värden, f.motivering, "
                "f.anmärkning, u.text FROM old_findings f LEFT JOIN texts t ON t.id = f.titel "
                "LEFT JOIN texts m ON m.id = f.meddelande LEFT JOIN texts a ON a.id = f.åtgärd "
                "JOIN texts fa ON fa.id = f.fält LEFT JOIN texts u ON u.id = f.ursprung WHERE f.run = ? "
                "ORDER BY f.doc, f.seq", (run,)).fetchall()
            for doc, *finding in rows:
                lists.setdefault(doc, []).append(catalogue.finding(tuple(finding), tuple(finding)))
            ids = {doc: catalogue.list(tuple(found)) for doc, found in lists.items()}
            store._store_contents(catalogue.take())
            db.executemany("UPDATE documents SET findings = ? WHERE run = ? AND seq = ?",
                           [(list_id, run, doc) for doc, list_id in ids.items()])
            db.execute("INSERT INTO run_documents SELECT run, status, internal, COUNT(*) FROM documents WHERE run = ? "
                       "GROUP BY status, internal", (run,))
            db.execute("INSERT INTO run_findings SELECT run, COALESCE(buyer_name, buyer_orgnr, 'okänd myndighet'), findings, "
                       "COUNT(*) FROM documents WHERE run = ? AND status = ? AND findings IS NOT NULL GROUP BY 2, 3",
                       (run, OK))
            cells = Cells()
            for (document,) in db.execute("SELECT document FROM documents WHERE run = ? AND status = ? ORDER BY seq",
                                          (run, OK)):
                cells.add(Förfrågningsunderlag.model_validate_json(document))
            db.executemany("INSERT INTO run_cells VALUES (?, ?, ?)",
                           [(run, json.dumps(list(cell), ensure_ascii=False), json.dumps(tally.to_json()))
                            for cell, tally in cells.tallies.items()])
        db.execute("DROP TABLE old_findings")
        db.execute("DROP TABLE texts")
    except BaseException:
        db.execute("ROLLBACK")
        store._stored.clear()
        raise
    db.execute("COMMIT")
