"""A revision run: expand the sources, check every document on all cores, store chunk by chunk.

Sources are files (.yaml/.yml/.json förfrågningsunderlag, .xml eForms notices),
directories (searched recursively; a directory holding
`number_of_procurements.csv.gz` is an Upphandlingsmyndigheten export) and glob
patterns. Every document becomes one task with a key (its locator); tasks go
to worker processes in chunks, each worker builds its Checker once, and the
main process writes each chunk in one transaction, in source order. Because the
order is fixed and each chunk is atomic, a killed run can be resumed
(`resume=`) and ends with exactly the rows an uninterrupted run has.
"""

from __future__ import annotations

import glob
import multiprocessing
import os
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from ..errors import InputError, Location, Problem, WrongKindError
from ..sources import uhm
from .store import ERROR, OK, SKIPPED, StoredDocument, StoredFinding, Store, ruleset_version

DOCUMENT_SUFFIXES = {".yaml", ".yml", ".json", ".xml"}
CHUNK = 50


@dataclass
class Task:
    """One document to check. kind: `fil` (path), `uhm` (an export row), `fel` (already an error)."""

    key: str
    seq: int
    kind: str
    payload: Any


@dataclass
class Timings:
    """Seconds spent per phase, summed over workers (load, check, serialise) and in the main process (store)."""

    load: float = 0.0
    check: float = 0.0
    serialise: float = 0.0
    store: float = 0.0
    expand: float = 0.0

    def add(self, other: "Timings") -> None:
        self.load += other.load
        self.check += other.check
        self.serialise += other.serialise


@dataclass
class RunReport:
    run: int
    resumed: bool
    processed: int = 0  # documents handled by this invocation (not those stored before a resume)
    skipped: int = 0  # documents already stored by the run being resumed
    wall: float = 0.0
    timings: Timings = field(default_factory=Timings)


# --- sources ----------------------------------------------------------------------------------


def expand_sources(sources: list[str]) -> Iterator[Task]:
    """Every document the sources name, in a fixed order, each key once."""
    seen: set[str] = set()
    seq = 0
    for source in sources:
        for key, kind, payload in _expand_one(source):
            if key in seen:
                continue
            seen.add(key)
            if kind == "fel":  # the text, not the exception: it crosses to a worker process
                payload = error_text(payload)
            yield Task(key, seq, kind, payload)
            seq += 1


def error_text(error: InputError) -> str:
    return "\n".join(str(p) for p in error.problems)


def _missing(source: str, message: str):
    return source, "fel", InputError([Problem(Location(source), message)])


def _expand_one(source: str) -> Iterator[tuple[str, str, Any]]:
    path = Path(source)
    if path.exists():
        yield from _expand_path(path, explicit=True)
    elif glob.has_magic(source):
        matches = sorted(glob.glob(source, recursive=True))
        if not matches:
            yield _missing(source, "inga filer matchar mönstret")
        for match in matches:
            yield from _expand_path(Path(match), explicit=True)
    else:
        yield _missing(source, "filen eller katalogen finns inte")


def _expand_path(path: Path, explicit: bool) -> Iterator[tuple[str, str, Any]]:
    if uhm.is_export(path):
        for key, record in uhm.records(path):
            yield key, ("fel" if isinstance(record, InputError) else "uhm"), record
    elif path.is_dir():
        found = False
        for child in sorted(path.iterdir(), key=lambda p: p.name):
            if child.is_dir() or child.suffix.lower() in DOCUMENT_SUFFIXES:
                for item in _expand_path(child, explicit=False):
                    found = True
                    yield item
        if explicit and not found:
            yield _missing(str(path), "katalogen innehåller inga underlag (.yaml, .yml, .json, .xml) "
                                      "och ingen export ur Upphandlingsmyndighetens statistik")
    elif explicit or path.suffix.lower() in DOCUMENT_SUFFIXES:
        yield str(path), "fil", str(path)  # an unknown suffix given by name gets load_document's clear error


# --- workers ----------------------------------------------------------------------------------

_checker = None


def _init_worker(rule_dir: str, motor: str) -> None:
    global _checker
    from ..lang.loader import load_rulebook
    from ..motor.pipeline import Checker

    _checker = Checker(load_rulebook(Path(rule_dir)), motor)


def _load(task: Task):
    if task.kind == "uhm":
        return uhm.to_document(task.payload)
    if task.payload.lower().endswith(".xml"):
        try:
            from ..sources.eforms import load_notice
        except ImportError:
            raise InputError([Problem(Location(task.payload),
                                      "eForms-annonser (.xml) kan inte läsas av den här versionen av kravmotor")]) from None
        return load_notice(task.payload)
    from ..model.loading import load_document

    return load_document(task.payload)


