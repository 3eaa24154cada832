"""The revision report as its readers use it: a board member finding their own organisation and
reading the conclusion, an auditor checking where the figures come from (issue 14, part 4).

Runs the real engine on the bundled examples (and, where ../shared is present, on a slice of the
2021 statistics), then reads the stored run back the way the CLI does.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, in_ci
from kravmotor.cli import main
from uhm_data import needs_uhm, write_slice

EXAMPLES = ROOT / "examples"
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"


def _kravmotor(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory) -> Path:
    """One run of the bundled examples."""
    database = tmp_path_factory.mktemp("rapport") / "r.sqlite"
    result = _kravmotor("revision", EXAMPLES, "--databas", database, "--tyst")
    assert database.is_file(), result.output
    return database


def _json(database: Path, *args: str) -> dict:
    result = _kravmotor("revision", "--visa", "1", "--databas", database, "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout[result.stdout.index("{"):])


def _html(database: Path, tmp_path: Path, *args: str, run: str = "1") -> str:
    page = tmp_path / "rapport.html"
    result = _kravmotor("revision", "--visa", run, "--databas", database, "--utdata", page, *args)
    assert result.exit_code in (0, 1), result.output
    return page.read_text(encoding="utf-8")


# --- the written conclusion ------------------------------------------------------------------------------------


EXAMPLES_CONCLUSION = [
    "Inget av målen kan bedömas som uppfyllt eller inte uppfyllt för upphandlingarna.",
    "6 mål gäller inte upphandlingarna: andel upphandlingar med sysselsättningskrav (I-10), andel upphandlingar med "
    "miljökrav (I-16), miljöledning (aktivt miljöarbete), avancerad eller spjutspets (I-18), återbruk, återvinning och "
    "avfallsförebyggande, avancerad eller spjutspets (I-19), klimat och fossilfrihet, avancerad eller spjutspets "
    "(I-20/I-21) och kemikalier och giftfritt, avancerad eller spjutspets (I-22). Målen i Nämndplan 2023–2025, gemensam "
    "nämnd för upphandlingssamverkan (UhC) gäller 2023–2025 för Falu kommun, Borlänge kommun, Avesta kommun, Gagnefs "
    "kommun, Hedemora kommun, Ludvika kommun och Säters kommun, medan en del av upphandlingarna är annonserade 2026 och "
    "6 av underlagets 7 myndigheter inte är bland dem.",
    "4 indikatorer kan inte räknas ut, eftersom underlaget saknar uppgift om samordning, antal anbud, antal anbud per "
    "anbudsområde och överprövning: andel samordnade upphandlingar (I-01), antal anbud per upphandling (I-27), andel "
    "anbudsområden med ett enda anbud (K-02) och överprövade upphandlingar (I-38).",
    "1 mål prövas inte för underlaget som helhet: antal reserverade upphandlingar (I-12). Antalsmålet gäller hela "
    "nämnden under ett år; det prövas i totalen och per år.",
    "3 indikatorer har inget mål och redovisas bara: antal upphandlingar med arbetsrättsliga villkor (I-11), andel "
    "upphandlingar med sociala krav (K-01) och ekomat, avancerad eller spjutspets (K-03).",
    "Regelgranskningen av förfrågningsunderlagen gav 10 fel, 47 varningar och 2 fynd som kräver bedömning. "
    "Alla regelprövningar kunde avgöras.",
]


def test_the_conclusion_of_the_examples_run(examples_db, tmp_path):
    assert _json(examples_db)["slutsats"] == EXAMPLES_CONCLUSION
    html = _html(examples_db, tmp_path)
    conclusion = html[html.index('id="slutsats"'):html.index("</section>", html.index('id="slutsats"'))]
    assert html.index('id="slutsats"') < html.index('id="sammanfattning"')  # at the top, before the figures
    assert "Regelgranskningen av förfrågningsunderlagen gav 10 fel, 47 varningar och 2 fynd" in conclusion


def test_a_target_met_and_one_not_met_are_named_with_their_values(tmp_path):
    """Targets without period or buyers apply to everything: the examples then meet I-20/I-21 and miss I-10."""
    targets = tmp_path / "mal.yaml"
    targets.write_text("namn: Provmål\nindikatorer:\n"
                       "  - {id: I-10, titel: Andel med sysselsättningskrav, mål: {jämförelse: \"≥\", värde: 50}}\n"
                       "  - {id: I-20/I-21, titel: Klimat och fossilfrihet, mål: {jämförelse: \"≥\", värde: 5}}\n",
                       encoding="utf-8")
    database = tmp_path / "r.sqlite"
    _kravmotor("revision", EXAMPLES, "--databas", database, "--tyst", "--mål", targets)
    conclusion = _json(database, "--mål", str(targets))["slutsats"]
    assert conclusion[0] == "Målet nås för 1 indikator: klimat och fossilfrihet (I-20/I-21: 14,3 %, mål ≥ 5 %)."
    assert conclusion[1] == "Målet nås inte för 1 indikator: andel med sysselsättningskrav (I-10: 42,9 %, mål ≥ 50 %)."


# --- one's own organisation ----------------------------------------------------------------------------------


@pytest.mark.parametrize("asked", ["uppsala kommun", "  Uppsala   Kommun ", "212000-3005", "2120003005"])
def test_myndighet_picks_the_buyer_by_name_or_orgnr(examples_db, asked):
    data = _json(examples_db, "--myndighet", asked)
    assert data["myndighet"]["namn"] == "Uppsala kommun"
    assert data["myndighet"]["organisationsnummer"] == "212000-3005"
    assert data["myndighet"]["upphandlingar"] == 1
    totals = [r for r in data["indikatorer"] if r["gruppering"] == "totalt"]
    assert {r["grupp"] for r in totals} == {"Uppsala kommun"} and {r["upphandlingar"] for r in totals} == {1}
    # every buyer's figures beside the chosen one's
    assert {r["upphandlingar"] for r in data["myndighet"]["alla_myndigheter"]} == {7}
    assert not any(r["gruppering"] == "myndighet" for r in data["indikatorer"])
    assert [b["myndighet"] for b in data["fynd"]["per_myndighet"]] in ([], ["Uppsala kommun"])


def test_myndighet_html_sets_the_buyer_beside_all_buyers(examples_db, tmp_path):
    html = _html(examples_db, tmp_path, "--myndighet", "Falu kommun")
    assert "<h1>Revisionsrapport för Falu kommun: nämndens indikatorer</h1>" in html
    assert "<th class=\"num\">Alla myndigheter</th>" in html
    assert "Storbergs kommun" not in html  # another buyer's name appears nowhere
    assert 'id="per-myndighet"' not in html


@pytest.mark.parametrize("asked, named", [
    ("Falun", "Falu kommun"),  # the example gives no organisationsnummer for it
    ("Uppsala", "Uppsala kommun (212000-3005)"),
    ("Storbergs komun", "Storbergs kommun (212000-1234)"),
])
def test_an_unknown_myndighet_is_refused_naming_close_matches(examples_db, asked, named):
    result = _kravmotor("revision", "--visa", "1", "--databas", examples_db, "--myndighet", asked)
    assert result.exit_code == 2
    assert f"ingen upphandlande myndighet med namnet ”{asked}” i körning 1; menade du" in result.output
    assert named in result.output and "Traceback" not in result.output


def test_an_unknown_orgnr_is_refused_saying_what_to_give(examples_db):
    result = _kravmotor("revision", "--visa", "1", "--databas", examples_db, "--myndighet", "212000-0000")
    assert result.exit_code == 2
    assert "ingen upphandlande myndighet med organisationsnumret ”212000-0000” i körning 1" in result.output
    assert "körningen har 7 myndigheter" in result.output


def test_myndighet_is_not_for_jamfor(examples_db):
    result = _kravmotor("revision", "--jämför", "1", "1", "--databas", examples_db, "--myndighet", "Falu kommun")
    assert result.exit_code == 2 and "--myndighet gäller en körnings rapport" in result.output


# --- sources by title, the rule version in words ---------------------------------------------------------------


FORBIDDEN = re.compile(r"examples/|\.ya?ml\b|seeds?/|shared/|\.csv|\.txt\b|/tmp|/work|[0-9a-f]{3}_[0-9a-f]{16}")


def _board_text(html: str) -> str:
    """The page without the auditor's details element (where the rule hash may stand) and the search script."""
    html = re.sub(r'<details class="tech">.*?</details>', "", html, flags=re.S)
    return re.sub(r"<script>.*?</script>", "", html, flags=re.S)


