"""The board's indicators (nämndplan, rules-reference section 8.1) computed over procurements.

Three steps, all pure:

- `facts_of(doc)` reads one Förfrågningsunderlag into plain per-procurement facts
  (True / False / None). None means unknown: the document lists the field in
  `okända_uppgifter`, or the follow-up value (`uppföljning`) is not given.
  Unknown is never counted as no.
- `Cells` adds each procurement's facts to the `Tally` of its cell (myndighet,
  year, upphandlingsslag): counts and exact sums, so a revision keeps them while
  it streams and stores them, and never holds the documents.
- `Cells.results(targets, group_by=...)` (or `compute(docs, ...)`, the three in
  one) gives every indicator in total and per group (upphandlande myndighet,
  year of annonseringsdatum, upphandlingsslag), each a union of cells:
  numerator, denominator (the procurements where the fact is known), value,
  target and status. A group where no procurement has the fact known is
  reported as "underlaget räcker inte", naming the fact and its fields.

`compare_indicators(before, after)` gives the movement of each indicator between
two runs. Rendering is in `kravmotor.rapport.revision_report`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, ClassVar, get_args

from ..formatting import format_number
from ..model.dokument import Förfrågningsunderlag
from ..model.miljo import PrioriteratOmråde
from .applicability import NOT_APPLICABLE, Buyer, restrict
from .targets import AT_LEAST, Target, Targets

PRIORITY_AREAS: tuple[str, ...] = get_args(PrioriteratOmråde)
ADVANCED_LEVELS = ("avancerad", "spjutspets")

# Statuses, as the board reads them.
MET = "uppfyllt"
NOT_MET = "inte uppfyllt"
UNDECIDED = "kan inte avgöras"  # a count target the unknown procurements could still tip
FOLLOWED = "följs"  # no target: reported only
UNSUPPORTED = "underlaget räcker inte"
# NOT_APPLICABLE ("gäller inte"): the target file's period or buyers do not cover the group (see applicability)
STATUSES = (MET, NOT_MET, UNDECIDED, NOT_APPLICABLE, FOLLOWED, UNSUPPORTED)

# Grouping dimensions; "totalt" is always computed.
TOTAL = "totalt"
DIMENSIONS = ("myndighet", "år", "upphandlingsslag")
DIMENSION_TITLES = {
    TOTAL: "Totalt",
    "myndighet": "Per upphandlande myndighet",
    "år": "Per år (annonseringsdatum)",
    "upphandlingsslag": "Per upphandlingsslag",
}
TOTAL_NAME = "Alla upphandlingar"
UNKNOWN_GROUP = {"år": "okänt år", "upphandlingsslag": "okänt upphandlingsslag", "myndighet": "okänd myndighet"}

# Indicator kinds: a share of procurements (percent), a count, a mean per procurement,
# and a share of lots (anbudsområden) rather than of procurements.
SHARE, COUNT, MEAN, LOT_SHARE = "andel", "antal", "medel", "andel av anbudsområden"
UNITS = {SHARE: "procent", COUNT: "antal", MEAN: "anbud per upphandling", LOT_SHARE: "procent"}


@dataclass(frozen=True)
class Fact:
    """A per-procurement fact: its key in `facts_of`, a Swedish label and the fields it is read from."""

    key: str
    label: str
    fields: tuple[str, ...]


def _area_fact(area: str) -> Fact:
    return Fact(f"miljökrav_avancerad_{area}", f"miljökrav på avancerad eller spjutspetsnivå inom {area}",
                ("miljökrav[*].nivå", "miljökrav[*].prioriterat_område", "uppföljning.miljömässigt_hållbar"))


FACTS: dict[str, Fact] = {f.key: f for f in (
    Fact("sysselsättningskrav", "sysselsättningskrav", ("särskilda_kontraktsvillkor.sysselsättningskrav",)),
    Fact("arbetsrättsliga_villkor", "arbetsrättsliga villkor", ("särskilda_kontraktsvillkor.arbetsrättsliga_villkor",)),
    Fact("sociala_krav", "sociala krav", (
        "särskilda_kontraktsvillkor.sysselsättningskrav", "särskilda_kontraktsvillkor.arbetsrättsliga_villkor",
        "reservation", "uppföljning.socialt_hållbar")),
    Fact("miljökrav", "miljökrav", ("miljökrav", "uppföljning.miljömässigt_hållbar")),
    *(_area_fact(area) for area in PRIORITY_AREAS),
    Fact("reserverad", "reservation", ("reservation", "uppföljning.reserverad")),
    Fact("överprövad", "överprövning", ("uppföljning.överprövad",)),
    Fact("samordnad", "samordning", ("uppföljning.samordnad",)),
    Fact("anbud_per_upphandling", "antal anbud", ("uppföljning.antal_anbud",)),
    Fact("anbudsområden_med_ett_anbud", "antal anbud per anbudsområde", ("uppföljning.antal_anbud",)),
)}


@dataclass(frozen=True)
class Indicator:
    id: str
    title: str  # the nämndplan's words, unless a target names it (the result's `titel`)
    kind: str
    fact: str

    @property
    def unit(self) -> str:
        return UNITS[self.kind]


# The order is the report's order: the nämndplan's, social before environment.
INDICATORS: tuple[Indicator, ...] = (
    Indicator("I-01", "Andel samordnade upphandlingar", SHARE, "samordnad"),
    Indicator("I-10", "Andel upphandlingar med sysselsättningskrav", SHARE, "sysselsättningskrav"),
    Indicator("I-11", "Antal upphandlingar med arbetsrättsliga villkor", COUNT, "arbetsrättsliga_villkor"),
    Indicator("I-12", "Antal reserverade upphandlingar", COUNT, "reserverad"),
    Indicator("K-01", "Andel upphandlingar med sociala krav", SHARE, "sociala_krav"),
    Indicator("I-16", "Andel upphandlingar med miljökrav", SHARE, "miljökrav"),
    Indicator("I-18", "Miljöledning (aktivt miljöarbete), avancerad eller spjutspets", SHARE, "miljökrav_avancerad_miljöledning"),
    Indicator("I-19", "Återbruk, återvinning och avfallsförebyggande, avancerad eller spjutspets", SHARE,
              "miljökrav_avancerad_återbruk"),
    Indicator("I-20/I-21", "Klimat och fossilfrihet, avancerad eller spjutspets", SHARE, "miljökrav_avancerad_fossilfritt"),
    Indicator("I-22", "Kemikalier och giftfritt, avancerad eller spjutspets", SHARE, "miljökrav_avancerad_kemikalier"),
    Indicator("K-03", "Ekomat, avancerad eller spjutspets", SHARE, "miljökrav_avancerad_ekomat"),
    Indicator("I-27", "Antal anbud per upphandling", MEAN, "anbud_per_upphandling"),
    Indicator("K-02", "Andel anbudsområden med ett enda anbud", LOT_SHARE, "anbudsområden_med_ett_anbud"),
    Indicator("I-38", "Överprövade upphandlingar", SHARE, "överprövad"),
)
INDICATOR_IDS = frozenset(i.id for i in INDICATORS)


# --- facts per procurement -----------------------------------------------------------


# The fields of `uppföljning` facts_of reads, besides the declared unknowns and the fields an export does not
# carry (särskilda_kontraktsvillkor, reservation, miljökrav): an export row's facts are remembered by them.
FOLLOW_UP_READ = ("samordnad", "miljömässigt_hållbar", "socialt_hållbar", "reserverad", "överprövad", "antal_anbud")


def facts_of(doc: Förfrågningsunderlag) -> dict[str, Any]:
    """The indicator facts of one procurement: True / False / None (unknown), and for tenders numbers or None.

    Keys: sysselsättningskrav, arbetsrättsliga_villkor, sociala_krav, miljökrav,
    miljökrav_avancerad_<område> for each prioriterat område, reserverad, överprövad,
    samordnad, anbud (tenders in all), anbudsområden (lots with a tender count), anbud_per_upphandling
    (their mean, a Fraction) and anbudsområden_med_ett_anbud.
    """
    unknown = _Declared(doc.okända_uppgifter)
    villkor = doc.särskilda_kontraktsvillkor
    employment = _known(unknown, "särskilda_kontraktsvillkor.sysselsättningskrav", villkor.sysselsättningskrav is not None)
    labour = villkor.arbetsrättsliga_villkor
    labour_known = _known(unknown, "särskilda_kontraktsvillkor.arbetsrättsliga_villkor",
                          labour is not None and (labour.lön or labour.semester or labour.arbetstid))
    reservation = _known(unknown, "reservation", doc.reservation is not None)
    reserved = _any_of([reservation], _follow_up(doc, unknown, "reserverad"))
    social = _any_of([employment, labour_known, reservation], _follow_up(doc, unknown, "socialt_hållbar"),
                     also_true=[_follow_up(doc, unknown, "reserverad")])
    environmental_summary = _follow_up(doc, unknown, "miljömässigt_hållbar")
    environmental = _any_of([_known(unknown, "miljökrav", bool(doc.miljökrav))], environmental_summary)

    facts: dict[str, Any] = {
        "sysselsättningskrav": employment,
        "arbetsrättsliga_villkor": labour_known,
        "sociala_krav": social,
        "miljökrav": environmental,
    }
    for area in PRIORITY_AREAS:
        facts[f"miljökrav_avancerad_{area}"] = _advanced_in(doc, unknown, area, environmental_summary)
    facts["reserverad"] = reserved
    facts["överprövad"] = _follow_up(doc, unknown, "överprövad")
    facts["samordnad"] = _follow_up(doc, unknown, "samordnad")
    tenders = None if unknown("uppföljning.antal_anbud") else list(doc.uppföljning.antal_anbud)
    if tenders:
        facts["anbud"] = sum(tenders)
        facts["anbudsområden"] = len(tenders)
        facts["anbud_per_upphandling"] = Fraction(facts["anbud"], len(tenders))
        facts["anbudsområden_med_ett_anbud"] = sum(1 for n in tenders if n == 1)
    else:  # no tender counts: unknown, not zero
        facts["anbud"] = facts["anbudsområden"] = facts["anbud_per_upphandling"] = None
        facts["anbudsområden_med_ett_anbud"] = None
    return facts


class _Declared:
    """Whether a field, or an object containing it, is declared unknown (`okända_uppgifter`); answered once
    per path for each list of declared paths (an importer declares the same list for every procurement)."""

    _seen: ClassVar[dict[tuple[str, ...], _Declared]] = {}
    paths: set[str]
    answers: dict[str, bool]

    def __new__(cls, paths: list[str]) -> _Declared:
        key = tuple(paths)
        found = cls._seen.get(key)
        if found is None:
            if len(cls._seen) >= 10_000:
                cls._seen.clear()
            found = cls._seen[key] = super().__new__(cls)
            found.paths = set(paths)
            found.answers = {}
        return found

    def __call__(self, path: str) -> bool:
        found = self.answers.get(path)
        if found is None:
            found = self.answers[path] = path in self.paths or any(
                path[:i] in self.paths for i, ch in enumerate(path) if ch == ".")
        return found


def _known(unknown: _Declared, path: str, value: bool) -> bool | None:
    return None if unknown(path) else bool(value)


def _follow_up(doc: Förfrågningsunderlag, unknown: _Declared, name: str) -> bool | None:
    return None if unknown(f"uppföljning.{name}") else getattr(doc.uppföljning, name)


def follow_up(doc: Förfrågningsunderlag, name: str) -> bool | None:
    """`uppföljning.<name>` of the document, None when it is declared unknown."""
    return _follow_up(doc, _Declared(doc.okända_uppgifter), name)


def _any_of(own: list[bool | None], summary: bool | None, also_true: Sequence[bool | None] = ()) -> bool | None:
    """Three-valued: yes if any source says yes; no if the document's own fields are all known,
    or else if the follow-up summary (the statistics' flag) says no; otherwise unknown."""
    if any(v is True for v in (*own, summary, *also_true)):
        return True
    if all(v is not None for v in own) or summary is False:
        return False
    return None


def _advanced_in(doc: Förfrågningsunderlag, unknown: _Declared, area: str, summary: bool | None) -> bool | None:
    if unknown("miljökrav"):
        # the statistics' "no miljökrav at all" settles every area
        return False if summary is False else None
    if not doc.miljökrav:
        return False
    if any(k.prioriterat_område == area and k.nivå in ADVANCED_LEVELS for k in doc.miljökrav):
        return True
    if unknown("miljökrav.nivå") or unknown("miljökrav.prioriterat_område"):
        return None
    return False


# --- indicators per group ------------------------------------------------------------


@dataclass(frozen=True)
class Group:
    dimension: str  # TOTAL or one of DIMENSIONS
    name: str

    @property
    def title(self) -> str:
        return self.name  # the total's name is TOTAL_NAME, or the buyer's in a report about one buyer


@dataclass(frozen=True)
class IndicatorResult:
    """One indicator in one group.

    `numerator` / `denominator`: for a share, the procurements (or lots, K-02) with
    the fact / those where it is known; for a count, the count / the procurements
    where known; for a mean, the sum / the procurements where known. `value` is a
    percentage for shares, the count, or the mean; None when unsupported.

    A share of procurements where the fact is unknown for some of them also has
    `low` and `high`: the percentage of all the group's procurements if every unknown
    one is a no, or a yes. The status is judged on both (the known share alone
    would be biased: a statistics flag that is only ever set to yes is known only
    where it is yes).
    """

    id: str
    titel: str
    kind: str
    unit: str
    group: Group
    documents: int  # procurements in the group
    known: int  # of which the fact is known
    numerator: float
    denominator: int
    value: float | None
    target: Target | None
    status: str
    explanation: str | None = None
    missing_fact: str | None = None  # Swedish label, when unsupported
    missing_fields: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None and self.high - self.low > 1e-9


# The facts that are yes/no (every indicator's but the tender counts').
YES_NO = tuple(key for key in FACTS if key not in ("anbud_per_upphandling", "anbudsområden_med_ett_anbud"))


class Tally:
    """What a group's indicators are computed from: procurements, and per fact how many know it and
    say yes (or, for tenders, their sums). Tallies add up, so a group's is the sum of its cells'
    and a run's can be kept while it streams (see `Cells`). All counts are integers: the mean
    tenders per procurement is summed exactly, as the tenders of the procurements with n lots, per n."""

    __slots__ = ("documents", "known", "yes", "tenders_by_lots", "lots", "single_bid_lots")

    def __init__(self):
        self.documents = 0
        self.known = dict.fromkeys(FACTS, 0)
        self.yes = dict.fromkeys(YES_NO, 0)
        self.tenders_by_lots: dict[int, int] = {}  # lots → tenders of the procurements with that many lots
        self.lots = 0
        self.single_bid_lots = 0

    def add_facts(self, facts: dict[str, Any]) -> None:
        self.documents += 1
        known, yes = self.known, self.yes
        for key in YES_NO:
            value = facts[key]
            if value is not None:
                known[key] += 1
                if value:
                    yes[key] += 1
        lots = facts["anbudsområden"]
        if lots is not None:
            known["anbud_per_upphandling"] += 1
            known["anbudsområden_med_ett_anbud"] += 1
            self.tenders_by_lots[lots] = self.tenders_by_lots.get(lots, 0) + facts["anbud"]
            self.lots += lots
            self.single_bid_lots += facts["anbudsområden_med_ett_anbud"]

    @property
    def tender_mean_sum(self) -> Fraction:
        """The sum over the procurements of their mean tenders per lot, exact."""
        return sum((Fraction(tenders, lots) for lots, tenders in self.tenders_by_lots.items()), Fraction(0))

    def __iadd__(self, other: Tally) -> Tally:
        self.documents += other.documents
        for key, n in other.known.items():
            self.known[key] += n
        for key, n in other.yes.items():
            self.yes[key] += n
        for lots, tenders in other.tenders_by_lots.items():
            self.tenders_by_lots[lots] = self.tenders_by_lots.get(lots, 0) + tenders
        self.lots += other.lots
        self.single_bid_lots += other.single_bid_lots
        return self

    def to_json(self) -> list:
        return [self.documents, [self.known[k] for k in FACTS], [self.yes[k] for k in YES_NO],
                sorted(self.tenders_by_lots.items()), self.lots, self.single_bid_lots]

    @classmethod
    def from_json(cls, data: list) -> Tally:
        tally = cls()
        tally.documents, known, yes, by_lots, tally.lots, tally.single_bid_lots = data
        tally.known = dict(zip(FACTS, known, strict=False))  # strict=False: as before, a stored list is not checked here
        tally.yes = dict(zip(YES_NO, yes, strict=False))
        tally.tenders_by_lots = {lots: tenders for lots, tenders in by_lots}
        return tally


# upphandlande myndighet's name, year of annonseringsdatum, upphandlingsslag, the myndighet's organisationsnummer
Cell = tuple[str | None, int | None, str | None, str | None]


def cell_of(doc: Förfrågningsunderlag) -> Cell:
    """The document's cell; a buyer's name or number declared unknown is None (never used to place it)."""
    buyer = doc.upphandlande_myndighet
    return make_cell(doc.okända_uppgifter, buyer.namn, buyer.organisationsnummer, doc.annonseringsdatum,
                     doc.upphandlingsslag)


def make_cell(declared: list[str], buyer_name: str | None, buyer_orgnr: str | None, day: Any, kind: str | None) -> Cell:
    """`cell_of` from the values it reads (for a source that has them without a document: `rows.row_cell`)."""
    unknown = _Declared(declared)
    return (None if unknown("upphandlande_myndighet.namn") else buyer_name, day.year if day else None, kind,
            None if unknown("upphandlande_myndighet.organisationsnummer") else buyer_orgnr)


class Cells:
    """Tallies per cell (myndighet, år, upphandlingsslag): every group of every dimension is a union of cells."""

    def __init__(self):
        self.tallies: dict[Cell, Tally] = {}

    def add(self, doc: Förfrågningsunderlag) -> Cell:
        cell = cell_of(doc)
        self.count(cell, facts_of(doc))
        return cell

    def count(self, cell: Cell, facts: dict[str, Any]) -> None:
        """A procurement with these indicator facts (`facts_of`) in `cell`."""
        tally = self.tallies.get(cell)
        if tally is None:
            tally = self.tallies[cell] = Tally()
        tally.add_facts(facts)

    def merge(self, tallies: dict[Cell, Tally]) -> None:
        for cell, tally in tallies.items():
            if cell in self.tallies:
                self.tallies[cell] += tally
            else:
                self.tallies[cell] = tally

    def results(self, targets: Targets | None = None, group_by: Sequence[str] = DIMENSIONS) -> list[IndicatorResult]:
        """Every indicator in total and per group in `group_by` (a subset of DIMENSIONS, in that order).

        Results come indicator by indicator (INDICATORS' order), the total first, then
        the groups of each dimension sorted by name. An indicator without a target in
        `targets` (or with `följs`) gets the status "följs".
        """
        for dimension in group_by:
            if dimension not in DIMENSIONS:
                raise ValueError(f"okänd gruppering ”{dimension}”; tillåtna: {', '.join(DIMENSIONS)}")
        cells = list(self.tallies.items())
        groups = [(Group(TOTAL, TOTAL_NAME), cells)]  # each group with its cells
        for dimension in group_by:
            members: dict[str, list] = {}
            for cell, tally in cells:
                members.setdefault(_group_name(cell, dimension), []).append((cell, tally))
            groups.extend((Group(dimension, name), members[name]) for name in sorted(members, key=_sort_key))
        sums = [(group, *_sum(members)) for group, members in groups]
        results = []
        for indicator in INDICATORS:
            target = targets.get(indicator.id) if targets is not None else None
            for group, tally, years in sums:
                results.append(_result(indicator, target, group, tally, years))
        if targets is not None and targets.scope.restricts:
            results = restrict(results, targets.scope, {group: _buyers_and_years(members) for group, members in groups})
        return results


def compute(docs: Iterable[Förfrågningsunderlag], targets: Targets | None = None,
            group_by: Sequence[str] = DIMENSIONS) -> list[IndicatorResult]:
    """Every indicator in total and per group in `group_by`: see `Cells.results`."""
    cells = Cells()
    for doc in docs:
        cells.add(doc)
    return cells.results(targets, group_by)


def _sum(cells: list[tuple[Cell, Tally]]) -> tuple[Tally, set[int | None]]:
    """The tally of a group of cells, and the years it spans."""
    total = Tally()
    for _cell, tally in cells:
        total += tally
    return total, {cell[1] for cell, _tally in cells}


def _buyers_and_years(cells: list[tuple[Cell, Tally]]) -> Counter:
    """How many procurements of a group each (buyer, year) has: what `applicability.restrict` judges."""
    who: Counter = Counter()
    for (name, year, _kind, number), tally in cells:
        who[(Buyer(name, number), year)] += tally.documents
    return who


def _group_name(cell: Cell, dimension: str) -> str:
    buyer, year, kind, _number = cell
    if dimension == "myndighet":
        return buyer or UNKNOWN_GROUP["myndighet"]
    if dimension == "år":
        return str(year) if year is not None else UNKNOWN_GROUP["år"]
    return kind or UNKNOWN_GROUP["upphandlingsslag"]


_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "ü": "y"})  # å ä ö after z


