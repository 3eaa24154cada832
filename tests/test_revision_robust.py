"""`kravmotor revision` under bad input and bad luck: no document stops a run, a dying worker costs one
document, a second process is refused, a full disk and Ctrl-C leave a run that resumes, and the workers
never outlive the run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from bad_inputs import good_yaml, write_bad_documents, write_bad_export
from kravmotor.cli import main
from kravmotor.motor.pipeline import Checker
from kravmotor.resources import rules_dir
from kravmotor.revision import runner, workers
from kravmotor.revision.lock import RunLock
from kravmotor.revision.runner import run_revision
from kravmotor.revision.store import Store
from suppliers import BASE_SUPPLIER
from uhm_data import PROCUREMENTS, read_rows, write_slice

REPO = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(REPO / "src")}


def cli(*args):
    return CliRunner().invoke(main, ["revision", *[str(a) for a in args]])


def _good(directory: Path, n: int) -> list[Path]:
    """`n` valid documents DOK-0, DOK-1, ... as u0000.yaml, u0001.yaml, ..."""
    directory.mkdir(parents=True, exist_ok=True)
    template = good_yaml(0)
    paths = []
    for i in range(n):
        path = directory / f"u{i:04d}.yaml"
        path.write_text(template.replace("id: DOK-0\n", f"id: DOK-{i}\n"), encoding="utf-8")
        paths.append(path)
    return paths


def _distinct(directory: Path, n: int) -> None:
    """`n` valid documents that differ in their value, so that the memo cannot make a run of them instant:
    a run a test interrupts must still be going when the signal comes."""
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        value = {"totalt": 10_000_000 + 1000 * i, "per_år": 2_500_000 + 250 * i}
        (directory / f"u{i:04d}.yaml").write_text(good_yaml(i, uppskattat_värde=value), encoding="utf-8")


def _dump(database: Path) -> dict:
    with sqlite3.connect(database) as db:
        return {
            "documents": list(db.execute("SELECT key, seq, document_id, document, status, error, internal "
                                         "FROM documents ORDER BY seq")),
            "findings": list(db.execute("SELECT key, seq, kod, utfall, meddelande FROM findings_text ORDER BY key, seq")),
        }


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _stored(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(database) as db:
            return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


# --- the acceptance test ----------------------------------------------------------------


def test_200_good_files_and_one_of_each_failure_class(tmp_path):
    folder = tmp_path / "underlag"
    good = _good(folder, 200)
    bad = write_bad_documents(folder / "trasiga")
    bad_rows = write_bad_export(folder / "statistik")
    (folder / "leverantör.yaml").write_text(__import__("yaml").safe_dump(BASE_SUPPLIER, allow_unicode=True), encoding="utf-8")
    database = tmp_path / "r.sqlite"

    result = cli(folder, "--databas", database, "--arbetare", 2)
    assert result.exit_code == 2, result.output
    with Store(database) as store:
        assert store.run(1).status == "klar"
        counts = store.counts(1)
        assert counts == {"ok": 200 + 6, "fel": len(bad) + len(bad_rows), "hoppad": 1}
        assert store.internal_errors(1) == 0  # every one of them is the input's fault, told as such
        assert {key for key, _ in store.documents(1)} >= {str(p) for p in good}
        errors = dict(store.errors(1))
    for item in bad:
        text = errors[str(item.path)]
        located = f"{item.path}:{item.line}:" if item.line else f"{item.path}: "
        assert text.startswith(located) and item.words in text, (item.name, text)
    export = folder / "statistik" / "number_of_procurements.csv.gz"
    for row, words in bad_rows.items():
        text = errors[f"{export}:rad {row}"]
        assert text.startswith(f"{export}:{row}") and words in text
    assert "Traceback" not in result.output

    before = _dump(database)
    again = cli("--återuppta", 1, "--databas", database, "--arbetare", 2)
    assert again.exit_code == 2
    assert "Den här gången: 0 underlag" in again.output and f"återupptagen: {206 + len(bad) + 4} fanns redan" in again.output
    assert _dump(database) == before


# --- a dying worker costs one document ---------------------------------------------------------


def _dies_on(document_id: str, how):
    real = Checker.compact  # what a revision's workers check with

    def compact(self, document):
        if document.id == document_id:
            how()
        return real(self, document)

    return compact


@pytest.mark.parametrize("how, words", [
    (lambda: os.kill(os.getpid(), signal.SIGSEGV), "signal SIGSEGV"),
    (lambda: os.kill(os.getpid(), signal.SIGKILL), "signal SIGKILL, t.ex. för att minnet tog slut"),
    (lambda: os._exit(7), "kod 7"),
])
def test_a_worker_dying_costs_only_its_document(tmp_path, monkeypatch, how, words):
    paths = _good(tmp_path / "in", 23)
    monkeypatch.setattr(Checker, "compact", _dies_on("DOK-9", how))  # the workers are forked: they inherit it
    database = tmp_path / "r.sqlite"
    with Store(database) as store:
        report = run_revision(store, [str(tmp_path / "in")], rule_dir=rules_dir(), workers=2, chunk=5)
        assert report.processed == 23 and store.run(report.run).status == "klar"
        assert store.counts(report.run) == {"ok": 22, "fel": 1} and store.internal_errors(report.run) == 1
        ((key, text),) = store.errors(report.run)
        assert key == str(paths[9]) and "arbetsprocessen som granskade underlaget avslutades oväntat" in text
        assert words in text
        assert [k for k, _ in store.documents(report.run)] == [str(p) for i, p in enumerate(paths) if i != 9]
    result = cli("--visa", 1, "--databas", database)
    assert result.exit_code == 3 and "stoppades 1 av ett internt fel i kravmotor" in result.output
    monkeypatch.undo()  # the crash is recorded: a resume does not meet the document again
    again = cli("--återuppta", 1, "--databas", database, "--arbetare", 2)
    assert "Den här gången: 0 underlag" in again.output


def test_the_same_run_with_and_without_a_crash_differs_only_in_that_document(tmp_path, monkeypatch):
    _good(tmp_path / "in", 12)
    for name, crash in (("hel.sqlite", False), ("krasch.sqlite", True)):
        if crash:
            monkeypatch.setattr(Checker, "compact", _dies_on("DOK-4", lambda: os.kill(os.getpid(), signal.SIGSEGV)))
        with Store(tmp_path / name) as store:
            run_revision(store, [str(tmp_path / "in")], rule_dir=rules_dir(), workers=2, chunk=3)
    whole, crashed = _dump(tmp_path / "hel.sqlite"), _dump(tmp_path / "krasch.sqlite")
    differ = [(a[0], b[4]) for a, b in zip(whole["documents"], crashed["documents"]) if a != b]
    assert differ == [(str(tmp_path / "in" / "u0004.yaml"), "fel")]
    assert [f for f in whole["findings"] if "u0004" not in f[0]] == crashed["findings"]


def test_a_document_over_its_time_budget_is_stopped_and_recorded(tmp_path, monkeypatch):
    _good(tmp_path / "in", 6)
    monkeypatch.setattr(Checker, "compact", _dies_on("DOK-2", lambda: time.sleep(30)))
    result = CliRunner().invoke(main, ["--gräns", "tid_per_underlag=1", "revision", str(tmp_path / "in"),
                                       "--databas", str(tmp_path / "r.sqlite"), "--arbetare", "1"])
    assert result.exit_code == 2, result.output
    with Store(tmp_path / "r.sqlite") as store:
        assert store.counts(1) == {"ok": 5, "fel": 1} and store.internal_errors(1) == 0
        ((key, text),) = store.errors(1)
    assert key.endswith("u0002.yaml") and "tog för lång tid och avbröts; gränsen är 1 s" in text


def test_a_worker_stuck_past_the_alarm_is_killed(tmp_path, monkeypatch):
    def stuck():
        signal.signal(signal.SIGALRM, signal.SIG_IGN)  # as if stuck in C code, where the alarm never lands
        time.sleep(60)

    _good(tmp_path / "in", 4)
    monkeypatch.setattr(Checker, "compact", _dies_on("DOK-1", stuck))
    started = time.monotonic()
    result = CliRunner().invoke(main, ["--gräns", "tid_per_underlag=1", "revision", str(tmp_path / "in"),
                                       "--databas", str(tmp_path / "r.sqlite"), "--arbetare", "1"])
    assert time.monotonic() - started < 20
    assert result.exit_code == 2, result.output
    with Store(tmp_path / "r.sqlite") as store:
        assert store.counts(1) == {"ok": 3, "fel": 1}
        assert "tog för lång tid" in store.errors(1)[0][1]


# --- one CPU: an export's rows are checked in the main process ------------------------------------


def _no_worker(self):
    raise AssertionError("en arbetsprocess startades")


def test_on_one_cpu_an_export_is_checked_without_a_worker_and_stored_the_same(tmp_path, monkeypatch):
    export = write_slice(tmp_path / "statistik", 120)
    with Store(tmp_path / "arbetare.sqlite") as store:
        run_revision(store, [str(export)], rule_dir=rules_dir(), workers=1, chunk=3)
    alarm = signal.getsignal(signal.SIGALRM)
    monkeypatch.setattr(runner, "usable_cpus", lambda: 1)
    monkeypatch.setattr(workers.Pool, "_spawn", _no_worker)
    with Store(tmp_path / "här.sqlite") as store:
        run_revision(store, [str(export)], rule_dir=rules_dir(), chunk=3)  # one CPU: one "worker", this process
        assert store.counts(1) == {"ok": 120}
    assert _dump(tmp_path / "här.sqlite") == _dump(tmp_path / "arbetare.sqlite")
    assert signal.getsignal(signal.SIGALRM) is alarm and runner._checker is None  # the process is as it was


def test_on_one_cpu_document_files_still_go_to_a_worker(tmp_path, monkeypatch):
    export = write_slice(tmp_path / "statistik", 40)
    _good(tmp_path / "in", 4)
    sources = [str(export), str(tmp_path / "in")]
    with Store(tmp_path / "arbetare.sqlite") as store:
        run_revision(store, sources, rule_dir=rules_dir(), workers=1, chunk=3)
    monkeypatch.setattr(runner, "usable_cpus", lambda: 1)
    monkeypatch.setattr(Checker, "compact", _dies_on("DOK-2", lambda: os.kill(os.getpid(), signal.SIGSEGV)))
    with Store(tmp_path / "här.sqlite") as store:
        run_revision(store, sources, rule_dir=rules_dir(), chunk=3)
        assert store.counts(1) == {"ok": 43, "fel": 1} and store.internal_errors(1) == 1  # the crash cost one file
    whole, here = _dump(tmp_path / "arbetare.sqlite"), _dump(tmp_path / "här.sqlite")
    assert [a for a, b in zip(whole["documents"], here["documents"]) if a != b] == [
        d for d in whole["documents"] if d[0].endswith("u0002.yaml")]
    assert [f for f in whole["findings"] if "u0002" not in f[0]] == here["findings"]


def test_on_one_cpu_an_export_row_over_its_time_budget_is_stopped_and_recorded(tmp_path, monkeypatch):
    export = write_slice(tmp_path / "statistik", 6)
    header, *body = read_rows(export / PROCUREMENTS)
    third = body[2][header.index("Upphandlings-ID")]
    real = runner.check

    def check(checker, loaded):
        if loaded.row.fields["id"] == third:
            time.sleep(30)
        return real(checker, loaded)

    monkeypatch.setattr(runner, "check", check)
    monkeypatch.setattr(runner, "usable_cpus", lambda: 1)
    monkeypatch.setattr(workers.Pool, "_spawn", _no_worker)
    started = time.monotonic()
    result = CliRunner().invoke(main, ["--gräns", "tid_per_underlag=1", "revision", str(export),
                                       "--databas", str(tmp_path / "r.sqlite")])
    assert time.monotonic() - started < 10
    assert result.exit_code == 2, result.output
    with Store(tmp_path / "r.sqlite") as store:
        assert store.counts(1) == {"ok": 5, "fel": 1} and store.internal_errors(1) == 0
        ((key, text),) = store.errors(1)
    assert key == f"{export / PROCUREMENTS}:rad 4" and "tog för lång tid och avbröts; gränsen är 1 s" in text


def test_a_source_failing_half_way_is_one_internal_error_row(tmp_path, monkeypatch):
    from kravmotor.sources import uhm

    write_bad_export(tmp_path / "statistik")
    _good(tmp_path / "in", 3)
    real = uhm.records

    def breaks(directory):
        for number, item in enumerate(real(directory)):
            if number == 4:
                raise RuntimeError("trasig läsare")
            yield item

    monkeypatch.setattr(uhm, "records", breaks)
    result = cli(tmp_path / "statistik", tmp_path / "in", "--databas", tmp_path / "r.sqlite", "--arbetare", 1)
    assert result.exit_code == 3
    with Store(tmp_path / "r.sqlite") as store:
        assert store.counts(1)["ok"] == 3 + 2  # the documents after it, and the good rows before it
        assert store.internal_errors(1) == 1
        assert any(key == f"{tmp_path / 'statistik'} (avbruten)" for key, _ in store.errors(1))


# --- processes, locks, interruptions -------------------------------------------------------------


def _start(folder: Path, database: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kravmotor", "revision", str(folder), "--tyst", "--arbetare", "2",
                             "--databas", str(database)], env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, preexec_fn=_ctrl_c_as_in_a_terminal)


def _ctrl_c_as_in_a_terminal() -> None:
    """A command started in the background (`cmd &` in a script) inherits SIGINT ignored, and Python then
    leaves it ignored: the run would rightly not stop. The test is about a terminal's Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


