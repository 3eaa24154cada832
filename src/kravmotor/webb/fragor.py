"""The guided form: the questions the rules need, asked in the procurer's words, over the underlag's data.

Each question names the field it answers (`väg`); the help text is the model's
own description of that field unless the question says it better; the choices
are the model's. Every question can be answered "vet inte": the answer becomes
the `OKÄNT` marker in the data, and `Ärende.document_data` turns every marker
into a declared unknown (`okända_uppgifter`), so a rule that needs the fact says
*underlag saknas* instead of passing.

A question about a requirement in a list (`lista`, `typ`) is about the first
element of that kind: "finns" adds or removes it; its fields are asked below it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from decimal import Decimal
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..formatting import format_number
from ..model.dokument import Förfrågningsunderlag
from ..model.loading import strip_type
from ..model.typeforms import is_union
from ..values import Span

Slag = Literal["text", "val", "datum", "belopp", "heltal", "janej", "cpv", "antal", "finns"]


class _Unknown:
    """The answer "vet inte": a value nobody knows. One instance; it never leaves the web layer."""

    def __repr__(self) -> str:
        return "OKÄNT"

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self  # one instance, so that `is OKÄNT` holds in copies of the data too


OKÄNT = _Unknown()
VET_INTE = "vet inte"


@dataclass(frozen=True)
class Fråga:
    text: str
    väg: str  # the field: "regim", "uppskattat_värde.totalt"; inside a list element, relative to it ("belopp")
    slag: Slag
    avsnitt: str
    hjälp: str | None = None  # otherwise the model's description of the field
    lista: str | None = None  # "kvalificeringskrav": the question is about its first element of `typ`
    typ: str | None = None
    under: str | None = None  # the key of the question this one belongs to ("finns" of the requirement)
    läses_som: str | None = None  # the document reader's field that answers it (lasning.extract FIELDS)
    nyckel: str = ""
    namnger: bool = False  # names the underlag (title, buyer): no rule reads it, so it is asked without "vet inte"

    @property
    def path(self) -> str:
        """The field as a reader sees it: "kvalificeringskrav[omsättning].belopp"."""
        if self.lista:
            return f"{self.lista}[{self.typ}]" + (f".{self.väg}" if self.väg else "")
        return self.väg


def _q(*args, **kwargs) -> Fråga:
    return Fråga(*args, **kwargs)


_SECTIONS = ["Upphandlingen", "Värde och tidsfrister", "Delkontrakt", "Ramavtal", "Kvalificeringskrav", "Tekniska specifikationer",
             "Kontraktsvillkor", "Behövlighet, utförande och reservation", "Seriositet och uppföljning", "Beredskap"]

_QUESTIONS = [
    _q("Vad heter upphandlingen?", "titel", "text", "Upphandlingen", hjälp="Upphandlingens namn, som i annonsen.",
       namnger=True),
    _q("Vilken myndighet upphandlar?", "upphandlande_myndighet.namn", "text", "Upphandlingen",
       hjälp="Den upphandlande myndighetens namn.", namnger=True),
    _q("Vilket slags myndighet är det?", "upphandlande_myndighet.typ", "val", "Upphandlingen",
       hjälp="Slag av upphandlande myndighet; avgör bl.a. vilket tröskelvärde som gäller."),
    _q("Enligt vilken lag görs upphandlingen?", "lagrum", "val", "Upphandlingen", läses_som="lagrum",
       hjälp="LOU, LUF (försörjningssektorerna), LUK (koncessioner) eller LOV (valfrihetssystem)."),
    _q("Är upphandlingen över eller under tröskelvärdet?", "regim", "val", "Upphandlingen",
       hjälp="Direktivstyrd betyder över EU:s tröskelvärde; 19 kap. under det."),
    _q("Vilket förfarande används?", "förfarande", "val", "Upphandlingen", läses_som="förfarande",
       hjälp="Upphandlingsförfarandet, som det anges i annonsen."),
    _q("Vad upphandlas?", "upphandlingsslag", "val", "Upphandlingen", läses_som="upphandlingsslag",
       hjälp="Varor, tjänster eller byggentreprenad."),
    _q("Vilka CPV-koder har upphandlingen?", "cpv_koder", "cpv", "Upphandlingen",
       hjälp="En eller flera koder med åtta siffror, åtskilda med komma, t.ex. 90911200-8."),

    _q("Vad är det uppskattade värdet?", "uppskattat_värde.totalt", "belopp", "Värde och tidsfrister",
       läses_som="uppskattat_värde.totalt"),
    _q("Hur lång är avtalets grundperiod, i månader?", "avtalstid.grundperiod_månader", "heltal",
       "Värde och tidsfrister", läses_som="avtalstid.grundperiod_månader",
       hjälp="Avtalets grundperiod i månader, utan förlängningar."),
    _q("Hur många månaders förlängning kan avropas?", "avtalstid.förlängning_månader", "heltal",
       "Värde och tidsfrister", hjälp="Alla förlängningsoptioner tillsammans, i månader.",
       läses_som="avtalstid.förlängning_månader"),
    _q("Vilken dag skickas annonsen för publicering?", "annonseringsdatum", "datum", "Värde och tidsfrister",
       läses_som="annonseringsdatum", hjälp="Tidsfristerna och de belopp som gäller räknas från denna dag."),
    _q("Vilken är sista dag för att lämna anbud?", "sista_anbudsdag", "datum", "Värde och tidsfrister",
       läses_som="sista_anbudsdag", hjälp="Anbudstiden räknas från annonseringsdagen till denna dag."),
    _q("Vilken är sista dag för anbudsansökan?", "sista_ansökningsdag", "datum", "Värde och tidsfrister",
       hjälp="I selektivt och förhandlat förfarande: sista dag att ansöka om att få lämna anbud."),
    _q("Vilken dag skickas inbjudan att lämna anbud?", "inbjudan_att_lämna_anbud", "datum", "Värde och tidsfrister",
       hjälp="I selektivt och förhandlat förfarande: anbudstiden räknas från denna dag till sista dag för anbud."),
    _q("Lämnas anbuden elektroniskt?", "elektronisk_anbudsgivning", "janej", "Värde och tidsfrister",
       hjälp="Om anbud lämnas elektroniskt, t.ex. i ett upphandlingssystem; det kortar den lägsta anbudstiden."),
    _q("Har en förhandsannons publicerats?", "förhandsannons", "janej", "Värde och tidsfrister"),
    _q("Åberopas brådska?", "brådskande", "janej", "Värde och tidsfrister"),

    _q("Hur många delkontrakt har upphandlingen?", "delkontrakt", "antal", "Delkontrakt",
       hjälp="0 om kontraktet inte delas upp.", läses_som="antal_delkontrakt"),
    _q("Varför delas kontraktet inte upp?", "skäl_mot_uppdelning", "text", "Delkontrakt",
       hjälp="Skälen som de står i upphandlingsdokumenten, om kontraktet inte delas upp i delkontrakt."),

    # Unanswered, a framework agreement's facts are unknown (`ramavtalet` is a fact); answered in part, what is
    # left unanswered is what the documents do not state, as for a field written in a file.
    _q("Leder upphandlingen till ett ramavtal?", "ramavtal", "janej", "Ramavtal", läses_som="ramavtal",
       hjälp="Ja om upphandlingen leder till ett ramavtal som kontrakt sedan avropas från."),
    _q("Vilket högsta värde får avropas under ramavtalet?", "ramavtalet.högsta_värde", "belopp", "Ramavtal"),
    _q("Vilken högsta kvantitet får avropas, om den anges i stället för ett värde?", "ramavtalet.högsta_kvantitet",
       "text", "Ramavtal"),
    _q("Hur tilldelas kontrakt under ramavtalet?", "ramavtalet.avropsordning", "val", "Ramavtal"),
    _q("Hur stort är det högsta sammanlagda värdet av kontrakt som löper samtidigt?",
       "ramavtalet.högsta_samtidiga_värde", "belopp", "Ramavtal"),

    _q("Ställs krav på lägsta årsomsättning?", "", "finns", "Kvalificeringskrav", lista="kvalificeringskrav",
       typ="omsättning", läses_som="omsättning.belopp",
       hjälp="Ett kvalificeringskrav på att leverantören har haft minst en viss årsomsättning."),
    _q("Vilken årsomsättning krävs?", "belopp", "belopp", "Kvalificeringskrav", lista="kvalificeringskrav",
       typ="omsättning", läses_som="omsättning.belopp"),
    _q("För hur många räkenskapsår?", "antal_år", "heltal", "Kvalificeringskrav", lista="kvalificeringskrav",
       typ="omsättning", läses_som="omsättning.antal_år"),
    _q("Krävs referensuppdrag?", "", "finns", "Kvalificeringskrav", lista="kvalificeringskrav",
       typ="referensuppdrag", läses_som="referensuppdrag.antal",
       hjälp="Ett kvalificeringskrav på att leverantören visar tidigare uppdrag som liknar det som upphandlas."),
    _q("Hur många referensuppdrag?", "antal", "heltal", "Kvalificeringskrav", lista="kvalificeringskrav",
       typ="referensuppdrag", läses_som="referensuppdrag.antal"),
    _q("Hur många år bakåt får uppdragen ligga?", "tidsperiod_år", "heltal", "Kvalificeringskrav",
       lista="kvalificeringskrav", typ="referensuppdrag"),
    _q("Krävs en kreditupplysning?", "", "finns", "Kvalificeringskrav", lista="kvalificeringskrav",
       typ="kreditupplysning", läses_som="kreditupplysning.lägsta_riskklass",
       hjälp="Ett kvalificeringskrav på leverantörens ekonomiska ställning enligt ett kreditupplysningsföretag."),
    _q("Lägsta godtagbara riskklass?", "lägsta_riskklass", "heltal", "Kvalificeringskrav", lista="kvalificeringskrav",
       typ="kreditupplysning", läses_som="kreditupplysning.lägsta_riskklass"),
    _q("Får leverantören visa sin ekonomiska ställning på annat sätt?", "annan_bevisning_godtas", "janej",
       "Kvalificeringskrav", lista="kvalificeringskrav", typ="kreditupplysning",
       läses_som="kreditupplysning.annan_bevisning_godtas"),

    _q("Hänvisar specifikationen till ett varumärke eller fabrikat?", "", "finns", "Tekniska specifikationer",
       lista="tekniska_specifikationer", typ="varumärke", läses_som="varumärken",
       hjälp="En hänvisning till ett visst varumärke, fabrikat eller ursprung i kravspecifikationen."),
    _q("Vilket varumärke eller fabrikat?", "hänvisning_namn", "text", "Tekniska specifikationer",
       lista="tekniska_specifikationer", typ="varumärke", hjälp="Namnet som det står i specifikationen."),
    _q("Följs hänvisningen av orden ”eller likvärdigt”?", "eller_likvärdigt", "janej", "Tekniska specifikationer",
       lista="tekniska_specifikationer", typ="varumärke"),

    _q("Ställs arbetsrättsliga villkor (lön, semester, arbetstid)?", "särskilda_kontraktsvillkor.arbetsrättsliga_villkor",
       "finns", "Kontraktsvillkor", läses_som="arbetsrättsliga_villkor",
       hjälp="Villkor om lön, semester och arbetstid enligt 17 kap. 2–5 §§ LOU."),
    _q("Villkor om lön?", "särskilda_kontraktsvillkor.arbetsrättsliga_villkor.lön", "janej", "Kontraktsvillkor"),
    _q("Villkor om semester?", "särskilda_kontraktsvillkor.arbetsrättsliga_villkor.semester", "janej",
       "Kontraktsvillkor"),
    _q("Villkor om arbetstid?", "särskilda_kontraktsvillkor.arbetsrättsliga_villkor.arbetstid", "janej",
       "Kontraktsvillkor"),
    _q("Ställs sysselsättningskrav?", "särskilda_kontraktsvillkor.sysselsättningskrav", "finns", "Kontraktsvillkor", läses_som="sysselsättningskrav",
       hjälp="Kontraktsvillkor om att leverantören ska erbjuda anställning eller praktik."),
    _q("Hur lyder villkoret?", "särskilda_kontraktsvillkor.sysselsättningskrav.beskrivning", "text", "Kontraktsvillkor"),
    _q("Finns villkor om underleverantörer?", "särskilda_kontraktsvillkor.underleverantörsvillkor", "finns",
       "Kontraktsvillkor", läses_som="underleverantörsvillkor",
       hjälp="T.ex. att underleverantörer ska namnges, begränsning av antalet led eller rätt till insyn."),
    _q("Ska underleverantörerna namnges?", "särskilda_kontraktsvillkor.underleverantörsvillkor.ska_namnges", "janej",
       "Kontraktsvillkor"),
    _q("Har myndigheten rätt till insyn hos underleverantörerna?",
       "särskilda_kontraktsvillkor.underleverantörsvillkor.rätt_till_insyn", "janej", "Kontraktsvillkor"),
    _q("Gäller villkoren i alla led?", "särskilda_kontraktsvillkor.underleverantörsvillkor.gäller_alla_led", "janej",
       "Kontraktsvillkor"),
    _q("Finns sanktioner (vite, hävning)?", "särskilda_kontraktsvillkor.sanktioner", "finns", "Kontraktsvillkor",
       läses_som="sanktioner.vite"),
    _q("Kan vite utgå?", "särskilda_kontraktsvillkor.sanktioner.vite", "janej", "Kontraktsvillkor"),
    _q("Kan avtalet hävas vid kontraktsbrott?", "särskilda_kontraktsvillkor.sanktioner.hävning", "janej",
       "Kontraktsvillkor", läses_som="sanktioner.hävning"),

    _q("Finns det risk för oskäliga arbetsvillkor hos dem som utför kontraktet?",
       "behövlighetsbedömning.risk_för_oskäliga_arbetsvillkor", "janej", "Behövlighet, utförande och reservation"),
    _q("Kan villkor om lön, semester och arbetstid fastställas?", "behövlighetsbedömning.villkor_kan_fastställas",
       "janej", "Behövlighet, utförande och reservation"),
    _q("Är kontraktet personalintensivt?", "utförande.personalintensivt", "janej",
       "Behövlighet, utförande och reservation"),
    _q("Ungefär hur många personer utför kontraktet?", "utförande.antal_personer", "heltal",
       "Behövlighet, utförande och reservation"),
    _q("Är deltagandet reserverat?", "reservation", "finns", "Behövlighet, utförande och reservation",
       hjälp="Om bara vissa leverantörer får delta, t.ex. skyddade verkstäder eller idéburna organisationer."),
    _q("Vilken reservation används?", "reservation.slag", "val", "Behövlighet, utförande och reservation"),
    _q("Anges reservationen i annonsen?", "reservation.angiven_i_annonsen", "janej",
       "Behövlighet, utförande och reservation"),

    _q("Kontrolleras de obligatoriska uteslutningsgrunderna?", "uteslutningsgrunder.obligatoriska_kontrolleras",
       "janej", "Seriositet och uppföljning"),
    _q("Får en leverantör visa självrättelse?", "uteslutningsgrunder.självrättelse_medges", "janej",
       "Seriositet och uppföljning"),
    _q("Begärs en förklaring av onormalt låga anbud?", "onormalt_låga_anbud.förklaring_begärs", "janej",
       "Seriositet och uppföljning"),
    _q("Finns en plan för att följa upp avtalet?", "avtalsuppföljning", "finns", "Seriositet och uppföljning",
       hjälp="Hur myndigheten kontrollerar att leverantören håller vad avtalet lovar, under avtalstiden."),
    _q("Hur följs avtalet upp?", "avtalsuppföljning.beskrivning", "text", "Seriositet och uppföljning"),
    _q("Hur ofta?", "avtalsuppföljning.frekvens", "text", "Seriositet och uppföljning"),
    _q("Vem ansvarar för uppföljningen?", "avtalsuppföljning.ansvarig", "text", "Seriositet och uppföljning"),
    _q("Används Ekobrottsmyndighetens checklista när avtalet börjar?", "avtalsuppföljning.ebm_checklista_vid_start",
       "janej", "Seriositet och uppföljning"),
    _q("Används checklistan under avtalstiden?", "avtalsuppföljning.ebm_checklista_löpande", "janej",
       "Seriositet och uppföljning"),

    _q("Gäller upphandlingen samhällsviktig verksamhet?", "beredskap.samhällsviktig_verksamhet", "janej", "Beredskap"),
    _q("Är avtalet kritiskt för verksamheten vid kris?", "beredskap.kritiskt_avtal", "janej", "Beredskap"),
]

def _key(path: str) -> str:
    """A question's name in the form, from its field: "kvalificeringskrav[omsättning].belopp" → "kvalificeringskrav-omsättning-belopp"."""
    return re.sub(r"\W+", "-", path).strip("-")


