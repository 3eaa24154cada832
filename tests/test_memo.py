"""The memo of findings (`motor.memo`) is exact: a subject looked up whole, or finding by finding, gets exactly
the findings checking it on its own gives.

The memo leaves the day out of a key where no comparison can see it: the day counted from or to another
field that is unknown or missing. These tests check documents around that edge: the tender and
application days known, unknown and left out, LOU, LUF and LUK, procedures with and without applications,
and days on both sides of every date the rules and the parameters change at.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from documents import BASE_DOCUMENT
from kravmotor.lang.klassningar import PartialList
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.motor import ir, memo
from kravmotor.motor.findings import compact
from kravmotor.motor.pipeline import Checker
from kravmotor.values import UNKNOWN
from rulekit import BASE, compile_text, regel

# Around the dates PROP-44 (2022-02-01), SOC-16 (2023-01-01), rules' validity (2017-01-01) and the
# parameters' periods (thresholds from 2022-01-01, 2024-01-01 ...) change at.
# Two or three days between each pair of such dates: a finding that shows the day must not be reused.
DAYS = ["2016-12-31", "2017-01-01", "2021-06-15", "2021-07-20", "2021-12-31", "2022-01-01", "2022-01-31", "2022-02-01",
        "2022-03-22", "2022-12-31", "2023-01-01", "2023-12-31", "2024-01-01", "2026-03-02", "2026-05-10"]
PROCEDURES = ["öppet", "selektivt", "förhandlat med föregående annonsering", "förenklat"]
WITH_APPLICATIONS = ("selektivt", "förhandlat med föregående annonsering")


def _plus(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _document(n: int, law: str, procedure: str, day: str | None, tender: str, application: str,
              bilaga_2: bool, cpv: str | None = None) -> Förfrågningsunderlag:
    """A procurement whose day is `day` (None: unknown), and its tender and application days `tender` and
    `application`: "kort" (10 days after), "lång" (40 days), "okänd" (declared unknown) or "saknas" (left out).
    With `cpv`, that CPV code and no environmental requirements (MILJ-01 quotes the codes; these three
    classify alike, so only the message tells them apart)."""
    raw = copy.deepcopy(BASE_DOCUMENT)
    raw.update(id=f"MEMO-{n}", lagrum=law, förfarande=procedure)
    if cpv is not None:
        raw.update(cpv_koder=[cpv], miljökrav=[])
    unknown = []
    raw.pop("sista_anbudsdag")
    if day is None:
        raw.pop("annonseringsdatum")
        unknown.append("annonseringsdatum")
    else:
        raw["annonseringsdatum"] = day
    for field, how in (("sista_anbudsdag", tender), ("sista_ansökningsdag", application)):
        if field == "sista_ansökningsdag" and procedure not in WITH_APPLICATIONS:
            continue
        if how == "okänd":
            unknown.append(field)
        elif how in ("kort", "lång") and day is not None:
            raw[field] = _plus(day, 10 if how == "kort" else 40)
        elif how in ("kort", "lång"):
            raw[field] = "2026-04-11"
    if procedure in WITH_APPLICATIONS and tender in ("kort", "lång"):
        raw["inbjudan_att_lämna_anbud"] = _plus(raw.get("sista_anbudsdag", "2026-04-11"), -12)
    if bilaga_2:
        raw["bilaga_2_tjänst"] = True
    raw["okända_uppgifter"] = unknown
    return Förfrågningsunderlag.model_validate(raw)


def _documents() -> list[Förfrågningsunderlag]:
    cases = itertools.product(["LOU", "LUF", "LUK"], PROCEDURES, [*DAYS, None], ["kort", "lång", "okänd", "saknas"],
                              ["lång", "okänd"], [False, True])
    documents = [_document(n, *case) for n, case in enumerate(cases)
                 if not (case[5] and case[0] != "LOU")]  # a bilaga 2-tjänst only where SOC-16 can see it
    codes = itertools.product(["2021-06-15", "2021-07-20"], ["okänd", "lång"], ["90911200-8", "90911300-9", "90919200-4"])
    return documents + [_document(100_000 + n, "LOU", "öppet", day, tender, "lång", False, cpv)
                        for n, (day, tender, cpv) in enumerate(codes)]


@pytest.fixture
def checker(rulebook):
    """A checker whose memo has seen nothing."""
    return Checker(rulebook)


def test_memoised_findings_are_those_of_checking_each_document(rulebook):
    """One checker's memo serves every document, in two orders, and what it gives must be what checking each
    document alone gives: a day left out of a key where a comparison could see it, or a finding that shows
    the day looked up for another day, would show here as a finding of another document."""
    documents = _documents()
    reference = Checker(rulebook)
    expected = {doc.id: [compact(f).row for f in reference.check(doc).findings] for doc in documents}
    assert sum(1 for rows in expected.values() for row in rows if row[1] == "underlag saknas") > 1000
    assert any(row[0] == "PROP-44" for rows in expected.values() for row in rows)  # shows the day
    assert any(row[0] == "PROP-09" and row[1] == "fel" for rows in expected.values() for row in rows)
    assert len({row[4] for rows in expected.values() for row in rows if row[:2] == ("MILJ-01", "varning")}) == 3
    for order in (documents, documents[::-1]):
        memoised = Checker(rulebook)
        ran = _counting(memoised)
        for doc in order + order:  # the second time round, every document is looked up whole
            assert [f.row for f in memoised.compact(doc)] == expected[doc.id], doc.id
        assert len(ran) < len(documents)  # documents that differ only in their day share the rules' work


def _counting(checker: Checker) -> list:
    """The subjects the checker's rules run on (a list that grows)."""
    ran: list = []
    runner = checker.runner
    outcome = runner._outcome

    def counted(data, params, uncertain):
        ran.append(data.get("id"))
        return outcome(data, params, uncertain)

    runner._outcome = counted  # type: ignore[method-assign]
    return ran


