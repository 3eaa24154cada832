"""Reading Word and PDF documents: blocks with their place, extraction with its source, bad input, `kravmotor läs`."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from kravmotor.cli import main
from kravmotor.errors import DocumentError
from kravmotor.fritext.datum import dates
from kravmotor.fritext.tal import periods_in_months, plus_periods
from kravmotor.lasning import draft, read_document
from kravmotor.lasning.block import Limits, split_section_number
from kravmotor.lasning.extract import FIELDS, extract
from kravmotor.lasning.kalla import Kandidat, Källa, resolve
from kravmotor.lasning.matning import score, total
from kravmotor.model.loading import load_document
from syntetiska import (AVROP_FKU, BYGG_SKOLA, MOTSTRIDIGT, ÖPPET_MED_BRISTER, skapa_alla, skapa_docx, skapa_pdf)

LABEL_SCHEMA_FIELDS = [
    "annonseringsdatum", "sista_anbudsdag", "lagrum", "förfarande", "avropsform", "ramavtal", "upphandlingsslag",
    "uppskattat_värde.totalt", "avtalstid.grundperiod_månader", "avtalstid.förlängning_månader", "antal_delkontrakt",
    "omsättning.belopp", "omsättning.antal_år", "referensuppdrag.antal", "referensuppdrag.tidsperiod_månader",
    "kreditupplysning.lägsta_riskklass", "kreditupplysning.annan_bevisning_godtas", "försäkring.belopp", "certifiering",
    "varumärken", "underleverantörsvillkor", "sanktioner.vite", "sanktioner.hävning", "force_majeure",
    "arbetsrättsliga_villkor", "arbetsrättsliga_villkor.nivå", "sysselsättningskrav", "miljökrav", "miljökrav.nivå",
    "utvärdering.tilldelningsgrund", "utvärdering.pris_vikt", "regim", "förhandsannons", "brådskande",
]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    return skapa_alla(tmp_path_factory.mktemp("syntetiska"))


def test_extractor_covers_exactly_the_label_schema():
    assert sorted(FIELDS) == sorted(LABEL_SCHEMA_FIELDS)


def test_precision_on_synthetic_documents_is_at_least_097(synthetic):
    per_field = {name: total({}) for name in FIELDS}
    for name, path, labels in synthetic:
        for field_name, count in score(name, extract(read_document(path)), labels, FIELDS).items():
            per_field[field_name].add(count)
    whole = total(per_field)
    assert whole.extraherade > 80, "the synthetic set must exercise the extractors"
    assert whole.precision >= 0.97, "\n".join(whole.fel)
    assert whole.konflikter_okända == whole.konflikter == 2


def test_open_procedure_with_flaws_is_read_with_sources(synthetic):
    path = next(p for name, p, _ in synthetic if name == "oppet-stad-med-brister")
    found = extract(read_document(path))
    assert found["förfarande"].värde == "öppet"
    assert found["omsättning.belopp"].värde == Decimal(25_000_000)
    assert found["uppskattat_värde.totalt"].värde == Decimal(10_000_000)
    assert (found["sista_anbudsdag"].värde - found["annonseringsdatum"].värde).days == 20
    assert found["varumärken"].värde == [{"namn": "Kärcher", "eller_likvärdigt": False}]
    source = found["omsättning.belopp"].källa
    assert (source.fil, source.avsnitt, source.rubrik) == ("oppet-stad-med-brister.docx", "3.1", "Ekonomisk ställning")
    assert "25 000 000 kronor" in source.citat
    assert found["omsättning.belopp"].status == "utkast" and found["omsättning.belopp"].säkerhet >= 0.8


def test_conflicting_statements_leave_the_field_unknown_with_candidates(synthetic):
    path = next(p for name, p, _ in synthetic if name == "motstridigt")
    found = extract(read_document(path))
    deadline = found["sista_anbudsdag"]
    assert deadline.värde is None and deadline.läge == "konflikt"
    assert {c.värde for c in deadline.kandidater} == {dt.date(2026, 10, 1), dt.date(2026, 10, 15)}
    assert found["uppskattat_värde.totalt"].värde is None  # two amounts in one sentence: unsure
    assert found["lagrum"].läge == "okänd"  # not found is unknown, never "nej"


def test_traps_are_not_read_as_facts(tmp_path):
    found = extract(read_document(skapa_docx(AVROP_FKU, tmp_path / "avrop.docx")))
    assert found["lagrum"].värde is None  # LOU named only in a termination clause
    assert found["sanktioner.vite"].värde is None  # "Inget vite utgår"
    assert found["miljökrav"].värde is None  # testmiljö, arbetsmiljö
    assert found["antal_delkontrakt"].värde is None  # "inte uppdelad i delkontrakt"
    assert found["förfarande"].värde is None  # a call-off is not a procedure
    assert found["avropsform"].värde == "förnyad konkurrensutsättning"


@pytest.mark.parametrize(("sentence", "field_name"), [
    # Seen in real documents: another law's 19 kap., and urgency that is about the standstill period.
    ("Om någon efter avslutad upphandling begär ett offentliggörande i enlighet med reglerna i 19 kap 3§ "
     "offentlighets- och sekretesslag (2009:400), kommer myndigheten att göra en sekretessprövning.", "regim"),
    ("Upphandlingen genomförs med öppet förfarande enligt 6 kap. LOU.", "regim"),  # 19 kap. 7 § allows 6 kap. too
    ("Myndigheten har inte för avsikt att tillämpa avtalsspärren på grund av uppdragets brådskande karaktär.", "brådskande"),
])
def test_sentences_that_do_not_settle_a_field(tmp_path, sentence, field_name):
    found = extract(read_document(skapa_docx([("h1", "Administrativa föreskrifter"), ("p", sentence)], tmp_path / "a.docx")))
    assert field_name not in found or found[field_name].värde is None


@pytest.mark.parametrize(("sentence", "field_name", "expected"), [
    ("Upphandlingen genomförs som ett förenklat förfarande enligt 19 kap. LOU.", "regim", "19 kap."),
    ("Upphandlingens värde överstiger EU:s tröskelvärde.", "regim", "direktivstyrd"),
    ("Anbudstiden är förkortad på grund av synnerlig brådska som myndigheten inte kunnat förutse.", "brådskande", True),
])
def test_sentences_that_settle_a_field(tmp_path, sentence, field_name, expected):
    found = extract(read_document(skapa_docx([("h1", "Administrativa föreskrifter"), ("p", sentence)], tmp_path / "a.docx")))
    assert found[field_name].värde == expected


def test_resolve_takes_agreeing_sure_readings_and_shows_unsure_ones():
    source = Källa("a.pdf", 1, "1", "R", "text")
    assert resolve("x", [Kandidat("x", 3, source, 0.9), Kandidat("x", 3, source, 0.85)]).värde == 3
    unsure = resolve("x", [Kandidat("x", 3, source, 0.5)])
    assert unsure.värde is None and unsure.läge == "osäker"


# --- reading -----------------------------------------------------------------------------------


def test_word_heading_numbers_come_from_the_numbering_definitions(tmp_path):
    blocks = read_document(skapa_docx(ÖPPET_MED_BRISTER, tmp_path / "u.docx"))
    headings = [(b.section, b.heading) for b in blocks if b.kind == "rubrik"]
    assert ("1", "Inbjudan att lämna anbud") in headings
    assert ("3.1", "Ekonomisk ställning") in headings and ("4.5", "Miljö") in headings
    assert all(b.page is None for b in blocks)


def test_word_content_control_value_is_read_and_placeholder_skipped(tmp_path):
    blocks = read_document(skapa_docx(ÖPPET_MED_BRISTER, tmp_path / "u.docx"))
    texts = [b.text for b in blocks]
    assert "Sista dag för att lämna anbud är 2026-03-22" in texts
    assert not any("Klicka eller tryck" in t for t in texts)


def test_pdf_headings_pages_and_table_cells(tmp_path):
    blocks = read_document(skapa_pdf(BYGG_SKOLA, tmp_path / "bygg.pdf"))
    assert [b.text for b in blocks if b.kind == "rubrik"][:2] == ["1. Administrativa föreskrifter", "1.1 Förfarande"]
    turnover = next(b for b in blocks if "årsomsättning" in b.text)
    assert (turnover.section, turnover.heading, turnover.page) == ("2.1", "Ekonomisk ställning", 1)
    cells = [b for b in blocks if b.kind == "tabellcell"]
    assert [c.text for c in cells if c.row == cells[0].row + 1] == ["Pris", "60 %"]


def test_section_numbers_typed_by_hand():
    assert split_section_number("3.2Typ av uppdrag") == ("3.2", "Typ av uppdrag")
    assert split_section_number("4.4 Sista dag för att lämna anbud") == ("4.4", "Sista dag för att lämna anbud")
    assert split_section_number("2021-05-17") == (None, "2021-05-17")
    assert split_section_number("100 000 kr") == (None, "100 000 kr")


def test_swedish_dates_and_periods():
    assert dates("senast den 14 maj 2026, alternativt 2026-05-15 eller 16/5 2026") == [
        dt.date(2026, 5, 14), dt.date(2026, 5, 15), dt.date(2026, 5, 16)]
    assert dates("2021-02-30") == []
    assert [m for m, _ in periods_in_months("två (2) år och 6 månader")] == [24, 6]
    assert [(b, e) for b, e, _ in plus_periods("avtalet gäller 2+1+1 år")] == [(24, 24)]


# --- bad input: located Swedish errors ---------------------------------------------------------


def _error(path: Path, limits: Limits = Limits()) -> str:
    with pytest.raises(DocumentError) as caught:
        read_document(path, limits)
    message = str(caught.value)
    assert message.startswith(path.name), message
    return message


def test_encrypted_word_file(tmp_path):
    path = tmp_path / "hemlig.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 512)
    assert "krypterat eller lösenordsskyddat" in _error(path)


def test_encrypted_pdf(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    path = tmp_path / "låst.pdf"
    pdf = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("hemligt", canPrint=0))
    pdf.drawString(72, 720, "Sista anbudsdag 2026-01-01")
    pdf.save()
    assert "lösenordsskyddad" in _error(path)


def test_pdf_without_text_layer_needs_ocr(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "skannad.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.rect(72, 72, 400, 600, fill=1)
    pdf.showPage()
    pdf.save()
    assert "OCR" in _error(path)


def test_file_that_is_not_what_its_suffix_says(tmp_path):
    path = tmp_path / "underlag.pdf"
    skapa_docx(BYGG_SKOLA, tmp_path / "u.docx").rename(path)
    assert "inte en PDF som filändelsen .pdf säger, utan ett Word-dokument" in _error(path)
    text = tmp_path / "anteckning.docx"
    text.write_text("bara text", encoding="utf-8")
    assert "okänt filformat" in _error(text)


def test_zip_bomb_and_corrupt_word_files(tmp_path):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * 5_000_000)
    assert "zip-bomb" in _error(bomb)
    corrupt = tmp_path / "trasig.docx"
    corrupt.write_bytes(b"PK\x03\x04word/" + b"x" * 100)
    assert "skadad" in _error(corrupt)


def test_page_limit(tmp_path):
    path = skapa_pdf(BYGG_SKOLA * 3, tmp_path / "lång.pdf")
    assert "sidor; högst 1 läses" in _error(path, type("Få", (Limits,), {"max_pages": 1})())


def test_odt_without_libreoffice_names_the_debian_package(tmp_path, monkeypatch):
    monkeypatch.setattr("shutil.which", lambda name: None)
    path = tmp_path / "u.odt"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    path.write_bytes(buffer.getvalue())
    assert "libreoffice-writer-nogui" in _error(path)


# --- kravmotor läs ---------------------------------------------------------------------------


def test_las_writes_a_draft_that_loads_and_keeps_going_after_a_bad_file(tmp_path):
    good = skapa_docx(ÖPPET_MED_BRISTER, tmp_path / "upphandling.docx")
    bad = tmp_path / "trasig.pdf"
    bad.write_bytes(b"%PDF-1.4 trasig")
    out = tmp_path / "utkast"
    result = CliRunner().invoke(main, ["läs", str(good), str(bad), "--utdata", str(out)])
    assert result.exit_code == 2, result.output
    assert "trasig.pdf: filen är skadad" in result.stderr
    written = out / "upphandling.yaml"
    document = load_document(written)
    assert document.förfarande == "öppet" and document.kvalificeringskrav[0].belopp == Decimal(25_000_000)
    assert "upphandlingsslag" in document.okända_uppgifter  # not stated: unknown, never guessed
    # one environmental requirement found, its level not stated, and others may exist
    assert {"miljökrav[0].nivå", "miljökrav[+]", "kvalificeringskrav[+]"} <= set(document.okända_uppgifter)
    origin = document.ursprung["kvalificeringskrav[0]"]
    assert (origin.avsnitt, origin.rubrik, origin.status) == ("3.1", "Ekonomisk ställning", "utkast")
    assert "25 000 000 kronor" in origin.citat
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# Utkast ur upphandling.docx")


def test_las_as_one_procurement_shows_conflicts(tmp_path):
    first = skapa_pdf(MOTSTRIDIGT, tmp_path / "a.pdf")
    second = skapa_docx(AVROP_FKU, tmp_path / "b.docx")
    result = CliRunner().invoke(main, ["läs", "--som-ett", str(first), str(second)])
    assert result.exit_code == 0, result.output
    assert "# Motstridiga uppgifter (lämnade okända):" in result.stdout
    assert "sista_anbudsdag" in result.stdout.split("# Motstridiga uppgifter")[1].split("\nid:")[0]


def test_draft_of_several_files_names_them_all(tmp_path):
    utkast = draft([skapa_pdf(BYGG_SKOLA, tmp_path / "af.pdf"), skapa_docx(AVROP_FKU, tmp_path / "avtal.docx")])
    assert utkast.files == ["af.pdf", "avtal.docx"]