def _parent(question: Fråga) -> str | None:
    """The "finns" question a field belongs to: the requirement or the condition it is a part of."""
    return next((_key(p.path) for p in _QUESTIONS if p.slag == "finns" and question.path.startswith(p.path + ".")), None)


QUESTIONS: list[Fråga] = [Fråga(**{**q.__dict__, "nyckel": _key(q.path), "under": _parent(q)}) for q in _QUESTIONS]
BY_KEY = {q.nyckel: q for q in QUESTIONS}
SECTIONS = [(name, [q for q in QUESTIONS if q.avsnitt == name]) for name in _SECTIONS]

# A new element of a list needs the fields the model requires of it.
_NEW_ELEMENT: dict[tuple[str, str | None], dict[str, str]] = {
    ("kvalificeringskrav", "omsättning"): {"typ": "omsättning"},
    ("kvalificeringskrav", "referensuppdrag"): {"typ": "referensuppdrag"},
    ("kvalificeringskrav", "kreditupplysning"): {"typ": "kreditupplysning"},
    ("tekniska_specifikationer", "varumärke"): {"hänvisning": "varumärke", "beskrivning": "Hänvisning till varumärke"},
}
_ELEMENT_KIND = {"kvalificeringskrav": "typ", "tekniska_specifikationer": "hänvisning"}


