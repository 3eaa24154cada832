"""The revision report as one self-contained HTML file for the board and its auditor.

Inline CSS, inline SVG and one small inline script (the search field over the per-buyer
tables, which the page does without): nothing fetched, so the file can be mailed, archived
and opened offline. Board-facing text names sources by title, never by file path; the rule
version is told in words, its hash kept in a details element for the auditor.

Sections: the conclusion in plain Swedish, what was audited, a summary, the indicators against
their targets, the trend (per year; against earlier runs of the same sources), each indicator's
bars, the findings per rule, per upphandlande myndighet (searchable), and what the data cannot
support. A report about one buyer (`--myndighet`) sets every figure beside all buyers' and has
no per-buyer section.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from html import escape

from .. import __version__
from ..motor.findings import OUTCOMES
from ..revision.indicators import (
    COUNT, FOLLOWED, LOT_SHARE, MEAN, MET, NOT_APPLICABLE, NOT_MET, STATUSES, TOTAL, TOTAL_NAME, UNDECIDED, UNSUPPORTED,
    IndicatorResult,
)
from . import revision_html_buyers, revision_html_trend
from .revision_conclusion import DECIDED, conclusion, plural, rule_version_text
from .revision_html_chart import STATUS_COLOUR, chart
from .revision_report import (
    RevisionReport, findings_per_rule, format_result_value, format_target, format_when, scope_text, status_counts,
)
from .revision_report import NBSP
from .revision_report import html_number as _n

GROUPS_NAMED = 12  # groups without data named before "och N till"

STATUS_CLASS = {MET: "met", NOT_MET: "notmet", UNDECIDED: "undecided", NOT_APPLICABLE: "outside", FOLLOWED: "followed",
                UNSUPPORTED: "unknown"}
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
.conclusion { background: #fdfbf3; border: 1px solid #e6dfc3; border-radius: 8px; padding: 4px 18px; margin: 8px 0 18px; }
.conclusion p { margin: 10px 0; }
.conclusion h2 { margin-top: 14px; }
details.tech { margin: 8px 0 0; color: var(--muted); font-size: 13px; }
details summary { cursor: pointer; color: #2f5580; }
.filter { margin: 8px 0 10px; padding: 10px 12px; background: var(--bg); border-radius: 6px; }
.filter label { font-weight: 600; margin-right: 6px; }
.filter input { font: inherit; padding: 4px 8px; min-width: 320px; border: 1px solid #8a9098; border-radius: 4px; }
#sok-antal { margin-left: 10px; color: var(--muted); }
.orgnr { color: var(--muted); font-weight: 400; font-size: 12px; white-space: nowrap; }
th[scope="row"] { font-weight: 400; background: none; font-size: inherit; }
.scroll { overflow-x: auto; }
.small { font-size: 12px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
td.better { color: #1e7b3c; font-weight: 600; } td.worse { color: #a93226; font-weight: 600; }
table.narrow { width: auto; }
ul.groups { margin: 4px 0 0 18px; padding: 0; columns: 2; }
footer { margin-top: 36px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
svg text { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
@media print { main { padding: 0; } h2 { break-after: avoid; } .filter { display: none; } }
"""




def _chip(status: str) -> str:
    return f'<span class="chip {STATUS_CLASS[status]}">{escape(status)}</span>'


def render_html(report: RevisionReport) -> str:
    results = report.indicators
    totals = [r for r in results if r.group.dimension == TOTAL]
    documents = report.documents if report.documents is not None else (totals[0].documents if totals else 0)
    plan = escape(report.targets.name) if report.targets is not None else "utan mål"
    who = f" för {escape(report.focus.namn)}" if report.focus is not None else ""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="sv"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Revisionsrapport{who}, körning {escape(report.run.run_id)}</title>",
        f"<style>{CSS}</style></head><body><main>",
        f"<h1>Revisionsrapport{who}: nämndens indikatorer</h1>",
        f'<p class="lead">Upphandlingarna{who.replace(" för ", " från ")} i körning {escape(report.run.run_id)} mätta mot målen i {plan}.</p>',
        _conclusion(report),
        _meta(report, documents),
        _summary(totals),
        _overview(report, totals),
        revision_html_trend.section(report),
        '<h2 id="indikatorer">Indikatorerna mot målen</h2>',
        f'<p class="muted">Staplarna visar värdet för {"alla upphandlingar" if not who else "myndighetens upphandlingar"}, '
        "per år och per upphandlingsslag. "
        "Den streckade linjen är målet. När uppgiften saknas för en del upphandlingar är andelen ett spann: "
        "den fyllda stapeln räknar dem som nej, den ljusa delen visar hur långt de kan dra om alla är ja.</p>",
        _legend(),
        *(_card([r for r in results if r.id == t.id]) for t in totals),
        _findings_per_rule(report),
        revision_html_buyers.section(report, STATUS_CLASS),
        _unsupported(report),
        f"<footer>Skapad av kravmotor {escape(__version__)}. Målen är nämndens egna; anmärkningarna under varje "
        "indikator säger var målet är oklart.</footer>",
        "</main></body></html>",
    ]
    return "\n".join(p for p in parts if p)


