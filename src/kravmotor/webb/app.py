"""The ASGI application: routes of every page, the Swedish error pages, and what the pages share."""

from __future__ import annotations

import contextlib
import logging
from functools import cached_property
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from ..rapport.html_report import STYLESHEET, environment
from . import granska, leverantorer, mognad, regelbok, revision
from .installningar import Settings
from .sakerhet import CSRF_FIELD, Guard, read_form, session_of
from .sessioner import COOKIE, Sessions

HERE = Path(__file__).resolve().parent
log = logging.getLogger("kravmotor.webb")

# Every asset the pages use, read once at start: a request names an asset, never a file.
_ASSETS = {
    "webb.css": (HERE / "statiskt" / "webb.css", "text/css; charset=utf-8"),
    "rapport.css": (STYLESHEET, "text/css; charset=utf-8"),
    "webb.js": (HERE / "statiskt" / "webb.js", "text/javascript; charset=utf-8"),
}
NAVIGATION = [("granska", "/granska", "Granska"), ("leverantorer", "/leverantorer", "Leverantörer"),
              ("revision", "/revision", "Revision"), ("mognad", "/mognad", "Mognad"), ("regelbok", "/regelbok", "Regelbok")]
STATUS_TITLES = {400: "Förfrågan kunde inte läsas", 401: "Åtkomstnyckel krävs", 403: "Inte tillåtet",
                 404: "Sidan finns inte", 405: "Inte tillåtet", 413: "För stor uppladdning", 500: "Något gick fel"}


class Webb:
    """What the pages share: the settings, the sessions, the templates and the rules, loaded once."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.sessions = Sessions(settings.session_idle_seconds, settings.max_sessions)
        self.templates = environment(HERE / "mallar")
        self.templates.filters["readable"] = readable
        self.assets = {name: (path.read_bytes(), kind) for name, (path, kind) in _ASSETS.items()}

    @cached_property
    def rulebook(self):
        from ..lang.loader import load_rulebook
        from ..resources import rules_dir

        return load_rulebook(self.settings.rule_dir or rules_dir())

    @cached_property
    def checker(self):
        from ..motor.pipeline import Checker

        return Checker(self.rulebook, self.settings.motor)

    @cached_property
    def screener(self):
        from ..motor.screening import Screener

        return Screener(self.rulebook, self.settings.motor)

    def assessor(self, partly_counts: bool = False):
        """The organisation's rules on the server's motor (`kravmotor mognad`), made once per way of counting "delvis"."""
        from ..mognad.bedomning import Assessor

        key = "_assessor_delvis" if partly_counts else "_assessor"
        if key not in self.__dict__:
            self.__dict__[key] = Assessor(self.rulebook, self.settings.motor, partly_counts)
        return self.__dict__[key]

    def page(self, request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
        session = request.scope.get("state", {}).get("session")
        html = self.templates.get_template(template).render(
            request=request, navigation=NAVIGATION, csrf=session.csrf if session else "", csrf_field=CSRF_FIELD,
            **context)
        return HTMLResponse(html, status_code=status_code)

    async def form(self, request: Request):
        return await read_form(request, self.settings)


def readable(value) -> str:
    """A value read from a document, as a person reads it: 40 000 000, 2026-03-02, ja."""
    from ..formatting import format_value

    if isinstance(value, dict):
        return ", ".join(f"{k.replace('_', ' ')}: {readable(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return "; ".join(readable(v) for v in value)
    return format_value(value)  # amounts, dates, yes/no, spans: as every report shows them


def webb_of(request: Request) -> Webb:
    return request.app.state.webb


async def start(request: Request):
    return webb_of(request).page(request, "start.html", active=None)


async def asset(request: Request):
    found = webb_of(request).assets.get(request.path_params["name"])
    if found is None:
        raise HTTPException(404)
    content, kind = found
    return Response(content, media_type=kind, headers={"cache-control": "no-cache"})


async def end_session(request: Request):
    webb = webb_of(request)
    await webb.form(request)
    webb.sessions.end(session_of(request))
    response = RedirectResponse("/?avslutad=1", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


def _error_page(webb: Webb, request: Request, status: int, message: str | None) -> HTMLResponse:
    title = STATUS_TITLES.get(status, "Något gick fel")
    return webb.page(request, "fel.html", status_code=status, title=title, message=message, active=None)


def create_app(settings: Settings | None = None) -> Guard:
    settings = settings or Settings()
    webb = Webb(settings)

    async def http_error(request: Request, exc: HTTPException):
        message = exc.detail if _swedish(exc.detail) else None
        return _error_page(webb, request, exc.status_code, message)

    async def server_error(request: Request, exc: Exception):
        # The person sees a Swedish page; the server's log has the details for whoever runs it.
        log.error("internt fel på %s", request.url.path, exc_info=exc)
        return _error_page(webb, request, 500, "Ett internt fel uppstod i kravmotor. Servern fortsätter att fungera; "
                                               "försök igen, och rapportera felet om det upprepas.")

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        webb.sessions.close()

    routes = [
        Route("/", start),
        Route("/statiskt/{name}", asset),
        Route("/avsluta", end_session, methods=["POST"]),
        *granska.routes, *leverantorer.routes, *revision.routes, *mognad.routes, *regelbok.routes,
    ]
    # Starlette's stubs type each handler as taking any Exception: one for HTTPException does not fit (the ignore below).
    handlers = {HTTPException: http_error, Exception: server_error}
    app = Starlette(routes=routes, exception_handlers=handlers,  # type: ignore[arg-type]
                    lifespan=lifespan)
    app.state.webb = webb

    def refuse(scope, status: int, message: str):
        return _error_page(webb, Request(scope), status, message)

    guarded = Guard(app, settings, webb.sessions, refuse)
    guarded.webb = webb  # for tests and the server
    return guarded


def _swedish(detail) -> bool:
    """Our own messages are Swedish sentences; Starlette's defaults ("Not Found") are not shown."""
    return isinstance(detail, str) and detail not in ("Not Found", "Method Not Allowed", "Bad Request", "Forbidden")
