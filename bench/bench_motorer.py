"""Jämför regelmotorer sida vid sida på samma regler och samma förfrågningsunderlag.

Körs som

    PYTHONPATH=src /work/venv/bin/python bench/bench_motorer.py [--antal N] [--frö S] [--start-körningar K]

Skriptet gör allt i en och samma körning:

1. skriver en liten fast regelsamling (åtta regler och en slutsats, se REGLER) i
   regelspråket till en tillfällig katalog och läser den med `load_rulebook`;
2. skapar N slumpade men giltiga förfrågningsunderlag (samma generator som
   bench_granska.py) och gör om dem till varje motors indata, utan tidtagning;
3. kontrollerar att varje motor ger samma mängd (regelkod, elementindex) per
   underlag som den handskrivna Python-koden; skiljer de sig åt skrivs de första
   avvikelserna ut och skriptet avslutas med felkod 1;
4. mäter underlag per sekund för varje motor (bästa av tre omgångar, bara
   utvärderingen), Python-minnets topp (tracemalloc, en extra omgång utan
   tidtagning) och sedan starttiden för hela kommandot `kravmotor granska`
   i nya processer.

Motorerna: handskriven Python (golvet), kravmotors NativeEngine och DurableEngine,
durable_rules direkt (handskrivna regeldefinitioner, utan kravmotor), zen-engine
(JDM-graf med beslutstabeller) och rule-engine (ett `Rule` per regel).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from bench_granska import _heltal, best_of, generate_document, python_peak, svensk_parser

from kravmotor.lang.loader import load_rulebook
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.motor.facts import document_data, resolve_parameters
from kravmotor.motor.native_backend import NativeEngine

REPETITIONER = 3
REPO = Path(__file__).resolve().parent.parent
EXEMPEL = "examples/lokalvard-kommun.yaml"

# ---------------------------------------------------------------------------------------
# The rules, in the rule language. The parameter values and limits below are spelled
# once in Python and used both here and in every hand-written engine.
# ---------------------------------------------------------------------------------------

GRÄNS = 700_000  # parameter direktupphandlingsgräns
ANBUDSTID = 30  # parameter minsta_anbudstid, days
LITEN = 5_000_000  # MAT-06: "small" procurement
MAX_MÅNADER = 48  # MAT-07
MÄRKEN = ("varumärke", "fabrikat", "patent")  # MAT-04
REGELKODER = [f"MAT-{n:02d}" for n in range(1, 9)]

OMRÅDEN = """\
mätning:
  prefix: MAT
  titel: Mätregler
  beskrivning: Regler som bara finns för bench/bench_motorer.py.
"""

_HUVUD = """  område mätning
  källa "bench/bench_motorer.py"
  typ HARD
  säkerhet V1
  utfall fel"""


def _tal(n: int) -> str:
    return f"{n:,}".replace(",", " ")  # the rule language groups thousands with a space


REGLER = f"""\
parameter direktupphandlingsgräns "Direktupphandlingsgräns"
  enhet kr
  källa "bench/bench_motorer.py"
  värde {_tal(GRÄNS)} från 2017-01-01
slut

parameter minsta_anbudstid "Minsta anbudstid"
  enhet dagar
  källa "bench/bench_motorer.py"
  värde {ANBUDSTID} från 2017-01-01
slut

slutsats höga_ekonomiska_krav "Ett omsättningskrav är högre än kontraktets värde"
  källa "bench/bench_motorer.py"
  om någon kvalificeringskrav som k där (k.typ = "omsättning" och k.belopp > uppskattat_värde.totalt)
slut

regel MAT-01 "Omsättningskrav högst två gånger värdet"
{_HUVUD}
  om regim = "direktivstyrd"
  för varje kvalificeringskrav som krav där krav.typ = "omsättning"
  kräv krav.belopp <= 2 * uppskattat_värde.totalt
  meddelande "För högt omsättningskrav."
slut

regel MAT-02 "Värdet över direktupphandlingsgränsen"
{_HUVUD}
  om regim = "direktupphandling"
  kräv uppskattat_värde.totalt <= parameter direktupphandlingsgräns
  meddelande "Värdet är över direktupphandlingsgränsen."
slut

regel MAT-03 "Anbudstiden kortare än minimum"
{_HUVUD}
  om förfarande = "öppet" och sista_anbudsdag finns
  kräv dagar från annonseringsdatum till sista_anbudsdag >= parameter minsta_anbudstid
  meddelande "För kort anbudstid."
