"""Upphandlingsmyndigheten's statistics export (gzipped CSV) → förfrågningsunderlag.

The export is one directory (see shared/data/se-upphandlingsstatistik-2021/):
`number_of_procurements.csv.gz` has one row per advertised procurement, and two
side files add how it went: `number_of_tenders.csv.gz` (tenders per lot) and
`contracted_value.csv.gz` (the contracted value). The side files are small and
indexed up front; the procurements file is streamed row by row.

Statistics records carry no requirements, values or deadlines: every field of
the model the export does not carry is listed in `okända_uppgifter`, so a rule
reading it reports *underlag saknas* instead of a guess. An empty cell is
"uppgift saknas" in the source and is unknown too, never "no".

Reading is split in two so a batch can parallelise the costly half:
`records()` (cheap: CSV rows joined with their side-file rows, picklable) and
`to_document()` (mapping and validation). `read_export()` composes them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError

from .. import limits
from ..archives import GZIP_ERRORS, TooLarge, open_gzip, too_large_message
from ..errors import InputError, Location, Problem
from ..limits import describe_os_error
from ..model.dokument import Förfrågningsunderlag, UpphandlandeMyndighet
from ..model.grund import built
from ..model.uppfoljning import Uppföljning
from ..model.ursprung import Ursprung
from ..model.loading import describe_validation_error

__all__ = ["PROCUREMENTS", "Mapped", "UhmRecord", "document_of", "is_export", "mapped", "model_values", "records", "to_document", "read_export"]

PROCUREMENTS = "number_of_procurements.csv.gz"
TENDERS = "number_of_tenders.csv.gz"
CONTRACTED = "contracted_value.csv.gz"

# Columns of the procurements file (and, for the join, of the side files).
C_ID = "Upphandlings-ID"
C_NAME = "Namn för köpare"
C_ORGNR = "Organisationsnummer för köpare"
C_SECTOR = "Sektor för köpare"
C_SUBSECTOR = "Delsektor för köpare"
C_FORM = "Juridisk form för köpare"
C_KIND = "Upphandlingsslag"
C_CPV = "Huvudsaklig CPV-kod"
C_LEGAL = "Rättslig grund"
C_DIRECTIVE = "Direktivstyrd"
C_PROCEDURE = "Förfarande"
C_CONTRACT = "Typ av avtal"
C_COORDINATED = "Samordnad upphandling"
C_GREEN = "Miljömässigt hållbar upphandling"
C_SOCIAL = "Socialt hållbar upphandling"
C_INNOVATION = "Innovationsupphandling"
C_DIS = "Dynamiskt inköpssystem"  # not required: read when the export has it
C_RESERVED = "Reserverad upphandling"
C_RESERVED_EXEC = "Reserverat genomförande"
C_DATABASE = "Annonsdatabas"
C_REVIEWED = "Överprövad"
C_TITLE = "Upphandlingens titel"
C_DATE = "Publiceringsdatum"
C_TENDERS = "Antal anbud, Summa"
C_VALUE = "Kontrakterat värde, Summa"

_REQUIRED = [C_ID, C_NAME, C_ORGNR, C_SECTOR, C_SUBSECTOR, C_FORM, C_KIND, C_CPV, C_LEGAL, C_DIRECTIVE, C_PROCEDURE,
             C_CONTRACT, C_COORDINATED, C_GREEN, C_SOCIAL, C_INNOVATION, C_RESERVED, C_RESERVED_EXEC, C_DATABASE,
             C_REVIEWED, C_TITLE, C_DATE]
_JOIN = [C_ID, C_ORGNR, C_DATE, C_TITLE]

PROCEDURES = {
    "Öppet förfarande": "öppet",
    "Förenklat förfarande": "förenklat",
    "Selektivt förfarande": "selektivt",
    "Förhandlat förfarande med föregående annonsering": "förhandlat med föregående annonsering",
    "Förhandlat förfarande utan föregående annonsering": "förhandlat utan föregående annonsering",
    "Konkurrenspräglad dialog": "konkurrenspräglad dialog",
    "Innovationspartnerskap": "innovationspartnerskap",
    "Urvalsförfarande": "urvalsförfarande",
    "Direktupphandling": "direktupphandling",
    "Annat förfarande": None,  # says nothing about which one: unknown, like an empty cell
}
KINDS = {"Varor": "varor", "Tjänster": "tjänster", "Byggentreprenader": "byggentreprenad", "Byggentreprenad": "byggentreprenad"}
# Legal basis → lagrum. 2009/81/EG is LUFS, which the model has no value for: unknown.
LEGAL_BASES = {"Direktiv 2014/24/EU": "LOU", "Direktiv 2014/25/EU": "LUF", "Direktiv 2014/23/EU": "LUK",
               "Direktiv 2009/81/EG": None}
SECTORS = {"Stat": "statlig", "Kommun": "kommunal", "Region": "regional", "Annat": "övrig"}
CONTRACT_TYPES = {"Kontrakt": False, "Ramavtal": True}
_BOOLS = {"True": True, "False": False, "": None}

# Top-level fields the export carries (when the cell is not empty); every other one is unknown.
_CARRIED = {"okända_uppgifter", "ursprung", "id", "titel", "upphandlande_myndighet", "lagrum", "regim", "förfarande",
            "upphandlingsslag", "cpv_koder", "annonseringsdatum", "ramavtal", "uppföljning"}
NOT_CARRIED = [name for name in Förfrågningsunderlag.model_fields if name not in _CARRIED]

# Where each mapped field comes from (`ursprung`: findings cite it), whether the cell was filled or empty.
ORIGIN: dict[str, Any] = {
    "id": C_ID, "titel": C_TITLE, "upphandlande_myndighet": f"{C_NAME}, {C_SECTOR}, {C_SUBSECTOR}, {C_FORM}",
    "upphandlande_myndighet.organisationsnummer": C_ORGNR, "lagrum": C_LEGAL, "regim": C_DIRECTIVE,
    "förfarande": C_PROCEDURE, "upphandlingsslag": C_KIND, "cpv_koder": C_CPV, "annonseringsdatum": C_DATE,
    "uppföljning.samordnad": C_COORDINATED, "uppföljning.miljömässigt_hållbar": C_GREEN,
    "uppföljning.socialt_hållbar": C_SOCIAL, "uppföljning.innovationsupphandling": C_INNOVATION,
    "uppföljning.dynamiskt_inköpssystem": C_DIS,
    "uppföljning.reserverad": f"{C_RESERVED}, {C_RESERVED_EXEC}", "uppföljning.överprövad": C_REVIEWED,
    "ramavtal": C_CONTRACT, "uppföljning.annons_id": C_ID, "uppföljning.annonsdatabas": C_DATABASE,
}
ORIGIN = {field: f"{PROCUREMENTS}: {column}" for field, column in ORIGIN.items()}
ORIGIN["uppföljning.antal_anbud"] = f"{TENDERS}: {C_TENDERS}"
ORIGIN["uppföljning.kontrakterat_värde"] = f"{CONTRACTED}: {C_VALUE}"
ORIGIN = {field: Ursprung(fält=column) for field, column in ORIGIN.items()}  # as validation would make them


@dataclass
class SideRow:
    """One row of a side file that joins to a procurement: where it is and its value cell."""

    file: str
    row: int
    column: int
    value: str


@dataclass
class UhmRecord:
    """One procurement row with its side-file rows: plain data, cheap to send to a worker process."""

    file: str
    row: int
    columns: dict[str, int]  # column name → 1-based column number
    values: dict[str, str]
    tenders: list[SideRow] | None = None  # None: the export has no tenders file
    contracted: list[SideRow] | None = None

    @property
    def locator(self) -> str:
        return locator(self.file, self.row)

    def __reduce__(self):
        # As plain tuples: pickled in C, not field by field (a revision sends every row to a worker).
        values = self.values
        cells = tuple(values.values()) if tuple(values) == tuple(self.columns) else values  # the columns' order
        return _record, (self.file, self.row, self.columns, cells, _plain(self.tenders), _plain(self.contracted))


def _plain(rows: list[SideRow] | None) -> tuple | None:
    return None if rows is None else tuple((r.file, r.row, r.column, r.value) for r in rows)


def _record(file: str, row: int, columns: dict[str, int], values: tuple | dict[str, str], tenders: tuple | None,
            contracted: tuple | None) -> UhmRecord:
    return UhmRecord(file, row, columns, values if isinstance(values, dict) else dict(zip(columns, values, strict=True)),
                     None if tenders is None else [SideRow(*r) for r in tenders],
                     None if contracted is None else [SideRow(*r) for r in contracted])


def locator(file: str, row: int) -> str:
    return f"{file}:rad {row}"


def is_export(path: Path) -> bool:
    return path.is_dir() and (path / PROCUREMENTS).is_file()


def read_export(directory: str | Path) -> Iterator[tuple[str, Förfrågningsunderlag | InputError]]:
    """Every procurement of the export as (locator ”fil.csv.gz:rad N”, document or the row's InputError)."""
    for loc, record in records(directory):
        if isinstance(record, InputError):
            yield loc, record
            continue
        try:
            yield loc, to_document(record)
        except InputError as error:
            yield loc, error


def records(directory: str | Path) -> Iterator[tuple[str, UhmRecord | InputError]]:
    """The procurement rows, streamed, each joined with its rows in the side files."""
    directory = Path(directory)
    file = str(directory / PROCUREMENTS)
    side = {}
    for name, value_column in ((TENDERS, C_TENDERS), (CONTRACTED, C_VALUE)):
        path = directory / name
        if path.is_file():
            index, problems = _index_side_file(path, value_column)
            for side_problem in problems:
                yield locator(str(path), side_problem.location.line or 1), InputError([side_problem])
            side[name] = index
    columns: dict[str, int] = {}
    for row, header, cells, problem in _rows(Path(file), _REQUIRED):
        if problem:
            yield locator(file, row), InputError([problem])
            if row == 1:  # the header itself is unusable
                return
            continue
        if not columns:  # one mapping for every row, sent once per chunk to a worker
            columns = {name: i + 1 for i, name in enumerate(header)}
        values = dict(zip(header, cells, strict=True))  # a row of another length is a problem (_row_problem)
        key = tuple(values[c] for c in _JOIN)
        record = UhmRecord(file, row, columns, values)
        if TENDERS in side:
            record.tenders = _match(side[TENDERS].get(key[0], []), key)
        if CONTRACTED in side:
            record.contracted = _match(side[CONTRACTED].get(key[0], []), key)
        yield record.locator, record


def _rows(path: Path, required: list[str]) -> Iterator[tuple[int, list[str], list[str], Problem | None]]:
    """(row number, header, cells, problem) per data row; the header is row 1. Errors in the file are located.

    A bad row costs that row only: a field over the `statistik_fält` limit, a line of more
    than eight times that, bytes that are not in the file's encoding, a wrong number of
    columns. The encoding is decided once per file, from its first bytes (UTF-8, or UTF-16
    with a byte order mark). A damaged gzip stream, or one unpacking past
    `okomprimerad_storlek`, ends the file where it happens.
    """
    file = str(path)
    row = 1
    try:
        with open_gzip(path, "statistik") as stream:
            reader = csv.reader(_lines(stream, limits.integer("statistik_fält")))
            csv.field_size_limit(limits.integer("statistik_fält"))
            try:
                header = next(reader, None)
            except csv.Error:
                header = [_OVERLONG]
            if header == [_OVERLONG]:
                yield 1, [], [], Problem(Location(file, 1), limits.exceeded(
                    "statistik_fält", "rubrikraden har ett fält som är längre än gränsen"))
                return
            if header is None:
                yield 1, [], [], Problem(Location(file, 1), "filen är tom; förväntade en rubrikrad med kolumnnamn")
                return
            missing = [c for c in required if c not in header]
            if missing:
                yield 1, header, [], Problem(Location(file, 1), "rubrikraden saknar kolumnerna "
                                             + ", ".join(f"”{c}”" for c in missing)
                                             + "; är filen en export ur Upphandlingsmyndighetens statistikdatabas?")
                return
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error:
                    row += 1
                    yield row, header, [], Problem(Location(file, row), limits.exceeded(
                        "statistik_fält", "ett fält på raden är längre än gränsen (eller ett citattecken avslutas aldrig)"))
                    continue
                row += 1
                yield row, header, cells, _row_problem(file, row, header, cells)
    except InputError as error:  # the file itself is over its size limit or cannot be opened
        yield row, [], [], error.problems[0]
    except TooLarge:
        yield row + 1, [], [], Problem(Location(file, row + 1), f"filen lästes till rad {row}: {too_large_message()}")
    except (*GZIP_ERRORS, UnicodeDecodeError) as exc:
        yield row + 1, [], [], Problem(Location(file, row + 1), f"filen kunde inte läsas efter rad {row} ({_reason(exc)})")


_OVERLONG = "\ue000kravmotor: för lång rad\ue000"  # stands in for a line too long to read; no export contains it


def _lines(stream, field_limit: int) -> Iterator[str]:
    """The text lines of the unpacked stream, decoded in the encoding its first bytes show.

    Bytes not in that encoding become lone surrogates (`surrogateescape`), which the row
    check reports; a line longer than eight fields' limit is skipped and stands as _OVERLONG.
    """
    head = stream.peek(4)[:4]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = io.TextIOWrapper(stream, encoding="utf-16", errors="surrogatepass", newline="")
    else:
        if head.startswith(b"\xef\xbb\xbf"):
            stream.read(3)
        text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    most = 8 * field_limit
    while True:
        line = text.readline(most)
        if not line:
            return
        if len(line) >= most and not line.endswith(("\n", "\r")):
            while True:  # the rest of the physical line
                rest = text.readline(most)
                if not rest or rest.endswith(("\n", "\r")):
                    break
            line = _OVERLONG + "\n"
        yield line


def _row_problem(file: str, row: int, header: list[str], cells: list[str]) -> Problem | None:
    if cells == [_OVERLONG]:
        return Problem(Location(file, row), limits.exceeded(
            "statistik_fält", f"raden är längre än {limits.integer('statistik_fält') * 8} tecken och lästes inte"))
    if len(cells) != len(header):
        return Problem(Location(file, row), f"raden har {len(cells)} kolumner; förväntade {len(header)} som rubrikraden")
    for column, cell in enumerate(cells):
        if not cell.isascii() and _SURROGATE.search(cell):
            return Problem(Location(file, row, column + 1, header[column]),
                           "raden har tecken som inte är UTF-8 (filen har en annan teckenkodning här); raden lästes inte")
    return None


MAX_AMOUNT = 10**15  # what `Belopp` takes

_SURROGATE = re.compile("[\ud800-\udfff]")  # what a byte not in the file's encoding was decoded to
_ORGNR, _CPV, _COUNT = re.compile(r"\d{10}"), re.compile(r"\d{8}"), re.compile(r"\d+")


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "teckenkodningen stämmer inte med filens början"
    if isinstance(exc, (EOFError, zlib.error)) or "gzip" in str(exc).lower() or "crc" in str(exc).lower():
        return "trasig eller avkortad gzip-fil"
    if isinstance(exc, OSError):
        return describe_os_error(exc)
    return "trasig fil"


def _index_side_file(path: Path, value_column: str) -> tuple[dict[str, list[tuple[tuple, SideRow]]], list[Problem]]:
    """Upphandlings-ID → [(join key, side row)] in file order, and the rows that could not be read."""
    index: dict[str, list[tuple[tuple, SideRow]]] = {}
    problems = []
    for row, header, cells, problem in _rows(path, _JOIN + [value_column]):
        if problem:
            problems.append(problem)
            continue
        values = dict(zip(header, cells, strict=True))  # a row of another length is a problem (_row_problem)
        key = tuple(values[c] for c in _JOIN)
        index.setdefault(key[0], []).append((key, SideRow(str(path), row, header.index(value_column) + 1, values[value_column])))
    return index, problems


def _match(candidates: list[tuple[tuple, SideRow]], key: tuple) -> list[SideRow]:
    """Side rows of this procurement. The id alone is not unique in the export (MT4532 is two procurements),
    so buyer and publication day must agree too, and the title when the id still names several."""
    same = [(k, r) for k, r in candidates if k[1:3] == key[1:3]]
    if len({k[3] for k, _ in same}) > 1:
        same = [(k, r) for k, r in same if k[3] == key[3]]
    return [r for _, r in same]


# --- mapping ----------------------------------------------------------------------------------


class _Row:
    """Reads cells of one record and collects located problems."""

    def __init__(self, record: UhmRecord):
        self.record = record
        self.problems: list[Problem] = []

    def cell(self, column: str) -> str:
        return self.record.values[column].strip()

    def fail(self, column: str, message: str) -> None:
        r = self.record
        self.problems.append(Problem(Location(r.file, r.row, r.columns.get(column), column), message))

    def choice(self, column: str, mapping: dict):
        """The mapped value; `None` for an empty cell; a problem for a value the mapping does not know."""
        value = self.cell(column)
        if value == "":
            return None
        if value not in mapping:
            allowed = ", ".join(f"”{v}”" for v in mapping if v)
            self.fail(column, f"okänt värde ”{_short(value)}”; förväntade {allowed} eller en tom cell")
            return None
        return mapping[value]

    def flag(self, column: str) -> bool | None:
        return self.choice(column, _BOOLS)


def _short(value: str, width: int = 60) -> str:
    """A cell's value for a message: a long one is cut (a field may be a hundred thousand characters)."""
    return value if len(value) <= width else value[:width] + "…"


# The fields of a mapped row, in the model's order.
FIELDS = ("id", "titel", "upphandlande_myndighet", "lagrum", "regim", "förfarande", "upphandlingsslag", "cpv_koder",
          "annonseringsdatum", "ramavtal", "uppföljning")


class Mapped(NamedTuple):
    """One row mapped to the model's values, checked: what `to_document` builds the model from.

    `fields`: the document's top-level fields the export carries, with `upphandlande_myndighet` and
    `uppföljning` as plain dicts (uppföljning without its None values), in `FIELDS` order; `unknown`: `okända_uppgifter`."""

    fields: dict[str, Any]
    unknown: list[str]


def to_document(record: UhmRecord) -> Förfrågningsunderlag:
    """Map one joined procurement row; raise InputError naming file, row and column."""
    return document_of(mapped(record))


def document_of(row: Mapped) -> Förfrågningsunderlag:
    """The model of a mapped row. Every value is one the mapping made and checked: it is built without
    validating it again."""
    return built(Förfrågningsunderlag, **model_values(row), okända_uppgifter=list(row.unknown),
                 ursprung=ORIGIN)  # one `ursprung` for every row (nothing changes it)


def model_values(row: Mapped) -> dict[str, Any]:
    """The row's fields as the model holds them: its two objects built as models (without validation)."""
    fields = row.fields
    return {**fields, "upphandlande_myndighet": built(UpphandlandeMyndighet, **fields["upphandlande_myndighet"]),
            "uppföljning": built(Uppföljning, **fields["uppföljning"])}


def mapped(record: UhmRecord) -> Mapped:
    """One joined procurement row as the model's values; raise InputError naming file, row and column."""
    r = _Row(record)
    unknown = list(NOT_CARRIED)

    ident = r.cell(C_ID)
    if not ident:
        r.fail(C_ID, "tom cell; förväntade upphandlingens id, t.ex. MT42")
    name = r.cell(C_NAME)
    if not name:
        r.fail(C_NAME, "tom cell; förväntade köparens namn")

    orgnr: str | None = r.cell(C_ORGNR)
    if orgnr is not None and _ORGNR.fullmatch(orgnr):
        orgnr = f"{orgnr[:6]}-{orgnr[6:]}"
    else:
        # Empty, or not a Swedish number (Åland's buyers carry Finnish business ids such as 0145076-7).
        orgnr = None
        unknown.append("upphandlande_myndighet.organisationsnummer")

    typ = r.choice(C_SECTOR, SECTORS)
    if typ is None and not r.cell(C_SECTOR):
        r.fail(C_SECTOR, "tom cell; förväntade köparens sektor (Stat, Kommun, Region eller Annat)")
    if typ == "kommunal" and r.cell(C_SUBSECTOR) == "Kommunalt ägd organisation" and "aktiebolag" in r.cell(C_FORM).lower():
        typ = "kommunalt bolag"

    lagrum = None
    if r.cell(C_LEGAL) in LEGAL_BASES or not r.cell(C_LEGAL):
        lagrum = LEGAL_BASES.get(r.cell(C_LEGAL))
    else:
        r.choice(C_LEGAL, LEGAL_BASES)  # reports the unknown value
    if lagrum is None:
        unknown.append("lagrum")

    directive = r.flag(C_DIRECTIVE)
    regim = None if directive is None else ("direktivstyrd" if directive else "19 kap.")
    förfarande = r.choice(C_PROCEDURE, PROCEDURES)  # "Annat förfarande" is unknown; a value not in the list is an error
    kind = r.choice(C_KIND, KINDS)

    cpv = r.cell(C_CPV).split(" ", 1)[0]
    cpv_koder = []
    if not _CPV.fullmatch(cpv):
        r.fail(C_CPV, f"ogiltig CPV-kod ”{_short(r.cell(C_CPV))}”; förväntade åtta siffror följda av benämningen")
    elif cpv != "00000000":  # 00000000 is the export's "Uppgift saknas"
        cpv_koder = [cpv]
    else:
        unknown.append("cpv_koder")

    day = None
    if r.cell(C_DATE):
        try:
            day = dt.date.fromisoformat(r.cell(C_DATE))
        except ValueError:
            r.fail(C_DATE, f"ogiltigt datum ”{_short(r.cell(C_DATE))}”; förväntade ÅÅÅÅ-MM-DD")

    for name_, value in (("regim", regim), ("förfarande", förfarande), ("upphandlingsslag", kind), ("annonseringsdatum", day)):
        if value is None:
            unknown.append(name_)

    reserved = [r.flag(C_RESERVED), r.flag(C_RESERVED_EXEC)]
    uppföljning: dict[str, Any] = {
        "samordnad": r.flag(C_COORDINATED),
        "miljömässigt_hållbar": r.flag(C_GREEN),
        "socialt_hållbar": r.flag(C_SOCIAL),
        "innovationsupphandling": r.flag(C_INNOVATION),
        "dynamiskt_inköpssystem": r.flag(C_DIS) if C_DIS in record.values else None,
        "reserverad": True if True in reserved else (None if None in reserved else False),
        "överprövad": r.flag(C_REVIEWED),
        "annons_id": ident or None,
        "annonsdatabas": r.cell(C_DATABASE) or None,
        "antal_anbud": _tenders(r, record.tenders),
        "kontrakterat_värde": _contracted(r, record.contracted),
    }
    for name_, value in uppföljning.items():
        if value is None:
            unknown.append(f"uppföljning.{name_}")
    uppföljning = {k: v for k, v in uppföljning.items() if v is not None}
    ramavtal = r.choice(C_CONTRACT, CONTRACT_TYPES)
    if ramavtal is None:
        unknown.append("ramavtal")

    if r.problems:
        raise InputError(r.problems)
    if "kontrakterat_värde" in uppföljning:  # the one value a cell can give that the model may not take (too large)
        _check_amount(record, uppföljning["kontrakterat_värde"])
    return Mapped({
        "id": ident,
        "titel": r.cell(C_TITLE),
        "upphandlande_myndighet": {"namn": name, "organisationsnummer": orgnr, "typ": typ},
        "lagrum": lagrum,  # None (declared unknown) rather than the model's default LOU
        "regim": regim,
        "förfarande": förfarande,
        "upphandlingsslag": kind,
        "cpv_koder": cpv_koder,
        "annonseringsdatum": day,
        "ramavtal": ramavtal,
        "uppföljning": uppföljning,
    }, unknown)


def _check_amount(record: UhmRecord, amount: Decimal) -> None:
    """An amount the model takes (at most 10^15 kr, öre at most); else the model's own located errors."""
    if amount <= MAX_AMOUNT and isinstance(exponent := amount.normalize().as_tuple().exponent, int) and exponent >= -2:
        return
    try:
        Uppföljning.model_validate({"kontrakterat_värde": amount})
    except ValidationError as exc:
        raise InputError([
            Problem(Location(record.file, record.row, None, describe_validation_error(err)[0]),
                    f"värdet passar inte i förfrågningsunderlaget: {describe_validation_error(err)[1]}")
            for err in ({**e, "loc": ("uppföljning", *e["loc"])} for e in exc.errors()[:50])]) from None


def _tenders(r: _Row, rows: list[SideRow] | None) -> list[int] | None:
    """Tenders per lot, in the side file's order; None when the export has no row for the procurement."""
    if not rows:
        return None
    counts = []
    for side in rows:
        if not _COUNT.fullmatch(side.value.strip()):
            r.problems.append(Problem(Location(side.file, side.row, side.column, C_TENDERS),
                                      f"ogiltigt antal anbud ”{_short(side.value)}”; förväntade ett heltal ≥ 0"))
            continue
        counts.append(int(side.value))
    return counts


def _contracted(r: _Row, rows: list[SideRow] | None) -> Decimal | None:
    """The contracted value in kronor; the sum when the export splits it over several rows."""
    if not rows:
        return None
    total = Decimal(0)
    for side in rows:
        try:
            value = Decimal(side.value.strip().replace(" ", "").replace(",", "."))
            if not value.is_finite() or value < 0:
                raise InvalidOperation
        except InvalidOperation:
            r.problems.append(Problem(Location(side.file, side.row, side.column, C_VALUE),
                                      f"ogiltigt kontrakterat värde ”{_short(side.value)}”; förväntade ett belopp i kronor ≥ 0"))
            continue
        total += value
    return total
