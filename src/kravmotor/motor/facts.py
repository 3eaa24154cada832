"""A document as plain data for the evaluators, with its dated parameters resolved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..lang import ast
from ..lang.klassningar import Classification, classify
from ..model.dokument import Förfrågningsunderlag
from ..model.fields import supplier_fields
from ..model.unknowns import mark_unknowns
from ..values import UNKNOWN, PartialList, Span, span
from . import berakning, evaluate, ir

if TYPE_CHECKING:  # a supplier's model is imported when a supplier is screened
    from ..model.leverantor import Leverantör, Uppgift


@dataclass(frozen=True)
class ResolvedParam:
    name: str
    value: Any  # a number, a Span (an unconfirmed amount, or several values possible), or UNKNOWN
    confirmed: bool
    unknown_because: frozenset[str] = frozenset()  # unknown fields that leave the value open (the day, lagrum ...)
    source: str | None = None  # the source of this value, when it has its own (a span's source)


def document_data(doc: Förfrågningsunderlag, classifications: dict[str, Classification] | None = None) -> dict[str, Any]:
    """The document as nested dicts and lists, missing optional values left out, unknown facts as
    UNKNOWN (see model.unknowns), plus what is computed from it (`beräknat`) and its `klassning`."""
    return document_facts(doc, classifications)[0]


def document_facts(doc: Förfrågningsunderlag, classifications: dict[str, Classification] | None = None
                   ) -> tuple[dict[str, Any], bool]:
    """`document_data`, and whether anything in it is uncertain (unknown, or a span)."""
    # A whole field declared unknown is not dumped only to be replaced by UNKNOWN (an import declares many).
    whole = {path for path in doc.okända_uppgifter if "." not in path and "[" not in path}
    data = doc.model_dump(mode="python", exclude_none=True, exclude={"okända_uppgifter", "ursprung", *whole})
    berakning.normalize(data)
    uncertain = mark_unknowns(data, Förfrågningsunderlag, doc.okända_uppgifter)
    return completed_facts(data, uncertain, classifications)


def completed_facts(data: dict[str, Any], uncertain: bool, classifications: dict[str, Classification] | None
                    ) -> tuple[dict[str, Any], bool]:
    """`document_facts` from the document's data with its unknowns marked: what is computed from it added.
    (A source that gives such data without a model, an export row, comes in here: `sources.uhm_facts`.)"""
    uncertain = berakning.add(data) or uncertain
    if classifications:
        data["klassning"] = classify(data, classifications)
    data[BILAGA_2] = bilaga_2_service(data, (classifications or {}).get(BILAGA_2_CLASSIFICATION))
    return data, uncertain or data[BILAGA_2] is UNKNOWN


BILAGA_2 = "bilaga_2_tjänst"
BILAGA_2_CLASSIFICATION = "bilaga_2"


def bilaga_2_service(data: dict[str, Any], classification: Classification | None) -> Any:
    """Whether the service is a bilaga 2-tjänst (X-04): as the document states it; else from its own CPV codes
    (all in bilaga 2: yes; none: no); else, under LOU, a procurement made under the directive-governed chapters
    is none (LOU procures bilaga 2-tjänster under 19 kap. whatever their value); else unknown (mixed codes
    included: the main object decides, and only the buyer knows which it is)."""
    stated = data.get(BILAGA_2)
    if stated is True or stated is False:
        return stated
    codes = data.get("cpv_koder")
    if classification is not None and isinstance(codes, list) and not isinstance(codes, PartialList) and codes:
        listed = [bool(classification.categories_of([code])) for code in codes]
        if all(listed) or not any(listed):
            return listed[0]
    if data.get("lagrum") == "LOU" and data.get("regim") == "direktivstyrd":
        return False
    return UNKNOWN


def resolve_parameters(parameters: dict[str, ast.Parameter], data: dict[str, Any],
                       conditions: dict[tuple[str, int], ir.Cond], date_field: str = "annonseringsdatum") -> dict[str, ResolvedParam]:
    """Each parameter's value as of the subject's day (a document's annonseringsdatum).

    The first value whose period covers the day and whose condition holds wins;
    `conditions` holds each value's compiled condition, keyed (parameter, index).
    When a condition cannot be decided (it reads an unknown fact), every value up
    to the first that surely applies is possible: the parameter is then the span
    of those values (known where they agree), or UNKNOWN when it may have no value
    at all; `unknown_because` names the facts that leave it open. An unknown day
    leaves every parameter unknown.
    """
    day = data.get(date_field)
    env = evaluate.Env(data)
    resolved: dict[str, ResolvedParam] = {}
    for name, param in parameters.items():
        if day is None or day is UNKNOWN:
            resolved[name] = ResolvedParam(name, UNKNOWN, False, frozenset([date_field]) if day is UNKNOWN else frozenset())
            continue
        possible: list[ast.ParamValue] = []
        because: frozenset[str] = frozenset()
        settled = False
        for index, pv in enumerate(param.values):
            if day < pv.valid_from or (pv.valid_to and day > pv.valid_to):
                continue
            cond = conditions.get((name, index), ir.TRUE)
            t = evaluate.truth(cond, env)
            if t is False:
                continue
            possible.append(pv)
            if t is True:
                settled = True
                break
            because |= evaluate.why(cond, env).unknown
        resolved[name] = _possible_value(name, possible, settled, because)
    return resolved


def _possible_value(name: str, possible: list[ast.ParamValue], settled: bool, because: frozenset[str]) -> ResolvedParam:
    """One value, or the span of the values a parameter may have."""
    if not possible:
        return ResolvedParam(name, UNKNOWN, False)  # no value for the day (underlag saknas)
    if len(possible) == 1 and settled:
        pv = possible[0]
        value = UNKNOWN if pv.value is None else pv.value
        return ResolvedParam(name, value, pv.confirmed, source=pv.source)
    if not settled or any(pv.value is None for pv in possible):
        return ResolvedParam(name, UNKNOWN, False, because)  # it may have no value at all
    lows = [pv.value.low if isinstance(pv.value, Span) else pv.value for pv in possible if pv.value is not None]
    highs = [pv.value.high if isinstance(pv.value, Span) else pv.value for pv in possible if pv.value is not None]
    value = span(min(lows), max(highs))
    return ResolvedParam(name, value, all(pv.confirmed for pv in possible) and not isinstance(value, Span), because)


@dataclass(frozen=True)
class Provenance:
    fact: str
    source: str  # källa, with its name when given: "kreditupplysningsföretag (UC)"
    fetched: dt.date


def supplier_data(supplier: Leverantör, *, day: dt.date, level: int, procurement: dict[str, Any] | None,
                  chain: dict[str, Any] | None = None) -> tuple[dict[str, Any], dict[str, Provenance]]:
    """A supplier as plain data for the evaluators: each fact's value (UNKNOWN for a fact nobody
    fetched), what screening adds, and aside each fact's provenance.

    A fact fetched with no value (`värde: null`) is left out of the data like any missing value, but it
    is known: `telefonnummer saknas` holds. A list fact fetched with no value is an empty list.
    `chain`: what its subcontractors' screenings concluded (CHAIN_FACTS); without it a supplier with
    subcontractors has them unknown, one without has them false.
    """
    data: dict[str, Any] = {"organisationsnummer": supplier.organisationsnummer, "namn": supplier.namn}
    provenance: dict[str, Provenance] = {}
    from ..model.leverantor import FACTS  # a supplier's model only when a supplier is screened
    from ..model.subjects import CHAIN_FACTS

    for name in FACTS:
        fact: Uppgift | None = getattr(supplier, name)
        if fact is None:
            data[name] = UNKNOWN
            continue
        source = fact.källa + (f" ({fact.källnamn})" if fact.källnamn else "")
        provenance[name] = Provenance(name, source, fact.hämtad)
        value = fact.model_dump(mode="python", exclude_none=True).get("värde")
        if value is None and _is_list_fact(name):
            value = []
        if value is not None:
            data[name] = value
    mark_unknowns(data, type(supplier))  # a part of a fetched fact that the source does not give (a judgment's date)
    data["granskningsdatum"] = day
    data["led"] = level
    data["kedjans_djup"] = chain_depth(supplier)
    default = UNKNOWN if supplier.underleverantörer else False
    data.update({name: (chain or {}).get(name, default) for name in CHAIN_FACTS})
    # The evaluators cannot join two lists (a requirement against each year): give them the latest year.
    years = data["omsättning"]
    if years is UNKNOWN:
        data["omsättning_senaste_år"] = UNKNOWN
    elif years:
        data["omsättning_senaste_år"] = max(years, key=lambda y: y["år"])["belopp"]
    data["uppgifter"] = [{"namn": p.fact, "källa": p.source, "hämtad": p.fetched} for p in provenance.values()]
    if procurement is not None:  # rules about the procurement apply only when there is one
        data["upphandling"] = procurement
    return data, provenance


def chain_depth(supplier: Leverantör) -> int:
    """How many tiers of subcontractors hang below the supplier: 0 when it has none."""
    return 1 + max((chain_depth(s) for s in supplier.underleverantörer), default=-1)


def _is_list_fact(name: str) -> bool:
    return supplier_fields().children[name].kind == "lista"  # cached catalogue
