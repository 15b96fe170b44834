"""Finding quantities in running text: :func:`find_numbers` and :func:`normalize_numbers`.

Private: the public surface is :mod:`paper_parser.numerals`.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable
from fractions import Fraction
from typing import Any, Literal, NamedTuple

import attrs
import regex

from paper_parser._types import Span
from paper_parser.numerals import _vocab as data
from paper_parser.numerals._read import _try_parse
from paper_parser.numerals._write import _terminating_digits
from paper_parser.text import TOUCHED_CLASS, Normalized, normalize

#: What a :class:`NumberMention` counts.
NumberKind = Literal[
    "cardinal",
    "decimal",
    "ordinal",
    "percent",
    "permille",
    "fraction",
    "range",
    "digit-sequence",
    "money",
    "date-part",
]


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
if (
    any(
        f.validator or f.converter or not f.init or f.alias != f.name
        for f in attrs.fields(NumberMention)
    )
    or hasattr(NumberMention, "__attrs_pre_init__")
    or hasattr(NumberMention, "__attrs_post_init__")
):  # pragma: no cover - a guard for whoever changes NumberMention
    raise TypeError("NumberMention.__init__ does more than store its fields: drop _mention")
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
) = (NumberMention.__dict__[f.name].__set__ for f in attrs.fields(NumberMention))
_new_object = object.__new__


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


_DIGIT_CLASS = "0-9" + "".join(k for k in data.DIGITS if not k.isascii())
_RUN_CLASS = "0-9" + data.RUN_CHARS

# One possessive numeral "core": digits, Chinese numeral characters, separators inside Arabic
# numbers, and 点 before a digit. Fractions and percents extend it.
_CORE = rf"""
    (?:[{_RUN_CLASS}])                         # first character of the numeral
    (?:
        [{_RUN_CLASS}]                         # more numeral characters
      | (?<=[0-9]),(?=[0-9]{{3}}(?![0-9]))     # thousands separator: exactly three digits
      | (?<=[0-9])\.(?=[0-9])                  # decimal point between Arabic digits
      | 点(?=[{_DIGIT_CLASS}])                  # Chinese decimal point before a digit
    )*+
