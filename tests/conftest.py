from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from kravmotor.lang.loader import load_rulebook
from kravmotor.motor.pipeline import Checker
from kravmotor.resources import rules_dir



def in_ci() -> bool:
    """CI sets CI=true: there a missing prerequisite fails instead of skipping."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


# The shared data (real documents, the whole statistics export) lies beside the repository, as CI lays it:
# found relative to this checkout, never at a machine's path. The fast tests need none of it (a slice of
# the export is committed: tests/uhm_data.py). Missing, the tests that need it skip saying so, except in
# CI, where the run stops at once with the reason, and a test whose file is missing fails.
ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


def needs_shared(path: Path):
    """Skip (with the reason) when `path` in ../shared is missing, outside CI; in CI the test runs, and fails."""
    return pytest.mark.skipif(not path.exists() and not in_ci(), reason=f"{path} saknas: ../shared ska ligga bredvid repot")


def pytest_sessionstart(session):
    if in_ci() and not SHARED_DATA.is_dir():
        raise pytest.UsageError(f"{SHARED_DATA} saknas: i CI ska ../shared ligga bredvid repot")


# durable_rules is the extra kravmotor[durable] (it needs a C compiler and does not import on
# Python 3.13+). Without it only the native evaluator is tested, and the tests that need it skip,
# saying why; but in CI its absence fails (every scenario must run on both evaluators there),
# unless the run declares it is the one without durable_rules (KRAVMOTOR_UTAN_DURABLE=1).
DURABLE_INSTALLED = importlib.util.find_spec("durable") is not None
DURABLE_REQUIRED = in_ci() and not os.environ.get("KRAVMOTOR_UTAN_DURABLE")
WITH_DURABLE = DURABLE_INSTALLED or DURABLE_REQUIRED
NO_DURABLE = "durable_rules är inte installerat (pip install -e '.[durable]', bara Python före 3.13)"
needs_durable = pytest.mark.skipif(not WITH_DURABLE, reason=NO_DURABLE)
MOTORS = ("native", "durable") if WITH_DURABLE else ("native",)


@pytest.fixture(autouse=True)
def default_limits():
    """Every test starts from the default limits: a `--gräns` given to one in-process command does not linger."""
    from kravmotor import limits

    limits.configure()
    yield
    limits.configure()


@pytest.fixture(scope="session")
def rulebook():
    return load_rulebook(rules_dir())


@pytest.fixture(scope="session")
def checkers(rulebook):
    """One checker per evaluator for the whole session (the durable_rules host is private to its engine)."""
    return {motor: Checker(rulebook, motor) for motor in MOTORS}


@pytest.fixture(scope="session")
def checker(checkers):
    return checkers["native"]


@pytest.fixture(scope="session")
def screeners(rulebook):
    """One supplier screener per evaluator."""
    from kravmotor.motor.screening import Screener

    return {motor: Screener(rulebook, motor) for motor in MOTORS}
