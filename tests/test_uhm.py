"""Upphandlingsmyndigheten's statistics export → förfrågningsunderlag: real rows, unknowns, bad rows located."""

from __future__ import annotations

import gzip
import re
from decimal import Decimal

import pytest

from kravmotor.errors import InputError
from kravmotor.model.fields import parse_path
from kravmotor.motor.facts import document_data
from kravmotor.sources import uhm
from kravmotor.values import UNKNOWN
from uhm_data import (SLICE, UHM_2021, needs_uhm, procurement_rows, read_rows, write_committed_slice, write_rows,
                      write_slice)


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    return write_slice(tmp_path_factory.mktemp("uhm") / "export", 300)


@pytest.fixture(scope="module")
def entries(export):
    return list(uhm.read_export(export))


def _by_row(entries, row):
    return next(doc for loc, doc in entries if loc.endswith(f":rad {row}"))


def test_every_row_of_the_slice_is_a_document(entries, export):
    assert len(entries) == 300
    assert [loc for loc, _ in entries][:2] == [f"{export}/number_of_procurements.csv.gz:rad 2",
                                               f"{export}/number_of_procurements.csv.gz:rad 3"]
    assert not [doc for _, doc in entries if isinstance(doc, InputError)]


def test_a_real_row_maps_field_by_field(entries):
    # rad 4: GISLAVEDS KOMMUN, SE58281, negotiated, directive-governed, two tenders, 33 MSEK contracted
    doc = _by_row(entries, 4)
    assert doc.id == "SE58281" and doc.titel == "Barn- och elevregister"
    assert doc.upphandlande_myndighet.model_dump() == {"namn": "GISLAVEDS KOMMUN", "organisationsnummer": "212000-0514",
                                                       "typ": "kommunal"}
    assert (doc.lagrum, doc.regim, doc.förfarande, doc.upphandlingsslag) == (
        "LOU", "direktivstyrd", "förhandlat med föregående annonsering", "varor")
    assert doc.cpv_koder == ["48000000"]
    assert doc.annonseringsdatum.isoformat() == "2021-01-02"
    u = doc.uppföljning
    assert u.antal_anbud == [2] and u.kontrakterat_värde == Decimal(33_000_000)
    assert (u.annons_id, u.annonsdatabas, doc.ramavtal, u.överprövad, u.samordnad, u.reserverad) == (
        "SE58281", "e-Avrop", False, False, False, False)
    # the export's empty flag cells are "uppgift saknas": unknown, never "no"
    assert u.miljömässigt_hållbar is None and "uppföljning.miljömässigt_hållbar" in doc.okända_uppgifter
    assert doc.ursprung["regim"].text() == "number_of_procurements.csv.gz: Direktivstyrd"
    assert doc.ursprung["uppföljning.antal_anbud"].text() == "number_of_tenders.csv.gz: Antal anbud, Summa"


def test_unknown_cpv_below_threshold_and_social_flag(entries):
    # rad 3: LULEÅ KOMMUN, KA785: CPV 00000000 (uppgift saknas), not directive-governed, a framework, socially sustainable
    doc = _by_row(entries, 3)
    assert doc.cpv_koder == [] and "cpv_koder" in doc.okända_uppgifter
    assert doc.regim == "19 kap." and doc.förfarande == "förenklat"
    assert doc.ramavtal is True and doc.uppföljning.socialt_hållbar is True
    assert doc.uppföljning.antal_anbud == [1] and doc.uppföljning.kontrakterat_värde == 1460


def test_what_the_export_never_carries_is_unknown(entries):
    doc = _by_row(entries, 2)
    for name in ("uppskattat_värde", "avtalstid", "sista_anbudsdag", "kvalificeringskrav", "delkontrakt",
                 "särskilda_kontraktsvillkor", "miljökrav", "motiveringar"):
        assert name in doc.okända_uppgifter
    for carried in ("id", "titel", "regim", "förfarande", "annonseringsdatum", "upphandlande_myndighet"):
        assert carried not in doc.okända_uppgifter
    assert doc.uppskattat_värde is None


def test_buyer_types(entries):
    types = {doc.upphandlande_myndighet.typ for _, doc in entries}
    assert {"kommunal", "regional", "statlig", "kommunalt bolag"} <= types


@needs_uhm
def test_every_procedure_in_the_year_is_mapped_or_knowingly_unknown():
    column = None
    values = set()
    for row in read_rows(UHM_2021 / uhm.PROCUREMENTS):
        if column is None:
            column = row.index(uhm.C_PROCEDURE)
            continue
        values.add(row[column])
    assert values - set(uhm.PROCEDURES) == {""}
    assert uhm.PROCEDURES["Annat förfarande"] is None  # unknown, not an error


