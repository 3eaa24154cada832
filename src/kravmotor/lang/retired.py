"""Retired rule codes, rules/utgangna_koder.yaml: codes that must never name a rule again.

A finding, a justification (`motiveringar`), a stored revision run or a lawyer's
note may still name a code after its rule is gone or renumbered; a new rule under
that code would silently take over what was said about the old one. So a code
that is out of use is listed here with the day, the reason and what replaced it;
the loader refuses a rule file that defines one (naming the replacement), and
`ny-regel` never proposes one. A missing file lists none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import Location, Problem, RuleError
from ..safe_data import read_yaml_file
from . import ast

FILE = "utgangna_koder.yaml"
_CODE = re.compile(r"^[A-ZÅÄÖ]{2,6}-\d{2,4}$")
_FIELDS = ("kod", "datum", "varför", "ersatt_av")


@dataclass(frozen=True)
class Retired:
    code: str
    date: str  # ÅÅÅÅ-MM-DD: when it went out of use
    why: str
    replaced_by: tuple[str, ...]  # the rules that took over (none when nothing did)
    line: int  # where it is listed, for messages

    def describe(self) -> str:
        """`utgången sedan 2026-12-07 och ersatt av LEV-42 (varför: …)`: for messages."""
        by = f"ersatt av {', '.join(self.replaced_by)}" if self.replaced_by else "inte ersatt av någon regel"
        return f"utgången sedan {self.date} och {by} (varför: {self.why.rstrip('.')})"


def load_retired(directory: Path) -> dict[str, Retired]:
    path = Path(directory) / FILE
    if not path.is_file():
        return {}
    data, root, _ = read_yaml_file(path, "regelfil", RuleError)
    problems: list[Problem] = []
    found: dict[str, Retired] = {}
    if data is None:
        return {}
    if not isinstance(data, list) or not isinstance(root, yaml.SequenceNode):
        raise RuleError([Problem(Location(str(path), 1, 1), "förväntade en lista av utgångna koder, en post per kod "
                                                           "med kod, datum, varför och ersatt_av")])
    for index, (entry, node) in enumerate(zip(data, root.value, strict=True)):
        line = node.start_mark.line + 1

        def fail(field: str, message: str, line: int = line, index: int = index) -> None:
            problems.append(Problem(Location(str(path), line, None, f"[{index}].{field}"), message))

        if not isinstance(entry, dict):
            fail("kod", "förväntade en post med kod, datum, varför och ersatt_av")
            continue
        for unknown in sorted(set(map(str, entry)) - set(_FIELDS)):
            fail(unknown, f"okänt fält; tillåtna är {', '.join(_FIELDS)}")
        code, date, why = entry.get("kod"), entry.get("datum"), entry.get("varför")
        replaced = entry.get("ersatt_av") or []
        replaced = [replaced] if isinstance(replaced, str) else replaced
        if not isinstance(code, str) or not _CODE.match(code):
            fail("kod", "förväntade en regelkod, t.ex. LEV-27")
            continue
        if code in found:
            fail("kod", f"{code} står redan på rad {found[code].line}")
        if not isinstance(date, (dt.date, str)) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(date)):
            fail("datum", "förväntade dagen koden togs ur bruk, ÅÅÅÅ-MM-DD")
        if not isinstance(why, str) or not why.strip():
            fail("varför", "förväntade en text: varför koden inte används")
        if not isinstance(replaced, list) or not all(isinstance(c, str) and _CODE.match(c) for c in replaced):
            fail("ersatt_av", "förväntade en regelkod eller en lista av regelkoder (eller inget)")
            replaced = []
        found.setdefault(code, Retired(code, str(date), str(why or "").strip(), tuple(replaced), line))
    if problems:
        raise RuleError(problems)
    return found


def check_definitions(definitions: list[ast.Definition], retired: dict[str, Retired], directory: Path) -> list[Problem]:
    """A rule under a retired code, and a replacement that names no rule: located problems."""
    problems = []
    codes = {d.code for d in definitions if isinstance(d, ast.Rule)}
    for d in definitions:
        if isinstance(d, ast.Rule) and d.code in retired:
            problems.append(Problem(Location(d.pos.file, d.pos.line, d.pos.column),
                                    f"regelkoden {d.code} får inte användas: den är {retired[d.code].describe()}. "
                                    f"Ge regeln nästa lediga kod (kravmotor ny-regel OMRÅDE visar den); "
                                    f"se {FILE}"))
    where = str(Path(directory) / FILE)
    for entry in retired.values():
        missing = [c for c in entry.replaced_by if c not in codes]
        if missing:
            problems.append(Problem(Location(where, entry.line, None, "ersatt_av"),
                                    f"{entry.code} ersattes av {', '.join(missing)}, men ingen regel har den koden"))
    return problems
