"""Facts in, rules evaluated, findings out: the one pipeline every command uses.

`Checker` checks förfrågningsunderlag; `motor.screening.Screener` screens
suppliers. Both hand their facts to `RuleRunner`, so both subjects get the
same treatment of parameters, unknown facts, justifications and findings.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat
from operator import attrgetter, is_not
from typing import Any, cast

from ..errors import EngineError, InputError, Location, Problem
from ..formatting import format_value
from ..lang.compiler import Rulebook
from ..lang.klassningar import unknown_codes
from ..model.dokument import Förfrågningsunderlag
from ..model.loading import located
from ..model.subjects import DOCUMENT, SUBJECTS
from ..model.ursprung import Ursprung
from ..values import UNKNOWN, is_number
from . import DEFAULT_MOTOR, MOTORS, berakning, evaluate, ir, memo
from .facts import ResolvedParam, document_facts, resolve_parameters
from .findings import (Compact, Fynd, SaknadUppgift, build_finding, compact, missing_facts, undecided_case,
                       undecided_finding)
from .outcome import Hit, Outcome
from .stored import StoredFindings


class Result:
    """One document's findings and the derived facts that hold (`derived`, which only some reports read:
    it may be given as a function that works them out when first asked)."""

    def __init__(self, document_id: str, file: str | None, findings: list[Fynd],
                 derived: frozenset[str] | Callable[[], frozenset[str]]):
        self.document_id = document_id
        self.file = file
        self.findings = findings
        self._derived = derived

    @property
    def derived(self) -> frozenset[str]:
        if callable(self._derived):
            self._derived = self._derived()
        return self._derived

    def __repr__(self) -> str:
        return f"Result({self.document_id!r}, {self.file!r}, {len(self.findings)} fynd)"

    @property
    def missing(self) -> list[SaknadUppgift]:
        """The unknown facts that keep rules from being decided, each with the rules it blocks."""
        return missing_facts(self.findings)


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

        generated = rulebook.generated.get(rulebook.subject) if rulebook.subject is not None else None
        return NativeEngine(rulebook.rules, rulebook.derivations, generated)
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


@dataclass(frozen=True)
class _Params:
    """A subject's parameters for its day, and what follows from them for its findings."""

    resolved: dict[str, ResolvedParam]
    values: dict[str, Any]
    unknowns: dict[str, frozenset[str]]  # parameter -> the unknown fields that leave it open
    unconfirmed: dict[str, str]  # parameter -> the note a finding reading it carries
    plain: bool  # every value a plain number: the evaluators' two-valued path may run
    numbers: dict[str, int]  # parameter -> a number for what it resolved to (within one runner's memo)
    day_free: dict[str, tuple[int, int]] | None = None  # `_numbers` when no parameter's number names the day


