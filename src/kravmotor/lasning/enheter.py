"""The units extraction reads: sentences, label–value pairs and sections.

Procurers state a fact in one sentence ("Sista dag för anbud är 2021-05-17"), as
a heading with the value below it ("4.4 Sista dag för att lämna anbud" /
"2021-05-17"), in a table row ("Sista anbudsdag | 2021-05-17"), or spread over a
section (a count of references in one sentence, how old they may be in the
next). Each extractor picks the unit its fact is written in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..fritext.meningar import sentences
from .block import Block
from .kalla import Kandidat, Källa


@dataclass(frozen=True, slots=True)
class Mening:
    text: str
    block: Block

    def kandidat(self, field_name: str, value, confidence: float, quote: str | None = None) -> Kandidat:
        return Kandidat(field_name, value, Källa.of(self.block, quote or self.text), confidence)


@dataclass(frozen=True, slots=True)
class Etikett:
    """A label and its value: "Sista anbudsdag: 2021-05-17", a table row, or a heading and the paragraph under it."""

    label: str
    value: str
    block: Block

    def kandidat(self, field_name: str, value, confidence: float) -> Kandidat:
        return Kandidat(field_name, value, Källa.of(self.block, f"{self.label}: {self.value}"), confidence)


_INLINE_LABEL = re.compile(r"^([^:]{3,70}):\s+(\S.*)$")


class Text:
    """A document (or several files of one procurement) as the units extractors read."""

    def __init__(self, blocks: list[Block]):
        self.blocks = blocks

    @cached_property
    def sentences(self) -> list[Mening]:
        return [Mening(sentence, block) for block in self.blocks for sentence in sentences(block.text)]

    @cached_property
    def labelled(self) -> list[Etikett]:
        pairs: list[Etikett] = []
        rows: dict[int, list[Block]] = {}
        for index, block in enumerate(self.blocks):
            if block.kind == "tabellcell" and block.row is not None:
                rows.setdefault(block.row, []).append(block)
            elif block.kind == "rubrik":
                following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
                if following is not None and following.kind != "rubrik" and len(following.text) <= 250:
                    pairs.append(Etikett(block.heading or block.text, following.text, following))
            for line in block.text.split("\n"):
                m = _INLINE_LABEL.match(line.strip())
                if m:
                    pairs.append(Etikett(m.group(1).strip(), m.group(2).strip(), block))
        for cells in rows.values():
            if len(cells) >= 2 and len(cells[0].text) <= 100:
                pairs.append(Etikett(cells[0].text, " ".join(c.text for c in cells[1:]), cells[1]))
        return pairs

    @cached_property
    def sections(self) -> list[list[Block]]:
        """The blocks under each heading, heading first (text before the first heading is a section of its own)."""
        found: list[list[Block]] = [[]]
        for block in self.blocks:
            if block.kind == "rubrik":
                found.append([block])
            else:
                found[-1].append(block)
        return [section for section in found if section]

    def sentences_in(self, section: list[Block]) -> list[Mening]:
        return [Mening(sentence, block) for block in section for sentence in sentences(block.text)]
