"""Mognad: an organisation's self-assessment, uploaded as answers files or filled in as a form, assessed by the
CLI's own library (`mognad.korning`) and shown as the same HTML report as `kravmotor mognad --utdata mognad.html`.

The form's answers are validated by the loader that reads an answers file (`validate_self_assessment`), and its
problems are shown at the fields they are about; the answers download as the answers file `kravmotor mognad`
reads. Unanswered is "vet inte": unknown, never "no".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from ..errors import InputError, Location, Problem
from ..mognad import katalog
from ..model.organisation import ANSWER_FIELDS, ANSWERS, DONT_KNOW, ROLES, Självskattning
from .arende import display_name
from .granska import attachment
from .sakerhet import REPORT_CSP, session_of
from .sessioner import save_upload

KEY = "mognad"
FORM_NAME = "formuläret"  # how the form's answers are named in the report and its problems
CRITERION_ANSWERS = ("uppfyllt", "delvis", "inte", DONT_KNOW)
SUFFIXES = (".yaml", ".yml", ".json")
MAX_RESPONDENTS = 60  # each adds 22 fields; the form parser takes 2000 (sakerhet.read_form)
# What can be downloaded: name in the address → (format, media type). The name never reaches the filesystem.
DOWNLOADS = {
    "mognad.html": ("html", "text/html; charset=utf-8"),
    "mognad.json": ("json", "application/json; charset=utf-8"),
    "svar.yaml": ("yaml", "application/yaml; charset=utf-8"),
}


@dataclass
class Mognadsarbete:
    """One session's self-assessment: the form's answers as typed, their problems, and the last assessment."""

    data: dict[str, Any]  # the form's answers as the loader takes them (what was typed, even if it is wrong)
    field_errors: dict[str, str] = field(default_factory=dict)  # form field name → the loader's message
    problems: list[Problem] = field(default_factory=list)  # problems that belong to no field, or to an upload
    run: Any = None  # rapport.mognad.MognadRun: the report shown and downloaded
    answers: Självskattning | None = None  # the answers the report is of, when they are one self-assessment
    source: str = FORM_NAME  # the uploaded files' names, or the form
    options: dict[str, str] = field(default_factory=dict)  # the run, buyer and "delvis" last chosen, shown again

    @classmethod
    def blank(cls) -> Mognadsarbete:
        return cls({"organisation": "", "datum": dt.date.today().isoformat(), "dalamodellen": {},
                    "ambitionsgrafen": []})

    @property
    def respondents(self) -> list[dict]:
        return self.data.get("ambitionsgrafen") or []

    def criterion(self, code: str) -> dict:
        return self.data.get("dalamodellen", {}).get(code) or {}

    def cell_level(self, step: int, perspective: str) -> str | None:
        """The level the form's answers reach in a step and perspective, when the report is of the form."""
        if self.run is None or self.source != FORM_NAME or len(self.run.assessments) != 1:
            return None
        cell = next((c for c in self.run.assessments[0].celler if (c.steg, c.perspektiv) == (step, perspective)), None)
        return cell.level_text if cell else None


def _webb(request: Request):
    return request.app.state.webb


def _work(session) -> Mognadsarbete:
    work = session.state.get(KEY)
    if work is None:
        work = session.state[KEY] = Mognadsarbete.blank()
    return work


async def page(request: Request):
    webb = _webb(request)
    work = _work(session_of(request))
    criteria = katalog.criteria(webb.rulebook)
    groups = [(step, perspective, _cell_title(step, perspective), [c for c in criteria if c.cell == (step, perspective)])
              for step, perspective in katalog.cells(criteria)]
    questions = {q.field: q for q in katalog.questions(webb.rulebook)}
    return webb.page(request, "mognad.html", active="mognad", work=work, groups=groups, levels=katalog.LEVELS,
                     answers=CRITERION_ANSWERS, roles=ROLES, questions=questions, answer_fields=ANSWER_FIELDS,
                     choices={kind: get_args(ANSWERS[kind]) for kind in ANSWERS}, dont_know=DONT_KNOW,
                     runs=_runs(webb), settings=webb.settings, downloads=DOWNLOADS, suffixes=",".join(SUFFIXES),
                     field_label=field_label)


