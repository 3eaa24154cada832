"""Rule text → AST. The only module that knows lark.

Syntax errors become `RuleError` with file:line:column, the line with a caret
and what was expected, in Swedish. Rule text is data: nothing here evaluates it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path as FsPath
from typing import ClassVar

from lark import Lark, Token, Transformer, Tree, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken, VisitError

from .. import limits
from ..errors import Location, Problem, RuleError, excerpt_with_caret
from ..limits import read_limited
from ..resources import grammar_path
from ..safe_data import decode
from ..user_cache import cache_dir
from ..values import Span
from ..motor import ir
from . import ast

GOALS = 10  # the national procurement strategy's inriktningsmål since the färdplan 2025 (seed 003)

# How lark's terminal names read to a lawyer.
_TERMINAL_NAMES = {
    "KOD": "en regelkod (t.ex. PROP-01)",
    "STRING": "en text inom citattecken",
    "NAMN": "ett namn",
    "TAL": "ett tal",
    "DATUM": "ett datum (ÅÅÅÅ-MM-DD)",
    "REGELTYP": "HARD, HARD-opt, GUIDE eller LOCAL",
    "SAKERHET": "V1, V2, S eller M",
    "UTFALL": "fel, varning, info eller bedömning krävs",
    "REFID": "en referens (t.ex. P-03)",
    "JMF": "en jämförelse (=, !=, <, <=, >, >=)",
    "ADDOP": "+ eller -",
    "MULOP": "* eller /",
    "OKANT": "okänt",
    "$END": "filens slut",
}


def _cache_file(grammar: str) -> str | bool:
    """Where lark may keep the built parser between runs (`user_cache`), or False for no cache.

    lark's own `cache=True` writes a pickle with a predictable name to the shared,
    world-writable temp directory, which a later run would load: never that. The
    file name carries the grammar's hash, and lark also checks its own hash of
    grammar, options, lark and Python versions, so a changed grammar never loads
    an old parser.
    """
    directory = cache_dir()
    if directory is None:
        return False
    digest = hashlib.sha256(grammar.encode("utf-8")).hexdigest()[:32]
    return str(directory / f"grammatik-{digest}.lark")


@lru_cache(maxsize=1)
def _lark() -> Lark:
    grammar = grammar_path().read_text(encoding="utf-8")
    return Lark(
        grammar,
        parser="lalr",
        lexer="contextual",
        propagate_positions=True,
        maybe_placeholders=False,
        cache=_cache_file(grammar),
    )


def read_rule_file(path: FsPath) -> str:
    """A rule file's text, within the size limit; unreadable is a located RuleError."""
    return decode(read_limited(path, "regelfil", RuleError), str(path), RuleError)


def parse_file(path: FsPath) -> list[ast.Definition]:
    return parse_text(read_rule_file(path), str(path))


def parse_text(text: str, filename: str) -> list[ast.Definition]:
    try:
        tree = _parse_watching_the_stack(text, filename)
    except UnexpectedInput as exc:
        raise RuleError([_syntax_problem(exc, text, filename)]) from None
    _check_depth(tree, text, filename)
    try:
        return _ToAst(filename, text).transform(tree)
    except VisitError as exc:
        if isinstance(exc.orig_exc, RuleError):
            raise exc.orig_exc from None
        raise


# A definition and its clause sit above the expression: `start > regel > krav > expression`.
_DEFINITION_LEVELS = 3
# The parser's stack grows with nesting ("inte inte inte ..."), not with length (lists and sums are
# left-recursive). Far above what the depth limit lets through: only a guard so that a file of
# 100 000 `inte` is refused after a thousand tokens, not after parsing all of it (seconds).
_STACK_GUARD = 1000


def _parse_watching_the_stack(text: str, filename: str) -> Tree:
    """The parse tree, refusing early a nesting the depth check would refuse anyway."""
    parser = _lark().parse_interactive(text)
    token = None
    for token in parser.iter_parse():
        if len(parser.parser_state.state_stack) > _STACK_GUARD:
            raise _too_deep(text, filename, token.line, token.column)
    return parser.feed_eof(token)


