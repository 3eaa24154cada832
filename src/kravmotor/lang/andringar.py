"""The rulebook's changelog, rules/ANDRINGAR.md: dated entries a lawyer reviews instead of diffs.

The file is Markdown written by people, so it is read leniently: every list item
(`- ...`, continued on indented lines) under a `###` heading is an entry. The rules
an entry is about are the codes in its first bold span (`**PROP-13**`), or, when it
has none there, none at all (an entry about a parameter or a classification);
every code it mentions is a link in the rulebook. Its date is the first
`ÅÅÅÅ-MM-DD` in it. A missing file is an empty changelog.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import RuleError
from ..safe_data import decode
from .. import limits

FILE = "ANDRINGAR.md"
CODE = re.compile(r"\b[A-ZÅÄÖ]{2,6}-\d{2,4}\b")
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass(frozen=True)
class Ändring:
    text: str  # the entry's Markdown, without its list marker, on one line
    section: str  # the `###` heading it stands under
    date: str | None
    rules: tuple[str, ...]  # the rules it is about
    mentions: tuple[str, ...]  # every rule code in it


def load_changes(directory: Path) -> list[Ändring]:
    path = Path(directory) / FILE
    if not path.is_file():
        return []
    text = decode(limits.read_limited(path, "regelfil", RuleError), str(path))
    return parse_changes(text)


def parse_changes(text: str) -> list[Ändring]:
    entries: list[Ändring] = []
    section = ""
    current: list[str] | None = None

    def close() -> None:
        if current:
            entries.append(_entry(" ".join(current), section))

    for line in text.splitlines():
        stripped = line.strip()
        if line.startswith("#"):
            close()
            current = None
            if line.startswith("### "):
                section = stripped.lstrip("#").strip()
        elif re.match(r"[-*] ", line):
            close()
            current = [stripped[2:].strip()]
        elif current is not None and stripped and line[:1].isspace():
            current.append(stripped)
        else:
            close()
            current = None
    close()
    return entries


def _entry(text: str, section: str) -> Ändring:
    bold = _BOLD.search(text)
    date = _DATE.search(text)
    return Ändring(text=text, section=section, date=date.group(0) if date else None,
                   rules=tuple(dict.fromkeys(CODE.findall(bold.group(1)))) if bold else (),
                   mentions=tuple(dict.fromkeys(CODE.findall(text))))


def changes_of(changes: list[Ändring], code: str) -> list[Ändring]:
    return [c for c in changes if code in c.rules]