class RuleRunner:
    """One subject's rules on one evaluator: facts in, findings out.

    `run` gives findings as models (`Fynd`), for a report on a few subjects. `compact` gives
    them as stored (`Compact`), memoised: a finding is rendered once for every distinct set
    of values its rule reads, which a batch of imported documents shares across thousands.
    """

    def __init__(self, rulebook: Rulebook, subject: str, motor: str = DEFAULT_MOTOR,
                 parameter_overrides: dict[str, Any] | None = None):
        self.rulebook = rulebook.for_subject(subject)
        self.subject = SUBJECTS[subject]
        self.motor = motor
        self.engine = build_engine(self.rulebook, motor)
        self.overrides = parameter_overrides or {}
        self._why_memo: dict[tuple, evaluate.Why] = {}
        self._tops_of: dict[str, tuple[str, ...]] = {}
        self._finding_memo: memo.FindingMemo | None = None

    @property
    def _memo(self) -> memo.FindingMemo:
        """The memo `compact` keeps, worked out from the rules when first used (a tenth of a cold `granska`
        of one document, which `Checker.check` checks without it)."""
        if self._finding_memo is None:
            self._finding_memo = memo.FindingMemo(self.rulebook.rules, self.rulebook.derivations, self.rulebook.parameters,
                                                  self.rulebook.param_conditions, self.subject.date_field)
        return self._finding_memo

    def _parameters(self, data: dict[str, Any], subject: memo.Subject | None = None) -> _Params:
        """The parameters for the subject's day; memoised on what they resolve from (see `memo.param_key`)."""
        remembered: memo.FindingMemo | None = None
        key: tuple | None = None
        found: _Params | None = None
        if subject is not None:  # `run` keeps no memo
            remembered = self._memo
            key = remembered.param_key(subject)
            found = remembered.params.get(key)
        if found is None:
            resolved = resolve_parameters(self.rulebook.parameters, data, self.rulebook.param_conditions,
                                          self.subject.date_field)
            for name, value in self.overrides.items():
                if name in resolved:
                    resolved[name] = ResolvedParam(name, value, True)
            plain = {name: p.value for name, p in resolved.items()}
            unconfirmed = {
                name: f"Värdet för parametern ”{name}” ({format_value(p.value, self.rulebook.parameters[name].unit)}) "
                      f"är inte bekräftat för perioden."
                for name, p in resolved.items() if is_number(p.value) and not p.confirmed
            }
            numbers = {}
            if remembered is not None:  # numbered by what each resolved to
                numbers = {name: remembered.resolved_number(
                    (name, memo.freeze(p.value, exact=True), p.confirmed, p.unknown_because, p.source))
                    for name, p in resolved.items()}
            day_free = None
            if all(p.value is not UNKNOWN or p.unknown_because for p in resolved.values()):
                day_free = {name: (number, number) for name, number in numbers.items()}
            found = _Params(resolved, plain, {name: p.unknown_because for name, p in resolved.items() if p.unknown_because},
                            unconfirmed, all(is_number(v) for v in plain.values()), numbers, day_free)
            if remembered is not None:
                remembered.params[key] = found
        if subject is not None:
            subject.params = self._numbers(found, subject)
        return found

    def _numbers(self, params: _Params, subject: memo.Subject) -> dict[str, tuple[int, int]]:
        """Each parameter's number with the day and without: a finding naming a parameter without a value
        for the day names the day too."""
        if params.day_free is not None:
            return params.day_free
        day = None
        numbers = {}
        for name, number in params.numbers.items():
            p = params.resolved[name]
            if p.value is UNKNOWN and not p.unknown_because:
                if day is None:
                    day = memo.freeze(subject.day, exact=True)
                numbers[name] = (self._memo.resolved_number((number, day)), number)
            else:
                numbers[name] = (number, number)
        return numbers

    def _outcome(self, data: dict[str, Any], params: _Params, uncertain: bool) -> Outcome:
        return (self.engine.evaluate_certain if params.plain and not uncertain else self.engine.evaluate)(data, params.values)

    def derived(self, data: dict[str, Any], *, uncertain: bool = True) -> frozenset[str]:
        """The derived facts that hold for `data` (what `run` gives as `Run.derived`), without findings."""
        return self._outcome(data, self._parameters(data), uncertain).derived

    def _env(self, data: dict[str, Any], params: _Params, outcome: Outcome) -> evaluate.Env:
        derived: dict[str, bool | None] = {**dict.fromkeys(outcome.maybe), **dict.fromkeys(outcome.derived, True)}
        return evaluate.Env(data, params.values, derived, param_unknowns=params.unknowns)

    def run(self, data: dict[str, Any], *, uncertain: bool = True, justifications: dict[str, str] | None = None,
            document_id: str | None = None, file: str | None = None) -> Run:
        """Findings (sorted), derived facts that hold and that may hold.

        `uncertain`: whether `data` may hold UNKNOWN or spans (see model.unknowns); when the
        caller knows it does not, and every parameter is a plain number, the evaluator's
        two-valued path runs.
        """
        params = self._parameters(data)
        outcome = self._outcome(data, params, uncertain)
        env = self._env(data, params, outcome)
        justifications = justifications or {}
        findings = [self._fired(hit, env, params, justifications, document_id, file) for hit in outcome.hits]
        explainer = None
        if outcome.undecided or outcome.maybe:
            explainer = evaluate.Explainer(self.rulebook.derivations, env)
            findings += [self._undecided(hit, env, explainer, params, justifications, document_id, file)
                         for hit in outcome.undecided]
        findings.sort(key=Fynd.sort_key)
        # Measures are values a report shows, as a finding's values are: the reference computes them.
        measures = evaluate.measures(self.rulebook.measures, env) if self.rulebook.measures else {}
        return Run(findings, outcome.derived, outcome.maybe, explainer, measures)

    def compact(self, data: dict[str, Any], *, uncertain: bool = True, justifications: dict[str, str] | None = None,
                finish: tuple[int, Callable[[Compact], Compact]] | None = None) -> list[Compact]:
        """The findings as stored, sorted as `run` sorts them.

        A subject whose rules' outcome an earlier one's key gives gets its findings without
        running the rules (`memo.row_key`). Otherwise each is looked up by what it depends on
        (see `motor.memo`); only a finding not seen before is built, by the very code `run`
        uses, and then `finish`ed (the caller adds what the subject's source says, numbered by
        `finish[0]`: equal numbers, equal additions).
        """
        remembered = self._memo
        remembered.trim()
        subject = remembered.subject(data)
        params = self._parameters(data, subject)
        justifications = justifications or {}
        if subject is None:
            return self._compact(data, None, params, self._outcome(data, params, uncertain), justifications, finish)[0]
        key = remembered.row_key(subject, (uncertain, finish[0] if finish else None,
                                           tuple(sorted(justifications.items())) if justifications else None))
        whole = remembered.rows.get(key)
        if whole is None:
            outcome = self._outcome(data, params, uncertain)
            found, in_order = self._compact(data, subject, params, outcome, justifications, finish)
            remembered.rows[key] = self._whole(outcome, in_order)
            return found
        if not whole.own:
            return list(whole.findings)
        own = []  # the subject's own findings, in `whole.own`'s order
        made = None
        for _place, _at, fired, hit, _rank in whole.own:
            known = remembered.findings_for(fired, finish[0] if finish else None)
            finding_key = remembered.keys(subject, fired, (hit,), justifications)[0]
            finding = known.get(finding_key)
            if finding is None:
                if made is None:
                    made = self._made(data, params, whole.outcome)
                finding = self._new_finding(fired, hit, made, params, justifications, subject, finish)
                finding = remembered.remember(known, finding_key, finding)
            own.append(finding)
        if all(finding.rank == entry[4] for finding, entry in zip(own, whole.own, strict=True)):
            found = list(whole.findings)  # ranked as the first subject's: sorted the same way
            for finding, entry in zip(own, whole.own, strict=True):
                found[entry[1]] = finding
            return found
        found = list(whole.in_order)
        for finding, entry in zip(own, whole.own, strict=True):
            found[entry[0]] = finding
        found.sort(key=_RANK)
        return found

    def _whole(self, outcome: Outcome, in_order: list[Compact]) -> memo.Whole:
        """What a subject's key gives (see `memo.Whole`), from the first subject with the key."""
        beyond = self._memo.beyond_row
        order = sorted(range(len(in_order)), key=lambda place: in_order[place].rank)  # as `found` was sorted
        findings = tuple(in_order[place] for place in order)
        hits = [(True, hit) for hit in outcome.hits] + [(False, hit) for hit in outcome.undecided]
        at = {place: position for position, place in enumerate(order)}
        own = tuple((place, at[place], fired, hit, in_order[place].rank) for place, (fired, hit) in enumerate(hits)
                    if (fired, hit.rule.code) in beyond)
        return memo.Whole(outcome if own else None, findings, tuple(in_order) if own else (), own)

    def _compact(self, data: dict[str, Any], subject: memo.Subject | None, params: _Params, outcome: Outcome,
                 justifications: dict[str, str], finish: tuple[int, Callable[[Compact], Compact]] | None
                 ) -> tuple[list[Compact], list[Compact]]:
        """`compact` for a subject not looked up whole: its findings sorted, and in the outcome's order."""
        remembered = self._memo
        if not outcome.hits and not outcome.undecided:
            return [], []
        found: list[Compact] = []
        made = None  # (env, explainer), made for the first finding not in the memo
        for fired, hits in ((True, outcome.hits), (False, outcome.undecided)):
            if not hits:
                continue
            memo = remembered.findings_for(fired, finish[0] if finish else None)
            keys: list[tuple] | list[None]
            if subject is not None:
                keys = remembered.keys(subject, fired, hits, justifications)
                known = list(map(memo.get, keys))
                if all(map(is_not, known, repeat(None))):  # every finding seen before: the common case in a batch
                    found += cast("list[Compact]", known)
                    continue
            else:
                keys = [None] * len(hits)
            for hit, key in zip(hits, keys, strict=True):
                finding = memo.get(key) if key is not None else None
                if finding is None:
                    if made is None:
                        made = self._made(data, params, outcome)
                    finding = self._new_finding(fired, hit, made, params, justifications, subject, finish)
                    if key is not None:
                        finding = remembered.remember(memo, key, finding)
                found.append(finding)
        return sorted(found, key=_RANK), found

    def _made(self, data: dict[str, Any], params: _Params, outcome: Outcome) -> tuple[evaluate.Env, evaluate.Explainer]:
        """What a finding is built from: made once per subject, for its first finding not in the memo."""
        env = self._env(data, params, outcome)
        return env, evaluate.Explainer(self.rulebook.derivations, env)

    def _new_finding(self, fired: bool, hit: Hit, made: tuple[evaluate.Env, evaluate.Explainer], params: _Params,
                     justifications: dict[str, str], subject: memo.Subject | None,
                     finish: tuple[int, Callable[[Compact], Compact]] | None) -> Compact:
        """A finding the memo does not have, as stored, by the code `run` uses."""
        env, explainer = made
        if fired:
            finding = compact(self._fired(hit, env, params, justifications, None, None))
        else:
            finding = self._undecided_compact(hit, env, explainer, params, justifications, subject)
        return finish[1](finding) if finish is not None else finding

    def _fired(self, hit: Hit, env: evaluate.Env, params: _Params, justifications: dict[str, str],
               document_id: str | None, file: str | None) -> Fynd:
        return build_finding(hit.rule, evaluate.element_env(hit.rule, env, hit.index), index=hit.index,
                             justifications=justifications, unconfirmed=params.unconfirmed, document_id=document_id,
                             file=file)

    def _undecided(self, hit: Hit, env: evaluate.Env, explainer: evaluate.Explainer, params: _Params,
                   justifications: dict[str, str], document_id: str | None, file: str | None) -> Fynd:
        why = _named_facts(self._why(explainer, hit, env.document, params.values, params.unknowns), env.document)
        return undecided_finding(hit.rule, evaluate.element_env(hit.rule, env, hit.index), why, index=hit.index,
                                 resolved=params.resolved, subject=self.subject, parameters=self.rulebook.parameters,
                                 justifications=justifications, document_id=document_id, file=file)

    def _undecided_compact(self, hit: Hit, env: evaluate.Env, explainer: evaluate.Explainer, params: _Params,
                           justifications: dict[str, str], subject: memo.Subject | None) -> Compact:
        """`_undecided` as stored, for a finding the memo has no key for: why the rule is undecided is
        looked up on what it depends on, and the finding on what it shows (many keys, one finding)."""
        remembered = self._memo
        if subject is None:
            return compact(self._undecided(hit, env, explainer, params, justifications, None, None))
        why_key = remembered.why_key(subject, hit.rule, hit.index)
        why = remembered.whys.get(why_key)
        if why is None:  # named as a person fills them in: from what the key holds too (see `memo.finding_reads`)
            why = remembered.whys[why_key] = _named_facts(explainer.rule(hit.rule, hit.index), env.document)
        element = evaluate.element_env(hit.rule, env, hit.index)
        try:
            case = undecided_case(hit.rule, element, why, index=hit.index, resolved=params.resolved, subject=self.subject,
                                  justifications=justifications)
        except TypeError:  # a value that is not plain data
            case = None
        finding = remembered.cases.get(case) if case is not None else None
        if finding is None:
            finding = compact(undecided_finding(hit.rule, element, why, index=hit.index, resolved=params.resolved,
                                                subject=self.subject, parameters=self.rulebook.parameters,
                                                justifications=justifications, document_id=None, file=None))
            if case is not None:
                remembered.cases[case] = finding
        return finding

    def _why(self, explainer: evaluate.Explainer, hit: Hit, data: dict[str, Any], params: dict[str, Any],
             param_unknowns: dict[str, frozenset[str]]) -> evaluate.Why:
        """Why the rule is undecided; memoised on what it reads (values, parameters and what leaves
        them open), which a batch of imported documents shares across many of them."""
        rule = hit.rule
        try:
            key = (rule.code, hit.index, tuple(memo.freeze(data.get(name)) for name in self._tops(rule)),
                   tuple((memo.freeze(params.get(name)), param_unknowns.get(name)) for name in sorted(rule.params)))
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


