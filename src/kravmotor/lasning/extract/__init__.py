"""Extraction: one module per concern, each reading the units it needs and yielding candidates with their source.

`extract(blocks)` weighs every field's candidates (`kalla.resolve`) and returns
one `Uppgift` per field of the label schema, in the schema's order: found,
conflicting (unknown, candidates shown), unsure (unknown, candidates shown) or
not found (unknown). The one place to register a concern is `MODULES`.
"""

from __future__ import annotations

from ..block import Block
from ..enheter import Text
from ..kalla import Kandidat, Uppgift, merge_items, resolve
from . import (arbetsratt, avtalstid, certifiering, datum, delkontrakt, force_majeure, forfarande, kvalificering, miljo,
               sanktioner, sysselsattning, tidsfrister, underleverantorer, utvardering, varde, varumarken)

MODULES = (datum, tidsfrister, forfarande, varde, avtalstid, delkontrakt, kvalificering, certifiering, varumarken,
           underleverantorer, sanktioner, force_majeure, arbetsratt, sysselsattning, miljo, utvardering)
FIELDS: tuple[str, ...] = tuple(name for module in MODULES for name in module.FÄLT)
LIST_FIELDS = {"certifiering": "standard", "varumärken": "namn"}  # item key that identifies an element


def extract(blocks: list[Block]) -> dict[str, Uppgift]:
    text = Text(blocks)
    by_field: dict[str, list[Kandidat]] = {name: [] for name in FIELDS}
    for module in MODULES:
        for candidate in module.kandidater(text):
            by_field[candidate.fält].append(candidate)
    return {name: (merge_items(name, found, LIST_FIELDS[name]) if name in LIST_FIELDS else resolve(name, found))
            for name, found in by_field.items()}
