"""The text layer: lines, blocks, and a normalised view that maps back to the original.

Everything else in paper_parser reads a page through this module. It knows nothing about
newspapers: it only splits text into lines and blocks (runs of non-blank lines) and offers a
normalised copy of a string whose every position maps back to the caller's original.

Normalisation (:func:`normalize`) is deliberately conservative; it only rewrites characters
whose meaning is unchanged:

* full-width ASCII forms (U+FF01 to U+FF5E: digits, Latin letters, ``，：；（）`` ...) become
  their ASCII twins;
* ``○`` (U+25CB WHITE CIRCLE, printed for the numeral zero in dates) becomes ``〇`` (U+3007);
* U+3000 IDEOGRAPHIC SPACE, NBSP and the other fixed-width spaces become an ASCII space;
* invisible format characters left by PDF extraction (zero-width space, word joiner, soft
  hyphen, byte-order mark) are removed.

Dashes are *not* rewritten, because ``——`` in running text is punctuation, not a hyphen;
patterns that need "any dash" use :data:`DASHES`.
"""

from __future__ import annotations

import bisect
import operator
import re
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import accumulate
from operator import add
from types import MappingProxyType
from typing import Final, Literal, TypeVar, cast, overload

import attrs
import regex

from paper_parser import _rx
from paper_parser._columns import column_reading, expand_tabs, wide_count
from paper_parser._radicals import RADICAL_FORMS
from paper_parser._types import Span
from paper_parser._words import DASH_CHARS

__all__ = [
    "DASHES",
    "HAN_RE",
    "LINE_BREAKS",
    "Block",
    "BlockSequence",
    "Line",
    "LineSequence",
    "Normalized",
    "Page",
    "PageShape",
    "Row",
    "blocks",
    "build_page",
    "display_width",
    "fold_blank_runs",
    "fold_breaks",
    "fold_forms",
    "fold_readings",
    "fold_spaces",
    "is_footer",
    "iter_rows",
    "line_bounds",
    "lines",
    "normalize",
    "respan",
    "rows",
]

#: A character class (for :mod:`regex` patterns) matching every dash printed in identifiers
#: such as ``CN33—0018`` and ``31—2``: hyphen-minus, hyphen, non-breaking hyphen, figure
#: dash, en dash, em dash, horizontal bar, minus sign, full-width hyphen-minus, small
#: hyphen-minus and the box-drawing horizontal that some PDF fonts use.
DASHES = "[" + "".join(sorted(DASH_CHARS)).replace("-", "\\-") + "]"

#: The space separators other than U+0020 that pages print: the ideographic space (a web
#: copy's paragraph indent, the padding of a two-character name), the no-break space of web
#: pages, and the typographic spaces. :func:`normalize` and :func:`fold_spaces` write each
#: as one ASCII space.
_WIDE_SPACES = (0x3000, 0x00A0, 0x2007, 0x202F, 0x205F, *range(0x2000, 0x200B))
# What fold_spaces writes as a space: the wide spaces and U+FEFF (a byte order mark read as
# text, at the start of a file saved with one: a zero-width no-break space).
_FOLDED_SPACES = (*_WIDE_SPACES, 0xFEFF)
_SPACE_FOLD: Final = MappingProxyType(dict.fromkeys(_FOLDED_SPACES, " "))
_WIDE_SPACE_RE = _rx.std_compile("[" + "".join(map(chr, _FOLDED_SPACES)) + "]")

# Characters removed (they change lengths, so they need the offset map).
_REMOVED = "\u200b\u2060\ufeff\u00ad"
_REMOVED_RE = _rx.compile(f"[{_REMOVED}]++")
_R = TypeVar("_R")


def _translate_table() -> dict[int, str]:
    """What ``normalize`` rewrites: full-width ASCII forms to ASCII, ○ to 〇, radicals and
    compatibility ideographs to the unified ideographs they stand for
    (``paper_parser._radicals.RADICAL_FORMS``) and the wide spaces to a space (one for
    one: positions are unchanged), and the invisible characters of ``_REMOVED`` to nothing
    (they need the offset map)."""
    table = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
    # the small form variants of Big5-era pages to ASCII, as NFKC folds them (﹒ is a decimal
    # point there: 130﹒9萬人次, 3﹒5%)
    small, ascii_ = "﹐﹒﹔﹕﹖﹗﹙﹚﹛﹜﹟﹠﹡﹢﹣﹤﹥﹦﹨﹩﹪﹫", ",.;:?!(){}#&*+-<>=\\$%@"
    table.update(zip(map(ord, small), ascii_, strict=True))
    table[0x25CB] = "\u3007"  # ○ -> 〇
    # ⼈民⽇报 (radicals a PDF font gave) -> 人民日报, ︵ -> （ -> ( (through the table above)
    table.update({cp: table.get(ord(char), char) for cp, char in RADICAL_FORMS.items()})
    table.update(dict.fromkeys(_WIDE_SPACES, " "))
    table.update(dict.fromkeys(map(ord, _REMOVED), ""))
    return table


_TRANSLATE: Final = MappingProxyType(_translate_table())

# The full-width forms most pages print over and over (a page has hundreds of ，), rewritten
# first with ``str.replace``: a scan in C per character costs far less than a regex match
# per occurrence. The rest are rewritten run by run below.
_COMMON: Final = tuple(
    (c, _TRANSLATE[ord(c)]) for c in "，：；（）！？％．\u3000０１２３４５６７８９"
)
#: Texts up to this long (a line, a credit) skip that: their few runs are cheaper to rewrite
#: than twenty look-ups for the common forms.
_SHORT = 256
#: A text with more than one run to rewrite in this many characters is rewritten whole.
_DENSE = 16


def _class_body(codepoints: list[int]) -> str:
    """A regex character-class body for sorted ``codepoints``, consecutive ones as ranges.

    The regex module tests a character against a range in one comparison but against listed
    characters one by one, so a class of ranges is much faster on long text.

    >>> _class_body([0x41, 0x42, 0x43, 0x5A])
    'A-CZ'
    """
    parts = []
    i = 0
    while i < len(codepoints):
        j = i
        while j + 1 < len(codepoints) and codepoints[j + 1] == codepoints[j] + 1:
            j += 1
        first, last = regex.escape(chr(codepoints[i])), regex.escape(chr(codepoints[j]))
        parts.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "".join(parts)


#: The characters normalisation rewrites or removes, as a character-class body.
TOUCHED_CLASS = _class_body(sorted(_TRANSLATE))
#: A radical or compatibility ideograph (:func:`fold_forms`).
_RADICAL_RE = _rx.std_compile(f"[{_class_body(sorted(RADICAL_FORMS))}]")
# Runs of them, captured: ``split`` then gives the untouched and the touched runs in turn.
# Most page text has few of them, so rewriting just these runs is much faster than
# ``str.translate`` over the whole page.
# (The standard library's engine: it splits at a class of ranges about twice as fast.)
_TOUCHED_RE = _rx.std_compile(f"([{TOUCHED_CLASS}]+)")


