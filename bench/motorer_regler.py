"""The rules bench_motorer.py measures, in the rule language, and the documents it measures them on.

The parameter values and limits are spelled once here and used both in the rule
text and in every hand-written engine (motorer_handskrivna.py, motorer_zen_rule_engine.py).
"""

from __future__ import annotations

import datetime as dt
import random

# ---------------------------------------------------------------------------------------
# The rules, in the rule language. The parameter values and limits below are spelled
# once in Python and used both here and in every hand-written engine.
# ---------------------------------------------------------------------------------------

GRÄNS = 700_000  # parameter direktupphandlingsgräns
ANBUDSTID = 30  # parameter minsta_anbudstid, days
LITEN = 5_000_000  # MAT-06: "small" procurement
MAX_MÅNADER = 48  # MAT-07
MÄRKEN = ("varumärke", "fabrikat", "patent")  # MAT-04
REGELKODER = [f"MAT-{n:02d}" for n in range(1, 9)]
HÖGA = "höga_ekonomiska_krav"

OMRÅDEN = """\
mätning:
  prefix: MAT
  titel: Mätregler
  beskrivning: Regler som bara finns för bench/bench_motorer.py.
"""

_HUVUD = """  område mätning
  källa "bench/bench_motorer.py"
  typ HARD
  säkerhet V1
  utfall fel"""


def _tal(n: int) -> str:
    return f"{n:,}".replace(",", " ")  # the rule language groups thousands with a space


REGLER = f"""\
parameter direktupphandlingsgräns "Direktupphandlingsgräns"
  enhet kr
  källa "bench/bench_motorer.py"
  värde {_tal(GRÄNS)} från 2017-01-01
slut

parameter minsta_anbudstid "Minsta anbudstid"
  enhet dagar
  källa "bench/bench_motorer.py"
  värde {ANBUDSTID} från 2017-01-01
slut

slutsats {HÖGA} "Ett omsättningskrav är högre än kontraktets värde"
  källa "bench/bench_motorer.py"
  om någon kvalificeringskrav som k där (k.typ = "omsättning" och k.belopp > uppskattat_värde.totalt)
slut

regel MAT-01 "Omsättningskrav högst två gånger värdet"
{_HUVUD}
  om regim = "direktivstyrd"
  för varje kvalificeringskrav som krav där krav.typ = "omsättning"
  kräv krav.belopp <= 2 * uppskattat_värde.totalt
  meddelande "För högt omsättningskrav."
slut

regel MAT-02 "Värdet över direktupphandlingsgränsen"
{_HUVUD}
  om regim = "direktupphandling"
  kräv uppskattat_värde.totalt <= parameter direktupphandlingsgräns
  meddelande "Värdet är över direktupphandlingsgränsen."
slut

regel MAT-03 "Anbudstiden kortare än minimum"
{_HUVUD}
  om förfarande = "öppet" och sista_anbudsdag finns
  kräv dagar från annonseringsdatum till sista_anbudsdag >= parameter minsta_anbudstid
  meddelande "För kort anbudstid."
slut

regel MAT-04 "Hänvisning till varumärke utan eller likvärdigt"
{_HUVUD}
  för varje tekniska_specifikationer som spec där spec.hänvisning i [{", ".join(f'"{m}"' for m in MÄRKEN)}]
  kräv spec.eller_likvärdigt
  meddelande "Hänvisning utan ”eller likvärdigt”."
slut

regel MAT-05 "Skäl mot uppdelning saknas"
{_HUVUD}
  om regim = "direktivstyrd" och delkontrakt saknas
  kräv skäl_mot_uppdelning finns
  meddelande "Inga delkontrakt och inga skäl."
slut

regel MAT-06 "Krav på kreditbetyg utan annan bevisning i en liten upphandling"
{_HUVUD}
  om uppskattat_värde.totalt < {_tal(LITEN)}
  kräv ingen kvalificeringskrav som k där (k.typ = "kreditupplysning" och k.lägsta_riskklass >= 3 och inte k.annan_bevisning_godtas)
  meddelande "Kreditbetyg krävs utan att annan bevisning godtas."
slut

regel MAT-07 "Avtalstiden längre än fyra år"
{_HUVUD}
  kräv avtalstid.grundperiod_månader + avtalstid.förlängning_månader <= {MAX_MÅNADER}
  meddelande "För lång avtalstid."
slut

regel MAT-08 "Höga ekonomiska krav i en liten upphandling"
{_HUVUD}
  om slutsats {HÖGA}
  kräv uppskattat_värde.totalt > parameter direktupphandlingsgräns
  meddelande "Högt omsättningskrav under direktupphandlingsgränsen."
slut
"""

