"""One entry point for every document kind: a file in, its blocks out, or a located Swedish error.

The kind is decided by the file's content, not its suffix; a suffix that lies is
an error of its own, so that a user learns the file is not what its name says.
The one place to register a document kind is `_KINDS`.
"""

from __future__ import annotations

from pathlib import Path

from .block import Block, Limits, problem
from .boilerplate import without_boilerplate

_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: old .doc, or an encrypted .docx

# suffix → what the content must be
_KINDS = {
    ".pdf": "pdf",
    ".docx": "word", ".dotx": "word", ".docm": "word", ".dotm": "word",
    ".odt": "odt", ".ott": "odt",
    ".doc": "doc", ".dot": "doc",
    ".rtf": "rtf",
}
_KIND_NAMES = {"pdf": "en PDF", "word": "ett Word-dokument (.docx)", "odt": "ett OpenDocument-dokument (.odt)",
               "doc": "ett Word 97–2003-dokument (.doc)", "rtf": "ett RTF-dokument", "zip": "ett zip-arkiv",
               "encrypted-ooxml": "ett krypterat Office-dokument"}
SUFFIXES = tuple(_KINDS)


def is_document(path: str | Path) -> bool:
    """Whether kravmotor reads this file as a Word, PDF or OpenDocument file (by its suffix)."""
    return Path(path).suffix.lower() in _KINDS


def read_document(path: str | Path, limits: Limits = Limits(), name: str | None = None) -> list[Block]:
    """The blocks of one document in reading order, boilerplate of e-procurement exports left out.

    `name` is how the file is named in every block and message (default: the file name).
    """
    path = Path(path)
    file = name or path.name
    suffix = path.suffix.lower()
    if suffix not in _KINDS:
        raise problem(file, f"okänd filändelse '{path.suffix}'; dokument läses som .pdf, .docx, .dotx, .odt, .doc eller .rtf")
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise problem(file, f"filen är {size // 2**20} MB; högst {limits.max_file_bytes // 2**20} MB läses")
        data = path.read_bytes()
    except FileNotFoundError:
        raise problem(file, "filen finns inte") from None
    except IsADirectoryError:
        raise problem(file, "det är en katalog, inte en fil") from None
    except OSError as exc:
        raise problem(file, f"kan inte läsa filen ({exc.strerror or exc})") from None
    return read_bytes(data, file, suffix, limits)


def read_bytes(data: bytes, file: str, suffix: str, limits: Limits = Limits()) -> list[Block]:
    expected = _KINDS[suffix]
    actual = _sniff(data)
    if actual == "encrypted-ooxml":
        raise problem(file, "dokumentet är krypterat eller lösenordsskyddat; spara det utan lösenord och försök igen")
    if actual is None and not data.strip():
        raise problem(file, "filen är tom")
    if actual != expected:
        what = _KIND_NAMES.get(actual or "", "något annat (okänt filformat)")
        raise problem(file, f"filen är inte {_KIND_NAMES[expected]} som filändelsen {suffix} säger, utan {what}")
    if expected == "pdf":
        from .pdf import read_pdf

        blocks = read_pdf(data, file, limits)
    else:
        from .word import read_word

        if expected != "word":
            from .libreoffice import convert_to_docx

            data = convert_to_docx(data, file, suffix, limits)
        blocks = read_word(data, file, limits)
    return without_boilerplate(blocks)


def _sniff(data: bytes) -> str | None:
    head = data[:2048]
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(_CFB):
        encrypted = "EncryptionInfo".encode("utf-16-le") in data[:1 << 16] or "EncryptionInfo".encode("utf-16-le") in data
        return "encrypted-ooxml" if encrypted else "doc"
    if head.startswith(b"PK\x03\x04"):
        if b"mimetypeapplication/vnd.oasis.opendocument.text" in head:
            return "odt"
        if b"word/" in data or b"[Content_Types].xml" in data[:65536]:
            return "word"
        return "zip"
    return None
