"""Building blocks shared by every part of the document model: units, amounts, the base class."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class Enhet:
    """Marks a numeric field with the unit it is measured in (kr, år, ...)."""

    def __init__(self, namn: str):
        self.namn = namn

    def __repr__(self) -> str:
        return f"Enhet({self.namn!r})"


# At most 10^15 kr and öre precision: far beyond any procurement, and within what
# the engines represent exactly enough (doubles; durable_rules refuses exponents).
Belopp = Annotated[Decimal, Field(ge=0, le=10**15, decimal_places=2, description="Belopp i kronor exklusive moms."), Enhet("kr")]
Antal_år = Annotated[int, Field(ge=0, le=100), Enhet("år")]
Antal_månader = Annotated[int, Field(ge=0, le=1200), Enhet("månader")]
Procent = Annotated[Decimal, Field(ge=0, le=100, decimal_places=2), Enhet("procent")]
Antal = Annotated[int, Field(ge=0)]
CpvKod = Annotated[str, Field(pattern=r"^\d{8}(-\d)?$", description="CPV-kod, åtta siffror, t.ex. 90911200-8.")]
Organisationsnummer = Annotated[str, Field(pattern=r"^\d{6}-?\d{4}$", description="Organisationsnummer, t.ex. 212000-2163.")]


class Modell(BaseModel):
    """Base for every part of the document: unknown fields are errors, not ignored."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, str_strip_whitespace=True)
