"""A rule's legal basis spelled out, for the rulebook: "14 kap. 4 § LOU" → "14 kap. 4 § lagen (2016:1145) om
offentlig upphandling (LOU)".

Read off the rule's `källa`, which cites laws by their abbreviations and directives by number. Only what the
source cites is spelled out; guidance, case law and local policy are not law and are left as the source says.
"""

from __future__ import annotations

import re

LAWS = {
    "LOU": "lagen (2016:1145) om offentlig upphandling",
    "LUF": "lagen (2016:1146) om upphandling inom försörjningssektorerna",
    "LUK": "lagen (2016:1147) om upphandling av koncessioner",
    "LOV": "lagen (2008:962) om valfrihetssystem",
}
DIRECTIVES = {
    "2014/24/EU": "Europaparlamentets och rådets direktiv 2014/24/EU om offentlig upphandling",
    "2014/25/EU": "Europaparlamentets och rådets direktiv 2014/25/EU om upphandling av enheter som är verksamma på "
                  "områdena vatten, energi, transporter och posttjänster",
    "2014/23/EU": "Europaparlamentets och rådets direktiv 2014/23/EU om tilldelning av koncessioner",
}
_LAW = re.compile(r"\b(LOU|LUF|LUK|LOV)\b")
_CHAPTER = re.compile(r"\d+\s*(?:a\s+)?kap\.")
_ARTICLE = re.compile(r"\b[Aa]rt\.\s*(\d+(?:\.\d+)?(?:\s*(?:och|,|–)\s*\d+(?:\.\d+)?)*)\s*(?:i\s+)?direktiv(?:et)?\s+(2014/2[345]/EU)")
_OTHER = re.compile(r"(?:[Ss]äkerhetsskyddslagen|[Ll]agen)\s*\(\d{4}:\d+\)(?:\s+om\s+[a-zåäö ]+?(?=[;,)]|$))?"
                    r"|\b[Pp]rop\.\s*\d{4}/\d{2}:\d+|\bförordning\s*\(EU\)\s*\d{4}/\d+")


def legal_basis(source: str) -> list[str]:
    """The provisions a source cites, each with its law or directive named in full, in the source's order."""
    found: list[tuple[int, str]] = []
    boundary = 0
    for match in _LAW.finditer(source):
        provision = _provision_before(source, boundary, match.start())
        if source[:match.start()].endswith("äldre "):  # the LOU of 2007, which the 2016 act replaced
            law, short = "lagen (2007:1091) om offentlig upphandling", "äldre LOU"
        else:
            law, short = LAWS[match.group(1)], match.group(1)
        found.append((match.start(), f"{provision} {law} ({short})".strip()))
        boundary = match.end()
    for match in _ARTICLE.finditer(source):
        articles = match.group(1)
        word = "artiklarna" if re.search(r"och|,|–", articles) else "artikel"
        found.append((match.start(), f"{word} {articles} i {DIRECTIVES[match.group(2)]}"))
    law_ends = [m.end() for m in _LAW.finditer(source)]
    boundary = 0
    for match in _OTHER.finditer(source):
        boundary = max([boundary] + [end for end in law_ends if end <= match.start()])
        text = match.group(0)
        if text.lower().startswith("prop."):
            text = "proposition " + text.split(".", 1)[1].strip()
        elif text.lower().startswith("lagen"):  # "15 kap. lagen (2007:1091) om ...": the chapter goes with it
            text = f"{_provision_before(source, boundary, match.start())} {text}".strip()
        found.append((match.start(), text[0].lower() + text[1:] if text.startswith(("Säkerhetsskydds", "Lagen")) else text))
        boundary = match.end()
    return list(dict.fromkeys(text for _, text in sorted(found)))


def _provision_before(source: str, boundary: int, law_at: int) -> str:
    """The chapter and paragraph cited just before a law's name ("14 kap. 4 §" in "14 kap. 4 § LOU"), looking no
    further back than the previous law's name or the nearest ";", "(" or ":"."""
    segment = source[boundary:law_at]
    start = boundary + max(segment.rfind(";"), segment.rfind("("), segment.rfind(":")) + 1
    chapter = _CHAPTER.search(source, start, law_at)
    return source[chapter.start():law_at].strip().rstrip(",") if chapter else ""
