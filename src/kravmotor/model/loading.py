"""Reading a förfrågningsunderlag, a supplier or a self-assessment from YAML or JSON into the model.

Everything that can go wrong with a user's file ends up as an `InputError`
holding one `Problem` per mistake, in Swedish, with the field path and (for
YAML) the line and column. No yaml/json/pydantic/OS exception escapes: the CLI
relies on that to print a message instead of a traceback.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, NamedTuple, get_args, get_origin

import yaml
from pydantic import BaseModel, ValidationError

from .. import limits
from ..errors import InputError, KravmotorError, Location, Problem, WrongKindError, excerpt_with_caret
from ..safe_data import decode, format_path, parse_json, parse_yaml
from .dokument import Förfrågningsunderlag
from .grund import SNI_PATTERN
from .typeforms import is_union

if TYPE_CHECKING:  # each subject's model is imported when a file of that subject is read
    from .leverantor import Leverantör
    from .organisation import Självskattning

__all__ = ["load_document", "load_supplier", "load_self_assessment", "validate_self_assessment",
           "document_json_schema", "merge_amount_errors"]

_YAML_SUFFIXES = {".yaml", ".yml"}
_JSON_SUFFIXES = {".json"}

# Swedish booleans. YAML 1.1 already turns yes/no/true/false/on/off into bools,
# and pydantic accepts "true"/"false", but "ja"/"nej" stay strings.
_SWEDISH_BOOLS = {"ja": True, "nej": False, "sant": True, "falskt": False}

Path_ = tuple[str | int, ...]  # a location in the data: field names and 0-based list indices


def load_document(path: str | Path) -> Förfrågningsunderlag:
    """Read and validate one förfrågningsunderlag; raise `InputError` on any problem."""
    return _load(path, Förfrågningsunderlag, "ett förfrågningsunderlag (id, titel, ...)", "underlag")


def load_supplier(path: str | Path) -> Leverantör:
    """Read and validate one supplier file; raise `InputError` on any problem.

    Names of företrädare are personal data, and in a broken file a name can end up anywhere (as
    a key, in the wrong field): in every problem about a supplier file the excerpt, the field
    path and the quoted text are masked, except field names and the model's own values, which
    stay readable (so `menade du 'adress'?` still helps).
    """
    from .leverantor import Leverantör

    try:
        return _load(path, Leverantör, "en leverantör (organisationsnummer, namn, ...)", "leverantör",
                     personal=("företrädare",))
    except InputError as error:
        vocabulary = _vocabulary(Leverantör)
        for problem in error.problems:
            _mask_problem(problem, vocabulary)
        raise


def load_self_assessment(path: str | Path, criteria: Collection[str]) -> Självskattning:
    """Read and validate one self-assessment (`kravmotor mognad`); every key under `dalamodellen` must be
    one of the rulebook's `criteria` codes (a misspelt code would otherwise be an unanswered criterion)."""
    from .organisation import Självskattning

    return _load(path, Självskattning, _SELF_ASSESSMENT, "självskattning", check=_criteria_check(criteria))


def validate_self_assessment(data: Any, file: str, criteria: Collection[str]) -> Självskattning:
    """A self-assessment given as data (the web form): the same checks and Swedish messages as a file,
    located by field path; raise `InputError` on any problem."""
    from .organisation import Självskattning

    return _validate(data, Självskattning, _SELF_ASSESSMENT, file, check=_criteria_check(criteria))


_SELF_ASSESSMENT = "en självskattning (organisation, datum, dalamodellen, ambitionsgrafen)"


def _criteria_check(criteria: Collection[str]) -> Callable[[dict], list]:
    def check(data: dict) -> list[tuple[Path_, str, bool, None]]:
        answers = data.get("dalamodellen")
        if not isinstance(answers, dict):
            return []
        out: list[tuple[Path_, str, bool, None]] = []
        for code in answers:
            if str(code) not in criteria:
                guess = difflib.get_close_matches(str(code), list(criteria), n=1)
                hint = f"; menade du '{guess[0]}'?" if guess else "; kriteriernas koder står i kravmotor mognad --mall"
                out.append((("dalamodellen", code), f"okänt kriterium '{code}'{hint}", True, None))
        return out

    return check


