"""Reading numerals: :func:`parse_number`, the strict reader, and its table-driven fast path.

Private: the public surface is :mod:`paper_parser.numerals`.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import NamedTuple

import regex

from paper_parser import _rx
from paper_parser.errors import PaperParseError
from paper_parser.numerals import _vocab as data
from paper_parser.text import normalize

_TOKEN_RE = _rx.compile(
    r"""
    (?P<arabic>
        [0-9]{1,3}(?:,[0-9]{3})++(?![0-9,])   # 1,234,567: exact groups of three
        (?:\.[0-9]++)?+                        # optional decimals
      | [0-9]{1,3}(?:[ ][0-9]{3})++(?![0-9])  # 28 831, 1 000 000: groups spaced apart
        (?:\.[0-9]++)?+
      | [0-9]++(?:\.[0-9]++)?+                 # 1234 or 1234.5
    )
    | (?P<char>.)                              # any other single character
    """,
    regex.VERBOSE | regex.DOTALL,
)

_SIGN_RE = _rx.compile(
    r"""
    (?:负|零下|[-\u2212+])   # a sign: 负五, 零下五, -3万, −3, +5
    """,
    regex.VERBOSE,
)

# Token kinds.
_D, _S, _T, _B, _P, _A, _Z = "D", "S", "T", "B", "P", "A", "Z"


class _Tok(NamedTuple):
    """A token of a numeral (a named tuple: cheap to build, and to define at import)."""

    kind: str
    pos: int
    end: int
    char: str
    value: int = 0  # digit value, unit power, or tens digit
    num: Fraction = Fraction(0)  # Arabic tokens: their value
    text: str = ""  # Arabic tokens: the digits as printed


class _Parsed(NamedTuple):
    """A parsed numeral (a named tuple: built once per distinct numeral of a page)."""

    value: Fraction
    colloquial: bool


class _Fail(Exception):
    """Internal: a structural error at a position (turned into PaperParseError)."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


def _tokenize(s: str, start: int, end: int, large: bool) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(s, start, end):
        if m.group("arabic") is not None:
            txt = m.group("arabic").replace(",", "").replace(" ", "")
            toks.append(
                _Tok(_A, m.start(), m.end(), m.group(), num=Fraction(txt), text=m.group("arabic"))
            )
            continue
        c = m.group()
        p = m.start()
        if c in data.ZEROS:
            toks.append(_Tok(_Z, p, p + 1, c))
        elif c in data.DIGITS:
            toks.append(_Tok(_D, p, p + 1, c, data.DIGITS[c]))
        elif c in data.SMALL_UNITS:
            toks.append(_Tok(_S, p, p + 1, c, data.SMALL_UNITS[c]))
        elif c in data.TENS:
            toks.append(_Tok(_T, p, p + 1, c, data.TENS[c]))
        elif c in data.BIG_UNITS:
            toks.append(_Tok(_B, p, p + 1, c, data.BIG_UNITS[c]))
        elif large and c in data.LARGE_UNITS:
            toks.append(_Tok(_B, p, p + 1, c, data.LARGE_UNITS[c]))
        elif c in "点點":
            toks.append(_Tok(_P, p, p + 1, c))
        else:
            raise _Fail(f"unexpected character {c!r}", p)
    return toks


# Levels of the myriad system: (power the unit multiplies by, place of the unit: what follows
# it is below 10**place). The repeated 亿 levels read 亿亿 (10^16) and 亿亿亿 (10^24); 万亿 needs
# no level of its own (it is a 万 number before 亿).
_LEVELS = ((4, 4), (8, 8), (8, 16), (8, 24), (8, 32), (8, 40))
_LEVELS_LARGE = ((4, 4), (8, 8), (12, 12), (16, 16))


