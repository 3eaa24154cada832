"""`kravmotor mognad`: a self-assessment through the organisation's rules, and what they conclude.

The rules under rules/mognad/ decide everything that is decided: whether each
criterion is met (a finding is a gap), which level each step and perspective
reaches (derived facts), whether the audit's data contradicts an answer, and the
ambitionsgrafen's axes per respondent (measures). This module only reads those
conclusions off a `Run` and arranges them: levels as a range when answers are
unknown, the gaps to the next level, the roles' and the organisation's positions
(means over their respondents, as the seed places an organisation) and how far
apart the roles are. Several organisations give one position each and the
distribution. Nothing here sets a cut-off the seeds do not give.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from ..lang.compiler import Rulebook
from ..model.organisation import ROLES, Självskattning
from ..model.subjects import ORGANISATION
from ..motor import aggregates, ir
from ..motor.findings import Fynd
from ..motor.pipeline import DEFAULT_MOTOR, RuleRunner
from ..values import UNKNOWN, Span
from . import katalog
from .bevis import BY_FIELD, Evidence
from .fakta import organisation_data

PARTLY_PARAMETER = "delvis_räknas_som_uppfyllt"


# --- The result, as the reports show it (the JSON report is these models) -------------------


class Intervall(BaseModel):
    """A number known between two bounds (equal when it is known exactly); both None when unknown."""

    lägst: float | None = None
    högst: float | None = None

    @classmethod
    def of(cls, value: Any) -> Intervall:
        if value is None or value is UNKNOWN:
            return cls()
        if isinstance(value, Span):
            return cls(lägst=float(value.low), högst=float(value.high))
        return cls(lägst=float(value), högst=float(value))

    @property
    def known(self) -> bool:
        return self.lägst is not None

    @property
    def bounds(self) -> tuple[float, float]:
        """(lägst, högst) of a known interval."""
        assert self.lägst is not None and self.högst is not None, "an unknown interval has no bounds"
        return self.lägst, self.högst

    @property
    def exact(self) -> bool:
        return self.known and self.lägst == self.högst

    def value(self) -> Any:
        """Back to a value the evaluators' arithmetic takes: a float, a Span or UNKNOWN."""
        if not self.known:
            return UNKNOWN
        return self.lägst if self.exact else Span(self.lägst, self.högst)


class Kriterium(BaseModel):
    kod: str
    steg: int
    perspektiv: str
    rad: int
    nivå: int
    titel: str
    text: str
    källa: str
    inriktningsmål: list[int]
    svar: str  # uppfyllt / delvis / inte / vet inte
    underlag: str | None = None
    datum: dt.date | None = None
    utfall: str | None = None  # the rule's finding: varning / info (not met), underlag saknas (unknown)


class Cell(BaseModel):
    """One step × perspective (or the kris section): the level reached, as a range when answers are unknown."""

    steg: int
    steg_namn: str
    perspektiv: str
    perspektiv_namn: str
    nivå_lägst: int  # reached for certain (0: not even tillfredsställande)
    nivå_högst: int  # may be reached, on what is known
    att_arbeta_med: list[str]  # the criteria to work on for the next level (not met, up to that level)
    okända: list[str]  # the criteria whose answer is unknown, which keep the level open

    @property
    def level_text(self) -> str:
        low, high = katalog.LEVELS[self.nivå_lägst], katalog.LEVELS[self.nivå_högst]
        return low if self.nivå_lägst == self.nivå_högst else f"{low} till {high}"


class Respondentpunkt(BaseModel):
    respondent: str
    roll: str
    H: Intervall
    V: Intervall
    områden: dict[str, Intervall]
    okända_svar: list[str]  # the answers "vet inte" that make the position a range


class Rollpunkt(BaseModel):
    roll: str
    svarande: int
    H: Intervall
    V: Intervall


