"""Evidence for the self-assessment from a stored revision run: what the organisation's procurements show.

`mognad --revision KÖRNING --myndighet NAMN` reads the run's documents whose
upphandlande myndighet has that name and gives, per kind of procurement the
criteria speak of (rules/mognad/granskningsbevis/), a share of them or a count.
A procurement whose fact the run does not know counts neither way: the share or
count is then the span from "every unknown one is a no" to "every unknown one is
a yes", as the revision indicators do (`revision.indicators`), so a rule decides
only where the whole span decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import InputError, Location, Problem
from ..model.dokument import Förfrågningsunderlag
from ..model.organisation import Bevis
from ..revision.indicators import facts_of, follow_up
from ..revision.store import Store
from ..values import span

DIALOGUE_PROCEDURES = frozenset({"förhandlat med föregående annonsering", "förhandlat utan föregående annonsering",
                                 "konkurrenspräglad dialog", "innovationspartnerskap"})


def _dialogue(doc: Förfrågningsunderlag, facts: dict) -> bool | None:
    return None if doc.förfarande is None else doc.förfarande in DIALOGUE_PROCEDURES


@dataclass(frozen=True)
class Measure:
    field: str  # in `bevis` (model.organisation.Bevis, whose description says what it counts)
    share: bool  # a share of the procurements (percent), else a count
    fact: Callable[[Förfrågningsunderlag, dict], bool | None]  # per procurement: True / False / None (unknown)

    @property
    def label(self) -> str:
        return Bevis.model_fields[self.field].description or self.field


MEASURES = (
    Measure("andel_sociala_krav", True, lambda d, f: f["sociala_krav"]),
    Measure("andel_miljökrav", True, lambda d, f: f["miljökrav"]),
    Measure("andel_samordnade", True, lambda d, f: f["samordnad"]),
    Measure("antal_dynamiska_inköpssystem", False, lambda d, f: follow_up(d, "dynamiskt_inköpssystem")),
    Measure("antal_innovationsupphandlingar", False, lambda d, f: follow_up(d, "innovationsupphandling")),
    Measure("antal_dialogförfaranden", False, _dialogue),
)
BY_FIELD = {m.field: m for m in MEASURES}


@dataclass(frozen=True)
class Tally:
    yes: int
    no: int
    unknown: int


@dataclass
class Evidence:
    """What one run says about one organisation: the facts the rules read, and how each was counted."""

    database: str
    run: int
    buyer: str
    procurements: int
    tallies: dict[str, Tally]

    @property
    def facts(self) -> dict[str, Any]:
        """`bevis` as the rules read it (model.organisation.Bevis)."""
        out: dict[str, Any] = {"körning": self.run, "upphandlingar": self.procurements}
        for measure in MEASURES:
            out[measure.field] = value(self.tallies[measure.field], self.procurements, measure.share)
        return out


def value(tally: Tally, total: int, share: bool) -> Any:
    """The share (percent) or count: the span from every unknown one a no to every unknown one a yes."""
    low, high = Decimal(tally.yes), Decimal(tally.yes + tally.unknown)
    if share:
        low, high = (low * 100 / total, high * 100 / total) if total else (Decimal(0), Decimal(0))
    return span(low, high) if low != high else low


def tally(documents: Iterable[Förfrågningsunderlag]) -> tuple[int, dict[str, Tally]]:
    counts = {m.field: [0, 0, 0] for m in MEASURES}
    total = 0
    for doc in documents:
        total += 1
        facts = facts_of(doc)
        for m in MEASURES:
            answer = m.fact(doc, facts)
            counts[m.field][0 if answer is True else 1 if answer is False else 2] += 1
    return total, {name: Tally(*c) for name, c in counts.items()}


def from_run(database: Path, run: int, buyer: str) -> Evidence:
    """The evidence of run `run` in `database` for the upphandlande myndighet `buyer` (case and spacing as
    the run has it; a name that differs only in case is accepted). A buyer the run does not have is a
    located error naming the closest names."""
    if not database.is_file():
        raise InputError([Problem(Location(str(database)), "databasen finns inte; ange den med --databas FIL")])
    with Store(database, read_only=True) as store:
        store.run(run)  # an unknown run is a located error naming the runs there are
        buyers = store.buyers(run)
        name = buyer if buyer in buyers else next((b for b in buyers if b.casefold() == buyer.casefold()), None)
        if name is None:
            import difflib

            close = difflib.get_close_matches(buyer.upper(), [b.upper() for b in buyers], n=3, cutoff=0.6)
            shown = [b for b in buyers if b.upper() in close]
            hint = f"; närmast: {', '.join(shown)}" if shown else ""
            raise InputError([Problem(Location(str(database)), f"körning {run} har inga upphandlingar med myndigheten "
                                                               f"”{buyer}” som köpare{hint}")])
        total, tallies = tally(doc for _key, doc in store.documents(run, buyer=name))
    return Evidence(str(database), run, name, total, tallies)
