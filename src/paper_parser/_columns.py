"""Columns of a ``pdftotext -layout`` page put into reading order.

A ``-layout`` rendering prints the columns of a page side by side, separated by runs of
spaces. A column separator is a vertical band of display columns that is blank (a gap of
spaces, or past the end of the line) in most lines while text stands on both sides of it
in many. Lines whose text crosses a band (a headline over several columns) cut the page
into sections; inside a section each column is read top to bottom, left to right.

The result is a sequence of :class:`~paper_parser.text.Line` s in reading order: each is a
cell (a column's part of one printed line, a span of the original) or a blank marker where
a column has nothing on that printed line (an empty span). Nothing here knows newspapers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from paper_parser import _rx
from paper_parser._types import Span

__all__ = ["column_reading", "wide_count"]

# Display width (East Asian Width W or F counts two columns) without a call per character:
# ranges that are wide, and ranges that are not, in every Unicode version Python has shipped
# (tests/test_text.py checks both against unicodedata over every code point). Characters in
# neither are looked up one by one, so the count is exactly unicodedata's. The most common
# ranges come first: the regex module tries a class's ranges in order.
_WIDE_RANGES = (
    "\u4e00-\ua48c\u3000-\u303e\uff01-\uff60\u3041-\u3096\u3099-\u30ff\uac00-\ud7a3"
    "\u1100-\u115f\u2e80-\u2fff\u3105-\u312f\u3131-\u318e\u3190-\u31e3\u31f0-\u321e"
    "\u3220-\u3247\u3250-\u4dbf\uf900-\ufaff\ufe30-\ufe52\uffe0-\uffe6"
    "\U00020000-\U0002fffd\U00030000-\U0003fffd"
)
_NARROW_RANGES = "\x00-\u10ff\u2000-\u2064\u2100-\u218b\u2190-\u2319\u2460-\u25fc"
# Runs of wide characters: the standard library's engine scans this class about three times
# as fast as the regex module (it costs 1.6 ms more to compile); the rare others with regex,
# which compiles the negated class in a tenth of the time.
_WIDE_RUN_RE = re.compile(f"[{_WIDE_RANGES}]+")
_UNSURE_RE = _rx.compile(f"[^{_WIDE_RANGES}{_NARROW_RANGES}]")

_CELL_RE = _rx.compile(r"\S(?:[^\n]*?\S)??(?=[ ]{3,}+|[ ]*+$)")
_MIN_SHARE = 0.7  # a separator is blank in at least this share of the text lines
_MIN_BOTH = 0.25  # ... and has text on both sides in at least this share


class _Cell(NamedTuple):
    start: int  # offsets in the page
    end: int
    col0: int  # display columns from the line start
    col1: int


def wide_count(text: str) -> int:
    """How many characters of ``text`` are wide (East Asian Width ``W`` or ``F``)."""
    if text.isascii():
        return 0
    n = sum(map(len, _WIDE_RUN_RE.findall(text)))
    for ch in _UNSURE_RE.findall(text):
        if unicodedata.east_asian_width(ch) in "WF":
            n += 1
    return n


def _cells(text: str, start: int, end: int) -> list[_Cell]:
    """The runs of text of one line separated by three or more spaces, with positions."""
    out: list[_Cell] = []
    col = 0
    pos = start
    line = text[start:end]
    for m in _CELL_RE.finditer(line):
        gap = line[pos - start : m.start()]
        col += len(gap) - gap.count("\f") + wide_count(gap)  # a form feed takes no column
        c0 = col
        cell = m.group()
        col += len(cell) + wide_count(cell)
        out.append(_Cell(start=start + m.start(), end=start + m.end(), col0=c0, col1=col))
        pos = start + m.end()
    return out


def _bands(rows: Sequence[list[_Cell]]) -> list[tuple[int, int]]:
    """Separator bands ``[a, b)`` of display columns."""
    textual = [r for r in rows if r]
    if len(textual) < 5:
        return []
    width = max(c.col1 for r in textual for c in r)
    covered = [0] * (width + 1)
    for r in textual:
        for c in r:
            for x in range(c.col0, c.col1):
                covered[x] += 1
    n = len(textual)
    free = [covered[x] <= (1 - _MIN_SHARE) * n for x in range(width + 1)]
    bands: list[tuple[int, int]] = []
    x = 0
    while x <= width:
        if not free[x]:
            x += 1
            continue
        y = x
        while y <= width and free[y]:
            y += 1
        if x > 0 and y <= width and y - x >= 2:
            both = sum(
                1 for r in textual if any(c.col1 <= x for c in r) and any(c.col0 >= y for c in r)
            )
            if both >= _MIN_BOTH * n:
                bands.append((x, y))
        x = y
    return bands


def _column_of(cell: _Cell, bands: list[tuple[int, int]]) -> int | None:
    """The column a cell stands in, or ``None`` when it runs across a whole band (a
    headline over several columns). A cell may reach into a band: the band is where most
    lines are blank, not all."""
    k = 0
    for a, b in bands:
        if cell.col0 < a and cell.col1 > b:
            return None
        if cell.col0 >= a:
            k += 1
    return k


def column_reading(text: str, lines: Sequence[tuple[int, int]]) -> list[tuple[Span, bool]] | None:
    """The page's cells in reading order as ``(span, blank)`` pairs, or ``None`` when the
    lines show no column separators.

    ``lines`` are the ``(start, end)`` content ranges of the page's lines.

    >>> page = "\\n".join(["左一左一      右一右一", "左二左二      右二右二"] * 3)
    >>> import paper_parser.text as t
    >>> cells = column_reading(page, [(ln.span.start, ln.span.end) for ln in t.lines(page)])
    >>> [sp.text for sp, blank in cells if not blank][:4]
    ['左一左一', '左二左二', '左一左一', '左二左二']
    >>> [sp.text for sp, blank in cells if not blank][6:8]
    ['右一右一', '右二右二']
    """
    rows = [_cells(text, s, e) for s, e in lines]
    bands = _bands(rows)
    if not bands:
        return None
    out: list[tuple[Span, bool]] = []
    section: list[tuple[int, list[_Cell]]] = []  # (line index, cells) of one section

    def flush() -> None:
        for k in range(len(bands) + 1):
            for i, cells in section:
                mine = [c for c in cells if _column_of(c, bands) == k]
                if mine:
                    out.append((Span.of(text, mine[0].start, mine[-1].end), False))
                else:
                    s = lines[i][0]
                    out.append((Span.of(text, s, s), True))
        section.clear()

    for i, cells in enumerate(rows):
        if any(_column_of(c, bands) is None for c in cells):
            flush()
            s, e = cells[0].start, cells[-1].end
            out.append((Span.of(text, s, e), False))
            continue
        section.append((i, cells))
    flush()
    return out
