"""GitHub Actions workflow commands: each finding an annotation on the file and line it concerns.

`::error file=underlag.yaml,line=12,col=3,title=PROP-03 ...::message` (GitHub's own escaping: `%`, CR
and LF in the message, and also `:` and `,` in a property). `fel` is an error, `varning` and
`bedömning krävs` a warning, the rest a notice.
"""

from __future__ import annotations

from ..lang.compiler import Rulebook
from .summary import Run, position

_COMMAND = {"fel": "error", "varning": "warning", "bedömning krävs": "warning"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _line(command: str, message: str, **properties) -> str:
    given = ",".join(f"{key}={_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{command} {given}::{_data(message)}" if given else f"::{command}::{_data(message)}"


def render(run: Run, rulebook: Rulebook | None = None) -> str:
    lines = []
    for r in run.results:
        for f in r.findings:
            where = next((p for p in (position(r, path) for path in f.fält) if p), None)
            message = f"{f.utfall}: {f.meddelande}" + (f" Åtgärd: {f.åtgärd}" if f.åtgärd else "")
            if f.motivering:
                message += f" Motivering: {f.motivering}"
            lines.append(_line(_COMMAND.get(f.utfall, "notice"), message, file=r.file,
                               line=where[0] if where else None, col=where[1] if where else None,
                               title=f"{f.kod} {f.titel}"))
    for p in run.problems:
        lines.append(_line("error", p.message, file=p.location.file, line=p.location.line, col=p.location.column,
                           title="Kunde inte läsas"))
    return "\n".join(lines)
