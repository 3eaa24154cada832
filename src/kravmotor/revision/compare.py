"""Findings between two runs: new, resolved, unchanged (key: document key + kod + fält).

A finding is the same in both runs when its document key, rule code and fields
agree; its outcome may still differ (a varning that became fel), which is
reported as a change of outcome within the unchanged ones. Computed in SQL, so
two runs of a whole year's export compare without loading them into memory.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from .store import Store

_FINDINGS = """
    SELECT d.key, d.seq AS dseq, f.seq AS fseq, f.kod, f.fält, f.utfall, f.titel, f.meddelande FROM findings f
    JOIN documents d ON d.run = f.run AND d.seq = f.doc WHERE f.run = :run"""
_ABSENT_IN_OTHER = """
    NOT EXISTS (SELECT 1 FROM documents o JOIN findings g ON g.run = o.run AND g.doc = o.seq
                WHERE o.run = :other AND o.key = x.key AND g.kod = x.kod AND g.fält = x.fält)"""


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

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2)


def compare_runs(store: Store, before: int, after: int) -> Comparison:
    store.run(before), store.run(after)  # both must exist (a located Swedish error otherwise)
    comparison = Comparison(before, after)
    comparison.nya = _only_in(store, after, before)
    comparison.lösta = _only_in(store, before, after)
    total_after = store.db.execute("SELECT COUNT(*) FROM findings WHERE run = ?", (after,)).fetchone()[0]
    comparison.oförändrade = total_after - len(comparison.nya)
    comparison.ändrat_utfall = [
        OutcomeChange(key, kod, json.loads(fält), före, efter) for key, kod, fält, före, efter in store.db.execute(
            "SELECT da.key, fa.kod, t.text, fb.utfall, fa.utfall FROM findings fa "
            "JOIN documents da ON da.run = fa.run AND da.seq = fa.doc "
            "JOIN documents db ON db.run = :before AND db.key = da.key "
            "JOIN findings fb ON fb.run = db.run AND fb.doc = db.seq AND fb.kod = fa.kod AND fb.fält = fa.fält "
            "JOIN texts t ON t.id = fa.fält "
            "WHERE fa.run = :after AND fb.utfall != fa.utfall ORDER BY da.seq, fa.seq",
            {"before": before, "after": after})]
    return comparison


def _only_in(store: Store, run: int, other: int) -> list[ComparedFinding]:
    rows = store.db.execute(
        f"SELECT x.key, x.kod, fa.text, x.utfall, ti.text, me.text FROM ({_FINDINGS}) x "
        "JOIN texts fa ON fa.id = x.fält LEFT JOIN texts ti ON ti.id = x.titel LEFT JOIN texts me ON me.id = x.meddelande "
        f"WHERE {_ABSENT_IN_OTHER} ORDER BY x.dseq, x.fseq", {"run": run, "other": other})
    return [ComparedFinding(key, kod, json.loads(fält), utfall, titel, meddelande)
            for key, kod, fält, utfall, titel, meddelande in rows]