def _conclusion(report: RevisionReport) -> str:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in conclusion(report))
    return f'<section class="conclusion" aria-labelledby="slutsats"><h2 id="slutsats">Slutsats</h2>{paragraphs}</section>'


def _meta(report: RevisionReport, documents: int) -> str:
    run = report.run
    rows = [("Körningens underlag" if report.focus is not None else "Underlag", "; ".join(report.source_titles) or "–"),
            ("Upphandlingar", _n(documents))]
    if report.focus is not None:
        number_text = f" ({report.focus.organisationsnummer})" if report.focus.organisationsnummer else ""
        rows.insert(0, ("Myndighet", report.focus.namn + number_text))
    if report.targets is not None:
        rows.append(("Mål", report.targets.name))
        rows.append(("Målen gäller", scope_text(report.targets)))
    rows.append(("Regler", rule_version_text(report)))
    rows.append(("Körning", f"nummer {run.run_id}, {format_when(run.started)}"))
    tech = [("Regelversion (kontrollsumma)", run.rule_set_version), ("Start", format_when(run.started)),
            ("Slut", format_when(run.finished)), ("kravmotor", __version__)]
    return ('<section aria-labelledby="underlaget"><h2 id="underlaget">Vad som granskades</h2><dl class="meta">'
            + "".join(f"<dt>{escape(k)}</dt><dd>{escape(str(v))}</dd>" for k, v in rows) + "</dl>"
            '<details class="tech"><summary>Tekniska uppgifter för revisorn</summary><dl class="meta">'
            + "".join(f"<dt>{escape(k)}</dt><dd>{escape(str(v))}</dd>" for k, v in tech)
            + "</dl><p>Samma kontrollsumma betyder samma regelfiler. Källfilerna står i rapportens JSON-format "
            "(<code>--format json</code>).</p></details></section>")


def _summary(totals: Sequence[IndicatorResult]) -> str:
    counts = status_counts(totals)
    labels = {MET: "mål uppfyllda", NOT_MET: "mål inte uppfyllda", UNDECIDED: "kan inte avgöras",
              NOT_APPLICABLE: "mål som inte gäller upphandlingarna", FOLLOWED: "redovisas utan bedömning",
              UNSUPPORTED: "underlaget räcker inte"}
    boxes = "".join(f'<div class="box"><b style="color:{STATUS_COLOUR[s]}">{counts[s]}</b>{labels[s]}</div>'
                    for s in STATUSES if s in counts)
    return f'<h2 id="sammanfattning">Sammanfattning</h2><div class="summary">{boxes}</div>'


