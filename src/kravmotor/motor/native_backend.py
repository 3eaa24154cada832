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

The generated module is one function for the whole rulebook: the derived facts
stratum by stratum, then every rule, appending the hits in (code, index) order.
Every document field and parameter the rules read is fetched once, at the top
(numbers already as doubles); a `för varje` rule tests its document-level
conditions once, before its loop; a test against a list of constants (`i [...]`)
is one set lookup; a quantifier over an empty list creates no generator; and the
hit of a plain rule is built once, when the engine is.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable

from . import ir
from .outcome import Hit, Outcome

_EMPTY: dict = {}
_OPS = {"=": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}


class _Emitter:
    """Writes the Python for the conditions of one generated function."""

    def __init__(self, constants: list[Any]):
        self.constants = constants  # shared by the whole module: K<index>
        self.temps = 0
        self.aliases: dict[str, str] = {}  # rule alias -> Python name
        self.hoisted: dict[Any, tuple[str, str]] = {}  # document ref or parameter -> (local name, statement)

    def const(self, value: Any) -> str:
        for i, known in enumerate(self.constants):
            if type(known) is type(value) and known == value:
                return f"K{i}"
        self.constants.append(value)
        return f"K{len(self.constants) - 1}"

    def temp(self) -> str:
        self.temps += 1
        return f"t{self.temps}"

    def bind(self, expr: str) -> tuple[str, str]:
        """(name, binding): a local variable is used as it is; any other expression is bound to a temp."""
        if expr.isidentifier():
            return expr, expr
        t = self.temp()
        return t, f"({t} := {expr})"

    def prologue(self) -> list[str]:
        """The statements that fetch every hoisted document field and parameter, in first-use order."""
        return [statement for _, statement in self.hoisted.values()]

    def _hoist(self, key: Any, expr: str, number: bool) -> str:
        if key not in self.hoisted:
            name = f"v{len(self.hoisted)}"
            # A number is converted to a double once; None stays None (a missing value).
            statement = f"{name} = float({name}) if ({name} := {expr}) is not None else None" if number else f"{name} = {expr}"
            self.hoisted[key] = (name, statement)
        return self.hoisted[key][0]

    # --- values: expressions that give the value or None ------------------------------

    def _path(self, root: str, path: tuple[str, ...]) -> str:
        expr = f"{root}.get({path[0]!r})"
        for part in path[1:]:
            expr = f"({expr} or _EMPTY).get({part!r})"
        return expr

    def ref(self, r: ir.Ref) -> str:
        if r.scope == ir.DOC:
            return self._hoist(("ref", r.path), self._path("d", r.path), r.kind == "tal")
        root = self.aliases[r.scope]
        return self._path(root, r.path) if r.path else root

    def is_float(self, v: ir.Value) -> bool:
        """Whether the expression for `v` already gives a double (or None)."""
        if isinstance(v, ir.Ref):
            return v.scope == ir.DOC and v.kind == "tal"
        if isinstance(v, ir.Const):
            return v.kind == "tal"
        return isinstance(v, (ir.Param, ir.Count, ir.Days, ir.Arith))

    def value(self, v: ir.Value) -> str:
        if isinstance(v, ir.Ref):
            return self.ref(v)
        if isinstance(v, ir.Const):
            return self.const(float(v.value) if v.kind == "tal" else v.value)
        if isinstance(v, ir.Param):
            return self._hoist(("param", v.name), f"p.get({v.name!r})", number=False)  # already doubles: see evaluate
        if isinstance(v, ir.Count):
            t, bound = self.bind(self.ref(v.collection))
            return f"(float(len({t})) if {bound} is not None else None)"
        if isinstance(v, ir.Days):
            (a, bound_a), (b, bound_b) = self.bind(self.ref(v.start)), self.bind(self.ref(v.end))
            return f"(float(({b} - {a}).days) if {bound_a} is not None and {bound_b} is not None else None)"
        if isinstance(v, ir.Arith):
            tests, (a, b) = self._operands((v.left, v.right), numeric=True)
            if v.op == "/":  # division by zero gives a missing value
                tests.append(f"{b} != 0")
                return f"({a} / {b} if {' and '.join(tests)} else None)"
            op = "*" if v.op in ("*", "×") else v.op
            return f"({a} {op} {b} if {' and '.join(tests)} else None)" if tests else f"({a} {op} {b})"
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
            t, bound = self.bind(self.ref(c.ref))
            test = f"str({t}).startswith({self.const(c.prefix)})"
            return f"({bound} is not None and {'not ' if c.negated else ''}{test})"
        if isinstance(c, (ir.AllOf, ir.AnyOf)):
            member = self._membership(c)
            if member:
                return member
            joiner = " and " if isinstance(c, ir.AllOf) else " or "
            return "(" + joiner.join(self.cond(i) for i in c.items) + ")"
        if isinstance(c, ir.Quant):
            collection = self.ref(c.collection)
            var = f"a{len(self.aliases)}"
            outer = self.aliases
            self.aliases = {**outer, c.alias: var}
            inner = self.cond(c.cond)
            self.aliases = outer
            found = f"any({inner} for {var} in ({collection} or ()))"
            if collection.isidentifier():  # no generator at all for a missing or empty list
                found = f"({collection} and {found})"
            return found if c.exists else f"(not {found})"
        if isinstance(c, ir.Derived):
            return f"({self.const(c.name)} {'in' if c.holds else 'not in'} D)"
        raise TypeError(c)

    def _membership(self, c: ir.AllOf | ir.AnyOf) -> str | None:
        """`x i [a, b, c]` (any of x = a, ...) or `x inte i [...]` (all of x != a, ...) as one set lookup.

        Equal for texts and doubles (hash equality is ==), and false when x is missing,
        as each comparison would be.
        """
        op = "=" if isinstance(c, ir.AnyOf) else "!="
        items = c.items
        if len(items) < 2 or not all(isinstance(i, ir.Cmp) and i.op == op and isinstance(i.right, ir.Const) for i in items):
            return None
        left = items[0].left
        kinds = {i.right.kind for i in items}
        if not isinstance(left, ir.Ref) or any(i.left != left for i in items) or len(kinds) != 1 or kinds & {"text", "tal"} != kinds:
            return None
        numeric = kinds == {"tal"}
        values = frozenset(float(i.right.value) if numeric else i.right.value for i in items)
        t, bound = self.bind(self.ref(left))
        operand = f"float({t})" if numeric and not self.is_float(left) else t
        return f"({bound} is not None and {operand} {'in' if op == '=' else 'not in'} {self.const(values)})"

    def _operands(self, sides: tuple[ir.Value, ir.Value], numeric: bool) -> tuple[list[str], list[str]]:
        """The tests that no side is missing, and the two operands (doubles when `numeric`)."""
        tests, operands = [], []
        for side in sides:
            if isinstance(side, ir.Const):  # never missing
                operands.append(self.value(side))
                continue
            t, bound = self.bind(self.value(side))
            tests.append(f"{bound} is not None")
            operands.append(f"float({t})" if numeric and not self.is_float(side) else t)
        return tests, operands

    def _compare(self, c: ir.Cmp) -> str:
        parts, operands = self._operands((c.left, c.right), numeric=c.left.kind == "tal" or c.right.kind == "tal")
        parts.append(f"{operands[0]} {_OPS[c.op]} {operands[1]}")
        return "(" + " and ".join(parts) + ")"


