"""The rulebook for lawyers: every rule with its text, source, validity and worked examples.

Generated from the rule files and the features, never written by hand. The HTML
is one self-contained file (inline CSS, no scripts, no network).
"""

from __future__ import annotations

import html
import re
from collections import defaultdict

from .. import __version__
from ..lang.andringar import CODE, Ändring, changes_of
from ..lang.compiler import Rulebook
from ..lang.klassningar import Classification
from ..model.subjects import SUBJECTS
from ..motor import ir
from ..rulebook_docs import Example, rule_examples
from .rattslig_grund import legal_basis

_TYPE_TEXT = {
    "HARD": "bindande regel",
    "HARD-opt": "lagligt val (får)",
    "GUIDE": "vägledning från myndighet",
    "LOCAL": "lokal policy",
}
_CONFIDENCE_TEXT = {
    "V1": "bekräftad i officiell källa",
    "V2": "bekräftad i sekundär källa",
    "S": "ur ett styrdokument (seed)",
    "M": "inte bekräftad",
}


def _validity(rule: ir.RuleIR) -> str:
    text = f"från {rule.valid_from.isoformat()}" if rule.valid_from else "utan startdatum"
    if rule.valid_to:
        text += f" till {rule.valid_to.isoformat()}"
    subject = SUBJECTS.get(rule.subject)
    return text + f" (räknat på {subject.date_field if subject else 'annonseringsdatum'})"


def _by_area(rulebook: Rulebook) -> dict[str, list[ir.RuleIR]]:
    groups: dict[str, list[ir.RuleIR]] = defaultdict(list)
    for rule in rulebook.rules:
        groups[rule.area or "övrigt"].append(rule)
    return dict(sorted(groups.items()))


def _facts(rule: ir.RuleIR) -> list[tuple[str, str]]:
    return [
        ("Utfall", rule.outcome or "info"),
        ("Typ", f"{rule.rule_type} – {_TYPE_TEXT.get(rule.rule_type or '', '')}"),
        ("Säkerhet", f"{rule.confidence} – {_CONFIDENCE_TEXT.get(rule.confidence or '', '')}"),
        ("Källa", rule.source or ""),
        ("Rättslig grund", "; ".join(legal_basis(rule.source or ""))
         or "ingen lag eller förordning anges (vägledning, praxis eller lokal policy)"),
        ("Referens i regelunderlaget", ", ".join(rule.references) or "–"),
        ("Giltig", _validity(rule)),
        ("Motiverad avvikelse", "tillåten" if rule.justification_allowed else "inte tillåten"),
    ]


def _classification_facts(c: Classification) -> list[tuple[str, str]]:
    return [
        ("Källa", c.source),
        ("Referens i regelunderlaget", ", ".join(c.references) or "–"),
        ("Säkerhet", f"{c.confidence} – {_CONFIDENCE_TEXT.get(c.confidence or '', '')}" if c.confidence else "–"),
        ("Läses i reglerna som", f"klassning.{c.name}"),
    ]


_CLASSIFICATIONS_INTRO = ("Klassningarna kopplar CPV-koder till kategorier. En regel som läser "
                          "klassning.<namn> ser de kategorier som underlagets eller delkontraktens CPV-koder "
                          "hör till. En kod omfattar allt under sig i CPV-trädet: 45000000 täcker 45210000-2.")


def _md(text: str) -> str:
    """Text from a rule file in Markdown: HTML in it is shown, never run (a Markdown viewer passes raw HTML on)."""
    return html.escape(text, quote=False)


