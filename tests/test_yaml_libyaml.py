"""YAML through libyaml (`safe_data._parse_fast`) reads exactly what PyYAML's own loader reads: the same
data, the same lines and columns on every node (validation errors are located by them), and for any
text libyaml refuses or might not manage, PyYAML's own located Swedish error."""

from __future__ import annotations

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
