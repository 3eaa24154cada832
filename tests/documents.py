"""Shared test data: a valid document that no rule objects to, with every fact a procurement has known."""

from __future__ import annotations

# A municipality buying services above the threshold, divided into lots, 40 days to tender.
BASE_DOCUMENT = {
    "id": "SCENARIO-1",
    "titel": "Scenario",
    "upphandlande_myndighet": {"namn": "Exempelby kommun", "organisationsnummer": "212000-0000", "typ": "kommunal"},
    "lagrum": "LOU",
    "regim": "direktivstyrd",
    "förfarande": "öppet",
    "upphandlingsslag": "tjänster",
    "cpv_koder": ["79000000-4"],
    "uppskattat_värde": {"totalt": 10_000_000, "per_år": 2_500_000},
    "avtalstid": {"grundperiod_månader": 24, "förlängning_månader": 24},
    "ramavtal": False,
    "annonseringsdatum": "2026-03-02",
    "sista_anbudsdag": "2026-04-11",
    "elektronisk_anbudsgivning": True,
    "delkontrakt": [{"namn": "Område norr", "uppskattat_värde": 5_000_000},
                    {"namn": "Område söder", "uppskattat_värde": 5_000_000}],
    "utvärderingsmodell": {"tilldelningsgrund": "bästa förhållandet mellan pris och kvalitet", "viktning": "procent",
                           "pris_vikt": 40, "kvalitet_vikt": 60},
    # seriositet
    "uteslutningsgrunder": {"obligatoriska_kontrolleras": True, "kontrolleras_genom": ["ESPD"]},
    # miljö
    "miljökrav": [{
        "område": "Resor i uppdraget",
        "nivå": "bas",
        "användning": "kontraktsvillkor",
        "verifikat": "Leverantörens resepolicy på begäran",
        "koppling_till_föremålet": "Resor som görs för att utföra uppdraget",
        "prioriterat_område": "fossilfritt",
    }],
    # sociala
    "behövlighetsbedömning": {"risk_för_oskäliga_arbetsvillkor": False},
    "tillgänglighet": {"används_av_personer": True, "beaktas": True},
}
