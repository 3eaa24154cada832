"""Supplier screening: a supplier's register facts against the rules about suppliers.

Each subcontractor is screened first, down the chain, then the supplier itself,
with what its subcontractors concluded as facts of its own (CHAIN_FACTS: a
subcontractor in some tier with several signals, extra high risk, or a mandatory
exclusion ground). The risk level is read off the derived facts the rules conclude
(see rules/leverantorer/): the rules decide, this module only names the levels. The
overall level (samlad risknivå) is the highest level in the chain.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from ..errors import RuleError, Location, Problem
from ..lang.compiler import Rulebook
from ..model.dokument import Förfrågningsunderlag
from ..model.leverantor import Leverantör
from ..model.subjects import CHAIN_FACTS, SUPPLIER
from ..values import UNKNOWN
from .facts import Provenance, document_data, supplier_data
from .findings import Fynd, SaknadUppgift, UppgiftsKälla, missing_facts
from .pipeline import DEFAULT_MOTOR, RuleRunner

# The derived facts that decide the risk level, most serious first, and how a report names the level.
RISK_LEVELS = (
    ("extra_hög_risk", "extra hög risk"),
    ("flera_varningssignaler", "flera varningssignaler"),
)
LOW_RISK = "ingen eller en varningssignal"
MAX_AGE_PARAMETER = "uppgifternas_högsta_ålder"
EXCLUSION = "obligatorisk_uteslutning"  # the derived fact: a mandatory exclusion ground applies
# Each chain fact and the derived facts of a subcontractor that make it hold.
_CHAIN = dict(zip(CHAIN_FACTS, (("flera_varningssignaler", "extra_hög_risk"), ("extra_hög_risk",), (EXCLUSION,)), strict=True))


@dataclass
class Screening:
    organisationsnummer: str
    namn: str
    level: int  # 0: the supplier itself; 1: its subcontractor; ...
    chain_depth: int
    file: str | None
    findings: list[Fynd]
    derived: frozenset[str]
    risk: str
    missing_for_risk: list[str]  # facts nobody fetched that could raise the level: the level is a lower bound
    subcontractors: list[Screening] = field(default_factory=list)
    personal_names: frozenset[str] = frozenset()  # företrädare, for --maskera
    maybe: frozenset[str] = frozenset()  # derived facts that may hold on what is known

    @property
    def overall_risk(self) -> str:
        """The highest risk level in the chain: the supplier's own, or any subcontractor's in any tier."""
        names = [name for name, _ in RISK_LEVELS] + [None]
        found = min((names.index(_level_name(s.risk)) for s in self.all()), default=len(RISK_LEVELS))
        return RISK_LEVELS[found][1] if found < len(RISK_LEVELS) else LOW_RISK

    @property
    def overall_risk_is_minimum(self) -> bool:
        """Whether a fact nobody fetched, somewhere in the chain, could raise the overall level."""
        return self.overall_risk != RISK_LEVELS[0][1] and any(s.missing_for_risk for s in self.all())

    @property
    def missing(self) -> list[SaknadUppgift]:
        """The facts nobody fetched that keep rules from being decided, each with the rules it blocks."""
        return missing_facts(self.findings)

    def all(self):
        """This screening and every subcontractor's, depth first."""
        yield self
        for sub in self.subcontractors:
            yield from sub.all()


