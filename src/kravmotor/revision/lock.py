"""One writer per run: a second process resuming a run that is being worked on is refused, not crashed.

The lock is a one-byte record lock at offset `run` in `<databas>.lås`, beside the
database. The operating system releases it when the process ends, however it
ends (a kill, a crash), so a lock is never left behind; worker processes do not
inherit it. Different runs in the same database lock different bytes and can be
worked on at the same time.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError, Location, Problem
from ..limits import describe_os_error

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no record locks; SQLite's own locking is all there is
    fcntl = None  # type: ignore[assignment]  # the module or None: mypy has no way to say so


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lås")


class RunLock:
    def __init__(self, database: Path, run: int):
        self.database = database
        self.run = run
        self.fd: int | None = None

    def acquire(self) -> RunLock:
        if fcntl is None:
            return self
        path = lock_path(self.database)
        try:
            self.fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise InputError([Problem(Location(str(path)), f"låsfilen för körningen kan inte öppnas: {describe_os_error(exc)}")]) from None
        try:
            fcntl.lockf(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, self.run)
        except OSError:
            os.close(self.fd)
            self.fd = None
            raise InputError([Problem(Location(str(self.database)), (
                f"körning {self.run} granskas redan av en annan process; vänta tills den är klar "
                f"(eller avsluta den) och återuppta sedan med kravmotor revision --återuppta {self.run}"))]) from None
        return self

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the file releases the record lock
            self.fd = None

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
