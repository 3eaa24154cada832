"""IR → durable_rules ruleset definitions, and documents → durable_rules facts.

Pure Python (plain dicts in durable_rules' JSON rule format); `durable_backend`
registers them and is the only module that imports durable_rules.

Three-valued meaning (see `ir`) in an engine that only knows "this pattern
matched": every rule and derived fact becomes *T-rules*, which fire when its
condition is definitely true, and *U-rules*, which fire when it may be true: on
every document where it is undecided, and never where it is definitely false.
A condition holds when a T-rule fired, is undecided when only a U-rule did, and
is false when nothing fired: the common case, which so costs no firing at all.
(A U-rule may also fire where a T-rule does, e.g. `a eller b` with `a` true and
`b` unknown; the T-rule wins. Being exact there would take more patterns.)

Every condition is written in five forms: T (definitely true), F (definitely
false), NT (not definitely true), NF (not definitely false) and U (undecided, for
the U-rules: between exactly undecided and NF). Kleene's logic is then plain
and/or: T(a och b) = T(a) ∧ T(b), F(a och b) = F(a) ∨ F(b), NF(a och b) =
NF(a) ∧ NF(b); on one fact U(c) = NT(c) ∧ NF(c); across facts U is the first
undecided part, U(a och b) = (U(a) ∧ NF(b)) ∨ (T(a) ∧ U(b)) and U(a eller b) =
U(a) ∨ (F(a) ∧ U(b)), so that one rule fires, not one per undecided part. A
quantifier `någon` is definitely false when its list is known and no element is
not-definitely-false (a `$not` pattern with NF), undecided when the list is
unknown or some element is.

durable_rules runs a rule once for every alternative of an `$or` in its patterns
that holds; the alternatives are written to exclude each other where that keeps
the patterns small enough (`_first`).

How values reach durable_rules (`durable_facts`): every number is two fields, its lowest
and highest possible value (`x__lo`, `x__hi`: equal for a plain number, apart for
a `Span`), so "definitely a < b" is `a__hi < b__lo`; a date is its day number
(`x__dag`), a list its length (`x__antal`, and `x__antalmax`: the same, or MANY
for a partial list, which has at least its known elements). A value read that is not
known also has a state field `x__s`: "u" unknown (itself, or an object it sits in),
"m" missing, "p" a partial list (some elements known, others not) (`_Leaf`); a missing value
makes a comparison definitely false (see `ir`).

Aggregates (`antal`, `summa`, `medel`, `minst N av`) have no durable_rules form: the
wrapper computes them before the rules run and they are asserted as numbers
(`lift_aggregates`, `compute_aggregates`).
"""

from __future__ import annotations

import contextvars
import dataclasses
import datetime as dt
import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..record import fields_of
from . import evaluate, ir

SID = "1"  # one session per ruleset, emptied after every document
SINK = "alla_fakta"  # a rule that looks at every fact and never completes (see `plan_ruleset`)
DOC_ALIAS = "d"
EACH_ALIAS = "e"


class Unsupported(Exception):
    """A rule the durable_rules form cannot express (reported as a RuleError naming the rule)."""


# --- Expressions: durable_rules tests, with True/False for constant tests ----------------

Expr = dict | bool


def _join(key: str, items: Sequence[Expr]) -> Expr:
    """`$and` (key) or `$or` of the items, flattened, with constant tests folded away."""
    decisive = key == "$or"  # the constant that decides the whole
    out: list[Expr] = []
    for item in items:
        if item is decisive:
            return decisive
        if item is not (not decisive):
            out.extend(i for i in (item[key] if isinstance(item, dict) and set(item) == {key} else [item]) if i not in out)
    return (not decisive) if not out else out[0] if len(out) == 1 else {key: out}


def _and(items: Sequence[Expr]) -> Expr:
    return _join("$and", items)


def _or(items: Sequence[Expr]) -> Expr:
    return _join("$or", items)


# --- Fields ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Leaf:
    """One value a condition reads, in the fact of `scope`: the field holding it, and its state
    field. The state field `x__s` is there only when the value is not known: "u" unknown, "m"
    missing, "p" a partial list (a known value, the common case, costs no field). A two-sided
    item (see `Action`) reads `x__k` instead, which is always there ("k" when known): its
    `$not` patterns would be too large with the tests for an absent field."""

    value: str  # x__lo for a number, x__dag for a date, x__antal for a list, x for a text
    state: str  # x__s or x__k
    # A count's bounds are known for a partial list too (at least the known elements).
    partial_is_known: bool = False

    @property
    def always(self) -> bool:
        return self.state.endswith(ALWAYS_STATED)

    @property
    def known(self) -> dict:
        known = {self.state: "k"} if self.always else {"$nex": {self.state: 1}}
        return {"$or": [known, {self.state: "p"}]} if self.partial_is_known else known

    @property
    def missing(self) -> dict:
        return {self.state: "m"}

    @property
    def not_known(self) -> dict:
        if self.partial_is_known:
            return {"$or": [{self.state: "u"}, {self.state: "m"}]}
        return {"$neq": {self.state: "k"}} if self.always else {"$ex": {self.state: 1}}

    @property
    def not_missing(self) -> dict:
        if self.always:
            return {"$neq": {self.state: "m"}}
        # durable_rules' `$neq` on a field that is not there is false, as every test on one
        return {"$or": [{"$nex": {self.state: 1}}, {"$neq": {self.state: "m"}}]}


STATED, ALWAYS_STATED = "__s", "__k"
# Whether the item being compiled reads the state fields that are always there (`_Leaf`).
_ALWAYS: contextvars.ContextVar[bool] = contextvars.ContextVar("always", default=False)


def _state(base: str) -> str:
    return base + (ALWAYS_STATED if _ALWAYS.get() else STATED)


def _path(ref: ir.Ref, scope: str) -> str:
    """The field name of `ref` inside the fact matched by the pattern for `scope`."""
    if ref.scope == ir.DOC:
        prefix = "" if scope == ir.DOC else "dok."
    elif ref.scope == scope:
        prefix = ""
    else:
        raise Unsupported(f"villkoret läser ”{ref.scope}” utanför sin egen kvantifierare")
    return prefix + (".".join(ref.path) if ref.path else "värde")


def _param_path(param: ir.Param, scope: str) -> str:
    return ("" if scope == ir.DOC else "dok.") + f"_param.{param.name}"


