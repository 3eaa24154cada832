"""Unknown facts: every rule decided as soon as the known facts decide it, and only then.

Golden cases: each test states the outcome a procurer must see, on the real rulebook,
for both evaluators (the feature suite and tests/test_differential.py cover the rest).
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from pydantic import ValidationError

from documents import BASE_DOCUMENT
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.model.loading import load_document
from kravmotor.motor.facts import document_facts
from kravmotor.motor.findings import missing_facts
from kravmotor.values import UNKNOWN

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _doc(changes: dict | None = None, unknown: list[str] = (), drop: tuple[str, ...] = ()) -> Förfrågningsunderlag:
    raw = copy.deepcopy(BASE_DOCUMENT)
    for name in drop:
        raw.pop(name)
    raw.update(changes or {})
    raw["okända_uppgifter"] = list(unknown)
    return Förfrågningsunderlag.model_validate(raw)


def _findings(checkers, doc) -> dict[str, list]:
    """Findings by code; both evaluators must give the same."""
    results = [checker.check(doc) for checker in checkers.values()]
    dumps = [[f.model_dump() for f in r.findings] for r in results]
    assert all(d == dumps[0] for d in dumps), "the evaluators disagree"
    by_code: dict[str, list] = {}
    for f in results[0].findings:
        by_code.setdefault(f.kod, []).append(f)
    return by_code


# --- What is unknown ------------------------------------------------------------------


def test_a_fact_left_out_is_unknown_and_a_section_left_out_is_none():
    assert "kvalificeringskrav" not in BASE_DOCUMENT
    data, uncertain = document_facts(_doc(drop=("sista_anbudsdag",)))
    assert uncertain
    assert data["sista_anbudsdag"] is UNKNOWN
    assert data["kvalificeringskrav"] == []  # a tender without requirements has none


def test_declared_paths_reach_elements_and_every_element():
    doc = _doc({"kvalificeringskrav": [{"typ": "omsättning", "belopp": 1}, {"typ": "omsättning", "belopp": 2}]},
               unknown=["kvalificeringskrav[1].belopp", "delkontrakt.namn"])
    data, _ = document_facts(doc)
    assert [k["belopp"] for k in data["kvalificeringskrav"]] == [1, UNKNOWN]
    assert [lot["namn"] for lot in data["delkontrakt"]] == [UNKNOWN, UNKNOWN]


def test_a_nothing_uncertain_document_takes_the_two_valued_path():
    assert document_facts(_doc())[1] is False
    assert document_facts(_doc({"uppskattat_värde": {"totalt": {"lägst": 1, "högst": 2}}}))[1] is True


@pytest.mark.parametrize("path", ["regimen", "kvalificeringskrav[x].belopp", "uppskattat_värde.totalt.mer"])
def test_unknown_paths_must_be_fields(path):
    with pytest.raises(ValidationError, match="är inget fält"):
        _doc(unknown=[path])


# --- Golden cases -----------------------------------------------------------------------


def test_the_tender_period_rule_names_the_missing_deadline(checkers):
    """The issue's first case: lokalvård med brister without sista_anbudsdag. PROP-09 is not
    silently dropped: it is underlag saknas naming sista_anbudsdag, and only that."""
    raw = load_document(EXAMPLES / "lokalvard-med-brister.yaml").model_dump(exclude={"sista_anbudsdag"})
    findings = _findings(checkers, Förfrågningsunderlag.model_validate(raw))
    (prop09,) = findings["PROP-09"]
    assert prop09.utfall == "underlag saknas"
    assert prop09.fält == ["sista_anbudsdag"]
    assert "”sista_anbudsdag”" in prop09.meddelande
    missing = {m.uppgift: m.regler for m in missing_facts([f for fs in findings.values() for f in fs])}
    assert missing == {"sista_anbudsdag": ["PROP-09"]}
    assert [f.utfall for f in findings["PROP-01"]] == ["fel"]  # the rest is decided as before


def test_known_facts_decide_despite_an_unknown(checkers):
    """An open procedure would need the deadline; a negotiated one is not the rule's business."""
    findings = _findings(checkers, _doc({"förfarande": "förhandlat med föregående annonsering"}, drop=("sista_anbudsdag",)))
    assert "PROP-09" not in findings