def _uses(node: ir.Cond, alias: str) -> bool:
    return any(r.scope == alias for r in ir.refs(node))


def _check(derivations: list[ir.RuleIR], rules: list[ir.RuleIR], constants: list[Any], hits: list[str]) -> str:
    """One function for the whole rulebook: derived facts stratum by stratum into D, then the hits.

    Every derived fact a condition reads is of a lower stratum than the condition's
    own (the compiler's stratification), so adding each fact to D as soon as it is
    found, in stratum order, is the same as computing stratum by stratum. The rules
    come in code order, and a `för varje` rule's elements in index order, so the
    hits are appended sorted by (code, index).
    """
    emit = _Emitter(constants)
    body = []
    for rule in sorted(derivations, key=lambda r: r.stratum):
        condition = rule.condition
        if rule.for_each is not None:  # a slutsats over a list holds when some element satisfies it
            condition = ir.Quant(True, rule.for_each.collection, rule.for_each.alias, condition)
        body.append(f"if {emit.cond(condition)}: D.add({emit.const(rule.code)})")
    body += ["hits = []", "add = hits.append"]
    for n, rule in enumerate(rules):
        hit = hits[n]
        if rule.for_each is None:
            body.append(f"if {emit.cond(rule.condition)}: add({hit})")
            continue
        alias = rule.for_each.alias
        items = rule.condition.items if isinstance(rule.condition, ir.AllOf) else (rule.condition,)
        outside = [c for c in items if not _uses(c, alias)]  # the same for every element: tested once
        inside = [c for c in items if _uses(c, alias)]
        collection = emit.ref(rule.for_each.collection)
        emit.aliases[alias] = "e"
        test = emit.cond(ir.AllOf(tuple(inside))) if inside else "True"
        del emit.aliases[alias]
        indent = ""
        if outside:
            body.append(f"if {emit.cond(ir.AllOf(tuple(outside)))}:")
            indent = "    "
        body.append(f"{indent}for i, e in enumerate({collection} or ()):")
        body.append(f"{indent}    if {test}: add({hit}.get(i) or _hit({hit}, {emit.const(rule)}, i))")
    lines = ["def check(d, p, D):"] + [f"    {line}" for line in emit.prologue() + body] + ["    return hits", ""]
    return "\n".join(lines)


def _hit(cache: dict, rule: ir.RuleIR, index: int) -> Hit:
    hit = cache[index] = Hit(rule, index)
    return hit


class NativeEngine:
    """Evaluates a rulebook with Python functions generated from its IR; stateless per document."""

    def __init__(self, rules: list[ir.RuleIR], derivations: list[ir.RuleIR]):
        constants: list[Any] = []
        rules = sorted(rules, key=lambda r: r.code)
        # A plain rule's hit is immutable and the same every time: built once. A `för
        # varje` rule's hits are kept per index (H<n> is then a dict index -> Hit).
        hit_values = [Hit(r, None) if r.for_each is None else {} for r in rules]
        hit_names = [f"H{n}" for n in range(len(rules))]
        self.source = _check(derivations, rules, constants, hit_names)
        namespace: dict[str, Any] = {"__builtins__": {"any": any, "bool": bool, "enumerate": enumerate, "float": float,
                                                      "len": len, "str": str}, "_EMPTY": _EMPTY, "_hit": _hit}
        namespace.update({f"K{i}": value for i, value in enumerate(constants)})
        namespace.update(zip(hit_names, hit_values))
        exec(compile(self.source, "<kravmotor-regler>", "exec"), namespace)  # our own generated code, see module docstring
        self._check: Callable = namespace["check"]

    def evaluate(self, data: dict[str, Any], params: dict[str, Decimal]) -> Outcome:
        derived: set[str] = set()
        doubles = {name: float(value) for name, value in params.items()}  # numbers are doubles (see ir)
        hits = self._check(data, doubles, derived)
        return Outcome(hits, frozenset(derived))
