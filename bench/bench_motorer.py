"""Jämför regelmotorer sida vid sida på samma regler och samma förfrågningsunderlag, med
0 %, 10 % och 50 % okända uppgifter.

Körs som

    .venv/bin/python bench/bench_motorer.py [--antal N] [--frö S] [--start-körningar K]

Skriptet gör allt i en och samma körning:

1. skriver en liten fast regelsamling (åtta regler och en slutsats, se REGLER i
   motorer_regler.py) i regelspråket till en tillfällig katalog och läser den med
   `load_rulebook`;
2. skapar N slumpade men giltiga förfrågningsunderlag (samma generator som
   bench_granska.py), med varje uppgift som reglerna läser känd, och gör sedan
   för varje andel (0, 10 och 50 %) var och en av de uppgifterna okänd med den
   sannolikheten: deklarerad i `okända_uppgifter` eller, för ett faktum, utelämnad;
3. kontrollerar, för varje andel, att varje motor ger samma svar som
   `kravmotor.motor.evaluate.reference` på varje underlag: reglerna som slår till,
   reglerna som inte kan avgöras (underlag saknas) och slutsatsen (gäller, kanske),
   och att golvet och native ger samma svar som varandra; skiljer de sig åt
   skrivs de första avvikelserna ut och skriptet avslutas med felkod 1 innan
   något mäts;
4. mäter underlag per sekund för varje motor och andel (processens CPU-tid, bästa
   av flera omgångar, bara utvärderingen, motorerna omväxlande), Python-minnets topp
   (tracemalloc, en extra omgång utan tidtagning) och sedan starttiden för hela
   kommandot `kravmotor granska` i nya processer.

Motorerna: handskriven trevärd Python (golvet), kravmotors NativeEngine (som
pipelinen väljer väg), referensen (`evaluate.reference`, tolken som definierar
betydelsen) och DurableEngine, durable_rules direkt (handskrivna T- och
U-regler, utan kravmotor); vid 0 % också den tvåvärda handskrivna koden, zen-engine
(JDM-graf med beslutstabeller) och rule-engine (ett `Rule` per regel), som inte har
något tredje sanningsvärde. De handskrivna motorerna står i motorer_handskrivna.py,
zen-engine och rule-engine i motorer_zen_rule_engine.py.
"""

from __future__ import annotations

import copy
import gc
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from bench_granska import _heltal, generate_document, python_peak, svensk_parser
from motorer_handskrivna import DurableDirekt, durable_fakta, handskriven, handskriven_svar, handskriven_tvåvärd, tvåvärt_svar
from motorer_regler import (ANBUDSTID, GRÄNS, HÖGA, OMRÅDEN, REGELKODER, REGLER, Svar, med_alla_fakta, med_okända)
from motorer_zen_rule_engine import RuleEngine, zen_indata, zen_jdm, zen_svar

from kravmotor.lang.loader import load_rulebook
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.motor.evaluate import reference
from kravmotor.motor.facts import document_facts, resolve_parameters
from kravmotor.motor.native_backend import NativeEngine
from kravmotor.values import UNKNOWN, is_number

ANDELAR = (0, 10, 50)  # per cent of the fields the rules read that are unknown
RUNDOR = 3  # rounds; in each, every engine runs over all documents once (the fast ones SNABBA times)
SNABBA = 5
REPO = Path(__file__).resolve().parent.parent
EXEMPEL = "examples/lokalvard-kommun.yaml"
U = UNKNOWN


# ---------------------------------------------------------------------------------------
# kravmotor: NativeEngine and DurableEngine on document_data plus the resolved parameters.
# ---------------------------------------------------------------------------------------


def outcome_svar(outcome) -> Svar:
    return (frozenset((h.rule.code, h.index) for h in outcome.hits), frozenset((h.rule.code, h.index) for h in outcome.undecided),
            frozenset(outcome.derived), frozenset(outcome.maybe))


# ---------------------------------------------------------------------------------------
# Swedish numbers and tables
# ---------------------------------------------------------------------------------------


