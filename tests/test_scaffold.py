"""`kravmotor ny-regel` and the retired codes (rules/utgangna_koder.yaml).

The skeletons are honest: the loader refuses a rule file with a TODO left, naming each line; filled in,
the rule loads; the feature's scenarios fail under pytest-bdd until their steps are written. A retired
code is refused by the loader (naming its replacement) and never proposed.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kravmotor.cli import main
from kravmotor.errors import InputError, RuleError
from kravmotor.lang import scaffold
from kravmotor.lang.loader import load_rulebook
from kravmotor.lang.retired import FILE as RETIRED, load_retired
from kravmotor.resources import grammar_path, rules_dir

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 12, 7)
AREAS = """test:
  prefix: TT
  titel: Test
läge:
  prefix: LÄG
  titel: Läge
plats:
  prefix: PL
  titel: Koder efter plats i källan
"""


def rule(code: str, area: str = "test") -> str:
    return (f'regel {code} "Regel {code}"\n  område {area}\n  källa "k"\n  typ HARD\n  säkerhet V1\n  utfall fel\n'
            f'  kräv sista_anbudsdag finns\n  meddelande "m"\nslut\n')


@pytest.fixture
def rules(tmp_path) -> Path:
    """A small rule directory: TT-01, TT-02 and TT-05 (a gap), PL-1111 (a positional code), no LÄG rules."""
    directory = tmp_path / "rules"
    for folder, code, area in (("test", "TT-01", "test"), ("test", "TT-02", "test"), ("test", "TT-05", "test"),
                               ("plats", "PL-1111", "plats")):
        (directory / folder).mkdir(parents=True, exist_ok=True)
        (directory / folder / f"{code}.krav").write_text(rule(code, area), encoding="utf-8")
    (directory / "omraden.yaml").write_text(AREAS, encoding="utf-8")
    (tmp_path / "features").mkdir()
    return directory


def retire(rules: Path, entries: str) -> None:
    (rules / RETIRED).write_text(entries, encoding="utf-8")


# --- retired codes ------------------------------------------------------------------------------


def test_a_rule_under_a_retired_code_is_refused_naming_its_replacement(rules):
    retire(rules, "- kod: TT-05\n  datum: 2026-12-01\n  varför: Delades i TT-01 och TT-02\n  ersatt_av: [TT-01, TT-02]\n")
    with pytest.raises(RuleError) as error:
        load_rulebook(rules)
    (problem,) = error.value.problems
    assert (problem.location.file, problem.location.line, problem.location.column) == (
        str(rules / "test" / "TT-05.krav"), 1, 1)
    assert problem.message.startswith("regelkoden TT-05 får inte användas: den är utgången sedan 2026-12-01 och "
                                      "ersatt av TT-01, TT-02 (varför: Delades i TT-01 och TT-02)")
    assert "regel TT-05" in problem.excerpt
    (rules / "test" / "TT-05.krav").unlink()
    assert [r.code for r in load_rulebook(rules).rules] == ["PL-1111", "TT-01", "TT-02"]


def test_a_replacement_that_names_no_rule_is_refused(rules):
    retire(rules, "- kod: TT-03\n  datum: 2026-12-01\n  varför: v\n  ersatt_av: TT-09\n")
    with pytest.raises(RuleError) as error:
        load_rulebook(rules)
    (problem,) = error.value.problems
    assert (problem.location.file, problem.location.line) == (str(rules / RETIRED), 1)
    assert problem.message == "TT-03 ersattes av TT-09, men ingen regel har den koden"


@pytest.mark.parametrize("entries, line, field, text", [
    ("- kod: TT-3\n  datum: 2026-12-01\n  varför: v\n", 1, "[0].kod", "förväntade en regelkod"),
    ("- kod: TT-03\n  datum: 2026-12-01\n  varför: v\n- kod: TT-03\n  datum: 2026-12-01\n  varför: v\n", 4, "[1].kod",
     "TT-03 står redan på rad 1"),
    ("- kod: TT-03\n  datum: i fjol\n  varför: v\n", 1, "[0].datum", "ÅÅÅÅ-MM-DD"),
    ("- kod: TT-03\n  datum: 2026-12-01\n", 1, "[0].varför", "varför koden inte används"),
    ("- kod: TT-03\n  datum: 2026-12-01\n  varför: v\n  ersatt: TT-01\n", 1, "[0].ersatt", "okänt fält"),
])
def test_a_bad_retired_list_is_a_located_error(rules, entries, line, field, text):
    retire(rules, entries)
    with pytest.raises(RuleError) as error:
        load_rulebook(rules)
    problem = error.value.problems[0]
    assert (problem.location.file, problem.location.line, problem.location.field_path) == (str(rules / RETIRED), line, field)
    assert text in problem.message


def test_the_real_list_is_read_and_no_rule_uses_a_retired_code(rulebook):
    retired = load_retired(rules_dir())
    assert "LEV-27" in retired and retired["LEV-27"].replaced_by == ("LEV-42",)
    assert not set(retired) & {r.code for r in rulebook.rules}


# --- the next code ------------------------------------------------------------------------------


def test_the_next_code_is_above_every_code_ever_used(rules, tmp_path):
    features = tmp_path / "features"
    assert scaffold.plan(rules, features, "test").code == "TT-06"  # the gap TT-03, TT-04 is never filled
    retire(rules, "- kod: TT-07\n  datum: 2026-12-01\n  varför: v\n")
    (features / "test").mkdir()
    (features / "test" / "TT-08.feature").write_text("# language: sv\n", encoding="utf-8")  # a feature without its rule
    skeleton = scaffold.plan(rules, features, "TT")
    assert skeleton.code == "TT-09"
    assert (skeleton.rule_file, skeleton.feature_file) == (rules / "test" / "TT-09.krav", features / "test" / "TT-09.feature")


def test_an_area_by_name_prefix_or_without_å_ä_ö(rules, tmp_path):
    features = tmp_path / "features"
    assert scaffold.plan(rules, features, "LAGE").code == "LÄG-01"  # an area without rules starts at 01
    assert scaffold.plan(rules, features, "läg").rule_file == rules / "lage" / "LÄG-01.krav"
    with pytest.raises(InputError, match="Menade du test"):
        scaffold.plan(rules, features, "tset")


def test_a_positional_area_takes_its_code_from_kod(rules, tmp_path):
    features = tmp_path / "features"
    with pytest.raises(InputError, match=r"räknas inte upp från PL-01.*välj koden själv med --kod"):
        scaffold.plan(rules, features, "plats")
    assert scaffold.plan(rules, features, "plats", "pl-1121").rule_file == rules / "plats" / "PL-1121.krav"


@pytest.mark.parametrize("code, text", [("TT-02", "används redan"), ("PL-01", "skrivs TT- följt av"),
                                        ("TT-07", "får aldrig användas igen")])
def test_a_chosen_code_in_use_retired_or_of_another_area_is_refused(rules, tmp_path, code, text):
    retire(rules, "- kod: TT-07\n  datum: 2026-12-01\n  varför: v\n")
    with pytest.raises(InputError, match=text):
        scaffold.plan(rules, tmp_path / "features", "test", code)


# --- the files ----------------------------------------------------------------------------------


def _clause_keywords() -> list[str]:
    """The first keyword of every clause a rule may have, read off the grammar (`_klausul`)."""
    grammar = grammar_path().read_text(encoding="utf-8")
    alternatives = re.search(r"^_klausul:(.*?)\n\n", grammar, re.S | re.M).group(1)
    keywords = []
    for name in re.findall(r"\w+", alternatives):
        definition = re.search(rf"^{name}:\s*(.*)$", grammar, re.M).group(1)
        keywords.append(" ".join(re.findall(r'"([^"]+)"', definition.split("(")[0])[:2]))
    return keywords


def test_the_rule_skeleton_has_every_clause_of_the_language(rules, tmp_path):
    text = scaffold.rule_text(scaffold.plan(rules, tmp_path / "features", "test"), TODAY)
    keywords = _clause_keywords()
    assert len(keywords) >= 15 and "motivering tillåten" in keywords and "giltig från" in keywords
    missing = [k for k in keywords if not re.search(rf"^\s*(?:# )?{k}\b", text, re.M)]
    assert not missing, missing
    assert "  giltig från 2026-12-07\n" in text


def test_the_loader_refuses_a_skeleton_until_every_todo_is_filled_in(rules, tmp_path):
    skeleton = scaffold.plan(rules, tmp_path / "features", "test")
    scaffold.write(skeleton, TODAY)
    text = skeleton.rule_file.read_text(encoding="utf-8")
    with pytest.raises(RuleError) as error:
        load_rulebook(rules)
    todo_lines = [n for n, line in enumerate(text.splitlines(), start=1) if "TODO" in line]
    assert [p.location.line for p in error.value.problems] == todo_lines and len(todo_lines) >= 10
    assert {p.location.file for p in error.value.problems} == {str(skeleton.rule_file)}
    assert all("regeln är inte ifylld: ersätt TODO" in p.message and "^" in p.excerpt for p in error.value.problems)
    skeleton.rule_file.write_text(fill_in(text), encoding="utf-8")
    new = load_rulebook(rules).rule("TT-06")
    assert (new.title, new.outcome, str(new.valid_from), new.justification_allowed) == (
        "En ifylld regel", "fel", "2026-12-07", True)


def fill_in(text: str) -> str:
    """A skeleton as an author fills it in: every TODO replaced, the optional lines decided."""
    replaced = {"regel ": 'regel TT-06 "En ifylld regel"', "källa ": 'källa "14 kap. 4 § LOU"', "typ ": "typ HARD",
                "säkerhet ": "säkerhet V1", "referens ": "referens X-06", "utfall ": "utfall fel",
                "# motivering tillåten": "motivering tillåten", "om ": None, "kräv ": "kräv sista_anbudsdag finns",
                "meddelande ": 'meddelande "Sista anbudsdag saknas."', "åtgärd ": 'åtgärd "Ange sista anbudsdag."',
                "TODO: vad regeln": "Regeln prövar att sista anbudsdag anges."}
    out = []
    for line in text.splitlines():
        key = next((k for k in replaced if line.strip().startswith(k) and "TODO" in line), None)
        if key is None:
            out.append(line)
        elif replaced[key] is not None:
            out.append(line[:len(line) - len(line.lstrip())] + replaced[key])
    return "\n".join(out) + "\n"


def test_the_feature_skeleton_has_a_scenario_each_way_and_steps_no_definition_matches(rules, tmp_path):
    from kravmotor.feature_files import parse_feature_text

    skeleton = scaffold.plan(rules, tmp_path / "features", "test")
    feature = parse_feature_text(scaffold.feature_text(skeleton), skeleton.feature_file)
    assert feature.first_line == "# language: sv" and feature.tags == ["TT-06"]
    assert [s.tags for s in feature.scenarios] == [["brist"], ["godtagbart"], ["okänd"]]
    for scenario in feature.scenarios:  # each starts with a step that is a TODO, which fails under pytest-bdd
        assert scenario.steps[0].text.startswith("TODO: ")


def test_ny_regel_writes_both_files_says_what_next_and_never_overwrites(rules, tmp_path):
    features = tmp_path / "features"
    result = CliRunner().invoke(main, ["ny-regel", "TT", "--regler", str(rules), "--features", str(features)])
    assert result.exit_code == 0, result.output
    assert f"Skrev {rules / 'test' / 'TT-06.krav'}" in result.output and "Nästa steg:" in result.output
    assert "pytest tests/test_features.py -m TT-06" in result.output and "kravmotor regel TT-06" in result.output
    assert (features / "test" / "TT-06.feature").is_file()
    assert CliRunner().invoke(main, ["ny-regel", "TT", "--regler", str(rules), "--features", str(features)]).exit_code == 0
    assert (rules / "test" / "TT-07.krav").is_file()  # the next one, though TT-06 is not filled in yet
    (features / "test" / "TT-08.feature").parent.mkdir(exist_ok=True)
    (features / "test" / "TT-08.feature").write_text("mitt eget", encoding="utf-8")
    again = CliRunner().invoke(main, ["ny-regel", "TT", "--kod", "TT-10", "--regler", str(rules), "--features", str(features)])
    assert again.exit_code == 0
    taken = CliRunner().invoke(main, ["ny-regel", "TT", "--kod", "TT-08", "--regler", str(rules), "--features", str(features)])
    assert taken.exit_code == 2 and "TT-08: koden används redan" in taken.output
    assert (features / "test" / "TT-08.feature").read_text(encoding="utf-8") == "mitt eget"
    assert not (rules / "test" / "TT-08.krav").exists()


def test_write_refuses_an_existing_file_and_writes_neither(rules, tmp_path):
    skeleton = scaffold.plan(rules, tmp_path / "features", "test")
    skeleton.feature_file.parent.mkdir(parents=True)
    skeleton.feature_file.write_text("finns", encoding="utf-8")
    with pytest.raises(InputError, match="filen finns redan och skrivs inte över"):
        scaffold.write(skeleton, TODAY)
    assert not skeleton.rule_file.exists() and skeleton.feature_file.read_text(encoding="utf-8") == "finns"


def test_help_is_swedish():
    result = CliRunner().invoke(main, ["ny-regel", "--help"])
    assert result.exit_code == 0 and "Skriv en ny regel" in result.output and "Avslutas med 0" in result.output


# --- under pytest-bdd: the skeleton fails, a step naming an unknown code fails ------------------------


def test_under_pytest_bdd_the_skeleton_fails_and_so_does_an_unknown_code(tmp_path):
    """The real step definitions on a copy of the rules with a filled-in new rule, and two features only: the
    skeleton (each scenario fails on its TODO step) and one whose steps name a code no rule has."""
    rules = shutil.copytree(rules_dir(), tmp_path / "rules")
    features = tmp_path / "features"
    skeleton = scaffold.plan(rules, features, "PROP")
    scaffold.write(skeleton, TODAY)
    skeleton.rule_file.write_text(fill_in(skeleton.rule_file.read_text(encoding="utf-8")).replace("TT-06", skeleton.code),
                                  encoding="utf-8")
    (features / "proportionalitet" / "PROP-01.feature").write_text(
        "# language: sv\n@PROP-01\nEgenskap: PROP-01 En felskriven kod\n\n  @godtagbart\n  Scenario: Felskrivet\n"
        "    Givet ett förfrågningsunderlag\n    När underlaget granskas\n    Så ger regeln PROP-99 inget fynd\n",
        encoding="utf-8")
    env = {**os.environ, "KRAVMOTOR_REGLER": str(rules), "KRAVMOTOR_UTAN_DURABLE": "1"}
    result = subprocess.run([sys.executable, "-m", "pytest", "tests/test_features.py", "-p", "no:cacheprovider", "-q",
                             "-o", f"bdd_features_base_dir={features}", "-rf"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert out.count("FAILED tests/test_features.py::") == 4 and "PASSED" not in out, out
    assert out.count("StepDefinitionNotFoundError") >= 3 and "TODO:" in out, out
    assert "steget nämner PROP-99, men regelboken har ingen regel med den koden" in out, out


def test_the_rules_an_installed_package_carries_are_not_written_to(monkeypatch, tmp_path):
    import kravmotor.resources as resources

    carried = tmp_path / "kravmotor" / "_data" / "rules"
    carried.mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE", tmp_path / "kravmotor")
    with pytest.raises(InputError, match="följer med det installerade paketet"):
        scaffold.plan(carried, None, "PROP")