class _Cardinal:
    """Recursive-descent reader of an integer numeral over a token list."""

    def __init__(self, toks: list[_Tok], levels: tuple[tuple[int, int], ...], end_pos: int):
        self.toks = toks
        self.levels = levels
        self.end_pos = end_pos
        self.colloquial = False

    def _tok(self, i: int) -> _Tok | None:
        return self.toks[i] if i < len(self.toks) else None

    def _err_at(self, i: int, message: str) -> _Fail:
        tok = self._tok(i)
        return _Fail(message, tok.pos if tok else self.end_pos)

    def section(self, i: int, *, after_unit: bool) -> tuple[int, int, bool]:
        """A number below 10^4 (or one Arabic integer). Returns (value, next, bare_digit)."""
        toks = self.toks
        tok = self._tok(i)
        if tok is None:
            raise self._err_at(i, "numeral expected")
        if tok.kind == _A:
            nxt = self._tok(i + 1)
            if tok.num.denominator != 1:
                raise _Fail("a decimal must be followed by 万 or 亿 and end there", tok.pos)
            if nxt is not None and nxt.kind == _S:
                pass  # 3千5百: an Arabic digit standing for a Chinese one
            else:
                # the group right below a unit fills its four places (3萬3,883 = 33,883); a
                # group with a unit of its own counts that unit (1亿378万, 1兆378億)
                if (
                    after_unit
                    and len(tok.text.replace(",", "")) != 4
                    and (nxt is None or nxt.kind != _B)
                ):
                    raise _Fail("an Arabic group after 万/亿 must have four digits", tok.pos)
                return int(tok.num), i + 1, False
        value = 0
        last: int | None = None  # place of the last term
        zero = False
        first = i
        while i < len(toks):
            tok = toks[i]
            nxt = self._tok(i + 1)
            if tok.kind == _Z:
                if last is None or zero:
                    raise _Fail("misplaced zero", tok.pos)
                zero = True
                i += 1
                continue
            if tok.kind in (_D, _A):
                d = tok.value if tok.kind == _D else int(tok.num)
                if tok.kind == _A and not (1 <= d <= 9 and len(tok.text) == 1):
                    raise _Fail("only a single Arabic digit may stand before 十/百/千", tok.pos)
                if tok.char == "幺":
                    raise _Fail("幺 is only used in digit sequences", tok.pos)
                if nxt is not None and nxt.kind == _S:
                    p = nxt.value
                    if last is not None and p >= last:
                        raise _Fail("units out of order", nxt.pos)
                    if zero and last is not None and p == last - 1:
                        raise _Fail("zero where no place is skipped", toks[i - 1].pos)
                    if tok.char in "两兩" and p < 2:
                        raise _Fail("两 cannot stand before 十", tok.pos)
                    value += d * 10**p
                    last = p
                    zero = False
                    i += 2
                    continue
                # a digit with no small unit: the ones place (or a colloquial elision)
                if last is None:
                    return d, i + 1, True
                if tok.char in "两兩":
                    raise _Fail("两 cannot stand in the ones place", tok.pos)
                if zero:
                    if last < 2:
                        raise _Fail("zero where no place is skipped", toks[i - 1].pos)
                    value += d
                elif last == 1:
                    value += d
                elif i + 1 == len(toks):
                    value += d * 10 ** (last - 1)  # 一百五 = 150, 三千五 = 3500
                    self.colloquial = True
                else:
                    raise _Fail("a bare digit after 百/千 must end the numeral", tok.pos)
                return value, i + 1, False
            if tok.kind == _S:
                p = tok.value
                if last is not None and not zero and (p != 1 or last <= 1):
                    raise _Fail("unit without a digit", tok.pos)
                if last is not None and p >= last:
                    raise _Fail("units out of order", tok.pos)
                if i != first and not zero and p != 1:
                    raise _Fail("unit without a digit", tok.pos)
                value += 10**p
                last = p
                zero = False
                i += 1
                continue
            if tok.kind == _T:
                if last is not None and last <= 1:
                    raise _Fail("units out of order", tok.pos)
                if zero and last is not None and last == 2:
                    raise _Fail("zero where no place is skipped", toks[i - 1].pos)
                value += tok.value * 10
                last = 1
                zero = False
                i += 1
                continue
            break
        if zero:
            raise _Fail("a numeral cannot end in zero", toks[i - 1].pos)
        if last is None:
            raise self._err_at(i, "numeral expected")
        return value, i, False

    def level(self, i: int, k: int, *, after_unit: bool = False) -> tuple[int, int]:
        """A number of level ``k`` (k < 0: a section). Returns (value, next index)."""
        if k < 0:
            value, j, _bare = self.section(i, after_unit=after_unit)
            return value, j
        unit_pow, place = self.levels[k]
        head, j = self.level(i, k - 1, after_unit=after_unit)
        tok = self._tok(j)
        if tok is None or tok.kind != _B or tok.value != unit_pow:
            return head, j
        if head == 0:
            raise _Fail("a unit needs a non-zero number before it", tok.pos)
        # The level's own unit: after it, an optional zero and a lower-level tail.
        value = head * 10**unit_pow
        j += 1
        zero_tok = self._tok(j)
        zero = zero_tok is not None and zero_tok.kind == _Z
        if zero:
            j += 1
        nxt = self._tok(j)
        if nxt is None or nxt.kind in (_B, _P):
            if zero:
                raise _Fail("a numeral cannot end in zero", self.toks[j - 1].pos)
            return value, j
        tail_start = j
        if not zero and nxt.kind == _D and j + 1 == len(self.toks):
            # 两万三 = 23000: the bare digit stands one place below the unit.
            if nxt.char in "两兩幺":
                raise _Fail("this digit cannot end a numeral", nxt.pos)
            self.colloquial = True
            return value + nxt.value * 10 ** (place - 1), j + 1
        tail, j = self.level(j, k - 1, after_unit=not zero)
        if tail >= 10**place:
            raise _Fail("number after the unit is too large", self.toks[tail_start].pos)
        # A zero before a lower section that skips no place (十万零一千 = 101000) is common
        # usage and reads the same: it is accepted.
        return value + tail, j


