"""`record.Record` behaves as the frozen dataclass it replaces in the syntax tree and the IR: each test states
what `@dataclass(frozen=True)` does with the same class and checks the record does the same."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from kravmotor.lang import ast
from kravmotor.motor import ir
from kravmotor.record import Record, fields_of


class Node(Record):
    name: str
    size: int = 0
    tags: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class Reference:
    name: str
    size: int = 0
    tags: tuple[str, ...] = ()


def test_it_is_made_read_and_shown_as_the_frozen_dataclass():
    node, reference = Node("a", tags=("x",)), Reference("a", tags=("x",))
    assert (node.name, node.size, node.tags) == ("a", 0, ("x",))
    assert repr(node) == repr(reference).replace("Reference", "Node")
    assert hash(node) == hash(reference) == hash(("a", 0, ("x",)))  # sets of nodes iterate as they did


def test_equal_by_class_and_fields():
    assert Node("a", 1) == Node("a", 1) and Node("a", 1) != Node("a", 2)
    assert Node("a") != Reference("a")  # another class is never equal, as between dataclasses
    assert len({Node("a"), Node("a"), Node("b")}) == 2


def test_a_field_cannot_be_changed():
    node = Node("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        node.name = "b"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del node.size  # type: ignore[misc]


@pytest.mark.parametrize("args, kwargs", [((), {}), (("a", 1, (), 4), {}), (("a",), {"name": "b"}), ((), {"namn": "a"})])
def test_wrong_arguments_are_refused_as_a_dataclass_refuses_them(args, kwargs):
    with pytest.raises(TypeError):
        Reference(*args, **kwargs)
    with pytest.raises(TypeError):
        Node(*args, **kwargs)


def test_a_field_without_a_default_after_one_with_is_refused():
    with pytest.raises(TypeError):
        class Broken(Record):  # noqa: F841
            first: int = 0
            second: int


def test_replace_and_fields_of():
    node = Node("a", 1)
    assert node.replace(size=2) == Node("a", 2) and node == Node("a", 1)
    assert fields_of(node) == {"name": "a", "size": 1, "tags": ()}
    assert fields_of(Reference("a")) is None and fields_of(("a",)) is None


def test_pickled_copied_and_cached_nodes_come_back_equal():
    """The rulebook cache pickles the syntax tree and the IR."""
    condition = ir.Cmp(">=", ir.Ref(ir.DOC, ("uppskattat_värde",), "tal"), ir.Param("tröskelvärde", "kr"))
    position = ast.Pos("regel.krav", 3, 7)
    for value in (condition, position, Node("a", 1, ("x",))):
        assert pickle.loads(pickle.dumps(value)) == value
        assert copy.deepcopy(value) == value and copy.copy(value) == value
