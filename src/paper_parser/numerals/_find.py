"""Finding quantities in running text: :func:`find_numbers` and :func:`normalize_numbers`.

The finder works in three stages, each in its own module: ``_tokens`` finds the numeral
candidates of a page (and the word contexts, quotes and identifiers that hide them),
``_shapes`` reads what each candidate says on its own, and this module reads its neighbours:
the steps of :func:`_read_candidate`, one function each, in the order they run.

Private: the public surface is :mod:`paper_parser.numerals`.
"""

from __future__ import annotations

import heapq
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Any, NamedTuple

import attrs
import regex

from paper_parser import _rx, errors
from paper_parser._types import Span, slot_setters
from paper_parser.numerals import _vocab as data
from paper_parser.numerals._figures import doubtful
from paper_parser.numerals._read import _try_parse
from paper_parser.numerals._shapes import (
    _HAS_CN_DIGIT,
    NumberKind,
    _analyse,
    _render,
    _render_core,
    _render_plain,
    _Shape,
    _shape,
)
from paper_parser.numerals._tokens import (
    _BEFORE_DIGIT_PAIRS,
    _CORE,
    _DASH_CHARS,
    _SUSPECT_AFTER,
    _SUSPECT_BEFORE,
    _WORD_PAIRS,
    _candidates,
    _dash_score,
    _in_word_context,
    _is_identifier,
)
from paper_parser.text import Normalized

__all__ = ["IncompleteScanWarning", "NumberKind", "NumberMention"]


# find_numbers and normalize_numbers issue paper_parser.errors.IncompleteScanWarning when a
# scan window runs out of its timeout; it stays importable from here.
IncompleteScanWarning = errors.IncompleteScanWarning


@attrs.frozen(kw_only=True)
class NumberMention:
    """One quantity in running text.

    Attributes:
        span: The whole quantity expression as printed: approximation marker, numeral,
            measure word, trailing marker (``近49万个``, ``60岁以上``, ``第九十六场``).
        text: ``span.text``.
        value: The exact value with 万/亿 folded in (``4.8万余名`` is 48000). Percent and
            permille keep the number as printed (35 for ``35%`` and ``百分之三十五``); ranges
            and digit sequences have None.
        kind: See :data:`NumberKind`.
        approx: The approximation marker as printed (余, 多, 近, 超过, 以上, 上 ...) or None.
        unit: The measure word or unit as printed (名, 个, 元, 岁, 小时 ...) or None;
            ``万元`` folds into the value and leaves ``元``.
        low: The low end of a range (3 in ``3~11岁``, in ``三四个``), else None.
        high: The high end of a range, else None.
        colloquial: The numeral elides its last unit (三千五 is 3500, 两万三 is 23000).
        lunar: A part of a lunar date (辛丑年 ``十一月`` ``二十``); never rewritten.
        digits: For digit sequences, the digits as ASCII with their zeros (``〇〇三`` is
            ``"003"``), else None.
    """

    span: Span
    text: str
    value: Fraction | None
    kind: NumberKind
    approx: str | None = None
    unit: str | None = None
    low: Fraction | None = None
    high: Fraction | None = None
    colloquial: bool = False
    lunar: bool = False
    digits: str | None = None


# find_numbers builds a NumberMention for every quantity (hundreds on a page), and the keyword
# binding of the generated __init__ is about half of what that costs. _mention stores the same
# eleven values through the fields' slots, which is all that __init__ does: the checks below
# fail at import if the class ever does more (a validator, a converter, a hook), and the
# unpacking fails if a field is added or removed. tests/test_numerals.py checks the field
# order and that both constructors build equal mentions.
(
    _set_span,
    _set_text,
    _set_value,
    _set_kind,
    _set_approx,
    _set_unit,
    _set_low,
    _set_high,
    _set_colloquial,
    _set_lunar,
    _set_digits,
) = slot_setters(NumberMention)
_new_object = object.__new__

# The same for the mention's Span, whose __init__ stores start, end and text and then checks
# 0 <= start <= end and len(text) == end - start: _emit's spans are slices ``text[start:end]`` of
# the caller's string at positions of the scan (0 <= start <= end <= len(text)), which hold
# both. tests/test_numerals.py checks that both constructors build equal spans.
if [(f.name, f.validator, f.converter, f.init) for f in attrs.fields(Span)] != [
    (name, None, None, True) for name in ("start", "end", "text")
] or hasattr(Span, "__attrs_pre_init__"):  # pragma: no cover - a guard for whoever changes Span
    raise TypeError("Span.__init__ does more than store its fields and check them: drop _span")
_set_start, _set_end, _set_span_text = (Span.__dict__[f.name].__set__ for f in attrs.fields(Span))


def _span(start: int, end: int, text: str) -> Span:
    """``Span(start=start, end=end, text=text)`` for a slice ``text`` of the caller's string."""
    span: Span = _new_object(Span)
    _set_start(span, start)
    _set_end(span, end)
    _set_span_text(span, text)
    return span


def _mention(
    span: Span,
    text: str,
    value: Fraction | None,
    kind: NumberKind,
    approx: str | None,
    unit: str | None,
    low: Fraction | None,
    high: Fraction | None,
    colloquial: bool,
    lunar: bool,
    digits: str | None,
) -> NumberMention:
    """``NumberMention(span=span, text=text, ...)``, with the fields in their order."""
    m: NumberMention = _new_object(NumberMention)
    _set_span(m, span)
    _set_text(m, text)
    _set_value(m, value)
    _set_kind(m, kind)
    _set_approx(m, approx)
    _set_unit(m, unit)
    _set_low(m, low)
    _set_high(m, high)
    _set_colloquial(m, colloquial)
    _set_lunar(m, lunar)
    _set_digits(m, digits)
    return m


_S2T = MappingProxyType(str.maketrans(dict(data.TRADITIONAL)))


_with_traditional = data.with_traditional


#: Units and markers as printed (simplified or traditional) -> as the vocabulary spells them.
_CANON = MappingProxyType(
    {
        **_with_traditional((*data.CLASSIFIERS, *data.MEASURES, *data.LATIN_UNITS)),
        **_with_traditional((*data.APPROX_BEFORE, *data.APPROX_MIDDLE, *data.APPROX_AFTER)),
    }
)
_UNITS = sorted(_with_traditional((*data.CLASSIFIERS, *data.MEASURES)), key=lambda u: (-len(u), u))
_MEASURES = frozenset((*data.MEASURES, *data.LATIN_UNITS))
_MIDS = tuple(_with_traditional(data.APPROX_MIDDLE))
_POSTS = tuple(_with_traditional(data.APPROX_AFTER))


def _key(word: str | None) -> str | None:
    """A unit or marker as the vocabulary spells it (個月 -> 个月, 超過 -> 超过)."""
    return None if word is None else _CANON.get(word, word)


def _by_length(words: Iterable[str]) -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """The words as a set, and by their first character their lengths, longest first (for a
    longest-match look-up)."""
    ws = frozenset(words)
    lengths: dict[str, set[int]] = {}
    for w in ws:
        lengths.setdefault(w[0], set()).add(len(w))
    return ws, {c: tuple(sorted(ks, reverse=True)) for c, ks in lengths.items()}


_UNIT_SET, _UNIT_LENGTHS = _by_length(_UNITS)
_LATIN_SET, _LATIN_LENGTHS = _by_length(data.LATIN_UNITS)
_POST_SET, _POST_LENGTHS = _by_length(_POSTS)
_MID_CHARS = frozenset(_MIDS)


def _longest(
    t: str, p: int, words: frozenset[str], lengths: dict[str, tuple[int, ...]]
) -> str | None:
    """The longest of ``words`` that starts at ``t[p]``, or None."""
    for k in lengths.get(t[p : p + 1], ()):
        w = t[p : p + k]
        if w in words:
            return w
    return None


def _longest_unit(t: str, p: int) -> str | None:
    """The longest unit at ``t[p]``, cut back to the shorter unit it begins where its last
    character begins a word with the next one (八年期間: 年 and 期間, no tenor 年期) or a year
    stands before it (1992年期: the year, then 期)."""
    unit = _longest(t, p, _UNIT_SET, _UNIT_LENGTHS)
    if unit is None or len(unit) < 2 or unit[:-1] not in _UNIT_SET:
        return unit
    k = p + len(unit)
    if t[k - 1 : k + 1] in data.UNIT_NOUNS or (
        unit == "年期" and p >= 4 and t[p - 4 : p].isdigit() and t[p - 4] in "12"
    ):
        return unit[:-1]
    return unit


class _Tail(NamedTuple):
    """What follows a number (:func:`_match_tail`): each part as printed, or None."""

    pct: str | None  # % or ‰: then no measure word (1%人口, 13.7%升至: the noun or verb)
    mid: str | None  # 余, 多, 来, 几 between the number and its unit: 4.8万余名, 2000多个
    big: str | None  # 万/亿 after the marker: 一百多万
    unit: str | None  # the measure word or unit, longest first (120km/h, not 5G)
    half: bool  # 两年半, 一个半
    post: str | None  # a trailing marker: 60岁以上
    unit_at: int  # where the unit (or 半, or the trailing marker) starts
    post_at: int  # where the trailing marker starts (after 半)
    end: int


def _match_tail(t: str, pos: int) -> _Tail:
    """The tail after a number at ``pos``: percent sign, or marker, 万/亿, unit and 半; then a
    trailing marker. Each part is the longest that fits, and is kept once read."""
    p = pos
    pct = mid = big = unit = None
    c = t[p : p + 1]
    if c in _PCT_SIGNS and c:
        pct = c
        p += 1
    elif c in _MID_CHARS and c:
        mid = c
        p += 1
        q = p
        while q < p + 2 and t[q : q + 1] in _BIG_CHARS and t[q : q + 1]:
            q += 1
        big = t[p:q] or None
        p = q
    unit_at = p
    if pct is None:
        unit = _longest_unit(t, p)
        if unit is None:
            unit = _longest(t, p, _LATIN_SET, _LATIN_LENGTHS)
            if unit is not None and not _latin_unit(t, p):
                unit = None  # 5G, 42m2: a name or a code
        p += len(unit) if unit else 0
    # 半 after the unit is "and a half" (三年半), unless the unit follows it again: then 半
    # begins a word of its own (2024年半年报, 2024年半年度: the half-year of 2024)
    half = pct is None and t[p : p + 1] == "半" and not (unit and t.startswith(unit, p + 1))
    if unit in _GE and t[p : p + 1] == "多" and t.startswith(_GE_NOUNS, p + 1) and not mid:
        # 两个多小时: 多 splits 个 from its noun, which is the unit (the conventions; 一个半小时
        # stays 一个半, unit 个)
        noun = max((n for n in _GE_NOUNS if t.startswith(n, p + 1)), key=len)
        mid, unit, unit_at, p = t[p], noun, p + 1, p + 1 + len(noun)
    p += half
    post = _longest(t, p, _POST_SET, _POST_LENGTHS)
    if post == "附近" and _noun_follows(t, p + 2):
        post = None  # 10多名附近居民: "nearby" of the noun, no marker of the count
    return _Tail(pct, mid, big, unit, half, post, unit_at, p, p + len(post or ""))


def _noun_follows(t: str, p: int) -> bool:
    """Whether a Chinese character other than 的 begins at ``p``: after 附近 it is the noun the
    word qualifies (附近居民, 附近村民), while 附近 as a marker (3000点附近, 1.1%附近的水平) ends
    the phrase or goes before 的."""
    c = t[p : p + 1]
    return "\u4e00" <= c <= "\u9fff" and c != "的"


_PCT_SIGNS = frozenset("%‰")
_BIG_CHARS = frozenset("万亿萬億")
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_LATIN_FIRST = frozenset(u[0] for u in data.LATIN_UNITS)

#: An explicit range's separator and high end. With the standard library's engine: the
#: high end may be a run of a million characters (1.1.1.1 ...), over which ``regex`` would
#: keep about 120 bytes a character until the match returns (see ``_tokens._LONG_RUN``).
_RANGE_RE = _rx.std_compile(
    rf"""
    (?:\x20(?=[至到]\x20))?+                    # 1 至 11 月: spaces round 至/到
    (?P<sep>\u2014\u2014|[~\u301c\uff5e至到\-\u2013\u2014\uff0d])  # —— ~ 〜 ～ 至 到 - – — －
    (?:(?<=\x20[至到])\x20)?+
    (?P<core>{_CORE})                           # the high end
    """,
    re.VERBOSE,
)

#: First characters of _RANGE_RE: no range is tried unless one of them follows the number.
_RANGE_SEPS = frozenset("~\u301c\uff5e至到-\u2013\u2014\uff0d")
#: 至 and 到 with the space after them that a range printed with spaces has (1 至 11 月).
_SPACED_SEPS = frozenset(("至 ", "到 "))
_OPEN_BRACKETS = frozenset("(（")
_CLOSE_BRACKETS = frozenset(")）")


