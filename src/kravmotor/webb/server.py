"""Running the web interface: `kravmotor webb` starts uvicorn on this machine and opens the browser."""

from __future__ import annotations

import os
import secrets
import socket
import threading
import webbrowser

from ..errors import InputError, Location, Problem
from .installningar import Settings, is_loopback

TOKEN_VARIABLE = "KRAVMOTOR_WEBB_NYCKEL"


def prepare(settings: Settings) -> Settings:
    """An address beyond loopback only with an access token: the one given, or a new random one."""
    settings.token = settings.token or os.environ.get(TOKEN_VARIABLE) or None
    if not is_loopback(settings.host) and not settings.token:
        settings.token = secrets.token_urlsafe(24)
    return settings


def address(settings: Settings, port: int | None = None) -> str:
    host = settings.host if ":" not in settings.host else f"[{settings.host}]"
    if host in ("0.0.0.0", "[::]"):
        host = socket.gethostname()
    url = f"http://{host}:{port or settings.port}/"
    return url + (f"?nyckel={settings.token}" if settings.token else "")


def serve(settings: Settings, open_browser: bool = True, say=print) -> None:
    import uvicorn

    from .app import create_app

    settings = prepare(settings)
    listener = _bind(settings)
    app = create_app(settings)
    port = listener.getsockname()[1]
    url = address(settings, port)
    say(f"kravmotor webb körs på {url}")
    if settings.token and not is_loopback(settings.host):
        say("Servern nås från andra datorer; bara den som har adressen med nyckeln kommer in.")
    say("Avsluta med Ctrl+C. Uppladdade filer raderas när servern avslutas.")
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on", server_header=False)
    server = uvicorn.Server(config)
    if open_browser:
        threading.Timer(0.8, webbrowser.open, args=(url,)).start()
    server.run(sockets=[listener])


def nodelay(listener: socket.socket) -> None:
    """Replies leave at once: without TCP_NODELAY (inherited by accepted connections on Linux) a response written
    in two parts waits for the client's delayed ACK, some 40 ms per request on loopback."""
    if listener.family in (socket.AF_INET, socket.AF_INET6):
        listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def _bind(settings: Settings) -> socket.socket:
    family = socket.AF_INET6 if ":" in settings.host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    nodelay(listener)
    try:
        listener.bind((settings.host, settings.port))
    except OSError as exc:
        listener.close()
        raise InputError([Problem(Location(f"{settings.host}:{settings.port}"), (
            f"servern kan inte lyssna där ({exc.strerror or exc}); välj en annan port med --port"))]) from None
    listener.listen(128)
    listener.set_inheritable(True)
    return listener
