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
import heapq
import itertools
import operator
from collections import Counter
from collections.abc import Iterable, Sequence
from types import MappingProxyType
from typing import Final, Literal, NamedTuple

import attrs
import regex

from paper_parser import _rx
from paper_parser._columns import expand_tabs
from paper_parser._types import Span, slot_setters
from paper_parser._units import (
    BOX_MARKS,
    CONT_START,
    ITEM_LABEL,
    LIST_BULLETS,
    OWNER_MASTHEAD,
    OWNER_OTHER,
    Unit,
    broken_pair,
    copyright_line,
    editor_note_label,
    head_furniture,
    is_copyright,
    is_list_label,
    is_more_link,
    make_units,
    meta_furniture,
    passing_furniture,
)
from paper_parser._units import subtract as _subtract
from paper_parser.bylines import (
    Byline,
    Dateline,
    Person,
    PhotoCredit,
    SourceLine,
    dateline_credit,
    find_source_line,
    find_staff,
    own_dateline,
    read_credit_pieces,
)
from paper_parser.masthead import Masthead, parse_masthead
from paper_parser.numerals import NumberMention, find_numbers
from paper_parser.text import (
    HAN_RE,
    Page,
    build_page,
    display_width,
    fold_blank_runs,
    fold_breaks,
    fold_forms,
    fold_readings,
    fold_spaces,
    lines,
    respan,
)
from paper_parser.timex import ResolvedDate, find_article_dates

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
        span: From the start of the first line to the end of the last (the first line's
            span when the heading is read across a column break).
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
        source: The source line printed with the article (paper, date, page), or ``None``.
        dates: Every date and time expression in the paragraphs, resolved
            (:func:`paper_parser.timex.find_article_dates`) against the article's dateline
            date, else the issue date, else (a page with no issue date) its source line's
            date or a full date on a short line between its headings and first paragraph
            (a web copy's time of posting); no reference, no resolution.
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
    source: SourceLine | None = None
    dates: tuple[ResolvedDate, ...] = ()

    @property
    def people(self) -> tuple[Person, ...]:
        """Everyone credited with the article, in printed order.

        Byline people first, then the dateline's (``新华社北京3月5日电（记者王希）``),
        photographers last.
        """
        found = [p for b in self.bylines for p in b.people]
        if self.dateline is not None:
            found.extend(self.dateline.people)
        found.extend(p for c in self.photo_credits for p in c.people)
        return tuple(found)

    @property
    def dateline_in_byline(self) -> bool:
        """Whether the dateline is printed inside one of the bylines (the 讯头 of
        ``本报讯 记者程雪报道``, ``本报杭州10月6日电 记者X报道``): a writer that lays out
        the article's parts writes it once, with that byline."""
        dl = self.dateline
        return dl is not None and any(b.span.contains(dl.span) for b in self.bylines)


@attrs.frozen(kw_only=True)
class OtherBlock:
    """Page text that is neither masthead nor article.

    Attributes:
        role: ``"caption"`` (a photo credit without an article), ``"staff"`` (责任编辑 …),
            ``"heading"`` (a heading with no article under it) or ``"text"``.
        people: The people the block credits: a caption's photographer (``广州日报全媒体记者
            莫伟浓摄``), the names of a credit standing with no article, and the page staff of a
            staff line or a web page's meta line (``责编：X 校对：Y``, role ``"editor"``).
    """

    role: str
    span: Span
    text: str
    people: tuple[Person, ...] = ()


@attrs.frozen(kw_only=True)
class Issue:
    """A parsed page: masthead, articles and other blocks.

    ``masthead`` is a :class:`paper_parser.masthead.Masthead`.
    """

    masthead: Masthead
    articles: tuple[Article, ...]
    other: tuple[OtherBlock, ...]
    shape: str = "paragraph-per-line"
    warnings: tuple[str, ...] = ()


# --- patterns --------------------------------------------------------------------------------

# Punctuation that ends a sentence or a clause: a piece ending so is not a broken word.
_FINAL = frozenset("。！？!?；;：:…”’」』)）】.")
_CONT_START = CONT_START

_COLUMN_RE = _rx.compile(
    r"""
    (?:新华时评|新華時評|社论|社論|评论员文章|評論員文章|本报评论员|本報評論員
      |今日谈|今日談|人民论坛|人民論壇|钟声|鐘聲|国际论坛|國際論壇
      |\p{Han}{0,4}+(?:时评|時評|短评|短評|快评|快評|锐评|銳評|观察|觀察|论坛|論壇|评论|評論))
    \Z
    """,
    regex.VERBOSE,
)
_HAN3_RE = _rx.compile(r"\p{Han}{3}")
_HAN_TAIL_RE = _rx.compile(r"\p{Han}{1,3}+\Z")
_HAN_HEAD_RE = _rx.compile(r"\p{Han}{1,2}")


def _han_run(
    text: str, start: int, end: int, pattern: regex.Pattern[str], *, tail: bool = False
) -> str | None:
    """What ``pattern`` (one of the three above) finds in ``text[start:end]``: at the start,
    or for ``tail`` at the end. The range is no longer than the pattern's longest match
    (three characters for the tail and for ``_HAN3_RE``, which needs exactly three; two for
    the head), so a range of CJK Unified Ideographs only (U+4E00..U+9FFF, all of them Han:
    tests/test_segment.py checks) is all of it, found without calling the pattern."""
    chunk = text[start:end]
    if chunk and min(chunk) >= "\u4e00" and max(chunk) <= "\u9fff":
        return chunk
    m = pattern.search(text, start, end) if tail else pattern.match(text, start, end)
    return m.group() if m is not None else None


def _captions(units: list[Unit]) -> list[Unit]:
    """Merge each photo caption into one unit of kind ``"caption"``.

    A caption is a block of adjacent lines whose last line is a photo credit and whose other
    lines are text (``3月5日,…开幕。`` / ``新华社记者李贺摄``): the credit signs the picture,
    and the text describes it, so neither is article body. A credit standing alone in its
    block (the sample's ``记者邹伟峰 摄`` inside a sentence) is not a caption.
    """
    out: list[Unit] = []
    i, n = 0, len(units)
    while i < n:
        j = i + 1
        while (
            j < n
            and units[i].kind != "invisible"
            and units[j].kind != "invisible"
            and units[j - 1].last_line + 1 >= units[j].line
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
                Unit(
                    first.start,
                    last.end,
                    first.line,
                    [p for u in block for p in u.pieces],
                    last_line=last.last_line,
                    kind="caption",
                    body_start=first.start,
                    body_end=last.end,
                    credit=last.credit,
                )
            )
        else:
            out.extend(block)
        i = j
    return out


def _closing_credit(text: str, u: Unit) -> bool:
    """A parenthesised credit that is all of its line (``（记者 郑晓波）``): it closes the
    article above it, like a trailing ``(张三)`` closes a paragraph."""
    return (
        u.kind == "byline"
        and u.byline is not None
        and u.byline.source is None
        and u.body_start >= u.body_end
        and text[u.start] in "(（[【"
    )


def _section_credited(text: str, units: list[Unit], j: int) -> bool:
    """Whether the body text from ``units[j]`` on closes with a credit of its own (a trailing
    ``(张三)`` or a closing credit line) before the next heading, byline or dateline."""
    k = j
    while k < len(units) and units[k].kind in ("body", "credit"):
        if units[k].trailer is not None:
            return True
        k += 1
    return k < len(units) and _closing_credit(text, units[k])


# --- assembly --------------------------------------------------------------------------------


class _Item(NamedTuple):
    """A piece of an article's text in reading order: body (``piece``), body that goes on
    from the piece before it (``glued``: a hard-wrapped line), or a section head."""

    kind: Literal["piece", "glued", "head", "opens"]
    start: int
    end: int


@attrs.define
class _Builder:
    kicker: list[Unit] = attrs.Factory(list)
    headline: list[Unit] = attrs.Factory(list)
    subtitle: list[Unit] = attrs.Factory(list)
    column: list[Unit] = attrs.Factory(list)
    bylines: list[Byline] = attrs.Factory(list)
    dateline: Dateline | None = None
    source: SourceLine | None = None
    credits: list[PhotoCredit] = attrs.Factory(list)
    # the text in reading order; credits are transparent
    items: list[_Item] = attrs.Factory(list)
    section_heads: list[Unit] = attrs.Factory(list)
    units: list[Unit] = attrs.Factory(list)
    closed: bool = False
    # caption text printed on one line with its photo credit (not body, unless nothing else is)
    captions: list[_Item] = attrs.Factory(list)
    # heading blocks of the run that opened the article, left over after its title
    spare: list[Unit] = attrs.Factory(list)

    def has_body(self) -> bool:
        return any(kind != "head" for kind, _, _ in self.items)


def _side_by_side(text: str, run: list[list[Unit]], units: Sequence[Unit], k: int) -> bool:
    """Whether the title blocks of ``run`` are titles of articles side by side, read across
    the page (``pdftotext`` of a broadsheet): as many blocks as bylines under them at
    ``units[k]``, each byline alone and set apart (the first from the titles too), each
    block one title (a line, or one title wrapped into even lines, not a stack of kicker,
    headline and subtitle). Each block then heads an article of its own, and each byline
    opens the next article with the next block (take_spare)."""
    return (
        1 < len(run) == _bylines_apart(units, k)
        and units[k].line > run[-1][-1].last_line + 1
        and all(len(x) == 1 or _balanced_title(text, x) for x in run)
    )


def _credit_right_under(b: _Builder, head: list[Unit]) -> bool:
    """Whether the first credit of ``b`` (a byline or dateline opening its text) stands on
    the line right under the title lines ``head``, no blank line between."""
    credit = next((u for u in b.units if u.kind in ("byline", "dateline")), None)
    return credit is not None and credit.line == head[-1].last_line + 1


def _apart(above: list[Unit], below: list[Unit]) -> bool:
    """Whether the lines ``below`` start after a blank line under the lines ``above``."""
    return below[0].line > above[-1].last_line + 1


def _bylines_apart(units: Sequence[Unit], k: int) -> int:
    """How many bylines stand in a row from ``units[k]``, each alone on its lines (no text
    after it) and set apart from the one above by a blank line."""
    n = 0
    while (
        k + n < len(units)
        and units[k + n].kind == "byline"
        and units[k + n].body_start >= units[k + n].body_end
        and (n == 0 or units[k + n].line > units[k + n - 1].last_line + 1)
    ):
        n += 1
    return n


def spare_before_body(b: _Builder) -> bool:
    """The article's spare headings come before any of its body (they are the run's)."""
    first = next((it.start for it in b.items if it.kind != "head"), None)
    return first is None or all(u.start < first for u in b.spare)


def _blocks(units: list[Unit], text: str | None = None) -> list[list[Unit]]:
    """Heading units in runs of consecutive lines; given the ``text`` of a -layout page,
    a line that stands beside the one before it rather than under it (their places on
    the printed line do not overlap) starts a new run: a title's lines are stacked in its
    column, so a line over another column is another title (titles side by side, read
    one after the other)."""
    out: list[list[Unit]] = []
    for u in units:
        if (
            out
            and out[-1][-1].line + 1 >= u.line
            and (text is None or _overlap(text, out[-1][-1], u))
        ):
            out[-1].append(u)
        else:
            out.append([u])
    return out


def _place(text: str, start: int) -> int | None:
    """The place of ``start`` on its printed line (characters from the line's start), when
    only spaces stand before it: a cell after another cell may stand further left than it
    is printed (a title's large characters take one place each)."""
    line = text.rfind("\n", 0, start) + 1
    return start - line if text[line:start].strip(" ") == "" else None


def _overlap(text: str, above: Unit, u: Unit) -> bool:
    """Whether ``u``'s first line stands under ``above``'s last (their places overlap),
    or where they stand is not known."""
    a, b = above.pieces[-1], u.pieces[0]
    pa, pb = _place(text, a[0]), _place(text, b[0])
    if pa is None or pb is None:
        return True
    return pa <= pb + b[1] - b[0] and pb <= pa + a[1] - a[0]


def _unwrapped(text: str, blocks: list[list[Unit]]) -> list[list[Unit]]:
    """Blocks of heading lines, a block of two lines cut in two when the second is wider,
    and a block cut before a line opening with a dash when the run holds several blocks.

    A title wraps only when its line is full, and a wrapped title's lines are set to one
    measure in one type: no line is wider than the line above it (give or take a
    character). A wider line under a short one is the next heading (a subtitle set in
    smaller type) printed with no space between. (A block of three lines or more is read
    as a stack of headings anyway, see :func:`_split_heads`.)
    """
    out: list[list[Unit]] = []
    for block in blocks:
        if len(block) == 2 and _wider(text, block[1], block[0]):
            out.extend([block[:1], block[1:]])
        elif len(blocks) > 1:
            # A line opening with a dash starts the subtitle (a lone block's dash line is
            # found where the block is read as a stack).
            out.append([block[0]])
            for u in block[1:]:
                if text[u.start] in "—-―":
                    out.append([u])
                else:
                    out[-1].append(u)
        else:
            out.append(block)
    return out


def _wider(text: str, u: Unit, above: Unit) -> bool:
    """``u`` is one line wider than ``above`` by more than a character."""
    if len(u.pieces) != 1 or len(above.pieces) != 1:
        return False
    return display_width(text[u.start : u.end]) > display_width(text[above.start : above.end]) + 2


#: A list's bullet opening a title line (• 老书店办雅集, ○高原部队官兵…): the list's, not the
#: title's.
_TITLE_BULLET_RE = _rx.compile(rf"[{LIST_BULLETS}][ ]*+(?=[^ ])")


def _heading_lines(text: str, units: Sequence[Unit]) -> HeadingLines:
    """The units' lines as one heading (a vertical headline's characters are its lines),
    a list's bullet before a line left out."""
    return _lines_heading(text, _heading_spans(text, units))


#: Shortest and longest line read for a title drawn twice (three characters, and a
#: heading's forty, drawn twice).
_TWICE_MIN, _TWICE_MAX = 6, 80


def _drawn_twice(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The first copies of the runs of a title line a PDF drew twice to embolden it, which
    its text layer gives with every run repeated (``大熊貓大熊貓「「華姣華姣」」…``, or
    ``大大熊熊貓貓``); ``[(s, e)]`` when the line is not all such runs. Each run is the
    shortest prefix repeated at once; a line is at most a heading long (bounded cost)."""
    if not _TWICE_MIN <= e - s <= _TWICE_MAX or " " in text[s:e]:
        return [(s, e)]
    out: list[tuple[int, int]] = []
    i = s
    while i < e:
        k = next(
            (k for k in range(1, (e - i) // 2 + 1) if text[i : i + k] == text[i + k : i + 2 * k]), 0
        )
        if not k:
            return [(s, e)]
        out.append((i, i + k))
        i += 2 * k
    return out


def _heading_spans(text: str, units: Sequence[Unit]) -> list[Span]:
    """The units' lines as spans, a list's bullet before the first line left out (on a
    further line a dot is the title's: …思想 / ·学习…); a line drawn twice by the PDF as
    the spans of its runs' first copies (the heading's text is then the title as
    printed)."""
    out: list[Span] = []
    for u in units:
        for s, e in u.pieces:
            m = _TITLE_BULLET_RE.match(text, s, e) if not out else None
            if m is not None and e - m.end() > 1:
                s = m.end()
            out.extend(Span.of(text, a, b) for a, b in _drawn_twice(text, s, e))
    return out


def _is_column(text: str, block: list[Unit]) -> bool:
    return len(block) == 1 and (
        block[0].column or _COLUMN_RE.match(text, block[0].start, block[0].end) is not None
    )


def _stacked_title(b: _Builder) -> bool:
    """Whether ``b``'s title is a stack of kicker, title and subtitle, each line a block of
    its own (set apart by blank lines), the subtitle one line of a title's shape."""
    if not (b.kicker and b.headline and len(b.subtitle) == 1):
        return False
    sub = b.subtitle[0]
    return len(sub.pieces) == 1 and sub.line > b.headline[-1].last_line + 1


def _split_heads(
    text: str, run: list[list[Unit]], lead: str, *, gapped: bool = False, meta: bool = False
) -> tuple[list[Unit], list[Unit], list[Unit], list[Unit], list[Unit]]:
    """(column, kicker, headline, subtitle, section heads) of a heading run; ``gapped``
    when the text's blank lines are the page's vertical gaps (a PDF's text layer, lines
    hard-wrapped to columns), not paragraph marks (a web copy); ``meta`` when the page's
    meta line or source line stands right under the run."""
    column: list[Unit] = []
    blocks = list(run)
    boxed = [b for b in blocks if text[b[0].start] in BOX_MARKS]
    if boxed and len(boxed) < len(blocks):
        # A boxed summary (提要题) printed with the headline: the article's banner.
        column = [u for b in boxed for u in b]
        blocks = [b for b in blocks if text[b[0].start] not in BOX_MARKS]
    elif len(blocks) > 1 and _is_column(text, blocks[0]):
        column = blocks.pop(0)
    elif len(blocks) > 1 and _is_column(text, blocks[-1]):
        column = blocks.pop()
    elif len(blocks) == 1 and len(blocks[0]) > 1 and blocks[0][0].column:
        # A column's name its form field gives (专栏:福建通讯, an archive item's head) over
        # the title's lines with no blank line between: the column label, not a title line.
        column, blocks = blocks[0][:1], [blocks[0][1:]]
    dash = next(
        (i for i, b in enumerate(blocks) if text[b[0].start] in "—-―" and i > 0),
        None,
    )
    if len(blocks) == 1:
        ls = blocks[0]
        d = next((i for i, u in enumerate(ls) if text[u.start] in "—-―" and i > 0), None)
        groups = _phrase_lines(text, ls)
        if d is None and len(groups) < len(ls):
            # A title broken inside its quotation marks is one line of the stack. It wraps
            # because it is set in the biggest type, the main title's: when it is the only
            # such title, it is the headline, the lines above it the kicker and those under
            # it the subtitle (井盖“张 / 大口” / 在南方日报 / 的一百天: a title over its
            # subtitle wrapped in two lines).
            broken = [i for i, g in enumerate(groups) if len(g) > 1]
            h = (len(groups) - 1) // 2 if len(groups) > 2 else 0
            if len(broken) == 1:
                h = broken[0]
            flat = [[u for g in part for u in g] for part in (groups[:h], groups[h + 1 :])]
            return column, flat[0], groups[h], flat[1], []
        h = d - 1 if d is not None else (len(ls) - 1) // 2 if len(ls) > 2 else 0
        if d is None and len(ls) == 2 and _kicker_first(text, ls[0], ls[1]):
            h = 1
        wrap = _wrapped_lines(text, ls) if gapped and d is None and len(ls) > 2 else 0
        if wrap:
            return column, [], ls[:wrap], ls[wrap:], []
        if d is None and (_narrow_title(text, ls) or _balanced_title(text, ls)):
            return column, [], ls, [], []
        return column, ls[:h], ls[h : h + 1], ls[h + 1 :], []
    if dash is not None:
        kicker = [u for b in blocks[: dash - 1] for u in b]
        rest = [u for b in blocks[dash + 1 :] for u in b]
        return column, kicker, blocks[dash - 1], blocks[dash], rest
    if lead != "body" and len(blocks) >= 3:
        rest = [u for b in blocks[3:] for u in b]
        return column, blocks[0], blocks[1], blocks[2], rest
    rest = [u for b in blocks[2:] for u in b]
    if len(blocks[0]) == len(blocks[1]) == 1 and len(blocks[1][0].pieces) == 1:
        # (the blocks after the first two, over text: section heads, numbered captions)
        # A title group's lines are set kicker over headline over subtitle, the headline
        # in the biggest type. A subtitle sits right under the headline and pdftotext reads
        # it into the headline's block (no blank line between); a kicker above the bigger
        # type stands as a block of its own. So on a page whose blank lines are its gaps,
        # two one-line title blocks are a kicker and its headline (web copy: a blank line
        # after every paragraph tells nothing).
        apart = blocks[1][0].line > blocks[0][-1].last_line + 1  # a blank line between
        if (gapped and apart) or _kicker_first(text, blocks[0][0], blocks[1][0]):
            return column, blocks[0], blocks[1], [], rest
        if meta and not gapped and not rest:
            # A web copy has no type sizes: its markup sets the title right above the meta
            # line (来源, 发布时间, the source line), and a subtitle it prints under the title
            # is led by a dash (——走近县委书记(上)). Two lone lines over a meta line are a
            # label (a channel, a column, a site's name: 影音娱乐, 我与晚报的故事) and the
            # title, the title next to the meta line. A label set apart by a blank line, a
            # name's length with no punctuation (光明情结, 我与晚报的故事), is the column's:
            # a kicker is a clause of the title group, set with it.
            if not column and apart and _column_label(text, blocks[0][0]):
                return blocks[0], [], blocks[1], [], rest
            return column, blocks[0], blocks[1], [], rest
        return column, [], blocks[0], blocks[1], rest
    if len(blocks[0]) == 1 < sum(len(u.pieces) for u in blocks[1]):
        # A one-line block over a title wrapped on several lines: the main title is set
        # in the biggest type, so it is the one that wraps; the line above is its kicker.
        return column, blocks[0], blocks[1], [], rest
    return column, [], blocks[0], blocks[1], rest


#: The longest column label read from a lone line over the title (a name, not a clause).
_COLUMN_LABEL_MAX = 8
# Han characters only; not a site's or a channel's name, which ends in the word of its kind
# (中青在线, 即时新闻, 人民网, 新闻频道: the page's furniture, no column of the paper).
_COLUMN_LABEL_RE = _rx.compile(
    r"[ ]*+\p{Han}++(?<!网|網|在线|在線|新闻|新聞|频道|頻道|首页|首頁|报|報|社|台)[ ]*+"
)


# A line naming a web page's medium, channel or page: a name ending in the word of its kind
# (高德娱乐新闻, 人民网, 浙江日报 数字报纸, 新闻频道), a page's label (00002版:要闻) or a
# breadcrumb's label (本頁位置: 首頁新聞中心國內新聞).
_SITE_NAME_RE = _rx.compile(
    r"""
    [ ]*+[-—·•]?+[ ]*+
    (?: [\p{Han}A-Za-z0-9 ]{0,10}?
        (?:网|網|新闻|新聞|频道|頻道|数字报|數字報|数字报纸|數字報紙|电子报|電子報|电子版|電子版)
      | [0-9０-９]{1,5}+[ ]*+版[ ]*+[:：][ ]*+\p{Han}{1,8}+
      | (?:本页|本頁|当前|當前|您的|你的|您当前的|您當前的)位置[ ]*+[:：][^\n。！？]{0,40}+
    )
    [ ]*+
    """,
    regex.VERBOSE,
)
#: The longest line :func:`_site_name` reads (a breadcrumb's label with its path).
_SITE_NAME_MAX = 48
#: Last characters of a medium's or channel's name (网, 新闻, 频道, 数字报(纸), 电子版).
_SITE_NAME_LAST = frozenset("网網闻聞道報报纸紙版")


def _site_name(text: str, u: Unit) -> bool:
    """Whether ``u`` is a lone line naming the page's medium, channel or page
    (:data:`_SITE_NAME_RE`)."""
    s = text[u.start : u.end].rstrip(" ")
    if len(u.pieces) != 1 or len(s) > _SITE_NAME_MAX or not s:
        return False
    if s[-1] not in _SITE_NAME_LAST and "版" not in s and "位置" not in s:
        return False
    return _SITE_NAME_RE.fullmatch(s) is not None


def _column_label(text: str, u: Unit) -> bool:
    """Whether the one-line unit ``u`` reads as a column's name (:data:`_COLUMN_LABEL_RE`),
    at most :data:`_COLUMN_LABEL_MAX` characters (光明情结, 我与晚报的故事), set apart from
    what stands above it too (a blank line, or the page's start): a label right under the
    page's furniture (娱乐专题搜索: / 影音娱乐) is the site's channel."""
    above = text[: u.start].rstrip(" ")
    return (
        len(u.pieces) == 1
        and len(text[u.start : u.end].strip(" ")) <= _COLUMN_LABEL_MAX
        and _COLUMN_LABEL_RE.fullmatch(text, u.start, u.end) is not None
        and (not above.strip() or above.endswith(("\n\n", "\n \n")))
    )


def _wrapped_lines(text: str, ls: list[Unit]) -> int:
    """How many of a block's first lines are one title wrapped in its big type, when lines
    of another title follow (0 when none do, or the first line is no wrapped title).

    A title is set centred and wrapped into lines of even length (every line as many
    characters as the first, the last no more: ``美报报道:美新闻界检`` /
    ``讨对北京动乱的报道``), so a line after a shorter one, or longer than the first,
    starts another title: under the headline, the subtitle in its smaller type (``无声的``
    / ``灯塔`` / ``口述历史`` / ``记录成长``). On a page whose blank lines are its gaps
    the kicker stands apart, over a blank line; a block's lines are the headline and the
    subtitle under it."""
    if any(len(u.pieces) != 1 or u.measure for u in ls):
        return 0
    widths = [len(_squash(text, [u])) for u in ls]  # (characters: a title is cut by them)
    first = widths[0]
    k = 1
    while k < len(widths) and widths[k] <= first:
        k += 1
        if widths[k - 1] < first:  # a shorter line: the wrapped title's last
            break
    if k < 2 or k == len(widths):
        return 0
    lines = [text[u.start : u.end].strip(" ") for u in ls[:k]]
    if any(" " in t or t[-1:] in _TITLE_STOPS for t in lines[:-1]):
        return 0  # (a title's line ends mid-phrase; phrases set apart are another form)
    return k


def _phrase_lines(text: str, ls: list[Unit]) -> list[list[Unit]]:
    """The lines of a heading block, two lines that are one phrase broken inside its
    quotation marks or brackets (``济南起步区:“未`` / ``来之城”崛起成势``) as one."""
    out: list[list[Unit]] = []
    for u in ls:
        if out and len(out[-1]) == 1 and broken_pair(text, out[-1][0], u):
            out[-1].append(u)
        else:
            out.append([u])
    return out


#: The longest page label (版名) at a page's head: 要闻, 地方经济.
_PAGE_LABEL_MAX = 4
#: The longest line of a title set in a narrow column over several lines.
_NARROW_LINE = 6


def _narrow_title(text: str, ls: list[Unit]) -> bool:
    """Four lines or more of at most :data:`_NARROW_LINE` characters, one under another:
    one title set in a narrow column (``市十七届`` / ``人大五次会议`` / ``主席团召开`` /
    ``第四次会议``), not a stack of kicker, headline and subtitle (three lines at most, each
    a phrase of its own)."""
    return len(ls) >= 4 and all(
        len(u.pieces) == 1 and len(_squash(text, [u])) <= _NARROW_LINE for u in ls
    )


def _balanced_title(text: str, ls: list[Unit]) -> bool:
    """Two lines of one block, of as many characters give or take one, neither set as
    phrases with a space between nor closed by punctuation: one title wrapped in its big
    type, as titles are set, into lines of even length (``长江大桥将`` / ``在九月建成``). A
    kicker and its title, or a title and its subtitle, are set in two sizes and rarely come
    out even.

    In a column as narrow as a title's line (lines within two characters of the body's
    measure) a title and its subtitle may both fill the column, so lines of one length say
    nothing there; a title wrapped at its measure still leaves its last line a character
    short of the first (``构建同科技创新相适`` / ``应的科技金融体制``), which a subtitle
    filling the column does not."""
    if len(ls) != 2 or any(len(u.pieces) != 1 for u in ls) or ls[0].line == ls[1].line:
        return False
    top, below = (text[u.start : u.end].strip(" ") for u in ls)
    at_measure = any(u.measure for u in ls)  # (lines as wide as the body's)
    return (
        (len(below) == len(top) - 1 if at_measure else abs(len(top) - len(below)) <= 1)
        and " " not in top + below
        and (top[-1:] not in _TITLE_STOPS or _couplet(top, below))
        and not _kicker_first(text, ls[0], ls[1])
    )


def _couplet(top: str, below: str) -> bool:
    """Two title lines set as a couplet (对仗): as many characters, closed by the same
    quotation mark (名为“先学后付” / 实为“先学后债”). Each is a phrase of its own, but a
    headline built of two parallel halves is printed so, one half a line; a kicker or a
    subtitle is set in another size and rarely matches its title's length and form."""
    return len(top) == len(below) and top[-1:] in _COUPLET_ENDS and below[-1:] == top[-1:]


# What closes a title line that is a whole phrase of its own.
_TITLE_STOPS = frozenset("，,。：:；;！!？?”」』）)")
# The closing quotation marks that may end both lines of a couplet title.
_COUPLET_ENDS = frozenset("”」』")


def _kicker_first(text: str, first: Unit, second: Unit) -> bool:
    """Of two one-line title lines, whether the first is the kicker (引题) of the second: it
    is set as parallel phrases with spaces between (``实行区域自治十二年 工农牧业生产大发展``
    over ``内蒙古跨进社会主义大道``; a main title is one phrase) or it names a part of a
    series (``深化改革系列述评之十一``), or it is set in clauses over one phrase; the second line
    is one phrase, and shorter."""
    if len(first.pieces) != 1 or len(second.pieces) != 1:
        return False
    top = text[first.start : first.end].strip(" ")
    below = text[second.start : second.end].strip(" ")
    # (A main title of parallel phrases over a longer line that explains it is a headline
    # and its subtitle: the kicker is the longer line.)
    return (
        " " not in below
        and len(below) < len(top.replace(" ", ""))
        and (
            _PHRASES_RE.fullmatch(top) is not None
            or _SERIES_RE.search(top) is not None
            # a line of clauses over one phrase: the clauses explain, the phrase is the
            # main title (上午,记者在奉贤看到市民生活如往昔 / 相信上海不久会恢复热闹)
            or (
                _CLAUSES_RE.search(top) is not None
                and _CLAUSES_RE.search(below) is None
                # (and longer by more than a character: a title wrapped into even lines
                # may break after a clause, 這一回,新 / 界是主角)
                and len(below) + 1 < len(top.replace(" ", ""))
            )
        )
    )


def _smaller_over(text: str, top: Unit, head: list[Unit]) -> bool:
    """Whether the line ``top`` is longer than the first line of the title ``head`` wrapped
    under it: over the same width the type that fits more characters a line is the
    smaller, and a title's main line is set in the biggest type, so ``top`` is its kicker."""
    lines = [p for u in head for p in u.pieces]
    if len(lines) < 2:
        return False
    first = text[lines[0][0] : lines[0][1]].strip()
    return len(_squash(text, [top])) > len(first) - first.count(" ")


def _marked_kicker(text: str, u: Unit, head: list[Unit]) -> bool:
    """A line marked as the kicker of ``head`` by its form (see :func:`_kicker_first`):
    parallel phrases set apart by spaces, the part of a series, or clauses over a title of
    one phrase."""
    s = text[u.start : u.end].strip(" ")
    return (
        _PHRASES_RE.fullmatch(s) is not None
        or _SERIES_RE.search(s) is not None
        or (_CLAUSES_RE.search(s) is not None and _CLAUSES_RE.search(_squash(text, head)) is None)
    )


# A clause stop inside a title line.
_CLAUSES_RE = _rx.compile(r"[,，;；]")


# Phrases of at least two characters side by side, a space between.
_PHRASES_RE = _rx.compile(r"\p{Han}{2,}+(?:[ ]++\p{Han}{2,}+)++")
# A part of a series: 系列述评之十一, 之三.
_SERIES_RE = _rx.compile(r"之[一二三四五六七八九十百]{1,3}+\Z")


# Heading roles from type that make a kicker/headline/subtitle group.
_GROUP_ROLES = frozenset({"kicker", "headline", "subtitle"})
# Units that never hold body text or start an article: page furniture.
_FURNITURE = frozenset({"staff", "caption", "footer", "nav", "stray"})
# Units that may stand in the heading zone above a source line.
_ZONE_KINDS = frozenset({"heading", "byline", "names", "label", "stray", "body"})
_MAX_ZONE = 8
_MAX_TITLE_LINES = 4
# What a title line never ends with (a sentence or clause stop: that is body text).
_NOT_TITLE_END = frozenset("。；;，,、：:")


def _title_like(text: str, u: Unit) -> bool:
    """A short one-line unit that may be a line of a title (brackets may be open: a
    title wrapped over lines)."""
    if u.kind not in ("heading", "body") or len(u.pieces) != 1:
        return False
    s = text[u.start : u.end]
    # (the spaces between a title's two parts do not count: ``pdftotext -layout`` widens
    # the gap of 展世界艺术画卷  建文化交流平台 to as many spaces as its width in big type)
    return (
        len(s) - s.count(" ") <= _MAX_TITLE_LEN
        and s[-1] not in _NOT_TITLE_END
        and s.count("。") == 0
    )


_MAX_TITLE_LEN = 40


def _credit_part(text: str, u: Unit) -> bool:
    """A unit of the zone that is (part of) a credit: a label, names, a byline, one
    character of a name printed with a gap."""
    if u.kind in ("byline", "label", "names"):
        return u.kind != "byline" or u.body_start >= u.body_end
    if len(u.pieces) != 1:
        return False
    if u.end - u.start == 1:
        return text[u.start].isalpha()  # a Han character, not a bracket
    spans = [Span.of(text, s, e) for s, e in u.pieces]
    return read_credit_pieces(text, spans) is not None


def _title_measure(text: str, units: list[Unit]) -> int | None:
    """The width at which titles above source lines wrap: the widest width that at least
    three title-like lines above source lines reach (give or take a character). ``None``
    when titles show no common measure."""
    widths = []
    for k, u in enumerate(units):
        if u.kind == "source" or u.source is not None:
            for x in units[max(0, k - 4) : k]:
                if _title_like(text, x):
                    widths.append(display_width(text[x.start : x.end]))
    # No title line is wider than the measure it wraps at: a width that title lines pass
    # more than now and then is only a common length of short titles, not a measure (an
    # export of many one-line titles of about the same length).
    for top in sorted(set(widths), reverse=True):
        reach = sum(1 for w in widths if top - 2 <= w <= top)
        if reach >= 3 and 3 * sum(1 for w in widths if w > top) < reach:
            return top
    return None


def _partition(
    text: str, zone: list[Unit], measure: int | None
) -> tuple[list[Unit], list[Unit], list[Unit]]:
    """(strays, titles, credits) of a heading zone."""
    parts = [_credit_part(text, u) for u in zone]
    for i in range(1, len(zone)):
        # A line right under a title line that runs to the title measure goes on with it
        # (a blank line between at most: the leading of big type, as pdfplumber's layout
        # text prints it).
        prev = zone[i - 1]
        if (
            measure is not None
            and not parts[i - 1]
            and zone[i].line <= prev.last_line + 2
            and display_width(text[prev.start : prev.end]) >= measure - 2
            and _title_like(text, zone[i])
        ):
            parts[i] = False
    for i in range(1, len(zone)):
        if parts[i] and not parts[i - 1] and _orphan(text, zone, i):
            parts[i] = False
    titles = [u for u, c in zip(zone, parts, strict=True) if not c]
    if not titles and zone:
        spans = [Span.of(text, s, e) for u in zone for s, e in u.pieces]
        titles = list(zone) if read_credit_pieces(text, spans) is None else [zone[0]]
    titles = titles[-_MAX_TITLE_LINES:]
    if len(titles) >= 2 and _squash(text, titles[:1]) == _squash(text, titles[1:]):
        titles = titles[1:]  # the title printed once more on one line (a web page's title)
    if not titles:
        return [], [], []
    first = zone.index(titles[0])
    credits = [u for u in zone[first:] if u not in titles]
    if len(titles) >= 2 and _ORG_RE.search(text, titles[-1].start, titles[-1].end):
        # 中共中央党史和文献研究院 under the title: an institution signs the article.
        titles[-1].kind = "note"
        credits.insert(0, titles.pop())
    return zone[:first], titles, credits


def _single_han(text: str, u: Unit) -> bool:
    return u.end - u.start == 1 and text[u.start].isalpha()


#: The narrowest title line (display width) that a lone character under it may go on (a
#: two-part title: only its second part may stand over the character).
_ORPHAN_OVER = 8


def _orphan(text: str, zone: list[Unit], i: int) -> bool:
    """Whether ``zone[i]``, one Han character right under a title line (a blank line
    between at most), is that title's last character wrapped alone onto a line (a long title in big
    type: ``IMF调高全球增长预期强调世界经济仍较脆`` / ``弱``), not the first character of a
    name printed letter-spaced (``王`` / ``观``): a letter-spaced name's characters come one
    to a block, so a second lone character follows it; a wrapped title's last line is
    followed by its credit or the source line."""
    u, above = zone[i], zone[i - 1]
    if not _single_han(text, u) or u.line > above.last_line + 2 or len(above.pieces) != 1:
        return False
    if i + 1 < len(zone) and _single_han(text, zone[i + 1]):
        return False
    return display_width(text[above.start : above.end]) >= _ORPHAN_OVER


def _squash(text: str, units: list[Unit]) -> str:
    """The units' text with white space removed."""
    return "".join("".join(text[s:e].split()) for u in units for s, e in u.pieces)


# An institution named as the author: a line ending in 研究院, 委员会, 大学 ...
_ORG_RE = _rx.compile(
    r"(?:研究院|研究所|研究中心|委员会|委員會|大学|大學|学院|學院|协会|協會|学会|學會|办公室|辦公室"
    r"|集团|集團|公司|总局|總局|中心)\Z"
)


def _zone_start(text: str, out: list[Unit], k: int) -> int:
    """Index of the first unit of the heading zone that ends at ``out[k]`` (a source line):
    short units, at most one blank line apart, no footer or body between."""
    j = k
    while j > 0 and k - j < _MAX_ZONE:
        u, below = out[j - 1], out[j]
        if u.kind not in _ZONE_KINDS or u.title:
            break
        if u.kind == "body" and not _title_like(text, u):
            break
        if u.kind == "byline" and u.body_start < u.body_end:
            break
        gap = below.line - u.last_line
        if gap > (4 if j == k else 2):
            break
        j -= 1
    return j


def _mark_kickers(text: str, titles: list[Unit]) -> None:
    """On a page of one paragraph per line, title lines set apart by a blank line are
    separate headings: the last block is the headline, those above it the kicker (in
    ``pdftotext`` output a blank line falls anywhere, so there the lines stay one title).
    The first, when a column's name alone (:func:`_column_label`: 光明情结 over 从读者到作者),
    is the column's label: a kicker is a clause of the title group."""
    last = len(titles) - 1
    while last > 0 and titles[last].line - titles[last - 1].last_line <= 1:
        last -= 1
    for u in titles[:last]:
        u.kicker = True
    if last > 0 and titles[1].line - titles[0].last_line > 1 and _column_label(text, titles[0]):
        titles[0].kicker, titles[0].column = False, True


def _zones(
    text: str, units: list[Unit], *, separate_blocks: bool = False
) -> tuple[list[Unit], bool]:
    """Put the heading zone above every source line in reading order.

    E-paper exports print an article as title, credit lines, source line, body; extraction
    may interleave the title's lines with the credit's (``展世界艺术画卷`` / ``本报记者`` /
    ``建文化交流平台`` / ``曹玲娟``) and leave a neighbouring page's stray names above the
    title. Walking back from the source line over short units: credit parts (labels,
    person-shaped names) are read together as one byline, the other lines are the title
    (marked ``title``), and credit parts above the first title line are strays. Returns the
    units and whether any source line anchors an article (then articles start only at
    titles).
    """
    out: list[Unit] = []  # the zone above a source line is always at the end of it
    anchored = False
    measure = _title_measure(text, units)
    for u in units:
        if u.kind == "source" or u.source is not None:  # a source line, or a credit with one
            out.append(u)
            k = len(out) - 1
            j = _zone_start(text, out, k)
            strays, titles, credits = _partition(text, out[j:k], measure)
            if titles:
                anchored = True
                for x in strays:
                    x.kind = "stray"
                merged = _merged_credit(text, credits)
                for x in titles:
                    x.title = True
                if separate_blocks:
                    _mark_kickers(text, titles)
                del out[j:]
                out.extend([*strays, *titles, *merged, u])
            continue
        out.append(u)
    for k, u in enumerate(out):
        if u.kind != "label":
            continue
        before = out[k - 1] if k else None
        if (
            before is not None
            and before.kind == "dateline"
            and before.body_start >= before.body_end
        ):
            # 新華社杭州7月31日電 (題:…) / 新華社記者: the credit's line under a wire dateline,
            # its names left out by the copying site; part of the story's head, no text.
            u.kind = "part"
        else:
            u.kind = "heading"  # a label with no name under it reads as a short line
    return out, anchored


def _merged_credit(text: str, credits: list[Unit]) -> list[Unit]:
    """The zone's credit units read as one byline (or kept as they are when they do not
    read as one)."""
    if not credits:
        return []
    notes = [u for u in credits if u.kind == "note"]
    credits = [u for u in credits if u.kind != "note"]
    if not credits:
        return notes
    pieces = [Span.of(text, s, e) for u in credits for s, e in u.pieces]
    by = read_credit_pieces(text, pieces)
    if by is None:
        for u in credits:
            if u.kind == "label":
                u.kind = "part"  # 本报评论员: a credit with no person in it
        return notes + credits
    # The first unit carries the byline; the others are parts of it (owned, not read).
    head = credits[0]
    head.kind, head.byline = "byline", by
    head.body_start = head.body_end = head.end
    head.trailer = None
    for u in credits[1:]:
        u.kind = "part"
    return [*notes, *credits]


class _Assembler:
    """Turns the page's units into article builders and other units, in one pass."""

    def __init__(
        self,
        text: str,
        units: list[Unit],
        *,
        anchored: bool,
        per_line: bool = False,
        columns: bool = False,
    ) -> None:
        self.text = text
        self.units = units
        self.anchored = anchored
        # Paragraphs one per line (a web copy): no articles side by side on the page.
        self.per_line = per_line
        # A -layout page read column by column: a line's place on it is its column's.
        self.columns = columns
        self.arts: list[_Builder] = []
        self.others: list[Unit] = []
        self.cur: _Builder | None = None
        # An item label (【天气】, a list number) just read, while text may follow it.
        self.label: Unit | None = None
        # An archive's item head (第6版()) just read: text under it with no title is an
        # untitled item (a quotation, a picture's caption), not text outside every item.
        self.item_head = False
        self.pos = 0  # the index of the unit being read
        # Articles opened by a run of titles side by side (wrapped_heads), after the first:
        # each waits for the credit or text that opens it next.
        self.waiting: list[_Builder] = []

    def new(self) -> _Builder:
        self.waiting = []
        b = _Builder()
        self.arts.append(b)
        self.cur = b
        return b

    def fresh(self) -> _Builder:
        """The next article a credit opens: one waiting for it under its title, or a new one."""
        if not self.waiting:
            return self.new()
        b = self.waiting.pop(0)
        self.cur = b
        return b

    def open(self) -> _Builder | None:
        """The article being read, if it is still open."""
        return self.cur if self.cur is not None and not self.cur.closed else None

    @staticmethod
    def add_body(b: _Builder, u: Unit) -> None:
        """Add the unit's body pieces (from its ``body_start`` to its ``body_end``)."""
        # (text after a credit on its line opens a paragraph: 本报沈阳1月13日电（…）关于…)
        opens = u.kind in ("byline", "dateline") and u.body_start > u.start
        for i, (s, e) in enumerate(u.body_pieces()):
            b.items.append(_Item(("opens" if opens else "piece") if i == 0 else "glued", s, e))
        if u.trailer is not None:
            b.bylines.append(u.trailer)

    def run(self) -> tuple[list[_Builder], list[Unit]]:
        i, n = 0, len(self.units)
        while i < n:
            u = self.units[i]
            if u.title:
                j = i
                while j < n and self.units[j].title:
                    j += 1
                if self.cur is not None:
                    self.sign_tail(self.cur)
                b = self.new()
                b.column = [x for x in self.units[i:j] if x.column]
                b.kicker = [x for x in self.units[i:j] if x.kicker]
                b.headline = [x for x in self.units[i:j] if not (x.kicker or x.column)]
                b.units.extend(self.units[i:j])
                i = j
                continue
            if u.kind == "heading":
                self.item_head = False
                i = self.heading_run(i)
                continue
            self.pos = i
            self.one(u)
            i += 1
        if not self.arts:
            self.untitled_page()
        elif self.per_line:
            self.title_over_meta()
        return self.arts, self.others

    def title_over_meta(self) -> None:
        """Give a web copy's untitled article, opened by its credit or dateline, the lone
        heading above it when only the page's furniture stands between them and a meta line
        (2008年06月17日 10:53 來源:中國新聞網, 點擊數:468 發布時間:…) is part of it: a web page
        prints the article's date and source right under its title, so the heading over
        that line is the title, whatever copyright notes or controls follow it."""
        free = {id(u) for u in self.others}
        where: dict[int, int] = {}
        holder: dict[int, _Builder] = {}
        for b in self.arts:
            if b.headline or not b.units:
                continue
            first = min(b.units, key=lambda u: u.start)
            if first.kind not in ("byline", "dateline"):
                continue
            if not where:  # (built once, when a page has such an article)
                where = {id(u): n for n, u in enumerate(self.units)}
            k = where.get(id(first), 0) - 1
            meta = False
            while k >= 0 and id(self.units[k]) in free and self.units[k].kind in _FURNITURE:
                meta = meta or meta_furniture(self.text, self.units[k])
                k -= 1
            if k >= 0 and id(self.units[k]) not in free:
                if not holder:
                    holder = {id(u): x for x in self.arts for u in x.units}
                self.after_pictures(holder.get(id(self.units[k])), b)
                continue
            if not meta or k < 0:
                continue
            head = self.units[k]
            if head.kind != "heading" or len(head.pieces) != 1 or _site_name(self.text, head):
                continue
            self.others = [u for u in self.others if u is not head]
            free.discard(id(head))
            b.headline = [head]
            b.units.insert(0, head)
        self.arts = [b for b in self.arts if b.units]

    @staticmethod
    def after_pictures(a: _Builder | None, b: _Builder) -> None:
        """Join the untitled article ``b`` (opened by its credit or dateline) to ``a``, the
        article right above it, when ``a`` holds its title and pictures' captions only (no
        text, no credit, no dateline) and only the page's furniture stands between: a web
        page sets the story's pictures under its title, the text under them. (``b`` is
        emptied; the caller drops it.)"""
        if (
            a is None
            or a is b
            or not a.headline
            or a.has_body()
            or not a.captions
            or a.bylines
            or a.dateline is not None
            or a.source is not None
        ):
            return
        a.bylines.extend(b.bylines)
        a.dateline = b.dateline
        a.source = b.source
        a.credits.extend(b.credits)
        a.items.extend(b.items)
        a.section_heads.extend(b.section_heads)
        a.units.extend(b.units)
        a.captions.extend(b.captions)
        b.units = []

    def prose(self, u: Unit) -> bool:
        """Text outside every item that reads as prose: a clause of Han characters."""
        return u.kind == "text" and _PROSE_RE.search(self.text, u.start, u.end) is not None

    def long_text(self, u: Unit) -> bool:
        """A paragraph of :data:`_LONG_TEXT` characters or more holding two sentences: a
        story told in one paragraph (a reader's letter, a photo story), no page scrap."""
        return (
            u.kind == "text"
            and u.end - u.start >= _LONG_TEXT
            and len(_SENTENCE_END_RE.findall(self.text, u.start, u.end)) >= 2
        )

    def untitled_page(self) -> None:
        """A page with no article at all: its longest run of prose, two paragraphs or more
        (or one long paragraph of several sentences) with only pictures' credits between
        them, is one article, titled by the nearest
        title line above it when only the page's furniture (版面:第A10版 上一篇 下一篇,
        字号:, 日期:11-08) and scraps that are no prose stand between; untitled when the
        page has no title line at all (a web copy whose title is not in the copy). Title
        lines elsewhere mean the titles were not found: no cause to guess."""
        best: tuple[int, int] = (0, 0)
        most = 0  # the paragraphs of the best run (counted once: linear in the page)
        k = 0
        while k < len(self.others):
            j = k
            while j < len(self.others) and (
                self.others[j].kind == "credit" or self.prose(self.others[j])
            ):
                j += 1
            paras = sum(2 if self.long_text(x) else x.kind == "text" for x in self.others[k:j])
            if paras >= 2 and paras > most:
                best, most = (k, j), paras
            k = j + 1
        if best == (0, 0):
            return
        k = best[0] - 1
        while k >= 0 and (
            self.others[k].kind in ("nav", "staff", "invisible")
            or (self.others[k].kind == "text" and not self.prose(self.others[k]))
        ):
            k -= 1  # (a scrap of the page's markup, ">, is no text either)
        title = k if k >= 0 and self.others[k].kind == "heading" else None
        if title is None and any(x.kind == "heading" for x in self.others):
            return
        b = _Builder()
        self.arts.append(b)
        run = self.others[best[0] : best[1]]
        if title is not None:
            b.headline = [self.others[title]]
            b.units.append(self.others[title])
        del self.others[best[0] : best[1]]
        if title is not None:
            del self.others[title]
        for x in run:
            b.units.append(x)
            if x.kind == "text":
                x.kind = "body"
                self.add_body(b, x)
            elif x.credit is not None:
                b.credits.append(x.credit)

    def sign_tail(self, b: _Builder) -> None:
        """Short lines closing an article with a person's name last (``河南鄢陵县`` /
        ``邢先生``: a reader's letter signed with place and name) sign it: the name is an
        author, the place a closing note; neither is a section head."""
        k = len(b.items)
        while k > 0 and b.items[k - 1][0] == "head":
            k -= 1
        tail = b.items[k:]
        if not tail or len(tail) > 2 or not b.has_body():
            return
        s, e = tail[-1][1], tail[-1][2]
        gap = self.text.rfind(" ", s, e)  # 河南鄢陵县    邢先生 on one line
        by = read_credit_pieces(self.text, [Span.of(self.text, max(s, gap + 1), e)])
        if by is None or any(p.role != "author" for p in by.people):
            return
        del b.items[k:]
        b.section_heads = [u for u in b.section_heads if u.start < tail[0][1]]
        b.bylines.append(by)

    def one(self, u: Unit) -> None:
        handler = _HANDLERS.get(u.kind)
        label, self.label = self.label, None
        if handler is not None:
            handler(self, u)
            return
        cur = self.open()
        if cur is None and self.item_head and u.kind == "body":
            # An untitled item of an archive page. (It needs text to exist: a name-like
            # scrap, a title cut to one character by the excerpt, is none.)
            cur = self.new()
        self.item_head = False
        if cur is None and u.kind == "body" and u.trailer is not None:
            # A paragraph closed by a credit in brackets (…势头。（记者 何昱萱）) is a report
            # with no title: a brief (简讯) runs untitled, and the credit signs it, the
            # paragraphs of prose right above it with it.
            cur = self.signed_brief()
        if cur is None and label is not None and self.others and self.others[-1] is label:
            # Text under a section label with no title (【天气】 / 据…预报): an untitled
            # item, the label its column.
            self.others.pop()
            cur = self.new()
            cur.column = [label]
            cur.units.append(label)
        if cur is None:
            u.kind = "text"
            self.others.append(u)
            return
        cur.units.append(u)
        mark = _END_MARK_RE.search(self.text, u.body_start, u.body_end)
        if mark is not None and not self.anchored:
            # (完): the wire's mark of a story's end; no text of it, and the story is over.
            end = mark.start()
            while end > u.body_start and self.text[end - 1] == " ":
                end -= 1
            u.body_end = end
            cur.closed = True
        self.add_body(cur, u)

    def furniture(self, u: Unit) -> None:
        self.others.append(u)
        if is_copyright(self.text, u) and self.cur is not None:
            # The site's copyright: the foot of a web page; the article above has ended
            # (contact lines, app badges and links under it are no text of it).
            self.cur.closed = True
            return
        if u.kind == "nav" and _ITEM_HEAD_RE.match(self.text, u.start, u.end):
            # 第6版() heads every item of an archive page: the item before it has ended.
            self.item_head = True
            if self.cur is not None:
                self.cur.closed = True
            return
        if u.kind == "nav" and _ITEM_LABEL_RE.fullmatch(self.text, u.start, u.end):
            # A section label or an item number starts the next item: the open one ends.
            self.label = u
            if self.cur is not None:
                self.cur.closed = True
        elif is_list_label(self.text, u) and self.cur is not None:
            self.cur.closed = True  # 社論 更多: a list's next section; the open item ends

    def credit(self, u: Unit) -> None:
        if self.cur is None:
            self.others.append(u)
            return
        assert u.credit is not None
        self.cur.credits.append(u.credit)
        self.cur.units.append(u)
        if u.credit.span.start > u.start and len(u.pieces) == 1:
            # 井盖损坏严重……。 本报记者 肖金雄 摄: a caption and its credit on one line.
            end = u.credit.span.start
            while end > u.start and self.text[end - 1].isspace():
                end -= 1
            self.cur.captions.append(_Item("piece", u.start, end))

    def source(self, u: Unit) -> None:
        if self.cur is None:
            self.untitled_before(u)
        cur = self.cur
        if cur is None or cur.source is not None:
            self.others.append(u)
            return
        cur.source = u.source
        cur.units.append(u)
        if cur.has_body() and not self.anchored:
            cur.closed = True  # a source line at the foot of an article ends it

    def signed_brief(self) -> _Builder:
        """A new untitled article holding the paragraphs of prose read last outside every
        article (a brief whose last paragraph carries its credit), and the pictures' credits
        among them."""
        k = len(self.others)
        while k > 0 and (self.others[k - 1].kind == "credit" or self.prose(self.others[k - 1])):
            k -= 1
        run = self.others[k:]
        del self.others[k:]
        b = self.new()
        for x in run:
            if not self.take_text(b, x) and x.credit is not None:
                b.credits.append(x.credit)
        return b

    def take_text(self, b: _Builder, x: Unit) -> bool:
        """Give unit ``x``, read outside every article, to the untitled article ``b``;
        ``True`` when it was text (now ``b``'s body), ``False`` when the caller places it."""
        b.units.append(x)
        if x.kind != "text":
            return False
        x.kind = "body"
        self.add_body(b, x)
        return True

    def untitled_before(self, u: Unit) -> None:
        """A source line under text while no title has been read: the text right above it
        (a picture's caption with its credit, 新华社记者 X摄) is an untitled item, which
        the source line closes; not text outside every item."""
        k = len(self.others)
        while k > 0 and self.others[k - 1].kind in ("text", "credit"):
            k -= 1
        run = self.others[k:]
        if not any(
            x.kind == "text" or (x.credit is not None and x.credit.span.start > x.start)
            for x in run
        ):
            return
        del self.others[k:]
        b = self.new()
        for x in run:
            if self.take_text(b, x):
                continue
            assert x.credit is not None
            b.credits.append(x.credit)
            end = x.credit.span.start
            while end > x.start and self.text[end - 1].isspace():
                end -= 1
            if end > x.start:
                b.items.append(_Item("piece", x.start, end))

    def closing(self, u: Unit) -> None:
        """A closing note, signature or end credit: part of the article, not its body."""
        cur = self.cur
        if cur is None:
            self.others.append(u)
            return
        if u.kind == "endcredit":
            if u.dateline is not None and cur.dateline is None:
                cur.dateline = u.dateline
            elif u.dateline is not None:
                cur.bylines.append(dateline_credit(u.dateline))
            if u.byline is not None:
                cur.bylines.append(u.byline)
        cur.units.append(u)

    def dateline(self, u: Unit) -> None:
        assert u.dateline is not None
        last, cur = self.cur, self.open()
        alone = u.body_start >= u.body_end
        if alone and last is not None and last.has_body() and last.dateline is None:
            last.dateline = attrs.evolve(u.dateline, position="end")
            last.closed = not self.anchored
            last.units.append(u)
            return
        if not self.anchored and (
            cur is None or cur.has_body() or cur.dateline is not None or cur.closed
        ):
            prev = cur
            cur = self.fresh()
            if prev is not None:
                self.take_title(prev, cur)
        if cur is None:
            self.others.append(u)
            return
        if cur.dateline is None:
            cur.dateline = u.dateline
        cur.units.append(u)
        self.add_body(cur, u)

    def byline(self, u: Unit) -> None:
        assert u.byline is not None
        cur = self.open()
        if _closing_credit(self.text, u) and cur is not None and cur.has_body():
            # (记者 郑晓波) on its own line after the body: it signs and closes it.
            cur.bylines.append(u.byline)
            cur.units.append(u)
            cur.closed = not self.anchored
            return
        if not self.anchored and (cur is None or (cur.bylines and cur.has_body())):
            prev = cur
            cur = self.fresh()
            if prev is not None:
                self.take_spare(prev, cur, tagged=own_dateline(u.byline) is not None)
                self.take_title(prev, cur)
        elif cur is not None and cur.spare and cur.bylines and self.byline_apart(u):
            # Bylines one under another, each set apart, under a run of more headings than
            # one title holds: the bylines of articles side by side, read across the page.
            prev, cur = cur, self.new()
            self.take_spare(prev, cur, share=self.bylines_ahead())
        if cur is None:
            self.others.append(u)
            return
        own = own_dateline(u.byline)
        if own is not None and cur.dateline is None and not cur.has_body():
            cur.dateline = own
        if u.source is not None and cur.source is None:
            cur.source = u.source
        cur.bylines.append(u.byline)
        cur.units.append(u)
        self.add_body(cur, u)

    def heading_run(self, i: int) -> int:
        """A run of heading candidates from ``units[i]``; returns the index after it."""
        units, n = self.units, len(self.units)
        j = i
        flat: list[Unit] = []
        while True:
            while j < n and units[j].kind == "heading" and not units[j].title:
                flat.append(units[j])
                j += 1
            k = j
            while k < n and units[k].kind == "nav" and meta_furniture(self.text, units[k]):
                k += 1
            if not (
                k > j
                and k < n
                and units[k].kind == "heading"
                and not units[k].title
                and self.text[units[k].start] in "—―"
            ):
                break
            # A meta line (发表日期:…, a date) between a title and its subtitle (——…):
            # it neither ends the title group nor joins it.
            self.others.extend(units[j:k])
            j = k
        run = _unwrapped(self.text, _blocks(flat, self.text if self.columns else None))
        if not self.anchored and any(u.hint in _GROUP_ROLES for u in flat):
            # Type says where headlines are; on a page anchored by source lines the
            # titles above them do (a bold line inside an article is a section head).
            self.typed_heads(flat)
            return j
        cur = self.open()
        if self.anchored:
            # Articles start only at titles: short lines elsewhere are section heads.
            if cur is None:
                self.others.extend(flat)
            elif (j < n and units[j].kind == "body") or cur.has_body():
                self.section_heads(cur, flat)
            else:
                for u in flat:
                    cur.units.append(u)
                    self.add_body(cur, u)
            return j
        k = j
        while k < n and (passing_furniture(self.text, units[k]) or units[k].kind == "caption"):
            # a breadcrumb, a date and time, the page's controls, a meta line, a picture
            # and its caption under a title
            k += 1
        lead_unit = units[k] if k < n else None
        lead: str = "end" if lead_unit is None else lead_unit.kind
        if lead in ("byline", "dateline"):
            lead = "credit"
        elif lead == "credit":
            lead = "photo"  # a picture's credit (or caption): not a byline a banner waits for
        elif lead in _FURNITURE:
            lead = "end"
        if self.label_run(cur is None, lead, j, k) or _head_over(self.text, units[j:k], lead):
            self.others.extend(flat)
            return j
        closed = _item_closed(self.text, units, i)
        if cur is not None and lead == "body" and self.before_text(cur):
            self.section_heads(cur, flat)  # (a speaker's label, a section head: no title)
            return j
        if (
            cur is not None
            and not closed
            and lead == "credit"
            and cur.headline
            and not cur.bylines
            and cur.dateline is None
            and not cur.column
            and self.banner(cur, flat, i, units[k])
        ):
            # A boxed banner inside the open article: it must not steal the byline.
            cur.column = list(flat)
            cur.units.extend(flat)
            return j
        if cur is not None and lead == "end":
            # Short lines closing an article with nothing after them: body text.
            for u in flat:
                cur.units.append(u)
                self.add_body(cur, u)
            return j
        if (
            cur is not None
            and not closed
            and [len(u.pieces) for u in flat] == [1]  # (one line: a wrapped one is a title)
            and lead == "body"
            and not flat[0].runin
            and not flat[0].item
            and not _bracketed(self.text, flat[0])
            and not _bar_labelled(self.text, flat[0])
            and (self.per_line or not _broken_above(self.text, units, i))
            and not (
                # A heading over text that carries its own closing credit is the
                # headline of a new item (a brief signed (张三)), unless the open
                # article is still unsigned and already divided by section heads.
                _section_credited(self.text, units, j)
                and (cur.bylines or cur.dateline is not None or not cur.section_heads)
            )
        ):
            self.section_heads(cur, flat)
            return j
        flat, run = self.nearest_title(flat, run, top=cur is None and lead == "body")
        flat, run = self.site_names(*self.page_label(flat, run, i))
        if not self.per_line and self.wrapped_heads(run, j):
            return j
        b = self.new()
        if lead == "credit" and _side_by_side(self.text, run, units, k):
            b.headline = run[0]
            b.spare = [u for x in run[1:] for u in x]
            b.units.extend(flat)
            return j
        column, kicker, headline, subtitle, heads = _split_heads(
            self.text, run, lead, gapped=not self.per_line, meta=self.meta_under(run, j, k)
        )
        b.column, b.kicker, b.headline, b.subtitle = column, kicker, headline, subtitle
        self.section_heads(b, heads, own=False)
        b.spare = list(heads)
        b.units.extend(flat)
        return j

    def meta_under(self, run: list[list[Unit]], j: int, k: int) -> bool:
        """Whether the page prints its meta line or source line right under the heading
        run (``units[j:k]``: the passing furniture before the lead ``units[k]``), or a line
        the masthead took (a date and source line under the title of a copied story).

        A web page prints the article's date and source (来源, 作者, 发布时间, 《X报》(date
        版)) right under its title: the title is the heading above that line."""
        units = self.units
        between = units[j:k]
        if any(x.kind == "source" or meta_furniture(self.text, x) for x in between):
            return True
        if k < len(units) and units[k].kind == "source":
            return True
        stop = units[j].start if j < len(units) else len(self.text)
        return any(c.isalnum() for c in self.text[run[-1][-1].end : stop])

    def wrapped_heads(self, run: list[list[Unit]], j: int) -> bool:
        """Open one article for each block of ``run`` that is a title wrapped into even
        lines, when the run holds two or more (a page whose blank lines are its gaps).

        A title group has one headline, the title set in its biggest type; in a column it
        wraps into lines of even length, which a kicker or subtitle in smaller type over
        the same width rarely does. Two such blocks in one run are two headlines: the
        titles of articles side by side, which ``pdftotext`` reads one after the other
        before their texts. The block right above a headline (not itself one) is its
        kicker, the block right under the last its subtitle; the blocks left over are
        section heads of the article before them. The credits and texts under titles side
        by side are read left to right too: what follows the run opens the first article,
        and each credit that would open a new one opens the next waiting (:meth:`fresh`).
        """
        heads = [n for n, x in enumerate(run) if len(x) == 2 and _balanced_title(self.text, x)]
        if len(heads) < 2:
            return False
        if self.columns and not self.apart(run, heads):
            return self.stacked_heads(run, heads)
        prev_head = -1
        b: _Builder | None = None
        opened: list[_Builder] = []
        for t, h in enumerate(heads):
            before = run[prev_head + 1 : h]
            if b is not None and len(before) > 1:
                self.section_heads(b, [u for x in before[:-1] for u in x])
            elif b is None and len(before) > 1:
                self.others.extend(u for x in before[:-1] for u in x)
            b = self.new()
            opened.append(b)
            b.kicker = list(before[-1]) if before else []
            b.headline = list(run[h])
            b.units.extend(b.kicker)
            b.units.extend(b.headline)
            prev_head = h
            if t == len(heads) - 1:
                after = run[h + 1 :]
                if after:
                    b.subtitle = list(after[0])
                    b.units.extend(b.subtitle)
                    self.section_heads(b, [u for x in after[1:] for u in x])
        # (titles side by side are read left to right, and so are the credits and texts
        # under them: what follows the run opens the first article; but a line right under
        # the last headline, no blank line between, is in its block: text set under it)
        last = run[heads[-1]][-1]
        touching = (
            heads[-1] == len(run) - 1
            and j < len(self.units)
            and self.units[j].line == last.last_line + 1
        )
        first = len(opened) - 1 if touching else 0
        self.cur = opened[first]
        self.waiting = opened[:first] + opened[first + 1 :]
        return True

    def stacked_heads(self, run: list[list[Unit]], heads: list[int]) -> bool:
        """Open the article of a run of a -layout page that is two wrapped blocks one over
        the other in one column (:meth:`apart`), and perhaps a line under them, when the
        upper one wraps into longer lines: over one width the type that fits more
        characters a line is the smaller, so the upper block is the kicker and the lower
        the headline (the headline is set in the biggest type); the line under them is the
        subtitle. Otherwise the run is read as any other (False)."""
        if heads != [0, 1] or len(run) > 3:
            return False
        top, below = (len(_squash(self.text, run[h][:1])) for h in heads)
        if top <= below:
            return False
        b = self.new()
        b.kicker, b.headline = list(run[0]), list(run[1])
        b.subtitle = list(run[2]) if len(run) > 2 else []
        b.units.extend(u for x in run for u in x)
        return True

    def apart(self, run: list[list[Unit]], heads: list[int]) -> bool:
        """Whether the blocks ``heads`` of ``run`` on a -layout page stand in columns of
        their own: each starts more than two places from where the one before it does. A
        column's lines share their start (its text is read column by column), so blocks
        that start together are one column's, one over the other: a title group (a kicker
        wrapped over its headline), not titles side by side."""
        offsets = []
        for h in heads:
            start = run[h][0].pieces[0][0]
            offsets.append(start - self.text.rfind("\n", 0, start) - 1)
        return all(abs(a - b) > 2 for a, b in itertools.pairwise(offsets))

    def banner(self, cur: _Builder, flat: list[Unit], i: int, lead: Unit) -> bool:
        """Whether the heading run ``flat`` (from ``units[i]``, a byline under it), read
        while ``cur`` is open with its title and no credit yet, is a banner inside ``cur``
        rather than the title of the next article.

        Before ``cur``'s text it is (title, banner, byline, text). After the text, a title
        over a byline is how the next article opens: on a page of several articles read
        column after column (``pdftotext`` without ``-layout``) every article after the
        first comes so, its title and byline under the text of the one before. It stays a
        banner in an article already divided by section heads (a boxed run among them),
        and a line set whole in round brackets is no title (a closing note, (北京七日電));
        after a page label (第1版() / 专栏:, the archive's head of every item) the run
        heads a new item. A dateline under it (本报兰州1月12日电, 新华社北京电) opens the
        first paragraph of an article's text, never one inside a text already begun: the
        run then heads the next article, whatever section heads the open one has.
        """
        if not cur.has_body():
            return True
        if i > 0 and self.units[i - 1].kind == "nav":
            return False
        if len(flat) == 1 and _round_bracketed(self.text, flat[0]):
            return True
        if lead.dateline is not None or (
            lead.byline is not None
            and (own_dateline(lead.byline) is not None or lead.body_start >= lead.body_end)
        ):
            return False
        return bool(cur.section_heads)

    def label_run(self, top: bool, lead: str, j: int, k: int) -> bool:
        """Whether the heading run before ``units[j]`` is a label, not a title, given the
        kind ``lead`` of what stands under it at ``units[k]`` past the passing furniture
        (``top``: no article is open).

        Nothing under it, or a breadcrumb or the page's controls and then another heading:
        a site's name or section label at the top of a web page (社会广角 / 当前位置: >
        阅览室 > 社会广角 > / the title), not a title; the title is the heading nearest above
        the text. So on a list page is a heading over a list's label (日報頭條 / 社論 更多 /
        the title), wherever it stands, and headings over a link to the rest (詳情#,
        更多>>): the link closes them, the text under it is not theirs.
        """
        between = self.units[j:k]
        if top and (
            lead == "end"
            or (
                lead == "heading"
                and k > j
                and not any(meta_furniture(self.text, x) for x in between)
            )
        ):
            return True
        if lead == "heading" and any(is_list_label(self.text, x) for x in between):
            return True
        return any(is_more_link(self.text, x) for x in between)

    def before_text(self, cur: _Builder) -> bool:
        """Whether ``cur`` (on a page of one paragraph a line) has its title and credit
        and no text yet: headings read now stand between its byline and its text (a
        speaker's label, a section head: 著名作家、诗人林希 / 一张家乡的报纸 一份浓浓的乡情),
        not a new article's title."""
        return (
            bool(cur.headline)
            and (bool(cur.bylines) or cur.dateline is not None)
            and not cur.has_body()
            and self.per_line
            and not self.anchored
        )

    def nearest_title(
        self, flat: list[Unit], run: list[list[Unit]], *, top: bool
    ) -> tuple[list[Unit], list[list[Unit]]]:
        """The heading run over the page's first text: three lines or more at the page's
        top, each standing alone, are a web page's labels and titles of the page (即时新闻 /
        最新 / the title); the title is the heading nearest above the text, the lines above
        it head nothing (they go to the other blocks). ``top``: no article is open yet and
        text follows the run."""
        if not top or len(run) < 3 or not all(len(x) == 1 for x in _blocks(flat)):
            return flat, run
        self.others.extend(u for x in run[:-1] for u in x)
        return run[-1], run[-1:]

    def page_label(
        self, flat: list[Unit], run: list[list[Unit]], i: int
    ) -> tuple[list[Unit], list[list[Unit]]]:
        """The heading run from ``units[i]`` less its first block when that block is the
        page's label (版名: 要闻, 国际, 地方经济): a word of at most four characters alone,
        first of the page's headings with only the page's head above it (its date line,
        its number: something, the masthead or furniture), over further heading blocks.
        A page's head names its section beside the date and the page number; a title's
        kicker is a phrase, not a word."""
        if (
            len(run) < 2
            or self.arts
            or len(run[0]) != 1
            or _is_column(self.text, run[0])  # (新华时评, 专栏:福建通讯: a column's name)
            or len(_squash(self.text, run[0])) > _PAGE_LABEL_MAX
            or not all(u.kind in _FURNITURE for u in self.units[:i])
            or not self.text[: self.units[i].start].strip()
            or not all(c.isalpha() for c in _squash(self.text, run[0]))
        ):
            return flat, run
        self.others.extend(run[0])
        return [u for u in flat if u is not run[0][0]], run[1:]

    def site_names(
        self, flat: list[Unit], run: list[list[Unit]]
    ) -> tuple[list[Unit], list[list[Unit]]]:
        """The first heading run of a web copy less the lone lines on top of it that name
        the site, its channel or the page (:func:`_site_name`: 高德娱乐新闻, 浙江日报 数字报纸,
        00002版:要闻, 本頁位置: 首頁新聞中心): a page's furniture over its title, never a
        title line (a kicker is a clause of the title group, not a name of the medium). At
        least one block stays: a run that is all names is left as it is."""
        if not self.per_line or self.arts or len(run) < 2:
            return flat, run
        k = 0
        while k < len(run) - 1 and len(run[k]) == 1 and _site_name(self.text, run[k][0]):
            k += 1
        if k == 0:
            return flat, run
        gone = {id(u) for x in run[:k] for u in x}
        self.others.extend(u for x in run[:k] for u in x)
        return [u for u in flat if id(u) not in gone], run[k:]

    def byline_apart(self, u: Unit) -> bool:
        """``u`` (a byline with no text after it on its line, the unit being read) stands
        under a byline of the same kind, a blank line between: no text between them."""
        k = self.pos
        if k == 0 or u.body_start < u.body_end or self.anchored:
            return False
        above = self.units[k - 1]
        return (
            above.kind == "byline"
            and above.body_start >= above.body_end
            and (u.line > above.last_line + 1)
        )

    def bylines_ahead(self) -> int:
        """How many byline units stand in a row from the one being read."""
        k = self.pos
        while k < len(self.units) and self.units[k].kind == "byline":
            k += 1
        return k - self.pos

    def take_spare(
        self, prev: _Builder, b: _Builder, *, share: int = 1, tagged: bool = False
    ) -> None:
        """Give ``b`` (an article opened by a byline alone) the heading blocks left over
        in the run above ``prev``: all of them, or (``share`` articles still to open from
        a row of bylines) every ``share``-th block, the others staying for the next.

        Text read across a page (``pdftotext`` on a page of several columns) gives the
        titles of articles side by side first, then their bodies one after the other: the
        run above the first holds the titles of the next, which then opens at its byline
        with no title of its own. Titles side by side are read line by line across, so
        their blocks alternate.
        """
        if not prev.spare and tagged and not b.headline and _stacked_title(prev):
            # A story opened by the paper's own-copy tag (【本報布里斯本訊】) is a story of
            # its own, printed under a title of its own. A text layer that reads a page's
            # columns across gives the titles stacked over the first story's text (kicker,
            # title, then the next story's title, taken for a subtitle): a story that opens
            # with its tag and no title takes that third line.
            moved = prev.subtitle
            prev.subtitle = []
            gone = {id(u) for u in moved}
            prev.units = [u for u in prev.units if id(u) not in gone]
            b.headline = moved
            b.units.extend(moved)
            return
        if not prev.spare or b.headline or not spare_before_body(prev):
            return
        blocks = _blocks(prev.spare)
        spare = [u for bl in blocks[:: max(1, share)] for u in bl]
        rest = [u for k, bl in enumerate(blocks) if k % max(1, share) for u in bl]
        keep = {id(u) for u in spare}
        prev.section_heads = [u for u in prev.section_heads if id(u) not in keep]
        starts = {u.start for u in spare}
        prev.items = [it for it in prev.items if not (it.kind == "head" and it.start in starts)]
        prev.units = [u for u in prev.units if id(u) not in keep]
        prev.spare = []
        b.spare = rest
        column, kicker, headline, subtitle, heads = _split_heads(
            self.text, _blocks(spare), "credit", gapped=not self.per_line
        )
        b.column, b.kicker, b.headline, b.subtitle = column, kicker, headline, subtitle
        b.units.extend(spare)
        self.section_heads(b, heads, own=False)
        if rest:  # the blocks left for the next article move with the row of bylines
            gone = {id(u) for u in rest}
            prev.section_heads = [u for u in prev.section_heads if id(u) not in gone]
            at = {u.start for u in rest}
            prev.items = [it for it in prev.items if not (it.kind == "head" and it.start in at)]
            prev.units = [u for u in prev.units if id(u) not in gone]
            b.units.extend(rest)
            self.section_heads(b, rest, own=False)

    def take_title(self, prev: _Builder, b: _Builder) -> None:
        """Give ``b`` (an article a credit opens under the text of ``prev``, with no title
        of its own) the second of ``prev``'s title blocks, when ``prev``'s title is two
        blocks set apart by a blank line on a page whose blank lines are its gaps (or the
        last of three, a subtitle set apart under the headline).

        ``pdftotext`` reads a broadsheet across: the titles of two articles side by side
        come one after the other, each a block of its own, then the texts under them, the
        left one's first. Taken together they read as one title group (kicker over
        headline, or headline over subtitle); the credit that opens a second text with no
        title between is the sign that the group was two titles, each heading one text,
        in the order read."""
        if (
            self.per_line
            or self.columns  # (a -layout page is read column by column, not across)
            or b.headline
            or prev.spare
            or prev.column
            or not prev.headline
            or self.title_above()
        ):
            return
        head = prev.headline
        if (
            len(prev.kicker) == 1
            and not prev.subtitle
            and _apart(prev.kicker, head)
            and not _marked_kicker(self.text, prev.kicker[0], head)
            and not _smaller_over(self.text, prev.kicker[0], head)
        ):
            if _credit_right_under(prev, head):
                # The second title stands in one block with the credit opening the text
                # under it (no blank line between): read down its column into its own
                # text, it is that text's title; the one set apart above heads this one.
                moved = prev.kicker
                prev.kicker = []
            else:
                moved = head
                prev.headline, prev.kicker = prev.kicker, []
        elif len(prev.subtitle) == 1 and _apart(head, prev.subtitle):
            if self.text[prev.subtitle[0].start] in "—-―":
                return  # (a dash leads a subtitle: it is the title's own)
            moved = prev.subtitle
            prev.subtitle = []
        else:
            return
        gone = {id(u) for u in moved}
        prev.units = [u for u in prev.units if id(u) not in gone]
        b.headline = list(moved)
        b.units.extend(moved)

    def title_above(self) -> bool:
        """Whether the unit being read (a credit) stands right under a short line set apart
        above it (a blank line over that line, none between it and the credit): a title the
        credit's article was read under, whatever the reading of that line took it for (its
        title is not elsewhere)."""
        start = self.units[self.pos].start
        top = self.text.rfind("\n", 0, start)
        if top < 0 or not _gap_above(self.text, top):
            return False  # (no line above, or no blank line over it)
        line = self.text[self.text.rfind("\n", 0, top) + 1 : top].strip()
        return (
            0 < len(line) - line.count(" ") <= _MAX_TITLE_LEN
            and line[-1] not in _NOT_TITLE_END
            and "。" not in line
        )

    def typed_heads(self, flat: list[Unit]) -> None:
        """Heading lines whose roles came from type: each kicker/headline/subtitle group
        starts an article; other heading lines are section heads (or furniture)."""
        group: list[Unit] = []
        for u in [*flat, None]:
            if u is not None and u.hint in _GROUP_ROLES:
                if group and self.opens_group(group[-1], u):
                    self.start_group(group)
                    group = []
                group.append(u)
                continue
            if group:
                self.start_group(group)
                group = []
            if u is None:
                break
            cur = self.open()
            if cur is None:
                self.others.append(u)
            else:
                self.section_heads(cur, [u])

    def opens_group(self, last: Unit, u: Unit) -> bool:
        """Whether the heading line ``u`` after the heading line ``last`` opens the next
        group. A group is kicker, headline, subtitle, one under another: a kicker after a
        headline or subtitle, and a headline after a subtitle, open the next; and so does a
        headline set apart from the headline line before by a blank line (a PDF's text
        puts the printed lines of one headline one to a line, and a blank line between
        headlines side by side: the headlines of two articles of a row)."""
        if u.hint == "kicker":
            return last.hint != "kicker"
        if u.hint != "headline" or last.hint == "kicker":
            return False
        return last.hint == "subtitle" or self.text.count("\n", last.end, u.start) > 1

    def start_group(self, group: list[Unit]) -> None:
        b = self.new()
        b.kicker = [u for u in group if u.hint == "kicker"]
        b.headline = [u for u in group if u.hint == "headline"]
        b.subtitle = [u for u in group if u.hint == "subtitle"]
        if not b.headline:
            b.headline, b.kicker = b.kicker or b.subtitle, []
            if b.headline is b.subtitle:
                b.subtitle = []
        b.units.extend(group)

    @staticmethod
    def section_heads(b: _Builder, heads: list[Unit], *, own: bool = True) -> None:
        for u in heads:
            b.section_heads.append(u)
            b.items.append(_Item("head", u.start, u.end))
            if own:
                b.units.append(u)


_HANDLERS = MappingProxyType(
    {
        "staff": _Assembler.furniture,
        "caption": _Assembler.furniture,
        "footer": _Assembler.furniture,
        "nav": _Assembler.furniture,
        "stray": _Assembler.furniture,
        "credit": _Assembler.credit,
        "source": _Assembler.source,
        "note": _Assembler.closing,
        "signature": _Assembler.closing,
        "endcredit": _Assembler.closing,
        "part": _Assembler.closing,
        "dateline": _Assembler.dateline,
        "byline": _Assembler.byline,
    }
)


# The mark closing a wire story's text: (完), （完）.
# A clause of Han text (a character, then the mark closing a clause): what prose holds and
# an address, a menu or a garbled scrap does not.
_PROSE_RE = _rx.compile(r"\p{Han}[，。、；！？,;!?]")
_END_MARK_RE = _rx.compile(r"[(（][ ]*+完[ ]*+[)）][ ]*+\Z")
# The head of an archive page's item: 第6版(), 第1版(要闻) (with 专栏: after it).
_ITEM_HEAD_RE = _rx.compile(ITEM_LABEL)
# An item label: a bracketed section name (【天气】).
_ITEM_LABEL_RE = _rx.compile(r"【[^【】\n]{1,6}+】")


# A lead cut short by a list (``…首两名新...``, ``…是不當 …``; ``……`` is prose's ellipsis),
# or closed by a link to the rest glued to it (``…前行的暖意。详情>>>``).
_CUT_LEAD_RE = _rx.compile(r"(?:(?<!…)…|\.\.\.|(?:更多|详情|詳情|全文)(?:>++|»|›))[ ]*+\Z")


#: How long one paragraph is, at least, to be a page's untitled story by itself.
_LONG_TEXT = 120
_SENTENCE_END_RE = _rx.compile(r"[。！？!?…]++[”’」』]?+")


#: What ends a paragraph's last line (closing quotation marks after its stop).
_PARAGRAPH_END = frozenset("。！？!?…”’」』）)")


def _broken_above(text: str, units: list[Unit], i: int) -> bool:
    """Whether the text right above the heading ``units[i]`` breaks off inside its
    sentence: its last line runs to the page's measure with no stop (a column's foot), and
    the heading is not at that measure itself (a text line). A section head stands between
    two paragraphs of its text, so the paragraph above it ends; a heading line under text
    broken off mid-sentence is a title the text layer read in between the lines of a column
    (a title over other columns), not that text's section."""
    k = i - 1
    while k >= 0 and units[k].kind == "invisible":
        k -= 1
    if k < 0 or units[k].kind != "body" or not units[k].full_end or units[i].full:
        return False
    return text[units[k].end - 1] not in _PARAGRAPH_END


def _item_closed(text: str, units: list[Unit], i: int) -> bool:
    """Whether the text above ``units[i]`` closes an item of a list page: a lead cut short
    (``...``, ``…``) or a link to the rest (``更多``, ``详情>>>``). A title under it heads the
    next item (an article of its own), not a section of the text above."""
    k = i - 1
    while k >= 0 and units[k].kind in ("nav", "invisible"):
        if is_more_link(text, units[k]):
            return True
        k -= 1
    return (
        k >= 0
        and units[k].kind != "heading"
        and _CUT_LEAD_RE.search(text, units[k].start, units[k].end) is not None
    )


def _bar_labelled(text: str, u: Unit) -> bool:
    """A title with its topic's label before a bar (``記者觀察|後疫情時代…``): a list's
    entry or a page's title, never a section head inside a text."""
    m = _BAR_LABEL_RE.match(text, u.start, u.end)
    return m is not None and m.end() < u.end


def _bracketed(text: str, u: Unit) -> bool:
    """A line set whole in 【】: a title as a text-only (mobile) edition marks it."""
    return text[u.start] == "【" and text[u.end - 1] == "】" and len(u.pieces) == 1


def _round_bracketed(text: str, u: Unit) -> bool:
    """A line set whole in round brackets: a note, (北京七日電), no title."""
    return text[u.start] in "(（" and text[u.end - 1] in ")）" and len(u.pieces) == 1


def _assemble(
    text: str,
    units: list[Unit],
    *,
    separate_blocks: bool = False,
    typed: bool = False,
    columns: bool = False,
) -> tuple[list[_Builder], list[Unit]]:
    ordered, anchored = _zones(text, units, separate_blocks=separate_blocks)
    arts, others = _Assembler(
        text, ordered, anchored=anchored, per_line=separate_blocks, columns=columns
    ).run()
    if not separate_blocks:
        return arts, others  # (a printed page's section label stands over several items)
    arts, others = _title_printed_again(text, arts, others)
    if typed:
        return arts, others  # (a PDF's page: its lines' roles come from type, not density)
    for b in arts:
        _density_trim(text, b, others)
    others.sort(key=lambda u: u.start)
    return arts, others


def _head_between(text: str, between: Sequence[Unit]) -> bool:
    """Whether a line of the page's head or imprint (:func:`head_furniture`) is among the
    furniture ``between`` a heading run and the text under it."""
    return any(head_furniture(text, u) for u in between)


def _head_over(text: str, between: Sequence[Unit], lead: str) -> bool:
    """Whether the page's head (its date line, its imprint's contact line) stands
    ``between`` a heading run and text that no byline or dateline opens (``lead`` is not
    ``"credit"``): the headings are then the head's or an advert's, no title. (A layer may
    put the masthead's box between a lead's title and its text; the text's own byline or
    dateline says that it starts there.)"""
    return lead != "credit" and _head_between(text, between)


def _credited(b: _Builder) -> bool:
    return bool(b.bylines or b.credits) or b.dateline is not None or b.source is not None


def _body_size(b: _Builder) -> int:
    return sum(it.end - it.start for it in b.items if it.kind != "head")


def _title_printed_again(
    text: str, arts: list[_Builder], others: list[Unit]
) -> tuple[list[_Builder], list[Unit]]:
    """Two articles under the same title on a web copy (paragraphs one per line): a web
    page prints a story's title again outside the story (the post's title over the page,
    the page's list of titles, a link to it), but never two stories under one title. The
    copy that carries the story is the one with a credit, else the one with more text; the
    other copy, when it credits nobody, is the page's: its title a link, the lines under it
    up to the next title the page's furniture (a newsletter's ads, a menu), not a second
    article."""
    if len(arts) < 2:
        return arts, others
    heads = [_squash(text, b.headline) for b in arts]
    first: dict[str, int] = {}
    drop: set[int] = set()
    for i, h in enumerate(heads):
        k = first.get(h)
        if not h or k is None:
            first.setdefault(h, i)
            continue
        rank = [(_credited(arts[x]), _body_size(arts[x])) for x in (k, i)]
        lose, keep = (k, i) if rank[0] < rank[1] else (i, k)
        if _credited(arts[lose]):
            continue
        drop.add(lose)
        first[h] = keep
    if not drop:
        return arts, others
    for i in drop:
        title = {id(u) for u in (*arts[i].kicker, *arts[i].headline)}
        for u in arts[i].units:
            u.kind = "nav" if id(u) in title else "text"
            others.append(u)
    others.sort(key=lambda u: u.start)
    return [b for i, b in enumerate(arts) if i not in drop], others


# --- text density -------------------------------------------------------------------------
#
# A web copy holds the article among the site's furniture: menus, links, footers, captions,
# residue of the page's markup. Whatever their shape, prose is dense and furniture is not: a
# paragraph of an article runs on in clauses and ends with a full stop; a menu entry, a
# link, a footer's field (ICP number, address) or a caption's credit is short, has no clause
# punctuation and holds none of the grammatical words prose cannot do without (的 了 是 在
# …). The rules above place titles and credits by shape; these two trims only judge, by
# density, the paragraphs the rules left at the edges of an article's text.

_CLAUSE = frozenset("，。；！？…,;!?")
_STOPS = frozenset("。！？!?…")
_CLOSERS = "”’」』)）\"'"
# The commonest grammatical characters of Chinese prose (simplified and traditional forms):
# a line of prose of any length holds some; a site's footer, a link list or a credit none.
_GRAMMAR = frozenset("的了是在和也就都不这這我他们們着将將对對与與为為并並从從被把")


def _density(s: str) -> tuple[int, int, bool]:
    """(characters, clause marks, ends with a full stop) of a paragraph's text."""
    s = "".join(s.split())
    return len(s), sum(map(s.count, _CLAUSE)), s.rstrip(_CLOSERS)[-1:] in _STOPS


def _dense(s: str) -> bool:
    """A paragraph that reads as prose: a sentence of ten characters or more closed by its
    full stop, or thirty characters in two clauses or more."""
    n, marks, stop = _density(s)
    return (stop and n >= 10) or (n >= 30 and marks >= 2)


def _opens_text(s: str) -> bool:
    """Prose, or a short sentence closed by its stop (一江山,五十年了。), or a line holding
    grammatical characters (2025年2月 听取省委和省政府工作汇报: the text's lead-in, not the
    page's), or a line that announces the text under it (各位老师、各位同学: / 亲爱的H:, a
    speech's or a letter's salutation), or an editor's note's label alone (编者按: the note
    under it is the article's first text)."""
    return (
        _dense(s)
        or editor_note_label(s)
        or _density(s)[2]
        or not _GRAMMAR.isdisjoint(s)
        or s.rstrip().endswith((":", "："))
    )


def _groups(text: str, b: _Builder) -> list[tuple[bool, int, int, str]]:
    """The article's items as (is a section head, first item, end item, text) groups: a
    paragraph is a piece with the glued pieces after it."""
    out: list[tuple[bool, int, int, str]] = []
    for i, it in enumerate(b.items):
        piece = text[it.start : it.end]
        if it.kind == "glued" and out and not out[-1][0]:
            head, first, _, joined = out[-1]
            out[-1] = (head, first, i + 1, joined + "\n" + piece)
        else:
            out.append((it.kind == "head", i, i + 1, piece))
    return out


def _drop_items(b: _Builder, first: int, end: int, others: list[Unit]) -> bool:
    """Move the items ``first:end`` out of the article, with the units that hold them, to
    the page's other text; nothing when a unit holds other items too or is no body or
    heading line read as text (a byline's line, a dateline's)."""
    lo, hi = b.items[first].start, b.items[end - 1].end
    inside = [u for u in b.units if u.start < hi and u.end > lo]
    heads = {id(u) for u in b.section_heads}
    if not inside or any(
        (u.kind not in ("body", "heading") and id(u) not in heads) or u.start < lo or u.end > hi
        for u in inside
    ):
        return False
    del b.items[first:end]
    gone = {id(u) for u in inside}
    b.units = [u for u in b.units if id(u) not in gone]
    b.section_heads = [u for u in b.section_heads if id(u) not in gone]
    for u in inside:
        u.kind = "text"
        others.append(u)
    return True


def _header_above(b: _Builder, pos: int) -> bool:
    """Whether the article's credit or meta line stands above ``pos``: a web page's header
    (title, credit, time of posting) ends there, so a heading between it and the first
    sentence is the page's label; a text printed with no header above may open with a
    section head."""
    return any(u.kind in ("byline", "source", "staff") and u.end <= pos for u in b.units)


def _density_trim(text: str, b: _Builder, others: list[Unit]) -> None:
    """Drop from a web copy's article, by text density, what the page set round its text:
    the lines before its first sentence when none of them reads as prose (no clause mark,
    no grammatical character: a label, a link's title, markup residue; headings alone only
    under the page's header, and nothing when the text opens with a section head or the
    article carries the printed page's source line), and the lines after its last paragraph
    of prose when none of them reads as prose (a footer's fields, a credit run into markup),
    but not one lone line that ends the copy: a copy cut at a length limit ends inside its
    text, and its last line may be a sentence's start or a section's head."""
    groups = _groups(text, b)
    dense = [not head and _dense(t) for head, _, _, t in groups]
    if not any(dense):
        return
    last = max(i for i, d in enumerate(dense) if d)
    cut = len(groups)
    while cut - 1 > last and _site_tail(groups[cut - 1][3]):
        cut -= 1
    cut_site = cut < len(groups) and _drop_items(b, groups[cut][1], groups[-1][2], others)
    if cut_site:
        groups = groups[:cut]  # (the site's own lines closing the page, even the last one)
    tail = groups[last + 1 :]
    lone = len(tail) == 1 and "\n" not in tail[0][3].strip()
    at_end = bool(tail) and b.items[tail[-1][2] - 1].end >= len(text.rstrip())
    if (
        tail
        and not (lone and at_end)
        and not (cut_site and lone and _noted(tail[0][3]))
        and all(_density(t)[1] == 0 and not _GRAMMAR.intersection(t) for *_, t in tail)
        and not any("、" in t for *_, t in tail)  # (a list of names, 记者A、B、C: the text's)
    ):
        _drop_items(b, tail[0][1], tail[-1][2], others)
    if b.source is not None:
        return  # (the printed page's own source line: its lines are the paper's, no site's)
    k = 0
    while k < len(groups) and not _opens_text(groups[k][3]):
        k += 1
    lead = groups[:k]
    if (
        0 < k < len(groups)
        and not groups[k][0]  # (a text opening with a section head is left as it is)
        and (_header_above(b, b.items[0].start) or not all(head for head, *_ in lead))
        and not any(_density(t)[1] for *_, t in lead)
    ):
        _drop_items(b, 0, groups[k][1], others)


# --- paragraphs ------------------------------------------------------------------------------


#: Fewer Han characters than this beside Latin letters: a line of the site, not of the
#: paper (不支持Flash, 爱问(iAsk.com), Sorry, your browser doesn't support Java).
_SITE_TAIL_HAN = 4
_LATIN_RE = _rx.compile(r"[A-Za-z]")


def _site_tail(s: str) -> bool:
    """A line a web page sets after the text that no paper prints: a notice of the browser
    or its plug-in (Latin words with at most a few Han characters), the page's share
    control (分享到微信朋友圈) or the site's copyright line (版權為X所有). Such a line ends
    no copy cut at a length limit: it is the page's, whatever stands last."""
    s = s.strip()
    if s.startswith(("分享到", "分享至")) and len(s) <= _SHARE_MAX:
        return True
    if copyright_line(s):
        return True
    return _LATIN_RE.search(s) is not None and len(HAN_RE.findall(s)) < _SITE_TAIL_HAN


def _noted(s: str) -> bool:
    """A paper's note in round brackets closing its text ((详细报道见12日《X报》))."""
    s = s.strip()
    return s[:1] in "(（" and s[-1:] in ")）" and HAN_RE.search(s) is not None


#: The longest share control read (分享到微信朋友圈 QQ空间 微博).
_SHARE_MAX = 24


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
    groups: list[list[tuple[int, int, bool]]] = [[]]
    for kind, s, e in b.items:
        if kind == "head":
            groups.append([])
        else:
            groups[-1].append((s, e, kind == "glued"))
    # How many pieces open with each three-character sequence.
    openers = Counter(text[s : s + 3] for g in groups for s, _, glued in g if not glued)
    # (but a stop after a credit closes the credit's line: 本报记者袁虹摄影报道。)
    opens = {s for kind, s, _ in b.items if kind == "opens" and text[s] not in _CONT_START}
    paras: list[list[tuple[int, int]]] = []
    joins: list[Join] = []
    for g in groups:
        for idx, (s, e, glued) in enumerate(g):
            if (
                idx > 0
                and s not in opens
                and (glued or _continues(text, paras[-1][-1], (s, e), openers, heading_text))
            ):
                ps, pe = paras[-1][-1]
                before = _han_run(text, max(ps, pe - 3), pe, _HAN_TAIL_RE, tail=True)
                after = _han_run(text, s, min(e, s + 2), _HAN_HEAD_RE)
                joins.append(
                    _join(
                        before if before is not None else text[pe - 1 : pe],
                        after if after is not None else text[s : s + 1],
                        # A paragraph going on at the top of the next column has no
                        # gap in page order: an empty span where it goes on.
                        Span.of(text, pe, s) if pe <= s else Span.of(text, s, s),
                    )
                )
                paras[-1].append((s, e))
                continue
            paras.append([(s, e)])
    relinks, order, used = _relink(text, paras)
    result = [
        _paragraph(tuple([Span.of(text, s, e) for s, e in p]))
        for i, p in enumerate(order)
        if i not in used
    ]
    return result, joins, relinks


# A hard-wrapped page has a join at nearly every line end and a paragraph every few lines:
# both are built through their slots, which is all their generated __init__ does (the check
# fails at import if either ever does more); tests/test_segment.py checks both constructors
# build equal values.
_set_join_before, _set_join_after, _set_join_gap = slot_setters(Join)
_set_para_text, _set_para_spans = slot_setters(Paragraph)


def _join(before: str, after: str, gap: Span) -> Join:
    """``Join(before=before, after=after, gap=gap)``, through the slots."""
    out: Join = _new_object(Join)
    _set_join_before(out, before)
    _set_join_after(out, after)
    _set_join_gap(out, gap)
    return out


def _paragraph(spans: tuple[Span, ...]) -> Paragraph:
    """``Paragraph(text=<the spans' texts joined>, spans=spans)``, through the slots."""
    out: Paragraph = _new_object(Paragraph)
    _set_para_text(out, "".join([sp.text for sp in spans]))
    _set_para_spans(out, spans)
    return out


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
    head = _han_run(text, s, s + 3, _HAN3_RE) if e - s >= 3 else None
    if head is None:
        return True
    # A named subject that opens another paragraph or appears in the headings starts one.
    return not (openers[head] > 1 or head in heading_text)


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


def _page_span(text: str, p: Paragraph, starts: list[int], span: Span) -> Span | None:
    """A span of paragraph ``p``'s text as a span of the page (``None`` when it runs over
    a cut: then it is not one printed range)."""
    s = _to_page(p.spans, starts, span.start, end=False)
    e = _to_page(p.spans, starts, span.end, end=True)
    return Span.of(text, s, e) if 0 <= s <= e <= len(text) else None


def _starts(p: Paragraph) -> list[int]:
    """The paragraph offset where each of its pieces starts."""
    out, at = [], 0
    for sp in p.spans:
        out.append(at)
        at += len(sp)
    return out


# Moving a number mention to page coordinates copies it with a new span and text (what
# ``attrs.evolve`` does). Mentions are moved by the hundred per page, and the keyword
# binding of the generated __init__ is most of what that costs: _moved stores the fields
# through their slots, which is all that __init__ does. The check below fails at import if
# the class ever does more (a validator, a converter, a hook, a field not in __init__), as
# numerals' own _mention does; tests/test_segment.py checks both build equal mentions.
_MENTION_SETTERS: Final = MappingProxyType(
    dict(
        zip(
            (f.name for f in attrs.fields(NumberMention)),
            slot_setters(NumberMention),
            strict=True,
        )
    )
)
_KEPT_NAMES: Final = tuple(
    f.name for f in attrs.fields(NumberMention) if f.name not in ("span", "text")
)
_kept_values = operator.attrgetter(*_KEPT_NAMES)
_KEPT_SETTERS: Final = tuple(_MENTION_SETTERS[name] for name in _KEPT_NAMES)
_set_mention_span = _MENTION_SETTERS["span"]
_set_mention_text = _MENTION_SETTERS["text"]
_new_object = object.__new__


def _moved(m: NumberMention, span: Span) -> NumberMention:
    """``attrs.evolve(m, span=span, text=span.text)``, through the slots."""
    out: NumberMention = _new_object(NumberMention)
    _set_mention_span(out, span)
    _set_mention_text(out, span.text)
    for setter, value in zip(_KEPT_SETTERS, _kept_values(m), strict=True):
        setter(out, value)
    return out


def _numbers(text: str, paras: list[Paragraph]) -> tuple[NumberMention, ...]:
    out: list[NumberMention] = []
    n = len(text)
    for p in paras:
        if len(p.spans) == 1:
            # One piece (most paragraphs): paragraph offset i is page offset base + i.
            base = p.spans[0].start
            for m in find_numbers(p.text):
                s, e = base + m.span.start, base + m.span.end
                if 0 <= s <= e <= n:
                    out.append(_moved(m, Span.of(text, s, e)))
            continue
        starts = _starts(p)
        for m in find_numbers(p.text):
            span = _page_span(text, p, starts, m.span)
            if span is not None:
                out.append(_moved(m, span))
    return tuple(out)


def _dates(
    text: str, spans: Sequence[Span], reference: datetime.date | None
) -> tuple[ResolvedDate, ...]:
    """Every date and time expression in the article's ranges (headings and dateline
    included), resolved against ``reference``."""
    return tuple(
        d for sp in spans for d in find_article_dates(text, reference, start=sp.start, end=sp.end)
    )


def _to_page(spans: tuple[Span, ...], starts: list[int], i: int, *, end: bool) -> int:
    """Page offset of paragraph offset ``i`` (an end offset stays in the piece before)."""
    k = bisect.bisect_left(starts, i) - 1 if end else bisect.bisect_right(starts, i) - 1
    k = max(k, 0)
    return spans[k].start + (i - starts[k])


def _title_parts(
    text: str, b: _Builder
) -> tuple[HeadingLines | None, HeadingLines | None, HeadingLines | None]:
    """(headline, subtitle, column) of a title group read above a source line.

    Lines from one starting with a dash on are the subtitle; a bracket closing the title
    (``…取得新成效（“十四五”的发展镜头）``, possibly wrapped inside) holds its column.
    """
    units = b.headline
    dash = next((i for i, u in enumerate(units) if i > 0 and text[u.start] in "—-―"), None)
    main, sub = (units, []) if dash is None else (units[:dash], units[dash:])
    spans = _heading_spans(text, main)
    joined = "".join(sp.text for sp in spans)
    if len(joined) > 2 and joined[0] == "【" and joined[-1] == "】":
        # 【全国人大会议今天9时开幕】: a title set in brackets on a mobile page.
        spans = _slice_spans(text, spans, 1, len(joined) - 1)
        joined = joined[1:-1]
    label = _LEAD_LABEL_RE.match(joined)
    if label is not None:
        # 【決戰完勝 走向小康】趙家窪: a column's name in brackets before the title.
        col_spans = _slice_spans(text, spans, 1, label.end("inner"))
        spans = _slice_spans(text, spans, label.end(), len(joined))
        subtitle = _heading_lines(text, sub) if sub else None
        return _lines_heading(text, spans), subtitle, _lines_heading(text, col_spans)
    bullet = len(joined) - len(joined.lstrip("·•").lstrip(" "))
    if 0 < bullet < len(joined) and joined[0] in "·•":
        # · 李强主持召开国务院常务会议: a title in a list of links; the bullet marks the list.
        spans = _slice_spans(text, spans, bullet, len(joined))
        joined = joined[bullet:]
    barred = _bar_cut(joined)
    if barred is not None:
        # 韓國大選|國民力量金文洙首爾拉票: a topic's label before a bar is the column;
        # …操碎了心丨关注, …｜Yahoo: a tag after a bar is the site's or account's, no title.
        (head_at, head_end), col_at = barred
        subtitle = _heading_lines(text, sub) if sub else None
        column = _lines_heading(text, _slice_spans(text, spans, *col_at)) if col_at else None
        head = _lines_heading(text, _slice_spans(text, spans, head_at, head_end))
        return head, subtitle, column
    cut = _column_cut(joined)
    subtitle = _heading_lines(text, sub) if sub else None
    if cut is None:
        return _lines_heading(text, spans), subtitle, None
    head_spans = _slice_spans(text, spans, 0, cut[0])
    col_spans = _slice_spans(text, spans, cut[0] + 1, cut[1])
    if not head_spans or not col_spans:
        return _lines_heading(text, spans), subtitle, None
    return _lines_heading(text, head_spans), subtitle, _lines_heading(text, col_spans)


# A column's name in brackets opening a title line: 【決戰完勝 走向小康】趙家窪, or with a colon
# after it as a field's label: 【冰点】: “五合章”诞生记.
_LEAD_LABEL_RE = _rx.compile(r"【(?P<inner>[^【】\n]{2,12}+)】[ ]*+(?:[:：][ ]*+)?+(?=[^ ])")
_COLUMN_TAIL_RE = _rx.compile(r"[（(](?P<inner>[^（）()]{2,40}+)[）)][ ]*+\Z")


# A topic's label and a bar opening a title (韓國大選|…, 記者觀察|…), a bar and a tag closing
# one (…｜Yahoo, …丨关注).
_BAR_LABEL_RE = _rx.compile(r"(?P<label>[^|｜丨 ,，:：。]{2,6}+)[ ]*+[|｜丨][ ]*+")
_BAR_TAG_RE = _rx.compile(r"[ ]*+[|｜丨][ ]*+(?P<tag>[^|｜丨 ]{1,12}+)[ ]*+\Z")
# A tag in Chinese is the title's column (…| 季度观); a site's name in Latin letters is not.
_HAN_TAG_RE = _rx.compile(r"\p{Han}{2,8}+")


def _bar_cut(joined: str) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """Offsets in ``joined`` of the title and of its column when a bar parts the title
    from a topic's label before it or from a tag after it (the title is the longer part),
    else ``None``. A tag in Chinese (``| 季度观``, ``丨关注``) is the column; a site's name
    in Latin letters (``｜Yahoo``) is dropped."""
    m = _BAR_LABEL_RE.match(joined)
    if m is not None and len(joined) - m.end() > len(m.group("label")):
        return (m.end(), len(joined)), (m.start("label"), m.end("label"))
    t = _BAR_TAG_RE.search(joined)
    if t is not None and t.start() > len(t.group("tag")):
        han = _HAN_TAG_RE.fullmatch(t.group("tag")) is not None
        return (0, t.start()), (t.start("tag"), t.end("tag")) if han else None
    return None


def _column_cut(joined: str) -> tuple[int, int] | None:
    """Offsets in ``joined`` of a trailing bracket's opening and closing marks."""
    m = _COLUMN_TAIL_RE.search(joined)
    if m is None or m.start() == 0:
        return None
    return m.start(), m.end("inner")


def _slice_spans(text: str, spans: list[Span], a: int, b: int) -> list[Span]:
    """The parts of ``spans`` (joined with nothing) from joined offset ``a`` to ``b``."""
    out: list[Span] = []
    at = 0
    for sp in spans:
        lo, hi = max(a, at), min(b, at + len(sp))
        if lo < hi:
            out.append(Span.of(text, sp.start + lo - at, sp.start + hi - at))
        at += len(sp)
    return out


def _lines_heading(text: str, spans: list[Span]) -> HeadingLines:
    """Heading lines; the span runs from the first line to the last when they stand in
    page order, else (a heading read across a column break) it is the first line's."""
    in_order = all(a.end <= b.start for a, b in itertools.pairwise(spans))
    return HeadingLines(
        span=Span.of(text, spans[0].start, spans[-1].end) if in_order else spans[0],
        text="".join(sp.text for sp in spans),
        lines=tuple(spans),
    )


def _placed(
    text: str, article: Article, spans: tuple[Span, ...], reference: datetime.date | None
) -> Article:
    """The article with the page ranges it owns and the dates in them (resolved against
    its dateline's date, else the issue date, else the date it was printed or posted on:
    see :func:`_own_date`)."""
    if article.dateline is not None and article.dateline.date is not None:
        reference = article.dateline.date
    if reference is None:
        reference = _own_date(text, article, spans)
    return attrs.evolve(article, spans=spans, dates=_dates(text, spans, reference))


#: A line giving the day an article was printed or posted is a short one.
_OWN_DATE_LINE_MAX = 60


def _own_date(text: str, article: Article, spans: tuple[Span, ...]) -> datetime.date | None:
    """The day a page without an issue date says the article was printed or posted: its
    source line's date, else a full date on a short line between its headings and its first
    paragraph, where a web copy prints its time of posting (``(2006-12-28 19:29:24)``,
    ``发布时间：2024-03-05``) and an e-paper its issue (``2019-10-12``). Either is the day the
    article's 昨日 and 今年 count from, as the issue date is on a printed page.

    Only the article's ranges before its first paragraph are read for it (a full date needs
    no reference), so the article's dates are found once, with the reference found here."""
    if article.source is not None and article.source.date is not None:
        return article.source.date
    if not article.paragraphs:
        return None
    first = article.paragraphs[0].spans[0].start
    head = [Span.of(text, sp.start, min(sp.end, first)) for sp in spans if sp.start < first]
    for d in _dates(text, head, None):
        line_start = text.rfind("\n", 0, d.span.start) + 1
        line_end = text.find("\n", d.span.end)
        short = (len(text) if line_end < 0 else line_end) - line_start <= _OWN_DATE_LINE_MAX
        if d.kind == "absolute" and d.granularity == "day" and d.value is not None and short:
            try:
                return datetime.date.fromisoformat(d.value[:10])
            except ValueError:
                return None
    return None


def _column(text: str, units: list[Unit]) -> HeadingLines | None:
    """The column label; a label set in 【】 without its brackets."""
    if not units:
        return None
    if len(units) == 1 and _bracketed(text, units[0]) and units[0].end - units[0].start > 2:
        u = units[0]
        return _lines_heading(text, [Span.of(text, u.start + 1, u.end - 1)])
    return _heading_lines(text, units)


def _build(text: str, b: _Builder) -> Article:
    def hl(us: list[Unit]) -> HeadingLines | None:
        return _heading_lines(text, us) if us else None

    if b.headline and b.headline[0].title:
        headline, subtitle, column = _title_parts(text, b)
        column = _column(text, b.column) or column
        kicker = hl(b.kicker)
    else:
        kicker, subtitle, column = hl(b.kicker), hl(b.subtitle), _column(text, b.column)
        headline, bracket = _title_parts(text, b)[::2] if b.headline else (None, None)
        column = column or bracket
    heading_text = "".join(h.text for h in (kicker, headline, subtitle) if h is not None)
    if not b.has_body() and b.captions:
        # Photo news: the picture's caption is all the text the item has, so it is the body.
        b.items.extend(b.captions)
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
            SectionHead(
                span=Span.of(text, u.start, u.end),
                text="".join(text[s:e] for s, e in u.pieces),
            )
            for u in b.section_heads
        ),
        paragraphs=tuple(paras),
        joins=tuple(joins),
        relinks=tuple(relinks),
        numbers=_numbers(text, paras),
        spans=(),
        source=b.source,
    )


