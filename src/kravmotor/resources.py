"""Where the grammar, the rules and the features are, in a checkout and when installed.

In a checkout they sit at the top of the repository (where lawyers find them);
the wheel carries copies under `kravmotor/_data/`. The checkout wins so that
editing a rule takes effect without reinstalling.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent.parent  # src/kravmotor -> repository root


def _find(name: str) -> Path:
    for candidate in (_CHECKOUT / name, _PACKAGE / "_data" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"hittar inte katalogen {name}/ (varken i arbetskopian eller i paketet)")


def grammar_path() -> Path:
    return _find("grammar") / "kravmotor.lark"


def rules_dir() -> Path:
    """The rule catalogue; KRAVMOTOR_REGLER points elsewhere (tests, local rule sets)."""
    override = os.environ.get("KRAVMOTOR_REGLER")
    return Path(override) if override else _find("rules")


def features_dir() -> Path:
    return _find("features")


def packaged(path: Path) -> bool:
    """Whether `path` is inside the copy the installed package carries (not to be written to)."""
    return (_PACKAGE / "_data") in Path(path).resolve().parents