RUNNING = 4000  # documents in a run that must still be going when a test interrupts it


def _wait_for_work(process: subprocess.Popen, database: Path) -> set[int]:
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and process.poll() is None:
        workers |= _children(process.pid)
        if len(workers) >= 2 and 0 < _stored(database) < RUNNING // 2:
            return workers
        time.sleep(0.02)
    pytest.fail(f"the run did not get going: {process.poll()} {process.stderr.read() if process.poll() is not None else ''}")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_die_with_their_parent(tmp_path):
    _distinct(tmp_path / "in", RUNNING)
    process = _start(tmp_path / "in", tmp_path / "r.sqlite")
    try:
        workers = _wait_for_work(process, tmp_path / "r.sqlite")
        os.kill(process.pid, signal.SIGKILL)  # the main process only, as an out-of-memory kill would
        process.wait()
        deadline = time.monotonic() + 5
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in workers if _alive(pid)], "orphaned workers"
    finally:
        for pid in _children(process.pid):
            os.kill(pid, signal.SIGKILL)


def test_ctrl_c_stops_the_workers_and_says_how_to_resume(tmp_path):
    _distinct(tmp_path / "in", RUNNING)
    process = _start(tmp_path / "in", tmp_path / "r.sqlite")
    workers = _wait_for_work(process, tmp_path / "r.sqlite")
    os.killpg(process.pid, signal.SIGINT)  # the whole terminal's process group, as Ctrl-C does
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 2, stderr
    assert "körningen avbröts" in stderr and "--återuppta 1" in stderr and "Traceback" not in stderr
    time.sleep(0.5)
    assert not [pid for pid in workers if _alive(pid)]
    with Store(tmp_path / "r.sqlite") as store:
        assert store.run(1).status == "pågår" and not store.internal_errors(1) and "fel" not in store.counts(1)


