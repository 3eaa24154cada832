"""Certificates the supplier must hold (ISO 9001, ISO 14001, ISO/IEC 27001, EMAS ...), and whether "eller likvärdigt" follows.

Only a requirement to be certified counts: a consultant's experience of ISO 27001
is not a certificate the supplier must hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..enheter import Text
from ..kalla import Kandidat

FÄLT = ("certifiering",)

_STANDARD = re.compile(r"\b(?:SS-EN\s+|SS-|EN\s+)?ISO(?:/IEC)?\s?(\d{4,5})(?:[-:]\d+)?\b|\bEMAS\b", re.IGNORECASE)
_CERTIFIED = re.compile(r"certifi|ledningssystem|registrerad\s+enligt|EMAS", re.IGNORECASE)
_REQUIRED = re.compile(r"\b(?:ska|skall|måste|krävs|kravet|krav)\b", re.IGNORECASE)
_NOT_A_CERTIFICATE = re.compile(r"erfarenhet|kunskap|kännedom|förståelse|meriterande|kompetens\s+inom|utbildning", re.IGNORECASE)
EQUIVALENT = re.compile(r"eller\s+(?:likvärdig\w*|motsvarande|jämförbar\w*|annan\s+likvärdig\w*)|or\s+equivalent", re.IGNORECASE)


def kandidater(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        if not _CERTIFIED.search(sentence.text) or not _REQUIRED.search(sentence.text):
            continue
        if _NOT_A_CERTIFICATE.search(sentence.text):
            continue
        equivalent = bool(EQUIVALENT.search(sentence.text))
        for m in _STANDARD.finditer(sentence.text):
            name = f"ISO {m.group(1)}" if m.group(1) else "EMAS"
            yield sentence.kandidat("certifiering", {"standard": name, "eller_likvärdigt": equivalent}, 0.85)
