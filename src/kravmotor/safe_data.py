"""YAML and JSON text → plain data, within the limits, with Swedish errors naming line and column.

Every YAML or JSON file kravmotor reads goes through here: documents, suppliers,
areas, classifications, target files. Nothing escapes but the caller's error
class (`InputError` or `RuleError`):

- the bytes are UTF-8 (a BOM may say UTF-16 or UTF-32); a bad byte is located;
- YAML is composed with a depth limit and a node count, and aliases are
  expanded on the node graph by counting before anything is built (an alias
  bomb costs milliseconds, a recursive alias is refused);
- integers longer than the `siffror` limit, strings with lone surrogates,
  explicit tags whose text does not fit them (`!!timestamp abc`) are refused
  with their place;
- JSON nesting and size are checked after parsing, and located in the text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml
from yaml.events import AliasEvent

from . import limits
from .errors import InputError, KravmotorError, Location, Problem, excerpt_with_caret

__all__ = ["decode", "parse_yaml", "parse_json", "read_yaml_file", "format_path"]

Error = type[KravmotorError]

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _problem(file: str, message: str, source: str | None = None, line: int | None = None, column: int | None = None,
             field_path: str | None = None) -> Problem:
    excerpt = excerpt_with_caret(source, line, column or 1) or None if source is not None and line else None
    return Problem(Location(file, line, column, field_path), message, excerpt)


def decode(data: bytes, file: str, error: Error = InputError) -> str:
    """UTF-8 text (or UTF-16/32 when a byte order mark says so); a bad byte is a located error."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise error([Problem(Location(file), f"filen börjar som {encoding.upper()} men går inte att läsa så "
                                                     f"(byte {exc.start}); spara den som UTF-8")]) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _byte_position(data, nul)
        raise error([Problem(Location(file, line, column), "filen innehåller nolltecken (NUL): den är kanske UTF-16-kodad "
                                                           "eller ingen textfil; spara den som UTF-8")])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _byte_position(data, exc.start)
        raise error([Problem(Location(file, line, column),
                             f"filen är inte UTF-8-kodad: byten 0x{data[exc.start]:02X} kan inte läsas; spara filen som UTF-8")]) from None


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, len(data[start:offset].decode("utf-8", errors="replace")) + 1


def _position(source: str, offset: int) -> tuple[int, int]:
    return source.count("\n", 0, offset) + 1, offset - (source.rfind("\n", 0, offset) + 1) + 1


_SURROGATES = re.compile("[\ud800-\udfff]")


def _has_surrogate(text: str) -> bool:
    return not text.isascii() and _SURROGATES.search(text) is not None


_SURROGATE = "texten innehåller ett ensamt surrogattecken (ett trasigt \\u-tecken) och kan inte lagras; ta bort det"


# --- YAML --------------------------------------------------------------------------------------


class _Refused(Exception):
    """A value or structure refused while reading, with the YAML mark it is at."""

    def __init__(self, message: str, mark: yaml.Mark | None):
        self.message = message
        self.mark = mark


def _tag_problem(node: yaml.Node, what: str) -> _Refused:
    return _Refused(f"värdet ”{_short(node.value)}” kan inte läsas som {what}", node.start_mark)


def _short(value: Any, width: int = 40) -> str:
    text = str(value)
    return text[:width] + "…" if len(text) > width else text


