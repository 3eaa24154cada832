"""The IR's meaning, in plain Python: the reference every evaluator is held to.

Every condition is true, false or unknown (Kleene's three-valued logic; unknown
is `None` here), as `ir` defines. This module evaluates a whole rulebook on one
subject (`reference`), gives the values a finding shows, resolves dated
parameters, and explains an undecided condition: which unknown facts, parameters
without a value and values known only as spans could change its answer (`why`).

The two evaluators (native, durable) must give exactly the hits, undecided
rules and derived facts that `reference` gives: tests/test_differential.py
checks it on random documents with unknown fields.
"""

from __future__ import annotations

import datetime as dt
import operator
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import aggregates, ir
from .outcome import Hit, Outcome
from ..values import UNKNOWN, PartialList, Span, count_of

_CMP = {"=": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
_NEGATED = {op: _CMP[neg] for op, neg in ir.NEGATED_OP.items()}

Truth = bool | None  # None: unknown


@dataclass
class Env:
    """What a condition can see: the document, bound list elements, parameters, derived facts.

    `params` maps a parameter to its value for the day: a number, a `Span`, or
    `UNKNOWN` (a parameter left out is unknown too). `derived` maps a derived fact
    to True or None (unknown); a fact not in it does not hold. `paths` gives each
    bound alias the path of its element (`kvalificeringskrav[2]`), for explanations.
    """

    document: dict[str, Any]
    params: dict[str, Any] = field(default_factory=dict)
    derived: dict[str, Truth] = field(default_factory=dict)
    elements: dict[str, Any] = field(default_factory=dict)
    paths: dict[str, str] = field(default_factory=dict)
    param_unknowns: dict[str, frozenset[str]] = field(default_factory=dict)  # fields that leave a parameter open
    derived_why: Callable[[str], Why] | None = None  # why an unknown derived fact is unknown

    def bind(self, alias: str, element: Any, path: str = "") -> Env:
        return Env(self.document, self.params, self.derived, {**self.elements, alias: element},
                   {**self.paths, alias: path}, self.param_unknowns, self.derived_why)


@dataclass(frozen=True)
class Why:
    """What keeps a condition undecided: unknown fields (paths as `kvalificeringskrav[0].belopp`),
    parameters with no value for the day, and fields or parameters known only as a span."""

    unknown: frozenset[str] = frozenset()
    params: frozenset[str] = frozenset()
    spans: frozenset[str] = frozenset()  # field paths, or `parameter <namn>`

    def __or__(self, other: Why) -> Why:
        return Why(self.unknown | other.unknown, self.params | other.params, self.spans | other.spans)

    def __bool__(self) -> bool:
        return bool(self.unknown or self.params or self.spans)


NOTHING_UNKNOWN = Why()


def lookup(path: tuple[str, ...], root: Any) -> Any:
    """The value at `path`; None when something on the way is missing, UNKNOWN when it is unknown."""
    node = root
    for part in path:
        if node is UNKNOWN:
            return UNKNOWN
        if not isinstance(node, dict):
            return None
        node = node.get(part)
        if node is None:
            return None
    return node


def _number(x: Any) -> Any:
    """Numbers are doubles in both evaluators (see ir); spans of doubles too."""
    if x is None or x is UNKNOWN or isinstance(x, (bool, str, dt.date)):
        return x
    if isinstance(x, Span):
        return x if isinstance(x.low, float) else x.as_floats()
    return float(x)


def value(v: ir.Value, env: Env) -> Any:
    """The value: plain, a Span, UNKNOWN, or None when it is missing (known not to be there)."""
    if isinstance(v, ir.Const):
        return v.value
    if isinstance(v, ir.Ref):
        root = env.document if v.scope == ir.DOC else env.elements.get(v.scope)
        if v.scope != ir.DOC and not isinstance(root, dict):  # a scalar list element
            return root if not v.path else (UNKNOWN if root is UNKNOWN else None)
        return lookup(v.path, root)
    if isinstance(v, ir.Param):
        return env.params.get(v.name, UNKNOWN)
    if isinstance(v, ir.Days):
        start, end = value(v.start, env), value(v.end, env)
        if start is None or end is None:
            return None
        if start is UNKNOWN or end is UNKNOWN:
            return UNKNOWN
        return float((end - start).days)
    if isinstance(v, ir.Count):
        items = value(v.collection, env)
        if items is None or items is UNKNOWN:
            return items
        return count_of(items)
    if isinstance(v, ir.Aggregate):
        return aggregate(v, env)
    if isinstance(v, ir.Arith):
        left, right = _number(value(v.left, env)), _number(value(v.right, env))
        if left is None or right is None:
            return None
        if v.op == "/" and right == 0:
            return None  # division by zero gives a missing value, whatever is divided
        if left is UNKNOWN or right is UNKNOWN:
            return UNKNOWN
        if v.op == "+":
            return left + right
        if v.op == "-":
            return left - right
        if v.op == "*":
            return left * right
        return left / right
    raise TypeError(v)


def aggregate(v: ir.Aggregate, env: Env) -> Any:
    """`antal`, `summa` or `medel` (see `aggregates` and `ir.Aggregate`). Of a list, the part is taken
    for every element; a missing list has none, and an unknown list (or one with elements nobody
    knows) makes the aggregate unknown, since its elements could be any number."""
    if v.collection is None:
        envs = [env] * len(v.parts)
        parts = v.parts
    else:
        items = value(v.collection, env)
        if items is UNKNOWN or isinstance(items, PartialList):
            return UNKNOWN
        assert v.alias is not None, "an aggregate over a list names its element"
        envs = [env.bind(v.alias, item) for item in items or ()]
        parts = v.parts * len(envs)
    if v.func == "antal":
        return aggregates.count(truth(p, e) for p, e in zip(parts, envs, strict=True))
    values = [value(p, e) for p, e in zip(parts, envs, strict=True)]
    return aggregates.total(values) if v.func == "summa" else aggregates.mean(values)


def _aggregate_why(v: ir.Aggregate, env: Env) -> Why:
    """The unknown and span-valued leaves of the parts that leave an aggregate open."""
    if v.collection is None:
        pairs = [(p, env) for p in v.parts]
    else:
        items = value(v.collection, env)
        if items is UNKNOWN or isinstance(items, PartialList):
            return _value_why(v.collection, env)
        assert v.alias is not None, "an aggregate over a list names its element"
        pairs = [(v.parts[0], env.bind(v.alias, item, _element_path(v.collection, env, i))) for i, item in enumerate(items or ())]
    reasons = NOTHING_UNKNOWN
    for part, e in pairs:
        reasons = reasons | (why(part, e) if v.func == "antal" else _value_why(part, e))
    return reasons


def _items(c: ir.Quant, env: Env) -> Any:
    """The elements a quantifier ranges over: a list, a PartialList (some known, others not), or
    UNKNOWN. A missing list has none."""
    items = value(c.collection, env)
    return [] if items is None else items


def _element_path(collection: ir.Ref, env: Env, index: int) -> str:
    return f"{path_of(collection, env)}[{index}]"


def truth(c: ir.Cond, env: Env) -> Truth:
    """True, False or None (unknown)."""
    if isinstance(c, ir.Truth):
        return c.value
    if isinstance(c, ir.Cmp):
        left, right = _number(value(c.left, env)), _number(value(c.right, env))
        if left is None or right is None:
            return False  # a comparison with a missing value is false, negated or not
        if _CMP[c.op](left, right):
            return True
        if _NEGATED[c.op](left, right):
            return False
        return None  # unknown, or a span on which the comparison goes both ways
    if isinstance(c, ir.Present):
        found = value(c.ref, env)
        if found is UNKNOWN or (isinstance(found, PartialList) and not found):
            return None  # unknown, or no element known yet: there may be some
        present = bool(found) if isinstance(found, list) else found is not None
        return present == c.present
    if isinstance(c, ir.Prefix):
        text = value(c.ref, env)
        if text is None:
            return False
        if text is UNKNOWN:
            return None
        return str(text).startswith(c.prefix) != c.negated
    if isinstance(c, (ir.AllOf, ir.AnyOf)):
        decisive = isinstance(c, ir.AnyOf)  # one true part makes `eller` true, one false part `och` false
        result: Truth = not decisive
        for item in c.items:
            t = truth(item, env)
            if t is decisive:
                return decisive
            if t is None:
                result = None
        return result
    if isinstance(c, ir.Quant):
        items = _items(c, env)
        if items is UNKNOWN:
            return None
        found = None if isinstance(items, PartialList) else False  # unknown others may match
        for item in items:
            t = truth(c.cond, env.bind(c.alias, item))
            if t is True:
                found = True
                break
            if t is None:
                found = None
        return found if c.exists or found is None else not found
    if isinstance(c, ir.Derived):
        holds = env.derived.get(c.name, False)
        return None if holds is None else holds == c.holds
    raise TypeError(c)


def holds(c: ir.Cond, env: Env) -> bool:
    """Whether the condition is definitely true."""
    return truth(c, env) is True


def path_of(r: ir.Ref, env: Env) -> str:
    """The field path of a reference as a person reads it: `kvalificeringskrav[2].belopp`."""
    base = "" if r.scope == ir.DOC else env.paths.get(r.scope, r.scope)
    return ".".join(p for p in (base, *r.path) if p)


def _value_why(v: ir.Value, env: Env) -> Why:
    """The unknown and span-valued leaves of a value."""
    if isinstance(v, ir.Ref):
        found = value(v, env)
        if found is UNKNOWN or isinstance(found, PartialList):
            return Why(unknown=frozenset([path_of(v, env)]))
        if isinstance(found, Span):
            return Why(spans=frozenset([path_of(v, env)]))
        return NOTHING_UNKNOWN
    if isinstance(v, ir.Param):
        found = env.params.get(v.name, UNKNOWN)
        because = env.param_unknowns.get(v.name)
        if because and (found is UNKNOWN or isinstance(found, Span)):
            return Why(unknown=because)  # open because of unknown facts (the day, lagrum ...): name those
        if found is UNKNOWN:
            return Why(params=frozenset([v.name]))
        if isinstance(found, Span):
            return Why(spans=frozenset([f"parameter {v.name}"]))
        return NOTHING_UNKNOWN
    if isinstance(v, ir.Arith):
        return _value_why(v.left, env) | _value_why(v.right, env)
    if isinstance(v, ir.Days):
        return _value_why(v.start, env) | _value_why(v.end, env)
    if isinstance(v, ir.Count):
        return _value_why(v.collection, env)
    if isinstance(v, ir.Aggregate):
        return _aggregate_why(v, env)
    return NOTHING_UNKNOWN


def why(c: ir.Cond, env: Env) -> Why:
    """For an undecided condition, what could change its answer: the unknown facts and spans of
    the parts that are undecided themselves (a part already true in an `eller`, or false in an
    `och`, decides alone and is not named). Empty for a decided condition."""
    return _truth_and_why(c, env)[1]


def _truth_and_why(c: ir.Cond, env: Env) -> tuple[Truth, Why]:
    """`truth` and `why` in one walk (asking `truth` of every part again would be quadratic)."""
    if isinstance(c, (ir.AllOf, ir.AnyOf)):
        decisive = isinstance(c, ir.AnyOf)  # the value of one part that decides the whole
        result: Truth
        result, reasons = not decisive, NOTHING_UNKNOWN
        for item in c.items:
            t, w = _truth_and_why(item, env)
            if t is decisive:
                return decisive, NOTHING_UNKNOWN
            if t is None:
                result, reasons = None, reasons | w
        return result, reasons
    if isinstance(c, ir.Quant):
        items = _items(c, env)
        if items is UNKNOWN:
            return None, _value_why(c.collection, env)
        found: Truth
        found, reasons = False, NOTHING_UNKNOWN
        if isinstance(items, PartialList):
            found, reasons = None, _value_why(c.collection, env)
        for index, item in enumerate(items):
            t, w = _truth_and_why(c.cond, env.bind(c.alias, item, _element_path(c.collection, env, index)))
            if t is True:
                return c.exists, NOTHING_UNKNOWN
            if t is None:
                found, reasons = None, reasons | w
        return (None, reasons) if found is None else (not c.exists, NOTHING_UNKNOWN)
    t = truth(c, env)
    if t is not None:
        return t, NOTHING_UNKNOWN
    if isinstance(c, ir.Cmp):
        return None, _value_why(c.left, env) | _value_why(c.right, env)
    if isinstance(c, (ir.Present, ir.Prefix)):
        return None, _value_why(c.ref, env)
    if isinstance(c, ir.Derived):
        return None, env.derived_why(c.name) if env.derived_why else NOTHING_UNKNOWN
    return None, NOTHING_UNKNOWN


# --- A whole rulebook -------------------------------------------------------------------


def _rule_truths(rule: ir.RuleIR, env: Env) -> list[tuple[int | None, Truth]]:
    """The rule's truth on the subject, or per element for a `för varje` rule. A `för varje`
    over an unknown list is one undecided answer (index None) unless it is false for any element."""
    if rule.for_each is None:
        return [(None, truth(rule.condition, env))]
    items = value(rule.for_each.collection, env)
    if items is None:
        return []
    others_unknown = items is UNKNOWN or isinstance(items, PartialList)
    if others_unknown:
        # Whatever the unknown elements are, the conjuncts about the document alone may decide.
        outside = truth(ir.all_of(tuple(c for c in _conjuncts(rule.condition) if not _mentions(c, rule.for_each.alias))), env)
        if outside is False:
            return []
        if items is UNKNOWN:
            return [(None, None)]
    path = path_of(rule.for_each.collection, env)
    truths = [(i, truth(rule.condition, env.bind(rule.for_each.alias, item, f"{path}[{i}]"))) for i, item in enumerate(items)]
    return truths + ([(None, None)] if others_unknown else [])  # the elements nobody knows


def _conjuncts(c: ir.Cond) -> tuple[ir.Cond, ...]:
    return c.items if isinstance(c, ir.AllOf) else (c,)


def _mentions(c: ir.Cond, alias: str) -> bool:
    return any(r.scope == alias for r in ir.refs(c))


def derive(derivations: list[ir.RuleIR], data: dict[str, Any], params: dict[str, Any], strata: int) -> dict[str, Truth]:
    """The derived facts that hold (True) or may hold (None), stratum by stratum."""
    derived: dict[str, Truth] = {}
    for level in range(strata):
        env = Env(data, params, dict(derived))
        for d in (d for d in derivations if d.stratum == level):
            truths = [t for _, t in _rule_truths(d, env)]
            t = True if True in truths else (None if None in truths else False)
            previous = derived.get(d.code, False)
            if previous is True or t is True:
                derived[d.code] = True
            elif previous is None or t is None:
                derived[d.code] = None
    return derived


def reference(rules: list[ir.RuleIR], derivations: list[ir.RuleIR], data: dict[str, Any],
              params: dict[str, Any]) -> Outcome:
    """The rules that fire, the rules that are undecided, and the derived facts, by the IR's meaning."""
    strata = 1 + max((r.stratum for r in rules + derivations), default=0)
    derived = derive(derivations, data, params, strata)
    env = Env(data, params, derived)
    hits, undecided = [], []
    for rule in sorted(rules, key=lambda r: r.code):
        for index, t in _rule_truths(rule, env):
            if t is True:
                hits.append(Hit(rule, index))
            elif t is None:
                undecided.append(Hit(rule, index))
    return Outcome(hits, frozenset(n for n, t in derived.items() if t is True), undecided,
                   frozenset(n for n, t in derived.items() if t is None))


class Explainer:
    """Why rules and derived facts are undecided on one subject: what `why` says, with derived
    facts explained through their own definitions (memoised per subject)."""

    def __init__(self, derivations: list[ir.RuleIR], env: Env):
        self.by_name: dict[str, list[ir.RuleIR]] = {}
        for d in derivations:
            self.by_name.setdefault(d.code, []).append(d)
        # The env asks this explainer why a derived fact is unknown: through a weak reference, else the two hold
        # each other (and the subject's data) until the collector finds them, once per subject explained.
        explainer = weakref.ref(self)
        self.env = Env(env.document, env.params, env.derived, param_unknowns=env.param_unknowns,
                       derived_why=lambda name: explainer().derived(name))  # type: ignore[union-attr]  # alive while used
        self._memo: dict[str, Why] = {}

    def derived(self, name: str) -> Why:
        """Why a derived fact that may hold is not decided."""
        if name not in self._memo:
            self._memo[name] = NOTHING_UNKNOWN  # a cycle cannot happen (strata), but never loop
            result = NOTHING_UNKNOWN
            for d in self.by_name.get(name, ()):
                for index, t in _rule_truths(d, self.env):
                    if t is None:
                        result = result | self.rule(d, index)
            self._memo[name] = result
        return self._memo[name]

    def rule(self, rule: ir.RuleIR, index: int | None) -> Why:
        """Why the rule (on the element at `index`) is undecided."""
        env = self.env
        if rule.for_each is not None:
            items = value(rule.for_each.collection, env)
            if index is None:
                outside = ir.all_of(tuple(c for c in _conjuncts(rule.condition) if not _mentions(c, rule.for_each.alias)))
                return why(outside, env) | _value_why(rule.for_each.collection, env)
            path = path_of(rule.for_each.collection, env)
            env = env.bind(rule.for_each.alias, items[index], f"{path}[{index}]")
        return why(rule.condition, env)


def measures(items: list[ir.MeasureIR], env: Env) -> dict[str, list[tuple[int | None, Any, Why]]]:
    """Each measure's value, once or per element of its list (index, value, what leaves it open): a
    number, a Span when parts are known only as spans or count parts that are unknown, UNKNOWN, or
    None when missing. An unknown list gives one unknown value (index None)."""
    out: dict[str, list[tuple[int | None, Any, Why]]] = {}
    for m in items:
        if m.for_each is None:
            out[m.name] = [(None, value(m.value, env), _value_why(m.value, env))]
            continue
        elements = value(m.for_each.collection, env)
        if elements is UNKNOWN:
            out[m.name] = [(None, UNKNOWN, _value_why(m.for_each.collection, env))]
            continue
        path = path_of(m.for_each.collection, env)
        rows: list[tuple[int | None, Any, Why]] = []
        for index, element in enumerate(elements or ()):
            bound = env.bind(m.for_each.alias, element, f"{path}[{index}]")
            rows.append((index, value(m.value, bound), _value_why(m.value, bound)))
        out[m.name] = rows
    return out


def element_env(rule: ir.RuleIR, env: Env, index: int | None) -> Env:
    """The environment of a `för varje` rule's element (the subject's own for other rules)."""
    if rule.for_each is None or index is None:
        return env
    items = value(rule.for_each.collection, env)
    path = path_of(rule.for_each.collection, env)
    return env.bind(rule.for_each.alias, items[index], f"{path}[{index}]")
