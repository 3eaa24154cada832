"""The hand-written engines of bench_motorer.py: the Python floor with the three-valued
meaning, the two-valued floor of the earlier measurement, and durable_rules used directly.

Each must give exactly what kravmotor.motor.evaluate.reference gives on the generated
documents; bench_motorer.py checks that before it times anything.
"""

from __future__ import annotations

import copy
from typing import Any

from kravmotor.values import UNKNOWN

from motorer_regler import (ANBUDSTID, BARA_HÖGA, GRÄNS, HÖGA, INGET, LITEN, MAX_MÅNADER, MÄRKEN, REGELKODER, Key,
                            Svar)

# ---------------------------------------------------------------------------------------
# handskriven: the floor. Plain Python on the same data and parameters as the native
# engine (document_data: nested dicts, Decimal amounts, date objects, UNKNOWN where a
# fact is unknown; the parameters as resolved for the day, UNKNOWN when the day is),
# with the same three-valued meaning (DEVELOPERS.md, "Three values"): every condition is
# True, False or None (unknown), Kleene's `och`; a comparison with a missing value is
# False, with an unknown one None. Written against the model: a `faktum` (regim,
# förfarande, the dates, uppskattat_värde.totalt, avtalstid.grundperiod_månader, an
# omsättningskrav's belopp) is never missing, only unknown; the lists and the booleans
# have defaults. The generated documents have no spans, so this code has none either.
# ---------------------------------------------------------------------------------------

U = UNKNOWN


def handskriven(d: dict, p: dict) -> tuple[list[Key], list[Key], bool | None]:
    """(the rules that fire, the rules that are undecided, whether höga_ekonomiska_krav holds)."""
    hits: list[Key] = []
    und: list[Key] = []
    regim = d["regim"]
    värde = d["uppskattat_värde"]
    totalt = U if värde is U else värde["totalt"]
    gräns = p["direktupphandlingsgräns"]
    direktiv = None if regim is U else regim == "direktivstyrd"

    # One walk over the requirements: the derived fact, MAT-01 per element, MAT-06's `någon`.
    krav = d["kvalificeringskrav"]
    liten = None if totalt is U else totalt < LITEN
    if krav is U:
        höga = kredit = None
        if direktiv is not False:  # MAT-01 over an unknown list: undecided unless regim decides
            und.append(("MAT-01", None))
    else:
        höga = kredit = False
        dubbelt = None if totalt is U else 2 * totalt
        for i, k in enumerate(krav):
            typ = k["typ"]
            if typ is U:
                oms = kred = None
            elif typ == "omsättning":
                oms, kred = True, False
            elif typ == "kreditupplysning":
                oms, kred = False, True
            else:
                continue  # false for all three
            if oms is not False:
                belopp = k.get("belopp")  # missing only when the type is unknown (then it may be another)
                if höga is not True:
                    if belopp is None:
                        över = False
                    elif belopp is U or totalt is U:
                        över = None
                    else:
                        över = belopp > totalt
                    if över is not False:
                        höga = True if oms and över else None
                if direktiv is not False:
                    if belopp is None:
                        för_högt = False
                    elif belopp is U or dubbelt is None:
                        för_högt = None
                    else:
                        för_högt = belopp > dubbelt
                    if för_högt is not False:
                        (hits if direktiv and oms and för_högt else und).append(("MAT-01", i))
            if kred is not False and liten is not False and kredit is not True:
                risk = k.get("lägsta_riskklass")
                if risk is None:
                    continue
                hög_risk = None if risk is U else risk >= 3
                if hög_risk is False:
                    continue
                annan = k.get("annan_bevisning_godtas")
                if annan is None or annan is True:
                    continue
                kredit = True if kred and hög_risk and annan is False else None

    # MAT-02: regim = "direktupphandling" och totalt > gräns
    a = None if regim is U else regim == "direktupphandling"
    if a is not False:
        b = None if totalt is U or gräns is U else totalt > gräns
        if b is not False:
            (hits if a and b else und).append(("MAT-02", None))

    # MAT-03: förfarande = "öppet" och sista_anbudsdag finns och dagar från annonsering till sista < minsta anbudstid
    förfarande = d["förfarande"]
    a = None if förfarande is U else förfarande == "öppet"
    if a is not False:
        sista = d["sista_anbudsdag"]
        annons = d["annonseringsdatum"]
        tid = p["minsta_anbudstid"]
        if sista is U or annons is U or tid is U:
            b = None
        else:
            b = (sista - annons).days < tid
        if b is not False:
            (hits if a and b else und).append(("MAT-03", None))

    # MAT-04, per specification: hänvisning i MÄRKEN och inte eller_likvärdigt
    specar = d["tekniska_specifikationer"]
    if specar is U:
        und.append(("MAT-04", None))
    else:
        for i, s in enumerate(specar):
            hänvisning = s.get("hänvisning")
            if hänvisning is None:
                continue
            if hänvisning is U:
                a = None
            elif hänvisning in MÄRKEN:
                a = True
            else:
                continue
            likvärdigt = s["eller_likvärdigt"]
            if likvärdigt is True:
                continue
            (hits if a and likvärdigt is False else und).append(("MAT-04", i))

    # MAT-05: regim = "direktivstyrd" och delkontrakt saknas och skäl_mot_uppdelning saknas
    if direktiv is not False:
        delkontrakt = d["delkontrakt"]
        b = None if delkontrakt is U else not delkontrakt
        if b is not False:
            skäl = d.get("skäl_mot_uppdelning")
            c = None if skäl is U else skäl is None
            if c is not False:
                (hits if direktiv and b and c else und).append(("MAT-05", None))

    # MAT-06: totalt < LITEN och någon kreditupplysning med riskklass >= 3 utan annan bevisning
    if liten is not False and kredit is not False:
        (hits if liten and kredit else und).append(("MAT-06", None))

    # MAT-07: grundperiod + förlängning > MAX_MÅNADER
    avtal = d["avtalstid"]
    if avtal is U:
        c = None
    else:
        grund, förlängning = avtal["grundperiod_månader"], avtal["förlängning_månader"]
        c = None if grund is U or förlängning is U else grund + förlängning > MAX_MÅNADER
    if c is not False:
        (hits if c else und).append(("MAT-07", None))

    # MAT-08: slutsats höga_ekonomiska_krav och totalt <= gräns
    if höga is not False:
        b = None if totalt is U or gräns is U else totalt <= gräns
        if b is not False:
            (hits if höga and b else und).append(("MAT-08", None))
    return hits, und, höga


