"""The native evaluator: rules compiled to Python source, checked against the reference semantics.

Each case is a small rule set and a document; the native evaluator (both its
functions: the two-valued one where nothing is unknown, the three-valued one
always), durable_rules and `evaluate.reference` must fire the same rules on the
same elements, leave the same ones undecided and conclude the same derived facts.
The cases with unknown facts and spans also state the expected answer.
"""

from __future__ import annotations

import pytest

from conftest import MOTORS
from kravmotor.errors import RuleError
from kravmotor.motor.native_backend import NativeEngine
from kravmotor.values import is_number
from rulekit import compile_text, doc, facts, plain, reference, regel, slutsats

LOTS = [{"namn": "a", "uppskattat_värde": 6, "cpv_koder": ["45210000-2"]}, {"namn": "b"}]

CASES = {
    # A comparison with a missing value is false, however it is negated.
    "missing value": (regel("TT-01", "uppskattat_värde.per_år > 5") + regel("TT-02", "inte uppskattat_värde.per_år > 5"),
                      {"uppskattat_värde": {"totalt": 10}}),
    "present value": (regel("TT-01", "uppskattat_värde.per_år > 5") + regel("TT-02", "inte uppskattat_värde.per_år > 5"),
                      {"uppskattat_värde": {"totalt": 10, "per_år": 3}}),
    "equal at the boundary": (regel("TT-01", "uppskattat_värde.totalt <= 10") + regel("TT-02", "uppskattat_värde.totalt < 10")
                              + regel("TT-03", "uppskattat_värde.totalt = 10") + regel("TT-04", "uppskattat_värde.totalt != 10"),
                              {"uppskattat_värde": {"totalt": 10}}),
    "empty list is absent": (regel("TT-01", "cpv_koder finns") + regel("TT-02", "cpv_koder saknas"), {"cpv_koder": []}),
    "list inside an absent object": (regel("TT-01", "avtalstid.optioner finns") + regel("TT-02", "avtalstid.optioner saknas"), {}),
    "list with elements is present": (regel("TT-01", "cpv_koder finns") + regel("TT-02", "cpv_koder saknas"), {}),
    "prefix and its negation": (regel("TT-01", 'titel börjar med "Sce"') + regel("TT-02", 'inte titel börjar med "Sce"')
                                + regel("TT-03", 'inte skäl_mot_uppdelning börjar med "x"'), {"titel": "Test"}),
    "quantifiers over empty list": (regel("TT-01", "någon delkontrakt som dk där (dk.uppskattat_värde > 5)")
                                    + regel("TT-02", "ingen delkontrakt som dk där (dk.uppskattat_värde > 5)")
                                    + regel("TT-03", "alla delkontrakt som dk där (dk.uppskattat_värde > 5)"), {"delkontrakt": []}),
    "quantifiers over lots": (regel("TT-01", "någon delkontrakt som dk där (dk.uppskattat_värde > 5)")
                              + regel("TT-02", "ingen delkontrakt som dk där (dk.uppskattat_värde > 5)")
                              + regel("TT-03", "alla delkontrakt som dk där (dk.uppskattat_värde > 5)"), {"delkontrakt": LOTS}),
    "quantifier over a list of texts": (
        regel("TT-01", 'ingen cpv_koder som k där (k börjar med "45")') + regel("TT-02", 'någon cpv_koder som k där (k = "79000000-4")'),
        {"cpv_koder": ["79000000-4", "45210000-2"]}),
    "for each, with index": (regel("TT-01", "dk.uppskattat_värde > 5", för_varje="delkontrakt som dk där dk.namn finns"),
                             {"delkontrakt": LOTS + [{"namn": "c", "uppskattat_värde": 1}]}),
    "arithmetic, days and count": (
        regel("TT-01", "uppskattat_värde.totalt - uppskattat_värde.per_år * 2 < 1")
        + regel("TT-02", "dagar från annonseringsdatum till sista_anbudsdag > 40")
        + regel("TT-03", "antal delkontrakt > 1"),
        {"uppskattat_värde": {"totalt": 10, "per_år": 5}}),
    "division by zero is missing": (regel("TT-01", "uppskattat_värde.totalt / uppskattat_värde.per_år > 1")
                                    + regel("TT-02", "inte uppskattat_värde.totalt / uppskattat_värde.per_år > 1"),
                                    {"uppskattat_värde": {"totalt": 10, "per_år": 0}}),
    "derived fact over a list": (
        'slutsats stort_delkontrakt "S"\n  källa "test"\n  för varje delkontrakt som dk där dk.uppskattat_värde > 5\nslut\n'
        + regel("TT-01", "inte slutsats stort_delkontrakt"), {"delkontrakt": LOTS}),
    "minst N av": (regel("TT-01", "inte minst 2 av (regim = \"direktivstyrd\", förfarande = \"öppet\", brådskande)"), {}),
    # Aggregates: of a list's elements (a missing value makes a sum missing), of parts, inside a
    # för varje element and inside a quantifier.
    "aggregates over a list": (
        regel("TT-01", "antal delkontrakt som dk där (dk.uppskattat_värde > 5) >= 2")
        + regel("TT-02", "summa delkontrakt som dk av (dk.uppskattat_värde) > 100")
        + regel("TT-03", "inte summa delkontrakt som dk av (dk.uppskattat_värde) > 100")
        + regel("TT-04", "medel delkontrakt som dk av (dk.uppskattat_värde) = 8"),
        {"delkontrakt": [{"namn": "a", "uppskattat_värde": 6}, {"namn": "b", "uppskattat_värde": 10}]}),
    "a missing value makes a sum missing": (
        regel("TT-01", "summa delkontrakt som dk av (dk.uppskattat_värde) > 1")
        + regel("TT-02", "inte summa delkontrakt som dk av (dk.uppskattat_värde) > 1")
        + regel("TT-03", "antal delkontrakt som dk där (dk.uppskattat_värde finns) = 1"), {"delkontrakt": LOTS}),
    "aggregates over an empty and a missing list": (
        regel("TT-01", "summa delkontrakt som dk av (dk.uppskattat_värde) = 0")
        + regel("TT-02", "antal delkontrakt som dk där (dk.namn finns) = 0")
        + regel("TT-03", "medel delkontrakt som dk av (dk.uppskattat_värde) > 0")
        + regel("TT-04", "inte medel delkontrakt som dk av (dk.uppskattat_värde) > 0")
        + regel("TT-05", "antal avtalstid.optioner som o där (o.månader > 1) = 0"), {"delkontrakt": []}),
    "aggregates over parts": (
        regel("TT-01", "antal av (regim = \"direktivstyrd\", brådskande, förhandsannons, elektronisk_anbudsgivning) = 2")
        + regel("TT-02", "summa av (uppskattat_värde.totalt, uppskattat_värde.per_år, 1) = 16")
        + regel("TT-03", "medel av (uppskattat_värde.totalt, uppskattat_värde.per_år) < 8")
        + regel("TT-04", "medel av (uppskattat_värde.totalt, uppskattat_värde.per_år) / 0 > 1"),
        {"uppskattat_värde": {"totalt": 10, "per_år": 5}, "brådskande": True, "förhandsannons": False}),
    "aggregates about a för varje element and inside a quantifier": (
        regel("TT-01", "antal av (dk.uppskattat_värde > 5, dk.namn = \"a\") >= 1", för_varje="delkontrakt som dk")
        + regel("TT-02", "summa av (dk.uppskattat_värde, 1) < 8", för_varje="delkontrakt som dk där dk.uppskattat_värde finns")
        + regel("TT-03", "någon delkontrakt som dk där (summa av (dk.uppskattat_värde, uppskattat_värde.per_år) > 10)")
        + regel("TT-04", "antal delkontrakt som x där (x.uppskattat_värde > dk.uppskattat_värde) = 0",
                för_varje="delkontrakt som dk"),
        {"delkontrakt": [{"namn": "a", "uppskattat_värde": 6}, {"namn": "b", "uppskattat_värde": 9}, {"namn": "c"}],
         "uppskattat_värde": {"totalt": 30, "per_år": 3}}),
    "a derived fact counted, in a later stratum": (
        slutsats("stor", "uppskattat_värde.totalt > 5") + slutsats("lång", "avtalstid.grundperiod_månader > 12")
        + regel("TT-01", "antal av (slutsats stor, slutsats lång, brådskande) >= 2")
        + regel("TT-02", "antal av (slutsats stor, inte slutsats lång) = 2"),
        {"uppskattat_värde": {"totalt": 30}, "avtalstid": {"grundperiod_månader": 6}}),
    "minst 10 av 20": (
        regel("TT-01", "minst 10 av (" + ", ".join(f"uppskattat_värde.totalt > {n}" for n in range(20)) + ")")
        + regel("TT-02", "minst 12 av (" + ", ".join(f"uppskattat_värde.totalt > {n}" for n in range(20)) + ")"),
        {"uppskattat_värde": {"totalt": 10}}),
    "derived facts in strata, with negation": (
        slutsats("stor", "uppskattat_värde.totalt > 5")
        + slutsats("liten_men_uppdelad", "inte slutsats stor och antal delkontrakt > 0")
        + slutsats("varken", "inte slutsats stor och inte slutsats liten_men_uppdelad")
        + regel("TT-01", "inte slutsats varken") + regel("TT-02", "inte slutsats stor"),
        {"uppskattat_värde": {"totalt": 3}}),
    # One loop per list: quantifiers, a slutsats and för varje rules over the same list, some with
    # document conditions (tested once, before the loop) and a shared first test.
    "one loop for several rules over a list": (
        slutsats("stort", "någon delkontrakt som x där (x.uppskattat_värde > 5)")
        + regel("TT-01", "dk.uppskattat_värde < 100", för_varje="delkontrakt som dk där dk.namn finns")
        + regel("TT-02", "ingen delkontrakt som y där (y.namn = \"b\")", om="uppskattat_värde.totalt > 1")
        + regel("TT-03", "dk.uppskattat_värde < 7", om="regim = \"direktivstyrd\"",
                för_varje="delkontrakt som dk där dk.namn finns")
        + regel("TT-04", "inte slutsats stort") + regel("TT-05", "alla delkontrakt som z där (z.uppskattat_värde > 0)"),
        {"delkontrakt": LOTS + [{"namn": "c", "uppskattat_värde": 1}, {"namn": "d", "uppskattat_värde": 150}],
         "uppskattat_värde": {"totalt": 10}, "regim": "direktivstyrd"}),
    # A för varje rule whose document condition is a quantifier over its own list: a second walk.
    "för varje after a quantifier over its own list": (
        regel("TT-01", "dk.uppskattat_värde < 100", om="någon delkontrakt som x där (x.uppskattat_värde > 5)",
              för_varje="delkontrakt som dk där dk.uppskattat_värde finns")
        + regel("TT-02", "dk.uppskattat_värde < 100", om="ingen delkontrakt som x där (x.uppskattat_värde > 5)",
                för_varje="delkontrakt som dk där dk.uppskattat_värde finns"),
        {"delkontrakt": LOTS + [{"namn": "c", "uppskattat_värde": 1}, {"namn": "d", "uppskattat_värde": 150}]}),
    # A field only one rule reads is fetched inside that rule, after its earlier tests.
    "fetched by the rule that reads it": (
        regel("TT-01", "dagar från annonseringsdatum till sista_anbudsdag > 40", om="förfarande = \"öppet\"")
        + regel("TT-02", "avtalstid.grundperiod_månader + avtalstid.förlängning_månader <= 48")
        + regel("TT-03", "skäl_mot_uppdelning finns", om="regim = \"direktivstyrd\" och delkontrakt saknas"),
        {"förfarande": "öppet", "delkontrakt": [], "avtalstid": {"grundperiod_månader": 36, "förlängning_månader": 24}}),
}


