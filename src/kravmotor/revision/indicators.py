"""The board's indicators (nämndplan, rules-reference section 8.1) computed over procurements.

Two steps, both pure:

- `facts_of(doc)` reads one Förfrågningsunderlag into plain per-procurement facts
  (True / False / None). None means unknown: the document lists the field in
  `okända_uppgifter`, or the follow-up value (`uppföljning`) is not given.
  Unknown is never counted as no.
- `compute(docs, targets, group_by=...)` gives every indicator in total and per
  group (upphandlande myndighet, year of annonseringsdatum, upphandlingsslag):
  numerator, denominator (the procurements where the fact is known), value,
  target and status. A group where no procurement has the fact known is
  reported as "underlaget räcker inte", naming the fact and its fields.

`compare_indicators(before, after)` gives the movement of each indicator between
two runs. Rendering is in `kravmotor.rapport.revision_report`.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Iterable, Sequence, get_args

from ..formatting import format_number
from ..model.dokument import Förfrågningsunderlag
from ..model.miljo import PrioriteratOmråde
from .targets import AT_LEAST, Target, Targets

PRIORITY_AREAS: tuple[str, ...] = get_args(PrioriteratOmråde)
ADVANCED_LEVELS = ("avancerad", "spjutspets")

# Statuses, as the board reads them.
MET = "uppfyllt"
NOT_MET = "inte uppfyllt"
UNDECIDED = "kan inte avgöras"  # a count target the unknown procurements could still tip
FOLLOWED = "följs"  # no target: reported only
UNSUPPORTED = "underlaget räcker inte"
STATUSES = (MET, NOT_MET, UNDECIDED, FOLLOWED, UNSUPPORTED)

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
    titel: str
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


def facts_of(doc: Förfrågningsunderlag) -> dict[str, Any]:
    """The indicator facts of one procurement: True / False / None (unknown), and for tenders numbers or None.

    Keys: sysselsättningskrav, arbetsrättsliga_villkor, sociala_krav, miljökrav,
    miljökrav_avancerad_<område> for each prioriterat område, reserverad, överprövad,
    samordnad, anbud_per_upphandling (mean of uppföljning.antal_anbud),
    anbudsområden (lots with a tender count) and anbudsområden_med_ett_anbud.
    """
    villkor = doc.särskilda_kontraktsvillkor
    employment = _known(doc, "särskilda_kontraktsvillkor.sysselsättningskrav", villkor.sysselsättningskrav is not None)
    labour = villkor.arbetsrättsliga_villkor
    labour_known = _known(doc, "särskilda_kontraktsvillkor.arbetsrättsliga_villkor",
                          labour is not None and (labour.lön or labour.semester or labour.arbetstid))
    reservation = _known(doc, "reservation", doc.reservation is not None)
    reserved = _any_of([reservation], follow_up(doc, "reserverad"))
    social = _any_of([employment, labour_known, reservation], follow_up(doc, "socialt_hållbar"),
                     also_true=[follow_up(doc, "reserverad")])
    environmental_summary = follow_up(doc, "miljömässigt_hållbar")
    environmental = _any_of([_known(doc, "miljökrav", bool(doc.miljökrav))], environmental_summary)

    facts: dict[str, Any] = {
        "sysselsättningskrav": employment,
        "arbetsrättsliga_villkor": labour_known,
        "sociala_krav": social,
        "miljökrav": environmental,
    }
    for area in PRIORITY_AREAS:
        facts[f"miljökrav_avancerad_{area}"] = _advanced_in(doc, area, environmental_summary)
    facts["reserverad"] = reserved
    facts["överprövad"] = follow_up(doc, "överprövad")
    facts["samordnad"] = follow_up(doc, "samordnad")
    tenders = None if _unknown(doc, "uppföljning.antal_anbud") else list(doc.uppföljning.antal_anbud)
    if tenders:
        facts["anbud_per_upphandling"] = sum(tenders) / len(tenders)
        facts["anbudsområden"] = len(tenders)
        facts["anbudsområden_med_ett_anbud"] = sum(1 for n in tenders if n == 1)
    else:  # no tender counts: unknown, not zero
        facts["anbud_per_upphandling"] = facts["anbudsområden"] = facts["anbudsområden_med_ett_anbud"] = None
    return facts


def _unknown(doc: Förfrågningsunderlag, path: str) -> bool:
    """The field, or an object containing it, is declared unknown."""
    return any(path == u or path.startswith(u + ".") for u in doc.okända_uppgifter)


def _known(doc: Förfrågningsunderlag, path: str, value: bool) -> bool | None:
    return None if _unknown(doc, path) else bool(value)


def follow_up(doc: Förfrågningsunderlag, name: str) -> bool | None:
    return None if _unknown(doc, f"uppföljning.{name}") else getattr(doc.uppföljning, name)


def _any_of(own: list[bool | None], summary: bool | None, also_true: Sequence[bool | None] = ()) -> bool | None:
    """Three-valued: yes if any source says yes; no if the document's own fields are all known,
    or else if the follow-up summary (the statistics' flag) says no; otherwise unknown."""
    if any(v is True for v in (*own, summary, *also_true)):
        return True
    if all(v is not None for v in own) or summary is False:
        return False
    return None


def _advanced_in(doc: Förfrågningsunderlag, area: str, summary: bool | None) -> bool | None:
    if _unknown(doc, "miljökrav"):
        # the statistics' "no miljökrav at all" settles every area
        return False if summary is False else None
    if not doc.miljökrav:
        return False
    if any(k.prioriterat_område == area and k.nivå in ADVANCED_LEVELS for k in doc.miljökrav):
        return True
    if _unknown(doc, "miljökrav.nivå") or _unknown(doc, "miljökrav.prioriterat_område"):
        return None
    return False


# --- indicators per group ------------------------------------------------------------


@dataclass(frozen=True)
class Group:
    dimension: str  # TOTAL or one of DIMENSIONS
    name: str

    @property
    def title(self) -> str:
        return TOTAL_NAME if self.dimension == TOTAL else self.name


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


def compute(docs: Iterable[Förfrågningsunderlag], targets: Targets | None = None,
            group_by: Sequence[str] = DIMENSIONS) -> list[IndicatorResult]:
    """Every indicator in total and per group in `group_by` (a subset of DIMENSIONS, in that order).

    Results come indicator by indicator (INDICATORS' order), the total first, then
    the groups of each dimension sorted by name. An indicator without a target in
    `targets` (or with `följs`) gets the status "följs".
    """
    for dimension in group_by:
        if dimension not in DIMENSIONS:
            raise ValueError(f"okänd gruppering ”{dimension}”; tillåtna: {', '.join(DIMENSIONS)}")
    rows = [(doc, facts_of(doc)) for doc in docs]
    groups: list[tuple[Group, list[tuple[Förfrågningsunderlag, dict]]]] = [(Group(TOTAL, TOTAL_NAME), rows)]
    for dimension in group_by:
        members: dict[str, list] = {}
        for doc, facts in rows:
            members.setdefault(_group_name(doc, dimension), []).append((doc, facts))
        groups.extend((Group(dimension, name), members[name]) for name in sorted(members, key=_sort_key))
    results = []
    for indicator in INDICATORS:
        target = targets.get(indicator.id) if targets is not None else None
        for group, members in groups:
            results.append(_result(indicator, target, group, members))
    return results


def _group_name(doc: Förfrågningsunderlag, dimension: str) -> str:
    if dimension == "myndighet":
        return doc.upphandlande_myndighet.namn or UNKNOWN_GROUP["myndighet"]
    if dimension == "år":
        return str(doc.annonseringsdatum.year) if doc.annonseringsdatum else UNKNOWN_GROUP["år"]
    return doc.upphandlingsslag or UNKNOWN_GROUP["upphandlingsslag"]


_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "ü": "y"})  # å ä ö after z


