"""`kravmotor ny-regel OMRÅDE`: the next free code's rule file and feature skeleton.

What `ruff`'s `add_rule.py` and Regal's `new rule` do for their rules: pick the
code, write the files where they belong, say what to do next. Both files are
honest skeletons: the rule file is full of TODO markers, and the loader refuses a
rule file with a TODO left (`unfinished`), so the rulebook does not load until the
rule is written; the feature's steps are TODO text no step definition matches,
so every scenario fails until it is written.

The next code is one above the highest code the area has ever had: in a rule
file, a feature file or the list of retired codes (`retired`). Gaps are never
filled: a gap may be a code that was once used. Areas whose codes say where the
rule sits in its source (Dalamodellen DAL-1111: they do not count from 01) take
their code from `--kod`. Nothing needs the rulebook to load: a second skeleton
can be written while the first still has its TODOs.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, Location, Problem
from ..model.subjects import DOCUMENT
from ..resources import packaged
from .compiler import Area
from .retired import load_retired

TODO = "TODO"
_TODO = re.compile(rf"\b{TODO}\b")
_CODE = re.compile(r"^([A-ZÅÄÖ]{2,6})-(\d{2,4})$")
_DEFINED = re.compile(r"^\s*regel\s+([A-ZÅÄÖ]{2,6}-\d{2,4})\b", re.MULTILINE)

# What a skeleton scenario starts from and runs, per subject (the steps tests/test_features.py defines).
_SUBJECT_STEPS = {
    "förfrågningsunderlag": ("Givet ett förfrågningsunderlag", "När underlaget granskas",
                             "att sista_anbudsdag inte är känd"),
    "leverantör": ("Givet en leverantör", "När leverantören granskas", "att uppgiften status inte är hämtad"),
    "organisation": ("Givet en organisation", "När organisationen bedöms", "att svaret på DAL-1111 inte är känt"),
}


@dataclass(frozen=True)
class Skeleton:
    code: str
    area: Area
    rule_file: Path
    feature_file: Path


def unfinished(text: str, file: str) -> list[Problem]:
    """Every TODO a rule file still has: a rule written by `ny-regel` that is not filled in."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        found = _TODO.search(line)
        if found:
            problems.append(Problem(Location(file, number, found.start() + 1),
                                    "regeln är inte ifylld: ersätt TODO (regelfilen skrevs av kravmotor ny-regel)"))
    return problems


def find_area(areas: dict[str, Area], wanted: str) -> Area:
    """An area by its name, its name without å/ä/ö (miljo) or its prefix (PROP), in any case."""
    key = _fold(wanted)
    for area in areas.values():
        if key in (_fold(area.name), _fold(area.prefix)):
            return area
    names = [a.name for a in areas.values()] + [a.prefix for a in areas.values()]
    close = difflib.get_close_matches(wanted, names, n=1, cutoff=0.5)
    hint = f" Menade du {close[0]}?" if close else ""
    raise InputError([Problem(Location(wanted), f"inget område heter så eller har det prefixet.{hint} "
                                                f"Områdena: {', '.join(f'{a.name} ({a.prefix})' for a in areas.values())}")])


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.strip().lower()).encode("ascii", "ignore").decode()


def plan(rules: Path, features: Path | None, wanted_area: str, code: str | None = None) -> Skeleton:
    """Where the next rule of the area goes (the features beside the rules unless `features` says), and
    under which code; refuses a code in use or retired, and the rules an installed package carries."""
    from .loader import load_areas  # the loader refuses what `unfinished` finds: it imports this module

    if packaged(rules):
        raise InputError([Problem(Location(str(rules)), "det här är reglerna som följer med det installerade paketet; "
                                                        "kör ny-regel i en arbetskopia av kravmotor, eller ange --regler")])
    features = features or rules.parent / "features"
    areas = load_areas(rules)
    if not areas:
        raise InputError([Problem(Location(str(rules / "omraden.yaml")), "regelkatalogen har inga områden")])
    area = find_area(areas, wanted_area)
    retired = load_retired(rules)
    used = _used_codes(rules, features, area.prefix) | {c for c in retired if c.startswith(area.prefix + "-")}
    if code is None:
        code = _next_code(area, used)
    else:
        code = code.strip().upper()
        _check_chosen(area, code, used, retired)
    folder = _area_folder(rules, area)
    return Skeleton(code, area, rules / folder / f"{code}.krav", features / folder / f"{code}.feature")


