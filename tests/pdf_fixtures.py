"""Newspaper-like PDF pages generated with reportlab, with the truth of what they print.

A page is a grid of 1 to 6 columns (portrait or landscape) holding rows of articles. Each
article spans one or more columns: a headline across its columns (wrapped when long), an
optional kicker above and subtitle below it in smaller type, a byline, an optional photo
(a real image object) with a caption and a photo credit under it, and body paragraphs that
flow down its columns one after the other (so a paragraph often goes on at the top of the next
column), justified, first lines indented two characters, punctuation hanging past the right
edge where it does not fit. An article may be a boxed brief (a frame drawn around it, text
inset). Type is reportlab's built-in CID font STSong-Light (no font file needed).

The generator records, per article, the exact texts it printed and the reading order of
every printed unit, so tests compare exactly.
"""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from itertools import pairwise

import attrs
from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

# Common Han characters for made-up text: none that would make a column label (评, 论, 谈,
# 察...), a credit (记者, 摄) or a dateline (电, 讯) by chance.
_HAN = (
    "的一是在了不和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年阶义"
    "发成部民可出能方进同行面说种过命度革而多子后自社加小机也经力线本电高量长党得实家定深法"
    "表着水理化争现所二起政三好十战无农使性前等反体合斗路图把结第里正新开论之物从当两些还天"
    "资事队批如应形想制心样干都向变关点育重其思与间内去因件日利相由压员气业代全组数果期导平"
    "各基或月毛然问比展那它最及外没看治提五解系林者米群头意只明四道马认次文通但条较克又公孔"
    "领军流入接席位情运器并飞原油放立题质指建区验活众很教决特此常石强极土少已根共直团统式转"
    "别造切九你取西持总料连任志观调七么山程百报更见必真保热委手改管处己将修支识病象几先老光"
    "专什六型具示复安带每东增则完风回南广劳轮科北打积车计给节做务被整联步类集号列温装即毫知"
)
_NAMES = ("王小明", "李华", "张建国", "刘芳", "陈静", "杨帆", "赵磊", "黄丽", "周强", "吴敏")
_HANGING = frozenset("，。、；：！？”")


@attrs.frozen(kw_only=True)
class ArticleSpec:
    """What one article prints (the generator's input, and the truth)."""

    headline: str
    paragraphs: tuple[str, ...]
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    columns: int = 1
    boxed: bool = False
    photo: tuple[str, str] | None = None  # (caption, credit)
    # What real broadsheets print besides (off by default; see broadsheet_spec):
    vertical: str | None = None  # "left" or "right": the headline set vertically (竖排) there
    jump_in: str | None = None  # （上接第1版）: a line over the body, the article continued
    jump_out: str | None = None  # （下转第4版）: a line right-aligned after the body
    ad: tuple[str, ...] = ()  # an advertisement in a frame (these lines, big type): no article


@attrs.frozen(kw_only=True)
class PageSpec:
    """A page: its grid, orientation and rows of articles (each row's spans fill the grid).

    What e-paper pages print besides (all off by default, so older specs draw the same
    page): ``folio``, a running head (date, section, page number: left, centre, right)
    over a rule across the page, as every page of a real issue opens; ``rules``, a thin
    rule down the middle of every gutter of each row; ``letter_spacing``, extra space
    between the characters of headlines (ems), as headlines of few characters are set;
    ``shuffled``, every glyph drawn alone at its place, the glyphs in a shuffled order (as
    some typesetting systems export: the content order tells nothing). ``head_sizes``,
    ``kicker_bold``, ``caption_size`` (a caption in body type), ``section_band`` (the running
    head: date, the section name in big bold type, 第N版 and the editors, over a double rule)
    and ``glyph_heads`` (headlines drawn glyph by glyph) are broadsheet_spec's.

    ``tricks`` draws the same page the ways other e-paper PDFs do (see :data:`TRICKS`).
    """

    columns: int
    rows: tuple[tuple[ArticleSpec, ...], ...]
    landscape: bool = False
    body_size: float = 9.0
    folio: tuple[str, str, str] | None = None
    rules: bool = False
    letter_spacing: float = 0.0
    shuffled: bool = False
    head_sizes: tuple[float, float, float] | None = None  # kicker, headline, subtitle (x body)
    kicker_bold: bool = False
    caption_size: float | None = None  # x body (None: 0.85)
    section_band: bool = False  # the running head's section name in big bold type, 第N版
    glyph_heads: bool = False  # every headline glyph a text object of its own (in order)
    tricks: tuple[str, ...] = ()  # of TRICKS


