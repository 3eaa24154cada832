"""Sentences and list items of a free text, the unit most patterns read."""

from __future__ import annotations

import re

_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-ZÅÄÖ0-9(\"”•–—-])|\s+[–—•▪]\s+|\n+")
# A full stop after these does not end a sentence: "17 kap. 2 § LOU", "t.ex. ISO 9001", "ca. 3 MSEK".
_ABBREVIATION = re.compile(
    r"(?:\b(?:kap|t\.ex|bl\.a|s\.k|ca|inkl|exkl|nr|st|resp|enl|fr\.o\.m|t\.o\.m|jfr|dvs|d\.v\.s|m\.m|osv|p|pkt|prop"
    r"|f\.n|mom|uppl|tel|org|e\.g|i\.e|no|art|jan|feb|aug|sep|sept|okt|nov|dec)\.)$",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    """Sentences and list items: split after . ! ? ; or at a dash/bullet that starts an item ("Label: value" stays whole)."""
    parts = [p.strip(" –—•▪-") for p in _SPLIT.split(text.strip())]
    merged: list[str] = []
    for part in parts:
        if not part:
            continue
        if merged and _ABBREVIATION.search(merged[-1]):
            merged[-1] += " " + part
        else:
            merged.append(part)
    return merged
