"""Columns of a ``pdftotext -layout`` page put into reading order.

A ``-layout`` rendering prints the columns of a page side by side, separated by runs of
spaces, each piece of text at the place of a character grid its left edge stands over (a
Han character takes one place there, not the two a terminal shows: places are counted in
characters when that lines the page's cells up better, else in display columns), so a
column's edge moves by a few places from line to line, and text whose baseline is a little
off its neighbours' takes a line of its own (side-by-side articles print on alternate
lines). The page is read as a reader reads a broadsheet, by cutting it into rectangles (an
XY cut): a region splits first into rows of articles at blank gaps across it with body text
above and below; else into columns at bands of places blank on every line (neighbouring
columns whose bodies start together read under the headings over them); else into blocks
at lines blank across it; else into the columns its lines of cells show (the most columns
that several lines split into, each from its median edges), cut into sections at lines
whose text runs across columns (a headline over several); else at bands blank on most
lines. Each part is read the same way, columns left to right and blocks and sections top
to bottom. Blank lines that are only another column's lines between a column's are left
out.

The result is a sequence of :class:`~paper_parser.text.Line` s in reading order: each is a
cell (a column's part of one printed line, a span of the original) or a blank marker where
a column has nothing on that printed line (an empty span). Nothing here knows newspapers.
"""

from __future__ import annotations

import bisect
import itertools
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from paper_parser import _rx
from paper_parser._types import Span

__all__ = ["column_reading", "expand_tabs", "wide_count"]

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
_WIDE_RUN_RE = _rx.std_compile(f"[{_WIDE_RANGES}]+")
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


def _cells(text: str, start: int, end: int, wide: int) -> list[_Cell]:
    """The runs of text of one line separated by three or more spaces, with positions."""
    out: list[_Cell] = []
    col = 0
    pos = start
    line = text[start:end]
    for m in _CELL_RE.finditer(line):
        gap = line[pos - start : m.start()]
        col += len(gap) - gap.count("\f") + wide * wide_count(gap)  # a form feed takes no column
        c0 = col
        cell = m.group()
        col += len(cell) + wide * wide_count(cell)
        out.append(_Cell(start=start + m.start(), end=start + m.end(), col0=c0, col1=col))
        pos = start + m.end()
    return out


def _rows(text: str, lines: Sequence[tuple[int, int]]) -> tuple[list[list[_Cell]], int]:
    """The cells of each line, their places counted in the grid the text lines up in.

    ``pdftotext -layout`` places each piece of text at the character cell its left edge
    stands over, counting a cell a character whatever its width (a Han character takes
    one, not the two a terminal shows), so its columns start at the same count of
    characters line after line; text lined up by hand in a terminal or an editor lines
    up in display columns instead. The count whose cells (after each line's first) more
    often start where cells of two other lines start is taken; with it, the cells, and
    the columns a wide character takes (1 or 2)."""
    return _scored_rows(text, lines)[:2]


def _scored_rows(text: str, lines: Sequence[tuple[int, int]]) -> tuple[list[list[_Cell]], int, int]:
    """:func:`_rows` with its score: how many cells start where cells of two other lines
    start."""
    best: tuple[list[list[_Cell]], int, int] = ([], 1, -1)
    for wide in (0, 1):
        rows = [_cells(text, s, e, wide) for s, e in lines]
        starts: dict[int, int] = {}
        for cells in rows:
            for c in cells[1:]:
                starts[c.col0] = starts.get(c.col0, 0) + 1
        score = sum(n for n in starts.values() if n >= 3)
        if score > best[2]:
            best = (rows, 1 + wide, score)
        if text.isascii():
            break  # no wide character: both count alike
    return best


#: What a character counts for when a tool puts tabs for spaces, by the tools that count
#: so: a character (Python's ``str.expandtabs``), a display column (an editor, a
#: terminal), a byte of its UTF-8 form (GNU ``unexpand`` and ``expand`` without multibyte
#: support, as Debian ships them).
_TAB_UNITS = (
    len,
    lambda part: len(part) + wide_count(part),
    lambda part: len(part.encode("utf-8")),
)
_TAB_STOP = 8  # every tool that writes tabs for spaces sets them eight places apart


