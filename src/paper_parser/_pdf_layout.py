"""Page geometry to reading order: glyphs -> lines -> blocks -> ordered blocks -> text.

Pure geometry, no PDF library: :mod:`paper_parser.pdf` reads the glyphs of a page (character,
box, baseline, type size, weight) and hands them here. Every decision is made from positions
and type sizes, never from the words:

1. **Lines.** Glyphs are taken row by row, left to right (a PDF may draw them in any
   order). Glyphs on one baseline, of one size and weight, closer than ``_RUN_GAP`` em
   (and than half an em past the run's letter spacing) make a run; a wider gap between
   two letters than the run's letter spacing is a space where no space glyph is drawn;
   runs on one baseline that sit in one column are one line (a byline printed
   ``本报记者  李心萍  郑智文`` with wide gaps stays one line, joined with spaces).
   Three or more glyphs set at one even pitch are one run however wide the pitch (a
   letter-spaced headline); heading type stacked one glyph to a line on one centre is a
   vertical (竖排) line, read top to bottom, a block of its own (two such stacks side by
   side are two vertical headlines, not rows of one heading, when body text stands right
   beside one of them).
2. **Column frames.** A justified column prints many lines that run from its left edge to its
   right edge. The (left, right) pairs that at least two lines share are the page's column
   frames (first-line indents undone: a frame found from indented lines starts where the
   column's other lines do, and is the column whose left edge lies an indent to its left
   with the same right edge); every line is put into the narrowest frame that holds
   it, the one with lines nearest to it when several do. A line no frame holds (a headline
   over several columns, a centred credit) is a frame of its own.
3. **Blocks.** Lines of one frame and one type style, each under the one before with no other
   line between them, are one block.
4. **Reading order.** A rule drawn across the page (under a running head) parts it: what
   is above is read first. Then a recursive XY cut (a body block no column frame holds
   counts as wide as the page's columns where that puts it under a heading set right
   above it): the region is cut at a clear gap, a vertical one
   only where it parts columns (not between a headline and the columns it is centred
   over, nor beside a heading that sits above the whole other side, nor one that leaves a
   headline group alone on a side), a horizontal one before a vertical one only where it
   parts rows of articles (each side opens with a heading under it), never between the
   parts of a headline group, nor between the columns a vertical headline heads: its
   own text and the columns across level with it, up to a rule drawn down a gutter, a
   heading or another vertical headline's text); pictures are
   obstacles and a drawn frame (a boxed brief's rule) holds its text together. What
   cannot be cut is ordered by T. M. Breuel's constraints: block ``a`` comes before block
   ``b`` when they overlap horizontally and ``a`` is above ``b``, or when ``a`` lies wholly
   left of ``b`` and they overlap vertically (columns side by side), ties top first.
5. **Paragraphs.** Inside a block a line indented from its frame's left edge, a line after a
   short line, or a line after a wider gap starts a paragraph (a block whose lines all
   start at one indent takes its left edge from what is set nearest above it in its
   column, or else from the page's column grid: one column pitch right of the column
   beside it, measured between the grid's columns: a boxed brief's text is set in from
   them by the box's padding). A punctuation mark hanging past the measure does not widen
   a block's right edge. A block whose last line runs to its frame's right edge goes on in
   the next body block of the same type when that one does not open indented (its first
   line starts at a column's left edge: one its lines show, or one the page's grid puts
   there, or, in a drawn frame, where columns as wide as the one before fill it): the
   paragraph that continues at the top of the next column. A one-column article whose
   lines show no right edge reaches as far right of its centred headline's centre as it
   starts left of it.
6. **Headings.** Body type is the size most glyphs have. Consecutive blocks (in reading
   order) set larger and stacked one under another are a heading group: the largest type
   is the headline (the bold one of one size), smaller type above it the kicker, below it
   the subtitle. Smaller type right under a picture is its caption (and photo credit), and
   so is body type there down to a credit set flush right. The running head (blocks side
   by side above the topmost rule across the page) is no heading, whatever its type. A
   headline set vertically is read before the text level with it.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Literal, NamedTuple

__all__ = [
    "Glyph",
    "LaidBlock",
    "LaidLine",
    "Layout",
    "Role",
    "lay_out",
]

#: What a block is on the page.
Role = Literal["kicker", "headline", "subtitle", "heading", "caption", "display", "body"]

# Distances in ems (of the larger type involved).
_RUN_GAP = 0.8  # a wider gap between two glyphs of a line ends a run
_SAME_BASE = 0.3  # baselines closer than this are one baseline
_WORD_GAP = 4.0  # runs of one baseline and one column this close are one line
_EDGE = 0.6  # an edge this close to a frame's edge is on it
_RAGGED = 1.2  # a right edge may stick out this far (hanging punctuation, ragged setting)
_SHORT = 1.0  # a line ending this far short of its block's right edge ends a paragraph
_INDENT_MAX = 4.5  # a left edge this close right of another (no gutter between) is an indent
_GUTTER_MAX = 4.0  # a gutter between two columns is no wider than this
_BLOCK_GAP = 1.6  # a wider vertical gap between two lines ends a block
_HEADING_RATIO = 1.12  # type this much larger than body type is heading type
_SAME_SIZE = 0.06  # sizes within this fraction are one size
_LETTER_SPACED = 3.0  # a heading's glyphs may be set this far apart at an even pitch
_FEW = 200  # fewer characters than this in a page's commonest size do not tell its body type


class Glyph(NamedTuple):
    """One printed character, in page coordinates (points, origin top left, y down).

    Attributes:
        char: The character.
        x0: Left edge.
        top: Top of the type's body (ascent).
        x1: Right edge.
        bottom: Bottom of the type's body (descent).
        base: The baseline.
        size: Type size in points (the font size scaled by the text matrix).
        bold: Set in a bold face (or stroked over to look bold).
    """

    char: str
    x0: float
    top: float
    x1: float
    bottom: float
    base: float
    size: float
    bold: bool


class LaidLine(NamedTuple):
    """A printed line: its glyphs in left-to-right order and its text.

    ``text`` is the glyphs' characters with one space where two runs of the line were set
    apart; ``x0s``/``x1s`` give each character's left and right edge (a space between runs
    spans the gap).
    """

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    base: float
    size: float
    bold: bool
    x0s: tuple[float, ...]
    x1s: tuple[float, ...]


class LaidBlock(NamedTuple):
    """A block in reading order.

    Attributes:
        lines: Its printed lines, top to bottom.
        role: ``"headline"``, ``"kicker"``, ``"subtitle"``, ``"heading"`` (larger or bolder
            type outside a headline group: a section head), ``"caption"``, ``"display"``
            (display type in a drawn frame: an advertisement, a notice; no article) or
            ``"body"``.
        paragraphs: For each paragraph of the block, the index of its first line.
        continues: Whether the block's first paragraph goes on from the last paragraph of
            the body block before it (a paragraph continued at the top of the next column).
        open_end: Whether the block's last line runs to its frame's right edge, so its last
            paragraph may go on in a later block (the next column, the next page).
        indented: Whether the block's first line is indented from its frame's left edge.
        frame: The column frame's left and right edges.
        column: Whether the frame is a column (shared by several lines), not the block's
            own extent.
    """

    lines: tuple[LaidLine, ...]
    role: Role
    paragraphs: tuple[int, ...]
    continues: bool
    open_end: bool
    indented: bool
    frame: tuple[float, float]
    column: bool


class Layout(NamedTuple):
    """A page laid out: its blocks in reading order and its body type size."""

    blocks: tuple[LaidBlock, ...]
    body_size: float


# --- 1. lines -------------------------------------------------------------------------------


class _Run(NamedTuple):
    glyphs: tuple[Glyph, ...]
    x0: float
    x1: float
    base: float
    size: float
    bold: bool


def _same_size(a: float, b: float) -> bool:
    return abs(a - b) <= _SAME_SIZE * max(a, b)


def _make_run(glyphs: list[Glyph]) -> _Run | None:
    while glyphs and glyphs[-1].char.isspace():
        glyphs.pop()
    if not glyphs:
        return None
    sizes = Counter(g.size for g in glyphs)
    return _Run(
        glyphs=tuple(glyphs),
        x0=glyphs[0].x0,
        x1=max(g.x1 for g in glyphs),
        base=glyphs[0].base,
        size=sizes.most_common(1)[0][0],
        bold=sum(g.bold for g in glyphs) * 2 > len(glyphs),
    )


def _even(cur: Sequence[Glyph], g: Glyph, nxt: Glyph | None, em: float) -> bool:
    """Whether ``g`` goes on ``cur`` at its letter spacing, however wide (up to
    ``_LETTER_SPACED`` em): a heading letter-spaced to fill its measure sets its glyphs at
    one even pitch, three or more of them (``nxt``, the glyph after ``g``, shows the pitch
    when ``cur`` is one glyph); a gutter between two columns comes once."""
    last = cur[-1]
    gap = g.x0 - last.x1
    if not 0 < gap <= _LETTER_SPACED * em or g.char.isspace() or last.char.isspace():
        return False
    gaps = [b.x0 - a.x1 for a, b in pairwise(cur)]
    if not gaps:
        if nxt is None or nxt.char.isspace() or abs(nxt.base - g.base) > _SAME_BASE * em:
            return False
        gaps = [nxt.x0 - g.x1]
    return all(abs(x - gap) <= 0.1 * em for x in gaps)


def _runs(glyphs: Iterable[Glyph]) -> list[_Run]:
    """Glyphs in row order cut into runs: one baseline, one style, no wide gap (wider than
    ``_RUN_GAP`` em, or half an em wider than the run's letter spacing so far: a stop
    hanging past a column all but touching the next column's line), unless the glyphs are
    set at one even pitch (a letter-spaced heading, :func:`_even`)."""
    out: list[_Run] = []
    cur: list[Glyph] = []
    spacing: float | None = None  # the widest gap of the run so far
    seq = list(glyphs)
    for k, g in enumerate(seq):
        if cur:
            last = cur[-1]
            em = max(g.size, last.size)
            gap = g.x0 - last.x1
            wide = _RUN_GAP * em
            spaced = last.char.isspace() or g.char.isspace()  # a space's box is no advance
            if spacing is not None and not spaced:
                wide = min(wide, spacing + 0.5 * em)
            if (
                abs(g.base - last.base) <= _SAME_BASE * em
                and _same_size(g.size, last.size)
                and g.bold == last.bold
                and (
                    -0.3 * em <= gap <= wide
                    or _even(cur, g, seq[k + 1] if k + 1 < len(seq) else None, em)
                )
            ):
                cur.append(g)
                if not spaced:
                    spacing = max(gap, spacing if spacing is not None else gap)
                continue
            run = _make_run(cur)
            if run is not None:
                out.append(run)
            cur, spacing = [], None
        if not g.char.isspace():
            cur.append(g)
    run = _make_run(cur)
    if run is not None:
        out.append(run)
    return out


def _in_rows(glyphs: Iterable[Glyph]) -> list[Glyph]:
    """The glyphs row by row (baselines within ``_SAME_BASE`` em of a row's first), each row
    left to right: the content order of a PDF need not be the reading order (a typesetting
    system may draw every glyph on its own, in any order)."""
    rows: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (g.base, g.x0)):
        if rows and g.base - rows[-1][0].base <= _SAME_BASE * g.size:
            rows[-1].append(g)
        else:
            rows.append([g])
    return [g for row in rows for g in sorted(row, key=lambda g: g.x0)]


def _spacing(r: _Run) -> float:
    """The widest gap between two characters of a run (its letter spacing, when justified)."""
    g = r.glyphs
    return max((b.x0 - a.x1 for a, b in pairwise(g)), default=0.0)


def _merge_runs(runs: list[_Run]) -> list[_Run]:
    """Runs of one baseline and style that touch (a PDF may draw a line in pieces) merged."""
    runs = sorted(runs, key=lambda r: (r.base, r.x0))
    out: list[_Run] = []
    i = 0
    while i < len(runs):
        j = i + 1
        while j < len(runs) and abs(runs[j].base - runs[i].base) <= _SAME_BASE * runs[i].size:
            j += 1
        row = sorted(runs[i:j], key=lambda r: r.x0)
        cur = row[0]
        for r in row[1:]:
            em = max(r.size, cur.size)
            # Pieces of one line are set as close as the characters inside them; a wider
            # gap is a gutter (a full line's hanging stop all but touching the next column).
            spacing = max(_spacing(cur), _spacing(r)) + 0.5 * em
            touching = -0.3 * em <= r.x0 - cur.x1 <= min(_RUN_GAP * em, spacing)
            if touching and _same_size(r.size, cur.size) and r.bold == cur.bold:
                cur = cur._replace(glyphs=cur.glyphs + r.glyphs, x1=max(cur.x1, r.x1))
            else:
                out.append(cur)
                cur = r
        out.append(cur)
        i = j
    return out


def _space_gap(r: _Run) -> float:
    """How wide a gap between two glyphs of run ``r`` is a space: 0.15 em wider than its
    usual letter spacing (the median gap), where a page draws no space glyph (only between
    letters, digits or Han characters: a punctuation mark's box need not be its width)."""
    gaps = sorted(b.x0 - a.x1 for a, b in pairwise(r.glyphs))
    usual = max(gaps[len(gaps) // 2], 0.0) if gaps else 0.0
    return usual + 0.15 * r.size


def _line(runs: Sequence[_Run]) -> LaidLine:
    chars: list[str] = []
    x0s: list[float] = []
    x1s: list[float] = []
    top = min(g.top for r in runs for g in r.glyphs)
    bottom = max(g.bottom for r in runs for g in r.glyphs)
    for k, r in enumerate(runs):
        if k:
            chars.append(" ")
            x0s.append(x1s[-1])
            x1s.append(r.x0)
        wide = _space_gap(r)
        for j, g in enumerate(r.glyphs):
            before = r.glyphs[j - 1]
            if j and g.x0 - before.x1 > wide and (before.char + g.char).isalnum():
                chars.append(" ")  # a space set as a gap (no space glyph drawn)
                x0s.append(before.x1)
                x1s.append(g.x0)
            chars.append(g.char)
            x0s.append(g.x0)
            x1s.append(g.x1)
    return LaidLine(
        text="".join(chars),
        x0=runs[0].x0,
        top=top,
        x1=max(r.x1 for r in runs),
        bottom=bottom,
        base=runs[0].base,
        size=runs[0].size,
        bold=runs[0].bold,
        x0s=tuple(x0s),
        x1s=tuple(x1s),
    )


# --- 2. column frames -----------------------------------------------------------------------


class _Frame(NamedTuple):
    left: float
    right: float
    column: bool  # found from lines that share it (False: a line's own extent)
    top: float = 0.0  # the first and last baselines of the lines found in it
    bottom: float = 0.0


def _cluster(values: Iterable[float], tol: float) -> list[float]:
    """Representative values of clusters of sorted values closer than ``tol``."""
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _snap(value: float, edges: Sequence[float], tol: float) -> float | None:
    k = bisect.bisect_left(edges, value - tol)
    if k < len(edges) and abs(edges[k] - value) <= tol:
        return edges[k]
    return None


def _frames(runs: Sequence[_Run], em: float) -> list[_Frame]:
    """Column frames: (left, right) pairs that at least two runs run across, indents undone
    (and a line of its own that is one of them unindented widens it).

    Pairs are taken most shared first. A pair that is a frame already taken give or take a
    ragged right edge (``_RAGGED`` em) or an indent is that frame (its left edge the
    leftmost). A pair that lines starting at its left edge run past, among the lines it
    spans from top to bottom, is short lines that happen to end alike, not a column.
    """
    tol = _EDGE * em
    lefts = _cluster((r.x0 for r in runs), tol / 2)
    rights = _cluster((r.x1 for r in runs), tol / 2)
    members: dict[tuple[float, float], list[_Run]] = {}
    for r in runs:
        left, right = _snap(r.x0, lefts, tol / 2), _snap(r.x1, rights, tol / 2)
        if left is not None and right is not None and right - left > 4 * r.size:
            members.setdefault((left, right), []).append(r)
    taken: list[list[float]] = []  # [left, right, top, bottom, lines] of each frame
    ranked = sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for (left, right), group in ranked:
        top, bottom = min(r.base for r in group), max(r.base for r in group)
        # One frame: its indents and ragged edge, on its own stretch of the page (a brief
        # set inside a column further down is a frame of its own).
        same = next(
            (
                f
                for f in taken
                if _same_frame(f, left, right, em) and _overlap(top, bottom, f[2], f[3]) > -6 * em
            ),
            None,
        )
        n = len(group)
        if n < 2 and same is None:
            continue  # a line of its own widens a frame found (a full line, unindented)
        if same is not None:
            same[0], same[2], same[3] = min(same[0], left), min(same[2], top), max(same[3], bottom)
            same[4] += n
        elif not _crossed(runs, group, left, right, em) and not any(
            abs(left - f[0]) <= _INDENT_MAX * em
            and right < f[1] - _RAGGED * em
            and (
                _overlap(top, bottom, f[2], f[3]) >= 0
                or left - f[0] >= 1.5 * em
                or (n < 3 and f[4] >= 3 * n)
            )
            for f in taken
        ):
            taken.append([left, right, top, bottom, n])
    # Whichever was taken first: a frame whose left edge is an indent inside a wider frame
    # and whose right edge falls short of it is indented short lines ending alike.
    kept = [
        g
        for g in taken
        if not any(
            1.5 * em <= g[0] - f[0] <= _INDENT_MAX * em and g[1] < f[1] - _RAGGED * em
            for f in taken
        )
    ]
    return [
        _Frame(g[0], g[1], column=True, top=g[2], bottom=g[3]) for g in _indents(kept, runs, em)
    ]


def _indents(taken: list[list[float]], runs: Sequence[_Run], em: float) -> list[list[float]]:
    """Frames found from indented first lines given their column's left edge: one an
    indent right of another frame's left edge with the same right edge is that column's
    (anywhere on the page: its first lines further down), and one that lines starting an
    indent to its left and ending inside it reach, on its own stretch of the page (the
    column's other lines, all short), starts where they start."""
    out: list[list[float]] = []
    for g in sorted(taken, key=lambda g: g[0]):
        f = next(
            (
                f
                for f in out
                if 1.5 * em <= g[0] - f[0] <= _INDENT_MAX * em and abs(g[1] - f[1]) <= _RAGGED * em
            ),
            None,
        )
        if f is not None:
            f[2], f[3], f[4] = min(f[2], g[2]), max(f[3], g[3]), f[4] + g[4]
            continue
        lefts = [
            r.x0
            for r in runs
            if g[2] - _BLOCK_GAP * em - em <= r.base <= g[3] + _BLOCK_GAP * em + em
            and 1.5 * em <= g[0] - r.x0 <= _INDENT_MAX * em
            and g[0] < r.x1 <= g[1] + _RAGGED * em
        ]
        out.append([min([g[0], *lefts]), *g[1:]])
    return out


def _crossed(
    runs: Sequence[_Run], group: Sequence[_Run], left: float, right: float, em: float
) -> bool:
    """Whether lines starting at ``left`` (or an indent to either side of it) run past
    ``right`` among the lines ``group`` spans from top to bottom (then ``right`` is where
    short lines happen to end, not an edge)."""
    # The lines of the stack just above and below count too (a short paragraph's lines
    # ending alike under a full line of its column).
    top = min(r.base for r in group) - _BLOCK_GAP * em - em
    bottom = max(r.base for r in group) + _BLOCK_GAP * em + em
    return any(
        left - _INDENT_MAX * em <= r.x0 <= left + _INDENT_MAX * em
        and top <= r.base <= bottom
        and r.x1 > right + _RAGGED * em
        for r in runs
    )


def _same_frame(f: list[float], left: float, right: float, em: float) -> bool:
    """Whether the pair (``left``, ``right``) is frame ``f`` with a ragged right edge, or
    its indented first lines, or (``f`` found from indented lines) its unindented ones
    (either with a right edge ragged by up to ``_RAGGED`` em: an indented line one
    character short)."""
    tol = _EDGE * em
    dl, dr = left - f[0], abs(right - f[1])
    if -tol <= dl <= tol or 1.5 * em <= dl <= _INDENT_MAX * em:
        return dr <= _RAGGED * em
    return -_INDENT_MAX * em <= dl < 0 and dr <= _RAGGED * em


def _frame_of(r: _Run, frames: Sequence[_Frame], em: float) -> _Frame:
    """The narrowest frame holding ``r``, one found on its own stretch of the page first
    (a brief inset in a column further down), else any (the page's column grid)."""
    tol = _EDGE * em
    best: _Frame | None = None
    best_key = (True, 0.0)
    for f in frames:
        holds = f.left - tol <= r.x0 and r.x1 <= f.right + _RAGGED * em and r.x0 < f.right - tol
        far = not f.top - 6 * em <= r.base <= f.bottom + 6 * em
        if far and tol < r.x0 - f.left < 1.5 * em:
            continue  # off the column's edge by less than an indent: inset (a boxed brief)
        key = (far, f.right - f.left)
        if holds and (best is None or key < best_key):
            best, best_key = f, key
    if best is None:  # a column found from its indented first lines holds its other lines
        best = next((f for f in frames if _unindented(r, f, em)), None)
    return best if best is not None else _Frame(r.x0, r.x1, column=False)


def _unindented(r: _Run, f: _Frame, em: float) -> bool:
    """Whether ``r`` (body type, on ``f``'s stretch of the page) starts an indent left of
    frame ``f`` and ends inside it: ``f`` was found from indented first lines (every other
    line of the column short), ``r`` starts at the column's real edge."""
    return (
        _same_size(r.size, em)
        and f.top - _BLOCK_GAP * em - em <= r.base <= f.bottom + _BLOCK_GAP * em + em
        and 1.5 * em <= f.left - r.x0 <= _INDENT_MAX * em
        and f.left < r.x1 <= f.right + _RAGGED * em
    )


def _join_rows(
    runs: list[_Run], frames: Sequence[_Frame], em: float
) -> list[tuple[_Frame, LaidLine]]:
    """Runs of one baseline, style and column frame joined into lines (with a space)."""
    runs = sorted(runs, key=lambda r: (r.base, r.x0))
    out: list[tuple[_Frame, LaidLine]] = []
    cur: list[_Run] = []
    cur_frame: _Frame | None = None
    for r in runs:
        f = _frame_of(r, frames, em)
        if cur and cur_frame is not None:
            last = cur[-1]
            same_row = abs(r.base - last.base) <= _SAME_BASE * r.size
            styled = _same_size(r.size, last.size) and r.bold == last.bold
            near = r.x0 - last.x1 <= _WORD_GAP * r.size
            same_col = f == cur_frame and (f.column or near)
            if same_row and styled and same_col:
                cur.append(r)
                continue
            out.append((cur_frame, _line(cur)))
        cur, cur_frame = [r], f
    if cur and cur_frame is not None:
        out.append((cur_frame, _line(cur)))
    return out


def _verticals(lines: list[tuple[_Frame, LaidLine]], body: float) -> list[tuple[_Frame, LaidLine]]:
    """Heading type set vertically (竖排: a headline in a strip beside its columns) as one
    line: three or more lines of one glyph each, in one size and weight, stacked one under
    the other on one centre (within a quarter em), less than 0.6 em apart, read top to
    bottom (rows of two glyphs paired first, :func:`_paired`). Body type is left alone (a
    table's column of one-digit cells)."""
    lines = _paired(lines, body)
    gone: set[int] = set()
    out = []
    for g in _stacks(lines, body):
        gone.update(g)
        col = [lines[k][1] for k in g]
        x0, x1 = min(ln.x0 for ln in col), max(ln.x1 for ln in col)
        line = col[0]._replace(
            text="".join(ln.text for ln in col),
            x0=x0,
            x1=x1,
            bottom=col[-1].bottom,
            x0s=tuple(ln.x0 for ln in col),
            x1s=tuple(ln.x1 for ln in col),
        )
        out.append((_Frame(x0, x1, column=False), line))
    return [fl for k, fl in enumerate(lines) if k not in gone] + out


def _stacks(lines: Sequence[tuple[_Frame, LaidLine]], body: float) -> list[list[int]]:
    """The indices of lines of one glyph each in heading type stacked three or more one
    under the other on one centre (within a quarter em), less than 0.6 em apart, in one
    size and weight: each stack top to bottom."""
    singles = [
        k
        for k, (_, ln) in enumerate(lines)
        if len(ln.text) == 1 and ln.size >= body * _HEADING_RATIO
    ]
    singles.sort(key=lambda k: lines[k][1].x0 + lines[k][1].x1)
    stacks: list[list[int]] = []  # on one centre (within a quarter em), top to bottom
    for k in singles:
        ln = lines[k][1]
        first = lines[stacks[-1][0]][1] if stacks else None
        if first is not None and (ln.x0 + ln.x1) - (first.x0 + first.x1) <= 0.5 * ln.size:
            stacks[-1].append(k)
        else:
            stacks.append([k])
    groups: list[list[int]] = []
    for k in [k for st in stacks for k in sorted(st, key=lambda k: lines[k][1].top)]:
        ln = lines[k][1]
        if groups:
            last = lines[groups[-1][-1]][1]
            em = max(ln.size, last.size)
            if (
                abs((ln.x0 + ln.x1) - (last.x0 + last.x1)) <= 0.5 * em
                and _same_size(ln.size, last.size)
                and ln.bold == last.bold
                and -0.1 * em <= ln.top - last.bottom <= 0.6 * em
            ):
                groups[-1].append(k)
                continue
        groups.append([k])
    return [g for g in groups if len(g) >= 3]


def _set_beside(lines: Sequence[tuple[_Frame, LaidLine]], body: float) -> set[int]:
    """The lines of the stacks of single heading glyphs (:func:`_stacks`) that body text
    stands right beside, level with one of them, closer than 1.5 em (of the body type, less
    than a gutter): a headline set vertically next to its text (a heading set in rows stands
    over its column, centred, a gutter at least from the columns beside)."""
    text = [ln for _, ln in lines if _same_size(ln.size, body)]
    out: set[int] = set()
    for g in _stacks(lines, body):
        col = [lines[k][1] for k in g]
        x0, x1 = min(ln.x0 for ln in col), max(ln.x1 for ln in col)
        if any(
            _overlap(t.top, t.bottom, c.top, c.bottom) > 0.5 * (t.bottom - t.top)
            and (0 <= x0 - t.x1 <= 1.5 * body or 0 <= t.x0 - x1 <= 1.5 * body)
            for t in text
            for c in col
        ):
            out.update(g)
    return out


def _paired(lines: list[tuple[_Frame, LaidLine]], body: float) -> list[tuple[_Frame, LaidLine]]:
    """Two lines of one glyph each on one baseline, in one heading size and weight, up to
    ``_LETTER_SPACED`` em apart, joined into one line: a row of a letter-spaced heading set
    two characters to the line (not two columns of vertical text: not glyphs of a stack
    set right beside body text, :func:`_set_beside`)."""
    upright = _set_beside(lines, body)
    ones = sorted(
        (
            k
            for k, (_, ln) in enumerate(lines)
            if len(ln.text) == 1 and ln.size >= body * _HEADING_RATIO and k not in upright
        ),
        key=lambda k: (lines[k][1].base, lines[k][1].x0),
    )
    gone: set[int] = set()
    out = []
    for a, b in pairwise(ones):
        x, y = lines[a][1], lines[b][1]
        em = x.size
        if a in gone or not (
            abs(x.base - y.base) <= _SAME_BASE * em
            and _same_size(x.size, y.size)
            and x.bold == y.bold
            and 0 < y.x0 - x.x1 <= _LETTER_SPACED * em
        ):
            continue
        gone.update((a, b))
        line = x._replace(text=x.text + y.text, x1=y.x1, x0s=(x.x0, y.x0), x1s=(x.x1, y.x1))
        out.append((_Frame(x.x0, y.x1, column=False), line))
    return [fl for k, fl in enumerate(lines) if k not in gone] + out


def _tall(ln: LaidLine) -> bool:
    """Whether ``ln`` is text set vertically (:func:`_verticals`)."""
    return len(ln.text) >= 3 and _set_vertically(ln.x0, ln.top, ln.x1, ln.bottom)


def _upright(b: _Box) -> bool:
    """Whether ``b`` is a heading set vertically: much taller than wide."""
    return b.big and _set_vertically(b.x0, b.top, b.x1, b.bottom)


def _set_vertically(x0: float, top: float, x1: float, bottom: float) -> bool:
    """Whether a box is shaped like text set vertically: much taller than wide."""
    return bottom - top > 2.5 * (x1 - x0)


# --- 3. blocks ------------------------------------------------------------------------------


class _Block(NamedTuple):
    frame: _Frame
    lines: list[LaidLine]


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def _fits(b: _Block, frame: _Frame, ln: LaidLine) -> bool:
    """Whether ``ln`` can go on block ``b`` across: the same column frame, or (either
    without one: a column of a line or two) left edges an indent apart, the right edge no
    further out than a hanging character."""
    last = b.lines[-1]
    em = ln.size
    if last.x0 - ln.x0 > _INDENT_MAX * em and (frame.column or last.x1 >= ln.x1 - _RAGGED * em):
        # A line set far in (a photo credit, flush right) over a column's text: it ends
        # with the line under it or further right (over a paragraph's short last line), so
        # it is not centred over it (a heading's short line) and not of its paragraph.
        return False
    if (
        frame.column
        and len(b.lines) == 1
        and ln.x0 - frame.left >= 1.0 * em
        and last.x0 - ln.x0 > _EDGE * em
        and abs(last.x1 - frame.right) <= _EDGE * em
    ):
        # A column's lines start at its left edge or, opening a paragraph, one indent in: a
        # line on its own set further in than a paragraph's indented first line under it
        # and flush with the column's right edge (a photo credit, set flush right under its
        # caption) is not the column's text before that line.
        return False
    if frame.column and b.frame.column:
        return frame == b.frame
    left = min(x.x0 for x in b.lines)
    # A short line under a block's indented first line reaches the indent: under it.
    under_indent = ln.x0 <= left <= ln.x0 + _INDENT_MAX * em and ln.x1 >= left - _EDGE * em
    # A paragraph's indented first line under a short last line, inside the block's width
    # (but for a stop hanging past it).
    indent_under = 1.5 * em <= ln.x0 - left <= _INDENT_MAX * em and any(
        x.x1 >= ln.x1 - _RAGGED * em for x in b.lines
    )
    if _overlap(last.x0, last.x1, ln.x0, ln.x1) <= 0 and not (under_indent or indent_under):
        return False  # beside it, not under it
    if not (frame.column or b.frame.column):
        return True  # headings, credits: lines set under one another
    right = max(x.x1 for x in b.lines)
    if frame.column and _holds(frame, b.lines):
        right = frame.right  # the line's column holds the block: a short line atop it
    return abs(ln.x0 - left) <= _INDENT_MAX * em and ln.x1 <= right + _RAGGED * em


def _holds(frame: _Frame, lines: Sequence[LaidLine]) -> bool:
    """Whether column ``frame`` holds ``lines`` (each starts at its left edge or an indent
    in, or in by a box's padding, and ends inside it)."""
    return all(
        -_EDGE * x.size <= x.x0 - frame.left <= _INDENT_MAX * x.size
        and x.x1 <= frame.right + _RAGGED * x.size
        for x in lines
    )


def _blocks(lines: list[tuple[_Frame, LaidLine]], body: float) -> list[_Block]:
    """Lines of one frame and style, each under the one before with nothing between (a
    heading's short line centred under its line before, whatever frame it was given)."""
    lines = sorted(lines, key=lambda fl: (fl[1].top, fl[1].x0))
    done: list[_Block] = []
    open_: list[_Block] = []
    for frame, ln in lines:
        target: _Block | None = None
        for b in open_:
            last = b.lines[-1]
            if not _same_size(last.size, ln.size) or last.bold != ln.bold:
                continue
            if _tall(last) or _tall(ln):
                continue  # a vertical line is a block of its own
            if not (_fits(b, frame, ln) or _centred_under(last, ln, body)):
                continue
            gap = ln.top - last.bottom
            if -0.3 * ln.size <= gap <= _BLOCK_GAP * ln.size:
                target = b
                break
        # Any other open block this line cuts across is finished.
        still: list[_Block] = []
        for b in open_:
            if b is target:
                still.append(b)
                continue
            lo, hi = min(x.x0 for x in b.lines), max(x.x1 for x in b.lines)
            if _overlap(lo, hi, ln.x0, ln.x1) > 0.5 * ln.size and ln.top >= b.lines[-1].top:
                done.append(b)
            else:
                still.append(b)
        open_ = still
        if target is None:
            target = _Block(frame=frame, lines=[])
            open_.append(target)
        target.lines.append(ln)
    done.extend(open_)
    return done


def _centred_under(last: LaidLine, ln: LaidLine, body: float) -> bool:
    """Whether heading-type line ``ln`` is a short line centred under ``last`` (a headline
    wrapped in a narrow measure sets its short last line on the axis of the lines over it;
    the column grid may give the two different frames: the heading's edges are no
    column's, and the short line falls inside the column under it)."""
    em = ln.size
    return (
        em >= body * _HEADING_RATIO
        and ln.x0 >= last.x0 - _EDGE * em
        and ln.x1 <= last.x1 + _EDGE * em
        and abs((ln.x0 + ln.x1) - (last.x0 + last.x1)) <= _EDGE * em
    )


def _set_apart(blocks: list[_Block], body: float) -> list[_Block]:
    """``blocks`` with a column block's first line set apart when it is set in from the
    column's left edge, ends flush with its right edge and stands further above the line
    under it than the page's body lines stand apart (a photo credit set flush right under
    its caption, over a column whose first line goes on with a paragraph from the column
    before).

    A column's lines follow one another at one line pitch, the body's, everywhere on a
    page; a picture's caption and credit are set apart from the text under them by more
    (space after the picture's block), so a wider step shows that the line over it is not
    the column's. Indent and width alone cannot tell: a credit set in from the left and
    flush right looks like a paragraph's indented first line."""
    pitch = _pitch([b for b in blocks if _same_size(b.lines[0].size, body)])
    out: list[_Block] = []
    for b in blocks:
        first = b.lines[0]
        if len(b.lines) >= 2 and pitch > 0 and _same_size(first.size, body) and not first.bold:
            second = b.lines[1]
            em = second.size
            right = max(x.x1 for x in b.lines[1:])
            if (
                first.x0 > second.x0 + _EDGE * em
                and abs(first.x1 - right) <= _RAGGED * em
                and second.top - first.top > pitch + 0.4 * em
            ):
                # The rest keeps the column's frame, or (no column found: a short column
                # of a boxed brief) the frame of its own first line, as a block's is.
                rest = b.frame if b.frame.column else _Frame(second.x0, second.x1, column=False)
                out += [_Block(frame=b.frame, lines=[first]), _Block(rest, b.lines[1:])]
                continue
        out.append(b)
    return out


def _despaced(b: _Block, body: float) -> _Block:
    """A heading block whose lines are letter-spaced (glyphs set apart by more than
    ``_RUN_GAP`` em at one pitch) without the spaces read into a short line of it where two
    glyphs stand that pitch apart (a line of two characters shows no pitch of its own)."""
    em = b.lines[0].size
    if em < body * _HEADING_RATIO:
        return b
    gaps = [
        ln.x0s[i + 1] - ln.x1s[i]
        for ln in b.lines
        for i in range(len(ln.text) - 1)
        if not ln.text[i].isspace() and not ln.text[i + 1].isspace()
    ]
    wide = [g for g in gaps if g > _RUN_GAP * em]
    spaces = [ln.x1s[i] - ln.x0s[i] for ln in b.lines for i, c in enumerate(ln.text) if c == " "]
    if (
        not wide
        and not gaps
        and len(spaces) >= 2
        and all(ln.text.count(" ") <= 1 for ln in b.lines)
    ):
        wide = spaces  # lines of two glyphs (or one), set one pitch apart in every line
        if max(wide) - min(wide) > 0.2 * em:
            return b
    if not wide or 2 * len(wide) < len(gaps):
        return b
    pitch = sorted(wide)[len(wide) // 2]
    lines = []
    for ln in b.lines:
        keep = [
            i
            for i, c in enumerate(ln.text)
            if not (c == " " and abs(ln.x1s[i] - ln.x0s[i] - pitch) <= 0.1 * em)
        ]
        if len(keep) == len(ln.text):
            lines.append(ln)
            continue
        lines.append(
            ln._replace(
                text="".join(ln.text[i] for i in keep),
                x0s=tuple(ln.x0s[i] for i in keep),
                x1s=tuple(ln.x1s[i] for i in keep),
            )
        )
    return b._replace(lines=lines)


# --- 4. reading order -----------------------------------------------------------------------


class _Box(NamedTuple):
    x0: float
    top: float
    x1: float
    bottom: float
    big: bool = False  # set in heading type
    frame: bool = False  # a drawn frame (a boxed brief's rule), not text


def _box(b: _Block, body: float) -> _Box:
    return _Box(
        min(ln.x0 for ln in b.lines),
        min(ln.top for ln in b.lines),
        max(ln.x1 for ln in b.lines),
        max(ln.bottom for ln in b.lines),
        b.lines[0].size >= body * _HEADING_RATIO,
    )


def _widened(
    boxes: list[_Box],
    blocks: Sequence[_Block],
    columns: Sequence[_Frame],
    body: float,
    obstacles: Sequence[tuple[float, float, float, float]],
) -> list[_Box]:
    """``boxes`` with each body-type block that no column frame holds (a byline and a
    short paragraph or two: no line shows the column's right edge) widened to the page's
    usual column width, and each one a column frame holds (outlined by the article
    below) to its frame's right edge, short of what is set beside it (text, a picture, a
    drawn frame's edge) and of the page's text, when that puts it under a heading set
    right above (and it is under none as printed): the column it is set in, so a headline
    centred over that column and the next is seen to be over it."""
    widths = Counter(round(f.right - f.left) for f in columns)
    if not widths:
        return boxes
    width = float(widths.most_common(1)[0][0])
    others = [*boxes, *(_Box(*o) for o in obstacles)]
    end = max(b.x1 for b in boxes)
    out = []
    for b, box in zip(blocks, boxes, strict=True):
        if box.big or not _same_size(b.lines[0].size, body):
            out.append(box)
            continue
        level = [o for o in others if _overlap(o.top, o.bottom, box.top, box.bottom) > 0]
        beside = [o.x0 for o in level if o.x0 >= box.x1 - 0.3 * body]
        beside += [o.x1 for o in level if o.x0 < box.x0 and o.x1 >= box.x1 - 0.3 * body]
        # (a block in a column frame, outlined by the lines of the article below: its frame)
        full = b.frame.right if b.frame.column else box.x0 + width
        right = min([full, end, *(x - 0.8 * body for x in beside)])
        heads = [h for h in boxes if h.big and -0.3 * body <= box.top - h.bottom <= 4 * body]
        if any(_overlap(h.x0, h.x1, box.x0, box.x1) > 0 for h in heads) or not any(
            _overlap(h.x0, h.x1, box.x0, right) > 0 for h in heads
        ):
            right = box.x1  # under a heading already, or no heading over its column
        out.append(box._replace(x1=max(box.x1, right)))
    return out


def _page_rules(
    frames: Sequence[tuple[float, float, float, float]], boxes: Sequence[_Box], body: float
) -> list[float]:
    """The heights of the rules drawn across the page (thinner than half an em, at least
    three fifths as wide as the page's text): the one under a running head, or between
    stories across the page."""
    if not boxes:
        return []
    width = max(b.x1 for b in boxes) - min(b.x0 for b in boxes)
    return sorted(
        (f[1] + f[3]) / 2 for f in frames if f[3] - f[1] < 0.5 * body and f[2] - f[0] >= 0.6 * width
    )


def _under_rules(boxes: Sequence[_Box], rules: Sequence[float]) -> list[list[int]]:
    """The boxes parted by the ``rules`` no box crosses, top to bottom: what is above a
    rule across the page is read before what is under it."""
    parts: list[list[int]] = [[] for _ in range(len(rules) + 1)]
    cuts = [y for y in rules if not any(b.top < y < b.bottom for b in boxes)]
    for i, b in enumerate(boxes):
        parts[bisect.bisect_right(cuts, (b.top + b.bottom) / 2)].append(i)
    return [part for part in parts if part]


def _running_head(
    blocks: Sequence[_Block], boxes: Sequence[_Box], rules: Sequence[float], body: float
) -> set[int]:
    """The ids of the blocks of the running head: set side by side (two or more, one beside
    another) above the topmost rule across the page that no text crosses, within 6 em of
    it. Its type (a section name in big bold type) makes no heading."""
    ys = [y for y in rules if not any(b.top < y < b.bottom for b in boxes)]
    if not ys:
        return set()
    rule = ys[0]
    above = [b for b in blocks if b.lines[-1].bottom <= rule]
    if len(above) < 2 or any(b.lines[0].top < rule - 6 * body for b in above):
        return set()
    spans = sorted((min(ln.x0 for ln in b.lines), max(ln.x1 for ln in b.lines)) for b in above)
    if all(_overlap(*a, *c) > 0 for a, c in pairwise(spans)):
        return set()
    return {id(b) for b in above}


class _Rule(NamedTuple):
    """A rule drawn down the page (between columns): its x and its top and bottom."""

    x: float
    top: float
    bottom: float


class _Gap(NamedTuple):
    width: float
    pos: float  # its middle, where the cut goes
    lo: float
    hi: float


def _glued(boxes: Sequence[_Box], items: Sequence[int], em: float) -> list[tuple[float, float]]:
    """The (top, bottom) spans of ``items``, each heading reaching down to a heading set
    right under it (a kicker and its headline, a headline and its subtitle are not cut
    apart)."""
    big = [boxes[i] for i in items if boxes[i].big]
    out = []
    for i in items:
        b = boxes[i]
        bottom = b.bottom
        if b.big:
            for c in big:
                if 0 <= c.top - b.bottom <= 1.5 * em and _overlap(b.x0, b.x1, c.x0, c.x1) > 0:
                    bottom = max(bottom, c.top)
        out.append((b.top, bottom))
    return out


def _gaps(
    boxes: Sequence[_Box], items: Sequence[int], *, across: bool, em: float = 0.0
) -> list[_Gap]:
    """The clear gaps that split ``items`` without crossing any box, widest first:
    horizontal cuts (gaps in y; none between the parts of a headline group) or,
    ``across``, vertical ones (gaps in x)."""
    spans = sorted(
        [(boxes[i].x0, boxes[i].x1) for i in items] if across else _glued(boxes, items, em)
    )
    out = []
    reach = spans[0][1]
    for lo, hi in spans[1:]:
        if lo > reach:
            out.append(_Gap(lo - reach, (lo + reach) / 2, reach, lo))
        reach = max(reach, hi)
    return sorted(out, key=lambda g: -g.width)


def _inside(inner: _Box, outer: _Box, tol: float) -> bool:
    return (
        inner.x0 >= outer.x0 - tol
        and inner.x1 <= outer.x1 + tol
        and inner.top >= outer.top - tol
        and inner.bottom <= outer.bottom + tol
    )


def _order(
    boxes: Sequence[_Box], items: list[int], em: float, ruled: Sequence[_Rule] = ()
) -> list[int]:
    """``items`` in reading order: cut the region at its widest clear gap (recursive
    XY cut; a gap between rows of articles is wider than the gutter of their columns; a
    vertical gap only where it parts columns, :func:`_columnar`), then order what cannot
    be cut with :func:`_partial_order`. A drawn frame holds its text together until the
    region is the frame's own."""
    items = [
        i
        for i in items
        if not (boxes[i].frame and all(_inside(boxes[j], boxes[i], em) for j in items))
    ]
    if len(items) <= 1:
        return items
    tiny = 0.05 * em
    none = _Gap(0.0, 0.0, 0.0, 0.0)
    h = next(iter(_gaps(boxes, items, across=False, em=em)), none)
    vs = _gaps(boxes, items, across=True)
    v = next((g for g in vs if g.width > tiny and _columnar(boxes, items, g, em, ruled)), none)
    if max(h.width, v.width) <= tiny:
        return _partial_order(boxes, items, em)
    across = (
        _across(boxes, items, h, v, em, ruled) if h.width > tiny and v.width > tiny else v.width > 0
    )
    pos = v.pos if across else h.pos
    first = [i for i in items if (boxes[i].x1 if across else boxes[i].bottom) <= pos]
    rest = [i for i in items if (boxes[i].x1 if across else boxes[i].bottom) > pos]
    return _order(boxes, first, em, ruled) + _order(boxes, rest, em, ruled)


def _opens_with_heading(boxes: Sequence[_Box], part: Sequence[int], em: float) -> bool:
    """Whether ``part`` opens with a heading: its topmost text is set in heading type, or a
    heading set vertically starts level with it (within an em: a vertical headline is read
    before the text beside it, whose first line may stand a little higher)."""
    text = [boxes[i] for i in part if not boxes[i].frame]
    if not text:
        return False
    top = min(text, key=lambda b: (b.top, not b.big))
    return top.big or any(_upright(b) and b.top <= top.top + em for b in text)


def _across(
    boxes: Sequence[_Box],
    items: Sequence[int],
    h: _Gap,
    v: _Gap,
    em: float,
    ruled: Sequence[_Rule] = (),
) -> bool:
    """Whether to cut at the vertical gap ``v`` before the horizontal one ``h``.

    The horizontal cut goes first only when it parts rows of articles: on each side of the
    vertical cut, what lies under it opens with a heading, and what lies over it holds text
    (not a heading alone). Otherwise the sides are read one after the other (a photo and
    its caption over each of two articles side by side, the articles' text under them).
    """
    above = [i for i in items if boxes[i].bottom <= h.pos]
    below = [i for i in items if boxes[i].bottom > h.pos]
    sides = [[boxes[i] for i in below if (boxes[i].x1 <= v.pos) == left] for left in (True, False)]
    if all(sides) and any(_heads_side(side, other, em) for side, other in (sides, sides[::-1])):
        # Under the horizontal gap, one side opens with a heading set wholly above the text
        # across the vertical gap (it heads that text, its article's one short line): the
        # vertical gap parts no columns there, so the rows come first.
        return False
    for left in (True, False):
        under = [i for i in below if (boxes[i].x1 <= v.pos) == left]
        over = [boxes[i] for i in above if (boxes[i].x1 <= v.pos) == left]
        if under and not _opens_with_heading(boxes, under, em):
            # (text level with a headline set vertically across the cut: that article's)
            text = [boxes[i].top for i in under if not boxes[i].frame]
            if not any(
                _upright(boxes[i]) and boxes[i].top - em <= min(text) <= boxes[i].bottom
                for i in below
                if text
            ):
                return True
        if under and over and all(b.big or b.frame for b in over):
            return True
    return False


def _columnar(
    boxes: Sequence[_Box], items: Sequence[int], gap: _Gap, em: float, ruled: Sequence[_Rule]
) -> bool:
    """Whether a vertical cut at ``pos`` parts columns of text: both sides several lines
    tall (not a short line beside a centred heading), neither side a headline group alone
    (its text, too short to reach under it, sits across the gap), and neither side topped
    by a heading that sits wholly above the other side (a headline centred over columns it
    does not span is read before all of them, and so is one over columns on both sides of
    the cut: :func:`_heads_across`)."""
    pos = gap.pos
    sides = [[boxes[i] for i in items if (boxes[i].x1 <= pos) == left] for left in (True, False)]
    for side in sides:
        # (a headline set vertically is no column of text: a line or two beside it is short)
        text = [b for b in side if not _upright(b)] or side
        if max(b.bottom for b in text) - min(b.top for b in text) < 3 * em:
            return False
        if all(b.big or b.frame for b in side):
            return False  # a headline group alone: its text is across the gap, after it
    if any(_heads_side(side, other, em) for side, other in (sides, sides[::-1])):
        return False
    if any(_beside_upright(side, other, gap, em) for side, other in (sides, sides[::-1])):
        return False
    if any(_upright_over(side, other, gap, em, ruled) for side, other in (sides, sides[::-1])):
        return False
    return not any(
        _heads_across(h, side, gap, em)
        for side in sides
        for h in side
        # (a vertical headline is centred over no columns; a kicker heads what its
        # group's last heading, set under it, heads: the columns start under that)
        if h.big and not _upright(h) and not _over_heading(h, side, em)
    )


def _over_heading(h: _Box, side: Sequence[_Box], em: float) -> bool:
    """Whether a heading of ``h``'s group is set right under it (within 1.5 em, across
    it, as :func:`_glued` keeps them together)."""
    return any(
        c.big and 0 <= c.top - h.bottom <= 1.5 * em and _overlap(h.x0, h.x1, c.x0, c.x1) > 0
        for c in side
    )


def _heads_side(side: Sequence[_Box], other: Sequence[_Box], em: float) -> bool:
    """Whether ``side`` is topped by a heading that sits wholly above ``other``."""
    text = [b for b in side if not b.frame]  # a brief's rule is drawn above its heading
    top = min(text, key=lambda b: (b.top, not b.big)) if text else None
    return top is not None and top.big and min(b.top for b in other) >= top.bottom - 0.3 * em


def _beside_upright(side: Sequence[_Box], other: Sequence[_Box], gap: _Gap, em: float) -> bool:
    """Whether ``side`` ends at the gap in a heading set vertically that stands nearer to the
    text across the gap than to any text on its own side level with it (a vertical
    headline goes with the columns it is set beside). A drawn frame and what it holds are
    not the headline's text: a boxed brief has its heading inside its frame, so a vertical
    headline outside it heads the text across the gap, however short that text is."""
    frames = [f for f in side if f.frame]
    for u in side:
        if not _upright(u):
            continue
        left = u.x1 <= gap.pos
        if (u.x1 if left else -u.x0) < max((b.x1 if left else -b.x0) for b in side):
            continue  # not the box at the gap
        level = [
            b
            for b in side
            if b is not u
            and _overlap(b.top, b.bottom, u.top, u.bottom) > 0
            and not any(_inside(b, f, em) and not _inside(u, f, em) for f in frames)
        ]
        own = min((u.x0 - b.x1 if left else b.x0 - u.x1 for b in level), default=None)
        across = [b for b in other if _overlap(b.top, b.bottom, u.top, u.bottom) > 0]
        if across and (own is None or gap.width < own):
            return True
    return False


def _upright_over(
    side: Sequence[_Box], other: Sequence[_Box], gap: _Gap, em: float, ruled: Sequence[_Rule]
) -> bool:
    """Whether ``side`` holds a heading set vertically with its own text between it and the
    gap, and text across the gap, level with it and starting no higher, is its article's
    too: no rule drawn down a gutter, no heading between it and the gap, and it is not
    the text another vertical headline stands right beside (:func:`_own_text`). A vertical
    headline heads its article's columns (read before all of them, as a headline across
    them would be); a cut there would part them."""
    for u in side:
        if not _upright(u):
            continue
        left = u.x1 <= gap.pos
        between = [
            b
            for b in side
            if b is not u
            and not b.frame
            and _overlap(b.top, b.bottom, u.top, u.bottom) > 0
            and (b.x0 >= u.x1 if left else b.x1 <= u.x0)
        ]
        if not between:
            continue
        for b in other:
            if b.frame or b.big or _overlap(b.top, b.bottom, u.top, u.bottom) <= 0:
                continue
            if b.top < u.top - em or _own_text(b, other, em):
                continue
            lo, hi = (gap.lo, b.x0) if left else (b.x1, gap.hi)
            parted = any(
                lo - em <= x <= hi + em and _overlap(top, bottom, u.top, u.bottom) > 0
                for x, top, bottom in ruled
            ) or any(
                h.big
                and lo <= h.x0
                and h.x1 <= hi
                and _overlap(h.top, h.bottom, u.top, u.bottom) > 0
                for h in other
            )
            if not parted:
                return True
    return False


def _own_text(b: _Box, boxes: Sequence[_Box], em: float) -> bool:
    """Whether ``b`` is text set right beside a heading set vertically (closer than 1.5
    em, level with it): that headline's own text."""
    return any(
        _upright(u)
        and _overlap(u.top, u.bottom, b.top, b.bottom) > 0
        and (0 <= u.x0 - b.x1 <= 1.5 * em or 0 <= b.x0 - u.x1 <= 1.5 * em)
        for u in boxes
    )


def _reach(b: _Box, side: Sequence[_Box], em: float) -> tuple[float, float]:
    """The left and right of ``b`` and what is set right under it (a byline narrower than
    the column or picture it opens)."""
    under = [
        c for c in side if 0 <= c.top - b.bottom <= 2 * em and _overlap(c.x0, c.x1, b.x0, b.x1) > 0
    ]
    return min(c.x0 for c in [b, *under]), max(c.x1 for c in [b, *under])


def _heads_across(head: _Box, side: Sequence[_Box], gap: _Gap, em: float) -> bool:
    """Whether ``head`` (a heading on ``side`` of a vertical ``gap``) is centred over
    columns that reach past the gap: text or a picture starts right under it on its side
    beyond the mirror image of the gap's far edge about its centre (a headline over three
    columns, the cut between the second and the third), with no heading of their own over
    them (one over them or over what is set right under them, not of ``head``'s own
    group). A heading inside a drawn frame (a boxed brief's) heads nothing outside it."""
    left = head.x1 <= gap.pos

    mirror = head.x0 + head.x1 - (gap.hi if left else gap.lo)
    tol = 0.3 * em
    boxed = [f for f in side if f.frame and _inside(head, f, em)]
    # Columns start right under it (within 4 em), or level with the text right under it
    # (a byline and a jump line over the first column push the others down).
    under = [
        b.top
        for b in side
        if not (b.big or b.frame)
        and _overlap(b.x0, b.x1, head.x0, head.x1) > 0
        and head.bottom - tol <= b.top <= head.bottom + 8 * em
    ]
    low = max(head.bottom + 4 * em, min(under, default=head.bottom) + tol)
    return any(
        not b.big
        and not b.frame
        and all(_inside(b, f, em) for f in boxed)
        and head.bottom - tol <= b.top <= low
        and (b.x0 < mirror - em if left else b.x1 > mirror + em)
        and not any(
            g.big
            and _overlap(g.x0, g.x1, head.x0, head.x1) <= 0  # not of head's own group
            and _overlap(g.x0, g.x1, *_reach(b, side, em)) > 0
            and head.top - 4 * em <= g.bottom <= b.top + tol
            for g in side
        )
        for b in side
    )


def _glyph(upright: _Box, em: float) -> float:
    """The height of one glyph of a heading set vertically (its strip's width; an em at
    least): how far above its top text beside it still stands level with it."""
    return max(em, upright.x1 - upright.x0)


def _partial_order(boxes: Sequence[_Box], items: list[int], em: float) -> list[int]:
    """``items`` sorted by Breuel's constraints, ties top-left first.

    ``a`` comes before ``b`` when they overlap horizontally and ``a`` is above, or when
    ``a`` lies wholly left of ``b`` and the two overlap vertically (columns side by side).
    """
    n = len(items)
    tol = 0.3 * em
    after: list[list[int]] = [[] for _ in range(n)]
    indeg = [0] * n
    for i in range(n):
        a = boxes[items[i]]
        for j in range(n):
            b = boxes[items[j]]
            if i == j:
                continue
            if _upright(a) and not _upright(b) and _overlap(a.top, a.bottom, b.top, b.bottom) > 0:
                # A headline set vertically beside its text is read before the text level
                # with it (starting no higher than one of its glyphs: a byline set beside
                # the headline's first glyph is level with it, whatever the two sizes).
                before = b.top >= a.top - _glyph(a, em)
            elif _upright(b) and not _upright(a) and _overlap(a.top, a.bottom, b.top, b.bottom) > 0:
                before = a.top < b.top - _glyph(b, em)
            elif _overlap(a.x0, a.x1, b.x0, b.x1) > tol:
                before = a.bottom <= b.top + tol and (a.top, a.x0) < (b.top, b.x0)
            else:
                before = a.x1 <= b.x0 + tol and _overlap(a.top, a.bottom, b.top, b.bottom) > tol
            if before:
                after[i].append(j)
                indeg[j] += 1
    ready = [(boxes[items[i]].top, boxes[items[i]].x0, i) for i in range(n) if indeg[i] == 0]
    heapq.heapify(ready)
    out: list[int] = []
    placed = [False] * n
    while len(out) < n:
        if not ready:  # a cycle (overlapping blocks): take the topmost block left
            i = min((k for k in range(n) if not placed[k]), key=lambda k: boxes[items[k]].top)
            ready.append((boxes[items[i]].top, boxes[items[i]].x0, i))
        _, _, i = heapq.heappop(ready)
        if placed[i]:
            continue
        placed[i] = True
        out.append(items[i])
        for j in after[i]:
            indeg[j] -= 1
            if indeg[j] == 0 and not placed[j]:
                heapq.heappush(ready, (boxes[items[j]].top, boxes[items[j]].x0, j))
    return out


# --- 5 and 6. roles and paragraphs ----------------------------------------------------------


def _body_size(
    glyphs: Sequence[Glyph], images: Sequence[tuple[float, float, float, float]]
) -> tuple[float, int]:
    """The body type size and how many characters it has: the size most glyphs have.

    On a page with too little text to tell (fewer than ``_FEW`` in that size), the
    smallest type does not count when all of it is set right under a picture (a caption
    and its credit), and the smallest size left with more than half as many characters
    as the commonest is the body's (a page of one short article sets about as many
    characters in its headings as in its body).
    """
    sizes: Counter[float] = Counter(round(g.size, 1) for g in glyphs if not g.char.isspace())
    if not sizes:
        return 10.0, 0
    size, n = sizes.most_common(1)[0]
    if n >= _FEW:
        return size, n
    text = sizes.copy()
    small = min(sizes)
    if len(sizes) > 1 and all(
        any(
            x0 - g.size <= g.x0 and g.x1 <= x1 + g.size and 0 <= g.top - bottom <= 6 * g.size
            for x0, _, x1, bottom in images
        )
        for g in glyphs
        if round(g.size, 1) == small and not g.char.isspace()
    ):
        del text[small]
    most = max(text.values())
    size = min(s for s, k in text.items() if 2 * k > most)
    return size, sizes[size]


def _stacked(a: _Block, b: _Block) -> bool:
    """Whether ``b`` is set right under ``a`` (one heading group: a kicker over its
    headline, a subtitle under it), not beside it or a row further down."""
    la, fb = a.lines[-1], b.lines[0]
    across = _overlap(
        min(x.x0 for x in a.lines), max(x.x1 for x in a.lines), fb.x0, max(x.x1 for x in b.lines)
    )
    gap = fb.top - la.bottom
    return across > 0 and -0.3 * fb.size <= gap <= max(la.size, fb.size)


def _captions(
    blocks: Sequence[_Block], body: float, images: Sequence[tuple[float, float, float, float]]
) -> set[int]:
    """The blocks in type smaller than the body's set under a picture (its caption and the
    photo credit under that), each right under the picture or the caption before it."""
    out: set[int] = set()
    for x0, _, x1, bottom in images:
        edge = bottom
        for k, b in sorted(enumerate(blocks), key=lambda kb: kb[1].lines[0].top):
            first = b.lines[0]
            if first.top < edge - 0.3 * body or first.size * _HEADING_RATIO > body:
                continue
            inside = x0 - body <= first.x0 and max(ln.x1 for ln in b.lines) <= x1 + body
            if inside and first.top - edge <= 1.5 * body:
                out.add(k)
                edge = b.lines[-1].bottom
            elif first.top - edge > 1.5 * body:
                break
    return out


def _body_captions(
    blocks: Sequence[_Block], body: float, images: Sequence[tuple[float, float, float, float]]
) -> set[int]:
    """Captions set in body type: the blocks right under a picture, each right under the one
    before and inside the picture's width, the first starting at its left edge (not
    indented), down to a line set flush with its right edge and starting well right of its
    left (the photo credit, right-aligned); at most four blocks."""
    out: set[int] = set()
    ordered = sorted(enumerate(blocks), key=lambda kb: kb[1].lines[0].top)
    for x0, _, x1, bottom in images:
        edge = bottom
        zone: list[int] = []
        for k, b in ordered:
            first, last = b.lines[0], b.lines[-1]
            if first.top < edge - 0.3 * body:
                continue
            if first.top - edge > 1.5 * body or len(zone) >= 4:
                break
            right = max(ln.x1 for ln in b.lines)
            if not (x0 - body <= first.x0 and right <= x1 + body):
                continue  # beside the picture
            if not _same_size(first.size, body) or (
                not zone and abs(min(ln.x0 for ln in b.lines) - x0) > _EDGE * body
            ):
                break
            zone.append(k)
            edge = last.bottom
            if abs(last.x1 - x1) <= _EDGE * body and last.x0 > x0 + 2 * body:
                out.update(zone)
                break
    return out


def _roles(
    blocks: Sequence[_Block], body: float, images: Sequence[tuple[float, float, float, float]]
) -> list[Role]:
    """Headline groups: larger-type blocks stacked one under another; the largest is the
    headline, those above it kickers, those below subtitles. Small type under a picture is
    its caption."""
    big = [b.lines[0].size >= body * _HEADING_RATIO for b in blocks]
    roles: list[Role] = ["body"] * len(blocks)
    for k in _captions(blocks, body, images) | _body_captions(blocks, body, images):
        roles[k] = "caption"
    i = 0
    while i < len(blocks):
        if not big[i]:
            if roles[i] == "body" and blocks[i].lines[0].bold and len(blocks[i].lines) <= 2:
                roles[i] = "heading"
            i += 1
            continue
        j = i + 1
        while j < len(blocks) and big[j] and _stacked(blocks[j - 1], blocks[j]):
            j += 1
        top = max(blocks[k].lines[0].size for k in range(i, j))
        heads = [k for k in range(i, j) if _same_size(blocks[k].lines[0].size, top)]
        if any(blocks[k].lines[0].bold for k in heads):  # of one size, the bold is the headline
            heads = [k for k in heads if blocks[k].lines[0].bold]
        first, last = heads[0], heads[-1]
        for k in range(i, j):
            roles[k] = "kicker" if k < first else "subtitle" if k > last else "headline"
        i = j
    return roles


def _display(
    blocks: Sequence[_Block], body: float, frames: Sequence[tuple[float, float, float, float]]
) -> set[int]:
    """The blocks set in display type inside a drawn frame (an advertisement, a notice):
    every line of the frame's text centred on the frame's axis, one at least in headline
    type. Text of an article in a frame (a boxed brief) is no display: its paragraphs open
    indented and end short, flush left. Every line set mostly inside the frame (its middle
    there) counts, even one of a block that runs out past it (a line a little too long
    for the box): text that does not keep to the axis says the frame holds no display."""
    out: set[int] = set()
    for x0, top, x1, bottom in frames:
        tol = 0.5 * body
        inside = [
            k
            for k, b in enumerate(blocks)
            if all(
                x0 - tol <= ln.x0
                and ln.x1 <= x1 + tol
                and top - tol <= ln.top
                and ln.bottom <= bottom + tol
                for ln in b.lines
            )
        ]
        lines = [
            ln
            for b in blocks
            # (a block whose first line starts below the frame or last ends above it: none)
            if b.lines[0].top <= bottom and b.lines[-1].bottom >= top
            for ln in b.lines
            if x0 <= (ln.x0 + ln.x1) / 2 <= x1 and top <= (ln.top + ln.bottom) / 2 <= bottom
        ]
        axis = (x0 + x1) / 2
        if any(ln.size >= body * _HEADING_RATIO for ln in lines) and all(
            abs((ln.x0 + ln.x1) / 2 - axis) <= tol for ln in lines
        ):
            out.update(inside)
    return out


def _edges(b: _Block) -> tuple[float, float]:
    """A block's left and right edges: its column frame's, or (a block with no column) its
    leftmost start and its usual line end (the most common, the widest when no two lines
    end alike)."""
    left = min(ln.x0 for ln in b.lines)
    if b.frame.column:  # not widened by a punctuation mark hanging past the column
        em = b.lines[0].size
        inset = left - b.frame.left
        if _EDGE * em < inset < 1.5 * em:  # set in from the column's edge: a boxed brief's
            return left, _inset_right(b, b.frame.right - inset)
        own = _narrower(b, left)
        if inset >= 1.5 * em and own is not None:
            return left, own
        # Lines that end past the others in a punctuation mark hang it past the measure
        # (:func:`_ends`); a frame found from few lines may have taken their edge for the
        # column's, and a line one em short of it for a full one.
        cut = _ends(b.lines)
        hung = max(cut) if cut != [ln.x1 for ln in b.lines] else b.frame.right
        # Full lines (an unindented line follows each) ending alike show the column's own
        # right edge, short of a frame widened by lines elsewhere that hang a mark past it.
        full = [x for x, nxt in zip(cut, b.lines[1:], strict=False) if nxt.x0 <= left + _EDGE * em]
        if len(full) >= 2 and max(full) - min(full) <= _EDGE * em:
            hung = min(hung, max(max(full), max(cut) - _RAGGED * em))
        return min(left, b.frame.left), min(b.frame.right, hung)
    if len(b.lines) == 1:
        return min(left, b.frame.left), max(b.frame.right, b.lines[0].x1)
    ends = Counter(round(x) for x in _ends(b.lines))
    end, n = max(ends.items(), key=lambda kv: (kv[1], kv[0]))
    return left, float(end) if n >= 2 else max(ln.x1 for ln in b.lines)


def _narrower(b: _Block, left: float) -> float | None:
    """The right edge of a column narrower than the page's column frame ``b`` lies in (the
    columns of an article set beside a vertical headline), when its lines show its left
    edge: some start at ``left`` and some an indent in (so ``left`` is no indent); its
    right edge is the frame's when a line reaches it, else where two or more lines end
    alike (a hanging mark not counted). A column's lines are set to its own measure, not
    to the page's grid: an indent is measured from where its unindented lines start."""
    em = b.lines[0].size
    starts = [ln.x0 - left for ln in b.lines]
    if not (
        sum(1 for d in starts if d <= _EDGE * em) >= 2
        and any(1.5 * em <= d <= _INDENT_MAX * em for d in starts)
    ):
        return None
    plain = _ends(b.lines)
    if max(plain) > b.frame.right - _SHORT * em:
        return b.frame.right  # its lines reach the frame's right edge: only the left differs
    end, n = max(Counter(round(x) for x in plain).items(), key=lambda kv: (kv[1], kv[0]))
    return float(end) if n >= 2 else None


def _ends(lines: Sequence[LaidLine]) -> list[float]:
    """Where ``lines`` end, punctuation marks hanging past the measure not counted: when
    the widest lines all end in a mark that starts at most an em before where the widest
    full line of the others ends (one an unindented line follows: not a paragraph's
    last), and end past it, the marks hang and those lines end there (the characters
    before a mark fill the measure, short of it by less than a character where digits
    are set)."""
    plain = [ln.x1 for ln in lines]
    em = lines[0].size
    widest = max(plain)
    left = min(ln.x0 for ln in lines)
    hang = [ln.x1 >= widest - _EDGE * em for ln in lines]
    full = [
        ln.x1
        for (ln, nxt), h in zip(pairwise(lines), hang, strict=False)
        if not h and nxt.x0 <= left + _EDGE * em
    ]
    if not full:
        return plain
    edge = max(full)
    if not all(
        len(ln.text) > 1
        and not ln.text[-1].isalnum()
        and not ln.text[-1].isspace()
        and ln.x0s[-1] - _EDGE * em <= edge < ln.x1 - _EDGE * em
        for ln, h in zip(lines, hang, strict=True)
        if h
    ):
        return plain
    return [edge if h else x for x, h in zip(plain, hang, strict=True)]


def _inset_right(b: _Block, mirrored: float) -> float:
    """The right edge of a column set in from the page's column (a boxed brief's): where
    two of its lines or more end alike (punctuation marks hanging past the measure not
    counted, :func:`_ends`: two lines ending in a hanging stop end alike past the edge),
    else set in as far as its left edge (``mirrored``); never left of its widest line less
    a hanging character."""
    em = b.lines[0].size
    ends = Counter(round(x, 1) for x in _ends(b.lines))
    end, n = max(ends.items(), key=lambda kv: (kv[1], kv[0]))
    right = end if n >= 2 else mirrored
    return max(right, max(ln.x1 for ln in b.lines) - _RAGGED * em)


def _edge_above(
    b: _Block,
    left: float,
    blocks: Sequence[_Block],
    images: Sequence[tuple[float, float, float, float]],
) -> float:
    """The left edge of ``b``'s column: ``left``, or, when every line of ``b`` starts
    there (one-line paragraphs, each indented, and no line of the page shows the
    column's edge), the left edge of what is set nearest above it in its column (a
    byline, a caption, the column's earlier text, a picture; not a heading; that of the
    whole block the nearest line above ends) when that lies an indent to its left (a
    line set over the column by half an em at least, not one touching its edge: a
    running head's centre word)."""
    first = b.lines[0]
    em = first.size
    x1 = max(ln.x1 for ln in b.lines)
    if any(abs(ln.x0 - left) > _EDGE * em for ln in b.lines):
        return left
    above = [
        (ln.bottom, min(x.x0 for x in c.lines), ln.size < em or _same_size(ln.size, em))
        for c in blocks
        if c is not b
        for ln in c.lines
        if ln.bottom <= first.top and _overlap(ln.x0, ln.x1, left, x1) > 0.5 * em
    ]
    above += [
        (im[3], im[0], True)
        for im in images
        if im[3] <= first.top and _overlap(im[0], im[2], left, x1) > 0
    ]
    # (the column's earlier text set at the same indent is more of its one-line
    # paragraphs: what is set above those shows the edge)
    above = [a for a in above if abs(a[1] - left) > _EDGE * em]
    if not above:
        return left
    _, edge, plain = max(above)
    return edge if plain and 1.5 * em <= left - edge <= _INDENT_MAX * em else left


class _Column(NamedTuple):
    """A column of the page's grid that shows its left edge (an indented line beside an
    unindented one), and its pitch: how far its left edge lies right of that of the column
    level with it a gutter to its left (None when there is none)."""

    left: float
    right: float
    top: float
    bottom: float
    pitch: float | None
    pad: float = 0.0  # set in this far from the grid's column: a boxed brief's padding


class _Grid(NamedTuple):
    """What the page's body columns show of its column grid: the columns that show their
    left edge, the indent (in points) most common in them and the pitches seen."""

    columns: list[_Column]
    indent: float | None
    pitches: list[float]
    headlines: list[tuple[float, float, float]]  # left, right, bottom
    boxes: list[tuple[_Box, float]]  # the drawn frames round boxed briefs, their padding


def _padding(
    drawn: Sequence[_Box], blocks: Sequence[_Block], em: float
) -> list[tuple[_Box, float]]:
    """Each drawn frame with the padding its text is set in by (how far the leftmost line
    inside it starts right of it: less than an indent and a half)."""
    out = []
    for d in drawn:
        lefts = [ln.x0 for b in blocks for ln in b.lines if _inside(_line_box(ln), d, em)]
        if lefts and 0 < min(lefts) - d.x0 < 1.5 * em:
            out.append((d, min(lefts) - d.x0))
    return out


def _line_box(ln: LaidLine) -> _Box:
    return _Box(ln.x0, ln.top, ln.x1, ln.bottom)


def _pad(b: _Block, boxes: Sequence[tuple[_Box, float]]) -> float:
    """The padding of the drawn frame ``b`` is set in (0 outside any)."""
    em = b.lines[0].size
    for d, pad in boxes:
        if all(_inside(_line_box(ln), d, em) for ln in b.lines):
            return pad
    return 0.0


def _shows_edge(b: _Block) -> bool:
    left = min(ln.x0 for ln in b.lines)
    return any(ln.x0 - left > _EDGE * ln.size for ln in b.lines)


def _grid(
    blocks: Sequence[_Block],
    body: float,
    headlines: Sequence[_Block],
    boxes: Sequence[tuple[_Box, float]] = (),
) -> _Grid:
    """The column grid shown by the body ``blocks`` (type ``body``) and the ``headlines``
    (each centred over its article's columns). A column frame as wide as one of the
    columns that show their edges, with two lines or more, shows its edges too (full
    lines).
    Pitches are taken between the grid's columns: a boxed brief's column is set in from
    its grid column by the box's padding (``boxes``)."""
    plain = [b for b in blocks if _same_size(b.lines[0].size, body)]
    shown = [b for b in plain if _shows_edge(b)]
    widths = [b.frame.right - b.frame.left for b in shown if b.frame.column]
    shown += [
        b
        for b in plain
        if b.frame.column
        and len(b.lines) > 1
        and not _shows_edge(b)
        and any(abs(b.frame.right - b.frame.left - w) <= _EDGE * body for w in widths)
    ]
    edges = [(*_edges(b), b.lines[0].top, b.lines[-1].bottom, _pad(b, boxes)) for b in shown]
    indents: Counter[float] = Counter()
    for b, (left, *_) in zip(shown, edges, strict=True):
        for ln in b.lines:
            if 1.5 * body <= ln.x0 - left <= _INDENT_MAX * body:
                indents[round(ln.x0 - left, 1)] += 1
    columns = []
    for left, right, top, bottom, pad in edges:
        level = [c for c in edges if c[2] < bottom and c[3] > top and c[1] < left]
        near = max(level, key=lambda c: c[1], default=None)
        pitch = left - pad - near[0] + near[4] if near and left - near[1] < 5 * body else None
        columns.append(_Column(left, right, top, bottom, pitch, pad))
    indent = indents.most_common(1)[0][0] if indents else None
    pitches = [c.pitch for c in columns if c.pitch is not None]
    heads = [(b.frame.left, b.frame.right, b.lines[-1].bottom) for b in headlines]
    return _Grid(
        columns=columns, indent=indent, pitches=pitches, headlines=heads, boxes=list(boxes)
    )


def _spans(
    grid: _Grid, c: _Column, block: tuple[float, float], top: float, em: float, pad: float = 0.0
) -> tuple[float, float] | None:
    """The column width and pitch when columns at a pitch of ``edge - c.left`` from
    ``c``'s left edge (or a whole fraction of it: the column at ``edge`` a column or more
    further on), a gutter of 0.8 to 4 em apart (and a boxed brief's padding, ``pad``, on
    either side), fill the width of an article under the nearest headline above ``top``
    that starts right of ``c``'s left edge and before the block's lines end, centred over
    ``edge`` (``block``: the block's left edge and where its lines end; centred over its
    columns, they end as far right of its centre as ``c`` starts left of it); else None."""
    edge, end = block
    over = [
        h
        for h in grid.headlines
        if h[2] <= top and c.left - _EDGE * em <= h[0] < end and h[0] + h[1] - c.left > edge + em
    ]
    if not over:
        return None
    h0, h1, _ = max(over, key=lambda h: h[2])
    width = h0 + h1 - 2 * c.left
    for k in range(1, 6):
        pitch = (edge - c.left) / k
        gutters = [n * pitch - width for n in range(k + 1, 7)]
        gutter = next((g for g in gutters if 0.8 * em <= g - 2 * pad <= _GUTTER_MAX * em), None)
        if gutter is not None:
            return pitch - gutter, pitch
    return None


def _edge_beside(b: _Block, left: float, grid: _Grid) -> _Column | None:
    """The column of ``b`` (a block with no column frame, or with one found from its own
    lines that is an indent narrower than the column beside: every line a paragraph's
    first) on the page's grid when every
    line of ``b`` starts at ``left`` and nothing set above shows its edge: ``left`` less
    the page's indent when that lies one column pitch right of the left edge of the nearest
    column level with ``b`` on its left (the pitch seen on that column's own left; when
    it has no column on its left, a pitch seen elsewhere on the page, or a gutter of 0.8
    to 4 em after it), no column shows its edge at ``left``, and a column there (as wide
    as the pitch leaves, or as that column) holds ``b``'s lines (each line is then a
    paragraph of its own): its left edge is ``left`` less the indent; else None."""
    first = b.lines[0]
    em = first.size
    top, bottom = first.top, b.lines[-1].bottom
    # (a column of another row of articles, over a headline set over ``b``, shows no edge
    # of ``b``'s column: the rows under a headline across the page have grids of their own)
    shown = [
        c
        for c in grid.columns
        if abs(c.left - left) <= _EDGE * em
        and not any(c.bottom <= h[2] <= top and h[0] <= left <= h[1] for h in grid.headlines)
    ]
    if grid.indent is None or any(abs(ln.x0 - left) > _EDGE * em for ln in b.lines) or shown:
        return None
    beside = [c for c in grid.columns if c.top < bottom and c.bottom > top and c.right < left]
    if not beside:
        return None
    c = max(beside, key=lambda c: c.right)
    edge = left - grid.indent
    pad = _pad(b, grid.boxes)
    step = edge - pad - c.left + c.pad  # from grid column to grid column
    pitches = grid.pitches if c.pitch is None else [c.pitch]
    pitch = next((p for p in pitches if abs(step - p) <= _EDGE * em), None)
    gap = edge - pad - c.right - c.pad
    gutter = c.pitch is None and 0.8 * em <= gap <= _GUTTER_MAX * em
    # A column found from its lines (two or more ending alike) may be one an indent in from
    # the grid's: as wide as the column beside less the indent, or, placed by a pitch,
    # narrower (its lines all short: each a paragraph of one line).
    spans = None
    if pitch is None and c.pitch is None:
        spans = _spans(grid, c, (edge, max(ln.x1 for ln in b.lines)), top, em, pad)
    narrower = b.frame.right - b.frame.left + grid.indent - (c.right - c.left)
    if b.frame.column and (
        (pitch is None and not gutter and spans is None)
        or narrower > _RAGGED * em
        or (pitch is None and spans is None and narrower < -_RAGGED * em)
    ):
        return None  # a column found from its lines, not one an indent in from the grid's
    if pitch is not None:  # as wide as a gutter of 0.8 em leaves (its lines may all be short)
        on_grid, right = True, edge + max(c.right - c.left, pitch - 0.8 * em)
    elif gutter:
        on_grid, right = True, edge + (c.right - c.left)
    elif spans is not None:  # only the last line may be full (each is a paragraph)
        right, step = edge + spans[0], spans[1]
        on_grid = all(ln.x1 < right - _SHORT * em for ln in b.lines[:-1])
    else:
        return None
    if not on_grid or any(ln.x1 > right + _RAGGED * em for ln in b.lines):
        return None
    return _Column(edge, right, top, bottom, step, pad)


def _paragraph_starts(b: _Block, edges: tuple[float, float], pitch: float) -> list[int]:
    starts = [0]
    left, right = edges
    for k in range(1, len(b.lines)):
        prev, ln = b.lines[k - 1], b.lines[k]
        em = ln.size
        if (
            ln.x0 > left + _EDGE * em
            or prev.x1 < right - _SHORT * em
            or ln.top - prev.top > pitch + 0.4 * em
        ):
            starts.append(k)
    return starts


def _pitch(blocks: Sequence[_Block]) -> float:
    """The most common distance between the tops of two lines of a block (line pitch)."""
    steps: Counter[float] = Counter()
    for b in blocks:
        for p, q in zip(b.lines, b.lines[1:], strict=False):
            steps[round(q.top - p.top, 1)] += 1
    return steps.most_common(1)[0][0] if steps else 0.0


def _left_edge(ln: LaidLine, lines: Sequence[LaidLine], frame: tuple[float, float]) -> bool:
    """Whether ``ln`` (first of ``lines``, a block with no column frame) starts at its
    column's left edge: it is as wide as ``frame`` (a full line of a column that wide), or a
    later line of the block starts indented from it."""
    if abs((ln.x1 - ln.x0) - (frame[1] - frame[0])) <= _RAGGED * ln.size:
        return True
    return any(x.x0 > ln.x0 + _EDGE * ln.size for x in lines[1:])


def _next_column(first: LaidLine, before: tuple[float, float], grid: _Grid) -> bool:
    """Whether ``first`` (a block's first line) starts at a column's left edge on the
    page's grid: where a column shows its left edge, one column pitch seen on the page
    right of the left edge of the column ``before`` it, or, inside a drawn frame holding
    both, where columns as wide as that one, set in by the frame's padding, fill the
    frame (a boxed brief's grid)."""
    tol = _EDGE * first.size
    left, right = before
    if any(abs(c.left - first.x0) <= tol for c in grid.columns) or any(
        abs(left + p - first.x0) <= tol for p in grid.pitches
    ):
        return True
    line = _line_box(first)
    for d, pad in grid.boxes:
        inner = d.x1 - d.x0 - 2 * pad
        if not (_inside(line, d, first.size) and d.x0 < left < d.x0 + 1.5 * first.size + pad):
            continue
        for n in range(2, 7):
            gap = (inner - n * (right - left)) / (n - 1)
            lefts = [d.x0 + pad + k * (right - left + gap) for k in range(1, n)]
            if 0.8 * first.size <= gap and any(abs(x - first.x0) <= tol for x in lefts):
                return True
    return False


def _centred_right(
    b: _Block,
    frame: tuple[float, float],
    heads: Sequence[tuple[float, float, float]],
    blocks: Sequence[_Block],
    images: Sequence[tuple[float, float, float, float]],
) -> float:
    """The right edge of ``b`` (a body block, its column's edges ``frame``, no line of its
    column showing the right one): the frame's, or, when the nearest headline above it
    (``heads``: left, right, bottom of each) starts over it set in from its left edge
    (centred) and reaches past its lines, with no text or picture set beside ``b`` from
    under the headline down (a one-column article), as far right of the headline's
    centre as ``b``'s column starts left of it."""
    left, right = frame
    em = b.lines[0].size
    top, bottom = b.lines[0].top, b.lines[-1].bottom
    x1 = max(ln.x1 for ln in b.lines)
    over = [h for h in heads if h[2] <= top and left - _EDGE * em <= h[0] < x1]
    if not over:
        return right
    h0, h1, under = max(over, key=lambda h: h[2])
    mirror = h0 + h1 - left
    if h0 < left + 2 * em or mirror <= right + _RAGGED * em or _shows_right(b, frame):
        return right
    beside = [
        ln.x0
        for c in blocks
        if c is not b
        for ln in c.lines
        if ln.top < bottom and ln.bottom > under and ln.size <= em * _HEADING_RATIO
    ] + [im[0] for im in images if im[1] < bottom and im[3] > under]
    if any(x1 < x0 < mirror for x0 in beside):
        return right
    return mirror


def _unshown_right(
    b: _Block,
    frame: tuple[float, float],
    left: float,
    heads: Sequence[tuple[float, float, float]],
    blocks: Sequence[_Block],
    images: Sequence[tuple[float, float, float, float]],
    grid: _Grid,
) -> float:
    """The right edge of ``b``'s column when no line of it shows it: from the headline
    centred over it (:func:`_centred_right`), or, its left edge ``left`` shown above it,
    from the column beside it (:func:`_right_beside`)."""
    right = _centred_right(b, frame, heads, blocks, images)
    if right == frame[1] and left != frame[0]:
        right = _right_beside(b, left, right, grid)
    return right


def _right_beside(b: _Block, left: float, right: float, grid: _Grid) -> float:
    """The right edge of ``b``'s column (its left edge ``left`` shown above it, no line of
    it showing the right one: one-line paragraphs, each indented) as wide as the nearest
    column level with it on its right when that starts a gutter (0.8 to 4 em) further on:
    the columns of one article are set to one measure side by side; else ``right``."""
    em = b.lines[0].size
    top, bottom = b.lines[0].top, b.lines[-1].bottom
    x1 = max(ln.x1 for ln in b.lines)
    beside = [c for c in grid.columns if c.top < bottom and c.bottom > top and c.left > x1]
    if not beside:
        return right
    c = min(beside, key=lambda c: c.left)
    edge = left + (c.right - c.left)
    if 0.8 * em <= c.left - edge <= _GUTTER_MAX * em and x1 <= edge + _RAGGED * em:
        return edge
    return right


def _shows_right(b: _Block, frame: tuple[float, float]) -> bool:
    """Whether a line of ``b`` shows its column's right edge: it ends there and an
    unindented line follows (in a block that shows its left edge: not every line at one
    indent)."""
    left, right = frame
    em = b.lines[0].size
    if not _shows_edge(b):
        return False
    return any(
        ln.x1 >= right - _SHORT * em and nxt.x0 <= left + _EDGE * em
        for ln, nxt in pairwise(b.lines)
    )


def _far_beside(prev: LaidBlock, first: LaidLine) -> bool:
    """Whether ``first`` (a block's first line) starts right of ``prev`` further than a
    gutter (and a box's padding) from where ``prev``'s widest line ends: the column beside
    starts well after that line, so the line stops short of its measure and no paragraph
    runs on from it (``prev`` shows no column edge of its own)."""
    if prev.column:
        return False
    em = first.size
    return first.x0 - prev.frame[1] > 5.0 * em


def _set_right_under(prev: LaidBlock, first: LaidLine) -> bool:
    """Whether ``first`` (a block's first line) is set under ``prev``'s last line, starting
    inside its column, further in from its left edge than an indent (flush right:
    a jump line such as （下转第4版）, a credit). A paragraph goes on at a column's left
    edge, at the top of the next column or page, never in from it under its own last line."""
    em = first.size
    left, right = prev.frame
    return (
        first.top >= prev.lines[-1].bottom - 0.3 * em and left + _INDENT_MAX * em < first.x0 < right
    )


def _foreground(
    glyphs: Sequence[Glyph], images: Sequence[tuple[float, float, float, float]]
) -> list[tuple[float, float, float, float]]:
    """The pictures that stand among the text, not under it.

    A picture that half the page's glyphs or more lie on is the page's background, not a
    picture set among its columns: a scan with its OCR text, a tint or texture printed
    under the whole page. Text is not set over a photo in columns, so such a picture would
    be an obstacle that no gap of the page can pass, and nothing could be cut."""
    if not images or not glyphs:
        return list(images)
    # Glyph centres by cells of 32 points, so that a picture is measured against the
    # glyphs near it only (a page may hold thousands of small pictures).
    cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for g in glyphs:
        x, y = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
        if math.isfinite(x) and math.isfinite(y):
            cells.setdefault((int(x // 32), int(y // 32)), []).append((x, y))

    def on(im: tuple[float, float, float, float]) -> int:
        x0, top, x1, bottom = im
        if not all(math.isfinite(v) for v in im):
            return 0
        cx0, cx1, cy0, cy1 = int(x0 // 32), int(x1 // 32), int(top // 32), int(bottom // 32)
        if (cx1 - cx0 + 1) * (cy1 - cy0 + 1) > len(cells):  # larger than the text: each cell
            keys: Iterable[tuple[int, int]] = [
                k for k in cells if cx0 <= k[0] <= cx1 and cy0 <= k[1] <= cy1
            ]
        else:
            keys = ((cx, cy) for cx in range(cx0, cx1 + 1) for cy in range(cy0, cy1 + 1))
        return sum(
            1 for k in keys for x, y in cells.get(k, ()) if x0 <= x <= x1 and top <= y <= bottom
        )

    return [im for im in images if 2 * on(im) < len(glyphs)]


def lay_out(
    glyphs: Sequence[Glyph],
    *,
    images: Sequence[tuple[float, float, float, float]] = (),
    frames: Sequence[tuple[float, float, float, float]] = (),
    body_hint: float | None = None,
) -> Layout:
    """Lay out one page's glyphs (in content order): blocks in reading order with roles.

    ``images`` are the boxes (x0, top, x1, bottom) of the page's pictures, ``frames`` those
    of drawn rectangles (the rule around a boxed brief: its text is read together, and a
    gap inside it is no gutter of the page; rules thinner than an em are not frames, a
    frame round the whole page is none; a picture under half the page's text is background).
    ``body_hint``, the body type size of the pages around (the commonest), is used on a page
    with too little text to tell its own (fewer than ``_FEW`` characters in one size).

    >>> def word(text, x, y, size=10.0):
    ...     return [Glyph(c, x + k * size, y - size, x + (k + 1) * size, y + 0.2 * size,
    ...                   y, size, False) for k, c in enumerate(text)]
    >>> page = word("大标题", 10, 30, 20) + word("左栏一行文字", 10, 60)
    >>> page += word("右栏一行文字", 90, 60)
    >>> [(b.role, [ln.text for ln in b.lines]) for b in lay_out(page).blocks]
    [('headline', ['大标题']), ('body', ['左栏一行文字']), ('body', ['右栏一行文字'])]
    """
    images = _foreground(glyphs, images)
    body, count = _body_size(glyphs, images)
    if body_hint is not None and count < _FEW:
        body = body_hint
    runs = _merge_runs(_runs(_in_rows(glyphs)))
    columns = _frames([r for r in runs if _same_size(r.size, body)], body)
    rows = _verticals(_join_rows(runs, columns, body), body)
    blocks = [_despaced(b, body) for b in _set_apart(_blocks(rows, body), body)]
    # Images take part in the cuts (a photo over three columns is not a gutter) but are not
    # part of the text.
    drawn = [_Box(*f, frame=True) for f in frames if min(f[2] - f[0], f[3] - f[1]) >= body]
    obstacles = [*images, *(f[:4] for f in drawn)]
    boxes = _widened([_box(b, body) for b in blocks], blocks, columns, body, obstacles)
    boxes += [_Box(*im) for im in images] + drawn
    rules = _page_rules(frames, boxes, body)
    # Rules drawn down the gutters (thinner than half an em, three lines tall at least).
    ruled = [
        _Rule((f[0] + f[2]) / 2, f[1], f[3])
        for f in frames
        if f[2] - f[0] < 0.5 * body and f[3] - f[1] >= 3 * body
    ]
    order = [i for part in _under_rules(boxes, rules) for i in _order(boxes, part, body, ruled)]
    ordered = [blocks[i] for i in order if i < len(blocks)]
    roles = _roles(ordered, body, images)
    band = _running_head(ordered, boxes[: len(blocks)], rules, body)
    roles = ["body" if id(b) in band else r for b, r in zip(ordered, roles, strict=True)]
    for k in _display(ordered, body, [(d.x0, d.top, d.x1, d.bottom) for d in drawn]):
        roles[k] = "display"
    pitch = _pitch([b for b, r in zip(ordered, roles, strict=True) if r == "body"])
    out: list[LaidBlock] = []
    prev_body: LaidBlock | None = None
    grid = _grid(
        [b for b, r in zip(ordered, roles, strict=True) if r == "body"],
        body,
        [b for b, r in zip(ordered, roles, strict=True) if r == "headline"],
        _padding(drawn, blocks, body),
    )
    # The column frames whose right edge a line shows (a full line, an unindented one next).
    shown = {b.frame for b in ordered if b.frame.column and _shows_right(b, _edges(b))}
    heads = [
        (min(ln.x0 for ln in b.lines), max(ln.x1 for ln in b.lines), b.lines[-1].bottom)
        for b, r in zip(ordered, roles, strict=True)
        if r == "headline"
    ]
    for b, role in zip(ordered, roles, strict=True):
        frame = _edges(b)
        placed = None  # the right edge of the grid's column ``b`` is placed in
        if role == "body":
            left = _edge_above(b, frame[0], ordered, images)
            if left == frame[0] and (found := _edge_beside(b, left, grid)) is not None:
                left, placed = found.left, found.right  # the next column placed by its pitch
                grid.columns.append(found)
                grid.pitches.extend(p for p in (found.pitch,) if p is not None)
            elif left != frame[0]:  # the column's left edge shown above it: on the grid
                top, bottom = b.lines[0].top, b.lines[-1].bottom
                grid.columns.append(_Column(left, frame[1], top, bottom, None))
                if grid.indent is None:  # and its lines show the page's indent
                    grid = grid._replace(indent=round(frame[0] - left, 1))
            if b.frame not in shown:
                frame = (left, _unshown_right(b, frame, left, heads, ordered, images, grid))
        first, last = b.lines[0], b.lines[-1]
        em = first.size
        indented = first.x0 > frame[0] + _EDGE * em
        # A full last line (of a column, or of a block of several lines with no column
        # found: a short stretch of a column, or of one placed on the grid) may go on in
        # the next column.
        open_end = (b.frame.column or len(b.lines) > 1) and last.x1 >= frame[1] - _SHORT * em
        if not (b.frame.column or len(b.lines) > 1) and placed is not None:
            open_end = last.x1 >= placed - _SHORT * em
        continues = (
            role == "body"
            and prev_body is not None
            and prev_body.open_end
            and not indented
            and (
                b.frame.column
                or _left_edge(first, b.lines, prev_body.frame)
                or _next_column(first, prev_body.frame, grid)
            )
            and not (_far_beside(prev_body, first) or _set_right_under(prev_body, first))
            and _same_size(prev_body.lines[-1].size, em)
            and prev_body.lines[-1].bold == first.bold
        )
        laid = LaidBlock(
            lines=tuple(b.lines),
            role=role,
            paragraphs=tuple(_paragraph_starts(b, frame, pitch or 1.2 * em)),
            continues=continues,
            open_end=open_end,
            indented=indented,
            frame=frame,
            column=b.frame.column,
        )
        out.append(laid)
        prev_body = laid if role == "body" else None
    return Layout(blocks=tuple(out), body_size=body)
