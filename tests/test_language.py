"""The rule language: what parses to what, and every error a rule author can get.

Errors are Swedish, carry file:line:column and (for syntax errors) the line with
a caret. Tests assert on message substrings and on the location, never on whole
messages, so wording can be polished without breaking them.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

import pytest

from documents import BASE_DOCUMENT
from kravmotor.errors import Problem, RuleError
from kravmotor.lang import ast
from kravmotor.lang.compiler import compile_definitions
from kravmotor.lang.loader import load_rulebook
from kravmotor.lang.parser import parse_file, parse_text
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.motor.pipeline import Checker
from kravmotor.resources import rules_dir

FILE = "x.krav"


def rule_text(krav: str = "sant", *, code: str = "TT-01", extra: str = "", drop: str | None = None,
              confidence: str = "V1", outcome: str = "fel") -> str:
    """A rule whose `kräv` is on line 7 (expression at column 8); `extra` lines come after it."""
    lines = [
        f'regel {code} "Testregel"',      # 1
        "  område test",                  # 2
        '  källa "test"',                 # 3
        "  typ HARD",                     # 4
        f"  säkerhet {confidence}",       # 5
        f"  utfall {outcome}",            # 6
        f"  kräv {krav}",                 # 7
        *([extra] if extra else []),      # 8
        '  meddelande "brist"',
        "slut",
        "",
    ]
    if drop:
        lines = [line for line in lines if not line.strip().startswith(drop + " ")]
    return "\n".join(lines)


def syntax_problem(text: str) -> Problem:
    with pytest.raises(RuleError) as info:
        parse_text(text, FILE)
    assert len(info.value.problems) == 1, str(info.value)
    return info.value.problems[0]


def check_problems(text: str) -> list[Problem]:
    with pytest.raises(RuleError) as info:
        compile_definitions(parse_text(text, FILE))
    return info.value.problems


def check_problem(text: str) -> Problem:
    problems = check_problems(text)
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def at(problem: Problem, line: int, column: int, file: str = FILE) -> None:
    assert (problem.location.file, problem.location.line, problem.location.column) == (file, line, column), str(problem)
    assert str(problem).startswith(f"{file}:{line}:{column}: ")


def caret_at(problem: Problem, source_line: str, column: int) -> None:
    """The excerpt is the offending line with a caret under `column`."""
    assert problem.excerpt, str(problem)
    text, caret = problem.excerpt.splitlines()
    assert text.endswith(source_line)
    assert caret.strip() == "^"
    assert caret.index("^") - text.index(source_line) == column - 1


# --- Syntax errors ---------------------------------------------------------------------------


def test_unexpected_token_names_it_and_what_was_expected():
    """`> >`: the second `>` is reported where it stands, with what could have come instead."""
    problem = syntax_problem(rule_text("uppskattat_värde.totalt > > 3"))
    at(problem, 7, 34)
    assert "oväntat ”>”" in problem.message
    assert "förväntade" in problem.message and "ett tal" in problem.message
    caret_at(problem, "  kräv uppskattat_värde.totalt > > 3", 34)


def test_unexpected_character():
    """A character the language does not use (`@`) is shown, with the caret under it."""
    problem = syntax_problem(rule_text("uppskattat_värde.totalt > 3 @ 4"))
    at(problem, 7, 36)
    assert "oväntat tecken ”@”" in problem.message
    caret_at(problem, "  kräv uppskattat_värde.totalt > 3 @ 4", 36)


def test_wrong_keyword_value_lists_the_allowed_ones():
    """`typ HÅRD` is refused and the four rule types are named."""
    problem = syntax_problem(rule_text().replace("typ HARD", "typ HÅRD"))
    at(problem, 4, 7)
    assert "oväntat ”HÅRD”" in problem.message and "HARD, HARD-opt, GUIDE eller LOCAL" in problem.message


def test_missing_slut_at_end_of_file():
    """A rule that is never closed: the error is at the end of the file and suggests `slut`."""
    text = rule_text().replace("\nslut\n", "\n")
    problem = syntax_problem(text)
    last = text.splitlines()[-1]
    at(problem, len(text.splitlines()), len(last) + 1)
    assert "filen tar slut för tidigt" in problem.message
    assert "saknas ”slut”?" in problem.message
    assert problem.excerpt and problem.excerpt.splitlines()[0].strip() == last.strip()


def test_missing_slut_before_the_next_rule_is_located_at_it():
    """A missing `slut` mid-file is reported at the next definition's keyword."""
    text = rule_text().replace("\nslut\n", "\n") + rule_text(code="TT-02")
    problem = syntax_problem(text)
    at(problem, 9, 1)
    assert "oväntat ”regel”" in problem.message


