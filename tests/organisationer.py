"""Shared test data: a fictional organisation that meets every criterion, surveyed with two respondents, and
evidence from an audit that agrees with it."""

from __future__ import annotations

from kravmotor.mognad.bevis import MEASURES, Evidence, Tally
from kravmotor.model.organisation import ANSWER_FIELDS

ASSESSMENT_DAY = "2026-11-20"
TOP_ANSWER = {"skala": "instämmer i hög grad", "ja/nej": "ja", "omfattning": "hela inköpsportföljen"}


def top_answers() -> dict[str, str]:
    return {name: TOP_ANSWER[kind] for name, (_, kind) in ANSWER_FIELDS.items()}


def base_organisation(criteria: list[str]) -> dict:
    """Every criterion met; R1 (inköpschef) and R2 (politisk ledning) answer the highest on every question."""
    return {
        "organisation": "Exempelby kommun",
        "datum": ASSESSMENT_DAY,
        "dalamodellen": {code: {"svar": "uppfyllt"} for code in criteria},
        "ambitionsgrafen": [
            {"respondent": "R1", "roll": "inköpschef", "svar": top_answers()},
            {"respondent": "R2", "roll": "politisk ledning", "svar": top_answers()},
        ],
    }


def agreeing_evidence(procurements: int) -> Evidence:
    """An audit where every share is 100 % and every count 5: what a fully met self-assessment claims."""
    tallies = {m.field: Tally(procurements, 0, 0) if m.share else Tally(5, procurements - 5, 0) for m in MEASURES}
    return Evidence("test.sqlite", 1, "EXEMPELBY KOMMUN", procurements, tallies)


def with_value(evidence: Evidence, field: str, low: float, high: float | None = None) -> None:
    """Set a share (percent of the procurements) or count, or a span of them: unknowns make up the span."""
    share = next(m.share for m in MEASURES if m.field == field)
    n = evidence.procurements
    scale = (lambda v: round(v * n / 100)) if share else (lambda v: round(v))
    yes, unknown = scale(low), scale(high) - scale(low) if high is not None else 0
    evidence.tallies[field] = Tally(yes, n - yes - unknown, unknown)
