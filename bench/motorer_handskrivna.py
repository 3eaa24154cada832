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
# durable direkt: durable_rules without kravmotor, three-valued by hand, the way kravmotor's
# durable engine does it (see durable_compile.py): every rule (and the derived fact) has
# T-rules, which fire when it is definitely true, and U-rules, which fire when it is
# undecided (and may fire when it is true: T wins); nothing fired means false, the common
# case. durable_rules runs a rule once for every alternative of an `$or` that holds, so the
# alternatives below exclude each other, and a condition `a och b och c` is undecided in the
# first part that is undecided: U(a) ∧ NF(b) ∧ NF(c), T(a) ∧ U(b) ∧ NF(c), T(a) ∧ T(b) ∧ U(c)
# (NF: not definitely false). A private host like kravmotor's _QuietHost (durable.lang's
# global host refuses a ruleset name twice and starts threads), one session emptied by
# retraction after every document (never delete_state: see durable_backend.py). The
# derived fact is written into MAT-08 as a join, as one would by hand.
#
# The facts (`durable_fakta`): a known value is a field, an unknown one the flag
# `u_<field>`, a missing one neither; numbers are doubles, dates day numbers; a list
# that is unknown is the flag u_krav/u_spec and no element facts. A requirement's fact
# carries the document's `totalt`, so that no test compares two facts (the MAT-08 join
# that compared them crashed durable_rules now and then in an earlier measurement). The
# facts of the model that are never missing (regim, förfarande, the dates, totalt,
# avtalstid's months, eller_likvärdigt) are known or unknown, and the rules read them so.
# ---------------------------------------------------------------------------------------


def _ex(fält: str) -> dict:
    return {"$ex": {fält: 1}}


def _nex(fält: str) -> dict:
    return {"$nex": {fält: 1}}


def _eller(*alternativ: dict) -> dict:
    return {"$or": list(alternativ)}


def _och(*tester: dict) -> dict:
    return {"$and": list(tester)}


def _dok(*tester: dict) -> dict:
    return {"d": {"$and": [{"t": "dok"}, *tester]}}


def _krav(*tester: dict) -> dict:
    return {"e": {"$and": [{"t": "krav"}, *tester]}}


def _spec(*tester: dict) -> dict:
    return {"e": {"$and": [{"t": "spec"}, *tester]}}


_ÖVER_VÄRDET = _och(_ex("totalt"), {"$gt": {"belopp": {"$m": "totalt"}}})  # belopp > totalt
_TVÅ_GÅNGER = {"$mul": {"$l": {"$m": "totalt"}, "$r": 2}}
# belopp > totalt (or > 2 × totalt) undecided; not definitely false. A belopp missing makes the
# comparison false: only a requirement whose typ is unknown can lack one.
_BELOPP_OKÄNT = _eller(_ex("u_belopp"), _och(_ex("belopp"), _ex("u_totalt")))
_ÖVER_EJ_FALSKT = _eller(_ex("u_belopp"), _och(_ex("belopp"), _ex("u_totalt")), _ÖVER_VÄRDET)
_ÖVER_DUBBLA_EJ_FALSKT = _eller(_ex("u_belopp"), _och(_ex("belopp"), _ex("u_totalt")),
                                _och(_ex("totalt"), {"$gt": {"belopp": _TVÅ_GÅNGER}}))
