"""Facts a source does not carry: a rule that needs one reports *underlag saknas*, never a guess."""

from __future__ import annotations

import copy

import pytest
from pydantic import ValidationError

from documents import BASE_DOCUMENT
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.motor import evaluate
from kravmotor.motor.facts import document_data


def _doc(unknown: list[str], **changes) -> Förfrågningsunderlag:
    raw = copy.deepcopy(BASE_DOCUMENT)
    for name in unknown:
        raw.pop(name.split(".")[0], None) if "." not in name else None
    raw.update(changes)
    raw["okända_uppgifter"] = unknown
    return Förfrågningsunderlag.model_validate(raw)


def _by_code(result):
    return {f.kod: f for f in result.findings}


def _not_tried_unless_inapplicable(checker, doc, codes):
    """Each rule is reported as not tried, or its own `om` is false on the known facts (so it does not apply)."""
    findings = _by_code(checker.check(doc))
    env = evaluate.Env(document_data(doc, checker.rulebook.classifications))
    tried = 0
    for code in codes:
        if code in findings:
            assert findings[code].utfall == "underlag saknas", code
            tried += 1
        else:
            assert not evaluate.holds(checker.rulebook.rule(code).applies, env), code
    assert tried, "some rule needs the unknown field"
    return findings


def test_a_required_field_may_be_missing_only_when_declared_unknown():
    raw = copy.deepcopy(BASE_DOCUMENT)
    del raw["regim"]
    with pytest.raises(ValidationError) as info:
        Förfrågningsunderlag.model_validate(raw)
    assert info.value.errors()[0]["type"] == "missing"
    assert Förfrågningsunderlag.model_validate({**raw, "okända_uppgifter": ["regim"]}).regim is None
    # lagrum defaults to LOU when left out; null only when declared unknown
    assert Förfrågningsunderlag.model_validate({**BASE_DOCUMENT, "lagrum": None, "okända_uppgifter": ["lagrum"]}).lagrum is None
    with pytest.raises(ValidationError):
        Förfrågningsunderlag.model_validate({**BASE_DOCUMENT, "lagrum": None})


def test_unknown_paths_must_be_fields():
    with pytest.raises(ValidationError, match="”regimen” är inget fält"):
        _doc(["regimen"])


def test_rules_reading_an_unknown_field_are_not_tried(checkers, rulebook):
    for checker in checkers.values():
        readers = {r.code for r in checker.rulebook.rules if "regim" in r.reads and r.valid_to is None}
        findings = _not_tried_unless_inapplicable(checker, _doc(["regim"]), readers)
        for code in readers & findings.keys():
            assert findings[code].fält == ["regim"]
            assert "underlaget saknar uppgift om ”regim”" in findings[code].meddelande


def test_unknown_whole_object_covers_its_fields(checker, rulebook):
    # PROP rules read uppskattat_värde.totalt; declaring the object unknown covers the field
    readers = {r.code for r in checker.rulebook.rules if any(p.startswith("uppskattat_värde.") for p in r.reads)}
    _not_tried_unless_inapplicable(checker, _doc(["uppskattat_värde"]), readers)


def test_a_rule_depending_on_a_derived_fact_inherits_its_reads(rulebook):
    by_name = {d.code: d for d in rulebook.derivations}
    for rule in rulebook.rules:
        for name in rule.uses_derived:
            assert by_name[name].reads <= rule.reads, (rule.code, name)


def test_unknown_day_stops_dated_rules(checker, rulebook):
    findings = _by_code(checker.check(_doc(["annonseringsdatum"])))
    dated = [r for r in rulebook.for_subject("förfrågningsunderlag").rules if r.valid_from or r.params]
    assert dated
    for rule in dated:
        assert findings[rule.code].utfall == "underlag saknas", rule.code


def test_classification_reads_the_cpv_codes(checker, rulebook):
    classified = {r.code for r in checker.rulebook.rules
                  if any(p.startswith("klassning.") for p in r.reads) and r.valid_to is None}
    _not_tried_unless_inapplicable(checker, _doc(["cpv_koder"], cpv_koder=[]), classified)