def _cell_title(step: int, perspective: str) -> str:
    return katalog.STEPS[step] if step == 5 else \
        f"Steg {step} {katalog.STEPS[step]} – {katalog.PERSPECTIVE_TITLES[perspective]}"


def _runs(webb) -> list[int]:
    """The revision runs in the server's database, to hold the answers against; none when there is no database."""
    from ..revision.store import Store

    if not webb.settings.database.is_file():
        return []
    with Store(webb.settings.database, read_only=True) as store:
        return [info.id for info in store.runs()]


def _evidence_source(webb, form, work: Mognadsarbete) -> tuple[Any, bool]:
    """The revision run chosen on the form (by number, in the server's own database), and whether "delvis" counts;
    the choice is kept to be shown again."""
    from ..mognad.korning import EvidenceSource

    chosen = form.get("korning")
    buyer = form.get("kopare")
    buyer = buyer.strip()[:200] if isinstance(buyer, str) and buyer.strip() else None
    source = None
    if isinstance(chosen, str) and chosen.isdigit():
        source = EvidenceSource(webb.settings.database, int(chosen), buyer)
    partly = form.get("delvis") == "1"
    work.options = {"korning": str(source.run) if source else "", "kopare": buyer or "", "delvis": "1" if partly else ""}
    return source, partly


# --- Upload ------------------------------------------------------------------------------------


async def upload(request: Request):
    webb = _webb(request)
    session = session_of(request)
    form = await webb.form(request)
    work = _work(session)
    try:
        uploads = [f for f in form.getlist("filer") if hasattr(f, "filename") and f.filename]
        source, partly = _evidence_source(webb, form, work)
        work.problems, work.field_errors = [], {}
        if not uploads:
            work.problems = [Problem(Location("uppladdningen"), "välj minst en självskattning att ladda upp "
                                                                "(YAML eller JSON)")]
            return RedirectResponse("/mognad#meddelanden", status_code=303)
        saved: list[tuple[Path, str | None]] = []
        refused: list[Problem] = []
        for i, upload in enumerate(uploads):
            name = display_name(upload.filename, f"fil {i + 1}")
            suffix = Path(name).suffix.lower()
            if suffix not in SUFFIXES:
                refused.append(Problem(Location(name), "filtypen kan inte läsas som självskattning; ladda upp "
                                                       ".yaml, .yml eller .json"))
                continue
            saved.append((await save_upload(session, upload, suffix), name))
    finally:
        await form.close()
    try:
        run, answers = await run_in_threadpool(_assess_uploads, webb, saved, source, partly)
    finally:  # read once: the run holds what was read, and the files need not outlive the reading
        for path, _ in saved:
            path.unlink(missing_ok=True)
    run.problems[:0] = refused
    work.run, work.problems = (run if run.assessments else None), list(run.problems)
    work.source = ", ".join(name for _, name in saved if name) or "uppladdningen"
    work.answers = answers
    if answers is not None:  # one answers file: its answers fill the form, to be changed and assessed again
        work.data = _as_form_data(answers)
    return RedirectResponse("/mognad#bedomning" if work.run else "/mognad#meddelanden", status_code=303)


def _assess_uploads(webb, saved: list[tuple[Path, str | None]], source, partly: bool):
    from ..mognad.korning import assess_files
    from ..model.loading import load_self_assessment

    assessor = webb.assessor(partly)
    run = assess_files(assessor, saved, source)
    answers = None
    if len(saved) == 1 and len(run.assessments) == 1:
        answers = load_self_assessment(saved[0][0], {c.code for c in assessor.criteria})
    return run, answers


