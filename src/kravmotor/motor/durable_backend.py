"""The durable_rules evaluator. This module is the only one that imports durable.

durable_rules' sharp edges, and how they are contained here (see DEVELOPERS.md):

- Global registry: `durable.lang` keeps one process-wide host and refuses a
  ruleset name twice. We never touch `durable.lang`; each `DurableEngine` owns a
  private `Host` and gives its rulesets names unique to the process.
- Background threads: `Host()` starts timer threads that dispatch actions
  behind our back. `_QuietHost` does not start them; every action runs inline
  inside the assert that triggered it.
- Swallowed exceptions: an exception in an action is written into the session
  state and the assert returns normally. Our actions record their own errors,
  and the state returned by each assert is checked too; either raises
  `EngineError` naming the rule.
- `post` consumes events: we assert facts, never post events.
- Order matters for negation: a `$not` pattern is tested when its rule becomes
  active, so list elements and derived facts are asserted before the document
  fact that completes every rule.
- Missing values: a test on a missing field is false, as `ir` wants, but a
  missing field referenced on the right-hand side (`{"$m": ...}`, arithmetic)
  is not: those fields are guarded by `$ex` tests.
- At most 32 expressions per pattern: a rule the C engine refuses is reported
  as a `RuleError` naming it, found by registering rules one at a time.
- Arithmetic only on the right: `a - b < 35` is compiled as `_0 < 35 - (a - b)`
  with a constant `_0 = 0` in every fact whose patterns read it.
- 1 024 live sessions, and crashes on delete: `delete_state` aborts the
  process now and then (seen in about one test run in six), and deleting a
  session that was never created fails with error 309. So we never delete:
  each ruleset has one session, and every fact asserted for a document is
  retracted again when it is done (`finally`), the document first.
- A fact no pattern looks at raises `MessageNotHandledException`, and in a
  batch (`assert_facts`) the whole batch is refused, actions and all. Every
  ruleset has a sink rule whose first pattern matches every fact we assert and
  whose second matches none, so every fact is handled and the rule never fires.
- Registration mutates the definition (`run` is popped): definitions are deep
  copied before they are registered.

What it costs per document (see bench/): every call into durable_rules is a
JSON round trip, and every firing more. So a document is one batch assert and
one batch retract per stratum, encoded to JSON once; the facts hold only the
fields the rules read, flat, under short names (`_plan`); a list element is
one fact unless a rule reads the list twice; and a stratum in which every rule
needs a derived fact that does not hold is not run at all.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
import threading
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from durable import engine as durable_engine

from ..errors import EngineError, Location, Problem, RuleError
from . import ir
from .outcome import Hit, Outcome, sort_key

_SID = "1"  # one session per ruleset, emptied after every document
# A rule that looks at every fact and never completes (see `_plan`): durable_rules refuses
# a whole batch of facts when one of them matches no pattern, so every fact must match one.
_SINK = "alla_fakta"
_DOC_ALIAS = "d"
_EACH_ALIAS = "e"
_names = itertools.count()


class _QuietHost(durable_engine.Host):
    """A host without durable's background dispatch threads; actions come from a table."""

    def __init__(self, actions: dict[str, Any]):
        self._actions = actions
        super().__init__()

    def _run(self):  # durable starts timer threads here; we dispatch inline instead
        pass

    def get_action(self, action_name):
        return self._actions[action_name]

    def batch(self, ruleset_name: str, retract: bool, text: str) -> Any:
        """`assert_facts`/`retract_facts` on facts already encoded as JSON, with durable's own result
        handling and inline actions: the same as those methods, without encoding the facts again."""
        rules = self.get_ruleset(ruleset_name)
        operation = durable_engine.durable_rules_engine.retract_facts if retract else durable_engine.durable_rules_engine.assert_facts
        return self._handle_function(rules, lambda facts: rules._handle_result(operation(rules._handle, facts), facts), text, None)


# --- Facts ------------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (Decimal, int, float)):
        return float(value)  # numbers are doubles in both evaluators (see ir)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return _encode_object(value)
    if isinstance(value, list):
        return None  # lists become element facts and a `__antal` count
    return str(value)


