"""`kravmotor mognad`'s report as one self-contained HTML page.

Inline CSS and inline SVG only (no scripts, nothing fetched), as the revision
report: a heat map of Dalamodellen's steps × perspectives by the level reached,
the ambitionsgrafen (organisation, roles and respondents; a position known only
between two values is drawn as the box it lies in), the criteria to work on, and
the audit's evidence. The axes have no lines for "systematiskt": the seed gives none.
"""

from __future__ import annotations

from html import escape

from .. import __version__
from ..mognad import katalog
from ..mognad.bedomning import Bedömning, Fördelning, Intervall
from .mognad import MognadRun, cell_label, interval

LEVEL_COLOUR = {0: "#f4c7c0", 1: "#fbe3a6", 2: "#b9e0c2", 3: "#5fb878"}
ROLE_COLOUR = {"politisk ledning": "#8e44ad", "förvaltningsledning": "#2e86c1", "inköpschef": "#d35400",
               "verksamhetsföreträdare": "#16a085", "organisationen": "#1f2328"}
JUDGEMENT_CLASS = {"motsägs": "bad", "stämmer": "good", "kan inte avgöras": "open", "självskattning saknas": "muted",
                   "prövas inte": "muted"}

CSS = """
:root { --ink:#1f2328; --muted:#5f6670; --line:#d8dde3; --bg:#f6f7f9; }
* { box-sizing: border-box; }
body { margin:0; font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color:var(--ink); background:#fff;
       font-size:15px; line-height:1.45; }
main { max-width: 1100px; margin: 0 auto; padding: 28px 32px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 20px; margin: 34px 0 12px; padding-bottom: 6px;
     border-bottom: 2px solid var(--ink); } h3 { font-size: 16px; margin: 18px 0 8px; }
p.lead, .muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; }
th { font-weight: 600; background: var(--bg); font-size: 13px; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.heat td.cell { text-align: center; font-weight: 600; border: 2px solid #fff; min-width: 140px; }
table.heat td.cell small { display:block; font-weight: 400; color: var(--muted); }
table.heat td.range { background-image: repeating-linear-gradient(135deg, rgba(255,255,255,.55) 0 6px, transparent 6px 12px); }
.legend { display:flex; gap: 14px; flex-wrap: wrap; font-size: 13px; color: var(--muted); margin: 4px 0 12px; }
.legend span::before { content:""; display:inline-block; width: 12px; height: 12px; border-radius: 2px;
                        margin-right: 5px; vertical-align: -1px; background: var(--c); }
.chip { display:inline-block; padding: 1px 9px; border-radius: 10px; font-size: 13px; font-weight: 600; white-space: nowrap; }
.chip.bad { background:#fbe7e4; color:#a93226; } .chip.good { background:#e3f3e8; color:#1e7b3c; }
.chip.open { background:#fdf1dc; color:#8a5a0f; } .chip.muted { background:#eeeff1; color:#5f6670; }
.graph { display:flex; gap: 24px; flex-wrap: wrap; align-items: flex-start; }
.graph svg { border: 1px solid var(--line); border-radius: 6px; background: #fff; }
ul.gaps { margin: 4px 0 12px 18px; padding: 0; } ul.gaps li { margin: 2px 0; }
code { font-size: 13px; }
footer { margin-top: 36px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
svg text { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
@media print { main { padding: 0; } h2 { break-after: avoid; } section { break-inside: avoid; } }
"""


def render_html(run: MognadRun) -> str:
    names = ", ".join(a.organisation for a in run.assessments)
    parts = [f"<h1>Mognad i upphandlingen: {escape(names)}</h1>",
             "<p class='lead'>Självskattning enligt Dalamodellen (Upphandlingsdialog Dalarna) och ambitionsgrafen "
             "(Upphandlingsmyndigheten), bedömd med kravmotors regler i rules/mognad. Ett svar som är ”vet inte” är "
             "okänt och visas som ett intervall, aldrig som nej.</p>"]
    for assessment in run.assessments:
        parts.append(_assessment(assessment))
    if run.distribution:
        parts.append(_distribution(run.distribution))
    if run.problems:
        parts.append("<h2>Filer som inte kunde läsas</h2><ul>" + "".join(
            f"<li>{escape(str(p))}</li>" for p in run.problems) + "</ul>")
    body = "\n".join(parts)
    return (f"<!DOCTYPE html>\n<html lang='sv'><head><meta charset='utf-8'>"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>Mognad: {escape(names)}</title><style>{CSS}</style></head>"
            f"<body><main>{body}<footer>kravmotor {escape(__version__)} · Dalamodellen: shared/seeds/000_3fe7eda995822f07.txt · "
            f"ambitionsgrafen: shared/seeds/001_16ead44d30653f72.txt · inriktningsmålen: "
            f"{escape(katalog.GOALS_SOURCE)}</footer></main></body></html>\n")


