"""Whom and when a target file applies to: its giltighetsperiod and the buyers it is `gäller_för`.

A board's targets are its own, for its own years: the nämndplan's are the seven
member kommuner's, for 2023–2025. A group of procurements is judged against a
target only when every procurement in it is within the target file's period
(whole calendar years, the indicators being yearly) and made by a buyer it
applies to; otherwise the result says "målet gäller inte …" instead of a verdict.
A procurement without a year or an identifiable buyer cannot be placed, so a group
holding one is not judged either ("kan inte avgöras"): unknown is never "it applies".

A target file that names neither is read as applying to everything (the old
behaviour), and `Scope.notice` says so in every report.

    scope = read_scope(data, problem)              # while a target file is read
    restrict(results, scope, who)                  # who: group → Counter of (Buyer, year) → procurements
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..formatting import format_number

NOT_APPLICABLE = "gäller inte"  # a status beside indicators' own: the group is outside the target file's scope

KEYS = {"giltig_från", "giltig_till", "gäller_för"}
_BUYER_KEYS = {"namn", "organisationsnummer"}
_ORGNR = re.compile(r"^\d{6}-?\d{4}$")
_LISTED = 10  # buyers named in a sentence before "och N till"


@dataclass(frozen=True)
class Buyer:
    """A buyer as a target file names it, or as a procurement states it (either part may be missing)."""

    namn: str | None = None
    organisationsnummer: str | None = None

    @property
    def known(self) -> bool:
        return bool(self.namn or self.organisationsnummer)

    @property
    def label(self) -> str:
        return self.namn or self.organisationsnummer or "okänd myndighet"


def _name_key(name: str | None) -> str | None:
    return " ".join(name.split()).casefold() if name else None


def _orgnr_key(number: str | None) -> str | None:
    return number.replace("-", "") if number else None


def matches(listed: Buyer, buyer: Buyer) -> bool:
    """The organisation number decides when both have one; otherwise the name, case and spacing aside."""
    if listed.organisationsnummer and buyer.organisationsnummer:
        return _orgnr_key(listed.organisationsnummer) == _orgnr_key(buyer.organisationsnummer)
    return listed.namn is not None and _name_key(listed.namn) == _name_key(buyer.namn)


@dataclass(frozen=True)
class Scope:
    """A target file's giltighetsperiod (None: open at that end) and buyers (None: every buyer)."""

    från: dt.date | None = None
    till: dt.date | None = None
    gäller_för: tuple[Buyer, ...] | None = None
    period_stated: bool = False

    @property
    def restricts(self) -> bool:
        return self.period_stated or self.gäller_för is not None

    def applies_to_year(self, year: int) -> bool:
        """The whole calendar year lies in the period (the indicators are yearly)."""
        return ((self.från is None or self.från <= dt.date(year, 1, 1))
                and (self.till is None or dt.date(year, 12, 31) <= self.till))

    def applies_to_buyer(self, buyer: Buyer) -> bool:
        return self.gäller_för is None or any(matches(listed, buyer) for listed in self.gäller_för)

    def period_text(self) -> str:
        def year_or_date(day: dt.date, start: bool) -> str:
            whole = (day.month, day.day) == ((1, 1) if start else (12, 31))
            return str(day.year) if whole else day.isoformat()

        if self.från and self.till:
            return f"{year_or_date(self.från, True)}–{year_or_date(self.till, False)}"
        if self.från:
            return f"från {year_or_date(self.från, True)}"
        if self.till:
            return f"till och med {year_or_date(self.till, False)}"
        return "alla år"

    def buyers_text(self) -> str:
        if self.gäller_för is None:
            return "alla upphandlande myndigheter"
        return _listing([b.label for b in self.gäller_för])

    def describe(self) -> str:
        """One Swedish sentence for a report's heading."""
        return f"Målen gäller {self.period_text()} för {self.buyers_text()}."

    @property
    def notice(self) -> str | None:
        """What a report says when the file leaves out its period or its buyers."""
        missing = [what for what, stated in (("giltighetsperiod (giltig_från, giltig_till)", self.period_stated),
                                             ("gäller_för", self.gäller_för is not None)) if not stated]
        if not missing:
            return None
        return (f"Målfilen anger ingen {' och ingen '.join(missing)}: målen prövas mot "
                f"{'alla år' if not self.period_stated else 'sin period'} och "
                f"{'alla upphandlande myndigheter' if self.gäller_för is None else 'sina myndigheter'}. "
                "Ange dem i målfilen så att bara de upphandlingar målen gäller för bedöms.")

    def to_json(self) -> dict:
        return {
            "giltig_från": self.från.isoformat() if self.från else None,
            "giltig_till": self.till.isoformat() if self.till else None,
            "gäller_för": ([{"namn": b.namn, "organisationsnummer": b.organisationsnummer} for b in self.gäller_för]
                           if self.gäller_för is not None else None),
            "anmärkning": self.notice,
        }


EVERYTHING = Scope()


def _listing(names: list[str]) -> str:
    shown = names[:_LISTED]
    rest = len(names) - len(shown)
    if rest:
        return ", ".join(shown) + f" och {format_number(rest)} till"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " och " + shown[-1]


# --- reading ----------------------------------------------------------------------------------


def read_scope(data: dict, problem: Callable[[str, str], None]) -> Scope:
    """The scope stated at the top of a target file; `problem(path, message)` records a located error."""
    start = _day(data.get("giltig_från"), "giltig_från", problem, start=True)
    end = _day(data.get("giltig_till"), "giltig_till", problem, start=False)
    if start and end and end < start:
        problem("giltig_till", f"perioden slutar ({end.isoformat()}) före den börjar ({start.isoformat()} i giltig_från)")
    buyers = _buyers(data.get("gäller_för"), problem) if "gäller_för" in data else None
    return Scope(start, end, buyers, period_stated=start is not None or end is not None)