def test_missing_slut_before_the_next_rule_mentions_slut():
    """The most common mistake, a forgotten `slut` between two rules, says so."""
    problem = syntax_problem(rule_text().replace("\nslut\n", "\n") + rule_text(code="TT-02"))
    assert "slut" in problem.message.replace("filen tar slut", "")


def test_unclosed_parenthesis():
    """`kräv (a > 3` then the next clause: the missing `)` is named at the clause's keyword."""
    problem = syntax_problem(rule_text("(uppskattat_värde.totalt > 3"))
    at(problem, 8, 3)
    assert "oväntat ”meddelande”" in problem.message and "förväntade ”)”" in problem.message


def test_clause_given_twice_and_clause_out_of_place():
    """A clause twice in a rule, or a rule-only clause in a slutsats, is refused where it stands."""
    twice = syntax_problem(rule_text(extra="  utfall info"))
    at(twice, 8, 3)
    assert "”utfall” anges två gånger" in twice.message
    misplaced = syntax_problem('slutsats s "S"\n  utfall fel\nslut\n')
    at(misplaced, 2, 3)
    assert "”utfall” hör inte hemma i en slutsats" in misplaced.message


def test_syntax_errors_from_parse_file_name_the_file(tmp_path):
    """parse_file reports the real path."""
    path = tmp_path / "TT-01.krav"
    path.write_text(rule_text("uppskattat_värde.totalt > > 3"), encoding="utf-8")
    with pytest.raises(RuleError) as info:
        parse_file(path)
    at(info.value.problems[0], 7, 34, file=str(path))


# --- Numbers -----------------------------------------------------------------------------------


def test_swedish_number_literals():
    """`3 000 000` is three million and `1,5` is one and a half, in rules and in parameters."""
    text = rule_text("uppskattat_värde.totalt > 3 000 000 och uppskattat_värde.per_år > 1,5 och antal delkontrakt > 12") + (
        'parameter p "P"\n  värde 1 234 567,25 från 2020-01-01\nslut\n')
    rule, param = parse_text(text, FILE)
    numbers = [c.right.value for c in rule.require.items]
    assert numbers == [Decimal("3000000"), Decimal("1.5"), Decimal("12")]
    assert param.values[0].value == Decimal("1234567.25")


def test_number_grouping_needs_three_digits():
    """`30 00` is not a grouped number: the parser refuses `00` instead of reading 3000."""
    problem = syntax_problem(rule_text("uppskattat_värde.totalt > 30 00"))
    at(problem, 7, 37)
    assert "oväntat ”00”" in problem.message


# --- Load-time checks ---------------------------------------------------------------------------


def test_unknown_field_suggests_the_right_one():
    """`uppskattat_värde.total` is unknown; the message suggests `totalt`."""
    problem = check_problem(rule_text("uppskattat_värde.total > 3"))
    at(problem, 7, 8)
    assert "okänt fält ”total”" in problem.message
    assert "Menade du ”totalt”?" in problem.message


def test_unknown_field_message_does_not_leak_internal_scope_name():
    """The message names the field as written: `uppskattat_värde`, not `dok.uppskattat_värde`."""
    problem = check_problem(rule_text("uppskattat_värde.total > 3"))
    assert "”uppskattat_värde”" in problem.message
    assert "dok." not in problem.message


