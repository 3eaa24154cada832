"""Limits on what one input may cost: size, depth, expansion, time. One place to register them.

Every reader asks here before it spends memory or time, and a limit that is hit
is a located Swedish error (exit 2) that names the limit and how to raise it:
`kravmotor --gräns underlag_storlek=50MB granska ...`, or the environment
variable KRAVMOTOR_GRÄNSER="underlag_storlek=50MB,djup=200" (which worker
processes inherit). The defaults are far above any real document and far below
what would exhaust a laptop.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, KravmotorError, Location, Problem

ENVIRONMENT = "KRAVMOTOR_GRÄNSER"


@dataclass(frozen=True)
class Limit:
    name: str
    default: float
    unit: str  # "byte", "sekunder" or a plain count ("värden", "nivåer", "tecken", "siffror", ...)
    description: str


_MB = 1024 * 1024

# The input kinds: each has its own size limit (`<kind>_storlek`), read by `read_limited`.
INPUT_KINDS = {
    "underlag": "förfrågningsunderlag (YAML eller JSON)",
    "leverantör": "leverantörsfiler (YAML eller JSON)",
    "självskattning": "självskattningar för kravmotor mognad (YAML eller JSON)",
    "annons": "eForms-annonser (XML)",
    "regelfil": "regelfiler, parametrar, klassningar och målfiler",
    "statistik": "statistikexportens filer (komprimerade)",
}

LIMITS: dict[str, Limit] = {limit.name: limit for limit in (
    Limit("underlag_storlek", 10 * _MB, "byte", "största förfrågningsunderlag (YAML eller JSON)"),
    Limit("leverantör_storlek", 10 * _MB, "byte", "största leverantörsfil (YAML eller JSON)"),
    Limit("självskattning_storlek", 2 * _MB, "byte", "största självskattning (YAML eller JSON)"),
    Limit("annons_storlek", 20 * _MB, "byte", "största eForms-annons (XML)"),
    Limit("regelfil_storlek", 2 * _MB, "byte", "största regelfil, parameterfil, klassning eller målfil"),
    Limit("statistik_storlek", 500 * _MB, "byte", "största fil i en statistikexport (komprimerad)"),
    Limit("okomprimerad_storlek", 1024 * _MB, "byte", "största okomprimerade innehåll i en komprimerad fil (gzip, zip)"),
    Limit("värden", 100_000, "värden", "största antal värden i ett underlag, med YAML-alias utvecklade"),
    Limit("djup", 100, "nivåer", "djupaste nästling i YAML, JSON och XML"),
    Limit("siffror", 50, "siffror", "längsta tal i en fil"),
    Limit("xml_element", 100_000, "element", "största antal element i en XML-fil"),
    Limit("xml_attribut", 10_000, "tecken", "längsta attributvärde i XML"),
    Limit("xml_text", 1_000_000, "tecken", "längsta text i ett XML-element"),
    Limit("statistik_fält", 131_072, "tecken", "längsta fält i statistikexportens CSV-filer"),
    Limit("regel_djup", 40, "nivåer", "djupaste nästling av uttryck i en regel"),
    Limit("tid_per_underlag", 60, "sekunder", "längsta tid för ett underlag i revision"),
)}

_current: dict[str, float] = {}  # every limit's value, once configured (or first read)


def get(name: str) -> float:
    """The limit's value now: set by `configure`, else KRAVMOTOR_GRÄNSER, else the default."""
    if not _current:
        configure()
    return _current[name]


def integer(name: str) -> int:
    return int(get(name))


def configure(settings: Iterable[str] = ()) -> dict[str, float]:
    """The defaults, then KRAVMOTOR_GRÄNSER, then these `namn=värde` settings; a bad one is an InputError.

    Each command starts from here, so settings never leak from one invocation to the next.
    """
    values = {name: limit.default for name, limit in LIMITS.items()}
    values.update(_from_environment())
    values.update(_parse(settings, "--gräns"))
    _current.clear()
    _current.update(values)
    return current()


def current() -> dict[str, float]:
    return {name: get(name) for name in LIMITS}


def restore(values: dict[str, float]) -> None:
    """Set every limit at once (a worker process gets its parent's)."""
    _current.clear()
    _current.update(values)


def _from_environment() -> dict[str, float]:
    text = os.environ.get(ENVIRONMENT, "")
    return _parse([part for part in text.split(",") if part.strip()], ENVIRONMENT) if text.strip() else {}


_UNITS = {"": 1, "b": 1, "kb": 1024, "mb": _MB, "gb": 1024 * _MB, "k": 1000, "s": 1}