#: The characters that end a line, the mandatory breaks of Unicode's line breaking algorithm
#: (UAX #14, classes BK, CR, LF and NL): line feed, carriage return (alone or before a line feed),
#: vertical tab, form feed, next line, line separator and paragraph separator. Extractors and
#: editors write them all: a page break as a form feed, a forced line break in an exported
#: document as a line separator or a vertical tab.
LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
# The breaks as a character class body, and those other than \n, \r and \f (the rare ones).
_BREAK_CLASS = "".join(f"\\u{ord(c):04x}" for c in LINE_BREAKS)
_RARE_BREAK_CLASS = "".join(f"\\u{ord(c):04x}" for c in LINE_BREAKS if c not in "\n\r\f")
_LINE_RE = _rx.compile(
    rf"""
    (?P<body>(?:(?<=\n)\f)?+[^{_BREAK_CLASS}]*+)  # content; possessive
    (?P<end>\r\n|[{_BREAK_CLASS}]|)      # its terminator; empty only at the end
    """,
    regex.VERBOSE,
)
# Breaks that only the general splitter reads: all but the line feed, and a form feed that
# does not start a line (``pdftotext`` writes a page break as a form feed after the page's
# last line feed; there it marks the page break on the line it starts, as it always did).
_OTHER_BREAK_RE = _rx.compile(rf"\r|[{_RARE_BREAK_CLASS}]|(?<!\n)\f")
# Line breaks that fold_breaks writes as a line feed: all but \n, \f and the \r of \r\n.
_OTHER_LINE_BREAK_RE = _rx.std_compile(rf"(\r(?=\r\n))|\r(?!\n)|[{_RARE_BREAK_CLASS}]")
# A line break written as markup, left in a web copy taken from a page's source (an archive
# that shows its stored HTML: 第4版(体育)<br/>专栏:<br/>): fold_breaks writes a line feed and
# spaces in its place, as many characters as the tag had.
_MARKUP_BREAK_RE = _rx.std_compile(r"<[bB][rR][ ]?/?>")
_INVISIBLE = "\u200b\u2060\ufeff\u00ad"
_BLANK_RE = _rx.compile(f"[\\s{_INVISIBLE}]*+")


@attrs.frozen(kw_only=True)
class Normalized:
    """A normalised copy of a string with the map back to the original.

    Build it with :func:`normalize`. Offsets into :attr:`text` are turned into offsets (and
    spans) of :attr:`original` by :meth:`to_original` and :meth:`span`.

    Attributes:
        text: The normalised text.
        original: The string that was normalised.
    """

    text: str
    original: str
    # Breakpoints of the offset map: sorted normalised positions where the shift between the
    # two strings changes, and the shift (original - normalised) that holds from there on.
    # Empty when nothing was removed, so the map is the identity.
    _breaks: tuple[int, ...] = attrs.field(default=(), alias="breaks", repr=False)
    _shifts: tuple[int, ...] = attrs.field(default=(), alias="shifts", repr=False)

    def to_original(self, index: int) -> int:
        """Map an offset of :attr:`text` (``0 <= index <= len(text)``) to the original.

        >>> n = normalize("a\\u200bb")
        >>> n.text, n.to_original(1)
        ('ab', 2)

        Raises:
            IndexError: never; an out-of-range offset raises :class:`ValueError`.
        """
        if not 0 <= index <= len(self.text):
            raise ValueError(f"offset {index} is outside a {len(self.text)}-char text")
        if not self._breaks:
            return index
        k = bisect.bisect_right(self._breaks, index) - 1
        return index + (self._shifts[k] if k >= 0 else 0)

    def without(self, cuts: Sequence[tuple[int, int]]) -> Normalized:
        """This text with the ranges ``cuts`` of :attr:`text` left out (sorted, not
        overlapping), its offsets still mapped to the same :attr:`original`.

        >>> n = normalize("時(shí)政")
        >>> m = n.without([(1, 6)])
        >>> m.text, m.to_original(1), m.span(0, 2).text
        ('時政', 6, '時(shí)政')
        """
        if not cuts:
            return self
        text = self.text
        kept: list[str] = []
        pos = 0
        for s, e in cuts:
            kept.append(text[pos:s])
            pos = e
        kept.append(text[pos:])
        breaks: list[int] = []
        shifts: list[int] = []
        # The composed map changes where a range was cut and where this map itself changes.
        bounds = iter(cuts)
        gone = 0
        nxt = next(bounds, None)
        for n in sorted({*self._breaks, *(e for _, e in cuts)}):
            while nxt is not None and nxt[1] <= n:
                gone += nxt[1] - nxt[0]
                nxt = next(bounds, None)
            if nxt is not None and nxt[0] < n:
                continue  # inside a cut range
            g = n - gone
            shift = self.to_original(n) - g
            if shifts and breaks[-1] == g:
                shifts[-1] = shift
            elif not shifts or shifts[-1] != shift:
                breaks.append(g)
                shifts.append(shift)
        return Normalized(
            text="".join(kept), original=self.original, breaks=tuple(breaks), shifts=tuple(shifts)
        )

    def span(self, start: int, end: int) -> Span:
        """The :class:`~paper_parser.Span` of the original covered by ``text[start:end]``.

        A removed character that sits inside the range is part of the span; one at either
        edge is left out.

        >>> n = normalize("CN３３—００１８")
        >>> n.text
        'CN33—0018'
        >>> n.span(2, 9)
        Span(start=2, end=9, text='３３—００１８')
        """
        if start > end:
            raise ValueError(f"start {start} is after end {end}")
        o_start = self.to_original(start)
        o_end = self.to_original(end) if end == start else self.to_original(end - 1) + 1
        return Span.of(self.original, o_start, max(o_start, o_end))


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching, keeping the map back to it.

    Normalising twice gives the same text as normalising once. Nothing is memoised: a page
    is normalised once by :func:`build_page`, and the parsers of that page share its
    :class:`Page`.

    >>> normalize("１．５万，邮编：３１００１２　○").text
    '1.5万,邮编:310012 〇'
    >>> normalize(normalize("（记者　张三）").text).text == normalize("（记者　张三）").text
    True
    """
    out = text
    if len(text) > _SHORT:
        for char, twin in _COMMON:
            if char in out:
                out = out.replace(char, twin)
    most = len(out) // _DENSE + 1
    parts = _TOUCHED_RE.split(out, maxsplit=most)
    if len(parts) > 2 * most:
        # Runs to rewrite everywhere (a PDF's radicals for common characters): rewrite the
        # whole text at once rather than keep a piece per run.
        out = out.translate(_TRANSLATE)
    elif len(parts) > 1:
        parts[1::2] = [run.translate(_TRANSLATE) for run in parts[1::2]]
        out = "".join(parts)
    elif out is text:
        return Normalized(text=text, original=text)  # nothing to rewrite
    if len(out) == len(text):
        # Nothing removed: positions are unchanged.
        return Normalized(text=out, original=text)
    breaks: list[int] = []
    shifts: list[int] = []
    removed = 0
    for m in _REMOVED_RE.finditer(text):
        removed += m.end() - m.start()
        breaks.append(m.end() - removed)
        shifts.append(removed)
    return Normalized(text=out, original=text, breaks=tuple(breaks), shifts=tuple(shifts))


@attrs.frozen(kw_only=True)
class Line:
    """One line of a page.

    Attributes:
        number: 0-based line number.
        span: The line's content, without its terminator.
        ending: The terminator as printed (``"\\n"``, ``"\\r\\n"``, ``"\\r"``, one of the
            other :data:`LINE_BREAKS`, or ``""`` for a last line without one).
        blank: Whether the line holds nothing but white space.
    """

    number: int
    span: Span
    ending: str
    blank: bool

    @property
    def text(self) -> str:
        """The line's content as printed."""
        return self.span.text


@attrs.frozen(kw_only=True)
class Block:
    """A run of consecutive non-blank lines.

    Attributes:
        span: From the start of the first line to the end of the last (terminators between
            the lines included, the last line's terminator excluded).
        lines: The lines of the block, in order (a :class:`LineSequence`).
    """

    span: Span
    lines: Sequence[Line]

    @property
    def text(self) -> str:
        """The block's text as printed."""
        return self.span.text


# How each line ends, by the code kept in the low four bits of its flag byte.
_ENDINGS = ("", "\n", "\r\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029")
_ENDING_CODE: Final = MappingProxyType({e: code for code, e in enumerate(_ENDINGS)})
_ENDING_BITS = 15
_BLANK = 16  # flag bit: the line holds nothing but white space and invisible characters
_HIDDEN = 32  # flag bit: ... and at least one invisible character
# A run of lines that are not blank (a block), and one line that holds something.
_TEXT_RUN_RE = re.compile(b"[\x00-\x0f]+")
_FILLED_RE = re.compile(b"[^\x10-\x1f]")
#: Lines are split this many characters at a time, so the line strings alive at once stay
#: few whatever the page's size.
_CHUNK = 8192
_SUCC = (1).__add__


