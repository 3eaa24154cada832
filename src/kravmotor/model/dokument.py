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

from pydantic import Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from .beredskap import BeredskapsUppgifter, BeredskapsVillkor
from .grund import Antal, Antal_år, Antal_månader, Belopp, CpvKod, Enhet, Modell, Organisationsnummer, Procent
from .miljo import MiljöUppgifter
from .seriositet import SeriositetsUppgifter, SeriositetsVillkor
from .sociala import SocialaUppgifter, SocialaVillkor
from .uppfoljning import Uppföljning

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


class UpphandlandeMyndighet(Modell):
    namn: str
    organisationsnummer: Optional[Organisationsnummer] = None
    typ: Myndighetstyp


class UppskattatVärde(Modell):
    totalt: Belopp = Field(description="Hela kontraktsvärdet inklusive optioner och förlängningar.")
    per_år: Optional[Belopp] = Field(default=None, description="Uppskattat värde per år.")


class Option(Modell):
    beskrivning: str
    månader: Optional[Antal_månader] = None


class Avtalstid(Modell):
    grundperiod_månader: Antal_månader
    förlängning_månader: Antal_månader = 0
    optioner: list[Option] = Field(default_factory=list)


class Delkontrakt(Modell):
    namn: str
    uppskattat_värde: Optional[Belopp] = None
    cpv_koder: list[CpvKod] = Field(default_factory=list)


# --- Kvalificeringskrav: a tagged union on `typ` -------------------------------------


class _Krav(Modell):
    beskrivning: Optional[str] = None


class Omsättningskrav(_Krav):
    typ: Literal["omsättning"]
    belopp: Belopp = Field(description="Lägsta årsomsättning som krävs.")
    antal_år: Optional[Antal_år] = Field(default=None, description="Hur många räkenskapsår omsättningen ska visas för.")


class Referenskrav(_Krav):
    typ: Literal["referensuppdrag"]
    antal: Antal = Field(description="Antal referensuppdrag som krävs.")
    tidsperiod_år: Antal_år = Field(description="Hur långt bakåt uppdragen får ligga, i år.")


class Kreditkrav(_Krav):
    typ: Literal["kreditupplysning"]
    lägsta_riskklass: Optional[int] = Field(default=None, ge=1, le=5, description="Lägsta godtagbara riskklass, t.ex. 3 hos UC.")
    annan_bevisning_godtas: bool = Field(default=False, description="Om leverantören får visa sin ekonomiska ställning på annat sätt, t.ex. moderbolagsgaranti.")


class Försäkringskrav(_Krav):
    typ: Literal["försäkring"]
    belopp: Optional[Belopp] = None


class Certifieringskrav(_Krav):
    typ: Literal["certifiering"]
    standard: str
    eller_likvärdigt: bool = False


class Yrkesregisterkrav(_Krav):
    typ: Literal["yrkesregister"]
    registernamn: str


class ÖvrigtKrav(_Krav):
    typ: Literal["övrigt"]


Kvalificeringskrav = Annotated[
    Union[Omsättningskrav, Referenskrav, Kreditkrav, Försäkringskrav, Certifieringskrav, Yrkesregisterkrav, ÖvrigtKrav],
    Field(discriminator="typ"),
]


class TekniskSpecifikation(Modell):
    beskrivning: str
    hänvisning: Optional[Literal["varumärke", "fabrikat", "patent", "typ", "ursprung", "framställningssätt", "standard"]] = Field(
        default=None, description="Vad specifikationen hänvisar till, om något."
    )
    hänvisning_namn: Optional[str] = None
    eller_likvärdigt: bool = Field(default=False, description="Om hänvisningen följs av orden ”eller likvärdigt”.")


# --- Särskilda kontraktsvillkor: each rules area owns its part ----------------------


class SärskildaKontraktsvillkor(SocialaVillkor, SeriositetsVillkor, BeredskapsVillkor):
    """Villkor för fullgörande av kontrakt (17 kap. LOU)."""


class Utvärderingsmodell(Modell):
    pris_vikt: Procent
    kvalitet_vikt: Procent = Decimal(0)


