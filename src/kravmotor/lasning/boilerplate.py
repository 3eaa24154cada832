"""Boilerplate of e-procurement exports, recognised and left out before extraction.

Exports from e-procurement systems (one PDF of the whole procurement) carry a
legend of their symbols ("Symbolförklaring: Texten ingår i annonsen ...") and,
under each question to the tenderer, the kind of answer the system expects
("Fritext", "Bifogad fil", "Ja/Nej. Ja krävs"). Neither is the buyer's text: a
legend line "Texten innehåller krav som måste uppfyllas" must not read as a
requirement.
"""

from __future__ import annotations

import re

from .block import Block

_LEGEND_HEADING = re.compile(r"^(?:symbolförklaring|teckenförklaring)$", re.IGNORECASE)
_ANSWER_KIND = re.compile(
    r"^(?:fritext|bifogad fil|bifogade filer|ja/nej|ja/nej\.? ja krävs|ja/nej\.? nej krävs|ja krävs|numeriskt( värde)?"
    r"|flerval|enkelval|datum|prisfält(?: \w+)?|belopp|svarsalternativ|ange svar|kommentar)\.?$",
    re.IGNORECASE,
)
_LEGEND_LINE = re.compile(r"^(?:texten|texten/frågan|frågan) (?:ingår|kommer att|innehåller|är|ställs|besvaras)", re.IGNORECASE)


def without_boilerplate(blocks: list[Block]) -> list[Block]:
    kept = []
    in_legend = False
    for block in blocks:
        text = block.text.strip()
        if block.kind == "rubrik":
            in_legend = bool(_LEGEND_HEADING.match(text))
            if in_legend:
                continue
        elif in_legend or _ANSWER_KIND.match(text) or _LEGEND_LINE.match(text):
            continue
        kept.append(block)
    return kept
