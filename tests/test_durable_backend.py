"""The durable_rules wrapper (motor/durable_backend.py), tested hard.

Small rule sets are written inline in the rule language and compiled without
areas; documents are validated with the real model. Where a result is not
obvious it is compared with `motor/evaluate.py`, the reference semantics. The
last part is a differential test of the whole real rulebook against the
reference on pseudo-random documents.
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path
from typing import Any, get_args

import pytest

from conftest import NO_DURABLE, WITH_DURABLE

if not WITH_DURABLE:  # in CI this never skips: the import below fails instead
    pytest.skip(NO_DURABLE, allow_module_level=True)

from kravmotor.errors import EngineError, RuleError  # noqa: E402
from kravmotor.lang.compiler import Rulebook
from kravmotor.model import dokument as model
from kravmotor.model.beredskap import Säkerhetsskyddsklass
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.model.sociala import Reservation
from kravmotor.motor.durable_backend import DurableEngine
from kravmotor.motor.facts import document_data, resolve_parameters
from rulekit import BASE, compile_text, doc, plain, reference, regel
from kravmotor.motor.pipeline import Checker
from kravmotor.values import PartialList


# --- Helpers ------------------------------------------------------------------------------


def build(text: str) -> tuple[Rulebook, DurableEngine]:
    rulebook = compile_text(text)
    return rulebook, DurableEngine(rulebook.rules, rulebook.derivations)


def fired(engine: DurableEngine, data: dict[str, Any], params: dict[str, Decimal] | None = None) -> set[tuple[str, int | None]]:
    return {(hit.rule.code, hit.index) for hit in engine.evaluate(data, params or {}).hits}


def agrees(rulebook: Rulebook, engine: DurableEngine, data: dict[str, Any]) -> tuple[tuple, tuple]:
    """(durable, reference) outcomes as `plain` gives them, for an assert with a readable diff."""
    return plain(engine.evaluate(data, {})), reference(rulebook, data)


# --- (a) more documents than durable_rules has live sessions ------------------------------------


def test_1500_documents_in_sequence_on_one_engine():
    """durable_rules allows 1 024 live sessions: one engine must check any number of documents."""
    _, engine = build(regel("TT-01", "uppskattat_värde.totalt < 1000")
                      + regel("TT-02", "ingen delkontrakt som dk där (dk.uppskattat_värde > 500)"))
    for n in range(1500):
        lots = [{"namn": "a", "uppskattat_värde": n % 1000}]
        got = fired(engine, doc(uppskattat_värde={"totalt": n}, delkontrakt=lots))
        expected = {("TT-01", None)} if n >= 1000 else set()
        if n % 1000 > 500:
            expected.add(("TT-02", None))
        assert got == expected, f"dokument {n}"


# --- (b) several engines in one process ------------------------------------------------------


TWO_RULES = regel("TT-01", "uppskattat_värde.totalt < 1000") + regel("TT-02", "förhandsannons = falskt")


def test_two_engines_from_the_same_rulebook_are_independent():
    """Two engines on one rulebook, used interleaved, each give their own document's result."""
    rulebook = compile_text(TWO_RULES)
    first = DurableEngine(rulebook.rules, rulebook.derivations)
    second = DurableEngine(rulebook.rules, rulebook.derivations)
    assert not set(first.definitions) & set(second.definitions), "ruleset names must be unique in the process"
    for _ in range(3):
        assert fired(first, doc(uppskattat_värde={"totalt": 500})) == set()
        assert fired(second, doc(uppskattat_värde={"totalt": 5000}, förhandsannons=True)) == {("TT-01", None), ("TT-02", None)}


def test_fifty_engines_built_in_a_loop_all_work():
    """The process-wide durable registry must not collide however many engines are built."""
    rulebook = compile_text(TWO_RULES)
    engines = [DurableEngine(rulebook.rules, rulebook.derivations) for _ in range(50)]
    names = [name for e in engines for name in e.definitions]
    assert len(names) == len(set(names)) == 50
    for n, engine in enumerate(engines):
        total = 5000 if n % 2 else 500
        expected = {("TT-01", None)} if n % 2 else set()
        assert fired(engine, doc(uppskattat_värde={"totalt": total})) == expected, f"motor {n}"


def test_checkers_built_again_and_again_share_one_engine_and_keep_no_memory():
    """An engine keeps its session state in C (it cannot be freed safely): checkers on one rulebook
    share one engine, so 300 checkers built, used and dropped cost nothing. In a child process."""
    code = textwrap.dedent("""
        import gc, resource, sys
        sys.path.insert(0, %r)
        from rulekit import compile_text, doc
        from test_durable_backend import TWO_RULES
        from kravmotor.model.dokument import Förfrågningsunderlag
        from kravmotor.motor.pipeline import Checker
        from rulekit import BASE
        rulebook = compile_text(TWO_RULES)
        document = Förfrågningsunderlag.model_validate(BASE)
        def rss(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        engines = set()
        for _ in range(20):
            Checker(rulebook, "durable").check(document)
        gc.collect()
        start = rss()
        for _ in range(300):
            checker = Checker(rulebook, "durable")
            checker.check(document)
            engines.add(id(checker.engine))
            del checker
            gc.collect()
        print(len(engines), rss() - start)
    """) % str(Path(__file__).parent)
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert child.returncode == 0, child.stderr[-2000:]
    engines, growth = map(int, child.stdout.split())
    assert engines == 1
    assert growth < 10, f"{growth} MB efter 300 granskare"  # one engine per checker: about 50 MB


def test_a_different_rulebook_gets_its_own_shared_engine():
    from kravmotor.motor.durable_backend import shared_engine

    first, second = compile_text(TWO_RULES), compile_text(TWO_RULES)
    assert shared_engine(first.rules, first.derivations) is shared_engine(second.rules, second.derivations)
    other = compile_text(regel("TT-01", "uppskattat_värde.totalt < 999"))
    assert shared_engine(other.rules, other.derivations) is not shared_engine(first.rules, first.derivations)


def test_an_engine_pushed_out_of_the_shared_cache_still_serves_its_checker():
    """A long-lived checker (a web server's, a test session's) kept working after more than
    SHARED_ENGINES other rulebooks were built: the cache drops its reference, it does not close it."""
    from kravmotor.motor import durable_backend as db

    first = compile_text(TWO_RULES)
    engine = db.shared_engine(first.rules, first.derivations)
    expected = plain(engine.evaluate(doc(), {}))
    for n in range(db.SHARED_ENGINES + 2):
        other = compile_text(regel("TT-01", f"uppskattat_värde.totalt < {900 + n}"))
        db.shared_engine(other.rules, other.derivations)
    assert plain(engine.evaluate(doc(), {})) == expected
    assert db.shared_engine(first.rules, first.derivations) is not engine  # built again: it had left the cache


def test_a_closed_engine_refuses_to_evaluate():
    _, engine = build(TWO_RULES)
    engine.evaluate(doc(), {})
    engine.close()
    engine.close()  # harmless twice
    with pytest.raises(EngineError, match="stängd"):
        engine.evaluate(doc(), {})


# --- (c) exceptions in actions -------------------------------------------------------------


EXCEPTION_RULES = (regel("TT-01", "uppskattat_värde.totalt < 1000")
                   + regel("TT-02", "ingen delkontrakt som dk där (dk.uppskattat_värde > 5)"))
LOT_OVER_5 = [{"namn": "a", "uppskattat_värde": 6}]


def _ruleset_facts(engine: DurableEngine) -> list:
    ruleset = next(iter(engine.definitions))
    return engine._host.get_ruleset(ruleset).get_facts("1")  # white-box: the session must be empty