def _load(path: str | Path, model: type[BaseModel], what: str, kind: str, personal: tuple[str, ...] = (),
          check: Callable[[dict], list] | None = None):
    path = Path(path)
    file = str(path)
    suffix = path.suffix.lower()
    if suffix not in _YAML_SUFFIXES | _JSON_SUFFIXES:
        raise _error(file, f"okänd filändelse '{path.suffix}'; förväntade .yaml, .yml eller .json")
    source = _read_text(path, file, kind)

    if suffix in _JSON_SUFFIXES:
        data, root = parse_json(source, file), None
    else:
        data, root = parse_yaml(source, file)

    return _validate(data, model, what, file, source, root, personal, check)


def validate_document(data: Any, file: str) -> Förfrågningsunderlag:
    """A förfrågningsunderlag given as data (a web form, a draft): the same checks and Swedish messages as a file,
    located by field path; raise `InputError` on any problem."""
    return _validate(data, Förfrågningsunderlag, "ett förfrågningsunderlag (id, titel, ...)", file)


def validate_supplier(data: Any, file: str) -> Leverantör:
    """A supplier given as data; names of företrädare are kept out of every message, as for a file."""
    from .leverantor import Leverantör

    return _validate(data, Leverantör, "en leverantör (organisationsnummer, namn, ...)", file, personal=("företrädare",))


def _validate(data: Any, model: type[BaseModel], what: str, file: str, source: str = "", root: yaml.Node | None = None,
              personal: tuple[str, ...] = (), check: Callable[[dict], list] | None = None):
    if data is None:
        raise _error(file, f"filen är tom; förväntade en mappning med fälten för {what}")
    if not isinstance(data, dict):
        raise _error(
            file,
            f"förväntade en mappning (fält: värde) på översta nivån, men fick {_kind(data)}",
            *_position(source, root, ()),
        )

    if model is Förfrågningsunderlag and _is_supplier(data):
        raise WrongKindError([Problem(Location(file), (
            "filen beskriver en leverantör (organisationsnummer på översta nivån, inget upphandlande_myndighet), "
            "inte ett förfrågningsunderlag; granska den med kravmotor screena"))])

    # (path, message, point at the key rather than the value, exact mark if known)
    problems: list[tuple[Path_, str, bool, yaml.Mark | None]] = []
    if root is not None and _has_duplicate_keys(root):
        problems += _duplicate_keys(root, ())
    if check is not None:
        problems += check(data)
    timestamps: list[Path_] = []
    if model is Förfrågningsunderlag:
        # One walk normalizes the values and takes out those written as unknown (`_declared_unknown`).
        unknowns: list[Path_] = []
        raw, data = data, _normalize(data, model, (), timestamps, unknowns)
        if isinstance(raw.get("ramavtal"), dict):  # the details written where the yes/no goes
            problems.append((("ramavtal",), _RAMAVTAL_AS_MAPPING, True, None))
            data = {k: v for k, v in data.items() if k != "ramavtal"}
            timestamps = [t for t in timestamps if t[0] != "ramavtal"]  # dropped, not read
        if unknowns:
            declared = data.get("okända_uppgifter")
            data["okända_uppgifter"] = (declared if isinstance(declared, list) else []) + [_dotted(raw, p) for p in unknowns]
    else:
        data = _normalize(data, model, (), timestamps)
    problems += [
        (p, "datum med klockslag är inte tillåtet; förväntade bara ett datum på formen ÅÅÅÅ-MM-DD", False, None)
        for p in timestamps
    ]

    document = None
    try:
        document = model.model_validate(data)
    except ValidationError as exc:
        for err in merge_amount_errors(exc.errors()):
            loc, message, at_key = _translate(err, model, hide_input=any(p in err["loc"] for p in personal))
            # A timestamp is already reported in plain words; skip pydantic's version of it.
            if not any(loc[: len(t)] == t for t in timestamps):
                problems.append((loc, message, at_key, None))
            if len(problems) > MAX_PROBLEMS:
                break

    if isinstance(document, Förfrågningsunderlag) and model is Förfrågningsunderlag:
        problems += _cross_checks(document)
    if problems:
        located = [_problem(file, source, root, *p) for p in problems[:MAX_PROBLEMS]]
        for problem in located:
            if problem.location.field_path and any(p in problem.location.field_path for p in personal):
                problem.excerpt = None
        located.sort(key=lambda p: p.location.line or 0)  # stable: same-line problems keep pydantic's order
        if len(problems) > MAX_PROBLEMS:
            located.append(Problem(Location(file), f"fler fel finns; de första {MAX_PROBLEMS} visas"))
        raise InputError(located)
    assert document is not None
    return document