def _used_codes(rules: Path, features: Path, prefix: str) -> set[str]:
    """Every code of the prefix a rule file defines or names as its file, or a feature file is named after."""
    from .parser import read_rule_file

    found = set()
    for path in sorted(rules.rglob("*.krav")):
        found.add(path.stem)
        found.update(_DEFINED.findall(read_rule_file(path)))
    if features.is_dir():
        found.update(path.stem for path in features.rglob("*.feature"))
    return {c for c in found if c.startswith(prefix + "-") and _CODE.match(c)}


def _next_code(area: Area, used: set[str]) -> str:
    numbers = sorted(int(_CODE.match(c).group(2)) for c in used)  # type: ignore[union-attr]
    if numbers and numbers[0] != 1:
        raise InputError([Problem(Location(area.name),
                                  f"koderna i området {area.name} räknas inte upp från {area.prefix}-01 utan anger var "
                                  f"regeln står i sin källa (t.ex. {min(used)}); välj koden själv med --kod")])
    width = max([len(_CODE.match(c).group(2)) for c in used] + [2])  # type: ignore[union-attr]
    return f"{area.prefix}-{(numbers[-1] if numbers else 0) + 1:0{width}d}"


def _check_chosen(area: Area, code: str, used: set[str], retired: dict) -> None:
    where = Location(code)
    if not _CODE.match(code) or not code.startswith(area.prefix + "-"):
        raise InputError([Problem(where, f"en kod i området {area.name} skrivs {area.prefix}- följt av 2–4 siffror")])
    if code in retired:
        raise InputError([Problem(where, f"koden får aldrig användas igen: den är {retired[code].describe()}")])
    if code in used:
        raise InputError([Problem(where, "koden används redan av en regel eller en feature-fil; koder återanvänds aldrig")])


def _area_folder(rules: Path, area: Area) -> Path:
    """The folder the area's rules are in (the features mirror it): where its rules are, else its
    `katalog`, else its name without å/ä/ö."""
    from .parser import read_rule_file

    for path in sorted(rules.rglob("*.krav")):
        if re.search(rf"^\s*område\s+{re.escape(area.name)}\s*$", read_rule_file(path), re.MULTILINE):
            return path.parent.relative_to(rules)
    return Path(area.directory or _fold(area.name))


