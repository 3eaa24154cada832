"""Numbers, counts, amounts and periods as Swedish (and English) procurement texts write them.

One place for every reader of free text: eForms criteria, Word and PDF documents.
Each function finds values in one sentence and returns them all, so that the
caller can tell one clear value from several conflicting ones.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

WORD_NUMBERS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
    "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18,
    "nitton": 19, "tjugo": 20, "tjugofyra": 24, "trettio": 30, "trettiosex": 36, "fyrtio": 40, "fyrtioåtta": 48,
    "femtio": 50, "sextio": 60,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twelve": 12, "twenty": 20, "thirty": 30,
}
_WORDS = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
# "tre", "3", "tre (3)", "(3)": the figure in brackets wins when both are written.
COUNT = r"(?:(\d{1,3})|(" + _WORDS + r"))(?:\s*\((\d{1,3})\))?"
COUNT_GROUPS = 3


def count(digits: str | None, word: str | None, bracketed: str | None = None) -> int:
    """The value of a COUNT match's three groups."""
    if bracketed:
        return int(bracketed)
    if digits:
        return int(digits)
    assert word is not None, "a COUNT match has digits or a word"
    return WORD_NUMBERS[word.lower()]


def count_at(match: re.Match, first_group: int) -> int:
    return count(*match.group(first_group, first_group + 1, first_group + 2))


# A number as written in Swedish or English texts: 5 000 000, 5.000.000, 5,000,000, 1,5, 1.5.
NUMBER = r"(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)"
_MILLION_AFTER = r"(?:miljoner|miljon|million|millions|mn|M)"
_AMOUNT = re.compile(
    # SEK 5 000 000 / SEK 5 million / kr 300 000
    r"(?<![\w])(?:SEK|kr\.?)\s*" + NUMBER + r"(?:\s*(" + _MILLION_AFTER + r")(?![\w]))?"
    # 5 000 000 SEK / 3 MSEK / 3 miljoner kronor / 1,5 mkr / 500 tkr / 200 000:- / 2 miljarder kronor
    r"|" + NUMBER + r"\s*(MSEK|Mkr|mkr|miljarder\s+kronor|miljard\s+kronor|mdkr|miljoner\s+kronor|miljon\s+kronor"
    r"|miljoner\s+SEK|million\s+SEK|millions?\s+of\s+SEK|million\s+kronor|TSEK|tkr|SEK|kronor|kr|:-)(?![\w])",
)
FOREIGN_CURRENCY = re.compile(r"(?<![\w])(EUR|GBP|USD|NOK|DKK|CHF|euro|euros|pounds?)(?![\w])|[€£$]", re.IGNORECASE)


def number(text: str, scaled: bool = False) -> Decimal | None:
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
    return [amount for amount, _span in sek_amounts_at(sentence)]


def sek_amounts_at(sentence: str) -> list[tuple[Decimal, tuple[int, int]]]:
    """Amounts in kronor with where they stand in the sentence."""
    amounts = []
    for m in _AMOUNT.finditer(sentence):
        if m.group(1):
            scale = Decimal(1_000_000) if m.group(2) else Decimal(1)
            value = number(m.group(1), bool(m.group(2)))
        else:
            unit = m.group(4).lower()
            scale = (Decimal(1_000_000_000) if unit.startswith(("miljard", "mdkr")) else
                     Decimal(1_000_000) if unit.startswith(("msek", "mkr", "milj", "mill")) else
                     Decimal(1000) if unit in ("tsek", "tkr") else Decimal(1))
            value = number(m.group(3), scale != 1)
        if value is not None:
            amounts.append(((value * scale).quantize(Decimal("0.01")), m.span()))
    return amounts


PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|procent|per\s?cent)", re.IGNORECASE)


def percentages(sentence: str) -> list[Decimal]:
    return [Decimal(m.group(1).replace(",", ".")) for m in PERCENT.finditer(sentence)]


# "24 månader", "två (2) år", "6 mån": a period, in months.
_PERIOD = re.compile(r"(?<![\w.,])" + COUNT + r"\s*(?:\+\s*" + COUNT + r"\s*)?(år|månader|månad|mån\.?|veckor|months|years)(?![\wåäö])",
                     re.IGNORECASE)


def periods_in_months(sentence: str) -> list[tuple[int, tuple[int, int]]]:
    """Periods written as a count of years or months, in months, with their place in the sentence ("2+1 år" is skipped)."""
    found = []
    for m in _PERIOD.finditer(sentence):
        if m.group(4) or m.group(5):  # "2 + 1 år": a base period and an extension in one, read by the caller
            continue
        value = count_at(m, 1)
        unit = m.group(7).lower()
        if unit.startswith("vec"):
            continue
        found.append((value * 12 if unit in ("år", "years") else value, m.span()))
    return found


_PLUS_UNIT = r"(år|månader|månad|mån\.?)"
_PLUS = re.compile(r"(?<![\w.,])(\d{1,2})(?:\s*" + _PLUS_UNIT + r")?((?:\s*\+\s*\d{1,2}(?:\s*" + _PLUS_UNIT
                   + r"(?=\s*\+))?)+)\s*" + _PLUS_UNIT + r"(?![\wåäö])", re.IGNORECASE)


def plus_periods(sentence: str) -> list[tuple[int, int, tuple[int, int]]]:
    """"2 + 1 + 1 år", "24+12 månader", "3 mån + 3 mån": the base period and all extensions together, in months.

    Terms in different units ("1 år + 6 mån") are not summed: the caller sees no sum.
    """
    found = []
    for m in _PLUS.finditer(sentence):
        units = {("år" if unit.lower() == "år" else "mån") for unit in re.findall(_PLUS_UNIT, m.group(0), re.IGNORECASE)}
        if len(units) != 1:
            continue
        factor = 12 if units == {"år"} else 1
        extensions = [int(x) for x in re.findall(r"\d{1,2}", m.group(3))]
        found.append((int(m.group(1)) * factor, sum(extensions) * factor, m.span()))
    return found