def _top_level(toks: list[_Tok], large: bool) -> int:
    """The highest level a token list can need (fewer levels: fewer calls)."""
    if large:
        return len(_LEVELS_LARGE) - 1
    yi = sum(1 for t in toks if t.kind == _B and t.value == 8)
    if yi:
        return min(yi, len(_LEVELS) - 1)
    return 0 if any(t.kind == _B for t in toks) else -1


def _digit_sequence(toks: list[_Tok]) -> int | None:
    """The value of a sequence of two or more digit characters (二〇二一, 〇〇三)."""
    if len(toks) < 2:
        return None
    digits = []
    for tok in toks:
        if tok.kind == _Z:
            digits.append("0")
        elif tok.kind == _D and tok.char not in "两兩":
            digits.append(str(tok.value))
        else:
            return None
    return int("".join(digits))


def _decimal_after_yi(s: str, toks: list[_Tok], decimal_at: int, large: bool) -> _Parsed:
    """34亿1514.6万: a whole number of 亿 and a decimal number of 万 below 亿 after it."""
    yi = toks[decimal_at - 1]
    if yi.kind != _B or yi.value != 8 or toks[-1].kind != _B or toks[-1].value != 4:
        raise _Fail("a decimal must start the numeral", toks[decimal_at].pos)
    head = _parse_unsigned(s, toks[0].pos, yi.end, large)
    tail = _parse_unsigned(s, toks[decimal_at].pos, toks[-1].end, large)
    if head.value.denominator != 1 or tail.value >= 10**8:
        raise _Fail("number after the unit is too large", toks[decimal_at].pos)
    return _Parsed(head.value + tail.value, False)


def _arabic_thousands(toks: list[_Tok]) -> _Parsed | None:
    """Arabic digits that are no single digit (several, or a decimal) and 千, perhaps with
    万/亿 after it: 千 multiplies them as 万 and 亿 do (22911千 is 22911000, 1.5千 is 1500,
    1.2千万 is 12000000); None for any other numeral (3千 is read the Chinese way)."""
    if len(toks) < 2 or toks[0].kind != _A or toks[1].kind != _S or toks[1].value != 3:
        return None
    first = toks[0]
    if first.num.denominator == 1 and len(first.text) == 1:
        return None
    power = 3
    for tok in toks[2:]:
        if tok.kind != _B:
            raise _Fail("only 万 or 亿 may follow 千 after Arabic digits", tok.pos)
        power += tok.value
    if power not in (3, 7, 11):
        raise _Fail("units out of order", toks[-1].pos)
    return _Parsed(first.num * 10**power, False)


