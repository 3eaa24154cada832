"""The backend-neutral intermediate form every evaluator consumes.

A compiled rule is a condition in negation normal form: negation has been
pushed down to the atoms, so each backend only needs positive and negated
atoms, `och`, `eller`, quantifiers and derived facts. Its meaning is fixed once,
for every backend, by `evaluate` (the reference) and written out in
DEVELOPERS.md: every condition is true, false or unknown (Kleene's logic); a
comparison with a missing value is false whichever way it is negated, one with
an unknown value is unknown, one with a span is decided only when the whole
span decides it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..record import Record, fields_of

DOC = "dok"  # the scope name of the document itself

# --- Values ---------------------------------------------------------------------------


class Ref(Record):
    """A field: `scope` is DOC or a quantifier alias; `path` is relative to it."""

    scope: str
    path: tuple[str, ...]
    kind: str  # tal / text / datum / sanning / lista
    unit: str | None = None


class Const(Record):
    value: Decimal | int | str | dt.date | bool
    kind: str
    unit: str | None = None

    def as_float(self) -> float:
        """A number (`tal`) as a double, as both evaluators compute with it."""
        if isinstance(self.value, (str, dt.date)):
            raise TypeError(f"inte ett tal: {self.value!r}")
        return float(self.value)


class Param(Record):
    name: str
    unit: str | None = None
    kind: str = "tal"


class Arith(Record):
    op: str
    left: Value
    right: Value
    unit: str | None = None
    kind: str = "tal"


class Days(Record):
    start: Ref
    end: Ref
    kind: str = "tal"
    unit: str = "dagar"


class Count(Record):
    collection: Ref
    kind: str = "tal"
    unit: str | None = None


class Aggregate(Record):
    """`antal`, `summa` or `medel` of its parts (`collection` None), or of a list: then `parts` is the one
    condition (antal) or value (summa, medel) about each element, bound to `alias`.

    Three-valued (see `evaluate.aggregate`): a count is the span from the parts that are true to
    the parts that are not false; a sum or mean of spans is a span; an unknown value, or an unknown
    list, makes it unknown; a missing value makes it missing; a missing list has no elements.
    """

    func: str  # antal / summa / medel
    parts: tuple  # conditions (antal) or values (summa, medel)
    collection: Ref | None = None
    alias: str | None = None
    kind: str = "tal"
    unit: str | None = None


Value = Ref | Const | Param | Arith | Days | Count | Aggregate

# --- Conditions (negation normal form) --------------------------------------------------

NEGATED_OP = {"=": "!=", "!=": "=", "<": ">=", ">=": "<", ">": "<=", "<=": ">"}
FLIPPED_OP = {"=": "=", "!=": "!=", "<": ">", ">": "<", "<=": ">=", ">=": "<="}


class Cmp(Record):
    op: str
    left: Value
    right: Value


class Present(Record):
    ref: Ref
    present: bool


class Prefix(Record):
    ref: Ref
    prefix: str
    negated: bool = False


class AllOf(Record):
    items: tuple[Cond, ...]


class AnyOf(Record):
    items: tuple[Cond, ...]


class Quant(Record):
    """`exists`: some element satisfies `cond`; otherwise no element does."""

    exists: bool
    collection: Ref
    alias: str
    cond: Cond


class Derived(Record):
    name: str
    holds: bool = True


class Truth(Record):
    value: bool


Cond = Cmp | Present | Prefix | AllOf | AnyOf | Quant | Derived | Truth
TRUE = Truth(True)
FALSE = Truth(False)


def negate(cond: Cond) -> Cond:
    """The NNF negation of an NNF condition."""
    if isinstance(cond, Cmp):
        return Cmp(NEGATED_OP[cond.op], cond.left, cond.right)
    if isinstance(cond, Present):
        return Present(cond.ref, not cond.present)
    if isinstance(cond, Prefix):
        return Prefix(cond.ref, cond.prefix, not cond.negated)
    if isinstance(cond, AllOf):
        return any_of(tuple(negate(c) for c in cond.items))
    if isinstance(cond, AnyOf):
        return all_of(tuple(negate(c) for c in cond.items))
    if isinstance(cond, Quant):
        return Quant(not cond.exists, cond.collection, cond.alias, cond.cond)
    if isinstance(cond, Derived):
        return Derived(cond.name, not cond.holds)
    if isinstance(cond, Truth):
        return Truth(not cond.value)
    raise TypeError(cond)


def all_of(items) -> Cond:
    flat: list[Cond] = []
    for c in items:
        if c == TRUE:
            continue
        if c == FALSE:
            return FALSE
        flat.extend(c.items if isinstance(c, AllOf) else [c])
    if not flat:
        return TRUE
    return flat[0] if len(flat) == 1 else AllOf(tuple(flat))


def any_of(items) -> Cond:
    flat: list[Cond] = []
    for c in items:
        if c == FALSE:
            continue
        if c == TRUE:
            return TRUE
        flat.extend(c.items if isinstance(c, AnyOf) else [c])
    if not flat:
        return FALSE
    return flat[0] if len(flat) == 1 else AnyOf(tuple(flat))


# --- Rules ----------------------------------------------------------------------------


# A `{expression}` hole in a message template: parsed by the parser, filled by findings.
TEMPLATE_HOLE = re.compile(r"\{([^{}]+)\}")


class TemplateIR(Record):
    text: str
    holes: tuple[tuple[str, Value], ...]


class ForEachIR(Record):
    collection: Ref
    alias: str


@dataclass
class RuleIR:
    """One compiled rule (`kind == "regel"`) or derived fact (`kind == "slutsats"`)."""

    kind: str
    code: str  # rule code, or the derived fact's name
    title: str
    condition: Cond  # when the rule fires: applicable, and the requirement not met
    stratum: int = 0
    for_each: ForEachIR | None = None
    area: str | None = None
    source: str | None = None
    rule_type: str | None = None
    confidence: str | None = None
    references: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    outcome: str | None = None
    justification_allowed: bool = False
    description: str | None = None
    message: TemplateIR | None = None
    remedy: TemplateIR | None = None
    explain: tuple[tuple[str, Value], ...] = ()  # the values the requirement compared
    fields: tuple[str, ...] = ()  # field paths the finding concerns
    params: frozenset[str] = frozenset()
    uses_derived: frozenset[str] = frozenset()
    reads: frozenset[str] = frozenset()  # field paths read, own and via derived facts, without list indices
    applies: Cond | None = None  # a rule's `om` and validity conditions: whether it applies at all
    subject: str = "förfrågningsunderlag"
    file: str | None = None
    line: int | None = None
    goals: tuple[int, ...] = ()  # inriktningsmål the rule serves
    text: str = ""  # the rule's own source text, for the rulebook
    extra: dict = field(default_factory=dict)


def refs(node, into_quantifiers: bool = True) -> list[Ref]:
    """Every field reference inside a value or condition, in order."""
    if isinstance(node, Ref):
        return [node]
    if isinstance(node, (Arith, Cmp)):
        return refs(node.left, into_quantifiers) + refs(node.right, into_quantifiers)
    if isinstance(node, Days):
        return [node.start, node.end]
    if isinstance(node, Count):
        return [node.collection]
    if isinstance(node, (Present, Prefix)):
        return [node.ref]
    if isinstance(node, (AllOf, AnyOf)):
        return [r for item in node.items for r in refs(item, into_quantifiers)]
    if isinstance(node, Quant) and into_quantifiers:
        return [node.collection] + refs(node.cond, into_quantifiers)
    if isinstance(node, Aggregate) and (node.collection is None or into_quantifiers):
        return ([node.collection] if node.collection else []) + [r for p in node.parts for r in refs(p, into_quantifiers)]
    return []


def aggregates(node) -> list[Aggregate]:
    """The aggregates inside a value or condition, outermost first (not those inside another aggregate)."""
    if isinstance(node, Aggregate):
        return [node]
    if isinstance(node, (Arith, Cmp)):
        return aggregates(node.left) + aggregates(node.right)
    if isinstance(node, (AllOf, AnyOf)):
        return [a for item in node.items for a in aggregates(item)]
    if isinstance(node, Quant):
        return aggregates(node.cond)
    return []


def rename_alias(node, old: str, new: str):
    """The value or condition with the alias `old` renamed `new` (a measure read under another alias)."""
    if isinstance(node, Ref):
        return node.replace(scope=new) if node.scope == old else node
    if isinstance(node, tuple):
        return tuple(rename_alias(item, old, new) for item in node)
    if (fields := fields_of(node)) is not None:
        return node.replace(**{name: rename_alias(value, old, new) for name, value in fields.items()})
    return node


def render_value(v: Value) -> str:
    """The value back in rule-language syntax, for explanations and the rulebook."""
    if isinstance(v, Ref):
        return ".".join(((v.scope,) if v.scope != DOC else ()) + v.path) or v.scope
    if isinstance(v, Const):
        if v.kind == "text":
            return f'"{v.value}"'
        if v.kind == "sanning":
            return "sant" if v.value else "falskt"
        return str(v.value)
    if isinstance(v, Param):
        return f"parameter {v.name}"
    if isinstance(v, Arith):
        return f"{_paren(v.left)} {v.op} {_paren(v.right)}"
    if isinstance(v, Days):
        return f"dagar från {render_value(v.start)} till {render_value(v.end)}"
    if isinstance(v, Count):
        return f"antal {render_value(v.collection)}"
    if isinstance(v, Aggregate):
        if v.collection is not None:
            joint = "där" if v.func == "antal" else "av"
            return f"{v.func} {render_value(v.collection)} som {v.alias} {joint} ({render(v.parts[0])})"
        return f"{v.func} av ({', '.join(render(p) for p in v.parts)})"
    raise TypeError(v)


def render(node) -> str:
    """A value or condition back in rule-language syntax (conditions as negation normal form)."""
    if not isinstance(node, (Cmp, Present, Prefix, AllOf, AnyOf, Quant, Derived, Truth)):
        return render_value(node)
    if isinstance(node, Cmp):
        return f"{_paren(node.left)} {node.op} {_paren(node.right)}"
    if isinstance(node, Present):
        return f"{render_value(node.ref)} {'finns' if node.present else 'saknas'}"
    if isinstance(node, Prefix):
        return f"{'inte ' if node.negated else ''}{render_value(node.ref)} börjar med \"{node.prefix}\""
    if isinstance(node, (AllOf, AnyOf)):
        joiner = " och " if isinstance(node, AllOf) else " eller "
        return "(" + joiner.join(render(i) for i in node.items) + ")"
    if isinstance(node, Quant):
        return f"{'någon' if node.exists else 'ingen'} {render_value(node.collection)} som {node.alias} där ({render(node.cond)})"
    if isinstance(node, Derived):
        return f"{'' if node.holds else 'inte '}slutsats {node.name}"
    return "sant" if node.value else "falskt"


def _paren(v: Value) -> str:
    return f"({render_value(v)})" if isinstance(v, Arith) else render_value(v)


@dataclass
class MeasureIR:
    """A compiled `mått`: a named number, once for the subject or per element of `for_each`'s list.

    Its value is evaluated by `evaluate.measures` after the rules (as every value a report shows);
    a rule or measure that reads it (`mått NAMN`) has the value written in instead."""

    name: str
    title: str
    value: Value
    for_each: ForEachIR | None = None
    source: str | None = None
    description: str | None = None
    unit: str | None = None
    params: frozenset[str] = frozenset()
    uses_derived: frozenset[str] = frozenset()
    subject: str = "förfrågningsunderlag"
    file: str | None = None
    line: int | None = None