def test_error_inside_an_action_is_engine_error_and_engine_recovers(monkeypatch):
    """A failure in our action is reported as EngineError naming the rule; the next document is unaffected."""
    rulebook, engine = build(EXCEPTION_RULES)

    def broken(meaning, c):
        raise RuntimeError("trasig")

    monkeypatch.setattr(engine, "_record", broken)
    with pytest.raises(EngineError, match="TT-0"):
        engine.evaluate(doc(delkontrakt=LOT_OVER_5), {})
    monkeypatch.undo()
    assert _ruleset_facts(engine) == []
    # If the failed document's element were still there, TT-02's `ingen` would see it.
    assert fired(engine, doc(delkontrakt=[])) == {("TT-01", None)}
    assert fired(engine, doc(delkontrakt=LOT_OVER_5, uppskattat_värde={"totalt": 500})) == {("TT-02", None)}


def _break_durable_action(monkeypatch, engine: DurableEngine, code: str) -> None:
    """Make the function durable_rules runs for the T-rule of `code` raise, so durable itself catches it."""
    ruleset = next(iter(engine.definitions))
    actions = engine._host.get_ruleset(ruleset)._actions
    action = next(name for name in actions if name.startswith(f"regel:{code}:") and name.split(":")[3].startswith("T"))
    monkeypatch.setattr(actions[action], "_func", lambda c: (_ for _ in ()).throw(RuntimeError("pang")))


def test_exception_swallowed_by_durable_is_surfaced_as_engine_error(monkeypatch):
    """durable_rules writes an action's exception into the session state; the wrapper must raise it."""
    _, engine = build(EXCEPTION_RULES)
    _break_durable_action(monkeypatch, engine, "TT-01")
    with pytest.raises(EngineError, match="pang"):
        engine.evaluate(doc(), {})
    assert _ruleset_facts(engine) == []


def test_engine_works_after_an_exception_swallowed_by_durable(monkeypatch):
    """After durable_rules swallowed an exception the engine must still check the next document."""
    _, engine = build(EXCEPTION_RULES)
    _break_durable_action(monkeypatch, engine, "TT-01")
    with pytest.raises(EngineError):
        engine.evaluate(doc(), {})
    monkeypatch.undo()
    assert fired(engine, doc(delkontrakt=[])) == {("TT-01", None)}


def test_presence_of_a_list_field_agrees_with_reference():
    """`cpv_koder finns`/`saknas` mean the same in durable_rules as in evaluate.py."""
    rulebook, engine = build(regel("TT-01", "cpv_koder finns") + regel("TT-02", "cpv_koder saknas"))
    for data in (doc(), doc(cpv_koder=[])):
        got, expected = agrees(rulebook, engine, data)
        assert got == expected


def test_division_by_a_value_is_refused_and_by_zero_is_missing():
    """durable_rules cannot divide a span by a span: division by a value is refused when the rules
    load, naming the rule (the native evaluator takes it); division by 0 is a missing value, so the
    comparison is false whichever way it is negated (neither rule fires), and durable's C engine
    never divides by zero."""
    with pytest.raises(RuleError, match="TT-01: stöds inte av durable_rules-motorn"):
        build(regel("TT-01", "uppskattat_värde.totalt / uppskattat_värde.per_år > 2"))
    rulebook, engine = build(regel("TT-01", "uppskattat_värde.totalt / 0 > 2") + regel("TT-02", "inte uppskattat_värde.totalt / 0 > 2"))
    data = doc(uppskattat_värde={"totalt": 10, "per_år": 0})
    assert plain(engine.evaluate(data, {})) == reference(rulebook, data) == (set(), set(), frozenset(), frozenset())


@pytest.mark.parametrize("number", ["100000000000000000000", "0,00001"])
def test_a_number_durable_cannot_read_is_refused_not_a_crash(number):
    """durable_rules' JSON reader kills the process on a number written with an exponent (1e+20,
    1e-05): such a constant is refused when the rules load, naming the rule."""
    with pytest.raises(RuleError, match="TT-01: stöds inte av durable_rules-motorn"):
        build(regel("TT-01", f"uppskattat_värde.totalt > {number}"))


def test_a_partial_list_counts_at_least_its_known_elements():
    """The highest count of a partial list reaches durable as MANY, a number without exponent."""
    rulebook, engine = build(regel("TT-01", "antal delkontrakt >= 1") + regel("TT-02", "antal delkontrakt <= 1"))
    data = doc(delkontrakt=[{"namn": "a"}], okända_uppgifter=["delkontrakt[+]"])
    assert isinstance(data["delkontrakt"], PartialList)
    assert plain(engine.evaluate(data, {})) == reference(rulebook, data) == (set(), {("TT-02", None)}, frozenset(), frozenset())


# --- (g) deterministic order --------------------------------------------------------------


ORDER_RULES = (regel("TT-03", "dk.uppskattat_värde < 10", för_varje="delkontrakt som dk")
               + regel("TT-01", "förhandsannons")
               + regel("TT-02", "dk.uppskattat_värde < 100", för_varje="delkontrakt som dk"))


def test_hits_come_in_the_same_order_every_run_and_engine():
    """Hits are sorted by (code, index) whatever the rule and fact order inside durable_rules."""
    rulebook = compile_text(ORDER_RULES)
    lots = [{"namn": n, "uppskattat_värde": v} for n, v in (("a", 5), ("b", 50), ("c", 500), ("d", 7))]
    data = doc(delkontrakt=lots)
    runs = []
    for _ in range(2):
        engine = DurableEngine(rulebook.rules, rulebook.derivations)
        runs += [[(h.rule.code, h.index) for h in engine.evaluate(data, {}).hits] for _ in range(3)]
    expected = [("TT-01", None), ("TT-02", 2), ("TT-03", 1), ("TT-03", 2)]
    assert all(run == expected for run in runs), runs


def test_findings_order_is_stable_across_checkers(rulebook):
    """The real pipeline lists the same findings in the same order on fresh Checkers."""
    raw = copy.deepcopy(BASE)
    raw.update(delkontrakt=[], sista_anbudsdag="2026-03-12", kvalificeringskrav=[
        {"typ": "omsättning", "belopp": 30_000_000, "antal_år": 5},
        {"typ": "referensuppdrag", "antal": 5, "tidsperiod_år": 6},
        {"typ": "kreditupplysning", "lägsta_riskklass": 3},
        {"typ": "certifiering", "standard": "ISO 9001"},
    ])
    document = Förfrågningsunderlag.model_validate(raw)
    listings = [[(f.kod, f.utfall, tuple(f.fält)) for f in Checker(rulebook).check(document, "a.yaml").findings]
                for _ in range(3)]
    assert len(listings[0]) >= 6
    assert listings[0] == listings[1] == listings[2]


# --- (h) `minst N av` -------------------------------------------------------------------------


@pytest.mark.parametrize("true_count", [0, 1, 2, 3])
def test_at_least_two_of_three_at_the_boundary(true_count):
    """`minst 2 av (a, b, c)` holds with 2 or 3 true, not with 0 or 1."""
    _, engine = build(regel("TT-01", "minst 2 av (förhandsannons, brådskande, elektronisk_anbudsgivning)")
                      + regel("TT-02", "inte minst 2 av (förhandsannons, brådskande, elektronisk_anbudsgivning)"))
    flags = [i < true_count for i in range(3)]
    data = doc(förhandsannons=flags[0], brådskande=flags[1], elektronisk_anbudsgivning=flags[2])
    assert fired(engine, data) == ({("TT-02", None)} if true_count >= 2 else {("TT-01", None)})


