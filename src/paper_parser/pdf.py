"""Newspaper PDFs read directly: reading order from geometry, headings from type size.

Needs the optional extra ``pdf`` (``pip install 'paper-parser[pdf]'``), which brings
`pypdfium2 <https://pypi.org/project/pypdfium2/>`_ (Apache-2.0 / BSD-3-Clause: Google's
PDFium with Python bindings).

:func:`read_pdf` reads every page of a PDF into a :class:`PdfPage`: the page text in reading
order, written for :func:`paper_parser.parse_issue` (one line per paragraph, blank lines
around blocks, the headline group's kicker, headline and subtitle on lines of their own),
and every printed line with its box, type size and weight, so any span of the text maps back
to boxes on the page (:meth:`PdfPage.boxes`). :func:`parse_pdf` parses each page;
:func:`read_pdf_document` joins the pages into one text (an export whose articles run over
several pages, with paragraphs rejoined across page breaks). Pages are read one at a time
(:func:`iter_pdf` is a generator), so memory stays flat on long files.

How the page is read (columns, blocks, reading order, paragraphs, headings) is described in
``paper_parser._pdf_layout``; it uses positions and type sizes only, no word lists.

Bad input (a file that is not a PDF or is damaged, an encrypted PDF without its password, a
page with no text layer) raises :class:`~paper_parser.PaperParseError` naming the file and
page in the strict functions; :func:`scan_pdf` yields a :class:`PdfProblem` instead and goes
on with the next page.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from types import MappingProxyType
from typing import IO, Any, Literal, NamedTuple

import attrs

from paper_parser._pdf_layout import Glyph, LaidLine, lay_out
from paper_parser._pdf_write import Para, cross_page, paragraphs, write
from paper_parser._types import Span
from paper_parser.errors import PaperParseError
from paper_parser.segment import Article, Issue, parse_issue

__all__ = [
    "Box",
    "PdfDocument",
    "PdfLine",
    "PdfPage",
    "PdfPageIssue",
    "PdfProblem",
    "PdfSource",
    "article_boxes",
    "iter_pdf",
    "join_pages",
    "line_roles",
    "parse_pdf",
    "read_pdf",
    "read_pdf_document",
    "scan_pdf",
]

# What the readers accept: a path, the bytes of a PDF, or a binary file object.
PdfSource = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]

LineRole = Literal["kicker", "headline", "subtitle", "heading", "caption", "display", "body"]


@attrs.frozen(kw_only=True)
class Box:
    """A rectangle on a page, in points, origin at the page's top left, y growing downward.

    Attributes:
        page: The 1-based page number.
        x0: Left edge.
        y0: Top edge.
        x1: Right edge.
        y1: Bottom edge.
    """

    page: int
    x0: float
    y0: float
    x1: float
    y1: float


@attrs.frozen(kw_only=True)
class PdfLine:
    """A printed line of a page.

    Attributes:
        box: Where it is printed.
        size: Its type size in points (font size times the text matrix's scale).
        bold: Whether it is set bold (a bold face, or glyphs stroked over to look bold).
        span: The text it became, in the text of its :class:`PdfPage` (or
            :class:`PdfDocument`); several lines of a paragraph are consecutive spans of one
            text line.
        role: ``"headline"``, ``"kicker"``, ``"subtitle"``, ``"heading"`` (a section head:
            larger or bold type outside a headline group), ``"caption"`` (smaller type
            under a picture: its caption and photo credit), ``"display"`` (display type
            in a drawn frame, every line centred: an advertisement, a notice; no article)
            or ``"body"``.
    """

    box: Box
    size: float
    bold: bool
    span: Span
    role: LineRole
    _x0s: tuple[float, ...] = attrs.field(alias="x0s", repr=False, eq=False)
    _x1s: tuple[float, ...] = attrs.field(alias="x1s", repr=False, eq=False)

    def box_of(self, start: int, end: int) -> Box | None:
        """The box of the characters ``text[start:end]`` (text offsets) printed on this line,
        or ``None`` when the line holds none of them."""
        s, e = max(start, self.span.start), min(end, self.span.end)
        if s >= e:
            return None
        i, j = s - self.span.start, e - self.span.start - 1
        return attrs.evolve(self.box, x0=self._x0s[i], x1=self._x1s[j])


def _boxes(lines: tuple[PdfLine, ...], start: int, end: int) -> tuple[Box, ...]:
    out = []
    for ln in lines:
        if ln.span.end <= start or ln.span.start >= end:
            continue
        box = ln.box_of(start, end)
        if box is not None:
            out.append(box)
    return tuple(out)


def _range(span: object) -> tuple[int, int]:
    if isinstance(span, Span):
        return span.start, span.end
    if isinstance(span, tuple) and len(span) == 2 and all(isinstance(x, int) for x in span):
        return span[0], span[1]
    raise TypeError(f"a Span or a (start, end) pair, not {span!r}")


@attrs.frozen(kw_only=True)
class PdfPage:
    """One page of a PDF, read.

    Attributes:
        number: The 1-based page number.
        width: Width in points (as displayed, after the page's rotation).
        height: Height in points.
        text: The page text in reading order, one paragraph per line, blocks set apart by
            blank lines, headings on lines of their own: what :func:`paper_parser.parse_issue`
            reads.
        lines: Every printed line, in reading order, with its span in :attr:`text`.
        images: The boxes of the page's images.
        body_size: The body type size (the size most characters are set in).
        unmapped: How many printed characters the text layer does not map to a character
            (its font has no usable ``ToUnicode`` map): glyphs with no code, which are left
            out of :attr:`text`, and glyphs mapped to the replacement character or to the
            private-use area, which are kept as printed.
        warnings: What may be missing or garbled on the page: one line when
            :attr:`unmapped` is not zero.
    """

    number: int
    width: float
    height: float
    text: str
    lines: tuple[PdfLine, ...]
    images: tuple[Box, ...]
    body_size: float
    unmapped: int = 0
    warnings: tuple[str, ...] = ()
    _paras: tuple[Any, ...] = attrs.field(alias="paras", repr=False, eq=False)  # Para

    def boxes(self, span: object) -> tuple[Box, ...]:
        """The boxes, one per printed line, covering ``span`` (a :class:`~paper_parser.Span` of
        :attr:`text` or a ``(start, end)`` pair), in reading order."""
        return _boxes(self.lines, *_range(span))


@attrs.frozen(kw_only=True)
class PdfDocument:
    """The pages of a PDF joined into one text, for exports whose articles run over pages.

    A paragraph broken by a page break is rejoined (the page footer between its halves is
    moved after it), so :func:`paper_parser.parse_issue` reads the text as one issue.

    Attributes:
        name: The file's name.
        text: The joined text.
        lines: Every printed line of every page, spans in :attr:`text`.
        pages: The number of pages.
        warnings: The pages' :attr:`PdfPage.warnings`, in page order.
    """

    name: str
    text: str
    lines: tuple[PdfLine, ...]
    pages: int
    warnings: tuple[str, ...] = ()

    def boxes(self, span: object) -> tuple[Box, ...]:
        """The boxes (on whichever pages) covering ``span`` of :attr:`text`."""
        return _boxes(self.lines, *_range(span))


@attrs.frozen(kw_only=True)
class PdfProblem:
    """A PDF, or a page of one, that could not be read (see :func:`scan_pdf`).

    Attributes:
        name: The file's name (``"<bytes>"`` for bytes, a file object's ``name`` if any).
        page: The 1-based page number, or ``None`` when the file as a whole failed.
        reason: What is wrong, for a person.
    """

    name: str
    page: int | None
    reason: str

    def error(self) -> PaperParseError:
        """The :class:`~paper_parser.PaperParseError` the strict readers raise for it."""
        where = f"page {self.page} of {self.name}" if self.page is not None else self.name
        return PaperParseError(f"{where}: {self.reason}", text=self.name)


@attrs.frozen(kw_only=True)
class PdfPageIssue:
    """A page of a PDF and the issue parsed from its text (see :func:`parse_pdf`)."""

    page: PdfPage
    issue: Issue


# --- reading with pypdfium2 -------------------------------------------------------------------


def _pdfium() -> Any:
    try:
        import pypdfium2  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "reading PDFs needs the 'pdf' extra: pip install 'paper-parser[pdf]'"
        ) from exc
    return pypdfium2


def _name(source: PdfSource) -> str:
    if isinstance(source, str | os.PathLike):
        return os.fspath(source)
    if isinstance(source, bytes | bytearray | memoryview):
        return "<bytes>"
    return str(getattr(source, "name", "<file>"))


_OPEN_ERRORS = MappingProxyType(
    {
        2: "cannot be opened",
        3: "is not a PDF or is damaged (truncated, or its cross-reference table is broken)",
        4: "is encrypted: give its password",
        5: "is protected by a security handler that is not supported",
        6: "has a damaged page tree",
    }
)


def _open(pdfium: Any, source: PdfSource, name: str, password: str | None) -> Any:
    data: Any = source
    if isinstance(source, str | os.PathLike):
        data = os.fspath(source)
        if not os.path.isfile(data):
            raise PdfProblem(name=name, page=None, reason="no such file").error()
    elif isinstance(source, bytearray | memoryview):
        data = bytes(source)
    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        reason = _OPEN_ERRORS.get(getattr(exc, "err_code", None) or 0, f"cannot be read ({exc})")
        raise PdfProblem(name=name, page=None, reason=reason).error() from None
    except OSError as exc:
        raise PdfProblem(name=name, page=None, reason=f"cannot be read ({exc})").error() from None


class _Reader:
    """Glyphs of one text page through pdfium's C API (one call per attribute)."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.rect = raw.FS_RECTF()
        self.ox, self.oy = ctypes.c_double(), ctypes.c_double()
        self.matrix = raw.FS_MATRIX()
        self.buf = ctypes.create_string_buffer(256)
        self.flags = ctypes.c_int()

    def style(self, tp: Any, k: int) -> tuple[float, bool, bool]:
        """The type size, weight and invisibility of character ``k``'s text object."""
        raw = self.raw
        raw.FPDFText_GetMatrix(tp, k, self.matrix)
        m = self.matrix
        scale = math.sqrt(abs(m.a * m.d - m.b * m.c)) or 1.0
        size = round(raw.FPDFText_GetFontSize(tp, k) * scale, 1)
        weight = raw.FPDFText_GetFontWeight(tp, k)
        raw.FPDFText_GetFontInfo(tp, k, self.buf, 256, ctypes.byref(self.flags))
        font = self.buf.value.decode("latin-1").lower()
        obj = raw.FPDFText_GetTextObject(tp, k)
        mode = raw.FPDFTextObj_GetTextRenderMode(obj) if obj else 0
        # A bold face by weight or name, or glyphs filled and stroked (render mode 2).
        bold = weight >= 600 or any(w in font for w in ("bold", "black", "heavy")) or mode == 2
        return size, bold, mode in _INVISIBLE

    def glyphs(
        self, tp: Any, height: float, rotate: Any, covers: _Covers | None = None
    ) -> tuple[list[Glyph], int]:
        """The page's glyphs, and how many printed glyphs have no code at all (left out);
        glyphs ``covers`` paints over are not printed (left out too)."""
        raw = self.raw
        out: list[Glyph] = []
        uncoded = 0
        styles: dict[int | None, tuple[float, bool, bool]] = {}
        unseen: list[tuple[int | None, Glyph]] = []  # invisible text (an OCR layer)
        r, ox, oy = self.rect, self.ox, self.oy
        for k in range(raw.FPDFText_CountChars(tp)):
            if raw.FPDFText_IsGenerated(tp, k) == 1:
                continue
            code = raw.FPDFText_GetUnicode(tp, k)
            if code in (0, 0xFFFE, 0xFFFF):  # a glyph without a code: nothing to keep
                uncoded += 1
                continue
            if code in (10, 13):
                continue
            obj = ctypes.cast(raw.FPDFText_GetTextObject(tp, k), ctypes.c_void_p).value
            style = styles.get(obj)
            if style is None:
                style = styles[obj] = self.style(tp, k)
                if covers is not None and obj in covers.overprinted:
                    style = styles[obj] = (style[0], True, style[2])
            raw.FPDFText_GetLooseCharBox(tp, k, r)
            raw.FPDFText_GetCharOrigin(tp, k, ox, oy)
            # Invisible text is never painted, so nothing painted over it hides it: it is
            # what an OCR tool read in the picture it lies under (a searchable scan).
            mid = ((r.left + r.right) / 2, (r.top + r.bottom) / 2)
            if not style[2] and covers and covers.hides(obj, *mid):
                continue
            x0, top, x1, bottom, base = rotate(r.left, r.top, r.right, r.bottom, ox.value, oy.value)
            glyph = Glyph(chr(code), x0, top, x1, bottom, base, style[0], style[1])
            if style[2]:
                unseen.append((obj, glyph))
            else:
                out.append(glyph)
        return out + _unprinted(unseen, out), uncoded


#: Text render modes that paint nothing: 3 (neither fill nor stroke) and 7 (clip only).
_INVISIBLE = frozenset({3, 7})


def _unprinted(unseen: list[tuple[int | None, Glyph]], printed: list[Glyph]) -> list[Glyph]:
    """The invisible glyphs (each with its text object) that are no copy of printed text.

    A page with two text layers (a printed PDF run through OCR: the OCR tool lays an
    invisible copy of every line it reads over the page, in its own sizes and a little off)
    holds its text twice; the printed glyphs are what the page shows, so they are its text,
    and the invisible ones are read only where nothing is printed (the text of a scan, a
    picture of a document among printed columns). An invisible glyph is a copy when a
    printed glyph stands on it (its centre in the printed glyph's box), and so is all of an
    invisible text object (a line or word the tool read) when half its glyphs or more are:
    its glyphs, set in the tool's guessed size, may fall between letter-spaced ones."""
    if not unseen or not printed:
        return [g for _, g in unseen]
    grid, wide = _grid([(0, g.x0, g.top, g.x1, g.bottom) for g in printed])

    def covered(g: Glyph) -> bool:
        x, y = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
        near: Iterable[_Box] = wide
        if math.isfinite(x) and math.isfinite(y):
            near = itertools.chain(grid.get((int(x // _CELL), int(y // _CELL)), ()), wide)
        return any(x0 <= x <= x1 and y0 <= y <= y1 for _, x0, y0, x1, y1 in near)

    copies = [covered(g) for _, g in unseen]
    share: dict[int | None, list[int]] = {}
    for (obj, _), copy in zip(unseen, copies, strict=True):
        counts = share.setdefault(obj, [0, 0])
        counts[0] += copy
        counts[1] += 1
    return [
        g
        for (obj, g), copy in zip(unseen, copies, strict=True)
        if not copy and 2 * share[obj][0] < share[obj][1]
    ]


class _Covers:
    """What is painted over text: a picture or an opaque filled shape drawn after a text
    object, over it. Paint is opaque and what is painted last is what shows, so a glyph
    under a later picture or fill is not printed on the page (an e-paper's corrections
    whited out with a rectangle, a picture placed over a line of old text); a tinted box
    behind its text is painted before the text and hides nothing.

    And text painted over itself: the same text drawn again a hair's breadth off (up to a
    tenth of its type size) looks bolder, which is how typesetting systems without a bold
    face embolden a headline; those text objects are ``overprinted`` (read as bold)."""

    def __init__(self, page: Any, raw: Any) -> None:
        self.order: dict[int | None, int] = {}  # text object -> when it is painted
        self.boxes: list[tuple[int, float, float, float, float]] = []  # when, l, b, r, t
        self.overprinted: set[int | None] = set()
        seen: dict[tuple[int, int], list[tuple[int | None, float, float, float, float]]] = {}
        rgba = [ctypes.c_uint() for _ in range(4)]
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        for n, (obj, kind, matrix) in enumerate(_painted(raw, page)):
            if kind == raw.FPDF_PAGEOBJ_TEXT:
                ptr = ctypes.cast(obj, ctypes.c_void_p).value
                self.order[ptr] = n
                # invisible text over printed text (an OCR layer) makes it no bolder
                if raw.FPDFTextObj_GetTextRenderMode(obj) not in _INVISIBLE:
                    self._overprint(raw, obj, ptr, seen)
                continue
            if kind == raw.FPDF_PAGEOBJ_PATH:
                raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
                raw.FPDFPageObj_GetFillColor(obj, *(ctypes.byref(c) for c in rgba))
                if not fill.value or rgba[3].value < 255:
                    continue
            elif kind != raw.FPDF_PAGEOBJ_IMAGE:
                continue
            if self.order:  # only what comes after some text can cover it
                self.boxes.append((n, *_bounds(raw, obj, matrix)))
        self.grid, self.wide = _grid(self.boxes)

    def _overprint(
        self,
        raw: Any,
        obj: Any,
        ptr: int | None,
        seen: dict[tuple[int, int], list[tuple[int | None, float, float, float, float]]],
    ) -> None:
        """Note ``obj`` and any earlier text object of its size set within a tenth of its
        type size of it (the same text again: pdfium's text page keeps one copy's glyphs).
        The type size, not the box, measures the offset: a flat glyph (一) has a low box.
        Boxes are compared in the space of the form each is drawn in."""
        left, bottom, right, top = _bounds(raw, obj, None)
        w, h = right - left, top - bottom
        cell = (round(left), round(bottom))
        near_by = [
            other
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for other in seen.get((cell[0] + dx, cell[1] + dy), ())
        ]
        seen.setdefault(cell, []).append((ptr, left, bottom, w, h))
        size = ctypes.c_float()
        if not near_by or not raw.FPDFTextObj_GetFontSize(obj, ctypes.byref(size)):
            return
        m = raw.FS_MATRIX()
        raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m))
        near = 0.1 * size.value * math.sqrt(abs(m.a * m.d - m.b * m.c))
        for other, x, y, ow, oh in near_by:
            off = max(abs(x - left), abs(y - bottom))
            same = abs(ow - w) <= near and abs(oh - h) <= near
            if same and 0 < off <= near:
                self.overprinted.update((other, ptr))

    def __bool__(self) -> bool:
        return bool(self.boxes)

    def hides(self, obj: int | None, x: float, y: float) -> bool:
        """Whether the point (``x``, ``y``) of text object ``obj`` is painted over."""
        when = self.order.get(obj)
        if when is None:
            return False
        near: Iterable[_Box] = self.wide
        if math.isfinite(x) and math.isfinite(y):
            near = itertools.chain(self.grid.get((int(x // _CELL), int(y // _CELL)), ()), near)
        return any(
            n > when and left <= x <= right and bottom <= y <= top
            for n, left, bottom, right, top in near
        )


#: Side of a cell of :func:`_grid` in points.
_CELL = 64.0
#: A box over more cells than this a side is looked at for every point instead.
_CELLS_MAX = 64

_Box = tuple[int, float, float, float, float]


def _grid(boxes: list[_Box]) -> tuple[dict[tuple[int, int], list[_Box]], list[_Box]]:
    """The boxes by the cells of side :data:`_CELL` they overlap, and those too big (or not
    finite) for that, so that a point is tested against the boxes near it only: a page of
    vector art painted after its text has thousands of filled shapes, and every glyph was
    tested against each of them. A point in a box lies in one of its cells (cells are taken
    by floor, which keeps order), so the answer is the same."""
    grid: dict[tuple[int, int], list[_Box]] = {}
    wide: list[_Box] = []
    for box in boxes:
        _, left, bottom, right, top = box
        if not all(math.isfinite(v) for v in (left, bottom, right, top)):
            wide.append(box)
            continue
        x0, x1 = int(left // _CELL), int(right // _CELL)
        y0, y1 = int(bottom // _CELL), int(top // _CELL)
        if x1 - x0 > _CELLS_MAX or y1 - y0 > _CELLS_MAX:
            wide.append(box)
            continue
        for cx in range(x0, x1 + 1):
            for cy in range(y0, y1 + 1):
                grid.setdefault((cx, cy), []).append(box)
    return grid, wide


#: A matrix (a, b, c, d, e, f) as PDF writes them: (x, y) goes to (ax + cy + e, bx + dy + f).
_Matrix = tuple[float, float, float, float, float, float]


def _then(m: _Matrix, outer: _Matrix | None) -> _Matrix:
    """``m`` followed by ``outer`` (a form's contents placed by the forms around it)."""
    if outer is None:
        return m
    a, b, c, d, e, f = m
    oa, ob, oc, od, oe, of = outer
    return (
        a * oa + b * oc,
        a * ob + b * od,
        c * oa + d * oc,
        c * ob + d * od,
        e * oa + f * oc + oe,
        e * ob + f * od + of,
    )


def _bounds(raw: Any, obj: Any, matrix: _Matrix | None) -> tuple[float, float, float, float]:
    """The box (left, bottom, right, top) of page object ``obj`` on the page: pdfium
    measures an object inside a form in the form's space, ``matrix`` places it."""
    lb, bb, rb, tb = (ctypes.c_float() for _ in range(4))
    raw.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (lb, bb, rb, tb)))
    left, bottom, right, top = lb.value, bb.value, rb.value, tb.value
    if matrix is None:
        return left, bottom, right, top
    a, b, c, d, e, f = matrix
    xs, ys = [], []
    for x, y in ((left, bottom), (left, top), (right, bottom), (right, top)):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


def _painted(
    raw: Any, page: Any, form: Any = None, matrix: _Matrix | None = None, depth: int = 0
) -> Iterator[tuple[Any, int, _Matrix | None]]:
    """The page's objects (pdfium handles, their type and the matrix of the forms they are
    drawn in, None on the page itself) in the order they are painted, forms' contents in
    their place."""
    if form is None:
        count, get, parent = raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, page
    else:
        count, get, parent = raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, form
    m = raw.FS_MATRIX()
    for k in range(max(count(parent), 0)):
        obj = get(parent, k)
        if not obj:
            continue
        kind = raw.FPDFPageObj_GetType(obj)
        yield obj, kind, matrix
        if kind == raw.FPDF_PAGEOBJ_FORM and depth < _FORM_DEPTH:
            raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m))
            inner = _then((m.a, m.b, m.c, m.d, m.e, m.f), matrix)
            yield from _painted(raw, page, obj, inner, depth + 1)


def _is_unmapped(code: int) -> bool:
    """A code a font without a usable ``ToUnicode`` map gives its glyphs: the replacement
    character, or a private-use code (the font's own numbering, which no reader shares)."""
    return code == 0xFFFD or 0xE000 <= code <= 0xF8FF or code >= 0xF0000


#: Pages on which fewer than this share of the printed characters map to Unicode are
#: refused as having no usable text layer (they need OCR, as a scan does).
_MAPPED_SHARE = 0.5


class _Mapping(NamedTuple):
    """How much of a page's text layer maps to Unicode."""

    unmapped: int  # printed characters with no code, the replacement character or private use
    printed: int  # printed characters (not white space), the unmapped ones included


def _mapping(glyphs: list[Glyph], uncoded: int) -> _Mapping:
    kept = [g for g in glyphs if not g.char.isspace()]
    garbled = sum(1 for g in kept if _is_unmapped(ord(g.char)))
    return _Mapping(unmapped=uncoded + garbled, printed=uncoded + len(kept))


def _mapping_warnings(number: int, mapping: _Mapping) -> tuple[str, ...]:
    """One line saying how much of the page's text layer is missing or garbled."""
    if not mapping.unmapped:
        return ()
    return (
        f"page {number}: {mapping.unmapped} of {mapping.printed} printed characters have no "
        "Unicode mapping in the text layer (a font without a ToUnicode map); that text is "
        "missing or garbled: OCR the page for it",
    )


def _rotation(
    angle: int, width: float, height: float, origin: tuple[float, float] = (0.0, 0.0)
) -> Any:
    """A function from PDF user space (y up) to the displayed page (origin top left, y down).

    ``width`` and ``height`` are the visible page's (its crop box) before rotation, and
    ``origin`` the crop box's lower left corner in user space: a page whose media box is
    larger (bleed, printer's marks) is measured from the corner of what it shows. Only
    upright text is laid out; on a page displayed rotated the glyph boxes are turned with
    the page.
    """
    ox, oy = origin
    turn = _turn(angle, width, height)

    def shifted(x0: float, t: float, x1: float, b: float, bx: float, by: float) -> Any:
        return turn(x0 - ox, t - oy, x1 - ox, b - oy, bx - ox, by - oy)

    return turn if origin == (0.0, 0.0) else shifted


def _turn(angle: int, width: float, height: float) -> Any:
    """:func:`_rotation` for a crop box at the origin. Its function takes a glyph's box (left,
    top, right, bottom) and origin (``bx``, ``by``) in user space and gives the box and the
    baseline as displayed: on a page turned sideways the baseline comes from the origin's
    x (a punctuation mark's box sits apart from its line's, its origin on the line)."""

    def upright(x0: float, t: float, x1: float, b: float, bx: float, by: float) -> Any:
        return x0, height - t, x1, height - b, height - by

    if angle % 360 == 0:
        return upright
    if angle % 360 == 180:

        def turned(x0: float, t: float, x1: float, b: float, bx: float, by: float) -> Any:
            return width - x1, b, width - x0, t, by

        return turned

    def sideways(x0: float, t: float, x1: float, b: float, bx: float, by: float) -> Any:
        if angle % 360 == 90:
            return b, x0, t, x1, bx
        return height - t, width - x1, height - b, width - x0, width - bx

    return sideways


def _visible(g: Glyph, width: float, height: float) -> bool:
    """Whether any of the glyph lies on the page as displayed (not in the bleed or among the
    printer's marks outside the crop box)."""
    return g.x1 > 0 and g.x0 < width and g.bottom > 0 and g.top < height


def _objects(page: Any, raw: Any, number: int, kind: int, rotate: Any) -> tuple[Box, ...]:
    """Boxes of the page's objects of ``kind`` (pictures, drawn paths) on the page as
    displayed, those inside Form XObjects too.

    An object inside a form is measured in the form's own space; the form's matrix (each
    enclosing form's in turn) places it on the page. E-paper exports often draw a whole page
    in one form placed with a translation or a scale: the pictures and rules must land where
    they are printed, or they are no obstacle to the text around them."""
    out = []
    for obj, found, matrix in _painted(raw, page):
        if found == kind:
            left, bottom, right, top = _bounds(raw, obj, matrix)
            x0, y0, x1, y1, _ = rotate(left, top, right, bottom, left, bottom)
            out.append(Box(page=number, x0=x0, y0=y0, x1=x1, y1=y1))
    return tuple(out)


#: How deep forms are looked into (forms inside forms inside forms: deeper nesting holds
#: no newspaper layout).
_FORM_DEPTH = 3


def _read_page(
    pdfium: Any, reader: _Reader, doc: Any, index: int, name: str, body_hint: float | None
) -> PdfPage:
    number = index + 1
    try:
        page = doc[index]
    except pdfium.PdfiumError:
        problem = PdfProblem(name=name, page=number, reason="the page cannot be loaded")
        raise problem.error() from None
    try:
        width, height = page.get_size()
        angle = page.get_rotation()
        pdf_w, pdf_h = (height, width) if angle % 180 else (width, height)
        crop = page.get_cropbox()
        origin = (crop[0], crop[1])
        tp = page.get_textpage()
        try:
            covers = _Covers(page, pdfium.raw)
            rotate = _rotation(angle, pdf_w, pdf_h, origin)
            glyphs, uncoded = reader.glyphs(tp, pdf_h, rotate, covers)
        finally:
            tp.close()
        glyphs = [g for g in glyphs if _visible(g, width, height)]
        # Pictures and rules on a page displayed turned too: /Rotate turns them with the text.
        raw = pdfium.raw
        images = _objects(page, raw, number, raw.FPDF_PAGEOBJ_IMAGE, rotate)
        drawn = _objects(page, raw, number, raw.FPDF_PAGEOBJ_PATH, rotate)
        if not any(not g.char.isspace() for g in glyphs) and next(page.get_objects(), None):
            reason = f"page {number} has no text layer; it needs OCR first"
            raise PdfProblem(name=name, page=number, reason=reason).error()
    finally:
        page.close()
    mapping = _mapping(glyphs, uncoded)
    if mapping.unmapped and mapping.unmapped >= mapping.printed * _MAPPED_SHARE:
        reason = (
            f"page {number} has no usable text layer: {mapping.unmapped} of {mapping.printed} "
            "printed characters map to no character (fonts without a ToUnicode map); it needs "
            "OCR first"
        )
        raise PdfProblem(name=name, page=number, reason=reason).error()
    read = _page(number, (width, height), glyphs, (images, drawn), body_hint)
    return attrs.evolve(
        read, unmapped=mapping.unmapped, warnings=_mapping_warnings(number, mapping)
    )


def _page(
    number: int,
    size: tuple[float, float],
    glyphs: list[Glyph],
    objects: tuple[tuple[Box, ...], tuple[Box, ...]],
    body_hint: float | None,
) -> PdfPage:
    images, drawn = objects
    layout = lay_out(
        glyphs,
        images=[(b.x0, b.y0, b.x1, b.y1) for b in images],
        frames=[(b.x0, b.y0, b.x1, b.y1) for b in drawn],
        body_hint=body_hint,
    )
    paras = tuple(paragraphs(number, layout.blocks, layout.body_size))
    text, lines = _text_and_lines(paras)
    return PdfPage(
        number=number,
        width=size[0],
        height=size[1],
        text=text,
        lines=lines,
        images=images,
        body_size=layout.body_size,
        paras=paras,
    )


def _roles(paras: Iterable[Para]) -> dict[int, LineRole]:
    return {id(ln): p.role for p in paras for ln in p.lines}


def _text_and_lines(paras: Iterable[Para]) -> tuple[str, tuple[PdfLine, ...]]:
    paras = tuple(paras)
    written = write(paras)
    roles = _roles(paras)
    lines = tuple(
        _pdf_line(written.text, page, ln, s, e, roles[id(ln)]) for page, ln, s, e in written.spans
    )
    return written.text, lines


def _pdf_line(text: str, page: int, ln: LaidLine, s: int, e: int, role: LineRole) -> PdfLine:
    return PdfLine(
        box=Box(page=page, x0=ln.x0, y0=ln.top, x1=ln.x1, y1=ln.bottom),
        size=ln.size,
        bold=ln.bold,
        span=Span.of(text, s, e),
        role=role,
        x0s=ln.x0s,
        x1s=ln.x1s,
    )


# --- public readers ---------------------------------------------------------------------------


def iter_pdf(source: PdfSource, *, password: str | None = None) -> Iterator[PdfPage]:
    """The pages of a PDF, read one at a time.

    Args:
        source: A path, the PDF's bytes, or a binary file object.
        password: The password of an encrypted PDF.

    Raises:
        PaperParseError: the file is missing, not a PDF, damaged or encrypted; or a page
            cannot be loaded or has no text layer (a scan: it needs OCR first). The message
            names the file and the page.
    """
    for item in scan_pdf(source, password=password):
        if isinstance(item, PdfProblem):
            raise item.error()
        yield item


def read_pdf(source: PdfSource, *, password: str | None = None) -> tuple[PdfPage, ...]:
    """Every page of a PDF (see :func:`iter_pdf`, which this collects)."""
    return tuple(iter_pdf(source, password=password))


def scan_pdf(
    source: PdfSource, *, password: str | None = None, pages: tuple[int, int] | None = None
) -> Iterator[PdfPage | PdfProblem]:
    """The pages of a PDF, with a :class:`PdfProblem` in place of each page that fails.

    Never raises on bad input: a file that cannot be opened gives one problem (page
    ``None``) and ends; a page that cannot be read gives a problem and the next page is read.
    ``pages=(first, last)`` (1-based, inclusive) reads only those pages, as if the document
    started at ``first`` (the body type size seen on earlier pages is not used).
    """
    pdfium = _pdfium()
    name = _name(source)
    try:
        doc = _open(pdfium, source, name, password)
    except PaperParseError as exc:
        yield PdfProblem(name=name, page=None, reason=exc.message.removeprefix(f"{name}: "))
        return
    try:
        reader = _Reader(pdfium.raw)
        seen: Counter[float] = Counter()  # characters per type size on the pages so far
        first, last = pages if pages is not None else (1, len(doc))
        for index in range(max(first, 1) - 1, min(last, len(doc))):
            hint = seen.most_common(1)[0][0] if seen else None
            try:
                page = _read_page(pdfium, reader, doc, index, name, hint)
            except PaperParseError as exc:
                reason = exc.message.split(": ", 1)[-1]
                yield PdfProblem(name=name, page=index + 1, reason=reason)
                continue
            for ln in page.lines:
                seen[ln.size] += len(ln.span)
            yield page
    finally:
        doc.close()


def line_roles(page: PdfPage | PdfDocument) -> tuple[tuple[int, int, str], ...]:
    """The roles its type gives each printed line, as :func:`paper_parser.parse_issue`
    takes them (``line_roles=``): ``(start, end, role)`` in the page's text."""
    return tuple((ln.span.start, ln.span.end, ln.role) for ln in page.lines)


def parse_pdf(source: PdfSource, *, password: str | None = None) -> Iterator[PdfPageIssue]:
    """Read each page of a PDF and parse its text with :func:`paper_parser.parse_issue`,
    the lines' roles from type (:func:`line_roles`) deciding the headings.

    Raises:
        PaperParseError: as :func:`iter_pdf`.
    """
    for page in iter_pdf(source, password=password):
        yield PdfPageIssue(page=page, issue=parse_issue(page.text, line_roles=line_roles(page)))


def read_pdf_document(source: PdfSource, *, password: str | None = None) -> PdfDocument:
    """All pages of a PDF as one text, paragraphs rejoined across page breaks.

    For exports that print one article after another over many pages (each article's
    title, byline and body run on from page to page). Parse the text with
    :func:`paper_parser.parse_issue` and map spans back with :meth:`PdfDocument.boxes`.

    Raises:
        PaperParseError: as :func:`iter_pdf`.
    """
    return join_pages(iter_pdf(source, password=password), name=_name(source))


def join_pages(pages: Iterable[PdfPage], *, name: str = "<pages>") -> PdfDocument:
    """Pages joined into one :class:`PdfDocument` (see :func:`read_pdf_document`)."""
    paras: list[Para] = []
    count = 0
    notes: list[str] = []
    for page in pages:
        count += 1
        notes.extend(page.warnings)
        nxt = list(page._paras)
        joined = cross_page(paras, nxt) if paras else None
        if joined is None:
            paras.extend(nxt)
        else:
            paras = joined
    text, lines = _text_and_lines(paras)
    return PdfDocument(name=name, text=text, lines=lines, pages=count, warnings=tuple(notes))


def article_boxes(page: PdfPage | PdfDocument, article: Article) -> tuple[Box, ...]:
    """The boxes of everything printed for ``article`` (parsed from ``page.text``)."""
    out: list[Box] = []
    for span in article.spans:
        out.extend(page.boxes(span))
    return tuple(out)
