"""The native evaluator's function for subjects with unknown facts or spans.

`native_backend` compiles the rulebook into a function for subjects where every
fact is known and every parameter a plain number: there a condition is simply
true or false. When something is unknown (a field declared unknown or left out,
a parameter with no value for the day, an amount known only as a span), each
condition is true, false or unknown (see `ir`), and this module compiles the
rulebook into a second function, `check3(d, p)`, that says which.

Every condition `c` is written as two Python expressions: `T(c)`, "definitely
true", and `F(c)`, "definitely false"; unknown is neither. Kleene's logic is then
plain Python: T(a och b) = T(a) and T(b), F(a och b) = F(a) or F(b), and the
duals for `eller`; a quantifier is `any`/`all` over its list (or neither when the
list is unknown). An atom needs no test for unknown values: `UNKNOWN` and `Span`
(`values`) answer every comparison with its definite answer, so T(a < b) is
`a < b` and F(a < b) is `a >= b` once neither side is missing (a missing value
makes a comparison false, negated or not).

A rule then fires when T holds, and is undecided when neither T nor F does. As in
`native_backend`, only this compiler writes code, from checked IR; every constant
is a value in the namespace (`K<n>`), never spelled into the source.
"""

from __future__ import annotations

from typing import Any

from . import ir

_OPS = {"=": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}


