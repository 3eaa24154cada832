"""AST → IR, with every load-time check on the way.

Checks: unknown fields (with a did-you-mean), unknown parameters and derived
facts, type mismatches, text values a field cannot take, duplicate codes, a
missing required clause, error severity on an unconfirmed [M] fact, and cycles
between derived facts. All problems of a rule set are reported together.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..errors import Location, Problem, RuleError
from ..model.dokument import RETIRED_VALUES
from ..model.fields import FieldType
from ..model.subjects import DOCUMENT, SUBJECTS, Subject
from . import ast
from .andringar import Ändring
from .klassningar import Classification
from ..motor import ir
from ..values import Span

_REQUIRED_RULE_CLAUSES = ("område", "källa", "typ", "säkerhet", "utfall", "kräv", "meddelande")


@dataclass
class Area:
    name: str
    prefix: str
    title: str
    description: str = ""
    subject: str = DOCUMENT.name  # what the area's rules are about (`gäller`)
    directory: str | None = None  # its rule directory, relative to the rule root (`katalog`)


@dataclass
class Rulebook:
    """Everything loaded from a rule directory, checked and compiled."""

    rules: list[ir.RuleIR]
    derivations: list[ir.RuleIR]
    parameters: dict[str, ast.Parameter]
    areas: dict[str, Area] = field(default_factory=dict)
    # Each parameter value's condition, keyed (parameter name, index of the value).
    param_conditions: dict[tuple[str, int], ir.Cond] = field(default_factory=dict)
    classifications: dict[str, Classification] = field(default_factory=dict)
    param_subjects: dict[str, str] = field(default_factory=dict)  # parameter -> its subject
    subject: str | None = None  # set on a view of one subject
    measures: list[ir.MeasureIR] = field(default_factory=list)
    changes: list[Ändring] = field(default_factory=list)  # rules/ANDRINGAR.md, for the rulebook
    # subject -> the native evaluator's module for its rules, kept with a cached rulebook (see `rulebook_cache`)
    generated: dict[str, Any] = field(default_factory=dict)

    def for_subject(self, name: str) -> Rulebook:
        """The rules, derived facts, measures and parameters about one subject: what one checker runs."""
        return Rulebook(
            rules=[r for r in self.rules if r.subject == name],
            derivations=[d for d in self.derivations if d.subject == name],
            measures=[m for m in self.measures if m.subject == name],
            parameters={p: v for p, v in self.parameters.items() if self.param_subjects.get(p, DOCUMENT.name) == name},
            areas={a: v for a, v in self.areas.items() if v.subject == name},
            param_conditions={k: c for k, c in self.param_conditions.items()
                              if self.param_subjects.get(k[0], DOCUMENT.name) == name},
            classifications=self.classifications,
            param_subjects=self.param_subjects,
            subject=name,
            changes=self.changes,
            generated={name: self.generated[name]} if name in self.generated else {},
        )

    @property
    def strata(self) -> int:
        return 1 + max((r.stratum for r in self.rules + self.derivations), default=0)

    def rule(self, code: str) -> ir.RuleIR | None:
        return next((r for r in self.rules if r.code == code), None)


class _Problems:
    def __init__(self):
        self.items: list[Problem] = []

    def add(self, pos: ast.Pos, message: str) -> None:
        self.items.append(Problem(Location(pos.file, pos.line, pos.column), message))


def _suggest(name: str, options) -> str:
    close = difflib.get_close_matches(name, list(options), n=1, cutoff=0.6)
    return f" Menade du ”{close[0]}”?" if close else ""


class _Scope:
    """Aliases bound by `för varje` and quantifiers, innermost last."""

    def __init__(self, bindings: dict[str, tuple[ir.Ref, FieldType]] | None = None):
        self.bindings = dict(bindings or {})

    def bind(self, alias: str, collection: ir.Ref, item: FieldType) -> _Scope:
        return _Scope({**self.bindings, alias: (collection, item)})


class _Lowering:
    """Lowers one definition's expressions, collecting problems instead of stopping."""

    def __init__(self, problems: _Problems, params: dict[str, ast.Parameter], derived: set[str], root: FieldType,
                 subject: Subject = DOCUMENT, measures: _Measures | None = None):
        self.problems = problems
        self.subject = subject
        self.measures = measures  # the subject's measures, compiled on demand
        self.params = params
        self.derived = derived
        self.used_params: set[str] = set()
        self.used_derived: set[str] = set()
        self.root = root
        self.allowed_values: dict[ir.Ref, frozenset[str] | None] = {}  # text fields' Literal values

    # --- values -------------------------------------------------------------------

    def path(self, p: ast.Path, scope: _Scope) -> ir.Ref | None:
        parts = list(p.parts)
        if parts[0] in scope.bindings:
            alias = parts.pop(0)
            _, ftype = scope.bindings[alias]
            scope_name = alias
        else:
            ftype, scope_name = self.root, ir.DOC
        walked: list[str] = []
        for part in parts:
            if ftype.kind != "objekt":
                shown = ".".join(([] if scope_name == ir.DOC else [scope_name]) + walked)
                self.problems.add(p.pos, f"”{shown}” är {ftype.describe()} och har inga fält; ”{part}” finns inte")
                return None
            if part not in ftype.children:
                shown = ".".join(([] if scope_name == ir.DOC else [scope_name]) + walked)
                where = f"i ”{shown}”" if shown else f"i {self.subject.definite}"
                if scope_name == ir.DOC and not walked and scope.bindings:
                    where += f" (och är inget namn från ”för varje” eller en kvantifierare: {', '.join(sorted(scope.bindings))})"
                self.problems.add(p.pos, f"okänt fält ”{part}” {where}.{_suggest(part, ftype.children)}")
                return None
            walked.append(part)
            ftype = ftype.children[part]
        if ftype.kind == "objekt":
            self.problems.add(p.pos, f"”{p}” är ett objekt; ange ett av dess fält: {', '.join(sorted(ftype.children))}")
            return None
        ref = ir.Ref(scope_name, tuple(walked), ftype.kind, ftype.unit)
        self.allowed_values[ref] = ftype.allowed
        return ref

    def value(self, e: ast.Expr, scope: _Scope) -> ir.Value | None:
        if isinstance(e, ast.Number):
            return ir.Const(e.value, "tal")
        if isinstance(e, ast.Text):
            return ir.Const(e.value, "text")
        if isinstance(e, ast.Date):
            return ir.Const(e.value, "datum")
        if isinstance(e, ast.Bool):
            return ir.Const(e.value, "sanning")
        if isinstance(e, ast.Path):
            return self.path(e, scope)
        if isinstance(e, ast.ParamRef):
            if e.name not in self.params:
                self.problems.add(e.pos, f"okänd parameter ”{e.name}”.{_suggest(e.name, self.params)}")
                return None
            self.used_params.add(e.name)
            return ir.Param(e.name, self.params[e.name].unit)
        if isinstance(e, ast.Negative):
            inner = self.number(e.operand, scope)
            return None if inner is None else ir.Arith("-", ir.Const(0, "tal"), inner, inner.unit)
        if isinstance(e, ast.Arith):
            left, right = self.number(e.left, scope), self.number(e.right, scope)
            if left is None or right is None:
                return None
            unit = left.unit or right.unit if e.op in "+-*" else (left.unit if not right.unit else None)
            return ir.Arith(e.op, left, right, unit)
        if isinstance(e, ast.DaysBetween):
            start, end = self.path(e.start, scope), self.path(e.end, scope)
            for ref, src in ((start, e.start), (end, e.end)):
                if ref is not None and ref.kind != "datum":
                    self.problems.add(src.pos, f"”dagar från … till …” kräver datum, men ”{src}” är {ref.kind}")
                    return None
            return None if start is None or end is None else ir.Days(start, end)
        if isinstance(e, ast.Count):
            ref = self.path(e.path, scope)
            if ref is not None and ref.kind != "lista":
                self.problems.add(e.pos, f"”antal” kräver en lista, men ”{e.path}” är {ref.kind}")
                return None
            if ref is not None and ref.scope != ir.DOC:
                self.problems.add(e.pos, f"”antal” fungerar bara på listor i {self.subject.definite}, inte i listelement")
                return None
            return None if ref is None else ir.Count(ref)
        if isinstance(e, ast.Aggregate):
            return self.aggregate(e, scope)
        if isinstance(e, ast.MeasureRef):
            return self.measure(e, scope)
        self.problems.add(e.pos, "här förväntades ett värde (fält, tal, text eller datum), inte ett villkor")
        return None

    def aggregate(self, e: ast.Aggregate, scope: _Scope) -> ir.Value | None:
        """`antal`/`summa`/`medel` of parts, or of a list's elements (a list of the subject, as for quantifiers)."""
        part = self.cond if e.func == "antal" else self.number
        collection = None
        if e.collection is not None:
            collection = self.path(e.collection, scope)
            if collection is None:
                return None
            if collection.kind != "lista":
                self.problems.add(e.collection.pos, f"”{e.func}” kräver en lista, men ”{e.collection}” är {collection.kind}")
                return None
            if collection.scope != ir.DOC:
                self.problems.add(e.pos, f"”{e.func}” fungerar bara på listor i {self.subject.definite}, inte i listelement")
                return None
            assert e.alias is not None, "an aggregate over a list names its element"
            scope = scope.bind(e.alias, collection, self._item_type(e.collection, scope))
        parts = tuple(part(p, scope) for p in e.parts)
        if any(p is None for p in parts):
            return None
        units = {p.unit for p in parts if isinstance(p, ir.Value)} if e.func != "antal" else {None}
        return ir.Aggregate(e.func, parts, collection, e.alias, "tal", units.pop() if len(units) == 1 else None)

    def measure(self, e: ast.MeasureRef, scope: _Scope) -> ir.Value | None:
        """A measure's value, written in; a measure per element of a list is read where that list is bound."""
        known = self.measures.definitions if self.measures else {}
        if e.name not in known:
            self.problems.add(e.pos, f"okänt mått ”{e.name}”.{_suggest(e.name, known)}")
            return None
        assert self.measures is not None  # it knows the name
        measure = self.measures(e.name)
        if measure is None:  # its own problem is reported where it is defined
            return None
        self.used_params |= measure.params
        self.used_derived |= measure.uses_derived
        if measure.for_each is None:
            return measure.value
        for alias, (collection, _) in reversed(scope.bindings.items()):
            if collection == measure.for_each.collection:
                return ir.rename_alias(measure.value, measure.for_each.alias, alias)
        shown = ir.render_value(measure.for_each.collection)
        self.problems.add(e.pos, f"måttet ”{e.name}” gäller varje element i ”{shown}”; läs det inom ”för varje {shown}” "
                                 f"eller en kvantifierare eller ett aggregat över ”{shown}”")
        return None

    def number(self, e: ast.Expr, scope: _Scope) -> ir.Value | None:
        v = self.value(e, scope)
        if v is not None and v.kind != "tal":
            self.problems.add(e.pos, f"räkning kräver tal, men uttrycket är {v.kind}")
            return None
        return v

    # --- conditions ---------------------------------------------------------------

    def cond(self, e: ast.Expr, scope: _Scope) -> ir.Cond:
        """Lower to NNF; on a problem, record it and return TRUE to keep checking."""
        if isinstance(e, ast.And):
            return ir.all_of(self.cond(i, scope) for i in e.items)
        if isinstance(e, ast.Or):
            return ir.any_of(self.cond(i, scope) for i in e.items)
        if isinstance(e, ast.Not):
            return ir.negate(self.cond(e.operand, scope))
        if isinstance(e, ast.Compare):
            return self.compare(e, scope)
        if isinstance(e, ast.InList):
            value = self.value(e.value, scope)
            if value is None:
                return ir.TRUE
            atoms = []
            for opt in e.options:
                const = self.value(opt, scope)
                if const is not None and self._check_comparable(value, const, e.pos, "="):
                    atoms.append(ir.Cmp("=", value, const))
            cond = ir.any_of(atoms)
            return ir.negate(cond) if e.negated else cond
        if isinstance(e, ast.StartsWith):
            value = self.value(e.value, scope)
            if value is None:
                return ir.TRUE
            if not isinstance(value, ir.Ref) or value.kind != "text":
                self.problems.add(e.pos, "”börjar med” kräver ett textfält")
                return ir.TRUE
            return ir.Prefix(value, e.prefix)
        if isinstance(e, ast.Presence):
            ref = self.path(e.path, scope)
            return ir.TRUE if ref is None else ir.Present(ref, e.present)
        if isinstance(e, ast.DerivedRef):
            if e.name not in self.derived:
                self.problems.add(e.pos, f"okänd slutsats ”{e.name}”.{_suggest(e.name, self.derived)}")
                return ir.TRUE
            self.used_derived.add(e.name)
            return ir.Derived(e.name)
        if isinstance(e, ast.Quantifier):
            collection = self.path(e.collection, scope)
            if collection is None:
                return ir.TRUE
            if collection.kind != "lista":
                self.problems.add(e.collection.pos, f"”{e.kind}” kräver en lista, men ”{e.collection}” är {collection.kind}")
                return ir.TRUE
            if collection.scope != ir.DOC:
                self.problems.add(e.pos, f"kvantifierare fungerar bara på listor i {self.subject.definite}, inte i listelement")
                return ir.TRUE
            item = self._item_type(e.collection, scope)
            inner = self.cond(e.condition, scope.bind(e.alias, collection, item))
            if e.kind == "alla":
                return ir.Quant(False, collection, e.alias, ir.negate(inner))
            return ir.Quant(e.kind == "någon", collection, e.alias, inner)
        if isinstance(e, ast.AtLeast):
            if not 1 <= e.count <= len(e.items):
                self.problems.add(e.pos, f"”minst {e.count} av” kräver mellan 1 och {len(e.items)} villkor")
                return ir.TRUE
            # "At least n of": the count of the parts that hold, which is three-valued the right way
            # (true when n parts are true, false when fewer than n are not false; see ir.Aggregate).
            count = ir.Aggregate("antal", tuple(self.cond(i, scope) for i in e.items))
            return ir.Cmp(">=", count, ir.Const(Decimal(e.count), "tal"))
        if isinstance(e, (ast.Path,)):
            ref = self.path(e, scope)
            if ref is None:
                return ir.TRUE
            if ref.kind != "sanning":
                self.problems.add(e.pos, f"”{e}” är {ref.kind}, inte sant/falskt; jämför det med något")
                return ir.TRUE
            return ir.Cmp("=", ref, ir.Const(True, "sanning"))
        if isinstance(e, ast.Bool):
            return ir.Truth(e.value)
        self.problems.add(e.pos, "här förväntades ett villkor (t.ex. en jämförelse), inte ett värde")
        return ir.TRUE

    def _item_type(self, p: ast.Path, scope: _Scope) -> FieldType:
        parts = list(p.parts)
        ftype = self.root
        if parts[0] in scope.bindings:
            ftype = scope.bindings[parts.pop(0)][1]
        for part in parts:
            ftype = ftype.children[part]
        assert ftype.item is not None, "a list's element type"
        return ftype.item

    def compare(self, e: ast.Compare, scope: _Scope) -> ir.Cond:
        left, right = self.value(e.left, scope), self.value(e.right, scope)
        if left is None or right is None or not self._check_comparable(left, right, e.pos, e.op):
            return ir.TRUE
        return ir.Cmp(e.op, left, right)

    def _check_comparable(self, left: ir.Value, right: ir.Value | None, pos: ast.Pos, op: str) -> bool:
        if right is None:
            return False
        if left.kind != right.kind:
            self.problems.add(pos, f"kan inte jämföra {left.kind} med {right.kind}")
            return False
        if left.kind in ("text", "sanning", "lista") and op not in ("=", "!="):
            self.problems.add(pos, f"{left.kind} kan bara jämföras med = eller !=")
            return False
        for a, b in ((left, right), (right, left)):
            if isinstance(a, ir.Ref) and isinstance(b, ir.Const) and a.kind == "text":
                allowed = self.allowed_values.get(a)
                if allowed and b.value not in allowed:
                    retired = RETIRED_VALUES.get((ir.render_value(a), str(b.value)))
                    hint = f" Värdet finns inte längre: {retired}." if retired else _suggest(str(b.value), allowed)
                    self.problems.add(pos, f"”{ir.render_value(a)}” kan inte vara ”{b.value}”; "
                                           f"tillåtna värden: {', '.join(sorted(allowed))}.{hint}")
                    return False
        return True