def _gap_above(text: str, pos: int) -> bool:
    """Whether the line above the one holding ``pos`` is blank (white space only)."""
    top = text.rfind("\n", 0, pos)
    if top < 0:
        return False
    return not text[text.rfind("\n", 0, top) + 1 : top].strip()


def _title_tail(
    text: str,
    u: Unit,
    credit: Unit,
    ps: Sequence[tuple[int, int]] | None = None,
    gap: bool | None = None,
) -> int | None:
    """The index of the first of ``u``'s last one or two lines (or of the lines ``ps``
    ending with ``u``'s) that are a title set apart over ``credit`` (see
    :func:`_titles_over_credits`), or ``None``. ``gap`` tells whether a blank line stands
    over the unit, on a page read in columns, whose text lines are not its reading lines
    (the unit is then taken whole or not at all)."""
    if credit.line != u.last_line + 1 or len(u.pieces) > 40:
        return None
    ps = u.pieces if ps is None else ps
    for n in (1, 2):
        k = len(ps) - n
        if k < 0 or (gap is not None and k > 0):
            continue
        if k > 0 and text.count("\n", ps[k - 1][1], ps[k][0]) < 2:
            continue  # (no blank line over these lines)
        if k == 0 and not (_gap_above(text, ps[0][0]) if gap is None else gap):
            return None
        lines = [text[a:b].strip() for a, b in ps[k:]]
        widths = [len(t) - t.count(" ") for t in lines]
        if any(
            not t or w > _MAX_TITLE_LEN or t[-1] in _NOT_TITLE_END or "。" in t
            for t, w in zip(lines, widths, strict=True)
        ):
            return None
        if n == 2 and not widths[1] <= widths[0] <= widths[1] + 2:
            return None  # (a title wraps into even lines, the last no longer)
        return k
    return None


