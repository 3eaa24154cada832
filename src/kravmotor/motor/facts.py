"""A document as plain data for the evaluators, with its dated parameters resolved."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..lang import ast
from ..lang.klassningar import Classification, classify
from ..model.dokument import Förfrågningsunderlag
from . import evaluate, ir


@dataclass(frozen=True)
class ResolvedParam:
    name: str
    value: Decimal | None  # None: no value is known for this document's date
    confirmed: bool


def document_data(doc: Förfrågningsunderlag, classifications: dict[str, Classification] | None = None) -> dict[str, Any]:
    """The document as nested dicts and lists, missing optional values left out, plus its `klassning`."""
    data = doc.model_dump(mode="python", exclude_none=True, exclude={"okända_uppgifter"})
    if classifications:
        data["klassning"] = classify(data, classifications)
    return data


def resolve_parameters(parameters: dict[str, ast.Parameter], data: dict[str, Any],
                       conditions: dict[tuple[str, int], ir.Cond], date_field: str = "annonseringsdatum") -> dict[str, ResolvedParam]:
    """Each parameter's value as of the subject's day (a document's annonseringsdatum).

    The first value whose period covers the date and whose condition holds wins;
    `conditions` holds each value's compiled condition, keyed (parameter, index).
    """
    day = data.get(date_field)
    env = evaluate.Env(data)
    resolved: dict[str, ResolvedParam] = {}
    for name, param in parameters.items():
        resolved[name] = ResolvedParam(name, None, False)
        for index, pv in enumerate(param.values):
            if day is None or day < pv.valid_from or (pv.valid_to and day > pv.valid_to):
                continue
            cond = conditions.get((name, index), ir.TRUE)
            if evaluate.holds(cond, env):
                resolved[name] = ResolvedParam(name, pv.value, pv.confirmed)
                break
    return resolved