def _explained_values(cond: ir.Cond) -> tuple[tuple[str, ir.Value], ...]:
    """The non-constant operands of the requirement's comparisons, in order, once each."""
    seen: dict[str, ir.Value] = {}

    def walk(n):
        if isinstance(n, ir.Cmp):
            for v in (n.left, n.right):
                if not isinstance(v, ir.Const):
                    seen.setdefault(ir.render_value(v), v)
        elif isinstance(n, (ir.Present, ir.Prefix)):
            seen.setdefault(ir.render_value(n.ref), n.ref)
        elif isinstance(n, (ir.AllOf, ir.AnyOf)):
            for i in n.items:
                walk(i)

    walk(cond)
    return tuple(seen.items())


def _requirement_fields(node, prefixes: dict[str, str]) -> list[str]:
    """The document paths a requirement reads; an element's field is `lista[*].fält`.

    `prefixes` maps each alias in scope (`för varje`, quantifiers) to its list's path.
    """
    def path(ref: ir.Ref) -> str:
        base = "" if ref.scope == ir.DOC else prefixes.get(ref.scope, ref.scope)
        return ".".join(p for p in (base, *ref.path) if p)

    if isinstance(node, ir.Quant):
        collection = path(node.collection)
        return [collection] + _requirement_fields(node.cond, {**prefixes, node.alias: collection + "[*]"})
    if isinstance(node, ir.Aggregate):
        inner = prefixes
        own = []
        if node.collection is not None:
            assert node.alias is not None, "an aggregate over a list names its element"
            own = [path(node.collection)]
            inner = {**prefixes, node.alias: own[0] + "[*]"}
        return own + [f for part in node.parts for f in _requirement_fields(part, inner)]
    if isinstance(node, ir.Ref):
        return [path(node)] if node.path else []
    if isinstance(node, (ir.AllOf, ir.AnyOf)):
        return [f for item in node.items for f in _requirement_fields(item, prefixes)]
    if isinstance(node, (ir.Cmp, ir.Arith)):
        return _requirement_fields(node.left, prefixes) + _requirement_fields(node.right, prefixes)
    return [f for ref in ir.refs(node, into_quantifiers=False) for f in _requirement_fields(ref, prefixes)]


