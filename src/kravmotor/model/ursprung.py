"""Where a value of a document comes from: a place in a tender document, a field of a notice,
a column of a statistics export. Findings quote it, so a procurer sees what a rule rests on."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from .grund import Modell


class Ursprung(Modell):
    """One source of a value. A document read from Word or PDF gives file, page, section and the
    sentence quoted; an imported notice or export gives the source field (`fält`) and a note."""

    fil: str | None = Field(default=None, description="Filen värdet står i, t.ex. ”Administrativa föreskrifter.pdf”.")
    sida: int | None = Field(default=None, ge=1, description="Sidan i en PDF-fil.")
    avsnitt: str | None = Field(default=None, description="Avsnittets nummer, t.ex. ”2.2”.")
    rubrik: str | None = Field(default=None, description="Avsnittets rubrik.")
    citat: str | None = Field(default=None, description="Meningen värdet är läst ur, ordagrant.")
    fält: str | None = Field(default=None, description="Fältet i källan, t.ex. ”BT-27 (cbc:EstimatedOverallContractAmount)” "
                                                         "eller en kolumn i en statistikexport.")
    anmärkning: str | None = Field(default=None, description="Vad som gäller värdet, t.ex. att ett belopp inte räknats om.")
    säkerhet: float | None = Field(default=None, ge=0, le=1, description="Hur säkert mönstret var när värdet lästes ur fritext (0–1).")
    status: Literal["utkast", "bekräftad"] | None = Field(
        default=None, description="utkast: läst av kravmotor och inte bekräftat; bekräftad: en person har bekräftat värdet.")

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        """A plain text is the source field and its note, as importers write it: "BT-27 (...): 500000 EUR"."""
        return {"fält": value} if isinstance(value, str) else value

    def text(self) -> str:
        """"Administrativa föreskrifter.pdf, avsnitt 2.2 Ekonomisk ställning, sida 3: ”… 40 miljoner kronor …”"."""
        if self.fil:
            place = [self.fil]
            if self.avsnitt or self.rubrik:
                place.append("avsnitt " + " ".join(p for p in (self.avsnitt, self.rubrik) if p))
            if self.sida:
                place.append(f"sida {self.sida}")
            quote = f": ”{self.citat}”" if self.citat else ""
            return ", ".join(place) + quote + (f" ({self.anmärkning})" if self.anmärkning else "")
        return "; ".join(p for p in (self.fält, self.anmärkning) if p)
