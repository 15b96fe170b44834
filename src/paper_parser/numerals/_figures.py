"""Chinese numerals that :func:`~paper_parser.numerals.find_numbers` reports but
:func:`~paper_parser.numerals.normalize_numbers` leaves as printed, because the words around
them are the shapes of figures of speech, proverbs and names as often as of quantities.

Each rule reads the shape of the text, not a list of idioms (the lexicon in ``_idioms``
covers the idioms it knows):

* a date part standing alone: a day with no month before it (绕梁三日, 羿射九日), a month with
  no year before it and no day after it (五月粜新谷); dates in Chinese numerals come whole
  (二〇二一年十二月二十三日);
* two single numerals side by side, each with its unit, that are neither a compound amount
  (units of one system, the larger first: 三元五角, 一年六个月) nor a list (三米五米): 一日三岁,
  三头两日, the shape of 一日三秋 and 三天两头;
* one numeral character with a classifier that is not a unit of measure, money or time, and
  no approximation marker (三人行, 八面玲珑, 四方辐辏, 一个半个; but 上千名, 近三人): the
  commonest shape of a numeral inside an idiom or a set word, and small counts in prose are
  printed in Chinese numerals as often as not;
* a couplet: two clauses of the same length, at most seven characters each, side by side,
  each with a numeral at the same place and more than the quantity in them, that make a
  sentence or a quoted saying of their own (三十年河东，三十年河西; 三分似人，七分似鬼):
  proverbs and slogans are written so, tallies seldom (a clause that is the quantity alone,
  or two such clauses in a longer sentence, are items of a list: 三千五百名，三十五万人).

Private: the public surface is :mod:`paper_parser.numerals`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from paper_parser.numerals import _vocab as data

#: Single numerals of the figures (三天两头, 一日三秋).
_SINGLE_NUMERALS = frozenset("一二三四五六七八九十两百千万")
#: The characters of Chinese numerals (a couplet's numerals).
_CN_NUMERAL_CHARS = frozenset(c for c in data.RUN_CHARS if not c.isascii()) | {"半"}
#: Units a single numeral can stand before in such a figure (as printed, simplified or
#: traditional, mapped to the vocabulary's spelling), and their lengths by first character.
_UNITS = data.with_traditional(
    (*data.CLASSIFIERS, *data.MEASURES, *(u for s in data.UNIT_SYSTEMS for u in s))
)


def _unit_lengths() -> Mapping[str, tuple[int, ...]]:
    """The lengths of the units by their first character, longest first."""
    table: dict[str, tuple[int, ...]] = {}
    for unit in sorted(_UNITS, key=len, reverse=True):
        table[unit[0]] = (*table.get(unit[0], ()), len(unit))
    return MappingProxyType(table)


_UNIT_LENGTHS = _unit_lengths()
#: Characters that end a clause (of a couplet).
_CLAUSE_MARKS = frozenset("，,；;。！!？?：:、\n“”‘’「」《》（）()")
#: The separators between the two clauses of a couplet.
_COUPLET_JOINS = frozenset("，,；;")
_COUPLET_MAX = 7
#: What stands around a sentence or a quoted saying: its ends, a colon, quotes, a line end.
_SAYING_EDGES = frozenset("。！!？?；;：:“”‘’「」《》\n")


#: Units a single Chinese digit is rewritten with: measures and money, time, age, a share
#: (三米, 三元, 三个月, 三岁, 前三季度, 三个百分点).
_SPELLED_OUT_UNITS = (
    frozenset((*data.MEASURES, *data.LATIN_UNITS))
    | data.CURRENCY
    | data.DATE_UNITS
    | data.TIME_SPANS
    | frozenset(u for units in data.UNIT_SYSTEMS for u in units)
    | frozenset(("岁", "周岁", "℃", "百分点", "个百分点", "季度", "个季度"))
)


def doubtful(
    t: str, start: int, end: int, s: int, e: int, unit: str | None, kind: str, marked: bool
) -> bool:
    """Whether the mention ``t[start:end]``, a Chinese numeral ``t[s:e]`` with ``unit`` (as
    the vocabulary spells it; ``marked``: with an approximation marker), reads as a figure of
    speech by one of the rules above."""
    if kind == "date-part" and _date_alone(t, start, end, unit):
        return True
    if (
        e - s == 1
        and not marked  # 近三人, 上千名 read as counts
        and unit is not None
        and kind in ("cardinal", "decimal")
        and unit not in _SPELLED_OUT_UNITS
        and _unit_at(t, end) not in _SPELLED_OUT_UNITS  # 两个半小时 counts hours
    ):
        return True  # 三人行, 八面玲珑, 四方辐辏
    if unit is not None and e - s == 1 and t[s] in _SINGLE_NUMERALS and _paired(t, s, end, unit):
        return True
    return _couplet(t, start, end, s)


def _date_alone(t: str, start: int, end: int, unit: str | None) -> bool:
    """A day with no month before it, a month with no year before it nor a day after it."""
    if unit in ("日", "号"):
        return t[start - 1 : start] != "月"
    if unit in ("月", "月份"):
        return t[start - 1 : start] != "年" and not (
            t[end : end + 1] in _CN_NUMERAL_CHARS or t[end : end + 1].isdigit()
        )
    return False


def _unit_at(t: str, p: int) -> str | None:
    """The longest unit starting at ``t[p]`` as the vocabulary spells it, or None."""
    for k in _UNIT_LENGTHS.get(t[p : p + 1], ()):
        unit = _UNITS.get(t[p : p + k])
        if unit is not None:
            return unit
    return None


def _amount(first: str, second: str) -> bool:
    """Whether two units side by side make an amount: the same unit (a list, 三米五米), or
    one system's, the larger first (三元五角, 一年六个月)."""
    return first == second or any(
        first in units and second in units and units.index(first) < units.index(second)
        for units in data.UNIT_SYSTEMS
    )


