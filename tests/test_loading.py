"""Reading förfrågningsunderlag: valid files load, every kind of mistake gives a Swedish
message with the right field path and, for YAML, the right line."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from kravmotor.errors import InputError, Problem
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.model.loading import document_json_schema, load_document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# Line numbers in the tests below refer to this text: keep its first lines stable.
VALID_YAML = """\
id: T-1
titel: Lokalvård
upphandlande_myndighet:
  namn: Falu kommun
  organisationsnummer: 212000-2262
  typ: kommunal
regim: direktivstyrd
förfarande: öppet
upphandlingsslag: tjänster
cpv_koder: [90911200-8]
uppskattat_värde:
  totalt: 18000000
  per_år: 4500000
annonseringsdatum: 2026-03-02
sista_anbudsdag: 2026-04-10
kvalificeringskrav:
  - typ: omsättning
    belopp: 9000000
    antal_år: 3
  - typ: kreditupplysning
    annan_bevisning_godtas: ja
"""

VALID_DICT = {
    "id": "T-1",
    "titel": "Lokalvård",
    "upphandlande_myndighet": {"namn": "Falu kommun", "organisationsnummer": "212000-2262", "typ": "kommunal"},
    "regim": "direktivstyrd",
    "förfarande": "öppet",
    "upphandlingsslag": "tjänster",
    "cpv_koder": ["90911200-8"],
    "uppskattat_värde": {"totalt": 18000000, "per_år": 4500000.10},
    "annonseringsdatum": "2026-03-02",
    "kvalificeringskrav": [{"typ": "omsättning", "belopp": 9000000, "antal_år": 3}],
}


def write(tmp_path: Path, text: str, name: str = "doc.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def replace_line(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(InputError) as info:
        load_document(path)
    return info.value.problems


def only_problem(path: Path) -> Problem:
    problems = problems_of(path)
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def at(problems: list[Problem], field_path: str) -> Problem:
    found = [p for p in problems if p.location.field_path == field_path]
    assert found, f"no problem at {field_path}: " + "\n".join(map(str, problems))
    return found[0]


# --- Valid documents ----------------------------------------------------------------


def test_valid_yaml_loads(tmp_path):
    doc = load_document(write(tmp_path, VALID_YAML))
    assert isinstance(doc, Förfrågningsunderlag)
    assert doc.upphandlande_myndighet.namn == "Falu kommun"
    assert doc.annonseringsdatum == dt.date(2026, 3, 2)
    assert doc.uppskattat_värde.totalt == Decimal(18000000)
    assert doc.kvalificeringskrav[0].typ == "omsättning"
    assert doc.kvalificeringskrav[0].belopp == Decimal(9000000)


def test_valid_json_loads_with_exact_amounts(tmp_path):
    doc = load_document(write(tmp_path, json.dumps(VALID_DICT, ensure_ascii=False), "doc.json"))
    assert doc.id == "T-1"
    assert doc.uppskattat_värde.per_år == Decimal("4500000.10")  # not 4500000.0999999...
    assert doc.annonseringsdatum == dt.date(2026, 3, 2)


def test_yml_suffix_and_uppercase_suffix_are_accepted(tmp_path):
    assert load_document(write(tmp_path, VALID_YAML, "a.yml")).id == "T-1"
    assert load_document(write(tmp_path, VALID_YAML, "b.YAML")).id == "T-1"


def test_string_path_is_accepted(tmp_path):
    assert load_document(str(write(tmp_path, VALID_YAML))).id == "T-1"


@pytest.mark.parametrize(
    "word, expected",
    [("ja", True), ("nej", False), ("Ja", True), ("sant", True), ("falskt", False), ("true", True), ("no", False)],
)
def test_swedish_booleans_become_bools(tmp_path, word, expected):
    text = replace_line(VALID_YAML, "annan_bevisning_godtas: ja", f"annan_bevisning_godtas: {word}")
    text += f"brådskande: {word}\n"
    doc = load_document(write(tmp_path, text))
    assert doc.kvalificeringskrav[1].annan_bevisning_godtas is expected
    assert doc.brådskande is expected


def test_ja_stays_text_where_text_is_expected(tmp_path):
    doc = load_document(write(tmp_path, replace_line(VALID_YAML, "titel: Lokalvård", "titel: ja")))
    assert doc.titel == "ja"


def test_whole_numbers_are_accepted_where_text_is_expected(tmp_path):
    # YAML reads these as ints; the user means the digits, leading zero included.
    text = replace_line(VALID_YAML, "id: T-1", "id: 2026")
    text = replace_line(text, "cpv_koder: [90911200-8]", "cpv_koder: [90911200, 03000000]")
    doc = load_document(write(tmp_path, text))
    assert doc.id == "2026"
    assert doc.cpv_koder == ["90911200", "03000000"]


# --- File level problems -------------------------------------------------------------


def test_missing_file(tmp_path):
    problem = only_problem(tmp_path / "finns-inte.yaml")
    assert "filen finns inte" in problem.message
    assert problem.location.file.endswith("finns-inte.yaml")


def test_directory_cannot_be_read(tmp_path):
    (tmp_path / "katalog.yaml").mkdir()
    assert "kan inte läsa filen" in only_problem(tmp_path / "katalog.yaml").message


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path, VALID_YAML)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    from kravmotor import limits

    monkeypatch.setattr(limits, "open", refuse, raising=False)  # the readers open files through limits.read_limited
    problem = only_problem(path)
    assert problem.message == "kan inte läsa filen: behörighet saknas"  # Swedish, not the system's English


def test_not_utf8(tmp_path):
    path = tmp_path / "doc.yaml"
    path.write_bytes("titel: Lokalvård".encode("latin-1"))
    assert "UTF-8" in only_problem(path).message


def test_unknown_suffix(tmp_path):
    message = only_problem(write(tmp_path, VALID_YAML, "doc.txt")).message
    assert "okänd filändelse '.txt'" in message
    assert ".yaml" in message and ".json" in message


def test_yaml_syntax_error_has_line_and_column(tmp_path):
    text = replace_line(VALID_YAML, "titel: Lokalvård", "titel: Lokalvård: städning")
    problem = only_problem(write(tmp_path, text))
    assert problem.message.startswith("YAML-syntaxfel")
    assert (problem.location.line, problem.location.column) == (2, 17)
    assert "^" in problem.excerpt


def test_yaml_bad_indentation(tmp_path):
    text = replace_line(VALID_YAML, "  typ: kommunal", "   typ: kommunal")
    problem = only_problem(write(tmp_path, text))
    assert problem.message.startswith("YAML-syntaxfel")
    assert problem.location.line == 6


def test_json_syntax_error_has_line_and_column(tmp_path):
    problem = only_problem(write(tmp_path, '{"id": "x",\n  "titel": }', "doc.json"))
    assert problem.message == "JSON-syntaxfel: förväntade ett värde"
    assert (problem.location.line, problem.location.column) == (2, 12)


@pytest.mark.parametrize("text", ["", "# bara en kommentar\n"])
def test_empty_file(tmp_path, text):
    assert "filen är tom" in only_problem(write(tmp_path, text)).message


@pytest.mark.parametrize("text, name", [("- a\n- b\n", "doc.yaml"), ("[1, 2]", "doc.json"), ("bara text", "doc.yaml")])
def test_top_level_must_be_a_mapping(tmp_path, text, name):
    assert "förväntade en mappning" in only_problem(write(tmp_path, text, name)).message


def test_several_yaml_documents(tmp_path):
    problem = only_problem(write(tmp_path, VALID_YAML + "---\nid: T-2\n"))
    assert "bara innehålla ett YAML-dokument" in problem.message


def test_duplicate_key_points_at_the_second_occurrence(tmp_path):
    problem = only_problem(write(tmp_path, VALID_YAML + "titel: Annan titel\n"))
    assert "förekommer flera gånger" in problem.message
    assert problem.location.field_path == "titel"
    assert problem.location.line == VALID_YAML.count("\n") + 1


def test_yaml_load_is_never_used():
    source = (Path(__file__).resolve().parents[1] / "src/kravmotor/model/loading.py").read_text(encoding="utf-8")
    assert "yaml.load(" not in source and "yaml.unsafe_load" not in source


def test_python_tags_are_rejected(tmp_path):
    text = VALID_YAML + "extra: !!python/object/apply:os.system ['echo hej']\n"
    problem = only_problem(write(tmp_path, text))
    assert problem.message.startswith("YAML-syntaxfel: taggen är inte tillåten")
    assert problem.location.line == 22


# --- Validation problems: message, path and line -------------------------------------


def test_missing_field_points_at_parent_mapping(tmp_path):
    text = VALID_YAML + "delkontrakt:\n  - uppskattat_värde: 1000000\n"
    problem = only_problem(write(tmp_path, text))
    assert problem.location.field_path == "delkontrakt[0].namn"
    assert problem.message == "obligatoriskt fält 'namn' saknas"
    assert problem.location.line == VALID_YAML.count("\n") + 2  # the mapping "- uppskattat_värde: ..." it is missing from


def test_missing_top_level_field(tmp_path):
    text = replace_line(VALID_YAML, "titel: Lokalvård\n", "")
    problem = only_problem(write(tmp_path, text))
    assert problem.location.field_path == "titel"
    assert "saknas" in problem.message
    assert problem.location.line == 1


def test_a_fact_left_out_is_unknown_not_an_error(tmp_path):
    """A fact every procurement has (its regim, an amount required) may be left out: it is then unknown."""
    text = replace_line(VALID_YAML, "regim: direktivstyrd\n", "")
    text = replace_line(text, "    belopp: 9000000\n", "")
    doc = load_document(write(tmp_path, text))
    assert doc.regim is None and doc.kvalificeringskrav[0].belopp is None


def test_okänt_declares_a_field_unknown_with_its_path(tmp_path):
    text = replace_line(VALID_YAML, "regim: direktivstyrd", "regim: okänt")
    text = replace_line(text, "    belopp: 9000000", "    belopp: vet inte")
    doc = load_document(write(tmp_path, text))
    assert doc.regim is None
    assert doc.okända_uppgifter == ["regim", "kvalificeringskrav[0].belopp"]


def test_an_amount_may_be_a_span(tmp_path):
    text = replace_line(VALID_YAML, "  totalt: 18000000", "  totalt: {lägst: 17000000, högst: 19000000}")
    doc = load_document(write(tmp_path, text))
    assert (doc.uppskattat_värde.totalt.low, doc.uppskattat_värde.totalt.high) == (17000000, 19000000)


def test_a_span_the_wrong_way_round_is_one_located_error(tmp_path):
    text = replace_line(VALID_YAML, "  totalt: 18000000", "  totalt: {lägst: 19000000, högst: 17000000}")
    problem = only_problem(write(tmp_path, text))
    assert problem.location.field_path == "uppskattat_värde.totalt"
    assert "lägst vara mindre än högst" in problem.message


def test_extra_field_suggests_close_match_and_points_at_key(tmp_path):
    text = replace_line(VALID_YAML, "uppskattat_värde:", "uppskattat_varde:")
    problems = problems_of(write(tmp_path, text))
    extra = at(problems, "uppskattat_varde")
    assert "okänt fält 'uppskattat_varde'" in extra.message
    assert "menade du 'uppskattat_värde'?" in extra.message
    assert (extra.location.line, extra.location.column) == (11, 1)
    assert len(problems) == 1  # uppskattat_värde itself is then a fact left out: unknown, not an error


def test_extra_field_inside_tagged_union_uses_the_member_model(tmp_path):
    text = replace_line(VALID_YAML, "    antal_år: 3", "    antal_ar: 3")
    problem = only_problem(write(tmp_path, text))
    assert problem.location.field_path == "kvalificeringskrav[0].antal_ar"  # no "omsättning" tag in the path
    assert "menade du 'antal_år'?" in problem.message
    assert (problem.location.line, problem.location.column) == (19, 5)


def test_extra_field_without_close_match_lists_allowed_fields(tmp_path):
    problem = only_problem(write(tmp_path, replace_line(VALID_YAML, "  typ: kommunal", "  typ: kommunal\n  xyz: 1")))
    assert problem.location.field_path == "upphandlande_myndighet.xyz"
    assert "tillåtna fält här: namn, organisationsnummer, typ" in problem.message


def test_literal_error_lists_allowed_values(tmp_path):
    problem = only_problem(write(tmp_path, replace_line(VALID_YAML, "typ: kommunal", "typ: kommun")))
    assert problem.location.field_path == "upphandlande_myndighet.typ"
    assert "'kommun'" in problem.message
    assert "'statlig', 'kommunal', 'regional', 'kommunalt bolag', 'övrig'" in problem.message
    assert (problem.location.line, problem.location.column) == (6, 8)


def test_unknown_kvalificeringskrav_typ(tmp_path):
    problem = only_problem(write(tmp_path, replace_line(VALID_YAML, "typ: omsättning", "typ: omsätning")))
    assert problem.location.field_path == "kvalificeringskrav[0].typ"
    assert "okänd typ 'omsätning'" in problem.message
    assert "'omsättning'" in problem.message and "'referensuppdrag'" in problem.message
    assert problem.location.line == 17


def test_missing_kvalificeringskrav_typ(tmp_path):
    problem = only_problem(write(tmp_path, replace_line(VALID_YAML, "  - typ: omsättning\n    belopp", "  - belopp")))
    assert problem.location.field_path == "kvalificeringskrav[0].typ"
    assert "'typ' saknas" in problem.message and "'kreditupplysning'" in problem.message
    assert problem.location.line == 17


def test_bad_date(tmp_path):
    problem = only_problem(write(tmp_path, replace_line(VALID_YAML, "2026-04-10", "10 april 2026")))
    assert problem.location.field_path == "sista_anbudsdag"
    assert "ÅÅÅÅ-MM-DD" in problem.message
    assert problem.location.line == 15


def test_impossible_date_is_reported_not_raised(tmp_path):
    problem = only_problem(write(tmp_path, replace_line(VALID_YAML, "2026-04-10", "2026-13-10")))
    assert problem.location.field_path == "sista_anbudsdag"
    assert "ÅÅÅÅ-MM-DD" in problem.message and "2026-13-10" in problem.message


def test_timestamp_is_rejected(tmp_path):
    problem = only_problem(write(tmp_path, replace_line(VALID_YAML, "2026-04-10", "2026-04-10 12:00:00")))
    assert problem.location.field_path == "sista_anbudsdag"
    assert "klockslag" in problem.message
    assert problem.location.line == 15


def test_midnight_timestamp_is_rejected_too(tmp_path):
    problem = only_problem(write(tmp_path, replace_line(VALID_YAML, "2026-04-10", "2026-04-10T00:00:00")))
    assert "klockslag" in problem.message


def test_amount_with_spaces(tmp_path):
    problem = only_problem(write(tmp_path, replace_line(VALID_YAML, "totalt: 18000000", "totalt: 18 000 000 kr")))
    assert problem.location.field_path == "uppskattat_värde.totalt"
    assert "förväntade ett tal" in problem.message
    assert problem.location.line == 12


def test_int_expected(tmp_path):
    problem = only_problem(write(tmp_path, replace_line(VALID_YAML, "antal_år: 3", "antal_år: tre")))
    assert problem.location.field_path == "kvalificeringskrav[0].antal_år"
    assert "förväntade ett heltal" in problem.message


def test_bool_expected(tmp_path):
    problem = only_problem(write(tmp_path, replace_line(VALID_YAML, "godtas: ja", "godtas: kanske")))
    assert problem.location.field_path == "kvalificeringskrav[1].annan_bevisning_godtas"
    assert "sant eller falskt" in problem.message
    assert problem.location.line == 21


def test_lower_bound(tmp_path):
    problem = only_problem(write(tmp_path, replace_line(VALID_YAML, "per_år: 4500000", "per_år: -5")))
    assert problem.location.field_path == "uppskattat_värde.per_år"
    assert "minst 0" in problem.message


def test_upper_bound(tmp_path):
    problem = only_problem(write(tmp_path, VALID_YAML + "utvärderingsmodell:\n  pris_vikt: 140\n"))
    assert problem.location.field_path == "utvärderingsmodell.pris_vikt"
    assert "högst 100" in problem.message
    assert problem.location.line == 23


@pytest.mark.parametrize(
    "old, new, field_path, explanation",
    [
        ("cpv_koder: [90911200-8]", "cpv_koder: [9091120-8]", "cpv_koder[0]", "åtta siffror"),
        ("212000-2262", "21200-2262", "upphandlande_myndighet.organisationsnummer", "NNNNNN-NNNN"),
    ],
)
def test_pattern_mismatch_is_explained(tmp_path, old, new, field_path, explanation):
    problem = only_problem(write(tmp_path, replace_line(VALID_YAML, old, new)))
    assert problem.location.field_path == field_path
    assert explanation in problem.message


def test_rule_code_pattern_and_empty_text(tmp_path):
    text = VALID_YAML + 'motiveringar:\n  - regel: prop3\n    text: ""\n'
    problems = problems_of(write(tmp_path, text))
    assert "PROP-03" in at(problems, "motiveringar[0].regel").message
    assert at(problems, "motiveringar[0].regel").location.line == 23
    assert "får inte vara tomt" in at(problems, "motiveringar[0].text").message


def test_list_and_mapping_expected(tmp_path):
    text = replace_line(VALID_YAML, "cpv_koder: [90911200-8]", "cpv_koder: 90911200-8")
    text = replace_line(text, "upphandlande_myndighet:\n  namn: Falu kommun\n  organisationsnummer: 212000-2262\n  typ: kommunal",
                        "upphandlande_myndighet: Falu kommun")
    problems = problems_of(write(tmp_path, text))
    assert "förväntade en lista" in at(problems, "cpv_koder").message
    assert "förväntade en mappning" in at(problems, "upphandlande_myndighet").message


def test_text_expected(tmp_path):
    problem = only_problem(write(tmp_path, replace_line(VALID_YAML, "namn: Falu kommun", "namn: [Falu, kommun]")))
    assert problem.location.field_path == "upphandlande_myndighet.namn"
    assert "förväntade text" in problem.message


def test_several_errors_are_all_reported_in_line_order(tmp_path):
    text = replace_line(VALID_YAML, "typ: kommunal", "typ: kommun")
    text = replace_line(text, "totalt: 18000000", "totalt: mycket")
    text = replace_line(text, "antal_år: 3", "antal_år: -1")
    text = replace_line(text, "godtas: ja", "godtas: kanske")
    problems = problems_of(write(tmp_path, text))
    assert [p.location.field_path for p in problems] == [
        "upphandlande_myndighet.typ",
        "uppskattat_värde.totalt",
        "kvalificeringskrav[0].antal_år",
        "kvalificeringskrav[1].annan_bevisning_godtas",
    ]
    assert [p.location.line for p in problems] == [6, 12, 19, 21]


def test_json_errors_have_path_but_no_line(tmp_path):
    data = dict(VALID_DICT, uppskattat_varde={"totalt": 1}, annonseringsdatum="2 mars")
    problems = problems_of(write(tmp_path, json.dumps(data), "doc.json"))
    extra = at(problems, "uppskattat_varde")
    assert "menade du 'uppskattat_värde'?" in extra.message
    assert "ÅÅÅÅ-MM-DD" in at(problems, "annonseringsdatum").message
    assert all(p.location.line is None for p in problems)


def test_json_accepts_swedish_booleans(tmp_path):
    data = dict(VALID_DICT, brådskande="ja", elektronisk_anbudsgivning="nej")
    doc = load_document(write(tmp_path, json.dumps(data), "doc.json"))
    assert doc.brådskande is True and doc.elektronisk_anbudsgivning is False


def test_error_text_names_file_line_and_path(tmp_path):
    path = write(tmp_path, replace_line(VALID_YAML, "typ: kommunal", "typ: kommun"))
    with pytest.raises(InputError) as info:
        load_document(path)
    assert str(info.value).startswith(f"{path}:6:8: upphandlande_myndighet.typ: ogiltigt värde")


# --- Schema and examples -------------------------------------------------------------


def test_json_schema():
    schema = document_json_schema()
    text = json.dumps(schema, ensure_ascii=False)  # must be plain JSON
    assert json.loads(text) == schema
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "Förfrågningsunderlag"
    assert "förfrågningsunderlag" in schema["description"].lower()
    assert "kvalificeringskrav" in schema["properties"]
    assert set(schema["required"]) == {"id", "titel", "upphandlande_myndighet"}
    assert "Anges uppgiften inte är den okänd." in schema["properties"]["regim"]["description"]


@pytest.mark.parametrize("name", ["lokalvard-kommun.yaml", "lokalvard-med-brister.yaml", "byggentreprenad-skola.yaml"])
def test_examples_load(name):
    doc = load_document(EXAMPLES / name)
    assert doc.upphandlande_myndighet.typ == "kommunal"
    assert doc.regim == "direktivstyrd"


def test_example_facts():
    clean = load_document(EXAMPLES / "lokalvard-kommun.yaml")
    assert len(clean.delkontrakt) == 3
    assert (clean.sista_anbudsdag - clean.annonseringsdatum).days >= 30
    flawed = load_document(EXAMPLES / "lokalvard-med-brister.yaml")
    assert flawed.id != clean.id
    assert (flawed.sista_anbudsdag - flawed.annonseringsdatum).days == 20
    assert not flawed.delkontrakt and flawed.skäl_mot_uppdelning is None
    school = load_document(EXAMPLES / "byggentreprenad-skola.yaml")
    assert school.cpv_koder == ["45214200-2"]
    assert [m.regel for m in school.motiveringar] == ["PROP-01"]


# --- Fields that must agree with each other --------------------------------------------------

LOTS_YAML = """\
delkontrakt:
  - namn: Område norr
    uppskattat_värde: 200000
  - namn: Område söder
