"""Mäter hur snabbt regelmotorn granskar förfrågningsunderlag, jämfört med en handskriven kontroll.

Körs som

    .venv/bin/python bench/bench_granska.py [--antal N] [--frö S]

Skriptet gör allt i en och samma körning:

1. skapar N slumpade men giltiga förfrågningsunderlag (random.Random(frö)),
   validerade till `Förfrågningsunderlag`;
2. mäter start (regelboken läses och motorn byggs) och sedan dokument per
   sekund för motorn (`Checker.check`) och för `handwritten_check`, en
   handskriven Python-funktion med samma proportionalitetsregler PROP-01..16,
   bästa av tre omgångar för varje väg;
3. jämför att båda vägarna ger samma mängd (regelkod, elementindex) för varje
   dokument; skiljer de sig åt skrivs de första avvikelserna ut och skriptet
   avslutas med felkod 1, eftersom siffrorna då inte är jämförbara;
4. skriver en liten tabell;
5. skriver underlagen som YAML-filer i en tillfällig katalog och mäter
   `granska` av dem alla (`checks.check_files` och textrapporten, som
   kommandot gör) mot golvet att bara tolka samma filer med libyamls
   `yaml.CSafeLoader`, bästa av tre omgångar var; målet är högst 2×.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from decimal import Decimal
from pathlib import Path

import yaml

from kravmotor.lang.loader import load_rulebook
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.motor.pipeline import Checker
from kravmotor.resources import rules_dir

REPETITIONER = 3
REGELKODER = [f"PROP-{n:02d}" for n in range(1, 17)]

# ---------------------------------------------------------------------------------------
# Handskriven kontroll.
#
# OBS: parametrarna nedan är HÅRDKODADE, avskrivna från rules/parametrar/*.krav
# (anbudstider.krav och troskelvarden.krav) och från reglernas ”giltig från”.
# Det är just det en handskriven baslinje gör; ändras parameterfilerna eller
# reglerna (även slutsatserna i PROP-16.krav) måste koden här ändras för hand,
# annars rapporterar jämförelsen avvikelser. Skriven mot reglerna i commit 0e2b42f,
# ändrad efter issue 16 (lagrum, bilaga_2_tjänst, ”understiger”, spannens nedre gräns).
# ---------------------------------------------------------------------------------------

_D = dt.date
_2017 = _D(2017, 1, 1)

# anbudstider.krav: alla gäller från 2017-01-01, utan villkor och utan slutdatum.
ANBUDSTID_ÖPPET = 35
ANBUDSTID_ÖPPET_ELEKTRONISK = 30
ANBUDSTID_FÖRKORTAD = 15
ANSÖKNINGSTID = 30
ANSÖKNINGSTID_BRÅDSKANDE = 15
ANBUDSTIDER_FRÅN = _2017

# troskelvarden.krav, parametern tröskelvärde: (från, till, lagrum) -> belopp per fall.
# Ordningen i filen avgör: byggentreprenad, sedan bilaga 2-tjänst, sedan statlig
# myndighet (bara LOU), sist övriga. LUK har ett värde för allt, LOV inget. Ett
# obekräftat belopp (ett spann, 2026–2027) står här som spannets nedre gräns: ett
# värde från den och uppåt ger motorn fel eller bedömning krävs, båda ett fynd.
TRÖSKELVÄRDEN = [
    (_D(2022, 1, 1), _D(2023, 12, 31), "LOU", {"bygg": 55_991_099, "bilaga2": 7_802_550, "statlig": 1_456_476, "övrigt": 2_236_731}),
    (_D(2024, 1, 1), _D(2025, 12, 31), "LOU", {"bygg": 59_880_179, "bilaga2": 8_109_450, "statlig": 1_546_202, "övrigt": 2_389_585}),
    (_D(2026, 1, 1), _D(2027, 12, 31), "LOU", {"bygg": 58_363_200, "bilaga2": 8_100_000, "statlig": 1_512_000, "övrigt": 2_332_800}),
    (_D(2022, 1, 1), _D(2023, 12, 31), "LUF", {"bygg": 55_991_099, "bilaga2": 10_403_400, "statlig": None, "övrigt": 4_483_865}),
    (_D(2024, 1, 1), _D(2025, 12, 31), "LUF", {"bygg": 59_880_179, "bilaga2": 10_812_600, "statlig": None, "övrigt": 4_789_982}),
    (_D(2026, 1, 1), _D(2027, 12, 31), "LUF", {"bygg": 58_363_200, "bilaga2": 10_800_000, "statlig": None, "övrigt": 4_665_600}),
    (_D(2022, 1, 1), _D(2023, 12, 31), "LUK", dict.fromkeys(("bygg", "bilaga2", "statlig", "övrigt"), 55_991_099)),
    (_D(2024, 1, 1), _D(2025, 12, 31), "LUK", dict.fromkeys(("bygg", "bilaga2", "statlig", "övrigt"), 59_880_179)),
    (_D(2026, 1, 1), _D(2027, 12, 31), "LUK", dict.fromkeys(("bygg", "bilaga2", "statlig", "övrigt"), 58_363_200)),
]

# Parametern direktupphandlingsgräns: (från, till eller None, lagrum, belopp). En bilaga 2-tjänst
# enligt LOU har bilaga 2-tröskelvärdet som gräns (BILAGA_2_GRÄNSER), enligt LUF en okänd gräns.
BILAGA_2_GRÄNSER = [
    (_D(2022, 2, 1), _D(2023, 12, 31), "LOU", 7_802_550),
    (_D(2024, 1, 1), _D(2025, 12, 31), "LOU", 8_109_450),
    (_D(2026, 1, 1), _D(2027, 12, 31), "LOU", 8_100_000),
]
DIREKTUPPHANDLINGSGRÄNSER = [
    (_D(2022, 1, 1), _D(2022, 1, 31), "LOU", 626_284),
    (_D(2022, 1, 1), _D(2022, 1, 31), "LUF", 1_165_804),
    (_D(2022, 2, 1), _D(2025, 12, 31), "LOU", 700_000),
    (_D(2022, 2, 1), _D(2025, 12, 31), "LUF", 1_200_000),
    (_D(2026, 1, 1), None, "LOU", 700_000),
    (_D(2026, 1, 1), None, "LUF", 1_200_000),
    (_D(2022, 1, 1), _D(2023, 12, 31), "LUK", 2_799_554),
    (_D(2024, 1, 1), _D(2025, 12, 31), "LUK", 2_994_008),
    (_D(2026, 1, 1), _D(2027, 12, 31), "LUK", 2_918_160),
]

DOKUMENTATIONSGRÄNS = 100_000
DOKUMENTATIONSGRÄNS_FRÅN = _D(2014, 7, 1)

# Reglernas ”giltig från” (ingen regel har ”giltig till”).
GILTIG_FRÅN = {code: _2017 for code in REGELKODER}
GILTIG_FRÅN.update({"PROP-11": _D(2022, 2, 1), "PROP-13": _D(2014, 1, 1), "PROP-14": _D(2014, 7, 1), "PROP-15": _D(2014, 1, 1)})
# Reglerna som bara prövar LOU (regelreferensen X-01); PROP-06 prövar också LUF.
BARA_LOU = frozenset({"PROP-01", "PROP-02", "PROP-03", "PROP-04", "PROP-05", "PROP-09", "PROP-10"})

_MÄRKESHÄNVISNINGAR = frozenset({"varumärke", "fabrikat", "patent", "typ", "ursprung", "framställningssätt"})
_ANSÖKNINGSFÖRFARANDEN = frozenset({"selektivt", "förhandlat med föregående annonsering", "konkurrenspräglad dialog", "innovationspartnerskap"})
_BRÅDSKA_KORTAR = frozenset({"selektivt", "förhandlat med föregående annonsering"})


def tröskelvärde(lagrum: str, bilaga2: bool, upphandlingsslag: str, myndighetstyp: str, dag: dt.date) -> int | None:
    for från, till, lag, belopp in TRÖSKELVÄRDEN:
        if lag != lagrum or dag < från or dag > till:
            continue
        if upphandlingsslag == "byggentreprenad":
            return belopp["bygg"]
        if bilaga2:
            return belopp["bilaga2"]
        if myndighetstyp == "statlig" and belopp["statlig"] is not None:
            return belopp["statlig"]
        return belopp["övrigt"]
    return None


def direktupphandlingsgräns(lagrum: str, bilaga2: bool, dag: dt.date) -> int | None:
    if bilaga2 and lagrum in ("LOU", "LUF"):
        return next((belopp for från, till, lag, belopp in BILAGA_2_GRÄNSER if lag == lagrum and från <= dag <= till), None)
    for från, till, lag, belopp in DIREKTUPPHANDLINGSGRÄNSER:
        if lag == lagrum and dag >= från and (till is None or dag <= till):
            return belopp
    return None


def handwritten_check(doc: Förfrågningsunderlag) -> set[tuple[str, int | None]]:
    """PROP-01..PROP-16 skrivna direkt i Python: {(regelkod, elementindex eller None)}."""
    out: set[tuple[str, int | None]] = set()
    dag = doc.annonseringsdatum
    regim = doc.regim
    bilaga2 = doc.bilaga_2_tjänst
    direktivstyrd = regim == "direktivstyrd"
    lou = direktivstyrd and doc.lagrum == "LOU"  # PROP-01..05, 09, 10
    totalt = doc.uppskattat_värde.totalt
    per_år = doc.uppskattat_värde.per_år
    krav = doc.kvalificeringskrav
    gf = GILTIG_FRÅN

    # Kvalificeringskraven: PROP-01, -02, -03, -04, -05, -12 och slutsatserna till PROP-16.
    över_årsvärdet = krävande_referenser = kreditbetyg = certifiering = False
    for i, k in enumerate(krav):
        typ = k.typ
        if typ == "omsättning":
            belopp = k.belopp
            if lou:
                if belopp > 2 * totalt:
                    if dag >= gf["PROP-01"]:
                        out.add(("PROP-01", i))
                elif per_år is not None and belopp > 2 * per_år and dag >= gf["PROP-02"]:
                    out.add(("PROP-02", i))
            if lou and k.antal_år is not None and k.antal_år > 3 and dag >= gf["PROP-03"]:
                out.add(("PROP-03", i))
            if (belopp > per_år) if per_år is not None else (belopp > totalt):
                över_årsvärdet = True
        elif typ == "referensuppdrag":
            if lou:
                if doc.upphandlingsslag != "byggentreprenad":
                    if k.tidsperiod_år > 3 and dag >= gf["PROP-04"]:
                        out.add(("PROP-04", i))
                elif k.tidsperiod_år > 5 and dag >= gf["PROP-05"]:
                    out.add(("PROP-05", i))
            # Slutsatsen krävande_referenskrav: tre eller fler uppdrag, eller en period
            # längre än lagens utgångspunkt (5 år för byggentreprenad, annars 3 år).
            if k.antal >= 3 or k.tidsperiod_år > 5 or (k.tidsperiod_år > 3 and doc.upphandlingsslag != "byggentreprenad"):
                krävande_referenser = True
        elif typ == "kreditupplysning":
            if k.lägsta_riskklass is not None:
                kreditbetyg = True
                if not k.annan_bevisning_godtas and dag >= gf["PROP-12"]:
                    out.add(("PROP-12", i))
        elif typ == "certifiering":
            certifiering = True

    # PROP-06: uppdelning i delkontrakt (ett enda delkontrakt är ingen uppdelning).
    if direktivstyrd and doc.lagrum in ("LOU", "LUF") and len(doc.delkontrakt) <= 1 and doc.skäl_mot_uppdelning is None and dag >= gf["PROP-06"]:
        out.add(("PROP-06", None))

    # PROP-07 och PROP-08: hänvisningar utan ”eller likvärdigt”.
    for i, spec in enumerate(doc.tekniska_specifikationer):
        if spec.eller_likvärdigt or spec.hänvisning is None:
            continue
        if spec.hänvisning in _MÄRKESHÄNVISNINGAR:
            if dag >= gf["PROP-07"]:
                out.add(("PROP-07", i))
        elif spec.hänvisning == "standard" and dag >= gf["PROP-08"]:
            out.add(("PROP-08", i))

    # PROP-09, -10, -11: tidsfrister (parametrarna gäller från 2017-01-01).
    sista = doc.sista_anbudsdag
    if sista is not None and dag >= ANBUDSTIDER_FRÅN:
        dagar = (sista - dag).days
        if lou and doc.förfarande == "öppet" and dag >= gf["PROP-09"]:
            uppfyllt = (dagar >= ANBUDSTID_ÖPPET
                        or (doc.elektronisk_anbudsgivning and dagar >= ANBUDSTID_ÖPPET_ELEKTRONISK)
                        or ((doc.förhandsannons or doc.brådskande) and dagar >= ANBUDSTID_FÖRKORTAD))
            if not uppfyllt:
                out.add(("PROP-09", None))
        if regim == "19 kap." and dag >= gf["PROP-11"] and dagar < ANBUDSTID_ÖPPET_ELEKTRONISK:
            out.add(("PROP-11", None))
    # PROP-10 counts to sista_ansökningsdag, whatever sista_anbudsdag is (as the rule does).
    if (lou and doc.förfarande in _ANSÖKNINGSFÖRFARANDEN and doc.sista_ansökningsdag is not None
            and dag >= ANBUDSTIDER_FRÅN and dag >= gf["PROP-10"]):
        # Brådska kortar tiden bara i selektivt och förhandlat förfarande.
        ansökan = (doc.sista_ansökningsdag - dag).days
        uppfyllt = ansökan >= ANSÖKNINGSTID or (doc.brådskande and doc.förfarande in _BRÅDSKA_KORTAR
                                                and ansökan >= ANSÖKNINGSTID_BRÅDSKANDE)
        if not uppfyllt:
            out.add(("PROP-10", None))

    # PROP-13, -14, -15: värdet mot gränserna.
    if regim == "direktupphandling":
        gräns = direktupphandlingsgräns(doc.lagrum, bilaga2, dag)
        if gräns is not None and totalt >= gräns and dag >= gf["PROP-13"]:  # värdet ska understiga gränsen
            out.add(("PROP-13", None))
        if dag >= DOKUMENTATIONSGRÄNS_FRÅN and totalt > DOKUMENTATIONSGRÄNS and dag >= gf["PROP-14"]:
            out.add(("PROP-14", None))
    if (regim == "19 kap." or regim == "direktupphandling") and not bilaga2:
        tröskel = tröskelvärde(doc.lagrum, bilaga2, doc.upphandlingsslag, doc.upphandlande_myndighet.typ, dag)
        if tröskel is not None and totalt >= tröskel and dag >= gf["PROP-15"]:
            out.add(("PROP-15", None))

    # PROP-16: minst tre av fyra slutsatser.
    if över_årsvärdet + krävande_referenser + kreditbetyg + certifiering >= 3 and dag >= gf["PROP-16"]:
        out.add(("PROP-16", None))
    return out


# ---------------------------------------------------------------------------------------
# Slumpade förfrågningsunderlag
# ---------------------------------------------------------------------------------------

_FÖRFARANDEN_PER_REGIM = {
    "direktivstyrd": ["öppet", "öppet", "öppet", "selektivt", "förhandlat med föregående annonsering",
                      "förhandlat utan föregående annonsering", "konkurrenspräglad dialog", "innovationspartnerskap"],
    # Förenklat förfarande och urvalsförfarande avskaffades 2022-02-01, före alla dagar här.
    "19 kap.": ["öppet", "öppet", "selektivt", "förhandlat med föregående annonsering"],
    "direktupphandling": ["direktupphandling"],
}
_ALLA_FÖRFARANDEN = sorted({f for fs in _FÖRFARANDEN_PER_REGIM.values() for f in fs} | {"förhandlat utan föregående annonsering"})
_HÄNVISNINGAR = ["varumärke", "fabrikat", "patent", "typ", "ursprung", "framställningssätt", "standard"]
_DAG0 = dt.date(2024, 1, 1)
_DAGAR = (dt.date(2026, 12, 31) - _DAG0).days


def _belopp(rng: random.Random, värde: Decimal) -> Decimal:
    """Ett belopp nära `värde`; ibland med ören, ibland exakt på gränsen."""
    r = rng.random()
    if r < 0.15:
        return värde  # exakt på gränsen
    if r < 0.25:
        return värde + Decimal("0.01")
    if r < 0.35:
        return max(Decimal(0), värde - Decimal(1))
    return (värde * Decimal(str(round(rng.uniform(0.3, 1.7), 3)))).quantize(Decimal(1) if rng.random() < 0.8 else Decimal("0.01"))


def generate_document(rng: random.Random, nummer: int) -> dict:
    """Ett giltigt förfrågningsunderlag som dict, varierat så att varje regel ibland slår till."""
    lagrum = rng.choices(["LOU", "LUF", "LUK", "LOV"], weights=[75, 15, 5, 5])[0]
    regim = rng.choices(["direktivstyrd", "19 kap.", "direktupphandling"], weights=[45, 30, 25])[0]
    bilaga2 = rng.random() < 0.12  # alltid angivet: de slumpade CPV-koderna ska inte avgöra det
    förfarande = rng.choice(_FÖRFARANDEN_PER_REGIM[regim] if rng.random() < 0.9 else _ALLA_FÖRFARANDEN)
    slag = rng.choice(["varor", "tjänster", "byggentreprenad"])
    myndighetstyp = rng.choice(["statlig", "kommunal", "regional", "kommunalt bolag", "övrig"])
    annonsering = _DAG0 + dt.timedelta(days=rng.randint(0, _DAGAR))

    # Värdet: ofta nära den gräns som gäller för regimen, annars log-likformigt.
    gräns = None
    if regim == "direktupphandling" and rng.random() < 0.6:
        gräns = rng.choice([direktupphandlingsgräns(lagrum, bilaga2, annonsering), DOKUMENTATIONSGRÄNS,
                            tröskelvärde(lagrum, bilaga2, slag, myndighetstyp, annonsering)])
    elif regim == "19 kap." and rng.random() < 0.6:
        gräns = tröskelvärde(lagrum, bilaga2, slag, myndighetstyp, annonsering)
    if gräns is not None:
        totalt = _belopp(rng, Decimal(gräns))
    else:
        totalt = Decimal(round(10 ** rng.uniform(4.5, 8.3), rng.choice([0, 0, 0, -3])))
        if rng.random() < 0.1:
            totalt += Decimal("0.50")
    värde: dict = {"totalt": totalt}
    if rng.random() < 0.75:
        värde["per_år"] = (totalt / rng.randint(1, 5)).quantize(Decimal("0.01") if rng.random() < 0.3 else Decimal(1))

    doc: dict = {
        "id": f"BENCH-{nummer:05d}",
        "titel": f"Slumpad upphandling {nummer}",
        "upphandlande_myndighet": {"namn": f"Myndighet {rng.randint(1, 300)}", "organisationsnummer": f"2120{rng.randint(0, 99):02d}-{rng.randint(0, 9999):04d}",
                                   "typ": myndighetstyp},
        "lagrum": lagrum,
        "regim": regim,
        "bilaga_2_tjänst": bilaga2,
        "förfarande": förfarande,
        "upphandlingsslag": slag,
        "cpv_koder": [f"{rng.randint(10_000_000, 99_999_999)}-{rng.randint(0, 9)}" for _ in range(rng.randint(0, 2))],
        "uppskattat_värde": värde,
        "annonseringsdatum": annonsering.isoformat(),
        "förhandsannons": rng.random() < 0.15,
        "brådskande": rng.random() < 0.12,
        "elektronisk_anbudsgivning": rng.random() < 0.8,
    }
    if rng.random() < 0.85:
        # Anbudstid 10–60 dagar, ofta på någon av lagens gränser.
        frist = rng.choice([14, 15, 16, 29, 30, 31, 34, 35, 36]) if rng.random() < 0.4 else rng.randint(10, 60)
        doc["sista_anbudsdag"] = (annonsering + dt.timedelta(days=frist)).isoformat()
        if doc.get("förfarande") in _ANSÖKNINGSFÖRFARANDEN:
            doc["sista_ansökningsdag"] = doc["sista_anbudsdag"]
    if rng.random() < 0.4:
        doc["avtalstid"] = {"grundperiod_månader": rng.choice([12, 24, 36]), "förlängning_månader": rng.choice([0, 12, 24]),
                            "optioner": [{"beskrivning": "Utökad volym", "månader": 12}] if rng.random() < 0.3 else []}

    doc["delkontrakt"] = [{"namn": f"Delkontrakt {i + 1}", **({"uppskattat_värde": (totalt / 3).quantize(Decimal(1))} if rng.random() < 0.5 else {})}
                          for i in range(rng.choices([0, 1, 2, 3], weights=[55, 10, 20, 15])[0])]
    if rng.random() < 0.3:
        doc["skäl_mot_uppdelning"] = rng.choice(["Samordningsvinster mellan leveranserna.", "En enda leverantör krävs av säkerhetsskäl.", "Ett odelbart uppdrag."])

    bas_år = värde.get("per_år", totalt)
    krav = []
    for _ in range(rng.randint(0, 5)):
        typ = rng.choices(["omsättning", "referensuppdrag", "kreditupplysning", "försäkring", "certifiering", "yrkesregister", "övrigt"],
                          weights=[25, 22, 18, 8, 15, 6, 6])[0]
        if typ == "omsättning":
            bas = rng.choice([bas_år, totalt, 2 * bas_år, 2 * totalt])
            k = {"typ": typ, "belopp": _belopp(rng, bas)}
            if rng.random() < 0.7:
                k["antal_år"] = rng.randint(0, 6)
        elif typ == "referensuppdrag":
            k = {"typ": typ, "antal": rng.randint(1, 5), "tidsperiod_år": rng.randint(1, 8)}
        elif typ == "kreditupplysning":
            k = {"typ": typ, "annan_bevisning_godtas": rng.random() < 0.4}
            if rng.random() < 0.7:
                k["lägsta_riskklass"] = rng.randint(1, 5)
        elif typ == "försäkring":
            k = {"typ": typ, **({"belopp": rng.choice([1_000_000, 5_000_000, 10_000_000])} if rng.random() < 0.7 else {})}
        elif typ == "certifiering":
            k = {"typ": typ, "standard": rng.choice(["ISO 9001", "ISO 14001", "ISO 45001"]), "eller_likvärdigt": rng.random() < 0.5}
        elif typ == "yrkesregister":
            k = {"typ": typ, "registernamn": "Bolagsverkets register"}
        else:
            k = {"typ": typ, "beskrivning": "Annat krav"}
        krav.append(k)
    doc["kvalificeringskrav"] = krav

    specar = []
    for i in range(rng.randint(0, 3)):
        spec = {"beskrivning": f"Specifikation {i + 1}", "eller_likvärdigt": rng.random() < 0.5}
        if rng.random() < 0.75:
            spec["hänvisning"] = rng.choice(_HÄNVISNINGAR)
            spec["hänvisning_namn"] = rng.choice(["Acme", "SS-EN 13432", "Typ X"])
        specar.append(spec)
    doc["tekniska_specifikationer"] = specar

    if rng.random() < 0.2:
        doc["motiveringar"] = [{"regel": rng.choice(REGELKODER), "text": "Särskilda skäl anges i upphandlingsdokumentet."}
                               for _ in range(rng.randint(1, 2))]
    return doc


# ---------------------------------------------------------------------------------------
# Mätning och jämförelse
# ---------------------------------------------------------------------------------------

_INDEX = re.compile(r"\[(\d+)\]")


def engine_keys(result, for_each: dict[str, bool]) -> set[tuple[str, int | None]]:
    keys = set()
    for f in result.findings:
        if f.utfall == "underlag saknas" or f.kod not in REGELKODER:  # the hand-written check covers PROP only
            continue
        index = None
        if for_each.get(f.kod):
            match = next((m for m in (_INDEX.search(p) for p in f.fält) if m), None)
            index = int(match.group(1)) if match else -1  # -1: regeln har för varje men fältet saknar index
        keys.add((f.kod, index))
    return keys


def best_of(repetitions: int, run) -> tuple[float, list]:
    best, results = float("inf"), None
    for _ in range(repetitions):
        gc.collect()
        start = time.perf_counter()
        results = run()
        best = min(best, time.perf_counter() - start)
    return best, results


def python_peak(run) -> int:
    """Högsta Python-allokering (tracemalloc) under en extra, otidtagen omgång."""
    gc.collect()
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def _heltal(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"”{text}” är inget heltal") from None


class _SvenskHjälp(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix="användning: ")


class _SvenskParser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fel: {message}\n")


def svensk_parser(description: str) -> _SvenskParser:
    """The benchmarks' common options, in Swedish: --hjälp, --antal and --frö (as `fro`)."""
    parser = _SvenskParser(add_help=False, formatter_class=_SvenskHjälp, description=description)
    parser._optionals.title = "flaggor"
    parser.add_argument("-h", "--hjälp", action="help", help="visa den här hjälptexten och avsluta")
    parser.add_argument("--antal", type=_heltal, default=2000, metavar="N", help="antal slumpade förfrågningsunderlag (standard 2000)")
    parser.add_argument("--frö", dest="fro", type=_heltal, default=1, metavar="S", help="frö till slumpgeneratorn (standard 1)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = svensk_parser("Mäter dokument per sekund för regelmotorn (Checker.check) och för en handskriven "
                           "kontroll av samma proportionalitetsregler, och kontrollerar att båda ger samma fynd.")
    parser.add_argument("--bara-yaml", dest="only_yaml", action="store_true",
                        help="mät bara granska av YAML-filerna mot golvet (hoppa över jämförelsen med den handskrivna kontrollen)")
    args = parser.parse_args(argv)
    if args.antal < 1:
        parser.error("--antal måste vara minst 1")
    if args.only_yaml:
        rulebook = load_rulebook(rules_dir())
        yaml_files(args.antal, args.fro, Checker(rulebook), rulebook)
        return 0

    rng = random.Random(args.fro)
    t0 = time.perf_counter()
    docs = [Förfrågningsunderlag.model_validate(generate_document(rng, n)) for n in range(args.antal)]
    gen_time = time.perf_counter() - t0

    t0 = time.perf_counter()
    rulebook = load_rulebook(rules_dir())
    t1 = time.perf_counter()
    checker = Checker(rulebook)
    t2 = time.perf_counter()
    load_time, build_time = t1 - t0, t2 - t1
    for_each = {r.code: r.for_each is not None for r in rulebook.rules}

    def run_engine():
        check = checker.check
        return [check(d) for d in docs]

    def run_handwritten():
        return [handwritten_check(d) for d in docs]

    engine_time, engine_results = best_of(REPETITIONER, run_engine)
    hand_time, hand_results = best_of(REPETITIONER, run_handwritten)
    engine_sets = [engine_keys(r, for_each) for r in engine_results]

    disagreements = []
    for doc, e, h in zip(docs, engine_sets, hand_results):
        if e != h:
            disagreements.append((doc.id, sorted(e - h, key=str), sorted(h - e, key=str)))

    engine_peak = python_peak(run_engine)
    hand_peak = python_peak(run_handwritten)
    maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB

    total_engine = sum(len(s) for s in engine_sets)
    total_hand = sum(len(s) for s in hand_results)
    per_rule_e = Counter(code for s in engine_sets for code, _ in s)
    per_rule_h = Counter(code for s in hand_results for code, _ in s)
    docs_with_e = Counter(code for s in engine_sets for code in {c for c, _ in s})
    n = args.antal
    engine_rate, hand_rate = n / engine_time, n / hand_time

    print(f"Granskning av {n} slumpade förfrågningsunderlag (frö {args.fro}); bästa av {REPETITIONER} omgångar per väg.")
    print(f"(Underlagen skapades och validerades på {gen_time:.2f} s; det ingår inte i någon mätning.)")
    print()
    print("Fynd per regel (regelmotor / handskriven; antal underlag där regeln slår till av alla):")
    for code in REGELKODER:
        mark = "" if 0 < docs_with_e[code] < n else "   <- slår aldrig till eller alltid"
        print(f"  {code}: {per_rule_e[code]:5d} / {per_rule_h[code]:5d}   ({docs_with_e[code]} av {n} underlag){mark}")
    print()
    rows = [
        ("Start: läsa regelboken", f"{load_time * 1000:.1f} ms"),
        ("Start: bygga motorn (Checker)", f"{build_time * 1000:.1f} ms"),
        ("Regelmotorn (Checker.check)", f"{engine_rate:,.0f} underlag/s  ({engine_time * 1000 / n:.3f} ms/underlag)".replace(",", " ")),
        ("Handskriven kontroll", f"{hand_rate:,.0f} underlag/s  ({hand_time * 1000 / n:.4f} ms/underlag)".replace(",", " ")),
        ("Kvot handskriven / regelmotor", f"{hand_rate / engine_rate:.0f} gånger snabbare".replace(",", " ")),
        ("Fynd totalt (regelmotor / handskriven)", f"{total_engine} / {total_hand}"),
        ("Python-minne, topp (tracemalloc), motor", f"{engine_peak / 2**20:.1f} MiB"),
        ("Python-minne, topp (tracemalloc), handskriven", f"{hand_peak / 2**20:.1f} MiB"),
        ("Processens högsta RSS (maxrss, hela körningen)", f"{maxrss_mb:.1f} MiB"),
        ("Avvikelser mellan vägarna", f"{len(disagreements)} underlag"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'Mått':<{width}}  Värde")
    print(f"{'-' * width}  {'-' * 40}")
    for label, text in rows:
        print(f"{label:<{width}}  {text}")

    yaml_files(args.antal, args.fro, checker, rulebook)

    if disagreements:
        print()
        print(f"AVVIKELSER: regelmotorn och den handskrivna kontrollen är oeniga om {len(disagreements)} underlag; "
              f"siffrorna ovan är inte jämförbara. (Har rules/ ändrats sedan handwritten_check skrevs?) De första:")
        by_rule = Counter(code for _, only_e, only_h in disagreements for code, _ in only_e + only_h)
        for doc_id, only_e, only_h in disagreements[:8]:
            print(f"  {doc_id}: bara regelmotorn {only_e or '-'}; bara handskriven {only_h or '-'}")
        print("  Oeniga per regel: " + ", ".join(f"{c} {k}" for c, k in sorted(by_rule.items())))
        return 1
    return 0


def yaml_text(document: dict) -> str:
    """A generated document as the YAML a procurer would write."""
    return yaml.safe_dump(_plain(document), allow_unicode=True, sort_keys=False)


def _plain(value):
    """Decimals as YAML numbers (safe_dump does not know Decimal)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral() else float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


YAML_GOAL = 2.0


def yaml_files(count: int, seed: int, checker: Checker, rulebook) -> None:
    """`granska` of the documents as YAML files (read, checked, the text report; JSON beside it) ÷
    parsing the same files with libyaml alone; both with the garbage collector set as the `kravmotor`
    program sets it (`program.tune_collector`: at Python's default the collector walks the results
    held so far again and again, about a quarter of the time)."""
    from kravmotor.checks import check_files, render_run
    from kravmotor.program import tune_collector

    if not getattr(yaml, "__with_libyaml__", False):
        print("\nPyYAML saknar libyaml (yaml.CSafeLoader): granskning av YAML-filer mäts inte.")
        return
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="bench-granska-") as tmp:
        paths = []
        for n in range(count):
            path = Path(tmp) / f"u{n:06d}.yaml"
            path.write_text(yaml_text(generate_document(rng, n)), encoding="utf-8")
            paths.append(path)

        def parse_only():
            return [yaml.load(p.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) for p in paths]

        def granska(fmt: str):
            run = check_files(paths, checker)
            if run.problems:
                raise SystemExit(f"granskningen gav fel: {run.problems[0].message}")
            return render_run(run, fmt, rulebook)

        # Alternately, so that a machine shared with others loads the floor and granska alike.
        floor = text = as_json = float("inf")
        threshold = gc.get_threshold()
        tune_collector()
        try:
            for _ in range(REPETITIONER):
                floor = min(floor, best_of(1, parse_only)[0])
                text = min(text, best_of(1, lambda: granska("text"))[0])
                as_json = min(as_json, best_of(1, lambda: granska("json"))[0])
        finally:
            gc.set_threshold(*threshold)
    ratio = text / floor
    print(f"\ngranska av {count} YAML-filer ÷ yaml.CSafeLoader som bara tolkar samma filer "
          f"(bästa av {REPETITIONER} omgångar var, växelvis):")
    print(f"  golv (CSafeLoader)       {floor * 1000 / count:7.3f} ms/underlag".replace(".", ","))
    print(f"  granska, textrapport     {text * 1000 / count:7.3f} ms/underlag  {ratio:.2f}×".replace(".", ","))
    print(f"  granska, JSON            {as_json * 1000 / count:7.3f} ms/underlag  {as_json / floor:.2f}×".replace(".", ","))
    print(f"  mål: textrapporten högst {YAML_GOAL:.0f}× golvet: {'uppfyllt' if ratio <= YAML_GOAL else 'EJ uppfyllt'}")


if __name__ == "__main__":
    sys.exit(main())
