"""Granska: upload one procurement's files (or start from the form), confirm what was read, see the findings, download."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..errors import InputError, Location, Problem
from . import fragor
from .arende import Ärende, display_name, renamed
from .sakerhet import session_of
from .sessioner import save_upload

KEY = "ärende"
# What can be downloaded: name in the address → (format, media type). The name never reaches the filesystem.
DOWNLOADS = {
    "underlag.yaml": ("yaml", "application/yaml; charset=utf-8"),
    "rapport.html": ("html", "text/html; charset=utf-8"),
    "rapport.json": ("json", "application/json; charset=utf-8"),
    "rapport.sarif": ("sarif", "application/sarif+json; charset=utf-8"),
}


def _webb(request: Request):
    return request.app.state.webb


def _accept() -> str:
    """The file input's `accept`: every suffix the input registry reads."""
    from ..sources.registry import SUFFIXES

    return ",".join(sorted(SUFFIXES))


async def page(request: Request):
    webb = _webb(request)
    case: Ärende | None = session_of(request).state.get(KEY)
    if case is None:
        return webb.page(request, "granska_start.html", active="granska", error=None,
                         accept=_accept(), settings=webb.settings)
    return webb.page(request, "granska.html", active="granska", case=case, sections=fragor.SECTIONS, fragor=fragor,
                     downloads=DOWNLOADS, fact_link=lambda path: _question_link(case, path))


async def upload(request: Request):
    webb = _webb(request)
    session = session_of(request)
    form = await webb.form(request)
    uploads = [f for f in form.getlist("filer") if hasattr(f, "filename") and f.filename]
    try:
        case = await _read_uploads(session, uploads)
    except InputError as error:
        return webb.page(request, "granska_start.html", status_code=400, active="granska", error=error.problems,
                         accept=_accept(), settings=webb.settings)
    finally:
        await form.close()
    await run_in_threadpool(case.check, webb.checker)
    _replace_case(session, case)
    return RedirectResponse("/granska#fynd", status_code=303)


async def start_form(request: Request):
    webb = _webb(request)
    await webb.form(request)
    _replace_case(session_of(request), Ärende.blank())
    return RedirectResponse("/granska#uppgifter", status_code=303)


async def answer(request: Request):
    webb = _webb(request)
    session = session_of(request)
    form = await webb.form(request)
    case: Ärende | None = session.state.get(KEY)
    if case is None:
        return RedirectResponse("/granska", status_code=303)
    answers: dict[str, Any] = {key: value for key, value in form.items() if isinstance(value, str)}
    answers["bekräftad"] = [v for v in form.getlist("bekräftad") if isinstance(v, str)]
    case.answer(answers)
    chosen = form.get("använd")
    if isinstance(chosen, str) and ":" in chosen:
        key, _, index = chosen.partition(":")
        if index.lstrip("-").isdigit():
            case.use_candidate(key, int(index))
    await run_in_threadpool(case.check, webb.checker)
    return RedirectResponse("/granska#fynd" if case.current else "/granska#uppgifter", status_code=303)


async def clear(request: Request):
    webb = _webb(request)
    await webb.form(request)
    _replace_case(session_of(request), None)
    return RedirectResponse("/granska", status_code=303)


async def download(request: Request):
    webb = _webb(request)
    case: Ärende | None = session_of(request).state.get(KEY)
    name = request.path_params["name"]
    if name not in DOWNLOADS:
        raise HTTPException(404)
    if case is None:
        raise HTTPException(409, "Det finns inget underlag att ladda ner: ladda upp ett eller fyll i formuläret först.")
    fmt, media = DOWNLOADS[name]
    if fmt == "yaml":
        content = case.yaml()
    elif case.run is None:
        raise HTTPException(409, "Underlaget har inte kunnat granskas ännu: rätta uppgifterna som är markerade.")
    else:
        from ..checks import render_run

        content = render_run(case.run, fmt, webb.rulebook)
    return Response(content, media_type=media, headers={"content-disposition": attachment(f"{_file_stem(case)}-{name}")})


