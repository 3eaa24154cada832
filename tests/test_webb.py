"""The web interface through its HTTP surface: safe by default, Swedish throughout, the CLI's checks and reports."""

from __future__ import annotations

import datetime as dt

import json
import re

import pytest

pytest.importorskip("starlette", reason="webbgränssnittet kräver tillägget webb (pip install '.[webb]')")

from starlette.routing import Route  # noqa: E402
from webb_helpers import EXAMPLES, client, csrf, settings, start, text_of, upload  # noqa: E402

from kravmotor.webb import fragor  # noqa: E402
from kravmotor.webb.app import create_app  # noqa: E402

BRISTER = EXAMPLES / "lokalvard-med-brister.yaml"


def _post_routes(app):
    starlette = app.app
    return [r.path for r in starlette.routes if isinstance(r, Route) and "POST" in (r.methods or ())]


# --- Safe by default ----------------------------------------------------------------------------


def test_every_page_is_swedish_with_security_headers(tmp_path):
    app, http, _ = start(tmp_path)
    for path in ("/", "/granska", "/leverantorer", "/revision", "/mognad", "/regelbok", "/regelbok/PROP-01"):
        response = http.get(path)
        assert response.status_code == 200, path
        assert '<html lang="sv">' in response.text
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"


def test_every_post_refuses_a_form_without_the_sessions_csrf_token(tmp_path):
    app, http, token = start(tmp_path)
    posts = _post_routes(app)
    assert len(posts) >= 12  # granska (5), leverantörer (3), revision (1), mognad (3), avsluta
    for path in posts:
        for data in ({}, {"csrf": "fel-kod"}):
            response = http.post(path, data=data)
            assert response.status_code == 403, path
            assert "säkerhetskod" in response.text, path


def test_a_post_from_another_site_is_refused(tmp_path):
    app, http, token = start(tmp_path)
    response = http.post("/granska/formular", data={"csrf": token}, headers={"origin": "http://angripare.example"})
    assert response.status_code == 403
    assert "annan webbplats" in response.text


def test_on_loopback_a_request_for_another_host_name_is_refused(tmp_path):
    app, http, _ = start(tmp_path)
    response = http.get("/", headers={"host": "angripare.example"})
    assert response.status_code == 400
    assert "hör inte till den här servern" in response.text


def test_beyond_loopback_every_request_needs_the_access_token(tmp_path):
    app = create_app(settings(tmp_path, host="0.0.0.0", token="hemlig-nyckel"))
    http = client(app)
    refused = http.get("/granska")
    assert refused.status_code == 401 and "åtkomstnyckel" in refused.text
    assert http.get("/?nyckel=fel").status_code == 401
    entered = http.get("/granska?nyckel=hemlig-nyckel", follow_redirects=False)
    assert entered.status_code == 303 and entered.headers["location"] == "/granska"  # the token leaves the address
    assert http.get("/granska").status_code == 200  # from now on the cookie carries it


def test_the_server_only_listens_beyond_loopback_with_a_token(tmp_path, monkeypatch):
    from kravmotor.webb.server import TOKEN_VARIABLE, prepare

    monkeypatch.delenv(TOKEN_VARIABLE, raising=False)
    assert prepare(settings(tmp_path)).token is None
    assert len(prepare(settings(tmp_path, host="0.0.0.0")).token) >= 30
    monkeypatch.setenv(TOKEN_VARIABLE, "given")
    assert prepare(settings(tmp_path, host="192.0.2.1")).token == "given"


def test_assets_are_served_by_name_and_no_request_path_reaches_the_filesystem(tmp_path):
    app, http, _ = start(tmp_path)
    assert "lang" not in http.get("/statiskt/webb.css").text[:0]
    assert http.get("/statiskt/webb.css").headers["content-type"].startswith("text/css")
    assert http.get("/statiskt/webb.js").status_code == 200
    for path in ("/statiskt/..%2F..%2Fpyproject.toml", "/statiskt/%2Fetc%2Fpasswd", "/statiskt/app.py",
                 "/statiskt/../app.py", "/granska/ladda-ner/..%2F..%2Fetc%2Fpasswd", "/revision/korning/1/../../x"):
        response = http.get(path)
        assert response.status_code == 404, path
        assert "Sidan finns inte" in response.text and "root:" not in response.text


