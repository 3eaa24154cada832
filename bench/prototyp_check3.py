"""En handskriven förebild för native-motorns trevärda funktion (`check3`) för reglerna i
bench_motorer.py, och hur snabb den är mot golvet och mot den genererade koden.

Körs som

    .venv/bin/python bench/prototyp_check3.py [--antal N] [--frö S]

`check3_förebild` nedan är skriven i den form som `native_uncertain` skulle kunna
generera, med samma grepp som den tvåvärda `check` redan har: en genomgång per lista
och stratum för alla kvantifierare och `för varje`-regler över den, varje atoms sant
(T) och falskt (F) ur samma hämtade värden, aritmetik på dokumentvärden räknad före
loopen, parametrarnas double sparad per värdeobjekt och delade svar när ingenting slår
till. Den är ingen motor: den finns för att visa vad den genererade koden kan nå, och
ska tas bort när `native_uncertain` genererar kod av den här formen.

Skriptet kontrollerar först att förebilden ger exakt samma svar som
`kravmotor.motor.evaluate.reference` på varje underlag (annars felkod 1), och mäter
sedan golvet (`handskriven`), `NativeEngine.evaluate` och förebilden omväxlande, i
processens CPU-tid, bästa av 15 omgångar.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from typing import Any

from bench_granska import svensk_parser
from bench_motorer import (ANDELAR, Andel, cpu_tid, grundunderlag, kvottext, läs_regelboken, outcome_svar, skriv_tabell,
                           svenskt_tal)
from motorer_handskrivna import handskriven
from motorer_regler import HÖGA, LITEN, MAX_MÅNADER, MÄRKEN

from kravmotor.motor.native_backend import NativeEngine
from kravmotor.motor.outcome import NOTHING, Hit, Outcome
from kravmotor.values import UNKNOWN, PartialList, Span

OMGÅNGAR = 15

_U = UNKNOWN
_PLAIN = frozenset({Decimal, int, float})
_EMPTY: dict = {}
_NONE: frozenset = frozenset()
_HÖGA = frozenset([HÖGA])


class _UnknownElement(dict):
    """An unknown list element: every field of it is unknown (one class test per element)."""

    __slots__ = ()

    def get(self, key: Any, default: Any = None) -> Any:
        return UNKNOWN


_UE = _UnknownElement()


def _num(value: Any) -> Any:
    """A value that is not a plain number: a span of doubles; missing and unknown as they are."""
    if isinstance(value, Span):
        return value if isinstance(value.low, float) else value.as_floats()
    return value


def _double(cell: list, value: Any) -> Any:
    """A parameter's double, kept per value object (as `check` does); a span or UNKNOWN as it is."""
    if value.__class__ not in _PLAIN:
        return _num(value)
    number = float(value)
    cell[0] = (value, number)
    return number