def _parse_unsigned(s: str, start: int, end: int, large: bool) -> _Parsed:
    """An unsigned numeral (integer, decimal, digit sequence) in ``s[start:end]``."""
    if start >= end:
        raise _Fail("numeral expected", start)
    toks = _tokenize(s, start, end, large)
    # single characters and digit sequences
    if len(toks) == 1 and toks[0].kind in (_D, _Z):
        return _Parsed(Fraction(toks[0].value), False)
    seq = _digit_sequence(toks)
    if seq is not None:
        return _Parsed(Fraction(seq), False)
    levels = _LEVELS_LARGE if large else _LEVELS
    thousands = _arabic_thousands(toks)
    if thousands is not None:
        return thousands
    # decimal point (Chinese 点 or an Arabic decimal)
    point = next((n for n, t in enumerate(toks) if t.kind == _P), None)
    decimal_at = next(
        (n for n, t in enumerate(toks) if t.kind == _A and t.num.denominator != 1), None
    )
    if decimal_at is not None and point is None and decimal_at > 0:
        return _decimal_after_yi(s, toks, decimal_at, large)
    if point is not None or decimal_at is not None:
        if point is not None:
            int_toks = toks[:point]
            frac_digits = []
            j = point + 1
            while j < len(toks) and toks[j].kind in (_D, _Z):
                if toks[j].char in "两兩幺":
                    raise _Fail("not a decimal digit", toks[j].pos)
                frac_digits.append(str(toks[j].value))
                j += 1
            if not frac_digits:
                raise _Fail("digits expected after 点", toks[point].pos)
            int_seq = _digit_sequence(int_toks)
            if len(int_toks) == 1 and int_toks[0].kind in (_Z, _D):
                ivalue = int_toks[0].value
            elif int_seq is not None:
                ivalue = int_seq
            elif int_toks:
                card = _Cardinal(int_toks, levels, toks[point].pos)
                ivalue, used = card.level(0, len(levels) - 1)
                if used != len(int_toks) or card.colloquial:
                    raise _Fail("malformed whole part", int_toks[min(used, len(int_toks) - 1)].pos)
            else:
                ivalue = 0
            num = Fraction(ivalue) + Fraction(int("".join(frac_digits)), 10 ** len(frac_digits))
        else:
            assert decimal_at is not None
            if decimal_at != 0:
                raise _Fail("a decimal must start the numeral", toks[decimal_at].pos)
            num = toks[0].num
            j = 1
        # trailing big units multiply: 1.37亿, 三点五万, 1.5万亿
        power = 0
        prev = 99
        while j < len(toks):
            tok = toks[j]
            if tok.kind != _B:
                raise _Fail("only 万 or 亿 may follow a decimal", tok.pos)
            if tok.value >= prev and not (prev == 4 and tok.value == 8) and prev != tok.value:
                raise _Fail("units out of order", tok.pos)
            power += tok.value
            prev = tok.value
            j += 1
        return _Parsed(num * 10**power, False)
    card = _Cardinal(toks, levels, end)
    value, used = card.level(0, _top_level(toks, large))
    if used != len(toks):
        raise _Fail("unexpected continuation", toks[used].pos)
    return _Parsed(Fraction(value), card.colloquial)


_MONEY_RE = _rx.compile(
    r"""
    (?:(?P<yuan>[^元圆角分]++)[元圆])?+    # whole yuan, then 元 or 圆
    (?P<zero>[零〇])?+                       # zero jiao: 叁元零伍分
    (?:(?P<jiao>[^元圆角分整正])角)?+       # jiao
    (?:(?P<fen>[^元圆角分整正])分)?+        # fen
    (?P<whole>[整正])?+                      # 整: nothing after
    """,
    regex.VERBOSE,
)