def _sort_key(name: str) -> tuple:
    return (name in UNKNOWN_GROUP.values(), name.casefold().translate(_SWEDISH_ORDER))


def _result(indicator: Indicator, target: Target | None, group: Group, tally: Tally, years: set[int | None]) -> IndicatorResult:
    fact = FACTS[indicator.fact]
    documents, known = tally.documents, tally.known[indicator.fact]
    base: dict[str, Any] = dict(id=indicator.id, titel=target.titel if target else indicator.title, kind=indicator.kind,
                                unit=indicator.unit, group=group, documents=documents, known=known, target=target)
    if not known:
        where = "gruppen" if group.dimension != TOTAL else "underlaget"
        count = f"de {format_number(documents)} upphandlingarna" if documents != 1 else "den enda upphandlingen"
        explanation: str | None = (f"Ingen av {count} i {where} har uppgift om {fact.label} (fält: {', '.join(fact.fields)})."
                                    if documents else "Gruppen har inga upphandlingar.")
        return IndicatorResult(**base, numerator=0, denominator=0, value=None, status=UNSUPPORTED,
                               explanation=explanation, missing_fact=fact.label, missing_fields=fact.fields)
    exact: Fraction | None = None
    bounds: tuple[Fraction, Fraction] | None = None
    numerator: float  # a count, or a sum (of tenders) for a mean
    unknown = documents - known
    if indicator.kind == SHARE:
        numerator, denominator = tally.yes[indicator.fact], known
        exact = Fraction(numerator * 100, denominator)
        if unknown:
            bounds = Fraction(numerator * 100, documents), Fraction((numerator + unknown) * 100, documents)
    elif indicator.kind == COUNT:
        numerator, denominator = tally.yes[indicator.fact], known
        exact = Fraction(numerator)
    elif indicator.kind == MEAN:
        numerator, denominator = float(tally.tender_mean_sum), known
    else:  # LOT_SHARE
        numerator, denominator = tally.single_bid_lots, tally.lots
        exact = Fraction(numerator * 100, denominator)
    value = float(exact) if exact is not None else numerator / denominator
    if bounds is not None:
        status, explanation = _judge_share_bounds(target, *bounds, unknown=unknown, documents=documents)
    else:
        status, explanation = _judge(indicator, target, group, years, exact if exact is not None else Fraction(value),
                                     unknown=unknown)
    return IndicatorResult(**base, numerator=numerator, denominator=denominator, value=value, status=status,
                           explanation=explanation, low=float(bounds[0]) if bounds else None,
                           high=float(bounds[1]) if bounds else None)