_GANZHI_YEAR_RE = _rx.compile(r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年$")
_ASCII_DIGITS = frozenset("0123456789")
#: Units a bare 百/千/万 may count (万名, 上千人, 万吨巨轮, 千吨); 百度, 百年 are words. The
#: round points of a stock index (失守万点, 重上三千点 as 万点大关) and the round areas of
#: fields (千亩示范田, 万亩连片) are counted as bare powers as often as with a numeral.
_BARE_UNITS = frozenset(
    ("名", "人", "人次", "个", "家", "户", "次", "场", "场次", "件", "项", "元", "吨", "点", "亩")
)
_LUNAR_MONTH_NAMES = ("正月", "腊月", "冬月", "闰月")
#: Last characters of the signs read before a number (零下, 负, -, −).
_SIGN_LAST = frozenset("下负-\u2212")
_DEFAULT_TIMEOUT = 5.0
_MAX_CORE = 40


class _Found(NamedTuple):
    """What :func:`_scan` finds in a text."""

    norm: Normalized
    #: The mentions; with the rewrites, the last one only (all the rewrites need: the memory
    #: of normalize_numbers is then not that of find_numbers' result).
    mentions: list[NumberMention]
    #: Normalised-text ranges and their Arabic form, in text order (lunar dates and
    #: approximate ranges have none).
    rewrites: list[tuple[int, int, str]]
    #: Where the scan stopped when a window ran out of time (normalised text), else None.
    stopped_at: int | None


def _prefixes_by_last() -> Mapping[str, tuple[str, ...]]:
    """The approximation markers printed before a number, by their last character, longest
    first."""
    table: dict[str, tuple[str, ...]] = {}
    for marker in sorted(_with_traditional(data.APPROX_BEFORE), key=len, reverse=True):
        table[marker[-1]] = (*table.get(marker[-1], ()), marker)
    return MappingProxyType(table)


_PREFIX_BY_LAST = _prefixes_by_last()


#: Words that end in the character a marker makes a word with (损失 of 损失约: no 失约 then).
_WORDS_BEFORE_MARKER = frozenset(
    ("损失", "損失", "流失", "丢失", "丟失", "缺失", "遗失", "遺失", "消失")
)


def _prefix(t: str, s: int) -> str | None:
    """The approximation marker printed right before ``t[s]`` (as printed), or None."""
    if s == 0 or t[s - 1] not in _PREFIX_BY_LAST:
        return None
    for marker in _PREFIX_BY_LAST[t[s - 1]]:
        k = len(marker)
        if t[max(0, s - k) : s] == marker:
            ends = data.MARKER_WORD_ENDS.get(_CANON[marker], "")
            if (
                k == 1
                and s >= 2
                and ends
                and t[s - 2] in ends + ends.translate(_S2T)
                and t[s - 3 : s - 1] not in _WORDS_BEFORE_MARKER
            ):
                return None  # 附近, 节约, 纽约: the end of a word (损失约 is no 失约)
            return marker
    return None


#: First characters of the tail (:func:`_match_tail`): when none follows the number it is empty.
_TAIL_FIRST = frozenset(
    "%‰半" + "".join(w[0] for w in (*_MIDS, *_POSTS, *_UNITS, *data.LATIN_UNITS))
)


#: The measure word 个 and the nouns of the units it begins (个月, 个小时, 个星期, 个百分点),
#: which 多 may split from it: 两个多小时, 3个多月 (see :func:`_match_tail`).
_GE = frozenset("个個")
_GE_NOUNS = tuple(u[1:] for u in _UNITS if len(u) > 1 and u[0] in _GE)


def _units_alone() -> Mapping[str, frozenset[str]]:
    """Single-character units the tail can only be by themselves unless the next character
    is one of these: the rest of a longer unit, 半, or the first character of a trailing
    marker. Then the tail is just the unit, read without a call of :func:`_match_tail`."""
    second: dict[str, set[str]] = {}
    for unit in _UNITS:
        if len(unit) > 1:
            second.setdefault(unit[0], set()).add(unit[1])
    return MappingProxyType(
        {
            u: frozenset(second.get(u, ())).union(
                "半", (m[0] for m in _POSTS), "多" if u in _GE else ""
            )
            for u in _UNITS
            if len(u) == 1 and u not in "%‰" and u not in _MIDS
        }
    )


_UNIT_MORE = _units_alone()

#: The characters of a numeral made of units alone (十, 百万, 千亿).
_UNIT_CHARS = frozenset(data.SMALL_UNITS) | frozenset(data.BIG_UNITS)
_CURRENCY = data.CURRENCY
_DATE_UNITS = data.DATE_UNITS
#: A numeral not read yet (in the per-call table of shapes).
_UNREAD: Any = object()
#: Characters before a numeral that may change it: an ordinal (第), a lunar day (初), vague
#: counts (数十, 几百), a decimal point (下降点五), a sign, the end of an approximation marker.
_BEFORE_SPECIAL = frozenset("第初数數几幾点 氏") | _SIGN_LAST | frozenset(_PREFIX_BY_LAST)
#: Characters before 第 that make the number an issue or document number: 总第11997号,
#: 2023/第027号.
_ORDINAL_NOT_AFTER = frozenset("总/")


#: Characters before 第 and Arabic digits and 号 that make them a case or document number or
#: the number of an order (刑初字第495号, 国务院令第628号).
_DOCUMENT_BEFORE = frozenset("字令")
#: 号 of such a number, in both scripts (院臺專字第1110085969號 of Taiwan's papers).
_HAO = frozenset("号號")
#: What may follow a page label at the end of a line (人民日报 第1版).
_LINE_END = frozenset(("", "\n", "\r", "(", "（"))


def _document_number(t: str, s: int, e: int) -> bool:
    """Whether 第 and the number at ``s`` are an issue, document or page number: after 总 or
    a slash; 字第 or 令第 and Arabic digits and 号, the form of a case or document number or
    of an order (刑初字第495号, 国务院令第628号; 汉字第三笔 is an ordinal); Arabic digits and
    版 at the end of a line, a page label (人民日报 第1版; 第六版 is an edition)."""
    before = t[s - 2 : s - 1]
    if before in _ORDINAL_NOT_AFTER:
        return True
    if not t[s:e].isdigit():
        return False
    after = t[e : e + 1]
    return (before in _DOCUMENT_BEFORE and after in _HAO) or (
        after == "版" and t[e + 1 : e + 2] in _LINE_END
    )


#: Last characters of the verbs of change that 点五 (0.5, its 零 dropped) follows: 下降点五.
_POINT_AFTER = frozenset("降升涨跌")
#: Characters before a lone 一 that may make it count: an ordinal, a lunar day, a sign, an
#: approximation marker.
_ONE_MAY_COUNT_AFTER = frozenset("第初点") | _SIGN_LAST | frozenset(_PREFIX_BY_LAST)
#: Last characters of a numeral after which a place unit is a noun (一万市民, 近百市民).
_BIG_LAST = frozenset("万萬亿億百佰千仟")
#: Characters after 许 that make it the start of a word (许可, 许多, 许诺, 许久).
_XU_WORD_NEXT = frozenset("可多诺久配愿")
#: Classifiers a lone 一 counts with all the same: 一人死亡 is one person; 一岁 is an age (年仅一岁
#:的男童, 一岁半), which is never the article of anything.
_ONE_COUNTS = frozenset(("人", "岁"))
#: The units that make a lone 一 the indefinite article (一个项目, 一批): classifiers, not
#: measures, dates or currencies, that the tail reads by themselves (see ``_UNIT_MORE``).
_ARTICLE_UNITS = frozenset(
    u
    for u in _UNIT_MORE
    if _CANON[u] not in _MEASURES
    and _CANON[u] not in data.DATE_UNITS
    and _CANON[u] not in data.CURRENCY
    and _CANON[u] not in _ONE_COUNTS
)

Edit = tuple[int, int, str]


class _Scan:
    """The state of one scan of a text: what the steps read and what they have found."""

    __slots__ = (
        "edits",
        "identical",
        "last_edits",
        "last_ordinal_end",
        "mentions",
        "month_cn_end",
        "norm",
        "prev_end",
        "rewrites",
        "same_length",
        "shapes",
        "t",
        "text",
        "time_end",
    )

    def __init__(self, text: str, norm: Normalized, rewrites: bool) -> None:
        self.text = text  # the caller's text
        self.norm = norm
        self.t = norm.text  # the normalised text the steps read
        self.rewrites = rewrites
        self.same_length = len(norm.text) == len(text)
        self.identical = norm.text is text  # nothing normalised: a core is the text as printed
        self.mentions: list[NumberMention] = []
        self.edits: list[Edit] = []
        self.last_edits = 0  # where the rewrites of the last mention start in ``edits``
        self.prev_end = -1  # candidates before this are inside the last mention
        self.month_cn_end = -1  # end of the last month written in Chinese numerals
        self.time_end = -1  # end of the last X时 mention
        self.last_ordinal_end = -1  # end of the last ordinal mention
        self.shapes: dict[str, _Shape | None] = {}  # the same numerals recur: read each once


class _Reading:
    """One candidate ``t[s:e]`` as the steps read it (changed by each step in turn).

    The fields most candidates keep are class defaults: a reading sets only what it changes.
    """

    edit: Edit | None = None  # the Arabic form of the numeral
    edit_hi: Edit | None = None  # and of the high end of a range (3至五天)
    explicit = False  # an explicit range: 3~11岁
    unit: str | None = None  # as the vocabulary spells it (个月)
    unit_text: str | None = None  # as printed (個月)
    pct: str | None = None
    mid: str | None = None
    post: str | None = None
    half = False
    pre: str | None = None
    sign = ""
    ordinal = lunar_day = point = False
    month_cn = is_time = False
    clock = False  # an hour in 点 (上午9点)
    bracket_day = False  # 昨(1)日

    def __init__(self, s: int, e: int, shape: _Shape) -> None:
        self.s, self.e, self.shape = s, e, shape
        self.kind: NumberKind = shape.kind
        self.value, self.low, self.high = shape.value, shape.low, shape.high
        self.seq, self.approx = shape.seq, shape.approx
        self.pos = self.end = e  # where the tail starts (after a range's high end); the end
        self.start = s  # where the mention starts (before its markers)


# Each step returns None to go on, or the position before which candidates are skipped (the
# candidate is then no quantity; -1 skips none, e skips the candidates inside it).
Skip = int | None
_NONE_SKIPPED = -1


#: The sides a photo caption counts a person's place from: 曹观友(右3), （左二）, (左1、右2).
_CAPTION_SIDES = frozenset("左右")
#: Characters before a numeral that :func:`_early_skip` looks at.
_EARLY_BEFORE = _SUSPECT_BEFORE | frozenset(" ") | _CAPTION_SIDES


def _early_skip(sc: _Scan, s: int, e: int, before: str, after: str) -> Skip:
    """The indefinite article, identifiers and junk, decided before the candidate is read."""
    t = sc.t
    if e - s == 1 and t[s] in "一壹" and before not in _ONE_MAY_COUNT_AFTER:
        # The indefinite article (统一, 一批, 一项), decided here as the steps below would: no
        # marker, sign, ordinal or lunar day can come before this 一, and after it comes
        # nothing a quantity can have, or exactly one classifier.
        if after not in _TAIL_FIRST and after not in _RANGE_SEPS and after not in _DASH_CHARS:
            if (
                sc.month_cn_end != s
                and t[max(0, s - 2) : s] not in _LUNAR_MONTH_NAMES
                and not _series_member(t, e)
                and not _ratio_side(t, s, e)
                and not _doubled(t, s, e)
            ):
                return _NONE_SKIPPED
        elif (
            after in _ARTICLE_UNITS
            and t[e + 1 : e + 2] not in _UNIT_MORE[after]
            and t[e : e + 2] not in data.UNIT_NOUNS
            and not _one_counts(t, s, _CANON[after], e + 1)
        ):
            return _NONE_SKIPPED
    if (before in _SUSPECT_BEFORE or after in _SUSPECT_AFTER) and _is_identifier(
        t, s, e, unit_after=after in _LATIN_FIRST and _latin_unit(t, e)
    ):
        return _NONE_SKIPPED
    if before == " " and _model_name(t, s, e):
        return _NONE_SKIPPED
    if before in _CAPTION_SIDES and _caption_place(t, s, e, after):
        return _NONE_SKIPPED
    if before in _ORDER_NAME_SURNAMES and e - s == 1 and _birth_order_name(t, s, after):
        return _NONE_SKIPPED
    if e - s > _MAX_CORE:
        return e  # a run this long is a table or junk, not a numeral
    return None


#: What opens and closes such a place: a bracket, the joint of a list of places, or a clause
#: that names who stands there (，右2为佳日星).
_CAPTION_OPEN = frozenset("(（、，,")
_CAPTION_CLOSE = frozenset(")）、为為")


#: Frequent surnames that are seldom a word of their own before a numeral (not 于, 高, 万, 金,
#: 周 ...: 于三月, 高三, 周三 are read elsewhere): a surname and a numeral right after it name a
#: person by the order of birth (张三, 李四, 王五, 崔九, 贾三, 黄四娘), as the placeholders of
#: legal explainers (张三借给李四5万元) and the names of old poems and stories do.
_ORDER_NAME_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴徐孙朱胡郭罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡杜苏魏吕沈姚卢崔谭陆"
    "汪范廖贾夏邹孟秦邱尹薛闫侯陶黎贺顾郝龚邵钱严覃戴莫乔赖庞樊殷施洪翟颜倪"
    "張劉陳楊黃趙吳孫鄭謝許馮鄧蔣蘇呂盧譚陸賈鄒龔嚴顏錢賴"
)
#: The numerals of such names (一 is the article, 十 and the larger ones count).
_ORDER_NUMERALS = frozenset("二三四五六七八九")
#: Words a surname alone stands in (老王, 小李, 阿陈): 老王三次找他 counts the times.
_SURNAME_ALONE_BEFORE = frozenset("老小阿")
#: What follows a count of time or of times, not a name: 李四年前, 王三次.
_ORDER_NAME_NOT_BEFORE = frozenset("年月日天周次个個岁歲点點时時分秒倍成")


def _birth_order_name(t: str, s: int, after: str) -> bool:
    """Whether the numeral at ``s`` ends a name of a surname and an order of birth (李四家,
    崔九堂前, 王五地说): the surname starts the name, not 老王 or 小李, and no unit of time or
    of times follows (李四年前 keeps its 四年 counted)."""
    return (
        t[s] in _ORDER_NUMERALS
        and after not in _ORDER_NAME_NOT_BEFORE
        and not after.isdigit()
        and t[s - 2 : s - 1] not in _SURNAME_ALONE_BEFORE
    )


def _caption_place(t: str, s: int, e: int, after: str) -> bool:
    """Whether the number is a person's place in a photo caption (曹观友(右3)拨款, 左二为):
    papers everywhere name the people of a picture by their place from the left or right,
    in brackets; the number labels a place, it counts nothing (左右 as a marker, 3左右, is
    after the number and never reaches here)."""
    return e - s <= 2 and after in _CAPTION_CLOSE and (s < 2 or t[s - 2] in _CAPTION_OPEN)


def _latin_unit(t: str, p: int) -> bool:
    """Whether a unit in Latin letters (42m, 120km/h) starts at ``p``."""
    unit = _longest(t, p, _LATIN_SET, _LATIN_LENGTHS)
    return unit is not None and t[p + len(unit) : p + len(unit) + 1] not in _ALNUM


def _model_name(t: str, s: int, e: int) -> bool:
    """iPhone 13, Windows 10: a word in Latin letters, a space, a number and no unit."""
    if not (s >= 2 and t[s - 2].isascii() and t[s - 2].isalpha()):
        return False
    after = t[e : e + 1]
    if after == " ":
        after = t[e + 1 : e + 2]
    return after not in _SPACED_UNIT_FIRST


def _in_context(t: str, s: int, e: int, before: str, after: str, shape: _Shape) -> bool:
    """Part of a set phrase, a weekday or rank name, a coined term: looked for only where the
    characters around the numeral (or inside it) can belong to one."""
    return (
        t[s - 1 : s + 1] in _WORD_PAIRS or t[e - 1 : e + 1] in _WORD_PAIRS or shape.inner_pair
    ) and _in_word_context(t, s, e)


#: Single numerals of the four-character figures of speech (三头六臂, 人千人万).
_FIGURE_NUMERALS = frozenset("一二三四五六七八九十两百千万兩萬")
#: Characters that make a pair of numerals an amount or a list, not a figure: units of money
#: and measurement (三元五角, 三米五米), ordinals (第一第二), conjunctions.
_NOT_FIGURE = frozenset("第和或及与比、，,到至个個点點年月日号時时分秒周週天") | frozenset(
    u for u in _MEASURES if len(u) == 1
)


