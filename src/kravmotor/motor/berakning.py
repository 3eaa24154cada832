"""Values computed from a document for rules that cannot compute them themselves.

The evaluators cannot multiply two values (durable_rules multiplies only by a
constant) nor join an element of one list with an element of another (a
requirement with the lot it belongs to). The few values rules need of that kind
are computed here before evaluation, like `klassning`, and rules read them under
`beräknat`:

- `beräknat.avtalstid_med_optioner`: the whole contract period in months: the base
  period, the extensions and the months of every option that has them (an option
  without months, of volume say, lengthens nothing) (7 kap. 3 §, 5 kap. LOU; X-31, X-32);
- `beräknat.årsvärde_över_avtalstiden`: the yearly value times that whole period
  (5 kap. LOU; X-32);
- `beräknat.omsättningskrav_per_delkontrakt`: one element per turnover requirement
  and lot it applies to: a requirement tied to a lot (`delkontrakt`) with that lot,
  a requirement for the whole procurement with every lot of a divided contract
  (14 kap. 4 § LOU, art. 58.3 directive 2014/24/EU; X-24).

Unknown in, unknown out: a value computed from an unknown fact is unknown, and a
list computed from lists that may hold more elements may hold more too. A person
fills in document fields, not these: every computed value carries the paths of the
fields behind it (`_bakom`), and findings name those (`facts_behind`).

`normalize` runs before unknown facts are marked: a reference period given in
months (`tidsperiod_månader`) is the fractional years rules read (`tidsperiod_år`),
and findings name the months.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ..model.fields import FieldType, parse_path
from ..values import UNKNOWN, PartialList, Span, span

NAME = "beräknat"
BEHIND = "_bakom"  # field name → the document fields behind it; "" for a list element as a whole
PAIRS = "omsättningskrav_per_delkontrakt"
YEARLY = "årsvärde_över_avtalstiden"
LENGTH = "avtalstid_med_optioner"
_PERIOD = ("avtalstid.grundperiod_månader", "avtalstid.förlängning_månader", "avtalstid.optioner")
SOURCES = {  # every document field a computed value can come from (a list whole)
    LENGTH: _PERIOD,
    YEARLY: ("uppskattat_värde.per_år", *_PERIOD),
    PAIRS: ("kvalificeringskrav", "delkontrakt"),
}


def field_types() -> FieldType:
    """What rules may read under `beräknat`, for the rule checker."""
    pair = FieldType("objekt", children={
        "delkontrakt": FieldType("text"),
        "delkontraktets_värde": FieldType("tal", unit="kr"),
        "belopp": FieldType("tal", unit="kr"),
    })
    return FieldType("objekt", children={
        LENGTH: FieldType("tal", unit="månader"),
        YEARLY: FieldType("tal", unit="kr"),
        PAIRS: FieldType("lista", item=pair),
    })


def normalize(data: dict[str, Any]) -> None:
    """A reference period in months as the years rules read, unless years are given; a finding on the
    years names the months the document gave (`_bakom`, see `facts_behind`)."""
    for item in data.get("kvalificeringskrav") or ():
        if isinstance(item, dict) and "tidsperiod_år" not in item and isinstance(item.get("tidsperiod_månader"), int):
            item["tidsperiod_år"] = Decimal(item["tidsperiod_månader"]) / 12
            item[BEHIND] = {"tidsperiod_år": ["tidsperiod_månader"]}


def add(data: dict[str, Any]) -> bool:
    """Put `beräknat` into the data; True when that adds something unknown the data did not have."""
    length, length_behind = _whole_period(data)
    yearly, yearly_behind = _yearly_value(data, length, length_behind)
    pairs, pairs_behind, new_unknown = _turnover_per_lot(data)
    computed: dict[str, Any] = {BEHIND: {LENGTH: length_behind, YEARLY: yearly_behind, PAIRS: pairs_behind}}
    if length is not None:
        computed[LENGTH] = length
    if yearly is not None:
        computed[YEARLY] = yearly
    if pairs is not None:
        computed[PAIRS] = pairs
    data[NAME] = computed
    return new_unknown


def sources(path: str) -> tuple[str, ...]:
    """The document fields a path into `beräknat` can be computed from, whatever the document holds
    (which of them a finding names depends on their values: a memo keys on them all); () for any other path."""
    head, sep, rest = path.partition(NAME + ".")
    if not sep or (head and not head.endswith(".")):
        return ()
    return tuple(head + p for p in SOURCES.get(rest.split(".")[0].split("[")[0], ()))


def facts_behind(path: str, data: dict[str, Any], keep: Callable[[Any], bool] | None = None) -> list[str]:
    """The document fields behind a field path: for a path into `beräknat` (also below a nested
    subject, `upphandling.beräknat...`) the fields it is computed from, with `keep` those of them
    whose value it keeps (all, if it keeps none: `is_open` for the unknown ones, `is_span`); any
    other path is itself."""
    head, sep, rest = path.partition(NAME + ".")
    if not sep or (head and not head.endswith(".")):
        return [_given(path, data)]
    root = _at(head.rstrip("."), data) if head else data
    steps = parse_path(NAME + "." + rest)
    if not isinstance(root, dict) or not steps:
        return [path]
    node: Any = root
    behind: list[str] | None = None
    for name, index in steps:
        if not isinstance(node, dict):
            break
        behind = node.get(BEHIND, {}).get(name, behind)
        node = node.get(name)
        if index is not None:
            node = node[index] if isinstance(node, list) and 0 <= index < len(node) else None
            behind = node.get(BEHIND, {}).get("", behind) if isinstance(node, dict) else behind
    if not behind:
        return [path]
    if keep is not None:
        behind = [p for p in behind if keep(_at(p, root))] or behind
    return [head + p for p in behind]


def _given(path: str, data: dict[str, Any]) -> str:
    """A field as the document gave it: `kvalificeringskrav[0].tidsperiod_år` is `...tidsperiod_månader`
    where the years were computed from the months (`normalize`)."""
    parent, _, name = path.rpartition(".")
    element = _at(parent, data) if parent else None
    given = element.get(BEHIND, {}).get(name) if isinstance(element, dict) else None
    return f"{parent}.{given[0]}" if given else path


def _at(path: str, root: Any) -> Any:
    """The value at a field path (`delkontrakt[1].uppskattat_värde`): UNKNOWN inside an unknown object."""
    node = root
    for name, index in parse_path(path) or []:
        if node is UNKNOWN:
            return UNKNOWN
        node = node.get(name) if isinstance(node, dict) else None
        if index is not None and node is not UNKNOWN:
            node = node[index] if isinstance(node, list) and 0 <= index < len(node) else None
    return node


# --- The whole contract period and the yearly value over it --------------------------------------


def _whole_period(data: dict[str, Any]) -> tuple[Any, list[str]]:
    """grundperiod + förlängning + the options' months; missing when the base period is. The fields behind it
    are those it is computed from, an option by its months (`avtalstid.optioner[1].månader`)."""
    period = data.get("avtalstid")
    behind = list(_PERIOD[:2])
    if period is UNKNOWN:
        return UNKNOWN, list(_PERIOD)
    if not isinstance(period, dict) or any(period.get(k) is None for k in ("grundperiod_månader", "förlängning_månader")):
        return None, list(_PERIOD)
    options = period.get("optioner")
    if options is None:
        options = []
    if options is UNKNOWN or isinstance(options, PartialList):  # an empty partial list too: options may exist
        return UNKNOWN, behind + ["avtalstid.optioner"]
    months: list[Any] = [period["grundperiod_månader"], period["förlängning_månader"]]
    for i, option in enumerate(options):
        given = option.get("månader") if isinstance(option, dict) else UNKNOWN
        if given is not None:  # an option without months (of volume, say) lengthens nothing
            months.append(given)
            behind.append(f"avtalstid.optioner[{i}].månader" if isinstance(option, dict) else f"avtalstid.optioner[{i}]")
    if any(m is UNKNOWN for m in months):
        return UNKNOWN, behind
    total: Any = 0
    for m in months:
        total = total + m
    return total, behind


def _yearly_value(data: dict[str, Any], length: Any, length_behind: list[str]) -> tuple[Any, list[str]]:
    """uppskattat_värde.per_år × the whole period / 12; missing when the yearly value or the period is."""
    behind = ["uppskattat_värde.per_år", *length_behind]
    value = data.get("uppskattat_värde")
    per_year = UNKNOWN if value is UNKNOWN else value.get("per_år") if isinstance(value, dict) else None
    if per_year is None or length is None:
        return None, behind
    if per_year is UNKNOWN or length is UNKNOWN:
        return UNKNOWN, behind
    return _to_öre(per_year * (Decimal(length) / 12)), behind


def _to_öre(value: Any) -> Any:
    """An amount rounded to öre, as the model's amounts are (a span bound by bound)."""
    if isinstance(value, Span):
        return span(_to_öre(value.low), _to_öre(value.high))
    return Decimal(value).quantize(Decimal("0.01"))


