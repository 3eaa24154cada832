"""What every request passes: the access token, the Host and Origin, the body's size, the session and CSRF.

`Guard` is plain ASGI middleware in front of the application. `read_form` is the
one way a handler reads a POST: it parses with limits and refuses a form without
the session's CSRF token, so no POST can forget the check.
"""

from __future__ import annotations

import secrets
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request

from .installningar import Settings, is_loopback
from .sessioner import COOKIE, Session, Sessions

TOKEN_COOKIE = "kravmotor_nyckel"
TOKEN_PARAMETER = "nyckel"
CSRF_FIELD = "csrf"

# Scripts and styles only from the server itself; the standalone reports (revision HTML) get their own policy.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
REPORT_CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
              "frame-ancestors 'self'; base-uri 'none'; form-action 'none'")
# same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on the pages own forms.
HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin"),
           (b"x-frame-options", b"SAMEORIGIN"), (b"cache-control", b"no-store"),
           (b"cross-origin-opener-policy", b"same-origin")]


class Guard:
    """ASGI middleware: refuses what must never reach a page, attaches the session, adds the security headers."""

    webb: Any  # the application's state, set by app.create_app for tests and the server

    def __init__(self, app, settings: Settings, sessions: Sessions, refuse):
        self.app = app
        self.settings = settings
        self.sessions = sessions
        self.refuse = refuse  # (scope, status, message) -> an ASGI response (a Swedish page)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        cookies = _cookies(headers.get("cookie", ""))
        set_cookies: list[str] = []

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in names]
                if b"content-security-policy" not in names:
                    extra.append((b"content-security-policy", CSP.encode()))
                extra += [(b"set-cookie", c.encode("latin-1")) for c in set_cookies]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        async def answer(status: int, message: str):
            await self.refuse(scope, status, message)(scope, receive, send_with_headers)

        if not self._host_allowed(headers.get("host", "")):
            return await answer(400, "Adressen i förfrågan hör inte till den här servern.")
        if self.settings.token:
            query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
            given = query.get(TOKEN_PARAMETER)
            if given is not None and secrets.compare_digest(given, self.settings.token):
                # The token arrives once in the address; from then on it is a cookie, and the address is clean.
                rest = urlencode({k: v for k, v in query.items() if k != TOKEN_PARAMETER})
                location = scope["path"] + (f"?{rest}" if rest else "")
                set_cookies.append(_cookie(TOKEN_COOKIE, self.settings.token))
                return await _redirect(location)(scope, receive, send_with_headers)
            if not secrets.compare_digest(cookies.get(TOKEN_COOKIE, ""), self.settings.token):
                return await answer(401, "Servern kräver en åtkomstnyckel. Öppna adressen med nyckeln som visades "
                                         "när servern startades.")
        if scope["method"] == "POST" and not self._same_origin(headers):
            return await answer(403, "Formuläret kom från en annan webbplats och har inte skickats.")
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.settings.max_upload_bytes):
            return await answer(413, self.too_large())

        session = self.sessions.get(cookies.get(COOKIE))
        if session is None:
            session = self.sessions.create()
            set_cookies.append(_cookie(COOKIE, session.id))
        scope.setdefault("state", {})["session"] = session

        received = 0
        started = False

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.settings.max_upload_bytes:  # a body that lied about its length, or sent none
                    raise HTTPException(413, self.too_large())
            return message

        async def tracked_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send_with_headers(message)

        try:
            await self.app(scope, limited_receive, tracked_send)
        except Exception:
            # The application's error page has been sent and the error logged (Starlette re-raises after that);
            # the server goes on serving. Only if nothing was sent does this answer.
            if not started:
                await answer(500, "Ett internt fel uppstod i kravmotor.")

    def too_large(self) -> str:
        return (f"Det som skickades är för stort: högst {self.settings.max_upload_bytes // 2**20} MB "
                f"och {self.settings.max_files} filer åt gången.")

    def _host_allowed(self, host: str) -> bool:
        """On loopback, only loopback names: a page on another site cannot reach the server by a name it controls."""
        if not is_loopback(self.settings.host):
            return True  # reachable from elsewhere: the access token guards it
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return is_loopback(name)

    def _same_origin(self, headers: dict[str, str]) -> bool:
        origin = headers.get("origin")
        if origin is None:
            return True  # browsers send Origin on every cross-site POST; the CSRF token covers the rest
        return origin.split("://", 1)[-1] == headers.get("host", "")


def _cookies(header: str) -> dict[str, str]:
    jar = SimpleCookie()
    try:
        jar.load(header)
    except Exception:  # a malformed Cookie header is no session, not an error
        return {}
    return {k: m.value for k, m in jar.items()}


def _cookie(name: str, value: str) -> str:
    return f"{name}={value}; Path=/; HttpOnly; SameSite=Strict"


def _redirect(location: str):
    from starlette.responses import RedirectResponse

    return RedirectResponse(location, status_code=303)


def session_of(request: Request) -> Session:
    return request.scope["state"]["session"]


async def read_form(request: Request, settings: Settings) -> FormData:
    """The POST's form, parsed within the limits, after its CSRF token is checked against the session's."""
    from starlette.formparsers import MultiPartException

    try:
        form = await request.form(max_files=settings.max_files, max_fields=2000, max_part_size=1024 * 1024)
    except MultiPartException:
        raise HTTPException(400, f"Formuläret kunde inte läsas: högst {settings.max_files} filer åt gången.") from None
    except HTTPException as exc:  # Starlette's own words for a broken form are English: ours instead
        if exc.status_code == 413:
            raise
        raise HTTPException(400, f"Formuläret kunde inte läsas: högst {settings.max_files} filer åt gången, "
                                 "och varje fält högst 1 MB.") from None
    token = form.get(CSRF_FIELD)
    if not isinstance(token, str) or not secrets.compare_digest(token, session_of(request).csrf):
        await form.close()
        raise HTTPException(403, "Formuläret saknar en giltig säkerhetskod (det kan vara gammalt). "
                                 "Ladda om sidan och försök igen.")
    return form
