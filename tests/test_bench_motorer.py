"""bench/bench_motorer.py compares honestly: its hand-written floor means what native means.

The ratios it prints are only worth something when the floor does the same work as the
engine, unknown facts included. The script checks that before it times anything; these
tests keep the check in the suite, so that a change to the engine's meaning (or to the
model, e.g. a new fact that is unknown when left out) shows here and not only when
someone next runs the benchmark.
"""

from __future__ import annotations

import gc
import importlib.util
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import bench_motorer  # noqa: E402  (bench/ is not a package)
from motorer_handskrivna import DurableDirekt, durable_fakta, handskriven, handskriven_svar  # noqa: E402

from conftest import needs_durable  # noqa: E402
from kravmotor.model.dokument import Förfrågningsunderlag  # noqa: E402
from kravmotor.motor.facts import document_facts, resolve_parameters  # noqa: E402
from kravmotor.motor.native_backend import NativeEngine  # noqa: E402

ANTAL = 300


@pytest.fixture(scope="module")
def regelbok():
    return bench_motorer.läs_regelboken()


@pytest.fixture(scope="module")
def andelar(regelbok):
    grund = bench_motorer.grundunderlag(ANTAL, 3)
    return {procent: bench_motorer.Andel(procent, regelbok, grund, 3) for procent in bench_motorer.ANDELAR}


@pytest.mark.parametrize("procent", bench_motorer.ANDELAR)
def test_golvet_ger_native_och_referensens_svar_på_varje_underlag(regelbok, andelar, procent):
    andel = andelar[procent]
    native = NativeEngine(regelbok.rules, regelbok.derivations)
    golvet = [handskriven_svar(handskriven(d, p)) for d, p in zip(andel.data, andel.params)]
    motorn = [bench_motorer.outcome_svar(native.evaluate(d, p)) for d, p in zip(andel.data, andel.params)]
    assert bench_motorer.avvikelser(andel, golvet, motorn, "native") == []
    assert bench_motorer.avvikelser(andel, golvet, andel.facit) == []
    oavgjorda = sum(1 for svar in golvet if svar[1])
    # Not a comparison of empty answers: with unknowns many rules stay undecided, without none.
    assert (oavgjorda == 0) if procent == 0 else (oavgjorda > ANTAL // 2)
    assert sum(1 for svar in golvet if svar[0]) > ANTAL // 20


def test_golvet_säger_underlag_saknas_när_sista_anbudsdag_är_okänd(regelbok):
    """A golden case: an open procedure whose last day for tenders is declared unknown leaves
    MAT-03 undecided (not passed), in the floor as in native."""
    doc = bench_motorer.grundunderlag(1, 5)[0]
    doc.update(förfarande="öppet", okända_uppgifter=["sista_anbudsdag"])
    data, osäker = document_facts(Förfrågningsunderlag.model_validate(doc), regelbok.classifications)
    params = {namn: p.value for namn, p in resolve_parameters(regelbok.parameters, data, regelbok.param_conditions).items()}
    assert osäker
    träffar, oavgjorda, _ = handskriven(data, params)
    assert ("MAT-03", None) in oavgjorda and ("MAT-03", None) not in träffar
    native = bench_motorer.outcome_svar(NativeEngine(regelbok.rules, regelbok.derivations).evaluate(data, params))
    assert handskriven_svar((träffar, oavgjorda, _)) == native


@needs_durable  # skips without durable_rules, except in CI (conftest)
@pytest.mark.parametrize("procent", bench_motorer.ANDELAR)
def test_durable_direkt_ger_referensens_svar(andelar, procent):
    andel = andelar[procent]
    direkt = DurableDirekt()
    svar = [handskriven_svar(direkt.evaluate(durable_fakta(d, p))) for d, p in zip(andel.data, andel.params)]
    assert bench_motorer.avvikelser(andel, svar, andel.facit) == []


@pytest.mark.skipif(not all(importlib.util.find_spec(m) for m in ("durable", "zen", "rule_engine")),
                    reason="bench_motorer.py behöver tillägget bench (zen-engine, rule-engine) och durable_rules")
def test_skriptet_kontrollerar_och_skriver_kvoterna(capsys):
    """The whole script on a few documents: every engine agrees, and the goals table is printed."""
    gc.freeze()  # the script collects garbage before every timing; the test session's heap need not be searched each time
    try:
        assert bench_motorer.main(["--antal", "30", "--start-körningar", "0"]) == 0
    finally:
        gc.unfreeze()
    ut = capsys.readouterr().out
    assert "golvet mot native       0     0     0" in ut
    assert "AVVIKELSER" not in ut
    for procent in bench_motorer.ANDELAR:
        assert f"\n{procent} %" in ut.split("Mål:")[1]