def _judge_share_bounds(target: Target | None, low: Fraction, high: Fraction, unknown: int,
                        documents: int) -> tuple[str, str | None]:
    """A share with unknowns: met if met even when every unknown is a no; not met if not even when all are yes."""
    explanation = (f"Uppgift saknas för {format_number(unknown)} av {format_number(documents)} upphandlingar: "
                   f"räknas de som nej är andelen {_percent(low)}, som ja {_percent(high)}.")
    if target is None or not target.has_goal:
        return FOLLOWED, explanation
    status = _judge_bounds(target, low, high)
    return status, explanation + (" De saknade uppgifterna avgör om målet nås." if status == UNDECIDED else "")


def _judge_bounds(target: Target, low: Fraction, high: Fraction) -> str:
    """Met only if met at the worst end of [low, high]; not met only if not met even at the best end."""
    assert target.value is not None, "judged only against a goal"
    goal = Fraction(target.value)
    if target.comparison == AT_LEAST:
        met, not_met = low >= goal, high < goal
    else:
        met, not_met = high <= goal, low > goal
    return MET if met else NOT_MET if not_met else UNDECIDED


def _percent(value: Fraction) -> str:
    return f"{float(value):.1f}".replace(".", ",") + "\u00a0%"


def _judge(indicator: Indicator, target: Target | None, group: Group, years: set[int | None], value: Fraction,
           unknown: int) -> tuple[str, str | None]:
    if target is None or not target.has_goal or target.value is None:
        return FOLLOWED, None
    goal = Fraction(target.value)
    if indicator.kind == COUNT:
        # A count target is the whole board's, for one year: judged only for a single year in total or per year.
        if group.dimension not in (TOTAL, "år") or len(years) != 1 or None in years:
            return FOLLOWED, "Antalsmålet gäller hela nämnden under ett år; det prövas i totalen och per år."
        status = _judge_bounds(target, value, value + unknown)  # the unknown procurements could all count
        if status == UNDECIDED:
            return status, f"Uppgift saknas för {format_number(unknown)} upphandlingar; de avgör om målet nås."
        return status, None
    met = value >= goal if target.comparison == AT_LEAST else value <= goal
    return (MET if met else NOT_MET), None