"""

_FIND_RE = regex.compile(
    rf"""
    (?:(?P<pct>[百千万萬])分之)?+              # 百分之 / 千分之 / 万分之 before the number
    (?P<a>{_CORE})                             # the number (or a denominator)
    (?:
        又(?P<b>{_CORE})分之(?P<c>{_CORE})    # mixed number: 二又三分之一
      | 分之(?P<d>{_CORE})                     # fraction: 三分之一
    )?+
    """,
    regex.VERBOSE,
)


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words`` folded into a prefix tree.

    It matches exactly what the longest-first alternation ``w1|w2|...`` matches (the longest
    word that starts at the position), but the engine reads each character once instead of
    trying every word in turn: a large speed-up on lists of a hundred words or more.
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict[str, Any]]) -> str:
        # Longer continuations first; the end of a word (empty branch) last.
        parts = [regex.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if "" in node:
            parts.append("")
        if len(parts) == 1:
            return parts[0]
        return "(?:" + "|".join(parts) + ")"

    return emit(root) if root else "(?!)"


_UNITS = sorted(set(data.CLASSIFIERS) | set(data.MEASURES), key=lambda u: (-len(u), u))
_UNIT_ALT = _trie_pattern(_UNITS)
_MEASURES = frozenset(data.MEASURES)

_MID = "|".join(data.APPROX_MIDDLE)  # 余|多|来|几
_POST = "|".join(data.APPROX_AFTER)  # 左右|以上|以下 ...
_TAIL_RE = regex.compile(
    rf"""
    (?P<pct>[%‰])?+                            # 35%, 5‰
    (?:
        (?P<mid>{_MID})                         # 4.8万余名, 2000多个, 十几个
        (?P<big>[万亿萬億]{{1,2}})?+            # 一百多万: the unit after the marker
    )?+
    (?P<unit>{_UNIT_ALT})?+                     # measure word or unit, longest first
    (?P<half>半)?+                              # 两年半, 一个半
    (?P<post>{_POST})?+                         # 60岁以上
    """,
    regex.VERBOSE,
)

_RANGE_RE = regex.compile(
    rf"""
    (?P<sep>[~\u301c\uff5e至到\-\u2013\u2014\uff0d])  # ~ 〜 ～ 至 到 - – — －
    (?P<core>{_CORE})                           # the high end
    """,
    regex.VERBOSE,
)

#: First characters of _RANGE_RE: no range is tried unless one of them follows the number.
_RANGE_SEPS = frozenset("~\u301c\uff5e至到-\u2013\u2014\uff0d")

_QUOTE_MAX = 20
#: Characters that open a quoted term or a title.
_QUOTE_OPENERS = '“‘「"《〈〔'


def _quote_pattern(exclude: str) -> str:
    """Short quoted terms and titles; none may contain a character of the class ``exclude``
    (a character-class body, as ``_NN_CLASS``).

    Every match starts and ends with a quote or bracket, which no numeral contains: a numeral
    lies wholly inside one or wholly outside.
    """
    x = exclude  # short, for the lines below
    return rf"""
    “[^“”\n。！？!?{x}]{{1,{_QUOTE_MAX}}}”          # a short quoted term: “一办九组”
  | ‘[^‘’\n。！？!?{x}]{{1,{_QUOTE_MAX}}}’          # the same in single quotes
  | 「[^「」\n。！？!?{x}]{{1,{_QUOTE_MAX}}}」      # and in corner brackets
  | "[^"\n。！？!?{x}]{{1,{_QUOTE_MAX}}}"           # and in straight quotes
  | 《[^《》\n{x}]{{0,80}}》                         # a title: 《…十五条意见》
  | 〈[^〈〉\n{x}]{{0,80}}〉                         # an inner title
  | 〔[^〔〕\n{x}]{{0,12}}〕                         # document numbers: 〔2021〕
    """


def _word_shape_pattern(shape: data.WordShape) -> str:
    """The regex of a slot sequence (see ``_numeral_data``): longest option first per slot."""
    return "".join(
        f"(?:{_trie_pattern(o for o in slot if o)})" + ("?" if "" in slot else "") for slot in shape
    )


def _word_shape_pairs(shape: data.WordShape) -> set[str]:
    """Every pair of adjacent characters a match of ``shape`` can contain."""
    pairs: set[str] = set()
    lasts = {""}  # last characters the slots so far can end with ("": none yet)
    for slot in shape:
        after: set[str] = set()
        for option in slot:
            if not option:
                after |= lasts
                continue
            pairs.update(last + option[0] for last in lasts if last)
            pairs.update(option[i : i + 2] for i in range(len(option) - 1))
            after.add(option[-1])
        lasts = after
    return pairs


_WORD_SHAPES = (
    *data.WEEKDAY_SHAPES,
    *data.RANK_SHAPES,
    *data.COINED_SHAPES,
    *data.SESSION_SHAPES,
)
#: Every word context as a shape: each literal word is a shape of one slot with one option.
_WORD_ALL_SHAPES = (
    *_WORD_SHAPES,
    *(((word,),) for word in (*data.ADVERB_WORDS, *data.SET_PHRASES)),
)

#: Word contexts: a numeral any of them covers, even in part, is no quantity.
_WORD_CONTEXT_RE = regex.compile(
    "|".join(
        (
            *map(_word_shape_pattern, _WORD_SHAPES),  # 星期四, 三级高级检察官, 六字诀
            data.ADVERB_PATTERN,  # 十分重要, 万分感谢 (adverbs)
            _trie_pattern(data.SET_PHRASES),  # set phrases, longest first (a prefix tree)
        )
    )
)
#: The longest word context.
_WORD_MAX = max(sum(max(map(len, slot)) for slot in shape) for shape in _WORD_ALL_SHAPES)
#: Every pair of adjacent characters inside a word context. One covers part of a numeral only
#: if it holds a pair across the numeral's first or last character, or lies inside it.
_WORD_PAIRS = frozenset(itertools.chain.from_iterable(map(_word_shape_pairs, _WORD_ALL_SHAPES)))
_PAIR_FIRST = frozenset(p[0] for p in _WORD_PAIRS)
_PAIR_SECOND = frozenset(p[1] for p in _WORD_PAIRS)
#: Characters a numeral candidate (a ``_FIND_RE`` match) can hold.
_CANDIDATE_CHARS = frozenset("0123456789,.点分之又" + data.RUN_CHARS)
#: The pairs of the word contexts that a candidate can hold whole.
_INNER_PAIRS = frozenset(
    itertools.chain.from_iterable(
        _word_shape_pairs(shape)
        for shape in _WORD_ALL_SHAPES
        if all("" in slot or any(_CANDIDATE_CHARS.issuperset(o) for o in slot) for slot in shape)
    )
)

#: First characters of those pairs.
_INNER_FIRST = frozenset(p[0] for p in _INNER_PAIRS)
#: Whether a run of Arabic digits can hold a word context whole.
_INNER_ASCII = any(p.isascii() for p in _INNER_PAIRS)


def _in_word_context(t: str, s: int, e: int) -> bool:
    """Whether a word context covers part of ``t[s:e]`` (at most ``_MAX_CORE`` long).

    The window holds every context that could: the cost is bounded by its length.
    """
    lo = max(0, s - _WORD_MAX + 1)
    for m in _WORD_CONTEXT_RE.finditer(t, lo, e + _WORD_MAX, overlapped=True):
        if m.start() >= e:
            return False
        if m.end() > s:
            return True
    return False


_GANZHI_YEAR_RE = regex.compile(r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年$")
_IDENT_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@#/_&=\\")
_IDENT_AFTER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@#/_&=\\")
_DASH_CHARS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d\ufe63\u2500")
_BARE_START = frozenset("十拾百佰千仟万萬亿億")
_ASCII_DIGITS = frozenset("0123456789")
#: Units a bare 百/千/万 may count (万名, 上千人); 百度, 百年 are words.
_BARE_UNITS = frozenset(
    ("名", "人", "人次", "个", "家", "户", "次", "场", "场次", "件", "项", "元")
)
_BIG_START = frozenset("百佰千仟万萬亿億")
_LUNAR_MONTH_NAMES = ("正月", "腊月", "冬月", "闰月")
#: Last characters of the signs read before a number (零下, 负, -, −).
_SIGN_LAST = frozenset("下负-\u2212")
_HAS_CN_DIGIT = regex.compile(f"[{_DIGIT_CLASS.replace('0-9', '')}十拾百佰千仟廿卅卌]")
#: The characters of a numeral core that _HAS_CN_DIGIT does not match.
_NOT_CN_DIGIT = frozenset(
    c for c in "0123456789,.点" + data.RUN_CHARS if _HAS_CN_DIGIT.match(c) is None
)
_PCT_FIRST = frozenset("百千万萬")
_DEFAULT_TIMEOUT = 5.0
_MAX_CORE = 40


class _Found(NamedTuple):
    """What :func:`_scan` finds in a text."""

    norm: Normalized
    mentions: list[NumberMention]
    #: Normalised-text ranges and their Arabic form, in text order (lunar dates and
    #: approximate ranges have none).
    rewrites: list[tuple[int, int, str]]


class _Core(NamedTuple):
    value: Fraction | None
    low: Fraction | None = None
    high: Fraction | None = None
    colloquial: bool = False
    sequence: str | None = None  # digit sequence as ASCII digits
    approx: str | None = None  # 几


def _approx_range(core: str) -> _Core | None:
    """三四, 七八十, 十五六, 两三: two adjacent digits, each giving a valid numeral."""
    for i in range(len(core) - 1):
        a, b = core[i], core[i + 1]
        if a not in data.DIGITS or b not in data.DIGITS or a.isascii() or b.isascii():
            continue
        da, db = data.DIGITS[a], data.DIGITS[b]
        if da == 0 or db == 0 or a in "幺" or b in "两兩幺":
            continue
        if not (db == da + 1 or (da, db) == (3, 5)):
            continue
        low = _try_parse(core[: i + 1] + core[i + 2 :])
        high = _try_parse(core[:i] + core[i + 1 :])
        if low is None or high is None or low.colloquial or high.colloquial:
            continue
        if _digit_sequence_text(core[: i + 1] + core[i + 2 :]) is not None:
            continue
        if low.value < high.value:
            return _Core(None, low=low.value, high=high.value)
    return None


def _digit_sequence_text(core: str) -> str | None:
    if len(core) < 2 or any(c not in data.DIGITS or c in "两兩" for c in core):
        return None
    if any(c.isascii() for c in core):
        return None
    return "".join(str(data.DIGITS[c]) for c in core)


@functools.lru_cache(maxsize=8192)
def _analyse(core: str) -> _Core | None:
    """What a numeral core means (memoised: pure function of the core string)."""
    if core.isdigit() and core.isascii() and len(core) <= 15:
        return _Core(Fraction(int(core)))  # what the general path below gives, quicker
    if "几" in core:
        if core.count("几") != 1 or core == "几":
            return None
        low = _try_parse(core.replace("几", "一"))
        high = _try_parse(core.replace("几", "九"))
        if low is None or high is None or low.value >= high.value:
            return None
        return _Core(None, low=low.value, high=high.value, approx="几")
    seq = _digit_sequence_text(core)
    if seq is not None:
        rng = _approx_range(core)
        if rng is not None:
            return rng
        return _Core(Fraction(int(seq)), sequence=seq)
    parsed = _try_parse("一" + core if core[0] in "万萬亿億" else core)
    if parsed is not None:
        return _Core(parsed.value, colloquial=parsed.colloquial)
    return _approx_range(core)


_PREFIX_BY_LAST: dict[str, tuple[str, ...]] = {}
for _marker in data.APPROX_BEFORE:
    _PREFIX_BY_LAST[_marker[-1]] = (*_PREFIX_BY_LAST.get(_marker[-1], ()), _marker)


def _prefix(t: str, s: int) -> str | None:
    if s == 0 or t[s - 1] not in _PREFIX_BY_LAST:
        return None
    for marker in _PREFIX_BY_LAST[t[s - 1]]:
        k = len(marker)
        if t[max(0, s - k) : s] == marker:
            if k == 1 and s >= 2 and t[s - 2] in data.MARKER_WORD_ENDS.get(marker, ""):
                return None  # 附近, 节约, 纽约: the end of a word
            return marker
    return None


def _render(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    sign = "-" if value < 0 else ""
    whole, rest = divmod(abs(value), 1)
    places = _terminating_digits(rest)
    if places is not None:
        return f"{sign}{int(whole)}.{places}"
    return f"{sign}{value.numerator}/{value.denominator}"


def _render_core(core: str, value: Fraction) -> str | None:
    """Arabic form of a core; keeps a trailing 万/亿 (三十五万 -> 35万)."""
    trail = len(core) - len(core.rstrip("万萬亿億"))
    if trail and trail < len(core):
        head = _try_parse(core[:-trail])
        if head is not None and not head.colloquial:
            return _render(head.value) + core[-trail:].replace("萬", "万").replace("億", "亿")
    return _render(value)


# The whole-page scan is ONE match call, so the ``timeout=`` backstop is set up once (with
# ``finditer`` the regex module pays about 0.5 µs per match for it): a possessive loop that at
# each position either skips a run of characters that cannot start anything, matches a
# numeral candidate (``_FIND_RE``, captured as ``w``), steps over a short quoted term or title
# (numerals inside them are names and slogans, not quantities), or steps over one starter
# that starts neither. Trying the skip first changes nothing (nothing starts at a character it
# skips) but is faster: most characters start nothing. After a candidate the loop resumes at
# its end, exactly as ``finditer`` does. No numeral holds a quote or a bracket, so trying the
# candidate before the quote changes nothing either, and the quotes and titles the loop
# steps over are exactly the ``finditer`` matches of the quote pattern.
#
# Testing a character against a set of 40 scattered CJK characters costs the regex engine
# 40 comparisons, against a Unicode property one table look-up: the skip loop excludes every
# character with a numeric value (a superset of the starters: 京, 参 ... are then stepped over
# one at a time), the starters that have none (几) and the quote openers.
_NUMERIC_PROP = r"\p{Numeric_Type=Numeric}"
_STARTERS_OUTSIDE_PROP = "".join(
    c for c in "0123456789" + data.RUN_CHARS if not regex.match(_NUMERIC_PROP, c)
)


#: _FIND_RE without its groups (captures cost time; the core's span is found from the match).
_FIND_NOGROUPS = regex.sub(r"\(\?P<\w+>", "(?:", _FIND_RE.pattern)


def _scan_pattern(skip_also: str, stop: str) -> str:
    starters = _STARTERS_OUTSIDE_PROP + regex.escape(_QUOTE_OPENERS) + skip_also
    return rf"""
    (?:
        [^{_NUMERIC_PROP}{starters}]++          # nothing starts here
      | (?P<w>{_FIND_NOGROUPS})                 # a numeral candidate, as _FIND_RE
      | (?:{_quote_pattern(skip_also)})         # a quoted term or a title
      {stop}
      | .                                       # a starter that starts nothing
    )*+
    """


#: The characters paper_parser.text.normalize rewrites or removes (a class body).
_NN_CLASS = TOUCHED_CLASS
#: On the caller's text: the first character normalisation rewrites (``nn``) ends the scan,
#: which is then redone on the normalised text. No starter needs normalising and no quoted
#: term here may hold one, so every such character begins a loop step and is seen.
_SCAN_RE = regex.compile(
    _scan_pattern(_NN_CLASS, f"| (?P<nn>[{_NN_CLASS}]).*+  # needs normalising: stop"),
    regex.VERBOSE | regex.DOTALL,
)
#: On normalised text.
_SCAN_NORM_RE = regex.compile(_scan_pattern("", ""), regex.VERBOSE | regex.DOTALL)


def _candidates(text: str, timeout: float | None) -> tuple[Normalized, list[tuple[int, int]]]:
    """The normalised text and the spans of its numeral candidates outside quotes and titles.

    Raises:
        TimeoutError: from the scan.
    """
    m = _SCAN_RE.match(text, timeout=timeout)
    assert m is not None  # the loop matches any string
    if not m.captures("nn"):
        return Normalized(text=text, original=text), m.spans("w")
    norm = normalize(text)
    m = _SCAN_NORM_RE.match(norm.text, timeout=timeout)
    assert m is not None
    return norm, m.spans("w")


#: The neighbours _is_identifier looks at: a number with neither is never an identifier.
_SUSPECT_BEFORE = _IDENT_BEFORE | _DASH_CHARS | frozenset(".:(（")
_SUSPECT_AFTER = _IDENT_AFTER | frozenset(".:后、)）")


def _is_identifier(t: str, s: int, e: int, *, range_end: bool = False) -> bool:
    """Whether the number ``t[s:e]`` is part of an identifier, a code or a list label.

    A dash after the number is left to the caller (it may be a range: 2021—2025年); with
    ``range_end`` the dash before it is too.
    """
    n = len(t)
    before = t[s - 1] if s else ""
    after = t[e] if e < n else ""
    if before in _IDENT_BEFORE and before:
        return True
    # www.163.com, 10:30, v2.1: a dot or colon joined to letters or digits
    if before and before in ".:" and s >= 2 and t[s - 2].isascii() and t[s - 2].isalnum():
        return True
    if after and after in ".:" and e + 1 < n and t[e + 1].isascii() and t[e + 1].isalnum():
        return True
    if after in _IDENT_AFTER and after:
        return True
    # 31—2, CN33—0018, 0571-8888: digits joined by a dash (a range uses ~, 至 or a unit)
    if not range_end and before in _DASH_CHARS and before and s >= 2 and t[s - 2].isdigit():
        return True
    # generations: 90后, 00后
    if after == "后" and e - s == 2 and t[s:e].isascii():
        return True
    # enumeration labels: 1、 1. (1) （一）
    if after == "、" or (after == "." and not (e + 1 < n and t[e + 1].isdigit())):
        return True
    return before in "(（" and after in ")）" and bool(before)


#: First characters of _TAIL_RE matches: when none follows the number the tail is empty.
_TAIL_FIRST = frozenset("%‰余多来几半左以上之开" + "".join(u[0] for u in _UNITS))

#: Single-character units the tail can only be by themselves unless the next character is
#: one of these: the rest of a longer unit, 半, or the first character of a trailing marker.
#: (期 is left out: 期间 is a word.) Then ``_TAIL_RE`` reads just the unit, without a call.
_UNIT_MORE: dict[str, frozenset[str]] = {
    u: frozenset(
        [w[1] for w in _UNITS if len(w) > 1 and w[0] == u]
        + ["半"]
        + [m[0] for m in data.APPROX_AFTER]
    )
    for u in _UNITS
    if len(u) == 1 and u != "期" and u not in "%‰" and u not in data.APPROX_MIDDLE
}

#: The characters of a numeral made of units alone (十, 百万, 千亿).
_UNIT_CHARS = frozenset(data.SMALL_UNITS) | frozenset(data.BIG_UNITS)
_CURRENCY = data.CURRENCY
_DATE_UNITS = data.DATE_UNITS
#: A numeral not read yet (in the per-call table of shapes).
_UNREAD: Any = object()
#: Characters before a numeral that may change it: an ordinal (第), a lunar day (初), vague
#: counts (数十, 几百), a decimal point (下降点五), a sign, the end of an approximation marker.
_BEFORE_SPECIAL = frozenset("第初数几点") | _SIGN_LAST | frozenset(_PREFIX_BY_LAST)
#: Last characters of the verbs of change that 点五 (0.5, its 零 dropped) follows: 下降点五.
_POINT_AFTER = frozenset("降升涨跌")
#: Characters before a lone 一 that may make it count: an ordinal, a lunar day, a sign, an
#: approximation marker.
_ONE_MAY_COUNT_AFTER = frozenset("第初") | _SIGN_LAST | frozenset(_PREFIX_BY_LAST)
#: The units that make a lone 一 the indefinite article (一个项目, 一批): classifiers, not
#: measures, dates or currencies, that the tail reads by themselves (see ``_UNIT_MORE``).
_ARTICLE_UNITS = frozenset(
    u
    for u in _UNIT_MORE
    if u not in _MEASURES and u not in data.DATE_UNITS and u not in data.CURRENCY
)

_TAIL_NOMID_RE = regex.compile(
    rf"""
    (?P<pct>[%‰])?+                            # 35%
    (?P<unit>{_UNIT_ALT})?+                     # measure word
    (?P<half>半)?+                              # 两年半
    (?P<post>{_POST})?+                         # 60岁以上
    """,
    regex.VERBOSE,
)


class _Shape(NamedTuple):
    """What the text of a numeral candidate says on its own (before its neighbours are read)."""

    pct_prefix: str | None  # 百, 千, 万 of a leading 百分之 / 千分之 / 万分之
    core: str  # the number (the denominator of a fraction)
    inner_pair: bool  # the candidate holds a pair of characters of a word context
    fraction_form: bool  # 三分之一, 二又三分之一, 百分之三十五
    is_cn: bool  # the core has a Chinese numeral character
    value: Fraction | None
    low: Fraction | None
    high: Fraction | None
    colloquial: bool
    seq: str | None  # a digit sequence as ASCII digits
    kind: NumberKind
    approx: str | None  # 几 of an approximate range
    rewrite: str | None  # the candidate's Arabic form (percents, fractions)
    big_first: bool  # the core starts with 百, 千, 万 or 亿 (百万, 万一)
    bare_first: bool  # the core starts with 十, 百, 千, 万 or 亿 (数十, 几百)
    has_big: bool  # the core has 百, 千, 万 or 亿 (a bare 三百 is a number, a bare 三 is not)
    one: bool  # the core is 一 (or 壹): maybe the indefinite article


def _shape(cand: str) -> _Shape | None:
    """Read a ``_FIND_RE`` match on its own; None when it is no number at all."""
    if cand.isdigit() and cand.isascii() and len(cand) <= 15 and not _INNER_ASCII:
        # what the general path below gives for plain Arabic digits (2021, 12), quicker
        return _Shape(
            None,
            cand,
            False,
            False,
            False,
            Fraction(int(cand)),
            None,
            None,
            False,
            None,
            "cardinal",
            None,
            None,
            False,
            False,
            False,
            False,
        )
    # The groups of _FIND_RE. Its possessive 百分之 is taken whenever it is there (and a core
    # follows it); the core holds no 分 or 又, so the first one after the core's start ends it.
    pct_prefix = cand[0] if cand[0] in _PCT_FIRST and cand[1:3] == "分之" else None
    core_s = 0 if pct_prefix is None else 3
    core = cand[core_s:]
    fraction_form = mixed_form = False
    if "分" in core or "又" in core:
        core_e = min(i for i in (cand.find("分", core_s), cand.find("又", core_s)) if i >= 0)
        core = cand[core_s:core_e]
        fraction_form = True
        mixed_form = cand[core_e] == "又"
    is_cn = not core.isascii() and not _NOT_CN_DIGIT.issuperset(core)
    rewrite: str | None = None
    value: Fraction | None
    low: Fraction | None = None
    high: Fraction | None = None
    colloquial = False
    seq: str | None = None
    approx: str | None = None
    kind: NumberKind = "cardinal"
    if pct_prefix is not None or fraction_form:
        whole = _try_parse(cand)
        if whole is None:
            return None
        value = whole.value
        if pct_prefix is not None:
            inner = _try_parse(core)
            if inner is None:
                return None
            if pct_prefix in "百千":
                kind = "percent" if pct_prefix == "百" else "permille"
                value = inner.value
                sym = "%" if pct_prefix == "百" else "‰"
                rewrite = _render(value) + sym
            else:
                kind = "fraction"
                rewrite = _render(value)
        else:
            kind = "fraction"
            mixed = _try_parse(core) if mixed_form else None
            if mixed is not None:
                rest = value - mixed.value
                rewrite = f"{_render(mixed.value)}又{_render(rest)}"
            else:
                rewrite = _render(value)
    else:
        info = _analyse(core)
        if info is None:
            return None
        value = info.value
        low, high = info.low, info.high
        colloquial = info.colloquial
        seq = info.sequence
        if low is not None:
            kind = "range"
            approx = info.approx
    return _Shape(
        pct_prefix,
        core,
        not _INNER_FIRST.isdisjoint(cand[:-1])
        and any(cand[i : i + 2] in _INNER_PAIRS for i in range(len(cand) - 1)),
        fraction_form,
        is_cn,
        value,
        low,
        high,
        colloquial,
        seq,
        kind,
        approx,
        rewrite,
        core[0] in _BIG_START,
        core[0] in _BARE_START,
        not _BIG_START.isdisjoint(core),
        core in ("一", "壹"),
    )


def _render_plain(core: str, info: _Core) -> str | None:
    """Arabic form of a core that is neither a fraction nor a percent."""
    if info.sequence is not None:
        return info.sequence
    return _render_core(core, info.value or Fraction(0))


def _scan(text: str, timeout: float | None, rewrites: bool) -> _Found:
    """The mentions in ``text`` and, with ``rewrites``, the Arabic forms of their numerals."""
    mentions: list[NumberMention] = []
    edits: list[tuple[int, int, str]] = []
    try:
        norm, spans = _candidates(text, timeout)
        t = norm.text
    except TimeoutError:
        return _Found(Normalized(text=text, original=text), mentions, edits)
    last_edits = 0  # where the rewrites of the last mention start in ``edits``
    same_length = len(t) == len(text)
    identical = t is text  # nothing normalised: the core is the text as printed
    prev_end = -1
    month_cn_end = -1  # end of the last month written in Chinese numerals
    time_end = -1  # end of the last X时 mention
    shapes: dict[str, _Shape | None] = {}  # the same numerals recur: read each once
    for s, e in spans:
        if s < prev_end:
            continue
        before = t[s - 1] if s else ""  # the character before the numeral
        after = t[e : e + 1]  # and the one after it
        if e - s == 1 and t[s] in "一壹" and before not in _ONE_MAY_COUNT_AFTER:
            # The indefinite article (统一, 一批, 一项), decided here as the rules below would:
            # no marker, sign, ordinal or lunar day can come before this 一, and after it
            # comes nothing a quantity can have, or exactly one classifier.
            if after not in _TAIL_FIRST and after not in _RANGE_SEPS and after not in _DASH_CHARS:
                if month_cn_end != s and t[max(0, s - 2) : s] not in _LUNAR_MONTH_NAMES:
                    continue
            elif after in _ARTICLE_UNITS and t[e + 1 : e + 2] not in _UNIT_MORE[after]:
                continue
        if (before in _SUSPECT_BEFORE or after in _SUSPECT_AFTER) and (_is_identifier(t, s, e)):
            continue
        if e - s > _MAX_CORE:
            prev_end = e
            continue  # a run this long is a table or junk, not a numeral
        cand = t[s:e]
        shape = shapes.get(cand, _UNREAD)
        if shape is _UNREAD:
            shape = shapes[cand] = _shape(cand)
        if shape is None:
            continue
        (
            pct_prefix,
            core,
            inner_pair,
            fraction_form,
            is_cn,
            value,
            low,
            high,
            colloquial,
            seq,
            kind,
            approx,
            rewrite,
            big_first,
            bare_first,
            has_big,
            one,
        ) = shape
        # part of a set phrase, a weekday or rank name, a coined term: look only where the
        # characters around the numeral (or inside it) can belong to one
        if (
            (before in _PAIR_FIRST and t[s - 1 : s + 1] in _WORD_PAIRS)
            or (after in _PAIR_SECOND and t[e - 1 : e + 1] in _WORD_PAIRS)
            or inner_pair
        ) and _in_word_context(t, s, e):
            continue
        # the Arabic form of the numeral, and of the high end of a range (3至五天)
        edit: tuple[int, int, str] | None = None
        edit_hi: tuple[int, int, str] | None = None
        if not rewrites:
            pass
        elif rewrite is not None:
            edit = (s, e, rewrite)
        elif (
            kind == "cardinal"
            and (
                is_cn  # 三十五 -> 35
                or (
                    not identical  # full-width: １２ -> 12
                    and (text[s:e] != core if same_length else norm.span(s, e).text != core)
                )
            )
        ):
            info = _analyse(core)
            rep = None if info is None else _render_plain(core, info)
            if rep is not None:
                edit = (s, e, rep)
        pos = e
        # explicit range: 3~11岁, 0~15时, 3至5天
        explicit = False
        if after in _RANGE_SEPS and kind == "cardinal" and seq is None and value is not None:
            rng = _RANGE_RE.match(t, e)
            if rng is not None:
                hi_info = _analyse(rng.group("core"))
                hi_tail = _TAIL_NOMID_RE.match(t, rng.end())
                assert hi_tail is not None
                sep = rng.group("sep")
                has_unit = bool(hi_tail.group("unit") or hi_tail.group("pct"))
                if (
                    hi_info is not None
                    and hi_info.value is not None
                    and hi_info.sequence is None
                    and value < hi_info.value
                    and (has_unit or sep in "~\u301c\uff5e")
                    and not _is_identifier(t, rng.start("core"), rng.end(), range_end=True)
                ):
                    explicit = True
                    kind = "range"
                    low, high, value = value, hi_info.value, None
                    pos = rng.end()
                    core_hi = rng.group("core")
                    if rewrites and _HAS_CN_DIGIT.search(core_hi):
                        edit_hi = (rng.start("core"), rng.end(), _render(high))
        if not explicit and after in _DASH_CHARS and t[e + 1 : e + 2] in _ASCII_DIGITS:
            prev_end = e + 1
            continue  # 31—2, 0571-8888: digits joined by a dash are an identifier
        nxt = t[pos : pos + 1] if explicit else after
        more = _UNIT_MORE.get(nxt)
        half = False
        unit: str | None
        if more is not None and t[pos + 1 : pos + 2] not in more:
            pct = mid = post = None  # a one-character unit and nothing else
            unit = nxt
            end = pos + 1
        elif nxt not in _TAIL_FIRST:
            pct = mid = unit = post = None  # nothing can follow
            end = pos
        else:
            tail = _TAIL_RE.match(t, pos)
            assert tail is not None  # every part is optional
            pct, mid, big, unit, half_s, post = tail.groups()
            end = tail.end()
            if mid is not None and (
                kind != "cardinal" or mid == "几" or (mid == "来" and not unit)
            ):
                tail = _TAIL_NOMID_RE.match(t, pos)
                assert tail is not None
                pct, unit, half_s, post = tail.groups()
                mid = big = None
                end = tail.end()
            half = half_s is not None
            if unit == "期" and t[end : end + 1] == "间":
                unit, half, post = None, False, None  # 十一期间: a word, not a measure word
                end = tail.start("unit")
            if mid is not None and value is not None:
                approx = mid
                if big:
                    value = value * 10 ** sum(data.BIG_UNITS[c] for c in big)
            if half and (unit is None or kind != "cardinal" or approx is not None or mid):
                end = tail.end("half") - 1
                half = False
                post = None
            if pct is not None:
                if kind == "cardinal":
                    kind = "percent" if pct == "%" else "permille"
                elif kind != "range":
                    continue
        # what the characters before the numeral make of it
        ordinal = lunar_day = point = False
        pre: str | None = None
        sign = ""
        start = s
        if before in _BEFORE_SPECIAL:
            ordinal = before == "第" and pct_prefix is None
            if ordinal and t[s - 2 : s - 1] == "总":
                continue  # 总第11997号: an issue number
            if not ordinal and pct_prefix is None and before in _PREFIX_BY_LAST:
                pre = _prefix(t, s)
                if pre == "上" and not big_first:
                    pre = None
            if bare_first and before in ("数", "几") and _UNIT_CHARS.issuperset(core):
                # 数十人, 数百万元: as vague as 几十, 几百 (the widest reading, 10-90), when a
                # measure word follows; 损失数十万 stays unread (人数十万 may be 100000). With
                # a full numeral 数 ends a word instead (人数十二万人) and changes nothing.
                vague = (
                    _analyse("几" + core)
                    if before == "数" and unit is not None and kind == "cardinal"
                    else None
                )
                if vague is None or vague.low is None:
                    prev_end = e
                    continue
                pre, kind, value, low, high = "数", "range", None, vague.low, vague.high
            if pre is None and not ordinal and pct_prefix is None:
                if before in _SIGN_LAST:
                    if t[max(0, s - 2) : s] == "零下":
                        sign = "零下"
                    elif before in "负-\u2212" and not (
                        s >= 2 and t[s - 2].isascii() and t[s - 2].isalnum()
                    ):
                        sign = before
                elif (
                    before == "初"
                    and kind == "cardinal"
                    and unit is None
                    and value is not None
                    and 1 <= value <= 10
                ):
                    lunar_day = True
                elif (
                    before == "点"
                    and kind == "cardinal"
                    and is_cn
                    and t[s - 2 : s - 1] in _POINT_AFTER
                ):
                    # 下降点五个百分点: a decimal without its 零 (点 after a verb of change;
                    # 景点五处, 重点五项 are words)
                    decimal = _try_parse("点" + core)
                    if decimal is not None:
                        value, seq, point = decimal.value, None, True
                        if rewrites:
                            edit = (s - 1, e, _render(value))
            start = s - (len(pre) if pre else 0) - len(sign)
            start -= 1 if ordinal or lunar_day or point else 0
        if (
            big_first
            and not ordinal
            and pre is None
            and pct_prefix is None
            and unit not in _BARE_UNITS
        ):
            # 百万, 千万, 万一: a bare unit needs a marker (上千名) or a measure word (万名)
            prev_end = e
            continue
        if sign:
            value = -value if value is not None else None
            low, high = (-high, -low) if low is not None and high is not None else (low, high)
        if half and value is not None:
            value += Fraction(1, 2)
        approx = pre or approx or post
        # classify
        month_cn = False
        is_time = False
        if ordinal:
            if value is None or kind != "cardinal" or value.denominator != 1 or value < 0:
                continue
            kind = "ordinal"
        elif lunar_day:
            kind = "date-part"
        elif kind == "cardinal" and unit in _CURRENCY:
            kind = "money"
        elif kind == "cardinal" and unit in _DATE_UNITS and value is not None:
            whole_v = value.denominator == 1 and approx is None and not half
            if unit == "年":
                if whole_v and (
                    (seq is not None and len(seq) in (2, 4))
                    or (not is_cn and len(core) == 4 and 1000 <= value.numerator <= 2999)
                ):
                    kind = "date-part"
            elif unit in ("月", "月份"):
                if whole_v and 1 <= value.numerator <= 12 and seq is None:
                    kind = "date-part"
                    month_cn = is_cn
                elif unit == "月":
                    prev_end = e
                    continue
            elif unit in ("日", "号"):
                if whole_v and 1 <= value.numerator <= 31 and seq is None:
                    kind = "date-part"
                if unit == "号" and (kind != "date-part" or t[s - 1 : s] != "月"):
                    prev_end = end
                    continue  # 学院路107号, 3号文件: identifiers
            elif unit == "时":
                if whole_v and 0 <= value.numerator <= 24:
                    kind = "date-part"
                    is_time = True
            elif unit in ("分", "秒") and time_end == s and whole_v and 0 <= value.numerator < 60:
                kind = "date-part"
                is_time = True
        elif kind == "range" and unit == "号":
            continue
        if kind == "cardinal" and value is not None:
            if seq is not None:
                if unit is not None or approx is not None:
                    continue  # 一二个: not a count
                if "0" not in seq and len(seq) < 4:
                    prev_end = e
                    continue
                kind = "digit-sequence"
            elif value.denominator != 1:
                kind = "decimal"
        if kind == "digit-sequence":
            value = None
        # a number with no unit and no marker
        bare = unit is None and approx is None and pct is None and pct_prefix is None
        if bare and kind in ("cardinal", "decimal"):
            if is_cn:
                follows_month = month_cn_end == s or t[max(0, s - 2) : s] in _LUNAR_MONTH_NAMES
                if follows_month and value is not None and 1 <= value <= 30 and not fraction_form:
                    kind = "date-part"
                    lunar_day = True
                elif not fraction_form and not has_big:
                    prev_end = e
                    continue
            elif "." not in core and "," not in core and len(core) >= 5:
                prev_end = e
                continue  # postcodes, phone numbers, serials
        # the indefinite article: 一个项目, 一项, 一批 (but 一米, 一元, 一个半, 一月 count)
        if one and not ordinal and approx is None and not half and kind != "range":
            if unit is None and kind not in ("date-part",) and not fraction_form:
                prev_end = e
                continue
            if (
                unit is not None
                and unit not in _MEASURES
                and not (kind == "date-part" and unit in ("月", "日", "号", "月份"))
            ):
                prev_end = end
                continue
        if month_cn:
            month_cn_end = end
        if is_time:
            time_end = end
        lunar = lunar_day
        if month_cn and (
            _GANZHI_YEAR_RE.search(t, max(0, start - 3), start)
            or t[max(0, start - 2) : start] in ("农历", "阴历", "夏历")
        ):
            lunar = True
        span = (
            Span(start=start, end=end, text=text[start:end])
            if same_length
            else norm.span(start, end)
        )
        mention = _mention(
            span,
            span.text,
            value,
            kind,
            approx,
            unit,
            low,
            high,
            colloquial,
            lunar,
            seq if kind == "digit-sequence" else None,
        )
        prev_end = end
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
                del edits[last_edits:]
        mentions.append(mention)
        last_edits = len(edits)
        if rewrites and not lunar and (kind != "range" or explicit):
            if edit is not None:
                edits.append(edit)
            if edit_hi is not None:
                edits.append(edit_hi)
    return _Found(norm, mentions, edits)


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
        timeout: Seconds allowed for each regex scan, as a backstop against pathological
            input (None: no limit). On a timeout the mentions found so far are returned.

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
    try:
        return tuple(_scan(text, timeout, False).mentions)
    except Exception:  # pragma: no cover - finders never raise
        return ()


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
    try:
        norm, _mentions, edits = _scan(text, timeout, True)
    except Exception:  # pragma: no cover - never raises
        return text
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
