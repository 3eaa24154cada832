"""Structural checks on an eForms notice, for the parts kravmotor reads.

kravmotor does not run the SDK's Schematron (XSLT 2, see the domain notes). It checks
what it can see without it and what would make its own reading wrong: the root, empty
elements it reads (an empty CPV classification, an organisation without a company),
a text given twice in the same language, and codes outside the codelists of the fields
it reads or that the SDK rules most often catch. For `INVALID_cn_24_multiple.xml` these
are the SVRL failures ND-Company-16, element-not-empty (CPV), BT-21-Lot_A (language
twice), BR-BT-00743-0052 and BR-BT-00764-0052.
"""

from __future__ import annotations

from ..errors import Location, Problem
from .xml_safe import NAMESPACES, Node

ROOTS = {
    "ContractNotice": "annons om upphandling",
    "ContractAwardNotice": "annons om tilldelning av kontrakt",
    "PriorInformationNotice": "förhandsannons",
}
_UBL = "urn:oasis:names:specification:ubl:schema:xsd:"

# Codelists of fields kravmotor reads (SDK 1.15 codelists), listName → codes.
_EXECUTION_CODES = {"required", "allowed", "not-allowed"}
CODELISTS = {
    "procurement-procedure-type": {"open", "restricted", "neg-w-call", "neg-wo-call", "comp-dial", "innovation",
                                   "oth-single", "oth-mult", "comp-tend", "exp-int-rail", "neg-wo-pub"},
    "contract-nature": {"works", "supplies", "services", "combined"},
    "reserved-procurement": {"none", "res-ws", "res-pub-ser"},
    "reserved-execution": {"yes", "no", "not-known"},
    "framework-agreement": {"none", "fa-wo-rc", "fa-w-rc", "fa-mix"},
    "award-criterion-type": {"price", "cost", "quality"},
    "accelerated-procedure": {"true", "false"},
    "einvoicing": _EXECUTION_CODES,
    "ecatalog-submission": _EXECUTION_CODES,
    "esubmission": _EXECUTION_CODES,
    "cpv": None,  # checked for its form (eight digits) instead
}

# Which business term a listName belongs to, for the messages.
BUSINESS_TERMS = {
    "procurement-procedure-type": "BT-105", "contract-nature": "BT-23", "reserved-procurement": "BT-71",
    "reserved-execution": "BT-736", "framework-agreement": "BT-765", "award-criterion-type": "BT-539",
    "accelerated-procedure": "BT-106", "einvoicing": "BT-743", "ecatalog-submission": "BT-764",
    "esubmission": "BT-17", "cpv": "BT-262/BT-263",
}


def root_problem(root: Node, file: str) -> Problem | None:
    """Why the root is not an eForms notice kravmotor can read, or None."""
    namespace, _, local = root.tag[1:].partition("}") if root.tag.startswith("{") else ("", "", root.tag)
    if local in ROOTS and namespace == f"{_UBL}{local}-2":
        return None
    expected = ", ".join(ROOTS)
    if local == "BusinessRegistrationInformationNotice":
        what = "ett eForms-meddelande om företagsregistrering, inte en annons om upphandling"
    elif local in ROOTS:
        what = f"rotelementet {local} har fel namnrymd ({namespace or 'ingen'}; väntade {_UBL}{local}-2)"
    else:
        what = f"rotelementet är {local}"
    return Problem(Location(file, root.line, root.column),
                   f"filen är inte en eForms-annons som kravmotor kan läsa: {what}; väntade något av {expected}")


def structure_problems(root: Node, file: str) -> list[Problem]:
    problems = []

    def problem(node: Node, field: str, message: str) -> None:
        problems.append(Problem(Location(file, node.line, node.column, field), message))

    company = f"{{{NAMESPACES['efac']}}}Company"
    for org in root.findall("ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:Organizations/efac:Organization"):
        if not any(c.tag == company for c in org.children):
            problem(org, "OPT-200 (efac:Organization)", "organisationen saknar efac:Company (namn, organisationsnummer, land)")
    for node in root.iter():
        if node.local in ("MainCommodityClassification", "AdditionalCommodityClassification"):
            code = node.find("cbc:ItemClassificationCode")
            if code is None or not code.text:
                problem(node, "BT-262/BT-263 (cbc:ItemClassificationCode)", f"cac:{node.local} är tomt: CPV-koden saknas")
        list_name = node.attrib.get("listName")
        if list_name in CODELISTS and node.children == []:
            allowed = CODELISTS[list_name]
            term = BUSINESS_TERMS[list_name]
            if allowed is None:
                if not (len(node.text) == 8 and node.text.isdigit()):
                    problem(node, f"{term} (cbc:{node.local})", f"ogiltig CPV-kod ”{node.text}”; väntade åtta siffror, t.ex. 71630000")
            elif node.text not in allowed:
                problem(node, f"{term} (cbc:{node.local})",
                        f"ogiltig kod ”{node.text}” i kodlistan {list_name}; tillåtna: {', '.join(sorted(allowed))}")
        _duplicate_languages(node, problem)
    return problems


def _duplicate_languages(parent: Node, problem) -> None:
    """A multilingual text (e.g. BT-21 title) may be given once per language."""
    seen: set[tuple[str, str]] = set()
    for child in parent.children:
        language = child.attrib.get("languageID")
        if language is None:
            continue
        key = (child.tag, language)
        if key in seen:
            problem(child, f"cbc:{child.local}", f"texten finns två gånger på samma språk ({language}); varje språk får anges en gång")
        seen.add(key)