_RAMAVTAL_AS_MAPPING = ("ramavtal anges som ja eller nej; uppgifterna om ramavtalet (högsta_värde, högsta_kvantitet, "
                        "avropsordning, högsta_samtidiga_värde) skrivs under fältet ramavtalet")


def _cross_checks(document: Förfrågningsunderlag) -> list[tuple[Path_, str, bool, None]]:
    """What the model alone cannot check: fields that must agree with each other."""
    problems: list[tuple[Path_, str, bool, None]] = []
    lots = [lot.namn for lot in document.delkontrakt]
    lots_open = any(p == "delkontrakt" or p.startswith(("delkontrakt[", "delkontrakt.")) for p in document.okända_uppgifter)
    for i, krav in enumerate(document.kvalificeringskrav):
        if krav.delkontrakt is not None and krav.delkontrakt not in lots and not lots_open:
            guess = difflib.get_close_matches(krav.delkontrakt, lots, n=1)
            known = f"menade du '{guess[0]}'?" if guess else (
                f"delkontrakten heter {', '.join(repr(n) for n in lots)}" if lots else "underlaget har inga delkontrakt")
            problems.append((("kvalificeringskrav", i, "delkontrakt"),
                             f"delkontraktet '{krav.delkontrakt}' finns inte i underlaget; {known}", False, None))
        years, months = getattr(krav, "tidsperiod_år", None), getattr(krav, "tidsperiod_månader", None)
        if years is not None and months is not None and years * 12 != months:
            problems.append((("kvalificeringskrav", i, "tidsperiod_månader"),
                             f"ange hur långt bakåt uppdragen får ligga antingen i år eller i månader: {years} år är "
                             f"inte {months} månader", False, None))
    if document.ramavtal is False and document.ramavtalet is not None:
        problems.append((("ramavtalet",), "uppgifter om ett ramavtal anges, men ramavtal är nej", True, None))
    return problems


# A field written as one of these is unknown: "not stated in the documents", or "vet inte".
UNKNOWN_WORDS = frozenset({"okänt", "okänd", "vet inte"})


def _declared_unknown(key: Any, value: Any) -> bool:
    """`fält: okänt` anywhere in a mapping: the field is left out and its path goes into `okända_uppgifter`
    (`kvalificeringskrav[0].belopp`), the one way unknown facts reach the evaluators."""
    return isinstance(value, str) and value.strip().casefold() in UNKNOWN_WORDS and key != "typ"


def _dotted(data: Any, path: Path_) -> str:
    """The path as `okända_uppgifter` names it: `a.b[0].c` (a key in a mapping after a dot, even a number;
    an index in a list in brackets)."""
    text, node = "", data
    for step in path:
        if isinstance(node, list):
            text += f"[{step}]"
        else:
            text = f"{text}.{step}" if text else str(step)
        node = node[step]
    return text


_SPAN_BRANCH = "function-plain[_span_from_input()]"


def merge_amount_errors(errors: Sequence[Any]) -> list[dict]:
    """An amount is a number or a span ({lägst, högst}); pydantic reports a bad one once per kind.
    Keep the error of the kind the user meant (a mapping: the span; anything else: the number),
    without the kind in its location."""
    amounts = {tuple(p for p in e["loc"] if p != _SPAN_BRANCH) for e in errors if _SPAN_BRANCH in e["loc"]}
    out = []
    for err in errors:
        loc = err["loc"]
        meant_span = isinstance(err.get("input"), dict)
        if _SPAN_BRANCH in loc:
            if meant_span:
                out.append({**err, "loc": tuple(p for p in loc if p != _SPAN_BRANCH)})
        elif "decimal" in loc and tuple(p for p in loc if p != "decimal") in amounts:
            if not meant_span:
                out.append({**err, "loc": tuple(p for p in loc if p != "decimal")})
        else:
            out.append(err)
    return out


MAX_PROBLEMS = 50  # a file with a million bad values gets fifty messages, not a million


# --- Personal data in errors about supplier files ------------------------------------------

_WORD = re.compile(r"[^\W\d_][\w-]*")
_QUOTED = re.compile(r"(”[^”]*”|'[^']*')")


