"""What every front end does with a revision (the CLI's `revision`, the web's Revision page) besides
`runner.run_revision` and `report.build_report`: the rules and the evaluator checked before a run, and
two runs compared with their indicators, in exactly one way."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .compare import Comparison
    from .indicators import Movement
    from .store import Store
    from .targets import Targets


def checked_rules(rule_dir: str | Path | None, motor: str) -> Path:
    """The rule directory a run uses (`--regler`, or the bundled rules), after its rules are loaded and
    `motor` is known to run here: a broken rule file or a missing evaluator stops here, located (exit 2),
    before any work or worker process."""
    from ..lang.loader import load_rulebook
    from ..motor.pipeline import require_motor
    from ..resources import rules_dir

    path = Path(rule_dir) if rule_dir else rules_dir()
    load_rulebook(path)
    require_motor(motor)
    return path


def compare(store: Store, before: int, after: int, targets: Targets) -> tuple[Comparison, list[Movement]]:
    """Run `before` against run `after`: new, resolved and unchanged findings, and how each indicator moved."""
    from .compare import compare_runs
    from .indicators import compare_indicators
    from .report import indicator_results

    comparison = compare_runs(store, before, after)
    movements = compare_indicators(indicator_results(store, before, targets), indicator_results(store, after, targets))
    return comparison, movements
