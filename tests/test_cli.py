"""The `kravmotor` command as a user meets it: exit codes, formats, Swedish errors, no tracebacks."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kravmotor.cli import main
from kravmotor.resources import rules_dir

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
WITH_PROBLEMS = EXAMPLES / "lokalvard-med-brister.yaml"
CLEAN = EXAMPLES / "lokalvard-kommun.yaml"
JUSTIFIED = EXAMPLES / "byggentreprenad-skola.yaml"


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_clean_example_exits_0():
    result = run("granska", CLEAN)
    assert result.exit_code == 0, result.output
    assert "Inga fynd" in result.output


def test_example_with_problems_exits_1_and_shows_values_and_source():
    result = run("granska", WITH_PROBLEMS)
    assert result.exit_code == 1
    assert "PROP-01" in result.output
    assert "40 000 000 kr" in result.output  # the value the rule saw, formatted the Swedish way
    assert "Källa: 14 kap. 4 § LOU" in result.output


def test_json_report_carries_findings_with_explanations():
    result = run("granska", "--format", "json", WITH_PROBLEMS, JUSTIFIED)
    assert result.exit_code == 1
    data = json.loads(result.output)
    findings = {(d["id"], f["kod"]): f for d in data["underlag"] for f in d["fynd"]}
    prop01 = findings[("SK-2026-007", "PROP-01")]
    assert prop01["utfall"] == "fel"
    assert prop01["fält"][0] == "kvalificeringskrav[0].belopp"
    assert {v["uttryck"]: v["värde"] for v in prop01["värden"]}["krav.belopp"] == 40_000_000
    assert prop01["källa"]["typ"] == "HARD"
    assert findings[("UK-2026-BYGG-03", "PROP-01")]["utfall"] == "motiverad avvikelse"


def test_output_order_is_deterministic():
    first = run("granska", "--format", "json", WITH_PROBLEMS, JUSTIFIED).output
    second = run("granska", "--format", "json", JUSTIFIED, WITH_PROBLEMS).output

    def by_doc(out: str) -> dict:
        return {d["id"]: d["fynd"] for d in json.loads(out)["underlag"]}

    assert by_doc(first) == by_doc(second)
    assert first == run("granska", "--format", "json", WITH_PROBLEMS, JUSTIFIED).output


def test_sarif_report_is_valid_shape():
    result = run("granska", "--format", "sarif", WITH_PROBLEMS)
    sarif = json.loads(result.output)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"PROP-01", "PROP-09"}
    rule_ids = {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert all(r["ruleId"] in rule_ids for r in results)
    assert {r["level"] for r in results if r["ruleId"] == "PROP-01"} == {"error"}


def test_invalid_document_gives_located_swedish_error_and_exit_2(tmp_path):
    bad = tmp_path / "fel.yaml"
    bad.write_text(CLEAN.read_text(encoding="utf-8").replace("regim: direktivstyrd", "regim: direktivstyrt"), encoding="utf-8")
    result = run("granska", bad, CLEAN)
    assert result.exit_code == 2
    line = next(i for i, text in enumerate(bad.read_text(encoding="utf-8").splitlines(), 1) if text.startswith("regim:"))
    assert f"fel.yaml:{line}:" in result.output
    assert "tillåtna värden" in result.output
    assert "FK-2026-014" in result.output  # the good file was still checked
    assert "Traceback" not in result.output


def edited_rules(tmp_path: Path, rule_file: str, old: str, new: str) -> Path:
    """A copy of the real rule directory with one edit in one rule file."""
    rules = tmp_path / "regler"
    shutil.copytree(rules_dir(), rules)
    path = rules / "proportionalitet" / rule_file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{rule_file} innehåller inte {old!r}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return rules


def test_syntax_error_in_rule_file_gives_location_caret_and_exit_2(tmp_path):
    rules = edited_rules(tmp_path, "PROP-03.krav", "kräv krav.antal_år <= 3", "kräv krav.antal_år <= <= 3")
    result = run("granska", "--regler", rules, CLEAN)
    assert result.exit_code == 2
    assert "PROP-03.krav:" in result.output
    assert "oväntat ”<=”" in result.output
    assert "^" in result.output
    assert "Traceback" not in result.output


def test_unknown_field_in_rule_file_suggests_the_right_one(tmp_path):
    rules = edited_rules(tmp_path, "PROP-13.krav", "kräv uppskattat_värde.totalt", "kräv uppskattat_värde.total")
    result = run("regler", "--regler", rules)
    assert result.exit_code == 2
    assert "okänt fält ”total”" in result.output and "Menade du ”totalt”?" in result.output


def test_regler_lists_every_rule():
    result = run("regler", "--format", "json")
    codes = [r["kod"] for r in json.loads(result.output)]
    assert codes == sorted(codes) and "PROP-01" in codes and len(codes) >= 16


def test_regel_shows_text_source_and_examples():
    result = run("regel", "prop-01")
    assert result.exit_code == 0
    assert "14 kap. 4 § LOU" in result.output
    assert "kräv krav.belopp <= 2 * uppskattat_värde.totalt" in result.output
    assert "Exempel" in result.output and "Givet" in result.output


def test_regel_unknown_code_suggests():
    result = run("regel", "PROP-1")
    assert result.exit_code == 2
    assert "ingen regel har koden" in result.output


def test_schema_is_json_schema_of_the_document():
    schema = json.loads(run("schema").output)
    assert "kvalificeringskrav" in schema["properties"]


def test_installed_console_script_runs_without_traceback(tmp_path):
    """The real process, as a user starts it: exit code and stderr."""
    script = Path(sys.executable).parent / "kravmotor"
    if not script.exists():
        pytest.skip("kravmotor är inte installerat som kommando i denna miljö")
    bad = tmp_path / "trasig.yaml"
    bad.write_text("id: [\n", encoding="utf-8")
    proc = subprocess.run([str(script), "granska", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "trasig.yaml:" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


def test_help_and_usage_errors_are_swedish():
    help_text = run("granska", "--hjälp").output
    assert "granska [FLAGGOR] FILER..." in help_text and "Användning:" in help_text
    assert "Flaggor:" in help_text and "Options" not in help_text
    wrong = run("gransk")
    assert wrong.exit_code == 2
    assert "Kommandot 'gransk' finns inte. Menade du 'granska'?" in wrong.output


def test_rulebook_markdown_has_every_rule_with_source_and_examples(rulebook):
    text = run("regler", "--format", "markdown").output
    for rule in rulebook.rules:
        assert f"### {rule.code} {rule.title}" in text
    assert "14 kap. 4 § LOU" in text
    assert "```gherkin\nGivet ett förfrågningsunderlag" in text  # the scenarios are the worked examples
    for classification in rulebook.classifications.values():  # the CPV mappings are reviewable too
        assert f"### {classification.title}" in text and f"klassning.{classification.name}" in text
    assert "| Lokalvård (`lokalvård`) | 90910000 |" in text


def test_rulebook_html_is_one_self_contained_file(tmp_path, rulebook):
    out = tmp_path / "regelbok.html"
    result = run("regler", "--format", "html", "--utdata", out)
    assert result.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert all(f'id="{r.code}"' in page for r in rulebook.rules)
    assert all(f'id="klassning-{c}"' in page for c in rulebook.classifications)
    assert "<script" not in page and "http://" not in page and "https://" not in page  # no network needed
    assert "Givet ett förfrågningsunderlag" in page


def test_justification_naming_no_rule_is_a_located_input_error_with_a_suggestion(tmp_path):
    """Issue 16: a slip in `motiveringar` would leave the rule's finding standing unexplained."""
    wrong = tmp_path / "felskriven.yaml"
    wrong.write_text(JUSTIFIED.read_text(encoding="utf-8").replace("regel: PROP-01", "regel: PRP-01"), encoding="utf-8")
    result = run("granska", wrong, CLEAN)
    assert result.exit_code == 2, result.output
    output = " ".join(result.output.split())  # the terminal wraps long lines
    line = next(n for n, text in enumerate(wrong.read_text(encoding="utf-8").splitlines(), 1) if "PRP-01" in text)
    assert f"felskriven.yaml:{line}:12: motiveringar[0].regel" in output
    assert "motiveringen gäller regeln PRP-01, men någon sådan regel om förfrågningsunderlag finns inte" in output
    assert "menade du PROP-01" in output
    assert "Traceback" not in output
    assert "lokalvard-kommun.yaml" in output and "1 underlag granskat, 1 kunde inte läsas" in output  # went on
    unrelated = tmp_path / "leverantorsregel.yaml"  # a supplier rule cannot be justified in a document
    unrelated.write_text(JUSTIFIED.read_text(encoding="utf-8").replace("regel: PROP-01", "regel: LEV-30"), encoding="utf-8")
    assert "regeln LEV-30, men någon sådan regel om förfrågningsunderlag finns inte" in " ".join(
        run("granska", unrelated).output.split())


def test_the_program_collects_garbage_less_often_and_freezes_what_it_made_when_done(monkeypatch):
    """The console script and `python -m kravmotor` (kravmotor/program.py): the young generation collected every
    YOUNG_THRESHOLD new objects while the command runs, and what it made frozen when it is done, failing or not."""
    import gc

    from kravmotor import cli, program

    seen, frozen = [], []

    def command():
        seen.append(gc.get_threshold())
        raise SystemExit(2)

    monkeypatch.setattr(cli, "main", command)
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    before = gc.get_threshold()
    try:
        with pytest.raises(SystemExit):
            program.run()
    finally:
        gc.set_threshold(*before)
    assert seen == [(program.YOUNG_THRESHOLD, *before[1:])] and frozen == [True]
