"""Keeping unserious suppliers out, on the document side (rules area `seriositet`).

`SeriositetsVillkor` holds the area's fields inside `särskilda_kontraktsvillkor`;
`SeriositetsUppgifter` holds its top-level fields of the förfrågningsunderlag.

Facts a document may leave unstated are `Optional[...] = None`, so that a rule can
tell "not stated" (missing) from "stated as nej". Lists are never None and sit in an
object that is always there (`uteslutningsgrunder`): the durable_rules backend
tests `lista saknas` as "has no elements", which is false for an absent list.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .grund import Antal, empty_list, Modell, Procent

# How the authority checks the grounds for exclusion in 13 kap. 1–2 §§ LOU.
Kontrollsätt = Literal["sanningsförsäkran", "ESPD", "registerutdrag", "uppgifter från Skatteverket", "annat"]

# The optional grounds for exclusion of 13 kap. 3 § LOU, points 1–8, in the law's order.
FakultativUteslutningsgrund = Literal[
    "miljö-, social- eller arbetsrättsliga skyldigheter",
    "konkurs eller likvidation",
    "allvarligt fel i yrkesutövningen",
    "konkurrensbegränsande överenskommelse",
    "intressekonflikt",
    "snedvriden konkurrens genom tidigare medverkan",
    "brister i tidigare kontrakt",
    "oriktiga uppgifter eller otillbörlig påverkan",
]


class Underleverantörsvillkor(Modell):
    ska_namnges: bool | None = Field(
        default=None, description="Om anbudsgivaren ska ange vilka underleverantörer den avser att anlita.")
    inköpsprocess_följer_upp: bool | None = Field(
        default=None,
        description="Om leverantören ska ha en fungerande inköpsfunktion som löpande följer upp och utvärderar "
                    "sina underleverantörer, för det fall kedjan inte är känd när avtalet tecknas.")
    godkännande_krävs: bool | None = Field(
        default=None, description="Om myndigheten ska godkänna underleverantörer, också de som tillkommer under avtalstiden.")
    begränsning_led: Antal | None = Field(
        default=None, description="Högsta antal led av underleverantörer som får anlitas (1: bara leverantörens egna underleverantörer).")
    högsta_andel_procent: Procent | None = Field(
        default=None, description="Högsta andel av kontraktet som får utföras av underleverantörer, i procent.")
    rätt_till_insyn: bool | None = Field(
        default=None, description="Om myndigheten får begära uppgifter om och följa upp leverantörens underleverantörer.")
    gäller_alla_led: bool | None = Field(
        default=None, description="Om rätten till insyn och uppföljning gäller underleverantörer i alla led, inte bara i det första.")


class Sanktioner(Modell):
    vite: bool | None = Field(
        default=None, description="Om kontraktet har vite eller andra sanktioner när villkoren inte följs.")
    hävning: bool | None = Field(
        default=None, description="Om myndigheten får häva avtalet vid väsentliga brott mot villkoren, t.ex. när oegentligheter upptäcks.")


class SeriositetsVillkor(Modell):
    underleverantörsvillkor: Underleverantörsvillkor | None = Field(
        default=None, description="Villkor om underleverantörer: namngivning, godkännande, begränsningar och insyn.")
    sanktioner: Sanktioner | None = Field(
        default=None, description="Sanktions- och hävningsklausuler i kontraktet.")


class EgenUteslutningsgrund(Modell):
    beskrivning: str = Field(description="Uteslutningsgrunden med myndighetens egna ord.")
    angiven_i_upphandlingsdokumenten: bool = Field(
        description="Om grunden står i upphandlingsdokumenten (och inte bara i t.ex. myndighetens riktlinjer).")


class Uteslutningsgrunder(Modell):
    obligatoriska_kontrolleras: bool | None = Field(
        default=None,
        description="Om underlaget anger att grunderna för obligatorisk uteslutning (13 kap. 1–2 §§ LOU: brott, "
                    "obetalda skatter och socialförsäkringsavgifter) kontrolleras.")
    kontrolleras_genom: list[Kontrollsätt] = Field(
        default_factory=empty_list, description="Hur uteslutningsgrunderna kontrolleras, t.ex. sanningsförsäkran eller ESPD.")
    fakultativa: list[FakultativUteslutningsgrund] = Field(
        default_factory=empty_list, description="De frivilliga uteslutningsgrunder i 13 kap. 3 § LOU som underlaget anger att myndigheten tillämpar.")
    egna: list[EgenUteslutningsgrund] = Field(
        default_factory=empty_list, description="Myndighetens egna uteslutningsgrunder (tillåtna under tröskelvärdet, 19 kap. 17 § LOU).")
    självrättelse_medges: bool | None = Field(
        default=None, description="Om underlaget säger att leverantören kan undgå uteslutning genom självrättelse.")


class Avtalsuppföljning(Modell):
    beskrivning: str | None = Field(default=None, description="Hur avtalet ska följas upp: vad som kontrolleras och hur.")
    frekvens: str | None = Field(default=None, description="Hur ofta uppföljningen görs, t.ex. ”kvartalsvis”.")
    ansvarig: str | None = Field(default=None, description="Vem hos myndigheten som ansvarar för uppföljningen.")
    ebm_checklista_vid_start: bool | None = Field(
        default=None, description="Om Ekobrottsmyndighetens checklista ”Vet du vem du gör affärer med?” används innan avtalet tecknas.")
    ebm_checklista_löpande: bool | None = Field(
        default=None, description="Om Ekobrottsmyndighetens checklista används löpande under avtalsuppföljningen.")


class OnormaltLågaAnbud(Modell):
    hantering: str | None = Field(
        default=None, description="Hur myndigheten hanterar ett anbud som verkar onormalt lågt, som det står i upphandlingsdokumenten.")
    förklaring_begärs: bool | None = Field(
        default=None, description="Om leverantören ska få förklara priset eller kostnaderna innan anbudet förkastas.")


class SeriositetsUppgifter(Modell):
    uteslutningsgrunder: Uteslutningsgrunder = Field(
        default_factory=Uteslutningsgrunder, description="Vilka uteslutningsgrunder som tillämpas och hur de kontrolleras.")
    avtalsuppföljning: Avtalsuppföljning | None = Field(
        default=None, description="Planen för att följa upp avtalet under avtalstiden.")
    onormalt_låga_anbud: OnormaltLågaAnbud | None = Field(
        default=None, description="Hur anbud som verkar onormalt låga hanteras.")
