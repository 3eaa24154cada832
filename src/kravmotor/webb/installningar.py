"""What the server is started with: address, limits and the files it may read (never chosen by a request)."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from pathlib import Path

LOOPBACK_NAMES = {"localhost"}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class Settings:
    host: str = "127.0.0.1"
    port: int = 8765
    # Required on every request when set; the server refuses to listen beyond loopback without one.
    token: str | None = None
    rule_dir: Path | None = None  # None: the bundled rules
    motor: str = "native"
    database: Path = Path("revision.sqlite")  # the revision runs the Revision page lists and adds to
    folders: list[Path] = field(default_factory=list)  # folders a revision run may read, offered by number
    targets: Path | None = None  # the revision targets file; None: the bundled one
    max_upload_bytes: int = 50 * 1024 * 1024  # one request's body, all files together
    max_files: int = 20  # files in one upload
    session_idle_seconds: int = 2 * 60 * 60  # a session unused this long ends, and its files with it
    max_sessions: int = 50
