"""Revision: the runs in the database, a run's report (the same HTML as `revision --format html`), two runs compared,
and a new run on an uploaded statistics export or underlag, or on a folder the server was started with."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse
from starlette.routing import Route

from ..errors import InputError, KravmotorError
from ..sources.registry import suffixes
from .arende import display_name
from .sakerhet import REPORT_CSP, session_of

KEY = "revision"
# The statistics export is read by these names; an upload is stored under the name on this list, never its own.
EXPORT_FILES = ("number_of_procurements.csv.gz", "number_of_tenders.csv.gz", "contracted_value.csv.gz")
UNDERLAG_SUFFIXES = suffixes(together=False)  # the input registry's single-file förfrågningsunderlag
SHOWN = 25


@dataclass
class Job:
    """A revision run in a background thread, with its progress for the page."""

    sources: list[str]
    done: int = 0
    total: int | None = None
    run: int | None = None
    error: str | None = None
    finished: bool = False
    folder: Path | None = None  # the uploaded files, removed when the run is done
    thread: threading.Thread | None = field(default=None, repr=False)

    def text(self) -> str:
        if self.error:
            return f"Körningen kunde inte göras: {self.error}"
        if self.finished:
            return f"Körning {self.run} är klar: {self.done} underlag granskade."
        if self.total is None:
            return "Räknar underlagen …"
        return f"Granskar: {self.done} av {self.total} underlag."


def _webb(request: Request):
    return request.app.state.webb


def _store(webb, must_exist: bool = True):
    from ..revision.store import Store

    if must_exist and not webb.settings.database.is_file():
        return None
    return Store(webb.settings.database)


def _targets(webb):
    from ..revision.targets import load_targets

    return load_targets(str(webb.settings.targets) if webb.settings.targets else None)


async def page(request: Request):
    webb = _webb(request)
    store = _store(webb)
    uploaded = str(webb.sessions.root)

    def source_name(source: str) -> str:  # an upload's folder is the server's own: it is named, not shown
        return "uppladdade filer" if source.startswith(uploaded) else source

    runs = []
    if store is not None:
        with store:
            runs = [(info, [source_name(s) for s in info.sources], store.counts(info.id), store.outcome_counts(info.id))
                    for info in store.runs()]
    job = session_of(request).state.get(KEY)
    return webb.page(request, "revision.html", active="revision", runs=runs, job=job, settings=webb.settings,
                     folders=[(i, f.name or str(f)) for i, f in enumerate(webb.settings.folders)],
                     export_files=EXPORT_FILES)


BUYER_LENGTH = 200  # characters of a buyer's name or organisationsnummer asked for (names in the exports are far shorter)


def _buyer(request: Request) -> str | None:
    """The buyer (`?myndighet=`, a name or an organisationsnummer) the report is to be about, if any."""
    asked = " ".join(request.query_params.get("myndighet", "").split())
    if len(asked) > BUYER_LENGTH:
        raise HTTPException(400, f"Myndighetens namn får vara högst {BUYER_LENGTH} tecken.")
    return asked or None


async def report(request: Request):
    """The page around a run's report, whole or about one buyer (as `revision --visa N --myndighet`); the report
    itself is the CLI's standalone HTML, in a frame. A buyer the run does not have is said at the field, with the
    names closest to it."""
    from ..revision import focus

    webb = _webb(request)
    run = request.path_params["run"]
    asked = _buyer(request)
    store = _store(webb)
    if store is None:
        raise HTTPException(404, "Databasen med körningar finns inte.")
    with store:
        info = _run_info(store, run)
        cells = store.cells(run)
    buyers = sorted({cell[0] for cell in cells.tallies if cell[0]})
    chosen, error = None, None
    if asked is not None:
        try:
            chosen = focus.choose(cells, asked, run)[0]
        except InputError as problem:
            message = problem.problems[0].message
            error = message[:1].upper() + message[1:]
    status = 400 if error else 200
    return webb.page(request, "revision_rapport.html", active="revision", info=info, buyers=buyers, asked=asked,
                     chosen=chosen, error=error, status_code=status)


async def report_html(request: Request):
    webb = _webb(request)
    run = request.path_params["run"]
    asked = _buyer(request)

    def build() -> str:  # the store is opened in the thread that uses it (SQLite connections stay in their thread)
        from ..rapport.revision_html import render_html
        from ..revision.report import build_report

        store = _store(webb)
        if store is None:
            raise HTTPException(404, "Databasen med körningar finns inte.")
        with store:
            _run_info(store, run)
            try:
                return render_html(build_report(store, run, _targets(webb), asked))
            except InputError as error:  # a buyer the run does not have (the page around it says so at the field)
                raise HTTPException(404, error.problems[0].message) from None

    html = await run_in_threadpool(build)
    return HTMLResponse(html, headers={"content-security-policy": REPORT_CSP})


async def compare(request: Request):
    webb = _webb(request)
    try:
        before, after = int(request.query_params.get("fore", "")), int(request.query_params.get("efter", ""))
    except ValueError:
        raise HTTPException(400, "Välj två körningar att jämföra.") from None

    def build():
        from ..revision.indicators import TOTAL
        from ..revision.service import compare as compare_runs

        targets = _targets(webb)
        store = _store(webb)
        if store is None:
            raise HTTPException(404, "Databasen med körningar finns inte.")
        with store:
            _run_info(store, before), _run_info(store, after)
            comparison, movements = compare_runs(store, before, after, targets)
        return comparison, [m for m in movements if m.group.dimension == TOTAL]

    comparison, movements = await run_in_threadpool(build)
    from ..rapport.revision_report import format_result_value

    return webb.page(request, "revision_jamfor.html", active="revision", c=comparison, movements=movements,
                     shown=SHOWN, value=format_result_value)


async def start(request: Request):
    webb = _webb(request)
    session = session_of(request)
    form = await webb.form(request)
    current = session.state.get(KEY)
    if current is not None and not current.finished:
        await form.close()
        raise HTTPException(409, "En körning pågår redan i den här sessionen; vänta tills den är klar.")
    folder_choice = form.get("katalog")
    uploads = [f for f in form.getlist("filer") if hasattr(f, "filename") and f.filename]
    try:
        if isinstance(folder_choice, str) and folder_choice.isdigit() and not uploads:
            index = int(folder_choice)
            if index >= len(webb.settings.folders):
                raise HTTPException(400, "Katalogen finns inte bland de kataloger servern startades med.")
            sources, folder = [str(webb.settings.folders[index])], None
        else:
            folder = session.new_folder()
            sources = [str(folder)]
            await _save_uploads(uploads, folder)
    finally:
        await form.close()
    job = Job(sources, folder=folder)
    session.state[KEY] = job
    job.thread = threading.Thread(target=_run_job, args=(webb, job), daemon=True, name="kravmotor-revision")
    job.thread.start()
    return RedirectResponse("/revision#korning", status_code=303)


async def _save_uploads(uploads, folder: Path) -> None:
    if not uploads:
        raise HTTPException(400, "Välj filerna ur en statistikexport eller underlag (YAML, JSON, eForms-XML), "
                                 "eller en katalog.")
    count = 0
    for upload in uploads:
        name = display_name(upload.filename, "fil")
        export = next((e for e in EXPORT_FILES if e == name), None)
        suffix = Path(name).suffix.lower()
        if export is not None:
            target = folder / export  # the export's own, fixed name: the reader looks for it
        elif suffix in UNDERLAG_SUFFIXES:
            count += 1
            target = folder / f"underlag-{count:04d}{suffix}"
        else:
            raise HTTPException(400, f"{name}: filen kan inte granskas i en revision; ladda upp "
                                     f"{', '.join(EXPORT_FILES)} ur en statistikexport, eller underlag (.yaml, .json, .xml).")
        target.write_bytes(await upload.read())
    if (folder / EXPORT_FILES[0]).exists() and count:
        raise HTTPException(400, "En statistikexport och enskilda underlag granskas i var sin körning.")


def _run_job(webb, job: Job) -> None:
    """The CLI's revision run, one worker (the server's own process is not forked), progress into the job."""
    import shutil

    from ..resources import rules_dir
    from ..revision.runner import run_revision

    def progress(done: int, total: int | None) -> None:
        job.done, job.total = done, total

    try:
        store = _store(webb, must_exist=False)
        with store:
            report = run_revision(store, job.sources, rule_dir=webb.settings.rule_dir or rules_dir(),
                                  motor=webb.settings.motor, workers=1, progress=progress)
        job.run = report.run
    except KravmotorError as error:
        job.error = "; ".join(p.message for p in error.problems)
    except Exception as error:  # a bug: the page says so, the server goes on
        import logging

        logging.getLogger("kravmotor.webb").error("revisionskörningen misslyckades", exc_info=error)
        job.error = "ett internt fel i kravmotor"
    finally:
        job.finished = True
        if job.folder is not None:
            shutil.rmtree(job.folder, ignore_errors=True)


async def progress(request: Request):
    job = session_of(request).state.get(KEY)
    if job is None:
        return JSONResponse({"finished": True, "text": "Ingen körning pågår.", "done": 0, "total": None})
    return JSONResponse({"finished": job.finished, "text": job.text(), "done": job.done, "total": job.total,
                         "run": job.run})


def _run_info(store, run: int):
    try:
        return store.run(run)
    except InputError:
        raise HTTPException(404, f"Körning {run} finns inte i databasen.") from None


routes = [
    Route("/revision", page),
    Route("/revision/korning/{run:int}", report),
    Route("/revision/korning/{run:int}/rapport", report_html),
    Route("/revision/jamfor", compare),
    Route("/revision/starta", start, methods=["POST"]),
    Route("/revision/forlopp", progress),
]