@cache
def _vocabulary(model: type[BaseModel]) -> frozenset[str]:
    """Every field name and allowed value of the model, and the YAML words: what an excerpt may show."""
    words = {"ja", "nej", "sant", "falskt", "true", "false", "null", "yes", "no"}
    seen: set = set()
    stack: list[Any] = [model]
    while stack:
        tp = _strip(stack.pop())
        if id(tp) in seen:
            continue
        seen.add(id(tp))
        if _is_model(tp):
            for name, info in tp.model_fields.items():
                words.add(name)
                stack.append(info.annotation)
        elif get_origin(tp) is Literal:
            words.update(str(v) for v in get_args(tp))
        else:
            stack.extend(a for a in get_args(tp) if a is not type(None))
    return frozenset(words)


def mask_words(text: str, allowed: frozenset[str]) -> str:
    """Each word not in `allowed` as bullets of the same length, so that a caret under it still points at it."""
    return _WORD.sub(lambda m: m.group() if m.group() in allowed else "•" * len(m.group()), text)


def _mask_problem(problem: Problem, allowed: frozenset[str]) -> None:
    if problem.excerpt:
        problem.excerpt = mask_words(problem.excerpt, allowed)
    if problem.location.field_path:
        problem.location.field_path = mask_words(problem.location.field_path, allowed)
    problem.message = _QUOTED.sub(lambda m: mask_words(m.group(), allowed), problem.message)


def _is_supplier(data: dict) -> bool:
    return "organisationsnummer" in data and "upphandlande_myndighet" not in data


def document_json_schema() -> dict:
    """JSON Schema (draft 2020-12) for förfrågningsunderlag, e.g. for editor completion (model.schemas)."""
    from .schemas import document_schema

    return document_schema()


def field_position(file: str | Path, field: str) -> tuple[int, int] | None:
    """Line and column (1-based) of a field path (`kvalificeringskrav[0].belopp`) in a YAML or JSON file,
    for reports that point into it (SARIF, GitHub annotations); a field left out points at its nearest
    written parent. None for other kinds of files, or a file that no longer reads."""
    from .fields import MORE, parse_path

    path = Path(file)
    steps = parse_path(field.replace("[*]", ""))
    if path.suffix.lower() not in _YAML_SUFFIXES | _JSON_SUFFIXES or not steps:
        return None
    root = _source_tree(str(path), path.stat().st_mtime_ns if path.is_file() else 0)
    if root is None:
        return None
    where: list[str | int] = []
    for name, index in steps:
        where.append(name)
        if index is not None and index != MORE:
            where.append(index)
    mark = _node_at(root, tuple(where), at_key=not isinstance(where[-1], int)).start_mark
    return mark.line + 1, mark.column + 1


@lru_cache(maxsize=64)
def _source_tree(file: str, _mtime: int) -> yaml.Node | None:
    """A file's node tree (JSON read as the YAML it also is), within the limits; None when it does not read."""
    try:
        return parse_yaml(_read_text(Path(file), file, "underlag"), file)[1]
    except (InputError, OSError, ValueError):
        return None


# --- Reading and parsing ---------------------------------------------------------------


def _read_text(path: Path, file: str, kind: str) -> str:
    return decode(limits.read_limited(path, kind), file)


def _has_duplicate_keys(root: yaml.Node) -> bool:
    """Whether any mapping repeats a key: a quick look (no paths) before `_duplicate_keys` says where."""
    scalar, mapping = yaml.ScalarNode, yaml.MappingNode
    stack = [root]
    seen: set[int] = set()  # an alias repeats a node: looked at once
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if type(node) is mapping:
            keys = [key.value for key, _ in node.value if type(key) is scalar]
            if len(set(keys)) < len(keys):
                return True
            stack.extend(value for _, value in node.value if type(value) is not scalar)
        elif type(node) is not scalar:
            stack.extend(item for item in node.value if type(item) is not scalar)
    return False


def _duplicate_keys(node: yaml.Node, path: Path_) -> list:
    """YAML silently keeps the last of two equal keys; a user almost always meant something else."""
    found = []
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    message = f"fältet '{key.value}' förekommer flera gånger; bara den sista förekomsten skulle räknas"
                    found.append((path + (key.value,), message, True, key.start_mark))
                seen.add(key.value)
                found += _duplicate_keys(value, path + (key.value,))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            found += _duplicate_keys(item, path + (i,))
    return found


# --- Walking the model's types ---------------------------------------------------------