MEMO_LIMIT = memo.LIMIT
_RANK = attrgetter("rank")


def _named_facts(why: evaluate.Why, data: dict[str, Any]) -> evaluate.Why:
    """Unknown facts as a person fills them in: a value under `beräknat` as the unknown fields (or the spans)
    it is computed from, an unknown `klassning.<namn>` as the unknown CPV codes behind it (the document's or a lot's)."""
    unknown = {p for path in why.unknown for p in berakning.facts_behind(path, data, berakning.is_open)}
    spans = {p for path in why.spans for p in berakning.facts_behind(path, data, berakning.is_span)}
    why = dataclasses.replace(why, unknown=frozenset(unknown), spans=frozenset(spans))
    if not any("klassning" in path.split(".") for path in unknown):
        return why
    paths = {path for path in unknown if "klassning" not in path.split(".")}
    for path in unknown - paths:
        prefix, _, _ = path.partition("klassning")
        nested = data.get(prefix.rstrip(".")) if prefix else data  # a supplier's procurement: `upphandling.`
        paths.update(prefix + code for code in unknown_codes(nested if isinstance(nested, dict) else {}))
    return dataclasses.replace(why, unknown=frozenset(paths))


class Checker:
    """Checks förfrågningsunderlag against a rulebook on one evaluator."""

    def __init__(self, rulebook: Rulebook, motor: str = DEFAULT_MOTOR):
        self.runner = RuleRunner(rulebook, DOCUMENT.name, motor)
        self.rulebook = self.runner.rulebook
        self.motor = motor
        self.engine = self.runner.engine
        self._origins = _Origins()
        self._codes = {r.code for r in self.rulebook.rules}
        self._models = StoredFindings(self.rulebook.rules)
        self._seen_one = False  # whether `check` has checked a document (see there)

    def check(self, doc: Förfrågningsunderlag, file: str | None = None) -> Result:
        """The document's findings. The first document a checker sees is checked directly (`RuleRunner.run`):
        the memo costs more to set up than one document costs to check (a tenth of a cold `granska`). From
        the second on, each finding is looked up as stored (`RuleRunner.compact`, the memo a batch shares)
        and made a model once per distinct finding; the derived facts worked out when a report asks for them."""
        unknown_justifications(doc, self._codes, file)
        data, uncertain = document_facts(doc, self.rulebook.classifications)
        justifications = {m.regel: m.text for m in doc.motiveringar}
        if not self._seen_one:
            self._seen_one = True
            return self._check_directly(doc, file, data, uncertain, justifications)
        try:
            stored = self.runner.compact(data, uncertain=uncertain, justifications=justifications)
        except TypeError:  # a value the stored form cannot hold (json): built as models directly
            return self._check_directly(doc, file, data, uncertain, justifications)
        origin = doc.ursprung
        findings = [self._models.of(finding, doc.id, file,
                                    list(self._origins.of(finding.fields, origin)) if origin else [])
                    for finding in stored]
        return Result(doc.id, file, findings, lambda: self.runner.derived(data, uncertain=uncertain))

    def _check_directly(self, doc: Förfrågningsunderlag, file: str | None, data: dict[str, Any], uncertain: bool,
                        justifications: dict[str, str]) -> Result:
        run = self.runner.run(data, uncertain=uncertain, justifications=justifications, document_id=doc.id, file=file)
        if doc.ursprung:
            for finding in run.findings:
                finding.ursprung = list(self._origins.of(tuple(finding.fält), doc.ursprung))
        return Result(doc.id, file, run.findings, run.derived)

    def compact(self, doc: Förfrågningsunderlag) -> list[Compact]:
        """The document's findings as stored (see `RuleRunner.compact`), with their source fields."""
        data, uncertain = document_facts(doc, self.rulebook.classifications)
        return self.compact_data(data, uncertain, {m.regel: m.text for m in doc.motiveringar}, doc.ursprung)

    def compact_data(self, data: dict[str, Any], uncertain: bool, justifications: dict[str, str],
                     origin: dict[str, Ursprung] | None) -> list[Compact]:
        """`compact` from a subject's facts (an importer that builds them without a document: `uhm_facts`)."""
        finish = None
        if origin:
            origins = self._origins
            finish = (origins.number(origin), lambda finding: finding.with_origins(list(origins.of(finding.fields, origin))))
        return self.runner.compact(data, uncertain=uncertain, justifications=justifications, finish=finish)