def _as_form_data(answers: Självskattning) -> dict[str, Any]:
    return answers.model_dump(mode="json", exclude_none=True)


# --- The form ----------------------------------------------------------------------------------


async def submit(request: Request):
    """The form's answers: kept as typed, validated as a file is, assessed when valid; or a respondent added/removed."""
    webb = _webb(request)
    session = session_of(request)
    form = await webb.form(request)
    work = _work(session)
    action = form.get("atgard")
    criteria = [c.code for c in katalog.criteria(webb.rulebook)]
    work.data = _form_data(form, criteria)
    source, partly = _evidence_source(webb, form, work)
    await form.close()
    if action == "lagg-till":
        if len(work.respondents) < MAX_RESPONDENTS:
            work.data["ambitionsgrafen"].append({"respondent": f"R{len(work.respondents) + 1}", "roll": "", "svar": {}})
        else:
            work.problems = [Problem(Location(FORM_NAME), f"formuläret tar högst {MAX_RESPONDENTS} svarande; fler "
                                                          "kan anges i en svarsfil som laddas upp")]
        return RedirectResponse(f"/mognad#svarande-{len(work.respondents) - 1}", status_code=303)
    if isinstance(action, str) and action.startswith("ta-bort-") and action[8:].isdigit():
        index = int(action[8:])
        if index < len(work.respondents):
            del work.data["ambitionsgrafen"][index]
        return RedirectResponse("/mognad#ambitionsgrafen", status_code=303)
    await run_in_threadpool(_assess_form, webb, work, criteria, source, partly)
    return RedirectResponse("/mognad#bedomning" if not (work.field_errors or work.problems) else "/mognad#meddelanden",
                            status_code=303)


def _assess_form(webb, work: Mognadsarbete, criteria: list[str], source, partly: bool) -> None:
    from ..mognad.korning import assess_answers
    from ..model.loading import validate_self_assessment
    from ..rapport.mognad import MognadRun

    work.field_errors, work.problems, work.source = {}, [], FORM_NAME
    work.run = work.answers = None  # a report of earlier answers is not shown beside answers that changed
    try:
        answers = validate_self_assessment(_loader_data(work.data), FORM_NAME, criteria)
        bedömning = assess_answers(webb.assessor(partly), answers, source, FORM_NAME)
    except InputError as error:
        for problem in error.problems:
            name = _field_name(problem.location.field_path or "")
            if name and name not in work.field_errors:
                work.field_errors[name] = problem.message
            else:
                work.problems.append(problem)
        return
    work.run, work.answers, work.source = MognadRun(assessments=[bedömning]), answers, FORM_NAME


def _form_data(form, criteria: list[str]) -> dict[str, Any]:
    """The form's fields as a self-assessment's data, every text as it was typed."""

    def text(name: str, limit: int = 2000) -> str:
        value = form.get(name)
        return value.strip()[:limit] if isinstance(value, str) else ""

    data: dict[str, Any] = {name: text(name, 200) for name in ("organisation", "organisationsnummer", "myndighet",
                                                                "datum")}
    data["dalamodellen"] = {}
    for code in criteria:
        answer = text(code, 20) or DONT_KNOW
        data["dalamodellen"][code] = {"svar": answer, "underlag": text(f"{code}-underlag"),
                                      "datum": text(f"{code}-datum", 20)}
    respondents = []
    count = text("antal-svarande", 5)
    for i in range(min(int(count) if count.isdigit() else 0, MAX_RESPONDENTS)):
        prefix = f"svarande-{i}-"
        respondents.append({"respondent": text(prefix + "respondent", 100), "roll": text(prefix + "roll", 40),
                            "svar": {name: text(prefix + name, 40) or DONT_KNOW for name in ANSWER_FIELDS}})
    data["ambitionsgrafen"] = respondents
    return data


def _loader_data(data: dict[str, Any]) -> dict[str, Any]:
    """The form's data as an answers file has it: a field left empty is left out (the loader names what is missing)."""
    if isinstance(data, dict):
        return {k: _loader_data(v) for k, v in data.items() if v not in ("", None)}
    if isinstance(data, list):
        return [_loader_data(v) for v in data]
    return data


