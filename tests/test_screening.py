"""Supplier screening end to end: loading supplier files, the chain, provenance, masking and the CLI."""

from __future__ import annotations

import copy
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from kravmotor.errors import InputError
from kravmotor.model.leverantor import Leverantör, check_digit_ok
from kravmotor.model.loading import load_supplier
from kravmotor.motor.findings import Fynd
from kravmotor.motor.screening import mask
from suppliers import BASE_SUPPLIER

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "leverantorer"
DAY = dt.date(2026, 11, 16)


def _write(tmp_path: Path, data: dict, name: str = "lev.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("number, ok", [("556036-0793", True), ("5560360793", True), ("556036-0794", False),
                                        ("212000-0142", True), ("212000-0143", False)])
def test_check_digit(number, ok):
    assert check_digit_ok(number) is ok


def test_wrong_check_digit_is_a_located_swedish_error(tmp_path):
    path = _write(tmp_path, {**BASE_SUPPLIER, "organisationsnummer": "556036-0794"})
    with pytest.raises(InputError) as info:
        load_supplier(path)
    [problem] = info.value.problems
    assert problem.location.field_path == "organisationsnummer" and problem.location.line == 1
    assert "kontrollsiffran stämmer inte" in problem.message


def test_a_bad_value_among_företrädare_is_reported_without_the_personal_data(tmp_path):
    data = copy.deepcopy(BASE_SUPPLIER)
    data["företrädare"]["värde"][0]["roll"] = "Karin Berglund"  # a name where the role goes
    with pytest.raises(InputError) as info:
        load_supplier(_write(tmp_path, data))
    [problem] = info.value.problems
    assert problem.location.field_path == "företrädare.värde[0].roll"
    assert "Karin Berglund" not in problem.message and problem.excerpt is None


def test_an_unfetched_fact_is_unknown_and_a_fetched_empty_one_is_known(screeners):
    data = copy.deepcopy(BASE_SUPPLIER)
    del data["telefonnummer"]
    screening = screeners["native"].screen(Leverantör.model_validate(data), day=DAY)
    assert {f.kod: f.utfall for f in screening.findings}["LEV-03"] == "underlag saknas"
    assert screening.missing_for_risk == []  # one unknown signal alone cannot make several
    del data["verksamhetslokal"]
    screening = screeners["native"].screen(Leverantör.model_validate(data), day=DAY)
    assert screening.missing_for_risk == ["telefonnummer", "verksamhetslokal"]
    data["verksamhetslokal"] = copy.deepcopy(BASE_SUPPLIER["verksamhetslokal"])
    data["telefonnummer"] = {"värde": None, "källa": "Bolagsverket", "hämtad": "2026-11-02"}
    screening = screeners["native"].screen(Leverantör.model_validate(data), day=DAY)
    assert {f.kod: f.utfall for f in screening.findings}["LEV-03"] == "info"
    assert screening.missing_for_risk == []


def test_each_subcontractor_is_screened_at_its_tier(screeners):
    data = copy.deepcopy(BASE_SUPPLIER)
    sub = copy.deepcopy(BASE_SUPPLIER)
    sub["adress"]["värde"]["typ"] = "box"
    sub["underleverantörer"] = [copy.deepcopy(BASE_SUPPLIER)]
    data["underleverantörer"] = [sub]
    screening = screeners["native"].screen(Leverantör.model_validate(data), day=DAY)
    assert [(s.level, s.risk) for s in screening.all()] == [
        (0, "ingen eller en varningssignal"), (1, "extra hög risk"), (2, "ingen eller en varningssignal")]
    assert screening.chain_depth == 2


def test_mask_hides_names_of_företrädare_everywhere_in_findings(screeners):
    screening = screeners["native"].screen(Leverantör.model_validate(BASE_SUPPLIER), day=DAY)
    screening.findings.append(Fynd(kod="LEV-99", titel="t", utfall="info", meddelande="Per Dahl och Karin Berglund",
                                   åtgärd="Ring Per Dahl"))
    mask(screening)
    text = json.dumps([f.model_dump(mode="json") for f in screening.findings], ensure_ascii=False)
    assert "Per Dahl" not in text and "Karin Berglund" not in text and "[maskerat]" in text


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "kravmotor", *args], capture_output=True, text=True, cwd=ROOT)


