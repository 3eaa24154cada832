"""Values computed from a document (`beräknat`), facts that exist only in some procurements, months
as reference periods, and the draft's new fields: unknown in, unknown out, and findings name the
document fields a person fills in."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from documents import BASE_DOCUMENT
from kravmotor.formatting import format_value
from kravmotor.lasning.kalla import Källa, Uppgift
from kravmotor.lasning.utkast import Utkast
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.motor import berakning
from kravmotor.motor.facts import document_facts
from kravmotor.motor.findings import compact
from kravmotor.values import UNKNOWN, PartialList, Span


def _doc(changes: dict | None = None, unknown: list[str] = (), drop: tuple[str, ...] = ()) -> Förfrågningsunderlag:
    raw = copy.deepcopy(BASE_DOCUMENT)
    for name in drop:
        raw.pop(name, None)
    raw.update(changes or {})
    raw["okända_uppgifter"] = list(unknown)
    return Förfrågningsunderlag.model_validate(raw)


def _findings(checkers, doc) -> dict[str, list]:
    results = [checker.check(doc) for checker in checkers.values()]
    assert all([f.model_dump() for f in r.findings] == [f.model_dump() for f in results[0].findings] for r in results)
    by_code: dict[str, list] = {}
    for f in results[0].findings:
        by_code.setdefault(f.kod, []).append(f)
    return by_code


TURNOVER = {"typ": "omsättning", "belopp": 4_000_000}
LOTS = [{"namn": "Norr", "uppskattat_värde": 200_000}, {"namn": "Söder", "uppskattat_värde": 9_800_000}]


def _pairs(doc):
    data, uncertain = document_facts(doc)
    pairs = data[berakning.NAME].get(berakning.PAIRS)
    plain = pairs if pairs is UNKNOWN else [(p["delkontrakt"], p["delkontraktets_värde"], p["belopp"]) for p in pairs]
    return plain, isinstance(pairs, PartialList), uncertain, data


# --- Turnover requirements per lot -------------------------------------------------------------


def test_a_requirement_for_a_lot_is_paired_with_that_lot_only():
    pairs, partial, uncertain, _ = _pairs(_doc({"delkontrakt": LOTS, "kvalificeringskrav": [{**TURNOVER, "delkontrakt": "Norr"}]}))
    assert (pairs, partial, uncertain) == ([("Norr", 200_000, 4_000_000)], False, False)


def test_a_requirement_for_the_whole_procurement_is_paired_with_every_lot_of_a_divided_contract():
    pairs, partial, _, _ = _pairs(_doc({"delkontrakt": LOTS, "kvalificeringskrav": [TURNOVER]}))
    assert (pairs, partial) == ([("Norr", 200_000, 4_000_000), ("Söder", 9_800_000, 4_000_000)], False)
    undivided, _, _, _ = _pairs(_doc({"delkontrakt": LOTS[:1], "kvalificeringskrav": [TURNOVER]}))
    assert undivided == []  # one lot is no division: PROP-01 checks the requirement against the whole value


def test_other_requirements_are_not_paired():
    pairs, _, _, _ = _pairs(_doc({"delkontrakt": LOTS, "kvalificeringskrav": [{"typ": "försäkring", "belopp": 1}]}))
    assert pairs == []


def test_unknown_lots_and_requirements_leave_the_pairs_open():
    more_lots, partial, _, data = _pairs(_doc({"delkontrakt": LOTS, "kvalificeringskrav": [TURNOVER]}, unknown=["delkontrakt[+]"]))
    assert partial and len(more_lots) == 2
    assert berakning.facts_behind(f"{berakning.NAME}.{berakning.PAIRS}", data, berakning.is_open) == ["delkontrakt"]
    unknown_lots, _, _, _ = _pairs(_doc({"kvalificeringskrav": [TURNOVER]}, unknown=["delkontrakt"]))
    assert unknown_lots == []  # whether the contract is divided is not known: the list may hold pairs nobody knows
    assert _pairs(_doc({"kvalificeringskrav": [TURNOVER]}, unknown=["delkontrakt"]))[1]
    assert _pairs(_doc({"delkontrakt": LOTS}, unknown=["kvalificeringskrav"]))[0] is UNKNOWN


def test_a_lot_name_no_lot_has_makes_the_value_unknown_and_the_document_uncertain():
    """The file loader refuses such a name; a document built otherwise must not take the two-valued path."""
    pairs, _, uncertain, data = _pairs(_doc({"delkontrakt": LOTS, "kvalificeringskrav": [{**TURNOVER, "delkontrakt": "Väster"}]}))
    assert pairs == [(UNKNOWN, UNKNOWN, 4_000_000)] and uncertain
    behind = berakning.facts_behind(f"{berakning.NAME}.{berakning.PAIRS}[0].delkontraktets_värde", data, berakning.is_open)
    assert behind == ["kvalificeringskrav[0].delkontrakt"]


def test_a_finding_on_a_pair_names_the_requirement_and_the_lot(checkers):
    doc = _doc({"delkontrakt": LOTS, "kvalificeringskrav": [{**TURNOVER, "delkontrakt": "Norr"}]})
    (prop30,) = _findings(checkers, doc)["PROP-30"]
    assert (prop30.utfall, prop30.fält) == ("fel", ["kvalificeringskrav[0].belopp", "delkontrakt[0].uppskattat_värde"])
    unknown = _doc({"delkontrakt": LOTS, "kvalificeringskrav": [{**TURNOVER, "delkontrakt": "Norr"}]},
                   unknown=["delkontrakt[0].uppskattat_värde"])
    (prop30,) = _findings(checkers, unknown)["PROP-30"]
    assert (prop30.utfall, prop30.fält) == ("underlag saknas", ["delkontrakt[0].uppskattat_värde"])


# --- The yearly value over the whole contract period -------------------------------------------


def _yearly(changes: dict, unknown: list[str] = ()) -> object:
    data, _ = document_facts(_doc(changes, unknown))
    return data[berakning.NAME].get(berakning.YEARLY)


def test_the_yearly_value_is_counted_over_the_base_period_and_the_extensions():
    assert _yearly({"uppskattat_värde": {"totalt": 1, "per_år": 2_500_000},
                    "avtalstid": {"grundperiod_månader": 24, "förlängning_månader": 18}}) == Decimal(8_750_000)
    assert _yearly({"uppskattat_värde": {"totalt": 1}}) is None  # no yearly value: nothing to compare
    assert _yearly({}, unknown=["avtalstid.förlängning_månader"]) is UNKNOWN
    assert _yearly({}, unknown=["avtalstid"]) is UNKNOWN
    spanned = _yearly({"uppskattat_värde": {"totalt": 1, "per_år": {"lägst": 1_000_000, "högst": 2_000_000}}})
    assert isinstance(spanned, Span) and (spanned.low, spanned.high) == (Decimal(4_000_000), Decimal(8_000_000))


def _length(changes: dict, unknown: list[str] = ()) -> object:
    data, _ = document_facts(_doc(changes, unknown))
    return data[berakning.NAME].get(berakning.LENGTH)


def test_the_whole_period_counts_the_months_of_options_that_lengthen_the_contract():
    """X-31, X-32: "hela avtalstiden med optioner och förlängningar"; an option without months lengthens nothing."""
    options = [{"beskrivning": "förlängning", "månader": 12}, {"beskrivning": "20 % större volym"}]
    period = {"avtalstid": {"grundperiod_månader": 24, "förlängning_månader": 12, "optioner": options}}
    assert _length(period) == 48
    assert _yearly({**period, "uppskattat_värde": {"totalt": 1, "per_år": 1_000_000}}) == Decimal(4_000_000)
    assert _length({}) == 48  # the base document: 24 + 24, no options
    assert _length(period, unknown=["avtalstid.optioner[0].månader"]) is UNKNOWN
    assert _length(period, unknown=["avtalstid.optioner[+]"]) is UNKNOWN  # more options may lengthen it
    assert _length({}, unknown=["avtalstid.optioner[+]"]) is UNKNOWN  # none given, but some may exist
    assert _length({}, unknown=["avtalstid.optioner"]) is UNKNOWN
    assert _length(period, unknown=["avtalstid.optioner[1].månader"]) is UNKNOWN  # the volume option may have months
    assert _length({"avtalstid": {"förlängning_månader": 12}}, unknown=["avtalstid.grundperiod_månader"]) is UNKNOWN


def test_an_unknown_option_is_named_by_its_months(checkers):
    doc = _doc({"ramavtal": True, "ramavtalet": {"högsta_värde": 10_000_000, "avropsordning": "fasta villkor"},
                "avtalstid": {"grundperiod_månader": 36, "förlängning_månader": 0,
                              "optioner": [{"beskrivning": "förlängning", "månader": 12}]}},
               unknown=["avtalstid.optioner[0].månader"])
    (avt06,) = _findings(checkers, doc)["AVT-06"]
    assert (avt06.utfall, avt06.fält) == ("underlag saknas", ["avtalstid.optioner[0].månader"])


def test_an_unknown_yearly_value_names_only_the_unknown_fields_behind_it(checkers):
    doc = _doc({"uppskattat_värde": {"totalt": 1_000_000, "per_år": 2_500_000}}, unknown=["avtalstid.förlängning_månader"])
    (avt09,) = _findings(checkers, doc)["AVT-09"]
    assert (avt09.utfall, avt09.fält) == ("underlag saknas", ["avtalstid.förlängning_månader"])


def test_stored_findings_name_the_unknown_field_behind_a_computed_value_whatever_the_memo_remembers(checkers):
    """Two documents alike but for which field behind the yearly value is unknown: the value the rule
    reads is unknown in both, so a memo keyed only on it would give the second the first one's finding."""
    checker = checkers["native"]
    value = {"uppskattat_värde": {"totalt": 1_000_000, "per_år": 2_500_000}}
    for unknown in ("avtalstid.grundperiod_månader", "avtalstid.förlängning_månader", "avtalstid.grundperiod_månader"):
        doc = _doc(value, unknown=[unknown])
        stored = [f for f in checker.compact(doc) if f.row[0] == "AVT-09"]
        assert [f.fields for f in stored] == [(unknown,)]
        assert [f.row for f in checker.compact(doc)] == [compact(f).row for f in checker.check(doc).findings]


