"""Which facts of a document are unknown, as plain data for the evaluators.

A document's dumped data (nested dicts and lists, missing values left out) gets
`UNKNOWN` where a fact is unknown:

- a field marked `faktum` (grund.py) that the document leaves out: a fact every
  procurement has, so its absence means nobody said, not "none" (a fact only some
  procurements have, `only_when`, is unknown only where it can exist: a selective
  procedure's application deadline, not an open one's);
- a path the document lists in `okända_uppgifter` (written `okänt` in YAML, or
  declared by an importer or reader): `uppskattat_värde`, `kvalificeringskrav[0].belopp`,
  or `kvalificeringskrav.belopp` for every element; `kvalificeringskrav[+]` says the
  list may hold more elements than those written (a reader that found some
  requirements cannot know it found them all).

`mark_unknowns` also tells whether anything is uncertain (unknown, or an amount
known only as a span), so that a subject with nothing uncertain can take the
evaluators' fast, two-valued path. The walk follows only the paths of facts and
amounts, read once off the model.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import BaseModel

from ..values import UNKNOWN, PartialList, Span
from .fields import MORE, parse_path
from .grund import Enhet, fact_condition, is_fact
from .typeforms import is_union


@dataclass
class _Node:
    """What to look at below one field: whether it is a fact, whether it is an amount,
    and its own fields (for an object, or per `typ` for the elements of a tagged union)."""

    fact: bool = False
    only_when: dict[str, list[Any]] | None = None  # top-level fields under which the fact exists (see grund.faktum)
    amount: bool = False
    children: dict[str, _Node] = field(default_factory=dict)
    variants: dict[str, dict[str, _Node]] = field(default_factory=dict)  # typ -> fields
    is_list: bool = False


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """The type under Optional/Annotated, and whether it carries the unit kr (an amount)."""
    amount = False
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            base, *meta = get_args(annotation)
            amount = amount or any(isinstance(m, Enhet) and m.namn == "kr" for m in meta)
            annotation = base
        elif is_union(annotation):
            args = [a for a in get_args(annotation) if a is not type(None) and a is not Span]
            if len(args) != 1:
                return annotation, amount
            annotation = args[0]
        else:
            return annotation, amount


def _fields(model: type[BaseModel], building: frozenset = frozenset()) -> dict[str, _Node]:
    """`building`: the models being walked, so that a recursive one (a supplier's subcontractors) ends."""
    if model in building:
        return {}
    building = building | {model}
    out: dict[str, _Node] = {}
    for name, info in model.model_fields.items():
        annotation = info.annotation if not info.metadata else Annotated[(info.annotation, *info.metadata)]
        node = _node(annotation, building)
        node.fact = is_fact(info)
        node.only_when = fact_condition(info)
        if node.fact or node.amount or node.children or node.variants:
            out[name] = node
    return out


def _node(annotation: Any, building: frozenset = frozenset()) -> _Node:
    tp, amount = _unwrap(annotation)
    node = _Node(amount=amount)
    if get_origin(tp) is list:
        node.is_list = True
        tp, _ = _unwrap(get_args(tp)[0])
    if is_union(tp):  # a tagged union of models, on `typ`
        for variant in get_args(tp):
            if isinstance(variant, type) and issubclass(variant, BaseModel) and "typ" in variant.model_fields:
                tags, _ = _unwrap(variant.model_fields["typ"].annotation)
                for tag in get_args(tags) if get_origin(tags) is Literal else ():
                    node.variants[tag] = _fields(variant, building)
    elif isinstance(tp, type) and issubclass(tp, BaseModel) and getattr(tp, "fact_wrapper", False):  # a supplier's Uppgift: the evaluators see its value only
        inner = _node(tp.model_fields["värde"].annotation, building)
        node.children, node.variants, node.is_list = inner.children, inner.variants, inner.is_list
    elif isinstance(tp, type) and issubclass(tp, BaseModel):
        node.children = _fields(tp, building)
    return node


@cache
def _tree(model: type[BaseModel]) -> dict[str, _Node]:
    return _fields(model)


@cache
def fact_paths(model: type[BaseModel]) -> frozenset[str]:
    """The paths (without list indices) of every `faktum` field below the top level: `rättsliga_förfaranden.lagakraft_datum`."""
    found: set[str] = set()

    def walk(fields: dict[str, _Node], prefix: str) -> None:
        for name, node in fields.items():
            path = f"{prefix}.{name}" if prefix else name
            if node.fact and prefix:
                found.add(path)
            walk(node.children, path)
            for variant in node.variants.values():
                walk(variant, path)

    walk(_tree(model), "")
    return frozenset(found)


def mark_unknowns(data: dict[str, Any], model: type[BaseModel], declared: Collection[str] = ()) -> bool:
    """Put UNKNOWN into `data` where a fact is left out or declared unknown; True when the
    subject has anything uncertain (an unknown, or an amount that is a span)."""
    uncertain = _walk(data, _tree(model), _Root(data, frozenset(declared)))
    for path in declared:
        _set_unknown(data, _steps(path))
        uncertain = True
    return uncertain


@lru_cache(maxsize=4096)  # an importer declares the same paths for every document
def _steps(path: str) -> tuple[tuple[str, int | None], ...]:
    return tuple(parse_path(path) or ())


@dataclass(frozen=True)
class _Root:
    """The subject's own data and its declared unknown paths, which a fact's `only_when` reads."""

    data: dict[str, Any]
    declared: frozenset[str]

    def may_exist(self, node: _Node) -> bool:
        """Whether the fact can exist here: every `only_when` field has one of its values, or is not known."""
        for name, values in (node.only_when or {}).items():
            value = self.data.get(name)
            if value is not None and value is not UNKNOWN and name not in self.declared and value not in values:
                return False
        return True


def _walk(obj: dict[str, Any], fields: dict[str, _Node], root: _Root) -> bool:
    uncertain = False
    for name, node in fields.items():
        value = obj.get(name)
        if value is None:
            if node.fact and root.may_exist(node):
                obj[name] = UNKNOWN
                uncertain = True
            continue
        if value is UNKNOWN or isinstance(value, Span):
            uncertain = True
        elif node.is_list:
            for item in value:
                if isinstance(item, Span):
                    uncertain = True
                elif isinstance(item, dict):
                    inner = node.variants.get(item.get("typ", ""), {}) if node.variants else node.children
                    uncertain = _walk(item, inner, root) or uncertain
        elif isinstance(value, dict) and node.children:
            uncertain = _walk(value, node.children, root) or uncertain
    return uncertain


def _set_unknown(node: Any, steps: tuple[tuple[str, int | None], ...]) -> None:
    """UNKNOWN at the path; a step without an index through a list means every element; `lista[+]`
    makes the list a PartialList (its elements are known, others may exist)."""
    if not steps or not isinstance(node, dict):
        return
    (name, index), rest = steps[0], steps[1:]
    if not rest and index is None:
        node[name] = UNKNOWN
        return
    value = node.get(name)
    if index == MORE:
        if isinstance(value, list) or value is None:
            node[name] = PartialList(value or [])
        return
    if isinstance(value, list):
        targets = range(len(value)) if index is None else ([index] if 0 <= index < len(value) else [])
        for i in targets:
            if rest:
                _set_unknown(value[i], rest)
            else:
                value[i] = UNKNOWN
    elif isinstance(value, dict) and index is None:
        _set_unknown(value, rest)
    elif value is None and index is None and rest:
        # An object left out whose field is declared unknown: the field is unknown, the rest missing.
        node[name] = {}
        _set_unknown(node[name], rest)