def förebild(rulebook):
    """check3 for the MAT rules, in the shape suggested for the generated code (a closure over
    its constants, as the generated function's namespace is)."""
    by_code = {r.code: r for r in rulebook.rules}
    H = {code: (Hit(rule, None),) for code, rule in by_code.items()}  # a plain rule's hit, or on an unknown list
    H01: dict[int, tuple[Hit]] = {}  # a `för varje` rule's hits, per index
    H04: dict[int, tuple[Hit]] = {}
    M01, M02, M03, M04, M05, M06, M07, M08 = (H[f"MAT-0{n}"] for n in range(1, 9))
    R01, R04 = by_code["MAT-01"], by_code["MAT-04"]
    GRÄNS_CELL: list = [(None, None)]
    TID_CELL: list = [(None, None)]
    KANSKE = Outcome((), _NONE, (), _HÖGA)
    # The rules' constants are values in the generated module's namespace, never spelled into its source.
    K_DIREKTIV, K_OMS, K_KREDIT, K_DU, K_ÖPPET = "direktivstyrd", "omsättning", "kreditupplysning", "direktupphandling", "öppet"
    K_TVÅ, K_TRE, K_LITEN, K_MAX, K_MÄRKEN = 2.0, 3.0, float(LITEN), float(MAX_MÅNADER), frozenset(MÄRKEN)
    GÄLLER = Outcome((), _HÖGA)

    def hit(cache: dict, rule, index: int) -> tuple[Hit]:
        found = cache[index] = (Hit(rule, index),)
        return found

    def check3(d: dict, p: dict) -> Outcome:
        v0 = d.get("regim")
        v1 = d.get("uppskattat_värde")
        v2 = v1.get("totalt") if v1.__class__ is dict else (v1 if v1 is _U else None)
        v2 = float(v2) if v2.__class__ in _PLAIN else (v2 if v2 is None or v2 is _U else _num(v2))
        v3 = d.get("kvalificeringskrav")
        v5 = p.get("direktupphandlingsgräns", _U)
        v5 = m[1] if v5 is (m := GRÄNS_CELL[0])[0] else _double(GRÄNS_CELL, v5)
        g1T = v0 == K_DIREKTIV  # T and F of MAT-01's and MAT-05's `regim = K_DIREKTIV`
        g1F = v0 is None or v0 != K_DIREKTIV
        g2F = v2 is None or v2 >= K_LITEN  # F of MAT-06's `totalt < 5 000 000`
        q0T = q1T = False  # the derived fact and MAT-06's `någon`: T so far
        q0F = q1F = v3 is not _U and v3.__class__ is not PartialList  # F so far: every element F
        f1 = u1 = ()
        if not g1F and (v3 is _U or v3.__class__ is PartialList):
            u1 = M01  # the elements nobody knows
        if v3 is not _U and v3:
            c0 = K_TVÅ * v2 if v2 is not None else None
            for i, e in enumerate(v3):  # stratum 0: one walk for the derived fact, MAT-01 and MAT-06
                if e.__class__ is not dict:
                    e = _UE if e is _U else _EMPTY
                x0 = e.get("typ")
                if not (x0 is None or x0 != K_OMS):
                    t1 = x0 == K_OMS
                    x1 = e.get("belopp")
                    x1 = float(x1) if x1.__class__ in _PLAIN else (x1 if x1 is None or x1 is _U else _num(x1))
                    if not q0T:
                        if t1 and x1 is not None and v2 is not None and x1 > v2:
                            q0T = True
                        elif q0F and not (x1 is None or v2 is None or x1 <= v2):
                            q0F = False
                    if not g1F:
                        if g1T and t1 and x1 is not None and c0 is not None and x1 > c0:
                            f1 += (H01.get(i) or hit(H01, R01, i))
                        elif not (x1 is None or c0 is None or x1 <= c0):
                            u1 += (H01.get(i) or hit(H01, R01, i))
                if not q1T and not g2F and not (x0 is None or x0 != K_KREDIT):
                    x2 = e.get("lägsta_riskklass")
                    x2 = float(x2) if x2.__class__ in _PLAIN else (x2 if x2 is None or x2 is _U else _num(x2))
                    x3 = e.get("annan_bevisning_godtas")
                    if x0 == K_KREDIT and x2 is not None and x2 >= K_TRE and x3 is False:
                        q1T = True
                    elif q1F and not (x2 is None or x2 < K_TRE or x3 is None or x3 is True):
                        q1F = False
        if q0T:
            q0F = False
        if q1T:
            q1F = False
        hits, und = f1, u1
        if not (v0 is None or v0 != K_DU):  # MAT-02
            if v0 == K_DU and v2 is not None and v5 is not None and v2 > v5:
                hits += M02
            elif not (v2 is None or v5 is None or v2 <= v5):
                und += M02
        w0 = d.get("förfarande")
        if not (w0 is None or w0 != K_ÖPPET):  # MAT-03
            w1 = d.get("sista_anbudsdag")
            if w1 is not None:
                w2 = d.get("annonseringsdatum")
                w3 = p.get("minsta_anbudstid", _U)
                w3 = m[1] if w3 is (m := TID_CELL[0])[0] else _double(TID_CELL, w3)
                t = None if w2 is None else (_U if w1 is _U or w2 is _U else float((w1 - w2).days))
                if w0 == K_ÖPPET and w1 is not _U and t is not None and w3 is not None and t < w3:
                    hits += M03
                elif not (t is None or w3 is None or t >= w3):
                    und += M03
        v4 = d.get("tekniska_specifikationer")  # MAT-04
        if v4 is _U or v4.__class__ is PartialList:
            und += M04
        if v4 is not _U and v4:
            for i, e in enumerate(v4):
                if e.__class__ is not dict:
                    e = _UE if e is _U else _EMPTY
                x0 = e.get("hänvisning")
                if x0 in K_MÄRKEN or x0 is _U:
                    x1 = e.get("eller_likvärdigt")
                    if x0 is not _U and x1 is False:
                        hits += (H04.get(i) or hit(H04, R04, i))
                    elif not (x1 is None or x1 is True):
                        und += (H04.get(i) or hit(H04, R04, i))
        if not g1F:  # MAT-05
            w0 = d.get("delkontrakt")
            if not (w0 is not _U and bool(w0)):
                w1 = d.get("skäl_mot_uppdelning")
                if not (w1 is not None and w1 is not _U):
                    if g1T and w0 is not _U and w0.__class__ is not PartialList and w1 is None:
                        hits += M05
                    else:
                        und += M05
        if not (g2F or q1F):  # MAT-06
            if v2 is not None and v2 < K_LITEN and q1T:
                hits += M06
            else:
                und += M06
        w0 = d.get("avtalstid")  # MAT-07
        if w0.__class__ is not dict:
            w0 = _UE if w0 is _U else _EMPTY
        w1 = w0.get("grundperiod_månader")
        w1 = float(w1) if w1.__class__ in _PLAIN else (w1 if w1 is None or w1 is _U else _num(w1))
        w2 = w0.get("förlängning_månader")
        w2 = float(w2) if w2.__class__ in _PLAIN else (w2 if w2 is None or w2 is _U else _num(w2))
        t = None if w1 is None or w2 is None else w1 + w2
        if t is not None and t > K_MAX:
            hits += M07
        elif not (t is None or t <= K_MAX):
            und += M07
        if not (q0F or v2 is None or v5 is None or v2 > v5):  # MAT-08, stratum 1
            if q0T and v2 is not None and v5 is not None and v2 <= v5:
                hits += M08
            else:
                und += M08
        if hits or und:
            return tuple.__new__(Outcome, (hits, _HÖGA if q0T else _NONE, und, _NONE if q0T or q0F else _HÖGA))
        return GÄLLER if q0T else (NOTHING if q0F else KANSKE)

    return check3


