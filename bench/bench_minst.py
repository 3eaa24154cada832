"""Mäter hur lång tid det tar att läsa in regler med ”minst N av (...)”.

Körs som

    PYTHONPATH=src .venv/bin/python bench/bench_minst.py [--omgångar 5]

För varje regeluppsättning mäts tiden för hela inläsningen: tolkning, kontroll
och översättning till mellanformen, och att bygga motorn (native, och durable
där durable_rules finns). Jämförelsen görs mot en baslinje i samma körning: en
regel med samma 20 villkor i ett enda ”eller”, den billigaste formen av samma
storlek. ”minst N av” är ett antal (ett aggregat), så tiden ska inte växa med
antalet kombinationer (”minst 10 av 20” har 184 756). Den snabbaste omgången
räknas. Skriptet avslutas med 1 om ”minst 10 av 20” tar en sekund eller mer.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from math import comb

from kravmotor.lang.compiler import compile_definitions
from kravmotor.lang.parser import parse_text
from kravmotor.motor.native_backend import NativeEngine

PARTS = 20
CONDITIONS = [f"uppskattat_värde.totalt > {n * 100_000}" for n in range(PARTS)]


def _rule(condition: str) -> str:
    return ('regel TT-01 "Mätning"\n  område test\n  källa "mätning"\n  typ GUIDE\n  säkerhet S\n  utfall info\n'
            f"  kräv {condition}\n  meddelande \"m\"\nslut\n")


def _load(text: str, motor: str) -> tuple[float, int]:
    """Seconds to parse, compile and build the engine; and the size of the generated Python (native)."""
    start = time.perf_counter()
    rulebook = compile_definitions(parse_text(text, "mätning.krav"))
    if motor == "native":
        engine = NativeEngine(rulebook.rules, rulebook.derivations)
        size = len(engine.source) + len(engine.source_uncertain)
    else:
        from kravmotor.motor.durable_backend import DurableEngine

        engine = DurableEngine(rulebook.rules, rulebook.derivations)
        engine.close()
        size = 0
    return time.perf_counter() - start, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--omgångar", type=int, default=5, help="antal omgångar; den snabbaste räknas")
    args = parser.parse_args(argv)
    motors = ["native"] + (["durable"] if importlib.util.find_spec("durable") else [])
    cases = [("baslinje: eller av 20 villkor", " eller ".join(CONDITIONS), None)]
    cases += [(f"minst {n} av {PARTS}", f"minst {n} av ({', '.join(CONDITIONS)})", n) for n in (1, 5, 10, 15, 20)]
    cases.append(("minst 8 av 16", f"minst 8 av ({', '.join(CONDITIONS[:16])})", 8))
    worst = 0.0
    for motor in motors:
        print(f"\nMotor: {motor}")
        print(f"{'regel':<34}{'kombinationer':>14}{'inläsning':>12}{'kvot':>8}{'genererad kod':>16}")
        base = None
        for title, condition, n in cases:
            best, size = min(_load(_rule(condition), motor) for _ in range(args.omgångar))
            base = base or best
            combos = "" if n is None else f"{comb(PARTS if '20' in title else 16, n):,}".replace(",", " ")
            code = f"{size / 1024:,.1f} KiB".replace(",", " ") if size else "–"
            print(f"{title:<34}{combos:>14}{best * 1000:>10.1f} ms{best / base:>8.2f}{code:>16}")
            if title == f"minst 10 av {PARTS}":
                worst = max(worst, best)
    print(f"\n”minst 10 av {PARTS}” läses in på {worst * 1000:.1f} ms (högst, över motorerna); kravet är under 1 s.")
    return 0 if worst < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
