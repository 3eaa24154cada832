"""A short fuzzing budget for CI: mutated inputs to every reader end in exit 0, 1 or 2, in Swedish, in time.

bench/fuzz.py runs the same properties (tests/fuzzing.py) with a long budget and counts instead of stopping.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from fuzzing import TARGETS, TIME_BOUND, inputs, run_one

EXAMPLES = 25  # per target; enough to catch a regression of a whole class, quick enough for every run


@pytest.mark.parametrize("target", TARGETS)
def test_mutated_inputs_never_crash_hang_or_speak_english(target):
    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(inputs(target))
    def check(sample):
        outcome = run_one(target, sample.data, sample.option)
        assert outcome.exit_code in (0, 1, 2), f"exit {outcome.exit_code} ({outcome.error})"
        assert outcome.seconds < TIME_BOUND, f"{outcome.seconds:.1f} s"
        assert not outcome.english, outcome.english[:3]
        assert not outcome.names, "a företrädare's name in an error message"

    check()


@pytest.mark.parametrize("target", TARGETS)
def test_every_target_reaches_its_reader(target):
    """A target whose inputs never reach a reader would pass the test above whatever the reader does: an
    input that is no file of any kind is an input error (2) in every target, a seed is read (0)."""
    from fuzzing import seeds

    assert run_one(target, b"\x00 inget \xff: [", True).exit_code == 2
    if target != "regler":  # a rule file alone may miss the parameters its neighbours define
        assert run_one(target, seeds(target)[0], False).exit_code == 0
