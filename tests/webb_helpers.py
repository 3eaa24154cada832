"""What the web tests share: an app on a temporary database, a client that speaks to it as a browser on this machine."""

from __future__ import annotations

import re
from pathlib import Path

from starlette.testclient import TestClient

from kravmotor.webb.app import create_app
from kravmotor.webb.installningar import Settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
BASE = "http://127.0.0.1:8765"


def settings(tmp_path: Path, **overrides) -> Settings:
    return Settings(database=tmp_path / "revision.sqlite", **overrides)


def client(app, **kwargs) -> TestClient:
    return TestClient(app, base_url=BASE, raise_server_exceptions=False, **kwargs)


def csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def start(tmp_path: Path, **overrides):
    """An app and a client with a session (the first page sets its cookie) and that session's CSRF token."""
    app = create_app(settings(tmp_path, **overrides))
    http = client(app)
    token = csrf(http.get("/granska").text)
    return app, http, token


def upload(http: TestClient, token: str, *paths: Path, url: str = "/granska/ladda-upp", names: list[str] | None = None):
    files = [("filer", ((names[i] if names else p.name), p.read_bytes(), "application/octet-stream"))
             for i, p in enumerate(paths)]
    return http.post(url, data={"csrf": token}, files=files)


def text_of(html: str) -> str:
    """The page's text without tags, whitespace collapsed: what a reader sees."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())
