"""The masthead (报头): the page's identity card, found, parsed and cross-checked.

:func:`parse_masthead` takes a whole page. It does not assume the masthead is on the first
lines. One cheap scan of the page marks masthead furniture (总第N号, 今日N版, weekday, 农历,
社址, 邮编, website, e-mail, 主办, price, hotline, known paper names, page labels) and the
places where a CN number, 邮发代号, ISSN or printed date may stand; only the short lines those
marks could make into furniture are then read exactly (dates, identifiers). Nearby furniture
lines are grouped into candidate blocks (short lines in between, such as slogans and the
paper's name, come along) and the block with the most furniture wins. Its fields are read
inside the block only, each with its span and text as printed and a typed value, and checked
against each other; disagreements become :class:`MastheadWarning` records, never exceptions.

Web and archive copies print the same facts elsewhere, and the same scan finds them: a source
line under a title (``《光明日报》( 2012年10月27日 06版)``, ``( 2019-10-12 ) 稿件来源:新华每日
电讯 要闻``), a current-page label (``当前版: A4版``), an e-paper navigator (``01版:要闻`` …
``20版:副刊``: the page count), a web title (``人民日报电子报``). They fill what the block does
not print; their ``origin`` says where they come from, and two different dates or names on
one page become warnings.

>>> page = '''浙江工人日报
... 2021年12月23日 星期四 辛丑年十一月二十
... 国内统一刊号:CN33—0018 邮发代号:31—2 总第11997号
...
... 把职工放在心间 把责任扛在肩上'''
>>> m = parse_masthead(page)
>>> m.paper_name.value, m.date.value, m.weekday.value, str(m.cn_number), m.issue_total.value
('浙江工人日报', datetime.date(2021, 12, 23), 4, '33-0018', 11997)
>>> (m.lunar.ganzhi, m.lunar.month, m.lunar.day), m.warnings
(('辛丑', 11, 20), ())

Spans cover the value as printed; labels (国内统一刊号, 电子版, 社址 ...) are kept in ``label``
where the field has one, outside the span.
"""

from __future__ import annotations

import bisect
import itertools
import re
import warnings
from array import array
from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from fractions import Fraction
from itertools import accumulate
from types import MappingProxyType
from typing import Final, Literal, NamedTuple

import attrs
import regex

from paper_parser import _rx
from paper_parser._papers import KNOWN_NAME_FORMS, paper_by_cn, paper_by_name
from paper_parser._types import Span
from paper_parser._words import DASH_CHARS, SOURCE_LABEL, WEEKDAY_NUMBERS, small_int
from paper_parser.calendar import (
    BRANCHES,
    GREGORIAN_ERAS,
    MAX_DATE,
    MIN_DATE,
    REIGN_ERAS,
    STEMS,
    DateMention,
    LunarDate,
    find_dates,
    ganzhi_year,
    lunar_to_solar,
    plain_date_numerals,
    resolve_ganzhi,
    safe_date,
    solar_to_lunar,
)
from paper_parser.errors import IncompleteScanWarning, PaperParseError
from paper_parser.identifiers import (
    ISSN,
    CNNumber,
    PostalCode,
    find_cn_numbers,
    find_issns,
    find_postal_codes,
)
from paper_parser.text import DASHES, HAN_RE, Normalized, Page, line_bounds, normalize

__all__ = [
    "Edition",
    "IssueTotal",
    "LabeledValue",
    "Masthead",
    "MastheadWarning",
    "Origin",
    "PageCount",
    "PaperName",
    "Price",
    "PrintedDate",
    "PrintedLunarDate",
    "PrintedWeekday",
    "Slogan",
    "parse_masthead",
]

#: Backstop (seconds) for patterns run over whole pages.
_TIMEOUT: Final = 5.0
#: Year used to place a printed 干支 year when nothing on the page gives one (the 60-year
#: window 1970-2029 around it).
DEFAULT_GANZHI_NEAR: Final = 2000

#: The place a fact was read from (the masthead block, a source line under an article's
#: title, a current-page label outside the block, an e-paper navigator, or a web title).
Origin = Literal["masthead", "source-line", "page-label", "navigator", "web-title", "date-line"]


# --- result types ---------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class MastheadWarning:
    """A consistency problem found in the masthead (data, not a Python warning).

    Attributes:
        code: One of ``"weekday-mismatch"``, ``"lunar-mismatch"``, ``"ganzhi-mismatch"``,
            ``"lunar-invalid"``, ``"cn-region-unknown"``, ``"cn-serial-range"``,
            ``"issn-check-digit"``, ``"paper-name-mismatch"`` (checks inside the masthead),
            ``"date-conflict"``, ``"paper-name-conflict"`` (two different issue dates or
            paper names printed on the page: masthead, source lines, web title; the field
            keeps the first by precedence, the warning points at the other) and
            ``"edition-conflict"`` (source lines name different pages: the text holds
            several pages, so no single edition is given); ``"backstop-error"``: reading
            failed (a bug), the masthead is empty and the message says why.
        message: A human-readable explanation.
        span: The printed item the warning is about.
    """

    code: str
    message: str
    span: Span


@attrs.frozen(kw_only=True)
class PaperName:
    """The paper's name. ``derived`` is true when it was looked up from the CN number
    (the name line is missing); then ``span``/``text`` are those of the CN number.
    ``origin`` says where on the page it was read (see :data:`Origin`): a name read from a
    web title (``人民日报电子报``) or a source line keeps only the name in ``value`` and in its
    span."""

    value: str
    derived: bool = False
    origin: Origin = "masthead"
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class PrintedDate:
    """The Gregorian date of the issue. ``derived`` is true when it was computed from the
    printed lunar date and 干支 year (no Gregorian date printed); then ``span``/``text`` are
    those of the lunar date. ``origin`` says where on the page it was read."""

    value: date
    derived: bool = False
    origin: Origin = "masthead"
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class PrintedWeekday:
    """The weekday as printed: ``value`` 1 = Monday .. 7 = Sunday."""

    value: int
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class PrintedLunarDate:
    """The lunar date as printed (without a 农历 label).

    Attributes:
        ganzhi: The printed 干支 year name, or ``None`` when only month and day are printed.
        year: The lunar year (Gregorian year in which its 正月 begins) the printed date
            belongs to: placed by the 干支 name near the issue's date, or taken from the
            issue's date when no 干支 is printed; ``None`` when undetermined.
        month: 1..12.
        day: 1..30.
        leap: Whether 闰 is printed.
    """

    ganzhi: str | None
    year: int | None
    month: int
    day: int
    leap: bool = False
    span: Span
    text: str

    @property
    def value(self) -> LunarDate | None:
        """The printed date as a :class:`~paper_parser.calendar.LunarDate` (``None`` when
        the year is undetermined)."""
        if self.year is None:
            return None
        name = self.ganzhi if self.ganzhi is not None else ganzhi_year(self.year)
        return LunarDate(
            year=self.year, month=self.month, day=self.day, leap=self.leap, ganzhi=name
        )


@attrs.frozen(kw_only=True)
class IssueTotal:
    """The running issue number (总第N号, 总第N期, Issue# N): ``value`` N, ``unit`` as printed.

    ``unit`` is 号 or 期 for 总第N号 / 总第N期 (and 第N號, 期數:第N期), the English label for
    an English one (``Issue#`` of ``Issue# 1364``, ``Issue No.`` of ``Issue No. 700``).
    """

    value: int
    unit: str
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class PageCount:
    """The number of pages of the issue: printed (今日16版, 今日八版, 本期24版; ``origin``
    ``"masthead"``) or counted from an e-paper navigator (``01版:要闻`` … ``20版:副刊``:
    the number of different pages it lists; ``origin`` ``"navigator"``, the span covers the
    navigator)."""

    value: int
    origin: Origin = "masthead"
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Edition:
    """The page (版) the text is from, with its name if printed (第01版:要闻 -> ``value``
    ``"01"``, ``name`` ``"要闻"``; ``A26 中國新聞`` -> ``"A26"``, ``"中國新聞"``).

    ``value`` is the page number as printed without 第/版 (``"01"``, ``"A4"``, ``"1"``), or
    ``None`` when only the page's name is printed (a source line ``… 稿件来源:新华每日电讯 要闻``);
    ``name`` has the spaces some sites print inside it removed (``要 闻`` -> ``"要闻"``), the
    span keeps them. ``origin`` says where it was read: the masthead block, a current-page
    label (``当前版:04版``, ``• 04版:… 上一版``, the navigator's entry printed again under it)
    or a source line."""

    value: str | None
    name: str | None = None
    origin: Origin = "masthead"
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class LabeledValue:
    """A text value with the label printed before it (``社址:杭州市学院路107号`` ->
    ``value`` ``"杭州市学院路107号"``, ``label`` ``"社址"``). Used for the website, e-mail,
    phone numbers, address, postcode and publisher. Phone values have their dashes
    normalised to ``-``."""

    value: str
    label: str | None = None
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Price:
    """The retail price: ``value`` the number as printed (exact), ``currency`` the unit or
    symbol as printed (元, 角, HK$ ...) or ``None``."""

    value: Fraction
    currency: str | None = None
    label: str | None = None
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Slogan:
    """Any other short line (or left-over piece of a line) of the masthead block."""

    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Masthead:
    """Everything read from a page's masthead; every field is ``None`` when absent.

    ``spans`` are the source ranges of the masthead block(s) (empty when none was found),
    ``warnings`` the consistency problems (empty for a consistent masthead). Paper name,
    date, edition and page count may also come from elsewhere on the page when the block does
    not print them (a source line, a navigator, a web title): their ``origin`` says where,
    and their spans lie outside ``spans``.
    """

    paper_name: PaperName | None = None
    date: PrintedDate | None = None
    weekday: PrintedWeekday | None = None
    lunar: PrintedLunarDate | None = None
    cn_number: CNNumber | None = None
    postal_code: PostalCode | None = None
    issn: ISSN | None = None
    issue_total: IssueTotal | None = None
    page_count: PageCount | None = None
    edition: Edition | None = None
    website: LabeledValue | None = None
    email: LabeledValue | None = None
    phones: tuple[LabeledValue, ...] = ()
    address: LabeledValue | None = None
    postcode: LabeledValue | None = None
    publisher: LabeledValue | None = None
    price: Price | None = None
    slogans: tuple[Slogan, ...] = ()
    warnings: tuple[MastheadWarning, ...] = ()
    spans: tuple[Span, ...] = ()


# --- patterns -------------------------------------------------------------------------------

_HAN_NUM: Final = "〇零一二两兩三四五六七八九十"

#: A page's number as e-paper systems print it in its label: 06, A4, and a section code of
#: one or two letters before it (A, B, and RB for the daily's pages of a group that also prints
#: an evening paper: 第RB01版; some sites print the code in lower case, 第rb01版).
_PAGE_ID: Final = r"(?:[A-Z]{1,2}+|[a-z]{1,2}+)?+[0-9０-９]{1,3}+"
#: A page's name after its label: 要闻, 中國新聞, or spaced out as some sites print it (要 闻).
_SECTION: Final = r"(?![上下]一[版期])(?:\p{Han}(?:[ ]\p{Han}){1,4}+(?!\p{Han})|\p{Han}{2,10}+)"
_STEMS_BRANCHES: Final = f"[{STEMS}][{BRANCHES}]"
_NAMES: Final = "|".join(map(regex.escape, KNOWN_NAME_FORMS))
_WEB_SUFFIX: Final = r"(?:[电電]子[报報版]|[数數]字[报報版]|[网網]络版|[网網]絡版)"