class UncertainCompiler:
    """IR → the source of `check3(d, p)`, sharing the constants of the certain function."""

    def __init__(self, derivations: list[ir.RuleIR], rules: list[ir.RuleIR], constants: list[Any],
                 hit_names: list[str], unknown_hit_names: list[str]):
        self.derivations, self.rules = derivations, rules
        self.constants = constants
        self.hit_names, self.unknown_hit_names = hit_names, unknown_hit_names
        self.fetches: dict[Any, str] = {}  # key -> local
        self.prologue: list[str] = []
        self.aliases: dict[str, str] = {}  # rule alias -> Python variable
        self.derived: dict[str, tuple[str, str]] = {}  # derived fact -> (local T, local F)
        self.temps = 0

    # --- names ----------------------------------------------------------------------

    def const(self, value: Any) -> str:
        return constant(self.constants, value)

    def temp(self) -> str:
        self.temps += 1
        return f"u{self.temps}"

    def _fetch(self, key: Any, expr: str, number: bool) -> str:
        if key not in self.fetches:
            name = self.fetches[key] = f"y{len(self.fetches)}"
            self.prologue.append(f"{name} = {_converted(expr, number)}")
        return self.fetches[key]

    # --- values: expressions giving the value, None (missing), UNKNOWN or a Span --------

    def _object(self, path: tuple[str, ...]) -> str:
        """The local holding the object at `path`: a dict, None or UNKNOWN."""
        if not path:
            return "d"
        parent = self._object(path[:-1])
        return self._fetch(("obj", path), _member(parent, path[-1]), False)

    def ref(self, r: ir.Ref) -> str:
        if r.scope == ir.DOC:
            parent = self._object(r.path[:-1])
            return self._fetch(("ref", r.path), _member(parent, r.path[-1]), r.kind == "tal")
        expr = self.aliases[r.scope]
        for part in r.path:
            expr = _member(expr, part)
        return _converted(expr, r.kind == "tal") if r.path else expr

    def value(self, v: ir.Value) -> str:
        if isinstance(v, ir.Ref):
            return self.ref(v)
        if isinstance(v, ir.Const):
            return self.const(float(v.value) if v.kind == "tal" else v.value)
        if isinstance(v, ir.Param):
            return self._fetch(("param", v.name), f"p.get({v.name!r}, _U)", v.kind == "tal")
        if isinstance(v, ir.Count):  # of a partial list: at least the known elements
            t = self.temp()
            return f"(_count({t}) if ({t} := {self.ref(v.collection)}).__class__ in _LISTS else {t})"
        if isinstance(v, ir.Days):
            a, b = self.temp(), self.temp()
            return (f"(None if ({a} := {self.ref(v.start)}) is None or ({b} := {self.ref(v.end)}) is None "
                    f"else (_U if {a} is _U or {b} is _U else float(({b} - {a}).days)))")
        if isinstance(v, ir.Aggregate):
            return self._aggregate(v)
        if isinstance(v, ir.Arith):
            a, b = self.temp(), self.temp()
            missing = f"({a} := {self.value(v.left)}) is None or ({b} := {self.value(v.right)}) is None"
            if v.op == "/":  # division by zero gives a missing value, whatever is divided
                return f"(None if {missing} or {b} == 0 else {a} / {b})"
            op = "*" if v.op in ("*", "×") else v.op
            return f"(None if {missing} else {a} {op} {b})"
        raise TypeError(v)

    def _aggregate(self, v: ir.Aggregate) -> str:
        """`antal` of (T, F) pairs, `summa`/`medel` of values (motor.aggregates combines them); of a
        list: unknown for an unknown or partial list, none for a missing one."""
        helper = {"antal": "_count_tf", "summa": "_total", "medel": "_mean"}[v.func]

        def part(p) -> str:
            return f"(({self.true(p)}), ({self.false(p)}))" if v.func == "antal" else self.value(p)

        if v.collection is None:
            return f"{helper}(({', '.join(part(p) for p in v.parts)},))"
        t, bound = _bind(self.ref(v.collection), self.temp)
        var = f"a{len(self.aliases)}"
        outer = self.aliases
        self.aliases = {**outer, v.alias: var}
        inner = part(v.parts[0])
        self.aliases = outer
        empty = "None" if v.func == "medel" else "0.0"
        return (f"({helper}({inner} for {var} in {t}) if {bound}.__class__ is list "
                f"else (_U if {t} is _U or {t}.__class__ is _Partial else {empty}))")

    # --- conditions: T(c) and F(c) ----------------------------------------------------

    def true(self, c: ir.Cond) -> str:
        return self._cond(c, True)

    def false(self, c: ir.Cond) -> str:
        return self._cond(c, False)

    def _cond(self, c: ir.Cond, want: bool) -> str:
        """T(c) when `want`, F(c) otherwise."""
        if isinstance(c, ir.Truth):
            return "True" if c.value == want else "False"
        if isinstance(c, ir.Cmp):
            return self._compare(c, want)
        if isinstance(c, ir.Present):
            v = self.ref(c.ref)
            t, bound = _bind(v, self.temp)
            if c.ref.kind == "lista":  # a list "finns" when it has elements (a partial list: when one is known)
                if c.present == want:
                    return f"({bound} is not _U and bool({t}))"
                return f"({bound} is not _U and {t}.__class__ is not _Partial and not {t})"
            if c.present == want:  # definitely there
                return f"({bound} is not None and {t} is not _U)"
            return f"({v} is None)"
        if isinstance(c, ir.Prefix):
            t, bound = _bind(self.ref(c.ref), self.temp)
            starts = f"str({t}).startswith({self.const(c.prefix)})"
            if want:  # there, known, and (not) starting with it
                return f"({bound} is not None and {t} is not _U and {'not ' if c.negated else ''}{starts})"
            # missing (false whichever way it is negated), or known and the other way
            return f"({bound} is None or ({t} is not _U and {'' if c.negated else 'not '}{starts}))"
        if isinstance(c, (ir.AllOf, ir.AnyOf)):
            member = self._membership(c, want)
            if member:
                return member
            joiner = " and " if isinstance(c, ir.AllOf) == want else " or "
            return "(" + joiner.join(self._cond(i, want) for i in c.items) + ")"
        if isinstance(c, ir.Quant):
            return self._quantifier(c, want)
        if isinstance(c, ir.Derived):
            if c.name not in self.derived:  # no slutsats defines it: it never holds
                return "True" if c.holds != want else "False"
            t, f = self.derived[c.name]
            return t if c.holds == want else f
        raise TypeError(c)

    def _quantifier(self, c: ir.Quant, want: bool) -> str:
        collection = self.ref(c.collection)
        t, bound = _bind(collection, self.temp)
        var = f"a{len(self.aliases)}"
        outer = self.aliases
        self.aliases = {**outer, c.alias: var}
        some_true = f"({bound}.__class__ in _LISTS and any({self.true(c.cond)} for {var} in {t}))"
        t2, bound2 = _bind(collection, self.temp)  # every element false: a known list only
        all_false = f"({bound2} is not _U and {t2}.__class__ is not _Partial and all({self.false(c.cond)} for {var} in ({t2} or ())))"
        self.aliases = outer
        return some_true if c.exists == want else all_false

    def _membership(self, c: ir.AllOf | ir.AnyOf, want: bool) -> str | None:
        """`x i ["a", "b"]` (x = "a" eller x = "b") and `x inte i [...]` as one set lookup, for texts."""
        op = "=" if isinstance(c, ir.AnyOf) else "!="
        items = c.items
        if len(items) < 2 or not all(isinstance(i, ir.Cmp) and i.op == op and isinstance(i.right, ir.Const)
                                     and i.right.kind == "text" for i in items):
            return None
        left = items[0].left
        if not isinstance(left, ir.Ref) or any(i.left != left for i in items):
            return None
        values = self.const(frozenset(i.right.value for i in items))
        t, bound = _bind(self.ref(left), self.temp)
        inside = (op == "=") == want  # want "definitely in"
        if inside:
            return f"({bound} in {values})"  # None and UNKNOWN are in no set of texts
        return f"({bound} is not None and {t} is not _U and {t} not in {values})" if want else \
            f"({bound} is None or ({t} is not _U and {t} not in {values}))"

    def _compare(self, c: ir.Cmp, want: bool) -> str:
        op = c.op if want else ir.NEGATED_OP[c.op]
        tests, operands = [], []
        for side in (c.left, c.right):
            expr = self.value(side)
            if isinstance(side, ir.Const):
                operands.append(expr)
                continue
            t, bound = _bind(expr, self.temp)
            tests.append(f"{bound} is {'not ' if want else ''}None")
            operands.append(t)
        compare = f"{operands[0]} {_OPS[op]} {operands[1]}"
        if want:  # both there, and the comparison definitely holds
            return "(" + " and ".join(tests + [compare]) + ")"
        # a missing side makes it false; else it definitely fails
        return "(" + " or ".join(tests + [compare]) + ")"

    # --- the function -----------------------------------------------------------------

    def compile(self) -> str:
        body: list[str] = []
        levels = sorted({r.stratum for r in self.derivations + self.rules})
        for level in levels:
            for d in (d for d in self.derivations if d.stratum == level):
                body += self._derivation(d)
        body.append("hits = und = ()")
        for n, rule in enumerate(self.rules):
            body += self._rule(n, rule)
        maybe = [(name, f"not ({t} or {f})") for name, (t, f) in self.derived.items()]
        holding = [(name, t) for name, (t, f) in self.derived.items()]
        derived, maybe_set = self._fact_set(holding), self._fact_set(maybe)
        lines = ["def check3(d, p):"] + [f"    {line}" for line in self.prologue + body]
        lines.append(f"    return _new(_Outcome, (hits, {derived}, und, {maybe_set}))")
        return "\n".join(lines) + "\n"

    def _fact_set(self, facts: list[tuple[str, str]]) -> str:
        if not facts:
            return "_NONE"
        names = self.const(tuple(name for name, _ in facts))
        return f"_frozenset(_compress({names}, ({', '.join(test for _, test in facts)},)))"

    def _derivation(self, d: ir.RuleIR) -> list[str]:
        """The locals T and F of a derived fact; several slutsatser of one name: T = any, F = all."""
        condition, outside = d.condition, None
        if d.for_each is not None:  # holds when some element satisfies it; false also when the
            # conjuncts about the document alone are false, whatever the (possibly unknown) list is
            outside = _outside(d.condition, d.for_each.alias)
            condition = ir.Quant(True, d.for_each.collection, d.for_each.alias, d.condition)
        true, false = self.true(condition), self.false(condition)
        if outside is not None:
            false = f"({self.false(outside)} or {false})"
        if d.code not in self.derived:
            n = len(self.derived)
            self.derived[d.code] = (f"sT{n}", f"sF{n}")
            return [f"sT{n} = {true}", f"sF{n} = {false}"]
        t, f = self.derived[d.code]
        return [f"{t} = {t} or {true}", f"{f} = {f} and {false}"]

    def _rule(self, n: int, rule: ir.RuleIR) -> list[str]:
        hit = self.hit_names[n]
        if rule.for_each is None:
            return [f"if {self.true(rule.condition)}: hits += {hit}",
                    f"elif not {self.false(rule.condition)}: und += {hit}"]
        collection = self.ref(rule.for_each.collection)
        outside = _outside(rule.condition, rule.for_each.alias)
        var = f"a{len(self.aliases)}"
        self.aliases[rule.for_each.alias] = var
        true, false = self.true(rule.condition), self.false(rule.condition)
        del self.aliases[rule.for_each.alias]
        element = f"{hit}.get(i) or _hit({hit}, {self.const(rule)}, i)"
        return [
            f"if not {self.false(outside)}:",  # the elements nobody knows (index None) come first
            f"    if {collection} is _U or {collection}.__class__ is _Partial: und += {self.unknown_hit_names[n]}",
            f"    if {collection} is not _U and {collection}:",
            f"        for i, {var} in enumerate({collection}):",
            f"            if {true}: hits += {element}",
            f"            elif not {false}: und += {element}",
        ]


