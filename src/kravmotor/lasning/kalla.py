"""An extracted value with its source, and the result per field: found, conflicting or unknown.

A value counts as read only when the readings that are sure of themselves agree.
Readings that disagree, or a reading the pattern is unsure of, leave the field
unknown, with the candidates shown so that a person can decide.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .block import Block

Status = Literal["utkast", "bekräftad"]
SURE = 0.8  # a candidate below this confidence is shown, never used
_QUOTE_MAX = 300


@dataclass(frozen=True)
class Källa:
    """Where a value stands: file, page, section and heading, and the sentence quoted."""

    fil: str
    sida: int | None
    avsnitt: str | None
    rubrik: str | None
    citat: str

    @classmethod
    def of(cls, block: Block, quote: str) -> Källa:
        quote = " ".join(quote.split())
        if len(quote) > _QUOTE_MAX:
            quote = quote[:_QUOTE_MAX - 1].rstrip() + "…"
        return cls(block.file, block.page, block.section, block.heading, quote)

    @property
    def plats(self) -> str:
        """"avsnitt 2.2 Ekonomisk ställning, sida 3"."""
        parts = []
        if self.avsnitt or self.rubrik:
            parts.append("avsnitt " + " ".join(p for p in (self.avsnitt, self.rubrik) if p))
        if self.sida is not None:
            parts.append(f"sida {self.sida}")
        return ", ".join(parts)

    def text(self) -> str:
        """"Administrativa föreskrifter.pdf, avsnitt 2.2 Ekonomisk ställning, sida 3: ”… minst 40 miljoner kronor …”"."""
        place = f", {self.plats}" if self.plats else ""
        return f"{self.fil}{place}: ”{self.citat}”"

    def as_dict(self) -> dict[str, Any]:
        return {"fil": self.fil, "sida": self.sida, "avsnitt": self.avsnitt, "rubrik": self.rubrik, "citat": self.citat}


@dataclass(frozen=True)
class Kandidat:
    """One reading of a field: a value, the sentence it rests on and how sure the pattern is of it."""

    fält: str
    värde: Any
    källa: Källa
    säkerhet: float


@dataclass
class Uppgift:
    """What the document says about one field after all readings are weighed."""

    fält: str
    värde: Any = None  # None: unknown (not found, conflicting or unsure)
    källa: Källa | None = None
    säkerhet: float = 0.0
    status: Status = "utkast"
    kandidater: list[Kandidat] = field(default_factory=list)  # the readings behind an unknown, for a person

    @property
    def läge(self) -> Literal["hittad", "konflikt", "osäker", "okänd"]:
        if self.värde is not None:
            return "hittad"
        if not self.kandidater:
            return "okänd"
        sure = {_key(c.värde) for c in self.kandidater if c.säkerhet >= SURE}
        return "konflikt" if len(sure) > 1 else "osäker"


def _key(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(sorted(_key(v) for v in value))
    if isinstance(value, dict):
        return tuple(sorted((k, _key(v)) for k, v in value.items()))
    if isinstance(value, str):
        return value.casefold()
    return value


def resolve(field_name: str, candidates: list[Kandidat]) -> Uppgift:
    """One value when every sure reading agrees; otherwise unknown, with the candidates."""
    sure = [c for c in candidates if c.säkerhet >= SURE]
    values = {_key(c.värde) for c in sure}
    if len(values) == 1:
        best = max(sure, key=lambda c: (c.säkerhet, len(c.källa.citat)))  # a sentence rather than a bare heading
        return Uppgift(field_name, best.värde, best.källa, best.säkerhet, "utkast")
    return Uppgift(field_name, kandidater=_distinct(candidates))


def merge_items(field_name: str, candidates: list[Kandidat], key: str) -> Uppgift:
    """A list field (certificates, brands): the union of sure items; an item read two ways is left out and shown."""
    sure = [c for c in candidates if c.säkerhet >= SURE]
    by_item: dict[Any, list[Kandidat]] = {}
    for candidate in sure:
        by_item.setdefault(_key(candidate.värde[key]), []).append(candidate)
    items, sources, doubtful = [], [], []
    for readings in by_item.values():
        if len({_key(c.värde) for c in readings}) == 1:
            items.append(readings[0].värde)
            sources.append(readings[0])
        else:
            doubtful.extend(readings)
    unsure = [c for c in candidates if c.säkerhet < SURE]
    if not items:
        return Uppgift(field_name, kandidater=_distinct(doubtful + unsure))
    first = sources[0]
    return Uppgift(field_name, items, first.källa, min(c.säkerhet for c in sources), "utkast",
                   kandidater=_distinct(doubtful))


def _distinct(candidates: list[Kandidat], limit: int = 5) -> list[Kandidat]:
    """At most `limit` candidates per value, surest first, so a report stays readable."""
    seen: dict[Any, int] = {}
    kept: list[Kandidat] = []
    for candidate in sorted(candidates, key=lambda c: -c.säkerhet):
        key = _key(candidate.värde)
        if seen.get(key, 0) < 2 and len(kept) < limit * 2:
            seen[key] = seen.get(key, 0) + 1
            kept.append(candidate)
    return kept
