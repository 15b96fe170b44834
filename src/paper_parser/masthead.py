"""The masthead (报头): the page's identity card, found, parsed and cross-checked.

:func:`parse_masthead` takes a whole page. It does not assume the masthead is on the first
lines: every line is scored by the masthead furniture it carries (CN number, 邮发代号, ISSN,
date, weekday, lunar date, 总第N号, 今日N版, 社址, 邮编, website, e-mail, 主办, price, hotline,
known paper names), nearby furniture lines are grouped into candidate blocks (short lines in
between, such as slogans and the paper's name, come along), and the block with the most
furniture wins. Its fields are then read, each with its span and text as printed and a typed
value, and checked against each other; disagreements become :class:`MastheadWarning` records,
never exceptions.

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
from collections.abc import Iterable, Sequence
from datetime import date
from fractions import Fraction
from typing import Final, TypeVar

import attrs
import regex

from paper_parser._papers import KNOWN_NAME_FORMS, paper_by_cn, paper_by_name
from paper_parser._types import Span
from paper_parser.calendar import (
    DateMention,
    LunarDate,
    find_dates,
    ganzhi_year,
    lunar_to_solar,
    resolve_ganzhi,
    solar_to_lunar,
)
from paper_parser.errors import PaperParseError
from paper_parser.identifiers import (
    ISSN,
    CNNumber,
    PostalCode,
    find_cn_numbers,
    find_issns,
    find_postal_codes,
)
from paper_parser.text import DASHES, Normalized, Page, lines, normalize

__all__ = [
    "Edition",
    "IssueTotal",
    "LabeledValue",
    "Masthead",
    "MastheadWarning",
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
_IdT = TypeVar("_IdT", CNNumber, PostalCode, ISSN)
#: Year used to place a printed 干支 year when nothing on the page gives one (the 60-year
#: window 1970-2029 around it).
DEFAULT_GANZHI_NEAR: Final = 2000


# --- result types ---------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class MastheadWarning:
    """A consistency problem found in the masthead (data, not a Python warning).

    Attributes:
        code: One of ``"weekday-mismatch"``, ``"lunar-mismatch"``, ``"ganzhi-mismatch"``,
            ``"lunar-invalid"``, ``"cn-region-unknown"``, ``"cn-serial-range"``,
            ``"issn-check-digit"``, ``"paper-name-mismatch"``.
        message: A human-readable explanation.
        span: The printed item the warning is about.
    """

    code: str
    message: str
    span: Span


@attrs.frozen(kw_only=True)
class PaperName:
    """The paper's name. ``derived`` is true when it was looked up from the CN number
    (the name line is missing); then ``span``/``text`` are those of the CN number."""

    value: str
    derived: bool = False
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class PrintedDate:
    """The Gregorian date of the issue. ``derived`` is true when it was computed from the
    printed lunar date and 干支 year (no Gregorian date printed); then ``span``/``text`` are
    those of the lunar date."""

    value: date
    derived: bool = False
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
    """The running issue number, 总第N号 / 总第N期: ``value`` N, ``unit`` 号/期 as printed."""

    value: int
    unit: str
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class PageCount:
    """The number of pages of the issue (今日16版, 今日八版, 本期24版)."""

    value: int
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Edition:
    """A page label printed in the masthead (第01版, A01版), with its name if printed
    (第01版:要闻 -> ``value`` ``"01"``, ``name`` ``"要闻"``)."""

    value: str
    name: str | None = None
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
    ``warnings`` the consistency problems (empty for a consistent masthead).
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

#: Furniture markers looked for over the whole page (block detection only).
_FURNITURE_FIRST: Final = "总總今本共星礼禮农農社報报通邮郵wh电電网網@主出零定每热熱" + "".join(
    sorted({form[0] for form in KNOWN_NAME_FORMS})
)
_FURNITURE = regex.compile(
    rf"""
      (?=[{regex.escape(_FURNITURE_FIRST)}]|^)                    # cheap first-character filter
      (?:
      (?P<issue>[总總]第[ \t]{{0,2}}+\d{{1,7}}+[ \t]{{0,2}}+[号號期])   # 总第11997号
    | (?P<pages>(?:今日|本期|共)[ \t]{{0,2}}+(?:\d{{1,3}}+|[{_HAN_NUM}]{{1,3}}+)
        [ \t]{{0,2}}+(?:[开開]\S{{1,4}}?)?版)                      # 今日16版 / 今日4开16版
    | (?P<weekday>(?:星期|礼拜|禮拜)[一二三四五六日天])           # 星期四
    | (?P<lunarlabel>[农農][历曆歷])                              # 农历
    | (?P<address>[社報报]址|通[讯訊]地址)                        # 社址
    | (?P<postcode>[邮郵](?:[编編]|政[编編][码碼])[ \t]*+:?+[ \t]*+\d{{6}}(?!\d))  # 邮编
    | (?P<web>www\.|https?://|[电電]子版|[网網]址)                 # website
    | (?P<email>@[A-Za-z0-9-]++\.)                                # e-mail
    | (?P<publisher>主[办辦]|出版[单單]位)                         # 主办
    | (?P<price>零售[价價]|定[价價]|每份)                          # price
    | (?P<phone>[热熱][线線]|[电電][话話])                         # hotline
    | (?P<name>{"|".join(KNOWN_NAME_FORMS)})                      # a known paper name
    | (?P<edition>^[ \t]*+(?:第[ \t]*+[A-Z]?\d{{1,3}}+|[A-Z]\d{{1,3}}+)  # a line that is only a
        [ \t]*+版(?:[ \t]*+[:(]?+[ \t]*+\p{{Han}}{{2,6}}+\)?+)?+       # page label: 第03版:要闻,
        [ \t\r]*+$)                                               # A01版 (not 下转第2版)
      )
    """,
    regex.VERBOSE | regex.MULTILINE,
)

_WEIGHTS: Final = {
    "cn": 3,
    "postal": 3,
    "issn": 3,
    "issue": 3,
    "pages": 2,
    "date": 2,
    "lunar": 2,
    "lunarlabel": 1,
    "weekday": 1,
    "address": 1,
    "postcode": 2,
    "web": 1,
    "email": 1,
    "publisher": 1,
    "price": 1,
    "phone": 1,
    "name": 2,
    "edition": 3,
}
#: Furniture that identifies a masthead on its own (used for secondary blocks).
_STRONG: Final = frozenset({"cn", "postal", "issn", "issue", "address", "postcode", "price"})

#: A line looks like a bare paper name.
_NAME_TOKEN = regex.compile(
    r"""
    (?<!\p{Han})
    (?P<name>\p{Han}{1,8}?                 # the place / title part, short
      (?:日[报報]|晚[报報]|晨[报報]|早[报報]|商[报報]|[时時][报報]|[导導][报報]
        |[周週][报報]|[报報]))
    (?!\p{Han})
    """,
    regex.VERBOSE,
)
_KNOWN_NAME = regex.compile("|".join(map(regex.escape, KNOWN_NAME_FORMS)))

_WEEKDAY = regex.compile(
    r"""
      (?:星期|礼拜|禮拜)(?P<d>[一二三四五六日天])         # 星期四 / 礼拜天
    | (?<!\p{Han})[周週](?P<d>[一二三四五六日])(?!\p{Han})  # 周四 standing alone
    | (?i:(?P<en>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b
    """,
    regex.VERBOSE,
)
_WEEKDAY_NUM: Final = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
_EN_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday")

_LUNAR_LABEL = regex.compile(r"[农農][历曆歷][ \t]*+:?+[ \t]*+")

_ISSUE = regex.compile(
    r"""
    [总總][ \t]*+第[ \t]*+(?P<n>\d{1,7}+)[ \t]*+(?P<unit>[号號期])   # 总第11997号
    """,
    regex.VERBOSE,
)

_PAGES = regex.compile(
    rf"""
    (?:今日|本期|本[报報]今日|共)[ \t]*+
    (?:(?P<sheets>\d{{1,3}}+|[{_HAN_NUM}]{{1,3}}+)[ \t]*+[开開][ \t]*+)?+  # 今日4开...
    (?P<n>\d{{1,3}}+|[{_HAN_NUM}]{{1,3}}+)[ \t]*+版                      # ...16版
    """,
    regex.VERBOSE,
)

_EDITION = regex.compile(
    r"""
    (?:第[ \t]*+(?P<v>[A-Z]?\d{1,3}+)[ \t]*+版               # 第01版
      | (?<![A-Za-z0-9])(?P<v>[A-Z]\d{1,3}+)[ \t]*+版)        # A01版
    (?:[ \t]*+[:(][ \t]*+(?P<name>\p{Han}{2,6}+)\)?+)?+       # :要闻 / (要闻)
    """,
    regex.VERBOSE,
)

_EMAIL = regex.compile(
    r"""
    (?:(?P<label>(?:[电電]子)?[邮郵]箱|[电電][邮郵]|投稿[邮郵]箱|信箱
        |(?i:e-?mail))[ \t]*+:?+[ \t]*+)?+                   # optional label
    (?P<v>[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++)  # the address
    """,
    regex.VERBOSE,
)

_URL = regex.compile(
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
_URL_OR_EMAIL = regex.compile(
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
_LABEL_BEFORE = regex.compile(r"(?P<label>\p{Han}{1,10}+)[ \t]*+:?+[ \t]*+\Z")

_PHONE = regex.compile(
    rf"""
    (?P<label>(?:新[闻聞]|[报報]料|[订訂][报報]|[发發]行|[广廣]告|服[务務]|投[诉訴]|[读讀]者
        |值班|[总總]?[编編]室|[办辦]公室)?+
      (?:[热熱][线線]|[电電][话話]|[传傳]真))                    # label (required)
    [ \t]*+:?+[ \t]*+
    (?P<v>(?:\(0\d{{2,3}}+\)|0\d{{2,3}}+{DASHES}?+)?+\d{{5,8}}+(?:{DASHES}\d{{1,4}}+)?+
      |400{DASHES}?+\d{{3}}{DASHES}?+\d{{4}}|1\d{{10}})            # the number
    (?!\d)
    """,
    regex.VERBOSE,
)
_MORE_PHONE = regex.compile(
    rf"""
    [ \t]*+[、,/][ \t]*+                                          # a separator
    (?P<v>(?:\(0\d{{2,3}}+\)|0\d{{2,3}}+{DASHES}?+)?+\d{{5,8}}+|1\d{{10}})(?!\d)
    """,
    regex.VERBOSE,
)
_DASH_RE = regex.compile(DASHES)

_ADDRESS = regex.compile(
    r"""
    (?P<label>[社報报]址|地址|通[讯訊]地址)[ \t]*+:?+[ \t]*+    # 社址:
    (?P<v>[^\s,;:、]++)                                        # up to a space or separator
    """,
    regex.VERBOSE,
)
#: Where a glued address stops (the next label).
_ADDRESS_STOP = regex.compile(
    r"[邮郵][编編]|[邮郵]政[编編][码碼]|[电電][话話]|[传傳]真|[热熱][线線]|网址|網址|[电電]子版"
)

_POSTCODE = regex.compile(
    r"""
    (?P<label>[邮郵]政[编編][码碼]|[邮郵][编編])[ \t]*+:?+[ \t]*+   # 邮编:
    (?P<v>\d{6})(?!\d)                                               # six digits
    """,
    regex.VERBOSE,
)

_PUBLISHER = regex.compile(
    r"""
      (?P<label>主[办辦][单單]位|出版[单單]位|主[办辦]|出版)[ \t]*+:[ \t]*+   # 主办:
      (?P<v>[^\s,;:、]{2,30}+)
    | (?P<v>\p{Han}{2,20}?)(?P<label>主[办辦]|出版)(?!\p{Han})              # XX主办
    """,
    regex.VERBOSE,
)

_PRICE = regex.compile(
    r"""
    (?P<label>零售[价價]|定[价價]|售[价價]|每份|零售)[ \t]*+:?+[ \t]*+
    (?P<cur>人民[币幣]|RMB|¥|￥|HK\$|NT\$|港[币幣]|新[台臺][币幣])?+[ \t]*+
    (?P<v>\d{1,4}+(?:\.\d{1,2}+)?+)(?!\d)
    (?:[ \t]*+(?P<unit>元|角|港元|圆|圓|港[币幣]))?+
    """,
    regex.VERBOSE,
)

_SLOGAN_TRIM = regex.compile(r"\A[\s:|/·•,;、]++|[\s:|/·•,;、]++\Z")
_HAN = regex.compile(r"\p{Han}")
#: A left-over piece of Latin words (``GUANGMING DAILY``) counts as a slogan too.
_LATIN_SLOGAN = regex.compile(r"[A-Za-z][A-Za-z'&.-]*+(?:[ ][A-Za-z][A-Za-z'&.-]*+)*+")


# --- internal records -----------------------------------------------------------------------


@attrs.frozen
class _Hit:
    """A furniture marker on the page (normalised coordinates)."""

    kind: str
    start: int
    end: int


@attrs.frozen
class _Region:
    start: int  # normalised coordinates
    end: int
    first_line: int  # indexes into the non-blank line list
    last_line: int
    kinds: frozenset[str]

    @property
    def score(self) -> int:
        return sum(_WEIGHTS[k] for k in self.kinds)


@attrs.define
class _Page:
    """A page being read: the normalised text and everything found over all of it."""

    norm: Normalized
    cns: tuple[CNNumber, ...]
    postals: tuple[PostalCode, ...]
    issns: tuple[ISSN, ...]
    dates: tuple[DateMention, ...]
    consumed: list[tuple[int, int]] = attrs.field(factory=list)
    web_label: tuple[int, int] | None = None

    def span(self, start: int, end: int) -> Span:
        return self.norm.span(start, end)


# --- detection ------------------------------------------------------------------------------


def _finditer(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> list[regex.Match[str]]:
    found: list[regex.Match[str]] = []
    end = len(text) if endpos is None else endpos
    try:
        for m in pattern.finditer(text, pos, end, timeout=_TIMEOUT):
            found.append(m)
    except TimeoutError:
        pass
    return found


def _hits(page: _Page) -> list[_Hit]:
    text = page.norm.text
    hits: list[_Hit] = []
    for m in _finditer(_FURNITURE, text):
        kind = m.lastgroup
        if kind is not None:
            hits.append(_Hit(kind, m.start(), m.end()))
    hits.extend(_Hit("cn", c.span.start, c.span.end) for c in page.cns)
    hits.extend(_Hit("postal", c.span.start, c.span.end) for c in page.postals)
    hits.extend(_Hit("issn", c.span.start, c.span.end) for c in page.issns)
    for d in page.dates:
        if d.calendar == "lunar" and d.month is not None and d.day is not None:
            hits.append(_Hit("lunar", d.span.start, d.span.end))
        elif d.date is not None and d.year is not None and d.relative_days is None:
            hits.append(_Hit("date", d.span.start, d.span.end))
    return hits


def _is_name_line(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 12:
        return False
    if _KNOWN_NAME.fullmatch(s) is not None:
        return True
    return _NAME_TOKEN.fullmatch(s) is not None


def _regions(page: _Page) -> list[_Region]:
    """Candidate masthead blocks, best first."""
    text = page.norm.text
    all_lines = [ln for ln in lines(text) if not ln.blank]
    if not all_lines:
        return []
    starts = [ln.span.start for ln in all_lines]
    kinds_per_line: list[set[str]] = [set() for _ in all_lines]
    for hit in _hits(page):
        i = bisect.bisect_right(starts, hit.start) - 1
        if i >= 0 and hit.start < all_lines[i].span.end:
            kinds_per_line[i].add(hit.kind)
    furniture: list[bool] = []
    for ln, line_kinds in zip(all_lines, kinds_per_line, strict=True):
        score = sum(_WEIGHTS[k] for k in line_kinds)
        # URLs and e-mail addresses are furniture, not prose: they do not dilute the line.
        length = len(ln.text.strip()) - sum(
            m.end() - m.start() for m in _finditer(_URL_OR_EMAIL, text, ln.span.start, ln.span.end)
        )
        furniture.append(score > 0 and score * 25 >= length)
    regions: list[_Region] = []
    i = 0
    n = len(all_lines)
    while i < n:
        if not furniture[i]:
            i += 1
            continue
        first = last = i
        kinds: set[str] = set(kinds_per_line[i])
        j = i + 1
        gap = 0
        while j < n:
            if furniture[j]:
                first_gap_ok = gap <= 4
                if not first_gap_ok:
                    break
                last = j
                kinds |= kinds_per_line[j]
                gap = 0
            else:
                if len(all_lines[j].text.strip()) > 30:
                    break
                gap += 1
                if gap > 4:
                    break
            j += 1
        # A paper-name line just outside the block belongs to it.
        if first > 0 and _is_name_line(all_lines[first - 1].text):
            first -= 1
            kinds.add("name")
        if last + 1 < n and _is_name_line(all_lines[last + 1].text) and "name" not in kinds:
            last += 1
            kinds.add("name")
        regions.append(
            _Region(
                start=all_lines[first].span.start,
                end=all_lines[last].span.end,
                first_line=first,
                last_line=last,
                kinds=frozenset(kinds),
            )
        )
        i = max(last, i) + 1
    good = [r for r in regions if r.score >= 3]
    good.sort(key=lambda r: (-r.score, r.start))
    if not good:
        return []
    best = good[0]
    chosen = [best]
    covered = set(best.kinds)
    for r in good[1:]:
        lines_ok = all(
            furniture[k] or _is_name_line(all_lines[k].text)
            for k in range(r.first_line, r.last_line + 1)
        )
        new_strong = (r.kinds & _STRONG) - covered
        if lines_ok and new_strong:
            chosen.append(r)
            covered |= r.kinds
    chosen.sort(key=lambda r: r.start)
    return chosen


# --- field readers --------------------------------------------------------------------------


def _inside(regions: Sequence[_Region], start: int, end: int) -> bool:
    return any(r.start <= start and end <= r.end for r in regions)


def _first(
    pattern: regex.Pattern[str], page: _Page, regions: Sequence[_Region]
) -> regex.Match[str] | None:
    for r in regions:
        found = _finditer(pattern, page.norm.text, r.start, r.end)
        for m in found:
            if not _overlaps_consumed(page, m.start(), m.end()):
                return m
    return None


def _overlaps_consumed(page: _Page, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in page.consumed)


def _consume(page: _Page, start: int, end: int) -> None:
    page.consumed.append((start, end))


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


def _relocate(page: _Page, item: _IdT) -> _IdT:
    """Map an identifier found in normalised coordinates to the caller's string."""
    span = page.span(item.span.start, item.span.end)
    return attrs.evolve(item, span=span, text=span.text)


def _small_int(s: str) -> int | None:
    """Digits, or Chinese numerals up to 99 (page counts)."""
    if s.isascii() and s.isdigit():
        return int(s)
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")}
    digits.update({"零": 0, "两": 2, "兩": 2})
    if "十" in s:
        head, _, tail = s.partition("十")
        if len(head) > 1 or len(tail) > 1 or "十" in tail:
            return None
        tens = 1 if not head else digits.get(head)
        ones = 0 if not tail else digits.get(tail)
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    if len(s) == 1 and s in digits:
        return digits[s]
    return None


def _weekday(page: _Page, regions: Sequence[_Region]) -> PrintedWeekday | None:
    m = _first(_WEEKDAY, page, regions)
    if m is None:
        return None
    if m.group("en"):
        en = m.group("en").lower()
        value = _EN_WEEKDAYS.index(en) + 1 if en in _EN_WEEKDAYS else 7
    else:
        value = _WEEKDAY_NUM[m.group("d")]
    _consume(page, m.start(), m.end())
    span = page.span(m.start(), m.end())
    return PrintedWeekday(value=value, span=span, text=span.text)


def _trim_date_span(page: _Page, mention: DateMention) -> tuple[int, int]:
    """The mention's range without an attached weekday, parentheses and a 农历 label."""
    text = page.norm.text
    start, end = mention.span.start, mention.span.end
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
    for d in page.dates:
        if not _inside(regions, d.span.start, d.span.end):
            continue
        if d.calendar == "lunar":
            if lunar is None and d.month is not None and d.day is not None:
                lunar = d
                l_range = _trim_date_span(page, d)
                # The 农历 label before the date is furniture too.
                _consume(page, d.span.start, d.span.end)
                label_start = _label_before_lunar(page.norm.text, d.span.start)
                _consume(page, label_start, d.span.start)
        elif greg is None and d.date is not None and d.year is not None and d.relative_days is None:
            greg = d
            g_range = _trim_date_span(page, d)
            _consume(page, g_range[0], g_range[1])
    return greg, g_range, lunar, l_range


def _label_before_lunar(text: str, start: int) -> int:
    k = start
    while k > 0 and text[k - 1] in " \t:":
        k -= 1
    if k >= 2 and text[k - 2] in "农農" and text[k - 1] in "历曆歷":
        return k - 2
    return start


def _website(page: _Page, regions: Sequence[_Region]) -> LabeledValue | None:
    text = page.norm.text
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
        cut = stop.search(page.norm.text, v_start, v_end)
        if cut is not None and cut.start() > v_start:
            v_end = cut.start()
    _consume(page, min(m.start(), v_start), v_end)
    span = page.span(v_start, v_end)
    label = m.group("label")
    label_text = None
    if label is not None:
        label_text = page.span(m.start("label"), m.end("label")).text
    value = page.norm.text[v_start:v_end]
    return LabeledValue(value=value, label=label_text, span=span, text=span.text)


def _phones(page: _Page, regions: Sequence[_Region]) -> tuple[LabeledValue, ...]:
    text = page.norm.text
    out: list[LabeledValue] = []
    for r in regions:
        for m in _finditer(_PHONE, text, r.start, r.end):
            if _overlaps_consumed(page, m.start(), m.end()):
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
    m = _first(_ISSUE, page, regions)
    if m is None:
        return None
    _consume(page, m.start(), m.end())
    span = page.span(m.start(), m.end())
    return IssueTotal(value=int(m.group("n")), unit=m.group("unit"), span=span, text=span.text)


def _page_count(page: _Page, regions: Sequence[_Region]) -> PageCount | None:
    for r in regions:
        for m in _finditer(_PAGES, page.norm.text, r.start, r.end):
            value = _small_int(m.group("n"))
            if value is None or value == 0 or _overlaps_consumed(page, m.start(), m.end()):
                continue
            _consume(page, m.start(), m.end())
            span = page.span(m.start(), m.end())
            return PageCount(value=value, span=span, text=span.text)
    return None


def _edition(page: _Page, regions: Sequence[_Region]) -> Edition | None:
    m = _first(_EDITION, page, regions)
    if m is None:
        return None
    _consume(page, m.start(), m.end())
    span = page.span(m.start(), m.end())
    return Edition(value=m.group("v"), name=m.group("name"), span=span, text=span.text)


def _paper_name(
    page: _Page, regions: Sequence[_Region], website: LabeledValue | None
) -> PaperName | None:
    text = page.norm.text
    # 1. A line that is nothing but a name.
    for r in regions:
        for ln in lines(text[r.start : r.end]):
            s = ln.text.strip()
            if s and _is_name_line(s):
                start = r.start + ln.span.start + ln.text.index(s)
                if _overlaps_consumed(page, start, start + len(s)):
                    continue
                return _name_at(page, start, start + len(s))
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
    return PaperName(value=page.norm.text[start:end], span=span, text=span.text)


def _slogans(page: _Page, regions: Sequence[_Region]) -> tuple[Slogan, ...]:
    text = page.norm.text
    out: list[Slogan] = []
    consumed = sorted(page.consumed)
    for r in regions:
        for ln in lines(text[r.start : r.end]):
            if ln.blank:
                continue
            a, b = r.start + ln.span.start, r.start + ln.span.end
            pieces: list[tuple[int, int]] = []
            pos = a
            for s, e in consumed:
                if e <= pos or s >= b:
                    continue
                if s > pos:
                    pieces.append((pos, s))
                pos = max(pos, e)
            if pos < b:
                pieces.append((pos, b))
            for s, e in pieces:
                m = _SLOGAN_TRIM.sub("", text[s:e])
                if not m:
                    continue
                s2 = text.index(m, s, e)
                e2 = s2 + len(m)
                if len(_HAN.findall(m)) < 3 and (len(m) < 4 or not _LATIN_SLOGAN.fullmatch(m)):
                    continue
                span = page.span(s2, e2)
                out.append(Slogan(span=span, text=span.text))
    return tuple(out)


# --- cross-checks ---------------------------------------------------------------------------


def _reference_year(page: _Page, regions: Sequence[_Region]) -> int:
    """A year to place a 干支 name near: any printed Gregorian year, else the default."""
    for d in page.dates:
        if d.calendar != "lunar" and d.year is not None and 1900 <= d.year <= 2100:
            return d.year
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
        if known is not None and known.cn != cn.value.split("/")[0]:
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
    except (ArithmeticError, LookupError, TypeError, ValueError, TimeoutError):
        # A bug must not escape a finder; the tests fuzz the worker directly.
        return Masthead()


def _parse(text: str, norm: Normalized | None = None) -> Masthead:
    if norm is None:
        norm = normalize(text)
    ntext = norm.text
    page = _Page(
        norm=norm,
        cns=find_cn_numbers(ntext),
        postals=find_postal_codes(ntext),
        issns=find_issns(ntext),
        dates=find_dates(ntext),
    )
    regions = _regions(page)
    if not regions:
        return Masthead()

    def pick(items: Iterable[_IdT]) -> _IdT | None:
        for item in items:
            if _inside(regions, item.span.start, item.span.end):
                label = None if isinstance(item, ISSN) else item.label
                _consume(page, _label_start(ntext, item.span.start, label), item.span.end)
                return _relocate(page, item)
        return None

    cn = pick(page.cns)
    postal = pick(page.postals)
    issn = pick(page.issns)

    greg, g_range, lunar_m, l_range = _dates(page, regions)
    weekday = _weekday(page, regions)
    issue_total = _issue_total(page, regions)
    page_count = _page_count(page, regions)
    edition = _edition(page, regions)
    email = _labeled(_EMAIL, page, regions)
    website = _website(page, regions)
    # The address first: a glued one (社址:…107号邮编:310012) stops at the next label.
    address = _labeled(_ADDRESS, page, regions, stop=_ADDRESS_STOP)
    phones = _phones(page, regions)
    postcode = _labeled(_POSTCODE, page, regions)
    price = _price(page, regions)
    publisher = _labeled(_PUBLISHER, page, regions)

    issue_date: PrintedDate | None = None
    if greg is not None and greg.date is not None:
        span = page.span(*g_range)
        issue_date = PrintedDate(value=greg.date, span=span, text=span.text)
    lunar: PrintedLunarDate | None = None
    extra: list[MastheadWarning] = []
    if lunar_m is not None:
        near = _reference_year(page, regions)
        lunar = _lunar_field(page, lunar_m, l_range, issue_date.value if issue_date else None, near)
        if issue_date is None and lunar.ganzhi is not None and lunar.year is not None:
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
            else:
                issue_date = PrintedDate(
                    value=derived, derived=True, span=lunar.span, text=lunar.span.text
                )

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