# --- The model's words: help texts and choices ------------------------------------------------


@cache  # the model does not change while the server runs; the page asks each question's often
def model_field(question: Fråga) -> FieldInfo | None:
    """The pydantic FieldInfo the question answers, or None."""
    model: Any = Förfrågningsunderlag
    parts = question.väg.split(".") if question.väg else []
    if question.lista:
        listed = Förfrågningsunderlag.model_fields[question.lista]
        element = _list_item(listed.annotation)
        model = _member(element, question.typ, _ELEMENT_KIND[question.lista])
        if not parts:
            return listed
    info = None
    for part in parts:
        if not (isinstance(model, type) and issubclass(model, BaseModel)) or part not in model.model_fields:
            return None
        info = model.model_fields[part]
        model = strip_type(info.annotation)
    return info


@cache
def help_text(question: Fråga) -> str | None:
    """The model's description of the field; the question's own words where the model has none."""
    info = model_field(question)
    return (info.description if info is not None else None) or question.hjälp


@cache
def choices(question: Fråga) -> tuple[str, ...]:
    info = model_field(question)
    if info is None:
        return ()
    tp = strip_type(info.annotation)
    return tuple(str(c) for c in get_args(tp)) if get_origin(tp) is Literal else ()


def _list_item(tp: Any) -> Any:
    tp = strip_type(tp)
    return strip_type(get_args(tp)[0]) if get_origin(tp) is list else tp


