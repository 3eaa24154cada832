"""Fuzzar kravmotors läsare länge: muterade indata ska ge avslutningskod 0, 1 eller 2, aldrig 3, inom tidsgränsen.

Körs som

    .venv/bin/python bench/fuzz.py [--antal N] [--frö S] [--mål regler,underlag,...] [--spara KATALOG]

Samma egenskaper som tests/test_fuzz.py (se tests/fuzzing.py: fröna är projektets
egna exempel, mutationerna ändrar byte, tar bort och upprepar bitar och lägger in
tecken och konstruktioner som brukar knäcka läsare), men med N indata per mål
och utan att stanna vid första felet. För varje mål skrivs hur många indata som
prövades och hur de slutade: kod 0/1 (läst), kod 2 (fel i indata, med svenskt
meddelande), kod 3 (internt fel: ska vara 0), över tidsgränsen (ska vara 0),
meddelanden med engelska (ska vara 0), felmeddelanden med en företrädares namn
ur leverantörsfröna (ska vara 0), och den längsta tiden för ett indata. Med
--spara skrivs varje sådant indata till KATALOG, så att det kan köras igen.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from bench_granska import svensk_parser  # noqa: E402

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

from fuzzing import TARGETS, TIME_BOUND, inputs, run_one  # noqa: E402
from kravmotor.formatting import format_number  # noqa: E402


def fuzz(target: str, count: int, frö: int, keep: Path | None) -> Counter:
    tally: Counter = Counter()
    slowest = [0.0]
    shown: list[str] = []

    @seed(frö)
    @settings(max_examples=count, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(inputs(target))
    def one(sample):
        outcome = run_one(target, sample.data, sample.option)
        tally["prövade"] += 1
        slowest[0] = max(slowest[0], outcome.seconds)
        if outcome.exit_code == -1:
            kind = "hängde"
        elif outcome.seconds >= TIME_BOUND:
            kind = "över tidsgränsen"
        elif outcome.exit_code == 3:
            kind = "kod 3"
        elif outcome.english:
            kind = "engelska"
        elif outcome.names:
            kind = "namn i fel"
        else:
            tally["kod 2" if outcome.exit_code == 2 else "kod 0/1"] += 1
            return
        tally[kind] += 1
        if len(shown) < 5:
            detail = outcome.error or (outcome.english or [f"{outcome.seconds:.1f} s"])[0][:160]
            shown.append(f"    {kind}: {detail}; {sample!r}"[:400])
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            (keep / f"{target}-{tally['prövade']:06d}.bin").write_bytes(sample.data)

    started = time.perf_counter()
    one()
    tally["sekunder"] = round(time.perf_counter() - started)
    tally["längsta (ms)"] = round(slowest[0] * 1000)
    for line in shown:
        print(line)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = svensk_parser("Fuzzar regelläsaren, underlags- och leverantörsläsarna, eForms-läsaren och "
                           "statistikimporten med muterade indata och räknar hur de slutar.")
    parser.set_defaults(antal=10_000)
    parser.add_argument("--mål", default=",".join(TARGETS), metavar="MÅL",
                        help=f"kommaseparerade mål (standard alla: {', '.join(TARGETS)})")
    parser.add_argument("--spara", type=Path, metavar="KATALOG",
                        help="spara indata som gav kod 3, hängde, engelska eller ett namn i ett felmeddelande")
    args = parser.parse_args(argv)
    targets = [t.strip() for t in args.mål.split(",") if t.strip()]
    unknown = [t for t in targets if t not in TARGETS]
    if unknown or args.antal < 1:
        parser.error(f"okänt mål {', '.join(unknown)}" if unknown else "--antal måste vara minst 1")

    columns = ("prövade", "kod 0/1", "kod 2", "kod 3", "över tidsgränsen", "hängde", "engelska", "namn i fel",
               "längsta (ms)", "sekunder")
    print(f"kravmotor fuzz: {format_number(args.antal)} indata per mål, frö {args.fro}, tidsgräns {TIME_BOUND:g} s processortid per indata")
    results = {}
    for target in targets:
        print(f"\n{target}")
        tally = fuzz(target, args.antal, args.fro, args.spara)
        results[target] = tally
        print("  " + ", ".join(f"{name}: {format_number(tally.get(name, 0))}" for name in columns))
    print("\n" + f"{'mål':<12}" + "".join(f"{name:>18}" for name in columns))
    for target, tally in results.items():
        print(f"{target:<12}" + "".join(f"{format_number(tally.get(name, 0)):>18}" for name in columns))
    bad = sum(t.get(kind, 0) for t in results.values()
              for kind in ("kod 3", "över tidsgränsen", "hängde", "engelska", "namn i fel"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
