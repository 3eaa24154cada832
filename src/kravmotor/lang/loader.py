"""Loads a rule directory: the area list, every `.krav` file, compiled and checked."""

from __future__ import annotations

from pathlib import Path

import yaml

from ..errors import Location, Problem, RuleError, excerpt_with_caret
from . import ast
from .compiler import Area, Rulebook, compile_definitions
from .klassningar import load_classifications
from .parser import parse_file

AREAS_FILE = "omraden.yaml"


def load_areas(directory: Path) -> dict[str, Area]:
    path = directory / AREAS_FILE
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return {
            name: Area(name=name, prefix=str(entry["prefix"]), title=str(entry["titel"]), description=str(entry.get("beskrivning", "")))
            for name, entry in data.items()
        }
    except (yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise RuleError([Problem(Location(str(path)), f"områdesfilen är ogiltig: varje område behöver prefix och titel ({exc})")]) from None


def load_rulebook(directory: Path) -> Rulebook:
    directory = Path(directory)
    if not directory.is_dir():
        raise RuleError([Problem(Location(str(directory)), "regelkatalogen finns inte")])
    definitions: list[ast.Definition] = []
    problems: list[Problem] = []
    sources: dict[str, str] = {}
    for path in sorted(directory.rglob("*.krav")):
        try:
            definitions.extend(parse_file(path))
            sources[str(path)] = path.read_text(encoding="utf-8")
        except RuleError as exc:  # keep going: report every broken file at once
            problems.extend(exc.problems)
    try:
        classifications = load_classifications(directory)
    except RuleError as exc:
        problems.extend(exc.problems)
    if problems:
        raise RuleError(problems)
    try:
        rulebook = compile_definitions(definitions, load_areas(directory), classifications)
    except RuleError as exc:  # the checker knows positions; the sources are here
        for problem in exc.problems:
            loc = problem.location
            if problem.excerpt is None and loc.line and loc.file in sources:
                problem.excerpt = excerpt_with_caret(sources[loc.file], loc.line, loc.column or 1) or None
        raise
    for rule in rulebook.rules + rulebook.derivations:
        rule.text = _definition_text(sources.get(rule.file or "", ""), rule.line or 0)
    return rulebook


def _definition_text(source: str, line: int) -> str:
    """The definition's own lines, from its keyword to its `slut`."""
    lines = source.splitlines()[line - 1:] if line else []
    out = []
    for text in lines:
        out.append(text)
        if text.strip() == "slut":
            break
    return "\n".join(out)