def expand_tabs(text: str) -> tuple[str, list[int]] | None:
    """``text`` with each tab written as the spaces it stands for, and for each character
    of that copy where it stands in ``text`` (one more entry: ``len(text)``), as
    :func:`paper_parser.text.respan` takes ``positions``: a tab's first space stands at the
    tab, its other spaces after it (a span ending in them takes the tab, one starting in
    them does not); ``None`` when ``text`` has no tab.

    A page laid out in columns by runs of spaces (``pdftotext -layout``) may be handed over
    with runs of spaces written as tabs (``unexpand``, an editor's setting): a tab moves on
    to the next multiple of eight places, so the columns still start at one place line
    after line once the tabs are written out again, counting places as the tool that wrote
    them counted (:data:`_TAB_UNITS`). Such a tool writes a tab wherever a run of two
    spaces or more reaches a stop, so under its count no such run is left: the count that
    leaves fewest is taken, then the one under which more cells line up (:func:`_rows`),
    then characters.

    >>> expand_tabs("ab\\tc\\n")
    ('ab      c\\n', [0, 1, 2, 3, 3, 3, 3, 3, 3, 4, 5])
    >>> expand_tabs("no tab") is None
    True
    """
    if "\t" not in text:
        return None
    best: tuple[str, list[int]] | None = None
    best_key = (1, 0)
    for unit in _TAB_UNITS:
        copy, where, left = _expanded(text, unit)
        lines = []
        pos = 0
        for line in copy.split("\n"):
            lines.append((pos, pos + len(line.rstrip("\r"))))
            pos += len(line) + 1
        key = (-left, _scored_rows(copy, lines)[2])
        if best is None or key > best_key:
            best, best_key = (copy, where), key
    return best


_SPACES_RE = _rx.compile(r"[ ]{2,}+")


def _expanded(text: str, unit: Callable[[str], int]) -> tuple[str, list[int], int]:
    """``text`` with its tabs written out as spaces to the next stop, places counted by
    ``unit``; the offsets the copy's characters come from; and how many runs of two spaces
    or more in ``text`` end at a stop."""
    out: list[str] = []
    where: list[int] = []
    left = pos = 0
    for line in text.split("\n"):
        col = 0
        for k, part in enumerate(line.split("\t")):
            if k:  # a tab before this part
                n = _TAB_STOP - col % _TAB_STOP
                out.append(" " * n)
                where.append(pos - 1)  # the tab
                where.extend([pos] * (n - 1))  # after it
                col += n
            if "  " in part:
                for m in _SPACES_RE.finditer(part):
                    left += (col + unit(part[: m.end()])) % _TAB_STOP == 0
            out.append(part)
            where.extend(range(pos, pos + len(part)))
            col += unit(part)
            pos += len(part) + 1
        out.append("\n")
        where.append(pos - 1)
    out.pop()  # no line feed after the last line
    where[-1] = len(text)
    return "".join(out), where, left


class _Region(NamedTuple):
    """A rectangle of the page: lines ``[top, bottom)`` and places ``[left, right)``."""

    top: int
    bottom: int
    left: int
    right: int


def _inside(rows: Sequence[list[_Cell]], r: _Region, i: int) -> list[_Cell]:
    """The cells of line ``i`` that stand inside the region's columns."""
    return [c for c in rows[i] if r.left <= c.col0 and c.col1 <= r.right]


class _Inside(NamedTuple):
    """What a region holds, read once for the tests made of it (each test used to read
    the region's cells again, and a region is tested up to five ways before it is cut):
    the cells of each of its lines (:func:`_inside`, from its top line on) and the extent
    its body text shares (:func:`_extent_of`)."""

    cells: list[list[_Cell]]
    extent: tuple[int, int] | None


def _read_inside(rows: Sequence[list[_Cell]], r: _Region) -> _Inside:
    cells = [_inside(rows, r, i) for i in range(r.top, r.bottom)]
    return _Inside(cells, _extent_of([c for line in cells for c in line]))