# --- Reference periods in months ---------------------------------------------------------------


def test_a_reference_period_in_months_is_checked_as_years_and_shown_in_years_and_months(checkers):
    doc = _doc({"kvalificeringskrav": [{"typ": "referensuppdrag", "antal": 2, "tidsperiod_månader": 42}]})
    (prop04,) = _findings(checkers, doc)["PROP-04"]
    assert prop04.utfall == "fel" and "3 år och 6 månader" in prop04.meddelande
    assert prop04.fält == ["kvalificeringskrav[0].tidsperiod_månader"]  # the field the document gave
    within = _doc({"kvalificeringskrav": [{"typ": "referensuppdrag", "antal": 2, "tidsperiod_månader": 36}]})
    assert "PROP-04" not in _findings(checkers, within)
    years = _doc({"kvalificeringskrav": [{"typ": "referensuppdrag", "antal": 2, "tidsperiod_år": 3, "tidsperiod_månader": 42}]})
    assert "PROP-04" not in _findings(checkers, years)  # given both, the years count (the file loader refuses a mismatch)


@pytest.mark.parametrize("years, shown", [(Decimal(18) / 12, "1 år och 6 månader"), (Decimal(7) / 12, "7 månader"),
                                          (Decimal(37) / 12, "3 år och 1 månad"), (3, "3 år")])
