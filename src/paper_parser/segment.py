"""From a page to articles: line roles, article assembly, paragraph rejoining, re-linking.

The pipeline, each step linear in the length of the page:

1. **Line roles.** The masthead block (from :func:`paper_parser.masthead.parse_masthead`) is
   set aside; every other non-blank line is a *unit* and gets a role: photo credit, dateline,
   byline (+ body), page staff (责任编辑:X, set aside as :class:`OtherBlock`), heading
   candidate (short, no closing punctuation, balanced quotes) or body; a parenthesised name
   closing a paragraph after its final punctuation (``…工作。(张三)``) is a trailing credit.
   A block of adjacent lines that ends with a photo credit (``3月5日,…开幕。`` /
   ``新华社记者李贺摄``) is a picture caption and set aside as an :class:`OtherBlock`.
2. **Article assembly.** A run of heading candidates followed by a lead (byline, dateline or
   body) becomes a kicker/headline/subtitle group (column labels such as 新华时评 recognised);
   a single short line inside an open article is a section head; a heading run followed by a
   byline, met while the open article still waits for its byline, is a boxed banner of that
   article (it does not steal the byline); so is a heading line opening with a box mark
   (``■全市已完成…``, a 提要题). A dateline standing alone after body text closes the article
   (position ``"end"``), and so does a parenthesised credit standing alone (``(记者 郑晓波)``).
   A single heading line over text that closes with a credit of its own is the headline of a
   new item, not a section head, unless the open article is unsigned and already divided by
   section heads (then the credit signs that article). Heading runs are found line by
   line, so pages extracted without blank lines work too.
3. **Paragraph rejoining.** PDF extraction breaks words across columns (``三级总␤␤工会``).
   Two body pieces of one article separated only by blank lines (and photo credits) are joined
   with nothing inserted when the first does not end a sentence, unless the second visibly
   starts a new paragraph. The signal, lexicon-free:

   * the first piece ends with sentence- or clause-final punctuation (``。！？；：…”``): no join;
   * the second starts with punctuation that cannot open a paragraph (``，、。”``): join;
   * the second starts with a three-character Han sequence that also opens another paragraph
     of the article or occurs in its headings (a named subject such as ``张才方``, which is how
     Chinese news paragraphs open): no join; otherwise join.

   So ``…耐心做足`` / ``张才方在慰问时指出`` stays apart (张才方 is in the subtitle and opens the
   next paragraph too) while ``广泛开展向蒋春尧`` / ``记者邹伟峰 摄`` / ``同志学习活动`` is
   rejoined around the credit.
4. **Fragment re-linking.** A paragraph that ends mid-sentence with an unclosed quotation mark
   (``“我们终于找到‘娘家’了,轻``) is linked to a paragraph of the same article that starts
   mid-sentence with an unmatched closing quote or clause punctuation (``点手指,…证。”…``);
   the joined paragraph sits at the head's position and a :class:`Relink` is reported.

Every character of the page ends up in exactly one of the masthead, an article or an
:class:`OtherBlock` (white space aside), and every span maps back to the page.

>>> page = "市里开会\\n\\n本报讯 记者程雪报道 昨日,市里开会。会议指出,三级总"
>>> page += "\\n\\n工会要做好工作。\\n"
>>> (art,) = segment_articles(page)
>>> art.headline.text, [p.name for b in art.bylines for p in b.people]
('市里开会', ['程雪'])
>>> [p.text for p in art.paragraphs]
['昨日,市里开会。会议指出,三级总工会要做好工作。']
>>> [(j.before, j.after) for j in art.joins]
[('三级总', '工会')]
"""

from __future__ import annotations

import bisect
import datetime
from collections import Counter
from collections.abc import Sequence

import attrs
import regex

from paper_parser._types import Span
from paper_parser.bylines import (
    Byline,
    Dateline,
    PhotoCredit,
    find_byline,
    find_dateline,
    find_photo_credit,
)
from paper_parser.masthead import Masthead, parse_masthead
from paper_parser.numerals import NumberMention, find_numbers
from paper_parser.text import lines

__all__ = [
    "Article",
    "HeadingLines",
    "Issue",
    "Join",
    "OtherBlock",
    "Paragraph",
    "Relink",
    "SectionHead",
    "parse_issue",
    "segment_articles",
]


