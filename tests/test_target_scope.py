"""Whom and when a target file applies to: giltighetsperiod and gäller_för, and `revision` judging only within them."""

from __future__ import annotations

import copy
import io
import json

import pytest
from click.testing import CliRunner
from rich.console import Console

from documents import BASE_DOCUMENT
from kravmotor.cli import main
from kravmotor.errors import InputError
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.rapport.revision_html import render_html
from kravmotor.rapport.revision_report import RevisionReport, RunInfo, render_json, render_terminal
from kravmotor.revision.applicability import NOT_APPLICABLE, Buyer, Scope
from kravmotor.revision.indicators import FOLLOWED, MET, NOT_MET, UNDECIDED, compute
from kravmotor.revision.targets import load_targets

PLAN = load_targets()  # the bundled nämndplan: 2023–2025, its seven member kommuner
EMPLOYMENT = {"sysselsättningskrav": {"beskrivning": "Praktik för nyanlända"}}


def _doc(buyer: str | None, day: str | None, orgnr: str | None = None, employment: bool = True, **changes):
    raw = copy.deepcopy(BASE_DOCUMENT)
    raw["upphandlande_myndighet"] = {"namn": buyer, "organisationsnummer": orgnr, "typ": "kommunal"}
    raw["annonseringsdatum"] = day
    raw["sista_anbudsdag"] = None if day is None else day[:4] + "-12-20"
    raw["särskilda_kontraktsvillkor"] = EMPLOYMENT if employment else {}
    raw.update(changes)
    return Förfrågningsunderlag.model_validate(raw)


def _pick(results, indicator="I-10", dimension="totalt", name=None):
    found = [r for r in results if r.id == indicator and r.group.dimension == dimension
             and (name is None or r.group.name == name)]
    assert len(found) == 1, found
    return found[0]


def test_the_bundled_plan_has_its_period_and_members():
    scope = PLAN.scope
    assert (scope.från.isoformat(), scope.till.isoformat()) == ("2023-01-01", "2025-12-31")
    assert [b.namn for b in scope.gäller_för] == ["Falu kommun", "Borlänge kommun", "Avesta kommun", "Gagnefs kommun",
                                                  "Hedemora kommun", "Ludvika kommun", "Säters kommun"]
    assert scope.notice is None
    assert scope.describe().startswith("Målen gäller 2023–2025 för Falu kommun, Borlänge kommun")


def test_2021_procurements_are_not_judged_against_the_2023_2025_plan_and_the_report_says_why():
    docs = [_doc("Falu kommun", "2021-05-03"), _doc("Stockholms stad", "2021-06-01", employment=False)]
    results = compute(docs, PLAN)
    total = _pick(results)
    assert total.status == NOT_APPLICABLE
    assert total.explanation.startswith("Målet gäller inte 2021: målfilen gäller 2023–2025.")
    assert "Målet gäller inte Stockholms stad (1 av 2 upphandlingar)" in total.explanation
    assert total.value == 50.0  # the value is still shown; only the verdict is withheld
    falun = _pick(results, dimension="myndighet", name="Falu kommun")
    assert falun.status == NOT_APPLICABLE and "2021" in falun.explanation and "Falu kommun" not in falun.explanation
    # no group of a 2021 set gets a verdict on a target
    assert not {r.status for r in results} & {MET, NOT_MET}


def test_a_member_kommun_in_2024_is_judged():
    results = compute([_doc("Falu kommun", "2024-03-04"), _doc("Falu kommun", "2024-09-02", employment=False)], PLAN)
    assert (_pick(results).status, _pick(results).explanation) == (MET, None)  # 1 of 2 = 50 %, target ≥ 50 %
    assert _pick(results, dimension="år", name="2024").status == MET
    assert _pick(results, "I-16").status == MET  # BASE_DOCUMENT's miljökrav in both: 100 % ≥ 98 %
    only_one = compute([_doc("Falu kommun", "2024-09-02", employment=False)], PLAN)
    assert _pick(only_one).status == NOT_MET


def test_a_non_member_is_not_judged_even_in_the_period():
    results = compute([_doc("Stockholms stad", "2024-03-04")], PLAN)
    total = _pick(results)
    assert total.status == NOT_APPLICABLE
    assert total.explanation.startswith("Målet gäller inte Stockholms stad: målfilen gäller för Falu kommun")
    assert "2024" not in total.explanation  # the year is within the period: only the buyer is named