# Three-valued cases: (rules, document changes, the expected (hits, undecided) as codes and indices).
UNKNOWN_CASES = {
    "an unknown value compared, either way": (
        regel("TT-01", "uppskattat_värde.totalt > 5") + regel("TT-02", "inte uppskattat_värde.totalt > 5"),
        {"okända_uppgifter": ["uppskattat_värde.totalt"]}, (set(), {("TT-01", None), ("TT-02", None)})),
    "a known part decides och and eller": (
        regel("TT-01", "uppskattat_värde.totalt > 5 eller regim = \"direktivstyrd\"")
        + regel("TT-02", "uppskattat_värde.totalt > 5 och regim != \"direktivstyrd\"")
        + regel("TT-03", "uppskattat_värde.totalt > 5 och regim = \"direktivstyrd\""),
        {"okända_uppgifter": ["uppskattat_värde"]}, ({("TT-02", None)}, {("TT-03", None)})),
    "finns and saknas on an unknown value": (
        regel("TT-01", "sista_anbudsdag finns") + regel("TT-02", "sista_anbudsdag saknas")
        + regel("TT-03", "skäl_mot_uppdelning saknas"),
        {"sista_anbudsdag": None}, (set(), {("TT-01", None), ("TT-02", None)})),
    "quantifiers over an unknown list": (
        regel("TT-01", "någon delkontrakt som dk där (dk.uppskattat_värde > 5)")
        + regel("TT-02", "ingen delkontrakt som dk där (dk.uppskattat_värde > 5)")
        + regel("TT-03", "antal delkontrakt > 1") + regel("TT-04", "delkontrakt finns"),
        {"okända_uppgifter": ["delkontrakt"]},
        (set(), {("TT-01", None), ("TT-02", None), ("TT-03", None), ("TT-04", None)})),
    "the count of a list that may hold more than it shows": (
        regel("TT-01", "antal delkontrakt >= 1") + regel("TT-02", "antal delkontrakt <= 1")
        + regel("TT-03", "antal delkontrakt >= 3") + regel("TT-04", "antal delkontrakt < 1")
        + regel("TT-05", "antal delkontrakt > antal miljökrav"),
        {"delkontrakt": [{"namn": "a", "uppskattat_värde": 1}], "miljökrav": [],
         "okända_uppgifter": ["delkontrakt[+]"]},
        ({("TT-04", None)}, {("TT-02", None), ("TT-03", None)})),  # at least one, how many more nobody knows
    "quantifiers over elements with an unknown field": (
        regel("TT-01", "någon delkontrakt som dk där (dk.uppskattat_värde > 5)")
        + regel("TT-02", "ingen delkontrakt som dk där (dk.uppskattat_värde > 5)"),
        {"delkontrakt": [{"namn": "a", "uppskattat_värde": 1}, {"namn": "b", "uppskattat_värde": 9}],
         "okända_uppgifter": ["delkontrakt[0].uppskattat_värde"]},
        ({("TT-02", None)}, set())),  # element 1 decides: some lot is above 5
    "för varje over an unknown list, and its document condition": (
        regel("TT-01", "dk.uppskattat_värde < 5", för_varje="delkontrakt som dk")
        + regel("TT-02", "dk.uppskattat_värde < 5", om="regim = \"19 kap.\"", för_varje="delkontrakt som dk"),
        {"okända_uppgifter": ["delkontrakt"]}, (set(), {("TT-01", None)})),
    "för varje with an unknown element and an unknown field": (
        regel("TT-01", "dk.uppskattat_värde < 5", för_varje="delkontrakt som dk"),
        {"delkontrakt": [{"namn": "a", "uppskattat_värde": 9}, {"namn": "b", "uppskattat_värde": 1}, {"namn": "c"}],
         "okända_uppgifter": ["delkontrakt[2]", "delkontrakt[1].uppskattat_värde"]},
        ({("TT-01", 0)}, {("TT-01", 1), ("TT-01", 2)})),
    "an unknown derived fact in a later stratum": (
        slutsats("stor", "uppskattat_värde.totalt > 5")
        + regel("TT-01", "inte slutsats stor") + regel("TT-02", "inte slutsats stor eller regim = \"direktivstyrd\""),
        {"okända_uppgifter": ["uppskattat_värde"]}, (set(), {("TT-01", None)})),
    "days and arithmetic with an unknown": (
        regel("TT-01", "dagar från annonseringsdatum till sista_anbudsdag > 100")
        + regel("TT-02", "uppskattat_värde.totalt - uppskattat_värde.per_år * 2 < 1"),
        {"sista_anbudsdag": None, "okända_uppgifter": ["uppskattat_värde.per_år"]},
        (set(), {("TT-01", None), ("TT-02", None)})),
    "division by zero is missing even with an unknown numerator": (
        regel("TT-01", "uppskattat_värde.totalt / 0 > 1") + regel("TT-02", "inte uppskattat_värde.totalt / 0 > 1"),
        {"okända_uppgifter": ["uppskattat_värde.totalt"]}, (set(), set())),
    "an amount known as a span": (
        regel("TT-01", "uppskattat_värde.totalt < 10") + regel("TT-02", "uppskattat_värde.totalt < 30")
        + regel("TT-03", "uppskattat_värde.totalt * 2 > 30") + regel("TT-04", "uppskattat_värde.totalt = 15")
        + regel("TT-05", "uppskattat_värde.totalt != 40"),
        {"uppskattat_värde": {"totalt": {"lägst": 10, "högst": 20}}},
        ({("TT-01", None)}, {("TT-03", None), ("TT-04", None)})),
    "a count with an unknown part is a span": (
        regel("TT-01", "antal av (förfarande = \"öppet\", regim = \"direktivstyrd\") >= 2")
        + regel("TT-02", "antal av (förfarande = \"öppet\", regim = \"direktivstyrd\") >= 1")
        + regel("TT-03", "antal av (förfarande = \"öppet\", regim = \"direktivstyrd\") < 1")
        + regel("TT-04", "antal delkontrakt som dk där (dk.uppskattat_värde > 5) = 1"),
        {"delkontrakt": [{"namn": "a", "uppskattat_värde": 9}, {"namn": "b", "uppskattat_värde": 1}],
         "okända_uppgifter": ["förfarande", "delkontrakt[1].uppskattat_värde"]},
        ({("TT-03", None)}, {("TT-01", None), ("TT-04", None)})),  # the count is 1 to 2
    "an unknown value makes a sum unknown; a missing one missing": (
        regel("TT-01", "summa delkontrakt som dk av (dk.uppskattat_värde) > 5")
        + regel("TT-02", "inte summa delkontrakt som dk av (dk.uppskattat_värde) > 5")
        + regel("TT-03", "summa av (uppskattat_värde.totalt, uppskattat_värde.per_år) > 5"),
        {"delkontrakt": [{"namn": "a", "uppskattat_värde": 9}, {"namn": "b", "uppskattat_värde": 1}],
         "uppskattat_värde": {"totalt": 10}, "okända_uppgifter": ["delkontrakt[1].uppskattat_värde"]},
        (set(), {("TT-01", None), ("TT-02", None)})),  # TT-03: a comparison with a missing sum is false both ways
    "aggregates of spans are spans": (
        regel("TT-01", "summa av (uppskattat_värde.totalt, 5) > 14") + regel("TT-02", "summa av (uppskattat_värde.totalt, 5) > 20")
        + regel("TT-03", "medel av (uppskattat_värde.totalt, 30) < 26") + regel("TT-04", "medel av (uppskattat_värde.totalt, 30) < 20"),
        {"uppskattat_värde": {"totalt": {"lägst": 10, "högst": 20}}},
        ({("TT-04", None)}, {("TT-02", None)})),  # sum 15 to 25, mean 20 to 25
    "aggregates over an unknown list": (
        regel("TT-01", "antal delkontrakt som dk där (dk.namn finns) >= 0")
        + regel("TT-02", "medel delkontrakt som dk av (dk.uppskattat_värde) > 1"),
        {"okända_uppgifter": ["delkontrakt"]}, (set(), {("TT-01", None), ("TT-02", None)})),
    "minst N av with unknowns": (
        regel("TT-01", "inte minst 2 av (regim = \"direktivstyrd\", förfarande = \"öppet\", brådskande)")
        + regel("TT-02", "inte minst 3 av (regim = \"direktivstyrd\", förfarande = \"öppet\", brådskande)"),
        {"okända_uppgifter": ["förfarande"]}, (set(), {("TT-01", None)})),  # 3 of 3 is false: brådskande is not
}


