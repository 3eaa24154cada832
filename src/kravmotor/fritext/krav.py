"""Turnover and reference requirements in free text, Swedish or English: eForms criteria (BT-750) and documents.

eForms says *which* kind of criterion is used (BT-809) but the levels (turnover,
number of references, how many years back) are only in prose. This module reads
the two levels the proportionality rules need, and only when the sentence states
them plainly:

- a minimum turnover in Swedish kronor: "årsomsättning om minst 3 MSEK",
  "annual turnover of at least 5 000 000 SEK", with the number of years if given;
- a number of references and how far back they may lie: "minst tre
  referensuppdrag utförda under de senaste fem åren", "at least 2 references from
  the last 3 years".

An amount in another currency, a turnover relative to the contract value, or a
reference count without a period is *not* extracted: the caller keeps such text
as an `övrigt` requirement for a person to assess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from .meningar import sentences
from .tal import COUNT, FOREIGN_CURRENCY, count_at, sek_amounts

__all__ = ["Extracted", "extract", "sentences", "sek_amounts", "turnover", "references", "years_back"]

_TURNOVER = re.compile(r"omsättning|turnover", re.IGNORECASE)
_MINIMUM = re.compile(r"\b(minst|lägst|lägsta|minimum|minimi|at least|not less than|no less than|minimal)\b|≥", re.IGNORECASE)
_RELATIVE = re.compile(r"gånger|times|procent av|% av|per ?cent of|% of|kontraktsvärdet|contract value", re.IGNORECASE)
_YEARS_BACK = re.compile(
    r"(?:de\s+|den\s+)?(?:senaste|sista|föregående|last|past|previous|preceding)\s+" + COUNT
    + r"\s+(?:åren|år|räkenskapsåren|räkenskapsår|verksamhetsåren|years|financial\s+years|fiscal\s+years|accounting\s+years)",
    re.IGNORECASE,
)
# "de tre senaste räkenskapsåren": the count before the word for "latest".
_COUNT_THEN_LATEST = re.compile(
    r"\bde\s+" + COUNT + r"\s+(?:senaste|sista|föregående)\s+(?:åren|räkenskapsåren|verksamhetsåren|bokslutsåren)",
    re.IGNORECASE,
)
_REFERENCE_COUNT = re.compile(
    r"\b(?:minst|at least|minimum(?: of)?|no fewer than|not less than)?\s*" + COUNT
    + r"\s+(?:st\s+)?(?:likvärdiga\s+|liknande\s+|jämförbara\s+|relevanta\s+|similar\s+|comparable\s+|relevant\s+)?"
    r"(referensuppdrag|referenser|referensprojekt|uppdrag|references|reference\s+projects|reference\s+contracts|contracts|projects|assignments)\b",
    re.IGNORECASE,
)
_REFERENCE_WORD = re.compile(r"referens|reference|liknande uppdrag|similar contracts|similar projects", re.IGNORECASE)
_WITHIN_YEARS = re.compile(r"(?:inom|within|during|under)\s+(?:de\s+|the\s+)?(?:senaste\s+|last\s+|past\s+)?" + COUNT
                           + r"\s+(?:åren|år|years)", re.IGNORECASE)


@dataclass
class Extracted:
    """What a criterion's text says in a form the model can hold, and what it could not read."""

    turnover: list[tuple[Decimal, int | None]] = field(default_factory=list)  # (belopp in kr, antal_år)
    references: list[tuple[int, int]] = field(default_factory=list)  # (antal, tidsperiod_år)
    unread: list[str] = field(default_factory=list)  # sentences that may state a requirement but were not read


def _one(pattern: re.Pattern, sentence: str) -> int | None:
    found = {count_at(m, 1) for m in pattern.finditer(sentence)}
    return found.pop() if len(found) == 1 else None


def years_back(sentence: str) -> int | None:
    """"de senaste tre åren", "the last 3 years": how many years back, when the sentence states one number."""
    found = {count_at(m, 1) for pattern in (_YEARS_BACK, _COUNT_THEN_LATEST) for m in pattern.finditer(sentence)}
    return found.pop() if len(found) == 1 else None


def turnover(sentence: str) -> tuple[Decimal, int | None] | None:
    """A minimum turnover stated as one absolute amount in kronor, or None."""
    if not _TURNOVER.search(sentence) or not _MINIMUM.search(sentence):
        return None
    if FOREIGN_CURRENCY.search(sentence) or _RELATIVE.search(sentence):
        return None
    amounts = set(sek_amounts(sentence))
    if len(amounts) != 1:
        return None
    return amounts.pop(), years_back(sentence)


def references(sentence: str) -> tuple[int, int] | None:
    """A number of references and the years they may lie back, both stated, or None."""
    if not _REFERENCE_WORD.search(sentence):
        return None
    counts = {count_at(m, 1) for m in _REFERENCE_COUNT.finditer(sentence)}
    years = years_back(sentence) or _one(_WITHIN_YEARS, sentence)
    if len(counts) != 1 or years is None:
        return None
    return counts.pop(), years


def extract(text: str) -> Extracted:
    """Turnover and reference levels in `text`; sentences of three words or more that were not read are `unread`."""
    result = Extracted()
    for sentence in sentences(text):
        found_turnover = turnover(sentence)
        found_references = references(sentence)
        if found_turnover:
            result.turnover.append(found_turnover)
        if found_references:
            result.references.append(found_references)
        if not found_turnover and not found_references and len(sentence.split()) >= 3:
            result.unread.append(sentence)
    return result