def test_unknown_field_in_a_list_element():
    """An unknown field after a `för varje` alias names the alias and suggests the element's field."""
    problem = check_problem(rule_text("k.belop > 3", extra="  för varje kvalificeringskrav som k"))
    at(problem, 7, 8)
    assert "okänt fält ”belop” i ”k”" in problem.message and "Menade du ”belopp”?" in problem.message


def test_unknown_parameter_suggests_a_known_one():
    """`parameter tröskelvarde` when `tröskelvärde` exists."""
    text = rule_text("uppskattat_värde.totalt < parameter tröskelvarde") + 'parameter tröskelvärde "T"\n  värde 1 från 2020-01-01\nslut\n'
    problem = check_problem(text)
    at(problem, 7, 34)
    assert "okänd parameter ”tröskelvarde”" in problem.message and "Menade du ”tröskelvärde”?" in problem.message


def test_unknown_slutsats_suggests_a_known_one():
    """`slutsats stor` when `stort` is defined."""
    text = rule_text("inte slutsats stor") + 'slutsats stort "S"\n  om uppskattat_värde.totalt > 3\nslut\n'
    problem = check_problem(text)
    at(problem, 7, 13)
    assert "okänd slutsats ”stor”" in problem.message and "Menade du ”stort”?" in problem.message


def test_text_compared_with_number():
    """`regim = 3` compares text with a number."""
    problem = check_problem(rule_text("regim = 3"))
    at(problem, 7, 8)
    assert "kan inte jämföra text med tal" in problem.message


def test_less_than_on_text():
    """`<` has no meaning for text."""
    problem = check_problem(rule_text('titel < "a"'))
    at(problem, 7, 8)
    assert "text kan bara jämföras med = eller !=" in problem.message


@pytest.mark.parametrize("krav", ['regim = "direktivstyrt"', 'regim i ["19 kap.", "direktivstyrt"]',
                                  '"direktivstyrt" != regim'])
def test_text_value_the_field_cannot_take(krav):
    """A Literal field compared with a value it cannot take: the allowed values and a suggestion."""
    problem = check_problem(rule_text(krav))
    assert problem.location.line == 7
    assert "”regim” kan inte vara ”direktivstyrt”" in problem.message
    assert "tillåtna värden: 19 kap., direktivstyrd, direktupphandling" in problem.message
    assert "Menade du ”direktivstyrd”?" in problem.message


@pytest.mark.parametrize("krav", ['regim = "bilaga 2-tjänst"', 'regim i ["19 kap.", "bilaga 2-tjänst"]'])
def test_a_retired_value_says_what_replaced_it(krav):
    """A rule written before bilaga 2 status became a field of its own (issue 16, X-04) is told what to write."""
    problem = check_problem(rule_text(krav))
    assert "”regim” kan inte vara ”bilaga 2-tjänst”" in problem.message
    assert "Värdet finns inte längre" in problem.message and "bilaga_2_tjänst = sant" in problem.message


@pytest.mark.parametrize("clause", ["område", "källa", "typ", "säkerhet", "utfall", "kräv", "meddelande"])
def test_missing_required_clause(clause):
    """Every required clause is checked; the problem points at the rule's first line."""
    problem = check_problem(rule_text(drop=clause))
    at(problem, 1, 1)
    assert f"regeln TT-01 saknar ”{clause}”" in problem.message


def test_unconfirmed_fact_may_not_give_fel():
    """`säkerhet M` with `utfall fel` is refused at the `utfall` clause; with `varning` it loads."""
    problem = check_problem(rule_text(confidence="M", outcome="fel"))
    at(problem, 6, 3)
    assert "säkerhet M" in problem.message and "får inte ha utfallet fel" in problem.message
    assert compile_definitions(parse_text(rule_text(confidence="M", outcome="varning"), FILE)).rule("TT-01")


def test_cycle_between_slutsatser():
    """a depends on b and b on a: reported at the slutsats where the cycle is found."""
    text = 'slutsats a "A"\n  om slutsats b\nslut\nslutsats b "B"\n  om slutsats a\nslut\n'
    problem = check_problem(text)
    at(problem, 1, 1)
    assert "slutsatsen ”a” beror av sig själv" in problem.message and "cirkel" in problem.message


