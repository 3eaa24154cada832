"""What a report puts beside a run: the earlier runs of the same sources, and the sources by title.

A trend across runs is only honest between runs of the same data: the earlier runs here are
the finished runs in the same database, before this one, with exactly the same sources.
Their indicators come from their stored cells, so a trend costs no checking.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from collections.abc import Callable

from ..formatting import format_number
from .indicators import IndicatorResult
from .store import FINISHED, StoredRun, Store

SHOWN_RUNS = 4  # earlier runs a trend shows, the latest ones


@dataclass
class EarlierRun:
    run_id: int
    started: str
    totals: list[IndicatorResult]  # the indicators in total (for the chosen buyer, in a report about one)
    outcomes: Counter  # findings per outcome (the chosen buyer's, in a report about one)


def earlier_runs(store: Store, info: StoredRun, totals_of: Callable[[int], list[IndicatorResult]],
                 outcomes_of: Callable[[int], Counter]) -> list[EarlierRun]:
    """The latest SHOWN_RUNS finished runs before `info` with the same sources, oldest first."""
    same = [r for r in store.runs() if r.id < info.id and r.status == FINISHED and r.sources == info.sources]
    return [EarlierRun(r.id, r.started, totals_of(r.id), outcomes_of(r.id)) for r in same[-SHOWN_RUNS:]]


STATISTICS = "Upphandlingsmyndighetens statistikdatabas"


def source_titles(kinds: dict[str, int], years: list[int]) -> list[str]:
    """The run's sources as a reader names them: the data source's name, the years, how many procurements.

    Never a path: the file names of a run are the auditor's (in JSON), not the board's."""
    when = _years(years)
    titles = []
    for kind, title in (("statistik", STATISTICS), ("eforms", "eForms-annonser"),
                        ("underlag", "Förfrågningsunderlag i YAML eller JSON")):
        n = kinds.get(kind)
        if n:
            count = "1 upphandling" if n == 1 else f"{format_number(n)} upphandlingar"
            titles.append(f"{title}{f', annonserade {when}' if when and kind == 'statistik' else ''}: {count}")
    return titles


def _years(years: list[int]) -> str:
    years = sorted(set(years))
    if not years:
        return ""
    if len(years) == 1:
        return str(years[0])
    if years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}–{years[-1]}"
    return ", ".join(map(str, years[:-1])) + f" och {years[-1]}"