def _gutters(
    rows: Sequence[list[_Cell]], r: _Region, share: float, ins: _Inside
) -> list[tuple[int, int]]:
    """Separator bands ``[a, b)`` of the region: display columns blank in at least ``share``
    of its lines of text (all of them when ``share`` is 1), at least two wide, with text on
    both sides in at least :data:`_MIN_BOTH` of those lines (and two of them). ``ins`` is
    what the region holds (:func:`_read_inside`)."""
    textual = [cells for cells in ins.cells if cells]
    n = len(textual)
    if n < 2:
        return []
    covered = [0] * (r.right - r.left + 1)
    for cells in textual:
        for c in cells:
            for x in range(c.col0 - r.left, c.col1 - r.left):
                covered[x] += 1
    limit = (1 - share) * n
    # columns of body text may stand on alternate lines (:func:`_side_by_side`); headings
    # over them stand side by side only on one line
    reach = 1 if ins.extent else 0
    bands: list[tuple[int, int]] = []
    wide: set[int] = set()
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
            both = _side_by_side(rows, r, a, b, reach)
            if both >= max(2, _MIN_BOTH * n):
                bands.append((a, b))
            elif (
                both >= 2 and share == 1.0 and ins.extent and b - a >= ins.extent[1] - ins.extent[0]
            ):
                bands.append((a, b))
                wide.add(len(bands) - 1)
        x = y
    return _beside_body(ins, bands, wide) if wide else bands


def _beside_body(
    ins: _Inside, bands: list[tuple[int, int]], wide: set[int]
) -> list[tuple[int, int]]:
    """``bands`` less those of ``wide`` (bands blank on every line, as wide as a column of
    body text, with text on both sides on too few lines to be a gutter by that count)
    that have no body text (:func:`_extent_of`) in the strip on either side of them: such
    a band is no space a title or a byline spans, so it parts a column of body text from
    what stands beside it (a title of the next article over the page, say), however few
    lines do; between headings alone (a title centred, its byline flush left) it parts
    nothing."""
    lefts = [a for a, _ in bands]
    strips: list[list[_Cell]] = [[] for _ in range(len(bands) + 1)]
    for cells in ins.cells:
        for c in cells:
            strips[bisect.bisect_right(lefts, c.col0)].append(c)
    body = [_extent_of(cells) is not None for cells in strips]
    return [band for k, band in enumerate(bands) if k not in wide or body[k] or body[k + 1]]


def _side_by_side(rows: Sequence[list[_Cell]], r: _Region, a: int, b: int, reach: int) -> int:
    """How many lines of text of the region have text left of ``a`` and right of ``b`` on
    that line or one up to ``reach`` lines away: ``pdftotext -layout`` prints two columns
    whose baselines differ on lines of their own, one between the other's."""
    lefts = [
        any(r.left <= c.col0 < a and c.col1 <= r.right for c in rows[i])
        for i in range(r.top, r.bottom)
    ]
    rights = [
        any(b <= c.col0 and c.col1 <= r.right for c in rows[i]) for i in range(r.top, r.bottom)
    ]
    n = len(lefts)
    count = 0
    for k in range(n):
        if not (lefts[k] or rights[k]):
            continue
        near = range(max(0, k - reach), min(n, k + reach + 1))
        count += any(lefts[j] for j in near) and any(rights[j] for j in near)
    return count


#: What a line holds, in a region (:func:`_filled`): text there running to the right edge
#: of the region's body text (a full line), other text there, text only outside it, none.
_FULL, _TEXT, _ELSEWHERE, _EMPTY = 3, 2, 1, 0


def _filled(rows: Sequence[list[_Cell]], r: _Region, ins: _Inside, bottom: int) -> list[int]:
    """What each line ``[r.top, bottom)`` holds in the region (``ins``: what it holds,
    :func:`_read_inside`): :data:`_FULL`, :data:`_TEXT`, :data:`_ELSEWHERE` or
    :data:`_EMPTY`."""
    extent = ins.extent
    right = extent[1] - 2 if extent else r.right + 1
    out: list[int] = []
    for i in range(r.top, bottom):
        cells = ins.cells[i - r.top]
        if cells:
            out.append(_FULL if cells[-1].col1 >= right else _TEXT)
        else:
            out.append(_ELSEWHERE if rows[i] else _EMPTY)
    return out


def _rhythm(filled: Sequence[int]) -> set[int]:
    """The blank lines (indices into ``filled``, see :func:`_filled`) that do not part
    blocks of text: those of a gap between two lines of text no wider than one of the gaps
    next to it, and a single line blank here that holds text elsewhere on the page between
    two full lines (:data:`_FULL`: a paragraph or a heading ends or starts with a shorter
    one).
    ``pdftotext -layout`` prints text whose baseline is a little off its neighbours' on a
    line of its own, so side by side columns take lines of their own, one between the
    other's, and a column has a blank line wherever another's text took the line; only a
    gap wider than that rhythm, or blank across the page, ends a block."""
    texts = [k for k, f in enumerate(filled) if f >= _TEXT]
    gaps = [b - a - 1 for a, b in itertools.pairwise(texts)]
    out: set[int] = set()
    for j, g in enumerate(gaps):
        near = [gaps[m] for m in (j - 1, j + 1) if 0 <= m < len(gaps)]
        if (g > 0 and near and g <= min(near)) or (
            g == 1
            and filled[texts[j] + 1] == _ELSEWHERE
            and filled[texts[j]] == filled[texts[j + 1]] == _FULL
        ):
            out.update(range(texts[j] + 1, texts[j + 1]))
    return out


