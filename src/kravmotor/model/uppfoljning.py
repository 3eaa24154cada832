"""How a procurement went: facts for the board's indicators (`kravmotor revision`).

None of these is known before publication; they come from statistics and award
notices. `None` means the source does not say. Rules may read them, but no rule
of the pre-publication check does.
"""

from __future__ import annotations


from pydantic import Field

from .grund import Antal, Belopp, empty_list, Modell


class Uppföljning(Modell):
    antal_anbud: list[Antal] = Field(
        default_factory=empty_list, description="Antal anbud per anbudsområde (delkontrakt), ett tal per område.")
    överprövad: bool | None = Field(default=None, description="Om upphandlingen har överprövats i domstol.")
    samordnad: bool | None = Field(
        default=None, description="Om upphandlingen görs samordnat, för flera upphandlande myndigheter.")
    miljömässigt_hållbar: bool | None = Field(
        default=None, description="Om annonsen anger miljökrav (Upphandlingsmyndighetens statistik, eForms BT-774).")
    socialt_hållbar: bool | None = Field(
        default=None, description="Om annonsen anger sociala krav (Upphandlingsmyndighetens statistik, eForms BT-775).")
    reserverad: bool | None = Field(
        default=None, description="Om deltagandet eller genomförandet är reserverat (Upphandlingsmyndighetens statistik, eForms BT-71).")
    innovationsupphandling: bool | None = Field(
        default=None, description="Om upphandlingen är en innovationsupphandling (eForms BT-776).")
    dynamiskt_inköpssystem: bool | None = Field(
        default=None, description="Om upphandlingen gäller ett dynamiskt inköpssystem (Upphandlingsmyndighetens statistik).")
    kontrakterat_värde: Belopp | None = Field(default=None, description="Det tilldelade kontraktets värde i kronor.")
    annons_id: str | None = Field(default=None, description="Annonsens eller upphandlingens id i källan.")
    annonsdatabas: str | None = Field(default=None, description="Var upphandlingen annonserades.")
