"""The feature steps hold a scenario to the rulebook: a step naming a rule code (or a derived fact) that
the rulebook does not have fails, saying so, instead of passing (`ger regeln PROP-99 inget fynd` held
whatever the rules did). Every step definition of tests/test_features.py that takes a code is found
through pytest-bdd's registry, so a step added later is held to it too."""

from __future__ import annotations

import inspect

import pytest
from pytest_bdd.steps import step_function_context_registry

import test_features

CODE_GROUPS = ("code", "codes")


def _steps_with(groups: tuple[str, ...]):
    found = [c for c in step_function_context_registry.values()
             if c.step_func.__module__ == test_features.__name__
             and set(groups) & set(c.parser.regex.groupindex if hasattr(c.parser, "regex") else ())]
    return sorted(found, key=lambda c: c.step_func.__name__)


CODE_STEPS = _steps_with(CODE_GROUPS)
DERIVATION_STEPS = [s for s in _steps_with(("name",)) if "slutsatsen" in s.parser.regex.pattern]


def _call(step, rulebook, **values):
    """The step function with the given values for its groups, the rulebook, and an empty scenario context."""
    arguments = {}
    for name in inspect.signature(step.step_func).parameters:
        if name == "rulebook":
            arguments[name] = rulebook
        elif name == "context":
            arguments[name] = {}
        else:
            arguments[name] = values.get(name, "x")
    return step.step_func(**arguments)


def test_the_steps_that_take_a_code_are_found():
    names = {s.step_func.__name__ for s in CODE_STEPS}
    assert {"no_finding", "has_outcome", "add_justification", "criterion_answer", "missing_fact"} <= names
    assert {"derived_fact", "derived_fact_maybe"} <= {s.step_func.__name__ for s in DERIVATION_STEPS}


@pytest.mark.parametrize("step", CODE_STEPS, ids=lambda s: s.step_func.__name__)
def test_a_step_naming_a_code_the_rulebook_lacks_fails(step, rulebook):
    unknown = "DAL-9999" if "DAL-" in step.parser.regex.pattern else "PROP-99"
    assert unknown not in {r.code for r in rulebook.rules}
    with pytest.raises(pytest.fail.Exception, match=f"steget nämner {unknown}, men regelboken har ingen regel"):
        _call(step, rulebook, code=unknown, codes=unknown)


def test_the_message_suggests_the_nearest_code(rulebook):
    with pytest.raises(pytest.fail.Exception, match="menade du PROP-01"):
        test_features.no_finding({}, "PORP-01", rulebook)


def test_a_known_code_passes_the_check(rulebook):
    from types import SimpleNamespace

    test_features.no_finding({"result": SimpleNamespace(findings=[])}, "PROP-01", rulebook)


@pytest.mark.parametrize("step", DERIVATION_STEPS, ids=lambda s: s.step_func.__name__)
def test_a_step_naming_a_derived_fact_the_rulebook_lacks_fails(step, rulebook):
    with pytest.raises(pytest.fail.Exception, match="ingen slutsats med det namnet"):
        _call(step, rulebook, name="omsättningskrav_över_årsvärdet_x", holds="gäller inte")