def _sort_key(name: str) -> tuple:
    return (name in UNKNOWN_GROUP.values(), name.casefold().translate(_SWEDISH_ORDER))


def _result(indicator: Indicator, target: Target | None, group: Group, members: list) -> IndicatorResult:
    fact = FACTS[indicator.fact]
    known = [facts for _, facts in members if facts[indicator.fact] is not None]
    base = dict(id=indicator.id, titel=target.titel if target else indicator.titel, kind=indicator.kind,
                unit=indicator.unit, group=group, documents=len(members), known=len(known), target=target)
    if not known:
        where = "gruppen" if group.dimension != TOTAL else "underlaget"
        count = f"de {format_number(len(members))} upphandlingarna" if len(members) != 1 else "den enda upphandlingen"
        explanation = (f"Ingen av {count} i {where} har uppgift om {fact.label} (fält: {', '.join(fact.fields)})."
                       if members else "Gruppen har inga upphandlingar.")
        return IndicatorResult(**base, numerator=0, denominator=0, value=None, status=UNSUPPORTED,
                               explanation=explanation, missing_fact=fact.label, missing_fields=fact.fields)
    exact: Fraction | None = None
    bounds: tuple[Fraction, Fraction] | None = None
    unknown = len(members) - len(known)
    if indicator.kind == SHARE:
        numerator, denominator = sum(1 for f in known if f[indicator.fact]), len(known)
        exact = Fraction(numerator * 100, denominator)
        if unknown:
            bounds = Fraction(numerator * 100, len(members)), Fraction((numerator + unknown) * 100, len(members))
    elif indicator.kind == COUNT:
        numerator, denominator = sum(1 for f in known if f[indicator.fact]), len(known)
        exact = Fraction(numerator)
    elif indicator.kind == MEAN:
        numerator, denominator = sum(f[indicator.fact] for f in known), len(known)
    else:  # LOT_SHARE
        numerator = sum(f["anbudsområden_med_ett_anbud"] for f in known)
        denominator = sum(f["anbudsområden"] for f in known)
        exact = Fraction(numerator * 100, denominator)
    value = float(exact) if exact is not None else numerator / denominator
    if bounds is not None:
        status, explanation = _judge_share_bounds(target, *bounds, unknown=unknown, documents=len(members))
    else:
        status, explanation = _judge(indicator, target, group, members, exact if exact is not None else Fraction(value),
                                     unknown=unknown)
    return IndicatorResult(**base, numerator=numerator, denominator=denominator, value=value, status=status,
                           explanation=explanation, low=float(bounds[0]) if bounds else None,
                           high=float(bounds[1]) if bounds else None)