def test_at_least_is_not_fooled_by_which_items_are_true():
    """Every pair of true items counts, not only the first two."""
    _, engine = build(regel("TT-01", "inte minst 2 av (förhandsannons, brådskande, elektronisk_anbudsgivning)"))
    for a, b, c in [(True, False, True), (False, True, True), (True, True, False)]:
        assert fired(engine, doc(förhandsannons=a, brådskande=b, elektronisk_anbudsgivning=c)) == {("TT-01", None)}


# --- (i) prefixes on scalar list elements ---------------------------------------------------


PREFIX_RULES = (regel("TT-01", 'någon cpv_koder som c där (c börjar med "45")')
                + regel("TT-02", 'någon cpv_koder som c där (inte (c börjar med "45"))')
                + regel("TT-03", 'inte (c börjar med "45")', för_varje="cpv_koder som c")
                + regel("TT-04", 'c börjar med "45"', för_varje="cpv_koder som c"))


@pytest.mark.parametrize("codes, expected", [
    (["45000000-7"], {("TT-02", None), ("TT-03", 0)}),
    (["12345678"], {("TT-01", None), ("TT-04", 0)}),  # "45" inside, not at the start
    (["79000000-4", "45210000"], {("TT-03", 1), ("TT-04", 0)}),
    (["44000000", "54000000"], {("TT-01", None), ("TT-04", 0), ("TT-04", 1)}),
    ([], {("TT-01", None), ("TT-02", None)}),
])
def test_prefix_on_cpv_codes_plain_and_negated(codes, expected):
    """`börjar med` and `inte (... börjar med ...)` on scalar list elements, per element and in `någon`."""
    rulebook, engine = build(PREFIX_RULES)
    data = doc(cpv_koder=codes)
    assert fired(engine, data) == expected
    assert expected == reference(rulebook, data)[0]


def test_required_one_character_prefix():
    """`kräv c börjar med "4"` builds and fires on codes not starting with 4."""
    _, engine = build(regel("TT-01", 'c börjar med "4"', för_varje="cpv_koder som c"))
    assert fired(engine, doc(cpv_koder=["45000000-7", "79000000-4"])) == {("TT-01", 1)}


def test_required_empty_prefix_never_fires():
    """Every text starts with "": `kräv x börjar med ""` can never be violated."""
    _, engine = build(regel("TT-01", 'c börjar med ""', för_varje="cpv_koder som c"))
    assert fired(engine, doc(cpv_koder=["45000000-7"])) == set()


def test_prefix_with_regex_special_character():
    """`börjar med "v1.2"` is a literal prefix, the dot included."""
    text = regel("TT-01", 'inte (s.hänvisning_namn börjar med "v1.2")',
                 för_varje="tekniska_specifikationer som s där s.hänvisning_namn finns")
    _, engine = build(text)
    specs = [{"beskrivning": "x", "hänvisning": "standard", "hänvisning_namn": name} for name in ("v1.2.3", "v1x2")]
    assert fired(engine, doc(tekniska_specifikationer=specs)) == {("TT-01", 0)}


def test_quantifier_over_the_same_list_as_for_each():
    """`för varje delkontrakt` + `någon delkontrakt ...`: the element itself can be the one that matches."""
    rulebook, engine = build(regel("TT-01", "ingen delkontrakt som dk där (dk.uppskattat_värde > 5)",
                                   för_varje="delkontrakt som x där x.uppskattat_värde finns"))
    data = doc(delkontrakt=[{"namn": "a", "uppskattat_värde": 7}])
    got, expected = agrees(rulebook, engine, data)
    assert expected[0] == {("TT-01", 0)}
    assert got == expected


def test_a_fact_no_rule_pattern_matches_does_not_lose_the_document():
    """Facts go to durable_rules in one batch, and durable refuses a batch with a fact no pattern
    matches: the sink rule must take every fact, so the other rules still fire."""
    rulebook, engine = build(regel("TT-01", "dk.namn != \"zz\"", för_varje="delkontrakt som dk där dk.uppskattat_värde > 5")
                             + regel("TT-02", "förhandsannons = falskt"))
    data = doc(delkontrakt=[{"namn": "a", "uppskattat_värde": 1}, {"namn": "zz", "uppskattat_värde": 9}], förhandsannons=True)
    got, expected = agrees(rulebook, engine, data)
    assert expected[0] == {("TT-01", 1), ("TT-02", None)}
    assert got == expected
    assert _ruleset_facts(engine) == []


def test_only_the_fields_the_rules_read_are_sent(monkeypatch):
    """The facts hold the fields the rules read and nothing else of the document."""
    _, engine = build(regel("TT-01", "dk.uppskattat_värde < 10", för_varje="delkontrakt som dk")
                      + regel("TT-02", "uppskattat_värde.totalt < 1000"))
    sent: list[str] = []
    batch = engine._host.batch

    def spy(ruleset, retract, text):
        sent.append(text)
        return batch(ruleset, retract, text)

    monkeypatch.setattr(engine._host, "batch", spy)
    data = doc(titel="Hemlig titel", delkontrakt=[{"namn": "Städning av skolor", "uppskattat_värde": 5}],
               uppskattat_värde={"totalt": 2000})
    assert fired(engine, data) == {("TT-02", None)}
    assert len(sent) == 2  # one batch in, one batch out
    assert "Hemlig titel" not in sent[0] and "Städning av skolor" not in sent[0] and "5.0" in sent[0]


def _count_sessions(monkeypatch, engine: DurableEngine) -> list[str]:
    """The rulesets durable_rules is asked to run, one entry per batch (assert, retract)."""
    runs: list[str] = []
    batch = engine._host.batch
    monkeypatch.setattr(engine._host, "batch", lambda ruleset, retract, t: (runs.append(ruleset), batch(ruleset, retract, t))[1])
    return runs


def test_a_stratum_whose_rules_need_a_derived_fact_decided_otherwise_is_not_run(monkeypatch):
    """A rule that needs `inte slutsats X` is false when X holds: its stratum is skipped, with the same result."""
    text = ('slutsats stor "S"\n  källa "test"\n  om uppskattat_värde.totalt > 5\nslut\n'
            + regel("TT-01", "förhandsannons = falskt", om="inte slutsats stor"))
    rulebook, engine = build(text)
    runs = _count_sessions(monkeypatch, engine)
    for total, expected in ((10, set()), (3, {("TT-01", None)})):
        runs.clear()
        data = doc(uppskattat_värde={"totalt": total}, förhandsannons=True)
        assert plain(engine.evaluate(data, {})) == reference(rulebook, data)
        assert fired(engine, data) == expected
        assert len(set(runs)) == (1 if total == 10 else 2)


@pytest.mark.parametrize("total, lots, expected", [
    (10, [{"namn": "a", "uppskattat_värde": 6}], ({("TT-01", None)}, set())),  # stor holds, a lot over 5
    (10, [{"namn": "a", "uppskattat_värde": 1}], (set(), set())),
    (3, [{"namn": "a", "uppskattat_värde": 6}], (set(), set())),  # stor is false
    (None, [{"namn": "a", "uppskattat_värde": 6}], (set(), {("TT-01", None)})),  # stor undecided: underlag saknas
])
def test_a_rule_on_a_derived_fact_runs_in_the_derived_facts_session(monkeypatch, total, lots, expected):
    """`slutsats X` is written into the rule as X's own condition: one ruleset session, and the answer
    the reference gives, also when X is undecided."""
    text = ('slutsats stor "S"\n  källa "test"\n  om uppskattat_värde.totalt > 5 eller förhandsannons\nslut\n'
            + regel("TT-01", "ingen delkontrakt som dk där (dk.uppskattat_värde > 5)", om="slutsats stor"))
    rulebook, engine = build(text)
    runs = _count_sessions(monkeypatch, engine)
    data = doc(uppskattat_värde={"totalt": total} if total is not None else {"totalt": 1},
               delkontrakt=lots, okända_uppgifter=["uppskattat_värde.totalt"] if total is None else [])
    got = plain(engine.evaluate(data, {}))
    assert got == reference(rulebook, data)
    assert got[:2] == expected
    assert len(set(runs)) == 1


