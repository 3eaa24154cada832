"""A document as plain data for the evaluators, with its dated parameters resolved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..lang import ast
from ..lang.klassningar import Classification, classify
from ..model.dokument import Förfrågningsunderlag
from ..model.fields import supplier_fields
from ..model.leverantor import FACTS, Leverantör, Uppgift
from . import evaluate, ir


@dataclass(frozen=True)
class ResolvedParam:
    name: str
    value: Decimal | None  # None: no value is known for this document's date
    confirmed: bool


def document_data(doc: Förfrågningsunderlag, classifications: dict[str, Classification] | None = None) -> dict[str, Any]:
    """The document as nested dicts and lists, missing optional values left out, plus its `klassning`."""
    data = doc.model_dump(mode="python", exclude_none=True, exclude={"okända_uppgifter", "ursprung"})
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


@dataclass(frozen=True)
class Provenance:
    fact: str
    source: str  # källa, with its name when given: "kreditupplysningsföretag (UC)"
    fetched: dt.date


def supplier_data(supplier: Leverantör, *, day: dt.date, level: int, procurement: dict[str, Any] | None
                  ) -> tuple[dict[str, Any], dict[str, Provenance], frozenset[str]]:
    """A supplier as plain data for the evaluators: each fact's value, what screening adds, and aside
    each fact's provenance and the facts nobody fetched (which rules report as *underlag saknas*).

    A fact fetched with no value (`värde: null`) is left out of the data like any missing value, but it
    is known: `telefonnummer saknas` holds. A list fact fetched with no value is an empty list.
    """
    data: dict[str, Any] = {"organisationsnummer": supplier.organisationsnummer, "namn": supplier.namn}
    provenance: dict[str, Provenance] = {}
    unknown = set()
    for name in FACTS:
        fact: Uppgift | None = getattr(supplier, name)
        if fact is None:
            unknown.add(name)
            continue
        source = fact.källa + (f" ({fact.källnamn})" if fact.källnamn else "")
        provenance[name] = Provenance(name, source, fact.hämtad)
        value = fact.model_dump(mode="python", exclude_none=True).get("värde")
        if value is None and _is_list_fact(name):
            value = []
        if value is not None:
            data[name] = value
    data["granskningsdatum"] = day
    data["led"] = level
    data["kedjans_djup"] = chain_depth(supplier)
    # The evaluators cannot join two lists (a requirement against each year): give them the latest year.
    years = sorted(data.get("omsättning", []), key=lambda y: y["år"])
    if years:
        data["omsättning_senaste_år"] = years[-1]["belopp"]
    if "omsättning" in unknown:
        unknown.add("omsättning_senaste_år")
    data["uppgifter"] = [{"namn": p.fact, "källa": p.source, "hämtad": p.fetched} for p in provenance.values()]
    if procurement is not None:  # rules about the procurement apply only when there is one: no unknowns
        data["upphandling"] = procurement
    return data, provenance, frozenset(unknown)


def chain_depth(supplier: Leverantör) -> int:
    """How many tiers of subcontractors hang below the supplier: 0 when it has none."""
    return 1 + max((chain_depth(s) for s in supplier.underleverantörer), default=-1)


def _is_list_fact(name: str) -> bool:
    return supplier_fields().children[name].kind == "lista"  # cached catalogue
