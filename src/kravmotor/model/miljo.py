"""Miljökrav and their levels bas / avancerad / spjutspets (rules area `miljö`).

`MiljöUppgifter` holds the area's top-level fields of the förfrågningsunderlag.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from .grund import Modell

Miljönivå = Literal["bas", "avancerad", "spjutspets"]


class Miljökrav(Modell):
    område: str
    nivå: Miljönivå
    användning: Literal["kvalificeringskrav", "teknisk specifikation", "tilldelningskriterium", "kontraktsvillkor"]
    verifikat: Optional[str] = None


class MiljöUppgifter(Modell):
    miljökrav: list[Miljökrav] = Field(default_factory=list)