"""


def test_a_requirement_for_a_lot_that_does_not_exist_names_the_closest_lot(tmp_path):
    text = VALID_YAML.replace("    antal_år: 3\n", "    antal_år: 3\n    delkontrakt: Område nord\n") + LOTS_YAML
    problem = only_problem(write(tmp_path, text))
    assert problem.location.field_path == "kvalificeringskrav[0].delkontrakt"
    assert problem.location.line == 20
    assert "'Område nord' finns inte i underlaget; menade du 'Område norr'?" in problem.message
    fine = VALID_YAML.replace("    antal_år: 3\n", "    antal_år: 3\n    delkontrakt: Område norr\n") + LOTS_YAML
    assert load_document(write(tmp_path, fine, "ok.yaml")).kvalificeringskrav[0].delkontrakt == "Område norr"


def test_a_requirement_may_name_a_lot_when_the_lots_are_not_all_known(tmp_path):
    text = (VALID_YAML.replace("    antal_år: 3\n", "    antal_år: 3\n    delkontrakt: Område väst\n") + LOTS_YAML
            + "okända_uppgifter: ['delkontrakt[+]']\n")
    assert load_document(write(tmp_path, text)).kvalificeringskrav[0].delkontrakt == "Område väst"


def test_a_reference_period_in_years_and_in_months_must_agree(tmp_path):
    requirement = "  - typ: referensuppdrag\n    antal: 2\n    tidsperiod_år: 3\n    tidsperiod_månader: {months}\n"
    problem = only_problem(write(tmp_path, VALID_YAML + requirement.format(months=30)))
    assert problem.location.field_path == "kvalificeringskrav[2].tidsperiod_månader"
    assert "antingen i år eller i månader: 3 år är inte 30 månader" in problem.message
    load_document(write(tmp_path, VALID_YAML + requirement.format(months=36), "ok.yaml"))


def test_framework_details_written_in_the_yes_or_no_field_say_where_they_go(tmp_path):
    problem = only_problem(write(tmp_path, VALID_YAML + "ramavtal:\n  högsta_värde: 10000000\n"))
    assert problem.location.field_path == "ramavtal" and problem.location.line == 22
    assert "ramavtal anges som ja eller nej" in problem.message and "under fältet ramavtalet" in problem.message
    doc = load_document(write(tmp_path, VALID_YAML + "ramavtal: ja\nramavtalet:\n  högsta_värde: 10000000\n", "ok.yaml"))
    assert doc.ramavtal is True and doc.ramavtalet.högsta_värde == Decimal(10_000_000)


def test_framework_details_for_a_procurement_that_is_not_one(tmp_path):
    problem = only_problem(write(tmp_path, VALID_YAML + "ramavtal: nej\nramavtalet:\n  högsta_värde: 10000000\n"))
    assert problem.location.field_path == "ramavtalet"
    assert "uppgifter om ett ramavtal anges, men ramavtal är nej" in problem.message


def test_no_model_field_has_a_builtin_as_its_default_factory():
    """pydantic reads each default factory's signature when it builds a model; a builtin's (`list`, `dict`)
    is parsed from text by the tokenizer, milliseconds of every start (`grund.empty_list` is ours)."""
    import inspect

    from kravmotor.model import beredskap, dokument, leverantor, miljo, organisation, seriositet, uppfoljning
    from kravmotor.model.grund import Modell

    models = [m for module in (beredskap, dokument, leverantor, miljo, organisation, seriositet, uppfoljning)
              for m in vars(module).values() if inspect.isclass(m) and issubclass(m, Modell) and m is not Modell]
    assert len(models) > 30
    builtin = [f"{m.__name__}.{name}" for m in models for name, info in m.model_fields.items()
               if inspect.isbuiltin(info.default_factory) or info.default_factory in (list, dict, set, tuple)]
    assert builtin == []