def _too_deep(text: str, filename: str, line: int | None, column: int | None) -> RuleError:
    return RuleError([Problem(Location(filename, line, column), limits.exceeded(
        "regel_djup", "uttrycket är nästlat i för många nivåer (t.ex. inte i inte, eller en lång summa)"),
        excerpt_with_caret(text, line, column or 1) if line else None)])


def _check_depth(tree: Tree, text: str, filename: str) -> None:
    """Refuse expressions nested deeper than the `regel_djup` limit, before anything recurses over them.

    `inte inte inte ...` a thousand times, or a sum of a hundred and fifty terms, would otherwise
    exhaust the recursion of the steps after parsing, or the Python code generated from them.
    """
    limit = limits.integer("regel_djup") + _DEFINITION_LEVELS
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            raise _too_deep(text, filename, getattr(node.meta, "line", None), getattr(node.meta, "column", None))
        stack.extend((child, depth + 1) for child in node.children if isinstance(child, Tree))


def parse_expression(text: str, filename: str, line: int, column: int) -> ast.Expr:
    """Parse one `{...}` hole of a message template, positioned in its file.

    The grammar has one start symbol, so the expression is parsed as the only
    condition of a throwaway rule and taken back out.
    """
    source = f'regel XX-00 "" om {text} slut'
    try:
        tree = _lark().parse(source)
    except UnexpectedInput:
        raise RuleError([
            Problem(Location(filename, line, column), f"ogiltigt uttryck i meddelandet: {{{text}}}")
        ]) from None
    rule = _ToAst(filename, source, offset=(line, column)).transform(tree)[0]
    return rule.when[0]


def _describe_expected(names: set[str]) -> str:
    readable = []
    for name in sorted(names):
        if name in _TERMINAL_NAMES:
            readable.append(_TERMINAL_NAMES[name])
        elif name.isupper() or name.startswith("__"):
            # Anonymous keyword terminals: lark names them after the keyword.
            kw = _keyword_for(name)
            readable.append(f"”{kw}”" if kw else name)
        else:
            readable.append(name)
    # ”slut” first: a forgotten `slut` is the commonest mistake.
    readable = sorted(set(readable), key=lambda r: (r != "”slut”", r))
    if len(readable) > 8:
        readable = readable[:8] + ["…"]
    return ", ".join(readable)


@cache
def _keyword_map() -> dict[str, str]:
    return {t.name: t.pattern.value for t in _lark().terminals if t.pattern.type == "str"}


def _keyword_for(terminal: str) -> str | None:
    return _keyword_map().get(terminal)


def _syntax_problem(exc: UnexpectedInput, text: str, filename: str) -> Problem:
    line, column = exc.line, exc.column
    if isinstance(exc, UnexpectedEOF) or (isinstance(exc, UnexpectedToken) and exc.token.type == "$END"):
        lines = text.splitlines() or [""]
        line, column = len(lines), len(lines[-1]) + 1
        message = f"filen tar slut för tidigt; förväntade {_describe_expected(set(exc.expected))}"
        if "slut" in {_keyword_for(e) for e in exc.expected}:
            message += " (saknas ”slut”?)"
    elif isinstance(exc, UnexpectedToken):
        token = str(exc.token)
        shown = token if len(token) <= 40 else token[:40] + "…"  # a long text in quotes is not repeated whole
        message = f"oväntat ”{shown}”; förväntade {_describe_expected(set(exc.accepts or exc.expected))}"
        if str(exc.token) in ("regel", "slutsats", "parameter", "mått"):
            message += " (saknas ”slut” efter föregående definition?)"
    elif isinstance(exc, UnexpectedCharacters):
        char = text[exc.pos_in_stream] if exc.pos_in_stream is not None and exc.pos_in_stream < len(text) else ""
        message = f"oväntat tecken ”{char}”"
        if exc.allowed:
            message += f"; förväntade {_describe_expected(set(exc.allowed))}"
    else:  # pragma: no cover - lark has no other kinds today
        message = "syntaxfel"
    return Problem(Location(filename, line, column), message, excerpt_with_caret(text, line, column))


