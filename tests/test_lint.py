"""The lint and type gate: ruff and mypy, with the rule sets of pyproject.toml, report nothing.

Both come with the test extra (kravmotor[lint]). Missing, these tests skip saying so, except in
CI, where they fail: the gate must run there. mypy keeps its cache in a temporary folder of the
session, so a run never reads a cache another checkout or version wrote.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import in_ci

ROOT = Path(__file__).resolve().parent.parent


def tool(name: str) -> str:
    """The path of `name` beside this Python (the venv's), else on PATH; skipped outside CI, failed in CI."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        message = f"{name} är inte installerat (pip install -e '.[lint]')"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return found


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)


def test_ruff_reports_nothing():
    """src/, tests/ and bench/ with pyproject's rule sets (tests and bench have per-file exceptions there)."""
    done = _run(tool("ruff"), "check", "--no-cache", "--output-format", "concise", "src", "tests", "bench")
    assert done.returncode == 0, f"ruff:\n{done.stdout}{done.stderr}"


def test_mypy_reports_nothing(tmp_path_factory):
    """The package (pyproject's [tool.mypy] names it and the strictness)."""
    cache = tmp_path_factory.mktemp("mypy-cache")
    done = _run(tool("mypy"), "--cache-dir", str(cache), "--no-error-summary")
    assert done.returncode == 0, f"mypy:\n{done.stdout}{done.stderr}"
