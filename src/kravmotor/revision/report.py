"""From a stored run to the board's report: indicators against targets, and the run's findings.

A report reads what the run stored as it went: the indicators' tallies per cell
and the findings counted per list, never the documents one by one. So a report
can be made again later, for any run, with other targets, without checking
anything again, in a time that does not grow with the run. The same holds for
what it puts beside the run: the earlier runs of the same sources (a trend) and
the rules it used, described in words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

from ..errors import InputError
from ..rapport.revision_report import FindingSummary, RevisionReport, RunInfo
from . import focus as focusing
from . import history, ruleset
from .indicators import TOTAL, Group, IndicatorResult, totals
from .store import OK, UNKNOWN_BUYER, Store
from .targets import Targets

FOCUS_GROUPS = ("år", "upphandlingsslag")  # a report about one buyer groups its procurements by these


def indicator_results(store: Store, run: int, targets: Targets | None) -> list[IndicatorResult]:
    return store.cells(run).results(targets)


def build_report(store: Store, run: int, targets: Targets | None, buyer: str | None = None) -> RevisionReport:
    """The report on run `run`; with `buyer` (a name or an organisationsnummer), on that buyer's procurements only."""
    info = store.run(run)
    cells = store.cells(run)
    chosen, mine = None, cells
    if buyer is not None:
        chosen, mine = focusing.choose(cells, buyer, run)
        indicators = _retitled(mine.results(targets, group_by=FOCUS_GROUPS), chosen.namn)
        everyone = totals(cells.results(targets, group_by=()))
    else:
        indicators, everyone = cells.results(targets), []
    findings, titles = _findings(store, run, chosen)
    rules = ruleset.describe(info)

    def totals_of(earlier: int) -> list[IndicatorResult]:
        stored = store.cells(earlier)
        if chosen is not None:
            try:
                stored = focusing.choose(stored, chosen.organisationsnummer or chosen.namn, earlier)[1]
            except InputError:  # the buyer has no procurements in that run: nothing to set beside it
                return []
        return totals(stored.results(targets, group_by=()))

    def outcomes_of(earlier: int) -> Counter:
        if chosen is None:
            return Counter(store.outcome_counts(earlier))
        return Counter({utfall: n for buyer, utfall, n in store.outcomes_per_buyer(earlier) if buyer in chosen.keys})

    earlier = history.earlier_runs(store, info, totals_of, outcomes_of)
    change = None
    if earlier:
        change = ruleset.change_since(info, rules, store.run(earlier[-1].run_id))
    documents_per_buyer: Counter = Counter()
    numbers: dict[str, str] = {}
    for (name, _year, _kind, number), tally in cells.tallies.items():
        documents_per_buyer[name or number or UNKNOWN_BUYER] += tally.documents
        if name and number:
            numbers.setdefault(name, number)
    years = [cell[1] for cell in mine.tallies if cell[1] is not None]
    return RevisionReport(
        run=RunInfo(str(info.id), dt.datetime.fromisoformat(info.started), _when(info.finished), info.ruleset, tuple(info.sources)),
        indicators=indicators, findings=findings, targets=targets, rule_titles=titles,
        documents=sum(t.documents for t in mine.tallies.values()) if chosen else store.counts(run).get(OK, 0),
        focus=chosen, everyone=everyone, rulebook=rules, rule_change=change, earlier=earlier,
        source_titles=tuple(history.source_titles(store.document_kinds(run), years)), buyer_numbers=numbers,
        buyer_documents=dict(documents_per_buyer), buyers=tuple(sorted({(c[0], c[3]) for c in cells.tallies}, key=str)), undecided_rules=store.undecided_rules_per_buyer(run))


def _findings(store: Store, run: int, chosen: focusing.Chosen | None) -> tuple[FindingSummary, dict[str, str]]:
    """The findings per rule and per buyer (the chosen buyer's only, in a report about one), and the rules' titles."""
    findings = FindingSummary(buyer_documents=store.buyer_documents_with_findings(run))
    titles: dict[str, str] = {}
    counts = store.rule_counts(run) if chosen is None else store.rule_counts_of(run, chosen.keys)
    for kod, titel, utfall, count in counts:
        findings.per_rule.setdefault(kod, Counter())[utfall] += count
        if titel:
            titles.setdefault(kod, titel)
    for buyer, utfall, count in store.outcomes_per_buyer(run):
        if chosen is None or buyer in chosen.keys:
            findings.per_buyer.setdefault(buyer, Counter())[utfall] += count
    return findings, titles


def _retitled(results: list[IndicatorResult], name: str) -> list[IndicatorResult]:
    """The chosen buyer's totals named after it, not "Alla upphandlingar"."""
    return [dataclasses.replace(r, group=Group(TOTAL, name)) if r.group.dimension == TOTAL else r for r in results]


def _when(stamp: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(stamp) if stamp else None
