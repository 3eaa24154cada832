"""Findings: what a rule concluded about a document, with its reasons.

The wire format (JSON output, SARIF properties) uses these Swedish field names.
Which rules fire is decided by an evaluator; this module only turns a firing
into a finding, the same way for every evaluator, so that they cannot disagree
on messages, values or outcomes.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..formatting import UNKNOWN_TEXT, format_value
from ..model.fields import parse_path, walk_path
from ..model.grund import built
from ..model.subjects import Subject
from ..model.ursprung import Ursprung
from ..values import UNKNOWN, Span
from . import berakning, evaluate, ir
from .memo import freeze
from .facts import ResolvedParam

# The order a report lists outcomes in, most serious first.
OUTCOMES = ("fel", "varning", "bedömning krävs", "underlag saknas", "motiverad avvikelse", "info")


class _Output(BaseModel):
    """Base of what a finding is made of. The program builds these itself (`grund.built`), so
    pydantic builds a model's validation and serialisation first when a report uses them, not
    at every start (`defer_build`)."""

    model_config = ConfigDict(defer_build=True)


class Källa(_Output):
    text: str
    typ: str | None = None
    säkerhet: str | None = None
    referenser: list[str] = Field(default_factory=list)


class Värde(_Output):
    uttryck: str
    värde: Any = None
    visning: str


class UppgiftsKälla(_Output):
    """Where a supplier fact a finding rests on came from, and when it was fetched."""

    uppgift: str
    källa: str
    hämtad: dt.date


class Fynd(_Output):
    """One finding."""

    kod: str
    titel: str
    område: str | None = None
    utfall: str
    meddelande: str
    åtgärd: str | None = None
    fält: list[str] = Field(default_factory=list)
    ursprung: list[Ursprung] = Field(default_factory=list)  # where `fält` come from: a quoted place in a document, a notice field
    källa: Källa | None = None
    värden: list[Värde] = Field(default_factory=list)
    motivering: str | None = None
    ursprungligt_utfall: str | None = None
    anmärkning: str | None = None
    dokument: str | None = None
    fil: str | None = None
    uppgifter: list[UppgiftsKälla] = Field(default_factory=list)

    def sort_key(self) -> tuple:
        return (self.fil or "", self.dokument or "", OUTCOMES.index(self.utfall), self.kod, self.fält)


class Compact:
    """A finding as it is stored: plain texts, with its fields, values and source fields as JSON.

    `row` is (kod, utfall, titel, område, meddelande, åtgärd, fält, värden, motivering, anmärkning,
    ursprung), the columns of the store. Built once per distinct finding and shared, so it hashes
    once; equal rows are equal findings.
    """

    __slots__ = ("row", "fields", "rank", "_hash", "stored_id")

    def __init__(self, row: tuple, fields: tuple[str, ...]):
        self.row = row
        self.fields = fields  # `fält` as a tuple
        self.rank = (OUTCOMES.index(row[1]), row[0], fields)  # report order within one subject, as `Fynd.sort_key`
        self._hash = hash(row)
        # The store's id of `row` (a hash of its content, `store.content_id`), set by the first `store.Catalogue`
        # that meets the finding: read as an attribute, not hashed again, for each of the fifty findings of a row.
        self.stored_id: int | None = None

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return self is other or (isinstance(other, Compact) and self.row == other.row)

    def __repr__(self) -> str:
        return f"Compact{self.row!r}"

    @property
    def kod(self) -> str:
        return self.row[0]

    @property
    def utfall(self) -> str:
        return self.row[1]

    def with_origins(self, origins: list[Ursprung]) -> Compact:
        return Compact(self.row[:10] + (_origins_json(origins),), self.fields)


def compact(finding: Fynd) -> Compact:
    """The finding as stored."""
    values = [{"uttryck": v.uttryck, "värde": v.värde, "visning": v.visning} for v in finding.värden]
    row = (finding.kod, finding.utfall, finding.titel, finding.område, finding.meddelande, finding.åtgärd,
           _json(finding.fält), _json(values) if values else None, finding.motivering, finding.anmärkning,
           _origins_json(finding.ursprung))
    return Compact(row, tuple(finding.fält))


def from_stored(finding: Compact, rule: ir.RuleIR) -> Fynd:
    """The model `compact` stored (without document, file and source fields, which the caller adds): what
    the row leaves out follows from the rule (its source; the outcome a justification set aside)."""
    (kod, utfall, titel, område, meddelande, åtgärd, fields, values, motivering, anmärkning, _origins) = finding.row
    justified = utfall == "motiverad avvikelse" and motivering is not None and rule.justification_allowed
    return _fynd(kod=kod, titel=titel, område=område, utfall=utfall, meddelande=meddelande, åtgärd=åtgärd,
                 fält=json.loads(fields), källa=_source(rule),
                 värden=[built(Värde, **value) for value in json.loads(values)] if values else [],
                 motivering=motivering, ursprungligt_utfall=(rule.outcome or "info") if justified else None,
                 anmärkning=anmärkning)


def _origins_json(origins: list[Ursprung]) -> str | None:
    """Where the fields come from, as the store keeps it: each source's text."""
    return _json([u.text() for u in origins]) if origins else None


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _fynd(**fields: Any) -> Fynd:
    """A finding the program built itself: no validation (the values are the rules' own)."""
    return built(Fynd, **fields)


