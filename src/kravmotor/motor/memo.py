"""What a rule runner remembers across subjects, so that a finding is rendered once per distinct case.

A batch of imported documents (a year of statistics, a year of notices) gives
the same few thousand findings over and over: the same rule, undecided on the
same unknown facts, with the same values shown. `FindingMemo` keys a finding on
exactly what it can depend on, and nothing more:

- the rule, the list element, the subject's justification for the rule;
- the value at every field path the finding can read (`finding_reads`): what
  the rule reads itself and through derived facts, what its message reads,
  which CPV codes behind a classification are unknown, the fields a computed
  value (`beräknat`) comes from. Values are numbered per
  path, so a key is a tuple of small numbers;
- the parameters as resolved for the subject's day (numbered by what they
  resolved to, not by the facts that chose them), with the day itself when a
  parameter has no value for it (the message names the day);
- the day itself only where the rule shows it or computes with it. A rule that
  only compares the day with constants (its validity, a date in the law)
  depends on the day only through where it falls among those constants. A
  comparison of the day with another field (`dagar från annonseringsdatum till
  sista_anbudsdag`, a date against a date) is unknown whatever the day when the
  other field is unknown, and false when it is missing; so is what the finding
  shows of it, and why it is undecided names only the other field. For a
  subject whose day is a plain date and whose other fields are all unknown or
  missing, such a rule depends on the day only through the constants too.

A subject as a whole (`row_key`) is keyed on what its rules' outcome and most
of its findings depend on: what any rule's finding reads, except the day itself
and the fields only a fired rule's message reads (`cpv_koder`), which few
subjects' findings need and which differ from subject to subject. The outcome
depends on nothing more (the rules' conditions read no more than their
undecided findings, and the day through its comparisons), so a subject seen
before under its key (`Whole`) gets its findings without running the rules:
those that depend only on the key at once, the others (a finding that shows
the day, `annonseras {annonseringsdatum}`) each looked up by its own key.

The memo is bounded: past `LIMIT` entries of any kind (looked at every
`TRIM_EVERY` subjects) it is emptied whole, between subjects, so no entry
outlives the numbers it was keyed on; past `ROW_LIMIT` subjects remembered
whole, those alone.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from decimal import Decimal
from operator import itemgetter
from typing import Any

from ..lang.klassningar import unknown_codes
from ..values import UNKNOWN
from . import berakning, ir

LIMIT = 200_000
ROW_LIMIT = 10_000  # subjects remembered whole: a key holds every number their rules read (about 2 kB an entry)
TRIM_EVERY = 64  # subjects between looks at the memo's size: a subject adds a few entries, the look costs as much as one
UNKNOWN_CODES = "(okända CPV-koder)"  # stands for `unknown_codes(data)` among the paths a finding reads
_UNKNOWN, _MISSING = -1, -2  # the numbers of an unknown and of a missing value, whatever the path
_UNSEEN = -3  # a plain day beside other fields all unknown or missing: no comparison with them sees it
_PLAIN = frozenset({bool, int, dt.date})  # frozen exactly as (type, value)


class FindingMemo:
    """Findings by what they depend on; see the module's description. A subject is a vector of small
    numbers (`Subject.vector`): its value at each path, each parameter's resolution, where its day
    falls among each set of constants; each rule's key picks its places out of it."""

    def __init__(self, rules: list[ir.RuleIR], derivations: list[ir.RuleIR], parameters: dict[str, Any],
                 param_conditions: dict[tuple[str, int], ir.Cond], date_field: str):
        self.date_field = date_field
        by_name: dict[str, list[ir.RuleIR]] = {}
        for d in derivations:
            by_name.setdefault(d.code, []).append(d)
        param_reads = {".".join(ref.path) for cond in param_conditions.values()
                       for ref in ir.refs(cond) if ref.scope == ir.DOC and ref.path}
        # A parameter's value for a day depends on the day only through the periods of its values (unless a
        # value's condition reads the day itself): the day counts by where it falls among their bounds.
        self._param_days = None if date_field in param_reads else tuple(sorted(
            {pv.valid_from for p in parameters.values() for pv in p.values}
            | {pv.valid_to for p in parameters.values() for pv in p.values if pv.valid_to}))
        if self._param_days is None:
            param_reads.add(date_field)
        reads: dict[tuple[bool, str], set[str]] = {}
        days: dict[tuple[bool, str], tuple] = {}  # the constants a finding compares the day with (else the day itself)
        beside: dict[tuple[bool, str], tuple[str, ...]] = {}  # the other fields it compares the day with
        for rule in rules:
            for fired in (True, False):  # only a rule that fired shows its message, with the values it reads
                paths = finding_reads(rule, date_field, fired)
                uses = _day_uses(rule, by_name, date_field, _shown(rule, fired))
                if uses is not None:
                    paths.discard(date_field)
                    days[fired, rule.code], beside[fired, rule.code] = uses
                    paths.update(uses[1])
                reads[fired, rule.code] = paths
        # Whether rules fire or are undecided depends on their conditions alone (see `row_key`).
        conditions = {rule.code: _day_uses(rule, by_name, date_field, []) for rule in rules}
        uses_by_conditions = [uses for uses in conditions.values() if uses is not None]
        # The day is numbered whatever the rules read: a key without it may need it beside other fields.
        self.paths = tuple(sorted(param_reads.union(*reads.values()) | {date_field}))
        self.param_names = tuple(sorted({name for rule in rules for name in rule.params}))
        self.thresholds = tuple(sorted(set(days.values()) | {constants for constants, _ in uses_by_conditions}))
        self.besides = tuple(sorted({fields for fields in beside.values() if fields}
                                    | {fields for _, fields in uses_by_conditions if fields}))
        place: dict[Any, int] = {path: i for i, path in enumerate(self.paths)}  # a field path, or (block, name)
        after = len(self.paths)
        for block in ("parameter", "parameter utan dag"):  # each parameter's resolution, with and without the day
            place.update({(block, name): after + i for i, name in enumerate(self.param_names)})
            after += len(self.param_names)
        place.update({("dag", t): after + i for i, t in enumerate(self.thresholds)})
        after += len(self.thresholds)
        # The day beside each set of other fields: the day's number, or `_UNSEEN` when no comparison sees it.
        place.update({("dag bredvid", fields): after + i for i, fields in enumerate(self.besides)})
        self.day_place = place[date_field]
        self.beside_places = tuple(tuple(place[path] for path in fields) for fields in self.besides)
        tops: dict[str, list[tuple[int, tuple[str, ...]]]] = {}  # paths grouped by their first field: read together
        for path in self.paths:
            first, *rest = path.split(".")
            tops.setdefault(first, []).append((place[path], tuple(rest)))
        # Per first field: all its places (for a top that is unknown or missing, so is everything below
        # it), and each place with the steps below the first field.
        self._tops = [(first, tuple(place for place, _rest in paths), tuple(paths)) for first, paths in tops.items()]
        self._param_values = _getter([place[path] for path in sorted(param_reads)])
        # Each rule's places: for a finding that fired, one undecided, and why it is undecided (which
        # never names the day, so a parameter's resolution counts without it).
        self._plans: dict[str, dict[str, Callable]] = {"fired": {}, "undecided": {}, "why": {}}
        plan_places: dict[tuple[bool, str], set[int]] = {}
        for rule in rules:
            for plan, fired, block in (("fired", True, "parameter"), ("undecided", False, "parameter"),
                                       ("why", False, "parameter utan dag")):
                places = [place[path] for path in sorted(reads[fired, rule.code])]
                places += [place[block, name] for name in sorted(rule.params)]
                day_uses = (days[fired, rule.code], beside[fired, rule.code]) if (fired, rule.code) in days else None
                if plan == "why" and day_uses is None and conditions[rule.code] is not None:
                    # The finding shows the day, but why the rule is undecided is what its conditions make of
                    # it: where it falls among their constants and beside their other fields.
                    places.remove(place[date_field])
                    day_uses = conditions[rule.code]
                if day_uses is not None:
                    places.append(place["dag", day_uses[0]])
                    if day_uses[1]:
                        places.append(place["dag bredvid", day_uses[1]])
                self._plans[plan][rule.code] = _getter(places)
                if plan != "why":  # why's places are the undecided finding's (its parameters follow from theirs)
                    plan_places[fired, rule.code] = set(places)
        # A subject's key: every place a finding reads but the day and what only fired rules' messages read. It
        # holds what the rules' conditions read, and where the day falls for them (else the day itself).
        undecided_reads = param_reads.union(*(paths for (fired, _code), paths in reads.items() if not fired))
        optional = {place[path] for path in self.paths if path not in undecided_reads} | {self.day_place}
        row_places = set().union(*plan_places.values()) - optional
        if all(uses is not None for uses in conditions.values()):
            for constants, fields in uses_by_conditions:
                row_places.add(place["dag", constants])
                if fields:
                    row_places.add(place["dag bredvid", fields])
        else:
            row_places.add(self.day_place)
        self._row = _getter(sorted(row_places))
        # (fired, rule): findings that depend on more than a subject's key, looked up each by its own
        self.beyond_row = {plan for plan, places in plan_places.items() if not places <= row_places}
        self.clear()

    def clear(self) -> None:
        self._until_trim = TRIM_EVERY
        self.numbers: list[dict[Any, int]] = [{} for _ in self.paths]
        self.params: dict[Any, Any] = {}  # values read by parameter conditions -> the resolved parameters
        self.resolved: dict[tuple, int] = {}  # what a parameter resolved to -> its number
        self.findings: dict[tuple, dict[tuple, Any]] = {}  # (fired, what the caller adds) -> key -> finding
        self.shared: dict[Any, Any] = {}  # one object per distinct finding
        self.whys: dict[tuple, Any] = {}  # why a rule is undecided
        self.cases: dict[tuple, Any] = {}  # an undecided finding by what it shows
        self.day_classes: dict[Any, tuple] = {}  # a day -> where it falls among each set of constants
        self.rows: dict[Any, Whole] = {}  # a subject's key (`row_key`) -> its findings

    def trim(self) -> None:
        """Empty the memo if it is full: only between subjects, never while one holds its numbers. Looked
        at every `TRIM_EVERY` subjects (a subject adds a bounded number of entries, so the bound holds)."""
        self._until_trim -= 1
        if self._until_trim > 0:
            return
        self._until_trim = TRIM_EVERY
        if max(sum(map(len, self.findings.values())), len(self.params), len(self.resolved), len(self.whys), len(self.cases),
               len(self.day_classes), *map(len, self.numbers)) >= LIMIT:
            self.clear()
        elif len(self.rows) >= ROW_LIMIT:  # keyed on numbers that stay: emptied alone
            self.rows.clear()

    def subject(self, data: dict[str, Any]) -> Subject | None:
        """The subject's value at every path findings read, as small numbers (None: a value that is not
        plain data, and then nothing about this subject is memoised). A path is followed through
        objects; a list on the way stands whole for the paths below it."""
        numbers = [0] * len(self.paths)
        all_numbers = self.numbers
        get = data.get
        for first, places, paths in self._tops:
            top = tuple(unknown_codes(data)) if first == UNKNOWN_CODES else get(first)
            if top is UNKNOWN or top is None:  # so is everything below it
                number = _UNKNOWN if top is UNKNOWN else _MISSING
                for place in places:
                    numbers[place] = number
                continue
            if type(top) is not dict:  # a list or a value stands whole for every path below it: frozen once
                try:
                    frozen = freeze(top, exact=True)
                except TypeError:
                    return None
                for place in places:
                    seen = all_numbers[place]
                    numbers[place] = seen.setdefault(frozen, len(seen))
                continue
            for place, rest in paths:
                value: Any = top
                for step in rest:
                    if type(value) is not dict:
                        break
                    value = value.get(step)
                if value is UNKNOWN:
                    numbers[place] = _UNKNOWN
                elif value is None:
                    numbers[place] = _MISSING
                else:
                    kind = type(value)
                    if kind is str:  # the common plain values, as `freeze` gives them
                        frozen = value
                    elif kind in _PLAIN:
                        frozen = (kind, value)
                    else:
                        try:
                            frozen = freeze(value, exact=True)
                        except TypeError:
                            return None
                    seen = all_numbers[place]
                    number = seen.setdefault(frozen, len(seen))
                    numbers[place] = number
        return Subject(numbers, data.get(self.date_field))

    def param_key(self, subject: Subject) -> tuple:
        """What the parameters resolve from: the values their conditions read, and the day (or where it falls)."""
        values = self._param_values(subject.numbers)
        return (values, subject.day_class(self._param_days)) if self._param_days is not None else (values,)

    def resolved_number(self, content: Any) -> int:
        """A number for what a parameter resolved to (equal contents, equal numbers)."""
        number = self.resolved.get(content)
        if number is None:
            number = self.resolved[content] = len(self.resolved)
        return number

    def keys(self, subject: Subject, fired: bool, hits, justifications: dict[str, str]) -> list[tuple]:
        """What the finding of each hit (fired or undecided) depends on."""
        vector = subject.vector(self)
        plans = self._plans["fired" if fired else "undecided"]
        if not justifications:  # an imported document has none
            return [(hit.rule.code, hit.index, plans[hit.rule.code](vector), None) for hit in hits]
        just = justifications.get
        return [(hit.rule.code, hit.index, plans[hit.rule.code](vector), just(hit.rule.code)) for hit in hits]

    def row_key(self, subject: Subject, extra: Any) -> tuple:
        """What the subject's rules' outcome, and the findings not `beyond_row`, depend on, with what the
        caller adds (`extra`); see the module's description."""
        return self._row(subject.vector(self)), extra

    def why_key(self, subject: Subject, rule: ir.RuleIR, index: int | None) -> tuple:
        """What why the rule is undecided depends on."""
        return rule.code, index, self._plans["why"][rule.code](subject.vector(self))

    def findings_for(self, fired: bool, finish: int | None) -> dict[tuple, Any]:
        """The memo of findings that fired (or are undecided) and were finished as numbered."""
        found = self.findings.get((fired, finish))
        if found is None:
            found = self.findings[fired, finish] = {}
        return found

    def remember(self, memo: dict[tuple, Any], key: tuple, finding: Any) -> Any:
        finding = self.shared.setdefault(finding, finding)
        memo[key] = finding
        return finding