def test_a_day_the_rules_only_count_to_an_unknown_tender_day_is_looked_up_whole(checker):
    """Two procurements a few weeks apart, with the tender day unknown, get the same findings without the
    rules running again; with the tender day known, the rules run for each (the time to tender differs)."""
    ran = _counting(checker)
    first = checker.compact(_document(1, "LOU", "öppet", "2021-03-01", "okänd", "lång", False))
    second = checker.compact(_document(2, "LOU", "öppet", "2021-03-22", "okänd", "lång", False))
    assert [f.row for f in second] == [f.row for f in first] and len(ran) == 1
    assert any(f.kod == "PROP-09" and f.utfall == "underlag saknas" for f in first)
    checker.compact(_document(3, "LOU", "öppet", "2021-03-01", "kort", "lång", False))
    short = checker.compact(_document(4, "LOU", "öppet", "2021-03-22", "kort", "lång", False))
    assert len(ran) == 3 and any(f.kod == "PROP-09" and f.utfall == "fel" for f in short)


def test_a_finding_that_shows_the_day_is_looked_up_by_the_day(checker):
    """PROP-44 quotes the day a procurement by a procedure abolished on 2022-02-01 is announced: two such
    procurements on different days each get their own day in the message, though the rules run only for the
    first (their outcome is the same), and the same day again gets the same finding."""
    ran = _counting(checker)
    one = checker.compact(_document(1, "LOU", "förenklat", "2022-03-01", "okänd", "lång", False))
    other = checker.compact(_document(2, "LOU", "förenklat", "2022-03-22", "okänd", "lång", False))
    again = checker.compact(_document(3, "LOU", "förenklat", "2022-03-22", "okänd", "lång", False))
    messages = [next(f.row[4] for f in found if f.kod == "PROP-44") for found in (one, other, again)]
    assert "2022-03-01" in messages[0] and "2022-03-22" in messages[1] and messages[2] == messages[1]
    assert [f.row for f in other if f.kod != "PROP-44"] == [f.row for f in one if f.kod != "PROP-44"]
    assert len(ran) == 1


def _day_uses(rulebook, code: str, fired: bool):
    rule = next(r for r in rulebook.rules if r.code == code)
    by_name: dict = {}
    for d in rulebook.derivations:
        by_name.setdefault(d.code, []).append(d)
    return memo._day_uses(rule, by_name, "annonseringsdatum", memo._shown(rule, fired))


