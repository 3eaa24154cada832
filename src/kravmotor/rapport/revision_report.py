"""Revision reports: the board's indicators against targets, and the findings of a run.

Input is a `RevisionReport`: run metadata (`RunInfo`), the indicator results
from `kravmotor.revision.indicators.compute`, a findings summary (`FindingRow`:
document key, buyer, rule code, outcome) and optionally the targets (for the
plan's name and the indicators no document can carry).

    report = RevisionReport(run=RunInfo("42", start, slut, "0.1.0", ("statistik-2021.csv",)),
                            indicators=compute(docs, load_targets()), findings=rows, targets=targets)
    render_terminal(report, console, by_group=True)
    render_json(report); render_csv(report.indicators); revision_html.render_html(report)
    render_comparison_terminal(compare_indicators(old, new), console); render_comparison_json(...)

Numbers are Swedish: space between thousands, decimal comma, `%` after a space.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rich import box
from rich.console import Console, JustifyMethod
from rich.table import Table
from rich.text import Text

from .. import __version__
from ..formatting import format_number
from ..motor.findings import OUTCOMES
from ..revision.indicators import (
    COUNT, DIMENSION_TITLES, FOLLOWED, MEAN, MET, NOT_APPLICABLE, NOT_MET, STATUSES, TOTAL, UNDECIDED, UNSUPPORTED,
    IndicatorResult, Movement,
)
from ..revision.focus import Chosen
from ..revision.history import EarlierRun
from ..revision.ruleset import RuleChange, RulebookInfo
from ..revision.targets import Target, Targets


@dataclass(frozen=True)
class FindingRow:
    """One finding of a run, reduced to what the summaries count."""

    document: str  # the document's key in the run (id or file)
    buyer: str  # upphandlande myndighet
    kod: str  # rule code, e.g. PROP-01
    utfall: str  # one of kravmotor.motor.findings.OUTCOMES


@dataclass
class FindingSummary:
    """A run's findings counted per rule and per buyer: what the reports show, small whatever the run's size."""

    per_rule: dict[str, Counter] = field(default_factory=dict)  # kod → count per outcome
    per_buyer: dict[str, Counter] = field(default_factory=dict)  # buyer → count per outcome
    buyer_documents: dict[str, int] = field(default_factory=dict)  # buyer → documents with at least one finding

    @classmethod
    def of(cls, rows: Iterable[FindingRow]) -> FindingSummary:
        summary, documents = cls(), dict[str, set]()
        for row in rows:
            summary.add(row.buyer, row.kod, row.utfall)
            documents.setdefault(row.buyer, set()).add(row.document)
        summary.buyer_documents = {buyer: len(docs) for buyer, docs in documents.items()}
        return summary

    def add(self, buyer: str, kod: str, utfall: str, count: int = 1) -> None:
        self.per_rule.setdefault(kod, Counter())[utfall] += count
        self.per_buyer.setdefault(buyer, Counter())[utfall] += count

    @property
    def outcomes(self) -> Counter:
        return sum(self.per_rule.values(), Counter())

    @property
    def total(self) -> int:
        return sum(sum(c.values()) for c in self.per_rule.values())


@dataclass(frozen=True)
class RunInfo:
    run_id: str
    started: dt.datetime | str
    finished: dt.datetime | str | None
    rule_set_version: str
    sources: tuple[str, ...] = ()


@dataclass
class RevisionReport:
    run: RunInfo
    indicators: list[IndicatorResult]
    findings: FindingSummary = field(default_factory=FindingSummary)
    targets: Targets | None = None
    rule_titles: dict[str, str] = field(default_factory=dict)  # kod → titel, for the findings tables
    documents: int | None = None  # procurements in the run, if not the indicators' total
    focus: Chosen | None = None  # the one upphandlande myndighet the report is about (--myndighet)
    everyone: list[IndicatorResult] = field(default_factory=list)  # every buyer's totals, beside the chosen one's
    rulebook: RulebookInfo | None = None
    rule_change: RuleChange | None = None  # against the latest earlier run of the same sources
    earlier: list[EarlierRun] = field(default_factory=list)  # earlier runs of the same sources, oldest first
    source_titles: tuple[str, ...] = ()  # the sources as a reader names them (never a path)
    buyer_numbers: dict[str, str] = field(default_factory=dict)  # buyer name → organisationsnummer
    buyers: tuple[tuple[str | None, str | None], ...] = ()  # every (name, organisationsnummer) of the run's buyers
    buyer_documents: dict[str, int] = field(default_factory=dict)  # buyer → documents read
    undecided_rules: dict[str, int] = field(default_factory=dict)  # buyer → (rule, document) pairs not decided


def finding_rows(document: str, buyer: str, findings: Iterable) -> list[FindingRow]:
    """FindingRows for one checked document (`findings`: its Fynd list)."""
    return [FindingRow(document, buyer, f.kod, f.utfall) for f in findings]


# --- Swedish numbers -----------------------------------------------------------------


NBSP = "\u00a0"  # the thousands separator in HTML: a number never breaks across lines


def html_number(value: float | int, decimals: int = 0) -> str:
    """`number` for an HTML page."""
    return number(value, decimals, NBSP)


def number(value: float | int, decimals: int = 0, space: str = " ") -> str:
    """`12345.67` → `12 345,7` with one decimal; `space` is the thousands separator."""
    rounded = round(float(value), decimals)
    if decimals == 0:
        text = format_number(int(rounded))
    else:
        whole, _, fraction = f"{abs(rounded):.{decimals}f}".partition(".")
        text = ("-" if rounded < 0 else "") + format_number(int(whole)) + "," + fraction
    return text.replace(" ", space)


def format_result_value(result: IndicatorResult, space: str = " ") -> str:
    """The value; a share with unknowns is the span from all unknowns counted as no to all as yes."""
    if result.value is None:
        return "–"
    if result.is_range and result.low is not None and result.high is not None:
        return f"{number(result.low, 1, space)}–{number(result.high, 1, space)}{space}%"
    if result.kind == COUNT:
        return number(result.value, 0, space)
    if result.kind == MEAN:
        return number(result.value, 1, space)
    return f"{number(result.value, 1, space)}{space}%"


def format_target(target: Target | None, kind: str, space: str = " ") -> str:
    if target is None or not target.has_goal or target.value is None:
        return "följs"
    value = float(target.value)
    decimals = 0 if value == int(value) else 1
    text = number(value, decimals, space)
    return f"{target.comparison}{space}{text}" + (f"{space}%" if kind not in (COUNT, MEAN) else "")


def format_change(movement: Movement, space: str = " ") -> str:
    if movement.change is None:
        return "–"
    sign = "+" if movement.change > 0 else ("−" if movement.change < 0 else "±")
    magnitude = abs(movement.change)
    if movement.kind == COUNT:
        return f"{sign}{number(magnitude, 0, space)}"
    if movement.kind == MEAN:
        return f"{sign}{number(magnitude, 1, space)}{space}anbud"
    return f"{sign}{number(magnitude, 1, space)}{space}procentenheter"


def coverage(result: IndicatorResult) -> str:
    return f"{number(result.known)} av {number(result.documents)}"


def format_when(value: dt.datetime | str | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


# --- findings summaries ----------------------------------------------------------------


def findings_per_rule(summary: FindingSummary) -> list[tuple[str, Counter]]:
    """(kod, counts per outcome), most findings first."""
    return sorted(summary.per_rule.items(), key=lambda item: (-sum(item[1].values()), item[0]))


def findings_per_buyer(summary: FindingSummary, top: int | None = None) -> list[tuple[str, Counter, int]]:
    """(buyer, counts per outcome, documents with findings) in name order: never a ranking, which by the count of
    findings would rank buyers by how much data their source lacks (*underlag saknas*)."""
    ordered = sorted(summary.per_buyer.items(), key=lambda item: item[0].casefold())
    return [(buyer, counts, summary.buyer_documents.get(buyer, 0)) for buyer, counts in ordered[:top]]


def status_counts(results: Iterable[IndicatorResult]) -> dict[str, int]:
    counter = Counter(r.status for r in results if r.group.dimension == TOTAL)
    return {status: counter[status] for status in STATUSES if counter[status]}


# --- terminal ----------------------------------------------------------------------------

WIDE = 110  # columns from which the indicators are a table
STATUS_STYLE = {MET: "bold green", NOT_MET: "bold red", UNDECIDED: "yellow", NOT_APPLICABLE: "magenta", FOLLOWED: "blue",
                UNSUPPORTED: "dim"}


def render_terminal(report: RevisionReport, console: Console, by_group: bool = False, header: bool = True) -> None:
    """The indicators in total (and per group with `by_group`), then what the data cannot support.

    `header=False` leaves out the run's heading, for when a run summary was printed just before.
    """
    run = report.run
    from .revision_conclusion import conclusion, rule_version_text  # it builds on this module

    if header:
        console.rule(Text(f"Revision, körning {run.run_id}", style="bold"), align="left")
        console.print(f"Start {format_when(run.started)}, slut {format_when(run.finished)}, regelversion {run.rule_set_version}")
        if run.sources:
            console.print("Källor: " + ", ".join(run.sources), markup=False)
    console.print(rule_version_text(report), markup=False)
    if report.focus is not None:
        number_text = f" ({report.focus.organisationsnummer})" if report.focus.organisationsnummer else ""
        console.print(f"Myndighet: {report.focus.namn}{number_text}, {number(report.documents or 0)} upphandlingar",
                      markup=False)
    if report.targets is not None:
        console.print(f"Mål: {report.targets.name}", markup=False)
        console.print(scope_text(report.targets), markup=False)
    totals = [r for r in report.indicators if r.group.dimension == TOTAL]
    everyone = {r.id: r for r in report.everyone}
    heading = f"Indikatorer, {'alla upphandlingar' if report.focus is None else report.focus.namn}"
    console.print()
    if console.width >= WIDE:
        table = _table(heading)
        columns: list[tuple[str, JustifyMethod]] = [("Id", "left"), ("Indikator", "left"), ("Värde", "right")]
        columns += [("Alla myndigheter", "right")] if everyone else []
        for name, justify in columns + [("Mål", "right"), ("Status", "left"), ("Känt i", "right")]:
            table.add_column(name, justify=justify, no_wrap=name != "Indikator")
        for r in totals:
            beside = [format_result_value(everyone[r.id]) if r.id in everyone else "–"] if everyone else []
            table.add_row(r.id, r.titel, format_result_value(r), *beside, format_target(r.target, r.kind),
                          Text(r.status, style=STATUS_STYLE[r.status]), coverage(r))
        console.print(table)
    else:  # a table this wide squeezes the titles to a word per line: two lines per indicator instead
        console.print(Text(heading, style="italic"))
        for r in totals:
            console.print(Text.assemble(f"  {r.id} ", (r.titel, "bold")))
            goal = f", mål {format_target(r.target, r.kind)}" if r.target is not None and r.target.has_goal else ""
            all_buyers = f", alla myndigheter {format_result_value(everyone[r.id])}" if r.id in everyone else ""
            console.print(Text.assemble(f"      {format_result_value(r)}{goal}: ", (r.status, STATUS_STYLE[r.status]),
                                        f" (känt i {coverage(r)}){all_buyers}"))
    if by_group:
        for indicator_id in dict.fromkeys(r.id for r in report.indicators):
            rows = [r for r in report.indicators if r.id == indicator_id]
            table = _table(f"{indicator_id} {rows[0].titel}")
            for name, justify in (("Grupp", "left"), ("Värde", "right"), ("Mål", "right"), ("Status", "left"),
                                  ("Känt i", "right")):
                table.add_column(name, justify=justify, no_wrap=name in ("Värde", "Mål", "Status"))
            dimension = None
            for r in rows:
                if r.group.dimension != dimension:  # a heading row per grouping rather than a column repeating it
                    dimension = r.group.dimension
                    table.add_row(Text(DIMENSION_TITLES[dimension], style="italic"))
                table.add_row(f"  {r.group.title}", format_result_value(r), format_target(r.target, r.kind),
                              Text(r.status, style=STATUS_STYLE[r.status]), coverage(r))
            console.print(table)
    notes: dict[tuple, list[str]] = {}  # the same remark on one group once, naming every indicator it is about
    for r in report.indicators:
        if r.explanation and (by_group or r.group.dimension == TOTAL):
            notes.setdefault((r.group, r.explanation), []).append(r.id)
    if notes:
        console.print(Text("\nAnmärkningar", style="bold"))
        for (group, explanation), ids in notes.items():
            where = "" if group.dimension == TOTAL else f" ({group.title})"
            console.print(f"  {', '.join(ids)}{where}: {explanation}", markup=False)
    if report.findings.per_rule:
        console.print()
        table = _table("Fynd per regel (de tio vanligaste)")
        table.add_column("Regel", no_wrap=True)
        table.add_column("Antal", justify="right", no_wrap=True)
        table.add_column("Utfall")
        table.add_column("Titel")
        for kod, counts in findings_per_rule(report.findings)[:10]:
            outcomes = ", ".join(f"{number(counts[o])} {o}" for o in OUTCOMES if counts[o])
            table.add_row(kod, number(sum(counts.values())), outcomes, report.rule_titles.get(kod, ""))
        console.print(table)
    console.print(Text("\nSlutsats", style="bold"))
    for paragraph in conclusion(report):
        console.print(paragraph, markup=False)


def scope_text(targets: Targets) -> str:
    """Whom and when the targets apply to, or the notice that the file does not say."""
    return targets.scope.notice or targets.scope.describe()


def _table(title: str) -> Table:
    """A light table: no vertical rules, so that an 80-column terminal keeps room for the words."""
    return Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, padding=(0, 1))


def render_comparison_terminal(movements: Sequence[Movement], console: Console, by_group: bool = False,
                               before_label: str = "Före", after_label: str = "Efter") -> None:
    style = {"bättre": "green", "sämre": "red"}
    shown = [m for m in movements if by_group or m.group.dimension == TOTAL]
    if console.width < WIDE:  # as for the indicators: two lines each rather than a squeezed table
        console.print(Text(f"Indikatorernas förändring ({before_label} → {after_label})", style="italic"))
        for m in shown:
            target = _result(m).target
            group = f" ({m.group.title})" if m.group.dimension != TOTAL else ""
            goal = f", mål {format_target(target, m.kind)}" if target is not None and target.has_goal else ""
            console.print(Text.assemble(f"  {m.id} ", (m.titel + group, "bold")))
            console.print(Text.assemble(f"      {_status_value(m.before)} → {_status_value(m.after)}: {format_change(m)}, ",
                                        (m.direction, style.get(m.direction, "")), goal))
        return
    table = _table("Indikatorernas förändring")
    columns: list[tuple[str, JustifyMethod]] = [("Id", "left"), ("Indikator", "left")]
    columns += [("Grupp", "left")] if by_group else []
    columns += [(before_label, "right"), (after_label, "right"), ("Förändring", "right"), ("Mål", "right"),
                ("Bedömning", "left")]
    for name, justify in columns:
        table.add_column(name, justify=justify, no_wrap=name in ("Förändring", "Mål", "Bedömning"))
    for m in shown:
        target = _result(m).target
        cells: list[str | Text] = [m.id, m.titel]
        cells += [f"{DIMENSION_TITLES[m.group.dimension]}: {m.group.title}"] if by_group else []
        cells += [_status_value(m.before), _status_value(m.after), format_change(m), format_target(target, m.kind),
                  Text(m.direction, style=style.get(m.direction, ""))]
        table.add_row(*cells)
    console.print(table)


def _result(m: Movement) -> IndicatorResult:
    """The indicator after, or before when it is gone: a movement has one or both."""
    result = m.after or m.before
    assert result is not None
    return result


def _status_value(result: IndicatorResult | None) -> str:
    if result is None:
        return "–"
    if result.value is None:
        return result.status
    return f"{format_result_value(result)} ({result.status})"


# --- JSON and CSV --------------------------------------------------------------------------


def _target_json(target: Target | None) -> dict | None:
    if target is None:
        return None
    return {
        "jämförelse": target.comparison,
        "värde": float(target.value) if target.value is not None else None,
        "period": target.period,
        "utgångsvärde": target.baseline,
        "källa": target.source,
        "anmärkningar": list(target.notes),
    }


def result_json(r: IndicatorResult) -> dict:
    data = {
        "id": r.id,
        "titel": r.titel,
        "slag": r.kind,
        "enhet": r.unit,
        "gruppering": r.group.dimension,
        "grupp": r.group.title,
        "upphandlingar": r.documents,
        "kända": r.known,
        "täljare": round(r.numerator, 6) if isinstance(r.numerator, float) else r.numerator,
        "nämnare": r.denominator,
        "värde": round(r.value, 6) if r.value is not None else None,
        "lägst": round(r.low, 6) if r.low is not None else None,
        "högst": round(r.high, 6) if r.high is not None else None,
        "mål": _target_json(r.target),
        "status": r.status,
        "förklaring": r.explanation,
    }
    if r.missing_fact:
        data["saknad_uppgift"] = {"uppgift": r.missing_fact, "fält": list(r.missing_fields)}
    return data


def _rounded(value: float | None) -> float | None:
    return round(value, 6) if value is not None else None


def _counts(counter: Counter) -> dict[str, int]:
    return {o: counter[o] for o in OUTCOMES if counter[o]}


def render_json(report: RevisionReport) -> str:
    from .revision_conclusion import conclusion, decided_share, rule_version_text  # it builds on this module

    run = report.run
    rules = report.rulebook
    focus = report.focus
    data = {
        "kravmotor": __version__,
        "körning": {"id": run.run_id, "start": format_when(run.started), "slut": format_when(run.finished),
                    "regelversion": run.rule_set_version, "källor": list(run.sources)},
        "slutsats": conclusion(report),
        "underlag": list(report.source_titles),
        "regler": {"version": run.rule_set_version, "datum": rules.date if rules else None,
                   "antal": rules.rules if rules else None, "beskrivning": rule_version_text(report)},
        "myndighet": ({"namn": focus.namn, "organisationsnummer": focus.organisationsnummer, "upphandlingar": report.documents,
                       "alla_myndigheter": [result_json(r) for r in report.everyone]} if focus is not None else None),
        "tidigare_körningar": [{"id": e.run_id, "start": e.started, "fynd": _counts(e.outcomes),
                                "indikatorer": [{"id": r.id, "värde": round(r.value, 6) if r.value is not None else None,
                                                 "status": r.status} for r in e.totals]} for e in report.earlier],
        "mål": ({"namn": report.targets.name, "källa": report.targets.source, "fil": report.targets.file,
                 **report.targets.scope.to_json()} if report.targets is not None else None),
        "indikatorer": [result_json(r) for r in report.indicators],
        "ej_mätbara": ([{"id": u.id, "titel": u.titel, "skäl": u.reason} for u in report.targets.unmeasurable]
                       if report.targets is not None else []),
        "fynd": {
            "totalt": _counts(report.findings.outcomes),
            "per_regel": [{"kod": kod, "titel": report.rule_titles.get(kod), "utfall": _counts(c), "totalt": sum(c.values())}
                          for kod, c in findings_per_rule(report.findings)],
            "per_myndighet": [{"myndighet": buyer, "underlag": docs, "utfall": _counts(c), "totalt": sum(c.values()),
                               "kunde_avgöras": _rounded(decided_share(report, [buyer]))}
                              for buyer, c, docs in findings_per_buyer(report.findings, top=None)],
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


CSV_COLUMNS = ("id", "titel", "gruppering", "grupp", "upphandlingar", "kända", "täljare", "nämnare", "värde", "lägst",
               "högst", "enhet", "mål", "status", "förklaring")


def render_csv(results: Sequence[IndicatorResult]) -> str:
    """One row per indicator per group; semicolon-separated with decimal comma, as Swedish spreadsheets read it."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in results:
        numerator = number(r.numerator, 1 if r.kind == MEAN else 0, "")
        value, low, high = ("" if v is None else number(v, 0 if r.kind == COUNT else 2, "") for v in (r.value, r.low, r.high))
        writer.writerow([r.id, r.titel, r.group.dimension, r.group.title, r.documents, r.known, numerator,
                         r.denominator, value, low, high, r.unit, format_target(r.target, r.kind), r.status,
                         r.explanation or ""])
    return out.getvalue()


