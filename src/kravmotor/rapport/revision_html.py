"""The revision report as one self-contained HTML file for the board.

Inline CSS and inline SVG only: no scripts, no fonts or images fetched, so the
file can be mailed, archived and opened offline. Sections: summary, each
indicator against its target (bars with the target line, in total, per year and
per upphandlingsslag), indicators per upphandlande myndighet, findings per rule,
findings per myndighet (top 20), and what the data cannot support.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from html import escape

from .. import __version__
from ..motor.findings import OUTCOMES
from ..revision.indicators import (
    COUNT, DIMENSION_TITLES, FOLLOWED, LOT_SHARE, MEAN, MET, NOT_APPLICABLE, NOT_MET, STATUSES, TOTAL, UNDECIDED, UNSUPPORTED,
    IndicatorResult,
)
from .revision_report import (
    RevisionReport, findings_per_buyer, format_when, findings_per_rule, format_result_value, format_target, number,
    scope_text, status_counts,
)

NBSP = "\u00a0"

STATUS_CLASS = {MET: "met", NOT_MET: "notmet", UNDECIDED: "undecided", NOT_APPLICABLE: "outside", FOLLOWED: "followed",
                UNSUPPORTED: "unknown"}
STATUS_COLOUR = {MET: "#1e7b3c", NOT_MET: "#c0392b", UNDECIDED: "#b7791f", NOT_APPLICABLE: "#7a5c99", FOLLOWED: "#3d6a99",
                 UNSUPPORTED: "#9aa0a6"}
OUTCOME_COLOUR = {"fel": "#c0392b", "varning": "#e08a00", "bedömning krävs": "#7b3fa0", "underlag saknas": "#9aa0a6",
                  "motiverad avvikelse": "#138086", "info": "#3d6a99"}

CSS = """
:root { --ink:#1f2328; --muted:#5f6670; --line:#d8dde3; --bg:#f6f7f9; }
* { box-sizing: border-box; }
body { margin:0; font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color:var(--ink); background:#fff;
       font-size:15px; line-height:1.45; }
main { max-width: 1100px; margin: 0 auto; padding: 28px 32px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 16px; margin: 0 0 8px; }
p.lead { color: var(--muted); margin: 0 0 18px; }
dl.meta { display:grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 8px;
          background: var(--bg); padding: 12px 16px; border-radius: 6px; }
dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; }
th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; }
th { font-weight: 600; background: var(--bg); font-size: 13px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.id { white-space: nowrap; font-weight: 600; }
.chip { display:inline-block; padding: 1px 9px; border-radius: 10px; font-size: 13px; font-weight: 600;
        white-space: nowrap; border: 1px solid transparent; }
.chip.met { background:#e3f3e8; color:#1e7b3c; border-color:#9fd3b0; }
.chip.notmet { background:#fbe7e4; color:#a93226; border-color:#efb2a9; }
.chip.undecided { background:#fdf1dc; color:#8a5a0f; border-color:#f0cf8f; }
.chip.outside { background:#f0eaf6; color:#5e4678; border-color:#cdbde0; }
.chip.followed { background:#e7eef6; color:#2f5580; border-color:#b4c8de; }
.chip.unknown { background:#eeeff1; color:#5f6670; border-color:#c9cdd2; font-style: italic; }
.summary { display:flex; gap: 10px; flex-wrap: wrap; margin: 10px 0 4px; }
.summary .box { border:1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 150px; }
.summary .box b { display:block; font-size: 24px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px 10px; margin: 0 0 16px;
        break-inside: avoid; }
.card .head { display:flex; justify-content: space-between; align-items: baseline; gap: 12px; }
.card .about { color: var(--muted); font-size: 13px; margin: 4px 0 0; }
.card .about ul { margin: 2px 0 0 18px; padding: 0; }
.legend { display:flex; gap: 14px; flex-wrap: wrap; font-size: 13px; color: var(--muted); margin: 4px 0 12px; }
.legend span::before { content:""; display:inline-block; width: 11px; height: 11px; border-radius: 2px;
                        margin-right: 5px; vertical-align: -1px; background: var(--c); }
.matrix td, .matrix th { font-size: 13px; padding: 4px 6px; }
.matrix td.cell { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.matrix td.met { background:#e3f3e8; } .matrix td.notmet { background:#fbe7e4; }
.matrix td.undecided { background:#fdf1dc; } .matrix td.outside { background:#f0eaf6; }
.matrix td.unknown { color:#9aa0a6; font-style: italic; }
.muted { color: var(--muted); }
table.findings th.num { white-space: normal; width: 68px; font-size: 12px; }
table.findings td:first-child { min-width: 300px; }
footer { margin-top: 36px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
svg text { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
@media print { main { padding: 0; } h2 { break-after: avoid; } }
"""


def _n(value: float | int, decimals: int = 0) -> str:
    return number(value, decimals, NBSP)


def _chip(status: str) -> str:
    return f'<span class="chip {STATUS_CLASS[status]}">{escape(status)}</span>'


def render_html(report: RevisionReport) -> str:
    results = report.indicators
    totals = [r for r in results if r.group.dimension == TOTAL]
    documents = report.documents if report.documents is not None else (totals[0].documents if totals else 0)
    plan = escape(report.targets.name) if report.targets is not None else "utan mål"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="sv"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Revisionsrapport, körning {escape(report.run.run_id)}</title>",
        f"<style>{CSS}</style></head><body><main>",
        "<h1>Revisionsrapport: nämndens indikatorer</h1>",
        f'<p class="lead">Upphandlingarna i körning {escape(report.run.run_id)} mätta mot målen i {plan}.</p>',
        _meta(report, documents),
        _summary(totals),
        _overview(totals),
        '<h2 id="indikatorer">Indikatorerna mot målen</h2>',
        '<p class="muted">Staplarna visar värdet för alla upphandlingar, per år och per upphandlingsslag. '
        "Den streckade linjen är målet. När uppgiften saknas för en del upphandlingar är andelen ett spann: "
        "den fyllda stapeln räknar dem som nej, den ljusa delen visar hur långt de kan dra om alla är ja.</p>",
        _legend(),
        *(_card([r for r in results if r.id == t.id]) for t in totals),
        _per_buyer(results),
        _findings_per_rule(report),
        _findings_per_buyer(report),
        _unsupported(report),
        f"<footer>Skapad av kravmotor {escape(__version__)}. Målen är lokala (nämndplanen) och bekräftade bara "
        "i nämndplanen; anmärkningarna under varje indikator säger var den är oklar.</footer>",
        "</main></body></html>",
    ]
    return "\n".join(p for p in parts if p)


def _meta(report: RevisionReport, documents: int) -> str:
    run = report.run
    rows = [("Körning", run.run_id), ("Start", format_when(run.started)), ("Slut", format_when(run.finished)),
            ("Regelversion", run.rule_set_version), ("Upphandlingar", _n(documents)),
            ("Källor", ", ".join(run.sources) or "–")]
    if report.targets is not None:
        rows.append(("Målfil", report.targets.file.rsplit("/", 1)[-1]))
        rows.append(("Målen gäller", scope_text(report.targets)))
    return '<dl class="meta">' + "".join(f"<dt>{escape(k)}</dt><dd>{escape(str(v))}</dd>" for k, v in rows) + "</dl>"


def _summary(totals: Sequence[IndicatorResult]) -> str:
    counts = status_counts(totals)
    labels = {MET: "mål uppfyllda", NOT_MET: "mål inte uppfyllda", UNDECIDED: "kan inte avgöras",
              NOT_APPLICABLE: "mål som inte gäller upphandlingarna", FOLLOWED: "redovisas utan bedömning",
              UNSUPPORTED: "underlaget räcker inte"}
    boxes = "".join(f'<div class="box"><b style="color:{STATUS_COLOUR[s]}">{counts[s]}</b>{labels[s]}</div>'
                    for s in STATUSES if s in counts)
    return f'<h2 id="sammanfattning">Sammanfattning</h2><div class="summary">{boxes}</div>'


def _overview(totals: Sequence[IndicatorResult]) -> str:
    rows = "".join(
        f'<tr><td class="id">{escape(r.id)}</td><td>{escape(r.titel)}</td>'
        f'<td class="num">{format_result_value(r, NBSP)}</td><td class="num">{format_target(r.target, r.kind, NBSP)}</td>'
        f'<td class="num muted">{_counted(r)}</td>'
        f'<td>{_chip(r.status)}</td><td class="num">{_n(r.known)} av {_n(r.documents)}</td></tr>'
        for r in totals)
    return ('<table><thead><tr><th>Id</th><th>Indikator</th><th class="num">Värde</th><th class="num">Mål</th>'
            '<th class="num">Räknat på</th><th>Status</th><th class="num">Uppgift känd för</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>")


def _counted(r: IndicatorResult) -> str:
    if r.value is None:
        return "–"
    if r.kind in (COUNT, MEAN):
        return f"{_n(r.denominator)} upphandlingar"
    noun = "anbudsområden" if r.kind == LOT_SHARE else "upphandlingar"
    if r.is_range:
        return f"{_n(r.numerator)} ja, {_n(r.documents - r.known)} okända"  # of all: the next column says how many
    return f"{_n(r.numerator)} av {_n(r.denominator)} {noun}"


def _legend() -> str:
    items = [(MET, "uppfyllt"), (NOT_MET, "inte uppfyllt"), (UNDECIDED, "kan inte avgöras"),
             (NOT_APPLICABLE, "målet gäller inte gruppen"), (FOLLOWED, "följs (inget mål)"),
             (UNSUPPORTED, "underlaget räcker inte")]
    return '<div class="legend">' + "".join(
        f'<span style="--c:{STATUS_COLOUR[s]}">{escape(label)}</span>' for s, label in items) + "</div>"


def _card(rows: list[IndicatorResult]) -> str:
    total = rows[0]
    target = total.target
    about = []
    if target is not None:
        facts = [f"Mål: {format_target(target, total.kind, NBSP)}" + (f" ({target.period})" if target.period else "")]
        if target.baseline:
            facts.append(f"utgångsvärde {target.baseline}")
        about.append("; ".join(escape(f) for f in facts) + ".")
        if target.source:
            about.append(f"Källa: {escape(target.source)}.")
    else:
        about.append("Inget mål i målfilen: indikatorn följs.")
    notes = "".join(f"<li>{escape(n)}</li>" for n in (target.notes if target else ()))
    chart_rows = [r for r in rows if r.group.dimension in (TOTAL, "år", "upphandlingsslag")]
    coverage = f"uppgift känd för {_n(total.known)} av {_n(total.documents)} upphandlingar"
    return (f'<section class="card" id="{escape(total.id)}"><div class="head"><h3>{escape(total.id)} {escape(total.titel)}</h3>'
            f'<div>{_chip(total.status)}</div></div>'
            f"{_chart(chart_rows) if any(r.value is not None for r in chart_rows) else ''}"
            f'<div class="about">{" ".join(about)} Värdet för alla upphandlingar: {format_result_value(total, NBSP)}, '
            f"{coverage}.{f' {escape(total.explanation)}' if total.explanation else ''}"
            f'{f"<ul>{notes}</ul>" if notes else ""}</div></section>')


def _chart(rows: list[IndicatorResult]) -> str:
    """Horizontal bars, one per group, coloured by status, with the target as a dashed line."""
    width, bar_x, bar_w, row_h, top = 860, 210, 400, 24, 24
    value_x, count_x = 716, 728  # right edge of the value column, left edge of the 'x av y' column
    target = rows[0].target
    kind = rows[0].kind
    goal = float(target.value) if target is not None and target.has_goal and target.value is not None else None
    if kind in (COUNT, MEAN):
        peak = max([r.value for r in rows if r.value is not None] + ([goal] if goal is not None else []) + [1.0])
        step = _nice_step(peak * 1.1, integer=kind == COUNT)
        scale_max = step * -(-peak * 1.1 // step)
    else:
        step, scale_max = 25.0, 100.0
    lines: list[tuple[str, IndicatorResult | None]] = []
    previous = None
    for row in rows:
        if row.group.dimension != previous and row.group.dimension != TOTAL:
            lines.append((DIMENSION_TITLES[row.group.dimension], None))
        previous = row.group.dimension
        lines.append((row.group.title, row))
    height = top + row_h * len(lines) + 22
    out = [f'<svg role="img" aria-label="{escape(rows[0].id)} per grupp" viewBox="0 0 {width} {height}" '
           f'width="100%" style="max-width:{width}px">']
    # grid and axis ticks
    for i in range(round(scale_max / step) + 1):
        tick = i * step
        x = bar_x + bar_w * tick / scale_max
        out.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 20}" stroke="#e3e6ea"/>')
        label = f"{_n(tick)}{NBSP}%" if kind not in (COUNT, MEAN) else _n(tick, 0 if tick == int(tick) else 1)
        out.append(f'<text x="{x:.1f}" y="{height - 6}" font-size="11" fill="#5f6670" text-anchor="middle">{label}</text>')
    y = top
    for label, r in lines:
        if r is None:
            out.append(f'<text x="0" y="{y + 16}" font-size="12" font-weight="600" fill="#5f6670">{escape(label)}</text>')
            y += row_h
            continue
        weight = ' font-weight="600"' if r.group.dimension == TOTAL else ""
        indent = 0 if r.group.dimension == TOTAL else 12
        out.append(f'<text x="{indent}" y="{y + 16}" font-size="13"{weight} fill="#1f2328">{escape(_clip(label, 26))}</text>')
        if r.value is None:
            out.append(f'<rect x="{bar_x}" y="{y + 4}" width="{bar_w}" height="{row_h - 8}" fill="#f1f2f4" '
                       f'stroke="#c9cdd2" stroke-dasharray="3 3"/>')
            out.append(f'<text x="{bar_x + 8}" y="{y + 16}" font-size="12" font-style="italic" fill="#5f6670">'
                       "underlaget räcker inte</text>")
        else:
            solid = r.low if r.is_range and r.low is not None else r.value
            length = max(bar_w * min(solid, scale_max) / scale_max, 1.5)
            if r.is_range and r.high is not None:  # what the unknown procurements could add: pale, up to "all of them yes"
                span = bar_w * (min(r.high, scale_max) - min(solid, scale_max)) / scale_max
                out.append(f'<rect x="{bar_x + length:.1f}" y="{y + 4}" width="{span:.1f}" height="{row_h - 8}" rx="2" '
                           f'fill="{STATUS_COLOUR[r.status]}" fill-opacity="0.25"/>')
            out.append(f'<rect x="{bar_x}" y="{y + 4}" width="{length:.1f}" height="{row_h - 8}" rx="2" '
                       f'fill="{STATUS_COLOUR[r.status]}"/>')
            out.append(f'<text x="{value_x}" y="{y + 16}" font-size="13" text-anchor="end" fill="#1f2328"{weight}>'
                       f"{format_result_value(r, NBSP)}</text>")
            if r.kind not in (COUNT, MEAN):
                of = r.documents if r.is_range else r.denominator  # a span is over all, the unknown included
                out.append(f'<text x="{count_x}" y="{y + 16}" font-size="12" fill="#5f6670">'
                           f"{_n(r.numerator)} av {_n(of)}</text>")
        y += row_h
    if goal is not None:
        x = bar_x + bar_w * min(goal, scale_max) / scale_max
        out.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 20}" stroke="#1f2328" '
                   'stroke-width="2" stroke-dasharray="6 4"/>')
        anchor = "end" if x > bar_x + bar_w * 0.8 else "start"
        dx = -5 if anchor == "end" else 5
        out.append(f'<text x="{x + dx:.1f}" y="{top - 10}" font-size="12" font-weight="600" text-anchor="{anchor}" '
                   f'fill="#1f2328">mål {format_target(target, kind, NBSP)}</text>')
    out.append("</svg>")
    return "".join(out)


def _nice_step(span: float, integer: bool) -> float:
    """A round tick step giving at most five intervals up to `span` (whole numbers for counts)."""
    steps = [1, 2, 5] if integer else [0.5, 1, 2, 5]
    scale = 1
    while True:
        for base in steps:
            if span <= base * scale * 5:
                return float(base * scale)
        scale *= 10


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _per_buyer(results: Sequence[IndicatorResult]) -> str:
    buyers = [r for r in results if r.group.dimension == "myndighet"]
    if not buyers:
        return ""
    ids = list(dict.fromkeys(r.id for r in results))
    titles = {r.id: r.titel for r in results}
    cells = {(r.group.name, r.id): r for r in buyers}
    names = list(dict.fromkeys(r.group.name for r in buyers))
    head = "".join(f'<th class="num" title="{escape(titles[i])}">{escape(i)}</th>' for i in ids)
    body = []
    for name in names:
        row = [f"<td>{escape(name)}</td>"]
        for i in ids:
            r = cells.get((name, i))
            if r is None or r.value is None:
                row.append('<td class="cell unknown" title="underlaget räcker inte">–</td>')
            else:
                row.append(f'<td class="cell {STATUS_CLASS[r.status]}" title="{escape(r.status)}, uppgift känd för '
                           f'{r.known} av {r.documents}">{format_result_value(r, NBSP)}</td>')
        body.append("<tr>" + "".join(row) + "</tr>")
    key = "; ".join(f"{escape(i)} {escape(titles[i])}" for i in ids)
    return ('<h2 id="per-myndighet">Indikatorerna per upphandlande myndighet</h2>'
            '<p class="muted">Grönt: målet uppfyllt, rött: inte uppfyllt, gult: kan inte avgöras, '
            "lila: målet gäller inte myndigheten eller åren, ofärgat: följs utan mål, streck: underlaget räcker inte. "
            "Antalsmål (I-12) gäller hela nämnden och "
            "prövas inte per myndighet.</p>"
            f'<table class="matrix"><thead><tr><th>Upphandlande myndighet</th>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table><p class="muted" style="font-size:12px">{key}.</p>')


def _stack(counts: Counter, scale: int, width: int = 220) -> str:
    x = 0.0
    parts = []
    for outcome in OUTCOMES:
        if counts[outcome]:
            w = width * counts[outcome] / scale
            parts.append(f'<rect x="{x:.1f}" y="2" width="{w:.1f}" height="12" fill="{OUTCOME_COLOUR[outcome]}">'
                         f"<title>{escape(outcome)}: {counts[outcome]}</title></rect>")
            x += w
    return (f'<svg viewBox="0 0 {width} 16" width="{width}" height="16" role="img" '
            f'aria-label="fördelning per utfall">{"".join(parts)}</svg>')


def _outcome_legend() -> str:
    return '<div class="legend">' + "".join(
        f'<span style="--c:{OUTCOME_COLOUR[o]}">{escape(o)}</span>' for o in OUTCOMES) + "</div>"


def _findings_table(first: str, rows: list[tuple[str, str, Counter]], extra_head: str = "") -> str:
    if not rows:
        return '<p class="muted">Körningen har inga fynd.</p>'
    scale = max(sum(c.values()) for _, _, c in rows)
    head = "".join(f'<th class="num">{escape(o)}</th>' for o in OUTCOMES)
    body = "".join(
        f"<tr><td>{label}</td>{extra}"
        + "".join(f'<td class="num">{_n(c[o]) if c[o] else ""}</td>' for o in OUTCOMES)
        + f'<td class="num"><b>{_n(sum(c.values()))}</b></td><td>{_stack(c, scale)}</td></tr>'
        for label, extra, c in rows)
    return (f"{_outcome_legend()}<table class=\"findings\"><thead><tr><th>{first}</th>{extra_head}{head}<th class=\"num\">Totalt</th>"
            f"<th></th></tr></thead><tbody>{body}</tbody></table>")


def _findings_per_rule(report: RevisionReport) -> str:
    rows = [(f'<b>{escape(kod)}</b> {escape(report.rule_titles.get(kod, ""))}', "", c)
            for kod, c in findings_per_rule(report.findings)]
    total = report.findings.total
    outcomes = report.findings.outcomes
    why = (" Alla är <i>underlag saknas</i>: källan (till exempel statistikdatabasen) har inte de uppgifter "
           "reglerna prövar, som kvalificeringskrav och kontraktsvillkor. Det är inga brister i upphandlingarna."
           if total and outcomes["underlag saknas"] == total else "")
    return (f'<h2 id="fynd-per-regel">Fynd per regel</h2><p class="muted">{_n(total)} fynd i körningen, '
            f"flest först.{why}</p>{_findings_table('Regel', rows)}")


def _findings_per_buyer(report: RevisionReport) -> str:
    ranked = findings_per_buyer(report.findings, top=20)
    rows = [(escape(buyer), f'<td class="num">{_n(docs)}</td>', c) for buyer, c, docs in ranked]
    return ('<h2 id="fynd-per-myndighet">Fynd per upphandlande myndighet (de 20 med flest fynd)</h2>'
            + _findings_table("Upphandlande myndighet", rows, '<th class="num">Underlag</th>'))


def _unsupported(report: RevisionReport) -> str:
    results = report.indicators
    totals = [r for r in results if r.group.dimension == TOTAL]
    parts = ['<h2 id="underlag">Vad underlaget inte räcker till</h2>']
    whole = [r for r in totals if r.status == UNSUPPORTED]
    if whole:
        parts.append("<h3>Indikatorer som inte kan räknas ut</h3><table><thead><tr><th>Id</th><th>Indikator</th>"
                     "<th>Skäl</th></tr></thead><tbody>" + "".join(
                         f'<tr><td class="id">{escape(r.id)}</td><td>{escape(r.titel)}</td><td>{escape(r.explanation or "")}</td></tr>'
                         for r in whole) + "</tbody></table>")
    partial = [r for r in totals if r.status != UNSUPPORTED and r.known < r.documents]
    if partial:
        parts.append("<h3>Indikatorer med ofullständigt underlag</h3><p class=\"muted\">Värdet räknas på de "
                     "upphandlingar där uppgiften är känd; okänt räknas aldrig som nej.</p><table><thead><tr><th>Id</th>"
                     '<th>Indikator</th><th class="num">Uppgift saknas för</th><th>Grupper utan underlag</th></tr></thead><tbody>'
                     + "".join(_partial_row(r, results) for r in partial) + "</tbody></table>")
    undecided = [r for r in results if r.status == UNDECIDED]
    if undecided:
        parts.append("<h3>Mål som inte kan avgöras</h3><ul>" + "".join(
            f"<li><b>{escape(r.id)}</b> ({escape(r.group.title)}): {escape(r.explanation or '')}</li>" for r in undecided)
            + "</ul>")
    outside = [r for r in results if r.status == NOT_APPLICABLE and r.group.dimension in (TOTAL, "år")]
    if outside:  # per myndighet the matrix shows it: a national export has hundreds of buyers outside the plan
        parts.append("<h3>Mål som inte gäller upphandlingarna</h3><ul>" + "".join(
            f"<li><b>{escape(r.id)}</b> ({escape(r.group.title)}): {escape(r.explanation or '')}</li>" for r in outside)
            + "</ul>")
    if report.targets is not None and report.targets.unmeasurable:
        parts.append("<h3>Nämndplanens indikatorer som upphandlingsunderlagen inte bär</h3><table><thead><tr>"
                     "<th>Id</th><th>Indikator</th><th>Skäl</th></tr></thead><tbody>" + "".join(
                         f'<tr><td class="id">{escape(u.id)}</td><td>{escape(u.titel)}</td><td>{escape(u.reason)}</td></tr>'
                         for u in report.targets.unmeasurable) + "</tbody></table>")
    if len(parts) == 1:
        parts.append('<p class="muted">Alla indikatorer kan räknas ut för alla upphandlingar.</p>')
    return "".join(parts)


def _partial_row(total: IndicatorResult, results: Sequence[IndicatorResult]) -> str:
    groups = [r.group.title for r in results if r.id == total.id and r.group.dimension != TOTAL and r.status == UNSUPPORTED]
    missing = total.documents - total.known
    return (f'<tr><td class="id">{escape(total.id)}</td><td>{escape(total.titel)}</td>'
            f'<td class="num">{_n(missing)} av {_n(total.documents)}</td>'
            f'<td>{escape(", ".join(groups)) if groups else "–"}</td></tr>')