def handskriven_svar(r: tuple[list[Key], list[Key], bool | None]) -> Svar:
    hits, und, höga = r
    return (frozenset(hits), frozenset(und), BARA_HÖGA if höga is True else INGET, BARA_HÖGA if höga is None else INGET)


def handskriven_tvåvärd(d: dict) -> tuple[set[Key], bool]:
    """The two-valued floor of the earlier measurement, for documents with nothing unknown
    (only the 0 % run): a missing value makes a comparison false, as in the rule language."""
    out: set[Key] = set()
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
    return out, höga


def tvåvärt_svar(r: tuple[set[Key], bool]) -> Svar:
    keys, höga = r
    return (frozenset(keys), INGET, BARA_HÖGA if höga else INGET, INGET)


# ---------------------------------------------------------------------------------------
# durable direkt: durable_rules without kravmotor, three-valued by hand. Every rule (and
# the derived fact) has T-rules, which fire when it is definitely true, and F-rules,
# which fire when it is definitely false; neither means undecided. A private host like
# kravmotor's _QuietHost (durable.lang's global host refuses a ruleset name twice and
# starts threads), one session emptied by retraction after every document (never
# delete_state: see durable_backend.py). The derived fact is written into MAT-08 as a
# join, as one would by hand.
#
# The facts (`durable_fakta`): a known value is a field, an unknown one the flag
# `u_<field>`, a missing one neither; numbers are doubles, dates day numbers; a list
# that is unknown is the flag u_krav/u_spec and no element facts. A requirement's fact
# carries the document's `totalt`, so that no test compares two facts (the MAT-08 join
# that compared them crashed durable_rules now and then in the earlier measurement).
# ---------------------------------------------------------------------------------------


