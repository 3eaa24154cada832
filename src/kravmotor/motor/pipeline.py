"""Facts in, rules evaluated, findings out: the one pipeline every command uses."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import EngineError
from ..formatting import format_value
from ..lang.compiler import Rulebook
from ..model.dokument import Förfrågningsunderlag
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


class Checker:
    """Checks documents against a rulebook on one evaluator."""

    def __init__(self, rulebook: Rulebook, motor: str = DEFAULT_MOTOR):
        self.rulebook = rulebook
        self.motor = motor
        self.engine = build_engine(rulebook, motor)

    def check(self, doc: Förfrågningsunderlag, file: str | None = None) -> Result:
        data = document_data(doc, self.rulebook.classifications)
        params = resolve_parameters(self.rulebook.parameters, data, self.rulebook.param_conditions)
        values = {name: p.value for name, p in params.items() if p.value is not None}
        outcome = self.engine.evaluate(data, values)
        env = evaluate.Env(data, values, outcome.derived)
        justifications = {m.regel: m.text for m in doc.motiveringar}
        unconfirmed = {
            name: f"Värdet för parametern ”{name}” ({format_value(p.value, self.rulebook.parameters[name].unit)}) "
                  f"är inte bekräftat för perioden; bedöm resultatet manuellt."
            for name, p in params.items() if p.value is not None and not p.confirmed
        }
        findings = []
        for hit in outcome.hits:
            rule_env = env
            if hit.rule.for_each is not None:
                element = evaluate.value(hit.rule.for_each.collection, env)[hit.index]
                rule_env = env.bind(hit.rule.for_each.alias, element)
            findings.append(build_finding(hit.rule, rule_env, index=hit.index, justifications=justifications,
                                          unconfirmed=unconfirmed, document_id=doc.id, file=file))
        findings.extend(self._missing_parameters(params, doc, file))
        findings.sort(key=Fynd.sort_key)
        return Result(doc.id, file, findings, outcome.derived)

    def _missing_parameters(self, params: dict[str, ResolvedParam], doc: Förfrågningsunderlag, file: str | None) -> list[Fynd]:
        """A rule that needs a parameter with no value for this date cannot be tried: say so."""
        out = []
        for rule in self.rulebook.rules:
            missing = sorted(p for p in rule.params if params[p].value is None)
            if not missing or not _in_force(rule, doc):
                continue
            out.append(Fynd(
                kod=rule.code, titel=rule.title, område=rule.area, utfall="underlag saknas",
                meddelande=f"Regeln kunde inte prövas: {', '.join(f'parametern ”{m}”' for m in missing)} "
                           f"saknar värde för annonseringsdatum {doc.annonseringsdatum.isoformat()}.",
                åtgärd="Komplettera parameterfilen med ett värde för perioden, eller pröva regeln manuellt.",
                källa=Källa(text=rule.source or "", typ=rule.rule_type, säkerhet=rule.confidence, referenser=list(rule.references)),
                dokument=doc.id, fil=file,
            ))
        return out


def _in_force(rule: ir.RuleIR, doc: Förfrågningsunderlag) -> bool:
    day = doc.annonseringsdatum
    return (rule.valid_from is None or day >= rule.valid_from) and (rule.valid_to is None or day <= rule.valid_to)