class Ambitionsgraf(BaseModel):
    svarande: int
    respondenter: list[Respondentpunkt]
    roller: list[Rollpunkt]
    organisation: Rollpunkt | None  # the mean over every respondent (roll "organisationen")
    rollspridning: dict[str, Intervall]  # per axis: the highest role's position minus the lowest's


class Bevisrad(BaseModel):
    regel: str
    kriterium: str
    kriterium_titel: str
    självskattning: str
    uppgift: str
    enhet: str  # procent / upphandlingar
    värde: Intervall
    ja: int
    nej: int
    okända: int
    bedömning: str  # stämmer / motsägs / kan inte avgöras / självskattning saknas / prövas inte
    meddelande: str | None = None


class Granskningsbevis(BaseModel):
    databas: str
    körning: int
    myndighet: str
    upphandlingar: int
    rader: list[Bevisrad]


class Bedömning(BaseModel):
    organisation: str
    datum: dt.date
    fil: str | None = None
    delvis_räknas_som_uppfyllt: bool
    celler: list[Cell]
    kriterier: list[Kriterium]
    saknas_för_tillfredsställande: list[str]  # the tillfredsställande criteria not met
    okända_för_tillfredsställande: list[str]
    ambitionsgraf: Ambitionsgraf
    bevis: Granskningsbevis | None = None
    fynd: list[Fynd] = Field(default_factory=list)
    slutsatser: list[str] = Field(default_factory=list)  # the derived facts that hold (the levels reached ...)
    möjliga_slutsatser: list[str] = Field(default_factory=list)  # those that may hold on what is known


# --- Assessing ---------------------------------------------------------------------------------


class Assessor:
    """The organisation's rules on one evaluator."""

    def __init__(self, rulebook: Rulebook, motor: str = DEFAULT_MOTOR, partly_counts: bool = False):
        overrides = {PARTLY_PARAMETER: Decimal(1)} if partly_counts else {}
        self.runner = RuleRunner(rulebook, ORGANISATION.name, motor, overrides)
        self.rulebook = self.runner.rulebook
        self.partly_counts = partly_counts
        self.criteria = katalog.criteria(self.rulebook)
        self.questions = katalog.questions(self.rulebook)
        self.evidence_rules = _evidence_rules(self.rulebook)

    def assess(self, assessment: Självskattning, evidence: Evidence | None = None, file: str | None = None) -> Bedömning:
        data = organisation_data(assessment, self.criteria, evidence.facts if evidence else None)
        run = self.runner.run(data, document_id=assessment.organisation, file=file)
        by_code: dict[str, list[Fynd]] = {}
        for finding in run.findings:
            by_code.setdefault(finding.kod, []).append(finding)
        criteria = [_criterion(c, assessment, by_code) for c in self.criteria]
        cells = [self._cell(step, perspective, criteria, run) for step, perspective in katalog.cells(self.criteria)]
        basic = [c for c in criteria if c.nivå == 1]
        return Bedömning(
            organisation=assessment.organisation, datum=assessment.datum, fil=file,
            delvis_räknas_som_uppfyllt=self.partly_counts, celler=cells, kriterier=criteria,
            saknas_för_tillfredsställande=[c.kod for c in basic if c.svar in ("inte", "delvis")],
            okända_för_tillfredsställande=[c.kod for c in basic if c.svar == "vet inte"],
            ambitionsgraf=_ambition(run.measures, data),
            bevis=self._evidence(evidence, criteria, by_code) if evidence else None,
            fynd=run.findings, slutsatser=sorted(run.derived), möjliga_slutsatser=sorted(run.maybe),
        )

    def _cell(self, step: int, perspective: str, criteria: list[Kriterium], run) -> Cell:
        low = high = 0
        for level in (1, 2, 3):
            fact = katalog.level_fact(step, perspective, level)
            if fact in run.derived and low == level - 1:
                low = level
            if (fact in run.derived or fact in run.maybe) and high == level - 1:
                high = level
        mine = [c for c in criteria if (c.steg, c.perspektiv) == (step, perspective)]
        target = min(low + 1, 3)
        return Cell(
            steg=step, steg_namn=katalog.STEPS[step], perspektiv=perspective,
            perspektiv_namn=katalog.PERSPECTIVE_TITLES[perspective], nivå_lägst=low, nivå_högst=high,
            att_arbeta_med=[c.kod for c in mine if c.nivå <= target and c.svar in ("inte", "delvis")] if low < 3 else [],
            okända=[c.kod for c in mine if c.svar == "vet inte"],
        )

    def _evidence(self, evidence: Evidence, criteria: list[Kriterium], by_code: dict[str, list[Fynd]]) -> Granskningsbevis:
        answers = {c.kod: c for c in criteria}
        facts = evidence.facts
        rows = []
        for rule, criterion, field, tested in self.evidence_rules:
            measure = BY_FIELD[field]
            own = answers.get(criterion)
            answer = own.svar if own else "vet inte"
            findings = by_code.get(rule.code, [])
            outcome = findings[0].utfall if findings else None
            if outcome == "underlag saknas":
                judgement = "självskattning saknas"
            elif outcome == "bedömning krävs":
                judgement = "kan inte avgöras"
            elif outcome is not None:
                judgement = "motsägs"
            else:
                judgement = "stämmer" if answer in tested else "prövas inte"
            t = evidence.tallies[field]
            rows.append(Bevisrad(
                regel=rule.code, kriterium=criterion, kriterium_titel=own.titel if own else criterion, självskattning=answer,
                uppgift=measure.label, enhet="procent" if measure.share else "upphandlingar",
                värde=Intervall.of(facts[field]), ja=t.yes, nej=t.no, okända=t.unknown, bedömning=judgement,
                meddelande=findings[0].meddelande if findings else None))
        return Granskningsbevis(databas=evidence.database, körning=evidence.run, myndighet=evidence.buyer,
                                upphandlingar=evidence.procurements, rader=rows)


