from __future__ import annotations

import pytest

from kravmotor.lang.loader import load_rulebook
from kravmotor.motor.pipeline import Checker
from kravmotor.resources import rules_dir


@pytest.fixture(scope="session")
def rulebook():
    return load_rulebook(rules_dir())


@pytest.fixture(scope="session")
def checker(rulebook):
    # One engine for the whole session: the durable_rules host is private to it.
    return Checker(rulebook)
