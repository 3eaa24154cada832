"""From a stored run to the board's report: indicators against targets, and the run's findings.

The run's documents are read back from the store (normalised, with their unknown
fields), so a report can be made again later, for any run, with other targets,
without checking anything again.
"""

from __future__ import annotations

import datetime as dt

from ..rapport.revision_report import FindingSummary, RevisionReport, RunInfo
from .indicators import IndicatorResult, compute
from .store import OK, Store
from .targets import Targets

def indicator_results(store: Store, run: int, targets: Targets | None) -> list[IndicatorResult]:
    return compute((document for _key, document in store.documents(run)), targets)


def build_report(store: Store, run: int, targets: Targets | None) -> RevisionReport:
    info = store.run(run)
    findings = FindingSummary(buyer_documents=store.buyer_documents_with_findings(run))
    for buyer, kod, utfall, count in store.finding_counts(run):
        findings.add(buyer, kod, utfall, count)
    titles: dict[str, str] = {}
    for kod, titel, _utfall, _n in store.rule_counts(run):
        if titel:
            titles.setdefault(kod, titel)
    return RevisionReport(
        run=RunInfo(str(info.id), _when(info.started), _when(info.finished), info.ruleset, tuple(info.sources)),
        indicators=indicator_results(store, run, targets), findings=findings, targets=targets, rule_titles=titles,
        documents=store.counts(run).get(OK, 0))


def _when(stamp: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(stamp) if stamp else None