def test_an_upload_over_the_limit_is_refused_in_swedish(tmp_path):
    app, http, token = start(tmp_path, max_upload_bytes=10_000, max_files=2)
    big = tmp_path / "stor.yaml"
    big.write_text("# " + "x" * 20_000)
    response = upload(http, token, big)
    assert response.status_code == 413
    assert "för stort" in response.text and "Traceback" not in response.text
    many = [tmp_path / f"{i}.yaml" for i in range(3)]
    for path in many:
        path.write_text("id: x\n")
    response = upload(http, token, *many)
    assert response.status_code == 400 and "högst 2 filer" in response.text
    assert http.get("/").status_code == 200  # the server keeps serving


def test_a_bug_gives_a_swedish_page_and_the_server_keeps_serving(tmp_path):
    app, http, token = start(tmp_path)

    class Broken:
        def check(self, *args, **kwargs):
            raise RuntimeError("internal detail that must not be shown")

    app.webb.__dict__["checker"] = Broken()
    response = upload(http, token, BRISTER)
    assert response.status_code == 500
    assert "internt fel" in response.text and "internal detail" not in response.text and "Traceback" not in response.text
    assert http.get("/regelbok").status_code == 200


def test_ending_the_session_removes_its_uploads_and_the_server_removes_all_at_shutdown(tmp_path):
    app = create_app(settings(tmp_path))
    with client(app) as http:  # the context runs the app's lifespan
        token = csrf(http.get("/granska").text)
        session = next(iter(app.webb.sessions._sessions.values()))
        session.new_file(".yaml").write_text("kvar")
        assert any(session.folder.iterdir())
        response = http.post("/avsluta", data={"csrf": token}, follow_redirects=False)
        assert response.status_code == 303
        assert not session.folder.exists() and len(app.webb.sessions) == 0
        http.get("/granska")
        root = app.webb.sessions.root
        assert root.exists()
    assert not root.exists()


def test_an_idle_session_ends_with_its_folder(tmp_path):
    app, http, _ = start(tmp_path, session_idle_seconds=0)
    session = next(iter(app.webb.sessions._sessions.values()))
    folder = session.folder
    http.get("/")  # any request sweeps sessions idle past their time
    assert not folder.exists()


# --- Granska --------------------------------------------------------------------------------------


def _case(app):
    session = next(iter(app.webb.sessions._sessions.values()))
    return session.state["ärende"]


def test_an_uploaded_underlag_is_checked_by_the_same_checker_as_the_cli(tmp_path, checker):
    from kravmotor.model.loading import load_document

    app, http, token = start(tmp_path)
    response = upload(http, token, BRISTER)
    assert response.status_code == 200 and response.url.path == "/granska"
    expected = checker.check(load_document(BRISTER), BRISTER.name).findings
    page = text_of(response.text)
    for finding in expected:
        assert f"{finding.kod} {finding.titel}" in page
    fel = [f for f in expected if f.utfall == "fel"]
    assert f"Fel ({len(fel)})" in page and "PROP-01" in page
    assert not any(any(s.folder.iterdir()) for s in app.webb.sessions._sessions.values())  # read, then removed
    assert "filename*=UTF-8''lokalvard-med-brister-rapport.html" in http.get("/granska/ladda-ner/rapport.html").headers[
        "content-disposition"]


def test_vet_inte_makes_the_fact_unknown_and_the_rule_says_underlag_saknas(tmp_path):
    app, http, token = start(tmp_path)
    upload(http, token, BRISTER)
    before = _case(app).run.results[0].findings
    assert [f.utfall for f in before if f.kod == "PROP-09"] == ["fel"]
    response = http.post("/granska/svar", data={"csrf": token, "sista_anbudsdag-vetinte": "1"})
    findings = _case(app).run.results[0].findings
    prop09 = [f for f in findings if f.kod == "PROP-09"]
    assert [f.utfall for f in prop09] == ["underlag saknas"]
    assert "sista_anbudsdag" in prop09[0].fält
    assert "sista_anbudsdag" in _case(app).document_data()["okända_uppgifter"]
    assert "PROP-09" in text_of(response.text)
    # the missing facts, one line each with the rules they block, link to the question that asks for the fact
    assert '<a href="#fraga-sista_anbudsdag">sista_anbudsdag</a>' in response.text
    assert 'id="saknade-1"' in response.text and "Saknade uppgifter" in response.text
    # the answer is kept: the next round of answers without the box makes it known again only when given
    http.post("/granska/svar", data={"csrf": token, "sista_anbudsdag": "2026-04-20"})
    prop09 = [f for f in _case(app).run.results[0].findings if f.kod == "PROP-09"]
    assert prop09 == []  # 49 days: no finding


