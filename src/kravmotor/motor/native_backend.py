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

The generated module is one function for the whole rulebook, and it is the
evaluator itself (`NativeEngine.evaluate` calls nothing else):

- every document field and parameter the rules read is fetched once, at the
  top (numbers already as doubles);
- each stratum walks each list once: every quantifier over that list (`någon`,
  `ingen`, `alla`, and a `slutsats ... för varje`) becomes a flag set in that one
  loop, and every `för varje` rule over it collects its hits there too. A
  quantifier or `för varje` rule whose other conditions (the conjuncts that need
  no list) are false for the document is not tested at all, a loop that only
  computes quantifiers stops as soon as all of them are decided, and an element
  field that several tests read is fetched once per element;
- derived facts are local booleans, not a set;
- a test against a list of constants (`i [...]`) is one set lookup;
- the hit of a plain rule is built once, when the engine is, as the 1-tuple
  added to the hits; a `för varje` rule's are kept per element index;
- the hits are a tuple gathered in (code, index) order at the end, so nothing
  is sorted; an outcome with no hits and no derived fact is the shared
  `outcome.NOTHING` (and with the only fact a rulebook can derive, a shared
  constant too), so nothing is built for a document that fires no rule. A
  `för varje` rule's hits grow by tuple concatenation, quadratic in the hits
  of one rule on one document, which is small beside the findings each hit
  becomes.