_RESPONDENT = re.compile(r"^ambitionsgrafen\[(\d+)\](?:\.svar)?\.(\w+)$")
_CRITERION = re.compile(r"^dalamodellen\.(DAL-\d{4})(?:\.(svar|underlag|datum))?$")


def _field_name(path: str) -> str | None:
    """The form field a problem's data path is about: `dalamodellen.DAL-1111.datum` → `DAL-1111-datum`."""
    if path in ("organisation", "organisationsnummer", "myndighet", "datum"):
        return path
    if match := _CRITERION.match(path):
        code, part = match.groups()
        return code if part in (None, "svar") else f"{code}-{part}"
    if match := _RESPONDENT.match(path):
        return f"svarande-{match.group(1)}-{match.group(2)}"
    return None


_LABELS = {"organisation": "Organisationens namn", "organisationsnummer": "Organisationsnummer",
           "myndighet": "Namnet som köpare", "datum": "Dagen för självskattningen", "respondent": "beteckning",
           "roll": "roll", "v3_4_omfattning": "AMB-34, omfattning"}


def field_label(name: str) -> str:
    """A form field as the list of problems names it: `svarande-0-roll` → `Svarande 1, roll`; `DAL-1112-datum` →
    `DAL-1112, datum`."""
    if name in _LABELS:
        return _LABELS[name]
    if name.startswith("svarande-"):
        _, index, part = name.split("-", 2)
        what = _LABELS.get(part) or ANSWER_FIELDS.get(part, (part,))[0]
        return f"Svarande {int(index) + 1}, {what}"
    code, part = name[:8], name[9:]
    return f"{code}, {part}" if part else code


async def clear(request: Request):
    webb = _webb(request)
    await webb.form(request)
    session_of(request).state.pop(KEY, None)
    return RedirectResponse("/mognad", status_code=303)


# --- The report and the downloads ----------------------------------------------------------------


def _report(webb, work: Mognadsarbete, fmt: str) -> str:
    from ..mognad.mall import template
    from ..rapport import mognad as report
    from ..rapport.mognad_html import render_html

    if fmt == "yaml":
        if work.answers is None:
            raise HTTPException(409, "Det finns inga giltiga svar att ladda ner: fyll i formuläret och bedöm svaren, "
                                     "eller ladda upp en självskattning.")
        return template(webb.rulebook, dt.date.today(), work.answers)
    if work.run is None:
        raise HTTPException(409, "Det finns ingen bedömning ännu: ladda upp en självskattning eller fyll i formuläret.")
    return report.render_json(work.run) if fmt == "json" else render_html(work.run)


async def report_html(request: Request):
    """The report alone, as the page's frame shows it: the CLI's self-contained HTML, under its own policy."""
    webb = _webb(request)
    html = _report(webb, _work(session_of(request)), "html")
    return HTMLResponse(html, headers={"content-security-policy": REPORT_CSP})


async def download(request: Request):
    webb = _webb(request)
    name = request.path_params["name"]
    if name not in DOWNLOADS:
        raise HTTPException(404)
    work = _work(session_of(request))
    fmt, media = DOWNLOADS[name]
    content = _report(webb, work, fmt)
    stem = re.sub(r"[^\w.-]+", "-", work.answers.organisation if work.answers else "mognad").strip("-.")[:60] or "mognad"
    return Response(content, media_type=media, headers={"content-disposition": attachment(f"{stem}-{name}")})


routes = [
    Route("/mognad", page),
    Route("/mognad/ladda-upp", upload, methods=["POST"]),
    Route("/mognad/formular", submit, methods=["POST"]),
    Route("/mognad/rensa", clear, methods=["POST"]),
    Route("/mognad/rapport", report_html),
    Route("/mognad/ladda-ner/{name}", download),
]
