"""Facts in, rules evaluated, findings out: the one pipeline every command uses.

`Checker` checks förfrågningsunderlag; `motor.screening.Screener` screens
suppliers. Both hand their facts to `evaluate_rules`, so both subjects get the
same treatment of parameters, unknown facts, justifications and findings.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ..errors import EngineError
from ..formatting import format_value
from ..lang.compiler import Rulebook
from ..model.dokument import Förfrågningsunderlag
from ..model.subjects import DOCUMENT, SUBJECTS
from . import evaluate, ir
from .facts import ResolvedParam, document_data, resolve_parameters
from .findings import Fynd, Källa, build_finding


@dataclass
class Result:
    document_id: str
    file: str | None
    findings: list[Fynd]
    derived: frozenset[str]


MOTORS = ("native", "durable")
DEFAULT_MOTOR = "native"


def build_engine(rulebook: Rulebook, motor: str = DEFAULT_MOTOR):
    """The evaluator named `motor`; both take the same IR and return the same `Outcome`."""
    if motor == "native":
        from .native_backend import NativeEngine

        return NativeEngine(rulebook.rules, rulebook.derivations)
    if motor == "durable":
        try:
            from .durable_backend import DurableEngine  # the only durable_rules import
        except ImportError as exc:
            raise EngineError(
                "motorn ”durable” kräver paketet durable-rules, som inte finns installerat för den här "
                f"Python-versionen ({exc}); använd --motor native"
            ) from None
        return DurableEngine(rulebook.rules, rulebook.derivations)
    raise EngineError(f"okänd motor ”{motor}”; välj en av {', '.join(MOTORS)}")


class RuleRunner:
    """One subject's rules on one evaluator: facts in, findings out."""

    def __init__(self, rulebook: Rulebook, subject: str, motor: str = DEFAULT_MOTOR,
                 parameter_overrides: dict[str, Any] | None = None):
        self.rulebook = rulebook.for_subject(subject)
        self.subject = SUBJECTS[subject]
        self.motor = motor
        self.engine = build_engine(self.rulebook, motor)
        self.overrides = parameter_overrides or {}
        # The fields each rule's own `om` reads, or None when it reads a derived fact (which may rest on anything).
        self._applies_paths = {rule.code: _applies_paths(rule) for rule in self.rulebook.rules}
        # Which unknown fields each rule reads depends only on the set of unknowns, and an import gives
        # nearly every document the same set: computed once per set (a batch audit spent 85 % of its time here).
        self._unknown_cache: dict[frozenset[str], dict[str, tuple[list[str], bool]]] = {}

    def run(self, data: dict[str, Any], *, unknown: frozenset[str] | set[str] = frozenset(),
            justifications: dict[str, str] | None = None, document_id: str | None = None,
            file: str | None = None) -> tuple[list[Fynd], frozenset[str]]:
        """Findings (sorted) and the derived facts that hold. `unknown`: field paths the source does not carry."""
        day = data.get(self.subject.date_field)
        params = resolve_parameters(self.rulebook.parameters, data, self.rulebook.param_conditions, self.subject.date_field)
        for name, value in self.overrides.items():
            if name in params:
                params[name] = ResolvedParam(name, value, True)
        values = {name: p.value for name, p in params.items() if p.value is not None}
        outcome = self.engine.evaluate(data, values)
        env = evaluate.Env(data, values, outcome.derived)
        unconfirmed = {
            name: f"Värdet för parametern ”{name}” ({format_value(p.value, self.rulebook.parameters[name].unit)}) "
                  f"är inte bekräftat för perioden; bedöm resultatet manuellt."
            for name, p in params.items() if p.value is not None and not p.confirmed
        }
        cannot_try = {}
        blocked = self._blocked_by(unknown)
        for rule in self.rulebook.rules:
            if not _may_be_in_force(rule, day):
                continue
            missing_fields, applies_is_known = blocked[rule.code]
            missing_params = sorted(p for p in rule.params if params[p].value is None)
            if not (missing_fields or missing_params):
                continue
            # The rule's own `om` is false on known facts alone (`om led = 0` for a subcontractor):
            # then what is missing elsewhere in the rule does not matter.
            if applies_is_known and not evaluate.holds(rule.applies, env):
                continue
            cannot_try[rule.code] = self._cannot_try(rule, missing_fields, missing_params, day, document_id, file)
        findings = list(cannot_try.values())
        for hit in outcome.hits:
            if hit.rule.code in cannot_try:
                continue
            rule_env = env
            if hit.rule.for_each is not None:
                element = evaluate.value(hit.rule.for_each.collection, env)[hit.index]
                rule_env = env.bind(hit.rule.for_each.alias, element)
            findings.append(build_finding(hit.rule, rule_env, index=hit.index, justifications=justifications or {},
                                          unconfirmed=unconfirmed, document_id=document_id, file=file))
        findings.sort(key=Fynd.sort_key)
        return findings, outcome.derived

    def _blocked_by(self, unknown) -> dict[str, tuple[list[str], bool]]:
        """Per rule: the unknown fields it reads, and whether its own `om` reads only known fields."""
        unknown = frozenset(unknown)
        blocked = self._unknown_cache.get(unknown)
        if blocked is None:
            blocked = {}
            for rule in self.rulebook.rules:
                paths = self._applies_paths[rule.code]
                known = paths is not None and not any(_overlaps(p, u) for p in paths for u in unknown)
                blocked[rule.code] = (unknown_reads(rule, unknown, self.subject.date_field), known)
            if len(self._unknown_cache) < 4096:  # bounded: documents with ever new sets must not grow it forever
                self._unknown_cache[unknown] = blocked
        return blocked

    def _cannot_try(self, rule: ir.RuleIR, fields: list[str], params: list[str], day: dt.date | None,
                    document_id: str | None, file: str | None) -> Fynd:
        """A rule that needs a fact the source does not carry, or a parameter with no value for the day, is not tried."""
        when = f"för {self.subject.date_field} {day.isoformat()}" if day else "eftersom datumet är okänt"
        source = "underlaget" if self.subject is DOCUMENT else "leverantörsuppgifterna"
        reasons = [f"{source} saknar uppgift om " + ", ".join(f"”{f}”" for f in fields)] if fields else []
        reasons += [f"parametern ”{p}” saknar värde {when}" for p in params]
        return Fynd(
            kod=rule.code, titel=rule.title, område=rule.area, utfall="underlag saknas",
            meddelande=f"Regeln kunde inte prövas: {'; '.join(reasons)}.",
            åtgärd=("Komplettera uppgifterna, eller pröva regeln manuellt." if fields else
                    "Komplettera parameterfilen med ett värde för perioden, eller pröva regeln manuellt."),
            fält=fields,
            källa=Källa(text=rule.source or "", typ=rule.rule_type, säkerhet=rule.confidence, referenser=list(rule.references)),
            dokument=document_id, fil=file,
        )


