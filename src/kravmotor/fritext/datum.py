"""Dates as Swedish texts write them: 2021-05-17, 17 maj 2021, den 17/5 2021, 17.05.2021, 2021.05.17."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4, "maj": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(
    r"(?<![\d.\-/])(?:"
    r"(?P<iy>20\d{2})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"  # 2021-05-17
    r"|(?P<dy>20\d{2})\.(?P<dm>\d{2})\.(?P<dd>\d{2})"  # 2021.05.17
    r"|(?P<ed>\d{1,2})\.(?P<em>\d{1,2})\.(?P<ey>20\d{2})"  # 17.05.2021
    r"|(?P<sd>\d{1,2})/(?P<sm>\d{1,2})(?:[ -]|\s*,\s*|/)(?P<sy>20\d{2})"  # 17/5 2021, 17/5/2021
    r"|(?P<wd>\d{1,2}):?e?\s+(?P<wm>" + _MONTH + r")\.?\s+(?P<wy>20\d{2})"  # 17 maj 2021
    r")(?![\d])",
    re.IGNORECASE,
)


def dates_at(sentence: str) -> list[tuple[dt.date, tuple[int, int]]]:
    """Every valid date in the sentence, with its place; an impossible one (2021-02-30) is skipped."""
    found = []
    for m in _DATE.finditer(sentence):
        g = m.groupdict()
        if g["iy"]:
            y, mo, d = g["iy"], g["im"], g["id"]
        elif g["dy"]:
            y, mo, d = g["dy"], g["dm"], g["dd"]
        elif g["ey"]:
            y, mo, d = g["ey"], g["em"], g["ed"]
        elif g["sy"]:
            y, mo, d = g["sy"], g["sm"], g["sd"]
        else:
            y, mo, d = g["wy"], MONTHS[g["wm"].lower()], g["wd"]
        try:
            found.append((dt.date(int(y), int(mo), int(d)), m.span()))
        except ValueError:
            continue
    return found


def dates(sentence: str) -> list[dt.date]:
    return [date for date, _span in dates_at(sentence)]
