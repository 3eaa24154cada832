"""The short written conclusion at the top of a revision report, in plain Swedish.

What met its target, what did not, what could not be judged and why (the target does not
apply to these procurements, the data does not carry the fact, the unknown procurements
decide), what only is reported, and what the check of the documents found. Each paragraph
is one sentence or two, built from the same results the tables show, so the two never
disagree. Shared by the HTML (at the top) and the terminal (after the indicators).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..formatting import format_number
from ..revision.applicability import Buyer
from ..revision.indicators import FOLLOWED, MET, NOT_APPLICABLE, NOT_MET, TOTAL, UNDECIDED, UNSUPPORTED, IndicatorResult
from .revision_report import RevisionReport, format_result_value, format_target

DECIDED = ("fel", "varning", "bedömning krävs")  # the outcomes that judge a document; "underlag saknas" does not


def plural(n: int, one: str, many: str) -> str:
    return f"{format_number(n)} {one if n == 1 else many}"


def listing(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


def _named(r: IndicatorResult, with_value: bool = False) -> str:
    title = r.titel[:1].lower() + r.titel[1:]
    if with_value:
        return f"{title} ({r.id}: {format_result_value(r)}, mål {format_target(r.target, r.kind)})"
    return f"{title} ({r.id})"


def conclusion(report: RevisionReport) -> list[str]:
    """The conclusion's paragraphs, plain text."""
    totals = [r for r in report.indicators if r.group.dimension == TOTAL]
    by = {status: [r for r in totals if r.status == status] for status in (MET, NOT_MET, UNDECIDED, NOT_APPLICABLE,
                                                                           UNSUPPORTED, FOLLOWED)}
    whose = f"upphandlingarna från {report.focus.namn}" if report.focus is not None else "upphandlingarna"
    out = []
    if by[MET]:
        out.append(f"Målet nås för {plural(len(by[MET]), 'indikator', 'indikatorer')}: "
                   f"{listing([_named(r, True) for r in by[MET]])}.")
    if by[NOT_MET]:
        out.append(f"Målet nås inte för {plural(len(by[NOT_MET]), 'indikator', 'indikatorer')}: "
                   f"{listing([_named(r, True) for r in by[NOT_MET]])}.")
    if not by[MET] and not by[NOT_MET]:
        out.append(f"Inget av målen kan bedömas som uppfyllt eller inte uppfyllt för {whose}.")
    if by[NOT_APPLICABLE]:
        out.append(f"{_capital(plural(len(by[NOT_APPLICABLE]), 'mål', 'mål'))} gäller inte {whose}: "
                   f"{listing([_named(r) for r in by[NOT_APPLICABLE]])}. {_why_outside(report)}")
    if by[UNDECIDED]:
        out.append(f"{_capital(plural(len(by[UNDECIDED]), 'mål', 'mål'))} kan inte avgöras, eftersom uppgiften saknas "
                   f"för en del av upphandlingarna och de saknade uppgifterna avgör: "
                   f"{listing([_named(r) for r in by[UNDECIDED]])}.")
    if by[UNSUPPORTED]:
        facts = _merged(list(dict.fromkeys(r.missing_fact for r in by[UNSUPPORTED] if r.missing_fact)))
        statistics = any("statistikdatabas" in t for t in report.source_titles)
        out.append(f"{_capital(plural(len(by[UNSUPPORTED]), 'indikator', 'indikatorer'))} kan inte räknas ut, eftersom "
                   f"underlaget saknar uppgift om {listing(facts)}: {listing([_named(r) for r in by[UNSUPPORTED]])}."
                   + (" Statistikdatabasen har inte de uppgifterna; de står i förfrågningsunderlagen." if statistics else ""))
    with_goal = [r for r in by[FOLLOWED] if r.target is not None and r.target.has_goal]
    if with_goal:
        reasons = listing(list(dict.fromkeys(_sentence(r.explanation) for r in with_goal if r.explanation)))
        out.append(f"{_capital(plural(len(with_goal), 'mål', 'mål'))} prövas inte för underlaget som helhet: "
                   f"{listing([_named(r) for r in with_goal])}. {reasons}".rstrip())
    reported = [r for r in by[FOLLOWED] if r not in with_goal]
    if reported:
        out.append(f"{_capital(plural(len(reported), 'indikator', 'indikatorer'))} har inget mål och redovisas bara: "
                   f"{listing([_named(r) for r in reported])}.")
    out.append(_findings(report))
    return out


def _merged(facts: list[str]) -> list[str]:
    """"miljökrav på … inom miljöledning" and "… inom kemikalier" as one: "miljökrav på … inom miljöledning och kemikalier"."""
    heads: dict[str, list[str]] = {}
    for fact in facts:
        head, _, area = fact.rpartition(" inom ")
        heads.setdefault(head or fact, []).append(area if head else "")
    return [f"{head} inom {listing(areas)}" if all(areas) else head for head, areas in heads.items()]