def _block_starts(filled: Sequence[int]) -> list[int]:
    """The lines (indices into ``filled``) where blocks of text start after a blank gap
    that is not part of the text's rhythm (:func:`_rhythm`), and the first line of text."""
    rhythm = _rhythm(filled)
    return [
        k
        for k, f in enumerate(filled)
        if f >= _TEXT and (k == 0 or filled[k - 1] < _TEXT) and (k - 1 not in rhythm)
    ]


#: A region holds body text when at least this many of its lines hold a cell of the same
#: extent (justified lines of one column end where they start), that many characters wide.
_BODY_LINES = 3
_BODY_WIDTH = 6
#: ... (for :func:`_body_line`, the lines of a column of body text whose row is cut from
#: the next: their right edges within a place of each other. ``pdftotext -layout`` counts
#: places in characters, so a justified line holding half-width figures or punctuation
#: takes a place more or less than its neighbours; a column only a few lines deep, the
#: last row of a page or one under a photo, has too few lines ending at one place.)
_BODY_SLACK = (-1, 0, 1)


def _body_line(r: _Region, ins: _Inside, order: Iterable[int]) -> int | None:
    """The line, of the region's lines taken in ``order``, with which those taken so far
    first hold body text (as :func:`_extent_of`, right edges within :data:`_BODY_SLACK` of
    each other); None when they never do (``ins``: what the region holds,
    :func:`_read_inside`)."""
    counts: dict[tuple[int, int], int] = {}
    for i in order:
        for c in ins.cells[i - r.top]:
            if c.col1 - c.col0 >= _BODY_WIDTH:
                counts[c.col0, c.col1] = counts.get((c.col0, c.col1), 0) + 1
                n = sum(counts.get((c.col0, c.col1 + d), 0) for d in _BODY_SLACK)
                if n >= _BODY_LINES:
                    return i
    return None


def _extent_of(cells: Sequence[_Cell]) -> tuple[int, int] | None:
    """The extent most of ``cells`` (:data:`_BODY_WIDTH` wide or more) share, when at least
    :data:`_BODY_LINES` do: the lines of a justified column of body text start and end at
    the same places, a headline's, kicker's or byline's lines rarely do. None when no
    extent is shared so (the cells hold no body text)."""
    counts: dict[tuple[int, int], int] = {}
    for c in cells:
        if c.col1 - c.col0 >= _BODY_WIDTH:
            counts[c.col0, c.col1] = counts.get((c.col0, c.col1), 0) + 1
    if not counts or max(counts.values()) < _BODY_LINES:
        return None
    return max(counts, key=lambda e: (counts[e], -e[0]))


def _runs_on(rows: Sequence[list[_Cell]], r: _Region) -> bool:
    """Whether most cells of the region's first line of text are full lines of a column of
    body text (each starting and ending, give or take two places, where at least
    :data:`_BODY_LINES` cells of the region do): text under a blank gap that opens with
    body lines goes on from the articles above it (under a photo, say); a new row of
    articles opens with its headings."""
    counts: dict[tuple[int, int], int] = {}
    first: list[_Cell] = []
    for i in range(r.top, r.bottom):
        cells = _inside(rows, r, i)
        if cells and not first:
            first = cells
        for c in cells:
            counts[c.col0, c.col1] = counts.get((c.col0, c.col1), 0) + 1
    extents = [e for e, n in counts.items() if n >= _BODY_LINES and e[1] - e[0] >= _BODY_WIDTH]
    full = sum(
        any(abs(c.col0 - a) <= 2 and abs(c.col1 - b) <= 2 for a, b in extents) for c in first
    )
    return 2 * full > len(first)


#: Blank lines that at least part two rows of articles: the space between them (margins
#: round a rule) is wider than a line, and wider than a blank line a text may set between
#: paragraphs or round a subheading.
_ROW_GAP = 2