def test_a_framework_agreement_is_asked_for_and_its_facts_left_unanswered_are_unknown(tmp_path):
    """Answered ja, a framework agreement's details are unknown until answered (AVT-07 and AVT-08 say
    underlag saknas, naming them); answered, they decide the rules."""
    app, http, token = start(tmp_path)
    upload(http, token, BRISTER)
    assert not any(f.kod in ("AVT-06", "AVT-07", "AVT-08") for f in _case(app).run.results[0].findings)  # ramavtal: nej
    response = http.post("/granska/svar", data={"csrf": token, "ramavtal": "ja"})
    assert "Hur tilldelas kontrakt under ramavtalet?" in text_of(response.text)
    findings = {f.kod: f for f in _case(app).run.results[0].findings}
    assert findings["AVT-07"].utfall == findings["AVT-08"].utfall == "underlag saknas"
    assert findings["AVT-08"].fält == ["ramavtalet.avropsordning"]
    http.post("/granska/svar", data={"csrf": token, "ramavtalet-högsta_värde": "12 000 000",
                                     "ramavtalet-avropsordning": "förnyad konkurrensutsättning"})
    findings = {f.kod: f for f in _case(app).run.results[0].findings}
    assert "AVT-07" not in findings and "AVT-08" not in findings
    assert _case(app).document_data()["ramavtalet"] == {"högsta_värde": 12_000_000,
                                                        "avropsordning": "förnyad konkurrensutsättning"}


def test_a_selective_procedures_deadlines_are_asked_for(tmp_path):
    """In a selective procedure the application deadline and the invitation are unknown until answered
    (PROP-10 and PROP-35 say underlag saknas); answered, they decide."""
    app, http, token = start(tmp_path)
    upload(http, token, BRISTER)
    http.post("/granska/svar", data={"csrf": token, "förfarande": "selektivt", "upphandlande_myndighet-typ": "statlig"})
    findings = {f.kod: f for f in _case(app).run.results[0].findings}
    assert (findings["PROP-10"].utfall, findings["PROP-10"].fält) == ("underlag saknas", ["sista_ansökningsdag"])
    assert findings["PROP-35"].utfall == "underlag saknas" and "inbjudan_att_lämna_anbud" in findings["PROP-35"].fält
    sent = dt.date.fromisoformat(str(_case(app).data["annonseringsdatum"]))
    deadline = dt.date.fromisoformat(str(_case(app).data["sista_anbudsdag"]))
    http.post("/granska/svar", data={"csrf": token, "sista_ansökningsdag": (sent + dt.timedelta(days=20)).isoformat(),
                                     "inbjudan_att_lämna_anbud": (deadline - dt.timedelta(days=30)).isoformat()})
    findings = {f.kod: f for f in _case(app).run.results[0].findings}
    assert findings["PROP-10"].utfall == "fel" and "PROP-35" not in findings


def test_a_changed_answer_changes_the_findings_and_keeps_the_other_answers(tmp_path):
    app, http, token = start(tmp_path)
    upload(http, token, BRISTER)
    assert any(f.kod == "PROP-01" for f in _case(app).run.results[0].findings)
    http.post("/granska/svar", data={"csrf": token, "uppskattat_värde-totalt": "25 000 000", "sista_anbudsdag-vetinte": "1"})
    http.post("/granska/svar", data={"csrf": token})  # another round: earlier answers stay
    findings = _case(app).run.results[0].findings
    assert not any(f.kod == "PROP-01" for f in findings)  # 40 MSEK is no longer more than twice 25 MSEK
    assert any(f.kod == "PROP-09" and f.utfall == "underlag saknas" for f in findings)
    assert _case(app).data["uppskattat_värde"]["totalt"] == 25_000_000