def test_a_short_period_is_an_error_whatever_the_unknown_prior_notice(checkers):
    """14 days is too short even after a prior notice: whether there was one does not matter."""
    findings = _findings(checkers, _doc({"sista_anbudsdag": "2026-03-16"}, unknown=["förhandsannons"]))
    assert [f.utfall for f in findings["PROP-09"]] == ["fel"]


def test_a_period_the_prior_notice_would_allow_names_the_notice(checkers):
    """20 days is enough only after a prior notice or when urgent: an unknown notice is what blocks."""
    findings = _findings(checkers, _doc({"sista_anbudsdag": "2026-03-22"}, unknown=["förhandsannons"]))
    (prop09,) = findings["PROP-09"]
    assert (prop09.utfall, prop09.fält) == ("underlag saknas", ["förhandsannons"])


def test_an_unknown_day_blocks_dated_rules_that_would_apply(checkers):
    findings = _findings(checkers, _doc({"sista_anbudsdag": "2026-03-22"}, drop=("annonseringsdatum",)))
    (prop09,) = findings["PROP-09"]
    assert prop09.utfall == "underlag saknas" and "annonseringsdatum" in prop09.fält


def test_unknown_cpv_codes_block_the_classified_rules(checkers):
    findings = _findings(checkers, _doc({"behövlighetsbedömning": None}, drop=("cpv_koder",)))
    blocked = {code for code, fs in findings.items() if any("cpv_koder" in f.fält for f in fs)}
    assert {"SOC-05", "SER-04"} <= blocked, blocked  # SOC-05: the CPV presumption of a risk industry
    assert all(f.utfall == "underlag saknas" for code in blocked for f in findings[code])


def test_unknown_lot_codes_leave_what_the_known_codes_give(checkers):
    """Cleaning is a risk industry by the document's own code: a lot whose codes are unknown cannot
    undo that (SER-04 decides), but with an office-services code it could add one (SER-04 waits,
    naming the lots)."""
    lots, unknown = {"delkontrakt": [{"namn": "a"}]}, ["delkontrakt[0].cpv_koder"]
    cleaning = _findings(checkers, _doc({"cpv_koder": ["90911200-8"], **lots}, unknown=unknown))
    assert [f.utfall for f in cleaning["SER-04"]] == ["varning"]
    office = _findings(checkers, _doc({"cpv_koder": ["79000000-4"], **lots}, unknown=unknown))
    (ser04,) = office["SER-04"]
    assert (ser04.utfall, ser04.fält) == ("underlag saknas", ["delkontrakt[0].cpv_koder"])


def test_a_requirement_amount_unknown_is_named_with_its_index(checkers):
    doc = _doc({"kvalificeringskrav": [{"typ": "omsättning", "belopp": 1_000_000}, {"typ": "omsättning"}]})
    findings = _findings(checkers, doc)
    (prop01,) = findings["PROP-01"]
    assert (prop01.utfall, prop01.fält) == ("underlag saknas", ["kvalificeringskrav[1].belopp"])


def test_requirements_that_may_be_more_than_listed_block_the_rule_when_the_regime_is_unknown(checkers):
    """The listed turnover requirement is within twice the value, but `kvalificeringskrav[+]` says there may
    be others, and PROP-01 applies if the regime is directive-governed: neither may silently pass."""
    doc = _doc({"kvalificeringskrav": [{"typ": "omsättning", "belopp": 0}], "uppskattat_värde": {"totalt": 0}},
               unknown=["kvalificeringskrav[+]"], drop=("regim",))
    (prop01,) = _findings(checkers, doc)["PROP-01"]
    assert prop01.utfall == "underlag saknas"
    assert {"regim", "kvalificeringskrav"} <= set(prop01.fält)
    known_regime = _doc({"kvalificeringskrav": [{"typ": "omsättning", "belopp": 0}], "uppskattat_värde": {"totalt": 0},
                         "regim": "19 kap."}, unknown=["kvalificeringskrav[+]"])
    assert "PROP-01" not in _findings(checkers, known_regime)  # the regime alone settles it


