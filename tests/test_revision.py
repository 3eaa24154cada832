"""`kravmotor revision`: the store, parallel and resumable runs, comparing runs, the command's exit codes."""

from __future__ import annotations

import copy
import csv
import dataclasses
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from documents import BASE_DOCUMENT
from kravmotor.cli import main
from kravmotor.errors import InputError
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.resources import rules_dir
from kravmotor.revision.compare import compare_runs
from kravmotor.revision.indicators import compute
from kravmotor.revision.runner import expand_sources, run_revision
from kravmotor.revision.store import Store, StoredDocument, StoredFinding
from uhm_data import needs_uhm, write_copies, write_slice

REPO = Path(__file__).resolve().parent.parent


def _document(number: int, *, turnover: int | None = None) -> dict:
    raw = copy.deepcopy(BASE_DOCUMENT)
    raw["id"] = f"DOK-{number}"
    # Not divided into lots, so that a turnover requirement is judged once, against the whole value (PROP-01).
    raw.update(delkontrakt=[], skäl_mot_uppdelning="Tjänsten är en helhet som inte kan delas upp.")
    if turnover is not None:  # more than twice the estimated value (10 MSEK): PROP-01 says fel
        raw["kvalificeringskrav"] = [{"typ": "omsättning", "belopp": turnover}]
    return raw


