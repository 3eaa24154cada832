"""Loads a rule directory: the area list, every `.krav` file, compiled and checked."""

from __future__ import annotations

from pathlib import Path

from ..errors import Location, Problem, RuleError, excerpt_with_caret
from ..model.subjects import DOCUMENT, SUBJECTS
from ..safe_data import read_yaml_file
from . import ast, rulebook_cache
from .andringar import load_changes
from .compiler import Area, Rulebook, compile_definitions
from .klassningar import load_classifications

AREAS_FILE = "omraden.yaml"


def load_areas(directory: Path) -> dict[str, Area]:
    path = directory / AREAS_FILE
    if not path.exists():
        return {}
    data = read_yaml_file(path, "regelfil", RuleError)[0] or {}
    try:
        areas = {
            name: Area(name=name, prefix=str(entry["prefix"]), title=str(entry["titel"]),
                       description=str(entry.get("beskrivning", "")), subject=str(entry.get("gäller", DOCUMENT.name)),
                       directory=str(entry["katalog"]) if "katalog" in entry else None)
            for name, entry in data.items()
        }
    except (KeyError, TypeError, AttributeError):
        raise RuleError([Problem(Location(str(path)), "områdesfilen är ogiltig: varje område behöver prefix och titel")]) from None
    for area in areas.values():
        if area.subject not in SUBJECTS:
            raise RuleError([Problem(Location(str(path), None, None, f"{area.name}.gäller"),
                                     f"okänt värde ”{area.subject}”; förväntade ett av: {', '.join(SUBJECTS)}")])
        if area.subject != DOCUMENT.name and not area.directory:
            raise RuleError([Problem(Location(str(path), None, None, f"{area.name}.katalog"),
                                     f"området gäller {area.subject} och behöver ”katalog”: katalogen med dess regler")])
    return areas


def _subject_of_files(directory: Path, paths: list[Path], areas: dict[str, Area]) -> dict[str, str]:
    """Each file under an area's `katalog` is about that area's subject; the rest are about documents."""
    out = {}
    for path in paths:
        parts = path.relative_to(directory).parts
        for area in areas.values():
            if area.directory and parts[0] == area.directory:
                out[str(path)] = area.subject
    return out


def load_rulebook(directory: Path, subject: str | None = None) -> Rulebook:
    """The rule directory, compiled and checked: from the cache of compiled rulebooks when it holds
    this one (`rulebook_cache`), else read, and kept there. With `subject`, only what is about that
    subject (`Rulebook.for_subject`): all rule files are still read and checked together, but a
    start from the cache reads only that subject's part."""
    directory = Path(directory)
    if not directory.is_dir():
        raise RuleError([Problem(Location(str(directory)), "regelkatalogen finns inte")])
    return rulebook_cache.cached(directory, lambda: _read_rulebook(directory), _generate_engines,
                                 subject, Rulebook.for_subject)


def _generate_engines(rulebook: Rulebook) -> None:
    """The native evaluator's module for each subject's rules, generated and compiled once, kept with
    the rulebook: a start from the cache then compiles nothing (about a sixth of a cold `granska`)."""
    from ..motor.native_backend import generate

    for name in SUBJECTS:
        view = rulebook.for_subject(name)
        if view.rules or view.derivations:
            rules = sorted(view.rules, key=lambda r: r.code)
            rulebook.generated[name] = generate(rules, view.derivations).keep_compiled()


def _read_rulebook(directory: Path) -> Rulebook:
    # only when the rules are read, not from the cache: lark, and the checks of the rule files
    from .parser import parse_text, read_rule_file
    from .retired import check_definitions, load_retired
    from .scaffold import unfinished

    definitions: list[ast.Definition] = []
    problems: list[Problem] = []
    sources: dict[str, str] = {}
    paths = sorted(directory.rglob("*.krav"))
    for path in paths:
        try:
            text = sources[str(path)] = read_rule_file(path)
            todo = unfinished(text, str(path))  # a skeleton from `ny-regel` not filled in: its TODOs, not parse errors
            if todo:
                problems.extend(todo)
                continue
            definitions.extend(parse_text(text, str(path)))
        except RuleError as exc:  # keep going: report every broken file at once
            problems.extend(exc.problems)
    try:
        classifications = load_classifications(directory)
    except RuleError as exc:
        problems.extend(exc.problems)
    try:
        problems.extend(check_definitions(definitions, load_retired(directory), directory))
    except RuleError as exc:
        problems.extend(exc.problems)
    if problems:
        _add_excerpts(problems, sources)
        raise RuleError(problems)
    try:
        areas = load_areas(directory)
        rulebook = compile_definitions(definitions, areas, classifications, _subject_of_files(directory, paths, areas))
    except RuleError as exc:  # the checker knows positions; the sources are here
        _add_excerpts(exc.problems, sources)
        raise
    for rule in rulebook.rules + rulebook.derivations:
        rule.text = _definition_text(sources.get(rule.file or "", ""), rule.line or 0)
    rulebook.changes = load_changes(directory)
    return rulebook


def _add_excerpts(problems: list[Problem], sources: dict[str, str]) -> None:
    for problem in problems:
        loc = problem.location
        if problem.excerpt is None and loc.line and loc.file in sources:
            problem.excerpt = excerpt_with_caret(sources[loc.file], loc.line, loc.column or 1) or None


def _definition_text(source: str, line: int) -> str:
    """The definition's own lines, from its keyword to its `slut`."""
    lines = source.splitlines()[line - 1:] if line else []
    out = []
    for text in lines:
        out.append(text)
        if text.strip() == "slut":
            break
    return "\n".join(out)
