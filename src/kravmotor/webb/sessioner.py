"""Sessions: one per browser, each with its own temporary folder for uploads, removed when the session ends.

A session ends when the person ends it (Avsluta), when it has been idle too long,
when too many sessions exist (the oldest goes), and when the server stops. The
session's id is a random cookie; nothing in it is a path or a file name.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

COOKIE = "kravmotor_session"


@dataclass
class Session:
    id: str
    csrf: str
    parent: Path  # the server's temporary folder; the session's own is made when a file first needs it
    last_seen: float = field(default_factory=time.monotonic)
    state: dict[str, Any] = field(default_factory=dict)  # each page keeps its own entry (ärende, leverantörer, revision)
    _counter: int = 0
    _folder: Path | None = None

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="session-", dir=self.parent))
        return self._folder

    def remove_files(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)

    def new_file(self, suffix: str) -> Path:
        """A fresh path in the session's folder; the name is the server's own, never the upload's."""
        self._counter += 1
        return self.folder / f"fil-{self._counter:04d}{suffix}"

    def new_folder(self) -> Path:
        self._counter += 1
        path = self.folder / f"katalog-{self._counter:04d}"
        path.mkdir()
        return path


async def save_upload(session: Session, upload, suffix: str) -> Path:
    """An uploaded file written to a fresh file of the session's, in chunks; its path (never the upload's name)."""
    path = session.new_file(suffix)
    with path.open("wb") as out:
        while chunk := await upload.read(1 << 20):
            out.write(chunk)
    return path


class Sessions:
    def __init__(self, idle_seconds: int, max_sessions: int):
        self.idle_seconds = idle_seconds
        self.max_sessions = max_sessions
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()
        self.root = Path(tempfile.mkdtemp(prefix="kravmotor-webb-"))

    def get(self, session_id: str | None) -> Session | None:
        with self._lock:
            self._expire()
            session = self._sessions.get(session_id or "")
            if session:
                session.last_seen = time.monotonic()
            return session

    def create(self) -> Session:
        with self._lock:
            self._expire()
            while len(self._sessions) >= self.max_sessions:
                oldest = min(self._sessions.values(), key=lambda s: s.last_seen)
                self._end(oldest)
            session_id = secrets.token_urlsafe(32)
            session = Session(session_id, secrets.token_urlsafe(32), self.root)
            self._sessions[session_id] = session
            return session

    def end(self, session: Session) -> None:
        with self._lock:
            self._end(session)

    def close(self) -> None:
        """Every session ended and the server's temporary folder removed (the server stops)."""
        with self._lock:
            for session in list(self._sessions.values()):
                self._end(session)
        shutil.rmtree(self.root, ignore_errors=True)

    def __len__(self) -> int:
        return len(self._sessions)

    def _expire(self) -> None:
        now = time.monotonic()
        for session in [s for s in self._sessions.values() if now - s.last_seen > self.idle_seconds]:
            self._end(session)

    def _end(self, session: Session) -> None:
        self._sessions.pop(session.id, None)
        session.remove_files()
