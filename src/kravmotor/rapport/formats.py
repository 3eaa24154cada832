"""The output contract every command keeps: the one place a report format is registered.

`--format` names the format; without it the suffix of `--utdata` picks it (`r.sarif` is SARIF),
else text. A file named by `--utdata` is always written. Each format of `granska` and `screena`
is one module here in rapport/ with `render(run, rulebook) -> str` (a summary.Run: screena's
suppliers as one result each); the other commands render their own formats by these names.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Format:
    name: str
    suffixes: tuple[str, ...] = ()  # an --utdata file with one of these suffixes gets this format
    module: str | None = None  # rapport.<module>.render(run, rulebook), for granska and screena
    bom: bool = False  # written with a UTF-8 byte order mark, so that Excel reads å, ä, ö
    all_rules: bool = False  # lists every rule of the rulebook, not only those about what was checked


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("text", (".txt",)),
    Format("json", (".json",), "json_report"),
    Format("sarif", (".sarif",), "sarif", all_rules=True),
    Format("html", (".html", ".htm"), "html_report"),
    Format("junit", (".xml",), "junit"),
    Format("github", (), "github"),
    Format("markdown", (".md",)),
    Format("csv", (".csv",), bom=True),
)}

# Which formats each command writes.
GRANSKA = ("text", "json", "sarif", "html", "junit", "github")
SCREENA = ("text", "json", "sarif", "junit", "github")
REGLER = ("text", "json", "markdown", "html")
REVISION = ("text", "json", "csv", "html")
MOGNAD = ("text", "json", "html")


def choose(fmt: str | None, output: Path | None, allowed: tuple[str, ...]) -> str:
    """`fmt` when given, else the one the suffix of `output` names (among `allowed`), else text."""
    if fmt:
        return fmt
    suffix = output.suffix.lower() if output is not None else ""
    return next((name for name in allowed if suffix in FORMATS[name].suffixes), "text")


def suffix_help(allowed: tuple[str, ...]) -> str:
    """What the --format help says about suffixes."""
    pairs = [f"{s} ger {name}" for name in allowed if name != "text" for s in FORMATS[name].suffixes]
    return f"Utan --format avgör filändelsen i --utdata ({', '.join(pairs)}), annars text."


def renderer(name: str) -> Callable:
    """`render(run, rulebook)` of the format's module."""
    module = FORMATS[name].module
    if module is None:
        raise KeyError(name)
    return importlib.import_module(f"{__package__}.{module}").render
