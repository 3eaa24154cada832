"""The JSON report: the wire format for other tools, with Swedish keys."""

from __future__ import annotations

from .. import __version__
from ..errors import Problem
from . import json_text
from .summary import Run, result_counts


def render(run: Run, rulebook=None) -> str:
    data = {
        "kravmotor": __version__,
        "sammanfattning": run.counts(),
        "underlag": [
            {
                "fil": r.file,
                "id": r.document_id,
                "sammanfattning": result_counts(r),
                "slutsatser": sorted(r.derived),
                "fynd": [f.model_dump(mode="json", exclude_none=True) for f in r.findings],
                "saknade_uppgifter": [m.model_dump() for m in r.missing],
            }
            for r in run.results
        ],
        "indatafel": problems_json(run.problems),
    }
    return json_text.dumps(data)


def problems_json(problems: list[Problem]) -> list[dict]:
    """The files that could not be read, located; `internt` marks a bug in kravmotor rather than in the file."""
    return [{"fil": p.location.file, "rad": p.location.line, "kolumn": p.location.column,
             "fält": p.location.field_path, "meddelande": p.message, **({"internt": True} if p.internal else {})}
            for p in problems]
