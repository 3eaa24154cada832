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

A rule then fires when T holds, and is undecided when neither T nor F does. The
function is written for speed in the shape of a hand-written one (issue 12, item 7;
bench/bench_motorer.py measures it against one):

- each conjunct of a rule is a guard `if not F(c):`, nested, so a conjunct that is
  definitely false ends the rule before anything else is fetched or walked; inside
  the guards the rule fires when every T holds and is undecided otherwise;
- the facts and parameters only one rule reads are fetched inside its guards, the
  others once at the top (a numeric parameter's double kept per value object);
- a quantifier that reads no outer element is one loop before the test that needs
  it, giving its T and F together; each element's class is tested once (an unknown
  element becomes a dict whose fields are all unknown) and each field it reads
  fetched once; arithmetic on document values is computed once per rule;
- UNKNOWN is tested with `is` before it would reach a comparison, arithmetic or a
  set lookup (its own methods give the same answers, but as Python calls);
- the sets of derived facts that hold and may hold are constants, one per state of
  the derived facts, and so is the whole outcome when no rule fired or is undecided.

As in
`native_backend`, only this compiler writes code, from checked IR; every constant
is a value in the namespace (`K<n>`), never spelled into the source.
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Any

from ..record import fields_of
from . import ir
from .outcome import NOTHING, Outcome