def fields_for(classifications: dict[str, Classification], subject: Subject = DOCUMENT,
               codes: frozenset[str] = frozenset()) -> FieldType:
    """The fields rules about `subject` may read (see model.subjects), given the codes of its rules."""
    return subject.fields(classifications, codes)


def compile_definitions(definitions: list[ast.Definition], areas: dict[str, Area] | None = None,
                        classifications: dict[str, Classification] | None = None,
                        subject_of_file: dict[str, str] | None = None) -> Rulebook:
    """Check and compile every definition; `subject_of_file` maps a file to its subject (default: documents).

    Each subject is compiled on its own: its rules see its fields, its derived
    facts and its parameters only. Codes and names are unique across subjects.
    """
    problems = _Problems()
    areas = areas or {}
    classifications = classifications or {}
    subject_of_file = subject_of_file or {}
    tables: dict[type, dict[str, ast.Definition]] = {ast.Parameter: {}, ast.Derivation: {}, ast.Rule: {}, ast.Measure: {}}
    for d in definitions:
        table = tables[type(d)]
        key = d.code if isinstance(d, ast.Rule) else d.name
        if key in table:
            first = table[key].pos
            problems.add(d.pos, f"”{key}” är redan definierad i {first.file}:{first.line}; koder och namn får inte återanvändas")
            continue
        table[key] = d

    rules: list[ir.RuleIR] = []
    derivations: list[ir.RuleIR] = []
    measures: list[ir.MeasureIR] = []
    param_conditions: dict[tuple[str, int], ir.Cond] = {}
    param_subjects: dict[str, str] = {}
    for subject in SUBJECTS.values():
        mine = {kind: {k: d for k, d in table.items() if subject_of_file.get(d.pos.file, DOCUMENT.name) == subject.name}
                for kind, table in tables.items()}
        root = fields_for(classifications, subject, frozenset(mine[ast.Rule]))
        params = {k: d for k, d in mine[ast.Parameter].items() if isinstance(d, ast.Parameter)}  # all are: typed so
        param_subjects.update(dict.fromkeys(params, subject.name))
        for p in params.values():
            param_conditions.update(_compile_parameter(p, params, problems, root, subject))
        derived_names = set(mine[ast.Derivation])
        measures_of = {k: d for k, d in mine[ast.Measure].items() if isinstance(d, ast.Measure)}
        resolver = _Measures(measures_of, params, derived_names, problems, root, subject)
        measures += resolver.all()
        compiled_derivations = [_compile(d, params, derived_names, problems, areas, root, subject, resolver)
                                for d in mine[ast.Derivation].values()]
        compiled_rules = [_compile(r, params, derived_names, problems, areas, root, subject, resolver)
                          for r in mine[ast.Rule].values()]
        _assign_strata(compiled_derivations, compiled_rules, mine[ast.Derivation], problems)
        _inherit_dependencies(compiled_derivations, compiled_rules)
        _check_unconfirmed_amounts(compiled_rules, params, problems)
        rules += compiled_rules
        derivations += compiled_derivations

    if problems.items:
        raise RuleError(sorted(problems.items, key=lambda p: (p.location.file, p.location.line or 0, p.location.column or 0)))
    return Rulebook(
        rules=sorted(rules, key=lambda r: r.code),
        derivations=sorted(derivations, key=lambda r: r.code),
        parameters={name: d for name, d in tables[ast.Parameter].items() if isinstance(d, ast.Parameter)},
        areas=areas,
        param_conditions=param_conditions,
        classifications=classifications,
        param_subjects=param_subjects,
        measures=sorted(measures, key=lambda m: (m.file or "", m.line or 0)),
    )