def _write(path: Path, raw: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _batch(directory: Path, flawed: set[int] = frozenset(), broken: set[int] = frozenset(), n: int = 4) -> Path:
    for i in range(n):
        if i in broken:
            (directory / f"u{i}.yaml").write_text("id: [oavslutad\n", encoding="utf-8")
        else:
            _write(directory / f"u{i}.yaml", _document(i, turnover=30_000_000 if i in flawed else None))
    return directory


def _dump(database: Path) -> dict:
    """Everything a run stored except its id and timestamps, in a comparable form."""
    db = sqlite3.connect(database)
    runs = [row for row in db.execute("SELECT status, ruleset, parameters, sources, motor FROM runs ORDER BY id")]
    documents = list(db.execute("SELECT key, seq, document_id, buyer_name, buyer_orgnr, year, category, document, status, error "
                                "FROM documents ORDER BY seq"))
    findings = list(db.execute("SELECT key, seq, kod, utfall, titel, område, meddelande, åtgärd, fält, värden, motivering, "
                               "anmärkning, ursprung FROM findings_text ORDER BY key, seq"))
    db.close()
    return {"runs": runs, "documents": documents, "findings": findings}


def cli(*args) -> Result:
    return CliRunner().invoke(main, ["revision", *[str(a) for a in args]])


# --- the store -------------------------------------------------------------------------------


def test_store_round_trip(tmp_path):
    doc = Förfrågningsunderlag.model_validate(_document(1))
    with Store(tmp_path / "r.sqlite") as store:
        run = store.start_run(ruleset="abc", parameters={"motor": "native"}, sources=["x"], motor="native")
        finding = StoredFinding("PROP-01", "fel", "Titel", "proportionalitet", "Meddelande", None, ["uppskattat_värde.totalt"])
        store.write_chunk(run, [
            StoredDocument("a.yaml", 0, "ok", doc.id, "Exempelby kommun", "212000-0000", 2026, "tjänster",
                           doc.model_dump_json(), findings=[finding, finding]),
            StoredDocument("b.yaml", 1, "fel", error="b.yaml:1:5: fel")])
        store.finish_run(run)
        info = store.run(run)
        assert (info.status, info.ruleset, info.sources, info.parameters) == ("klar", "abc", ["x"], {"motor": "native"})
        assert [(k, d) for k, d in store.documents(run)] == [("a.yaml", doc)]
        assert store.counts(run) == {"ok": 1, "fel": 1}
        assert store.outcome_counts(run) == {"fel": 2}
        assert store.rule_counts(run) == [("PROP-01", "Titel", "fel", 2)]
        assert next(iter(store.finding_rows(run))) == ("a.yaml", "Exempelby kommun", "212000-0000", "PROP-01", "fel",
                                                     ["uppskattat_värde.totalt"])
        assert store.errors(run) == [("b.yaml", "b.yaml:1:5: fel")]
        assert store.db.execute("SELECT COUNT(*) FROM finding").fetchone()[0] == 1  # a repeated finding is stored once
        assert store.buyer_documents_with_findings(run) == {"Exempelby kommun": 1}
        assert store.outcomes_per_buyer(run) == [("Exempelby kommun", "fel", 2)]


def test_the_catalogue_hands_each_finding_over_once_by_its_content_id(monkeypatch):
    from kravmotor.motor.findings import Compact
    from kravmotor.revision import store as store_module
    from kravmotor.revision.store import Catalogue, content_id

    def finding(code: str) -> Compact:
        return Compact((code, "fel", "Titel", None, "Meddelande", None, "[]", None, None, None, None), ())

    a, b, c = finding("PROP-01"), finding("PROP-02"), finding("PROP-03")
    expected = {f: content_id(json.dumps(f.row, ensure_ascii=False)) for f in (a, b, c)}
    catalogue = Catalogue()
    first = catalogue.findings([a, b])
    taken = catalogue.take()
    assert taken.findings == {expected[a]: a.row, expected[b]: b.row}
    assert taken.lists == {first: f"[{expected[a]}, {expected[b]}]"} and first == content_id(taken.lists[first])
    second = catalogue.findings([b, c])
    assert catalogue.findings([a, b]) == first and catalogue.findings([]) is None
    taken = catalogue.take()
    assert taken.findings == {expected[c]: c.row} and list(taken.lists) == [second]  # b was handed over already
    # An equal finding built anew has the same id; another catalogue (a new worker) hands it over again.
    again = Catalogue()
    assert again.findings([finding("PROP-01")]) == catalogue.findings([a]) and again.take().findings == {expected[a]: a.row}
    # Full, it starts afresh when a new finding comes, and hands over again what it gives from then on.
    monkeypatch.setattr(store_module, "LIMIT", 3)
    catalogue.take()
    assert catalogue.findings([a, b]) == first and catalogue.take() == ({}, {})  # nothing new: nothing handed over
    d = finding("PROP-04")
    pair = catalogue.findings([d, a])
    taken = catalogue.take()
    assert taken.findings == {content_id(json.dumps(d.row, ensure_ascii=False)): d.row, expected[a]: a.row}
    assert list(taken.lists) == [pair]
    assert catalogue.findings([a, b]) == first and list(catalogue.take().lists) == [first]  # b again, and the list


def test_a_failing_chunk_leaves_nothing_behind(tmp_path):
    with Store(tmp_path / "r.sqlite") as store:
        run = store.start_run(ruleset="abc", parameters={}, sources=[], motor="native")
        good = StoredDocument("a.yaml", 0, "ok", findings=[StoredFinding("PROP-01", "fel", fält=[])])
        with pytest.raises(sqlite3.IntegrityError):
            store.write_chunk(run, [good, StoredDocument("a.yaml", 1, "ok")])  # the same key twice
        assert store.counts(run) == {} and store.outcome_counts(run) == {}
        store.write_chunk(run, [good])  # the text cache did not keep ids of the rolled-back transaction
        assert store.outcome_counts(run) == {"fel": 1}


def test_a_database_from_before_findings_were_stored_by_content_is_converted(tmp_path):
    """Its findings, counts and indicators read as they did; a read-only open says what to do instead."""
    database = tmp_path / "gammal.sqlite"
    docs = [Förfrågningsunderlag.model_validate(_document(i)) for i in (1, 2)]
    old = sqlite3.connect(database)
    old.executescript((REPO / "tests" / "fixtures" / "revision_fore_innehallsadresser.sql").read_text(encoding="utf-8"))
    old.execute("INSERT INTO runs VALUES (1, '2026-01-01T10:00:00+01:00', NULL, 'klar', 'abc', '{}', '[\"in\"]', 'native')")
    for seq, doc in enumerate(docs):
        old.execute("INSERT INTO documents (run, key, seq, document_id, buyer_name, buyer_orgnr, year, category, document, status) "
                    "VALUES (1, ?, ?, ?, ?, NULL, 2026, 'tjänster', ?, 'ok')",
                    (f"u{seq}.yaml", seq, doc.id, doc.upphandlande_myndighet.namn, doc.model_dump_json()))
    old.execute("INSERT INTO documents (run, key, seq, status, error) VALUES (1, 'u2.yaml', 2, 'fel', 'u2.yaml:1:1: fel')")
    old.executemany("INSERT INTO texts (id, text) VALUES (?, ?)",
                    [(1, "Titel"), (2, "Meddelande"), (3, '["uppskattat_värde.totalt"]'), (4, "[]")])
    old.executemany("INSERT INTO findings (run, doc, seq, kod, utfall, titel, område, meddelande, åtgärd, fält) "
                    "VALUES (1, ?, ?, ?, ?, 1, 'proportionalitet', 2, NULL, ?)",
                    [(0, 0, "PROP-01", "fel", 3), (0, 1, "PROP-02", "info", 4), (1, 0, "PROP-01", "fel", 3)])
    old.commit()
    before = list(old.execute("SELECT key, seq, kod, utfall, titel, meddelande, fält FROM findings_text ORDER BY key, seq"))
    old.close()
    with pytest.raises(InputError, match="äldre version av kravmotor"):
        Store(database, read_only=True)
    with Store(database) as store:
        assert list(store.db.execute("SELECT key, seq, kod, utfall, titel, meddelande, fält FROM findings_text "
                                     "ORDER BY key, seq")) == before
        assert store.counts(1) == {"ok": 2, "fel": 1} and store.internal_errors(1) == 0
        assert store.rule_counts(1) == [("PROP-01", "Titel", "fel", 2), ("PROP-02", "Titel", "info", 1)]
        assert store.buyer_documents_with_findings(1) == {docs[0].upphandlande_myndighet.namn: 2}
        assert store.cells(1).results() == compute(docs)
        assert store.db.execute("SELECT COUNT(*) FROM finding_list").fetchone()[0] == 2  # u0's list, u1's
    with Store(database, read_only=True) as store:  # converted once
        assert store.outcome_counts(1) == {"fel": 2, "info": 1}


def test_an_unknown_run_is_a_located_error(tmp_path):
    result = cli("--jämför", 1, 2, "--databas", _empty_db(tmp_path))
    assert result.exit_code == 2
    assert "det finns ingen körning 1; databasen har inga körningar" in result.output


def _empty_db(tmp_path) -> Path:
    Store(tmp_path / "tom.sqlite").close()
    return tmp_path / "tom.sqlite"


# --- sources ---------------------------------------------------------------------------------


def test_sources_expand_in_a_fixed_order_each_once(tmp_path):
    _batch(tmp_path / "a", n=3)
    (tmp_path / "a" / "läsmig.txt").write_text("inte ett underlag")
    tasks = list(expand_sources([str(tmp_path / "a"), str(tmp_path / "a" / "*.yaml"), str(tmp_path / "saknas"),
                                 str(tmp_path / "a" / "*.json")]))
    assert [(t.key.replace(str(tmp_path), ""), t.seq, t.kind) for t in tasks] == [
        ("/a/u0.yaml", 0, "fil"), ("/a/u1.yaml", 1, "fil"), ("/a/u2.yaml", 2, "fil"),
        ("/saknas", 3, "fel"), ("/a/*.json", 4, "fel")]
    assert tasks[3].payload.endswith("filen eller katalogen finns inte")
    assert tasks[4].payload.endswith("inga filer matchar mönstret")


def test_a_directory_with_an_export_is_read_as_one(tmp_path):
    write_slice(tmp_path / "uhm", 5)
    tasks = list(expand_sources([str(tmp_path)]))
    assert [t.kind for t in tasks] == ["uhm"] * 5
    assert tasks[0].key == f"{tmp_path}/uhm/number_of_procurements.csv.gz:rad 2"


def test_xml_notices_go_to_the_eforms_reader(tmp_path):
    notice = REPO / "tests" / "fixtures" / "eforms" / "cn_24_open.xml"
    with Store(tmp_path / "r.sqlite") as store:
        report = run_revision(store, [str(notice)], rule_dir=rules_dir(), workers=1)
        status, error = store.db.execute("SELECT status, error FROM documents").fetchone()
    try:
        import kravmotor.sources.eforms  # noqa: F401  (written by another part of the project)
    except ImportError:
        assert (status, error) == ("fel", f"{notice}: eForms-annonser (.xml) kan inte läsas av den här versionen av kravmotor")
    else:
        assert status == "ok", error
        # the notice fields behind each finding are kept
        assert store_has_origin(tmp_path / "r.sqlite")
    assert report.processed == 1


def store_has_origin(database: Path) -> bool:
    with sqlite3.connect(database) as db:
        return db.execute("SELECT COUNT(*) FROM findings_text WHERE ursprung LIKE '%BT-%'").fetchone()[0] > 0


# --- runs ------------------------------------------------------------------------------------


def test_a_batch_with_one_broken_file_goes_on(tmp_path):
    _batch(tmp_path / "in", flawed={1}, broken={2})
    result = cli(tmp_path / "in", "--databas", tmp_path / "r.sqlite", "--arbetare", 1)
    assert result.exit_code == 2, result.output
    assert "Underlag: 4, varav 3 granskade och 1 som inte kunde läsas." in result.output
    assert f"{tmp_path}/in/u2.yaml:2:1: YAML-syntaxfel" in result.output  # located, in the summary
    with Store(tmp_path / "r.sqlite") as store:
        assert store.counts(1) == {"ok": 3, "fel": 1}
        assert [k for k, _ in store.documents(1)] == [f"{tmp_path}/in/u{i}.yaml" for i in (0, 1, 3)]
        assert {(kod, utfall) for _, _, _, kod, utfall, _ in store.finding_rows(1)} >= {("PROP-01", "fel")}


def test_exit_codes(tmp_path, monkeypatch):
    _batch(tmp_path / "ren", n=2)
    _batch(tmp_path / "brist", flawed={0}, n=2)
    db = tmp_path / "r.sqlite"
    assert cli(tmp_path / "ren", "--databas", db, "--arbetare", 1).exit_code == 0
    assert cli(tmp_path / "brist", "--databas", db, "--arbetare", 1).exit_code == 1
    assert cli(tmp_path / "saknas.yaml", "--databas", db, "--arbetare", 1).exit_code == 2
    result = cli("--databas", db)
    assert result.exit_code == 2 and "ange minst en KÄLLA" in result.output

    from kravmotor.motor.pipeline import Checker

    def broken(self, doc):
        raise RuntimeError("trasig")

    monkeypatch.setattr(Checker, "compact", broken)  # the worker processes are forked: they see it too
    result = cli(tmp_path / "ren", "--databas", db, "--arbetare", 1)
    assert result.exit_code == 3 and "internt fel i kravmotor" in result.output and "Traceback" not in result.output
    # the run went through every document and counted the failures, each against its document
    assert "Underlag: 2, varav 0 granskade och 2 som inte kunde läsas. Av dem stoppades 2 av ett internt fel" in result.output
    with Store(db) as store:
        run = store.runs()[-1].id
        assert store.run(run).status == "klar" and store.internal_errors(run) == 2
        assert [key for key, _ in store.errors(run)] == [f"{tmp_path}/ren/u{i}.yaml" for i in range(2)]


def test_parallel_and_sequential_runs_store_the_same(tmp_path):
    sources = [str(_batch(tmp_path / "in", flawed={1, 4}, broken={3}, n=7)), str(REPO / "examples"),
               str(write_slice(tmp_path / "uhm", 60))]
    for name, workers in (("seq.sqlite", 1), ("par.sqlite", 2)):
        with Store(tmp_path / name) as store:
            run_revision(store, sources, rule_dir=rules_dir(), workers=workers, chunk=7)
    sequential, parallel = _dump(tmp_path / "seq.sqlite"), _dump(tmp_path / "par.sqlite")
    assert len(sequential["documents"]) == 7 + len(list((REPO / "examples").rglob("*.yaml"))) + 60
    assert sequential["findings"]
    assert sequential == parallel


def test_resuming_refuses_changed_rules(tmp_path):
    rules = tmp_path / "regler"
    import shutil

    shutil.copytree(rules_dir(), rules)
    _batch(tmp_path / "in", n=1)
    db = tmp_path / "r.sqlite"
    assert cli(tmp_path / "in", "--databas", db, "--regler", rules, "--arbetare", 1).exit_code == 0
    with (rules / "omraden.yaml").open("a", encoding="utf-8") as f:
        f.write("\n# ändrad\n")
    result = cli("--återuppta", 1, "--databas", db, "--regler", rules, "--arbetare", 1)
    assert result.exit_code == 2
    assert "körning 1 gjordes med regeluppsättning" in result.output and "starta en ny körning" in result.output


def test_a_killed_run_resumes_to_the_same_database(tmp_path):
    export = str(write_copies(tmp_path / "uhm", 300, 10))  # chunks of 500 rows: several of them
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    command = [sys.executable, "-m", "kravmotor", "revision", export, "--tyst", "--arbetare", "2"]
    killed = tmp_path / "avbruten.sqlite"
    process = subprocess.Popen(command + ["--databas", str(killed)], env=env, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        stored = 0
        while stored < 50 and process.poll() is None:  # wait for the first chunk, then kill it mid-run
            time.sleep(0.01)
            if killed.exists():
                try:
                    with sqlite3.connect(killed) as db:
                        stored = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
                except sqlite3.OperationalError:  # the schema is not there yet
                    pass
        os.killpg(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL
    with sqlite3.connect(killed) as db:
        status = db.execute("SELECT status FROM runs").fetchone()[0]
        stored = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        orphans = db.execute("SELECT COUNT(*) FROM findings f LEFT JOIN documents d ON d.run = f.run AND d.seq = f.doc "
                             "WHERE d.key IS NULL").fetchone()[0]
    assert status == "pågår" and 0 < stored < 3000 and orphans == 0

    resumed = subprocess.run(command[:4] + ["--återuppta", "1", "--tyst", "--databas", str(killed)], env=env,
                             capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert f"återupptagen: {stored} fanns redan" in resumed.stdout
    whole = tmp_path / "hel.sqlite"
    subprocess.run(command + ["--databas", str(whole)], env=env, check=True, capture_output=True)
    assert _dump(killed) == _dump(whole)
    assert len(_dump(whole)["documents"]) == 3000


# --- comparing runs --------------------------------------------------------------------------


def test_compare_new_resolved_unchanged(tmp_path):
    directory = _batch(tmp_path / "in", flawed={0, 1}, n=3)
    db = tmp_path / "r.sqlite"
    assert cli(directory, "--databas", db, "--arbetare", 1).exit_code == 1
    _write(directory / "u0.yaml", _document(0))  # PROP-01 resolved in u0
    _write(directory / "u2.yaml", _document(2, turnover=30_000_000))  # new in u2
    assert cli(directory, "--databas", db, "--arbetare", 1).exit_code == 1
    with Store(db) as store:
        comparison = compare_runs(store, 1, 2)
        total_after = store.db.execute("SELECT COUNT(*) FROM findings WHERE run = 2").fetchone()[0]
    u = lambda i: f"{directory}/u{i}.yaml"  # noqa: E731
    assert {(f.key, f.kod, f.utfall) for f in comparison.nya} == {(u(2), "PROP-01", "fel")}
    assert {(f.key, f.kod) for f in comparison.lösta} == {(u(0), "PROP-01")}
    assert comparison.oförändrade == total_after - 1 and comparison.oförändrade >= 1  # u1's PROP-01 stays
    assert comparison.per_rule() == [("PROP-01", 1, 1)]

    text = cli("--jämför", 1, 2, "--databas", db)
    assert text.exit_code == 1  # a new fel
    assert "Nya fynd: 1    Lösta fynd: 1" in text.output and f"{u(2)}: PROP-01 fel" in text.output
    data = json.loads(cli("--jämför", 1, 2, "--databas", db, "--format", "json").output)
    assert (data["före"], data["efter"], data["oförändrade"]) == (1, 2, comparison.oförändrade)
    assert [(f["key"], f["kod"], f["utfall"]) for f in data["nya"]] == [(u(2), "PROP-01", "fel")]
    assert data["lösta"][0]["fält"] == ["kvalificeringskrav[0].belopp", "uppskattat_värde.totalt"]
    reverse = cli("--jämför", 2, 1, "--databas", db, "--format", "json")
    assert reverse.exit_code == 1 and [f["key"] for f in json.loads(reverse.output)["nya"]] == [u(0)]
    assert cli("--jämför", 1, 1, "--databas", db).exit_code == 0


def test_compare_matches_repeated_findings_one_by_one(tmp_path):
    """Two findings with the same rule and fields in one document are two findings: one going away is resolved."""
    with Store(tmp_path / "r.sqlite") as store:
        twice = [StoredFinding("SOC-01", "varning", fält=["x"]), StoredFinding("SOC-01", "varning", fält=["x"])]
        for findings in (twice, twice[:1]):
            run = store.start_run(ruleset="abc", parameters={}, sources=[], motor="native")
            store.write_chunk(run, [StoredDocument("a.yaml", 0, "ok", findings=findings)])
        comparison = compare_runs(store, 1, 2)
        assert ([f.kod for f in comparison.lösta], comparison.nya, comparison.oförändrade) == (["SOC-01"], [], 1)
        assert [f.kod for f in compare_runs(store, 2, 1).nya] == ["SOC-01"]
        assert store.db.execute("SELECT name FROM sqlite_temp_master").fetchall() == []  # nothing left behind


# --- what a run reports ----------------------------------------------------------------------


def test_a_supplier_file_among_the_documents_is_skipped_not_broken(tmp_path):
    _batch(tmp_path / "in", n=2)
    supplier = tmp_path / "in" / "leverantorer" / "lev.yaml"
    supplier.parent.mkdir()
    supplier.write_text((REPO / "examples" / "leverantorer" / "seriost-stadbolag.yaml").read_text(encoding="utf-8"),
                        encoding="utf-8")
    result = cli(tmp_path / "in", "--databas", tmp_path / "r.sqlite", "--arbetare", 1)
    assert result.exit_code == 0, result.output
    assert "Underlag: 2, varav 2 granskade och 0 som inte kunde läsas. 1 andra filer hoppades över." in result.output
    assert f"{supplier}: filen beskriver en leverantör" in result.output and "kravmotor screena" in result.output
    with Store(tmp_path / "r.sqlite") as store:
        assert store.counts(1) == {"ok": 2, "hoppad": 1}
        assert len(list(store.documents(1))) == 2  # not counted in the indicators


def _member_2024(raw: dict) -> dict:
    """The document as a member kommun's of the nämndplan, advertised in 2024: the bundled targets apply to it."""
    raw["upphandlande_myndighet"] = {"namn": "Falu kommun", "typ": "kommunal"}
    raw["annonseringsdatum"], raw["sista_anbudsdag"] = "2024-03-04", "2024-04-13"
    return raw


def _two_runs(tmp_path) -> tuple[Path, Path]:
    """Run 1: three documents of a member kommun in 2024, none with sysselsättningskrav. Run 2: the same, two with."""
    directory = tmp_path / "in"
    for i in range(3):
        _write(directory / f"u{i}.yaml", _member_2024(_document(i, turnover=30_000_000 if i == 0 else None)))
    db = tmp_path / "r.sqlite"
    assert cli(directory, "--databas", db, "--arbetare", 1).exit_code == 1
    for i in (1, 2):
        raw = _member_2024(_document(i))
        raw["särskilda_kontraktsvillkor"] = {"sysselsättningskrav": {
            "beskrivning": "Leverantören ska erbjuda praktik", "antal_personer": 2, "åtagande": "anställning eller praktik"}}
        _write(directory / f"u{i}.yaml", raw)
    assert cli(directory, "--databas", db, "--arbetare", 1).exit_code == 1
    return directory, db


def _i10(results: list[dict]) -> dict:
    return next(r for r in results if r["id"] == "I-10" and r["gruppering"] == "totalt")


def test_a_run_reports_the_indicators_in_every_format(tmp_path):
    _directory, db = _two_runs(tmp_path)
    text = cli("--visa", 2, "--databas", db)
    assert text.exit_code == 1  # the run's own exit code: it has a fel
    assert "I-10" in text.output and "66,7 %" in text.output and "≥ 50 %" in text.output  # 2 of 3, target met
    data = json.loads(cli("--visa", 2, "--databas", db, "--format", "json").stdout)
    assert data["körning"]["id"] == "2" and data["mål"]["namn"].startswith("Nämndplan 2023–2025")
    assert (_i10(data["indikatorer"])["täljare"], _i10(data["indikatorer"])["nämnare"]) == (2, 3)
    assert _i10(data["indikatorer"])["status"] == "uppfyllt"
    assert data["fynd"]["per_regel"][0]["totalt"] >= 1 and {"PROP-01"} <= {r["kod"] for r in data["fynd"]["per_regel"]}
    rows = list(csv.reader(io.StringIO(cli("--visa", 1, "--databas", db, "--format", "csv").stdout), delimiter=";"))
    header, i10 = rows[0], next(r for r in rows if r[0] == "I-10" and r[2] == "totalt")
    assert dict(zip(header, i10))["värde"] == "0,00" and dict(zip(header, i10))["status"] == "inte uppfyllt"

    page = tmp_path / "rapport.html"
    result = cli("--visa", 2, "--databas", db, "--utdata", page)  # the suffix chooses the format
    assert f"Rapporten skrevs till {page}." in result.output and "I-10" in result.output  # the screen still has the summary
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html and "http" not in html.split("</style>")[0]
    assert "Andel upphandlingar med sysselsättningskrav" in html and "PROP-01" in html

    text_file = tmp_path / "rapport.txt"
    cli("--visa", 2, "--databas", db, "--utdata", text_file)
    assert "Per upphandlande myndighet" in text_file.read_text(encoding="utf-8")  # a file gets the groups too


def test_a_report_goes_to_standard_output_alone(tmp_path):
    """With a report format and no --utdata, standard output is the report only: it can be piped."""
    _directory, db = _two_runs(tmp_path)
    command = [sys.executable, "-m", "kravmotor", "revision", "--visa", "2", "--databas", str(db), "--format", "json"]
    done = subprocess.run(command, env={**os.environ, "PYTHONPATH": str(REPO / "src")}, capture_output=True, text=True)
    assert done.returncode == 1
    assert json.loads(done.stdout)["körning"]["id"] == "2"
    assert "Revision, körning 2" in done.stderr


def test_own_targets_file(tmp_path):
    _directory, db = _two_runs(tmp_path)
    targets = tmp_path / "mal.yaml"
    plan = "namn: Egen plan\nindikatorer:\n  - id: {}\n    titel: Egen titel\n    mål: {{jämförelse: \"≥\", värde: 80}}\n"
    targets.write_text(plan.format("I-10"), encoding="utf-8")
    data = json.loads(cli("--visa", 2, "--databas", db, "--format", "json", "--mål", targets).stdout)
    assert data["mål"]["namn"] == "Egen plan" and _i10(data["indikatorer"])["status"] == "inte uppfyllt"
    targets.write_text(plan.format("I-99"), encoding="utf-8")
    result = cli("--visa", 2, "--databas", db, "--mål", targets)
    assert result.exit_code == 2 and f"{targets}:3" in result.output and "I-99" in result.output, result.output


def test_compare_shows_the_indicators_movement(tmp_path):
    _directory, db = _two_runs(tmp_path)
    text = cli("--jämför", 1, 2, "--databas", db)
    assert "Indikatorernas förändring" in text.output
    lines = text.output.splitlines()
    movement = lines[next(i for i, line in enumerate(lines) if "I-10" in line) + 1]  # two lines per indicator on 80 columns
    assert "0,0 % (inte uppfyllt) → 66,7 % (uppfyllt): +66,7 procentenheter, bättre, mål ≥ 50 %" in movement
    data = json.loads(cli("--jämför", 1, 2, "--databas", db, "--format", "json").stdout)
    move = next(m for m in data["indikatorer"] if m["id"] == "I-10" and m["gruppering"] == "totalt")
    assert (move["före"]["värde"], move["efter"]["värde"], move["bedömning"]) == (0.0, pytest.approx(66.666667), "bättre")
    assert data["lösta"] == [] or all(f["kod"] for f in data["lösta"])
    page = tmp_path / "jämförelse.txt"
    written = cli("--jämför", 1, 2, "--databas", db, "--utdata", page)
    assert f"Rapporten skrevs till {page}." in written.output
    assert "+66,7 procentenheter" in page.read_text(encoding="utf-8")  # a file is wide: the table, one line each


def test_command_line_mistakes_are_named(tmp_path):
    _batch(tmp_path / "in", n=1)
    db = tmp_path / "r.sqlite"
    assert cli(tmp_path / "in", "--databas", db, "--arbetare", 1).exit_code == 0
    both = cli(tmp_path / "in", "--visa", 1, "--databas", db)
    assert both.exit_code == 2 and "KÄLLA och --visa kan inte kombineras" in both.output
    wrong = cli("--jämför", 1, 1, "--databas", db, "--format", "html")
    assert wrong.exit_code == 2 and "--jämför skrivs som text eller json" in wrong.output
    missing = cli("--visa", 1, "--databas", tmp_path / "finns-inte.sqlite")
    assert missing.exit_code == 2 and "databasen finns inte" in missing.output
    unwritable = cli("--visa", 1, "--databas", db, "--utdata", tmp_path / "saknad-katalog" / "r.html")
    assert unwritable.exit_code == 2 and "rapporten kunde inte skrivas" in unwritable.output


def test_statistics_give_indicators_per_buyer_with_spans(tmp_path):
    """The done-when of the batch audit, on a slice of the real 2021 export: indicators per buyer, honest about gaps."""
    export = write_slice(tmp_path / "uhm", 200)
    result = cli(export, "--databas", tmp_path / "r.sqlite", "--arbetare", 1, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    buyers = {r["grupp"] for r in data["indikatorer"] if r["gruppering"] == "myndighet"}
    assert len(buyers) > 10
    assert {r["grupp"] for r in data["indikatorer"] if r["gruppering"] == "år"} == {"2021"}
    total = {r["id"]: r for r in data["indikatorer"] if r["gruppering"] == "totalt"}
    assert total["I-10"]["status"] == "underlaget räcker inte"  # no sysselsättningskrav in the statistics
    green = total["I-16"]  # the statistics' flag is yes or empty: a span, never "100 % of the known"
    assert green["kända"] < green["upphandlingar"] and green["lägst"] < green["högst"] == 100.0
    # Sweden's 2021 procurements are not judged against one board's 2023–2025 targets: the report says why
    assert green["status"] == "gäller inte"
    assert green["förklaring"].startswith("Målet gäller inte 2021: målfilen gäller 2023–2025.")
    assert "målfilen gäller för Falu kommun, Borlänge kommun" in green["förklaring"]
    assert data["mål"]["giltig_från"] == "2023-01-01" and len(data["mål"]["gäller_för"]) == 7
    assert {r["status"] for r in data["indikatorer"]} <= {"gäller inte", "följs", "underlaget räcker inte"}
    assert total["I-38"]["kända"] == total["I-38"]["upphandlingar"] == 200


def test_a_stored_document_reads_back_as_the_same_document():
    """The `documents` table keeps each `ursprung` without its empty parts (an export's rows share one mapping,
    encoded once): the text reads back to the very document, whatever its sources say or leave out."""
    from kravmotor.model.ursprung import Ursprung
    from kravmotor.revision.rows import document_json

    document = Förfrågningsunderlag.model_validate(copy.deepcopy(BASE_DOCUMENT))
    quoted = {"id": Ursprung(fil="Administrativa föreskrifter.pdf", sida=2, avsnitt="1.1", citat="Dnr 2026-1"),
              "titel": Ursprung(fält="BT-21", anmärkning="översatt", säkerhet=0.5, status="utkast")}
    shared = {"id": Ursprung(fält="number_of_procurements.csv.gz: Upphandlings-ID")}
    for origins in ({}, quoted, shared, shared):  # the shared mapping twice: the second time from the encoded one
        with_origins = document.model_copy(update={"ursprung": origins})
        text = document_json(with_origins)
        assert Förfrågningsunderlag.model_validate_json(text) == with_origins
        assert "null" not in json.dumps(json.loads(text)["ursprung"])
    assert document_json(document.model_copy(update={"ursprung": quoted})) != document_json(
        document.model_copy(update={"ursprung": shared}))


@needs_uhm
def test_a_statistics_slice_stores_what_checking_each_document_gives(tmp_path):
    """The stored findings and the report of a run over a statistics slice are exactly those of checking each
    procurement on its own, rendering every finding as a model and computing the indicators from all the
    documents held at once: the way kravmotor did it before findings were memoised and stored by content."""
    from kravmotor.lang.loader import load_rulebook
    from kravmotor.motor.pipeline import Checker
    from kravmotor.rapport.revision_report import FindingSummary, finding_rows, render_csv, render_json
    from kravmotor.revision.report import build_report
    from kravmotor.revision.targets import load_targets
    from kravmotor.sources import uhm, uhm_stored

    export = write_slice(tmp_path / "uhm", 600)
    targets = load_targets()
    with Store(tmp_path / "r.sqlite") as store:
        run = run_revision(store, [str(export)], rule_dir=rules_dir(), workers=2, chunk=7).run
        stored = list(store.db.execute("SELECT key, seq, kod, utfall, titel, område, meddelande, åtgärd, fält, värden, "
                                       "motivering, anmärkning, ursprung FROM findings_text WHERE run = ?", (run,)))
        stored_documents = list(store.db.execute(
            "SELECT key, seq, document_id, buyer_name, buyer_orgnr, year, category, status, error, internal, document "
            "FROM documents WHERE run = ? ORDER BY seq", (run,)))
        read_back = [document for _key, document in store.documents(run)]
        report = build_report(store, run, targets)

    checker = Checker(load_rulebook(rules_dir()))
    expected, documents, rows = [], [], []
    undecided: Counter = Counter()  # per buyer, the rules each document could not decide
    for key, record in uhm.records(export):
        document = uhm.to_document(record)
        assert document == Förfrågningsunderlag.model_validate(document.model_dump())  # built as validation builds it
        findings = checker.check(document).findings
        expected += [(key, seq, f.kod, f.utfall, f.titel, f.område, f.meddelande, f.åtgärd,
                      json.dumps(f.fält, ensure_ascii=False),
                      json.dumps([v.model_dump(mode="json") for v in f.värden], ensure_ascii=False) if f.värden else None,
                      f.motivering, f.anmärkning, json.dumps([u.text() for u in f.ursprung], ensure_ascii=False) if f.ursprung else None)
                     for seq, f in enumerate(findings)]
        documents.append(document)
        rows += finding_rows(key, document.upphandlande_myndighet.namn, findings)
        undecided[document.upphandlande_myndighet.namn] += len({f.kod for f in findings if f.utfall == "underlag saknas"})
    assert len(stored) > 20_000 and sorted(stored) == sorted(expected)
    buyers = {(d.upphandlande_myndighet.namn, d.upphandlande_myndighet.organisationsnummer) for d in documents}
    assert report.buyers == tuple(sorted(buyers, key=str))
    assert report.undecided_rules == {buyer: n for buyer, n in undecided.items() if n}
    assert report.buyer_documents == Counter(d.upphandlande_myndighet.namn for d in documents)
    # Every document's row: its columns as the document gives them, and what it stores read back to the same document.
    buyer = lambda d: d.upphandlande_myndighet  # noqa: E731
    assert [row[:10] for row in stored_documents] == [
        (key, seq, d.id, buyer(d).namn, buyer(d).organisationsnummer, d.annonseringsdatum.year if d.annonseringsdatum else None,
         d.upphandlingsslag, "ok", None, 0) for seq, ((key, _record), d) in enumerate(zip(uhm.records(export), documents, strict=True))]
    assert read_back == documents
    # An export row is stored as its mapped values (about 400 bytes), not as the document's JSON (4 kB).
    assert all(uhm_stored.is_stored_row(row[10]) for row in stored_documents)
    assert sum(len(row[10].encode()) for row in stored_documents) < 600 * len(stored_documents)
    reference = dataclasses.replace(report, indicators=compute(documents, targets), findings=FindingSummary.of(rows))
    assert render_json(report) == render_json(reference)
    assert render_csv(report.indicators) == render_csv(reference.indicators)
    _counted_by_hand(report.indicators, documents)


def _counted_by_hand(results, documents) -> None:
    """Each indicator's counts as plain loops over every document's facts: nothing shared with the tallies
    the run keeps (`indicators.Tally`), which `compute` uses too."""
    from kravmotor.revision.indicators import COUNT, INDICATORS, LOT_SHARE, MEAN, TOTAL, UNKNOWN_GROUP, facts_of

    facts = [facts_of(d) for d in documents]
    names = {"myndighet": lambda d: d.upphandlande_myndighet.namn or UNKNOWN_GROUP["myndighet"],
             "år": lambda d: str(d.annonseringsdatum.year) if d.annonseringsdatum else UNKNOWN_GROUP["år"],
             "upphandlingsslag": lambda d: d.upphandlingsslag or UNKNOWN_GROUP["upphandlingsslag"]}
    kinds = {i.id: i for i in INDICATORS}
    assert len(results) > len(INDICATORS) * 10
    for result in results:
        indicator = kinds[result.id]
        members = [f for d, f in zip(documents, facts)
                   if result.group.dimension == TOTAL or names[result.group.dimension](d) == result.group.name]
        known = [f for f in members if f[indicator.fact] is not None]
        assert (result.documents, result.known) == (len(members), len(known)), (result.id, result.group)
        if not known:
            assert result.value is None
        elif indicator.kind == MEAN:
            assert result.numerator == pytest.approx(sum(f["anbud"] / f["anbudsområden"] for f in known))
        elif indicator.kind == LOT_SHARE:
            assert (result.numerator, result.denominator) == (sum(f["anbudsområden_med_ett_anbud"] for f in known),
                                                              sum(f["anbudsområden"] for f in known))
        else:
            assert (result.numerator, result.denominator) == (sum(1 for f in known if f[indicator.fact]), len(known))
            if indicator.kind != COUNT:
                assert result.value == pytest.approx(100 * result.numerator / len(known))
