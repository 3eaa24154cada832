"""Property-based fuzzing of kravmotor's readers: mutated real inputs must end in exit 0, 1 or 2, never 3, in time.

Six targets, each a reader followed by what the command does next (check, screen, assess):

- `regler`: a rule file (the real ones, mutated), read, parsed and compiled with the real
  parameters, areas and classifications, and made into a checker;
- `underlag`: a förfrågningsunderlag in YAML or JSON, loaded and checked;
- `leverantör`: a supplier file, loaded and screened;
- `eforms`: an eForms notice, read and checked;
- `statistik`: a statistics export (gzipped CSV), every row imported and checked;
- `självskattning`: an organisation's self-assessment, loaded and assessed (`kravmotor mognad`).

Hypothesis draws a seed (a real example file) and one to four mutations: a byte changed, a
slice deleted or repeated (nesting, aliases), a line from another seed, and tokens known to
hurt readers (tags, aliases, control characters, surrogates, deep brackets, long numbers,
DOCTYPEs, encodings, quotes). `run_one` returns the exit code the command would end with
(`kravmotor.cli.exit_code_for`), the time taken, and the problems reported, which must be
Swedish. tests/test_fuzz.py runs a short budget in CI; bench/fuzz.py a long one.
"""

from __future__ import annotations

import gzip
import re
import signal
import tempfile
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import NamedTuple

from hypothesis import strategies as st

from bad_inputs import GOOD_ROW, _csv_line
from kravmotor.cli import exit_code_for
from kravmotor.errors import KravmotorError
from kravmotor.resources import rules_dir
from kravmotor.sources import uhm

REPO = Path(__file__).resolve().parent.parent
TIME_BOUND = 5.0  # CPU seconds per input; a hang is stopped at twice this

# What PyYAML, pydantic, expat, lark and the OS say in English; none of it may reach a user.
ENGLISH = ("while ", "found ", "expected ", "could not", "Input should", "field required", "Exceeds the limit",
           "not well-formed", "unknown encoding", "No such file", "Permission denied", "Traceback", "Errno",
           "invalid ", "Unexpected", "must be", "object has no")
_GIVEN = re.compile(r"angivet: '.{0,61}?'(?=;|,|$)", re.S)  # the quoted value, at most 60 characters and "…"


@dataclass
class Outcome:
    exit_code: int
    seconds: float
    messages: list[str] = field(default_factory=list)
    error: str | None = None  # the exception's type, for exit 3

    @property
    def english(self) -> list[str]:
        """Messages in English, not counting the user's own value they quote (`angivet: '…'`): a value the
        input strategies drew may be English text (hypothesis draws string constants from the code)."""
        return [m for m in self.messages if any(word in _GIVEN.sub("", m) for word in ENGLISH)]

    @property
    def names(self) -> list[str]:
        """Messages that show a företrädare's name from the supplier seeds (none may)."""
        return [m for m in self.messages if any(name in m for name in personal_names())]


@cache
def personal_names() -> frozenset[str]:
    """The företrädare in the supplier seeds: their full names and surnames."""
    import yaml

    names = set()
    for seed in seeds("leverantör"):
        stack = [yaml.safe_load(seed)]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                people = value.get("företrädare")
                for person in (people.get("värde") or []) if isinstance(people, dict) else []:
                    names.add(person["namn"])
                    if len(person["namn"].split()[-1]) >= 4:  # "Ek" is also the start of "Ekobrottsmyndigheten"
                        names.add(person["namn"].split()[-1])
                stack.extend(value.values())
            elif isinstance(value, list):
                stack.extend(value)
    return frozenset(names)


# --- seeds and tokens -------------------------------------------------------------------------


def _files(folder: Path, pattern: str) -> list[bytes]:
    return [path.read_bytes() for path in sorted(folder.glob(pattern))]


