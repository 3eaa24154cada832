"""Miljökrav and their levels bas / avancerad / spjutspets (rules area `miljö`).

`MiljöUppgifter` holds the area's top-level fields of the förfrågningsunderlag.
The area has no fields inside `särskilda_kontraktsvillkor`: a miljökrav used as a
kontraktsvillkor is a `Miljökrav` with `användning: kontraktsvillkor`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .grund import empty_list, faktum, Modell

Miljönivå = Literal["bas", "avancerad", "spjutspets"]

# The nämnd's five priority areas (nämndplan 2023–2025, reference row I-17), short names.
PrioriteratOmråde = Literal["återbruk", "fossilfritt", "kemikalier", "ekomat", "miljöledning"]


class Miljökrav(Modell):
    område: str = Field(description="Vad kravet gäller, t.ex. ”Kemikalier i städprodukter” eller ”Fordon och drivmedel”.")
    beskrivning: str | None = Field(default=None, description="Kravets lydelse i upphandlingsdokumentet.")
    nivå: Miljönivå | None = faktum(
        "Kravnivå enligt Upphandlingsmyndighetens hållbarhetskriterier: bas (stort utbud, lätt att verifiera), "
        "avancerad (mer arbete med uppföljning och verifiering) eller spjutspets (bästa tillgängliga alternativ, "
        "mindre utbud). Nivåerna bygger på varandra.")
    användning: Literal["kvalificeringskrav", "teknisk specifikation", "tilldelningskriterium", "kontraktsvillkor"] | None = faktum(
        "Hur kravet används i upphandlingen.")
    verifikat: str | None = Field(default=None, description=(
        "Hur leverantören visar att kravet uppfylls, t.ex. ”Svanenlicens eller likvärdigt” eller ”produktblad”."
    ))
    koppling_till_föremålet: str | None = Field(default=None, description=(
        "Hur kravet hänger samman med det som anskaffas, t.ex. ”Fordonen används för att utföra transporterna i kontraktet”."
    ))
    prioriterat_område: PrioriteratOmråde | None = Field(default=None, description=(
        "Nämndens prioriterade miljöområde som kravet hör till: återbruk (avfallsförebyggande och återbruk), "
        "fossilfritt (klimat, fossilfrihet), kemikalier (giftfritt), ekomat (ekologiska, lokalproducerade och "
        "växtbaserade livsmedel) eller miljöledning (aktivt miljöarbete och miljöledningssystem)."
    ))
    kriterium: str | None = Field(default=None, description=(
        "Id för det hållbarhetskriterium hos Upphandlingsmyndigheten som kravet bygger på, som det anges i kriterietjänsten."
    ))
    marknadsanalys: str | None = Field(default=None, description=(
        "Hur myndigheten har undersökt om marknaden kan uppfylla kravet, t.ex. RFI, dialog med leverantörer "
        "eller kriterietjänstens marknadsinformation."
    ))
    marknaden_kan_uppfylla: bool | None = Field(default=None, description=(
        "Om marknadsanalysen visar att tillräckligt många leverantörer kan uppfylla kravet."
    ))


class MiljöUppgifter(Modell):
    miljökrav: list[Miljökrav] = Field(default_factory=empty_list, description="Underlagets miljökrav, vart och ett med sin nivå.")