#: How e-paper PDFs of other papers draw the same page (``PageSpec.tricks``; the page looks
#: the same, its text layer differs):
#:
#: * ``kerned``: every line one TJ array with a number between each two glyphs (the
#:   justification and a kerning of +-0.03 em spread over the glyphs, no character spacing);
#: * ``glyphs``: every glyph a text object of its own, in reading order;
#: * ``fake_bold``: bold type drawn three times 0.25 pt apart in plain fill (no bold font,
#:   no stroke);
#: * ``form``: the whole page drawn in a Form XObject, placed with a translation;
#: * ``rotated``: the page stored sideways, its ``/Rotate 90`` turning it upright;
#:   ``rotated180`` and ``rotated270``: stored upside down (``/Rotate 180``) and sideways the
#:   other way (``/Rotate 270``);
#: * ``hidden``: text the reader does not see: a line under each photo's image and a line of
#:   old text at the page's foot under a white rectangle;
#: * ``rtl``: every line drawn glyph by glyph from its last glyph to its first, in one text
#:   object (each glyph placed where it is printed: the content order runs backwards);
#: * ``ocr``: two text layers: the page as drawn, and over it an invisible copy of every line
#:   (render mode 3, in a size and at a place a little off), as an OCR tool run over a
#:   printed PDF adds;
#: * ``scan``: the page as a scan: a picture of the whole page (the plain page rendered)
#:   painted over its text, which is drawn invisible (render mode 3) beneath, as OCR tools
#:   make a searchable scan; no photo or rule is drawn apart from the picture.
TRICKS = (
    "kerned",
    "glyphs",
    "fake_bold",
    "form",
    "rotated",
    "hidden",
    "rotated180",
    "rotated270",
    "rtl",
    "ocr",
    "scan",
)

#: /Rotate of the tricks that store the page turned, and the matrix that draws the upright
#: page into the stored one (x' = a x + c y + e, y' = b x + d y + f; ``w``, ``h``: upright).
_TURNS = {"rotated": 90, "rotated180": 180, "rotated270": 270}


def _turn(angle: int, w: float, h: float) -> tuple[float, float, float, float, float, float]:
    return {
        90: (0.0, 1.0, -1.0, 0.0, h, 0.0),
        180: (-1.0, 0.0, 0.0, -1.0, w, h),
        270: (0.0, -1.0, 1.0, 0.0, 0.0, w),
    }[angle]


@attrs.frozen(kw_only=True)
class Unit:
    """A printed unit in reading order: its kind, text and article index."""

    kind: str  # kicker, headline, subtitle, byline, caption, credit, paragraph
    text: str
    article: int


@attrs.frozen(kw_only=True)
class GeneratedPage:
    """A generated PDF page and its truth."""

    pdf: bytes
    spec: PageSpec
    units: tuple[Unit, ...]

    @property
    def articles(self) -> tuple[ArticleSpec, ...]:
        return tuple(a for row in self.spec.rows for a in row)


class TooLong(ValueError):
    """The spec does not fit on the page."""


def _width(text: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, FONT, size))


def _wrap(text: str, size: float, width: float, indent: float) -> list[tuple[str, bool]]:
    """Lines of ``text`` set in ``width`` (the first indented): (line, justify?)."""
    out: list[tuple[str, bool]] = []
    i = 0
    first = True
    while i < len(text):
        avail = width - (indent if first else 0.0)
        j = i
        while j < len(text) and _width(text[i : j + 1], size) <= avail + 0.01:
            j += 1
        if j < len(text) and text[j] in _HANGING:
            j += 1  # punctuation hangs past the edge rather than open a line
        out.append((text[i:j], j < len(text)))
        i = j
        first = False
    return out


