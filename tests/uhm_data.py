"""Upphandlingsmyndigheten's 2021 export for the tests: a committed slice, and the whole year in ../shared.

The slice (tests/data/uhm-2021-utdrag/, written by `write_committed_slice`) is the first 300
procurements of the export and every procurement of LUDVIKA KOMMUN, with the side-file rows of their
ids: enough for the fast tests, so they run on any clone. A test that needs more (the whole year, 600
rows) reads ../shared (`needs_uhm`): outside CI it skips saying so, in CI it fails.
"""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

from conftest import SHARED_DATA, needs_shared

UHM_2021 = SHARED_DATA / "se-upphandlingsstatistik-2021"
needs_uhm = needs_shared(UHM_2021)

PROCUREMENTS = "number_of_procurements.csv.gz"
SIDE_FILES = ("number_of_tenders.csv.gz", "contracted_value.csv.gz")

SLICE = Path(__file__).resolve().parent / "data" / "uhm-2021-utdrag"
SLICE_ROWS = 300  # the export's first procurements, in its order
SLICE_BUYERS = ("LUDVIKA KOMMUN",)  # every procurement of these buyers is in the slice too


def read_rows(path: Path) -> list[list[str]]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def write_rows(path: Path, rows: list[list[str]]) -> None:
    # mtime=0: the same rows give the same bytes, so the committed slice changes only when its rows do
    with gzip.GzipFile(path, "wb", mtime=0) as packed, io.TextIOWrapper(packed, encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)


def procurement_rows(count: int) -> list[list[str]]:
    """The header and the export's first `count` procurements: from the committed slice when it holds them."""
    source = SLICE if count <= SLICE_ROWS else UHM_2021
    return read_rows(source / PROCUREMENTS)[: count + 1]


def _write(directory: Path, source: Path, procurements: list[list[str]]) -> Path:
    """`procurements` (with their header) and the side-file rows of their ids, from the export in `source`."""
    directory.mkdir(parents=True, exist_ok=True)
    write_rows(directory / PROCUREMENTS, procurements)
    column = procurements[0].index("Upphandlings-ID")
    ids = {row[column] for row in procurements[1:]}
    for name in SIDE_FILES:
        side = read_rows(source / name)
        id_column = side[0].index("Upphandlings-ID")
        write_rows(directory / name, [side[0]] + [row for row in side[1:] if row[id_column] in ids])
    return directory


def write_slice(directory: Path, rows: int) -> Path:
    """The first `rows` procurements, and the side-file rows of their ids (from the committed slice up to 300)."""
    source = SLICE if rows <= SLICE_ROWS else UHM_2021
    return _write(directory, source, procurement_rows(rows))


def write_copies(directory: Path, rows: int, copies: int) -> Path:
    """The first `rows` procurements of the committed slice `copies` times over, each copy's ids (and side-file
    rows) with a suffix of its own: a larger export made from the slice."""
    source = _write(directory.with_name(directory.name + "-källa"), SLICE, procurement_rows(rows))
    directory.mkdir(parents=True, exist_ok=True)
    for name in (PROCUREMENTS, *SIDE_FILES):
        header, *body = read_rows(source / name)
        column = header.index("Upphandlings-ID")
        write_rows(directory / name, [header] + [row[:column] + [f"{row[column]}-{copy}"] + row[column + 1:]
                                                 for copy in range(copies) for row in body])
    return directory


def write_buyer_slice(directory: Path, buyer: str) -> Path:
    """Every procurement of one upphandlande myndighet (`Namn för köpare`), and the side-file rows of their ids."""
    source = SLICE if buyer in SLICE_BUYERS else UHM_2021
    procurements = read_rows(source / PROCUREMENTS)
    column = procurements[0].index("Namn för köpare")
    return _write(directory, source, [procurements[0]] + [row for row in procurements[1:] if row[column] == buyer])


def write_committed_slice(directory: Path = SLICE) -> Path:
    """tests/data/uhm-2021-utdrag from the export in ../shared (how it was made; a test holds it to that)."""
    procurements = read_rows(UHM_2021 / PROCUREMENTS)
    column = procurements[0].index("Namn för köpare")
    rows = procurements[: SLICE_ROWS + 1] + [row for row in procurements[SLICE_ROWS + 1:] if row[column] in SLICE_BUYERS]
    return _write(directory, UHM_2021, rows)
