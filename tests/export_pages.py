"""Issues in the export format of the public downloader script, with real text and their truth.

``../shared/realdev/rmrb-2025-10-20-pp06-20.pdf`` is 人民日报 of 2025-10-20 as a public
downloader script (``Kings-en/rmrb-pdf-fetcher``, made with mPDF) exports it: one A4 PDF,
every article on a page of its own. Measured on that file (pdfplumber, every page):

- A4 (595.28 × 841.89 pt), one font (SimSun), no bold;
- the title at 28 pt, centred, wrapped at 19 characters (532 pt), lines 45.3 pt apart, the
  first at 35.4 pt from the top; its 栏目 printed after it in （）, in the same type (the
  line wraps through it); a two-part title printed on one line with two spaces between;
- the byline at 10 pt, centred, 52.5 pt under the last title line: a label and the names,
  two spaces between them, a two-character name letter-spaced with two spaces (``康  岩``);
  bare names for authors, nothing for unsigned items;
- the source line ``《人民日报》（2025年10月20日 第 06 版）`` at 10 pt, centred, 34.1 pt under
  the byline (or where the byline would stand);
- paragraphs at 12 pt from 40.7 pt under the source line: 30 characters (360 pt) from
  x 31.2, the first line indented two characters, lines 21.25 pt apart, 5.7 pt more between
  paragraphs, a punctuation mark hanging past the edge; figures and Latin half width; a
  dateline closed by two no-break spaces (``本报北京10月19日电\\xa0\\xa0（记者袁泉）``);
- lines not set as paragraphs (no indent, 14 pt, 28.7 to 32.6 pt apart): section heads,
  an editor's note signature ``——编  者``, a photo credit ``苗秋闹摄（新华社发）``, a second
  byline inside a composite article, a letter's signature, ``版式设计：X``;
- the footer ``第 N 页`` at 9 pt, centred, its top 817 pt down, numbering the whole export;
- the staff box of an edition as an item of its own: title ``本版责编：X  Y``, its source
  line; adverts as items titled ``广告`` with nothing under the source line.

The export prints no kicker (引题) or subtitle (副题) lines: no item of the 63 has a line
between title and byline or source line other than the title's own wrap (the first body
line of the 回望“十四五” series, ``2025年2月 听取…``, is set as a paragraph). So these
issues print none either.

What the other editions (第01–05版: 要闻, 评论) and other dates bring is drawn from what
人民日报 prints there: 新华社 reports with ``新华社北京10月19日电  （记者 X、Y）``, 本报评论员
articles, columns (人民论坛, 评论员观察…) signed with a bare name, photo news (a caption
and ``新华社记者  X  摄``), short items closed by an end credit ``（记者 X）``, editor's notes,
section heads, lists of names; edition numbers 01–20 and dates of other years.

Text is real, from the pools of ``tests/realistic_pages.py`` (headlines, names, sentences,
with the same held-out third by stable hash); the 栏目 are the real ones of the corpus's gold
files plus columns 人民日报 prints on its 要闻 and 评论 pages. The truth comes from the spec.
"""

from __future__ import annotations

import io
import itertools
import random
from functools import cache
from pathlib import Path
from typing import Any

import attrs
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from tests.realistic_pages import _PLACES, _held, _sources, pool

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
# SimSun sets ASCII half width; STSong-Light's Latin is proportional, so ASCII is drawn in a
# monospaced face whose Latin is half width (Debian's fonts-wqy-zenhei, embedded: its
# subset holds only the ASCII glyphs drawn).
LATIN_FILE = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
LATIN = "WenQuanYiZenHeiMono"
if LATIN_FILE.exists():
    pdfmetrics.registerFont(TTFont(LATIN, str(LATIN_FILE), subfontIndex=1))