# --- Turnover requirements per lot ------------------------------------------------------------


def _turnover_per_lot(data: dict[str, Any]) -> tuple[Any, list[str], bool]:
    """(the pairs, the fields behind the list as a whole, whether a pair is unknown for want of a lot name
    that no lot has)."""
    requirements = data.get("kvalificeringskrav")
    lots = data.get("delkontrakt")
    behind = [name for name, items in (("kvalificeringskrav", requirements), ("delkontrakt", lots)) if is_open(items)]
    behind = behind or ["kvalificeringskrav", "delkontrakt"]
    if requirements is None:
        return None, behind, False
    if requirements is UNKNOWN:
        return UNKNOWN, behind, False
    lot_list = [] if lots is None or lots is UNKNOWN else list(lots)
    lots_open = is_open(lots)
    partial = isinstance(requirements, PartialList)
    new_unknown = False
    pairs = []
    for i, krav in enumerate(requirements):
        if not isinstance(krav, dict):  # an element nobody knows: it may be a turnover requirement
            partial = True
            continue
        if krav.get("typ") != "omsättning":
            continue
        where = f"kvalificeringskrav[{i}]"
        name = krav.get("delkontrakt")
        if name is None:  # the whole procurement: every lot of a divided contract
            if lots_open and len(_known(lot_list)) < 2:
                partial = True  # whether the contract is divided at all is not known
                continue
            if len(lot_list) >= 2:
                pairs += [_pair(krav, where, lot, f"delkontrakt[{k}]") for k, lot in _known(lot_list)]
                partial = partial or lots_open
            continue
        match = next((k for k, lot in _known(lot_list) if lot.get("namn") == name), None) if name is not UNKNOWN else None
        if match is not None:
            pairs.append(_pair(krav, where, lot_list[match], f"delkontrakt[{match}]"))
        else:  # the lot is not among those known: its value is unknown
            new_unknown = new_unknown or (not lots_open and name is not UNKNOWN)
            pairs.append(_pair(krav, where, None, "delkontrakt" if lots_open else f"{where}.delkontrakt"))
    return (PartialList(pairs) if partial else pairs), behind, new_unknown


