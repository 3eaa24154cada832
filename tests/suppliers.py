"""Shared test data: a supplier with no warning signal, every fact fetched shortly before screening."""

from __future__ import annotations

SCREENING_DAY = "2026-11-16"


def _fact(value, source="Bolagsverket", fetched="2026-11-02", **extra):
    return {"värde": value, "källa": source, "hämtad": fetched, **extra}


BASE_SUPPLIER = {
    "organisationsnummer": "556036-0793",
    "namn": "Dalarnas Fastighetsservice AB",
    "bolagsform": _fact("aktiebolag"),
    "registreringsdatum": _fact("2009-04-01"),
    "status": _fact("aktivt"),
    "f_skatt": _fact(True, "Skatteverket"),
    "momsregistrerad": _fact(True, "Skatteverket"),
    "arbetsgivarregistrerad": _fact(True, "Skatteverket"),
    "antal_anställda": _fact(42, "kreditupplysningsföretag", källnamn="UC"),
    "omsättning": _fact([{"år": 2025, "belopp": 38_000_000}, {"år": 2024, "belopp": 35_500_000}]),
    "skulder_kronofogden": _fact([], "Kronofogden"),
    "betalningsanmärkningar": _fact(0, "kreditupplysningsföretag", källnamn="UC"),
    "företrädare": _fact([
        {"namn": "Karin Berglund", "roll": "verkställande direktör", "från": "2015-06-01", "tidigare_konkurser": 0,
         "andra_uppdrag": 1},
        {"namn": "Per Dahl", "roll": "ordförande", "från": "2012-03-15", "tidigare_konkurser": 0, "andra_uppdrag": 2},
    ]),
    "verklig_huvudman_registrerad": _fact(True),
    "adress": _fact({"typ": "gatuadress", "utdelningsadress": "Industrigatan 4", "postnummer": "791 71", "postort": "Falun"}),
    "adressen_stämmer": _fact(True, "leverantören"),
    "företag_på_adressen": _fact(2),
    "verksamhetslokal": _fact(True, "leverantören"),
    "telefonnummer": _fact("023-123 45"),
    "företag_med_liknande_namn": _fact(0),
    "revisorsbyten": _fact(0),
    "styrelseändringar_12_månader": _fact(0),
    "årsredovisning_i_tid": _fact(True),
    "sni_koder": _fact(["81210"]),
    "varningslistor": _fact([], "varningslista", källnamn="Svensk Handels Varningslista"),
    "rättsliga_förfaranden": _fact([], "domstol"),
    "reserverade_kontrakt": _fact([], "leverantören"),
}