def _assessment(a: Bedömning) -> str:
    lead = (f"Självskattning {a.datum.isoformat()}" + (f" ({escape(a.fil)})" if a.fil else "") + ". "
            + ("Ett delvis uppfyllt kriterium räknas som uppfyllt." if a.delvis_räknas_som_uppfyllt
               else "Ett delvis uppfyllt kriterium räknas som inte uppfyllt."))
    return (f"<section><h2>{escape(a.organisation)}</h2><p class='muted'>{lead}</p>"
            + _heat_map(a) + _gaps(a) + _ambition(a) + (_evidence(a) if a.bevis else "") + "</section>")


def _heat_map(a: Bedömning) -> str:
    perspectives = ["styrning", "verksamhet", "resurs", "marknad"]
    by = {(c.steg, c.perspektiv): c for c in a.celler}
    head = "".join(f"<th>{escape(katalog.PERSPECTIVE_TITLES[p])}</th>" for p in perspectives)
    rows = []
    for step in (1, 2, 3, 4):
        cells = []
        for p in perspectives:
            cell = by.get((step, p))
            if cell is None:
                cells.append("<td class='cell'>–</td>")
                continue
            open_ = cell.nivå_lägst != cell.nivå_högst
            note = (f"<small>{len(cell.okända)} {'okänt svar' if len(cell.okända) == 1 else 'okända svar'}</small>"
                    if cell.okända else "")
            cells.append(f"<td class='cell{' range' if open_ else ''}' style='background-color:{LEVEL_COLOUR[cell.nivå_lägst]}'"
                         f" title='{escape(cell_label(cell))}'>{escape(cell.level_text)}{note}</td>")
        rows.append(f"<tr><th>{step} {escape(katalog.STEPS[step])}</th>{''.join(cells)}</tr>")
    crisis = by.get((5, "kris"))
    if crisis:
        rows.append(f"<tr><th>{escape(katalog.STEPS[5])}</th><td class='cell{' range' if crisis.nivå_lägst != crisis.nivå_högst else ''}'"
                    f" colspan='4' style='background-color:{LEVEL_COLOUR[crisis.nivå_lägst]}'>{escape(crisis.level_text)}</td></tr>")
    legend = "".join(f"<span style='--c:{LEVEL_COLOUR[n]}'>{escape(name)}</span>" for n, name in katalog.LEVELS.items())
    return ("<h3>Dalamodellen: nivå per steg och perspektiv</h3>"
            f"<div class='legend'>{legend}<span style='--c:repeating-linear-gradient(135deg,#fff 0 3px,#bbb 3px 6px)'>"
            "randig: svar som är vet inte avgör</span></div>"
            f"<table class='heat'><tr><th>Steg</th>{head}</tr>{''.join(rows)}</table>"
            "<p class='muted'>En nivå nås när alla dess kriterier och de lägre nivåernas är uppfyllda (Dalamodellen).</p>")


def _gaps(a: Bedömning) -> str:
    criteria = {c.kod: c for c in a.kriterier}
    items = []
    for cell in a.celler:
        if not cell.att_arbeta_med:
            continue
        target = katalog.LEVELS[min(cell.nivå_lägst + 1, 3)]
        entries = "".join(
            f"<li><b>{escape(code)}</b> ({escape(criteria[code].svar)}, {escape(katalog.LEVELS[criteria[code].nivå])}): "
            f"{escape(criteria[code].text)} <span class='muted'>Inriktningsmål "
            f"{escape(', '.join(map(str, criteria[code].inriktningsmål)))}.</span></li>"
            for code in cell.att_arbeta_med)
        label = cell_label(cell)
        items.append(f"<h3>{escape(label[0].upper() + label[1:])} <span class='muted'>(mot {escape(target)})</span></h3>"
                     f"<ul class='gaps'>{entries}</ul>")
    basic = a.saknas_för_tillfredsställande
    summary = (f"<p>Tillfredsställande, som alla organisationer bör nå, saknar <b>{len(basic)}</b> kriterier"
               + (f": {escape(', '.join(basic))}" if basic else "") + ".")
    if a.okända_för_tillfredsställande:
        summary += f" Okända (vet inte) på den nivån: {escape(', '.join(a.okända_för_tillfredsställande))}."
    return "<h3>Att arbeta med för nästa nivå</h3>" + summary + "</p>" + ("".join(items) or "<p>Inget.</p>")


