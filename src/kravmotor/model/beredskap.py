"""Beredskapsvillkor: delivery in crisis and säkerhetsskydd (rules area `beredskap`).

`BeredskapsVillkor` holds the area's fields inside `särskilda_kontraktsvillkor`;
`BeredskapsUppgifter` holds its top-level fields of the förfrågningsunderlag.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from .grund import Modell


class Beredskapsklausul(Modell):
    slag: Literal[
        "leveransåtagande per krisnivå",
        "beredskapsavtal",
        "lagerhållning",
        "option på ökad volym",
        "kontinuitetsplan",
        "ändringsklausul",
        "force majeure",
        "säkerhetsskydd",
        "allmän leveransutfästelse",
    ]
    beskrivning: Optional[str] = None


class BeredskapsVillkor(Modell):
    beredskapsklausuler: list[Beredskapsklausul] = Field(default_factory=list)


class BeredskapsUppgifter(Modell):
    pass
