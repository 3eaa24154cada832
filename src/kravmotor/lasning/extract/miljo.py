"""Whether the document sets an environmental requirement, and the level where it names Upphandlingsmyndighetens level.

"Miljö" alone is not enough: IT documents speak of test environments
(testmiljö, IT-miljö) and work environment (arbetsmiljö). Only words that mean
the natural environment, in a sentence that requires something, count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..enheter import Text
from ..kalla import Kandidat
from .monster import NEGATION

FÄLT = ("miljökrav", "miljökrav.nivå")

_ENVIRONMENTAL = re.compile(
    r"miljökrav|miljöledningssystem|miljöpolicy|miljöarbete|miljöhänsyn|miljöpåverkan|miljömärk\w*|miljöcertifi\w*|"
    r"miljöprestanda|miljöklass\w*|miljöbil\w*|miljöfordon|miljövänlig\w*|\bSvanen\w*|svanenmärk\w*|EU\s+Ecolabel|"
    r"Bra\s+Miljöval|ISO\s?14001|\bEMAS\b|fossilfri\w*|förnybar\w*\s+(?:bränsle|drivmedel|el)|klimatpåverkan|"
    r"koldioxidutsläpp|utsläpp\s+av|kemiska\s+produkter|farliga\s+ämnen|ekologisk\w*\s+(?:livsmedel|produkter|råvaror)",
    re.IGNORECASE,
)
_REQUIRED = re.compile(r"\b(?:ska|skall|måste|krävs|kravet|krav)\b", re.IGNORECASE)
_LEVEL = re.compile(r"\b(bas|avancerad|spjutspets)(?:nivå|\s+nivå|-nivå|krav|kriteri\w*)", re.IGNORECASE)
_UHM = re.compile(r"hållbarhetskriteri|upphandlingsmyndighet|kriterietjänst|kravnivå|nivå", re.IGNORECASE)


def kandidater(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        words = sentence.text
        found = _ENVIRONMENTAL.search(words)
        if found and _REQUIRED.search(words) and not NEGATION.search(words[max(0, found.start() - 30):found.start()]):
            yield sentence.kandidat(FÄLT[0], True, 0.85)
        level = _LEVEL.search(words)
        if level and (found or _UHM.search(words)) and re.search(r"miljö|hållbarhet", words, re.IGNORECASE):
            yield sentence.kandidat(FÄLT[1], level.group(1).lower(), 0.85)
