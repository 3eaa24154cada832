"""Whether the time limits are shortened: a prior information notice (förhandsannons) or urgency.

Both shorten the minimum tender period (11 kap. LOU), so the tender-period rule
needs them. They are read only where the text says so, either way: "en
förhandsannons publicerades", "Någon förhandsannons har inte publicerats",
"anbudstiden är förkortad på grund av brådska". A document that does not speak
of them leaves them unknown, and the rule says which it needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..enheter import Text
from ..kalla import Kandidat
from .monster import NEGATION

FÄLT = ("förhandsannons", "brådskande")

_NOTICE = re.compile(r"förhandsannons", re.IGNORECASE)
_PUBLISHED = re.compile(r"publicera(?:de|ts|t|s)|skickades|har\s+annonserats|annonserades", re.IGNORECASE)
_URGENCY = re.compile(r"brådska|brådskande|skyndsam(?:het|t)?", re.IGNORECASE)
_SHORTENED = re.compile(r"förkorta(?:d|s|t|de)|kortare\s+(?:anbudstid|tidsfrist)|åberopa(?:r|s|de)?", re.IGNORECASE)
# Urgency matters here only as a ground for a shorter tender period; "the assignment is urgent,
# so no standstill period" says nothing about the time limits and must not become a "no".
_TIME_LIMIT = re.compile(r"anbudstid|tidsfrist|tidsgräns|svarstid", re.IGNORECASE)


def kandidater(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        said = sentence.text
        if _NOTICE.search(said) and _PUBLISHED.search(said):
            yield sentence.kandidat("förhandsannons", not _denied(said, _NOTICE, _PUBLISHED), 0.85)
        if _URGENCY.search(said) and _TIME_LIMIT.search(said) and (_SHORTENED.search(said) or NEGATION.search(said)):
            yield sentence.kandidat("brådskande", not _denied(said, _URGENCY, _SHORTENED), 0.85)


def _denied(said: str, *subjects: re.Pattern) -> bool:
    """A negation shortly before what the sentence is about: "inte förkortad", "ingen förhandsannons".

    Not any negation in the sentence: "brådska som myndigheten inte kunnat förutse" still shortens.
    """
    for pattern in subjects:
        for found in pattern.finditer(said):
            if NEGATION.search(" ".join(said[:found.start()].split()[-4:])):
                return True
    return False
