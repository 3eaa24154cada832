"""Facts in, rules evaluated, findings out: the one pipeline every command uses.

`Checker` checks förfrågningsunderlag; `motor.screening.Screener` screens
suppliers. Both hand their facts to `RuleRunner`, so both subjects get the
same treatment of parameters, unknown facts, justifications and findings.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from ..errors import EngineError, InputError, Location, Problem
from ..formatting import format_value
from ..lang.compiler import Rulebook
from ..lang.klassningar import unknown_codes
from ..model.dokument import Förfrågningsunderlag
from ..model.subjects import DOCUMENT, SUBJECTS
from ..model.ursprung import Ursprung
from ..values import is_number
from . import evaluate, ir
from .facts import ResolvedParam, document_facts, resolve_parameters
from .findings import Fynd, SaknadUppgift, build_finding, missing_facts, undecided_finding
from .outcome import Hit


@dataclass
class Result:
    document_id: str
    file: str | None
    findings: list[Fynd]
    derived: frozenset[str]

    @property
    def missing(self) -> list[SaknadUppgift]:
        """The unknown facts that keep rules from being decided, each with the rules it blocks."""
        return missing_facts(self.findings)


MOTORS = ("native", "durable")
DEFAULT_MOTOR = "native"


def durable_missing() -> InputError:
    """The user's fix for a missing durable_rules: an input error (exit 2), not an engine failure."""
    return InputError([Problem(Location("--motor durable"), (
        "motorn durable kräver tillägget durable, som inte är installerat; installera det med "
        "pip install 'kravmotor[durable]' (durable_rules behöver en C-kompilator och finns bara för "
        "Python före 3.13), eller använd standardmotorn --motor native"))])


def require_motor(motor: str) -> None:
    """Stop before any work when `motor` cannot run here (a batch that starts workers checks this first)."""
    if motor == "durable":
        try:
            from . import durable_backend  # noqa: F401
        except ImportError:
            raise durable_missing() from None


def build_engine(rulebook: Rulebook, motor: str = DEFAULT_MOTOR):
    """The evaluator named `motor`; both take the same IR and return the same `Outcome`."""
    if motor == "native":
        from .native_backend import NativeEngine

        return NativeEngine(rulebook.rules, rulebook.derivations)
    if motor == "durable":
        try:
            from .durable_backend import shared_engine  # the only durable_rules import
        except ImportError:
            raise durable_missing() from None
        return shared_engine(rulebook.rules, rulebook.derivations)
    raise EngineError(f"okänd motor ”{motor}”; välj en av {', '.join(MOTORS)}")


@dataclass
class Run:
    """What the rules concluded about one subject."""

    findings: list[Fynd]  # sorted
    derived: frozenset[str]  # derived facts that hold
    maybe: frozenset[str]  # derived facts that may hold: unknown on what is known
    explainer: evaluate.Explainer | None  # why the undecided are undecided (None when nothing is)
    measures: dict[str, list[tuple[int | None, Any, evaluate.Why]]] = dataclasses.field(default_factory=dict)

    def why_maybe(self, name: str) -> evaluate.Why:
        """What keeps a derived fact that may hold from being decided."""
        return self.explainer.derived(name) if self.explainer and name in self.maybe else evaluate.NOTHING_UNKNOWN


