"""Calendars and dates: Gregorian, Chinese lunar (农历), 干支 years and 民国 (ROC) years.

Two layers:

* exact conversions: :func:`solar_to_lunar` and :func:`lunar_to_solar` over the Hong Kong
  Observatory (HKO) tables, :func:`ganzhi_year` and :func:`resolve_ganzhi` for sexagenary
  (干支) year names, :func:`roc_to_gregorian` / :func:`gregorian_to_roc`, and the weekday
  helpers :func:`weekday_name` and :func:`parse_weekday`;
* :func:`find_dates`, which finds every date expression in a text, and :func:`parse_date`,
  its strict single-expression twin.

A lunar year is named by the Gregorian year in which its first month (正月) begins: lunar
2021 (辛丑) runs from 2021-02-12 to 2022-01-31. The 干支 of a lunar year changes at 春节
(the first day of 正月), never on 1 January and never at 立春.

>>> solar_to_lunar(date(2021, 12, 23))
LunarDate(year=2021, month=11, day=20, leap=False, ganzhi='辛丑')
>>> lunar_to_solar(2021, 11, 20)
datetime.date(2021, 12, 23)
>>> [(m.text, m.date) for m in find_dates("辛丑年十一月二十 2021年12月23日 星期四")]
[('辛丑年十一月二十', None), ('2021年12月23日 星期四', datetime.date(2021, 12, 23))]

The supported range is every day of lunar months 1900-11 to 2100-12, that is 1900-12-22 to
2101-01-28, which covers the HKO tables (1901-01-01 to 2100-12-31); outside it, and for
lunar months or days that do not exist, the strict functions raise
:class:`~paper_parser.PaperParseError`.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as _dt
import math
import re
import warnings
from collections.abc import Iterable, Iterator
from datetime import MAXYEAR, date, timedelta
from types import MappingProxyType
from typing import Final, Literal, NamedTuple

import attrs
import regex

from paper_parser import _lunar_table, _rx
from paper_parser._types import Span
from paper_parser._words import FORMAL_DIGITS, WEEKDAY_NUMBERS, small_int
from paper_parser.errors import IncompleteScanWarning, PaperParseError
from paper_parser.text import DASHES, normalize

__all__ = [
    "GREGORIAN_ERAS",
    "REIGN_ERAS",
    "SOLAR_TERMS",
    "DateMention",
    "LunarDate",
    "find_dates",
    "ganzhi_year",
    "gregorian_to_roc",
    "lunar_to_solar",
    "parse_date",
    "parse_weekday",
    "plain_date_numerals",
    "resolve_filed_date",
    "resolve_ganzhi",
    "roc_to_gregorian",
    "safe_date",
    "solar_term_day",
    "solar_to_lunar",
    "weekday_name",
]

# --- the lunar table ----------------------------------------------------------------------

STEMS: Final = "甲乙丙丁戊己庚辛壬癸"
BRANCHES: Final = "子丑寅卯辰巳午未申酉戌亥"


def _decode_table() -> tuple[list[int], list[tuple[int, int, bool]]]:
    """Month starts (ordinals, plus the end sentinel) and their (year, month, leap) keys."""
    starts: list[int] = []
    keys: list[tuple[int, int, bool]] = []
    ordinal = date(*_lunar_table.FIRST_MONTH_START).toordinal()
    codes = _lunar_table.YEARS.split()
    for offset, code in enumerate(codes):
        year = _lunar_table.FIRST_YEAR + offset
        value = int(code, 16)
        leap_month = value >> 13
        bit = 0
        for month in range(1, 13):
            for leap in (False, True) if month == leap_month else (False,):
                if year == _lunar_table.FIRST_YEAR and month < _lunar_table.FIRST_MONTH:
                    continue
                starts.append(ordinal)
                keys.append((year, month, leap))
                ordinal += 30 if value >> bit & 1 else 29
                bit += 1
    starts.append(ordinal)
    return starts, keys


_STARTS, _KEYS = _decode_table()
_INDEX: Final = MappingProxyType({key: i for i, key in enumerate(_KEYS)})
#: (year, month, leap, 干支) of every month, in table order.
_MONTH_INFO: Final = tuple(
    (year, month, leap, STEMS[(year - 4) % 10] + BRANCHES[(year - 4) % 12])
    for year, month, leap in _KEYS
)
_MIN_ORDINAL: Final = _STARTS[0]
_MAX_ORDINAL: Final = _STARTS[-1] - 1
#: First and last day the conversions support.
MIN_DATE: Final = date.fromordinal(_MIN_ORDINAL)
MAX_DATE: Final = date.fromordinal(_MAX_ORDINAL)
if _STARTS[-1] != date(*_lunar_table.END).toordinal():  # pragma: no cover - table corruption
    raise ImportError("paper_parser._lunar_table is inconsistent; regenerate it")

_MONTH_NAMES: Final = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_DAY_NAMES: Final = tuple(
    ["初" + c for c in "一二三四五六七八九十"]
    + ["十" + c for c in "一二三四五六七八九"]
    + ["二十"]
    + ["廿" + c for c in "一二三四五六七八九"]
    + ["三十"]
)


@attrs.frozen(kw_only=True)
class LunarDate:
    """A day of the Chinese lunar calendar.

    Attributes:
        year: The Gregorian year in which this lunar year's first month (正月) begins.
        month: 1 to 12.
        day: 1 to 30.
        leap: Whether the month is a leap month (闰月), which follows the regular month of
            the same number.
        ganzhi: The 干支 name of the lunar year, e.g. ``"辛丑"``.

    ``str()`` renders it as a newspaper prints it:

    >>> str(solar_to_lunar(date(2020, 6, 10)))
    '庚子年闰四月十九'
    """

    year: int
    month: int
    day: int
    leap: bool = False
    ganzhi: str

    def __str__(self) -> str:
        month = ("闰" if self.leap else "") + _MONTH_NAMES[self.month - 1] + "月"
        return f"{self.ganzhi}年{month}{_DAY_NAMES[self.day - 1]}"

    def to_solar(self) -> date:
        """The Gregorian date of this lunar date (see :func:`lunar_to_solar`).

        >>> solar_to_lunar(date(2033, 12, 22)).to_solar()
        datetime.date(2033, 12, 22)
        """
        return lunar_to_solar(self.year, self.month, self.day, leap=self.leap)


# Slot setters of the frozen LunarDate (it has no validators or converters to bypass).
_new: Final = object.__new__
_set_year, _set_month, _set_day, _set_leap, _set_ganzhi = (
    LunarDate.__dict__[name].__set__ for name in ("year", "month", "day", "leap", "ganzhi")
)


def ganzhi_year(year: int) -> str:
    """The 干支 (sexagenary) name of lunar year ``year``.

    ``year`` names a lunar year, i.e. the Gregorian year in which its 正月 begins; a day in
    January before 春节 belongs to the previous lunar year (use :func:`solar_to_lunar`).

    >>> ganzhi_year(2021), ganzhi_year(1984), ganzhi_year(1911)
    ('辛丑', '甲子', '辛亥')
    """
    return STEMS[(year - 4) % 10] + BRANCHES[(year - 4) % 12]


def resolve_ganzhi(name: str, *, near: int) -> int:
    """The lunar year named ``name`` (e.g. ``"辛丑"`` or ``"辛丑年"``) nearest to ``near``.

    The 干支 names repeat every 60 years; of the two candidates 30 years either side of
    ``near``, the earlier wins.

    >>> resolve_ganzhi("辛丑", near=2021), resolve_ganzhi("辛丑年", near=1930)
    (2021, 1901)
    >>> resolve_ganzhi("甲丑", near=2000)
    Traceback (most recent call last):
    ...
    paper_parser.errors.PaperParseError: not a 干支 year name (stem and branch ...) ...

    Raises:
        PaperParseError: when ``name`` is not a valid 干支 name.
    """
    core = name[:-1] if name.endswith("年") else name
    if len(core) != 2 or core[0] not in STEMS or core[1] not in BRANCHES:
        position = next(
            (i for i, c in enumerate(core[:2]) if c not in (STEMS, BRANCHES)[i]), len(core)
        )
        raise PaperParseError("not a 干支 year name", text=name, position=min(position, 2))
    stem, branch = STEMS.index(core[0]), BRANCHES.index(core[1])
    if stem % 2 != branch % 2:
        raise PaperParseError(
            "not a 干支 year name (stem and branch differ in parity)", text=name, position=1
        )
    cycle = (6 * stem - 5 * branch) % 60  # 0 for 甲子
    base = near - ((near - 4 - cycle) % 60)  # the latest such year <= near
    return base if near - base <= 30 else base + 60


def solar_to_lunar(d: date) -> LunarDate:
    """The lunar date of the Gregorian date ``d``.

    >>> solar_to_lunar(date(2022, 1, 31))  # the eve of 春节: still lunar 2021 (辛丑)
    LunarDate(year=2021, month=12, day=29, leap=False, ganzhi='辛丑')
    >>> solar_to_lunar(date(2022, 2, 1))
    LunarDate(year=2022, month=1, day=1, leap=False, ganzhi='壬寅')

    Raises:
        PaperParseError: when ``d`` is outside 1900-12-22 .. 2101-01-28.
    """
    ordinal = d.toordinal()
    if not _MIN_ORDINAL <= ordinal <= _MAX_ORDINAL:
        raise PaperParseError(
            f"date outside the supported range {MIN_DATE}..{MAX_DATE}", text=d.isoformat()
        )
    i = bisect.bisect_right(_STARTS, ordinal) - 1
    year, month, leap, ganzhi = _MONTH_INFO[i]
    # The hot path: fill the slots directly (same object as LunarDate(...), half the cost).
    lunar: LunarDate = _new(LunarDate)
    _set_year(lunar, year)
    _set_month(lunar, month)
    _set_day(lunar, ordinal - _STARTS[i] + 1)
    _set_leap(lunar, leap)
    _set_ganzhi(lunar, ganzhi)
    return lunar


def _lunar_text(year: int, month: int, day: int, leap: bool) -> str:
    return f"lunar {year}-{'闰' if leap else ''}{month}-{day}"


def lunar_to_solar(year: int, month: int, day: int, *, leap: bool = False) -> date:
    """The Gregorian date of lunar ``year``-``month``-``day`` (``leap`` for a 闰月).

    >>> lunar_to_solar(2033, 11, 1, leap=True)  # the leap eleventh month of 2033
    datetime.date(2033, 12, 22)
    >>> lunar_to_solar(2021, 11, 1, leap=True)
    Traceback (most recent call last):
    ...
    paper_parser.errors.PaperParseError: lunar 2021 has no leap month 11 ...

    Raises:
        PaperParseError: when the month or day does not exist in that lunar year, or the year
            is outside 1900..2100 (lunar 1900 starts at its 11th month).
    """
    text = _lunar_text(year, month, day, leap)
    i = _INDEX.get((year, month, bool(leap)))
    if i is None:
        if not _lunar_table.FIRST_YEAR <= year <= _lunar_table.LAST_YEAR:
            msg = f"lunar year {year} outside {_lunar_table.FIRST_YEAR}..{_lunar_table.LAST_YEAR}"
        elif not 1 <= month <= 12:
            msg = f"month {month} is not 1..12"
        elif leap:
            msg = f"lunar {year} has no leap month {month}"
        else:
            msg = f"lunar {year}-{month} is outside the supported range"
        raise PaperParseError(msg, text=text)
    length = _STARTS[i + 1] - _STARTS[i]
    if not 1 <= day <= length:
        raise PaperParseError(f"day {day} is not 1..{length} in this {length}-day month", text=text)
    return date.fromordinal(_STARTS[i] + day - 1)


def lunar_month_length(year: int, month: int, *, leap: bool = False) -> int:
    """Number of days (29 or 30) of a lunar month.

    >>> lunar_month_length(2021, 11), lunar_month_length(2021, 12)
    (30, 29)

    Raises:
        PaperParseError: when the month does not exist.
    """
    first = lunar_to_solar(year, month, 1, leap=leap)
    i = _INDEX[(year, month, bool(leap))]
    return date.fromordinal(_STARTS[i + 1]).toordinal() - first.toordinal()


def leap_month(year: int) -> int | None:
    """The number of the month followed by a leap month in lunar ``year``, or ``None``.

    >>> leap_month(2020), leap_month(2021), leap_month(2033)
    (4, None, 11)
    """
    for month in range(1, 13):
        if (year, month, True) in _INDEX:
            return month
    return None


# --- solar terms ------------------------------------------------------------------------------

# The terms in the order of the sun's longitude, 15 degrees apart from 春分.
_TERM_NAMES: Final = (
    "春分 清明 谷雨/穀雨 立夏 小满/小滿 芒种/芒種 夏至 小暑 大暑 立秋 处暑/處暑 白露 秋分 寒露"
    " 霜降 立冬 小雪 大雪 冬至 小寒 大寒 立春 雨水 惊蛰/驚蟄"
)
#: The 24 solar terms (节气) by the sun's apparent longitude in degrees at which each begins
#: (春分 at 0, 清明 at 15, … 惊蛰 at 345), in simplified and traditional characters.
SOLAR_TERMS: Final = MappingProxyType(
    {name: 15 * i for i, names in enumerate(_TERM_NAMES.split()) for name in names.split("/")}
)


def _sun_longitude(jd: float) -> float:
    """The sun's apparent ecliptic longitude in degrees at Julian day ``jd`` (the low-precision
    series of the astronomical almanacs: a hundredth of a degree, a quarter of an hour)."""
    t = (jd - 2451545.0) / 36525
    mean = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    anomaly = math.radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
    centre = (
        (1.914602 - 0.004817 * t - 0.000014 * t * t) * math.sin(anomaly)
        + (0.019993 - 0.000101 * t) * math.sin(2 * anomaly)
        + 0.000289 * math.sin(3 * anomaly)
    )
    node = math.radians(125.04 - 1934.136 * t)
    return (mean + centre - 0.00569 - 0.00478 * math.sin(node)) % 360


def solar_term_day(year: int, name: str) -> date:
    """The day (China Standard Time, UTC+8, as Chinese calendars print it) on which the solar
    term ``name`` (a key of :data:`SOLAR_TERMS`) begins in Gregorian ``year``.

    >>> solar_term_day(2024, "清明"), solar_term_day(2019, "清明"), solar_term_day(2020, "立秋")
    (datetime.date(2024, 4, 4), datetime.date(2019, 4, 5), datetime.date(2020, 8, 7))
    >>> solar_term_day(2023, "冬至"), solar_term_day(2026, "立春")
    (datetime.date(2023, 12, 22), datetime.date(2026, 2, 4))

    Raises:
        PaperParseError: when ``name`` is not a solar term, or ``year`` is outside 2-9998
            (the days :class:`datetime.date` holds around it).

    >>> solar_term_day(2024, "清明节")
    Traceback (most recent call last):
    ...
    paper_parser.errors.PaperParseError: not a solar term at position 0 in '清明节'
    """
    target = SOLAR_TERMS.get(name)
    if target is None:
        raise PaperParseError("not a solar term", text=name, position=0)
    if not 2 <= year <= 9998:
        raise PaperParseError("year out of range", text=str(year), position=0)
    # The terms from 小寒 (285°) on fall early in the Gregorian year, before the 春分 they lead to.
    spring = date(year - 1 if target >= 285 else year, 3, 20)
    guess = spring + timedelta(days=round(target * 365.2422 / 360))

    def past(d: date) -> bool:  # whether the term has begun by the end of day ``d`` (UTC+8)
        jd = d.toordinal() + 1 + 1721424.5 - 8 / 24
        return (_sun_longitude(jd) - target + 180) % 360 - 180 >= 0

    day = guess - timedelta(days=4)
    while not past(day):
        day += timedelta(days=1)
    return day


# --- ROC years and weekdays -----------------------------------------------------------------


def roc_to_gregorian(roc_year: int) -> int:
    """The Gregorian year of 民国 (ROC) year ``roc_year``: 民国元年 is 1912.

    >>> roc_to_gregorian(110), roc_to_gregorian(1)
    (2021, 1912)

    Raises:
        PaperParseError: when ``roc_year`` < 1.
    """
    if roc_year < 1:
        raise PaperParseError("民国 years start at 1 (1912)", text=str(roc_year))
    return roc_year + 1911


def gregorian_to_roc(year: int) -> int:
    """The 民国 (ROC) year number of Gregorian ``year`` (1912 -> 1).

    >>> gregorian_to_roc(2021)
    110

    Raises:
        PaperParseError: for years before 1912.
    """
    if year < 1912:
        raise PaperParseError("民国 years start in 1912", text=str(year))
    return year - 1911


_WEEKDAY_PREFIXES: Final = ("星期", "礼拜", "禮拜", "周", "週")


def weekday_name(day: date | int, *, prefix: str = "星期") -> str:
    """The Chinese weekday name of a date or of an ISO weekday number (1 = Monday).

    >>> weekday_name(date(2021, 12, 23)), weekday_name(7, prefix="周")
    ('星期四', '周日')

    Raises:
        PaperParseError: for a number outside 1..7 or an unknown prefix.
    """
    number = day.isoweekday() if isinstance(day, date) else day
    if prefix not in _WEEKDAY_PREFIXES:
        raise PaperParseError("unknown weekday prefix", text=prefix, position=0)
    if not 1 <= number <= 7:
        raise PaperParseError("weekday numbers are 1..7", text=str(number))
    return prefix + "一二三四五六日"[number - 1]


def parse_weekday(text: str) -> int:
    """The ISO weekday number (1 = Monday .. 7 = Sunday) of a weekday name.

    Accepts 星期/礼拜/周 (and traditional 禮拜/週) followed by 一..六, 日 or 天, optionally in
    parentheses and with surrounding spaces.

    >>> parse_weekday("星期四"), parse_weekday("（周日）"), parse_weekday("礼拜天")
    (4, 7, 7)

    Raises:
        PaperParseError: when ``text`` is not a weekday name.
    """
    norm = normalize(text).text.strip()
    m = _PATTERNS.weekday.fullmatch(norm)
    if m is None:
        raise PaperParseError("not a weekday name", text=text, position=0)
    return WEEKDAY_NUMBERS[m.group("wd")]


# --- finding dates in text ------------------------------------------------------------------

Calendar = Literal["gregorian", "lunar", "roc"]


@attrs.frozen(kw_only=True)
class DateMention:
    """A date expression found in a text.

    Attributes:
        span: Where it is in the caller's text (original coordinates).
        text: The expression as printed (``span.text``).
        calendar: ``"gregorian"``, ``"lunar"`` or ``"roc"`` (民国 years).
        year: The year as printed; for 民国 years the Gregorian year (the printed number is in
            ``roc_year``), and so for Japan's eras (昭和十三年 is 1938) and, on the lunar
            calendar, a Qing reign's years (宣統三年 is the lunar year 1911); ``None`` when not
            printed (also for a 干支 year: see ``ganzhi``).
        month: The month as printed (1..12), or ``None``.
        day: The day of the month as printed, or ``None``.
        leap: Whether a lunar leap month (闰月) is printed.
        ganzhi: The 干支 year name as printed, or ``None``.
        weekday: The weekday as printed (1 = Monday .. 7 = Sunday), or ``None``. It is not
            checked against the date: compare with ``date.isoweekday()``.
        time_of_day: The time of day attached to the date as printed (``"0~15时"``,
            ``"晚"``, ``"下午3时"``), or ``None``.
        relative_days: For 昨日/今天/前天/明天... the offset in days (昨日 = -1), else ``None``.
        relative_years: For 今年/去年/明年... before a month, the offset in years, else ``None``.
        roc_year: The 民国 year as printed (民国一一〇年 -> 110), or ``None``.
        part: A part of a month rather than a day (``"初"``, ``"底"``, ``"末"``, ``"上旬"``,
            ``"中旬"``, ``"下旬"``), or ``None``; a mention with a part has ``day`` and
            ``date`` ``None``.
        lunar: For lunar mentions, the lunar date when it is determined, else ``None``.
        date: The Gregorian date when the text, or the ``reference`` passed to
            :func:`find_dates`, determines it; else ``None``.
    """

    span: Span
    text: str
    calendar: Calendar
    year: int | None = None
    month: int | None = None
    day: int | None = None
    leap: bool = False
    ganzhi: str | None = None
    weekday: int | None = None
    time_of_day: str | None = None
    relative_days: int | None = None
    relative_years: int | None = None
    roc_year: int | None = None
    part: str | None = None
    lunar: LunarDate | None = None
    date: _dt.date | None = None


# Building blocks of the patterns (inserted into VERBOSE patterns: no literal spaces here).
_CN_DIGITS: Final = "〇零一二三四五六七八九"
_SP: Final = r"[\x20\t]{0,2}+"  # at most two spaces or tabs between the parts of a date
_MONTH_ASCII: Final = r"(?<![0-9.])(?>1[0-2]|0?[1-9])(?![0-9])"
_MONTH_CN: Final = r"(?<![一二三四五六七八九十〇零两])(?>十[一二]?|[一二三四五六七八九])"
_DAY_ASCII: Final = r"(?<![0-9])(?>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
_DAY_CN: Final = (
    r"(?>[一二]?十[一二三四五六七八九]?|三十一?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"
)
_LUNAR_DAY: Final = (
    r"(?>初[一二三四五六七八九十]|[一二]?十[一二三四五六七八九]?|三十|廿[一二三四五六七八九]?|卅"
    r"|(?<![0-9])(?:[12][0-9]|30|0?[1-9])(?![0-9]))"
)
_PART: Final = r"(?>上旬|中旬|下旬|初(?![一二三四五六七八九十])|底|末)"
#: A clock's unit and minutes; a web page's time stamp prints the seconds too (09:47:08), and a
#: page that spaces its date's numbers spaces its clock's too (22 日 13 时 02 分).
_CLOCK_UNIT: Final = (
    r"(?:\x20?+[时時点點](?:\x20?+[0-9]{1,2}+\x20?+分|半|整)?|:[0-9]{2}+(?::[0-9]{2}+(?![0-9]))?+)"
)
_RANGE: Final = r"\x20?+(?:~|〜|–|—|-|至|到)\x20?+"
#: An hour in Chinese numerals with its unit (十一时, 七時三十分, 九点半): papers that print
#: their dates in Chinese numerals (十九日晚間) print the clock so too.
_CN_CLOCK: Final = (
    r"(?<![一二三四五六七八九十两兩〇零])(?>二十[一二三四]?|十[一二三四五六七八九]?|[零一二两兩三四五六七八九])"
    r"[时時点點](?:(?>[一二三四五]?十[一二三四五六七八九]?|[零〇][一二三四五六七八九]"
    r"|[一二三四五六七八九])分|半|整)?"
)
_TOD_WORD: Final = (
    r"(?>凌晨|清晨|早晨|早上|上午|中午|午后|午後|下午|傍晚|晚上|晚间|晚間|夜间|夜間|夜里|夜裡|深夜|午夜|夜晚"
    r"|白天|日间|日間|全天|拂晓|拂曉|黎明|朝早"  # (朝早: Cantonese; 日間: daytime, Hong Kong)
    # 晚 before 在 is the evening (14日晚在立法會通過); 早在 is a word (as early as), save
    # right after 今, 昨 or 明 (阿兹莎今早在清真寺: this morning, at)
    r"|(?<=[今昨明])早(?=在)|早(?![会會报報餐饭飯宴市班点點场場期年些已就在稻熟])"
    r"|(?:晚|夜|晨)(?![会會报報餐饭飯宴市班点點场場期年些已就稻熟]))"
)
#: A clock time, or two joined by a range word; the second may have its own part of the day
#: (上午11时至中午12时: a range crossing noon names the part of each end).
_CLOCK: Final = (
    rf"(?>[0-9]{{1,2}}+{_CLOCK_UNIT}"
    rf"(?:{_RANGE}(?:(?:上午|中午|下午|晚上|傍晚)\x20?+)?[0-9]{{1,2}}+{_CLOCK_UNIT})?"
    rf"|[0-9]{{1,2}}+{_RANGE}[0-9]{{1,2}}+{_CLOCK_UNIT}|{_CN_CLOCK})"
)

# A time of day right after a day (matched at the end of each date): 0~15时, 晚, 下午3时.
_TOD_SRC: Final = rf"""
    {_SP}                                                    # at most two spaces
    (?P<tod>(?:{_TOD_WORD}\x20?+)?{_CLOCK}                   # 下午3时, 早上8时30分, 14:30
      |{_TOD_WORD})                                          # 晚, 凌晨
    """

# 2021年12月23日, 二〇二一年十二月二十三日, 公元2021年12月, 2015 年 8 月 10 日, 11月底.
_GREGORIAN_SRC: Final = rf"""
    (?=[公西0-9{_CN_DIGITS}])                                 # cheap first-character filter
    (?![0-9](?![0-9]{{3}}{_SP}年))                             # a digit starts four, then 年
    (?![{_CN_DIGITS}](?![{_CN_DIGITS}]{{3}}{_SP}年))           # so does a Chinese digit
    (?:(?P<ad>公元|西元){_SP})?                              # optional era word
    (?P<y>(?<![0-9])[0-9]{{4}}+(?![0-9])                     # four ASCII digits
      |(?:(?<![{_CN_DIGITS}十百千万])                         # or four Chinese digits
         |(?<=(?:星期|礼拜|禮拜|[周週])[一二三四五六日天]))    # (星期五二〇二一年 is fine)
       [{_CN_DIGITS}]{{4}}+)
    {_SP}年{_SP}
    (?P<m>{_MONTH_ASCII}|{_MONTH_CN}){_SP}月                 # the month (required)
    (?:{_SP}(?P<d>{_DAY_ASCII}|{_DAY_CN}){_SP}[日号號]       # a day,
      |(?P<part>{_PART})                                     # or a part of the month,
      |(?P<fen>份))?                                         # or 月份
    """

# 12月22日, 今年2月25日, 十二月二十三日, 5月份, 11月底 (no year).
_MONTH_DAY_SRC: Final = rf"""
    (?=[今本去前明后後0-9一二三四五六七八九十])               # cheap first-character filter
    (?![0-9](?![0-9]?{_SP}月))                                # a month number, then 月
    (?![一二三四五六七八九十](?![一二]?{_SP}月))
    (?:(?P<rely>今年|本年|去年|前年|明年|后年|後年){_SP}(?:的{_SP})?)?  # 今年(的)
    (?P<m>{_MONTH_ASCII}|{_MONTH_CN}){_SP}月                 # the month
    (?:{_SP}(?P<d>{_DAY_ASCII}|{_DAY_CN}){_SP}[日号號]       # a day,
      |(?P<part>{_PART})                                     # or a part of the month,
      |(?P<fen>份))?                                         # or 月份
    """

# 22日, 22日0~15时; 十四日电 (Chinese day numbers only before 电/讯).
_DAY_FIRST: Final = "0-9一二三四五六七八九十廿卅"  # what a day starts with (a class body)
_DAY_HEAD: Final = r"""
    (?<![0-9.月第])
    (?![0-9](?![0-9]?\x20?日))                                # a day number, then 日
    (?![一二三四五六七八九十廿卅](?![^\n]{0,2}日[电電讯訊凌清早上中午下傍晚夜深白全晨拂黎朝日
      在召举舉发發宣表指公会會抵出启啟结結开開闭閉起消期]))          # 十四日电, 十日在
