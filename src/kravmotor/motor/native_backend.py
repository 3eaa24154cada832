"""The native evaluator: the IR compiled to Python source, then `compile()`d.

Only this compiler writes code, and only from the checked IR: field names are
identifiers the rule checker found in the document model, and every constant
from a rule file (texts, numbers, dates, names of derived facts) is passed in
as a value in the generated module's namespace (`K0`, `K1`, ...), never spelled
into the source. No text a user wrote is ever executed.

The semantics are those of `ir`, exactly as `evaluate` implements them: a
comparison with a missing value is false whichever way it is negated, numbers
compare as doubles, division by zero gives a missing value, a list "finns"
when it has elements. Derived facts are computed stratum by stratum (forward
chaining, stratified so negation is safe), then every rule sees them all.

Each rule becomes one function of (document, parameters, derived facts): a plain
rule returns whether it fired, a `för varje` rule the indices it fired on.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable

from . import ir
from .outcome import Hit, Outcome, sort_key

_EMPTY: dict = {}
_OPS = {"=": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}


class _Emitter:
    """Writes the Python expression for IR values and conditions of one function."""

    def __init__(self, constants: list[Any]):
        self.constants = constants  # shared by the whole module: K<index>
        self.temps = 0
        self.aliases: dict[str, str] = {}  # rule alias -> Python name

    def const(self, value: Any) -> str:
        for i, known in enumerate(self.constants):
            if type(known) is type(value) and known == value:
                return f"K{i}"
        self.constants.append(value)
        return f"K{len(self.constants) - 1}"

    def temp(self) -> str:
        self.temps += 1
        return f"t{self.temps}"

    # --- values: expressions that give the value or None ------------------------------

    def ref(self, r: ir.Ref) -> str:
        if r.scope == ir.DOC:
            root, path = "d", r.path
        else:
            root, path = self.aliases[r.scope], r.path
            if not path:
                return root
        expr = f"{root}.get({path[0]!r})"
        for part in path[1:]:
            expr = f"({expr} or _EMPTY).get({part!r})"
        return expr

    def value(self, v: ir.Value) -> str:
        if isinstance(v, ir.Ref):
            return self.ref(v)
        if isinstance(v, ir.Const):
            return self.const(float(v.value) if v.kind == "tal" else v.value)
        if isinstance(v, ir.Param):
            return f"p.get({v.name!r})"
        if isinstance(v, ir.Count):
            t = self.temp()
            return f"(float(len({t})) if ({t} := {self.ref(v.collection)}) is not None else None)"
        if isinstance(v, ir.Days):
            a, b = self.temp(), self.temp()
            return (f"(float(({b} - {a}).days) if ({a} := {self.ref(v.start)}) is not None "
                    f"and ({b} := {self.ref(v.end)}) is not None else None)")
        if isinstance(v, ir.Arith):
            a, b = self.temp(), self.temp()
            both = f"({a} := {self.value(v.left)}) is not None and ({b} := {self.value(v.right)}) is not None"
            if v.op == "/":
                return f"(float({a}) / {b} if {both} and ({b} := float({b})) != 0 else None)"
            op = "*" if v.op in ("*", "×") else v.op
            return f"(float({a}) {op} float({b}) if {both} else None)"
        raise TypeError(v)

    # --- conditions: expressions that give True or False ------------------------------

    def cond(self, c: ir.Cond) -> str:
        if isinstance(c, ir.Truth):
            return "True" if c.value else "False"
        if isinstance(c, ir.Cmp):
            return self._compare(c)
        if isinstance(c, ir.Present):
            found = self.ref(c.ref)
            if c.ref.kind == "lista":  # a list "finns" when it has elements
                return f"bool({found})" if c.present else f"(not {found})"
            return f"({found} is {'not ' if c.present else ''}None)"
        if isinstance(c, ir.Prefix):
            t = self.temp()
            test = f"str({t}).startswith({self.const(c.prefix)})"
            return f"(({t} := {self.ref(c.ref)}) is not None and {'not ' if c.negated else ''}{test})"
        if isinstance(c, ir.AllOf):
            return "(" + " and ".join(self.cond(i) for i in c.items) + ")"
        if isinstance(c, ir.AnyOf):
            return "(" + " or ".join(self.cond(i) for i in c.items) + ")"
        if isinstance(c, ir.Quant):
            collection = self.ref(c.collection)
            var = f"a{len(self.aliases)}"
            outer = self.aliases
            self.aliases = {**outer, c.alias: var}
            inner = self.cond(c.cond)
            self.aliases = outer
            found = f"any({inner} for {var} in ({collection} or ()))"
            return found if c.exists else f"(not {found})"
        if isinstance(c, ir.Derived):
            return f"({self.const(c.name)} {'in' if c.holds else 'not in'} D)"
        raise TypeError(c)

    def _compare(self, c: ir.Cmp) -> str:
        numeric = c.left.kind == "tal" or c.right.kind == "tal"
        parts, operands = [], []
        for side in (c.left, c.right):
            if isinstance(side, ir.Const):  # never missing
                operands.append(self.value(side))
                continue
            t = self.temp()
            parts.append(f"({t} := {self.value(side)}) is not None")
            operands.append(f"float({t})" if numeric and not isinstance(side, (ir.Count, ir.Days, ir.Arith)) else t)
        parts.append(f"{operands[0]} {_OPS[c.op]} {operands[1]}")
        return "(" + " and ".join(parts) + ")"


def _function(name: str, rule: ir.RuleIR, constants: list[Any]) -> str:
    emit = _Emitter(constants)
    if rule.for_each is None:
        return f"def {name}(d, p, D):\n    return {emit.cond(rule.condition)}\n"
    collection = emit.ref(rule.for_each.collection)
    emit.aliases[rule.for_each.alias] = "e"
    body = emit.cond(rule.condition)
    return (f"def {name}(d, p, D):\n"
            f"    return [i for i, e in enumerate({collection} or ()) if {body}]\n")


class NativeEngine:
    """Evaluates a rulebook with Python functions generated from its IR; stateless per document."""

    def __init__(self, rules: list[ir.RuleIR], derivations: list[ir.RuleIR]):
        constants: list[Any] = []
        sources: list[str] = []
        names: list[tuple[str, ir.RuleIR]] = []
        for n, rule in enumerate(derivations + rules):
            name = f"{'s' if rule.kind == 'slutsats' else 'r'}{n}"
            sources.append(_function(name, rule, constants))
            names.append((name, rule))
        self.source = "\n".join(sources)
        namespace: dict[str, Any] = {"__builtins__": {"any": any, "bool": bool, "enumerate": enumerate, "float": float,
                                                      "len": len, "str": str}, "_EMPTY": _EMPTY}
        namespace.update({f"K{i}": value for i, value in enumerate(constants)})
        exec(compile(self.source, "<kravmotor-regler>", "exec"), namespace)  # our own generated code, see module docstring
        compiled = [(namespace[name], rule) for name, rule in names]
        depth = 1 + max((r.stratum for r in derivations + rules), default=0)
        self._strata: list[list[tuple[Callable, ir.RuleIR]]] = [
            [(f, r) for f, r in compiled if r.kind == "slutsats" and r.stratum == level] for level in range(depth)
        ]
        self._rules = sorted(((f, r) for f, r in compiled if r.kind == "regel"), key=lambda fr: fr[1].code)

    def evaluate(self, data: dict[str, Any], params: dict[str, Decimal]) -> Outcome:
        p = {name: float(value) for name, value in params.items()}
        derived: set[str] = set()
        for level in self._strata:
            frozen = frozenset(derived)
            derived.update(r.code for f, r in level if f(data, p, frozen))
        D = frozenset(derived)
        hits = []
        for f, rule in self._rules:
            result = f(data, p, D)
            if rule.for_each is None:
                if result:
                    hits.append(Hit(rule, None))
            else:
                hits.extend(Hit(rule, i) for i in result)
        hits.sort(key=sort_key)
        return Outcome(hits, D)
