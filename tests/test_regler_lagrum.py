"""Golden cases for issue 16's closing gaps: which law a rule is about (LOU, LUF, LUK), the whole contract period
with options, and an abolished procedure as a finding. Each test states the outcome a procurer must see, on the
real rulebook and both evaluators."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

from documents import BASE_DOCUMENT
from kravmotor.model.loading import validate_document

LOTS = [{"namn": "Område norr", "uppskattat_värde": 200_000}, {"namn": "Område söder", "uppskattat_värde": 9_800_000}]
FRAMEWORK = {"ramavtal": True, "ramavtalet": {"högsta_värde": 10_000_000, "avropsordning": "fasta villkor"}}
TURNOVER_RULES = ("PROP-01", "PROP-30", "PROP-31", "PROP-40", "PROP-45", "PROP-46")


def _check(checkers, changes: dict, unknown: tuple[str, ...] = ()) -> dict[str, list]:
    """The document as a file is read (the model's own checks), checked by every evaluator, which must agree."""
    raw = copy.deepcopy(BASE_DOCUMENT)
    raw.update(changes)
    raw["okända_uppgifter"] = list(unknown)
    doc = validate_document(raw, "golden.yaml")
    results = [checker.check(doc, "golden.yaml") for checker in checkers.values()]
    assert all([f.model_dump() for f in r.findings] == [f.model_dump() for f in results[0].findings] for r in results)
    by_code: dict[str, list] = {}
    for finding in results[0].findings:
        by_code.setdefault(finding.kod, []).append(finding)
    return by_code


def _outcomes(findings: dict[str, list], code: str) -> list[str]:
    return [f.utfall for f in findings.get(code, [])]


# --- PROP-44: a finding, not a refusal -----------------------------------------------------------


def test_an_old_template_in_2024_is_read_and_gets_prop44_beside_the_other_findings(checkers):
    """A förenklat förfarande announced in 2024 is loaded (no input error), PROP-44 says fel and what replaced
    it, and the other rules still judge the document: its too low estimated value is AVT-09's fel."""
    findings = _check(checkers, {"regim": "19 kap.", "förfarande": "förenklat", "annonseringsdatum": "2024-03-01",
                                 "sista_anbudsdag": "2024-04-01",
                                 "uppskattat_värde": {"totalt": 1_000_000, "per_år": 600_000},
                                 "avtalstid": {"grundperiod_månader": 36, "förlängning_månader": 0}})
    (prop44,) = findings["PROP-44"]
    assert prop44.utfall == "fel"
    assert "ersatts av öppet förfarande" in prop44.meddelande and "2024-03-01" in prop44.meddelande
    assert _outcomes(findings, "AVT-09") == ["fel"]


def test_the_same_procedure_in_2021_is_lawful(checkers):
    findings = _check(checkers, {"regim": "19 kap.", "förfarande": "urvalsförfarande", "annonseringsdatum": "2021-09-01",
                                 "sista_anbudsdag": "2021-10-01"})
    assert "PROP-44" not in findings


def test_a_batch_file_with_an_abolished_procedure_is_checked_not_refused(tmp_path):
    """`granska` on the file: exit 1 (findings), not 2 (an input error), with PROP-44 among the findings."""
    raw = {**copy.deepcopy(BASE_DOCUMENT), "regim": "19 kap.", "förfarande": "förenklat", "annonseringsdatum": "2023-05-02"}
    path = tmp_path / "gammal-mall.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "kravmotor", "granska", "--format", "json", str(path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr[-2000:]
    assert '"PROP-44"' in result.stdout


# --- The whole contract period with options ------------------------------------------------------


def test_a_framework_of_three_years_with_a_two_year_option_is_over_four_years(checkers):
    findings = _check(checkers, {**FRAMEWORK, "avtalstid": {
        "grundperiod_månader": 36, "förlängning_månader": 0,
        "optioner": [{"beskrivning": "Förlängning två år", "månader": 24}, {"beskrivning": "20 % större volym"}]}})
    (avt06,) = findings["AVT-06"]
    assert avt06.utfall == "fel" and "hela avtalstiden med optioner 60 månader" in avt06.meddelande
    assert "avtalstid.optioner[0].månader" in avt06.fält


# --- LUF and LUK: their own rules, or a documented gap, never a silent pass -------------------


def test_an_luf_lot_of_200_000_kr_with_a_4_msek_requirement_asks_for_an_assessment_not_a_lou_error(checkers):
    findings = _check(checkers, {"lagrum": "LUF", "delkontrakt": LOTS, "kvalificeringskrav": [
        {"typ": "omsättning", "belopp": 4_000_000, "delkontrakt": "Område norr"}]})
    assert _outcomes(findings, "PROP-45") == ["bedömning krävs"]
    assert not [code for code in TURNOVER_RULES if "fel" in _outcomes(findings, code)]


def test_the_same_lot_under_lou_is_an_error(checkers):
    findings = _check(checkers, {"delkontrakt": LOTS, "kvalificeringskrav": [
        {"typ": "omsättning", "belopp": 4_000_000, "delkontrakt": "Område norr"}]})
    assert _outcomes(findings, "PROP-30") == ["fel"] and "PROP-45" not in findings


def test_rules_encoded_for_lou_only_are_undecided_when_the_law_is_unknown(checkers):
    """An LUF framework of six years is not judged (the reference has no LUF row); with the law unknown,
    the LOU rule cannot pass silently: underlag saknas naming lagrum."""
    six_years = {**FRAMEWORK, "avtalstid": {"grundperiod_månader": 72, "förlängning_månader": 0}}
    assert "AVT-06" not in _check(checkers, {**six_years, "lagrum": "LUF"})
    (avt06,) = _check(checkers, six_years, unknown=("lagrum",))["AVT-06"]
    assert (avt06.utfall, avt06.fält) == ("underlag saknas", ["lagrum"])


def test_luf_and_luk_application_periods_count_to_the_application_deadline(checkers):
    """10 days to apply and 40 to tender: too short under LUF (never under 15 days) and LUK (30 days)."""
    dates = {"förfarande": "selektivt", "annonseringsdatum": "2026-03-02", "sista_ansökningsdag": "2026-03-12",
             "inbjudan_att_lämna_anbud": "2026-03-20", "sista_anbudsdag": "2026-04-30"}
    luf = _check(checkers, {**dates, "lagrum": "LUF"})
    assert _outcomes(luf, "PROP-41") == ["fel"] and "PROP-47" not in luf
    luk = _check(checkers, {**dates, "lagrum": "LUK"})
    assert _outcomes(luk, "PROP-43") == ["fel"] and "PROP-50" not in luk


def test_luk_first_tenders_after_21_days(checkers):
    dates = {"lagrum": "LUK", "förfarande": "selektivt", "annonseringsdatum": "2026-03-02",
             "sista_ansökningsdag": "2026-04-01", "inbjudan_att_lämna_anbud": "2026-04-10", "sista_anbudsdag": "2026-05-01"}
    assert _outcomes(_check(checkers, {**dates, "elektronisk_anbudsgivning": False}), "PROP-48") == ["fel"]
    electronic = _check(checkers, {**dates, "elektronisk_anbudsgivning": True})
    assert _outcomes(electronic, "PROP-49") == ["bedömning krävs"] and "PROP-48" not in electronic