class _Measures:
    """One subject's measures, each compiled once, when first read (a measure may read another)."""

    def __init__(self, definitions: dict[str, ast.Measure], params, derived_names: set[str], problems: _Problems,
                 root: FieldType, subject: Subject):
        self.definitions, self.params, self.derived_names = definitions, params, derived_names
        self.problems, self.root, self.subject = problems, root, subject
        self.done: dict[str, ir.MeasureIR | None] = {}
        self.compiling: list[str] = []
        self.reader: ast.Pos | None = None  # where the measure being resolved is read, for messages

    def __call__(self, name: str) -> ir.MeasureIR | None:
        if name in self.done:
            return self.done[name]
        if name not in self.definitions:
            return None
        if name in self.compiling:
            self.problems.add(self.definitions[name].pos, f"måttet ”{name}” beror av sig självt "
                                                         f"({' → '.join(self.compiling + [name])})")
            return None
        self.compiling.append(name)
        try:
            self.done[name] = self._compile(self.definitions[name])
        finally:
            self.compiling.pop()
        return self.done[name]

    def all(self) -> list[ir.MeasureIR]:
        return [m for m in (self(name) for name in self.definitions) if m is not None]

    def _compile(self, m: ast.Measure) -> ir.MeasureIR | None:
        lowering = _Lowering(self.problems, self.params, self.derived_names, self.root, self.subject, self)
        scope, for_each = _Scope(), None
        if m.for_each is not None:
            collection = lowering.path(m.for_each.collection, scope)
            if collection is None:
                return None
            if collection.kind != "lista" or collection.scope != ir.DOC:
                self.problems.add(m.for_each.pos, f"”för varje” kräver en lista i {self.subject.definite}, "
                                                  f"men ”{m.for_each.collection}” är {collection.kind}")
                return None
            if m.for_each.where is not None:
                self.problems.add(m.for_each.pos, "ett mått gäller varje element i listan; ”där” hör inte hemma här")
            scope = scope.bind(m.for_each.alias, collection, lowering._item_type(m.for_each.collection, scope))
            for_each = ir.ForEachIR(collection, m.for_each.alias)
        if m.value is None:
            self.problems.add(m.pos, f"måttet {m.name} saknar ”värde”")
            return None
        value = lowering.number(m.value, scope)
        if value is None:
            return None
        return ir.MeasureIR(m.name, m.title, value, for_each, m.source, m.description, m.unit or value.unit,
                            frozenset(lowering.used_params), frozenset(lowering.used_derived), self.subject.name,
                            m.pos.file, m.pos.line)


