"""A subject's facts for one durable_rules ruleset, as the JSON text durable_rules reads.

`durable_compile.plan_ruleset` says which fields each kind of fact carries (`Plan`, a recipe
per field); `writer(plan)` turns that into one generated Python function, so that a document
costs a walk over the values the rules read and no interpretation of the recipes, and no
`json.dumps` of dicts built only to be encoded.

The generated source holds no text from the rules or the document: every field name, path part
and JSON key is a constant in the function's namespace (`K[n]`), as in the native evaluator.

Values are written as the `durable_compile` docstring describes (the two bounds of a number, a date's
day number, a list's counts, and, for a value that is not known, the state field: "u" unknown,
"m" missing, "p" partial).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any
from collections.abc import Callable

from ..values import UNKNOWN, PartialList, Span
from . import durable_compile as dc

_encode_text = json.encoder.encode_basestring  # the C encoder json.dumps(..., ensure_ascii=False) uses

# (data, params, derived facts, the stratum's aggregates) -> (element and derived facts, the document fact),
# each a JSON object text; the first several joined by commas, "" when there are none.
Writer = Callable[[dict, dict, dict, Any], tuple[str, str]]


def _number(x: Any) -> str:
    """A number as durable_rules' JSON reader can take it, without an exponent (`dc.fact_number`)."""
    return repr(dc.fact_number(x))


def _value(v: Any) -> str | None:
    """A value read as it is (a text, a truth value, an object's presence): its JSON, or None."""
    kind = type(v)
    if kind is str:
        return _encode_text(v)
    if kind is bool:
        return "true" if v else "false"
    if kind is dict:
        return "true"  # an object: only its presence is ever tested
    if kind is list or kind is PartialList:
        return None
    return _number(v) if isinstance(v, (int, float, Decimal)) else _encode_text(str(v))


def _bounds(v: Any) -> tuple[str, str] | tuple[None, None]:
    """A number's lowest and highest value (apart for a `Span`)."""
    if type(v) is Span:
        return _number(v.low), _number(v.high)
    if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
        text = _number(v)
        return text, text
    return None, None


def _day(v: Any) -> str | None:
    return repr(float(v.toordinal())) if isinstance(v, dt.date) else None


def _count(v: Any) -> str | None:
    return str(len(v)) if isinstance(v, list) else None


def _count_high(v: Any) -> str | None:
    if not isinstance(v, list):
        return None
    return repr(dc.MANY) if type(v) is PartialList else str(len(v))


_TEXT = {dc._VALUE: "_value(v)", dc._LOW: "lo", dc._HIGH: "hi", dc._DAY: "_day(v)", dc._COUNT: "_count(v)",
         dc._COUNT_HIGH: "_count_high(v)"}


