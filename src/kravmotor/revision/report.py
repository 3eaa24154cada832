"""From a stored run to the board's report: indicators against targets, and the run's findings.

A report reads what the run stored as it went: the indicators' tallies per cell
and the findings counted per list, never the documents one by one. So a report
can be made again later, for any run, with other targets, without checking
anything again, in a time that does not grow with the run.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from ..rapport.revision_report import FindingSummary, RevisionReport, RunInfo
from .indicators import IndicatorResult
from .store import OK, Store
from .targets import Targets

def indicator_results(store: Store, run: int, targets: Targets | None) -> list[IndicatorResult]:
    return store.cells(run).results(targets)


def build_report(store: Store, run: int, targets: Targets | None) -> RevisionReport:
    info = store.run(run)
    findings = FindingSummary(buyer_documents=store.buyer_documents_with_findings(run))
    titles: dict[str, str] = {}
    for kod, titel, utfall, count in store.rule_counts(run):
        findings.per_rule.setdefault(kod, Counter())[utfall] += count
        if titel:
            titles.setdefault(kod, titel)
    for buyer, utfall, count in store.outcomes_per_buyer(run):
        findings.per_buyer.setdefault(buyer, Counter())[utfall] += count
    return RevisionReport(
        run=RunInfo(str(info.id), dt.datetime.fromisoformat(info.started), _when(info.finished), info.ruleset, tuple(info.sources)),
        indicators=indicator_results(store, run, targets), findings=findings, targets=targets, rule_titles=titles,
        documents=store.counts(run).get(OK, 0))


def _when(stamp: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(stamp) if stamp else None
