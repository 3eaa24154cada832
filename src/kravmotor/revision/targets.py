"""The board's targets for its indicators, kept as data in `rules/mal/*.yaml`.

A target file names its giltighetsperiod and the buyers it applies to
(`applicability`), and per indicator id its title, its goal (a value and `≥` or
`≤`, or `följs` for an indicator that is only reported), the period, the source
section and the notes on how the source is ambiguous. `load_targets()` reads
the bundled nämndplan; a broken file gives an `InputError` naming the file, the
line and the field path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError, Location, Problem
from ..resources import rules_dir
from ..safe_data import read_yaml_file
from . import applicability
from .applicability import EVERYTHING, Scope

DIRECTORY = "mal"
DEFAULT_FILE = "namndplan-2023-2025.yaml"

AT_LEAST, AT_MOST, FOLLOWED = "≥", "≤", "följs"
_COMPARISONS = {"≥": AT_LEAST, ">=": AT_LEAST, "≤": AT_MOST, "<=": AT_MOST, "följs": FOLLOWED}

_TOP_KEYS = {"namn", "källa", "indikatorer", "ej_mätbara"} | applicability.KEYS
_TARGET_KEYS = {"id", "titel", "mål", "period", "utgångsvärde", "källa", "anmärkningar"}
_GOAL_KEYS = {"jämförelse", "värde"}
_UNMEASURABLE_KEYS = {"id", "titel", "skäl"}


@dataclass(frozen=True)
class Target:
    """One indicator's goal. `value` is None exactly when `comparison` is `följs`."""

    id: str
    titel: str
    comparison: str = FOLLOWED
    value: Decimal | None = None
    period: str | None = None
    baseline: str | None = None
    source: str | None = None
    notes: tuple[str, ...] = ()

    @property
    def has_goal(self) -> bool:
        return self.comparison != FOLLOWED


@dataclass(frozen=True)
class Unmeasurable:
    """An indicator of the plan that procurement documents cannot carry, and why."""

    id: str
    titel: str
    reason: str


@dataclass
class Targets:
    name: str
    source: str | None
    file: str
    targets: dict[str, Target] = field(default_factory=dict)
    unmeasurable: list[Unmeasurable] = field(default_factory=list)
    scope: Scope = EVERYTHING  # whom and when the targets apply to

    def get(self, indicator_id: str) -> Target | None:
        return self.targets.get(indicator_id)


def default_targets_path() -> Path:
    return rules_dir() / DIRECTORY / DEFAULT_FILE


def load_targets(path: str | Path | None = None, known_ids: set[str] | None = None) -> Targets:
    """Read a target file (the bundled nämndplan when `path` is None).

    `known_ids` are the indicator ids a target may name, by default those
    `kravmotor.revision.indicators` computes; anything else is reported as unknown.
    """
    if known_ids is None:
        from .indicators import INDICATOR_IDS  # imported here: indicators imports this module

        known_ids = set(INDICATOR_IDS)
    path = Path(path) if path is not None else default_targets_path()
    file = str(path)
    data, root, _ = read_yaml_file(path, "regelfil")
    lines = _line_index(root)
    reader = _Reader(file, lines)
    targets = reader.read(data, known_ids)
    if reader.problems:
        raise InputError(reader.problems)
    return targets


