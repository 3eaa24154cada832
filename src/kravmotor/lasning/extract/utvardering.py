"""The award basis (pris, kostnad, bästa förhållandet mellan pris och kvalitet) and the weight of price in percent."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..enheter import Text
from ..kalla import Kandidat

FÄLT = ("utvärdering.tilldelningsgrund", "utvärdering.pris_vikt")

_BASIS = {
    "bästa förhållandet mellan pris och kvalitet": re.compile(
        r"bästa\s+förhållande[t]?\s+mellan\s+pris\s+och\s+kvalitet|"
        r"(?:utvärderingsgrund|tilldelningsgrund|grund\s+för\s+tilldelning)\w*\s+(?:\w+\s+){0,3}?pris\s+och\s+kvalitet|"
        r"ekonomiskt\s+mest\s+fördelaktig\w*\s+(?:\w+\s+){0,6}?pris\s+och\s+kvalitet|"
        r"pris\s+och\s+kvalitet\s+(?:\w+\s+){0,2}?(?:utvärderas|ligger\s+till\s+grund)", re.IGNORECASE),
    "pris": re.compile(
        r"(?:utvärderingsgrund|tilldelningsgrund|grund\s+för\s+tilldelning)\w*\s+(?:är\s+|blir\s+)?(?:enbart\s+|endast\s+)?"
        r"(?:lägsta|lägst)\s+pris|"
        r"(?:tilldelas|antas|vinner|anta)\s+(?:\w+\s+){0,6}?(?:det\s+)?(?:anbud(?:et)?\s+)?(?:med\s+|som\s+har\s+)?"
        r"(?:det\s+)?lägsta\s+(?:priset|pris)\b(?!\s+och)|"
        r"utvärdering(?:en)?\s+(?:sker|görs)\s+(?:enbart|endast|utifrån|på|genom)\s+(?:\w+\s+){0,2}?lägsta\s+pris", re.IGNORECASE),
    "kostnad": re.compile(
        r"(?:utvärderingsgrund|tilldelningsgrund|grund\s+för\s+tilldelning)\w*\s+(?:är\s+)?(?:lägsta|lägst)\s+kostnad|"
        r"lägsta\s+(?:livscykel)?kostnad\s+(?:\w+\s+){0,3}?(?:tilldelas|antas|utvärderas)", re.IGNORECASE),
}
_LABEL = re.compile(r"^\s*(?:utvärderingsgrund|tilldelningsgrund|grund\s+för\s+tilldelning)\s*$", re.IGNORECASE)
_PRICE_WEIGHT = re.compile(
    r"\bpris(?:et)?\s*(?:viktas\s*(?:med|till)?|har\s+(?:en\s+)?vikt(?:en)?\s+(?:av|om)?|vikt(?:en)?\s*(?:är|om|av)?|:|–|-|=)?\s*"
    r"(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|procent)",
    re.IGNORECASE,
)


def kandidater(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        for basis, pattern in _BASIS.items():
            if pattern.search(sentence.text):
                yield sentence.kandidat(FÄLT[0], basis, 0.85)
        for m in _PRICE_WEIGHT.finditer(sentence.text):
            value = Decimal(m.group(1).replace(",", "."))
            if 0 < value <= 100:
                yield sentence.kandidat(FÄLT[1], value, 0.85)
    for pair in text.labelled:
        if _LABEL.match(pair.label):
            answer = pair.value.strip().lower().rstrip(".")
            for basis in _BASIS:
                if answer == basis or answer == basis.replace("förhållandet", "förhållande"):
                    yield pair.kandidat(FÄLT[0], basis, 0.9)
            if answer in ("lägsta pris", "pris"):
                yield pair.kandidat(FÄLT[0], "pris", 0.9)
        if re.fullmatch(r"\s*pris(?:et)?\s*", pair.label, re.IGNORECASE):
            weight = re.fullmatch(r"\s*(\d{1,3})\s*(?:%|procent)\s*", pair.value)
            if weight and 0 < int(weight.group(1)) <= 100:
                yield pair.kandidat(FÄLT[1], Decimal(weight.group(1)), 0.85)
