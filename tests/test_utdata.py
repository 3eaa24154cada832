"""One output contract: --format and --utdata behave the same in every command, and the formats other tools
read (SARIF 2.1.0, JUnit XML, GitHub workflow annotations, CSV for Excel) are what those tools accept."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from documents import BASE_DOCUMENT
from kravmotor.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FLAWED = EXAMPLES / "lokalvard-med-brister.yaml"
JUSTIFIED = EXAMPLES / "byggentreprenad-skola.yaml"
RISKY_SUPPLIER = EXAMPLES / "leverantorer" / "oseriost-byggbolag.yaml"
SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def findings(path: Path) -> list[dict]:
    result = run("granska", path, "--format", "json")
    return [f for d in json.loads(result.stdout)["underlag"] for f in d["fynd"]]


def line_of(path: Path, text: str) -> int:
    """1-based line of the first line containing `text`, found independently of kravmotor."""
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def sarif_of(*args) -> dict:
    result = run(*args, "--format", "sarif")
    assert result.exit_code in (0, 1), result.output
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)  # the OASIS schema is draft-04
    return log


# --- SARIF ----------------------------------------------------------------------------------


def test_sarif_is_valid_and_located_at_the_yaml_line_and_column():
    log = sarif_of("granska", FLAWED)
    results = {r["ruleId"]: r for r in log["runs"][0]["results"]}
    region = results["PROP-01"]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == line_of(FLAWED, "belopp: 40000000")
    assert region["startColumn"] == 5  # `    belopp:` under `  - typ: omsättning`
    assert results["PROP-04"]["locations"][0]["physicalLocation"]["region"]["startLine"] == line_of(FLAWED, "tidsperiod_år: 6")


def test_sarif_locates_a_field_in_a_json_document(tmp_path):
    data = {**BASE_DOCUMENT, "kvalificeringskrav": [{"typ": "omsättning", "belopp": 90_000_000}]}
    path = tmp_path / "underlag.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    log = sarif_of("granska", path)
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "PROP-01")
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == line_of(path, '"belopp": 90000000')


def test_a_motiverad_avvikelse_is_a_suppression_with_its_justification():
    log = sarif_of("granska", JUSTIFIED)
    written = yaml.safe_load(JUSTIFIED.read_text(encoding="utf-8"))["motiveringar"][0]
    suppressed = [r for r in log["runs"][0]["results"] if r.get("suppressions")]
    assert [r["ruleId"] for r in suppressed] == [written["regel"]]
    suppression = suppressed[0]["suppressions"][0]
    assert suppression["kind"] == "inSource" and suppression["status"] == "accepted"
    assert suppression["justification"].strip() == written["text"].strip()
    assert suppressed[0]["level"] == "error"  # the rule's own level: a reader may show suppressed results


def test_sarif_of_a_word_document_points_at_page_and_section(tmp_path):
    from syntetiska import DOKUMENT, skapa_docx

    name, _, content, _ = next(d for d in DOKUMENT if d[1] == ".docx")
    path = skapa_docx(content, tmp_path / f"{name}.docx")
    log = sarif_of("granska", path)
    related = [loc for r in log["runs"][0]["results"] for loc in r.get("relatedLocations", [])]
    assert related, "findings from a Word document cite where in it they come from"
    assert all(loc["physicalLocation"]["artifactLocation"]["uri"].endswith(".docx") for loc in related)
    assert any("avsnitt" in loc.get("properties", {}) for loc in related)


def test_sarif_of_screening_is_valid():
    log = sarif_of("screena", RISKY_SUPPLIER, "--datum", "2026-11-16")
    assert any(r["level"] == "error" for r in log["runs"][0]["results"])


# --- JUnit and GitHub ------------------------------------------------------------------------


@pytest.mark.parametrize("command", [("granska", FLAWED, JUSTIFIED), ("screena", RISKY_SUPPLIER, "--datum", "2026-11-16")],
                         ids=["granska", "screena"])
def test_junit_parses_and_counts_what_fails(command):
    result = run(*command, "--format", "junit")
    assert result.exit_code == 1
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert root.tag == "testsuites"
    cases = list(root.iter("testcase"))
    assert int(root.get("tests")) == len(cases) > 0
    failed = [c for c in cases if c.find("failure") is not None]
    assert int(root.get("failures")) == len(failed) > 0
    assert {c.find("failure").get("type") for c in failed} <= {"fel", "varning", "bedömning krävs"}
    for suite in root.iter("testsuite"):
        assert int(suite.get("tests")) == len(suite.findall("testcase"))


def test_junit_marks_the_failing_line_and_skips_what_could_not_be_decided():
    root = ET.fromstring(run("granska", FLAWED, "--format", "junit").stdout.encode("utf-8"))
    prop01 = next(c for c in root.iter("testcase") if c.get("name").startswith("PROP-01 "))
    assert prop01.get("line") == str(line_of(FLAWED, "belopp: 40000000"))
    counts = {}
    for f in findings(FLAWED):
        counts[f["utfall"]] = counts.get(f["utfall"], 0) + 1
    assert int(root.get("skipped")) == counts.get("underlag saknas", 0)
    assert int(root.get("failures")) == sum(counts.get(o, 0) for o in ("fel", "varning", "bedömning krävs"))


def test_junit_reports_an_unreadable_file_as_an_error(tmp_path):
    broken = tmp_path / "trasig.yaml"
    broken.write_text("id: [\n", encoding="utf-8")
    result = run("granska", broken, FLAWED, "--format", "junit")
    assert result.exit_code == 2
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert int(root.get("errors")) == 1


ANNOTATION = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def test_github_annotations_name_file_line_and_rule():
    result = run("granska", FLAWED, "--format", "github")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == len(findings(FLAWED))
    parsed = []
    for line in lines:
        match = ANNOTATION.match(line)
        assert match, line
        props = dict(item.split("=", 1) for item in match["props"].split(","))
        assert set(props) <= {"file", "line", "col", "title"} and props["file"] == str(FLAWED)
        parsed.append((match[1], props, match["message"]))
    prop01 = next(p for p in parsed if p[1]["title"].startswith("PROP-01 "))
    assert prop01[0] == "error" and prop01[1]["line"] == str(line_of(FLAWED, "belopp: 40000000"))
    assert all("%0A" not in p[2] or "\n" not in p[2] for p in parsed)


def test_github_escapes_what_would_break_a_command():
    from kravmotor.rapport.github import _line

    line = _line("error", "50 % klart\nnästa rad", file="a,b:c.yaml", title="X")
    assert line == "::error file=a%2Cb%3Ac.yaml,title=X::50 %25 klart%0Anästa rad"


# --- --utdata and --format, the same everywhere ----------------------------------------------


@pytest.mark.parametrize("name, check", [
    ("r.sarif", lambda text: json.loads(text)["version"] == "2.1.0"),
    ("r.json", lambda text: "underlag" in json.loads(text)),
    ("r.xml", lambda text: ET.fromstring(text.encode("utf-8")).tag == "testsuites"),
    ("r.html", lambda text: text.lstrip().lower().startswith("<!doctype html")),
    ("r.txt", lambda text: "Sammanfattning" in text),
])
def test_the_suffix_of_utdata_picks_the_format_of_granska(tmp_path, name, check):
    output = tmp_path / name
    assert run("granska", FLAWED, "--utdata", output).exit_code == 1
    assert check(output.read_text(encoding="utf-8"))


def test_format_wins_over_the_suffix(tmp_path):
    output = tmp_path / "r.sarif"
    run("granska", FLAWED, "--utdata", output, "--format", "text")
    assert "Sammanfattning" in output.read_text(encoding="utf-8")


def test_screena_writes_the_format_its_suffix_names(tmp_path):
    output = tmp_path / "leverantorer.xml"
    run("screena", RISKY_SUPPLIER, "--datum", "2026-11-16", "--utdata", output)
    assert ET.parse(output).getroot().tag == "testsuites"


@pytest.mark.parametrize("name, check", [
    ("regler.txt", lambda text: "PROP-01" in text and "regler" in text),
    ("regler.json", lambda text: any(r["kod"] == "PROP-01" for r in json.loads(text))),
    ("regler.md", lambda text: text.startswith("#")),
])
def test_regler_writes_the_file_it_is_asked_for(tmp_path, name, check):
    output = tmp_path / name
    result = run("regler", "--utdata", output)
    assert result.exit_code == 0, result.output
    assert check(output.read_text(encoding="utf-8"))
    assert "PROP-01" not in result.stdout  # the list went to the file, not the screen


def test_revision_csv_has_a_bom_for_excel(tmp_path):
    output = tmp_path / "indikatorer.csv"
    result = run("revision", FLAWED, JUSTIFIED, "--databas", tmp_path / "r.sqlite", "--utdata", output,
                 "--tyst", "--arbetare", "1")
    assert result.exit_code in (0, 1), result.output
    data = output.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines()[0].startswith("id;titel;")  # the BOM read away, å, ä, ö intact


def test_every_command_with_utdata_names_the_suffix_rule_in_its_help():
    for command in ("granska", "screena", "regler", "revision", "mognad"):
        text = run(command, "--help").stdout
        assert "Utan --format avgör filändelsen i --utdata" in " ".join(text.split()), command
