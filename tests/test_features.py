"""Runs the Swedish Gherkin features in features/ on the real engine and rule files.

Each scenario starts from a base document that no rule objects to, changes what
the scenario says, and checks the findings of `Checker`, the same pipeline the
CLI uses, with the rule catalogue under rules/. Every scenario runs on both
evaluators (native and durable_rules), which must give identical findings.
"""

from __future__ import annotations

import copy
import difflib
import re
from decimal import Decimal

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from conftest import MOTORS
from documents import BASE_DOCUMENT
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.model.fields import document_fields, supplier_fields
from kravmotor.model.leverantor import Leverantör
from suppliers import BASE_SUPPLIER, SCREENING_DAY

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
    _set_document_field(context["document"], path, value)


def _set_document_field(document: dict, path: str, text: str) -> None:
    value = parse_value(text)
    if _is_list_field(path) and not isinstance(value, list):
        value = [value]  # `att cpv_koder är "90911200-8"`: a list of one
    _set(document, path, value)


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


@given(parsers.re(r'att (?P<path>[\wåäöÅÄÖ.\[\]+]+) inte är (?:känd|känt|kända)'))
def unknown_field(context, path):
    """The fact is unknown: not stated, or answered "vet inte" (`okända_uppgifter`); `lista[+]`: the list
    may hold more elements than those given."""
    context["document"].setdefault("okända_uppgifter", []).append(path)


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
def add_justification(context, code, text, rulebook):
    known(rulebook, code)
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


@when("underlaget läses")
def load(context):
    """The document as a file would be read: the model's own checks, with the loader's Swedish messages."""
    from kravmotor.errors import InputError
    from kravmotor.model.loading import validate_document

    try:
        context["document_read"] = validate_document(context["document"], "scenario.yaml")
        context["problems"] = []
    except InputError as error:
        context["problems"] = error.problems


@then(parsers.re(r'avvisas underlaget med ett fel i fältet "(?P<path>[^"]+)" som innehåller "(?P<text>[^"]+)"'))
def refused(context, path, text):
    found = [p.message for p in context["problems"] if p.location.field_path == path]
    assert any(text in m for m in found), [str(p) for p in context["problems"]]


def known(rulebook, *codes: str) -> None:
    """A step that names a rule fails when the rulebook has no rule with that code: a mistyped or retired code
    must never pass (`ger regeln PROP-99 inget fynd` would hold for ever)."""
    unknown = [code for code in codes if rulebook.rule(code) is None]
    if unknown:
        close = difflib.get_close_matches(unknown[0], [r.code for r in rulebook.rules], n=1)
        pytest.fail(f"steget nämner {', '.join(unknown)}, men regelboken har ingen regel med den koden"
                    + (f" (menade du {close[0]}?)" if close else ""), pytrace=False)


def known_derivation(rulebook, name: str) -> None:
    """Likewise for a derived fact: `slutsatsen X gäller inte` must not hold for a name no rule file defines."""
    names = [d.code for d in rulebook.derivations]
    if name not in names:
        close = difflib.get_close_matches(name, names, n=1)
        pytest.fail(f"steget nämner slutsatsen {name}, men regelboken har ingen slutsats med det namnet"
                    + (f" (menade du {close[0]}?)" if close else ""), pytrace=False)


def _findings(context, code):
    return [f for f in context["result"].findings if f.kod == code]


@then(parsers.re(r'ger regeln (?P<code>[A-ZÅÄÖ]+-\d+) utfallet "(?P<outcome>[^"]+)"'))
def has_outcome(context, code, outcome, rulebook):
    known(rulebook, code)
    found = _findings(context, code)
    assert found, f"{code} gav inget fynd; fynd: {[f.kod for f in context['result'].findings]}"
    assert {f.utfall for f in found} == {outcome}, [f.utfall for f in found]


