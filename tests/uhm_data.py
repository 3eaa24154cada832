"""A slice of Upphandlingsmyndigheten's 2021 export, small enough for CI, written as a real export directory."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

from conftest import SHARED_DATA, needs_shared

UHM_2021 = SHARED_DATA / "se-upphandlingsstatistik-2021"
needs_uhm = needs_shared(UHM_2021)

SIDE_FILES = ("number_of_tenders.csv.gz", "contracted_value.csv.gz")


def read_rows(path: Path) -> list[list[str]]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def write_rows(path: Path, rows: list[list[str]]) -> None:
    with gzip.open(path, "wt", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)


def write_slice(directory: Path, rows: int) -> Path:
    """The first `rows` procurements, and the side-file rows of their ids."""
    directory.mkdir(parents=True, exist_ok=True)
    procurements = read_rows(UHM_2021 / "number_of_procurements.csv.gz")[: rows + 1]
    column = procurements[0].index("Upphandlings-ID")
    ids = {row[column] for row in procurements[1:]}
    write_rows(directory / "number_of_procurements.csv.gz", procurements)
    for name in SIDE_FILES:
        side = read_rows(UHM_2021 / name)
        column = side[0].index("Upphandlings-ID")
        write_rows(directory / name, [side[0]] + [row for row in side[1:] if row[column] in ids])
    return directory


def write_buyer_slice(directory: Path, buyer: str) -> Path:
    """Every procurement of one upphandlande myndighet (`Namn för köpare`), and the side-file rows of their ids."""
    directory.mkdir(parents=True, exist_ok=True)
    procurements = read_rows(UHM_2021 / "number_of_procurements.csv.gz")
    column = procurements[0].index("Namn för köpare")
    rows = [procurements[0]] + [row for row in procurements[1:] if row[column] == buyer]
    write_rows(directory / "number_of_procurements.csv.gz", rows)
    ident = rows[0].index("Upphandlings-ID")
    ids = {row[ident] for row in rows[1:]}
    for name in SIDE_FILES:
        side = read_rows(UHM_2021 / name)
        id_column = side[0].index("Upphandlings-ID")
        write_rows(directory / name, [side[0]] + [row for row in side[1:] if row[id_column] in ids])
    return directory
