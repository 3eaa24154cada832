"""Issue 16's new facts stay unknown wherever a source does not really read them: the Word/PDF reader's
draft, eForms notices and the statistics export. Never "no", never left out as if the documents said
nothing (which for some of them would let a rule pass)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kravmotor.lasning import draft
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.model.fields import parse_path
from kravmotor.motor.facts import document_data
from kravmotor.sources import uhm
from kravmotor.sources.eforms import load_notice
from kravmotor.values import UNKNOWN
from syntetiska import AVROP_FKU, BYGG_SKOLA, ÖPPET_MED_BRISTER, skapa_docx
from uhm_data import write_slice

EFORMS = sorted(p for p in (Path(__file__).parent / "fixtures" / "eforms").glob("*.xml") if not p.name.startswith("INVALID"))
# Procedures with a request to participate: the application deadline and the invitation exist there.
WITH_APPLICATIONS = {"selektivt", "förhandlat med föregående annonsering", "konkurrenspräglad dialog", "innovationspartnerskap"}


def _at(data: dict, path: str):
    """The value at a path without indices (`utvärderingsmodell.kriterier`); UNKNOWN inside an unknown object."""
    node = data
    for name, _ in parse_path(path):
        if node is UNKNOWN:
            return UNKNOWN
        node = node.get(name) if isinstance(node, dict) else None
    return node


def new_facts_unknown(doc: Förfrågningsunderlag) -> list[str]:
    """The new facts the document has a value for, or leaves out as if the documents said nothing."""
    data = document_data(doc)
    paths = ["andra_företags_kapacitet", "tillgänglighet", "utvärderingsmodell.kriterier"]
    if doc.ramavtal is not False:
        paths.append("ramavtalet")
    if doc.förfarande is None or doc.förfarande in WITH_APPLICATIONS:
        paths += ["sista_ansökningsdag", "inbjudan_att_lämna_anbud"]
    wrong = [p for p in paths if _at(data, p) is not UNKNOWN]
    requirements = data.get("kvalificeringskrav")
    if len(doc.delkontrakt) > 1 and isinstance(requirements, list):  # which lot a requirement is for: read by none
        wrong += [f"kvalificeringskrav[{i}].delkontrakt" for i, krav in enumerate(requirements)
                  if isinstance(krav, dict) and krav.get("delkontrakt") is not UNKNOWN]
    return wrong


@pytest.mark.parametrize("document", [BYGG_SKOLA, AVROP_FKU, ÖPPET_MED_BRISTER], ids=["bygg", "avrop", "öppet"])
def test_the_readers_draft_leaves_the_new_facts_unknown(tmp_path, document):
    doc = draft([skapa_docx(document, tmp_path / "underlag.docx")]).document()
    assert new_facts_unknown(doc) == []


@pytest.mark.parametrize("path", EFORMS, ids=[p.name for p in EFORMS])
def test_an_eforms_notice_leaves_the_new_facts_unknown(path):
    assert new_facts_unknown(load_notice(path)) == []


def test_the_statistics_export_leaves_the_new_facts_unknown(tmp_path):
    docs = [doc for _, doc in uhm.read_export(write_slice(tmp_path / "export", 60))]
    assert any(doc.ramavtal for doc in docs)  # framework agreements are among them
    assert {p for doc in docs for p in new_facts_unknown(doc)} == set()
