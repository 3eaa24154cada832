"""The Mognad page through its HTTP surface: the CLI's assessment of uploaded answers files, the form validated by the
same loader as a file, its answers downloaded as a file `kravmotor mognad` reads back, and a revision run's evidence."""

from __future__ import annotations

import html
import json

import pytest
import yaml

pytest.importorskip("starlette", reason="webbgränssnittet kräver tillägget webb (pip install '.[webb]')")

from click.testing import CliRunner  # noqa: E402
from webb_helpers import EXAMPLES, start, upload  # noqa: E402
from webb_helpers import text_of as _text_of  # noqa: E402

from kravmotor.cli import main  # noqa: E402

ÅS = EXAMPLES / "mognad" / "exempelas-kommun.yaml"
BY = EXAMPLES / "mognad" / "exempelby-kommun.yaml"


def _cli_json(*args) -> dict:
    result = CliRunner().invoke(main, ["mognad", *map(str, args), "--format", "json"])
    assert result.exit_code in (0, 2), result.output
    return json.loads(result.output)


def _without_file(report: dict) -> list:
    """The assessments with every file name (the report's and each finding's) taken out: the CLI names the path."""

    def strip(node):
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k != "fil"}
        return [strip(v) for v in node] if isinstance(node, list) else node

    return strip(report["bedömningar"])


def text_of(page: str) -> str:
    return html.unescape(_text_of(page))


def _form(token: str, **fields) -> dict:
    data = {"csrf": token, "organisation": "Provby kommun", "datum": "2026-11-30", "antal-svarande": "0",
            "atgard": "bedom"}
    data.update(fields)
    return data


def test_an_uploaded_answers_file_is_the_clis_assessment_and_fills_the_form(tmp_path):
    app, http, token = start(tmp_path)
    response = upload(http, token, ÅS, url="/mognad/ladda-upp")
    assert response.status_code == 200 and response.url.fragment == "bedomning"
    page = text_of(response.text)
    assert "Nivåer: Exempelås kommun" in page and "Steg 1 Strategisk inriktning – Resurs och kompetens tillfredsställande" in page
    assert str(tmp_path) not in response.text and "fil-0001" not in response.text  # the server's copy is never named
    web = http.get("/mognad/ladda-ner/mognad.json")
    assert web.status_code == 200 and "exempelas-kommun-mognad.json" not in web.headers["content-disposition"]
    assert json.loads(web.text)["bedömningar"][0]["fil"] == ÅS.name
    assert _without_file(json.loads(web.text)) == _without_file(_cli_json(ÅS))
    report = http.get("/mognad/rapport")
    assert report.status_code == 200 and "<svg" in report.text and "'unsafe-inline'" in report.headers["content-security-policy"]
    assert http.get("/mognad/ladda-ner/mognad.html").text == report.text
    # The one file's answers are in the form, to be changed: DAL-1111 uppfyllt, DAL-1113 vet inte.
    assert 'name="DAL-1111" value="uppfyllt" checked' in response.text
    assert 'name="DAL-1113" value="vet inte" checked' in response.text
    assert 'name="antal-svarande" value="4"' in response.text


def test_several_files_give_each_and_the_distribution_and_a_bad_file_is_named_by_its_own_name(tmp_path):
    app, http, token = start(tmp_path)
    broken = tmp_path / "trasig.yaml"
    broken.write_text("organisation: X\ndatum: 2026-13-40\ndalamodellen:\n  DAL-9999: {svar: ja}\n", encoding="utf-8")
    other = tmp_path / "anteckningar.txt"
    other.write_text("inte en självskattning", encoding="utf-8")
    response = upload(http, token, ÅS, BY, broken, other, url="/mognad/ladda-upp",
                      names=[ÅS.name, BY.name, "Kommunens svar.yaml", "anteckningar.txt"])
    page = text_of(response.text)
    assert "Nivåer: Exempelås kommun" in page and "Nivåer: Exempelby kommun" in page
    assert "Kommunens svar.yaml" in page and "okänt kriterium 'DAL-9999'" in page
    assert "anteckningar.txt: filtypen kan inte läsas som självskattning" in page
    assert str(tmp_path) not in response.text
    report = json.loads(http.get("/mognad/ladda-ner/mognad.json").text)
    assert len(report["bedömningar"]) == 2 and report["fördelning"] is not None
    assert {p["fil"] for p in report["problem"]} == {"Kommunens svar.yaml", "anteckningar.txt"}
    assert http.get("/mognad/ladda-ner/svar.yaml").status_code == 409  # two organisations are not one answers file
    assert not any(p.is_file() for p in app.webb.sessions.root.rglob("*"))  # read once, then removed


