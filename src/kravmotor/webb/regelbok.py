"""Regelbok: every rule by area, searchable by code, text and legal source; each with its text, source, validity
and its Swedish scenarios. The facts shown are the printed rulebook's (`rapport.regelbok`)."""

from __future__ import annotations

from markupsafe import Markup
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.routing import Route

from ..lang.andringar import changes_of
from ..rapport.regelbok import change_html, rule_facts, rules_by_area
from ..rulebook_docs import rule_examples


def _searchable(rule) -> str:
    return " ".join(filter(None, (rule.code, rule.title, rule.area, rule.source, rule.description, rule.text,
                                  *rule.references))).casefold()


def _matching(groups: dict, query: str, area: str) -> dict:
    """The rules with the query as a phrase ("14 kap. 4 §"); failing that, with every word of it somewhere."""
    phrase = " ".join(query.casefold().split())
    words = phrase.split()
    for test in (lambda text: phrase in " ".join(text.split()), lambda text: all(w in text for w in words)):
        found = {name: [r for r in rules if test(_searchable(r))] for name, rules in groups.items()
                 if not area or name == area}
        if any(found.values()) or not words:
            return found
    return found


async def index(request: Request):
    webb = request.app.state.webb
    rulebook = webb.rulebook
    query = request.query_params.get("q", "").strip()[:200]
    area = request.query_params.get("omrade", "")
    groups = rules_by_area(rulebook)
    shown = _matching(groups, query, area)
    shown = {name: rules for name, rules in shown.items() if rules}
    return webb.page(request, "regelbok.html", active="regelbok", query=query, area=area, areas=rulebook.areas,
                     area_names=list(groups), groups=shown, total=len(rulebook.rules),
                     found=sum(len(r) for r in shown.values()))


async def rule(request: Request):
    webb = request.app.state.webb
    code = request.path_params["code"].upper()
    found = webb.rulebook.rule(code)
    if found is None:
        raise HTTPException(404, f"Det finns ingen regel med koden {code[:20]}.")
    codes = {r.code for r in webb.rulebook.rules}
    changes = [Markup(change_html(c.text, codes, link="/regelbok/")) for c in changes_of(webb.rulebook.changes, found.code)]
    return webb.page(request, "regel.html", active="regelbok", rule=found, facts=rule_facts(found), changes=changes,
                     examples=rule_examples(found.code), area=webb.rulebook.areas.get(found.area or ""))


routes = [Route("/regelbok", index), Route("/regelbok/{code}", rule)]
