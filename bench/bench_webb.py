"""Mäter webbgränssnittets egen tidsåtgång mot biblioteksanropet ensamt, i samma körning.

Körs som

    .venv/bin/python bench/bench_webb.py [--omgångar N]

1. Startar `kravmotor webb`s app i uvicorn på en ledig port på 127.0.0.1 (i en tråd).
2. YAML: biblioteket ensamt (`checks.load_procurement` + `Checker.check`, som `granska`)
   mot servern: uppladdning (multipart POST över loopback) + omdirigering + sidan med
   fynden (GET), som en webbläsare gör. Median av N omgångar för varje väg.
   Mål: servern ≤ 1,2 × biblioteket + 20 ms.
3. PDF på 30 sidor (syntetisk, reportlab): biblioteket ensamt (läsa, extrahera, utkast,
   validera, granska) mot servern (uppladdning + läsning + granskning + sidan). Samma mål
   redovisas. Finns ../shared bredvid arbetskopian mäts också ett verkligt dokument på 33 sidor.
Vägarna mäts omväxlande, omgång för omgång, så att last från andra processer drabbar båda.
"""

from __future__ import annotations

import argparse
import re
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
REAL = ROOT.parent / "shared" / "data" / "upphandlingsdokument" / "dokument" / "1214002-1-AllDocuments.pdf"


def start_server(database: Path):
    import uvicorn

    from kravmotor.webb.app import create_app
    from kravmotor.webb.installningar import Settings

    app = create_app(Settings(database=database))
    from kravmotor.webb.server import nodelay

    listener = socket.socket()
    nodelay(listener)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    return server, thread, f"http://127.0.0.1:{listener.getsockname()[1]}", app


def thirty_pages(path: Path) -> Path:
    """A 30-page förfrågningsunderlag: the synthetic open procedure, then specification text up to page 30."""
    import pdfplumber
    from syntetiska import ÖPPET_MED_BRISTER, skapa_pdf

    content = list(ÖPPET_MED_BRISTER)
    section = 10
    while True:
        skapa_pdf(content, path)
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
        if pages >= 30:
            return path
        for _ in range(max(1, (30 - pages) // 2)):
            section += 1
            content.append(("h1", f"{section}. Kravspecifikation, del {section - 10}"))
            content += [("p", f"Leverantören ska utföra arbetet enligt punkt {section}.{n} med dokumenterad "
                              "kvalitetskontroll, rapportering varje månad och avvikelsehantering enligt bilagan.")
                        for n in range(1, 30)]


def timed(first, second, rounds: int) -> tuple[float, float]:
    """Median times of two ways, measured in turns (first, second, first, ...) so that load from other
    processes on the machine falls on both alike."""
    first(), second()  # warm: imports, caches, the rulebook
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for function, kept in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            function()
            kept.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--omgångar", type=int, default=15)
    args = parser.parse_args()
    import httpx

    from kravmotor.checks import load_procurement
    from kravmotor.lasning import read_document
    from kravmotor.lasning.extract import extract
    from kravmotor.lasning.utkast import Utkast
    from kravmotor.model.loading import validate_document

    work = Path(tempfile.mkdtemp(prefix="bench-webb-"))
    server, thread, base, app = start_server(work / "revision.sqlite")
    checker = app.webb.checker
    client = httpx.Client(base_url=base, follow_redirects=True, timeout=120)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/granska").text).group(1)

    shown: dict[str, bool] = {}

    def web(path: Path):
        def call():
            response = client.post("/granska/ladda-upp", data={"csrf": token},
                                   files=[("filer", (path.name, path.read_bytes()))])
            assert response.status_code == 200, response.status_code
            # Whether the page got as far as findings (a draft may first need an answer, e.g. the buyer's kind).
            shown[path.name] = 'class="fynd' in response.text
        return call

    def library_yaml(path: Path):
        return lambda: checker.check(load_procurement(path), path.name)

    def library_document(path: Path):
        def call():
            utkast = Utkast(path.name, extract(read_document(path)), [path.name])
            checker.check(validate_document(utkast.data, path.name), path.name)
        return call

    yaml_file = ROOT / "examples" / "lokalvard-med-brister.yaml"
    cases = [("YAML (lokalvard-med-brister)", yaml_file, library_yaml, args.omgångar),
             ("PDF, 30 sidor (syntetisk)", thirty_pages(work / "trettio-sidor.pdf"), library_document,
              max(3, args.omgångar // 3))]
    if REAL.is_file():
        cases.append(("PDF, 33 sidor (verkligt dokument)", REAL, library_document, max(3, args.omgångar // 3)))

    print(f"{'Fall':36} {'bibliotek':>11} {'server':>11} {'tillägg':>10} {'mål':>11} {'kvot':>6}  fynd på sidan")
    failed = False
    for title, path, library, rounds in cases:
        lib, srv = timed(library(path), web(path), rounds)
        target = 1.2 * lib + 0.020
        ok = srv <= target
        failed |= not ok
        print(f"{title:36} {lib * 1000:9.1f} ms {srv * 1000:9.1f} ms {(srv - lib) * 1000:7.1f} ms "
              f"{target * 1000:8.1f} ms {srv / lib:5.2f}× {'ok' if ok else 'ÖVER MÅLET':10} "
              f"{'ja' if shown.get(path.name) else 'nej (utkastet väntar på ett svar)'}")
    client.close()
    server.should_exit = True
    thread.join(10)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