class _Rules:
    """The limits while composing, and forgiving constructors, for both loaders below.

    An impossible date (2026-13-01) or a leading zero (0123) stays text, so validation reports it
    with its line like any other bad value.
    """

    def _limits(self) -> None:
        self.depth = 0
        self.nodes = 0
        self.max_depth = limits.integer("djup")
        self.max_nodes = limits.integer("värden")

    def compose_node(self, parent, index):
        if not self.check_event(AliasEvent):
            self.nodes += 1
            if self.nodes > self.max_nodes:
                raise _Refused(limits.exceeded("värden", "filen har fler värden än så"), self.peek_event().start_mark)
        self.depth += 1
        try:
            if self.depth > self.max_depth:
                raise _Refused(limits.exceeded("djup", "strukturen är nästlad djupare än så"), self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_scalar(self, node):
        value = super().construct_scalar(node)
        if isinstance(value, str) and _has_surrogate(value):
            raise _Refused(_SURROGATE, node.start_mark)
        return value

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, AttributeError, TypeError, OverflowError):  # `!!timestamp abc` does not match at all
            return self.construct_scalar(node)

    def construct_yaml_bool(self, node):
        value = self.construct_scalar(node)
        return self.bool_values.get(value.lower(), value)  # `!!bool ja`: the text, which ja/nej handling reads

    def construct_yaml_int(self, node):
        text = self.construct_scalar(node)
        _check_numeral(text, node.start_mark)
        # YAML 1.1 reads 0123 as octal 83; a user writing a leading zero means the digits.
        if len(text) > 1 and text.startswith("0") and text.replace("_", "").isdigit():
            return text
        try:
            return super().construct_yaml_int(node)
        except (ValueError, IndexError):
            raise _tag_problem(node, "heltal") from None

    def construct_yaml_float(self, node):
        text = self.construct_scalar(node)
        _check_numeral(text, node.start_mark)
        try:
            return super().construct_yaml_float(node)
        except (ValueError, IndexError):
            raise _tag_problem(node, "decimaltal") from None



class _Loader(_Rules, yaml.SafeLoader):
    """PyYAML's own loader, in Python: it decides every error and where it is."""

    def __init__(self, source: str):
        super().__init__(source)
        self._limits()


if getattr(yaml, "__with_libyaml__", False):
    class _FastLoader(_Rules, yaml.CSafeLoader):
        """libyaml's parser and composer (about ten times faster), the same constructors. It is tried
        first on a text it cannot overflow (`_FAST_NESTING`); whatever it refuses, `_Loader` reads again
        to say what is wrong and where, exactly as before. Composing happens in C, so the limits are
        checked on the finished node tree (by `_plain_data` as it builds a text without aliases, else by
        `_within_limits`)."""

        def __init__(self, source: str):
            super().__init__(source)
            self._limits()

        def resolve(self, kind, value, implicit):
            """The tag of a plain scalar depends on its text alone (SafeLoader has no path resolvers), and a
            batch of documents repeats the same keys and words: each text is matched once."""
            if kind is not yaml.ScalarNode or not implicit[0]:
                return super().resolve(kind, value, implicit)
            tags = _PLAIN_TAGS
            tag = tags.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)
                if len(value) <= 64:
                    if len(tags) >= 20_000:  # bounded: ever new values (amounts, dates) must not grow it forever
                        tags.clear()
                    tags[value] = tag
            return tag
else:  # PyYAML built without libyaml: the pure loader reads everything
    _FastLoader = None  # type: ignore[assignment,misc]  # a class where PyYAML has libyaml, else None: mypy cannot say so


_PLAIN_TAGS: dict[str, str] = {}  # `_FastLoader.resolve`'s: a plain scalar's text -> its tag

# libyaml's composer (Cython) recurses in C, without Python's recursion limit: a text is given to it only
# when it cannot nest deeper than this, as every level needs one of these characters.
_FAST_NESTING = 2_000
_NESTING_CHARACTERS = "[{-:?"
def _check_numeral(text: str, mark: yaml.Mark) -> None:
    digits = sum(ch.isdigit() for ch in text)
    if digits > limits.integer("siffror"):
        raise _Refused(limits.exceeded("siffror", f"talet har {digits} siffror"), mark)


