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
    internal: bool = False  # a bug in kravmotor met while handling this file, not a mistake in it

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


def debugging() -> bool:
    """KRAVMOTOR_FELSOK (or KRAVMOTOR_FELSÖK, which bash cannot set) asks for a bug's traceback."""
    import os

    return bool(os.environ.get("KRAVMOTOR_FELSOK") or os.environ.get("KRAVMOTOR_FELSÖK"))


def internal_problem(file: str, error: BaseException) -> Problem:
    """A bug met while handling one file, recorded against that file so the others go on.

    Only the exception's type is named: its text may quote the file, and a supplier file's
    may hold personal data.
    """
    return Problem(Location(file), (
        f"internt fel i kravmotor när filen behandlades ({type(error).__name__}); de andra filerna behandlas ändå. "
        "Kör med KRAVMOTOR_FELSOK=1 för detaljer och rapportera felet"), internal=True)


def memory_problem(file: str) -> Problem:
    return Problem(Location(file), "minnet räckte inte för filen; sänk gränserna (kravmotor --gräns) eller dela upp filen")


EXCERPT_WIDTH = 100  # characters of a long line shown around the caret


def excerpt_with_caret(source: str, line: int, column: int) -> str:
    """The source line `line` with a caret under column `column` (both 1-based).

    A long line is cut to a window around the column, marked with … at the cut ends,
    so a megabyte on one line costs a hundred characters of message.
    """
    if line < 1 or line > source.count("\n") + 1:
        return ""
    start = 0
    for _ in range(line - 1):
        start = source.index("\n", start) + 1
    end = source.find("\n", start)
    text = source[start:end if end >= 0 else len(source)].rstrip("\r")
    caret = max(column, 1) - 1
    if len(text) > EXCERPT_WIDTH:
        first = max(0, min(caret - EXCERPT_WIDTH // 2, len(text) - EXCERPT_WIDTH))
        window = text[first:first + EXCERPT_WIDTH]
        prefix = "…" if first > 0 else ""
        text = prefix + window + ("…" if first + EXCERPT_WIDTH < len(text) else "")
        caret = caret - first + len(prefix)
    return f"    {text}\n    {' ' * caret}^"



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
    "internal_problem",
    "memory_problem",
]