@then(parsers.re(r"ger regeln (?P<code>[A-ZÅÄÖ]+-\d+) inget fynd"))
def no_finding(context, code, rulebook):
    known(rulebook, code)
    found = _findings(context, code)
    assert not found, [f.meddelande for f in found]


@then(parsers.re(r"ger regeln (?P<code>[A-ZÅÄÖ]+-\d+) (?P<count>\d+) fynd"))
def finding_count(context, code, count, rulebook):
    known(rulebook, code)
    assert len(_findings(context, code)) == int(count)


@then(parsers.re(r'meddelandet för (?P<code>[A-ZÅÄÖ]+-\d+) innehåller "(?P<text>[^"]+)"'))
def message_contains(context, code, text, rulebook):
    known(rulebook, code)
    messages = [f.meddelande for f in _findings(context, code)]
    assert any(text in m for m in messages), messages


@then(parsers.re(r'fyndet för (?P<code>[A-ZÅÄÖ]+-\d+) gäller fältet "(?P<path>[^"]+)"'))
def finding_field(context, code, path, rulebook):
    known(rulebook, code)
    paths = [p for f in _findings(context, code) for p in f.fält]
    assert path in paths, paths


@then(parsers.re(r'saknas uppgiften (?P<path>[\wåäöÅÄÖ.\[\]]+) för (?P<codes>[A-ZÅÄÖ]+-\d+(?:, [A-ZÅÄÖ]+-\d+)*)'))
def missing_fact(context, path, codes, rulebook):
    """The report's list of missing facts names the fact and the rules it blocks (among others)."""
    known(rulebook, *codes.split(", "))
    missing = {m.uppgift: m.regler for m in context["result"].missing}
    assert path in missing, missing
    assert set(codes.split(", ")) <= set(missing[path]), missing[path]


@then(parsers.re(r'slutsatsen (?P<name>[\wåäö]+) (?P<holds>gäller|gäller inte)'))
def derived_fact(context, name, holds, rulebook):
    known_derivation(rulebook, name)
    assert (name in context["result"].derived) == (holds == "gäller")


# --- Supplier screening (features/leverantorer) ------------------------------------------


def _set_fact(supplier: dict, path: str, text: str) -> None:
    """`adress.typ` sets `typ` inside the value of the fact `adress`; a bare fact sets its value."""
    value = parse_value(text)
    if "." not in path and _is_supplier_list(path) and not isinstance(value, list):
        value = [value]
    node, key = _fact_parent(supplier, path)
    node[key] = value


def _fact_parent(supplier: dict, path: str):
    """(container, key) for `adress.typ` → the `värde` dict of the fact `adress`, key `typ`."""
    fact, *inner = path.split(".")
    node = supplier[fact]
    if not inner:
        return node, "värde"
    if node.get("värde") is None:
        node["värde"] = {}
    node = node["värde"]
    for part in inner[:-1]:
        node = node.setdefault(part, {})
    return node, inner[-1]


@given("en leverantör")
def base_supplier(context):
    context["supplier"] = copy.deepcopy(BASE_SUPPLIER)
    context["day"] = SCREENING_DAY


@given(parsers.re(r'att granskningsdagen är (?P<day>\d{4}-\d{2}-\d{2})'))
def screening_day(context, day):
    context["day"] = day


@given(parsers.re(r'att uppgiften (?P<path>[\wåäöÅÄÖ.]+) är (?P<value>.+)'))
def set_fact(context, path, value):
    _set_fact(context["supplier"], path, value)


def _is_supplier_list(fact: str) -> bool:
    return supplier_fields().children[fact].kind == "lista"


@given(parsers.re(r'att uppgiften (?P<fact>[\wåäöÅÄÖ]+) saknas i källan'))
def fact_without_value(context, fact):
    context["supplier"][fact]["värde"] = None


@given(parsers.re(r'att uppgiften (?P<fact>[\wåäöÅÄÖ]+) inte är hämtad'))
def fact_not_fetched(context, fact):
    context["supplier"].pop(fact, None)


