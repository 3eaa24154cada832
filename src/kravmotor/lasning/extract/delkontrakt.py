"""The number of lots (delkontrakt, anbudsområden, delområden) when the procurement is divided.

In a call-off, "anbudsområde" is usually the framework agreement's area, not a
lot of this procurement, so only an explicit division, or lots numbered as
headings of this document, are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...fritext.tal import COUNT, count_at
from ..block import Block
from ..enheter import Mening, Text
from ..kalla import Kandidat

FÄLT = ("antal_delkontrakt",)

_LOT = r"(?:delkontrakt|anbudsområden|delområden|delar|lotter)"
_DIVIDED = re.compile(r"(?:är\s+)?(?:uppdelad|indelad|delad)\s+i\s+" + COUNT + r"\s+" + _LOT
                      + r"|omfattar\s+" + COUNT + r"\s+(?:delkontrakt|anbudsområden|delområden)", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?:delkontrakt|anbudsområde|delområde)\s+(\d{1,2})\b", re.IGNORECASE)


def kandidater(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        m = _DIVIDED.search(sentence.text)
        if m:
            value = count_at(m, 1) if m.group(1) or m.group(2) else count_at(m, 4)
            if value >= 2:
                yield sentence.kandidat(FÄLT[0], value, 0.9)
    numbered: dict[int, Block] = {}
    for block in text.blocks:
        if block.kind == "rubrik":
            m = _NUMBERED.match(block.heading or block.text)
            if m:
                numbered.setdefault(int(m.group(1)), block)
    if len(numbered) >= 2 and sorted(numbered) == list(range(1, len(numbered) + 1)):
        last = numbered[max(numbered)]
        yield Mening(last.text, last).kandidat(FÄLT[0], len(numbered), 0.8)
