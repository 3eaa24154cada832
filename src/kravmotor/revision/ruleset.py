"""The rule version of a run in words: the rulebook's date, how many rules it has, what changed since an earlier run.

A run stores the hash of its rule files (`runs.ruleset`), which tells an auditor whether two
runs used the same rules but tells a board member nothing. So a run also stores, in its
parameters, a summary of the rulebook as it was (`summarise`): the date of the latest dated
entry in the changelog (rules/ANDRINGAR.md), and the codes of the rules about förfrågningsunderlag.
A run made before the summary was stored is described from the rule directory it used when
that directory still has the same hash, and otherwise by its hash alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..errors import KravmotorError
from .store import StoredRun, ruleset_version

PARAMETER = "regelbok"  # the key of the summary in a run's parameters


@dataclass(frozen=True)
class RulebookInfo:
    version: str  # the hash of the rule files
    date: str | None = None  # the latest dated changelog entry (ÅÅÅÅ-MM-DD), None when unknown
    codes: tuple[str, ...] | None = None  # the codes of the rules about förfrågningsunderlag; None when unknown

    @property
    def rules(self) -> int | None:
        return len(self.codes) if self.codes is not None else None


@dataclass(frozen=True)
class RuleChange:
    """How the rules of a run differ from those of an earlier run of the same sources."""

    earlier_run: int
    earlier_started: str
    same: bool
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()  # rules named by changelog entries dated after the earlier run's start
    known: bool = True  # False when the earlier run's rules cannot be described (an old run, its rules gone)


def summarise(rule_dir: Path) -> dict:
    """What a run stores about its rules, beside their hash."""
    from ..lang.loader import load_rulebook
    from ..model.subjects import DOCUMENT

    rulebook = load_rulebook(Path(rule_dir))
    dates = [c.date for c in rulebook.changes if c.date]
    codes = sorted({r.code for r in rulebook.for_subject(DOCUMENT.name).rules})
    return {"datum": max(dates) if dates else None, "koder": codes}


def describe(info: StoredRun) -> RulebookInfo:
    """The rulebook a run used, as far as it can be known."""
    stored = info.parameters.get(PARAMETER)
    if isinstance(stored, dict) and isinstance(stored.get("koder"), list):
        return RulebookInfo(info.ruleset, stored.get("datum"), tuple(stored["koder"]))
    folder = info.parameters.get("regler")
    if folder and Path(folder).is_dir():
        try:
            if ruleset_version(Path(folder)) == info.ruleset:
                summary = summarise(Path(folder))
                return RulebookInfo(info.ruleset, summary["datum"], tuple(summary["koder"]))
        except (KravmotorError, OSError):  # the folder is not readable as rules any more: the hash is what is known
            pass
    return RulebookInfo(info.ruleset)


def change_since(current: StoredRun, rules: RulebookInfo, earlier: StoredRun) -> RuleChange:
    """What changed in the rules between `earlier` and `current` (runs of the same sources)."""
    if current.ruleset == earlier.ruleset:
        return RuleChange(earlier.id, earlier.started, same=True)
    before = describe(earlier)
    if rules.codes is None or before.codes is None:
        return RuleChange(earlier.id, earlier.started, same=False, known=False)
    added = tuple(c for c in rules.codes if c not in before.codes)
    removed = tuple(c for c in before.codes if c not in rules.codes)
    return RuleChange(earlier.id, earlier.started, same=False, added=added, removed=removed,
                      changed=_logged_since(current, earlier, set(rules.codes) - set(added)))


def _logged_since(current: StoredRun, earlier: StoredRun, codes: set[str]) -> tuple[str, ...]:
    """The rules among `codes` that the changelog of the current run's rules says changed after `earlier` began."""
    folder = current.parameters.get("regler")
    if not folder or not Path(folder).is_dir():
        return ()
    from ..lang.andringar import load_changes

    try:
        changes = load_changes(Path(folder))
    except (KravmotorError, OSError):
        return ()
    since = _day(earlier.started)
    return tuple(sorted({code for c in changes if c.date and since and c.date >= since for code in c.rules if code in codes}))


def _day(stamp: str) -> str | None:
    try:
        return dt.datetime.fromisoformat(stamp).date().isoformat()
    except ValueError:
        return None
