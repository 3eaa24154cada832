from __future__ import annotations

import importlib.util

import pytest

from kravmotor.lang.loader import load_rulebook
from kravmotor.motor.pipeline import Checker
from kravmotor.resources import rules_dir

# durable_rules does not import on Python 3.13+: there only the native evaluator is tested.
MOTORS = ("native", "durable") if importlib.util.find_spec("durable") else ("native",)


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
