"""Immutable records: what `@dataclass(frozen=True)` gives the rule language's syntax tree and IR, without
generating code per class.

`dataclasses` writes each class its own `__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__`
and `__delattr__` and compiles each with `exec`: for the 43 node classes of `lang/ast.py` and
`motor/ir.py` a tenth of a cold `kravmotor granska`, which needs them to read its cached rulebook. A
`Record` subclass lists its fields as annotations, with defaults as class attributes, exactly as a
frozen dataclass does; the methods are shared (`__init__` takes the fields' names from a tuple made
once per class, the others read the instance's dict, which holds the fields in their order).
Equality, hashing (of the tuple of fields, so sets of nodes iterate as before), `repr` and the
refusal to change a field are a frozen dataclass's. Nodes are made when rules are compiled, not when
they are evaluated, so sharing the methods costs nothing where time counts.
"""

from __future__ import annotations

import inspect
from dataclasses import FrozenInstanceError
from typing import Any, ClassVar, Self, dataclass_transform


@dataclass_transform(frozen_default=True)
class Record:
    """Base of an immutable record; see the module's description."""

    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = list(cls._fields)
        defaults = dict(cls._defaults)
        for name, annotation in inspect.get_annotations(cls).items():  # the class's own, as written
            if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
                continue
            if name not in fields:
                fields.append(name)
            if name in cls.__dict__:
                defaults[name] = cls.__dict__[name]
            elif defaults:
                raise TypeError(f"{cls.__name__}: field {name!r} without a default follows one with a default")
        cls._fields = tuple(fields)
        cls._defaults = defaults

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
        values = dict(zip(fields, args, strict=False))
        for name, value in kwargs.items():
            if name not in fields or name in values:
                raise TypeError(f"{type(self).__name__}() got an unexpected or repeated argument {name!r}")
            values[name] = value
        if len(values) < len(fields):
            defaults = self._defaults
            for name in fields:
                if name not in values:
                    if name not in defaults:
                        raise TypeError(f"{type(self).__name__}() missing required argument: {name!r}")
                    values[name] = defaults[name]
        # in the fields' order, as a dataclass's __init__ leaves them (repr and pickling read the dict)
        object.__setattr__(self, "__dict__", {name: values[name] for name in fields})

    def replace(self, **changes: Any) -> Self:
        """A copy with these fields changed (`dataclasses.replace` for a record)."""
        return type(self)(**{**self.__dict__, **changes})

    def _values(self) -> tuple[Any, ...]:
        return tuple(self.__dict__.values())

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined,unused-ignore]  # the same class

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}({', '.join(f'{name}={value!r}' for name, value in self.__dict__.items())})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


def fields_of(node: Any) -> dict[str, Any] | None:
    """A record's fields and their values, else None: for walks over any node of the syntax tree or the IR."""
    return node.__dict__ if isinstance(node, Record) else None