# --- T- and U-rules: undecided conditions, golden cases -----------------------------------------

_OM_OCH = 'regim = "direktivstyrd" och förfarande = "öppet"'
_OM_ELLER = 'regim = "direktivstyrd" eller förfarande = "öppet"'
_NÅGON_ÖVER_5 = "ingen delkontrakt som dk där (dk.uppskattat_värde > 5)"  # fires when some lot is over 5
_INGEN_ÖVER_5 = "någon delkontrakt som dk där (dk.uppskattat_värde > 5)"  # fires when no lot is
_LOTS = {"a1": {"namn": "a", "uppskattat_värde": 1}, "a6": {"namn": "a", "uppskattat_värde": 6}, "b?": {"namn": "b"}}
_B_UNKNOWN = ["delkontrakt[1].uppskattat_värde"]


@pytest.mark.parametrize("krav, om, för_varje, changes, unknown, expected", [
    # och: the first part undecided, the others true / a later part false / a later part undecided
    ("förhandsannons", _OM_OCH, None, {"förhandsannons": False}, ["regim"], [("underlag saknas", ["regim"])]),
    ("förhandsannons", _OM_OCH, None, {"förhandsannons": False, "förfarande": "selektivt"}, ["regim"], []),
    ("förhandsannons", _OM_OCH, None, {"förhandsannons": False}, ["förfarande"], [("underlag saknas", ["förfarande"])]),
    # eller: one part undecided and the other false; the other true (the T-rule wins)
    ("förhandsannons", _OM_ELLER, None, {"förhandsannons": False, "förfarande": "selektivt"}, ["regim"],
     [("underlag saknas", ["regim"])]),
    ("förhandsannons", _OM_ELLER, None, {"förhandsannons": False}, ["regim"], [("fel", ["förhandsannons"])]),
    # inte: `inte (a och b)` fires when a och b; b true / false
    ("inte (förhandsannons och elektronisk_anbudsgivning)", None, None, {"elektronisk_anbudsgivning": True},
     ["förhandsannons"], [("underlag saknas", ["förhandsannons"])]),
    ("inte (förhandsannons och elektronisk_anbudsgivning)", None, None, {"elektronisk_anbudsgivning": False},
     ["förhandsannons"], []),
    # någon: an undecided element and none over; one over (true whatever the other is)
    (_NÅGON_ÖVER_5, None, None, {"delkontrakt": [_LOTS["a1"], _LOTS["b?"]]}, _B_UNKNOWN,
     [("underlag saknas", _B_UNKNOWN)]),
    (_NÅGON_ÖVER_5, None, None, {"delkontrakt": [_LOTS["a6"], _LOTS["b?"]]}, _B_UNKNOWN,
     [("fel", ["delkontrakt", "delkontrakt[*].uppskattat_värde"])]),
    (_NÅGON_ÖVER_5, None, None, {}, ["delkontrakt"], [("underlag saknas", ["delkontrakt"])]),
    # ingen: an undecided element and none over; one over (false whatever the other is)
    (_INGEN_ÖVER_5, None, None, {"delkontrakt": [_LOTS["a1"], _LOTS["b?"]]}, _B_UNKNOWN,
     [("underlag saknas", _B_UNKNOWN)]),
    (_INGEN_ÖVER_5, None, None, {"delkontrakt": [_LOTS["a6"], _LOTS["b?"]]}, _B_UNKNOWN, []),
    # och, eller of a quantifier and a test: the first undecided part, the others not false / false
    (_NÅGON_ÖVER_5, 'regim = "direktivstyrd"', None, {"delkontrakt": [_LOTS["a6"]]}, ["regim"], [("underlag saknas", ["regim"])]),
    (_NÅGON_ÖVER_5, 'regim = "direktivstyrd"', None, {"delkontrakt": [_LOTS["a1"]]}, ["regim"], []),
    (_NÅGON_ÖVER_5, 'regim = "direktivstyrd"', None, {"delkontrakt": [_LOTS["a1"], _LOTS["b?"]]}, _B_UNKNOWN,
     [("underlag saknas", _B_UNKNOWN)]),
    ("förhandsannons", f'regim = "direktivstyrd" eller {_INGEN_ÖVER_5}', None,
     {"förhandsannons": False, "regim": "direktupphandling", "delkontrakt": [_LOTS["a1"], _LOTS["b?"]]}, _B_UNKNOWN,
     [("underlag saknas", _B_UNKNOWN)]),
    ("förhandsannons", f'regim = "direktivstyrd" eller {_INGEN_ÖVER_5}', None,
     {"förhandsannons": False, "delkontrakt": [_LOTS["a6"]]}, ["regim"], [("fel", ["förhandsannons"])]),
    # för varje: per element, true / undecided / false
    ("dk.uppskattat_värde <= 5", None, "delkontrakt som dk", {"delkontrakt": [_LOTS["a6"], _LOTS["b?"], _LOTS["a1"]]},
     _B_UNKNOWN, [("fel", ["delkontrakt[0].uppskattat_värde"]), ("underlag saknas", _B_UNKNOWN)]),
], ids=["och-först", "och-senare-falsk", "och-senare", "eller", "eller-sann", "inte", "inte-falsk", "någon",
        "någon-sann", "någon-okänd-lista", "ingen", "ingen-falsk", "och-kvantifierare", "och-kvantifierare-falsk",
        "och-kvantifierare-senare", "eller-kvantifierare", "eller-kvantifierare-sann", "för-varje"])
def test_undecided_conditions_golden(krav, om, för_varje, changes, unknown, expected):
    """Golden answers with unknown facts through the durable checker: each finding's outcome and the
    facts it names (for *underlag saknas*, the missing facts); native and the reference agree."""
    rulebook = compile_text(regel("TT-01", krav, om=om, för_varje=för_varje))
    raw = {**copy.deepcopy(BASE), **changes, "okända_uppgifter": unknown}
    document = Förfrågningsunderlag.model_validate(raw)
    results = {motor: Checker(rulebook, motor).check(document) for motor in ("durable", "native")}
    got = [(f.utfall, f.fält) for f in results["durable"].findings]
    assert got == expected
    assert got == [(f.utfall, f.fält) for f in results["native"].findings]
    missing = [fields for outcome, fields in expected if outcome == "underlag saknas"]
    assert [(m.uppgift, m.regler) for m in results["durable"].missing] == [(f, ["TT-01"]) for fields in missing for f in fields]
    data = document_data(document, rulebook.classifications)
    assert plain(DurableEngine(rulebook.rules, rulebook.derivations).evaluate(data, {})) == reference(rulebook, data)


def test_a_false_condition_fires_nothing_and_a_true_one_once(monkeypatch):
    """The point of T- and U-rules: on a document where a rule is false nothing fires (durable_rules'
    firings are its cost), and where it is true one T-rule does, not a U-rule too."""
    _, engine = build(regel("TT-01", "förhandsannons", om=_OM_OCH) + regel("TT-02", _NÅGON_ÖVER_5))
    marks: list = []
    record = engine._record
    monkeypatch.setattr(engine, "_record", lambda meaning, c: (marks.append(meaning.value), record(meaning, c)))
    engine.evaluate(doc(förhandsannons=True, delkontrakt=[_LOTS["a1"]]), {})
    assert marks == []
    engine.evaluate(doc(förhandsannons=False, delkontrakt=[_LOTS["a1"]]), {})
    assert marks == ["T"]