def movements_json(movements: Sequence[Movement]) -> list[dict]:
    """Each indicator's movement, in total and per group, as JSON-ready dicts."""
    def side(result: IndicatorResult | None) -> dict | None:
        if result is None:
            return None
        return {"värde": round(result.value, 6) if result.value is not None else None, "status": result.status,
                "täljare": result.numerator, "nämnare": result.denominator}

    return [{
        "id": m.id, "titel": m.titel, "enhet": m.unit, "gruppering": m.group.dimension, "grupp": m.group.title,
        "före": side(m.before), "efter": side(m.after),
        "förändring": round(m.change, 6) if m.change is not None else None, "bedömning": m.direction,
    } for m in movements]


def render_comparison_json(movements: Sequence[Movement], before: RunInfo | None = None,
                           after: RunInfo | None = None) -> str:
    data = {
        "kravmotor": __version__,
        "före": before.run_id if before else None,
        "efter": after.run_id if after else None,
        "indikatorer": movements_json(movements),
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


__all__ = [
    "FindingRow", "FindingSummary", "RunInfo", "RevisionReport", "finding_rows", "render_terminal", "render_json", "render_csv",
    "render_comparison_terminal", "render_comparison_json", "movements_json", "findings_per_rule", "findings_per_buyer",
    "format_result_value", "format_target", "format_change", "number", "status_counts",
]
