"""Sysselsättningskrav, arbetsrättsliga villkor and reserved contracts (rules area `sociala`).

`SocialaVillkor` holds the area's fields inside `särskilda_kontraktsvillkor`;
`SocialaUppgifter` holds its top-level fields of the förfrågningsunderlag.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from .grund import Antal, Modell


class Sysselsättningskrav(Modell):
    beskrivning: str
    antal_personer: Optional[Antal] = None
    målgrupp: Optional[str] = None


class ArbetsrättsligaVillkor(Modell):
    lön: bool = False
    semester: bool = False
    arbetstid: bool = False
    nivå: Optional[Literal["central kollektivavtal", "lag", "ILO:s kärnkonventioner", "annan"]] = None
    gäller_underleverantörer: bool = False


class SocialaVillkor(Modell):
    sysselsättningskrav: Optional[Sysselsättningskrav] = None
    arbetsrättsliga_villkor: Optional[ArbetsrättsligaVillkor] = None


class SocialaUppgifter(Modell):
    pass
