"""Keeping unserious suppliers out, on the document side (rules area `seriositet`).

`SeriositetsVillkor` holds the area's fields inside `särskilda_kontraktsvillkor`;
`SeriositetsUppgifter` holds its top-level fields of the förfrågningsunderlag.
"""

from __future__ import annotations

from typing import Optional

from .grund import Antal, Modell


class Underleverantörsvillkor(Modell):
    godkännande_krävs: bool = False
    begränsning_led: Optional[Antal] = None
    rätt_till_insyn: bool = False


class SeriositetsVillkor(Modell):
    underleverantörsvillkor: Optional[Underleverantörsvillkor] = None


class SeriositetsUppgifter(Modell):
    pass