@cache
def seeds(target: str) -> tuple[bytes, ...]:
    if target == "regler":
        rules = rules_dir()
        return tuple(_files(rules / "proportionalitet", "PROP-0*.krav") + _files(rules / "sociala", "SOC-0[1-4].krav")
                     + _files(rules / "beredskap", "BER-0[1-3].krav") + _files(rules / "miljo", "MILJ-0[1-3].krav")
                     + _files(rules / "parametrar", "*.krav"))
    if target == "underlag":
        import json

        import yaml

        yamls = _files(REPO / "examples", "*.yaml")
        as_json = [json.dumps(yaml.safe_load(text), default=str, ensure_ascii=False).encode() for text in yamls[:3]]
        return tuple(yamls + as_json)
    if target == "leverantör":
        import yaml

        from suppliers import BASE_SUPPLIER

        return tuple(_files(REPO / "examples" / "leverantorer", "*.yaml")
                     + [yaml.safe_dump(BASE_SUPPLIER, allow_unicode=True).encode()])
    if target == "självskattning":
        import yaml

        from organisationer import base_organisation

        criteria = [p.stem for p in sorted((rules_dir() / "mognad" / "dalamodellen").glob("DAL-*.krav"))]
        compact = base_organisation(criteria[:12])
        compact["dalamodellen"]["DAL-1112"] = {"svar": "vet inte", "underlag": "Beslut", "datum": "2026-01-15"}
        return tuple(_files(REPO / "examples" / "mognad", "*.yaml")
                     + [yaml.safe_dump(compact, allow_unicode=True).encode()])
    if target == "eforms":
        return tuple(_files(REPO / "tests" / "fixtures" / "eforms", "c*_24_*.xml")[:4]
                     + _files(REPO / "tests" / "fixtures" / "eforms", "cn-social_25.xml"))
    if target == "statistik":
        header = _csv_line(list(GOOD_ROW))
        rows = [_csv_line([GOOD_ROW[c] if c != uhm.C_ID else f"MT{i}" for c in GOOD_ROW]) for i in range(4)]
        other = dict(GOOD_ROW, **{uhm.C_PROCEDURE: "Annat förfarande", uhm.C_KIND: "", uhm.C_ORGNR: "0145076-7",
                                  uhm.C_DIRECTIVE: "", uhm.C_LEGAL: "Direktiv 2009/81/EG"})
        return ((header + "".join(rows)).encode(), (header + _csv_line(list(other.values())) + rows[0]).encode())
    raise ValueError(target)


_COMMON = [b"\x00", b"\x07", b"\x1b[31m", b"\x85", b"\xe2\x80\xa8", b"\xe2\x80\xae", b"\xef\xbb\xbf", b"\xff\xfe",
           b"\xc3", b"\xe4", b"\xed\xa0\x80", b"\r", b"\r\n", b"\t", b"9" * 60, b"9" * 5000, b"-1", b"1e999999999",
           b"0x1F", b"\"", b"'", b"\\", b"\\ud800", b"\\u0000", b"\\x", b"\xf0\x9f\x98\x80"]
