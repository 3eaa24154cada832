"""What every report format shares: the checked documents, errors, and counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..errors import Problem
from ..motor.findings import OUTCOMES
from ..motor.pipeline import Result


@dataclass
class Run:
    """One `granska` run: results for the documents that could be read, problems for the rest."""

    results: list[Result] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        counter = Counter(f.utfall for r in self.results for f in r.findings)
        return {outcome: counter.get(outcome, 0) for outcome in OUTCOMES}

    @property
    def unreadable_files(self) -> list[str]:
        return list(dict.fromkeys(p.location.file for p in self.problems))

    @property
    def exit_code(self) -> int:
        """3 when kravmotor failed on a file, else 2 when something could not be read, else 1 when a rule gave
        `fel`, else 0."""
        if any(p.internal for p in self.problems):
            return 3
        if self.problems:
            return 2
        return 1 if self.counts()["fel"] else 0


def result_counts(result: Result) -> dict[str, int]:
    counter = Counter(f.utfall for f in result.findings)
    return {outcome: counter.get(outcome, 0) for outcome in OUTCOMES if counter.get(outcome)}


def position(result: Result, field_path: str | None) -> tuple[int, int] | None:
    """Line and column of a finding's field in the result's YAML or JSON file (None for other files)."""
    if not result.file or not field_path:
        return None
    from ..model.loading import field_position

    try:
        return field_position(result.file, field_path)
    except OSError:
        return None


# Outcomes counted in a sentence: "1 varning", "9 varningar".
_PLURAL = {"varning": "varningar", "bedömning krävs": "bedömningar krävs", "motiverad avvikelse": "motiverade avvikelser"}


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """`n` and the word for it in Swedish: 1 varning, 2 varningar (a word without a plural form stays)."""
    return f"{n} {singular if n == 1 else (plural or _PLURAL.get(singular, singular))}"


def outcome_counts(counts: dict[str, int]) -> str:
    """`3 fel, 1 varning, 2 motiverade avvikelser`, or `inga fynd`."""
    return ", ".join(counted(n, outcome) for outcome, n in counts.items() if n) or "inga fynd"