def test_unknowns_give_underlag_saknas(entries, checker, rulebook):
    doc = _by_row(entries, 4)
    findings = {f.kod: f for f in checker.check(doc, "x").findings}
    prop01 = findings["PROP-01"]  # the turnover requirements are not in the export: they block first
    assert (prop01.utfall, prop01.fält) == ("underlag saknas", ["kvalificeringskrav"])
    # underlag saknas names only what is unknown in this document
    data = document_data(doc, rulebook.classifications)
    for finding in findings.values():
        if finding.utfall == "underlag saknas":
            for path in finding.fält:
                assert _is_unknown(data, path), (finding.kod, path)


def _is_unknown(data, path: str) -> bool:
    """Whether the value at `path` (or an object or list on the way to it) is UNKNOWN."""
    node = data
    for name, index in parse_path(path):
        node = node.get(name) if isinstance(node, dict) else node
        if node is UNKNOWN:
            return True
        if index is not None:
            node = node[index] if isinstance(node, list) else node
        if node is UNKNOWN:
            return True
    return node is UNKNOWN


def test_empty_directive_and_procedure_are_unknown(tmp_path):
    rows = procurement_rows(2)
    header = rows[0]
    rows[1][header.index(uhm.C_DIRECTIVE)] = ""
    rows[1][header.index(uhm.C_PROCEDURE)] = "Annat förfarande"
    rows[1][header.index(uhm.C_LEGAL)] = "Direktiv 2009/81/EG"  # LUFS: no value in the model
    rows[1][header.index(uhm.C_ORGNR)] = "0145076-7"  # Åland: a Finnish business id
    write_rows(tmp_path / uhm.PROCUREMENTS, rows)
    (_, doc), _ = list(uhm.read_export(tmp_path))
    assert doc.regim is None and doc.förfarande is None and doc.upphandlande_myndighet.organisationsnummer is None
    assert doc.lagrum is None  # unknown, not the model's default LOU (which a report or the database would show)
    for name in ("regim", "förfarande", "lagrum", "upphandlande_myndighet.organisationsnummer",
                 "uppföljning.antal_anbud", "uppföljning.kontrakterat_värde"):  # no side files here
        assert name in doc.okända_uppgifter


def test_bad_rows_are_located_and_the_stream_goes_on(tmp_path):
    rows = procurement_rows(5)
    header = rows[0]
    rows[1][header.index(uhm.C_DIRECTIVE)] = "Kanske"
    rows[2] = rows[2][:5]  # a short row
    rows[3][header.index(uhm.C_DATE)] = "2021-13-45"
    rows[4][header.index(uhm.C_CPV)] = "ABC Okänt"
    write_rows(tmp_path / uhm.PROCUREMENTS, rows)
    entries = list(uhm.read_export(tmp_path))
    assert len(entries) == 5
    file = str(tmp_path / uhm.PROCUREMENTS)
    errors = {loc: doc for loc, doc in entries if isinstance(doc, InputError)}
    assert set(errors) == {f"{file}:rad {n}" for n in (2, 3, 4, 5)}
    (p,) = errors[f"{file}:rad 2"].problems
    assert (p.location.file, p.location.line, p.location.column, p.location.field_path) == (
        file, 2, header.index(uhm.C_DIRECTIVE) + 1, "Direktivstyrd")
    assert "okänt värde ”Kanske”" in p.message and "”True”" in p.message
    assert str(p).startswith(f"{file}:2:{header.index(uhm.C_DIRECTIVE) + 1}: Direktivstyrd: ")
    assert "raden har 5 kolumner" in errors[f"{file}:rad 3"].problems[0].message
    assert "ogiltigt datum ”2021-13-45”" in errors[f"{file}:rad 4"].problems[0].message
    assert "ogiltig CPV-kod" in errors[f"{file}:rad 5"].problems[0].message
    assert not isinstance(entries[-1][1], InputError)  # rad 6 is read as usual


def test_a_bad_side_file_value_names_the_side_file(tmp_path):
    write_slice(tmp_path, 3)
    rows = read_rows(tmp_path / "number_of_tenders.csv.gz")
    rows[1][-1] = "många"
    write_rows(tmp_path / "number_of_tenders.csv.gz", rows)
    errors = [doc for _, doc in uhm.read_export(tmp_path) if isinstance(doc, InputError)]
    (p,) = errors[0].problems
    assert p.location.file.endswith("number_of_tenders.csv.gz") and p.location.line == 2
    assert p.location.field_path == "Antal anbud, Summa" and "ogiltigt antal anbud ”många”" in p.message


