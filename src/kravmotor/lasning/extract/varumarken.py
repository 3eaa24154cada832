"""Brand names and specific products in requirements, and whether "eller likvärdigt" follows.

A brand is read only where the text marks it as one: "av fabrikat X", "märke: X";
and, in a sentence saying what something bought must be ("ska vara"), "X eller
likvärdigt", "modell X", a name with ® or ™. A product named only as something a
consultant must know ("erfarenhet av Microsoft Dynamics") is not a specification
of what is bought.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..enheter import Text
from ..kalla import Kandidat
from .certifiering import EQUIVALENT

FÄLT = ("varumärken",)

_NAME = r"([A-ZÅÄÖ][\w&.\-]*(?:\s+[A-ZÅÄÖ0-9][\w&.\-]*){0,3})"
_MARKED = re.compile(r"(?:av\s+|från\s+)?(?:fabrikat(?:et)?|märke[t]?|varumärke[t]?)\s*:?\s+" + _NAME)
# A maker, a model or a name with ® is a brand required only where something bought must be it ("ska vara");
# elsewhere it describes what the buyer has ("Microsoft® Teams används för möten").
_MARKED_IF_SPECIFIED = re.compile(r"(?:av\s+|från\s+)?(?:tillverkare[n]?|modell(?:en)?)\s*:?\s+" + _NAME
                                  + r"|" + _NAME + r"\s*[®™]")
_BEFORE_EQUIVALENT = re.compile(_NAME + r"[®™]?\s*,?\s+(?=eller\s+(?:likvärdig|motsvarande))")
_NOT_BRAND = re.compile(r"^(?:Leverantören|Anbudsgivaren|Beställaren|Kunden|Myndigheten|Den|Det|De|En|Ett|ISO|SS|EN|EMAS"
                        r"|Svanen|Bra|EU|Krav|Ange|Om|Vid|Samt|Och|Eller)\b")
# "X eller likvärdigt" names a brand only where something bought must be X, not where X is a register or a platform.
_SPECIFIES = re.compile(r"\bska\s+(?:\w+\s+){0,3}?(?:vara|levereras|användas|installeras|monteras|utföras\s+med|"
                        r"vara\s+kompatib\w*|baseras\s+på)\b", re.IGNORECASE)
_NOT_A_SPECIFICATION = re.compile(r"erfarenhet|kunskap|kännedom|kompetens|meriterande|certifi|utbildning", re.IGNORECASE)


def kandidater(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        if _NOT_A_SPECIFICATION.search(sentence.text):
            continue
        names = set()
        for m in _MARKED.finditer(sentence.text):
            names.add(m.group(1).strip(" .,"))
        if _SPECIFIES.search(sentence.text):
            for m in _MARKED_IF_SPECIFIED.finditer(sentence.text):
                names.add((m.group(1) or m.group(2)).strip(" .,"))
            for m in _BEFORE_EQUIVALENT.finditer(sentence.text):
                names.add(m.group(1).strip(" .,"))
        for name in sorted(names):
            if _NOT_BRAND.match(name) or len(name) < 2:
                continue
            equivalent = bool(EQUIVALENT.search(sentence.text[sentence.text.find(name):]))
            yield sentence.kandidat("varumärken", {"namn": name, "eller_likvärdigt": equivalent}, 0.85)