def _titles_over_credits(text: str, units: list[Unit], *, columns: bool) -> list[Unit]:
    """``units`` with the last one or two lines of a text unit taken as a heading of their
    own where they are a title over the credit that opens its article.

    On a page whose blank lines are its gaps (``pdftotext`` of a printed page), a title is
    set apart from the text above it by a gap and its byline or dateline is printed right
    under it. A line after a gap, short of a title's length, ending in no stop (a
    paragraph ends with one), right over a line that opens with a byline or a dateline,
    is such a title, even when the reflow read it on as the paragraph above it. (On a
    ``-layout`` page read column by column, ``columns``, the lines are the reading's.)"""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if (
            prev is None
            or prev.kind != "body"
            or u.kind not in ("byline", "dateline")
            or u.start != u.pieces[0][0]
            or (not columns and text[text.rfind("\n", 0, u.start) + 1 : u.start].strip())
        ):
            out.append(u)
            continue
        two = out[-2] if len(out) > 1 else None
        three = out[-3] if len(out) > 2 else None
        if (
            two is not None
            and two.kind in ("heading", "body")
            and len(two.pieces) == len(prev.pieces) == 1
            and two.line + 1 == prev.line
            and _title_tail(
                text,
                prev,
                u,
                [*two.pieces, *prev.pieces],
                (three is None or three.last_line + 1 < two.line) if columns else None,
            )
            == 0
        ):
            # (a title wrapped on two lines, read as two units: one title)
            out[-2:] = [
                attrs.evolve(
                    two,
                    end=prev.end,
                    pieces=[*two.pieces, *prev.pieces],
                    last_line=prev.last_line,
                    kind="heading",
                    body_end=prev.end,
                )
            ]
        elif (
            k := _title_tail(
                text,
                prev,
                u,
                gap=(two is None or two.last_line + 1 < prev.line) if columns else None,
            )
        ) is not None:
            tail = prev.pieces[k:]
            head = attrs.evolve(
                prev,
                start=tail[0][0],
                end=tail[-1][1],
                line=u.line - len(tail),
                pieces=list(tail),
                kind="heading",
                body_start=tail[0][0],
                body_end=tail[-1][1],
                measure=False,
                full=False,
                full_end=False,
                wide=False,
            )
            if k == 0:
                out[-1] = head
            else:
                end = prev.pieces[k - 1][1]
                out[-1] = attrs.evolve(
                    prev,
                    end=end,
                    pieces=list(prev.pieces[:k]),
                    last_line=head.line - 2,
                    body_end=min(prev.body_end, end),
                )
                out.append(head)
        out.append(u)
    return out