"""
#: What news reports happened on a day printed as a Chinese number and 日 alone (王滬寧十日在
#: 北京會見, 立法院一日召開院會, 據央視二日消息, 燈節十五日結束, 延會至卅一日期滿): a verb of
#: the event or the report. A count of days (停留十日, 為期三日, 连续三日在) comes after a
#: word of length or of staying and is followed by 内, 后 or punctuation, not by these.
_DAY_EVENT: Final = (
    r"(?<![有某那这這每第前后後连連续續期历歷达達共近约約数數几幾多半余餘个個了留住待休停])"
    r"(?=[一二三四五六七八九十廿卅]{1,3}+日(?:在|召[开開]|[举舉][行办辦]|[发發][表布]|宣布|表示"
    r"|指出|公[布佈]|[会會][见見]|抵[达達]|出席|[启啟]程|[结結]束|[开開]幕|[闭閉]幕"
    r"|起(?![来來床草诉訴飞飛])|消息|期[满滿]))"
)
_DAY_SRC: Final = rf"""
    (?=[{_DAY_FIRST}])                                        # cheap first-character filter
    {_DAY_HEAD}
    (?:(?P<d>{_DAY_ASCII})\x20?+日(?![游遊元圆圓均])         # ASCII day number + 日
      |(?<![一二三四五六七八九十廿卅〇零两月])
       (?:(?P<cd>{_DAY_CN})日(?=[电電讯訊]|{_TOD_WORD})      # Chinese day + 日 before 电/讯
                                                              # or a time of day (十九日晚間)
         |{_DAY_EVENT}(?P<cd2>{_DAY_CN})日))                 # or a verb of the news
    """

# 2021.12.23, 2021-12-23, 2021/12/23 (the same separator twice).
_NUMERIC_CENTURY: Final = r"(?:1[89]|20|21)"  # the first two digits of years 1800..2199
_NUMERIC_SEP: Final = rf"[./]|{DASHES}"
_NUMERIC_SRC: Final = rf"""
    (?<![0-9.])(?P<y>{_NUMERIC_CENTURY}[0-9]{{2}}+)          # year 1800..2199
    (?P<sep>{_NUMERIC_SEP})                                  # separator
    (?P<m>(?>1[0-2]|0?[1-9]))                                # month
    (?P=sep)                                                 # the same separator again
    (?P<d>(?>3[01]|[12][0-9]|0?[1-9]))(?![0-9]|\.[0-9])     # day, not a longer number
    """

#: The first and last Gregorian year of each reign era of the Ming and Qing, whose years
#: history pieces and local news print (光绪三年, 乾隆二十五年(1760年)). Year N of an era is
#: the era's first year plus N - 1 (元年 is year 1); each reign year is read as the
#: Gregorian year it mostly falls in, as the glosses papers print do (光緒十三年(1887年)).
REIGN_ERAS: Final = MappingProxyType(
    {
        names: (first, last)
        for names, first, last in (
            ("洪武", 1368, 1398),
            ("建文", 1399, 1402),
            ("永乐 永樂", 1403, 1424),
            ("洪熙", 1425, 1425),
            ("宣德", 1426, 1435),
            ("正统 正統", 1436, 1449),
            ("景泰", 1450, 1457),
            ("天顺 天順", 1457, 1464),
            ("成化", 1465, 1487),
            ("弘治", 1488, 1505),
            ("正德", 1506, 1521),
            ("嘉靖", 1522, 1566),
            ("隆庆 隆慶", 1567, 1572),
            ("万历 萬曆 萬歷", 1573, 1620),
            ("泰昌", 1620, 1620),
            ("天启 天啟 天啓", 1621, 1627),
            ("崇祯 崇禎", 1628, 1644),
            ("顺治 順治", 1644, 1661),
            ("康熙", 1662, 1722),
            ("雍正", 1723, 1735),
            ("乾隆", 1736, 1795),
            ("嘉庆 嘉慶", 1796, 1820),
            ("道光", 1821, 1850),
            ("咸丰 咸豐", 1851, 1861),
            ("同治", 1862, 1874),
            ("光绪 光緒", 1875, 1908),
            ("宣统 宣統", 1909, 1911),
            # Japan's eras, as translated and Taiwanese text prints them (昭和23年, 大正十四年):
            # a calendar named by its era counts its years from the era's first, as China's
            # reigns do; the last era's end is not known (a year past 2099 is no news date).
            ("明治", 1868, 1912),
            ("大正", 1912, 1926),
            ("昭和", 1926, 1989),
            ("平成", 1989, 2019),
            ("令和", 2019, 2099),
        )
    }
)
#: Japan's eras, whose months and days are Gregorian (Japan's calendar since 1873), unlike
#: those of a Chinese reign's year.
GREGORIAN_ERAS: Final = ("明治", "大正", "昭和", "平成", "令和")
#: Each era's names and the year before its first: year N of an era is that year + N.
_ERA_BEFORE_YEAR: Final = MappingProxyType(
    {name: first - 1 for names, (first, _) in REIGN_ERAS.items() for name in names.split()}
)
#: A Chinese reign's year dates a day of the lunar calendar (光緒二十一年八月二十五日), the
#: year read as the Gregorian year it mostly falls in; Japan's eras count Gregorian years, as
#: the Republic's do (昭和十三年二月一日), and are read with the 民国 years.
_REIGNS: Final = "|".join(
    sorted((n for n in _ERA_BEFORE_YEAR if n not in GREGORIAN_ERAS), key=len, reverse=True)
)
_JAPAN_ERAS: Final = "|".join(GREGORIAN_ERAS)
_REIGN_FIRST: Final = "".join(sorted({n[0] for n in _ERA_BEFORE_YEAR if n not in GREGORIAN_ERAS}))
#: Where a reign's lunar date may be: a text without a reign's name skips the scan for one.
_REIGN_HINT: Final = _rx.std_compile(_REIGNS)

# 民国一一〇年, 中華民國110年12月23日, 民国元年.
_ROC_SRC: Final = rf"""
    (?P<era>中华民国|中華民國|民国|民國|{_JAPAN_ERAS}){_SP}  # the era (and Japan's: 昭和十三年)
    (?P<ry>元|(?<![0-9])[0-9]{{1,3}}+|[{_CN_DIGITS}十百廿卅]{{1,6}}+){_SP}年  # the ROC year
    # (廿四年: a year of the era is printed as a day is, 廿 and 卅 for 20 and 30)
    (?:{_SP}(?P<m>{_MONTH_ASCII}|{_MONTH_CN}){_SP}月         # optional month
      (?:{_SP}(?P<d>{_DAY_ASCII}|{_DAY_CN}){_SP}[日号號])?)? # and day
    """

_LUNAR_MONTH: Final = rf"""
    (?:(?P<leap>[闰閏])?                                      # optional leap marker
       (?P<m>正|冬|腊|臘|{_MONTH_CN}|{_MONTH_ASCII}){_SP}月(?:份)?  # the month
       (?:{_SP}(?P<d>{_LUNAR_DAY})(?:{_SP}日)?                # a day,
         |(?P<part>{_PART}))?)                                # or a part of the month
