"""`python -m kravmotor`: the same as the `kravmotor` command."""

from .program import run

run()