def _judge_share_bounds(target: Target | None, low: Fraction, high: Fraction, unknown: int,
                        documents: int) -> tuple[str, str]:
    """A share with unknowns: met if met even when every unknown is a no; not met if not even when all are yes."""
    explanation = (f"Uppgift saknas för {format_number(unknown)} av {format_number(documents)} upphandlingar: "
                   f"räknas de som nej är andelen {_percent(low)}, som ja {_percent(high)}.")
    if target is None or not target.has_goal:
        return FOLLOWED, explanation
    status = _judge_bounds(target, low, high)
    return status, explanation + (" De saknade uppgifterna avgör om målet nås." if status == UNDECIDED else "")


def _judge_bounds(target: Target, low: Fraction, high: Fraction) -> str:
    """Met only if met at the worst end of [low, high]; not met only if not met even at the best end."""
    goal = Fraction(target.value)
    if target.comparison == AT_LEAST:
        met, not_met = low >= goal, high < goal
    else:
        met, not_met = high <= goal, low > goal
    return MET if met else NOT_MET if not_met else UNDECIDED


def _percent(value: Fraction) -> str:
    return f"{float(value):.1f}".replace(".", ",") + "\u00a0%"


def _judge(indicator: Indicator, target: Target | None, group: Group, members: list, value: Fraction,
           unknown: int) -> tuple[str, str | None]:
    if target is None or not target.has_goal:
        return FOLLOWED, None
    goal = Fraction(target.value)
    if indicator.kind == COUNT:
        # A count target is the whole board's, for one year: judged only for a single year in total or per year.
        years = {doc.annonseringsdatum.year if doc.annonseringsdatum else None for doc, _ in members}
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