class _Painter:
    def __init__(self, canvas: Canvas, spec: PageSpec, height: float) -> None:
        self.c = canvas
        self.size = spec.body_size
        self.height = height
        self.spacing = 0.0  # letter spacing of headings (ems), set per heading
        self.letter_spacing = spec.letter_spacing  # that of the page's headlines
        self.spec = spec
        self.glyph_heads = False  # draw headings glyph by glyph (set per heading)
        # Glyphs kept to be drawn one by one in a shuffled order (spec.shuffled), or None.
        self.glyphs: list[tuple[float, float, str, float, bool]] | None = (
            [] if spec.shuffled or "glyphs" in spec.tricks else None
        )
        self.tricks = frozenset(spec.tricks)
        self.units: list[Unit] = []

    def text(
        self, x: float, y: float, s: str, size: float, *, bold: bool = False, spacing: float = 0.0
    ) -> None:
        """Draw ``s`` with its baseline ``y`` points below the top of the page (``spacing``
        points between characters)."""
        # Bold is fill and stroke (render mode 2). The mode is graphics state that outlives
        # the text object, and reportlab does not write the default back: save and restore.
        if self.glyphs is not None:
            self._glyphwise(x, y, s, size, spacing, bold)
            return
        if self.glyph_heads and len(s) > 1:  # each glyph a text object of its own, in order
            for ch in s:
                self.glyph_heads = False
                self.text(x, y, ch, size, bold=bold)
                self.glyph_heads = True
                x += _width(ch, size) + spacing
            return
        if bold and "fake_bold" in self.tricks:  # overprinted 0.25 pt apart, plain fill
            for dx in (0.0, 0.25, 0.5):
                self._line(x + dx, y, s, size, spacing, 0)
            return
        self._line(x, y, s, size, spacing, 2 if bold else 0)

    def _line(
        self, x: float, y: float, s: str, size: float, spacing: float, mode: int | None
    ) -> None:
        """One text object: ``s`` from ``x`` with ``spacing`` points between its glyphs, as
        character spacing or (the ``kerned`` trick) as numbers in a TJ array; ``mode``, the
        render mode (None: a justified body line, drawn as before the tricks, with no state
        saved and no mode set, so that pages without tricks stay byte for byte the same)."""
        # The render mode is graphics state that outlives the text object, and reportlab
        # does not write the default back: save and restore.
        if "scan" in self.tricks:  # every glyph invisible, under the page's picture
            mode = 3
        if mode is not None:
            self.c.saveState()
        t = self.c.beginText()
        t.setFont(FONT, size)
        kerned = "kerned" in self.tricks and len(s) > 1
        if (spacing or mode is None) and not kerned:
            t.setCharSpace(spacing)
        if mode is not None:
            t.setTextRenderMode(mode)
        t.setTextOrigin(x, self.height - y)
        if "rtl" in self.tricks and len(s) > 1 and not kerned:  # last glyph first
            at = [x + _width(s[:k], size) + k * spacing for k in range(len(s))]
            for k in reversed(range(len(s))):
                t.setTextOrigin(at[k], self.height - y)
                t.textOut(s[k])
        elif kerned:
            font = pdfmetrics.getFont(FONT)
            parts = []
            for k, ch in enumerate(s):
                parts.append(f"({font.formatForPdf(ch)})")
                if k < len(s) - 1:  # kerning in pairs that cancel out, so the width holds
                    kern = 0.0 if k == len(s) - 2 and k % 2 == 0 else (-0.03, 0.03)[k % 2]
                    parts.append(f"{-(spacing / size + kern) * 1000:.1f}")
            t._code.append(f"[{' '.join(parts)}] TJ")
        else:
            t.textOut(s)
        self.c.drawText(t)
        if mode is not None:
            self.c.restoreState()
        if "ocr" in self.tricks:
            self._ocr(x, y, s, size, spacing)

    def _ocr(self, x: float, y: float, s: str, size: float, spacing: float) -> None:
        """The OCR layer's copy of a line: invisible (render mode 3), its type size guessed
        from the line's height (8% larger), squeezed to the line's width, set a little off
        (0.5 pt right, 0.6 pt lower), as OCR tools lay their text over what they read."""
        big = size * 1.08
        wide = _width(s, size) + spacing * (len(s) - 1)
        self.c.saveState()
        t = self.c.beginText()
        t.setFont(FONT, big)
        t.setTextRenderMode(3)
        t.setHorizScale(100.0 * wide / _width(s, big))
        t.setTextOrigin(x + 0.5, self.height - y - 0.6)
        t.textOut(s)
        self.c.drawText(t)
        self.c.restoreState()

    def justified(self, x: float, y: float, s: str, size: float, width: float) -> None:
        natural = _width(s, size)
        space = (width - natural) / (len(s) - 1) if len(s) > 1 and natural < width else 0.0
        if self.glyphs is not None:
            self._glyphwise(x, y, s, size, space, False)
            return
        self._line(x, y, s, size, space, None)

    def _glyphwise(
        self, x: float, y: float, s: str, size: float, spacing: float, bold: bool
    ) -> None:
        """Keep ``s`` as glyphs, each to be drawn alone at its place (see :meth:`flush`)."""
        assert self.glyphs is not None
        for ch in s:
            self.glyphs.append((x, y, ch, size, bold))
            x += _width(ch, size) + spacing

    def flush(self, rng: random.Random) -> None:
        """Draw the glyphs kept, each in a text object of its own, in ``rng``'s order."""
        if self.glyphs is None:
            return
        if self.spec.shuffled:
            rng.shuffle(self.glyphs)
        kept, self.glyphs = self.glyphs, None
        for x, y, ch, size, bold in kept:
            self.text(x, y, ch, size, bold=bold)

    def heading(self, s: str, size: float, x0: float, x1: float, y: float, *, bold: bool) -> float:
        """A centred heading over ``x0``..``x1``, wrapped when long into lines of even
        length (as headlines are set: no line of one or two characters left over); returns
        the new ``y``."""
        space = self.spacing * size
        n = len(_wrap(s, size + space, x1 - x0, 0.0))
        per = -(-len(s) // n)
        lines = [s[i : i + per] for i in range(0, len(s), per)]
        if space:  # letter-spaced: lines differing by one character at most (none left alone)
            per, extra = divmod(len(s), n)
            cuts = [k * per + min(k, extra) for k in range(n + 1)]
            lines = [s[a:b] for a, b in pairwise(cuts)]
        for line in lines:
            y += size * 1.25
            wide = _width(line, size) + space * (len(line) - 1)
            self.text(x0 + (x1 - x0 - wide) / 2, y, line, size, bold=bold, spacing=space)
        return y + size * 0.35


def _image() -> ImageReader:
    from PIL import Image

    img = Image.new("RGB", (8, 6), (120, 140, 160))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return ImageReader(buf)


def _article(
    p: _Painter, a: ArticleSpec, k: int, cols: Sequence[tuple[float, float]], y: float
) -> float:
    """Draw article ``a`` (index ``k``) over column frames ``cols`` from ``y``; its bottom."""
    size = p.size
    pad = size if a.boxed else 0.0
    x0, x1 = cols[0][0], cols[-1][1]
    top = y
    cols = [(c0 + pad, c1 - pad) for c0, c1 in cols]
    if a.boxed and len(cols) == 1:
        c0, c1 = cols[0]
        chars = int((c1 - c0) / size)
        cols = [(c0, c0 + chars * size)]
    y += pad
    ix0, ix1 = cols[0][0], cols[-1][1]
    if a.ad:
        return _ad(p, a, k, x0, x1, y)
    sizes = p.spec.head_sizes or (1.4, 1.6 if a.boxed else 2.2, 1.4)
    if p.spec.head_sizes and a.boxed:  # a brief's kicker and subtitle under its headline's
        sizes = (min(sizes[0], 1.3), sizes[1], min(sizes[2], 1.3))
    head_bottom = y
    if a.vertical:
        cols, head_bottom = _vertical(p, a, k, cols, x0, x1, y, size * sizes[1])
        ix0, ix1 = cols[0][0], cols[-1][1]
    if a.kicker:
        y = p.heading(a.kicker, size * sizes[0], ix0, ix1, y, bold=p.spec.kicker_bold)
        p.units.append(Unit(kind="kicker", text=a.kicker, article=k))
    if not a.vertical:
        p.spacing = p.letter_spacing
        p.glyph_heads = p.spec.glyph_heads
        head = size * (1.6 if a.boxed else sizes[1]) if p.spec.head_sizes else size * sizes[1]
        y = p.heading(a.headline, head, ix0, ix1, y, bold=a.boxed)
        p.spacing, p.glyph_heads = 0.0, False
        p.units.append(Unit(kind="headline", text=a.headline, article=k))
    if a.subtitle:
        y = p.heading(a.subtitle, size * sizes[2], ix0, ix1, y, bold=False)
        p.units.append(Unit(kind="subtitle", text=a.subtitle, article=k))
    if a.byline:
        y += size * 1.5
        p.text(ix0, y, a.byline, size)
        p.units.append(Unit(kind="byline", text=a.byline, article=k))
        y += size * 0.6
    if a.photo:
        y = _photo(p, a.photo, k, ix0, ix1, y)
    if a.jump_in:
        y += size * 1.5
        p.text(ix0, y, a.jump_in, size)
        p.units.append(Unit(kind="jump", text=a.jump_in, article=k))
    y = max(_body(p, a, k, cols, y), head_bottom)
    if a.boxed:
        y += pad
        p.c.setLineWidth(0.8)
        p.c.rect(x0, p.height - y, x1 - x0, y - top, stroke=1, fill=0)
    return y


def _vertical(
    p: _Painter,
    a: ArticleSpec,
    k: int,
    cols: Sequence[tuple[float, float]],
    x0: float,
    x1: float,
    y: float,
    hs: float,
) -> tuple[list[tuple[float, float]], float]:
    """The headline set vertically (竖排) in a strip on the article's left or right, the
    article's columns narrowed to what is left; returns them and the headline's bottom."""
    size = p.size
    strip = hs + 2.4 * size
    gut = cols[1][0] - cols[0][1] if len(cols) > 1 else 1.6 * size
    left, right = (x0, x1 - strip) if a.vertical == "right" else (x0 + strip, x1)
    n = len(cols)
    w = int((right - left - (n - 1) * gut) / n / size) * size
    if w < 6 * size:
        raise TooLong("no room beside a vertical headline")
    if a.vertical == "right":
        left = right - n * w - (n - 1) * gut
    cx = x1 - strip / 2 if a.vertical == "right" else x0 + strip / 2
    yy = y + 0.2 * hs
    for ch in a.headline:
        yy += hs * 1.1
        p.text(cx - _width(ch, hs) / 2, yy, ch, hs, bold=True)
    p.units.append(Unit(kind="headline", text=a.headline, article=k))
    out = [(left + i * (w + gut), left + i * (w + gut) + w) for i in range(n)]
    return out, yy + 0.4 * hs


def _ad(p: _Painter, a: ArticleSpec, k: int, x0: float, x1: float, y: float) -> float:
    """An advertisement: its lines centred in a frame, the first two in big bold type (larger
    than the page's headlines), the rest in body type."""
    size = p.size
    top = y
    y += size
    for n, line in enumerate(a.ad):
        big = (3.0, 2.4)[n] if n < 2 else 1.0
        s = size * big
        wide = _width(line, s)
        while wide > x1 - x0 - 2 * size:
            s *= 0.9
            wide = _width(line, s)
        y += s * 1.3
        p.text((x0 + x1 - wide) / 2, y, line, s, bold=n < 2)
        p.units.append(Unit(kind="ad", text=line, article=k))
    y += size
    p.c.setLineWidth(1.5)
    p.c.rect(x0, p.height - y, x1 - x0, y - top, stroke=1, fill=0)
    return y


def _photo(p: _Painter, photo: tuple[str, str], k: int, x0: float, x1: float, y: float) -> float:
    size = p.size
    caption, credit = photo
    h = (x1 - x0) * 0.45
    y += size * 0.6
    if "hidden" in p.tricks:  # a line the picture is drawn over (never seen)
        p.text(x0 + size, y + h / 2, caption[: int((x1 - x0) / size) - 2], size)
    p.c.drawImage(_image(), x0, p.height - y - h, width=x1 - x0, height=h)
    y += h
    small = size * (p.spec.caption_size or 0.85)
    for line, _ in _wrap(caption, small, x1 - x0, 0.0):
        y += small * 1.3
        p.text(x0, y, line, small)
    p.units.append(Unit(kind="caption", text=caption, article=k))
    y += small * 1.3
    p.text(x1 - _width(credit, small), y, credit, small)
    p.units.append(Unit(kind="credit", text=credit, article=k))
    return y + size * 0.6


def _body(
    p: _Painter, a: ArticleSpec, k: int, cols: Sequence[tuple[float, float]], y: float
) -> float:
    """Paragraphs flowed down the columns, balanced; returns the bottom."""
    size = p.size
    width = cols[0][1] - cols[0][0]
    lines: list[tuple[str, bool, bool]] = []  # (text, justify, first line of a paragraph)
    for para in a.paragraphs:
        for n, (line, justify) in enumerate(_wrap(para, size, width, 2 * size)):
            lines.append((line, justify, n == 0))
        p.units.append(Unit(kind="paragraph", text=para, article=k))
    if a.jump_out:  # right-aligned on a line of its own after the body
        lines.append((a.jump_out, False, False))
        p.units.append(Unit(kind="jump", text=a.jump_out, article=k))
    # Balanced: the lines shared out as evenly as the columns allow (no column left empty
    # under the headline while another holds two lines more).
    per, extra = divmod(len(lines), len(cols))
    pitch = size * 1.5
    bottom = y
    start = 0
    for c, (c0, _c1) in enumerate(cols):
        yy = y
        end = start + per + (c < extra)
        chunk, start = lines[start:end], end
        for line, justify, first in chunk:
            yy += pitch
            x = c0 + (2 * size if first else 0.0)
            if a.jump_out and line == a.jump_out and not first:
                x = c0 + width - _width(line, size)
            if justify:
                p.justified(x, yy, line, size, c0 + width - x)
            else:
                p.text(x, yy, line, size)
        bottom = max(bottom, yy)
    return bottom + size * 0.5


def _folio(p: _Painter, folio: tuple[str, str, str], x0: float, x1: float, y: float) -> float:
    """The running head (left, centre, right) over a rule across the page; the new ``y``."""
    small = p.size
    y += small
    left, centre, right = folio
    p.text(x0, y, left, small)
    p.text((x0 + x1 - _width(centre, small)) / 2, y, centre, small)
    p.text(x1 - _width(right, small), y, right, small)
    y += small * 0.6
    p.c.setLineWidth(0.8)
    p.c.line(x0, p.height - y, x1, p.height - y)
    return y + small * 1.5


def _band(p: _Painter, folio: tuple[str, str, str], x0: float, x1: float, y: float) -> float:
    """The running head of a broadsheet page: the date on the left, the section name in big
    bold type in the middle, the page (第N版) and the editors on the right, over a double
    rule (a thick one and a thin one); the new ``y``."""
    small = p.size
    date, section, page = folio
    big = small * 2.4
    y += big * 1.1
    p.text((x0 + x1 - _width(section, big)) / 2, y, section, big, bold=True)
    p.text(x0, y, date, small)
    right = f"第{page}版"
    p.text(x1 - _width(right, small), y - small * 1.4, right, small)
    editors = f"本版责编：{_NAMES[len(section) % 10]} {_NAMES[int(page) % 10]}"
    p.text(x1 - _width(editors, small), y, editors, small)
    y += small * 0.8
    p.c.setLineWidth(2.0)
    p.c.line(x0, p.height - y, x1, p.height - y)
    p.c.setLineWidth(0.5)
    p.c.line(x0, p.height - y - 3, x1, p.height - y - 3)
    return y + small * 1.8


class _Unruled(Canvas):
    """A canvas that draws no pictures, rules or frames (a scan's are in its picture)."""

    def drawImage(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        return None

    def line(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        return None

    def rect(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        return None


def _picture(spec: PageSpec) -> ImageReader:
    """The page of ``spec`` drawn plainly and rendered at 72 pixels an inch (a scan)."""
    import pypdfium2

    plain = make_page(attrs.evolve(spec, tricks=tuple(t for t in spec.tricks if t != "scan")))
    doc = pypdfium2.PdfDocument(plain.pdf)
    try:
        return ImageReader(doc[0].render(scale=1.0).to_pil())
    finally:
        doc.close()


def make_page(spec: PageSpec) -> GeneratedPage:
    """Draw ``spec`` into a one-page PDF; raises :class:`TooLong` when it does not fit."""
    pagesize = landscape(A3) if spec.landscape else A3
    width, height = pagesize
    margin = 36.0
    size = spec.body_size
    gutter = 1.6 * size
    col_w = (width - 2 * margin - (spec.columns - 1) * gutter) / spec.columns
    col_w = int(col_w / size) * size  # a whole number of characters
    gutter = (width - 2 * margin - spec.columns * col_w) / max(1, spec.columns - 1)
    grid = [
        (margin + i * (col_w + gutter), margin + i * (col_w + gutter) + col_w)
        for i in range(spec.columns)
    ]
    buf = io.BytesIO()
    angle = next((_TURNS[t] for t in spec.tricks if t in _TURNS), 0)
    scan = "scan" in spec.tricks
    # reportlab turns the media box with /Rotate
    canvas = (_Unruled if scan else Canvas)(buf, pagesize=pagesize)
    shift = (20.0, 30.0) if "form" in spec.tricks else (0.0, 0.0)
    if angle:  # stored turned: /Rotate turns the page clockwise for display
        canvas.setPageRotation(angle)
        if not shift[0]:
            canvas.transform(*_turn(angle, width, height))
    if shift[0]:  # drawn into a form, set shifted by the offset it is placed with
        canvas.beginForm("page", -shift[0], -shift[1], width, height)
        canvas.translate(-shift[0], -shift[1])
    p = _Painter(canvas, spec, height)
    y = margin
    if spec.folio is not None:
        band = _band if spec.section_band else _folio
        y = band(p, spec.folio, margin, width - margin, y)
    k = 0
    for row in spec.rows:
        if sum(a.columns for a in row) != spec.columns:
            raise ValueError("a row's spans must fill the grid")
        col = 0
        bottom = y
        inside: set[int] = set()  # gutters inside an article whose columns are not the grid's
        for a in row:
            bottom = max(bottom, _article(p, a, k, grid[col : col + a.columns], y))
            if a.vertical or a.ad:
                inside.update(range(col, col + a.columns - 1))
            col += a.columns
            k += 1
        if spec.rules:  # a hairline down the middle of each gutter, the row's height
            canvas.setLineWidth(0.3)
            for g, ((_, right), (left, _)) in enumerate(pairwise(grid)):
                if g in inside:
                    continue
                mid = (right + left) / 2
                canvas.line(mid, height - y, mid, height - bottom)
        y = bottom + 2.5 * size
    if y > height - margin:
        raise TooLong(f"the page needs {y:.0f} pt of {height - margin:.0f}")
    p.flush(random.Random(len(p.units)))
    if "hidden" in spec.tricks and y + 2 * size < height - margin:
        # a line of old text at the page's foot under a white rectangle (never seen)
        p.text(margin, y + size, _HAN[: int((width - 2 * margin) / size) // 2], size)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(margin - 2, height - y - 1.5 * size, width - 2 * margin, 2 * size, 0, 1)
    if scan:  # the picture of the page, over its invisible text
        Canvas.drawImage(canvas, _picture(spec), 0, 0, width=width, height=height)
    if shift[0]:
        canvas.endForm()
        if angle:
            canvas.transform(*_turn(angle, width, height))
        canvas.translate(*shift)
        canvas.doForm("page")
    canvas.showPage()
    canvas.save()
    return GeneratedPage(pdf=buf.getvalue(), spec=spec, units=tuple(p.units))


# --- made-up text -----------------------------------------------------------------------------


def phrase(rng: random.Random, n: int) -> str:
    """``n`` Han characters with no punctuation (a heading)."""
    return "".join(rng.choice(_HAN) for _ in range(n))


def paragraph(rng: random.Random, sentences: int) -> str:
    """A body paragraph: sentences of clauses, some with a year in digits."""
    out = []
    for _ in range(sentences):
        clauses = [phrase(rng, rng.randint(4, 14)) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.2:
            clauses[0] = f"{rng.randint(1990, 2025)}年{clauses[0]}"
        out.append("，".join(clauses) + "。")
    return "".join(out)


def article(
    rng: random.Random, *, columns: int = 1, paragraphs: int = 3, **kw: object
) -> ArticleSpec:
    """A made-up article; ``kw`` sets kicker, subtitle, byline, boxed or photo (True for
    made-up text)."""

    def pick(key: str, make: object) -> object:
        value = kw.get(key)
        return make if value is True else value

    return ArticleSpec(
        headline=phrase(rng, rng.randint(6, 14)),
        paragraphs=tuple(paragraph(rng, rng.randint(1, 4)) for _ in range(paragraphs)),
        kicker=pick("kicker", phrase(rng, rng.randint(6, 10))),  # type: ignore[arg-type]
        subtitle=pick("subtitle", phrase(rng, rng.randint(8, 14))),  # type: ignore[arg-type]
        byline=pick("byline", f"本报记者 {rng.choice(_NAMES)}"),  # type: ignore[arg-type]
        columns=columns,
        boxed=bool(kw.get("boxed", False)),
        photo=pick("photo", (paragraph(rng, 1), f"本报记者 {rng.choice(_NAMES)}摄")),  # type: ignore[arg-type]
    )


def random_spec(seed: int) -> PageSpec:
    """A random page: 1-6 columns, portrait or landscape, one or two rows of articles of
    random spans, each with or without kicker, subtitle, photo (over two columns or more)
    or a box around it; a byline always, and at least as many paragraphs as columns."""
    draw = random.Random(seed * 7919 + 1)
    rng = random.Random(seed)
    columns = draw.randint(1, 6)
    rows = []
    for _ in range(draw.randint(1, 2)):
        spans = []
        left = columns
        while left:
            spans.append(draw.randint(1, left))
            left -= spans[-1]
        rows.append(
            tuple(
                article(
                    rng,
                    columns=s,
                    paragraphs=draw.randint(s, 2 + 2 * s),  # a line in every column
                    kicker=draw.random() < 0.5 or None,
                    subtitle=draw.random() < 0.5 or None,
                    byline=True,
                    photo=(draw.random() < 0.5 and s > 1) or None,
                    boxed=draw.random() < 0.2,
                )
                for s in spans
            )
        )
    return PageSpec(columns=columns, rows=tuple(rows), landscape=draw.random() < 0.5)


_WEEKDAYS = "一二三四五六日"
_SECTIONS = ("要闻", "综合", "国内", "国际", "经济", "社会", "文化", "体育")


def epaper_spec(seed: int, *, shuffled: bool = False) -> PageSpec:
    """:func:`random_spec`'s page of ``seed`` as an e-paper page prints it: a running head
    (``2025年10月20日 星期一``, a section, the page number) over a rule, hairlines in the
    gutters, and (on half the pages) headlines letter-spaced by 0.1 to 0.5 em; ``shuffled``,
    every glyph drawn on its own, in a shuffled order."""
    draw = random.Random(seed * 104729 + 7)
    spec = random_spec(seed)
    month, day = draw.randint(1, 12), draw.randint(1, 28)
    folio = (
        f"2025年{month}月{day}日 星期{draw.choice(_WEEKDAYS)}",
        draw.choice(_SECTIONS),
        str(draw.randint(1, 24)),
    )
    spacing = round(draw.uniform(0.1, 0.5), 2) if draw.random() < 0.5 else 0.0
    return attrs.evolve(spec, folio=folio, rules=True, letter_spacing=spacing, shuffled=shuffled)


def _numeral(rng: random.Random) -> str:
    n = rng.randint(1, 20)
    return str(n) if rng.random() < 0.5 else "一二三四五六七八九十"[n - 1] if n <= 10 else str(n)


def _broadsheet_article(a: ArticleSpec, draw: random.Random) -> ArticleSpec:
    """``a`` with what real pages add: a vertical headline (no kicker or subtitle then),
    a subtitle opened by a dash, lines saying where it continues from or to."""
    changes: dict[str, object] = {}
    if not a.boxed and draw.random() < 0.25:
        changes.update(vertical=draw.choice(("left", "right")), kicker=None, subtitle=None)
        changes["headline"] = a.headline[:10]
    elif a.subtitle and draw.random() < 0.5:
        changes["subtitle"] = "——" + a.subtitle
    if draw.random() < 0.25:
        changes["jump_out"] = f"（下转第{_numeral(draw)}版）"
    if draw.random() < 0.15:
        changes["jump_in"] = f"（上接第{_numeral(draw)}版）"
    return attrs.evolve(a, **changes)  # type: ignore[arg-type]


def _advert(rng: random.Random, columns: int) -> ArticleSpec:
    lines = (
        phrase(rng, rng.randint(4, 8)),
        phrase(rng, rng.randint(6, 10)),
        f"电话：010-{rng.randint(60000000, 69999999)}",
        f"地址：{phrase(rng, rng.randint(6, 12))}",
    )
    return ArticleSpec(headline="", paragraphs=(), columns=columns, ad=lines)


def broadsheet_spec(seed: int) -> PageSpec:
    """:func:`epaper_spec`'s page of ``seed`` with what real broadsheets print besides
    (drawn at random, each on some pages or articles): the running head as a band (the
    section name in big bold type, 第N版, the editors) over a double rule; headlines drawn
    glyph by glyph, letter-spaced up to 1.5 em; headline groups in other sizes (a bold
    kicker, a subtitle opened by a dash); headlines set vertically beside the text;
    （上接第N版） and （下转第N版） lines; captions in body type; an advertisement in a
    frame in place of one article of the last row (big bold type that heads no article).
    Seeds 700000-700999 are for development, 800000-800999 held out."""
    draw = random.Random(seed * 15485863 + 11)
    rng = random.Random(seed * 31 + 5)
    spec = epaper_spec(seed)
    rows = [tuple(_broadsheet_article(a, draw) for a in row) for row in spec.rows]
    last = rows[-1]
    if (len(rows) > 1 or len(last) > 1) and draw.random() < 0.3:
        i = draw.randrange(len(last))
        rows[-1] = (*last[:i], _advert(rng, last[i].columns), *last[i + 1 :])
    sizes = None
    if draw.random() < 0.6:
        sizes = (
            round(draw.uniform(1.2, 1.8), 2),
            round(draw.uniform(2.0, 3.2), 2),
            round(draw.uniform(1.2, 1.8), 2),
        )
    spacing = spec.letter_spacing
    if draw.random() < 0.4:
        spacing = round(draw.uniform(0.6, 1.5), 2)
    return attrs.evolve(
        spec,
        rows=tuple(rows),
        head_sizes=sizes,
        kicker_bold=draw.random() < 0.5,
        caption_size=1.0 if draw.random() < 0.5 else None,
        section_band=draw.random() < 0.7,
        glyph_heads=draw.random() < 0.5,
        letter_spacing=spacing,
    )


def scan_like_pdf() -> bytes:
    """Three pages: text, a picture and no text (as a scan without OCR), text."""
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf)
    for n in range(3):
        if n == 1:
            c.drawImage(_image(), 72, 300, width=400, height=300)
        else:
            c.setFont(FONT, 12)
            c.drawString(72, 720, f"第{n + 1}页的文字。")
        c.showPage()
    c.save()
    return buf.getvalue()


def unmapped_pdf() -> bytes:
    """Two pages drawn with codes of the private-use area, as a font without a ``ToUnicode``
    map leaves its text layer: page 1 mostly readable with one word unmapped, page 2 all
    unmapped."""
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf)
    c.setFont(FONT, 12)
    c.drawString(72, 720, "本报讯 全市今年新建学校十二所，\ue000\ue001\ue002三所已经开学。")
    c.showPage()
    c.setFont(FONT, 12)
    c.drawString(72, 720, "".join(chr(0xE010 + k) for k in range(20)))
    c.showPage()
    c.save()
    return buf.getvalue()


def cropped_pdf() -> bytes:
    """One page whose media box is larger than what it shows (a crop box inset by 50 points
    on every side): a line of text on the page, a printer's slug below the crop box and a
    word in the bleed to its right, as printing plates of newspaper pages carry."""
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(700, 900))
    c.setCropBox((50, 50, 650, 850))
    c.setFont(FONT, 12)
    c.drawString(60, 20, "人民日报 2025年10月20日 第1版 印刷标记")
    c.drawString(100, 700, "本报讯 全市今年新建学校十二所，三所已经开学。")
    c.drawString(660, 400, "出血区文字")
    c.showPage()
    c.save()
    return buf.getvalue()


def type3_pdf(lines: Sequence[tuple[float, float, float, str]], *, unit: float, tm: bool) -> bytes:
    """One A4 page of ``lines`` (x, baseline from the top, size, text) in a Type3 font, as
    typesetting systems export fonts they draw themselves: each glyph a procedure (here a
    filled square) in a glyph space of ``unit`` units an em (its FontMatrix 1/``unit``),
    codes 1..n mapped to the characters by a ToUnicode map; ``tm``: every line set with
    type size 1 scaled by its text matrix, else with its size in ``Tf``. reportlab draws
    no Type3 font, so the file is written by hand."""
    chars = sorted({c for *_, text in lines for c in text})
    code = {c: k + 1 for k, c in enumerate(chars)}
    objs: list[str] = []

    def add(obj: str) -> int:
        objs.append(obj)
        return len(objs)

    def stream(data: str) -> int:
        return add(f"<< /Length {len(data)} >>\nstream\n{data}\nendstream")

    u = unit
    procs = {
        c: stream(
            f"{u:g} 0 0 {-0.12 * u:g} {u:g} {0.88 * u:g} d1 "
            f"{0.05 * u:g} {-0.1 * u:g} {0.9 * u:g} {0.95 * u:g} re f"
        )
        for c in chars
    }
    pairs = "".join(f"<{code[c]:02X}> <{ord(c):04X}>\n" for c in chars)
    tounicode = stream(
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def "
        "/CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{pairs}endbfchar endcmap "
        "CMapName currentdict /CMap defineresource pop end end"
    )
    names = " ".join(f"/g{code[c]}" for c in chars)
    font = add(
        f"<< /Type /Font /Subtype /Type3 /FontBBox [0 {-0.12 * u:g} {u:g} {0.88 * u:g}] "
        f"/FontMatrix [{1 / u:g} 0 0 {1 / u:g} 0 0] "
        f"/CharProcs << {' '.join(f'/g{code[c]} {procs[c]} 0 R' for c in chars)} >> "
        f"/Encoding << /Type /Encoding /Differences [1 {names}] >> "
        f"/FirstChar 1 /LastChar {len(chars)} /Widths [{' '.join(f'{u:g}' for _ in chars)}] "
        f"/ToUnicode {tounicode} 0 R /Resources << >> >>"
    )
    ops = []
    for x, y, size, text in lines:
        octal = "".join(f"\\{code[c]:03o}" for c in text)
        place = (
            f"/F1 1 Tf {size:g} 0 0 {size:g} {x:g} {842 - y:g} Tm"
            if tm
            else (f"/F1 {size:g} Tf {x:g} {842 - y:g} Td")
        )
        ops.append(f"BT {place} ({octal}) Tj ET")
    content = stream("\n".join(ops))
    page = add(
        f"<< /Type /Page /Parent {len(objs) + 2} 0 R /MediaBox [0 0 595 842] "
        f"/Contents {content} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>"
    )
    pages = add(f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    root = add(f"<< /Type /Catalog /Pages {pages} 0 R >>")
    out = b"%PDF-1.4\n"
    offsets = []
    for k, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    trailer = f"trailer\n<< /Size {len(objs) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out + trailer.encode()
