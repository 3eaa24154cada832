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
  with a constant `_0 = 0` in every fact.
- 1 024 live sessions, and crashes on delete: `delete_state` aborts the
  process now and then (seen in about one test run in six), and deleting a
  session that was never created fails with error 309. So we never delete:
  each ruleset has one session, and every fact asserted for a document is
  retracted again when it is done (`finally`), the document first.
- Registration mutates the definition (`run` is popped): definitions are deep
  copied before they are registered.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
import re
import threading
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from durable import engine as durable_engine

from ..errors import EngineError, Location, Problem, RuleError
from . import ir
from .outcome import Hit, Outcome, sort_key

_SID = "1"  # one session per ruleset, emptied after every document
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


def _collections(data: dict[str, Any], prefix: str = "") -> dict[str, list]:
    """Every list in the document outside list elements, keyed by its dotted path."""
    found = {}
    for key, value in data.items():
        path = f"{prefix}{key}"
        if isinstance(value, list):
            found[path] = value
        elif isinstance(value, dict):
            found.update(_collections(value, path + "."))
    return found


@dataclass(frozen=True)
class _Needs:
    """What one ruleset reads: which element copies, and which document fields inside them."""

    roles: frozenset[tuple[str, str]]  # (list, role)
    doc_fields: frozenset[str]  # top-level document keys read through `dok.`


def _encode_document(data: dict[str, Any], params: dict[str, Decimal]) -> dict[str, Any]:
    doc = _encode_object(data)
    doc["_param"] = {name: _encode(v) for name, v in params.items() if v is not None}
    doc["_0"] = 0
    doc["t"] = "dok"
    return doc


def _element_facts(data: dict[str, Any], doc: dict[str, Any], needs: _Needs) -> list[dict[str, Any]]:
    # Elements carry the document values their patterns read, so that an element
    # atom reading the document is a single-fact test that can be guarded with `$ex`.
    context = {k: v for k, v in doc.items() if k in needs.doc_fields}
    collections = _collections(data)
    elements = []
    for path, role in sorted(needs.roles):
        for index, item in enumerate(collections.get(path, [])):
            fact = _encode_object(item) if isinstance(item, dict) else {"värde": _encode(item)}
            fact.update({"t": "el", "lista": path, "roll": role, "i": index, "_0": 0, "dok": context})
            elements.append(fact)
    return elements


_DOC_REFERENCE = re.compile(r'"dok\.([^".]+)')


def _needs(definition: dict) -> _Needs:
    roles = set()
    for rule in definition.values():
        roles |= _roles_used(rule["all"])
    return _Needs(frozenset(roles), frozenset(_DOC_REFERENCE.findall(json.dumps(definition, ensure_ascii=False))))


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
    `e` for `för varje`, `k1`, `k2`, ... for the quantifiers over that list.
    """
    roles_used: dict[str, int] = {}
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
            roles_used[collection] = roles_used.get(collection, 0) + 1
            role = f"k{roles_used[collection]}"
            tests = [{"t": "el"}, {"lista": collection}, {"roll": role}, _simple(atom.cond, atom.alias)]
            extra.append({key: {"$and": tests}})
        elif each_alias and each_alias in _scopes(atom):
            each_tests.append(_simple(atom, each_alias))
        else:
            doc_tests.append(_simple(atom, ir.DOC))
    patterns = []
    if rule.for_each:
        collection = ".".join(rule.for_each.collection.path)
        patterns.append({_EACH_ALIAS: {"$and": [{"t": "el"}, {"lista": collection}, {"roll": _EACH_ALIAS}] + each_tests}})
    patterns.append({_DOC_ALIAS: {"$and": doc_tests}})
    return patterns + extra


def _roles_used(patterns: list[dict]) -> set[tuple[str, str]]:
    """The (list, role) pairs a rule's patterns read: which element copies to assert."""
    used = set()
    for pattern in patterns:
        for expr in pattern.values():
            tests = expr.get("$and", []) if isinstance(expr, dict) else []
            keys = {k: v for t in tests for k, v in t.items() if k in ("lista", "roll")}
            if "lista" in keys:
                used.add((keys["lista"], keys["roll"]))
    return used


# --- The engine wrapper ---------------------------------------------------------------


class DurableEngine:
    """Owns one durable_rules host with one ruleset per stratum of the rulebook."""

    def __init__(self, rules: list[ir.RuleIR], derivations: list[ir.RuleIR]):
        self._lock = threading.Lock()
        self._strata: list[str] = []
        self._fired: list[tuple[ir.RuleIR, int | None]] = []
        self._derived_now: set[str] = set()
        self._errors: list[str] = []
        self._needs: dict[str, _Needs] = {}  # per ruleset
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
                definitions[name] = definition
                self._needs[name] = _needs(definition)
            self._strata.append(name)
        if problems:
            raise RuleError(problems)
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
        """The generated durable_rules definitions (for tests and debugging)."""
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

    def evaluate(self, data: dict[str, Any], params: dict[str, Decimal]) -> Outcome:
        """Run every stratum over one document; the sessions are always emptied afterwards."""
        with self._lock:
            document = _encode_document(data, params)
            self._fired, self._errors = [], []
            derived: set[str] = set()
            for ruleset in self._strata:
                if ruleset not in self._registered:
                    continue
                self._derived_now = set()
                elements = _element_facts(data, document, self._needs[ruleset])
                self._run_session(ruleset, document, elements, derived)
                derived |= self._derived_now
            # A rule can fire more than once for the same element (one firing per
            # matching quantifier element or per disjunct): report it once.
            unique = {(rule.code, index): rule for rule, index in self._fired}
            hits = sorted((Hit(rule, index) for (_, index), rule in unique.items()), key=sort_key)
            return Outcome(hits, frozenset(derived))

    def _run_session(self, ruleset: str, document: dict, elements: list[dict], derived: set[str]) -> None:
        # Elements and derived facts first, the document last: see the module docstring.
        ordered = [*elements, *({"t": "slutsats", "namn": name} for name in sorted(derived)), document]
        asserted: list[dict] = []
        try:
            for fact in ordered:
                fact = {**fact, "sid": _SID}
                state = self._call(self._host.assert_fact, ruleset, fact)
                asserted.append(fact)
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
            for fact in reversed(asserted):
                self._call(self._host.retract_fact, ruleset, fact)

    @staticmethod
    def _call(operation, ruleset: str, fact: dict) -> Any:
        try:
            return operation(ruleset, fact)
        except durable_engine.MessageNotHandledException:
            return None  # no rule looks at this fact: that is not an error
        except EngineError:
            raise
        except Exception as exc:  # the C engine refused the fact
            raise EngineError(f"durable_rules kunde inte ta emot ett faktum ({exc})") from None