def _leaves(v: ir.Value, scope: str) -> list[_Leaf]:
    if isinstance(v, ir.Ref):
        base = _path(v, scope)
        suffix = {"tal": "__lo", "datum": "__dag", "lista": "__antal"}.get(v.kind, "")
        return [_Leaf(base + suffix, _state(base))]
    if isinstance(v, ir.Param):
        base = _param_path(v, scope)
        return [_Leaf(base + "__lo", _state(base))]
    if isinstance(v, ir.Count):
        base = _path(v.collection, scope)
        return [_Leaf(base + "__antal", _state(base), partial_is_known=True)]
    if isinstance(v, ir.Days):
        return _leaves(v.start, scope) + _leaves(v.end, scope)
    if isinstance(v, ir.Arith):
        return _leaves(v.left, scope) + _leaves(v.right, scope)
    return []


class _Missing(Exception):
    """The value is missing whatever the facts are (division by the constant 0)."""


def _bounds(v: ir.Value, scope: str) -> tuple[Any, Any]:
    """Durable operands for the lowest and highest value of a number (or a date's day number, a text)."""
    if isinstance(v, ir.Const):
        c = _const(v)
        return c, c
    if isinstance(v, ir.Ref):
        base = _path(v, scope)
        if v.kind == "tal":
            return {"$m": base + "__lo"}, {"$m": base + "__hi"}
        name = base + ("__dag" if v.kind == "datum" else "")
        return {"$m": name}, {"$m": name}
    if isinstance(v, ir.Param):
        base = _param_path(v, scope)
        return {"$m": base + "__lo"}, {"$m": base + "__hi"}
    if isinstance(v, ir.Count):
        name = _path(v.collection, scope)
        return {"$m": name + "__antal"}, {"$m": name + "__antalmax"}
    if isinstance(v, ir.Days):
        (start, _), (end, _) = _bounds(v.start, scope), _bounds(v.end, scope)
        days = {"$sub": {"$l": end, "$r": start}}
        return days, days
    if isinstance(v, ir.Arith):
        (a_lo, a_hi), (b_lo, b_hi) = _bounds(v.left, scope), _bounds(v.right, scope)
        if v.op == "+":
            return _arith("$add", a_lo, b_lo), _arith("$add", a_hi, b_hi)
        if v.op == "-":
            return _arith("$sub", a_lo, b_hi), _arith("$sub", a_hi, b_lo)
        if v.op in ("*", "×"):
            if isinstance(v.left, ir.Const):
                (a_lo, a_hi), (b_lo, b_hi), const = (b_lo, b_hi), (a_lo, a_hi), v.left
            elif isinstance(v.right, ir.Const):
                const = v.right
            else:
                raise Unsupported("durable_rules-motorn kan bara multiplicera med ett tal, inte två värden med varandra")
            c = const.as_float()
            return (_arith("$mul", a_lo, c), _arith("$mul", a_hi, c)) if c >= 0 else (_arith("$mul", a_hi, c), _arith("$mul", a_lo, c))
        if not isinstance(v.right, ir.Const):
            raise Unsupported("durable_rules-motorn kan bara dividera med ett tal, inte med ett värde")
        c = v.right.as_float()
        if c == 0:
            raise _Missing()
        return (_arith("$div", a_lo, c), _arith("$div", a_hi, c)) if c > 0 else (_arith("$div", a_hi, c), _arith("$div", a_lo, c))
    raise TypeError(v)


def _arith(op: str, left: Any, right: Any) -> Any:
    if not isinstance(left, dict) and not isinstance(right, dict):  # both constants: fold
        return plain_float({"$add": left + right, "$sub": left - right, "$mul": left * right, "$div": left / right}[op])
    return {op: {"$l": left, "$r": right}}


def plain_float(x: float) -> float:
    """`x` as durable_rules can take it: its JSON reader crashes the process on a number written
    with an exponent ("1e+16", "1e-05"), which Python writes for |x| ≥ 1e16 and 0 < |x| < 1e-4."""
    if x != 0 and not 1e-4 <= abs(x) < 1e16:
        raise Unsupported(f"durable_rules-motorn kan inte ta talet {x!r} (för stort eller för litet)")
    return x


def _const(v: ir.Const) -> Any:
    if v.kind == "datum" and isinstance(v.value, dt.date):
        return float(v.value.toordinal())
    if v.kind == "tal":
        return plain_float(v.as_float())  # numbers are doubles in both evaluators (see ir)
    return v.value


_OPS = {"<": "$lt", "<=": "$lte", ">": "$gt", ">=": "$gte", "!=": "$neq"}
_PY = {"<": float.__lt__, "<=": float.__le__, ">": float.__gt__, ">=": float.__ge__}


def _test(left: Any, op: str, right: Any) -> Expr:
    """`left op right` on durable operands. durable_rules takes arithmetic only on the right:
    a field on the left as it is, else `_0 op (right - left)` with the constant `_0 = 0`."""
    if not isinstance(left, dict) and not isinstance(right, dict):
        return left == right if op == "=" else left != right if op == "!=" else _PY[op](float(left), float(right))
    if not (isinstance(left, dict) and "$m" in left) and isinstance(right, dict) and "$m" in right:
        left, right, op = right, left, ir.FLIPPED_OP[op]
    if isinstance(left, dict) and "$m" in left:
        field_name = left["$m"]
        return {field_name: right} if op == "=" else {_OPS[op]: {field_name: right}}
    difference = _arith("$sub", right, left)
    return {"_0": difference} if op == "=" else {_OPS[op]: {"_0": difference}}


def _definite(op: str, left: ir.Value, right: ir.Value, scope: str) -> tuple[Expr, Expr]:
    """(definitely `left op right`, not definitely so), for values that are all there."""
    (l_lo, l_hi), (r_lo, r_hi) = _bounds(left, scope), _bounds(right, scope)
    if left.kind not in ("tal", "datum"):  # texts and truth values: = and != only, no spans
        same, differ = _test(l_lo, "=", r_lo), _test(l_lo, "!=", r_lo)
        return (same, differ) if op == "=" else (differ, same)
    if op == "<":
        return _test(l_hi, "<", r_lo), _test(l_hi, ">=", r_lo)
    if op == "<=":
        return _test(l_hi, "<=", r_lo), _test(l_hi, ">", r_lo)
    if op == ">":
        return _test(l_lo, ">", r_hi), _test(l_lo, "<=", r_hi)
    if op == ">=":
        return _test(l_lo, ">=", r_hi), _test(l_lo, "<", r_hi)
    if op == "=":  # lo ≤ hi: both ends meet only when all four are one number
        return (_and([_test(l_hi, "<=", r_lo), _test(l_lo, ">=", r_hi)]),
                _or([_test(l_hi, ">", r_lo), _test(l_lo, "<", r_hi)]))
    return (_or([_test(l_hi, "<", r_lo), _test(l_lo, ">", r_hi)]),
            _and([_test(l_hi, ">=", r_lo), _test(l_lo, "<=", r_hi)]))


# --- The forms of a quantifier-free condition, in one fact ----------------------------

