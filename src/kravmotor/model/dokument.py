"""The förfrågningsunderlag as users write it (YAML or JSON, Swedish field names).

Field names are the wire format: they are what users type and what rules refer
to (`uppskattat_värde.totalt`). Units that rules format in messages (kr, år,
månader, procent) are attached with `Enhet` so the rule checker can type
expressions and the reporter can print `3 000 000 kr` rather than `3000000.0`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from .beredskap import BeredskapsUppgifter, BeredskapsVillkor
from .grund import Antal, Antal_månader, Antal_år, Belopp, CpvKod, empty_dict, empty_list, Enhet, faktum, Modell, Organisationsnummer, Procent, with_dash
from .miljo import MiljöUppgifter
from .seriositet import SeriositetsUppgifter, SeriositetsVillkor
from .sociala import SocialaUppgifter, SocialaVillkor
from .uppfoljning import Uppföljning
from .ursprung import Ursprung

__all__ = ["Enhet", "Förfrågningsunderlag"]

Myndighetstyp = Literal["statlig", "kommunal", "regional", "kommunalt bolag", "övrig"]
Lagrum = Literal["LOU", "LUF", "LUK", "LOV"]
# Which rules the procurement is made under: the directive-governed chapters (over the threshold), the
# national ones of 19 kap. (under the threshold, and a bilaga 2-tjänst at any value under LOU), or a
# direct award (19 a kap.). Whether the service is a bilaga 2-tjänst is a fact of its own.
Regim = Literal["direktivstyrd", "19 kap.", "direktupphandling"]
# The regim value of files written before the two were separated: a bilaga 2-tjänst, procured how?
OLD_BILAGA_2_REGIM = "bilaga 2-tjänst"
# Values a field had before and no longer has, with what a rule written for them should say instead.
RETIRED_VALUES = {
    ("regim", OLD_BILAGA_2_REGIM): "om tjänsten är en bilaga 2-tjänst är en egen uppgift (regelreferensen X-04): skriv "
                                   "bilaga_2_tjänst = sant, och regim = \"19 kap.\" eller regim = \"direktupphandling\" "
                                   "för hur den upphandlas",
}
Förfarande = Literal[
    "öppet",
    "selektivt",
    "förhandlat med föregående annonsering",
    "förhandlat utan föregående annonsering",
    "konkurrenspräglad dialog",
    "innovationspartnerskap",
    # 19 kap. LOU had these until 2022-02-01 (prop. 2021/22:5; X-06). They are read for any day: a buyer's
    # old template or a batch of older notices gets PROP-44's finding for a later day, not a refusal.
    "förenklat",
    "urvalsförfarande",
    "direktupphandling",
]
Upphandlingsslag = Literal["varor", "tjänster", "byggentreprenad"]
# The procedures with a request to participate before the tenders (11 kap. LOU).
_WITH_APPLICATIONS = ("selektivt", "förhandlat med föregående annonsering", "konkurrenspräglad dialog", "innovationspartnerskap")
# A purchase under a framework agreement or in a dynamic purchasing system: not a procedure of its
# own (qualification was done at the framework stage); the call-off rules are 7 kap. LOU.
Avropsform = Literal["förnyad konkurrensutsättning", "rangordning", "dynamiskt inköpssystem"]
# "anges inte": a person has confirmed that the documents state none (left out, the fact is unknown).
Tilldelningsgrund = Literal["pris", "kostnad", "bästa förhållandet mellan pris och kvalitet", "anges inte"]
Viktning = Literal["procent", "mervärde i kronor", "prioritetsordning", "anges inte"]
# How contracts are awarded under a framework agreement (7 kap. LOU; X-31).
Avropsordning = Literal["fasta villkor", "förnyad konkurrensutsättning", "fasta villkor och förnyad konkurrensutsättning"]


class UpphandlandeMyndighet(Modell):
    namn: str | None = faktum("Myndighetens namn.")
    organisationsnummer: Organisationsnummer | None = faktum("Myndighetens organisationsnummer, t.ex. 212000-2163.")
    typ: Myndighetstyp | None = faktum("Slag av upphandlande myndighet; avgör bl.a. tröskelvärdet.")

    @field_validator("organisationsnummer")
    @classmethod
    def _dashed(cls, value: str | None) -> str | None:
        return with_dash(value)


class UppskattatVärde(Modell):
    totalt: Belopp | None = faktum("Hela kontraktsvärdet inklusive optioner och förlängningar.")
    per_år: Belopp | None = Field(default=None, description="Uppskattat värde per år.")


class Option(Modell):
    beskrivning: str = Field(description="Vad optionen gäller.")
    månader: Antal_månader | None = Field(
        default=None, description="Hur många månader optionen förlänger avtalet; tomt för en option som utökar något annat "
                                  "än tiden (t.ex. volym). En förlängning som redan står i förlängning_månader anges inte här också.")


class Avtalstid(Modell):
    grundperiod_månader: Antal_månader | None = faktum("Avtalets grundperiod i månader.")
    förlängning_månader: Antal_månader = Field(
        default=0, description="Möjlig förlängning i månader, utöver grundperioden, sammanlagt för alla förlängningar; "
                               "en förlängning anges här eller som en option med månader, inte båda.")
    optioner: list[Option] = Field(default_factory=empty_list, description="Optionerna i avtalet.")


class Delkontrakt(Modell):
    namn: str = Field(description="Delkontraktets namn, t.ex. Område norr; ett kvalificeringskrav som gäller bara delkontraktet anger det i sitt fält delkontrakt.")
    uppskattat_värde: Belopp | None = faktum("Delkontraktets uppskattade värde inklusive optioner och förlängningar.")
    cpv_koder: list[CpvKod] = Field(default_factory=empty_list, description="CPV-koderna för delkontraktet.")


class Ramavtalet(Modell):
    """What the documents say about a framework agreement (7 kap. LOU); its length is `avtalstid`."""

    högsta_värde: Belopp | None = Field(
        default=None, description="Det högsta värde som får avropas under ramavtalet, som annonsen eller upphandlingsdokumenten "
                                  "anger det. Anges det inte, och inte heller någon högsta kvantitet, saknar ramavtalet tak.")
    högsta_kvantitet: str | None = Field(
        default=None, description="Den högsta kvantitet som får avropas, när den anges i stället för ett värde, t.ex. ”högst 40 000 timmar”.")
    avropsordning: Avropsordning | None = Field(
        default=None, description="Hur kontrakt tilldelas under ramavtalet: på ramavtalets fasta villkor (en leverantör, "
                                  "rangordning eller fördelningsnyckel), efter förnyad konkurrensutsättning, eller båda "
                                  "(med objektiva kriterier för valet mellan dem). Anges det inte framgår det inte av dokumenten.")
    högsta_samtidiga_värde: Belopp | None = Field(
        default=None, description="Det högsta sammanlagda värdet av de kontrakt som väntas löpa samtidigt under ramavtalet: "
                                  "grunden för ett omsättningskrav (14 kap. 4 § LOU). Anges det inte jämförs omsättningskravet "
                                  "med ramavtalets uppskattade värde, som direktivet anger när värdet inte är känt.")


# --- Kvalificeringskrav: a tagged union on `typ` -------------------------------------


class _Krav(Modell):
    beskrivning: str | None = Field(default=None, description="Kravet som det står i upphandlingsdokumentet.")
    delkontrakt: str | None = Field(
        default=None, description="Namnet på delkontraktet som kravet gäller (som i delkontrakt). Anges det inte gäller "
                                  "kravet hela upphandlingen, i ett uppdelat kontrakt alla delkontrakt.")


class Omsättningskrav(_Krav):
    typ: Literal["omsättning"] = Field(description="Slaget av krav: omsättning.")
    belopp: Belopp | None = faktum("Lägsta årsomsättning som krävs.")
    antal_år: Antal_år | None = Field(default=None, description="Hur många räkenskapsår omsättningen ska visas för.")


class Referenskrav(_Krav):
    typ: Literal["referensuppdrag"] = Field(description="Slaget av krav: referensuppdrag.")
    antal: Antal | None = faktum("Antal referensuppdrag som krävs.")
    tidsperiod_år: Antal_år | None = faktum("Hur långt bakåt uppdragen får ligga, i år (eller tidsperiod_månader).")
    tidsperiod_månader: Antal_månader | None = Field(
        default=None, description="Hur långt bakåt uppdragen får ligga, i månader, när perioden inte är hela år; "
                                  "i stället för tidsperiod_år.")


class Kreditkrav(_Krav):
    typ: Literal["kreditupplysning"] = Field(description="Slaget av krav: kreditupplysning (riskklass).")
    lägsta_riskklass: int | None = Field(default=None, ge=1, le=5, description="Lägsta godtagbara riskklass, t.ex. 3 hos UC.")
    annan_bevisning_godtas: bool = Field(default=False, description="Om leverantören får visa sin ekonomiska ställning på annat sätt, t.ex. moderbolagsgaranti.")


class Försäkringskrav(_Krav):
    typ: Literal["försäkring"] = Field(description="Slaget av krav: försäkring.")
    belopp: Belopp | None = Field(default=None, description="Lägsta försäkringsbelopp som krävs.")


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
    Omsättningskrav | Referenskrav | Kreditkrav | Försäkringskrav | Certifieringskrav | Yrkesregisterkrav | ÖvrigtKrav,
    Field(discriminator="typ"),
]


class TekniskSpecifikation(Modell):
    beskrivning: str = Field(description="Specifikationen som den står i upphandlingsdokumentet.")
    hänvisning: Literal["varumärke", "fabrikat", "patent", "typ", "ursprung", "framställningssätt", "standard",
                        "märkning"] | None = Field(
        default=None, description="Vad specifikationen hänvisar till, om något; märkning: en viss miljö- eller annan märkning "
                                  "(t.ex. Svanen) som bevis för att kraven uppfylls."
    )
    hänvisning_namn: str | None = Field(default=None, description="Namnet som hänvisningen gäller, t.ex. ett varumärke.")
    eller_likvärdigt: bool = Field(default=False, description="Om hänvisningen följs av orden ”eller likvärdigt”.")


# --- Särskilda kontraktsvillkor: each rules area owns its part ----------------------


class SärskildaKontraktsvillkor(SocialaVillkor, SeriositetsVillkor, BeredskapsVillkor):
    """Villkor för fullgörande av kontrakt (17 kap. LOU)."""


class Utvärderingskriterium(Modell):
    namn: str = Field(min_length=1, description="Kriteriet som det står i upphandlingsdokumenten, t.ex. ”Genomförandebeskrivning”.")
    bedömer: Literal["anbudet", "personalens kompetens och erfarenhet", "leverantörens lämplighet"] | None = faktum(
        "Vad kriteriet bedömer: anbudet (pris, kvalitet, funktion, leveransvillkor), kompetens och erfarenhet hos den "
        "personal som ska utföra kontraktet, eller leverantörens allmänna lämplighet (omsättning, företagets referenser "
        "eller erfarenhet, certifiering: sådant som hör till kvalificeringen).")
    koppling_till_föremålet: str | None = Field(
        default=None, description="Hur kriteriet hänger samman med det som anskaffas, t.ex. ”Konsultens erfarenhet av "
                                  "liknande system påverkar hur väl uppdraget utförs”.")


class Utvärderingsmodell(Modell):
    tilldelningsgrund: Tilldelningsgrund | None = faktum(
        "Grunden för att tilldela kontraktet (16 kap. LOU); ”anges inte” när dokumenten inte anger någon.")
    viktning: Viktning | None = faktum(
        "Hur kriteriernas inbördes betydelse anges: som vikter i procent (pris_vikt, kvalitet_vikt), som mervärden "
        "(fiktiva avdrag eller tillägg på priset) i kronor, som en prioritetsordning, eller inte alls (”anges inte”).")
    pris_vikt: Procent | None = faktum("Prisets vikt i procent.")
    kvalitet_vikt: Procent = Field(default=Decimal(0), description="Kvalitetens vikt i procent.")
    kriterier: list[Utvärderingskriterium] = Field(
        default_factory=empty_list, description="Tilldelningskriterierna utöver priset, vart och ett med vad det bedömer.")


class Motivering(Modell):
    regel: str = Field(pattern=r"^[A-ZÅÄÖ]{2,6}-\d{2,4}$", description="Koden för regeln som motiveringen gäller, t.ex. PROP-03.")
    text: str = Field(min_length=1, description="De särskilda skälen, som de står i upphandlingsdokumentet.")


class _Källa(Modell):
    okända_uppgifter: list[str] = Field(
        default_factory=empty_list,
        description="Fält vars värde inte är känt, t.ex. när underlaget är importerat ur en annons eller ur statistik, "
                    "eller när frågan besvarats med ”vet inte”. Ett fält i en lista anges med sitt index "
                    "(kvalificeringskrav[0].belopp) eller utan (kvalificeringskrav.belopp: i alla element). I YAML kan "
                    "ett värde också skrivas okänt. En regel som behöver ett okänt fält avgörs ändå om de kända "
                    "uppgifterna räcker; annars blir utfallet ”underlag saknas” med fältet utpekat.")
    ursprung: dict[str, Ursprung] = Field(
        default_factory=empty_dict,
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
    lagrum: Lagrum | None = faktum("Lagen upphandlingen görs enligt.")
    regim: Regim | None = faktum(
        "Reglerna upphandlingen görs enligt: direktivstyrd (över tröskelvärdet), 19 kap. (under tröskelvärdet, och en "
        "bilaga 2-tjänst enligt LOU oavsett värde) eller direktupphandling. Om tjänsten är en bilaga 2-tjänst anges i "
        "bilaga_2_tjänst. Det äldre värdet ”bilaga 2-tjänst” läses som bilaga_2_tjänst: ja med okänd regim.")
    bilaga_2_tjänst: bool | None = Field(
        default=None,
        description="Om det som upphandlas är en social eller annan särskild tjänst enligt bilaga 2 till LOU. Anges "
                    "uppgiften inte avgörs den av CPV-koderna (klassningen bilaga_2): alla koder i bilagan ger ja, ingen "
                    "ger nej, och blandade koder eller okända koder lämnar uppgiften okänd.")
    förfarande: Förfarande | None = faktum("Upphandlingsförfarandet.")
    upphandlingsslag: Upphandlingsslag | None = faktum("Varor, tjänster eller byggentreprenad.")
    cpv_koder: list[CpvKod] | None = faktum("CPV-koderna för det som upphandlas.")
    uppskattat_värde: UppskattatVärde | None = faktum("Det uppskattade värdet.")
    avtalstid: Avtalstid | None = faktum("Avtalstiden.")
    annonseringsdatum: dt.date | None = faktum("Dagen annonsen skickades för publicering.")
    sista_ansökningsdag: dt.date | None = faktum(
        "Sista dag för anbudsansökan (selektivt och förhandlat förfarande, konkurrenspräglad dialog, innovationspartnerskap).",
        only_when={"förfarande": _WITH_APPLICATIONS})
    inbjudan_att_lämna_anbud: dt.date | None = faktum(
        "Dagen inbjudan att lämna anbud skickades till de utvalda anbudssökandena (selektivt och förhandlat förfarande).",
        only_when={"förfarande": _WITH_APPLICATIONS})
    sista_anbudsdag: dt.date | None = faktum("Sista dag för att lämna anbud.")
    avropsform: Avropsform | None = Field(
        default=None, description="För ett avrop ur ett ramavtal eller ett köp i ett dynamiskt inköpssystem: hur det görs. "
                                  "Anges det inte är köpet en upphandling för sig.")
    ramavtal: bool | None = faktum("Om upphandlingen leder till ett ramavtal (ja eller nej; uppgifterna om ramavtalet står i ramavtalet).")
    ramavtalet: Ramavtalet | None = faktum(
        "När upphandlingen leder till ett ramavtal: dess högsta värde eller kvantitet, avropsordning och värdet av "
        "samtidiga kontrakt. Längden är avtalstid.", only_when={"ramavtal": (True,)})
    förhandsannons: bool = Field(default=False, description="Om en förhandsannons som uppfyller kraven har publicerats.")
    brådskande: bool = Field(default=False, description="Om myndigheten åberopar vederbörligen motiverad brådska.")
    elektronisk_anbudsgivning: bool = Field(default=True, description="Om anbud lämnas elektroniskt.")
    delkontrakt: list[Delkontrakt] = Field(default_factory=empty_list, description="Delkontrakten; tom lista om kontraktet inte delas upp.")
    skäl_mot_uppdelning: str | None = Field(default=None, description="Skälen till att kontraktet inte delas upp i delkontrakt.")
    kvalificeringskrav: list[Kvalificeringskrav] = Field(default_factory=empty_list, description="Kraven på leverantörens lämplighet, vart och ett med sin typ.")
    andra_företags_kapacitet: Literal["får åberopas", "får inte åberopas", "vissa uppgifter utförs av leverantören själv"] | None = Field(
        default=None, description="Vad upphandlingsdokumenten säger om att åberopa andra företags kapacitet för att uppfylla "
                                  "kvalificeringskraven (14 kap. 7 § LOU). Anges det inte säger dokumenten inget, och då "
                                  "gäller lagen: leverantören får åberopa den.")
    tekniska_specifikationer: list[TekniskSpecifikation] = Field(default_factory=empty_list, description="De tekniska specifikationerna.")
    särskilda_kontraktsvillkor: SärskildaKontraktsvillkor = Field(default_factory=SärskildaKontraktsvillkor, description="Villkor för fullgörande av kontraktet (17 kap. LOU).")
    utvärderingsmodell: Utvärderingsmodell | None = faktum("Hur anbuden utvärderas.")
    motiveringar: list[Motivering] = Field(default_factory=empty_list, description="Motiverade avvikelser: särskilda skäl för att avvika från en regel som tillåter det.")
    uppföljning: Uppföljning = Field(default_factory=Uppföljning, description="Hur avtalet följs upp.")

    @model_validator(mode="before")
    @classmethod
    def _old_bilaga_2_regim(cls, data: Any) -> Any:
        """`regim: bilaga 2-tjänst`, as files said before X-04: the service is a bilaga 2-tjänst, but whether it is
        announced under 19 kap. or directly awarded the value does not say. The regime is left unknown, and a note
        in `ursprung` says why (findings that need the regime quote it)."""
        if not isinstance(data, dict) or data.get("regim") != OLD_BILAGA_2_REGIM:
            return data
        data = dict(data)
        del data["regim"]
        if data.get("bilaga_2_tjänst") is False:
            raise _located("regim", OLD_BILAGA_2_REGIM, "regim säger ”bilaga 2-tjänst” men bilaga_2_tjänst säger nej; "
                                                         "ange regim 19 kap. eller direktupphandling och om tjänsten är en "
                                                         "bilaga 2-tjänst i bilaga_2_tjänst")
        data["bilaga_2_tjänst"] = True
        unknown = data.get("okända_uppgifter")
        unknown = list(unknown) if isinstance(unknown, list) else []
        data["okända_uppgifter"] = unknown if "regim" in unknown else unknown + ["regim"]
        origins = data.get("ursprung")
        origins = dict(origins) if isinstance(origins, dict) else {}
        read_from = origins.get("regim")
        if read_from is not None and "bilaga_2_tjänst" not in origins:
            origins["bilaga_2_tjänst"] = read_from
        source = {"fält": read_from} if isinstance(read_from, str) else dict(read_from or {})
        origins["regim"] = {**source, "anmärkning": OLD_REGIM_NOTE}
        data["ursprung"] = origins
        return data


OLD_REGIM_NOTE = ("det äldre värdet ”bilaga 2-tjänst” säger att tjänsten är en bilaga 2-tjänst men inte om den annonseras "
                  "enligt 19 kap. eller direktupphandlas, så regimen är okänd; ange regim: 19 kap. eller regim: "
                  "direktupphandling, och bilaga_2_tjänst: ja")


def _located(field: str, value: Any, message: str) -> ValidationError:
    """A refusal that names the field it is about (a model validator's own errors name no field)."""
    error = PydanticCustomError("value_error", "{error}", {"error": message})
    return ValidationError.from_exception_data("Förfrågningsunderlag", [InitErrorDetails(type=error, loc=(field,), input=value)])
