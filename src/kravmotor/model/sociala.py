"""Sysselsättningskrav, arbetsrättsliga villkor, reserved contracts and accessibility (rules area `sociala`).

`SocialaVillkor` holds the area's fields inside `särskilda_kontraktsvillkor`;
`SocialaUppgifter` holds its top-level fields of the förfrågningsunderlag.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .grund import Antal, Modell, Procent, faktum


class Sysselsättningskrav(Modell):
    beskrivning: str = Field(description="Villkoret som det står i upphandlingsdokumenten.")
    åtagande: Literal["anställning eller praktik", "dialog"] | None = Field(
        default=None,
        description="Vilken av Upphandlingsmyndighetens varianter villkoret följer: leverantören åtar sig att erbjuda "
                    "anställning eller praktik, eller att delta i en dialog om sysselsättningsfrämjande åtgärder.",
    )
    antal_personer: Antal | None = Field(
        default=None, description="Antal personer ur målgruppen som leverantören ska erbjuda anställning eller praktik."
    )
    målgrupp: str | None = Field(default=None, description="Målgruppen, t.ex. nyanlända, ungdomar eller långtidsarbetslösa.")
    krävs_vid_anbudsgivning: bool = Field(
        default=False,
        description="Om leverantören ska uppfylla kravet redan när anbudet lämnas (t.ex. visa att personer ur "
                    "målgruppen redan är anställda), i stället för under kontraktstiden.",
    )


class ArbetsrättsligaVillkor(Modell):
    lön: bool = Field(default=False, description="Om villkor om lön ställs.")
    semester: bool = Field(default=False, description="Om villkor om semester ställs.")
    arbetstid: bool = Field(default=False, description="Om villkor om arbetstid ställs.")
    nivå: Literal["central kollektivavtal", "lag", "ILO:s kärnkonventioner", "annan"] | None = Field(
        default=None,
        description="Nivån villkoren anges på: lägsta nivå i ett centralt kollektivavtal som tillämpas i hela Sverige, "
                    "lagens nivå, ILO:s kärnkonventioner eller annan nivå.",
    )
    svensk_arbetsrätt_tillämplig: bool = Field(
        default=True,
        description="Om svensk arbetsrätt är tillämplig på arbetet, dvs. om det utförs i Sverige. Är den inte det ska "
                    "villkoren motsvara ILO:s kärnkonventioner.",
    )
    gäller_underleverantörer: bool = Field(
        default=False, description="Om villkoren också gäller underleverantörer som direkt medverkar till att fullgöra kontraktet."
    )


class SocialaVillkor(Modell):
    sysselsättningskrav: Sysselsättningskrav | None = Field(default=None, description="Villkoret om sysselsättning för personer långt från arbetsmarknaden, om något.")
    arbetsrättsliga_villkor: ArbetsrättsligaVillkor | None = Field(default=None, description="Villkoren om lön, semester och arbetstid (17 kap. 2 § LOU), om några.")


class Behövlighetsbedömning(Modell):
    risk_för_oskäliga_arbetsvillkor: bool = Field(
        description="Resultatet av behövlighetsbedömningen: om det finns risk för oskäliga arbetsvillkor hos dem som ska utföra kontraktet."
    )
    villkor_kan_fastställas: bool = Field(
        default=True,
        description="Om villkor om lön, semester och arbetstid kan fastställas, t.ex. för att det finns ett centralt "
                    "kollektivavtal som tillämpas i hela Sverige för arbetet.",
    )
    beskrivning: str | None = Field(
        default=None, description="Hur bedömningen gjordes (riskindikatorer, marknadsanalys, Upphandlingsmyndighetens riskbedömningar) och var den är dokumenterad."
    )


class Utförande(Modell):
    personalintensivt: bool | None = Field(
        default=None, description="Om kontraktet är personalintensivt, dvs. personalkostnaden är en stor del av den totala kostnaden."
    )
    antal_personer: Antal | None = Field(default=None, description="Ungefär hur många personer som utför kontraktet.")


class Reservation(Modell):
    slag: Literal["skyddade verkstäder", "skyddad anställning", "19 kap. 25 §", "idéburna organisationer"] = Field(
        description="Vilken reservation som används: för skyddade verkstäder och leverantörer vars huvudsyfte är social "
                    "och yrkesmässig integration, eller krav på utförande inom ett program för skyddad anställning "
                    "(4 kap. 18 § LOU); för organisationer som uppfyller villkoren i 19 kap. 25 § LOU (bilaga 2-tjänster); "
                    "eller för idéburna organisationer (19 kap. 25 a § LOU).",
    )
    andel_anställda_med_funktionsnedsättning_eller_missgynnade: Procent | None = Field(
        default=None,
        description="Den lägsta andel av de anställda i verksamheten eller programmet som enligt underlaget ska vara "
                    "personer med funktionsnedsättning eller missgynnade personer, i procent.",
    )
    angiven_i_annonsen: bool = Field(default=False, description="Om reservationen anges i annonsen om upphandling.")


class Tillgänglighet(Modell):
    används_av_personer: bool | None = faktum(
        "Om varorna eller tjänsterna är avsedda att användas av fysiska personer, allmänheten eller myndighetens personal.")
    beaktas: bool | None = faktum(
        "Om de tekniska specifikationerna tar hänsyn till tillgänglighet för personer med funktionsnedsättning eller "
        "till utformning med tanke på alla användare (9 kap. 2 § LOU).")


class SocialaUppgifter(Modell):
    behövlighetsbedömning: Behövlighetsbedömning | None = Field(
        default=None, description="Myndighetens dokumenterade bedömning av om arbetsrättsliga villkor är behövliga."
    )
    utförande: Utförande | None = Field(default=None, description="Hur kontraktet utförs: personalintensitet och antal personer.")
    reservation: Reservation | None = Field(default=None, description="Reservation av deltagandet i upphandlingen, om någon.")
    tillgänglighet: Tillgänglighet | None = faktum(
        "Om det som anskaffas ska användas av personer, och om specifikationerna då tar hänsyn till tillgänglighet.")