T, F, NT, NF, U = "T", "F", "NT", "NF", "U"
_NEGATE = {T: NT, F: NF, NT: T, NF: F}
_DUAL = {T: F, F: T, NT: NF, NF: NT, U: U}  # the forms of `inte c` in those of `c` (`ingen` = inte `någon`)


def _from_parts(want: str, leaves: list[_Leaf], pos: Expr, neg: Expr, notpos: Expr, notneg: Expr,
                self_guarded: bool = False) -> Expr:
    """The form of an atom from its truth on values that are there (pos/neg: definitely true/false,
    notpos/notneg: not so), given that a missing value makes the atom false whichever way it is
    negated (see `ir`). `self_guarded`: one value tested against constants, so each test is false
    unless the value is known (durable's test on an absent field is false) and needs no guard."""
    leaves = list(dict.fromkeys(leaves))
    if self_guarded:
        (leaf,) = leaves
        return {T: pos, F: _or([leaf.missing, neg]), NT: _or([leaf.not_known, notpos]),
                NF: _or([{leaf.state: "u"}, notneg]), U: _or([{leaf.state: "u"}, _and([notpos, notneg])])}[want]
    known = [leaf.known for leaf in leaves]
    if want == T:
        return _and(known + [pos])
    if want == F:
        return _first([(leaf.missing, leaf.not_missing) for leaf in leaves] + [(_and(known + [neg]), True)])
    # After "some value is not known" a test needs no guard: it is reached only when all are known.
    not_known = [(leaf.not_known, leaf.known) for leaf in leaves]
    if want == NT:
        return _first(not_known + [(notpos, True)])
    not_missing = [leaf.not_missing for leaf in leaves]
    if want == NF:
        return _and(not_missing + [_first(not_known + [(notneg, True)])])
    return _and(not_missing + [_first(not_known + [(_and([notpos, notneg]), True)])])  # U = NT ∧ NF


def _disjoint(a: Expr, b: Expr) -> bool:
    """Whether two tests can never both hold: one field equal to two different constants."""
    if not (isinstance(a, dict) and isinstance(b, dict) and len(a) == len(b) == 1):
        return False
    (field_a, value_a), (field_b, value_b) = next(iter(a.items())), next(iter(b.items()))
    return field_a == field_b and not field_a.startswith("$") and not isinstance(value_a, dict) and value_a != value_b


def _first(parts: list[tuple[Expr, Expr]]) -> Expr:
    """The disjunction of the parts (each with its complement), written so that at most one of them
    holds: each with the complements of the ones before. durable_rules runs a rule once for every
    alternative of an `$or` that holds, so overlapping alternatives would multiply the firings.
    That costs tests (see `compile_item`)."""
    if not _EXCLUSIVE.get():
        return _or([part for part, _ in parts])
    return _or([_and([complement for other, complement in parts[:n] if not _disjoint(other, part)] + [part])
                for n, (part, _) in enumerate(parts)])


# Whether `_first` writes disjunctions exclusive; `compile_item` turns it off for a rule whose patterns
# that would make too large for durable_rules. A context variable: engines may be built in threads at once.
_EXCLUSIVE: contextvars.ContextVar[bool] = contextvars.ContextVar("exclusive", default=True)


def simple_form(c: ir.Cond, want: str, scope: str) -> Expr:
    """One of the five forms of a condition without quantifiers or derived facts, as a test on
    the fact of `scope` (the document, or the element bound to that alias)."""
    if want == U and not isinstance(c, ir.Cmp):  # exactly undecided: neither definitely true nor definitely false
        return _and([simple_form(c, NT, scope), simple_form(c, NF, scope)])
    if isinstance(c, ir.Truth):
        return c.value if want in (T, NF) else not c.value
    if isinstance(c, (ir.AllOf, ir.AnyOf)):
        conjunctive = isinstance(c, ir.AllOf) == (want in (T, NF))
        if conjunctive:
            return _and([simple_form(i, want, scope) for i in c.items])
        return _first([(simple_form(i, want, scope), simple_form(i, _NEGATE[want], scope)) for i in c.items])
    if isinstance(c, ir.Cmp):
        leaves = _leaves(c.left, scope) + _leaves(c.right, scope)
        try:
            pos, notpos = _definite(c.op, c.left, c.right, scope)
            neg, notneg = _definite(ir.NEGATED_OP[c.op], c.left, c.right, scope)
        except _Missing:  # a division by zero: the value is missing, the comparison false
            return want in (F, NT)
        if not leaves:  # constants only
            return False if want == U else pos if want in (T, NF) else not pos
        alone = len(leaves) == 1 and (isinstance(c.left, ir.Const) or isinstance(c.right, ir.Const))
        return _from_parts(want, leaves, pos, neg, notpos, notneg, self_guarded=alone)
    if isinstance(c, ir.Present):
        return _presence(c, want, scope)
    if isinstance(c, ir.Prefix):
        name = _path(c.ref, scope)
        starts = {"$mt": {name: _escape_regex(c.prefix) + ".*"}}
        other = _not_prefix(name, c.prefix)
        pos, neg = (other, starts) if c.negated else (starts, other)
        return _from_parts(want, _leaves(c.ref, scope), pos, neg, neg, pos, self_guarded=True)
    raise Unsupported(type(c).__name__)


def _presence(c: ir.Present, want: str, scope: str) -> Expr:
    """`finns`/`saknas`: a known value is there or missing; an unknown one neither."""
    (leaf,) = _leaves(c.ref, scope)
    if c.ref.kind == "lista":
        # A list "finns" when it has elements (a partial list, state "p": when one is known); an
        # empty or missing one "saknas" (a partial list never: others may exist).
        there = {"$gt": {leaf.value: 0}}
        missing = {"$or": [leaf.missing, {"$and": [leaf.known, {leaf.value: 0}]}]}
        not_there = {"$or": [{leaf.state: "u"}, leaf.missing, {leaf.value: 0}]}
        not_missing = {"$and": [leaf.not_missing, {"$or": [leaf.not_known, {"$gt": {leaf.value: 0}}]}]}
    else:
        there, missing, not_there, not_missing = leaf.known, leaf.missing, leaf.not_known, leaf.not_missing
    if not c.present:  # the other way round
        want = {T: F, F: T, NT: NF, NF: NT}[want]
    cases: dict[str, Expr] = {T: there, F: missing, NT: not_there, NF: not_missing}
    return cases[want]


_UNESCAPABLE = set("[]^\\")


def _escape_regex(text: str) -> str:
    """durable_rules' regex dialect has no backslash escapes: quote with a class."""
    if _UNESCAPABLE & set(text):
        raise Unsupported(f"”börjar med” kan inte innehålla tecknen [ ] ^ \\ ({text!r})")
    return "".join(f"[{ch}]" if ch in ".$*+?(){}|" else ch for ch in text)


