"""An export row's facts for the rules straight from its mapped values, without building the model.

`motor.facts.document_facts(uhm.to_document(record))` builds a pydantic model only to dump it again,
then marks the declared unknowns (`okända_uppgifter`) and adds what is computed (`beräknat`,
`klassning`, `bilaga_2_tjänst`): about 175 µs a row, a third of a revision's work on a statistics
export. A mapped row (`uhm.Mapped`) is plain values already, so `facts` lays them out as that dump
would and marks its unknowns itself, then hands the data to the same `completed_facts`.

What it relies on, which `tests/test_uhm_facts.py` checks on every row of the 2021 export (and a
committed slice): the mapping declares every field it leaves None, and every unknown it declares is a
whole field or a field of `upphandlande_myndighet` or `uppföljning` (so no fact is left out silently,
and marking is an assignment); the export carries no requirements (so `normalize` has nothing to do,
called anyway). `light_document` is the row's model for reading only (a row's columns, the indicators),
built in a few µs by sharing the defaults of one template.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..lang.klassningar import Classification
from ..model.dokument import Förfrågningsunderlag, UpphandlandeMyndighet
from ..model.grund import built
from ..model.uppfoljning import Uppföljning
from ..motor import berakning
from ..motor.facts import completed_facts
from ..values import UNKNOWN
from . import uhm

__all__ = ["facts", "light_document"]

_NESTED = ("upphandlande_myndighet", "uppföljning")


def _dumped_defaults(model) -> dict[str, Any]:
    """The model's fields in order, each with what `model_dump(exclude_none=True)` gives when it is not set
    (None: left out)."""
    return {name: info.get_default(call_default_factory=True) for name, info in model.model_fields.items()}


_BUYER = _dumped_defaults(UpphandlandeMyndighet)
_FOLLOW_UP = _dumped_defaults(Uppföljning)


@lru_cache(maxsize=256)  # a handful of lists of unknowns in a whole export
def _unknowns(declared: tuple[str, ...]) -> tuple[dict[str, Any], tuple[tuple[str, str], ...]]:
    """The whole fields declared unknown (as data: each UNKNOWN) and the (object, field) pairs declared within one."""
    whole: dict[str, Any] = {}
    within = []
    for path in declared:
        parent, _, child = path.partition(".")
        if not child:
            whole[path] = UNKNOWN
        elif parent in _NESTED and "." not in child and "[" not in path:
            within.append((parent, child))
        else:  # the mapping declares nothing else; marking anything else would need model.unknowns
            raise ValueError(f"en importerad rad kan inte ha den okända uppgiften {path}")
    return whole, tuple(within)


def facts(row: uhm.Mapped, classifications: dict[str, Classification] | None) -> tuple[dict[str, Any], bool]:
    """`document_facts(uhm.document_of(row), classifications)`, without the model."""
    whole, within = _unknowns(tuple(row.unknown))
    data: dict[str, Any] = {}
    for name, value in row.fields.items():  # the model's order, as the dump gives it
        if value is None or name in whole:
            continue
        if name == "upphandlande_myndighet":
            value = {key: v for key in _BUYER if (v := value.get(key, _BUYER[key])) is not None}
        elif name == "uppföljning":
            value = {key: list(v) if isinstance(v, list) else v
                     for key in _FOLLOW_UP if (v := value.get(key, _FOLLOW_UP[key])) is not None}
        elif isinstance(value, list):
            value = list(value)
        data[name] = value
    berakning.normalize(data)
    data.update(whole)
    for parent, child in within:
        data[parent][child] = UNKNOWN
    # An export row always declares the fields it does not carry: its data are never certain.
    return completed_facts(data, bool(row.unknown), classifications)


_SHARED: dict[str, Any] | None = None  # the fields no row gives, as the model has them: one object each


def light_document(row: uhm.Mapped) -> Förfrågningsunderlag:
    """The row's document for reading only: equal to `uhm.document_of(row)`, but every field the row does not
    give is one object shared by every row (so it must not be changed), not a fresh default of its own."""
    global _SHARED
    if _SHARED is None:
        given = {*uhm.FIELDS, "okända_uppgifter", "ursprung"}
        _SHARED = {name: value for name, value in uhm.document_of(row) if name not in given}
    return built(Förfrågningsunderlag, **_SHARED, **uhm.model_values(row), okända_uppgifter=row.unknown,
                 ursprung=uhm.ORIGIN)