def test_an_answer_that_cannot_be_a_value_is_named_at_its_field(tmp_path):
    app, http, token = start(tmp_path)
    upload(http, token, BRISTER)
    response = http.post("/granska/svar", data={"csrf": token, "uppskattat_värde-totalt": "arton miljoner",
                                                 "sista_anbudsdag": "22/3"})
    html = response.text
    assert 'id="uppskattat_värde-totalt-fel"' in html and "ange beloppet i kronor" in html
    assert 'id="sista_anbudsdag-fel"' in html and "ÅÅÅÅ-MM-DD" in html
    assert 'aria-invalid="true"' in html
    assert "Fynden gäller de senaste svar som kunde läsas" in html
    assert _case(app).data["uppskattat_värde"]["totalt"] == 18_000_000  # the bad answer did not replace the value


def test_the_guided_form_from_scratch(tmp_path):
    app, http, token = start(tmp_path)
    http.post("/granska/formular", data={"csrf": token})
    answers = {"csrf": token, "titel": "Städning", "upphandlande_myndighet-namn": "Exempelstads kommun",
               "upphandlande_myndighet-typ": "kommunal", "lagrum": "LOU", "regim": "direktivstyrd", "förfarande": "öppet",
               "upphandlingsslag": "tjänster", "cpv_koder": "90911200-8", "uppskattat_värde-totalt": "10 mkr",
               "annonseringsdatum": "2026-03-02", "sista_anbudsdag": "2026-03-20",
               "kvalificeringskrav-omsättning": "ja", "kvalificeringskrav-omsättning-belopp": "30 000 000"}
    response = http.post("/granska/svar", data=answers)
    case = _case(app)
    assert case.field_errors == {} and case.problems == []
    codes = {f.kod: f.utfall for f in case.run.results[0].findings}
    assert codes["PROP-01"] == "fel" and codes["PROP-09"] == "fel"
    assert case.data["uppskattat_värde"]["totalt"] == 10_000_000
    assert "PROP-01" in response.text


def test_a_condition_answered_ja_needs_its_required_parts_named_at_their_questions(tmp_path):
    app, http, token = start(tmp_path)
    upload(http, token, BRISTER)
    response = http.post("/granska/svar", data={"csrf": token, "reservation": "ja"})
    assert 'id="reservation-slag-fel"' in response.text  # the kind of reservation is required once there is one
    http.post("/granska/svar", data={"csrf": token, "reservation": "ja", "reservation-slag": "skyddade verkstäder",
                                      "utförande-personalintensivt": "ja", "utförande-antal_personer": "12"})
    case = _case(app)
    assert case.field_errors == {} and case.data["reservation"] == {"slag": "skyddade verkstäder"}
    assert case.data["utförande"] == {"personalintensivt": True, "antal_personer": 12}
    http.post("/granska/svar", data={"csrf": token, "reservation": "nej", "reservation-slag": "idéburna organisationer"})
    assert "reservation" not in case.data  # nej removes it, and its own answers are not asked


def test_vet_inte_on_a_requirements_amount_and_an_amount_known_only_as_a_span(tmp_path):
    app, http, token = start(tmp_path)
    upload(http, token, BRISTER)
    http.post("/granska/svar", data={"csrf": token, "kvalificeringskrav-omsättning-belopp-vetinte": "1"})
    case = _case(app)
    assert "kvalificeringskrav[0].belopp" in case.document_data()["okända_uppgifter"]
    prop01 = [f for f in case.run.results[0].findings if f.kod == "PROP-01"]
    assert [f.utfall for f in prop01] == ["underlag saknas"] and "kvalificeringskrav[0].belopp" in prop01[0].fält
    # a value known only roughly: a span decides where the whole span decides
    http.post("/granska/svar", data={"csrf": token, "kvalificeringskrav-omsättning-belopp": "38 000 000–39 000 000"})
    assert "fel" in {f.utfall for f in case.run.results[0].findings if f.kod == "PROP-01"}  # above 36 MSEK either way
    http.post("/granska/svar", data={"csrf": token, "kvalificeringskrav-omsättning-belopp": "30 000 000–40 000 000"})
    prop01 = [f for f in case.run.results[0].findings if f.kod == "PROP-01"]
    assert [f.utfall for f in prop01] == ["bedömning krävs"]
    page = http.get("/granska").text
    assert 'value="30 000 000–40 000 000"' in page
    underlag = http.get("/granska/ladda-ner/underlag.yaml").text
    assert "lägst: 30000000" in underlag and "högst: 40000000" in underlag


