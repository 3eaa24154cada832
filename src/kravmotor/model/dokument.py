"""The förfrågningsunderlag as users write it (YAML or JSON, Swedish field names).

Field names are the wire format: they are what users type and what rules refer
to (`uppskattat_värde.totalt`). Units that rules format in messages (kr, år,
månader, procent) are attached with `Enhet` so the rule checker can type
expressions and the reporter can print `3 000 000 kr` rather than `3000000.0`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal, Optional, Union

from pydantic import Field, field_validator

from .beredskap import BeredskapsUppgifter, BeredskapsVillkor
from .grund import Antal, Antal_år, Antal_månader, Belopp, CpvKod, Enhet, Modell, Organisationsnummer, Procent, faktum
from .miljo import MiljöUppgifter
from .seriositet import SeriositetsUppgifter, SeriositetsVillkor
from .sociala import SocialaUppgifter, SocialaVillkor
from .uppfoljning import Uppföljning
from .ursprung import Ursprung

__all__ = ["Enhet", "Förfrågningsunderlag"]

Myndighetstyp = Literal["statlig", "kommunal", "regional", "kommunalt bolag", "övrig"]
Lagrum = Literal["LOU", "LUF", "LUK", "LOV"]
Regim = Literal["direktivstyrd", "19 kap.", "direktupphandling", "bilaga 2-tjänst"]
Förfarande = Literal[
    "öppet",
    "selektivt",
    "förhandlat med föregående annonsering",
    "förhandlat utan föregående annonsering",
    "konkurrenspräglad dialog",
    "innovationspartnerskap",
    "förenklat",
    "urvalsförfarande",
    "direktupphandling",
]
Upphandlingsslag = Literal["varor", "tjänster", "byggentreprenad"]
# A purchase under a framework agreement or in a dynamic purchasing system: not a procedure of its
# own (qualification was done at the framework stage); the call-off rules are 7 kap. LOU.
Avropsform = Literal["förnyad konkurrensutsättning", "rangordning", "dynamiskt inköpssystem"]
Tilldelningsgrund = Literal["pris", "kostnad", "bästa förhållandet mellan pris och kvalitet"]


class UpphandlandeMyndighet(Modell):
    namn: Optional[str] = faktum("Myndighetens namn.")
    organisationsnummer: Optional[Organisationsnummer] = Field(default=None, description="Myndighetens organisationsnummer, t.ex. 212000-2163.")
    typ: Optional[Myndighetstyp] = faktum("Slag av upphandlande myndighet; avgör bl.a. tröskelvärdet.")


class UppskattatVärde(Modell):
    totalt: Optional[Belopp] = faktum("Hela kontraktsvärdet inklusive optioner och förlängningar.")
    per_år: Optional[Belopp] = Field(default=None, description="Uppskattat värde per år.")


class Option(Modell):
    beskrivning: str = Field(description="Vad optionen gäller.")
    månader: Optional[Antal_månader] = Field(default=None, description="Hur många månader optionen förlänger eller utökar avtalet.")


class Avtalstid(Modell):
    grundperiod_månader: Optional[Antal_månader] = faktum("Avtalets grundperiod i månader.")
    förlängning_månader: Antal_månader = Field(default=0, description="Möjlig förlängning i månader, utöver grundperioden.")
    optioner: list[Option] = Field(default_factory=list, description="Optionerna i avtalet.")


class Delkontrakt(Modell):
    namn: str = Field(description="Delkontraktets namn, t.ex. Område norr.")
    uppskattat_värde: Optional[Belopp] = Field(default=None, description="Delkontraktets uppskattade värde.")
    cpv_koder: list[CpvKod] = Field(default_factory=list, description="CPV-koderna för delkontraktet.")


# --- Kvalificeringskrav: a tagged union on `typ` -------------------------------------


class _Krav(Modell):
    beskrivning: Optional[str] = Field(default=None, description="Kravet som det står i upphandlingsdokumentet.")


class Omsättningskrav(_Krav):
    typ: Literal["omsättning"] = Field(description="Slaget av krav: omsättning.")
    belopp: Optional[Belopp] = faktum("Lägsta årsomsättning som krävs.")
    antal_år: Optional[Antal_år] = Field(default=None, description="Hur många räkenskapsår omsättningen ska visas för.")


class Referenskrav(_Krav):
    typ: Literal["referensuppdrag"] = Field(description="Slaget av krav: referensuppdrag.")
    antal: Optional[Antal] = faktum("Antal referensuppdrag som krävs.")
    tidsperiod_år: Optional[Antal_år] = faktum("Hur långt bakåt uppdragen får ligga, i år.")


class Kreditkrav(_Krav):
    typ: Literal["kreditupplysning"] = Field(description="Slaget av krav: kreditupplysning (riskklass).")
    lägsta_riskklass: Optional[int] = Field(default=None, ge=1, le=5, description="Lägsta godtagbara riskklass, t.ex. 3 hos UC.")
    annan_bevisning_godtas: bool = Field(default=False, description="Om leverantören får visa sin ekonomiska ställning på annat sätt, t.ex. moderbolagsgaranti.")


class Försäkringskrav(_Krav):
    typ: Literal["försäkring"] = Field(description="Slaget av krav: försäkring.")
    belopp: Optional[Belopp] = Field(default=None, description="Lägsta försäkringsbelopp som krävs.")


class Certifieringskrav(_Krav):
    typ: Literal["certifiering"] = Field(description="Slaget av krav: certifiering.")
    standard: str = Field(description="Standarden som krävs, t.ex. ISO 14001.")
    eller_likvärdigt: bool = Field(default=False, description="Om likvärdiga bevis, t.ex. en annan certifiering, godtas.")


class Yrkesregisterkrav(_Krav):
    typ: Literal["yrkesregister"] = Field(description="Slaget av krav: registrering i ett yrkes- eller handelsregister.")
    registernamn: str = Field(description="Registret, t.ex. Bolagsverket.")


class ÖvrigtKrav(_Krav):
    typ: Literal["övrigt"] = Field(description="Slaget av krav: ett annat kvalificeringskrav.")


Kvalificeringskrav = Annotated[
    Union[Omsättningskrav, Referenskrav, Kreditkrav, Försäkringskrav, Certifieringskrav, Yrkesregisterkrav, ÖvrigtKrav],
    Field(discriminator="typ"),
]


class TekniskSpecifikation(Modell):
    beskrivning: str = Field(description="Specifikationen som den står i upphandlingsdokumentet.")
    hänvisning: Optional[Literal["varumärke", "fabrikat", "patent", "typ", "ursprung", "framställningssätt", "standard"]] = Field(
        default=None, description="Vad specifikationen hänvisar till, om något."
    )
    hänvisning_namn: Optional[str] = Field(default=None, description="Namnet som hänvisningen gäller, t.ex. ett varumärke.")
    eller_likvärdigt: bool = Field(default=False, description="Om hänvisningen följs av orden ”eller likvärdigt”.")


# --- Särskilda kontraktsvillkor: each rules area owns its part ----------------------


class SärskildaKontraktsvillkor(SocialaVillkor, SeriositetsVillkor, BeredskapsVillkor):
    """Villkor för fullgörande av kontrakt (17 kap. LOU)."""


class Utvärderingsmodell(Modell):
    tilldelningsgrund: Optional[Tilldelningsgrund] = faktum("Grunden för att tilldela kontraktet (16 kap. LOU).")
    pris_vikt: Optional[Procent] = faktum("Prisets vikt i procent.")
    kvalitet_vikt: Procent = Field(default=Decimal(0), description="Kvalitetens vikt i procent.")


class Motivering(Modell):
    regel: str = Field(pattern=r"^[A-ZÅÄÖ]{2,6}-\d{2,4}$", description="Koden för regeln som motiveringen gäller, t.ex. PROP-03.")
    text: str = Field(min_length=1, description="De särskilda skälen, som de står i upphandlingsdokumentet.")


class _Källa(Modell):
    okända_uppgifter: list[str] = Field(
        default_factory=list,
        description="Fält vars värde inte är känt, t.ex. när underlaget är importerat ur en annons eller ur statistik, "
                    "eller när frågan besvarats med ”vet inte”. Ett fält i en lista anges med sitt index "
                    "(kvalificeringskrav[0].belopp) eller utan (kvalificeringskrav.belopp: i alla element). I YAML kan "
                    "ett värde också skrivas okänt. En regel som behöver ett okänt fält avgörs ändå om de kända "
                    "uppgifterna räcker; annars blir utfallet ”underlag saknas” med fältet utpekat.")
    ursprung: dict[str, Ursprung] = Field(
        default_factory=dict,
        description="Varifrån varje fält kommer: fil, sida, avsnitt och citerad mening för ett underlag som lästs ur "
                    "Word eller PDF, eller fältet i källan, t.ex. {\"uppskattat_värde\": \"BT-27 (cbc:EstimatedOverallContractAmount)\"} "
                    "för en importerad eForms-annons. Fynden citerar dem.")

    @field_validator("okända_uppgifter")
    @classmethod
    def _known_paths(cls, paths: list[str]) -> list[str]:
        from .fields import document_fields, walk_path  # the catalogue is read off this very model

        for path in paths:
            if walk_path(document_fields(), path) is None:
                raise ValueError(f"”{path}” är inget fält i ett förfrågningsunderlag")
        return paths


class Förfrågningsunderlag(SocialaUppgifter, SeriositetsUppgifter, BeredskapsUppgifter, MiljöUppgifter, _Källa):
    """One procurement document, the unit every check runs on."""

    id: str = Field(min_length=1, description="Upphandlingens diarie- eller referensnummer.")
    titel: str = Field(description="Upphandlingens namn.")
    upphandlande_myndighet: UpphandlandeMyndighet = Field(description="Myndigheten som upphandlar.")
    lagrum: Optional[Lagrum] = faktum("Lagen upphandlingen görs enligt.")
    regim: Optional[Regim] = faktum("Direktivstyrd (över tröskelvärdet), 19 kap. (under), direktupphandling eller bilaga 2-tjänst.")
    förfarande: Optional[Förfarande] = faktum("Upphandlingsförfarandet.")
    upphandlingsslag: Optional[Upphandlingsslag] = faktum("Varor, tjänster eller byggentreprenad.")
    cpv_koder: Optional[list[CpvKod]] = faktum("CPV-koderna för det som upphandlas.")
    uppskattat_värde: Optional[UppskattatVärde] = faktum("Det uppskattade värdet.")
    avtalstid: Optional[Avtalstid] = faktum("Avtalstiden.")
    annonseringsdatum: Optional[dt.date] = faktum("Dagen annonsen skickades för publicering.")
    sista_anbudsdag: Optional[dt.date] = faktum("Sista dag för att lämna anbud.")
    avropsform: Optional[Avropsform] = Field(
        default=None, description="För ett avrop ur ett ramavtal eller ett köp i ett dynamiskt inköpssystem: hur det görs. "
                                  "Anges det inte är köpet en upphandling för sig.")
    ramavtal: Optional[bool] = faktum("Om upphandlingen leder till ett ramavtal.")
    förhandsannons: bool = Field(default=False, description="Om en förhandsannons som uppfyller kraven har publicerats.")
    brådskande: bool = Field(default=False, description="Om myndigheten åberopar vederbörligen motiverad brådska.")
    elektronisk_anbudsgivning: bool = Field(default=True, description="Om anbud lämnas elektroniskt.")
    delkontrakt: list[Delkontrakt] = Field(default_factory=list, description="Delkontrakten; tom lista om kontraktet inte delas upp.")
    skäl_mot_uppdelning: Optional[str] = Field(default=None, description="Skälen till att kontraktet inte delas upp i delkontrakt.")
    kvalificeringskrav: list[Kvalificeringskrav] = Field(default_factory=list, description="Kraven på leverantörens lämplighet, vart och ett med sin typ.")
    tekniska_specifikationer: list[TekniskSpecifikation] = Field(default_factory=list, description="De tekniska specifikationerna.")
    särskilda_kontraktsvillkor: SärskildaKontraktsvillkor = Field(default_factory=SärskildaKontraktsvillkor, description="Villkor för fullgörande av kontraktet (17 kap. LOU).")
    utvärderingsmodell: Optional[Utvärderingsmodell] = Field(default=None, description="Hur anbuden utvärderas.")
    motiveringar: list[Motivering] = Field(default_factory=list, description="Motiverade avvikelser: särskilda skäl för att avvika från en regel som tillåter det.")
    uppföljning: Uppföljning = Field(default_factory=Uppföljning, description="Hur avtalet följs upp.")