def _criterion(c: katalog.Criterion, assessment: Självskattning, by_code: dict[str, list[Fynd]]) -> Kriterium:
    answer = assessment.dalamodellen.get(c.code)
    findings = by_code.get(c.code, [])
    return Kriterium(kod=c.code, steg=c.step, perspektiv=c.perspective, rad=c.row, nivå=c.level, titel=c.title,
                     text=c.text, källa=c.source, inriktningsmål=list(c.goals),
                     svar=(answer.svar if answer else None) or "vet inte", underlag=answer.underlag if answer else None,
                     datum=answer.datum if answer else None, utfall=findings[0].utfall if findings else None)


def _evidence_rules(rulebook: Rulebook) -> list[tuple[ir.RuleIR, str, str, frozenset[str]]]:
    """Each evidence rule with the criterion it checks, the `bevis` field it reads and the answers it tests,
    read off the rule: `dalamodellen.DAL_… != "…"` and `bevis.<fält>`."""
    out = []
    for rule in rulebook.rules:
        if rule.area != katalog.EVIDENCE:
            continue
        texts = {(c.left.path, c.right.value) for c in _comparisons(rule.condition)
                 if isinstance(c.left, ir.Ref) and isinstance(c.right, ir.Const) and c.right.kind == "text"}
        answers = {path[1]: value for path, value in texts if len(path) == 2 and path[0] == "dalamodellen"}
        field = next((p.split(".", 1)[1] for p in sorted(rule.reads) if p.startswith("bevis.")
                      and p.split(".", 1)[1] in BY_FIELD), None)
        if len(answers) and len(set(answers)) == 1 and field:
            criterion = next(iter(answers)).replace("_", "-")
            out.append((rule, criterion, field, frozenset(str(v) for p, v in texts if p[0] == "dalamodellen")))
    return out


def _comparisons(c: ir.Cond) -> list[ir.Cmp]:
    if isinstance(c, ir.Cmp):
        return [c]
    if isinstance(c, (ir.AllOf, ir.AnyOf)):
        return [x for item in c.items for x in _comparisons(item)]
    return []


