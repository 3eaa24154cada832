"""The durable_rules evaluator. This module is the only one that imports durable.

`durable_compile` turns the IR into durable_rules definitions: for every rule and
derived fact, T-rules (its condition is definitely true) and U-rules (undecided);
nothing fired means false (see `durable_compile.Action` for the few with F-rules
instead). This module registers them, asserts each subject's facts (written by
`durable_facts`), and reads the firings back as the three-valued outcome the
other evaluators give.

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
- Missing values: a test on a missing field is false, but a missing field
  referenced on the right-hand side (`{"$m": ...}`, arithmetic) is not: every
  form of an atom tests `$ex` on the fields it reads first (`durable_compile`).
- At most 32 expressions per pattern: a rule the C engine refuses is reported
  as a `RuleError` naming it, found by registering rules one at a time.
- A ruleset of about 400 rules (error 108), a fact passing more than 64 tests at
  once (error 303), a fact of about 250 properties (a crash): a stratum is split
  over several rulesets (`RULES_PER_RULESET`, `durable_compile.fact_load`).
- A number written with an exponent (`1e+16`) crashes the process: numbers are
  written as plain decimals, or whole numbers from 1e16 up; a rule constant that
  cannot be is refused (`durable_compile.plain_float`, `fact_number`).
- Arithmetic only on the right: `a - b < 35` is compiled as `_0 < 35 - (a - b)`
  with a constant `_0 = 0` in every fact whose patterns read it.
- 1 024 live sessions, and crashes on delete: `delete_state` corrupts the C
  heap now and then ("free(): invalid pointer", seen after one document on an
  emptied session), and deleting a session that was never created fails with
  error 309. So each ruleset has one session for its whole life, never
  deleted, and every fact asserted for a document is retracted again when it
  is done (`finally`), the document first.
- Memory held in C: an engine's rulesets and session state stay in durable_rules
  until deleted (about 6 MB for the real rulebook once a document was checked).
  `close` (also on garbage collection) deletes the rulesets, which is safe;
  the session state cannot be freed (see above). So engines are shared instead:
  `shared_engine` keeps one engine per rulebook (by content) for the process,
  and every `Checker` and `Screener` on that rulebook uses it, under its lock.
- A fact no pattern looks at raises `MessageNotHandledException`, and in a
  batch (`assert_facts`) the whole batch is refused, actions and all. Every
  ruleset has a sink rule that sees every fact and never fires.
- Registration mutates the definition (`run` is popped): definitions are deep
  copied before they are registered.

What it costs per document (see bench/): every call into durable_rules is a
JSON round trip, and every firing more (about 14 µs, mostly durable's Python).
So a false condition fires nothing (T- and U-rules), an `$or` never has two
alternatives that hold at once where that can be helped (durable runs the rule
once per alternative); a document is one batch assert and one batch retract per
ruleset, written as JSON text once; the facts hold only the fields the rules
read, flat, under short names (`durable_compile.plan_ruleset`), and a state
field only for a value that is not known; a list element is one fact unless a
rule reads the list twice; a rule reading `slutsats X` has X's condition
written in (`durable_compile.inline_derived`), so it needs no later stratum;
and a stratum in which every item needs a derived fact decided the other way
is not run at all.
"""

from __future__ import annotations

import collections
import copy
import itertools
import threading
from typing import Any

from durable import engine as durable_engine

from ..errors import EngineError, Location, Problem, RuleError
from ..values import UNKNOWN, PartialList
from . import durable_compile as dc
from . import durable_facts
from . import evaluate, ir
from .outcome import Hit, Outcome, sort_key

_names = itertools.count()
# durable_rules refuses a ruleset of a few hundred rules ("Could not create ruleset, error code: 108", at
# about 400 of ours), refuses a fact that passes more than 64 of a ruleset's tests at once ("Could not
# assert facts, error code: 303"), and crashes on a fact of some 250 fields: a stratum that could come
# near any of these is split into several rulesets (each with its own facts), run one after the other.
RULES_PER_RULESET = 200


def _too_much(load: dict) -> bool:
    """Whether the facts of a ruleset would carry too many fields or pass too many tests at once."""
    return any(len(fields) > dc.MAX_FACT_FIELDS or len(tests) > dc.MAX_FACT_TESTS for fields, tests in load.values())


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


