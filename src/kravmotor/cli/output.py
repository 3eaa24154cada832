"""How a command writes: the console, a report to standard output or to the file named by --utdata."""

from __future__ import annotations

import errno
import io
import os
import sys
from pathlib import Path

import click

from ..errors import InputError, Location, Problem
from ..rapport import formats
from ..terminal import neutralise


def screen(stderr: bool = False):
    """A console for the terminal (or standard error)."""
    from ..console import SafeConsole  # rich only when something is printed through a console

    return SafeConsole(stderr=stderr, highlight=False, soft_wrap=True)


def write_output(text: str, output: Path, what: str = "rapporten", fmt: str = "text") -> None:
    """`text` to the file named by --utdata; a missing folder or a full disk is a located error (exit 2).

    A file is written beside its place and renamed into it, so a disk filling half-way leaves the old
    report (or none), never half a new one that looks whole. A device or a pipe (/dev/stdout) is
    written as it is.
    """
    from ..limits import describe_os_error

    data = text if text.endswith("\n") else text + "\n"
    encoding = "utf-8-sig" if formats.FORMATS[fmt].bom else "utf-8"  # a BOM, so that Excel reads å, ä, ö
    try:
        if output.is_symlink() or (output.exists() and not output.is_file()):
            with open(output, "w", encoding=encoding) as stream:
                stream.write(data)
        else:
            temporary = output.with_name(f".{output.name}.{os.getpid()}.tmp")
            try:
                temporary.write_text(data, encoding=encoding)
                os.replace(temporary, output)
            except BaseException:
                temporary.unlink(missing_ok=True)  # only the file made here, never the user's
                raise
    except OSError as exc:
        if exc.errno == errno.ENOENT and not output.parent.is_dir():
            reason = f"katalogen {output.parent} finns inte; skapa den eller välj en annan plats med --utdata"
        elif exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            reason = "enheten är full; frigör utrymme eller välj en annan plats med --utdata"
        else:
            reason = describe_os_error(exc)
        raise InputError([Problem(Location(str(output)), f"{what} kunde inte skrivas: {reason}")]) from None


def echo_report(text: str) -> None:
    """A report to standard output: neutralised on a terminal, as it is for a pipe or a file (where it is data)."""
    click.echo(neutralise(text) if sys.stdout.isatty() else text)


def echo_problems(problems: list[Problem]) -> None:
    for problem in problems:  # also on stderr, so a pipeline sees why it failed
        click.echo(neutralise(f"fel: {problem}"), err=True)


def emit(run, fmt: str, output: Path | None, render_text, render_other, tell: bool = False) -> None:
    """A command's report: text to the terminal; or text (plain), or another format (`render_other(fmt)`),
    to the file `output` or standard output, with the problems also on standard error. `tell`: say where
    the file was written."""
    if fmt == "text" and output is None:
        render_text(run, screen())
        return
    from ..checks import plain_text

    text = render_other(fmt) if fmt != "text" else plain_text(render_text, run)
    if output:
        write_output(text, output, fmt=fmt)
        if tell:
            click.echo(neutralise(f"Rapporten skrevs till {output}."), err=fmt != "text")
    else:
        echo_report(text)
    echo_problems(run.problems)


def file_console():
    """A console that records plain text for a report file, as wide as a printed page in landscape."""
    from ..console import SafeConsole

    return SafeConsole(record=True, width=140, file=io.StringIO(), highlight=False, soft_wrap=True)
