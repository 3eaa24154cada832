"""YAML through libyaml (`safe_data._parse_fast`) reads exactly what PyYAML's own loader reads: the same
data, the same lines and columns on every node (validation errors are located by them), and for any
text libyaml refuses or might not manage, PyYAML's own located Swedish error."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from fuzzing import inputs
from kravmotor import limits, safe_data
from kravmotor.errors import InputError
from kravmotor.safe_data import decode, parse_yaml

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").rglob("*.yaml"))
pytestmark = pytest.mark.skipif(safe_data._FastLoader is None, reason="PyYAML utan libyaml")


def _marks(root) -> list[tuple]:
    """Every node's kind, tag and place, in document order."""
    out, stack, seen = [], [root], set()
    while stack:
        node = stack.pop()
        out.append((type(node).__name__, node.tag, node.start_mark.line, node.start_mark.column,
                    node.end_mark.line, node.end_mark.column))
        if id(node) not in seen and not isinstance(node, yaml.ScalarNode):
            seen.add(id(node))
            stack.extend(reversed(safe_data._children(node)))
    return out


def _outcome(read, source: str):
    try:
        data, root = read(source)
    except InputError as error:
        return "fel", [(p.message, p.location.line, p.location.column, p.excerpt) for p in error.problems]
    return "läst", repr(data), _marks(root) if root is not None else None


def _pure(source: str):
    return safe_data._parse(source, "x.yaml", InputError)


def _either(source: str):
    return parse_yaml(source, "x.yaml")


def test_the_examples_are_read_by_libyaml_as_by_pyyaml(monkeypatch):
    assert EXAMPLES
    for path in EXAMPLES:
        source = path.read_text(encoding="utf-8")
        assert safe_data._parse_fast(source) is not None, path  # libyaml read it: the comparison means something
        assert _outcome(_either, source) == _outcome(_pure, source), path


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(sample=inputs("underlag"))
def test_mutated_documents_read_the_same_or_fail_the_same(sample):
    try:
        source = decode(sample.data, "x.yaml")
    except InputError:
        return
    assert _outcome(_either, source) == _outcome(_pure, source)


@pytest.mark.parametrize("source", [
    "a: [" * 150 + "]" * 150,                # deeper than the limit: PyYAML's error, at its place
    "a:\n" + "".join("  " * i + "- \n" for i in range(1, 150)),
    "- [" * 3000 + "]" * 3000,               # deeper than libyaml's composer is given
    "a: &x [1, 2]\nb: [*x, *x, *x]\n",       # aliases: expanded by counting
    "a: &a [*a]\n",                          # a recursive alias
    "a: \"\\ud800\"\n",                      # a lone surrogate from an escape
    "a: 1\n\x07b: 2\n",                      # a control character
    "a: b: c\n",                             # a syntax error
    "a: 1\na: 2\n",
    "a:\n  t\typ: regional\n",               # a tab inside a plain key: libyaml reads it, PyYAML refuses it
    "a:\tb\n",
    "",
    "# bara en kommentar\n",
])
def test_edge_cases_read_the_same_or_fail_the_same(source):
    assert _outcome(_either, source) == _outcome(_pure, source)


def test_the_node_limit_is_pyyamls(monkeypatch):
    source = "a: [" + ", ".join(str(n) for n in range(60)) + "]\n"
    saved = limits.current()
    try:
        limits.configure(["värden=50"])
        assert _outcome(_either, source) == _outcome(_pure, source)
        assert _outcome(_either, source)[0] == "fel"
    finally:
        limits.restore(saved)


