"""Writing numerals: :func:`format_number`.

Private: the public surface is :mod:`paper_parser.numerals`.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from numbers import Rational
from typing import Literal, get_args

from paper_parser.errors import PaperParseError
from paper_parser.numerals import _vocab as data

#: Styles of :func:`format_number`.
NumberStyle = Literal["lower", "upper", "traditional", "money", "digits"]

_STYLES: frozenset[str] = frozenset(get_args(NumberStyle))

#: format_number writes (and parse_number reads) integers below this bound.
_MAX_ABS = 10**48


def _fmt_section(n: int, digits: str, small: str, *, leading: bool, short_ten: bool) -> str:
    """n in [1, 10^4) written with units; zeros inside the section become the zero digit."""
    out: list[str] = []
    zero = False
    for place in (3, 2, 1, 0):
        d = n // 10**place % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out.append(digits[0])
            zero = False
        if place == 0:
            out.append(digits[d])
        elif place == 1 and d == 1 and leading and not out and short_ten:
            out.append(small[0])
        else:
            out.append(digits[d] + small[place - 1])
    return "".join(out)


def _fmt_int(n: int, style: str, *, short_ten: bool, leading: bool = True) -> str:
    digits = data.STYLE_DIGITS[style]
    small = data.STYLE_SMALL[style]
    big = data.STYLE_BIG[style]
    if n < 10**4:
        return _fmt_section(n, digits, small, leading=leading, short_ten=short_ten)
    if n >= 10**8:
        k = 1
        while n >= 10 ** (8 * (k + 1)):
            k += 1
        unit, char = 10 ** (8 * k), big[1] * k  # 亿, 亿亿, 亿亿亿 ...
    else:
        unit, char = 10**4, big[0]
    hi, lo = divmod(n, unit)
    out = _fmt_int(hi, style, short_ten=short_ten, leading=leading) + char
    if lo:
        if lo < unit // 10:
            out += digits[0]
        out += _fmt_int(lo, style, short_ten=short_ten, leading=False)
    return out


def _as_fraction(n: object) -> Fraction:
    if isinstance(n, bool | float):
        raise _error("format_number takes an int, Fraction or Decimal, not a float or bool", n)
    if isinstance(n, Decimal) and not n.is_finite():
        raise _error("format_number writes finite numbers only", n)
    if isinstance(n, int | Fraction | Decimal | Rational):
        return Fraction(n)
    raise _error(f"format_number takes an int, Fraction or Decimal, not {type(n).__name__}", n)


def _error(message: str, n: object) -> PaperParseError:
    """The error of format_number: its ``text`` is the repr of the value (cut short)."""
    shown = repr(n)
    return PaperParseError(message, text=shown if len(shown) <= 80 else shown[:77] + "...")


def _terminating_digits(frac: Fraction) -> str | None:
    """The decimal digits of a fraction in [0, 1) when it terminates, else None."""
    den = frac.denominator
    k = 0
    while den % 2 == 0:
        den //= 2
        k += 1
    j = 0
    while den % 5 == 0:
        den //= 5
        j += 1
    if den != 1:
        return None
    places = max(k, j)
    return str(frac.numerator * 10**places // frac.denominator).rjust(places, "0")


def format_number(
    n: int | Fraction | Decimal,
    *,
    style: NumberStyle = "lower",
    zero: Literal["零", "〇"] = "零",
    short_ten: bool = True,
) -> str:
    """Write ``n`` in Chinese; :func:`parse_number` reads the result back to ``n``.

    Args:
        n: An ``int``, :class:`~fractions.Fraction` or :class:`~decimal.Decimal` (floats are
            refused: they are not exact).
        style: ``"lower"`` (一万零三), ``"upper"`` (financial capitals, 壹万零叁),
            ``"traditional"`` (萬/億), ``"money"`` (壹佰元整, 叁元伍角; at most two decimal
            places), or ``"digits"`` (digit by digit, 二〇二一).
        zero: The zero character written inside numerals (``"零"`` or ``"〇"``); the digits
            style always writes ``〇``.
        short_ten: Write 十五 and 十万 rather than 一十五 and 一十万 (financial styles always
            write 壹拾).

    Non-integers are written with 点 when their decimal expansion terminates (三点一四) and as
    fractions otherwise (三分之一, 二又三分之一). Negative numbers take 负.

    Raises:
        PaperParseError: ``n`` is not a finite exact number (a float, a bool, a string,
            ``Decimal('NaN')``, ``Decimal('Infinity')``), ``abs(n) >= 10**48``, a money amount
            is finer than 分, or ``style`` or ``zero`` is unknown. ``text`` is the repr of
            ``n``; ``position`` is None.

    >>> format_number(10003), format_number(10003, style="upper")
    ('一万零三', '壹万零叁')
    >>> format_number(120000000, style="traditional"), format_number(2021, style="digits")
    ('一億二千萬', '二〇二一')
    >>> from fractions import Fraction
    >>> format_number(Fraction(7, 2), style="money"), format_number(Fraction(7, 3))
    ('叁元伍角', '二又三分之一')
    >>> format_number(3 * 10**12), format_number(-15)
    ('三万亿', '负十五')
    """
    if style not in _STYLES:
        raise _error(f"unknown style {style!r}; use one of {sorted(_STYLES)}", n)
    if zero not in ("零", "〇"):
        raise _error("zero must be '零' or '〇'", n)
    value = _as_fraction(n)
    if abs(value) >= _MAX_ABS:
        raise _error("format_number writes numbers below 10**48 (亿亿亿亿亿亿)", n)
    sign = "负" if value < 0 else ""
    value = abs(value)
    upper = style in ("upper", "money")
    short = short_ten and not upper
    digits = data.STYLE_DIGITS[style]

    def integer(k: int) -> str:
        if style == "digits":
            return "".join(digits[int(c)] for c in str(k))
        if k == 0:
            return digits[0]
        text = _fmt_int(k, style, short_ten=short)
        return text if zero == "零" or upper else text.replace("零", zero)

    whole, rest = divmod(value, 1)
    whole_i = int(whole)
    if style == "money":
        cents = rest * 100
        if cents.denominator != 1:
            raise _error("a money amount has at most two decimal places (分)", n)
        jiao, fen = divmod(int(cents), 10)
        if not jiao and not fen:
            return f"{sign}{integer(whole_i)}元整"
        out = f"{integer(whole_i)}元" if whole_i else ""
        if jiao:
            out += digits[jiao] + "角"
        elif whole_i:
            out += digits[0]
        if fen:
            out += digits[fen] + "分"
        return sign + out
    if rest == 0:
        return sign + integer(whole_i)
    places = _terminating_digits(rest)
    if places is not None:
        return f"{sign}{integer(whole_i)}点{''.join(digits[int(c)] for c in places)}"
    num = integer(rest.numerator)
    den = integer(rest.denominator)
    if whole_i:
        return f"{sign}{integer(whole_i)}又{den}分之{num}"
    return f"{sign}{den}分之{num}"