Key = tuple[str, int | None]  # (rule code, element index or None)
Svar = tuple[frozenset, frozenset, frozenset, frozenset]  # hits, undecided, derived facts that hold, that may hold
BARA_HÖGA = frozenset([HÖGA])
INGET: frozenset = frozenset()


# ---------------------------------------------------------------------------------------
# The documents: bench_granska's generator with every fact the rules read known, then
# each field the rules read made unknown with the probability of the share: declared in
# okända_uppgifter or, for a fact (`faktum` in the model), left out half the time.
# ---------------------------------------------------------------------------------------


def med_alla_fakta(doc: dict, rng: random.Random) -> dict:
    """The generator leaves out sista_anbudsdag and avtalstid at times, and ramavtal always; all
    three are facts, so left out they are unknown. Here they are filled in, so that a document
    starts fully known (Andel checks that nothing in it is)."""
    doc.setdefault("ramavtal", rng.random() < 0.3)
    if "sista_anbudsdag" not in doc:
        doc["sista_anbudsdag"] = (dt.date.fromisoformat(doc["annonseringsdatum"]) + dt.timedelta(days=rng.randint(10, 60))).isoformat()
    if "avtalstid" not in doc:
        doc["avtalstid"] = {"grundperiod_månader": rng.choice([12, 24, 36]), "förlängning_månader": rng.choice([0, 12, 24])}
    return doc


def med_okända(doc: dict, rng: random.Random, andel: float) -> tuple[dict, int, int, int]:
    """The document with each field the MAT rules read unknown with probability `andel`;
    also how many such fields it has, how many were made unknown, and how many of
    those were left out (the others are declared in okända_uppgifter)."""
    okända: list[str] = []
    antal = valda = utelämnade = 0

    def dra(sökväg: str, behållare: dict | None = None, nyckel: str = "") -> bool:
        """One field the rules read; unknown with probability `andel`. A fact (in `behållare`)
        is then left out half the time, anything else declared. True when it was left out."""
        nonlocal antal, valda, utelämnade
        antal += 1
        if rng.random() >= andel:
            return False
        valda += 1
        if behållare is not None and rng.random() < 0.5:
            behållare.pop(nyckel, None)  # a fact left out is unknown (model.unknowns)
            utelämnade += 1
            return True
        okända.append(sökväg)
        return False

    for namn in ("regim", "förfarande", "annonseringsdatum", "sista_anbudsdag"):
        dra(namn, doc, namn)
    dra("uppskattat_värde.totalt", doc["uppskattat_värde"], "totalt")
    if dra("avtalstid.grundperiod_månader", doc["avtalstid"], "grundperiod_månader") and rng.random() < 0.5:
        del doc["avtalstid"]  # the whole contract period left out: förlängning_månader is unknown too
        antal, valda, utelämnade = antal + 1, valda + 1, utelämnade + 1
    else:
        dra("avtalstid.förlängning_månader")
    for namn in ("delkontrakt", "skäl_mot_uppdelning", "kvalificeringskrav", "tekniska_specifikationer"):
        dra(namn)
    for i, k in enumerate(doc["kvalificeringskrav"]):
        dra(f"kvalificeringskrav[{i}].typ")
        if k["typ"] == "omsättning":
            dra(f"kvalificeringskrav[{i}].belopp", k, "belopp")
        elif k["typ"] == "kreditupplysning":
            dra(f"kvalificeringskrav[{i}].lägsta_riskklass")
            dra(f"kvalificeringskrav[{i}].annan_bevisning_godtas")
    for i, _ in enumerate(doc["tekniska_specifikationer"]):
        dra(f"tekniska_specifikationer[{i}].hänvisning")
        dra(f"tekniska_specifikationer[{i}].eller_likvärdigt")
    if okända:
        doc["okända_uppgifter"] = okända
    return doc, antal, valda, utelämnade