def _encode_object(obj: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in obj.items():
        if value is None:
            continue
        if isinstance(value, list):
            out[f"{key}__antal"] = len(value)
            continue
        if isinstance(value, dt.date):
            out[f"{key}__dag"] = float(value.toordinal())
        out[key] = _encode(value)
    return out


_META = {"t", "lista", "roll", "i", "_0", "sid"}  # keys the wrapper sets on document and element facts
_COMPARISONS = {"$lt", "$lte", "$gt", "$gte", "$neq", "$ex", "$nex", "$mt"}
_ARITHMETIC = {"$add", "$sub", "$mul", "$div"}


def _operand_fields(operand: Any, out: set[str]) -> None:
    if isinstance(operand, dict):
        for key, value in operand.items():
            if key == "$m":
                out.add(value)
            elif key in _ARITHMETIC:
                _operand_fields(value["$l"], out)
                _operand_fields(value["$r"], out)


def _expression_fields(expr: Any, out: set[str]) -> set[str]:
    """Every fact field a durable_rules expression reads (dotted names, as in the fact)."""
    if isinstance(expr, list):
        for item in expr:
            _expression_fields(item, out)
    elif isinstance(expr, dict):
        for key, value in expr.items():
            if key in ("$and", "$or"):
                _expression_fields(value, out)
            elif key in _COMPARISONS:
                for name, operand in value.items():
                    out.add(name)
                    _operand_fields(operand, out)
            elif key == "$m" or key in _ARITHMETIC:
                _operand_fields({key: value}, out)
            else:
                out.add(key)
                _operand_fields(value, out)
    return out


_VALUE, _DAY, _COUNT, _PARAM = range(4)  # how a fact field is read from the document


def _recipe(short: str, name: str) -> tuple[str, str, tuple[str, ...], int]:
    """Where a field of the (nested, encoded) fact comes from: (short name, first key, rest of the path, how)."""
    parts = name.split(".")
    if parts[0] == "_param":
        return short, ".".join(parts[1:]), (), _PARAM
    last, how = parts[-1], _VALUE
    if last.endswith("__dag"):
        last, how = last[:-5], _DAY
    elif last.endswith("__antal"):
        last, how = last[:-7], _COUNT
    path = parts[:-1] + [last]
    return short, path[0], tuple(path[1:]), how


def _read(root: dict[str, Any], params: dict[str, Decimal], recipes: tuple, out: dict[str, Any]) -> dict[str, Any]:
    """Each field a recipe names, under its short name; a missing value is left out (see `_encode_object`)."""
    for short, first, rest, how in recipes:
        if how == _PARAM:
            value = params.get(first)
            if value is not None:
                out[short] = float(value)
            continue
        value = root.get(first)
        for part in rest:
            if value is None:
                break
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            continue
        if how == _VALUE:
            kind = type(value)
            if kind is str or kind is bool:
                out[short] = value
            elif kind is Decimal or kind is int or kind is float:
                out[short] = float(value)  # numbers are doubles in both evaluators (see ir)
            elif kind is dict:
                out[short] = True  # an object: only its presence is ever tested
            elif kind is not list:  # a list is read through its count and its element facts
                out[short] = _encode(value)
        elif how == _DAY:
            if isinstance(value, dt.date):
                out[short] = float(value.toordinal())
        elif isinstance(value, list):
            out[short] = len(value)
    return out


@dataclass(frozen=True)
class _List:
    code: str  # the element facts' `t`
    path: tuple[str, ...]
    fields: tuple  # recipes of the element fields the patterns read
    context: tuple  # recipes of the document fields they read (copied into every element fact)
    copies: int
    zero: bool  # whether a pattern reads `_0`


@dataclass(frozen=True)
class _Plan:
    """What one ruleset reads, so that only that is sent to durable_rules.

    Every field a pattern reads has a short name in the registered rules, and the
    facts are flat: `doc` are the document fact's fields; per list, the element
    fields and the document fields its patterns read, and how many copies of each
    element a rule needs (one per pattern over the list in one rule: durable never
    lets a fact match two patterns of the same rule). `derived` are the derived
    facts the ruleset reads, and `required` the positive derived facts of each
    action: when every action lacks one, no rule of the ruleset can fire and it is
    not run.
    """

    doc: tuple
    zero: bool
    lists: tuple[_List, ...]
    derived: frozenset[str]
    required: tuple[frozenset[str], ...]


def _rename_operand(operand: Any, field) -> Any:
    if not isinstance(operand, dict):
        return operand
    out = {}
    for key, value in operand.items():
        if key == "$m":
            out[key] = field(value)
        elif key in _ARITHMETIC:
            out[key] = {"$l": _rename_operand(value["$l"], field), "$r": _rename_operand(value["$r"], field)}
        else:
            out[key] = value
    return out


def _rename(expr: Any, field) -> Any:
    """The expression with every field name replaced by `field(name)`."""
    if isinstance(expr, list):
        return [_rename(item, field) for item in expr]
    if not isinstance(expr, dict):
        return expr
    out = {}
    for key, value in expr.items():
        if key in ("$and", "$or"):
            out[key] = _rename(value, field)
        elif key in _COMPARISONS:
            out[key] = {field(name): _rename_operand(operand, field) for name, operand in value.items()}
        elif key == "$m" or key in _ARITHMETIC:
            out.update(_rename_operand({key: value}, field))
        else:
            out[field(key)] = _rename_operand(value, field)
    return out


def _plan(definition: dict) -> tuple[dict, _Plan]:
    """The definition with short field names and one `t` per list, and the plan that builds its facts."""
    shorts: dict[tuple[str, str], str] = {}  # (scope, field) -> short name; scope: "dok", "ctx" or a list
    read: dict[str, set[str]] = {}  # "dok" or list -> the short names its patterns read (and "_0")

    def short(scope: str, name: str) -> str:
        if name in _META:
            if name == "_0":
                read.setdefault(scope, set()).add(name)
            return name
        reader = scope
        if scope != "dok" and name.startswith("dok."):
            scope, name = "ctx", name[4:]
        key = (scope, name)
        if key not in shorts:
            shorts[key] = f"{'d' if scope == 'dok' else 'c' if scope == 'ctx' else 'e'}{len(shorts)}"
        read.setdefault(reader, set()).add(shorts[key])
        return shorts[key]

    lists: dict[str, str] = {}
    copies: dict[str, int] = {}
    derived: set[str] = set()
    required = []
    renamed = {}
    for action, rule in definition.items():
        if action == _SINK:
            continue
        needs: set[str] = set()
        patterns = []
        for pattern in rule["all"]:
            (alias, expr), = pattern.items()
            tests = expr["$and"]
            if {"t": "slutsats"} in tests:
                name = next(t["namn"] for t in tests if "namn" in t)
                derived.add(name)
                if not alias.endswith("$not"):
                    needs.add(name)
                patterns.append(pattern)
            elif {"t": "el"} in tests:
                path = next(t["lista"] for t in tests if "lista" in t)
                code = lists.setdefault(path, f"L{len(lists)}")
                role = next((t["roll"] for t in tests if "roll" in t), 0)
                copies[path] = max(copies.get(path, 1), role + 1)
                rest = [t for t in tests if t != {"t": "el"} and "lista" not in t]
                patterns.append({alias: {"$and": [{"t": code}] + _rename(rest, lambda n, p=path: short(p, n))}})
            else:
                patterns.append({alias: _rename(expr, lambda n: short("dok", n))})
        renamed[action] = {**rule, "all": patterns}
        required.append(frozenset(needs))
    kinds = [{"t": "dok"}, {"t": "slutsats"}] + [{"t": code} for code in lists.values()]
    renamed[_SINK] = {"all": [{"f": {"$or": kinds}}, {"n": {"t": "aldrig"}}], "run": _SINK}

    def recipes(scope: str, only: set[str] | None = None) -> tuple:
        return tuple(_recipe(s, name) for (w, name), s in shorts.items() if w == scope and (only is None or s in only))

    plan = _Plan(recipes("dok"), "_0" in read.get("dok", ()),
                 tuple(_List(code, tuple(path.split(".")), recipes(path), recipes("ctx", read.get(path, set())),
                             copies[path], "_0" in read.get(path, ())) for path, code in lists.items()),
                 frozenset(derived), tuple(required))
    return renamed, plan


def _facts(plan: _Plan, data: dict[str, Any], params: dict[str, Decimal], derived: set[str]) -> tuple[list, dict]:
    """The facts of one document for one ruleset: list elements and derived facts, and the document."""
    facts = []
    for lst in plan.lists:
        items = data
        for part in lst.path:
            items = items.get(part) if isinstance(items, dict) else None
        if not items or not isinstance(items, list):
            continue
        # Elements carry the document values their patterns read, so that an element
        # atom reading the document is a single-fact test that can be guarded with `$ex`.
        base = _read(data, params, lst.context, {"t": lst.code, "sid": _SID})
        if lst.zero:
            base["_0"] = 0
        for index, item in enumerate(items):
            fact = _read(item if isinstance(item, dict) else {"värde": item}, params, lst.fields, {**base, "i": index})
            if lst.copies == 1:
                facts.append(fact)
            else:
                facts += [{**fact, "roll": role} for role in range(lst.copies)]
    facts += [{"t": "slutsats", "namn": name, "sid": _SID} for name in sorted(plan.derived & derived)]
    document = _read(data, params, plan.doc, {"t": "dok", "sid": _SID})
    if plan.zero:
        document["_0"] = 0
    return facts, document


# --- Compilation: IR → durable_rules ruleset definitions ----------------------------------


class _Unsupported(Exception):
    pass


def _field(ref: ir.Ref, current: str) -> str:
    """The field name of `ref` inside the fact matched by the pattern for scope `current`."""
    if ref.scope == ir.DOC:
        prefix = "" if current == ir.DOC else "dok."
    elif ref.scope == current:
        prefix = ""
    else:
        raise _Unsupported(f"villkoret läser ”{ref.scope}” utanför sin egen kvantifierare")
    path = ".".join(ref.path) if ref.path else "värde"
    if ref.kind == "datum":
        path += "__dag"
    return prefix + path


def _fields_read(v: ir.Value, current: str) -> list[str]:
    if isinstance(v, ir.Ref):
        return [_field(v, current)]
    if isinstance(v, ir.Param):
        return [("" if current == ir.DOC else "dok.") + f"_param.{v.name}"]
    if isinstance(v, ir.Arith):
        return _fields_read(v.left, current) + _fields_read(v.right, current)
    if isinstance(v, ir.Days):
        return _fields_read(v.start, current) + _fields_read(v.end, current)
    if isinstance(v, ir.Count):
        return [_field(v.collection, current) + "__antal"]
    return []


def _const(v: ir.Const) -> Any:
    if v.kind == "datum":
        return float(v.value.toordinal())
    return _encode(v.value)


def _operand(v: ir.Value, current: str) -> Any:
    """A right-hand side: constant, same-fact field reference, or arithmetic."""
    if isinstance(v, ir.Const):
        return _const(v)
    if isinstance(v, (ir.Ref, ir.Param, ir.Count)):
        return {"$m": _fields_read(v, current)[0]}
    if isinstance(v, ir.Days):
        return _arith("-", v.end, v.start, current)
    if isinstance(v, ir.Arith):
        return _arith(v.op, v.left, v.right, current)
    raise TypeError(v)


def _divisors(v: ir.Value) -> list[ir.Value]:
    if isinstance(v, ir.Arith):
        return _divisors(v.left) + _divisors(v.right) + ([v.right] if v.op == "/" else [])
    return []


def _arith(op: str, left: ir.Value, right: ir.Value, current: str) -> dict:
    name = {"+": "$add", "-": "$sub", "*": "$mul", "/": "$div"}[op]
    return {name: {"$l": _operand(left, current), "$r": _operand(right, current)}}


_OPS = {"<": "$lt", "<=": "$lte", ">": "$gt", ">=": "$gte", "!=": "$neq"}


def _compare(op: str, field: str, rhs: Any) -> dict:
    return {field: rhs} if op == "=" else {_OPS[op]: {field: rhs}}


def _guarded(fields: list[str], test: dict) -> dict:
    guards = [{"$ex": {f: 1}} for f in dict.fromkeys(fields)]
    return {"$and": guards + [test]} if guards else test


def _simple(c: ir.Cond, current: str) -> dict:
    """An atom or a quantifier-free and/or of atoms, as a durable expression."""
    if isinstance(c, ir.Cmp):
        left, right, op = c.left, c.right, c.op
        if not isinstance(left, (ir.Ref, ir.Param, ir.Count)) and isinstance(right, (ir.Ref, ir.Param, ir.Count)):
            left, right, op = right, left, ir.FLIPPED_OP[op]
        if isinstance(left, (ir.Ref, ir.Param, ir.Count)):
            test = _compare(op, _fields_read(left, current)[0], _operand(right, current))
        elif left.kind == "tal":
            # durable_rules allows arithmetic only on the right: l op r  <=>  0 op (r - l)
            right, test = ir.Arith("-", right, left), _compare(op, "_0", _arith("-", right, left, current))
        else:
            raise _Unsupported("jämförelsen saknar fält")
        # A missing field on the left makes durable's test false, as `ir` wants;
        # a missing field referenced on the right does not, so guard those.
        # Division by zero makes the comparison false (see ir), so guard divisors.
        nonzero = [_compare("!=", "_0", _operand(d, current)) for d in _divisors(right)]
        test = {"$and": nonzero + [test]} if nonzero else test
        return _guarded(_fields_read(right, current), test)
    if isinstance(c, ir.Present):
        name = _field(c.ref, current)
        if c.ref.kind == "lista":  # a list "finns" when it has elements (see ir)
            count = name + "__antal"
            # An absent list (or an absent object holding it) has no count at all: it "saknas" too.
            return {"$gt": {count: 0}} if c.present else {"$or": [{count: 0}, {"$nex": {count: 1}}]}
        return {"$ex" if c.present else "$nex": {name: 1}}
    if isinstance(c, ir.Prefix):
        name = _field(c.ref, current)
        pattern = _escape_regex(c.prefix) + ".*"
        if not c.negated:
            return {"$mt": {name: pattern}}
        # durable has no "not matches": a text that is present and does not start with it.
        return {"$and": [{"$ex": {name: 1}}, {"_0": 1}]} if not c.prefix else _not_prefix(name, c.prefix)
    if isinstance(c, ir.AllOf):
        return {"$and": [_simple(i, current) for i in c.items]}
    if isinstance(c, ir.AnyOf):
        return {"$or": [_simple(i, current) for i in c.items]}
    if isinstance(c, ir.Truth):
        return {"_0": 0} if c.value else {"_0": 1}
    raise _Unsupported(type(c).__name__)


_UNESCAPABLE = set("[]^\\")


def _escape_regex(text: str) -> str:
    """durable_rules' regex dialect has no backslash escapes: quote with a class."""
    if _UNESCAPABLE & set(text):
        raise _Unsupported(f"”börjar med” kan inte innehålla tecknen [ ] ^ \\ ({text!r})")
    return "".join(f"[{ch}]" if ch in ".$*+?(){}|" else ch for ch in text)


def _not_prefix(name: str, prefix: str) -> dict:
    # "does not start with p1p2..pn" == some character among the first n differs,
    # or the text is shorter. durable's regex has no negation, so spell it out.
    _escape_regex(prefix)  # refuses what cannot be quoted
    options: list[dict] = [{name: ""}]  # shorter than the prefix, down to the empty text
    for i, ch in enumerate(prefix):
        head = _escape_regex(prefix[:i])
        options.append({"$mt": {name: f"{head}[^{ch}].*"}})
        if i:
            options.append({"$mt": {name: head}})
    return {"$or": options}


def _is_simple(c: ir.Cond) -> bool:
    if isinstance(c, (ir.Quant, ir.Derived)):
        return False
    if isinstance(c, (ir.AllOf, ir.AnyOf)):
        return all(_is_simple(i) for i in c.items)
    return True


def _conjunctions(c: ir.Cond) -> list[list[ir.Cond]]:
    """DNF over the parts that need their own pattern (quantifiers, derived facts)."""
    if _is_simple(c) or isinstance(c, (ir.Quant, ir.Derived)):
        return [[c]]
    if isinstance(c, ir.AnyOf):
        return [conj for item in c.items for conj in _conjunctions(item)]
    if isinstance(c, ir.AllOf):
        result: list[list[ir.Cond]] = [[]]
        for item in c.items:
            result = [left + right for left in result for right in _conjunctions(item)]
        return result
    raise TypeError(c)


def _scopes(c: ir.Cond) -> set[str]:
    return {ref.scope for ref in ir.refs(c, into_quantifiers=False)}


def _rule_patterns(rule: ir.RuleIR, conj: list[ir.Cond]) -> list[dict]:
    """One durable_rules pattern per fact the conjunction joins.

    durable_rules never lets one fact match two patterns of the same rule, so each
    pattern over a list reads its own copy of the elements, told apart by `roll`:
    0, 1, 2, ... for the patterns over that list in this rule (`för varje` first).
    Where no rule of a ruleset reads a list twice, one copy is enough and the
    `roll` tests are dropped again (`_single_copies`).
    """
    roles_used: dict[str, int] = {}
    if rule.for_each:
        roles_used[".".join(rule.for_each.collection.path)] = 1
    doc_tests: list[dict] = [{"t": "dok"}]
    each_tests: list[dict] = []
    extra: list[dict] = []
    each_alias = rule.for_each.alias if rule.for_each else None
    for n, atom in enumerate(conj):
        if isinstance(atom, ir.Derived):
            key = f"s{n}" + ("" if atom.holds else "$not")
            extra.append({key: {"$and": [{"t": "slutsats"}, {"namn": atom.name}]}})
        elif isinstance(atom, ir.Quant):
            if not _is_simple(atom.cond):
                raise _Unsupported("kvantifierare inuti kvantifierare eller slutsatser i en kvantifierare")
            collection = ".".join(atom.collection.path)
            key = f"q{n}" + ("" if atom.exists else "$not")
            role = roles_used.get(collection, 0)
            roles_used[collection] = role + 1
            tests = [{"t": "el"}, {"lista": collection}, {"roll": role}, _simple(atom.cond, atom.alias)]
            extra.append({key: {"$and": tests}})
        elif each_alias and each_alias in _scopes(atom):
            each_tests.append(_simple(atom, each_alias))
        else:
            doc_tests.append(_simple(atom, ir.DOC))
    patterns = []
    if rule.for_each:
        collection = ".".join(rule.for_each.collection.path)
        patterns.append({_EACH_ALIAS: {"$and": [{"t": "el"}, {"lista": collection}, {"roll": 0}] + each_tests}})
    patterns.append({_DOC_ALIAS: {"$and": doc_tests}})
    return patterns + extra


def _single_copies(definition: dict) -> dict:
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


# --- The engine wrapper ---------------------------------------------------------------


class DurableEngine:
    """Owns one durable_rules host with one ruleset per stratum of the rulebook."""

    def __init__(self, rules: list[ir.RuleIR], derivations: list[ir.RuleIR]):
        self._lock = threading.Lock()
        self._strata: list[str] = []
        self._fired: list[tuple[ir.RuleIR, int | None]] = []
        self._derived_now: set[str] = set()
        self._errors: list[str] = []
        self._plans: dict[str, _Plan] = {}  # per ruleset
        self._current: str | None = None  # the rule whose action runs, for error messages
        actions: dict[str, Any] = {}
        definitions: dict[str, dict] = {}
        problems: list[Problem] = []
        serial = next(_names)
        all_rules = derivations + rules
        depth = 1 + max((r.stratum for r in all_rules), default=0)
        for level in range(depth):
            name = f"kravmotor_{serial}_{level}"
            definition = {}
            for rule in (r for r in all_rules if r.stratum == level):
                try:
                    conjunctions = _conjunctions(rule.condition)
                    for n, conj in enumerate(conjunctions):
                        if conj == [ir.FALSE]:
                            continue
                        action = f"{rule.kind}:{rule.code}:{n}"
                        patterns = _rule_patterns(rule, [a for a in conj if a != ir.TRUE])
                        definition[action] = {"all": patterns, "run": action}
                        actions[action] = self._action(rule)
                except _Unsupported as exc:
                    problems.append(Problem(Location(rule.file or "?", rule.line), f"{rule.code}: stöds inte av durable_rules-motorn: {exc}"))
            if definition:
                definitions[name], self._plans[name] = _plan(_single_copies(definition))
            self._strata.append(name)
        if problems:
            raise RuleError(problems)
        actions[_SINK] = self._sink
        self._host = _QuietHost(actions)
        try:
            self._host.register_rulesets(copy.deepcopy(definitions))
        except Exception as exc:  # durable_rules' C engine refuses the definition
            raise RuleError(self._rejected(definitions, actions, all_rules, exc)) from None
        self._registered = set(definitions)
        self._definitions = definitions

    @staticmethod
    def _rejected(definitions, actions, rules, exc) -> list[Problem]:
        """Find which rules durable_rules refuses, by registering them one at a time."""
        by_action = {f"{r.kind}:{r.code}": r for r in rules}
        problems = []
        for ruleset in definitions.values():
            for action, definition in ruleset.items():
                if action == _SINK:
                    continue
                try:
                    _QuietHost(actions).register_rulesets({f"probe_{next(_names)}": copy.deepcopy({action: definition})})
                except Exception as single:
                    rule = by_action[action.rsplit(":", 1)[0]]
                    problems.append(Problem(Location(rule.file or "?", rule.line),
                                            f"{rule.code}: durable_rules kan inte ta emot regeln ({single}); "
                                            "troligen för många deluttryck i ett villkor (högst 32): dela upp villkoret"))
        return problems or [Problem(Location("?"), f"durable_rules kan inte ta emot reglerna: {exc}")]

    @property
    def definitions(self) -> dict[str, dict]:
        """The registered durable_rules definitions, with short field names (for tests and debugging)."""
        return copy.deepcopy(self._definitions)

    def _action(self, rule: ir.RuleIR):
        def run(c):
            self._current = rule.code
            try:
                if rule.kind == "slutsats":
                    self._derived_now.add(rule.code)
                else:
                    index = c.e["i"] if rule.for_each else None
                    self._fired.append((rule, index))
            except Exception as exc:  # durable_rules would swallow it; we report it
                self._errors.append(f"{rule.code}: {type(exc).__name__}: {exc}")
        return run

    def _sink(self, c) -> None:  # the sink rule can never complete; if it does, say so
        self._errors.append("durable_rules körde en regel som aldrig ska kunna slå till")

    def evaluate(self, data: dict[str, Any], params: dict[str, Decimal]) -> Outcome:
        """Run every stratum over one document; the sessions are always emptied afterwards."""
        with self._lock:
            self._fired, self._errors = [], []
            derived: set[str] = set()
            for ruleset in self._strata:
                plan = self._plans.get(ruleset)
                if plan is None:
                    continue
                if all(needed - derived for needed in plan.required):
                    continue  # every rule here needs a derived fact that does not hold: none can fire
                self._derived_now = set()
                self._run_session(ruleset, *_facts(plan, data, params, derived))
                derived |= self._derived_now
            # A rule can fire more than once for the same element (one firing per
            # matching quantifier element or per disjunct): report it once.
            unique = {(rule.code, index): rule for rule, index in self._fired}
            hits = sorted((Hit(rule, index) for (_, index), rule in unique.items()), key=sort_key)
            return Outcome(hits, frozenset(derived))

    def _run_session(self, ruleset: str, facts: list[dict], document: dict) -> None:
        """Assert the document's facts in one batch, elements and derived facts first and the
        document last (see the module docstring); then retract them in one batch, document first."""
        body = json.dumps(facts, ensure_ascii=False)  # encoded once, for both batches
        last = json.dumps(document, ensure_ascii=False)
        try:
            state = self._call(False, ruleset, f"{body[:-1]}, {last}]" if facts else f"[{last}]")
            if isinstance(state, dict) and state.get("exception"):
                # durable_rules caught it and stored it in the session: name the
                # rule, and clear it, or every later document would fail too.
                self._errors.append(f"{self._current or 'okänd regel'}: {str(state['exception']).split(', traceback')[0]}")
                self._host.update_state(ruleset, {"sid": _SID, "id": state.get("id", f"sid-{_SID}")})
            if self._errors:
                raise EngineError("; ".join(self._errors))
        finally:
            # The session is emptied, never deleted: durable_rules' delete_state
            # intermittently aborts the process. Retracting the document first
            # means no rule can complete while the rest is retracted.
            self._call(True, ruleset, f"[{last}, {body[1:]}" if facts else f"[{last}]")

    def _call(self, retract: bool, ruleset: str, text: str) -> Any:
        try:
            return self._host.batch(ruleset, retract, text)
        except durable_engine.MessageNotHandledException:
            # Cannot happen: the sink rule looks at every fact. A batch with a fact no rule
            # looks at is refused as a whole, so results would be missing: an error.
            raise EngineError("durable_rules tog inte emot underlagets fakta (inget mönster läser dem)") from None
        except EngineError:
            raise
        except Exception as exc:  # the C engine refused the facts
            raise EngineError(f"durable_rules kunde inte ta emot ett faktum ({exc})") from None
