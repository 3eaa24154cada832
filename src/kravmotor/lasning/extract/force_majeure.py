"""Whether the contract terms have a force majeure clause (also called befrielsegrunder)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..enheter import Text
from ..kalla import Kandidat

FÄLT = ("force_majeure",)

_CLAUSE = re.compile(r"force\s+majeure|befrielsegrund", re.IGNORECASE)


def kandidater(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        if _CLAUSE.search(sentence.text):
            yield sentence.kandidat(FÄLT[0], True, 0.9)