def _ex(fält: str) -> dict:
    return {"$ex": {fält: 1}}


def _nex(fält: str) -> dict:
    return {"$nex": {fält: 1}}


def _dok(*tester: dict) -> dict:
    return {"d": {"$and": [{"t": "dok"}, *tester]}}


def _krav(*tester: dict, alias: str = "e") -> dict:
    return {alias: {"$and": [{"t": "krav"}, *tester]}}


def _spec(*tester: dict) -> dict:
    return {"e": {"$and": [{"t": "spec"}, *tester]}}


_GRÄNS_KÄND = _ex("gräns")
_ÖVER_VÄRDET = {"$and": [_ex("totalt"), {"$gt": {"belopp": {"$m": "totalt"}}}]}  # belopp > totalt
_TVÅ_GÅNGER = {"$mul": {"$l": {"$m": "totalt"}, "$r": 2}}
# höga_ekonomiska_krav for one requirement, not definitely false: its typ is "omsättning"
# or unknown, and its belopp is unknown, or there while totalt is unknown, or > totalt.
# (A belopp missing makes the comparison false: only a requirement whose typ is unknown
# can lack one.)
_HÖGA_EJ_FALSK = {"$and": [{"$or": [{"typ": "omsättning"}, _ex("u_typ")]},
                           {"$or": [_ex("u_belopp"), {"$and": [_ex("belopp"), _ex("u_totalt")]}, _ÖVER_VÄRDET]}]}
_INGEN_HÖG = [_dok(_nex("u_krav")), _krav(_HÖGA_EJ_FALSK, alias="q$not")]  # a known list without one