"""


# 农历辛丑年十一月二十, 辛丑年, 正月初一, 闰四月, 腊月廿三, 农历11月20日, 光緒二十一年八月二十五日.
_LUNAR_SRC: Final = rf"""
    (?=[农農夏阴陰旧舊{STEMS}闰閏正冬腊臘一二三四五六七八九十0-9大清{_REIGN_FIRST}])  # first chars
    (?:(?P<pre>农历|農曆|農历|農歷|夏历|夏曆|夏歷|阴历|陰曆|陰歷|旧历|舊曆|舊歷)
       {_SP})?                                                # a calendar word
    # (農歷, 陰歷: 曆 as a converter to traditional characters often prints it, 歷)
    (?:(?P<gz>[{STEMS}][{BRANCHES}]){_SP}年                   # a 干支 year
       (?:{_SP}{_LUNAR_MONTH})?                               # and perhaps a month,
      |(?<=[农農夏阴陰旧舊][历曆歷]{_SP})                     # or after the calendar word
       (?P<ly>(?<![0-9])(?:1[89]|20|21)[0-9]{{2}}){_SP}年{_SP}{_LUNAR_MONTH}  # 农历2024年十二月
      |(?:(?:大清|清){_SP})?+(?P<reign>{_REIGNS}){_SP}       # or a Qing reign's year
       (?P<ry>元|(?<![0-9])[0-9]{{1,2}}+|[一二三四五六七八九十廿卅]{{1,3}}+){_SP}年{_SP}{_LUNAR_MONTH}
      |{_LUNAR_MONTH})                                        # or a month alone
    """

# 本月初, 上月底, 下旬: a part of a month with no month number.
_TEN_DAYS: Final = "上旬|中旬|下旬"
_BARE_PART_SRC: Final = rf"""
    (?:(?<=本|上|下|次|当|當|同|这个|這個)月(?P<part>(?>初|底|末|{_TEN_DAYS}))  # 本月初
      |(?<![月])(?P<part>(?>{_TEN_DAYS})))                     # 上旬 on its own
    """

# 昨日, 今天, 前天, 明日 (+ time of day).
#: 昨 alone is yesterday (昨宣布, 昨稱: a bound word that means nothing else in news text,
#: save the literary 昨非); 今, 明 and 前 alone only before a time of day (今晨, 明晚, 前晚),
#: which follows as the time (not 今晚报, a paper; not 前夜, an eve; not the 前 that ends a
#: word before 晚上: 以前晚上, 睡前晚上).
_RELATIVE_WORDS: Final = (
    "大前天|大后天|大後天|前天|前日|昨天|昨日|今天|今日|明天|明日|后天|後天"
    "|昨(?!非)|[今明](?=[晚晨早夜](?![报報会會]))|前(?=晚(?![上报報会會]))"
)
_RELATIVE_SRC: Final = rf"""
    (?<!光)                                                   # not 光明日报
    (?P<rel>(?>{_RELATIVE_WORDS}))
    (?![报報])                                                # not a paper's name (今日报)
    (?!\x20?+[0-9一二三四五六七八九十]{{1,3}}+[版开開])      # not 今日8版 (the page count)
    """

# 星期四, 周四, 礼拜四, (星期四).
_WEEKDAY_BODY: Final = r"""
    (?:星期|礼拜|禮拜|(?<![一二三四五六七八九十两兩几幾])[周週](?=[一二三四五六日]))
    (?P<wd>[一二三四五六日天])
    (?![次个個回遍期年岁歲届屆])