# --- result types ----------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class HeadingLines:
    """A kicker, headline, subtitle or column label, possibly printed over several lines.

    Attributes:
        span: From the start of the first line to the end of the last.
        text: The lines joined with nothing.
        lines: Each printed line.
    """

    span: Span
    text: str
    lines: tuple[Span, ...]


@attrs.frozen(kw_only=True)
class SectionHead:
    """A section head (分题/小标题) inside an article."""

    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of body text, rejoined.

    Attributes:
        text: The paragraph with mid-word breaks (and photo credits) cut out.
        spans: The source pieces, in reading order, whose texts concatenate to :attr:`text`.
    """

    text: str
    spans: tuple[Span, ...]


@attrs.frozen(kw_only=True)
class Join:
    """A mid-word break that was rejoined.

    Attributes:
        before: Up to three characters before the break (context for auditing).
        after: Up to two characters after the break.
        gap: The text cut out: blank lines, and any photo credit standing in the break.
    """

    before: str
    after: str
    gap: Span


@attrs.frozen(kw_only=True)
class Relink:
    """An out-of-order fragment re-linked: ``head`` continues at ``tail``."""

    head: Span
    tail: Span


@attrs.frozen(kw_only=True)
class Article:
    """One article. Headings are ``None`` when absent; collections are tuples.

    Attributes:
        spans: The source ranges the article was built from (may be non-contiguous).
        numbers: Quantity mentions in the paragraphs (from :mod:`paper_parser.numerals`),
            spans in page coordinates.
    """

    kicker: HeadingLines | None
    headline: HeadingLines | None
    subtitle: HeadingLines | None
    column: HeadingLines | None
    bylines: tuple[Byline, ...]
    dateline: Dateline | None
    photo_credits: tuple[PhotoCredit, ...]
    section_heads: tuple[SectionHead, ...]
    paragraphs: tuple[Paragraph, ...]
    joins: tuple[Join, ...]
    relinks: tuple[Relink, ...]
    numbers: tuple[NumberMention, ...]
    spans: tuple[Span, ...]


@attrs.frozen(kw_only=True)
class OtherBlock:
    """Page text that is neither masthead nor article.

    Attributes:
        role: ``"caption"`` (a photo credit without an article), ``"staff"`` (责任编辑 …),
            ``"heading"`` (a heading with no article under it) or ``"text"``.
    """

    role: str
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Issue:
    """A parsed page: masthead, articles and other blocks.

    ``masthead`` is a :class:`paper_parser.masthead.Masthead`.
    """

    masthead: Masthead
    articles: tuple[Article, ...]
    other: tuple[OtherBlock, ...]


# --- patterns --------------------------------------------------------------------------------

_MAX_HEADING = 40
_QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ("《", "》"), ("(", ")"), ("（", "）"), ("「", "」"))
# Punctuation that ends a sentence or a clause: a piece ending so is not a broken word.
_FINAL = frozenset("。！？!?；;：:…”’」』)）】.")
# Punctuation a heading never ends with.
_NOT_HEADING_END = frozenset("。！？!?；;：:…,，、")
# Punctuation that cannot open a paragraph: the piece continues the one before.
_CONT_START = frozenset(",，、。；;：:！!？?”’」』)）】")

_COLUMN_RE = regex.compile(
    r"""
    (?:新华时评|新華時評|社论|社論|评论员文章|評論員文章|本报评论员|本報評論員
      |今日谈|今日談|人民论坛|人民論壇|钟声|鐘聲|国际论坛|國際論壇
      |\p{Han}{0,4}+(?:时评|時評|短评|短評|快评|快評|锐评|銳評|观察|觀察|论坛|論壇|评论|評論))
    \Z
    """,
    regex.VERBOSE,
)
# Page staff lines (责任编辑:X 版式:Y): staff of the page, not authors.
_STAFF_RE = regex.compile(
    r"""
    (?:责任编辑|責任編輯|本版编辑|本版編輯|编辑|編輯|版式|美编|美編|校对|校對|版面设计
      |版面設計|值班编委|值班編委|照排|终审|終審)
    [ ]*+[:：/|｜ ]                                       # a separator after the label
    """,
    regex.VERBOSE,
)
# A parenthesised credit closing a paragraph, after sentence-final punctuation.
_TRAILER_RE = regex.compile(
    r"""
    [。！？!?…”]                                          # the sentence before it ended
    [ ]*+
    (?P<paren>[(（](?P<words>[^()（）\n]{2,24}+)[)）])      # (张三) (记者 李四 王五)
    [ ]*+\Z
    """,
    regex.VERBOSE,
)
# Parenthesised words that close paragraphs but credit nobody.
_NOT_CREDITS = frozenset(
    {"化名", "完", "待续", "未完", "全文完", "摘编", "节选", "有删节", "图", "下转"}
)
# Marks that open a boxed summary (提要题) or banner line: ■今年全市已完成…
_BOX_MARKS = frozenset("■□●◆◇▲△★☆▶►◎")
# A heading is one phrase: no sentence or clause stop inside it.
_SENTENCE_INSIDE_RE = regex.compile(r"[。；;！!？?]")
_HAN3_RE = regex.compile(r"\p{Han}{3}")
_HAN_TAIL_RE = regex.compile(r"\p{Han}{1,3}+\Z")
_HAN_HEAD_RE = regex.compile(r"\p{Han}{1,2}")


# --- units -----------------------------------------------------------------------------------


@attrs.define
class _Unit:
    start: int
    end: int
    line: int  # line number, to tell blocks apart
    kind: str = "body"
    byline: Byline | None = None
    dateline: Dateline | None = None
    credit: PhotoCredit | None = None
    body_start: int = 0  # where body text starts (after a byline / dateline)
    body_end: int = 0  # where it ends (before a trailing credit such as "(张三)")
    trailer: Byline | None = None
    owner: int = -2  # article index, -1 masthead, -3 other


def _balanced(s: str) -> bool:
    return all(s.count(a) == s.count(b) for a, b in _QUOTE_PAIRS)


def _is_heading(s: str) -> bool:
    return (
        0 < len(s) <= _MAX_HEADING
        and s[-1] not in _NOT_HEADING_END
        and s[0] not in _CONT_START
        and _balanced(s)
        and not _SENTENCE_INSIDE_RE.search(s)
        and s.count(",") + s.count("，") <= 1
        and any(ch.isalnum() for ch in s)
    )


def _subtract(
    start: int, end: int, holes: Sequence[tuple[int, int]], k: int
) -> list[tuple[int, int]]:
    """``[start, end)`` minus the sorted holes, starting the scan at hole ``k``."""
    out: list[tuple[int, int]] = []
    pos = start
    while k < len(holes) and holes[k][0] < end:
        hs, he = holes[k]
        if he > pos:
            if hs > pos:
                out.append((pos, min(hs, end)))
            pos = max(pos, he)
        k += 1
    if pos < end:
        out.append((pos, end))
    return out


def _units(
    text: str, holes: Sequence[tuple[int, int]], reference: datetime.date | None
) -> list[_Unit]:
    units: list[_Unit] = []
    k = 0
    for ln in lines(text):
        s, e = ln.span.start, ln.span.end
        if ln.blank and (s == e or text[s:e].isspace()):
            continue
        while k < len(holes) and holes[k][1] <= s:
            k += 1
        for ps, pe in _subtract(s, e, holes, k):
            piece = text[ps:pe]
            stripped = piece.strip()
            if not stripped:
                continue
            us = ps + (len(piece) - len(piece.lstrip()))
            ue = us + len(stripped)
            if ln.blank:
                # Only invisible characters (zero-width space ...): kept for losslessness,
                # owned by a neighbour, never read.
                units.append(_Unit(us, ue, ln.number, kind="invisible"))
            else:
                units.append(_classify(text, _Unit(us, ue, ln.number), reference))
    return units


def _classify(text: str, u: _Unit, reference: datetime.date | None) -> _Unit:
    s = text[u.start : u.end]
    u.body_start, u.body_end = u.start, u.end
    if _STAFF_RE.match(s):
        u.kind = "staff"
        return u
    credit = find_photo_credit(text, u.start, u.end)
    if credit is not None:
        u.kind, u.credit = "credit", credit
        return u
    dl = find_dateline(text, u.start, u.end, reference=reference)
    if dl is not None:
        u.kind, u.dateline = "dateline", dl
        u.body_start = _skip_space(text, dl.span.end, u.end)
        return _trailer(text, u)
    by = find_byline(text, u.start, u.end, reference=reference)
    if by is not None:
        u.kind, u.byline = "byline", by
        u.body_start = _skip_space(text, by.span.end, u.end)
        return _trailer(text, u)
    if _is_heading(s):
        u.kind = "heading"
        return u
    return _trailer(text, u)


def _trailer(text: str, u: _Unit) -> _Unit:
    """A credit in parentheses closing a brief: ``…工作。(张三)``."""
    m = _TRAILER_RE.search(text, max(u.body_start, u.end - 40), u.end)
    if m is None or m.group("words") in _NOT_CREDITS:
        return u
    by = find_byline(text, m.start("paren"), m.end("paren"))
    if by is not None and by.people and by.span.end == m.end("paren"):
        u.trailer = by
        u.body_end = m.start("paren")
    return u


def _captions(units: list[_Unit]) -> list[_Unit]:
    """Merge each photo caption into one unit of kind ``"caption"``.

    A caption is a block of adjacent lines whose last line is a photo credit and whose other
    lines are text (``3月5日,…开幕。`` / ``新华社记者李贺摄``): the credit signs the picture,
    and the text describes it, so neither is article body. A credit standing alone in its
    block (the sample's ``记者邹伟峰 摄`` inside a sentence) is not a caption.
    """
    out: list[_Unit] = []
    i, n = 0, len(units)
    while i < n:
        j = i + 1
        while (
            j < n
            and units[i].kind != "invisible"
            and units[j].kind != "invisible"
            and units[j - 1].line + 1 >= units[j].line
        ):
            j += 1
        block = units[i:j]
        if (
            len(block) >= 2
            and block[-1].kind == "credit"
            and all(u.kind in ("body", "heading") and u.trailer is None for u in block[:-1])
        ):
            first, last = block[0], block[-1]
            out.append(
                _Unit(
                    first.start,
                    last.end,
                    last.line,
                    kind="caption",
                    body_start=first.start,
                    body_end=last.end,
                )
            )
        else:
            out.extend(block)
        i = j
    return out


def _closing_credit(text: str, u: _Unit) -> bool:
    """A parenthesised credit that is all of its line (``（记者 郑晓波）``): it closes the
    article above it, like a trailing ``(张三)`` closes a paragraph."""
    return (
        u.kind == "byline"
        and u.byline is not None
        and u.byline.source is None
        and u.body_start >= u.body_end
        and text[u.start] in "(（[【"
    )


def _section_credited(text: str, units: list[_Unit], j: int) -> bool:
    """Whether the body text from ``units[j]`` on closes with a credit of its own (a trailing
    ``(张三)`` or a closing credit line) before the next heading, byline or dateline."""
    k = j
    while k < len(units) and units[k].kind in ("body", "credit"):
        if units[k].trailer is not None:
            return True
        k += 1
    return k < len(units) and _closing_credit(text, units[k])


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and (text[pos].isspace() or text[pos] in ":："):
        pos += 1
    return pos


# --- assembly --------------------------------------------------------------------------------


@attrs.define
class _Builder:
    kicker: list[_Unit] = attrs.Factory(list)
    headline: list[_Unit] = attrs.Factory(list)
    subtitle: list[_Unit] = attrs.Factory(list)
    column: list[_Unit] = attrs.Factory(list)
    bylines: list[Byline] = attrs.Factory(list)
    dateline: Dateline | None = None
    credits: list[PhotoCredit] = attrs.Factory(list)
    # ("piece", start, end) | ("head", unit) in reading order; credits are transparent.
    items: list[tuple[str, int, int]] = attrs.Factory(list)
    section_heads: list[_Unit] = attrs.Factory(list)
    units: list[_Unit] = attrs.Factory(list)
    closed: bool = False

    def has_body(self) -> bool:
        return any(kind == "piece" for kind, _, _ in self.items)


def _blocks(units: list[_Unit]) -> list[list[_Unit]]:
    out: list[list[_Unit]] = []
    for u in units:
        if out and out[-1][-1].line + 1 >= u.line:
            out[-1].append(u)
        else:
            out.append([u])
    return out


def _heading_lines(text: str, units: Sequence[_Unit]) -> HeadingLines:
    spans = tuple(Span.of(text, u.start, u.end) for u in units)
    return HeadingLines(
        span=Span.of(text, units[0].start, units[-1].end),
        text="".join(sp.text for sp in spans),
        lines=spans,
    )


def _is_column(text: str, block: list[_Unit]) -> bool:
    return len(block) == 1 and _COLUMN_RE.match(text, block[0].start, block[0].end) is not None


def _split_heads(
    text: str, run: list[list[_Unit]], lead: str
) -> tuple[list[_Unit], list[_Unit], list[_Unit], list[_Unit], list[_Unit]]:
    """(column, kicker, headline, subtitle, section heads) of a heading run."""
    column: list[_Unit] = []
    blocks = list(run)
    boxed = [b for b in blocks if text[b[0].start] in _BOX_MARKS]
    if boxed and len(boxed) < len(blocks):
        # A boxed summary (提要题) printed with the headline: the article's banner.
        column = [u for b in boxed for u in b]
        blocks = [b for b in blocks if text[b[0].start] not in _BOX_MARKS]
    elif len(blocks) > 1 and _is_column(text, blocks[0]):
        column = blocks.pop(0)
    elif len(blocks) > 1 and _is_column(text, blocks[-1]):
        column = blocks.pop()
    dash = next(
        (i for i, b in enumerate(blocks) if text[b[0].start] in "—-―" and i > 0),
        None,
    )
    if len(blocks) == 1:
        ls = blocks[0]
        d = next((i for i, u in enumerate(ls) if text[u.start] in "—-―" and i > 0), None)
        h = d - 1 if d is not None else (len(ls) - 1) // 2 if len(ls) > 2 else 0
        return column, ls[:h], ls[h : h + 1], ls[h + 1 :], []
    if dash is not None:
        kicker = [u for b in blocks[: dash - 1] for u in b]
        rest = [u for b in blocks[dash + 1 :] for u in b]
        return column, kicker, blocks[dash - 1], blocks[dash], rest
    if lead != "body" and len(blocks) >= 3:
        rest = [u for b in blocks[3:] for u in b]
        return column, blocks[0], blocks[1], blocks[2], rest
    rest = [u for b in blocks[2:] for u in b]
    return column, [], blocks[0], blocks[1], rest


def _assemble(text: str, units: list[_Unit]) -> tuple[list[_Builder], list[_Unit]]:
    arts: list[_Builder] = []
    others: list[_Unit] = []
    cur: _Builder | None = None
    i = 0
    n = len(units)

    def new() -> _Builder:
        b = _Builder()
        arts.append(b)
        return b

    def add_body(b: _Builder, u: _Unit, start: int) -> None:
        if start < u.body_end:
            b.items.append(("piece", start, u.body_end))
        if u.trailer is not None:
            b.bylines.append(u.trailer)

    while i < n:
        if units[i].kind == "heading":
            # A run of heading candidates, grouped into blocks of adjacent lines.
            j = i
            while j < n and units[j].kind == "heading":
                j += 1
            run = _blocks(units[i:j])
            lead_unit = units[j] if j < n else None
            lead = "end" if lead_unit is None else lead_unit.kind
            if lead in ("byline", "dateline"):
                lead = "credit"
            elif lead == "staff":
                lead = "end"
            nunits = sum(len(b) for b in run)
            if lead == "end" and cur is None:
                others.extend(u for b in run for u in b)
                i = j
                continue
            if (
                cur is not None
                and lead == "credit"
                and cur.headline
                and not cur.bylines
                and cur.dateline is None
                and not cur.column
                and not cur.closed
            ):
                # A boxed banner inside the open article: it must not steal the byline.
                cur.column = [u for b in run for u in b]
                cur.units.extend(cur.column)
                i = j
                continue
            if cur is not None and not cur.closed and lead == "end":
                # Short lines closing an article with nothing after them: body text.
                for u in (u for b in run for u in b):
                    cur.units.append(u)
                    add_body(cur, u, u.start)
                i = j
                continue
            if (
                cur is not None
                and not cur.closed
                and nunits == 1
                and lead == "body"
                and not (
                    # A heading over text that carries its own closing credit is the
                    # headline of a new item (a brief signed (张三)), unless the open
                    # article is still unsigned and already divided by section heads.
                    _section_credited(text, units, j)
                    and (cur.bylines or cur.dateline is not None or not cur.section_heads)
                )
            ):
                for u in (u for b in run for u in b):
                    cur.section_heads.append(u)
                    cur.items.append(("head", u.start, u.end))
                    cur.units.append(u)
                i = j
                continue
            cur = new()
            column, kicker, headline, subtitle, heads = _split_heads(text, run, lead)
            cur.column, cur.kicker, cur.headline, cur.subtitle = column, kicker, headline, subtitle
            for u in heads:
                cur.section_heads.append(u)
                cur.items.append(("head", u.start, u.end))
            cur.units.extend(u for b in run for u in b)
            i = j
            continue
        for u in units[i : i + 1]:  # one unit; `continue` moves to the next
            if u.kind in ("staff", "caption"):
                others.append(u)
                continue
            if u.kind == "credit":
                if cur is None:
                    others.append(u)
                else:
                    assert u.credit is not None
                    cur.credits.append(u.credit)
                    cur.units.append(u)
                continue
            if u.kind == "dateline":
                assert u.dateline is not None
                alone = u.body_start >= u.body_end
                if alone and cur is not None and cur.has_body() and cur.dateline is None:
                    cur.dateline = attrs.evolve(u.dateline, position="end")
                    cur.closed = True
                    cur.units.append(u)
                    continue
                if cur is None or cur.has_body() or cur.dateline is not None or cur.closed:
                    cur = new()
                cur.dateline = u.dateline
                cur.units.append(u)
                add_body(cur, u, u.body_start)
                continue
            if u.kind == "byline":
                assert u.byline is not None
                if (
                    _closing_credit(text, u)
                    and cur is not None
                    and not cur.closed
                    and cur.has_body()
                ):
                    # (记者 郑晓波) on its own line after the body: it signs and closes it.
                    cur.bylines.append(u.byline)
                    cur.units.append(u)
                    cur.closed = True
                    continue
                if cur is None or cur.closed or (cur.bylines and cur.has_body()):
                    cur = new()
                cur.bylines.append(u.byline)
                cur.units.append(u)
                add_body(cur, u, u.body_start)
                continue
            if cur is None or cur.closed:
                u.kind = "heading" if u.kind == "heading" else "text"
                others.append(u)
                continue
            cur.units.append(u)
            add_body(cur, u, u.start)
        i += 1
    return arts, others


# --- paragraphs ------------------------------------------------------------------------------


def _close_quote_first(s: str) -> bool:
    """Whether a closing quotation mark comes before any opening one."""
    for a, b in (("“", "”"), ("‘", "’")):
        c = s.find(b)
        if c >= 0 and (s.find(a) < 0 or s.find(a) > c):
            return True
    return False


def _unclosed(s: str) -> bool:
    return s.count("“") > s.count("”") or s.count("‘") > s.count("’")


def _paragraphs(
    text: str, b: _Builder, heading_text: str
) -> tuple[list[Paragraph], list[Join], list[Relink]]:
    # Runs of pieces not separated by a section head.
    groups: list[list[tuple[int, int]]] = [[]]
    for kind, s, e in b.items:
        if kind == "head":
            groups.append([])
        else:
            groups[-1].append((s, e))
    # How many pieces open with each three-character sequence.
    openers = Counter(text[s : s + 3] for g in groups for s, _ in g)
    paras: list[list[tuple[int, int]]] = []
    joins: list[Join] = []
    for g in groups:
        for idx, (s, e) in enumerate(g):
            if idx > 0 and _continues(text, paras[-1][-1], (s, e), openers, heading_text):
                ps, pe = paras[-1][-1]
                before = _HAN_TAIL_RE.search(text, max(ps, pe - 3), pe)
                after = _HAN_HEAD_RE.match(text, s, e)
                joins.append(
                    Join(
                        before=before.group() if before else text[pe - 1 : pe],
                        after=after.group() if after else text[s : s + 1],
                        gap=Span.of(text, pe, s),
                    )
                )
                paras[-1].append((s, e))
                continue
            paras.append([(s, e)])
    relinks, order, used = _relink(text, paras)
    result = [
        Paragraph(
            text="".join(text[s:e] for s, e in p),
            spans=tuple(Span.of(text, s, e) for s, e in p),
        )
        for i, p in enumerate(order)
        if i not in used
    ]
    return result, joins, relinks


def _continues(
    text: str,
    prev: tuple[int, int],
    cur: tuple[int, int],
    openers: Counter[str],
    heading_text: str,
) -> bool:
    """Whether piece ``cur`` continues the sentence broken at the end of piece ``prev``."""
    if text[prev[1] - 1] in _FINAL:
        return False
    s, e = cur
    if text[s] in _CONT_START:
        return True
    m = _HAN3_RE.match(text, s, e)
    if m is None:
        return True
    # A named subject that opens another paragraph or appears in the headings starts one.
    return not (openers[m.group()] > 1 or m.group() in heading_text)


def _relink(
    text: str, paras: list[list[tuple[int, int]]]
) -> tuple[list[Relink], list[list[tuple[int, int]]], set[int]]:
    """Link heads (end mid-sentence, quote left open) to tails (start mid-sentence)."""
    heads: list[int] = []
    tails: list[int] = []
    for i, p in enumerate(paras):
        ts, te = p[0]
        if text[ts] in _CONT_START or _close_quote_first(text[ts:te]):
            tails.append(i)
        hs, he = p[-1]
        if text[he - 1] not in _FINAL and _unclosed("".join(text[s:e] for s, e in p)):
            heads.append(i)
    relinks: list[Relink] = []
    order = list(paras)
    used: set[int] = set()
    k = 0
    for hi in heads:
        if hi in used:
            continue
        while k < len(tails) and (tails[k] == hi or tails[k] in used):
            k += 1
        if k >= len(tails):
            break
        ti = tails[k]
        k += 1
        used.add(ti)
        hs, he = paras[hi][-1]
        ts, te = paras[ti][0]
        relinks.append(Relink(head=Span.of(text, hs, he), tail=Span.of(text, ts, te)))
        order[hi] = paras[hi] + paras[ti]
    return relinks, order, used


def _numbers(text: str, paras: list[Paragraph]) -> tuple[NumberMention, ...]:

    out: list[NumberMention] = []
    for p in paras:
        found = find_numbers(p.text)
        starts: list[int] = []  # paragraph offset where each piece starts
        at = 0
        for sp in p.spans:
            starts.append(at)
            at += len(sp)
        for m in found:
            s = _to_page(p.spans, starts, m.span.start, end=False)
            e = _to_page(p.spans, starts, m.span.end, end=True)
            if 0 <= s <= e <= len(text):
                span = Span.of(text, s, e)
                out.append(attrs.evolve(m, span=span, text=span.text))
    return tuple(out)


def _to_page(spans: tuple[Span, ...], starts: list[int], i: int, *, end: bool) -> int:
    """Page offset of paragraph offset ``i`` (an end offset stays in the piece before)."""
    k = bisect.bisect_left(starts, i) - 1 if end else bisect.bisect_right(starts, i) - 1
    k = max(k, 0)
    return spans[k].start + (i - starts[k])


def _build(text: str, b: _Builder) -> Article:
    def hl(us: list[_Unit]) -> HeadingLines | None:
        return _heading_lines(text, us) if us else None

    kicker, headline, subtitle, column = hl(b.kicker), hl(b.headline), hl(b.subtitle), hl(b.column)
    heading_text = "".join(h.text for h in (kicker, headline, subtitle) if h is not None)
    paras, joins, relinks = _paragraphs(text, b, heading_text)
    return Article(
        kicker=kicker,
        headline=headline,
        subtitle=subtitle,
        column=column,
        bylines=tuple(b.bylines),
        dateline=b.dateline,
        photo_credits=tuple(b.credits),
        section_heads=tuple(
            SectionHead(span=Span.of(text, u.start, u.end), text=text[u.start : u.end])
            for u in b.section_heads
        ),
        paragraphs=tuple(paras),
        joins=tuple(joins),
        relinks=tuple(relinks),
        numbers=_numbers(text, paras),
        spans=(),
    )


def _owned_spans(
    text: str, units: list[_Unit], holes: Sequence[tuple[int, int]]
) -> dict[int, list[Span]]:
    """Merge each owner's units into maximal ranges not interrupted by another owner."""
    marks = sorted([(u.start, u.end, u.owner) for u in units] + [(s, e, -1) for s, e in holes])
    out: dict[int, list[Span]] = {}
    run: list[int] | None = None  # [start, end, owner]
    for s, e, owner in marks:
        if run is not None and run[2] == owner:
            run[1] = max(run[1], e)
            continue
        if run is not None:
            out.setdefault(run[2], []).append(Span.of(text, run[0], run[1]))
        run = [s, e, owner]
    if run is not None:
        out.setdefault(run[2], []).append(Span.of(text, run[0], run[1]))
    return out


def _segment(
    text: str, holes: Sequence[tuple[int, int]], reference: datetime.date | None
) -> tuple[tuple[Article, ...], tuple[OtherBlock, ...]]:
    units = _captions(_units(text, holes, reference))
    builders, others = _assemble(text, [u for u in units if u.kind != "invisible"])
    for idx, b in enumerate(builders):
        for u in b.units:
            u.owner = idx
    for u in others:
        u.owner = -3
    # Invisible-only lines belong to the part before them (or after, at the top of a page).
    owner = next((u.owner for u in units if u.kind != "invisible"), -3)
    for u in units:
        if u.kind == "invisible":
            u.owner = owner
        else:
            owner = u.owner
    if any(u.owner == -3 and u.kind == "invisible" for u in units):
        others.extend(u for u in units if u.owner == -3 and u.kind == "invisible")
        others.sort(key=lambda u: u.start)
    owned = _owned_spans(text, units, holes)
    articles = tuple(
        attrs.evolve(_build(text, b), spans=tuple(owned.get(idx, ())))
        for idx, b in enumerate(builders)
    )
    other = tuple(
        OtherBlock(
            role=u.kind if u.kind in ("staff", "heading", "text", "invisible") else "caption",
            span=Span.of(text, u.start, u.end),
            text=text[u.start : u.end],
        )
        for u in others
    )
    return articles, other


def _masthead(text: str) -> Masthead:
    # Imported here: the masthead layer is a sibling, and this keeps import order simple.

    return parse_masthead(text)


def _holes(masthead: Masthead) -> list[tuple[int, int]]:
    return sorted((sp.start, sp.end) for sp in masthead.spans)


def _reference(masthead: Masthead) -> datetime.date | None:
    return masthead.date.value if masthead.date is not None else None


def segment_articles(text: str) -> tuple[Article, ...]:
    """The articles of a page (the masthead set aside), in printed order.

    Never raises. Same as ``parse_issue(text).articles``.
    """
    return parse_issue(text).articles


def parse_issue(text: str) -> Issue:
    """Parse a page: masthead, articles and other blocks, covering every character once.

    The masthead comes from :func:`paper_parser.masthead.parse_masthead`; its date resolves
    the month/day of datelines. Never raises: should an internal error ever occur, the
    non-masthead text is returned as :class:`OtherBlock` s (role ``"text"``) so that nothing
    is lost.
    """
    masthead = _masthead(text)
    holes = _holes(masthead)
    try:
        articles, other = _segment(text, holes, _reference(masthead))
    except Exception:  # pragma: no cover - a safety net; the fuzz tests call _segment directly
        articles, other = (), _fallback(text, holes)
    return Issue(masthead=masthead, articles=articles, other=other)


def _fallback(text: str, holes: Sequence[tuple[int, int]]) -> tuple[OtherBlock, ...]:
    out: list[OtherBlock] = []
    for s, e in _subtract(0, len(text), holes, 0):
        if text[s:e].strip():
            out.append(OtherBlock(role="text", span=Span.of(text, s, e), text=text[s:e]))
    return tuple(out)
