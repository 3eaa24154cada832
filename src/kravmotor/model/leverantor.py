"""A supplier as screening sees it: register facts, each with where and when it was fetched.

Every fact is an `Uppgift`: its value plus its provenance (`källa`, `hämtad`). The
distinction the rules rely on:

- the fact is **not in the file**: nobody fetched it; a rule that needs it reports
  *underlag saknas*, never a guess;
- the fact is in the file with `värde: null` (or an empty list): the source was asked
  and has nothing, e.g. the register holds no telephone number.

Evaluators never see the provenance: `motor.facts.supplier_data` flattens each fact
to its value and keeps the provenance aside, for findings and for stale-fact checks.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, ClassVar, Generic, Literal, TypeVar

from pydantic import Field, field_validator

from .grund import Antal, Belopp, CpvKod, empty_list, faktum, Modell, Organisationsnummer, SNI_PATTERN, with_dash


T = TypeVar("T")
SniKod = Annotated[str, Field(pattern=SNI_PATTERN, description="SNI-kod, fem siffror, t.ex. 81210.")]

Källtyp = Literal["Bolagsverket", "Skatteverket", "Kronofogden", "kreditupplysningsföretag", "leverantören",
                  "varningslista", "domstol", "annan"]


class Uppgift(Modell, Generic[T]):
    """One fact with its provenance."""

    fact_wrapper: ClassVar[bool] = True  # model.fields: rules see the value, not the wrapper

    värde: T | None = Field(default=None, description="Uppgiften; null när källan saknar den (t.ex. inget telefonnummer).")
    källa: Källtyp = Field(description="Var uppgiften kommer ifrån.")
    källnamn: str | None = Field(default=None, description="Källans namn när typen inte räcker, t.ex. UC eller Svensk Handels varningslista.")
    hämtad: dt.date = Field(description="Dagen uppgiften hämtades.")


Bolagsform = Literal["aktiebolag", "handelsbolag", "kommanditbolag", "enskild näringsidkare", "ekonomisk förening",
                     "ideell förening", "stiftelse", "filial", "annan"]
Status = Literal["aktivt", "konkurs", "likvidation", "ackord", "företagsrekonstruktion", "avregistrerat", "vilande"]
Adresstyp = Literal["gatuadress", "box", "c/o"]
Roll = Literal["ordförande", "styrelseledamot", "suppleant", "verkställande direktör", "firmatecknare", "bolagsman",
               "innehavare", "revisor"]
# Crimes that give mandatory exclusion under 13 kap. 1 § LOU, as far as the reference confirms them (R-01, core [V2]).
# "Bedrägeri" and "bestickning" there mean the offences as EU law defines them: a Swedish conviction for
# bedrägeri or bestickning is written as such, and whether it is the EU-law offence is for a person to judge.
Brott = Literal["organiserad brottslighet", "bestickning i EU-rättslig mening", "bedrägeri mot EU:s finansiella intressen",
                "terroristbrott", "penningtvätt", "finansiering av terrorism", "människohandel", "bestickning", "bedrägeri",
                "skattebrott", "arbetsmiljöbrott", "annat brott"]
Förfarandeslag = Literal["brottmål", "ekonomisk tvist", "miljö-, social- eller arbetsrättslig sanktion", "annat"]
Skuldslag = Literal["skatter och avgifter", "allmänna mål", "enskilda mål"]


def check_digit_ok(number: str) -> bool:
    """The Luhn check digit that ends every Swedish organisationsnummer and personnummer."""
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(digits[:-1]):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10 == digits[-1]


class Årsomsättning(Modell):
    år: int = Field(ge=1900, le=2100, description="Räkenskapsåret.")
    belopp: Belopp = Field(description="Omsättningen det året, i kronor.")


class Skuld(Modell):
    slag: Skuldslag = Field(description="Slaget av skuld hos Kronofogden.")
    belopp: Belopp = Field(description="Skuldens belopp i kronor.")
    datum: dt.date = Field(description="När skulden registrerades hos Kronofogden.")
    fastställd: bool = Field(
        default=False,
        description="Om skyldigheten att betala är fastställd genom ett lagakraftvunnet avgörande av domstol eller myndighet.")
    betald: bool | None = faktum(
        "Om skulden är betald. En skuld i Kronofogdens register är obetald den dag uppgiften hämtades: ange nej då, "
        "och ja om leverantören visar att den har betalats.")
    betalningsöverenskommelse: bool | None = faktum(
        "Om leverantören har träffat en bindande överenskommelse om att betala skulden (13 kap. 2 § LOU).")


class Person(Modell):
    """A företrädare: board member, managing director, signatory, partner or owner. Personal data."""

    namn: str = Field(min_length=1, description="Personens namn (personuppgift: skrivs aldrig i loggar).")
    roll: Roll = Field(description="Personens roll i företaget.")
    från: dt.date = Field(description="När personen fick rollen.")
    till: dt.date | None = Field(default=None, description="När personen lämnade rollen; tomt om personen har kvar den.")
    näringsförbud: bool = Field(default=False, description="Om personen har näringsförbud.")
    tidigare_konkurser: Antal | None = faktum(
        "Hur många bolag som personen har varit företrädare för har gått i konkurs (Bolagsverket).")
    andra_uppdrag: Antal | None = faktum("Hur många uppdrag personen har i andra bolag (Bolagsverket).")


class Adress(Modell):
    typ: Adresstyp = Field(description="Slaget av adress: gatuadress, box eller c/o.")
    utdelningsadress: str | None = Field(default=None, description="Gatan och numret, boxen eller c/o-adressen.")
    postnummer: str | None = Field(default=None, pattern=r"^\d{3} ?\d{2}$", description="Postnumret, t.ex. 791 71.")
    postort: str | None = Field(default=None, description="Postorten.")


class Varningsträff(Modell):
    lista: str = Field(min_length=1, description="Vilken varningslista, t.ex. Svensk Handels Varningslista.")
    datum: dt.date | None = Field(default=None, description="När leverantören fördes upp på listan.")
    beskrivning: str | None = Field(default=None, description="Vad listan säger om leverantören.")


class RättsligtFörfarande(Modell):
    slag: Förfarandeslag = Field(description="Slaget av förfarande, t.ex. brottmål.")
    gäller: Literal["företaget", "företrädare"] = Field(default="företaget", description="Om förfarandet gäller företaget eller en företrädare.")
    brott: Brott | None = Field(default=None, description="Brottet, för brottmål.")
    lagakraftvunnen_dom: bool = Field(default=False, description="Om det finns en dom som vunnit laga kraft (för brottmål: en fällande dom).")
    datum: dt.date | None = Field(default=None, description="Domens eller beslutets datum.")
    lagakraft_datum: dt.date | None = faktum(
        "Dagen domen eller beslutet vann laga kraft. En dom för brott enligt 13 kap. 1 § LOU får leda till uteslutning "
        "i högst fem år från den dagen.")
    händelsedatum: dt.date | None = faktum(
        "Dagen det som ligger till grund för förfarandet inträffade, t.ex. brottet eller överträdelsen. En grund enligt "
        "13 kap. 3 § LOU får leda till uteslutning i högst tre år från den dagen.")
    beskrivning: str | None = Field(default=None, description="Vad förfarandet gäller.")


class ReserveratKontrakt(Modell):
    """A contract the supplier was awarded under 19 kap. 25 § LOU: the same organisation may not be awarded such a
    contract for the same services by the same authority within three years (X-22)."""

    myndighet: Organisationsnummer = Field(description="Organisationsnumret för den myndighet som tilldelade kontraktet.")
    tilldelat: dt.date | None = faktum("Dagen kontraktet tilldelades.")
    tjänster: str | None = Field(default=None, description="Vilka tjänster kontraktet gällde.")
    cpv_koder: list[CpvKod] = Field(default_factory=empty_list, description="Kontraktets CPV-koder.")

    @field_validator("myndighet")
    @classmethod
    def _dashed(cls, value: str) -> str:
        return with_dash(value)


class Leverantör(Modell):
    """One supplier, its register facts, and its subcontractors (each a supplier in turn)."""

    organisationsnummer: Organisationsnummer = Field(description="Leverantörens organisationsnummer, med kontrollsiffra.")
    namn: str = Field(min_length=1, description="Leverantörens namn.")
    bolagsform: Uppgift[Bolagsform] | None = Field(default=None, description="Bolagsformen, t.ex. aktiebolag.")
    registreringsdatum: Uppgift[dt.date] | None = Field(default=None, description="När företaget registrerades.")
    status: Uppgift[Status] | None = Field(default=None, description="Företagets status, t.ex. aktivt eller konkurs.")
    f_skatt: Uppgift[bool] | None = Field(default=None, description="Om företaget har F-skatt.")
    momsregistrerad: Uppgift[bool] | None = Field(default=None, description="Om företaget är registrerat för moms.")
    arbetsgivarregistrerad: Uppgift[bool] | None = Field(default=None, description="Om företaget är registrerat som arbetsgivare.")
    antal_anställda: Uppgift[Antal] | None = Field(default=None, description="Antal anställda.")
    omsättning: Uppgift[list[Årsomsättning]] | None = Field(default=None, description="Omsättningen per räkenskapsår.")
    skulder_kronofogden: Uppgift[list[Skuld]] | None = Field(default=None, description="Skulder hos Kronofogden.")
    betalningsanmärkningar: Uppgift[Antal] | None = Field(default=None, description="Antal betalningsanmärkningar.")
    företrädare: Uppgift[list[Person]] | None = Field(default=None, description="Företrädarna: styrelse, verkställande direktör, firmatecknare, bolagsmän.")
    verklig_huvudman_registrerad: Uppgift[bool] | None = Field(default=None, description="Om verklig huvudman är registrerad hos Bolagsverket.")
    adress: Uppgift[Adress] | None = Field(default=None, description="Den registrerade adressen.")
    adressen_stämmer: Uppgift[bool] | None = Field(
        default=None, description="Om adressen leverantören själv uppger stämmer med den registrerade.")
    företag_på_adressen: Uppgift[Antal] | None = Field(default=None, description="Hur många företag som har samma adress.")
    verksamhetslokal: Uppgift[bool] | None = Field(default=None, description="Om företaget har en lokal där verksamheten bedrivs.")
    telefonnummer: Uppgift[str] | None = Field(default=None, description="Företagets telefonnummer.")
    företag_med_liknande_namn: Uppgift[Antal] | None = Field(
        default=None, description="Hur många andra företag som har ett liknande namn.")
    revisorsbyten: Uppgift[Antal] | None = Field(default=None, description="Antal byten av revisor de senaste tre åren.")
    styrelseändringar_12_månader: Uppgift[Antal] | None = Field(
        default=None, description="Antal registrerade ändringar av styrelse, verkställande direktör eller firmateckning de "
                                  "senaste tolv månaderna, enligt Bolagsverkets ärendeförteckning.")
    årsredovisning_i_tid: Uppgift[bool] | None = Field(default=None, description="Om den senaste årsredovisningen kom in i tid.")
    sni_koder: Uppgift[list[SniKod]] | None = Field(default=None, description="SNI-koderna för verksamheten.")
    varningslistor: Uppgift[list[Varningsträff]] | None = Field(default=None, description="Träffar på varningslistor.")
    rättsliga_förfaranden: Uppgift[list[RättsligtFörfarande]] | None = Field(default=None, description="Rättsliga förfaranden mot företaget eller dess företrädare.")
    reserverade_kontrakt: Uppgift[list[ReserveratKontrakt]] | None = Field(
        default=None, description="Kontrakt som leverantören har tilldelats enligt 19 kap. 25 § LOU (reserverade för "
                                  "organisationer), med myndighet och dag.")
    underleverantörer: list[Leverantör] = Field(default_factory=empty_list, description="Underleverantörerna, var och en en leverantör med egna underleverantörer.")

    @field_validator("organisationsnummer")
    @classmethod
    def _check_digit(cls, value: str) -> str:
        if not check_digit_ok(value):
            raise ValueError("kontrollsiffran stämmer inte; kontrollera organisationsnumret")
        return with_dash(value)



Leverantör.model_rebuild()

# The facts a supplier file may carry, in the model's order: what `uppgifter` lists.
FACTS = tuple(name for name in Leverantör.model_fields if name not in ("organisationsnummer", "namn", "underleverantörer"))