W, H = 595.28, 841.89
_HANGING = frozenset("，。、；：！？”）》")
# Columns (栏目) 人民日报 prints on its 要闻 and 评论 pages (added to those of the gold files).
_COLUMNS = (
    "人民论坛", "评论员观察", "人民时评", "今日谈", "新论", "望海楼", "钟声", "人民观点",
    "评论部文章", "学习贯彻党的二十届四中全会精神", "新时代新征程新伟业", "一线视角",
    "微观", "暖闻热评", "人民财评", "国际论坛",
)  # fmt: skip
_PHOTO_AGENCY = ("新华社发", "人民视觉", "影像中国")


@attrs.frozen(kw_only=True)
class Item:
    """One item of the export: a title, a byline line, the source line and its blocks, each
    ``("para", text)`` (a paragraph) or ``("line", text)`` (a 14 pt line, no indent)."""

    title: str
    byline: str | None
    source: str
    blocks: tuple[tuple[str, str], ...]


def _adv(ch: str, size: float) -> float:
    """The advance of ``ch`` as the export sets it: half width for ASCII, else full."""
    return size / 2 if ord(ch) < 0x80 else size


def _w(text: str, size: float) -> float:
    return sum(_adv(c, size) for c in text)


def _wrap(text: str, size: float, width: float, indent: float) -> list[str]:
    out: list[str] = []
    i = 0
    first = True
    while i < len(text):
        avail = width - (indent if first else 0.0)
        j = i
        used = 0.0
        while j < len(text) and used + _adv(text[j], size) <= avail + 0.01:
            used += _adv(text[j], size)
            j += 1
        if j < len(text) and text[j] in _HANGING:
            j += 1
        out.append(text[i:j])
        i = j
        first = False
    return out