class Motivering(Modell):
    regel: str = Field(pattern=r"^[A-ZÅÄÖ]{2,6}-\d{2,4}$", description="Koden för regeln som motiveringen gäller, t.ex. PROP-03.")
    text: str = Field(min_length=1, description="De särskilda skälen, som de står i upphandlingsdokumentet.")


class _Källa(Modell):
    # A base of its own so that pydantic validates it first: the required fields below read it.
    okända_uppgifter: list[str] = Field(
        default_factory=list,
        description="Fält som källan inte anger, t.ex. när underlaget är importerat ur en annons eller ur statistik. "
                    "En regel som behöver ett sådant fält ger ”underlag saknas” i stället för att gissa.")
    ursprung: dict[str, str] = Field(
        default_factory=dict,
        description="Varifrån i källan varje fält kommer, t.ex. {\"uppskattat_värde\": \"BT-27 (cbc:EstimatedOverallContractAmount)\"} "
                    "för en importerad eForms-annons. Fynden hänvisar till dessa källfält.")

    @field_validator("okända_uppgifter")
    @classmethod
    def _known_paths(cls, paths: list[str]) -> list[str]:
        from .fields import document_fields  # the catalogue is read off this very model

        for path in paths:
            ftype = document_fields()
            for part in path.split("."):
                ftype = ftype.item if ftype.kind == "lista" else ftype
                if part not in ftype.children:
                    raise ValueError(f"”{path}” är inget fält i ett förfrågningsunderlag")
                ftype = ftype.children[part]
        return paths


def _required(description: str | None = None):
    """A field every document has, unless its source declares it unknown in `okända_uppgifter`."""
    return Field(default=None, validate_default=True, description=description)


class Förfrågningsunderlag(SocialaUppgifter, SeriositetsUppgifter, BeredskapsUppgifter, MiljöUppgifter, _Källa):
    """One procurement document, the unit every check runs on."""

    id: str = Field(min_length=1)
    titel: str
    upphandlande_myndighet: UpphandlandeMyndighet
    lagrum: Optional[Lagrum] = "LOU"  # None only when the source declares it unknown, like the fields below
    regim: Optional[Regim] = _required()
    förfarande: Optional[Förfarande] = _required()
    upphandlingsslag: Optional[Upphandlingsslag] = _required()
    cpv_koder: list[CpvKod] = Field(default_factory=list)
    uppskattat_värde: Optional[UppskattatVärde] = _required()
    avtalstid: Optional[Avtalstid] = None
    annonseringsdatum: Optional[dt.date] = _required()
    sista_anbudsdag: Optional[dt.date] = None
    förhandsannons: bool = Field(default=False, description="Om en förhandsannons som uppfyller kraven har publicerats.")
    brådskande: bool = Field(default=False, description="Om myndigheten åberopar vederbörligen motiverad brådska.")
    elektronisk_anbudsgivning: bool = True
    delkontrakt: list[Delkontrakt] = Field(default_factory=list)
    skäl_mot_uppdelning: Optional[str] = Field(default=None, description="Skälen till att kontraktet inte delas upp i delkontrakt.")
    kvalificeringskrav: list[Kvalificeringskrav] = Field(default_factory=list)
    tekniska_specifikationer: list[TekniskSpecifikation] = Field(default_factory=list)
    särskilda_kontraktsvillkor: SärskildaKontraktsvillkor = Field(default_factory=SärskildaKontraktsvillkor)
    utvärderingsmodell: Optional[Utvärderingsmodell] = None
    motiveringar: list[Motivering] = Field(default_factory=list)
    uppföljning: Uppföljning = Field(default_factory=Uppföljning)

    @field_validator("lagrum", "regim", "förfarande", "upphandlingsslag", "uppskattat_värde", "annonseringsdatum")
    @classmethod
    def _known_or_declared_unknown(cls, value, info: ValidationInfo):
        if value is None and info.field_name not in info.data.get("okända_uppgifter", ()):
            raise PydanticCustomError("missing", "Field required")
        return value
