"""The bars of the revision report: one indicator per group, coloured by status, with the target as a line (inline SVG)."""

from __future__ import annotations

from html import escape

from ..revision.indicators import (
    COUNT, DIMENSION_TITLES, FOLLOWED, MEAN, MET, NOT_APPLICABLE, NOT_MET, TOTAL, UNDECIDED, UNSUPPORTED, IndicatorResult,
)
from .revision_report import NBSP, format_result_value, format_target
from .revision_report import html_number as _n

STATUS_COLOUR = {MET: "#1e7b3c", NOT_MET: "#c0392b", UNDECIDED: "#b7791f", NOT_APPLICABLE: "#7a5c99", FOLLOWED: "#3d6a99",
                 UNSUPPORTED: "#9aa0a6"}


def chart(rows: list[IndicatorResult]) -> str:
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
