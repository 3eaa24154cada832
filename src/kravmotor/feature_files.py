"""The one reader of the Gherkin feature files (features/<område>/<KOD>.feature).

pytest-bdd runs the features; everything else that reads them (the rulebook's
worked examples in `regel`, `regler --format html|markdown` and the web's
rulebook; the coverage checks in tests/test_feature_coverage.py; `ny-regel`)
reads them here, with the official Gherkin parser pytest-bdd itself uses, so a
file reads the same everywhere. A file that Gherkin refuses is a RuleError
naming the file and line, in Swedish.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from gherkin.errors import (CompositeParserException, ParserException, UnexpectedEOFException,
                            UnexpectedTokenException)
from gherkin.parser import Parser

from . import limits
from .errors import Location, Problem, RuleError
from .safe_data import decode

LANGUAGE_LINE = "# language: sv"


@dataclass(frozen=True)
class Step:
    line: int
    keyword: str  # as written, without the trailing space: Givet, När, Så, Och, Men, *
    text: str
    table: tuple[str, ...] = ()  # the rows of its data table, as written


@dataclass
class Scenario:
    name: str
    line: int
    tags: list[str]  # its own tags, without @ (not those it inherits from the feature)
    steps: list[Step] = field(default_factory=list)
    examples: tuple[str, ...] = ()  # a Scenariomall's Exempel rows, as written


@dataclass
class Feature:
    path: Path
    first_line: str
    name: str = ""
    tags: list[str] = field(default_factory=list)  # the feature's own tags, without @
    all_tags: list[tuple[int, str]] = field(default_factory=list)  # every tag in the file, with its line
    background: list[Step] = field(default_factory=list)
    scenarios: list[Scenario] = field(default_factory=list)

    @property
    def steps(self) -> list[Step]:
        """Every step in the file, in order: the background's, then each scenario's."""
        return self.background + [step for scenario in self.scenarios for step in scenario.steps]


def parse_feature(path: Path) -> Feature:
    path = Path(path)
    text = decode(limits.read_limited(path, "regelfil", RuleError), str(path), RuleError)
    return parse_feature_text(text, path)


def parse_feature_text(text: str, path: Path) -> Feature:
    try:
        document = Parser().parse(text)
    except CompositeParserException as error:
        raise RuleError([_problem(path, e) for e in error.errors]) from None
    except ParserException as error:
        raise RuleError([_problem(path, error)]) from None
    lines = text.splitlines()
    feature = Feature(Path(path), lines[0].rstrip() if lines else "")
    data: dict[str, Any] | None = document.get("feature")  # type: ignore[assignment]  # gherkin's TypedDicts: read as plain dicts
    if data is None:
        return feature
    feature.name = data["name"]
    feature.tags = _tags(data, feature)
    _children(data["children"], feature, lines)
    return feature


def _children(children: list[dict[str, Any]], feature: Feature, lines: list[str]) -> None:
    for child in children:
        if "background" in child:
            feature.background += _steps(child["background"], lines)
        elif "scenario" in child:
            data = child["scenario"]
            scenario = Scenario(data["name"], data["location"]["line"], _tags(data, feature), _steps(data, lines))
            rows: list[str] = []
            for examples in data.get("examples", []):
                _tags(examples, feature)
                table = [examples["tableHeader"]] if examples.get("tableHeader") else []
                rows += [_line(lines, row) for row in table + examples.get("tableBody", [])]
            scenario.examples = tuple(rows)
            feature.scenarios.append(scenario)
        elif "rule" in child:  # Regel: groups scenarios, with its own background and tags
            _tags(child["rule"], feature)
            _children(child["rule"]["children"], feature, lines)


def _tags(data: dict[str, Any], feature: Feature) -> list[str]:
    tags = [(tag["location"]["line"], tag["name"].lstrip("@")) for tag in data.get("tags", [])]
    feature.all_tags += tags
    return [name for _, name in tags]


def _steps(data: dict[str, Any], lines: list[str]) -> list[Step]:
    return [Step(step["location"]["line"], step["keyword"].strip(), step["text"],
                 tuple(_line(lines, row) for row in step.get("dataTable", {}).get("rows", [])))
            for step in data.get("steps", [])]


def _line(lines: list[str], row: dict[str, Any]) -> str:
    return lines[row["location"]["line"] - 1].strip()


def _problem(path: Path, error: Exception) -> Problem:
    location = getattr(error, "location", None) or {}
    if isinstance(error, UnexpectedTokenException):
        got = re.search(r"got '(.*)'$", str(error))
        message = f"raden ”{got.group(1) if got else ''}” passar inte här i en feature-fil (Gherkin)"
    elif isinstance(error, UnexpectedEOFException):
        message = "feature-filen tar slut mitt i ett block (Gherkin)"
    else:
        message = "feature-filen kan inte läsas som Gherkin: " + re.sub(r"^\(\d+:\d+\): ", "", str(error))
    return Problem(Location(str(path), location.get("line"), location.get("column")), message)


def read_features(directory: Path) -> list[Feature]:
    """Every feature file under `directory`, in path order."""
    return [parse_feature(path) for path in sorted(Path(directory).rglob("*.feature"))]


@lru_cache(maxsize=4)
def features_by_rule(directory: Path) -> dict[str, Feature]:
    """The feature of each rule code it is tagged with (read once per directory); the first wins."""
    by_rule: dict[str, Feature] = {}
    for feature in read_features(directory):
        for tag in feature.tags:
            by_rule.setdefault(tag, feature)
    return by_rule
