"""The `kravmotor` program in a process of its own: where the console script and `python -m kravmotor`
start (a test or a program calling `kravmotor.cli.main` keeps its own process's settings).

A command starts by making some 70 000 objects that live as long as the process (modules, models,
the rulebook) and almost no garbage. At Python's threshold (700 new objects) the collector would
walk them again and again, and once more when the process ends: together about a tenth of a cold
`granska`. So the young generation is collected every 100 000 new objects instead (a long batch
still collects, every few milliseconds of work), and when the command is done what it made is
frozen (`gc.freeze`), so that the collection at exit does not walk it all to free nothing.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 100_000


def tune_collector() -> None:
    """The collector's threshold the program runs with (a benchmark measuring a command as the program
    runs it sets it too)."""
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_THRESHOLD), *older)


def run() -> None:
    tune_collector()
    from .cli import main

    try:
        main()
    finally:
        gc.freeze()