def _member(tp: Any, tag: str | None, field: str) -> Any:
    """The union member whose `field` is `tag` (Omsättningskrav for typ=omsättning), or the model itself."""
    members = get_args(tp) if is_union(tp) else (tp,)
    for member in members:
        if isinstance(member, type) and issubclass(member, BaseModel) and field in member.model_fields:
            kinds = get_args(strip_type(member.model_fields[field].annotation))
            if tag in kinds and (len(kinds) == 1 or len(members) == 1):
                return member
    return members[0]


# --- Reading and writing answers in the data --------------------------------------------------


def element_index(data: dict, question: Fråga) -> int | None:
    """The index of the first element of the question's kind in its list, or None."""
    items = data.get(question.lista)
    if question.lista is None or not isinstance(items, list):
        return None
    kind = _ELEMENT_KIND[question.lista]
    return next((i for i, item in enumerate(items) if isinstance(item, dict) and item.get(kind) == question.typ), None)


def concrete_path(data: dict, question: Fråga) -> str | None:
    """The field's path in this document ("kvalificeringskrav[0].belopp"), None when its element does not exist."""
    if not question.lista:
        return question.väg
    index = element_index(data, question)
    if index is None:
        return None
    return f"{question.lista}[{index}]" + (f".{question.väg}" if question.väg else "")