class _Source:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.constants: list[Any] = []

    def const(self, value: Any) -> str:
        self.constants.append(value)
        return f"K[{len(self.constants) - 1}]"

    def line(self, depth: int, text: str) -> None:
        self.lines.append("    " * depth + text)

    def document_values(self, depth: int, out: str, kind: str, zero: bool, recipes: tuple) -> None:
        """`out` = the start of a fact: its kind and session, `_0` where a pattern reads it, and the
        document values `recipes` name."""
        self.line(depth, f"{out} = [{self.const(json.dumps({'t': kind, 'sid': dc.SID})[1:-1])}]")
        if zero:
            self.line(depth, f"{out}.append('\"_0\":0')")
        self.line(depth, "root = data")
        self.fields(depth, recipes, "root", "own", out)

    def fields(self, depth: int, recipes: tuple, root: str, extras: str | None, out: str) -> None:
        """Append `"short":value` for each recipe to the list `out`; values from `root` (a dict or
        UNKNOWN), the parameters, or `extras` (the aggregates computed for `root`)."""
        groups: dict[tuple, list[tuple[str, int]]] = {}
        for short, first, rest, how, is_param in recipes:
            groups.setdefault((first, rest, is_param), []).append((short, how))
        for (first, rest, is_param), fields in groups.items():
            key = self.const(first)
            if is_param:
                self.line(depth, f"v = params.get({key}, U)")
            else:
                lookup = f"({root}.get({key}) if {root} is not U else U)"
                if extras is not None and first.startswith("_agg"):  # an aggregate's value, computed beforehand
                    lookup = f"({extras}[{key}] if {extras} and {key} in {extras} else {lookup})"
                self.line(depth, f"v = {lookup}")
                for part in rest:
                    self.line(depth, f"if v is not None and v is not U: v = v.get({self.const(part)}) if isinstance(v, dict) else None")
            for short, how in fields:
                if how not in (dc._STATE, dc._STATE_ALWAYS):
                    continue
                m, u, p, k = (self.const(f'"{short}":"{s}"') for s in "mupk")
                self.line(depth, f"if v is None: {out}.append({m})")
                self.line(depth, f"elif v is U: {out}.append({u})")
                self.line(depth, f"elif type(v) is PartialList: {out}.append({p})")
                if how == dc._STATE_ALWAYS:  # else a known value has no state field
                    self.line(depth, f"else: {out}.append({k})")
            values = [(short, how) for short, how in fields if how not in (dc._STATE, dc._STATE_ALWAYS)]
            if values:
                self.line(depth, "if v is not None and v is not U:")
                if any(how in (dc._LOW, dc._HIGH) for _, how in values):
                    self.line(depth + 1, "lo, hi = _bounds(v)")
                for short, how in values:
                    self.line(depth + 1, f"t = {_TEXT[how]}")
                    self.line(depth + 1, f"if t is not None: {out}.append({self.const(f'{json.dumps(short)}:')} + t)")


def writer(plan: dc.Plan) -> Writer:
    """The generated function that writes a subject's facts for the ruleset `plan` describes."""
    src = _Source()
    src.line(0, "def write(data, params, derived, computed):")
    src.line(1, "own, per_element = computed if computed is not None else (None, {})")
    src.line(1, "facts = []")
    for lst in plan.lists:
        src.line(1, "items = data")
        for part in lst.path:
            src.line(1, f"items = items.get({src.const(part)}) if isinstance(items, dict) else None")
        src.line(1, "if isinstance(items, list) and items:  # missing, unknown (its state says so) or empty: no facts")
        # Elements carry the document values their patterns read, so that an element
        # atom reading the document is a single-fact test.
        src.document_values(2, "context", lst.code, lst.zero, lst.context)
        src.line(2, "head = ','.join(context)")
        src.line(2, f"extras = per_element.get({src.const(lst.path)}, ())")
        src.line(2, "for index, item in enumerate(items):")
        src.line(3, "root = item if isinstance(item, dict) or item is U else {'värde': item}")
        src.line(3, "ex = extras[index] if index < len(extras) else None")
        src.line(3, "f = [head, '\"i\":%d' % index]")
        src.fields(3, lst.fields, "root", "ex", "f")
        src.line(3, "text = ','.join(f)")
        if lst.copies == 1:
            src.line(3, "facts.append('{' + text + '}')")
        else:
            src.line(3, f"facts += ['{{' + text + ',\"roll\":%d}}' % role for role in range({lst.copies})]")
    for name in sorted(plan.derived):
        texts = src.const({v: json.dumps({"t": "slutsats", "namn": name, "v": dc._TRUTH[v], "sid": dc.SID}, ensure_ascii=False)
                           for v in (True, False, None)})
        src.line(1, f"if {src.const(name)} in derived: facts.append({texts}[derived[{src.const(name)}]])")
    src.document_values(1, "d", "dok", plan.zero, plan.doc)
    src.line(1, "return ','.join(facts), '{' + ','.join(d) + '}'")
    namespace: dict[str, Any] = {"K": src.constants, "U": UNKNOWN, "PartialList": PartialList, "_value": _value, "_bounds": _bounds,
                 "_day": _day, "_count": _count, "_count_high": _count_high}
    exec(compile("\n".join(src.lines), "<durable_facts>", "exec"), namespace)  # noqa: S102 (no rule or document text in it)
    return namespace["write"]