def test_the_form_is_assessed_unanswered_is_vet_inte_and_never_no(tmp_path):
    app, http, token = start(tmp_path)
    page = http.get("/mognad").text
    assert "aldrig en persons namn" in page
    assert page.count('value="vet inte" checked') == 111  # every criterion starts unknown
    response = http.post("/mognad/formular", data=_form(
        token, **{"DAL-1111": "uppfyllt", "DAL-1111-underlag": "KF-beslut 2025-02-10 § 12", "DAL-1111-datum": "2025-02-10",
                  "DAL-1121": "inte", "antal-svarande": "1", "svarande-0-respondent": "R1",
                  "svarande-0-roll": "inköpschef", "svarande-0-v1_1": "ja", "svarande-0-h_1": "instämmer i hög grad"}))
    assert response.url.fragment == "bedomning"
    report = json.loads(http.get("/mognad/ladda-ner/mognad.json").text)["bedömningar"][0]
    criteria = {c["kod"]: c for c in report["kriterier"]}
    assert criteria["DAL-1111"]["svar"] == "uppfyllt" and criteria["DAL-1111"]["underlag"] == "KF-beslut 2025-02-10 § 12"
    assert criteria["DAL-1121"]["svar"] == "inte" and criteria["DAL-1131"]["svar"] == "vet inte"
    cell = next(c for c in report["celler"] if (c["steg"], c["perspektiv"]) == (1, "styrning"))
    assert cell["nivå_lägst"] == 0 and "DAL-1121" in cell["att_arbeta_med"]  # "inte" is no, and it holds the level
    open_cell = next(c for c in report["celler"] if (c["steg"], c["perspektiv"]) == (2, "styrning"))
    assert (open_cell["nivå_lägst"], open_cell["nivå_högst"]) == (0, 3)  # all unknown: open, not "under"
    respondent = report["ambitionsgraf"]["respondenter"][0]
    assert respondent["respondent"] == "R1" and respondent["H"]["lägst"] < respondent["H"]["högst"]  # vet inte: a range
    assert "nivå: under tillfredsställande" in response.text  # the level beside the step in the form


def test_form_errors_are_the_loaders_swedish_messages_beside_their_fields(tmp_path):
    app, http, token = start(tmp_path)
    response = http.post("/mognad/formular", data=_form(
        token, organisation="", datum="2026-13-01", **{"DAL-1112-datum": "igår", "DAL-1113": "kanske",
                                                       "antal-svarande": "1", "svarande-0-respondent": "R1"}))
    assert response.status_code == 200 and response.url.fragment == "meddelanden"
    html = response.text
    for field, message in (("organisation", "obligatoriskt fält 'organisation' saknas"),
                           ("datum", "förväntade ett datum på formen ÅÅÅÅ-MM-DD"),
                           ("DAL-1112-datum", "förväntade ett datum på formen ÅÅÅÅ-MM-DD, angivet: 'igår'"),
                           ("DAL-1113", "kanske"), ("svarande-0-roll", "obligatoriskt fält 'roll' saknas")):
        error = html.split(f'id="{field}-fel"', 1)
        assert len(error) == 2, field
        assert message in error[1].split("</p>", 1)[0].replace("&#39;", "'"), field
    assert 'id="DAL-1112-datum" name="DAL-1112-datum" type="date" value="igår" aria-invalid="true"' in html  # kept as typed
    assert "Svarande 1, roll" in text_of(html)
    assert http.get("/mognad/ladda-ner/svar.yaml").status_code == 409
    assert "<details class=\"cell\" id=\"steg-1-styrning\" open>" in html  # the step with an error is open


def test_the_forms_answers_download_as_a_file_the_cli_reads_back(tmp_path):
    app, http, token = start(tmp_path)
    http.post("/mognad/formular", data=_form(
        token, organisationsnummer="212000-2163", **{
            "DAL-1111": "uppfyllt", "DAL-1111-underlag": 'Beslut "KF" § 12: mål', "DAL-2111": "delvis",
            "DAL-5011-datum": "2026-01-15", "antal-svarande": "2",
            "svarande-0-respondent": "R1", "svarande-0-roll": "politisk ledning", "svarande-0-v3_4": "instämmer delvis",
            "svarande-0-v3_4_omfattning": "delar av inköpsportföljen",
            "svarande-1-respondent": "R2", "svarande-1-roll": "verksamhetsföreträdare", "svarande-1-h_5": "instämmer inte alls"}))
    download = http.get("/mognad/ladda-ner/svar.yaml")
    assert download.status_code == 200 and "Provby-kommun-svar.yaml" in download.headers["content-disposition"]
    saved = tmp_path / "svar.yaml"
    saved.write_text(download.text, encoding="utf-8")
    from kravmotor.model.loading import load_self_assessment

    answers = load_self_assessment(saved, {f"DAL-{c}" for c in ("1111", "2111", "5011")} | _codes())
    assert answers.dalamodellen["DAL-1111"].underlag == 'Beslut "KF" § 12: mål'
    assert answers.dalamodellen["DAL-5011"].svar == "vet inte" and str(answers.dalamodellen["DAL-5011"].datum) == "2026-01-15"
    assert [r.respondent for r in answers.ambitionsgrafen] == ["R1", "R2"]
    assert answers.ambitionsgrafen[0].svar.v3_4_omfattning == "delar av inköpsportföljen"
    web = json.loads(http.get("/mognad/ladda-ner/mognad.json").text)
    assert _without_file(web) == _without_file(_cli_json(saved))  # the CLI on the file: the same assessment
    assert yaml.safe_load(download.text)["organisationsnummer"] == "212000-2163"