def test_an_underlag_written_with_okant_shows_vet_inte(tmp_path):
    source = BRISTER.read_text(encoding="utf-8").replace("sista_anbudsdag: 2026-03-22", "sista_anbudsdag: okänt")
    assert "okänt" in source
    path = tmp_path / "med-okant.yaml"
    path.write_text(source, encoding="utf-8")
    app, http, token = start(tmp_path)
    page = upload(http, token, path).text
    assert re.search(r'name="sista_anbudsdag-vetinte" value="1" checked', page)
    assert [f.utfall for f in _case(app).run.results[0].findings if f.kod == "PROP-09"] == ["underlag saknas"]


def test_vet_inte_about_a_requirement_makes_the_list_unknown(tmp_path):
    app, http, token = start(tmp_path)
    upload(http, token, BRISTER)
    http.post("/granska/svar", data={"csrf": token, "kvalificeringskrav-omsättning": "vet inte"})
    case = _case(app)
    assert "kvalificeringskrav" in case.document_data()["okända_uppgifter"]
    assert not any(f.kod == "PROP-01" and f.utfall == "fel" for f in case.run.results[0].findings)


def test_a_broken_upload_is_named_in_swedish_by_its_own_file_name(tmp_path):
    app, http, token = start(tmp_path)
    broken = tmp_path / "trasig.yaml"
    broken.write_text("id: x\ntitel: [\n")
    response = upload(http, token, broken, names=["Mitt underlag.yaml"])
    assert response.status_code == 400
    page = text_of(response.text)
    assert "Mitt underlag.yaml" in page and "kunde inte läsas" in page
    assert str(tmp_path) not in response.text and "fil-0001" not in response.text and "Traceback" not in page
    other = tmp_path / "bild.png"
    other.write_bytes(b"\x89PNG")
    assert "filtypen kan inte läsas" in upload(http, token, other).text


def test_a_download_is_named_after_the_upload_whatever_its_characters(tmp_path):
    app, http, token = start(tmp_path)
    upload(http, token, BRISTER, names=["Ödeshög ő 漢 underlag.yaml"])
    disposition = http.get("/granska/ladda-ner/rapport.json").headers["content-disposition"]
    assert disposition.isascii() and 'filename="desh-g-' in disposition  # a header is Latin-1 at most: ASCII + RFC 6266
    assert "filename*=UTF-8''%C3%96desh%C3%B6g" in disposition


def test_downloads_are_the_clis_reports_and_the_underlag_loads_back(tmp_path):
    from kravmotor.model.loading import load_document

    app, http, token = start(tmp_path)
    upload(http, token, BRISTER)
    http.post("/granska/svar", data={"csrf": token, "sista_anbudsdag-vetinte": "1"})
    underlag = http.get("/granska/ladda-ner/underlag.yaml")
    assert underlag.status_code == 200 and "attachment" in underlag.headers["content-disposition"]
    saved = tmp_path / "underlag.yaml"
    saved.write_text(underlag.text, encoding="utf-8")
    document = load_document(saved)
    assert "sista_anbudsdag" in document.okända_uppgifter and document.id == "SK-2026-007"
    report = json.loads(http.get("/granska/ladda-ner/rapport.json").text)
    assert any(f["kod"] == "PROP-09" and f["utfall"] == "underlag saknas" for f in report["underlag"][0]["fynd"])
    sarif = json.loads(http.get("/granska/ladda-ner/rapport.sarif").text)
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    html = http.get("/granska/ladda-ner/rapport.html").text
    assert html.startswith("<!doctype html>") and '<html lang="sv">' in html and "PROP-01" in html
    assert "Saknade uppgifter" in html and "<td>sista_anbudsdag</td>" in html  # the report has no form to link to
    assert "<script" not in html and "<link" not in html  # standalone: opens offline
    assert http.get("/granska/ladda-ner/rapport.pdf").status_code == 404


def test_the_cli_html_report_is_the_same_template_as_the_web_page(tmp_path):
    from click.testing import CliRunner

    from kravmotor.cli import main

    out = tmp_path / "rapport.html"
    result = CliRunner().invoke(main, ["granska", str(BRISTER), "--format", "html", "--utdata", str(out)])
    assert result.exit_code == 1, result.output
    cli = out.read_text(encoding="utf-8")
    app, http, token = start(tmp_path)
    web = upload(http, token, BRISTER).text
    blocks = re.findall(r'<li class="fynd [a-z]+">.*?</li>', cli, flags=re.S)
    assert len(blocks) >= 10
    for block in blocks:
        assert block.replace("examples/", "") in web or block in web


