"""`kravmotor mognad`: the seed's formulas by hand, levels and gaps, the template and schema, the audit's
evidence on the real 2021 statistics, several organisations, and bad answers files."""

from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner

from kravmotor.cli import main
from kravmotor.mognad import katalog
from kravmotor.mognad.bedomning import Assessor, Intervall, spread
from kravmotor.model.organisation import Självskattning
from kravmotor.resources import rules_dir
from organisationer import base_organisation, top_answers
from uhm_data import write_buyer_slice



@pytest.fixture(scope="module")
def assessor(rulebook):
    return Assessor(rulebook)


def _organisation(assessor, **changes) -> dict:
    raw = base_organisation([c.code for c in assessor.criteria])
    raw.update(changes)
    return raw


def _assess(assessor, raw: dict, evidence=None):
    return assessor.assess(Självskattning.model_validate(raw), evidence)


# --- Ambitionsgrafen: the seed's formulas, by hand --------------------------------------------

# One respondent, every kind of answer: ja (3), the scale 4..1, question 3.4 weighted 0,5 (delar av portföljen).
HAND = {"v1_1": "ja", "v1_2": "instämmer delvis", "v1_3": "instämmer inte helt", "v1_4": "instämmer i hög grad",
        "v1_5": "instämmer inte alls",
        "v2_1": "instämmer i hög grad", "v2_2": "instämmer delvis", "v2_3": "instämmer inte helt",
        "v2_4": "instämmer inte helt",
        "v3_1": "instämmer i hög grad", "v3_2": "instämmer delvis", "v3_3": "instämmer inte helt",
        "v3_4": "instämmer i hög grad", "v3_4_omfattning": "delar av inköpsportföljen", "v3_5": "instämmer inte alls",
        "h_1": "instämmer i hög grad", "h_2": "instämmer i hög grad", "h_3": "instämmer delvis",
        "h_4": "instämmer inte helt", "h_5": "instämmer inte alls"}


def test_a_respondents_position_is_the_seeds_formulas_by_hand(assessor):
    """Område 1: (3 + 3 + 2 + 4 + 1) / 5 = 2,6 (mean, the natural reading); område 2: (4 + 3 + 2 + 2) / 4 =
    2,75; område 3: (4 + 3 + 2 + 0,5 × 4 + 1) / 5 = 2,4 (”multiplicerades med den enskilda poängen ... delades
    med fem”); V = (2,6 + 2,75 + 2,4) / 3 = 2,5833; H = (4 + 4 + 3 + 2 + 1) / 5 = 2,8."""
    raw = _organisation(assessor, ambitionsgrafen=[{"respondent": "R1", "roll": "inköpschef", "svar": HAND}])
    point = _assess(assessor, raw).ambitionsgraf.respondenter[0]
    assert point.områden["område1"] == Intervall(lägst=2.6, högst=2.6)
    assert point.områden["område2"] == Intervall(lägst=2.75, högst=2.75)
    assert point.områden["område3"] == Intervall(lägst=2.4, högst=2.4)
    assert point.V.exact and point.V.lägst == pytest.approx((2.6 + 2.75 + 2.4) / 3)
    assert Intervall(lägst=2.8, högst=2.8) == point.H


def test_dont_know_makes_the_position_the_range_of_every_possible_answer(assessor):
    """h_5 unknown: H is (4 + 4 + 3 + 2 + x) / 5 for x in 1..4, so 2,8 to 3,4; an unknown weight of 3.4 gives
    område 3 from (4 + 3 + 2 + 0,5 × 4 + 1) / 5 = 2,4 to (4 + 3 + 2 + 4 + 1) / 5 = 2,8."""
    answers = {**HAND, "h_5": "vet inte", "v3_4_omfattning": "vet inte"}
    raw = _organisation(assessor, ambitionsgrafen=[{"respondent": "R1", "roll": "inköpschef", "svar": answers}])
    point = _assess(assessor, raw).ambitionsgraf.respondenter[0]
    assert (point.H.lägst, point.H.högst) == pytest.approx((2.8, 3.4))
    assert (point.områden["område3"].lägst, point.områden["område3"].högst) == pytest.approx((2.4, 2.8))
    assert point.okända_svar == ["AMB-34 från R1", "AMB-45 från R1"]