_MAX_NESTING = 20  # nested guards per rule at most; the conjuncts beyond are tested together
_MAX_SHARED_FACTS = 5  # up to 3**5 states of the derived facts have shared answers
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
        self.plain: set[str] = set()  # element variables made a dict once per element (see `_plain`)
        # In a rule's block: the statements to run before the test being written, and what they
        # computed (a quantifier's T/F flags, a value), valid only inside that block.
        self.pre: list[str] | None = None
        self.memo: dict[Any, Any] = {}
        # The document fields and parameters only one rule reads: fetched in its block, when needed.
        users = Counter(key for r in derivations + rules for key in _keys(r))
        self.lazy = {key for key, n in users.items() if n == 1}
        self.cells: dict[str, str] = {}  # a numeric parameter -> its cell (value object, double)
        # In a loop body: (element variable, its fields fetched so far, the fetches to write before
        # the next test), so that an element field is fetched once per element.
        self.element: tuple[str, dict, list[str]] | None = None

    # --- names ----------------------------------------------------------------------

    def const(self, value: Any) -> str:
        return constant(self.constants, value)

    def temp(self) -> str:
        self.temps += 1
        return f"u{self.temps}"

    def _fetch(self, key: Any, expr: str, number: bool) -> str:
        if key in self.lazy and self.pre is not None:
            if ("fetch", key) not in self.memo:
                name = self.memo[("fetch", key)] = self.temp()
                self.pre.append(f"{name} = {_converted(expr, number)}")
            return self.memo[("fetch", key)]
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
        var = expr = self.aliases[r.scope]
        for n, part in enumerate(r.path):
            expr = f"{expr}.get({part!r})" if n == 0 and expr in self.plain else _member(expr, part)
        if not r.path:
            return expr
        if self.element is not None and self.element[0] == var:  # once per element, before the test
            _, fetched, pending = self.element
            if (r.path, r.kind) not in fetched:
                name = fetched[(r.path, r.kind)] = self.temp()
                pending.append(f"{name} = {_converted(expr, r.kind == 'tal')}")
            return fetched[(r.path, r.kind)]
        return _converted(expr, r.kind == "tal")

    def value(self, v: ir.Value) -> str:
        if isinstance(v, ir.Ref):
            return self.ref(v)
        if isinstance(v, ir.Const):
            return self.const(v.as_float() if v.kind == "tal" else v.value)
        if isinstance(v, ir.Param):
            if v.kind != "tal":
                return self._fetch(("param", v.name), f"p.get({v.name!r}, _U)", False)
            if v.name not in self.cells:  # its double kept per value object, as in `check`
                self.constants.append([(None, None)])
                self.cells[v.name] = f"K{len(self.constants) - 1}"
            cell = self.cells[v.name]
            return self._fetch(("param", v.name), f"(m[1] if (_t := p.get({v.name!r}, _U)) is (m := {cell}[0])[0] "
                                                  f"else _double({cell}, _t) if _t.__class__ in _PLAIN else _num(_t))", False)
        if isinstance(v, ir.Count):  # of a partial list: at least the known elements
            t = self.temp()
            return f"(_count({t}) if ({t} := {self.ref(v.collection)}).__class__ in _LISTS else {t})"
        if isinstance(v, (ir.Days, ir.Arith)) and self.pre is not None and _closed(v):
            return self._computed(("value", v), lambda: self._value(v))
        return self._value(v)

    def _value(self, v: ir.Value) -> str:
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
            op = "*" if v.op in ("*", "×") else v.op  # unknown in, unknown out (without UNKNOWN's methods)
            return f"(None if {missing} else _U if {a} is _U or {b} is _U else {a} {op} {b})"
        raise TypeError(v)

    def _computed(self, key: Any, expr) -> str:
        """A local computed once in the current rule's block (for its T and its F)."""
        if key not in self.memo:
            value = expr()  # what it reads is computed before it
            self.memo[key] = name = self.temp()
            assert self.pre is not None, "inside a rule's block"
            self.pre.append(f"{name} = {value}")
        return self.memo[key]

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
        assert v.alias is not None, "an aggregate over a list names its element"
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
        if self.pre is not None and _closed(c):
            some_true, all_false = self._walk(c)
            return some_true if c.exists == want else all_false
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

    def _walk(self, c: ir.Quant) -> tuple[str, str]:
        """A quantifier that reads no outer element, as one loop before the test: the locals "some
        element definitely true" and "every element definitely false", each element's F tested only
        while its T is not, and the loop left at the first element definitely true."""
        key = ("quant", c)
        if key not in self.memo:
            assert self.pre is not None, "called only where there is a block to compute before (see _quantifier)"
            collection = self.ref(c.collection)
            var = f"a{len(self.aliases)}"
            outer = self.aliases
            self.aliases = {**outer, c.alias: var}
            plain = _plain_elements(c.cond, c.alias)
            if plain:
                self.plain.add(var)
            some, every = self.temp(), self.temp()
            body, indent = [_plain(var)] if plain else [], ""
            outer_element, self.element = self.element, ((var, {}, []) if plain else None)
            conjuncts = _conjuncts(c.cond)[:_MAX_NESTING]
            if len(_conjuncts(c.cond)) > _MAX_NESTING:
                conjuncts = conjuncts[:-1] + (ir.AllOf(_conjuncts(c.cond)[_MAX_NESTING - 1:]),)
            for item in conjuncts:  # an element definitely false for one conjunct is done with
                false = self.false(item)
                body += self._pending(indent) + [f"{indent}if not {false}:"]
                indent += "    "
            true = " and ".join(self.true(item) for item in conjuncts) or "True"
            body += self._pending(indent) + [f"{indent}{every} = False", f"{indent}if {true}: {some} = True; break"]
            self.element = outer_element
            self.plain.discard(var)
            self.aliases = outer
            self.pre += [f"{some} = False", f"{every} = {collection} is not _U and {collection}.__class__ is not _Partial",
                         f"if {collection}.__class__ in _LISTS:", f"    for {var} in {collection}:"]
            self.pre += [f"        {line}" for line in body]
            self.memo[key] = (some, every)
        return self.memo[key]

    def _pending(self, indent: str) -> list[str]:
        """The element fields the test about to be written reads first, fetched before it."""
        if self.element is None:
            return []
        pending = self.element[2]
        lines = [indent + line for line in pending]
        pending.clear()
        return lines

    def _membership(self, c: ir.AllOf | ir.AnyOf, want: bool) -> str | None:
        """`x i ["a", "b"]` (x = "a" eller x = "b") and `x inte i [...]` as one set lookup, for texts."""
        op = "=" if isinstance(c, ir.AnyOf) else "!="
        items = c.items
        pairs = [(i.left, i.right) for i in items if isinstance(i, ir.Cmp) and i.op == op and isinstance(i.right, ir.Const)
                 and i.right.kind == "text"]
        if len(items) < 2 or len(pairs) != len(items):
            return None
        left = pairs[0][0]
        if not isinstance(left, ir.Ref) or any(other != left for other, _ in pairs):
            return None
        values = self.const(frozenset(right.value for _, right in pairs))
        t, bound = _bind(self.ref(left), self.temp)
        inside = (op == "=") == want  # want "definitely in"
        if inside:  # None and UNKNOWN are in no set of texts (UNKNOWN tested first: its hash is Python)
            return f"({bound} is not _U and {t} in {values})"
        return f"({bound} is not None and {t} is not _U and {t} not in {values})" if want else \
            f"({bound} is None or ({t} is not _U and {t} not in {values}))"

    def _compare(self, c: ir.Cmp, want: bool) -> str:
        op = c.op if want else ir.NEGATED_OP[c.op]
        tests, known, operands = [], [], []
        for side in (c.left, c.right):
            expr = self.value(side)
            if isinstance(side, ir.Const):
                operands.append(expr)
                continue
            t, bound = _bind(expr, self.temp)
            tests.append(f"{bound} is {'not ' if want else ''}None")
            known.append(f"{t} is not _U")  # UNKNOWN would answer False too, but through a Python method
            operands.append(t)
        compare = f"{operands[0]} {_OPS[op]} {operands[1]}"
        if want:  # both there and known, and the comparison definitely holds
            return "(" + " and ".join(tests + known + [compare]) + ")"
        # a missing side makes it false; else it definitely fails (never when a side is unknown)
        return "(" + " or ".join(tests + ["(" + " and ".join(known + [compare]) + ")"]) + ")"

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
        lines = ["def check3(d, p):"] + [f"    {line}" for line in self.prologue + body + self._answer()]
        return "\n".join(lines) + "\n"

    def _answer(self) -> list[str]:
        """The return: the sets of derived facts that hold and that may hold are shared constants, one
        pair per state of the derived facts (each T, F or neither), and so is the whole outcome when no
        rule fired or is undecided."""
        facts = list(self.derived.items())
        if len(facts) > _MAX_SHARED_FACTS:
            maybe_tests = [(name, f"not ({t} or {f})") for name, (t, f) in facts]
            derived, maybe_set = self._fact_set([(name, t) for name, (t, f) in facts]), self._fact_set(maybe_tests)
            return [f"return _new(_Outcome, (hits, {derived}, und, {maybe_set}))"]
        sets, empty = [], []
        for state in itertools.product(range(3), repeat=len(facts)):  # 0 holds, 1 does not, 2 unknown
            holding = frozenset(name for (name, _), s in zip(facts, state, strict=True) if s == 0)
            maybe = frozenset(name for (name, _), s in zip(facts, state, strict=True) if s == 2)
            sets.append((holding, maybe))
            empty.append(NOTHING if not holding and not maybe else Outcome((), holding, (), maybe))
        last = len(facts) - 1  # the first fact's state varies slowest in `product`
        index = " + ".join(f"{3 ** (last - n)} * (0 if {t} else 1 if {f} else 2)"
                           for n, (_, (t, f)) in enumerate(facts)) or "0"
        both, nothing = self.const(tuple(sets)), self.const(tuple(empty))
        return [f"s = {index}",
                f"return _new(_Outcome, (hits, (m := {both}[s])[0], und, m[1])) if hits or und else {nothing}[s]"]

    def _fact_set(self, facts: list[tuple[str, str]]) -> str:
        names = self.const(tuple(name for name, _ in facts))
        return f"_frozenset(_compress({names}, ({', '.join(test for _, test in facts)},)))"

    def _guarded(self, conjuncts: tuple[ir.Cond, ...], inner) -> list[str]:
        """One `if not F(c):` per conjunct, nested, each after the statements it needs (a conjunct
        definitely false ends the rule: nothing else is fetched or walked); inside them the condition
        is definitely true or unknown, and `inner(T)` writes what follows."""
        if len(conjuncts) > _MAX_NESTING:
            conjuncts = conjuncts[:_MAX_NESTING - 1] + (ir.AllOf(conjuncts[_MAX_NESTING - 1:]),)
        lines, indent = [], ""
        for c in conjuncts:
            self.pre = []
            false = self.false(c)
            lines += [indent + s for s in self.pre]
            lines.append(f"{indent}if not {false}:")
            indent += "    "
        self.pre = []
        true = " and ".join(self.true(c) for c in conjuncts) or "True"
        tail = inner(true)  # may take the statements written so far (`_for_each`)
        lines += [indent + s for s in self.pre + tail]
        self.pre = None
        return lines

    def _derivation(self, d: ir.RuleIR) -> list[str]:
        """The locals T and F of a derived fact; several slutsatser of one name: T = any, F = all."""
        self.memo = {}
        conjuncts = _conjuncts(d.condition)
        if d.for_each is not None:  # holds when some element satisfies it; false also when the
            # conjuncts about the document alone are false, whatever the (possibly unknown) list is
            alias = d.for_each.alias
            conjuncts = (tuple(c for c in conjuncts if not _uses(c, alias))
                         + (ir.Quant(True, d.for_each.collection, alias, d.condition),))
        if d.code not in self.derived:
            n = len(self.derived)
            t, f = self.derived[d.code] = (f"sT{n}", f"sF{n}")
            return [f"{t} = False", f"{f} = True"] + self._guarded(conjuncts, lambda true: [f"{t} = {true}", f"{f} = False"])
        t, f = self.derived[d.code]
        return self._guarded(conjuncts, lambda true: [f"{t} = {t} or {true}", f"{f} = False"])

    def _rule(self, n: int, rule: ir.RuleIR) -> list[str]:
        hit = self.hit_names[n]
        self.memo = {}
        conjuncts = _conjuncts(rule.condition)
        if rule.for_each is None:
            return self._guarded(conjuncts, lambda true: [f"if {true}: hits += {hit}", f"else: und += {hit}"])
        alias = rule.for_each.alias
        outside = tuple(c for c in conjuncts if not _uses(c, alias))
        inside = tuple(c for c in conjuncts if _uses(c, alias))[:_MAX_NESTING] or (ir.TRUE,)
        if len(conjuncts) - len(outside) > _MAX_NESTING:
            inside = inside[:-1] + (ir.AllOf(tuple(c for c in conjuncts if _uses(c, alias))[_MAX_NESTING - 1:]),)
        return self._guarded(outside, lambda true: self._for_each(n, rule, inside, true))

    def _for_each(self, n: int, rule: ir.RuleIR, inside: tuple[ir.Cond, ...], outside_true: str) -> list[str]:
        """A `för varje` rule once its conjuncts about the document are not definitely false: the
        elements nobody knows (index None) first, then each element, with a guard per conjunct."""
        hit = self.hit_names[n]
        assert rule.for_each is not None and self.pre is not None, "a rule about each element, in its block"
        collection = self.ref(rule.for_each.collection)
        var = f"a{len(self.aliases)}"
        self.aliases[rule.for_each.alias] = var
        plain = all(_plain_elements(c, rule.for_each.alias) for c in inside)
        if plain:
            self.plain.add(var)
        known = self.temp()
        lines = [f"{known} = {outside_true}"]
        body, indent = [f"{_plain(var)}"] if plain else [], ""
        outer_element, self.element = self.element, ((var, {}, []) if plain else None)
        for c in inside:
            false = self.false(c)
            body += self._pending(indent) + [f"{indent}if not {false}:"]
            indent += "    "
        element = f"{hit}.get(i) or _hit({hit}, {self.const(rule)}, i)"
        true = " and ".join(self.true(c) for c in inside)
        body += self._pending(indent) + [f"{indent}if {known} and {true}: hits += {element}", f"{indent}else: und += {element}"]
        self.element = outer_element
        self.plain.discard(var)
        del self.aliases[rule.for_each.alias]
        # self.pre now holds what the element tests need of the document alone: computed before the loop
        lines = self.pre + lines + [
            f"if {collection} is _U or {collection}.__class__ is _Partial: und += {self.unknown_hit_names[n]}",
            f"if {collection} is not _U and {collection}:",
            f"    for i, {var} in enumerate({collection}):"] + [f"        {line}" for line in body]
        self.pre = []
        return lines


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
    return f"(float(_t) if (_t := {expr}).__class__ in _PLAIN else (_t if _t is None or _t is _U else _num(_t)))"


