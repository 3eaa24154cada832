"""The cache of compiled rulebooks (`lang/rulebook_cache.py`): a start reads the compiled rulebook
only when it is exactly the one the rule files and the program give, and never trusts a file it
did not write whole."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from kravmotor.errors import RuleError
from kravmotor.lang import loader, rulebook_cache
from kravmotor.lang.loader import load_rulebook

RULE = """regel TT-01 "{title}"
  område test
  källa "test"
  typ HARD
  säkerhet V1
  utfall fel
  kräv uppskattat_värde.totalt > 0
  meddelande "brist"
slut
"""


@pytest.fixture
def cache(tmp_path, monkeypatch) -> SimpleNamespace:
    """A cache directory of the test's own; counts how often the rule files are read."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("KRAVMOTOR_INGEN_CACHE", raising=False)
    reads = []
    read = loader._read_rulebook
    monkeypatch.setattr(loader, "_read_rulebook", lambda directory: reads.append(directory) or read(directory))
    return SimpleNamespace(dir=tmp_path / "cache" / "kravmotor", reads=reads)


def rule_dir(tmp_path: Path, title: str = "Testregel") -> Path:
    directory = tmp_path / "regler"
    directory.mkdir(exist_ok=True)
    (directory / "TT-01.krav").write_text(RULE.format(title=title), encoding="utf-8")
    return directory


def pickles(cache: Path) -> list[Path]:
    return sorted(cache.glob("regelbok-*.pickle"))


def test_a_second_load_reads_the_compiled_rulebook(tmp_path, cache):
    directory = rule_dir(tmp_path)
    first = load_rulebook(directory)
    second = load_rulebook(directory)
    assert len(cache.reads) == 1 and len(pickles(cache.dir)) == 1
    assert second is not first and second == first
    assert second.rules[0].title == "Testregel" and second.rules[0].file == str(directory / "TT-01.krav")


def test_the_real_rulebook_comes_back_from_the_cache_as_it_was_read(cache):
    """The same rules and parameters, and the same findings on every example. (`==` cannot compare two
    rulebooks: a span is never definitely equal to anything.)"""
    from kravmotor.model.loading import load_document
    from kravmotor.motor.pipeline import Checker
    from kravmotor.resources import rules_dir

    read = load_rulebook(rules_dir())
    cached = load_rulebook(rules_dir())
    assert len(cache.reads) == 1 and cached is not read
    assert [(r.code, r.text, r.file) for r in cached.rules + cached.derivations] == \
        [(r.code, r.text, r.file) for r in read.rules + read.derivations]
    assert repr(cached.parameters) == repr(read.parameters)
    examples = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))
    assert examples
    for example in examples:
        document = load_document(example)
        assert ([f.model_dump() for f in Checker(cached).check(document).findings]
                == [f.model_dump() for f in Checker(read).check(document).findings])


def test_a_changed_rule_file_is_read_again(tmp_path, cache):
    directory = rule_dir(tmp_path)
    load_rulebook(directory)
    rule_dir(tmp_path, title="Ändrad titel")
    assert load_rulebook(directory).rules[0].title == "Ändrad titel"
    assert len(cache.reads) == 2


def test_a_new_file_in_the_rule_directory_is_read_again(tmp_path, cache):
    directory = rule_dir(tmp_path)
    load_rulebook(directory)
    (directory / "TT-02.krav").write_text(RULE.format(title="Andra").replace("TT-01", "TT-02"), encoding="utf-8")
    assert [r.code for r in load_rulebook(directory).rules] == ["TT-01", "TT-02"]
    assert len(cache.reads) == 2


def test_another_program_version_is_read_again(tmp_path, cache, monkeypatch):
    directory = rule_dir(tmp_path)
    load_rulebook(directory)
    monkeypatch.setattr(rulebook_cache, "__version__", "99.0")
    load_rulebook(directory)
    assert len(cache.reads) == 2


def test_a_changed_program_file_is_read_again(tmp_path, cache, monkeypatch):
    directory = rule_dir(tmp_path)
    load_rulebook(directory)
    program = tmp_path / "program.py"
    program.write_text("x = 1\n")
    monkeypatch.setattr(rulebook_cache, "_program_files", lambda: [str(program)])
    load_rulebook(directory)
    program.write_text("x = 22\n")  # another size (and time)
    load_rulebook(directory)
    assert len(cache.reads) == 3