def test_a_second_process_resuming_the_same_run_is_refused(tmp_path):
    _good(tmp_path / "in", 3)
    database = tmp_path / "r.sqlite"
    assert cli(tmp_path / "in", "--databas", database, "--arbetare", 1).exit_code == 0
    command = [sys.executable, "-m", "kravmotor", "revision", "--återuppta", "1", "--databas", str(database), "--tyst"]
    with RunLock(database, 1):  # this process works on run 1
        refused = subprocess.run(command, env=ENV, capture_output=True, text=True)
        other = subprocess.run([*command[:4], str(tmp_path / "in"), "--databas", str(database), "--tyst"], env=ENV,
                               capture_output=True, text=True)
    assert refused.returncode == 2 and "körning 1 granskas redan av en annan process" in refused.stderr
    assert "IntegrityError" not in refused.stderr and "Traceback" not in refused.stderr
    assert other.returncode == 0  # a new run (2) in the same database is another lock
    assert subprocess.run(command, env=ENV, capture_output=True, text=True).returncode == 0  # free again


def test_a_full_disk_stops_the_run_resumably(tmp_path, monkeypatch):
    _good(tmp_path / "in", 30)
    with Store(tmp_path / "hel.sqlite") as store:
        run_revision(store, [str(tmp_path / "in")], rule_dir=rules_dir(), workers=2, chunk=5)
    real = Store.write_rows
    calls = []

    def fills_up(self, run, *args):
        calls.append(run)
        if len(calls) == 3:
            raise sqlite3.OperationalError("database or disk is full")
        return real(self, run, *args)

    monkeypatch.setattr(Store, "write_rows", fills_up)
    database = tmp_path / "full.sqlite"
    with Store(database) as store:
        from kravmotor.revision.runner import StoreFailed

        with pytest.raises(StoreFailed) as info:
            run_revision(store, [str(tmp_path / "in")], rule_dir=rules_dir(), workers=2, chunk=5)
        assert store.run(1).status == "pågår"
    message = str(info.value)
    assert "databasen kunde inte skrivas: disken är full" in message and f"--återuppta 1 --databas {database}" in message
    monkeypatch.undo()
    resumed = cli("--återuppta", 1, "--databas", database, "--arbetare", 2)
    # The first chunk is committed alone; the second waited in the open batch, which the failure gave up.
    assert resumed.exit_code == 0 and "återupptagen: 5 fanns redan" in resumed.output
    assert _dump(database) == _dump(tmp_path / "hel.sqlite")


