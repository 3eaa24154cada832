"""The law, the procedure, the kind of call-off, whether a framework agreement is made, and what is bought.

The law is read only where the document says the procurement is made under it: a
contract clause citing "13 kap. LOU" names the law, but not as the procurement's.
A call-off from a framework agreement is not a procedure (`förfarande`) but an
`avropsform`; a document that describes several kinds of call-off states none.
The regime is read only where the text places the procurement above or below
the threshold itself ("enligt 19 kap. LOU", "över EU:s tröskelvärde", "en
direktupphandling"): a procedure's name alone does not say it (an open procedure
exists in both regimes). That the service is a bilaga 2-tjänst ("sociala och andra
särskilda tjänster") is a fact of its own, not a regime (X-04).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..enheter import Text
from ..kalla import Kandidat
from .monster import NEGATION

FÄLT = ("lagrum", "regim", "bilaga_2_tjänst", "förfarande", "avropsform", "ramavtal", "upphandlingsslag")

_LAWS = {
    "LOU": r"\bLOU\b|lag(?:en)?\s*\(2016:1145\)|lagen\s+om\s+offentlig\s+upphandling",
    "LUF": r"\bLUF\b|lag(?:en)?\s*\(2016:1146\)|lagen\s+om\s+upphandling\s+inom\s+försörjningssektorerna",
    "LUK": r"\bLUK\b|lag(?:en)?\s*\(2016:1147\)|lagen\s+om\s+upphandling\s+av\s+koncessioner",
    "LOV": r"\bLOV\b|lag(?:en)?\s*\(2008:962\)|lagen\s+om\s+valfrihetssystem",
}
_LAW = {law: re.compile(pattern, re.IGNORECASE) for law, pattern in _LAWS.items()}
# "Upphandlingen genomförs enligt LOU", "Avropet sker i enlighet med 7 kap. LUF", "Upphandlingen omfattas av LOU".
_UNDER_LAW = re.compile(
    r"(?:upphandling(?:en)?|avrop(?:et)?|förfarandet|ramavtalet\s+upphandlades|denna\s+upphandling)\s+"
    r"(?:\w+\s+){0,3}?(?:genomförs|görs|sker|genomförts|genomfördes|har\s+genomförts|omfattas\s+av|regleras\s+av|följer|"
    r"är\s+en\s+upphandling)\s+(?:\w+\s+){0,6}?(?:enligt|i\s+enlighet\s+med|med\s+stöd\s+av|av|inom\s+ramen\s+för)\s+"
    r"(?:(?:\d+\s+kap\.\s*(?:\d+\s*§+\s*)?)|(?:bestämmelserna\s+i\s+))?",
    re.IGNORECASE,
)
_PROCEDURES = {
    "förhandlat utan föregående annonsering": r"förhandlat\s+förfarande\s+utan\s+föregående\s+annonsering",
    "förhandlat med föregående annonsering": r"förhandlat\s+förfarande\s+med\s+föregående\s+annonsering",
    "öppet": r"öppet\s+förfarande|öppen\s+upphandling",
    "selektivt": r"selektivt\s+förfarande",
    "konkurrenspräglad dialog": r"konkurrenspräglad\s+dialog",
    "innovationspartnerskap": r"innovationspartnerskap",
    "förenklat": r"förenklat\s+förfarande",
    "urvalsförfarande": r"urvalsförfarande",
    "direktupphandling": r"\bdirektupphandl(?:ing|as|ar)\b",
}
_PROCEDURE = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in _PROCEDURES.items()}
# The procedure of this procurement: "Upphandlingen genomförs som ett öppet förfarande", "Upphandlingsform: Förenklat förfarande".
_OWN_PROCEDURE = re.compile(
    r"(?:upphandling(?:en)?|denna\s+upphandling)\s+(?:\w+\s+){0,3}?(?:genomförs|görs|sker|handlas\s+upp)\s+(?:\w+\s+){0,4}?"
    r"(?:som|genom|enligt|med|i)\s+(?:ett\s+|en\s+)?"
    r"|(?:upphandlingsform|upphandlingsförfarande|förfarande|förfarandetyp|typ\s+av\s+förfarande)\s*:\s*",
    re.IGNORECASE,
)
_CALL_OFFS = {
    "förnyad konkurrensutsättning": r"förnyad(?:e)?\s+konkurrensutsättning",
    "rangordning": r"(?:dynamisk\s+)?rangordning|rangordningsprincip",
    "dynamiskt inköpssystem": r"dynamiskt?\s+inköpssystem",
}
_CALL_OFF = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in _CALL_OFFS.items()}
# "Avropet genomförs som förnyad konkurrensutsättning", "Detta är ett avrop ... genom förnyad konkurrensutsättning".
_OWN_CALL_OFF = re.compile(
    r"(?:avrop(?:et)?|avropsförfrågan|detta\s+avrop|denna\s+avropsförfrågan|upphandling(?:en)?|anbudsinbjudan|"
    r"köp(?:et)?|tilldelning(?:en)?)\s+(?:\w+\s+){0,12}?(?:genomförs|görs|sker|avser|är|gäller|handlas\s+upp|tilldelas)\s+"
    r"(?:\w+\s+){0,10}?(?:som|genom|med|enligt|i\s+form\s+av|via|utifrån)\s+(?:en\s+|ett\s+)?$"
    r"|(?:avropsform|avropsförfarande|avropsmetod|tilldelningsform|typ\s+av\s+avrop)\s*:?\s*$",
    re.IGNORECASE,
)
_FRAMEWORK = re.compile(
    r"(?:upphandling(?:en)?|syftet\s+med\s+upphandlingen|avsikten)\s+(?:\w+\s+){0,4}?(?:avser|är\s+att\s+(?:teckna|ingå|upphandla))\s+"
    r"(?:tecknande\s+av\s+|att\s+teckna\s+|att\s+ingå\s+)?(?:ett\s+|två\s+|tre\s+|\w+\s+)?ramavtal"
    r"|ramavtal\s+(?:kommer\s+att|avses|ska)\s+(?:tecknas|ingås)\s+med"
    r"|avser\s+att\s+(?:teckna|ingå)\s+ramavtal",
    re.IGNORECASE,
)
_REGIMES = {
    # "19 kap." only of LOU or LUF: "19 kap. 3 § offentlighets- och sekretesslagen" is another law.
    "19 kap.": re.compile(r"\b19\s+kap\.?(?:\s*\d+\s*§)?\s+(?:LOU|LUF|i\s+(?:LOU|LUF)|lagen\s+(?:\(2016:114[56]\)\s+)?om\s+"
                          r"(?:offentlig\s+upphandling|upphandling\s+inom\s+försörjningssektorerna))|"
                          r"under\s+(?:EU:?s\s+)?tröskelvärde(?:t|na|n)?|"
                          r"understiger\s+(?:EU:?s\s+)?tröskelvärde", re.IGNORECASE),
    # Not "6 kap. LOU": a procurement under 19 kap. may use the procedures of 6 kap. (19 kap. 7 §).
    "direktivstyrd": re.compile(r"över\s+(?:EU:?s\s+)?tröskelvärde(?:t|na|n)?|överstiger\s+(?:EU:?s\s+)?tröskelvärde|"
                                r"direktivstyrd", re.IGNORECASE),
    "direktupphandling": re.compile(r"\bdirektupphandl(?:ing|as)\b|\b19\s*a\s+kap\.", re.IGNORECASE),
}
_BILAGA_2 = re.compile(r"bilaga\s+2(?:-tjänst)?\s+(?:till\s+)?(?:LOU|LUF)|sociala\s+och\s+andra\s+särskilda\s+tjänster", re.IGNORECASE)
# What a sentence placing the procurement can say: its regime, or that the service is a bilaga 2-tjänst.
_PLACINGS = [("regim", regime, pattern) for regime, pattern in _REGIMES.items()] + [("bilaga_2_tjänst", True, _BILAGA_2)]
# The procurement itself is placed: "Upphandlingen genomförs enligt 19 kap. LOU", "Upphandlingens värde överstiger tröskelvärdet".
_OWN_REGIME = re.compile(r"(?:upphandling(?:en|ens)?|denna\s+upphandling|kontraktets\s+värde|värdet|förfarandet)\b", re.IGNORECASE)
_KIND_OF_PURCHASE = {
    "tjänster": re.compile(r"konsulttjänst|\bkonsultuppdrag|resurskonsult|resursuppdrag|upphandling\s+av\s+tjänster|"
                           r"tjänsteupphandling|upphandlingen\s+avser\s+tjänster", re.IGNORECASE),
    "varor": re.compile(r"upphandling\s+av\s+varor|varuupphandling|upphandlingen\s+avser\s+(?:inköp|köp|leverans)\s+av\s+varor",
                        re.IGNORECASE),
    "byggentreprenad": re.compile(r"byggentreprenad|totalentreprenad|utförandeentreprenad|upphandling\s+av\s+byggnadsarbeten",
                                  re.IGNORECASE),
}


def kandidater(text: Text) -> Iterator[Kandidat]:
    yield from _laws(text)
    yield from _regimes(text)
    yield from _procedures(text)
    yield from _call_offs(text)
    yield from _kinds(text)
    for sentence in text.sentences:
        if _FRAMEWORK.search(sentence.text) and not NEGATION.search(sentence.text):
            yield sentence.kandidat("ramavtal", True, 0.85)


def _laws(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        for m in _UNDER_LAW.finditer(sentence.text):
            tail = sentence.text[m.end():m.end() + 90]
            for law, pattern in _LAW.items():
                found = pattern.match(tail) or pattern.match(re.sub(r"^(?:\w+\s+){0,2}", "", tail))
                if found:
                    yield sentence.kandidat("lagrum", law, 0.9)


def _procedures(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        for name, pattern in _PROCEDURE.items():
            found = pattern.search(sentence.text)
            if not found:
                continue
            before = sentence.text[max(0, found.start() - 120):found.start()]
            own = _OWN_PROCEDURE.search(before) and not NEGATION.search(before)
            yield sentence.kandidat("förfarande", name, 0.9 if own else 0.3)
    for pair in text.labelled:
        if re.fullmatch(r"\s*(?:upphandlingsform|upphandlingsförfarande|förfarande|förfarandetyp|typ\s+av\s+förfarande)\s*",
                        pair.label, re.IGNORECASE):
            for name, pattern in _PROCEDURE.items():
                if pattern.search(pair.value) or pair.value.strip().lower() == name:
                    yield pair.kandidat("förfarande", name, 0.9)


def _regimes(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        for field_name, value, pattern in _PLACINGS:
            found = pattern.search(sentence.text)
            if not found:
                continue
            own = _OWN_REGIME.search(sentence.text[:found.start()]) and not NEGATION.search(sentence.text[:found.start()])
            yield sentence.kandidat(field_name, value, 0.85 if own else 0.3)


def _call_offs(text: Text) -> Iterator[Kandidat]:
    mentioned: dict[str, list[Kandidat]] = {}
    for sentence in text.sentences:
        for name, pattern in _CALL_OFF.items():
            for found in pattern.finditer(sentence.text):
                before = sentence.text[max(0, found.start() - 160):found.start()]
                own = bool(_OWN_CALL_OFF.search(before)) or (sentence.block.kind == "rubrik")
                confidence = 0.9 if own and not NEGATION.search(before[-40:]) else 0.5
                mentioned.setdefault(name, []).append(sentence.kandidat("avropsform", name, confidence))
                break
    # Several kinds named, none of them as this call-off's: a guide or a framework's terms, not a call-off.
    for candidates in mentioned.values():
        if len(mentioned) == 1 and len(candidates) >= 2:
            candidates = [Kandidat(c.fält, c.värde, c.källa, max(c.säkerhet, 0.85)) for c in candidates]
        yield from candidates


def _kinds(text: Text) -> Iterator[Kandidat]:
    for sentence in text.sentences:
        for kind, pattern in _KIND_OF_PURCHASE.items():
            if pattern.search(sentence.text):
                yield sentence.kandidat("upphandlingsslag", kind, 0.85)
