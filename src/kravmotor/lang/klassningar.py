"""Classifications: CPV codes mapped to named categories, kept as data under rules/klassningar/.

A classification file says which CPV codes make a procurement, say, a riskbransch
(lokalvård, bygg ...) or a category with high environmental impact. Rules never
list CPV codes themselves: they read the virtual field `klassning.<namn>`, the
list of categories the document's CPV codes (its own and its lots') fall into.
The mapping thus stays reviewable, and changes without touching a rule.

A CPV code in a mapping stands for itself and everything below it in the CPV
tree: `45000000` (byggarbete) covers `45210000-2`. Trailing zeros mark the level.
A code listed under `exakt` stands for itself alone: a statute that lists a
broad code beside some of its subcodes (LOU bilaga 2 lists `75000000` but not
all of division 75) means that code, not its subtree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Location, Problem, RuleError
from ..safe_data import read_yaml_file
from ..values import UNKNOWN, PartialList

DIRECTORY = "klassningar"
_CPV = re.compile(r"^(\d{8})(?:-\d)?$")
_NAME = re.compile(r"^[a-zåäöé_][a-zåäöé0-9_]*$")


@dataclass(frozen=True)
class Category:
    name: str
    title: str
    prefixes: tuple[str, ...]  # CPV digits with the level's trailing zeros removed
    codes: tuple[str, ...] = ()  # as written in the file, for the rulebook
    exact: tuple[str, ...] = ()  # eight digits: codes that stand for themselves alone (`exakt`)


@dataclass
class Classification:
    name: str
    title: str
    source: str
    references: tuple[str, ...] = ()
    confidence: str | None = None
    description: str = ""
    categories: list[Category] = field(default_factory=list)
    file: str | None = None
    _seen: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    _index: dict[str | tuple[str], set[int]] | None = field(default=None, repr=False, compare=False)

    def categories_of(self, cpv_codes: list[str]) -> list[str]:
        """The categories any of the codes falls into, in the file's order (remembered per set of codes:
        a batch meets the same codes again and again)."""
        codes = tuple(cpv_codes)
        found = self._seen.get(codes)
        if found is None:
            index = self._index if self._index is not None else self._indexed()
            hits: set[int] = set()
            for code in codes:
                digits = code[:8]
                heads: set[str | tuple[str]] = {digits[:n] for n in range(len(digits) + 1)}  # its prefixes
                heads.add((digits,))  # and itself alone
                for head in heads:
                    hits.update(index.get(head, ()))
            found = tuple(self.categories[i].name for i in sorted(hits))
            if len(self._seen) >= 100_000:
                self._seen.clear()
            self._seen[codes] = found
        return list(found)

    def _indexed(self) -> dict[str | tuple[str], set[int]]:
        """The categories (by place) each prefix names, and each exact code as (code,): a code falls into those
        of its heads (`45210000` into `4521`'s) and of itself alone."""
        index: dict[str | tuple[str], set[int]] = {}
        for place, category in enumerate(self.categories):
            keys: list[str | tuple[str]] = [*category.prefixes, *((code,) for code in category.exact)]
            for key in keys:
                index.setdefault(key, set()).add(place)
        self._index = index
        return index


def cpv_prefix(code: str) -> str | None:
    """`45210000-2` → `4521`: the code's digits down to its level (at least the division, 2 digits)."""
    match = _CPV.match(code.strip())
    if not match:
        return None
    digits = match.group(1).rstrip("0")
    return digits.ljust(2, "0")


def load_classifications(directory: Path) -> dict[str, Classification]:
    folder = Path(directory) / DIRECTORY
    found: dict[str, Classification] = {}
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        try:
            classification = _read(path, problems)
        except RuleError as exc:
            problems.extend(exc.problems)
            continue
        if classification is None:
            continue
        if classification.name in found:
            problems.append(Problem(Location(str(path)), f"klassningen ”{classification.name}” finns redan i {found[classification.name].file}"))
            continue
        found[classification.name] = classification
    if problems:
        raise RuleError(problems)
    return found


def _read(path: Path, problems: list[Problem]) -> Classification | None:
    data = read_yaml_file(path, "regelfil", RuleError)[0]
    where = Location(str(path))
    before = len(problems)

    def fail(field_path: str, expected: str) -> None:
        problems.append(Problem(where, f"fältet ”{field_path}”: {expected}"))

    if not isinstance(data, dict):
        fail("(filen)", "förväntade en mappning med namn, titel, källa och kategorier")
        return None
    name = data.get("namn")
    if not isinstance(name, str) or not _NAME.match(name):
        fail("namn", "förväntade ett namn med små bokstäver, siffror och understreck, t.ex. riskbransch")
    for key in ("titel", "källa"):
        if not isinstance(value := data.get(key), str) or not value.strip():
            fail(key, "förväntade en text")
    refs = data.get("referens", [])
    refs = [refs] if isinstance(refs, str) else refs
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        fail("referens", "förväntade en rad-id eller en lista av rad-id, t.ex. R-07")
        refs = []
    confidence = data.get("säkerhet")
    if confidence is not None and confidence not in ("V1", "V2", "S", "M"):
        fail("säkerhet", "förväntade V1, V2, S eller M")
    raw_categories = data.get("kategorier")
    categories: list[Category] = []
    if not isinstance(raw_categories, dict) or not raw_categories:
        fail("kategorier", "förväntade minst en kategori: namn → titel och cpv-lista")
        raw_categories = {}
    for cat_name, entry in raw_categories.items():
        at = f"kategorier.{cat_name}"
        if not isinstance(entry, dict):
            fail(at, "förväntade titel och cpv")
            continue
        unknown = sorted(set(entry) - {"titel", "cpv", "exakt", "beskrivning"})
        if unknown:
            fail(f"{at}.{unknown[0]}", "okänt fält; tillåtna är titel, cpv, exakt och beskrivning")
        codes, exact = entry.get("cpv", []), entry.get("exakt", [])
        if not isinstance(codes, list) or not isinstance(exact, list) or not (codes or exact):
            fail(f"{at}.cpv", "förväntade en lista av CPV-koder, t.ex. [\"90910000\"] (under cpv, eller under exakt "
                              "för koder som bara avser sig själva)")
            continue
        prefixes: list[str] = []
        exact_digits: list[str] = []
        for key, listed, into in (("cpv", codes, prefixes), ("exakt", exact, exact_digits)):
            for i, code in enumerate(listed):
                prefix = cpv_prefix(str(code))
                if prefix is None:
                    fail(f"{at}.{key}[{i}]", f"”{code}” är ingen CPV-kod (åtta siffror, ev. med kontrollsiffra: 90910000-9)")
                else:
                    into.append(prefix if key == "cpv" else str(code).strip()[:8])
        shown = tuple(str(c) for c in codes) + tuple(f"{c} (bara koden)" for c in exact)
        categories.append(Category(str(cat_name), str(entry.get("titel") or cat_name), tuple(prefixes), shown,
                                   tuple(exact_digits)))
    if len(problems) > before:
        return None
    return Classification(
        name=str(name), title=data["titel"].strip(), source=data["källa"].strip(), references=tuple(refs),
        confidence=confidence, description=str(data.get("beskrivning", "")).strip(), categories=categories, file=str(path),
    )


def classify(data: dict[str, Any], classifications: dict[str, Classification]) -> dict[str, Any]:
    """`klassning` for a document: every classification's categories, from its and its lots' CPV codes.

    When the document's own codes are unknown, so is every classification. When only a lot's
    are, the categories of the known codes are certain and an unknown code may add more: each
    classification is then a `PartialList`."""
    if data.get("cpv_koder") is UNKNOWN:
        return dict.fromkeys(classifications, UNKNOWN)
    codes = list(data.get("cpv_koder", []))
    lots = data.get("delkontrakt", [])
    for lot in lots if lots is not UNKNOWN else ():
        lot_codes = lot.get("cpv_koder", []) if isinstance(lot, dict) else UNKNOWN
        if isinstance(lot_codes, list):  # not UNKNOWN
            codes.extend(lot_codes)
    kind = PartialList if unknown_codes(data) else list
    return {name: kind(c.categories_of(codes)) for name, c in classifications.items()}


def unknown_codes(data: dict[str, Any]) -> list[str]:
    """The unknown CPV codes a document's classification rests on, as field paths: its own, its
    list of lots, a lot, or a lot's codes."""
    if data.get("cpv_koder") is UNKNOWN:
        return ["cpv_koder"]
    lots = data.get("delkontrakt", [])
    if lots is UNKNOWN:
        return ["delkontrakt"]
    found = []
    for index, lot in enumerate(lots):
        if lot is UNKNOWN:
            found.append(f"delkontrakt[{index}]")
        elif lot.get("cpv_koder") is UNKNOWN:
            found.append(f"delkontrakt[{index}].cpv_koder")
    return found
