"""Mäter memot för fynd (`motor/memo.py`) på statistikens rader: hur många olika nycklar, och CPU-tid per steg.

Körs som

    .venv/bin/python bench/bench_memo.py [--uhm KATALOG] [--värm N] [--antal N]

och fungerar lika på en äldre utpackad version (PYTHONPATH till dess `src`), så att
före och efter mäts med samma skript. Allt i en process, CPU-tid (`time.process_time`):

1. **Hela exporten** i ordning, med en ny granskare: `RuleRunner.compact` per
   upphandling (det revisionens arbetare gör efter inläsningen), hur många olika
   nycklar memot har för hela raderna, och på hur många rader reglerna kördes.
2. **Stegen var för sig**, som i bench/README.md ("Var tiden går nu"): en ny
   granskare får `--värm` rader, sedan mäts de `--antal` följande raderna steg för
   steg: memonycklar (`FindingMemo.subject`), parametrarna, reglerna (den
   genererade koden) och till sist hela `compact`, en gång och sedan igen (då
   allt finns i memot). Före issue 19:s uppslag per rad är "nycklar per fynd,
   uppslag, sortering, nya fynd" det som återstår av `compact` utöver de tre;
   efter körs reglerna bara för rader vars nyckel är ny, så det som återstår
   utöver memonycklar och parametrar är uppslaget och raderna som missar.

Inläsningen (rad → underlag → data) räknas inte: den är densamma före och efter.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

UHM_2021 = str(Path(__file__).resolve().parents[2] / "shared" / "data" / "se-upphandlingsstatistik-2021")


def _subjects(export: str, checker) -> list[tuple]:
    """Each procurement as `Checker.compact` hands it to the runner: data, uncertain, finish."""
    from kravmotor.motor.facts import document_facts
    from kravmotor.sources import uhm

    subjects = []
    for _key, record in uhm.records(export):
        if isinstance(record, Exception):
            continue
        document = uhm.to_document(record)
        data, uncertain = document_facts(document, checker.rulebook.classifications)
        subjects.append((data, uncertain, document.ursprung))
    return subjects


def _finish(checker, origin):
    """What `Checker.compact` adds: where the findings' fields come from."""
    if not origin:
        return None
    return (checker._origins.number(origin),
            lambda finding: finding.with_origins(list(checker._origins.of(finding.fields, origin))))


def _checker():
    from kravmotor.lang.loader import load_rulebook
    from kravmotor.motor.pipeline import Checker
    from kravmotor.resources import rules_dir

    return Checker(load_rulebook(rules_dir()))


def whole_export(subjects: list[tuple]) -> dict:
    checker = _checker()
    runner = checker.runner
    engine = runner.engine
    runs = 0
    original = runner._outcome

    def counted(*args, **kwargs):
        nonlocal runs
        runs += 1
        return original(*args, **kwargs)

    runner._outcome = counted
    t0 = time.process_time()
    findings = 0
    for data, uncertain, origin in subjects:
        findings += len(runner.compact(data, uncertain=uncertain, finish=_finish(checker, origin)))
    seconds = time.process_time() - t0
    memo = runner._memo
    rows = getattr(memo, "rows", None)
    if rows is not None:  # after: the memo of whole subjects
        keys = len(rows)
    else:  # before: what a key of the whole subject would hold, every number its rules read
        vectors = set()
        fresh = _checker().runner
        for data, _uncertain, _origin in subjects:
            subject = fresh._memo.subject(data)
            fresh._parameters(data, subject)
            vectors.add(subject.vector(fresh._memo))
        keys = len(vectors)
    del engine
    return {"rows": len(subjects), "us": seconds / len(subjects) * 1e6, "keys": keys, "rules_run": runs,
            "findings": findings}


def steps(subjects: list[tuple], warm: int, count: int) -> dict[str, float]:
    checker = _checker()
    runner = checker.runner
    memo = runner._memo
    for data, uncertain, origin in subjects[:warm]:
        runner.compact(data, uncertain=uncertain, finish=_finish(checker, origin))
    measured = subjects[warm:warm + count]
    finishes = [_finish(checker, origin) for _data, _uncertain, origin in measured]
    t0 = time.process_time()
    numbered = [memo.subject(data) for data, _uncertain, _origin in measured]
    t1 = time.process_time()
    params = [runner._parameters(data, subject) for (data, _u, _o), subject in zip(measured, numbered, strict=True)]
    t2 = time.process_time()
    for (data, uncertain, _origin), p in zip(measured, params, strict=True):
        runner._outcome(data, p, uncertain)
    t3 = time.process_time()
    for (data, uncertain, _origin), finish in zip(measured, finishes, strict=True):
        runner.compact(data, uncertain=uncertain, finish=finish)
    t4 = time.process_time()
    for (data, uncertain, _origin), finish in zip(measured, finishes, strict=True):
        runner.compact(data, uncertain=uncertain, finish=finish)
    t5 = time.process_time()
    n = len(measured) / 1e6
    subject, parameters, rules, whole, again = (t1 - t0) / n, (t2 - t1) / n, (t3 - t2) / n, (t4 - t3) / n, (t5 - t4) / n
    return {"memonycklar": subject, "parametrar": parameters, "reglerna": rules, "compact": whole,
            "compact utöver memonycklar och parametrar": whole - subject - parameters,
            "compact utöver memonycklar, parametrar och regler": whole - subject - parameters - rules,
            "compact igen (allt i memot)": again}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uhm", default=UHM_2021)
    parser.add_argument("--värm", type=int, default=3000)
    parser.add_argument("--antal", type=int, default=6000)
    args = parser.parse_args()
    t0 = time.perf_counter()
    subjects = _subjects(args.uhm, _checker())
    import kravmotor

    print(f"kravmotor från {Path(kravmotor.__file__).parent}; inläst: {len(subjects)} upphandlingar på "
          f"{time.perf_counter() - t0:.1f} s", file=sys.stderr)
    whole = whole_export(subjects)
    print(f"hela exporten: compact {whole['us']:.1f} µs CPU per upphandling; {whole['keys']} olika nycklar för hela rader "
          f"på {whole['rows']} rader; reglerna körda på {whole['rules_run']} rader; {whole['findings']} fynd")
    split = steps(subjects, args.värm, args.antal)
    print(f"steg ({args.antal} rader efter {args.värm}), µs CPU per upphandling: "
          + "; ".join(f"{name} {value:.1f}" for name, value in split.items()))


if __name__ == "__main__":
    main()
