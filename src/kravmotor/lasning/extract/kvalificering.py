"""Qualification requirements: turnover, references, credit rating, insurance.

Turnover is read with the same patterns as eForms criteria (`fritext.krav`). A
reference requirement often takes two sentences ("... två (2) referensuppdrag.
Referensuppdragen får inte vara äldre än tre (3) år ..."), so the count and the
period are read per section.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...fritext import krav
from ...fritext.tal import COUNT, FOREIGN_CURRENCY, count_at, sek_amounts
from ..enheter import Text
from ..kalla import Kandidat
from .monster import NEGATION

FÄLT = ("omsättning.belopp", "omsättning.antal_år", "referensuppdrag.antal", "referensuppdrag.tidsperiod_månader",
        "kreditupplysning.lägsta_riskklass", "kreditupplysning.annan_bevisning_godtas", "försäkring.belopp")

_LATEST_YEAR = re.compile(r"(?:det\s+)?senaste\s+(?:avslutade\s+)?(?:räkenskapsåret|verksamhetsåret|bokslutsåret)", re.IGNORECASE)
_REFERENCE_COUNT = re.compile(
    r"(?<![\wåäö])(?<!bilaga\s)(?<!avsnitt\s)(?<!punkt\s)(?:minst\s+|högst\s+|maximalt\s+|max\s+)?" + COUNT
    + r"\s+(?:st\.?\s+)?(?:\w+\s+){0,2}?(?:referensuppdrag(?:en)?|referenser|referensprojekt|referensobjekt|referenskunder)\b",
    re.IGNORECASE,
)
_REFERENCE_AGE = re.compile(
    r"(?:inte\s+(?:vara\s+)?äldre\s+än|under\s+de\s+(?:senaste|sista)|inom\s+de\s+(?:senaste|sista)|de\s+senaste|"
    r"inom\s+(?:en\s+period\s+av\s+)?|senast\s+för)\s+" + COUNT + r"\s+(år|åren|månader|månaderna)",
    re.IGNORECASE,
)
_RISK_CLASS = re.compile(r"riskklass\s*(?:\w+\s+){0,2}?(\d)\b|(\d)\s+(?:eller\s+(?:högre|bättre)\s+)?i\s+riskklass", re.IGNORECASE)
_CREDIT_CONTEXT = re.compile(r"kreditupplysning|kreditvärdighet|riskklass|rating|\bUC\b|creditsafe|ekonomisk\s+ställning",
                             re.IGNORECASE)
_OTHER_EVIDENCE = re.compile(
    r"(?:på\s+annat\s+sätt|genom\s+annan\s+(?:bevisning|dokumentation)|annan\s+bevisning|moderbolagsgaranti|bankgaranti|"
    r"annat\s+underlag|andra\s+handlingar)",
    re.IGNORECASE,
)
_INSURANCE = re.compile(r"försäkring", re.IGNORECASE)


def kandidater(text: Text) -> Iterator[Kandidat]:
    yield from _turnover(text)
    yield from _references(text)
    yield from _credit(text)
    yield from _insurance(text)


def _turnover(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        found = krav.turnover(sentence.text)
        if not found:
            continue
        amount, years = found
        yield sentence.kandidat("omsättning.belopp", amount, 0.9)
        if years is None and _LATEST_YEAR.search(sentence.text):
            years = 1
        if years is not None:
            yield sentence.kandidat("omsättning.antal_år", years, 0.85)


def _references(text: Text) -> Iterator[Kandidat]:
    for section in text.sections:
        sentences = [s for s in text.sentences_in(section) if re.search(r"referens", s.text, re.IGNORECASE)]
        counts = [(s, count_at(m, 1)) for s in sentences for m in _REFERENCE_COUNT.finditer(s.text)]
        ages = [(s, _months(m)) for s in sentences for m in _REFERENCE_AGE.finditer(s.text)]
        if not counts:
            continue
        distinct = {value for _s, value in counts}
        for sentence, value in counts:
            yield sentence.kandidat("referensuppdrag.antal", value, 0.85 if len(distinct) == 1 else 0.4)
        ages_distinct = {value for _s, value in ages}
        for sentence, value in ages:
            yield sentence.kandidat("referensuppdrag.tidsperiod_månader", value, 0.85 if len(ages_distinct) == 1 else 0.4)


def _months(m: re.Match) -> int:
    value = count_at(m, 1)
    return value * 12 if m.group(4).lower().startswith("år") else value


def _credit(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        if not _CREDIT_CONTEXT.search(sentence.text):
            continue
        classes = {int(m.group(1) or m.group(2)) for m in _RISK_CLASS.finditer(sentence.text)}
        if len(classes) == 1:
            value = classes.pop()
            if 1 <= value <= 5:
                yield sentence.kandidat("kreditupplysning.lägsta_riskklass", value, 0.85)
        if _OTHER_EVIDENCE.search(sentence.text) and re.search(r"riskklass|kreditupplysning|kreditvärdighet|ekonomisk", sentence.text,
                                                               re.IGNORECASE):
            yield sentence.kandidat("kreditupplysning.annan_bevisning_godtas", not NEGATION.search(sentence.text), 0.8
                                    if not NEGATION.search(sentence.text) else 0.5)


def _insurance(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        if not _INSURANCE.search(sentence.text) or FOREIGN_CURRENCY.search(sentence.text):
            continue
        amounts = set(sek_amounts(sentence.text))
        if len(amounts) == 1:
            yield sentence.kandidat("försäkring.belopp", amounts.pop(), 0.85)
        else:
            for amount in amounts:
                yield sentence.kandidat("försäkring.belopp", amount, 0.4)
