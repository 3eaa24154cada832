"""The worker processes of a revision run, and what happens when one of them dies.

Each worker builds its Checker once and checks chunks of documents; the main
process hands out chunks, takes the results back in source order and never
runs document code itself, so nothing a document does can stop the run. The
exception is a chunk the caller allows to be checked here (`here`, the rows of
a statistics export, which the main process has read already): when every
worker is busy and a CPU is left for it, the main process checks such a chunk
itself rather than wait, handing out and taking back chunks between its
documents so that no worker waits for it.

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
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from .. import limits

RETRIES = 3
IDLE = -1.0


QUEUED = 2  # chunks a worker holds: the one it checks and the next, so that it never waits to be sent one


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.Process
    conn: Connection
    slot: Any  # shared double[2]: seq of the document being handled (IDLE between documents), its start (monotonic)
    jobs: deque[int] = field(default_factory=deque)  # the chunks sent to it, in order: the first is under way


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
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(conn, inbox), daemon=True).start()
    while True:
        message = inbox.get()
        if message is None:
            return
        chunk_id, tasks = message
        try:
            conn.send((chunk_id, *handle(tasks, slot)))  # rows, what else the chunk gives, what it shares
        except (BrokenPipeError, OSError):
            return


def _receive(conn: Connection, inbox: queue.SimpleQueue) -> None:
    """The worker's reader: takes in each chunk as it is sent, while the worker checks the one before, so the
    main process never blocks sending (and the two never wait for each other on full pipes)."""
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            message = None
        inbox.put(message)
        if message is None:
            return


@dataclass
class Death:
    """A document a worker died on (or was stopped on for taking too long)."""

    task: Any  # the pool does not know what its tasks are
    overtime: bool
    exitcode: int | None


@dataclass
class Here:
    """Checking in the main process: `handle(tasks, between) -> (rows, result, shared)` for the chunks `allowed`
    takes; `handle` calls `between()` every few documents (the pool's turn to serve its workers)."""

    handle: Callable
    allowed: Callable[[list], bool]


class Pool:
    """`size` worker processes running `handle(tasks, slot) -> (rows, result, shared)` after `start(*start_args)`.

    `dead(death) -> row` makes the row recorded for a document its worker died on. `shared` is what a
    worker gives once and refers to in later chunks (findings by id): it goes to `received` as soon as it
    arrives, before any chunk is yielded that may refer to it, whatever the order chunks finish in. With
    `here`, the main process checks the chunks it allows whenever every worker is busy; a pool of size 0
    then starts a worker only for a chunk it does not allow.
    """

    def __init__(self, size: int, start: Callable, start_args: tuple, handle: Callable, dead: Callable[[Death], object],
                 received: Callable[[Any], None] = lambda shared: None, here: Here | None = None):
        self.size = size
        self.start_args = (start, start_args, handle)
        self.dead = dead
        self.received = received
        self.here = here
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

        Each worker holds `QUEUED` chunks, the one it checks and the next (its reader thread takes that in
        at once, so neither side blocks the other on a full pipe): a worker that finishes one goes on with the
        next while the main process is busy storing, reading or checking. The next chunk is read from the
        source before waiting.
        """
        state = _State()
        source = iter(chunks)
        exhausted = False
        # Chunks done or under way beyond the next to be yielded, so that memory stays bounded: enough that the
        # workers' queues stay full while the main process checks one chunk and writes those before it.
        ahead = (QUEUED + 1) * max(1, self.size) + 4
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

        def serve() -> None:
            """Each worker its next chunks, up to `QUEUED` (a chunk to send again first)."""
            for _turn in range(QUEUED):  # round by round: a worker without a chunk gets one before another's next
                for worker in self.workers:
                    if len(worker.jobs) > _turn:
                        continue
                    if not state.retry and not ready:
                        pull()
                    if state.retry:
                        chunk_id = state.retry.popleft()
                    elif ready:
                        chunk_id = ready.popleft()
                    else:
                        return
                    worker.conn.send((chunk_id, state.owed[chunk_id]))
                    worker.jobs.append(chunk_id)

        def between() -> None:  # while the main process checks a chunk: take back what is done, hand out more
            if self.workers:
                self._wait(state, timeout=0)
                serve()

        while True:
            serve()
            while state.next_out in state.results:
                yield state.results.pop(state.next_out)
                state.next_out += 1
                between()  # the chunk yielded has been written (seconds, at a commit): the workers' turn
            if not ready:
                pull()
            if exhausted and not state.owed and not state.retry:
                return
            if ready and any(len(worker.jobs) < QUEUED for worker in self.workers):
                continue  # a worker has room (a chunk came back while the results were written): send at once
            if ready and self.here is not None and self.here.allowed(state.owed[ready[0]]):
                chunk_id = ready.popleft()
                rows, result, shared = self.here.handle(state.owed.pop(chunk_id), between)
                self.received(shared)
                state.results[chunk_id] = (rows, result)
                continue
            if ready and not self.workers:  # a chunk only a worker may check, and none started yet
                self.workers.append(self._spawn())
                continue
            self._wait(state)

    def _wait(self, state: _State, timeout: float = 0.5) -> None:
        by_conn: dict[Any, _Worker] = {w.conn: w for w in self.workers}  # wait() gives connections and sentinels alike
        by_sentinel: dict[Any, _Worker] = {w.process.sentinel: w for w in self.workers}
        gone: dict[_Worker, bool] = {}  # worker → stopped for taking too long
        for item in wait(list(by_conn) + list(by_sentinel), timeout=timeout):
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
            worker.jobs.remove(chunk_id)  # the first: a worker checks its chunks in order
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
        """A worker has died: record the document it was on, send the rest of its chunk to a fresh worker, and
        the chunk it held next as it was."""
        worker.process.join()
        seq = worker.slot[0]
        worker.conn.close()
        self.workers[self.workers.index(worker)] = self._spawn()
        if not worker.jobs:
            state.idle_deaths += 1
            if state.idle_deaths > RETRIES:  # they die before taking any work: the rules or the machine, not a document
                raise RuntimeError("arbetsprocesserna avslutas innan de hunnit börja")
            return
        chunk_id, *held = worker.jobs
        state.retry.extendleft(reversed(held))  # not begun: sent again whole, before anything else
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