def _owned_spans(
    text: str, units: list[Unit], holes: Sequence[tuple[int, int]]
) -> dict[int, list[Span]]:
    """Merge each owner's units into maximal ranges not interrupted by another owner."""
    pieces = ((ps, pe, u.owner) for u in units for ps, pe in u.pieces)
    masthead = sorted((s, e, OWNER_MASTHEAD) for s, e in holes)
    marks: Iterable[tuple[int, int, int]]
    if _in_order((ps, pe, u.owner) for u in units for ps, pe in u.pieces):
        # Units in page order (most pages): merged with the holes as they come, no list of
        # every piece (a page of 1 M short lines).
        marks = heapq.merge(pieces, masthead)
    else:
        marks = sorted([*pieces, *masthead])
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


def _in_order(marks: Iterable[tuple[int, int, int]]) -> bool:
    prev = None
    for mark in marks:
        if prev is not None and mark < prev:
            return False
        prev = mark
    return True


_OTHER_ROLES = frozenset({"staff", "heading", "text", "invisible", "footer", "nav", "source"})


def _segment(
    page: Page,
    holes: Sequence[tuple[int, int]],
    reference: datetime.date | None,
    roles: Sequence[tuple[int, int, str]] = (),
) -> tuple[tuple[Article, ...], tuple[OtherBlock, ...]]:
    text = page.original
    units = _captions(make_units(page, holes, reference, roles))
    if page.shape != "paragraph-per-line" and not roles:
        units = _titles_over_credits(text, units, columns=page.shape == "layout-columns")
    builders, others = _assemble(
        text,
        [u for u in units if u.kind != "invisible"],
        separate_blocks=page.shape == "paragraph-per-line",
        typed=bool(roles),
        columns=page.shape == "layout-columns",
    )
    for idx, b in enumerate(builders):
        for u in b.units:
            u.owner = idx
    for u in others:
        u.owner = OWNER_OTHER
    # Invisible-only lines belong to the part before them (or after, at the top of a page).
    owner = next((u.owner for u in units if u.kind != "invisible"), OWNER_OTHER)
    for u in units:
        if u.kind == "invisible":
            u.owner = owner
        else:
            owner = u.owner
    if any(u.owner == OWNER_OTHER and u.kind == "invisible" for u in units):
        others.extend(u for u in units if u.owner == OWNER_OTHER and u.kind == "invisible")
        others.sort(key=lambda u: u.start)
    owned = _owned_spans(text, units, holes)
    del units  # from here on each unit is let go once read (a page of 1 M short lines)
    articles = tuple(
        _placed(text, _build(text, b), tuple(owned.get(idx, ())), reference)
        for idx, b in enumerate(builders)
    )
    del builders
    others.reverse()
    other: list[OtherBlock] = []
    while others:
        u = others.pop()
        credited = _other_people(text, u)
        other.extend(
            OtherBlock(
                role=_other_role(u.kind),
                span=span,
                text=span.text,
                people=tuple(p for p in credited if span.start <= p.span.start < span.end),
            )
            for span in _other_spans(text, u)
        )
    return articles, tuple(other)