def _not_prefix(name: str, prefix: str) -> Expr:
    """A text that is there and does not start with `prefix`: durable's regex has no negation, so
    "some character among the first n differs, or the text is shorter" is spelled out."""
    if not prefix:
        return False  # every text starts with the empty text
    _escape_regex(prefix)  # refuses what cannot be quoted
    options: list[dict] = [{name: ""}]  # shorter than the prefix, down to the empty text
    for i, ch in enumerate(prefix):
        head = _escape_regex(prefix[:i])
        options.append({"$mt": {name: f"{head}[^{ch}].*"}})
        if i:
            options.append({"$mt": {name: head}})
    return {"$or": options}


# --- Whole conditions: DNF over the parts that need their own pattern --------------------


@dataclass(frozen=True)
class _Atom:
    scope: str  # ir.DOC or the alias of the rule's `för varje`
    test: dict


@dataclass(frozen=True)
class _Elements:
    """Some element of a quantifier's list passes `test` (or, with `none`, no element does)."""

    quant: ir.Quant
    test: Expr
    none: bool


@dataclass(frozen=True)
class _DerivedFact:
    name: str
    test: dict  # on its value `v`: "T", "F" or "U" (undecided), e.g. {"v": "T"} or {"$neq": {"v": "F"}}


_Part = _Atom | _Elements | _DerivedFact
Conjunctions = list[list[_Part]]  # a disjunction of conjunctions


def _is_simple(c: ir.Cond) -> bool:
    if isinstance(c, (ir.Quant, ir.Derived)):
        return False
    if isinstance(c, (ir.AllOf, ir.AnyOf)):
        return all(_is_simple(i) for i in c.items)
    return True


def _scope(c: ir.Cond, each: str | None) -> str:
    return each if each and any(r.scope == each for r in ir.refs(c, into_quantifiers=False)) else ir.DOC


def form(c: ir.Cond, want: str, each: str | None) -> Conjunctions:
    """A form of `c` (T, F, NT, NF or U) as a disjunction of conjunctions of patterns. `each`: the
    alias of the rule's `för varje`, whose element is a fact of its own.

    A disjunction becomes one rule per part (durable_rules takes at most 32 tests in a
    pattern); the simple parts of a conjunction are one test per fact they read."""
    if want == U:
        return _undecided(c, each)
    if isinstance(c, (ir.AllOf, ir.AnyOf)):
        if isinstance(c, ir.AllOf) != (want in (T, NF)):  # F(och), NT(och), T(eller), NF(eller): a disjunction
            return _minimal([conj for item in c.items for conj in form(item, want, each)])
        return _conjunction([_part(item, want, each) for item in _grouped(c, each)])
    if _is_simple(c):
        return _simple(c, want, each)
    if isinstance(c, ir.Derived):
        meaning = {True: T, False: F}  # the value that makes the condition true; its opposite
        yes, no = meaning[c.holds], meaning[not c.holds]
        tests: dict[str, dict] = {T: {"v": yes}, F: {"v": no}, NT: {"$neq": {"v": yes}}, NF: {"$neq": {"v": no}}}
        return [[_DerivedFact(c.name, tests[want])]]
    if isinstance(c, ir.Quant):
        if not _is_simple(c.cond):
            raise Unsupported("kvantifierare inuti kvantifierare eller slutsatser i en kvantifierare")
        want = want if c.exists else _DUAL[want]  # as forms of `någon`
        if want in (T, NF):  # some element definitely passes / may pass (or, for NF, the list is open)
            test = simple_form(c.cond, want, c.alias)
            some: Conjunctions = [] if test is False else [[_Elements(c, test, none=False)]]
            return some if want == T else _minimal([[_open_list(c.collection)], *some])
        # F: the whole list is known (or missing) and no element is not-definitely-false;
        # NT: no element definitely passes (an unknown list has no element facts)
        test = simple_form(c.cond, NF if want == F else T, c.alias)
        known: list[_Part] = [_Atom(ir.DOC, _not_open(c.collection))] if want == F else []
        return [known] if test is False else [known + [_Elements(c, test, none=True)]]
    raise TypeError(c)


def _grouped(c: ir.AllOf | ir.AnyOf, each: str | None) -> list[ir.Cond]:
    """The items of `c`, the simple ones joined per fact they read (one test each)."""
    by_scope: dict[str, list[ir.Cond]] = {}
    others = []
    for item in c.items:
        if _is_simple(item):
            by_scope.setdefault(_scope(item, each), []).append(item)
        else:
            others.append(item)
    joined = [items[0] if len(items) == 1 else type(c)(tuple(items)) for items in by_scope.values()]
    return joined + others


def _conjunction(forms: list[Conjunctions]) -> Conjunctions:
    """The conjunction of forms, multiplied out."""
    result: Conjunctions = [[]]
    for f in forms:
        result = _minimal([left + right for left in result for right in f])
    return result


def _undecided(c: ir.Cond, each: str | None) -> Conjunctions:
    """U(c): true on every document where `c` is undecided, false wherever it is definitely false
    (it may also hold where `c` is true: the T-rules decide then)."""
    if isinstance(c, (ir.AllOf, ir.AnyOf)):
        items = _grouped(c, each)
        if len(items) == 1 and _is_simple(items[0]):  # one test on one fact: exactly undecided
            return _simple(items[0], U, each)
        # The first undecided part: of `eller`, after parts that are false (a later one may be true:
        # then T wins); of `och`, after parts that are true and before parts that are not false.
        # One rule at most fires for each way the parts can be.
        anyof = isinstance(c, ir.AnyOf)
        return _minimal([conj for i, item in enumerate(items)
                         for conj in _conjunction([_undecided(item, each)]
                                                  + [_part(other, F if anyof else T, each) for other in items[:i]]
                                                  + ([] if anyof else [_part(other, NF, each) for other in items[i + 1:]]))])
    if _is_simple(c):
        return _simple(c, U, each)
    if isinstance(c, ir.Derived):
        return [[_DerivedFact(c.name, {"v": U})]]
    if isinstance(c, ir.Quant):
        if not _is_simple(c.cond):
            raise Unsupported("kvantifierare inuti kvantifierare eller slutsatser i en kvantifierare")
        some: Conjunctions = [[_Elements(c, test, none=False)] for test in _split_undecided(c.cond, c.alias)
                              if test is not False]
        if c.exists:  # `någon`: an open list, or an undecided element (if another one passes, T wins)
            return _minimal([[_open_list(c.collection)], *some])
        # `ingen`: the same, and no element that definitely passes (that would make it false)
        passes = simple_form(c.cond, T, c.alias)
        none: list[_Part] = [] if passes is False else [_Elements(c, passes, none=True)]
        return _minimal([conj + none for conj in [[_open_list(c.collection)]] + some])
    raise TypeError(c)


