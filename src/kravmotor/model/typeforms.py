"""Reading the model's annotations: a union is one whichever way it is written.

`X | None` (PEP 604, what ruff's UP007/UP045 autofixes write) is a `types.UnionType` at
runtime; `Optional[X]`, `Union[X, Y]` and a `|` with a typing form on either side
(`Literal[...] | None`) are a `typing.Union`. Every reader of the model asks here.
"""

from __future__ import annotations

import types
from typing import Any, Union, get_origin

UNION_ORIGINS: tuple[Any, ...] = (Union, types.UnionType)


def is_union(annotation: Any) -> bool:
    """Whether `annotation` is a union, written `X | Y` or `Union[X, Y]`/`Optional[X]`."""
    return get_origin(annotation) in UNION_ORIGINS