def _day(value: Any, path: str, problem: Callable[[str, str], None], start: bool) -> dt.date | None:
    """A date (2023-01-01) or a whole year (2023: its first or last day)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    if re.fullmatch(r"\d{4}", text):
        year = int(text)
        if 1900 <= year <= 2200:
            return dt.date(year, 1, 1) if start else dt.date(year, 12, 31)
    elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:  # 2023-13-01: the shape of a date, not a date
            pass
    problem(path, f"ska vara ett datum (ÅÅÅÅ-MM-DD) eller ett år (ÅÅÅÅ), angivet: {value!r}")
    return None


def _buyers(value: Any, problem: Callable[[str, str], None]) -> tuple[Buyer, ...] | None:
    if not isinstance(value, list) or not value:
        problem("gäller_för", "ska vara en lista med minst en upphandlande myndighet (namn och/eller organisationsnummer)")
        return None
    buyers = []
    for index, item in enumerate(value):
        path = f"gäller_för[{index}]"
        if isinstance(item, str) and item.strip():
            buyers.append(Buyer(namn=" ".join(item.split())))
            continue
        if not isinstance(item, dict):
            problem(path, "ska vara ett namn eller en mappning med namn och/eller organisationsnummer")
            continue
        for key in item:
            if key not in _BUYER_KEYS:
                problem(f"{path}.{key}", f"okänd nyckel ”{key}”; tillåtna: {', '.join(sorted(_BUYER_KEYS))}")
        name, number = item.get("namn"), item.get("organisationsnummer")
        if name is not None and (not isinstance(name, str) or not name.strip()):
            problem(f"{path}.namn", f"ska vara en text, angivet: {name!r}")
            name = None
        if number is not None:
            number = str(number).strip() if isinstance(number, (str, int)) and not isinstance(number, bool) else ""
            if not _ORGNR.fullmatch(number):
                problem(f"{path}.organisationsnummer",
                        f"ska vara tio siffror, t.ex. 212000-2270, angivet: {item.get('organisationsnummer')!r}")
                number = None
        if name is None and number is None:
            problem(path, "anger varken namn eller organisationsnummer")
            continue
        buyers.append(Buyer(" ".join(name.split()) if name else None, number))
    return tuple(buyers)


# --- judging ----------------------------------------------------------------------------------

Who = Mapping[tuple[Buyer, "int | None"], int]  # (buyer, year of annonseringsdatum) → procurements


def restrict(results: list, scope: Scope, who: Mapping[Any, Who]) -> list:
    """`results` (IndicatorResults) with the verdicts on groups the target does not apply to replaced.

    `who` maps each group to its procurements counted per (buyer, year). Only a verdict
    is replaced: "följs" and "underlaget räcker inte" say nothing about a target.
    """
    from .indicators import MET, NOT_MET, UNDECIDED  # imported here: indicators imports this module

    if not scope.restricts:
        return results
    reasons: dict[Any, tuple[bool | None, str] | None] = {}
    out = []
    for result in results:
        if result.status not in (MET, NOT_MET, UNDECIDED) or result.target is None or not result.target.has_goal:
            out.append(result)
            continue
        if result.group not in reasons:
            reasons[result.group] = why_not(scope, who[result.group])
        reason = reasons[result.group]
        if reason is None:
            out.append(result)
        else:
            applies, explanation = reason
            status = UNDECIDED if applies is None else NOT_APPLICABLE
            out.append(dataclasses.replace(result, status=status, explanation=explanation))
    return out


def why_not(scope: Scope, who: Who) -> tuple[bool | None, str] | None:
    """None when the scope covers every procurement of a group; else (False, why) when it is known
    not to cover some, or (None, why) when some cannot be placed (no year, no buyer)."""
    total = sum(who.values())
    years: Counter = Counter()
    buyers: Counter = Counter()
    for (buyer, year), n in who.items():
        years[year] += n
        buyers[buyer] += n
    outside_years = sorted(y for y in years if y is not None and not scope.applies_to_year(y))
    outside_buyers = [b for b in buyers if b.known and not scope.applies_to_buyer(b)]
    sentences = []
    if outside_years:
        n = sum(years[y] for y in outside_years)
        part = "" if n == total else f" ({_count(n)} av {_count(total)} upphandlingar)"
        sentences.append(f"Målet gäller inte {_listing([str(y) for y in outside_years])}{part}: "
                         f"målfilen gäller {scope.period_text()}.")
    if outside_buyers:
        n = sum(buyers[b] for b in outside_buyers)
        whom = (outside_buyers[0].label if len(outside_buyers) == 1
                else f"{_count(len(outside_buyers))} av gruppens upphandlande myndigheter")
        part = "" if n == total else f" ({_count(n)} av {_count(total)} upphandlingar)"
        sentences.append(f"Målet gäller inte {whom}{part}: målfilen gäller för {scope.buyers_text()}.")
    if sentences:
        return False, " ".join(sentences)
    unknown = []
    if scope.period_stated and years.get(None):
        unknown.append(f"{_procurements(years[None])} saknar annonseringsdatum")
    if scope.gäller_för is not None and any(not b.known for b in buyers):
        unknown.append(f"{_procurements(sum(n for b, n in buyers.items() if not b.known))} saknar upphandlande myndighet")
    if unknown:
        return None, f"Det går inte att avgöra om målet gäller: {' och '.join(unknown)}."
    return None


def _count(n: int) -> str:
    return format_number(n)


def _procurements(n: int) -> str:
    return "1 upphandling" if n == 1 else f"{format_number(n)} upphandlingar"
