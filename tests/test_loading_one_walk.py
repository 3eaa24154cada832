"""Reading a förfrågningsunderlag normalizes its values and takes out the fields written as unknown in one
walk (`loading._normalize` with `unknowns`). It must give exactly what the two walks before it gave: first
every `fält: okänt` taken out and its path added to `okända_uppgifter` (`_declare_unknowns_before`, the
code as it was), then the rest normalized; and duplicate keys found only where there are some."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kravmotor.errors import InputError
from kravmotor.model import loading
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.safe_data import parse_yaml
from strategies import DocumentStrategies

pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")  # the rulebook's long repr


def _declare_unknowns_before(data: dict) -> dict:
    """The walk as it was before it was folded into `_normalize`."""
    found: list[str] = []

    def walk(node: Any, path: str) -> Any:
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                here = f"{path}.{key}" if path else str(key)
                if isinstance(value, str) and value.strip().casefold() in loading.UNKNOWN_WORDS and key != "typ":
                    found.append(here)
                else:
                    out[key] = walk(value, here)
            return out
        if isinstance(node, list):
            return [walk(item, f"{path}[{i}]") for i, item in enumerate(node)]
        return node

    data = walk(data, "")
    if found:
        declared = data.get("okända_uppgifter")
        data["okända_uppgifter"] = (declared if isinstance(declared, list) else []) + found
    return data


def _before(data: dict) -> tuple:
    data = _declare_unknowns_before(data)
    ramavtal = isinstance(data.get("ramavtal"), dict)
    if ramavtal:
        data = {k: v for k, v in data.items() if k != "ramavtal"}
    timestamps: list = []
    return loading._normalize(data, Förfrågningsunderlag, (), timestamps), timestamps, ramavtal


def _now(data: dict) -> tuple:
    """What `_validate` does now, up to the model's validation."""
    timestamps: list = []
    unknowns: list = []
    out = loading._normalize(data, Förfrågningsunderlag, (), timestamps, unknowns)
    ramavtal = isinstance(data.get("ramavtal"), dict)
    if ramavtal:
        out = {k: v for k, v in out.items() if k != "ramavtal"}
        timestamps = [t for t in timestamps if t[0] != "ramavtal"]
    if unknowns:
        declared = out.get("okända_uppgifter")
        out["okända_uppgifter"] = (declared if isinstance(declared, list) else []) + [loading._dotted(data, p) for p in unknowns]
    return out, timestamps, ramavtal


UNKNOWN = st.sampled_from(["okänt", " Okänd ", "VET INTE", "okänt?", "känt"])


def _sprinkled(value: Any, draw) -> Any:
    """The value with some of its fields (at any depth) written as unknown."""
    if isinstance(value, dict):
        return {k: (draw(UNKNOWN) if draw(st.integers(0, 4)) == 0 else _sprinkled(v, draw)) for k, v in value.items()}
    if isinstance(value, list):
        return [_sprinkled(v, draw) for v in value]
    return value


@pytest.fixture(scope="module")
def strategies(rulebook):
    return DocumentStrategies(rulebook)


@settings(max_examples=300, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_one_walk_gives_what_the_two_gave(data, strategies):
    raw = data.draw(strategies.document(), label="dokument")
    raw = _sprinkled(raw, data.draw)
    if data.draw(st.booleans()):
        raw["okända_uppgifter"] = data.draw(st.sampled_from([["titel"], "okänt", "titel", [1, "id"]]))
    assert repr(_now(raw)) == repr(_before(raw))


@pytest.mark.parametrize("raw", [
    {"id": "x", "typ": "okänt", "a": {"typ": "okänt", "b": "okänt", "c": [{"d": "vet inte"}, {"e": 1}]}, "f": "okänd"},
    {"": {"a": "okänt", "": ["okänt", {"b": "okänt"}]}, 1: {2: "okänt"}},
    {"ramavtal": {"högsta_värde": "okänt", "när": dt.datetime(2026, 1, 1, 12)}, "titel": "okänt",
     "okända_uppgifter": ["id"]},
    {"okända_uppgifter": "okänt", "titel": "okänt"},
    {"okända_uppgifter": {"a": "okänt"}},
    {"kvalificeringskrav": [{"typ": "omsättning", "belopp": "okänt", "datum": dt.datetime(2026, 1, 1, 12)}]},
])
def test_the_edges_of_the_one_walk(raw):
    assert repr(_now(raw)) == repr(_before(raw))


@pytest.mark.parametrize(("source", "duplicated"), [
    ("a: 1\nb: {c: 1, d: 2}\ne: [{f: 1}, {f: 2}]\n", False),
    ("a: 1\nb: {c: 1, c: 2}\n", True),
    ("a: [{f: 1, g: 1, f: 2}]\n", True),
    ("a: &x {c: 1}\nb: *x\nc: *x\n", False),
    ("a: &x {c: 1, c: 2}\nb: *x\n", True),
])
def test_the_quick_look_for_duplicate_keys(source, duplicated):
    root = parse_yaml(source, "x.yaml")[1]
    assert loading._has_duplicate_keys(root) == duplicated
    if not duplicated:
        assert loading._duplicate_keys(root, ()) == []


def test_a_duplicate_key_is_still_reported_at_its_place(tmp_path):
    path = tmp_path / "u.yaml"
    path.write_text("id: U-1\ntitel: Städning\ntitel: Städning igen\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        loading.load_document(path)
    problem = next(p for p in error.value.problems if "förekommer flera gånger" in p.message)
    assert (problem.location.line, problem.location.column) == (3, 1)