def check_chunk(tasks: list[Task]) -> tuple[list[StoredDocument], Timings]:
    """Load, check and serialise each task; an unreadable one becomes an error row. Runs in a worker."""
    timings = Timings()
    rows = []
    for task in tasks:
        if task.kind == "fel":
            rows.append(StoredDocument(task.key, task.seq, ERROR, error=task.payload))
            continue
        t0 = time.perf_counter()
        try:
            document = _load(task)
        except WrongKindError as error:  # e.g. a supplier file beside the documents: not broken, not ours
            timings.load += time.perf_counter() - t0
            rows.append(StoredDocument(task.key, task.seq, SKIPPED, error=error_text(error)))
            continue
        except InputError as error:
            timings.load += time.perf_counter() - t0
            rows.append(StoredDocument(task.key, task.seq, ERROR, error=error_text(error)))
            continue
        t1 = time.perf_counter()
        result = _checker.check(document, task.key)
        t2 = time.perf_counter()
        buyer = document.upphandlande_myndighet
        rows.append(StoredDocument(
            task.key, task.seq, OK, document_id=document.id, buyer_name=buyer.namn, buyer_orgnr=buyer.organisationsnummer,
            year=document.annonseringsdatum.year if document.annonseringsdatum else None,
            category=document.upphandlingsslag, document=document.model_dump_json(),
            findings=[StoredFinding(f.kod, f.utfall, f.titel, f.område, f.meddelande, f.åtgärd, list(f.fält),
                                    [v.model_dump(mode="json") for v in f.värden] or None, f.motivering, f.anmärkning,
                                    list(f.ursprung))
                      for f in result.findings]))
        timings.load += t1 - t0
        timings.check += t2 - t1
        timings.serialise += time.perf_counter() - t2
    return rows, timings


# --- the run ----------------------------------------------------------------------------------


def _chunks(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    chunk = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_revision(store: Store, sources: list[str] | None = None, *, rule_dir: Path, motor: str = "native",
                 resume: int | None = None, workers: int | None = None, chunk: int = CHUNK,
                 progress: Callable[[int, int | None], None] | None = None) -> RunReport:
    """Start a run over `sources`, or resume run `resume` with its own sources and settings.

    `progress(done, total)` is called after each stored chunk (`total` is None until the sources are counted).
    A resumed run must use the same rules: otherwise its two halves would not be comparable.
    """
    version = ruleset_version(rule_dir)
    workers = workers or min(2, os.cpu_count() or 1)
    if resume is not None:
        info = store.run(resume)
        if info.ruleset != version:
            raise InputError([Problem(Location(str(store.path)), (
                f"körning {resume} gjordes med regeluppsättning {info.ruleset}, men reglerna är nu {version}; "
                "starta en ny körning i stället för att återuppta"))])
        if sources and list(sources) != info.sources:
            raise InputError([Problem(Location(str(store.path)), (
                f"körning {resume} gäller källorna {', '.join(info.sources)}; ange inga källor eller samma källor för att återuppta"))])
        sources, motor, run = info.sources, info.motor, resume
        done = store.stored_keys(run)
        store.reopen_run(run)
    else:
        run = store.start_run(ruleset=version, sources=list(sources or []), motor=motor,
                              parameters={"motor": motor, "regler": str(rule_dir), "del": chunk})
        done = set()
    report = RunReport(run, resume is not None, skipped=len(done))
    started = time.perf_counter()

    total = None
    if progress:
        t = time.perf_counter()
        total = sum(1 for task in expand_sources(sources) if task.key not in done)
        report.timings.expand += time.perf_counter() - t
        progress(0, total)
    pending = (task for task in expand_sources(sources) if task.key not in done)

    def store_chunk(rows: list[StoredDocument], timings: Timings) -> None:
        t = time.perf_counter()
        store.write_chunk(run, rows)
        report.timings.store += time.perf_counter() - t
        report.timings.add(timings)
        report.processed += len(rows)
        if progress:
            progress(report.processed, total)

    if workers <= 1:
        _init_worker(str(rule_dir), motor)
        for tasks in _chunks(pending, chunk):
            store_chunk(*check_chunk(tasks))
    else:
        context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                 initargs=(str(rule_dir), motor)) as pool:
            in_flight: deque = deque()
            for tasks in _chunks(pending, chunk):
                in_flight.append(pool.submit(check_chunk, tasks))
                if len(in_flight) >= 2 * workers:  # bounded: the sources are streamed, never all in memory
                    store_chunk(*in_flight.popleft().result())
            while in_flight:
                store_chunk(*in_flight.popleft().result())
    store.finish_run(run)
    report.wall = time.perf_counter() - started
    return report
