"""Mäter `kravmotor revision`: tid per upphandling mot ett golv, minne och `--visa` när datan växer tiofalt.

Körs som

    .venv/bin/python bench/bench_revision.py [--uhm KATALOG] [--gånger N] [--antal N] [--utan-tiofaldig]

Allt jämförs med något som mäts i samma körning, på samma maskin:

1. **Golvet**: att bara läsa exportens rader och sammanfoga dem med
   sidofilerna (`uhm.records`, det revisionen ändå måste göra), i mikrosekunder
   per upphandling. Mäts i samma process som revisionen, före och efter den.
2. **Revision per upphandling ÷ golvet**, på en kärna (processen och dess
   arbetsprocesser låsta till en processor), på två kärnor och på alla kärnor
   (på en maskin med två kärnor är det samma mätning som två), var och en med
   så många arbetsprocesser som programmet själv tar på så många kärnor (för en
   export: en per kärna utom huvudprocessens, som granskar rader när
   arbetarna är upptagna; på en kärna granskar huvudprocessen alla). Varje
   mätning är en hel revisionskörning till en ny databas, i en egen process,
   `--gånger` gånger.
3. **Minne**: högsta RSS för revisionen och rapporten (huvudprocessen, och den
   största arbetsprocessen) på exporten och på en tiofaldig kopia av den,
   byggd i en tillfällig katalog under /tmp (aldrig i arkivet), med programmets
   arbetare på maskinens kärnor. Kvoten tiofaldig ÷ enkel ska vara högst 1,3.
4. **`kravmotor revision --visa`** på de två databaserna: hela kommandot, tid
   tiofaldig ÷ enkel (högst 1,3), och databasens storlek per upphandling.
5. **YAML-underlag**: N slumpade förfrågningsunderlag (bench_granska) som
   YAML-filer, en revision med två arbetare, fördelad på faser.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_granska import _heltal, generate_document, svensk_parser, yaml_text  # noqa: E402

from kravmotor.formatting import format_number  # noqa: E402

UHM_2021 = str(Path(__file__).resolve().parents[2] / "shared" / "data" / "se-upphandlingsstatistik-2021")  # ../shared beside the checkout
GOALS = {"tid": 5.0, "minne": 1.3, "visa": 1.3}


# --- one measurement, in a process of its own ----------------------------------------------------


def measure(export: str, database: str, workers: int | None, floor: bool, report: bool) -> dict:
    """A revision of `export` into `database` (and the board's report on it), timed; the floor around it.
    `workers` None: as many as the program takes on the CPUs this process may use."""
    from kravmotor.rapport.revision_html import render_html
    from kravmotor.resources import rules_dir
    from kravmotor.revision.report import build_report
    from kravmotor.revision.runner import default_workers, main_helps, run_revision
    from kravmotor.revision.store import Store
    from kravmotor.revision.targets import load_targets
    from kravmotor.sources import uhm

    def read_and_join() -> tuple[int, float]:
        t0 = time.perf_counter()
        rows = sum(1 for _ in uhm.records(export))
        return rows, time.perf_counter() - t0

    if workers is None:
        workers = default_workers([export])
    floors = []
    if floor:
        rows, seconds = read_and_join()
        floors.append(seconds / rows)
    with Store(database) as store:
        t0 = time.perf_counter()
        run = run_revision(store, [export], rule_dir=rules_dir(), workers=workers)
        wall = time.perf_counter() - t0
        counts = store.counts(run.run)
        findings = sum(store.outcome_counts(run.run).values())
        t0 = time.perf_counter()
        if report:
            render_html(build_report(store, run.run, load_targets()))
        report_time = time.perf_counter() - t0
    if floor:
        rows, seconds = read_and_join()
        floors.append(seconds / rows)
    timings = run.timings
    return {
        "documents": run.processed, "errors": counts.get("fel", 0), "findings": findings, "wall": wall,
        "workers": workers, "main_helps": main_helps(workers),
        "floor": floors, "report": report_time, "bytes": Path(database).stat().st_size,
        "phases": {"load": timings.load, "check": timings.check, "serialise": timings.serialise, "store": timings.store},
        "rss_main": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "rss_worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
    }


def _in_process(export: str, database: str, workers: int | None, cpus: set[int] | None, floor: bool = True,
                report: bool = True) -> dict:
    """`measure` in a fresh Python process (its memory is its own), limited to `cpus` with its workers."""
    args = json.dumps({"export": export, "database": database, "workers": workers, "floor": floor, "report": report})
    result = subprocess.run([sys.executable, __file__, "--mät", args], capture_output=True, text=True,
                            preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus else None)
    if result.returncode != 0:
        raise SystemExit(f"mätningen misslyckades:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- the 10-fold copy -----------------------------------------------------------------------------


def tenfold(export: Path, target: Path, first: int | None = None) -> Path:
    """The export ten times over: each copy's procurement ids get a suffix (-1 ... -9), so that side rows
    join within their copy, and every row is a procurement of its own."""
    return _rewrite(export, target, 10, first)


def _rewrite(export: Path, target: Path, copies: int, first: int | None) -> Path:
    """The export's first `first` procurements (all when None) and their side rows, `copies` times over."""
    target.mkdir(parents=True, exist_ok=True)
    kept: set[str] | None = None
    for path in sorted(export.glob("*.csv.gz"), key=lambda p: p.name != "number_of_procurements.csv.gz"):
        with gzip.open(path, "rt", encoding="utf-8", newline="") as stream:
            rows = list(csv.reader(stream))
        header, body = rows[0], rows[1:]
        column = header.index("Upphandlings-ID") if "Upphandlings-ID" in header else None
        if first is not None and column is not None:
            if kept is None:  # the procurements file comes first
                body = body[:first]
                kept = {row[column] for row in body}
            else:
                body = [row for row in body if row[column] in kept]
        with gzip.open(target / path.name, "wt", encoding="utf-8", newline="", compresslevel=1) as stream:
            writer = csv.writer(stream)
            writer.writerow(header)
            for copy in range(copies):
                for row in body:
                    if column is not None and copy:
                        row = row[:column] + [f"{row[column]}-{copy}"] + row[column + 1:]
                    writer.writerow(row)
    return target


def _visa(database: Path, repeats: int) -> list[float]:
    """Seconds for `kravmotor revision --visa 1` (text to a file, as a board member would keep it)."""
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "kravmotor", "revision", "--visa", "1", "--databas", str(database),
                                 "--format", "json", "--utdata", os.devnull], capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        if result.returncode not in (0, 1):
            raise SystemExit(f"--visa misslyckades:\n{result.stderr}")
    return times