def _agree(text: str, changes: dict, params: dict | None = None) -> tuple:
    """Every evaluator's outcome equals the reference's, which is returned."""
    rulebook = compile_text(text)
    data, uncertain = facts(**changes)
    params = params or {}
    expected = reference(rulebook, data, params)
    engine = NativeEngine(rulebook.rules, rulebook.derivations)
    assert plain(engine.evaluate(data, params)) == expected
    if not uncertain and all(is_number(v) for v in params.values()):
        assert plain(engine.evaluate_certain(data, params)) == expected
    if "durable" in MOTORS:
        from kravmotor.motor.durable_backend import DurableEngine

        try:
            durable = DurableEngine(rulebook.rules, rulebook.derivations)
        except RuleError as exc:  # refused at load time, clearly, never evaluated differently
            assert "durable_rules-motorn kan bara" in str(exc)
        else:
            assert plain(durable.evaluate(data, params)) == expected
    return expected


@pytest.mark.parametrize("name", CASES)
def test_native_agrees_with_reference_and_durable(name):
    _agree(*CASES[name])


@pytest.mark.parametrize("name", UNKNOWN_CASES)
def test_unknown_facts_give_the_expected_answer_on_every_evaluator(name):
    text, changes, (hits, undecided) = UNKNOWN_CASES[name]
    expected = _agree(text, changes)
    assert (expected[0], expected[1]) == (hits, undecided)


