"""The revision report's section per upphandlande myndighet: a search field, the indicators, the findings.

A national export has over a thousand buyers, so the section starts with a field that
filters both tables by name or organisationsnummer: a small inline script, no external
resource, and the field is shown only when the script runs (without it the page is the
same tables, found with the browser's own search). The findings per buyer are the decided
ones (fel, varning, bedömning krävs) and the share of rule checks that could be decided,
in name order: never a ranking by how much data is missing.
"""

from __future__ import annotations

from html import escape
from collections.abc import Sequence

from ..revision.indicators import IndicatorResult
from .revision_conclusion import DECIDED, decided_share, percent
from .revision_report import NBSP, RevisionReport, format_result_value
from .revision_report import html_number as _n


# Filters every row marked data-sok (its buyer's name and orgnr, lower case); the field starts hidden.
FILTER_SCRIPT = """
(function () {
  var box = document.getElementById('sok-myndighet'), field = document.getElementById('sok-falt');
  var said = document.getElementById('sok-antal'), rows = document.querySelectorAll('tr[data-sok]');
  if (!box || !field) return;
  box.hidden = false;
  var all = {}; rows.forEach(function (row) { all[row.getAttribute('data-sok')] = true; });
  var total = Object.keys(all).length;
  function filter() {
    var words = field.value.toLocaleLowerCase('sv').split(/\\s+/).filter(Boolean), shown = {};
    rows.forEach(function (row) {
      var text = row.getAttribute('data-sok');
      var hit = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !hit;
      if (hit) shown[text] = true;
    });
    var n = Object.keys(shown).length;
    said.textContent = words.length ? 'Visar ' + n.toLocaleString('sv-SE') + ' av ' + total.toLocaleString('sv-SE') +
      ' myndigheter.' : '';
  }
  field.addEventListener('input', filter);
  filter();
})();
"""


def _search_key(name: str, number: str | None) -> str:
    """What the search field matches: the name and the orgnr, with and without its hyphen, in lower case."""
    numbers = f"{number} {number.replace('-', '')}" if number else ""
    return escape(" ".join(f"{name} {numbers}".split()).casefold(), quote=True)


def section(report: RevisionReport, status_class: dict[str, str]) -> str:
    buyers = [r for r in report.indicators if r.group.dimension == "myndighet"]
    if not buyers:
        return ""
    names = list(dict.fromkeys(r.group.name for r in buyers))
    return ('<section aria-labelledby="per-myndighet"><h2 id="per-myndighet">Per upphandlande myndighet</h2>'
            f'<p class="muted">{_n(len(names))} myndigheter, i bokstavsordning. Med <code>kravmotor revision --visa '
            f'{escape(report.run.run_id)} --myndighet NAMN</code> blir rapporten en myndighets egen.</p>'
            '<div class="filter" id="sok-myndighet" hidden><label for="sok-falt">Sök myndighet (namn eller '
            'organisationsnummer)</label> <input type="search" id="sok-falt" autocomplete="off" spellcheck="false"> '
            '<span id="sok-antal" role="status"></span></div>'
            '<noscript><p class="muted">Sök efter en myndighet med webbläsarens sökfunktion (Ctrl+F).</p></noscript>'
            + _matrix(report, buyers, names, status_class) + _findings(report, names)
            + f"<script>{FILTER_SCRIPT}</script></section>")


def _matrix(report: RevisionReport, buyers: Sequence[IndicatorResult], names: list[str], status_class: dict[str, str]) -> str:
    ids = list(dict.fromkeys(r.id for r in report.indicators))
    titles = {r.id: r.titel for r in report.indicators}
    cells = {(r.group.name, r.id): r for r in buyers}
    head = "".join(f'<th scope="col" class="num" title="{escape(titles[i])}">{escape(i)}</th>' for i in ids)
    body = []
    for name in names:
        number = report.buyer_numbers.get(name)
        row = [f'<th scope="row">{escape(name)}{_number(number)}</th>']
        for i in ids:
            r = cells.get((name, i))
            if r is None or r.value is None:
                row.append('<td class="cell unknown" title="underlaget räcker inte">–</td>')
            else:
                row.append(f'<td class="cell {status_class[r.status]}" title="{escape(r.status)}, uppgift känd för '
                           f'{r.known} av {r.documents}">{format_result_value(r, NBSP)}</td>')
        body.append(f'<tr data-sok="{_search_key(name, number)}">' + "".join(row) + "</tr>")
    key = "; ".join(f"{escape(i)} {escape(titles[i])}" for i in ids)
    return ('<h3>Indikatorerna</h3>'
            '<p class="muted">Grönt: målet uppfyllt, rött: inte uppfyllt, gult: kan inte avgöras, '
            "lila: målet gäller inte myndigheten eller åren, ofärgat: följs utan mål, streck: underlaget räcker inte. "
            "Antalsmål (I-12) gäller hela nämnden och prövas inte per myndighet.</p>"
            f'<div class="scroll"><table class="matrix"><thead><tr><th scope="col">Upphandlande myndighet</th>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div><p class="muted small">{key}.</p>')


def _number(number: str | None) -> str:
    return f' <span class="orgnr">{escape(number)}</span>' if number else ""


def _findings(report: RevisionReport, names: list[str]) -> str:
    decided = {buyer: sum(c[o] for o in DECIDED) for buyer, c in report.findings.per_buyer.items()}
    share = decided_share(report)
    if not any(decided.values()):
        why = (f" Regelprövningar som kunde avgöras: {percent(share)} av alla." if share is not None else "")
        return ("<h3>Fynd i förfrågningsunderlagen</h3><p>Ingen myndighet har fel, varningar eller fynd som kräver "
                f"bedömning.{why} Det som inte kunde avgöras saknade uppgifter i underlaget; det är ingen brist i "
                "upphandlingarna och ställs inte mot myndigheterna.</p>")
    head = "".join(f'<th scope="col" class="num">{escape(o)}</th>' for o in DECIDED)
    rows = []
    for name in names:
        counts = report.findings.per_buyer.get(name)
        own = decided_share(report, [name])
        cells = "".join(f'<td class="num">{_n(counts[o]) if counts and counts[o] else ""}</td>' for o in DECIDED)
        rows.append(f'<tr data-sok="{_search_key(name, report.buyer_numbers.get(name))}"><th scope="row">{escape(name)}</th>'
                    f'<td class="num">{_n(report.buyer_documents.get(name, 0))}</td>{cells}'
                    f'<td class="num">{percent(own) if own is not None else "–"}</td></tr>')
    return ("<h3>Fynd i förfrågningsunderlagen</h3><p class=\"muted\">Fynden som bedömer underlagen, per myndighet i "
            "bokstavsordning, och hur stor del av regelprövningarna som kunde avgöras (resten saknade uppgifter i "
            "underlaget, vilket inte är en brist i upphandlingen).</p>"
            '<div class="scroll"><table class="findings"><thead><tr><th scope="col">Upphandlande myndighet</th>'
            f'<th scope="col" class="num">Upphandlingar</th>{head}<th scope="col" class="num">Kunde avgöras</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>")