def _bind(expr: str, temp) -> tuple[str, str]:
    if expr.isidentifier():
        return expr, expr
    t = temp()
    return t, f"({t} := {expr})"


def _conjuncts(c: ir.Cond) -> tuple[ir.Cond, ...]:
    return c.items if isinstance(c, ir.AllOf) else (c,)


def _uses(node: Any, alias: str) -> bool:
    return any(r.scope == alias for r in ir.refs(node))


def _bound(node: Any) -> set[str]:
    """The aliases bound inside `node` (by its quantifiers and aggregates)."""
    found: set[str] = set()
    if isinstance(node, (ir.Quant, ir.Aggregate)) and node.alias:
        found.add(node.alias)
    if isinstance(node, tuple):
        for item in node:
            found |= _bound(item)
    elif (fields := fields_of(node)) is not None:
        for value in fields.values():
            found |= _bound(value)
    return found


def _closed(node: Any) -> bool:
    """Whether `node` reads the document only, no element of an outer loop: computable before any loop."""
    inner = _bound(node)
    return all(r.scope == ir.DOC or r.scope in inner for r in ir.refs(node))


def _plain_elements(cond: ir.Cond, alias: str) -> bool:
    """Whether `cond` reads only fields of the element bound to `alias` (never the element itself): then
    an element that is not a dict can become one whose fields are all unknown (or all missing)."""
    return all(r.path for r in ir.refs(cond) if r.scope == alias)


def _plain(var: str) -> str:
    return f"if {var}.__class__ is not dict: {var} = _UE if {var} is _U else _EMPTY"


def _keys(rule: ir.RuleIR) -> set:
    """The fetch keys (document fields and objects, parameters) a rule or slutsats reads."""
    refs = ir.refs(rule.condition) + ([rule.for_each.collection] if rule.for_each is not None else [])
    keys: set = {("param", name) for name in _params(rule.condition)}
    for r in refs:
        if r.scope == ir.DOC:
            keys.add(("ref", r.path))
            keys.update(("obj", r.path[:n]) for n in range(1, len(r.path)))
    return keys


def _params(node: Any) -> set[str]:
    if isinstance(node, ir.Param):
        return {node.name}
    if isinstance(node, tuple):
        return set().union(*(_params(item) for item in node))
    if (fields := fields_of(node)) is not None:
        return set().union(*(_params(value) for value in fields.values()))
    return set()
