# Developer tasks. A Makefile rather than a nox file: make is already on every Linux and macOS
# machine and needs nothing installed, and CI (.ci/run) builds its own venvs, which nox would
# duplicate. The targets use the venv of the README (python3 -m venv .venv &&
# .venv/bin/pip install -e '.[test]'); PY=python3 make ... uses another interpreter.

PY ?= .venv/bin/python
BENCH ?= bench_granska

.PHONY: test lint bench

test:  ## the whole suite, as CI runs it (the lint gate included: tests/test_lint.py)
	$(PY) -m pytest -p no:cacheprovider

lint:  ## ruff and mypy with the rule sets in pyproject.toml
	$(PY) -m ruff check src tests bench
	$(PY) -m mypy

bench:  ## one benchmark of bench/ (see bench/README.md): make bench BENCH=bench_revision ARGS="--antal 500"
	$(PY) bench/$(BENCH).py $(ARGS)
