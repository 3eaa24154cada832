"""Small rule sets written inline, documents from the base document, and the reference semantics.

Shared by the tests of both evaluators; nothing here imports durable_rules.
"""

from __future__ import annotations

import copy
from typing import Any

from documents import BASE_DOCUMENT
from kravmotor.lang.compiler import Rulebook, compile_definitions
from kravmotor.lang.parser import parse_text
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.motor import evaluate
from kravmotor.motor.facts import document_facts
from kravmotor.motor.outcome import Outcome

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
    return facts(**changes)[0]


def facts(**changes: Any) -> tuple[dict[str, Any], bool]:
    """BASE with top-level fields replaced (a value None leaves a field out), as plain data,
    and whether anything in it is unknown or a span."""
    raw = copy.deepcopy(BASE)
    raw.update(changes)
    return document_facts(Förfrågningsunderlag.model_validate(raw))


def plain(outcome: Outcome) -> tuple:
    """(hits, undecided, derived, maybe) as sets of (code, index) and names: easy to compare."""
    return ({(h.rule.code, h.index) for h in outcome.hits}, {(h.rule.code, h.index) for h in outcome.undecided},
            outcome.derived, outcome.maybe)


def reference(rulebook: Rulebook, data: dict[str, Any], params: dict[str, Any] | None = None) -> tuple:
    """What `evaluate.reference` says, as `plain` gives it."""
    return plain(evaluate.reference(rulebook.rules, rulebook.derivations, data, params or {}))