def _compile_parameter(p: ast.Parameter, params, problems: _Problems, root: FieldType,
                       subject: Subject) -> dict[tuple[str, int], ir.Cond]:
    if not p.values:
        problems.add(p.pos, f"parametern ”{p.name}” har inga värden")
    lowering = _Lowering(problems, params, set(), root, subject)
    conditions = {}
    for index, v in enumerate(p.values):
        if v.valid_to and v.valid_to < v.valid_from:
            problems.add(v.pos, "giltighetens slutdatum ligger före startdatum")
        if v.when is not None:
            conditions[(p.name, index)] = lowering.cond(v.when, _Scope())
            if lowering.used_params or lowering.used_derived:
                problems.add(v.pos, f"ett parametervärdes villkor får bara använda fält i {subject.definite}")
    return conditions


def _compile(d, params, derived_names, problems: _Problems, areas: dict[str, Area], root: FieldType,
             subject: Subject, measures: _Measures | None = None) -> ir.RuleIR:
    lowering = _Lowering(problems, params, derived_names, root, subject, measures)
    is_rule = isinstance(d, ast.Rule)
    scope = _Scope()
    for_each = None
    conds: list[ir.Cond] = [lowering.cond(w, scope) for w in d.when]

    if d.for_each is not None:
        collection = lowering.path(d.for_each.collection, scope)
        if collection is not None and collection.kind != "lista":
            problems.add(d.for_each.pos, f"”för varje” kräver en lista, men ”{d.for_each.collection}” är {collection.kind}")
        elif collection is not None:
            item = lowering._item_type(d.for_each.collection, scope)
            scope = scope.bind(d.for_each.alias, collection, item)
            for_each = ir.ForEachIR(collection, d.for_each.alias)
            if d.for_each.where is not None:
                conds.append(lowering.cond(d.for_each.where, scope))

    common = dict(
        title=d.title, for_each=for_each, source=d.source, description=d.description,
        file=d.pos.file, line=d.pos.line, subject=subject.name,
    )
    if not is_rule:
        condition = ir.all_of(conds)
        return ir.RuleIR(
            kind="slutsats", code=d.name, condition=condition, reads=_reads(condition, for_each),
            params=frozenset(lowering.used_params), uses_derived=frozenset(lowering.used_derived), **common,
        )

    for clause in _REQUIRED_RULE_CLAUSES:
        if clause not in d.clause_pos:
            problems.add(d.pos, f"regeln {d.code} saknar ”{clause}”")
    if d.confidence == "M" and d.outcome == "fel":
        problems.add(d.clause_pos.get("utfall", d.pos),
                     f"regeln {d.code} bygger på en obekräftad uppgift (säkerhet M) och får inte ha utfallet fel; använd varning eller bedömning krävs")
    if d.area is not None and areas:
        if d.area not in areas:
            problems.add(d.clause_pos["område"], f"okänt område ”{d.area}”.{_suggest(d.area, areas)}")
        elif not d.code.startswith(areas[d.area].prefix + "-"):
            problems.add(d.pos, f"regler i området {d.area} ska ha koder som börjar med {areas[d.area].prefix}-")
        elif areas[d.area].subject != subject.name:
            problems.add(d.clause_pos["område"], f"området {d.area} gäller {areas[d.area].subject}, men regeln ligger bland "
                                                 f"reglerna om {subject.name}; flytta filen till områdets katalog")
    day = ir.Ref(ir.DOC, (subject.date_field,), "datum")
    if d.valid_from:
        conds.append(ir.Cmp(">=", day, ir.Const(d.valid_from, "datum")))
    if d.valid_to:
        conds.append(ir.Cmp("<=", day, ir.Const(d.valid_to, "datum")))
    # The `om` conditions and validity alone, before `för varje`: whether the rule applies at all.
    applies = ir.all_of([c for c in conds if not _mentions(c, for_each)])

    requirement = lowering.cond(d.require, scope) if d.require is not None else ir.TRUE
    condition = ir.all_of(conds + [ir.negate(requirement)])

    def template(t: ast.Template | None) -> ir.TemplateIR | None:
        if t is None:
            return None
        holes = []
        for src, expr in t.holes:
            value = lowering.value(expr, scope)
            if value is not None:
                holes.append((src, value))
        return ir.TemplateIR(t.text, tuple(holes))

    prefixes = {d.for_each.alias: ".".join(d.for_each.collection.parts) + "[*]"} if d.for_each else {}
    fields = tuple(dict.fromkeys(_requirement_fields(requirement, prefixes)))
    return ir.RuleIR(
        kind="regel", code=d.code, condition=condition, area=d.area, rule_type=d.rule_type,
        confidence=d.confidence, references=d.references, valid_from=d.valid_from, valid_to=d.valid_to,
        outcome=d.outcome, justification_allowed=d.justification_allowed,
        message=template(d.message), remedy=template(d.remedy), explain=_explained_values(requirement),
        fields=fields, params=frozenset(lowering.used_params), uses_derived=frozenset(lowering.used_derived),
        reads=_reads(condition, for_each), applies=applies, goals=d.goals, **common,
    )