def test_the_yes_no_question_spans_0_to_3_and_the_axes_their_documented_ranges(assessor):
    """rules-reference 8.2: område 1 lies in [0,8; 3,8] (the yes/no item is 0 or 3), H in [1; 4]."""
    lowest = {name: ("nej" if name == "v1_1" else "delar av inköpsportföljen" if name == "v3_4_omfattning"
                     else "instämmer inte alls") for name in HAND}
    unknown = dict.fromkeys(HAND, "vet inte")
    raw = _organisation(assessor, ambitionsgrafen=[{"respondent": "R1", "roll": "inköpschef", "svar": lowest},
                                                   {"respondent": "R2", "roll": "inköpschef", "svar": unknown}])
    low, open_ = _assess(assessor, raw).ambitionsgraf.respondenter
    assert low.områden["område1"].lägst == pytest.approx(0.8) and low.H.lägst == pytest.approx(1)
    assert (open_.områden["område1"].lägst, open_.områden["område1"].högst) == pytest.approx((0.8, 3.8))
    assert (open_.H.lägst, open_.H.högst) == pytest.approx((1, 4))


def test_roles_and_the_organisation_are_means_and_their_spread_a_result(assessor):
    respondents = [{"respondent": "R1", "roll": "inköpschef", "svar": HAND},
                   {"respondent": "R2", "roll": "inköpschef", "svar": top_answers()},
                   {"respondent": "R3", "roll": "politisk ledning", "svar": {**top_answers(), "h_1": "instämmer inte alls"}}]
    graph = _assess(assessor, _organisation(assessor, ambitionsgrafen=respondents)).ambitionsgraf
    chef = next(r for r in graph.roller if r.roll == "inköpschef")
    politics = next(r for r in graph.roller if r.roll == "politisk ledning")
    assert chef.svarande == 2 and chef.H.lägst == pytest.approx((2.8 + 4) / 2)
    assert politics.H.lägst == pytest.approx((1 + 4 * 4) / 5)
    assert graph.organisation.H.lägst == pytest.approx((2.8 + 4 + 3.4) / 3)
    assert graph.rollspridning["H"].lägst == pytest.approx(3.4 - 3.4) and graph.rollspridning["V"].exact


def test_the_spread_of_ranges_is_every_possible_difference():
    assert spread([Intervall(lägst=2, högst=3), Intervall(lägst=2.5, högst=4)]) == Intervall(lägst=0, högst=2)
    assert spread([Intervall(lägst=1, högst=1.5), Intervall(lägst=3, högst=3)]) == Intervall(lägst=1.5, högst=2)
    assert not spread([Intervall(lägst=1, högst=1), Intervall()]).known


def test_nobody_answering_leaves_the_position_unknown_not_zero(assessor):
    result = _assess(assessor, _organisation(assessor, ambitionsgrafen=[]))
    assert result.ambitionsgraf.svarande == 0 and result.ambitionsgraf.organisation is None
    assert {f.utfall for f in result.fynd if f.kod.startswith("AMB-")} == {"underlag saknas"}


# --- Dalamodellen: levels, gaps, and how delvis counts -------------------------------------------


def _cell(result, step, perspective):
    return next(c for c in result.celler if (c.steg, c.perspektiv) == (step, perspective))


def test_levels_gaps_and_what_tillfredsställande_lacks(assessor):
    raw = _organisation(assessor)
    raw["dalamodellen"].update({"DAL-1112": {"svar": "delvis"}, "DAL-1213": {"svar": "inte"},
                                "DAL-3121": {"svar": "inte"}, "DAL-4311": {"svar": "vet inte"}})
    result = _assess(assessor, raw)
    one = _cell(result, 1, "styrning")
    assert (one.nivå_lägst, one.nivå_högst) == (1, 1) and one.att_arbeta_med == ["DAL-1112"]
    assert (_cell(result, 1, "verksamhet").nivå_lägst, _cell(result, 3, "styrning").nivå_lägst) == (2, 0)
    assert _cell(result, 3, "styrning").att_arbeta_med == ["DAL-3121"]
    open_ = _cell(result, 4, "resurs")  # the unknown tillfredsställande criterion: anything from 0 to excellent
    assert (open_.nivå_lägst, open_.nivå_högst, open_.okända) == (0, 3, ["DAL-4311"])
    assert _cell(result, 2, "styrning").nivå_lägst == 3
    assert result.saknas_för_tillfredsställande == ["DAL-3121"]
    assert result.okända_för_tillfredsställande == ["DAL-4311"]
    assert {f.kod: f.utfall for f in result.fynd if f.kod.startswith("DAL")} == {
        "DAL-1112": "info", "DAL-1213": "info", "DAL-3121": "varning", "DAL-4311": "underlag saknas"}


