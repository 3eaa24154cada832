"""Old Word (.doc), OpenDocument (.odt) and RTF files, converted to .docx by LibreOffice run headless.

Each conversion gets its own throwaway LibreOffice profile, so that conversions in
parallel (a batch on several cores) do not wait on one another's profile lock, and
a time limit, so that a file that makes LibreOffice hang cannot stop a batch.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .block import Limits, problem

DEBIAN_PACKAGE = "libreoffice-writer-nogui"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, file: str, suffix: str, limits: Limits = Limits()) -> bytes:
    program = soffice()
    if program is None:
        raise problem(file, f"filer av typen {suffix} läses genom att konverteras med LibreOffice, som inte är "
                            f"installerat; installera Debian-paketet {DEBIAN_PACKAGE} "
                            f"(apt-get install {DEBIAN_PACKAGE}) eller spara filen som .docx eller PDF")
    with tempfile.TemporaryDirectory(prefix="kravmotor-lo-") as work:
        source = Path(work) / f"dokument{suffix}"
        source.write_bytes(data)
        out = Path(work) / "ut"
        command = [program, f"-env:UserInstallation=file://{work}/profil", "--headless", "--norestore",
                   "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(source)]
        try:
            subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=limits.conversion_timeout_s, check=False)
        except subprocess.TimeoutExpired:
            raise problem(file, f"LibreOffice kunde inte konvertera filen inom {limits.conversion_timeout_s} sekunder") from None
        except OSError as exc:
            raise problem(file, f"LibreOffice kunde inte startas ({exc.strerror or exc})") from None
        converted = out / "dokument.docx"
        if not converted.is_file():
            raise problem(file, "LibreOffice kunde inte konvertera filen; den är skadad, lösenordsskyddad "
                                "eller inget textdokument")
        return converted.read_bytes()