def test_cli_screens_the_examples_with_risk_levels_sources_and_dates():
    result = _cli("screena", str(EXAMPLES / "seriost-stadbolag.yaml"), str(EXAMPLES / "oseriost-byggbolag.yaml"),
                  "--underlag", "examples/byggentreprenad-skola.yaml", "--datum", "2026-11-20", "--format", "json")
    assert result.returncode == 1, result.stderr  # a mandatory exclusion ground is fel
    report = json.loads(result.stdout)
    serious, unserious = report["leverantörer"]
    assert serious["risknivå"] == "ingen eller en varningssignal"
    assert unserious["risknivå"] == "extra hög risk" and unserious["kedjans_djup"] == 2
    codes = {f["kod"]: f for f in unserious["fynd"]}
    assert codes["LEV-30"]["utfall"] == "fel" and codes["LEV-31"]["utfall"] == "fel"
    assert {"uppgift": "adress", "källa": "Bolagsverket", "hämtad": "2026-11-15"} in codes["LEV-10"]["uppgifter"]
    assert "Anders Holm" not in result.stdout  # no rule prints a företrädare's name


def test_cli_gives_exit_2_and_a_swedish_error_for_a_malformed_supplier(tmp_path):
    bad = tmp_path / "trasig.yaml"
    bad.write_text("organisationsnummer: 556036-0793\nnamn: [oavslutad\n", encoding="utf-8")
    result = _cli("screena", str(bad), str(EXAMPLES / "seriost-stadbolag.yaml"), "--datum", "2026-11-20")
    assert result.returncode == 2
    assert "trasig.yaml:3:1: YAML-syntaxfel" in result.stdout
    assert "Traceback" not in result.stderr + result.stdout
    assert "Siljans Städ" in result.stdout  # the other file is still screened


def test_cli_högsta_ålder_overrides_the_parameter():
    args = ("screena", str(EXAMPLES / "seriost-stadbolag.yaml"), "--datum", "2026-11-20", "--format", "json")
    stale = lambda r: [f for f in json.loads(r.stdout)["leverantörer"][0]["fynd"] if f["kod"] == "LEV-50"]  # noqa: E731
    assert stale(_cli(*args)) == []
    assert len(stale(_cli(*args, "--högsta-ålder", "5"))) > 0


def _rule_dir(tmp_path: Path, areas: str, files: dict[str, str]) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "omraden.yaml").write_text(areas, encoding="utf-8")
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


_SUPPLIER_AREA = "lev:\n  prefix: LV\n  titel: L\n  gäller: leverantör\n  katalog: lev\n"
_RULE = '''regel LV-01 "Status"
  område lev
  källa "k"
  typ GUIDE
  säkerhet V2
  utfall info
  kräv status = "aktivt"
  meddelande "m"
slut
'''


def test_a_supplier_rule_outside_its_areas_directory_is_refused(tmp_path):
    from kravmotor.errors import RuleError
    from kravmotor.lang.loader import load_rulebook

    assert load_rulebook(_rule_dir(tmp_path / "ok", _SUPPLIER_AREA, {"lev/LV-01.krav": _RULE})).rule("LV-01").subject == "leverantör"
    with pytest.raises(RuleError) as info:
        load_rulebook(_rule_dir(tmp_path / "fel", _SUPPLIER_AREA, {"LV-01.krav": _RULE}))
    messages = " ".join(p.message for p in info.value.problems)
    assert "okänt fält ”status” i förfrågningsunderlaget" in messages
    assert "området lev gäller leverantör" in messages


def test_an_unknown_subject_in_the_area_file_is_a_located_error(tmp_path):
    from kravmotor.errors import RuleError
    from kravmotor.lang.loader import load_rulebook

    with pytest.raises(RuleError) as info:
        load_rulebook(_rule_dir(tmp_path, _SUPPLIER_AREA.replace("leverantör", "kund"), {}))
    [problem] = info.value.problems
    assert problem.location.field_path == "lev.gäller" and "okänt värde ”kund”" in problem.message