_C = _rx.compile  # the confirmations below are plain (non-verbose) patterns
#: The number after a bare ``No.`` that is an issue's (No.108916 at a line's end, not an
#: address's No.888 Main St).
_NO_NUMBER: Final = r"[ \t]*+[0-9]{3,7}+(?![0-9])(?![ \t]*+[A-Za-z\p{Han}])"
#: The names of the Chinese reigns (their years date lunar days).
_REIGN_NAMES: Final = tuple(
    n for names in REIGN_ERAS for n in names.split() if n not in GREGORIAN_ERAS
)
#: What each anchor of :data:`_ANCHORS` may be the start of: ``(kind, pattern)`` pairs, the
#: pattern matched at the anchor (its lookbehinds read the text before it). Furniture kinds
#: are final; ``cn``/``postal``/``issn``/``date``/``lunar`` only mark where such an item may
#: stand (a superset: the exact readers confirm them on the few lines that matter);
#: ``source``/``current``/``label``/``title`` mark lines read as page facts; ``staff`` counts
#: only in a page head printed at the start of a long line.
_Checks = tuple[tuple[str, regex.Pattern[str]], ...]
_ANCHOR_TABLE: Final[tuple[tuple[tuple[str, ...], _Checks], ...]] = (
    (
        ("总第", "總第", "縂第"),
        (("issue", _C(r"[总總縂]第[ \t]{0,2}+[0-9０-９]{1,7}+[ \t]{0,2}+[号號期]")),),
    ),
    (
        ("总", "總", "縂"),
        (
            (
                "issue",
                _C(
                    r"(?<!(?![期号號])\p{Han})[总總縂]"
                    r"[ \t]{0,2}+[0-9０-９]{2,7}+[ \t]{0,2}+[号號期]"
                ),
            ),
        ),
    ),
    (
        ("今日", "本期", "共"),
        (
            (
                "pages",
                _C(
                    rf"(?:今日|本期|共)[ \t]{{0,2}}+(?:[0-9０-９]{{1,3}}+|[{_HAN_NUM}]{{1,3}}+)"
                    r"[ \t]{0,2}+(?:[开開]\S{1,4}?)?版"
                ),
            ),
        ),
    ),
    (("星期", "礼拜", "禮拜"), (("weekday", _C(r"(?:星期|礼拜|禮拜)[一二三四五六日天]")),)),
    (("周", "週"), (("weekday", _C(r"(?<!\p{Han})[周週][一二三四五六日](?!\p{Han})")),)),
    (
        ("农历", "农曆", "农歷", "農历", "農曆", "農歷"),
        (("lunarlabel", _C(r"[农農][历曆歷]")), ("lunar", _C(r"[农農][历曆歷]"))),
    ),
    (("夏历", "夏曆", "阴历", "陰曆", "旧历", "舊曆"), (("lunar", _C(r"..")),)),
    (("社址", "報址", "报址", "地址", "通讯地址", "通訊地址"), (("address", _C(r"..")),)),
    (
        ("邮编", "郵編", "邮政编码", "郵政編碼"),
        (
            (
                "postcode",
                _C(r"[邮郵](?:[编編]|政[编編][码碼])[ \t]*+:?+[ \t]*+[0-9０-９]{6}(?![0-9０-９])"),
            ),
        ),
    ),
    (
        ("www.", "http", "电子版", "電子版", "网址", "網址"),
        (("web", _C(r"(?:www\.|https?://|..)")),),
    ),
    (("@",), (("email", _C(r"@[A-Za-z0-9-]++\.")),)),
    (("主办", "主辦", "出版单位", "出版單位"), (("publisher", _C(r"..")),)),
    (("零售价", "零售價", "定价", "定價", "每份"), (("price", _C(r"..")),)),
    (("热线", "熱線", "电话", "電話", "传真", "傳真"), (("phone", _C(r"..")),)),
    (
        KNOWN_NAME_FORMS,
        (
            # a known paper name standing as a token (not 《人民日报》, not 人民日报社)
            (
                "name",
                _C(
                    rf"(?:(?<![\p{{Han}}《“\"])|(?<=[0-9]日))(?:{_NAMES})"
                    r"(?![\p{Han}》“”\"'「])"
                ),
            ),
            ("title", _C(rf"(?<![\p{{Han}}《“\"])(?:{_NAMES}){_WEB_SUFFIX}")),  # 人民日报电子报
        ),
    ),
    (("版",), (("label", _C(r"版")),)),  # a page label when the line starts with it
    (("CN", "Cn", "cn", "刊号", "刊號"), (("cn", _C(r"(?<![A-Za-z0-9])[Cc][Nn]|刊")),)),
    (("统一", "統一"), (("cn", _C(r"[统統]一(?:[连連][续續]|刊)")),)),
    (("邮发", "郵發", "邮局", "郵局"), (("postal", _C(r"..")),)),
    # 代号 alone (人民日报's 代号1-1): a postal code only where a prefix and a dash follow
    (
        ("代号", "代號"),
        (
            (
                "postal",
                _C(rf"(?<!\p{{Han}})代[号號][ \t]*+:?+[ \t]*+[0-9０-９]{{1,2}}+[ \t]*+{DASHES}"),
            ),
        ),
    ),
    (("ISSN", "Issn", "issn"), (("issn", _C(r"(?<![A-Za-z0-9])[Ii][Ss][Ss][Nn]")),)),
    (
        ("ISSUE", "Issue"),
        (("issue", _C(r"(?<![A-Za-z])(?:ISSUE|Issue)(?:[ \t]*+(?:No\.|#))?+[ \t]*+[0-9]")),),
    ),
    (("No.",), (("issue", _C(rf"(?<![A-Za-z])No\.{_NO_NUMBER}")),)),
    (
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        (("date", _C(r"(?<![A-Za-z])[A-Z][a-z]{2}(?:[a-z]{0,6}+\.?+)(?![A-Za-z])[ \t]*+[0-9]")),),
    ),
    (
        ("年",),
        (
            (
                "date",
                _C(r"(?<=(?<![0-9])[0-9]{4}[ \t]{0,2}+|[〇零一二三四五六七八九]{4}[ \t]{0,2}+)年"),
            ),
            ("lunar", _C(rf"(?<={_STEMS_BRANCHES}[ \t]{{0,2}}+)年")),
        ),
    ),
    (
        ("月",),
        (
            ("lunar", _C(r"(?<=[正冬腊臘][ \t]{0,2}+)月|月份?+[ \t]{0,2}+[初廿卅]")),
            # 27 十月 2019 (a day, a month's name and a year: a CMS's localised date)
            (
                "date",
                _C(
                    r"(?<=[0-9][ \t]{1,2}+(?:十[一二]?+|[一二三四五六七八九]))"
                    r"月[ \t]*+,?+[ \t]*+[12]"
                ),
            ),
        ),
    ),
    (
        ("出版日期", "出刊日期", "发刊日期", "發刊日期"),
        (("datelabel", _C(r"..")),),
    ),
    (
        ("第",),
        (
            # the running number right after the issue's date (2015/08/26 第5391期,
            # 2020年3月20日 星期五 第11020號): no story prints 第NNNN期 right after a date
            (
                "issue",
                _C(
                    r"(?<=(?:[0-9]{1,2}[ \t]?+[日号號]|(?<![0-9])(?:19|20)[0-9]{2}[./-][0-9]{1,2}"
                    r"[./-][0-9]{1,2})[ \t]{0,3}+(?:(?:星期|礼拜|禮拜|[周週])[一二三四五六日天]"
                    r"[ \t]{0,3}+)?+)第[ \t]*+[0-9０-９]{3,7}+[ \t]*+[期号號]"
                ),
            ),
        ),
    ),
    (
        ("期数", "期數", "期号", "期號"),
        (("issue", _C(r"..[ \t]*+:?+[ \t]*+第?+[ \t]*+[0-9０-９]")),),
    ),
    (("闰", "閏"), (("lunar", _C(r".")),)),
    (("民国", "民國", *GREGORIAN_ERAS), (("date", _C(r"..")),)),
    # a reign's year (光緒二十一年八月二十五日): a lunar date
    (_REIGN_NAMES, (("lunar", _C(r"..")),)),
    (
        (".", "/", *sorted(DASH_CHARS)),  # 2025.12.22, 2019-10-12
        (
            ("date", _C(rf"(?<=(?<![0-9.])(?:1[89]|2[01])[0-9]{{2}})(?:[./]|{DASHES})[0-9]")),
            # the year last: 31/01/2024, 4. 4. 2024 (see _YEAR_LAST)
            ("date", _C(r"(?<=(?<![0-9.])[0-9]{1,2}+)[./-][ ]?+[0-9]{1,2}+[ ]?+[./-]")),
        ),
    ),
    (("稿件来源", "稿件來源"), (("source", _C(r"..")),)),
    (("》",), (("source", _C(r"》[ \t]*+\(")),)),
    (("当前版", "當前版"), (("current", _C(r"...")),)),
    (
        ("责任编辑", "責任編輯", "版面设计", "版面設計", "美术编辑", "美術編輯"),
        (("staff", _C(r"....")),),
    ),
)
_CONFIRM: Final = MappingProxyType(
    {word: checks for words, checks in _ANCHOR_TABLE for word in words}
)
#: Every anchor, longest first, in one alternation of plain strings: the standard library's
#: engine runs such a pattern as a fast scan for its first characters.
_ANCHORS: Final = _rx.std_compile(
    "|".join(map(re.escape, sorted(_CONFIRM, key=lambda w: (-len(w), w))))
)
#: A line that starts with a page label (第03版, 01版, • 04版:…).
#: A web page's breadcrumb before the page's label (首页 > 电子报 > 第A03版:时事): the trail
#: of links to the page shown ends in its label.
_CRUMBS: Final = r"(?:[^\n>]{1,12}+[ \t]*+>[ \t]*+){1,5}+"
_LABEL_START = _rx.compile(
    rf"[ \t]*+(?:{_CRUMBS})?+(?:[•·][ \t]*+)?+(?:第[ \t]*+)?+{_PAGE_ID}[ \t]*+版"
)
#: A page head at a line start: A26 中國新聞.
_PAGEHEAD = _rx.compile(r"[ \t]*+[A-Z]?+[0-9０-９]{1,3}+[ \t]++(?![年月日号號])\p{Han}")
#: The bare page number that starts a page head (2 時政 2023 年 11 月 23 日 …).
_HEAD_NUMBER = _rx.compile(rf"[ \t]*+(?P<v>[0-9０-９]{{1,3}}+)[ \t]++(?P<name>{_SECTION})")
#: A converter's pinyin gloss after a character (時(shí)政, 農(nóng)歷): it has a tone mark.
_GLOSS = _rx.compile(r"(?<=\p{Han})\([a-zü]*+[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*+\)")
#: Letter-spaced type as a PDF text layer gives it: five or more characters each set apart
#: by one space (``2 0 2 1 年 9 月 2 5 日 星 期 六``, ``國 際 刊 號``). Running text never
#: prints one character between single spaces five times over.
#: A character may carry the full stop printed after it (``w w w. g r e a d e r. c a``: the
#: dots of a letter-spaced web address stick to the letter before them).
_LETTER_SPACED = _rx.compile(r"(?<![^\s])(?:[^\s]\.?+[ ]){4,}[^\s]\.?+(?![^\s])")
#: A line of two to four characters each set apart by one space (光 明 日 报, 大 公 報): a
#: name in display type, letter-spaced as a PDF layer or a page's styling gives it. Running
#: text never makes a line of that alone; it is read closed up, like :data:`_LETTER_SPACED`.
_SPACED_LINE = _rx.compile(r"(?<=^|\n)[ \t]*+(?:\p{Han}[ ]){1,3}+\p{Han}[ \t]*+(?=\n|$)")
#: A closing bracket right after a page head's last mark: (星期一).
_CLOSE = _rx.compile(r"[ \t]*+[)\]】]")
#: A line that is only a zero-padded page number (02) and so, next to a masthead, its page.
_PADDED_NUMBER = _rx.compile(r"[ \t]*+(?P<v>0[1-9][0-9]?+)(?P<name>)[ \t]*+")
#: A line that is only a page's label with its section letter, maybe with the section's
#: name (A01 要聞, B2): next to a masthead block, the page it heads. The letter names a
#: section of the issue, so the label is no count, price or caption; a P is "page" (P22,
#: a teaser's pointer to another page), no section.
_LETTERED_PAGE = _rx.compile(
    rf"[ \t]*+(?P<v>[A-OQ-Z][0-9]{{1,3}}+)(?:[ \t]++(?P<name>{_SECTION}))?+[ \t]*+"
)
#: A gap between the columns of a layout rendering.
_GAP = _rx.compile(r"[ \t]{2,}+")

#: Marks that are furniture as found (the others are confirmed by the exact readers, or are
#: page facts).
_FINAL_KINDS: Final = frozenset(
    {
        "issue",
        "pages",
        "weekday",
        "lunarlabel",
        "datelabel",
        "address",
        "postcode",
        "web",
        "email",
        "publisher",
        "price",
        "phone",
        "name",
    }
)
#: Marks whose item the exact readers must confirm, and the kind they confirm.
_VERIFIED: Final = frozenset({"cn", "postal", "issn", "date", "lunar"})

#: A page's name as a label line prints it: a section name, or a special page's longer title
#: with a middle dot, digits or a dash in it (``沙颍时评·综合新闻``, ``1949-2024 天津日报75周年``):
#: Han or digits, joined by ``·``, dashes or single spaces, up to 24 characters, never a
#: navigator's link.
_PAGE_NAME: Final = (
    rf"(?:{_SECTION}(?![\p{{Han}}0-9·・\-—–])"
    r"|(?![上下]一[版期])[\p{Han}0-9]"
    r"(?:[\p{Han}0-9·・\-—–]"
    r"|[ ](?![上下]一[版期]|[0-9]{1,2}[ \t]*+[上下]一[版期])(?=[\p{Han}0-9])){1,23}+)"
)
#: A line that is a page label: ``第03版:要闻``, ``01版:要 闻``, ``• 04版:中国青年报金牌读者
#: 上一版``, ``第A04版``, ``第1版()`` (an archive's empty page name). ``deco`` is a bullet or
#: a link to the next/previous page (a web navigator's look).
_LABEL_LINE = _rx.compile(
    rf"""
    [ \t]*+(?P<crumbs>{_CRUMBS})?+(?P<bullet>[•·][ \t]*+)?+
    (?P<label>(?:第[ \t]*+)?+(?P<v>{_PAGE_ID})[ \t]*+版
      (?:[ \t]*+[:(]?+[ \t]*+(?P<name>{_PAGE_NAME})\)?+|[ \t]*+\([ \t]*+\))?+)
    (?P<links>(?:[ \t]++(?:[0-9]{{1,2}}+[ \t]*+)?+         # a link, with the page it goes
      (?:上一版|下一版|上一期|下一期)(?:[ \t]*+[0-9]{{1,2}}+)?+)*+)  # to (上一版3  4下一版)
    [ \t]*+
    """,
    regex.VERBOSE,
)
#: 当前版: A4版 (the page being shown).
_CURRENT = _rx.compile(
    rf"""
    [当當]前版[ \t]*+:?+[ \t]*+
    (?P<label>(?:第[ \t]*+)?+(?P<v>{_PAGE_ID})[ \t]*+版
      (?:[ \t]*+[:(][ \t]*+(?P<name>{_SECTION})\)?+)?+)
    """,
    regex.VERBOSE,
)
_SRC_DATE: Final = r"""
    (?P<date>(?P<y>[0-9０-９]{4})[ \t]*+(?:年|-|\.|/)
      [ \t]*+(?P<m>[0-9０-９]{1,2}+)[ \t]*+(?:月|-|\.|/)
      [ \t]*+(?P<d>[0-9０-９]{1,2}+)(?![0-9０-９])(?:[ \t]*+日)?+)
"""
#: A source line, at the end of a line: ``《人民日报》（2025年10月20日 第 06 版）``,
#: ``作者:雷收麦 《光明日报》( 2012年10月27日 06版)``,
#: ``( 2019-10-12 ) 稿件来源:新华每日电讯 要 闻``.
_SOURCE_LINE = _rx.compile(
    rf"""
    (?:
      《[ \t]*+(?P<paper>[^《》\n]{{2,16}}?)[ \t]*+》[ \t]*+
      \([ \t]*+{_SRC_DATE}[ \t]*+
      (?P<ed>(?:第[ \t]*+)?+(?P<v>[A-Za-z]?[0-9０-９]{{1,3}}+)[ \t]*+版
        (?:[ \t]*+:?+[ \t]*+(?P<name>{_SECTION}))?+)
      [ \t]*+\)
    | \([ \t]*+{_SRC_DATE}[ \t]*+\)[ \t]*+
      (?:稿件[来來]源|[来來]源)[ \t]*+:[ \t]*+(?P<paper>[^\s]{{2,16}}+)
      (?:[ \t]++(?P<ed>(?P<name>{_SECTION})))?+
    )
    [ \t]*+\Z
    """,
    regex.VERBOSE,
)
#: A web title: the paper's name and 电子报/数字报/电子版 (a name-shaped token or a known name).
_WEB_TITLE = _rx.compile(
    rf"""
    [ \t]*+
    (?P<name>{_NAMES}|\p{{Han}}{{1,8}}?(?:日[报報]|晚[报報]|晨[报報]|早[报報]|商[报報]|[时時][报報]
      |[导導][报報]|[周週][报報]|[报報]|[电電][讯訊]))
    (?P<suffix>{_WEB_SUFFIX})
    [ \t]*+
    """,
    regex.VERBOSE,
)

_WEIGHTS: Final = MappingProxyType(
    {
        "cn": 3,
        "postal": 3,
        "issn": 3,
        "issue": 3,
        "pages": 2,
        "date": 2,
        "lunar": 2,
        "lunarlabel": 1,
        "datelabel": 1,
        "weekday": 1,
        "address": 1,
        "postcode": 2,
        "web": 1,
        "email": 1,
        "publisher": 1,
        "price": 1,
        "phone": 1,
        "name": 2,
        "title": 2,
        "edition": 3,
    }
)
#: Marks that count only in a page head printed at the start of a long line (A26 中國新聞
#: 責任編輯:… 版面設計:… 2015 年 8 月 10 日(星期一) 香港文匯報訊 …).
_HEAD_WEIGHTS: Final = MappingProxyType({"staff": 1, "pagehead": 1})
#: Contact furniture: a line carrying three kinds of it is the masthead's contact line
#: (编辑… 热线:… 传真:… 信箱:… 网址:… 地址:…), however long, where it touches a block.
_CONTACT: Final = frozenset({"phone", "email", "web", "address", "postcode"})
#: Furniture that identifies a masthead on its own (used for secondary blocks).
_STRONG: Final = frozenset({"cn", "postal", "issn", "issue", "address", "postcode", "price"})

#: A line looks like a bare paper name (not a word for a kind of paper: 电子报 the e-paper,
#: 数字报, a breadcrumb's link; 本报, the paper speaking of itself).
_NAME_TOKEN = _rx.compile(
    r"""
    (?<!\p{Han})
    (?!(?:[电電]子|[数數]字|[本我])[报報](?!\p{Han}))
    (?P<name>\p{Han}{1,8}?                 # the place / title part, short
      (?:日[报報]|晚[报報]|晨[报報]|早[报報]|商[报報]|[时時][报報]|[导導][报報]
        |[周週][报報]|[报報]))
    (?!\p{Han})
    """,
    regex.VERBOSE,
)
_KNOWN_NAME = _rx.compile("|".join(map(regex.escape, KNOWN_NAME_FORMS)))
#: A name-shaped token standing alone between spaces (not 本报, the paper speaking of itself).
_NAME_ALONE = _rx.compile(
    r"(?<![^\s])(?![本我][报報])\p{Han}{1,8}?"
    r"(?:日[报報]|晚[报報]|晨[报報]|早[报報]|商[报報]|[时時][报報]|[导導][报報]|[周週][报報]|[报報])"
    r"(?![^\s])"
)

_WEEKDAY = _rx.compile(
    r"""
      (?=[星礼禮周週MTWFSmtwfs])                          # cheap first-character filter
      (?:
      (?:星期|礼拜|禮拜)(?P<d>[一二三四五六日天])         # 星期四 / 礼拜天
    | (?<!\p{Han})[周週](?P<d>[一二三四五六日])(?!\p{Han})  # 周四 standing alone
    | (?<![A-Za-z])(?i:(?P<en>mon|tue|wed|thu|fri|sat|sun)
        (?:day|s|sday|nesday|r|rs|rsday|urday)?+)(?![A-Za-z])\.?+  # Wed, Thursday, Sat.
      )
    """,
    regex.VERBOSE,
)
_EN_WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: The full English names (a prefix with another ending, such as ``Wedday``, is no weekday).
_EN_FULL: Final = frozenset(
    {
        "mon",
        "monday",
        "tue",
        "tues",
        "tuesday",
        "wed",
        "wednesday",
        "thu",
        "thur",
        "thurs",
        "thursday",
        "fri",
        "friday",
        "sat",
        "saturday",
        "sun",
        "sunday",
    }
)