def svenskt_tal(tal: float, decimaler: int) -> str:
    """Swedish number style: a space groups thousands, a comma marks decimals."""
    return f"{tal:,.{decimaler}f}".replace(",", " ").replace(".", ",")


def tid_per_underlag(sekunder: float, antal: int) -> str:
    return f"{svenskt_tal(sekunder * 1e6 / antal, 1)} µs"


def per_sekund(antal: int, sekunder: float) -> str:
    return svenskt_tal(antal / sekunder, 0)


def kvottext(kvot: float, decimaler: int = 1) -> str:
    return f"{svenskt_tal(kvot, decimaler)}×"


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


def starttider(körningar: int) -> list[tuple[str, list[float], list[float]]]:
    """Per command: the wall time of each run, and the CPU time (user and system) of its process,
    which other processes on a shared machine do not inflate the way they inflate wall time."""
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
        tider, cpu = [], []
        for _ in range(körningar):
            före = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            klar = subprocess.run(argv, cwd=REPO, env={**os.environ, **miljö}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            tider.append(time.perf_counter() - start)
            efter = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(efter.ru_utime + efter.ru_stime - före.ru_utime - före.ru_stime)
            if klar.returncode != 0:
                raise SystemExit(f"{namn} avslutades med felkod {klar.returncode}:\n{klar.stderr.decode(errors='replace')}")
        resultat.append((namn, tider, cpu))
    return resultat


# ---------------------------------------------------------------------------------------
# The documents of one share, and the engines
# ---------------------------------------------------------------------------------------


def läs_regelboken():
    """The rules, from the rule language (REGLER), through load_rulebook."""
    with tempfile.TemporaryDirectory(prefix="bench_motorer_") as katalog:
        (Path(katalog) / "omraden.yaml").write_text(OMRÅDEN, encoding="utf-8")
        (Path(katalog) / "regler.krav").write_text(REGLER, encoding="utf-8")
        rulebook = load_rulebook(Path(katalog))
    assert sorted(r.code for r in rulebook.rules) == REGELKODER
    return rulebook


def grundunderlag(n: int, frö: int) -> list[dict]:
    """n generated documents (as dicts) with every fact the rules read known."""
    rng, fyll = random.Random(frö), random.Random(f"fakta {frö}")
    return [med_alla_fakta(generate_document(rng, i), fyll) for i in range(n)]


class Andel:
    """The documents with `procent` % of the fields the rules read unknown, as every engine gets them."""

    def __init__(self, procent: int, rulebook, grund: list[dict], frö: int):
        self.procent = procent
        rng = random.Random(f"okända {frö} {procent}")
        self.fält = self.okända = self.utelämnade = 0
        self.data: list[dict] = []
        self.params: list[dict] = []
        self.osäkra: list[bool] = []  # whether document_facts found anything uncertain (the pipeline's flag)
        väntade = {"direktupphandlingsgräns": Decimal(GRÄNS), "minsta_anbudstid": Decimal(ANBUDSTID)}
        for doc in grund:
            doc, fält, okända, utelämnade = med_okända(copy.deepcopy(doc), rng, procent / 100)
            self.fält += fält
            self.okända += okända
            self.utelämnade += utelämnade
            data, osäker = document_facts(Förfrågningsunderlag.model_validate(doc), rulebook.classifications)
            resolved = resolve_parameters(rulebook.parameters, data, rulebook.param_conditions)
            params = {name: p.value for name, p in resolved.items()}
            if params != (dict.fromkeys(väntade, U) if data["annonseringsdatum"] is U else väntade):
                raise SystemExit(f"oväntade parametrar för {data['id']}: {params}")
            self.data.append(data)
            self.params.append(params)
            self.osäkra.append(osäker)
        self.facit = [outcome_svar(reference(rulebook.rules, rulebook.derivations, d, p)) for d, p in zip(self.data, self.params)]
        if procent == 0 and (any(self.osäkra) or any(s[1] or s[3] for s in self.facit)):
            raise SystemExit("underlagen med 0 % okända har något okänt")


class Motor:
    """One engine: how it runs over all inputs, how its answer reads, and how its input is made.

    `förbered(d, p, osäker)` packages document_data and the parameters (untimed; None: the
    pair as it is); `konvertera(d, p)` makes the engine's own input from them and is timed
    separately (durable direkt's facts, zen-engine's JSON-able dicts)."""

    def __init__(self, namn: str, kör_alla: Callable[[list], list], svar: Callable[[Any], Svar], *,
                 förbered: Callable[[dict, dict, bool], Any] | None = None, konvertera: Callable[[dict, dict], Any] | None = None,
                 bara_noll: bool = False, snabb: bool = False):
        self.namn = namn
        self.kör_alla = kör_alla
        self.svar = svar
        self.förbered = förbered
        self.konvertera = konvertera
        self.bara_noll = bara_noll  # two-valued: only the documents with nothing unknown
        self.snabb = snabb  # a few µs per document: timed SNABBA times a round
        self.indata: dict[int, list] = {}
        self.tid: dict[int, float] = {}  # s for all documents, best of the rounds
        self.konvertering: dict[int, float] = {}
        self.topp: dict[int, int] = {}

    def kör_vid(self, procent: int) -> bool:
        return procent == 0 or not self.bara_noll


def bygg_motorer(rulebook) -> tuple[list[Motor], RuleEngine]:
    try:
        import rule_engine  # noqa: F401  (used by RuleEngine)
        import zen
        from kravmotor.motor.durable_backend import DurableEngine
    except ImportError as exc:
        raise SystemExit(f"bench_motorer.py behöver durable-rules, zen-engine och rule-engine ({exc}); "
                         "installera dem med pip install '.[bench]'") from None

    native = NativeEngine(rulebook.rules, rulebook.derivations)
    säker, trevärd = native.evaluate_certain, native.evaluate
    durable = DurableEngine(rulebook.rules, rulebook.derivations).evaluate
    direkt = DurableDirekt().evaluate
    beslut = zen.ZenEngine().create_decision(json.dumps(zen_jdm(), ensure_ascii=False)).evaluate
    regler = RuleEngine()
    referens = partial(reference, rulebook.rules, rulebook.derivations)

    def pipelinens_val(d: dict, p: dict, osäker: bool):
        """As RuleRunner.run: the two-valued path when nothing is uncertain and every parameter is a plain number."""
        return (säker if not osäker and all(is_number(v) for v in p.values()) else trevärd), d, p

    return [
        Motor("handskriven", lambda xs: [handskriven(d, p) for d, p in xs], handskriven_svar, snabb=True),
        Motor("native", lambda xs: [f(d, p) for f, d, p in xs], outcome_svar, förbered=pipelinens_val, snabb=True),
        Motor("native, bara trevärd", lambda xs: [trevärd(d, p) for d, p in xs], outcome_svar, snabb=True),
        Motor("referens", lambda xs: [referens(d, p) for d, p in xs], outcome_svar),
        Motor("durable (kravmotor)", lambda xs: [durable(d, p) for d, p in xs], outcome_svar),
        Motor("durable direkt", lambda xs: [direkt(f) for f in xs], handskriven_svar, konvertera=durable_fakta),
        Motor("handskriven, tvåvärd", lambda xs: [handskriven_tvåvärd(d) for d, _ in xs], tvåvärt_svar, bara_noll=True, snabb=True),
        Motor("zen-engine", lambda xs: [beslut(z) for z in xs], zen_svar, konvertera=lambda d, p: zen_indata(d), bara_noll=True),
        Motor("rule-engine", lambda xs: [regler.evaluate(d) for d, _ in xs], tvåvärt_svar, bara_noll=True),
    ], regler


def svaren(motor: Motor, andel: Andel) -> list[Svar]:
    """The engine's answer on every document of the share."""
    return [motor.svar(resultat) for resultat in motor.kör_alla(motor.indata[andel.procent])]


def avvikelser(andel: Andel, svar: list[Svar], facit: list[Svar], namn: str = "referensen") -> list[tuple[str, list[str]]]:
    """Per document where an engine's answers differ from `facit`: what differs."""
    delar = ("träffar", "underlag saknas", "slutsatsen gäller", "slutsatsen kanske")
    out = []
    for d, s_, f_ in zip(andel.data, svar, facit):
        if s_ != f_:
            out.append((d["id"], [f"{del_}: bara motorn {sorted(s - f, key=str) or '-'}, bara {namn} {sorted(f - s, key=str) or '-'}"
                                  for del_, s, f in zip(delar, s_, f_) if s != f]))
    return out


def cpu_tid(kör: Callable[[], Any]) -> tuple[float, Any]:
    """The process's CPU time for one call (the machine is shared: wall time would count the
    time other processes had the core), after a garbage collection; and what it returned."""
    gc.collect()
    start = time.process_time()
    resultat = kör()
    return time.process_time() - start, resultat


def förbered_indata(motorer: list[Motor], andelar: list[Andel]) -> None:
    """Every engine's input for every share; the conversions timed, best of RUNDOR."""
    for andel in andelar:
        par = list(zip(andel.data, andel.params))
        for m in (m for m in motorer if m.kör_vid(andel.procent)):
            if m.konvertera is not None:
                konvertera = m.konvertera
                tider = []
                for _ in range(RUNDOR):
                    tid, m.indata[andel.procent] = cpu_tid(lambda: [konvertera(d, p) for d, p in par])
                    tider.append(tid)
                m.konvertering[andel.procent] = min(tider)
            elif m.förbered is not None:
                m.indata[andel.procent] = [m.förbered(d, p, osäker) for (d, p), osäker in zip(par, andel.osäkra)]
            else:
                m.indata[andel.procent] = par


def mät(motorer: list[Motor], procent: int) -> None:
    """Evaluation only, best of the rounds; the engines take turns, so that a change in the
    machine's load falls on all of them. Then the Python memory peak in one more pass each."""
    aktiva = [m for m in motorer if m.kör_vid(procent)]
    bäst = {m.namn: float("inf") for m in aktiva}
    for _ in range(RUNDOR):
        for m in aktiva:
            kör, indata = m.kör_alla, m.indata[procent]
            for _ in range(SNABBA if m.snabb else 1):
                bäst[m.namn] = min(bäst[m.namn], cpu_tid(lambda: kör(indata))[0])
    for m in aktiva:
        m.tid[procent] = bäst[m.namn]
        kör, indata = m.kör_alla, m.indata[procent]
        m.topp[procent] = python_peak(lambda: kör(indata))


# ---------------------------------------------------------------------------------------
# What is printed
# ---------------------------------------------------------------------------------------


def _procent(del_: int, helhet: int) -> str:
    return f"{svenskt_tal(100 * del_ / helhet, 1)} %" if helhet else "–"


def skriv_andelar(andelar: list[Andel], n: int) -> None:
    for andel in andelar:
        print(f"  {andel.procent:>2} % okända: {svenskt_tal(andel.okända, 0)} av {svenskt_tal(andel.fält, 0)} fält som reglerna läser "
              f"({_procent(andel.okända, andel.fält)}; {svenskt_tal(andel.utelämnade, 0)} av dem utelämnade, de andra i okända_uppgifter); "
              f"{svenskt_tal(sum(andel.osäkra), 0)} av {svenskt_tal(n, 0)} underlag har något okänt och går native-motorns trevärda väg.")


def kontrollera(motorer: list[Motor], andelar: list[Andel]) -> bool:
    """Whether every engine gives the reference's answers on every document of every share it runs
    at, and the floor exactly native's: otherwise the ratios would compare different work."""
    golv, native = motorer[0], next(m for m in motorer if m.namn == "native")
    fel = {}
    for a in andelar:
        svar = {m.namn: svaren(m, a) for m in motorer if m.kör_vid(a.procent)}
        fel.update({(namn, a.procent): avvikelser(a, s, a.facit) for namn, s in svar.items()})
        fel[("golvet mot native", a.procent)] = avvikelser(a, svar[golv.namn], svar[native.namn], "native")
    print("Avvikelser mot kravmotor.motor.evaluate.reference (antal underlag där träffarna, reglerna som inte kan avgöras "
          "eller slutsatsen skiljer sig; ska vara 0), och mellan golvet och native direkt:")
    namnen = [m.namn for m in motorer] + ["golvet mot native"]
    skriv_tabell(["Motor"] + [f"{a} %" for a in ANDELAR],
                 [[namn] + [str(len(fel[(namn, a.procent)])) if (namn, a.procent) in fel else "–" for a in andelar] for namn in namnen])
    print("(handskriven, tvåvärd, zen-engine och rule-engine har inget tredje sanningsvärde och körs bara vid 0 %.)")
    if not any(fel.values()):
        return True
    print()
    print("AVVIKELSER: motorerna är oeniga, så ingenting mäts. De första:")
    for (namn, procent), lista in fel.items():
        for doc_id, delar in lista[:5]:
            print(f"  {namn}, {procent} %, {doc_id}: {'; '.join(delar)}")
    return False


def skriv_regler(andelar: list[Andel], n: int) -> None:
    print("Hur ofta varje regel slår till och inte kan avgöras, enligt referensen (fynd / underlag saknas):")
    rader, varningar = [], []
    for kod in REGELKODER:
        rad = [kod]
        for andel in andelar:
            fynd = sum(1 for s in andel.facit for k, _ in s[0] if k == kod)
            saknas = sum(1 for s in andel.facit for k, _ in s[1] if k == kod)
            träffade = sum(1 for s in andel.facit if any(k == kod for k, _ in s[0]))
            rad.append(f"{svenskt_tal(fynd, 0)} / {svenskt_tal(saknas, 0)}")
            if andel.procent == 0 and not 0 < träffade < n:
                varningar.append(f"  {kod} slår aldrig till eller alltid vid 0 %")
        rader.append(rad)
    rader.append([f"{HÖGA} (gäller / kanske)"] + [f"{svenskt_tal(sum(1 for s in a.facit if s[2]), 0)} / {svenskt_tal(sum(1 for s in a.facit if s[3]), 0)}"
                                                   for a in andelar])
    skriv_tabell(["Regel"] + [f"{a} %" for a in ANDELAR], rader)
    for varning in varningar:
        print(varning)


def skriv_tider(motorer: list[Motor], procent: int, n: int) -> None:
    golv = motorer[0].tid[procent]
    print(f"{procent} % okända uppgifter ({n} underlag; CPU-tid, bästa av {RUNDOR} omgångar, de snabba motorerna "
          f"{RUNDOR * SNABBA}; golvet är {motorer[0].namn}):")
    rader = []
    for m in (m for m in motorer if m.kör_vid(procent)):
        tid = m.tid[procent]
        konv = m.konvertering.get(procent)
        med = tid + (konv or 0.0)
        rader.append([
            m.namn, per_sekund(n, tid), tid_per_underlag(tid, n), kvottext(tid / golv),
            tid_per_underlag(konv, n) if konv is not None else "–", per_sekund(n, med) if konv is not None else "–",
            kvottext(med / golv) if konv is not None else "–", f"{svenskt_tal(m.topp[procent] / 2**20, 1)} MiB",
        ])
    skriv_tabell(["Motor", "underlag/s", "per underlag", "× golvet", "konvertering", "underlag/s inkl.", "× golvet inkl.",
                  "Python-minne, topp"], rader)


def skriv_mål(motorer: list[Motor]) -> None:
    per_namn = {m.namn: m for m in motorer}
    golv, native, trevärd = motorer[0], per_namn["native"], per_namn["native, bara trevärd"]
    kravmotor, direkt = per_namn["durable (kravmotor)"], per_namn["durable direkt"]
    print("Mål: native inom 1,5× av golvet (handskriven, trevärd); durable (kravmotor) inom 1,3× av durable direkt "
          "(räknat mot direkt med sin konvertering till fakta, eftersom båda då börjar från samma data).")
    rader = []
    for procent in ANDELAR:
        native_kvot = native.tid[procent] / golv.tid[procent]
        durable_kvot = kravmotor.tid[procent] / (direkt.tid[procent] + direkt.konvertering[procent])
        rader.append([f"{procent} %", kvottext(native_kvot, 2), "uppfyllt" if native_kvot <= 1.5 else "EJ uppfyllt",
                      kvottext(durable_kvot, 2), "uppfyllt" if durable_kvot <= 1.3 else "EJ uppfyllt",
                      kvottext(kravmotor.tid[procent] / direkt.tid[procent], 2), kvottext(trevärd.tid[procent] / golv.tid[procent], 2)])
    skriv_tabell(["okända", "native / golvet", "mål 1,5×", "durable (kravmotor) / direkt", "mål 1,3×",
                  "… / direkt utan konvertering", "native bara trevärd / golvet"], rader)


def skriv_start(körningar: int) -> None:
    print(f"Start: hela processer, {körningar} körningar var (`{EXEMPEL}`; sekunder; väggtid, och processens CPU-tid):")
    rader = []
    tider = starttider(körningar)
    bas, cpu_bas = statistics.median(tider[0][1]), statistics.median(tider[0][2])

    def över(värde: float, noll: float) -> str:
        return ("+" if värde >= noll else "−") + svenskt_tal(abs(värde - noll), 3)

    for namn, t, cpu in tider:
        median, cpu_median = statistics.median(t), statistics.median(cpu)
        rader.append([namn, svenskt_tal(t[0], 3), svenskt_tal(median, 3), svenskt_tal(min(t), 3), över(median, bas),
                      svenskt_tal(cpu_median, 3), över(cpu_median, cpu_bas)])
    skriv_tabell(["Kommando", "första", "median", "min", "median − python", "CPU-tid, median", "CPU-tid − python"], rader)


# ---------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = svensk_parser("Jämför regelmotorer på samma regler och samma slumpade förfrågningsunderlag, med 0, 10 och 50 % "
                           "okända uppgifter: handskriven trevärd Python, kravmotors native- och durable-motor och durable_rules "
                           "direkt (vid 0 % också zen-engine och rule-engine); och mäter starttiden för kommandot kravmotor granska.")
    parser.add_argument("--start-körningar", dest="starter", type=_heltal, default=5, metavar="K",
                        help="hur många gånger varje startkommando körs (standard 5; 0 hoppar över startmätningen)")
    args = parser.parse_args(argv)
    if args.antal < 1:
        parser.error("--antal måste vara minst 1")
    if args.starter < 0:
        parser.error("--start-körningar får inte vara negativt")
    n = args.antal

    # The rules, the documents of every share and every engine's input (untimed, except the conversions).
    rulebook = läs_regelboken()
    grund = grundunderlag(n, args.fro)
    andelar = [Andel(procent, rulebook, grund, args.fro) for procent in ANDELAR]
    motorer, regler = bygg_motorer(rulebook)
    regler.learn_names(Förfrågningsunderlag.model_fields)
    förbered_indata(motorer, andelar)

    print(f"Regelmotorer sida vid sida: {n} slumpade förfrågningsunderlag (frö {args.fro}), {len(REGELKODER)} regler och en "
          f"slutsats, med {', '.join(f'{a} %' for a in ANDELAR)} okända uppgifter.")
    print()
    skriv_andelar(andelar, n)
    print()
    if not kontrollera(motorer, andelar):  # same answers, before anything is timed
        return 1
    print()
    skriv_regler(andelar, n)
    print()

    for procent in ANDELAR:
        mät(motorer, procent)
    for procent in ANDELAR:
        skriv_tider(motorer, procent, n)
        print()
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB
    print(f"(Processens högsta RSS under hela körningen: {svenskt_tal(maxrss, 1)} MiB. Python-minnet är tracemalloc-toppen för en "
          f"omgång; durable_rules och zen-engine har eget minne i C respektive Rust som inte syns där.)")
    print()
    skriv_mål(motorer)
    print()
    if args.starter:
        skriv_start(args.starter)
    return 0


if __name__ == "__main__":
    sys.exit(main())
