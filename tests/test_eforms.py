"""eForms notices as förfrågningsunderlag: the SDK examples, the mapping, free text, safety, the command."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from kravmotor.cli import main
from kravmotor.errors import InputError
from kravmotor.fritext import krav as fritext_krav
from kravmotor.sources.eforms import criterion_requirements, load_notice

EXAMPLES = Path(__file__).parent / "fixtures" / "eforms"
VALID = sorted(p for p in EXAMPLES.glob("*.xml") if not p.name.startswith("INVALID"))
INVALID = EXAMPLES / "INVALID_cn_24_multiple.xml"


def _by_code(result):
    return {f.kod: f for f in result.findings}


# --- Every SDK example ------------------------------------------------------------------


@pytest.mark.parametrize("path", VALID, ids=[p.name for p in VALID])
def test_every_valid_example_imports_and_is_checked(path, checker, checkers):
    doc = load_notice(path)
    result = checker.check(doc, str(path))
    for other in checkers.values():  # every evaluator gives the same findings
        assert other.check(doc, str(path)).findings == result.findings
    assert result.findings, "an imported notice leaves many facts unknown, so some rule reports it"
    cited = [f for f in result.findings if any(re.match(r"BT-\d+", u.text()) for u in f.ursprung)]
    assert cited, "at least one finding cites the notice field it concerns"
    # every unknown field says why, and every finding on an unknown field says where it comes from
    assert set(doc.okända_uppgifter) <= set(doc.ursprung)
    for finding in result.findings:
        if finding.utfall == "underlag saknas" and finding.fält:
            assert finding.ursprung, finding.kod


def test_a_finding_cites_the_estimated_value_it_could_not_use(checker):
    result = checker.check(load_notice(EXAMPLES / "cn_24_open.xml"))
    soc01 = _by_code(result)["SOC-01"]  # needs the value against the threshold, and the needs assessment
    assert soc01.utfall == "underlag saknas" and "uppskattat_värde.totalt" in soc01.fält
    assert "BT-27 (cbc:EstimatedOverallContractAmount): 500000 EUR, inte SEK; beloppet räknas inte om" in [u.text() for u in soc01.ursprung]
    prop01 = _by_code(result)["PROP-01"]  # the turnover requirements could not be read: they block first
    assert (prop01.utfall, prop01.fält) == ("underlag saknas", ["kvalificeringskrav"])


# --- Specific values, as the XML states them ----------------------------------------------


def test_cn_24_maximal():
    doc = load_notice(EXAMPLES / "cn_24_maximal.xml")
    assert doc.id == "14549263-b47b-4e59-96a1-2d0d13e19343"  # BT-701
    assert doc.titel == "Procurement Title ---"  # BT-21-Procedure
    assert doc.lagrum == "LOU"  # BT-01 32014L0024
    assert doc.regim == "direktivstyrd"  # cn-standard on TED
    assert doc.förfarande == "förhandlat med föregående annonsering"  # BT-105 neg-w-call
    assert doc.brådskande is True  # BT-106 true
    assert doc.upphandlingsslag == "tjänster"  # BT-23 services
    assert doc.cpv_koder == ["79710000", "79720000"]  # BT-262 + BT-263
    assert doc.annonseringsdatum == dt.date(2023, 3, 23)  # BT-05
    # BT-27 is 9999999.99 EUR: not kronor, so unknown rather than converted
    assert doc.uppskattat_värde is None and "uppskattat_värde" in doc.okända_uppgifter
    assert "EUR" in doc.ursprung["uppskattat_värde"].text()
    # BT-1311 (requests to participate) only, no BT-131
    assert doc.sista_anbudsdag is None and "sista_anbudsdag" in doc.okända_uppgifter
    # two lots (BT-137), each with its CPV; their values are in EUR too
    assert [(d.namn, d.cpv_koder, d.uppskattat_värde) for d in doc.delkontrakt] == [
        ("Title ---", ["75121000"], None), ("Title Lot 2---", ["75121000"], None)]
    assert "delkontrakt.uppskattat_värde" in doc.okända_uppgifter
    # 2023-01-01 to 2023-05-23 (BT-536/BT-537): 143 days, five months begun
    assert doc.avtalstid.grundperiod_månader == 5
    assert "avtalstid.förlängning_månader" in doc.okända_uppgifter
    # cost 60 / quality 40 (BT-539 + BT-541 per-exa)
    assert (doc.utvärderingsmodell.pris_vikt, doc.utvärderingsmodell.kvalitet_vikt) == (Decimal(60), Decimal(40))
    # BT-71 res-pub-ser on LOT-0001: reserved for organisations under 19 kap. 25 § LOU
    assert doc.reservation.slag == "19 kap. 25 §" and doc.reservation.angiven_i_annonsen
    # one lot requires e-submission, the other does not allow it (BT-17)
    assert doc.elektronisk_anbudsgivning is False
    # placeholder selection criteria: the register one maps by its code, the rest cannot be read
    assert [k.typ for k in doc.kvalificeringskrav] == ["yrkesregister", "övrigt", "övrigt"]
    assert "kvalificeringskrav" in doc.okända_uppgifter
    assert "bedömning krävs" in doc.ursprung["kvalificeringskrav"].text()
    assert doc.ursprung["kvalificeringskrav[1]"].text() == "BT-809/BT-750 (LOT-0001, urvalskriterium 2: slc-stand-other)"
    follow = doc.uppföljning
    assert (doc.ramavtal, follow.miljömässigt_hållbar, follow.socialt_hållbar, follow.innovationsupphandling,
            follow.reserverad) == (True, True, True, True, True)  # BT-765 fa-w-rc, BT-774, BT-775, BT-776, BT-71
    assert doc.upphandlande_myndighet.namn == "Financial Adinistration for ..."
    assert doc.upphandlande_myndighet.typ == "övrig"  # BT-11 body-pl
    assert doc.upphandlande_myndighet.organisationsnummer is None  # CompanyID 998298 is no Swedish orgnr


def test_cn_social_25():
    doc = load_notice(EXAMPLES / "cn-social_25.xml")
    assert doc.lagrum == "LUF"  # BT-01 32014L0025
    assert doc.bilaga_2_tjänst is True  # BT-02 cn-social: light regime
    assert doc.regim is None and "regim" in doc.okända_uppgifter  # under LUF the regime of such services is not known
    assert doc.förfarande == "innovationspartnerskap"  # BT-105 innovation
    assert doc.upphandlingsslag == "varor"  # BT-23 supplies
    assert doc.cpv_koder == ["30000000"]
    assert doc.annonseringsdatum == dt.date(2023, 5, 26)  # 2023-05-26Z
    assert doc.uppskattat_värde is None and "1231 BWP" in doc.ursprung["uppskattat_värde"].text()
    assert doc.delkontrakt == [] and "skäl_mot_uppdelning" in doc.okända_uppgifter  # one lot: not divided
    # BT-71 none, BT-736 yes: reserved execution in sheltered employment programmes
    assert doc.reservation.slag == "skyddad anställning"
    assert doc.ursprung["reservation"].text() == "BT-736 (reserved-execution: yes)"
    follow = doc.uppföljning
    assert (follow.miljömässigt_hållbar, follow.socialt_hållbar, follow.innovationsupphandling, follow.reserverad) == (
        True, True, True, True)  # BT-774 biodiv-eco/other, BT-775 opp/acc-all, BT-776 rd-act
    assert doc.ramavtal is None and "ramavtal" not in doc.ursprung  # BT-765 absent: a fact left out, unknown
    # BT-821 says the criteria are in the procurement documents: nothing to read here
    assert doc.kvalificeringskrav == [] and "kvalificeringskrav" in doc.okända_uppgifter
    assert "epo-procurement-document" in doc.ursprung["kvalificeringskrav"].text()
    assert doc.upphandlande_myndighet.namn == "ZenithNova Innovations"
    assert doc.upphandlande_myndighet.typ == "kommunalt bolag"  # BT-11 pub-undert-la
    for field in ("avtalstid", "brådskande", "elektronisk_anbudsgivning", "utvärderingsmodell", "sista_anbudsdag"):
        assert field in doc.okända_uppgifter, field


def test_multilingual_text_prefers_swedish():
    doc = load_notice(EXAMPLES / "cn_24_multilingual.xml")
    assert doc.upphandlande_myndighet.namn == "Europeiska unionens publikationsbyrå"
    assert any(k.beskrivning and "Enligt vad som anges i upphandlingsdokumenten" in k.beskrivning
               for k in doc.kvalificeringskrav)


def test_award_notice_carries_the_outcome():
    doc = load_notice(EXAMPLES / "can_24_LSBU.xml")
    assert doc.uppföljning.antal_anbud == [12]  # BT-759 with BT-760 tenders
    assert doc.ramavtal is True  # fa-wo-rc
    assert (doc.utvärderingsmodell.pris_vikt, doc.utvärderingsmodell.kvalitet_vikt) == (Decimal(30), Decimal(70))


def test_subcontracting_obligation_maps_to_naming_subcontractors():
    doc = load_notice(EXAMPLES / "cn_81_FRA.xml")  # BT-65 subc-chng
    assert doc.särskilda_kontraktsvillkor.underleverantörsvillkor.ska_namnges is True
    assert "särskilda_kontraktsvillkor.underleverantörsvillkor.rätt_till_insyn" in doc.okända_uppgifter
    assert "lagrum" in doc.okända_uppgifter and doc.lagrum is None  # BT-01 32009L0081: no LUFS rules in kravmotor


# --- A Swedish notice, end to end ---------------------------------------------------------


def _swedish_notice(tmp_path: Path, turnover_text: str, value: str = "2000000", currency: str = "SEK") -> Path:
    """cn_24_open.xml with a value in kronor and Swedish selection criteria."""
    xml = (EXAMPLES / "cn_24_open.xml").read_text(encoding="utf-8")
    xml = xml.replace('<cbc:EstimatedOverallContractAmount currencyID="EUR">500000<',
                      f'<cbc:EstimatedOverallContractAmount currencyID="{currency}">{value}<')
    criteria = re.findall(r'(<cbc:Description languageID="ENG">)([^<]*)(</cbc:Description>\s*</efac:SelectionCriteria>)', xml)
    assert len(criteria) == 3
    texts = [None, turnover_text,
             "Anbudsgivaren ska redovisa minst tre referensuppdrag av liknande art utförda under de senaste tre åren."]
    for (start, old, end), new in zip(criteria, texts):
        if new is not None:
            xml = xml.replace(start + old + end, f'<cbc:Description languageID="SWE">{new}' + end, 1)
    path = tmp_path / "annons.xml"
    path.write_text(xml, encoding="utf-8")
    return path


def test_swedish_turnover_requirement_is_checked_and_cites_the_notice(tmp_path, checker):
    path = _swedish_notice(tmp_path, "Anbudsgivaren ska ha en årsomsättning om minst 5 000 000 kr för vart och ett av de "
                                     "senaste två räkenskapsåren.")
    doc = load_notice(path)
    assert doc.uppskattat_värde.totalt == Decimal(2_000_000)
    assert "kvalificeringskrav" not in doc.okända_uppgifter
    assert [(k.typ, getattr(k, "belopp", None), getattr(k, "antal_år", None)) for k in doc.kvalificeringskrav[1:2]] == [
        ("omsättning", Decimal(5_000_000), 2)]
    assert (doc.kvalificeringskrav[2].antal, doc.kvalificeringskrav[2].tidsperiod_år) == (3, 3)
    prop01 = _by_code(checker.check(doc, str(path)))["PROP-01"]
    assert prop01.utfall == "fel"
    assert [u.text() for u in prop01.ursprung] == ["BT-809/BT-750 (LOT-0000, urvalskriterium 2: slc-stand-other)",
                                                   "BT-27 (cbc:EstimatedOverallContractAmount)"]


def test_a_turnover_in_another_currency_is_left_for_a_person(tmp_path, checker):
    path = _swedish_notice(tmp_path, "Anbudsgivaren ska ha en årsomsättning om minst 500 000 EUR.")
    doc = load_notice(path)
    assert doc.kvalificeringskrav[1].typ == "övrigt"
    assert "kvalificeringskrav" in doc.okända_uppgifter
    assert _by_code(checker.check(doc))["PROP-01"].utfall == "underlag saknas"


# --- Free text: turnover and references ---------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Anbudsgivaren ska ha en årsomsättning om minst 3 MSEK.", (Decimal(3_000_000), None)),
    ("Leverantören ska ha en omsättning på lägst 1,5 miljoner kronor per år de senaste tre åren.", (Decimal(1_500_000), 3)),
    ("Nettoomsättningen ska uppgå till minst 2 000 000 kr för det senaste räkenskapsåret och de senaste 2 åren.", (Decimal(2_000_000), 2)),
    ("Minsta årsomsättning: minst 800 tkr.", (Decimal(800_000), None)),
    ("Bidders must have an annual turnover of at least 5 000 000 SEK.", (Decimal(5_000_000), None)),
    ("Minimum general yearly turnover of SEK 2.5 million for the last 3 years.", (Decimal(2_500_000), 3)),
    ("The tenderer shall have a turnover of not less than 4,000,000 SEK in each of the last two financial years.",
     (Decimal(4_000_000), 2)),
])
def test_turnover_is_extracted(text, expected):
    found = fritext_krav.extract(text)
    assert found.turnover == [expected]
    assert found.unread == []


@pytest.mark.parametrize("text", [
    "Bidders will be required to have a minimum general yearly turnover of GBP 200 000.00 for the last 3 years.",
    "Omsättningen ska vara minst två gånger det uppskattade kontraktsvärdet.",  # relative, not an amount
    "Omsättningen ska redovisas för de senaste tre åren.",  # no level
    "Kontraktets värde uppskattas till 5 000 000 kr.",  # no turnover
    "Anbudsgivaren ska ha en omsättning om 2 MSEK eller 3 MSEK beroende på anbudsområde, minst.",  # two amounts
    "Ansvarsförsäkring om minst 10 MSEK krävs.",  # an insurance, not a turnover
    "Annual turnover of at least EUR 1 000 000.",
])
def test_turnover_that_must_not_be_extracted(text):
    found = fritext_krav.extract(text)
    assert found.turnover == []
    assert found.unread, "the sentence is kept for a person to read"


@pytest.mark.parametrize("text, expected", [
    ("Anbudsgivaren ska redovisa minst tre referensuppdrag utförda under de senaste fem åren.", (3, 5)),
    ("Två referenser från liknande uppdrag inom de senaste 3 åren ska bifogas.", (2, 3)),
    ("Tenderers shall provide at least 2 references from the last 3 years.", (2, 3)),
    ("At least three similar contracts performed during the past five years.", (3, 5)),
])
def test_references_are_extracted(text, expected):
    assert fritext_krav.extract(text).references == [expected]


@pytest.mark.parametrize("text", [
    "Anbudsgivaren ska lämna två referenser.",  # no period
    "Referenser kan komma att kontrolleras.",  # no count
    "Bidders must provide references for the last 3 years.",  # no count
    "Bidders will be required to provide examples that demonstrate that they have the relevant experience.",
])
def test_references_that_must_not_be_extracted(text):
    assert fritext_krav.extract(text).references == []


def test_unread_criterion_becomes_ovrigt_and_readable_one_does_not():
    readable, unread = criterion_requirements("slc-stand-to-gen", "Årsomsättningen ska vara minst 4 MSEK.")
    assert (readable, unread) == ([{"typ": "omsättning", "belopp": Decimal(4_000_000),
                                    "beskrivning": "Årsomsättningen ska vara minst 4 MSEK."}], False)
    mixed, unread = criterion_requirements(
        "slc-stand-other", "Årsomsättningen ska vara minst 4 MSEK. Kreditvärdigheten ska motsvara riskklass 3 hos UC.")
    assert [r["typ"] for r in mixed] == ["omsättning", "övrigt"] and unread
    assert "riskklass 3" in mixed[1]["beskrivning"]
    bare, unread = criterion_requirements("slc-stand-to-gen", "")
    assert [r["typ"] for r in bare] == ["övrigt"] and unread  # the code says turnover, but not how much


# --- Invalid notices -------------------------------------------------------------------


def test_invalid_example_names_the_faults_its_svrl_reports():
    with pytest.raises(InputError) as info:
        load_notice(INVALID)
    problems = {(p.location.line, p.location.column): p for p in info.value.problems}
    assert sorted(line for line, _ in problems) == [61, 137, 199, 291, 344]
    messages = " | ".join(p.message for p in info.value.problems)
    assert "saknar efac:Company" in messages  # ND-Company-16
    assert "ogiltig kod ”invalid” i kodlistan einvoicing" in messages  # BR-BT-00743-0052
    assert "ogiltig kod ”invalid” i kodlistan ecatalog-submission" in messages  # BR-BT-00764-0052
    assert "CPV-koden saknas" in messages  # element-not-empty on MainCommodityClassification[2]
    assert "två gånger på samma språk (ENG)" in messages  # BT-21-Lot_A
    svrl = INVALID.with_suffix(".svrl").read_text(encoding="utf-8")
    for rule in ("ND-Company-16", "BR-BT-00743-0052", "BR-BT-00764-0052", "BT-21-Lot_A", "element-not-empty"):
        assert f'id="{rule}"' in svrl  # the SDK's own report has each of them
    assert all(p.location.file == str(INVALID) for p in info.value.problems)


def test_a_value_the_model_refuses_is_named_by_field(tmp_path):
    path = _swedish_notice(tmp_path, "Årsomsättning minst 1 MSEK.", value="-5")
    with pytest.raises(InputError) as info:
        load_notice(path)
    problem, = info.value.problems
    assert problem.location.field_path == "uppskattat_värde.totalt"
    assert problem.message == ("ogiltigt värde ur annonsen (BT-27 (cbc:EstimatedOverallContractAmount)): "
                               "värdet måste vara minst 0, angivet: '-5'")


def test_an_amount_that_is_no_number_is_located(tmp_path):
    path = _swedish_notice(tmp_path, "Årsomsättning minst 1 MSEK.", value="fem miljoner")
    with pytest.raises(InputError) as info:
        load_notice(path)
    problem, = info.value.problems
    assert (problem.location.line, problem.location.column) == (177, 4) and "beloppet ”fem miljoner” är inget tal" in problem.message


def _write(tmp_path: Path, text: str, name: str = "annons.xml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


_NOTICE_START = '<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2">'


def test_billion_laughs_is_refused(tmp_path):
    entities = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};">' for i in range(1, 10))
    path = _write(tmp_path, f'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY l0 "lol">{entities}]>\n'
                            f'{_NOTICE_START}&l9;</ContractNotice>')
    with pytest.raises(InputError) as info:
        load_notice(path)
    problem, = info.value.problems
    assert problem.location.line == 2
    assert "dokumenttypdeklaration (<!DOCTYPE ...>)" in problem.message and "tillåts inte" in problem.message


def test_external_entity_is_refused_and_never_read(tmp_path):
    secret = _write(tmp_path, "HEMLIGT", "hemligt.txt")
    path = _write(tmp_path, f'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
                            f'{_NOTICE_START}<cbc:Note>&xxe;</cbc:Note></ContractNotice>')
    with pytest.raises(InputError) as info:
        load_notice(path)
    assert "DOCTYPE" in str(info.value) and "HEMLIGT" not in str(info.value)


def test_undeclared_entity_is_a_located_error(tmp_path):
    path = _write(tmp_path, f"{_NOTICE_START}\n  &okänd;\n</ContractNotice>")
    with pytest.raises(InputError) as info:
        load_notice(path)
    problem, = info.value.problems
    assert (problem.location.line, problem.location.column) == (2, 3)
    assert "odefinierad entitet" in problem.message


def test_malformed_xml_is_located(tmp_path):
    path = _write(tmp_path, f"{_NOTICE_START}\n  <cbc:Note>text</cbc:Note>\n  <a><b></a>\n</ContractNotice>")
    with pytest.raises(InputError) as info:
        load_notice(path)
    problem, = info.value.problems
    assert str(problem).startswith(f"{path}:2:")  # cbc: is not declared in this file
    assert "namnrymdsprefixet är inte deklarerat" in problem.message
    path = _write(tmp_path, f"{_NOTICE_START}\n  <a><b></a>\n</ContractNotice>")
    with pytest.raises(InputError) as info:
        load_notice(path)
    assert str(info.value.problems[0]) == f"{path}:2:11: sluttaggen hör inte ihop med starttaggen"


@pytest.mark.parametrize("xml, expected", [
    ("<TED_EXPORT/>", "rotelementet är TED_EXPORT"),
    (('<BusinessRegistrationInformationNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:'
      'BusinessRegistrationInformationNotice-2"/>'), "företagsregistrering"),
    ("<ContractNotice/>", "fel namnrymd"),
])
def test_not_an_eforms_notice(tmp_path, xml, expected):
    with pytest.raises(InputError) as info:
        load_notice(_write(tmp_path, xml))
    message = info.value.problems[0].message
    assert "filen är inte en eForms-annons som kravmotor kan läsa" in message and expected in message


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="filen finns inte"):
        load_notice(tmp_path / "finns-inte.xml")


# --- The command ------------------------------------------------------------------------


def test_granska_reads_an_eforms_notice():
    result = CliRunner().invoke(main, ["granska", str(EXAMPLES / "cn_24_open.xml")])
    assert result.exit_code == 0, result.output  # nothing the rules can call an error: much is unknown
    assert "UNDERLAG SAKNAS" in result.output
    cited = [line for line in result.output.splitlines() if line.strip().startswith("Källa i underlaget:")]
    assert any("BT-27 (cbc:EstimatedOverallContractAmount): 500000 EUR, inte SEK" in line for line in cited)
    assert "Traceback" not in result.output


def test_granska_an_invalid_notice_exits_2_and_goes_on_with_the_others(tmp_path):
    result = CliRunner().invoke(main, ["granska", str(INVALID), str(EXAMPLES / "cn-social_25.xml")])
    assert result.exit_code == 2
    assert f"{INVALID}:137:5: BT-743 (cbc:ExecutionRequirementCode): ogiltig kod" in result.output
    assert "Granskning av" in result.output and "cn-social_25.xml" in result.output


def test_sarif_carries_the_notice_fields():
    result = CliRunner().invoke(main, ["granska", "--format", "sarif", str(EXAMPLES / "cn_24_open.xml")])
    sarif = json.loads(result.output)
    origins = [r["properties"].get("ursprung", []) for r in sarif["runs"][0]["results"]]
    assert any(any(o["fält"].startswith("BT-27") for o in found) for found in origins)