def _fenced(lang: str, lines: list[str]) -> list[str]:
    """A code block whose fence is longer than any run of backticks inside it, so the text cannot end it early."""
    longest = max((len(run) for line in lines for run in re.findall(r"`+", line)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}{lang}", *lines, fence]


def markdown(rulebook: Rulebook) -> str:
    out = [f"# Regelbok för kravmotor {__version__}", "",
           f"{len(rulebook.rules)} regler. Genererad ur regelfilerna och deras scenarier.", ""]
    for area, rules in _by_area(rulebook).items():
        info = rulebook.areas.get(area)
        out += [f"## {_md(info.title if info else area)}", ""]
        if info and info.description:
            out += [_md(info.description), ""]
        for rule in rules:
            out += [f"### {_md(rule.code)} {_md(rule.title)}", ""]
            out += [f"- **{k}:** {_md(v)}" for k, v in _facts(rule)] + [""]
            if rule.description:
                out += [_md(rule.description), ""]
            out += ["Regeltext:", "", *_fenced("text", rule.text.splitlines()), ""]
            changes = changes_of(rulebook.changes, rule.code)
            if changes:
                out += ["Ändringar:", ""] + [f"- {_md(c.text)}" for c in changes] + [""]
            examples = rule_examples(rule.code)
            if examples:
                out += ["Exempel:", ""]
                for ex in examples:
                    out += [f"*{_md(ex.title)}* ({_md(', '.join(ex.tags))})", "", *_fenced("gherkin", ex.steps), ""]
            else:
                out += ["*Regeln saknar exempel.*", ""]
    if rulebook.changes:
        out += ["## Ändringar i regelboken", "", _CHANGES_INTRO, ""] + [f"- {_md(c.text)}" for c in rulebook.changes] + [""]
    if rulebook.classifications:
        out += ["## Klassningar", "", _CLASSIFICATIONS_INTRO, ""]
        for c in rulebook.classifications.values():
            out += [f"### {_md(c.title)}", ""]
            out += [f"- **{k}:** {_md(v)}" for k, v in _classification_facts(c)] + [""]
            if c.description:
                out += [_md(c.description), ""]
            out += ["| Kategori | CPV-koder |", "|---|---|"]
            out += [f"| {_md(cat.title)} (`{cat.name}`) | {', '.join(cat.codes)} |" for cat in c.categories] + [""]
    return "\n".join(out)


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{border-bottom:3px solid #005a8c}h2{margin-top:2.5rem;color:#005a8c;border-bottom:1px solid #ccc}
section.rule{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
pre{background:#f5f5f5;padding:.6rem;overflow-x:auto;font-size:.85rem}
.utfall-fel{color:#b00020;font-weight:700}.utfall-varning{color:#8a6d00;font-weight:700}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
.example{margin:.5rem 0}.tags{color:#666;font-size:.85rem}nav ul{columns:2}nav h4{margin:.8rem 0 .2rem}
"""


def html_page(rulebook: Rulebook) -> str:
    esc = html.escape
    toc, body = [], []
    codes = {r.code for r in rulebook.rules}
    for area, rules in _by_area(rulebook).items():
        info = rulebook.areas.get(area)
        title = info.title if info else area
        toc.append(f'</ul><h4><a href="#{esc(area)}">{esc(title)}</a> ({len(rules)})</h4><ul>')
        body.append(f'<h2 id="{esc(area)}">{esc(title)}</h2>')
        if info and info.description:
            body.append(f"<p>{esc(info.description)}</p>")
        for rule in rules:
            toc.append(f'<li><a href="#{esc(rule.code)}">{esc(rule.code)} {esc(rule.title)}</a></li>')
            facts = "".join(
                f'<dt>{esc(k)}</dt><dd{" class=utfall-" + esc(v) if k == "Utfall" and v in ("fel", "varning") else ""}>{esc(v)}</dd>'
                for k, v in _facts(rule))
            parts = [f'<section class="rule" id="{esc(rule.code)}">',
                     f"<h3>{esc(rule.code)} {esc(rule.title)}</h3>", f"<dl>{facts}</dl>"]
            if rule.description:
                parts.append("".join(f"<p>{esc(p)}</p>" for p in rule.description.split("\n\n")))
            parts.append(f"<details><summary>Regeltext</summary><pre>{esc(rule.text)}</pre></details>")
            parts.append(_changes_html(changes_of(rulebook.changes, rule.code), codes, "Ändringar i regeln"))
            parts.append(_examples_html(rule_examples(rule.code)))
            parts.append("</section>")
            body.append("".join(parts))
    if rulebook.changes:
        toc.append('</ul><h4><a href="#andringar">Ändringar i regelboken</a></h4><ul>')
        body.append(f'<h2 id="andringar">Ändringar i regelboken</h2><p>{esc(_CHANGES_INTRO)}</p>')
        sections: dict[str, list[Ändring]] = {}
        for change in rulebook.changes:
            sections.setdefault(change.section, []).append(change)
        for section, changes in sections.items():
            body.append(_changes_html(changes, codes, section or "Övrigt", level="h3"))
    if rulebook.classifications:
        toc.append('</ul><h4><a href="#klassningar">Klassningar</a></h4><ul>')
        body.append(f'<h2 id="klassningar">Klassningar</h2><p>{esc(_CLASSIFICATIONS_INTRO)}</p>')
        for c in rulebook.classifications.values():
            facts = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in _classification_facts(c))
            rows = "".join(f"<tr><td>{esc(cat.title)} <code>{esc(cat.name)}</code></td><td>{esc(', '.join(cat.codes))}</td></tr>"
                           for cat in c.categories)
            body.append(f'<section class="rule" id="klassning-{esc(c.name)}"><h3>{esc(c.title)}</h3><dl>{facts}</dl>'
                        + (f"<p>{esc(c.description)}</p>" if c.description else "")
                        + f"<table><tr><th>Kategori</th><th>CPV-koder</th></tr>{rows}</table></section>")
    return (
        "<!DOCTYPE html><html lang=sv><head><meta charset=utf-8>"
        f"<title>Regelbok – kravmotor {esc(__version__)}</title><style>{_CSS}</style></head><body>"
        f"<h1>Regelbok för kravmotor {esc(__version__)}</h1>"
        f"<p>{len(rulebook.rules)} regler. Genererad ur regelfilerna och deras scenarier.</p>"
        f"<nav><ul>{''.join(toc)}</ul></nav>{''.join(body)}</body></html>\n".replace("<ul></ul>", "")
    )


_CHANGES_INTRO = ("Vad som har ändrats i reglerna, daterat, ur rules/ANDRINGAR.md: regeln, vad som ändrades, varför och "
                  "källan. Varje post står också vid sin regel; en regelkod i en post leder till regeln.")


def _changes_html(changes: list[Ändring], codes: set[str], title: str, level: str = "h4") -> str:
    """The changelog's entries as a list; Markdown emphasis kept, every known rule code a link to its rule."""
    if not changes:
        return ""
    items = "".join(f"<li>{change_html(c.text, codes)}</li>" for c in changes)
    return f"<{level}>{html.escape(title)}</{level}><ul class=andringar>{items}</ul>"


def change_html(text: str, codes: set[str], link: str = "#") -> str:
    """One changelog entry as HTML: escaped, its Markdown emphasis kept, every known rule code a link (`link` + code)."""
    out = html.escape(text)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", out)
    return CODE.sub(lambda m: f'<a href="{link}{m.group(0)}">{m.group(0)}</a>' if m.group(0) in codes else m.group(0),
                    out)


def _examples_html(examples: list[Example]) -> str:
    if not examples:
        return "<p><em>Regeln saknar exempel.</em></p>"
    items = "".join(
        f'<div class="example"><strong>{html.escape(ex.title)}</strong> '
        f'<span class="tags">{html.escape(", ".join(ex.tags))}</span><pre>{html.escape(chr(10).join(ex.steps))}</pre></div>'
        for ex in examples)
    return f"<h4>Exempel</h4>{items}"


# The web's rulebook pages show the same facts, grouped the same way, as this printed rulebook.
rule_facts = _facts
rules_by_area = _by_area