TOKENS = {
    "regler": [b"inte " * 60, b"(" * 60, b")", b" + x" * 60, b"minst 9 av (", b"minst 2 av (a, b)",
                         b"giltig fr\xc3\xa5n 2026-02-30", b"2026-13-45", b'"""', b"slut\n", b'regel PROP-99 "t"\n',
                         b'slutsats s "t"\n', b"parameter ", b"antal ", b"dagar fr\xc3\xa5n a till b", b"n\xc3\xa5gon ",
                         b"alla k som x d\xc3\xa4r (", b"{", b"}", b"{krav.belopp}", b"\xc3\xa5", b" och ", b" eller ",
                         b"kr\xc3\xa4v ", b"om ", b"# ", b"utfall fel\n", b"s\xc3\xa4kerhet M\n", b"[", b"]", b"\"a\",",
                         b"1 000 000,5", b"-", b"*", b"/ 0", b"v\xc3\xa4rde ok\xc3\xa4nt fr\xc3\xa5n 2020-01-01"],
    "underlag": [b"&a ", b"*a", b"&a [*a]", b"!!timestamp ", b"!!bool ", b"!!int ", b"!!float ", b"!!binary ",
                           b"!!set ", b"!!omap ", b"!!python/object:os.system ", b"<<: ", b"{", b"}", b"[" * 200,
                           b"]", b"- ", b": ", b"---\n", b"...\n", b"%YAML 1.1\n", b"? ", b"|", b">", b"~", b"null",
                           b".nan", b".inf", b"ja", b"nej", b"2026-02-30", b"2026-03-02 10:00:00", b"[1, 2]", b"{}",
                           b'{"a": ' * 200, b"NaN", b"Infinity", b"-0", b"1.5e3", b"\"\\ud800\"", b"00123",
                           b"typ: ok\xc3\xa4nd", b"8000", b"\n  - ", b"\n    "],
    "eforms": [b'<!DOCTYPE a [<!ENTITY x "y">]>', b"&x;", b"&amp;", b"&#0;", b"&#xD800;", b"<a>" * 300,
                         b"</a>", b"<", b">", b"</", b"/>", b"<![CDATA[", b"]]>", b"<?xml version=\"1.0\" encoding=\"foo\"?>",
                         b"<?xml version=\"1.0\" encoding=\"shift_jis\"?>", b"<?xml version=\"1.0\" encoding=\"utf-16\"?>",
                         b'xmlns:cbc="urn:x"', b' listName="cpv"', b' currencyID="SEK"', b' languageID="SWE"',
                         b"<cbc:ID>", b"</cbc:ID>", b" a=\"" + b"x" * 20000 + b"\"", b"99999999", b"open", b"-5",
                         b"2026-02-30+01:00", b"P3Y", b"<cbc:EstimatedOverallContractAmount currencyID=\"SEK\">"],
    "statistik": [b",", b"\"", b"\n", b"\r\n", b"x" * 200_000, b"\"unterminated", b"Lotteri", b"Kanske",
                            b"True", b"False", b"2021-13-45", b"ABC", b"00000000", b"Ramavtal", b"Annat f\xc3\xb6rfarande",
                            b"Direktiv 2009/81/EG", b"Kommun", b"Byggentreprenader", b",,,,,,", b"\xe4\xf6"],
}
TOKENS["leverantör"] = TOKENS["underlag"] + [b"f\xc3\xb6retr\xc3\xa4dare", b"namn: ", b"v\xc3\xa4rde: ", b"h\xc3\xa4mtad: "]
TOKENS["självskattning"] = TOKENS["underlag"] + [b"vet inte", b"uppfyllt", b"delvis", b"DAL-9999:", b"DAL-1111:",
                                                 b"- respondent: R9\n", b"roll: ", b"svar: ", b"v1_1: ", b"h_5: "]


@st.composite
def mutated(draw, target: str) -> bytes:
    """A seed of `target` with one to four mutations."""
    pool = seeds(target)
    data = bytearray(draw(st.sampled_from(pool)))
    body = data.find(b"\n") + 1 if target == "statistik" else 0  # mostly the rows, not the header
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["token", "token", "token", "common", "byte", "delete", "repeat", "line", "truncate"]))
        at = draw(st.integers(min(body, len(data)) if draw(st.integers(0, 4)) else 0, len(data)))
        if kind in ("token", "common"):
            tokens = TOKENS[target] if kind == "token" else _COMMON
            data[at:at] = draw(st.sampled_from(tokens)) * draw(st.sampled_from([1, 1, 1, 2, 10, 100]))
        elif kind == "byte" and data:
            data[min(at, len(data) - 1)] = draw(st.integers(0, 255))
        elif kind == "delete":
            data[at:at + draw(st.integers(1, 200))] = b""
        elif kind == "repeat":
            part = bytes(data[at:at + draw(st.integers(1, 80))])
            data[at:at] = part * draw(st.sampled_from([2, 10, 100, 1000]))
        elif kind == "line":
            other = draw(st.sampled_from(pool)).splitlines(keepends=True)
            if other:
                data[at:at] = other[draw(st.integers(0, len(other) - 1))]
        elif kind == "truncate":
            del data[at:]
    return bytes(data)


class Sample(NamedTuple):
    """One input: its bytes and, for an export, whether it is cut short."""

    data: bytes
    option: object = None

    def __repr__(self) -> str:  # a failure report shows the start, not 200 kB
        shown = self.data[:300]
        return f"Sample({shown!r}{'…' if len(self.data) > 300 else ''} [{len(self.data)} byte], {self.option!r})"


