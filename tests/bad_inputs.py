"""One input file per failure class of issue 13, each with where its error must point.

Used by the reproducer tests (`granska`, one file at a time) and by the revision test
that mixes them into a folder of good documents.
"""

from __future__ import annotations

import copy
import csv
import gzip
import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from documents import BASE_DOCUMENT
from kravmotor.sources import uhm

XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'


@dataclass
class Bad:
    name: str
    path: Path
    line: int | None  # the line the error names, None when only the file is named
    words: str  # a part of the Swedish message


def good_yaml(number: int = 0, **changes) -> str:
    raw = copy.deepcopy(BASE_DOCUMENT)
    raw["id"] = f"DOK-{number}"
    raw.update(changes)
    return yaml.safe_dump(raw, allow_unicode=True, sort_keys=False)


def _line_of(text: str, start: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def write_bad_documents(directory: Path) -> list[Bad]:
    """Every document-level failure class, one file each."""
    directory.mkdir(parents=True, exist_ok=True)
    bad: list[Bad] = []

    def text(name: str, content: str, line: int | None, words: str) -> None:
        path = directory / name
        path.write_text(content, encoding="utf-8")
        bad.append(Bad(name, path, line, words))

    base = good_yaml(99)
    with_title = base.replace("titel: Scenario", 'titel: "Städ\x07ning"')
    text("styrtecken.yaml", with_title, _line_of(with_title, "titel:"), "otillåtet tecken U+0007")
    text("rekursivt-alias.yaml", "id: &a [*a]\n", 1, "rekursivt alias")
    stamped = base.replace("annonseringsdatum: '2026-03-02'", "annonseringsdatum: !!timestamp abc")
    text("timestamp-abc.yaml", stamped, _line_of(stamped, "annonseringsdatum:"), "förväntade ett datum")
    flagged = base.replace("elektronisk_anbudsgivning: true", "elektronisk_anbudsgivning: !!bool kanske")
    text("bool-kanske.yaml", flagged, _line_of(flagged, "elektronisk_anbudsgivning:"), "förväntade sant eller falskt")
    text("heltal-5000.yaml", base.replace("id: DOK-99", "id: " + "9" * 5000), _line_of(base, "id:"), "talet har 5000 siffror")
    text("heltal-5000.json", '{"id": ' + "9" * 5000 + "}", 1, "talet har 5000 siffror")
    text("djup-950.json", '{"id": ' + "[" * 950 + "]" * 950 + "}", 1, "nästlad djupare")
    text("surrogat.json", json.dumps({**json.loads(json.dumps(yaml.safe_load(base))), "titel": "A\ud800B"}), None,
         "surrogattecken")
    text("surrogat.yaml", base.replace("titel: Scenario", 'titel: "A\\ud800B"'), _line_of(base, "titel:"), "surrogattecken")
    text("djup-1000.xml", XML_HEAD + "<a>" * 1000 + "</a>" * 1000, 2, "nästlade djupare")
    text("okand-kodning.xml", '<?xml version="1.0" encoding="foo"?>\n<a/>', 1, "teckenkodningen ”foo”")
    text("flerbyteskodning.xml", '<?xml version="1.0" encoding="shift_jis"?>\n<a/>', 1, "teckenkodningen ”shift_jis”")
    text("aliasbomb.yaml", alias_bomb(), 6, "med alias (*namn) utvecklade")
    text("attribut.xml", XML_HEAD + '<ContractNotice x="' + "a" * 10_000_000 + '"/>', 2, "ett attributvärde är 10000000 tecken")
    (directory / "latin1.yaml").write_bytes(base.replace("Scenario", "Städning").encode("latin-1"))
    bad.append(Bad("latin1.yaml", directory / "latin1.yaml", _line_of(base, "titel:"), "inte UTF-8-kodad"))
    (directory / "utf16-utan-bom.yaml").write_bytes(base.encode("utf-16-le"))
    bad.append(Bad("utf16-utan-bom.yaml", directory / "utf16-utan-bom.yaml", 1, "nolltecken"))
    huge = directory / "stor.json"  # 200 MB without taking 200 MB of disk: the size is refused before any reading
    with huge.open("wb") as stream:
        stream.truncate(200 * 1024 * 1024)
    bad.append(Bad("stor.json", huge, None, "filen är 200 MB"))
    return bad


def alias_bomb(levels: int = 9) -> str:
    """A 500-byte YAML file whose aliases expand to 9^9 values."""
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


# --- a statistics export with one bad row of each kind ------------------------------------------

GOOD_ROW = {
    uhm.C_ID: "MT1", uhm.C_NAME: "Exempelby kommun", uhm.C_ORGNR: "2120000000", uhm.C_SECTOR: "Kommun",
    uhm.C_SUBSECTOR: "Kommun", uhm.C_FORM: "Kommun", uhm.C_KIND: "Tjänster", uhm.C_CPV: "90911200 Lokalvård",
    uhm.C_LEGAL: "Direktiv 2014/24/EU", uhm.C_DIRECTIVE: "True", uhm.C_PROCEDURE: "Öppet förfarande",
    uhm.C_CONTRACT: "Kontrakt", uhm.C_COORDINATED: "False", uhm.C_GREEN: "", uhm.C_SOCIAL: "", uhm.C_INNOVATION: "",
    uhm.C_RESERVED: "False", uhm.C_RESERVED_EXEC: "False", uhm.C_DATABASE: "Exempel", uhm.C_REVIEWED: "False",
    uhm.C_TITLE: "Lokalvård", uhm.C_DATE: "2021-03-01",
}


def _row(number: int, **changes) -> list[str]:
    values = {**GOOD_ROW, uhm.C_ID: f"MT{number}", **changes}
    return [values[column] for column in GOOD_ROW]


def write_bad_export(directory: Path) -> dict[int, str]:
    """An export of 9 rows: 2, 5 and 8 bad (oversized field, Latin-1 bytes, unknown förfarande); row → message part."""
    directory.mkdir(parents=True, exist_ok=True)
    lines = []
    for number in range(2, 11):
        row = _row(number)
        if number == 2:
            row = _row(number, **{uhm.C_TITLE: "x" * 200_000})
        elif number == 8:
            row = _row(number, **{uhm.C_PROCEDURE: "Lotteri"})
        buffer = _csv_line(row)
        if number == 5:  # a row written by a program that used Latin-1: the rest of the file is UTF-8 again
            lines.append(_csv_line(_row(number, **{uhm.C_NAME: "Gävle kommun"})).encode("latin-1"))
            continue
        lines.append(buffer.encode("utf-8"))
    header = _csv_line(list(GOOD_ROW)).encode("utf-8")
    with gzip.open(directory / uhm.PROCUREMENTS, "wb") as stream:
        stream.write(header + b"".join(lines))
    return {2: "ett fält på raden är längre än gränsen", 5: "inte är UTF-8", 8: "okänt värde ”Lotteri”"}


def _csv_line(cells: list[str]) -> str:
    import io

    buffer = io.StringIO()
    csv.writer(buffer).writerow(cells)
    return buffer.getvalue()
