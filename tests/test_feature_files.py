"""The one reader of feature files (kravmotor.feature_files): what it gives the rulebook, the coverage
checks and `ny-regel`, and a located Swedish error for a file Gherkin refuses."""

from __future__ import annotations

import pytest

from kravmotor.errors import RuleError
from kravmotor.feature_files import parse_feature, parse_feature_text
from kravmotor.resources import features_dir
from kravmotor.rulebook_docs import rule_examples

OUTLINE = """# language: sv
@XYZ-01
Egenskap: XYZ-01 Ett exempel

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist @extra
  Scenariomall: Status <status>
    Givet att status är "<status>"
    Och underlaget har ett kvalificeringskrav:
      | typ   | omsättning |
    När underlaget granskas
    Så ger regeln XYZ-01 utfallet "fel"

    Exempel:
      | status |
      | a      |

  Regel: En grupp
    @godtagbart
    Scenario: Inne i en regel
      * ger regeln XYZ-01 inget fynd
"""


def test_a_feature_reads_with_lines_tags_tables_and_examples(tmp_path):
    feature = parse_feature_text(OUTLINE, tmp_path / "XYZ-01.feature")
    assert feature.first_line == "# language: sv" and feature.tags == ["XYZ-01"] and feature.name == "XYZ-01 Ett exempel"
    assert [(s.line, s.keyword, s.text) for s in feature.background] == [(6, "Givet", "ett förfrågningsunderlag")]
    outline, inner = feature.scenarios
    assert (outline.name, outline.line, outline.tags) == ("Status <status>", 9, ["brist", "extra"])
    assert outline.steps[1].table == ("| typ   | omsättning |",)
    assert outline.examples == ("| status |", "| a      |")
    assert (inner.name, inner.tags, inner.steps[0].keyword) == ("Inne i en regel", ["godtagbart"], "*")
    assert feature.all_tags == [(2, "XYZ-01"), (8, "brist"), (8, "extra"), (21, "godtagbart")]
    assert len(feature.steps) == 1 + 4 + 1  # the background's, then each scenario's


def test_a_broken_feature_is_a_located_swedish_error(tmp_path):
    path = tmp_path / "XYZ-02.feature"
    path.write_text("# language: sv\nEgenskap: X\n  Scenario: a\n    Givet x\n  Exempel:\n    | a |\n  Bakgrund:\n",
                    encoding="utf-8")
    with pytest.raises(RuleError) as error:
        parse_feature(path)
    problem = error.value.problems[0]
    assert problem.location.file == str(path) and problem.location.line is not None
    assert "feature-fil" in problem.message and "Traceback" not in str(problem)


def test_the_rulebook_shows_every_scenario_with_the_background_first():
    examples = rule_examples("LEV-34")
    assert examples and examples[0].file == str(features_dir() / "leverantorer" / "LEV-34.feature")
    first = examples[0]
    assert first.steps[0] == "Givet en leverantör"
    assert first.steps[-5:] == ["| status                 |", "| konkurs                |", "| likvidation            |",
                                "| ackord                 |", "| företagsrekonstruktion |"]
    assert rule_examples("XYZ-99") == []