def _part(c: ir.Cond, want: str, each: str | None) -> Conjunctions:
    return _simple(c, want, each) if _is_simple(c) else form(c, want, each)


def _simple(c: ir.Cond, want: str, each: str | None) -> Conjunctions:
    """A form of a condition without quantifiers or derived facts: one test on the fact it reads
    (for U, several when one would be too large for durable_rules)."""
    scope = _scope(c, each)
    tests = _split_undecided(c, scope) if want == U else [simple_form(c, want, scope)]
    return [[] if test is True else [_Atom(scope, test)] for test in tests if test is not False]


# durable_rules takes at most 32 expressions in the part of a pattern it cannot index (error 113 when the
# rules are registered); what counts there is its own business, so this is an estimate with a margin:
# every test and every `$and`/`$or` inside the pattern counts one. Measured: 14 `$or`s of two tests
# (43) are taken, 15 (46) not; 7 `$or`s of a test and an `$and` of two (36) are taken; a U-rule of the
# real rulebook of 35 is refused.
MAX_PATTERN_COST = 30


def _cost(expr: Expr) -> int:
    if not isinstance(expr, dict):
        return 0
    junction = next((k for k in ("$and", "$or") if k in expr), None)
    return 1 if junction is None else 1 + sum(_cost(e) for e in expr[junction])


def _split_undecided(c: ir.Cond, scope: str) -> list[Expr]:
    """U(c) on one fact: NT(c) ∧ NF(c), or, when that would be too large for one pattern, one per
    part that is the first undecided one (see `_undecided`): U(a och b) = (U(a) ∧ NF(b)) ∨ (T(a) ∧ U(b)),
    U(a eller b) = U(a) ∨ (F(a) ∧ U(b))."""
    test = simple_form(c, U, scope)
    if _cost(test) <= MAX_PATTERN_COST or not isinstance(c, (ir.AllOf, ir.AnyOf)) or len(c.items) < 2:
        return [test]
    anyof = isinstance(c, ir.AnyOf)
    out = []
    for i, item in enumerate(c.items):
        before = [simple_form(other, F if anyof else T, scope) for other in c.items[:i]]
        after = [] if anyof else [simple_form(other, NF, scope) for other in c.items[i + 1:]]
        out += [_and(before + [t] + after) for t in _split_undecided(item, scope)]
    return out


def _list_leaf(collection: ir.Ref) -> _Leaf:
    (leaf,) = _leaves(collection, ir.DOC)
    return leaf


def _open_list(collection: ir.Ref) -> _Atom:
    """The list is unknown, or partial (some elements known, others not)."""
    state = _list_leaf(collection).state
    return _Atom(ir.DOC, {"$or": [{state: "u"}, {state: "p"}]})


def _not_open(collection: ir.Ref) -> dict:
    """The list is known or missing: every element it has is a fact."""
    leaf = _list_leaf(collection)
    return {"$or": [{leaf.state: "k"} if leaf.always else {"$nex": {leaf.state: 1}}, leaf.missing]}


def _key(part: _Part) -> str:
    return json.dumps(part.test if isinstance(part, _Atom) else [part.name, part.test] if isinstance(part, _DerivedFact)
                      else [id(part.quant), part.test, part.none], sort_keys=True, default=str) + type(part).__name__


def _minimal(conjunctions: Sequence[Sequence[_Part]]) -> Conjunctions:
    """Each conjunction with every part once (durable never lets one fact match two patterns of a
    rule, so a repeated derived fact would never fire), and without conjunctions that contain
    another one (a ∨ (a ∧ b) is a): a disjunction inside a conjunction multiplies out to many of both."""
    unique: list[tuple[frozenset[str], list[_Part]]] = []
    for conj in conjunctions:
        by_key = {_key(p): p for p in conj}
        unique.append((frozenset(by_key), list(by_key.values())))
    unique.sort(key=lambda u: len(u[0]))
    kept: list[tuple[frozenset[str], list[_Part]]] = []
    for keys, parts in unique:
        if not any(k <= keys for k, _ in kept):
            kept.append((keys, parts))
    return [parts for _, parts in kept]


def patterns(rule: ir.RuleIR, conj: list[_Part], with_element: bool) -> list[dict]:
    """One durable_rules pattern per fact the conjunction joins.

    durable_rules never lets one fact match two patterns of the same rule, so each
    pattern over a list reads its own copy of the elements, told apart by `roll`:
    0, 1, 2, ... for the patterns over that list in this rule (`för varje` first).
    Where no rule of a ruleset reads a list twice, one copy is enough and the
    `roll` tests are dropped again (`single_copies`).
    """
    each = rule.for_each.alias if rule.for_each else None
    roles_used: dict[str, int] = {}
    if rule.for_each and with_element:
        roles_used[".".join(rule.for_each.collection.path)] = 1
    doc_tests: list[dict] = [{"t": "dok"}]
    each_tests: list[dict] = []
    extra: list[dict] = []
    for n, part in enumerate(conj):
        if isinstance(part, _DerivedFact):
            extra.append({f"s{n}": {"$and": [{"t": "slutsats"}, {"namn": part.name}, part.test]}})
        elif isinstance(part, _Elements):
            collection = ".".join(part.quant.collection.path)
            role = roles_used.get(collection, 0)
            roles_used[collection] = role + 1
            tests = [{"t": "el"}, {"lista": collection}, {"roll": role}] + ([part.test] if part.test is not True else [])
            extra.append({f"q{n}" + ("$not" if part.none else ""): {"$and": tests}})
        elif part.scope == each:
            each_tests.append(part.test)
        else:
            doc_tests.append(part.test)
    result: list[dict[str, Any]] = []
    if rule.for_each and with_element:
        collection = ".".join(rule.for_each.collection.path)
        result.append({EACH_ALIAS: {"$and": [{"t": "el"}, {"lista": collection}, {"roll": 0}] + each_tests}})
    result.append({DOC_ALIAS: {"$and": doc_tests}})
    return result + extra


@dataclass(frozen=True)
class Action:
    """What a fired durable rule says about item `item` (a rule or a derivation, by position): its
    condition is definitely true (`T`), may be true (`U`) or is definitely false (`F`), on the element
    it matched or, `per_element` False, on all.

    An item is normally compiled to T- and U-rules: nothing fired means false. One whose U-rules would
    be too large for durable_rules is `two_sided`: T- and F-rules, and nothing fired means undecided.
    (A `för varje` of the first kind has F-rules too, for a list that is not all known: see
    `compile_item`.)"""

    item: int
    value: str
    per_element: bool
    two_sided: bool = False