class RuleRunner:
    """One subject's rules on one evaluator: facts in, findings out."""

    def __init__(self, rulebook: Rulebook, subject: str, motor: str = DEFAULT_MOTOR,
                 parameter_overrides: dict[str, Any] | None = None):
        self.rulebook = rulebook.for_subject(subject)
        self.subject = SUBJECTS[subject]
        self.motor = motor
        self.engine = build_engine(self.rulebook, motor)
        self.overrides = parameter_overrides or {}
        self._why_memo: dict[tuple, evaluate.Why] = {}
        self._tops_of: dict[str, tuple[str, ...]] = {}

    def run(self, data: dict[str, Any], *, uncertain: bool = True, justifications: dict[str, str] | None = None,
            document_id: str | None = None, file: str | None = None) -> Run:
        """Findings (sorted), derived facts that hold and that may hold.

        `uncertain`: whether `data` may hold UNKNOWN or spans (see model.unknowns); when the
        caller knows it does not, and every parameter is a plain number, the evaluator's
        two-valued path runs.
        """
        resolved = resolve_parameters(self.rulebook.parameters, data, self.rulebook.param_conditions, self.subject.date_field)
        for name, value in self.overrides.items():
            if name in resolved:
                resolved[name] = ResolvedParam(name, value, True)
        params = {name: p.value for name, p in resolved.items()}
        certain = not uncertain and all(is_number(v) for v in params.values())
        outcome = (self.engine.evaluate_certain if certain else self.engine.evaluate)(data, params)
        derived: dict[str, bool | None] = {**dict.fromkeys(outcome.maybe), **dict.fromkeys(outcome.derived, True)}
        param_unknowns = {name: p.unknown_because for name, p in resolved.items() if p.unknown_because}
        env = evaluate.Env(data, params, derived, param_unknowns=param_unknowns)
        unconfirmed = {
            name: f"Värdet för parametern ”{name}” ({format_value(p.value, self.rulebook.parameters[name].unit)}) "
                  f"är inte bekräftat för perioden."
            for name, p in resolved.items() if is_number(p.value) and not p.confirmed
        }
        justifications = justifications or {}
        findings = [build_finding(hit.rule, evaluate.element_env(hit.rule, env, hit.index), index=hit.index,
                                  justifications=justifications, unconfirmed=unconfirmed, document_id=document_id, file=file)
                    for hit in outcome.hits]
        explainer = None
        if outcome.undecided or outcome.maybe:
            explainer = evaluate.Explainer(self.rulebook.derivations, env)
            for hit in outcome.undecided:
                why = _classified(self._why(explainer, hit, data, params, param_unknowns), data)
                findings.append(undecided_finding(hit.rule, evaluate.element_env(hit.rule, env, hit.index), why,
                                                  index=hit.index, resolved=resolved, subject=self.subject,
                                                  parameters=self.rulebook.parameters, justifications=justifications,
                                                  document_id=document_id, file=file))
        findings.sort(key=Fynd.sort_key)
        # Measures are values a report shows, as a finding's values are: the reference computes them.
        measures = evaluate.measures(self.rulebook.measures, env) if self.rulebook.measures else {}
        return Run(findings, outcome.derived, outcome.maybe, explainer, measures)

    def _why(self, explainer: evaluate.Explainer, hit: Hit, data: dict[str, Any], params: dict[str, Any],
             param_unknowns: dict[str, frozenset[str]]) -> evaluate.Why:
        """Why the rule is undecided; memoised on what it reads (values, parameters and what leaves
        them open), which a batch of imported documents shares across many of them."""
        rule = hit.rule
        try:
            key = (rule.code, hit.index, tuple(_frozen(data.get(name)) for name in self._tops(rule)),
                   tuple((_frozen(params.get(name)), param_unknowns.get(name)) for name in sorted(rule.params)))
        except TypeError:  # a value that cannot be a key: explain without the memo
            return explainer.rule(rule, hit.index)
        why = self._why_memo.get(key)
        if why is None:
            why = explainer.rule(rule, hit.index)
            if len(self._why_memo) < 100_000:  # bounded: documents with ever new values must not grow it forever
                self._why_memo[key] = why
        return why

    def _tops(self, rule: ir.RuleIR) -> tuple[str, ...]:
        """The top-level fields a rule reads, itself or through derived facts and parameters."""
        tops = self._tops_of.get(rule.code)
        if tops is None:
            tops = self._tops_of[rule.code] = tuple(sorted({path.split(".")[0] for path in rule.reads}
                                                          | ({self.subject.date_field} if rule.params else set())))
        return tops


def _classified(why: evaluate.Why, data: dict[str, Any]) -> evaluate.Why:
    """An unknown `klassning.<namn>` named by the unknown CPV codes behind it (the document's or a lot's)."""
    if not any("klassning" in path.split(".") for path in why.unknown):
        return why
    paths = {path for path in why.unknown if "klassning" not in path.split(".")}
    for path in why.unknown - paths:
        prefix, _, _ = path.partition("klassning")
        nested = data.get(prefix.rstrip(".")) if prefix else data  # a supplier's procurement: `upphandling.`
        paths.update(prefix + code for code in unknown_codes(nested if isinstance(nested, dict) else {}))
    return dataclasses.replace(why, unknown=frozenset(paths))


def _frozen(value: Any) -> Any:
    """A hashable copy of plain data (dicts and lists as tuples); TypeError for anything else."""
    if isinstance(value, dict):
        return tuple((k, _frozen(v)) for k, v in value.items())
    if isinstance(value, list):
        return (type(value).__name__,) + tuple(_frozen(v) for v in value)  # a PartialList is not a list
    hash(value)
    return value


class Checker:
    """Checks förfrågningsunderlag against a rulebook on one evaluator."""

    def __init__(self, rulebook: Rulebook, motor: str = DEFAULT_MOTOR):
        self.runner = RuleRunner(rulebook, DOCUMENT.name, motor)
        self.rulebook = self.runner.rulebook
        self.motor = motor
        self.engine = self.runner.engine

    def check(self, doc: Förfrågningsunderlag, file: str | None = None) -> Result:
        data, uncertain = document_facts(doc, self.rulebook.classifications)
        run = self.runner.run(data, uncertain=uncertain, justifications={m.regel: m.text for m in doc.motiveringar},
                              document_id=doc.id, file=file)
        if doc.ursprung:
            for finding in run.findings:
                finding.ursprung = _origins(finding.fält, doc.ursprung)
        return Result(doc.id, file, run.findings, run.derived)


def _origins(fields: list[str], origin: dict[str, Ursprung]) -> list[Ursprung]:
    """Where a finding's fields come from: the most specific entry of `origin` for each.

    `kvalificeringskrav[2].belopp` is looked up as itself, `kvalificeringskrav[2]`,
    `kvalificeringskrav.belopp`, then `kvalificeringskrav`; `klassning.*` as the CPV codes.
    """
    found: list[Ursprung] = []
    for path in fields:
        path = path.replace("[*]", "")
        if path.split(".")[0] == "klassning":
            path = "cpv_koder"
        plain = re.sub(r"\[\d+\]", "", path)
        candidates = [".".join(path.split(".")[:n]) for n in range(path.count(".") + 1, 0, -1)]
        candidates += [".".join(plain.split(".")[:n]) for n in range(plain.count(".") + 1, 0, -1)]
        source = next((origin[c] for c in candidates if c in origin), None)
        if source is not None and source not in found:
            found.append(source)
    return found