# höga_ekonomiska_krav undecided: the list unknown, or an undecided requirement (if another
# one is definitely high, its T-rule fires too and wins).
_HÖG = _krav({"typ": "omsättning"}, _ÖVER_VÄRDET)
_HÖG_TYP_OKÄND = _krav(_ex("u_typ"), _ÖVER_EJ_FALSKT)
_HÖG_BELOPP_OKÄNT = _krav({"typ": "omsättning"}, _BELOPP_OKÄNT)
# totalt <= gräns (MAT-08) and totalt > gräns (MAT-02): undecided, and not definitely false
_GRÄNS_OKÄND = _eller(_ex("u_totalt"), _och(_ex("totalt"), _ex("u_gräns")))
_UNDER_EJ_FALSKT = _eller(_ex("u_totalt"), _och(_ex("totalt"), _ex("u_gräns")), _och(_ex("gräns"), {"$lte": {"totalt": {"$m": "gräns"}}}))
_ÖVER_GRÄNS_EJ_FALSKT = _eller(_ex("u_totalt"), _och(_ex("totalt"), _ex("u_gräns")), _och(_ex("gräns"), {"$gt": {"totalt": {"$m": "gräns"}}}))
# MAT-03: days from annonseringsdatum to sista_anbudsdag < minsta_anbudstid
_SISTA = {"$add": {"$l": {"$m": "annons"}, "$r": {"$m": "tid"}}}
_DAGAR_OKÄNDA = _eller(_ex("u_sista"), _och(_ex("sista"), _ex("u_annons")), _och(_ex("sista"), _ex("annons"), _ex("u_tid")))
_FÖR_KORT = _och(_ex("annons"), _ex("tid"), {"$lt": {"sista": _SISTA}})
# MAT-05: skäl_mot_uppdelning saknas, not definitely false
_SKÄL_SAKNAS_EJ_FALSKT = _eller(_ex("u_skäl"), _och(_nex("skäl"), _nex("u_skäl")))
# MAT-06: a requirement for a credit rating without other evidence; not definitely false / undecided
_KREDIT_EJ_FALSK = [_eller({"typ": "kreditupplysning"}, _ex("u_typ")), _eller({"$gte": {"risk": 3}}, _ex("u_risk")),
                    _eller({"annan": False}, _ex("u_annan"))]
_KREDIT_OKÄND = [[_ex("u_typ"), *_KREDIT_EJ_FALSK[1:]],
                 [{"typ": "kreditupplysning"}, _ex("u_risk"), _KREDIT_EJ_FALSK[2]],
                 [{"typ": "kreditupplysning"}, {"$gte": {"risk": 3}}, _ex("u_annan")]]

