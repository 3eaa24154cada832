"""One upphandlande myndighet out of a run (`revision --myndighet NAMN|ORGNR`).

The buyer is found among the run's indicator cells, which carry each procurement's buyer name
and organisationsnummer: by organisationsnummer when the text is one (with or without the
hyphen), otherwise by name, case and spacing aside. A text that matches no buyer is refused
with the closest names, never guessed: "Ludvika" does not silently become LUDVIKA KOMMUN.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from ..errors import InputError, Location, Problem
from ..formatting import format_number
from .indicators import Cells

_ORGNR = re.compile(r"^\d{6}-?\d{4}$")
SUGGESTIONS = 5


@dataclass(frozen=True)
class Chosen:
    """The buyer a report is about: its name as the data writes it, its organisationsnummer, the run's names for it."""

    namn: str
    organisationsnummer: str | None
    names: tuple[str, ...]  # every name the run has under this buyer (an orgnr may be written with several)
    keys: tuple[str, ...]  # what findings are counted under (`StoredDocument.buyer`: name, else orgnr)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _digits(number: str) -> str:
    return number.replace("-", "")


def choose(cells: Cells, asked: str, run: int) -> tuple[Chosen, Cells]:
    """The buyer `asked` names in the run, and the run's cells of its procurements only; an InputError when none."""
    asked = " ".join(asked.split())
    by_number = bool(_ORGNR.fullmatch(asked))
    chosen = {cell for cell in cells.tallies
              if (by_number and cell[3] and _digits(cell[3]) == _digits(asked))
              or (not by_number and cell[0] and _key(cell[0]) == _key(asked))}
    if not chosen:
        raise InputError([Problem(Location("--myndighet"), _unknown(cells, asked, by_number, run))])
    mine = Cells()
    mine.tallies = {cell: cells.tallies[cell] for cell in chosen}
    documents: dict[str, int] = {}
    for cell in chosen:
        if cell[0]:
            documents[cell[0]] = documents.get(cell[0], 0) + cells.tallies[cell].documents
    names = tuple(sorted(documents, key=lambda n: (-documents[n], n)))
    numbers = sorted({cell[3] for cell in chosen if cell[3]})
    keys = tuple(dict.fromkeys([*names, *(n for n in numbers if any(c[3] == n and not c[0] for c in chosen))]))
    name = names[0] if names else (numbers[0] if numbers else asked)
    return Chosen(name, numbers[0] if len(numbers) == 1 else None, names, keys), mine


def _unknown(cells: Cells, asked: str, by_number: bool, run: int) -> str:
    buyers: dict[str, str | None] = {}
    for name, _year, _kind, number in cells.tallies:
        if name:
            buyers.setdefault(name, number)
    what = "organisationsnumret" if by_number else "namnet"
    message = f"ingen upphandlande myndighet med {what} ”{asked}” i körning {run}"
    close = _close(buyers, asked) if not by_number else []
    if close:
        shown = [f"{name} ({buyers[name]})" if buyers[name] else name for name in close]
        return message + "; menade du " + ", ".join(shown[:-1]) + (" eller " if len(shown) > 1 else "") + shown[-1] + "?"
    return (message + f"; körningen har {format_number(len(buyers))} myndigheter. Ange namnet som det står i "
            "rapportens tabell per myndighet, eller organisationsnumret (ÅÅÅÅÅÅ-NNNN)")


def _close(buyers: dict[str, str | None], asked: str) -> list[str]:
    """Names containing the text, then names like it, at most SUGGESTIONS."""
    key = _key(asked)
    keyed = {_key(name): name for name in buyers}
    containing = sorted((name for k, name in keyed.items() if key and key in k), key=len)
    similar = [keyed[k] for k in difflib.get_close_matches(key, list(keyed), n=SUGGESTIONS, cutoff=0.6)]
    return list(dict.fromkeys(containing + similar))[:SUGGESTIONS]
