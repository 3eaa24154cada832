"""The field catalogue rules may refer to, read off the pydantic model.

The rule checker uses it to reject unknown fields (with a did-you-mean), to type
expressions, and to check that a compared text value is one the field can take.
The reporter uses the units to format values the Swedish way.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import BaseModel

from ..values import Span
from .dokument import Enhet, Förfrågningsunderlag
from .typeforms import is_union


@dataclass
class FieldType:
    kind: str  # tal / text / datum / sanning / lista / objekt
    unit: str | None = None  # kr, år, månader, procent, dagar
    allowed: frozenset[str] | None = None  # for Literal text fields
    item: FieldType | None = None  # for lists
    children: dict[str, FieldType] = field(default_factory=dict)  # for objects

    def describe(self) -> str:
        if self.kind == "lista" and self.item:
            return f"lista av {self.item.describe()}"
        if self.kind == "tal" and self.unit:
            return f"tal ({self.unit})"
        return self.kind


def _unwrap(annotation: Any) -> tuple[Any, str | None]:
    """Strip Optional/Annotated, collecting unit markers on the way."""
    unit = None
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            base, *meta = get_args(annotation)
            for m in meta:
                if isinstance(m, Enhet):
                    unit = m.namn
            annotation = base
        elif is_union(annotation):
            # None is a missing value and a Span an amount known only roughly: neither changes the kind.
            args = [a for a in get_args(annotation) if a is not type(None) and a is not Span]
            if len(args) == 1:
                annotation = args[0]
            else:
                return annotation, unit
        else:
            return annotation, unit


def _field_type(annotation: Any) -> FieldType:
    annotation, unit = _unwrap(annotation)
    origin = get_origin(annotation)
    if origin is Literal:
        return FieldType("text", allowed=frozenset(str(a) for a in get_args(annotation)))
    if origin is list:
        return FieldType("lista", item=_field_type(get_args(annotation)[0]))
    if is_union(annotation):  # a tagged union of models: merge their fields
        merged: dict[str, FieldType] = {}
        for variant in get_args(annotation):
            for name, ftype in _field_type(variant).children.items():
                known = merged.get(name)
                if known is not None and known.allowed and ftype.allowed:
                    merged[name] = FieldType("text", allowed=known.allowed | ftype.allowed)
                else:
                    merged.setdefault(name, ftype)
        return FieldType("objekt", children=merged)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel) and getattr(annotation, "fact_wrapper", False):  # a supplier's Uppgift: rules see its value only
        return _field_type(annotation.model_fields["värde"].annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return FieldType("objekt", children={
            name: _field_type(info.annotation if not info.metadata else Annotated[(info.annotation, *info.metadata)])
            for name, info in annotation.model_fields.items() if name not in _NOT_FOR_RULES
        })
    if annotation is bool:
        return FieldType("sanning")
    if annotation in (int, float, Decimal):
        return FieldType("tal", unit=unit)
    if annotation is dt.date:
        return FieldType("datum")
    if annotation is str:
        return FieldType("text")
    raise TypeError(f"unsupported field type in the document model: {annotation!r}")


# Not fields rules read: which facts are unknown and where they came from is the
# pipeline's business (a rule reading an unknown one reports underlag saknas; findings
# cite the source fields), and each subcontractor is screened on its own.
_NOT_FOR_RULES = {"okända_uppgifter", "ursprung", "underleverantörer"}


@lru_cache(maxsize=1)
def document_fields() -> FieldType:
    return _field_type(Förfrågningsunderlag)


@lru_cache(maxsize=1)
def supplier_fields() -> FieldType:
    """A supplier's facts (their values), plus what screening adds: the day, the chain and the facts' provenance."""
    from .leverantor import Leverantör  # each subject's model is imported when its fields are asked for
    from .subjects import CHAIN_FACTS

    own = _field_type(Leverantör)
    provenance = FieldType("objekt", children={
        "namn": FieldType("text"), "källa": FieldType("text"), "hämtad": FieldType("datum")})
    return FieldType("objekt", children={
        **own.children,
        "granskningsdatum": FieldType("datum"),
        "led": FieldType("tal"),
        "kedjans_djup": FieldType("tal"),
        "omsättning_senaste_år": FieldType("tal", unit="kr"),
        "uppgifter": FieldType("lista", item=provenance),
        **{name: FieldType("sanning") for name in CHAIN_FACTS},
    })


@lru_cache(maxsize=1)
def organisation_fields() -> FieldType:
    """What rules about an organisation read: its self-assessment's criteria, respondents and evidence."""
    from .organisation import Organisationsfakta

    return _field_type(Organisationsfakta)


# --- Each subject's root: what its rules may read (see model.subjects) -----------------------


def document_root(classifications: dict, codes: frozenset[str] = frozenset()) -> FieldType:
    """A document's own fields, what is computed from them (`beräknat`, see motor.berakning), and
    `klassning.<namn>` for each classification (the categories its CPV codes fall into)."""
    from ..motor import berakning  # computed from the model: imported here, not at the top, to avoid a cycle

    root = FieldType("objekt", children={**document_fields().children, berakning.NAME: berakning.field_types()})
    if not classifications:
        return root
    virtual = FieldType("objekt", children={
        name: FieldType("lista", item=FieldType("text", allowed=frozenset(cat.name for cat in c.categories)))
        for name, c in classifications.items()
    })
    return FieldType("objekt", children={**root.children, "klassning": virtual})


def supplier_root(classifications: dict, codes: frozenset[str] = frozenset()) -> FieldType:
    """A supplier's facts and, under `upphandling`, those of the procurement it is screened against."""
    return FieldType("objekt", children={**supplier_fields().children, "upphandling": document_root(classifications)})


def organisation_root(classifications: dict, codes: frozenset[str] = frozenset()) -> FieldType:
    """An organisation's facts, and under `dalamodellen` the answer to each criterion that is a rule:
    `dalamodellen.DAL_1111` is the answer to DAL-1111 (see model.organisation.answer_field)."""
    from .organisation import CRITERION_ANSWERS, answer_field, is_criterion

    answers = FieldType("objekt", children={answer_field(code): FieldType("text", allowed=CRITERION_ANSWERS)
                                           for code in sorted(codes) if is_criterion(code)})
    return FieldType("objekt", children={**organisation_fields().children, "dalamodellen": answers})


_STEP = re.compile(r"([^.\[\]]+)(?:\[(\d+|\+)\])?")
MORE = -1  # the index of `lista[+]`: elements beyond those listed may exist


def parse_path(path: str) -> list[tuple[str, int | None]] | None:
    """`kvalificeringskrav[0].belopp` → [("kvalificeringskrav", 0), ("belopp", None)]; `lista[+]` gives
    the index MORE; None if malformed."""
    steps = []
    for part in path.split("."):
        match = _STEP.fullmatch(part)
        if not match:
            return None
        index = match.group(2)
        steps.append((match.group(1), None if index is None else MORE if index == "+" else int(index)))
    return steps


def walk_path(root: FieldType, path: str) -> FieldType | None:
    """The type at a field path (an index after a list, or none: the path then goes through
    every element); None when the path names no field. `lista[+]` must end the path."""
    steps = parse_path(path)
    if steps is None or any(index == MORE for _, index in steps[:-1]):
        return None
    ftype = root
    for name, index in steps:
        if ftype.kind == "lista" and ftype.item is not None:
            ftype = ftype.item
        if ftype.kind != "objekt" or name not in ftype.children:
            return None
        ftype = ftype.children[name]
        if index is not None and ftype.kind != "lista":
            return None
    return ftype
