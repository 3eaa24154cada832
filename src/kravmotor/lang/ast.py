"""The abstract syntax of rule files: what a rule says, independent of lark.

Expressions keep their source position so that the checker can point at the
exact place of an unknown field or a type mismatch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from ..record import Record
from ..values import Span


class Pos(Record):
    file: str
    line: int
    column: int


# --- Expressions ---------------------------------------------------------------------


class Number(Record):
    value: Decimal
    pos: Pos


class Text(Record):
    value: str
    pos: Pos


class Date(Record):
    value: dt.date
    pos: Pos


class Bool(Record):
    value: bool
    pos: Pos


class Path(Record):
    """A dotted field path; the first part may be a quantifier alias."""

    parts: tuple[str, ...]
    pos: Pos

    def __str__(self) -> str:
        return ".".join(self.parts)


class ParamRef(Record):
    name: str
    pos: Pos


class DerivedRef(Record):
    name: str
    pos: Pos


class Arith(Record):
    op: str  # + - * /
    left: Expr
    right: Expr
    pos: Pos


class Negative(Record):
    operand: Expr
    pos: Pos


class DaysBetween(Record):
    start: Path
    end: Path
    pos: Pos


class Count(Record):
    path: Path
    pos: Pos


class Compare(Record):
    op: str  # = != < <= > >=
    left: Expr
    right: Expr
    pos: Pos


class InList(Record):
    value: Expr
    options: tuple[Number | Text, ...]
    negated: bool
    pos: Pos


class StartsWith(Record):
    value: Expr
    prefix: str
    pos: Pos


class Presence(Record):
    path: Path
    present: bool  # finns / saknas
    pos: Pos


class And(Record):
    items: tuple[Expr, ...]
    pos: Pos


class Or(Record):
    items: tuple[Expr, ...]
    pos: Pos


class Not(Record):
    operand: Expr
    pos: Pos


class Quantifier(Record):
    kind: str  # någon / ingen / alla
    collection: Path
    alias: str
    condition: Expr
    pos: Pos


class AtLeast(Record):
    count: int
    items: tuple[Expr, ...]
    pos: Pos


class Aggregate(Record):
    """`antal`, `summa` or `medel`: of the parts (`antal av (c, ...)`, `summa av (x, ...)`), or of a
    list's elements (`antal L som x där (c)`, `summa L som x av (e)`), then with one part about `alias`."""

    func: str  # antal / summa / medel
    parts: tuple[Expr, ...]
    collection: Path | None
    alias: str | None
    pos: Pos


class MeasureRef(Record):
    name: str
    pos: Pos


Expr = (
    Number | Text | Date | Bool | Path | ParamRef | DerivedRef | Arith | Negative | DaysBetween | Count
    | Compare | InList | StartsWith | Presence | And | Or | Not | Quantifier | AtLeast | Aggregate | MeasureRef
)


# --- Definitions ---------------------------------------------------------------------


class Template(Record):
    """A message with `{expression}` holes, parsed when the rule is loaded."""

    text: str
    holes: tuple[tuple[str, Expr], ...]  # (source text of the hole, its expression)
    pos: Pos


class ForEach(Record):
    collection: Path
    alias: str
    where: Expr | None
    pos: Pos


@dataclass
class Rule:
    code: str
    title: str
    pos: Pos
    area: str | None = None
    source: str | None = None
    rule_type: str | None = None  # HARD / HARD-opt / GUIDE / LOCAL
    confidence: str | None = None  # V1 / V2 / S / M
    references: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    outcome: str | None = None  # fel / varning / info / bedömning krävs
    justification_allowed: bool = False
    description: str | None = None
    when: list[Expr] = field(default_factory=list)
    for_each: ForEach | None = None
    require: Expr | None = None
    message: Template | None = None
    remedy: Template | None = None
    goals: tuple[int, ...] = ()  # inriktningsmål
    clause_pos: dict[str, Pos] = field(default_factory=dict)


@dataclass
class Derivation:
    """`slutsats NAMN`: a derived fact that holds when its conditions hold."""

    name: str
    title: str
    pos: Pos
    source: str | None = None
    description: str | None = None
    when: list[Expr] = field(default_factory=list)
    for_each: ForEach | None = None
    clause_pos: dict[str, Pos] = field(default_factory=dict)


class ParamValue(Record):
    value: Decimal | Span | None  # a Span: known only to lie between two bounds; None: not known for the period
    valid_from: dt.date
    valid_to: dt.date | None
    when: Expr | None
    confidence: str | None
    pos: Pos
    source: str | None = None  # where this value (or its span) comes from, when not the parameter's source

    @property
    def confirmed(self) -> bool:
        return self.value is not None and not isinstance(self.value, Span) and self.confidence != "M"


@dataclass
class Parameter:
    name: str
    title: str
    pos: Pos
    unit: str | None = None
    source: str | None = None
    description: str | None = None
    values: list[ParamValue] = field(default_factory=list)
    clause_pos: dict[str, Pos] = field(default_factory=dict)


@dataclass
class Measure:
    """`mått NAMN`: a named number, per element of a list with `för varje`."""

    name: str
    title: str
    pos: Pos
    source: str | None = None
    description: str | None = None
    unit: str | None = None
    for_each: ForEach | None = None
    value: Expr | None = None
    clause_pos: dict[str, Pos] = field(default_factory=dict)


Definition = Rule | Derivation | Parameter | Measure