def render_template(template: ir.TemplateIR | None, env: evaluate.Env) -> str | None:
    if template is None:
        return None
    values = {src: format_value(evaluate.value(v, env), v.unit) for src, v in template.holes}
    return ir.TEMPLATE_HOLE.sub(lambda m: values.get(m.group(1).strip(), m.group(0)), template.text)


def _document_fields(rule: ir.RuleIR, index: int | None, data: dict[str, Any]) -> list[str]:
    """The rule's field paths as a person fills them in: a value computed from others (`beräknat`,
    years from months) as the fields it comes from."""
    return list(dict.fromkeys(p for path in _concrete_paths(rule, index) for p in berakning.facts_behind(path, data)))


def _concrete_paths(rule: ir.RuleIR, index: int | None) -> list[str]:
    """`kvalificeringskrav[*].belopp` → `kvalificeringskrav[2].belopp` for the element the rule fired on.

    Only the `för varje` list gets the index; a quantifier's list inside the rule keeps `[*]`.
    """
    if index is None or rule.for_each is None:
        return list(rule.fields)
    own = ir.render_value(rule.for_each.collection) + "[*]"
    return [f"{own[:-3]}[{index}]{p[len(own):]}" if p.startswith(own) else p for p in rule.fields]


def build_finding(rule: ir.RuleIR, env: evaluate.Env, *, index: int | None, justifications: dict[str, str],
                  unconfirmed: dict[str, str], document_id: str | None, file: str | None) -> Fynd:
    """A rule that fired. `unconfirmed` maps each parameter whose (plain) value is not confirmed to a
    note saying so; the outcome stands, since an unconfirmed amount that could change the answer is a
    span and leaves the rule undecided instead (see `undecided_finding`)."""
    outcome = rule.outcome or "info"
    original = None
    notes = [unconfirmed[p] for p in sorted(rule.params) if p in unconfirmed]
    justification = justifications.get(rule.code)
    if justification is not None:
        if rule.justification_allowed:
            original, outcome = outcome, "motiverad avvikelse"
        else:
            notes.append("Underlaget har en motivering för regeln, men regeln medger inte motiverad avvikelse.")

    return _fynd(
        kod=rule.code,
        titel=rule.title,
        område=rule.area,
        utfall=outcome,
        meddelande=render_template(rule.message, env) or rule.title,
        åtgärd=render_template(rule.remedy, env),
        fält=_document_fields(rule, index, env.document),
        källa=_source(rule),
        värden=_values(rule, env),
        motivering=justification,
        ursprungligt_utfall=original,
        anmärkning=" ".join(notes) or None,
        dokument=document_id,
        fil=file,
    )