def _other_people(text: str, u: Unit) -> tuple[Person, ...]:
    """The people a block set aside from the articles credits (:attr:`OtherBlock.people`).

    A caption or a lone photo credit names who took the picture, and a credit with no
    article under it who wrote: a reader of the page finds them there, article or not. A
    staff line names the page's editors; so does a web page's meta line (``来源:新华社
    责任编辑:周冬``), whose names must look like names (a menu word may follow a label).
    """
    if u.credit is not None:
        return u.credit.people
    if u.byline is not None or u.dateline is not None:
        found = list(u.byline.people) if u.byline is not None else []
        found.extend(u.dateline.people if u.dateline is not None else ())
        return tuple(found)
    if u.kind in ("staff", "nav"):
        labelled = u.kind == "staff"
        # (line by line: on a page read across columns other columns stand between pieces)
        return tuple(
            p for ps, pe in u.pieces for p in find_staff(text, ps, pe, labelled_line=labelled)
        )
    return ()


def _other_spans(text: str, u: Unit) -> list[Span]:
    """The unit's pieces as spans, pieces with only white space between them as one (on a
    page read across columns, other columns' text stands between a row's pieces)."""
    runs: list[list[int]] = []  # (start, end) of each span; cut once (a unit may hold
    for ps, pe in u.pieces:  # thousands of pieces: a span cut again at each was quadratic)
        if runs and runs[-1][1] <= ps and text[runs[-1][1] : ps].isspace():
            runs[-1][1] = pe
        else:
            runs.append([ps, pe])
    return [Span.of(text, s, e) for s, e in runs]


