"""An organisation's self-assessment of its procurement maturity (`kravmotor mognad`).

Two parts, from two of the seeds:

- **Dalamodellen** (Upphandlingsdialog Dalarna, shared/seeds/000_…): per criterion
  uppfyllt / delvis / inte / vet inte, with an optional evidence text and date. The
  criteria are rules (rules/mognad/dalamodellen/DAL-*.krav); their codes are the keys.
- **Ambitionsgrafen** (Upphandlingsmyndigheten, shared/seeds/001_…, bilaga
  Enkätfrågor): per respondent a role and the answers to the survey's questions
  (rules/mognad/ambitionsgrafen/AMB-*.krav), on the seed's scale.

`Självskattning` is the answers file; `Organisationsfakta` is what the rules read
(`motor.facts.organisation_data` builds it). "vet inte", or a question left out,
is unknown: never "no".
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Final, Literal, get_args

from pydantic import Field, create_model, field_validator

from .grund import empty_dict, empty_list, Enhet, Modell, Organisationsnummer

DONT_KNOW: Final = "vet inte"

Kriteriesvar_ = Literal["uppfyllt", "delvis", "inte", "vet inte"]
Roll = Literal["politisk ledning", "förvaltningsledning", "inköpschef", "verksamhetsföreträdare"]
ROLES: tuple[str, ...] = Roll.__args__  # type: ignore[attr-defined]
Skalsvar = Literal["instämmer i hög grad", "instämmer delvis", "instämmer inte helt", "instämmer inte alls", "vet inte"]
JaNej = Literal["ja", "nej", "vet inte"]
Omfattning = Literal["hela inköpsportföljen", "delar av inköpsportföljen", "vet inte"]

# The seed's scoring (bilaga Enkätfrågor): "Instämmer i hög grad (4) - Instämmer delvis (3) -
# Instämmer inte helt (2) - Instämmer inte alls (1)"; the first question "kan endast besvaras med
# ja eller nej, där ja ger 3 poäng och nej ger 0 poäng"; question 3.4 is weighted "delar av
# inköpsportföljen = 0,5, hela inköpsportföljen = 1". "vet inte" is the span of every score
# the answer could have had.
SCALE_POINTS = {"instämmer i hög grad": 4, "instämmer delvis": 3, "instämmer inte helt": 2, "instämmer inte alls": 1}
YES_NO_POINTS = {"ja": 3, "nej": 0}
SCOPE_WEIGHTS = {"hela inköpsportföljen": Decimal(1), "delar av inköpsportföljen": Decimal("0.5")}

# The survey's questions: field → (rule code, kind of answer). Field names are how the answers file
# and the rules spell them (v = the vertical axis, area and question; h = the horizontal axis).
QUESTIONS: dict[str, tuple[str, str]] = {
    **{f"v1_{n}": (f"AMB-1{n}", "ja/nej" if n == 1 else "skala") for n in range(1, 6)},
    **{f"v2_{n}": (f"AMB-2{n}", "skala") for n in range(1, 5)},
    **{f"v3_{n}": (f"AMB-3{n}", "skala") for n in range(1, 6)},
    **{f"h_{n}": (f"AMB-4{n}", "skala") for n in range(1, 6)},
}
SCOPE_QUESTION = "v3_4_omfattning"  # the weight of question 3.4: which part of the portfolio is followed up
WEIGHT = "v3_4_vikt"  # the points of SCOPE_QUESTION: its weight
ANSWERS = {"skala": Skalsvar, "ja/nej": JaNej, "omfattning": Omfattning}


class _Answers(Modell):
    @field_validator("*", mode="after")
    @classmethod
    def _empty_is_unknown(cls, value):
        return DONT_KNOW if value is None else value


def _answer_fields() -> dict[str, tuple[str, str]]:
    """Every answer field with its rule code and kind, in the survey's order (3.4's weight after 3.4)."""
    out: dict[str, tuple[str, str]] = {}
    for name, item in QUESTIONS.items():
        out[name] = item
        if name == "v3_4":
            out[SCOPE_QUESTION] = (item[0], "omfattning")
    return out


ANSWER_FIELDS = _answer_fields()

# One respondent's answers in the answers file: a question left out or answered "vet inte" is unknown.
# create_model: pydantic's overloads cannot type fields given as **kwargs, hence the ignores below.
Ambitionssvar = create_model("Ambitionssvar", __base__=_Answers, **{  # type: ignore[call-overload]
    name: (ANSWERS[kind] | None, Field(default=DONT_KNOW, description=(
        f"Svar på {code}" + (" (omfattningen av uppföljningen: vikt 1 för hela portföljen, 0,5 för delar)"
                             if kind == "omfattning" else "") + "; lämnas det tomt är svaret okänt (vet inte).")))
    for name, (code, kind) in ANSWER_FIELDS.items()})


class Respondent(Modell):
    respondent: str = Field(min_length=1, max_length=40, description=(
        "En beteckning för den svarande, t.ex. R1; aldrig ett namn (rapporten visar beteckningen)."))
    roll: Roll = Field(description="Den svarandes roll i organisationen.")
    svar: Ambitionssvar = Field(default_factory=Ambitionssvar, description="Den svarandes svar på ambitionsgrafens frågor.")


class Kriteriesvar(Modell):
    svar: Kriteriesvar_ | None = Field(default=DONT_KNOW, description=(
        "uppfyllt, delvis, inte eller vet inte; lämnas det tomt är svaret okänt (vet inte)."))
    underlag: str | None = Field(default=None, max_length=2000, description="Vad som visar det, t.ex. ett beslut eller en rapport.")
    datum: dt.date | None = Field(default=None, description="När underlaget togs fram (ÅÅÅÅ-MM-DD).")

    @field_validator("svar", mode="after")
    @classmethod
    def _empty_is_unknown(cls, value):
        return DONT_KNOW if value is None else value


class Självskattning(Modell):
    """An answers file: one organisation's self-assessment."""

    organisation: str = Field(min_length=1, description="Organisationens namn, t.ex. Exempelby kommun.")
    organisationsnummer: Organisationsnummer | None = Field(default=None, description="Organisationens organisationsnummer.")
    myndighet: str | None = Field(default=None, description=(
        "Organisationens namn som köpare i statistiken (t.ex. LUDVIKA KOMMUN), för underlag ur en revisionskörning; "
        "utelämnat används --myndighet eller organisationens namn."))
    datum: dt.date = Field(description="Dagen för självskattningen (ÅÅÅÅ-MM-DD).")
    dalamodellen: dict[str, Kriteriesvar] = Field(default_factory=empty_dict, description=(
        "Svar per kriterium i Dalamodellen, med kriteriets kod som nyckel (DAL-1111 ...); ett kriterium som inte "
        "finns med är okänt."))
    ambitionsgrafen: list[Respondent] = Field(default_factory=empty_list, description="De svarande i ambitionsgrafens enkät.")