def test_chunks_are_committed_in_batches_the_first_alone(tmp_path, monkeypatch):
    from kravmotor.revision import store as store_module

    _good(tmp_path / "in", 30)
    monkeypatch.setattr(store_module, "BATCH_ROWS", 10)
    monkeypatch.setattr(store_module, "BATCH_SECONDS", 3600.0)
    database = tmp_path / "r.sqlite"
    real = Store.write_rows
    seen = []  # what another connection sees after each chunk is written

    def watched(self, run, *args):
        real(self, run, *args)
        seen.append(_stored(database))

    monkeypatch.setattr(Store, "write_rows", watched)
    with Store(database) as store:
        run_revision(store, [str(tmp_path / "in")], rule_dir=rules_dir(), workers=1, chunk=5)
    assert seen == [5, 5, 15, 15, 25, 25] and _stored(database) == 30


@pytest.mark.skipif(sys.platform != "linux", reason="mount namespaces are Linux")
def test_a_really_full_disk_is_exit_2_and_resumes(tmp_path):
    _good(tmp_path / "in", 300)
    small, kept = tmp_path / "liten", tmp_path / "sparad"
    small.mkdir()
    kept.mkdir()
    script = (f"mount -t tmpfs -o size=400k none {small} && {sys.executable} -m kravmotor revision {tmp_path / 'in'} "
              f"--tyst --databas {small / 'r.sqlite'}; echo kod=$?; cp {small}/r.sqlite* {kept}/")
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], env=ENV, capture_output=True, text=True)
    if "mount:" in done.stderr or "unshare:" in done.stderr:
        pytest.skip(f"no tmpfs mount here: {done.stderr.strip()[:100]}")
    assert "kod=2" in done.stdout, done.stderr
    assert "disken är full" in done.stderr and "--återuppta 1" in done.stderr and "Traceback" not in done.stderr
    database = kept / "r.sqlite"
    stored = _stored(database)
    assert 0 < stored < 300
    resumed = cli("--återuppta", 1, "--databas", database, "--arbetare", 2)
    assert resumed.exit_code == 0 and f"återupptagen: {stored} fanns redan" in resumed.output
    with Store(tmp_path / "hel.sqlite") as store:
        run_revision(store, [str(tmp_path / "in")], rule_dir=rules_dir(), workers=2)
    assert _dump(database) == _dump(tmp_path / "hel.sqlite")


def test_a_row_sqlite_cannot_take_is_stored_as_that_documents_internal_error(tmp_path, monkeypatch):
    _good(tmp_path / "in", 4)
    real = runner.document_row

    def broken(task, loaded, findings, catalogue):  # as if a text with a lone surrogate had slipped past the readers
        row = real(task, loaded, findings, catalogue)
        return row._replace(buyer_name="Kommun \ud800") if loaded.document.id == "DOK-2" else row

    monkeypatch.setattr(runner, "document_row", broken)
    with Store(tmp_path / "r.sqlite") as store:
        report = run_revision(store, [str(tmp_path / "in")], rule_dir=rules_dir(), workers=1)
        assert store.counts(report.run) == {"ok": 3, "fel": 1} and store.internal_errors(report.run) == 1
        assert store.errors(report.run)[0][0].endswith("u0002.yaml")
