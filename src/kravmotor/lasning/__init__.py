"""Reading förfrågningsunderlag as buyers have them (Word, PDF, OpenDocument) and extracting facts with their source.

    reader.read_document(path)   → blocks (file, page, section, heading, text, kind), in reading order
    extract.extract(blocks)      → one Uppgift per field of the label schema: value and source, or unknown with candidates
    utkast.Utkast(...)           → a draft förfrågningsunderlag (YAML) for a person to confirm
"""

from __future__ import annotations

from pathlib import Path

from .reader import SUFFIXES, is_document, read_document

__all__ = ["SUFFIXES", "is_document", "read_document", "draft"]


def draft(paths: list[Path], name: str | None = None):
    """One draft for the files of one procurement; raises the first file's DocumentError if a file cannot be read."""
    from .extract import extract
    from .utkast import Utkast

    blocks = []
    for path in paths:
        blocks.extend(read_document(path))
    return Utkast(name or paths[0].name, extract(blocks), [p.name for p in paths])
