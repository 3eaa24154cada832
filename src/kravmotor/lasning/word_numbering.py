"""Word's automatic numbers ("3.2"), which are not in the text: computed from numbering.xml as Word counts them.

A numbered paragraph points to a list instance (`w:num`) and a level, directly or
through its style; the instance points to an abstract definition whose levels give
the start value, the format (decimal, letters, roman) and a pattern such as
"%1.%2.". Each list instance keeps counters per level; a level's counter restarts
when a higher level advances.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _val(element, path: str) -> str | None:
    found = element.find(path)
    return None if found is None else found.get(w("val"))


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    style: str | None = None


@dataclass
class _Instance:
    levels: dict[int, _Level]
    counters: dict[int, int] = field(default_factory=dict)


class Numbering:
    """Counts numbered paragraphs in document order and gives each its number as Word displays it."""

    def __init__(self, numbering_xml: etree._Element | None):
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._instances: dict[str, _Instance] = {}
        self._num_to_abstract: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        if numbering_xml is None:
            return
        for abstract in numbering_xml.iter(w("abstractNum")):
            self._abstract[abstract.get(w("abstractNumId"))] = {
                int(lvl.get(w("ilvl"), "0")): _level(lvl) for lvl in abstract.iter(w("lvl"))}
        for num in numbering_xml.iter(w("num")):
            starts, levels = {}, {}
            for override in num.iter(w("lvlOverride")):
                ilvl = int(override.get(w("ilvl"), "0"))
                start = _val(override, w("startOverride"))
                if start is not None and start.lstrip("-").isdigit():
                    starts[ilvl] = int(start)
                lvl = override.find(w("lvl"))
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
            self._num_to_abstract[num.get(w("numId"))] = (_val(num, w("abstractNumId")) or "", starts, levels)

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        """The level whose definition names the style (a heading style linked to a list names no level itself)."""
        instance = self._instance(num_id)
        if instance is None:
            return None
        for ilvl, level in instance.levels.items():
            if level.style == style_id:
                return ilvl
        return None

    def next(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counter of `ilvl` in list `num_id` and return the paragraph's number, or None (bullet, no list)."""
        instance = self._instance(num_id)
        if instance is None or ilvl not in instance.levels:
            return None
        counters = instance.counters
        counters[ilvl] = counters.get(ilvl, instance.levels[ilvl].start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        level = instance.levels[ilvl]
        if level.fmt in ("bullet", "none") or not level.text:
            return None
        text = level.text
        for k in range(ilvl, -1, -1):  # %10 does not exist: levels are 0–8, written %1–%9
            shown = instance.levels.get(k, _Level())
            value = counters.get(k, shown.start)
            text = text.replace(f"%{k + 1}", _format(value, shown.fmt if k == ilvl or shown.fmt != "bullet" else "decimal"))
        return text.strip()

    def _instance(self, num_id: str) -> _Instance | None:
        if num_id in self._instances:
            return self._instances[num_id]
        if num_id not in self._num_to_abstract or num_id == "0":
            return None
        abstract_id, starts, overrides = self._num_to_abstract[num_id]
        levels = dict(self._abstract.get(abstract_id, {}))
        levels.update(overrides)
        for ilvl, start in starts.items():
            base = levels.get(ilvl, _Level())
            levels[ilvl] = _Level(start, base.fmt, base.text, base.style)
        instance = self._instances[num_id] = _Instance(levels)
        return instance


def _level(lvl) -> _Level:
    start = _val(lvl, w("start"))
    return _Level(
        start=int(start) if start and start.lstrip("-").isdigit() else 1,
        fmt=_val(lvl, w("numFmt")) or "decimal",
        text=_val(lvl, w("lvlText")) or "",
        style=_val(lvl, w("pStyle")),
    )


_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter") and value > 0:
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman") and value > 0:
        roman = ""
        for size, digits in _ROMAN:
            while value >= size:
                roman, value = roman + digits, value - size
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)