"""
_WEEKDAY_SRC: Final = rf"""
    (?P<open>\()?+\x20?+                                     # optional opening parenthesis
    (?<![个個几幾])                                          # not 两个星期 (a count of weeks)
    {_WEEKDAY_BODY}
    (?(open)\x20?+\))                                        # the closing one if opened
    """


class _Patterns(NamedTuple):
    """The compiled patterns (see :func:`_compile_patterns`)."""

    tod: regex.Pattern[str]
    weekday: regex.Pattern[str]
    gap: regex.Pattern[str]
    passes: tuple[tuple[regex.Pattern[str], str], ...]


def _compile_patterns() -> _Patterns:
    """Compile the patterns (once, at import: about 10 ms)."""

    def c(source: str) -> regex.Pattern[str]:
        return _rx.compile(source, regex.VERBOSE)

    return _Patterns(
        tod=c(_TOD_SRC),
        weekday=c(_WEEKDAY_SRC),
        gap=c(_GAP_SRC),
        passes=(
            (c(_GREGORIAN_SRC), "gregorian"),
            (c(_NUMERIC_SRC), "numeric"),
            (c(_ROC_SRC), "roc"),
            (c(_LUNAR_SRC), "lunar"),
            (c(_MONTH_DAY_SRC), "gregorian"),
            (c(_DAY_SRC), "day"),
            (c(_RELATIVE_SRC), "relative"),
            (c(_BARE_PART_SRC), "bare_part"),
        ),
    )


_RELATIVE_DAYS: Final = MappingProxyType(
    {
        "大前天": -3,
        "前天": -2,
        "前日": -2,
        "昨天": -1,
        "昨日": -1,
        "今天": 0,
        "今日": 0,
        "明天": 1,
        "明日": 1,
        "后天": 2,
        "後天": 2,
        "大后天": 3,
        "大後天": 3,
        "昨": -1,
        "今": 0,
        "明": 1,
        "前": -2,
    }
)
_RELATIVE_YEARS: Final = MappingProxyType(
    {
        "今年": 0,
        "本年": 0,
        "去年": -1,
        "前年": -2,
        "明年": 1,
        "后年": 2,
        "後年": 2,
    }
)
_LUNAR_MONTH_WORDS: Final = MappingProxyType({"正": 1, "冬": 11, "腊": 12, "臘": 12})
_LUNAR_WORDS: Final = frozenset(_LUNAR_MONTH_WORDS)


def _cn_int(s: str) -> int:
    """A small Chinese or ASCII number (digits, 十, 百, 廿, 卅, 初; years digit by digit);
    -1, outside every range the callers accept, when it is none."""
    value = small_int(s.removeprefix("初"), digit_by_digit=True)
    return -1 if value is None else value


def _month_value(s: str) -> int:
    return _LUNAR_MONTH_WORDS.get(s) or _cn_int(s)


def _pick(reference: date, candidates: Iterable[date]) -> date | None:
    """The candidate nearest the reference, days after it counting double.

    Newspapers report the past more than they announce the future, so a date without a year
    is read in the window from about eight months before to four months after the reference.
    """
    best: date | None = None
    best_cost = 0
    for cand in candidates:
        delta = (cand - reference).days
        cost = 2 * delta if delta > 0 else -delta
        if best is None or cost < best_cost:
            best, best_cost = cand, cost
    return best


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when there is no such day (2021-02-30) or year.

    >>> safe_date(2024, 2, 29), safe_date(2021, 2, 29)
    (datetime.date(2024, 2, 29), None)
    """
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def resolve_filed_date(month: int | None, day: int | None, reference: date | None) -> date | None:
    """The date of a month and day (or a day alone) that a dateline or byline prints, on a
    page dated ``reference``: the latest such date no more than a day after the reference
    (copy is filed before it is printed), in the reference's month or year or the one
    before. None without a reference or a day, or when no such date exists.

    >>> resolve_filed_date(12, 22, date(2021, 12, 23))
    datetime.date(2021, 12, 22)
    >>> resolve_filed_date(12, 31, date(2022, 1, 2))
    datetime.date(2021, 12, 31)
    >>> resolve_filed_date(None, 14, date(2021, 12, 23))
    datetime.date(2021, 12, 14)
    >>> resolve_filed_date(None, 30, date(2022, 3, 1)) is None  # 2022-02-30 does not exist
    True
    """
    if reference is None or day is None:
        return None
    if month is None:
        y, m = reference.year, reference.month
        previous = (y, m - 1) if m > 1 else (y - 1, 12)
        candidates = (safe_date(y, m, day), safe_date(*previous, day))
    else:
        candidates = (
            safe_date(reference.year, month, day),
            safe_date(reference.year - 1, month, day),
        )
    limit = reference + timedelta(days=1)
    return next((c for c in candidates if c is not None and c <= limit), None)