for _tag, _method in (("timestamp", _Loader.construct_yaml_timestamp), ("bool", _Loader.construct_yaml_bool),
                      ("int", _Loader.construct_yaml_int), ("float", _Loader.construct_yaml_float)):
    # types-PyYAML binds the constructor to the loader class, which a mixin (_Rules) does not satisfy.
    _Loader.add_constructor(f"tag:yaml.org,2002:{_tag}", _method)  # type: ignore[type-var]
    if _FastLoader is not None:
        _FastLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _method)  # type: ignore[type-var]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _check_expansion(root: yaml.Node) -> None:
    """Count the values the node graph expands to, aliases followed, without building anything.

    Shared nodes are counted once per use but computed once (memoised), so a bomb of nine
    aliases nine levels deep is refused in a few thousand steps; a node that contains itself
    (a recursive alias) is refused where it starts.
    """
    limit = limits.integer("värden")
    sizes: dict[int, int] = {}
    open_: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        key = id(node)
        if closing:
            open_.discard(key)
            size = 1 + sum(sizes[id(child)] for child in _children(node))
            if size > limit:
                raise _Refused(limits.exceeded("värden", "med alias (*namn) utvecklade blir det fler värden än så"),
                               node.start_mark)
            sizes[key] = size
            continue
        if key in sizes:
            continue
        open_.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in open_:
                raise _Refused("aliaset hänvisar till värdet det självt står i (ett rekursivt alias); "
                               "ett alias (*namn) får bara hänvisa till ett färdigt värde", child.start_mark)
            if id(child) not in sizes:
                stack.append((child, False))


# PyYAML's messages (problem, then context) in Swedish, matched on their start.
_YAML_PROBLEMS = (
    ("mapping values are not allowed here", "kolon på fel ställe; sätt värden som innehåller ': ' inom citattecken"),
    ("could not find expected ':'", "förväntade ':' efter fältnamnet"),
    ("found character '\\t' that cannot start any token", "tabbtecken får inte användas för indrag i YAML; använd mellanslag"),
    ("found character", "tecknet kan inte inleda ett värde här; sätt värdet inom citattecken"),
    ("but found another document", "filen får bara innehålla ett YAML-dokument (ta bort extra '---')"),
    ("expected a single document", "filen får bara innehålla ett YAML-dokument (ta bort extra '---')"),
    ("found undefined alias", "okänt alias (*namn) utan motsvarande ankare (&namn)"),
    ("could not determine a constructor for the tag", "taggen är inte tillåten; bara vanliga YAML-värden godtas"),
    ("found unexpected end of stream", "filen tar slut mitt i ett värde (saknas ett avslutande citattecken eller en parentes?)"),
    ("found unexpected document separator", "en text inom citattecken avbryts av '---' eller '...'"),
    ("found unknown escape character", "okänd escape-sekvens efter \\ i en text inom dubbla citattecken"),
    ("expected escape sequence", "ofullständig escape-sekvens: \\x, \\u och \\U ska följas av hexadecimala siffror"),
    ("expected <block end>", "indraget stämmer inte: raden hör inte till fältet ovanför; kontrollera mellanslagen"),
    ("expected ',' or ']'", "förväntade ',' eller ']' i listan"),
    ("expected ',' or '}'", "förväntade ',' eller '}' i mappningen"),
    ("expected '<document start>'", "oväntat innehåll efter dokumentets slut"),
    ("expected the node content", "förväntade ett värde"),
    ("expected the empty value", "förväntade ett tomt värde"),
    ("expected alphabetic or numeric character", "ankare och alias (&namn, *namn) får bara innehålla bokstäver, siffror, - och _"),
    ("expected chomping or indentation indicators", "ogiltig markering efter | eller > (blocktext)"),
    ("expected indentation indicator", "ogiltig markering efter | eller > (blocktext)"),
    ("expected a comment or a line break", "förväntade en kommentar eller en radbrytning"),
    ("found duplicate anchor", "samma ankare (&namn) förekommer två gånger"),
    ("found duplicate key", "samma fält förekommer två gånger"),
    ("found unhashable key", "en lista eller en mappning kan inte vara fältnamn"),
    ("found unconstructable recursive node", "ett alias hänvisar till värdet det självt står i (ett rekursivt alias)"),
    ("mapping keys are not allowed here", "fältnamn är inte tillåtna här; kontrollera indraget"),
    ("sequence entries are not allowed here", "listelement ('- ') är inte tillåtna här; kontrollera indraget"),
    ("found undefined tag handle", "ogiltig tagg"),
    ("found non-specific tag", "ogiltig tagg"),
    ("expected URI", "ogiltig tagg"),
    ("expected '!'", "ogiltig tagg"),
    ("expected '>'", "ogiltig tagg"),
    ("expected non-empty name", "ogiltig tagg"),
    ("expected ' '", "förväntade ett mellanslag"),
    ("found duplicate YAML directive", "ogiltigt direktiv (en rad som börjar med %)"),
    ("found incompatible YAML document", "ogiltigt direktiv: bara YAML 1.x kan läsas"),
    ("duplicate tag handle", "ogiltigt direktiv (en rad som börjar med %)"),
    ("expected a digit", "ogiltigt direktiv (en rad som börjar med %)"),
    ("expected a mapping for merging", "sammanslagning (<<) kräver en mappning eller en lista av mappningar"),
    ("expected a mapping or list of mappings", "sammanslagning (<<) kräver en mappning eller en lista av mappningar"),
    ("failed to decode base64", "ogiltig base64-text i !!binary"),
    ("expected a", "taggen passar inte värdet"),
    ("while scanning a quoted scalar", "texten inom citattecken avslutas aldrig"),
    ("while scanning a block scalar", "blocktexten (efter | eller >) kan inte läsas"),
    ("while scanning a simple key", "förväntade ':' efter fältnamnet"),
    ("while scanning an alias", "ogiltigt alias (*namn)"),
    ("while scanning an anchor", "ogiltigt ankare (&namn)"),
    ("while scanning a tag", "ogiltig tagg"),
    ("while scanning a directive", "ogiltigt direktiv (en rad som börjar med %)"),
    ("while parsing a flow", "en lista [..] eller mappning {..} avslutas inte som väntat"),
    ("while parsing a block", "indraget stämmer inte; kontrollera mellanslagen"),
)


