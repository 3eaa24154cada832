"""Issue 13's reproducers: every bad input a located Swedish exit 2, within its limits, never a traceback.

Documents, notices and rule files, one failure class each; output that cannot be written;
the statistics import row by row; names kept out of errors; terminal and Markdown output
made harmless. (Batches, workers and locks are in test_revision_robust.py.)
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bad_inputs import alias_bomb, good_yaml, write_bad_documents, write_bad_export
from kravmotor import checks, limits
from kravmotor.cli import main
from kravmotor.errors import InputError, Location, Problem
from kravmotor.model.loading import load_document, load_supplier
from kravmotor.sources import uhm
from rulekit import regel
from suppliers import BASE_SUPPLIER

REPO = Path(__file__).resolve().parent.parent
CLEAN = REPO / "examples" / "lokalvard-kommun.yaml"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


# English that PyYAML, pydantic, expat and the OS say; none of it may reach a user.
ENGLISH = ("while ", "found ", "expected ", "could not", "Input should", "field required", "Exceeds the limit",
           "not well-formed", "unknown encoding", "No such file", "Permission denied", "Traceback", "Errno")


def assert_swedish(text: str) -> None:
    assert not [word for word in ENGLISH if word in text], text


# --- documents and notices: one file per failure class ------------------------------------------


@pytest.fixture(scope="module")
def bad_documents(tmp_path_factory):
    return write_bad_documents(tmp_path_factory.mktemp("trasiga"))


def test_every_failure_class_is_a_located_swedish_exit_2(bad_documents):
    for bad in bad_documents:
        result = run("granska", "--format", "json", bad.path)
        assert result.exit_code == 2, (bad.name, result.output)
        (problem,) = json.loads(result.stdout)["indatafel"]
        assert problem["fil"] == str(bad.path), bad.name
        assert problem["rad"] == bad.line, (bad.name, problem)
        assert bad.words in problem["meddelande"], (bad.name, problem["meddelande"])
        assert_swedish(result.output)
        assert len(result.output) < 5_000, bad.name  # a 10 MB attribute or a 5 000-digit number is not echoed back


def test_a_good_file_beside_a_bad_one_is_still_checked(bad_documents):
    result = run("granska", "--format", "json", bad_documents[0].path, CLEAN)
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [d["id"] for d in data["underlag"]] == ["FK-2026-014"] and len(data["indatafel"]) == 1


@pytest.mark.parametrize("name, build", [
    ("aliasbomb.yaml", lambda p: p.write_text(alias_bomb(), encoding="utf-8")),
    ("stor.json", lambda p: p.open("wb").truncate(200 * 1024 * 1024)),
    ("djup-100000.xml", lambda p: p.write_text("<a>" * 100_000 + "</a>" * 100_000, encoding="utf-8")),
])
def test_the_costly_ones_are_refused(tmp_path, name, build):
    """Refused before the work: how fast is measured by bench/bench_avvisning.py, against a plain check."""
    from kravmotor.sources.eforms import load_notice

    path = tmp_path / name
    build(path)
    with pytest.raises(InputError):
        (load_notice if name.endswith(".xml") else load_document)(path)


def test_bool_tag_with_a_swedish_word_reads_like_the_plain_word(tmp_path):
    path = tmp_path / "u.yaml"
    path.write_text(good_yaml().replace("elektronisk_anbudsgivning: true", "elektronisk_anbudsgivning: !!bool ja"),
                    encoding="utf-8")
    assert load_document(path).elektronisk_anbudsgivning is True


def test_limits_are_configurable_and_named_in_the_message(tmp_path):
    path = tmp_path / "u.yaml"
    path.write_text(good_yaml(), encoding="utf-8")
    result = run("--gräns", "underlag_storlek=100", "granska", path)
    assert result.exit_code == 2
    assert "gränsen är 100 byte" in result.output and "--gräns underlag_storlek=" in result.output
    assert run("--gräns", "underlag_storlek=1MB", "granska", path).exit_code == 0  # and the setting does not linger:
    assert run("granska", path).exit_code == 0
    wrong = run("--gräns", "storlek=1", "granska", path)
    assert wrong.exit_code == 2 and "okänd gräns ”storlek”" in wrong.output


def test_limits_come_from_the_environment_too(tmp_path, monkeypatch):
    monkeypatch.setenv("KRAVMOTOR_GRÄNSER", "djup=3")
    path = tmp_path / "u.json"
    path.write_text('{"id": [[[1]]]}', encoding="utf-8")
    result = run("granska", path)
    assert result.exit_code == 2 and "gränsen är 3 nivåer" in result.output


def test_problems_are_capped_per_file(tmp_path):
    path = tmp_path / "u.json"
    path.write_text(json.dumps({**json.loads(json.dumps(__import__("yaml").safe_load(good_yaml()))),
                                "cpv_koder": ["x"] * 5000}), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_document(path)
    assert len(info.value.problems) == 51 and "de första 50 visas" in info.value.problems[-1].message


def test_yaml_syntax_errors_are_swedish(tmp_path):
    cases = ['titel: "oavslutad\n', "a:\n  - b\n c: d\n", "a: [1, 2\n", "a: {b: 1\n", "a: *okänd\n", "a: !python/object x\n",
             "a: b: c\n", "a:\tb\n", "%YAML 2.0\n---\na: 1\n", 'a: "\\q"\n', "a: &x 1\nb: &x 2\nc: *x\n", "- a\nb: c\n",
             "a: |9\n  b\n", "? [a]\n: b\n", "a: !!binary ###\n", "a: !!int abc\n", "a: !!float abc\n", "---\na: 1\n---\nb: 2\n"]
    for number, source in enumerate(cases):
        path = tmp_path / f"u{number}.yaml"
        path.write_text(source, encoding="utf-8")
        with pytest.raises(InputError) as info:
            load_document(path)
        assert_swedish(str(info.value))


def test_os_errors_are_swedish(tmp_path):
    with pytest.raises(InputError) as info:
        load_document(tmp_path / "saknas.yaml")
    assert str(info.value).endswith("filen finns inte")
    (tmp_path / "katalog.yaml").mkdir()
    with pytest.raises(InputError, match="det är en katalog"):
        load_document(tmp_path / "katalog.yaml")


# --- rule files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name, krav, extra, words", [
    ("omöjligt datum", "uppskattat_värde.totalt > 5", "  giltig från 2026-02-30\n", "datumet 2026-02-30 finns inte"),
    ("inte × 1000", "inte " * 1000 + "uppskattat_värde.totalt > 5", "", "nästlat i för många nivåer"),
    ("inte × 100 000", "inte " * 100_000 + "uppskattat_värde.totalt > 5", "", "nästlat i för många nivåer"),
    ("summa av 150", " + ".join(["uppskattat_värde.totalt"] * 150) + " > 5", "", "nästlat i för många nivåer"),
    ("långt tal", "uppskattat_värde.totalt > " + "9" * 5000, "", "talet har 5000 siffror"),
])
def test_rule_files_that_hung_or_crashed_are_located_exit_2(tmp_path, name, krav, extra, words):
    rules = tmp_path / "regler"
    rules.mkdir()
    text = regel("TEST-01", krav).replace("  utfall fel\n", "  utfall fel\n" + extra)
    (rules / "t.krav").write_text(text, encoding="utf-8")
    result = run("regler", "--regler", rules)
    assert result.exit_code == 2, (name, result.output)
    assert f"{rules / 't.krav'}:7:" in result.output and words in result.output, (name, result.output[:500])
    assert len(result.output) < 3_000


def test_nesting_below_the_limit_still_works_on_both_evaluators(checkers):
    from rulekit import BASE, compile_text
    from kravmotor.model.dokument import Förfrågningsunderlag
    from kravmotor.motor.pipeline import Checker

    depth = limits.integer("regel_djup") - 2  # the clause and the comparison take a level each
    krav = " + ".join(["uppskattat_värde.totalt"] * depth) + " > 5"
    rulebook = compile_text(regel("TEST-01", krav))
    document = Förfrågningsunderlag.model_validate(BASE)
    for motor in checkers:
        assert Checker(rulebook, motor).check(document, "x").findings == []


# --- output that cannot be written -------------------------------------------------------------


@pytest.mark.parametrize("command", [
    ("granska", str(CLEAN)),
    ("screena", str(REPO / "examples" / "leverantorer" / "seriost-stadbolag.yaml")),
    ("regler", "--format", "markdown"),
    ("schema",),
])
def test_output_to_a_missing_folder_says_what_to_do(tmp_path, command):
    target = tmp_path / "finns-inte" / "ut.txt"
    result = run(*command, "--utdata", target)
    assert result.exit_code == 2, result.output
    assert f"{target}: " in result.output and f"katalogen {target.parent} finns inte" in result.output
    assert "Traceback" not in result.output


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="no /dev/full on this system")
def test_a_full_device_is_exit_2_with_advice():
    result = run("granska", CLEAN, "--format", "json", "--utdata", "/dev/full")
    assert result.exit_code == 2 and "enheten är full; frigör utrymme" in result.output
    assert Path("/dev/full").is_char_device()  # the device is left as it was
    with open("/dev/full", "w") as full:  # standard output itself on a full device
        process = subprocess.run([sys.executable, "-m", "kravmotor", "granska", str(CLEAN), "--format", "json"],
                                 stdout=full, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    assert process.returncode == 2, process.stderr
    assert "enheten är full" in process.stderr and "Traceback" not in process.stderr


def test_memory_running_out_on_one_file_is_exit_2_and_the_others_go_on(monkeypatch):
    from kravmotor.model import loading

    real = loading.load_document

    def hungry(path):
        if "med-brister" in str(path):
            raise MemoryError
        return real(path)

    monkeypatch.setattr(loading, "load_document", hungry)
    result = run("granska", "--format", "json", REPO / "examples" / "lokalvard-med-brister.yaml", CLEAN)
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [d["id"] for d in data["underlag"]] == ["FK-2026-014"]
    assert "minnet räckte inte" in data["indatafel"][0]["meddelande"]


def test_a_bug_on_one_file_is_exit_3_and_the_others_go_on(monkeypatch):
    from kravmotor.motor.pipeline import Checker

    real = Checker.check

    def broken(self, document, file=None):
        if document.id == "SK-2026-007":
            raise RuntimeError("trasig")
        return real(self, document, file)

    monkeypatch.setattr(Checker, "check", broken)
    result = run("granska", "--format", "json", REPO / "examples" / "lokalvard-med-brister.yaml", CLEAN)
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert [d["id"] for d in data["underlag"]] == ["FK-2026-014"]
    (problem,) = data["indatafel"]
    assert problem["internt"] and "internt fel i kravmotor" in problem["meddelande"] and "trasig" not in problem["meddelande"]


# --- the statistics import, row by row -----------------------------------------------------------


def test_a_bad_statistics_row_costs_that_row_only(tmp_path):
    expected = write_bad_export(tmp_path)
    entries = list(uhm.read_export(tmp_path))
    assert len(entries) == 9  # rows 2..10: none lost after a bad one
    file = str(tmp_path / uhm.PROCUREMENTS)
    errors = {int(key.rsplit(" ", 1)[1]): error for key, error in entries if isinstance(error, InputError)}
    assert set(errors) == set(expected)
    for row, words in expected.items():
        (problem,) = errors[row].problems
        assert problem.location.file == file and problem.location.line == row and words in problem.message
        assert len(problem.message) < 600  # the 200 000-character title is not repeated
    assert errors[5].problems[0].location.field_path == uhm.C_NAME  # the column with the foreign bytes


def test_a_utf16_export_is_read_by_its_byte_order_mark(tmp_path):
    write_bad_export(tmp_path / "utf8")
    import gzip

    text = gzip.decompress((tmp_path / "utf8" / uhm.PROCUREMENTS).read_bytes()).decode("utf-8", "replace")
    lines = [line for i, line in enumerate(text.splitlines(keepends=True)) if i not in (1, 4, 7)]  # the good rows
    (tmp_path / "utf16").mkdir()
    (tmp_path / "utf16" / uhm.PROCUREMENTS).write_bytes(gzip.compress("".join(lines).encode("utf-16")))
    documents = [doc for _, doc in uhm.read_export(tmp_path / "utf16")]
    assert len(documents) == 6 and not any(isinstance(d, InputError) for d in documents)


def test_an_export_unpacking_past_the_limit_stops_there(tmp_path, monkeypatch):
    write_bad_export(tmp_path)
    monkeypatch.setenv("KRAVMOTOR_GRÄNSER", "okomprimerad_storlek=1kB")
    limits.configure()
    try:
        entries = list(uhm.read_export(tmp_path))
    finally:
        monkeypatch.delenv("KRAVMOTOR_GRÄNSER")
        limits.configure()
    assert "innehållet blir större än så när filen packas upp" in str(entries[-1][1])


def test_zip_members_are_read_within_the_limit(tmp_path, monkeypatch):
    import zipfile

    from kravmotor.archives import SafeZip

    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "a" * 5_000_000)  # 5 MB that packs to a few kB
    monkeypatch.setenv("KRAVMOTOR_GRÄNSER", "okomprimerad_storlek=1MB")
    limits.configure()
    try:
        with pytest.raises(InputError, match="packas upp"):
            SafeZip(path, "underlag")
    finally:
        monkeypatch.delenv("KRAVMOTOR_GRÄNSER")
        limits.configure()
    with SafeZip(path, "underlag") as archive:
        assert len(archive.read("word/document.xml")) == 5_000_000
    (tmp_path / "trasig.docx").write_bytes(b"PK\x03\x04 inte en zip")
    with pytest.raises(InputError, match="ingen läsbar zip-fil"):
        SafeZip(tmp_path / "trasig.docx", "underlag")


# --- privacy and output safety -------------------------------------------------------------------


def _supplier_yaml(**changes) -> str:
    import yaml

    return yaml.safe_dump({**BASE_SUPPLIER, **changes}, allow_unicode=True, sort_keys=False)


@pytest.mark.parametrize("breakage", [
    lambda text: text.replace("Karin Berglund", "Karin Berglund: [oavslutad"),  # a syntax error on the name's line
    lambda text: text.replace("- namn: Karin Berglund", "- namn: !!int Karin Berglund"),  # a tag problem quoting it
    lambda text: text.replace("roll: verkställande direktör", "roll: vd Karin Berglund"),  # a wrong value beside it
    lambda text: text.replace("- namn: Karin Berglund", "- namn: Karin Berglund\n      Karin Berglund: 1"),  # as a key
    lambda text: text + "Karin Berglund: vd\n",  # a name fallen out of its list, as an unknown field at the top
    lambda text: text.replace("namn: Dalarnas Fastighetsservice AB", "namn: Dalarnas Fastighetsservice AB\nstatus: Karin Berglund"),
])
def test_errors_about_a_supplier_file_never_show_a_name(tmp_path, breakage):
    path = tmp_path / "leverantör.yaml"
    path.write_text(breakage(_supplier_yaml()), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_supplier(path)
    shown = "\n".join(str(p) for p in info.value.problems)
    assert "Karin" not in shown and "Berglund" not in shown, shown
    result = run("screena", path)
    assert result.exit_code == 2 and "Karin" not in result.output and "Berglund" not in result.output


def test_a_masked_excerpt_still_points_at_the_place(tmp_path):
    path = tmp_path / "leverantör.yaml"
    path.write_text(_supplier_yaml().replace("Karin Berglund", "Karin Berglund: [oavslutad"), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_supplier(path)
    (problem,) = info.value.problems
    line, caret = problem.excerpt.splitlines()
    assert "namn" in line and "•••••" in line and len(caret.rstrip()) <= len(line)


def test_escape_sequences_from_input_never_reach_the_terminal(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a short path, so the heading with the id is not cut
    path = Path("u.json")
    data = json.loads(json.dumps(__import__("yaml").safe_load(good_yaml())))
    data["id"] = "ID\x1b[2J\x1b]0;titel\x07\u202e"
    path.write_text(json.dumps(data), encoding="utf-8")
    for args in (("granska", path), ("granska", "--format", "sarif", "--utdata", tmp_path / "r.txt", path)):
        result = run(*args)
        assert "\x1b" not in result.output and "\x07" not in result.output and "\u202e" not in result.output
    assert "ID␛[2J␛]0;titel<U+202E>" in run("granska", path).output  # shown, harmlessly (rich drops the bell itself)
    broken = Path("trasig\x1b[31m.yaml")
    broken.write_text("id: [", encoding="utf-8")
    result = run("granska", "--format", "json", broken)
    assert "\x1b" not in result.stderr and "trasig␛[31m.yaml" in result.stderr


def test_the_markdown_rulebook_shows_html_from_rule_text_and_never_runs_it(tmp_path):
    from kravmotor.lang.loader import load_rulebook
    from kravmotor.rapport import regelbok

    rules = tmp_path / "regler"
    rules.mkdir()
    text = regel("TEST-01", "uppskattat_värde.totalt > 5").replace('"Testregel TEST-01"', '"<script>alert(1)</script>"')
    text = text.replace('källa "test"', 'källa "<img src=x onerror=alert(1)> ``` <b>"')
    (rules / "t.krav").write_text(text, encoding="utf-8")
    page = regelbok.markdown(load_rulebook(rules))
    outside_code = [line for line in page.splitlines() if "script" in line or "img" in line]
    assert outside_code and all("<script>" not in line and "<img" not in line for line in outside_code
                                if not line.startswith(("regel ", "  källa")))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "````text" in page  # the fence is longer than the ``` in the rule text, which cannot close it


def test_read_only_reports_do_not_touch_the_database(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "u.yaml").write_text(good_yaml(), encoding="utf-8")
    database = tmp_path / "r.sqlite"
    assert run("revision", folder, "--databas", database, "--arbetare", 1).exit_code == 0
    before = database.read_bytes()
    assert run("revision", "--visa", 1, "--databas", database).exit_code == 0
    assert run("revision", "--jämför", 1, 1, "--databas", database).exit_code == 0
    assert database.read_bytes() == before  # SQLite may add its shared-memory files for reading; the data is untouched


def _in_read_only_folder(folder: Path, command: str) -> subprocess.CompletedProcess:
    """`command` in a mount namespace where `folder` is mounted read-only (needs unshare; skipped without)."""
    script = f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && {command}"
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    if "mount:" in result.stderr or "unshare:" in result.stderr:
        pytest.skip(f"no read-only mount here: {result.stderr.strip()[:100]}")
    return result


@pytest.mark.skipif(sys.platform != "linux", reason="mount namespaces are Linux")
def test_a_database_on_a_read_only_file_system_can_be_reported_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "u.yaml").write_text(good_yaml(), encoding="utf-8")
    database = tmp_path / "db" / "r.sqlite"
    database.parent.mkdir()
    assert run("revision", folder, "--databas", database, "--arbetare", 1).exit_code == 0
    kravmotor = f"{sys.executable} -m kravmotor revision"
    shown = _in_read_only_folder(database.parent, f"{kravmotor} --visa 1 --databas {database} && "
                                                  f"{kravmotor} --jämför 1 1 --databas {database} --format json")
    assert shown.returncode == 0, shown.stderr
    assert "Revision, körning 1 (klar)" in shown.stdout and '"nya": []' in shown.stdout
    written = _in_read_only_folder(database.parent, f"{kravmotor} {folder} --databas {database}")
    assert written.returncode == 2 and "skrivskyddad" in written.stderr and "Traceback" not in written.stderr


def test_a_json_file_of_many_tiny_values_is_counted_before_it_is_built(tmp_path):
    path = tmp_path / "u.json"
    path.write_text('{"id": [' + ",".join(["{}"] * 150_000) + "]}", encoding="utf-8")  # 450 kB, 150 000 values
    with pytest.raises(InputError) as info:
        load_document(path)
    (problem,) = info.value.problems
    assert "filen har fler värden än så; gränsen är 100 000 värden" in problem.message and problem.location.line == 1
    texts = tmp_path / "texter.json"  # commas inside strings are not values: this one is read (and is then invalid)
    texts.write_text(json.dumps({"id": "," * 300_000}), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_document(texts)
    assert "värden" not in str(info.value)


def test_minst_10_av_20_is_one_count_not_its_184756_subsets(tmp_path):
    """`minst N av` used to expand into every N-subset (refused from 1 000 on); it is a count now, and
    loads like any rule (bench/bench_minst.py measures how fast)."""
    rules = tmp_path / "regler"
    rules.mkdir()
    conditions = ", ".join(f"uppskattat_värde.totalt > {n}" for n in range(20))
    (rules / "t.krav").write_text(regel("TEST-01", f"minst 10 av ({conditions})"), encoding="utf-8")
    result = run("regler", "--regler", rules)
    assert result.exit_code == 0 and "TEST-01" in result.output


def test_a_batch_freezes_what_it_keeps_between_files_and_unfreezes_it_at_the_end(monkeypatch):
    """What a batch keeps (results, the checker's memo) is frozen every `FREEZE_EVERY` files, so the collector does
    not walk it again and again; when the batch ends it is unfrozen, also after a file that failed."""
    monkeypatch.setattr(checks, "FREEZE_EVERY", 2)
    gc.unfreeze()  # a clean start, whatever an earlier test left frozen
    frozen = []

    def handle(n: int) -> int:
        frozen.append(gc.get_freeze_count())
        if n == 3:
            raise InputError([Problem(Location(f"fil{n}.yaml"), "kan inte läsas")])
        return n

    problems: list[Problem] = []
    assert checks.each_file(range(6), handle, problems) == [0, 1, 2, 4, 5]
    assert [p.location.file for p in problems] == ["fil3.yaml"]
    assert frozen[:2] == [0, 0] and all(count > 0 for count in frozen[2:])
    assert gc.get_freeze_count() == 0


def test_a_batch_leaves_someone_elses_freeze_alone(monkeypatch):
    monkeypatch.setattr(checks, "FREEZE_EVERY", 1)
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        counts = []
        checks.each_file(range(3), lambda n: counts.append(gc.get_freeze_count()), [])
        assert counts == [before] * 3 and gc.get_freeze_count() == before
    finally:
        gc.unfreeze()
