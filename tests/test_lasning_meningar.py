"""Contract period and brand names read from single synthetic sentences: the clear patterns, and those left unknown.

Every sentence here is written for the test (no text from the real documents).
A refused reading must leave the field unknown and still show its candidates.
"""

from __future__ import annotations

import pytest

from kravmotor.fritext.tal import plus_periods
from kravmotor.lasning.block import Block
from kravmotor.lasning.extract import extract

BASE, EXTENSION = "avtalstid.grundperiod_månader", "avtalstid.förlängning_månader"


def _read(*paragraphs: str):
    blocks = [Block("avrop.docx", None, "3", "Avtalstid", "Avtalstid", "rubrik")]
    blocks += [Block("avrop.docx", None, "3", "Avtalstid", text, "stycke") for text in paragraphs]
    return extract(blocks)


@pytest.mark.parametrize(("paragraphs", "base", "extension"), [
    (["Avtalstiden är 24 månader med möjlighet till förlängning 12 + 12 månader."], 24, 24),
    (["Kontraktet gäller i 2 + 1 + 1 år."], 24, 24),
    (["Möjlig förlängning:2+2 månader."], None, 4),  # a colon after the trigger: all of it extension
    (["Uppdraget pågår i 6 månader.", "Därefter finns option 3 mån + 3 mån."], 6, 6),  # unit after every term
    (["Avtalet gäller i 12 månader med möjlighet till förlängning fyra gånger med ytterligare 3 månader."], 12, 12),
    (["Avtalstiden är 12 månader.", "Förlängning kan ske 2 x 6 månader."], 12, 12),
    # One step stated alone, the total stated in the next sentence: the total is the extension.
    (["Avtalstiden är 6 månader.", "Köparen har rätt att förlänga avtalet i upp till två (2) månader.",
      "Förlängning kan ske vid flera tillfällen, men sammanlagt högst sex (6) månader."], 6, 6),
])
def test_clear_contract_periods_are_read(paragraphs, base, extension):
    found = _read(*paragraphs)
    assert (found[BASE].värde, found[EXTENSION].värde) == (base, extension)


@pytest.mark.parametrize(("paragraphs", "field_name", "candidate"), [
    # The longest contract time includes the extensions: it is not the initial period.
    (["Den maximala avtalstiden är tre (3) år."], BASE, 36),
    (["Avtalstiden inklusive förlängning är 48 månader."], BASE, 48),
    # One step of an extension, the number of steps not given.
    (["Avtalet förlängs automatiskt med ett (1) år i taget."], EXTENSION, 12),
    (["Avtalstiden är 12 månader och kan förlängas vid två tillfällen med 12 månader."], EXTENSION, 12),
    (["Förlängning kan ske flera gånger med 6 månader."], EXTENSION, 6),
])
def test_unclear_contract_periods_are_left_unknown_with_candidates(paragraphs, field_name, candidate):
    found = _read(*paragraphs)[field_name]
    assert found.värde is None
    assert candidate in [c.värde for c in found.kandidater]


def test_a_notice_period_is_not_an_extension():
    found = _read("Avtalet förlängs med 12 månader om ingen part säger upp det senast tre (3) månader före avtalstidens "
                  "slut.")
    assert found[EXTENSION].värde == 12
    assert 3 not in [c.värde for c in found[EXTENSION].kandidater]


def test_a_step_longer_than_the_stated_total_still_conflicts():
    found = _read("Avtalet kan förlängas med 12 månader.", "Förlängning kan ske med sammanlagt högst 6 månader.")[EXTENSION]
    assert found.värde is None and {c.värde for c in found.kandidater} == {6, 12}


def test_plus_periods_with_units_on_every_term():
    assert [(b, e) for b, e, _ in plus_periods("option 3 mån + 3 mån")] == [(3, 3)]
    assert [(b, e) for b, e, _ in plus_periods("12 månader + 6 månader + 6 månader")] == [(12, 12)]
    assert plus_periods("1 år + 6 mån") == []  # mixed units are not summed


def test_a_limit_that_may_be_one_step_does_not_outrank_another_reading():
    # "upp till" can bound one step or all of them: neither reading is taken as the total.
    found = _read("Avtalet kan förlängas med 3 månader.", "Förlängning kan ske med upp till 6 månader.")[EXTENSION]
    assert found.värde is None and {c.värde for c in found.kandidater} == {3, 6}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Golvmaskinerna ska vara av fabrikat Nordvik.", [{"namn": "Nordvik", "eller_likvärdigt": False}]),
    ("Tvålen ska vara Skumra® eller likvärdigt.", [{"namn": "Skumra", "eller_likvärdigt": True}]),
    ("Skrivarna ska vara modell Printa 300.", [{"namn": "Printa 300", "eller_likvärdigt": False}]),
    # A trademark that describes what the buyer has, not what is bought.
    ("Myndigheten använder Ärendia® för diarieföring.", None),
    ("Tjänsten levereras i en miljö från tillverkaren Molnbo.", None),
])
def test_brand_names_only_where_something_bought_must_be_them(sentence, expected):
    blocks = [Block("krav.docx", None, "4", "Krav", "Krav", "rubrik"), Block("krav.docx", None, "4", "Krav", sentence, "stycke")]
    assert extract(blocks)["varumärken"].värde == expected