def compile_item(n: int, rule: ir.RuleIR) -> dict[str, tuple[dict, Action]]:
    """The T- and U-rules (or T- and F-rules) of one rule or derivation: action name → (definition, action).

    Each pattern must stay within what durable_rules takes (`MAX_PATTERN_COST`): first with exclusive
    disjunctions (`_first`), else with plain ones (a rule may then fire more than once on a document),
    else the item is two-sided (`Action`).

    A `för varje` over a list that is unknown or partial is undecided for the elements nobody
    knows, unless its condition is false whatever they are: the F-rules that read no element,
    run only then, say so (they never fire on a list that is all known)."""
    for exclusive, two_sided in ((True, False), (False, False), (False, True)):
        tokens = _EXCLUSIVE.set(exclusive), _ALWAYS.set(two_sided)
        try:
            out = _compile_item(n, rule, two_sided)
        finally:
            _EXCLUSIVE.reset(tokens[0])
            _ALWAYS.reset(tokens[1])
        if two_sided or all(_pattern_cost(p) <= MAX_PATTERN_COST
                            for definition, action in out.values() if exclusive or action.value == U
                            for p in definition["all"]):
            return out
    raise AssertionError("unreachable")


def _compile_item(n: int, rule: ir.RuleIR, two_sided: bool) -> dict[str, tuple[dict, Action]]:
    each = rule.for_each.alias if rule.for_each else None
    out: dict[str, tuple[dict, Action]] = {}
    for want in (T, F if two_sided else U):
        for k, conj in enumerate(form(rule.condition, want, each)):
            # A T-rule of a `för varje` always names its element; a U- or F-rule only when a test
            # reads the element (otherwise it says the same of every element at once).
            per_element = bool(rule.for_each) and (want == T or _reads_element(conj, each))
            name = f"{rule.kind}:{rule.code}:{n}:{want}{k}"
            out[name] = ({"all": patterns(rule, conj, per_element), "run": name}, Action(n, want, per_element, two_sided))
    if rule.for_each and not two_sided:
        open_list = _open_list(rule.for_each.collection)
        for k, conj in enumerate(c for c in form(rule.condition, F, each) if not _reads_element(c, each)):
            name = f"{rule.kind}:{rule.code}:{n}:{F}{k}"
            out[name] = ({"all": patterns(rule, conj + [open_list], False), "run": name}, Action(n, F, False))
    return out


def _pattern_cost(pattern: dict) -> int:
    (expr,) = pattern.values()
    return sum(_cost(test) for test in expr["$and"])


def _reads_element(conj: list[_Part], each: str | None) -> bool:
    return any(isinstance(p, _Atom) and p.scope == each for p in conj)


def single_copies(definition: dict) -> dict:
    """The definition without `roll` tests on lists that no rule reads more than once."""
    def element_tests(pattern: dict) -> list | None:
        (expr,) = pattern.values()
        tests = expr.get("$and") if isinstance(expr, dict) else None
        return tests if tests and {"t": "el"} in tests else None

    reread = set()
    for rule in definition.values():
        for pattern in rule["all"]:
            tests = element_tests(pattern)
            if tests and {"roll": 0} not in tests:
                reread.add(next(t["lista"] for t in tests if "lista" in t))
    for rule in definition.values():
        for pattern in rule["all"]:
            tests = element_tests(pattern)
            if tests and next(t["lista"] for t in tests if "lista" in t) not in reread:
                tests.remove({"roll": 0})
    return definition


# --- Facts: what one ruleset reads, flat, under short names --------------------------------

# Keys the wrapper sets on document and element facts. An element's copy (`roll`) is told apart from a data field
# of the same name (a företrädare's `roll`) by where it stands: `plan_ruleset` keeps the copy tests aside.
_META = {"t", "lista", "i", "_0", "sid"}
_COMPARISONS = {"$lt", "$lte", "$gt", "$gte", "$neq", "$ex", "$nex", "$mt"}
_ARITHMETIC = {"$add", "$sub", "$mul", "$div"}

# How a fact field is read from the subject's data.
_VALUE, _LOW, _HIGH, _DAY, _COUNT, _COUNT_HIGH, _STATE, _STATE_ALWAYS = range(8)
# The highest count of a partial list: any number of unknown elements. Python's evaluators use
# infinity (`count_of`); durable gets a finite stand-in that compares the same against any count
# a rule names. Not 1e300: the JSON for it has an exponent ("1e+300"), on which durable_rules'
# C reader crashes the process.
MANY = 1e15
# A subject's numbers from 1e16 up (a span's upper bound, a yearly value over a long period) are
# written as whole numbers, which have no exponent in JSON; beyond BIGGEST as BIGGEST.
BIGGEST = 9 * 10**18


def fact_number(value: Any) -> float | int:
    """A number from a subject's data as durable_rules can read it: from 1e16 up a whole number
    (capped at ±BIGGEST), below that a float (`plain_float`; the model's numbers have at most two
    decimals and `beräknat` rounds to them, so none is too small)."""
    number = float(value)
    if abs(number) >= 1e16:
        return int(max(-BIGGEST, min(BIGGEST, number)))
    return plain_float(number)


def _recipe(short: str, name: str) -> tuple[str, str, tuple[str, ...], int, bool]:
    """Where a field of the flat fact comes from: (short name, first key, rest of the path, how, is a parameter)."""
    parts = name.split(".")
    is_param = parts[0] == "_param"
    if is_param:
        parts = [".".join(parts[1:])]
    last, how = parts[-1], _VALUE
    for suffix, kind in (("__lo", _LOW), ("__hi", _HIGH), ("__dag", _DAY), ("__antal", _COUNT), ("__antalmax", _COUNT_HIGH),
                         (STATED, _STATE), (ALWAYS_STATED, _STATE_ALWAYS)):
        if last.endswith(suffix):
            last, how = last[: -len(suffix)], kind
            break
    path = parts[:-1] + [last]
    return short, path[0], tuple(path[1:]), how, is_param


@dataclass(frozen=True)
class ListPlan:
    code: str  # the element facts' `t`
    path: tuple[str, ...]
    fields: tuple  # recipes of the element fields the patterns read
    context: tuple  # recipes of the document fields they read (copied into every element fact)
    copies: int
    zero: bool  # whether a pattern reads `_0`


@dataclass(frozen=True)
class Plan:
    """What one ruleset reads, so that only that is sent to durable_rules.

    Every field a pattern reads has a short name in the registered rules, and the
    facts are flat: `doc` are the document fact's fields; per list, the element
    fields and the document fields its patterns read, and how many copies of each
    element a rule needs (one per pattern over the list in one rule: durable never
    lets a fact match two patterns of the same rule). `derived` are the derived
    facts the ruleset reads.
    """

    doc: tuple
    zero: bool
    lists: tuple[ListPlan, ...]
    derived: frozenset[str]