class Whole:
    """What a subject's key gives: its findings, sorted, those of the first subject with the key. Findings that
    depend on more than the key are each the subject's `own` (their place in the outcome's order and among
    the sorted, whether their rule fired, the hit, and their rank then), made from the rules' `outcome`; a
    subject whose own findings rank differently is sorted again from `in_order`, the outcome's order."""

    __slots__ = ("outcome", "findings", "in_order", "own")

    def __init__(self, outcome: Any, findings: tuple, in_order: tuple, own: tuple):
        self.outcome = outcome
        self.findings = findings
        self.in_order = in_order
        self.own = own


class Subject:
    """One subject's numbers, then with its parameters and where its day falls (`vector`)."""

    __slots__ = ("numbers", "day", "params", "_vector")

    def __init__(self, numbers: list[int], day: Any):
        self.numbers = numbers
        self.day = day
        self.params: dict[str, tuple[int, int]] = {}  # each parameter's resolution, numbered with the day and without
        self._vector: tuple | None = None

    def day_class(self, thresholds: tuple) -> Any:
        """Where the day falls among these constants (before, on or after each), or that it is missing or unknown."""
        day = self.day
        if day is None or day is UNKNOWN:
            return _MISSING if day is None else _UNKNOWN
        return bisect_left(thresholds, day), bisect_right(thresholds, day)

    def vector(self, memo: FindingMemo) -> tuple:
        if self._vector is None:
            params = self.params
            try:
                classes = memo.day_classes.get(self.day)
            except TypeError:  # a day that is not a plain value (a span): not remembered
                classes = tuple(self.day_class(t) for t in memo.thresholds)
            if classes is None:
                classes = memo.day_classes[self.day] = tuple(self.day_class(t) for t in memo.thresholds)
            resolved = [params.get(name, (_MISSING, _MISSING)) for name in memo.param_names]
            numbers = self.numbers
            day = numbers[memo.day_place]
            if memo.beside_places and type(self.day) is dt.date:  # a comparison of a plain day with an unknown
                # or missing value is unknown (or false) whatever the day, and so is what it shows
                beside = [_UNSEEN if all(numbers[place] < 0 for place in places) else day for places in memo.beside_places]
            else:
                beside = [day] * len(memo.beside_places)
            self._vector = (*numbers, *(r[0] for r in resolved), *(r[1] for r in resolved), *classes, *beside)
        return self._vector


