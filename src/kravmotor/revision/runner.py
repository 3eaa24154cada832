"""A revision run: expand the sources, check every document on all cores, store chunk by chunk.

Sources are files (.yaml/.yml/.json förfrågningsunderlag, .xml eForms notices),
directories (searched recursively; a directory holding
`number_of_procurements.csv.gz` is an Upphandlingsmyndigheten export) and glob
patterns. Every document becomes one task with a key (its locator); tasks go
to worker processes in chunks (`workers.Pool`), each worker builds its Checker
once (the main process checks chunks of an export's rows too, on a CPU of its
own, when every worker is busy: `main_helps`), and the main process writes each
chunk whole, in source order (a savepoint; several chunks share a transaction,
see `Store.batched`). Because the
order is fixed and each chunk is atomic, a killed run can be resumed (`resume=`)
and ends with exactly the rows an uninterrupted run has.

Nothing one document does stops the run: whatever goes wrong while loading or
checking it (any exception, the time budget, its worker dying) becomes that
document's error row, and kravmotor's own failures are marked `internal` and
counted. Such a row is stored like any other, so a resumed run never meets the
same document again. One process at a time works on a run (`lock.RunLock`).
"""

from __future__ import annotations

import gc
import glob
import json
import os
import signal
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import limits
from ..errors import InputError, Location, Problem, WrongKindError, internal_problem, memory_problem
from ..limits import describe_os_error
from ..sources import uhm
from ..sources.registry import SUFFIXES as DOCUMENT_SUFFIXES  # the kinds granska reads, too
from . import ruleset
from .indicators import Cells
from .lock import RunLock
from .rows import Task, check, document_row, load
from .store import ERROR, SKIPPED, Catalogue, Contents, StoredDocument, Store, describe_sqlite_error, ruleset_version
from .workers import IDLE, Death, Here, Pool

if TYPE_CHECKING:  # imported in the worker that builds it (see _init_worker)
    from ..motor.pipeline import Checker

CHUNK = 50
BETWEEN = 25  # documents the main process checks between looking after its workers (an export's rows: ~4 ms)
ALREADY_ERRORS = ("fel", "internt")  # kinds of tasks that are an error row already: nothing to read or check


@dataclass
class Timings:
    """Seconds spent per phase, summed over workers (load, check, serialise) and in the main process (store)."""

    load: float = 0.0
    check: float = 0.0
    serialise: float = 0.0
    store: float = 0.0
    expand: float = 0.0

    def add(self, other: Timings) -> None:
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
    """Every document the sources name, in a fixed order, each key once.

    A source that fails half-way (a folder that cannot be read, a bug in a reader) ends in one
    error row for what was left of it; the other sources are expanded as usual. What is
    remembered to keep keys once grows with the files named, not with an export's rows: an
    export's rows are unique by their place, and an export named twice is read once.
    """
    seen: set[str] = set()  # keys of files, when several sources might name one twice
    exports: set[str] = set()  # the exports read
    remember = len(sources) > 1
    seq = 0
    for source in sources:
        try:
            for key, kind, payload in _expand_one(source, exports):
                key = storable(key)
                if kind != "uhm" and key in seen:
                    continue
                if remember and kind != "uhm":
                    seen.add(key)
                if kind == "fel":  # the text, not the exception: it crosses to a worker process
                    payload = error_text(payload)
                yield Task(key, seq, kind, payload)
                seq += 1
        except Exception as error:
            key = storable(f"{source} (avbruten)")
            if key not in seen:
                seen.add(key)
                yield _source_failure(key, seq, error)
                seq += 1


def _source_failure(key: str, seq: int, error: Exception) -> Task:
    if isinstance(error, OSError):
        return Task(key, seq, "fel", f"{key}: källan kunde inte läsas vidare: {describe_os_error(error)}")
    if isinstance(error, MemoryError):
        return Task(key, seq, "fel", str(memory_problem(key)))
    return Task(key, seq, "internt", str(internal_problem(key, error)))


def storable(text: str) -> str:
    """`text` as SQLite can store it: a file name's undecodable bytes (lone surrogates) shown as �."""
    return text if text.isascii() else text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def error_text(error: InputError) -> str:
    return storable("\n".join(str(p) for p in error.problems))