def _mentions(cond: ir.Cond, for_each: ir.ForEachIR | None) -> bool:
    return for_each is not None and any(r.scope == for_each.alias for r in ir.refs(cond))


def _reads(condition: ir.Cond, for_each: ir.ForEachIR | None) -> frozenset[str]:
    """Every field path the condition reads, without list indices: `kvalificeringskrav.belopp`."""
    prefixes = {}
    paths = []
    if for_each is not None:
        collection = ir.render_value(for_each.collection)
        prefixes[for_each.alias] = collection + "[*]"
        paths.append(collection)
    paths += _requirement_fields(condition, prefixes)
    return frozenset(p.replace("[*]", "") for p in paths)


def _inherit_dependencies(derivations: list[ir.RuleIR], rules: list[ir.RuleIR]) -> None:
    """A rule depends on the parameters and fields its derived facts read, however deep.

    So a rule reading `slutsats under_tröskelvärdet` is also reported as *bedömning
    krävs* when the threshold is unconfirmed, and as *underlag saknas* when it has
    no value for the date or the document's value is unknown, exactly as if it
    read the parameter and the field itself.
    """
    by_name = {d.code: d for d in derivations}

    def closure(item: ir.RuleIR, seen: set[str]) -> tuple[frozenset[str], frozenset[str]]:
        params, reads = set(item.params), set(item.reads)
        for name in item.uses_derived:
            if name in by_name and name not in seen:
                seen.add(name)
                more_params, more_reads = closure(by_name[name], seen)
                params |= more_params
                reads |= more_reads
        return frozenset(params), frozenset(reads)

    closed = {id(item): closure(item, set()) for item in derivations + rules}
    for item in derivations + rules:
        item.params, item.reads = closed[id(item)]