def _yaml_message(exc: yaml.MarkedYAMLError) -> str:
    for text in (exc.problem, exc.context):
        if text:
            for start, swedish in _YAML_PROBLEMS:
                if text.startswith(start):
                    return swedish
    return "filen kan inte tolkas här"


def parse_yaml(source: str, file: str, error: Error = InputError) -> tuple[Any, yaml.Node | None]:
    """The data of a one-document YAML text and its node tree (for lines and columns), within the limits:
    read by libyaml when it can, else (and for every error) by PyYAML's own loader."""
    return _parse_fast(source) or _parse(source, file, error)


def _parse_fast(source: str) -> tuple[Any, yaml.Node | None] | None:
    """What libyaml reads, or None when `_parse` must decide: no libyaml, a text that might nest deeper
    than its composer can recurse, a character PyYAML's reader refuses, a byte order mark after the
    start (which libyaml skips and PyYAML does not), a last line without a line break (libyaml adds
    one, which moves where the last values end), a tab (libyaml reads tabs in places PyYAML refuses,
    e.g. inside a plain key), or anything refused on the way."""
    if _FastLoader is None or not source.endswith("\n") or "\ufeff" in source or "\t" in source \
            or yaml.reader.Reader.NON_PRINTABLE.search(source) or sum(map(source.count, _NESTING_CHARACTERS)) > _FAST_NESTING:
        return None
    try:
        loader = _FastLoader(source)
    except Exception:  # noqa: BLE001 - the pure loader says what is wrong
        return None
    try:
        root = loader.get_single_node()
        if root is None:
            return None
        if "*" not in source:  # no alias: every node is reached once, and the plain walk counts them
            data = _plain_data(root, loader)
            if data is not _UNUSUAL:
                return data, root
        shared = _within_limits(root, loader.max_depth, loader.max_nodes)
        if shared is None:
            return None
        if shared:  # aliases: count what they expand to (without, the nodes are all there is)
            _check_expansion(root)
        return loader.construct_document(root), root
    except Exception:  # noqa: BLE001 - likewise
        return None
    finally:
        loader.dispose()


