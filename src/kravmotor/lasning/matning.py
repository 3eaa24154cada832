"""Extraction measured against hand labels: precision and recall per field (label schema: bench/lasning/etiketter).

A value counts as correct when it equals the label's `värde`: dates and numbers
exactly, texts after case-folding, lists as sets of items. Precision = correct /
extracted (a value where the label is null, or where the label records a
conflict, is wrong); recall = correct / labelled non-null. A correct value whose
page differs from the label's `sida` is counted as correct and also reported as
"rätt värde, fel källa".
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from .kalla import Uppgift


@dataclass
class Räkning:
    extraherade: int = 0
    rätta: int = 0
    märkta: int = 0
    fel_källa: int = 0
    konflikter: int = 0  # labelled as conflicting
    konflikter_okända: int = 0  # ... and left unknown, as they must be
    fel: list[str] = field(default_factory=list)  # "fil: fält: fick X, väntat Y", no quotes from the document

    @property
    def precision(self) -> float | None:
        return self.rätta / self.extraherade if self.extraherade else None

    @property
    def recall(self) -> float | None:
        return self.rätta / self.märkta if self.märkta else None

    def add(self, other: Räkning) -> None:
        for name in ("extraherade", "rätta", "märkta", "fel_källa", "konflikter", "konflikter_okända"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.fel.extend(other.fel)


def load_labels(directory: Path) -> list[dict]:
    """Every label file in `directory` (mallar.json, the template list, is not a label)."""
    labels = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "fält" in data:
            data["_namn"] = path.stem
            labels.append(data)
    return labels


def normal(value: Any) -> Any:
    """A value in the form labels and extractions are compared in."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value)).normalize()
    if isinstance(value, str):
        return value.strip().casefold()
    if isinstance(value, dict):
        return frozenset((k, normal(v)) for k, v in value.items())
    if isinstance(value, (list, tuple, set)):
        return frozenset(normal(v) for v in value)
    return value


def score(name: str, found: dict[str, Uppgift], labels: dict[str, Any], fields: Iterable[str]) -> dict[str, Räkning]:
    """One document's counts per field."""
    counts = {}
    for field_name in fields:
        if field_name not in labels:
            continue  # labelled before the field existed: unmeasured, not "absent"
        count = Räkning()
        label = labels.get(field_name)
        expected = label.get("värde") if isinstance(label, dict) else None
        conflict = isinstance(label, dict) and "konflikt" in label
        uppgift = found.get(field_name)
        value = uppgift.värde if uppgift else None
        if conflict:
            count.konflikter = 1
            count.konflikter_okända = int(value is None)
        if expected is not None:
            count.märkta = 1
        if value is not None:
            count.extraherade = 1
            if expected is not None and normal(value) == normal(expected):
                count.rätta = 1
                page = label.get("sida") if isinstance(label, dict) else None
                source = uppgift.källa if uppgift is not None else None
                if page is not None and source is not None and source.sida is not None and source.sida != page:
                    count.fel_källa = 1
            else:
                shown = "konflikt" if conflict else expected
                count.fel.append(f"{name}: {field_name}: fick {_shown(value)}, väntat {_shown(shown)}")
        elif expected is not None:
            count.fel.append(f"{name}: {field_name}: okänt, väntat {_shown(expected)}")
        counts[field_name] = count
    return counts


def _shown(value: Any) -> str:
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_shown(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_shown(v)}" for k, v in value.items()) + "}"
    if value is None:
        return "null"
    return str(value)


def total(per_field: dict[str, Räkning]) -> Räkning:
    whole = Räkning()
    for count in per_field.values():
        whole.add(count)
    return whole
