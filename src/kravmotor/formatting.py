"""Values the Swedish way: `3 000 000 kr`, `35 dagar`, `1,5 år`, `ja`/`nej`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from .values import UNKNOWN, Span

_SINGULAR = {"dagar": "dag", "månader": "månad"}
MISSING = "uppgift saknas"
UNKNOWN_TEXT = "okänt"


def format_number(value: Decimal | int | float) -> str:
    number = Decimal(str(value)) if not isinstance(value, Decimal) else value
    number = number.quantize(Decimal("0.01")).normalize() if number != number.to_integral() else number.to_integral()
    sign = "-" if number < 0 else ""
    whole, _, fraction = f"{abs(number):f}".partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    text = sign + " ".join(groups or ["0"])
    return f"{text},{fraction}" if fraction else text


def format_value(value: Any, unit: str | None = None) -> str:
    if value is None:
        return MISSING
    if value is UNKNOWN:
        return UNKNOWN_TEXT
    if isinstance(value, Span) and value.high == float("inf"):
        return f"minst {format_value(value.low, unit)}"
    if isinstance(value, Span):
        return f"mellan {format_number(value.low)} och {format_value(value.high, unit)}"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    if isinstance(value, (int, float, Decimal)):
        if unit == "år" and Decimal(str(value)) != Decimal(str(value)).to_integral():
            return _years_and_months(value)
        text = format_number(value)
        if unit == "procent":
            return f"{text} %"
        if unit:
            word = _SINGULAR.get(unit, unit) if Decimal(str(value)) in (1, -1) else unit
            return f"{text} {word}"
        return text
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v) for v in value) if value else "inga"
    return str(value)


def _years_and_months(years: Decimal | int | float) -> str:
    """A period given in months as years and months: 1,5 år is `1 år och 6 månader`."""
    whole, months = divmod(int((Decimal(str(years)) * 12).to_integral_value()), 12)
    month_text = format_value(months, "månader")
    return f"{format_value(whole, 'år')} och {month_text}" if whole else month_text