class _Reader:
    def __init__(self, file: str, lines: dict[str, tuple[int, int]]):
        self.file = file
        self.lines = lines
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str) -> None:
        line, column = self._where(path)
        self.problems.append(Problem(Location(self.file, line, column, path or None), message))

    def _where(self, path: str) -> tuple[int | None, int | None]:
        # the closest enclosing node that exists (a missing key is reported at its mapping)
        while True:
            if path in self.lines:
                return self.lines[path]
            if not path:
                return None, None
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""

    def read(self, data: Any, known_ids: set[str] | None) -> Targets:
        targets = Targets(name="", source=None, file=self.file)
        if not isinstance(data, dict):
            self.problem("", "målfilen ska vara en mappning med nycklarna namn, källa, indikatorer och ej_mätbara")
            return targets
        self._unexpected(data, _TOP_KEYS, "")
        targets.name = self._text(data, "namn", "", required=True) or ""
        targets.source = self._text(data, "källa", "")
        targets.scope = applicability.read_scope(data, self.problem)
        items = data.get("indikatorer")
        if not isinstance(items, list) or not items:
            self.problem("indikatorer", "ska vara en lista med minst en indikator")
            items = []
        for index, item in enumerate(items):
            target = self._target(item, f"indikatorer[{index}]", known_ids)
            if target is None:
                continue
            if target.id in targets.targets:
                self.problem(f"indikatorer[{index}].id", f"indikatorn ”{target.id}” har redan ett mål i filen")
                continue
            targets.targets[target.id] = target
        extra = data.get("ej_mätbara") or []
        if not isinstance(extra, list):
            self.problem("ej_mätbara", "ska vara en lista")
            extra = []
        for index, item in enumerate(extra):
            path = f"ej_mätbara[{index}]"
            if not isinstance(item, dict):
                self.problem(path, "ska vara en mappning med id, titel och skäl")
                continue
            self._unexpected(item, _UNMEASURABLE_KEYS, path)
            values = [self._text(item, key, path, required=True) for key in ("id", "titel", "skäl")]
            if all(values):
                targets.unmeasurable.append(Unmeasurable(*(str(v) for v in values)))
        return targets

    def _target(self, item: Any, path: str, known_ids: set[str] | None) -> Target | None:
        if not isinstance(item, dict):
            self.problem(path, "ska vara en mappning med id, titel och mål")
            return None
        self._unexpected(item, _TARGET_KEYS, path)
        ident = self._text(item, "id", path, required=True)
        titel = self._text(item, "titel", path, required=True)
        if ident and known_ids is not None and ident not in known_ids:
            self.problem(f"{path}.id", f"okänd indikator ”{ident}”; kända: {', '.join(sorted(known_ids))}")
            ident = None
        comparison, value = self._goal(item.get("mål"), f"{path}.mål")
        notes = item.get("anmärkningar") or []
        if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
            self.problem(f"{path}.anmärkningar", "ska vara en lista med texter")
            notes = []
        period = self._text(item, "period", path)
        baseline = self._text(item, "utgångsvärde", path)
        source = self._text(item, "källa", path)
        if not ident or not titel or comparison is None:
            return None
        return Target(ident, titel, comparison, value, period, baseline, source, tuple(notes))

    def _goal(self, goal: Any, path: str) -> tuple[str | None, Decimal | None]:
        if not isinstance(goal, dict):
            self.problem(path, "saknas eller är ingen mappning; ange t.ex. {jämförelse: \"≥\", värde: 50} eller {jämförelse: följs}")
            return None, None
        self._unexpected(goal, _GOAL_KEYS, path)
        written = goal.get("jämförelse")
        comparison = _COMPARISONS.get(written) if isinstance(written, str) else None
        if comparison is None:
            self.problem(f"{path}.jämförelse", f"ogiltigt värde {written!r}; tillåtna värden: ”≥”, ”≤”, ”följs”")
            return None, None
        raw = goal.get("värde")
        if comparison == FOLLOWED:
            if raw is not None:
                self.problem(f"{path}.värde", "en indikator som bara följs har inget målvärde")
                return None, None
            return comparison, None
        if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
            self.problem(f"{path}.värde", f"ska vara ett tal (procent för andelar), angivet: {raw!r}")
            return None, None
        try:
            value = Decimal(str(raw).replace(",", ".").replace(" ", ""))
        except InvalidOperation:
            self.problem(f"{path}.värde", f"ska vara ett tal (procent för andelar), angivet: {raw!r}")
            return None, None
        if not value.is_finite() or value < 0:
            self.problem(f"{path}.värde", f"ska vara ett tal som inte är negativt, angivet: {raw!r}")
            return None, None
        return comparison, value

    def _text(self, item: dict, key: str, path: str, required: bool = False) -> str | None:
        value = item.get(key)
        where = f"{path}.{key}" if path else key
        if value is None:
            if required:
                self.problem(where, "saknas")
            return None
        if not isinstance(value, (str, int, float)) or isinstance(value, bool) or str(value).strip() == "":
            self.problem(where, f"ska vara en text, angivet: {value!r}")
            return None
        return str(value)

    def _unexpected(self, item: dict, allowed: set[str], path: str) -> None:
        for key in item:
            if key not in allowed:
                where = f"{path}.{key}" if path else str(key)
                self.problem(where, f"okänd nyckel ”{key}”; tillåtna: {', '.join(sorted(allowed))}")


def _line_index(node: yaml.Node | None, path: str = "", out: dict | None = None) -> dict[str, tuple[int, int]]:
    """Field path → (line, column), both 1-based, for every node of the composed YAML."""
    out = {} if out is None else out
    if node is None:
        return out
    out[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = f"{path}.{key.value}" if path else str(key.value)
            # a key points at its own line, where the user reads it
            _line_index(value, child, out)
            out[child] = (key.start_mark.line + 1, key.start_mark.column + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, value in enumerate(node.value):
            _line_index(value, f"{path}[{index}]", out)
    return out