_UNUSUAL = object()  # what `_plain_data` gives for a tree it leaves to PyYAML's constructors


class _Unusual(Exception):
    pass


_TAG = "tag:yaml.org,2002:"
_STR, _INT, _MAP, _SEQ = _TAG + "str", _TAG + "int", _TAG + "map", _TAG + "seq"
# Scalars built by the loader's own constructors (ours in `_Rules` where it has one); any other tag
# (merge keys, !!set, !!binary, an unknown tag) leaves the tree to `construct_document`.
_SCALAR_TAGS = frozenset(_TAG + t for t in ("null", "bool", "float", "timestamp"))


def _plain_data(root: yaml.Node, loader: Any) -> Any:  # a _FastLoader
    """The data of a node tree without aliases, as `construct_document` builds it, in one walk that also
    holds the depth and node limits exactly as `_within_limits` does (`_UNUSUAL` past them, and for a tag
    or a structure this walk leaves to PyYAML). `construct_document` costs a generic dispatch, a memo
    and a recursion check per node; a document is mostly text keys and values, which need none of them.

    Only for a text without `*`: then there is no alias, and no node is reached twice."""
    max_depth, max_nodes = loader.max_depth, loader.max_nodes
    constructors = loader.yaml_constructors
    scalar, mapping, sequence = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode
    count = 0

    def build(node: yaml.Node, depth: int) -> Any:
        nonlocal count
        count += 1
        if depth >= max_depth or count >= max_nodes:
            raise _Unusual
        kind, tag = type(node), node.tag
        if kind is scalar:
            value = node.value
            if tag == _STR:
                if not value.isascii() and _SURROGATES.search(value) is not None:
                    raise _Unusual
                return value
            if tag == _INT and value.isascii() and value.isdigit() and (value[0] != "0" or value == "0") \
                    and len(value) <= max_digits:
                return int(value)  # what construct_yaml_int makes of plain decimal digits
            if tag == _INT or tag in _SCALAR_TAGS:
                return constructors[tag](loader, node)
            raise _Unusual
        if kind is mapping and tag == _MAP:
            out = {}
            for key, item in node.value:
                if type(key) is not scalar or key.tag not in _KEY_TAGS:  # a merge key (<<), a list as a key
                    raise _Unusual
                out[build(key, depth + 1)] = build(item, depth + 1)
            return out
        if kind is sequence and tag == _SEQ:
            return [build(item, depth + 1) for item in node.value]
        raise _Unusual

    max_digits = limits.integer("siffror")
    try:
        return build(root, 1)
    except (_Unusual, RecursionError):  # RecursionError: a depth limit raised past Python's own (KRAVMOTOR_GRÄNSER)
        return _UNUSUAL
    finally:
        # `build` calls itself through its closure: a cycle (holding the loader) that only the collector would
        # free, once per document; broken here, it goes when this returns.
        build = None  # type: ignore[assignment]


_KEY_TAGS = _SCALAR_TAGS | {_STR, _INT}


def _within_limits(root: yaml.Node, max_depth: int, max_nodes: int) -> bool | None:
    """None unless the tree is surely within the depth and node limits as `_Rules.compose_node` counts
    them (each node at its first place in the text, an alias one level below its parent), with a
    margin; else whether a node is reached twice (an alias)."""
    seen: set[int] = set()
    shared = False
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth >= max_depth:
            return None
        if id(node) in seen:
            shared = True
            continue
        seen.add(id(node))
        if len(seen) >= max_nodes:
            return None
        if not isinstance(node, yaml.ScalarNode):
            stack.extend((child, depth + 1) for child in _children(node))
    return shared