def _missing(source: str, message: str):
    return source, "fel", InputError([Problem(Location(source), message)])


def _expand_one(source: str, exports: set[str]) -> Iterator[tuple[str, str, Any]]:
    path = Path(source)
    if path.exists():
        yield from _expand_path(path, explicit=True, exports=exports)
    elif glob.has_magic(source):
        matches = sorted(glob.glob(source, recursive=True))
        if not matches:
            yield _missing(source, "inga filer matchar mönstret")
        for match in matches:
            yield from _expand_path(Path(match), explicit=True, exports=exports)
    else:
        yield _missing(source, "filen eller katalogen finns inte")


def _expand_path(path: Path, explicit: bool, exports: set[str]) -> Iterator[tuple[str, str, Any]]:
    if uhm.is_export(path):
        where = os.path.realpath(path)
        if where in exports:
            return
        exports.add(where)
        for key, record in uhm.records(path):
            yield key, ("fel" if isinstance(record, InputError) else "uhm"), record
    elif path.is_dir():
        try:
            children = sorted(path.iterdir(), key=lambda p: p.name)
        except OSError as exc:
            yield _missing(str(path), f"katalogen kan inte läsas: {describe_os_error(exc)}")
            return
        found = False
        for child in children:
            if child.is_dir() or child.suffix.lower() in DOCUMENT_SUFFIXES:
                for item in _expand_path(child, explicit=False, exports=exports):
                    found = True
                    yield item
        if explicit and not found:
            yield _missing(str(path), "katalogen innehåller inga underlag (YAML, JSON, eForms-XML, Word, PDF) "
                                      "och ingen export ur Upphandlingsmyndighetens statistik")
    elif explicit or path.suffix.lower() in DOCUMENT_SUFFIXES:
        yield str(path), "fil", str(path)  # an unknown suffix given by name gets load_document's clear error


# --- workers ----------------------------------------------------------------------------------

_checker: Checker | None = None
_catalogue: Catalogue | None = None  # ids of findings and lists this worker has given, and contents not yet sent


_deadline: float | None = None  # when the document under way runs out of time (`time.monotonic()`)
_tick: float | None = None  # how often the worker's alarm looks at the deadline, while it checks a chunk


def _init_worker(rule_dir: str, motor: str) -> None:
    _prepare(rule_dir, motor)
    gc.freeze()  # the rulebook and the program live as long as the worker: the collector need not walk them again


def _prepare(rule_dir: str, motor: str) -> None:
    """What `check_chunk` needs, in this process: the Checker, the catalogue, the alarm (main thread only)."""
    global _checker, _catalogue, _tick
    from ..lang.loader import load_rulebook
    from ..motor.pipeline import Checker

    _checker = Checker(load_rulebook(Path(rule_dir)), motor)
    _catalogue = Catalogue()
    if hasattr(signal, "setitimer"):
        # An alarm ticking while a chunk is checked, not one set and cleared per document (two system calls
        # each, for a row of an export a tenth of its cost): a document is stopped within a tick of its budget.
        _tick = min(1.0, limits.get("tid_per_underlag") / 10)
        signal.signal(signal.SIGALRM, _alarm)


def _release() -> None:
    global _checker, _catalogue, _tick
    _checker = _catalogue = _tick = None


class OverTime(BaseException):
    """The document's time budget ran out (a BaseException, so no `except Exception` on the way swallows it)."""


def _alarm(_signum, _frame):
    if _deadline is not None and time.monotonic() > _deadline:
        raise OverTime()


def _overtime_text(key: str) -> str:
    return f"{key}: " + limits.exceeded("tid_per_underlag", "granskningen av underlaget tog för lång tid och avbröts")


@dataclass
class Chunk:
    """What a worker gives back for a chunk besides its rows: time per phase, and what the documents add
    to the indicators' tallies per cell."""

    timings: Timings
    tallies: dict


