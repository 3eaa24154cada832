"""Findings: what a rule concluded about a document, with its reasons.

The wire format (JSON output, SARIF properties) uses these Swedish field names.
Which rules fire is decided by an evaluator; this module only turns a firing
into a finding, the same way for every evaluator, so that they cannot disagree
on messages, values or outcomes.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from ..formatting import format_value
from . import evaluate, ir

# The order a report lists outcomes in, most serious first.
OUTCOMES = ("fel", "varning", "bedömning krävs", "underlag saknas", "motiverad avvikelse", "info")


class Källa(BaseModel):
    text: str
    typ: str | None = None
    säkerhet: str | None = None
    referenser: list[str] = Field(default_factory=list)


class Värde(BaseModel):
    uttryck: str
    värde: Any = None
    visning: str


class UppgiftsKälla(BaseModel):
    """Where a supplier fact a finding rests on came from, and when it was fetched."""

    uppgift: str
    källa: str
    hämtad: dt.date


class Fynd(BaseModel):
    """One finding."""

    kod: str
    titel: str
    område: str | None = None
    utfall: str
    meddelande: str
    åtgärd: str | None = None
    fält: list[str] = Field(default_factory=list)
    ursprung: list[str] = Field(default_factory=list)  # the source fields behind `fält`, e.g. "BT-27 (cbc:…)"
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


def render_template(template: ir.TemplateIR | None, env: evaluate.Env) -> str | None:
    if template is None:
        return None
    values = {src: format_value(evaluate.value(v, env), v.unit) for src, v in template.holes}
    return ir.TEMPLATE_HOLE.sub(lambda m: values.get(m.group(1).strip(), m.group(0)), template.text)


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
    """`unconfirmed` maps each parameter whose value is not confirmed to a note saying so."""
    outcome = rule.outcome or "info"
    original = None
    note = None
    justification = justifications.get(rule.code)

    doubtful = sorted(p for p in rule.params if p in unconfirmed)
    if doubtful and outcome == "fel":
        original, outcome = outcome, "bedömning krävs"
        note = " ".join(unconfirmed[p] for p in doubtful)
    if justification is not None:
        if rule.justification_allowed:
            original, outcome = original or outcome, "motiverad avvikelse"
        else:
            note = ((note + " ") if note else "") + "Underlaget har en motivering för regeln, men regeln medger inte motiverad avvikelse."

    return Fynd(
        kod=rule.code,
        titel=rule.title,
        område=rule.area,
        utfall=outcome,
        meddelande=render_template(rule.message, env) or rule.title,
        åtgärd=render_template(rule.remedy, env),
        fält=_concrete_paths(rule, index),
        källa=Källa(text=rule.source or "", typ=rule.rule_type, säkerhet=rule.confidence, referenser=list(rule.references)),
        värden=[
            Värde(uttryck=label, värde=_plain(evaluate.value(v, env)), visning=format_value(evaluate.value(v, env), v.unit))
            for label, v in rule.explain
        ] + [
            Värde(uttryck=f"slutsats {name}", värde=name in env.derived, visning=format_value(name in env.derived))
            for name in sorted(rule.uses_derived)
        ],
        motivering=justification,
        ursprungligt_utfall=original,
        anmärkning=note,
        dokument=document_id,
        fil=file,
    )


def _plain(value: Any) -> Any:
    """JSON-friendly: Decimals as int or float, dates as ISO text."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral() else float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