def _effective_path(path: str) -> str:
    """`klassning.<namn>` is computed from the CPV codes: reading it reads them."""
    parts = path.split(".")
    if "klassning" in parts:
        return ".".join(parts[:parts.index("klassning")] + ["cpv_koder"])
    return path


def unknown_reads(rule: ir.RuleIR, unknown, date_field: str) -> list[str]:
    """The unknown fields the rule reads: the same path, one inside the other, or the day its parameters depend on."""
    if not unknown:
        return []
    reads = {_effective_path(r) for r in rule.reads}
    if rule.params:
        reads.add(date_field)
    return sorted(u for u in unknown if any(_overlaps(r, u) for r in reads))


def _overlaps(path: str, unknown: str) -> bool:
    """The same field, or one inside the other."""
    return path == unknown or path.startswith(unknown + ".") or unknown.startswith(path + ".")


def _applies_paths(rule: ir.RuleIR) -> frozenset[str] | None:
    """The document fields the rule's own `om` reads; None when it cannot be tried on its own (none, or a derived fact)."""
    if rule.applies is None or _uses_derived(rule.applies):
        return None
    return frozenset(_effective_path(".".join(r.path)) for r in ir.refs(rule.applies) if r.scope == ir.DOC)


def _uses_derived(cond) -> bool:
    if isinstance(cond, ir.Derived):
        return True
    if isinstance(cond, ir.Quant):
        return _uses_derived(cond.cond)
    return any(_uses_derived(c) for c in getattr(cond, "items", ()))


def _may_be_in_force(rule: ir.RuleIR, day: dt.date | None) -> bool:
    if day is None:
        return True  # an unknown day: the rule reads the day, so it is reported as not tried
    return (rule.valid_from is None or day >= rule.valid_from) and (rule.valid_to is None or day <= rule.valid_to)


class Checker:
    """Checks förfrågningsunderlag against a rulebook on one evaluator."""

    def __init__(self, rulebook: Rulebook, motor: str = DEFAULT_MOTOR):
        self.runner = RuleRunner(rulebook, DOCUMENT.name, motor)
        self.rulebook = self.runner.rulebook
        self.motor = motor
        self.engine = self.runner.engine

    def check(self, doc: Förfrågningsunderlag, file: str | None = None) -> Result:
        data = document_data(doc, self.rulebook.classifications)
        findings, derived = self.runner.run(
            data, unknown=frozenset(doc.okända_uppgifter), justifications={m.regel: m.text for m in doc.motiveringar},
            document_id=doc.id, file=file)
        if doc.ursprung:
            for finding in findings:
                finding.ursprung = _origins(finding.fält, doc.ursprung)
        return Result(doc.id, file, findings, derived)


def _origins(fields: list[str], origin: dict[str, str]) -> list[str]:
    """The source fields behind a finding's fields: the most specific entry of `origin` for each.

    `kvalificeringskrav[2].belopp` is looked up as itself, `kvalificeringskrav[2]`,
    `kvalificeringskrav.belopp`, then `kvalificeringskrav`; `klassning.*` as the CPV codes.
    """
    found: list[str] = []
    for path in fields:
        path = path.replace("[*]", "")
        if path.split(".")[0] == "klassning":
            path = "cpv_koder"
        plain = re.sub(r"\[\d+\]", "", path)
        candidates = [".".join(path.split(".")[:n]) for n in range(path.count(".") + 1, 0, -1)]
        candidates += [".".join(plain.split(".")[:n]) for n in range(plain.count(".") + 1, 0, -1)]
        source = next((origin[c] for c in candidates if c in origin), None)
        if source and source not in found:
            found.append(source)
    return found