def _overview(report: RevisionReport, totals: Sequence[IndicatorResult]) -> str:
    everyone = {r.id: r for r in report.everyone}
    focus = report.focus is not None
    rows = "".join(
        f'<tr><td class="id">{escape(r.id)}</td><td>{escape(r.titel)}</td>'
        f'<td class="num">{format_result_value(r, NBSP)}</td>'
        + (f'<td class="num">{_everyone(everyone.get(r.id))}</td>' if focus else "")
        + f'<td class="num">{format_target(r.target, r.kind, NBSP)}</td>'
        f'<td class="num muted">{_counted(r)}</td>'
        f'<td>{_chip(r.status)}</td><td class="num">{_n(r.known)} av {_n(r.documents)}</td></tr>'
        for r in totals)
    extra = '<th class="num">Alla myndigheter</th>' if focus else ""
    value = f"Värde ({escape(report.focus.namn)})" if report.focus is not None else "Värde"
    return (f'<table><thead><tr><th>Id</th><th>Indikator</th><th class="num">{value}</th>{extra}<th class="num">Mål</th>'
            '<th class="num">Räknat på</th><th>Status</th><th class="num">Uppgift känd för</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>")


def _everyone(r: IndicatorResult | None) -> str:
    return format_result_value(r, NBSP) if r is not None else "–"


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


_PATHLIKE = re.compile(r"\s*\(([^()]*)\)")


def plain_source(text: str) -> str:
    """A target's source as the board reads it: the document's title and section, without the file
    paths and seed-file names a maintainer adds in parentheses."""
    def keep(match: re.Match) -> str:
        inner = match.group(1)
        return "" if re.search(r"[/\\]|\.(txt|md|ya?ml|csv|gz|json)\b", inner) else match.group(0)

    return _PATHLIKE.sub(keep, text).strip()


def _card(rows: list[IndicatorResult]) -> str:
    total = rows[0]
    target = total.target
    about = []
    if target is not None:
        facts = [f"Mål: {format_target(target, total.kind, NBSP)}" + (f" ({target.period})" if target.period else "")]
        if target.baseline:
            facts.append(f"utgångsvärde {target.baseline}")
        about.append("; ".join(escape(f) for f in facts) + ".")
        if target.source and plain_source(target.source):
            about.append(f"Källa: {escape(plain_source(target.source))}.")
    else:
        about.append("Inget mål i målfilen: indikatorn följs.")
    notes = "".join(f"<li>{escape(plain_source(n))}</li>" for n in (target.notes if target else ()))
    chart_rows = [r for r in rows if r.group.dimension in (TOTAL, "år", "upphandlingsslag")]
    coverage = f"uppgift känd för {_n(total.known)} av {_n(total.documents)} upphandlingar"
    return (f'<section class="card" id="{escape(total.id)}"><div class="head"><h3>{escape(total.id)} {escape(total.titel)}</h3>'
            f'<div>{_chip(total.status)}</div></div>'
            f"{chart(chart_rows) if any(r.value is not None for r in chart_rows) else ''}"
            f'<div class="about">{" ".join(about)} Värdet för {escape(_whose(total))}: '
            f"{format_result_value(total, NBSP)}, "
            f"{coverage}.{f' {escape(total.explanation)}' if total.explanation else ''}"
            f'{f"<ul>{notes}</ul>" if notes else ""}</div></section>')


def _whose(total: IndicatorResult) -> str:
    return "alla upphandlingar" if total.group.title == TOTAL_NAME else total.group.title


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


def _outcome_legend(outcomes: Sequence[str]) -> str:
    return '<div class="legend">' + "".join(
        f'<span style="--c:{OUTCOME_COLOUR[o]}">{escape(o)}</span>' for o in outcomes) + "</div>"


def _findings_table(rows: list[tuple[str, Counter]], outcomes: Sequence[str]) -> str:
    scale = max(sum(c[o] for o in outcomes) for _, c in rows) or 1
    head = "".join(f'<th scope="col" class="num">{escape(o)}</th>' for o in outcomes)
    body = "".join(
        f"<tr><td>{label}</td>"
        + "".join(f'<td class="num">{_n(c[o]) if c[o] else ""}</td>' for o in outcomes)
        + f'<td class="num"><b>{_n(sum(c[o] for o in outcomes))}</b></td>'
        f'<td>{_stack(Counter({o: c[o] for o in outcomes}), scale)}</td></tr>'
        for label, c in rows)
    return (f"{_outcome_legend(outcomes)}<table class=\"findings\"><thead><tr><th scope=\"col\">Regel</th>{head}"
            f'<th scope="col" class="num">Totalt</th><th scope="col"><span class="visually-hidden">Fördelning</span></th>'
            f"</tr></thead><tbody>{body}</tbody></table>")


def _findings_per_rule(report: RevisionReport) -> str:
    """The rules that judged documents (fel, varning, bedömning krävs, motiverad avvikelse, info) first; the rules
    that could not be decided in a details element, since missing data is not a shortcoming of a procurement."""
    ranked = findings_per_rule(report.findings)
    label = {kod: f'<b>{escape(kod)}</b> {escape(report.rule_titles.get(kod, ""))}' for kod, _ in ranked}
    judged_outcomes = [o for o in OUTCOMES if o != "underlag saknas"]
    judged = sorted(((kod, c) for kod, c in ranked if any(c[o] for o in judged_outcomes)),
                    key=lambda item: (-sum(item[1][o] for o in DECIDED), -sum(item[1][o] for o in judged_outcomes), item[0]))
    missing = sorted(((kod, c) for kod, c in ranked if c["underlag saknas"]), key=lambda item: item[0])
    outcomes = report.findings.outcomes
    parts = ['<h2 id="fynd-per-regel">Fynd per regel</h2>']
    if judged:
        parts.append(f'<p class="muted">{plural(sum(outcomes[o] for o in DECIDED), "fynd", "fynd")} som bedömer '
                     "underlagen (fel, varning, bedömning krävs), flest fel först.</p>"
                     + _findings_table([(label[k], c) for k, c in judged], judged_outcomes))
    else:
        parts.append("<p>Ingen regel gav fel, varning eller fynd som kräver bedömning.</p>")
    if missing:
        parts.append(f'<details><summary>{plural(len(missing), "regel", "regler")} kunde inte avgöras för alla underlag '
                     f'({_n(outcomes["underlag saknas"])} gånger <i>underlag saknas</i>)</summary>'
                     '<p class="muted">Underlaget saknade uppgifter som regeln prövar, till exempel kvalificeringskrav '
                     "eller kontraktsvillkor som statistiken inte har. Det är inga brister i upphandlingarna.</p>"
                     + _findings_table([(label[k], c) for k, c in missing], ["underlag saknas"]) + "</details>")
    return "".join(parts)


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
        parts.append("<h3>Mål som inte kan avgöras</h3>" + _remarks(undecided))
    outside = [r for r in results if r.status == NOT_APPLICABLE and r.group.dimension in (TOTAL, "år")]
    if outside:  # per myndighet the table shows it: a national export has hundreds of buyers outside the plan
        parts.append("<h3>Mål som inte gäller upphandlingarna</h3>" + _remarks(outside))
    if report.targets is not None and report.targets.unmeasurable:
        parts.append("<h3>Nämndplanens indikatorer som upphandlingsunderlagen inte bär</h3><table><thead><tr>"
                     "<th>Id</th><th>Indikator</th><th>Skäl</th></tr></thead><tbody>" + "".join(
                         f'<tr><td class="id">{escape(u.id)}</td><td>{escape(u.titel)}</td><td>{escape(plain_source(u.reason))}</td></tr>'
                         for u in report.targets.unmeasurable) + "</tbody></table>")
    if len(parts) == 1:
        parts.append('<p class="muted">Alla indikatorer kan räknas ut för alla upphandlingar.</p>')
    return "".join(parts)


def _remarks(results: Sequence[IndicatorResult]) -> str:
    """One line per remark, naming the indicators and groups it holds for (groups counted beyond GROUPS_NAMED)."""
    lines: dict[str, tuple[dict, dict]] = {}
    for r in results:
        ids, groups = lines.setdefault(r.explanation or "", ({}, {}))
        ids[r.id] = groups[r.group.title] = True
    return "<ul>" + "".join(f"<li><b>{escape(', '.join(ids))}</b> ({_groups(list(groups))}): {escape(explanation)}</li>"
                            for explanation, (ids, groups) in lines.items()) + "</ul>"


def _groups(names: list[str]) -> str:
    if len(names) <= GROUPS_NAMED:
        return escape(", ".join(names))
    shown = escape(", ".join(names[:GROUPS_NAMED]))
    return f"{shown} och {_n(len(names) - GROUPS_NAMED)} till"


def _partial_row(total: IndicatorResult, results: Sequence[IndicatorResult]) -> str:
    """Per grouping, how many of its groups have no data at all: counts, with the names behind a details element."""
    summary = []
    for dimension in ("myndighet", "år", "upphandlingsslag"):
        rows = [r for r in results if r.id == total.id and r.group.dimension == dimension]
        empty = [r.group.title for r in rows if r.status == UNSUPPORTED]
        if not rows or not empty:
            continue
        what = {"myndighet": ("myndighet", "myndigheter"), "år": ("år", "år"),
                "upphandlingsslag": ("upphandlingsslag", "upphandlingsslag")}[dimension]
        named = "".join(f"<li>{escape(name)}</li>" for name in empty[:GROUPS_NAMED])
        more = (f"<li>och {_n(len(empty) - GROUPS_NAMED)} till (streck i tabellen per myndighet)</li>"
                if len(empty) > GROUPS_NAMED else "")
        summary.append(f"<details><summary>{_n(len(empty))} av {plural(len(rows), *what)}</summary>"
                       f'<ul class="groups">{named}{more}</ul></details>')
    missing = total.documents - total.known
    return (f'<tr><td class="id">{escape(total.id)}</td><td>{escape(total.titel)}</td>'
            f'<td class="num">{_n(missing)} av {_n(total.documents)}</td>'
            f'<td>{"".join(summary) if summary else "–"}</td></tr>')
