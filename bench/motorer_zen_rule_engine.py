"""zen-engine and rule-engine on the rules of bench_motorer.py: ready-made engines with two
truth values, measured on the documents with nothing unknown only."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from motorer_regler import ANBUDSTID, BARA_HÖGA, GRÄNS, HÖGA, INGET, LITEN, MAX_MÅNADER, MÄRKEN, Key, Svar

# ---------------------------------------------------------------------------------------
# zen-engine: a JDM graph built here. input -> expression node (the derived fact) ->
# decision table over the document; input -> one decision table per list, in loop
# mode (one evaluation per element; the result is a list per element, so the
# element index is its position). Hit policy "collect", one row per rule. ZEN's
# lexer takes ASCII names only: other fields are read as $root['…'], the document
# from a loop table as $nodes.in. The input is the document as JSON-able data
# (floats, ISO dates); that conversion is timed separately. Only for the 0 % documents:
# ZEN has no third truth value.
# ---------------------------------------------------------------------------------------


def _zen_tabell(nod_id: str, kolumner: list[tuple[str, str]], rader: list[tuple[str, list[str]]], lista: str | None) -> dict:
    inputs = [{"id": f"{nod_id}_c{n}", "name": namn, "field": fält} if fält else {"id": f"{nod_id}_c{n}", "name": namn}
              for n, (namn, fält) in enumerate(kolumner)]
    rules = []
    for kod, celler in rader:
        rad = {"_id": f"{nod_id}_{kod}", f"{nod_id}_ut": json.dumps(kod, ensure_ascii=False)}
        rad.update({f"{nod_id}_c{n}": cell for n, cell in enumerate(celler)})
        rules.append(rad)
    return {"id": nod_id, "type": "decisionTableNode", "name": nod_id, "position": {"x": 400, "y": 0},
            "content": {"hitPolicy": "collect", "inputs": inputs, "outputs": [{"id": f"{nod_id}_ut", "name": "kod", "field": "kod"}],
                        "rules": rules, "passThrough": False, "inputField": lista, "outputPath": nod_id,
                        "executionMode": "loop" if lista else "single"}}


def zen_jdm() -> dict:
    totalt = "$root['uppskattat_värde'].totalt"
    dok_totalt = "$nodes.in['uppskattat_värde'].totalt"
    slutsatser = {"id": "slutsatser", "type": "expressionNode", "name": "slutsatser", "position": {"x": 200, "y": 0},
                  "content": {"expressions": [{"id": "x1", "key": "hoga_ekonomiska_krav",
                                               "value": f"some(kvalificeringskrav, #.typ == 'omsättning' and #.belopp != null and #.belopp > {totalt})"}],
                              "passThrough": True, "inputField": None, "outputPath": None, "executionMode": "single"}}
    dokument = _zen_tabell("dokument", [("regim", "regim"), ("förfarande", "$root['förfarande']"), ("villkor", "")], [
        ("MAT-02", ['"direktupphandling"', "", f"{totalt} > {GRÄNS}"]),
        ("MAT-03", ["", '"öppet"', f"$root['sista_anbudsdag'] != null and "
                                  f"d($root['sista_anbudsdag']).diff(d(annonseringsdatum), 'day') < {ANBUDSTID}"]),
        ("MAT-05", ['"direktivstyrd"', "", "len(delkontrakt) == 0 and $root['skäl_mot_uppdelning'] == null"]),
        ("MAT-06", ["", "", f"{totalt} < {LITEN} and some(kvalificeringskrav, #.typ == 'kreditupplysning' and "
                            f"#['lägsta_riskklass'] != null and #['lägsta_riskklass'] >= 3 and #['annan_bevisning_godtas'] == false)"]),
        ("MAT-07", ["", "", f"avtalstid != null and avtalstid['grundperiod_månader'] + avtalstid['förlängning_månader'] > {MAX_MÅNADER}"]),
        ("MAT-08", ["", "", f"hoga_ekonomiska_krav and {totalt} <= {GRÄNS}"]),
        (HÖGA, ["", "", "hoga_ekonomiska_krav"]),  # the derived fact, so that it can be compared
    ], None)
    krav = _zen_tabell("krav", [("typ", "typ"), ("villkor", "")], [
        ("MAT-01", ['"omsättning"', f"$nodes.in.regim == 'direktivstyrd' and belopp != null and belopp > 2 * {dok_totalt}"]),
    ], "kvalificeringskrav")
    spec = _zen_tabell("spec", [("hänvisning", "$root['hänvisning']"), ("eller likvärdigt", "$root['eller_likvärdigt']")], [
        ("MAT-04", [", ".join(json.dumps(m, ensure_ascii=False) for m in MÄRKEN), "false"]),
    ], "tekniska_specifikationer")
    nodes = [{"id": "in", "type": "inputNode", "name": "in", "position": {"x": 0, "y": 0}, "content": {}},
             slutsatser, dokument, krav, spec,
             {"id": "ut", "type": "outputNode", "name": "ut", "position": {"x": 600, "y": 0}, "content": {}}]
    kanter = [("in", "slutsatser"), ("slutsatser", "dokument"), ("in", "krav"), ("in", "spec"),
              ("dokument", "ut"), ("krav", "ut"), ("spec", "ut")]
    edges = [{"id": f"k{n}", "sourceId": a, "targetId": b, "type": "edge"} for n, (a, b) in enumerate(kanter)]
    return {"nodes": nodes, "edges": edges}


def zen_indata(value: Any) -> Any:
    """document_data as JSON-able data: Decimal -> float, date -> ISO text."""
    if isinstance(value, dict):
        return {k: zen_indata(v) for k, v in value.items()}
    if isinstance(value, list):
        return [zen_indata(v) for v in value]
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def zen_svar(result: dict) -> Svar:
    r = result["result"]
    keys: set[Key] = {(row["kod"], None) for row in r.get("dokument") or ()}
    for lista in ("krav", "spec"):
        for i, rows in enumerate(r.get(lista) or ()):
            keys.update((row["kod"], i) for row in rows)
    höga = (HÖGA, None) in keys
    keys.discard((HÖGA, None))
    return (frozenset(keys), INGET, BARA_HÖGA if höga else INGET, INGET)


# ---------------------------------------------------------------------------------------
# rule-engine: one Rule per kravmotor rule, evaluated on the document_data dicts
# themselves (rule-engine takes Decimal, date and dict). Its symbols are ASCII only,
# so a resolver maps them to the Swedish keys; inside a dict, keys are indexed as
# ['…']. A `för varje` rule is matched once
# per element, with `e` the element and the document's fields beside it. A key that
# may be missing is tested with `'key' in mapping` first.
# ---------------------------------------------------------------------------------------

_ASCII = str.maketrans("åäöÅÄÖ", "aaoAAO")


class _Element:
    __slots__ = ("doc", "e")

    def __init__(self, doc: dict, e: dict):
        self.doc, self.e = doc, e


class RuleEngine:
    DOKUMENT = {
        "MAT-02": f"regim == 'direktupphandling' and uppskattat_varde['totalt'] > {GRÄNS}",
        "MAT-03": f"forfarande == 'öppet' and sista_anbudsdag != null and (sista_anbudsdag - annonseringsdatum).days < {ANBUDSTID}",
        "MAT-05": "regim == 'direktivstyrd' and delkontrakt.is_empty and skal_mot_uppdelning == null",
        "MAT-06": f"uppskattat_varde['totalt'] < {LITEN} and [k for k in kvalificeringskrav if k['typ'] == 'kreditupplysning' "
                  "and 'lägsta_riskklass' in k and k['lägsta_riskklass'] >= 3 "
                  "and 'annan_bevisning_godtas' in k and k['annan_bevisning_godtas'] == false].length > 0",
        "MAT-07": f"avtalstid != null and avtalstid['grundperiod_månader'] + avtalstid['förlängning_månader'] > {MAX_MÅNADER}",
    }
    SLUTSATS = ("[k for k in kvalificeringskrav if k['typ'] == 'omsättning' and 'belopp' in k "
                "and k['belopp'] > uppskattat_varde['totalt']].length > 0")
    MAT_08 = f"uppskattat_varde['totalt'] <= {GRÄNS}"
    ELEMENT = {
        "MAT-01": ("kvalificeringskrav", "regim == 'direktivstyrd' and e['typ'] == 'omsättning' and 'belopp' in e "
                                         "and e['belopp'] > 2 * uppskattat_varde['totalt']"),
        "MAT-04": ("tekniska_specifikationer", f"'hänvisning' in e and e['hänvisning'] in {list(MÄRKEN)!r} and e['eller_likvärdigt'] == false"),
    }

    def __init__(self):
        import rule_engine

        def resolve(thing, name):
            if type(thing) is _Element:
                if name == "e":
                    return thing.e
                thing = thing.doc
            return thing.get(self._names.get(name, name))

        self._names: dict[str, str] = {}
        context = rule_engine.Context(resolver=resolve)
        self.dokument = [(kod, rule_engine.Rule(text, context=context)) for kod, text in self.DOKUMENT.items()]
        self.slutsats = rule_engine.Rule(self.SLUTSATS, context=context)
        self.mat_08 = rule_engine.Rule(self.MAT_08, context=context)
        self.element = [(kod, lista, rule_engine.Rule(text, context=context)) for kod, (lista, text) in self.ELEMENT.items()]

    def learn_names(self, keys) -> None:
        """ASCII spelling -> Swedish key, for every top-level key of the model (setup, untimed)."""
        self._names.update({k.translate(_ASCII): k for k in keys})

    def evaluate(self, d: dict) -> tuple[set[Key], bool]:
        out: set[Key] = {(kod, None) for kod, rule in self.dokument if rule.matches(d)}
        höga = self.slutsats.matches(d)
        if höga and self.mat_08.matches(d):
            out.add(("MAT-08", None))
        for kod, lista, rule in self.element:
            for i, e in enumerate(d.get(lista) or ()):
                if rule.matches(_Element(d, e)):
                    out.add((kod, i))
        return out, höga
