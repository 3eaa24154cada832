"""What a rule is about: a förfrågningsunderlag or a supplier.

Each subject has its own root of fields (what rules may read) and its own day
that validity periods and dated parameters are judged by. A rule's subject
follows from its area (`gäller` in omraden.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .leverantor import CHAIN_FACTS


@dataclass(frozen=True)
class Subject:
    name: str  # as written in omraden.yaml
    date_field: str  # the day `giltig från` and parameter values are judged by
    definite: str  # "förfrågningsunderlaget": for messages
    computed: tuple[tuple[str, str], ...] = ()  # (a field the program computes, the fact it comes from)
    whole_facts: bool = False  # facts are fetched whole (a supplier's `adress`), not field by field
    nested: str | None = None  # the field holding another subject's data (a supplier's `upphandling`)

    def fact_behind(self, path: str) -> str:
        """The fact a person fills in or fetches behind a field path: a supplier's
        `omsättning_senaste_år` is computed from `omsättning`, and its `adress.typ` is part of the
        fact `adress`. (A classification names its unknown CPV codes itself: see the pipeline.)"""
        return _fact_behind(self, path)


@lru_cache(maxsize=4096)  # a batch asks the same few paths of every document
def _fact_behind(subject: Subject, path: str) -> str:
    plain = re.sub(r"\[\d+\]", "", path)
    parts = path.split(".")
    computed = dict(subject.computed)
    if plain in computed:
        return computed[plain]
    if subject.whole_facts and parts[0] != subject.nested:
        if plain in _inner_facts(subject.name):  # a fetched fact whose part is unknown: `rättsliga_förfaranden[0].lagakraft_datum`
            return path
        return re.sub(r"\[\d+\]", "", parts[0])
    return path


def _inner_facts(subject: str) -> frozenset[str]:
    """The parts of a subject's facts that are facts of their own: unknown when the source does not give them."""
    if subject != "leverantör":
        return frozenset()
    from .leverantor import Leverantör
    from .unknowns import fact_paths

    return fact_paths(Leverantör)


DOCUMENT = Subject("förfrågningsunderlag", "annonseringsdatum", "förfrågningsunderlaget")
SUPPLIER = Subject("leverantör", "granskningsdatum", "leverantören",
                   (("omsättning_senaste_år", "omsättning"), *((name, "underleverantörer") for name in CHAIN_FACTS)),
                   whole_facts=True, nested="upphandling")
SUBJECTS = {s.name: s for s in (DOCUMENT, SUPPLIER)}