def test_buyers_match_by_organisation_number_first_then_by_name_in_any_case():
    statistics_spelling = compute([_doc("LUDVIKA KOMMUN", "2024-03-04", orgnr="2120002270")], PLAN)
    assert _pick(statistics_spelling).status == MET
    other_body_same_name = compute([_doc("Ludvika kommun", "2024-03-04", orgnr="556049-7140")], PLAN)
    assert _pick(other_body_same_name).status == NOT_APPLICABLE  # the number decides: a company, not the kommun
    renamed = compute([_doc("Avesta kommun, Upphandlingsenheten", "2024-03-04", orgnr="212000-2262")], PLAN)
    assert _pick(renamed).status == MET
    spaced = compute([_doc("  Säters   kommun ", "2024-03-04")], PLAN)
    assert _pick(spaced).status == MET


def test_a_mixed_group_is_not_judged_but_its_member_groups_are():
    docs = [_doc("Falu kommun", "2024-03-04"), _doc("Falu kommun", "2023-05-04"), _doc("Sundsvalls kommun", "2024-03-04"),
            _doc("Borlänge kommun", "2022-11-01")]
    results = compute(docs, PLAN)
    total = _pick(results)
    assert total.status == NOT_APPLICABLE
    assert "Målet gäller inte 2022 (1 av 4 upphandlingar)" in total.explanation
    assert "Målet gäller inte Sundsvalls kommun (1 av 4 upphandlingar)" in total.explanation
    assert _pick(results, dimension="myndighet", name="Falu kommun").status == MET
    assert _pick(results, dimension="år", name="2023").status == MET
    assert _pick(results, dimension="år", name="2024").status == NOT_APPLICABLE  # Sundsvall is in 2024
    # an indicator that is only followed, or lacks data, keeps saying so: there is no verdict to withhold
    assert _pick(results, "I-27").status == "underlaget räcker inte"
    assert _pick(results, "I-11").status == FOLLOWED


def test_a_procurement_without_year_or_buyer_makes_applicability_unknown_never_yes():
    no_year = compute([_doc("Falu kommun", "2024-03-04"), _doc("Falu kommun", None)], PLAN)
    assert _pick(no_year).status == UNDECIDED
    assert _pick(no_year).explanation == "Det går inte att avgöra om målet gäller: 1 upphandling saknar annonseringsdatum."
    no_buyer = compute([_doc("Falu kommun", "2024-03-04"), _doc(None, "2024-04-04")], PLAN)
    assert _pick(no_buyer).status == UNDECIDED and "saknar upphandlande myndighet" in _pick(no_buyer).explanation
    declared = compute([_doc("Falu kommun", "2024-03-04", okända_uppgifter=["upphandlande_myndighet.namn"])], PLAN)
    assert _pick(declared).status == UNDECIDED  # a name declared unknown does not place the procurement
    # known to be outside beats unknown
    assert _pick(compute([_doc(None, "2021-04-04")], PLAN)).status == NOT_APPLICABLE


def _file(tmp_path, head: str, name: str = "mal.yaml"):
    path = tmp_path / name
    path.write_text(f"namn: Egen plan\n{head}indikatorer:\n  - id: I-10\n    titel: Sysselsättningskrav\n"
                    "    mål: {jämförelse: \"≥\", värde: 50}\n", encoding="utf-8")
    return path


def test_a_period_covering_part_of_a_year_does_not_judge_that_year(tmp_path):
    targets = load_targets(_file(tmp_path, "giltig_från: 2023-07-01\ngiltig_till: 2024\n"))
    assert targets.scope.period_text() == "2023-07-01–2024" and targets.scope.gäller_för is None
    results = compute([_doc("Vilken kommun som helst", "2023-09-01"), _doc("Vilken kommun som helst", "2024-09-01")],
                      targets)
    assert _pick(results, dimension="år", name="2023").status == NOT_APPLICABLE
    assert _pick(results, dimension="år", name="2024").status == MET
    assert targets.scope.notice == ("Målfilen anger ingen gäller_för: målen prövas mot sin period och alla upphandlande "
                                    "myndigheter. Ange dem i målfilen så att bara de upphandlingar målen gäller för bedöms.")


def test_gäller_för_by_plain_name_or_number(tmp_path):
    targets = load_targets(_file(tmp_path, "giltig_från: 2024\ngiltig_till: 2024\n"
                                           "gäller_för:\n  - Ekeby kommun\n  - {organisationsnummer: '2120001234'}\n"))
    assert targets.scope.gäller_för == (Buyer("Ekeby kommun"), Buyer(None, "2120001234"))
    assert targets.scope.notice is None
    assert _pick(compute([_doc("EKEBY KOMMUN", "2024-02-01")], targets)).status == MET
    assert _pick(compute([_doc("Annat namn", "2024-02-01", orgnr="212000-1234")], targets)).status == MET
    assert _pick(compute([_doc("Ekeby kommun", "2025-02-01")], targets)).status == NOT_APPLICABLE