def finding_reads(rule: ir.RuleIR, date_field: str, fired: bool) -> set[str]:
    """The field paths a finding of the rule reads: what the rule reads, itself or through derived
    facts; the day, when it reads a parameter; what its message reads, when it fired (an undecided
    rule's message is not its own); and, for a rule on a classification, which CPV codes behind it
    are unknown (the pipeline names them)."""
    paths = set(rule.reads)
    for template in (rule.message, rule.remedy) if fired else ():
        for _source, value in (template.holes if template else ()):
            paths.update(".".join(r.path) for r in ir.refs(value) if r.scope == ir.DOC and r.path)
    if rule.params:
        paths.add(date_field)
    paths.update(source for path in list(paths) for source in berakning.sources(path))  # they name the fields
    if any(path.split(".")[0] == "klassning" for path in paths):
        paths.add(UNKNOWN_CODES)
    return {path for path in paths if path}


def _shown(rule: ir.RuleIR, fired: bool) -> list[ir.Value]:
    """The values a finding of the rule shows: those its requirement compared, and, when it fired, its message's."""
    shown = [value for _label, value in rule.explain]
    for template in (rule.message, rule.remedy) if fired else ():
        shown += [value for _source, value in (template.holes if template else ())]
    return shown


def _day_uses(rule: ir.RuleIR, by_name: dict[str, list[ir.RuleIR]], date_field: str,
              shown: list[ir.Value]) -> tuple[tuple, tuple[str, ...]] | None:
    """How the rule (and the derived facts it reads) and the `shown` values use the day, when all they do
    is compare it, or count days from or to it: (the constants it is compared with, the paths of the other
    fields). None when the day is shown itself, computed with otherwise or compared with anything else (a
    list element's field, an aggregate). (Through a parameter the day counts in the parameters' number.)"""
    day = (ir.DOC, (date_field,))
    constants: set = set()
    others: set[str] = set()
    conditions = [rule.condition]
    seen: set[str] = set()
    pending = list(rule.uses_derived)
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            for d in by_name.get(name, ()):
                conditions.append(d.condition)
                pending.extend(d.uses_derived)
    nodes = [cmp for cond in conditions for cmp in _comparisons(cond)] + shown
    seen_uses = 0
    for node in nodes:
        for left, right, compared in _pairs(node):
            is_day = [isinstance(v, ir.Ref) and (v.scope, v.path) == day for v in (left, right)]
            if is_day[0] == is_day[1]:
                continue
            other = right if is_day[0] else left
            if compared and isinstance(other, ir.Const):
                constants.add(other.value)
            elif isinstance(other, ir.Ref) and other.scope == ir.DOC and other.path:
                others.add(".".join(other.path))
            else:
                continue
            seen_uses += 1
    mentions = sum(1 for node in nodes for r in ir.refs(node) if (r.scope, r.path) == day)
    if mentions != seen_uses:
        return None
    return tuple(sorted(constants)), tuple(sorted(others))