def check_chunk(tasks: list[Task], slot=None, between: Callable[[], None] | None = None
                ) -> tuple[list[StoredDocument], Chunk, Contents]:
    """Load, check and serialise each task; one that cannot be, for any reason, becomes an error row. Runs in a
    worker, or in the main process (`check_here`), after `_prepare`.

    `slot` (shared with the main process) says which document is being handled and since when; `between` is
    called every `BETWEEN` documents. The contents (findings, lists of findings) given ids for the first time
    by this process come along, to be stored before any row that refers to them.
    """
    timings = Timings()
    cells = Cells()
    assert _catalogue is not None, "set by _prepare"
    rows = []
    if _tick is not None:
        signal.setitimer(signal.ITIMER_REAL, _tick, _tick)
    try:
        for number, task in enumerate(tasks, 1):
            if slot is not None:
                slot[1] = time.monotonic()
                slot[0] = task.seq
            rows.append(_check_task(task, timings, cells))
            if slot is not None:
                slot[0] = IDLE
            if between is not None and number % BETWEEN == 0:
                between()
    finally:
        if _tick is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return rows, Chunk(timings, cells.tallies), _catalogue.take()


def _check_task(task: Task, timings: Timings, cells: Cells) -> StoredDocument:
    global _deadline
    assert _checker is not None and _catalogue is not None, "set by _prepare"
    if task.kind in ALREADY_ERRORS:
        return StoredDocument(task.key, task.seq, ERROR, error=task.payload, internal=task.kind == "internt")
    t0 = time.perf_counter()
    try:
        try:
            _deadline = time.monotonic() + limits.get("tid_per_underlag")
            loaded = load(task)
            t1 = time.perf_counter()
            findings = check(_checker, loaded)
            t2 = time.perf_counter()
            row = document_row(task, loaded, findings, _catalogue)
            cells.count(loaded.cell(), loaded.indicator_facts())
        finally:
            _deadline = None
    except WrongKindError as error:  # e.g. a supplier file beside the documents: not broken, not ours
        return _failed(task, timings, t0, SKIPPED, error_text(error))
    except InputError as error:
        return _failed(task, timings, t0, ERROR, error_text(error))
    except OverTime:
        return _failed(task, timings, t0, ERROR, _overtime_text(task.key))
    except MemoryError:
        return _failed(task, timings, t0, ERROR, str(memory_problem(task.key)))
    except Exception as error:  # kravmotor's own failure on this document: recorded as such, the run goes on
        if os.environ.get("KRAVMOTOR_FELSÖK"):
            raise
        return _failed(task, timings, t0, ERROR, storable(str(internal_problem(task.key, error))), internal=True)
    timings.load += t1 - t0
    timings.check += t2 - t1
    timings.serialise += time.perf_counter() - t2
    return row


def _failed(task: Task, timings: Timings, t0: float, status: str, text: str, internal: bool = False) -> StoredDocument:
    timings.load += time.perf_counter() - t0
    return StoredDocument(task.key, task.seq, status, error=text, internal=internal)


def _dead_row(death: Death) -> StoredDocument:
    """The row of a document whose worker died under it, or was stopped for taking too long."""
    task = death.task
    if death.overtime:
        return StoredDocument(task.key, task.seq, ERROR, error=_overtime_text(task.key))
    code = death.exitcode or 0
    how = f"signal {signal.Signals(-code).name}" if code < 0 and -code in signal.valid_signals() else f"kod {code}"
    if code == -signal.SIGKILL:
        how += ", t.ex. för att minnet tog slut"
    text = (f"{task.key}: internt fel i kravmotor: arbetsprocessen som granskade underlaget avslutades oväntat ({how}); "
            "underlaget hoppades över och körningen fortsatte. Rapportera felet")
    return StoredDocument(task.key, task.seq, ERROR, error=text, internal=True)