def test_what_a_rule_does_with_the_day(rulebook):
    """Counted to another field (PROP-09, also in its message), compared with constants only (its validity),
    or shown itself (PROP-44's message and values): only the last needs the day in the key."""
    assert _day_uses(rulebook, "PROP-09", True) == ((dt.date(2017, 1, 1),), ("sista_anbudsdag",))
    assert _day_uses(rulebook, "PROP-10", False)[1] == ("sista_ansökningsdag",)
    assert _day_uses(rulebook, "PROP-44", False) is None and _day_uses(rulebook, "PROP-44", True) is None


def test_a_day_compared_with_a_list_elements_field_keeps_the_day():
    """Only a field of the subject itself can be known to be unknown from the key: the day compared with a
    list element's field, or shown, or inside an aggregate, keeps the day in the key."""
    day = ir.Ref(ir.DOC, ("annonseringsdatum",), "datum")
    element = ir.Ref("e", ("datum",), "datum")
    other = ir.Ref(ir.DOC, ("sista_anbudsdag",), "datum")
    plain = ir.RuleIR("regel", "TST-01", "", ir.Cmp("<", day, other))
    quantified = ir.RuleIR("regel", "TST-02", "", ir.Quant(True, ir.Ref(ir.DOC, ("ändringar",), "lista"), "e",
                                                        ir.Cmp("<", day, element)))
    assert memo._day_uses(plain, {}, "annonseringsdatum", []) == ((), ("sista_anbudsdag",))
    assert memo._day_uses(quantified, {}, "annonseringsdatum", []) is None
    assert memo._day_uses(plain, {}, "annonseringsdatum", [day]) is None
    assert memo._day_uses(plain, {}, "annonseringsdatum", [ir.Days(day, other)]) == ((), ("sista_anbudsdag",))
    arithmetic = ir.RuleIR("regel", "R-3", "", ir.Cmp(">", ir.Arith("+", ir.Days(day, other), ir.Const(1, "tal")),
                                                      ir.Const(3, "tal")))
    assert memo._day_uses(arithmetic, {}, "annonseringsdatum", []) == ((), ("sista_anbudsdag",))


def test_a_subjects_key_keeps_where_the_day_falls_for_a_rule_that_shows_it():
    """A rule that shows the day needs it in its findings' keys; whether it fires depends on where the day
    falls among the dates it is compared with, which the key of the whole subject must keep even though it
    leaves the day out (here no other rule or parameter changes at that date). In either order."""
    rulebook = compile_text(
        regel("TST-01", "annonseringsdatum >= 2022-02-01").replace('"brist"', '"annonseras {annonseringsdatum}"')
        + regel("TST-02", "dagar från annonseringsdatum till sista_anbudsdag >= 30"))
    days = ["2022-01-10", "2022-01-20", "2022-02-10", "2022-02-20"]
    documents = [Förfrågningsunderlag.model_validate({**BASE, "id": f"D-{n}", "annonseringsdatum": day, **tender})
                 for n, (day, tender) in enumerate(itertools.product(
                     days, [{"sista_anbudsdag": None, "okända_uppgifter": ["sista_anbudsdag"]},
                            {"sista_anbudsdag": "2022-04-01"}]))]
    reference = Checker(rulebook)
    expected = {doc.id: [compact(f).row for f in reference.check(doc).findings] for doc in documents}
    assert {len(rows) for rows in expected.values()} == {0, 1, 2}
    for order in (documents, documents[::-1]):
        memoised = Checker(rulebook)
        for doc in order:
            assert [f.row for f in memoised.compact(doc)] == expected[doc.id], doc.id


def test_findings_keep_their_sources_when_the_sources_memo_forgets(rulebook, monkeypatch):
    """Where findings' fields come from is numbered per `ursprung`, and findings are remembered under that
    number: when the numbering is emptied (here after two), a new `ursprung` must not get a number an earlier
    one had, or its findings would be stored with the earlier one's sources."""
    from kravmotor.model.ursprung import Ursprung
    from kravmotor.motor import pipeline

    monkeypatch.setattr(pipeline, "MEMO_LIMIT", 2)
    memoised, reference = Checker(rulebook), Checker(rulebook)
    for n in range(8):
        doc = _document(n, "LOU", "öppet", "2021-06-15", "okänd", "lång", False)
        doc.ursprung = {"sista_anbudsdag": Ursprung(fil=f"annons-{n % 5}.pdf", sida=1)}
        assert [f.row for f in memoised.compact(doc)] == [compact(f).row for f in reference.check(doc).findings]