# --- printing ---------------------------------------------------------------------------------------


def _n(value: float, decimals: int = 0) -> str:
    return format_number(round(value, decimals)) if decimals else format_number(round(value))


def _x(value: float) -> str:
    return f"{value:.2f}".replace(".", ",") + "×"


def _spread(values: list[float]) -> str:
    return f"{_x(statistics.median(values))} ({_x(min(values))}–{_x(max(values))})"


def _verdict(value: float, goal: float) -> str:
    return "uppfyllt" if value <= goal else "EJ uppfyllt"


def _division(m: dict) -> str:
    """Which processes checked: the workers, and the main process when it checks rows too."""
    workers = {0: "", 1: "1 arbetare"}.get(m["workers"], f"{m['workers']} arbetare")
    if not m["main_helps"]:
        return workers
    return f"{workers} + huvudprocessen" if workers else "huvudprocessen"


def _phases(m: dict) -> str:
    p = m["phases"]
    work = sum(p.values()) or 1
    return ", ".join(f"{name} {round(100 * p[key] / work)} %" for key, name in (
        ("load", "inläsning"), ("check", "granskning"), ("serialise", "lagringsform"), ("store", "SQLite")))


def speed(export: str, repeats: int, directory: Path) -> dict[str, list[dict]]:
    cpus = sorted(os.sched_getaffinity(0))
    configurations = [("en kärna", {cpus[0]})]
    if len(cpus) > 1:
        configurations.append(("två kärnor", set(cpus[:2])))
    if len(cpus) > 2:
        configurations.append((f"alla kärnor ({len(cpus)})", set(cpus)))
    results: dict[str, list[dict]] = {}
    for turn in range(repeats):  # the configurations in turns: other load on the machine falls on all of them
        for name, allowed in configurations:
            database = directory / f"hastighet-{turn}-{len(allowed)}.sqlite"
            results.setdefault(name, []).append(_in_process(export, str(database), None, allowed, report=False))
            database.unlink()
    print(f"\nRevision per upphandling ÷ golvet (uhm.records: läsa och sammanfoga samma rader), "
          f"{repeats} körningar var, median (min–max)")
    print(f"  {'':<22}{'golv':>10}{'revision':>12}{'kvot':>24}{'databas/upph.':>15}  {'granskar':<28}faser")
    for name, runs in results.items():
        ratios = [m["wall"] / m["documents"] / statistics.mean(m["floor"]) for m in runs]
        floor = statistics.median(statistics.mean(m["floor"]) for m in runs) * 1e6
        per = statistics.median(m["wall"] / m["documents"] for m in runs) * 1e6
        size = statistics.median(m["bytes"] / m["documents"] for m in runs)
        print(f"  {name:<22}{_n(floor) + ' µs':>10}{_n(per) + ' µs':>12}{_spread(ratios):>24}{_n(size) + ' B':>15}"
              f"  {_division(runs[-1]):<28}{_phases(runs[-1])}")
    if len(cpus) == 2:
        print("  alla kärnor: två på den här maskinen, samma mätning som två kärnor")
    return results