def _rename_operand(operand: Any, rename) -> Any:
    if not isinstance(operand, dict):
        return operand
    out = {}
    for key, value in operand.items():
        if key == "$m":
            out[key] = rename(value)
        elif key in _ARITHMETIC:
            out[key] = {"$l": _rename_operand(value["$l"], rename), "$r": _rename_operand(value["$r"], rename)}
        else:
            out[key] = value
    return out


def _rename(expr: Any, rename) -> Any:
    """The expression with every field name replaced by `rename(name)`."""
    if isinstance(expr, list):
        return [_rename(item, rename) for item in expr]
    if not isinstance(expr, dict):
        return expr
    out = {}
    for key, value in expr.items():
        if key in ("$and", "$or"):
            out[key] = _rename(value, rename)
        elif key in _COMPARISONS:
            out[key] = {rename(name): _rename_operand(operand, rename) for name, operand in value.items()}
        else:
            out[rename(key)] = _rename_operand(value, rename)
    return out


def _is_copy_test(test: dict) -> bool:
    """`{"roll": 2}`: which copy of a list's elements a pattern reads (see `patterns`), not a data field."""
    return list(test) == ["roll"] and type(test["roll"]) is int


def plan_ruleset(definition: dict) -> tuple[dict, Plan]:
    """The definition with short field names and one `t` per list, and the plan that builds its facts.

    Every ruleset also gets a sink rule whose first pattern matches every fact we assert
    and whose second matches none: durable_rules refuses a whole batch of facts when one
    of them matches no pattern, so every fact must match one, and the sink never fires.
    """
    shorts: dict[tuple[str, str], str] = {}  # (scope, field) -> short name; scope: "dok", "ctx" or a list
    read_by: dict[str, set[str]] = {}  # "dok" or list -> the short names its patterns read (and "_0")

    def short(scope: str, name: str) -> str:
        if name in _META:
            if name == "_0":
                read_by.setdefault(scope, set()).add(name)
            return name
        reader = scope
        if scope != "dok" and name.startswith("dok."):
            scope, name = "ctx", name[4:]
        key = (scope, name)
        if key not in shorts:
            shorts[key] = f"{'d' if scope == 'dok' else 'c' if scope == 'ctx' else 'e'}{len(shorts)}"
        read_by.setdefault(reader, set()).add(shorts[key])
        return shorts[key]

    lists: dict[str, str] = {}
    copies: dict[str, int] = {}
    derived: set[str] = set()
    renamed = {}
    for action, rule in definition.items():
        new_patterns = []
        for pattern in rule["all"]:
            (alias, expr), = pattern.items()
            tests = expr["$and"]
            if {"t": "slutsats"} in tests:
                derived.add(next(t["namn"] for t in tests if "namn" in t))
                new_patterns.append(pattern)
            elif {"t": "el"} in tests:
                path = next(t["lista"] for t in tests if "lista" in t)
                code = lists.setdefault(path, f"L{len(lists)}")
                copy_tests = [t for t in tests if _is_copy_test(t)]
                role = copy_tests[0]["roll"] if copy_tests else 0
                copies[path] = max(copies.get(path, 1), role + 1)
                rest = [t for t in tests if t != {"t": "el"} and "lista" not in t and not _is_copy_test(t)]
                new_patterns.append({alias: {"$and": [{"t": code}] + copy_tests
                                             + _rename(rest, lambda n, p=path: short(p, n))}})
            else:
                new_patterns.append({alias: _rename(expr, lambda n: short("dok", n))})
        renamed[action] = {**rule, "all": new_patterns}
    kinds = [{"t": "dok"}, {"t": "slutsats"}] + [{"t": code} for code in lists.values()]
    renamed[SINK] = {"all": [{"f": {"$or": kinds}}, {"n": {"t": "aldrig"}}], "run": SINK}

    def recipes(scope: str, only: set[str] | None = None) -> tuple:
        return tuple(_recipe(s, name) for (w, name), s in shorts.items() if w == scope and (only is None or s in only))

    plan = Plan(recipes("dok"), "_0" in read_by.get("dok", ()),
                tuple(ListPlan(code, tuple(path.split(".")), recipes(path), recipes("ctx", read_by.get(path, set())),
                               copies[path], "_0" in read_by.get(path, ())) for path, code in lists.items()),
                frozenset(derived))
    return renamed, plan


# durable_rules crashes the process (a segmentation fault, not an error) on a fact of about 250
# properties, and refuses a fact that passes more than 64 different tests of a ruleset at once
# ("Could not assert facts, error code: 303"). A ruleset is kept well below both by splitting its
# rules (`fact_load`): what one fact carries and the tests it can pass are counted per kind of fact.
MAX_FACT_FIELDS = 200
MAX_FACT_TESTS = 56


def fact_load(definition: dict) -> dict[Any, tuple[set, set]]:
    """Per kind of fact (the document, each list's elements): the fields it carries for these rules (its
    own and the document values copied into it) and the distinct tests on it, as identities that do not
    depend on short names."""
    _, plan = plan_ruleset(definition)  # which reads the definition, never changes it
    out: dict[Any, tuple[set, set]] = {"dok": ({r[1:] for r in plan.doc}, set())}
    for lst in plan.lists:
        out[".".join(lst.path)] = ({r[1:] for r in lst.fields} | {("ctx",) + r[1:] for r in lst.context}, set())
    for rule in definition.values():
        for pattern in rule["all"]:
            (expr,) = pattern.values()
            tests = expr.get("$and", [expr]) if isinstance(expr, dict) else []
            kind = "dok" if {"t": "dok"} in tests else next((t["lista"] for t in tests if "lista" in t), None)
            if kind in out:
                out[kind][1].update(_leaf_tests(tests))
    return out


def _leaf_tests(tests: list) -> set[str]:
    """The single-field tests inside a pattern's tests (not the ones telling the kind of fact). Tests of one
    field for equality with a constant count once: a value equals one constant at most."""
    out: set[str] = set()
    for test in tests:
        if not isinstance(test, dict) or set(test) & {"t", "lista", "roll"}:
            continue
        if set(test) <= {"$and", "$or"}:
            for items in test.values():
                out |= _leaf_tests(items)
        elif len(test) == 1 and not next(iter(test)).startswith("$") and not isinstance(next(iter(test.values())), dict):
            out.add("= " + next(iter(test)))
        else:
            out.add(json.dumps(test, sort_keys=True, ensure_ascii=False))
    return out


_TRUTH = {True: T, False: F, None: U}  # a derived fact's value `v` (durable_facts writes the facts)


# --- Derived facts written into the rules that read them -----------------------------------


