"""Evaluates IR values and conditions in Python, with the semantics `ir` fixes.

Used where no inference is needed: resolving dated parameters for a document,
and computing the values a finding shows. It is also the reference the
durable_rules backend is tested against.
"""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from . import ir

_CMP = {"=": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}


@dataclass
class Env:
    """What a condition can see: the document, bound list elements, parameters, derived facts."""

    document: dict[str, Any]
    params: dict[str, Decimal] = field(default_factory=dict)
    derived: frozenset[str] = frozenset()
    elements: dict[str, dict[str, Any]] = field(default_factory=dict)

    def bind(self, alias: str, element: Any) -> "Env":
        return Env(self.document, self.params, self.derived, {**self.elements, alias: element})


def lookup(path: tuple[str, ...], root: Any) -> Any:
    node = root
    for part in path:
        if not isinstance(node, dict) or node.get(part) is None:
            return None
        node = node[part]
    return node


def value(v: ir.Value, env: Env) -> Any:
    """The value, or None when any part of it is missing."""
    if isinstance(v, ir.Const):
        return v.value
    if isinstance(v, ir.Ref):
        root = env.document if v.scope == ir.DOC else env.elements.get(v.scope)
        if v.scope != ir.DOC and not isinstance(root, dict):  # a scalar list element
            return root if not v.path else None
        return lookup(v.path, root)
    if isinstance(v, ir.Param):
        return env.params.get(v.name)
    if isinstance(v, ir.Days):
        start, end = value(v.start, env), value(v.end, env)
        return None if start is None or end is None else float((end - start).days)
    if isinstance(v, ir.Count):
        items = value(v.collection, env)
        return None if items is None else float(len(items))
    if isinstance(v, ir.Arith):
        left, right = value(v.left, env), value(v.right, env)
        if left is None or right is None:
            return None
        left, right = float(left), float(right)
        if v.op == "+":
            return left + right
        if v.op == "-":
            return left - right
        if v.op == "*":
            return left * right
        return None if right == 0 else left / right
    raise TypeError(v)


def _comparable(x: Any) -> Any:
    if isinstance(x, bool) or isinstance(x, (str, dt.date)):
        return x
    return float(x)  # numbers are doubles (see ir)


def holds(c: ir.Cond, env: Env) -> bool:
    if isinstance(c, ir.Truth):
        return c.value
    if isinstance(c, ir.Cmp):
        left, right = value(c.left, env), value(c.right, env)
        if left is None or right is None:
            return False  # a comparison with a missing value is false, negated or not
        return _CMP[c.op](_comparable(left), _comparable(right))
    if isinstance(c, ir.Present):
        found = value(c.ref, env)
        present = bool(found) if isinstance(found, list) else found is not None
        return present == c.present
    if isinstance(c, ir.Prefix):
        text = value(c.ref, env)
        if text is None:
            return False
        return str(text).startswith(c.prefix) != c.negated
    if isinstance(c, ir.AllOf):
        return all(holds(i, env) for i in c.items)
    if isinstance(c, ir.AnyOf):
        return any(holds(i, env) for i in c.items)
    if isinstance(c, ir.Quant):
        items = value(c.collection, env) or []
        found = any(holds(c.cond, env.bind(c.alias, item)) for item in items)
        return found == c.exists
    if isinstance(c, ir.Derived):
        return (c.name in env.derived) == c.holds
    raise TypeError(c)