# --- Ambitionsgrafen ------------------------------------------------------------------------------


def _ambition(measures: dict[str, list], data: dict[str, Any]) -> Ambitionsgraf:
    respondents = data["respondenter"] if isinstance(data["respondenter"], list) else []
    values = {name: {index: (value, why) for index, value, why in rows if index is not None}
              for name, rows in measures.items()}
    points = []
    for index, r in enumerate(respondents):
        unknown = set()
        for axis in katalog.AXES:
            _, why = values.get(axis, {}).get(index, (None, None))
            if why:
                unknown |= {ORGANISATION.fact_name(p, data) for p in why.spans | why.unknown}
        points.append(Respondentpunkt(
            respondent=r["respondent"], roll=r["roll"],
            H=Intervall.of(values.get("H", {}).get(index, (UNKNOWN,))[0]),
            V=Intervall.of(values.get("V", {}).get(index, (UNKNOWN,))[0]),
            områden={a: Intervall.of(values.get(a, {}).get(index, (UNKNOWN,))[0]) for a in katalog.AREAS},
            okända_svar=sorted(unknown)))
    roles = [_mean(role, [p for p in points if p.roll == role]) for role in ROLES if any(p.roll == role for p in points)]
    return Ambitionsgraf(
        svarande=len(points), respondenter=points, roller=roles,
        organisation=_mean("organisationen", points) if points else None,
        rollspridning={axis: spread([getattr(r, axis) for r in roles]) for axis in katalog.AXES} if len(roles) > 1 else {})


def _mean(role: str, points: list) -> Rollpunkt:
    """The mean position of `points` (respondents, or organisations): the seed's "medelvärdet"."""
    return Rollpunkt(roll=role, svarande=len(points),
                     **{axis: Intervall.of(aggregates.mean(getattr(p, axis).value() for p in points)) for axis in katalog.AXES})


def spread(values: list[Intervall]) -> Intervall:
    """How far apart the highest and the lowest are: of ranges, the range of every possible difference."""
    if not values or not all(v.known for v in values):
        return Intervall()
    lows, highs = [v.bounds[0] for v in values], [v.bounds[1] for v in values]
    low = max(0.0, max(lows) - min(highs))
    return Intervall(lägst=low, högst=max(highs) - min(lows))


# --- Several organisations: the seed's national follow-up -----------------------------------------


class Fördelning(BaseModel):
    """Each organisation's position and the spread of them all, per axis (min, median, max as ranges)."""

    organisationer: list[Rollpunkt]
    per_axel: dict[str, dict[str, Intervall]]
    nivåer: dict[str, dict[str, int]]  # step × perspective -> level reached (lägst) -> how many organisations


def distribution(assessments: list[Bedömning]) -> Fördelning:
    positions = [a.ambitionsgraf.organisation.model_copy(update={"roll": a.organisation})
                 for a in assessments if a.ambitionsgraf.organisation is not None]
    axes = {}
    for axis in katalog.AXES:
        known = [getattr(p, axis) for p in positions if getattr(p, axis).known]
        axes[axis] = {"lägst": _statistic(min, known), "median": _statistic(_median, known), "högst": _statistic(max, known)}
    levels: dict[str, dict[str, int]] = {}
    for a in assessments:
        for cell in a.celler:
            key = f"{cell.steg_namn} – {cell.perspektiv_namn}" if cell.steg != 5 else cell.steg_namn
            bucket = levels.setdefault(key, {name: 0 for name in katalog.LEVELS.values()})
            bucket[katalog.LEVELS[cell.nivå_lägst]] += 1
    return Fördelning(organisationer=positions, per_axel=axes, nivåer=levels)


def _statistic(function, values: list[Intervall]) -> Intervall:
    """A statistic that grows with each value (min, median, max), of ranges: from the lows to the highs."""
    if not values:
        return Intervall()
    return Intervall(lägst=function([v.lägst for v in values]), högst=function([v.högst for v in values]))


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
