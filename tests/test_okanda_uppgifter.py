"""Facts a source does not carry: a rule that needs one reports *underlag saknas*, never a guess."""

from __future__ import annotations

import copy

import pytest
from pydantic import ValidationError

from documents import BASE_DOCUMENT
from kravmotor.model.dokument import Förfrågningsunderlag


def _doc(unknown: list[str], **changes) -> Förfrågningsunderlag:
    raw = copy.deepcopy(BASE_DOCUMENT)
    for name in unknown:
        raw.pop(name.split(".")[0], None) if "." not in name else None
    raw.update(changes)
    raw["okända_uppgifter"] = unknown
    return Förfrågningsunderlag.model_validate(raw)


def _by_code(result):
    return {f.kod: f for f in result.findings}


def test_a_required_field_may_be_missing_only_when_declared_unknown():
    raw = copy.deepcopy(BASE_DOCUMENT)
    del raw["regim"]
    with pytest.raises(ValidationError) as info:
        Förfrågningsunderlag.model_validate(raw)
    assert info.value.errors()[0]["type"] == "missing"
    assert Förfrågningsunderlag.model_validate({**raw, "okända_uppgifter": ["regim"]}).regim is None


def test_unknown_paths_must_be_fields():
    with pytest.raises(ValidationError, match="”regimen” är inget fält"):
        _doc(["regimen"])


def test_rules_reading_an_unknown_field_are_not_tried(checkers, rulebook):
    for checker in checkers.values():
        findings = _by_code(checker.check(_doc(["regim"])))
        readers = {r.code for r in rulebook.rules if "regim" in r.reads and r.valid_to is None}
        assert readers, "some rule reads regim"
        for code in readers:
            assert findings[code].utfall == "underlag saknas"
            assert findings[code].fält == ["regim"]
            assert "underlaget saknar uppgift om ”regim”" in findings[code].meddelande
        # a rule that reads neither regim nor anything derived from it is tried as usual
        others = {f.kod for f in findings.values() if f.utfall != "underlag saknas"}
        assert not others & readers


def test_unknown_whole_object_covers_its_fields(checker, rulebook):
    # PROP rules read uppskattat_värde.totalt; declaring the object unknown covers the field
    findings = _by_code(checker.check(_doc(["uppskattat_värde"])))
    readers = {r.code for r in rulebook.for_subject("förfrågningsunderlag").rules
               if any(p.startswith("uppskattat_värde.") for p in r.reads)}
    assert readers
    assert all(findings[c].utfall == "underlag saknas" for c in readers)


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
    findings = _by_code(checker.check(_doc(["cpv_koder"], cpv_koder=[])))
    classified = [r for r in rulebook.for_subject("förfrågningsunderlag").rules
                  if any(p.startswith("klassning.") for p in r.reads) and r.valid_to is None]
    assert classified
    assert all(findings[r.code].utfall == "underlag saknas" for r in classified)
