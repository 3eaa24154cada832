"""Findings between two runs: new, resolved, unchanged (key: document key + kod + fält + occurrence).

A finding is the same in both runs when its document key, rule code and fields
agree (the n-th such finding of a document matching the n-th); its outcome may still differ (a varning that became fel), which is
reported as a change of outcome within the unchanged ones. Computed in SQL, so
two runs of a whole year's export compare without loading them into memory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .store import Store

# Both runs' findings, each numbered within its (document key, rule, fields): a rule can give the same
# fields twice in one document (two equal elements), and the second occurrence must match the second.
# A temporary table with an index, so that matching a whole year's export against another stays linear.
_NUMBERED = """
    CREATE TEMP TABLE compared AS
    SELECT d.run, d.key, d.seq AS dseq, CAST(j.key AS INTEGER) AS fseq, f.kod, f.fält, f.utfall, f.id AS finding,
           ROW_NUMBER() OVER (PARTITION BY d.run, d.key, f.kod, f.fält ORDER BY CAST(j.key AS INTEGER)) AS n
    FROM documents d JOIN finding_list l ON l.id = d.findings, json_each(l.findings) j JOIN finding f ON f.id = j.value
    WHERE d.run IN (:before, :after)"""
_MATCH = "o.key = x.key AND o.kod = x.kod AND o.fält = x.fält AND o.n = x.n"


@dataclass
class ComparedFinding:
    key: str
    kod: str
    fält: list[str]
    utfall: str
    titel: str | None
    meddelande: str | None


@dataclass
class OutcomeChange:
    key: str
    kod: str
    fält: list[str]
    före: str
    efter: str


@dataclass
class Comparison:
    före: int
    efter: int
    nya: list[ComparedFinding] = field(default_factory=list)
    lösta: list[ComparedFinding] = field(default_factory=list)
    oförändrade: int = 0
    ändrat_utfall: list[OutcomeChange] = field(default_factory=list)

    def per_rule(self) -> list[tuple[str, int, int]]:
        """(kod, new, resolved) for every rule with a difference, most changes first."""
        counts: dict[str, list[int]] = {}
        for f in self.nya:
            counts.setdefault(f.kod, [0, 0])[0] += 1
        for f in self.lösta:
            counts.setdefault(f.kod, [0, 0])[1] += 1
        return sorted(((k, n, r) for k, (n, r) in counts.items()), key=lambda t: (-(t[1] + t[2]), t[0]))


def compare_runs(store: Store, before: int, after: int) -> Comparison:
    store.run(before), store.run(after)  # both must exist (a located Swedish error otherwise)
    db = store.db
    db.execute("DROP TABLE IF EXISTS temp.compared")
    db.execute(_NUMBERED, {"before": before, "after": after})
    db.execute("CREATE INDEX temp.compared_match ON compared (run, key, kod, fält, n)")
    try:
        comparison = Comparison(before, after)
        comparison.nya = _only_in(db, after, before)
        comparison.lösta = _only_in(db, before, after)
        total_after = db.execute("SELECT COUNT(*) FROM compared WHERE run = ?", (after,)).fetchone()[0]
        comparison.oförändrade = total_after - len(comparison.nya)
        comparison.ändrat_utfall = [
            OutcomeChange(key, kod, json.loads(fält), före, efter) for key, kod, fält, före, efter in db.execute(
                f"SELECT x.key, x.kod, x.fält, o.utfall, x.utfall FROM compared x "
                f"JOIN compared o ON o.run = :before AND {_MATCH} "
                "WHERE x.run = :after AND o.utfall != x.utfall ORDER BY x.dseq, x.fseq",
                {"before": before, "after": after})]
    finally:
        db.execute("DROP TABLE temp.compared")
    return comparison


def _only_in(db, run: int, other: int) -> list[ComparedFinding]:
    rows = db.execute(
        "SELECT x.key, x.kod, x.fält, x.utfall, f.titel, f.meddelande FROM compared x JOIN finding f ON f.id = x.finding "
        f"WHERE x.run = :run AND NOT EXISTS (SELECT 1 FROM compared o WHERE o.run = :other AND {_MATCH}) "
        "ORDER BY x.dseq, x.fseq", {"run": run, "other": other})
    return [ComparedFinding(key, kod, json.loads(fält), utfall, titel, meddelande)
            for key, kod, fält, utfall, titel, meddelande in rows]