# name -> (rule code or the derived fact, True: a T-rule / None: a U-rule, whether it names its element, patterns)
DURABLE_REGLER: dict[str, tuple[str, bool | None, bool, list[dict]]] = {
    "höga:T": (HÖGA, True, False, [_HÖG]),
    "höga:U-lista": (HÖGA, None, False, [_dok(_ex("u_krav"))]),
    "höga:U-typ": (HÖGA, None, False, [_HÖG_TYP_OKÄND]),
    "höga:U-belopp": (HÖGA, None, False, [_HÖG_BELOPP_OKÄNT]),
    "MAT-01:T": ("MAT-01", True, True, [_dok({"regim": "direktivstyrd"}),
                                        _krav({"typ": "omsättning"}, _ex("totalt"), {"$gt": {"belopp": _TVÅ_GÅNGER}})]),
    "MAT-01:U-regim": ("MAT-01", None, True, [_dok(_ex("u_regim")),
                                              _krav(_eller({"typ": "omsättning"}, _ex("u_typ")), _ÖVER_DUBBLA_EJ_FALSKT)]),
    "MAT-01:U-typ": ("MAT-01", None, True, [_dok({"regim": "direktivstyrd"}), _krav(_ex("u_typ"), _ÖVER_DUBBLA_EJ_FALSKT)]),
    "MAT-01:U-belopp": ("MAT-01", None, True, [_dok({"regim": "direktivstyrd"}), _krav({"typ": "omsättning"}, _BELOPP_OKÄNT)]),
    "MAT-01:U-lista": ("MAT-01", None, False, [_dok(_ex("u_krav"), _eller(_ex("u_regim"), {"regim": "direktivstyrd"}))]),
    "MAT-02:T": ("MAT-02", True, False, [_dok({"regim": "direktupphandling"}, _ex("gräns"), {"$gt": {"totalt": {"$m": "gräns"}}})]),
    "MAT-02:U-regim": ("MAT-02", None, False, [_dok(_ex("u_regim"), _ÖVER_GRÄNS_EJ_FALSKT)]),
    "MAT-02:U-värde": ("MAT-02", None, False, [_dok({"regim": "direktupphandling"}, _GRÄNS_OKÄND)]),
    "MAT-03:T": ("MAT-03", True, False, [_dok({"förf": "öppet"}, _FÖR_KORT)]),
    "MAT-03:U-förf": ("MAT-03", None, False, [_dok(_ex("u_förf"), _eller(*_DAGAR_OKÄNDA["$or"], _FÖR_KORT))]),
    "MAT-03:U-dagar": ("MAT-03", None, False, [_dok({"förf": "öppet"}, _DAGAR_OKÄNDA)]),
    "MAT-04:T": ("MAT-04", True, True, [_spec(_eller(*({"hv": m} for m in MÄRKEN)), {"el": False})]),
    "MAT-04:U-hänvisning": ("MAT-04", None, True, [_spec(_ex("u_hv"), _eller(_ex("u_el"), {"el": False}))]),
    "MAT-04:U-likvärdigt": ("MAT-04", None, True, [_spec(_eller(*({"hv": m} for m in MÄRKEN)), _ex("u_el"))]),
    "MAT-04:U-lista": ("MAT-04", None, False, [_dok(_ex("u_spec"))]),
    "MAT-05:T": ("MAT-05", True, False, [_dok({"regim": "direktivstyrd"}, {"dk": 0}, _nex("skäl"), _nex("u_skäl"))]),
    "MAT-05:U-regim": ("MAT-05", None, False, [_dok(_ex("u_regim"), _eller(_ex("u_dk"), {"dk": 0}), _SKÄL_SAKNAS_EJ_FALSKT)]),
    "MAT-05:U-delkontrakt": ("MAT-05", None, False, [_dok({"regim": "direktivstyrd"}, _ex("u_dk"), _SKÄL_SAKNAS_EJ_FALSKT)]),
    "MAT-05:U-skäl": ("MAT-05", None, False, [_dok({"regim": "direktivstyrd"}, {"dk": 0}, _ex("u_skäl"))]),
    "MAT-06:T": ("MAT-06", True, False, [_dok({"$lt": {"totalt": LITEN}}),
                                         _krav({"typ": "kreditupplysning"}, {"$gte": {"risk": 3}}, {"annan": False})]),
    "MAT-06:U-värde-lista": ("MAT-06", None, False, [_dok(_ex("u_totalt"), _ex("u_krav"))]),
    "MAT-06:U-värde": ("MAT-06", None, False, [_dok(_ex("u_totalt")), _krav(*_KREDIT_EJ_FALSK)]),
    "MAT-06:U-lista": ("MAT-06", None, False, [_dok({"$lt": {"totalt": LITEN}}, _ex("u_krav"))]),
    **{f"MAT-06:U-krav{n}": ("MAT-06", None, False, [_dok({"$lt": {"totalt": LITEN}}), _krav(*tester)])
       for n, tester in enumerate(_KREDIT_OKÄND)},
    "MAT-07:T": ("MAT-07", True, False, [_dok(_ex("förl"), {"$gt": {"grund": {"$sub": {"$l": MAX_MÅNADER, "$r": {"$m": "förl"}}}}})]),
    "MAT-07:U": ("MAT-07", None, False, [_dok(_eller(_ex("u_grund"), _och(_ex("grund"), _ex("u_förl"))))]),
    "MAT-08:T": ("MAT-08", True, False, [_dok(_ex("gräns"), {"$lte": {"totalt": {"$m": "gräns"}}}), _HÖG]),
    "MAT-08:U-lista": ("MAT-08", None, False, [_dok(_ex("u_krav"), _UNDER_EJ_FALSKT)]),
    "MAT-08:U-typ": ("MAT-08", None, False, [_dok(_UNDER_EJ_FALSKT), _HÖG_TYP_OKÄND]),
    "MAT-08:U-belopp": ("MAT-08", None, False, [_dok(_UNDER_EJ_FALSKT), _HÖG_BELOPP_OKÄNT]),
    "MAT-08:U-värde": ("MAT-08", None, False, [_dok(_GRÄNS_OKÄND), _HÖG]),
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
        self.fired: list[tuple[str, bool | None, int | None]] = []  # (code, True: T-rule / None: U-rule, element)
        fired = self.fired

        def action(kod: str, värde: bool | None, per_element: bool):
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
        kanske = {(kod, i) for kod, värde, i in fired if värde is None}
        hits: list[Key] = []
        und: list[Key] = []
        for kod in REGELKODER:
            antal = antal_krav if kod == "MAT-01" else antal_spec if kod == "MAT-04" else -1
            if antal is None:  # a `för varje` over an unknown list
                if (kod, None) in kanske:
                    und.append((kod, None))
                continue
            for i in range(antal) if antal >= 0 else (None,):
                if (kod, i) in sant:
                    hits.append((kod, i))
                elif (kod, i) in kanske:
                    und.append((kod, i))
        höga = True if (HÖGA, None) in sant else None if (HÖGA, None) in kanske else False
        return hits, und, höga