def test_slutsats_depending_on_itself():
    problem = check_problem('slutsats a "A"\n  om slutsats a och uppskattat_värde.totalt > 1\nslut\n')
    assert "slutsatsen ”a” beror av sig själv" in problem.message


def test_for_each_on_a_non_list():
    """`för varje titel` is refused: titel is text, not a list."""
    problem = check_problem(rule_text(extra="  för varje titel som t"))
    at(problem, 8, 3)
    assert "”för varje” kräver en lista, men ”titel” är text" in problem.message


def test_quantifier_on_a_non_list():
    problem = check_problem(rule_text('någon titel som t där (t = "a")'))
    at(problem, 7, 14)
    assert "”någon” kräver en lista, men ”titel” är text" in problem.message


def test_all_problems_are_reported_together_in_order():
    """Two mistakes in one file give two problems, sorted by line."""
    text = rule_text("regim = 3") + rule_text("uppskattat_värde.total > 3", code="TT-02")
    problems = check_problems(text)
    assert [p.location.line for p in problems] == [7, 16]
    assert "kan inte jämföra" in problems[0].message and "okänt fält" in problems[1].message


def write_rules(directory: Path, files: dict[str, str], areas: str | None = None) -> Path:
    for name, text in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if areas is not None:
        (directory / "omraden.yaml").write_text(areas, encoding="utf-8")
    return directory


def test_duplicate_rule_code_across_two_files(tmp_path):
    """The same code in two files: the second is refused, naming where the first is."""
    write_rules(tmp_path, {"a/TT-01.krav": rule_text(), "b/TT-01.krav": rule_text()})
    with pytest.raises(RuleError) as info:
        load_rulebook(tmp_path)
    (problem,) = info.value.problems
    at(problem, 1, 1, file=str(tmp_path / "b" / "TT-01.krav"))
    assert f"”TT-01” är redan definierad i {tmp_path / 'a' / 'TT-01.krav'}:1" in problem.message


AREAS = "test:\n  prefix: TT\n  titel: Test\n"


def test_code_prefix_must_match_the_area(tmp_path):
    """With omraden.yaml, a rule in area `test` (prefix TT) may not be called XX-01."""
    write_rules(tmp_path, {"test/XX-01.krav": rule_text(code="XX-01")}, AREAS)
    with pytest.raises(RuleError) as info:
        load_rulebook(tmp_path)
    (problem,) = info.value.problems
    at(problem, 1, 1, file=str(tmp_path / "test" / "XX-01.krav"))
    assert "regler i området test ska ha koder som börjar med TT-" in problem.message


def test_unknown_area_and_matching_prefix(tmp_path):
    """An area not in omraden.yaml is refused; the right prefix in a known area loads."""
    write_rules(tmp_path, {"test/TT-01.krav": rule_text(), "test/TT-02.krav": rule_text(code="TT-02").replace("område test", "område tset")}, AREAS)
    with pytest.raises(RuleError) as info:
        load_rulebook(tmp_path)
    (problem,) = info.value.problems
    at(problem, 2, 3, file=str(tmp_path / "test" / "TT-02.krav"))
    assert "okänt område ”tset”" in problem.message and "Menade du ”test”?" in problem.message
    (tmp_path / "test" / "TT-02.krav").unlink()
    assert [r.code for r in load_rulebook(tmp_path).rules] == ["TT-01"]


def test_every_broken_file_is_reported_at_once(tmp_path):
    """Two files with syntax errors: both are reported by one load."""
    write_rules(tmp_path, {"a.krav": rule_text("regim = = 3"), "b.krav": rule_text("@")})
    with pytest.raises(RuleError) as info:
        load_rulebook(tmp_path)
    assert sorted(Path(p.location.file).name for p in info.value.problems) == ["a.krav", "b.krav"]