Quantifiers inside quantifiers, and quantifiers over a list inside a list
element, stay `any(...)` generators (they cannot be computed before the
element they depend on). An aggregate is a call of one of `motor.aggregates`'
functions on its parts, or on a generator over its list.
"""

from __future__ import annotations

import marshal
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import compress
from typing import Any

from . import aggregates, ir
from .native_uncertain import UncertainCompiler, constant
from .outcome import NOTHING, Hit, Outcome
from ..record import fields_of
from ..values import UNKNOWN, PartialList, Span, count_of

_EMPTY: dict = {}
_NONE: frozenset = frozenset()
_MAX_NESTING = 40  # nested `if`s per rule at most; a fetch beyond that is simply done earlier
_OPS = {"=": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
# The namespace's functions that combine an aggregate's parts (two-valued: a count of truthy parts).
_AGGREGATE_HELPERS = {"antal": "_count2", "summa": "_total", "medel": "_mean"}


class _Emitter:
    """Writes the Python for the conditions of the generated function."""

    def __init__(self, constants: list[Any]):
        self.constants = constants  # shared by the whole module: K<index>
        self.temps = 0
        self.aliases: dict[str, str] = {}  # rule alias -> Python name
        self.hoisted: dict[Any, tuple[str, str]] = {}  # document ref or parameter -> (local name, statement)
        self.flags: dict[int, str] = {}  # id() of a quantifier computed by a loop -> its flag (some element matched)
        self.derived: dict[str, str] = {}  # derived fact -> the local boolean holding it
        self.element: dict[tuple[str, tuple[str, ...]], str] = {}  # (element variable, path) -> local, in a loop body
        self.element_doubles: set[str] = set()  # the element locals holding doubles
        self.invariants: dict[str, str] | None = None  # in a loop body: expression -> local, computed before the loop
        self.recording: set | None = None  # during `keys`: the keys a condition needs
        self.lazy: set | None = None  # the keys the current rule fetches itself (nobody else reads them)
        self.local: dict[Any, str] = {}  # key -> local, fetched by the current rule
        self.pending: list[str] = []  # fetches to write before the current rule's next test

    def const(self, value: Any) -> str:
        return constant(self.constants, value)

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

    def _hoist(self, key: Any, statement: Callable[[str], str]) -> str:
        """The local holding a document field, object or parameter: fetched once, at the top,
        or (for a key in `lazy`) just before the test of the current rule that first needs it."""
        if key in self.hoisted:
            return self.hoisted[key][0]
        if self.recording is not None:  # a dry run: only which keys a condition needs
            self.recording.add(key)
            return "w"
        if self.lazy is not None and key in self.lazy:
            if key not in self.local:
                name = self.local[key] = f"w{len(self.local)}"
                self.pending.append(statement(name))
            return self.local[key]
        name = f"v{len(self.hoisted)}"
        self.hoisted[key] = (name, statement(name))
        return name

    def keys(self, c: ir.Cond) -> set:
        """The document fields, objects and parameters a condition reads (that are not fetched yet)."""
        self.recording = set()
        try:
            self.cond(c)
            return self.recording
        finally:
            self.recording = None

    # --- values: expressions that give the value or None ------------------------------

    def _path(self, root: str, path: tuple[str, ...]) -> str:
        expr = f"{root}.get({path[0]!r})"
        for part in path[1:]:
            expr = f"({expr} or _EMPTY).get({part!r})"
        return expr

    def _object(self, path: tuple[str, ...]) -> str:
        """The local holding the object at `path` in the document, or _EMPTY when it is missing."""
        parent = self._object(path[:-1]) if len(path) > 1 else "d"
        return self._hoist(("obj", path), lambda name: f"{name} = {parent}.get({path[-1]!r}) or _EMPTY")

    def ref(self, r: ir.Ref) -> str:
        if r.scope == ir.DOC:
            parent = self._object(r.path[:-1]) if len(r.path) > 1 else "d"
            return self._hoist(("ref", r.path), lambda name: _fetch(name, f"{parent}.get({r.path[-1]!r})", r.kind == "tal"))
        root = self.aliases[r.scope]
        if not r.path:
            return root
        return self.element.get((root, r.path)) or self._path(root, r.path)

    def is_float(self, v: ir.Value) -> bool:
        """Whether the expression for `v` already gives a double (or None)."""
        if isinstance(v, ir.Ref):
            if v.scope == ir.DOC:
                return v.kind == "tal"
            return self.element.get((self.aliases[v.scope], v.path)) in self.element_doubles
        if isinstance(v, (ir.Const, ir.Param)):
            return v.kind == "tal"
        return isinstance(v, (ir.Count, ir.Days, ir.Arith, ir.Aggregate))

    def value(self, v: ir.Value) -> str:
        if isinstance(v, ir.Ref):
            return self.ref(v)
        if isinstance(v, ir.Const):
            return self.const(v.as_float() if v.kind == "tal" else v.value)
        if isinstance(v, ir.Param):
            return self._hoist(("param", v.name), lambda name: self._param(name, v))
        if isinstance(v, ir.Count):
            t, bound = self.bind(self.ref(v.collection))
            return f"(float(len({t})) if {bound} is not None else None)"
        if isinstance(v, ir.Days):
            (a, bound_a), (b, bound_b) = self.bind(self.ref(v.start)), self.bind(self.ref(v.end))
            return f"(float(({b} - {a}).days) if {bound_a} is not None and {bound_b} is not None else None)"
        if isinstance(v, ir.Aggregate):
            return self._aggregate(v)
        if isinstance(v, ir.Arith) and self.invariants is not None and all(r.scope == ir.DOC for r in ir.refs(v)):
            # Arithmetic on document values inside a loop is the same for every element: once, before the loop.
            invariants, self.invariants = self.invariants, None
            expr = self.value(v)
            self.invariants = invariants
            if expr not in invariants:
                invariants[expr] = f"c{self.temps}"
                self.temps += 1
            return invariants[expr]
        if isinstance(v, ir.Arith):
            tests, (a, b) = self._operands((v.left, v.right), numeric=True)
            if v.op == "/":  # division by zero gives a missing value
                tests.append(f"{b} != 0")
                return f"({a} / {b} if {' and '.join(tests)} else None)"
            op = "*" if v.op in ("*", "×") else v.op
            return f"({a} {op} {b} if {' and '.join(tests)} else None)" if tests else f"({a} {op} {b})"
        raise TypeError(v)

    def _aggregate(self, v: ir.Aggregate) -> str:
        """`antal`/`summa`/`medel` (motor.aggregates combines the parts); of a list, a generator over it
        (a missing list has no elements)."""
        helper = _AGGREGATE_HELPERS[v.func]
        part = self.cond if v.func == "antal" else self.value
        if v.collection is None:
            return f"{helper}(({', '.join(part(p) for p in v.parts)},))"
        collection = self.ref(v.collection)
        var = f"a{len(self.aliases)}"
        outer, element = self.aliases, self.element
        assert v.alias is not None, "an aggregate over a list names its element"
        self.aliases, self.element = {**outer, v.alias: var}, {}
        inner = part(v.parts[0])
        self.aliases, self.element = outer, element
        return f"{helper}(({inner}) for {var} in ({collection} or ()))"

    def _param(self, name: str, v: ir.Param) -> str:
        """The statement fetching a parameter. A number is a double (see ir); its conversion is memoised
        per parameter, keyed by the value object itself: the parameter values are the rulebook's own
        Decimal objects, the same for every document, so the double is computed once, not per document."""
        if v.kind != "tal":
            return f"{name} = p.get({v.name!r})"
        self.constants.append([(None, None)])  # this parameter's own cell: (value object, its double)
        cell = f"K{len(self.constants) - 1}"
        return (f"{name} = (m[1] if {name} is (m := {cell}[0])[0] else _double({cell}, {name})) "
                f"if ({name} := p.get({v.name!r})) is not None else None")

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
            if id(c) in self.flags:  # computed by a loop over its list
                flag = self.flags[id(c)]
                return flag if c.exists else f"(not {flag})"
            collection = self.ref(c.collection)
            var = f"a{len(self.aliases)}"
            outer, element = self.aliases, self.element
            self.aliases, self.element = {**outer, c.alias: var}, {}
            inner = self.cond(c.cond)
            self.aliases, self.element = outer, element
            found = f"any({inner} for {var} in ({collection} or ()))"
            if collection.isidentifier():  # no generator at all for a missing or empty list
                found = f"({collection} and {found})"
            return found if c.exists else f"(not {found})"
        if isinstance(c, ir.Derived):
            local = self.derived.get(c.name)
            if local is None:  # no slutsats defines it: it never holds
                return "False" if c.holds else "True"
            return local if c.holds else f"(not {local})"
        raise TypeError(c)

    def _membership(self, c: ir.AllOf | ir.AnyOf) -> str | None:
        """`x i [a, b, c]` (any of x = a, ...) or `x inte i [...]` (all of x != a, ...) as one set lookup.

        Equal for texts and doubles (hash equality is ==), and false when x is missing,
        as each comparison would be.
        """
        op = "=" if isinstance(c, ir.AnyOf) else "!="
        items = c.items
        pairs = [(i.left, i.right) for i in items if isinstance(i, ir.Cmp) and i.op == op and isinstance(i.right, ir.Const)]
        if len(items) < 2 or len(pairs) != len(items):
            return None
        left = pairs[0][0]
        kinds = {right.kind for _, right in pairs}
        if (not isinstance(left, ir.Ref) or any(other != left for other, _ in pairs) or len(kinds) != 1
                or kinds & {"text", "tal"} != kinds):
            return None
        numeric = kinds == {"tal"}
        values = frozenset(right.as_float() if numeric else right.value for _, right in pairs)
        t, bound = self.bind(self.ref(left))
        if op == "=" and (not numeric or self.is_float(left)):
            return f"({bound} in {self.const(values)})"  # None is in no set of constants: false when missing
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
        numeric = c.left.kind == "tal" or c.right.kind == "tal"
        if c.op == "=":
            # `x = constant` is false when x is missing without a test (None equals no constant),
            # as long as x needs no conversion to a double first.
            for side, const in ((c.left, c.right), (c.right, c.left)):
                if isinstance(const, ir.Const) and isinstance(side, ir.Ref) and (not numeric or self.is_float(side)):
                    return f"({self.ref(side)} == {self.value(const)})"
        parts, operands = self._operands((c.left, c.right), numeric)
        parts.append(f"{operands[0]} {_OPS[c.op]} {operands[1]}")
        return "(" + " and ".join(parts) + ")"


def _fetch(name: str, expr: str, number: bool) -> str:
    """`name = expr`; a number is converted to a double once, and None stays None (a missing value)."""
    return f"{name} = float({name}) if ({name} := {expr}) is not None else None" if number else f"{name} = {expr}"


def _uses(node: ir.Cond, alias: str) -> bool:
    return any(r.scope == alias for r in ir.refs(node))


def _conjuncts(c: ir.Cond) -> tuple[ir.Cond, ...]:
    return c.items if isinstance(c, ir.AllOf) else (c,)


def _canonical(node: Any, alias: str) -> Any:
    """`node` with the alias `alias` renamed to one fixed name: equal for the same test under any alias."""
    if isinstance(node, ir.Ref):
        return node.replace(scope="\0") if node.scope == alias else node
    if isinstance(node, tuple):
        return tuple(_canonical(item, alias) for item in node)
    if (fields := fields_of(node)) is not None:
        return node.replace(**{name: _canonical(value, alias) for name, value in fields.items()})
    return node


def _loop_quantifiers(c: ir.Cond) -> list[ir.Quant]:
    """The quantifiers over a document list inside and/or (not inside another quantifier)."""
    if isinstance(c, ir.Quant):
        return [c] if c.collection.scope == ir.DOC else []
    if isinstance(c, (ir.AllOf, ir.AnyOf)):
        return [q for item in c.items for q in _loop_quantifiers(item)]
    return []


@dataclass
class _Member:
    """One test inside the loop over a list: a quantifier's flag, or a `för varje` rule's hits."""

    alias: str
    test: ir.Cond  # about one element
    guard: str | None  # a local that is false when the test cannot matter for this document
    flag: str | None = None  # quantifier: set when an element satisfies the test
    hits: str | None = None  # för varje: the tuple the hits are added to
    hit: str | None = None  # för varje: the cache of (Hit,) per index (H<n>)
    rule: ir.RuleIR | None = None


@dataclass
class _Stratum:
    loops: dict[tuple[str, ...], list[_Member]] = field(default_factory=dict)  # list path -> its members
    after: list[str] = field(default_factory=list)  # statements after the loops


class _Compiler:
    def __init__(self, derivations: list[ir.RuleIR], rules: list[ir.RuleIR], constants: list[Any], hit_names: list[str]):
        self.emit = _Emitter(constants)
        self.keep: list[Any] = []  # IR made here, kept alive while its id() is a key
        self.guards = 0
        self.lists = 0
        self.derivations, self.rules, self.hit_names = derivations, rules, hit_names
        self.final: dict[int, str] = {}  # rule index -> its test after the loops (plain rules)

    def guard(self, conds: list[ir.Cond], into: list[str]) -> str | None:
        """A local holding the conjunction of `conds` (None when there are none)."""
        if not conds:
            return None
        self.guards += 1
        name = f"g{self.guards}"
        into.append(f"{name} = {self.emit.cond(ir.all_of(tuple(conds)))}")
        return name

    def quantifiers(self, condition: ir.Cond, extra: tuple[ir.Cond, ...], stratum: _Stratum, prelude: list[str]) -> str | None:
        """Register the list quantifiers of a condition with the loops; returns the guard of the others.

        The guard is the conjunction of the top-level conjuncts without a list
        quantifier: when it is false, so is the condition, and its quantifiers need
        not be computed. `extra` are conjuncts that also belong to the guard.
        """
        quants = _loop_quantifiers(condition)
        if not quants:
            return None
        plain = [c for c in _conjuncts(condition) if not _loop_quantifiers(c)]
        guard = self.guard(list(extra) + plain, prelude)
        for q in quants:
            flag = f"q{len(self.emit.flags)}"
            self.emit.flags[id(q)] = flag
            self.keep.append(q)
            stratum.loops.setdefault(q.collection.path, []).append(_Member(q.alias, q.cond, guard, flag=flag))
        return guard

    def compile(self) -> str:
        emit = self.emit
        prelude: list[str] = []  # guards, flags and hit lists, before the loops of their stratum
        body: list[str] = []
        levels = sorted({r.stratum for r in self.derivations + self.rules})
        rule_levels = {n: r.stratum for n, r in enumerate(self.rules)}
        plain: dict[int, list] = {}  # plain rule -> its tests after the loops (a guard's name, conditions)
        for level in levels:
            stratum = _Stratum()
            prelude = []
            for d in (d for d in self.derivations if d.stratum == level):
                condition = d.condition
                if d.for_each is not None:  # a slutsats over a list holds when some element satisfies it
                    condition = ir.Quant(True, d.for_each.collection, d.for_each.alias, condition)
                    self.keep.append(condition)
                guard = self.quantifiers(condition, (), stratum, prelude)
                local = emit.derived.get(d.code)
                test = self.after_loops(condition, guard)
                if local is None:
                    local = emit.derived[d.code] = f"s{len(emit.derived)}"
                    stratum.after.append(f"{local} = {test}")
                else:  # another slutsats for the same fact
                    stratum.after.append(f"{local} = {local} or {test}")
            for n, rule in enumerate(self.rules):
                if rule_levels[n] != level:
                    continue
                if rule.for_each is None:  # tested at the end, in code order
                    guard = self.quantifiers(rule.condition, (), stratum, prelude)
                    plain[n] = ([guard] if guard else []) + self.remaining(rule.condition, guard)
                    continue
                self.for_each(n, rule, stratum, prelude)
            body += prelude
            for path, members in stratum.loops.items():
                body += self.loop(path, members)
            body += stratum.after
        # The plain rules, in code order between the för varje rules' hits. A field only
        # one of them reads is fetched by that rule, once its earlier tests hold.
        needs = {n: set().union(*(emit.keys(t) for t in tests if not isinstance(t, str))) for n, tests in plain.items()}
        readers = Counter(key for keys in needs.values() for key in keys)
        hits = ["hits = ()"]
        for n, rule in enumerate(self.rules):
            if rule.for_each is None:
                # A parameter is cheap to fetch again (its double is memoised): each rule fetches its own.
                lazy = {k for k in needs[n] if readers[k] == 1 or k[0] == "param"}
                hits += self.nested(plain[n], f"hits += {self.hit_names[n]}", lazy)
            else:
                hits.append(f"if {self.final[n]}: hits += {self.final[n]}")
        lines = ["def check(d, p):"] + [f"    {line}" for line in emit.prologue() + body + hits]
        lines += [f"    if hits: return _new(_Outcome, (hits, {self.derived_set()}, (), _NONE))", f"    return {self.empty_outcome()}", ""]
        return "\n".join(lines)

    def after_loops(self, condition: ir.Cond, guard: str | None) -> str:
        """The condition once its list quantifiers are flags; the guard stands for the conjuncts it covers."""
        if guard is None:
            return self.emit.cond(condition)
        return f"({guard} and {self.emit.cond(ir.all_of(tuple(self.remaining(condition, guard))))})"

    @staticmethod
    def remaining(condition: ir.Cond, guard: str | None) -> list[ir.Cond]:
        """The top-level conjuncts still to test when `guard` holds (all of them without a guard)."""
        if guard is None:
            return list(_conjuncts(condition))
        return [c for c in _conjuncts(condition) if _loop_quantifiers(c)]

    def nested(self, tests: list, action: str, lazy: set) -> list[str]:
        """`if <tests>: <action>`, where the fields in `lazy` are fetched just before the first test
        that reads them: in a nested `if`, so only once the tests before hold."""
        emit = self.emit
        emit.lazy, emit.local = lazy, {}
        lines: list[str] = []
        indent, ready = "", list[str]()
        for test in tests:
            emit.pending = []
            expr = test if isinstance(test, str) else emit.cond(test)
            if emit.pending and ready and len(indent) < 4 * _MAX_NESTING:
                lines.append(f"{indent}if {' and '.join(ready)}:")
                indent, ready = indent + "    ", []
            lines += [indent + statement for statement in emit.pending]
            ready.append(expr)
        emit.lazy, emit.local, emit.pending = None, {}, []
        return lines + [f"{indent}if {' and '.join(ready)}: {action}" if ready else f"{indent}{action}"]

    def for_each(self, n: int, rule: ir.RuleIR, stratum: _Stratum, prelude: list[str]) -> None:
        assert rule.for_each is not None, "a rule about each element"
        alias = rule.for_each.alias
        items = _conjuncts(rule.condition)
        outside = [c for c in items if not _uses(c, alias)]  # the same for every element: tested once
        inside = ir.all_of(tuple(c for c in items if _uses(c, alias)))
        self.lists += 1
        hits = f"f{self.lists}"
        self.final[n] = hits
        quantified = [c for c in outside if _loop_quantifiers(c)]
        if quantified:
            # Its document conditions need a list walked first (possibly its own): its
            # own loop, after every loop of the stratum, once the flags are known.
            self.quantifiers(ir.all_of(tuple(outside)), (), stratum, prelude)
            prelude.append(f"{hits} = ()")
            guard = self.guard(outside, stratum.after)
            member = _Member(alias, inside, guard, hits=hits, hit=self.hit_names[n], rule=rule)
            stratum.after += self.loop(rule.for_each.collection.path, [member], declare=False)
            return
        guard = self.guard(outside, prelude)
        stratum.loops.setdefault(rule.for_each.collection.path, []).append(
            _Member(alias, inside, guard, hits=hits, hit=self.hit_names[n], rule=rule))

    def loop(self, path: tuple[str, ...], members: list[_Member], declare: bool = True) -> list[str]:
        """One walk over the list at `path` for all its members.

        Members whose tests start with the same conjunct share one `if` for it (as a
        hand-written loop tests `typ` once and branches). An element field read by more
        than one test is fetched once per element: at the top of the body, or inside
        the shared `if` when only that branch reads it.
        """
        emit = self.emit
        out = []
        collection = emit.ref(ir.Ref(ir.DOC, path, "lista"))
        for m in members:
            if m.flag and declare:
                out.append(f"{m.flag} = False")
            elif m.hits and declare:
                out.append(f"{m.hits} = ()")
        guards = [m.guard for m in members]
        wanted = "" if None in guards else " and (" + " or ".join(dict.fromkeys(g for g in guards if g is not None)) + ")"
        each = any(m.hits for m in members)

        # Branches: (shared first conjunct or None, [(member, its remaining conjuncts)]).
        by_first: dict[Any, list[tuple[_Member, list[ir.Cond]]]] = {}
        for m in members:
            conds = list(_conjuncts(m.test))
            key = _canonical(conds[0], m.alias) if len(conds) > 1 else ("alone", id(m))
            by_first.setdefault(key, []).append((m, conds))
        branches: list[tuple[ir.Cond | None, str | None, list[tuple[_Member, list[ir.Cond]]]]] = []
        for group in by_first.values():
            if len(group) > 1:
                first_member, first_conds = group[0]
                branches.append((first_conds[0], first_member.alias, [(m, conds[1:]) for m, conds in group]))
            else:
                branches.extend((None, None, [item]) for item in group)

        # Where each element field is read: in which branch, and how often.
        reads: dict[tuple[str, ...], list[tuple[int, bool, ir.Ref]]] = {}  # path -> (branch, in shared test, ref)
        for n, (shared, alias, items) in enumerate(branches):
            if shared is not None:
                for r in ir.refs(shared, into_quantifiers=False):
                    if r.scope == alias and r.path:
                        reads.setdefault(r.path, []).append((n, True, r))
            for m, conds in items:
                for r in ir.refs(ir.all_of(tuple(conds)), into_quantifiers=False):
                    if r.scope == m.alias and r.path:
                        reads.setdefault(r.path, []).append((n, False, r))
        top = [p for p, rs in reads.items() if len(rs) > 1 and (len({n for n, _, _ in rs}) > 1 or any(s for _, s, _ in rs))]
        inner = {p: rs[0][0] for p, rs in reads.items() if len(rs) > 1 and p not in top}

        emit.element, emit.element_doubles = {}, set()
        emit.invariants = invariants = dict[str, str]()
        fields = iter(range(len(reads)))

        def fetch(field_path: tuple[str, ...], indent: str) -> str:
            local = f"x{next(fields)}"
            number = reads[field_path][0][2].kind == "tal"
            emit.element[("e", field_path)] = local
            if number:
                emit.element_doubles.add(local)
            return f"{indent}{_fetch(local, emit._path('e', field_path), number)}"

        body = [fetch(p, "        ") for p in top]
        for n, (shared, alias, items) in enumerate(branches):
            indent = "        "
            if shared is not None and alias is not None:
                emit.aliases[alias] = "e"
                body.append(f"{indent}if {emit.cond(shared)}:")
                del emit.aliases[alias]
                indent += "    "
                body += [fetch(p, indent) for p, branch in inner.items() if branch == n]
            for m, conds in items:
                emit.aliases[m.alias] = "e"
                test = emit.cond(ir.all_of(tuple(conds)))
                del emit.aliases[m.alias]
                if m.flag:
                    wants = " and ".join([f"not {m.flag}"] + ([m.guard] if m.guard else []) + ([test] if test != "True" else []))
                    body.append(f"{indent}if {wants}: {m.flag} = True")
                else:
                    wants = " and ".join(([m.guard] if m.guard else []) + ([test] if test != "True" else []))
                    hit = f"{m.hits} += {m.hit}.get(i) or _hit({m.hit}, {emit.const(m.rule)}, i)"
                    body.append(f"{indent}if {wants}: {hit}" if wants else f"{indent}{hit}")
            if shared is not None:  # the fields fetched in the branch are not known after it
                for p, branch in inner.items():
                    if branch == n:
                        emit.element.pop(("e", p), None)
        emit.element, emit.element_doubles, emit.invariants = {}, set(), None
        if not each:  # only quantifiers: stop once each is found or not wanted
            decided = " and ".join(f"({m.flag} or not {m.guard})" if m.guard else str(m.flag) for m in members)
            body.append(f"        if {decided}: break")
        out.append(f"if {collection}{wanted}:")
        out += [f"    {name} = {expr}" for expr, name in invariants.items()]
        out.append(f"    for {'i, e in enumerate(' + collection + ')' if each else 'e in ' + collection}:")
        return out + body

    def derived_set(self) -> str:
        """The derived facts that hold, as a frozenset."""
        return self._by_facts("_NONE", lambda name: self.emit.const(frozenset([name])), lambda holding: holding)

    def empty_outcome(self) -> str:
        """The outcome when no rule fired: a shared constant when no fact holds, or when the
        only fact the rulebook can derive does; built only when one of several facts holds."""
        return self._by_facts("_NOTHING", lambda name: self.emit.const(Outcome((), frozenset([name]))),
                              lambda holding: f"_new(_Outcome, ((), {holding}, (), _NONE))")

    def _by_facts(self, nothing: str, one: Callable[[str], str], several: Callable[[str], str]) -> str:
        """`nothing` when no derived fact holds; `one(name)` (a shared constant) when the rulebook can
        derive only that fact and it holds; otherwise `several(...)` of a new frozenset of those that hold."""
        facts = list(self.emit.derived.items())
        if not facts:
            return nothing
        if len(facts) == 1:
            name, local = facts[0]
            return f"({one(name)} if {local} else {nothing})"
        names = self.emit.const(tuple(name for name, _ in facts))
        holding = f"_frozenset(_compress({names}, ({', '.join(local for _, local in facts)})))"
        return f"({several(holding)} if ({' or '.join(local for _, local in facts)}) else {nothing})"


def _double(cell: list, value: Any) -> float:
    number = float(value)
    cell[0] = (value, number)  # one tuple, replaced at once: a concurrent reader sees the old pair or the new
    return number


class _UnknownElement(dict):
    """A list element that is unknown, as a dict: every field of it is unknown (so `check3` tests an
    element's class once, not at every field)."""

    __slots__ = ()

    def get(self, key: Any, default: Any = None) -> Any:
        return UNKNOWN


def _hit(cache: dict, rule: ir.RuleIR, index: int) -> tuple[Hit]:
    hit = cache[index] = (Hit(rule, index),)
    return hit


class NativeEngine:
    """Evaluates a rulebook with Python functions generated from its IR; stateless per subject.

    Two functions are generated: `check` for subjects where every fact is known and
    every parameter a plain number (each condition true or false: the common case, and
    the fast one), and `check3` (`native_uncertain`) for subjects with unknown facts or
    spans. `evaluate` always gives the right answer; `evaluate_certain` is `check`
    itself, for callers that know nothing is unknown.
    """

    def __init__(self, rules: list[ir.RuleIR], derivations: list[ir.RuleIR], generated: Generated | None = None):
        rules = sorted(rules, key=lambda r: r.code)
        if generated is None or not generated.made_from(rules, derivations):
            generated = generate(rules, derivations)
        constants = generated.constants
        # A plain rule's hit is immutable and the same every time: built once, as the
        # 1-tuple added to `hits`. A `för varje` rule's are kept per index (H<n> is then
        # a dict index -> 1-tuple); N<n> is its undecided hit on a list that is unknown.
        hit_values = [(Hit(r, None),) if r.for_each is None else {} for r in rules]
        hit_names, unknown_names = _hit_names(rules)
        self.source, self.source_uncertain = generated.source, generated.source_uncertain
        namespace: dict[str, Any] = {"__builtins__": {"all": all, "any": any, "bool": bool, "enumerate": enumerate,
                                                      "dict": dict, "float": float, "len": len, "list": list, "str": str},
                                     "_EMPTY": _EMPTY, "_NONE": _NONE, "_hit": _hit, "_compress": compress, "_Outcome": Outcome,
                                     "_NOTHING": NOTHING, "_new": tuple.__new__, "_double": _double, "_frozenset": frozenset,
                                     "_U": UNKNOWN, "_PLAIN": frozenset({Decimal, int, float}), "_num": _num,
                                     "_Partial": PartialList, "_UE": _UnknownElement(), "_LISTS": frozenset({list, PartialList}),
                                     "_count2": _count2, "_count_tf": aggregates.count_tf, "_total": aggregates.total,
                                     "_mean": aggregates.mean,
                                     "_count": count_of}
        namespace.update({f"K{i}": value for i, value in enumerate(constants)})
        namespace.update(zip(hit_names, hit_values, strict=True))
        namespace.update(zip(unknown_names, [(Hit(r, None),) for r in rules], strict=True))
        # Our own generated code, see the module docstrings: no text a user wrote is executed.
        exec(generated.code(), namespace)
        self._check: Callable[[dict[str, Any], dict[str, Any]], Outcome] = namespace["check"]
        self._check3: Callable[[dict[str, Any], dict[str, Any]], Outcome] = namespace["check3"]
        # The generated function is the evaluator: one call less per subject (mypy forbids replacing a method).
        self.evaluate_certain = self._check  # type: ignore[method-assign]
        self.evaluate = self._check3  # type: ignore[method-assign]

    def evaluate(self, data: dict[str, Any], params: dict[str, Any]) -> Outcome:  # replaced in __init__
        """The rules that fire on `data` with the parameter values `params` (numbers, spans or
        UNKNOWN), the rules undecided, and the derived facts that hold or may hold."""
        return self._check3(data, params)

    def evaluate_certain(self, data: dict[str, Any], params: dict[str, Decimal]) -> Outcome:  # replaced in __init__
        """The same, for a subject with no unknown fact and only plain parameter values."""
        return self._check(data, params)


def _hit_names(rules: list[ir.RuleIR]) -> tuple[list[str], list[str]]:
    return [f"H{n}" for n in range(len(rules))], [f"N{n}" for n in range(len(rules))]


@dataclass
class Generated:
    """The module generated for one subject's rules: its source, the constants it names (`K<n>`)
    and, once compiled, its code. A cached rulebook keeps it (`lang.rulebook_cache`), so that a
    start neither generates nor compiles; the constants are the rulebook's own objects."""

    rules: list[ir.RuleIR]  # sorted by code: H<n> is the n-th
    derivations: list[ir.RuleIR]
    source: str
    source_uncertain: str
    constants: list[Any]
    compiled: bytes | None = None  # marshal of the code object (Python's own version: the cache key has it)

    def made_from(self, rules: list[ir.RuleIR], derivations: list[ir.RuleIR]) -> bool:
        """Generated from these very rules (the rulebook it was kept with), not from others alike."""
        return (len(rules) == len(self.rules) and len(derivations) == len(self.derivations)
                and all(a is b for a, b in zip(rules, self.rules, strict=True))
                and all(a is b for a, b in zip(derivations, self.derivations, strict=True)))

    def code(self):
        if self.compiled is not None:
            return marshal.loads(self.compiled)
        return compile(self.source + "\n" + self.source_uncertain, "<kravmotor-regler>", "exec")

    def keep_compiled(self) -> Generated:
        self.compiled = marshal.dumps(self.code())
        return self


def generate(rules: list[ir.RuleIR], derivations: list[ir.RuleIR]) -> Generated:
    """The Python source of both evaluators for `rules` (sorted by code) and `derivations`."""
    constants: list[Any] = []
    hit_names, unknown_names = _hit_names(rules)
    source = _Compiler(derivations, rules, constants, hit_names).compile()
    uncertain = UncertainCompiler(derivations, rules, constants, hit_names, unknown_names).compile()
    return Generated(list(rules), list(derivations), source, uncertain, constants)


def _count2(truths) -> float:
    """`antal` on the two-valued path: how many parts are truthy."""
    return aggregates.count(bool(t) for t in truths)


def _num(value: Any) -> Any:
    """A value that is not a plain number, for arithmetic: a span of doubles; missing and unknown as they are."""
    if isinstance(value, Span):
        return value if isinstance(value.low, float) else value.as_floats()
    if value is None or value is UNKNOWN:
        return value
    return float(value)