def _number(token: str) -> Decimal:
    return Decimal(token.replace(" ", "").replace(",", "."))


def _string(token: str) -> str:
    if token.startswith('"""'):
        body = token[3:-3]
        # Triple-quoted descriptions are indented with the rule; drop the common indent.
        lines = body.strip("\n").splitlines()
        indent = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
        return "\n".join(line[indent:] for line in lines).strip()
    return re.sub(r"\\(.)", r"\1", token[1:-1])


@v_args(meta=True)
class _ToAst(Transformer):
    def __init__(self, filename: str, text: str, offset: tuple[int, int] | None = None):
        super().__init__()
        self.filename = filename
        self.source = text
        self.offset = offset

    def _pos(self, meta) -> ast.Pos:
        if self.offset:
            return ast.Pos(self.filename, *self.offset)
        return ast.Pos(self.filename, getattr(meta, "line", 0), getattr(meta, "column", 0))

    def _tpos(self, token: Token) -> ast.Pos:
        if self.offset:
            return ast.Pos(self.filename, *self.offset)
        return ast.Pos(self.filename, token.line or 0, token.column or 0)

    def _refuse(self, token: Token, message: str) -> RuleError:
        pos = self._tpos(token)
        excerpt = None if self.offset else excerpt_with_caret(self.source, pos.line, pos.column) or None
        return RuleError([Problem(Location(pos.file, pos.line, pos.column), message, excerpt)])

    def _date(self, token: Token) -> dt.date:
        try:
            return dt.date.fromisoformat(str(token))
        except ValueError:
            raise self._refuse(token, f"datumet {token} finns inte; förväntade ett giltigt datum ÅÅÅÅ-MM-DD") from None

    def _tal(self, token: Token) -> Decimal:
        digits = sum(ch.isdigit() for ch in str(token))
        if digits > limits.integer("siffror"):
            raise self._refuse(token, limits.exceeded("siffror", f"talet har {digits} siffror"))
        return _number(token)

    def _template(self, token: Token) -> ast.Template:
        text = _string(token)
        pos = self._tpos(token)
        holes = tuple(
            (m.group(1).strip(), parse_expression(m.group(1).strip(), self.filename, pos.line, pos.column))
            for m in ir.TEMPLATE_HOLE.finditer(text)
        )
        return ast.Template(text, holes, pos)

    # --- definitions --------------------------------------------------------------

    def start(self, meta, children):
        return children

    def regel(self, meta, children):
        code, title, *clauses = children
        rule = ast.Rule(code=str(code), title=_string(title), pos=self._pos(meta))
        self._apply_clauses(rule, clauses)
        return rule

    def slutsats(self, meta, children):
        name, title, *clauses = children
        deriv = ast.Derivation(name=str(name), title=_string(title), pos=self._pos(meta))
        self._apply_clauses(deriv, clauses)
        return deriv

    def parameter(self, meta, children):
        name, title, *clauses = children
        param = ast.Parameter(name=str(name), title=_string(title), pos=self._pos(meta))
        for kind, value, pos in clauses:
            if kind == "värde":
                param.values.append(value)
            else:
                self._set_once(param, kind, value, pos)
        return param

    def matt(self, meta, children):
        name, title, *clauses = children
        measure = ast.Measure(name=str(name), title=_string(title), pos=self._pos(meta))
        for kind, value, pos in clauses:
            self._set_once(measure, kind, value, pos)
        return measure

    _ATTRS: ClassVar[dict[str, str]] = {
        "område": "area", "källa": "source", "typ": "rule_type", "säkerhet": "confidence",
        "referens": "references", "utfall": "outcome", "motivering": "justification_allowed",
        "beskrivning": "description", "för varje": "for_each", "kräv": "require",
        "meddelande": "message", "åtgärd": "remedy", "enhet": "unit", "värde": "value",
        "inriktningsmål": "goals",
    }
    _KINDS: ClassVar[dict[type, str]] = {ast.Derivation: "en slutsats", ast.Parameter: "en parameter", ast.Measure: "ett mått",
                                         ast.Rule: "en regel"}

    def _set_once(self, target, kind: str, value, pos: ast.Pos) -> None:
        attr = self._ATTRS[kind]
        if not hasattr(target, attr):
            what = self._KINDS[type(target)]
            raise RuleError([Problem(Location(pos.file, pos.line, pos.column),
                                     f"”{kind}” hör inte hemma i {what}",
                                     excerpt_with_caret(self.source, pos.line, pos.column))])
        if kind in target.clause_pos:
            raise RuleError([Problem(Location(pos.file, pos.line, pos.column),
                                     f"”{kind}” anges två gånger",
                                     excerpt_with_caret(self.source, pos.line, pos.column))])
        setattr(target, attr, value)
        target.clause_pos[kind] = pos

    def _apply_clauses(self, target, clauses) -> None:
        for kind, value, pos in clauses:
            if kind == "om":
                target.when.append(value)
            elif kind == "giltig":
                if not isinstance(target, ast.Rule):
                    raise RuleError([Problem(Location(pos.file, pos.line, pos.column), "”giltig” hör bara hemma i en regel")])
                target.valid_from, target.valid_to = value
                target.clause_pos["giltig"] = pos
            else:
                self._set_once(target, kind, value, pos)

    # --- clauses: each returns (keyword, value, position) --------------------------

    def omrade(self, meta, c):
        return ("område", str(c[0]), self._pos(meta))

    def kalla(self, meta, c):
        return ("källa", _string(c[0]), self._pos(meta))

    def regeltyp(self, meta, c):
        return ("typ", str(c[0]), self._pos(meta))

    def sakerhet(self, meta, c):
        return ("säkerhet", str(c[0]), self._pos(meta))

    def referens(self, meta, c):
        return ("referens", tuple(str(t) for t in c), self._pos(meta))

    def giltig(self, meta, c):
        dates = [self._date(t) for t in c]
        return ("giltig", (dates[0], dates[1] if len(dates) > 1 else None), self._pos(meta))

    def utfall(self, meta, c):
        return ("utfall", str(c[0]), self._pos(meta))

    def motivering(self, meta, c):
        return ("motivering", True, self._pos(meta))

    def beskrivning(self, meta, c):
        return ("beskrivning", _string(c[0]), self._pos(meta))

    def om(self, meta, c):
        return ("om", c[0], self._pos(meta))

    def for_varje(self, meta, c):
        collection, alias, *where = c
        return ("för varje", ast.ForEach(collection, str(alias), where[0] if where else None, self._pos(meta)), self._pos(meta))

    def krav(self, meta, c):
        return ("kräv", c[0], self._pos(meta))

    def meddelande(self, meta, c):
        return ("meddelande", self._template(c[0]), self._pos(meta))

    def atgard(self, meta, c):
        return ("åtgärd", self._template(c[0]), self._pos(meta))

    def inriktningsmal(self, meta, c):
        goals = []
        for token in c:
            number = self._tal(token)
            if number != number.to_integral() or not 1 <= number <= GOALS:
                raise self._refuse(token, f"inriktningsmål numreras 1–{GOALS} (den nationella upphandlingsstrategin, "
                                          f"regeringens färdplan 2025); ”{token}” finns inte")
            goals.append(int(number))
        return ("inriktningsmål", tuple(goals), self._pos(meta))

    def matt_varde(self, meta, c):
        return ("värde", c[0], self._pos(meta))

    def enhet(self, meta, c):
        return ("enhet", str(c[0]), self._pos(meta))

    def spann(self, meta, c):
        low, high = self._tal(c[0]), self._tal(c[1])
        if not low < high:
            pos = self._pos(meta)
            raise RuleError([Problem(Location(pos.file, pos.line, pos.column),
                                     f"ett spann måste börja på det lägre beloppet: mellan {c[0]} och {c[1]}")])
        return Span(low, high)

    def varde(self, meta, c):
        tokens = list(c)
        raw = tokens.pop(0)
        value = raw if isinstance(raw, Span) else None if raw.type == "OKANT" else self._tal(raw)
        dates = []
        when = None
        confidence = None
        source = None
        for t in tokens:
            if isinstance(t, Token) and t.type == "DATUM":
                dates.append(self._date(t))
            elif isinstance(t, Token) and t.type == "SAKERHET":
                confidence = str(t)
            elif isinstance(t, Token) and t.type == "STRING":
                source = _string(t)
            else:
                when = t
        pos = self._pos(meta)
        return ("värde", ast.ParamValue(value, dates[0], dates[1] if len(dates) > 1 else None, when, confidence, pos, source), pos)

    # --- expressions --------------------------------------------------------------

    def eller(self, meta, c):
        return ast.Or(tuple(c), self._pos(meta))

    def och(self, meta, c):
        return ast.And(tuple(c), self._pos(meta))

    def inte(self, meta, c):
        return ast.Not(c[0], self._pos(meta))

    def jamfor(self, meta, c):
        op = {"≤": "<=", "≥": ">=", "≠": "!="}.get(str(c[1]), str(c[1]))
        return ast.Compare(op, c[0], c[2], self._pos(meta))

    def i_lista(self, meta, c):
        return ast.InList(c[0], tuple(c[1]), False, self._pos(meta))

    def inte_i_lista(self, meta, c):
        return ast.InList(c[0], tuple(c[1]), True, self._pos(meta))

    def lista(self, meta, c):
        return list(c)

    def borjar_med(self, meta, c):
        return ast.StartsWith(c[0], _string(c[1]), self._pos(meta))

    def finns(self, meta, c):
        return ast.Presence(c[0], True, self._pos(meta))

    def saknas(self, meta, c):
        return ast.Presence(c[0], False, self._pos(meta))

    def aritmetik(self, meta, c):
        op = "*" if str(c[1]) == "×" else str(c[1])
        return ast.Arith(op, c[0], c[2], self._pos(meta))

    def negativ(self, meta, c):
        return ast.Negative(c[0], self._pos(meta))

    def tal(self, meta, c):
        return ast.Number(self._tal(c[0]), self._pos(meta))

    def text(self, meta, c):
        return ast.Text(_string(c[0]), self._pos(meta))

    def datum(self, meta, c):
        return ast.Date(self._date(c[0]), self._pos(meta))

    def sant(self, meta, c):
        return ast.Bool(True, self._pos(meta))

    def falskt(self, meta, c):
        return ast.Bool(False, self._pos(meta))

    def sokvag(self, meta, c):
        return ast.Path(tuple(str(t) for t in c), self._pos(meta))

    def param(self, meta, c):
        return ast.ParamRef(str(c[0]), self._pos(meta))

    def dagar(self, meta, c):
        return ast.DaysBetween(c[0], c[1], self._pos(meta))

    def antal(self, meta, c):
        return ast.Count(c[0], self._pos(meta))

    def slutsatsref(self, meta, c):
        return ast.DerivedRef(str(c[0]), self._pos(meta))

    def kvantortyp(self, meta, c):
        return str(c[0])

    def kvantor(self, meta, c):
        kind, collection, alias, cond = c
        return ast.Quantifier(kind, collection, str(alias), cond, self._pos(meta))

    def minst(self, meta, c):
        count, *items = c
        return ast.AtLeast(int(self._tal(count)), tuple(items), self._pos(meta))

    def antal_lista(self, meta, c):
        collection, alias, cond = c
        return ast.Aggregate("antal", (cond,), collection, str(alias), self._pos(meta))

    def summa_lista(self, meta, c):
        collection, alias, value = c
        return ast.Aggregate("summa", (value,), collection, str(alias), self._pos(meta))

    def medel_lista(self, meta, c):
        collection, alias, value = c
        return ast.Aggregate("medel", (value,), collection, str(alias), self._pos(meta))

    def antal_av(self, meta, c):
        return ast.Aggregate("antal", tuple(c), None, None, self._pos(meta))

    def summa_av(self, meta, c):
        return ast.Aggregate("summa", tuple(c), None, None, self._pos(meta))

    def medel_av(self, meta, c):
        return ast.Aggregate("medel", tuple(c), None, None, self._pos(meta))

    def mattref(self, meta, c):
        return ast.MeasureRef(str(c[0]), self._pos(meta))
