"""What a rule is about: a förfrågningsunderlag or a supplier.

Each subject has its own root of fields (what rules may read) and its own day
that validity periods and dated parameters are judged by. A rule's subject
follows from its area (`gäller` in omraden.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Subject:
    name: str  # as written in omraden.yaml
    date_field: str  # the day `giltig från` and parameter values are judged by
    definite: str  # "förfrågningsunderlaget": for messages


DOCUMENT = Subject("förfrågningsunderlag", "annonseringsdatum", "förfrågningsunderlaget")
SUPPLIER = Subject("leverantör", "granskningsdatum", "leverantören")
SUBJECTS = {s.name: s for s in (DOCUMENT, SUPPLIER)}