def _safe_lunar(year: int, month: int, day: int, leap: bool) -> date | None:
    try:
        return lunar_to_solar(year, month, day, leap=leap)
    except PaperParseError:
        return None


_Fields = dict[str, object]


def _g(m: regex.Match[str], name: str) -> str | None:
    """Group ``name`` of ``m``, or ``None`` when it did not take part or does not exist."""
    if name not in m.re.groupindex:
        return None
    value: str | None = m.group(name)
    return value


def _gregorian(m: regex.Match[str], reference: date | None) -> _Fields | None:
    year = int(y) if (y := _g(m, "y")) is not None and y.isascii() else None
    if y is not None and year is None:
        year = _cn_int(y)
    month = _month_value(m.group("m"))
    d = _g(m, "d")
    day = _cn_int(d) if d else None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    rely_text = _g(m, "rely")
    rely = _RELATIVE_YEARS[rely_text] if rely_text else None
    if year is None and rely is None and not m.group("m").isascii() and day is None:
        return None  # 十二月 on its own: too often not a date
    fields: _Fields = {
        "calendar": "gregorian",
        "year": year,
        "month": month,
        "day": day,
        "part": _g(m, "part"),
        "relative_years": rely,
    }
    if day is None:
        return fields
    if year is not None:
        fields["date"] = safe_date(year, month, day)
    elif reference is not None:
        if rely is not None:
            fields["date"] = safe_date(reference.year + rely, month, day)
        else:
            years = (reference.year - 1, reference.year, reference.year + 1)
            fields["date"] = _pick(
                reference, filter(None, (safe_date(y, month, day) for y in years))
            )
    return fields