def _strip(tp: Any) -> Any:
    """Drop Annotated and Optional so we see the type that decides validation."""
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp = get_args(tp)[0]
        elif is_union(tp):
            args = [a for a in get_args(tp) if a is not type(None)]
            if len(args) != 1:
                return tp
            tp = args[0]
        else:
            return tp


strip_type = _strip  # for other readers of the model (the web form's questions)


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _union_models(tp: Any) -> list[type[BaseModel]]:
    """The member models of a tagged union such as Kvalificeringskrav, else []."""
    if is_union(tp):
        return [a for a in get_args(tp) if _is_model(a)]
    return []


def _tag_values(model: type[BaseModel], field: str = "typ") -> tuple:
    info = model.model_fields.get(field)
    tp = _strip(info.annotation) if info else None
    return get_args(tp) if get_origin(tp) is Literal else ()


def _union_member(tp: Any, tag: Any) -> type[BaseModel] | None:
    for model in _union_models(tp):
        if tag in _tag_values(model):
            return model
    return None


def _field_type(tp: Any, key: Any) -> Any:
    info = tp.model_fields.get(key) if _is_model(tp) else None
    return info.annotation if info else None


class _Shape(NamedTuple):
    """What `_normalize` needs of a type, worked out once per type."""

    tp: Any  # `_strip(tp)`
    members: dict[Any, type[BaseModel]] | None  # a tagged union of models: the member for each tag, the first that has it
    fields: dict[str, Any]  # a model's fields' annotations
    values: Any  # a dict type: its values' type, else None
    items: Any  # a list type: its items' type, else None


_SHAPES: dict[int, tuple[Any, _Shape]] = {}


def _shape(tp: Any) -> _Shape:
    """The type's `_Shape`, kept per type: the model's types are few and live as long as the program, and a
    batch reads thousands of documents."""
    found = _SHAPES.get(id(tp))
    if found is None or found[0] is not tp:
        if len(_SHAPES) > 10_000:  # only a caller making types on the fly gets here
            _SHAPES.clear()
        stripped = _strip(tp)
        members: dict[Any, type[BaseModel]] | None = None
        if models := _union_models(stripped):
            members = {}
            for model in models:
                for tag in _tag_values(model):
                    members.setdefault(tag, model)
        fields = {name: info.annotation for name, info in stripped.model_fields.items()} if _is_model(stripped) else {}
        origin = get_origin(stripped)
        found = _SHAPES[id(tp)] = (tp, _Shape(stripped, members, fields,
                                              get_args(stripped)[1] if origin is dict else None,
                                              get_args(stripped)[0] if origin is list else None))
    return found[1]


def _normalize(value: Any, tp: Any, path: Path_, timestamps: list[Path_], unknowns: list[Path_] | None = None) -> Any:
    """Turn ja/nej/sant/falskt into bools where the model expects a bool, whole numbers into
    text where it expects text (YAML reads `id: 2026` as an int), and note timestamps; with
    `unknowns`, leave out every field written as unknown (`_declared_unknown`) and note its path.

    Done here rather than in validators so the model stays a plain description of the format."""
    shape = _shape(tp)
    tp = shape.tp
    if isinstance(value, dt.datetime):
        timestamps.append(path)
        return value
    if tp is bool and isinstance(value, str):
        return _SWEDISH_BOOLS.get(value.strip().lower(), value)
    if tp is str and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        if shape.members is not None:
            try:
                member = shape.members.get(value.get("typ"))
            except TypeError:  # a tag that is no text (a list): no member
                member = None
            shape = _shape(member)
        fields = shape.fields if shape.values is None else dict.fromkeys(value, shape.values)
        out = {}
        for k, v in value.items():  # in order: the unknown paths are noted as they come
            if type(v) is str:  # most values: only a yes/no or a word for unknown changes, without a call
                if unknowns is not None and _declared_unknown(k, v):
                    unknowns.append(path + (k,))
                elif (tp := fields.get(k)) is not None and _shape(tp).tp is bool:
                    out[k] = _SWEDISH_BOOLS.get(v.strip().lower(), v)
                else:
                    out[k] = v
            else:
                out[k] = _normalize(v, fields.get(k), path + (k,), timestamps, unknowns)
        return out
    if isinstance(value, list):
        item = shape.items
        return [_normalize(v, item, path + (i,), timestamps, unknowns) for i, v in enumerate(value)]
    return value


