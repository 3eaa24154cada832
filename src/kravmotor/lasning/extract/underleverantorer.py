"""Whether the document has a clause on subcontractors: a heading of its own, or a sentence that rules on them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..enheter import Mening, Text
from ..kalla import Kandidat

FÄLT = ("underleverantörsvillkor",)

_HEADING = re.compile(r"underleverantör|underkonsult", re.IGNORECASE)
_RULING = re.compile(
    r"underleverantör\w*|underkonsult\w*", re.IGNORECASE)
_OBLIGATION = re.compile(r"\b(?:ska|skall|får|får\s+inte|ansvarar|äger\s+rätt|godkän\w*|medgivande|anlita\w*)\b", re.IGNORECASE)


def kandidater(text: Text) -> Iterator[Kandidat]:
    for section in text.sections:
        head = section[0]
        if head.kind == "rubrik" and _HEADING.search(head.heading or head.text):
            body = [s for s in text.sentences_in(section[1:]) if _RULING.search(s.text)]
            if body:
                yield body[0].kandidat(FÄLT[0], True, 0.9)
            continue
    for sentence in text.sentences:
        if _RULING.search(sentence.text) and _OBLIGATION.search(sentence.text) and sentence.block.kind != "rubrik":
            yield sentence.kandidat(FÄLT[0], True, 0.8)