def test_a_rule_directory_with_errors_is_never_cached(tmp_path, cache):
    directory = rule_dir(tmp_path)
    (directory / "TT-01.krav").write_text(RULE.format(title="x").replace("slut", ""), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(RuleError) as error:
            load_rulebook(directory)
        assert "TT-01.krav" in str(error.value.problems[0].location.file)
    assert len(cache.reads) == 2 and not pickles(cache.dir)


@pytest.mark.parametrize("content", [b"", "skräp".encode(), b"\x80\x05K\x01."])  # empty, not a pickle, a pickle of 1
def test_a_damaged_cache_file_is_read_again_and_replaced(tmp_path, cache, content):
    directory = rule_dir(tmp_path)
    load_rulebook(directory)
    [path] = pickles(cache.dir)
    path.write_bytes(content)
    assert load_rulebook(directory).rules[0].code == "TT-01"
    assert len(cache.reads) == 2 and path.stat().st_size > 100
    load_rulebook(directory)
    assert len(cache.reads) == 2


def test_a_cache_file_of_another_key_is_not_trusted(tmp_path, cache):
    """A file under the right name whose stored key differs (say, a hash prefix shared by chance)."""
    directory = rule_dir(tmp_path)
    load_rulebook(directory)
    [path] = pickles(cache.dir)
    key, rulebook = pickle.loads(path.read_bytes())
    rulebook.rules[0].title = "Fel regelbok"
    path.write_bytes(pickle.dumps(("annan nyckel", rulebook)))
    assert load_rulebook(directory).rules[0].title == "Testregel"


def test_a_cache_directory_others_may_write_to_is_not_used(tmp_path, cache):
    cache.dir.mkdir(parents=True)
    cache.dir.chmod(0o777)
    directory = rule_dir(tmp_path)
    load_rulebook(directory)
    load_rulebook(directory)
    assert len(cache.reads) == 2 and not pickles(cache.dir)


def test_no_cache_when_turned_off(tmp_path, cache, monkeypatch):
    monkeypatch.setenv("KRAVMOTOR_INGEN_CACHE", "1")
    directory = rule_dir(tmp_path)
    load_rulebook(directory)
    load_rulebook(directory)
    assert len(cache.reads) == 2 and not cache.dir.exists()


def test_only_the_latest_rulebooks_are_kept(tmp_path, cache):
    directory = rule_dir(tmp_path)
    for n in range(rulebook_cache._KEPT + 3):
        rule_dir(tmp_path, title=f"Titel {n}")
        load_rulebook(directory)
    assert len(pickles(cache.dir)) == rulebook_cache._KEPT


def test_two_processes_building_at_once_both_get_the_rulebook(tmp_path):
    """Started together on an empty cache, both build and write; each reader sees a whole file."""
    directory = rule_dir(tmp_path)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("KRAVMOTOR_INGEN_CACHE", None)
    program = ("import sys; from kravmotor.lang.loader import load_rulebook; "
               "print(load_rulebook(sys.argv[1]).rules[0].title)")
    processes = [subprocess.Popen([sys.executable, "-c", program, str(directory)], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [p.communicate(timeout=120) for p in processes]
    assert [(p.returncode, out.strip()) for p, (out, _err) in zip(processes, results)] == [(0, "Testregel")] * 4
    files = list((tmp_path / "cache" / "kravmotor").iterdir())
    assert [f.name.startswith("regelbok-") and f.suffix == ".pickle" for f in files if "regelbok" in f.name] == [True]
    assert not [f for f in files if f.name.endswith(".tmp")]


def test_a_cached_rulebook_keeps_its_evaluator_compiled_and_it_answers_as_a_fresh_one(tmp_path, cache, monkeypatch):
    from kravmotor.motor import native_backend
    from kravmotor.motor.pipeline import build_engine

    directory = rule_dir(tmp_path)
    load_rulebook(directory)
    kept = load_rulebook(directory).for_subject("förfrågningsunderlag")  # from the pickle
    assert kept.generated["förfrågningsunderlag"].compiled  # generated and compiled when it was kept
    generated = []
    monkeypatch.setattr(native_backend, "generate", lambda *a: generated.append(a) or pytest.fail("generated again"))
    engine = build_engine(kept)
    assert generated == []
    monkeypatch.undo()
    fresh = native_backend.NativeEngine(kept.rules, kept.derivations)  # no module given: generated here
    for data in ({"uppskattat_värde": {"totalt": 0}}, {"uppskattat_värde": {"totalt": 5}}):
        assert [h.rule.code for h in engine.evaluate(data, {}).hits] == [h.rule.code for h in fresh.evaluate(data, {}).hits]
    assert [h.rule.code for h in engine.evaluate({"uppskattat_värde": {"totalt": 0}}, {}).hits] == ["TT-01"]


def test_a_module_generated_for_other_rules_is_not_used(tmp_path, cache):
    from kravmotor.motor.native_backend import NativeEngine

    kept = load_rulebook(rule_dir(tmp_path)).for_subject("förfrågningsunderlag")
    (tmp_path / "annan").mkdir()
    other = load_rulebook(rule_dir(tmp_path / "annan", "Annan titel")).for_subject("förfrågningsunderlag")
    engine = NativeEngine(other.rules, other.derivations, kept.generated["förfrågningsunderlag"])
    hit = engine.evaluate({"uppskattat_värde": {"totalt": 0}}, {}).hits[0]
    assert hit.rule is other.rules[0]  # its own rules' hits, not the kept module's


def test_one_subjects_part_is_kept_on_its_own_and_read_without_the_whole(tmp_path, cache, monkeypatch):
    from kravmotor.motor import native_backend
    from kravmotor.motor.pipeline import build_engine

    directory = rule_dir(tmp_path)
    first = load_rulebook(directory, "förfrågningsunderlag")
    assert len(cache.reads) == 1 and len(pickles(cache.dir)) == 2  # the whole and the part
    whole = next(p for p in pickles(cache.dir) if p.stem.count("-") == 1)
    whole.unlink()  # a start from the part does not need the whole
    kept = load_rulebook(directory, "förfrågningsunderlag")
    assert len(cache.reads) == 1 and kept.subject == "förfrågningsunderlag"
    assert [r.code for r in kept.rules] == [r.code for r in first.rules] == ["TT-01"]
    assert kept.generated["förfrågningsunderlag"].compiled  # the engine kept with it, for these very rules:
    monkeypatch.setattr(native_backend, "generate", lambda *a: pytest.fail("generated again"))
    engine = build_engine(kept.for_subject("förfrågningsunderlag"))
    assert [h.rule.code for h in engine.evaluate({"uppskattat_värde": {"totalt": 0}}, {}).hits] == ["TT-01"]


def test_a_part_is_what_the_whole_rulebook_gives_for_its_subject(cache):
    from kravmotor.resources import rules_dir

    whole = load_rulebook(rules_dir())
    for subject in ("förfrågningsunderlag", "leverantör"):
        part = load_rulebook(rules_dir(), subject)
        view = whole.for_subject(subject)
        assert part.subject == subject and part.rules and len(cache.reads) == 1  # cut from the kept whole
        assert [(r.code, r.text, r.file) for r in part.rules + part.derivations] == \
            [(r.code, r.text, r.file) for r in view.rules + view.derivations]
        assert repr(part.parameters) == repr(view.parameters) and list(part.generated) == [subject]
    assert {r.subject for r in load_rulebook(rules_dir(), "leverantör").rules} == {"leverantör"}


def test_a_changed_rule_file_is_read_again_for_a_part_too(tmp_path, cache):
    directory = rule_dir(tmp_path)
    load_rulebook(directory, "förfrågningsunderlag")
    rule_dir(tmp_path, title="Ändrad titel")
    assert load_rulebook(directory, "förfrågningsunderlag").rules[0].title == "Ändrad titel"
    assert len(cache.reads) == 2


def test_a_part_kept_for_another_subject_is_not_trusted(tmp_path, cache):
    """A part whose stored key names another subject (a file name shared by chance) is not read as this one."""
    directory = rule_dir(tmp_path)
    load_rulebook(directory, "förfrågningsunderlag")
    [part] = [p for p in pickles(cache.dir) if p.stem.count("-") == 2]
    key, rulebook = pickle.loads(part.read_bytes())
    part.write_bytes(pickle.dumps((key.replace("förfrågningsunderlag", "leverantör"), rulebook)))
    load_rulebook(directory, "förfrågningsunderlag")
    assert len(cache.reads) == 1  # the whole is still good: the part is cut from it again, not trusted
    assert pickle.loads(part.read_bytes())[0] == key


def test_parts_are_pruned_with_their_rulebook(tmp_path, cache):
    directory = rule_dir(tmp_path)
    for n in range(rulebook_cache._KEPT + 3):
        rule_dir(tmp_path, title=f"Titel {n}")
        load_rulebook(directory, "förfrågningsunderlag")
    files = pickles(cache.dir)
    assert len(files) == 2 * rulebook_cache._KEPT
    assert len({p.name.split("-")[1].removesuffix(".pickle") for p in files}) == rulebook_cache._KEPT


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "html", "junit", "github"])
def test_granska_from_the_documents_part_writes_what_the_whole_rulebook_gives(tmp_path, cache, rulebook, fmt):
    """`granska` reads only the rules about documents from the cache (all of them for SARIF, which lists
    every rule): its reports are the ones the whole rulebook gives, at the first start and the next."""
    from click.testing import CliRunner

    from kravmotor.checks import check_files, render_run
    from kravmotor.cli import main
    from kravmotor.motor.pipeline import Checker

    examples = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))
    expected = render_run(check_files(examples, Checker(rulebook)), fmt, rulebook)
    for start in ("första", "andra"):
        out = tmp_path / f"{start}.{fmt}"
        result = CliRunner().invoke(main, ["granska", *map(str, examples), "--format", fmt, "--utdata", str(out)])
        assert result.exit_code == 1, result.output
        assert out.read_text(encoding="utf-8").removesuffix("\n") == expected.removesuffix("\n"), start
    assert len(cache.reads) == 1
    assert len(pickles(cache.dir)) == (1 if fmt == "sarif" else 2)
