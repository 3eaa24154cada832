"""How the parts of an aggregate (`antal`, `summa`, `medel`) combine into its value.

Shared by every evaluator, so that they count and add in the same order (the
numbers are doubles: the order of additions matters) and agree on unknown and
missing parts. Which parts are true, or what the values are, each evaluator
works out itself; these functions only combine them (see `ir.Aggregate`):

- a count is the span from the parts that are true to the parts that are not
  false: a plain number when nothing is unknown, never unknown itself;
- a sum is missing when a value is missing (as `a + b` is), unknown when a value
  is unknown, else the sum of the values and spans, added left to right from 0;
- a mean is the sum divided by the number of values; of no values it is missing
  (as a division by zero is).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..values import UNKNOWN, Span, span


def as_number(value: Any) -> Any:
    """A double (a span of doubles); missing and unknown as they are."""
    if value is None or value is UNKNOWN:
        return value
    if isinstance(value, Span):
        return value if isinstance(value.low, float) else value.as_floats()
    return float(value)


def count(truths: Iterable[bool | None]) -> Any:
    """How many of the parts hold: True, False or None (unknown) each."""
    true = possible = 0
    for truth in truths:
        if truth is True:
            true += 1
            possible += 1
        elif truth is None:
            possible += 1
    return span(float(true), float(possible))


def count_tf(pairs: Iterable[tuple[Any, Any]]) -> Any:
    """`count` of parts given as (definitely true, definitely false): the native three-valued form."""
    return count(True if t else (False if f else None) for t, f in pairs)


def total(values: Iterable[Any]) -> Any:
    numbers = [as_number(v) for v in values]
    if any(v is None for v in numbers):
        return None
    if any(v is UNKNOWN for v in numbers):
        return UNKNOWN
    result: Any = 0.0
    for v in numbers:
        result = result + v
    return result


def mean(values: Iterable[Any]) -> Any:
    numbers = list(values)
    if not numbers:
        return None
    result = total(numbers)
    if result is None or result is UNKNOWN:
        return result
    return result / float(len(numbers))
