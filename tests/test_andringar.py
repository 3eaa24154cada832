"""The review aid of issue 16: each rule's legal basis spelled out, and the dated changelog rules/ANDRINGAR.md
shown beside each rule and as a whole in `kravmotor regler --format html` and on the web's rule page."""

from __future__ import annotations

import dataclasses
import re

from kravmotor.lang.andringar import changes_of, load_changes, parse_changes
from kravmotor.rapport.rattslig_grund import legal_basis
from kravmotor.rapport.regelbok import html_page, markdown
from kravmotor.resources import rules_dir

CHANGELOG = """# Ändringar

Inledning som inte är en post.

## 2026-12

### Uteslutning

- 2026-12-07 **LEV-30**: Tidsgräns fem år. *Varför:* X-10.
- 2026-12-07 **PROP-13, PROP-15**: Bilaga 2 för sig,
  fortsätter på nästa rad (se PROP-11). *Källa:* X-04.

### Värde

- **tröskelvärde**: 2014–2021 års belopp. *Källa:* 10.5.
"""


def test_changelog_entries_with_section_date_and_rules():
    entries = parse_changes(CHANGELOG)
    assert [e.section for e in entries] == ["Uteslutning", "Uteslutning", "Värde"]
    assert entries[0].date == "2026-12-07" and entries[0].rules == ("LEV-30",)
    assert entries[1].rules == ("PROP-13", "PROP-15") and entries[1].mentions == ("PROP-13", "PROP-15", "PROP-11")
    assert entries[1].text.endswith("fortsätter på nästa rad (se PROP-11). *Källa:* X-04.")
    assert entries[2].date is None and entries[2].rules == ()  # about a parameter: no rule of its own
    assert changes_of(entries, "PROP-11") == []  # mentioned is not changed
    assert changes_of(entries, "PROP-15") == [entries[1]]


def test_missing_changelog_is_empty(tmp_path):
    assert load_changes(tmp_path) == []


def test_every_entry_of_the_rulebooks_changelog_is_dated_sourced_and_names_existing_rules(rulebook):
    codes = {r.code for r in rulebook.rules}
    entries = load_changes(rules_dir())
    assert entries, "rules/ANDRINGAR.md has no entries"
    for entry in entries:
        assert entry.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry.date), entry.text
        assert "*Källa:*" in entry.text and "*Varför:*" in entry.text, entry.text
        assert set(entry.mentions) <= codes, (set(entry.mentions) - codes, entry.text)
        if not entry.rules:  # an entry about a parameter, a classification or a field names it in bold
            assert re.match(r"\d{4}-\d{2}-\d{2} \*\*[^*]+\*\*:", entry.text), entry.text


def test_legal_basis_spells_out_laws_and_directives():
    assert legal_basis("14 kap. 4 § LOU; art. 58.3 direktiv 2014/24/EU; UHM Frågeportalen") == [
        "14 kap. 4 § lagen (2016:1145) om offentlig upphandling (LOU)",
        "artikel 58.3 i Europaparlamentets och rådets direktiv 2014/24/EU om offentlig upphandling",
    ]
    assert legal_basis("17 kap. 2 § LOU; 16 kap. 2 § LUF; 14 kap. 2 § LUK") == [
        "17 kap. 2 § lagen (2016:1145) om offentlig upphandling (LOU)",
        "16 kap. 2 § lagen (2016:1146) om upphandling inom försörjningssektorerna (LUF)",
        "14 kap. 2 § lagen (2016:1147) om upphandling av koncessioner (LUK)",
    ]
    assert legal_basis("19 kap. LOU och 15 kap. lagen (2007:1091) om offentlig upphandling; prop. 2021/22:5") == [
        "19 kap. lagen (2016:1145) om offentlig upphandling (LOU)",
        "15 kap. lagen (2007:1091) om offentlig upphandling",
        "proposition 2021/22:5",
    ]
    assert legal_basis("Art. 46.2 och 47.2 direktiv 2014/25/EU, genomförda i LUF")[0].startswith(
        "artiklarna 46.2 och 47.2 i Europaparlamentets och rådets direktiv 2014/25/EU")
    assert legal_basis("Säkerhetsskyddslagen (2018:585); Säkerhetspolisen") == ["säkerhetsskyddslagen (2018:585)"]
    # Guidance and case law are not law: nothing is made up for them.
    assert legal_basis("UHM ”Krisberedskapsaspekter i offentliga kontrakt”; KamR Göteborg 2020") == []


def test_rulebook_html_shows_legal_basis_and_changes_per_rule_and_the_whole_changelog(rulebook):
    page = html_page(rulebook)
    lev30 = page[page.index('id="LEV-30"'):page.index('id="LEV-31"')]
    assert "Rättslig grund" in lev30 and "13 kap. 1 § lagen (2016:1145) om offentlig upphandling (LOU)" in lev30
    assert "räknat på granskningsdatum" in lev30  # a supplier rule's day is the day of screening
    assert "Ändringar i regeln" in lev30 and "fem år" in lev30 and "<em>Varför:</em>" in lev30
    guidance = page[page.index('id="BER-02"'):page.index('id="BER-03"')]
    assert "ingen lag eller förordning anges" in guidance
    assert '<h2 id="andringar">Ändringar i regelboken</h2>' in page
    assert "<h3>Uteslutning, lagrum, regim och leverantörer</h3>" in page
    whole = page[page.index('id="andringar"'):]
    assert '<a href="#PROP-13">PROP-13</a>' in whole  # a code in an entry leads to its rule
    assert "<script" not in page


def test_rulebook_markdown_lists_changes_beside_the_rule(rulebook):
    text = markdown(rulebook)
    prop13 = text[text.index("### PROP-13 "):text.index("### PROP-14 ")]
    assert "Ändringar:" in prop13 and "understiga" in prop13
    assert "## Ändringar i regelboken" in text


def test_changelog_text_cannot_inject_markup(rulebook):
    entries = parse_changes("### A\n\n- 2026-12-07 **PROP-01**: <script>alert(1)</script> *Varför:* x *Källa:* y\n")
    page = html_page(dataclasses.replace(rulebook, changes=entries))
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
