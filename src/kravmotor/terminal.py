"""Text from input files, made harmless on a terminal.

A document id, a title or an excerpt can hold an ANSI escape (which would
recolour, move the cursor or retitle the user's terminal), another control
character, or a Unicode direction override that makes a line read differently
from what it is. Every such character is shown as a visible stand-in instead:
C0 controls as their control pictures (ESC as ␛), DEL as ␡, C1 controls and
direction marks as <U+XXXX>. Newline and tab stay.

`console.SafeConsole` applies this to everything rich prints that is text (not
rich's own styling or cursor control), so the commands need not remember it;
`neutralise` is for text written without rich. This module imports no rich, so a
command that prints no console (a JSON report) does not load it.
"""

from __future__ import annotations

_DIRECTION = [0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_TABLE = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_TABLE[0x7F] = "\u2421"
_TABLE.update({code: f"<U+{code:04X}>" for code in (*range(0x80, 0xA0), *_DIRECTION)})
_UNSAFE = frozenset(chr(code) for code in _TABLE)


def neutralise(text: str) -> str:
    """`text` with every control character and direction override replaced by a visible stand-in."""
    if text.isprintable() and text.isascii():
        return text
    if not _UNSAFE.intersection(text):
        return text
    return text.translate(_TABLE)
