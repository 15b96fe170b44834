"""Columns of a ``pdftotext -layout`` page put into reading order.

A ``-layout`` rendering prints the columns of a page side by side, separated by runs of
spaces, each line's text where its characters stand, so a column's edge moves by a few
places from line to line. The page is read as a reader reads a broadsheet, by cutting it
into rectangles (an XY cut): a region splits into columns at bands of display columns blank
on every line; else into blocks at lines blank across it (rows of articles); else into the
columns its lines of cells show (the most columns that several lines split into, each from
its median edges), cut into sections at lines whose text runs across columns (a headline
over several); else at bands blank on most lines. Each part is read the same way, columns
left to right and blocks and sections top to bottom.

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


class _Region(NamedTuple):
    """A rectangle of the page: lines ``[top, bottom)`` and display columns ``[left, right)``."""

    top: int
    bottom: int
    left: int
    right: int


def _inside(rows: Sequence[list[_Cell]], r: _Region, i: int) -> list[_Cell]:
    """The cells of line ``i`` that stand inside the region's columns."""
    return [c for c in rows[i] if r.left <= c.col0 and c.col1 <= r.right]


def _gutters(rows: Sequence[list[_Cell]], r: _Region, share: float) -> list[tuple[int, int]]:
    """Separator bands ``[a, b)`` of the region: display columns blank in at least ``share``
    of its lines of text (all of them when ``share`` is 1), at least two wide, with text on
    both sides in at least :data:`_MIN_BOTH` of those lines (and two of them)."""
    textual = [cells for i in range(r.top, r.bottom) if (cells := _inside(rows, r, i))]
    n = len(textual)
    if n < 2:
        return []
    covered = [0] * (r.right - r.left + 1)
    for cells in textual:
        for c in cells:
            for x in range(c.col0 - r.left, c.col1 - r.left):
                covered[x] += 1
    limit = (1 - share) * n
    bands: list[tuple[int, int]] = []
    x, width = 0, r.right - r.left
    while x < width:
        if covered[x] > limit:
            x += 1
            continue
        y = x
        while y < width and covered[y] <= limit:
            y += 1
        a, b = r.left + x, r.left + y
        if x > 0 and y < width and b - a >= 2:
            both = sum(
                1 for cells in textual if cells[0].col0 < a and any(c.col0 >= b for c in cells)
            )
            if both >= max(2, _MIN_BOTH * n):
                bands.append((a, b))
        x = y
    return bands


def _split_columns(r: _Region, bands: Sequence[tuple[int, int]]) -> list[_Region]:
    edges = [r.left, *(b for _, b in bands)]
    rights = [*(a for a, _ in bands), r.right]
    return [_Region(r.top, r.bottom, lo, hi) for lo, hi in zip(edges, rights, strict=True)]


def _crosses(cells: Sequence[_Cell], bands: Sequence[tuple[int, int]]) -> bool:
    return any(c.col0 < a and c.col1 > b for c in cells for a, b in bands)


#: A region is read as columns when at least this many of its lines (and this share of its
#: lines of text) hold one cell per column.
_GRID_LINES = 3
_GRID_SHARE = 0.3