def _is_blank(body: str) -> bool:
    # Most lines start with text: only a line starting with a space or an invisible
    # character needs the pattern (every character \s matches is str.isspace()).
    if not body:
        return True
    if not body[0].isspace() and body[0] not in _INVISIBLE:
        return False
    return _BLANK_RE.fullmatch(body) is not None


def _flag(body: str) -> int:
    """The flag bits of a line's content (the ending's code left out)."""
    if not _is_blank(body):
        return 0
    return _BLANK if not body or body.isspace() else _BLANK | _HIDDEN


def _typecode(text: str) -> str:
    return "i" if len(text) < 2**31 else "q"


@attrs.frozen(kw_only=True)
class _Table:
    """Where each line starts and ends and its flag byte (ending code, blank, hidden)."""

    starts: array[int]
    ends: array[int]
    flags: bytes


def _table(text: str, *, with_flags: bool = True) -> _Table:
    """The line table of ``text``: one array entry per line, no object per line (without
    ``with_flags``, the flags of a text whose lines all end with line feeds are left zero)."""
    tc = _typecode(text)
    if _OTHER_BREAK_RE.search(text) is not None:
        return _table_any_break(text, array(tc), array(tc))
    # The arrays are made at their size at once: grown line by line, they would be copied.
    count = text.count("\n") + 1
    starts: array[int] = array(tc, [0]) * count
    ends: array[int] = array(tc, [0]) * count
    flags = bytearray(count)
    pos = k = 0
    while True:
        cut = text.find("\n", pos + _CHUNK)
        parts = (text[pos:] if cut < 0 else text[pos:cut]).split("\n")
        n = len(parts)
        first = array(tc, accumulate(map(_SUCC, map(len, parts)), initial=pos))
        first.pop()  # where the next chunk starts
        starts[k : k + n] = first
        ends[k : k + n] = array(tc, map(add, first, map(len, parts)))
        # Every line of a chunk ends with a line feed (the page's last line is set below).
        if with_flags:
            flags[k : k + n] = bytes(map(_flag, parts)).translate(_WITH_FEED)
        del parts, first
        k += n
        if cut < 0:
            break
        pos = cut + 1
    flags[-1] &= ~_ENDING_BITS
    return _Table(starts=starts, ends=ends, flags=bytes(flags))


_WITH_FEED = bytes(b | 1 for b in range(256))


def _table_any_break(text: str, starts: array[int], ends: array[int]) -> _Table:
    """The line table of a text with other breaks than line feeds: lines end at any of the
    :data:`LINE_BREAKS` (``\\r\\n`` is one break)."""
    flags = bytearray()
    pos = 0
    n = len(text)
    while True:
        m = _LINE_RE.match(text, pos)
        assert m is not None  # the pattern matches the empty string
        ending = m.group("end")
        starts.append(pos)
        ends.append(m.end("body"))
        flags.append(_flag(m.group("body")) | _ENDING_CODE[ending])
        pos = m.end()
        if pos >= n:
            if ending:
                # Text ends with a terminator: there is one more, empty, line.
                starts.append(n)
                ends.append(n)
                flags.append(_BLANK)
            return _Table(starts=starts, ends=ends, flags=bytes(flags))


def line_bounds(text: str) -> tuple[array[int], array[int]]:
    """Where each line of ``text`` starts and where its content ends (its terminator left
    out), as two arrays: the lines of :func:`lines`, without a :class:`Line` per line.

    >>> starts, ends = line_bounds("甲\\r\\n乙\\f丙")
    >>> list(starts), list(ends)
    ([0, 3, 5], [1, 4, 6])
    """
    table = _table(text, with_flags=False)
    return table.starts, table.ends


class LineSequence(Sequence[Line]):
    """The lines of a text as a read-only sequence: :class:`Line` s made when read.

    What :func:`lines` returns, and :attr:`Page.lines` and :attr:`Page.reading`. The lines'
    positions are kept in arrays, so a page of a million short lines does not hold a million
    objects. It behaves as a tuple of :class:`Line` s: ``len``, indexing, iteration, slicing
    (a slice with step 1 is a :class:`LineSequence` again, its lines keeping their numbers;
    another step gives a tuple), and equality with another sequence of lines or a tuple of
    them. Lines read twice are equal, not the same object.

    >>> seq = lines("甲\\n\\n乙")
    >>> len(seq), seq[-1].text, [ln.number for ln in seq[1:]]
    (3, '乙', [1, 2])
    >>> seq == tuple(seq), seq[1:] == (seq[1], seq[2])
    (True, True)
    """

    __slots__ = ("_hi", "_lo", "_table", "_text")

    def __init__(self, text: str, table: _Table, lo: int = 0, hi: int | None = None) -> None:
        self._text = text
        self._table = table
        self._lo = lo
        self._hi = len(table.flags) if hi is None else hi

    def __len__(self) -> int:
        return self._hi - self._lo

    def _line(self, k: int) -> Line:
        t = self._table
        flag = t.flags[k]
        return Line(
            number=k,
            span=Span.of(self._text, t.starts[k], t.ends[k]),
            ending=_ENDINGS[flag & _ENDING_BITS],
            blank=bool(flag & _BLANK),
        )

    @overload
    def __getitem__(self, index: int) -> Line: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Line]: ...

    def __getitem__(self, index: int | slice) -> Line | Sequence[Line]:
        n = self._hi - self._lo
        if isinstance(index, slice):
            lo, hi, step = index.indices(n)
            if step == 1:
                return LineSequence(self._text, self._table, self._lo + lo, self._lo + max(lo, hi))
            return tuple(self._line(self._lo + i) for i in range(lo, hi, step))
        i = operator.index(index)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("line index out of range")
        return self._line(self._lo + i)

    def __iter__(self) -> Iterator[Line]:
        return map(self._line, range(self._lo, self._hi))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LineSequence):
            if len(self) != len(other):
                return False
            if self._lo == other._lo and self._text == other._text:
                a, b, lo, hi = self._table, other._table, self._lo, self._hi
                return (
                    a.flags[lo:hi] == b.flags[lo:hi]
                    and a.starts[lo:hi] == b.starts[lo:hi]
                    and a.ends[lo:hi] == b.ends[lo:hi]
                )
        elif not isinstance(other, tuple):
            return NotImplemented
        return len(self) == len(other) and all(map(operator.eq, self, other))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"LineSequence({list(self)!r})"

    def numbers_with_text(self) -> Iterator[int]:
        """The numbers of the lines that hold anything but white space: the lines that are
        not blank, and blank ones holding an invisible character (a zero-width space). Runs
        of blank lines are skipped in one step.

        >>> list(lines("甲\\n\\n\\n\\u200b\\n乙").numbers_with_text())
        [0, 3, 4]
        """
        flags = self._table.flags
        for m in _FILLED_RE.finditer(flags, self._lo, self._hi):
            yield m.start()

    def runs(self) -> Iterator[tuple[int, int]]:
        """The ``(first, end)`` line numbers of each run of non-blank lines (a block).

        >>> list(lines("甲\\n乙\\n\\n丙").runs())
        [(0, 2), (3, 4)]
        """
        for m in _TEXT_RUN_RE.finditer(self._table.flags, self._lo, self._hi):
            yield m.start(), m.end()


