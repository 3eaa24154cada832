"""What every reader yields: the document as blocks in reading order, each knowing where it stands."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..errors import DocumentError, Location, Problem

Kind = Literal["rubrik", "stycke", "tabellcell"]


@dataclass(frozen=True, slots=True)
class Block:
    """One heading, paragraph or table cell of a document.

    `section` is the number of the nearest heading ("3.2"), computed from Word's
    numbering definitions where the number is not in the text; `heading` is that
    heading's text without the number. `page` is 1-based (None in Word files, which
    have no fixed pages). Cells of one table row share `row`, so that a label in one
    cell can be read together with the value in the next.
    """

    file: str
    page: int | None
    section: str | None
    heading: str | None
    text: str
    kind: Kind
    row: int | None = None


# "3.2 Ekonomisk ställning", "4. Anbudets form", "2.1.3 Krav": a section number that starts a heading.
_SECTION_NUMBER = re.compile(
    r"^(?:avsnitt\s+|kapitel\s+)?(?:((?:\d{1,2}\.){0,4}\d{1,2})\.?\s+|((?:\d{1,2}\.){1,4}\d{0,2})(?=[A-ZÅÄÖ]))(.*)$",
    re.IGNORECASE)


def split_section_number(text: str) -> tuple[str | None, str]:
    """A heading's own number and its text: "3.2 Ekonomisk ställning" → ("3.2", "Ekonomisk ställning")."""
    m = _SECTION_NUMBER.match(text.strip())
    if not m or not re.match(r"[A-ZÅÄÖa-zåäö(\"”]", m.group(3)):
        return None, text.strip()
    return (m.group(1) or m.group(2)).rstrip("."), m.group(3).strip()


class Limits:
    """How much a reader accepts before it refuses a file, so a hostile file cannot exhaust the machine."""

    max_file_bytes = 100 * 1024 * 1024
    max_uncompressed_bytes = 300 * 1024 * 1024  # a .docx/.odt is a zip: its parts together, unpacked
    max_compression_ratio = 200  # one part unpacking to more than 200 times its packed size is a zip bomb
    max_zip_entries = 5000
    max_pages = 400
    max_blocks = 200_000
    conversion_timeout_s = 120


def problem(file: str, message: str, place: str | None = None) -> DocumentError:
    return DocumentError([Problem(Location(file, field_path=place), message)])
