"""The hand labels of real tender documents (bench/lasning/etiketter/): every file follows the label schema.

The labels are the answer key the document extractor is measured against, so a malformed label would
silently skew precision and recall. They name documents in ../shared and must never carry personal data.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from conftest import in_ci

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "bench" / "lasning" / "etiketter"
TEMPLATES = LABELS / "mallar.json"
# The documents sit beside the repository, in ../shared, and are never copied into it.
CORPUS = ROOT.parent / "shared" / "data" / "upphandlingsdokument"

WORD_SUFFIXES = (".docx", ".doc", ".dotx")
PARTS = ("justering", "orörd")

PROCEDURES = {
    "öppet", "selektivt", "förhandlat med föregående annonsering", "förhandlat utan föregående annonsering",
    "konkurrenspräglad dialog", "innovationspartnerskap", "förenklat", "urvalsförfarande", "direktupphandling",
}


def _date(value) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _one_of(*allowed):
    return lambda value: value in allowed


def _amount(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


def _count(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _only_true(value) -> bool:
    # Clause presence is true or unknown; "the document has no such clause" is never labelled false.
    return value is True


def _items(name_key: str):
    def check(value) -> bool:
        return isinstance(value, list) and bool(value) and all(
            isinstance(item, dict) and set(item) == {name_key, "eller_likvärdigt"}
            and isinstance(item[name_key], str) and item[name_key].strip()
            and isinstance(item["eller_likvärdigt"], bool)
            for item in value)
    return check


SCHEMA = {
    "annonseringsdatum": _date,
    "sista_anbudsdag": _date,
    "lagrum": _one_of("LOU", "LUF", "LUK", "LOV"),
    "förfarande": _one_of(*PROCEDURES),
    "avropsform": _one_of("förnyad konkurrensutsättning", "rangordning", "dynamiskt inköpssystem"),
    "ramavtal": _only_true,
    "upphandlingsslag": _one_of("varor", "tjänster", "byggentreprenad"),
    "uppskattat_värde.totalt": _amount,
    "avtalstid.grundperiod_månader": _count,
    "avtalstid.förlängning_månader": _count,
    "antal_delkontrakt": _count,
    "omsättning.belopp": _amount,
    "omsättning.antal_år": _count,
    "referensuppdrag.antal": _count,
    "referensuppdrag.tidsperiod_månader": _count,
    "kreditupplysning.lägsta_riskklass": _count,
    "kreditupplysning.annan_bevisning_godtas": lambda value: isinstance(value, bool),
    "försäkring.belopp": _amount,
    "certifiering": _items("standard"),
    "varumärken": _items("namn"),
    "underleverantörsvillkor": _only_true,
    "sanktioner.vite": _only_true,
    "sanktioner.hävning": _only_true,
    "force_majeure": _only_true,
    "arbetsrättsliga_villkor": _only_true,
    "arbetsrättsliga_villkor.nivå": _one_of("central kollektivavtal", "lag", "ILO:s kärnkonventioner", "annan"),
    "sysselsättningskrav": _only_true,
    "miljökrav": _only_true,
    "miljökrav.nivå": _one_of("bas", "avancerad", "spjutspets"),
    "utvärdering.tilldelningsgrund": _one_of("pris", "kostnad", "bästa förhållandet mellan pris och kvalitet"),
    "utvärdering.pris_vikt": lambda value: _amount(value) and value <= 100,
    "regim": _one_of("direktivstyrd", "19 kap.", "direktupphandling", "bilaga 2-tjänst"),
    "förhandsannons": lambda value: isinstance(value, bool),
    "brådskande": lambda value: isinstance(value, bool),
}

# A level only makes sense when the fact it qualifies is labelled too.
QUALIFIES = {"arbetsrättsliga_villkor.nivå": "arbetsrättsliga_villkor", "miljökrav.nivå": "miljökrav"}

# Swedish telephone numbers as printed in the documents: 08-579 210 00, 070-123 45 67, 0701234567, +46 ...
PHONE = re.compile(r"(?:\+46|(?<![\d.,/\-–])0)\s?\d{1,3}(?:[\s\-–]?\d){5,8}(?!\d)")


def _label_files() -> list[Path]:
    return sorted(path for path in LABELS.glob("*.json") if path != TEMPLATES)


def _load(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


_ci = in_ci


LABEL_FILES = _label_files()


def test_there_are_labels_and_a_held_out_part():
    assert LABEL_FILES, f"inga etiketter i {LABELS}"
    parts = [_load(path)["del"] for path in LABEL_FILES]
    held_out = parts.count("orörd")
    assert held_out * 3 >= len(parts), f"{held_out} av {len(parts)} är orörda; minst en tredjedel ska hållas utanför"
    assert parts.count("justering") > 0


def test_templates_are_described():
    templates = _load(TEMPLATES)
    assert isinstance(templates, dict) and templates
    for key, description in templates.items():
        assert re.fullmatch(r"[A-Z][A-Z0-9]?", key), key
        assert isinstance(description, str) and description.strip(), key
    used = {_load(path)["mall"] for path in LABEL_FILES}
    assert used <= set(templates), f"mallar utan beskrivning i mallar.json: {sorted(used - set(templates))}"
    assert set(templates) <= used, f"mallar utan etiketter: {sorted(set(templates) - used)}"


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda path: path.stem)
def test_label_follows_the_schema(path: Path):
    text = path.read_text(encoding="utf-8")
    label = json.loads(text)
    assert text == json.dumps(label, ensure_ascii=False, indent=2, sort_keys=True) + "\n", \
        "etiketten ska skrivas med sorterade nycklar och två blankstegs indrag"
    assert set(label) in ({"fil", "mall", "del", "fält"}, {"fil", "mall", "del", "fält", "anmärkning"}), sorted(label)
    assert isinstance(label["fil"], str) and label["fil"].startswith("dokument/") and ".." not in label["fil"]
    assert label["del"] in PARTS
    if "anmärkning" in label:
        assert isinstance(label["anmärkning"], str) and label["anmärkning"].strip()

    fields = label["fält"]
    assert set(fields) == set(SCHEMA), (
        f"saknas: {sorted(set(SCHEMA) - set(fields))}, okända: {sorted(set(fields) - set(SCHEMA))}")
    word = label["fil"].lower().endswith(WORD_SUFFIXES)
    for key, entry in fields.items():
        if entry is None:
            continue
        assert isinstance(entry, dict), key
        if "konflikt" in entry:
            assert set(entry) == {"värde", "konflikt", "sida", "avsnitt"}, key
            assert entry["värde"] is None, f"{key}: en konflikt har värdet null"
            candidates = entry["konflikt"]
            assert isinstance(candidates, list) and len(candidates) >= 2, key
            assert all(SCHEMA[key](value) for value in candidates), f"{key}: {candidates!r}"
            assert len({json.dumps(value, sort_keys=True) for value in candidates}) == len(candidates), key
        else:
            assert set(entry) == {"värde", "sida", "avsnitt"}, key
            assert SCHEMA[key](entry["värde"]), f"{key}: {entry['värde']!r} har fel typ eller värde"
        page = entry["sida"]
        if word:
            assert page is None, f"{key}: Word-filer har inga sidnummer"
        else:
            assert isinstance(page, int) and not isinstance(page, bool) and page >= 1, f"{key}: sida {page!r}"
        assert entry["avsnitt"] is None or (isinstance(entry["avsnitt"], str) and entry["avsnitt"].strip()), key
    for level, fact in QUALIFIES.items():
        if fields[level] is not None:
            assert fields[fact] is not None, f"{level} är satt men inte {fact}"


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda path: path.stem)
def test_label_carries_no_contact_details(path: Path):
    for text in _strings(_load(path)):
        assert "@" not in text, f"{path.name}: en text innehåller '@'"
        match = PHONE.search(text)
        assert match is None, f"{path.name}: något som liknar ett telefonnummer: {match.group(0)!r}"


def test_phone_pattern_finds_numbers_but_not_dates_or_amounts():
    for number in ("08-579 210 00", "070-489 33 54", "0701234567", "0920-28 31 89", "+46 8 123 456 78"):
        assert PHONE.search(f"ring {number} i dag"), number
    for harmless in ("2025-04-14", "4 600 000 kr", "1 300 000 SEK", "avsnitt 4.1.15", "0-5 poäng", "RS 2025/1026",
                     "2022-12-01–2023-04-30"):
        assert PHONE.search(harmless) is None, harmless


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda path: path.stem)
def test_labelled_document_exists_in_shared(path: Path):
    if not CORPUS.is_dir():
        if _ci():
            pytest.fail(f"{CORPUS} saknas: i CI måste ../shared finnas bredvid repot för att etiketterna ska prövas")
        pytest.skip(f"{CORPUS} finns inte på den här maskinen")
    document = CORPUS / _load(path)["fil"]
    assert document.is_file(), f"{path.name} pekar på en fil som inte finns: {document}"