def lines(text: str) -> LineSequence:
    """Split ``text`` into lines at ``\\n``, ``\\r\\n``, ``\\r`` and the other
    :data:`LINE_BREAKS` (a form feed, a line separator...). A form feed that starts a line, as
    ``pdftotext`` writes a page break after the page's last line feed, stays on the line it
    starts (so it does not make an empty line); anywhere else it ends its line.

    Concatenating every line's text and ending gives ``text`` back. The lines come as a
    :class:`LineSequence` (a read-only sequence that makes each :class:`Line` when read).

    >>> [(ln.text, ln.ending) for ln in lines("甲\\r\\n乙\\n")]
    [('甲', '\\r\\n'), ('乙', '\\n'), ('', '')]
    >>> "".join(ln.text + ln.ending for ln in lines("甲\\r\\n乙\\n"))
    '甲\\r\\n乙\\n'
    >>> [(ln.text, ln.ending) for ln in lines("第1页\\f第2页\\n\\f第3页\\u2028尾")]
    [('第1页', '\\x0c'), ('第2页', '\\n'), ('\\x0c第3页', '\\u2028'), ('尾', '')]
    """
    return LineSequence(text, _table(text))


class BlockSequence(Sequence[Block]):
    """The blocks of a text as a read-only sequence: :class:`Block` s made when read.

    What :func:`blocks` returns; it behaves as a tuple of blocks (``len``, indexing,
    iteration, slicing, equality with a tuple of blocks or another :class:`BlockSequence`).
    Each block's :attr:`Block.lines` is a :class:`LineSequence`.
    """

    __slots__ = ("_ends", "_firsts", "_lines")

    def __init__(self, seq: LineSequence, firsts: array[int], ends: array[int]) -> None:
        self._lines = seq
        self._firsts = firsts
        self._ends = ends

    def __len__(self) -> int:
        return len(self._firsts)

    def _block(self, k: int) -> Block:
        seq = self._lines
        first, end = self._firsts[k], self._ends[k]
        span = Span.of(seq._text, seq._table.starts[first], seq._table.ends[end - 1])
        return Block(span=span, lines=seq[first:end])

    @overload
    def __getitem__(self, index: int) -> Block: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Block, ...]: ...

    def __getitem__(self, index: int | slice) -> Block | tuple[Block, ...]:
        n = len(self._firsts)
        if isinstance(index, slice):
            return tuple(self._block(i) for i in range(*index.indices(n)))
        i = operator.index(index)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("block index out of range")
        return self._block(i)

    def __iter__(self) -> Iterator[Block]:
        return map(self._block, range(len(self._firsts)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BlockSequence | tuple):
            return NotImplemented
        return len(self) == len(other) and all(map(operator.eq, self, other))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"BlockSequence({list(self)!r})"


def blocks(text: str) -> BlockSequence:
    """Split ``text`` into blocks: runs of non-blank lines, separated by blank lines.

    Everything outside the blocks is white space and line breaks, so the blocks and the
    gaps between them reproduce ``text`` exactly. The blocks come as a
    :class:`BlockSequence` (a read-only sequence that makes each :class:`Block` when read).

    >>> page = "浙江工人日报\\n\\n倾情关注劳动群体\\n全心服务工会组织\\n"
    >>> [b.text for b in blocks(page)]
    ['浙江工人日报', '倾情关注劳动群体\\n全心服务工会组织']
    >>> [(b.span.start, b.span.end) for b in blocks(page)]
    [(0, 6), (8, 25)]
    >>> blocks("") == ()
    True
    """
    seq = lines(text)
    tc = _typecode(text)
    firsts: array[int] = array(tc)
    ends: array[int] = array(tc)
    for first, end in seq.runs():
        firsts.append(first)
        ends.append(end)
    return BlockSequence(seq, firsts, ends)


# --- display width and the page -----------------------------------------------------------


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospaced rendering: wide (CJK) characters count 2.

    Extractors that keep the layout (``pdftotext -layout``) pad with spaces in these units,
    and a justified line of a hard-wrapped page has (nearly) the same width as its
    neighbours whatever mix of Han characters and half-width digits it holds.

    >>> display_width("国156个重点项目"), display_width("  ab")
    (15, 4)
    """
    return len(text) + wide_count(text)


#: The shapes a page's text comes in (see :func:`build_page`).
PageShape = Literal["paragraph-per-line", "hard-wrapped", "layout-columns"]

# A gap inside a line that separates two columns of a ``-layout`` rendering.
_COLUMN_GAP_RE = _rx.compile(r"\S[ ]{3,}+(?=\S)")


def _has_column_gap(text: str) -> bool:
    """Whether ``text`` has a run of three or more spaces between two non-space characters
    (only text holding three spaces in a row is given to the pattern)."""
    return "   " in text and _COLUMN_GAP_RE.search(text) is not None


# Sentence-final punctuation: a justified full line rarely ends a paragraph with anything else.
_LINE_FINAL = frozenset("。！？!?…”’」』）)")
_SENTENCE_END = frozenset("。！？!?")
# A dateline (an outlet and a place, a date, 电 or 讯: 本报北京10月19日电, 新华社华盛顿10月18日电)
# opens a story's first paragraph: a line starting with one never goes on from the line above
# (a headline or a standfirst as wide as the column stands over it).
_DATELINE_OPEN_RE = _rx.compile(r"\p{Han}{2,12}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[电電讯訊]")
# A dateline broken off at the column's edge before its 电, all of its line (本报杭州7月27 /
# 日电…, 新华社兰州10月 / 18日电…, 本报乌鲁木齐7 / 月20日电…): an outlet (a word ending in
# 社 or 报), a place, the date cut short. It opens the story's first paragraph just the same.
_DATELINE_CUT_RE = _rx.compile(
    r"\p{Han}{0,4}?[社报報]\p{Han}{2,8}?[0-9０-９]{1,2}(?:月(?:[0-9０-９]{1,2}日?)?)?[ ]*"
)
# Lines narrower than this (in columns) say nothing about the wrap width.
_MIN_WRAP = 16
# A measure narrower than this (ten characters: the narrow columns of an eight-column
# broadsheet) is a page's wrap width only when this many lines run to it: such a column
# fills dozens of lines, a list of short entries of one width (a web page's menu of the
# edition's pages, 第01版:要闻) a handful.
_NARROW_WRAP = 20
_NARROW_LINES = 24


@attrs.frozen(kw_only=True)
class Page:
    """A page of text, read once: the original, its normalised view, lines and shape.

    Build it with :func:`build_page`. Every parser of one page reads the same ``Page``, so
    the page is split and normalised once.

    Attributes:
        original: The caller's string.
        normalized: :func:`normalize` of the whole page (offsets map back to ``original``).
        lines: Every line, spans into ``original``.
        reading: The lines in reading order: the same as ``lines`` except on a
            ``layout-columns`` page, where each is one column's part of a printed line (a
            span of the original; an empty span where the column is blank on that line),
            column after column, and on a double-spaced hard-wrapped page (a blank line after
            every line, as ``pdfminer.six`` writes), read with its line breaks counted as
            half. ``Line.number`` is the position in this sequence.
        widths: The display width of each reading line's content (:func:`display_width`,
            trailing white space left out, leading kept).
        shape: ``"paragraph-per-line"`` (each paragraph one line: web copy, the sample),
            ``"hard-wrapped"`` (lines of near-equal width, a paragraph over several lines:
            ``pdftotext`` default or ``-layout`` of one column) or ``"layout-columns"``
            (columns side by side, separated by runs of spaces).
        wrap_width: The width of a full line of a hard-wrapped page (the most common wide
            width), else ``None``.
    """

    original: str
    normalized: Normalized
    lines: LineSequence
    reading: LineSequence
    widths: tuple[int, ...]
    shape: PageShape
    wrap_width: int | None

    @property
    def text(self) -> str:
        """The normalised text (same line structure as the original)."""
        return self.normalized.text

    def is_full(self, line: Line) -> bool:
        """Whether ``line`` runs to the wrap width, so its paragraph goes on below it.

        A line whose width is within a column or two of the wrap width is full; so is one
        two characters narrower (the indent of a paragraph's first line when the extractor
        dropped it) that does not end a sentence.
        """
        if self.wrap_width is None or line.blank:
            return False
        width = self.widths[line.number]
        if width < self.wrap_width - 5:
            return False  # (the cheap test first)
        text = line.text
        if _has_column_gap(text.strip()):
            return False  # items set apart by runs of spaces (a credit, a staff line)
        if width >= self.wrap_width - 2:
            return True
        return text.rstrip()[-1:] not in _LINE_FINAL


def _wrap_width(widths: Sequence[int], finals: bytes, flags: bytes) -> int | None:
    """The width of a hard-wrapped page's full lines, or ``None`` when lines do not wrap.

    The page wraps when the most common wide width (give or take two columns) holds at
    least a third of the wide lines (and at least eight), most of those lines end
    mid-sentence, and most go straight on in a next line of text.
    """
    wide = [w for w in widths if w >= _MIN_WRAP]
    if len(wide) < 8:
        return None
    counts = Counter(wide)
    get = counts.get
    best = max(counts, key=lambda w: (get(w - 1, 0) + counts[w] + get(w + 1, 0), w))
    near = [i for i, w in enumerate(widths) if best - 2 <= w <= best + 2]
    if len(near) < (8 if best >= _NARROW_WRAP else _NARROW_LINES) or 3 * len(near) < len(wide):
        return None
    if 2 * sum(1 for i in near if finals[i]) >= len(near):
        return None
    last = len(flags) - 1
    if 2 * sum(1 for i in near if i < last and not flags[i + 1] & _BLANK) < len(near):
        return None
    return best


def _measure(text: str, table: _Table) -> tuple[array[int], bytes]:
    """The display width of each line's content (trailing white space and leading form
    feeds left out) and whether it ends with sentence-final punctuation."""
    count = len(table.flags)
    widths: array[int] = array(table.starts.typecode, [0]) * count
    finals = bytearray(count)
    for k, (s, e) in enumerate(zip(table.starts, table.ends, strict=True)):
        if s < e:
            body = text[s:e].rstrip()
            widths[k] = display_width(body.lstrip("\f"))
            finals[k] = body[-1:] in _LINE_FINAL
    return widths, bytes(finals)


#: A page is read as ``-layout`` columns when at least one in this many of its lines of
#: text has a gap between columns.
_GAPPED_SHARE = 4


def _columns(text: str, table: _Table) -> _Table | None:
    """The reading table of a ``-layout`` page of columns (cells in reading order, each
    ending with a line feed), or ``None`` when the page is not one.

    A page whose runs of spaces were handed over as tabs is read with the tabs written out
    as the spaces they stand for (``paper_parser._columns.expand_tabs``), its cells cut
    from the page as given."""
    expanded = expand_tabs(text)
    if expanded is not None:
        copy, at = expanded
        cells = _spaced_columns(copy, _table(copy))
        if cells is not None:
            return _Table(
                starts=array(table.starts.typecode, (at[k] for k in cells.starts)),
                ends=array(table.starts.typecode, (at[e] for e in cells.ends)),
                flags=cells.flags,
            )
    return _spaced_columns(text, table)


def _spaced_columns(text: str, table: _Table) -> _Table | None:
    """:func:`_columns` of a page with no tab."""
    if "   " not in text:
        return None  # no line has a gap between columns
    flags = table.flags
    textual = gapped = 0
    for m in _TEXT_RUN_RE.finditer(flags):
        textual += m.end() - m.start()
        for k in range(m.start(), m.end()):
            body = text[table.starts[k] : table.ends[k]]
            gapped += "   " in body and _has_column_gap(body.strip())
    # A page of columns has a gap on a good share of its lines, not on all: headings stand
    # alone on theirs, and one article's column may run on alone below its neighbours'
    # (on a broadsheet of five to eight columns, a quarter of the lines and more).
    if textual < 5 or _GAPPED_SHARE * gapped < textual:
        return None
    cells = column_reading(text, list(zip(table.starts, table.ends, strict=True)))
    if cells is None:
        return None
    starts: array[int] = array(table.starts.typecode, (sp.start for sp, _ in cells))
    ends: array[int] = array(table.starts.typecode, (sp.end for sp, _ in cells))
    return _Table(starts=starts, ends=ends, flags=bytes(1 | _BLANK * b for _, b in cells))


#: A page is double-spaced when more than this share of its blocks is one line long.
_SPACED_SHARE = 0.5
_PURE_BLANK = _BLANK | _HIDDEN
#: A ``bytes.translate`` table of the flags: 1 for a line of white space alone, else 0.
_IS_PURE_BLANK = bytes(int(b & _PURE_BLANK == _BLANK) for b in range(256))
#: A double-spaced page read single-spaced is wrapped only when at most this share of its
#: lines is wider than its measure by more than this many columns.
_OVER_SHARE = 0.1
_OVER_MEASURE = 4


def _pure_blanks(flags: bytes, lo: int, hi: int) -> int:
    """How many of lines ``[lo, hi)`` hold nothing but white space (no invisible character)."""
    return flags[lo:hi].translate(_IS_PURE_BLANK).count(1)


def _line_spacing(flags: bytes) -> int:
    """The number of blank lines most often found between two lines of text (0 when lines
    mostly follow each other; leading and trailing blank lines left out)."""
    counts: dict[int, int] = {}
    pos = -1
    for m in _TEXT_RUN_RE.finditer(flags):
        if pos >= 0:
            gap = _pure_blanks(flags, pos, m.start())
            counts[gap] = counts.get(gap, 0) + 1
        if m.end() - m.start() > 1:
            counts[0] = counts.get(0, 0) + m.end() - m.start() - 1
        pos = m.end()
    return max(counts, key=lambda g: (counts[g], -g)) if counts else 0


def _single_spaced(flags: bytes, spacing: int) -> list[int]:
    """The numbers of the lines kept when a page whose lines are ``spacing`` blank lines
    apart is read single-spaced: of ``k`` blank lines after a line of text,
    ``(k - spacing + (spacing + 1) // 2) // (spacing + 1)`` stay (at one blank line between
    lines, ``k // 2``: one goes, three become one; at two, two or three go and four to six
    become one). Lines holding an invisible character, and the blank lines before the first
    line of text and after the last, all stay."""
    keep: list[int] = []
    pos = 0
    step = spacing + 1
    for m in _TEXT_RUN_RE.finditer(flags):
        start, end = m.span()
        drop = 0
        if pos > 0:
            pure = _pure_blanks(flags, pos, start)
            drop = pure - max(0, (pure - spacing + step // 2) // step)
        if not drop:
            keep.extend(range(pos, start))
        else:
            for k in range(pos, start):
                if drop and flags[k] & _PURE_BLANK == _BLANK:
                    drop -= 1
                else:
                    keep.append(k)
        keep.extend(range(start, end))
        pos = end
    keep.extend(range(pos, len(flags)))
    return keep


def _closed_up(
    table: _Table, widths: array[int], finals: bytes
) -> tuple[_Table, array[int], int] | None:
    """A double-spaced hard-wrapped page read without the blank line after each line.

    Some extractors put a blank line after every line of a page (``pdfminer.six``, a viewer's
    copy), or turn the space between lines into blank lines (``pdfplumber``'s layout mode):
    most blocks are one line long, and the blank lines found most often between two lines
    (:func:`_line_spacing`: one, or two at a finer vertical scale) say nothing. When most
    blocks are one line and the page read single-spaced (:func:`_single_spaced`) is
    hard-wrapped, that is its reading table. Returns the reading table, its widths and the
    wrap width, or None when the page is not one.
    """
    flags = table.flags
    # (lengths read from the matches one at a time: a list of the runs' bytes would hold an
    # object per block, on a page of lines and blank lines alternating 17 bytes a character)
    run_lengths = [m.end() - m.start() for m in _TEXT_RUN_RE.finditer(flags)]
    runs, single = len(run_lengths), run_lengths.count(1)
    if runs < 8 or single <= _SPACED_SHARE * runs:
        return None
    if sum(1 for w in widths if w >= _MIN_WRAP) < 8:
        return None  # too few wide lines to be hard-wrapped however it is read
    tc = table.starts.typecode
    keep = array(tc, _single_spaced(flags, max(1, _line_spacing(flags))))
    kept_widths = array(widths.typecode, map(widths.__getitem__, keep))
    kept_finals = bytes(map(finals.__getitem__, keep))
    kept_flags = bytes(map(flags.__getitem__, keep))
    wrap = _wrap_width(kept_widths, kept_finals, kept_flags)
    if wrap is None:
        return None
    # Text wrapped at a measure has no line much wider than it: a page whose paragraphs are
    # long lines (each a paragraph) and whose one-line blocks are headings is not wrapped.
    textual = len(kept_widths) - kept_widths.count(0)
    if sum(1 for w in kept_widths if w > wrap + _OVER_MEASURE) > _OVER_SHARE * textual:
        return None
    closed = _Table(
        starts=array(tc, map(table.starts.__getitem__, keep)),
        ends=array(tc, map(table.ends.__getitem__, keep)),
        flags=kept_flags,
    )
    return closed, kept_widths, wrap


def fold_spaces(text: str) -> str:
    """``text`` with every wide or no-break space (an ideographic space, U+00A0, the
    typographic spaces, and U+FEFF: a byte order mark read as text) written as an ASCII
    space, one for one, so offsets are unchanged; ``text`` itself when it has none. Readers
    whose patterns speak of spaces read this view of a page and cut their spans from the
    page itself (:func:`respan`).

    >>> fold_spaces("本报记者\u3000康\u3000岩")
    '本报记者 康 岩'
    >>> s = "no wide spaces"
    >>> fold_spaces(s) is s
    True
    """
    if _WIDE_SPACE_RE.search(text) is None:
        return text
    return text.translate(_SPACE_FOLD)


def fold_forms(text: str) -> str:
    """``text`` with every radical or compatibility ideograph written as the unified
    ideograph it stands for, one for one (``paper_parser._radicals.RADICAL_FORMS``: text
    taken from a PDF whose fonts map common characters to radicals, ``⼈民⽇报`` for
    人民日报); ``text`` itself when it has none. See :func:`fold_spaces` and :func:`respan`.

    >>> fold_forms("⼈民⽇报 ⻓江")
    '人民日报 长江'
    >>> s = "人民日报"
    >>> fold_forms(s) is s
    True
    """
    if _RADICAL_RE.search(text) is None:
        return text
    return text.translate(RADICAL_FORMS)


#: A reading in pinyin that a converter put in round brackets after a character (``網(wǎng)``,
#: ``長(zhǎng)``): sites that copy a page and convert it to traditional characters annotate
#: characters with several readings so. Lower-case Latin letters, one of them a vowel with a
#: tone mark (which no word, name or code in brackets after a Han character carries).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_READING_RE = _rx.compile(
    rf"(?<=\p{{Han}})[(（](?=[a-zü]{{0,5}}+[{_TONED}])[a-zü{_TONED}]{{1,6}}+[)）]"
)


def fold_readings(text: str) -> tuple[str, tuple[int, ...] | None]:
    """``text`` with the readings in pinyin a converter put after characters taken out
    (``發(fā)布時(shí)間`` reads ``發布時間``), and where each character of that view stands
    in ``text``: ``positions[i]`` for the view's ``i``-th character, ``positions[len(view)]
    == len(text)``; a reading goes with the character before it. ``(text, None)`` when it
    has none. See :func:`respan` (``positions``).

    >>> view, at = fold_readings("網(wǎng)站")
    >>> view, at
    ('網站', (0, 7, 8))
    >>> fold_readings("新华社(北京)")
    ('新华社(北京)', None)
    """
    if not _TONED_CHARS.intersection(text):
        return text, None
    found = list(_READING_RE.finditer(text))
    if not found:
        return text, None
    pieces: list[str] = []
    positions: list[int] = []
    at = 0
    for m in found:
        pieces.append(text[at : m.start()])
        positions.extend(range(at, m.start()))
        at = m.end()
    pieces.append(text[at:])
    positions.extend(range(at, len(text) + 1))
    return "".join(pieces), tuple(positions)


_TONED_CHARS = frozenset(_TONED)


#: Blank lines after a line's end: ``\n`` and the blank lines (each with its terminator).
_BLANK_RUN_RE = _rx.std_compile(r"\n((?:[^\S\r\n]*+\r?\n)++)")
#: Runs of blank lines between text a page needs before its spacing is read as doubled.
_SPACED_RUNS = 3


def fold_blank_runs(text: str) -> str:
    """``text`` with the blank lines a converter doubled taken out again, one for one (the line
    ends of the blank lines taken out written as spaces); ``text`` itself otherwise.

    A copy that writes every blank line twice leaves two blank lines where the page had one
    and three where it had two. On a page with at least three runs of blank
    lines between its text, the shortest two or more, each run loses as many lines as the
    shortest has beyond one: the page reads as printed, and a wider gap stays wider. A page
    with a single blank line anywhere between its text is left alone.

    >>> fold_blank_runs("标题\\n\\n\\n正文一\\n\\n\\n\\n正文二\\n\\n\\n完")
    '标题\\n \\n正文一\\n \\n\\n正文二\\n \\n完'
    >>> s = "标题\\n\\n正文\\n\\n\\n完"
    >>> fold_blank_runs(s) is s
    True
    """
    runs = [m for m in _BLANK_RUN_RE.finditer(text) if _between_text(text, m.start(), m.end())]
    if len(runs) < _SPACED_RUNS:
        return text
    least = min(m.group(1).count("\n") for m in runs)
    if least < 2:
        return text
    out = list(text)
    for m in runs:
        k = m.start(1)
        for _ in range(least - 1):  # the ends of the run's first blank lines
            end = text.index("\n", k)
            for j in range(end - 1 if text[end - 1] == "\r" else end, end + 1):
                out[j] = " "
            k = end + 1
    return "".join(out)


def _between_text(text: str, start: int, end: int) -> bool:
    """Whether text stands both before the line end at ``start`` (on its line) and after
    ``end``."""
    line = text.rfind("\n", 0, start) + 1
    after = text.find("\n", end)
    return bool(text[line:start].strip()) and bool(
        text[end : len(text) if after < 0 else after].strip()
    )


def fold_breaks(text: str) -> str:
    """``text`` with every line break other than a line feed or a form feed written as a line
    feed, one for one (``\\r`` alone, as classic Mac files and ``pdftotext -eol mac`` end
    lines, a vertical tab, U+0085, U+2028, U+2029; the ``\\r`` of ``\\r\\n`` stays), so
    offsets and lines are unchanged; ``text`` itself when it has none. A ``\\r`` right
    before ``\\r\\n`` is no break but what a second conversion to Windows line ends
    leaves (``\\r\\r\\n``): it is written as a space. A line break written as an HTML tag
    (``<br/>``, ``<br>``, left in a copy of a page's source) is one too: a line feed and
    spaces take its place, as many characters as the tag. See :func:`fold_spaces` and
    :func:`respan`.

    >>> fold_breaks("甲\\r乙\\r\\n丙\\u2028丁\\r\\r\\n戊")
    '甲\\n乙\\r\\n丙\\n丁 \\r\\n戊'
    >>> fold_breaks("专栏:<br/>射击")
    '专栏:\\n    射击'
    """
    if "<" in text and _MARKUP_BREAK_RE.search(text) is not None:
        text = _MARKUP_BREAK_RE.sub(lambda m: "\n" + " " * (len(m.group()) - 1), text)
    if _OTHER_LINE_BREAK_RE.search(text) is None:
        return text
    return _OTHER_LINE_BREAK_RE.sub(_break_or_space, text)


def _break_or_space(m: re.Match[str]) -> str:
    return " " if m.group(1) else "\n"


def respan(
    result: _R, original: str, *, texts: bool = True, positions: Sequence[int] | None = None
) -> _R:
    """``result`` (an ``attrs`` instance, or tuples of them) as read from a view of
    ``original`` that differs only character for character (:func:`fold_spaces`,
    :func:`fold_breaks`), with every :class:`~paper_parser.Span` cut again from
    ``original`` and every ``text`` field that was its ``span``'s text taken with it. Text
    put together from several pieces (a paragraph rejoined across lines) keeps the
    characters of the view. Objects with no span over a folded character are returned as
    they are. With ``texts=False`` only the spans are cut again: the ``text`` fields keep the
    view's characters (:func:`fold_forms`: 人 read for ⼈ stays 人).

    >>> page = "记者\u3000王浩"
    >>> read = Span.of(fold_spaces(page), 0, 5)
    >>> read.text, respan(read, page).text
    ('记者 王浩', '记者\u3000王浩')

    ``positions`` are where each character of a view that left characters out or wrote one
    as several stands in ``original`` (one more entry: ``len(original)``): readings taken
    out (:func:`fold_readings`), tabs written as the spaces they stand for (the parser's
    ``_columns.expand_tabs``). A span is then cut from where its first
    character stands to where the character after its last one does, and a text or name
    that was its pieces' texts put together is put together again from the pieces as cut.

    >>> view, at = fold_readings("網(wǎng)站")
    >>> respan(Span.of(view, 0, 1), "網(wǎng)站", positions=at)
    Span(start=0, end=7, text='網(wǎng)')
    """
    return _Respan(original, texts=texts, positions=positions).walk(result)  # type: ignore[return-value]


class _Respan:
    """One walk of :func:`respan`: the fields of each class met are looked up once per walk
    (a page's result holds thousands of objects of a dozen classes)."""

    def __init__(
        self, original: str, *, texts: bool, positions: Sequence[int] | None = None
    ) -> None:
        self.original = original
        self.texts = texts
        self.positions = positions
        self.fields: dict[type, tuple[tuple[str, str], ...] | None] = {}

    def walk(self, obj: object) -> object:
        cls = type(obj)
        if cls is Span:
            span = cast(Span, obj)
            if self.positions is not None:
                start, end = self.positions[span.start], self.positions[span.end]
                return Span(start=start, end=end, text=self.original[start:end])
            cut = self.original[span.start : span.end]
            return obj if cut == span.text else Span(start=span.start, end=span.end, text=cut)
        if cls is tuple:
            old = cast(tuple[object, ...], obj)
            items = tuple(map(self.walk, old))
            return obj if all(a is b for a, b in zip(items, old, strict=True)) else items
        if cls not in self.fields:
            self.fields[cls] = (
                tuple((f.name, f.alias or f.name) for f in attrs.fields(cls) if f.init)
                if attrs.has(cls)
                else None
            )
        pairs = self.fields[cls]
        if pairs is None:
            return obj
        changes: dict[str, object] = {}
        for name, alias in pairs:
            value = getattr(obj, name)
            new = self.walk(value)
            if new is not value:
                changes[alias] = new
        after: object = changes.get("span")
        before: object = getattr(obj, "span", None)
        if (
            self.texts
            and isinstance(after, Span)
            and isinstance(before, Span)
            and getattr(obj, "text", None) == before.text
        ):
            changes["text"] = after.text
        if self.positions is not None:
            self._joined(obj, changes)
        return attrs.evolve(obj, **changes) if changes else obj  # type: ignore[misc]

    @staticmethod
    def _joined(obj: object, changes: dict[str, object]) -> None:
        """A text (or name) put together from pieces with nothing between them (a paragraph
        rejoined across lines, a title's lines, a name printed in two pieces) is put
        together again from the pieces as cut from the original."""
        for pieces in ("spans", "lines"):
            news = changes.get(pieces)
            olds = getattr(obj, pieces, None)
            if not (
                isinstance(news, tuple)
                and isinstance(olds, tuple)
                and all(isinstance(x, Span) for x in olds)
            ):
                continue
            before = "".join(x.text for x in olds)
            after = "".join(cast(Span, x).text for x in news)
            for name in ("text", "name"):
                if name not in changes and getattr(obj, name, None) == before:
                    changes[name] = after
            return


def build_page(text: str) -> Page:
    """Read ``text`` once: normalise it, split its lines, measure them, tell its shape.

    Never raises. The shape is read from line widths alone, no word lists: a page whose
    lines share one width and mostly end mid-sentence is hard-wrapped; one whose lines
    carry wide runs of spaces between text is ``-layout`` columns.

    >>> page = build_page("第一段文字很长很长很长很长很长。\\n第二段。\\n")
    >>> page.shape, len(page.lines), page.wrap_width is None
    ('paragraph-per-line', 3, True)
    >>> wrapped = "\\n".join(["一二三四五六七八九十一二三四五，"] * 9 + ["完。"])
    >>> page = build_page(wrapped)
    >>> page.shape, page.wrap_width, page.is_full(page.lines[0]), page.is_full(page.lines[9])
    ('hard-wrapped', 32, True, False)
    """
    norm = normalize(text)
    table = _table(text)
    all_lines = LineSequence(text, table)
    shape: PageShape = "paragraph-per-line"
    reading = all_lines
    cells = _columns(text, table)
    if cells is not None:
        shape = "layout-columns"
        reading = LineSequence(text, cells)
        table = cells
    widths, finals = _measure(text, table)
    wrap = _wrap_width(widths, finals, table.flags)
    if shape == "paragraph-per-line" and wrap is None:
        closed = _closed_up(table, widths, finals)
        if closed is not None:  # a double-spaced page, read as its lines without the gaps
            table, widths, wrap = closed
            reading = LineSequence(text, table)
    if shape == "paragraph-per-line" and wrap is not None:
        shape = "hard-wrapped"
    return Page(
        original=text,
        normalized=norm,
        lines=all_lines,
        reading=reading,
        widths=tuple(widths),
        shape=shape,
        wrap_width=wrap,
    )


# A page-number footer left by PDF extraction: 第 93 页, - 12 -, Page 3, 3 / 20.
_FOOTER_RE = _rx.compile(
    r"""
    [\s]*+
    (?:第[ ]*+[0-9０-９]{1,4}+[ ]*+页
      |[-—–][ ]*+[0-9０-９]{1,4}+[ ]*+[-—–]
      |(?i:page)[ ]*+[0-9０-９]{1,4}+(?:[ ]*+(?i:of)[ ]*+[0-9０-９]{1,4}+)?
      |[0-9０-９]{1,4}+[ ]*+/[ ]*+[0-9０-９]{1,4}+)
    [\s]*+
    """,
    regex.VERBOSE,
)


#: The most characters other than spaces a footer holds (``page 1234 of 1234``).
_FOOTER_MAX = 14


@attrs.frozen(kw_only=True)
class Row:
    """A paragraph of a page as laid out: one line, or a hard-wrapped run of lines.

    Attributes:
        pieces: The content of each line (white space at either end left out), in order.
            The text between two pieces (line breaks, blank lines, a page footer) is not
            part of the paragraph; joining the pieces' texts with nothing gives it.
        lines: The number of each piece's line in :attr:`Page.reading`.
    """

    pieces: tuple[Span, ...]
    lines: tuple[int, ...]

    @property
    def start(self) -> int:
        """Where the first piece starts."""
        return self.pieces[0].start

    @property
    def end(self) -> int:
        """Where the last piece ends."""
        return self.pieces[-1].end


def is_footer(text: str) -> bool:
    """Whether ``text`` (one line) is a page-number footer such as ``第 93 页``.

    >>> is_footer("  第 93 页"), is_footer("- 12 -"), is_footer("第三页很重要")
    (True, True, False)
    """
    core = text.strip()
    if len(core) - core.count(" ") > _FOOTER_MAX:
        return False  # longer than any footer (most lines): no need to try the pattern
    return _FOOTER_RE.fullmatch(text) is not None


def _piece(page: Page, line: Line) -> Span | None:
    text = page.original
    s, e = line.span.start, line.span.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span.of(text, s, e) if s < e else None


def rows(page: Page) -> tuple[Row, ...]:
    """The page's paragraphs as laid out: lines of a hard-wrapped page joined into rows.

    On a hard-wrapped page a full line (:meth:`Page.is_full`) goes on in the next line of
    text; across blank lines and page footers only when it does not end a sentence (a page
    break inside a paragraph). Every other line is a row of its own, and so is every line
    of a page of another shape. Page footers and blank lines belong to no row.

    >>> lines_ = ["一二三四五六七八九十一二三四五，"] * 9 + ["完。", "", "下段。"]
    >>> page = build_page("\\n".join(lines_))
    >>> [len(r.pieces) for r in rows(page)]
    [10, 1]
    """
    return tuple(iter_rows(page))


#: A run of at least this many lines of one Han character each is text set vertically.
_VERTICAL_MIN = 3
#: The most characters one column of vertical type holds: a broadsheet page is about 50 cm
#: high and body type about 3 mm, so a longer run is read as columns of this many characters
#: (which also keeps a row small on a page of a million one-character lines).
_VERTICAL_MAX = 160
#: A Han character. The one compiled pattern for it, which segment, _units and masthead use too.
HAN_RE = _rx.compile(r"\p{Han}")


def _one_han(piece: Span | None) -> bool:
    return piece is not None and piece.end - piece.start == 1 and bool(HAN_RE.match(piece.text))


def _vertical_run(page: Page, first: int, end: int) -> int:
    """How many lines from ``first`` (before ``end``, and at most :data:`_VERTICAL_MAX`)
    hold one Han character each."""
    k = first
    end = min(end, first + _VERTICAL_MAX)
    while k < end and _one_han(_piece(page, page.reading[k])):
        k += 1
    return k - first


def iter_rows(page: Page) -> Iterator[Row]:
    """The rows of :func:`rows` one after another (runs of blank lines skipped at once).

    Text set vertically (a headline down the side of a story) comes out of an extractor one
    character per line: a run of three or more lines of one Han character each, with no blank
    line between them, is one row (up to 160 lines, a column), on a page of any shape.

    >>> [[p.text for p in r.pieces] for r in iter_rows(build_page("新\\n时\\n代\\n\\n正文。"))]
    [['新', '时', '代'], ['正文。']]
    """
    reading = page.reading
    pieces: list[Span] = []
    numbers: list[int] = []
    last: Line | None = None  # the line of pieces[-1] (a Line is built on each reading)
    vertical = range(0)  # the later lines of the vertical run being read
    # Whether the line of pieces[-1] is a block of one line (blank lines above and below):
    # a title set apart (a block of its own in an extractor's reading), which no text goes
    # on from across the blank line under it, however wide it runs. A paragraph broken at
    # a column's foot goes on from a block of its lines.
    alone = False
    opened = False  # whether the line of pieces[-1] opens its block (a blank line above)
    prev_end = 0  # the end of the run before (blank lines between: a gap, :data:`_WIDE_GAP`)
    columns = page.shape == "layout-columns"
    for first, end in reading.runs():
        gap = True  # blank lines before the run
        wide_gap = columns and first - prev_end >= _WIDE_GAP
        prev_end = end
        for number in range(first, end):
            line = reading[number]
            if is_footer(line.text):
                gap = True
                continue
            piece = _piece(page, line)
            if piece is None:  # only invisible characters: not text
                gap = True
                continue
            if number >= vertical.stop and _one_han(piece):
                run = _vertical_run(page, number, end)
                if run >= _VERTICAL_MIN:
                    vertical = range(number + 1, number + run)
            if (
                last is not None
                and number not in vertical
                and not (
                    _goes_on(page, last, pieces[-1], gap=gap)
                    and not (gap and alone)
                    and not (gap and wide_gap and _wider(page, last))
                    and not (gap and not opened and _ends_short(page, last, pieces))
                    and not (opened and not gap and _overhangs(page, last, line))
                    and not _opens(page, line, pieces[-1])
                    and not _DATELINE_OPEN_RE.match(piece.text)
                    and not _DATELINE_CUT_RE.fullmatch(piece.text)
                )
            ):
                yield Row(pieces=tuple(pieces), lines=tuple(numbers))
                pieces, numbers = [], []
            pieces.append(piece)
            numbers.append(number)
            opened = gap or last is None
            last = line
            alone = end - first == 1 and page.shape != "layout-columns"
            gap = False
    if pieces:
        yield Row(pieces=tuple(pieces), lines=tuple(numbers))


#: Blank lines in a row that part a column's text on a ``-layout`` page read column after
#: column: the blank lines of its rhythm are left out of the reading (``_columns``), so
#: these are a photo set in the column or the end of its text; no line wider than the
#: measure (:func:`_wider`: a title over a photo, not a line of the column) goes on across
#: them into the text after them. (A column's last line, at the measure, goes on into the
#: next column's first across the blank lines between.)
_WIDE_GAP = 4


def _wider(page: Page, line: Line) -> bool:
    """Whether ``line`` runs past the page's measure by more than a character: no line of
    a column of text does (a title set across columns, a caption under a photo)."""
    wrap = page.wrap_width
    return wrap is not None and page.widths[line.number] > wrap + 2


#: How far (in columns: two characters) a line may run past the measure of the lines
#: under it and still be one of their column's lines.
_OVERHANG = 4


def _overhangs(page: Page, line: Line, below: Line) -> bool:
    """Whether ``line``, at the top of its block, runs more than two characters past the
    page's measure while the line under it keeps to it: a column's lines are set to one
    measure (a paragraph's first line, its indent dropped, is narrower still), so the line
    over them is not one of them (a title set across columns, the text of a wider
    column), and no paragraph goes on from it into them."""
    wrap = page.wrap_width
    if wrap is None:
        return False
    if not page.widths[line.number] > wrap + _OVERHANG >= page.widths[below.number] + 2:
        return False
    # (a line of a web page's controls in Latin letters tells nothing of a column)
    return HAN_RE.search(line.text) is not None


def _ends_short(page: Page, line: Line, pieces: Sequence[Span]) -> bool:
    """Whether ``line`` (the last of ``pieces``, not the first line of its block) is short
    of the measure by an indent after a line that does not end a sentence: only a
    paragraph's first line is narrow by its dropped indent; inside a paragraph a line runs
    to the measure, so one that stops short of it under the line it goes on from ends its
    paragraph (or its title: 美苏两国外长二 / 十二日开始会谈), and nothing goes on from it
    across the blank line under it."""
    wrap = page.wrap_width
    if wrap is None or len(pieces) < 2 or page.widths[line.number] >= wrap - 2:
        return False
    return pieces[-2].text.rstrip("”’」』")[-1:] not in _SENTENCE_END


def _goes_on(page: Page, line: Line, piece: Span, *, gap: bool) -> bool:
    if page.shape == "paragraph-per-line" or not page.is_full(line):
        return False
    return not (gap and piece.text[-1] in _LINE_FINAL)


def _opens(page: Page, line: Line, before: Span) -> bool:
    """Whether ``line``, after a full line that ends a sentence, opens a paragraph: it is
    one indent (two characters, three to five columns) narrower than the wrap width and does
    not end a sentence, so its paragraph goes on below it. An extractor that drops the
    indent of a paragraph's first line (``pdftotext`` without ``-layout``, a column read out
    of ``-layout``) leaves it so; a line inside a paragraph runs to the measure."""
    wrap = page.wrap_width
    if wrap is None or line.blank or before.text.rstrip("”’」』")[-1:] not in _SENTENCE_END:
        return False
    if not wrap - 5 <= page.widths[line.number] <= wrap - 3:
        return False
    text = line.text.rstrip()
    return bool(text) and text[-1] not in _LINE_FINAL and not _has_column_gap(text.strip())