# Values that parse but may surprise what comes after the parser: huge, tiny, wrong type, odd text.
_ODD_TEXT = ["ja", "nej", "okänd", "", " ", "2026-02-30", "9999-12-31", "0001-01-01", "1e999", "NaN", "-0", "0123",
             "direktivstyrd", "öppet", "tjänster", "LOU", "omsättning", "referensuppdrag", "\x1b[2J", "\u202e", "x" * 5000]
NASTY = st.one_of(
    st.integers(-10**40, 10**40), st.integers(-3, 3), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30), st.sampled_from(_ODD_TEXT), st.booleans(), st.none(),
    st.dates(min_value=__import__("datetime").date(1, 1, 1)).map(str), st.datetimes().map(str),
    st.lists(st.integers(-5, 10**20), max_size=4), st.dictionaries(st.sampled_from(["typ", "belopp", "namn", "x"]),
                                                                   st.integers(-5, 10**16), max_size=3),
)


def _paths(value, path=()) -> list[tuple]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, path + (index,))
    return found


@st.composite
def restructured(draw, target: str) -> bytes:
    """A seed parsed, one to three values replaced, removed or multiplied, and written as YAML or JSON again."""
    import copy
    import json

    import yaml

    data = copy.deepcopy(_parsed_seeds(target)[draw(st.integers(0, len(_parsed_seeds(target)) - 1))])
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(data)[1:]))
        *parent_path, last = path
        parent = data
        for key in parent_path:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "replace", "replace", "delete", "multiply", "unknown"]))
        if action == "replace":
            parent[last] = draw(NASTY)
        elif action == "delete":
            del parent[last]
        elif action == "multiply" and isinstance(parent[last], list) and parent[last]:
            parent[last] = parent[last] * draw(st.sampled_from([2, 50]))
        elif action == "unknown" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["okänt_fält", "typ", "x"]))] = draw(NASTY)
    if draw(st.booleans()):
        return json.dumps(data, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass")
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8", "surrogatepass")


@cache
def _parsed_seeds(target: str) -> tuple:
    import yaml

    return tuple(yaml.safe_load(seed) for seed in seeds(target))


def inputs(target: str):
    """The strategy for `target`."""
    if target == "statistik":
        option = st.sampled_from([False, False, False, True])  # compressed whole, or now and then cut short
    else:
        option = st.just(None)
    data = (st.one_of(mutated(target), restructured(target)) if target in ("underlag", "leverantör", "självskattning")
            else mutated(target))
    return st.builds(Sample, data, option)


# --- running one input -------------------------------------------------------------------------


class _Hang(BaseException):
    pass


@cache
def _context():
    """Built once per process: the real rule set, its checker and screener, and a scratch folder."""
    from kravmotor.lang.klassningar import load_classifications
    from kravmotor.lang.loader import load_areas, load_rulebook
    from kravmotor.lang import ast
    from kravmotor.lang.parser import parse_file
    from kravmotor.model.dokument import Förfrågningsunderlag
    from kravmotor.motor.pipeline import Checker
    from kravmotor.motor.screening import Screener

    from documents import BASE_DOCUMENT

    from kravmotor.mognad.bedomning import Assessor

    rules = rules_dir()
    rulebook = load_rulebook(rules)
    others = [rules / area.directory for area in load_areas(rules).values() if area.directory]  # not documents
    # The parameters and derived facts a mutated rule may refer to, from the real rule set.
    shared = [d for path in sorted(rules.rglob("*.krav")) if not any(o in path.parents for o in others)
              for d in parse_file(path) if not isinstance(d, ast.Rule)]
    return {
        "checker": Checker(rulebook, "native"), "screener": Screener(rulebook, "native"), "assessor": Assessor(rulebook),
        "areas": load_areas(rules), "classifications": load_classifications(rules), "shared": shared,
        "folder": Path(tempfile.mkdtemp(prefix="kravmotor-fuzz-")),
        "document": Förfrågningsunderlag.model_validate(BASE_DOCUMENT),
    }


def _run_rules(data: bytes, context) -> None:
    from kravmotor.lang.compiler import compile_definitions
    from kravmotor.lang.parser import parse_text, read_rule_file
    from kravmotor.motor.pipeline import Checker

    path = context["folder"] / "regel.krav"
    path.write_bytes(data)
    definitions = parse_text(read_rule_file(path), str(path))
    names = {getattr(d, "name", None) for d in definitions}
    shared = [d for d in context["shared"] if d.name not in names]
    rulebook = compile_definitions(definitions + shared, context["areas"], context["classifications"])
    Checker(rulebook, "native").check(context["document"], str(path))


def _run_document(data: bytes, context) -> None:
    from kravmotor.model.loading import load_document

    path = context["folder"] / ("underlag.json" if data.lstrip()[:1] == b"{" else "underlag.yaml")
    path.write_bytes(data)
    context["checker"].check(load_document(path), str(path))


def _run_supplier(data: bytes, context) -> None:
    import datetime as dt

    from kravmotor.model.loading import load_supplier

    path = context["folder"] / "leverantör.yaml"
    path.write_bytes(data)
    context["screener"].screen(load_supplier(path), day=dt.date(2026, 11, 20), procurement=None, file=str(path))


def _run_self_assessment(data: bytes, context) -> None:
    from kravmotor.model.loading import load_self_assessment

    path = context["folder"] / ("svar.json" if data.lstrip()[:1] == b"{" else "svar.yaml")
    path.write_bytes(data)
    assessor = context["assessor"]
    assessor.assess(load_self_assessment(path, {c.code for c in assessor.criteria}), None, str(path))


def _run_notice(data: bytes, context) -> None:
    from kravmotor.sources.eforms import load_notice

    path = context["folder"] / "annons.xml"
    path.write_bytes(data)
    context["checker"].check(load_notice(path), str(path))


def _run_export(data: bytes, damage: bool, context) -> list[str]:
    folder = context["folder"] / "export"
    folder.mkdir(exist_ok=True)
    packed = gzip.compress(data)
    if damage:  # the same bytes, cut short: a broken download
        packed = packed[: max(10, len(packed) * 2 // 3)]
    (folder / uhm.PROCUREMENTS).write_bytes(packed)
    messages = []
    for _key, record in uhm.read_export(folder):
        if isinstance(record, KravmotorError):
            messages += [str(p) for p in record.problems]
        else:
            context["checker"].check(record, _key)
    return messages


def run_one(target: str, data: bytes, option=None) -> Outcome:
    """What `kravmotor` would end with on this input (see the module's docstring), and how long it took.

    The time is the process's CPU time, and a hang is stopped by a CPU-time timer (SIGPROF): the bound
    is about what the input costs, not about how busy a shared machine is. It also leaves SIGALRM to
    kravmotor's own per-document limit in `revision`."""
    context = _context()
    previous = signal.signal(signal.SIGPROF, _raise_hang)
    started = time.process_time()
    messages: list[str] = []
    try:
        try:
            signal.setitimer(signal.ITIMER_PROF, 2 * TIME_BOUND)
            if target == "statistik":
                messages = _run_export(data, option, context)
            else:
                _RUNNERS[target](data, context)
            code = 2 if messages else 0
            error = None
        except _Hang:
            raise
        except BaseException as exc:
            code = exit_code_for(exc)
            error = type(exc).__name__ if code == 3 else None
            if isinstance(exc, KravmotorError):
                messages = [str(p) for p in exc.problems]
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
    except _Hang:  # also when the timer fires just as the input is done: it took the whole bound
        return Outcome(-1, time.process_time() - started, error="tidsgräns")
    finally:
        signal.signal(signal.SIGPROF, previous)
    return Outcome(code, time.process_time() - started, messages, error)


def _raise_hang(_signum, _frame):
    raise _Hang()


# Every target but the export (which takes whether it is cut short, and returns its row errors).
_RUNNERS = {"regler": _run_rules, "underlag": _run_document, "leverantör": _run_supplier, "eforms": _run_notice,
            "självskattning": _run_self_assessment}
TARGETS = (*_RUNNERS, "statistik")