def _codes() -> set[str]:
    from kravmotor.lang.loader import load_rulebook
    from kravmotor.mognad import katalog
    from kravmotor.resources import rules_dir

    return {c.code for c in katalog.criteria(load_rulebook(rules_dir()))}


def test_respondents_are_added_and_removed_keeping_the_answers(tmp_path):
    app, http, token = start(tmp_path)
    added = http.post("/mognad/formular", data=_form(token, atgard="lagg-till", **{"DAL-1111": "uppfyllt"}))
    assert added.url.fragment == "svarande-0" and 'name="antal-svarande" value="1"' in added.text
    assert 'name="DAL-1111" value="uppfyllt" checked' in added.text  # the answers given stay
    assert 'id="svarande-0-respondent" name="svarande-0-respondent" value="R1"' in added.text
    two = http.post("/mognad/formular", data=_form(token, atgard="lagg-till", **{
        "antal-svarande": "1", "svarande-0-respondent": "R7", "svarande-0-roll": "inköpschef"}))
    assert 'name="antal-svarande" value="2"' in two.text and 'value="R2"' in two.text
    removed = http.post("/mognad/formular", data=_form(token, atgard="ta-bort-0", **{
        "antal-svarande": "2", "svarande-0-respondent": "R7", "svarande-1-respondent": "R2"}))
    assert 'name="antal-svarande" value="1"' in removed.text and 'value="R7"' not in removed.text


def test_a_revision_runs_evidence_with_a_buyer_name_as_the_cli_does(tmp_path):
    database = tmp_path / "revision.sqlite"
    CliRunner().invoke(main, ["revision", str(EXAMPLES), "--databas", str(database), "--tyst"])
    app, http, token = start(tmp_path)
    assert '<option value="1">Körning 1</option>' in http.get("/mognad").text
    response = http.post("/mognad/ladda-upp", data={"csrf": token, "korning": "1", "kopare": "falu kommun"},
                         files=[("filer", (ÅS.name, ÅS.read_bytes(), "application/yaml"))])
    assert response.url.fragment == "bedomning"
    assert '<option value="1" selected>Körning 1</option>' in response.text  # the choice is kept for the next time
    assert 'value="falu kommun"' in response.text
    web = json.loads(http.get("/mognad/ladda-ner/mognad.json").text)["bedömningar"][0]
    assert web["bevis"]["myndighet"] == "Falu kommun" and web["bevis"]["upphandlingar"] == 1
    cli = _cli_json(ÅS, "--revision", "1", "--databas", database, "--myndighet", "falu kommun")["bedömningar"][0]
    assert web["bevis"] == cli["bevis"]
    assert "Självskattningen mot granskningens data" in http.get("/mognad/rapport").text
    missing = http.post("/mognad/formular", data=_form(token, korning="1", kopare="Ingenstans kommun"))
    assert "inga upphandlingar med myndigheten ”Ingenstans kommun”" in text_of(missing.text)


def test_nothing_to_download_before_an_assessment_and_unknown_names_are_not_files(tmp_path):
    app, http, token = start(tmp_path)
    for name in ("mognad.html", "svar.yaml"):
        response = http.get(f"/mognad/ladda-ner/{name}")
        assert response.status_code == 409 and '<html lang="sv">' in response.text
    assert http.get("/mognad/ladda-ner/..%2F..%2Fetc%2Fpasswd").status_code == 404
    assert http.get("/mognad/ladda-ner/rapport.sarif").status_code == 404
    empty = http.post("/mognad/ladda-upp", data={"csrf": token})
    assert "välj minst en självskattning" in text_of(empty.text)


def test_the_form_takes_at_most_sixty_respondents_and_says_so(tmp_path):
    app, http, token = start(tmp_path)
    full = http.post("/mognad/formular", data=_form(token, atgard="lagg-till", **{"antal-svarande": "60"}))
    assert 'name="antal-svarande" value="60"' in full.text
    assert "formuläret tar högst 60 svarande" in text_of(full.text)
