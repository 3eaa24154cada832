"""Arbetsrättsliga villkor (pay, holidays, working hours; 17 kap. LOU) and the level they are set at."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..enheter import Text
from ..kalla import Kandidat
from .monster import NEGATION

FÄLT = ("arbetsrättsliga_villkor", "arbetsrättsliga_villkor.nivå")

_NAMED = re.compile(r"arbetsrättsliga\s+villkor", re.IGNORECASE)
_THREE = re.compile(r"lön\w*.{0,40}semester.{0,40}arbetstid|arbetstid.{0,40}semester.{0,40}lön", re.IGNORECASE)
_LEVELS = {
    "central kollektivavtal": re.compile(r"centralt?\s+kollektivavtal|kollektivavtal\s+som\s+tillämpas\s+i\s+hela\s+Sverige",
                                         re.IGNORECASE),
    "ILO:s kärnkonventioner": re.compile(r"ILO:?s\s+kärnkonventioner|ILO-?konventioner|ILO:s\s+åtta", re.IGNORECASE),
}


def kandidater(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        words = sentence.text
        if not (_NAMED.search(words) or _THREE.search(words)):
            continue
        if NEGATION.search(words) and not re.search(r"\b(?:ska|skall)\b", words):
            continue
        yield sentence.kandidat(FÄLT[0], True, 0.85)
        for level, pattern in _LEVELS.items():
            if pattern.search(words):
                yield sentence.kandidat(FÄLT[1], level, 0.85)