def constant(constants: list[Any], value: Any) -> str:
    """The namespace name (`K<n>`) of a constant of the generated module, shared by both functions."""
    for i, known in enumerate(constants):
        if type(known) is type(value) and known == value:
            return f"K{i}"
    constants.append(value)
    return f"K{len(constants) - 1}"


def _outside(condition: ir.Cond, alias: str) -> ir.Cond:
    """The conjuncts that do not read the element bound to `alias`."""
    items = condition.items if isinstance(condition, ir.AllOf) else (condition,)
    return ir.all_of(tuple(c for c in items if not any(r.scope == alias for r in ir.refs(c))))


def _member(parent: str, name: str) -> str:
    """The field `name` of the object `parent` (a dict, None or UNKNOWN): missing or unknown like it."""
    if parent == "d":
        return f"d.get({name!r})"
    return f"({parent}.get({name!r}) if {parent}.__class__ is dict else ({parent} if {parent} is _U else None))"


def _converted(expr: str, number: bool) -> str:
    """A number as a double (a span as a span of doubles); missing and unknown stay as they are."""
    if not number:
        return expr
    return f"(float(_t) if (_t := {expr}).__class__ in _PLAIN else _num(_t))"


def _bind(expr: str, temp) -> tuple[str, str]:
    if expr.isidentifier():
        return expr, expr
    t = temp()
    return t, f"({t} := {expr})"