class Screener:
    def __init__(self, rulebook: Rulebook, motor: str = DEFAULT_MOTOR, max_age_days: int | None = None):
        overrides = {MAX_AGE_PARAMETER: Decimal(max_age_days)} if max_age_days is not None else {}
        self.runner = RuleRunner(rulebook, SUPPLIER.name, motor, overrides)
        self.rulebook = self.runner.rulebook
        names = {d.code for d in self.rulebook.derivations}
        missing = [name for name, _ in RISK_LEVELS if name not in names]
        if self.rulebook.rules and missing:
            raise RuleError([Problem(Location("regler"), "reglerna om leverantörer saknar slutsatserna "
                                                        f"{', '.join(missing)}, som risknivån läses av")])

    def screen(self, supplier: Leverantör, *, day: dt.date, procurement: Förfrågningsunderlag | None = None,
               file: str | None = None, level: int = 0) -> Screening:
        subcontractors = [self.screen(sub, day=day, procurement=procurement, file=file, level=level + 1)
                          for sub in supplier.underleverantörer]
        procurement_data = document_data(procurement, self.rulebook.classifications) if procurement else None
        data, provenance = supplier_data(supplier, day=day, level=level, procurement=procurement_data,
                                         chain=chain_facts(subcontractors))
        run = self.runner.run(data, document_id=supplier.organisationsnummer, file=file)
        for finding in run.findings:
            finding.uppgifter = self._provenance(finding, provenance)
        found = next((n for n, (name, _) in enumerate(RISK_LEVELS) if name in run.derived), len(RISK_LEVELS))
        risk = RISK_LEVELS[found][1] if found < len(RISK_LEVELS) else LOW_RISK
        # The level found is certain as far as it goes; a higher level that may hold on what is
        # known makes it a lower bound, and what keeps that higher level open is named.
        missing = sorted({SUPPLIER.fact_behind(u) for name, _ in RISK_LEVELS[:found] for u in run.why_maybe(name).unknown})
        return Screening(
            organisationsnummer=supplier.organisationsnummer, namn=supplier.namn, level=level,
            chain_depth=data["kedjans_djup"], file=file, findings=run.findings, derived=run.derived,
            risk=risk, missing_for_risk=missing, subcontractors=subcontractors,
            personal_names=frozenset(p.namn for p in ((supplier.företrädare and supplier.företrädare.värde) or [])),
            maybe=run.maybe,
        )

    def _provenance(self, finding: Fynd, provenance: dict[str, Provenance]) -> list[UppgiftsKälla]:
        """The source and date of every supplier fact the rule read, itself or through derived facts."""
        rule = self.rulebook.rule(finding.kod)
        read = {SUPPLIER.fact_behind(top) for top in (path.split(".")[0] for path in rule.reads)} if rule else set()
        facts = sorted(read & provenance.keys())
        return [UppgiftsKälla(uppgift=f, källa=provenance[f].source, hämtad=provenance[f].fetched) for f in facts]


def chain_facts(subcontractors: list[Screening]) -> dict[str, object]:
    """What the subcontractors, in every tier, concluded: each chain fact holds when a derived fact behind it
    holds for some subcontractor, may hold (UNKNOWN) when it may, and does not hold otherwise."""
    facts: dict[str, object] = {}
    everyone = [s for sub in subcontractors for s in sub.all()]
    for name, behind in _CHAIN.items():
        if any(d in s.derived for s in everyone for d in behind):
            facts[name] = True
        elif any(d in s.maybe for s in everyone for d in behind):
            facts[name] = UNKNOWN
        else:
            facts[name] = False
    return facts


def _level_name(label: str) -> str | None:
    return next((name for name, shown in RISK_LEVELS if shown == label), None)


def mask(screening: Screening, placeholder: str = "[maskerat]") -> None:
    """Hide the names of företrädare in every finding of the screening and its subcontractors (`--maskera`)."""
    names = sorted({n for s in screening.all() for n in s.personal_names}, key=len, reverse=True)
    if not names:
        return

    def hide(value):  # texts, and texts inside lists and mappings (a list of företrädare as a value)
        if isinstance(value, str):
            for name in names:
                value = value.replace(name, placeholder)
            return value
        if isinstance(value, list):
            return [hide(v) for v in value]
        if isinstance(value, dict):
            return {k: hide(v) for k, v in value.items()}
        return value

    for s in screening.all():
        for f in s.findings:
            f.meddelande, f.åtgärd = hide(f.meddelande), hide(f.åtgärd)
            for v in f.värden:
                v.visning, v.värde = hide(v.visning), hide(v.värde)