@given(parsers.re(r'att uppgiften (?P<fact>[\wåäöÅÄÖ]+)\[(?P<index>\d+)\]\.(?P<part>[\wåäöÅÄÖ]+) inte är (?:känd|känt)'))
def fact_part_unknown(context, fact, index, part):
    """A fetched fact whose source does not give one of its parts (a judgment without the day it became final)."""
    context["supplier"][fact]["värde"][int(index)].pop(part, None)


@given(parsers.re(r'att uppgiften (?P<fact>[\wåäöÅÄÖ]+) hämtades (?P<day>\d{4}-\d{2}-\d{2})'))
def fact_fetched_on(context, fact, day):
    context["supplier"][fact]["hämtad"] = day


@given(parsers.re(r'att uppgiften (?P<fact>[\wåäöÅÄÖ]+) kommer från (?P<source>[\wåäöÅÄÖ]+)'))
def fact_source(context, fact, source):
    context["supplier"][fact]["källa"] = source


@given(parsers.re(r'uppgiften (?P<fact>[\wåäöÅÄÖ]+) har ett element:'))
def add_fact_element(context, fact, datatable):
    fact = context["supplier"][fact]
    if fact.get("värde") is None:
        fact["värde"] = []
    fact["värde"].append(_table_item(datatable))


@given(parsers.re(r'att leverantören har (?P<count>\d+) led underleverantörer'))
def subcontractor_chain(context, count):
    node = context["supplier"]
    for level in range(int(count)):
        sub = copy.deepcopy(BASE_SUPPLIER)
        sub["namn"] = f"Underleverantör i led {level + 1} AB"
        node.setdefault("underleverantörer", []).append(sub)
        node = sub


@given(parsers.re(r'att underleverantören i led (?P<level>\d+) har uppgiften (?P<path>[\wåäöÅÄÖ.]+) = (?P<value>.+)'))
def subcontractor_fact(context, level, path, value):
    node = context["supplier"]
    for _ in range(int(level)):
        node = node["underleverantörer"][0]
    _set_fact(node, path, value)


def _subcontractor(context, level: str) -> dict:
    node = context["supplier"]
    for _ in range(int(level)):
        node = node["underleverantörer"][0]
    return node


@given(parsers.re(r'underleverantören i led (?P<level>\d+) har i uppgiften (?P<fact>[\wåäöÅÄÖ]+) ett element:'))
def subcontractor_element(context, level, fact, datatable):
    fact = _subcontractor(context, level)[fact]
    if fact.get("värde") is None:
        fact["värde"] = []
    fact["värde"].append(_table_item(datatable))


@given(parsers.re(r'att uppgiften (?P<fact>[\wåäöÅÄÖ]+) för underleverantören i led (?P<level>\d+) inte är hämtad'))
def subcontractor_fact_not_fetched(context, fact, level):
    _subcontractor(context, level).pop(fact, None)


@given("att leverantören granskas mot ett förfrågningsunderlag")
def against_procurement(context):
    context["procurement"] = copy.deepcopy(BASE_DOCUMENT)


@given(parsers.re(r'att upphandlingens (?P<path>[\wåäöÅÄÖ.]+) är (?P<value>.+)'))
def set_procurement_field(context, path, value):
    _set_document_field(context["procurement"], path, value)


@given(parsers.re(r'att upphandlingens (?P<path>[\wåäöÅÄÖ.]+) saknas'))
def remove_procurement_field(context, path):
    _delete(context["procurement"], path)


@given(parsers.re(r'att upphandlingens (?P<path>[\wåäöÅÄÖ.\[\]]+) inte är (?:känd|känt|kända)'))
def unknown_procurement_field(context, path):
    context["procurement"].setdefault("okända_uppgifter", []).append(path)


@given(parsers.re(r'upphandlingen har ett kvalificeringskrav:'))
def procurement_requirement(context, datatable):
    context["procurement"].setdefault("kvalificeringskrav", []).append(_table_item(datatable))