def test_no_path_or_seed_file_on_the_board_page(examples_db, tmp_path):
    html = _html(examples_db, tmp_path)
    assert not FORBIDDEN.search(html), FORBIDDEN.search(html)
    assert "Förfrågningsunderlag i YAML eller JSON: 7 upphandlingar" in html
    assert "<dt>Mål</dt><dd>Nämndplan 2023–2025, gemensam nämnd för upphandlingssamverkan (UhC)</dd>" in html
    # the target's source by title and section, without the seed file the target file names
    assert "Källa: Nämndplan 2023–2025, avsnitt 3.2 och bilaga 3." in html


def test_the_rule_version_is_told_in_words_and_the_hash_kept_for_the_auditor(examples_db, tmp_path):
    html = _html(examples_db, tmp_path)
    version = _json(examples_db)["regler"]
    assert re.fullmatch(r"[0-9a-f]{16}", version["version"]) and version["antal"] > 50
    assert f"Regelboken daterad {version['datum']}, med {version['antal']} regler för förfrågningsunderlag." in html
    assert version["version"] in html and version["version"] not in _board_text(html)


def test_a_second_run_shows_the_trend_and_what_changed_in_the_rules(tmp_path):
    database = tmp_path / "r.sqlite"
    rules = tmp_path / "regler"
    shutil.copytree(ROOT / "rules", rules)
    _kravmotor("revision", EXAMPLES, "--databas", database, "--tyst", "--regler", rules)
    _kravmotor("revision", EXAMPLES, "--databas", database, "--tyst", "--regler", rules)
    (rules / "miljo" / "MILJ-07.krav").unlink()
    _kravmotor("revision", EXAMPLES, "--databas", database, "--tyst", "--regler", rules)

    second = _html(database, tmp_path, run="2")
    assert "Samma regler som vid förra körningen av samma underlag (körning 1, " in second
    assert "Jämfört med tidigare körningar av samma underlag" in second and "Körning 1<br>" in second
    assert "oförändrat" in second  # the same data and rules: every indicator as before

    third = json.loads(_kravmotor("revision", "--visa", "3", "--databas", database, "--format", "json").stdout)
    assert [e["id"] for e in third["tidigare_körningar"]] == [1, 2]
    assert "Ändringar sedan förra körningen av samma underlag (körning 2, " in third["regler"]["beskrivning"]
    assert "1 borttagen regel (MILJ-07)" in third["regler"]["beskrivning"]
    first = _json(database)
    assert first["tidigare_körningar"] == [] and "förra körningen" not in first["regler"]["beskrivning"]


