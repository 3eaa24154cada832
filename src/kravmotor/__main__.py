"""`python -m kravmotor`: the same as the `kravmotor` command."""

from .cli import main

main()