# name -> (rule code or the derived fact, True/False, whether it names its element, patterns)
DURABLE_REGLER: dict[str, tuple[str, bool, bool, list[dict]]] = {
    "höga:T": (HÖGA, True, False, [_krav({"typ": "omsättning"}, _ÖVER_VÄRDET)]),
    "höga:F": (HÖGA, False, False, _INGEN_HÖG),
    "MAT-01:T": ("MAT-01", True, True, [_dok({"regim": "direktivstyrd"}),
                                        _krav({"typ": "omsättning"}, _ex("totalt"), {"$gt": {"belopp": _TVÅ_GÅNGER}})]),
    "MAT-01:F": ("MAT-01", False, True, [_krav({"$or": [{"$neq": {"typ": "omsättning"}}, {"$and": [_nex("belopp"), _nex("u_belopp")]},
                                                        {"$and": [_ex("totalt"), {"$lte": {"belopp": _TVÅ_GÅNGER}}]}]})]),
    "MAT-01:F-alla": ("MAT-01", False, False, [_dok({"$neq": {"regim": "direktivstyrd"}})]),
    "MAT-02:T": ("MAT-02", True, False, [_dok({"regim": "direktupphandling"}, _GRÄNS_KÄND, {"$gt": {"totalt": {"$m": "gräns"}}})]),
    "MAT-02:F": ("MAT-02", False, False, [_dok({"$or": [{"$neq": {"regim": "direktupphandling"}},
                                                        {"$and": [_GRÄNS_KÄND, {"$lte": {"totalt": {"$m": "gräns"}}}]}]})]),
    "MAT-03:T": ("MAT-03", True, False, [_dok({"förf": "öppet"}, _ex("annons"), _ex("tid"),
                                              {"$lt": {"sista": {"$add": {"$l": {"$m": "annons"}, "$r": {"$m": "tid"}}}}})]),
    "MAT-03:F": ("MAT-03", False, False, [_dok({"$or": [{"$neq": {"förf": "öppet"}},
                                                        {"$and": [_ex("annons"), _ex("tid"),
                                                                  {"$gte": {"sista": {"$add": {"$l": {"$m": "annons"}, "$r": {"$m": "tid"}}}}}]}]})]),
    "MAT-04:T": ("MAT-04", True, True, [_spec({"$or": [{"hv": m} for m in MÄRKEN]}, {"el": False})]),
    "MAT-04:F": ("MAT-04", False, True, [_spec({"$or": [{"$and": [_ex("hv")] + [{"$neq": {"hv": m}} for m in MÄRKEN]},
                                                        {"$and": [_nex("hv"), _nex("u_hv")]}, {"el": True}]})]),
    "MAT-05:T": ("MAT-05", True, False, [_dok({"regim": "direktivstyrd"}, {"dk": 0}, _nex("skäl"), _nex("u_skäl"))]),
    "MAT-05:F": ("MAT-05", False, False, [_dok({"$or": [{"$neq": {"regim": "direktivstyrd"}}, {"$gt": {"dk": 0}}, _ex("skäl")]})]),
    "MAT-06:T": ("MAT-06", True, False, [_dok({"$lt": {"totalt": LITEN}}),
                                         _krav({"typ": "kreditupplysning"}, {"$gte": {"risk": 3}}, {"annan": False})]),
    "MAT-06:F-värde": ("MAT-06", False, False, [_dok({"$gte": {"totalt": LITEN}})]),
    "MAT-06:F-krav": ("MAT-06", False, False, [_dok(_nex("u_krav")), _krav(
        {"$or": [{"typ": "kreditupplysning"}, _ex("u_typ")]}, {"$or": [{"$gte": {"risk": 3}}, _ex("u_risk")]},
        {"$or": [{"annan": False}, _ex("u_annan")]}, alias="q$not")]),
    "MAT-07:T": ("MAT-07", True, False, [_dok(_ex("förl"), {"$gt": {"grund": {"$sub": {"$l": MAX_MÅNADER, "$r": {"$m": "förl"}}}}})]),
    "MAT-07:F": ("MAT-07", False, False, [_dok(_ex("förl"), {"$lte": {"grund": {"$sub": {"$l": MAX_MÅNADER, "$r": {"$m": "förl"}}}}})]),
    "MAT-08:T": ("MAT-08", True, False, [_dok(_GRÄNS_KÄND, {"$lte": {"totalt": {"$m": "gräns"}}}),
                                         _krav({"typ": "omsättning"}, _ÖVER_VÄRDET)]),
    "MAT-08:F-värde": ("MAT-08", False, False, [_dok(_GRÄNS_KÄND, {"$gt": {"totalt": {"$m": "gräns"}}})]),
    "MAT-08:F-slutsats": ("MAT-08", False, False, _INGEN_HÖG),
}


def _sätt(fakt: dict, namn: str, värde: Any) -> None:
    """A known value as the field `namn`, an unknown one as the flag u_<namn>, a missing one not at all."""
    if värde is U:
        fakt["u_" + namn] = 1
    elif värde is not None:
        fakt[namn] = värde


def _element(dok: dict, fakta: list[dict], lista, t: str):
    """Each element of a list with its fact {"t": t, "i": index}, already in `fakta` (the caller
    fills it in); an unknown list is the flag u_<t> on the document and no element facts."""
    if lista is U:
        dok["u_" + t] = 1
        return
    for i, element in enumerate(lista):
        fakt = {"t": t, "i": i}
        fakta.append(fakt)
        yield element, fakt