def test_a_condition_too_large_for_u_rules_is_two_sided_and_agrees(monkeypatch):
    """When the U-rules of a condition would be too large for durable_rules, the item gets T- and
    F-rules instead (undecided when neither fires): the same answers."""
    from kravmotor.motor import durable_compile

    monkeypatch.setattr(durable_compile, "MAX_PATTERN_COST", 3)
    rulebook, engine = build(regel("TT-01", "förhandsannons", om=_OM_OCH) + regel("TT-02", _NÅGON_ÖVER_5)
                             + regel("TT-03", "dk.uppskattat_värde <= 5", för_varje="delkontrakt som dk"))
    assert len(engine._two_sided) == 3
    for changes, unknown in [({}, []), ({"förhandsannons": False}, ["regim"]), ({"förhandsannons": False}, []),
                             ({"delkontrakt": [_LOTS["a6"], _LOTS["b?"], _LOTS["a1"]]}, _B_UNKNOWN),
                             ({"delkontrakt": [_LOTS["b?"]]}, ["delkontrakt[0].uppskattat_värde"]),  # nothing fires: undecided
                             ({"delkontrakt": [_LOTS["a1"], _LOTS["b?"]]}, _B_UNKNOWN),
                             ({"delkontrakt": [_LOTS["a6"], _LOTS["b?"]]}, _B_UNKNOWN), ({}, ["delkontrakt", "regim"])]:
        data = doc(**changes, okända_uppgifter=unknown)
        assert plain(engine.evaluate(data, {})) == reference(rulebook, data), (changes, unknown)


# --- (j) date arithmetic ---------------------------------------------------------------------


@pytest.mark.parametrize("published, deadline, fires", [
    ("2026-03-02", "2026-04-05", True),    # 34 days
    ("2026-03-02", "2026-04-06", False),   # 35 days
    ("2026-03-02", "2026-04-07", False),   # 36 days
    ("2027-12-10", "2028-01-13", True),    # 34 days over a new year
    ("2028-02-01", "2028-03-07", False),   # 35 days over a leap day
    ("2027-02-01", "2027-03-07", True),    # 34 days, no leap day
    ("2026-03-02", "2026-03-01", True),    # deadline before publication: -1 day
])
def test_days_between_dates_at_the_boundary(published, deadline, fires):
    """`dagar från annonseringsdatum till sista_anbudsdag >= 35` counts calendar days exactly."""
    _, engine = build(regel("TT-01", "dagar från annonseringsdatum till sista_anbudsdag >= 35"))
    assert fired(engine, doc(annonseringsdatum=published, sista_anbudsdag=deadline)) == ({("TT-01", None)} if fires else set())


def test_days_with_missing_date_never_fire():
    """No sista_anbudsdag: neither the requirement nor its negation is violated."""
    _, engine = build(regel("TT-01", "dagar från annonseringsdatum till sista_anbudsdag >= 35")
                      + regel("TT-02", "inte (dagar från annonseringsdatum till sista_anbudsdag >= 35)"))
    raw = copy.deepcopy(BASE)
    del raw["sista_anbudsdag"]
    assert fired(engine, document_data(Förfrågningsunderlag.model_validate(raw))) == set()
    assert fired(engine, doc()) == {("TT-02", None)}


def test_date_compared_with_date_constant_and_validity():
    """`giltig från` and a date literal compare on calendar days, inclusive."""
    text = regel("TT-01", "annonseringsdatum > 2026-03-02").replace("  kräv", "  giltig från 2026-03-01 till 2026-03-03\n  kräv")
    _, engine = build(text)
    assert fired(engine, doc(annonseringsdatum="2026-02-28")) == set()
    assert fired(engine, doc(annonseringsdatum="2026-03-01")) == {("TT-01", None)}
    assert fired(engine, doc(annonseringsdatum="2026-03-02")) == {("TT-01", None)}
    assert fired(engine, doc(annonseringsdatum="2026-03-03")) == set()
    assert fired(engine, doc(annonseringsdatum="2026-03-04")) == set()


# --- (k) differential: the real rulebook against evaluate.py -------------------------------------


