"""What a numeral candidate says on its own, before its neighbours are read.

Private: the public surface is :mod:`paper_parser.numerals`.
"""

from __future__ import annotations

from fractions import Fraction
from types import MappingProxyType
from typing import Literal, NamedTuple

from paper_parser import _rx
from paper_parser.numerals import _vocab as data
from paper_parser.numerals._read import _fast_parse, _try_parse
from paper_parser.numerals._tokens import _DIGIT_CLASS, _INNER_ASCII, _INNER_FIRST, _INNER_PAIRS
from paper_parser.numerals._write import _terminating_digits

_BARE_START = frozenset("十拾百佰千仟万萬亿億")
_BIG_START = frozenset("百佰千仟万萬亿億")
_HAS_CN_DIGIT = _rx.compile(f"[{_DIGIT_CLASS.replace('0-9', '')}十拾百佰千仟廿卅卌]")
#: The characters of a numeral core that _HAS_CN_DIGIT does not match.
_NOT_CN_DIGIT = frozenset(
    c for c in "0123456789,.点點" + data.RUN_CHARS if _HAS_CN_DIGIT.match(c) is None
)
_PCT_FIRST = frozenset("百千万萬")
_ASCII_DIGITS = frozenset("0123456789")
_BIG_ENDS = frozenset("万亿萬億")


#: What a :class:`~paper_parser.numerals.NumberMention` counts.
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
        # 两 after 一 is "one or two" (一两天, 一两百人); elsewhere it is the liang (十一两), and
        # a 一两 with no measure word after it is one liang too (一两黄金: the finder's _settle)
        if da == 0 or db == 0 or a in "幺" or b in "幺" or (b in "两兩" and a != "一"):
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


#: The longest core read. The finder reads no candidate over 40 characters (a run that long
#: is a table or junk); a range's high end (3至…) and 几 with a core are read up to this
#: length. Longer ones are none: reading a core of thousands of characters would take time
#: quadratic in its length, or fail on a digit sequence over 4,300 digits.
_LONGEST_CORE = 64


def _analyse(core: str) -> _Core | None:
    """What a numeral core means (None for none, or for a core over ``_LONGEST_CORE``)."""
    if len(core) > _LONGEST_CORE:
        return None
    if core.isdigit() and core.isascii() and len(core) <= 15:
        return _Core(Fraction(int(core)))  # what the general path below gives, quicker
    for vague in "几幾":  # 幾 is 几 in traditional script (十幾年): the marker as printed
        if vague not in core:
            continue
        if core.count(vague) != 1 or core == vague or "几幾".replace(vague, "") in core:
            return None
        low = _try_parse(core.replace(vague, "一"))
        high = _try_parse(core.replace(vague, "九"))
        if low is None or high is None or low.value >= high.value:
            return None
        return _Core(None, low=low.value, high=high.value, approx=vague)
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


