"""Reads the Gherkin features as worked examples of each rule, for `kravmotor regel`.

A deliberately small line parser: features are written to one shape (one rule
per feature, tagged with its code), and tests/test_feature_coverage.py keeps
them in that shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .resources import features_dir

_STEP_WORDS = ("Givet", "När", "Så", "Och", "Men", "|")


@dataclass
class Example:
    title: str
    tags: list[str]
    steps: list[str] = field(default_factory=list)
    file: str = ""


def _parse(path: Path) -> tuple[list[str], list[Example]]:
    feature_tags: list[str] = []
    examples: list[Example] = []
    background: list[str] = []
    pending: list[str] = []
    current: list[str] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("@"):
            pending += [t.lstrip("@") for t in line.split()]
        elif line.startswith("Egenskap:"):
            feature_tags, pending = pending, []
        elif line.startswith("Bakgrund:"):
            current = background
        elif line.startswith(("Scenario:", "Scenariomall:", "Abstrakt Scenario:")):
            example = Example(line.split(":", 1)[1].strip(), pending, list(background), str(path))
            examples.append(example)
            pending, current = [], example.steps
        elif current is not None and line.startswith(_STEP_WORDS):
            current.append(line)
    return feature_tags, examples


@lru_cache(maxsize=4)
def _examples_by_rule(directory: Path) -> dict[str, list[Example]]:
    by_rule: dict[str, list[Example]] = {}
    for path in sorted(directory.rglob("*.feature")):
        tags, examples = _parse(path)
        for tag in tags:
            by_rule.setdefault(tag, examples)
    return by_rule


def rule_examples(code: str, directory: Path | None = None) -> list[Example]:
    """The scenarios of the feature tagged with `code` (the feature files are read once)."""
    return _examples_by_rule(directory or features_dir()).get(code, [])