class _Origins:
    """Where findings' fields come from, computed once per set of fields and `ursprung`."""

    def __init__(self):
        self._last: tuple[dict[str, Ursprung], int] | None = None  # an importer hands every document the same dict
        self._numbers: dict[tuple, int] = {}
        self._next = 0  # never reused: the runner's memo keeps findings finished under a number after this forgets it
        self._memo: dict[tuple, tuple[Ursprung, ...]] = {}

    def number(self, origin: dict[str, Ursprung]) -> int:
        """A number for the mapping: equal mappings, equal numbers."""
        if self._last is not None and self._last[0] is origin:
            return self._last[1]
        if len(self._numbers) >= MEMO_LIMIT:  # the memo is keyed on these numbers: both go together
            self._numbers.clear()
            self._memo.clear()
        content = tuple((path, tuple(source.__dict__.values())) for path, source in origin.items())
        number = self._numbers.get(content)
        if number is None:
            number = self._numbers[content] = self._next
            self._next += 1
        self._last = (origin, number)
        return number

    def of(self, fields: tuple[str, ...], origin: dict[str, Ursprung]) -> tuple[Ursprung, ...]:
        key = (fields, self.number(origin))
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = tuple(_origins(list(fields), origin))
        return found


def unknown_justifications(doc: Förfrågningsunderlag, codes: set[str], file: str | None) -> None:
    """A justification must name a rule about documents that exists: one that names none is an input error,
    with the nearest codes suggested (a typing slip would otherwise leave the rule's finding standing unexplained)."""
    problems = []
    for index, justification in enumerate(doc.motiveringar):
        if justification.regel in codes:
            continue
        near = difflib.get_close_matches(justification.regel, sorted(codes), n=2, cutoff=0.6)
        hint = f"; menade du {' eller '.join(near)}?" if near else "; kravmotor regler listar reglerna"
        problems.append(located(file, ("motiveringar", index, "regel"),
                                f"motiveringen gäller regeln {justification.regel}, men någon sådan regel om "
                                f"förfrågningsunderlag finns inte{hint}"))
    if problems:
        raise InputError(problems)


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
