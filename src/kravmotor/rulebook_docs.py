"""The Gherkin features as worked examples of each rule, for `kravmotor regel`, the printed rulebook
and the web's. The files are read by `feature_files`, the one reader of features besides pytest-bdd.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .feature_files import Feature, Step, features_by_rule
from .resources import features_dir


@dataclass
class Example:
    title: str
    tags: list[str]
    steps: list[str] = field(default_factory=list)  # as a reader sees them: keyword and text, then table rows
    file: str = ""


def _shown(steps: list[Step]) -> list[str]:
    return [line for step in steps for line in (f"{step.keyword} {step.text}", *step.table)]


def examples_of(feature: Feature) -> list[Example]:
    """Each scenario with the background's steps first, and a Scenariomall's Exempel rows last."""
    return [Example(s.name, list(s.tags), _shown(feature.background) + _shown(s.steps) + list(s.examples),
                    str(feature.path))
            for s in feature.scenarios]


def rule_examples(code: str, directory: Path | None = None) -> list[Example]:
    """The scenarios of the feature tagged with `code` (the feature files are read once)."""
    feature = features_by_rule(directory or features_dir()).get(code)
    return examples_of(feature) if feature else []
