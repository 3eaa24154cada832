"""SARIF 2.1.0, so that findings show up in editors and code-review tools."""

from __future__ import annotations

from .. import __version__
from ..lang.compiler import Rulebook
from ..model.ursprung import Ursprung
from ..motor.findings import Fynd
from ..motor.pipeline import Result
from . import json_text
from .summary import Run, position

_LEVEL = {
    "fel": "error",
    "varning": "warning",
    "bedömning krävs": "warning",
    "underlag saknas": "note",
    "motiverad avvikelse": "note",
    "info": "note",
}


def _uri(file: str) -> str:
    """A file name as a relative URI reference (spaces and å, ä, ö percent-encoded, as SARIF asks)."""
    from urllib.parse import quote

    return quote(file.replace("\\", "/"), safe="/:")


def _related(origins: list[Ursprung]) -> list[dict]:
    """The places in the tender documents a finding rests on: the file, and page, section and the quoted
    sentence as properties (a page of a PDF is no SARIF line, and a region needs one)."""
    related = []
    for n, u in enumerate(origins):
        if not u.fil:
            continue
        related.append({
            "id": n,
            "physicalLocation": {"artifactLocation": {"uri": _uri(u.fil)}},
            "message": {"text": u.text()},
            "properties": {k: v for k, v in (("sida", u.sida), ("avsnitt", u.avsnitt), ("rubrik", u.rubrik),
                                             ("citat", u.citat)) if v is not None},
        })
    return related


def _region(r: Result, f: Fynd) -> dict:
    """The YAML/JSON line and column of the finding's first field that has one."""
    where = next((p for p in (position(r, path) for path in f.fält) if p), None)
    return {"region": {"startLine": where[0], "startColumn": where[1]}} if where else {}


def _suppression(f: Fynd) -> dict:
    """A motiverad avvikelse is the rule's finding, accepted by the buyer with the reasons stated in the document."""
    if f.utfall != "motiverad avvikelse":
        return {}
    return {"suppressions": [{"kind": "inSource", "status": "accepted",
                              "justification": f.motivering or "motiverad avvikelse"}]}


def render(run: Run, rulebook: Rulebook) -> str:
    results = []
    for r in run.results:
        for f in r.findings:
            results.append({
                "ruleId": f.kod,
                "level": _LEVEL[f.ursprungligt_utfall or f.utfall] if f.utfall == "motiverad avvikelse" else _LEVEL[f.utfall],
                "message": {"text": f.meddelande + (f" Åtgärd: {f.åtgärd}" if f.åtgärd else "")},
                "locations": [{
                    "physicalLocation": {"artifactLocation": {"uri": _uri(r.file or r.document_id)}, **_region(r, f)},
                    "logicalLocations": [{"fullyQualifiedName": path, "kind": "member"} for path in f.fält],
                }],
                **({"relatedLocations": related} if (related := _related(f.ursprung)) else {}),
                **_suppression(f),
                "properties": {
                    "utfall": f.utfall,
                    "dokument": r.document_id,
                    "värden": [v.model_dump(mode="json") for v in f.värden],
                    **({"ursprung": [u.model_dump(mode="json", exclude_none=True) for u in f.ursprung]} if f.ursprung else {}),
                    **({"motivering": f.motivering} if f.motivering else {}),
                    **({"anmärkning": f.anmärkning} if f.anmärkning else {}),
                },
            })
    for p in run.problems:
        results.append({
            "ruleId": "INDATA",
            "level": "error",
            "message": {"text": p.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": _uri(p.location.file)},
                **({"region": {"startLine": p.location.line, **({"startColumn": p.location.column} if p.location.column else {})}}
                   if p.location.line else {}),
            }}],
        })
    rules = [{
        "id": rule.code,
        "name": rule.code,
        "shortDescription": {"text": rule.title},
        **({"fullDescription": {"text": rule.description}} if rule.description else {}),
        "defaultConfiguration": {"level": _LEVEL.get(rule.outcome or "info", "note")},
        "properties": {"område": rule.area, "källa": rule.source, "typ": rule.rule_type,
                       "säkerhet": rule.confidence, "referenser": list(rule.references)},
    } for rule in rulebook.rules]
    rules.append({"id": "INDATA", "name": "INDATA", "shortDescription": {"text": "Underlaget kunde inte läsas"}})
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "kravmotor", "version": __version__, "rules": rules}},
            "results": results,
        }],
    }
    return json_text.dumps(sarif)
