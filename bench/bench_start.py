"""Mäter hur lång tid en kall `kravmotor granska` av ett underlag tar, mot samma Python som bara startar.

Körs som

    .venv/bin/python bench/bench_start.py [--körningar N] [--underlag FIL]

Allt i samma körning, hela processer (`subprocess`, samma Python och miljö):

1. **Golvet**: `python -c pass`, N gånger.
2. `python -c "import kravmotor.cli"`: vad importerna kostar.
3. `python -m kravmotor granska FIL --format json` med en tom cachekatalog
   (`XDG_CACHE_HOME` i en tillfällig katalog): den allra första starten, då
   parsern och regelboken byggs och sparas.
4. Samma kommando N gånger till med den cachen: en vanlig start.
5. Samma med `KRAVMOTOR_INGEN_CACHE=1`: utan cache alls.

Kvoten är medianen för granska (punkt 4) ÷ medianen för `python -c pass`;
målet är högst 20×. Bredvid väggtiden står processernas CPU-tid (användare och
system, `RUSAGE_CHILDREN`), som andra processer på en delad maskin inte blåser
upp som de blåser upp väggtiden.

Processerna skriver och läser bytekod (`PYTHONDONTWRITEBYTECODE` tas bort ur
deras miljö): ett installerat kravmotor har sin bytekod, som Pythons egna
moduler har sin, så en start som kompilerade varje modul ur källkoden skulle
mäta kompilatorn. Den första starten (punkt 3) skriver den.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_granska import _heltal, svensk_parser  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
GOAL = 20.0


def timed(command: list[str], env: dict[str, str], runs: int) -> tuple[list[float], list[float]]:
    """Wall times and CPU times (user + system) of `runs` runs of `command`."""
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        result = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        if result.returncode not in (0, 1):  # 1: the document has findings
            raise SystemExit(f"{' '.join(command)} misslyckades ({result.returncode}):\n{result.stderr}")
    return times, cpu


def _s(value: float) -> str:
    return f"{value:.3f}".replace(".", ",")


def main(argv: list[str] | None = None) -> int:
    parser = svensk_parser("Mäter en kall kravmotor granska mot python -c pass, i samma körning.")
    parser.add_argument("--körningar", dest="runs", type=_heltal, default=7, metavar="N",
                        help="körningar per kommando (standard 7)")
    parser.add_argument("--underlag", default="examples/lokalvard-kommun.yaml", metavar="FIL",
                        help="underlaget som granskas (standard examples/lokalvard-kommun.yaml)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--körningar måste vara minst 1")
    python = sys.executable
    granska = [python, "-m", "kravmotor", "granska", args.underlag, "--format", "json"]
    with tempfile.TemporaryDirectory(prefix="bench-start-") as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache}
        env.pop("KRAVMOTOR_INGEN_CACHE", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode as an installed kravmotor has it (see above)
        rows = [
            ("python -c pass", timed([python, "-c", "pass"], env, args.runs)),
            ('python -c "import kravmotor.cli"', timed([python, "-c", "import kravmotor.cli"], env, args.runs)),
            ("kravmotor granska, första start (tom cache)", timed(granska, env, 1)),
            ("kravmotor granska", timed(granska, env, args.runs)),
            ("kravmotor granska, utan cache", timed(granska, {**env, "KRAVMOTOR_INGEN_CACHE": "1"}, args.runs)),
        ]
    floor = statistics.median(rows[0][1][0])
    cpu_floor = statistics.median(rows[0][1][1])
    print(f"kravmotor start, {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} kärnor, last {os.getloadavg()[0]:.1f}, "
          f"{args.runs} körningar per kommando ({args.underlag}; sekunder)")
    print(f"  {'kommando':<46}{'median':>8}{'min':>8}{'÷ python':>10}{'CPU':>8}{'÷ python':>10}")
    for name, (times, cpu) in rows:
        median, cpu_median = statistics.median(times), statistics.median(cpu)
        print(f"  {name:<46}{_s(median):>8}{_s(min(times)):>8}{_s(median / floor) + '×':>10}"
              f"{_s(cpu_median):>8}{_s(cpu_median / cpu_floor) + '×':>10}")
    ratio = statistics.median(rows[3][1][0]) / floor
    print(f"  mål: granska högst {GOAL:.0f}× python -c pass: {_s(ratio)}×  "
          f"{'uppfyllt' if ratio <= GOAL else 'EJ uppfyllt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