def test_every_question_answers_a_model_field_and_has_help(tmp_path):
    for question in fragor.QUESTIONS:
        assert fragor.model_field(question) is not None, question.path
        assert fragor.help_text(question), question.path
        if question.slag == "val":
            assert fragor.choices(question), question.path


# --- Documents -----------------------------------------------------------------------------------


def test_a_synthetic_word_document_is_read_with_its_quotes_and_checked(tmp_path):
    from syntetiska import BYGG_SKOLA, skapa_docx

    document = skapa_docx(BYGG_SKOLA, tmp_path / "Administrativa föreskrifter.docx")
    app, http, token = start(tmp_path)
    response = upload(http, token, document)
    assert response.status_code == 200
    case = _case(app)
    assert case.files == ["Administrativa föreskrifter.docx"]
    read = {k: u for k, u in case.found.items() if u.värde is not None}
    assert read, "the reader found nothing in the synthetic document"
    page = response.text
    for uppgift in list(read.values())[:3]:
        assert uppgift.källa.fil == "Administrativa föreskrifter.docx"
    assert "Läst ur dokumentet:" in page and "Bekräftad mot dokumentet" in page
    assert case.run is not None or case.field_errors  # checked, or told what to correct
    others = dict(case.other_readings())
    assert "försäkring.belopp" in others and "Övrigt som lästes ur dokumenten" in page  # read, though no question asks it
    http.post("/granska/svar", data={"csrf": token, "bekräftad": ["läst:försäkring.belopp", "läst:påhittad"]})
    assert case.confirmed == {"läst:försäkring.belopp"}
    assert "varav 1 bekräftade av en person" in http.get("/granska/ladda-ner/underlag.yaml").text


# --- Regelbok, Leverantörer, Revision ---------------------------------------------------------------


def test_the_rulebook_searches_by_code_text_area_and_legal_source(tmp_path):
    app, http, _ = start(tmp_path)
    def listed(query: str) -> list[str]:
        return re.findall(r'href="/regelbok/([A-ZÅÄÖ]+-\d+)"', http.get(f"/regelbok?{query}").text)

    assert listed("q=PROP-09") == ["PROP-09", "PROP-43"]  # PROP-43 says that PROP-09 does not apply to LUK
    by_law = listed("q=14+kap.+4+§")
    assert "PROP-01" in by_law and "SOC-01" not in by_law
    area = listed("omrade=miljö")
    assert area and all(code.startswith("MILJ-") for code in area)
    assert len(listed("")) == len(app.webb.rulebook.rules)
    assert "Inga regler matchar" in http.get("/regelbok?q=xyzzy").text
    rule = http.get("/regelbok/prop-09")
    assert rule.status_code == 200 and "Anbudstiden är 29 dagar trots elektronisk anbudsgivning" in rule.text
    changed = http.get("/regelbok/PROP-15").text  # the legal basis spelled out and the rule's changes (issue 16)
    assert "19 kap. 1 § lagen (2016:1145) om offentlig upphandling (LOU)" in changed
    assert "Ändringar i regeln" in changed and '<a href="/regelbok/PROP-13">PROP-13</a>' in changed
    missing = http.get("/regelbok/PROP-999")
    assert missing.status_code == 404 and "ingen regel med koden PROP-999" in missing.text


def test_suppliers_are_screened_from_files_with_risk_and_chain(tmp_path):
    app, http, token = start(tmp_path)
    files = sorted((EXAMPLES / "leverantorer").glob("*.yaml"))
    response = upload(http, token, *files, url="/leverantorer/ladda-upp")
    page = text_of(response.text)
    assert "Risknivå: extra hög risk" in page
    assert "Underleverantör i led 1" in page
    report = json.loads(http.get("/leverantorer/ladda-ner/rapport.json").text)
    assert len(report["leverantörer"]) == len(files)


def test_the_supplier_form_checks_the_organisationsnummer_at_the_field(tmp_path):
    app, http, token = start(tmp_path)
    response = http.post("/leverantorer/formular", data={"csrf": token, "organisationsnummer": "556789-0124",
                                                          "namn": "Prov AB"})
    assert response.status_code == 400
    assert 'id="lev-orgnr-fel"' in response.text and "kontrollsiffran stämmer inte" in response.text
    valid = http.post("/leverantorer/formular", data={
        "csrf": token, "organisationsnummer": "556789-0123", "namn": "Prov AB", "status": "konkurs",
        "status-källa": "Bolagsverket", "status-hämtad": "2026-11-10", "datum": "2026-11-20"})
    assert valid.status_code == 200
    assert "Prov AB" in valid.text and "LEV-" in valid.text