def _check_unconfirmed_amounts(rules: list[ir.RuleIR], params: dict[str, ast.Parameter], problems: _Problems) -> None:
    """No error severity on an unconfirmed fact (rules-reference section 0): a rule with `utfall fel`
    may read a parameter whose value is unconfirmed only if that value is a span, which decides the
    rule only where every possible amount does."""
    for rule in rules:
        if rule.outcome != "fel":
            continue
        for name in sorted(rule.params):
            for value in params[name].values if name in params else ():
                if value.confidence == "M" and not isinstance(value.value, Span):
                    problems.add(value.pos, f"parametern ”{name}” har ett obekräftat värde (säkerhet M) som regeln {rule.code} "
                                            "med utfallet fel bygger på; ange beloppet som ett spann (värde mellan ... och ...) "
                                            "som säkert rymmer det rätta beloppet")
                    break


def _assign_strata(derivations: list[ir.RuleIR], rules: list[ir.RuleIR], asts, problems: _Problems) -> None:
    """Derived facts are computed in strata so negated derived facts are final when read."""
    by_name = {d.code: d for d in derivations}
    level: dict[str, int] = {}
    visiting: set[str] = set()

    def compute(name: str) -> int:
        if name in level:
            return level[name]
        if name in visiting:
            problems.add(asts[name].pos, f"slutsatsen ”{name}” beror av sig själv (en cirkel av slutsatser)")
            level[name] = 0
            return 0
        visiting.add(name)
        deps = by_name[name].uses_derived
        level[name] = 0 if not deps else 1 + max(compute(dep) for dep in deps if dep in by_name)
        visiting.discard(name)
        return level[name]

    for d in derivations:
        d.stratum = compute(d.code)
    for r in rules:
        r.stratum = 0 if not r.uses_derived else 1 + max(level.get(dep, 0) for dep in r.uses_derived)