def _pairs(node: ir.Cmp | ir.Value) -> list[tuple[ir.Value, ir.Value, bool]]:
    """The pairs of values a comparison or value puts side by side: the comparison's sides (True), and the
    ends of each count of days in them, through arithmetic (False). Not inside aggregates."""
    if isinstance(node, ir.Cmp):
        return [(node.left, node.right, True), *_pairs(node.left), *_pairs(node.right)]
    if isinstance(node, ir.Arith):
        return _pairs(node.left) + _pairs(node.right)
    if isinstance(node, ir.Days):
        return [(node.start, node.end, False)]
    return []


def _comparisons(cond: ir.Cond) -> list[ir.Cmp]:
    if isinstance(cond, ir.Cmp):
        return [cond]
    if isinstance(cond, (ir.AllOf, ir.AnyOf)):
        return [c for item in cond.items for c in _comparisons(item)]
    if isinstance(cond, ir.Quant):
        return _comparisons(cond.cond)
    return []


def _getter(places: list[int]) -> Callable[[Sequence[Any]], Any]:
    """Picks these places out of a vector (as a tuple, or the one value)."""
    return itemgetter(*places) if places else (lambda vector: ())


def freeze(value: Any, exact: bool = False) -> Any:
    """A hashable copy of plain data (dicts and lists as tuples); TypeError for anything else.

    `exact`: values that are equal but shown differently stay apart (True and 1, 2.0 and 2.00),
    for a memo of what is shown rather than of what is decided."""
    kind = type(value)
    if kind is str:  # the commonest value (a list's items and a dict's values are taken inline below)
        return value
    if exact:  # the plain kinds as the general case at the end gives them, without its checks
        if kind in _EXACT_AS_IS:
            return kind, value
        if kind is Decimal:
            return "Decimal", str(value)
    if isinstance(value, dict):
        return tuple([(k, v if type(v) is str else freeze(v, exact)) for k, v in value.items()])
    if isinstance(value, list):  # a PartialList is not a list
        return (type(value).__name__, *[v if type(v) is str else freeze(v, exact) for v in value])
    hash(value)
    if exact and not isinstance(value, str):
        return (type(value).__name__, str(value)) if isinstance(value, (Decimal, float)) else (type(value), value)
    return value


_EXACT_AS_IS = _PLAIN | {type(None)}  # what `freeze(exact=True)` gives as (type, value)
