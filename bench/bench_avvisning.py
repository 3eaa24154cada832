"""Mäter hur fort de kostsamma indata avvisas: i förhållande till att granska ett vanligt underlag.

Körs som

    .venv/bin/python bench/bench_avvisning.py [--omgångar N]

Indata som en gång hängde eller åt minnet (issue 13) ska avvisas med en
placerad svensk kod 2 innan arbetet börjar: en aliasbomb i YAML, en JSON-fil på
200 MB, XML nästlad 100 000 nivåer, en regel med 100 000 `inte`, `minst 10 av
20` (184 756 kombinationer) och ett tal med 5 000 siffror. Varje fall körs som
hela kommandot (CliRunner, som testerna) och jämförs med baslinjen i samma
körning: `kravmotor granska` på exemplet lokalvard-kommun.yaml. Bästa av N
omgångar. Målet är att inget fall tar mer än 3 gånger baslinjen: att avvisa ska
aldrig vara dyrare än att granska. Testerna (tests/test_robustness.py) prövar att
fallen avvisas och var; tiden mäts bara här, där belastningen från andra
processer faller på baslinjen också.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from click.testing import CliRunner  # noqa: E402

from bad_inputs import alias_bomb  # noqa: E402
from kravmotor.cli import main as cli  # noqa: E402
from rulekit import regel  # noqa: E402

EXAMPLE = HERE.parent / "examples" / "lokalvard-kommun.yaml"
MÅL = 3.0


def _rule_folder(work: Path, name: str, krav: str) -> Path:
    folder = work / name
    folder.mkdir()
    (folder / "t.krav").write_text(regel("TEST-01", krav), encoding="utf-8")
    return folder


def cases(work: Path) -> dict[str, list[str]]:
    """Each costly input as the command line that must refuse it."""
    bomb = work / "aliasbomb.yaml"
    bomb.write_text(alias_bomb(), encoding="utf-8")
    big = work / "stor.json"
    with big.open("wb") as out:
        out.truncate(200 * 1024 * 1024)
    deep = work / "djup.xml"
    deep.write_text("<a>" * 100_000 + "</a>" * 100_000, encoding="utf-8")
    rules = {
        "regel: inte × 100 000": "inte " * 100_000 + "uppskattat_värde.totalt > 5",
        "regel: minst 10 av 20": "minst 10 av (" + ", ".join(["uppskattat_värde.totalt > 5"] * 20) + ")",
        "regel: tal med 5 000 siffror": "uppskattat_värde.totalt > " + "9" * 5000,
    }
    commands = {"aliasbomb (YAML)": ["granska", str(bomb)], "200 MB JSON": ["granska", str(big)],
                "XML 100 000 nivåer": ["granska", str(deep)]}
    for i, (name, krav) in enumerate(rules.items()):
        commands[name] = ["regler", "--regler", str(_rule_folder(work, f"regler{i}", krav))]
    return commands


def best_of(rounds: int, args: list[str], expected: tuple[int, ...]) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        result = CliRunner().invoke(cli, args)
        best = min(best, time.perf_counter() - started)
        if result.exit_code not in expected:
            raise SystemExit(f"{' '.join(args)}: kod {result.exit_code}, väntad {expected}\n{result.output[:500]}")
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--omgångar", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-avvisning-") as tmp:
        commands = cases(Path(tmp))
        baseline = best_of(args.omgångar, ["granska", "--format", "json", str(EXAMPLE)], (0, 1))
        print(f"baslinje: granska {EXAMPLE.name}: {baseline * 1000:.0f} ms")
        worst = 0.0
        for name, command in commands.items():
            seconds = best_of(args.omgångar, command, (2,))
            ratio = seconds / baseline
            worst = max(worst, ratio)
            print(f"  {name:32} {seconds * 1000:7.0f} ms  {ratio:5.2f} × baslinjen".replace(".", ","))
    ok = worst <= MÅL
    print(f"{'✓' if ok else '✗'} inget fall över {MÅL:.0f} × baslinjen: högst {worst:.2f} ×".replace(".", ","))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