def test_years_that_are_not_whole_are_shown_in_years_and_months(years, shown):
    assert format_value(years, "år") == shown


# --- Facts only some procurements have ---------------------------------------------------------


def test_an_open_procedure_has_no_application_deadline_and_a_selective_one_an_unknown_one():
    data, uncertain = document_facts(_doc())
    assert "sista_ansökningsdag" not in data and "inbjudan_att_lämna_anbud" not in data and not uncertain
    data, uncertain = document_facts(_doc({"förfarande": "selektivt"}))
    assert data["sista_ansökningsdag"] is UNKNOWN and data["inbjudan_att_lämna_anbud"] is UNKNOWN and uncertain
    data, _ = document_facts(_doc(drop=("förfarande",)))
    assert data["sista_ansökningsdag"] is UNKNOWN  # the procedure is not known: the deadline may exist


def test_a_framework_agreements_details_are_unknown_unless_it_is_known_not_to_be_one():
    assert "ramavtalet" not in document_facts(_doc({"ramavtal": False}))[0]
    assert document_facts(_doc({"ramavtal": True}))[0]["ramavtalet"] is UNKNOWN
    assert document_facts(_doc(drop=("ramavtal",)))[0]["ramavtalet"] is UNKNOWN
    assert document_facts(_doc({"ramavtal": False}, unknown=["ramavtal"]))[0]["ramavtalet"] is UNKNOWN


# --- The draft -----------------------------------------------------------------------------


def _found(**values) -> dict[str, Uppgift]:
    source = Källa("af.docx", 1, "3", "Krav", "Citerad mening.")
    return {name.replace("__", "."): Uppgift(name.replace("__", "."), value, source, 0.9) for name, value in values.items()}


def test_the_draft_writes_a_reference_period_that_is_not_whole_years_in_months():
    utkast = Utkast("af", _found(referensuppdrag__antal=3, referensuppdrag__tidsperiod_månader=18), ["af.docx"])
    (requirement,) = [k for k in utkast.data["kvalificeringskrav"] if k["typ"] == "referensuppdrag"]
    assert requirement["tidsperiod_månader"] == 18 and "tidsperiod_år" not in requirement
    assert not utkast.notes
    assert utkast.document().kvalificeringskrav[0].tidsperiod_månader == 18


def test_the_draft_leaves_what_it_did_not_read_of_the_evaluation_unknown():
    utkast = Utkast("af", _found(utvärdering__tilldelningsgrund="bästa förhållandet mellan pris och kvalitet",
                                 utvärdering__pris_vikt=Decimal(40)), ["af.docx"])
    assert utkast.data["utvärderingsmodell"]["viktning"] == "procent"
    assert "utvärderingsmodell.kriterier" in utkast.unknown
    assert {"andra_företags_kapacitet", "utvärderingsmodell.kriterier"} <= set(utkast.document().okända_uppgifter)


def test_the_draft_does_not_say_which_lot_a_requirement_is_for():
    utkast = Utkast("af", _found(antal_delkontrakt=2, omsättning__belopp=Decimal(3_000_000)), ["af.docx"])
    assert "kvalificeringskrav.delkontrakt" in utkast.unknown
