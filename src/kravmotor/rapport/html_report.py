"""The `granska` report as one self-contained HTML page (`granska --format html`, and the web's download).

The page and the web interface's findings are the same Jinja2 templates
(`mallar/`): the standalone page wraps `_granskning.html` with the stylesheet
inlined, and the web page includes `_granskning.html` as it is. No scripts, no
fonts or images fetched: the file can be mailed, archived and opened offline.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

from .. import __version__
from ..motor.findings import OUTCOMES, Fynd
from .summary import Run, result_counts

TEMPLATES = Path(__file__).resolve().parent / "mallar"
STYLESHEET = TEMPLATES / "rapport.css"

# How each outcome is marked besides its colour, so that it reads in black and white and to a screen reader.
OUTCOME_MARKS = {"fel": "✗", "varning": "!", "bedömning krävs": "?", "underlag saknas": "…",
                 "motiverad avvikelse": "✓", "info": "i"}
OUTCOME_CLASSES = {"fel": "fel", "varning": "varning", "bedömning krävs": "bedomning", "underlag saknas": "saknas",
                   "motiverad avvikelse": "motiverad", "info": "info"}


def environment(*more: Path) -> jinja2.Environment:
    """Templates from `more` first, then the reports' own; HTML escaped everywhere."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader([*more, TEMPLATES]), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.globals.update(OUTCOMES=OUTCOMES, OUTCOME_MARKS=OUTCOME_MARKS, OUTCOME_CLASSES=OUTCOME_CLASSES,
                       version=__version__)
    env.filters["grouped"] = grouped
    env.filters["counts"] = result_counts
    return env


def grouped(findings: list[Fynd]) -> list[tuple[str, list[Fynd]]]:
    """Findings by outcome, most serious first; outcomes without findings left out."""
    return [(outcome, group) for outcome in OUTCOMES if (group := [f for f in findings if f.utfall == outcome])]


@lru_cache(maxsize=1)
def _report_environment() -> jinja2.Environment:
    return environment()


def render(run: Run, rulebook=None, title: str = "Granskningsrapport") -> str:
    return _report_environment().get_template("granskning.html").render(
        run=run, title=title, stylesheet=STYLESHEET.read_text(encoding="utf-8"))