def _other_role(kind: str) -> str:
    if kind in _OTHER_ROLES:
        return kind
    if kind == "stray":
        return "name"
    if kind in ("byline", "dateline", "endcredit", "note", "signature"):
        return "credit"
    return "caption"


def _without_typed_heads(
    text: str, masthead: Masthead, roles: Sequence[tuple[int, int, str]]
) -> Masthead:
    """``masthead`` without the slogans at its end that type sets as a headline group's
    lines (kicker, headline, subtitle): type tells the running head over a page (its lines
    in the running head's type) from the headline of the page's first article under it,
    whatever words that headline opens with (热线…, read as a phone label)."""
    if not roles or not masthead.spans or not masthead.slogans:
        return masthead
    typed = {(s, e) for s, e, role in roles if role in ("kicker", "headline", "subtitle")}
    slogans = list(masthead.slogans)
    last = masthead.spans[-1]
    end = last.end
    while slogans and (slogans[-1].span.start, slogans[-1].span.end) in typed:
        if text[slogans[-1].span.end : end].strip():
            break  # (not the masthead's last line)
        end = slogans.pop().span.start
    if end == last.end:
        return masthead
    while end > last.start and text[end - 1].isspace():
        end -= 1
    spans = masthead.spans[:-1]
    if end > last.start:
        spans += (Span.of(text, last.start, end),)
    return attrs.evolve(masthead, slogans=tuple(slogans), spans=spans)