def _ambition(a: Bedömning) -> str:
    g = a.ambitionsgraf
    if not g.svarande:
        return ("<h3>Ambitionsgrafen</h3><p class='muted'>Ingen har besvarat enkäten: organisationens position "
                "är okänd.</p>")
    points = [(r.respondent, r.roll, r.H, r.V, "svarande") for r in g.respondenter]
    points += [(r.roll, r.roll, r.H, r.V, "roll") for r in g.roller]
    if g.organisation:
        points.append(("organisationen", "organisationen", g.organisation.H, g.organisation.V, "organisation"))
    rows = "".join(
        f"<tr><td>{escape(r.respondent)}</td><td>{escape(r.roll)}</td><td class='num'>{interval(r.H)}</td>"
        f"<td class='num'>{interval(r.V)}</td>" + "".join(f"<td class='num'>{interval(r.områden[k])}</td>" for k in katalog.AREAS)
        + f"<td>{escape(', '.join(r.okända_svar) or '–')}</td></tr>" for r in g.respondenter)
    roles = "".join(f"<tr><td>{escape(r.roll)}</td><td class='num'>{r.svarande}</td><td class='num'>{interval(r.H)}</td>"
                    f"<td class='num'>{interval(r.V)}</td></tr>" for r in g.roller + ([g.organisation] if g.organisation else []))
    spread = ""
    if g.rollspridning:
        spread = (f"<p>Spridning mellan rollerna (högsta minus lägsta): H {interval(g.rollspridning['H'])}, "
                  f"V {interval(g.rollspridning['V'])}.</p>")
    return ("<h3>Ambitionsgrafen</h3><p class='muted'>H: samspel mellan inköpsfunktionen och verksamheten; V: samspel "
            "mellan inköpsfunktionen och ledningen (poäng enligt rapportens formler). Rapporten anger inga gränser för "
            "när samspelet är systematiskt, så grafen visar bara var punkterna ligger. En ruta är en position som bara "
            "är känd mellan två värden.</p>"
            f"<div class='graph'>{scatter(points)}<div><table><tr><th>Roll</th><th>Svarande</th><th>H</th><th>V</th></tr>"
            f"{roles}</table>{spread}</div></div>"
            "<table><tr><th>Svarande</th><th>Roll</th><th>H</th><th>V</th><th>Område 1</th><th>Område 2</th>"
            f"<th>Område 3</th><th>Okända svar</th></tr>{rows}</table>")


def _evidence(a: Bedömning) -> str:
    b = a.bevis
    assert b is not None, "shown only with evidence"
    rows = "".join(
        f"<tr><td><b>{escape(r.kriterium)}</b> {escape(r.kriterium_titel)}</td><td>{escape(r.självskattning)}</td>"
        f"<td class='num'>{interval(r.värde, '%' if r.enhet == 'procent' else 'st')}</td><td>{escape(r.uppgift)}</td>"
        f"<td class='num'>{r.ja} / {r.nej} / {r.okända}</td>"
        f"<td><span class='chip {JUDGEMENT_CLASS[r.bedömning]}'>{escape(r.bedömning)}</span>"
        + (f"<br><small>{escape(r.meddelande)}</small>" if r.meddelande else "") + "</td></tr>" for r in b.rader)
    return (f"<h3>Självskattningen mot granskningens data</h3><p class='muted'>Körning {b.körning} i {escape(b.databas)}: "
            f"{b.upphandlingar} upphandlingar med {escape(b.myndighet)} som köpare. En upphandling vars uppgift statistiken "
            "saknar räknas varken som ja eller nej; värdet är då ett intervall.</p>"
            "<table><tr><th>Kriterium</th><th>Självskattning</th><th>Data</th><th>Vad som räknas</th>"
            f"<th>Ja / nej / okänt</th><th>Bedömning</th></tr>{rows}</table>")


def _distribution(d: Fördelning) -> str:
    points = [(p.roll, p.roll, p.H, p.V, "organisation") for p in d.organisationer]
    stats = "".join(f"<tr><td>{axis}</td>" + "".join(f"<td class='num'>{interval(d.per_axel[axis][k])}</td>"
                                                     for k in ("lägst", "median", "högst")) + "</tr>" for axis in katalog.AXES)
    names = list(katalog.LEVELS.values())
    levels = "".join(f"<tr><td>{escape(key)}</td>" + "".join(f"<td class='num'>{counts[n]}</td>" for n in names) + "</tr>"
                     for key, counts in d.nivåer.items())
    return (f"<section><h2>Fördelning över {len(d.organisationer)} organisationer</h2>"
            "<p class='muted'>Varje organisations punkt i ambitionsgrafen, som i rapportens förslag till nationell "
            "uppföljning, och hur många organisationer som säkert når varje nivå.</p>"
            f"<div class='graph'>{scatter(points)}<table><tr><th>Axel</th><th>Lägst</th><th>Median</th><th>Högst</th></tr>"
            f"{stats}</table></div><table><tr><th>Steg och perspektiv</th>"
            + "".join(f"<th>{escape(n)}</th>" for n in names) + f"</tr>{levels}</table></section>")


