"""`Checker.check` takes findings from the runner's memo (`RuleRunner.compact`) and makes each a model once
per distinct finding: every document must get exactly the findings, in the same order, and the derived
facts that building them directly (`RuleRunner.run`, the path before the memo) gives."""

from __future__ import annotations

import gc
import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.model.loading import load_document
from kravmotor.motor.facts import document_facts
from kravmotor.motor.pipeline import Checker
from strategies import DocumentStrategies

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")  # the rulebook's long repr


def _directly(checker: Checker, doc: Förfrågningsunderlag, file: str):
    data, uncertain = document_facts(doc, checker.rulebook.classifications)
    return checker._check_directly(doc, file, data, uncertain, {m.regel: m.text for m in doc.motiveringar})


def _same(checker: Checker, doc: Förfrågningsunderlag, file: str = "u.yaml") -> None:
    expected = _directly(checker, doc, file)
    got = checker.check(doc, file)
    assert [f.model_dump() for f in got.findings] == [f.model_dump() for f in expected.findings]
    assert got.derived == expected.derived
    assert (got.document_id, got.file) == (expected.document_id, expected.file)


@pytest.fixture(scope="module")
def memo_checker(rulebook):
    return Checker(rulebook)  # its own memo, shared by every document of this module


@pytest.fixture(scope="module")
def strategies(rulebook):
    return DocumentStrategies(rulebook)


def test_the_examples_twice(memo_checker):
    assert EXAMPLES
    for _ in range(2):  # the second time every finding comes from the memo
        for path in EXAMPLES:
            _same(memo_checker, load_document(path), str(path))


def test_the_bench_documents(memo_checker):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import bench_granska
    finally:
        sys.path.pop(0)
    rng = random.Random(7)
    for n in range(300):  # values repeat across them, as in a batch: memo hits and misses
        _same(memo_checker, Förfrågningsunderlag.model_validate(bench_granska.generate_document(rng, n)))


@settings(max_examples=300, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_documents_with_unknowns_and_justifications(data, strategies, memo_checker):
    raw = data.draw(strategies.document(), label="dokument")
    raw["okända_uppgifter"] = data.draw(strategies.unknowns(raw), label="okända")
    raw["motiveringar"] = data.draw(st.lists(st.fixed_dictionaries(
        {"regel": st.sampled_from(strategies.rule_codes), "text": st.sampled_from(["Skäl A.", "Skäl B."])}),
        max_size=2, unique_by=lambda m: m["regel"]), label="motiveringar")
    _same(memo_checker, Förfrågningsunderlag.model_validate(raw))


def test_the_derived_facts_are_worked_out_once(memo_checker):
    result = memo_checker.check(load_document(EXAMPLES[0]), "x.yaml")
    first = result.derived
    assert result.derived is first


def test_checking_leaves_nothing_for_the_collector(rulebook):
    """A rule undecided on a new subject is explained (`evaluate.Explainer`), whose env asks it back why a derived
    fact is unknown: held weakly, so the two (and the subject's data) go as soon as the check is done, rather
    than at the collector's next pass; a batch of thousands of files freezes what is alive between files."""
    examples = Path(__file__).resolve().parent.parent / "examples"
    first, second = (load_document(examples / name) for name in ("lokalvard-kommun.yaml", "byggentreprenad-skola.yaml"))
    second = second.model_copy(update={"okända_uppgifter": ["uppskattat_värde", "annonseringsdatum"]})
    checker = Checker(rulebook)
    checker.check(first)  # what the first check builds once (the memo's tables) is not garbage
    gc.collect()
    gc.disable()  # no collection of its own while checking: what it would free is what this looks for
    try:
        result = checker.check(second)
        assert any(f.utfall == "underlag saknas" for f in result.findings)  # undecided rules were explained
        assert gc.collect() == 0
    finally:
        gc.enable()