class _Doc:
    def __init__(self, first_page: int) -> None:
        self.buf = io.BytesIO()
        self.c = Canvas(self.buf, pagesize=(W, H), invariant=1)
        self.page = first_page
        self.top = 0.0

    def glyphs(self, x: float, top: float, s: str, size: float) -> None:
        """Draw ``s`` from ``x``, its glyphs' tops ``top`` points below the page's top: runs
        of ASCII in the half-width Latin font, the rest in the CJK font."""
        base = H - top - 0.86 * size
        for latin, run in itertools.groupby(s, key=lambda c: ord(c) < 0x80):
            text = "".join(run)
            self.c.setFont(LATIN if latin else FONT, size)
            self.c.drawString(x, base, text)
            x += _w(text, size)

    def centred(self, top: float, s: str, size: float) -> None:
        self.glyphs((W - _w(s, size)) / 2, top, s, size)

    def new_page(self) -> None:
        self.centred(817.0, f"第 {self.page} 页", 9.0)
        self.c.showPage()
        self.page += 1
        self.top = 32.3

    def item(self, it: Item) -> None:
        top = 35.4
        lines = _wrap(it.title, 28.0, 532.0, 0.0)
        for n, ln in enumerate(lines):
            self.centred(top + 45.3 * n, ln.strip(" "), 28.0)
        top += 45.3 * (len(lines) - 1) + 52.5
        if it.byline:
            self.centred(top, it.byline, 10.0)
            top += 34.1
        self.centred(top, it.source, 10.0)
        top += 40.7
        prev = None
        for kind, text in it.blocks:
            if prev is not None:
                top += {("para", "para"): 26.95, ("para", "line"): 28.7}.get(
                    (prev, kind), 32.6 if prev == "line" and kind == "line" else 30.8
                )
            if kind == "para":
                for n, ln in enumerate(_wrap(text, 12.0, 360.0, 24.0)):
                    if n:
                        top += 21.25
                    if top > 780.0:
                        self.new_page()
                        top = self.top
                    self.glyphs(55.2 if n == 0 else 31.2, top, ln, 12.0)
            else:
                if top > 775.0:
                    self.new_page()
                    top = self.top
                self.glyphs(31.2, top, text, 14.0)
            prev = kind
        self.new_page()

    def close(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


def make_export(items: list[Item], first_page: int) -> bytes:
    """The PDF of ``items``, each from a page of its own, footers from ``first_page``."""
    doc = _Doc(first_page)
    for it in items:
        doc.item(it)
    return doc.close()


# --- the specs ------------------------------------------------------------------------------


def _spaced(name: str) -> str:
    """A name as the export prints it: two characters letter-spaced with two spaces."""
    return f"{name[0]}  {name[1]}" if len(name) == 2 else name


def _columns(heldout: bool) -> tuple[str, ...]:
    found: list[str] = []
    import json

    for path in (p for p in _sources() if p.name.endswith(".articles.json")):
        for a in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            col = "".join((a.get("column") or "").split())
            if col and len(col) <= 24 and _printable(col):
                found.append(col)
    found.extend(_COLUMNS)
    return tuple(x for x in dict.fromkeys(found) if _held(x) == heldout and _printable(x))


def _printable(text: str) -> bool:
    """Whether 人民日报 could print ``text`` as it is: simplified characters (GB 2312) and
    full-width punctuation (no ASCII comma, colon or semicolon, which some local papers'
    web copies in the pools use)."""
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    # Nor the middle dot ``·`` (some 栏目, foreign names): STSong-Light's U+00B7 is not read
    # back by ``pdftotext`` (and the rest of its run comes out spaced), and a stand-in glyph
    # from another face misleads pdfium; the real export's titles with it are in the real tests.
    return not any(c in text for c in ",;:?!·")


@cache
def _pool(kind: str, heldout: bool) -> tuple[str, ...]:
    return tuple(x for x in pool(kind, heldout) if _printable(x))


@attrs.define
class _Draw:
    rng: random.Random
    heldout: bool
    used: set[str] = attrs.field(factory=set)

    def pick(self, kind: str, most: int = 1000, least: int = 0) -> str:
        items = [x for x in _pool(kind, self.heldout) if least <= len(x) <= most]
        if kind == "headline":  # the export prints a 栏目 as （…） after the title: a title
            items = [x for x in items if not x.endswith("）")]  # closing so reads as one
        for _ in range(30):
            item = self.rng.choice(items)
            if item not in self.used:
                break
        self.used.add(item)
        return item

    def names(self, n: int) -> list[str]:
        out: list[str] = []
        tries = 0
        while len(out) < n:  # names not used in the issue yet while there are some
            x = self.rng.choice(_pool("name", self.heldout))
            tries += 1
            if x not in out and "·" not in x and (x not in self.used or tries > 60):
                out.append(x)
        self.used.update(out)
        return out

    def paragraph(self) -> str:
        return "".join(self.pick("sentence") for _ in range(self.rng.choice((1, 1, 2, 2, 3))))


def _gold(kind: str, headline: str | None, paras: list[str], **kw: Any) -> dict[str, Any]:
    heads = kw.pop("section_heads", [])
    body = "".join("".join(p.split()) for p in paras)
    g: dict[str, Any] = {
        "kind": kind,
        "kicker": None,
        "headline": headline,
        "subtitle": None,
        "column": kw.pop("column", None),
        "people": kw.pop("people", []),
        "dateline": kw.pop("dateline", None),
        "photo_credits": kw.pop("photo_credits", []),
        "body_first": kw.pop("body_first", body[:12]),
        "body_last": kw.pop("body_last", body[-12:]),
        "paragraphs": paras,
        "section_heads": heads,
    }
    g.update(kw)
    return g


def _byline(d: _Draw) -> tuple[str | None, list[dict[str, str]]]:
    """A byline line as the export prints it and the people it names."""
    r = d.rng.random()
    if r < 0.35:
        names = d.names(d.rng.choice((1, 2, 2, 3)))
        return "本报记者  " + "  ".join(map(_spaced, names)), [
            {"name": n, "role": "reporter"} for n in names
        ]
    if r < 0.45:
        a, b = d.names(2)
        return f"本报记者  {_spaced(a)}  本报通讯员  {_spaced(b)}", [
            {"name": a, "role": "reporter"},
            {"name": b, "role": "correspondent"},
        ]
    if r < 0.6:
        names = d.names(d.rng.choice((1, 2, 2, 3)))
        return "新华社记者  " + "  ".join(map(_spaced, names)), [
            {"name": n, "role": "reporter"} for n in names
        ]
    if r < 0.7:
        return "本报评论员", []
    names = d.names(d.rng.choice((1, 1, 2)))
    return "  ".join(map(_spaced, names)), [{"name": n, "role": "author"} for n in names]


def _dateline(d: _Draw, month: int, day: int) -> tuple[str, dict[str, Any], list[str]]:
    agency = "新华社" if d.rng.random() < 0.5 else "本报"
    place = d.rng.choice(_PLACES)
    text = f"{agency}{place}{month}月{day}日电"
    gold = {
        "text": text,
        "agency": agency,
        "place": place,
        "month": month,
        "day": day,
        "position": "start",
    }
    if agency == "新华社" and d.rng.random() < 0.3:
        return text + "\xa0\xa0", gold, []
    names = d.names(d.rng.choice((1, 1, 2)))
    sep = d.rng.choice(("、", "  "))
    lead = d.rng.choice(("记者", "记者 ")) if agency == "新华社" else "记者"
    return f"{text}\xa0\xa0（{lead}{sep.join(names)}）", gold, names


def _title(d: _Draw, columns: tuple[str, ...]) -> tuple[str, str, str | None]:
    """The title as printed, the headline and the 栏目 (or None)."""
    r = d.rng.random()
    if r < 0.1:
        a = d.pick("headline", 11, 4)
        b = d.pick("headline", 11, 4)
        return f"{a}  {b}", a + b, None
    head = d.pick("headline")
    if r < 0.4:
        col = d.rng.choice(columns)
        return f"{head}（{col}）", head, col
    return head, head, None


def _body(d: _Draw, n: int, heads: bool) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    blocks: list[tuple[str, str]] = []
    paras: list[str] = []
    subheads: list[str] = []
    for k in range(n):
        if heads and k and k % 3 == 0:
            h = d.pick("headline", 12, 5)
            blocks.append(("line", h))
            subheads.append(h)
        p = d.paragraph()
        blocks.append(("para", p))
        paras.append(p)
    return blocks, paras, subheads


def _article(
    d: _Draw, source: str, month: int, day: int, columns: tuple[str, ...]
) -> tuple[Item, dict[str, Any]]:
    rng = d.rng
    title, head, col = _title(d, columns)
    style = rng.random()
    people: list[dict[str, str]] = []
    byline = None
    dateline = None
    photo_credits: list[dict[str, str]] = []
    if style < 0.25:  # a dateline opens the first paragraph, no byline
        blocks, paras, subheads = _body(d, rng.randint(2, 6), False)
        lead, dateline, names = _dateline(d, month, day)
        first = paras[0]
        paras[0] = lead + first
        blocks[0] = ("para", paras[0])
        people = [{"name": x, "role": "reporter"} for x in names]
        g = _gold("article", head, paras, column=col, people=people, dateline=dateline,
                  body_first="".join(first.split())[:12], lead=lead)  # fmt: skip
    elif style < 0.35:  # photo news: a caption and the credit
        cap = "图为" + d.pick("sentence")
        (who,) = d.names(1)
        credit = rng.choice(
            (
                f"新华社记者  {_spaced(who)}  摄",
                f"本报记者  {_spaced(who)}摄",
                f"{who}摄（{rng.choice(_PHOTO_AGENCY)}）",
            )
        )
        paras = [d.paragraph(), cap] if rng.random() < 0.5 else [cap]
        blocks = [("para", p) for p in paras] + [("line", credit)]
        photo_credits = [{"name": who, "role": "photographer"}]
        g = _gold("article", head, paras, column=col, photo_credits=photo_credits)
    elif style < 0.45:  # a short item closed by an end credit
        blocks, paras, subheads = _body(d, rng.randint(1, 3), False)
        names = d.names(rng.choice((1, 1, 2)))
        label = rng.choice(("记者", "本报记者", "记者 "))
        credit = f"（{label}{'、'.join(names)}）"
        last = paras[-1]
        paras[-1] = last + credit
        blocks[-1] = ("para", paras[-1])
        people = [{"name": x, "role": "reporter"} for x in names]
        g = _gold("article", head, paras, column=col, people=people,
                  body_last="".join(last.split())[-12:], tail=credit)  # fmt: skip
    elif style < 0.5:  # a list of names
        intro = d.pick("sentence")
        names = d.names(rng.randint(6, 14))
        paras = [intro, "、".join(names)]
        blocks = [("para", p) for p in paras]
        g = _gold("article", head, paras, column=col)
    else:  # a byline; perhaps an editor's note, section heads, a photo inside
        byline, people = _byline(d)
        blocks, paras, subheads = _body(d, rng.randint(3, 10), rng.random() < 0.3)
        if rng.random() < 0.15:
            note = d.paragraph()
            blocks = [("para", note), ("line", "——编  者"), *blocks]
            paras = [note, *paras]
        if rng.random() < 0.15 and len(blocks) > 2:
            cap = "图为" + d.pick("sentence")
            (who,) = d.names(1)
            at = rng.randint(1, len(blocks) - 1)
            blocks[at:at] = [("para", cap), ("line", f"{who}摄（{rng.choice(_PHOTO_AGENCY)}）")]
            paras = [b for k, b in blocks if k == "para"]
            photo_credits = [{"name": who, "role": "photographer"}]
        g = _gold("article", head, paras, column=col, people=people,
                  photo_credits=photo_credits, section_heads=subheads)  # fmt: skip
        if byline is not None and not people:
            g["notes"] = "byline names nobody"
    g["byline"] = byline
    return Item(title=title, byline=byline, source=source, blocks=tuple(blocks)), g


def export_spec(seed: int, *, heldout: bool) -> tuple[list[Item], list[dict[str, Any]], int]:
    """The items of one export (one to three editions of one day), their truth in order and
    the number of its first page."""
    d = _Draw(rng=random.Random(seed), heldout=heldout)
    rng = d.rng
    columns = _columns(heldout)
    year = rng.choice((2021, 2022, 2023, 2024, 2025, 2026))
    month, day = rng.randint(1, 12), rng.randint(2, 28)
    edition = rng.randint(1, 18)
    items: list[Item] = []
    gold: list[dict[str, Any]] = []
    for ed in range(edition, edition + rng.randint(1, 3)):
        source = f"《人民日报》（{year}年{month}月{day}日 第 {ed:02d} 版）"
        for _ in range(rng.randint(2, 5)):
            it, g = _article(d, source, month, day - 1, columns)
            g["edition"] = f"{ed:02d}"
            items.append(it)
            gold.append(g)
        if rng.random() < 0.25:
            items.append(Item(title="广告", byline=None, source=source, blocks=()))
            gold.append(_gold("advert", "广告", [], edition=f"{ed:02d}"))
        staff = d.names(rng.randint(1, 3))
        blocks = (("line", f"版式设计：{d.names(1)[0]}"),) if rng.random() < 0.6 else ()
        title = "本版责编：" + "  ".join(map(_spaced, staff))
        items.append(Item(title=title, byline=None, source=source, blocks=blocks))
        gold.append(_gold("fragment", None, [], edition=f"{ed:02d}", body_first="", body_last=""))
    return items, gold, rng.randint(1, 120)


__all__ = ["Item", "export_spec", "make_export"]