def _day_only(m: regex.Match[str], reference: date | None) -> _Fields | None:
    d = _g(m, "d") or _g(m, "cd") or m.group("cd2")
    day = _cn_int(d)
    if not 1 <= day <= 31:
        return None
    fields: _Fields = {"calendar": "gregorian", "day": day}
    if reference is not None:
        y, mo = reference.year, reference.month
        months = (
            (y, mo - 1) if mo > 1 else (y - 1, 12),
            (y, mo),
            (y, mo + 1) if mo < 12 else (y + 1, 1),
        )
        cands = (safe_date(yy, mm, day) for yy, mm in months)
        fields["date"] = _pick(reference, filter(None, cands))
    return fields


def _numeric(m: regex.Match[str], reference: date | None) -> _Fields | None:
    year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    return {
        "calendar": "gregorian",
        "year": year,
        "month": month,
        "day": day,
        "date": safe_date(year, month, day),
    }


def _roc(m: regex.Match[str], reference: date | None) -> _Fields | None:
    ry = m.group("ry")
    # 一百十三年: past 100 the Republic's official style drops the 一 before 十 (一百一十三)
    roc_year = 1 if ry == "元" else _cn_int(ry.replace("百十", "百一十"))
    year = roc_year + _ERA_BEFORE_YEAR.get(m.group("era"), 1911)
    if roc_year < 1 or year > MAXYEAR:
        return None  # no such year: 民国八八〇九年 would be 10720, past any date's range
    mt, d = _g(m, "m"), _g(m, "d")
    month = _month_value(mt) if mt else None
    day = _cn_int(d) if d else None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None
    fields: _Fields = {"calendar": "roc", "year": year, "roc_year": roc_year}
    if m.group("era") in _ERA_BEFORE_YEAR:
        fields = {"calendar": "gregorian", "year": year}
    fields.update(month=month, day=day)
    if month is not None and day is not None:
        fields["date"] = safe_date(year, month, day)
    return fields


def _lunar(m: regex.Match[str], reference: date | None) -> _Fields | None:
    pre, gz, leap_mark, mt, d, part = (_g(m, k) for k in ("pre", "gz", "leap", "m", "d", "part"))
    printed_year = _g(m, "ly")
    reign = _g(m, "reign")
    if reign is not None:
        ry = _g(m, "ry") or ""
        n = 1 if ry == "元" else _cn_int(ry)
        if not 1 <= n <= 60 or mt is None:
            return None  # no reign lasted longer
        printed_year = str(_ERA_BEFORE_YEAR[reign] + n)
        pre = reign  # a reign's date is a lunar date as surely as one labelled 农历
    if mt is None and gz is None:
        return None  # 农历 alone
    if gz is not None and STEMS.index(gz[0]) % 2 != BRANCHES.index(gz[1]) % 2:
        return None  # not a real 干支 name
    month = _month_value(mt) if mt else None
    day = _cn_int(d) if d else None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 30):
        return None
    lunar_marked = (
        pre is not None
        or gz is not None
        or leap_mark is not None
        or (mt is not None and mt in _LUNAR_WORDS)
        or (d is not None and d[0] in "初廿卅")
    )
    if not lunar_marked or (mt is not None and mt.isascii() and pre is None):
        return None
    leap = leap_mark is not None
    fields: _Fields = {
        "calendar": "lunar",
        "month": month,
        "day": day,
        "leap": leap,
        "ganzhi": gz,
        "part": part,
    }
    if printed_year is not None and month is not None and day is not None:
        # 农历2024年十二月二十三: the lunar year numbered by the Gregorian year it mostly
        # falls in (甲辰 is 2024), as calendars print it; its day needs no reference.
        fields["year"] = int(printed_year)
        found_ly = _safe_lunar(int(printed_year), month, day, leap)
        if found_ly is not None:
            fields["date"] = found_ly
            fields["lunar"] = solar_to_lunar(found_ly)
        return fields
    if month is None or day is None or reference is None:
        return fields
    found: date | None = None
    if gz is not None:
        found = _safe_lunar(resolve_ganzhi(gz, near=reference.year), month, day, leap)
    elif _MIN_ORDINAL <= reference.toordinal() <= _MAX_ORDINAL:
        ly = solar_to_lunar(reference).year
        cands = (_safe_lunar(y, month, day, leap) for y in (ly - 1, ly, ly + 1))
        found = _pick(reference, filter(None, cands))
    if found is not None:
        fields["date"] = found
        fields["lunar"] = solar_to_lunar(found)
    return fields


