"""Beredskapsvillkor: delivery in crisis and säkerhetsskydd (rules area `beredskap`).

`BeredskapsVillkor` holds the area's fields inside `särskilda_kontraktsvillkor`;
`BeredskapsUppgifter` holds its top-level fields of the förfrågningsunderlag.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .grund import empty_list, faktum, Modell

# The säkerhetsskyddsklasser of säkerhetsskyddslagen (2018:585), lowest first; "ingen" when the supplier gets
# access only to säkerhetskänslig verksamhet, not to classified information.
Säkerhetsskyddsklass = Literal["ingen", "begränsat hemlig", "konfidentiell", "hemlig", "kvalificerat hemlig"]


class Beredskapsklausul(Modell):
    slag: Literal[
        "leveransåtagande per krisnivå",
        "beredskapsavtal",
        "lagerhållning",
        "option på ökad volym",
        "ökad produktionskapacitet",
        "kontinuitetsplan",
        "ändringsklausul",
        "force majeure",
        "säkerhetsskydd",
        "allmän leveransutfästelse",
    ] = Field(description=(
        "Vilket slags beredskapsvillkor klausulen är. ”Allmän leveransutfästelse” är en klausul om att "
        "leverantören ska fortsätta leverera i kris utan konkreta åtaganden."
    ))
    beskrivning: str | None = Field(default=None, description="Klausulens innehåll, gärna som den står i avtalsvillkoren.")
    krisnivåer: list[str] = Field(default_factory=empty_list, description=(
        "De krisnivåer eller beredskapslägen som klausulen anger åtaganden för, t.ex. ”allvarlig störning”, "
        "”fredstida kris”, ”höjd beredskap”."
    ))
    omfattning: str | None = Field(default=None, description=(
        "För ändringsklausuler och optioner: hur stora ändringar eller vilken ökad volym klausulen medger."
    ))
    art: str | None = Field(default=None, description=(
        "För ändringsklausuler och optioner: vad slags ändringar klausulen medger (t.ex. volym, leveranstid, sortiment)."
    ))
    villkor: str | None = Field(default=None, description=(
        "För ändringsklausuler och optioner: förutsättningarna för att klausulen ska få användas, t.ex. vad som utlöser den."
    ))
    granskad: bool | None = Field(default=None, description=(
        "Om klausulen är granskad ur ett krisberedskapsperspektiv; gäller särskilt force majeure-klausuler."
    ))


class BeredskapsVillkor(Modell):
    beredskapsklausuler: list[Beredskapsklausul] = Field(default_factory=empty_list, description=(
        "Avtalsvillkor om leveranser i kris, beredskapsavtal, lager, optioner, ändringar och säkerhetsskydd."
    ))


class Säkerhetsskydd(Modell):
    leverantören_får_tillgång: bool | None = Field(default=None, description=(
        "Om leverantören kan få tillgång till säkerhetsskyddsklassificerade uppgifter eller till "
        "säkerhetskänslig verksamhet (säkerhetsskyddslagen (2018:585))."
    ))
    högsta_säkerhetsskyddsklass: Säkerhetsskyddsklass | None = faktum(
        "Den högsta säkerhetsskyddsklassen hos de uppgifter leverantören kan få tillgång till: begränsat hemlig, "
        "konfidentiell, hemlig eller kvalificerat hemlig, eller ingen. Ett säkerhetsskyddsavtal krävs från "
        "konfidentiell och uppåt.")
    säkerhetskänslig_verksamhet: bool | None = faktum(
        "Om leverantören kan få tillgång till säkerhetskänslig verksamhet av motsvarande betydelse för Sveriges "
        "säkerhet som uppgifter i klassen konfidentiell eller högre.")
    säkerhetsskyddsanalys: bool | None = Field(default=None, description=(
        "Om myndigheten har gjort en säkerhetsskyddsanalys före upphandlingen."
    ))
    säkerhetsskyddsavtal: bool | None = Field(default=None, description=(
        "Om ett säkerhetsskyddsavtal ska ingås med leverantören."
    ))
    samråd_övervägt: bool | None = Field(default=None, description=(
        "Om myndigheten har prövat om samråd med tillsynsmyndigheten (Säkerhetspolisen eller "
        "Försvarsmakten) krävs, och i så fall begärt samråd."
    ))


class Beredskap(Modell):
    samhällsviktig_verksamhet: bool | None = Field(default=None, description=(
        "Myndighetens eget besked om upphandlingen gäller samhällsviktig verksamhet. Går före "
        "kravmotors bedömning utifrån CPV-koderna, åt båda hållen."
    ))
    kritiskt_avtal: bool | None = Field(default=None, description=(
        "Om myndigheten har identifierat avtalet som kritiskt, dvs. ett avtal som alltid måste finnas "
        "för att försörjningen ska fungera i kris."
    ))
    risk_och_sårbarhetsanalys: bool | None = Field(default=None, description=(
        "Om en risk- och sårbarhetsanalys har gjorts som del av behovsanalysen."
    ))
    kontinuitetsplan: bool | None = Field(default=None, description=(
        "Om myndigheten har, eller tar fram, en egen kontinuitetsplan för avtalet: hur verksamheten "
        "klarar sig om leverantören inte kan leverera."
    ))
    säkerhetsskydd: Säkerhetsskydd | None = Field(default=None, description="Uppgifter om säkerhetsskyddad upphandling.")


class BeredskapsUppgifter(Modell):
    beredskap: Beredskap | None = Field(default=None, description=(
        "Myndighetens uppgifter om krisberedskap och säkerhetsskydd för upphandlingen."
    ))
