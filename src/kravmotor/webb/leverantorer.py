"""Leverantörer: screen suppliers from their files or from a form, see the risk level, signals, exclusion grounds and
the subcontractor chain. Screening is the CLI's (`checks.screen_files`, `checks.screen_supplier`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..errors import InputError, Location, Problem
from ..model.leverantor import FACTS, Källtyp, Leverantör
from ..model.subjects import SUPPLIER
from ..sources.registry import suffixes
from .arende import display_name, renamed
from .granska import attachment
from .fragor import strip_type
from .sakerhet import session_of

KEY = "leverantörer"
SUFFIXES = suffixes(SUPPLIER.name)  # the input registry's supplier files
DOWNLOADS = {"rapport.json": ("json", "application/json; charset=utf-8"),
             "rapport.sarif": ("sarif", "application/sarif+json; charset=utf-8"),
             "rapport.txt": ("text", "text/plain; charset=utf-8")}
# How the form asks for a fact; a fact not here is one the form does not ask (a list: upload a file for it).
LABELS = {
    "bolagsform": "Bolagsform", "registreringsdatum": "Registreringsdatum", "status": "Status",
    "f_skatt": "Godkänd för F-skatt", "momsregistrerad": "Momsregistrerad", "arbetsgivarregistrerad": "Registrerad som arbetsgivare",
    "antal_anställda": "Antal anställda", "betalningsanmärkningar": "Antal betalningsanmärkningar",
    "verklig_huvudman_registrerad": "Verklig huvudman registrerad", "adressen_stämmer": "Uppgiven adress stämmer med registrerad",
    "företag_på_adressen": "Antal företag på samma adress", "verksamhetslokal": "Har en verksamhetslokal",
    "telefonnummer": "Telefonnummer", "företag_med_liknande_namn": "Antal företag med liknande namn",
    "revisorsbyten": "Revisorsbyten de senaste tre åren", "årsredovisning_i_tid": "Senaste årsredovisningen kom in i tid",
}
NOT_FETCHED, SOURCE_HAS_NONE = "", "saknas i källan"


@dataclass(frozen=True)
class Fact:
    name: str
    label: str
    kind: str  # janej, val, datum, heltal, text
    choices: tuple[str, ...] = ()
    help: str | None = None


def _facts() -> list[Fact]:
    facts = []
    for name in FACTS:
        if name not in LABELS:
            continue
        info = Leverantör.model_fields[name]
        value_type = strip_type(strip_type(info.annotation).model_fields["värde"].annotation)
        kind = ("janej" if value_type is bool else "datum" if value_type is dt.date else "heltal" if value_type is int
                else "val" if get_origin(value_type) is Literal else "text")
        facts.append(Fact(name, LABELS[name], kind, tuple(get_args(value_type)) if kind == "val" else (), info.description))
    return facts


FORM_FACTS = _facts()
SOURCES = get_args(Källtyp)


@dataclass
class Screenings:
    run: Any = None  # rapport.screening.ScreeningRun
    form: dict[str, Any] = field(default_factory=dict)  # the form's last answers, kept when it has errors
    errors: dict[str, str] = field(default_factory=dict)


def _state(request: Request) -> Screenings:
    return session_of(request).state.setdefault(KEY, Screenings())


def _webb(request: Request):
    return request.app.state.webb


async def page(request: Request, status_code: int = 200, upload_problems=None):
    webb = _webb(request)
    state = _state(request)
    case = session_of(request).state.get("ärende")
    return webb.page(request, "leverantorer.html", status_code=status_code, active="leverantorer", state=state,
                     facts=FORM_FACTS, sources=SOURCES, today=dt.date.today().isoformat(), settings=webb.settings,
                     case=case if case is not None and case.document is not None else None,
                     upload_problems=upload_problems or [], downloads=DOWNLOADS, NOT_FETCHED=NOT_FETCHED,
                     SOURCE_HAS_NONE=SOURCE_HAS_NONE,
                     labels={"organisationsnummer": "Organisationsnummer", "namn": "Namn", **LABELS})


def _procurement(request: Request, form) -> Any:
    case = session_of(request).state.get("ärende")
    return case.document if form.get("mot_underlag") and case is not None else None


def _run(state: Screenings):
    from ..rapport.screening import ScreeningRun

    if state.run is None:
        state.run = ScreeningRun()
    return state.run


async def upload(request: Request):
    webb = _webb(request)
    session = session_of(request)
    form = await webb.form(request)
    files = [f for f in form.getlist("filer") if hasattr(f, "filename") and f.filename]
    problems = []
    if not files:
        problems.append(Problem(Location("uppladdningen"), "välj minst en leverantörsfil (YAML eller JSON)"))
    saved = []
    for i, upload_ in enumerate(files):
        name = display_name(upload_.filename, f"fil {i + 1}")
        suffix = Path(name).suffix.lower()
        if suffix not in SUFFIXES:
            problems.append(Problem(Location(name), "en leverantörsfil är YAML (.yaml, .yml) eller JSON (.json)"))
            continue
        path = session.new_file(suffix)
        path.write_bytes(await upload_.read())
        saved.append((path, name))
    await form.close()
    if problems and not saved:
        return await page(request, 400, problems)
    from ..checks import screen_files

    try:
        day = _day(form.get("datum"))
        screened = await run_in_threadpool(screen_files, [p for p, _ in saved], webb.screener, day=day,
                                           procurement=_procurement(request, form), masked=bool(form.get("maskera")))
    except InputError as error:
        return await page(request, 400, error.problems)
    finally:
        for path, _ in saved:
            path.unlink(missing_ok=True)
    names = {str(p): n for p, n in saved}
    for screening in screened.screenings:
        for s in screening.all():
            s.file = names.get(s.file, s.file)
            for f in s.findings:
                f.fil = names.get(f.fil, f.fil)
    for path, name in saved:
        renamed(screened.problems, path, name)
    run = _run(_state(request))
    run.screenings.extend(screened.screenings)
    run.problems.extend(screened.problems + problems)
    return RedirectResponse("/leverantorer#resultat", status_code=303)


async def from_form(request: Request):
    webb = _webb(request)
    form = await webb.form(request)
    state = _state(request)
    answers = {k: v for k, v in form.items() if isinstance(v, str)}
    state.form, state.errors = answers, {}
    try:
        day = _day(answers.get("datum"))
        data = _supplier_data(answers, state.errors)
        from ..model.loading import validate_supplier

        supplier = validate_supplier(data, "formuläret")
    except InputError as error:
        for problem in error.problems:
            where = (problem.location.field_path or "").split(".")[0] or "formuläret"
            state.errors.setdefault(where, problem.message)
    if state.errors:
        return await page(request, 400)
    from ..checks import screen_supplier

    screening = await run_in_threadpool(screen_supplier, supplier, webb.screener, day=day,
                                        procurement=_procurement(request, form), masked=bool(form.get("maskera")),
                                        file="formuläret")
    _run(state).screenings.append(screening)
    state.form = {}
    return RedirectResponse("/leverantorer#resultat", status_code=303)


def _supplier_data(answers: dict[str, str], errors: dict[str, str]) -> dict[str, Any]:
    """The form as a supplier file: a fact left blank is not fetched; "saknas i källan" is fetched and empty."""
    data: dict[str, Any] = {"organisationsnummer": answers.get("organisationsnummer", "").strip(),
                            "namn": answers.get("namn", "").strip()}
    for fact in FORM_FACTS:
        raw = (answers.get(f"{fact.name}-text", "") or answers.get(fact.name, "")).strip()
        if raw == NOT_FETCHED:
            continue
        source = answers.get(f"{fact.name}-källa", "")
        fetched = answers.get(f"{fact.name}-hämtad", "")
        value: Any = None
        if raw != SOURCE_HAS_NONE:
            if fact.kind == "janej":
                value = raw == "ja"
            elif fact.kind == "heltal":
                if not raw.isdigit():
                    errors[fact.name] = "ange ett heltal"
                    continue
                value = int(raw)
            else:
                value = raw
        data[fact.name] = {"värde": value, "källa": source, "hämtad": fetched}
    return data


def _day(raw: Any) -> dt.date:
    if not raw:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(str(raw))
    except ValueError:
        raise InputError([Problem(Location("granskningsdag"), "ange dagen som ÅÅÅÅ-MM-DD")]) from None


async def clear(request: Request):
    await _webb(request).form(request)
    session_of(request).state.pop(KEY, None)
    return RedirectResponse("/leverantorer", status_code=303)


async def download(request: Request):
    webb = _webb(request)
    name = request.path_params["name"]
    if name not in DOWNLOADS:
        raise HTTPException(404)
    state = _state(request)
    if state.run is None or not (state.run.screenings or state.run.problems):
        raise HTTPException(409, "Det finns inga granskade leverantörer att ladda ner.")
    from ..checks import render_screening

    fmt, media = DOWNLOADS[name]
    return Response(render_screening(state.run, fmt, webb.rulebook), media_type=media,
                    headers={"content-disposition": attachment(f"leverantorer-{name}")})


routes = [
    Route("/leverantorer", page),
    Route("/leverantorer/ladda-upp", upload, methods=["POST"]),
    Route("/leverantorer/formular", from_form, methods=["POST"]),
    Route("/leverantorer/rensa", clear, methods=["POST"]),
    Route("/leverantorer/ladda-ner/{name}", download),
]
