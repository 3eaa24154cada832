"""Realistic demo data for the revision indicators: a board's procurements over three years.

Variants of BASE_DOCUMENT for the nämndplan's seven member kommuner, with the mix a nämndplan follows
(sysselsättningskrav, reserved contracts, miljökrav at different levels, tenders
per lot), some imported from statistics with unknown fields. Deterministic.

`python tests/indicator_demo.py rapport.html` writes the HTML report for a look.
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from documents import BASE_DOCUMENT  # noqa: E402
from kravmotor.model.dokument import Förfrågningsunderlag  # noqa: E402

# The nämndplan's seven member kommuner (shared/seeds/004_f5791f01991e906e.txt, förordet), so that its targets apply.
BUYERS = ["Falu kommun", "Borlänge kommun", "Avesta kommun", "Gagnefs kommun", "Hedemora kommun", "Ludvika kommun",
          "Säters kommun"]
KINDS = [  # upphandlingsslag, CPV, title
    ("tjänster", "90910000-9", "Lokalvård"),
    ("tjänster", "60100000-9", "Skolskjutsar"),
    ("varor", "15000000-8", "Livsmedel"),
    ("varor", "30200000-1", "Datorer och skärmar"),
    ("byggentreprenad", "45000000-7", "Ombyggnad av skola"),
]
AREAS = ["återbruk", "fossilfritt", "kemikalier", "ekomat", "miljöledning"]


def demo_documents(count: int = 48, seed: int = 2023) -> list[Förfrågningsunderlag]:
    rnd = random.Random(seed)
    docs = []
    for n in range(count):
        raw = copy.deepcopy(BASE_DOCUMENT)
        slag, cpv, title = KINDS[n % len(KINDS)]
        buyer = BUYERS[rnd.randrange(len(BUYERS))]
        year = 2023 + n % 3
        date = dt.date(year, 1 + rnd.randrange(11), 1 + rnd.randrange(27))
        lots = 1 + rnd.randrange(4)
        raw.update({
            "id": f"UHC-{year}-{n + 1:03d}",
            "titel": f"{title}, {buyer}",
            "upphandlande_myndighet": {"namn": buyer, "typ": "kommunal"},
            "upphandlingsslag": slag,
            "cpv_koder": [cpv],
            "annonseringsdatum": date.isoformat(),
            "sista_anbudsdag": (date + dt.timedelta(days=40)).isoformat(),
            "delkontrakt": [{"namn": f"Område {i + 1}"} for i in range(lots)],
            "uppskattat_värde": {"totalt": rnd.choice([3, 8, 12, 25, 60]) * 1_000_000},
        })
        villkor = {}
        if rnd.random() < 0.55:
            villkor["sysselsättningskrav"] = {"beskrivning": "Leverantören ska erbjuda praktik", "antal_personer": 2,
                                              "åtagande": "anställning eller praktik"}
        if slag in ("byggentreprenad",) or title == "Lokalvård":
            villkor["arbetsrättsliga_villkor"] = {"lön": True, "semester": True, "arbetstid": True,
                                                  "nivå": "central kollektivavtal"}
        raw["särskilda_kontraktsvillkor"] = villkor
        if n in (4, 17, 31, 40):
            raw["reservation"] = {"slag": "skyddade verkstäder", "angiven_i_annonsen": True}
        krav = []
        for _ in range(rnd.choice([0, 1, 1, 2, 2, 3]) if n % 9 else 0):
            krav.append({"område": "Miljökrav i uppdraget", "nivå": rnd.choice(["bas", "bas", "avancerad", "spjutspets"]),
                         "användning": "teknisk specifikation", "verifikat": "produktblad",
                         "koppling_till_föremålet": "Gäller det som levereras",
                         "prioriterat_område": rnd.choice(AREAS)})
        raw["miljökrav"] = krav
        follow_up = {
            "antal_anbud": [rnd.choice([1, 1, 2, 3, 3, 4, 5, 6, 8]) for _ in range(lots)],
            "överprövad": rnd.random() < 0.1 if year < 2025 else None,  # not known yet for the last year
            "samordnad": rnd.random() < 0.7 if buyer != "Ekeby kommun" else None,
        }
        unknown = []
        if n % 8 == 5:  # imported from the statistics: contract conditions and miljökrav not carried
            unknown = ["särskilda_kontraktsvillkor", "miljökrav", "reservation"]
            raw.pop("särskilda_kontraktsvillkor")
            raw.pop("miljökrav")
            raw.pop("reservation", None)
            follow_up.update({"miljömässigt_hållbar": rnd.random() < 0.8, "socialt_hållbar": rnd.random() < 0.5})
        raw["uppföljning"] = follow_up
        raw["okända_uppgifter"] = unknown
        docs.append(Förfrågningsunderlag.model_validate(raw))
    return docs


def demo_report(docs=None):
    """A RevisionReport over the demo documents, with the real rules' findings."""
    from kravmotor.lang.loader import load_rulebook
    from kravmotor.motor.pipeline import Checker
    from kravmotor.rapport.revision_report import FindingSummary, RevisionReport, RunInfo, finding_rows
    from kravmotor.resources import rules_dir
    from kravmotor.revision.indicators import compute
    from kravmotor.revision.targets import load_targets

    docs = demo_documents() if docs is None else docs
    rulebook = load_rulebook(rules_dir())
    checker = Checker(rulebook)
    rows = []
    for doc in docs:
        result = checker.check(doc, f"{doc.id}.yaml")
        rows += finding_rows(doc.id, doc.upphandlande_myndighet.namn, result.findings)
    targets = load_targets()
    return RevisionReport(
        run=RunInfo("2025-12-31-01", dt.datetime(2025, 12, 31, 9, 0), dt.datetime(2025, 12, 31, 9, 2), "0.1.0",
                    ("upphandlingar-2023-2025.yaml",)),
        indicators=compute(docs, targets), findings=FindingSummary.of(rows), targets=targets,
        rule_titles={r.code: r.title for r in rulebook.rules})


if __name__ == "__main__":
    from kravmotor.rapport.revision_html import render_html

    Path(sys.argv[1]).write_text(render_html(demo_report()), encoding="utf-8")
