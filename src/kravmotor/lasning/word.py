"""Word files (.docx, .dotx, .docm) as blocks, with python-docx and a walk of the XML.

python-docx opens the package and gives the parts; the body is walked as XML
because what a procurer typed may be where `.text` does not look: in content
controls (`w:sdt`, also around whole paragraphs, rows and cells) and in text
boxes. Placeholder text of an empty content control ("Klicka här för att ange
text") is not the document's text and is skipped. Heading numbers come from the
numbering definitions (`word_numbering`), or from the heading's own text when it
is typed by hand.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from .block import Block, Kind, Limits, problem, split_section_number
from .word_numbering import Numbering, w

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT_TAGS = (w("t"), w("tab"), w("br"), w("cr"), w("noBreakHyphen"), w("p"))
_HEADING_NAME = re.compile(r"^(?:heading|rubrik|überschrift|titre)\s*(\d)$", re.IGNORECASE)
_TITLE_NAMES = {"title", "rubrik", "titel"}


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    outline: int | None = None
    num_id: str | None = None
    ilvl: int | None = None
    bold: bool | None = None


def read_word(data: bytes, file: str, limits: Limits = Limits()) -> list[Block]:
    """The blocks of a Word file in document order; a located Swedish DocumentError if it cannot be read."""
    _check_zip(data, file, limits)
    document = _open(data, file)
    return list(_Walker(document, file, limits).blocks())


def _check_zip(data: bytes, file: str, limits: Limits) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise problem(file, "filen är skadad: den är inget läsbart Word-dokument (zip-arkivet går inte att öppna)") from None
    if len(entries) > limits.max_zip_entries:
        raise problem(file, f"filen har {len(entries)} delar; högst {limits.max_zip_entries} läses")
    total = sum(e.file_size for e in entries)
    if total > limits.max_uncompressed_bytes:
        raise problem(file, f"filen packas upp till {total // 2**20} MB; högst {limits.max_uncompressed_bytes // 2**20} MB "
                            "läses (skydd mot zip-bomber)")
    for entry in entries:
        if entry.file_size > 1_000_000 and entry.file_size > limits.max_compression_ratio * max(entry.compress_size, 1):
            raise problem(file, f"delen {entry.filename} packas upp till mer än {limits.max_compression_ratio} gånger sin "
                                "storlek; filen läses inte (skydd mot zip-bomber)")
    if "word/document.xml" not in {e.filename for e in entries}:
        raise problem(file, "filen är ett zip-arkiv men inget Word-dokument (word/document.xml saknas)")


def _open(data: bytes, file: str):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(_as_document_package(data)))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, SyntaxError) as exc:
        # lxml's XMLSyntaxError is a SyntaxError: a damaged part
        raise problem(file, f"filen är skadad och kan inte läsas som Word-dokument ({type(exc).__name__})") from None


_TEMPLATE_TYPES = re.compile(rb"application/vnd\.(?:openxmlformats-officedocument\.wordprocessingml\.template|"
                             rb"ms-word\.(?:document|template)\.macroEnabled)(?:\.main)?\+xml")


def _as_document_package(data: bytes) -> bytes:
    """A template (.dotx) or macro file (.docm) relabelled as a plain document, which python-docx insists on."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        types = source.read("[Content_Types].xml")
        if not _TEMPLATE_TYPES.search(types):
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for entry in source.infolist():
                content = source.read(entry.filename)
                if entry.filename == "[Content_Types].xml":
                    content = _TEMPLATE_TYPES.sub(
                        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", content)
                target.writestr(entry, content)
        return out.getvalue()


class _Walker:
    def __init__(self, document, file: str, limits: Limits):
        self.file = file
        self.limits = limits
        self.body = document.element.body
        self.styles = _styles(document)
        self.default_style = next((sid for sid, s in self.styles.items() if s.name.lower() == "normal"), None)
        try:
            numbering_xml = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            numbering_xml = None
        self.numbering = Numbering(numbering_xml)
        self.section: str | None = None
        self.heading: str | None = None
        self.row = 0
        self.count = 0
        _drop_invisible(self.body)

    def blocks(self) -> Iterator[Block]:
        yield from self._container(self.body)

    def _container(self, element) -> Iterator[Block]:
        for child in element:
            if child.tag == w("p"):
                block = self._paragraph(child)
                if block:
                    yield block
            elif child.tag == w("tbl"):
                yield from self._table(child)
            elif child.tag in (w("sdt"), w("customXml"), w("sdtContent")):
                yield from self._container(child if child.tag != w("sdt") else _content(child))

    def _emit(self, text: str, kind: Kind, row: int | None = None) -> Block:
        self.count += 1
        if self.count > self.limits.max_blocks:
            raise problem(self.file, f"dokumentet har mer än {self.limits.max_blocks} stycken; det läses inte")
        return Block(self.file, None, self.section, self.heading, text, kind, row)

    def _paragraph(self, p, in_table: bool = False) -> Block | None:
        style_id = _val(p, "w:pPr/w:pStyle") or self.default_style
        style = self._resolved(style_id)
        number = self._number(p, style_id, style)
        text = _text(p)
        if not text:
            return None
        level = _heading_level(p, style)
        if level is None and not in_table and _looks_like_manual_heading(p, text, style):
            level = 9
        if level is None or in_table:
            return self._emit(text, "stycke")
        own_number, title = split_section_number(text)
        self.section = own_number or (number.rstrip(".") if number and re.search(r"\d", number) else None)
        self.heading = title
        return self._emit(text if not number or own_number else f"{number} {text}", "rubrik")

    def _table(self, table) -> Iterator[Block]:
        for row in _children(table, w("tr")):
            self.row += 1
            row_id = self.row
            for cell in _children(row, w("tc")):
                texts = []
                for element in _children(cell, w("p"), w("tbl")):
                    if element.tag == w("tbl"):
                        yield from self._table(element)
                        continue
                    style_id = _val(element, "w:pPr/w:pStyle") or self.default_style
                    self._number(element, style_id, self._resolved(style_id))
                    text = _text(element)
                    if text:
                        texts.append(text)
                if texts:
                    yield self._emit("\n".join(texts), "tabellcell", row_id)

    def _number(self, p, style_id: str | None, style: _Style) -> str | None:
        """Advance Word's list counters for a numbered paragraph and return its number."""
        num_id = _val(p, "w:pPr/w:numPr/w:numId")
        ilvl_text = _val(p, "w:pPr/w:numPr/w:ilvl")
        if num_id is None:
            num_id, ilvl = style.num_id, style.ilvl
            if num_id is None:
                return None
            if ilvl is None:
                ilvl = self.numbering.level_for_style(num_id, style_id or "")
        else:
            ilvl = int(ilvl_text) if ilvl_text and ilvl_text.isdigit() else (style.ilvl or 0)
        if num_id == "0" or ilvl is None:
            return None
        return self.numbering.next(num_id, ilvl)

    def _resolved(self, style_id: str | None) -> _Style:
        """A style with what it inherits through `basedOn` filled in."""
        result = _Style()
        seen = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            style = self.styles[style_id]
            result.name = result.name or style.name
            for attribute in ("outline", "num_id", "ilvl", "bold"):
                if getattr(result, attribute) is None:
                    setattr(result, attribute, getattr(style, attribute))
            style_id = style.based_on
        return result


def _styles(document) -> dict[str, _Style]:
    try:
        root = document.styles.element
    except (KeyError, AttributeError, NotImplementedError):
        return {}
    styles = {}
    for element in root.iter(w("style")):
        if element.get(w("type")) != "paragraph":
            continue
        outline = _val(element, "w:pPr/w:outlineLvl")
        ilvl = _val(element, "w:pPr/w:numPr/w:ilvl")
        bold = element.find("w:rPr/w:b", namespaces=_NS)
        styles[element.get(w("styleId"))] = _Style(
            name=_val(element, "w:name") or "",
            based_on=_val(element, "w:basedOn"),
            outline=int(outline) if outline and outline.isdigit() else None,
            num_id=_val(element, "w:pPr/w:numPr/w:numId"),
            ilvl=int(ilvl) if ilvl and ilvl.isdigit() else None,
            bold=None if bold is None else bold.get(w("val"), "1") not in ("0", "false"),
        )
    return styles


_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def _val(element, path: str) -> str | None:
    found = element.find(path, namespaces=_NS)
    return None if found is None else found.get(w("val"))


def _heading_level(p, style: _Style) -> int | None:
    outline = _val(p, "w:pPr/w:outlineLvl")
    if outline and outline.isdigit() and int(outline) < 9:
        return int(outline)
    name = style.name.strip()
    m = _HEADING_NAME.match(name)
    if m:
        return int(m.group(1)) - 1
    if name.lower() in _TITLE_NAMES:
        return 0
    if style.outline is not None and style.outline < 9:
        return style.outline
    return None


def _looks_like_manual_heading(p, text: str, style: _Style) -> bool:
    """A short paragraph set in bold throughout, as many templates write headings, with or without a number."""
    if len(text) > 90 or text.endswith((".", ",", ";")) or "\n" in text or len(text) < 3:
        return False
    runs = [r for r in p.iter(w("r")) if r.find(w("t")) is not None and (r.findtext(w("t")) or "").strip()]
    if not runs:
        return False
    for run in runs:
        bold = run.find("w:rPr/w:b", namespaces=_NS)
        if bold is None:
            if not style.bold:
                return False
        elif bold.get(w("val"), "1") in ("0", "false"):
            return False
    return True


def _children(element, *tags: str) -> Iterator:
    """Direct children with these tags, looking through content controls and custom XML wrapped around them."""
    for child in element:
        if child.tag in tags:
            yield child
        elif child.tag in (w("sdt"), w("customXml")):
            yield from _children(_content(child) if child.tag == w("sdt") else child, *tags)


def _content(sdt):
    content = sdt.find(w("sdtContent"))
    return content if content is not None else []


def _drop_invisible(body) -> None:
    """Remove what Word shows no reader: the fallback copy of drawings and placeholder text of empty controls."""
    for fallback in list(body.iter(_MC_FALLBACK)):
        fallback.getparent().remove(fallback)
    for sdt in list(body.iter(w("sdt"))):
        properties = sdt.find(w("sdtPr"))
        if properties is not None and properties.find(w("showingPlcHdr")) is not None:
            content = sdt.find(w("sdtContent"))
            if content is not None:
                for run in content.iter(w("t")):
                    run.text = ""


def _text(p) -> str:
    parts = []
    for element in p.iter(*_TEXT_TAGS):
        tag = element.tag
        if tag == w("t"):
            parts.append(element.text or "")
        elif tag == w("tab"):
            parts.append("\t")
        elif tag in (w("br"), w("cr")):
            parts.append("\n")
        elif tag == w("noBreakHyphen"):
            parts.append("-")
        elif element is not p:  # a paragraph inside a text box: its own line
            parts.append("\n")
    text = "".join(parts).replace("\u00ad", "")
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return re.sub(r"\s*\n\s*", "\n", text).strip()