def scale(export: str, directory: Path, repeats: int, first: int | None) -> None:
    if first is not None:  # the first N procurements are the single size
        export = str(_rewrite(Path(export), directory / "urval", 1, first))
    copy = tenfold(Path(export), directory / "tiofaldig")
    runs = {}
    for name, source in (("enkel", export), ("tiofaldig", str(copy))):
        database = directory / f"{name}.sqlite"
        runs[name] = (database, _in_process(source, str(database), None, None, floor=False))
    print(f"\nMinne och --visa, {'exporten' if first is None else f'exportens första {_n(first)} upphandlingar'} "
          f"och en tiofaldig kopia (revision och rapport; {_division(runs['enkel'][1])})")
    print(f"  {'':<12}{'upphandlingar':>15}{'fynd':>14}{'databas/upph.':>15}{'RSS huvud':>12}{'RSS arbetare':>14}"
          f"{'--visa':>10}")
    visa = {}
    for name, (database, m) in runs.items():
        visa[name] = _visa(database, repeats)
        print(f"  {name:<12}{_n(m['documents']):>15}{_n(m['findings']):>14}{_n(m['bytes'] / m['documents']) + ' B':>15}"
              f"{_n(m['rss_main'] / 2**20) + ' MiB':>12}{_n(m['rss_worker'] / 2**20) + ' MiB':>14}"
              f"{_n(statistics.median(visa[name]), 2) + ' s':>10}")
    one, ten = runs["enkel"][1], runs["tiofaldig"][1]
    rss = max(ten["rss_main"] / one["rss_main"], ten["rss_worker"] / one["rss_worker"])
    shown = statistics.median(visa["tiofaldig"]) / statistics.median(visa["enkel"])
    size = (ten["bytes"] / ten["documents"]) / (one["bytes"] / one["documents"])
    print(f"  RSS tiofaldig ÷ enkel (den största av huvudprocess och arbetare): {_x(rss)}  "
          f"{_verdict(rss, GOALS['minne'])} (mål ≤ {_x(GOALS['minne'])})")
    print(f"  --visa tiofaldig ÷ enkel: {_x(shown)} (median av {repeats}; "
          f"{', '.join(_n(t, 2) for t in visa['enkel'])} s mot {', '.join(_n(t, 2) for t in visa['tiofaldig'])} s)  "
          f"{_verdict(shown, GOALS['visa'])} (mål ≤ {_x(GOALS['visa'])})")
    print(f"  databas per upphandling, tiofaldig ÷ enkel: {_x(size)}")


def yaml_documents(count: int, seed: int, directory: Path) -> None:
    rng = random.Random(seed)
    documents = directory / "underlag"
    documents.mkdir()
    for n in range(count):
        (documents / f"u{n:06d}.yaml").write_text(
            yaml_text(generate_document(rng, n)), encoding="utf-8")
    m = _in_process(str(documents), str(directory / "yaml.sqlite"), 2, None, floor=False)
    print(f"\n{_n(count)} slumpade YAML-underlag (frö {seed}), två arbetare: {_n(m['wall'], 2)} s, "
          f"{_n(m['documents'] / m['wall'])} underlag/s; {_phases(m)}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--mät"]:  # one measurement, in the process `_in_process` started
        from kravmotor import program

        program.tune_collector()  # as `kravmotor revision` runs (the floor is measured under it too)
        print(json.dumps(measure(**json.loads(argv[1]))))
        return 0
    parser = svensk_parser("Mäter kravmotor revision: tid per upphandling mot golvet på en, två och alla kärnor, minne "
                           "och --visa på exporten och en tiofaldig kopia, och N slumpade YAML-underlag.")
    parser.add_argument("--uhm", default=UHM_2021, metavar="KATALOG",
                        help=f"exporten ur statistikdatabasen (standard {UHM_2021}); tom sträng hoppar över den")
    parser.add_argument("--gånger", dest="repeats", type=_heltal, default=3, metavar="N",
                        help="körningar per mätning, för spridningen (standard 3)")
    parser.add_argument("--utan-tiofaldig", dest="no_scale", action="store_true",
                        help="hoppa över minnet och --visa på den tiofaldiga kopian")
    parser.add_argument("--utan-hastighet", dest="no_speed", action="store_true",
                        help="hoppa över tiden per upphandling mot golvet")
    parser.add_argument("--urval", dest="first", type=_heltal, default=None, metavar="N",
                        help="minne och --visa på exportens första N upphandlingar och tio gånger dem (standard: alla)")
    args = parser.parse_args(argv)
    if args.repeats < 1:
        parser.error("--gånger måste vara minst 1")
    print(f"kravmotor revision, {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} kärnor")
    with tempfile.TemporaryDirectory(prefix="bench-revision-", dir="/tmp") as tmp:
        tmp = Path(tmp)
        if args.uhm:
            if not args.no_speed:
                speed(args.uhm, args.repeats, tmp)
            if not args.no_scale:
                scale(args.uhm, tmp, args.repeats, args.first)
        if args.antal:
            yaml_documents(args.antal, args.fro, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