def inline_derived(item: ir.RuleIR, derivations: list[ir.RuleIR]) -> ir.RuleIR | None:
    """The item with each `slutsats X` in its condition replaced by X's own conditions (X holds when
    one of its derivations does: Kleene's `eller`, as the evaluators read a derived fact), so that it
    runs in the first stratum, in the same session as X; None when it reads no derived fact or one
    that cannot be written in: `inte slutsats X` (a missing value makes a comparison false whichever
    way it is negated, so `inte` cannot be pushed into X's condition), or an X with a `för varje`,
    an aggregate or a derived fact of its own."""
    by_name: dict[str, list[ir.RuleIR]] = {}
    for d in derivations:
        by_name.setdefault(d.code, []).append(d)
    aliases = itertools.count()

    def written_in(c: ir.Cond) -> ir.Cond | None:
        if isinstance(c, ir.Derived):
            found = by_name.get(c.name, [])
            if not c.holds or not found or any(d.for_each or ir.aggregates(d.condition) or _reads_derived(d.condition) for d in found):
                return None
            return ir.any_of(tuple(_fresh_aliases(d.condition, aliases) for d in found))
        if isinstance(c, (ir.AllOf, ir.AnyOf)):
            items = [written_in(i) for i in c.items]
            if any(i is None for i in items):
                return None
            return ir.all_of(items) if isinstance(c, ir.AllOf) else ir.any_of(items)
        return c  # a quantifier cannot hold a derived fact (see `form`)

    if not _reads_derived(item.condition):
        return None
    condition = written_in(item.condition)
    return None if condition is None else dataclasses.replace(item, condition=condition, stratum=0)


def _reads_derived(c: ir.Cond) -> bool:
    if isinstance(c, ir.Derived):
        return True
    if isinstance(c, (ir.AllOf, ir.AnyOf)):
        return any(_reads_derived(i) for i in c.items)
    return isinstance(c, ir.Quant) and _reads_derived(c.cond)


def _fresh_aliases(c: ir.Cond, numbers) -> ir.Cond:
    """`c` with every quantifier's alias made unique (it joins a condition that may use the same ones)."""
    if isinstance(c, ir.Quant):
        alias = f"{c.alias}·{next(numbers)}"  # not a name the rule language allows, so no clash
        return c.replace(alias=alias, cond=ir.rename_alias(c.cond, c.alias, alias))
    if isinstance(c, (ir.AllOf, ir.AnyOf)):
        return type(c)(tuple(_fresh_aliases(i, numbers) for i in c.items))
    return c


# --- Aggregates: computed by the wrapper before the rules run -------------------------------
#
# durable_rules has no aggregates (its `count` fires once per group). Each aggregate in a
# condition (`antal`, `summa`, `medel`, and `minst N av`, which is a count) is lifted out
# and replaced by a number field of its own (`_agg<n>`), of the subject or of the list
# element it is about; the wrapper computes it before the stratum runs, with the derived
# facts of the strata before, by `evaluate.aggregate`, and asserts it with its lowest and
# highest value and its state like any other number. So the count of parts some of which
# are unknown is a span, as in the other evaluators, and the patterns compare it as one.


@dataclass(frozen=True)
class AggregateSlot:
    name: str  # the field the value is asserted as: `_agg<n>`
    aggregate: ir.Aggregate
    alias: str | None  # the element it is about (None: the subject itself)
    path: tuple[str, ...] | None  # that element's list


# The values of one stratum's aggregates: the subject's fields, and per list path each element's.
Computed = tuple[dict[str, Any], dict[tuple[str, ...], list[dict[str, Any]]]]


def lift_aggregates(item: ir.RuleIR, names) -> tuple[ir.RuleIR, list[AggregateSlot]]:
    """The item with each aggregate in its condition replaced by a field, and the slots to compute.
    `names` gives fresh field names. An aggregate about two list elements at once is refused."""
    slots: list[AggregateSlot] = []

    def walk(node: Any, lists: dict[str, tuple[str, ...]]) -> Any:
        if isinstance(node, ir.Aggregate):
            outer = _outer_aliases(node)
            if len(outer) > 1:
                raise Unsupported(f"ett aggregat läser flera listelement på en gång ({', '.join(sorted(outer))})")
            alias = next(iter(outer), None)
            if alias is not None and alias not in lists:
                raise Unsupported(f"ett aggregat läser ”{alias}” utanför sin lista")
            slot = AggregateSlot(next(names), node, alias, lists[alias] if alias else None)
            slots.append(slot)
            return ir.Ref(alias or ir.DOC, (slot.name,), "tal", node.unit)
        if isinstance(node, ir.Quant):
            return node.replace(cond=walk(node.cond, {**lists, node.alias: node.collection.path}))
        if isinstance(node, (ir.Cmp, ir.Arith)):
            return node.replace(left=walk(node.left, lists), right=walk(node.right, lists))
        if isinstance(node, (ir.AllOf, ir.AnyOf)):
            return type(node)(tuple(walk(i, lists) for i in node.items))
        return node

    if not ir.aggregates(item.condition):
        return item, []
    lists = {item.for_each.alias: item.for_each.collection.path} if item.for_each else {}
    return dataclasses.replace(item, condition=walk(item.condition, lists)), slots


def _outer_aliases(aggregate: ir.Aggregate) -> set[str]:
    """The list elements an aggregate reads that it does not bind itself."""
    inner: set[str] = set()

    def bound(node: Any) -> None:
        if isinstance(node, (ir.Aggregate, ir.Quant)) and node.alias:
            inner.add(node.alias)
        if (fields := fields_of(node)) is not None:
            for value in fields.values():
                bound(value)
        elif isinstance(node, tuple):
            for item in node:
                bound(item)

    bound(aggregate)
    return {r.scope for r in ir.refs(aggregate) if r.scope != ir.DOC and r.scope not in inner}


def compute_aggregates(slots: list[AggregateSlot], data: dict[str, Any], params: dict[str, Any],
                       derived: dict[str, bool | None]) -> Computed:
    """The slots' values on one subject; `derived` holds the derived facts so far (True, or None:
    may hold), as `evaluate.Env` reads them."""
    env = evaluate.Env(data, params, derived)
    own: dict[str, Any] = {}
    per_element: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for slot in slots:
        if slot.alias is None:
            own[slot.name] = evaluate.aggregate(slot.aggregate, env)
            continue
        assert slot.path is not None, "an element's slot has its list"
        items = evaluate.lookup(slot.path, data)
        if not isinstance(items, list):
            continue
        rows = per_element.setdefault(slot.path, [{} for _ in items])
        for row, element in zip(rows, items, strict=True):
            row[slot.name] = evaluate.aggregate(slot.aggregate, env.bind(slot.alias, element))
    return own, per_element
