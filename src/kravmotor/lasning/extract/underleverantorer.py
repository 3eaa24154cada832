"""Whether the document has a clause on subcontractors: a section of its own that rules on them.

A form field for the tenderer ("Eventuell underleverantör som anlitas:") or a
passing mention in another clause (personal data, rights to the results) is not
a subcontractor clause; such sentences are shown as unsure candidates only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..enheter import Text
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
    for sentence in text.sentences:
        if _RULING.search(sentence.text) and _OBLIGATION.search(sentence.text) and sentence.block.kind != "rubrik":
            yield sentence.kandidat(FÄLT[0], True, 0.5)
