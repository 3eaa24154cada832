"""Dates: when the procurement was published or sent out, and the last day for tenders."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...fritext.datum import dates_at
from ..enheter import Text
from ..kalla import Kandidat
from .monster import after_trigger

FÄLT = ("annonseringsdatum", "sista_anbudsdag")

_DEADLINE = re.compile(
    r"sista\s+(?:dag(?:en)?|datum|tidpunkt)\s+(?:för\s+)?(?:att\s+)?(?:lämna|lämnande\s+av|inlämning\s+av|inkomma\s+med|"
    r"besvara|skicka\s+in)?\s*(?:in\s+)?(?:ett\s+)?(?:anbud(?:et|en)?|avropssvar(?:et|en)?|avrop(?:et)?|svar(?:et)?|offert(?:en)?)"
    r"(?![\wåäö])"
    r"|sista\s+(?:anbudsdag|anbudsdatum|svarsdag|svarsdatum|dag\s+för\s+anbud)(?:en)?"
    r"|anbudstiden?\s+(?:går\s+ut|löper\s+ut|utgår|slutar|upphör)|anbudstidens\s+(?:utgång|slut)"
    r"|(?:anbud(?:et|en)?|avropssvar(?:et|en)?|svar(?:et)?|offert(?:en)?)\s+(?:ska|skall|måste)\s+"
    r"(?:vara\s+\w+\s+tillhanda|ha\s+inkommit|vara\s+inkomm\w*|lämnas\s+in|lämnas|ha\s+kommit\s+in|inkomma|"
    r"skickas\s+in|vara\s+inlämnad\w*|ha\s+lämnats)[^.]{0,60}?senast",
    re.IGNORECASE,
)
_NOT_DEADLINE = re.compile(r"frågor|fråga|giltig|tilldelning|intervju|avtalsstart|kontraktsstart|kompletter|presentation",
                           re.IGNORECASE)
_PUBLISHED = re.compile(
    r"\bpublicerad(?:es)?\b|publiceringsdatum|annonseringsdatum|annonsdatum|\bannonserad(?:es)?\b"
    r"|datum\s+för\s+(?:annonsering|publicering|utskick)"
    r"|(?:avropsförfrågan|anbudsförfrågan|förfrågan|upphandlingen|avropet)\s+(?:skickas|skickades|skickad|publiceras|"
    r"publicerades|annonseras|annonserades)(?:\s+ut)?"
    r"|utskick\s+av\s+(?:avrops|anbuds)?förfrågan|utskicksdatum",
    re.IGNORECASE,
)
_NOT_PUBLISHED = re.compile(r"tilldelning|frågor|senast|avtalsstart|kontraktsstart", re.IGNORECASE)


def _dates(sentence: str):
    return dates_at(sentence)


def kandidater(text: Text) -> Iterator[Kandidat]:
    yield from after_trigger(text, "sista_anbudsdag", _DEADLINE, _dates, _NOT_DEADLINE)
    yield from after_trigger(text, "annonseringsdatum", _PUBLISHED, _dates, _NOT_PUBLISHED, reach=40)
