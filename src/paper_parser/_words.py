"""The shared vocabulary: Chinese digits, small numbers, weekdays and dashes.

One home for each word list that several readers need, the way dateutil keeps its
vocabulary in one ``parserinfo``: the calendar, the masthead, bylines, datelines and the
numerals read these tables (and :func:`small_int`) instead of keeping their own copies. The
numerals package keeps the full numeral vocabulary (financial forms, 幺, large units) in
``paper_parser.numerals._vocab``; this module holds only what dates and mastheads print.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "DASH_CHARS",
    "DIGIT_VALUES",
    "FORMAL_DIGITS",
    "SOURCE_LABEL",
    "WEEKDAY_NUMBERS",
    "small_int",
]

#: Chinese digit characters and their values, as dates, mastheads and page counts print them.
DIGIT_VALUES: Final = MappingProxyType(
    {
        "〇": 0,
        "零": 0,
        "一": 1,
        "二": 2,
        "两": 2,
        "兩": 2,
        "三": 3,
        "四": 4,
        "五": 5,
        "六": 6,
        "七": 7,
        "八": 8,
        "九": 9,
    }
)

#: The financial (anti-fraud) forms of the digits and of 十, and the plain character each stands
#: for: papers of the first half of the twentieth century print their heads' dates in them
#: (中華民國拾叁年柒月廿玖號, 甲子年陸月廿捌日 禮拜弍), as cheques and contracts still print
#: amounts. 弍 and 弎 are the older forms of 貳 and 叁.
FORMAL_DIGITS: Final = MappingProxyType(
    {
        "壹": "一",
        "贰": "二",
        "貳": "二",
        "弍": "二",
        "叁": "三",
        "參": "三",
        "叄": "三",
        "弎": "三",
        "肆": "四",
        "伍": "五",
        "陆": "六",
        "陸": "六",
        "柒": "七",
        "捌": "八",
        "玖": "九",
        "拾": "十",
    }
)

#: The character after 星期/礼拜/周 and its ISO weekday number (1 = Monday; 日 and 天 are 7).
WEEKDAY_NUMBERS: Final = MappingProxyType(
    {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
)

#: Every dash a page prints between numbers or in an identifier: ASCII hyphen-minus, the
#: Unicode hyphens and dashes U+2010-U+2015, minus sign, full-width and small hyphen-minus,
#: and the box-drawing line that some e-paper fonts use for a dash.
DASH_CHARS: Final = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d\ufe63\u2500")

# 廿 and 卅: 20 and 30 in one character (dates: 廿一日).
_TENS_WORDS: Final = MappingProxyType({"廿": 20, "卅": 30})


def _digit(text: str) -> int | None:
    return DIGIT_VALUES.get(text) if len(text) == 1 else None


# A digit after 十, 廿, 卅 or 百 (one to nine: 二十〇 and 十两 are not printed numbers).
_ONES: Final = MappingProxyType({c: v for c, v in DIGIT_VALUES.items() if v and c not in "两兩"})
# A digit before 十 or 百 (one to nine).
_LEADS: Final = MappingProxyType({c: v for c, v in DIGIT_VALUES.items() if v})


def _below_100(text: str) -> int | None:
    """Value of ``十``, ``X十``, ``十Y``, ``X十Y``, ``廿``/``卅`` with an optional digit, or
    one digit."""
    if text and text[0] in _TENS_WORDS:
        ones = _ONES.get(text[1:]) if len(text) > 1 else 0
        return None if ones is None else _TENS_WORDS[text[0]] + ones
    head, ten, tail = text.partition("十")
    if not ten:
        return _digit(text)
    tens = _LEADS.get(head) if head else 1
    ones = _ONES.get(tail) if tail else 0
    if tens is None or ones is None:
        return None
    return tens * 10 + ones


def small_int(text: str, *, digit_by_digit: bool = False) -> int | None:
    """The value of a small number as dates and mastheads print it; None if it is not one.

    ASCII digits; a Chinese digit; 十 with a digit before and/or after it (十四, 二十,
    二十二); 廿 and 卅 with an optional digit (廿一 is 21); a digit and 百 with up to two
    places after it (一百一十四, 一百零五, 三百), or 百 alone (100). With
    ``digit_by_digit``, a run of Chinese digits reads one digit at a time, as years are
    printed (二〇二五 is 2025); without it such a run is not a number.

    >>> [small_int(s) for s in ("22", "三", "十四", "二十", "廿一", "卅", "一百一十四", "百")]
    [22, 3, 14, 20, 21, 30, 114, 100]
    >>> [small_int(s) for s in ("十十", "三七十", "一百十四", "二十〇", "")]
    [None, None, None, None, None]
    >>> small_int("二〇二五"), small_int("二〇二五", digit_by_digit=True)
    (None, 2025)
    """
    if text.isascii():
        return int(text) if text.isdigit() else None
    head, hundred, rest = text.partition("百")
    if hundred:
        if text == "百":
            return 100  # 民国百年
        hundreds = _LEADS.get(head)
        if hundreds is None:
            return None
        if not rest:
            return hundreds * 100
        if rest[0] in "〇零":  # 一百零五: a zero, then one digit
            ones = _ONES.get(rest[1:])
            return None if ones is None else hundreds * 100 + ones
        if rest.startswith("十") or "十" not in rest:
            return None  # 一百十四 and 一百四 are not how a page prints 114 and 104
        low = _below_100(rest)
        return None if low is None else hundreds * 100 + low
    value = _below_100(text)
    if value is not None or not digit_by_digit or len(text) < 2:
        return value
    total = 0
    for c in text:
        d = DIGIT_VALUES.get(c)
        if d is None:
            return None
        total = total * 10 + d
    return total


#: The label of a web page's or a document's source field (``来源:新华社``, ``出處``), as a
#: regular-expression fragment: the masthead's source field and its meta lines read it.
SOURCE_LABEL: Final = "(?:来源|來源|稿源|出处|出處)"