# --- What the rules read ----------------------------------------------------------------

Procentandel = Annotated[Decimal, Field(ge=0, le=100), Enhet("procent")]


CRITERION_ANSWERS = frozenset({"uppfyllt", "delvis", "inte"})  # as the rules see them: "vet inte" is unknown
_CRITERION_CODE = re.compile(r"^DAL-\d{4}$")


def is_criterion(code: str) -> bool:
    return bool(_CRITERION_CODE.match(code))


def answer_field(code: str) -> str:
    """The field under `dalamodellen` that holds the answer to a criterion: DAL-1111 → DAL_1111."""
    return code.replace("-", "_")


def _known(kind: str):
    """An answer as the rules see it: the answer's words, without "vet inte" (which is unknown)."""
    return Literal[tuple(a for a in get_args(ANSWERS[kind]) if a != DONT_KNOW)]


# The answers as text (unknown for "vet inte"), and each answer's points on the seed's scale (a span
# for "vet inte") with the weight of 3.4 (`v3_4_vikt`).
Ambitionsfakta = create_model("Ambitionsfakta", __base__=Modell,  # type: ignore[call-overload]
                              **{name: (_known(kind), ...) for name, (_, kind) in ANSWER_FIELDS.items()})
Poäng = create_model("Poäng", __base__=Modell, **{  # type: ignore[call-overload]
    WEIGHT if name == SCOPE_QUESTION else name: (Decimal, ...) for name in ANSWER_FIELDS})


class Respondentfakta(Modell):
    respondent: str
    roll: Roll
    svar: Ambitionsfakta
    poäng: Poäng


class Bevis(Modell):
    """What a stored revision run says about the organisation's procurements (`mognad --revision`).

    Shares are percentages of the organisation's procurements in the run; counts are numbers of
    them. Where the run does not know a procurement's fact, a share or count is the span from
    "every unknown one is a no" to "every unknown one is a yes"."""

    körning: int = Field(description="körningen")
    upphandlingar: int = Field(description="antalet upphandlingar i granskningen")
    andel_sociala_krav: Procentandel = Field(description="andelen upphandlingar med sociala krav eller reservation")
    andel_miljökrav: Procentandel = Field(description="andelen upphandlingar med miljökrav")
    andel_samordnade: Procentandel = Field(description="andelen samordnade upphandlingar")
    antal_dynamiska_inköpssystem: Decimal = Field(description="antalet upphandlingar av dynamiska inköpssystem")
    antal_innovationsupphandlingar: Decimal = Field(description="antalet innovationsupphandlingar")
    antal_dialogförfaranden: Decimal = Field(description=(
        "antalet upphandlingar med förhandlat förfarande, konkurrenspräglad dialog eller innovationspartnerskap"))


class Organisationsfakta(Modell):
    """What rules about an organisation read, besides `dalamodellen.<kriterium>`: the answer to each
    criterion, whose fields the criterion rules declare (model.fields.organisation_root)."""

    organisation: str
    organisationsnummer: str | None = None
    självskattningsdatum: dt.date
    respondenter: list[Respondentfakta]
    bevis: Bevis | None = None


_RESPONDENT = re.compile(r"^respondenter\[(\d+)\]\.(?:svar|poäng)\.(\w+)$")


def describe_path(path: str, data: dict) -> str:
    """How an unknown fact of an organisation reads in a message: the criterion's code (`DAL-1111`), the
    question's code and who answered (`AMB-12 från R2`), or the survey as a whole."""
    if path.startswith("dalamodellen."):
        return path.removeprefix("dalamodellen.").replace("_", "-")
    match = _RESPONDENT.match(path)
    items = data.get("respondenter")
    if match and isinstance(items, list) and int(match.group(1)) < len(items):
        name = SCOPE_QUESTION if match.group(2) == WEIGHT else match.group(2)
        code = ANSWER_FIELDS[name][0] if name in ANSWER_FIELDS else name
        return f"{code} från {items[int(match.group(1))].get('respondent', '?')}"
    if path == "respondenter":
        return "ambitionsgrafens svar"
    if path.startswith("bevis.") and path[6:] in Bevis.model_fields:
        return f"{Bevis.model_fields[path[6:]].description} i granskningen"
    return path
