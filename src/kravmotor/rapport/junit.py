"""JUnit XML, which CI systems (GitLab, Jenkins, Azure, GitHub test reporters) show as test results.

One testsuite per underlag (or supplier), one testcase per finding: `fel`, `varning` and `bedömning krävs`
fail it, `underlag saknas` skips it (the rule could not be decided: never a pass), a motiverad avvikelse
and `info` pass with their text. An underlag without findings is one passing testcase; a file that could
not be read is a testcase in error.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..lang.compiler import Rulebook
from .summary import Run, position

FAILING = ("fel", "varning", "bedömning krävs")


def render(run: Run, rulebook: Rulebook | None = None) -> str:
    suites = ET.Element("testsuites", name="kravmotor")
    for r in run.results:
        suite = ET.SubElement(suites, "testsuite", name=r.document_id, file=r.file or "")
        for f in r.findings:
            case = ET.SubElement(suite, "testcase", classname=r.document_id, name=f"{f.kod} {f.titel}",
                                 file=r.file or "")
            where = next((p for p in (position(r, path) for path in f.fält) if p), None)
            if where:
                case.set("line", str(where[0]))
            text = "\n".join(filter(None, [f.meddelande, f.åtgärd and f"Åtgärd: {f.åtgärd}",
                                           f"Fält: {', '.join(f.fält)}" if f.fält else None,
                                           f.motivering and f"Motivering: {f.motivering}"]))
            if f.utfall in FAILING:
                ET.SubElement(case, "failure", type=f.utfall, message=f.meddelande).text = text
            elif f.utfall == "underlag saknas":
                ET.SubElement(case, "skipped", message=f"underlag saknas: {f.meddelande}")
            else:
                ET.SubElement(case, "system-out").text = f"{f.utfall}: {text}"
        if not r.findings:
            ET.SubElement(suite, "testcase", classname=r.document_id, name="inga fynd", file=r.file or "")
        _count(suite)
    if run.problems:
        suite = ET.SubElement(suites, "testsuite", name="kunde inte läsas")
        for p in run.problems:
            case = ET.SubElement(suite, "testcase", classname="INDATA", name=p.location.file, file=p.location.file)
            ET.SubElement(case, "error", type="indata", message=p.message).text = str(p)
        _count(suite)
    _count(suites)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode")


def _count(element: ET.Element) -> None:
    cases = element.iter("testcase")
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for case in cases:
        counts["tests"] += 1
        counts["failures"] += case.find("failure") is not None
        counts["errors"] += case.find("error") is not None
        counts["skipped"] += case.find("skipped") is not None
    for key, value in counts.items():
        element.set(key, str(value))
