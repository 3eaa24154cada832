"""Mäter minnet som durable_rules-motorn behåller när en granskare byggs och släpps.

Körs som

    PYTHONPATH=src .venv/bin/python bench/bench_durable_minne.py [--antal 1000]

Bygger N gånger en `Checker` med motorn durable på den riktiga regelboken,
granskar ett exempel med den och släpper den, och mäter processens högsta RSS.
Samma sak görs i samma körning med en ny motor för varje granskare (som före
`shared_engine`), som jämförelse. Siffran som räknas är tillväxten per bygge.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXEMPEL = REPO / "examples" / "lokalvard-med-brister.yaml"

_BARN = """
import gc, resource, sys
from kravmotor.lang.loader import load_rulebook
from kravmotor.model.loading import load_document
from kravmotor.motor.durable_backend import DurableEngine
from kravmotor.motor.pipeline import Checker
from kravmotor.resources import rules_dir
if sys.argv[2] == "utan":  # a new engine for every checker, as before shared_engine
    import kravmotor.motor.durable_backend as backend
    backend.shared_engine = lambda rules, derivations: DurableEngine(rules, derivations)
rulebook, document = load_rulebook(rules_dir()), load_document(sys.argv[3])
def rss(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
for _ in range(5):
    Checker(rulebook, "durable").check(document)
gc.collect()
start = rss()
for _ in range(int(sys.argv[1])):
    Checker(rulebook, "durable").check(document)
    gc.collect()
print(rss() - start)
"""


def tillväxt(antal: int, läge: str) -> float:
    """KiB per bygge, i en ny process så att mätningarna inte påverkar varandra."""
    ut = subprocess.run([sys.executable, "-c", _BARN, str(antal), läge, str(EXEMPEL)],
                        capture_output=True, text=True, check=True, env={"PYTHONPATH": str(REPO / "src")})
    return int(ut.stdout.strip()) / antal


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--antal", type=int, default=1000)
    args = parser.parse_args(argv)
    med = tillväxt(args.antal, "med")
    utan = tillväxt(min(args.antal, 200), "utan")  # utan frigörande växer det snabbt: 200 räcker för att se det
    print(f"Minne som behålls per bygge och granskning (KiB, högsta RSS, {args.antal} byggen):")
    print(f"  delad motor:            {med:8.1f}")
    print(f"  en motor per granskare: {utan:8.1f}  (jämförelse, {min(args.antal, 200)} byggen)")
    print(f"  kvot: {utan / med:.0f}×" if med > 0 else "  med delad motor växer inget alls")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