def _bare_part(m: regex.Match[str], reference: date | None) -> _Fields | None:
    return {"calendar": "gregorian", "part": m.group("part")}


def _relative(m: regex.Match[str], reference: date | None) -> _Fields | None:
    offset = _RELATIVE_DAYS[m.group("rel")]
    fields: _Fields = {"calendar": "gregorian", "relative_days": offset}
    if reference is not None:
        with contextlib.suppress(OverflowError):
            fields["date"] = reference + timedelta(days=offset)
    return fields


_BUILDERS: Final = MappingProxyType(
    {
        "gregorian": _gregorian,
        "numeric": _numeric,
        "roc": _roc,
        "lunar": _lunar,
        "day": _day_only,
        "relative": _relative,
        "bare_part": _bare_part,
    }
)

#: What a lunar date the lunar pass keeps needs (see :func:`_lunar`): a calendar word, a 干支
#: name, a leap mark, 正/冬/腊 before 月, or a day with 初/廿/卅 after it. A text without any
#: is not scanned for lunar dates (the same result, without the scan). Searched with the
#: standard library's engine, from one class of the first characters (which it finds with
#: one bitmap look-up a character; ``regex`` tries each alternative at every character: three
#: times the time on an article), then checked behind: it matches where
#: ``[农農夏阴陰旧舊][历曆歷]|[干][支]|[闰閏]|[正冬腊臘]{_SP}月|月份?{_SP}[初廿卅]`` does.
_LUNAR_HINT: Final = _rx.std_compile(
    rf"[农農夏阴陰旧舊{STEMS}闰閏正冬腊臘月]"
    rf"(?:(?<=[农農夏阴陰旧舊])[历曆歷]|(?<=[{STEMS}])[{BRANCHES}]|(?<=[闰閏])"
    rf"|(?<=[正冬腊臘]){_SP}月|(?<=月)份?{_SP}[初廿卅])"
)

#: For each pass of :func:`_patterns` (in order), characters every match holds: one of each
#: group (Gregorian dates: 年 and 月; month-day forms: 月; ROC years: 民; day forms: 日;
#: relative days: 天 or 日; parts of months: 月 or 旬). A text without them skips the pass.
_PASS_NEEDS: Final[tuple[tuple[str, ...], ...]] = (
    ("年", "月"),  # gregorian
    (),  # numeric
    ("民治正和成",),  # roc (and Japan's eras: 明治, 大正, 昭和, 平成, 令和)
    (),  # lunar (see _LUNAR_HINT)
    ("月",),  # month and day
    ("日",),  # day
    ("天日昨今明前",),  # relative
    ("月旬",),  # bare part
)

#: For each pass (in order), where its matches may start, searched with the standard library's
#: engine (a class of first characters or a list of words, which it finds with a bitmap
#: look-up a character, then checked ahead as the pattern's head checks), the pattern then
#: tried only there: a third to four fifths of the scan's time on an article. None: the pass is
#: scanned whole.
_PASS_STARTS: Final[tuple[re.Pattern[str] | None, ...]] = (
    None,  # gregorian
    _rx.std_compile(
        rf"{_NUMERIC_CENTURY}(?<=(?<![0-9.])..)[0-9]{{2}}(?:{_NUMERIC_SEP})"
    ),  # numeric
    None,  # roc
    None,  # lunar
    None,  # month and day
    _rx.std_compile(rf"[{_DAY_FIRST}](?<={_DAY_HEAD}.)", re.VERBOSE | re.DOTALL),  # day
    _rx.std_compile(_RELATIVE_WORDS),  # relative
    # bare part: 月 and a part, or a ten days' 旬 (_TEN_DAYS)
    _rx.std_compile(rf"[月上中下](?:(?<=月)(?:初|底|末|{_TEN_DAYS})|(?<=[上中下])旬)"),
)

# (start, end, fields, time-of-day span or None), in normalised coordinates.
_Candidate = tuple[int, int, _Fields, tuple[int, int] | None]


#: Texts up to this long are scanned without the timeout backstop: the patterns are linear,
#: and arming the backstop costs a clock reading per call (a fifth of a short scan).
BACKSTOP_FROM: Final = 2_000


def backstop(text: str) -> float | None:
    """The timeout of a scan of ``text``: ``None`` for a short text, else a generous
    backstop (a second plus a second per 100,000 characters)."""
    if len(text) <= BACKSTOP_FROM:
        return None
    return 1.0 + len(text) / 100_000


def _candidates(norm: str, reference: date | None) -> list[_Candidate]:
    found: list[_Candidate] = []
    timeout = backstop(norm)
    patterns = _PATTERNS
    for (pattern, kind), needs, starts in zip(
        patterns.passes, _PASS_NEEDS, _PASS_STARTS, strict=True
    ):
        if not all(any(c in norm for c in group) for group in needs):
            continue  # a character every match holds is missing: nothing to find
        if (
            kind == "lunar"
            and _LUNAR_HINT.search(norm) is None
            and _REIGN_HINT.search(norm) is None
        ):
            continue  # nothing marks a lunar date: every match would be dropped
        build = _BUILDERS[kind]
        before = len(found)
        try:
            matches: Iterator[regex.Match[str]]
            if starts is None:
                matches = pattern.finditer(norm, timeout=timeout)
            else:
                matches = _rx.tried_at(pattern, starts, norm, timeout)
            for m in matches:
                if m.end() == m.start():
                    continue
                fields = build(m, reference)
                if fields is None:
                    continue
                end = m.end()
                tod: tuple[int, int] | None = None
                if fields.get("day") is not None or "relative_days" in fields:
                    # a time of day belongs to a day, not to a month or a year
                    t = patterns.tod.match(norm, end, timeout=timeout)
                    if t is not None:
                        tod, end = t.span("tod"), t.end()
                found.append((m.start(), end, fields, tod))
        except TimeoutError:
            # The backstop fired: keep this pass's dates found so far, say so, go on.
            _stopped(f"the {kind} pass", found[-1][1] if len(found) > before else 0, norm)
    return found


def _stopped(what: str, at: int, norm: str) -> None:
    """Say that a pass of :func:`find_dates` ran out of time (its backstop fired)."""
    warnings.warn(
        IncompleteScanWarning(
            f"find_dates: {what} ran out of time after character {at} of {len(norm)} "
            "(normalised text); the dates it found before are kept, later ones are missing"
        ),
        stacklevel=3,
    )


def _select(found: list[_Candidate]) -> list[_Candidate]:
    """Leftmost-longest, non-overlapping."""
    found.sort(key=lambda c: (c[0], c[0] - c[1]))
    chosen: list[_Candidate] = []
    last_end = -1
    for cand in found:
        if cand[0] >= last_end:
            chosen.append(cand)
            last_end = cand[1]
    return chosen


_GAP_SRC: Final = r"[\x20\t]{0,4}+"
#: Every pattern of the finders, compiled once at import.
_PATTERNS: Final = _compile_patterns()


#: A weekday (:data:`_WEEKDAY_BODY`) is 星期, 礼拜, 禮拜, 周 or 週 and a day: a text without
#: any of these characters is not scanned for weekdays.
_WEEKDAY_NEEDS: Final = "星礼禮周週"