def test_load_time_problems_have_a_caret_excerpt(tmp_path):
    """A checker error shows the offending line with a caret, like a syntax error."""
    write_rules(tmp_path, {"TT-01.krav": rule_text("uppskattat_värde.total > 3")})
    with pytest.raises(RuleError) as info:
        load_rulebook(tmp_path)
    caret_at(info.value.problems[0], "  kräv uppskattat_värde.total > 3", 8)


# --- The real rule files ---------------------------------------------------------------------


REAL_FILES = sorted(rules_dir().rglob("*.krav"))


def test_there_are_real_rule_files():
    assert len(REAL_FILES) >= 18


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_every_real_rule_file_parses(path):
    """Each file parses; a file with a rule is named after its rule code and defines that rule. A file of
    shared definitions only (parameters, derived facts, measures: rules/mognad/…/nivaer.krav) has its own name."""
    definitions = parse_file(path)
    assert definitions
    codes = [d.code for d in definitions if isinstance(d, ast.Rule)]
    if codes:
        assert path.stem in codes, (path.stem, codes)


# Areas whose codes say where the rule sits in its source's structure rather than count from 01:
# Dalamodellen DAL-SPRN (step, perspective, row, level), ambitionsgrafen AMB-<area><question>.
POSITIONAL_CODES = {"dalamodellen": "DAL-1111", "ambitionsgrafen": "AMB-11"}


def test_real_rulebook_loads(rulebook):
    """The real catalogue loads with all its rules, derived facts and parameters."""
    proportionality = {r.code for r in rulebook.rules if r.area == "proportionalitet"}
    # 30-36: issue 16 part B; 40-44: LUF, LUK, X-06
    assert proportionality == {f"PROP-{n:02d}" for n in (*range(1, 17), *range(30, 37), *range(40, 51))}
    for name, area in rulebook.areas.items():  # every area has rules, numbered from 01 (gaps group them)
        codes = [r.code for r in rulebook.rules if r.area == name]
        assert codes and codes[0] == POSITIONAL_CODES.get(name, f"{area.prefix}-01"), (name, codes)
        assert all(c.startswith(area.prefix + "-") for c in codes), (name, codes)
    assert {d.code for d in rulebook.derivations} >= {
        "omsättningskrav_över_årsvärdet", "krävande_referenskrav", "krav_på_kreditbetyg", "krav_på_certifiering"}
    assert {"tröskelvärde", "direktupphandlingsgräns", "anbudstid_öppet"} <= set(rulebook.parameters)
    assert rulebook.rule("PROP-16").stratum == 1
    assert rulebook.rule("PROP-01").text.startswith("regel PROP-01") and rulebook.rule("PROP-01").text.endswith("slut")


def test_a_rule_inherits_the_parameters_of_its_derived_facts(tmp_path):
    """A span or a missing value of a parameter behind a slutsats affects the rule as if it read it itself."""
    (tmp_path / "omraden.yaml").write_text("test:\n  prefix: TT\n  titel: Test\n", encoding="utf-8")
    (tmp_path / "t.krav").write_text('''
parameter gräns "Gräns"
  värde 5 000 000 från 2025-01-01 till 2025-12-31 säkerhet V1
  värde mellan 4 000 000 och 6 000 000 från 2026-01-01 till 2026-12-31 säkerhet M
slut
slutsats stor "Över gränsen"
  källa "t"
  om uppskattat_värde.totalt > parameter gräns
slut
regel TT-01 "Stor upphandling"
  område test
  källa "t"
  typ HARD
  säkerhet V1
  utfall fel
  kräv inte slutsats stor
  meddelande "stor"
slut
''', encoding="utf-8")
    rulebook = load_rulebook(tmp_path)
    assert rulebook.rule("TT-01").params == frozenset({"gräns"})
    checker = Checker(rulebook)

    def outcome(day: str, total: int = 10_000_000) -> list[str]:
        raw = copy.deepcopy(BASE_DOCUMENT)
        raw["annonseringsdatum"], raw["uppskattat_värde"] = day, {"totalt": total}
        return [f.utfall for f in checker.check(Förfrågningsunderlag.model_validate(raw)).findings if f.kod == "TT-01"]

    assert outcome("2025-06-01") == ["fel"]
    assert outcome("2026-06-01") == ["fel"]  # above the whole span
    assert outcome("2026-06-01", 5_500_000) == ["bedömning krävs"]  # inside it
    assert outcome("2026-06-01", 3_000_000) == []  # below it
    assert outcome("2027-06-01") == ["underlag saknas"]