def _holes(masthead: Masthead) -> list[tuple[int, int]]:
    return sorted((sp.start, sp.end) for sp in masthead.spans)


def _reference(masthead: Masthead) -> datetime.date | None:
    return masthead.date.value if masthead.date is not None else None


def segment_articles(text: str) -> tuple[Article, ...]:
    """The articles of a page (the masthead set aside), in printed order.

    Never raises. Same as ``parse_issue(text).articles``.
    """
    return parse_issue(text).articles


def parse_issue(text: str, *, line_roles: Iterable[tuple[int, int, str]] = ()) -> Issue:
    """Parse a page: masthead, articles and other blocks, covering every character once.

    ``line_roles`` is evidence from type where the text came with it (a PDF:
    :mod:`paper_parser.pdf`): ``(start, end, role)`` of printed lines, role one of
    ``"headline"``, ``"kicker"``, ``"subtitle"``, ``"heading"`` (a section head) or
    ``"body"``. A kicker/headline/subtitle group then starts an article whatever follows
    it, and a short body line is never taken for a heading; without it the text decides.

    The page is read once (:func:`paper_parser.text.build_page`: normalised, split into
    lines, its shape told from line widths); the masthead comes from
    :func:`paper_parser.masthead.parse_masthead` on that page, and its date resolves the
    month/day of datelines. Never raises: should an internal error ever occur, the
    non-masthead text is returned as :class:`OtherBlock` s (role ``"text"``) so that nothing
    is lost, and ``Issue.warnings`` says so.

    Wide and no-break spaces (the ideographic space of a web copy's indent, U+00A0) are read
    as spaces and the other line breaks (a lone ``\\r``, U+2028 …) as line feeds
    (:func:`paper_parser.text.fold_spaces`, :func:`paper_parser.text.fold_breaks`); every
    span is cut from ``text``. Radicals and compatibility ideographs that a PDF's fonts put
    for common characters (``⼈民⽇报``) are read as the ideographs they stand for
    (:func:`paper_parser.text.fold_forms`): the spans keep them as given, the ``text`` and
    values read from them hold the unified ideographs (人民日报).
    """
    roles = tuple(line_roles)
    forms = fold_forms(text)
    # (readings a converter put after characters: taken out only when no line roles, whose
    # offsets are the text's, came with it; a PDF's text carries none)
    read, positions = fold_readings(forms) if not roles else (forms, None)
    view = fold_blank_runs(fold_breaks(fold_spaces(read)))
    # Tabs put for runs of spaces (unexpand, an editor) are read as the spaces they stand
    # for: a -layout page's columns, a byline's gaps between names line up again.
    expanded = None if roles else expand_tabs(view)
    if expanded is None:
        issue = _parse_issue(view, roles)
    else:
        copy, at = expanded
        issue = respan(_parse_issue(copy, roles), view, positions=at)
    if view is not read:
        issue = respan(issue, read)
    if positions is not None:  # the readings back in every span and in the texts cut
        issue = respan(issue, forms, positions=positions)
    if forms is not text:  # spans cut from the text as given; the texts keep 人 for ⼈
        issue = respan(issue, text, texts=False)
    return issue


