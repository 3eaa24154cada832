"""The plain text report (`PlainPrinter`) writes what rich writes without colours, byte for byte.

The golden reports (test_granska_golden.py) check whole runs; here random lines, with every kind of
character and space rich could treat specially, go through both printers at several widths.
"""

from __future__ import annotations

import random
from io import StringIO

import pytest
from rich.cells import cell_len
from rich.control import strip_control_codes

from kravmotor.rapport import plain_lines
from kravmotor.rapport.text import _PLAIN_PREFIX, PlainPrinter, RichPrinter
from kravmotor.terminal import SafeConsole, neutralise


def _console(width: int) -> SafeConsole:
    return SafeConsole(file=StringIO(), width=width, color_system=None, highlight=False)


def test_every_simple_character_is_one_cell_and_left_alone():
    simple = [chr(c) for c in range(0x2800) if plain_lines.SIMPLE.fullmatch(chr(c)) and chr(c) != "\n"]
    assert len(simple) > 1000
    for c in simple:
        assert cell_len(c) == 1, hex(ord(c))
        assert neutralise(c) == c and strip_control_codes(c) == c, hex(ord(c))


_PIECES = ["ord", "Åtgärd", "kvalificeringskrav[2].belopp", "[*]", "[", " ", " ", "  ", "   ", "\xa0", "\n", "”citat”", "–", "…",
           "12:30", ":smile:", ":", "[b]", "[/]", "\\", "\t", "\x1b", "\r", "清掃", "🧹", "a\u030a", "\u202e", "\xad",
           "✓", "€", "≤", "x" * 37, "mycketlångtord" * 9, ",", ".", "(", ")"]


def _line(rng: random.Random) -> str:
    common = rng.random() < 0.7  # mostly lines plain_lines takes, so its wrapping is what is tested
    pieces = _PIECES[:16] if common else _PIECES
    return "".join(rng.choice(pieces) if rng.random() < 0.6 else " " for _ in range(rng.randint(0, 60)))


@pytest.mark.parametrize("width", [12, 37, 100])
def test_the_plain_printer_writes_what_rich_writes(width):
    rng = random.Random(width)
    rich, plain = _console(width), _console(width)
    by_rich, by_plain = RichPrinter(rich), PlainPrinter(plain)
    taken = 0
    for _ in range(1500):
        line, other = _line(rng), _line(rng)
        for printer in (by_rich, by_plain):
            printer.text((line, "bold"), (other, "red"))
            printer.markup(line.replace("[", "("))  # the program's own words: never markup
            printer.escaped("    ", line, ": ", other)
            printer.escaped(next(iter(p for p in _PLAIN_PREFIX if "Källa" in p)), line, " (", other, ")")
            printer.rule(line)
        taken += plain_lines.text(line, width) is not None
        assert plain.file.getvalue() == rich.file.getvalue(), (line, other)
    assert taken > 900  # most lines went the plain way
