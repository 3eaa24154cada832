"""Compressed inputs (gzip, zip) read within the `okomprimerad_storlek` limit: no bomb unpacks past it.

What a compressed file says about its own size is not trusted: every byte is
counted as it is unpacked, and reading stops with a located error the moment
the limit is passed. The statistics export (gzip) uses `open_gzip`; formats
that are zip files (Word's .docx, .xlsx) use `SafeZip`.
"""

from __future__ import annotations

import gzip
import io
import os
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, BinaryIO

from . import limits
from .errors import InputError, KravmotorError, Location, Problem

Error = type[KravmotorError]


class TooLarge(Exception):
    """Raised by a bounded stream when more than the limit has been unpacked."""

    def __init__(self, read: int):
        self.read = read
        super().__init__(read)


def too_large_message() -> str:
    return limits.exceeded("okomprimerad_storlek", "innehållet blir större än så när filen packas upp")


class _Bounded(io.RawIOBase):
    """A binary stream that raises TooLarge once more than `limit` bytes have come out of `inner`."""

    def __init__(self, inner: IO[bytes] | io.BufferedIOBase, limit: int):
        self.inner = inner
        self.limit = limit
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.inner.read(min(len(buffer), self.limit + 1 - self.count))
        self.count += len(data)
        if self.count > self.limit:
            raise TooLarge(self.count)
        buffer[: len(data)] = data
        return len(data)


def _opened(path: str | Path, kind: str, error: Error) -> BinaryIO:
    """The compressed file, refused before unpacking when it is itself over its kind's size limit."""
    file = str(path)
    try:
        stream = open(path, "rb")  # noqa: SIM115 - returned open: the caller closes it
    except OSError as exc:
        raise error([Problem(Location(file), f"kan inte läsa filen: {limits.describe_os_error(exc)}")]) from None
    size = os.fstat(stream.fileno()).st_size
    name = f"{kind}_storlek"
    if size > limits.get(name):
        stream.close()
        raise error([Problem(Location(file), limits.exceeded(name, f"filen är {limits.show(size, 'byte')}"))])
    return stream


@contextmanager
def open_gzip(path: str | Path, kind: str, error: Error = InputError) -> Iterator[BinaryIO]:
    """The unpacked bytes of a gzip file as a buffered stream; reading past the limit raises TooLarge.

    A damaged stream raises what gzip raises (OSError, EOFError, zlib.error) where the damage is.
    """
    raw = _opened(path, kind, error)
    try:
        unpacked = gzip.GzipFile(fileobj=raw, mode="rb")
        yield io.BufferedReader(_Bounded(unpacked, int(limits.get("okomprimerad_storlek"))), 64 * 1024)
    finally:
        raw.close()


GZIP_ERRORS = (OSError, EOFError, zlib.error)


class SafeZip:
    """A zip archive whose members are read within the limit, whatever their headers claim."""

    def __init__(self, path: str | Path, kind: str, error: Error = InputError):
        self.file = str(path)
        self.error = error
        self.remaining = int(limits.get("okomprimerad_storlek"))
        self._raw = _opened(path, kind, error)
        try:
            self.zip = zipfile.ZipFile(self._raw)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
            self._raw.close()
            raise error([Problem(Location(self.file), "filen är ingen läsbar zip-fil (trasig eller avkortad)")]) from None
        if sum(info.file_size for info in self.zip.infolist()) > self.remaining:
            self.close()
            raise error([Problem(Location(self.file), too_large_message())])

    def names(self) -> list[str]:
        return self.zip.namelist()

    def read(self, name: str) -> bytes:
        """One member's bytes; the members read so far and this one together stay within the limit."""
        try:
            with self.zip.open(name) as member:
                data = member.read(self.remaining + 1)
        except KeyError:
            raise self.error([Problem(Location(self.file, field_path=name), "delen finns inte i zip-filen")]) from None
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError):
            raise self.error([Problem(Location(self.file, field_path=name),
                                      "delen kan inte packas upp (trasig, krypterad eller okänd komprimering)")]) from None
        if len(data) > self.remaining:
            raise self.error([Problem(Location(self.file, field_path=name), too_large_message())])
        self.remaining -= len(data)
        return data

    def close(self) -> None:
        self.zip.close()
        self._raw.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