# --- movement between two runs ---------------------------------------------------------

BETTER, WORSE, SAME, CHANGED, NEW, GONE, NO_VALUE = (
    "bättre", "sämre", "oförändrat", "ändrat", "ny", "borttagen", "kan inte jämföras")


@dataclass(frozen=True)
class Movement:
    """One indicator in one group, before and after. `change` is after − before
    (percentage points for shares). `direction` is judged against the target's
    comparison; without a goal a change is just "ändrat"."""

    id: str
    titel: str
    kind: str
    unit: str
    group: Group
    before: IndicatorResult | None
    after: IndicatorResult | None
    change: float | None
    direction: str


def compare_indicators(before: Sequence[IndicatorResult], after: Sequence[IndicatorResult]) -> list[Movement]:
    """Pair the results of two runs by indicator and group, in the later run's order (then what disappeared)."""
    old = {(r.id, r.group): r for r in before}
    new = {(r.id, r.group): r for r in after}
    keys = list(new) + [k for k in old if k not in new]
    movements = []
    for key in keys:
        a, b = old.get(key), new.get(key)
        ref = b or a
        assert ref is not None  # every key is in one of them
        change = None
        if a is None:
            direction = NEW
        elif b is None:
            direction = GONE
        elif a.value is None or b.value is None:
            direction = NO_VALUE
        else:
            change = b.value - a.value
            target = b.target or a.target
            if abs(change) < 1e-9:
                direction, change = SAME, 0.0
            elif target is None or not target.has_goal:
                direction = CHANGED
            else:
                direction = BETTER if (change > 0) == (target.comparison == AT_LEAST) else WORSE
        movements.append(Movement(ref.id, ref.titel, ref.kind, ref.unit, ref.group, a, b, change, direction))
    return movements


def totals(results: Iterable[IndicatorResult]) -> list[IndicatorResult]:
    """The total row of each indicator."""
    return [r for r in results if r.group.dimension == TOTAL]