def _grid(rows: Sequence[list[_Cell]], r: _Region) -> list[tuple[int, int]] | None:
    """The columns of a region whose gutters do not line up from line to line (a
    ``-layout`` rendering places each line's text where its characters stand, so a
    column's edge moves by a few places from line to line): the most columns that at least
    :data:`_GRID_LINES` lines (and :data:`_GRID_SHARE` of the lines of text) split into,
    each column from its median left and right edge on those lines. None when there are
    not two such columns, or they overlap."""
    textual = [cells for i in range(r.top, r.bottom) if (cells := _inside(rows, r, i))]
    counts: dict[int, int] = {}
    for cells in textual:
        counts[len(cells)] = counts.get(len(cells), 0) + 1
    fits = [
        k for k, n in counts.items() if k >= 2 and n >= max(_GRID_LINES, _GRID_SHARE * len(textual))
    ]
    if not fits:
        return None
    k = max(fits)
    full = [cells for cells in textual if len(cells) == k]
    extents = [
        (
            sorted(c[j].col0 for c in full)[len(full) // 2],
            sorted(c[j].col1 for c in full)[len(full) // 2],
        )
        for j in range(k)
    ]
    if any(extents[j][1] >= extents[j + 1][0] for j in range(k - 1)):
        return None
    return extents


def _columns_of(cells: Sequence[_Cell], extents: Sequence[tuple[int, int]]) -> list[int] | None:
    """The column of each cell: the one whose middle half it overlaps most (the nearest by
    its left edge when it overlaps none); None when a cell covers the middle halves of two
    columns (it runs across them)."""
    out: list[int] = []
    for c in cells:
        best, best_overlap, cores = 0, -1, 0
        for j, (a, b) in enumerate(extents):
            q = (b - a) // 4
            overlap = min(c.col1, b - q) - max(c.col0, a + q)
            if overlap > 0:
                cores += overlap >= (b - a) // 2 - 1
            if overlap > best_overlap:
                best, best_overlap = j, overlap
        if cores >= 2:
            return None
        if best_overlap <= 0:
            best = min(range(len(extents)), key=lambda j: abs(extents[j][0] - c.col0))
        out.append(best)
    return out


def _split_at_gutters(
    text: str, cells: Sequence[_Cell], extents: Sequence[tuple[int, int]]
) -> list[_Cell]:
    """``cells`` with each cell that runs over a gutter between two columns cut at a space
    standing in that gutter (give or take two places): a line whose text runs long (half-width
    figures, punctuation hung past the edge) comes within one or two spaces of the next
    column's, too close for a cell of its own. A headline over the columns has no space there."""
    out: list[_Cell] = []
    for c in cells:
        cuts = [
            (extents[j][1] - 2, extents[j + 1][0] + 2)
            for j in range(len(extents) - 1)
            if c.col0 < extents[j][1] and extents[j + 1][0] < c.col1
        ]
        if not cuts:
            out.append(c)
            continue
        start, col0, col = c.start, c.col0, c.col0
        for k in range(c.start, c.end):
            ch = text[k]
            if ch == " " and start < k and any(a <= col <= b for a, b in cuts):
                end = k
                while end > start and text[end - 1] == " ":
                    end -= 1
                if end > start:
                    out.append(
                        _Cell(start=start, end=end, col0=col0, col1=col0 + _width(text, start, end))
                    )
                start, col0 = k + 1, col + 1
            elif ch == " " and start == k:
                start, col0 = k + 1, col + 1
            col += 1 + (wide_count(ch) if not ch.isascii() else 0)
        if start < c.end:
            out.append(_Cell(start=start, end=c.end, col0=col0, col1=c.col1))
    return out


def _width(text: str, start: int, end: int) -> int:
    part = text[start:end]
    return len(part) + wide_count(part)


#: How deep regions are cut inside each other at most; deeper, a region is read line by line
#: (a printed page nests a few levels: page, row of articles, article, columns; a text built
#: to nest without end must not exhaust the stack).
_MAX_DEPTH = 24


class _Reader:
    """Reads a page's regions recursively (an XY cut): a region splits into columns at bands
    blank on every line; else into blocks at its blank lines; else into the columns its
    lines of cells show; else into sections at lines that run across a band blank on most
    lines (a headline over several columns). Each part is read the same way, columns left
    to right, blocks and sections top to bottom."""

    def __init__(self, text: str, lines: Sequence[tuple[int, int]], rows: list[list[_Cell]]):
        self.text = text
        self.lines = lines
        self.rows = rows
        self.out: list[tuple[Span, bool]] = []
        self.cut = False  # whether any region was read as columns
        self.depth = 0  # regions being read, one inside the other

    def read(self, r: _Region) -> None:
        if r.bottom - r.top < 2 or self.depth >= _MAX_DEPTH:
            self.leaf(r)
            return
        self.depth += 1
        try:
            self._cut(r)
        finally:
            self.depth -= 1

    def _cut(self, r: _Region) -> None:
        bands = _gutters(self.rows, r, 1.0)
        if bands:
            self.cut = True
            for part in _split_columns(r, bands):
                self.read(part)
            return
        if self.blocks(r) or self.grid(r) or self.sections(r):
            return
        self.leaf(r)

    def grid(self, r: _Region) -> bool:
        """Read the region as the columns its lines of cells show (:func:`_grid`): section
        by section between lines that run across columns, column after column in each."""
        extents = _grid(self.rows, r)
        if extents is None:
            return False
        self.cut = True
        # (line, its cells in the region, the column of each cell)
        section: list[tuple[int, list[_Cell], list[int]]] = []

        def flush() -> None:
            for k in range(len(extents)):
                for i, cells, cols in section:
                    self.emit(i, [c for c, col in zip(cells, cols, strict=True) if col == k])
            section.clear()

        for i in range(r.top, r.bottom):
            cells = _inside(self.rows, r, i)
            cols = _columns_of(cells, extents)
            if cols is None:  # two columns' text set one or two spaces apart?
                split = _split_at_gutters(self.text, cells, extents)
                cols = _columns_of(split, extents)
                cells = split if cols is not None else cells
            if cols is None:  # runs across columns: a headline over them
                flush()
                self.emit(i, cells)
            else:
                section.append((i, cells, cols))
        flush()
        return True

    def sections(self, r: _Region) -> bool:
        """Cut the region at lines running across a band blank on most of its lines."""
        bands = _gutters(self.rows, r, _MIN_SHARE)
        if not bands:
            return False
        crossing = [i for i in range(r.top, r.bottom) if _crosses(_inside(self.rows, r, i), bands)]
        if not crossing:  # most lines leave a band blank and none crosses it: columns
            self.cut = True
            for part in _split_columns(r, bands):
                self.read(part)
            return True
        top = r.top
        for i in crossing:
            if top < i:
                self.read(r._replace(top=top, bottom=i))
            self.leaf(r._replace(top=i, bottom=i + 1))
            top = i + 1
        if top < r.bottom:
            self.read(r._replace(top=top))
        return True

    def blocks(self, r: _Region) -> bool:
        """Cut the region into blocks at its blank lines (a line blank across all of its
        columns ends a row of articles: newspaper columns run on without blank lines)."""
        filled = [bool(_inside(self.rows, r, i)) for i in range(r.top, r.bottom)]
        starts = [
            r.top + k for k, full in enumerate(filled) if full and (k == 0 or not filled[k - 1])
        ]
        if len(starts) < 2:
            return False
        parts = [
            r._replace(top=a, bottom=b)
            for a, b in zip(starts, [*starts[1:], r.bottom], strict=True)
        ]
        if starts[0] > r.top:
            self.leaf(r._replace(bottom=starts[0]))
        for part in parts:
            self.read(part)
        return True

    def leaf(self, r: _Region) -> None:
        """Each line of the region in turn: its cells there as one span, or a blank."""
        for i in range(r.top, r.bottom):
            self.emit(i, _inside(self.rows, r, i))

    def emit(self, i: int, cells: Sequence[_Cell]) -> None:
        """Line ``i``'s ``cells`` as one span, or a blank marker at the line's start."""
        if cells:
            self.out.append((Span.of(self.text, cells[0].start, cells[-1].end), False))
        else:
            s = self.lines[i][0]
            self.out.append((Span.of(self.text, s, s), True))


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
    width = max((c.col1 for cells in rows for c in cells), default=0)
    if sum(1 for cells in rows if cells) < 5:
        return None
    reader = _Reader(text, lines, rows)
    reader.read(_Region(0, len(rows), 0, width + 1))
    return reader.out if reader.cut else None