PALETTE = ("#1f2328", "#c0392b", "#2e86c1", "#16a085", "#8e44ad", "#d35400", "#7f8c8d", "#b7950b")
SIZES = {"svarande": 4, "roll": 7, "organisation": 9}


def scatter(points: list[tuple[str, str, Intervall, Intervall, str]], size: int = 440) -> str:
    """The ambitionsgraf as inline SVG, with its legend: H across, V up, both 0–4. Each point is (label,
    colour key, H, V, kind: svarande / roll / organisation); a point known only between two values is
    drawn as the box it lies in. Colours come from the roles, or in turn for other keys."""
    margin, top = 46, 14
    span = size - margin - top
    colours: dict[str, str] = dict(ROLE_COLOUR)
    for _, key, *_ in points:
        if key not in colours:
            colours[key] = PALETTE[(len(colours) - len(ROLE_COLOUR)) % len(PALETTE)]

    def x(v: float) -> float:
        return margin + v / 4 * span

    def y(v: float) -> float:
        return top + span - v / 4 * span

    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{size}' height='{size}' viewBox='0 0 {size} {size}' "
           f"role='img' aria-label='Ambitionsgrafen'>"]
    for tick in range(5):
        out.append(f"<line x1='{x(tick):.1f}' y1='{y(0):.1f}' x2='{x(tick):.1f}' y2='{y(4):.1f}' stroke='#eceff2'/>")
        out.append(f"<line x1='{x(0):.1f}' y1='{y(tick):.1f}' x2='{x(4):.1f}' y2='{y(tick):.1f}' stroke='#eceff2'/>")
        out.append(f"<text x='{x(tick):.1f}' y='{y(0) + 16:.1f}' font-size='11' text-anchor='middle' fill='#5f6670'>{tick}</text>")
        out.append(f"<text x='{x(0) - 8:.1f}' y='{y(tick) + 4:.1f}' font-size='11' text-anchor='end' fill='#5f6670'>{tick}</text>")
    out.append(f"<line x1='{x(0)}' y1='{y(0)}' x2='{x(4)}' y2='{y(0)}' stroke='#1f2328'/>"
               f"<line x1='{x(0)}' y1='{y(0)}' x2='{x(0)}' y2='{y(4)}' stroke='#1f2328'/>")
    out.append(f"<text x='{x(2):.1f}' y='{size - 6}' font-size='12' text-anchor='middle'>H: samspel med verksamheten</text>")
    out.append(f"<text x='12' y='{y(2):.1f}' font-size='12' text-anchor='middle' transform='rotate(-90 12 {y(2):.1f})'>"
               "V: samspel med ledningen</text>")
    for label, key, h, v, kind in sorted(points, key=lambda p: SIZES[p[4]]):
        if not (h.known and v.known):
            continue
        colour, radius = colours[key], SIZES[kind]
        title = f"<title>{escape(label)}: H {interval(h)}, V {interval(v)}</title>"
        (h_low, h_high), (v_low, v_high) = h.bounds, v.bounds
        x0, x1, y0, y1 = x(h_low), x(h_high), y(v_high), y(v_low)
        exact = h.exact and v.exact
        if not exact:  # the box it lies in, and a hollow marker in its middle so that a small box is seen
            out.append(f"<rect x='{x0:.1f}' y='{y0:.1f}' width='{max(x1 - x0, 1):.1f}' height='{max(y1 - y0, 1):.1f}' "
                       f"fill='{colour}' fill-opacity='0.15' stroke='{colour}' stroke-dasharray='4 2'>{title}</rect>")
        dashes = "" if exact else " stroke-dasharray='3 2'"
        out.append(f"<circle cx='{(x0 + x1) / 2:.1f}' cy='{(y0 + y1) / 2:.1f}' r='{radius}' fill='{colour if exact else '#fff'}' "
                   f"fill-opacity='{0.5 if kind == 'svarande' else 0.95}' stroke='{'#fff' if exact else colour}' "
                   f"stroke-width='{1.5 if exact else 2}'{dashes}>{title}</circle>")
    out.append("</svg>")
    keys = list(dict.fromkeys(key for _, key, *_ in points))
    legend = "".join(f"<span style='--c:{colours[k]}'>{escape(k)}</span>" for k in keys)
    kinds = sorted({p[4] for p in points}, key=SIZES.__getitem__)
    sizes = ", ".join({"svarande": "liten punkt: en svarande", "roll": "mellanstor: en rolls medelvärde",
                       "organisation": "stor: organisationens medelvärde"}[k] for k in kinds)
    return (f"<figure style='margin:0'>{''.join(out)}<figcaption><div class='legend'>{legend}</div>"
            f"<div class='muted' style='font-size:13px;max-width:{size}px'>{escape(sizes)}; en streckad ring med "
            f"en ruta runt är en position som bara är känd mellan två värden (rutan).</div></figcaption></figure>")