_LUNAR_LABEL = _rx.compile(r"[农農][历曆歷][ \t]*+:?+[ \t]*+")

_ISSUE = _rx.compile(
    r"""
      [总總縂][ \t]*+第[ \t]*+(?P<n>[0-9０-９]{1,7}+)[ \t]*+(?P<unit>[号號期])  # 总第11997号
    | (?<!(?![期号號])\p{Han})[总總縂][ \t]*+(?P<n>[0-9０-９]{2,7}+)[ \t]*+(?P<unit>[号號期])
      # 总229期: the running number without 第, after a space, a line start or the year's own
      # number (第1期总303期), not after a word (汇总3期)
    | (?<![A-Za-z])(?<![Ss]pecial[ \t])                    # not a 特刊's "Special Issue 2"
      (?P<unit>(?:ISSUE|Issue)(?:[ \t]*+(?:No\.|\#))?+)[ \t]*+(?P<n>[0-9]{1,7}+)(?![0-9])
    | (?<![A-Za-z])(?P<unit>No\.)[ \t]*+(?P<n>[0-9]{3,7}+)(?![0-9])   # No.108916,
      (?![ \t]*+[A-Za-z\p{Han}])                               # not No.888 Main St
    """,
    regex.VERBOSE,
)
#: 第11020號 without 总: the running number only in a masthead block, and only when no
#: 总第 is printed (at least three digits: 第3版 and 第2期 of a column are something else).
#: Heads that print their dates in Chinese numerals print it so too, digit by digit
#: (第一一四九六期); 第七期 of a year's volume and 第十六年 are no such run.
_ISSUE_PLAIN = _rx.compile(
    r"(?<![总總縂][ \t]{0,2})第[ \t]*+(?P<n>[0-9０-９]{3,7}+|[〇零一二三四五六七八九]{3,7}+)"
    r"[ \t]*+(?P<unit>[号號期])"
)
#: The running number alone on a line (第12345期, 总第3640期).
_ISSUE_ALONE = _rx.compile(r"[总總縂]?+第[ \t]*+[0-9０-９]{3,7}+[ \t]*+[号號期]")
#: An identifier's label alone on a line, its number on the next one.
_ID_LABEL_ALONE = _rx.compile(
    r"(?:国内|國內)?+(?:统一|統一)(?:连续出版物号|連續出版物號|刊号|刊號)[ \t]*+:?+"
    r"|(?:邮发|郵發)?+代号[ \t]*+:?+|ISSN[ \t]*+:?+"
)
#: A label before the running number (發刊期數:第412期).
_ISSUE_LABEL = _rx.compile(r"\p{Han}{0,2}+期[数數号號][ \t]*+:?+[ \t]*+\Z")
#: An English date in a bilingual head: February 28 (Friday), 2020; Friday 6 January 2023;
#: Mar 20 , 2020 (the weekday is read by :data:`_WEEKDAY`).
_EN_MONTH = (
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"(?:uary|ruary|ch|il|e|y|ust|ember|ober)?+\.?+(?![A-Za-z])"
)
_EN_DATE = _rx.compile(
    rf"""
    (?<![A-Za-z0-9/])                                  # not the second day of 16/17
    (?:{_EN_MONTH}[ \t]++(?P<d>[0-9]{{1,2}}+)(?:/[0-9]{{1,2}}+)?+(?![0-9])
       (?:[ \t]*+\([A-Za-z]{{3,9}}+\))?+                 # February 28 (Friday)
     | (?P<d>[0-9]{{1,2}}+)(?:/[0-9]{{1,2}}+)?+[ \t]++{_EN_MONTH}   # 6 January, 16/17 April
     | (?P<d>[0-9]{{1,2}}+)[ \t]{{1,2}}+(?P<cn>十[一二]?+|[一二三四五六七八九])月)  # 27 十月
    [ \t]*+,?+[ \t]*+(?P<y>(?:19|20)[0-9]{{2}})(?![0-9])
    """,
    regex.VERBOSE,
)
#: A date of numbers with the year last (31/01/2024, 4. 4. 2024, 01/31/2024): papers of
#: Malaysia, Singapore, Hong Kong and Macau, and English heads, print the day first, American
#: ones the month first. A head prints such a date with its weekday, which tells the order
#: and must agree (:func:`_year_last_dates`); a bare 01/01/2013 is a chart's axis or a
#: table's cell as often as a date.
_YEAR_LAST = _rx.compile(
    r"(?<![0-9.])(?P<a>[0-9]{1,2}+)[ ]?+(?P<sep>[./-])[ ]?+(?P<b>[0-9]{1,2}+)[ ]?+(?P=sep)"
    r"[ ]?+(?P<y>(?:19|20)[0-9]{2})(?![0-9]|\.[0-9])"
)
#: How far from such a date (characters, on its line) its weekday may be printed.
_WEEKDAY_NEAR: Final = 12
#: A label before the issue's date (出版日期:2004年07月29日).
_DATE_LABEL = _rx.compile(r"(?:出版|出刊|[发發]刊)日期[ \t]*+:?+[ \t]*+\Z")
_CN_MONTHS: Final = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_EN_MONTHS: Final = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)

_PAGES = _rx.compile(
    rf"""
    (?:今日|本期|本[报報]今日|共)[ \t]*+
    (?:(?P<sheets>[0-9０-９]{{1,3}}+|[{_HAN_NUM}]{{1,3}}+)[ \t]*+[开開][ \t]*+)?+  # 今日4开...
    (?P<n>[0-9０-９]{{1,3}}+|[{_HAN_NUM}]{{1,3}}+)[ \t]*+版                      # ...16版
    """,
    regex.VERBOSE,
)

_EDITION = _rx.compile(
    rf"""
    (?=[第A-Z \t]|(?<![^\n]))                                # cheap first-character filter
    (?:第[ \t]*+(?P<v>{_PAGE_ID})[ \t]*+版               # 第01版, 第RB01版
      | (?<![A-Za-z0-9])(?P<v>[A-Z][0-9０-９]{{1,3}}+)[ \t]*+版         # A01版
      | (?<![^\n])[ \t]*+(?P<v>[0-9０-９]{{1,3}}+)[ \t]*+版             # 06版 at a line start
      | (?<![^\n])[ \t]*+(?P<v>[A-Z][0-9０-９]{{1,3}}+)  # A26 中國新聞 at a line start
        (?=[ \t]++\p{{Han}}))
    (?:(?:[ \t]*+[:(][ \t]*+|[ \t]++)(?P<name>{_SECTION})\)?+)?+  # :要闻 / (要闻) / 要闻
    """,
    regex.VERBOSE,
)

_EMAIL = _rx.compile(
    r"""
    (?:(?P<label>(?:[电電]子)?[邮郵]箱|[电電][邮郵]|投稿[邮郵]箱|(?:[电電]子)?信箱
        |(?i:e-?mail))[ \t]*+:?+[ \t]*+)?+                   # optional label
    (?P<v>[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++)  # the address
    """,
    regex.VERBOSE,
)

_URL = _rx.compile(
    r"""
    (?<![A-Za-z0-9@.\-])
    (?P<v>(?:https?://)?+                                    # scheme (optional)
      (?:www\.[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++           # www.host.tld
        |[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)*+\.(?i:com|cn|net|org|gov|edu|hk|tw|mo))
      (?:/[A-Za-z0-9._~%/?=&#-]*+)?+)                        # path
    (?![A-Za-z0-9@])
    """,
    regex.VERBOSE,
)
#: URLs and e-mail addresses: identifier characters that a masthead line carries.
_URL_OR_EMAIL = _rx.compile(
    r"""
    (?:https?://|www\.)[A-Za-z0-9._~%/?=&#:-]++            # a URL
    | (?:\G|(?<![A-Za-z0-9._%+-]))                          # an e-mail address, tried only
      [A-Za-z0-9._%+-]++@[A-Za-z0-9.-]++                    # where its run starts (linear)
    """,
    regex.VERBOSE,
)
_WEB_LABELS: Final = (
    "电子版",
    "電子版",
    "网址",
    "網址",
    "网站",
    "網站",
    "官网",
    "官網",
    "数字报",
    "數字報",
    "电子报",
    "電子報",
    "网络版",
    "網絡版",
)
_LABEL_BEFORE = _rx.compile(r"(?P<label>\p{Han}{1,10}+)[ \t]*+:?+[ \t]*+\Z")

_PHONE = _rx.compile(
    rf"""
    (?P<label>(?:新[闻聞]|[报報]料|[订訂][报報]|[发發]行|[广廣]告|服[务務]|投[诉訴]|[读讀]者
        |值班|[总總]?[编編]室|[办辦]公室)?+
      (?:[热熱][线線]|[电電][话話]|[传傳]真))                    # label (required)
    [ \t]*+:?+[ \t]*+
    (?P<v>(?:\(0[0-9０-９]{{1,3}}+\)|0[0-9０-９]{{1,3}}+{DASHES}?+)?+
      [0-9０-９]{{5,8}}+(?:{DASHES}[0-9０-９]{{1,4}}+)?+
      |400{DASHES}?+[0-9０-９]{{3}}{DASHES}?+[0-9０-９]{{4}}|1[0-9０-９]{{10}})  # the number
    (?![0-9０-９])
    """,
    regex.VERBOSE,
)
_MORE_PHONE = _rx.compile(
    rf"""
    [ \t]*+[、,/;；][ \t]*+                                        # a separator
    (?P<v>(?:\(0[0-9０-９]{{1,3}}+\)|0[0-9０-９]{{1,3}}+{DASHES}?+)?+[0-9０-９]{{5,8}}+|1[0-9０-９]{{10}})(?![0-9０-９])
    """,
    regex.VERBOSE,
)
_DASH_RE = _rx.compile(DASHES)

_ADDRESS = _rx.compile(
    r"""
    (?P<label>[社報报]址|地址|通[讯訊]地址)[ \t]*+:?+[ \t]*+    # 社址:
    (?P<v>[^\s,;:、]++(?:[ ][A-Za-z][A-Za-z.'-]*+)*+)       # up to a space or separator
                                           # (a Latin address goes on over its words)
    """,
    regex.VERBOSE,
)
#: Where a glued address stops (the next label).
_ADDRESS_STOP = _rx.compile(
    r"[邮郵][编編]|[邮郵]政[编編][码碼]|[电電][话話]|[传傳]真|[热熱][线線]|网址|網址|[电電]子版"
)

_POSTCODE = _rx.compile(
    r"""
    (?P<label>[邮郵]政[编編][码碼]|[邮郵][编編])[ \t]*+:?+[ \t]*+   # 邮编:
    (?P<v>[0-9０-９]{6})(?![0-9０-９])                                               # six digits
    """,
    regex.VERBOSE,
)

_PUBLISHER = _rx.compile(
    r"""
      (?P<label>主[办辦][单單]位|出版[单單]位|主[办辦]|出版)[ \t]*+:[ \t]*+   # 主办:
      (?P<v>[^\s,;:、]{2,30}+)
    | (?P<v>\p{Han}{2,20}?)(?P<label>主[办辦]|出版)(?!\p{Han})              # XX主办
    """,
    regex.VERBOSE,
)

_PRICE = _rx.compile(
    r"""
    (?P<label>零售[价價]|定[价價]|售[价價]|每份|零售)[ \t]*+:?+[ \t]*+
    (?P<cur>人民[币幣]|RMB|¥|￥|HK\$|NT\$|港[币幣]|新[台臺][币幣])?+[ \t]*+
    (?P<v>[0-9０-９]{1,4}+(?:\.[0-9０-９]{1,2}+)?+)(?![0-9０-９])
    (?:[ \t]*+(?P<unit>元|角|港元|圆|圓|港[币幣]))?+
    """,
    regex.VERBOSE,
)

_SLOGAN_TRIM = _rx.compile(r"\A[\s:|/·•,;、]++|[\s:|/·•,;、]++\Z")
#: A left-over piece of Latin words (``GUANGMING DAILY``) counts as a slogan too.
_LATIN_SLOGAN = _rx.compile(r"[A-Za-z][A-Za-z'&.-]*+(?:[ ][A-Za-z][A-Za-z'&.-]*+)*+")


# --- internal records -----------------------------------------------------------------------


class _Hit(NamedTuple):
    """A furniture mark on the page (normalised coordinates)."""

    kind: str
    start: int
    end: int


class _Region(NamedTuple):
    start: int  # normalised coordinates
    end: int
    first_line: int  # indexes into the line table
    last_line: int
    kinds: frozenset[str]

    @property
    def score(self) -> int:
        return sum(_WEIGHTS.get(k, 0) for k in self.kinds)


class _Lines(NamedTuple):
    """The line table of the normalised page: where each line starts and ends."""

    starts: array[int]
    ends: array[int]

    def at(self, pos: int) -> int:
        """The number of the line holding offset ``pos``."""
        return bisect.bisect_right(self.starts, pos) - 1


def _line_table(text: str) -> _Lines:
    # The text layer's lines (one definition of a line break), as arrays: no int object per
    # line on a page of a million line breaks.
    starts, ends = line_bounds(text)
    return _Lines(starts=starts, ends=ends)


class _Found(NamedTuple):
    """An item of an exact reader, in normalised coordinates of the page."""

    start: int
    end: int
    item: DateMention | CNNumber | PostalCode | ISSN


@attrs.define
class _Page:
    """A page being read: the normalised text, its lines, the scan's marks and what the exact
    readers found on the lines that matter."""

    norm: Normalized
    table: _Lines
    marks: dict[int, list[_Hit]]  # line number -> marks on it
    cns: list[_Found] = attrs.field(factory=list)
    postals: list[_Found] = attrs.field(factory=list)
    issns: list[_Found] = attrs.field(factory=list)
    dates: list[_Found] = attrs.field(factory=list)
    read: set[int] = attrs.field(factory=set)  # lines already read by the exact readers
    # line number -> the exact readers' items that start on it, with their kind
    by_line: dict[int, list[tuple[str, _Found]]] = attrs.field(factory=dict)
    consumed: list[tuple[int, int]] = attrs.field(factory=list)
    web_label: tuple[int, int] | None = None
    # line number -> contact kinds of a long contact line (furniture only next to a block)
    contact: dict[int, set[str]] = attrs.field(factory=dict)

    @property
    def text(self) -> str:
        return self.norm.text

    def span(self, start: int, end: int) -> Span:
        return self.norm.span(start, end)

    def line(self, number: int) -> str:
        return self.norm.text[self.table.starts[number] : self.table.ends[number]]

    def blank(self, number: int) -> bool:
        return not self.line(number).strip()


# --- the scan and the exact readers ---------------------------------------------------------