def _resolve_loc(loc: tuple, model: type[BaseModel]) -> tuple[Path_, Any, Any]:
    """Pydantic's loc with the union tags removed, the model owning the last element, and the
    type at that location. Pydantic puts the tag (`omsättning`) into the loc of a tagged
    union member; the user never wrote it as a key, so it must not appear in the path."""
    tp: Any = model
    owner: Any = None
    path: list[str | int] = []
    for key in loc:
        tp = _strip(tp)
        member = _union_member(tp, key) if isinstance(key, str) else None
        if member is not None:
            tp = member
            continue
        path.append(key)
        if _is_model(tp):
            owner, tp = tp, _field_type(tp, key)
        elif get_origin(tp) is list:
            tp = get_args(tp)[0]
        elif get_origin(tp) is dict:
            tp = get_args(tp)[1]
        else:
            tp = None
    return tuple(path), owner, _strip(tp)


# --- Translating pydantic errors -------------------------------------------------------


def _translate(err: Mapping[str, Any], model: type[BaseModel] = Förfrågningsunderlag, hide_input: bool = False) -> tuple[Path_, str, bool]:
    """One pydantic error as (path, Swedish message, whether to point at the key)."""
    kind, ctx = err["type"], err.get("ctx") or {}
    path, owner, tp = _resolve_loc(err["loc"], model)
    name = next((p for p in reversed(path) if isinstance(p, str)), "")
    given = "" if hide_input else _given(err.get("input"))

    if kind == "missing":
        return path, f"obligatoriskt fält '{name}' saknas", False
    if kind == "extra_forbidden":
        allowed = list(owner.model_fields) if owner else []
        guess = difflib.get_close_matches(str(path[-1]), allowed, n=1)
        hint = f"; menade du '{guess[0]}'?" if guess else f"; tillåtna fält här: {', '.join(allowed)}"
        return path, f"okänt fält '{path[-1]}'{hint}", True
    if kind == "literal_error":
        allowed = list(get_args(tp)) if get_origin(tp) is Literal else []
        values = ", ".join(f"'{v}'" for v in allowed) if allowed else ctx.get("expected", "")
        return path, f"ogiltigt värde{given}; tillåtna värden: {values}", False
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        tags = [t for m in _union_models(tp) for t in _tag_values(m)]
        values = ", ".join(f"'{t}'" for t in tags) if tags else ctx.get("expected_tags", "")
        if kind == "union_tag_not_found":
            return path + ("typ",), f"obligatoriskt fält 'typ' saknas; ange en av: {values}", False
        return path + ("typ",), f"okänd typ '{ctx.get('tag')}'; tillåtna värden: {values}", False
    if kind.startswith("date"):
        return path, f"förväntade ett datum på formen ÅÅÅÅ-MM-DD{given}", False
    if kind.startswith("int"):
        return path, f"förväntade ett heltal{given}", False
    if kind.startswith(("decimal", "float")) or kind == "finite_number":
        return path, f"förväntade ett tal, t.ex. 4500000, utan mellanslag och utan 'kr'{given}", False
    if kind.startswith("bool"):
        return path, f"förväntade sant eller falskt (ja/nej, sant/falskt eller true/false){given}", False
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        limit = ctx.get("ge", ctx.get("gt", ctx.get("le", ctx.get("lt"))))
        words = {"greater_than_equal": "minst", "greater_than": "större än",
                 "less_than_equal": "högst", "less_than": "mindre än"}[kind]
        return path, f"värdet måste vara {words} {limit}{given}", False
    if kind == "string_pattern_mismatch":
        return path, f"{_pattern_hint(name, ctx.get('pattern'))}{given}", False
    if kind == "string_too_short":
        n = ctx.get("min_length", 1)
        return path, "får inte vara tomt" if n == 1 else f"måste vara minst {n} tecken långt", False
    if kind == "string_type":
        return path, f"förväntade text{given}; sätt värdet inom citattecken om det ser ut som ett tal eller datum", False
    if kind == "list_type":
        return path, f"förväntade en lista (rader som börjar med '- ' i YAML, [ ... ] i JSON), men fick {_kind(err.get('input'))}", False
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return path, f"förväntade en mappning med fält (fält: värde), men fick {_kind(err.get('input'))}", False
    if kind == "value_error":  # our own validators write Swedish messages
        return path, f"{ctx.get('error', err['msg'])}{given}", False
    if kind == "string_too_long":
        return path, f"får vara högst {ctx.get('max_length')} tecken långt", False
    if kind in ("too_long", "too_short"):
        words = "högst" if kind == "too_long" else "minst"
        return path, f"får ha {words} {ctx.get('max_length', ctx.get('min_length'))} element", False
    if kind.startswith("decimal_"):
        return path, f"förväntade ett belopp med högst två decimaler och högst 15 siffror före decimalkommat{given}", False
    if kind.startswith(("set_", "frozen_set", "tuple")):
        return path, f"förväntade en lista{given}", False
    if kind.startswith("string_"):
        return path, f"förväntade text{given}", False
    return path, f"ogiltigt värde{given}", False