def _parse_money(s: str, start: int, end: int, large: bool) -> Fraction:
    m = _MONEY_RE.fullmatch(s, start, end)
    if m is None or m.end() == start:
        raise _Fail("malformed money amount", start)
    total = Fraction(0)
    if m.group("yuan"):
        total += _parse_unsigned(s, m.start("yuan"), m.end("yuan"), large).value
    if m.group("whole") and (m.group("fen") or (m.group("yuan") is None)):
        raise _Fail("整 only follows 元 or 角", m.start("whole"))
    for name, scale in (("jiao", 10), ("fen", 100)):
        if m.group(name):
            ch = m.group(name)
            if ch not in data.DIGITS or ch in "两兩幺" or data.DIGITS[ch] == 0:
                raise _Fail("a digit 1-9 expected", m.start(name))
            total += Fraction(data.DIGITS[ch], scale)
    if m.group("zero") and not (m.group("yuan") and m.group("fen") and not m.group("jiao")):
        raise _Fail("misplaced zero", m.start("zero"))
    return total


_PERCENT_PREFIX = MappingProxyType(
    {"百分之": 100, "千分之": 1000, "万分之": 10000, "萬分之": 10000}
)


def _parse_expression(s: str, large: bool) -> _Parsed:
    start, end = 0, len(s)
    if start == end:
        raise _Fail("empty numeral", 0)
    sign = 1
    m = _SIGN_RE.match(s, start, end)
    if m is not None:
        sign = -1 if m.group() != "+" else 1
        start = m.end()
        if start == end:
            raise _Fail("numeral expected after the sign", start)
    head = s[start : start + 3]
    if head in _PERCENT_PREFIX:
        inner = _parse_unsigned(s, start + 3, end, large)
        return _Parsed(sign * inner.value / _PERCENT_PREFIX[head], inner.colloquial)
    if s[end - 1] in "%‰":
        inner = _parse_unsigned(s, start, end - 1, large)
        scale = 100 if s[end - 1] == "%" else 1000
        return _Parsed(sign * inner.value / scale, inner.colloquial)
    frac_at = s.find("分之", start, end)
    if frac_at >= 0:
        whole = Fraction(0)
        den_start = start
        also = s.find("又", start, frac_at)
        if also >= 0:
            whole = _parse_unsigned(s, start, also, large).value
            if whole.denominator != 1:
                raise _Fail("the whole part of a mixed number must be an integer", start)
            den_start = also + 1
        den = _parse_unsigned(s, den_start, frac_at, large).value
        num = _parse_unsigned(s, frac_at + 2, end, large).value
        if den == 0:
            raise _Fail("zero denominator", den_start)
        if also >= 0 and not 0 < num < den:
            raise _Fail("a mixed number needs a proper fraction", frac_at + 2)
        return _Parsed(sign * (whole + num / den), False)
    slash = s.find("/", start, end)
    if slash >= 0:
        num = _parse_unsigned(s, start, slash, large).value
        den = _parse_unsigned(s, slash + 1, end, large).value
        if den == 0:
            raise _Fail("zero denominator", slash + 1)
        return _Parsed(sign * num / den, False)
    if any(c in s[start:end] for c in "元圆角") or (s[end - 1] == "分" and end - start > 1):
        return _Parsed(sign * _parse_money(s, start, end, large), False)
    inner = _parse_unsigned(s, start, end, large)
    return _Parsed(sign * inner.value, inner.colloquial)


# --- fast path ------------------------------------------------------------------------------
# Numerals exactly as format_number writes them (the common case) are read by table lookup
# and string splitting; anything else goes to the strict parser above. The fast path accepts
# only strings the strict parser also accepts with the same value (the round-trip tests and
# the exhaustive benchmark check it), so it changes speed, never results.

_TRAD_UNITS = MappingProxyType(str.maketrans({"萬": "万", "億": "亿"}))
_ARABIC_FAST_RE = _rx.compile(
    r"""
    (?P<num>[0-9]{1,15}+(?:\.[0-9]{1,15}+)?+)   # plain Arabic number
    (?P<big>万亿|亿亿|万|亿)?+                    # 万 / 亿 multiplier: 4.8万, 1.37亿
    """,
    regex.VERBOSE,
)
_FAST_BIG = MappingProxyType({None: 1, "万": 10**4, "亿": 10**8, "万亿": 10**12, "亿亿": 10**16})