#: Full stops, which end a paragraph's last line and never a headline.
_FULL_STOPS = frozenset("。．")


#: Lines by which the first lines of neighbouring columns of one article may stand apart:
#: ``pdftotext -layout`` puts a line on a line of its own when its baseline is a little
#: off its neighbours', so an article's columns can start a line or two lower each.
_STAIR = 2


def _body_top(rows: Sequence[list[_Cell]], r: _Region) -> int | None:
    """The line where the region's body text starts: the start of the block (lines
    between blank gaps, :func:`_block_starts`) holding the first cell of the extent most of
    its cells share (at least :data:`_BODY_LINES` of them), or of the line after a
    heading line set right above it. None when the region has no body text."""
    ins = _read_inside(rows, r)
    extent = ins.extent
    if extent is None:
        return None
    first = next(
        i
        for i in range(r.top, r.bottom)
        if any((c.col0, c.col1) == extent for c in ins.cells[i - r.top])
    )
    filled = _filled(rows, r, ins, first + 1)
    top = r.top + max(k for k in _block_starts(filled))
    # a line of the block that runs out of the body's extent (a first line is indented,
    # never longer) over the body: a heading set close above it
    while top < first:
        cells = ins.cells[top - r.top]
        if cells and all(c.col0 >= extent[0] - 2 and c.col1 <= extent[1] + 2 for c in cells):
            break
        top += 1
    return top


def _side_by_side_heads(rows: Sequence[list[_Cell]], p: _Region, q: _Region, top: int) -> bool:
    """Whether headings stand side by side in strips ``p`` and ``q`` (left to right) above
    line ``top``: a line of the band of text right above it holds text in both."""
    lo = min(p.top, q.top)
    both = p._replace(right=q.right)
    i = top - 1
    while i >= lo and not _inside(rows, both, i):
        i -= 1
    gap = 0
    while i >= lo and gap <= 1:
        if _inside(rows, p, i) and _inside(rows, q, i):
            return True
        gap = 0 if _inside(rows, both, i) else gap + 1
        i -= 1
    return False


def _head_stacks(rows: Sequence[list[_Cell]], head: _Region) -> tuple[int, list[tuple[int, int]]]:
    """The stacks of headings in ``head`` (the lines over a group of columns' body text),
    on its lines below the last line blank across the page over its last line of text
    (the first of them comes first): the extents ``[a, b)`` of cells standing over one
    another (each overlapping the extent of those above it), left to right, neighbours
    joined unless they share a line; none when those lines are fewer than two (a running
    head of a page). Headings of articles side by side share lines (``pdftotext -layout``
    gives each baseline a line of its own, so their lines alternate); a title and a byline
    set under it, one centred and one flush left, do not."""
    last = max((i for i in range(head.top, head.bottom) if rows[i]), default=head.top)
    start = head.top
    for i in range(head.top, last):
        if not rows[i]:
            start = i + 1
    found = sorted(
        (c.col0, c.col1, i) for i in range(start, head.bottom) for c in _inside(rows, head, i)
    )
    if len({i for _, _, i in found}) < 2:  # one line (a running head): no stacks
        return start, []
    stacks: list[list[int]] = []  # [a, b, first line, last line]
    for a, b, i in found:
        if stacks and a < stacks[-1][1]:
            st = stacks[-1]
            st[1], st[2], st[3] = max(st[1], b), min(st[2], i), max(st[3], i)
        else:
            stacks.append([a, b, i, i])
    out: list[list[int]] = []
    for st in stacks:
        if out and (st[2] > out[-1][3] or st[3] < out[-1][2]):  # no line shared: one stack
            prev = out[-1]
            prev[1], prev[2], prev[3] = st[1], min(prev[2], st[2]), max(prev[3], st[3])
        else:
            out.append(st)
    return start, [(a, b) for a, b, _, _ in out]


def _split_columns(r: _Region, bands: Sequence[tuple[int, int]]) -> list[_Region]:
    edges = [r.left, *(b for _, b in bands)]
    rights = [*(a for a, _ in bands), r.right]
    return [_Region(r.top, r.bottom, lo, hi) for lo, hi in zip(edges, rights, strict=True)]


