"""What an evaluator returns for one document: the rules that fired, and the derived facts."""

from __future__ import annotations

from dataclasses import dataclass

from . import ir


@dataclass(frozen=True)
class Hit:
    """A rule fired: for a `för varje` rule, on the list element at `index`."""

    rule: ir.RuleIR
    index: int | None


@dataclass
class Outcome:
    hits: list[Hit]  # sorted by (code, index), each (code, index) once
    derived: frozenset[str]


def sort_key(hit: Hit) -> tuple:
    return (hit.rule.code, -1 if hit.index is None else hit.index)
