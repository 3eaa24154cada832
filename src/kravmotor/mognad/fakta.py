"""A self-assessment as plain data for the evaluators (the organisation subject's facts).

Every criterion of the rulebook gets its answer under `dalamodellen`, answered or
not: a criterion the answers file leaves out, or answers "vet inte", is unknown,
so a rule about it says *underlag saknas* instead of passing. Ambitionsgrafen's answers
are kept as text (unknown for "vet inte") and as points on the seed's scale (the
span of the possible points for "vet inte"); a survey nobody answered leaves the
list of respondents unknown.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..model.organisation import (ANSWER_FIELDS, DONT_KNOW, SCALE_POINTS, SCOPE_QUESTION, SCOPE_WEIGHTS, WEIGHT,
                                  YES_NO_POINTS, Respondent, Självskattning, answer_field)
from ..values import UNKNOWN, Span
from .katalog import Criterion

# The points an answer "vet inte" could have had, per kind of question.
_POINTS: dict[str, dict[str, Any]] = {"skala": SCALE_POINTS, "ja/nej": YES_NO_POINTS, "omfattning": SCOPE_WEIGHTS}


def organisation_data(assessment: Självskattning, criteria: list[Criterion],
                      evidence: dict[str, Any] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "organisation": assessment.organisation,
        "självskattningsdatum": assessment.datum,
        "dalamodellen": {answer_field(c.code): _answer(c.code, assessment) for c in criteria},
        "respondenter": [_respondent(r) for r in assessment.ambitionsgrafen] or UNKNOWN,
    }
    if assessment.organisationsnummer:
        data["organisationsnummer"] = assessment.organisationsnummer
    if evidence is not None:
        data["bevis"] = evidence
    return data


def _answer(code: str, assessment: Självskattning) -> Any:
    answer = assessment.dalamodellen.get(code)
    return UNKNOWN if answer is None or answer.svar == DONT_KNOW else answer.svar


def points(answer: str, kind: str) -> Any:
    """An answer's points on the seed's scale; "vet inte" is the span of every points it could have."""
    table = _POINTS[kind]
    if answer == DONT_KNOW:
        values = [Decimal(v) for v in table.values()]
        return Span(min(values), max(values))
    return Decimal(table[answer])


def _respondent(respondent: Respondent) -> dict[str, Any]:
    answers = respondent.svar.model_dump()
    texts = {name: (UNKNOWN if answers[name] == DONT_KNOW else answers[name]) for name in ANSWER_FIELDS}
    scores = {(WEIGHT if name == SCOPE_QUESTION else name): points(answers[name], kind)
              for name, (_, kind) in ANSWER_FIELDS.items()}
    return {"respondent": respondent.respondent, "roll": respondent.roll, "svar": texts, "poäng": scores}
