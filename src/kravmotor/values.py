"""The two values a fact can have besides a plain one: unknown, and known only as a span.

`UNKNOWN` stands for a fact nobody knows (not stated in a document, declared
unknown by an importer, answered "vet inte", a parameter with no value for the
day). `Span(low, high)` is a number known only to lie between two bounds (an
unconfirmed amount, a value read from free text that an importer is unsure of).

Both are built so that the Python operators give the *definite* answer: a
comparison is True only when it holds whatever the value is. So `UNKNOWN < 5`
and `UNKNOWN >= 5` are both False, and `Span(2, 3) < 5` is True while
`Span(2, 6) < 5` and `Span(2, 6) >= 5` are both False. The evaluators rely on
this: "definitely true" of `a < b` is `a < b`, and "definitely false" is
`a >= b`, for plain values, spans and unknowns alike. Arithmetic with an
unknown gives unknown; with a span, the span of every possible result.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any


class _Unknown:
    """The single unknown value. It has no truth value: `bool(UNKNOWN)` is an error,
    so code that forgets to test for it fails loudly instead of reading it as "no"."""

    __slots__ = ()
    _instance: _Unknown | None = None

    def __new__(cls) -> _Unknown:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNKNOWN"

    def __reduce__(self) -> str:
        return "UNKNOWN"  # pickles as the module attribute: one instance in every process

    def __bool__(self) -> bool:
        raise TypeError("ett okänt värde är varken sant eller falskt")

    def _never(self, other: Any) -> bool:
        return False

    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = _never
    __hash__ = object.__hash__

    def _unknown(self, *other: Any) -> _Unknown:
        return self

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __neg__ = _unknown


UNKNOWN = _Unknown()


def is_unknown(value: Any) -> bool:
    return value is UNKNOWN


class Span:
    """A number known only to lie in [low, high] (low < high; a span of one point is that number).

    Immutable. Bounds keep the type they were given (Decimal in documents and rule
    files, float in the evaluators); `as_floats` converts.
    """

    __slots__ = ("low", "high")
    low: Any
    high: Any

    def __init__(self, low: Any, high: Any):
        if not low < high:
            raise ValueError(f"ett spann måste ha lägre gräns än övre: {low}–{high}")
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Span är oföränderligt")

    def __repr__(self) -> str:
        return f"Span({self.low!r}, {self.high!r})"

    def __reduce__(self):
        return (Span, (self.low, self.high))

    def __hash__(self) -> int:
        return hash(("Span", self.low, self.high))

    def same(self, other: Any) -> bool:
        """Whether `other` is the same span (not `==`, which is definite equality of values)."""
        return isinstance(other, Span) and self.low == other.low and self.high == other.high

    def as_floats(self) -> Span:
        return Span(float(self.low), float(self.high))

    # --- definite comparisons -------------------------------------------------------

    @staticmethod
    def _bounds(other: Any) -> tuple[Any, Any] | None:
        if isinstance(other, Span):
            return other.low, other.high
        if other is UNKNOWN or other is None or isinstance(other, (bool, str)):
            return None
        return other, other

    def __lt__(self, other: Any) -> bool:
        b = self._bounds(other)
        return b is not None and self.high < b[0]

    def __le__(self, other: Any) -> bool:
        b = self._bounds(other)
        return b is not None and self.high <= b[0]

    def __gt__(self, other: Any) -> bool:
        b = self._bounds(other)
        return b is not None and self.low > b[1]

    def __ge__(self, other: Any) -> bool:
        b = self._bounds(other)
        return b is not None and self.low >= b[1]

    def __eq__(self, other: Any) -> bool:
        return False  # a span is never definitely equal to anything (it has more than one point)

    def __ne__(self, other: Any) -> bool:
        b = self._bounds(other)
        return b is not None and (self.high < b[0] or self.low > b[1])

    # --- arithmetic: the span of every possible result ------------------------------

    def __add__(self, other: Any) -> Any:
        b = self._bounds(other)
        return UNKNOWN if b is None else span(self.low + b[0], self.high + b[1])

    __radd__ = __add__

    def __sub__(self, other: Any) -> Any:
        b = self._bounds(other)
        return UNKNOWN if b is None else span(self.low - b[1], self.high - b[0])

    def __rsub__(self, other: Any) -> Any:
        b = self._bounds(other)
        return UNKNOWN if b is None else span(b[0] - self.high, b[1] - self.low)

    def __mul__(self, other: Any) -> Any:
        b = self._bounds(other)
        if b is None:
            return UNKNOWN
        products = (self.low * b[0], self.low * b[1], self.high * b[0], self.high * b[1])
        return span(min(products), max(products))

    __rmul__ = __mul__

    def __truediv__(self, other: Any) -> Any:
        b = self._bounds(other)
        if b is None or b[0] <= 0 <= b[1]:
            return UNKNOWN  # the divisor may be zero (a missing value) or tiny: nothing definite
        return self * span(1 / b[1], 1 / b[0])

    def __rtruediv__(self, other: Any) -> Any:
        b = self._bounds(other)
        if b is None or self.low <= 0 <= self.high:
            return UNKNOWN
        return span(b[0], b[1]) * span(1 / self.high, 1 / self.low)

    def __neg__(self) -> Span:
        return Span(-self.high, -self.low)


def span(low: Any, high: Any) -> Any:
    """A span, or the plain number when both bounds are the same."""
    return low if low == high else Span(low, high)


def count_of(items: list) -> Any:
    """How many elements a list has: exactly, or for a PartialList at least those known (a span
    without end, so "antal miljökrav >= 1" holds when one is known, and "= 2" stays open)."""
    return Span(float(len(items)), float("inf")) if isinstance(items, PartialList) else float(len(items))


def is_number(value: Any) -> bool:
    """A plain number (not a truth value, span or unknown)."""
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def _span_from_input(value: Any) -> Span:
    """A span as a document writes it: `{lägst: 2000000, högst: 3000000}`."""
    if isinstance(value, Span):
        return value
    if not isinstance(value, dict) or set(value) != {"lägst", "högst"}:
        raise ValueError("ett spann anges som {lägst: ..., högst: ...}")
    low, high = (Decimal(str(value[k])) if not isinstance(value[k], Decimal) else value[k] for k in ("lägst", "högst"))
    if low < 0:
        raise ValueError("ett spann kan inte börja under 0")
    if not low < high:
        raise ValueError("i ett spann måste lägst vara mindre än högst")
    return Span(low, high)


def _span_schema(cls, source: Any, handler: Any) -> Any:
    from pydantic_core import core_schema

    return core_schema.no_info_plain_validator_function(
        _span_from_input,
        json_schema_input_schema=core_schema.typed_dict_schema({
            "lägst": core_schema.typed_dict_field(core_schema.decimal_schema(ge=Decimal(0)), metadata={
                "pydantic_js_updates": {"description": "Det lägsta beloppet det kan vara."}}),
            "högst": core_schema.typed_dict_field(core_schema.decimal_schema(ge=Decimal(0)), metadata={
                "pydantic_js_updates": {"description": "Det högsta beloppet det kan vara."}}),
        }),
        serialization=core_schema.plain_serializer_function_ser_schema(
            lambda s, info: {"lägst": s.low, "högst": s.high} if info.mode == "json" else s, info_arg=True),
    )


Span.__get_pydantic_core_schema__ = classmethod(_span_schema)  # type: ignore[attr-defined]


class PartialList(list):
    """A list known to hold these elements, and perhaps others nobody knows: a document's
    classification when its own CPV codes are known but a lot's are not.

    `någon x där ...` is true when a known element makes it so, never false; `finns` is true
    when an element is known, never false; `antal` is unknown. Code that means "a known list"
    tests `type(x) is list`, which this is not.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"PartialList({list.__repr__(self)} + okända)"

    def __reduce__(self):
        return (PartialList, (list(self),))