def current(data: dict, question: Fråga) -> Any:
    """What the data says now: a value, OKÄNT, or None (not stated). For "finns": True, False, OKÄNT or None."""
    if question.slag == "finns":
        if question.lista:
            if data.get(question.lista) is OKÄNT:
                return OKÄNT
            return element_index(data, question) is not None
        value = _get(data, question.väg)
        return value if value is OKÄNT else (value is not None)
    if question.lista:
        index = element_index(data, question)
        if index is None:
            return None
        return _get(data[question.lista][index], question.väg)
    value = _get(data, question.väg)
    if question.slag == "antal" and isinstance(value, list):
        return len(value)
    if value is None:  # not stated: what the model takes it to be, if it takes it to be anything
        info = model_field(question)
        default = info.default if info is not None else None
        return default if isinstance(default, (bool, str)) else None
    return value


def shown(value: Any, question: Fråga) -> str:
    """A value as the form's input shows it."""
    if value is None:
        return ""
    if value is OKÄNT:
        return VET_INTE
    if question.slag == "cpv" and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if question.slag == "belopp" and isinstance(value, (int, float, Decimal)):
        return format_number(value)
    if question.slag == "belopp" and isinstance(value, Span):
        return f"{format_number(value.low)}–{format_number(value.high)}"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class AnswerError(ValueError):
    """An answer that cannot be the field's value; the message is shown at the field."""