# Texts without `*` are built by `_plain_data`'s own walk (no alias, every node once), which also holds the
# depth and node limits in place of `_within_limits`; anything it does not build itself goes to PyYAML's
# constructors. Either way the result must be the pure loader's, value for value, type for type.
PLAIN_SCALARS = [
    "a: 12\nb: 0\nc: 0123\nd: -5\ne: +7\nf: 1_000\ng: 0x1F\nh: 0o17\ni: 0b101\nj: 1:30\n",
    "a: 1.5\nb: -0.0\nc: .inf\nd: .nan\ne: 1e3\nf: 6.8523015e+5\ng: 1_000.5\n",
    "a: ja\nb: nej\nc: yes\nd: No\ne: on\nf: OFF\ng: true\nh: False\n",
    "a: null\nb: ~\nc:\nd: Null\n",
    "a: 2026-03-01\nb: 2026-13-01\nc: 2026-03-01 12:00:00\nd: 2026-03-01T12:00:00+01:00\n",
    "a: !!str 12\nb: !!int '12'\nc: !!float '1'\nd: !!bool ja\ne: !!timestamp abc\nf: !!int ١٢\ng: !!null ''\n",
    "1: ett\ntrue: sant\n~: inget\n2026-01-01: dag\n1.5: en och en halv\n",
    "a: " + "9" * 50 + "\nb: " + "9" * 51 + "\n",           # at the digit limit, and over it
    "text: 'ja'\ncitat: \"12\"\nblock: |\n  rad ett\n  rad två\nvikt: >\n  ord\n  ord\n",
    "a: åäö\nb: \"\\u00e5\"\nc: 😀\n",
]
LEFT_TO_PYYAML = [
    "bas: &b {x: 1}\nny:\n  <<: {x: 2, y: 3}\n  z: 4\n",  # a merge key (without an alias)
    "a: !!set {x, y}\n",
    "a: !!binary aGVq\n",
    "a: !!omap [x: 1]\n",
    "a: !egen 1\n",
    "? [1, 2]\n: lista som nyckel\n",
    "a: =\n",
    "= : b\n",
    "a: !!str [1]\n",
    "a: !!map x\n",
]


@pytest.mark.parametrize("source", PLAIN_SCALARS + LEFT_TO_PYYAML)
def test_the_plain_walk_builds_what_pyyaml_builds(source):
    assert _outcome(_either, source) == _outcome(_pure, source)


@pytest.mark.parametrize("source", PLAIN_SCALARS[:7] + PLAIN_SCALARS[8:])
def test_plain_documents_take_the_plain_walk(source):
    loader = safe_data._FastLoader(source)
    try:
        assert safe_data._plain_data(loader.get_single_node(), loader) is not safe_data._UNUSUAL
    finally:
        loader.dispose()


@pytest.mark.parametrize("source", LEFT_TO_PYYAML)
def test_other_tags_and_keys_are_left_to_pyyaml(source):
    loader = safe_data._FastLoader(source)
    try:
        assert safe_data._plain_data(loader.get_single_node(), loader) is safe_data._UNUSUAL
    finally:
        loader.dispose()


@pytest.mark.parametrize("limit", ["värden", "djup"])
def test_the_plain_walk_holds_the_limits_at_their_edge(limit):
    """Without aliases nothing but the plain walk counts nodes and depth: around each limit it must refuse
    exactly what the pure loader refuses, with the same located error."""
    saved = limits.current()
    try:
        limits.configure(["värden=40", "djup=12"])
        for size in range(30, 50):
            if limit == "värden":
                source = "a: [" + ", ".join(str(n) for n in range(size)) + "]\n"
            else:
                depth = size - 30
                source = "a: " + "[" * depth + "x" + "]" * depth + "\n"
            outcome = _outcome(_either, source)
            assert outcome == _outcome(_pure, source), size
            if (limit == "värden" and size >= 40) or (limit == "djup" and size - 30 >= 12):
                assert outcome[0] == "fel", size
    finally:
        limits.restore(saved)


def test_a_lone_surrogate_is_refused_at_its_place_without_aliases():
    source = "a: ok\nb: \"x\\udc00\"\n"
    assert _outcome(_either, source) == _outcome(_pure, source)
    assert _outcome(_either, source)[0] == "fel"


def test_reading_a_document_leaves_nothing_for_the_collector():
    """A batch of thousands of files keeps its results; a cycle left per file (the plain walk's closure held the
    loader) is garbage only the collector frees, and `checks.each_file` freezes what is alive between files."""
    source = next(p for p in EXAMPLES if p.name == "lokalvard-kommun.yaml").read_text(encoding="utf-8")
    gc.collect()
    gc.disable()  # no collection of its own while reading: what it would free is what this looks for
    try:
        data, root = parse_yaml(source, "x.yaml")
        assert data and root is not None
        assert gc.collect() == 0
    finally:
        gc.enable()