def test_a_criterion_left_out_is_unknown_never_no(assessor):
    raw = _organisation(assessor)
    del raw["dalamodellen"]["DAL-2111"]
    result = _assess(assessor, raw)
    assert [(f.kod, f.utfall, f.fält) for f in result.fynd if f.kod == "DAL-2111"] == [
        ("DAL-2111", "underlag saknas", ["DAL-2111"])]
    assert (_cell(result, 2, "styrning").nivå_lägst, _cell(result, 2, "styrning").nivå_högst) == (0, 3)


def test_partly_counts_as_met_only_when_chosen(rulebook):
    raw = base_organisation([c.code for c in Assessor(rulebook).criteria])
    raw["dalamodellen"]["DAL-1111"] = {"svar": "delvis"}
    strict = Assessor(rulebook).assess(Självskattning.model_validate(raw))
    lenient = Assessor(rulebook, partly_counts=True).assess(Självskattning.model_validate(raw))
    assert _cell(strict, 1, "styrning").nivå_lägst == 0 and _cell(lenient, 1, "styrning").nivå_lägst == 3
    assert [f.kod for f in lenient.fynd] == ["DAL-1111"]  # still a gap to work on


def test_the_catalogue_has_every_cell_of_the_model(assessor):
    assert len(assessor.criteria) == 111 and len(assessor.questions) == 19
    assert katalog.cells(assessor.criteria) == [(s, p) for s in (1, 2, 3, 4) for p in ("styrning", "verksamhet", "resurs",
                                                                                         "marknad")] + [(5, "kris")]
    assert all(c.goals and set(c.goals) <= set(katalog.GOALS) for c in assessor.criteria)


# --- The template, filled in, and the whole command -------------------------------------------------


def _fill(template: str) -> dict:
    """The template as a fictional kommun fills it in."""
    data = yaml.safe_load(template)
    data["organisation"] = "Exempelby kommun"
    for code, answer in data["dalamodellen"].items():
        answer["svar"] = {1: "uppfyllt", 2: "delvis", 3: "inte"}[int(code[-1])]
    data["dalamodellen"]["DAL-1121"]["svar"] = "inte"
    data["ambitionsgrafen"][0]["svar"] = HAND
    data["ambitionsgrafen"].append({"respondent": "R2", "roll": "politisk ledning", "svar": {**HAND, "h_5": "vet inte"}})
    return data


def test_template_filled_in_gives_levels_gaps_position_and_reports(tmp_path, rulebook):
    runner = CliRunner()
    made = runner.invoke(main, ["mognad", "--mall"])
    assert made.exit_code == 0, made.output
    template = yaml.safe_load(made.output)
    assert set(template["dalamodellen"]) == {c.code for c in Assessor(rulebook).criteria}
    assert "Källa: Dalamodellen" in made.output and "uppfyllt | delvis | inte | vet inte" not in made.output
    assert "instämmer i hög grad | instämmer delvis" in made.output and "# AMB-11: Vi har mål" in made.output
    answers = tmp_path / "svar.yaml"
    answers.write_text(yaml.safe_dump(_fill(made.output), allow_unicode=True), encoding="utf-8")

    text = runner.invoke(main, ["mognad", str(answers)], env={"COLUMNS": "160"})
    assert text.exit_code == 0, text.output
    assert "Dalamodellen: nivå per steg och perspektiv" in text.output
    assert "DAL-1121 (inte) Styrdokument" in text.output and "DAL-1212 (delvis)" in text.output
    assert "DAL-1122" not in text.output  # its cell does not reach tillfredsställande: that is the next level
    assert "Tillfredsställande, som alla organisationer bör nå, saknar 1 kriterier: DAL-1121" in text.output

    report = json.loads(runner.invoke(main, ["mognad", str(answers), "--format", "json"]).output)
    [assessment] = report["bedömningar"]
    assert _cell_dict(assessment, 1, "styrning")["nivå_lägst"] == 0 and _cell_dict(assessment, 2, "styrning")["nivå_lägst"] == 1
    organisation = assessment["ambitionsgraf"]["organisation"]
    assert organisation["H"] == {"lägst": pytest.approx(2.8), "högst": pytest.approx((2.8 + 3.4) / 2)}

    page = tmp_path / "mognad.html"
    assert runner.invoke(main, ["mognad", str(answers), "--utdata", str(page)]).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "<table class='heat'>" in html and "<svg" in html and "Att arbeta med för nästa nivå" in html
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")


