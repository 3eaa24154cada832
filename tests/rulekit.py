"""Small rule sets written inline, documents from the base document, and the reference semantics.

Shared by the tests of both evaluators; nothing here imports durable_rules.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from documents import BASE_DOCUMENT
from kravmotor.lang.compiler import Rulebook, compile_definitions
from kravmotor.lang.parser import parse_text
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.motor import evaluate, ir
from kravmotor.motor.facts import document_data

BASE = {**BASE_DOCUMENT, "id": "D-1", "titel": "Test"}


def regel(code: str, krav: str, *, om: str | None = None, för_varje: str | None = None) -> str:
    """One rule in the rule language with every required clause."""
    lines = [f'regel {code} "Testregel {code}"', "  område test", '  källa "test"', "  typ HARD",
             "  säkerhet V1", "  utfall fel"]
    if om:
        lines.append(f"  om {om}")
    if för_varje:
        lines.append(f"  för varje {för_varje}")
    lines += [f"  kräv {krav}", '  meddelande "brist"', "slut", ""]
    return "\n".join(lines)


def slutsats(name: str, om: str) -> str:
    return f'slutsats {name} "Slutsats {name}"\n  källa "test"\n  om {om}\nslut\n'


def compile_text(text: str) -> Rulebook:
    return compile_definitions(parse_text(text, "test.krav"))


def doc(**changes: Any) -> dict[str, Any]:
    """BASE with top-level fields replaced, validated, as the evaluators' plain data."""
    raw = copy.deepcopy(BASE)
    raw.update(changes)
    return document_data(Förfrågningsunderlag.model_validate(raw))


def reference(rulebook: Rulebook, data: dict[str, Any], params: dict[str, Decimal] | None = None):
    """What evaluate.holds says: derived facts stratum by stratum, then (rule code, element index)."""
    params = params or {}
    derived: set[str] = set()

    def matches(rule: ir.RuleIR, env: evaluate.Env) -> list[int | None]:
        if rule.for_each is None:
            return [None] if evaluate.holds(rule.condition, env) else []
        items = evaluate.value(rule.for_each.collection, env) or []
        return [i for i, item in enumerate(items) if evaluate.holds(rule.condition, env.bind(rule.for_each.alias, item))]

    for level in range(rulebook.strata):
        env = evaluate.Env(data, params, frozenset(derived))
        derived |= {d.code for d in rulebook.derivations if d.stratum == level and matches(d, env)}
    env = evaluate.Env(data, params, frozenset(derived))
    hits = {(r.code, i) for r in rulebook.rules for i in matches(r, env)}
    return hits, frozenset(derived)
