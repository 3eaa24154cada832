"""The fast report writers write what they replace, byte for byte: the plain text report (`PlainPrinter`)
what rich writes without colours, `json_text.dumps` what `json.dumps(..., indent=2)` writes.

The golden reports (test_granska_golden.py) check whole runs; here random lines, with every kind of
character and space rich could treat specially, go through both printers at several widths, and
random JSON values through both encoders.
"""

from __future__ import annotations

import random
from io import StringIO

import pytest
from rich.cells import cell_len
from rich.control import strip_control_codes

from kravmotor.rapport import plain_lines
from kravmotor.rapport.text import PlainPrinter, RichPrinter, _labelled
from kravmotor.console import SafeConsole
from kravmotor.terminal import neutralise


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
            printer.escaped(_labelled("Källa"), line, " (", other, ")")
            printer.rule(line)
        taken += plain_lines.text(line, width) is not None
        assert plain.file.getvalue() == rich.file.getvalue(), (line, other)
    assert taken > 900  # most lines went the plain way


def _json_value(rng: random.Random, depth: int = 0):
    kinds = ["str", "int", "float", "bool", "none", "tuple", "odd"] + (["dict", "list"] * 3 if depth < 4 else [])
    kind = rng.choice(kinds)
    if kind == "dict":
        keys = [rng.choice(["a", "å", "fält", "k\"ey", "ny\nrad", "", "\u2028"]) + str(n) for n in range(rng.randint(0, 4))]
        if rng.random() < 0.1:
            keys.append(rng.choice([1, 2.5, True, None]))
        return {k: _json_value(rng, depth + 1) for k in keys}
    if kind in ("list", "tuple"):
        items = [_json_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
        return items if kind == "list" else tuple(items)
    return {"str": lambda: rng.choice(["", "text", "citat ”x”", "tab\there", "\x00\x1f", "🧹", "\\", "\ud800"]),
            "int": lambda: rng.choice([0, -1, 10**30, 7]), "bool": lambda: rng.random() < 0.5, "none": lambda: None,
            "float": lambda: rng.choice([0.1, -2.5e300, float("nan"), float("inf"), -float("inf"), 1e-7, 3.0]),
            "odd": lambda: rng.choice([_Int(5), _Str("sub")])}[kind]()


class _Int(int):
    pass


class _Str(str):
    pass


def test_json_text_writes_what_the_standard_library_writes():
    import json

    from kravmotor.rapport import json_text

    rng = random.Random(5)
    for _ in range(3000):
        value = _json_value(rng)
        assert json_text.dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_granska_writes_its_plain_text_report_without_rich(checker, rulebook, monkeypatch):
    """The fast path is the one taken (else the golden text report would pass on rich alone)."""
    from pathlib import Path

    from kravmotor.checks import check_files, render_run

    examples = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.yaml"))
    run = check_files(examples, checker)
    printed = []
    original = SafeConsole.print
    monkeypatch.setattr(SafeConsole, "print", lambda self, *a, **k: printed.append(a) or original(self, *a, **k))
    text = render_run(run, "text", rulebook)
    assert text.count("\n") > 300 and printed == []