def rule_version_text(report: RevisionReport) -> str:
    """The rules of the run in words: the rulebook's date and size, and what changed since the previous run."""
    rules = report.rulebook
    if rules is None or rules.codes is None:
        text = "Körningens regelbok kan inte beskrivas närmare (reglerna har ändrats sedan körningen gjordes)."
    else:
        dated = f"daterad {rules.date}" if rules.date else "utan datum"
        text = f"Regelboken {dated}, med {plural(len(rules.codes), 'regel', 'regler')} för förfrågningsunderlag."
    change = report.rule_change
    if change is None:
        return text
    earlier = f"körning {change.earlier_run}, {change.earlier_started[:10]}"
    if change.same:
        return text + f" Samma regler som vid förra körningen av samma underlag ({earlier})."
    if not change.known:
        return text + f" Reglerna har ändrats sedan förra körningen av samma underlag ({earlier})."
    parts = [f"{plural(len(codes), one, many)} ({_codes(codes)})" for codes, one, many in (
        (change.added, "ny regel", "nya regler"), (change.removed, "borttagen regel", "borttagna regler"),
        (change.changed, "ändrad regel enligt ändringsloggen", "ändrade regler enligt ändringsloggen")) if codes]
    what = listing(parts) if parts else "inga nya eller borttagna regler, och inget i ändringsloggen"
    return text + f" Ändringar sedan förra körningen av samma underlag ({earlier}): {what}."


def _codes(codes: Sequence[str], shown: int = 12) -> str:
    rest = len(codes) - shown
    return ", ".join(codes[:shown]) + (f" och {format_number(rest)} till" if rest > 0 else "")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _why_outside(report: RevisionReport) -> str:
    """Whom and when the targets are for, and how these procurements fall outside."""
    targets = report.targets
    if targets is None:
        return ""
    scope = targets.scope
    years = sorted({int(r.group.name) for r in report.indicators if r.group.dimension == "år" and r.group.name.isdigit()})
    reasons = []
    outside_years = [y for y in years if not scope.applies_to_year(y)]
    if outside_years:
        reasons.append(f"upphandlingarna är annonserade {listing([str(y) for y in outside_years])}"
                       if len(outside_years) == len(years) else
                       f"en del av upphandlingarna är annonserade {listing([str(y) for y in outside_years])}")
    if scope.gäller_för is not None:
        if report.focus is not None:
            if not scope.applies_to_buyer(Buyer(report.focus.namn, report.focus.organisationsnummer)):
                reasons.append(f"{report.focus.namn} är inte en av dem")
        else:
            buyers = [b for b in (Buyer(name, number) for name, number in report.buyers) if b.known]
            outside = sum(1 for b in buyers if not scope.applies_to_buyer(b))  # as applicability counts them
            if outside:
                reasons.append(f"{format_number(outside)} av underlagets {plural(len(buyers), 'myndighet', 'myndigheter')} "
                               "inte är bland dem")
    plan = f"Målen i {targets.name} gäller {scope.period_text()} för {scope.buyers_text()}"
    return f"{plan}, medan {listing(reasons)}." if reasons else f"{plan}."


def _findings(report: RevisionReport) -> str:
    outcomes = report.findings.outcomes
    fel, warnings, judge = (outcomes[o] for o in DECIDED)
    found = (f"Regelgranskningen av förfrågningsunderlagen gav {plural(fel, 'fel', 'fel')}, "
             f"{plural(warnings, 'varning', 'varningar')} och {plural(judge, 'fynd', 'fynd')} som kräver bedömning.")
    share = decided_share(report)
    if share is None:
        return found
    if share == 0:
        return (found + " Ingen regel kunde avgöras för något underlag: källan har inte de uppgifter reglerna prövar, "
                "som kvalificeringskrav och kontraktsvillkor. Det är inga brister i upphandlingarna.")
    if share < 1:
        return (found + f" {percent(share)} av regelprövningarna kunde avgöras; resten saknade uppgifter i underlaget "
                "(underlag saknas), vilket inte är en brist i upphandlingarna.")
    return found + " Alla regelprövningar kunde avgöras."


def decided_share(report: RevisionReport, buyers: Sequence[str] | None = None) -> float | None:
    """The share of (rule, document) checks that could be decided, for the report or for some buyers; None if unknown."""
    rules = report.rulebook.rules if report.rulebook is not None else None
    if not rules:
        return None
    if buyers is None:
        buyers = report.focus.keys if report.focus is not None else list(report.buyer_documents)
    documents = sum(report.buyer_documents.get(b, 0) for b in buyers)
    if not documents:
        return None
    undecided = sum(report.undecided_rules.get(b, 0) for b in buyers)
    return max(0.0, 1 - undecided / (rules * documents))


def percent(share: float) -> str:
    return f"{share * 100:.1f}".replace(".", ",") + "\u00a0%"