def _cell_dict(assessment: dict, step: int, perspective: str) -> dict:
    return next(c for c in assessment["celler"] if (c["steg"], c["perspektiv"]) == (step, perspective))


def test_the_schema_describes_every_criterion_and_question(rulebook):
    result = CliRunner().invoke(main, ["schema", "--för", "självskattning"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.output)
    criteria = schema["properties"]["dalamodellen"]
    assert criteria["additionalProperties"] is False and len(criteria["properties"]) == 111
    assert "Dalastrategin 2030" in criteria["properties"]["DAL-1132"]["description"]
    answers = schema["$defs"]["Ambitionssvar"]["properties"]
    assert answers["v1_1"]["description"].startswith("AMB-11: Vi har mål för inköpsverksamheten")
    assert {"ja", "nej", "vet inte"} <= set(json.dumps(answers["v1_1"], ensure_ascii=False).split('"'))


# --- Bad answers files ---------------------------------------------------------------------------


def test_a_misspelt_criterion_or_answer_is_a_located_swedish_error(tmp_path, assessor):
    raw = _organisation(assessor)
    raw["dalamodellen"]["DAL-1191"] = {"svar": "uppfyllt"}
    raw["dalamodellen"]["DAL-1111"] = {"svar": "ja"}
    raw["ambitionsgrafen"][0]["roll"] = "kommunchef"
    bad, good = tmp_path / "fel.yaml", tmp_path / "rätt.yaml"
    bad.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    good.write_text(yaml.safe_dump(_organisation(assessor), allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(main, ["mognad", str(bad), str(good), "--format", "json"])
    assert result.exit_code == 2
    problems = [p["meddelande"] for p in json.loads(result.stdout)["problem"]]
    assert any("okänt kriterium 'DAL-1191'; menade du 'DAL-" in p for p in problems), problems
    assert any("tillåtna värden: 'uppfyllt', 'delvis', 'inte', 'vet inte'" in p for p in problems), problems
    assert any("'politisk ledning'" in p for p in problems), problems
    assert len(json.loads(result.stdout)["bedömningar"]) == 1  # the good file is still assessed
    assert "Traceback" not in result.output


def test_revision_options_need_a_run(tmp_path, assessor):
    answers = tmp_path / "svar.yaml"
    answers.write_text(yaml.safe_dump(_organisation(assessor), allow_unicode=True), encoding="utf-8")
    missing = CliRunner().invoke(main, ["mognad", str(answers), "--revision", "1", "--databas", str(tmp_path / "x.sqlite")])
    assert missing.exit_code == 2 and "databasen finns inte" in missing.output
    assert CliRunner().invoke(main, ["mognad", str(answers), "--myndighet", "X"]).exit_code == 2


# --- The audit's evidence: Ludvika kommun in the 2021 statistics ----------------------------------


@pytest.fixture(scope="module")
def ludvika_run(tmp_path_factory):
    """A revision run over every procurement LUDVIKA KOMMUN advertised in 2021 (156 in the statistics)."""
    from kravmotor.revision.runner import run_revision
    from kravmotor.revision.store import Store

    directory = tmp_path_factory.mktemp("ludvika")
    export = write_buyer_slice(directory / "export", "LUDVIKA KOMMUN")
    database = directory / "revision.sqlite"
    with Store(database) as store:
        report = run_revision(store, [str(export)], rule_dir=rules_dir(), workers=1)
    return database, report.run


def test_ludvika_evidence_shows_data_for_criteria_and_flags_contradictions(assessor, ludvika_run):
    from kravmotor.mognad.bevis import from_run

    database, run = ludvika_run
    evidence = from_run(database, run, "Ludvika kommun")  # the case of the name does not matter
    assert (evidence.buyer, evidence.procurements) == ("LUDVIKA KOMMUN", 156)
    raw = _organisation(assessor, organisation="Ludvika kommun (fiktiv)")
    raw["dalamodellen"].update({"DAL-3312": {"svar": "inte"}, "DAL-3313": {"svar": "inte"}})
    result = _assess(assessor, raw, evidence)
    rows = {r.kriterium: r for r in result.bevis.rader}
    with_data = [r for r in rows.values() if r.ja + r.nej > 0]
    assert len(with_data) >= 3, rows
    # Every procurement's coordination is known, and none was coordinated: "samverkar i enstaka
    # upphandlingar" answered uppfyllt is contradicted.
    assert (rows["DAL-1331"].ja, rows["DAL-1331"].nej, rows["DAL-1331"].okända) == (0, 156, 0)
    assert rows["DAL-1331"].bedömning == "motsägs"
    # Two procurements are dynamic purchasing systems: "använder dynamiska inköpssystem" answered inte is too.
    assert rows["DAL-3312"].ja == 2 and rows["DAL-3312"].bedömning == "motsägs"
    # The statistics flag environmental requirements only where there are some: 1 yes and 155 unknown make
    # "some" certain, and "most" or "all" undecidable: a span, not a verdict.
    assert rows["DAL-3131"].bedömning == "stämmer"
    assert (rows["DAL-3133"].värde.lägst, rows["DAL-3133"].värde.högst) == pytest.approx((100 / 156, 100))
    assert rows["DAL-3133"].bedömning == "kan inte avgöras"
    # Four procedures are unknown: whether a negotiated procedure or dialogue was used cannot be told.
    assert rows["DAL-3313"].bedömning == "kan inte avgöras" and rows["DAL-3313"].okända == 4
    warnings = {f.kod for f in result.fynd if f.utfall == "varning" and f.kod.startswith("BEV")}
    assert warnings == {"BEV-06", "BEV-07"}


def test_ludvika_on_the_command_line_and_an_unknown_buyer(tmp_path, assessor, ludvika_run):
    database, run = ludvika_run
    answers = tmp_path / "ludvika.yaml"
    answers.write_text(yaml.safe_dump(_organisation(assessor, organisation="Ludvika kommun"), allow_unicode=True),
                       encoding="utf-8")
    result = CliRunner().invoke(main, ["mognad", str(answers), "--revision", str(run), "--databas", str(database),
                                       "--myndighet", "LUDVIKA KOMMUN", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["bedömningar"][0]["bevis"]["rader"]
    assert {r["kriterium"] for r in rows if r["bedömning"] == "motsägs"} == {"DAL-1331"}
    wrong = CliRunner().invoke(main, ["mognad", str(answers), "--revision", str(run), "--databas", str(database),
                                      "--myndighet", "LUDVIKA KOMUN"])
    assert wrong.exit_code == 2 and "närmast: LUDVIKA KOMMUN" in wrong.output


# --- Several organisations: the national follow-up ----------------------------------------------------


def test_several_organisations_give_each_position_and_the_distribution(tmp_path, assessor):
    files = []
    for n, (answer, h) in enumerate([("instämmer i hög grad", "instämmer i hög grad"),
                                     ("instämmer delvis", "instämmer inte alls"),
                                     ("instämmer inte helt", "vet inte")]):
        raw = _organisation(assessor, organisation=f"Kommun {n + 1}")
        for respondent in raw["ambitionsgrafen"]:
            respondent["svar"] = {k: (h if k.startswith("h_") else answer if k not in ("v1_1", "v3_4_omfattning")
                                      else v) for k, v in top_answers().items()}
        if n == 2:
            raw["dalamodellen"]["DAL-1111"] = {"svar": "inte"}
        path = tmp_path / f"k{n}.yaml"
        path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
        files.append(str(path))
    report = json.loads(CliRunner().invoke(main, ["mognad", *files, "--format", "json"]).stdout)
    spread_ = report["fördelning"]
    assert [o["roll"] for o in spread_["organisationer"]] == ["Kommun 1", "Kommun 2", "Kommun 3"]
    assert spread_["per_axel"]["H"]["lägst"] == {"lägst": 1.0, "högst": 1.0}
    assert spread_["per_axel"]["H"]["högst"] == {"lägst": 4.0, "högst": 4.0}
    assert spread_["per_axel"]["H"]["median"] == {"lägst": 1.0, "högst": 4.0}  # Kommun 3's H is unknown: 1 to 4
    first = next(iter(spread_["nivåer"].values()))
    assert first == {"under tillfredsställande": 1, "tillfredsställande": 0, "mycket tillfredsställande": 0, "excellent": 2}
    page = tmp_path / "alla.html"
    assert CliRunner().invoke(main, ["mognad", *files, "--utdata", str(page)]).exit_code == 0
    assert "Fördelning över 3 organisationer" in page.read_text(encoding="utf-8")
