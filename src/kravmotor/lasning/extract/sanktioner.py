"""Sanctions in the contract terms: vite (liquidated damages) and hävning (termination for breach)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..enheter import Text
from ..kalla import Kandidat
from .monster import NEGATION

FÄLT = ("sanktioner.vite", "sanktioner.hävning")

_VITE = re.compile(r"(?<![\wåäö])(?:\w+s)?vite(?:t|n|na|s\w*)?(?![\wåäö])", re.IGNORECASE)  # förseningsvite; not effektivitet
_NOT_VITE = re.compile(r"(?<![\wåäö])(?:invite\w*)(?![\wåäö])", re.IGNORECASE)
_HÄVNING = re.compile(r"(?<![\wåäö])(?:häva|hävs|hävas|hävning\w*|hävt|hävde|hävande)(?![\wåäö])", re.IGNORECASE)


def kandidater(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        words = sentence.text
        vite = _VITE.search(words)
        if vite and not _NOT_VITE.search(vite.group(0)) and not NEGATION.search(words[max(0, vite.start() - 40):vite.start()]):
            yield sentence.kandidat("sanktioner.vite", True, 0.85 if sentence.block.kind != "rubrik" else 0.8)
        hävning = _HÄVNING.search(words)
        if hävning and not NEGATION.search(words[max(0, hävning.start() - 30):hävning.start()]):
            yield sentence.kandidat("sanktioner.hävning", True, 0.85)