@when("leverantören granskas")
def screen(context, screeners):
    """Every evaluator screens the supplier; they must agree on every finding, value and derived fact."""
    import datetime as dt

    supplier = Leverantör.model_validate(context["supplier"])
    procurement = Förfrågningsunderlag.model_validate(context["procurement"]) if "procurement" in context else None
    day = dt.date.fromisoformat(context["day"])
    results = {motor: s.screen(supplier, day=day, procurement=procurement, file="leverantör.yaml")
               for motor, s in screeners.items()}
    native = results.pop("native")
    for motor, other in results.items():
        for a, b in zip(native.all(), other.all(), strict=True):
            assert [f.model_dump() for f in b.findings] == [f.model_dump() for f in a.findings], motor
            assert (a.derived, a.risk, a.missing_for_risk) == (b.derived, b.risk, b.missing_for_risk), motor
    context["screening"] = native
    context["result"] = native


@then(parsers.re(r'är risknivån "(?P<risk>[^"]+)"'))
def risk_level(context, risk):
    assert context["screening"].risk == risk, (context["screening"].risk, sorted(context["screening"].derived))


@then(parsers.re(r'är den samlade risknivån "(?P<risk>[^"]+)"'))
def overall_risk(context, risk):
    assert context["screening"].overall_risk == risk, [(s.level, s.risk) for s in context["screening"].all()]


@then(parsers.re(r'är risknivån för underleverantören i led (?P<level>\d+) "(?P<risk>[^"]+)"'))
def subcontractor_risk(context, level, risk):
    found = [s.risk for s in context["screening"].all() if s.level == int(level)]
    assert found == [risk], found


@then(parsers.re(r'ger regeln (?P<code>[A-ZÅÄÖ]+-\d+) för underleverantören i led (?P<level>\d+) utfallet "(?P<outcome>[^"]+)"'))
def subcontractor_outcome(context, code, level, outcome, rulebook):
    known(rulebook, code)
    [screening] = [s for s in context["screening"].all() if s.level == int(level)]
    assert {f.utfall for f in screening.findings if f.kod == code} == {outcome}, [(f.kod, f.utfall) for f in screening.findings]


@then(parsers.re(r'är risknivån ett minimum eftersom uppgiften (?P<fact>[\wåäöÅÄÖ.\[\]]+) inte är hämtad'))
def risk_lower_bound(context, fact):
    assert fact in context["screening"].missing_for_risk, context["screening"].missing_for_risk


@then(parsers.re(r'är risknivån säker(?:: .*)?'))
def risk_certain(context):
    assert context["screening"].missing_for_risk == [], context["screening"].missing_for_risk


@then(parsers.re(r'bygger fyndet för (?P<code>[A-ZÅÄÖ]+-\d+) på uppgiften (?P<fact>[\wåäöÅÄÖ]+) från "(?P<source>[^"]+)" hämtad (?P<day>\d{4}-\d{2}-\d{2})'))
def finding_provenance(context, code, fact, source, day, rulebook):
    known(rulebook, code)
    sources = [(u.uppgift, u.källa, u.hämtad.isoformat()) for f in _findings(context, code) for u in f.uppgifter]
    assert (fact, source, day) in sources, sources


# --- An organisation's self-assessment (features/mognad) ------------------------------------


@pytest.fixture(scope="session")
def assessors(rulebook):
    """One assessor per evaluator, and per choice of how a partly met criterion counts."""
    from kravmotor.mognad.bedomning import Assessor

    return {(motor, partly): Assessor(rulebook, motor, partly) for motor in MOTORS for partly in (False, True)}


@given("en organisation")
def base_organisation_step(context, assessors):
    from organisationer import base_organisation

    context["organisation"] = base_organisation([c.code for c in next(iter(assessors.values())).criteria])
    context["partly"] = False


