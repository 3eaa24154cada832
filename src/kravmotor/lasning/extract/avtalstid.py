"""The contract period: the initial period and all possible extensions together, in months.

"Avtalstiden är 24 månader med möjlighet till förlängning 12 + 12 månader",
"2 + 1 + 1 år", "från 2022-11-01 till och med 2023-10-31", "option att förlänga
vid ett eller flera tillfällen, upp till maximalt sex (6) månader".

Only clear statements are sure. Unsure (left unknown, shown as candidates): a
sentence with several extension periods and no total, or one step of several
("12 månader åt gången", "förlängning vid två tillfällen med 12 månader"); the
longest or total contract time ("den maximala kontraktstiden är fyra år", which
includes the extensions); a notice period ("senast tre månader före
avtalstidens slut"). Where the documents state the total of all extensions
("sammanlagt", "1+1+1+1 månad"), a shorter extension read elsewhere is taken as
one step of it, not as a conflicting total.
"""

from __future__ import annotations

import dataclasses
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
_TOTAL = re.compile(r"(?:sammanlagt|sammantaget|totalt|maximalt|max|högst|som\s+mest|upp\s+till|i\s+sin\s+helhet)"
                    r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_EACH_TIME = re.compile(r"åt\s+gången|per\s+gång|per\s+tillfälle|vardera|var\s+och\s+en|i\s+taget"
                        r"|(?:vid|vid\s+ett\s+eller)\s+(?:flera|\w+(?:\s*\(\d+\))?)\s+tillfällen"
                        r"|(?:flera|några|upprepade)\s+gånger|" + COUNT + r"\s+gånger", re.IGNORECASE)
# Said outright to be all the extensions together: a shorter extension read elsewhere is one step of it.
_EXPLICIT_TOTAL = re.compile(r"sammanlagt|sammantaget|totalt|i\s+sin\s+helhet", re.IGNORECASE)
# "den maximala kontraktstiden", "sammanlagt": the whole time, extensions included, when said of the contract.
_WHOLE_TIME = re.compile(r"(?:maximal|total|sammanlagd|längsta|hela)\w*\s+(?:\w+\s+)?(?:avtals|kontrakts)\w*"
                         r"|(?:sammanlagt|totalt|som\s+längst)\b", re.IGNORECASE)
# "avtalstiden inklusive förlängning är 48 månader": neither the base period nor the extensions.
_INCLUDING = re.compile(r"(?:inklusive|inkl\.?|inberäknat|medräknat)\s+(?:eventuell\w*\s+|samtliga\s+|alla\s+)?"
                        r"(?:förläng|option)\w*", re.IGNORECASE)
# "säger upp avtalet senast tre (3) månader före": a notice period, not a contract period.
_NOTICE_BEFORE = re.compile(r"(?:senast|uppsägning\w*|säg\w*\s+upp\s+(?:\w+\s+){0,2}?senast)\s+$", re.IGNORECASE)
_NOTICE_AFTER = re.compile(r"^\s*(?:innan|före|i\s+förväg|uppsägning)", re.IGNORECASE)
# "2 x 12 månader", "sex gånger med ytterligare 6 månader": a count of steps of one size.
_TIMES = re.compile(COUNT + r"\s*(?:x|gånger|ggr|\*)\s*(?:(?:med|om|á|à)\s+)?(?:ytterligare\s+)?" + COUNT
                    + r"\s*(år|månader|månad|mån)(?![\wåäö])", re.IGNORECASE)
_APPROXIMATE = re.compile(r"\b(?:ca|cirka|ungefär|uppskattningsvis|preliminärt|beräknas|omkring|runt)\b", re.IGNORECASE)
_NOT_CONTRACT = re.compile(r"anbudet\s+ska\s+vara\s+giltig|giltighetstid|bindningstid|erfarenhet|referens|uppsägningstid"
                           r"|garantitid|betalning|faktur", re.IGNORECASE)


def kandidater(text: Text) -> Iterator[Kandidat]:
    found = list(_readings(text))
    totals = {c.värde for c, stated_total in found if stated_total and c.säkerhet >= 0.85}
    for candidate, stated_total in found:
        if (len(totals) == 1 and candidate.fält == FÄLT[1] and candidate.säkerhet >= 0.85 and not stated_total
                and candidate.värde < min(totals)):
            candidate = dataclasses.replace(candidate, säkerhet=0.4)  # one step of the total stated elsewhere
        yield candidate


def _periods(part: str) -> list[tuple[int, tuple[int, int]]]:
    """The periods in `part` that are not notice periods."""
    return [(months, (start, end)) for months, (start, end) in periods_in_months(part)
            if not (_NOTICE_BEFORE.search(part[max(0, start - 40):start]) or _NOTICE_AFTER.search(part[end:end + 20]))]


def _readings(text: Text) -> Iterator[tuple[Kandidat, bool]]:
    """Every reading, and whether it is an extension stated as the total of all ("sammanlagt", "3 + 3 månader")."""
    for sentence in text.sentences:
        words = sentence.text
        if _NOT_CONTRACT.search(words):
            continue
        has_period_word = bool(_PERIOD_WORD.search(words))
        if has_period_word and _INCLUDING.search(words):  # the whole time: neither the base nor the extensions
            for months, _span in _periods(words):
                yield sentence.kandidat(FÄLT[0], months, 0.4), False
            continue
        extension = _EXTENSION.search(words)
        for base, extra, (start, _end) in plus_periods(words):
            if re.search(r"(?:förläng\w*|option\w*)[\s:]+(?:\w+\s+){0,4}$", words[max(0, start - 50):start],
                         re.IGNORECASE):
                yield sentence.kandidat(FÄLT[1], base + extra, 0.85), True  # "option 3 + 3 månader": all extension
            elif has_period_word or extension:
                yield sentence.kandidat(FÄLT[0], base, 0.85), False
                yield sentence.kandidat(FÄLT[1], extra, 0.85), True
        if has_period_word:
            yield from ((candidate, False) for candidate in _base(sentence, extension))
        if extension and (has_period_word or re.search(r"förläng", words, re.IGNORECASE)):
            yield from _extension(sentence, extension)


def _base(sentence, extension: re.Match | None) -> Iterator[Kandidat]:
    words = sentence.text
    period_word = _PERIOD_WORD.search(words)
    assert period_word is not None, "called for a sentence with a period word"
    start = period_word.end()
    end = extension.start() if extension and extension.start() > start else len(words)
    part = words[start:end]
    periods = [months for months, (at, _end) in _periods(part) if not _TOTAL.search(part[:at])]
    if len(set(periods)) == 1 and not plus_periods(part):
        unsure = _APPROXIMATE.search(part) or _WHOLE_TIME.search(words[:end])
        yield sentence.kandidat(FÄLT[0], periods[0], 0.4 if unsure else 0.85)
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


def _extension(sentence, extension: re.Match) -> Iterator[tuple[Kandidat, bool]]:
    words = sentence.text
    part = words[extension.start():]
    if plus_periods(part):
        return
    times = _TIMES.search(part)
    if times:
        size = count_at(times, 4) * (12 if times.group(7).lower() == "år" else 1)
        count = count_at(times, 1)
        yield sentence.kandidat(FÄLT[1], count * size, 0.85), True
        return
    periods = _periods(part)
    if not periods:
        return
    totals = [months for months, (start, _end) in periods if _TOTAL.search(part[:start])]
    if len(set(totals)) == 1:
        explicit = any(_EXPLICIT_TOTAL.search(part[max(0, start - 40):start]) for months, (start, _end) in periods
                       if months == totals[0])  # "högst", "upp till" may be the limit of one step
        yield sentence.kandidat(FÄLT[1], totals[0], 0.85), explicit
    elif len({months for months, _span in periods}) == 1 and not _EACH_TIME.search(part):
        yield sentence.kandidat(FÄLT[1], periods[0][0], 0.85), False
    else:
        for months, _span in periods:
            yield sentence.kandidat(FÄLT[1], months, 0.4), False
