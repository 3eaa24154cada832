"""The two evaluators, and the reference semantics, agree on random valid documents.

Documents come from `strategies.DocumentStrategies`, which follows the document
model and draws values at the rulebook's own boundaries. For each document the
native evaluator and durable_rules must produce identical findings (codes,
outcomes, messages, values, fields) and derived facts, and both must fire
exactly where `evaluate.holds` says, for every rule of the real rulebook.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MOTORS
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.motor.facts import document_data, resolve_parameters
from strategies import DocumentStrategies
from rulekit import reference

pytestmark = [
    pytest.mark.skipif(len(MOTORS) < 2, reason="durable_rules finns inte för den här Python-versionen"),
    # Hypothesis warns that the rulebook fixture has a long repr; that is expected.
    pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning"),
]


@pytest.fixture(scope="module")
def documents(rulebook):
    return DocumentStrategies(rulebook).document()

SETTINGS = settings(max_examples=500, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(data=st.data())
def test_evaluators_agree_with_each_other_and_with_the_reference(data, documents, rulebook, checkers):
    raw = data.draw(documents, label="dokument")
    doc = Förfrågningsunderlag.model_validate(raw)
    native, durable = checkers["native"].check(doc, "slump.yaml"), checkers["durable"].check(doc, "slump.yaml")
    assert [f.model_dump() for f in durable.findings] == [f.model_dump() for f in native.findings]
    assert durable.derived == native.derived

    rules = checkers["native"].rulebook  # the rules about documents
    facts = document_data(doc, rules.classifications)
    resolved = resolve_parameters(rules.parameters, facts, rules.param_conditions)
    params = {name: p.value for name, p in resolved.items() if p.value is not None}
    expected_hits, expected_derived = reference(rules, facts, params)
    outcome = checkers["native"].engine.evaluate(facts, params)
    assert {(h.rule.code, h.index) for h in outcome.hits} == expected_hits
    assert outcome.derived == expected_derived


def test_generated_documents_reach_most_rules(documents, rulebook, checkers):
    """The generator is only worth something if random documents make the rules fire."""
    fired: set[str] = set()

    @settings(max_examples=500, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(raw=documents)
    def collect(raw):
        result = checkers["native"].check(Förfrågningsunderlag.model_validate(raw))
        fired.update(f.kod for f in result.findings)

    collect()
    codes = {r.code for r in checkers["native"].rulebook.rules}
    assert len(fired & codes) >= len(codes) / 2, sorted(codes - fired)


# --- Suppliers ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def suppliers(rulebook):
    return DocumentStrategies(rulebook).supplier()


@SETTINGS
@given(data=st.data())
def test_evaluators_agree_on_suppliers(data, suppliers, documents, rulebook, screeners):
    """Random suppliers, alone or against a random procurement: native = durable = reference on every rule."""
    import datetime as dt

    from kravmotor.model.leverantor import Leverantör
    from kravmotor.motor.facts import supplier_data

    supplier = Leverantör.model_validate(data.draw(suppliers, label="leverantör"))
    procurement = data.draw(st.one_of(st.none(), documents), label="upphandling")
    procurement = Förfrågningsunderlag.model_validate(procurement) if procurement is not None else None
    day = data.draw(st.dates(dt.date(2016, 1, 1), dt.date(2027, 12, 31)), label="granskningsdag")
    results = {m: s.screen(supplier, day=day, procurement=procurement) for m, s in screeners.items()}
    native = results.pop("native")
    for other in results.values():
        assert [f.model_dump() for f in other.findings] == [f.model_dump() for f in native.findings]
        assert (other.derived, other.risk) == (native.derived, native.risk)

    screener = screeners["native"]
    rules = screener.rulebook
    facts, _, _ = supplier_data(supplier, day=day, level=0,
                                procurement=document_data(procurement, rules.classifications) if procurement else None)
    resolved = resolve_parameters(rules.parameters, facts, rules.param_conditions, "granskningsdatum")
    params = {name: p.value for name, p in resolved.items() if p.value is not None}
    expected_hits, expected_derived = reference(rules, facts, params)
    outcome = screener.runner.engine.evaluate(facts, params)
    assert {(h.rule.code, h.index) for h in outcome.hits} == expected_hits
    assert outcome.derived == expected_derived
