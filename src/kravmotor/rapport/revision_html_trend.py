"""The revision report's trend: the indicators per year of the data, and against earlier runs of the same sources.

Only comparable figures are set side by side: years within this run's data, and earlier
runs in the same database with exactly the same sources (`revision.history`). Where there
is neither, the section says so in a sentence instead of showing an empty table.
"""

from __future__ import annotations

from html import escape

from ..revision.indicators import TOTAL, compare_indicators
from .revision_conclusion import plural
from .revision_report import NBSP, RevisionReport, format_change, format_result_value, format_target
from .revision_report import html_number as _count

DIRECTION_CLASS = {"bättre": "better", "sämre": "worse"}


def section(report: RevisionReport) -> str:
    parts = ['<section aria-labelledby="utveckling"><h2 id="utveckling">Utveckling</h2>', _per_year(report),
             _per_run(report), "</section>"]
    return "".join(parts)


def _per_year(report: RevisionReport) -> str:
    rows = [r for r in report.indicators if r.group.dimension == "år"]
    years = list(dict.fromkeys(r.group.name for r in rows))
    if len(years) < 2:
        only = f" ({escape(years[0])})" if years else ""
        return (f"<p>Underlaget har upphandlingar från ett år{only}. Utvecklingen år för år syns när underlaget "
                "spänner över flera år.</p>")
    values = {(r.id, r.group.name): r for r in rows}
    totals = [r for r in report.indicators if r.group.dimension == TOTAL]
    head = "".join(f'<th scope="col" class="num">{escape(y)}</th>' for y in years) + '<th scope="col" class="num">Mål</th>'
    body = "".join(
        f'<tr><th scope="row">{escape(t.id)} {escape(t.titel)}</th>'
        + "".join(f'<td class="num">{_value(values.get((t.id, y)))}</td>' for y in years)
        + f'<td class="num">{format_target(t.target, t.kind, NBSP)}</td></tr>'
        for t in totals)
    return ('<h3>Per år i underlaget</h3><p class="muted">Året är annonseringsdatumets.</p><div class="scroll">'
            f'<table><thead><tr><th scope="col">Indikator</th>{head}</tr></thead><tbody>{body}</tbody></table></div>')


def _per_run(report: RevisionReport) -> str:
    if not report.earlier:
        return ("<p>Databasen har ingen tidigare körning av samma underlag att jämföra med. Körs samma underlag igen "
                "(till exempel med nya regler) visas utvecklingen här.</p>")
    now = [r for r in report.indicators if r.group.dimension == TOTAL]
    latest = report.earlier[-1]
    movements = {m.id: m for m in compare_indicators(latest.totals, now)}
    head = "".join(f'<th scope="col" class="num">Körning {e.run_id}<br><span class="small">{escape(e.started[:10])}'
                   "</span></th>" for e in report.earlier)
    head += (f'<th scope="col" class="num">Den här körningen ({escape(report.run.run_id)})</th>'
             '<th scope="col" class="num">Förändring sedan förra</th><th scope="col">Bedömning</th>')
    body = []
    for r in now:
        before = [{x.id: x for x in e.totals}.get(r.id) for e in report.earlier]
        m = movements.get(r.id)
        change = format_change(m, NBSP) if m is not None else "–"
        direction = m.direction if m is not None else "–"
        body.append(f'<tr><th scope="row">{escape(r.id)} {escape(r.titel)}</th>'
                    + "".join(f'<td class="num">{_value(b)}</td>' for b in before)
                    + f'<td class="num">{_value(r)}</td><td class="num">{change}</td>'
                    f'<td class="{DIRECTION_CLASS.get(direction, "")}">{escape(direction)}</td></tr>')
    findings = _findings_change(report)
    return (f"<h3>Jämfört med tidigare körningar av samma underlag</h3><p class=\"muted\">"
            f"{plural(len(report.earlier), 'tidigare körning', 'tidigare körningar')} av samma underlag i databasen. "
            "Bedömningen utgår från målets riktning; utan mål är en förändring bara ”ändrat”.</p>"
            f'<div class="scroll"><table><thead><tr><th scope="col">Indikator</th>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table></div>{findings}")


def _findings_change(report: RevisionReport) -> str:
    latest = report.earlier[-1]
    now = report.findings.outcomes
    rows = []
    for outcome in ("fel", "varning", "bedömning krävs", "underlag saknas"):
        before, after = latest.outcomes.get(outcome, 0), now.get(outcome, 0)
        if before or after:
            delta = after - before
            sign = "+" if delta > 0 else ("−" if delta < 0 else "±")
            rows.append(f'<tr><th scope="row">{escape(outcome)}</th><td class="num">{_count(before)}</td>'
                        f'<td class="num">{_count(after)}</td><td class="num">{sign}{_count(abs(delta))}</td></tr>')
    if not rows:
        return ""
    return (f"<h3>Fynden jämfört med körning {latest.run_id}</h3><table class=\"narrow\"><thead><tr>"
            f'<th scope="col">Utfall</th><th scope="col" class="num">Körning {latest.run_id}</th>'
            f'<th scope="col" class="num">Den här körningen</th><th scope="col" class="num">Förändring</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def _value(result) -> str:
    if result is None:
        return "–"
    return format_result_value(result, NBSP) if result.value is not None else '<span class="muted">–</span>'