class DurableEngine:
    """Owns one durable_rules host with a ruleset per stratum of the rulebook (several for a large stratum)."""

    def __init__(self, rules: list[ir.RuleIR], derivations: list[ir.RuleIR]):
        self._lock = threading.Lock()
        self._items = derivations + sorted(rules, key=lambda r: r.code)  # an item's position names its actions
        self._strata: list[tuple[list[str], list[int]]] = []  # (its rulesets, the items it decides)
        self._marks: list[tuple[int, str, int | None]] = []  # (item, "T"/"U"/"F", element index or None)
        self._errors: list[str] = []
        self._two_sided: set[int] = set()  # items with T- and F-rules, undecided when neither fired (dc.Action)
        self._writers: dict[str, durable_facts.Writer] = {}  # per ruleset: its facts of a subject, as JSON
        self._current: str | None = None  # the rule whose action runs, for error messages
        actions: dict[str, Any] = {}
        definitions: dict[str, dict] = {}
        problems: list[Problem] = []
        serial = next(_names)
        fields = (f"_agg{k}" for k in itertools.count())
        compiled_items: dict[int, tuple[int, dict, list[dc.AggregateSlot], dict]] = {}  # item -> (stratum, rules, aggregates, load)
        conditions: dict[int, ir.Cond] = {}  # the condition each item is compiled from
        for n, item in enumerate(self._items):
            try:
                inlined = dc.inline_derived(item, derivations)
                if inlined is not None:  # one ruleset session less per stratum it no longer needs
                    try:
                        compiled = self._compile(n, inlined, fields)
                    except dc.Unsupported:
                        inlined = None
                    else:
                        if any(meaning.two_sided for _, meaning in compiled[0].values()):
                            inlined = None
                if inlined is None:
                    compiled = self._compile(n, item, fields)
                compiled_items[n] = (0 if inlined is not None else item.stratum, *compiled)
                conditions[n] = (inlined or item).condition
            except dc.Unsupported as exc:
                problems.append(Problem(Location(item.file or "?", item.line), f"{item.code}: stöds inte av durable_rules-motorn: {exc}"))
        # Per item, its conjuncts on derived facts: (name, whether it must hold).
        self._gates = [[(c.name, c.holds) for c in (cond.items if isinstance(cond, ir.AllOf) else (cond,)) if isinstance(c, ir.Derived)]
                       for cond in (conditions.get(n, ir.TRUE) for n in range(len(self._items)))]
        depth = 1 + max((level for level, *_ in compiled_items.values()), default=0)
        self._slots: list[list[dc.AggregateSlot]] = []  # per stratum: the aggregates the wrapper computes
        for level in range(depth):
            members = [n for n, (at, *_) in compiled_items.items() if at == level]
            chunks: list[dict] = [{}]  # the stratum's rules, split where one ruleset would be too large
            load: dict = {}  # per kind of fact of the last chunk: the fields it carries and the tests on it
            slots: list[dc.AggregateSlot] = []
            for n in members:
                _, item_rules, own, mine = compiled_items[n]
                merged = {k: tuple(a | b for a, b in zip(load.get(k, (set(), set())), mine.get(k, (set(), set())), strict=True))
                          for k in load.keys() | mine.keys()}
                if len(chunks[-1]) >= RULES_PER_RULESET or _too_much(merged):
                    chunks.append({})
                    merged = mine
                load = merged
                slots += own
                for action, (rule_definition, meaning) in item_rules.items():
                    chunks[-1][action] = rule_definition
                    actions[action] = self._action(self._items[n], meaning)
                    if meaning.two_sided:
                        self._two_sided.add(n)
            names = []
            for part, definition in enumerate(c for c in chunks if c):
                name = f"kravmotor_{serial}_{level}_{part}"
                definitions[name], plan = dc.plan_ruleset(dc.single_copies(definition))
                self._writers[name] = durable_facts.writer(plan)
                names.append(name)
            self._strata.append((names, members))
            self._slots.append(slots)
        if problems:
            raise RuleError(problems)
        actions[dc.SINK] = self._sink
        self._host = _QuietHost(actions)
        try:
            self._host.register_rulesets(copy.deepcopy(definitions))
        except Exception as exc:  # durable_rules' C engine refuses the definition
            raise RuleError(self._rejected(definitions, actions, self._items, exc)) from None
        self._definitions = definitions
        self._closed = False

    @staticmethod
    def _compile(n: int, item: ir.RuleIR, fields) -> tuple[dict, list[dc.AggregateSlot], dict]:
        """The durable rules of item `n` (compiled from `item`), the aggregates it needs computed, and
        what its facts carry (`dc.fact_load`)."""
        lifted, own = dc.lift_aggregates(item, fields)
        compiled = dc.compile_item(n, lifted)
        load = dc.fact_load({a: d for a, (d, _) in compiled.items()}) if compiled else {}
        if _too_much(load):
            raise dc.Unsupported(f"regeln läser fler än {dc.MAX_FACT_FIELDS} värden ur ett faktum eller "
                                 f"prövar fler än {dc.MAX_FACT_TESTS} villkor på ett")
        return compiled, own, load

    @staticmethod
    def _rejected(definitions, actions, items, exc) -> list[Problem]:
        """Find which rules durable_rules refuses, by registering them one at a time."""
        problems = []
        for ruleset in definitions.values():
            for action, definition in ruleset.items():
                if action == dc.SINK:
                    continue
                try:
                    _QuietHost(actions).register_rulesets({f"probe_{next(_names)}": copy.deepcopy({action: definition})})
                except Exception as single:
                    item = items[int(action.split(":")[2])]
                    problems.append(Problem(Location(item.file or "?", item.line),
                                            f"{item.code}: durable_rules kan inte ta emot regeln ({single}); "
                                            "troligen för många deluttryck i ett villkor (högst 32): dela upp villkoret"))
        return problems or [Problem(Location("?"), f"durable_rules kan inte ta emot reglerna: {exc}")]

    @property
    def definitions(self) -> dict[str, dict]:
        """The registered durable_rules definitions, with short field names (for tests and debugging)."""
        return copy.deepcopy(self._definitions)

    def _action(self, item: ir.RuleIR, meaning: dc.Action):
        def run(c):
            self._current = item.code
            try:
                self._record(meaning, c)
            except Exception as exc:  # durable_rules would swallow it; we report it
                self._errors.append(f"{item.code}: {type(exc).__name__}: {exc}")
        return run

    def _record(self, meaning: dc.Action, c) -> None:
        """A T-, U- or F-rule fired: note what it says, on its element (by index) or on the whole item."""
        self._marks.append((meaning.item, meaning.value, c.e["i"] if meaning.per_element else None))

    def _sink(self, c) -> None:  # the sink rule can never complete; if it does, say so
        self._errors.append("durable_rules körde en regel som aldrig ska kunna slå till")

    def evaluate(self, data: dict[str, Any], params: dict[str, Any]) -> Outcome:
        """Run every stratum over one subject; the sessions are always emptied afterwards."""
        with self._lock:
            if self._closed:
                raise EngineError("durable_rules-motorn är stängd")
            self._errors = []
            derived: dict[str, bool | None] = {}  # every derived fact so far: True, False or None (undecided)
            hits: list[Hit] = []
            undecided: list[Hit] = []
            for level, (rulesets, members) in enumerate(self._strata):
                self._marks = []
                # A stratum in which each item needs a derived fact decided the other way is all
                # false without asking durable_rules (a supplier's later strata, mostly).
                skipped = all(self._gated(n, derived) for n in members)
                if rulesets and not skipped:
                    computed = None
                    if self._slots[level]:  # durable_rules has no aggregates: their values are facts
                        known: dict[str, bool | None] = {k: v for k, v in derived.items() if v is not False}  # as evaluate.Env reads them
                        computed = dc.compute_aggregates(self._slots[level], data, params, known)
                    for ruleset in rulesets:
                        self._run_session(ruleset, *self._writers[ruleset](data, params, derived, computed))
                fired: dict[int, list[tuple[str, int | None]]] = {}
                for n, v, i in self._marks:
                    fired.setdefault(n, []).append((v, i))
                for n in members:
                    item = self._items[n]
                    marks = fired.get(n, ())
                    if skipped:
                        truths = []
                    elif item.for_each is not None:
                        truths = self._element_truths(item, marks, data, n in self._two_sided)
                    elif any(v == dc.T for v, _ in marks):
                        truths = [(None, True)]
                    elif n in self._two_sided:
                        truths = [] if marks else [(None, None)]  # an F-rule fired, or nothing did
                    else:
                        truths = [(None, None)] if marks else []  # a U-rule fired, or nothing did: false, the common case
                    if item.kind == "slutsats":
                        if truths and derived.get(item.code) is not True:  # several derivations may name one fact
                            derived[item.code] = True if any(t for _, t in truths) else None
                        else:
                            derived.setdefault(item.code, False)
                    else:
                        for index, t in truths:
                            (hits if t else undecided).append(Hit(item, index))
            return Outcome(sorted(hits, key=sort_key), frozenset(n for n, v in derived.items() if v),
                           sorted(undecided, key=sort_key), frozenset(n for n, v in derived.items() if v is None))

    evaluate_certain = evaluate  # one path: the T- and U-rules give the two-valued answer too

    def _gated(self, n: int, derived: dict[str, bool | None]) -> bool:
        """Whether the item's condition has a conjunct `slutsats X` (or `inte slutsats X`) that the
        derived facts already decide false."""
        return any(derived.get(name, holds) is (not holds) for name, holds in self._gates[n])

    def _element_truths(self, item: ir.RuleIR, marks, data: dict[str, Any], two_sided: bool) -> list[tuple[int | None, bool | None]]:
        """A `för varje` item's elements that are true (True) or undecided (None), by index; index None
        for the elements of a list that nobody knows. The others are false."""
        assert item.for_each is not None, "a rule about each element"
        items = evaluate.lookup(item.for_each.collection.path, data)
        if (not (marks or two_sided) and type(items) is list) or items is None or not (items is UNKNOWN or isinstance(items, list)):
            return []  # no T- or U-rule fired on a list that is all known, or there is no list: all false
        true = {i for v, i in marks if v == dc.T}
        other = {i for v, i in marks if v != dc.T}  # U-rules: undecided; F-rules (two-sided): false
        if (None in other) if two_sided else any(v == dc.F for v, _ in marks):
            return []  # false for every element, also those nobody knows
        if items is UNKNOWN:
            return [(None, None)]
        assert isinstance(items, list)
        if two_sided:
            truths = [(i, True if i in true else None) for i in range(len(items)) if i not in other]
        elif None in other:  # undecided for every element, unless a T-rule decided one
            truths = [(i, True if i in true else None) for i in range(len(items))]
        else:
            truths = [(i, True if i in true else None) for i in sorted(true | other)]
        return truths + ([(None, None)] if isinstance(items, PartialList) else [])

    def close(self) -> None:
        """Free what durable_rules holds for this engine in C that can be freed safely: its rulesets
        (not the session state, see the module docstring). The engine cannot evaluate afterwards;
        closing twice is harmless."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            for name in self._definitions:
                durable_engine.durable_rules_engine.delete_ruleset(self._host.get_ruleset(name)._handle)

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # at interpreter exit durable's module may already be gone; nothing to free then
            pass

    def _run_session(self, ruleset: str, body: str, document: str) -> None:
        """Assert the subject's facts in one batch, elements and derived facts first and the
        document last (see the module docstring); then retract them in one batch, document first.
        `body` and `document` are JSON (`durable_facts`): the elements and derived facts joined
        by commas, and the document fact."""
        try:
            state = self._call(False, ruleset, f"[{body},{document}]" if body else f"[{document}]")
            if isinstance(state, dict) and state.get("exception"):
                # durable_rules caught it and stored it in the session: name the
                # rule, and clear it, or every later document would fail too.
                self._errors.append(f"{self._current or 'okänd regel'}: {str(state['exception']).split(', traceback')[0]}")
                self._host.update_state(ruleset, {"sid": dc.SID, "id": state.get("id", f"sid-{dc.SID}")})
            if self._errors:
                raise EngineError("; ".join(self._errors))
        finally:
            # The session is emptied, never deleted: durable_rules' delete_state
            # intermittently aborts the process. Retracting the document first
            # means no rule can complete while the rest is retracted.
            self._call(True, ruleset, f"[{document},{body}]" if body else f"[{document}]")

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


_SHARED: collections.OrderedDict[tuple, DurableEngine] = collections.OrderedDict()
_SHARED_LOCK = threading.Lock()
# Rulebooks the cache keeps at once. An older one leaves the cache but is not closed here: a checker
# that still holds it goes on using it, and it is closed (`__del__`) when nothing refers to it.
SHARED_ENGINES = 8


def shared_engine(rules: list[ir.RuleIR], derivations: list[ir.RuleIR]) -> DurableEngine:
    """The process's engine for this rulebook, built once: rules with the same content (code,
    condition, texts: everything an outcome is built from) share it, so building a checker again
    costs no memory in C (session state cannot be freed, see the module docstring)."""
    key = tuple(repr(item) for item in derivations + sorted(rules, key=lambda r: r.code))
    with _SHARED_LOCK:
        engine = _SHARED.get(key)
        if engine is None:
            engine = _SHARED[key] = DurableEngine(rules, derivations)
            while len(_SHARED) > SHARED_ENGINES:
                _SHARED.popitem(last=False)
        _SHARED.move_to_end(key)
        return engine