# --- per buyer: searchable, decided findings, no league table of missing data --------------------------------------


def test_findings_per_buyer_are_decided_ones_in_name_order(examples_db, tmp_path):
    html = _html(examples_db, tmp_path)
    section = html[html.index('id="per-myndighet"'):html.index('id="underlag"')]
    table = section[section.index("Fynd i förfrågningsunderlagen"):]
    assert "underlag saknas" not in table and "med flest fynd" not in html
    names = re.findall(r'<tr data-sok="[^"]*"><th scope="row">([^<]+)</th>', table)
    assert names == sorted(names, key=str.casefold) and len(names) == 7
    storberg = table[table.index("Storbergs kommun"):]
    # Storberg: 1 procurement, 5 fel, 10 varningar, nothing to judge, every rule decided
    assert re.match(r'Storbergs kommun</th><td class="num">1</td><td class="num">5</td><td class="num">10</td>'
                    r'<td class="num"></td><td class="num">100,0\u00a0%</td>', storberg)
    json_names = [b["myndighet"] for b in _json(examples_db)["fynd"]["per_myndighet"]]
    assert json_names == sorted(json_names, key=str.casefold)


def test_the_search_field_is_there_only_with_script(examples_db, tmp_path):
    html = _html(examples_db, tmp_path)
    assert '<div class="filter" id="sok-myndighet" hidden>' in html  # shown by the script, which is inline
    assert '<label for="sok-falt">' in html and "<noscript>" in html
    assert not re.search(r"<script[^>]+src=|<link|https?://", html)