async def _read_uploads(session, uploads) -> Ärende:
    """One procurement from the uploaded files: one structured underlag, or one or more documents read as one."""
    if not uploads:
        raise InputError([Problem(Location("uppladdningen"), "välj minst en fil att ladda upp")])
    from ..sources.registry import SUFFIXES, kind_of

    named = [(upload, display_name(upload.filename, f"fil {i + 1}")) for i, upload in enumerate(uploads)]
    kinds = [kind_of(name) for _, name in named]
    unknown = [name for (_, name), kind in zip(named, kinds, strict=True) if kind is None]
    if unknown:
        raise InputError([Problem(Location(name), f"filtypen kan inte läsas; ladda upp {', '.join(sorted(SUFFIXES))}")
                          for name in unknown])
    # YAML, JSON and eForms are each a whole procurement; documents (Word, PDF) can be several of one.
    structured = [name for (_, name), kind in zip(named, kinds, strict=True) if kind is not None and not kind.together]
    suffixes = [Path(name).suffix.lower() for _, name in named]
    if structured and len(named) > 1:
        raise InputError([Problem(Location(structured[0]), "ett underlag i YAML, JSON eller XML är en hel upphandling "
                                                           "och laddas upp ensamt; dokument (Word, PDF) kan laddas upp flera tillsammans")])
    saved = []
    for (upload, name), suffix in zip(named, suffixes, strict=True):
        saved.append((await save_upload(session, upload, suffix), name))
    try:
        return await run_in_threadpool(_read_saved, saved, bool(structured))
    finally:  # read once: the case holds what was read, and the files need not outlive the reading
        for path, _ in saved:
            path.unlink(missing_ok=True)


def _read_saved(saved: list[tuple[Path, str]], structured: bool) -> Ärende:
    if structured:
        from ..checks import load_procurement

        path, name = saved[0]
        try:
            return Ärende.from_document(load_procurement(path), name)
        except InputError as error:
            raise InputError(renamed(error.problems, path, name)) from None
    return _read_documents(saved)


def _read_documents(saved: list[tuple[Path, str]]) -> Ärende:
    from ..lasning import read_document
    from ..lasning.extract import extract
    from ..lasning.utkast import Utkast

    blocks, problems = [], []
    for path, name in saved:
        try:
            blocks.extend(read_document(path, name=name))
        except InputError as error:
            problems.extend(renamed(error.problems, path, name))
    if problems:
        raise InputError(problems)
    names = [name for _, name in saved]
    return Ärende.from_draft(Utkast(names[0], extract(blocks), names), names[0] if len(names) == 1 else
                             f"{names[0]} med {len(names) - 1} till", names)


def _replace_case(session, case: Ärende | None) -> None:
    if case is None:
        session.state.pop(KEY, None)
    else:
        session.state[KEY] = case


def _question_link(case: Ärende, path: str) -> str | None:
    """Where on the page the question for an unknown fact is ("#fraga-sista_anbudsdag"), if the form asks it."""
    for question in fragor.QUESTIONS:
        asked = fragor.concrete_path(case.data, question) or question.lista
        if asked and (asked == path or asked.startswith(path + ".") or path.startswith(asked + ".")
                      or path.startswith(asked + "[")):
            return f"#fraga-{question.nyckel}"
    return None


def _file_stem(case: Ärende) -> str:
    import re

    stem = re.sub(r"[^\w.-]+", "-", Path(case.files[0]).stem if case.files else "underlag").strip("-.")
    return stem[:60] or "underlag"


def attachment(name: str) -> str:
    """A Content-Disposition for a download named `name`: ASCII for old clients, UTF-8 (RFC 6266) for the rest."""
    import re
    from urllib.parse import quote

    ascii_name = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or "fil"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


routes = [
    Route("/granska", page),
    Route("/granska/ladda-upp", upload, methods=["POST"]),
    Route("/granska/formular", start_form, methods=["POST"]),
    Route("/granska/svar", answer, methods=["POST"]),
    Route("/granska/rensa", clear, methods=["POST"]),
    Route("/granska/ladda-ner/{name}", download),
]
