"""The worker processes of a revision run, and what happens when one of them dies.

Each worker builds its Checker once and checks chunks of documents; the main
process hands out chunks, takes the results back in source order and never
runs document code itself, so nothing a document does can stop the run. (On
one CPU the rows of a statistics export are the exception: `runner._CheckedHere`.)

- Before each document a worker writes the document's place (`seq`) and the
  time into a slot of shared memory. When a worker dies (a segfault in a C
  extension, an out-of-memory kill), the slot names the document it was on:
  that document is recorded as an internal error, the rest of its chunk goes
  to a fresh worker, and the run goes on. A chunk a worker died on *between*
  documents is sent again whole, at most `RETRIES` times.
- A document over the time budget (`tid_per_underlag`) is stopped inside the
  worker by an alarm; a worker that does not stop (stuck in C code) is killed
  by the main process at half as long again, and the document recorded.
- Workers die with the main process: on Linux the kernel kills them when it
  ends (PR_SET_PDEATHSIG); elsewhere they end when their pipe closes. Ctrl-C
  reaches the main process only, which stops them.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from .. import limits

RETRIES = 3
IDLE = -1.0


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.Process
    conn: Connection
    slot: Any  # shared double[2]: seq of the document being handled (IDLE between documents), its start (monotonic)
    job: int | None = None  # the chunk it is working on


def _die_with_parent(parent: int) -> None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the closed pipe ends the worker instead
        pass
    if os.getppid() != parent:  # the parent ended before the line above took effect
        os._exit(0)


def _worker_main(conn: Connection, slot, parent: int, limit_values: dict, start: Callable, start_args: tuple,
                 handle: Callable) -> None:
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the main process, which stops the workers
    if not os.environ.get("KRAVMOTOR_FELSÖK"):  # a crash is reported by the main process, in Swedish, not dumped here
        faulthandler.disable()
    limits.restore(limit_values)
    start(*start_args)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        chunk_id, tasks = message
        try:
            conn.send((chunk_id, *handle(tasks, slot)))  # rows, what else the chunk gives, what it shares
        except (BrokenPipeError, OSError):
            return


@dataclass
class Death:
    """A document a worker died on (or was stopped on for taking too long)."""

    task: Any  # the pool does not know what its tasks are
    overtime: bool
    exitcode: int | None


class Pool:
    """`size` worker processes running `handle(tasks, slot) -> (rows, result, shared)` after `start(*start_args)`.

    `dead(death) -> row` makes the row recorded for a document its worker died on. `shared` is what a
    worker gives once and refers to in later chunks (findings by id): it goes to `received` as soon as it
    arrives, before any chunk is yielded that may refer to it, whatever the order chunks finish in.
    """

    def __init__(self, size: int, start: Callable, start_args: tuple, handle: Callable, dead: Callable[[Death], object],
                 received: Callable[[Any], None] = lambda shared: None):
        self.size = size
        self.start_args = (start, start_args, handle)
        self.dead = dead
        self.received = received
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.workers: list[_Worker] = []
        self.budget = limits.get("tid_per_underlag")
        self.hard_limit = self.budget * 1.5 + 2  # the alarm inside the worker comes first; this is for C code

    def __enter__(self) -> Pool:
        self.workers = [self._spawn() for _ in range(self.size)]
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for worker in self.workers:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + 2
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers = []

    def _spawn(self) -> _Worker:
        parent, child = self.context.Pipe()
        slot = self.context.RawArray("d", 2)
        slot[0] = IDLE
        start, start_args, handle = self.start_args
        process = self.context.Process(  # type: ignore[attr-defined]  # stubs: get_context(str) is a BaseContext, without Process
            target=_worker_main, args=(child, slot, os.getpid(), limits.current(), start, start_args, handle), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent, slot)

    def map(self, chunks: Iterator[list]) -> Iterator[tuple[list, Any]]:
        """(rows, result) per chunk, in the order of `chunks`, whatever happens to the workers (result None
        for a chunk whose every document a worker died on).

        One chunk per worker at a time: a worker is always reading when it is sent one, so neither
        side can block the other on a full pipe. The next chunk is read from the source before waiting, so
        that a worker that finishes gets it at once (reading a chunk of a statistics export takes a fifth
        of the time checking it does).
        """
        state = _State()
        source = iter(chunks)
        exhausted = False
        ahead = 4 * self.size  # chunks done or under way beyond the next to be yielded: memory stays bounded
        ready: deque[int] = deque()  # chunks taken from the source, not yet sent

        def pull() -> None:
            nonlocal exhausted
            if exhausted or state.pulled >= state.next_out + ahead:
                return
            tasks = next(source, None)
            if tasks is None:
                exhausted = True
                return
            state.owed[state.pulled] = tasks
            ready.append(state.pulled)
            state.pulled += 1

        while True:
            for worker in self.workers:
                if worker.job is not None:
                    continue
                if not state.retry and not ready:
                    pull()
                if state.retry:
                    chunk_id = state.retry.popleft()
                elif ready:
                    chunk_id = ready.popleft()
                else:
                    continue
                worker.conn.send((chunk_id, state.owed[chunk_id]))
                worker.job = chunk_id
            while state.next_out in state.results:
                yield state.results.pop(state.next_out)
                state.next_out += 1
            if not ready:
                pull()
            if exhausted and not state.owed and not state.retry:
                return
            if ready and any(worker.job is None for worker in self.workers):
                continue  # a worker is free (its chunk came back while the results were written): send at once
            self._wait(state)

    def _wait(self, state: _State) -> None:
        by_conn: dict[Any, _Worker] = {w.conn: w for w in self.workers}  # wait() gives connections and sentinels alike
        by_sentinel: dict[Any, _Worker] = {w.process.sentinel: w for w in self.workers}
        gone: dict[_Worker, bool] = {}  # worker → stopped for taking too long
        for item in wait(list(by_conn) + list(by_sentinel), timeout=0.5):
            worker = by_conn.get(item)
            if worker is None:
                gone.setdefault(by_sentinel[item], False)
                continue
            try:
                chunk_id, rows, result, shared = worker.conn.recv()
            except (EOFError, OSError):
                gone.setdefault(worker, False)
                continue
            self.received(shared)
            worker.job = None
            state.idle_deaths = 0
            del state.owed[chunk_id]
            state.results[chunk_id] = (sorted(rows + state.recorded.pop(chunk_id, []), key=_seq), result)
        now = time.monotonic()
        for worker in self.workers:
            if worker not in gone and worker.slot[0] != IDLE and now - worker.slot[1] > self.hard_limit:
                worker.process.kill()
                gone[worker] = True
        for worker, overtime in gone.items():
            self._replace(worker, overtime, state)

    def _replace(self, worker: _Worker, overtime: bool, state: _State) -> None:
        """A worker has died: record the document it was on, send the rest of its chunk to a fresh worker."""
        worker.process.join()
        seq, chunk_id = worker.slot[0], worker.job
        worker.conn.close()
        self.workers[self.workers.index(worker)] = self._spawn()
        if chunk_id is None:
            state.idle_deaths += 1
            if state.idle_deaths > RETRIES:  # they die before taking any work: the rules or the machine, not a document
                raise RuntimeError("arbetsprocesserna avslutas innan de hunnit börja")
            return
        tasks = state.owed[chunk_id]
        culprit = next((t for t in tasks if t.seq == seq), None) if seq != IDLE else None
        if culprit is not None:
            state.recorded.setdefault(chunk_id, []).append(self.dead(Death(culprit, overtime, worker.process.exitcode)))
            tasks = [t for t in tasks if t is not culprit]
        else:
            state.attempts[chunk_id] = state.attempts.get(chunk_id, 0) + 1
            if state.attempts[chunk_id] > RETRIES:  # it dies between documents every time: record them all
                state.recorded.setdefault(chunk_id, []).extend(self.dead(Death(t, False, worker.process.exitcode)) for t in tasks)
                tasks = []
        if tasks:
            state.owed[chunk_id] = tasks
            state.retry.appendleft(chunk_id)
        else:
            del state.owed[chunk_id]
            state.results[chunk_id] = (sorted(state.recorded.pop(chunk_id, []), key=_seq), None)


def _seq(row) -> int:
    return row.seq


@dataclass
class _State:
    """The bookkeeping of one `map`: what is owed for each chunk, what came back, what must go again."""

    pulled: int = 0  # chunks taken from the source
    next_out: int = 0  # the next chunk to yield
    owed: dict = field(default_factory=dict)  # chunk id → its tasks not yet come back
    results: dict = field(default_factory=dict)  # chunk id → (rows, result), waiting for its turn
    recorded: dict = field(default_factory=dict)  # chunk id → rows of documents a worker died on
    retry: deque = field(default_factory=deque)  # chunk ids to send again
    attempts: dict = field(default_factory=dict)  # chunk id → deaths between documents
    idle_deaths: int = 0