def test_a_contracted_value_the_model_cannot_take_is_located(tmp_path):
    """The row is mapped without validating the model again, but an amount over 10^15 kr, or with
    parts of öre, is still the row's error, named as the model names it."""
    write_slice(tmp_path, 60)
    rows = read_rows(tmp_path / "contracted_value.csv.gz")
    rows[1][-1], rows[2][-1] = "10000000000000000", "12.345"
    write_rows(tmp_path / "contracted_value.csv.gz", rows)
    messages = [p.message for _, doc in uhm.read_export(tmp_path) if isinstance(doc, InputError) for p in doc.problems]
    assert any("högst 1000000000000000" in m for m in messages)
    assert any("förväntade ett tal" in m and "12.345" in m for m in messages)
    good = [doc for _, doc in uhm.read_export(tmp_path) if not isinstance(doc, InputError)]
    assert any(doc.uppföljning.kontrakterat_värde is not None for doc in good)


def test_a_missing_column_or_a_broken_file_is_one_error(tmp_path):
    rows = procurement_rows(2)
    column = rows[0].index(uhm.C_DIRECTIVE)
    write_rows(tmp_path / uhm.PROCUREMENTS, [row[:column] + row[column + 1:] for row in rows])
    ((loc, error),) = list(uhm.read_export(tmp_path))
    assert loc.endswith(":rad 1") and "saknar kolumnerna ”Direktivstyrd”" in str(error)

    data = gzip.compress("\n".join(",".join(r) for r in procurement_rows(49)).encode())
    (tmp_path / uhm.PROCUREMENTS).write_bytes(data[: len(data) // 2])  # cut off half-way
    entries = list(uhm.read_export(tmp_path))
    assert isinstance(entries[-1][1], InputError)
    assert "trasig eller avkortad gzip-fil" in str(entries[-1][1])


def test_the_join_tells_apart_procurements_sharing_an_id():
    side = [(("MT4532", "2021000795", "2021-04-20", "A"), "first"), (("MT4532", "2021000795", "2021-06-15", "A"), "second"),
            (("MT3409", "2021001975", "2021-03-26", "X"), "x"), (("MT3409", "2021001975", "2021-03-26", "Y"), "y")]
    assert uhm._match(side[:2], ("MT4532", "2021000795", "2021-06-15", "A")) == ["second"]
    assert uhm._match(side[2:], ("MT3409", "2021001975", "2021-03-26", "Y")) == ["y"]
    assert uhm._match(side[2:], ("MT3409", "2021001975", "2021-03-27", "Y")) == []


@needs_uhm
def test_the_committed_slice_is_rows_of_the_real_export(tmp_path):
    """tests/data/uhm-2021-utdrag is exactly what `write_committed_slice` takes from ../shared, byte for byte."""
    made = write_committed_slice(tmp_path / "utdrag")
    for path in sorted(SLICE.iterdir()):
        assert path.read_bytes() == (made / path.name).read_bytes(), path.name
    assert sorted(p.name for p in SLICE.iterdir()) == sorted(p.name for p in made.iterdir())


def test_the_committed_slice_names_no_person():
    """Buyers are public bodies and companies; no cell holds an e-mail address, no free text (title, buyer) a phone
    number, no organisationsnummer is a personnummer (its third digit is 2 or more; a personnummer's is a month's)."""
    phone = re.compile(r"(?:\+46|\b0\d{1,3})[- ]?\d{2,3}[- ]?\d{2}[- ]?\d{2}\b")
    for path in sorted(SLICE.iterdir()):
        rows = read_rows(path)
        orgnr = rows[0].index("Organisationsnummer för köpare")
        texts = [rows[0].index("Upphandlingens titel"), rows[0].index("Namn för köpare")]
        for number, row in enumerate(rows[1:], start=2):
            assert not any("@" in cell for cell in row), (path.name, number)
            assert not any(phone.search(row[column]) for column in texts), (path.name, number)
            assert len(row[orgnr]) != 10 or row[orgnr][2] >= "2", (path.name, number)


def test_a_record_crosses_to_a_worker_as_it_was():
    """Rows go to worker processes pickled as plain tuples (`UhmRecord.__reduce__`): each comes back equal,
    also one whose values are not in the columns' order."""
    import pickle

    records = [record for _key, record in uhm.records(SLICE)]
    assert all(pickle.loads(pickle.dumps(r, pickle.HIGHEST_PROTOCOL)) == r for r in records)
    first = records[0]
    shuffled = uhm.UhmRecord(first.file, first.row, first.columns, dict(reversed(first.values.items())))
    back = pickle.loads(pickle.dumps(shuffled))
    assert back == shuffled and list(back.values) == list(shuffled.values)