def _render(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    sign = "-" if value < 0 else ""
    whole, rest = divmod(abs(value), 1)
    places = _terminating_digits(rest)
    if places is not None:
        return f"{sign}{int(whole)}.{places}"
    return f"{sign}{value.numerator}/{value.denominator}"


_YI_CHARS = frozenset("亿億")


def _render_core(core: str, value: Fraction) -> str | None:
    """Arabic form of a core; keeps a trailing 万/亿 (三十五万 -> 35万)."""
    trail = len(core) - len(core.rstrip("万萬亿億"))
    if trail and trail < len(core) and not (core[-1] in "万萬" and _YI_CHARS & set(core[:-trail])):
        # (not 3亿5千万: its 万 holds for the 5千 after the 亿 only, so the head 3亿5千 and 万
        # are no product; the whole value is written, 350000000)
        head = _try_parse(core[:-trail])
        if head is not None and not head.colloquial:
            return _render(head.value) + core[-trail:].replace("萬", "万").replace("億", "亿")
    return _render(value)


class _Shape(NamedTuple):
    """What the text of a numeral candidate says on its own (before its neighbours are read)."""

    #: The number (the denominator of a fraction).
    core: str
    value: Fraction | None
    #: 百, 千, 万 of a leading 百分之 / 千分之 / 万分之.
    pct_prefix: str | None = None
    #: The candidate holds a pair of characters of a word context.
    inner_pair: bool = False
    #: 三分之一, 二又三分之一, 百分之三十五.
    fraction_form: bool = False
    #: The core has a Chinese numeral character.
    is_cn: bool = False
    low: Fraction | None = None
    high: Fraction | None = None
    colloquial: bool = False
    #: A digit sequence as ASCII digits.
    seq: str | None = None
    kind: NumberKind = "cardinal"
    #: 几 of an approximate range.
    approx: str | None = None
    #: The candidate's Arabic form (percents, fractions).
    rewrite: str | None = None
    #: The core starts with 百, 千, 万 or 亿 (百万, 万一).
    big_first: bool = False
    #: The core starts with 十, 百, 千, 万 or 亿 (数十, 几百).
    bare_first: bool = False
    #: The core has 百, 千, 万 or 亿 (a bare 三百 is a number, a bare 三 is not).
    has_big: bool = False
    #: The core is 一 (or 壹): maybe the indefinite article.
    one: bool = False
    #: Plain Arabic digits (2021, 12), holding no pair of a word context.
    plain: bool = False
    #: A cardinal in Arabic digits, perhaps with a decimal point, separators or 万/亿 (3.6万,
    #: 1,234), holding no pair of a word context (plain ones are too).
    arabic: bool = False
    #: The value as an ``int`` when it is a whole number, else None.
    whole: int | None = None


def _shape(cand: str) -> _Shape | None:
    """Read a ``_FIND_PATTERN`` match on its own; None when it is no number at all.

    The commonest candidates, plain Arabic digits (2021, 12) and Arabic digits with 万/亿
    (3.6万, 1.37亿), are read straight away, as :func:`_read_shape` reads them (the tests
    compare both)."""
    if cand.isdigit() and cand.isascii() and len(cand) <= 15 and not _INNER_ASCII:
        n = int(cand)
        return _Shape(core=cand, value=Fraction(n), plain=True, arabic=True, whole=n)
    if len(cand) == 1 and cand in _SINGLE_SHAPES:
        return _SINGLE_SHAPES[cand]  # 一, 三, 两, 千 ...
    if cand[-1] in _BIG_ENDS and cand[0] in _ASCII_DIGITS:
        # the value is what _analyse reads: _try_parse's fast path (else the strict parser)
        value = _fast_parse(cand)
        if value is not None:
            inner = _inner_pair(cand)
            whole = value.numerator if value.denominator == 1 else None
            return _Shape(
                core=cand,
                value=value,
                inner_pair=inner,
                has_big=True,
                arabic=not inner,
                whole=whole,
            )
    return _read_shape(cand)


def _inner_pair(cand: str) -> bool:
    """Whether the candidate holds a pair of characters of a word context."""
    return not _INNER_FIRST.isdisjoint(cand[:-1]) and any(
        cand[i : i + 2] in _INNER_PAIRS for i in range(len(cand) - 1)
    )


def _read_shape(cand: str) -> _Shape | None:
    """:func:`_shape`, every candidate read the general way."""
    if cand == "半":
        return _Shape(core=cand, value=Fraction(1, 2), is_cn=True)  # 半个月: a half
    if cand.isdigit() and cand.isascii() and len(cand) <= 15 and not _INNER_ASCII:
        # what the general path below gives for plain Arabic digits (2021, 12), quicker
        n = int(cand)
        return _Shape(core=cand, value=Fraction(n), plain=True, arabic=True, whole=n)
    # The groups of _FIND_PATTERN. Its possessive 百分之 is taken whenever it is there (and a core
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
    inner_pair = _inner_pair(cand)
    return _Shape(
        pct_prefix=pct_prefix,
        core=core,
        inner_pair=inner_pair,
        fraction_form=fraction_form,
        is_cn=is_cn,
        value=value,
        low=low,
        high=high,
        colloquial=colloquial,
        seq=seq,
        kind=kind,
        approx=approx,
        rewrite=rewrite,
        big_first=core[0] in _BIG_START,
        bare_first=core[0] in _BARE_START,
        has_big=not _BIG_START.isdisjoint(core),
        one=core in ("一", "壹"),
        arabic=core[0] in _ASCII_DIGITS
        and not is_cn
        and not inner_pair
        and kind == "cardinal"
        and pct_prefix is None
        and not fraction_form
        and seq is None
        and value is not None,
        whole=None if value is None or value.denominator != 1 else value.numerator,
    )


#: Every candidate of one character, read once at import (a single Chinese numeral is read
#: on every page, most of them by the strict parser: 两, 千, 百).
_SINGLE_SHAPES = MappingProxyType({c: _read_shape(c) for c in "半" + data.RUN_CHARS})


def _render_plain(core: str, info: _Core) -> str | None:
    """Arabic form of a core that is neither a fraction nor a percent."""
    if info.sequence is not None:
        return info.sequence
    return _render_core(core, info.value or Fraction(0))
