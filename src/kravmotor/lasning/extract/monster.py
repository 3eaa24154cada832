"""Helpers the extractors share: a value found after a trigger, in a sentence or under a label."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ..enheter import Text
from ..kalla import Kandidat

# "inte", "ej", "ingen": a sentence that denies what it names states nothing this module may turn into "ja".
NEGATION = re.compile(r"\b(?:inte|ej|icke|inga|inget|ingen|utan|not|no)\b", re.IGNORECASE)

Finder = Callable[[str], list[tuple[Any, tuple[int, int]]]]


def after_trigger(
    text: Text,
    field_name: str,
    trigger: re.Pattern,
    find: Finder,
    exclude: re.Pattern | None = None,
    reach: int = 80,
    confidence: float = 0.9,
) -> Iterator[Kandidat]:
    """Values that follow a trigger closely in a sentence, or stand under a label that is the trigger.

    In a sentence, the first value within `reach` characters after the trigger is
    taken. Under a label (a heading and its paragraph, a table row, "Label: value"),
    the value must be the only one of its kind, else the reading is unsure. `exclude`
    is looked for between the trigger and the value ("Sista dag för frågor: ... "),
    and in a label.
    """
    for sentence in text.sentences:
        for m in trigger.finditer(sentence.text):
            after = [(value, span) for value, span in find(sentence.text) if m.end() <= span[0] <= m.end() + reach]
            if after and not (exclude and exclude.search(sentence.text[m.start():after[0][1][1]])):
                yield sentence.kandidat(field_name, after[0][0], confidence)
                break
    for pair in text.labelled:
        if not trigger.search(pair.label) or len(pair.label) > 90 or (exclude and exclude.search(pair.label)):
            continue
        values = sorted({value for value, _span in find(pair.value)})
        for value in values:
            yield pair.kandidat(field_name, value, confidence if len(values) == 1 else 0.5)


def whole_word(*words: str) -> re.Pattern:
    return re.compile(r"(?<![\wåäö])(?:" + "|".join(words) + r")(?![\wåäö])", re.IGNORECASE)
