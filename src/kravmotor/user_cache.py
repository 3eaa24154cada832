"""The user's own cache directory, for what kravmotor builds once and reads on later starts (the
rule parser, compiled rulebooks).

Whatever is kept there is a pickle, which runs code when it is read: so only a
directory this user owns and no one else can write to is used ($XDG_CACHE_HOME
or ~/.cache, then kravmotor/), never the shared temp directory, where anyone
could leave a file with a predictable name. A file is written beside its final
name and moved into place in one step, so a reader never sees half a file even
when two processes build the same thing at once. A directory that cannot be
made or written means no cache: the caller builds, as without one.
`KRAVMOTOR_INGEN_CACHE=1` turns the cache off.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def cache_dir() -> Path | None:
    """The cache directory, or None when there is none to use safely."""
    if os.environ.get("KRAVMOTOR_INGEN_CACHE"):
        return None
    try:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        directory = os.path.join(base, "kravmotor")
        os.makedirs(directory, mode=0o700, exist_ok=True)
        info = os.stat(directory)
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o022:
            return None
        if not os.access(directory, os.W_OK | os.X_OK):
            return None
    except (OSError, AttributeError):  # AttributeError: no os.getuid (Windows): no cache
        return None
    return Path(directory)


def write_atomically(path: Path, data: bytes) -> None:
    """`data` at `path`, all of it or nothing (a concurrent writer of the same content may win)."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
