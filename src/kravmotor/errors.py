"""Errors users see. Every one names the file, the place and what was expected, in Swedish.

The CLI turns these into exit code 2 and a message without a traceback; anything
else escaping is a bug in kravmotor.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Location:
    """Where in a file something is wrong: line/column (1-based) and/or a field path."""

    file: str
    line: int | None = None
    column: int | None = None
    field_path: str | None = None

    def __str__(self) -> str:
        s = self.file
        if self.line is not None:
            s += f":{self.line}"
            if self.column is not None:
                s += f":{self.column}"
        if self.field_path:
            s += f": {self.field_path}"
        return s


@dataclass
class Problem:
    location: Location
    message: str
    excerpt: str | None = None  # the offending source line with a caret under it

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}"
        if self.excerpt:
            text += "\n" + self.excerpt
        return text


class KravmotorError(Exception):
    """Base for all errors that are the user's input, not a bug."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class InputError(KravmotorError):
    """A document (förfrågningsunderlag) that cannot be read or is invalid."""


class WrongKindError(InputError):
    """A readable file that describes something else (a supplier given where a document is expected).

    A batch skips such a file instead of counting it as broken; a single check reports it.
    """


class DocumentError(InputError):
    """A Word, PDF or OpenDocument file that cannot be read: encrypted, scanned, corrupt, too large or mislabelled."""


class RuleError(KravmotorError):
    """A rule or parameter file that does not parse or does not check."""


class EngineError(Exception):
    """The inference engine failed while evaluating; carries the rule and the cause."""


def excerpt_with_caret(source: str, line: int, column: int) -> str:
    """The source line `line` with a caret under column `column` (both 1-based)."""
    lines = source.splitlines()
    if not 1 <= line <= len(lines):
        return ""
    text = lines[line - 1].rstrip("\n")
    return f"    {text}\n    {' ' * (max(column, 1) - 1)}^"



__all__ = [
    "Location",
    "Problem",
    "KravmotorError",
    "InputError",
    "WrongKindError",
    "DocumentError",
    "RuleError",
    "EngineError",
    "excerpt_with_caret",
]