class _Head(NamedTuple):
    """The part of a section down to its hundreds (三千, 三百, 三千四百): its value, and what may
    follow it (the rest of the section as format_number writes it, mapped to its value)."""

    value: int
    rests: Mapping[str, int]


class _Sections(NamedTuple):
    """Every section (1..9999) as format_number writes it, lowercase and financial, with and
    without the short 十 (二万 has 20,000 such spellings): split after its hundreds, so that
    two small tables hold them all."""

    #: Heads (三千, 三百, 三千四百), mapped to their value and the tails that may follow.
    heads: Mapping[str, _Head]
    #: The sections below 100 (五, 十五, 一十五, 九十九).
    below_100: Mapping[str, int]


def _section_tables() -> _Sections:
    """The tables of :func:`_section_value` (about 1,400 entries in all, built at import in
    well under a millisecond: the 40,000 written sections they stand for would take 40 ms)."""
    heads: dict[str, _Head] = {}
    below_100: dict[str, int] = {}
    for style in ("lower", "upper"):
        digits, small = data.STYLE_DIGITS[style], data.STYLE_SMALL[style]
        # n < 100 as written after a higher place: 五, 一十, 一十五, 九十九
        written = {
            (digits[n // 10] + small[0] if n >= 10 else "") + (digits[n % 10] if n % 10 else ""): n
            for n in range(1, 100)
        }
        below_100.update(written)
        below_100.update({small[0] + (digits[n] if n else ""): 10 + n for n in range(10)})
        zero = digits[0]
        # after 百: the tens, or a zero and a digit; after 千 alone: a zero and n < 100
        after_hundred = {"": 0, **{w: n for w, n in written.items() if n >= 10}}
        after_hundred.update({zero + digits[n]: n for n in range(1, 10)})
        after_thousand = {"": 0, **{zero + w: n for w, n in written.items()}}
        rests_h, rests_t = MappingProxyType(after_hundred), MappingProxyType(after_thousand)
        for d in range(1, 10):
            heads[digits[d] + small[1]] = _Head(d * 100, rests_h)
            heads[digits[d] + small[2]] = _Head(d * 1000, rests_t)
            for e in range(1, 10):
                heads[digits[d] + small[2] + digits[e] + small[1]] = _Head(
                    d * 1000 + e * 100, rests_h
                )
    return _Sections(MappingProxyType(heads), MappingProxyType(below_100))


_SECTIONS = _section_tables()
_HEADS, _BELOW_100 = _SECTIONS


def _section_value(s: str) -> int | None:
    """The value of ``s`` when it is a section (1..9999) exactly as format_number writes it
    (lowercase or financial, with or without the short 十), else None."""
    if len(s) < 3:  # 五, 十五, 五十, 三百, 三千: below 100, or a head alone
        head = _HEADS.get(s)
        return _BELOW_100.get(s) if head is None else head.value
    head = _HEADS.get(s[:4])
    if head is not None:
        value, rests = head
        rest = rests.get(s[4:])
    else:
        head = _HEADS.get(s[:2])
        if head is None:
            return _BELOW_100.get(s)
        value, rests = head
        rest = rests.get(s[2:])
    return None if rest is None else value + rest


def _fast_int(s: str, leading: bool) -> int | None:
    """The value of a canonical Chinese integer numeral, or None (then use the slow path)."""
    j = s.find("亿")
    if j > 0:
        k = j + 1
        while k < len(s) and s[k] == "亿":
            k += 1
        hi = _fast_int(s[:j], leading)
        if hi is None or not 0 < hi < 10**8:
            return None
        unit = 10 ** (8 * (k - j))
        return _fast_tail(s[k:], hi * unit, unit)
    j = s.find("万")
    if j > 0:
        hi = _fast_int(s[:j], leading)
        if hi is None or not 0 < hi < 10**4:
            return None
        return _fast_tail(s[j + 1 :], hi * 10**4, 10**4)
    if not leading and (s[:1] == "十" or s[:1] == "拾"):
        return None
    return _section_value(s)


def _fast_tail(rest: str, head: int, unit: int) -> int | None:
    if not rest:
        return head
    if rest[0] == "零":
        lo = _fast_int(rest[1:], False)
        return head + lo if lo is not None and 0 < lo < unit // 10 else None
    lo = _fast_int(rest, False)
    return head + lo if lo is not None and unit // 10 <= lo < unit else None


def _fast_parse(text: str) -> Fraction | None:
    if not text or len(text) > 64:
        return None
    if "0" <= text[0] <= "9":
        m = _ARABIC_FAST_RE.fullmatch(text)
        if m is None:
            return None
        num, big = m.group("num", "big")
        # Fraction(int) and Fraction(int, int) are several times cheaper than parsing the
        # string as a Fraction or multiplying Fractions (and give the same, reduced, value).
        whole, point, decimals = num.partition(".")
        scale = _FAST_BIG[big]
        if point:
            return Fraction(int(whole + decimals) * scale, 10 ** len(decimals))
        return Fraction(int(num) * scale)
    if text == "零":
        return Fraction(0)
    if "萬" in text or "億" in text:
        text = text.translate(_TRAD_UNITS)
    value = _fast_int(text, True)
    return None if value is None else Fraction(value)


def parse_number(text: str, *, large_units: bool = False) -> Fraction:
    """Read ``text`` as one numeral expression and return its exact value.

    Reads lowercase (with 零/〇/两 and elided zeros), financial capitals, traditional
    characters, 廿/卅/卌, Arabic digits (full-width too) with thousands separators and with
    万/亿, decimals (三点一四, 点五, 1.37亿), signs (负, 零下, -), percent and permille (the
    value is the fraction: 百分之三十五 is 7/20), fractions and mixed numbers (二又三分之一),
    digit sequences (二〇二一 is 2021), money (叁元伍角) and colloquial elisions (三千五 is
    3500). Values are exact at any size (万亿, 亿亿).

    Args:
        text: The numeral, and nothing else.
        large_units: Also read 兆 as 10^12 and 京 as 10^16 (off by default: 兆 means 10^6
            in mainland metric usage and is common in names).

    Returns:
        The value as a :class:`~fractions.Fraction`; integers compare equal to ``int``.

    Raises:
        PaperParseError: when ``text`` is not exactly one well-formed numeral; ``position``
            points at the offending character of ``text``.

    >>> parse_number("两万三"), parse_number("二〇二一"), parse_number("百分之三点五")
    (Fraction(23000, 1), Fraction(2021, 1), Fraction(7, 200))
    >>> parse_number("二又三分之一"), parse_number("零下五"), parse_number("一亿亿")
    (Fraction(7, 3), Fraction(-5, 1), Fraction(10000000000000000, 1))
    >>> parse_number("二十九千")
    Traceback (most recent call last):
    ...
    paper_parser.errors.PaperParseError: units out of order at position 3 in '二十九千'
    """
    if not isinstance(text, str):
        raise PaperParseError("a str is required", text=repr(text), position=None)
    if not large_units:
        fast = _fast_parse(text)
        if fast is not None:
            return fast
    norm = normalize(text)
    try:
        return _parse_expression(norm.text, large_units).value
    except _Fail as exc:
        pos = min(exc.position, len(norm.text))
        raise PaperParseError(exc.message, text=text, position=norm.to_original(pos)) from None
    except (ArithmeticError, ValueError) as exc:  # pragma: no cover - defensive
        raise PaperParseError(str(exc), text=text) from None


def _try_parse(s: str) -> _Parsed | None:
    """Parse an already-normalised numeral, or None."""
    fast = _fast_parse(s)
    if fast is not None:
        return _Parsed(fast, False)
    try:
        return _parse_expression(s, "兆" in s)  # 兆 only where the finder took it as 10^12
    except (_Fail, ArithmeticError, ValueError):
        return None