def random_document(rng: random.Random, n: int) -> dict[str, Any]:
    """A valid förfrågningsunderlag with values near the rules' boundaries."""
    published = dt.date(2021, 6, 1) + dt.timedelta(days=rng.randrange(0, 7 * 365))
    total = rng.choice([0, 50_000, 100_000, 100_001, 650_000, 700_000, 700_001, 1_200_000, 1_546_202, 2_335_522,
                        2_389_585, 5_000_000, 10_000_000, 60_000_000, rng.randrange(0, 80_000_000)])
    value: dict[str, Any] = {"totalt": total}
    if rng.random() < 0.7:
        value["per_år"] = rng.choice([total // 4, total, rng.randrange(0, total + 1)])
    raw: dict[str, Any] = {
        "id": f"R-{n}", "titel": "Slumpat underlag",
        "upphandlande_myndighet": {"namn": "M", "typ": rng.choice(get_args(model.Myndighetstyp))},
        "lagrum": rng.choice(["LOU"] * 3 + list(get_args(model.Lagrum))),  # most rules are LOU's
        "regim": rng.choice(["direktivstyrd"] * 3 + list(get_args(model.Regim))),
        "förfarande": rng.choice(["öppet"] * 3 + list(get_args(model.Förfarande))),
        "upphandlingsslag": rng.choice(get_args(model.Upphandlingsslag)),
        "cpv_koder": [rng.choice(["45000000-7", "79000000-4", "90911200-8", "45210000"]) for _ in range(rng.randrange(0, 3))],
        "uppskattat_värde": value,
        "annonseringsdatum": published.isoformat(),
        "förhandsannons": rng.random() < 0.2,
        "brådskande": rng.random() < 0.2,
        "elektronisk_anbudsgivning": rng.random() < 0.7,
    }
    shape = rng.random()  # shapes that random values seldom reach
    if shape < 0.08:  # LUF's and LUK's own time limits
        raw.update(lagrum=rng.choice(["LUF", "LUK"]), regim="direktivstyrd",
                   förfarande=rng.choice(["selektivt", "förhandlat med föregående annonsering"]))
    elif shape < 0.16:  # a works contract under LOU: five years of references (PROP-05)
        raw.update(lagrum="LOU", regim="direktivstyrd", upphandlingsslag="byggentreprenad")
    if rng.random() < 0.3:  # else the CPV codes decide, or it stays unknown
        raw["bilaga_2_tjänst"] = rng.random() < 0.5
    if rng.random() < 0.85:
        days = rng.choice([10, 14, 15, 16, 29, 30, 31, 34, 35, 36, 60])
        raw["sista_anbudsdag"] = (published + dt.timedelta(days=days)).isoformat()
    raw["delkontrakt"] = [{"namn": f"D{i}", **({"uppskattat_värde": rng.randrange(0, 10**6)} if rng.random() < 0.5 else {})}
                          for i in range(rng.choice([0, 0, 1, 2, 3]))]
    if not raw["delkontrakt"] and rng.random() < 0.5:
        raw["skäl_mot_uppdelning"] = "Marknaden är liten."
    raw["kvalificeringskrav"] = [random_requirement(rng, total) for _ in range(rng.randrange(0, 5))]
    if shape < 0.08:  # the 2x cap that LUF applies only with LOU's selection criteria (PROP-40)
        raw["kvalificeringskrav"].append({"typ": "omsättning", "belopp": rng.choice([2 * total, 3 * total])})
        if "sista_anbudsdag" in raw:  # under 15, under 30 or 30 days to request to participate (PROP-41, PROP-42)
            raw["sista_anbudsdag"] = (published + dt.timedelta(days=rng.choice([14, 20, 30]))).isoformat()
    if 0.08 <= shape < 0.16:  # on both sides of the five years
        raw["kvalificeringskrav"].append({"typ": "referensuppdrag", "antal": 2, "tidsperiod_år": rng.choice([4, 5, 6, 7])})
    references = [None, "varumärke", "fabrikat", "patent", "typ", "ursprung", "framställningssätt", "standard"]
    raw["tekniska_specifikationer"] = []
    for i in range(rng.randrange(0, 4)):
        spec: dict[str, Any] = {"beskrivning": f"S{i}", "eller_likvärdigt": rng.random() < 0.5}
        reference_kind = rng.choice(references)
        if reference_kind:
            spec.update(hänvisning=reference_kind, hänvisning_namn="Märke")
        raw["tekniska_specifikationer"].append(spec)
    codes = rng.sample(["PROP-01", "PROP-03", "PROP-07", "PROP-16"], rng.randrange(0, 3))
    raw["motiveringar"] = [{"regel": code, "text": "Särskilda skäl."} for code in codes]
    raw.update(random_seriousness(rng))
    add_environmental_requirements(rng, raw)
    add_preparedness(rng, raw)
    add_social(rng, raw)
    add_contract_facts(random.Random(f"kontrakt-{n}"), raw)  # its own stream: the other draws stay as they were
    return raw


def random_seriousness(rng: random.Random) -> dict[str, Any]:
    """Area seriositet: objects absent or present, yes/no/unstated facts, lists empty or not."""
    def facts(*names: str) -> dict[str, bool]:
        stated = {name: rng.choice([None, True, False]) for name in names}
        return {name: value for name, value in stated.items() if value is not None}

    raw: dict[str, Any] = {}
    if rng.random() < 0.8:
        raw["uteslutningsgrunder"] = {
            **facts("obligatoriska_kontrolleras", "självrättelse_medges"),
            "kontrolleras_genom": rng.sample(["sanningsförsäkran", "ESPD"], rng.randrange(0, 3)),
            "fakultativa": rng.sample(["intressekonflikt", "allvarligt fel i yrkesutövningen"], rng.randrange(0, 3)),
            "egna": [{"beskrivning": f"E{i}", "angiven_i_upphandlingsdokumenten": rng.random() < 0.5}
                     for i in range(rng.choice([0, 1, 2]))],
        }
    villkor: dict[str, Any] = {}
    if rng.random() < 0.7:
        villkor["underleverantörsvillkor"] = facts("ska_namnges", "inköpsprocess_följer_upp", "rätt_till_insyn", "gäller_alla_led")
        if rng.random() < 0.3:
            villkor["underleverantörsvillkor"]["begränsning_led"] = rng.randrange(0, 3)
    if rng.random() < 0.7:
        villkor["sanktioner"] = facts("vite", "hävning")
    raw["särskilda_kontraktsvillkor"] = villkor
    if rng.random() < 0.7:
        raw["avtalsuppföljning"] = {**facts("ebm_checklista_vid_start", "ebm_checklista_löpande"),
                                    **{k: "X" for k in ("beskrivning", "frekvens", "ansvarig") if rng.random() < 0.7}}
    if rng.random() < 0.6:
        raw["onormalt_låga_anbud"] = {**facts("förklaring_begärs"), **({"hantering": "X"} if rng.random() < 0.5 else {})}
    return raw


def add_preparedness(rng: random.Random, raw: dict[str, Any]) -> None:
    """Beredskap: the buyer's answers (ja, nej or unstated), säkerhetsskydd, and crisis clauses of every kind."""
    def answers(*names: str) -> dict[str, bool]:
        return {name: rng.random() < 0.5 for name in names if rng.random() < 0.7}

    if rng.random() < 0.1:
        raw["cpv_koder"].append("33600000-6")  # läkemedel: samhällsviktig by CPV
    if rng.random() < 0.8:
        raw["beredskap"] = answers("samhällsviktig_verksamhet", "kritiskt_avtal", "risk_och_sårbarhetsanalys", "kontinuitetsplan")
        if rng.random() < 0.5:
            raw["beredskap"]["säkerhetsskydd"] = answers("leverantören_får_tillgång", "säkerhetsskyddsanalys",
                                                        "säkerhetsskyddsavtal", "samråd_övervägt")
            if rng.random() < 0.7:  # an agreement is required from konfidentiell up
                raw["beredskap"]["säkerhetsskydd"]["högsta_säkerhetsskyddsklass"] = rng.choice(get_args(Säkerhetsskyddsklass))
    kinds = get_args(get_args(model.BeredskapsVillkor.model_fields["beredskapsklausuler"].annotation)[0]
                     .model_fields["slag"].annotation)
    clauses = []
    for _ in range(rng.choice([0, 0, 1, 2, 3])):
        clause: dict[str, Any] = {"slag": rng.choice(kinds)}
        if rng.random() < 0.5:
            clause["krisnivåer"] = rng.sample(["skärpt läge", "höjd beredskap"], rng.randrange(0, 3))
        clause.update({k: "X" for k in ("omfattning", "art", "villkor") if rng.random() < 0.6})
        if rng.random() < 0.7:
            clause["granskad"] = rng.random() < 0.5
        clauses.append(clause)
    raw.setdefault("särskilda_kontraktsvillkor", {})["beredskapsklausuler"] = clauses


def add_environmental_requirements(rng: random.Random, raw: dict[str, Any]) -> None:
    """Miljö: CPV codes the miljö classifications know (livsmedel, transport, konsulttjänster) and miljökrav."""
    raw["cpv_koder"] += [rng.choice(["15000000-8", "60100000-9", "79400000-8"]) for _ in range(rng.randrange(0, 2))]
    raw["miljökrav"] = []
    for i in range(rng.choice([0, 1, 1, 2, 3])):
        item: dict[str, Any] = {"område": f"M{i}", "nivå": rng.choice(["bas", "bas", "avancerad", "spjutspets"]),
                                "användning": "kontraktsvillkor"}
        for name, value in (("verifikat", "Märkning"), ("koppling_till_föremålet", "Leveranserna"),
                            ("prioriterat_område", "ekomat"), ("marknadsanalys", "RFI")):
            if rng.random() < 0.7:
                item[name] = value
        if rng.random() < 0.7:
            item["marknaden_kan_uppfylla"] = rng.random() < 0.7
        raw["miljökrav"].append(item)


def add_social(rng: random.Random, raw: dict[str, Any]) -> None:
    """Sociala: riskbransch and reservable CPV codes, behövlighetsbedömning, arbetsrättsliga villkor,
    sysselsättningskrav, how the contract is performed, and reservations of every kind."""
    def some(**choices: list) -> dict[str, Any]:
        return {name: rng.choice(values) for name, values in choices.items() if rng.random() < 0.8}

    raw["cpv_koder"] += [rng.choice(["90911200-8", "85312000-9", "80110000-8"]) for _ in range(rng.randrange(0, 2))]
    if rng.random() < 0.25:  # within the duty to set arbetsrättsliga villkor but for the risk, which is drawn below
        raw.update(lagrum="LOU", regim="direktivstyrd", upphandlingsslag="tjänster", annonseringsdatum="2025-10-06",
                   cpv_koder=[rng.choice(["79000000-4", "90911200-8"])], uppskattat_värde={"totalt": 10_000_000})
        if "sista_anbudsdag" in raw:
            raw["sista_anbudsdag"] = "2025-11-10"
    if rng.random() < 0.7:
        raw["behövlighetsbedömning"] = {"risk_för_oskäliga_arbetsvillkor": rng.random() < 0.7,
                                        "villkor_kan_fastställas": rng.random() < 0.5}
    if rng.random() < 0.6:
        raw["avtalstid"] = {"grundperiod_månader": rng.choice([12, 13, 24, 36]), "förlängning_månader": rng.choice([0, 1, 12])}
    if rng.random() < 0.6:
        raw["utförande"] = some(personalintensivt=[True, False], antal_personer=[1, 2, 4])
    villkor = raw.setdefault("särskilda_kontraktsvillkor", {})
    if rng.random() < 0.7:
        villkor["arbetsrättsliga_villkor"] = {
            **{name: rng.random() < 0.7 for name in ("lön", "semester", "arbetstid", "svensk_arbetsrätt_tillämplig")},
            "gäller_underleverantörer": rng.random() < 0.5,
            **some(nivå=["central kollektivavtal", "central kollektivavtal", "lag", "ILO:s kärnkonventioner", "annan"]),
        }
    if rng.random() < 0.5:
        villkor["sysselsättningskrav"] = {"beskrivning": "S", "krävs_vid_anbudsgivning": rng.random() < 0.3,
                                          **some(antal_personer=[1, 3, 4, 5], åtagande=["anställning eller praktik", "dialog"])}
    if rng.random() < 0.5:
        raw["reservation"] = {
            "slag": rng.choice(get_args(Reservation.model_fields["slag"].annotation)),
            "angiven_i_annonsen": rng.random() < 0.5,
            **some(andel_anställda_med_funktionsnedsättning_eller_missgynnade=[29.99, 30, 50]),
        }


def add_contract_facts(rng: random.Random, raw: dict[str, Any]) -> None:
    """Issue 16's facts: evaluation, framework agreements, requirements per lot, labels, other entities'
    capacity, accessibility and the time limits of procedures with applications; each stated, left out or not."""
    def maybe(probability: float = 0.7) -> bool:
        return rng.random() < probability

    if maybe(0.85):
        model_: dict[str, Any] = {}
        if maybe(0.85):
            model_["tilldelningsgrund"] = rng.choice(get_args(model.Tilldelningsgrund))
        if maybe(0.85):
            model_["viktning"] = rng.choice(get_args(model.Viktning))
        if maybe():
            model_["pris_vikt"] = rng.choice([30, 40, 50])
            model_["kvalitet_vikt"] = rng.choice([50, 60, 70])
        model_["kriterier"] = [
            {"namn": f"K{i}", **({"bedömer": rng.choice(["anbudet", "personalens kompetens och erfarenhet",
                                                          "leverantörens lämplighet"])} if maybe(0.8) else {}),
             **({"koppling_till_föremålet": "Uppdraget."} if maybe(0.6) else {})}
            for i in range(rng.choice([0, 1, 2]))]
        raw["utvärderingsmodell"] = model_
    if maybe(0.8):
        raw["ramavtal"] = maybe(0.6)
    if raw.get("ramavtal") and maybe(0.8):
        raw["ramavtalet"] = {k: v for k, v in (
            ("högsta_värde", rng.choice([1_000_000, 20_000_000])), ("högsta_kvantitet", "högst 400 timmar"),
            ("avropsordning", rng.choice(get_args(model.Avropsordning))),
            ("högsta_samtidiga_värde", rng.choice([10_000, 100_000, 5_000_000]))) if maybe(0.6)}
    if maybe(0.3):
        raw["avtalstid"] = {"grundperiod_månader": rng.choice([24, 48, 60]), "förlängning_månader": rng.choice([0, 24])}
    concurrent = raw.get("ramavtalet", {}).get("högsta_samtidiga_värde")
    if concurrent is not None and maybe(0.6):  # a turnover requirement at PROP-31's boundary
        raw["kvalificeringskrav"].append({"typ": "omsättning", "belopp": 2 * concurrent + rng.choice([0, 1])})
    lots = [lot["namn"] for lot in raw["delkontrakt"]]
    for krav in raw["kvalificeringskrav"]:
        if krav["typ"] == "referensuppdrag" and maybe(0.3):
            krav["tidsperiod_månader"] = krav.pop("tidsperiod_år") * 12 + rng.choice([0, 6])
        if lots and maybe(0.4):
            krav["delkontrakt"] = rng.choice(lots)
    if maybe(0.3):
        raw["tekniska_specifikationer"].append({"beskrivning": "Märkt", "hänvisning": "märkning", "hänvisning_namn": "Svanen",
                                                "eller_likvärdigt": maybe(0.5)})
    if maybe(0.6):
        raw["andra_företags_kapacitet"] = rng.choice(["får åberopas", "får inte åberopas",
                                                      "vissa uppgifter utförs av leverantören själv"])
    if maybe(0.8):
        raw["tillgänglighet"] = {k: maybe(0.6) for k in ("används_av_personer", "beaktas") if maybe(0.85)}
    if maybe(0.3):
        raw["förfarande"] = rng.choice(["selektivt", "förhandlat med föregående annonsering"])
    published = dt.date.fromisoformat(raw["annonseringsdatum"])
    if maybe(0.7):
        raw["sista_ansökningsdag"] = (published + dt.timedelta(days=rng.choice([14, 15, 29, 30, 31]))).isoformat()
    if maybe(0.7) and "sista_anbudsdag" in raw:
        tender_days = rng.choice([9, 10, 24, 25, 29, 30, 31])
        invited = dt.date.fromisoformat(raw["sista_anbudsdag"]) - dt.timedelta(days=tender_days)
        raw["inbjudan_att_lämna_anbud"] = invited.isoformat()
    if raw["lagrum"] in ("LUF", "LUK") and "sista_anbudsdag" in raw and maybe(0.8):
        # LUF's 10 days without an agreement (PROP-47), LUK's 22 days for first tenders (PROP-48, PROP-49)
        tender_days = rng.choice([9, 10] if raw["lagrum"] == "LUF" else [10, 21, 22])
        raw["elektronisk_anbudsgivning"] = maybe(0.5)
        invited = dt.date.fromisoformat(raw["sista_anbudsdag"]) - dt.timedelta(days=tender_days)
        raw["inbjudan_att_lämna_anbud"] = invited.isoformat()
    if raw["lagrum"] == "LUF" and raw["delkontrakt"] and maybe():  # LUF's 2x cap per lot (PROP-45)
        lot = rng.choice(raw["delkontrakt"])
        raw["kvalificeringskrav"].append({"typ": "omsättning", "delkontrakt": lot["namn"],
                                          "belopp": 2 * lot.get("uppskattat_värde", 0) + rng.choice([0, 1])})
    if raw["lagrum"] == "LUF" and maybe(0.5):  # ... and in a framework agreement (PROP-46)
        concurrent = rng.choice([10_000, 100_000])
        raw["ramavtal"] = True
        raw["ramavtalet"] = {**raw.get("ramavtalet", {}), "högsta_samtidiga_värde": concurrent}
        raw["kvalificeringskrav"].append({"typ": "omsättning", "belopp": 2 * concurrent + rng.choice([0, 1])})


def random_requirement(rng: random.Random, total: int) -> dict[str, Any]:
    kind = rng.choice(["omsättning", "referensuppdrag", "kreditupplysning", "försäkring", "certifiering",
                       "yrkesregister", "övrigt"])
    item: dict[str, Any] = {"typ": kind}
    if kind == "omsättning":
        item["belopp"] = rng.choice([total, 2 * total, 2 * total + 1, total // 3, rng.randrange(0, 3 * total + 2)])
        if rng.random() < 0.6:
            item["antal_år"] = rng.randrange(1, 6)
    elif kind == "referensuppdrag":
        item.update(antal=rng.randrange(0, 6), tidsperiod_år=rng.randrange(0, 8))
    elif kind == "kreditupplysning":
        if rng.random() < 0.7:
            item["lägsta_riskklass"] = rng.randrange(1, 6)
        item["annan_bevisning_godtas"] = rng.random() < 0.5
    elif kind == "försäkring" and rng.random() < 0.5:
        item["belopp"] = rng.randrange(0, 10**7)
    elif kind == "certifiering":
        item.update(standard="ISO 9001", eller_likvärdigt=rng.random() < 0.5)
    elif kind == "yrkesregister":
        item["registernamn"] = "Bolagsverket"
    return item


DIFFERENTIAL_SEED = 20260302
DIFFERENTIAL_COUNT = 200


@pytest.fixture(scope="module")
def differential(rulebook):
    """(document number, durable outcome, reference outcome) for every generated document."""
    rulebook = rulebook.for_subject("förfrågningsunderlag")
    engine = DurableEngine(rulebook.rules, rulebook.derivations)
    rng = random.Random(DIFFERENTIAL_SEED)
    results = []
    for n in range(DIFFERENTIAL_COUNT):
        data = document_data(Förfrågningsunderlag.model_validate(random_document(rng, n)), rulebook.classifications)
        resolved = resolve_parameters(rulebook.parameters, data, rulebook.param_conditions)
        params = {name: p.value for name, p in resolved.items()}
        results.append((n, plain(engine.evaluate(data, params)), reference(rulebook, data, params)))
    return results


def test_durable_agrees_with_reference_on_generated_documents(differential):
    """For every real rule and derived fact, durable_rules decides exactly as the reference does."""
    mismatches = [(n, d, r) for n, d, r in differential if d != r]
    assert not mismatches, "dokument, durable, referensen:\n" + "\n".join(map(str, mismatches[:5]))


def test_generated_documents_exercise_every_rule_both_ways(rulebook, differential):
    """The differential means something only if each rule and derived fact is both hit and missed."""
    rulebook = rulebook.for_subject("förfrågningsunderlag")
    fired_codes = [{code for code, _ in r[0]} for _, _, r in differential]
    derived = [r[2] for _, _, r in differential]
    for rule in rulebook.rules:
        hits = sum(rule.code in codes for codes in fired_codes)
        assert 0 < hits < len(differential), f"{rule.code} träffas i {hits} av {len(differential)} underlag"
    for d in rulebook.derivations:
        hits = sum(d.code in facts for facts in derived)
        assert 0 < hits < len(differential), f"slutsatsen {d.code} gäller i {hits} av {len(differential)} underlag"
    assert any(index is not None and index > 0 for _, _, r in differential for _, index in r[0])


# --- Numbers durable_rules cannot parse ---------------------------------------------------------

BIG_NUMBERS = """\
id: STORA-TAL
titel: Stora tal
upphandlande_myndighet: {namn: Exempelby kommun, typ: kommunal}
lagrum: LOU
regim: direktivstyrd
annonseringsdatum: 2026-03-02
uppskattat_värde: {totalt: {lägst: 1, högst: 100000000000000000}, per_år: 1000000000000000}
avtalstid: {grundperiod_månader: 1200, förlängning_månader: 0}
kvalificeringskrav:
  - typ: omsättning
    belopp: 30000000
miljökrav:
  - {område: Transporter, nivå: bas, användning: kontraktsvillkor}
okända_uppgifter: ['miljökrav[+]']
"""


def test_numbers_python_writes_with_an_exponent_do_not_crash_durable_rules(tmp_path):
    """durable_rules' C engine killed the process on `1e+16` (a span's upper bound, a yearly value over a
    long period, the count of a partial list): every evaluator now gives the same findings."""
    path = tmp_path / "stora.yaml"
    path.write_text(BIG_NUMBERS, encoding="utf-8")
    outputs = {}
    for motor in ("native", "durable"):
        result = subprocess.run([sys.executable, "-m", "kravmotor", "granska", "--motor", motor, "--format", "json", str(path)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode in (0, 1), (motor, result.returncode, result.stderr[-2000:])
        outputs[motor] = result.stdout
    assert outputs["durable"] == outputs["native"]
    assert "AVT-09" in outputs["native"]


def test_the_real_rulebook_keeps_every_ruleset_within_durable_rules_limits(rulebook):
    """durable_rules refuses a ruleset of about 400 rules (error 108), refuses a fact that passes more than 64
    tests at once (error 303, which the real rulebook's first stratum reached on a plain document before it
    was split) and crashes on a fact of about 250 fields: every ruleset stays within the limits, and that
    document is checked as on native."""
    from kravmotor.motor import durable_backend as db
    from kravmotor.motor import durable_compile as dc

    engine = DurableEngine(rulebook.rules, rulebook.derivations)
    assert len(engine.definitions) > 3  # the first stratum alone needs several rulesets
    for definition in engine.definitions.values():
        rules = {k: v for k, v in definition.items() if k != dc.SINK}
        assert len(rules) <= db.RULES_PER_RULESET and not db._too_much(dc.fact_load(rules))
    raw = {"id": "Text", "titel": "Text", "upphandlande_myndighet": {"namn": "Text", "typ": "statlig"}, "lagrum": "LOU",
           "regim": "direktivstyrd", "förfarande": "öppet", "upphandlingsslag": "varor", "cpv_koder": [],
           "uppskattat_värde": {"totalt": 0}, "avtalstid": {"grundperiod_månader": 0}, "annonseringsdatum": "2014-06-30",
           "sista_anbudsdag": "2014-06-30", "ramavtal": False, "tillgänglighet": {"används_av_personer": False},
           "utvärderingsmodell": {"tilldelningsgrund": "pris", "viktning": "procent", "pris_vikt": 0}}
    document = Förfrågningsunderlag.model_validate(raw)
    native, durable = Checker(rulebook, "native").check(document), Checker(rulebook, "durable").check(document)
    assert [f.model_dump() for f in durable.findings] == [f.model_dump() for f in native.findings]


THRESHOLDS = [1_000 * k for k in range(1, 81)]  # 80 tests of one field that a large value passes at once


@pytest.mark.parametrize("limit, value", [("MAX_FACT_TESTS", 10), ("MAX_FACT_FIELDS", 3), ("RULES_PER_RULESET", 20)])
def test_each_limit_splits_a_stratum_and_the_findings_stay_the_same(monkeypatch, limit, value):
    """Each of the limits above splits a stratum on its own (shown by lowering it), and the split rulesets
    decide as the reference does; with the real limits 80 tests one fact passes at once (more than durable's
    64) are split too."""
    from kravmotor.motor import durable_backend as db
    from kravmotor.motor import durable_compile as dc

    fields = ["uppskattat_värde.totalt", "uppskattat_värde.per_år", "avtalstid.grundperiod_månader",
              "avtalstid.förlängning_månader", "annonseringsdatum", "sista_anbudsdag"]
    text = "".join(regel(f"TT-{k + 1:02d}", f"uppskattat_värde.totalt < {t}") for k, t in enumerate(THRESHOLDS))
    text += "".join(regel(f"TU-{k + 1:02d}", f"{f} saknas") for k, f in enumerate(fields))
    data = doc(uppskattat_värde={"totalt": 10**6, "per_år": 10}, avtalstid={"grundperiod_månader": 1},
               sista_anbudsdag="2026-04-01")
    _, unsplit = build(text)
    monkeypatch.setattr(db if hasattr(db, limit) else dc, limit, value)
    rulebook, engine = build(text)
    assert len(engine.definitions) > len(unsplit.definitions)
    for definition in engine.definitions.values():
        rules = {k: v for k, v in definition.items() if k != dc.SINK}
        assert len(rules) <= db.RULES_PER_RULESET and not db._too_much(dc.fact_load(rules))
    expected = reference(rulebook, data)
    assert len(expected[0]) == len(THRESHOLDS) + len(fields)  # every rule fires
    assert plain(engine.evaluate(data, {})) == plain(unsplit.evaluate(data, {})) == expected