def test_an_old_target_file_without_period_and_buyers_still_loads_and_is_said_to_apply_to_everything(tmp_path):
    targets = load_targets(_file(tmp_path, ""))
    assert targets.scope == Scope() and not targets.scope.restricts
    assert targets.scope.notice.startswith("Målfilen anger ingen giltighetsperiod (giltig_från, giltig_till) och ingen "
                                           "gäller_för: målen prövas mot alla år och alla upphandlande myndigheter.")
    results = compute([_doc("Stockholms stad", "2021-03-04")], targets)
    assert _pick(results).status == MET  # judged, as before, and every report says on what assumption
    report = RevisionReport(run=RunInfo("1", "2026-01-01 08:00", None, "0.1.0"), indicators=results, targets=targets)
    buffer = io.StringIO()
    render_terminal(report, Console(file=buffer, width=200, color_system=None))
    assert "Målfilen anger ingen giltighetsperiod" in buffer.getvalue()
    data = json.loads(render_json(report))["mål"]
    assert (data["giltig_från"], data["gäller_för"]) == (None, None) and data["anmärkning"].startswith("Målfilen anger ingen")
    assert "Målfilen anger ingen giltighetsperiod" in render_html(report)


def test_the_reports_say_målet_gäller_inte(tmp_path):
    results = compute([_doc("Falu kommun", "2021-05-03")], PLAN)
    report = RevisionReport(run=RunInfo("1", "2026-01-01 08:00", None, "0.1.0"), indicators=results, targets=PLAN)
    buffer = io.StringIO()
    render_terminal(report, Console(file=buffer, width=200, color_system=None), by_group=True)
    text = buffer.getvalue()
    assert "Målen gäller 2023–2025 för Falu kommun" in text
    # one remark per group for all the indicators it is about, rather than the same sentence six times
    assert "  I-10, I-12, I-16, I-18, I-19, I-20/I-21, I-22: Målet gäller inte 2021: målfilen gäller 2023–2025.\n" in text
    assert "  I-10, I-16, I-18, I-19, I-20/I-21, I-22 (Falu kommun): Målet gäller inte 2021" in text
    page = render_html(report)
    assert "Mål som inte gäller upphandlingarna" in page and "Målet gäller inte 2021" in page
    assert 'class="chip outside"' in page


@pytest.mark.parametrize("head, path, line, words", [
    ("giltig_från: 2025-01-01\ngiltig_till: 2023-12-31\n", "giltig_till", 3, "slutar (2023-12-31) före den börjar"),
    ("giltig_från: 2023-13-01\n", "giltig_från", 2, "ska vara ett datum (ÅÅÅÅ-MM-DD) eller ett år"),
    ("giltig_till: nästa år\n", "giltig_till", 2, "ska vara ett datum"),
    ("gäller_för: []\n", "gäller_för", 2, "minst en upphandlande myndighet"),
    ("gäller_för:\n  - {namn: Ekeby kommun, organisationsnummer: 12-34}\n", "gäller_för[0].organisationsnummer", 3,
     "tio siffror"),
    ("gäller_för:\n  - {kommun: Ekeby}\n", "gäller_för[0].kommun", 3, "okänd nyckel"),
])
def test_a_bad_period_or_buyer_list_is_a_located_swedish_error(tmp_path, head, path, line, words):
    with pytest.raises(InputError) as info:
        load_targets(_file(tmp_path, head))
    problem = next(p for p in info.value.problems if p.location.field_path == path)
    assert problem.location.line == line and problem.location.file.endswith("mal.yaml")
    assert words in problem.message


def test_revision_with_a_bad_period_exits_2_naming_the_file_and_line(tmp_path):
    targets = _file(tmp_path, "giltig_från: 2025\ngiltig_till: 2023\n")
    source = tmp_path / "in" / "u.yaml"
    source.parent.mkdir()
    source.write_text(json.dumps(BASE_DOCUMENT, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
    database = tmp_path / "r.sqlite"
    result = CliRunner().invoke(main, ["revision", str(source.parent), "--databas", str(database), "--mål", str(targets)])
    assert result.exit_code == 2, result.output
    assert f"{targets}:3" in result.output and "giltig_till" in result.output and "före den börjar" in result.output
    assert "Traceback" not in result.output and not database.exists()  # refused before any work