def parse(question: Fråga, raw: str) -> Any:
    """The value an answer means: OKÄNT for "vet inte", None for no answer."""
    raw = raw.strip()
    if raw == VET_INTE:
        return OKÄNT
    if not raw:
        return None
    if question.slag in ("janej", "finns"):
        if raw not in ("ja", "nej"):
            raise AnswerError("svara ja, nej eller vet inte")
        return raw == "ja"
    if question.slag == "val":
        allowed = choices(question)
        if raw not in allowed:
            raise AnswerError("välj ett av alternativen")
        return raw
    if question.slag == "datum":
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise AnswerError("ange ett datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-02") from None
    if question.slag == "belopp":
        return _amount(raw)
    if question.slag in ("heltal", "antal"):
        if not re.fullmatch(r"\d{1,6}", raw.replace(" ", "")):
            raise AnswerError("ange ett heltal, t.ex. 3")
        return int(raw.replace(" ", ""))
    if question.slag == "cpv":
        codes = [c for c in re.split(r"[,;\s]+", raw) if c]
        wrong = [c for c in codes if not re.fullmatch(r"\d{8}(-\d)?", c)]
        if wrong:
            raise AnswerError(f"”{wrong[0]}” är ingen CPV-kod; ange åtta siffror, t.ex. 90911200-8")
        return codes
    return raw


def _amount(raw: str) -> Decimal | Span:
    """An amount in kronor, or a span "2 000 000–3 000 000" when it is known only roughly."""
    from ..fritext.tal import number, sek_amounts

    low, dash, high = re.sub(r"\s+[-–]\s+|(?<=\d)[–](?=\d)", "–", raw).partition("–")
    if dash:
        bounds = _amount(low), _amount(high)
        if not bounds[0] < bounds[1]:
            raise AnswerError("i ett spann ska det lägre beloppet stå först, t.ex. 2 000 000–3 000 000")
        return Span(*bounds)
    value = number(raw.removesuffix(":-").strip())
    if value is None:
        found = sek_amounts(raw)
        value = found[0] if len(found) == 1 else None
    if value is None or value < 0:
        raise AnswerError("ange beloppet i kronor exklusive moms, t.ex. 2 500 000 eller 2,5 mkr, "
                          "eller ett spann som 2 000 000–3 000 000")
    return value


def apply(data: dict, question: Fråga, value: Any) -> None:
    """Write one answer into the data (None: no answer, the field is left out)."""
    if question.slag == "finns":
        _apply_presence(data, question, value)
        return
    if question.lista:
        index = element_index(data, question)
        if index is None:
            return  # the requirement is not there (answered nej or vet inte above): nothing to fill in
        _set(data[question.lista][index], question.väg, value)
        return
    if question.slag == "antal":
        _apply_count(data, question.väg, value)
        return
    _set(data, question.väg, value)


def _apply_presence(data: dict, question: Fråga, value: Any) -> None:
    if question.lista:
        items = data.get(question.lista)
        if value is OKÄNT:
            data[question.lista] = OKÄNT  # unknown which requirements there are: the whole list is unknown
            return
        if items is OKÄNT:
            if value is None:
                return
            items = data[question.lista] = []
        items = items if isinstance(items, list) else []
        kind = _ELEMENT_KIND[question.lista]
        if value is False:
            data[question.lista] = [i for i in items if not (isinstance(i, dict) and i.get(kind) == question.typ)]
        elif value is True and element_index(data, question) is None:
            data[question.lista] = [*items, dict(_NEW_ELEMENT[(question.lista, question.typ)])]
        return
    existing = _get(data, question.väg)
    if value is OKÄNT or value is False or value is None:
        _set(data, question.väg, OKÄNT if value is OKÄNT else None)
    elif not isinstance(existing, dict):
        _set(data, question.väg, {})


def _apply_count(data: dict, path: str, value: Any) -> None:
    if value is None or value is OKÄNT:
        _set(data, path, value)
        return
    existing = found if isinstance(found := data.get(path), list) else []
    data[path] = existing[:value] + [{"namn": f"Delkontrakt {i}"} for i in range(len(existing) + 1, value + 1)]


def _get(node: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def _set(node: dict, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        child = node.get(part)
        if not isinstance(child, dict):
            if value is None:
                return  # nothing to remove below a part that is not there
            child = node[part] = {}
        node = child
    if value is None:
        node.pop(last, None)
    else:
        node[last] = value
