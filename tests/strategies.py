"""Hypothesis strategies for random valid förfrågningsunderlag, read off the pydantic model.

The generator follows the model, so a field added to any rules area is generated
without touching this file. Values are drawn where rules draw their lines: the
numbers and dates that appear in the rulebook (constants in conditions and the
values of dated parameters) and their neighbours, the CPV codes of every
classification, the rule codes for motiveringar.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from annotated_types import Ge, Le
from hypothesis import strategies as st
from pydantic import BaseModel

from kravmotor.lang.compiler import Rulebook
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.model.leverantor import SNI_PATTERN, Leverantör
from kravmotor.model.grund import is_fact
from kravmotor.model.subjects import DOCUMENT
from kravmotor.model.typeforms import is_union
from kravmotor.motor import ir
from kravmotor.values import Span

_CPV_PATTERN = r"^\d{8}(-\d)?$"


def _rulebook_constants(rulebook: Rulebook) -> tuple[tuple[Decimal, ...], tuple[dt.date, ...]]:
    numbers: set[Decimal] = {Decimal(0), Decimal(1)}
    dates: set[dt.date] = set()

    def walk(node: Any) -> None:
        if isinstance(node, ir.Const):
            if node.kind == "tal":
                numbers.update({Decimal(node.value), Decimal(node.value) + 1, max(Decimal(node.value) - 1, Decimal(0))})
            elif node.kind == "datum":
                dates.update({node.value, node.value - dt.timedelta(days=1)})
        elif isinstance(node, (tuple, list)):
            for item in node:
                walk(item)
        elif hasattr(node, "__dataclass_fields__"):
            for name in node.__dataclass_fields__:
                walk(getattr(node, name))

    for rule in rulebook.rules + rulebook.derivations:
        walk(rule.condition)
        dates.update(d for d in (rule.valid_from, rule.valid_to) if d)
    for parameter in rulebook.parameters.values():
        for value in parameter.values:
            bounds = (value.value.low, value.value.high) if isinstance(value.value, Span) else (value.value,)
            for bound in (b for b in bounds if b is not None):
                numbers.update({bound, bound + 1, bound - 1})
            dates.update(d for d in (value.valid_from, value.valid_to) if d)
    return tuple(sorted(n for n in numbers if n >= 0)), tuple(sorted(dates))


_COMMON = {"lagrum": "LOU", "regim": "direktivstyrd"}  # drawn half the time


class DocumentStrategies:
    """Builds strategies for the document model, tuned to one rulebook."""

    def __init__(self, rulebook: Rulebook):
        self.numbers, self.dates = _rulebook_constants(rulebook)
        # A justification names a rule about documents (any other code is an input error).
        self.rule_codes = sorted(r.code for r in rulebook.rules if r.subject == DOCUMENT.name) or ["XX-01"]
        cpv = {"79000000-4", "30192000-1", "72000000-5"}
        for classification in rulebook.classifications.values():
            for category in classification.categories:
                for prefix in category.prefixes:
                    cpv.add(prefix.ljust(8, "0"))
                    cpv.add((prefix + "1").ljust(8, "0")[:8])
        self.cpv_codes = sorted(cpv)

    def document(self) -> st.SearchStrategy[dict]:
        return self._model(Förfrågningsunderlag)

    def supplier(self) -> st.SearchStrategy[dict]:
        return self._model(Leverantör)

    # --- one strategy per annotation ---------------------------------------------------

    def _model(self, model: type[BaseModel]) -> st.SearchStrategy[dict]:
        required, optional = {}, {}
        for name, info in model.model_fields.items():
            if name in ("okända_uppgifter", "ursprung", "underleverantörer"):  # the pipeline's business, not the evaluators'
                continue
            strategy = self._annotation(info.annotation, list(info.metadata), name)
            if is_fact(info):  # a fact every procurement has: mostly there, sometimes left out (unknown)
                required[name] = st.one_of(*[strategy] * 7, st.none())
            else:
                (required if info.is_required() else optional)[name] = strategy
        return st.fixed_dictionaries(required, optional=optional)

    def unknowns(self, raw: dict) -> st.SearchStrategy[list[str]]:
        """Paths of `raw` to declare unknown: whole fields, fields of objects, elements and their fields."""
        paths = []
        for name, value in raw.items():
            if name in ("id", "titel", "motiveringar", "okända_uppgifter"):
                continue
            paths.append(name)
            if isinstance(value, dict):
                paths += [f"{name}.{key}" for key in value if key != "typ"]
            elif isinstance(value, list) and value and isinstance(value[0], dict):
                paths += [f"{name}[0]", f"{name}[+]"]
                paths += [f"{name}[0].{key}" for key in value[0] if key != "typ"]
                paths += [f"{name}.{key}" for key in value[0] if key != "typ"]
        return st.lists(st.sampled_from(paths), max_size=3, unique=True) if paths else st.just([])

    def _annotation(self, annotation: Any, metadata: list, name: str) -> st.SearchStrategy:
        while True:  # unwrap Optional and Annotated, keeping the constraints
            origin = get_origin(annotation)
            if origin is Annotated:
                annotation, *more = get_args(annotation)
                metadata = metadata + [m for extra in more for m in (getattr(extra, "metadata", None) or [extra])]
            elif is_union(annotation) and type(None) in get_args(annotation):
                rest = [a for a in get_args(annotation) if a is not type(None)]
                annotation = rest[0] if len(rest) == 1 else Union[tuple(rest)]  # noqa: UP007 - built from a list
            else:
                break
        origin = get_origin(annotation)
        if origin is Literal and name in _COMMON:  # most rules are about LOU's directive-governed procurements
            return st.one_of(st.just(_COMMON[name]), st.sampled_from(get_args(annotation)))
        if origin is Literal:
            return st.sampled_from(get_args(annotation))
        if origin is list:
            return st.lists(self._annotation(get_args(annotation)[0], [], name), max_size=4)
        if is_union(annotation):
            return st.one_of([self._annotation(a, [], name) for a in get_args(annotation)])
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return self._model(annotation)
        if annotation is bool:
            return st.booleans()
        low, high = _bounds(metadata)
        if annotation is int:
            near = [int(n) for n in self.numbers if n == n.to_integral() and low <= n <= high]
            return st.one_of(st.sampled_from(near or [low]), st.integers(low, min(high, low + 1000)))
        if annotation is Decimal:
            near = [n for n in self.numbers if low <= n <= high]
            return st.one_of(st.sampled_from(near or [Decimal(low)]),
                             st.integers(int(low), int(min(high, 10**8))).map(Decimal))
        if annotation is dt.date:
            # Dates of one document lie a rule-sized step from a shared anchor, so that
            # differences such as "35 dagar från annonsering till sista anbudsdag" occur.
            anchor = st.shared(st.one_of(st.sampled_from(self.dates), st.dates(dt.date(2016, 1, 1), dt.date(2027, 12, 31))),
                               key="ankardatum")
            steps = sorted({int(n) for n in self.numbers if n == n.to_integral() and n <= 400})
            return st.one_of(st.builds(lambda a, d: a + dt.timedelta(days=d), anchor, st.sampled_from(steps)),
                             st.sampled_from(self.dates))
        if annotation is str:
            return self._text(metadata, name)
        if annotation is Span:  # an amount known only roughly, around the rulebook's own numbers
            near = [n for n in self.numbers if n <= 10**12]
            return st.builds(lambda a, b: {"lägst": min(a, b), "högst": max(a, b) + 1}, st.sampled_from(near), st.sampled_from(near))
        raise TypeError(f"no strategy for {annotation!r} ({name})")

    def _text(self, metadata: list, name: str) -> st.SearchStrategy[str]:
        pattern = next((getattr(m, "pattern", None) for m in metadata if getattr(m, "pattern", None)), None)
        if pattern == _CPV_PATTERN:
            return st.sampled_from(self.cpv_codes)
        if pattern and "A-ZÅÄÖ" in pattern:
            return st.sampled_from(self.rule_codes)
        if name == "postnummer":
            return st.just("791 71")
        if pattern == SNI_PATTERN:
            return st.sampled_from(["81210", "41200"])
        if pattern:
            return st.just("212000-0142")  # organisationsnummer
        return st.sampled_from(["Text", "Särskilda skäl", "Märke", "enligt avtal"])


def _bounds(metadata: list) -> tuple[int, int]:
    low, high = 0, 10**15
    for m in metadata:
        if isinstance(m, Ge):
            low = max(low, int(m.ge))
        elif isinstance(m, Le):
            high = min(high, int(m.le))
    return low, high