def _paired(t: str, s: int, end: int, unit: str) -> bool:
    """A single numeral and its unit right after another's (一日三岁), or right before another
    (三头两日): two counts side by side that make no amount."""
    if s >= 2 and t[s - 2] in _SINGLE_NUMERALS and t[s - 3 : s - 2] not in _CN_NUMERAL_CHARS:
        before = _unit_at(t, s - 1)
        if before is not None and s - 1 + len(before) == s and not _amount(before, unit):
            return True
    if t[end : end + 1] in _SINGLE_NUMERALS:
        after = _unit_at(t, end + 1)
        if after is not None and not _amount(unit, after):
            return True
    return False


def _clause(t: str, p: int, direction: int) -> int:
    """The edge of the clause around ``t[p]`` in ``direction`` (-1: its start, 1: its end),
    or -1 when it is longer than a couplet's clause."""
    q = p
    for _ in range(_COUPLET_MAX + 1):
        if direction < 0:
            if q == 0 or t[q - 1] in _CLAUSE_MARKS:
                return q
            q -= 1
        else:
            if q == len(t) or t[q] in _CLAUSE_MARKS:
                return q
            q += 1
    return -1


def _couplet(t: str, start: int, end: int, s: int) -> bool:
    """Whether the mention lies in one of two short clauses of the same length, side by side,
    each with a Chinese numeral at the same place, that make a sentence or a quoted saying of
    their own (in a longer sentence, such clauses are items of a list)."""
    a, b = _clause(t, start, -1), _clause(t, end, 1)
    if a < 0 or b < 0 or b - a > _COUPLET_MAX or (a == start and b == end):
        return False  # a clause that is the quantity alone is an item of a list
    size, at = b - a, s - a
    after = (  # the next clause, as long, with a numeral at the same place
        t[b : b + 1] in _COUPLET_JOINS
        and _clause(t, b + 1, 1) == b + 1 + size
        and t[b + 1 + at] in _CN_NUMERAL_CHARS
        and _alone(t, a, b + 1 + size)
    )
    return after or (  # or the one before
        a >= 1 + size
        and t[a - 1] in _COUPLET_JOINS
        and _clause(t, a - 1, -1) == a - 1 - size
        and t[a - 1 - size + at] in _CN_NUMERAL_CHARS
        and _alone(t, a - 1 - size, b)
    )


def _alone(t: str, a: int, b: int) -> bool:
    """Whether ``t[a:b]`` stands as a sentence or a quoted saying of its own."""
    return (a == 0 or t[a - 1] in _SAYING_EDGES) and (b == len(t) or t[b] in _SAYING_EDGES)
