"""The README and every --help say what the program does: the areas and their rule counts, the exit codes,
examples that name files which exist, the output the quick start shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kravmotor.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


NUMBER_WORDS = {5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio"}


def test_the_area_table_lists_every_area_with_its_rule_count(rulebook):
    counts: dict[str, int] = {}
    for rule in rulebook.rules:
        prefix = rule.code.split("-")[0]
        counts[prefix] = counts.get(prefix, 0) + 1
    table = {m["prefix"]: int(m["n"]) for m in re.finditer(r"^\|[^|\n]+\| (?P<prefix>[A-Z]+) \| (?P<n>\d+) \|", README, re.M)}
    organisation = {m["prefix"]: int(m["n"]) for m in re.finditer(r"\((?P<prefix>[A-Z]+),\s+(?P<n>\d+)\s+(kriterier|enkätfrågor|regler)\)", README)}
    assert f"{NUMBER_WORDS[len(table)]} områden" in README
    assert {**table, **organisation} == counts


def test_every_help_names_its_exit_codes():
    for name in main.commands:
        text = " ".join(CliRunner().invoke(main, [name, "--help"]).output.split())
        assert "Avslutas med 0" in text, name
        assert "Avslutas med 3" in text, name


def _commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", README, re.S)
    return [line.split("#")[0] for block in blocks for line in block.splitlines() if "kravmotor " in line]


@pytest.mark.parametrize("path", sorted({p for line in _commands()
                                         for p in re.findall(r"(?:examples|tests/fixtures)/[^\s'\"*]+", line)}))
def test_the_files_the_readme_examples_name_exist(path):
    assert (ROOT / path).exists(), path


def test_the_quick_start_shows_what_the_program_prints():
    result = CliRunner().invoke(main, ["granska", str(ROOT / "examples" / "lokalvard-med-brister.yaml")])
    shown = re.search(r"^  Sammanfattning: .*$", README, re.M)[0]
    assert shown in result.output