slut

regel MAT-04 "Hänvisning till varumärke utan eller likvärdigt"
{_HUVUD}
  för varje tekniska_specifikationer som spec där spec.hänvisning i [{", ".join(f'"{m}"' for m in MÄRKEN)}]
  kräv spec.eller_likvärdigt
  meddelande "Hänvisning utan ”eller likvärdigt”."
slut

regel MAT-05 "Skäl mot uppdelning saknas"
{_HUVUD}
  om regim = "direktivstyrd" och delkontrakt saknas
  kräv skäl_mot_uppdelning finns
  meddelande "Inga delkontrakt och inga skäl."
slut

regel MAT-06 "Krav på kreditbetyg utan annan bevisning i en liten upphandling"
{_HUVUD}
  om uppskattat_värde.totalt < {_tal(LITEN)}
  kräv ingen kvalificeringskrav som k där (k.typ = "kreditupplysning" och k.lägsta_riskklass >= 3 och inte k.annan_bevisning_godtas)
  meddelande "Kreditbetyg krävs utan att annan bevisning godtas."
slut

regel MAT-07 "Avtalstiden längre än fyra år"
{_HUVUD}
  kräv avtalstid.grundperiod_månader + avtalstid.förlängning_månader <= {MAX_MÅNADER}
  meddelande "För lång avtalstid."
slut

regel MAT-08 "Höga ekonomiska krav i en liten upphandling"
{_HUVUD}
  om slutsats höga_ekonomiska_krav
  kräv uppskattat_värde.totalt > parameter direktupphandlingsgräns
  meddelande "Högt omsättningskrav under direktupphandlingsgränsen."
