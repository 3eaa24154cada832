"""Runs the Swedish Gherkin features in features/ on the real engine and rule files.

Each scenario starts from a base document that no rule objects to, changes what
the scenario says, and checks the findings of `Checker`, the same pipeline the
CLI uses, with the rule catalogue under rules/. Every scenario runs on both
evaluators (native and durable_rules), which must give identical findings.
"""

from __future__ import annotations

import copy
import re
from decimal import Decimal

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from documents import BASE_DOCUMENT
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.model.fields import document_fields

scenarios(".")

_LISTS = {
    "ett kvalificeringskrav": "kvalificeringskrav",
    "en teknisk specifikation": "tekniska_specifikationer",
    "ett delkontrakt": "delkontrakt",
    "ett miljökrav": "miljökrav",
}


def parse_value(text: str):
    """A value as a lawyer writes it: `10 000 000 kr`, `35 dagar`, `ja`, `2026-03-02`, `"text"`,
    or a list of texts: `"90911200-8", "45210000-2"`."""
    text = text.strip()
    if re.fullmatch(r'"[^"]*"(?:\s*,\s*"[^"]*")+', text):
        return re.findall(r'"([^"]*)"', text)
    if text.startswith('"') and text.endswith('"'):
        return text[1:-1]
    if text in ("ja", "sant"):
        return True
    if text in ("nej", "falskt"):
        return False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    number = re.fullmatch(r"(-?\d[\d ]*(?:,\d+)?)(?: (?:kr|år|dagar|månader|%))?", text)
    if number:
        value = Decimal(number.group(1).replace(" ", "").replace(",", "."))
        return int(value) if value == value.to_integral() else float(value)
    return text


def _set(document: dict, path: str, value) -> None:
    *parents, last = path.split(".")
    node = document
    for part in parents:
        node = node.setdefault(part, {})
    node[last] = value


def _delete(document: dict, path: str) -> None:
    *parents, last = path.split(".")
    node = document
    for part in parents:
        node = node.get(part, {})
    node.pop(last, None)


@pytest.fixture
def context():
    return {"document": copy.deepcopy(BASE_DOCUMENT)}


@given("ett förfrågningsunderlag")
def base_document(context):
    context["document"] = copy.deepcopy(BASE_DOCUMENT)


@given(parsers.re(r'att (?P<path>[\wåäöÅÄÖ.]+) är (?P<value>.+)'))
def set_field(context, path, value):
    value = parse_value(value)
    if _is_list_field(path) and not isinstance(value, list):
        value = [value]  # `att cpv_koder är "90911200-8"`: a list of one
    _set(context["document"], path, value)


def _is_list_field(path: str) -> bool:
    ftype = document_fields()
    for part in path.split("."):
        ftype = ftype.children.get(part) if ftype.kind == "objekt" else None
        if ftype is None:
            return False
    return ftype.kind == "lista"


@given(parsers.re(r'att (?P<path>[\wåäöÅÄÖ.]+) saknas'))
def remove_field(context, path):
    _delete(context["document"], path)


@given(parsers.re(r"underlaget har inga (?P<path>[\wåäöÅÄÖ.]+)$"))
def empty_list(context, path):
    _set(context["document"], path, [])


def _table_item(datatable) -> dict:
    """A two-column table of field → value; a dotted field (`adress.ort`) nests."""
    item: dict = {}
    for row in datatable:
        _set(item, row[0].strip(), parse_value(row[1]))
    return item


@given(parsers.re(r"underlaget har (?P<what>ett kvalificeringskrav|en teknisk specifikation|ett delkontrakt|ett miljökrav):"))
def add_list_item(context, what, datatable):
    context["document"].setdefault(_LISTS[what], []).append(_table_item(datatable))


@given(parsers.re(r"underlaget har ett element i (?P<path>[\wåäöÅÄÖ.]+):"))
def add_element(context, path, datatable):
    """Any list of the document, by field path: `särskilda_kontraktsvillkor.beredskapsklausuler`."""
    *parents, last = path.split(".")
    node = context["document"]
    for part in parents:
        node = node.setdefault(part, {})
    node.setdefault(last, []).append(_table_item(datatable))


@given(parsers.re(r"underlaget har (?P<path>[\wåäöÅÄÖ.]+) med:"))
def set_object(context, path, datatable):
    """A whole object at once, replacing what the base document had there."""
    _set(context["document"], path, _table_item(datatable))


@given(parsers.re(r'underlaget har en motivering för (?P<code>[A-ZÅÄÖ]+-\d+): "(?P<text>.+)"'))
def add_justification(context, code, text):
    context["document"].setdefault("motiveringar", []).append({"regel": code, "text": text})


@when("underlaget granskas")
def check(context, checkers):
    """Every evaluator checks the document; they must agree on every finding, value and derived fact."""
    doc = Förfrågningsunderlag.model_validate(context["document"])
    results = {motor: checker.check(doc, "scenario.yaml") for motor, checker in checkers.items()}
    native = results.pop("native")
    for motor, other in results.items():
        assert [f.model_dump() for f in other.findings] == [f.model_dump() for f in native.findings], motor
        assert other.derived == native.derived, motor
    context["result"] = native


def _findings(context, code):
    return [f for f in context["result"].findings if f.kod == code]


@then(parsers.re(r'ger regeln (?P<code>[A-ZÅÄÖ]+-\d+) utfallet "(?P<outcome>[^"]+)"'))
def has_outcome(context, code, outcome):
    found = _findings(context, code)
    assert found, f"{code} gav inget fynd; fynd: {[f.kod for f in context['result'].findings]}"
    assert {f.utfall for f in found} == {outcome}, [f.utfall for f in found]


@then(parsers.re(r"ger regeln (?P<code>[A-ZÅÄÖ]+-\d+) inget fynd"))
def no_finding(context, code):
    found = _findings(context, code)
    assert not found, [f.meddelande for f in found]


@then(parsers.re(r"ger regeln (?P<code>[A-ZÅÄÖ]+-\d+) (?P<count>\d+) fynd"))
def finding_count(context, code, count):
    assert len(_findings(context, code)) == int(count)


@then(parsers.re(r'meddelandet för (?P<code>[A-ZÅÄÖ]+-\d+) innehåller "(?P<text>[^"]+)"'))
def message_contains(context, code, text):
    messages = [f.meddelande for f in _findings(context, code)]
    assert any(text in m for m in messages), messages


@then(parsers.re(r'fyndet för (?P<code>[A-ZÅÄÖ]+-\d+) gäller fältet "(?P<path>[^"]+)"'))
def finding_field(context, code, path):
    paths = [p for f in _findings(context, code) for p in f.fält]
    assert path in paths, paths


@then(parsers.re(r'slutsatsen (?P<name>[\wåäö]+) (?P<holds>gäller|gäller inte)'))
def derived_fact(context, name, holds):
    assert (name in context["result"].derived) == (holds == "gäller")