def test_an_error_rule_may_not_rest_on_an_unconfirmed_point_value(tmp_path):
    """No error severity on an unconfirmed fact: an [M] amount under a `fel` rule must be a span."""
    (tmp_path / "omraden.yaml").write_text("test:\n  prefix: TT\n  titel: Test\n", encoding="utf-8")
    (tmp_path / "t.krav").write_text('''parameter gräns "Gräns"
  värde 5 000 000 från 2026-01-01 säkerhet M
slut
regel TT-01 "Stor upphandling"
  område test
  källa "t"
  typ HARD
  säkerhet V1
  utfall fel
  kräv uppskattat_värde.totalt <= parameter gräns
  meddelande "stor"
slut
''', encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rulebook(tmp_path)
    (problem,) = info.value.problems
    assert problem.location.line == 2
    assert "ange beloppet som ett spann" in problem.message


# --- Aggregates, measures and inriktningsmål --------------------------------------------------


@pytest.mark.parametrize("krav, words", [
    ("antal regim som x där (x = 1) > 0", "”antal” kräver en lista, men ”regim” är text"),
    ("summa delkontrakt som d av (d.namn) > 0", "räkning kräver tal, men uttrycket är text"),
    ("medel av (uppskattat_värde.totalt, regim) > 0", "räkning kräver tal, men uttrycket är text"),
    ("antal av (uppskattat_värde.totalt) > 0", "är tal, inte sant/falskt; jämför det med något"),
    ("summa delkontrakt som d av (d.uppskattat_värde) = \"x\"", "kan inte jämföra tal med text"),
    ("mått okänt > 1", "okänt mått ”okänt”"),
    ("minst 3 av (brådskande, förhandsannons)", "”minst 3 av” kräver mellan 1 och 2 villkor"),
])
def test_aggregates_are_checked_when_the_rules_load(krav, words):
    problem = check_problem(rule_text(krav))
    assert words in problem.message, problem.message


def test_a_measure_is_read_where_its_list_is_bound_and_may_read_another():
    text = ('mått värde "Värde" för varje delkontrakt som d värde d.uppskattat_värde * 2 slut\n'
            'mått dubbel "Dubbel" för varje delkontrakt som d värde mått värde + mått värde slut\n'
            + rule_text("summa delkontrakt som x av (mått dubbel) < 100"))
    rulebook = compile_definitions(parse_text(text, FILE))
    assert [m.name for m in rulebook.measures] == ["värde", "dubbel"]
    rule = rulebook.rules[0]
    assert "x.uppskattat_värde" in ir_render(rule.condition)  # written in under the aggregate's alias
    problem = check_problem('mått värde "Värde" för varje delkontrakt som d värde d.uppskattat_värde slut\n'
                            + rule_text("mått värde > 1"))
    assert "måttet ”värde” gäller varje element i ”delkontrakt”" in problem.message


def test_measures_that_read_each_other_in_a_circle_are_refused():
    problems = check_problems('mått a "A" värde mått b + 1 slut\nmått b "B" värde mått a + 1 slut\n')
    assert any("beror av sig självt" in p.message for p in problems), problems


def test_inriktningsmål_are_the_ten_goals():
    rule = compile_definitions(parse_text(rule_text(extra="  inriktningsmål 1, 10"), FILE)).rules[0]
    assert rule.goals == (1, 10)
    problem = syntax_problem(rule_text(extra="  inriktningsmål 11"))
    assert "inriktningsmål numreras 1–10" in problem.message and "”11” finns inte" in problem.message


def ir_render(node) -> str:
    from kravmotor.motor import ir

    return ir.render(node)
