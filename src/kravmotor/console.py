"""The console every command prints through: rich, with input text made harmless (see `terminal`)."""

from __future__ import annotations

from rich.console import Console
from rich.segment import Segment

from .terminal import neutralise


class SafeConsole(Console):
    """A rich Console whose text segments are neutralised before rich renders its own styles around them."""

    def _render_buffer(self, buffer):
        return super()._render_buffer(
            segment if segment.control else Segment(neutralise(segment.text), segment.style, None)
            for segment in buffer)

    def export_text(self, *, clear: bool = True, styles: bool = False) -> str:
        """A recorded console's text (a report written to a file), neutralised like the screen."""
        text = super().export_text(clear=clear, styles=styles)
        return text if styles else neutralise(text)
