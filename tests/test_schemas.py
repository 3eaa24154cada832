"""`kravmotor schema --för ...`: every bundled example and test fixture validates against its schema, and
the schema refuses what the loader refuses (checked with jsonschema, as an editor would)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from documents import BASE_DOCUMENT
from kravmotor.cli import main
from kravmotor.errors import InputError
from kravmotor.model.loading import load_document, load_self_assessment, load_supplier, validate_document
from kravmotor.safe_data import parse_yaml
from organisationer import base_organisation
from suppliers import BASE_SUPPLIER

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DOCUMENTS = sorted(EXAMPLES.glob("*.yaml"))
SUPPLIERS = sorted((EXAMPLES / "leverantorer").glob("*.yaml"))
ASSESSMENTS = sorted((EXAMPLES / "mognad").glob("*.yaml"))


@pytest.fixture(scope="module")
def schemas():
    out = {}
    for kind in ("underlag", "leverantör", "självskattning"):
        result = CliRunner().invoke(main, ["schema", "--för", kind])
        assert result.exit_code == 0, result.output
        schema = json.loads(result.output)
        jsonschema.Draft202012Validator.check_schema(schema)
        out[kind] = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    return out


def as_json(value):
    """YAML's data as the JSON an editor checks: dates as text, decimals as numbers."""
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def read(path: Path):
    return as_json(parse_yaml(path.read_text(encoding="utf-8"), str(path))[0])


def errors(validator, data) -> list[str]:
    return [f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]


def test_there_are_examples_of_every_kind():
    assert len(DOCUMENTS) >= 7 and SUPPLIERS and ASSESSMENTS


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_example_document_validates(schemas, path):
    load_document(path)  # the loader takes it ...
    assert errors(schemas["underlag"], read(path)) == []  # ... and so does the schema


@pytest.mark.parametrize("path", SUPPLIERS, ids=lambda p: p.name)
def test_every_example_supplier_validates(schemas, path):
    load_supplier(path)
    assert errors(schemas["leverantör"], read(path)) == []


@pytest.mark.parametrize("path", ASSESSMENTS, ids=lambda p: p.name)
def test_every_example_self_assessment_validates(schemas, path, rulebook):
    from kravmotor.mognad.katalog import criteria

    load_self_assessment(path, {c.code for c in criteria(rulebook)})
    assert errors(schemas["självskattning"], read(path)) == []


def test_the_test_fixtures_validate(schemas, rulebook):
    from kravmotor.mognad.katalog import criteria

    assert errors(schemas["underlag"], BASE_DOCUMENT) == []
    assert errors(schemas["leverantör"], BASE_SUPPLIER) == []
    assert errors(schemas["självskattning"], base_organisation([c.code for c in criteria(rulebook)])) == []


def test_a_draft_read_from_word_validates(schemas, tmp_path):
    """What `kravmotor läs` writes (ursprung, okända_uppgifter with `[+]`) is a valid underlag."""
    from kravmotor.lasning import draft
    from syntetiska import DOKUMENT, skapa_docx

    name, _, content, _ = next(d for d in DOKUMENT if d[1] == ".docx")
    text = draft([skapa_docx(content, tmp_path / f"{name}.docx")]).yaml()
    data = as_json(parse_yaml(text, "utkast.yaml")[0])
    assert any("[+]" in path for path in data.get("okända_uppgifter", []))
    assert errors(schemas["underlag"], data) == []


# What the loader adds to pydantic: each case is accepted by both, or refused by both.
ACCEPTED = [
    ("ja for a boolean", {"ramavtal": "ja"}),
    ("Nej for a boolean", {"elektronisk_anbudsgivning": "Nej"}),
    ("sant for a boolean", {"förhandsannons": "sant"}),
    ("a whole number as text", {"id": 2026}),
    ("okänt for an optional fact", {"lagrum": "okänt"}),
    ("vet inte for an optional fact", {"uppskattat_värde": "vet inte"}),
    ("okänt inside a list element", {"kvalificeringskrav": [{"typ": "omsättning", "belopp": "okänt"}]}),
    ("a declared unknown path with an index", {"okända_uppgifter": ["kvalificeringskrav[0].belopp"]}),
    ("a declared unknown path through every element", {"okända_uppgifter": ["kvalificeringskrav.belopp"]}),
    ("a declared partial list", {"okända_uppgifter": ["miljökrav[+]"]}),
    ("an amount as a span", {"uppskattat_värde": {"totalt": {"lägst": 2_000_000, "högst": 3_000_000}}}),
]
REFUSED = [
    ("kanske for a boolean", {"ramavtal": "kanske"}),
    ("an unknown field", {"uppskatat_värde": {"totalt": 1}}),
    ("a procedure not in the law", {"förfarande": "snabbt"}),
    ("okänt for a required field", {"titel": "okänt"}),
    ("a declared unknown path that is no field", {"okända_uppgifter": ["uppskatat_värde"]}),
    ("[+] on a field that is no list", {"okända_uppgifter": ["lagrum[+]"]}),
    ("a date that is no date", {"sista_anbudsdag": "2026-02-30"}),
    ("a negative amount", {"uppskattat_värde": {"totalt": -5}}),
    ("a malformed CPV code", {"cpv_koder": ["7900"]}),
]


def _loader_accepts(data) -> bool:
    try:
        validate_document(copy.deepcopy(data), "fall.json")
    except InputError:
        return False
    return True


@pytest.mark.parametrize("case, change", ACCEPTED, ids=[c for c, _ in ACCEPTED])
def test_the_schema_accepts_what_the_loader_accepts(schemas, case, change):
    data = {**BASE_DOCUMENT, **change}
    assert _loader_accepts(data), case
    assert errors(schemas["underlag"], data) == [], case


@pytest.mark.parametrize("case, change", REFUSED, ids=[c for c, _ in REFUSED])
def test_the_schema_refuses_what_the_loader_refuses(schemas, case, change):
    data = {**BASE_DOCUMENT, **change}
    assert not _loader_accepts(data), case
    assert errors(schemas["underlag"], data), case


def test_a_supplier_schema_refuses_a_fact_without_its_source(schemas):
    bad = {**BASE_SUPPLIER, "f_skatt": {"värde": True}}
    with pytest.raises(InputError):
        from kravmotor.model.loading import validate_supplier

        validate_supplier(bad, "lev.json")
    assert errors(schemas["leverantör"], bad)


def test_type_names_are_readable_and_every_field_is_described(schemas):
    for kind, validator in schemas.items():
        schema = validator.schema
        names = list(schema.get("$defs", {}))
        assert not [n for n in names if "_" in n.strip("_") and n[0].isupper()], (kind, names)
        assert "SarskildaKontraktsvillkor" in names or kind != "underlag"
        undescribed = []

        def walk(node, where):
            if isinstance(node, dict):
                for name, prop in (node.get("properties") or {}).items():
                    if not isinstance(prop, dict) or not prop.get("description"):
                        undescribed.append(f"{where}.{name}")
                for key, value in node.items():
                    walk(value, f"{where}.{key}" if key not in ("properties", "$defs") else where)
            elif isinstance(node, list):
                for value in node:
                    walk(value, where)

        walk(schema, kind)
        assert undescribed == [], undescribed
