"""The reports of `granska` (text, JSON, SARIF) byte for byte as they were before the reports were made fast.

The documents are the bundled examples, documents from bench_granska's generator and a few written
here to reach what the generator never writes: unknown facts, spans, origins with long quotes,
text that rich treats specially (markup, emoji codes, control characters, tabs, wide characters,
long words), and a file that cannot be read. None holds personal data. The expected reports in
tests/data/granska_golden/ were first written by the code before the change (commit a9d1d67); when a
rule or a report changes on purpose, rewrite them with

    KRAVMOTOR_SKRIV_GOLDEN=1 .venv/bin/pytest tests/test_granska_golden.py

which writes them through the slow paths the fast ones must equal (rich for the text, `json.dumps`
for JSON and SARIF), and read the diff before committing it.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
from pathlib import Path

import pytest
import yaml

from kravmotor.checks import check_files, render_run
from kravmotor.rapport import json_report, json_text, sarif
from kravmotor.rapport import text as text_report

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bench_granska import generate_document, yaml_text  # noqa: E402  (bench/ is not a package)

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "data" / "granska_golden"
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml"))
FORMATS = {"text": "rapport.txt", "json": "rapport.json", "sarif": "rapport.sarif"}


def _edge_cases() -> dict[str, dict]:
    """Documents whose texts (id, file name, justifications, origins) exercise every way rich could render a
    line differently from plain text: markup, emoji codes, control characters, tabs, wide and combining
    characters, long words and runs of spaces; and unknown facts, spans and origins with long quotes."""
    rng = random.Random(19)
    base = generate_document(rng, 900)
    long_quote = ("Anbudsgivaren ska ha en omsättning om minst fyrtio miljoner kronor per år under vart och ett av "
                  "de tre senaste räkenskapsåren, styrkt med årsredovisningar, och ett kreditbetyg som visar god "
                  "ekonomisk stabilitet enligt ett oberoende kreditvärderingsinstitut.")
    texts = {
        "vanlig": long_quote,
        "[b]markup[/b]": "Skäl med [bold]hakparenteser[/bold], [red]färg[/red] och \\[escape] och snedstreck \\",
        "emoji": "Skäl :smile: och :bil: kl 12:30:00 :thumbs_up: och:x:",
        "styrtecken": "Skäl\tmed tabb och \x07klocka\r och \u202eomvänd och \x1b[31mröd",
        "breda": "Skäl på 清掃サービス och emoji 🧹 och kombinerande a\u030a och mjukt bind\xadestreck",
        "långa ord": "Ett " + "mycketlångtordutanmellanrum" * 8 + " slut   mellanrum     " + "x " * 60,
        "radbrytning": "Första raden.\nAndra raden, med  dubbla  mellanrum.\n\nEfter en tom rad.",
    }
    documents = {}
    for n, (name, text) in enumerate(texts.items()):
        document = dict(base)
        document["id"] = f"KANT-{n}-{name}"
        document["regim"], document["lagrum"] = "direktivstyrd", "LOU"
        document["kvalificeringskrav"] = [{"typ": "omsättning", "belopp": 10**9, "antal_år": 5},
                                          {"typ": "kreditupplysning", "lägsta_riskklass": 3, "annan_bevisning_godtas": False}]
        document["tekniska_specifikationer"] = [{"beskrivning": "Maskin", "hänvisning": "fabrikat",
                                                 "hänvisning_namn": "Acme", "eller_likvärdigt": False}]
        document["motiveringar"] = [{"regel": "PROP-07", "text": text}, {"regel": "PROP-01", "text": text}]
        document["ursprung"] = {"kvalificeringskrav": {"fil": f"Administrativa föreskrifter {name}.pdf", "sida": 3,
                                                       "avsnitt": "2.2", "rubrik": "Ekonomisk ställning", "citat": text},
                                "uppskattat_värde": f"BT-27 (cbc:EstimatedOverallContractAmount): {text}"}
        documents[f"k{n:02d} {name.replace('/', '')}.yaml"] = document
    documents["k90 okända.yaml"] = {**base, "id": "KANT-OKÄNT", "uppskattat_värde": {"totalt": "okänt"},
                                    "sista_anbudsdag": "vet inte", "förfarande": "okänt"}
    documents["k91 spann.yaml"] = {**base, "id": "KANT-SPANN",
                                   "uppskattat_värde": {"totalt": {"lägst": 1_000_000, "högst": 90_000_000}}}
    return documents


def _write_documents(folder: Path) -> list[str]:
    names = []
    for path in EXAMPLES:
        shutil.copy(path, folder / path.name)
        names.append(path.name)
    rng = random.Random(7)
    for n in range(8):
        name = f"g{n:03d}.yaml"
        (folder / name).write_text(yaml_text(generate_document(rng, n)), encoding="utf-8")
        names.append(name)
    for name, document in _edge_cases().items():
        (folder / name).write_text(yaml.safe_dump(_plain(document), allow_unicode=True, sort_keys=False), encoding="utf-8")
        names.append(name)
    (folder / "g100.json").write_text(__import__("json").dumps(_plain(generate_document(rng, 100)), ensure_ascii=False),
                                      encoding="utf-8")
    names.append("g100.json")
    (folder / "trasig.yaml").write_text("id: X\ntitel: [oavslutad\n", encoding="utf-8")
    names.append("trasig.yaml")
    return names


def _plain(value):
    from bench_granska import _plain as plain

    return plain(value)


@pytest.fixture(scope="module")
def reports(tmp_path_factory, rulebook, checker):
    folder = tmp_path_factory.mktemp("golden")
    names = _write_documents(folder)
    here = Path.cwd()
    os.chdir(folder)  # relative names, so the reports do not name the temporary folder
    try:
        run = check_files([Path(n) for n in names], checker)
        with pytest.MonkeyPatch.context() as patch:
            for module in (json_report, sarif):
                patch.setattr(module, "__version__", "GOLDEN")  # the version changes; the report must not
            if os.environ.get("KRAVMOTOR_SKRIV_GOLDEN"):  # the expected reports come from the slow, trusted paths
                patch.setattr(text_report, "PlainPrinter", text_report.RichPrinter)
                patch.setattr(json_text, "dumps", lambda value: json.dumps(value, ensure_ascii=False, indent=2))
            return {fmt: render_run(run, fmt, rulebook) for fmt in FORMATS}
    finally:
        os.chdir(here)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_report_is_byte_identical_to_the_golden_file(reports, fmt):
    path = GOLDEN / FORMATS[fmt]
    if os.environ.get("KRAVMOTOR_SKRIV_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(reports[fmt].encode("utf-8"))
    assert reports[fmt] == path.read_bytes().decode("utf-8")


def test_the_golden_files_cover_what_they_claim(reports):
    text = reports["text"]
    for seen in ("Källa i underlaget:", "UNDERLAG SAKNAS", "BEDÖMNING KRÄVS", "SAKNADE UPPGIFTER", "FEL I INDATA",
                 "MOTIVERAD AVVIKELSE", "Motivering:", "Anmärkning:", "Värden:"):
        assert seen in text, seen
    assert sum(len(line) == 100 for line in text.splitlines()) > 10  # lines were wrapped
    assert "Skäl :smile: och :bil: kl 12:30:00 :thumbs_up: och:x:" in text and "😄" not in text  # quoted as written
