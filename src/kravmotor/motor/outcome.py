"""What an evaluator returns for one document: the rules that fired, and the derived facts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, NamedTuple

from . import ir


@dataclass(frozen=True)
class Hit:
    """A rule fired: for a `för varje` rule, on the list element at `index`."""

    rule: ir.RuleIR
    index: int | None


class _OutcomeFields(NamedTuple):
    hits: tuple[Hit, ...]  # sorted by (code, index), each (code, index) once
    derived: frozenset[str]


class Outcome(_OutcomeFields):
    """`Outcome(hits, derived)`, with `hits` kept as a tuple.

    A named tuple rather than a dataclass: immutable, so an outcome with nothing
    in it can be shared (`NOTHING`), and cheap to build per document (no instance
    dict, no Python-level `__init__`: the native evaluator calls
    `tuple.__new__(Outcome, (hits, derived))` with `hits` already a tuple).
    """

    __slots__ = ()

    def __new__(cls, hits: Iterable[Hit], derived: frozenset[str]) -> Outcome:
        return tuple.__new__(cls, (tuple(hits), derived))


NOTHING = Outcome((), frozenset())  # no rule fired, no fact derived


def sort_key(hit: Hit) -> tuple:
    return (hit.rule.code, -1 if hit.index is None else hit.index)