def _finditer(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> list[regex.Match[str]]:
    found: list[regex.Match[str]] = []
    end = len(text) if endpos is None else endpos
    # The backstop costs a clock per call: only ranges longer than a masthead need it.
    timeout = _TIMEOUT if end - pos > 2_000 else None
    try:
        for m in pattern.finditer(text, pos, end, timeout=timeout):
            found.append(m)
    except TimeoutError:
        # The backstop fired: keep the matches found so far and say where the scan stopped.
        warnings.warn(
            IncompleteScanWarning(
                f"parse_masthead: a scan of characters {pos}-{end} (normalised text) ran out "
                f"of time after character {found[-1].end() if found else pos}; the "
                f"{len(found)} matches before it are kept"
            ),
            stacklevel=3,
        )
    return found


def _scan(norm: Normalized) -> _Page:
    """The one pass over the whole page: every anchor, confirmed where it stands, filed by
    line."""
    text = norm.text
    table = _line_table(text)
    marks: dict[int, list[_Hit]] = {}
    k = 0
    starts = table.starts
    last = len(starts) - 1
    for anchor in _ANCHORS.finditer(text):
        start = anchor.start()
        while k < last and starts[k + 1] <= start:
            k += 1
        for kind, check in _CONFIRM[anchor.group()]:
            if kind == "label":
                m = _LABEL_START.match(text, starts[k])
                if m is None or m.end() != anchor.end():
                    continue
            else:
                m = check.match(text, start)
                if m is None:
                    continue
            marks.setdefault(k, []).append(_Hit(kind, start, max(m.end(), anchor.end())))
    return _Page(norm=norm, table=table, marks=marks)


def _shifted(item: CNNumber | PostalCode | ISSN, base: int) -> _Found:
    return _Found(item.span.start + base, item.span.end + base, item)


def _read_lines(page: _Page, first: int, last: int) -> None:
    """Run the exact readers (dates, CN numbers, 邮发代号, ISSNs) on lines first..last."""
    last = min(last, len(page.table.starts) - 1)
    todo = [n for n in range(first, last + 1) if n not in page.read]
    if not todo:
        return
    page.read.update(todo)
    kinds = {h.kind for n in todo for h in page.marks.get(n, ())}
    a, b = page.table.starts[todo[0]], page.table.ends[todo[-1]]
    window = page.text[a:b]
    found: list[tuple[str, _Found]] = []
    if kinds & {"date", "lunar"}:
        for d in find_dates(window):
            f = _Found(d.span.start + a, d.span.end + a, d)
            page.dates.append(f)
            found.append(("date", f))
    if "date" in kinds:
        for f in _english_dates(page, a, b) + _year_last_dates(page, a, b):
            page.dates.append(f)
            found.append(("date", f))
    for kind, finder, into in (
        ("cn", find_cn_numbers, page.cns),
        ("postal", find_postal_codes, page.postals),
        ("issn", find_issns, page.issns),
    ):
        if kind in kinds:
            items = [_shifted(c, a) for c in finder(window)]
            into.extend(items)
            found.extend((kind, f) for f in items)
    for kind, f in found:
        page.by_line.setdefault(page.table.at(f.start), []).append((kind, f))


def _english_dates(page: _Page, a: int, b: int) -> list[_Found]:
    """English dates of a bilingual head between a and b (February 28 (Friday), 2020), and
    dates printed day first with a Chinese month name (27 十月 2019)."""
    out: list[_Found] = []
    for m in _finditer(_EN_DATE, page.text, a, b):
        if m.group("cn") is not None:
            month = _CN_MONTHS.index(m.group("cn")) + 1
        else:
            month = _EN_MONTHS.index(m.group("mon").lower()[:3]) + 1
        year, day = int(m.group("y")), int(m.group("d"))
        try:
            when = date(year, month, day)
        except ValueError:
            continue  # 31 February: no date
        span = page.span(m.start(), m.end())
        d = DateMention(
            span=span,
            text=span.text,
            calendar="gregorian",
            year=year,
            month=month,
            day=day,
            date=when,
        )
        out.append(_Found(m.start(), m.end(), d))
    return out


def _year_last_dates(page: _Page, a: int, b: int) -> list[_Found]:
    """Dates of numbers with the year last between a and b (see :data:`_YEAR_LAST`): the
    reading (day first or month first) that the weekday printed beside it names; none
    without a weekday or when no reading agrees with it."""
    out: list[_Found] = []
    text = page.text
    for m in _finditer(_YEAR_LAST, text, a, b):
        x, y, year = int(m["a"]), int(m["b"]), int(m["y"])
        readings = {d for d in (safe_date(year, y, x), safe_date(year, x, y)) if d is not None}
        n = page.table.at(m.start())
        lo = max(page.table.starts[n], m.start() - _WEEKDAY_NEAR)
        hi = min(page.table.ends[n], m.end() + _WEEKDAY_NEAR)
        wd = _weekday_value(_WEEKDAY.search(text, lo, hi))
        readings = {d for d in readings if d.isoweekday() == wd}
        if len(readings) != 1:
            continue
        when = readings.pop()
        span = page.span(m.start(), m.end())
        d = DateMention(
            span=span,
            text=span.text,
            calendar="gregorian",
            year=when.year,
            month=when.month,
            day=when.day,
            date=when,
        )
        out.append(_Found(m.start(), m.end(), d))
    return out


def _exact_hits(page: _Page, first: int, last: int) -> list[_Hit]:
    """The confirmed identifier and date hits that start on lines first..last."""
    hits: list[_Hit] = []
    for n in range(first, last + 1):
        for kind, f in page.by_line.get(n, ()):
            d = f.item
            if not isinstance(d, DateMention):
                hits.append(_Hit(kind, f.start, f.end))
            elif d.calendar == "lunar" and d.month is not None and d.day is not None:
                hits.append(_Hit("lunar", f.start, f.end))
            elif d.date is not None and d.year is not None and d.relative_days is None:
                hits.append(_Hit("date", f.start, f.end))
    return hits


# --- detection ------------------------------------------------------------------------------


#: The English name before a paper's Chinese name on a bilingual name line.
_LATIN_NAME = _rx.compile(
    r"[A-Z][A-Za-z.'&-]*+(?:[ ][A-Za-z][A-Za-z.'&-]*+){0,5}+[ \t]++(?=\p{Han})"
)


#: The English or romanised name after a paper's Chinese name (明報 MING PAO, 大公報 TA KUNG
#: PAO, 聯合報 UNITED DAILY NEWS): papers print both on the name line.
_LATIN_AFTER = _rx.compile(
    r"(?<=\p{Han})[ \t]++[A-Z][A-Za-z.'&-]*+(?:[ ][A-Za-z][A-Za-z.'&-]*+){0,5}+"
)
#: The page's label after the name on a name line (湖北日报 第1版, 人民日报 第06版:要闻).
_LABEL_AFTER = _rx.compile(
    rf"(?<=\p{{Han}}|[A-Za-z])[ \t]++第[ \t]*+{_PAGE_ID}[ \t]*+版"
    rf"(?:[ \t]*+:[ \t]*+{_SECTION})?+[ \t]*+\Z"
)
#: A line that is only such a name, in capitals (XINHUA DAILY, SING TAO DAILY under the
#: Chinese name).
_LATIN_LINE = _rx.compile(r"[ \t]*+[A-Z][A-Z.'&-]*+(?:[ ]++[A-Z][A-Z.'&-]*+){0,5}+[ \t]*+")


def _latin_name_end(line: str) -> int:
    """Where the Chinese name starts on a bilingual name line (0 when there is no English
    name before it)."""
    m = _LATIN_NAME.match(line)
    return 0 if m is None else m.end()


def _latin_tail_start(line: str) -> int:
    """Where the English name after the Chinese name starts on a bilingual name line, or
    the page's label printed after the name (湖北日报 第1版); ``len(line)`` when there is
    neither."""
    m = _LABEL_AFTER.search(line)
    if m is not None:
        line = line[: m.start()]
    for m in _LATIN_AFTER.finditer(line):
        if m.end() == len(line):
            return m.start()
    return len(line)


def _is_name_line(line: str) -> bool:
    s = line.strip()
    s = s[_latin_name_end(s) :]
    s = s[: _latin_tail_start(s)]
    if not s or len(s) > 16:
        return False
    if _WEB_TITLE.fullmatch(s) is not None:
        return True
    if len(s) > 12:
        return False
    if _KNOWN_NAME.fullmatch(s) is not None:
        return True
    return _NAME_TOKEN.fullmatch(s) is not None


def _web_length(page: _Page, n: int) -> int:
    """Length of line ``n`` without its URLs and e-mail addresses (furniture, not prose)."""
    a, b = page.table.starts[n], page.table.ends[n]
    length = _printed_length(page, n)
    return length - sum(m.end() - m.start() for m in _finditer(_URL_OR_EMAIL, page.text, a, b))


def _line_kinds(page: _Page, labels: dict[int, str]) -> dict[int, set[str]]:
    """The furniture kinds of every line that is furniture (exact), by line number."""
    out: dict[int, set[str]] = {}
    for n, hits in page.marks.items():
        cheap = {h.kind for h in hits}
        final = cheap & _FINAL_KINDS
        if labels.get(n) == "edition":
            final.add("edition")
        if "title" in cheap:
            final.add("name")
        bound = sum(_WEIGHTS[k] for k in final | (cheap & _VERIFIED))
        if bound == 0:
            continue
        if not _fits(page, n, bound):
            if len(final & _CONTACT) >= 3:
                page.contact[n] = final & _CONTACT
            continue  # not furniture on its own, whatever the exact readers find
        kinds = set(final)
        if cheap & _VERIFIED:
            _read_lines(page, n, n + 1 if cheap & {"cn", "postal"} else n)
            kinds |= {h.kind for h in _exact_hits(page, n, n)}
        if "date" in kinds and "name" not in kinds and _name_beside_date(page, n):
            kinds.add("name")
        score = sum(_WEIGHTS[k] for k in kinds)
        if score > 0 and _fits(page, n, score):
            out[n] = kinds
    # A CN number whose label ends the line above starts on a line with no mark of its own.
    for n in [n for n in page.read if n not in out and n not in page.marks]:
        kinds = {h.kind for h in _exact_hits(page, n, n)}
        score = sum(_WEIGHTS[k] for k in kinds)
        if score > 0 and _fits(page, n, score):
            out[n] = kinds
    return out


def _name_beside_date(page: _Page, n: int) -> bool:
    """Whether line ``n`` (which prints a date) also holds a paper's name as a token of its
    own between spaces: the head of a copied story names its source paper so (``2018-03-05
    国际日报 巴厘之窗``), while a name inside running text is glued to the words around it."""
    return _NAME_ALONE.search(page.text, page.table.starts[n], page.table.ends[n]) is not None


def _fits(page: _Page, n: int, score: int) -> bool:
    """Whether furniture worth ``score`` makes line ``n`` a furniture line: a point per 25
    characters, URLs and e-mail addresses not counted (they are furniture, not prose), nor
    the gaps between the columns of a layout rendering (see :func:`_printed_length`)."""
    return score * 25 >= _printed_length(page, n) or score * 25 >= _web_length(page, n)


def _printed_length(page: _Page, n: int) -> int:
    """Length of line ``n`` with each gap of two or more spaces counted as one: a masthead
    rendered with its columns side by side (pdftotext -layout: ``RENMIN RIBAO`` … thirty
    spaces … ``今日20版 第27873期``) is no longer for the gap, which is layout, not prose."""
    a, b = page.table.starts[n], page.table.ends[n]
    line = page.text[a:b].strip()
    return len(line) - sum(m.end() - m.start() - 1 for m in _GAP.finditer(line))


def _nonblank_between(page: _Page, a: int, b: int) -> list[int]:
    return [n for n in range(a + 1, b) if not page.blank(n)]


def _neighbour(page: _Page, n: int, step: int) -> int | None:
    """The nearest non-blank line before (step -1) or after (step 1) line ``n``."""
    k = n + step
    while 0 <= k < len(page.table.starts):
        if not page.blank(k):
            return k
        k += step
    return None


def _blocks(page: _Page, furniture: dict[int, set[str]], skip: set[int]) -> list[_Region]:
    """Furniture lines grouped into blocks: at most four short lines (<= 30 characters, no
    page-fact line) between two furniture lines; a contact line or a paper-name line just
    outside a block belongs to it."""
    regions: list[_Region] = []
    numbers = sorted(furniture)
    i = 0
    while i < len(numbers):
        first = last = numbers[i]
        kinds = set(furniture[first])
        j = i + 1
        while j < len(numbers):
            between = _nonblank_between(page, last, numbers[j])
            gaps = [k for k in between if not _own_head_line(page.line(k))]
            if len(gaps) > 4 or any(k in skip or len(page.line(k).strip()) > 30 for k in between):
                break
            last = numbers[j]
            kinds |= furniture[last]
            j += 1
        for step in (-1, 1):
            near = _neighbour(page, first if step < 0 else last, step)
            if near is not None and near in page.contact and near not in skip:
                first, last = min(first, near), max(last, near)
                kinds |= page.contact[near]
        before = _neighbour(page, first, -1)
        if before is not None and _LATIN_LINE.fullmatch(page.line(before)) is not None:
            # The romanised name printed under the Chinese one (新华日报 / XINHUA DAILY).
            above = _neighbour(page, before, -1)
            if above is not None and above not in skip and _is_name_line(page.line(above)):
                before = above
        if before is not None and before not in skip and _is_name_line(page.line(before)):
            first = before
            kinds.add("name")
        after = _neighbour(page, last, 1)
        if (
            after is not None
            and after not in skip
            and _is_name_line(page.line(after))
            and "name" not in kinds
        ):
            last = after
            kinds.add("name")
        regions.append(
            _Region(
                start=page.table.starts[first],
                end=page.table.ends[last],
                first_line=first,
                last_line=last,
                kinds=frozenset(kinds),
            )
        )
        i = j
    return regions


def _own_head_line(line: str) -> bool:
    """A line of the masthead's own that no mark flags: the name, its romanised name, the
    running number alone (第12345期), or an identifier's label whose number is on the next
    line (国内统一连续出版物号 / CN 32-0012). Such lines do not part a block."""
    s = line.strip()
    return (
        _is_name_line(s)
        or _LATIN_LINE.fullmatch(s) is not None
        or _ISSUE_ALONE.fullmatch(s) is not None
        or _ID_LABEL_ALONE.fullmatch(s) is not None
    )


def _head_region(page: _Page, n: int) -> _Region | None:
    """A page head printed at the start of a long line (a PDF text layer on one line):
    the longest prefix, ending after a mark, whose marks score 25 characters a point, with
    at least three kinds of furniture and a score of five."""
    hits = list(page.marks.get(n, ()))
    a = page.table.starts[n]
    head = _PAGEHEAD.match(page.text, a, page.table.ends[n])
    if head is not None:
        hits.append(_Hit("pagehead", a, head.end() - 1))
    hits.sort(key=lambda h: h.start)
    line = page.line(n)
    lead = len(line) - len(line.lstrip())
    if not hits or hits[0].start - a > lead + 8:
        return None
    _read_lines(page, n, n)
    found = [h for h in hits if h.kind in _FINAL_KINDS or h.kind in _HEAD_WEIGHTS]
    found += _exact_hits(page, n, n)
    found.sort(key=lambda h: h.start)
    kinds: set[str] = set()
    best: tuple[int, set[str]] | None = None
    for h in found:
        if h.start - a > 160:
            break
        kinds.add(h.kind)
        score = sum(_WEIGHTS.get(k, 0) + _HEAD_WEIGHTS.get(k, 0) for k in kinds)
        if len(kinds) >= 3 and score >= 5 and score * 25 >= h.end - a:
            best = (h.end, set(kinds))
    if best is None:
        return None
    end, kinds = best
    close = _CLOSE.match(page.text, end, end + 4)
    if close is not None:
        end = close.end()
    return _Region(start=a, end=end, first_line=n, last_line=n, kinds=frozenset(kinds))


#: Marks that only a paper's own head prints: its registration numbers and running number
#: (国内统一连续出版物号 CN 62-0002, 邮发代号:53-10, ISSN, 总第15000期). Prose that quotes a
#: date and a weekday rarely carries one of them.
_OWN_MARKS: Final = frozenset({"cn", "postal", "issn", "issue"})
#: How far (characters) a masthead run into a line may spread.
_INLINE_SPREAD: Final = 200
#: The longest line searched for a masthead run into it. Such a line is one text block of
#: a page (a flipbook's or a layer's paragraph, a few hundred characters); a longer one is a
#: whole layer run together, whose head :func:`_head_region` reads at its start. Searching
#: it would read every identifier and date on it (memory in proportion to the line).
_INLINE_LINE_MAX: Final = 2000


def _inline_head(page: _Page, n: int) -> _Region | None:
    """A masthead run into the middle of a long line: a flipbook's or a PDF layer's text
    joins a front page's head to the stories around it (… 邮发代号:53-10 国内统一连续出版物号
    CN 62-0002 总值班:… 今日16版星期四癸卯年十二月廿二 … 总第15000期 …). The densest cluster of
    marks, at most 200 characters wide, with four kinds of furniture, one of them a mark
    only a paper's own head prints, scoring at least 8 and a point for every 25 characters
    it spans (prose with a date in it is not that dense)."""
    if page.table.ends[n] - page.table.starts[n] > _INLINE_LINE_MAX:
        return None
    cheap = [h for h in page.marks.get(n, ()) if h.kind in _FINAL_KINDS]
    if not {h.kind for h in page.marks.get(n, ())} & _OWN_MARKS:
        return None
    _read_lines(page, n, n)
    found = sorted(cheap + _exact_hits(page, n, n), key=lambda h: h.start)
    best: tuple[int, int, int, frozenset[str]] | None = None
    for i, first in enumerate(found):
        kinds: set[str] = set()
        # (by index: a slice found[i:] would copy the rest of the line's marks for every
        # first mark, quadratic on a long line of them)
        for j in range(i, len(found)):
            h = found[j]
            if h.end - first.start > _INLINE_SPREAD:
                break
            kinds.add(h.kind)
            score = sum(_WEIGHTS.get(k, 0) for k in kinds)
            if (
                len(kinds) >= 4
                and kinds & _OWN_MARKS
                and score >= 8
                and score * 25 >= h.end - first.start
                and (best is None or score > best[0])
            ):
                best = (score, first.start, h.end, frozenset(kinds))
    if best is None:
        return None
    return _Region(start=best[1], end=best[2], first_line=n, last_line=n, kinds=best[3])


#: A page that states its own date in its opening words: a digest's or a broadcast's script
#: says what day it is (今天是2024年3月5號,星期二 / 今日係 2025 年 11 月 19 日星期三 /
#: 今天是2018年1月4日,星期四,農曆十一月十八). "Today is" names the day the text was made
#: for, so the clause is read as the page's head however long the sentence around it is;
#: a date in running text without it (3月11日下午閉幕) is an event's. The clause runs from
#: the date through the weekday and lunar date printed right after it.
_TODAY_CLAUSE = _rx.compile(
    r"""
    (?:今天|今日)[ \t]*+(?:是|係|为|為)[ \t]*+
    (?P<date>(?:19|20)[0-9]{2}[ \t]*+年[ \t]*+[0-9]{1,2}[ \t]*+月[ \t]*+[0-9]{1,2}[ \t]*+[日号號])
    (?P<weekday>[ \t]*+[,，、]?+[ \t]*+[(（]?+(?:星期|礼拜|禮拜|[周週])[一二三四五六日天][)）]?+)?+
    (?P<lunar>[ \t]*+[,，、]?+[ \t]*+[农農][历曆歷][^\n,，。;；!！]{2,14}+)?+
    """,
    regex.VERBOSE,
)


def _today_regions(page: _Page) -> list[_Region]:
    """The "today is" clauses of the page's opening lines (see :data:`_TODAY_CLAUSE`), each a
    region holding a date (and the 今天是 that labels it), maybe a weekday and a lunar date."""
    out: list[_Region] = []
    for n in range(min(len(page.table.starts), _DATE_LINE_REACH)):
        if not any(h.kind == "date" for h in page.marks.get(n, ())):
            continue
        m = _TODAY_CLAUSE.search(page.text, page.table.starts[n], page.table.ends[n])
        if m is None:
            continue
        kinds = {"date", "datelabel"}
        if m["weekday"] is not None:
            kinds.add("weekday")
        if m["lunar"] is not None:
            kinds.add("lunar")
        out.append(_Region(m.start("date"), m.end(), n, n, frozenset(kinds)))
        break  # the first such clause is the page's own; later ones quote other days
    return out


def _regions(page: _Page, labels: dict[int, str], skip: set[int]) -> list[_Region]:
    """Candidate masthead blocks, best first (lines in ``skip`` are page facts, no furniture)."""
    furniture = {n: k for n, k in _line_kinds(page, labels).items() if n not in skip}
    regions = _blocks(page, furniture, skip)
    for n, hits in page.marks.items():
        if n in furniture or n in skip:
            continue
        head = None
        if {h.kind for h in hits} & _HEAD_WEIGHTS.keys():
            head = _head_region(page, n)
        if head is None:
            head = _inline_head(page, n)
        if head is not None:
            regions.append(head)
    regions += _today_regions(page)
    good = [r for r in regions if r.score >= 3]
    good.sort(key=lambda r: (-r.score, r.start))
    # Contact details alone (a site's footer: 电话 地址 邮箱) do not make a masthead: the
    # first block needs a fact of the paper itself (a date, a name, an identifier, …).
    while good and good[0].kinds <= _CONTACT:
        del good[0]
    if not good:
        return []
    best = good[0]
    chosen = [best]
    covered = set(best.kinds)
    for r in good[1:]:
        lines_ok = all(
            n in furniture or _is_name_line(page.line(n))
            for n in range(r.first_line, r.last_line + 1)
            if not page.blank(n)
        )
        new_strong = (r.kinds & _STRONG) - covered
        if lines_ok and new_strong:
            chosen.append(r)
            covered |= r.kinds
    chosen.sort(key=lambda r: r.start)
    return chosen


# --- page facts: source lines, page labels, navigators, web titles ---------------------------


class _Source(NamedTuple):
    """A source line: paper, date and page an article was printed in."""

    line: int
    paper: PaperName | None
    date: PrintedDate | None
    edition: Edition | None


@attrs.define
class _Facts:
    """What the page prints outside its masthead block."""

    labels: dict[int, str] = attrs.field(factory=dict)  # line -> "edition"|"nav"|"current"
    skip: set[int] = attrs.field(factory=set)  # lines that are page facts, not furniture
    sources: list[_Source] = attrs.field(factory=list)
    current: Edition | None = None
    page_count: PageCount | None = None
    title: PaperName | None = None
    dated: PrintedDate | None = None  # a web page's date line (文章日期:2020年5月24日)
    issue: IssueTotal | None = None  # a running number alone on a line near the top
    field_name: PaperName | None = None  # a source field naming a paper (来源:日本新华侨报)


class _Label(NamedTuple):
    line: int
    value: str
    name: str | None
    start: int  # the label (第03版:要闻) in normalised coordinates
    end: int
    decorated: bool


def _label_lines(page: _Page) -> list[_Label]:
    out: list[_Label] = []
    crumbs: list[_Label] = []
    for n, hits in page.marks.items():
        if not any(h.kind == "label" for h in hits):
            continue
        a, b = page.table.starts[n], page.table.ends[n]
        m = _LABEL_LINE.fullmatch(page.text, a, b)
        if m is None:
            continue
        # a breadcrumb's label only stands for the page when the page prints no label line
        # of its own (the trail … > 第434期 > 第4版 over 第4版 :五江之源 repeats it)
        (crumbs if m.group("crumbs") else out).append(
            _Label(
                line=n,
                value=m.group("v"),
                name=_section(m.group("name")),
                start=m.start("label"),
                end=m.end("label"),
                decorated=bool(m.group("bullet") or m.group("links")),
            )
        )
    return out or crumbs


def _edition_of(page: _Page, label: _Label, origin: Origin) -> Edition:
    span = page.span(label.start, label.end)
    return Edition(value=label.value, name=label.name, origin=origin, span=span, text=span.text)


def _navigators(page: _Page, facts: _Facts) -> None:
    """Page labels: runs of them are navigators (the page count, and the current page when
    the run's last entry repeats an earlier one); a decorated one alone is the current page;
    a plain one alone is masthead furniture (an inner page's label)."""
    labels = _label_lines(page)
    runs: list[list[_Label]] = []
    for lab in labels:
        prev = runs[-1][-1] if runs else None
        if prev is not None and all(page.blank(k) for k in range(prev.line + 1, lab.line)):
            runs[-1].append(lab)
        else:
            runs.append([lab])
    pages: dict[str, None] = {}
    first: _Label | None = None
    last: _Label | None = None
    for run in runs:
        if len(run) == 1:
            lab = run[0]
            # An archive's 第6版() (an empty page name) heads an item: the page's label, read
            # as a page fact like a decorated one (the item keeps its head).
            if lab.decorated or (page.text[lab.end - 1] == ")" and lab.name is None):
                facts.labels[lab.line] = "current"
                facts.skip.add(lab.line)
                if facts.current is None:
                    facts.current = _edition_of(page, lab, "page-label")
            else:
                facts.labels[lab.line] = "edition"
            continue
        seen = [lab.value for lab in run]
        if len(set(seen)) == 1:
            continue  # the same label printed again and again: no navigator
        for lab in run:
            facts.labels[lab.line] = "nav"
            facts.skip.add(lab.line)
            pages.setdefault(lab.value.lstrip("0") or "0", None)
        first = first or run[0]
        last = run[-1]
        if run[-1].value in seen[:-1] and facts.current is None:
            facts.current = _edition_of(page, run[-1], "page-label")
    if first is not None and last is not None:
        span = page.span(first.start, last.end)
        facts.page_count = PageCount(
            value=len(pages), origin="navigator", span=span, text=span.text
        )


def _current_labels(page: _Page, facts: _Facts) -> None:
    """当前版: A4版 (the page shown)."""
    for n, hits in page.marks.items():
        if not any(h.kind == "current" for h in hits):
            continue
        m = _CURRENT.search(page.text, page.table.starts[n], page.table.ends[n])
        if m is None:
            continue
        facts.skip.add(n)
        if facts.current is None:
            span = page.span(m.start("label"), m.end("label"))
            facts.current = Edition(
                value=m.group("v"),
                name=_section(m.group("name")),
                origin="page-label",
                span=span,
                text=span.text,
            )


def _source_lines(page: _Page, facts: _Facts) -> None:
    for n, hits in page.marks.items():
        if not any(h.kind == "source" for h in hits):
            continue
        a, b = page.table.starts[n], page.table.ends[n]
        k = page.text.rfind("《", a, b)
        k2 = page.text.rfind("(", a, b)
        m = None
        for start in sorted({x for x in (k, k2, a) if x >= a}):
            m = _SOURCE_LINE.match(page.text, start, b)
            if m is not None:
                break
        if m is None:
            continue
        facts.skip.add(n)
        facts.sources.append(_source_of(page, n, m))


def _source_of(page: _Page, n: int, m: regex.Match[str]) -> _Source:
    span = page.span(m.start("paper"), m.end("paper"))
    paper = PaperName(value=m.group("paper"), origin="source-line", span=span, text=span.text)
    found: PrintedDate | None = None
    try:
        value = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        value = None
    if value is not None:
        span = page.span(m.start("date"), m.end("date"))
        found = PrintedDate(value=value, origin="source-line", span=span, text=span.text)
    edition: Edition | None = None
    if m.group("ed"):
        span = page.span(m.start("ed"), m.end("ed"))
        edition = Edition(
            value=m.group("v"),
            name=_section(m.group("name")),
            origin="source-line",
            span=span,
            text=span.text,
        )
    return _Source(line=n, paper=paper, date=found, edition=edition)


def _web_title(page: _Page, facts: _Facts) -> None:
    """A line that is only a paper's name and 电子报/数字报/电子版."""
    for n, hits in page.marks.items():
        if not any(h.kind == "title" for h in hits):
            continue
        a, b = page.table.starts[n], page.table.ends[n]
        m = _WEB_TITLE.fullmatch(page.text, a, b)
        if m is not None:
            span = page.span(m.start("name"), m.end("name"))
            facts.title = PaperName(
                value=m.group("name"), origin="web-title", span=span, text=span.text
            )
            return


#: A web article page's date line: the date alone on its line, maybe labelled (文章日期,
#: 发布时间, date …, or any short label: 當前報章2020年10月05日; not an event's 创刊于…), or
#: ending a title line after a separator (``China Times … • 2022-01-21 11:38``) or a line as
#: a field with a colon (``只看楼主 倒序阅读 0 发表于: 1955-12-23``), and followed
#: by a weekday and a time (``2018-08-26``, ``文章日期:2020年5月24日``, ``发布时间:2021-03-28
#: 08:15``).
_DATE_LINE = _rx.compile(
    r"""
    [ \t]*+
    (?:[^\n]{1,60}?[ \t][•·|][ \t]*+
      |(?:[^\n]{1,60}?[ \t])?\p{Han}{1,6}+[ \t]*+:[ \t]*+)?   # a field ending a line (… 发表于: …)
    (?:【?+(?:文章日期|发布日期|發佈日期|發布日期|出版日期|发布时间|發布時間|發佈時間|更新时间|更新時間
        |日期|时间|時間|[Dd]ate|DATE|\p{Han}{1,6}+(?<![于於在至到起]))】?+[ \t]*+[:=]?[ \t]*+)?
    (?P<date>(?P<y>(?:19|20)[0-9]{2})
      (?:[ \t]*+年[ \t]*+(?P<m>[0-9]{1,2})[ \t]*+月[ \t]*+(?P<d>[0-9]{1,2})[ \t]*+日
        |(?P<sep>[-/.])(?P<m2>[0-9]{1,2})(?P=sep)(?P<d2>[0-9]{1,2})))
    (?:[ \t]*+[(（]?(?:星期|周|週)[一二三四五六日天][)）]?)?
    (?:[ \t]*+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?
    [ \t]*+
    """,
    regex.VERBOSE,
)
#: How many lines from the top a date line may stand.
_DATE_LINE_REACH = 12
#: A date field's label alone on its line, the date on the next (報導時間 / 1957/03/20).
_DATE_FIELD_LABEL = _rx.compile(r"[ \t]*+\p{Han}{0,4}?(?:日期|时间|時間)[ \t]*+:?+[ \t]*+")


#: A date field in English opening a page, the rest of the line being the page's text
#: (`` date 2026-02-07 我的頻道``): a stored copy's or a feed's date of the page.
_OPENING_DATE = _rx.compile(
    r"[ \t]*+(?:[Dd]ate|DATE)[ \t]*+:?+[ \t]*+"
    r"(?P<date>(?P<y>(?:19|20)[0-9]{2})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2}))(?![0-9:-])"
)


def _date_line(page: _Page, facts: _Facts) -> None:
    """The date of a web article page printed alone on a line near the top, or anywhere
    under its field's label (a catalogue record), or in an English date field opening the
    page; the page's date when nothing else dates it."""
    starts, ends = page.table.starts, page.table.ends
    if starts:
        m = _OPENING_DATE.match(page.text, starts[0], ends[0])
        if m is not None:
            try:
                value = date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                value = None
            if value is not None:
                span = page.span(m.start("date"), m.end("date"))
                facts.dated = PrintedDate(
                    value=value, origin="date-line", span=span, text=span.text
                )
                return
    reach = min(len(starts), _DATE_LINE_REACH)
    later = sorted(
        n for n, hits in page.marks.items() if n >= reach and any(h.kind == "date" for h in hits)
    )
    for n in [*range(reach), *later]:
        m = _DATE_LINE.fullmatch(page.text, starts[n], ends[n])
        if m is None:
            continue
        if n >= reach:
            above = _neighbour(page, n, -1)
            if (
                page.text[starts[n] : m.start("date")].strip()
                or above is None
                or _DATE_FIELD_LABEL.fullmatch(page.line(above)) is None
            ):
                continue
        try:
            value = date(int(m["y"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
        except ValueError:
            continue
        span = page.span(m.start("date"), m.end("date"))
        facts.dated = PrintedDate(value=value, origin="date-line", span=span, text=span.text)
        return


#: A running number alone on its line (an e-paper's ``- 第2131期``): at least three digits,
#: as for :data:`_ISSUE_PLAIN`.
#: The same at the end of a title line (an issue's title on a reader site: ``港紙 HKI POST -
#: 第112期``), and an e-paper's issue-and-page head (``1886 期 / 第2版:2``: the running number,
#: then the page shown).
_ISSUE_LINE = _rx.compile(
    rf"""
    [ \t]*+(?:[-•·][ \t]*+|[^\n]{{1,40}}?[ \t][-–—|][ \t]*+)?+
    (?P<v>第[ \t]*+(?P<n>[0-9０-９]{{3,7}}+)[ \t]*+(?P<unit>[期号號])
      |(?P<n>[0-9０-９]{{3,7}}+)[ \t]*+(?P<unit>期)(?=[ \t]*+/))
    (?:[ \t]*+/[ \t]*+(?P<ed>第[ \t]*+(?P<p>{_PAGE_ID})[ \t]*+版)[^\n]{{0,20}}+)?+
    [ \t]*+
    """,
    regex.VERBOSE,
)


def _line_near_top(page: _Page, pattern: regex.Pattern[str]) -> regex.Match[str] | None:
    """The first of the page's top lines (:data:`_DATE_LINE_REACH`) that ``pattern`` matches
    whole, or ``None``."""
    starts, ends = page.table.starts, page.table.ends
    for n in range(min(len(starts), _DATE_LINE_REACH)):
        m = pattern.fullmatch(page.text, starts[n], ends[n])
        if m is not None:
            return m
    return None


def _issue_line(page: _Page, facts: _Facts) -> None:
    """The running number printed alone on a line near the top (the issue's number when the
    masthead block prints none)."""
    m = _line_near_top(page, _ISSUE_LINE)
    if m is None:
        return
    span = page.span(m.start("v"), m.end("v"))
    facts.issue = IssueTotal(
        value=int(m.group("n")), unit=m.group("unit"), span=span, text=span.text
    )
    if m["ed"] is not None and facts.current is None:
        span = page.span(m.start("ed"), m.end("ed"))
        facts.current = Edition(
            value=m["p"], name=None, origin="page-label", span=span, text=span.text
        )


#: A page label in Chinese numerals alone on its line (第一版, 第十二版): papers that number
#: their pages so (Macau, Hong Kong and Taiwan papers, older mainland ones) print the label on
#: its own line at the top of the page, as others print 第01版.
#: (版 or 頁: papers of the first half of the twentieth century, and magazines, number their
#: pages 第四頁 where later papers print 第四版; either way the number alone on its line near the
#: top is the page's own. A sheet and page, 第四張第三頁, is a position, not such a label.)
_HAN_LABEL_LINE = _rx.compile(
    r"[ \t]*+(?P<ed>第[ \t]*+(?P<v>[一二三四五六七八九十]{1,3}+)[ \t]*+[版頁页])[ \t]*+"
)


def _han_label_line(page: _Page, facts: _Facts) -> None:
    """The page's label in Chinese numerals, alone on a line near the top, when no other page
    label was found."""
    m = None if facts.current is not None else _line_near_top(page, _HAN_LABEL_LINE)
    if m is not None:
        span = page.span(m.start("ed"), m.end("ed"))
        facts.current = Edition(
            value=m["v"], name=None, origin="page-label", span=span, text=span.text
        )


#: A source field (来源:…, 資料來源 / 更生日報 with the value on the next line) whose value is
#: a paper's name.
_SOURCE_FIELD = _rx.compile(
    rf"""
    (?<!\p{{Han}})(?:[资資]料|稿件|文章|新[闻聞])?+{SOURCE_LABEL}
    (?=[ \t:\n])                                # a field: a colon, a space or a line break
    [ \t]*+:?+[ \t]*+(?:\n[ \t]*+)?+             # after its label (来源于X报 is a clause)
    (?P<name>\p{{Han}}{{2,12}}+)(?![\p{{Han}}\w])
    """,
    regex.VERBOSE,
)
#: Where a source field may stand (plain scans for a literal; the field is matched there).
_SOURCE_WORDS = (_rx.std_compile("源"), _rx.std_compile("出[处處]"))


def _source_field(page: _Page, facts: _Facts) -> None:
    """The first source field whose value is a paper's name (a name-shaped token or a known
    name; 来源:新华社 names an agency, not a paper)."""
    text = page.text
    words = sorted(w.start() for p in _SOURCE_WORDS for w in p.finditer(text))
    for k in words:
        k -= text[k] == "源"  # 来源, 稿源: the label starts a character before
        m = _SOURCE_FIELD.match(text, max(0, k - 2)) or _SOURCE_FIELD.match(text, k)
        if m is None:
            continue
        name = m.group("name")
        if _NAME_TOKEN.fullmatch(name) is None and _KNOWN_NAME.fullmatch(name) is None:
            continue
        span = page.span(m.start("name"), m.end("name"))
        facts.field_name = PaperName(value=name, origin="source-line", span=span, text=span.text)
        return


#: A document's title line (a flipbook's or PDF site's): the paper's name, maybe a regional
#: edition, and the date in digits only (星島日報(洛杉磯版)03202020, 中國報-马六甲20231101,
#: 星洲日报~全国_-_04_04_2024, or the date first: 12_09_2024星島日報(歐洲版)) or the issue's
#: running number (歐洲商報 第236期). An issue's title is the periodical's name and its
#: running number, whatever the name ends with (新加园第419期, 港紙 HKI POST - 第112期): a
#: title of three or more digits of 第N期 alone on the first line names the periodical.
_TITLE_NAME: Final = (
    r"(?:日[报報]|晚[报報]|晨[报報]|早[报報]|商[报報]"
    r"|[时時][报報]|[导導][报報]|[周週][报報]|[报報])"
)
_DOC_TITLE = _rx.compile(
    rf"""
    [ \t]*+
    (?:(?P<name>{_NAMES}|\p{{Han}}{{1,8}}?{_TITLE_NAME})
       (?:[ \t]*+\([^()\n]{{1,10}}\)|[ \t]*+[-–—~][ \t]*+\p{{Han}}{{1,6}}+)?+
       [ \t_-]*+(?:(?P<date>[0-9]{{8}}|[0-9]{{1,2}}_[0-9]{{1,2}}_[0-9]{{4}})
         |(?P<issue>第[ \t]*+(?P<n>[0-9０-９]{{3,7}}+)[ \t]*+(?P<unit>[期号號])))
     |(?P<date>[0-9]{{8}}|[0-9]{{1,2}}_[0-9]{{1,2}}_[0-9]{{4}})[ \t]*+
       (?P<name>{_NAMES}|\p{{Han}}{{1,8}}?{_TITLE_NAME})(?:[ \t]*+\([^()\n]{{1,10}}\))?+
     |(?P<name>\p{{Han}}{{2,8}}?)(?:[ \t]++[A-Za-z][A-Za-z.]*+(?:[ ][A-Za-z][A-Za-z.]*+){{0,3}})?+
       [ \t]*+(?:[-–][ \t]*+)?+
       (?P<issue>第[ \t]*+(?P<n>[0-9０-９]{{3,7}}+)[ \t]*+(?P<unit>[期号號])))
    [ \t]*+
    """,
    regex.VERBOSE,
)


def _digit_date(digits: str) -> date | None:
    """The one date that digits only can spell (20231101 year first, 03202020 month first,
    12_09_2024 day or month first); ``None`` when no reading, or two, make a date."""
    if "_" in digits:
        a, b, y = (int(x) for x in digits.split("_"))
        readings = [(y, b, a), (y, a, b)]
    else:
        n = [int(digits[i : i + 2]) for i in range(0, 8, 2)]
        readings = [
            (n[0] * 100 + n[1], n[2], n[3]),  # yyyymmdd
            (n[2] * 100 + n[3], n[0], n[1]),  # mmddyyyy
            (n[2] * 100 + n[3], n[1], n[0]),  # ddmmyyyy
        ]
    found: set[date] = set()
    for y, m, d in readings:
        if 1900 <= y <= 2099 and 1 <= m <= 12 and 1 <= d <= monthrange(y, m)[1]:
            found.add(date(y, m, d))
    return found.pop() if len(found) == 1 else None


def _doc_title(page: _Page, facts: _Facts) -> None:
    """A title line (the first line): the paper's name, and the date when its digits spell
    only one, or the running number."""
    first = _neighbour(page, -1, 1)
    if first is None:
        return
    m = _DOC_TITLE.fullmatch(page.text, page.table.starts[first], page.table.ends[first])
    if m is None:
        return
    # A name never ends in a copula: ``當前報章為 第12041號`` ("the issue shown is No. 12041")
    # is a site's label before the running number, which stands; the words are no name.
    if facts.title is None and not m["name"].endswith(("为", "為", "是")):
        span = page.span(m.start("name"), m.end("name"))
        facts.title = PaperName(value=m["name"], origin="web-title", span=span, text=span.text)
    if m["issue"] is not None:
        if facts.issue is None:
            span = page.span(m.start("issue"), m.end("issue"))
            facts.issue = IssueTotal(value=int(m["n"]), unit=m["unit"], span=span, text=span.text)
        return
    value = _digit_date(m["date"])
    if value is not None and facts.dated is None:
        span = page.span(m.start("date"), m.end("date"))
        facts.dated = PrintedDate(value=value, origin="date-line", span=span, text=span.text)


#: An e-paper's page label with the issue's date right after it, wherever it stands (a
#: flipbook's text layer runs it into the headlines: ``… 第A1版:封面 2021年02月23日 ·A02·``).
_LABEL_DATE = _rx.compile(
    rf"""
    (?P<ed>第(?P<v>{_PAGE_ID})版[ \t]*+:[ \t]*+(?P<name>{_SECTION}))[ \t]++
    (?P<date>(?P<y>(?:19|20)[0-9]{{2}})年(?P<m>[0-9]{{1,2}})月(?P<d>[0-9]{{1,2}})日)
    """,
    regex.VERBOSE,
)


#: Where such a label may start (a plain scan; the label and date are matched there).
_LABEL_WORD = _rx.std_compile("第(?:[A-Z]{1,2}|[a-z]{1,2})?[0-9]{1,3}版")


def _label_date(page: _Page, facts: _Facts) -> None:
    """A page label followed by a date (the page shown and its issue's date)."""
    for word in _LABEL_WORD.finditer(page.text):
        m = _LABEL_DATE.match(page.text, word.start())
        if m is None:
            continue
        try:
            value = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        if facts.current is None:
            span = page.span(m.start("ed"), m.end("ed"))
            facts.current = Edition(
                value=m["v"],
                name=_section(m["name"]),
                origin="page-label",
                span=span,
                text=span.text,
            )
        if facts.dated is None:
            span = page.span(m.start("date"), m.end("date"))
            facts.dated = PrintedDate(value=value, origin="date-line", span=span, text=span.text)
        return


#: A page's label given as a labelled field of an e-paper's article head or a catalogue record:
#: ``版次:07``, ``版次:A08``, ``【版次】= 01``, ``版面:头版``. The words 版次 and 版面 followed
#: by a colon are only ever such a field's label (版面设计, 版面编辑 are not followed by one).
_LABEL_FIELD = _rx.compile(
    rf"""
    【?+(?:版次|版面|版号|版號)】?+[ \t]*+[:=][ \t]*+
    (?P<v>{_PAGE_ID}|[头頭]版)(?![0-9A-Za-z\p{{Han}}])
    """,
    regex.VERBOSE,
)
#: A date at the start of a line with the page label after it, perhaps with a name between:
#: ``2023年09月20日 第07版``, ``1960年8月6日参考消息 第4版``, ``1959-12-22第4版面…``.
_DATE_THEN_LABEL = _rx.compile(
    rf"""
    [ \t]*+(?P<date>(?P<y>(?:19|20)[0-9]{{2}})
      (?:年(?P<m>[0-9]{{1,2}})月(?P<d>[0-9]{{1,2}})日
        |(?P<sep>[-/.])(?P<m2>[0-9]{{1,2}})(?P=sep)(?P<d2>[0-9]{{1,2}})(?![0-9])))
    [ \t]*+(?:\p{{Han}}{{2,8}}?[ \t]*+)?
    (?P<ed>第[ \t]*+(?P<v>{_PAGE_ID})[ \t]*+版(?:[ \t]*+:[ \t]*+(?P<name>{_SECTION}))?+)
    """,
    regex.VERBOSE,
)
#: A date anywhere on the line of a labelled page field (``版次:07  2023年09月20日``).
_FIELD_DATE = _rx.compile(
    r"(?P<y>(?:19|20)[0-9]{2})(?:年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日"
    r"|(?P<sep>[-/.])(?P<m2>[0-9]{1,2})(?P=sep)(?P<d2>[0-9]{1,2})(?![0-9]))"
)


def _match_date(m: regex.Match[str]) -> date | None:
    try:
        return date(int(m["y"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
    except ValueError:
        return None


def _dated_labels(page: _Page, facts: _Facts) -> None:
    """The page's label and its issue's date printed together near the top, as an e-paper's
    article page or an archive record gives them: a labelled page field (版次:07) with the
    date on its line, or a date with the page label after it. An e-paper identifies the page
    shown by this pair; a line holding both is the page's identification, not prose."""
    starts, ends = page.table.starts, page.table.ends
    for n in range(min(len(starts), _DATE_LINE_REACH)):
        a, b = starts[n], ends[n]
        if b - a > 120:
            continue
        m = _DATE_THEN_LABEL.match(page.text, a, b)
        if m is not None:
            value, ed_start, ed_end, d_start, d_end = (
                _match_date(m),
                m.start("ed"),
                m.end("ed"),
                m.start("date"),
                m.end("date"),
            )
            v, name = m["v"], m["name"]
        else:
            f = _LABEL_FIELD.search(page.text, a, b)
            if f is None:
                continue
            d = _FIELD_DATE.search(page.text, a, b)
            value = _match_date(d) if d is not None else None
            ed_start, ed_end, v, name = f.start("v"), f.end("v"), f["v"], None
            d_start, d_end = (d.start(), d.end()) if d is not None else (0, 0)
        if facts.current is None:
            span = page.span(ed_start, ed_end)
            facts.current = Edition(
                value=v, name=_section(name), origin="page-label", span=span, text=span.text
            )
        if value is not None and facts.dated is None:
            span = page.span(d_start, d_end)
            facts.dated = PrintedDate(value=value, origin="date-line", span=span, text=span.text)
        return


#: A short title line opening the page whose one full date names the day the page covers: a
#: digest's title (每日读报(2024年3月24日)) or a news site's digest of the papers
#: (【Now新聞台】2019年10月8日報章A1頭條摘要。). A title that short with a date in it is the
#: page's date line; a longer line is a sentence, whose date may be any day's.
_TITLE_DATE = _rx.compile(
    r"(?P<date>(?P<y>(?:19|20)[0-9]{2})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日)"
)
#: Prepositions before an event's date (创刊于…, 成立於…, 自…).
_EVENT_PREPOSITIONS: Final = ("于", "於", "在", "至", "到", "起", "自", "从", "從")
#: A clause break: a line with one is a sentence, not a title.
_CLAUSE_BREAK = _rx.compile(r"[,，;；]")
#: A time of day right after a date: the date is an event's.
_TIME_OF_DAY = _rx.compile(r"[ \t]*+(?:上午|下午|中午|晚上|晚间|晚間|早上|凌晨|[0-9]{1,2}[时時])")
#: The longest title line read so, in printed characters, and how many of the opening
#: non-blank lines are looked at (a site's title repeats a headline or a counter first).
_TITLE_DATE_MAX = 32
_TITLE_DATE_LINES = 6


def _title_date(page: _Page, facts: _Facts) -> None:
    """The date in one of the page's opening lines when that line is a short title holding
    one full date and no other (see :data:`_TITLE_DATE`); only when nothing else dates the
    page."""
    if facts.dated is not None:
        return
    lines: list[int] = []
    n: int | None = -1
    while len(lines) < _TITLE_DATE_LINES and n is not None:
        n = _neighbour(page, n, 1)
        if n is not None:
            lines.append(n)
    for n in lines:
        if _printed_length(page, n) > _TITLE_DATE_MAX:
            continue
        found = list(_finditer(_TITLE_DATE, page.text, page.table.starts[n], page.table.ends[n]))
        if len(found) != 1:
            continue
        m = found[0]
        rest = page.text[m.end() : page.table.ends[n]]
        if "年" in rest or "月" in rest or "日" in rest:
            continue  # a second date or a date range: no single day
        if _CLAUSE_BREAK.search(page.text, page.table.starts[n], page.table.ends[n]):
            continue  # a sentence (2020年5月24日下午,会议召开。), not a title
        if _TIME_OF_DAY.match(rest) is not None:
            continue  # an event's time (2020年5月24日下午), not the page's day
        if page.text[page.table.starts[n] : m.start()].endswith(_EVENT_PREPOSITIONS):
            continue  # 创刊于1992年9月1日: the day something happened
        try:
            value = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        span = page.span(m.start("date"), m.end("date"))
        facts.dated = PrintedDate(value=value, origin="date-line", span=span, text=span.text)
        return


def _page_facts(page: _Page) -> _Facts:
    facts = _Facts()
    _navigators(page, facts)
    _current_labels(page, facts)
    _source_lines(page, facts)
    _web_title(page, facts)
    _date_line(page, facts)
    _issue_line(page, facts)
    _han_label_line(page, facts)
    _source_field(page, facts)
    _doc_title(page, facts)
    _label_date(page, facts)
    _dated_labels(page, facts)
    _title_date(page, facts)
    return facts


def _merge_facts(m: Masthead, facts: _Facts) -> Masthead:
    """Fill what the block does not print from the page facts; different dates, names or
    pages become warnings."""
    warnings: list[MastheadWarning] = []
    sources = facts.sources
    names = [s.paper for s in sources if s.paper is not None]
    if facts.title is not None:
        names.append(facts.title)
    if facts.field_name is not None:
        names.append(facts.field_name)
    name = m.paper_name or (names[0] if names else None)
    if name is not None:
        for other in names:
            if other.value != name.value:
                warnings.append(_conflict("paper-name-conflict", name, other))
                break
    dates = [s.date for s in sources if s.date is not None]
    issue_date = m.date or (dates[0] if dates else None) or facts.dated
    if issue_date is not None:
        for printed in dates:
            if printed.value != issue_date.value:
                warnings.append(_conflict("date-conflict", issue_date, printed))
                break
    edition = m.edition or facts.current
    editions = [s.edition for s in sources if s.edition is not None]
    if edition is None and editions:
        values = {(e.value, e.name) for e in editions}
        if len({v for v, _ in values}) == 1:
            edition = editions[0]
        else:
            warnings.append(_conflict("edition-conflict", editions[0], editions[1]))
    return attrs.evolve(
        m,
        paper_name=name,
        date=issue_date,
        edition=edition,
        page_count=m.page_count or facts.page_count,
        issue_total=m.issue_total or facts.issue,
        warnings=m.warnings + tuple(warnings),
    )


def _conflict(
    code: str, kept: PaperName | PrintedDate | Edition, other: PaperName | PrintedDate | Edition
) -> MastheadWarning:
    if code == "edition-conflict":
        message = (
            f"source lines name the pages {kept.text!r} and {other.text!r}: the text holds "
            "several pages, so no edition is given"
        )
    else:
        what = "date" if code == "date-conflict" else "paper name"
        message = (
            f"the {what} {kept.text!r} ({kept.origin}) and {other.text!r} ({other.origin}) "
            "are both printed on the page"
        )
    return MastheadWarning(code=code, message=message, span=other.span)


# --- field readers --------------------------------------------------------------------------


def _inside(regions: Sequence[_Region], start: int, end: int) -> bool:
    return any(r.start <= start and end <= r.end for r in regions)


def _first(
    pattern: regex.Pattern[str],
    page: _Page,
    regions: Sequence[_Region],
    accept: Callable[[regex.Match[str]], bool] | None = None,
) -> regex.Match[str] | None:
    for r in regions:
        found = _finditer(pattern, page.text, r.start, r.end)
        for m in found:
            if _overlaps_consumed(page, m.start(), m.end()):
                continue
            if accept is None or accept(m):
                return m
    return None


def _is_weekday(m: regex.Match[str]) -> bool:
    en = m.group("en")
    return en is None or m.group().rstrip(".").lower() in _EN_FULL


def _overlaps_consumed(page: _Page, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in page.consumed)


def _consume(page: _Page, start: int, end: int) -> None:
    page.consumed.append((start, end))


class _Taken(NamedTuple):
    """Ranges taken by read fields, sorted by start, with the running maximum of their ends:
    whether a range overlaps one of them is a binary search, not a walk over all of them."""

    ranges: list[tuple[int, int]]
    reach: list[int]  # reach[i]: the largest end among ranges[: i + 1]

    @classmethod
    def of(cls, consumed: Sequence[tuple[int, int]]) -> _Taken:
        ranges = sorted(consumed)
        reach = list(accumulate((e for _, e in ranges), max))
        return cls(ranges, reach)

    def first_reaching(self, pos: int) -> int:
        """Index of the first range whose running end passes ``pos``."""
        return bisect_right(self.reach, pos)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.ranges, (end,))  # ranges[:i] start before ``end``
        return i > 0 and self.reach[i - 1] > start


def _label_start(text: str, value_start: int, label: str | None) -> int:
    """Where a label printed before ``value_start`` begins (or ``value_start``)."""
    if not label:
        return value_start
    k = value_start
    while k > 0 and text[k - 1] in " \t:\n\r":
        k -= 1
    if text.endswith(label, 0, k):
        return k - len(label)
    return value_start


def _weekday_value(m: regex.Match[str] | None) -> int | None:
    """The ISO weekday a :data:`_WEEKDAY` match names."""
    if m is None:
        return None
    if m.group("en"):
        return _EN_WEEKDAYS.index(m.group("en")[:3].lower()) + 1
    return WEEKDAY_NUMBERS[m.group("d")]


def _weekday(page: _Page, regions: Sequence[_Region]) -> PrintedWeekday | None:
    m = _first(_WEEKDAY, page, regions, accept=_is_weekday)
    value = _weekday_value(m)
    if m is None or value is None:
        return None
    _consume(page, m.start(), m.end())
    span = page.span(m.start(), m.end())
    return PrintedWeekday(value=value, span=span, text=span.text)


def _trim_date_span(page: _Page, start: int, end: int) -> tuple[int, int]:
    """A date's range without an attached weekday, parentheses and a 农历 label."""
    text = page.text
    wd = _WEEKDAY.search(text, start, end)
    if wd is not None:
        if wd.start() > start:
            end = wd.start()
        else:
            start = wd.end()
    label = _LUNAR_LABEL.match(text, start, end)
    if label is not None:
        start = label.end()
    while start < end and text[start] in " \t()[]【】":
        start += 1
    while end > start and text[end - 1] in " \t()[]【】":
        end -= 1
    return start, end


def _dates(
    page: _Page, regions: Sequence[_Region]
) -> tuple[DateMention | None, tuple[int, int], DateMention | None, tuple[int, int]]:
    greg: DateMention | None = None
    lunar: DateMention | None = None
    g_range = l_range = (0, 0)
    for f in page.dates:
        d = f.item
        assert isinstance(d, DateMention)
        if not _inside(regions, f.start, f.end):
            continue
        if d.calendar == "lunar":
            if lunar is None and d.month is not None and d.day is not None:
                lunar = d
                l_range = _trim_date_span(page, f.start, f.end)
                # Only the date itself is taken: a mention that starts at the weekday
                # printed before it (星期四癸卯年十二月廿二) leaves the weekday to be read.
                # The 农历 label before the date is furniture too.
                weekday = _WEEKDAY.match(page.text, f.start, f.end)
                # So is one printed after it (農曆丁未年五月二十七日 星期二, the Gregorian date
                # on the line above): the head prints the day's weekday once, beside either
                # date, and the weekday reader checks it against the issue's date.
                after = _WEEKDAY.search(page.text, f.start + 1, f.end)
                _consume(
                    page,
                    f.start if weekday is None else weekday.end(),
                    f.end if after is None else after.start(),
                )
                label_start = _label_before_lunar(page.text, f.start)
                _consume(page, label_start, f.start)
        elif greg is None and d.date is not None and d.year is not None and d.relative_days is None:
            greg = d
            g_range = _trim_date_span(page, f.start, f.end)
            _consume(page, g_range[0], g_range[1])
            label = _DATE_LABEL.search(page.text, max(0, g_range[0] - 12), g_range[0])
            if label is not None:  # 出版日期: is furniture too
                _consume(page, label.start(), g_range[0])
    return greg, g_range, lunar, l_range


def _label_before_lunar(text: str, start: int) -> int:
    k = start
    while k > 0 and text[k - 1] in " \t:":
        k -= 1
    if k >= 2 and text[k - 2] in "农農" and text[k - 1] in "历曆歷":
        return k - 2
    return start


def _website(page: _Page, regions: Sequence[_Region]) -> LabeledValue | None:
    text = page.text
    for r in regions:
        for m in _finditer(_URL, text, r.start, r.end):
            if _overlaps_consumed(page, m.start(), m.end()):
                continue
            line_start = text.rfind("\n", r.start, m.start()) + 1
            before = _LABEL_BEFORE.search(text, max(line_start, m.start() - 14), m.start())
            label: str | None = None
            label_start = m.start()
            if before is not None:
                run = before.group("label")
                if run.endswith(_WEB_LABELS) or run.endswith(("网", "網")):
                    # The whole run is the label: 电子版, 光明网网址, 德州晚报网.
                    label_start = before.start()
                if label_start != m.start():
                    label_end = before.start() + len(run)
                    label = page.span(label_start, label_end).text
                    page.web_label = (label_start, label_end)
            _consume(page, label_start, m.end())
            span = page.span(m.start("v"), m.end("v"))
            return LabeledValue(value=m.group("v"), label=label, span=span, text=span.text)
    return None


def _address_line_near(page: _Page, regions: Sequence[_Region]) -> LabeledValue | None:
    """A line that is only a web address in the page's head (its first eight printed lines)
    or next to a masthead block (two lines above it, three below): the paper prints its site
    near its name and date as a line of its own (``www.franceqw.com``, ``CHUNGWAH.ORG.AU``);
    an advertiser's address stands inside its copy, with other words on its line, and further
    down the page."""
    starts, ends = page.table.starts, page.table.ends
    near: list[int] = []
    for r in regions:
        for step, reach in ((-1, 2), (1, 3)):
            k: int | None = r.first_line if step < 0 else r.last_line
            for _ in range(reach):
                k = _neighbour(page, k, step) if k is not None else None
                if k is None:
                    break
                near.append(k)
    top = [n for n in range(min(len(starts), 40)) if not page.blank(n)][:8]
    for k in [*near, *top]:
        m = _URL.search(page.text, starts[k], ends[k])
        if m is None or page.text[starts[k] : m.start()].strip():
            continue
        if page.text[m.end() : ends[k]].strip() or _overlaps_consumed(page, m.start(), m.end()):
            continue
        _consume(page, m.start(), m.end())
        span = page.span(m.start("v"), m.end("v"))
        return LabeledValue(value=m.group("v"), label=None, span=span, text=span.text)
    return None


def _labeled(
    pattern: regex.Pattern[str],
    page: _Page,
    regions: Sequence[_Region],
    *,
    stop: regex.Pattern[str] | None = None,
) -> LabeledValue | None:
    m = _first(pattern, page, regions)
    if m is None:
        return None
    v_start, v_end = m.start("v"), m.end("v")
    if stop is not None:
        cut = stop.search(page.text, v_start, v_end)
        if cut is not None and cut.start() > v_start:
            v_end = cut.start()
    _consume(page, min(m.start(), v_start), v_end)
    span = page.span(v_start, v_end)
    label = m.group("label")
    label_text = None
    if label is not None:
        label_text = page.span(m.start("label"), m.end("label")).text
    value = page.text[v_start:v_end]
    return LabeledValue(value=value, label=label_text, span=span, text=span.text)


def _phones(page: _Page, regions: Sequence[_Region]) -> tuple[LabeledValue, ...]:
    text = page.text
    out: list[LabeledValue] = []
    taken = _Taken.of(page.consumed)  # the phones read here do not overlap one another
    for r in regions:
        for m in _finditer(_PHONE, text, r.start, r.end):
            if taken.overlaps(m.start(), m.end()):
                continue
            label = page.span(m.start("label"), m.end("label")).text
            items = [(m.start("v"), m.end("v"))]
            end = m.end()
            while True:
                more = _MORE_PHONE.match(text, end, r.end)
                if more is None:
                    break
                items.append((more.start("v"), more.end("v")))
                end = more.end()
            _consume(page, m.start(), end)
            for s, e in items:
                span = page.span(s, e)
                value = _DASH_RE.sub("-", text[s:e])
                out.append(LabeledValue(value=value, label=label, span=span, text=span.text))
    return tuple(out)


def _price(page: _Page, regions: Sequence[_Region]) -> Price | None:
    m = _first(_PRICE, page, regions)
    if m is None:
        return None
    _consume(page, m.start(), m.end())
    start = m.start("cur") if m.group("cur") else m.start("v")
    span = page.span(start, m.end())
    currency = m.group("unit") or m.group("cur")
    label = page.span(m.start("label"), m.end("label")).text
    return Price(
        value=Fraction(m.group("v")), currency=currency, label=label, span=span, text=span.text
    )


def _issue_total(page: _Page, regions: Sequence[_Region]) -> IssueTotal | None:
    m = _first(_ISSUE, page, regions) or _first(_ISSUE_PLAIN, page, regions)
    if m is None:
        return None
    _consume(page, m.start(), m.end())
    label = _ISSUE_LABEL.search(page.text, max(0, m.start() - 8), m.start())
    if label is not None:  # 期数: before 第412期
        _consume(page, label.start(), m.start())
    span = page.span(m.start(), m.end())
    n = m.group("n")
    value = int(n) if n.isdecimal() else small_int(n, digit_by_digit=True)
    if value is None:
        return None
    return IssueTotal(value=value, unit=m.group("unit"), span=span, text=span.text)


def _page_count(page: _Page, regions: Sequence[_Region]) -> PageCount | None:
    for r in regions:
        for m in _finditer(_PAGES, page.text, r.start, r.end):
            value = small_int(m.group("n"))
            if value is None or value == 0 or _overlaps_consumed(page, m.start(), m.end()):
                continue
            _consume(page, m.start(), m.end())
            span = page.span(m.start(), m.end())
            return PageCount(value=value, span=span, text=span.text)
    return None


def _edition(page: _Page, regions: Sequence[_Region]) -> Edition | None:
    m = _first(_EDITION, page, regions)
    if m is None:
        # A page head's bare page number (2 時政 …), only at the start of a head region.
        for r in regions:
            if "pagehead" in r.kinds and r.first_line == r.last_line:
                m = _HEAD_NUMBER.match(page.text, r.start, r.end)
                if m is not None and not _overlaps_consumed(page, m.start(), m.end()):
                    break
                m = None
    if m is None:
        m = _padded_page_number(page, regions)
    if m is None:
        return None
    start = m.start("v") if m.group().startswith((" ", "\t")) else m.start()
    _consume(page, start, m.end())
    span = page.span(start, m.end())
    return Edition(value=m.group("v"), name=_section(m.group("name")), span=span, text=span.text)


def _padded_page_number(page: _Page, regions: Sequence[_Region]) -> regex.Match[str] | None:
    """A page number printed alone on the line just before or after the masthead block, with
    its leading zero (``02``): page numbers are padded so in page heads, while a bare ``2``
    or ``46`` on its own line may be anything (a count, a price, a figure's caption)."""
    for r in regions:
        for n in (_neighbour(page, r.first_line, -1), _neighbour(page, r.last_line, 1)):
            if n is None:
                continue
            a, b = page.table.starts[n], page.table.ends[n]
            m = _PADDED_NUMBER.fullmatch(page.text, a, b) or _LETTERED_PAGE.fullmatch(
                page.text, a, b
            )
            if m is not None and not _overlaps_consumed(page, m.start("v"), m.end("v")):
                return m
    return None


def _section(name: str | None) -> str | None:
    """A page's name without the spaces some sites print inside it (要 闻 -> 要闻)."""
    return None if name is None else name.replace(" ", "")


def _paper_name(
    page: _Page, regions: Sequence[_Region], website: LabeledValue | None
) -> PaperName | None:
    text = page.text
    taken = _Taken.of(page.consumed)
    # 1. A line, or what is left of it once dates and labels are read, that is only a name
    #    (人民日报2025.12.22星期一; a web title 人民日报电子报 gives 人民日报).
    for r in regions:
        for a, b in _region_lines(page, r):
            for s, e in _pieces(a, b, taken):
                piece = text[s:e].strip()
                if not piece or not _is_name_line(piece):
                    continue
                start = text.index(piece, s, e)
                latin = _latin_name_end(piece)
                start, piece = start + latin, piece[latin:]
                piece = piece[: _latin_tail_start(piece)]
                title = _WEB_TITLE.fullmatch(piece)
                end = start + (title.end("name") if title is not None else len(piece))
                return _name_at(page, start, end)
    # 2. A known name anywhere in the block.
    m = _first(_KNOWN_NAME, page, regions)
    if m is not None:
        return _name_at(page, m.start(), m.end())
    # 3. A name-shaped token standing between spaces (masthead run together on one line).
    m = _first(_NAME_TOKEN, page, regions)
    if m is not None:
        return _name_at(page, m.start(), m.end())
    # 4. A website label such as 德州晚报网.
    if website is not None and page.web_label is not None:
        start, end = page.web_label
        if text[end - 1] in "网網" and _NAME_TOKEN.fullmatch(text, start, end - 1):
            return _name_at(page, start, end - 1, consume=False)
    return None


def _name_at(page: _Page, start: int, end: int, *, consume: bool = True) -> PaperName:
    if consume:
        _consume(page, start, end)
    span = page.span(start, end)
    return PaperName(value=page.text[start:end], span=span, text=span.text)


def _region_lines(page: _Page, r: _Region) -> list[tuple[int, int]]:
    """The non-blank lines of a region, clipped to it (a page head ends inside its line)."""
    out = []
    for n in range(r.first_line, r.last_line + 1):
        a, b = max(page.table.starts[n], r.start), min(page.table.ends[n], r.end)
        if page.text[a:b].strip():
            out.append((a, b))
    return out


def _pieces(a: int, b: int, taken: _Taken) -> list[tuple[int, int]]:
    """The parts of ``[a, b)`` that no read field took."""
    pieces: list[tuple[int, int]] = []
    pos = a
    for s, e in itertools.islice(taken.ranges, taken.first_reaching(a), None):
        if s >= b:
            break
        if e <= pos:
            continue
        if s > pos:
            pieces.append((pos, s))
        pos = max(pos, e)
    if pos < b:
        pieces.append((pos, b))
    return pieces


# A web page's meta field (来源: 新華社): the line says where the copy came from.
_WEB_META_FIELD = _rx.compile(rf"{SOURCE_LABEL}[ ]*+[:：]")


def _slogans(page: _Page, regions: Sequence[_Region]) -> tuple[Slogan, ...]:
    """Lines of the masthead's regions no field took. A web page's meta line (``date
    来源: X``) and the page's title over it are not the paper's slogans."""
    text = page.text
    out: list[Slogan] = []
    taken = _Taken.of(page.consumed)
    for r in regions:
        lines = _region_lines(page, r)
        meta = [_WEB_META_FIELD.search(text, a, b) is not None for a, b in lines]
        for k, (a, b) in enumerate(lines):
            if meta[k] or (k + 1 < len(lines) and meta[k + 1]):
                continue
            for s, e in _pieces(a, b, taken):
                m = _SLOGAN_TRIM.sub("", text[s:e])
                if not m:
                    continue
                s2 = text.index(m, s, e)
                e2 = s2 + len(m)
                if len(HAN_RE.findall(m)) < 3 and (len(m) < 4 or not _LATIN_SLOGAN.fullmatch(m)):
                    continue
                span = page.span(s2, e2)
                out.append(Slogan(span=span, text=span.text))
    return tuple(out)


# --- cross-checks ---------------------------------------------------------------------------


def _reference_year(page: _Page, facts: _Facts) -> int:
    """A year to place a 干支 name near: a Gregorian year printed in the block or on a source
    line, else the default."""
    for f in page.dates:
        d = f.item
        assert isinstance(d, DateMention)
        if d.calendar != "lunar" and d.year is not None and 1900 <= d.year <= 2100:
            return d.year
    for s in facts.sources:
        if s.date is not None:
            return s.date.value.year
    return DEFAULT_GANZHI_NEAR


def _lunar_field(
    page: _Page,
    mention: DateMention,
    rng: tuple[int, int],
    issue_date: date | None,
    near: int,
) -> PrintedLunarDate:
    assert mention.month is not None
    assert mention.day is not None
    year: int | None = None
    if mention.ganzhi is not None:
        ref = issue_date.year if issue_date is not None else near
        try:
            year = resolve_ganzhi(mention.ganzhi, near=ref)
        except PaperParseError:
            year = None
        if issue_date is not None and year is not None:
            expected = _safe_lunar(issue_date)
            if expected is not None and abs(expected.year - year) <= 1:
                # Printed name wrong or right, the date's own lunar year is the one meant.
                year = expected.year if expected.ganzhi == mention.ganzhi else year
    elif mention.year is not None:
        year = mention.year  # printed: a Qing reign's year (宣統三年), 农历2024年
    elif issue_date is not None:
        expected = _safe_lunar(issue_date)
        year = expected.year if expected is not None else None
    span = page.span(rng[0], rng[1])
    return PrintedLunarDate(
        ganzhi=mention.ganzhi,
        year=year,
        month=mention.month,
        day=mention.day,
        leap=mention.leap,
        span=span,
        text=span.text,
    )


def _safe_lunar(d: date) -> LunarDate | None:
    try:
        return solar_to_lunar(d)
    except (PaperParseError, ValueError, OverflowError):
        return None


def _checks(m: Masthead) -> list[MastheadWarning]:
    out: list[MastheadWarning] = []
    d = m.date.value if m.date is not None else None
    if d is not None and m.weekday is not None and d.isoweekday() != m.weekday.value:
        out.append(
            MastheadWarning(
                code="weekday-mismatch",
                message=f"{d.isoformat()} is weekday {d.isoweekday()}, "
                f"but {m.weekday.text!r} is printed",
                span=m.weekday.span,
            )
        )
    if d is not None and m.lunar is not None and not (m.date is not None and m.date.derived):
        expected = _safe_lunar(d)
        if expected is not None:
            if (expected.month, expected.day, expected.leap) != (
                m.lunar.month,
                m.lunar.day,
                m.lunar.leap,
            ):
                out.append(
                    MastheadWarning(
                        code="lunar-mismatch",
                        message=f"{d.isoformat()} is lunar {expected}, "
                        f"but {m.lunar.text!r} is printed",
                        span=m.lunar.span,
                    )
                )
            if m.lunar.ganzhi is not None and m.lunar.ganzhi != expected.ganzhi:
                out.append(
                    MastheadWarning(
                        code="ganzhi-mismatch",
                        message=f"{d.isoformat()} is in the lunar year {expected.ganzhi}, "
                        f"but {m.lunar.ganzhi!r} is printed",
                        span=m.lunar.span,
                    )
                )
    cn = m.cn_number
    if cn is not None:
        if cn.region is None:
            out.append(
                MastheadWarning(
                    code="cn-region-unknown",
                    message=f"CN region code {cn.region_code} is not a known region",
                    span=cn.span,
                )
            )
        if cn.kind != "newspaper":
            out.append(
                MastheadWarning(
                    code="cn-serial-range",
                    message=f"CN serial {cn.serial} is outside the newspaper range 0001-0999",
                    span=cn.span,
                )
            )
    if m.issn is not None and not m.issn.check_ok:
        out.append(
            MastheadWarning(
                code="issn-check-digit",
                message=f"ISSN {m.issn.value} has a wrong check digit",
                span=m.issn.span,
            )
        )
    if cn is not None and m.paper_name is not None and not m.paper_name.derived:
        known = paper_by_name(m.paper_name.value)
        if known is not None and known.cn is not None and known.cn != cn.value.split("/")[0]:
            out.append(
                MastheadWarning(
                    code="paper-name-mismatch",
                    message=f"{known.name} has CN {known.cn}, but CN {cn.value} is printed",
                    span=cn.span,
                )
            )
    return out


# --- the entry point ------------------------------------------------------------------------


def parse_masthead(text: str | Page) -> Masthead:
    """Find and read the masthead of a page; never raises.

    Args:
        text: A whole page (or just a masthead), or the :class:`~paper_parser.text.Page`
            built from one (then the page is not normalised again). The masthead block is
            found wherever it is.

    Returns:
        A :class:`Masthead`; an empty one (all fields ``None``, ``spans`` empty) when the page
        has no masthead.

    >>> m = parse_masthead(
    ...     "德州晚报 2024年1月31日 星期三 国内统一刊号:CN37-0081 德州晚报网www.dzwww.com"
    ... )
    >>> m.paper_name.text, m.website.value, m.website.label, m.weekday.value
    ('德州晚报', 'www.dzwww.com', '德州晚报网', 3)
    >>> parse_masthead("今天天气很好。")
    Masthead(paper_name=None, date=None, ..., spans=())
    """
    norm = text.normalized if isinstance(text, Page) else None
    if isinstance(text, Page):
        text = text.original
    if not isinstance(text, str) or not text:
        return Masthead()
    try:
        return _parse(text, norm)
    except (ArithmeticError, LookupError, TypeError, ValueError, TimeoutError) as exc:
        # A bug must not escape a finder (the tests fuzz the worker directly), nor pass in
        # silence: the empty masthead says what happened (records copy backstop warnings).
        failed = MastheadWarning(
            code="backstop-error",
            message=f"parse_masthead failed ({type(exc).__name__}: {exc}); nothing was read",
            span=Span.of(text, 0, 0),
        )
        return Masthead(warnings=(failed,))


def _parse(text: str, norm: Normalized | None = None) -> Masthead:
    if norm is None:
        norm = normalize(text)
    page = _scan(
        _with_plain_numerals(_without_broken_lines(_without_letter_spacing(_without_glosses(norm))))
    )
    facts = _page_facts(page)
    regions = _regions(page, facts.labels, facts.skip)
    masthead = _read_block(page, regions, facts) if regions else Masthead()
    return _merge_facts(masthead, facts)


def _without_glosses(norm: Normalized) -> Normalized:
    """``norm`` with a converter's pinyin glosses left out (時(shí)政 reads 時政), mapped back
    to the same original; ``norm`` itself when it has none."""
    return norm.without([(m.start(), m.end()) for m in _GLOSS.finditer(norm.text)])


#: A head's date or page count that a PDF layer breaks over lines, each piece of the display
#: type a text run of its own (2024年1月 / 31日, 今日 / 16 / 版), or the weekday set vertically
#: (星 / 期 / 三, a character a line): the pieces are read as one. Each break is right after
#: 年, 月 or 今日, or before 版, or between lines of one character, and the pieces only make
#: the whole; running text does not break a line there.
_BROKEN_LINES = _rx.compile(
    r"""
    (?=[12〇零一二三四五六七八九今星 \t])                   # cheap first-character filter
    (?<![0-9〇零一二三四五六七八九])
    (?:(?:19|20)[0-9]{2}|[〇零一二三四五六七八九]{4})[ \t]*+年(?P<br>[ \t]*+\n[ \t]*+)?+
    (?:[0-9]{1,2}|十[一二]?+|[一二三四五六七八九])[ \t]*+月(?P<br>[ \t]*+\n[ \t]*+)?+
    (?:[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?+|[一二三四五六七八九])[ \t]*+[日号號]
    |(?<!\p{Han})今日(?P<br>[ \t]*+\n[ \t]*+)?+[0-9]{1,2}(?P<br>[ \t]*+\n[ \t]*+)?+版
    |(?<=^|\n)[ \t]*+星(?P<br>[ \t]*+\n[ \t]*+)期(?P<br>[ \t]*+\n[ \t]*+)[一二三四五六日天]
      (?=[ \t]*+(?:\n|$))                                   # 星 / 期 / 三: set vertically
    """,
    regex.VERBOSE,
)


def _without_broken_lines(norm: Normalized) -> Normalized:
    """``norm`` with the line breaks inside a head's broken date or page count left out
    (see :data:`_BROKEN_LINES`); ``norm`` itself when there are none."""
    cuts = [sp for m in _BROKEN_LINES.finditer(norm.text) for sp in m.spans("br")]
    return norm.without(cuts)


def _with_plain_numerals(norm: Normalized) -> Normalized:
    """``norm`` with its dates' financial numerals read as the plain ones (拾叁年柒月廿玖號,
    禮拜弍: see :func:`~paper_parser.calendar.plain_date_numerals`), character for character,
    so its offsets and spans are unchanged; ``norm`` itself when it has none."""
    text = plain_date_numerals(norm.text)
    return norm if text is norm.text else attrs.evolve(norm, text=text)


#: How many of a page's first lines are read for a name line letter-spaced in display type
#: (:data:`_SPACED_LINE`): a masthead's name stands in the page's head, and a page of such
#: lines further down (a banner, a layer that spaced every character) is no head; read
#: through the whole page they made a cut for every character (72x the page's size).
_SPACED_LINE_TOP = 60


def _without_letter_spacing(norm: Normalized) -> Normalized:
    """``norm`` with the spaces of letter-spaced runs left out (``2 0 2 1 年 9 月`` reads
    ``2021年9月``, spans still in the original); ``norm`` itself when it has none."""
    text = norm.text
    top = -1
    for _ in range(_SPACED_LINE_TOP):
        top = text.find("\n", top + 1)
        if top < 0:
            top = len(text)
            break
    # (a set: a run may be both a letter-spaced run and a spaced line)
    cuts = {
        (k, k + 1)
        for m in itertools.chain(_LETTER_SPACED.finditer(text), _SPACED_LINE.finditer(text, 0, top))
        for k in range(m.start() + 1, m.end() - 1)
        if text[k] == " " and not text[k - 1].isspace() and not text[k + 1].isspace()
    }
    return norm.without(sorted(cuts))


def _read_block(page: _Page, regions: Sequence[_Region], facts: _Facts) -> Masthead:
    """Read every field inside the masthead block(s)."""
    ntext = page.text
    _read_lines(page, regions[0].first_line, regions[0].last_line)
    for r in regions[1:]:
        _read_lines(page, r.first_line, r.last_line)

    def pick(items: Iterable[_Found]) -> CNNumber | PostalCode | ISSN | None:
        for f in items:
            item = f.item
            assert isinstance(item, CNNumber | PostalCode | ISSN)
            if _inside(regions, f.start, f.end):
                label = None if isinstance(item, ISSN) else item.label
                _consume(page, _label_start(ntext, f.start, label), f.end)
                span = page.span(f.start, f.end)
                return attrs.evolve(item, span=span, text=span.text)
        return None

    cn, postal, issn = pick(page.cns), pick(page.postals), pick(page.issns)
    assert cn is None or isinstance(cn, CNNumber)
    assert postal is None or isinstance(postal, PostalCode)
    assert issn is None or isinstance(issn, ISSN)

    greg, g_range, lunar_m, l_range = _dates(page, regions)
    weekday = _weekday(page, regions)
    issue_total = _issue_total(page, regions)
    page_count = _page_count(page, regions)
    edition = _edition(page, regions)
    email = _labeled(_EMAIL, page, regions)
    website = _website(page, regions) or _address_line_near(page, regions)
    # The address first: a glued one (社址:…107号邮编:310012) stops at the next label.
    address = _labeled(_ADDRESS, page, regions, stop=_ADDRESS_STOP)
    phones = _phones(page, regions)
    postcode = _labeled(_POSTCODE, page, regions)
    price = _price(page, regions)
    publisher = _labeled(_PUBLISHER, page, regions) if _has(page, regions, "主", "出版") else None

    issue_date: PrintedDate | None = None
    if greg is not None and greg.date is not None:
        span = page.span(*g_range)
        issue_date = PrintedDate(value=greg.date, span=span, text=span.text)
    lunar: PrintedLunarDate | None = None
    extra: list[MastheadWarning] = []
    if lunar_m is not None:
        near = _reference_year(page, facts)
        lunar = _lunar_field(page, lunar_m, l_range, issue_date.value if issue_date else None, near)
        if issue_date is None:
            issue_date = _derived_date(lunar, extra)

    name = _paper_name(page, regions, website)
    if name is None and cn is not None:
        known = paper_by_cn(cn.value.split("/")[0])
        if known is not None:
            name = PaperName(value=known.name, derived=True, span=cn.span, text=cn.text)

    masthead = Masthead(
        paper_name=name,
        date=issue_date,
        weekday=weekday,
        lunar=lunar,
        cn_number=cn,
        postal_code=postal,
        issn=issn,
        issue_total=issue_total,
        page_count=page_count,
        edition=edition,
        website=website,
        email=email,
        phones=phones,
        address=address,
        postcode=postcode,
        publisher=publisher,
        price=price,
        slogans=(),
        spans=tuple(page.span(r.start, r.end) for r in regions),
    )
    slogans = _slogans(page, regions)
    warnings = tuple(extra + _checks(masthead))
    return attrs.evolve(masthead, slogans=slogans, warnings=warnings)


def _has(page: _Page, regions: Sequence[_Region], *words: str) -> bool:
    """Whether one of ``words`` is printed in the regions (a reader that needs one is skipped
    otherwise)."""
    return any(w in page.text[r.start : r.end] for r in regions for w in words)


def _derived_date(lunar: PrintedLunarDate, extra: list[MastheadWarning]) -> PrintedDate | None:
    """The Gregorian date of a printed lunar date with its year (a 干支 name, a reign's year;
    no Gregorian date printed), or ``None`` with a ``lunar-invalid`` warning when that day
    does not exist."""
    if lunar.year is None or not MIN_DATE.year < lunar.year < MAX_DATE.year:
        return None  # (a year the lunar table does not hold: 光緒二十一年 is 1895)
    try:
        derived = lunar_to_solar(lunar.year, lunar.month, lunar.day, leap=lunar.leap)
    except (PaperParseError, ValueError):
        extra.append(
            MastheadWarning(
                code="lunar-invalid",
                message=f"{lunar.text!r} is not a day of the lunar year {lunar.year}",
                span=lunar.span,
            )
        )
        return None
    return PrintedDate(value=derived, derived=True, span=lunar.span, text=lunar.span.text)
