"""Requirement levels from the free text of a selection criterion (eForms BT-750), Swedish or English.

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
from decimal import Decimal, InvalidOperation

_WORD_NUMBERS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
_COUNT = r"(\d{1,3}|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"

# A number as written in Swedish or English notices: 5 000 000, 5.000.000, 5,000,000, 1,5, 1.5.
_NUMBER = r"(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)"
_MILLION_AFTER = r"(?:miljoner|miljon|million|millions|mn|M)"
_AMOUNT = re.compile(
    # SEK 5 000 000 / SEK 5 million / kr 300 000
    r"(?<![\w])(?:SEK|kr\.?)\s*" + _NUMBER + r"(?:\s*(" + _MILLION_AFTER + r")(?![\w]))?"
    # 5 000 000 SEK / 3 MSEK / 3 miljoner kronor / 1,5 mkr / 500 tkr / 200 000:-
    r"|" + _NUMBER + r"\s*(MSEK|Mkr|mkr|miljoner\s+kronor|miljon\s+kronor|miljoner\s+SEK|million\s+SEK|millions?\s+of\s+SEK"
    r"|million\s+kronor|TSEK|tkr|SEK|kronor|kr|:-)(?![\w])",
)
_FOREIGN_CURRENCY = re.compile(r"(?<![\w])(EUR|GBP|USD|NOK|DKK|CHF|euro|euros|pounds?)(?![\w])|[€£$]", re.IGNORECASE)

_TURNOVER = re.compile(r"omsättning|turnover", re.IGNORECASE)
_MINIMUM = re.compile(r"\b(minst|lägst|lägsta|minimum|minimi|at least|not less than|no less than|minimal)\b|≥", re.IGNORECASE)
_RELATIVE = re.compile(r"gånger|times|procent av|% av|per ?cent of|% of|kontraktsvärdet|contract value", re.IGNORECASE)
_YEARS_BACK = re.compile(
    r"(?:de\s+|den\s+)?(?:senaste|sista|föregående|last|past|previous|preceding)\s+" + _COUNT
    + r"\s+(?:\(\d+\)\s+)?(?:åren|år|räkenskapsåren|räkenskapsår|verksamhetsåren|years|financial\s+years|fiscal\s+years|accounting\s+years)",
    re.IGNORECASE,
)
_REFERENCE_COUNT = re.compile(
    r"\b(?:minst|at least|minimum(?: of)?|no fewer than|not less than)?\s*" + _COUNT
    + r"\s+(?:\(\d+\)\s+)?(?:st\s+)?(?:likvärdiga\s+|liknande\s+|jämförbara\s+|relevanta\s+|similar\s+|comparable\s+|relevant\s+)?"
    r"(referensuppdrag|referenser|referensprojekt|uppdrag|references|reference\s+projects|reference\s+contracts|contracts|projects|assignments)\b",
    re.IGNORECASE,
)
_REFERENCE_WORD = re.compile(r"referens|reference|liknande uppdrag|similar contracts|similar projects", re.IGNORECASE)


@dataclass
class Extracted:
    """What a criterion's text says in a form the model can hold, and what it could not read."""

    turnover: list[tuple[Decimal, int | None]] = field(default_factory=list)  # (belopp in kr, antal_år)
    references: list[tuple[int, int]] = field(default_factory=list)  # (antal, tidsperiod_år)
    unread: list[str] = field(default_factory=list)  # sentences that may state a requirement but were not read


def sentences(text: str) -> list[str]:
    """Sentences and list items: split after . ! ? ; or a dash/bullet that starts an item."""
    parts = re.split(r"(?<=[.!?;])\s+(?=[A-ZÅÄÖ0-9(–—•-])|\s+[–—•]\s+|\n+", text.strip())
    return [p.strip(" –—•-") for p in parts if p and p.strip(" –—•-")]


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _WORD_NUMBERS[word.lower()]


def _number(text: str, scaled: bool) -> Decimal | None:
    """`5 000 000`, `5.000.000`, `5,000,000.00`, `1,5`; with a scale word (MSEK), `1.500` is read as 1,5."""
    text = re.sub(r"[ \u00a0\u202f]", "", text)
    grouped = re.fullmatch(r"(\d{1,3}(?:[.,]\d{3})+)(?:[.,](\d{1,2}))?", text)
    if grouped and not (scaled and re.fullmatch(r"\d{1,3}[.,]\d{3}", text)):
        text = re.sub(r"[.,]", "", grouped.group(1)) + ("." + grouped.group(2) if grouped.group(2) else "")
    else:
        text = text.replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def sek_amounts(sentence: str) -> list[Decimal]:
    """Amounts in Swedish kronor in the sentence, as plain kronor."""
    amounts = []
    for m in _AMOUNT.finditer(sentence):
        if m.group(1):
            scale = Decimal(1_000_000) if m.group(2) else Decimal(1)
            value = _number(m.group(1), bool(m.group(2)))
        else:
            unit = m.group(4).lower()
            scale = (Decimal(1_000_000) if unit.startswith(("msek", "mkr", "milj", "mill")) else
                     Decimal(1000) if unit in ("tsek", "tkr") else Decimal(1))
            value = _number(m.group(3), scale != 1)
        if value is not None:
            amounts.append((value * scale).quantize(Decimal("0.01")))
    return amounts


def _years(sentence: str) -> int | None:
    found = {_count(m.group(1)) for m in _YEARS_BACK.finditer(sentence)}
    return found.pop() if len(found) == 1 else None


def _turnover(sentence: str) -> tuple[Decimal, int | None] | None:
    """A minimum turnover stated as one absolute amount in kronor, or None."""
    if not _TURNOVER.search(sentence) or not _MINIMUM.search(sentence):
        return None
    if _FOREIGN_CURRENCY.search(sentence) or _RELATIVE.search(sentence):
        return None
    amounts = set(sek_amounts(sentence))
    if len(amounts) != 1:
        return None
    return amounts.pop(), _years(sentence)


def _references(sentence: str) -> tuple[int, int] | None:
    """A number of references and the years they may lie back, both stated, or None."""
    if not _REFERENCE_WORD.search(sentence):
        return None
    counts = {_count(m.group(1)) for m in _REFERENCE_COUNT.finditer(sentence)}
    years = _years(sentence) or _within_years(sentence)
    if len(counts) != 1 or years is None:
        return None
    return counts.pop(), years


_WITHIN_YEARS = re.compile(r"(?:inom|within|during|under)\s+(?:de\s+|the\s+)?(?:senaste\s+|last\s+|past\s+)?" + _COUNT
                           + r"\s+(?:åren|år|years)", re.IGNORECASE)


def _within_years(sentence: str) -> int | None:
    found = {_count(m.group(1)) for m in _WITHIN_YEARS.finditer(sentence)}
    return found.pop() if len(found) == 1 else None


def extract(text: str) -> Extracted:
    """Turnover and reference levels in `text`; sentences of three words or more that were not read are `unread`."""
    result = Extracted()
    for sentence in sentences(text):
        turnover = _turnover(sentence)
        references = _references(sentence)
        if turnover:
            result.turnover.append(turnover)
        if references:
            result.references.append(references)
        if not turnover and not references and len(sentence.split()) >= 3:
            result.unread.append(sentence)
    return result
