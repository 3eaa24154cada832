"""The console every command prints through: rich, with input text made harmless (see `terminal`)."""

from __future__ import annotations

from rich.console import Console
from rich.segment import Segment

from .terminal import neutralise


class SafeConsole(Console):
    """A rich Console whose text segments are neutralised before rich renders its own styles around them.

    Emoji codes are left as written: a quoted sentence ”Skäl :smile: och:x:” is the document's own text,
    not rich's `:smile:` (which it would print as 😄 and ❌)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("emoji", False)
        super().__init__(*args, **kwargs)

    def _render_buffer(self, buffer):
        return super()._render_buffer(
            segment if segment.control else Segment(neutralise(segment.text), segment.style, None)
            for segment in buffer)

    def export_text(self, *, clear: bool = True, styles: bool = False) -> str:
        """A recorded console's text (a report written to a file), neutralised like the screen."""
        text = super().export_text(clear=clear, styles=styles)
        return text if styles else neutralise(text)
