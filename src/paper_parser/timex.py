"""Dates in running text, resolved to the calendar (TIMEX3-style values).

:func:`find_article_dates` finds every date and time expression in an article and resolves it
against a reference date (the article's dateline date, else the issue date), so an article's
events can be put on a timeline:

>>> from datetime import date
>>> text = "昨日，我省召开发布会：12月21日无新增病例；22日早上首批人员解除隔离。"
>>> [(d.text, d.kind, d.value, d.time) for d in find_article_dates(text, date(2021, 12, 23))]
[('昨日', 'relative', '2021-12-22', None), ('12月21日', 'partial', '2021-12-21', None), \
('22日早上', 'partial', '2021-12-22', 'TMO')]

Values are TIMEX3-style strings: ``2021-12-22`` (a day), ``2021-12`` (a month), ``2021-W51``
(an ISO week), ``2021-H1`` (a half year), ``2021`` (a year), ``197`` (a decade); a span of
time (``今年以来``, ``12月5日以来``) is an ISO 8601 interval of days,
``2021-01-01/2021-12-23``. ``mod`` carries TIMEX3's ``START``/``MID``/``END`` for 年初,
11月底, 下旬, 下周初期; ``time`` the time of day
(``TMO``, ``TAF``, ``TEV``, ``TNI``, ``T15:00``, ``T00:00/T15:00``, a time stamp's
``T09:47:08``).

There is no clock and no locale: an expression that needs a reference gets ``value`` ``None``
when none is given, and so does one that cannot be placed (``近日``, ``当天`` with no day named
just before it): nothing is invented. A time that comes back is no date and is not returned
(``每到星期六``, ``每年的12月4日``, opening hours ``周三至周日 9:00—16:30``,
``10月至次年4月``). What a reader of news places, the finder places too: ``当天`` after
``9月17日`` in the same paragraph is that day; a bare ``周四`` is
the Thursday around the reference (ahead or behind as the clause says, else the nearest). A
date printed with its year (``2021年12月21日``, ``民国110年``, ``光绪三年``) needs no reference
and is always resolved.

>>> [(d.text, d.value) for d in find_article_dates("昨日，2021年12月21日", None)]
[('昨日', None), ('2021年12月21日', '2021-12-21')]
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
import warnings
from collections.abc import Callable, Iterator
from datetime import MAXYEAR, MINYEAR, date, timedelta
from types import MappingProxyType
from typing import Final, Literal, NamedTuple, cast

import attrs
import regex

from paper_parser import _rx
from paper_parser._types import Span, slot_setters
from paper_parser._words import small_int
from paper_parser.calendar import (
    GREGORIAN_ERAS,
    MAX_DATE,
    MIN_DATE,
    REIGN_ERAS,
    SOLAR_TERMS,
    backstop,
    lunar_to_solar,
    scan_normalized,
    solar_term_day,
    time_of_day_at,
)
from paper_parser.errors import PaperParseError
from paper_parser.numerals import IncompleteScanWarning
from paper_parser.text import normalize

__all__ = ["Granularity", "Kind", "ResolvedDate", "find_article_dates"]

#: ``absolute``: the text fixes the date (its year is printed); ``partial``: a year (or month)
#: is missing and comes from the reference (``12月21日``, ``22日``, ``11月底``, a lunar date);
#: ``relative``: a word counted from the reference (``昨日``, ``今年``, ``上周``, ``年初``,
#: ``今年2月25日``); ``interval``: a span of time (``今年以来``, ``12月5日以来``, ``近日``).
Kind = Literal["absolute", "partial", "relative", "interval"]
#: The unit of ``value``: for an interval, the unit of its start.
Granularity = Literal["day", "week", "month", "quarter", "season", "half-year", "year", "decade"]


@attrs.frozen(kw_only=True)
class ResolvedDate:
    """A date or time expression found in a text, with its calendar value.

    Attributes:
        span: Where it is in the caller's text.
        text: ``span.text``.
        kind: See :data:`Kind`.
        value: The TIMEX3-style value (``"2021-12-22"``, ``"2021-12"``, ``"2021-W51"``,
            ``"2021-H1"``, ``"2021"``, or an interval ``"2021-12-05/2021-12-23"``), or ``None``
            when it needs a reference and has none, or cannot be placed.
        granularity: The unit of ``value`` (see :data:`Granularity`), or ``None`` when the
            expression names no unit (``近期``).
        mod: TIMEX3's modifier: ``"START"`` (年初, 月初, 上旬), ``"MID"`` (年中, 中旬),
            ``"END"`` (年底, 年末, 月底, 下旬), else ``None``.
        time: The time of day as TIMEX3 writes it after ``T`` (``"TMO"`` morning, ``"TMI"``
            noon, ``"TAF"`` afternoon, ``"TEV"`` evening, ``"TNI"`` night, ``"TDT"`` daytime,
            ``"T15:00"``, ``"T00:00/T15:00"``), or ``None``.
        reference: The reference date the value was resolved against (``None`` for an
            absolute date or when none was given).
    """

    span: Span
    text: str
    kind: Kind
    value: str | None
    granularity: Granularity | None
    mod: str | None = None
    time: str | None = None
    reference: date | None = None


# --- what find_dates does not read ------------------------------------------------------------

_NUM_AFTER: Final = r"[0-9一二三四五六七八九十]"
#: Seasons and school holidays after a year: TIMEX3's SP, SU, FA, WI.
_SEASONS: Final = MappingProxyType(
    {
        "春季": "SP",
        "春天": "SP",
        "夏季": "SU",
        "夏天": "SU",
        "暑期": "SU",
        "暑假": "SU",
        "秋季": "FA",
        "秋天": "FA",
        "冬季": "WI",
        "冬天": "WI",
        "寒假": "WI",
    }
)
_SEASON_WORDS: Final = "|".join(_SEASONS)
#: What may follow a year: a part (初, 底, 中), a half, a season, a quarter, the first quarters
#: or months of it. 半年度 is the first half (a company's half-year report: 2024年半年度报告).
_YEAR_PART: Final = (
    r"(?P<part>初(?!步|次|战|戰|心|衷|见|見|审|審|赛|賽|中)|底|末|中(?!国|央|共|华|小|学)|[上下]半年|半年度|"
    + _SEASON_WORDS
    + r"|第?+[一二三四1-4]季度|第[一二三四1-4]季(?!度)|首季度?+|前[二三两2-3]个?+季度"
    + r"|前(?:1[01]|[1-9]|十一|十|[二三四五六七八九])个月)"
)
#: Holidays a paper names as a time (春节期间, 元旦假期, 周四便是端午節): the day of the
#: holiday (a lunar date for the traditional ones); 除夕 is the day before 春节. 国庆 is
#: also a given name, so it is a date only as 国庆节 or before a word of the holiday (假期);
#: so is 圣诞 without 节 (圣诞期间, 去年聖誕假期; not 圣诞老人, 聖誕樹).
#: A holiday after 每 or 历年 (每年春节, 历年元旦) or in a list of occasions (在夏季高温、
#: 春节前夕、寒潮季节) is a kind of time that comes back every year, not a date, and one that
#: names a programme, an edition or a film season (春节联欢晚会, 春节专版, 春节档) is a name:
#: the pattern leaves those out.
_HOLIDAYS: Final = MappingProxyType(
    {
        "春节": ("lunar", 1, 1),
        "春節": ("lunar", 1, 1),
        "元宵节": ("lunar", 1, 15),
        "元宵節": ("lunar", 1, 15),
        "端午节": ("lunar", 5, 5),
        "端午節": ("lunar", 5, 5),
        "端午": ("lunar", 5, 5),
        "七夕": ("lunar", 7, 7),
        "中秋节": ("lunar", 8, 15),
        "中秋節": ("lunar", 8, 15),
        "中秋": ("lunar", 8, 15),
        "重阳节": ("lunar", 9, 9),
        "重陽節": ("lunar", 9, 9),
        "除夕": ("eve", 1, 1),
        "元旦": ("solar", 1, 1),
        "劳动节": ("solar", 5, 1),
        "勞動節": ("solar", 5, 1),
        "国庆节": ("solar", 10, 1),
        "國慶節": ("solar", 10, 1),
        "国庆": ("solar", 10, 1),
        "國慶": ("solar", 10, 1),
        "圣诞节": ("solar", 12, 25),
        "聖誕節": ("solar", 12, 25),
        "圣诞": ("solar", 12, 25),
        "聖誕": ("solar", 12, 25),
        "农历新年": ("lunar", 1, 1),
        "農曆新年": ("lunar", 1, 1),
        "五一": ("solar", 5, 1),
        "十一": ("solar", 10, 1),
        "清明节": ("term", 0, 0),
        "清明節": ("term", 0, 0),
    }
    # The solar terms (节气) a paper names as the time of its news (2020年立秋, 立秋翩然而至,
    # 今年清明节, 值此立春之際, 进入“处暑”以后), on the day the term begins that year; not 雨水,
    # 小雪 and 大雪, which forecasts print for rain and snow far more often than for the terms.
    | {name: ("term", 0, 0) for name in SOLAR_TERMS if name not in ("雨水", "小雪", "大雪")}
)
#: 清明 is also an adjective (政治清明, 神志清明): after a noun it describes it names no day;
#: nor in the name of the painting 清明上河图.
_CLEAR_TOO: Final = r"(?<!政治|吏治|政风|政風|天下|世道|神志|神智|头脑|頭腦|心地|天色|月色)(?=清明)"
_GIVEN_NAME_TOO: Final = r"(?=[节節假]|期[间間]|[长長]假|黄金周|黃金周|[当當]天|前夕)"
#: 五一 and 十一 are numbers first (五一广场, 十一届): a holiday only before a word of the
#: holiday (五一假期, “五一”小长假, 十一黄金周), a closing quotation mark between them allowed.
_NUMBER_NAME_TOO: Final = (
    r"(?=[”」』\"']?+(?:[节節]|假期|小?+[长長]假|黄金周|黃金周|期[间間]|前夕))"
)
_HOLIDAY_NAMES: Final = "|".join(
    (_CLEAR_TOO if name.startswith("清明") else "")
    + name
    + ("(?!上河)" if name == "清明" else "")
    + (
        _GIVEN_NAME_TOO
        if name in ("国庆", "國慶", "圣诞", "聖誕")
        else _NUMBER_NAME_TOO
        if name in ("五一", "十一")
        else ""
    )
    for name in sorted(_HOLIDAYS, key=len, reverse=True)
)
#: The reign eras (see :data:`paper_parser.calendar.REIGN_ERAS`, their one home) and Japan's,
#: whose months and days are Gregorian.
_REIGN_ERAS: Final = REIGN_ERAS
_GREGORIAN_ERAS: Final = GREGORIAN_ERAS
_ERA_YEARS: Final = MappingProxyType(
    {name: span for names, span in _REIGN_ERAS.items() for name in names.split()}
)
_ERA_NAMES: Final = "|".join(sorted(_ERA_YEARS, key=len, reverse=True))
#: Decades' parts: TIMEX3's modifiers.
_DECADE_PARTS: Final = MappingProxyType(
    dict.fromkeys(("初", "前期", "早期"), "START")
    | dict.fromkeys(("中期", "中叶", "中葉"), "MID")
    | dict.fromkeys(("末", "后期", "後期", "晚期"), "END")
)
#: The characters every match of :data:`_EXTRA` starts with (a class body).
_EXTRA_FIRST: Final = (
    "0-9〇零一二三四五六七八九今本去上前明后後年岁歲这這下近日连連当當次翌同昨"
    "十两兩周週春元端中七除重国國圣聖劳勞第星礼禮即噚尋琴大农農清洪建永宣正景天"
    "成弘嘉隆万萬泰崇顺順康雍乾道咸光公西双雙昭平令"
    "立处處惊驚谷穀芒小白寒霜夏冬秋"
)
#: What follows where a match of :data:`_EXTRA` starts (verbose): one of these pairs (a digit:
#: see below), so where one of those characters starts none of them, the alternatives are not
#: tried (1.7x faster on the sample page). A pair of Chinese digits counts only where no
#: numeral is before it: what starts with one inside a numeral (二〇二一 from its 〇) is a
#: piece of that numeral, and every alternative that can start with such a pair looks behind
#: for a numeral and fails, so a run of them is not tried at each character (20 µs each). At
#: an ASCII digit only a year (four digits, 年) or a day range (a dash after one or two
#: digits) can start: other digits are passed over. A holiday whose name is only a date with
#: 节 (元宵节, 重阳节, 圣诞节, 劳动节) is looked for with it: 劳动 and 元宵 alone are common
#: words of news text (劳动者, 吃元宵), where no alternative can match.
_EXTRA_AHEAD: Final = r"""
    (?=[0-9]|(?<![〇零一二三四五六七八九十])[〇零一二三四五六七八九]{2}|[今本去上前明后後]年|年[初底末中终終]|[岁歲]末
      |[本上下]月|[本这這上下][个個周週星礼禮]|近[日期年些]|日前|[连連]日
      |[当當][天日晚]|[次翌同]日|同年|前一|[昨今前明][日天]?+[（(]
      |[前昨今明]、?+[昨今明后後]|[昨今明][0-9]|今起|即日|[噚尋琴]日|大年|年初[一二三四五六七八九十]
      |[本上下这這][个個]?+月|农历|農曆|農歷|五一|十一|(?:清朝|明朝|清|明(?!治))?+(?:{_ERA_NAMES})|大[清明]|公元|西元
      |[一二两兩三四五六七八九十]{1,3}+(?:天|[个個]?+(?:星期|礼拜|禮拜)|[周週])前
      |[一二三四五六七八九十]{1,2}+[、,，][一二三四五六七八九十]{1,2}+月
      |[一二三四五六七八九]十年代|十[五六七八九]世|二十一?+世|上[个個]?+世
      |[一二两兩三四五六七八九十百]{1,4}+年前|[一二两兩三四五六七八九十百]{1,4}+(?:年|天)[后後]|[周週]末|[双雙]休日
      |春[节節]|元旦|元宵[节節]|端午|中秋|国庆|國慶|七夕|除夕|重[阳陽][节節]|圣诞|聖誕
      |劳动[节節]|勞動[节節]
      |立[春夏秋冬]|[春秋]分|[夏冬]至|清明|[处處]暑|[惊驚][蛰蟄]|[谷穀]雨|芒[种種]|小[满滿暑寒]
      |大[暑寒]|白露|寒露|霜降
      |第[一二三四1-4]季|[一二三四]季度|前[二三两2-3]个?+季|[上下]半年|前[1-9十二三四五六七八九]个?+月
      |[周週][一二三四五六日天][ ]?+[（(]|星期.[ ]?+[（(]|[礼禮]拜.[ ]?+[（(])
    (?![0-9](?![0-9]{3}[ ]?年|[0-9]{3}[ ]?[—–~〜\-至到]|[0-9](?:[0-9]{2})?[HQ][1-4]
      |[0-9]{2}[ ]?年|[0-9]?[—–~〜-]|[0-9]?[ ]?[至到]|[0-9][ ]?(?:世纪|世紀)|0年代
      |[0-9]{0,2}年前|[0-9]{0,2}[ ]?(?:年|天)[后後]
      |[0-9]{3}(?:农历|農曆|農歷|春[节節]|元旦|元宵|端午|中秋|国庆|國慶|七夕|除夕|重[阳陽]
        |圣诞|聖誕|清明)
      |[0-9]?/[0-9]{1,2}+[ ]?+[至到–—~〜-]|[0-9]?/[0-9]{1,2}+(?:[ ]?+[(（]|[ ]++[0-9]{1,2}+:)
      |[0-9]?[ ]?+(?:天|[个個]?+(?:星期|礼拜|禮拜)|[周週])前|[0-9]{2}[ ]?年[)）—–~〜-]
      |[0-9]?[、,，]|[0-9]{3}[ ]?[)）]
      |[0-9]?[ ]?+月[ ]?+[0-9]{1,2}+[ ]?+、))
""".replace("{_ERA_NAMES}", _ERA_NAMES)
#: What follows 年初 when it is a day of the first lunar month (年初三, 大年初一): a numeral of
#: a day, not one of a longer number (年初十分), nor a place (年初四川, 年初三亚).
_LUNAR_DAY_AFTER: Final = r"[一二三四五六七八九十](?![一二三四五六七八九十分川亚亞])"
_EXTRA = _rx.compile(
    rf"""
    # Every alternative starts with one of these characters, and with what _EXTRA_AHEAD
    # holds there (see _extra_matches for where the alternatives are tried).
    (?=[{_EXTRA_FIRST}])
    {_EXTRA_AHEAD}
    (?:
      (?P<holiday>(?:(?P<hy>(?<![0-9])(?:1[89]|20|21)[0-9]{{2}}+)(?:[ ]?+年|(?![ ]))  # 春节, 元旦,
        |(?P<hrel>今年|去年|明年))?+                                     # 2023年春节
        (?(hy)的?+|(?(hrel)的?+))                                       # 今年的中秋節
        (?:农历|農曆|農歷)?                                              # 农历春节, 農歷新年
        (?<!每|每年|每逢|每到|历年|歷年|往年|、|立|慶祝|庆祝|早|晚)           # (not 每年春节,
        (?<![一二两兩三四五六七八九十几幾0-9][个個])                     # 两个立春, 早立秋,
        (?P<hname>{_HOLIDAY_NAMES})                                     # nor 慶祝中秋, a feast
        (?![节節])                                                      # kept; nor 中秋 of 中秋節,
        (?!(?:前夕|期间|期間|前后|前後|假期)?+、                         # nor a list of occasions,
          |联欢|聯歡|晚会|晚會|专版|專版|特刊|档|檔        # nor a programme's name,
          |贺辞|賀辭|贺词|賀詞|献词|獻詞                    # nor an address: 新年贺辞,
          |习俗|習俗|风俗|風俗|民俗))                      # nor its customs: 春节习俗)
    | (?P<decade>(?:(?P<cent>(?<![0-9])(?:1[5-9]|2[01])|十[五六七八九]|二十一?+)  # 20世纪70年代,
          [ ]?+(?:世纪|世紀)|(?P<prevc>上[个個]?+(?:世纪|世紀)))?+          # 上世纪90年代,
        (?:(?P<dec4>(?<![0-9])(?:1[0-9]|20)[0-9]0)[ ]?+年代                # 1990年代,
          |(?<![0-9〇零一二三四五六七八九十])                                # 七十年代末
           (?P<dec>[1-9]0|[一二三四五六七八九]十)年代)
        (?P<dpart>初|末|中期|中叶|中葉|后期|後期|前期|早期|晚期)?+)
    | (?P<ago>(?<![0-9〇零一二两兩三四五六七八九十百千万萬亿億数數几幾多余餘])       # 8年前
        (?P<n>[1-9][0-9]{{0,2}}+|[一二两兩三四五六七八九十百]{{1,4}}+)[ ]?+  # 三天前, 100年前
        (?:年前(?![后後])|(?P<au>天|[个個]?+(?:星期|礼拜|禮拜)|[周週])前(?![往来來去进進后後夕])))
    | (?P<sameyr>同年(?![0-9〇零一二三四五六七八九十同龄齡级級纪紀代度月]))  # 于同年竣工
    | (?P<later>(?<![0-9〇零一二两兩三四五六七八九十百千万萬亿億数數几幾多余餘])     # 两年后
        (?P<ln>[1-9][0-9]{{0,2}}+|(?!百|[一二三四五六七八九]{{2}})               # 三天后 (not
          [一二两兩三四五六七八九十百]{{1,4}}+)[ ]?+                          # 一九四九年後)
        (?P<lu>年|天)[后後](?![来來]))
    | (?P<wkend>(?<![每个個双雙逢几幾两兩])(?P<wkrel>本|这|這|上|下)?+(?:个|個)?+
        (?:周末|週末|双休日|雙休日)(?![》」』”]|制))             # (not 《南方周末》, 双休日制)
    | (?P<mlist>(?:(?P<ly>(?<![0-9])(?:1[89]|20|21)[0-9]{{2}}+)[ ]?+年        # 去年八、九月
          |(?P<lrel>今年|去年|明年|前年))?+
        (?<![0-9一二三四五六七八九十])(?P<l1>1[0-2]|[1-9]|十[一二]?+|[一二三四五六七八九])
        [、,，](?P<l2>1[0-2]|[1-9]|十[一二]?+|[一二三四五六七八九])月(?:份)?+(?![0-9一二三四五六七八九十]))
    | (?P<dlist>(?:(?P<dy>(?<![0-9])(?:1[89]|20|21)[0-9]{{2}}+)[ ]?+年[ ]?+)?+   # 17、18日,
        (?:(?P<dm>(?<![0-9])(?:1[0-2]|0?[1-9]))[ ]?+月[ ]?+)?+             # 1985年10月12、13两天
        (?<![0-9.第])(?P<d1>3[01]|[12][0-9]|0?[1-9])[ ]?+、[ ]?+           # (日 once: 29日、
        (?P<d2>3[01]|[12][0-9]|0?[1-9])(?:[ ]?+日|(?=[两兩二]天))(?![0-9]))  # 30日 are two; 号:
                                                        # 12、13号线; _HAO_DAY reads 28号晚上)
    | (?P<yrange>(?<![0-9.])(?P<ya>(?:1[0-9]|20)[0-9]{{2}}+)               # 2024-2026年,
        [ ]?+[—–~〜\-至到][ ]?+(?P<yb>(?:1[0-9]|20)[0-9]{{2}}+)              # (1910—1985)
        (?:[ ]?+年(?![0-9]|代|度|级|級|版|第|月)
          |(?<=[(（][0-9]{{4}}+[—–~〜\-][0-9]{{4}}+)(?=[)）])))
    | (?P<hq>(?<![0-9A-Za-z.])(?P<hqy>(?:19|20)?+[0-9]{{2}}+)(?P<hqp>[HQ][1-4])(?![0-9A-Za-z]))
    | (?P<rocd>(?<![0-9.])(?P<rocy>1[01][0-9])[ ]?+年[ ]?+                 # 114年1月28日
        (?P<rocm>1[0-2]|0?[1-9])[ ]?+月[ ]?+(?P<rocdd>3[01]|[12][0-9]|0?[1-9])[ ]?+[日号號])
    | (?P<rocyr>(?<=^|[\s,，、。;；:：「『“"(（]|[對对於于在自從从至到及和與与])   # 113年共舉發
        (?P<rocn>1[01][0-9])[ ]?+年(?![0-9]|度|[前来來後后间間内內多余餘以了歷历的週周校之左至到]))
    | (?P<year>(?<![0-9])(?:1[89]|20|21)[0-9]{{2}}+                     # 2021年, 2024年底,
        |(?<![〇零一二三四五六七八九十])[〇零一二三四五六七八九]{{4}}+     # 二〇三五年
        |(?<=[(（]|[(（][0-9]{{3,4}}+[ ]?+年[ ]?+[—–~〜-][ ]?+)          # (1728年), (1736年-
         (?:1[0-7]|[1-9])[0-9]{{2}}+(?=[ ]?+年[ ]?+[)）—–~〜-]))[ ]?+年   # 1795年): glosses
        (?:度|年?+{_YEAR_PART}|同期)?+                       # (2019年同期, 2026年度, 1985年年初)
        (?![0-9]|代|度|级|版|第|月)
    | (?P<ygl>(?<=年[ ]?+[(（][ ]?+)(?:1[5-9]|20)[0-9]{{2}}+(?=[ ]?+[)）]))  # 民國38年(1949):
                                           # a year of another calendar glossed by its number
    | (?P<rely>今年|本年|去年|上年|前年|明年|后年|後年)                   # 今年, 去年年底
        (?:年?+{_YEAR_PART}|同期)?+                                     # (去年同期)
        (?!{_NUM_AFTER}|月|度)
    | (?P<bq>(?<![0-9年每〇零一二三四五六七八九十])                        # 一季度, 上半年,
        (?P<bqp>第?+[一二三四1-4]季度|前[二三两2-3]个?+季度|[上下]半年     # 前三季度, 三季度末
          |前(?:1[01]|[1-9]|十一|十|[二三四五六七八九])个月)
        (?P<bqm>末|初)?+)
    | (?P<wkmd>(?:星期|礼拜|禮拜|[周週])[一二三四五六日天][ ]?+[(（]        # 週日(1/4)
        (?P<mdm>1[0-2]|0?[1-9])/(?P<mdd>3[01]|[12][0-9]|0?[1-9])[)）])
    | (?P<mdwk>(?:(?<![至迄])今[ ]?+)?+(?<![0-9/.])                      # 12/12(四),
        (?P<wkm>1[0-2]|0?[1-9])/(?P<wkd>3[01]|[12][0-9]|0?[1-9])          # 今12/11(三),
        (?:(?=[ ]?+[(（](?:星期|[周週])?+[一二三四五六日天][)）])                   # 12/15 07:57
          |[ ]++(?P<wkh>[01]?[0-9]|2[0-3]):(?P<wki>[0-5][0-9])(?![0-9:])))
    | (?P<mdr>(?<![0-9/.])(?P<r1m>1[0-2]|0?[1-9])/(?P<r1d>3[01]|[12][0-9]|0?[1-9])  # 1/7至1/10
        [ ]?+[至到–—~〜-][ ]?+
        (?P<r2m>1[0-2]|0?[1-9])/(?P<r2d>3[01]|[12][0-9]|0?[1-9])(?![0-9/.]))
    | (?P<bpart>(?<![0-9一二三四五六七八九十今去前明后後本同当這这每上大])  # 年初, 年底
        年(?:初(?!{_LUNAR_DAY_AFTER})|底|末|中(?=[,，、。;；])))          # (not 年初三)
    | (?P<yend>年终岁尾|年終歲尾|年终|年終|岁末|歲末)                    # the end of this year
    | (?P<relm>(?:本|这个|這個|上个?|上個|下个?|下個)月)                  # 本月, 上个月
        (?![0-9一二三四五六七八九十]{{1,3}}+[日号號]|份)                      # (not 上月3日)
        (?P<relmp>初(?![一二三四五六七八九十])|底|末|[上中下]旬)?+             # 本月初, 上月底
    | (?P<relw>(?:本|这|這|上|下)(?:个|個)?(?:周|週|星期|礼拜|禮拜))       # 上周, 本周四
        (?:(?P<wd>[一二三四五六日]|天(?![气氣]))                         # (not 下周天气)
          |(?P<wpart>初期|前期|中期|后期|後期|初(?![一二三四五六七八九十])))?+     # 下周初期
    | (?P<mrange>                                                     # 2018年1-7月份
        (?:(?P<my>(?<![0-9])(?:1[89]|20|21)[0-9]{{2}}+)[ ]?+年
          |(?P<mrely>今年|本年|去年|上年|前年|明年))?+
        (?<![0-9.])(?P<m1>1[0-2]|0?[1-9])(?:[ ]?+月)?+                    # 2019年5月至10月
        [ ]?+[—–~〜\-至到][ ]?+(?P<m2>1[0-2]|0?[1-9])[ ]?+月
        (?:份)?+(?![0-9一二三四五六七八九十日号]))
    | (?P<drange>(?<![0-9.])(?P<d1>[0-9]{{1,2}}+)[—–~〜-](?P<d2>[0-9]{{1,2}}+)日)  # 26—27日
    | (?P<reign>(?:清朝|明朝|大清|大明|清|明(?!治))?+(?P<era>{_ERA_NAMES})  # 光绪三年, 清雍正六年
        (?:(?P<en>元|[一二三四五六七八九十廿]{{1,3}}+|[1-9][0-9]?+)年(?!代)  # 昭和23年
          |年[间間]))                                                    # 乾隆年间
    | (?P<ce>(?<![0-9])(?:公元|西元)[ ]?+(?P<cey>[0-9]{{3,4}}+)              # (公元1877)
        (?:年(?![0-9〇零一二三四五六七八九十])|(?![0-9年])))
    | (?P<pair>(?P<p1>[前昨今明])、?+(?P<p2>[昨今明后後])(?:两|兩)?+[天日])  # 今明两天, 明、后天
    | (?P<from>今(?=起)|即日(?=起|[开開]始))                              # 今起, 即日起
    | (?P<canto>(?:噚日|尋日|琴日)(?!本|語|文))                           # Cantonese days
    | (?P<nian>(?<![0-9一二三四五六七八九十今去前明后後本同当這这每上])         # 大年初一
        大?+年初(?={_LUNAR_DAY_AFTER})(?P<nday>[一二三四五六七八九十]))
    | (?P<rmd>(?P<rmw>本|这个|這個|上个?+|上個|下个?+|下個)月                # 本月2日, 上月3日
        (?P<rmday>[12][0-9]|3[01]|0?[1-9]|[一二三四五六七八九十廿卅]{{1,3}}+)[日号號])
    | (?P<vague>(?<![附接靠将將])近日|日前(?!夕)|近期|近年来|近年|近些年|连日来|連日來)  # left
        # unresolved (附近日前: 近 of 附近, 接近, 靠近 binds to what is before it: 日前)
                                                                       # (not 纪念日前夕)
    | (?P<anaphor>当天|當天|当日|當日|次日|翌日|同日|前一天|当晚|當晚)      # counted from a date
    | (?P<bday>(?P<bw>[昨今前明])(?P<bu>[日天])?+[（(]                  # 昨(1)日, 今日（8日）
        (?P<bd>[0-9]{{1,2}}+)(?:[日号號][)）]|(?(bu)(?!)|[)）]日))     # 今(21日)
      |(?P<bw2>[昨今明])(?P<bd2>[0-9]{{1,2}}+)[日号號]                   # 昨16日
      |(?P<bw3>[昨今明])[（(](?P<bm3>1[0-2]|0?[1-9])/                  # 今(1/1)日: the
        (?P<bd3>3[01]|[12][0-9]|0?[1-9])[)）][日天])                    # month and day
    )
    """,
    regex.VERBOSE,
)
#: Where a match of :data:`_EXTRA` may start: a first character, then what ``_EXTRA_AHEAD``
#: holds at it. Searched with the standard library's engine, which finds a character of a
#: class with one bitmap look-up (``regex`` tries the lookaheads at every character: three
#: times the time on an article).
_EXTRA_AT = _rx.std_compile(rf"[{_EXTRA_FIRST}](?<={_EXTRA_AHEAD}.)", re.VERBOSE | re.DOTALL)
#: Two dates joined into one span of time: 2月3日至5日, 2002年至2017年, 今日至后天.
_RANGE_JOIN = _rx.compile(
    r"[ ]?+(?:起至|起到|(?:开始|開始)?+(?:至|到)|—|–|~|〜|-)[ ]?+"
)  # (噚日起至6月1日, 今天开始到周日)
_SINCE = _rx.compile(r"[ ]?+(?:以来|以來|至今(?!年))")  # (not 至今年2月: to this year's)
_GAP = _rx.compile(r"[ ]?+")

_TIME_WORDS: Final = MappingProxyType(
    {
        "凌晨": "MO",
        "拂晓": "MO",
        "拂曉": "MO",
        "黎明": "MO",
        "朝早": "MO",
        "清晨": "MO",
        "早晨": "MO",
        "早上": "MO",
        "上午": "MO",
        "早": "MO",
        "晨": "MO",
        "中午": "MI",
        "日间": "DT",
        "日間": "DT",
        "午后": "AF",
        "下午": "AF",
        "傍晚": "EV",
        "晚上": "EV",
        "晚间": "EV",
        "晚": "EV",
        "夜间": "NI",
        "夜里": "NI",
        "深夜": "NI",
        "午夜": "NI",
        "夜晚": "NI",
        "夜": "NI",
        "午後": "AF",
        "晚間": "EV",
        "夜間": "NI",
        "夜裡": "NI",
        "白天": "DT",
    }
)
_CLOCK = _rx.compile(
    r"(?P<h>[0-9]{1,2}+|[零一二两兩三四五六七八九十]{1,3}+)"
    r"(?P<unit>[ ]?+[时時点點](?:[ ]?+(?P<m>[0-9]{1,2}+|[零〇一二三四五六七八九十]{1,3}+)[ ]?+分"
    r"|(?P<half>半))?+"
    r"|:(?P<m2>[0-9]{2})(?::(?P<s2>[0-9]{2}))?+)?+"
)
#: Words of the afternoon and evening (an hour before 12 is after noon: 下午3时, 晚上8点) and
#: of the night (an hour from 6 to 11 is in the evening: 深夜十一時; 深夜1时 is 01:00).
_PM_WORDS: Final = frozenset(("下午", "午后", "午後", "晚上", "晚间", "晚間", "晚", "傍晚"))
_NIGHT_WORDS: Final = frozenset(("夜间", "夜間", "夜里", "夜裡", "深夜", "夜晚", "夜"))
_PARTS: Final = {"初": "START", "上旬": "START", "中": "MID", "中旬": "MID"} | dict.fromkeys(
    ("底", "末", "下旬"), "END"
)
_REL_YEARS: Final = MappingProxyType(
    {
        "今年": 0,
        "本年": 0,
        "去年": -1,
        "上年": -1,
        "前年": -2,
        "明年": 1,
        "后年": 2,
        "後年": 2,
    }
)


class _Cand(NamedTuple):
    """A candidate expression (offsets into the normalised slice)."""

    start: int
    end: int
    kind: Kind
    value: str | None
    granularity: Granularity | None
    mod: str | None = None
    time: str | None = None
    needs_reference: bool = True
    begin: date | None = None  # the first day it covers (to open an interval)
    holiday: str | None = None  # a holiday printed without its year (春节): its name
    anaphor: int | None = None  # 当天 (0), 次日 (1), 前一天 (-1): days from a date of the text
    back: int | None = None  # 五年前: the years counted back
    month_step: int | None = None  # 上个月 (-1), 下个月 (1): months from the reference's
    counted: bool = False  # 两年后, 三天后: a date only when counted from one the text names


# --- helpers ----------------------------------------------------------------------------------


def _month_add(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _year_of_month(month: int, reference: date) -> int:
    """The year of a month printed without one: the nearest, looking back eight months and
    ahead four (newspapers report the past more than they announce the future)."""
    best, cost = reference.year, 10**9
    for y in (reference.year - 1, reference.year, reference.year + 1):
        delta = (y - reference.year) * 12 + month - reference.month
        c = 2 * delta if delta > 0 else -delta
        if c < cost:
            best, cost = y, c
    return best


_WORDS_LONGEST_FIRST: Final = tuple(sorted(_TIME_WORDS, key=len, reverse=True))


def _time_of_day(printed: str | None) -> str | None:
    """TIMEX3's time of day for what find_dates attached to a day (早上, 0~15时, 下午3时)."""
    if not printed:
        return None
    clocks = list(_CLOCK.finditer(printed))
    word = next((w for w in _WORDS_LONGEST_FIRST if w in printed), None)
    if not any(c.group("unit") for c in clocks):
        if word == "午夜":  # midnight at the end of the day named (明天(14日)午夜截止)
            return "T24:00"
        return "T" + _TIME_WORDS[word] if word else None
    times = []
    for c in clocks:
        hour = _clock_number(c.group("h"))
        if hour is None:
            return None
        if (word in _PM_WORDS and hour < 12) or (word in _NIGHT_WORDS and 6 <= hour < 12):
            hour += 12
        minute = _clock_number(c.group("m") or c.group("m2") or ("30" if c.group("half") else "0"))
        if minute is None or hour > 24 or minute > 59:
            return None
        second = f":{c.group('s2')}" if c.group("s2") and int(c.group("s2")) < 60 else ""
        times.append(f"T{hour:02d}:{minute:02d}{second}")
    return "/".join(times)


def _clock_number(text: str) -> int | None:
    """An hour or minute of a clock: digits, or Chinese numerals (十一, 三十八, 零五)."""
    if text.isascii():
        return int(text)
    return small_int(text[1:] if len(text) > 1 and text[0] in "零〇" else text)


# --- candidates from find_dates ---------------------------------------------------------------


def _from_mention(
    f: dict[str, object], tod: str | None, s: int, e: int, ref: date | None
) -> _Cand | None:
    """The candidate of a date :func:`~paper_parser.calendar.scan_normalized` found: ``f``
    holds the fields of its :class:`~paper_parser.calendar.DateMention` (a field not in it
    has the default, ``None``), ``tod`` its time of day as printed."""
    time = _time_of_day(tod)
    month = cast("int | None", f.get("month"))
    day_n = cast("int | None", f.get("day"))
    found = cast("date | None", f.get("date"))
    rel_days = cast("int | None", f.get("relative_days"))
    if rel_days is not None:
        day = ref + timedelta(days=rel_days) if ref else None
        return _Cand(
            s, e, "relative", day.isoformat() if day else None, "day", time=time, begin=day
        )
    if f["calendar"] == "lunar":
        if month is None or day_n is None:
            return None  # 辛丑年 alone, 闰四月: no day to put on a timeline
        year_n = cast("int | None", f.get("year"))
        if year_n is not None and found is None and not MIN_DATE.year < year_n < MAX_DATE.year:
            # a reign's day before the lunar table (清光緒21年8月25日): its year is known
            return _Cand(
                s,
                e,
                "absolute",
                f"{year_n:04d}",
                "year",
                needs_reference=False,
                begin=date(year_n, 1, 1),
            )
        if year_n is not None:  # 农历2024年十二月二十三: its year is printed
            value = found.isoformat() if found else None
            return _Cand(
                s, e, "absolute", value, "day", time=time, needs_reference=False, begin=found
            )
        day = found if ref is not None else None
        return _Cand(s, e, "partial", day.isoformat() if day else None, "day", time=time, begin=day)
    if month is None:
        if day_n is not None:  # 22日: the month (and year) from the reference
            day = found if ref is not None else None
            value = day.isoformat() if day else None
            return _Cand(s, e, "partial", value, "day", time=time, begin=day)
        if f.get("weekday") is not None:  # a bare weekday (周四): which week is not said
            return _Cand(s, e, "relative", None, "day")
        roc = cast("int | None", f.get("year")) if f["calendar"] == "roc" else None
        if roc is not None:  # 民国二十六年, 中華民國112年: a year of the ROC calendar
            first_day = date(roc, 1, 1)
            return _Cand(
                s, e, "absolute", f"{roc:04d}", "year", needs_reference=False, begin=first_day
            )
        return None  # a bare part of a month (上旬): which month is not said
    year = cast("int | None", f.get("year"))
    rel_years = cast("int | None", f.get("relative_years"))
    absolute = year is not None and rel_years is None
    kind: Kind = "absolute" if absolute else ("relative" if rel_years is not None else "partial")
    if year is None and ref is not None:
        if rel_years is not None:
            year = ref.year + rel_years
        elif day_n is not None and found is not None:
            year = found.year
        else:
            year = _year_of_month(month, ref)
    if day_n is not None:
        day = found if absolute else (_safe(year, month, day_n) if year else None)
        value = day.isoformat() if day else None
        return _Cand(s, e, kind, value, "day", time=time, needs_reference=not absolute, begin=day)
    value = f"{year:04d}-{month:02d}" if year is not None else None
    begin = date(year, month, 1) if year is not None else None
    part = cast("str | None", f.get("part"))
    mod = _PARTS.get(part) if part else None
    return _Cand(s, e, kind, value, "month", mod=mod, needs_reference=not absolute, begin=begin)


def _safe(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


# --- candidates from the extra pattern ------------------------------------------------------


def _md_weekday(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """週日(1/4): the month and day in the weekday's bracket, the year nearest the reference."""
    day = _nearest_md(int(m.group("mdm")), int(m.group("mdd")), ref)
    value = day.isoformat() if day else None
    return _Cand(s, e, "partial", value, "day", begin=day)


def _md_before_weekday(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """12/12(四)16:00, 12/15 07:57: a month and day printed with a slash is a day when its
    weekday in brackets or a clock time follows (Taiwanese notices and update lines print
    them so); a fraction or a score is followed by neither. The year nearest the reference;
    今 right before it is today glossed by it (今12/11(三): today, the 11th)."""
    day = _nearest_md(int(m.group("wkm")), int(m.group("wkd")), ref)
    time = f"T{int(m.group('wkh')):02d}:{m.group('wki')}" if m.group("wkh") else None
    return _Cand(s, e, "partial", day.isoformat() if day else None, "day", time=time, begin=day)


def _printed_year(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """2019年上半年: a year printed, with the part of it named after it."""
    return _year_cand(s, e, "absolute", _number(m.group("year")), m.group("part"), False)


def _year_range(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """2024-2026年 (a forecast's years), (1910—1985) (a life, in brackets after a name): the
    years from the first to the last, the unit printed once (or not at all in the bracket)."""
    a, b = int(m.group("ya")), int(m.group("yb"))
    if not a < b <= a + 150:
        return None  # not a span of years (a number range, a code)
    value = f"{a:04d}-01-01/{b:04d}-12-31"
    return _Cand(s, e, "interval", value, "year", needs_reference=False, begin=date(a, 1, 1))


def _report_period(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """24H1, 24Q2, 2023Q4: the half or quarter of a year as analysts' reports print it (a
    year of two digits is of this century: the shorthand is of current results)."""
    y = int(m.group("hqy"))
    y += 2000 if y < 100 else 0
    part = m.group("hqp")
    if part[0] == "H" and part[1] not in "12":
        return None
    begin = date(y, (int(part[1]) - 1) * (6 if part[0] == "H" else 3) + 1, 1)
    gran: Granularity = "half-year" if part[0] == "H" else "quarter"
    return _Cand(s, e, "absolute", f"{y:04d}-{part}", gran, needs_reference=False, begin=begin)


def _roc_day(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """114年1月28日: a day of an ROC (民国) year printed without the era, as Taiwanese papers
    and courts print dates. No Gregorian year of news has three digits, so a year of 100 to
    119 followed by a month and a day is the ROC's (2011-2030)."""
    day = _safe(int(m.group("rocy")) + 1911, int(m.group("rocm")), int(m.group("rocdd")))
    if day is None:
        return None
    return _Cand(s, e, "absolute", day.isoformat(), "day", needs_reference=False, begin=day)


def _roc_year(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """113年 (共舉發…, 「113年重要節日安全維護工作」): an ROC year printed without the era,
    where a clause or a preposition puts a year (not a count: 113年來, 110年的歷史, 100年前
    are left out by what follows). Three digits are no Gregorian year of news."""
    y = int(m.group("rocn")) + 1911
    return _Cand(s, e, "absolute", f"{y:04d}", "year", needs_reference=False, begin=date(y, 1, 1))


def _glossed_year(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """民國38年(1949), 昭和8年(1933): the Gregorian number glossing a year of another calendar
    is that year, though printed without 年 (a gloss says the same thing twice, so the unit
    printed once is enough for a reader)."""
    y = int(m.group("ygl"))
    return _Cand(s, e, "absolute", f"{y:04d}", "year", needs_reference=False, begin=date(y, 1, 1))


def _relative_year(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """去年上半年: a year counted from the reference, with the part of it named after it."""
    year = ref.year + _REL_YEARS[m.group("rely")] if ref else None
    return _year_cand(s, e, "relative", year, m.group("part"), True)


def _part_of_year(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """年初, 年底, 年终: a part of the reference's year printed without the year."""
    part = m.group("bpart")[1] if m.group("bpart") else "底"
    return _year_cand(s, e, "relative", ref.year if ref else None, part, True)


def _relative_month(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """上个月, 本月, 下月: a month counted from the reference; with its part (本月初, 上月底,
    下月中旬) TIMEX3's modifier of the month (START, END, MID), as for 6月末 or 4月中旬."""
    word = m.group("relm")
    delta = -1 if word.startswith("上") else 1 if word.startswith("下") else 0
    part = m.group("relmp")
    mod = _MONTH_PART_MODS[part] if part else None
    step = (delta or None) if part is None else None
    if ref is None:
        return _Cand(s, e, "relative", None, "month", mod=mod, month_step=step)
    y, mo = _month_add(ref.year, ref.month, delta)
    value = f"{y:04d}-{mo:02d}"
    return _Cand(s, e, "relative", value, "month", mod=mod, begin=date(y, mo, 1), month_step=step)


#: The parts of a month and their TIMEX3 modifiers (corpus/dates README: 6月末 END, 4月中旬 MID).
_MONTH_PART_MODS: Final = MappingProxyType(
    dict.fromkeys(("初", "上旬"), "START")
    | dict.fromkeys(("底", "末", "下旬"), "END")
    | {"中旬": "MID"}
)


def _reign_year(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    return _era_year(m, s, e)  # (a reign's year needs no reference)


def _vague(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """近期, 近年, 日前: a time the text does not place."""
    unit: Granularity | None = "year" if "年" in m.group("vague") else "day"
    return _Cand(s, e, "interval", None, None if m.group("vague") == "近期" else unit)


def _counted_from_text(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """当天, 次日: counted from a date in the text (find_article_dates takes the last day)."""
    word = m.group("anaphor")
    offset = 1 if word in ("次日", "翌日") else -1 if word == "前一天" else 0
    time = "TEV" if word in ("当晚", "當晚") else None  # the evening of that day
    return _Cand(s, e, "relative", None, "day", time=time, anaphor=offset)


_ExtraReader = Callable[[regex.Match[str], int, int, date | None], _Cand | None]


def _extra_readers() -> tuple[tuple[tuple[str, ...], _ExtraReader], ...]:
    """The extra pattern's alternatives, each by the groups that tell it matched (the first
    whose group took part wins, in this order), and the function that reads it."""
    return (
        (("holiday",), _holiday),
        (("decade",), _decade),
        (("ago",), _ago),
        (("later",), _later),
        (("sameyr",), _same_year),
        (("mlist",), _month_list),
        (("dlist",), _day_list),
        (("wkend",), _weekend),
        (("bq",), _bare_year_part),
        (("wkmd",), _md_weekday),
        (("mdwk",), _md_before_weekday),
        (("mdr",), _md_range),
        (("yrange",), _year_range),
        (("hq",), _report_period),
        (("rocd",), _roc_day),
        (("rocyr",), _roc_year),
        (("year",), _printed_year),
        (("ygl",), _glossed_year),
        (("rely",), _relative_year),
        (("mrange",), _month_range),
        (("drange",), _day_range),
        (("bpart", "yend"), _part_of_year),
        (("relm",), _relative_month),
        (("relw",), _week_cand),
        (("bday",), _bracket_day),
        (("reign", "ce"), _reign_year),
        (("pair", "from", "canto"), _day_words),
        (("nian",), _lunar_new_year_day),
        (("rmd",), _month_day),
        (("vague",), _vague),
    )


def _from_extra(m: regex.Match[str], ref: date | None) -> _Cand | None:
    s, e = m.span()
    for groups, read in _EXTRA_READERS:
        if any(map(m.group, groups)):
            return read(m, s, e, ref)
    return _counted_from_text(m, s, e, ref)


def _ago(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """8年前, 三天前, 两周前: the year, day or week counted back from the reference."""
    n = small_int(m.group("n"))
    if n is None or not 1 <= n <= 999:
        return None
    unit = m.group("au")
    gran: Granularity = "year" if unit is None else "day" if unit == "天" else "week"
    if gran != "year" and n > 99:
        return None
    if ref is None:
        return _Cand(s, e, "relative", None, gran, back=n if gran == "year" else None)
    if gran == "year":
        y = ref.year - n
        if y < MINYEAR:
            return None
        return _Cand(s, e, "relative", f"{y:04d}", "year", begin=date(y, 1, 1), back=n)
    day = ref - timedelta(days=n if gran == "day" else 7 * n)
    if gran == "day":
        return _Cand(s, e, "relative", day.isoformat(), "day", begin=day)
    monday = day - timedelta(days=day.isoweekday() - 1)
    return _Cand(s, e, "relative", _week(monday), "week", begin=monday)


def _later(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """两年后, 40年後, 三天后: a year or day counted ahead, from the year or day the text
    has just named (1949年…40年後: 1989; 六月二十五号…三天后: the 28th): an offset counts
    from its anchor; without one printed (经过七十三年后, 两天后 after an event) it is a
    length of time, and :func:`_choose` drops it."""
    n = small_int(m.group("ln"))
    if n is None or not 1 <= n <= 999:
        return None
    if m.group("lu") == "年":
        if ref is None:
            return _Cand(s, e, "relative", None, "year", back=-n, counted=True)
        y = ref.year + n
        begin = date(y, 1, 1)
        return _Cand(s, e, "relative", f"{y:04d}", "year", begin=begin, back=-n, counted=True)
    if n > 99:
        return None
    day = ref + timedelta(days=n) if ref is not None else None
    value = day.isoformat() if day is not None else None
    return _Cand(s, e, "relative", value, "day", begin=day, anaphor=n, counted=True)


def _same_year(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """同年: the year the text has just named (1933年…也于同年竣工), counted as 两年后 is,
    from its anchor; without one (同年 of a list of people) it is no date."""
    return _Cand(s, e, "relative", None, "year", back=0, counted=True)


def _month_list(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """去年八、九月, 2023年8、9月: two months in a row listed with the unit printed once are
    one span of time (from the first day of the first to the last day of the second)."""
    m1, m2 = small_int(m.group("l1")), small_int(m.group("l2"))
    if m1 is None or m2 is None or m2 != m1 + 1 or m2 > 12:
        return None
    return _months(s, e, ref, m1, m2, m.group("ly"), m.group("lrel"))


def _day_list(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """17、18日, 1985年10月12、13两天: two days in a row listed with the unit printed once
    are one span of days, as two months in a row are (:func:`_month_list`); days each with
    its 日 (29日、30日) or not in a row are read one by one."""
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if d2 != d1 + 1:
        return None
    printed_y = int(m.group("dy")) if m.group("dy") else None
    month = int(m.group("dm")) if m.group("dm") else None
    last: date | None
    if printed_y is not None and month is not None:
        last = _safe(printed_y, month, d2)
    elif ref is None:
        return _Cand(s, e, "interval", None, "day")
    elif month is not None:
        last = _nearest_md(month, d2, ref)
    else:
        days = [
            d
            for k in (-1, 0, 1)
            if (d := _safe(*_month_add(ref.year, ref.month, k), d2)) is not None
        ]
        last = min(days, key=lambda d: 2 * (d - ref).days if d > ref else (ref - d).days)
    if last is None or (printed_y is not None and month is None):
        return None
    first = last - timedelta(days=1)
    value = f"{first.isoformat()}/{last.isoformat()}"
    needs = printed_y is None or month is None
    return _Cand(s, e, "interval", value, "day", needs_reference=needs, begin=first)


def _era_year(m: regex.Match[str], s: int, e: int) -> _Cand | None:
    """光绪三年, 清雍正六年, 乾隆元年: the Gregorian year of a year of a reign era; 乾隆年间:
    the reign, a span of time whose ends are not printed; 公元1877 (the gloss such a year
    often has, without 年): that year."""
    if m.group("ce"):
        y = int(m.group("cey"))
        if y < MINYEAR:
            return None
        return _Cand(
            s, e, "absolute", f"{y:04d}", "year", needs_reference=False, begin=date(y, 1, 1)
        )
    first, last = _ERA_YEARS[m.group("era")]
    if m.group("en") is None:
        return _Cand(s, e, "interval", None, "year", needs_reference=False)
    n = 1 if m.group("en") == "元" else small_int(m.group("en"))
    if n is None or not 1 <= n <= last - first + 1:
        return None  # not a year of that reign: a count (or a name)
    y = first + n - 1
    return _Cand(s, e, "absolute", f"{y:04d}", "year", needs_reference=False, begin=date(y, 1, 1))


#: Days from the reference of the words of days that _EXTRA reads itself: 今明两天's ends,
#: 今起 and 即日起 (today), Cantonese 噚日 / 尋日 / 琴日 (yesterday).
_DAY_WORDS: Final = MappingProxyType(
    {"前": -2, "昨": -1, "今": 0, "明": 1, "后": 2, "後": 2, "即日": 0}
    | dict.fromkeys(("噚日", "尋日", "琴日"), -1)
)


def _day_words(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """今明两天, 明后天 (two days in a row: a span of both), 今起, 即日起 (today, the start of a
    span), 噚日 (Cantonese: yesterday)."""
    if m.group("pair"):
        a, b = _DAY_WORDS[m.group("p1")], _DAY_WORDS[m.group("p2")]
        if b != a + 1:
            return None
        if ref is None:
            return _Cand(s, e, "interval", None, "day")
        first, last = ref + timedelta(days=a), ref + timedelta(days=b)
        return _Cand(
            s, e, "interval", f"{first.isoformat()}/{last.isoformat()}", "day", begin=first
        )
    offset = _DAY_WORDS[m.group("from") or m.group("canto")]
    day = ref + timedelta(days=offset) if ref is not None else None
    return _Cand(s, e, "relative", day.isoformat() if day else None, "day", begin=day)


def _lunar_new_year_day(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand:
    """大年初一, 年初三: a day of the first lunar month (正月初一), in the lunar year whose
    new year is nearest the reference, as for 春节."""
    n = small_int(m.group("nday"))
    if ref is None or n is None:
        return _Cand(s, e, "partial", None, "day")
    best: date | None = None
    cost = 10**9
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = lunar_to_solar(y, 1, n)
        except (PaperParseError, ValueError, OverflowError):
            continue
        delta = (d - ref).days
        c = 2 * delta if delta > 0 else -delta
        if c < cost:
            best, cost = d, c
    return _Cand(s, e, "partial", best.isoformat() if best else None, "day", begin=best)


def _month_day(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """本月2日, 上月3日, 下个月10号: a day of the month counted from the reference's."""
    n = small_int(m.group("rmday"))
    if n is None or not 1 <= n <= 31:
        return None
    if ref is None:
        return _Cand(s, e, "relative", None, "day")
    word = m.group("rmw")
    delta = -1 if word.startswith("上") else 1 if word.startswith("下") else 0
    y, mo = _month_add(ref.year, ref.month, delta)
    day = _safe(y, mo, n)
    return _Cand(s, e, "relative", day.isoformat() if day else None, "day", begin=day)


#: A day counted from a holiday right after its name (中秋節翌日, 2022 年的中秋節翌日, 中秋節後
#: 第二日, 春节前一天): papers name the days around a feast so (a public holiday given the day
#: after it); the name and the count are one expression, the day counted.
_HOLIDAY_OFFSET = _rx.compile(
    r"[ ]?+(?:的[ ]?+)?+(?:(?P<next>[翌次]日)|(?P<prev>前一[天日])|(?P<after>[后後]一[天日])"
    r"|[后後]第(?P<nth>[一二两兩三四五六七八九]|[1-9])[天日])"
)


#: What a paper prints right after a holiday's name that is still the day (corpus/dates
#: README): ``佳节`` (中秋佳节临近: the feast's name with its epithet), ``当天``/``当日``
#: (元宵節當天, 去年清明节当日: the day itself) and the evening of it (除夕之夜, 元宵節的晚上).
_HOLIDAY_SUFFIX = _rx.compile(
    r"(?:佳[节節])?+(?:[ ]?+(?:(?P<same>[当當][天日])(?![0-9一二三四五六七八九十])"
    r"|(?P<eve>之夜|(?:的[ ]?+)?+晚上)))?+"
)


def _holiday_offset(norm: str, e: int) -> tuple[int, int]:
    """The days ``_HOLIDAY_OFFSET`` counts at ``e`` and where it ends (0 and ``e``: none)."""
    o = _HOLIDAY_OFFSET.match(norm, e)
    if o is None:
        return 0, e
    if o.group("nth"):
        return _number(o.group("nth")), o.end()
    return (-1 if o.group("prev") else 1), o.end()


def _holiday(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """春节, 2023年春节, 今年国庆节: the day of the holiday in the year printed, counted from
    the reference, or nearest the reference (looking back more than ahead: the future counts
    double, as for a month printed without its year). A day counted from it right after its
    name (中秋節翌日) is that day; ``当天``, ``佳节`` and the evening after it are its span."""
    suffix = _HOLIDAY_SUFFIX.match(m.string, e)
    e = suffix.end() if suffix is not None else e
    evening = "TEV" if suffix is not None and suffix.group("eve") else None
    shift, e = _holiday_offset(m.string, e)
    kind: Kind
    if m.group("hy"):
        years, kind = [int(m.group("hy"))], "absolute"
    elif ref is None:
        return _Cand(s, e, "relative" if m.group("hrel") else "partial", None, "day", time=evening)
    elif m.group("hrel"):
        years, kind = [ref.year + _REL_YEARS[m.group("hrel")]], "relative"
    else:
        years, kind = [ref.year - 1, ref.year, ref.year + 1], "partial"
    best = _holiday_day(m.group("hname"), years, ref)
    if best is None:
        return _Cand(s, e, kind, None, "day", time=evening)
    best += timedelta(days=shift)
    value = best.isoformat()
    bare = kind == "partial" and not shift
    return _Cand(
        s,
        e,
        kind,
        value,
        "day",
        needs_reference=kind != "absolute",
        time=evening,
        begin=best,
        holiday=m.group("hname") if bare else None,
    )


def _nearest_md(month: int, day: int, ref: date | None) -> date | None:
    """A month and day printed without a year (週日(1/4), 12/22–12/23): in the year that
    puts it nearest the reference, the future counting double."""
    if ref is None:
        return None
    days = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _safe(y, month, day))]
    return min(days, key=lambda d: 2 * (d - ref).days if d > ref else (ref - d).days, default=None)


def _md_range(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """1/7至1/10, 12/22–12/23: two days printed as month/day, the last nearest the reference."""
    last = _nearest_md(int(m.group("r2m")), int(m.group("r2d")), ref)
    if last is None:
        return None if ref is not None else _Cand(s, e, "interval", None, "day")
    first = _safe(last.year, int(m.group("r1m")), int(m.group("r1d")))
    if first is not None and first > last:
        first = _safe(last.year - 1, int(m.group("r1m")), int(m.group("r1d")))
    if first is None:
        return None
    return _Cand(s, e, "interval", f"{first.isoformat()}/{last.isoformat()}", "day", begin=first)


#: The last month of a part of a year printed without its year (三季度: September).
_LAST_MONTHS: Final = MappingProxyType({"上半年": 6, "下半年": 12})


def _bare_year_part(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand:
    """一季度, 上半年, 前三季度, 前5个月, 三季度末 printed without a year: of the year whose
    part ends nearest the reference (a report of 三季度 in October, of 四季度 in January)."""
    part = m.group("bqp")
    if part in _LAST_MONTHS:
        last = _LAST_MONTHS[part]
    else:
        digits = part.removeprefix("第").removeprefix("前").removesuffix("季度")
        n = _number(digits.removesuffix("个月").removesuffix("个"))
        last = n if part.endswith("个月") else 3 * n
    year = _year_of_month(last, ref) if ref is not None and 1 <= last <= 12 else None
    c = _year_cand(s, e, "partial", year, part, True)
    return c._replace(mod=_PARTS[m.group("bqm")]) if m.group("bqm") else c


def _holiday_day(name: str, years: list[int], near: date | None) -> date | None:
    """The day of the holiday ``name`` in whichever of ``years`` is nearest ``near``."""
    how, month, day = _HOLIDAYS[name]
    best: date | None = None
    cost = 10**9
    for y in years:
        try:
            if how == "solar":
                d = date(y, month, day)
            elif how == "lunar":
                d = lunar_to_solar(y, month, day)
            elif how == "term":
                d = solar_term_day(y, name.removesuffix("节").removesuffix("節"))
            else:  # 除夕: the day before 春节
                d = lunar_to_solar(y, 1, 1) - timedelta(days=1)
        except (PaperParseError, ValueError, OverflowError, KeyError):
            continue
        delta = (d - near).days if near is not None else 0
        c = 2 * delta if delta > 0 else -delta
        if c < cost:
            best, cost = d, c
    return best


def _after_a_date(c: _Cand, before: _Cand, norm: str) -> _Cand:
    """A holiday printed without its year right after a date (``2022年1月 春节前夕``) is the
    one nearest that date, not the reference: the date says which year the text is in."""
    if c.holiday is None or before.begin is None or not _GAP.fullmatch(norm, before.end, c.start):
        return c
    y = before.begin.year
    day = _holiday_day(c.holiday, [y - 1, y, y + 1], before.begin)
    if day is None:
        return c
    return c._replace(value=day.isoformat(), begin=day)


def _decade(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """1990年代, 20世纪70年代, 上世纪90年代, 七十年代末: TIMEX3's decade (``197``). A decade
    printed without its century is the latest one that began by the reference."""
    part = m.group("dpart")
    mod = _DECADE_PARTS.get(part) if part else None
    kind: Kind
    if m.group("dec4"):
        start, kind = int(m.group("dec4")), "absolute"
    else:
        tens = _number(m.group("dec"))
        if m.group("cent"):
            start, kind = (_number(m.group("cent")) - 1) * 100 + tens, "absolute"
        elif ref is None:
            return _Cand(s, e, "relative" if m.group("prevc") else "partial", None, "decade", mod)
        elif m.group("prevc"):
            start, kind = (ref.year // 100 - 1) * 100 + tens, "relative"
        else:
            start, kind = ref.year // 100 * 100 + tens, "partial"
            if start > ref.year:
                start -= 100
    if not MINYEAR <= start <= MAXYEAR - 9:
        return None
    value = f"{start:04d}"[:3]
    return _Cand(
        s,
        e,
        kind,
        value,
        "decade",
        mod,
        needs_reference=kind != "absolute",
        begin=date(start, 1, 1),
    )


def _coming_week_on_sunday(m: regex.Match[str], s: int, word: str, ref: date) -> int:
    """7 when ``本周`` printed on a Sunday is the week ahead (corpus/dates README: in a forecast
    printed on a Sunday, 本周 is the coming week): the text looks ahead to it (到本周后期, 到本周末,
    将于本周); else 0 (到了本周二 looks back)."""
    if ref.isoweekday() != 7 or word not in ("本", "这", "這"):
        return 0
    before = m.string[max(0, s - 10) : s]
    ahead = before.endswith(("到", "至")) or _AHEAD_BEFORE.search(before) is not None
    return 7 if ahead else 0


def _weekend(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand:
    """周末, 本周末, 上周末: TIMEX3's weekend of a week (``2013-W04-WE``), this week's when
    no word says which."""
    word = m.group("wkrel") or ""
    if ref is None:
        return _Cand(s, e, "relative", None, "week")
    delta = -7 if word == "上" else 7 if word == "下" else _coming_week_on_sunday(m, s, word, ref)
    monday = ref - timedelta(days=ref.isoweekday() - 1) + timedelta(days=delta)
    saturday = monday + timedelta(days=5)
    return _Cand(s, e, "relative", _week(monday) + "-WE", "week", begin=saturday)


def _year_cand(s: int, e: int, kind: Kind, year: int | None, part: str | None, rel: bool) -> _Cand:
    """A year, a part of it (初/中/底), a half (上半年) or a season (暑期)."""
    if part in ("上半年", "下半年", "半年度"):
        second = part[0] == "下"
        value = f"{year:04d}-H{2 if second else 1}" if year is not None else None
        begin = date(year, 7 if second else 1, 1) if year is not None else None
        return _Cand(s, e, kind, value, "half-year", needs_reference=rel, begin=begin)
    if part is not None and part in _SEASONS:
        value = f"{year:04d}-{_SEASONS[part]}" if year is not None else None
        return _Cand(s, e, kind, value, "season", needs_reference=rel)
    if part is not None and part.endswith(("季度", "季", "个月")):
        return _quarter(s, e, kind, year, part, rel)
    value = f"{year:04d}" if year is not None else None
    begin = date(year, 1, 1) if year is not None else None
    mod = _PARTS.get(part) if part else None
    return _Cand(s, e, kind, value, "year", mod=mod, needs_reference=rel, begin=begin)


def _number(text: str) -> int:
    """A number the patterns admit: 1..11 in digits or Chinese numerals (十一, 两), or a
    year in four digits (2021, 二〇二一)."""
    value = small_int(text, digit_by_digit=True)
    assert value is not None, text  # the patterns admit nothing else
    return value


def _quarter(s: int, e: int, kind: Kind, year: int | None, part: str, rel: bool) -> _Cand:
    """一季度 (TIMEX3 2021-Q1), 第一季 and 首季 (as Hong Kong and Taiwanese papers write it);
    前三季度, 前11个月: from 1 January to the end of that one."""
    digits = part.removeprefix("第").removeprefix("前").removesuffix("个月")
    digits = digits.removesuffix("度").removesuffix("季")
    n = 1 if digits == "首" else _number(digits.removesuffix("个"))
    if not part.startswith("前"):
        value = f"{year:04d}-Q{n}" if year is not None else None
        begin = date(year, 3 * n - 2, 1) if year is not None else None
        return _Cand(s, e, kind, value, "quarter", needs_reference=rel, begin=begin)
    months = 3 * n if part.endswith("季度") else n
    if year is None or not 1 <= months <= 12:
        return _Cand(s, e, "interval", None, "day", needs_reference=rel)
    last = date(year, months, calendar.monthrange(year, months)[1])
    value = f"{year:04d}-01-01/{last.isoformat()}"
    return _Cand(s, e, "interval", value, "day", needs_reference=rel, begin=date(year, 1, 1))


#: Days from the reference of the words a day in brackets follows (昨(1)日, 今日（8日）).
_BRACKET_WORDS: Final = MappingProxyType({"昨": -1, "今": 0, "前": -2, "明": 1})


def _bracket_day(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand:
    """昨(1)日, 今(13)日, 今日（8日）, 前天（7日）, 昨16日 (Taiwanese papers print the day
    with or without the brackets): a day counted from the reference, and the day of the
    month it falls on printed with it. The printed day is the date (the reference
    may be a day off: a page dated the day after); the word says which month it is nearest."""
    if ref is None:
        return _Cand(s, e, "relative", None, "day")
    if m.group("bw3"):  # 今(1/1)日: the month and day printed, the year the nearest one
        day = _nearest_md(int(m.group("bm3")), int(m.group("bd3")), ref)
        return _Cand(s, e, "relative", day.isoformat() if day else None, "day", begin=day)
    word, printed = m.group("bw") or m.group("bw2"), m.group("bd") or m.group("bd2")
    offset = _BRACKET_WORDS[word]  # 前日 and 前天 alike: the day before yesterday
    day = _nearest_day(int(printed), ref + timedelta(days=offset))
    return _Cand(s, e, "relative", day.isoformat() if day else None, "day", begin=day)


def _nearest_day(day: int, ref: date) -> date | None:
    """The day ``day`` of the month before, of, or after the reference, whichever is nearest
    (the future counting double)."""
    best: date | None = None
    cost = 10**9
    for delta in (-1, 0, 1):
        y, mo = _month_add(ref.year, ref.month, delta)
        try:
            cand = date(y, mo, day)
        except ValueError:
            continue
        d = (cand - ref).days
        c = 2 * d if d > 0 else -d
        if c < cost:
            best, cost = cand, c
    return best


def _day_range(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """26—27日: two days of the month nearest the reference."""
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if not 1 <= d1 < d2 <= 31:
        return None
    last = _nearest_day(d2, ref) if ref is not None else None
    if last is None:
        return _Cand(s, e, "interval", None, "day")
    try:
        first = last.replace(day=d1)
    except ValueError:
        return None
    return _Cand(s, e, "interval", f"{first.isoformat()}/{last.isoformat()}", "day", begin=first)


def _month_range(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand | None:
    """2018年1-7月份, 今年1至7月, 1-7月: the months from the first to the last of a year (the
    year printed, counted from the reference, or the year of the last month nearest it)."""
    m1, m2 = int(m.group("m1")), int(m.group("m2"))
    if not m1 < m2:
        return None
    return _months(s, e, ref, m1, m2, m.group("my"), m.group("mrely"))


def _months(
    s: int, e: int, ref: date | None, m1: int, m2: int, printed: str | None, word: str | None
) -> _Cand | None:
    """The months ``m1`` to ``m2`` of a year as one span of time: the year ``printed``, or
    counted from the reference by a ``word`` (今年, 去年), or the year of ``m2`` nearest the
    reference (:func:`_month_range`, :func:`_month_list`)."""
    if printed:
        year, rel = int(printed), False
    elif ref is None:
        return _Cand(s, e, "interval", None, "day")
    elif word:
        year, rel = ref.year + _REL_YEARS[word], True
    else:
        year, rel = _year_of_month(m2, ref), True
    if not MINYEAR <= year <= MAXYEAR:
        return None
    first = date(year, m1, 1)
    last = date(year, m2, calendar.monthrange(year, m2)[1])
    value = f"{first.isoformat()}/{last.isoformat()}"
    return _Cand(s, e, "interval", value, "day", needs_reference=rel, begin=first)


#: The part of a week a forecast names (下周初期, 本周前期, 下周后期): TIMEX3's mod on the week.
_WEEK_PARTS: Final = MappingProxyType(
    {"初": "START", "初期": "START", "前期": "START", "中期": "MID", "后期": "END", "後期": "END"}
)


def _week_cand(m: regex.Match[str], s: int, e: int, ref: date | None) -> _Cand:
    word = m.group("relw")
    delta = -7 if word.startswith("上") else 7 if word.startswith("下") else 0
    wd = m.group("wd")
    if ref is None:
        return _Cand(s, e, "relative", None, "day" if wd else "week")
    if not wd:
        delta = delta or _coming_week_on_sunday(m, s, word[0], ref)
    monday = ref - timedelta(days=ref.isoweekday() - 1) + timedelta(days=delta)
    if wd:
        day = monday + timedelta(days="一二三四五六日".find(wd) if wd != "天" else 6)
        return _Cand(s, e, "relative", day.isoformat(), "day", begin=day)
    return _Cand(
        s, e, "relative", _week(monday), "week", _WEEK_PARTS.get(m.group("wpart")), begin=monday
    )


# --- the finder -------------------------------------------------------------------------------


def _candidates(norm: str, ref: date | None) -> Iterator[_Cand]:
    """Every candidate, in offsets of the normalised text ``norm``."""
    for s, e, fields, tod in scan_normalized(norm, ref):
        if norm.startswith(" ", s) and s + 1 < e:  # ( 星期三): a span never opens with a space
            s += 1
        try:
            cand = _from_mention(fields, norm[tod[0] : tod[1]] if tod else None, s, e, ref)
        except (OverflowError, ValueError):
            cand = _past_the_calendar(s, e)
        if (
            cand is not None
            and cand.value is None
            and ref is not None
            and "weekday" in fields
            and fields.get("day") is None
            and fields.get("month") is None
        ):
            cand = _bare_weekday(cand, cast("int", fields["weekday"]), norm, ref)
        if cand is not None and tod is None and "weekday" in fields and not fields.get("day"):
            cand = _weekday_time(cand, norm)
        if cand is not None:
            yield cand
    for m in _extra_matches(norm):
        try:
            cand = _from_extra(m, ref)
        except (OverflowError, ValueError):
            cand = _past_the_calendar(*m.span())
        if cand is not None:
            yield _with_time(cand, m, norm)


#: Words before a bare weekday that put it ahead (将于周三, 预计周一) or behind (已于周二), and
#: words after it that do (周四便是端午节, 周一将; 周二已经, 周一曾); a day a match or a
#: meeting is moved to (推迟至周三, 安排至当地时间周六) is ahead too. 起 and 到 say neither
#: (周六起被停职 reports the past as often as 周三起关闭 announces the future).
_AHEAD_BEFORE = _rx.compile(
    # (会, 预料: a forecast's verbs of the future, as 将 is: 會在周五緩和, 預料周一)
    r"(?:将|將|预计|預計|预估|預估|定于|定於|待|会|會|预料|預料"
    r"|(?:推迟|推遲|延期|延|改期|改|调整|調整|安排|提前)[至到])[于於在]?+[ ]?+"
    r"(?:(?:当地|當地|北京)(?:时间|時間)[ ]?+)?+$"
)
_BEHIND_BEFORE = _rx.compile(r"(?:已|曾|早)[于於在]?+[ ]?+$")
_AHEAD_AFTER = _rx.compile(r"[ ]?+(?:便是|就是|即是|将|將|会|會)")
_BEHIND_AFTER = _rx.compile(r"[ ]?+(?:已|曾|早已)")
#: A weekday that is no day of this week: every week's (每到星期六, 逢周一) or a name in
#: quotation marks (「黑色星期五」).
_NOT_THIS_WEEK_BEFORE = _rx.compile(r"(?:每|逢)")
_NOT_THIS_WEEK_AFTER = _rx.compile(r"[」”』》\"']")


#: Before a month or day printed without its year, a verb that moves or extends something to
#: it (口罩令延長至9月, 延會至卅一日期滿, 推迟至5日): a time extended or put off to is ahead of
#: the news, so it is the coming one, not the nearest.
_MOVED_TO_BEFORE = _rx.compile(
    r"(?:推迟|推遲|延期|延[长長会會]?+|顺延|順延|展延|改期)[至到][于於在]?+[ ]?+$"
)


def _moved_ahead(c: _Cand, norm: str, ref: date | None) -> _Cand:
    """A month or day after :data:`_MOVED_TO_BEFORE` read in the past of the reference: the
    same month of next year, the same day of next month (or year, when its month is printed)."""
    if (
        ref is None
        or c.kind != "partial"
        or c.begin is None
        or c.begin >= ref
        or c.granularity not in ("month", "day")
        or not _MOVED_TO_BEFORE.search(norm, max(0, c.start - 6), c.start)
    ):
        return c
    b = c.begin
    if c.granularity == "day" and "月" not in norm[c.start : c.end]:
        y, mo = _month_add(b.year, b.month, 1)
        day = _safe(y, mo, b.day)
    else:
        day = _safe(b.year + 1, b.month, b.day)
    if day is None:
        return c
    value = day.isoformat() if c.granularity == "day" else f"{day.year:04d}-{day.month:02d}"
    return c._replace(value=value, begin=day)


def _bare_weekday(c: _Cand, weekday: int, norm: str, ref: date) -> _Cand:
    """A weekday printed alone (周四, 星期一) in news is a day of the week around the
    reference: the one ahead when the clause says so (将于周三, 周四便是端午节), the one
    behind when it says that (已于周二), else the nearest (周二揭牌成立 in a paper of
    Thursday: two days before; 周六 in one of Thursday: two days ahead). Every week's
    (每到星期六) and a name (「黑色星期五」) keep no value."""
    offset = (weekday - ref.isoweekday()) % 7  # 0..6 days ahead
    before = norm[max(0, c.start - 10) : c.start]
    if _NOT_THIS_WEEK_BEFORE.search(before) or _NOT_THIS_WEEK_AFTER.match(norm, c.end):
        return c
    if _AHEAD_BEFORE.search(before) or _AHEAD_AFTER.match(norm, c.end):
        days = offset or 7
    elif _BEHIND_BEFORE.search(before) or _BEHIND_AFTER.match(norm, c.end):
        days = offset - 7 if offset else -7
    else:
        days = offset if offset <= 3 else offset - 7
    day = ref + timedelta(days=days)
    return c._replace(value=day.isoformat(), begin=day)


def _weekday_time(c: _Cand, norm: str) -> _Cand:
    """A weekday printed alone with the time of day after it (周六晚上8点, 周三下午3时): that
    day's time, as a date's (10月4日星期六下午3点)."""
    tod = time_of_day_at(norm, c.end)
    if tod is None:
        return c
    return c._replace(end=tod[1], time=_time_of_day(norm[tod[0] : tod[1]]))


_WEEKDAY_ALONE = _rx.compile(r"(?:星期|礼拜|禮拜|[周週])(?P<wd>[一二三四五六日天])")
_LIST_JOIN = _rx.compile(r"[ ]?+(?:和|與|与|及|、|,|，|或)[ ]?+")


def _weekday_list(prev: _Cand, c: _Cand, norm: str) -> _Cand:
    """The second weekday of a pair printed alone (周四和周五, 周三、周六) is in the week of
    the first: a list names days in their order, so a later weekday is that many days after
    the first, whichever way the first was read."""
    a = _WEEKDAY_ALONE.match(norm, prev.start)
    b = _WEEKDAY_ALONE.match(norm, c.start)
    if (
        a is None
        or b is None
        or prev.begin is None
        or prev.granularity != "day"
        or c.granularity != "day"
        or not _LIST_JOIN.fullmatch(norm, prev.end, c.start)
    ):
        return c
    days = "一二三四五六日".find(b.group("wd").replace("天", "日")) - "一二三四五六日".find(
        a.group("wd").replace("天", "日")
    )
    if days <= 0 or c.kind != "relative" or not c.needs_reference:
        return c
    day = prev.begin + timedelta(days=days)
    return c._replace(value=day.isoformat(), begin=day)


def _weekday_after_a_coming_day(prev: _Cand, c: _Cand, norm: str, ref: date | None) -> _Cand:
    """A weekday printed alone after a day or week ahead of the news in one sentence (周三會有
    冷氣團南下…持續到周六; 預料周一…周二為19度; 本周末的英超赛程…周六): a forecast or a
    schedule names the days to come in their order, so the weekday is the first such day on or
    after the one just named (in its week, for a week), not one behind the news."""
    if (
        ref is None
        or c.kind != "relative"
        or c.begin is None
        or prev.begin is None
        or prev.begin < ref
        or c.begin >= prev.begin
        or prev.granularity not in ("day", "week")
        or _WEEKDAY_ALONE.match(norm, c.start) is None
        or _SENTENCE_END.search(norm, prev.end, c.start) is not None
    ):
        return c
    wd = _WEEKDAY_ALONE.match(norm, c.start)
    assert wd is not None
    target = "一二三四五六日".find(wd.group("wd").replace("天", "日"))
    first = (
        prev.begin - timedelta(days=prev.begin.weekday())
        if prev.granularity == "week"
        else prev.begin
    )
    day = first + timedelta(days=(target - first.weekday()) % 7)
    return c._replace(value=day.isoformat(), begin=day)


_GAP_SPACES = _rx.compile(r"[ ]{1,2}+")


def _weekday_of(a: _Cand, c: _Cand, norm: str, gap: regex.Pattern[str]) -> bool:
    """Whether ``c`` is a bare weekday printed after the day ``a`` across ``gap`` (what lies
    between them, whole) and is that day's weekday."""
    w = _WEEKDAY_ALONE.fullmatch(norm, c.start, c.end)
    return (
        w is not None
        and a.granularity == "day"
        and a.begin is not None
        and a.kind != "interval"
        and gap.fullmatch(norm, a.end, c.start) is not None
        and "一二三四五六日".find(w.group("wd").replace("天", "日")) == a.begin.weekday()
    )


def _weekday_after(a: _Cand, c: _Cand, norm: str) -> _Cand | None:
    """A weekday printed after a date and its time (2014-03-05 09:47:08 星期三) is the date's:
    one expression, when it is the date's weekday."""
    return a._replace(end=c.end) if _weekday_of(a, c, norm, _GAP_SPACES) else None


_COMMA_GAP = _rx.compile(r"[ ]?+[,，][ ]?+")


def _weekday_gloss(a: _Cand, c: _Cand, norm: str) -> _Cand:
    """A bare weekday printed after a day and a comma (1月20日,星期五; 2025年1月22日,星期三)
    glosses that day, as the weekday printed beside a date in a calendar or a notice does,
    when it is that day's weekday: it takes the day's value (a second expression; read
    alone it would be a weekday near the reference, which the printed date overrules)."""
    if not _weekday_of(a, c, norm, _COMMA_GAP) or a.begin is None:
        return c
    return c._replace(value=a.begin.isoformat(), begin=a.begin, needs_reference=a.needs_reference)


def _gloss_then_time(a: _Cand, c: _Cand, norm: str) -> _Cand | None:
    """A date glossed in brackets and followed by its time (2004年12月22日(甲申年十一月十一)
    16時35分, 12月28日(夏曆十一月十七)上午9時) is one expression: the time is the date's,
    the gloss (a lunar date, an era's year) says the same day again. Without a time after
    it the gloss stands as a second expression."""
    if (
        a.granularity != "day"
        or a.kind not in ("absolute", "partial")
        or a.time is not None
        or not _GLOSS_OPEN.fullmatch(norm, a.end, c.start)
    ):
        return None
    close = _GLOSS_CLOSE.match(norm, c.end)
    tod = time_of_day_at(norm, close.end()) if close is not None else None
    if tod is None:
        return None
    return a._replace(end=tod[1], time=_time_of_day(norm[tod[0] : tod[1]]))


#: What joins a year to the month or day printed after it: 的 (2023年的12月), or a gloss of the
#: year in brackets (一九四四年(昭和十九年)三月四日).
#: A calendar word may stand between the gloss and the day (民國三十八年(1949)陽曆8月14日): it
#: says which calendar the day is of, as 农历 before a lunar day does.
#: A reign's or an era's year needs no joiner (大正十四年九月六日): the calendar's scan reads
#: Gregorian and 民国 years with their day, not these.
_YEAR_TO_DAY = _rx.compile(
    r"[ ]?+(?:的|[(（][^()（）\n]{1,12}+[)）])?+[ ]?+"
    r"(?:(?:阳历|陽曆|陽歷|公历|公曆|公歷|国历|國曆|國歷)[ ]?+)?+"
)


def _year_then_day(a: _Cand, c: _Cand, norm: str) -> _Cand | None:
    """A year printed alone and the month or day printed right after it, joined by 的 or by
    a gloss of the year (2023年的12月, 一九四四年(昭和十九年)三月四日): one date, in that
    year, as the year and the month printed together would be."""
    if (
        a.kind != "absolute"
        or a.granularity != "year"
        or a.mod is not None
        or c.kind not in ("partial", "relative")
        or c.granularity not in ("month", "day")
        or c.anaphor is not None
        or not _YEAR_TO_DAY.fullmatch(norm, a.end, c.start)
        or not (norm[c.start].isdigit() or norm[c.start] in "〇零一二三四五六七八九十")
    ):
        return None
    year, piece = norm[a.start : a.end], norm[c.start : c.end]
    era = next((name for name in _ERA_YEARS if name in year), None)
    if era is not None and a.value is not None:
        if era not in _GREGORIAN_ERAS:
            return None  # 光绪二十七年六月十八日: a reign's months and days are lunar ones
        year = f"{a.value}年"  # 大正十四年: read as the Gregorian year it is
    try:
        again = _choose(list(_candidates(year + piece, None)), year + piece, None, narrative=False)
    except (TimeoutError, PaperParseError, ValueError, OverflowError):
        return None
    if len(again) != 1 or again[0].start != 0 or again[0].end != len(year) + len(piece):
        return None
    d = again[0]
    if d.value is None or d.kind != "absolute":
        return None
    return _Cand(a.start, c.end, "absolute", d.value, d.granularity, d.mod, d.time, False, d.begin)


#: A day printed with 号 after a range word, right after a date (10月2号到4号): the scan
#: reads no day of 号 alone (4号线, 3号楼 are no days), but after a date and 到 it is one.
_RANGE_HAO = _rx.compile(
    r"[ ]?+(?:至|到|—|–|~|〜|-)[ ]?+(?P<d>3[01]|[12][0-9]|0?[1-9])[号號]"
    r"(?![0-9楼樓线線院房室车車机機台臺码碼])"
)


#: A day in Chinese numerals after a range word, right after a date printed in them
#: (四月二十二日至二十九日): a range prints its second end as it printed the first, so the
#: scan, which reads no day of Chinese numerals alone (十日 is also ten days), reads it there.
_RANGE_CN_DAY = _rx.compile(
    r"[ ]?+(?:至|到|—|–|~|〜|-)[ ]?+(?P<d>[一二三四五六七八九十廿卅]{1,3}+)[日号號]"
    r"(?![一二三四五六七八九十])"
)
_CN_DAY_END = _rx.compile(r"[一二三四五六七八九十廿卅][日号號]")


def _day_range_hao(c: _Cand, norm: str) -> _Cand:
    """``10月2号到4号``, ``四月二十二日至二十九日``: one span of days, from the date to that
    day of its month."""
    if c.granularity != "day" or c.kind == "interval" or c.begin is None:
        return c
    text = norm[c.start : c.end]
    if text.endswith(("号", "號")):
        m = _RANGE_HAO.match(norm, c.end)
    elif _CN_DAY_END.fullmatch(text, len(text) - 2):
        m = _RANGE_CN_DAY.match(norm, c.end)
    else:
        return c
    day = small_int(m["d"]) if m is not None else None
    if m is None or day is None:
        return c
    try:
        last = c.begin.replace(day=day)
    except ValueError:
        return c
    if last <= c.begin:
        return c
    value = f"{c.begin.isoformat()}/{last.isoformat()}"
    return _Cand(
        c.start, m.end(), "interval", value, "day", needs_reference=c.needs_reference, begin=c.begin
    )


#: The weekday as one character in brackets after a date (113年5月25日(六), 5月25日（六）),
#: as Taiwanese and Hong Kong papers print it.
_WEEKDAY_CHAR = _rx.compile(
    r"[ ]?+[(（](?:星期|礼拜|禮拜|[周週])?+(?P<wd>[一二三四五六日])[)）]"
)  # (and as a word: 112年2月10日(星期五)上午10時)


def _bracket_weekday(c: _Cand, norm: str) -> _Cand:
    """A date with its weekday in brackets after it (one character or a word), and the time
    of day after that: the weekday and the time are the date's (113年5月25日(六)6時至14時)."""
    if c.granularity != "day" or c.kind == "interval" or c.time is not None or c.begin is None:
        return c
    w = _WEEKDAY_CHAR.match(norm, c.end)
    if w is None or "一二三四五六日".find(w.group("wd")) != c.begin.weekday():
        return c
    tod = time_of_day_at(norm, w.end())
    if tod is None:
        return c._replace(end=w.end())
    return c._replace(end=tod[1], time=_time_of_day(norm[tod[0] : tod[1]]))


def _with_time(c: _Cand, m: regex.Match[str], norm: str) -> _Cand:
    """A day of the extra pattern with the time of day printed after it, as a date of
    find_dates takes one (当晚十一点, 今(21日)上午7時40分, 上周五晚)."""
    if (
        c.granularity != "day"
        or (c.time is not None and not m.group("anaphor"))
        or not (
            m.group("anaphor")
            or m.group("bday")
            or m.group("relw")
            or m.group("wkmd")
            or m.group("canto")
            or m.group("nian")
            or m.group("rmd")
        )
    ):
        return c
    tod = time_of_day_at(norm, c.end)
    if tod is None:
        return c
    printed = (m.group("anaphor") or "") + norm[tod[0] : tod[1]]
    return c._replace(end=tod[1], time=_time_of_day(printed))


def _past_the_calendar(s: int, e: int) -> _Cand:
    """An expression whose date, counted from the reference, is past the range of a date
    (明天 from 9999-12-31): no such day exists, so it has no value; the scan goes on."""
    return _Cand(s, e, "relative", None, None)


def _extra_matches(norm: str) -> Iterator[regex.Match[str]]:
    """The matches ``_EXTRA.finditer(norm, timeout=backstop(norm))`` finds (none is empty),
    each tried only where :data:`_EXTRA_AT` finds a start (each try has the backstop: one
    that fires raises :class:`TimeoutError`, as the scan does)."""
    return _rx.tried_at(_EXTRA, _EXTRA_AT, norm, backstop(norm))


def _since(c: _Cand, text: str, ref: date | None) -> _Cand:
    """``X以来`` / ``X至今``: the interval from the start of X to the reference."""
    m = _SINCE.match(text, c.end)
    if m is None or c.kind == "interval":
        return c
    value = None
    if ref is not None and c.begin is not None:
        value = f"{c.begin.isoformat()}/{ref.isoformat()}"
    return _Cand(
        c.start, m.end(), "interval", value, "day" if value else c.granularity, begin=c.begin
    )


_VALUE_PARTS = _rx.compile(
    r"(?P<y>[0-9]{4})(?:-(?:(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?|W(?P<w>[0-9]{2})|Q(?P<q>[1-4])|H(?P<h>[12])))?"
)


def _covered(value: str | None) -> tuple[date, date] | None:
    """The first and last day a value covers (``None`` for a season or no value)."""
    if value is None:
        return None
    if "/" in value:
        a, b = (_covered(v) for v in value.split("/", 1))
        return (a[0], b[1]) if a and b else None
    m = _VALUE_PARTS.fullmatch(value)
    if m is None:
        return None
    y = int(m["y"])
    if m["d"]:
        d = date(y, int(m["m"]), int(m["d"]))
        return d, d
    if m["m"]:
        mo = int(m["m"])
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    if m["w"]:
        monday = date.fromisocalendar(y, int(m["w"]), 1)
        return monday, monday + timedelta(days=6)
    if m["q"] or m["h"]:
        months = 3 if m["q"] else 6
        k = int(m["q"] or m["h"])
        first = date(y, months * (k - 1) + 1, 1)
        end_month = months * k
        return first, date(y, end_month, calendar.monthrange(y, end_month)[1])
    return date(y, 1, 1), date(y, 12, 31)


_DAY_ONLY = _rx.compile(r"(?P<d>[0-9]{1,2}+)[ ]?+[日号號]")


def _merge(a: _Cand, b: _Cand, norm: str) -> _Cand | None:
    """``a至b``: one span of time from the first day of ``a`` to the last of ``b`` (a day
    printed alone after a full date is of that date's month: 2月3日至5日)."""
    if a.kind == "interval" or b.kind == "interval":
        return None
    first = _covered(a.value)
    last = _covered(b.value)
    day_only = _DAY_ONLY.match(norm, b.start, b.end)  # (23日, 23日24时)
    if first is not None and day_only is not None and a.granularity == "day":
        try:
            day = first[0].replace(day=int(day_only["d"]))
        except ValueError:
            return None
        last = (day, day)
    if (first is None) != (last is None):
        return None
    if (
        first is not None
        and last is not None
        and last[1] < first[0]
        and _WEEKDAY_ALONE.fullmatch(norm, b.start, b.end)
        and last[1] + timedelta(days=7) >= first[0]
    ):  # 今天开始到周日: a weekday that ends a span is the first one on or after its start
        last = (last[0] + timedelta(days=7), last[1] + timedelta(days=7))
    value = None
    if first is not None and last is not None:
        if last[1] < first[0]:
            return None
        value = f"{first[0].isoformat()}/{last[1].isoformat()}"
    # A day printed alone after a full date takes that date's year and month: it needs the
    # reference only when the full date does (1978年12月18日至22日 needs none).
    needs = a.needs_reference or (b.needs_reference and day_only is None)
    return _Cand(a.start, b.end, "interval", value, "day", needs_reference=needs, begin=a.begin)


#: How far back (in characters, within one paragraph) 当天 looks for the day it refers to.
_ANAPHOR_REACH: Final = 120


def _last_within_reach(
    c: _Cand, chosen: list[_Cand], keep: Callable[[_Cand], bool]
) -> _Cand | None:
    """The last of ``chosen`` (in text order, before ``c``) that ``keep`` accepts, when it
    ends at most :data:`_ANAPHOR_REACH` characters before ``c``; else ``None``. The walk
    back stops at the first candidate further away, so a page of dates costs linear time
    (a walk to the page's start for each date was quadratic)."""
    for p in reversed(chosen):
        if c.start - p.end > _ANAPHOR_REACH:
            return None
        if keep(p):
            return p
    return None


#: What may stand right before 两天后 when it counts from a date: the end of a clause or a
#: preposition (北平和平解放两天后 counts from the event its words name, not from a date).
_OFFSET_BEFORE = _rx.compile(r"(?:^|[\s,，、。;；:：」』”)）]|[在于於又再])$")


def _offset_anchor(c: _Cand, chosen: list[_Cand], norm: str) -> _Cand | None:
    """What 两年后 (a year the text printed) or 三天后 (a day) counts from, or ``None``."""
    if (
        chosen
        and chosen[-1].end != c.start
        and not _OFFSET_BEFORE.search(norm[max(0, c.start - 1) : c.start])
    ):
        return None
    if c.granularity == "year":
        return _narrative_anchor(c, chosen, norm)
    return _last_within_reach(c, chosen, lambda p: p.granularity == "day" and p.kind != "interval")


def _anaphor(c: _Cand, chosen: list[_Cand], norm: str) -> _Cand:
    """当天, 当晚, 同日 (次日, 前一天) refer to the day the text last named (the day after
    it, before it): a reader takes 当日 after 9月17日 as that day, when it is named shortly
    before, in the same paragraph (else 当天 is generic: 申诉当天就会有结果). Without such a
    day (or one with no value) it keeps none."""
    if c.anaphor is None:
        return c
    prev = _last_within_reach(c, chosen, lambda p: p.granularity == "day" and p.kind != "interval")
    if prev is None or prev.begin is None or prev.value is None:
        return c
    if "\n" in norm[prev.end : c.start]:
        return c
    day = prev.begin + timedelta(days=c.anaphor)
    return c._replace(value=day.isoformat(), begin=day, needs_reference=prev.needs_reference)


_GLOSS_OPEN = _rx.compile(r"[ ]?+[(（][ ]?+(?:即[ ]?+)?+")
_GLOSS_CLOSE = _rx.compile(r"[ ]?+[)）]")


def _span_gloss(a: _Cand, b: _Cand, norm: str) -> _Cand | None:
    """下週二至下週五(20日至23日): see :func:`_gloss`."""
    if a.value is None or not _GLOSS_OPEN.fullmatch(norm, a.end, b.start):
        return None  # (a vague span, 近日, is glossed by nothing)
    close = _GLOSS_CLOSE.match(norm, b.end)
    if close is None:
        return None
    value, begin = (b.value, b.begin) if b.value is not None else (a.value, a.begin)
    needs = a.needs_reference and b.needs_reference
    return _Cand(a.start, close.end(), "interval", value, "day", needs_reference=needs, begin=begin)


#: A holiday's name (or a day counted from it) at the end of a span: a day named by a word,
#: which papers gloss with its date as they gloss 今日 (中秋節(6日), 中秋節翌日(7日)).
_HOLIDAY_AT_END = _rx.compile(
    r"(?:农历|農曆|農歷)?(?:" + "|".join(sorted(_HOLIDAYS, key=len, reverse=True)) + r")"
    r"(?:佳[节節])?+(?:[ ]?+(?:[当當][天日]|之夜|(?:的[ ]?+)?+晚上))?+"
    r"(?:[ ]?+(?:的[ ]?+)?+(?:[翌次]日|前一[天日]|[后後]一[天日]"
    r"|[后後]第(?:[一二两兩三四五六七八九]|[1-9])[天日]))?+$"
)


def _gloss(a: _Cand, b: _Cand, norm: str) -> _Cand | None:
    """A day named by a word and the date printed in brackets after it (昨晚 (2019-11-13),
    周日(19日), 今日(1月1日), 今天(星期三), 中秋節(6日)): papers gloss a relative day or a
    holiday with its date, and the two are one expression, whose value is the printed date
    (the word's, when the bracket holds only a weekday). The time of day printed after the
    bracket is its. A span of such days glossed with the span of dates (下週二至下週五(20日
    至23日)) is one span, whose value is the printed one."""
    if a.kind == "interval" and b.kind == "interval":
        return _span_gloss(a, b, norm)
    holiday = _HOLIDAY_AT_END.search(norm, a.start, a.end) is not None
    if (
        (a.kind != "relative" and not holiday)
        or a.granularity not in ("day", "week")
        or b.granularity != "day"
        or b.kind == "interval"
        or not _GLOSS_OPEN.fullmatch(norm, a.end, b.start)
    ):
        return None
    close = _GLOSS_CLOSE.match(norm, b.end)
    if close is None:
        return None
    value, begin, needs = b.value, b.begin, a.needs_reference and b.needs_reference
    if value is None and a.granularity == "day":
        value, begin, needs = a.value, a.begin, a.needs_reference
    elif value is not None and b.kind == "partial" and a.begin is not None and b.begin is not None:
        begin = _nearest_md(b.begin.month, b.begin.day, a.begin)  # the one nearest the word's
        value = begin.isoformat() if begin else None
    end, time = close.end(), a.time or b.time
    tod = time_of_day_at(norm, end) if time is None else None
    if tod is not None:
        end, time = tod[1], _time_of_day(norm[tod[0] : tod[1]])
    kind: Kind = a.kind if holiday else "relative"
    return _Cand(a.start, end, kind, value, "day", time=time, needs_reference=needs, begin=begin)


_PART_RANGE = _rx.compile(
    r"[ ]?+(?:到|至)[ ]?+(?P<w>"
    + "|".join(sorted((w for w in _TIME_WORDS if len(w) == 2), key=len, reverse=True))
    + r")(?![0-9〇零一二两兩三四五六七八九十])"
)


def _parts_of_a_day(c: _Cand, norm: str) -> _Cand:
    """今天下午到夜里, 7日白天到夜里: a day from one part of it to another (weather forecasts
    print the hours so): the day, with both parts (``TAF/TNI``, as a span of clock times)."""
    if c.granularity != "day" or c.kind == "interval" or c.time is None or ":" in c.time:
        return c
    m = _PART_RANGE.match(norm, c.end)
    if m is None:
        return c
    return c._replace(end=m.end(), time=f"{c.time}/T{_TIME_WORDS[m.group('w')]}")


_DE_CLOCK = _rx.compile(r"的[ ]?+(?=[0-9零一二两兩三四五六七八九十])")


def _clock_after_de(c: _Cand, norm: str) -> _Cand:
    """12日的23:00, 10月13日凌晨的0点: a clock time joined to its day by 的 (as schedules
    print kick-offs) is the day's time, read with the part of the day printed before it."""
    if c.granularity != "day" or c.kind == "interval" or (c.time is not None and ":" in c.time):
        return c
    de = _DE_CLOCK.match(norm, c.end)
    tod = time_of_day_at(norm, de.end()) if de is not None else None
    if tod is None or not any(u.group("unit") for u in _CLOCK.finditer(norm, tod[0], tod[1])):
        return c
    word = next((w for w in _WORDS_LONGEST_FIRST if w in norm[c.start : c.end]), "")
    time = _time_of_day(word + norm[tod[0] : tod[1]])
    return c._replace(end=tod[1], time=time) if time is not None else c


def _choose(found: list[_Cand], norm: str, ref: date | None, *, narrative: bool) -> list[_Cand]:
    """The expressions of ``found`` a reader sees, none overlapping (the longest wins): spans
    of time joined, glosses taken in, words counted from the dates the text names; with
    ``narrative``, dates without their year read in the year the text has just fixed."""
    chosen: list[_Cand] = []
    last_end = -1
    for cand in sorted(found, key=lambda c: (c.start, c.start - c.end)):
        if cand.start < last_end:
            continue
        c = _clock_after_de(_parts_of_a_day(_since(cand, norm, ref), norm), norm)
        c = _moved_ahead(c, norm, ref)
        if c.counted and _offset_anchor(c, chosen, norm) is None:
            continue  # 经过七十三年后, 两天后 (after an event): a length of time, not a date
        if narrative:
            c = _in_the_narrative(c, chosen, norm)
        if chosen and c.holiday is not None:
            c = _after_a_date(c, chosen[-1], norm)
        if c.anaphor is not None:
            c = _anaphor(c, chosen, norm)
        if len(chosen) > 1 and (
            through := _year_then_day(chosen[-2], c, norm)
        ):  # 一九四四年(昭和十九年)三月四日: the gloss, a year itself, is inside the date
            chosen[-2:] = [through]
            last_end = through.end
            continue
        if chosen:
            c = _weekday_after_a_coming_day(chosen[-1], c, norm, ref)
            c = _weekday_gloss(chosen[-1], _weekday_list(chosen[-1], c, norm), norm)
            joined = (
                _weekday_after(chosen[-1], c, norm)
                or _gloss_then_time(chosen[-1], c, norm)
                or _year_then_day(chosen[-1], c, norm)
            )
            if joined is not None:
                chosen[-1] = c = joined
                last_end = c.end
                continue
        c = _day_range_hao(_bracket_weekday(c, norm), norm)
        if chosen and (glossed := _gloss(chosen[-1], c, norm)) is not None:
            chosen[-1] = c = glossed
            last_end = c.end
            continue
        if chosen and _RANGE_JOIN.fullmatch(norm, chosen[-1].end, c.start):
            merged = _merge(chosen[-1], c, norm)
            if merged is not None:
                chosen[-1] = c = merged
                if len(chosen) > 1 and (glossed := _gloss(chosen[-2], c, norm)) is not None:
                    chosen[-2:] = [glossed]  # 下週二至下週五(20日至23日)
                    c = glossed
                last_end = c.end
                continue
        chosen.append(c)
        last_end = c.end
    return chosen


#: What a date printed without its year may be read in the year of: a day, a month or a part
#: of a year printed with its year (a bare year is often a comparison, 同比2023年, or a name,
#: 2020年可转债, not the time the text is telling of).
_ANCHORS: Final = frozenset(("day", "month", "quarter", "half-year", "season"))
#: What ends a sentence (a count of years back, 五年前, is from the year its sentence names).
_SENTENCE_END = _rx.compile(r"[。！？!?；;\n]")


#: A run of spaces wider than a gap between words: on a page laid out as ``pdftotext
#: -layout`` prints it, the next column's text, not the same sentence.
_COLUMN_GAP = _rx.compile(r"[ ]{3}")
#: What a comparison with the month before says (较上月, 比上个月, 环比上月, 高于上月).
_COMPARED_BEFORE = _rx.compile(r"(?:比|较|較|于|於)[ ]?+$")


def _same_passage(a: _Cand, c: _Cand, norm: str) -> bool:
    """Whether ``c`` follows ``a`` shortly, in the same paragraph and column."""
    between = norm[a.end : c.start]
    return (
        c.start - a.end <= _ANAPHOR_REACH
        and "\n" not in between
        and _COLUMN_GAP.search(between) is None
    )


def _narrative_anchor(c: _Cand, chosen: list[_Cand], norm: str) -> _Cand | None:
    """The date printed with its year that the text named last before ``c``, in its
    paragraph and shortly before (as :func:`_anaphor` looks), or ``None``."""
    prev = _last_within_reach(c, chosen, lambda p: not p.needs_reference and bool(p.begin))
    if prev is None or not _same_passage(prev, c, norm):
        return None
    return prev


def _counted_from_printed_year(c: _Cand, chosen: list[_Cand], norm: str) -> _Cand:
    """去年清明节当日 after 2023年清明节假期 in one paragraph, where no reference is known: a
    year word counts from the last year the paragraph prints (as 五年前 after 2018年 does); a
    text names the year it tells of before it says 今年 or 去年 of it (not a year it is
    compared with: 2019年同期)."""
    for prev in reversed(chosen):
        if "\n" in norm[prev.end : c.start]:
            return c
        if prev.kind != "absolute" or (covered := _covered(prev.value)) is None:
            continue
        if norm.endswith("同期", prev.start, prev.end):
            continue  # 恢復至2019年同期水平: the year compared with, not the one told of
        piece = norm[c.start : c.end]
        try:
            again = _choose(
                list(_candidates(piece, covered[1])), piece, covered[1], narrative=False
            )
        except (TimeoutError, PaperParseError, ValueError, OverflowError):
            return c
        if len(again) != 1 or again[0].end - again[0].start != len(piece) or again[0].value is None:
            return c
        return c._replace(value=again[0].value, begin=again[0].begin, needs_reference=False)
    return c


def _in_the_narrative(c: _Cand, chosen: list[_Cand], norm: str) -> _Cand:
    """A date printed without its year (7月8日, 18日, 第二季度) right after one printed with
    it (1937年7月7日, 1978年12月15日, 2024年上半年) is in the year the text has fixed, not
    the reference's: a text does not repeat the year it has just printed, and a history
    piece or an annual report tells of a year far from its page's date. It is read against
    the last day the printed date covers, as it would be against a reference (the nearest
    such day, the future counting double). 五年前 after 2018年 in one sentence counts from
    2018; 比上个月 after 3月份 in one sentence is February (a comparison with the month
    before the one just named; 下个月 alone counts from the reference)."""
    if c.anaphor is not None or c.kind not in ("partial", "relative"):
        return c
    if c.month_step is not None:  # 比上个月 after 3月份, in one sentence
        last = chosen[-1] if chosen else None
        if (
            last is None
            or last.granularity != "month"
            or last.begin is None
            or not _same_passage(last, c, norm)
            or _SENTENCE_END.search(norm, last.end, c.start)
            or not _COMPARED_BEFORE.search(norm[max(0, c.start - 3) : c.start])
        ):
            return c
        y, mo = _month_add(last.begin.year, last.begin.month, c.month_step)
        value = f"{y:04d}-{mo:02d}"
        return c._replace(value=value, begin=date(y, mo, 1), needs_reference=last.needs_reference)
    if (
        c.kind == "relative"
        and c.value is None
        and norm.startswith(("今年", "去年", "明年"), c.start)
        and _HOLIDAY_AT_END.search(norm, c.start, c.end) is not None
    ):  # (a holiday only: 今年 alone after 2019年 is as often the year after it)
        return _counted_from_printed_year(c, chosen, norm)
    prev = _narrative_anchor(c, chosen, norm)
    if prev is None or (covered := _covered(prev.value)) is None:
        return c
    same_sentence = _SENTENCE_END.search(norm, prev.end, c.start) is None
    if c.back is not None:  # 五年前: years back from the year the sentence names
        if not same_sentence and c.back > 0:  # (两年后 counts from the story's year)
            return c
        y = covered[1].year - c.back
        return c._replace(value=f"{y:04d}", begin=date(y, 1, 1), needs_reference=False)
    if c.kind != "partial" or prev.granularity not in _ANCHORS or not c.needs_reference:
        return c
    try:
        piece, day = norm[c.start : c.end], covered[1]
        again = _choose(list(_candidates(piece, day)), piece, day, narrative=False)
    except (TimeoutError, PaperParseError, ValueError, OverflowError):
        return c
    if (
        len(again) != 1
        or again[0].end - again[0].start != c.end - c.start
        or again[0].value is None
    ):
        return c
    return c._replace(value=again[0].value, begin=again[0].begin, needs_reference=False)


#: What says that a date comes back (corpus/dates/README.md: recurring times are not dates).
#: ``每``/``逢`` before it: every year's, month's or week's (每年的12月4日, 每周一, 逢周三).
_EVERY_BEFORE = _rx.compile(r"(?:每|逢)(?:到|逢|年|月|周|週|星期|[个個]月)?+的?+[ ]?+$")
#: A day without its year made a commemorative day (将12月4日设立为“国家宪法日”, 即7月1日作为
#: 党的生日, 11月3日被固定作為“文化節”, 八月一日就此成為…紀念日): the day of every year that
#: bears the name, not an event on one of them.
_DESIGNATED_AFTER = _rx.compile(
    r"[ ]?+(?:被|已被|就此|从此|從此)?+(?:固定|正式)?+"
    r"(?:(?:设立|設立|设|設|定|确定|確定|规定|規定|订|訂)(?:为|為)|作为|作為|成为|成為)"
)
#: Opening hours: a label of hours before (开放时间：周三至周日), or after the weekday a clock
#: (周三至周日 9:00—16:30, 周二至周日的8:30至17:00) or a closing day (周一闭馆, 周一至周二
#: (国家法定节假日除外)闭馆). A museum, a shop or an office prints its week, not a day.
_HOURS_BEFORE = _rx.compile(
    r"(?:开放|開放|开馆|開館|闭馆|閉館|营业|營業|办公|辦公|参观|參觀)(?:时间|時間)"
    r"[ ]?+[:：]?+[ ]?+$"
)
_HOURS_AFTER = _rx.compile(
    r"[ ]?+(?:[(（][^()（）\n]{0,24}+[)）][ ]?+)?+(?:的[ ]?+)?+"
    r"(?:[0-9]{1,2}+[:：][0-9]{2}(?![0-9])|全天|闭馆|閉館|休馆|休館|闭园|閉園|休息|公休|照常开放|照常開放)"
)
_WEEKDAY_START = _rx.compile(r"[(（]?+[ ]?+(?:星期|礼拜|禮拜|[周週])[一二三四五六日天]")
#: A month run into the next year's (10月至次年4月) without a year printed: a season of every
#: year (a museum's winter hours, a fishing ban), not one of them.
_NEXT_YEAR_AFTER = _rx.compile(r"[ ]?+(?:至|到|—|–|~|〜|-)[ ]?+次年")
_NEXT_YEAR_BEFORE = _rx.compile(
    r"(?<![年0-9一二三四五六七八九十])(?:1[0-2]|0?[1-9]|十[一二]?+|[一二三四五六七八九])[ ]?+月"
    r"[ ]?+(?:至|到|—|–|~|〜|-)[ ]?+次年[ ]?+$"
)


#: A number of months after a word of sentencing (判刑5月, 各判刑5月、拘役40日) is a term, not
#: a month: court news prints terms so (as 有期徒刑三年 is a term, not a year).
_TERM_BEFORE = _rx.compile(r"(?:判刑|徒刑|刑期|处刑|處刑|判处|判處|拘役|缓刑|緩刑|改判)[ ]?+$")
#: What a day of the lunar calendar printed without its year reads as (腊月二十三, 正月十五,
#: 初一, 除夕, 元宵节): see :func:`_custom_runs`.
_LUNAR_DAY_TEXT = _rx.compile(
    r"(?:农历|農曆|農歷)?+(?:(?:[正冬腊臘]|十[一二]|[一二三四五六七八九十])月)?+"
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?+|二十[一二三四五六七八九]?+"
    r"|廿[一二三四五六七八九]?+|三十)"
    r"|(?:农历|農曆|農歷)?+(?:除夕|年三十|春[节節]|元宵[节節]?+|端午[节節]?+|七夕|中秋[节節]?+"
    r"|重[阳陽][节節])"
)
#: How close (in characters) the days of a run of lunar days follow one another.
_CUSTOM_GAP: Final = 40


def _custom_runs(chosen: list[_Cand], norm: str) -> list[_Cand]:
    """Without the days of a calendar of customs: a run of three or more days of the lunar
    year printed without a year or a time, each shortly after the one before in the same
    paragraph and no other date between (腊月初八喝粥;腊月二十三祭灶;年三十除夕夜守岁;正月初一
    拜年; 北方地区是腊月二十三,部分南方地区是腊月二十四…元宵节). A text that names the days
    of the lunar year one after another tells what is done on them every year; news of a
    day names that day, with its date or a time beside it."""

    def lunar(c: _Cand) -> bool:
        return (
            c.kind == "partial"
            and c.time is None
            and _LUNAR_DAY_TEXT.fullmatch(norm, c.start, c.end) is not None
        )

    drop: set[int] = set()
    run: list[int] = []
    for i, c in enumerate(chosen):
        if lunar(c) and (
            not run
            or (
                c.start - chosen[run[-1]].end <= _CUSTOM_GAP
                and "\n" not in norm[chosen[run[-1]].end : c.start]
            )
        ):
            run.append(i)
            continue
        if len(run) >= 3:
            drop.update(run)
        run = [i] if lunar(c) else []
    if len(run) >= 3:
        drop.update(run)
    return [c for i, c in enumerate(chosen) if i not in drop]


#: A word of habit earlier in the same clause (于每年公歷2月3-5日交節, 陸委會每週例行記者會為
#: 週四下午4點, 傳統上市民會於中秋節晚上…): what the clause tells is done or comes every
#: year or week, so a day it names without a year is every year's, not a date. A clause
#: ends at a comma or stop; the word is looked for a short way back only.
_HABIT_IN_CLAUSE = _rx.compile(
    r"(?:每年|每逢|每到|每月|每周|每週|每星期|每天|每日|每晚|历年|歷年|通常|傳統上|传统上|照例"
    r"|向来|向來|历来|歷來|民间|民間|古人|古时|古時|古代|旧时|舊時)[^，,。；;！？!?：:\n]{0,20}+$"
)


def _recurring(c: _Cand, norm: str) -> bool:
    """Whether ``c`` names a time that comes back (every year's, a schedule's), which a
    reader does not take for a date: see the patterns above for what says so."""
    before = norm[max(0, c.start - 16) : c.start]
    if _EVERY_BEFORE.search(before):
        return True
    yearless = c.kind == "partial" or (c.kind == "interval" and c.needs_reference)
    if (yearless or _WEEKDAY_START.match(norm, c.start)) and _HABIT_IN_CLAUSE.search(
        norm[max(0, c.start - 24) : c.start]
    ):
        return True
    if c.kind == "partial" and c.granularity == "day" and _DESIGNATED_AFTER.match(norm, c.end):
        return True
    if _WEEKDAY_START.match(norm, c.start) and (
        _HOURS_BEFORE.search(before) or _HOURS_AFTER.match(norm, c.end)
    ):
        return True
    if c.kind == "partial" and c.granularity == "month":
        return bool(
            _NEXT_YEAR_AFTER.match(norm, c.end)
            or _NEXT_YEAR_BEFORE.search(before)
            or _TERM_BEFORE.search(before)
        )
    return False


#: What follows a holiday that a paper names as a time (corpus/dates/README.md): a word of
#: time (前夕, 期间, 假期, 当天, 晚上, 翌日, 将至, 来临), a gloss or a range (中秋節(6日), 除夕至
#: 初五), a count of days (元旦三天), an adverb or auxiliary of the clause it opens (春節剛過,
#: 元宵節要去哪, 中秋則), or punctuation: closed classes of words, true of any paper.
_HOLIDAY_TIME_AFTER = _rx.compile(
    r"[ ]?+(?:$|[\p{P}\p{S}\s]|前|[后後]|期[间間]|假|[长長]假|小[长長]假|[连連][续續]?+假|年假"
    r"|黄金周|黃金周|[当當][天日晚]|[这這那][天日]|之[际際夜]|夜|晚|早|上午|中午|下午|凌晨"
    r"|[翌次正首]日|佳[节節]|[将將][至近到]|[来來][临臨]|到[来來]|[临臨]近|[过過]|至|到"
    r"|[0-9一二两兩三四五六七八九十]{1,2}+[天日]"
    r"|[也都就才还還又要会會将將已仍便起时時则則即正再刚剛和与與及])"
)
#: What opens a clause or brings in a time before a holiday: a clause's start, a
#: preposition or verb of time (在中秋, 适逢元宵节, 临近春节, 距离中秋节还有, 今日是中秋節).
_HOLIDAY_CLAUSE_BEFORE = _rx.compile(
    r"(?:^|[\p{P}\p{S}\s]|在|于|於|逢|值|适逢|適逢|临近|臨近|距离|距離|离|離|到|至|是|为|為"
    r"|等到|直到|趁|迎来|迎來|过了|過了)[ ]?+$"
)
#: After a holiday, a predicate that says what it is (中秋節是東亞民間的一個傳統節日,
#: 端午節有“解粽節”之稱, 清明節被視為…, 農曆新年是港人外遊旺季): the feast as a kind,
#: every year's, not a day. ``是`` before a day printed (春节是1月22日) keeps the date; so
#: does ``还有`` (离中秋节还有一个多月: the time left until the day).
_HOLIDAY_DEFINED_AFTER = _rx.compile(
    r"[ ]?+(?:[,，][ ]?+(?:[为為](?!期|止|了)|(?:又|亦|也|俗)?+(?:称|稱|叫|名)|乃)"
    r"|(?:也|又|亦|还|還|则|則|素|更|就|乃|便|可)?+"
    r"(?:是(?![ ]?+(?:[0-9]|今天|今日|明天"
    r"|[一二三四五六七八九十]{1,2}+月[初一二三四五六七八九十廿]))"
    r"|(?<![还還])有|称|稱|叫|被|起源|源[于於自]|象征|象徵|指|意味|作为|作為"
    r"|[于於在]?+(?:每年|每逢|通常|一般)))"
)
#: After a holiday, ``的`` and a word that is no time: the holiday modifies a noun
#: (中秋節的優惠促銷活動, 中秋夜的重頭活動, 除夕之夜的“重头戏”), which names no day.
_HOLIDAY_OF_NOUN = _rx.compile(
    r"[ ]?+(?:之?+夜|晚)?+的(?![ ]?+(?:前夕|[当當][天日晚]|[这這那]天|晚上|夜晚|早上|上午|下午"
    r"|[时時]候|[翌次]日|前一天|[后後]一天|假期|期[间間]|到[来來]|[来來][临臨]))"
)
#: Before a holiday, a verb of keeping the feast (过中秋, 歡度, 共度, 慶元宵): the custom kept
#: every year, not a day (国庆/國慶 is a holiday, not the verb).
_KEEP_FEAST_BEFORE = _rx.compile(r"(?:[过過]|欢度|歡度|共度|(?<![国國])[庆慶])[ ]?+$")


#: Before a holiday, a count of feasts (度过了一个快乐的重阳节, 两个立春): one feast of many
#: kept, not the day; after it in its clause, 的 and a word of custom (有在中秋節探親訪友的
#: 習俗): what is done at the feast every year.
_FEAST_COUNTED_BEFORE = _rx.compile(  # (一个月后的春节 counts time: no unit of time between)
    r"[一两兩几幾][个個](?:[^，,。；;\n的月天日年周週星礼禮钟鐘小]{0,6}+的)?+[ ]?+$"
)
_CUSTOM_OF_IT_AFTER = _rx.compile(
    r"[^，,。；;！？!?\n]{0,12}?的(?:习俗|習俗|传统|傳統|风俗|風俗|惯例|慣例)"
)
#: After a holiday, ``和`` and another feast and a word of likeness in the clause (端午節和
#: 春節、中秋節一樣被看作…): feasts compared as kinds, not days (春节和元宵节期间 are days).
_HOLIDAY_AND_ANOTHER = _rx.compile(
    r"[ ]?+[和与與及跟同][ ]?+(?:农历|農曆|農歷)?+(?:"
    + "|".join(sorted(_HOLIDAYS, key=len, reverse=True))
    + r")[^，,。；;]{0,12}?(?:一样|一樣|相同|不同|相似|类似|類似)"
)
#: ``还有`` after a holiday is the time left until it only after a word of distance (离中秋节还有
#: 一个多月, 距離春節還有); else it says what the feast also has (端午節還有端陽節…之稱).
_STILL_HAS_AFTER = _rx.compile(r"[ ]?+[还還]有")
_DISTANCE_BEFORE = _rx.compile(r"[离離距]")


_SAME_DAY: Final = ("当天", "當天", "当日", "當日")


def _is_bare_holiday(c: _Cand, norm: str) -> bool:
    """Whether ``c`` is a holiday printed alone (中秋, 春節, 中秋節翌日): no year, no 今年."""
    return c.kind == "partial" and _HOLIDAY_AT_END.fullmatch(norm, c.start, c.end) is not None


def _beside_a_date(chosen: list[_Cand], norm: str) -> list[_Cand]:
    """Without a holiday printed alone right beside a date printed with its day (10月5日中秋節
    前夕「迎月夜」, 而中秋節翌日10月7日為公眾假期): the two name one day, the holiday glossing
    the date (or the date the holiday) as an apposition; the printed date is the expression."""

    def printed_day(c: _Cand) -> bool:
        return (
            c.kind in ("partial", "absolute")
            and c.granularity == "day"
            and not _is_bare_holiday(c, norm)
        )

    drop: set[int] = set()
    for i in range(len(chosen) - 1):
        a, b = chosen[i], chosen[i + 1]
        if not _GAP.fullmatch(norm, a.end, b.start):
            continue
        if _is_bare_holiday(a, norm) and printed_day(b):
            drop.add(i)
        elif printed_day(a) and _is_bare_holiday(b, norm):
            drop.add(i + 1)
    return [c for i, c in enumerate(chosen) if i not in drop]


def _holiday_in_passing(c: _Cand, norm: str) -> bool:
    """Whether ``c``, a holiday printed alone (中秋, 春節), names the feast in passing rather
    than a day: the kind of feast a predicate describes (中秋節是…節日), a modifier of a noun
    (中秋月饼, 維園中秋綵燈會, 中秋節的優惠), or the feast a custom keeps (过中秋). A paper names
    the day of a holiday as a time: a word of time or the rest of a clause follows it
    (中秋节当天, 春节期间, 元宵節要去哪), or it opens the clause (，聖誕節轉吹北風); a holiday
    with its year or 今年 (今年中秋) is never in passing."""
    if not _is_bare_holiday(c, norm):
        return False
    if _HOLIDAY_DEFINED_AFTER.match(norm, c.end):
        return True
    if _HOLIDAY_OF_NOUN.match(norm, c.end) and not norm.endswith(_SAME_DAY, c.start, c.end):
        return True  # (中秋節當天的開放時間: 當天 names the day, whatever it modifies)
    before = norm[max(0, c.start - 8) : c.start]
    if _HOLIDAY_AND_ANOTHER.match(norm, c.end) or _CUSTOM_OF_IT_AFTER.match(norm, c.end):
        return True
    if _FEAST_COUNTED_BEFORE.search(norm, max(0, c.start - 12), c.start):
        return True
    if _STILL_HAS_AFTER.match(norm, c.end) and not _DISTANCE_BEFORE.search(before):
        return True
    if _KEEP_FEAST_BEFORE.search(before):
        return True
    if _HOLIDAY_TIME_AFTER.match(norm, c.end):
        return False
    return not _HOLIDAY_CLAUSE_BEFORE.search(before)


#: A day number printed with 号 and a part of the day right after it (28号晚上, 5号上午): a
#: day. The scan reads no day of 号 alone (4号线, 3号楼, 1号文件 are no days), but nothing but
#: a day takes 晚上 or 上午 after its 号; it is read as the same day printed with 日 (the two
#: characters are one for one, so every offset stays where it is).
_HAO_DAY = _rx.compile(
    r"(?<![0-9第.])(?:3[01]|[12][0-9]|0?[1-9])\K[号號](?=[ ]?+(?:凌晨|清晨|早晨|早上|上午|中午|下午"
    r"|傍晚|晚上|晚间|晚間|夜间|夜間|夜里|夜裡|深夜))"
)


def find_article_dates(
    text: str, reference: _dt.date | None, *, start: int = 0, end: int | None = None
) -> tuple[ResolvedDate, ...]:
    """Every date and time expression in ``text[start:end]``, resolved against ``reference``.

    Args:
        text: The page (or article) text; spans point into it.
        reference: The date relative expressions count from: the article's dateline date
            when it has one, else the issue date; ``None`` resolves only dates printed with
            their year.
        start: Where the article starts in ``text``.
        end: Where it ends (``None``: the end of ``text``).

    Returns:
        The expressions in text order, none overlapping (the longest wins).

    Never raises on a ``str``; linear in the length of the range.

    >>> from datetime import date
    >>> page = "今年以来，我省开展活动。截至11月底，完成培训。上周，专班进驻。"
    >>> [(d.text, d.kind, d.value, d.mod) for d in find_article_dates(page, date(2021, 12, 23))]
    [('今年以来', 'interval', '2021-01-01/2021-12-23', None), ('11月底', 'partial', '2021-11', \
'END'), ('上周', 'relative', '2021-W50', None)]
    """
    stop = len(text) if end is None else min(max(end, 0), len(text))
    begin = min(max(start, 0), stop)
    piece = text[begin:stop]
    if not piece:
        return ()
    norm = normalize(piece)
    scan = norm.text
    if "号" in scan or "號" in scan:  # (a scan of its own: its pattern is tried everywhere)
        scan = _HAO_DAY.sub("日", scan)
    found: list[_Cand] = []
    try:
        found.extend(_candidates(scan, reference))
    except (TimeoutError, PaperParseError, ValueError, OverflowError) as exc:
        # A backstop fired: keep what was found and say so (never a silent empty result).
        at = begin + (norm.to_original(found[-1].end) if found else 0)
        warnings.warn(
            IncompleteScanWarning(
                f"find_article_dates stopped after character {at} of the range {begin}-{stop} "
                f"({type(exc).__name__}); {len(found)} expressions found before it"
            ),
            stacklevel=2,
        )
    chosen = [
        c
        for c in _beside_a_date(
            _custom_runs(_choose(found, scan, reference, narrative=True), scan), scan
        )
        if not _recurring(c, scan) and not _holiday_in_passing(c, scan)
    ]
    out: list[ResolvedDate] = []
    to_original = norm.to_original
    for c in chosen:
        # norm.span(c.start, c.end), moved by ``begin``, without the intermediate span.
        s = to_original(c.start)
        e = to_original(c.end - 1) + 1 if c.end > c.start else s
        span = Span.of(text, begin + s, begin + max(s, e))
        value = c.value if (reference is not None or not c.needs_reference) else None
        out.append(
            _resolved(
                span,
                c.kind,
                value,
                c.granularity,
                c.mod,
                c.time,
                reference if c.needs_reference and value is not None else None,
            )
        )
    return tuple(out)


# find_article_dates builds a ResolvedDate for every date of a page, and the keyword binding
# of the generated __init__ is most of what that costs: _resolved stores the same values
# through the slots, which is all that __init__ does. The check fails at import if the class
# ever does more (a validator, a converter, a hook), and the unpacking if a field is added or
# removed; tests/test_timex.py checks both constructors build equal dates.
(
    _set_span,
    _set_text,
    _set_kind,
    _set_value,
    _set_granularity,
    _set_mod,
    _set_time,
    _set_reference,
) = slot_setters(ResolvedDate)
_new_object = object.__new__


def _resolved(
    span: Span,
    kind: Kind,
    value: str | None,
    granularity: Granularity | None,
    mod: str | None,
    time: str | None,
    reference: date | None,
) -> ResolvedDate:
    """``ResolvedDate(span=span, text=span.text, kind=kind, ...)``, through the slots."""
    d: ResolvedDate = _new_object(ResolvedDate)
    _set_span(d, span)
    _set_text(d, span.text)
    _set_kind(d, kind)
    _set_value(d, value)
    _set_granularity(d, granularity)
    _set_mod(d, mod)
    _set_time(d, time)
    _set_reference(d, reference)
    return d


#: Read-only, built once (its functions are all defined above).
_EXTRA_READERS: Final = _extra_readers()
