"""The estimated value of the procurement, in kronor, as the document states it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...fritext.tal import FOREIGN_CURRENCY, sek_amounts
from ..enheter import Text
from ..kalla import Kandidat

FÄLT = ("uppskattat_värde.totalt",)

_VALUE = re.compile(
    r"uppskattat?\s+(?:\w+\s+){0,2}?(?:värde|kontraktsvärde|avtalsvärde|ordervärde|volym)"
    r"|(?:kontraktets|avtalets|ramavtalets|avropets|upphandlingens|uppdragets)\s+(?:uppskattade\s+|beräknade\s+|totala\s+|samlade\s+)*värde"
    r"|(?:beräknat|bedömt|förväntat|totalt)\s+(?:kontrakts|avtals)?värde"
    r"|värdet\s+(?:av\s+\w+\s+)?(?:uppskattas|beräknas|bedöms)"
    r"|(?:uppskattas|beräknas|bedöms)\s+(?:\w+\s+){0,3}?(?:till\s+)?(?:ett\s+)?(?:värde|omfatta)",
    re.IGNORECASE,
)
# Not the whole value: per year, per month, per hour, a ceiling for one call-off, a threshold.
_NOT_TOTAL = re.compile(r"per\s+(?:avtals)?år|avtalsår|årlig|årligen|/år|per\s+månad|per\s+timme|timpris|tröskelvärde|direktupphandlingsgräns"
                        r"|\btak\b|takpris|högsta\s+timpris|omsättning|försäkring", re.IGNORECASE)


def kandidater(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        if not _VALUE.search(sentence.text) or _NOT_TOTAL.search(sentence.text) or FOREIGN_CURRENCY.search(sentence.text):
            continue
        amounts = set(sek_amounts(sentence.text))
        if len(amounts) == 1:
            yield sentence.kandidat(FÄLT[0], amounts.pop(), 0.9)
        elif amounts:
            for amount in amounts:
                yield sentence.kandidat(FÄLT[0], amount, 0.4)
    for pair in text.labelled:
        if not _VALUE.search(pair.label) or _NOT_TOTAL.search(pair.label + " " + pair.value):
            continue
        amounts = set(sek_amounts(pair.value))
        if len(amounts) == 1:
            yield pair.kandidat(FÄLT[0], amounts.pop(), 0.9)