def write(skeleton: Skeleton, today: dt.date) -> None:
    """Both files, or neither: an existing file is never overwritten."""
    existing = [p for p in (skeleton.rule_file, skeleton.feature_file) if p.exists()]
    if existing:
        raise InputError([Problem(Location(str(p)), "filen finns redan och skrivs inte över") for p in existing])
    texts = {skeleton.rule_file: rule_text(skeleton, today), skeleton.feature_file: feature_text(skeleton)}
    written: list[Path] = []
    try:
        for path, text in texts.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "x", encoding="utf-8") as stream:  # "x": never over a file made meanwhile
                written.append(path)
                stream.write(text)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def rule_text(skeleton: Skeleton, today: dt.date) -> str:
    s = skeleton
    return f'''# Skriven av kravmotor ny-regel {today.isoformat()}. Fyll i allt som är markerat: regelboken läses inte
# förrän allt är ifyllt. Se DEVELOPERS.md (Adding a rule) och shared/domain/rules-reference.md.
regel {s.code} "{TODO}: regelns titel, det som är fel i en mening"
  område {s.area.name}
  källa "{TODO}: lagrummet eller vägledningen, t.ex. 14 kap. 4 § LOU"
  typ {TODO}  # HARD, HARD-opt, GUIDE eller LOCAL
  säkerhet {TODO}  # V1, V2, S eller M (M: obekräftad, och då aldrig utfall fel)
  referens {TODO}  # raden i rules-reference.md, t.ex. X-06; flera med komma
  giltig från {today.isoformat()}
  utfall {TODO}  # fel, varning, info eller bedömning krävs
  # motivering tillåten  {TODO}: ta bort # om en motiverad avvikelse får godtas, annars hela raden
  # inriktningsmål 1  (valfritt: den nationella upphandlingsstrategins mål 1–10 som regeln tjänar)
  beskrivning """
    {TODO}: vad regeln prövar och varför, vad den inte prövar, och vad en okänd
    uppgift ger (underlag saknas), med regelreferensen.
  """
  om {TODO}  # när regeln gäller, t.ex. lagrum = "LOU"; ta bort raden om den alltid gäller
  # för varje kvalificeringskrav som k  (valfritt: regeln prövas för varje element i en lista, i villkoren kallat k)
  kräv {TODO}  # vad som ska gälla, t.ex. sista_anbudsdag finns
  meddelande "{TODO}: vad som är fel, med värdena inom klamrar, t.ex. {{uppskattat_värde.totalt}}"
  åtgärd "{TODO}: vad upphandlaren ska göra"
slut
'''


def feature_text(skeleton: Skeleton) -> str:
    s = skeleton
    start, run, unknown = _SUBJECT_STEPS.get(s.area.subject, _SUBJECT_STEPS[DOCUMENT.name])
    return f'''# language: sv
@{s.code}
Egenskap: {s.code} {TODO}: regelns titel
  {TODO}: vad regeln prövar, med källan. Scenarierna är regelns exempel i regelboken
  och dess acceptanstest: de misslyckas tills varje {TODO} är ersatt med riktiga steg.

  Bakgrund:
    {start}

  @brist
  Scenario: {TODO}: ett fall som regeln invänder mot
    Givet {TODO}: det som gör att regeln ger sitt utfall, t.ex. ”att uppskattat_värde.totalt är 3 000 000 kr”
    {run}
    Så ger regeln {s.code} utfallet "{TODO}: fel, varning, info eller bedömning krävs"

  @godtagbart
  Scenario: {TODO}: ett fall som godtas, helst precis vid gränsen
    Givet {TODO}: det som gör att regeln godtar fallet
    {run}
    Så ger regeln {s.code} inget fynd

  @okänd
  Scenario: {TODO}: en uppgift regeln läser är okänd
    Givet {TODO}: gör en uppgift regeln läser okänd, t.ex. ”{unknown}”
    {run}
    Så ger regeln {s.code} utfallet "underlag saknas"
'''


def next_steps(skeleton: Skeleton, root: Path) -> list[str]:
    """What to do next, as lines for the terminal."""
    def shown(path: Path) -> str:
        try:
            return str(path.relative_to(root))
        except ValueError:
            return str(path)

    code = skeleton.code
    return [
        f"Skrev {shown(skeleton.rule_file)}",
        f"Skrev {shown(skeleton.feature_file)}",
        "",
        "Nästa steg:",
        f"  1. Skriv regeln: ersätt varje {TODO} i regelfilen. Regelboken läses inte (och inga tester",
        "     körs) förrän alla är borta; felet visar fil och rad för varje som står kvar.",
        "  2. Skriv scenarierna: @brist, @godtagbart och @okänd (och @motiverad_avvikelse om regeln har",
        "     motivering tillåten). De misslyckas tills stegen är riktiga steg.",
        f"  3. Kör dem: pytest tests/test_features.py -m {code} och pytest tests/test_feature_coverage.py",
        f"  4. Läs regeln som en jurist ser den: kravmotor regel {code}",
        "  5. Skriv en post i rules/ANDRINGAR.md (datum, regel, vad, varför, källa).",
    ]