def _attach_weekdays(norm: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """Merge weekdays printed right after (or right before) a date into it."""
    weekdays: list[tuple[int, int, int]] = []
    if not any(c in norm for c in _WEEKDAY_NEEDS):
        return chosen  # every weekday holds one of them: nothing to find, no scan
    try:
        for w in _PATTERNS.weekday.finditer(norm, timeout=backstop(norm)):
            weekdays.append((w.start(), w.end(), WEEKDAY_NUMBERS[w.group("wd")]))
    except TimeoutError:
        _stopped("the weekday pass", weekdays[-1][1] if weekdays else 0, norm)
    if not weekdays:
        return chosen
    starts = [c[0] for c in chosen]
    gap = _PATTERNS.gap
    merged: dict[int, _Candidate] = dict(enumerate(chosen))
    extra: list[_Candidate] = []
    for ws, we, number in weekdays:
        k = bisect.bisect_right(starts, ws) - 1  # the last date starting before the weekday
        if k >= 0:
            s, e, fields, tod = merged[k]
            if e <= ws and "weekday" not in fields and gap.fullmatch(norm, e, ws):
                end = we
                if tod is None and fields.get("day") is not None:
                    # a time of day after the weekday: 2010年10月21日(星期四)上午10時
                    tod = time_of_day_at(norm, we)
                    end = we if tod is None else tod[1]
                merged[k] = (s, end, fields | {"weekday": number}, tod)
                continue
            if e > ws:
                continue  # inside a date (cannot happen, but never double-count)
        k += 1
        if k < len(chosen):
            s, e, fields, tod = merged[k]
            if "weekday" not in fields and gap.fullmatch(norm, we, s):
                merged[k] = (ws, e, fields | {"weekday": number}, tod)
                continue
            if s < we:
                continue
        extra.append((ws, we, {"calendar": "gregorian", "weekday": number}, None))
    result = list(merged.values()) + extra
    result.sort(key=lambda c: c[0])
    return result


def time_of_day_at(norm: str, at: int) -> tuple[int, int] | None:
    """The span of the time of day printed right after ``at`` in the normalised text
    (``下午3时``, ``晚``, ``十一時``, after at most two spaces), or ``None``: what a date of
    :func:`scan_normalized` takes after its day, for callers that find days of their own
    (``当晚十一点``, ``今(21日)上午7時40分``)."""
    t = _PATTERNS.tod.match(norm, at, timeout=backstop(norm))
    return t.span("tod") if t is not None else None


_FORMAL_CHARS: Final = "".join(FORMAL_DIGITS)
_FORMAL_TABLE: Final = str.maketrans(dict(FORMAL_DIGITS))
_ANY_FORMAL = _rx.compile(f"[{_FORMAL_CHARS}]")
#: A date printed in financial numerals, or in a mix of them and plain ones: a month and a
#: day with its 日/號 (and maybe a year before them), or the number of a weekday. Only such a
#: whole skeleton is read through, never a character on its own: 陸, 伍, 拾 are also a word
#: (登陸月球), a surname or a verb.
_FORMAL_DATE = _rx.compile(
    rf"""
    (?:[〇零一二三四五六七八九十廿卅{_FORMAL_CHARS}]{{1,4}}+{_SP}年{_SP})?+
    [一二三四五六七八九十廿卅{_FORMAL_CHARS}]{{1,3}}+{_SP}月{_SP}
    [〇一二三四五六七八九十廿卅{_FORMAL_CHARS}]{{1,3}}+{_SP}[日號号]
    |(?<=星期|禮拜|礼拜)[{_FORMAL_CHARS}](?![{_FORMAL_CHARS}])
    """,
    regex.VERBOSE,
)


def plain_date_numerals(text: str) -> str:
    """``text`` with the financial numerals of its dates (中華民國拾叁年柒月廿玖號, 禮拜弍)
    written as the plain ones, one character for one, so that offsets are unchanged.

    >>> plain_date_numerals("中華民國拾叁年柒月廿玖號 甲子年陸月廿捌日 禮拜弍 登陸月球")
    '中華民國十三年七月廿九號 甲子年六月廿八日 禮拜二 登陸月球'
    """
    if _ANY_FORMAL.search(text) is None:
        return text
    pieces: list[str] = []
    pos = 0
    for m in _FORMAL_DATE.finditer(text):
        if _ANY_FORMAL.search(text, m.start(), m.end()) is None:
            continue
        pieces.append(text[pos : m.start()])
        pieces.append(m.group().translate(_FORMAL_TABLE))
        pos = m.end()
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def scan_normalized(norm: str, reference: date | None) -> list[_Candidate]:
    """What :func:`find_dates` finds, for a text that is already normalised: ``(start, end,
    fields, time-of-day span or None)`` in offsets of ``norm``, the fields being
    :class:`DateMention`'s (those not given are its defaults). For callers that hold the
    normalised text (:func:`paper_parser.timex.find_article_dates`): no second normalisation
    and no mention objects."""
    norm = plain_date_numerals(norm)
    return _attach_weekdays(norm, _select(_candidates(norm, reference)))


def find_dates(text: str, *, reference: date | None = None) -> tuple[DateMention, ...]:
    """Every date expression in ``text``, in order.

    Reads Gregorian dates (``2021年12月23日``, ``二〇二一年十二月二十三日``, ``2021.12.23``,
    ``2021-12-23``, ``2021/12/23``, full-width digits), month-day and day-only forms
    (``12月22日``, ``22日``), parts of months (``11月底``, ``本月初``, ``上旬``), weekdays
    (``星期四``, ``周四``, ``礼拜四``, ``(星期四)``; merged into an adjacent date), lunar dates
    (``农历辛丑年十一月二十``, ``正月初一``, ``腊月廿三``, ``闰四月``), 民国 years
    (``民国一一〇年`` = 2021), times of day attached to a date (``22日0~15时``,
    ``10月19日晚``) and relative days (``昨日``, ``前天``, ``明天``).

    ``date`` is set when the text determines the day; expressions without a year (or with only
    a 干支 year), day-only forms and relative days are resolved only against an explicit
    ``reference`` date, never against the clock. A year-less date is placed in the window
    from about eight months before to four months after the reference (for lunar dates:
    the lunar year chosen the same way; for a 干支 year: the one nearest the reference year).
    Parts of months (``11月底``) and bare weekdays never get a ``date``.

    >>> [(m.text, m.date) for m in find_dates("12月22日电 昨日下午", reference=date(2021, 12, 23))]
    [('12月22日', datetime.date(2021, 12, 22)), ('昨日下午', datetime.date(2021, 12, 22))]
    >>> m = find_dates("民国一一〇年十二月二十三日（星期四）")[0]
    >>> m.calendar, m.year, m.roc_year, m.weekday, m.date
    ('roc', 2021, 110, 4, datetime.date(2021, 12, 23))
    >>> m = find_dates("农历辛丑年冬月二十", reference=date(2021, 12, 1))[0]
    >>> m.ganzhi, m.month, m.day, m.date, str(m.lunar)
    ('辛丑', 11, 20, datetime.date(2021, 12, 23), '辛丑年十一月二十')
    >>> [(m.text, m.day, m.time_of_day) for m in find_dates("22日0~15时, 10月19日晚")]
    [('22日0~15时', 22, '0~15时'), ('10月19日晚', 19, '晚')]

    Never raises; the cost is linear in the length of ``text``.
    """
    if not text:
        return ()
    norm = normalize(text)
    chosen = scan_normalized(norm.text, reference)
    out: list[DateMention] = []
    for start, end, fields, tod in chosen:
        span = norm.span(start, end)
        time_of_day = norm.span(*tod).text if tod is not None else None
        out.append(
            DateMention(span=span, text=span.text, time_of_day=time_of_day, **fields)  # type: ignore[arg-type]
        )
    return tuple(out)


def parse_date(text: str, *, reference: date | None = None) -> DateMention:
    """Strictly parse ``text`` as one date expression (surrounding white space allowed).

    >>> parse_date(" 2021年12月23日 星期四 ").date
    datetime.date(2021, 12, 23)
    >>> parse_date("2021年12月23日 多云")
    Traceback (most recent call last):
    ...
    paper_parser.errors.PaperParseError: not a single date expression at position 11 ...

    Raises:
        PaperParseError: when ``text`` is not exactly one date expression.
    """
    found = find_dates(text, reference=reference)
    stripped_start = len(text) - len(text.lstrip())
    stripped_end = len(text.rstrip())
    if len(found) == 1 and (found[0].span.start, found[0].span.end) == (
        stripped_start,
        stripped_end,
    ):
        return found[0]
    if not found or found[0].span.start != stripped_start:
        position = stripped_start
    else:
        position = found[0].span.end
    raise PaperParseError("not a single date expression", text=text, position=position)