def _figure_char(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" and c not in _FIGURE_NUMERALS and c not in _NOT_FIGURE


def _repeated_frame(t: str, s: int) -> bool:
    """Whether the single numeral ``t[s]`` and another three places away follow the same word,
    A N x A M (着三不着两, 说一不说二): the parallel frame of a figure of speech. Counts that
    repeat a frame repeat their unit too (每三天每两天, 在三楼在四楼): not this shape."""
    if t[s] not in _FIGURE_NUMERALS:
        return False
    for p in (s - 3, s + 3):
        a, b = min(p, s), max(p, s)
        if a < 1 or b >= len(t) or t[p] not in _FIGURE_NUMERALS:
            continue
        if (
            t[a - 1] == t[b - 1]
            and _figure_char(t[a - 1])
            and _figure_char(t[a + 1])
            and t[a + 1] != t[b + 1 : b + 2]
            and t[a - 2 : a - 1] not in _NUMERAL_CHARS
            and t[b + 1 : b + 2] not in _NUMERAL_CHARS
        ):
            return True
    return False


#: Results of a match (两胜一平, 三胜两负): a record of counts, not a figure of speech.
_RESULT_CHARS = frozenset("胜平负勝負")


def _paired_figures(t: str, s: int) -> bool:
    """Whether the single numeral ``t[s]`` is one of the two of a four-character chunk that
    pairs numerals with words in alternate places, N X N Y or X N Y N (三头六面, 四方八面,
    七支八搭, 人千人万, 挑三豁四): the shape of a figure of speech, not of two counts."""
    if t[s] not in _FIGURE_NUMERALS or not (
        (s >= 2 and t[s - 2] in _FIGURE_NUMERALS) or t[s + 2 : s + 3] in _FIGURE_NUMERALS
    ):
        return False  # the other numeral of such a chunk stands two places away
    if t[s + 1 : s + 2] in _RESULT_CHARS and (
        (t[s + 2 : s + 3] in _FIGURE_NUMERALS and t[s + 3 : s + 4] in _RESULT_CHARS)
        or (s >= 2 and t[s - 2] in _FIGURE_NUMERALS and t[s - 1] in _RESULT_CHARS)
    ):
        return False  # 两胜一平, 三胜两负: a record of results, each a count
    for a in (s - 3, s - 2, s - 1, s):
        if a < 0 or a + 4 > len(t):
            continue
        w = t[a : a + 4]
        for n1, n2, x1, x2 in ((0, 2, 1, 3), (1, 3, 0, 2)):
            if (
                w[n1] in _FIGURE_NUMERALS
                and w[n2] in _FIGURE_NUMERALS
                and s in (a + n1, a + n2)
                and _figure_char(w[x1])
                and _figure_char(w[x2])
                and not (a > 0 and (t[a - 1] in _FIGURE_NUMERALS or t[a - 1] == "第"))
                and t[a + 4 : a + 5] not in _NUMERAL_CHARS
                and not (t[a + 4 : a + 5] and w[3] + t[a + 4] in _UNIT_SET)
            ):
                return True
    return False


def _numeral_edit(sc: _Scan, r: _Reading) -> None:
    """The Arabic form of the numeral (三十五 -> 35, full-width １２ -> 12)."""
    shape, s, e = r.shape, r.s, r.e
    if "兆" in shape.core:
        return  # 1兆2500億: left as printed, as 萬/億 are (the rewrite has no 兆 to write)
    if shape.rewrite is not None:
        r.edit = (s, e, shape.rewrite)
        return
    if r.kind != "cardinal":
        return
    core = shape.core
    if not shape.is_cn:
        r.edit = _arabic_edit(sc, s, e, core)
        return
    info = _analyse(core)
    rep = None if info is None else _render_plain(core, info)
    if rep is not None:
        r.edit = (s, e, rep)


def _explicit_range(sc: _Scan, r: _Reading) -> None:
    """An explicit range after the number: 3~11岁, 0~15时, 3至5天."""
    t = sc.t
    rng = _RANGE_RE.match(t, r.e)
    if rng is None:
        return
    core, tail_at = rng.group("core"), rng.end()
    if core[-1] == "千" and core[-2:-1] in _ASCII_DIGITS and t.startswith(_KILO, tail_at - 1):
        core, tail_at = core[:-1], tail_at - 1  # 200~350千米: the unit 千米 (_numeral_parts)
    hi_info = _analyse(core)
    if t[tail_at : tail_at + 1] == " " and rng.start() < rng.start("sep"):
        tail_at += 1  # 1 至 11 月: spaced, the unit after a space too
    hi_tail = _match_tail(t, tail_at)
    has_unit = bool(hi_tail.mid is None and (hi_tail.unit or hi_tail.pct))
    if (
        hi_info is None
        or hi_info.value is None
        or hi_info.sequence is not None
        or not (r.value is not None and r.value < hi_info.value)
        or not (has_unit or rng.group("sep") in "~\u301c\uff5e" or _same_big(r, core))
        or _is_identifier(t, rng.start("core"), tail_at, range_end=True)
    ):
        return
    r.explicit = True
    r.kind = "range"
    r.low, r.high, r.value = r.value, hi_info.value, None
    r.pos = rng.start("core") + len(core)
    if sc.rewrites and _HAS_CN_DIGIT.search(core):
        r.edit_hi = (rng.start("core"), rng.start("core") + len(core), _render(hi_info.value))


def _same_big(r: _Reading, high: str) -> bool:
    """Whether both ends of a range end in the same 万 or 亿 (100万至240万): amounts of one
    order, a range with no unit printed (a bare 3至5 is left alone: a list, a score)."""
    low = r.shape.core
    return low[-1] in _BIG_CHARS and high[-1:] == low[-1] and r.e == r.pos


def _place_noun(r: _Reading, unit: str | None, mid: str | None, before: str) -> bool:
    """Whether a place unit after a marker or a big number is a noun: 一万多市民, 近百市民."""
    return unit in data.PLACE_UNITS and (
        mid is not None or r.shape.core[-1] in _BIG_LAST or before == "近"
    )


#: Characters a space may stand before inside a quantity printed with spaces around its Arabic
#: digits (``9 月``, ``217404.3 万剂次``, ``5 亿多``, ``1.4 %``).
_SPACED_UNIT_FIRST = frozenset("%‰" + "".join(w[0] for w in (*_UNITS, *data.LATIN_UNITS)))


def _spaced(t: str, r: _Reading) -> int:
    """After Arabic digits and one space: fold a 万/亿 printed after the space into the value
    and return where the tail starts (the position after the space), or -1 when the space
    ends the number."""
    q = r.pos + 1
    big = 0
    while t[q : q + 1] in _BIG_CHARS and t[q : q + 1]:
        big += data.BIG_UNITS[t[q]]
        q += 1
    if big and r.value is not None and r.kind == "cardinal":
        r.value *= 10**big
        return q
    if t[q : q + 1] in _SPACED_UNIT_FIRST:
        return q
    return -1


#: Units before the 角 of a Chinese-numeral amount (三元五角); elsewhere 三角 is a triangle or
#: a delta (长三角, 金三角).
_YUAN = frozenset("元块圆")


def _word_goes_on(t: str, p: int) -> bool:
    """Whether a Chinese character that does not end a phrase stands at ``p``."""
    c = t[p : p + 1]
    return "\u4e00" <= c <= "\u9fff" and c not in data.PHRASE_END_AFTER


def _read_tail(t: str, r: _Reading, before: str) -> Skip:
    """Percent sign, approximation markers, measure word, 半 and trailing marker after it."""
    pos = r.pos
    if pos > r.end:
        r.end = pos
    nxt = t[pos : pos + 1]
    if nxt == " " and t[r.e - 1].isascii():
        q = _spaced(t, r)
        if q < 0:
            return None
        if t[q - 1] != " ":
            r.end = q  # 217404.3 万: the 万 is part of the number
        pos = r.pos = q
        nxt = t[pos : pos + 1]
    more = _UNIT_MORE.get(nxt)
    if more is not None and t[pos + 1 : pos + 2] not in more:
        one = _CANON[nxt]
        if (
            t[pos : pos + 2] not in data.UNIT_NOUNS
            and not _place_noun(r, one, None, before)
            and not (one in data.UNITS_AT_END and _word_goes_on(t, pos + 1))
            and not (one == "角" and r.shape.is_cn and before not in _YUAN)
        ):
            r.unit, r.unit_text, r.end = one, nxt, pos + 1  # a one-character unit alone
        return None
    if nxt not in _TAIL_FIRST:
        return None
    tail = _match_tail(t, pos)
    pct, mid, big, unit, half, post = tail.pct, tail.mid, tail.big, tail.unit, tail.half, tail.post
    end = tail.end
    if mid is not None and (
        r.kind != "cardinal" or _CANON[mid] == "几" or (_CANON[mid] == "来" and not unit)
    ):
        return None  # no marker here, and so nothing after it
    if (
        unit is not None
        and len(unit) == 1
        and t[tail.unit_at : tail.unit_at + 2] in data.UNIT_NOUNS
    ):
        unit, half, post = None, False, None  # 十一期间, 10亿票房: a word, not a measure word
        end = tail.unit_at
    if mid is not None and r.value is not None:
        r.approx = mid
        if big:
            r.value = _fold_big(r, big)
    if half and (unit is None or r.kind != "cardinal" or r.approx is not None or mid):
        end = tail.post_at - 1
        half = False
        post = None
    kunit = None if unit is None else _CANON.get(unit, unit)
    if (
        post is not None
        and _CANON[post] == "许"
        and (kunit not in data.APPROX_XU_UNITS or t[end : end + 1] in _XU_WORD_NEXT)
    ):
        end, post = tail.post_at, None  # 许 starts a word: 3个许可证
    if _place_noun(r, kunit, mid, before):
        end = tail.unit_at  # 一万多市民, 近百市民: the noun 市民, no measure word 市
        unit = kunit = None
        half, post = False, None
    r.pct, r.mid, r.unit, r.unit_text, r.half, r.post = pct, mid, kunit, unit, half, post
    if end > pos:
        r.end = end
    if pct is not None:
        if r.kind == "cardinal":
            r.kind = "percent" if pct == "%" else "permille"
        elif r.kind != "range":
            return _NONE_SKIPPED
    return None


#: Units of continuous amounts (time, age, length, weight, money, multiples) that 多 may
#: follow as "and a bit" (5年多, 3个月多, 一岁多, 2米多, 一倍多): the count of a measure is
#: exact to the unit printed, the 多 the remainder. A classifier of things has no remainder
#: (5个多 is no amount), so only these units take it.
_MORE_AFTER_UNITS = frozenset((*data.TIME_SPANS, "岁", "歲", *data.MEASURES))
#: What follows such a 多 when it ends the amount (5年多的时间, 一年多来, 两个月多后, 2米多高,):
#: elsewhere 多 starts a word (5年多次, 3年多地, 两天多云).
_BIT_MORE_NEXT = frozenset(
    "的了来來前后後里裡时時以之间間内內" + "高长長宽寬深厚重远遠" + "，,。、；;：:）)」”！？!? "
)


def _bit_more(t: str, r: _Reading, end: int, kunit: str | None) -> bool:
    """Whether 多 after the unit at ``end`` is the remainder of the amount (5年多)."""
    return (
        kunit in _MORE_AFTER_UNITS
        and r.post is None
        and r.mid is None
        and r.kind in ("cardinal", "decimal")
        and r.value is not None
        and r.value < 1000
        and t[end : end + 1] == "多"
        and (end + 1 == len(t) or t[end + 1] in _BIT_MORE_NEXT)
    )


def _fold_big(r: _Reading, big: str) -> Fraction:
    """The value of a numeral with 万/亿 after its 多/余 (一百多万, 七億零三百多萬): the unit
    multiplies the section after the last larger unit (七億 + 三百多 x 万)."""
    power = sum(data.BIG_UNITS[c] for c in big)
    core = r.shape.core
    value = r.value if r.value is not None else Fraction(0)
    scale = int(10**power)
    cut = max((i for i, c in enumerate(core) if data.BIG_UNITS.get(c, 0) > power), default=-1)
    head = _try_parse(core[: cut + 1]) if cut >= 0 else None
    if head is None:
        return value * scale
    return head.value + (value - head.value) * scale


#: 数 in both spellings (數十筆: as vague as 数十人).
_SHU = frozenset("数數")


def _vague_count(r: _Reading, before: str) -> Skip:
    """数十人, 数百万元, 损失数十万: as vague as 几十, 几百 (the widest reading, 10-90). After a
    word ending in 数 (人数十万, 人数十二万人) the caller reads the numeral on its own."""
    vague = _analyse("几" + r.shape.core) if before in _SHU and r.kind == "cardinal" else None
    if vague is None or vague.low is None:
        return r.e
    r.pre, r.kind, r.value, r.low, r.high = before, "range", None, vague.low, vague.high
    return None


def _sign_day_or_point(sc: _Scan, r: _Reading, before: str) -> None:
    """A sign (零下五, -3), a lunar day (初五) or a decimal without its 零 (下降点五)."""
    t, s, shape = sc.t, r.s, r.shape
    if before in _SIGN_LAST:
        if t[max(0, s - 2) : s] == "零下":
            r.sign = "零下"
        elif (
            before in "负-\u2212"
            and not (
                s >= 2
                and ((t[s - 2].isascii() and t[s - 2].isalnum()) or t[s - 2] in _NUMERAL_CHARS)
            )
            and not (before != "负" and sc.prev_end == s - 1)
        ):
            # (a dash right after a quantity joins it to the next: 10月1日-4日, 3%-4%)
            r.sign = before  # a sign follows no numeral (3负0: a record's losses, then 0)
    elif (
        before == "初"
        and r.kind == "cardinal"
        and (r.unit is None or (r.unit == "起" and shape.is_cn))
        and r.value is not None
        and 1 <= r.value <= 10
    ):
        # 初七起: from the seventh (起 after a date means "from", it counts no cases)
        r.unit = r.unit_text = r.post = None
        r.end = r.e
        r.lunar_day = True
    elif (
        before == "点" and r.kind == "cardinal" and shape.is_cn and t[s - 2 : s - 1] in _POINT_AFTER
    ):
        # 下降点五个百分点: 点 after a verb of change (景点五处, 重点五项 are words)
        decimal = _try_parse("点" + shape.core)
        if decimal is not None:
            r.value, r.seq, r.point = decimal.value, None, True
            if sc.rewrites:
                r.edit = (s - 1, r.e, _render(r.value))


#: Scales a temperature's 度 may be printed with before the number: 摄氏7度至8度.
_DEGREE_SCALES = frozenset(("摄氏", "攝氏", "华氏", "華氏"))


def _read_before(sc: _Scan, r: _Reading, before: str) -> Skip:
    """What the characters before the numeral make of it: an ordinal, a marker, a sign ..."""
    if before not in _BEFORE_SPECIAL:
        return None
    t, s, shape = sc.t, r.s, r.shape
    if before == " " or before == "氏":
        if before == "氏" and r.unit == "度" and t[s - 2 : s] in _DEGREE_SCALES:
            r.start = s - 2  # 摄氏7度
        elif (
            before == " "
            and shape.core.isdigit()
            and t[s - 2 : s - 1] == "第"
            and t[s - 3 : s - 2] not in _ORDINAL_NOT_AFTER
        ):
            r.ordinal, r.start = True, s - 2  # 第 44 分钟: a space printed after 第
        elif before == " " and shape.core[0].isascii():
            pre = _prefix(t, s - 1)  # 超过 11 亿: a marker, a space, Arabic digits
            if pre is not None and _key(pre) not in data.APPROX_BEFORE_BARE:
                r.pre, r.start = pre, s - 1 - len(pre)
        return None
    r.ordinal = before == "第" and shape.pct_prefix is None
    if r.ordinal and _document_number(t, s, r.e):
        return _NONE_SKIPPED  # 总第11997号, 2023/第027号: issue and document numbers
    if not r.ordinal and before in _PREFIX_BY_LAST:
        r.pre = _prefix(t, s)
        if r.pre is not None and _CANON[r.pre] in data.APPROX_BEFORE_BARE and not shape.big_first:
            r.pre = None
    shu_word = before in _SHU and t[s - 2 : s - 1] in data.SHU_WORD_BEFORE
    if (
        shape.bare_first
        and before in ("数", "數", "几", "幾")
        and not shu_word
        and _UNIT_CHARS.issuperset(shape.core)
    ):
        skip = _vague_count(r, before)
        if skip is not None:
            return skip
    if r.pre is None and not r.ordinal and shape.pct_prefix is None:
        _sign_day_or_point(sc, r, before)
    r.start = s - (len(r.pre) if r.pre else 0) - len(r.sign)
    r.start -= 1 if r.ordinal or r.lunar_day or r.point else 0
    return None


#: Metals a count of medals is printed in (12金) and a liang of which is weighed (一两银子).
_METALS = frozenset("金银铜銀銅")


#: The units of round points and areas a bare power counts (万点, 千亩), see _BARE_UNITS.
_ROUND_UNITS = frozenset(("点", "亩"))


def _after_spaced_digits(t: str, s: int) -> bool:
    """Whether white space stands right before ``s``: a bare power there may be the 万 of a
    number the line or the column broke (1016.72 / 萬畝), so it is not read alone."""
    return s > 0 and t[s - 1] in " \n\t\u3000"


#: The words 百岁 begins that name a centenarian (百岁人瑞, 百岁老人): no age counted.
_CENTENARIAN = ("人瑞", "老人")


def _settle(r: _Reading, t: str) -> Skip:
    """Bare units, signs, 半 and the marker that stays."""
    shape = r.shape
    if (
        shape.big_first
        and not r.ordinal
        and r.pre is None
        and shape.pct_prefix is None
        and r.unit not in _BARE_UNITS
        and not (r.unit == "岁" and shape.core == "百" and not t.startswith(_CENTENARIAN, r.end))
    ):
        # 百万, 千万, 万一: a bare unit needs a marker (上千名) or a measure word; 百岁 is an age
        # (百岁老人, 恰逢百歲), where 千岁 and 万岁 hail a ruler
        return r.e
    if shape.big_first and r.unit in _ROUND_UNITS and _after_spaced_digits(t, r.s):
        return r.e  # 1016.72\n萬畝: perhaps the 万 of a number the line broke
    if shape.low is not None and shape.core[-1] in "两兩" and (r.unit is None or r.unit in _METALS):
        return r.e  # 一两黄金, 一两银子: one liang (两 the unit), not "one or two"
    if r.sign:
        r.value = -r.value if r.value is not None else None
        if r.low is not None and r.high is not None:
            r.low, r.high = -r.high, -r.low
    if r.half and r.value is not None:
        r.value += Fraction(1, 2)
    if r.post is not None and r.approx is not None and _key(r.approx) == "几":
        r.approx = r.post  # 几十元左右: the marker printed, the vague count its range
    r.approx = r.pre or r.approx or r.post
    return None


def _date_part(sc: _Scan, r: _Reading, value: Fraction) -> Skip:
    """A year, month, day, hour, minute or second, or a count of them (3年, 48小时)."""
    shape, unit = r.shape, r.unit
    whole_v = value.denominator == 1 and (r.approx is None or _key(r.approx) == "许") and not r.half
    if unit == "年":
        if whole_v and (
            (r.seq is not None and len(r.seq) in (2, 4))
            or (not shape.is_cn and len(shape.core) == 4 and 1000 <= value.numerator <= 2999)
            or _YEAR_GLOSS_RE.match(sc.t, r.end) is not None
            or (r.approx is None and (_after_era(sc.t, r.s) or _year_after_year(sc, r.s)))
        ):
            r.kind = "date-part"
    elif unit in ("月", "月份"):
        if unit == "月" and whole_v and sc.t[r.start - 1 : r.start] in _MONTHS_COUNT_AFTER:
            return None  # 前十月, 首10月: a count of months, as 前三季度 counts quarters
        if shape.core in _LIANG or sc.t[r.end - 3 : r.end - 1] in ("个多", "個多"):
            return None  # 两月, 兩個月, 3个多月: months counted (the month is 二月)
        if whole_v and 1 <= value.numerator <= 12 and r.seq is None:
            r.kind = "date-part"
            r.month_cn = shape.is_cn
        elif unit == "月":
            return r.e
    elif unit in ("日", "号"):
        # 两 counts (两日合计: two days); a day of the month is 二日
        if unit == "日" and _days_counted(sc.t, r.start):
            return None  # 连续三日, 前3日: days counted
        if whole_v and 1 <= value.numerator <= 31 and r.seq is None and shape.core not in _LIANG:
            r.kind = "date-part"
        if unit == "号" and (
            r.kind != "date-part" or (sc.t[r.s - 1 : r.s] != "月" and sc.t[r.s - 2 : r.s] != "月 ")
        ):
            return r.end  # 学院路107号, 3号文件: identifiers (3 月 1 号 is a day)
    elif unit == "时":
        # an hour of the clock, also when marked (约8时, 8时许) or with a half (8时半, 一时半):
        # a span of hours is counted in 小时
        if value.denominator <= (2 if r.half else 1) and 0 <= value <= 24:
            r.kind = "date-part"
            r.is_time = True
    elif unit in ("分", "秒") and sc.time_end == r.s and whole_v and 0 <= value.numerator < 60:
        r.kind = "date-part"
        r.is_time = True
    return None


_ERA_LAST = frozenset(e[-1] for e in data.ERA_NAMES)
_ERA_LENGTHS = tuple(sorted({len(e) for e in data.ERA_NAMES}, reverse=True))
_ERAS = frozenset(data.ERA_NAMES)


def _after_era(t: str, s: int) -> bool:
    """Whether the name of an era ends right before ``s`` (民国三十六年, 万历十七年, 昭和二十年,
    公元前221年): the number is a year of that era (data.ERA_NAMES)."""
    return t[s - 1 : s] in _ERA_LAST and any(t[max(0, s - k) : s] in _ERAS for k in _ERA_LENGTHS)


_YEAR_SPAN_SEPS = frozenset("至到~\uff5e-\u2013\u2014")


def _year_after_year(sc: _Scan, s: int) -> bool:
    """Whether the number at ``s`` ends a span of years after a year of a calendar at once
    (民国37年至38年): the second end is a year too, as 1月至9月 are two months."""
    if not (sc.mentions and sc.prev_end == s - 1 and sc.t[s - 1 : s] in _YEAR_SPAN_SEPS):
        return False
    last = sc.mentions[-1]
    return last.kind == "date-part" and last.unit == "年"


#: The year of the common era in brackets after the year of an era, which makes that a year
#: of a calendar, not a count of years: 民国三年(1914), 康熙六十年（1721）, 万历十七年(公元1589年),
#: 民国37年(1948年), (乾隆二十八年,1763).
_YEAR_GLOSS_RE = _rx.std_compile(r"[(\uff08,\uff0c](?:公元前?)?[0-9]{3,4}年?[)\uff09]")

_LABELS = data.LABEL_UNITS | data.ALWAYS_LABEL_UNITS
#: The counting form of 2: never a day of the month (二日) or a month's name (二月).
_LIANG = frozenset("两兩")


def _is_label(r: _Reading) -> bool:
    """二期, 二类 (两 counts them), 三年级."""
    return r.unit in data.ALWAYS_LABEL_UNITS or (
        r.shape.core in ("二", "贰", "貳") and r.approx is None and not r.half
    )


def _reduplicated(core: str) -> bool:
    """AABB of two different Chinese digits (三三五五, 七七八八): an idiom, not a sequence."""
    return (
        len(core) == 4
        and core[0] == core[1] != core[2] == core[3]
        and not any(c.isascii() for c in core)
    )


#: Characters before a count of quarters (前三季度, 后两季度): elsewhere X季度 names one.
_QUARTER_COUNT_AFTER = frozenset("前后近头首")
#: Characters before a count of months printed as 月 (今年前十月, 首10月): elsewhere X月 names
#: one (后 and 近 are left out: 10月后 is common, 后10月 rare).
_MONTHS_COUNT_AFTER = frozenset("前头首")
#: Words before a number of days that count them: 连续三日, 持续5日, 历时3日 (and 前, 头, 首).
_DAYS_COUNT_AFTER = frozenset(
    (
        *("连续", "連續", "持续", "持續", "历时", "歷時"),
        # a detention is counted in days (行政拘留15日, 羁押一日折抵刑期一日)
        *("拘留", "羁押", "羈押", "关押", "關押"),
    )
)


def _days_counted(t: str, start: int) -> bool:
    """Whether the number of days at ``start`` follows a word that counts them."""
    return t[start - 1 : start] in _MONTHS_COUNT_AFTER or t[start - 2 : start] in _DAYS_COUNT_AFTER


def _quarter(t: str, r: _Reading) -> None:
    """一季度, 第三季度 name a quarter (date parts); 前三季度 counts three."""
    v = r.value
    if (
        v is not None
        and v.denominator == 1
        and 1 <= v <= 4
        and r.approx is None
        and (r.ordinal or t[r.start - 1 : r.start] not in _QUARTER_COUNT_AFTER)
    ):
        r.kind = "date-part"


#: Units that count tenths: of a share (三成) and of a price (八折, a discount to eight tenths).
_TENTHS_UNITS = frozenset(("成", "折"))


def _discount(t: str, r: _Reading) -> bool:
    """Whether Chinese numerals before 折 are a discount: after 打 (打八折), or with the phrase
    ending at 折 (八折优惠, 五折起). Arabic digits before 折 are one anyway (9折)."""
    after = t[r.end : r.end + 1]
    return t[r.start - 1 : r.start] == "打" or after in _DISCOUNT_NEXT or not after


def _two_digit_discount(r: _Reading) -> bool:
    """Whether two digits before 折 are a discount in tenths and hundredths (95折 is 9.5折,
    八五折 8.5折): a price is never discounted to more than ten tenths, so two digits are the
    tenth and the hundredth; a round ten (70折) is no discount."""
    v = r.value
    digits = r.shape.core
    return (
        v is not None
        and v.denominator == 1
        and 11 <= v <= 99
        and v % 10 != 0
        and len(digits) == 2
        and all(c in data.DIGITS for c in digits)
    )


def _tenths(t: str, r: _Reading) -> None:
    """成 counts tenths: 三成 is 3/10, 逾五成一 51/100 (a digit after 成 is hundredths); so does
    折 of a price (打八折: 4/5, 9.5折). Ten tenths are the whole: past ten, 成 is no unit but the
    first character of a word (2018成都社区志愿服务周, 2000多成员), and the number stands
    alone."""
    if r.value is None:
        return
    if r.unit == "折" and _two_digit_discount(r):
        r.kind = "fraction"  # 95折, 八五折: tenths and hundredths of the price (0.95, 0.85)
        r.value /= 100
        return
    if r.value > 10:
        printed = r.unit_text or r.unit or "成"
        if t[r.end - len(printed) : r.end] == printed:
            r.unit = r.unit_text = None
            r.end -= len(printed)
        return
    r.kind = "fraction"
    r.value /= 10
    d = t[r.end : r.end + 1]
    nxt = t[r.end + 1 : r.end + 2]
    if d in _HUNDREDTHS and r.post is None and not ("\u4e00" <= nxt <= "\u9fff" and nxt != "的"):
        r.value += Fraction(data.DIGITS[d], 100)
        r.end += 1
    elif (
        d in _ASCII_HUNDREDTHS
        and r.post is None
        and r.shape.core.isascii()
        and not (nxt.isdigit() or nxt in ".%％" or ("\u4e00" <= nxt <= "\u9fff" and nxt != "的"))
    ):
        # 逾4成3: Taiwan's papers print a share in tenths and hundredths in digits too (43%)
        r.value += Fraction(int(d), 100)
        r.end += 1
    elif d in _MORE_TENTHS and r.approx is None and d:
        r.approx = d  # 两成多, 三成余: more than so many tenths
        r.end += 1


def _more_times(t: str, r: _Reading) -> None:
    """多 or 余 after 倍 that ends the phrase: more than so many times (6倍多), as 两成多."""
    d = t[r.end : r.end + 1]
    if d in _MORE_TENTHS and d and r.approx is None and not _word_goes_on(t, r.end + 1):
        r.approx = d
        r.end += 1


_HUNDREDTHS = frozenset("一二三四五六七八九")
_ASCII_HUNDREDTHS = frozenset("123456789")
#: Markers after 成 (两成多): more than the tenths.
_MORE_TENTHS = frozenset("多余餘")


def _classify(sc: _Scan, r: _Reading) -> Skip:
    """The kind of the mention: ordinal, money, date part, digit sequence, decimal ..."""
    if r.ordinal:
        v = r.value
        if v is None or r.kind != "cardinal" or v.denominator != 1 or v < 0:
            return _NONE_SKIPPED
        if _zero_padded(r.shape.core):
            return _NONE_SKIPPED  # 第027号: a document number
        r.kind = "ordinal"
        if r.unit == "季度":
            _quarter(sc.t, r)
    elif r.lunar_day or r.bracket_day:
        r.kind = "date-part"
    elif r.clock:
        r.kind, r.is_time = "date-part", True
    elif r.kind == "cardinal":
        if r.unit is not None:
            skip = _kind_of_unit(sc, r, r.unit)
            if skip is not None:
                return skip
        if r.kind == "cardinal" and r.value is not None:
            return _cardinal(sc, r)
    elif r.kind == "range" and r.unit == "号":
        return _NONE_SKIPPED
    return None


#: A house number (90号, 12-1号) right after a road: 路 then ends the road's name.
_HOUSE_NUMBER_RE = _rx.std_compile(r"[0-9]{1,5}(?:[-—][0-9]{1,4})?[号號]")


def _decade(r: _Reading) -> None:
    """A decade is a date part: 80年代, 八十年代, 1990年代 (tens, or a year ending in 0)."""
    v = r.value
    if (
        v is not None
        and v.denominator == 1
        and v.numerator % 10 == 0
        and (10 <= v <= 90 or 1000 <= v <= 2990)
        and r.approx is None
    ):
        r.kind = "date-part"


def _century(r: _Reading) -> None:
    """A century is a date part, as a decade is: 20世纪, 二十一世纪 (1 to 30, no marker)."""
    v = r.value
    if v is not None and v.denominator == 1 and 1 <= v <= 30 and r.approx is None:
        r.kind = "date-part"


#: Digits and 路 in a list of routes: another route right after or before them (28路、43路、
#: K68路): a paper lists routes so, never counts of roads.
_ROUTE_NEXT_RE = _rx.std_compile(r"[、,，和及与與][ ]?[A-Z]{0,2}[0-9]{1,4}路")
_ROUTE_PREV_RE = _rx.std_compile(r"[0-9]{1,4}路[ ]?[、,，和及与與][ ]?[A-Z]{0,2}$")


def _bus_route(t: str, r: _Reading) -> bool:
    """Whether digits and 路 name a bus or tram route: before a vehicle (780路公交车), after
    the word for a bus (公交28路), or in a list of routes (28路、43路、64路)."""
    if t.startswith(data.ROUTE_WORDS_AFTER, r.end) or _ROUTE_NEXT_RE.match(t, r.end):
        return True
    before = t[max(0, r.s - 12) : r.s]
    return before.endswith(data.ROUTE_WORDS_BEFORE) or _ROUTE_PREV_RE.search(before) is not None


def _road_name(t: str, r: _Reading) -> bool:
    """Whether a Chinese numeral and 路 are the end of a road's name: right after a word
    that is no verb of dividing, determiner or list joint (经十一路, 中山二路; not 兵分三路,
    这两路), with no marker (约三路 counts), not before a vehicle (乘坐三路公交车 counts bus
    lines), and not 两, which counts (a road's name holds 二: 纬二路, 两路 are two)."""
    if (
        r.approx is not None
        or r.start != r.s
        or r.s == 0
        or r.shape.core[0] in "两兩"
        or t.startswith(data.ROUTE_WORDS_AFTER, r.end)
    ):
        return False
    prev = t[r.s - 1]
    return "\u4e00" <= prev <= "\u9fff" and prev not in data.ROAD_COUNT_BEFORE


#: Grades a school class is named after (三年级二班, 高一3班, 初二1班): a number and 班 right
#: after a grade name the class, as a house number follows its road.
_GRADE_ENDS = ("年级", "年級", "高一", "高二", "高三", "初一", "初二", "初三")


def _after_grade(t: str, s: int) -> bool:
    """Whether ``t[:s]`` ends with the name of a school grade (see ``_GRADE_ENDS``)."""
    return t[max(0, s - 2) : s] in _GRADE_ENDS


def _kind_of_unit(sc: _Scan, r: _Reading, unit: str) -> Skip:
    """Money, labels (二期工程, 三年级), quarters, tenths (三成) and date parts, by the unit."""
    if unit in _CURRENCY:
        r.kind = "money"
    elif unit in _LABELS and _is_label(r):
        r.kind = "ordinal"  # 二期工程, 二类, 三年级: labels, not counts
    elif unit == "季度":
        _quarter(sc.t, r)
    elif unit in _TENTHS_UNITS:
        if unit == "折" and r.shape.is_cn and not _discount(sc.t, r):
            return _NONE_SKIPPED  # 九折臂, 三折肱: a bend, no discount
        _tenths(sc.t, r)
    elif unit == "倍":
        _more_times(sc.t, r)
    elif unit == "巴仙":
        r.kind = "percent"  # 约67巴仙: the percent of Malaysian and Singaporean papers
    elif unit == "路" and _HOUSE_NUMBER_RE.match(sc.t, r.end) is not None and r.shape.is_cn:
        return r.end  # 文三路90号: a road's name before its house number, no three roads
    elif unit == "路" and r.shape.core.isdigit() and _bus_route(sc.t, r):
        return r.end  # 780路公交车, 公交28路、43路: the route of a bus or a tram, no 780 roads
    elif unit == "路" and r.shape.is_cn and _road_name(sc.t, r):
        return r.end  # 经十一路, 中山二路: the number in a road's name, no eleven roads
    elif unit == "季" and r.shape.core == "四" and r.start == r.s and sc.t[r.s - 1 : r.s] != "第":
        return r.end  # 四季豆, 四季酒店: the four seasons of the year, a word, no count
    elif unit == "班" and r.start == r.s and _after_grade(sc.t, r.s):
        return r.end  # 三年级二班, 高一3班: a class named by its number, no two classes
    elif unit == "年代":
        _decade(r)
    elif unit == "世纪":
        _century(r)
    elif unit in _DATE_UNITS and r.value is not None and r.shape.core != "半":
        return _date_part(sc, r, r.value)
    return None


def _cardinal(sc: _Scan, r: _Reading) -> Skip:
    """A count that is a digit sequence, a decimal, a member of a series of ordinals, or a
    zero-padded label."""
    if r.seq is not None:
        if r.unit is not None or r.approx is not None:
            return _NONE_SKIPPED  # 一二个: not a count
        if len(r.seq) < 4 and ("0" not in r.seq or len(set(r.seq)) == 1):
            return r.e  # 一二, 零零星星: no number
        if _reduplicated(r.shape.core):
            return r.e  # 三三五五, 七七八八: an idiom
        r.kind = "digit-sequence"
        r.value = None
    elif not r.shape.plain and r.value is not None and r.value.denominator != 1:
        r.kind = "decimal"
    elif sc.last_ordinal_end == r.s - 1 and sc.t[r.s - 1 : r.s] == "、":
        r.kind = "ordinal"  # 第三、四名: the series shares its 第
    elif r.shape.core[0] == "0" and _zero_padded(r.shape.core) and r.unit not in _DATE_UNITS:
        return r.end  # 01, 04, 第027号: labels and codes, not counts
    return None


_NUMERAL_CHARS = frozenset("0123456789" + data.RUN_CHARS)
_UNIT_RANGE_KINDS = frozenset(("cardinal", "decimal", "money", "percent"))


def _unit_range(sc: _Scan, r: _Reading) -> None:
    """A range whose ends both carry the unit: 5℃到6℃, 三十万元至五十万元, 80%至90%,
    13441100元至22000元 (printed high first). Date parts stay apart (1月至9月)."""
    t = sc.t
    if r.kind not in _UNIT_RANGE_KINDS or t[r.end : r.end + 1] not in _RANGE_SEPS:
        return
    printed = r.pct if r.pct is not None else r.unit_text
    if printed is None or r.value is None or r.post is not None or r.approx is not None:
        return
    rng = _RANGE_RE.match(t, r.end)
    if rng is None:
        return
    tail = _match_tail(t, rng.end())
    hi = _analyse(rng.group("core"))
    if (
        (tail.pct or tail.unit) != printed
        or tail.mid is not None
        or tail.half
        or hi is None
        or hi.value is None
        or hi.sequence is not None
        or hi.value == r.value
        or t[tail.end : tail.end + 1] in _NUMERAL_CHARS  # 十五年至一年六個月: compound
        or _is_identifier(t, rng.start("core"), rng.end(), range_end=True)
    ):
        return
    r.low, r.high = min(r.value, hi.value), max(r.value, hi.value)
    r.kind, r.value, r.explicit = "range", None, True
    r.unit_text, r.end, r.approx = printed, tail.end, tail.post
    if sc.rewrites and _HAS_CN_DIGIT.search(rng.group("core")):
        rep = _render_core(rng.group("core"), hi.value) or _render(hi.value)
        r.edit_hi = (rng.start("core"), rng.end(), rep)


def _zero_padded(core: str) -> bool:
    """Arabic digits with a leading zero (01, 027): a label or a code."""
    return len(core) >= 2 and core[0] == "0" and core[1] in _ASCII_DIGITS


def _after_change(t: str, start: int) -> bool:
    """Whether a verb of change or comparison (perhaps with 了) ends at ``start``: 增长二十;
    or a word of age at death: 享年八十五."""
    before = t[max(0, start - 3) : start]
    return (
        before[-2:] in data.CHANGE_VERBS
        or before[-2:] in data.AGE_WORDS
        or (before[-1:] == "了" and before[:2] in data.CHANGE_VERBS)
    )


def _one_is_word(t: str, s: int, unit: str) -> bool:
    """一日 with no month before it (一日千里), 一时 with no time of day (一时半晌), 一块
    without 钱 (铁板一块): words, not quantities."""
    if unit == "日":
        return t[s - 1 : s] != "月"
    if unit == "时":
        return t[s - 1 : s] not in data.ONE_TIME_BEFORE
    return unit == "块"


#: Units of time a lone 一 counts (一个月的工资, 未来一周, 一年来): a duration, not an article.
_ONE_SPAN_UNITS = data.TIME_SPANS
#: Characters before 一 that make 一 and its unit a set word or a determiner phrase (最后一天,
#: 前一周, 每一年, 这一次, 此一家, 另一名, 有一天, 唯一一位, 统一): no count.
_ONE_DETERMINERS = frozenset("后前每这那此彼上下同另其某哪任头末逐第唯统之單单這後頭統")
#: Characters that end a clause: a lone 一 and its classifier there is a count, the numeral
#: standing after its noun (新增病例一例。福建一例, 打进一球,).
_CLAUSE_END = frozenset("，,。；;！!？?、）)」』”\n")
#: What follows a discount in Chinese numerals that ends its phrase (八折优惠, 五折起, 七折以下,
#: 八折的价格); a character of another word makes 折 a bend or a fold (九折臂).
_DISCOUNT_NEXT = _CLAUSE_END | frozenset("优起以的销出左上促") | frozenset(" ")
#: Collective classifiers and those of kinds: 一批, 一种 are indefinite even at the end of a
#: clause, and 一样 there is the word "the same" (大家都一样。); 一步 there is a figure, the
#: step taken (迈出一步, 差一步, 不敢越雷池一步。), not a count of steps.
_COLLECTIVE = frozenset(("批", "种", "类", "组", "套", "系列", "样", "步"))
#: Characters before 一分 that make it a score (以一分优势, 差一分).
_SCORE_BEFORE = frozenset("以差赢输胜")


def _one_counts(t: str, s: int, unit: str, end: int) -> bool:
    """Whether a lone 一 before ``unit`` (ending at ``end``) counts, or is the article."""
    if unit in _MEASURES or unit in _ONE_COUNTS:
        return True  # 一米, 一元, 一倍, 一成, 一人死亡
    before = t[s - 1 : s]
    if unit in _RESULTS and before in _RESULT_CHARS and t[s - 2 : s - 1] in _NUMERAL_CHARS:
        return True  # 两胜一平: a result counted after another
    if before in _ONE_DETERMINERS or t[s:end] in (t[end : 2 * end - s], t[2 * s - end : s]):
        return False  # 最后一天, 每一年; 一天一天, 一步一步 (reduplicated)
    if unit in _ONE_SPAN_UNITS or (t[end : end + 1] in _CLAUSE_END and unit not in _COLLECTIVE):
        return True
    if before in _COUNT_JOINS:  # 2辆小巴及一辆的士: a count joined to one in the same unit
        printed = t[s + 1 : end]
        prev = t[max(0, s - _JOIN_REACH) : s - 1]
        at = prev.rfind(printed)
        lone_one = prev[at - 1 : at] == "一" and prev[at - 2 : at - 1] not in _NUMERAL_CHARS
        if at > 0 and prev[at - 1] in _NUMERAL_CHARS and not lone_one:
            return True  # (not after another lone 一: 一个人和一个团队, two articles)
    return (
        _after_change(t, s)
        or (unit == "分" and before in _SCORE_BEFORE)
        or (unit in data.PLACE_UNITS and _places_follow(t, end))
    )


def _places_follow(t: str, p: int) -> bool:
    """Whether a count of places in Chinese numerals of two or more characters follows at
    ``p`` (十四县): a lone 一 before it with a unit of places is a member of the same list of
    divisions (辖一市十四县, 一区十二镇), not the article. Two single numerals side by side are
    left to the idioms (一日三秋, 一国两制)."""
    q = p
    while q < p + _COUNT_REACH and t[q : q + 1] in _CN_COUNT_CHARS and t[q : q + 1]:
        q += 1
    return q - p >= 2 and q < p + _COUNT_REACH and t[q : q + 1] in data.PLACE_UNITS


#: Chinese numeral characters of a count (十四, 二十三).
_CN_COUNT_CHARS = frozenset("一二两三四五六七八九十百千")


#: How many numeral characters :func:`_count_follows` reads at most (a count in a list).
_COUNT_REACH = 8


#: Words joining two counts (2辆小巴及一辆的士), and how far back the other count may stand.
_COUNT_JOINS = frozenset("及和与與、")
_JOIN_REACH = 12


def _ratio_side(t: str, s: int, e: int) -> bool:
    """Whether ``t[s:e]`` is a side of a score or ratio written with 比: 三比二, 105比100."""
    return (t[e : e + 1] == "比" and t[e + 1 : e + 2] in _NUMERAL_CHARS) or (
        t[s - 1 : s] == "比" and t[s - 2 : s - 1] in _NUMERAL_CHARS
    )


_GRADES = frozenset(("年级", "年級"))
_SERIES_JOINS = frozenset("、和或")


def _series_member(t: str, e: int) -> bool:
    """Whether another numeral follows ``t[:e]`` in a series: 一、二年级, 二、三名, 2和3个."""
    return t[e : e + 1] in _SERIES_JOINS and t[e + 1 : e + 2] in _NUMERAL_CHARS


#: Separators a span of days starts at (年三十至初六).
_SPAN_TO = frozenset("至到起")
#: Words 年 ends that are no New Year (今年三十: an age this year; 去年, 每年, 当年 ...).
_YEAR_WORDS_END = frozenset("今去明前后後每当當同本近上下全半成多")


def _year_end_day(t: str, s: int, core: str) -> bool:
    """Whether the bare numeral ``core`` at ``s`` is a last day of the lunar year after 年,
    dated as a report dates a day: 年三十（21日）, 年廿八至初六 (New Year's Eve and the days
    before it, with the calendar's date in brackets or as the start of a span); 年 no numeral's
    unit and no end of a word (今年三十). Elsewhere 年三十 names the festival as often
    (大年三十晚上, in sayings) and is left alone."""
    e = s + len(core)
    return (
        t[s - 1 : s] == "年"
        and (core in ("三十", "卅") or (len(core) == 2 and core[0] == "廿"))
        and t[s - 2 : s - 1] not in _NUMERAL_CHARS
        and t[s - 2 : s - 1] not in _YEAR_WORDS_END
        and (
            (t[e : e + 1] in _OPEN_BRACKETS and t[e + 1 : e + 2] in _NUMERAL_CHARS)
            or t[e : e + 1] in _SPAN_TO
        )
    )


def _lunar_span_end(t: str, s: int) -> bool:
    """Whether the bare numeral at ``s`` ends a span of lunar days begun with 初 (初三至七,
    初一到十五: the 初 is printed once)."""
    return (
        t[s - 1 : s] in _SPAN_TO
        and t[s - 1] != "起"
        and t[s - 3 : s - 2] == "初"
        and t[s - 2 : s - 1] in _LUNAR_DIGITS
    )


#: Digits of the first ten lunar days (初一 … 初十).
_LUNAR_DIGITS = frozenset("一二三四五六七八九十")


def _bare_cn(sc: _Scan, r: _Reading) -> Skip:
    """A Chinese numeral with no unit and no marker: a lunar day after its month, the first
    members of a series (小学一、二年级), a ratio (一百零五點二比一百), a top N (位列前五);
    else no quantity unless it holds 百, 千, 万 or 亿."""
    t, s, shape, v = sc.t, r.s, r.shape, r.value
    follows_month = sc.month_cn_end == s or t[max(0, s - 2) : s] in _LUNAR_MONTH_NAMES
    lunar = follows_month or _year_end_day(t, s, shape.core) or _lunar_span_end(t, s)
    if lunar and v is not None and 1 <= v <= 30 and not shape.fraction_form:
        r.kind = "date-part"
        r.lunar_day = True
        return None
    if shape.fraction_form or shape.has_big or t[r.end - 1 : r.end] in _YI:
        return None  # (五个亿: the spoken hundred million holds its 亿 after 个)
    if _elided_percent(sc, r):
        r.kind = "percent"  # 百分之四十一、二十四点一及十三点五: the 百分之 holds for each
        return None
    if _series_member(t, r.end):
        q = r.end + 1
        while t[q : q + 1] in _NUMERAL_CHARS and t[q : q + 1]:
            q += 1
        if t[q : q + 2] in _GRADES:
            r.kind = "ordinal"  # 小学一、二年级: grades
        return None
    nxt = t[r.end : r.end + 1]
    if _ratio_side(t, s, r.end):
        return None  # 三比二: a score or ratio
    if t[s - 1 : s] == "前" and (nxt in _CLAUSE_END or not nxt) and v is not None and v <= 100:
        return None  # 跌出前五, 位列前十: the top N
    return r.e


#: Joints of a list that a 百分之 printed once holds across.
_PERCENT_LIST_JOINTS = frozenset("、及和与與")


def _elided_percent(sc: _Scan, r: _Reading) -> bool:
    """Whether a bare Chinese numeral is a member of a list of percents whose 百分之 is
    printed once, before its first member (分别占百分之四十一、二十四点一及十三点五): right
    after a percent of Chinese numerals and a joint of the list."""
    s = r.s
    if r.value is None or not sc.mentions or sc.prev_end != s - 1:
        return False
    last = sc.mentions[-1]
    return (
        sc.t[s - 1] in _PERCENT_LIST_JOINTS
        and last.kind == "percent"
        and not _ASCII_DIGITS.intersection(last.text)
        and "%" not in last.text
    )


def _year_before_name(t: str, r: _Reading) -> bool:
    """Whether four bare Arabic digits of a year (1900 to 2099) begin a name: at the start of
    a clause, before a Chinese character that starts no unit or marker (2024中超联赛)."""
    core, before, after = r.shape.core, t[r.s - 1 : r.s], t[r.e : r.e + 1]
    return (
        len(core) == 4
        and core.isdigit()
        and "1900" <= core <= "2099"
        and (before == "" or before in _CLAUSE_START)
        and "\u4e00" <= after <= "\u9fff"
        and after not in _UNIT_FIRST
        and after not in _MARKER_FIRST
    )


def _day_after_month(sc: _Scan, r: _Reading) -> bool:
    """Whether bare Arabic digits (1 to 31) follow a month's date part at once, a day printed
    without its 日 (1920年9月23生于)."""
    v = r.value
    return (
        sc.t[r.s - 1 : r.s] == "月"
        and sc.prev_end == r.s
        and bool(sc.mentions)
        and sc.mentions[-1].kind == "date-part"
        and v is not None
        and v.denominator == 1
        and 1 <= v <= 31
        and len(r.shape.core) <= 2
    )


def _index_name(t: str, r: _Reading) -> bool:
    """Whether bare Arabic digits between a name and 指数 (index) end the index's name:
    富时100指数, 罗素2000指数 (a word or letter before them, no space)."""
    before = t[r.s - 1 : r.s]
    return (
        t[r.e : r.e + 2] == "指数"
        and r.shape.core.isdigit()
        and (("\u4e00" <= before <= "\u9fff") or (before.isascii() and before.isalpha()))
    )


#: Characters right after bare digits that make them the number of a type or a model
#: (815型电子侦察船, 2型糖尿病, 99式坦克): a paper counts types with a measure word (三种).
_MODEL_CHARS = frozenset("型式")
_PHONE_AFTER_FIRST = frozenset(w[0] for w in data.PHONE_WORDS_AFTER)
#: Characters beside a bare number that make it a score or a change (120比110, 120:110, 跌120,
#: 得分120): a quantity even when it spells an emergency number.
_SCORE_OR_CHANGE_NEXT = frozenset("比:∶-–—－跌涨漲升降增减減加分")


def _label_number(t: str, r: _Reading) -> bool:
    """Whether bare Arabic digits label rather than count: a floor or building right before
    楼 (7楼, data.FLOOR_CHARS), an emergency number printed bare (120共出动, data.
    EMERGENCY_NUMBERS), or a telephone or service number, before a word of calling (120急救,
    12345热线) or after a verb of dialling (拨打110, data.PHONE_WORDS_AFTER and
    PHONE_WORDS_BEFORE). Whole numbers only: 2.5楼 or 1.5万热线 are no labels."""
    core, after = r.shape.core, t[r.e : r.e + 1]
    if not core.isdigit():
        return False
    if after in data.FLOOR_CHARS:
        return True
    if (
        core in data.EMERGENCY_NUMBERS
        and not _after_change(t, r.s)
        and t[r.s - 1 : r.s] not in _SCORE_OR_CHANGE_NEXT
        and after not in _SCORE_OR_CHANGE_NEXT
    ):
        return True  # 120共出动604次: the ambulance service (but 下跌120, 120比110: quantities)
    return (after in _PHONE_AFTER_FIRST and t.startswith(data.PHONE_WORDS_AFTER, r.e)) or (
        t[max(0, r.s - 2) : r.s] in data.PHONE_WORDS_BEFORE
    )


def _designation(t: str, r: _Reading) -> bool:
    """Whether a bare whole number follows a word and a dash at once (歼-20, 运-20, 东风-41,
    北区-1): the designation of an aircraft, a missile or a zone. A paper prints a negative
    count with its unit or sign word (气温-5℃, 零下5度, 下降-2.3%), not right after a noun."""
    word_end = t[r.s - 2 : r.s - 1]
    return (
        r.sign in _DASH_SIGNS
        and r.shape.core.isdigit()
        and "\u4e00" <= word_end <= "\u9fff"
        and word_end not in _VALUE_BEFORE
    )


_DASH_SIGNS = frozenset("-\u2212")
#: Last characters of words that introduce a value (同比-3, 最低-5, 为-2, 报-20, 降至-1): a
#: negative number after them is a value, not a designation.
_VALUE_BEFORE = frozenset("比为為是至到低高达達降升涨漲跌报報约約近于於温溫均差仅僅计計")


#: Characters a clause starts after, and the first characters of the trailing markers.
_CLAUSE_START = frozenset("，。；！？、,;!? \n“「《(（")
_MARKER_FIRST = frozenset(m[0] for m in (*_POSTS, *_MIDS))


def _bare_or_article(sc: _Scan, r: _Reading) -> Skip:
    """A number with no unit and no marker, and the indefinite article (一个项目, 一批)."""
    t, s, shape = sc.t, r.s, r.shape
    bare = r.unit is None and r.approx is None and r.pct is None and shape.pct_prefix is None
    if bare and r.kind in ("cardinal", "decimal") and not r.point and not _after_change(t, r.start):
        if shape.is_cn:
            skip = _bare_cn(sc, r)
            if skip is not None:
                return skip
        elif (
            "." not in shape.core
            and "," not in shape.core
            and " " not in shape.core  # (28 831: one number, its groups spaced)
            and len(shape.core) >= 5
            and _BIG_CHARS.isdisjoint(shape.core)
        ):
            return r.e  # postcodes, phone numbers, serials (digits only: 2000万 is an amount)
        elif _year_before_name(t, r) or _day_after_month(sc, r):
            r.kind = "date-part"  # 2024中超联赛: the year of an event; 9月23: the day
        elif _index_name(t, r) or (shape.core.isdigit() and t[r.e : r.e + 1] in _MODEL_CHARS):
            return r.e  # 富时100指数, 815型, 2型糖尿病: the number of a name or a model
        elif _label_number(t, r):
            return r.e  # 住在7楼, 拨打120, 12345热线: a floor or a number dialled
        elif _designation(t, r):
            return r.e  # 歼-20, 东风-41: the number of a model's name, no negative count
    # the indefinite article: 一个项目, 一项, 一批 (but 一米, 一元, 一个半, 一月 count)
    if shape.one and r.unit is not None and _one_is_word(t, s, r.unit):
        return r.end
    if (
        shape.one
        and not r.ordinal
        and not r.point
        and r.approx is None
        and not r.half
        and r.kind not in ("range", "date-part")
    ):
        if r.unit is None and not shape.fraction_form and r.kind not in ("ordinal", "cardinal"):
            return r.e
        if (
            r.unit is None
            and not shape.fraction_form
            and not _series_member(t, r.end)
            and not _ratio_side(t, s, r.end)
        ):
            return r.e
        if r.unit is not None and not _one_counts(t, s, r.unit, r.end):
            return r.end
    return None


def _sure(r: _Reading) -> bool:
    """Whether normalize_numbers may rewrite the mention. find_numbers reports, but leaves as
    printed, the readings that are names or articles as often as counts: a Chinese numeral
    standing with no unit, marker or 第 (王十萬, a place name); one digit before a place unit
    (宝山八村); a lone 一 before a classifier (很不平凡的一年, 其中的一部); a label read from its
    unit (仁博二期, a project's name). See also ``_figures``."""
    shape = r.shape
    if not shape.is_cn or shape.fraction_form or shape.pct_prefix is not None:
        return True  # Arabic digits, 三分之一, 百分之三十五
    if r.kind == "ordinal":
        return r.ordinal
    if r.kind not in ("cardinal", "decimal", "fraction"):
        return True
    if r.unit is None:
        return r.approx is not None or r.pct is not None
    if shape.one and r.approx is None and not r.half:
        return r.unit in _MEASURES
    return not (r.unit in data.PLACE_UNITS and r.e - r.s == 1)


_SLASHES = frozenset("/／")
#: Units of time a rate is counted per (吨/年, 人次/日, 48米/秒).
_PER_TIMES = frozenset("年月日天周时秒")
#: Measurement units a rate is counted per (公斤/公顷, 公斤/亩, 元/吨, 美元/桶), as printed.
_PER_SET, _PER_LENGTHS = _by_length(_with_traditional((*data.MEASURES, *data.PER_CLASSIFIERS)))


def _per_unit(t: str, p: int) -> int:
    """The length of the unit a rate is counted per at ``p``: a unit of time (年 of 吨/年, not
    of 2021/9) or of measurement (公顷 of 公斤/公顷, 亩 of 公斤/亩); 0 when there is none."""
    per = "x" if t[p : p + 1] in _PER_TIMES else _longest(t, p, _PER_SET, _PER_LENGTHS)
    k = len(per or "")
    return 0 if not k or t[p + k : p + k + 1].isdigit() else k


#: Words joining the members of a list of dates or of a pair of neighbours (7、8月, 23及24日,
#: 三、四万斤).
_LIST_JOINS = frozenset("、及和与與或")
#: Date units a list shares with its earlier members (7、8月, 23及24日), with the largest value
#: each can take.
_SHARED_DATE_UNITS = MappingProxyType({"月": 12, "月份": 12, "日": 31, "号": 31, "季度": 4})
#: Kinds of the bare first members of a list: a count, and for quarters an ordinal with its 第
#: (第一、二季度 names the first and second quarters, as 第一季度 does one).
_BARE = frozenset(("cardinal",))
_QUARTER_FIRST = frozenset(("cardinal", "ordinal"))
#: Units before which a pair of neighbours lists two members, not one amount: places and
#: grades (二、三名, 一、二年级) and date units (六、七年前 as annotated, 7、8月).
_PAIR_LISTS = frozenset(("名", "位", "年级", "年", "个月", "天", "日", "月", "时", "小时"))
#: Where positions are counted from in a caption (右起三、四人, 左起第二人): the numbers after
#: it are places, no amount.
_POSITION_FROM = _rx.std_compile("[左右]起")
#: Powers of ten a pair of neighbours may share (三、四万斤: 30000 to 40000).
_SHARED_BIGS = tuple(Fraction(10) ** k for k in range(9))


def _joined_to_last(sc: _Scan, pos: int, kinds: frozenset[str] = _BARE) -> NumberMention | None:
    """The last mention when it is a bare whole number (no unit, no marker) of one of
    ``kinds`` ending right before the joint of a list before ``pos``, else None."""
    m = sc.mentions[-1] if sc.mentions else None
    t = sc.t
    if (
        m is None
        or m.span.end != pos - 1
        or t[pos - 1 : pos] not in _LIST_JOINS
        or m.kind not in kinds
        or m.unit is not None
        or m.approx is not None
        or m.value is None
        or m.value.denominator != 1
    ):
        return None
    return m


def _dates_share_unit(sc: _Scan, unit: str | None, value: Fraction | None, start: int) -> None:
    """Papers print a list of dates with the unit once, after the last (7、8月, 23及24日,
    七、八、九月份): the bare numbers before it are date parts too, when each is a day or month
    before the next."""
    limit = _SHARED_DATE_UNITS.get(unit or "")
    if limit is None or value is None or not sc.same_length:
        return
    kept: list[NumberMention] = []
    kinds = _QUARTER_FIRST if unit == "季度" else _BARE  # 第一、二季度: the 第 is the series'
    while (last := _joined_to_last(sc, start, kinds)) is not None:
        v = last.value
        if v is None or not 1 <= v < value <= limit:
            break
        kept.append(attrs.evolve(last, kind="date-part"))
        value, start = v, last.span.start
        sc.mentions.pop()
    sc.mentions.extend(reversed(kept))


def _neighbour_range(
    sc: _Scan, start: int, core: str, value: Fraction | None, unit: str | None
) -> tuple[int, Fraction, Fraction] | None:
    """Papers print an approximate amount as two neighbouring numbers with the unit once
    (三、四万斤, 13、14度左右: three or four ten thousand jin), as they print 三四万斤 without
    the 、: one range, the power of ten after the second holding for the first. Places, grades
    and units of time list two members (二、三名, 六、七年前 are annotated so). Returns the
    range's start, low and high, the bare first number taken off the mentions; else None."""
    if value is None or unit is None or unit in _PAIR_LISTS or not sc.same_length:
        return None
    last = _joined_to_last(sc, start)
    if last is None or last.value is None or sc.t[start - 1] != "、":
        return None
    if last.text.isascii() != core.isascii() or _POSITION_FROM.match(sc.t, last.span.start - 2):
        return None  # (右起三、四人: the third and fourth from the right, positions)
    low = last.value
    big = value / (low + 1)
    if big not in _SHARED_BIGS or (big > 1 and _POWER_CHARS.isdisjoint(core)):
        return None
    sc.mentions.pop()
    del sc.edits[sc.last_edits :]  # a range in words is not rewritten (as 三四万斤)
    return last.span.start, low * big, value


def _places_listed(sc: _Scan, start: int, value: Fraction | None, end: int) -> bool:
    """Whether ``名`` ending at ``end`` closes a list of neighbouring places (沙米分获二、三名,):
    at the end of its phrase 名 ranks (a count of people takes its noun after it, 三、四名学生),
    so the bare number before it is a place too; it is made an ordinal here."""
    last = _joined_to_last(sc, start)
    if (
        last is None
        or value is None
        or last.value != value - 1
        or sc.t[start - 1] != "、"
        or sc.t[end : end + 1] not in _CLAUSE_END
    ):
        return False
    sc.mentions[-1] = attrs.evolve(last, kind="ordinal")
    return True


def _shared_unit(sc: _Scan, r: _Reading) -> None:
    """A bare number joined to the next by 、, 及 or 和 shares its unit (a list of dates, a
    pair of neighbours): see :func:`_dates_share_unit` and :func:`_neighbour_range`."""
    if r.kind == "date-part":
        _dates_share_unit(sc, r.unit, r.value, r.start)
    elif r.unit == "名" and r.kind == "cardinal" and _places_listed(sc, r.start, r.value, r.end):
        r.kind = "ordinal"
    elif r.kind in ("cardinal", "money") and r.start == r.s:
        got = _neighbour_range(sc, r.start, sc.t[r.s : r.e], r.value, r.unit)
        if got is not None:
            r.start, r.low, r.high = got
            r.kind, r.value = "range", None


#: Characters of the powers of ten a numeral may end with (四万, 40万, 三千).
_POWER_CHARS = frozenset("十百千万亿萬億拾佰仟")


#: Numerals before 下 that make no count of strokes: 一下 (看一下, "a little"), 四下 (环顾四下,
#: "all around") and 零下 (below zero) are words.
_NOT_STROKES = frozenset("一壹四肆零〇○")


#: What 口 counts when it counts: the people of a household (三口人, 三口之家), wells, ponds
#: and pots (三口井, 两口塘, 一口锅), or the members of a list (平塘23 731口、). Elsewhere a
#: numeral and 口 name a place (三口, 汉口) or begin a word.
_MOUTH_COUNTS = frozenset("人井塘池锅鍋缸之、")


def _emit(sc: _Scan, r: _Reading) -> None:
    """Record the mention (and its rewrites); a lunar day makes the month before it lunar."""
    if r.unit == "下" and (r.shape.core in _NOT_STROKES or r.half or r.value is None):
        return  # 看一下, 环顾四下, 2024下半年: no strokes counted
    if r.unit == "口" and sc.t[r.end : r.end + 1] not in _MOUTH_COUNTS:
        return  # 三口 (a place), 他们三口地: no household counted
    if sc.same_length and sc.mentions:
        _shared_unit(sc, r)
    t, start, end = sc.t, r.start, r.end
    if (
        r.unit_text is not None
        and t[end : end + 1] in _SLASHES
        and r.kind != "date-part"
        and (per := _per_unit(t, end + 1))
    ):
        # a rate keeps its whole unit: 200万吨/年, 30万千瓦/时, 5515.7公斤/公顷
        r.unit_text += t[end : end + 1 + per]
        r.unit = r.unit_text if r.unit is None else r.unit + t[end : end + 1 + per]
        r.end = end = end + 1 + per
    lunar = r.lunar_day
    if r.month_cn:
        sc.month_cn_end = end
        if _GANZHI_YEAR_RE.search(t, max(0, start - 3), start) or t[max(0, start - 2) : start] in (
            "农历",
            "阴历",
            "夏历",
        ):
            lunar = True
    if r.is_time:
        sc.time_end = end
    if r.kind == "ordinal":
        sc.last_ordinal_end = end
    span = _span(start, end, sc.text[start:end]) if sc.same_length else sc.norm.span(start, end)
    mention = _mention(
        span,
        span.text,
        r.value,
        r.kind,
        r.approx,
        r.unit_text,
        r.low,
        r.high,
        r.shape.colloquial,
        lunar,
        r.seq if r.kind == "digit-sequence" else None,
    )
    sc.prev_end = end
    mentions = sc.mentions
    if lunar and mentions:
        # a Chinese-numeral month right before a lunar day is lunar too: 辛丑年十一月二十
        month = mentions[-1]
        if (
            month.kind == "date-part"
            and month.unit in ("月", "月份")
            and month.span.end == span.start
            and not month.lunar
        ):
            mentions[-1] = attrs.evolve(month, lunar=True)
            del sc.edits[sc.last_edits :]
    mentions.append(mention)
    sc.last_edits = len(sc.edits)
    if (
        sc.rewrites
        and not lunar
        and (r.kind != "range" or r.explicit)
        and not (r.shape.is_cn and t[r.s - 1 : r.s] in _ASCII_DIGITS)  # 9三個月 is no 93個月
        and _sure(r)
        and not (
            r.shape.is_cn
            and not r.shape.fraction_form
            and r.shape.pct_prefix is None
            and doubtful(t, start, end, r.s, r.e, r.unit, r.kind, r.approx is not None)
        )
    ):
        if r.edit is not None:
            sc.edits.append(r.edit)
        if r.edit_hi is not None:
            sc.edits.append(r.edit_hi)


def _not_in_number_context(cand: str, before: str, after: str) -> bool:
    """A lone financial digit outside a money amount (队伍人数, 陆地), 半 inside a word."""
    if len(cand) == 1 and cand in data.FORMAL_CHARS:
        return after not in data.FORMAL_CONTEXT_AFTER and before not in data.FORMAL_CHARS
    return cand == "半" and before in data.HALF_WORD_BEFORE


def _read_candidate(sc: _Scan, s: int, e: int) -> Skip:
    """Read the candidate ``t[s:e]`` in its context, step by step; record it if it counts."""
    t = sc.t
    before = t[s - 1] if s else ""  # the character before the numeral
    after = t[e : e + 1]  # and the one after it
    if (before in _OPEN_BRACKETS or before in _COMMAS) and _bracketed_years(sc, s, e, before):
        return None
    if after == "/" and (_joined_date(sc, s, e, before) or _fiscal_year(sc, s, e, before)):
        return None
    if after == "/" or (before in _OPEN_BRACKETS and after in _CLOSE_BRACKETS):
        special = _slash_or_bracket(sc, s, e, before)
        if special is not None:
            return _read_steps(sc, special, before)
    if e - s == 1 or e - s > _MAX_CORE or before in _EARLY_BEFORE or after in _SUSPECT_AFTER:
        skip = _early_skip(sc, s, e, before, after)  # else none of its checks applies
        if skip is not None:
            return skip
    if after in _TIER_AFTER and t.startswith(_TIER_NEXT, e + 1) and e - s <= 3:
        # the tiers of cities (一二线城市, 三四线城市, 二三線城市): a rank of cities named by
        # their size, a word of its own as 一线 is, no count of lines nor a range of them
        return e
    cand = t[s:e]
    shape = sc.shapes.get(cand, _UNREAD)
    if shape is _UNREAD:
        shape = sc.shapes[cand] = _shape(cand)
    if shape is None:
        if cand[-1] == "一" and e - s >= 3:
            return _read_candidate(sc, s, e - 1)  # 三千五一个月, 一百五一斤: 一 per
        if not cand[0].isascii() and cand[1:2] in _ASCII_DIGITS:
            return _read_candidate(sc, s + 1, e)  # 大陆31个: 陆 is no numeral before digits
        return _NONE_SKIPPED
    if _not_in_number_context(cand, before, after) or _in_context(t, s, e, before, after, shape):
        return _NONE_SKIPPED
    if e - s == 1 and shape.is_cn and (_paired_figures(t, s) or _repeated_frame(t, s)):
        return _NONE_SKIPPED
    if shape.one and after == "半" and _half_share(t, s, e):
        # 一半 alone is a share, 1/2 (超过一半的居民, 一半以上), as 三分之一 and 三成 are: a
        # fraction, left as printed by normalize_numbers
        return _read_steps(sc, _Reading(s, e + 1, _HALF_SHARE), before)
    r = _Reading(s, e, shape)
    if sc.rewrites:
        _numeral_edit(sc, r)
    if (
        (after in _RANGE_SEPS or (after == " " and t[e + 1 : e + 3] in _SPACED_SEPS))
        and r.kind == "cardinal"
        and r.seq is None
        and r.value is not None
    ):
        _explicit_range(sc, r)
    if (
        not r.explicit
        and after in _DASH_CHARS
        and t[e + 1 : e + 2] in _ASCII_DIGITS
        and not _dash_score(t, s, e)
    ):
        if _season(sc, r, before) or _joined_date(sc, s, e, before):
            return None
        return e + 1  # 31—2, 0571-8888: digits joined by a dash are an identifier
    if shape.plain and before not in _BEFORE_SPECIAL and before not in _SCORE_SIGNS:
        more = _UNIT_MORE.get(after)
        if more is not None and t[e + 1 : e + 2] not in more:
            return _read_unit_alone(sc, r, after)
    return _read_steps(sc, r, before)


#: 线 of the tiers of cities, and the words for cities after it.
_TIER_AFTER = frozenset("线線")
_TIER_NEXT = ("城市", "城镇", "城鎮")


#: 一半 read as one numeral: the fraction 1/2.
_HALF_SHARE = _Shape(
    core="一半", value=Fraction(1, 2), is_cn=True, kind="fraction", fraction_form=True
)
#: Characters before 一 that end a word with it (统一, 单一, 唯一, 同一, 万一, 划一, 专一,
#: 均一): then 半 starts the next word (统一半价).
_ONE_WORD_BEFORE = frozenset("统統单單唯同万萬划劃专專均")
_HALF_UNIT_FIRST = frozenset(u[0] for u in data.HALF_UNITS)


def _half_share(t: str, s: int, e: int) -> bool:
    """Whether 一 at ``s:e`` and 半 after it are the share 一半: no word ends with the 一, and
    no numeral, unit or 半 follows (一半天, 一半个月 count days and months)."""
    nxt = t[e + 1 : e + 2]
    return (
        t[s - 1 : s] not in _ONE_WORD_BEFORE
        and nxt not in _NUMERAL_CHARS
        and nxt not in _HALF_UNIT_FIRST
        and nxt != "半"
    )


#: Commas, after which a year glosses the year of an era in the same brackets (乾隆二十八年,1763).
_COMMAS = frozenset(",，")
#: Three or four digits, a year, alone in brackets up to the close (the gloss of an era's year)
#: or joined by a dash to a second (a life span: 鲁迅(1881—1936)).
_BRACKET_YEARS_RE = _rx.std_compile(
    r"([0-9]{3,4})(?:[-~\u2013\u2014\uff0d\uff5e]([0-9]{3,4}))?[)\uff09]"
)
#: The longest life span a pair of years in brackets is read as (a person's years).
_LIFE_SPAN_MAX = 130


def _bracketed_years(sc: _Scan, s: int, e: int, before: str) -> bool:
    """Years in brackets, each a bare date part, recorded here: a year of the common era that
    glosses the year of an era printed before the brackets (民国三年(1914), 康熙六十年（1721）,
    (乾隆二十八年,1763)), and a life span (包天笑(1876—1973)). Histories and obituaries print
    them so; other digits in brackets are labels or counts (（2）, (12个))."""
    t = sc.t
    m = _BRACKET_YEARS_RE.match(t, s)
    if m is None or m.end(1) != e or t[m.end() : m.end() + 1] in _UNIT_FIRST:
        return False  # (1200-1300)页: a range of a count
    years: tuple[tuple[int, int], ...]
    if m[2] is None:
        # a gloss: 年 right before the brackets, or before the comma inside them
        if before in _COMMAS:
            opened = max(t.rfind("(", max(0, s - 16), s), t.rfind("（", max(0, s - 16), s))
            if opened < 0 or not t.startswith("年", s - 2):
                return False
        elif not t.startswith("年", s - 2):
            return False
        years = ((m.start(1), m.end(1)),)
    else:
        first, second = int(m[1]), int(m[2])
        if before in _COMMAS or not first < second <= first + _LIFE_SPAN_MAX:
            return False
        years = ((m.start(1), m.end(1)), (m.start(2), m.end(2)))
    for a, b in years:
        shape = _shape(t[a:b])
        if shape is None:
            return False
        part = _Reading(a, b, shape)
        part.kind, part.value = "date-part", Fraction(int(t[a:b]))
        _emit(sc, part)
    return True


#: Two years in a row joined by a dash: a season, a school or financial year (2020-2021赛季).
_SEASON_RE = _rx.std_compile(
    r"([12][0-9]{3})[-\u2013\u2014\uff0d]([12][0-9]{3})(?![0-9.\-\u2013\u2014\uff0d])"
)


def _season(sc: _Scan, r: _Reading, before: str) -> bool:
    """Two years in a row joined by a dash (2020-2021赛季, 2023-2024学年): each a date part,
    recorded here; other digits joined by a dash are an identifier."""
    m = _SEASON_RE.match(sc.t, r.s)
    if m is None or m.start(2) != r.e + 1 or (before.isalnum() and before.isascii()):
        return False  # (A2020-2021: a code)
    first, second = int(m[1]), int(m[2])
    shape = _shape(m[2])
    if second != first + 1 or not r.shape.arabic or shape is None:
        return False
    for a, b, year in ((m.start(1), m.end(1), first), (m.start(2), m.end(2), second)):
        part = _Reading(a, b, r.shape if a == r.s else shape)
        part.kind, part.value = "date-part", Fraction(year)
        _emit(sc, part)
    return True


#: A date printed with dashes or slashes, the same sign twice: 2021-09-17, 2026/01/16.
_JOINED_DATE_RE = _rx.std_compile(
    r"((?:19|20)[0-9]{2})([-/])(0?[1-9]|1[0-2])\2(0?[1-9]|[12][0-9]|3[01])(?![0-9.\-/])"
)


def _joined_date(sc: _Scan, s: int, e: int, before: str) -> bool:
    """A year, a month and a day joined by dashes or slashes (2021-09-17, 2017-7-23 20:06:50,
    2026/01/16): each a date part with no unit, recorded here; other digits joined by a dash
    or a slash are an identifier or a fraction."""
    m = _JOINED_DATE_RE.match(sc.t, s)
    if (
        m is None
        or m.end(1) != e
        or (before.isalnum() and before.isascii())
        or before in ("-", "/")
    ):
        return False  # (A2021-09-17, 12-2021-09-17: a code)
    for i in (1, 3, 4):
        shape = _shape(m[i])
        if shape is None:
            return False
        part = _Reading(m.start(i), m.end(i), shape)
        part.kind, part.value = "date-part", Fraction(int(m[i]))
        _emit(sc, part)
    return True


#: The words after the second year of a fiscal year (2022/23年度, 2023/24財政年度), and of
#: the other years that run across two calendar years: a season of a league (2020/21赛季) and
#: a school year (2024/25学年).
_FISCAL_YEAR_WORDS = ("年度", "财政年度", "財政年度", "赛季", "賽季", "学年", "學年", "年")


def _fiscal_year(sc: _Scan, s: int, e: int, before: str) -> bool:
    """A fiscal year across two calendar years, the second by its last two digits (2022/23年度,
    as the budgets of Hong Kong, Macao, Singapore and Malaysia and their papers print it; a
    season, 2020/21赛季, and a school year the same way): two
    date parts, the first with no unit and the second with the word of the year, recorded
    here. Only when the second year follows the first: other digits around a slash are a
    fraction or a code."""
    t = sc.t
    if e - s != 4 or before.isdigit() or not t[e + 1 : e + 3].isdigit() or t[e + 3 : e + 4] == "/":
        return False
    word = next((w for w in _FISCAL_YEAR_WORDS if t.startswith(w, e + 3)), None)
    first, second = _shape(t[s:e]), _shape(t[e + 1 : e + 3])
    if word is None or first is None or second is None or not t[s:e].isdigit():
        return False
    if (int(t[s:e]) + 1) % 100 != int(t[e + 1 : e + 3]):
        return False
    part = _Reading(s, e, first)
    part.kind, part.value = "date-part", Fraction(int(t[s:e]))
    _emit(sc, part)
    part = _Reading(e + 1, e + 3, second)
    part.kind, part.value = "date-part", Fraction(int(t[e + 1 : e + 3]))
    part.unit = part.unit_text = word
    part.end = e + 3 + len(word)
    _emit(sc, part)
    return True


#: Characters before Arabic digits that send them the general way (:func:`_read_arabic`):
#: the neighbours of identifiers, a space (iPhone 15), brackets, the first of a word
#: context's pair.
_ARABIC_NOT_AFTER = _EARLY_BEFORE | _OPEN_BRACKETS | _BEFORE_DIGIT_PAIRS
#: And characters after them: identifiers, ranges, dashes, slashes, brackets.
_ARABIC_NOT_BEFORE = _SUSPECT_AFTER | _RANGE_SEPS | _DASH_CHARS | _CLOSE_BRACKETS | frozenset("/")
# How the one-step reading (:func:`_read_arabic_unit`) reads the kind from the unit, as
# _kind_of_unit, _date_part and _cardinal read it for Arabic digits: a count, money, the date
# and time units, a place unit (a noun after 万/亿: 一万多市民), a label (三年级).
# (counts first, then the date units, then the others: a rule from _YEAR to _MINUTE is a
# date unit's)
_COUNT, _PLACE, _YEAR, _MONTH, _MONTHS, _DAY, _NUMBER_SIGN, _HOUR, _MINUTE = range(9)
_MONEY, _LABEL, _PERCENT, _PERMILLE = range(9, 13)
_DATE_RULES = MappingProxyType(
    {
        "年": _YEAR,
        "月": _MONTH,
        "月份": _MONTHS,
        "日": _DAY,
        "号": _NUMBER_SIGN,
        "时": _HOUR,
        "分": _MINUTE,
        "秒": _MINUTE,
    }
)


def _unit_rule(unit: str) -> int:
    if unit in _CURRENCY:
        return _MONEY
    if unit in data.ALWAYS_LABEL_UNITS:
        return _LABEL
    return _DATE_RULES.get(unit, _PLACE if unit in data.PLACE_UNITS else _COUNT)


#: Units the one-step reading takes, as printed, and their rule (read from the vocabulary's
#: spelling): one character the tail reads alone (not 成, which counts tenths, nor 角 and 金,
#: which depend on the words around them, nor 路, a route before a vehicle: 780路公交车, nor 班,
#: a class after its grade: 三年级2班), or
#: longer (not 季度, which names a quarter or counts them by the words before it, nor 巴仙,
#: a percent that keeps its word as the unit).
_FAST_UNITS = MappingProxyType(
    {
        u: _unit_rule(_CANON[u])
        for u in (*_UNIT_MORE, *(u for u in _UNITS if len(u) > 1))
        if _CANON[u]
        not in (
            "成",
            "折",
            "倍",
            "角",
            "路",
            "班",
            "季度",
            "年代",
            "世纪",
            "巴仙",
            *data.UNITS_AT_END,
        )
    }
    | {"%": _PERCENT, "‰": _PERMILLE}
)
#: First characters of the units.
_UNIT_FIRST = frozenset(u[0] for u in _UNITS)
_UNIT_NOUNS = data.UNIT_NOUNS
#: What :func:`_read_arabic` returns for a candidate it leaves to the general steps.
_GENERAL = -2


def _read_arabic(sc: _Scan, s: int, e: int) -> Skip:
    """The candidate ``t[s:e]`` if it is Arabic digits (perhaps with a decimal point,
    separators, 万/亿) that are no identifier and no part of a word context: none of the
    checks of :func:`_read_candidate` before the steps can apply, so the steps are read
    straight away, and the commonest reading, one unit character alone after them with
    nothing special before, in one step (:func:`_read_arabic_unit`). Read as the general way
    reads them (tests/test_numerals.py compares both ways on the corpus and on random text);
    anything else: ``_GENERAL``."""
    t = sc.t
    before = t[s - 1] if s else ""
    after = t[e : e + 1]
    if before in _ARABIC_NOT_AFTER or after in _ARABIC_NOT_BEFORE or before in _SCORE_SIGNS:
        return _GENERAL  # (and (乾隆二十八年,1763): a year glossed in brackets, after the comma)
    if after == " " and t[e + 1 : e + 3] in _SPACED_SEPS:
        return _GENERAL  # 1 至 11 月: a range printed with spaces
    if e - s > _MAX_CORE:
        return _GENERAL
    cand = t[s:e]
    shape = sc.shapes.get(cand, _UNREAD)
    if shape is _UNREAD:
        shape = sc.shapes[cand] = _shape(cand)
    if shape is None or not shape.arabic:
        return _GENERAL
    if t[e - 1 : e + 1] in _WORD_PAIRS and _in_word_context(t, s, e):
        return _NONE_SKIPPED  # as _in_context: 万人空巷 (a pair across the edge, 万人, is not)
    if before not in _BEFORE_SPECIAL:
        skip = _read_arabic_tail(sc, s, e, before, after, shape, None)
        if skip != _STEPS:
            return skip
    elif before in _PREFIX_ONLY_BEFORE:  # an approximation marker before: 近49万个, 超过20万人
        pre = _prefix(t, s)
        if pre is not None and _CANON[pre] not in data.APPROX_BEFORE_BARE:
            skip = _read_arabic_tail(sc, s, e, before, after, shape, pre)
            if skip != _STEPS and skip != _GENERAL:
                return skip
    r = _Reading(s, e, shape)
    if sc.rewrites:
        _numeral_edit(sc, r)
    return _read_steps(sc, r, before)


#: What :func:`_read_arabic_tail` returns when the general steps are to read the tail.
_STEPS = -3
#: Characters before Arabic digits that, when they end an approximation marker, make nothing
#: but the marker (a sign, 第, 初, 点 or a vague count do more: the general steps read them).
_PREFIX_ONLY_BEFORE = frozenset(_PREFIX_BY_LAST) - _SIGN_LAST - frozenset("第初点数數几幾 氏")


def _read_arabic_tail(
    sc: _Scan, s: int, e: int, before: str, after: str, shape: _Shape, pre: str | None
) -> Skip:
    """The tail of Arabic digits read in one step when it is a unit alone, a percent sign, or
    余/多 and a unit (nothing after them: no 半, no trailing marker), after the marker ``pre``
    or none; else ``_STEPS`` (or ``_GENERAL`` for the general way)."""
    t = sc.t
    if after in _UNIT_FIRST:
        more = _UNIT_MORE.get(after)
        longest = _longest_unit(t, e) or after
        if t[e + len(longest) : e + len(longest) + 1] == "多":
            return _STEPS  # 5年多, 3个月多: the remainder after the unit (_bit_more)
        if after in _GE_YI and t[e + 1 : e + 2] in _YI:
            return _STEPS  # 7个亿: the spoken hundred million (_read_steps)
        if more is not None and t[e + 1 : e + 2] not in more:
            if after in _FAST_UNITS:
                return _read_arabic_unit(sc, s, e, before, after, shape, e, None, None, pre)
            return _GENERAL if shape.plain else _STEPS  # plain ones: read by _read_unit_alone
        unit = _longest_unit(t, e)  # longest, as _match_tail reads it
        if unit is not None and unit in _FAST_UNITS:
            end = e + len(unit)
            if (
                t[end : end + 1] not in ("半", "多" if unit in _GE else "半")
                and _longest(t, end, _POST_SET, _POST_LENGTHS) is None
            ):
                return _read_arabic_unit(
                    sc, s, e, before, unit, shape, e, None, None, pre
                )  # 48小时
    elif after in _PCT_SIGNS:
        if not _longest(t, e + 1, _POST_SET, _POST_LENGTHS):  # else 35%以上
            return _read_arabic_unit(sc, s, e, before, after, shape, e, None, None, pre)
    elif after in _MID_CHARS:
        skip = _read_arabic_mid(sc, s, e, before, after, shape, pre)
        if skip != _GENERAL:
            return skip
    return _STEPS


def _read_arabic_mid(
    sc: _Scan, s: int, e: int, before: str, mid: str, shape: _Shape, pre: str | None
) -> Skip:
    """Arabic digits, 余/多/来 and a unit (4.8万余名, 2000多个, 2000多万元), read as
    :func:`_read_tail` reads them: the unit after the marker (and 万/亿), no trailing marker
    after it, no noun (一万多市民), 万/亿 folded into the value."""
    t = sc.t  # (几 is no marker here: a candidate holds it)
    at = e + 1
    while at < e + 3 and t[at : at + 1] in _BIG_CHARS and t[at : at + 1]:
        at += 1
    unit = _longest_unit(t, at)
    if unit is None or unit not in _FAST_UNITS:
        return _GENERAL
    after = at + len(unit)
    if _longest(t, after, _POST_SET, _POST_LENGTHS):  # (半 after a marker is dropped)
        return _GENERAL
    value = shape.value
    if at > e + 1 and value is not None:  # 2000多万: the unit multiplies the number
        power = sum(data.BIG_UNITS[c] for c in t[e + 1 : at])
        if any(data.BIG_UNITS.get(c, 0) > power for c in shape.core):
            return _GENERAL
        value *= 10**power
    return _read_arabic_unit(sc, s, e, before, unit, shape, at, mid, value, pre)


def _unit_kind(
    sc: _Scan,
    s: int,
    e: int,
    end: int,
    before: str,
    rule: int,
    n: int | None,
    marked: str | None,
    digits: int,
) -> NumberKind | int:
    """The kind of Arabic digits read in one step from the rule of their unit, as
    _kind_of_unit and _date_part read it (``n``: the value if whole, ``marked``: the
    approximation marker, before the numeral or before the unit, ``digits``: the numeral's
    length); a position to skip to when it is no quantity (13月, 3号文件)."""
    if marked is not None and rule == _HOUR and n is not None and n <= 24:
        sc.time_end = end
        return "date-part"  # 约8时, 凌晨約2時44分: an hour of the clock all the same
    if marked is not None and _YEAR <= rule <= _MINUTE:  # no date part with a marker
        return e if rule == _MONTH else end if rule == _NUMBER_SIGN else "cardinal"
    if rule == _DAY and _days_counted(sc.t, s):
        return "cardinal"  # 连续3日, 前3日: days counted
    if rule in (_DAY, _NUMBER_SIGN):
        kind: NumberKind = "date-part" if n is not None and 1 <= n <= 31 else "cardinal"
        if rule == _NUMBER_SIGN and (kind != "date-part" or before != "月"):
            return end  # 学院路107号, 3号文件: identifiers
        return kind
    if rule == _MONTH:
        if n is not None and before in _MONTHS_COUNT_AFTER:
            return "cardinal"  # 前10月: the first ten months
        return "date-part" if n is not None and 1 <= n <= 12 else e
    if rule == _YEAR:
        if n is not None and (
            _YEAR_GLOSS_RE.match(sc.t, end) is not None
            or _after_era(sc.t, s)
            or _year_after_year(sc, s)
        ):
            return "date-part"  # 民国37年(1948年), 公元前221年: a year of an era, as _date_part
        return "date-part" if n is not None and digits == 4 and 1000 <= n <= 2999 else "cardinal"
    if rule == _MONEY:
        return "money"
    if rule in (_PERCENT, _PERMILLE):
        return "percent" if rule == _PERCENT else "permille"
    if rule == _MONTHS:
        return "date-part" if n is not None and 1 <= n <= 12 else "cardinal"
    if rule == _HOUR:
        if n is not None and n <= 24:
            sc.time_end = end
            return "date-part"
        return "cardinal"
    if rule == _LABEL:
        sc.last_ordinal_end = end
        return "ordinal"  # 3年级
    if rule == _MINUTE and sc.time_end == s and n is not None and n < 60:  # after an hour
        sc.time_end = end
        return "date-part"
    return "cardinal"


def _read_arabic_unit(
    sc: _Scan,
    s: int,
    e: int,
    before: str,
    u: str,
    shape: _Shape,
    at: int,
    mid: str | None,
    value: Fraction | None,
    pre: str | None,
) -> Skip:
    """The commonest reading in one step: Arabic digits and a unit alone after them (2021年,
    12月, 23日, 5家, 3.6万个, 1.37亿剂, 48小时), or the unit at ``at`` after the marker ``mid``
    with ``value`` (:func:`_read_arabic_mid`), read as :func:`_read_unit_alone` or
    :func:`_read_steps` read it (a word starting with the unit or a range after it goes
    there), and recorded as :func:`_emit` records it."""
    cand = shape.core
    rule = _FAST_UNITS[u]
    if mid is None:
        value, n = shape.value, shape.whole  # n: None unless a whole number
    else:
        n = None if value is None or value.denominator != 1 else value.numerator
    end = at + len(u)
    nxt = sc.t[end : end + 1]
    if (
        nxt in _RANGE_SEPS  # 5℃到8℃
        or nxt in _SLASHES  # 200万吨/年
        or (end == at + 1 and u + nxt in _UNIT_NOUNS)  # 10亿票房
        or (rule == _PLACE and (mid is not None or cand[-1] in _BIG_LAST or before == "近"))
        or value is None  # (an Arabic shape always has one)
    ):
        return _GENERAL
    kind: NumberKind = "cardinal"
    if rule > _PLACE:
        read = _unit_kind(sc, s, e, end, before, rule, n, mid or pre, len(cand))
        if isinstance(read, int):
            return read
        kind = read
    unit = None if rule >= _PERCENT else u  # 35%: no unit
    if kind == "cardinal":  # as _cardinal reads them
        if n is None:
            kind = "decimal"
        elif before == "、" and sc.last_ordinal_end == s - 1:
            kind = "ordinal"  # 第三、4名
            sc.last_ordinal_end = end
        elif cand[0] == "0" and cand[1:2] in _ASCII_DIGITS and not _YEAR <= rule <= _MINUTE:
            return end  # 01号, 04个: labels and codes
    start = s if pre is None else s - len(pre)
    low = high = None
    if sc.mentions and sc.same_length:  # a list of dates, a pair of neighbours (7、8月, 6、7度)
        if kind == "date-part":
            _dates_share_unit(sc, unit, value, start)
        elif kind == "cardinal" and pre is None:
            got = _neighbour_range(sc, start, cand, value, unit)
            if got is not None:
                start, low, high = got
                kind, value = "range", None
    if sc.same_length:
        text = sc.text[start:end]
        span: Span = _new_object(Span)
        _set_start(span, start)
        _set_end(span, end)
        _set_span_text(span, text)
    else:
        span = sc.norm.span(start, end)
        text = span.text
    sc.mentions.append(
        _mention(
            span, text, value, kind, pre or mid, unit, low, high, shape.colloquial, False, None
        )
    )
    sc.prev_end = end
    sc.last_edits = len(sc.edits)
    if sc.rewrites:
        edit = _arabic_edit(sc, s, e, cand)
        if edit is not None:
            sc.edits.append(edit)
    return None


def _arabic_edit(sc: _Scan, s: int, e: int, core: str) -> Edit | None:
    """The rewrite of Arabic digits printed otherwise than the normalised text reads them
    (full width: １２ -> 12, ３．６万 -> 3.6万), else None."""
    if "兆" in core or (
        sc.identical or (sc.text[s:e] if sc.same_length else sc.norm.span(s, e).text) == core
    ):
        return None
    info = _analyse(core)
    rep = None if info is None else _render_plain(core, info)
    return None if rep is None else (s, e, rep)


#: 亿 in both spellings, and 个 (7个亿, 7個億).
_YI = frozenset("亿億")
_GE_YI = frozenset("个個")


def _read_unit_alone(sc: _Scan, r: _Reading, u: str) -> Skip:
    """The steps for the commonest reading, plain Arabic digits and one unit character after
    them with nothing before (2021年, 12月, 23日, 5家): only the unit and the kind are read,
    as :func:`_read_steps` would read them (a word starting with the unit goes there)."""
    t, e = sc.t, r.e
    one = _CANON[u]
    if (
        t[e : e + 2] in data.UNIT_NOUNS
        or (one in data.UNITS_AT_END and _word_goes_on(t, e + 1))
        or t[e + 1 : e + 2] == "多"  # 5年多: the steps read the remainder (_bit_more)
        or t[e + 1 : e + 2] in _YI  # 7个亿: the steps read the spoken hundred million
    ):
        return _read_steps(sc, r, t[r.s - 1] if r.s else "")
    r.unit, r.unit_text, r.end = one, u, e + 1
    skip = _classify(sc, r)
    if skip is None and t[e + 1 : e + 2] in _RANGE_SEPS:
        _unit_range(sc, r)
    if skip is None:
        _emit(sc, r)
    return skip


#: Denominators of a fraction printed without 之 (三分一, 四分三: Hong Kong usage); 十 is left
#: out (意见十分一致: the adverb 十分).
_SHORT_DENOMINATORS = frozenset("二三四五六七八九")


def _short_fraction(t: str, r: _Reading) -> None:
    """N分M without 之, a numerator below the denominator and no digit or unit after it:
    三分一 is 1/3, 四分三 3/4 (四分五裂, 一分一毫 are no fractions: the second is not less)."""
    core, d = r.shape.core, t[r.end : r.end + 1]
    if (
        len(core) == 1
        and core in _SHORT_DENOMINATORS
        and d in _HUNDREDTHS
        and data.DIGITS[d] < data.DIGITS[core]
        and t[r.end + 1 : r.end + 2] not in _TAIL_FIRST | _NUMERAL_CHARS
        and r.value is not None
    ):
        r.value = Fraction(data.DIGITS[d], data.DIGITS[core])
        r.kind = "fraction"
        r.unit = r.unit_text = None
        r.end += 1


#: Results of a match (3胜1平2负) and the signs between the sides of a score (1比1, 3:3):
#: the result after a score's second side is the match's, not the side's unit.
_RESULTS = frozenset(("胜", "平", "负"))
_SCORE_SIGNS = frozenset("比:∶")
#: Dashes between the sides of a score (扳成1-1平); only a score's right side reaches the steps
#: after one (digits joined by a dash are otherwise a range or an identifier).
_SCORE_DASH_SIGNS = frozenset("-\uff0d")


def _read_steps(sc: _Scan, r: _Reading, before: str) -> Skip:
    """The steps after the numeral itself: its tail, what stands before it, its kind."""
    t = sc.t
    skip = _read_tail(t, r, before)
    if skip is not None:
        return skip
    if _bit_more(t, r, r.end, r.unit):
        r.post = t[r.end]  # 5年多, 两个月多: the remainder of a measured amount
        r.end += 1
    if r.unit == "个" and t[r.end : r.end + 1] in _YI and r.value is not None and r.post is None:
        # 7个亿, 五个亿: the spoken hundred million, 个 before 亿 counts no pieces
        r.value *= 100_000_000
        r.unit = r.unit_text = None
        r.end += 1
    if (
        r.unit in _RESULTS
        and (before in _SCORE_SIGNS or before in _SCORE_DASH_SIGNS)
        and t[r.s - 2 : r.s - 1] in _NUMERAL_CHARS
    ):
        # 1比1平, 3:3平, 1-1平: a draw (or a win, a loss) after the score, no unit
        r.unit = r.unit_text = r.post = None
        r.half, r.end = False, r.e
    if r.unit == "分" and r.end == r.e + 1:
        _short_fraction(t, r)
    if before in _BEFORE_SPECIAL:
        skip = _read_before(sc, r, before)
        if skip is not None:
            return skip
    if r.unit is None and r.pct is None and r.end == r.e:
        nxt = t[r.e : r.e + 1]
        if nxt in _HOUR_OR_MAJOR:
            _hour_or_major(t, r)
        elif nxt in _COUNT_NOUNS and not r.shape.is_cn and t[r.e + 1 : r.e + 2] not in _NOUN_ON:
            r.unit = r.unit_text = nxt  # 1男5女, 2死3伤: people counted by a noun
            r.end = r.e + 1
        elif nxt == "番" and _doubled(t, r.s, r.e):
            r.unit = r.unit_text = nxt  # 翻两番: doubled twice (番 counts doublings after 翻)
            r.end = r.e + 1
        elif nxt == "里" and _li_distance(t, r.s, r.e):
            r.unit = r.unit_text = nxt  # 走了九十里, 一百里路: a distance in li
            r.end = r.e + 1
        elif nxt in _BATTLES and _record_after(t, r.e + 1):
            r.unit = r.unit_text = nxt  # 4战全胜, 5战3胜: matches counted before their results
            r.end = r.e + 1
    skip = _settle(r, t)
    if skip is None:
        skip = _classify(sc, r)
    if (
        skip is None
        and (r.unit is not None or r.pct is not None)
        and t[r.end : r.end + 1] in _RANGE_SEPS
    ):
        _unit_range(sc, r)
    if skip is None and (r.unit is None or r.shape.one):  # else neither bare nor an article
        skip = _bare_or_article(sc, r)
    if skip is None:
        _emit(sc, r)
    return skip


#: 战 counts matches only before their results (4战全胜, 5战3胜2负, 两战皆负): elsewhere
#: 二战, 一战成名, 百战百胜 are names and idioms, so it is no measure word of the vocabulary.
_BATTLES = frozenset("战戰")
_ALL_WORDS = frozenset("全皆")
_WIN_LOSE = frozenset("胜勝负負败敗")


def _doubled(t: str, s: int, e: int) -> bool:
    """Whether the number at ``s:e`` counts doublings: after 翻 (or 翻了), before 番: 翻两番,
    翻了一番 (elsewhere 番 is a word: 三番五次, 一番话)."""
    return t[e : e + 1] == "番" and (t[s - 1 : s] == "翻" or t[max(0, s - 2) : s] == "翻了")


#: Words before a number of 里 that make it a distance: verbs of going and of lying apart
#: (走了九十里, 行军八十里, 相距二十里, 还有30里). Elsewhere a numeral before 里 begins a name
#: (三十里铺, 五里河, 九里) or a figure (十里长街, 百里挑一), so 里 is no unit there.
_LI_BEFORE = frozenset(("走了", "走", "行", "行了", "跑了", "距", "相距", "离", "隔", "还有", "有"))
#: Words after 里 that make the number before it a distance: 一百里路, 三十里外, 几里远.
_LI_AFTER = frozenset("路远遠外")


def _li_distance(t: str, s: int, e: int) -> bool:
    """Whether the number at ``s:e`` before 里 is a distance in li (see _LI_BEFORE)."""
    return (
        t[e + 1 : e + 2] in _LI_AFTER
        or t[max(0, s - 2) : s] in _LI_BEFORE
        or t[s - 1 : s] in _LI_BEFORE
    )


def _record_after(t: str, p: int) -> bool:
    """Whether a record of results starts at ``p``: 全胜, 皆负, or a number and a result (3胜)."""
    if t[p : p + 1] in _ALL_WORDS:
        return t[p + 1 : p + 2] in _WIN_LOSE
    q = p
    while q < len(t) and q - p < 3 and t[q] in _NUMERAL_CHARS:
        q += 1
    return q > p and t[q : q + 1] in _RESULT_CHARS


#: Words a day in brackets follows: 昨(1)日, 今(2)日.
_DAY_WORDS = frozenset("昨今前明")
_HOUR_OR_MAJOR = frozenset("点點大")
_COUNT_NOUNS = data.DIGIT_COUNT_NOUNS
_NOUN_ON = data.COUNT_NOUN_WORD_NEXT
_EVENING_MORNING = frozenset("晚早")
_HOUR_MARKERS = frozenset("多许")
_HOUR_MARKERS_2 = frozenset(("左右", "前后", "前後"))
_SLASH_RE = _rx.compile(r"/([1-9][0-9]?)(?![0-9/.])")


def _slash_or_bracket(sc: _Scan, s: int, e: int, before: str) -> _Reading | None:
    """A fraction written with a slash (1/3的孩子), or a day in brackets (昨(1)日), or None."""
    t = sc.t
    core = t[s:e]
    if not core.isdigit() or not core.isascii() or len(core) > 2:
        return None
    if before in _OPEN_BRACKETS:
        if t[e + 1 : e + 2] != "日" or t[s - 2 : s - 1] not in _DAY_WORDS:
            return None
        r = _Reading(s, e, _Shape(core=core, value=Fraction(int(core))))
        r.kind, r.lunar_day = "date-part", False
        r.pos = r.end = e
        r.bracket_day = True
        return r
    m = _SLASH_RE.match(t, e)
    if m is None or before == "/" or (before.isascii() and before.isalnum() and before != ""):
        return None
    return _slash(t, s, e, m)


def _slash(t: str, s: int, e: int, m: regex.Match[str]) -> _Reading | None:
    """1/3, 2/5: a numerator below its denominator (at most 20); 2021/9 is no fraction."""
    a, b = int(t[s:e]), int(m.group(1))
    if not 0 < a < b <= 20:
        return None
    r = _Reading(s, e, _Shape(core=t[s:e], value=Fraction(a, b), kind="fraction"))
    r.pos = r.end = m.end()
    return r


#: Times of day an hour in 点 follows (上午9点, 晚8点多): elsewhere 点 is a point (3点建议).
_TIMES_OF_DAY = frozenset(
    [
        "上午",
        "下午",
        "晚上",
        "早上",
        "凌晨",
        "中午",
        "傍晚",
        "清晨",
        "早晨",
        "夜间",
        "晚间",
        "夜里",
        "今晚",
        "昨晚",
        "明晚",
        "当晚",
        "今早",
        "明早",
    ]
)
#: Characters after X大 that make 大 part of a word (三大于二, 十大约, 五大型): no count. Also
#: the nouns that begin with 大: a numbered unit (二大队, the second brigade; 九大队 of the
#: traffic police), a building or street (三大厦, 五大街), kin and elders in address (三大爷,
#: 二大妈, 四大娘), and 大衣: the numeral numbers or counts the noun, it is no X大 "major".
_MAJOR_WORD_NEXT = frozenset("于约概量型学小多些半队隊厦廈街爷爺妈媽娘叔婶嬸哥姐嫂衣")


def _hour_or_major(t: str, r: _Reading) -> None:
    """An hour in 点 (上午9点, 8点多, 10点45分, 12日10点), points of an index in 点 (报3000点,
    2927.29点, 跌22点), a count in 大 (三大领域, 四大板块)."""
    nxt = t[r.e : r.e + 1]
    v = r.value
    if v is None or r.kind not in ("cardinal", "decimal"):
        return
    if nxt in _POINTS:
        _hour_or_points(t, r, v, nxt)
    elif v.denominator != 1 or r.kind != "cardinal":
        return
    elif (
        nxt == "大"
        and r.e - r.s == 1
        and t[r.s] in "两二三四五六七八九十"
        and "\u4e00" <= t[r.e + 1 : r.e + 2] <= "\u9fff"
        and t[r.e + 1] not in _MAJOR_WORD_NEXT
    ):
        r.unit = r.unit_text = "大"
        r.end = r.e + 1


_POINTS = frozenset("点點")
#: First characters after 点半 that make the 半 begin a span of time of its own (七点半小时后
#: is no time of seven thirty; 半天, 半个月), not the half hour of the clock.
_HALF_NOT_CLOCK = frozenset("小天个個月年日")
#: Minutes after an hour in 点 (10点45分, 八点三十分): then the 点 is the hour's.
_MINUTES_AFTER = _rx.compile(r"(?:[0-9]{1,2}|[二三四五]?十[一二三四五六七八九]?)分")
#: Last characters of the verbs an index moves by (跌22点, 升15點, 挫381點, 收报3231点).
_POINTS_MOVED = frozenset("降升涨跌挫漲報报")


def _hour_or_points(t: str, r: _Reading, v: Fraction, unit: str) -> None:
    """``unit`` (点 or 點) after the number: an hour of the clock after a time of day, a day
    or before its minutes; points of an index when the number is no hour (more than 24, with
    a fraction) or follows a verb an index moves by. Elsewhere 点 is left alone (3点建议)."""
    before = t[r.s - 1 : r.s]
    if (
        v.denominator == 1
        and 0 <= v <= 24
        and r.kind == "cardinal"
        and (
            t[r.s - 2 : r.s] in _TIMES_OF_DAY
            or (before == "的" and t[r.s - 3 : r.s - 1] in _TIMES_OF_DAY)  # 晚上的19点
            or before in _EVENING_MORNING
            or before == "日"
            or _MINUTES_AFTER.match(t, r.e + 1) is not None
        )
    ):
        r.unit = r.unit_text = unit
        r.end = r.e + 1
        r.clock = True
        if t[r.end : r.end + 1] == "半" and t[r.end + 1 : r.end + 2] not in _HALF_NOT_CLOCK:
            r.value = v + Fraction(1, 2)  # 七点半: half past seven
            r.end += 1
        if t[r.end : r.end + 1] in _HOUR_MARKERS:
            r.post = t[r.end]
            r.end += 1
        elif t[r.end : r.end + 2] in _HOUR_MARKERS_2:
            r.post = t[r.end : r.end + 2]  # 晚上10点左右: about ten o'clock, as 8点多
            r.end += 2
    elif v.denominator != 1 or v > 24 or (before in _POINTS_MOVED and before):
        r.unit = r.unit_text = unit
        r.end = r.e + 1


#: A big unit (万, 亿: a section's unit, :data:`_BIG_CHARS`) and a small one after it (十, 百,
#: 千, which only a digit may stand before inside a numeral: 三万五千, never 万千), searched
#: with the standard library's engine.
_BIG_THEN_SMALL = _rx.std_compile("[万亿萬億][十百千拾佰仟]")


#: An hour and its minutes joined by 点 before 分 (10点45分, 八点三十分): a time, no decimal.
_HOUR_POINT_MINUTES = _rx.std_compile(
    "([0-9]{1,2}|[零〇一二两三四五六七八九十]{1,3})[点點]([0-9]{1,2}|[二三四五]?十[一二三四五六七八九]?)"
)


def _clock_parts(hour: str, minutes: str) -> bool:
    """Whether an hour and minutes joined by 点 are a time: Arabic ones no more than 24, 59."""
    return (not hour.isdigit() or int(hour) <= 24) and (not minutes.isdigit() or int(minutes) < 60)


#: Metric units that start with 千 (千米, 千克, 千瓦时), in both spellings.
_KILO = tuple(w for w in _with_traditional(data.MEASURES) if w.startswith("千"))


#: Chinese digits that no Arabic digit goes on with in one numeral: the two scripts mix only
#: before a power of ten (5萬8千, 1亿4千万), so 9三 is two numerals (7、8、9三個月: the
#: months and then a count of them; 20三分, a score and then three points). Not 两, which after
#: digits is the unit of weight (3两, 16两1斤).
_CN_DIGITS_ALONE = frozenset("一二三四五六七八九")


def _script_cuts(t: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The spans, each cut where a Chinese digit follows an Arabic one (see
    ``_CN_DIGITS_ALONE``); a run longer than any numeral is junk, left whole (the steps read
    none of it)."""
    for s, e in spans:
        if e - s > _MAX_CORE:
            yield s, e
            continue
        for i in range(s + 1, e):
            if t[i] in _CN_DIGITS_ALONE and t[i - 1] in _ASCII_DIGITS:
                yield s, i
                s = i
        yield s, e


def _numeral_parts(t: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The candidates, each cut after a 万 or 亿 that a small unit follows with no digit
    between: no numeral goes on that way (三万五千 does), so the small unit starts what
    follows, a unit (100万千瓦 is a million 千瓦, 3万千米 thirty thousand 千米) or a word
    (气象万千); cut before the 千 of a metric unit after Arabic digits (350千米: no paper
    prints 350千 for 350000 before a unit of the metric system); and cut at the 点 of an hour
    before its minutes (10点45分); and cut where a Chinese digit follows an Arabic one."""
    search = _BIG_THEN_SMALL.search
    for s, e in _script_cuts(t, spans):
        h = _HOUR_POINT_MINUTES.fullmatch(t, s, e) if t[e : e + 1] == "分" else None
        if h is not None and _clock_parts(h[1], h[2]):
            yield s, h.end(1)
            s = h.end(1) + 1
        m = search(t, s, e)
        while m is not None:
            yield s, m.start() + 1
            s = m.start() + 1
            m = search(t, s, e)
        if t[e - 1] == "千" and t[e - 2 : e - 1] in _ASCII_DIGITS and t.startswith(_KILO, e - 1):
            e -= 1  # 350千米, 8千克: after digits the 千 of a metric unit is the unit's
        yield s, e


def _scan(text: str, timeout: float | None, rewrites: bool) -> _Found:
    """The mentions in ``text`` and, with ``rewrites``, the Arabic forms of their numerals."""
    found = _candidates(text, timeout)
    sc = _Scan(text, found.norm, rewrites)
    t = sc.t
    mentions = sc.mentions
    for s, e in _numeral_parts(t, found.spans()):
        if s >= sc.prev_end:
            # Arabic digits first (the commonest, read the short way when they can be)
            skip = _read_arabic(sc, s, e) if t[s] in _ASCII_DIGITS else _GENERAL
            if skip == _GENERAL:
                skip = _read_candidate(sc, s, e)
            if skip is not None and skip > sc.prev_end:
                sc.prev_end = skip
            if rewrites and len(mentions) > 1:
                del mentions[:-1]  # the rewrites need the last mention only (a lunar month)
    if not rewrites and "元年" in t:
        _first_years(sc)
    return _Found(sc.norm, sc.mentions, sc.edits, found.stopped_at)


#: 元年, the first year of an era, right after the era's name (民国元年 is 1912, 隆庆元年):
#: a date part with the value 1, as 民国二年 is one with the value 2. 元 holds no numeral, so
#: the candidates never reach it; a mention is added where no other covers it.
_FIRST_YEAR_RE = _rx.std_compile(
    "(?:" + "|".join(sorted(data.ERA_NAMES, key=lambda e: (-len(e), e))) + ")(元年)"
)


def _first_years(sc: _Scan) -> None:
    """Add the mentions of 元年 after the name of an era (find_numbers only: there is nothing
    to rewrite).

    The new mentions are merged into the sorted list in one pass: looking each one up in a
    list of every start and inserting it there cost time in the product of the two counts (a
    page of ``第1年民国元年`` repeated took 10 s for 128 K characters)."""
    mentions = sc.mentions
    added: list[NumberMention] = []
    at = 0  # mentions[:at] end at or before the last 元年 looked at
    for m in _FIRST_YEAR_RE.finditer(sc.t):
        start, end = m.span(1)
        span = _span(start, end, sc.text[start:end]) if sc.same_length else sc.norm.span(start, end)
        while at < len(mentions) and mentions[at].span.start < span.start:
            at += 1
        if (at and mentions[at - 1].span.end > span.start) or (
            at < len(mentions) and mentions[at].span.start < span.end
        ):
            continue
        added.append(
            _mention(
                span,
                span.text,
                Fraction(1),
                "date-part",
                None,
                "年",
                None,
                None,
                False,
                False,
                None,
            )
        )
    if added:
        mentions[:] = heapq.merge(mentions, added, key=lambda x: x.span.start)


def _warn_incomplete(function: str, found: _Found) -> None:
    if found.stopped_at is not None:
        warnings.warn(
            f"{function}: a scan window ran out of time at character {found.stopped_at}; "
            "what was found before it is returned",
            IncompleteScanWarning,
            stacklevel=3,
        )


def find_numbers(
    text: str, *, timeout: float | None = _DEFAULT_TIMEOUT
) -> tuple[NumberMention, ...]:
    """Every quantity in running text, in order.

    Follows the project's number conventions: the span covers markers, numeral and unit;
    万/亿 fold into the value (``60万元`` is 600000 ``元``); idioms, set phrases, names,
    slogans in short quotes, titles in 《》, identifiers, house numbers, weekday names and
    the indefinite 一 (一个项目) are not quantities. Lunar date parts are tagged ``lunar``.

    Args:
        text: Any string; never raises.
        timeout: Seconds allowed for the scan of each window of the text (about 4,000
            characters), a backstop against pathological input (None: no limit; a window
            of 2,000 characters or fewer is scanned without a backstop of a second or more,
            which cannot fire there). When a window runs out of time the mentions found
            before it are returned and an :class:`IncompleteScanWarning` says where the
            scan stopped.

    >>> [(m.text, m.kind, int(m.value)) for m in find_numbers("2021年12月23日 星期四")]
    [('2021年', 'date-part', 2021), ('12月', 'date-part', 12), ('23日', 'date-part', 23)]
    >>> m = find_numbers("3~11岁人群")[0]
    >>> (m.text, m.kind, m.low, m.high, m.unit)
    ('3~11岁', 'range', Fraction(3, 1), Fraction(11, 1), '岁')
    >>> [m.text for m in find_numbers("一心为党，统一部署，一个项目，“一办九组”")]
    []
    """
    if not isinstance(text, str):
        return ()
    found = _scan(text, timeout, False)
    _warn_incomplete("find_numbers", found)
    return tuple(found.mentions)


def normalize_numbers(text: str, *, timeout: float | None = _DEFAULT_TIMEOUT) -> str:
    """Rewrite the quantities :func:`find_numbers` is sure of to Arabic digits.

    Only the numeral is rewritten (markers and units stay as printed); 万/亿 at the end of a
    numeral stay (三十五万 becomes 35万). Idioms, names, slogans, titles, identifiers, weekday
    names, lunar dates and approximate ranges (三四个, 十几个) are left untouched.

    >>> normalize_numbers("辛丑年十一月二十，三十五万人，百分之三十五，三分之一，星期四")
    '辛丑年十一月二十，35万人，35%，1/3，星期四'
    >>> normalize_numbers("二〇二一年，三四个，一些")
    '2021年，三四个，一些'
    """
    if not isinstance(text, str):
        return text
    found = _scan(text, timeout, True)
    _warn_incomplete("normalize_numbers", found)
    norm, edits = found.norm, found.rewrites
    out: list[str] = []
    pos = 0
    for a, b, rep in edits:
        span = norm.span(a, b)
        if span.start < pos or span.text == rep:
            continue
        out.append(text[pos : span.start])
        out.append(rep)
        pos = span.end
    out.append(text[pos:])
    return "".join(out)