def _parse_issue(text: str, line_roles: Iterable[tuple[int, int, str]]) -> Issue:
    page = build_page(text)
    roles = sorted(line_roles)
    masthead = _without_typed_heads(text, _without_source_lines(text, parse_masthead(page)), roles)
    holes = _holes(masthead)
    warnings = _garbled(text)
    try:
        articles, other = _segment(page, holes, _reference(masthead), roles)
    except Exception as exc:  # pragma: no cover - a safety net; fuzz tests call _segment
        articles, other = (), _fallback(text, holes)
        warnings += (f"segmentation-failed: {type(exc).__name__}: {exc}"[:200],)
    return Issue(
        masthead=masthead,
        articles=articles,
        other=other,
        shape=_shape(page, other),
        warnings=warnings,
    )


#: The code that opens :attr:`Issue.warnings`' line on garbled text (:func:`_garbled`).
GARBLED_TEXT = "garbled-text"

# Characters a PDF's fonts leave unmapped in the text taken from them: private use (the
# font's own numbering) and the replacement character.
_GARBLED_RE = _rx.compile(r"[\p{Co}\uFFFD]++")


def _garbled(text: str) -> tuple[str, ...]:
    """A warning when the text holds characters with no meaning of their own.

    >>> _garbled("全市\ue000\ue001所学校")[0][:58]
    'garbled-text: 2 characters of the private-use area or U+FF'
    >>> _garbled("全市所学校")
    ()
    """
    count = first = 0
    for n, m in enumerate(_GARBLED_RE.finditer(text)):
        if not n:
            first = m.start()
        count += m.end() - m.start()
    if not count:
        return ()
    return (
        f"{GARBLED_TEXT}: {count} characters of the private-use area or U+FFFD, as a PDF font "
        f"without a Unicode map leaves them (first at {first}): that text is garbled",
    )


# A source line after a byline on the same line: 作者:X 《光明日报》( 2012年10月27日 06版).
_SOURCE_AFTER_CREDIT_RE = _rx.compile(r"《[^《》\n]{2,16}+》[ ]*+[(（][ ]*+[0-9０-９]{4}")


def _first_source_line(text: str) -> int:
    """Where the page's first source line starts (``len(text)`` when it has none).

    Only lines holding 版, 来源 or 來源 within their first 60 characters and at most 40
    characters before their end are read (the lines of the hint ``^.{0,60}?(?:版|来源|來源)
    .{0,40}$``), found from the words themselves rather than by trying every line.
    """
    tried = -1
    for w in _SOURCE_WORD_RE.finditer(text):
        start = text.rfind("\n", 0, w.start()) + 1
        if start == tried:
            continue  # a line with two of the words
        tried = start
        end = text.find("\n", w.end())
        end = len(text) if end < 0 else end
        if _source_hint(text, start, end) and find_source_line(text, start, end) is not None:
            return start
    return len(text)


_SOURCE_WORD_RE = _rx.std_compile("版|来源|來源")


def _source_hint(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` has one of the words starting within its first
    60 characters and ending at most 40 before its end."""
    for w in ("版", "来源", "來源"):
        if text.find(w, max(start, end - 40 - len(w)), min(end, start + 60 + len(w))) >= 0:
            return True
    return False


# A web page's meta line naming where the copy came from (``2021-08-01 10:51 來源: 新華社``)
# or who wrote it (``• 2011年01月01日 作者:``): the article's meta line on a web page, under
# its title. A masthead prints the paper's date, never an author's field or a click count
# after it.
_WEB_SOURCE_RE = _rx.compile(
    r"[0-9]{4}[-/年][0-9]{1,2}[-/月][0-9]{1,2}[^\n]{0,24}?"
    r"(?:来源|來源|稿源|作者|点击|點擊|浏览|瀏覽)[ ]*+[:：]"
)
# A line opening with the source's field (来源:中青在线-中国青年报): a web article names where
# it came from so; a masthead names the paper itself, never with a label.
_SOURCE_FIELD_RE = _rx.compile(r"[ ]*+(?:来源|來源|稿源)[ ]*+[:：]")
# A line of two or more empty or filled form fields (``作者: 来源:柚都平和 时间:2022-05-30``):
# an article's meta line, whatever it opens with (a masthead labels none of its parts).
_WEB_FIELDS_RE = _rx.compile(
    r"(?:作者|来源|來源|稿源|时间|時間|日期|编辑|編輯|点击|點擊)[ ]*+[:：][^\n]{0,40}?"
    r"(?:作者|来源|來源|稿源|时间|時間|日期|编辑|編輯|点击|點擊|字号|字號)[ ]*+(?:数|數)?+[:：]"
)


def _without_source_lines(text: str, masthead: Masthead) -> Masthead:
    """The masthead without the blocks that hold an article's source line or stand after
    the first one (a page of articles with source lines prints its masthead, if any, at
    the top; further down the masthead reader is misled by article text).

    A line such as ``《人民日报》（2025年10月20日 第 06 版）`` names paper and date, so the
    masthead reader may take it (and the lines around it) for a masthead block; it belongs
    to its article, and so does a web page's meta line (``2021-08-01 10:51 來源: 新華社``)
    with the page's title over it. Its facts stay on the masthead (they are the page's
    facts too); the block is given back to the articles.
    """
    first = _first_source_line(text)
    keep = [
        sp
        for sp in masthead.spans
        if sp.start < first
        and not any(
            find_source_line(text, sp.start + ln.span.start, sp.start + ln.span.end)
            or _SOURCE_AFTER_CREDIT_RE.search(ln.text)
            or _WEB_SOURCE_RE.search(ln.text)
            or _WEB_FIELDS_RE.search(ln.text)
            or _SOURCE_FIELD_RE.match(ln.text)
            for ln in lines(sp.text)
        )
    ]
    if len(keep) == len(masthead.spans):
        return masthead
    return attrs.evolve(masthead, spans=tuple(keep))


def _shape(page: Page, other: tuple[OtherBlock, ...]) -> str:
    """The page's shape: the text layer's, or ``"web-epaper"`` when navigators show."""
    if sum(1 for o in other if o.role == "nav") >= 2:
        return "web-epaper"
    return page.shape


def _fallback(text: str, holes: Sequence[tuple[int, int]]) -> tuple[OtherBlock, ...]:
    out: list[OtherBlock] = []
    for s, e in _subtract(0, len(text), holes, 0):
        if text[s:e].strip():
            out.append(OtherBlock(role="text", span=Span.of(text, s, e), text=text[s:e]))
    return tuple(out)
