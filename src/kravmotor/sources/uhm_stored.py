"""An export row as a revision stores it: its mapped values, not the whole document as JSON.

The document of a statistics row is mostly what every row shares: the fields the export does not
carry (declared unknown, with the model's defaults) and where each field comes from (`ursprung`).
Stored as JSON it is 4.3 kB a row and most of the time the main process spends writing SQLite;
the mapped values (`uhm.Mapped`) are a tenth of that, and `document` reads them back to the very
model the row was checked as (`uhm.document_of`), faster than validating the JSON.

The text is a JSON list that starts with `FORMAT`, so `is_stored_row` tells it from a document's
JSON object (a revision database holds both kinds). What is stored is the mapped values, not the
export's cells: a later version of the mapping does not change what a stored row reads back as.
The fields the export does not carry are those the model has when the row is read.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from ..model.dokument import Förfrågningsunderlag
from . import uhm

__all__ = ["FORMAT", "document", "is_stored_row", "text"]

FORMAT = "uhm-rad/1"
_PREFIX = f'["{FORMAT}",'
_BUYER = ("namn", "organisationsnummer", "typ")
_AMOUNT = "kontrakterat_värde"  # the one Decimal: stored as its text, read back exactly


def is_stored_row(stored: str) -> bool:
    return stored.startswith(_PREFIX)


def text(row: uhm.Mapped) -> str:
    """The row as the `documents` table keeps it: [FORMAT, the fields in `Mapped` order, the unknowns beyond
    `uhm.NOT_CARRIED`]. Like a document's JSON it keeps a lone surrogate, which SQLite then refuses
    (UnicodeEncodeError): such a row is an error, never stored."""
    unknown, shared = row.unknown, uhm.NOT_CARRIED
    if unknown[:len(shared)] != shared:  # the mapping declares those first
        raise ValueError("raden har inte importens okända uppgifter först")
    values: list[Any] = [FORMAT]
    for name, value in row.fields.items():
        if name == "upphandlande_myndighet":
            value = [value[key] for key in _BUYER]
        elif name == "annonseringsdatum" and value is not None:
            value = value.isoformat()
        elif name == "uppföljning" and _AMOUNT in value:
            value = {**value, _AMOUNT: str(value[_AMOUNT])}
        values.append(value)
    values.append(unknown[len(shared):])
    return _ENCODER.encode(values)


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # json.dumps makes one per call


def document(stored: str) -> Förfrågningsunderlag:
    """The document a stored row was checked as."""
    return uhm.document_of(mapped(stored))


def mapped(stored: str) -> uhm.Mapped:
    _format, *values, unknown = json.loads(stored)
    fields = dict(zip(uhm.FIELDS, values, strict=True))
    fields["upphandlande_myndighet"] = dict(zip(_BUYER, fields["upphandlande_myndighet"], strict=True))
    if fields["annonseringsdatum"] is not None:
        fields["annonseringsdatum"] = dt.date.fromisoformat(fields["annonseringsdatum"])
    follow_up = fields["uppföljning"]
    if _AMOUNT in follow_up:
        follow_up[_AMOUNT] = Decimal(follow_up[_AMOUNT])
    return uhm.Mapped(fields, [*uhm.NOT_CARRIED, *unknown])
