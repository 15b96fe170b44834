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
import functools
from collections.abc import Iterator

import attrs
import regex

from paper_parser._types import Span

__all__ = [
    "DASHES",
    "Block",
    "Line",
    "Normalized",
    "blocks",
    "lines",
    "normalize",
]

#: A character class (for :mod:`regex` patterns) matching every dash printed in identifiers
#: such as ``CN33—0018`` and ``31—2``: hyphen-minus, hyphen, non-breaking hyphen, figure
#: dash, en dash, em dash, horizontal bar, minus sign, full-width hyphen-minus, small
#: hyphen-minus and the box-drawing horizontal that some PDF fonts use.
DASHES = "[\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d\ufe63\u2500]"

# Characters rewritten one for one (same length, so positions are unchanged).
_TRANSLATE: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_TRANSLATE[0x25CB] = "\u3007"  # ○ -> 〇
for _space in (0x3000, 0x00A0, 0x2007, 0x202F, 0x205F, *range(0x2000, 0x200B)):
    _TRANSLATE[_space] = " "

# Characters removed (they change lengths, so they need the offset map).
_REMOVED = "\u200b\u2060\ufeff\u00ad"
_REMOVED_RE = regex.compile(f"[{_REMOVED}]++")
for _cp in map(ord, _REMOVED):
    _TRANSLATE[_cp] = ""

# The full-width forms most pages print over and over (a page has hundreds of ，), rewritten
# first with ``str.replace``: a scan in C per character costs far less than a regex match
# per occurrence. The rest are rewritten run by run below.
_COMMON = [(c, _TRANSLATE[ord(c)]) for c in "，：；（）！？％．\u3000０１２３４５６７８９"]


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
# Runs of them, captured: ``split`` then gives the untouched and the touched runs in turn.
# Most page text has few of them, so rewriting just these runs is much faster than
# ``str.translate`` over the whole page.
_TOUCHED_RE = regex.compile(f"([{TOUCHED_CLASS}]++)")


_LINE_RE = regex.compile(
    r"""
    (?P<body>[^\r\n]*+)      # the line's content, possessive: no backtracking
    (?P<end>\r\n|\r|\n|)     # its terminator; empty only for the last line
    """,
    regex.VERBOSE,
)
_BLANK_RE = regex.compile(r"[\s\u200b\u2060\ufeff\u00ad]*+")


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


@functools.lru_cache(maxsize=8)
def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching, keeping the map back to it.

    Normalising twice gives the same text as normalising once. The result is immutable, so
    the last few results are memoised: the parsers of one page (masthead, identifiers,
    dates, numbers) share one normalisation instead of each paying for it.

    >>> normalize("１．５万，邮编：３１００１２　○").text
    '1.5万,邮编:310012 〇'
    >>> normalize(normalize("（记者　张三）").text).text == normalize("（记者　张三）").text
    True
    """
    out = text
    for char, twin in _COMMON:
        if char in out:
            out = out.replace(char, twin)
    parts = _TOUCHED_RE.split(out)
    if len(parts) > 1:
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
        ending: The terminator as printed (``"\\n"``, ``"\\r\\n"``, ``"\\r"``, or ``""`` for
            a last line without one).
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
        lines: The lines of the block, in order.
    """

    span: Span
    lines: tuple[Line, ...]

    @property
    def text(self) -> str:
        """The block's text as printed."""
        return self.span.text


def _iter_lines(text: str) -> Iterator[Line]:
    pos = 0
    number = 0
    n = len(text)
    while True:
        m = _LINE_RE.match(text, pos)
        assert m is not None  # the pattern matches the empty string
        body_end = m.end("body")
        line_span = Span.of(text, pos, body_end)
        blank = _BLANK_RE.fullmatch(text, pos, body_end) is not None
        yield Line(number=number, span=line_span, ending=m.group("end"), blank=blank)
        number += 1
        pos = m.end()
        if pos >= n and not m.group("end"):
            return
        if pos >= n:
            # Text ends with a terminator: there is one more, empty, line.
            yield Line(number=number, span=Span.of(text, n, n), ending="", blank=True)
            return


def lines(text: str) -> tuple[Line, ...]:
    """Split ``text`` into lines at ``\\n``, ``\\r\\n`` and ``\\r``.

    Concatenating every line's text and ending gives ``text`` back.

    >>> [(ln.text, ln.ending) for ln in lines("甲\\r\\n乙\\n")]
    [('甲', '\\r\\n'), ('乙', '\\n'), ('', '')]
    >>> "".join(ln.text + ln.ending for ln in lines("甲\\r\\n乙\\n"))
    '甲\\r\\n乙\\n'
    """
    return tuple(_iter_lines(text))


def blocks(text: str) -> tuple[Block, ...]:
    """Split ``text`` into blocks: runs of non-blank lines, separated by blank lines.

    Everything outside the blocks is white space and line breaks, so the blocks and the
    gaps between them reproduce ``text`` exactly.

    >>> page = "浙江工人日报\\n\\n倾情关注劳动群体\\n全心服务工会组织\\n"
    >>> [b.text for b in blocks(page)]
    ['浙江工人日报', '倾情关注劳动群体\\n全心服务工会组织']
    >>> [(b.span.start, b.span.end) for b in blocks(page)]
    [(0, 6), (8, 25)]
    """
    result: list[Block] = []
    run: list[Line] = []

    def close() -> None:
        if run:
            span = Span.of(text, run[0].span.start, run[-1].span.end)
            result.append(Block(span=span, lines=tuple(run)))
            run.clear()

    for line in _iter_lines(text):
        if line.blank:
            close()
        else:
            run.append(line)
    close()
    return tuple(result)