def test_a_span_parameter_decides_outside_the_span():
    text = 'parameter gräns "G"\n  värde mellan 10 och 20 från 2000-01-01 säkerhet M\nslut\n' + regel(
        "TT-01", "uppskattat_värde.totalt < parameter gräns", om="regim = \"direktivstyrd\"")
    from decimal import Decimal
    from kravmotor.values import Span

    for total, outcome in ((5, (set(), set())), (15, (set(), {("TT-01", None)})), (25, ({("TT-01", None)}, set()))):
        expected = _agree(text, {"uppskattat_värde": {"totalt": total}}, {"gräns": Span(Decimal(10), Decimal(20))})
        assert (expected[0], expected[1]) == outcome, total


def test_the_cases_are_not_trivial():
    """Across the cases some rules fire and some do not, so agreement means something."""
    fired = not_fired = 0
    for text, changes in CASES.values():
        rulebook = compile_text(text)
        hits = {h.rule.code for h in NativeEngine(rulebook.rules, rulebook.derivations).evaluate(doc(**changes), {}).hits}
        fired += len(hits)
        not_fired += len(rulebook.rules) - len(hits)
    assert fired >= 10 and not_fired >= 10


def test_parameters_are_numbers_and_a_parameter_without_value_is_unknown():
    rulebook = compile_text('parameter gräns "G"\n  värde 5 från 2000-01-01\nslut\n'
                            + regel("TT-01", "uppskattat_värde.totalt <= parameter gräns")
                            + regel("TT-02", "inte uppskattat_värde.totalt <= parameter gräns"))
    engine = NativeEngine(rulebook.rules, rulebook.derivations)
    from decimal import Decimal
    assert {h.rule.code for h in engine.evaluate_certain(doc(), {"gräns": Decimal(5)}).hits} == {"TT-01"}
    undecided = engine.evaluate(doc(), {})  # no value for the day: unknown, so neither rule is decided
    assert undecided.hits == () and {h.rule.code for h in undecided.undecided} == {"TT-01", "TT-02"}
    # The double of a parameter is remembered per value object: a new value is never the old one's.
    assert {h.rule.code for h in engine.evaluate_certain(doc(), {"gräns": Decimal(20_000_000)}).hits} == {"TT-02"}
    assert {h.rule.code for h in engine.evaluate_certain(doc(), {"gräns": Decimal(5)}).hits} == {"TT-01"}


