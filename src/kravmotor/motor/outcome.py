"""What an evaluator returns for one subject: the rules that fired, those it could not decide,
and the derived facts that hold or may hold."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from . import ir


@dataclass(frozen=True)
class Hit:
    """A rule fired (or is undecided): for a `för varje` rule, on the list element at `index`.

    An undecided `för varje` rule over a list that is itself unknown has index None.
    """

    rule: ir.RuleIR
    index: int | None


class _OutcomeFields(NamedTuple):
    hits: tuple[Hit, ...]  # definitely true; sorted by (code, index), each (code, index) once
    derived: frozenset[str]  # derived facts that definitely hold
    undecided: tuple[Hit, ...]  # neither true nor false on what is known; sorted like hits
    maybe: frozenset[str]  # derived facts that may hold: unknown on what is known


class Outcome(_OutcomeFields):
    """`Outcome(hits, derived, undecided, maybe)`, with `hits` and `undecided` kept as tuples.

    A named tuple rather than a dataclass: immutable, so an outcome with nothing
    in it can be shared (`NOTHING`), and cheap to build per document (no instance
    dict, no Python-level `__init__`: the native evaluator calls
    `tuple.__new__(Outcome, (hits, derived, (), _NONE))` with `hits` already a tuple).
    """

    __slots__ = ()

    def __new__(cls, hits: Iterable[Hit], derived: frozenset[str], undecided: Iterable[Hit] = (),
                maybe: frozenset[str] = frozenset()) -> Outcome:
        return tuple.__new__(cls, (tuple(hits), derived, tuple(undecided), maybe))


NOTHING = Outcome((), frozenset())  # no rule fired or undecided, no fact derived


def sort_key(hit: Hit) -> tuple:
    return (hit.rule.code, -1 if hit.index is None else hit.index)