def test_revision_lists_opens_compares_and_starts_runs(tmp_path):
    from click.testing import CliRunner

    from kravmotor.cli import main

    database = tmp_path / "revision.sqlite"
    for _ in range(2):
        CliRunner().invoke(main, ["revision", str(EXAMPLES), "--databas", str(database), "--tyst"])
    app, http, token = start(tmp_path)
    listing = text_of(http.get("/revision").text)
    assert "Körning 1" in listing and "Körning 2" in listing
    report = http.get("/revision/korning/1/rapport")
    assert report.status_code == 200 and "Revisionsrapport" in report.text
    assert "'unsafe-inline'" in report.headers["content-security-policy"]  # the standalone report's own styles
    assert http.get("/revision/korning/9").status_code == 404
    compared = text_of(http.get("/revision/jamfor?fore=1&efter=2").text)
    assert "0 nya fynd" in compared and "0 lösta" in compared
    files = [("filer", (p.name, p.read_bytes(), "application/yaml")) for p in sorted(EXAMPLES.glob("*.yaml"))[:3]]
    started = http.post("/revision/starta", data={"csrf": token}, files=files)
    assert started.status_code == 200
    job = next(iter(app.webb.sessions._sessions.values())).state["revision"]
    job.thread.join(60)
    state = http.get("/revision/forlopp").json()
    assert state["finished"] and state["run"] == 3 and "3 underlag" in state["text"]
    listing = http.get("/revision").text
    assert "Körning 3" in listing and "uppladdade filer" in listing and str(tmp_path) not in listing


def test_a_run_report_for_one_buyer_as_the_cli_gives_it(tmp_path):
    from click.testing import CliRunner

    from kravmotor.cli import main

    CliRunner().invoke(main, ["revision", str(EXAMPLES), "--databas", str(tmp_path / "revision.sqlite"), "--tyst"])
    app, http, token = start(tmp_path)
    whole = http.get("/revision/korning/1")
    assert 'list="myndigheter"' in whole.text and '<option value="Falu kommun">' in whole.text
    assert 'src="/revision/korning/1/rapport"' in whole.text
    page = http.get("/revision/korning/1", params={"myndighet": "  falu   KOMMUN "})
    assert page.status_code == 200 and "<h1>Körning 1: Falu kommun</h1>" in page.text
    assert 'src="/revision/korning/1/rapport?myndighet=falu%20KOMMUN"' in page.text
    assert 'href="/revision/korning/1">Visa hela körningen' in page.text
    report = http.get("/revision/korning/1/rapport", params={"myndighet": "falu KOMMUN"})
    assert "<h1>Revisionsrapport för Falu kommun: nämndens indikatorer</h1>" in report.text
    assert "Storbergs kommun" not in report.text  # as `revision --visa 1 --myndighet`: no other buyer
    unknown = http.get("/revision/korning/1", params={"myndighet": "Falun"})
    assert unknown.status_code == 400 and "<iframe" not in unknown.text and 'aria-invalid="true"' in unknown.text
    assert "Ingen upphandlande myndighet med namnet ”Falun” i körning 1; menade du Falu kommun" in text_of(unknown.text)
    assert http.get("/revision/korning/1/rapport", params={"myndighet": "Falun"}).status_code == 404
    hostile = http.get("/revision/korning/1", params={"myndighet": "<script>alert(1)</script>"})
    assert hostile.status_code == 400 and "<script>alert" not in hostile.text and "&lt;script&gt;" in hostile.text
    assert http.get("/revision/korning/1", params={"myndighet": "x" * 201}).status_code == 400


def test_the_command_says_in_swedish_when_the_port_is_taken(tmp_path):
    import socket

    from click.testing import CliRunner

    from kravmotor.cli import main

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    try:
        result = CliRunner().invoke(main, ["webb", "--port", str(taken.getsockname()[1]), "--ingen-webbläsare",
                                           "--databas", str(tmp_path / "r.sqlite")])
    finally:
        taken.close()
    assert result.exit_code == 2
    assert "servern kan inte lyssna där" in result.output and "--port" in result.output
    assert "Traceback" not in result.output