def _storable(*texts: str | None) -> bool:
    try:
        for text in texts:
            if text is not None:
                text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _write(store: Store, run: int, rows: list[StoredDocument], contents: Contents, cells: Cells,
           touched: set) -> None:
    """The chunk, stored; a row (or a finding) SQLite cannot take (a bug upstream) is stored as that document's
    internal error."""
    tallies = {cell: cells.tallies[cell] for cell in touched}
    try:
        store.write_rows(run, rows, contents, tallies)
    except (UnicodeEncodeError, sqlite3.InterfaceError, OverflowError) as error:
        bad_findings = {i for i, row in contents.findings.items() if not _storable(*(v for v in row if isinstance(v, str)))}
        contents = Contents({i: row for i, row in contents.findings.items() if i not in bad_findings}, contents.lists)
        bad_lists = {i for i, text in contents.lists.items() if bad_findings.intersection(json.loads(text))}

        def replaced(row: StoredDocument, cause: BaseException = error) -> StoredDocument:
            text = storable(str(internal_problem(row.key, cause)))
            return StoredDocument(storable(row.key), row.seq, ERROR, error=text, internal=True)

        store.write_rows(run, [row if _storable(row.key, row.document_id, row.buyer_name, row.buyer_orgnr, row.category,
                                                row.document, row.error) and row.finding_list not in bad_lists
                               else replaced(row) for row in rows], contents, tallies)


# --- the run ----------------------------------------------------------------------------------


ROWS_PER_DOCUMENT = 10  # rows of an export a chunk holds in place of one document: a row is checked ten times as fast


