"""The maturity models as the rulebook holds them: Dalamodellen's criteria and ambitionsgrafen's questions.

The rules are the catalogue (rules/mognad/): a criterion's text is its rule's
description, its source the rule's `källa`, and its place in the model is its
code, DAL-SPRN: step S (1–4; 5 is the section on kris och beredskap),
perspective P (1 styrning, 2 verksamhet, 3 resurs och kompetens, 4 marknad och
leverantör; 0 in the kris section), row R and level N (1 tillfredsställande, 2
mycket tillfredsställande, 3 excellent). The level of a step and perspective is
the derived fact `steg<S>_<perspektiv>_nivå<N>` (`kris_nivå<N>`), defined in
rules/mognad/dalamodellen/nivaer.krav. A question's code is AMB-<area><n>
(area 4: the horizontal axis); its answer field is in `model.organisation.QUESTIONS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.compiler import Rulebook
from ..model.organisation import QUESTIONS
from ..motor import ir

STEPS = {1: "Strategisk inriktning", 2: "Analys genom inblick, utblick och dialog", 3: "Upphandlingsmässiga överväganden",
         4: "Uppföljning av kvalitet och effekt", 5: "Kris och beredskap"}
PERSPECTIVES = {1: "styrning", 2: "verksamhet", 3: "resurs", 4: "marknad", 0: "kris"}
PERSPECTIVE_TITLES = {"styrning": "Styrning", "verksamhet": "Verksamhet", "resurs": "Resurs och kompetens",
                      "marknad": "Marknad och leverantör", "kris": "Kris och beredskap"}
LEVELS = {0: "under tillfredsställande", 1: "tillfredsställande", 2: "mycket tillfredsställande", 3: "excellent"}
AXES = ("H", "V")  # the measures in rules/mognad/ambitionsgrafen/axlar.krav: horizontal, vertical
AREAS = ("område1", "område2", "område3")

# The national procurement strategy's goals (seed 003, färdplanen 2025: goals 1–7 from 2016, 8–10 new).
GOALS = {
    1: "Offentlig upphandling som strategiskt verktyg för en god affär",
    2: "Effektiva offentliga inköp",
    3: "En mångfald av leverantörer och en välfungerande konkurrens",
    4: "En rättssäker offentlig upphandling",
    5: "En offentlig upphandling som främjar innovationer och alternativa lösningar",
    6: "En miljömässigt ansvarsfull offentlig upphandling",
    7: "Offentlig upphandling som bidrar till ett socialt hållbart samhälle",
    8: "Attraktiva offentliga affärer för leverantörerna",
    9: "Endast seriösa leverantörer i de offentliga affärerna",
    10: "God försörjningstrygghet och beredskap i de offentliga affärerna",
}
GOALS_SOURCE = "Regeringens färdplan för den nationella upphandlingsstrategin (2025), shared/seeds/003_8d4d0f4a77fd2545.txt"

_CRITERION = re.compile(r"^DAL-([1-5])([0-4])([1-9])([1-3])$")
DALAMODELLEN, AMBITIONSGRAFEN, EVIDENCE = "dalamodellen", "ambitionsgrafen", "granskningsbevis"


@dataclass(frozen=True)
class Criterion:
    code: str
    step: int
    perspective: str
    row: int
    level: int
    title: str
    text: str  # the seed's own words
    source: str
    goals: tuple[int, ...]

    @property
    def cell(self) -> tuple[int, str]:
        return self.step, self.perspective


@dataclass(frozen=True)
class Question:
    code: str
    field: str  # the answer's field: v1_1 ... h_5
    title: str
    text: str
    source: str
    goals: tuple[int, ...]


def place(code: str) -> tuple[int, str, int, int] | None:
    """(step, perspective, row, level) of a criterion's code; None for another code."""
    match = _CRITERION.match(code)
    if not match:
        return None
    step, perspective, row, level = (int(g) for g in match.groups())
    if (step == 5) != (perspective == 0):
        return None
    return step, PERSPECTIVES[perspective], row, level


def level_fact(step: int, perspective: str, level: int) -> str:
    """The derived fact that holds when the step and perspective reach `level`."""
    return f"kris_nivå{level}" if step == 5 else f"steg{step}_{perspective}_nivå{level}"


def _text(rule: ir.RuleIR) -> str:
    """The first paragraph of the description: the seed's words (a question's after its number)."""
    first = (rule.description or rule.title).split("\n\n")[0].replace("\n", " ").strip()
    return re.sub(r"^[VH][\d.]+: ", "", first).strip("”“")


def criteria(rulebook: Rulebook) -> list[Criterion]:
    """Every Dalamodellen criterion, in code order."""
    out = []
    for rule in rulebook.rules:
        where = place(rule.code) if rule.area == DALAMODELLEN else None
        if where:
            out.append(Criterion(rule.code, *where, rule.title, _text(rule), rule.source or "", rule.goals))
    return sorted(out, key=lambda c: c.code)


def questions(rulebook: Rulebook) -> list[Question]:
    """Every ambitionsgrafen question the rulebook has, in the survey's order."""
    fields = {code: field for field, (code, _) in QUESTIONS.items()}
    out = [Question(rule.code, fields[rule.code], rule.title, _text(rule), rule.source or "", rule.goals)
           for rule in rulebook.rules if rule.area == AMBITIONSGRAFEN and rule.code in fields]
    order = list(fields)
    return sorted(out, key=lambda q: order.index(q.code))


def cells(items: list[Criterion]) -> list[tuple[int, str]]:
    """The steps × perspectives (and the kris section) that have criteria, in the model's order."""
    return sorted({c.cell for c in items}, key=lambda cell: (cell[0], list(PERSPECTIVES.values()).index(cell[1])))
