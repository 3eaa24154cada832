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

The feature files are read line by line (tags, `Egenskap:`, `Scenario:`, steps),
which is all these checks need; no pytest-bdd internals are used. Scenario tags
are the scenario's own tags, not the ones it inherits from the feature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kravmotor.lang.loader import load_rulebook
from kravmotor.resources import features_dir, rules_dir

RULE_CODE = re.compile(r"^[A-ZÅÄÖ]{2,6}-\d{2,4}$")
_CODE = r"[A-ZÅÄÖ]{2,6}-\d{2,4}"
LANGUAGE_LINE = "# language: sv"

# Swedish Gherkin keywords that open a block tags can be attached to.
_BLOCKS = ("Egenskap:", "Bakgrund:", "Scenario:", "Scenariomall:", "Abstrakt Scenario:", "Exempel:", "Regel:")
_SCENARIOS = ("Scenario:", "Scenariomall:", "Abstrakt Scenario:")
_STEP_KEYWORDS = ("Givet ", "När ", "Så ", "Och ", "Men ", "* ")

# Steps that check a rule's findings, and the one form that may name another rule.
_CHECKS = re.compile(rf"^(?:ger regeln|meddelandet för|fyndet för) (?P<code>{_CODE})\b(?P<rest>.*)$")
_NO_FINDING = re.compile(rf"^ger regeln {_CODE} inget fynd$")

BRIST, GODTAGBART, MOTIVERAD, OKÄND = "brist", "godtagbart", "motiverad_avvikelse", "okänd"
# The steps that make a fact unknown: a document's (`att X inte är känd`) or a supplier's (`inte är hämtad`).
_UNKNOWN_STEP = re.compile(r"inte är (?:känd|känt|kända|hämtad|hämtat|hämtade)$")


@dataclass
class Scenario:
    name: str
    line: int
    tags: set[str]
    steps: list[Step] = field(default_factory=list)


@dataclass
class Step:
    line: int
    keyword: str
    text: str


@dataclass
class FeatureFile:
    path: Path
    first_line: str
    tags: set[str] = field(default_factory=set)  # the feature's own tags
    all_tags: list[tuple[int, str]] = field(default_factory=list)  # every tag in the file, with its line
    scenarios: list[Scenario] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)

    @property
    def name(self) -> str:
        try:
            return str(self.path.relative_to(features_dir().parent))
        except ValueError:
            return str(self.path)

    @property
    def rule_codes(self) -> list[str]:
        return sorted(t for t in self.tags if RULE_CODE.match(t))


def parse_feature(path: Path) -> FeatureFile:
    lines = path.read_text(encoding="utf-8").splitlines()
    feature = FeatureFile(path, lines[0].rstrip() if lines else "")
    pending: set[str] = set()
    in_docstring = False
    block_is_scenario = False
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if line.startswith(('"""', "```")):
            in_docstring = not in_docstring
            continue
        if in_docstring or not line or line.startswith(("#", "|")):
            continue
        if line.startswith("@"):
            tags = [t[1:] for t in line.split(" #")[0].split() if t.startswith("@")]
            pending.update(tags)
            feature.all_tags.extend((number, t) for t in tags)
            continue
        block = next((b for b in _BLOCKS if line.startswith(b)), None)
        if block is not None:
            block_is_scenario = block in _SCENARIOS
            if block == "Egenskap:":
                feature.tags |= pending
            elif block in _SCENARIOS:
                feature.scenarios.append(Scenario(line[len(block):].strip(), number, set(pending)))
            pending = set()
            continue
        keyword = next((k for k in _STEP_KEYWORDS if line.startswith(k)), None)
        if keyword is not None:
            step = Step(number, keyword.strip(), line[len(keyword):].strip())
            feature.steps.append(step)
            if feature.scenarios and block_is_scenario:
                feature.scenarios[-1].steps.append(step)
    return feature


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
    names = ", ".join(f.name for f in files)
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
    assert not idle, (f"{feature.name}: scenariot {', '.join(idle)} är taggat @{OKÄND} men gör ingen uppgift okänd "
                      "(”Och att … inte är känd” eller ”Och att uppgiften … inte är hämtad”).")


# --- per feature file: (b), (c), (d) ---------------------------------------------------


@pytest.mark.parametrize("path", FEATURE_PATHS, ids=_id)
def test_feature_filen_börjar_med_språkrad(path):
    feature = FEATURES[path]
    assert feature.first_line == LANGUAGE_LINE, (
        f"{feature.name}: första raden ska vara ”{LANGUAGE_LINE}”, men är ”{feature.first_line}”."
    )


@pytest.mark.parametrize("path", FEATURE_PATHS, ids=_id)
def test_feature_filen_gäller_en_regel(path):
    feature = FEATURES[path]
    codes = feature.rule_codes
    assert len(codes) == 1, (
        f"{feature.name}: en feature-fil ska handla om exakt en regel och ha en regelkod som tagg före "
        f"”Egenskap:”, men har {', '.join('@' + c for c in codes) or 'ingen'}."
    )
    if RULE_CODE.match(path.stem):
        assert path.stem == codes[0], (
            f"{feature.name}: filen heter {path.stem} men är taggad @{codes[0]}; filnamn och tagg ska vara samma regelkod."
        )


@pytest.mark.parametrize("path", FEATURE_PATHS, ids=_id)
def test_regelkoder_i_taggar_finns_i_regelboken(path):
    feature = FEATURES[path]
    unknown = [f"@{tag} (rad {line})" for line, tag in feature.all_tags if RULE_CODE.match(tag) and tag not in RULES]
    assert not unknown, (
        f"{feature.name}: taggen {', '.join(unknown)} ser ut som en regelkod men namnger ingen regel i regelboken "
        f"({rules_dir()})."
    )


@pytest.mark.parametrize("path", FEATURE_PATHS, ids=_id)
def test_stegen_kontrollerar_bara_filens_egen_regel(path):
    feature = FEATURES[path]
    own = set(feature.rule_codes)
    wrong = []
    for step in feature.steps:
        match = _CHECKS.match(step.text)
        if match and match.group("code") not in own and not _NO_FINDING.match(step.text):
            wrong.append(f"rad {step.line}: ”{step.keyword} {step.text}”")
    assert not wrong, (
        f"{feature.name} handlar om {', '.join(sorted(own)) or 'ingen regel'}, men dessa steg kontrollerar en annan "
        f"regels fynd (andra regler får bara nämnas med ”ger regeln … inget fynd”): " + "; ".join(wrong)
    )
