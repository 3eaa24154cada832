"""An export row's facts, light document, stored form and indicator cell and facts, straight from the row,
equal the model's route.

`sources.uhm_facts.facts` must give exactly what `document_facts(uhm.to_document(record))` gives (every
value, UNKNOWN where the row is silent, `beräknat`, `klassning`, and the certainty flag); the light
document and the stored form must read as the model does (a row's columns, the indicators, `ursprung`).
Compared on every row of the committed slice, on rows with each optional cell emptied (absence is
unknown, never "no"), and on every row of the whole 2021 export.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kravmotor.errors import InputError
from kravmotor.lang.loader import load_rulebook
from kravmotor.motor.facts import document_facts
from kravmotor.resources import rules_dir
from kravmotor.revision.indicators import cell_of, facts_of
from kravmotor.revision.rows import Loaded, Task, document_row
from kravmotor.revision.store import Catalogue
from kravmotor.sources import uhm, uhm_facts, uhm_stored
from kravmotor.values import UNKNOWN
from uhm_data import SLICE, UHM_2021, needs_uhm, procurement_rows, write_rows


@pytest.fixture(scope="module")
def classifications():
    return load_rulebook(rules_dir()).classifications


def _compare_every_row(export: Path, classifications) -> int:
    """Every row's facts, light document and stored form against the model's route; the rows compared."""
    compared = 0
    for key, record in uhm.records(export):
        assert not isinstance(record, InputError), key
        row = uhm.mapped(record)
        assert tuple(row.fields) == uhm.FIELDS
        document = uhm.to_document(record)
        assert uhm_facts.facts(row, classifications) == document_facts(document, classifications), key
        light = uhm_facts.light_document(row)
        assert light == document, key
        assert (cell_of(light), facts_of(light)) == (cell_of(document), facts_of(document)), key
        from_row = Loaded(row=row)
        assert (from_row.cell(), from_row.indicator_facts()) == (cell_of(document), facts_of(document)), key
        task = Task(key, compared, "uhm", record)
        assert (document_row(task, from_row, [], Catalogue())._replace(document=None)
                == document_row(task, Loaded(document), [], Catalogue())._replace(document=None)), key
        stored = uhm_stored.text(row)
        assert uhm_stored.is_stored_row(stored) and uhm_stored.document(stored) == document, key
        compared += 1
    return compared


def test_the_slice_gives_the_models_facts_row_for_row(classifications):
    assert _compare_every_row(SLICE, classifications) > 300


def test_facts_are_the_same_data_not_just_equal(classifications):
    """Equal data whose values are the model's kinds (a Decimal, a date, lists of their own), and UNKNOWN where
    the export says nothing; the row's values are not shared with the data the rules get."""
    (_key, record), *_ = uhm.records(SLICE)
    row = uhm.mapped(record)
    data, uncertain = uhm_facts.facts(row, classifications)
    expected, expected_uncertain = document_facts(uhm.to_document(record), classifications)
    assert uncertain is expected_uncertain is True
    assert [type(v) for v in data["uppföljning"].values()] == [type(v) for v in expected["uppföljning"].values()]
    assert data["uppskattat_värde"] is UNKNOWN and data["kvalificeringskrav"] is UNKNOWN
    assert data["beräknat"] == expected["beräknat"] and data["klassning"] == expected["klassning"]
    assert data["cpv_koder"] is not row.fields["cpv_koder"]
    assert data["uppföljning"] is not row.fields["uppföljning"]


OPTIONAL = [uhm.C_ORGNR, uhm.C_LEGAL, uhm.C_DIRECTIVE, uhm.C_PROCEDURE, uhm.C_KIND, uhm.C_CONTRACT, uhm.C_COORDINATED,
            uhm.C_GREEN, uhm.C_SOCIAL, uhm.C_INNOVATION, uhm.C_DIS, uhm.C_RESERVED, uhm.C_RESERVED_EXEC, uhm.C_DATABASE,
            uhm.C_REVIEWED, uhm.C_DATE, uhm.C_TITLE]


def test_every_empty_cell_is_unknown_as_in_the_model(tmp_path, classifications):
    """Each cell the export may leave empty, emptied on a row of its own (and all of them on one row), plus the
    export's other ways of saying nothing: CPV 00000000, "Annat förfarande", LUFS, a Finnish business id, and
    no side files at all."""
    rows = procurement_rows(len(OPTIONAL) + 6)
    header = rows[0]
    for row, column in zip(rows[1:], OPTIONAL, strict=False):
        row[header.index(column)] = ""
    for column in OPTIONAL:
        rows[len(OPTIONAL) + 1][header.index(column)] = ""
    extra = rows[len(OPTIONAL) + 2:]
    extra[0][header.index(uhm.C_CPV)] = "00000000 Uppgift saknas"
    extra[1][header.index(uhm.C_PROCEDURE)] = "Annat förfarande"
    extra[2][header.index(uhm.C_LEGAL)] = "Direktiv 2009/81/EG"
    extra[3][header.index(uhm.C_ORGNR)] = "0145076-7"
    extra[4][header.index(uhm.C_RESERVED)] = "True"
    write_rows(tmp_path / uhm.PROCUREMENTS, rows)
    assert _compare_every_row(tmp_path, classifications) == len(rows) - 1
    (_key, record), *_ = uhm.records(tmp_path)
    data, _ = uhm_facts.facts(uhm.mapped(record), classifications)
    assert data["upphandlande_myndighet"]["organisationsnummer"] is UNKNOWN  # the first row's emptied cell
    assert data["uppföljning"]["antal_anbud"] is UNKNOWN and data["uppföljning"]["kontrakterat_värde"] is UNKNOWN


def test_a_stored_row_keeps_the_amount_exactly(tmp_path):
    (_key, record), *_ = uhm.records(SLICE)
    row = uhm.mapped(record)
    for amount in (Decimal("1234567.89"), Decimal("1.0E+7"), Decimal("0.10")):
        row.fields["uppföljning"]["kontrakterat_värde"] = amount
        read = uhm_stored.mapped(uhm_stored.text(row)).fields["uppföljning"]["kontrakterat_värde"]
        assert (read, str(read)) == (amount, str(amount))


@needs_uhm
def test_the_whole_2021_export_gives_the_models_facts_row_for_row(classifications):
    assert _compare_every_row(UHM_2021, classifications) == 18_421