def undecided_finding(rule: ir.RuleIR, env: evaluate.Env, why: evaluate.Why, *, index: int | None,
                      resolved: dict[str, ResolvedParam], subject: Subject, parameters: dict[str, Any],
                      justifications: dict[str, str], document_id: str | None, file: str | None) -> Fynd:
    """A rule the known facts do not decide. Unknown facts (or a parameter with no value for the day)
    make it *underlag saknas*, naming only what could change the answer; values known only as spans
    make it *bedömning krävs* (an info rule stays info), with the spans in the message."""
    facts = sorted(dict.fromkeys(subject.fact_name(path, env.document) for path in why.unknown))
    if facts or why.params:
        day = env.document.get(subject.date_field)
        when = f"för {subject.date_field} {format_value(day)}" if day is not None and day is not UNKNOWN else ""
        reasons = [f"{subject.facts_noun} saknar uppgift om " + ", ".join(f"”{f}”" for f in facts)] if facts else []
        reasons += [f"parametern ”{p}” saknar värde {when}".rstrip() for p in sorted(why.params)]
        return _fynd(
            kod=rule.code, titel=rule.title, område=rule.area, utfall="underlag saknas",
            meddelande=f"Regeln kunde inte avgöras: {'; '.join(reasons)}.",
            åtgärd=("Komplettera uppgifterna, eller pröva regeln manuellt." if facts else
                    "Komplettera parameterfilen med ett värde för perioden, eller pröva regeln manuellt."),
            fält=facts, källa=_source(rule), värden=_values(rule, env), motivering=justifications.get(rule.code),
            dokument=document_id, fil=file,
        )
    parts = []
    for name in sorted(why.spans):
        if name.startswith("parameter "):
            param = name.removeprefix("parameter ")
            value = resolved[param]
            known = f"är för perioden bara känd som ett spann: {format_value(value.value, parameters[param].unit)}"
            parts.append(f"parametern ”{param}” ({parameters[param].title.lower()}) {known}"
                         + (f" ({value.source})" if value.source else ""))
        else:
            field = walk_path(subject.fields({}, frozenset()), name)
            shown = subject.fact_name(name, env.document) if subject.describe else name
            parts.append(f"”{shown}” är bara känt som ett spann: {format_value(_at(env.document, name), field.unit if field else None)}")
    return _fynd(
        kod=rule.code, titel=rule.title, område=rule.area,
        utfall="info" if rule.outcome == "info" else "bedömning krävs",
        meddelande=f"Regeln kan inte avgöras med säkerhet: {'; '.join(parts)}. Utfallet beror på var i spannet det verkliga värdet ligger.",
        åtgärd="Bedöm saken manuellt med det bekräftade beloppet, eller ange beloppet exakt om det är känt.",
        fält=_document_fields(rule, index, env.document), källa=_source(rule), värden=_values(rule, env),
        motivering=justifications.get(rule.code), dokument=document_id, fil=file,
    )


def undecided_case(rule: ir.RuleIR, env: evaluate.Env, why: evaluate.Why, *, index: int | None,
                   resolved: dict[str, ResolvedParam], subject: Subject, justifications: dict[str, str]) -> tuple:
    """Everything `undecided_finding` renders from, as a key: equal keys, equal findings. (TypeError for
    a value that is not plain data.)"""
    shown = tuple(evaluate.value(v, env) for _label, v in rule.explain)
    shown += tuple(env.derived.get(name, False) for name in sorted(rule.uses_derived))
    day = env.document.get(subject.date_field) if why.params else None
    spans = tuple(resolved[name.removeprefix("parameter ")] if name.startswith("parameter ") else _at(env.document, name)
                  for name in sorted(why.spans))
    fields = () if why.unknown or why.params else tuple(_document_fields(rule, index, env.document))
    return rule.code, index, why, freeze((shown, day, spans), exact=True), justifications.get(rule.code), fields


def _source(rule: ir.RuleIR) -> Källa:
    return built(Källa, text=rule.source or "", typ=rule.rule_type, säkerhet=rule.confidence,
                                 referenser=list(rule.references))


def _values(rule: ir.RuleIR, env: evaluate.Env) -> list[Värde]:
    """The values the requirement compared, and the derived facts the rule reads."""
    values = []
    for label, v in rule.explain:
        found = evaluate.value(v, env)
        values.append(built(Värde, uttryck=label, värde=_plain(found), visning=format_value(found, v.unit)))
    for name in sorted(rule.uses_derived):
        holds = env.derived.get(name, False)
        values.append(built(Värde, uttryck=f"slutsats {name}", värde=holds,
                            visning=format_value(holds) if holds is not None else UNKNOWN_TEXT))
    return values


def _at(document: dict[str, Any], path: str) -> Any:
    node: Any = document
    for name, index in parse_path(path) or []:
        node = node.get(name) if isinstance(node, dict) else None
        if index is not None:
            node = node[index] if isinstance(node, list) and index < len(node) else None
    return node


class SaknadUppgift(_Output):
    """An unknown fact and the rules it keeps from being decided: what to fill in."""

    uppgift: str
    regler: list[str]


def missing_facts(findings: list[Fynd]) -> list[SaknadUppgift]:
    """One line per unknown fact, with the rules (codes, once each) that it blocks."""
    blocks: dict[str, list[str]] = {}
    for f in findings:
        if f.utfall == "underlag saknas":
            for path in f.fält:
                codes = blocks.setdefault(path, [])
                if f.kod not in codes:
                    codes.append(f.kod)
    return [SaknadUppgift(uppgift=path, regler=codes) for path, codes in sorted(blocks.items())]


def _plain(value: Any) -> Any:
    """JSON-friendly: Decimals as int or float, dates as ISO text, spans as {lägst, högst}, unknown as None."""
    if value is UNKNOWN:
        return None
    if isinstance(value, Span):
        return {"lägst": _plain(value.low), "högst": None if value.high == float("inf") else _plain(value.high)}
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral() else float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