def describe_validation_error(err: Mapping[str, Any], model: type[BaseModel] = Förfrågningsunderlag) -> tuple[str | None, str]:
    """A pydantic error on a model built by an importer (a notice, a statistics row): (field path, Swedish message)."""
    path, message, _ = _translate(err, model)
    return format_path(path), message


def _pattern_hint(name: str, pattern: str | None) -> str:
    if name == "cpv_koder":
        return "ogiltig CPV-kod; förväntade åtta siffror, gärna med kontrollsiffra, t.ex. 90911200-8"
    if name == "organisationsnummer":
        return "ogiltigt organisationsnummer; förväntade formen NNNNNN-NNNN, t.ex. 212000-2262"
    if pattern == SNI_PATTERN:
        return "ogiltig SNI-kod; förväntade fem siffror, t.ex. 81210"
    if name == "regel":
        return "ogiltig regelkod; förväntade versaler, bindestreck och siffror, t.ex. PROP-03"
    return f"värdet har fel form (förväntat mönster {pattern})"


def _given(value: Any) -> str:
    """", angivet: 'x'" for a scalar the user wrote; nothing for mappings and lists."""
    if isinstance(value, (dict, list)) or value is None:
        return ""
    text = str(value)
    return f", angivet: '{text[:60]}{'…' if len(text) > 60 else ''}'"


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "en mappning"
    if isinstance(value, list):
        return "en lista"
    if isinstance(value, bool):
        return "ett sanningsvärde"
    if isinstance(value, (int, float, Decimal)):
        return f"talet {value}"
    if isinstance(value, (dt.date, dt.datetime)):
        return f"datumet {value}"
    if value is None:
        return "ett tomt värde"
    return f"texten '{value}'"


# --- Locating problems in the source ---------------------------------------------------


def _node_at(root: yaml.Node, path: Path_, at_key: bool) -> yaml.Node:
    """The deepest node along `path`: the key node itself if `at_key`, else the value.
    A path that leaves the file (a missing field) stops at its parent mapping."""
    node = root
    for i, key in enumerate(path):
        last = i == len(path) - 1
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == str(key)), None)
            if pair is None:
                return node
            if last and at_key:
                return pair[0]
            node = pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            return node
    return node


def _position(source: str, root: yaml.Node | None, path: Path_, at_key: bool = False, mark: yaml.Mark | None = None):
    """(line, column, excerpt) of `path` in a YAML source, 1-based; Nones for JSON."""
    if root is None:
        return None, None, None
    mark = mark or _node_at(root, path, at_key).start_mark
    line, column = mark.line + 1, mark.column + 1
    return line, column, _excerpt(source, line, column)


def _excerpt(source: str, line: int | None, column: int | None) -> str | None:
    if line is None:
        return None
    return excerpt_with_caret(source, line, column or 1) or None


def located(file: str | None, path: Path_, message: str) -> Problem:
    """A problem found after loading (a justification naming no rule), placed in its file: by line and column
    when the file is YAML and still readable, else by field path."""
    if file and Path(file).suffix.lower() in _YAML_SUFFIXES and Path(file).is_file():
        try:
            source = _read_text(Path(file), file, "underlag")
            return _problem(file, source, parse_yaml(source, file)[1], path, message, False, None)
        except KravmotorError:
            pass
    return Problem(Location(file or "underlaget", field_path=format_path(path)), message)


def _problem(file: str, source: str, root, path: Path_, message: str, at_key: bool, mark) -> Problem:
    line, column, excerpt = _position(source, root, path, at_key, mark)
    return Problem(Location(file, line, column, format_path(path)), message, excerpt)


def _error(file: str, message: str, line=None, column=None, excerpt=None) -> InputError:
    return InputError([Problem(Location(file, line, column), message, excerpt)])
