"""What a rule is about: a förfrågningsunderlag, a supplier or an organisation.

Each subject has its own root of fields (what rules may read) and its own day
that validity periods and dated parameters are judged by. A rule's subject
follows from its area (`gäller` in omraden.yaml). This module is the one place a
subject is registered: the compiler, the loader, the pipeline and the findings
take everything they need about it from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .fields import FieldType, document_root, organisation_root, supplier_root

# What a supplier's subcontractors, in every tier, concluded: screening computes them (motor.screening) and
# the rules read them like facts of the supplier (true, false or unknown).
CHAIN_FACTS = ("underleverantör_med_flera_varningssignaler", "underleverantör_med_extra_hög_risk",
               "underleverantör_med_uteslutningsgrund")


@dataclass(frozen=True)
class Subject:
    name: str  # as written in omraden.yaml
    date_field: str  # the day `giltig från` and parameter values are judged by
    definite: str  # "förfrågningsunderlaget": for messages
    facts_noun: str  # what its facts are called in "... saknar uppgift om": "underlaget"
    fields: Callable[[dict, frozenset[str]], FieldType]  # the fields its rules may read, given the
    # classifications and the codes of its rules (a criterion rule declares the answer it reads)
    computed: tuple[tuple[str, str], ...] = ()  # (a field the program computes, the fact it comes from)
    whole_facts: bool = False  # facts are fetched whole (a supplier's `adress`), not field by field
    nested: str | None = None  # the field holding another subject's data (a supplier's `upphandling`)
    describe: Callable[[str, dict], str] | None = None  # how an unknown fact reads, given the subject's data

    def fact_name(self, path: str, data: dict) -> str:
        """The unknown fact behind a field path as a message names it (see `fact_behind`, `describe`)."""
        return self.describe(path, data) if self.describe else self.fact_behind(path)

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


DOCUMENT = Subject("förfrågningsunderlag", "annonseringsdatum", "förfrågningsunderlaget", "underlaget", document_root)
SUPPLIER = Subject("leverantör", "granskningsdatum", "leverantören", "leverantörsuppgifterna", supplier_root,
                   (("omsättning_senaste_år", "omsättning"), *((name, "underleverantörer") for name in CHAIN_FACTS)),
                   whole_facts=True, nested="upphandling")
def _describe_organisation_path(path: str, data: dict) -> str:
    from .organisation import describe_path  # the self-assessment's model only when an organisation is assessed

    return describe_path(path, data)


ORGANISATION = Subject("organisation", "självskattningsdatum", "organisationen", "självskattningen", organisation_root,
                       describe=_describe_organisation_path)
SUBJECTS = {s.name: s for s in (DOCUMENT, SUPPLIER, ORGANISATION)}