def _pair(krav: dict[str, Any], where: str, lot: dict[str, Any] | None, lot_path: str) -> dict[str, Any]:
    pair: dict[str, Any] = {
        "delkontrakt": UNKNOWN if lot is None else lot.get("namn"),
        "delkontraktets_värde": UNKNOWN if lot is None else lot.get("uppskattat_värde"),
        "belopp": krav.get("belopp"),
        BEHIND: {
            "": [where],
            "belopp": [f"{where}.belopp"],
            "delkontrakt": [f"{lot_path}.namn" if lot is not None else lot_path],
            "delkontraktets_värde": [f"{lot_path}.uppskattat_värde" if lot is not None else lot_path],
        },
    }
    return {k: v for k, v in pair.items() if v is not None}


def _known(lots: list[Any]) -> list[tuple[int, dict[str, Any]]]:
    """The lots whose element and name are known, with their index."""
    return [(k, lot) for k, lot in enumerate(lots) if isinstance(lot, dict) and isinstance(lot.get("namn"), str)]


def is_span(value: Any) -> bool:
    return isinstance(value, Span)


def is_open(value: Any) -> bool:
    """Whether a value is not (wholly) known: unknown, a partial list, or a list with an unknown element or name."""
    if value is UNKNOWN or isinstance(value, PartialList):
        return True
    return isinstance(value, list) and any(not isinstance(x, dict) or x.get("namn", "") is UNKNOWN for x in value)