def test_the_memo_of_whole_subjects_is_bounded(rulebook, monkeypatch):
    """Past `ROW_LIMIT` subjects remembered whole the memo of them is emptied (between subjects), and what the
    checker gives stays what checking each document gives."""
    monkeypatch.setattr(memo, "ROW_LIMIT", 3)
    monkeypatch.setattr(memo, "TRIM_EVERY", 1)
    documents = _documents()[::97]
    reference, memoised = Checker(rulebook), Checker(rulebook)
    expected = {doc.id: [compact(f).row for f in reference.check(doc).findings] for doc in documents}
    for doc in documents + documents:
        assert [f.row for f in memoised.compact(doc)] == expected[doc.id], doc.id
        assert len(memoised.runner._memo.rows) <= 3


def test_why_a_rule_that_shows_the_day_is_undecided_is_worked_out_per_where_the_day_falls(monkeypatch):
    """An undecided finding that shows the day (as SOC-16's values do) is one per day, but why the rule is
    undecided depends on the day only through the dates its conditions compare it with: worked out once
    before 2023 and once in 2023, and every finding as checking the document on its own gives it."""
    from kravmotor.motor import evaluate

    rulebook = compile_text(regel("TST-01", "annonseringsdatum >= 2023-01-01 och annonseringsdatum >= 2024-01-01",
                                  om='reservation.slag = "idéburna organisationer"'))
    days = ["2022-12-01", "2022-12-02", "2023-02-01", "2023-02-02"]
    documents = [Förfrågningsunderlag.model_validate({**BASE, "id": f"D-{n}", "annonseringsdatum": day,
                                                      "okända_uppgifter": ["reservation"]}) for n, day in enumerate(days)]
    reference = Checker(rulebook)
    expected = {doc.id: [compact(f).row for f in reference.check(doc).findings] for doc in documents}
    explained = []
    real = evaluate.Explainer.rule
    monkeypatch.setattr(evaluate.Explainer, "rule", lambda self, *args: explained.append(args) or real(self, *args))
    memoised = Checker(rulebook)
    found = {doc.id: [f.row for f in memoised.compact(doc)] for doc in documents}
    assert found == expected and len({rows[0][4] for rows in found.values()}) == 1
    assert len({rows[0][7] for rows in found.values()}) == 4  # the values shown: each its own day
    assert len(explained) == 2


def _freeze_by_the_rules(value, exact=False):
    """`memo.freeze` as its description states it, without its fast paths: the reference the fast paths must meet."""
    if isinstance(value, dict):
        return tuple((k, _freeze_by_the_rules(v, exact)) for k, v in value.items())
    if isinstance(value, list):
        return (type(value).__name__,) + tuple(_freeze_by_the_rules(v, exact) for v in value)
    hash(value)
    if exact and not isinstance(value, str):
        return (type(value).__name__, str(value)) if isinstance(value, (Decimal, float)) else (type(value), value)
    return value


_ATOMS = st.sampled_from([True, False, 0, 1, 2, "", "1", "ja", Decimal("2"), Decimal("2.00"), 2.0,
                          dt.date(2024, 1, 2), None, UNKNOWN])
_PLAIN_DATA = st.recursive(_ATOMS, lambda inner: st.lists(inner, max_size=3)
                           | st.lists(inner, max_size=3).map(PartialList)
                           | st.dictionaries(st.sampled_from(["a", "b", "typ"]), inner, max_size=3), max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(_PLAIN_DATA, st.booleans())
def test_freeze_gives_what_its_rules_give(value, exact):
    """Fast paths by exact type (text, dict, list, the plain kinds) keep every distinction: 2 and 2.00, True and 1,
    a list and a PartialList, a date and its text."""
    assert repr(memo.freeze(value, exact)) == repr(_freeze_by_the_rules(value, exact))
    assert type(memo.freeze(value, exact)) is type(_freeze_by_the_rules(value, exact))


def test_freeze_refuses_what_is_not_plain_data():
    with pytest.raises(TypeError):
        memo.freeze([{"a": {1, 2}}], exact=True)