def main(argv: list[str] | None = None) -> int:
    parser = svensk_parser("Jämför en handskriven förebild för native-motorns trevärda funktion med golvet och med "
                           "den genererade koden, på reglerna och underlagen i bench_motorer.py.")
    args = parser.parse_args(argv)
    if args.antal < 1:
        parser.error("--antal måste vara minst 1")
    n = args.antal
    rulebook = läs_regelboken()
    grund = grundunderlag(n, args.fro)
    check3 = förebild(rulebook)
    genererad = NativeEngine(rulebook.rules, rulebook.derivations).evaluate
    print(f"Förebild för check3: {n} underlag (frö {args.fro}); processens CPU-tid, bästa av {OMGÅNGAR} omgångar.")
    rader = []
    for procent in ANDELAR:
        andel = Andel(procent, rulebook, grund, args.fro)
        par = list(zip(andel.data, andel.params))
        fel = [d["id"] for (d, p), facit in zip(par, andel.facit) if outcome_svar(check3(d, p)) != facit]
        if fel:
            print(f"AVVIKELSER: förebilden och referensen är oeniga vid {procent} % på {len(fel)} underlag, "
                  f"till exempel {', '.join(fel[:5])}.")
            return 1
        vägar = {"golvet": lambda: [handskriven(d, p) for d, p in par],
                 "genererad": lambda: [genererad(d, p) for d, p in par],
                 "förebild": lambda: [check3(d, p) for d, p in par]}
        bäst = dict.fromkeys(vägar, float("inf"))
        for _ in range(OMGÅNGAR):
            for namn, kör in vägar.items():
                bäst[namn] = min(bäst[namn], cpu_tid(kör)[0])
        µs = {namn: tid * 1e6 / n for namn, tid in bäst.items()}
        rader.append([f"{procent} %", f"{svenskt_tal(µs['golvet'], 1)} µs", f"{svenskt_tal(µs['genererad'], 1)} µs",
                      kvottext(µs["genererad"] / µs["golvet"], 2), f"{svenskt_tal(µs['förebild'], 1)} µs",
                      kvottext(µs["förebild"] / µs["golvet"], 2)])
    skriv_tabell(["okända", "golvet", "genererad check3", "× golvet", "förebild", "× golvet"], rader)
    return 0


if __name__ == "__main__":
    sys.exit(main())