def test_known_environmental_requirements_satisfy_a_count_though_more_may_exist(checkers):
    miljo = [{"område": "transporter", "nivå": "bas", "användning": "kontraktsvillkor"}]
    some = _findings(checkers, _doc({"miljökrav": miljo}, unknown=["miljökrav[+]"]))
    assert "MILJ-01" not in some  # one known requirement: the rule holds whatever the others are
    none_known = _findings(checkers, _doc({"miljökrav": []}, unknown=["miljökrav[+]"]))
    assert [f.utfall for f in none_known["MILJ-01"]] == ["underlag saknas"]


# --- Amounts known only as a span ------------------------------------------------------------


@pytest.mark.parametrize("value, outcome", [(6_000_000, "fel"), (2_400_000, "bedömning krävs"), (1_000_000, None)])
def test_2026_thresholds_decide_outside_their_span(checkers, value, outcome):
    """The issue's second case: the 2026 threshold (216 000 euro) is 2 332 800–2 505 600 kr."""
    doc = _doc({"regim": "19 kap.", "uppskattat_värde": {"totalt": value}, "delkontrakt": []})
    found = [f for f in _findings(checkers, doc).get("PROP-15", [])]
    assert [f.utfall for f in found] == ([outcome] if outcome else [])
    if outcome == "bedömning krävs":
        assert "mellan 2 332 800 och 2 505 600 kr" in found[0].meddelande
        assert "216 000 euro" in found[0].meddelande  # the span's source


def test_a_document_amount_known_only_as_a_span(checkers):
    doc = _doc({"regim": "19 kap.", "uppskattat_värde": {"totalt": {"lägst": 2_000_000, "högst": 3_000_000}}})
    (prop15,) = _findings(checkers, doc)["PROP-15"]
    assert prop15.utfall == "bedömning krävs"
    assert "”uppskattat_värde.totalt” är bara känt som ett spann: mellan 2 000 000 och 3 000 000 kr" in prop15.meddelande
    far = _doc({"regim": "19 kap.", "uppskattat_värde": {"totalt": {"lägst": 5_000_000, "högst": 7_000_000}}})
    assert [f.utfall for f in _findings(checkers, far)["PROP-15"]] == ["fel"]


def test_a_parameter_without_a_value_for_the_day(checkers):
    """LUK 2017: the threshold parameter has no value (LUK came into force on 2017-01-01; the first amount the
    reference gives is 2018's); SOC-01 (in force from 2017-06-01) names the parameter, not a fact the procurer
    could fill in."""
    doc = _doc({"lagrum": "LUK", "annonseringsdatum": "2017-08-01", "sista_anbudsdag": "2017-09-11",
                "behövlighetsbedömning": {"risk_för_oskäliga_arbetsvillkor": True}})
    (soc01,) = _findings(checkers, doc)["SOC-01"]
    assert soc01.utfall == "underlag saknas" and soc01.fält == []
    assert "parametern ”tröskelvärde” saknar värde för annonseringsdatum 2017-08-01" in soc01.meddelande


def test_a_law_left_open_leaves_the_threshold_open(checkers):
    """Without lagrum the threshold could be LOU's or LUF's, or none (LUK, LOV): the rule is blocked
    by lagrum, a fact to fill in, and names it rather than a span."""
    for value in (3_000_000, 70_000_000):
        doc = _doc({"regim": "19 kap.", "uppskattat_värde": {"totalt": value}}, drop=("lagrum",))
        (prop15,) = _findings(checkers, doc)["PROP-15"]
        assert (prop15.utfall, prop15.fält) == ("underlag saknas", ["lagrum"])