def _crosses(cells: Sequence[_Cell], bands: Sequence[tuple[int, int]]) -> bool:
    """Whether a cell runs across a band, or stands inside it: no column cut at the band
    would hold it (its text would be lost)."""
    return any(
        (c.col0 < a and c.col1 > b) or a <= c.col0 < c.col1 <= b for c in cells for a, b in bands
    )


def _narrowed(
    lines: Sequence[Sequence[_Cell]], bands: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The bands (blank on most lines, not all) narrowed to leave out the cells that reach
    into them from one side (a line of a column a place or two wider than the others), so
    that the column on that side holds them; a band narrowed to nothing is dropped."""
    out: list[tuple[int, int]] = []
    for a, b in bands:
        lo, hi = a, b
        for cells in lines:
            for c in cells:
                if c.col0 < a < c.col1 <= b:
                    lo = max(lo, c.col1)
                elif a <= c.col0 < b < c.col1:
                    hi = min(hi, c.col0)
        if lo < hi:
            out.append((lo, hi))
    return out


#: A region is read as columns when at least this many of its lines (and this share of its
#: lines of text) hold one cell per column.
_GRID_LINES = 3
_GRID_SHARE = 0.3


def _grid(ins: _Inside) -> list[tuple[int, int]] | None:
    """The columns of a region whose gutters do not line up from line to line (a
    ``-layout`` rendering places each line's text where its characters stand, so a
    column's edge moves by a few places from line to line): the most columns that at least
    :data:`_GRID_LINES` lines (and :data:`_GRID_SHARE` of the lines of text) split into,
    each column from its median left and right edge on those lines. None when there are
    not two such columns, or they overlap (``ins``: what the region holds)."""
    textual = [cells for cells in ins.cells if cells]
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
    text: str, cells: Sequence[_Cell], extents: Sequence[tuple[int, int]], wide: int
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
                        _Cell(
                            start=start,
                            end=end,
                            col0=col0,
                            col1=col0 + _width(text, start, end, wide),
                        )
                    )
                start, col0 = k + 1, col + 1
            elif ch == " " and start == k:
                start, col0 = k + 1, col + 1
            col += 1 + (wide * wide_count(ch) if not ch.isascii() else 0)
        if start < c.end:
            out.append(_Cell(start=start, end=c.end, col0=col0, col1=c.col1))
    return out


def _width(text: str, start: int, end: int, wide: int) -> int:
    part = text[start:end]
    return len(part) + wide * wide_count(part)


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

    def __init__(
        self, text: str, lines: Sequence[tuple[int, int]], rows: list[list[_Cell]], wide: int
    ):
        self.text = text
        self.wide = wide
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
        # (what the region holds, and what each of its lines holds, read once for the tests)
        ins = _read_inside(self.rows, r)
        filled = _filled(self.rows, r, ins, r.bottom)
        if self.article_rows(r, ins, filled):
            return
        bands = _gutters(self.rows, r, 1.0, ins)
        if bands:
            self.cut = True
            self.strips(_split_columns(r, bands))
            return
        if self.blocks(r, filled) or self.grid(r, ins) or self.sections(r, ins):
            return
        self.emit_rows(list(zip(range(r.top, r.bottom), ins.cells, strict=True)))  # a leaf

    def grid(self, r: _Region, ins: _Inside) -> bool:
        """Read the region as the columns its lines of cells show (:func:`_grid`): section
        by section between lines that run across columns, column after column in each."""
        extents = _grid(ins)
        if extents is None:
            return False
        self.cut = True
        # (line, its cells in the region, the column of each cell)
        section: list[tuple[int, list[_Cell], list[int]]] = []

        def flush() -> None:
            for k in range(len(extents)):
                self.emit_rows(
                    [
                        (i, [c for c, col in zip(cells, cols, strict=True) if col == k])
                        for i, cells, cols in section
                    ]
                )
            section.clear()

        for i in range(r.top, r.bottom):
            cells = ins.cells[i - r.top]
            cols = _columns_of(cells, extents)
            if cols is None:  # two columns' text set one or two spaces apart?
                split = _split_at_gutters(self.text, cells, extents, self.wide)
                cols = _columns_of(split, extents)
                cells = split if cols is not None else cells
            if cols is None:  # runs across columns: a headline over them
                flush()
                self.emit_apart(i, cells)
            elif not any(x for _, x, _ in section) and self.over_columns(r, ins, i, extents):
                self.emit(i, cells)  # (a title over columns that start under it)
            else:
                section.append((i, cells, cols))
        flush()
        return True

    def over_columns(
        self, r: _Region, ins: _Inside, i: int, extents: Sequence[tuple[int, int]]
    ) -> bool:
        """Whether line ``i``, the first with text in its section, is one cell with no
        full stop at its end right over a line with a cell in every column: a title over
        the columns whose text starts under it (a title in large type takes fewer places
        than it spans, so it may seem to stand over one column only), read before them.
        A column's text that starts a line higher than the next column's has no column
        beside it on its next line either (side-by-side articles print on alternate
        lines)."""
        cells = ins.cells[i - r.top]
        if len(cells) != 1 or i + 1 >= r.bottom or self.text[cells[0].end - 1] in _FULL_STOPS:
            return False
        below = ins.cells[i + 1 - r.top]
        return len(below) == len(extents) and _columns_of(below, extents) == list(
            range(len(extents))
        )

    def sections(self, r: _Region, ins: _Inside) -> bool:
        """Cut the region at lines running across a band blank on most of its lines."""
        bands = _narrowed(ins.cells, _gutters(self.rows, r, _MIN_SHARE, ins))
        if not bands:
            return False
        crossing = [i for i in range(r.top, r.bottom) if _crosses(ins.cells[i - r.top], bands)]
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

    def strips(self, parts: Sequence[_Region]) -> None:
        """Read the strips of a region cut at gutters blank on every line, left to right, in
        the groups of :meth:`groups`: a group with body text reads the lines above its body,
        across it, first (its headings), then each strip's body; one without reads its
        lines in turn (headings one under another)."""
        tops = [_body_top(self.rows, p) for p in parts]
        for j, k in self.groups(parts, tops):
            group = parts[j:k]
            whole = group[0]._replace(right=group[-1].right)
            if len(group) == 1:
                self.read(group[0])
            elif tops[j] is None:
                self.leaf(whole)
            else:
                top = min(t for t in tops[j:k] if t is not None)
                if top > whole.top:  # headings over the group, line by line
                    self.headed(group, whole._replace(bottom=top))
                else:
                    for part in group:
                        self.read(part._replace(top=top))

    def headed(self, group: Sequence[_Region], head: _Region) -> None:
        """Read a group of strips under the headings of ``head`` (the lines over their
        body text): the headings, then each strip's body; or, when the headings stand in
        stacks side by side (:func:`_head_stacks`), stack after stack, each with the
        strips under it (those right of where it starts, up to the next stack's start). A
        title is centred over the columns of its article, or set flush left over them, so
        it starts over the article's first column: ``pdftotext -layout`` sets a title at
        the place its left edge stands over, but its characters take one place each
        whatever their size, so where it ends tells little."""
        start, stacks = _head_stacks(self.rows, head)
        if len(stacks) < 2:
            self.leaf(head)
            for part in group:
                self.read(part._replace(top=head.bottom))
            return
        if start > head.top:  # lines above a line blank across the page (a running head)
            self.leaf(head._replace(bottom=start))
        k = 0  # (strips and stacks both run left to right: one pass over each)
        for n, (a, b) in enumerate(stacks):
            self.leaf(_Region(start, head.bottom, a, b))
            after = stacks[n + 1][0] if n + 1 < len(stacks) else None
            while k < len(group) and (after is None or group[k].right <= after):
                self.read(group[k]._replace(top=head.bottom))
                k += 1

    def groups(self, parts: Sequence[_Region], tops: Sequence[int | None]) -> list[tuple[int, int]]:
        """Runs ``[j, k)`` of neighbouring strips read as one. Strips whose body text starts
        on about the same line (:func:`_body_top`, :data:`_STAIR`) are columns of one
        article under one heading (a headline centred over them sits in one strip only),
        unless headings stand side by side over them or a line over a strip's body ends a
        sentence (the tail of a paragraph: a headline has no full stop). Strips with no
        body text that share no line are headings one under another."""
        out: list[tuple[int, int]] = []
        j = 0
        while j < len(parts):
            k = j + 1
            while (
                k < len(parts)
                and (a := tops[k - 1]) is not None
                and (b := tops[k]) is not None
                and abs(b - a) <= _STAIR
                and not _side_by_side_heads(self.rows, parts[k - 1], parts[k], min(a, b))
                and not self.sentence_over(parts[k], min(a, b))
            ):
                k += 1
            while (
                k < len(parts)
                and tops[k - 1] is None
                and tops[k] is None
                and not _side_by_side(
                    self.rows,
                    parts[k - 1]._replace(right=parts[k].right),
                    parts[k - 1].right,
                    parts[k].left,
                    0,
                )
            ):
                k += 1
            out.append((j, k))
            j = k
        return out

    def sentence_over(self, r: _Region, top: int) -> bool:
        """Whether a line of the region above line ``top`` ends with a full stop."""
        return any(
            self.text[c.end - 1] in _FULL_STOPS
            for i in range(r.top, top)
            for c in _inside(self.rows, r, i)
        )

    def article_rows(self, r: _Region, ins: _Inside, filled: list[int]) -> bool:
        """Cut the region at blank gaps across it, :data:`_ROW_GAP` lines or more, that have
        body text (:func:`_extent_of`) both above and below, unless body lines run on
        under the gap (:func:`_runs_on`): rows of articles, read one after the other before
        any column of them (a gutter between two columns may run on from one row of
        articles into the next, and cutting there first would read one article's columns
        apart). ``ins`` and ``filled``: what the region and each of its lines hold."""
        starts = _block_starts(filled)
        # the last line that body text below it may start at, the first that ends body
        # text above (each found in one pass: a page of many blocks stays linear)
        last = _body_line(r, ins, range(r.bottom - 1, r.top - 1, -1))
        first = _body_line(r, ins, range(r.top, r.bottom))
        cuts: list[int] = []
        for n, k in enumerate(starts[1:], 1):
            at = r.top + k
            if last is None or first is None or at > last:
                break
            if max(filled[k - _ROW_GAP : k]) >= _TEXT or first >= at:
                continue  # one blank line (between paragraphs, round a subheading)
            end = r.top + starts[n + 1] if n + 1 < len(starts) else r.bottom
            if not _runs_on(self.rows, r._replace(top=at, bottom=end)):
                cuts.append(at)
                first = _body_line(r, ins, range(at, r.bottom))
        if not cuts:
            return False
        self.cut = True
        for a, b in zip([r.top, *cuts], [*cuts, r.bottom], strict=True):
            self.read(r._replace(top=a, bottom=b))
        return True

    def blocks(self, r: _Region, filled: list[int]) -> bool:
        """Cut the region into blocks at its blank lines (a line blank across all of its
        columns ends a row of articles: newspaper columns run on without blank lines);
        ``filled``: what each of its lines holds (:func:`_filled`)."""
        starts = [r.top + k for k in _block_starts(filled)]
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
        self.emit_rows([(i, _inside(self.rows, r, i)) for i in range(r.top, r.bottom)])

    def emit_rows(self, rows: Sequence[tuple[int, Sequence[_Cell]]]) -> None:
        """Lines of one column in turn, leaving out the blank lines of its rhythm (see
        :func:`_block_starts`): a blank marker stands only for a wider gap."""
        extent = _extent_of([c for _, cells in rows for c in cells])
        right = extent[1] - 2 if extent else 1 << 30
        rhythm = _rhythm(
            [
                (_FULL if cells[-1].col1 >= right else _TEXT)
                if cells
                else _ELSEWHERE
                if self.rows[i]
                else _EMPTY
                for i, cells in rows
            ]
        )
        for k, (i, cells) in enumerate(rows):
            if k not in rhythm:
                self.emit_apart(i, cells)  # (what is read whole: each cell apart)

    def emit_apart(self, i: int, cells: Sequence[_Cell]) -> None:
        """Line ``i``'s ``cells``, each a line of its own: text set three places apart or
        more on one line of a region read whole is text of neighbouring columns or
        articles (two titles side by side, a byline beside the next column's first
        line), not one line of text; one line with all of them, each cell's text would
        be read into the other's. Cells of one character each are one word letter-spaced
        (a title or label in large type), kept one line."""
        if len(cells) < 2 or all(c.end - c.start == 1 for c in cells):
            self.emit(i, cells)
            return
        for c in cells:
            self.emit(i, [c])

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
    rows, width_of_wide = _rows(text, lines)
    width = max((c.col1 for cells in rows for c in cells), default=0)
    if sum(1 for cells in rows if cells) < 5:
        return None
    reader = _Reader(text, lines, rows, width_of_wide - 1)
    reader.read(_Region(0, len(rows), 0, width + 1))
    return reader.out if reader.cut else None