def _chunks(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    """The tasks in chunks of about equal work: `size` documents, or ten times as many rows of an export (each
    chunk is a round trip to a worker, which costs as much for a row as checking it does)."""
    chunk: list[Task] = []
    work, limit = 0, size * ROWS_PER_DOCUMENT
    for task in tasks:
        chunk.append(task)
        work += 1 if task.kind == "uhm" else ROWS_PER_DOCUMENT
        if work >= limit:
            yield chunk
            chunk, work = [], 0
    if chunk:
        yield chunk


class StoreFailed(InputError):
    """The database could not be written (a full disk, a read-only file): what is stored stays, the run can resume."""


def _store_failed(store: Store, run: int, exc: sqlite3.Error | OSError) -> StoreFailed:
    reason = describe_sqlite_error(exc) if isinstance(exc, sqlite3.Error) else describe_os_error(exc)
    return StoreFailed([Problem(Location(str(store.path)), (
        f"databasen kunde inte skrivas: {reason}. Det som hann sparas finns kvar; åtgärda felet (frigör t.ex. utrymme) "
        f"och fortsätt med kravmotor revision --återuppta {run} --databas {store.path}"))])


def run_revision(store: Store, sources: list[str] | None = None, *, rule_dir: Path, motor: str = "native",
                 resume: int | None = None, workers: int | None = None, chunk: int = CHUNK,
                 progress: Callable[[int, int | None], None] | None = None) -> RunReport:
    """Start a run over `sources`, or resume run `resume` with its own sources and settings.

    `progress(done, total)` is called after each stored chunk (`total` is None until the sources are counted).
    A resumed run must use the same rules: otherwise its two halves would not be comparable. A run being
    worked on by another process cannot be resumed until that process ends.
    """
    version = ruleset_version(rule_dir)
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
    else:
        try:
            run = store.start_run(ruleset=version, sources=list(sources or []), motor=motor,
                                  parameters={"motor": motor, "regler": str(rule_dir), "del": chunk,
                                              ruleset.PARAMETER: ruleset.summarise(rule_dir)})
        except (sqlite3.Error, OSError) as exc:
            raise InputError([Problem(Location(str(store.path)),
                                      f"databasen kunde inte skrivas: {describe_sqlite_error(exc) if isinstance(exc, sqlite3.Error) else describe_os_error(exc)}")]) from None
    if workers is None:
        workers = default_workers(list(sources or []))
    with RunLock(store.path, run):
        try:
            return _run(store, run, list(sources or []), rule_dir, motor, resume is not None, workers, chunk, progress)
        except (sqlite3.Error, OSError) as exc:
            raise _store_failed(store, run, exc) from None
        except KeyboardInterrupt:
            raise InputError([Problem(Location(str(store.path)), (
                f"körningen avbröts; det som hann sparas finns kvar. Fortsätt med kravmotor revision --återuppta {run} "
                f"--databas {store.path}"))]) from None


def _run(store: Store, run: int, sources: list[str], rule_dir: Path, motor: str, resumed: bool, workers: int, chunk: int,
         progress: Callable[[int, int | None], None] | None) -> RunReport:
    stored_before = sum(store.counts(run).values()) if resumed else 0
    if resumed:
        store.reopen_run(run)
    report = RunReport(run, resumed, skipped=stored_before)
    started = time.perf_counter()

    total = None
    if progress:
        t = time.perf_counter()
        total = max(0, sum(1 for _task in expand_sources(sources)) - stored_before)
        report.timings.expand += time.perf_counter() - t
        progress(0, total)
    chunks = _chunks(expand_sources(sources), chunk)
    if resumed:  # the documents already stored are left out, a chunk at a time (no list of every key is kept)
        chunks = _unstored(store, run, chunks)
    cells = store.cells(run) if resumed else Cells()  # the run's indicator tallies: one per cell, not per document
    pending = Contents({}, {})  # findings and lists received from the workers, stored with the next chunk written

    def received(contents: Contents) -> None:
        pending.findings.update(contents.findings)
        pending.lists.update(contents.lists)

    here = Here(check_here, _may_check_here) if main_helps(workers) else None
    with _checking_here(str(rule_dir), motor, here is not None), \
            Pool(workers, _init_worker, (str(rule_dir), motor), check_chunk, _dead_row, received, here) as pool, \
            store.batched(run):
        for rows, done in pool.map(chunks):
            t = time.perf_counter()
            touched = set()
            if done is not None:
                report.timings.add(done.timings)
                cells.merge(done.tallies)
                touched = set(done.tallies)
            contents = Contents(dict(pending.findings), dict(pending.lists))
            _write(store, run, rows, contents, cells, touched)
            pending.findings.clear()
            pending.lists.clear()
            report.timings.store += time.perf_counter() - t
            report.processed += len(rows)
            if progress:
                progress(report.processed, total)
    store.finish_run(run)
    report.wall = time.perf_counter() - started
    return report


# --- checking in the main process ----------------------------------------------------------------


_CHECKED_HERE = ("uhm", *ALREADY_ERRORS)  # the kinds of tasks the main process may check itself


def _may_check_here(tasks: list[Task]) -> bool:
    """An export's rows: text the main process has read already, checked by kravmotor's own Python. A document
    file goes to a worker: its readers run C code that could take the process down with it."""
    return all(task.kind in _CHECKED_HERE for task in tasks)


def main_helps(workers: int) -> bool:
    """Whether the main process checks export rows when its workers are busy: when a CPU is left for it (on
    one CPU too, where a worker only takes turns with it, and costs the round trip). The time budget's alarm
    needs the main thread (the web runs revisions in threads of its own)."""
    cpus = usable_cpus()
    return (cpus > workers or cpus == 1) and _in_main_thread()


def default_workers(sources: list[str]) -> int:
    """For statistics exports, one worker per CPU but the one the main process checks rows on (none on one
    CPU); with document files among the sources, which only workers check (or in a thread, where the main
    process does not check), two workers, or one on one CPU."""
    cpus = usable_cpus()
    if sources and all(uhm.is_export(Path(source)) for source in sources) and _in_main_thread():
        return cpus - 1
    return min(2, cpus)


@contextmanager
def _checking_here(rule_dir: str, motor: str, here: bool) -> Iterator[None]:
    """The Checker in the main process for the run, and its alarm; the process as it was afterwards."""
    if not here:
        yield
        return
    alarm = signal.getsignal(signal.SIGALRM) if hasattr(signal, "setitimer") else None
    _prepare(rule_dir, motor)
    try:
        yield
    finally:
        _release()
        if hasattr(signal, "setitimer"):
            signal.signal(signal.SIGALRM, alarm if alarm is not None else signal.SIG_DFL)


def check_here(tasks: list[Task], between: Callable[[], None]) -> tuple[list[StoredDocument], Chunk, Contents]:
    """`check_chunk` in the main process, giving the pool its turn every `BETWEEN` documents."""
    return check_chunk(tasks, between=between)


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def usable_cpus() -> int:
    """The CPUs this process may run on: a container or `taskset` may allow fewer than the machine has."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def _unstored(store: Store, run: int, chunks: Iterator[list[Task]]) -> Iterator[list[Task]]:
    for tasks in chunks:
        done = store.stored(run, [task.key for task in tasks])
        left = [task for task in tasks if task.key not in done]
        if left:
            yield left
