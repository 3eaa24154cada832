"""Lines as rich prints them without colours, built as plain strings.

Each function returns the text rich would write for one `print` (or `rule`) at `width`, or None
when the text holds anything this module does not vouch for: a character that is not one cell
wide, a control character, markup, a tab. The caller lets rich print those, so
the report stays the same byte for byte. What is vouched for is rich's word wrap (`rich._wrap`:
words with their trailing spaces, a word longer than the line folded, the spaces that spill
over the edge cropped), ported here for one-cell characters, and tested against rich itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Characters rich draws one cell wide, that neither rich nor `terminal.neutralise` changes:
# printable ASCII, Latin-1 and Latin Extended (no soft hyphen), general punctuation (dashes,
# quotation marks, …), currency, letterlike symbols, arrows, mathematical operators, ✓ and ✗.
# tests/test_fast_reports.py checks each one against rich.
SIMPLE = re.compile("[\n\x20-\x7e\xa0-\xac\xae-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf"
                    "\u2100-\u214f\u2190-\u21ff\u2200-\u22ff\u2713\u2717]*")
_TAG = re.compile(r"\[[a-z#/@]")  # what rich could read as a tag, or escape (`[2]` in a field path is neither)
_WORD = re.compile(r"\s*\S+\s*")  # rich._wrap.re_word
_TRAILING_SPACE = re.compile(r"\s+$")  # rich.text._re_whitespace


@lru_cache(maxsize=8192)  # a report repeats its lines (messages, fields, sources) across documents
def text(line: str, width: int) -> str | None:
    """`console.print(Text(line))`: no markup."""
    return wrapped(line, width) if SIMPLE.fullmatch(line) else None


@lru_cache(maxsize=8192)
def markup(line: str, width: int) -> str | None:
    """`console.print(line)` of a line with no markup in it (rich reads it as markup; emoji codes are left as
    they are, see `console.SafeConsole`)."""
    if "\\" in line or _TAG.search(line):
        return None
    return text(line, width)


def escaped(prefix: str, parts: tuple[str, ...], width: int) -> str | None:
    """`console.print(prefix_markup + escape(parts[0]) + parts[1] + escape(parts[2]) ...)`, where `prefix` is
    the markup prefix's plain text: the line as rich shows it once its tags are read."""
    return markup(prefix + "".join(parts), width)


def rule(title: str, width: int) -> str | None:
    """`console.rule(Text(title), align="left")`: the title (cut with … when too long), then the line."""
    if width < 4 or "\n" in title or not SIMPLE.fullmatch(title):
        return None
    if not title:
        return "─" * width + "\n"
    if len(title) > width - 2:
        title = title[:width - 3] + "…"
    return f"{title} {'─' * (width - len(title) - 1)}\n"


def wrapped(line: str, width: int) -> str:
    """The line word-wrapped at `width` as rich wraps it (one-cell characters only), with rich's newline."""
    if len(line) <= width and "\n" not in line:
        return line + "\n"
    out = []
    for part in line.split("\n"):
        start = 0
        for end in _breaks(part, width):
            out.append(_fit(part[start:end], width))
            start = end
        out.append(_fit(part[start:], width))
    return "\n".join(out) + "\n"


def _breaks(line: str, width: int) -> list[int]:
    """Where rich breaks a line of one-cell characters (rich._wrap.divide_line with cell length = len)."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(line):
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:  # a word longer than a line is folded
            pieces = [word[i:i + width] for i in range(0, len(word), width)]
            for n, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                if n == len(pieces) - 1:
                    offset = len(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def _fit(piece: str, width: int) -> str:
    """A wrapped piece as rich keeps it: the spaces past the edge cropped, then cut at the edge."""
    excess = len(piece) - width
    if excess <= 0:
        return piece
    spaces = _TRAILING_SPACE.search(piece)
    if spaces is not None:
        piece = piece[:len(piece) - min(len(spaces.group()), excess)]
    return piece[:width]