def _parse(settings: Iterable[str], where: str) -> dict[str, float]:
    values = {}
    for setting in settings:
        name, sep, raw = setting.partition("=")
        name = name.strip()
        if not sep or name not in LIMITS:
            known = ", ".join(LIMITS)
            raise InputError([Problem(Location(where), f"okänd gräns ”{name}”; förväntade namn=värde med ett av: {known}")])
        match = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*([a-zA-Z]*)\s*", raw)
        unit = match.group(2).lower() if match else ""
        if not match or unit not in _UNITS:
            raise InputError([Problem(Location(where), f"gränsen {name}: ”{raw}” är inget tal; skriv t.ex. {name}={example(name)}")])
        value = float(match.group(1).replace(",", ".")) * _UNITS[unit]
        if value <= 0:
            raise InputError([Problem(Location(where), f"gränsen {name} måste vara större än 0")])
        values[name] = value
    return values


def example(name: str) -> str:
    """A value five times the default, written as --gräns takes it: `50MB`, `300`."""
    limit = LIMITS[name]
    if limit.unit == "byte":
        return f"{max(1, int(limit.default * 5 / _MB))}MB"
    return str(int(limit.default * 5))


def show(value: float, unit: str) -> str:
    """A limit's value for a message: `10 MB`, `60 s`, `200 000 värden`."""
    from .formatting import format_number

    if unit == "byte":
        for size, name in ((1024 * _MB, "GB"), (_MB, "MB"), (1024, "kB")):
            if value >= size:
                return f"{format_number(round(value / size, 1))} {name}"
        return f"{format_number(int(value))} byte"
    if unit == "sekunder":
        return f"{format_number(round(value, 1))} s"
    return f"{format_number(int(value))} {unit}"


def exceeded(name: str, what: str) -> str:
    """The tail of a message for a limit that was hit: what the limit is, and how to raise it."""
    limit = LIMITS[name]
    return (f"{what}; gränsen är {show(get(name), limit.unit)} ({limit.description}); "
            f"höj den vid behov med kravmotor --gräns {name}=…")


# --- reading files within their limit ----------------------------------------------------------


_OS_ERRORS = {
    errno.ENOENT: "filen eller katalogen finns inte",
    errno.EACCES: "behörighet saknas",
    errno.EPERM: "åtgärden är inte tillåten",
    errno.EISDIR: "det är en katalog, inte en fil",
    errno.ENOTDIR: "en del av sökvägen är ingen katalog",
    errno.ENOSPC: "enheten är full",
    errno.EROFS: "filsystemet är skrivskyddat",
    errno.EIO: "läs- eller skrivfel på enheten",
    errno.ENAMETOOLONG: "namnet är för långt",
    errno.ELOOP: "för många symboliska länkar",
    errno.EMFILE: "för många öppna filer",
    errno.ENFILE: "för många öppna filer",
    errno.EPIPE: "mottagaren har stängt röret",
    errno.EEXIST: "filen finns redan",
    errno.EBUSY: "enheten är upptagen",
    errno.ENOMEM: "minnet räcker inte",
    errno.EFBIG: "filen är för stor för filsystemet",
    errno.ETXTBSY: "filen används",
}
if hasattr(errno, "EDQUOT"):
    _OS_ERRORS[errno.EDQUOT] = "diskkvoten är slut"


def describe_os_error(exc: OSError) -> str:
    """An operating system error in Swedish (its own text follows the system's language, often English)."""
    if exc.errno in _OS_ERRORS:
        return _OS_ERRORS[exc.errno]
    code = errno.errorcode.get(exc.errno or 0)
    return f"systemfel {code}" if code else "systemfel"


def read_limited(path: str | Path, kind: str, error: type[KravmotorError] = InputError) -> bytes:
    """The file's bytes, refused (as `error`, located) when larger than the kind's limit, before it is read.

    Reads at most limit + 1 bytes, so a device or a file still growing cannot exhaust memory either.
    """
    name = f"{kind}_storlek"
    limit = integer(name)
    file = str(path)
    try:
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limit:
                raise error([Problem(Location(file), exceeded(name, f"filen är {show(size, 'byte')}"))])
            data = stream.read(limit + 1)
    except IsADirectoryError:
        raise error([Problem(Location(file), "kan inte läsa filen: det är en katalog, inte en fil")]) from None
    except FileNotFoundError:
        raise error([Problem(Location(file), "filen finns inte")]) from None
    except OSError as exc:
        raise error([Problem(Location(file), f"kan inte läsa filen: {describe_os_error(exc)}")]) from None
    if len(data) > limit:
        raise error([Problem(Location(file), exceeded(name, "filen är större än så"))])
    return data


def check_number(text: str, file: str, line: int | None = None, column: int | None = None,
                 error: type[KravmotorError] = InputError, field_path: str | None = None) -> None:
    """Refuse a numeral longer than the `siffror` limit before it becomes a number."""
    digits = sum(ch.isdigit() for ch in text)
    if digits > integer("siffror"):
        raise error([Problem(Location(file, line, column, field_path), exceeded("siffror", f"talet har {digits} siffror"))])