@given(parsers.re(r'att svaret på (?P<code>DAL-\d+) är "(?P<answer>[^"]+)"'))
def criterion_answer(context, code, answer, rulebook):
    known(rulebook, code)
    context["organisation"]["dalamodellen"][code] = {"svar": answer}


@given(parsers.re(r'att svaret på (?P<code>DAL-\d+) inte är känt'))
def criterion_unknown(context, code, rulebook):
    known(rulebook, code)
    context["organisation"]["dalamodellen"][code] = {"svar": "vet inte"}


@given(parsers.re(r'att parametern delvis_räknas_som_uppfyllt är (?P<value>[01])'))
def partly_counts(context, value):
    context["partly"] = value == "1"


def _respondent(context, name: str) -> dict:
    return next(r for r in context["organisation"]["ambitionsgrafen"] if r["respondent"] == name)


@given(parsers.re(r'att respondenten (?P<name>\w+) svarar "(?P<answer>[^"]+)" på (?P<field>\w+)'))
def respondent_answer(context, name, answer, field):
    _respondent(context, name)["svar"][field] = answer


@given(parsers.re(r'att svaret från respondenten (?P<name>\w+) på (?P<field>\w+) inte är känt'))
def respondent_unknown(context, name, field):
    _respondent(context, name)["svar"][field] = "vet inte"


@given("att ambitionsgrafens svar inte är kända")
def survey_unanswered(context):
    context["organisation"]["ambitionsgrafen"] = []


@given(parsers.re(r'att granskningen omfattar (?P<count>\d+) upphandlingar'))
def audited(context, count):
    from organisationer import agreeing_evidence

    context["evidence"] = agreeing_evidence(int(count))


@given(parsers.re(r'att granskningens (?P<field>\w+) är (?:mellan (?P<low>\d+) och (?P<high>\d+)|(?P<value>\d+))$'))
def audit_value(context, field, low, high, value):
    from organisationer import with_value

    if value is not None:
        with_value(context["evidence"], field, float(value))
    else:
        with_value(context["evidence"], field, float(low), float(high))


@given("att det inte finns någon granskning")
def not_audited(context):
    context["no_evidence"] = True


@when("organisationen bedöms")
def assess(context, assessors):
    """Every evaluator assesses the organisation; they must agree on every finding and derived fact."""
    from types import SimpleNamespace

    from kravmotor.model.organisation import Självskattning
    from kravmotor.motor.findings import missing_facts

    assessment = Självskattning.model_validate(context["organisation"])
    evidence = None if context.get("no_evidence") else context.get("evidence")
    results = {motor: assessors[(motor, context["partly"])].assess(assessment, evidence, "självskattning.yaml")
               for motor in MOTORS}
    native = results.pop("native")
    for motor, other in results.items():
        assert [f.model_dump() for f in other.fynd] == [f.model_dump() for f in native.fynd], motor
        assert (other.slutsatser, other.möjliga_slutsatser) == (native.slutsatser, native.möjliga_slutsatser), motor
        assert other.model_dump() == native.model_dump(), motor
    context["assessment"] = native
    context["result"] = SimpleNamespace(findings=native.fynd, derived=set(native.slutsatser),
                                        maybe=set(native.möjliga_slutsatser), missing=missing_facts(native.fynd))


@then(parsers.re(r'kan slutsatsen (?P<name>[\wåäö]+) gälla'))
def derived_fact_maybe(context, name, rulebook):
    known_derivation(rulebook, name)
    assert name in context["result"].maybe, sorted(context["result"].maybe)


@then(parsers.re(r'saknas uppgiften "(?P<fact>[^"]+)" för (?P<codes>[A-ZÅÄÖ]+-\d+(?:, [A-ZÅÄÖ]+-\d+)*)'))
def missing_named_fact(context, fact, codes, rulebook):
    known(rulebook, *codes.split(", "))
    missing = {m.uppgift: m.regler for m in context["result"].missing}
    assert fact in missing, missing
    assert set(codes.split(", ")) <= set(missing[fact]), missing[fact]
