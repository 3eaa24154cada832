"""Every rule has acceptance scenarios, and every feature file is about one known rule.

Checks the feature files under features/ against the rulebook under rules/:

(a) each rule has a feature file tagged with its code (`@PROP-04`), with at least
    one `@brist` and one `@godtagbart` scenario, a `@motiverad_avvikelse`
    scenario when the rule allows a justification (`motivering tillåten`), and an
    `@okänd` scenario in which a fact the rule reads is unknown (every rule reads
    at least the day it is judged by), which must make a fact unknown in its own steps;
(b) every tag that looks like a rule code names a rule in the rulebook;
(c) every feature file starts with `# language: sv`;
(d) a feature is about one rule: its checking steps (`ger regeln X ...`,
    `meddelandet för X ...`, `fyndet för X ...`) name only the feature's own
    rule, except `ger regeln X inget fynd`, which may name any rule.

The feature files are read by `kravmotor.feature_files` (the Gherkin parser pytest-bdd runs them
with), as the rulebook and `ny-regel` read them. Scenario tags are the scenario's own tags, not the
ones it inherits from the feature.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kravmotor.feature_files import LANGUAGE_LINE, Feature, parse_feature
from kravmotor.lang.loader import load_rulebook
from kravmotor.resources import features_dir, rules_dir

RULE_CODE = re.compile(r"^[A-ZÅÄÖ]{2,6}-\d{2,4}$")
_CODE = r"[A-ZÅÄÖ]{2,6}-\d{2,4}"

# Steps that check a rule's findings, and the one form that may name another rule.
_CHECKS = re.compile(rf"^(?:ger regeln|meddelandet för|fyndet för) (?P<code>{_CODE})\b(?P<rest>.*)$")
_NO_FINDING = re.compile(rf"^ger regeln {_CODE} inget fynd$")

BRIST, GODTAGBART, MOTIVERAD, OKÄND = "brist", "godtagbart", "motiverad_avvikelse", "okänd"
# The steps that make a fact unknown: a document's (`att X inte är känd`) or a supplier's (`inte är hämtad`).
_UNKNOWN_STEP = re.compile(r"inte är (?:känd|känt|kända|hämtad|hämtat|hämtade)$")


def _name(feature: Feature) -> str:
    try:
        return str(feature.path.relative_to(features_dir().parent))
    except ValueError:
        return str(feature.path)


def _rule_codes(feature: Feature) -> list[str]:
    return sorted(t for t in feature.tags if RULE_CODE.match(t))


FEATURE_PATHS = sorted(features_dir().rglob("*.feature"))
FEATURES = {path: parse_feature(path) for path in FEATURE_PATHS}
RULEBOOK = load_rulebook(rules_dir())
RULES = {rule.code: rule for rule in RULEBOOK.rules}


def _relative(file: str | None) -> str:
    if not file:
        return "okänd fil"
    try:
        return str(Path(file).resolve().relative_to(rules_dir().resolve().parent))
    except ValueError:
        return file


def _id(path: Path) -> str:
    return path.name


def test_det_finns_feature_filer():
    assert FEATURE_PATHS, f"Inga feature-filer hittades under {features_dir()}."


# --- (a) every rule has its scenarios -------------------------------------------------


@pytest.mark.parametrize("code", sorted(RULES))
def test_regeln_har_feature_med_scenarier(code):
    rule = RULES[code]
    files = [f for f in FEATURES.values() if code in f.tags]
    assert files, (
        f"Regeln {code} ({_relative(rule.file)}) har ingen feature-fil med taggen @{code}; "
        f"skriv features/{rule.area or '<område>'}/{code}.feature."
    )
    tags = set().union(*(s.tags for f in files for s in f.scenarios))
    names = ", ".join(_name(f) for f in files)
    required = [(BRIST, "där regeln ger sitt utfall"), (GODTAGBART, "där underlaget godtas, helst vid gränsen"),
                (OKÄND, "där en uppgift regeln läser är okänd, med det utfall som då gäller")]
    if rule.justification_allowed:
        required.append((MOTIVERAD, "som regeln kräver eftersom den har ”motivering tillåten”"))
    missing = [f"@{tag} ({why})" for tag, why in required if tag not in tags]
    assert not missing, f"{names}: regeln {code} saknar scenario taggat " + " och ".join(missing) + "."


@pytest.mark.parametrize("path", FEATURE_PATHS, ids=lambda p: p.name)
def test_ett_okänd_scenario_gör_en_uppgift_okänd(path):
    feature = FEATURES[path]
    idle = [f"{s.name} (rad {s.line})" for s in feature.scenarios
            if OKÄND in s.tags and not any(_UNKNOWN_STEP.search(step.text) for step in s.steps)]
    assert not idle, (f"{_name(feature)}: scenariot {', '.join(idle)} är taggat @{OKÄND} men gör ingen uppgift okänd "
                      "(”Och att … inte är känd” eller ”Och att uppgiften … inte är hämtad”).")


# --- per feature file: (b), (c), (d) ---------------------------------------------------


@pytest.mark.parametrize("path", FEATURE_PATHS, ids=_id)
def test_feature_filen_börjar_med_språkrad(path):
    feature = FEATURES[path]
    assert feature.first_line == LANGUAGE_LINE, (
        f"{_name(feature)}: första raden ska vara ”{LANGUAGE_LINE}”, men är ”{feature.first_line}”."
    )


@pytest.mark.parametrize("path", FEATURE_PATHS, ids=_id)
def test_feature_filen_gäller_en_regel(path):
    feature = FEATURES[path]
    codes = _rule_codes(feature)
    assert len(codes) == 1, (
        f"{_name(feature)}: en feature-fil ska handla om exakt en regel och ha en regelkod som tagg före "
        f"”Egenskap:”, men har {', '.join('@' + c for c in codes) or 'ingen'}."
    )
    if RULE_CODE.match(path.stem):
        assert path.stem == codes[0], (
            f"{_name(feature)}: filen heter {path.stem} men är taggad @{codes[0]}; filnamn och tagg ska vara samma regelkod."
        )


@pytest.mark.parametrize("path", FEATURE_PATHS, ids=_id)
def test_regelkoder_i_taggar_finns_i_regelboken(path):
    feature = FEATURES[path]
    unknown = [f"@{tag} (rad {line})" for line, tag in feature.all_tags if RULE_CODE.match(tag) and tag not in RULES]
    assert not unknown, (
        f"{_name(feature)}: taggen {', '.join(unknown)} ser ut som en regelkod men namnger ingen regel i regelboken "
        f"({rules_dir()})."
    )


@pytest.mark.parametrize("path", FEATURE_PATHS, ids=_id)
def test_stegen_kontrollerar_bara_filens_egen_regel(path):
    feature = FEATURES[path]
    own = set(_rule_codes(feature))
    wrong = []
    for step in feature.steps:
        match = _CHECKS.match(step.text)
        if match and match.group("code") not in own and not _NO_FINDING.match(step.text):
            wrong.append(f"rad {step.line}: ”{step.keyword} {step.text}”")
    assert not wrong, (
        f"{_name(feature)} handlar om {', '.join(sorted(own)) or 'ingen regel'}, men dessa steg kontrollerar en annan "
        f"regels fynd (andra regler får bara nämnas med ”ger regeln … inget fynd”): " + "; ".join(wrong)
    )