def test_rule_text_never_becomes_source_code():
    """Constants from rule files are values in the namespace, not spelled into the generated source."""
    hostile = "\\\"); import os; os.system(\\\"echo pwned\\\"); (\\\""
    rulebook = compile_text(regel("TT-01", f'titel != "{hostile}"'))
    engine = NativeEngine(rulebook.rules, rulebook.derivations)
    assert "import" not in engine.source and "os.system" not in engine.source
    assert [h.rule.code for h in engine.evaluate(doc(titel='"); import os; os.system("echo pwned"); ("'), {}).hits] == ["TT-01"]


def test_generated_code_has_no_builtins_beyond_what_it_needs():
    rulebook = compile_text(regel("TT-01", "uppskattat_värde.totalt > 5"))
    engine = NativeEngine(rulebook.rules, rulebook.derivations)
    assert engine._check.__globals__ is engine._check3.__globals__
    assert set(engine._check.__globals__["__builtins__"]) == {"all", "any", "bool", "dict", "enumerate", "float", "len",
                                                              "list", "str"}


def test_outcomes_keep_code_order_and_an_empty_outcome_is_shared():
    """On the two-valued path, hits are a tuple in (code, index) order; with nothing fired the
    outcome is a shared constant that still carries the derived facts that hold (one possible
    fact, then two)."""
    from kravmotor.motor.outcome import NOTHING, Outcome

    one = compile_text(slutsats("stor", "uppskattat_värde.totalt > 5")
                       + regel("TT-01", "dk.uppskattat_värde > 5", för_varje="delkontrakt som dk där dk.namn finns")
                       + regel("TT-02", "antal delkontrakt >= 3")
                       + regel("TT-03", "dk.uppskattat_värde > 1", för_varje="delkontrakt som dk där dk.namn finns"))
    engine = NativeEngine(one.rules, one.derivations)
    lots = [{"namn": "a", "uppskattat_värde": 6}, {"namn": "b", "uppskattat_värde": 7}, {"namn": "c", "uppskattat_värde": 8}]
    small = engine.evaluate_certain(doc(delkontrakt=lots, uppskattat_värde={"totalt": 3}), {})
    assert small is NOTHING and small.hits == () and small.derived == frozenset()
    big = engine.evaluate_certain(doc(delkontrakt=lots, uppskattat_värde={"totalt": 30}), {})
    assert big.hits == () and big.derived == {"stor"}
    assert engine.evaluate_certain(doc(delkontrakt=lots, uppskattat_värde={"totalt": 40}), {}) is big

    fired = engine.evaluate_certain(doc(delkontrakt=[{"namn": "a", "uppskattat_värde": 1}, {"namn": "b", "uppskattat_värde": 2}],
                                uppskattat_värde={"totalt": 3}), {})
    assert isinstance(fired, Outcome) and isinstance(fired.hits, tuple)
    assert [(h.rule.code, h.index) for h in fired.hits] == [("TT-01", 0), ("TT-01", 1), ("TT-02", None), ("TT-03", 0)]
    assert fired.derived == frozenset()

    two = compile_text(slutsats("stor", "uppskattat_värde.totalt > 5") + slutsats("mycket_stor", "uppskattat_värde.totalt > 50")
                       + regel("TT-01", "uppskattat_värde.totalt < 1000"))
    engine = NativeEngine(two.rules, two.derivations)
    assert engine.evaluate_certain(doc(uppskattat_värde={"totalt": 3}), {}) is NOTHING
    assert engine.evaluate_certain(doc(uppskattat_värde={"totalt": 30}), {}).derived == {"stor"}
    huge = engine.evaluate_certain(doc(uppskattat_värde={"totalt": 300}), {})
    assert huge.hits == () and huge.derived == {"stor", "mycket_stor"}


def test_an_outcome_built_from_a_list_holds_a_tuple():
    """The durable evaluator builds its outcome from a sorted list; both evaluators then return the same type."""
    from kravmotor.motor.outcome import Hit, Outcome

    rulebook = compile_text(regel("TT-01", "antal delkontrakt > 5"))
    hit = Hit(rulebook.rules[0], None)
    outcome = Outcome([hit], frozenset({"x"}))
    assert outcome.hits == (hit,) and outcome.derived == {"x"}
    assert outcome == Outcome((hit,), frozenset({"x"})) and outcome != Outcome((), frozenset({"x"}))
