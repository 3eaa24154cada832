"""Whether the document has an employment requirement (sysselsättningskrav)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..enheter import Text
from ..kalla import Kandidat
from .monster import NEGATION

FÄLT = ("sysselsättningskrav",)

_REQUIREMENT = re.compile(
    r"sysselsättningskrav|sysselsättningsfrämjande\s+(?:åtgärd|krav|villkor)|"
    r"(?:erbjuda|anställa|ta\s+emot)\s+(?:\w+\s+){0,6}?(?:praktik|anställning|lärling)\w*\s+(?:\w+\s+){0,8}?"
    r"(?:långt\s+från\s+arbetsmarknaden|arbetslös\w*|nyanländ\w*|funktionsnedsättning)",
    re.IGNORECASE,
)


def kandidater(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        found = _REQUIREMENT.search(sentence.text)
        if found and not NEGATION.search(sentence.text[max(0, found.start() - 40):found.start()]):
            yield sentence.kandidat(FÄLT[0], True, 0.85)