@needs_uhm
def test_a_statistics_run_summarises_groups_without_data_and_ranks_nobody(tmp_path):
    export = write_slice(tmp_path / "export", 300)
    database = tmp_path / "r.sqlite"
    _kravmotor("revision", export, "--databas", database, "--tyst")
    html = _html(database, tmp_path)
    assert not FORBIDDEN.search(html), FORBIDDEN.search(html)
    assert "Upphandlingsmyndighetens statistikdatabas, annonserade 2021: 300 upphandlingar" in html
    partial = html[html.index("Indikatorer med ofullständigt underlag"):]
    partial = partial[:partial.index("</table>")]
    counted = re.findall(r"<summary>([\d\u00a0 ]+) av ([\d\u00a0 ]+) myndigheter</summary>", partial)
    assert counted, partial[:500]
    for listed in re.findall(r'<ul class="groups">(.*?)</ul>', partial):
        assert listed.count("<li>") <= 13  # twelve names and "och N till"
    assert "Ingen myndighet har fel, varningar eller fynd som kräver bedömning." in html
    assert "Statistikdatabasen har inte de uppgifterna" in _json(database)["slutsats"][2]


# --- in a browser ----------------------------------------------------------------------------------------------


def _playwright():
    """Playwright driving Debian's chromium; skipped with the reason where missing, except in CI (fails there)."""
    reason = None if CHROMIUM.exists() else "chromium saknas (apt-get install -y chromium)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "playwright saknas (pip install '.[test]')"
    if reason:
        if in_ci():
            pytest.fail(f"webbläsartesterna ska köras i CI: {reason}")
        pytest.skip(reason)
    return sync_playwright


@pytest.mark.browser
def test_the_filter_works_in_chromium_and_the_page_passes_axe(examples_db, tmp_path):
    page_file = tmp_path / "rapport.html"
    page_file.write_text(_html(examples_db, tmp_path), encoding="utf-8")
    with _playwright()() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox"])
        try:
            page = browser.new_page(locale="sv-SE", viewport={"width": 1200, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(page_file.as_uri())
            rows = page.locator("tr[data-sok]")
            assert page.locator("#sok-falt").is_visible()
            assert rows.count() == 14 and all(rows.nth(i).is_visible() for i in range(14))
            page.fill("#sok-falt", "falu")
            visible = [rows.nth(i).get_attribute("data-sok") for i in range(14) if rows.nth(i).is_visible()]
            assert visible == ["falu kommun"] * 2  # its indicators and its findings
            assert page.locator("#sok-antal").inner_text() == "Visar 1 av 7 myndigheter."
            for number in ("212000-3005", "2120003005"):  # the orgnr with or without its hyphen
                page.fill("#sok-falt", number)
                assert sum(rows.nth(i).is_visible() for i in range(14)) == 2
            page.fill("#sok-falt", "")
            assert sum(rows.nth(i).is_visible() for i in range(14)) == 14
            page.add_script_tag(path=str(AXE))
            violations = page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']}))
                .violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))""")
            serious = [v for v in violations if v["impact"] in ("serious", "critical")]
            assert not serious, serious
            assert not errors, errors

            static = browser.new_page(java_script_enabled=False)
            static.goto(page_file.as_uri())
            assert not static.locator("#sok-falt").is_visible()  # no dead field without the script
            assert static.locator("tr[data-sok]").count() == 14
        finally:
            browser.close()
