"""What the options every command shares mean."""

from __future__ import annotations

from pathlib import Path


def _rulebook(rule_dir: str | None):
    from ..lang.loader import load_rulebook
    from ..resources import rules_dir

    return load_rulebook(Path(rule_dir) if rule_dir else rules_dir())
