"""The contract period: the initial period and all possible extensions together, in months.

"Avtalstiden är 24 månader med möjlighet till förlängning 12 + 12 månader",
"2 + 1 + 1 år", "från 2022-11-01 till och med 2023-10-31", "option att förlänga
vid ett eller flera tillfällen, upp till maximalt sex (6) månader". A sentence
with several extension periods and no total ("12 månader åt gången") is unsure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ...fritext.datum import dates_at
from ...fritext.tal import COUNT, count_at, periods_in_months, plus_periods
from ..enheter import Text
from ..kalla import Kandidat

FÄLT = ("avtalstid.grundperiod_månader", "avtalstid.förlängning_månader")

_PERIOD_WORD = re.compile(
    r"avtalstid(?:en)?|kontraktstid(?:en)?|avtalsperiod(?:en)?|kontraktsperiod(?:en)?|avtalets\s+löptid|"
    r"(?:avtalet|kontraktet|avropskontraktet|ramavtalet|uppdraget)\s+(?:\w+\s+){0,3}?(?:gäller|löper|pågår|avses\s+pågå|"
    r"beräknas\s+pågå|förväntas\s+pågå|planeras\s+pågå)",
    re.IGNORECASE,
)
_EXTENSION = re.compile(r"förläng\w*|option\w*", re.IGNORECASE)
_TOTAL = re.compile(r"(?:sammanlagt|totalt|maximalt|max|högst|som\s+mest|upp\s+till|i\s+sin\s+helhet)\s+(?:\w+\s+){0,2}$",
                    re.IGNORECASE)
_EACH_TIME = re.compile(r"åt\s+gången|per\s+gång|per\s+tillfälle|vardera|var\s+och\s+en|i\s+taget", re.IGNORECASE)
_TIMES = re.compile(COUNT + r"\s*(?:x|gånger|ggr|\*)\s*" + COUNT + r"\s*(år|månader)", re.IGNORECASE)
_APPROXIMATE = re.compile(r"\b(?:ca|cirka|ungefär|uppskattningsvis|preliminärt|beräknas|omkring|runt)\b", re.IGNORECASE)
_NOT_CONTRACT = re.compile(r"anbudet\s+ska\s+vara\s+giltig|giltighetstid|bindningstid|erfarenhet|referens|uppsägningstid"
                           r"|garantitid|betalning|faktur", re.IGNORECASE)


def kandidater(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        words = sentence.text
        if _NOT_CONTRACT.search(words):
            continue
        has_period_word = bool(_PERIOD_WORD.search(words))
        extension = _EXTENSION.search(words)
        for base, extra, (start, _end) in plus_periods(words):
            if re.search(r"(?:förläng\w*|option\w*)\s+(?:\w+\s+){0,4}$", words[max(0, start - 50):start], re.IGNORECASE):
                yield sentence.kandidat(FÄLT[1], base + extra, 0.85)  # "option 3 + 3 månader": all of it extension
            elif has_period_word or extension:
                yield sentence.kandidat(FÄLT[0], base, 0.85)
                yield sentence.kandidat(FÄLT[1], extra, 0.85)
        if has_period_word:
            yield from _base(sentence, extension)
        if extension and (has_period_word or re.search(r"förläng", words, re.IGNORECASE)):
            yield from _extension(sentence, extension)


def _base(sentence, extension: re.Match | None) -> Iterator[Kandidat]:
    words = sentence.text
    start = _PERIOD_WORD.search(words).end()
    end = extension.start() if extension and extension.start() > start else len(words)
    part = words[start:end]
    periods = [months for months, (at, _end) in periods_in_months(part) if not _TOTAL.search(part[:at])]
    if len(set(periods)) == 1 and not plus_periods(part):
        yield sentence.kandidat(FÄLT[0], periods[0], 0.4 if _APPROXIMATE.search(part) else 0.85)
        return
    days = [date for date, _span in dates_at(part)]
    if len(days) == 2 and not periods:
        months = _whole_months(days[0], days[1])
        if months:
            yield sentence.kandidat(FÄLT[0], months, 0.85)


def _whole_months(first: dt.date, last: dt.date) -> int | None:
    """The months from `first` to `last` inclusive, when they are whole months (2022-11-01 to 2023-10-31: 12)."""
    following = last + dt.timedelta(days=1)
    if following.day != first.day or following <= first:
        return None
    return (following.year - first.year) * 12 + following.month - first.month


def _extension(sentence, extension: re.Match) -> Iterator[Kandidat]:
    words = sentence.text
    part = words[extension.start():]
    if plus_periods(part):
        return
    times = _TIMES.search(part)
    if times:
        size = count_at(times, 4) * (12 if times.group(7).lower() == "år" else 1)
        count = count_at(times, 1)
        yield sentence.kandidat(FÄLT[1], count * size, 0.85)
        return
    periods = periods_in_months(part)
    if not periods:
        return
    totals = [months for months, (start, _end) in periods if _TOTAL.search(part[:start])]
    if len(set(totals)) == 1:
        yield sentence.kandidat(FÄLT[1], totals[0], 0.85)
    elif len({months for months, _span in periods}) == 1 and not _EACH_TIME.search(part):
        yield sentence.kandidat(FÄLT[1], periods[0][0], 0.85)
    else:
        for months, _span in periods:
            yield sentence.kandidat(FÄLT[1], months, 0.4)