def _parse(source: str, file: str, error: Error) -> tuple[Any, yaml.Node | None]:
    """PyYAML's own loader: the data and node tree, or the located Swedish error."""
    line: int | None
    column: int | None
    try:
        loader = _Loader(source)
    except yaml.reader.ReaderError as exc:
        line, column = _position(source, exc.position)
        character = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise error([_problem(file, f"YAML-syntaxfel: otillåtet tecken U+{ord(character):04X} (ett styrtecken); "
                                    "ta bort det eller skriv det som \\x.. inom dubbla citattecken",
                              source, line, column)]) from None
    try:
        root = loader.get_single_node()
        if root is None:
            return None, None
        _check_expansion(root)
        return loader.construct_document(root), root
    except _Refused as refused:
        line, column = (refused.mark.line + 1, refused.mark.column + 1) if refused.mark else (None, None)
        raise error([_problem(file, refused.message, source, line, column)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)  # marks are 0-based
        raise error([_problem(file, "YAML-syntaxfel: " + _yaml_message(exc), source, line, column)]) from None
    except RecursionError:
        raise error([Problem(Location(file), limits.exceeded("djup", "strukturen är för djupt nästlad"))]) from None
    except (yaml.YAMLError, ValueError, TypeError, AttributeError, KeyError, IndexError, OverflowError):
        mark = loader.get_mark()
        raise error([_problem(file, "YAML-syntaxfel: filen kan inte tolkas här", source, mark.line + 1,
                              mark.column + 1)]) from None
    finally:
        loader.dispose()


def read_yaml_file(path, kind: str, error: Error = InputError) -> tuple[Any, yaml.Node | None, str]:
    """A YAML file of `kind` (see limits.INPUT_KINDS): its data, node tree and text."""
    source = decode(limits.read_limited(path, kind, error), str(path), error)
    data, root = parse_yaml(source, str(path), error)
    return data, root, source


# --- JSON --------------------------------------------------------------------------------------


_JSON_PROBLEMS = {
    "Expecting value": "förväntade ett värde",
    "Expecting ',' delimiter": "förväntade ',' mellan elementen",
    "Expecting ':' delimiter": "förväntade ':' efter fältnamnet",
    "Expecting property name enclosed in double quotes": "förväntade ett fältnamn inom dubbla citattecken (eller ett överflödigt kommatecken)",
    "Extra data": "extra text efter JSON-dokumentets slut",
    "Unterminated string starting at": "strängen avslutas aldrig (citattecken saknas)",
    "Invalid control character at": "otillåtet styrtecken i strängen; skriv det som \\u00XX",
    "Invalid \\escape": "ogiltig escape-sekvens efter \\",
    "Invalid \\uXXXX escape": "ogiltig \\u-sekvens: \\u ska följas av fyra hexadecimala siffror",
}


class _JsonRefused(Exception):
    def __init__(self, message: str, offset_of: Callable[[str], int | None] | None = None):
        self.message = message
        self.offset_of = offset_of


def parse_json(source: str, file: str, error: Error = InputError) -> Any:
    """The data of a JSON text, numbers as int or Decimal (exact), within the limits."""
    max_digits = limits.integer("siffror")

    def numeral(text: str, kind: Callable[[str], Any]) -> Any:
        if len(text) > max_digits and sum(ch.isdigit() for ch in text) > max_digits:
            digits = sum(ch.isdigit() for ch in text)
            raise _JsonRefused(limits.exceeded("siffror", f"talet har {digits} siffror"),
                               # %d, not an f-string: the regex's own braces would need doubling
                               lambda s: _find(s, re.compile(r"[-\d.eE+]{%d,}" % (max_digits + 1))))  # noqa: UP031
        return kind(text)

    def constant(text: str) -> Any:
        raise _JsonRefused(f"{text} är inget tal; ange ett tal eller null", lambda s: _find(s, re.compile(re.escape(text))))

    try:
        _count_json_values(source)
        data = json.loads(source, parse_int=lambda t: numeral(t, int), parse_float=lambda t: numeral(t, Decimal),
                          parse_constant=constant)
        _check_json_values(data)
        return data
    except json.JSONDecodeError as exc:
        message = "JSON-syntaxfel: " + next((v for k, v in _JSON_PROBLEMS.items() if exc.msg.startswith(k)), "filen kan inte tolkas här")
        raise error([_problem(file, message, source, exc.lineno, exc.colno)]) from None
    except _JsonRefused as refused:
        offset = refused.offset_of(source) if refused.offset_of else None
        line, column = _position(source, offset) if offset is not None else (None, None)
        raise error([_problem(file, refused.message, source, line, column)]) from None
    except _JsonPathRefused as refused:
        raise error([Problem(Location(file, field_path=refused.path), refused.message)]) from None
    except RecursionError:
        line, column = _position(source, _deep_offset(source, limits.integer("djup")) or 0)
        raise error([_problem(file, limits.exceeded("djup", "strukturen är nästlad djupare än så"), source, line, column)]) from None
    except (ValueError, InvalidOperation, OverflowError):
        raise error([Problem(Location(file), "JSON-syntaxfel: filen kan inte tolkas")]) from None


class _JsonPathRefused(Exception):
    def __init__(self, message: str, path: str | None):
        self.message = message
        self.path = path


_STRUCTURE = re.compile(r'"(?:[^"\\]|\\.)*"|[,\[{]')


def _count_json_values(source: str) -> None:
    """Refuse a text with more values than the limit before json builds them (a million `{}` is a gigabyte).

    Every value but the first follows a comma or opens a container, so counting those outside strings
    bounds the values from above; the exact count is only made when the quick one, strings included, is over.
    """
    limit = limits.integer("värden")
    if source.count(",") + source.count("[") + source.count("{") < limit:
        return
    count = 1
    for match in _STRUCTURE.finditer(source):
        if match.group()[0] != '"':
            count += 1
            if count > limit:
                raise _JsonRefused(limits.exceeded("värden", "filen har fler värden än så"), _at(match.start()))


def _at(offset: int) -> Callable[[str], int]:
    return lambda _source: offset


def _find(source: str, pattern: re.Pattern) -> int | None:
    match = pattern.search(source)
    return match.start() if match else None


def _check_json_values(data: Any) -> None:
    """Depth, number of values and lone surrogates, walked without recursion."""
    max_depth, max_values = limits.integer("djup"), limits.integer("värden")
    count = 0
    stack: list[tuple[Any, int, tuple]] = [(data, 1, ())]
    while stack:
        value, depth, path = stack.pop()
        count += 1
        if count > max_values:
            raise _JsonRefused(limits.exceeded("värden", "filen har fler värden än så"))
        if depth > max_depth:
            raise _JsonRefused(limits.exceeded("djup", "strukturen är nästlad djupare än så"),
                               lambda s: _deep_offset(s, max_depth))
        if isinstance(value, str):
            if _has_surrogate(value):
                raise _JsonPathRefused(_SURROGATE, format_path(path))
        elif isinstance(value, dict):
            for key, item in value.items():
                if _has_surrogate(key):
                    raise _JsonPathRefused(_SURROGATE, format_path(path))
                stack.append((item, depth + 1, path + (key,)))
        elif isinstance(value, list):
            stack.extend((item, depth + 1, path + (i,)) for i, item in enumerate(value))


def format_path(path: tuple) -> str | None:
    """`a.b[0].c` for the data path (a, b, 0, c)."""
    text = ""
    for key in path:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else str(key))
    return text or None


def _deep_offset(source: str, limit: int) -> int | None:
    """Where the brackets of a JSON text first nest deeper than `limit` (strings skipped)."""
    depth = 0
    in_string = escaped = False
    for offset, ch in enumerate(source):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return offset
        elif ch in "]}":
            depth -= 1
    return None