slut
"""

Keys = set[tuple[str, int | None]]


# ---------------------------------------------------------------------------------------
# handskriven: the floor. Plain Python on the same data as the native engine
# (document_data: nested dicts, Decimal amounts, date objects). A missing value makes a
# comparison false, as in the rule language.
# ---------------------------------------------------------------------------------------


def handskriven(d: dict) -> Keys:
    out: Keys = set()
    regim = d["regim"]
    totalt = d["uppskattat_värde"]["totalt"]
    krav = d.get("kvalificeringskrav") or ()
    direktivstyrd = regim == "direktivstyrd"
    höga = False
    for i, k in enumerate(krav):
        typ = k.get("typ")
        if typ == "omsättning":
            belopp = k.get("belopp")
            if belopp is not None:
                if direktivstyrd and belopp > 2 * totalt:
                    out.add(("MAT-01", i))
                if belopp > totalt:
                    höga = True
        elif (typ == "kreditupplysning" and totalt < LITEN and k.get("annan_bevisning_godtas") is False
              and (r := k.get("lägsta_riskklass")) is not None and r >= 3):
            out.add(("MAT-06", None))
    if regim == "direktupphandling" and totalt > GRÄNS:
        out.add(("MAT-02", None))
    sista = d.get("sista_anbudsdag")
    if d.get("förfarande") == "öppet" and sista is not None and (sista - d["annonseringsdatum"]).days < ANBUDSTID:
        out.add(("MAT-03", None))
    for i, s in enumerate(d.get("tekniska_specifikationer") or ()):
        if s.get("hänvisning") in MÄRKEN and s.get("eller_likvärdigt") is False:
            out.add(("MAT-04", i))
    if direktivstyrd and not d.get("delkontrakt") and d.get("skäl_mot_uppdelning") is None:
        out.add(("MAT-05", None))
    avtal = d.get("avtalstid")
    if avtal is not None and avtal["grundperiod_månader"] + avtal["förlängning_månader"] > MAX_MÅNADER:
        out.add(("MAT-07", None))
    if höga and totalt <= GRÄNS:
        out.add(("MAT-08", None))
    return out


# ---------------------------------------------------------------------------------------
# kravmotor: NativeEngine and DurableEngine on document_data plus the resolved parameters.
# ---------------------------------------------------------------------------------------


def outcome_keys(outcome) -> Keys:
    return {(h.rule.code, h.index) for h in outcome.hits}


# ---------------------------------------------------------------------------------------
# durable direkt: durable_rules without kravmotor. Hand-written ruleset definitions
# (the JSON form that durable.lang produces), a private host like kravmotor's
# _QuietHost (durable.lang's global host refuses a ruleset name twice and starts
# threads), one session emptied by retraction after every document (never
# delete_state: see durable_backend.py). The derived fact höga_ekonomiska_krav is
# written into MAT-08 as a join, as one would by hand.
# ---------------------------------------------------------------------------------------

_DOK = {"t": "dok"}
DURABLE_REGLER = {
    "MAT-01": {"all": [{"d": {"$and": [_DOK, {"regim": "direktivstyrd"}]}},
                       {"e": {"$and": [{"t": "krav"}, {"typ": "omsättning"},
                                       {"$gt": {"belopp": {"$mul": {"$l": {"d": "totalt"}, "$r": 2}}}}]}}]},
    "MAT-02": {"all": [{"d": {"$and": [_DOK, {"regim": "direktupphandling"}, {"$gt": {"totalt": GRÄNS}}]}}]},
    "MAT-03": {"all": [{"d": {"$and": [_DOK, {"förfarande": "öppet"}, {"$ex": {"sista": 1}},
                                       {"$lt": {"sista": {"$add": {"$l": {"$m": "annons"}, "$r": ANBUDSTID}}}}]}}]},
    "MAT-04": {"all": [{"e": {"$and": [{"t": "spec"}, {"$or": [{"hänvisning": m} for m in MÄRKEN]}, {"el": False}]}}]},
    "MAT-05": {"all": [{"d": {"$and": [_DOK, {"regim": "direktivstyrd"}, {"delkontrakt": 0}, {"$nex": {"skäl": 1}}]}}]},
    "MAT-06": {"all": [{"d": {"$and": [_DOK, {"$lt": {"totalt": LITEN}}]}},
                       {"k": {"$and": [{"t": "krav"}, {"typ": "kreditupplysning"}, {"$gte": {"riskklass": 3}}, {"annan": False}]}}]},
    "MAT-07": {"all": [{"d": {"$and": [_DOK, {"$ex": {"förlängning": 1}},
                                       {"$gt": {"grundperiod": {"$sub": {"$l": MAX_MÅNADER, "$r": {"$m": "förlängning"}}}}}]}}]},
    "MAT-08": {"all": [{"d": {"$and": [_DOK, {"$lte": {"totalt": GRÄNS}}]}},
                       {"k": {"$and": [{"t": "krav"}, {"typ": "omsättning"}, {"$gt": {"belopp": {"d": "totalt"}}}]}}]},
}


def durable_fakta(d: dict) -> list[dict]:
    """The document as durable_rules facts: list elements first (for `$not`), the document last."""
    fakta = []
    for i, k in enumerate(d.get("kvalificeringskrav") or ()):
        fakt = {"t": "krav", "i": i, "typ": k["typ"]}
        if "belopp" in k:
            fakt["belopp"] = float(k["belopp"])
        if "lägsta_riskklass" in k:
            fakt["riskklass"] = k["lägsta_riskklass"]
        if "annan_bevisning_godtas" in k:
            fakt["annan"] = k["annan_bevisning_godtas"]
        fakta.append(fakt)
    for i, s in enumerate(d.get("tekniska_specifikationer") or ()):
        fakt = {"t": "spec", "i": i, "el": s["eller_likvärdigt"]}
        if "hänvisning" in s:
            fakt["hänvisning"] = s["hänvisning"]
        fakta.append(fakt)
    dok = {"t": "dok", "regim": d["regim"], "förfarande": d["förfarande"], "totalt": float(d["uppskattat_värde"]["totalt"]),
           "annons": d["annonseringsdatum"].toordinal(), "delkontrakt": len(d.get("delkontrakt") or ())}
    if "sista_anbudsdag" in d:
        dok["sista"] = d["sista_anbudsdag"].toordinal()
    if "skäl_mot_uppdelning" in d:
        dok["skäl"] = True
    if "avtalstid" in d:
        dok["grundperiod"] = d["avtalstid"]["grundperiod_månader"]
        dok["förlängning"] = d["avtalstid"]["förlängning_månader"]
    fakta.append(dok)
    return fakta


class DurableDirekt:
    def __init__(self):
        from durable import engine as durable_engine

        self._not_handled = durable_engine.MessageNotHandledException
        self.fired: list[tuple[str, int | None]] = []
        fired = self.fired

        def action(code: str, alias: str | None):
            if alias is None:
                return lambda c: fired.append((code, None))
            return lambda c: fired.append((code, getattr(c, alias)["i"]))

        actions = {code: action(code, "e" if code in ("MAT-01", "MAT-04") else None) for code in DURABLE_REGLER}

        class Host(durable_engine.Host):
            def _run(self):  # no background dispatch threads; actions run inline in the assert
                pass

            def get_action(self, name):
                return actions[name]

        self.host = Host()
        self.namn = f"bench_direkt_{id(self)}"
        self.host.register_rulesets({self.namn: {code: {**rule, "run": code} for code, rule in DURABLE_REGLER.items()}})

    def evaluate(self, fakta: list[dict]) -> list[tuple[str, int | None]]:
        host, namn, not_handled = self.host, self.namn, self._not_handled
        self.fired.clear()
        asserted = []
        try:
            for fakt in fakta:
                try:
                    host.assert_fact(namn, fakt)
                except not_handled:  # no rule reads this fact
                    continue
                asserted.append(fakt)
        finally:
            for fakt in reversed(asserted):  # the document first
                host.retract_fact(namn, fakt)
        return list(self.fired)


# ---------------------------------------------------------------------------------------
# zen-engine: a JDM graph built here. input -> expression node (the derived fact) ->
# decision table over the document; input -> one decision table per list, in loop
# mode (one evaluation per element; the result is a list per element, so the
# element index is its position). Hit policy "collect", one row per rule. ZEN's
# lexer takes ASCII names only: other fields are read as $root['…'], the document
# from a loop table as $nodes.in. The input is the document as JSON-able data
# (floats, ISO dates); that conversion is timed separately.
# ---------------------------------------------------------------------------------------


def _zen_tabell(nod_id: str, kolumner: list[tuple[str, str]], rader: list[tuple[str, list[str]]], lista: str | None) -> dict:
    inputs = [{"id": f"{nod_id}_c{n}", "name": namn, "field": fält} if fält else {"id": f"{nod_id}_c{n}", "name": namn}
              for n, (namn, fält) in enumerate(kolumner)]
    rules = []
    for kod, celler in rader:
        rad = {"_id": f"{nod_id}_{kod}", f"{nod_id}_ut": json.dumps(kod)}
        rad.update({f"{nod_id}_c{n}": cell for n, cell in enumerate(celler)})
        rules.append(rad)
    return {"id": nod_id, "type": "decisionTableNode", "name": nod_id, "position": {"x": 400, "y": 0},
            "content": {"hitPolicy": "collect", "inputs": inputs, "outputs": [{"id": f"{nod_id}_ut", "name": "kod", "field": "kod"}],
                        "rules": rules, "passThrough": False, "inputField": lista, "outputPath": nod_id,
                        "executionMode": "loop" if lista else "single"}}


def zen_jdm() -> dict:
    totalt = "$root['uppskattat_värde'].totalt"
    dok_totalt = "$nodes.in['uppskattat_värde'].totalt"
    slutsatser = {"id": "slutsatser", "type": "expressionNode", "name": "slutsatser", "position": {"x": 200, "y": 0},
                  "content": {"expressions": [{"id": "x1", "key": "hoga_ekonomiska_krav",
                                               "value": f"some(kvalificeringskrav, #.typ == 'omsättning' and #.belopp != null and #.belopp > {totalt})"}],
                              "passThrough": True, "inputField": None, "outputPath": None, "executionMode": "single"}}
    dokument = _zen_tabell("dokument", [("regim", "regim"), ("förfarande", "$root['förfarande']"), ("villkor", "")], [
        ("MAT-02", ['"direktupphandling"', "", f"{totalt} > {GRÄNS}"]),
        ("MAT-03", ["", '"öppet"', f"$root['sista_anbudsdag'] != null and "
                                  f"d($root['sista_anbudsdag']).diff(d(annonseringsdatum), 'day') < {ANBUDSTID}"]),
        ("MAT-05", ['"direktivstyrd"', "", "len(delkontrakt) == 0 and $root['skäl_mot_uppdelning'] == null"]),
        ("MAT-06", ["", "", f"{totalt} < {LITEN} and some(kvalificeringskrav, #.typ == 'kreditupplysning' and "
                            f"#['lägsta_riskklass'] != null and #['lägsta_riskklass'] >= 3 and #['annan_bevisning_godtas'] == false)"]),
        ("MAT-07", ["", "", f"avtalstid != null and avtalstid['grundperiod_månader'] + avtalstid['förlängning_månader'] > {MAX_MÅNADER}"]),
        ("MAT-08", ["", "", f"hoga_ekonomiska_krav and {totalt} <= {GRÄNS}"]),
    ], None)
    krav = _zen_tabell("krav", [("typ", "typ"), ("villkor", "")], [
        ("MAT-01", ['"omsättning"', f"$nodes.in.regim == 'direktivstyrd' and belopp != null and belopp > 2 * {dok_totalt}"]),
    ], "kvalificeringskrav")
    spec = _zen_tabell("spec", [("hänvisning", "$root['hänvisning']"), ("eller likvärdigt", "$root['eller_likvärdigt']")], [
        ("MAT-04", [", ".join(json.dumps(m, ensure_ascii=False) for m in MÄRKEN), "false"]),
    ], "tekniska_specifikationer")
    nodes = [{"id": "in", "type": "inputNode", "name": "in", "position": {"x": 0, "y": 0}, "content": {}},
             slutsatser, dokument, krav, spec,
             {"id": "ut", "type": "outputNode", "name": "ut", "position": {"x": 600, "y": 0}, "content": {}}]
    kanter = [("in", "slutsatser"), ("slutsatser", "dokument"), ("in", "krav"), ("in", "spec"),
              ("dokument", "ut"), ("krav", "ut"), ("spec", "ut")]
    edges = [{"id": f"k{n}", "sourceId": a, "targetId": b, "type": "edge"} for n, (a, b) in enumerate(kanter)]
    return {"nodes": nodes, "edges": edges}


def zen_indata(value: Any) -> Any:
    """document_data as JSON-able data: Decimal -> float, date -> ISO text."""
    if isinstance(value, dict):
        return {k: zen_indata(v) for k, v in value.items()}
    if isinstance(value, list):
        return [zen_indata(v) for v in value]
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def zen_keys(result: dict) -> Keys:
    r = result["result"]
    keys: Keys = {(row["kod"], None) for row in r.get("dokument") or ()}
    for lista in ("krav", "spec"):
        for i, rows in enumerate(r.get(lista) or ()):
            keys.update((row["kod"], i) for row in rows)
    return keys


# ---------------------------------------------------------------------------------------
# rule-engine: one Rule per kravmotor rule, evaluated on the document_data dicts
# themselves (rule-engine takes Decimal, date and dict). Its symbols are ASCII only,
# so a resolver maps them to the Swedish keys; inside a dict, keys are indexed as
# ['…']. A `för varje` rule is matched once
# per element, with `e` the element and the document's fields beside it. A key that
# may be missing is tested with `'key' in mapping` first.
# ---------------------------------------------------------------------------------------

_ASCII = str.maketrans("åäöÅÄÖ", "aaoAAO")


class _Element:
    __slots__ = ("doc", "e")

    def __init__(self, doc: dict, e: dict):
        self.doc, self.e = doc, e


class RuleEngine:
    DOKUMENT = {
        "MAT-02": f"regim == 'direktupphandling' and uppskattat_varde['totalt'] > {GRÄNS}",
        "MAT-03": f"forfarande == 'öppet' and sista_anbudsdag != null and (sista_anbudsdag - annonseringsdatum).days < {ANBUDSTID}",
        "MAT-05": "regim == 'direktivstyrd' and delkontrakt.is_empty and skal_mot_uppdelning == null",
        "MAT-06": f"uppskattat_varde['totalt'] < {LITEN} and [k for k in kvalificeringskrav if k['typ'] == 'kreditupplysning' "
                  "and 'lägsta_riskklass' in k and k['lägsta_riskklass'] >= 3 "
                  "and 'annan_bevisning_godtas' in k and k['annan_bevisning_godtas'] == false].length > 0",
        "MAT-07": f"avtalstid != null and avtalstid['grundperiod_månader'] + avtalstid['förlängning_månader'] > {MAX_MÅNADER}",
    }
    SLUTSATS = ("[k for k in kvalificeringskrav if k['typ'] == 'omsättning' and 'belopp' in k "
                "and k['belopp'] > uppskattat_varde['totalt']].length > 0")
    MAT_08 = f"uppskattat_varde['totalt'] <= {GRÄNS}"
    ELEMENT = {
        "MAT-01": ("kvalificeringskrav", "regim == 'direktivstyrd' and e['typ'] == 'omsättning' and 'belopp' in e "
                                         "and e['belopp'] > 2 * uppskattat_varde['totalt']"),
        "MAT-04": ("tekniska_specifikationer", f"'hänvisning' in e and e['hänvisning'] in {list(MÄRKEN)!r} and e['eller_likvärdigt'] == false"),
    }

    def __init__(self):
        import rule_engine

        def resolve(thing, name):
            if type(thing) is _Element:
                if name == "e":
                    return thing.e
                thing = thing.doc
            return thing.get(self._names.get(name, name))

        self._names: dict[str, str] = {}
        context = rule_engine.Context(resolver=resolve)
        self.dokument = [(kod, rule_engine.Rule(text, context=context)) for kod, text in self.DOKUMENT.items()]
        self.slutsats = rule_engine.Rule(self.SLUTSATS, context=context)
        self.mat_08 = rule_engine.Rule(self.MAT_08, context=context)
        self.element = [(kod, lista, rule_engine.Rule(text, context=context)) for kod, (lista, text) in self.ELEMENT.items()]

    def learn_names(self, keys) -> None:
        """ASCII spelling -> Swedish key, for every top-level key of the model (setup, untimed)."""
        self._names.update({k.translate(_ASCII): k for k in keys})

    def evaluate(self, d: dict) -> Keys:
        out: Keys = {(kod, None) for kod, rule in self.dokument if rule.matches(d)}
        if self.slutsats.matches(d) and self.mat_08.matches(d):
            out.add(("MAT-08", None))
        for kod, lista, rule in self.element:
            for i, e in enumerate(d.get(lista) or ()):
                if rule.matches(_Element(d, e)):
                    out.add((kod, i))
        return out


# ---------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------


class Motor:
    """One engine: how its input is made from (data, params), how it runs over all inputs, its keys."""

    def __init__(self, namn: str, kör_alla: Callable[[list], list], nycklar: Callable[[Any], Keys],
                 förbered: Callable[[dict, dict], Any] | None = None):
        self.namn = namn
        self.kör_alla = kör_alla
        self.nycklar = nycklar
        self.förbered = förbered  # None: the input is document_data (+ params) as it is
        self.indata: list = []
        self.konvertering = 0.0  # s for all documents, best of REPETITIONER
        self.tid = 0.0
        self.topp = 0


def bygg_motorer(rulebook) -> tuple[list[Motor], "RuleEngine"]:
    try:
        import rule_engine  # noqa: F401  (used by RuleEngine)
        import zen
        from kravmotor.motor.durable_backend import DurableEngine
    except ImportError as exc:
        raise SystemExit(f"bench_motorer.py behöver durable-rules, zen-engine och rule-engine ({exc}); "
                         "installera dem med pip install '.[bench]'") from None

    native = NativeEngine(rulebook.rules, rulebook.derivations).evaluate
    durable = DurableEngine(rulebook.rules, rulebook.derivations).evaluate
    direkt = DurableDirekt().evaluate
    beslut = zen.ZenEngine().create_decision(json.dumps(zen_jdm(), ensure_ascii=False)).evaluate
    regler = RuleEngine()
    return [
        Motor("handskriven", lambda xs: [handskriven(d) for d, _ in xs], lambda r: r),
        Motor("native", lambda xs: [native(d, p) for d, p in xs], outcome_keys),
        Motor("durable (kravmotor)", lambda xs: [durable(d, p) for d, p in xs], outcome_keys),
        Motor("durable direkt", lambda xs: [direkt(f) for f in xs], set, förbered=lambda d, p: durable_fakta(d)),
        Motor("zen-engine", lambda xs: [beslut(z) for z in xs], zen_keys, förbered=lambda d, p: zen_indata(d)),
        Motor("rule-engine", lambda xs: [regler.evaluate(d) for d, _ in xs], lambda r: r),
    ], regler


def _sv(tal: float, decimaler: int) -> str:
    """Swedish number style: a space groups thousands, a comma marks decimals."""
    return f"{tal:,.{decimaler}f}".replace(",", " ").replace(".", ",")


def _tid(sekunder: float, antal: int) -> str:
    return f"{_sv(sekunder * 1e6 / antal, 1)} µs"


def _per_s(antal: int, sekunder: float) -> str:
    return _sv(antal / sekunder, 0)


def _kvot(kvot: float, decimaler: int = 1) -> str:
    return f"{_sv(kvot, decimaler)}×"


def skriv_tabell(rubriker: list[str], rader: list[list[str]], vänster: int = 1) -> None:
    bredd = [max(len(r[i]) for r in [rubriker] + rader) for i in range(len(rubriker))]

    def rad(celler):
        return "  ".join(c.ljust(b) if i < vänster else c.rjust(b) for i, (c, b) in enumerate(zip(celler, bredd))).rstrip()

    print(rad(rubriker))
    print("  ".join("-" * b for b in bredd))
    for r in rader:
        print(rad(r))


# ---------------------------------------------------------------------------------------
# Start-up: whole processes
# ---------------------------------------------------------------------------------------


def starttider(körningar: int) -> list[tuple[str, list[float]]]:
    py = sys.executable
    granska = [py, "-m", "kravmotor", "granska"]
    utan_cache = {"KRAVMOTOR_INGEN_CACHE": "1"}  # lark builds its parser from the grammar every time
    kommandon = [
        ("python -c pass", [py, "-c", "pass"], {}),
        ("python -c \"import kravmotor.cli\"", [py, "-c", "import kravmotor.cli"], {}),
        ("kravmotor granska (native)", granska + [EXEMPEL], {}),
        ("kravmotor granska (native, utan parsercache)", granska + [EXEMPEL], utan_cache),
        ("kravmotor granska --motor durable", granska + ["--motor", "durable", EXEMPEL], {}),
    ]
    resultat = []
    for namn, argv, miljö in kommandon:
        tider = []
        for _ in range(körningar):
            start = time.perf_counter()
            klar = subprocess.run(argv, cwd=REPO, env={**os.environ, **miljö}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            tider.append(time.perf_counter() - start)
            if klar.returncode != 0:
                raise SystemExit(f"{namn} avslutades med felkod {klar.returncode}:\n{klar.stderr.decode(errors='replace')}")
        resultat.append((namn, tider))
    return resultat


# ---------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = svensk_parser("Jämför regelmotorer på samma regler och samma slumpade förfrågningsunderlag: handskriven "
                           "Python, kravmotors native- och durable-motor, durable_rules direkt, zen-engine och rule-engine; "
                           "och mäter starttiden för kommandot kravmotor granska.")
    parser.add_argument("--start-körningar", dest="starter", type=_heltal, default=5, metavar="K",
                        help="hur många gånger varje startkommando körs (standard 5; 0 hoppar över startmätningen)")
    args = parser.parse_args(argv)
    if args.antal < 1:
        parser.error("--antal måste vara minst 1")
    if args.starter < 0:
        parser.error("--start-körningar får inte vara negativt")
    n = args.antal

    import random

    # The rules, from the rule language.
    with tempfile.TemporaryDirectory(prefix="bench_motorer_") as katalog:
        (Path(katalog) / "omraden.yaml").write_text(OMRÅDEN, encoding="utf-8")
        (Path(katalog) / "regler.krav").write_text(REGLER, encoding="utf-8")
        rulebook = load_rulebook(Path(katalog))
    assert sorted(r.code for r in rulebook.rules) == REGELKODER

    # The documents and every engine's input (untimed, except the conversions below).
    rng = random.Random(args.fro)
    docs = [Förfrågningsunderlag.model_validate(generate_document(rng, i)) for i in range(n)]
    data = [document_data(d, rulebook.classifications) for d in docs]
    params = []
    for d in data:
        resolved = resolve_parameters(rulebook.parameters, d, rulebook.param_conditions)
        values = {name: p.value for name, p in resolved.items() if p.value is not None}
        if values != {"direktupphandlingsgräns": Decimal(GRÄNS), "minsta_anbudstid": Decimal(ANBUDSTID)}:
            raise SystemExit(f"oväntade parametrar för {d['id']}: {values}")
        params.append(values)
    grund = list(zip(data, params))

    motorer, regler = bygg_motorer(rulebook)
    regler.learn_names(Förfrågningsunderlag.model_fields)
    for m in motorer:
        if m.förbered is None:
            m.indata = grund
        else:
            förbered = m.förbered
            m.konvertering, m.indata = best_of(REPETITIONER, lambda: [förbered(d, p) for d, p in grund])

    # Same findings, before anything is timed.
    facit = [handskriven(d) for d in data]
    avvikelser: dict[str, list] = {}
    for m in motorer:
        svar = [m.nycklar(r) for r in m.kör_alla(m.indata)]
        avvikelser[m.namn] = [(d["id"], sorted(s - f, key=str), sorted(f - s, key=str)) for d, s, f in zip(data, svar, facit) if s != f]

    print(f"Regelmotorer sida vid sida: {n} slumpade förfrågningsunderlag (frö {args.fro}), "
          f"{len(REGELKODER)} regler och en slutsats; bästa av {REPETITIONER} omgångar per motor.")
    print()
    print("Avvikelser mot den handskrivna koden (mängden (regelkod, elementindex) per underlag; ska vara 0):")
    for m in motorer[1:]:
        print(f"  {m.namn:<20} {len(avvikelser[m.namn])} underlag")
    if any(avvikelser.values()):
        print()
        print("AVVIKELSER: motorerna är oeniga, så ingenting mäts. De första:")
        for namn, lista in avvikelser.items():
            for doc_id, bara_motor, bara_hand in lista[:5]:
                print(f"  {namn}, {doc_id}: bara motorn {bara_motor or '-'}; bara handskriven {bara_hand or '-'}")
        return 1
    print()
    print("Hur ofta varje regel slår till (antal fynd; antal underlag där regeln slår till av alla):")
    fynd = Counter(kod for s in facit for kod, _ in s)
    underlag = Counter(kod for s in facit for kod in {k for k, _ in s})
    for kod in REGELKODER:
        varning = "" if 0 < underlag[kod] < n else "   <- slår aldrig till eller alltid"
        print(f"  {kod}: {fynd[kod]:5d} fynd  ({underlag[kod]} av {n} underlag){varning}")
    print()

    # Timing: evaluation only, best of REPETITIONER; then memory in one more untimed pass.
    for m in motorer:
        kör, indata = m.kör_alla, m.indata
        m.tid, _ = best_of(REPETITIONER, lambda: kör(indata))
    for m in motorer:
        kör, indata = m.kör_alla, m.indata
        m.topp = python_peak(lambda: kör(indata))

    golv = motorer[0].tid
    rader = []
    for m in motorer:
        med = m.tid + m.konvertering
        rader.append([
            m.namn, _per_s(n, m.tid), _tid(m.tid, n), _kvot(m.tid / golv),
            _tid(m.konvertering, n) if m.förbered else "–", _per_s(n, med) if m.förbered else "–",
            _kvot(med / golv) if m.förbered else "–", f"{_sv(m.topp / 2**20, 1)} MiB",
        ])
    skriv_tabell(["Motor", "underlag/s", "per underlag", "× golvet", "konvertering", "underlag/s inkl.", "× golvet inkl.",
                  "Python-minne, topp"], rader)
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB
    print(f"(Processens högsta RSS under hela körningen: {_sv(maxrss, 1)} MiB. Python-minnet är tracemalloc-toppen för en "
          f"omgång; durable_rules och zen-engine har eget minne i C respektive Rust som inte syns där.)")
    print()

    per_namn = {m.namn: m for m in motorer}
    native, kravmotor, direkt = per_namn["native"], per_namn["durable (kravmotor)"], per_namn["durable direkt"]
    native_kvot = native.tid / golv
    durable_kvot = kravmotor.tid / (direkt.tid + direkt.konvertering)
    durable_kvot_utan = kravmotor.tid / direkt.tid
    print("Mål:")
    print(f"  native inom 1,5× av golvet (handskriven):              {_kvot(native_kvot, 2)}  "
          f"{'uppfyllt' if native_kvot <= 1.5 else 'EJ uppfyllt'}")
    print(f"  durable (kravmotor) inom 1,3× av durable direkt:        {_kvot(durable_kvot, 2)}  "
          f"{'uppfyllt' if durable_kvot <= 1.3 else 'EJ uppfyllt'}"
          f"  (direkt med sin konvertering till fakta; utan den {_kvot(durable_kvot_utan, 2)})")
    print()

    if args.starter:
        print(f"Start: hela processer, {args.starter} körningar var (`{EXEMPEL}`; sekunder):")
        rader = []
        tider = starttider(args.starter)
        bas = statistics.median(tider[0][1])
        for namn, t in tider:
            median = statistics.median(t)
            rader.append([namn, _sv(t[0], 3), _sv(median, 3), _sv(min(t), 3), ("+" if median >= bas else "−") + _sv(abs(median - bas), 3)])
        skriv_tabell(["Kommando", "första", "median", "min", "median − python"], rader)
    return 0


if __name__ == "__main__":
    sys.exit(main())
