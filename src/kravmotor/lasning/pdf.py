"""PDF files as blocks, with pdfplumber: lines from words, headings from font size and weight, tables as cells.

One pass per page: pdfminer's parse of the page dominates the cost (pdfplumber's
own `extract_text` pays it too), so words with their font, and tables where the
page draws ruling lines, are taken from the same parsed page. Running headers and
footers (a line at the same place on most pages, page numbers) are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from .block import Block, Limits, problem, split_section_number

_BOLD = re.compile(r"bold|black|heavy|semibold|demi|,b$|-b$", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[•▪◦●■□\uf0b7\uf0a7\u2022\u2013\u2014-]|o\s|\(?[a-z]\)|\d{1,2}\))\s*")
_PAGE_NUMBER = re.compile(r"^(?:sida\s*)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3})?$", re.IGNORECASE)


@dataclass
class _Line:
    page: int
    text: str
    size: float
    bold: bool
    top: float
    bottom: float
    x0: float
    in_margin: bool


def read_pdf(data: bytes, file: str, limits: Limits = Limits()) -> list[Block]:
    """The blocks of a PDF in reading order; a located Swedish DocumentError if it cannot be read."""
    lines, tables, pages = _lines_and_tables(data, file, limits)
    if not lines and not tables:
        raise problem(file, f"PDF:en har inget textlager ({pages} sidor, ingen text): den är troligen skannad och "
                            "måste OCR-tolkas innan kravmotor kan läsa den")
    return _blocks(_without_running_lines(lines, pages), tables, file)


def _lines_and_tables(data: bytes, file: str, limits: Limits):
    import io

    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = len(pdf.pages)
    except Exception as exc:  # pdfminer raises many kinds; each means the same to a user
        raise _open_error(exc, file) from None
    with pdf:
        if pages > limits.max_pages:
            raise problem(file, f"PDF:en har {pages} sidor; högst {limits.max_pages} läses")
        lines: list[_Line] = []
        tables: dict[int, list[tuple[float, list[list[str]]]]] = {}
        chars = 0
        for number, page in enumerate(pdf.pages, start=1):
            try:
                page_lines, page_tables, page_chars = _page(page, number)
            except Exception as exc:
                raise problem(file, f"sidan kan inte läsas ({type(exc).__name__})", f"sida {number}") from None
            finally:
                page.close()
            lines.extend(page_lines)
            chars += page_chars
            if page_tables:
                tables[number] = page_tables
        if chars < 20 * pages and not any(line.text.strip() for line in lines):
            lines = []
    return lines, tables, pages


def _open_error(exc: Exception, file: str):
    names = " ".join(type(e).__name__ + str(e) for e in _chain(exc))
    if re.search(r"password|encrypt", names, re.IGNORECASE):
        return problem(file, "PDF:en är krypterad eller lösenordsskyddad; spara den utan lösenord och försök igen")
    return problem(file, "filen är skadad och kan inte läsas som PDF")


def _chain(exc: BaseException | None) -> Iterator[BaseException]:
    while exc is not None:
        yield exc
        exc = exc.__cause__ or exc.__context__


def _page(page, number: int):
    height = float(page.height) or 1.0
    table_boxes, cells = [], []
    if page.rects or page.lines:  # ruling lines: only then can the default table finder find anything
        for table in page.find_tables():
            rows = [[_clean(cell or "") for cell in row] for row in table.extract()]
            if _is_real_table(rows):
                table_boxes.append(table.bbox)
                cells.append((table.bbox[1], rows))
    words = page.extract_words(extra_attrs=["size", "fontname"])
    lines: list[_Line] = []
    current: list[dict] = []
    for word in words:
        if table_boxes and any(_inside(word, box) for box in table_boxes):
            continue
        if current and abs(word["top"] - current[-1]["top"]) > 3:
            lines.append(_line(current, number, height))
            current = []
        current.append(word)
    if current:
        lines.append(_line(current, number, height))
    return lines, cells, len(page.chars)


def _is_real_table(rows: list[list[str]]) -> bool:
    """Ruling lines that frame text cell by cell; not a box around a paragraph that the finder cut into fragments."""
    filled = [cell for row in rows for cell in row if cell]
    if len(filled) < 2 or len(rows[0]) < 2:
        return False
    fragments = sum(1 for cell in filled if len(cell) <= 3 and not cell.replace(",", "").replace("-", "").isdigit())
    return fragments <= 0.15 * len(filled) and len(filled) / len(rows) <= 8


def _inside(word: dict, box) -> bool:
    x0, top, x1, bottom = box
    middle_x, middle_y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return x0 <= middle_x <= x1 and top <= middle_y <= bottom


def _line(words: list[dict], page: int, height: float) -> _Line:
    words.sort(key=lambda w: w["x0"])
    size = max(round(float(w["size"]) * 2) / 2 for w in words)
    top, bottom = min(w["top"] for w in words), max(w["bottom"] for w in words)
    return _Line(page, " ".join(w["text"] for w in words), size, all(_BOLD.search(w["fontname"] or "") for w in words),
                 top, bottom, min(w["x0"] for w in words), top < 0.08 * height or bottom > 0.93 * height)


def _without_running_lines(lines: list[_Line], pages: int) -> list[_Line]:
    """Lines in the top or bottom margin that recur on many pages (headers, footers), and bare page numbers there."""
    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower()).strip()

    on_pages: dict[str, set[int]] = {}
    for line in lines:
        if line.in_margin:
            on_pages.setdefault(key(line), set()).add(line.page)
    threshold = max(2, int(0.4 * pages))
    running = {k for k, p in on_pages.items() if len(p) >= threshold}
    return [line for line in lines
            if not (line.in_margin and (key(line) in running or _PAGE_NUMBER.match(line.text.strip())))]


def _clean(text: str) -> str:
    text = re.sub(r"(\w)-\n(?=[a-zåäö])", r"\1", text)
    return re.sub(r"[ \t]+", " ", re.sub(r"\s*\n\s*", " ", text)).strip()


def _blocks(lines: list[_Line], tables: dict[int, list], file: str) -> list[Block]:
    weights: Counter[tuple[float, bool]] = Counter()
    for line in lines:
        weights[(line.size, line.bold)] += len(line.text)
    body_size, body_bold = weights.most_common(1)[0][0] if weights else (10.0, False)

    def is_heading(line: _Line) -> bool:
        text = line.text.strip()
        if len(text) > 120 or len(text) < 2 or not re.search(r"[A-Za-zÅÄÖåäö]{2}", text) or _PAGE_NUMBER.match(text):
            return False
        if line.size >= body_size + 1.5:
            return True
        return line.bold and not body_bold and line.size >= body_size - 0.5 and not text.endswith((",", ";"))

    blocks: list[Block] = []
    section = heading = None
    numbered_size = 0.0  # font size of the last numbered heading: a smaller unnumbered one is its subheading
    paragraph: list[_Line] = []
    row = 0
    pending_tables = {page: sorted(found, key=lambda t: t[0]) for page, found in tables.items()}

    def flush() -> None:
        if paragraph:
            text = _clean("\n".join(line.text for line in paragraph))
            if text:
                blocks.append(Block(file, paragraph[0].page, section, heading, text, "stycke"))
            paragraph.clear()

    def emit_tables(page: int, above: float | None) -> None:
        nonlocal row
        found = pending_tables.get(page, [])
        while found and (above is None or found[0][0] <= above):
            flush()
            for cells in found.pop(0)[1]:
                row += 1
                for cell in cells:
                    if cell:
                        blocks.append(Block(file, page, section, heading, cell, "tabellcell", row))

    previous: _Line | None = None
    for line in lines:
        if previous is not None and previous.page != line.page:
            emit_tables(previous.page, None)
        emit_tables(line.page, line.top)
        if is_heading(line):
            flush()
            if blocks and blocks[-1].kind == "rubrik" and previous is not None and previous.page == line.page \
                    and (line.size, line.bold) == (previous.size, previous.bold) and line.top - previous.bottom < previous.size \
                    and not split_section_number(line.text)[0]:
                merged = blocks.pop().text + " " + line.text  # a heading that runs over two lines
            else:
                merged = line.text
            number, title = split_section_number(merged)
            if number:
                section, numbered_size = number, line.size
            elif line.size >= numbered_size:  # an unnumbered heading as large as the numbered ones starts a section
                section = None
            heading = title
            blocks.append(Block(file, line.page, section, heading, _clean(merged), "rubrik"))
        else:
            if paragraph and _BULLET.fullmatch(paragraph[-1].text.strip() + " ") and line.page == paragraph[-1].page:
                paragraph[-1] = _Line(**{**paragraph[-1].__dict__, "text": paragraph[-1].text.strip() + " " + line.text,
                                         "bottom": line.bottom})
                previous = line
                continue
            starts_item = bool(_BULLET.match(line.text))
            if paragraph and (line.page != paragraph[-1].page or starts_item
                              or line.top - paragraph[-1].bottom > 0.9 * max(paragraph[-1].size, 1)):
                flush()
            paragraph.append(line)
        previous = line
    flush()
    for page in sorted(pending_tables):
        emit_tables(page, None)
    return blocks