def durable_fakta(d: dict, p: dict) -> tuple[list[dict], int | None, int | None]:
    """The document as durable_rules facts (list elements first, for `$not`; the document
    last), and how many requirements and specifications it has (None: the list is unknown)."""
    fakta = []
    dok: dict = {"t": "dok"}
    värde = d["uppskattat_värde"]
    totalt = U if värde is U else värde["totalt"]
    totalt = totalt if totalt is U else float(totalt)
    krav = d["kvalificeringskrav"]
    for k, fakt in _element(dok, fakta, krav, "krav"):
        _sätt(fakt, "typ", k["typ"])
        belopp = k.get("belopp")
        _sätt(fakt, "belopp", belopp if belopp is None or belopp is U else float(belopp))
        _sätt(fakt, "risk", k.get("lägsta_riskklass"))
        _sätt(fakt, "annan", k.get("annan_bevisning_godtas"))
        _sätt(fakt, "totalt", totalt)
    specar = d["tekniska_specifikationer"]
    for s, fakt in _element(dok, fakta, specar, "spec"):
        _sätt(fakt, "hv", s.get("hänvisning"))
        _sätt(fakt, "el", s["eller_likvärdigt"])
    _sätt(dok, "regim", d["regim"])
    _sätt(dok, "förf", d["förfarande"])
    _sätt(dok, "totalt", totalt)
    for namn, dag in (("annons", d["annonseringsdatum"]), ("sista", d["sista_anbudsdag"])):
        _sätt(dok, namn, dag if dag is U else dag.toordinal())
    avtal = d["avtalstid"]
    _sätt(dok, "grund", U if avtal is U else avtal["grundperiod_månader"])
    _sätt(dok, "förl", U if avtal is U else avtal["förlängning_månader"])
    delkontrakt = d["delkontrakt"]
    _sätt(dok, "dk", delkontrakt if delkontrakt is U else len(delkontrakt))
    skäl = d.get("skäl_mot_uppdelning")
    _sätt(dok, "skäl", skäl if skäl is None or skäl is U else True)
    gräns, tid = p["direktupphandlingsgräns"], p["minsta_anbudstid"]
    _sätt(dok, "gräns", gräns if gräns is U else float(gräns))
    _sätt(dok, "tid", tid if tid is U else float(tid))
    fakta.append(dok)
    return fakta, None if krav is U else len(krav), None if specar is U else len(specar)


class DurableDirekt:
    def __init__(self):
        from durable import engine as durable_engine

        self._not_handled = durable_engine.MessageNotHandledException
        self.fired: list[tuple[str, bool, int | None]] = []
        fired = self.fired

        def action(kod: str, värde: bool, per_element: bool):
            if per_element:
                return lambda c: fired.append((kod, värde, c.e["i"]))
            return lambda c: fired.append((kod, värde, None))

        actions = {namn: action(kod, värde, per_element) for namn, (kod, värde, per_element, _) in DURABLE_REGLER.items()}

        class Host(durable_engine.Host):
            def _run(self):  # no background dispatch threads; actions run inline in the assert
                pass

            def get_action(self, name):
                return actions[name]

        self.host = Host()
        self.namn = f"bench_direkt_{id(self)}"
        self.host.register_rulesets({self.namn: {namn: {"all": copy.deepcopy(mönster), "run": namn}
                                                 for namn, (_, _, _, mönster) in DURABLE_REGLER.items()}})

    def evaluate(self, indata: tuple[list[dict], int | None, int | None]) -> tuple[list[Key], list[Key], bool | None]:
        fakta, antal_krav, antal_spec = indata
        host, namn, not_handled = self.host, self.namn, self._not_handled
        fired = self.fired
        fired.clear()
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
        sant = {(kod, i) for kod, värde, i in fired if värde}
        falskt = {(kod, i) for kod, värde, i in fired if not värde}
        if sant & falskt:
            raise RuntimeError(f"durable direkt: både sant och falskt: {sorted(sant & falskt, key=str)}")
        hits: list[Key] = []
        und: list[Key] = []
        for kod in REGELKODER:
            antal = antal_krav if kod == "MAT-01" else antal_spec if kod == "MAT-04" else -1
            if (kod, None) in sant:
                hits.append((kod, None))
            elif (kod, None) in falskt:
                continue  # for a `för varje` rule: false for every element
            elif antal is None or antal < 0:  # a plain rule, or a `för varje` over an unknown list
                und.append((kod, None))
            else:
                for i in range(antal):
                    if (kod, i) in sant:
                        hits.append((kod, i))
                    elif (kod, i) not in falskt:
                        und.append((kod, i))
        höga = True if (HÖGA, None) in sant else False if (HÖGA, None) in falskt else None
        return hits, und, höga
