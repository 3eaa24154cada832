"""Classifications (rules/klassningar/*.yaml): loading, CPV matching and use in rules."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from documents import BASE_DOCUMENT
from kravmotor.errors import RuleError
from kravmotor.lang.klassningar import cpv_prefix, load_classifications
from kravmotor.lang.loader import load_rulebook
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.motor.pipeline import Checker
from kravmotor.resources import rules_dir

GOOD = """
namn: bransch
titel: Testbranscher
källa: Testkälla
referens: R-07
säkerhet: V2
kategorier:
  lokalvård:
    titel: Lokalvård
    cpv: ["90910000"]
  bygg:
    titel: Bygg
    cpv: ["45000000-7", "71000000"]
"""

RULE = """
regel TT-01 "Riskbransch"
  område test
  källa "Test"
  typ GUIDE
  säkerhet V2
  utfall varning
  om klassning.bransch finns
  kräv falskt
  meddelande "Upphandlingen gäller {klassning.bransch}."
slut
"""


def write_rules(tmp_path: Path, classification: str = GOOD, rule: str = RULE) -> Path:
    (tmp_path / "klassningar").mkdir()
    (tmp_path / "klassningar" / "bransch.yaml").write_text(classification, encoding="utf-8")
    (tmp_path / "omraden.yaml").write_text("test:\n  prefix: TT\n  titel: Test\n", encoding="utf-8")
    (tmp_path / "test.krav").write_text(rule, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("code, prefix", [
    ("45000000-7", "45"), ("45210000-2", "4521"), ("90911200-8", "909112"), ("03000000", "03"), ("30192113-6", "30192113"),
])
def test_a_cpv_code_stands_for_its_level(code, prefix):
    assert cpv_prefix(code) == prefix


def test_categories_come_from_document_and_lot_codes(tmp_path):
    classification = load_classifications(write_rules(tmp_path))["bransch"]
    assert classification.categories_of(["90911200-8"]) == ["lokalvård"]
    assert classification.categories_of(["45210000-2", "90910000-9"]) == ["lokalvård", "bygg"]
    assert classification.categories_of(["79000000-4"]) == []
    # A broader code than the mapping's is not enough: 90000000 is not all lokalvård.
    assert classification.categories_of(["90000000-7"]) == []


def _check(rules: Path, **changes) -> list:
    raw = copy.deepcopy(BASE_DOCUMENT)
    raw.update(changes)
    return Checker(load_rulebook(rules)).check(Förfrågningsunderlag.model_validate(raw)).findings


def test_a_rule_reads_the_categories_through_the_engine(tmp_path):
    rules = write_rules(tmp_path)
    assert _check(rules, cpv_koder=["79000000-4"]) == []
    [finding] = _check(rules, cpv_koder=["79000000-4"], delkontrakt=[{"namn": "Städ", "cpv_koder": ["90911200-8"]},
                                                                     {"namn": "Bygg", "cpv_koder": ["45210000-2"]}])
    assert finding.meddelande == "Upphandlingen gäller lokalvård, bygg."


def test_an_unknown_classification_in_a_rule_is_a_located_error(tmp_path):
    rules = write_rules(tmp_path, rule=RULE.replace("klassning.bransch finns", "klassning.branch finns"))
    with pytest.raises(RuleError) as exc:
        load_rulebook(rules)
    [problem] = exc.value.problems
    assert "okänt fält ”branch”" in problem.message and "Menade du ”bransch”" in problem.message
    assert (problem.location.line, problem.location.column) == (8, 6)


@pytest.mark.parametrize("change, field_path, expected", [
    ('cpv: ["90910000"]', "kategorier.lokalvård.cpv[0]", "ingen CPV-kod"),
    ("titel: Testbranscher", "titel", "förväntade en text"),
    ("namn: bransch", "namn", "små bokstäver"),
    ("säkerhet: V2", "säkerhet", "V1, V2, S eller M"),
])
def test_a_broken_classification_names_file_field_and_expectation(tmp_path, change, field_path, expected):
    broken = GOOD.replace(change, {
        'cpv: ["90910000"]': 'cpv: ["9091"]', "titel: Testbranscher": "titel: ''",
        "namn: bransch": "namn: Bransch X", "säkerhet: V2": "säkerhet: hög",
    }[change])
    with pytest.raises(RuleError) as exc:
        load_rulebook(write_rules(tmp_path, broken))
    [problem] = exc.value.problems
    assert problem.location.file.endswith("bransch.yaml")
    assert f"”{field_path}”" in problem.message and expected in problem.message


def test_invalid_yaml_is_located(tmp_path):
    with pytest.raises(RuleError) as exc:
        load_rulebook(write_rules(tmp_path, GOOD + "  - [oavslutad\n"))
    [problem] = exc.value.problems
    assert problem.location.line is not None and problem.message.startswith("YAML-syntaxfel: ")


def test_the_bundled_classifications_load_and_are_cited():
    rules = rules_dir()
    classifications = load_rulebook(rules).classifications
    assert "riskbransch" in classifications
    for c in classifications.values():
        assert c.source and c.references and c.categories, c.name


def test_a_codes_categories_are_those_whose_prefix_it_starts_with_or_that_name_it_alone():
    """`categories_of` looks categories up by the code's heads; it must give what the definition gives: every
    category one of whose prefixes the code's eight digits start with, or that names the code exactly, in
    the file's order. On every prefix and exact code of the shipped classifications, padded, cut and changed."""
    classifications = load_rulebook(rules_dir()).classifications
    codes = set()
    for classification in classifications.values():
        for category in classification.categories:
            for digits in (*category.prefixes, *category.exact):
                codes.update({digits.ljust(8, "0"), digits.ljust(8, "9"), digits[:-1].ljust(8, "0"), f"{digits}-1"})
    groups = [[code] for code in sorted(codes)] + [sorted(codes)[i:i + 3] for i in range(0, len(codes), 7)]
    for classification in classifications.values():
        for group in groups:
            digits = [code[:8] for code in group]
            expected = [category.name for category in classification.categories
                        if any(d.startswith(p) for d in digits for p in category.prefixes)
                        or any(d in category.exact for d in digits)]
            assert classification.categories_of(group) == expected, (classification.name, group)
    assert any(classification.categories_of(group) for classification in classifications.values() for group in groups)
