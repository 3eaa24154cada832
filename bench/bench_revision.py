"""Mäter `kravmotor revision`: hur tiden fördelas på att läsa in, granska och lagra.

Körs som

    /work/venv/bin/python bench/bench_revision.py [--antal N] [--frö S] [--arbetare A] [--uhm KATALOG]

Två mätningar i samma körning, var och en en hel revisionskörning
(`run_revision`) till en ny SQLite-fil i en tillfällig katalog:

1. alla upphandlingar i Upphandlingsmyndighetens export för 2021 (18 421
   stycken; `--uhm` pekar ut katalogen, `--uhm ''` hoppar över mätningen);
2. N slumpade förfrågningsunderlag (bench_granska.generate_document), skrivna
   som YAML-filer i en tillfällig katalog innan tidtagningen börjar.

För varje mätning skrivs väggtiden och underlag per sekund, och tiden per fas:
inläsning (CSV-raderna eller YAML-filerna till `Förfrågningsunderlag`),
granskning (`Checker.check`) och lagring (fynd och underlag till JSON i
arbetarna, och skrivningen till SQLite i huvudprocessen). Arbetarnas faser är
tid summerad över alla arbetare; de går parallellt, så summan kan vara större
än väggtiden. Huvudprocessens läsning av CSV-filen (radernas
sammanfogning med antal anbud och kontrakterat värde) mäts för sig, liksom
rapporten efteråt: underlagen läses tillbaka ur databasen och indikatorerna
räknas (`build_report`), och HTML-filen skrivs (`render_html`).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_granska import _heltal, generate_document, svensk_parser  # noqa: E402

from kravmotor.formatting import format_number  # noqa: E402
from kravmotor.rapport.revision_html import render_html  # noqa: E402
from kravmotor.resources import rules_dir  # noqa: E402
from kravmotor.revision.report import build_report  # noqa: E402
from kravmotor.revision.runner import RunReport, run_revision  # noqa: E402
from kravmotor.revision.store import Store  # noqa: E402
from kravmotor.revision.targets import load_targets  # noqa: E402
from kravmotor.sources import uhm  # noqa: E402

UHM_2021 = "/work/shared/data/se-upphandlingsstatistik-2021"


def _plain(value):
    """Decimals as YAML numbers (safe_dump does not know Decimal)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral() else float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _s(seconds: float) -> str:
    return f"{format_number(round(seconds, 2 if seconds < 10 else 1))} s"


def _rate(count: int, seconds: float) -> str:
    return f"{format_number(round(count / seconds))} underlag/s" if seconds > 0 else "–"


def _measure(title: str, sources: list[str], workers: int, directory: Path, main_read: float | None = None) -> RunReport:
    database = directory / f"{title}.sqlite"
    with Store(database) as store:
        report = run_revision(store, sources, rule_dir=rules_dir(), workers=workers)
        counts = store.counts(report.run)
        findings = sum(store.outcome_counts(report.run).values())
        t0 = time.perf_counter()
        board = build_report(store, report.run, load_targets())
        indicators = time.perf_counter() - t0
        t0 = time.perf_counter()
        page = render_html(board)
        html = time.perf_counter() - t0
    t = report.timings
    work = t.load + t.check + t.serialise + t.store
    print(f"\n{title}")
    print(f"  underlag: {format_number(report.processed)} ({format_number(counts.get('fel', 0))} kunde inte läsas), "
          f"fynd: {format_number(findings)}, databas: {format_number(round(database.stat().st_size / 1e6))} MB")
    print(f"  väggtid: {_s(report.wall)}, {_rate(report.processed, report.wall)} med {workers} arbetare")
    print(f"  {'fas':<42}{'tid':>10}{'andel':>9}{'underlag/s':>18}")
    rows = [("inläsning (arbetare)", t.load), ("granskning (arbetare)", t.check),
            ("lagring: till JSON (arbetare)", t.serialise), ("lagring: SQLite (huvudprocessen)", t.store)]
    for name, seconds in rows:
        share = f"{format_number(round(100 * seconds / work, 1))} %" if work else "–"
        print(f"  {name:<42}{_s(seconds):>10}{share:>9}{_rate(report.processed, seconds):>18}")
    if main_read is not None:
        print(f"  {'läsa CSV och sammanfoga (huvudprocessen)':<42}{_s(main_read):>10}{'':>9}{_rate(report.processed, main_read):>18}")
    print(f"  {'rapport: läsa tillbaka, räkna indikatorer':<42}{_s(indicators):>10}{'':>9}{_rate(report.processed, indicators):>18}")
    print(f"  {'rapport: HTML (' + format_number(round(len(page) / 1e3)) + ' kB)':<42}{_s(html):>10}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = svensk_parser("Mäter kravmotor revision: inläsning, granskning och lagring, för Upphandlingsmyndighetens "
                           "export för 2021 och för N slumpade YAML-underlag.")
    parser.add_argument("--arbetare", type=_heltal, default=2, metavar="A", help="antal arbetsprocesser (standard 2)")
    parser.add_argument("--uhm", default=UHM_2021, metavar="KATALOG",
                        help=f"exporten ur statistikdatabasen (standard {UHM_2021}); tom sträng hoppar över den")
    args = parser.parse_args(argv)
    if args.antal < 1 or args.arbetare < 1:
        parser.error("--antal och --arbetare måste vara minst 1")

    with tempfile.TemporaryDirectory(prefix="bench-revision-") as tmp:
        tmp = Path(tmp)
        print(f"kravmotor revision: inläsning, granskning och lagring ({args.arbetare} arbetare, "
              f"arbetarnas tid summerad över arbetarna)")
        if args.uhm:
            if not uhm.is_export(Path(args.uhm)):
                print(f"fel: {args.uhm} är ingen export ur statistikdatabasen (number_of_procurements.csv.gz saknas)",
                      file=sys.stderr)
                return 2
            t0 = time.perf_counter()
            rows = sum(1 for _ in uhm.records(args.uhm))
            main_read = time.perf_counter() - t0
            _measure(f"Upphandlingsmyndighetens export 2021 ({format_number(rows)} upphandlingar)", [args.uhm],
                     args.arbetare, tmp, main_read)

        rng = random.Random(args.fro)
        documents = tmp / "underlag"
        documents.mkdir()
        for n in range(args.antal):
            (documents / f"u{n:06d}.yaml").write_text(
                yaml.safe_dump(_plain(generate_document(rng, n)), allow_unicode=True, sort_keys=False), encoding="utf-8")
        _measure(f"{format_number(args.antal)} slumpade YAML-underlag (frö {args.fro})", [str(documents)], args.arbetare, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
