"""Bylines, datelines (电头) and photo credits.

A Chinese newspaper credits its copy in a handful of printed forms:

* own copy: ``本报讯 记者程雪报道``, ``本报杭州10月6日电 记者X报道``, ``本报讯（记者A 通讯员B）``,
  a bare ``(姓名)``, doubled labels such as ``本报记者 记者曾晨路报道``;
* wire copy: ``新华社北京12月22日电（记者A、B）``, ``据新华社…电``, the old style
  ``【新华社重庆十四日电】`` with the day in Chinese numerals, sometimes at the END of an article;
* photo credits: ``记者邹伟峰 摄``, ``新华社记者X摄``, ``X 摄``, ``X 供图``, ``资料图片``.

:func:`parse_byline`, :func:`parse_dateline` and :func:`parse_photo_credit` read one credit
from the start of a string (the whole string for a photo credit) and return ``None`` when
there is none. The ``find_*`` functions do the same for a range of a page and give spans in
page coordinates; :mod:`paper_parser.segment` uses them. Every name returned is a substring
of the input and every :class:`~paper_parser.Span` maps back to the caller's characters
(full-width forms and traditional characters are understood).

>>> b = parse_byline("本报讯 记者程雪报道 昨日,我省召开新闻发布会")
>>> b.source, [(p.name, p.role) for p in b.people], b.text
('本报讯', [('程雪', 'reporter')], '本报讯 记者程雪报道')
>>> d = parse_dateline("新华社北京12月22日电", reference=datetime.date(2021, 12, 23))
>>> d.agency, d.place, d.month, d.day, d.date
('新华社', '北京', 12, 22, datetime.date(2021, 12, 22))
"""

from __future__ import annotations

import datetime
from typing import Literal

import attrs
import regex

from paper_parser._types import Span
from paper_parser.errors import PaperParseError
from paper_parser.numerals import parse_number
from paper_parser.text import normalize

__all__ = [
    "Byline",
    "Dateline",
    "Person",
    "PhotoCredit",
    "find_byline",
    "find_dateline",
    "find_photo_credit",
    "parse_byline",
    "parse_dateline",
    "parse_photo_credit",
]

#: Longest credit line we try to read; anything longer is body text (keeps cost bounded).
_MAX_CREDIT = 160


@attrs.frozen(kw_only=True)
class Person:
    """One credited person.

    Attributes:
        name: The name as printed (a substring of the input).
        role: ``"reporter"``, ``"correspondent"`` (通讯员), ``"intern"`` (实习生),
            ``"photographer"`` (… 摄), ``"author"`` (作者, 文|X, 特约撰稿, bare names),
            ``"editor"`` (编辑) or ``"provider"`` (… 供图; may be an organisation).
        span: Where the name is printed.
        text: The name exactly as printed (same as ``span.text``).
    """

    name: str
    role: str
    span: Span
    text: str


@attrs.frozen(kw_only=True)
class Byline:
    """A credit line at the head (or foot) of an article.

    Attributes:
        span: The whole credit as printed (``本报讯 记者程雪报道``).
        text: ``span.text``.
        source: The own-copy tag as printed (``本报讯``, ``本报杭州10月6日电``) or ``None``.
        agency: A news agency named in the credit (``新华社``) or ``None``.
        place: The place in a tag such as ``本报杭州10月6日电`` or ``None``.
        month: The month in that tag, or ``None``.
        day: The day in that tag, or ``None``.
        date: The tag's date resolved against ``reference`` when one was given, else ``None``.
        people: The credited people, in printed order.
    """

    span: Span
    text: str
    source: str | None
    agency: str | None
    place: str | None
    month: int | None
    day: int | None
    date: datetime.date | None
    people: tuple[Person, ...]


@attrs.frozen(kw_only=True)
class Dateline:
    """A wire-service dateline (电头) such as ``新华社北京12月22日电``.

    Attributes:
        span: The dateline as printed, including brackets and a ``(记者A、B)`` credit.
        text: ``span.text``.
        agency: ``新华社`` etc.
        place: The place of filing (``北京``) or ``None``.
        month: Month as printed (Arabic or Chinese numerals), or ``None``.
        day: Day as printed, or ``None``.
        date: Resolved against the ``reference`` (masthead) date when given, else ``None``.
        position: ``"start"`` or ``"end"`` of the article.
        people: Reporters credited in parentheses after the dateline.
        abridged: ``True`` for ``据新华社…电`` (abridged wire copy).
    """

    span: Span
    text: str
    agency: str
    place: str | None
    month: int | None
    day: int | None
    date: datetime.date | None
    position: Literal["start", "end"]
    people: tuple[Person, ...]
    abridged: bool = False


@attrs.frozen(kw_only=True)
class PhotoCredit:
    """A photo credit such as ``记者邹伟峰 摄`` or ``资料图片``.

    Attributes:
        span: The credit as printed.
        text: ``span.text``.
        people: Photographers (role ``"photographer"``) or providers (``"provider"``);
            empty for ``资料图片``.
    """

    span: Span
    text: str
    people: tuple[Person, ...]


# --- grammar -------------------------------------------------------------------------------

_HAN = r"\p{Han}"

# Outlet prefixes of 记者: 本报, 新华社, 中青报·中青网 ... (a Han run ending in an outlet word).
_OUTLET = rf"""
    (?:本报|本報
      |{_HAN}{{1,6}}?(?:社|报|報|网|網|台|刊)             # 新华社, 中青报, 央视网 ...
        (?:·{_HAN}{{1,6}}?(?:社|报|報|网|網|台|刊))?      # 中青报·中青网
    )
    (?:驻{_HAN}{{1,6}}?)?                                # 驻浙江
"""

_LABEL_RE = regex.compile(
    rf"""
    (?:
      (?P<reporter>
        (?:{_OUTLET})?                                    # optional outlet prefix
        (?:全媒体|全媒體|融媒体|融媒體|特约|特約|见习|見習|首席|摄影|攝影)?
        (?:记者|記者)
      )
    | (?P<correspondent>通讯员|通訊員)
    | (?P<intern>实习生|實習生)
    | (?P<author>特约撰稿人?|特約撰稿人?|撰稿人?|撰文|作者|文(?=[|｜/])|□)
    | (?P<editor>责任编辑|責任編輯|编辑|編輯)
    | (?P<photographer>摄影|攝影|图|圖(?=[|｜/]))
    )
    [ ]*+(?:[:|｜/][ ]*+)?                                 # 作者: 文|X 摄影/X
    """,
    regex.VERBOSE,
)

# A name: 2-4 Han characters, or a transcribed name with ·, ended by a separator.
_NAME_RE = regex.compile(
    rf"""
    (?P<name>
      {_HAN}{{1,6}}+(?:[·•]{_HAN}{{1,6}}+){{1,3}}+         # 阿卜杜·热合曼 (possessive)
    | {_HAN}{_HAN}{{1,3}}?                                # 2-4 characters, shortest first
    )
    (?=报道|報導|报导|摄|攝|供图|供圖|[ 、)\]】:]|$)         # something that ends a name
    """,
    regex.VERBOSE,
)

_REPORTED_RE = regex.compile(r"(?:报道|報導|报导)")
_SPACED_REPORTED_RE = regex.compile(r"[ ]++(?:报道|報導|报导)")
_SEP_RE = regex.compile(r"[ ]*+(?:[、和][ ]*+)?")

_DAY_NUM = r"(?:\d{1,2}|[〇零一二三四五六七八九十廿卅]{1,3})"
_MONTH_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"

# Own-copy source tags: 本报讯, 本报北京5月2日讯, 本报杭州10月6日电.
_SOURCE_RE = regex.compile(
    rf"""
    (?P<source>
      (?:本报|本報)
      (?:
        (?P<kind>讯|訊)                                   # 本报讯
      | (?P<place>{_HAN}{{1,8}}?)                         # a place, shortest first
        (?:(?P<month>{_MONTH_NUM})月)?(?P<day>{_DAY_NUM})日
        (?:讯|訊|电|電)
      )
    )
    """,
    regex.VERBOSE,
)

_AGENCIES = (
    "新华社|新華社|中新社|中新网|中新網|人民日报|人民日報|光明日报|光明日報|经济日报|"
    "經濟日報|中国日报|中國日報|央视新闻|央視新聞|央视|央視|中央广播电视总台|"
    "中央廣播電視總台|中国新闻社|中國新聞社|法制日报|工人日报|工人日報|新华网|新華網"
)

_DATELINE_RE = regex.compile(
    rf"""
    (?P<open>[【\[(])?                                     # old style 【…】
    (?P<ju>据|據)?                                        # 据新华社…电: abridged copy
    (?P<agency>{_AGENCIES})
    (?P<place>{_HAN}{{0,10}}?)                            # place, shortest first (may be absent)
    (?:(?:(?P<month>{_MONTH_NUM})月)?(?P<day>{_DAY_NUM})日)?
    (?:电|電)
    (?(open)[】\])])                                     # close what was opened
    """,
    regex.VERBOSE,
)

# An agency named as the outlet of a reporter: 新华社记者张三.
_AGENCY_IN_CREDIT_RE = regex.compile(rf"({_AGENCIES})(?:记者|記者)")
_PAREN_RE = regex.compile(r"[ ]*+[(\[【]([^()\[\]【】\n]{1,80}+)[)\]】]")

_CREDIT_MARK_RE = regex.compile(
    r"""
    (?P<body>[^\n]{0,80}?)                                # who (may be empty)
    [ ]*+[/]?[ ]*+
    (?P<mark>摄影|攝影|摄|攝|供图|供圖|提供)                 # what they did
    [ ]*+\Z
    """,
    regex.VERBOSE,
)
_STOCK_RE = regex.compile(
    r"[(\[【]?(?:资料图片|資料圖片|资料图|資料圖|资料照片|資料照片)[)\]】]?\Z"
)
_AGENCY_SENT_RE = regex.compile(r"(?:新华社|新華社|中新社)(?:发|發)[ ]*+")
_PROVIDER_RE = regex.compile(rf"[{_HAN}\w·]{{2,24}}")
_WORDCHAR_RE = regex.compile(rf"[{_HAN}]")

# Cheap pre-checks on the raw text before normalising (most lines are body text).
_BYLINE_HINT_RE = regex.compile(r"[者员員生讯訊作文撰编編摄攝□(（\[【]")
_DATELINE_HINT_RE = regex.compile(r"[电電]")
_CREDIT_HINT_RE = regex.compile(r"[摄攝图圖供]")


def _small_int(text: str) -> int | None:
    """Value of a month/day numeral: Arabic digits or Chinese numerals below 100.

    >>> [_small_int(s) for s in ("22", "十四", "二十二", "廿一", "卅", "十", "三", "百")]
    [22, 14, 22, 21, 30, 10, 3, None]
    """
    try:
        value = parse_number(text)
    except PaperParseError:
        return None
    return int(value) if value.denominator == 1 and 0 < value < 100 else None


def _resolve(
    month: int | None, day: int | None, reference: datetime.date | None
) -> datetime.date | None:
    """The date of a month/day printed on a page dated ``reference`` (never after it by more
    than a day: copy is filed before it is printed).

    >>> _resolve(12, 22, datetime.date(2021, 12, 23))
    datetime.date(2021, 12, 22)
    >>> _resolve(12, 31, datetime.date(2022, 1, 2))
    datetime.date(2021, 12, 31)
    >>> _resolve(None, 14, datetime.date(2021, 12, 23))
    datetime.date(2021, 12, 14)
    """
    if reference is None or day is None:
        return None
    candidates: list[datetime.date] = []
    if month is None:
        for back in (0, 1):
            y, m = reference.year, reference.month - back
            if m == 0:
                y, m = y - 1, 12
            candidates.append(_safe_date(y, m, day))
    else:
        candidates = [_safe_date(reference.year - back, month, day) for back in (0, 1)]
    limit = reference + datetime.timedelta(days=1)
    for cand in candidates:
        if cand != _NO_DATE and cand <= limit:
            return cand
    return None


_NO_DATE = datetime.date(1, 1, 1)


def _safe_date(year: int, month: int, day: int) -> datetime.date:
    try:
        return datetime.date(year, month, day)
    except (ValueError, OverflowError):
        return _NO_DATE


class _Src:
    """A range of a page, normalised, that maps normalised offsets back to the page."""

    def __init__(self, page: str, start: int, end: int) -> None:
        self.page = page
        self.base = start
        self.norm = normalize(page[start:end])
        self.s = self.norm.text

    def span(self, a: int, b: int) -> Span:
        local = self.norm.span(a, b)
        return Span.of(self.page, self.base + local.start, self.base + local.end)


def _people(
    src: _Src, pos: int, end: int, *, default_role: str | None, in_paren: bool = False
) -> tuple[list[Person], int, bool]:
    """Read label/name groups from ``src.s[pos:end]``.

    Returns the people, the position after the last thing read, and whether it ended with
    报道 (a strong end marker).
    """
    s = src.s
    people: list[Person] = []
    role: str | None = default_role
    reported = False
    last = pos
    while pos < end:
        m = _LABEL_RE.match(s, pos, end)
        if m is not None and m.end() > pos:
            role = next(k for k, v in m.groupdict().items() if v is not None)
            pos = last = m.end()
            continue
        if role is None:
            break
        n = _NAME_RE.match(s, pos, end)
        if n is None:
            break
        name_end = n.end("name")
        # A token that itself starts with a label is a new group, not a name.
        if _LABEL_RE.match(s, pos, end) is not None:
            break
        sp = src.span(n.start("name"), name_end)
        r = _REPORTED_RE.match(s, name_end, end)
        if r is not None and in_paren and people and s[pos - 1 : pos] == " ":
            # (记者 X 福州报道): a place, not a name.
            pos = last = r.end()
            reported = True
            break
        people.append(Person(name=sp.text, role=role, span=sp, text=sp.text))
        pos = last = name_end
        if r is not None:
            pos = last = r.end()
            reported = True
            break
        r = _SPACED_REPORTED_RE.match(s, pos, end)
        if r is not None:
            pos = last = r.end()
            reported = True
            break
        sep = _SEP_RE.match(s, pos, end)
        if sep is None or sep.end() == pos:
            break
        # A space separates names only when another name or label follows directly.
        if (
            s[pos] == " "
            and sep.end() < end
            and s[sep.end()] not in "、"
            and not (_LABEL_RE.match(s, sep.end(), end) or _NAME_RE.match(s, sep.end(), end))
        ):
            break
        pos = sep.end()
    return people, last, reported


def _byline_at(page: str, start: int, end: int, reference: datetime.date | None) -> Byline | None:
    end = min(end, start + _MAX_CREDIT)
    if _BYLINE_HINT_RE.search(page, start, min(end, start + 24)) is None:
        return None  # cheap pre-check: no label, tag or parenthesis near the start
    src = _Src(page, start, end)
    s = src.s
    n = len(s)
    pos = len(s) - len(s.lstrip())
    first = pos
    source = place = None
    month = day = None
    strong = False
    m = _SOURCE_RE.match(s, pos, n)
    if m is not None:
        source = src.span(m.start("source"), m.end("source")).text
        if m.group("place"):
            place = src.span(m.start("place"), m.end("place")).text
        month = _small_int(m.group("month")) if m.group("month") else None
        day = _small_int(m.group("day")) if m.group("day") else None
        pos = m.end()
        strong = True
    while pos < n and s[pos] == " ":
        pos += 1
    p = _PAREN_RE.match(s, pos, n)
    people: list[Person]
    if p is not None:
        inner_start, inner_end = p.start(1), p.end(1)
        default = "reporter" if source else "author"
        people, last, _ = _people(src, inner_start, inner_end, default_role=default, in_paren=True)
        if not people or s[last:inner_end].strip(" ") not in ("", "报道", "報導"):
            people = []
        else:
            pos = p.end()
            strong = True
    else:
        people, last, reported = _people(src, pos, n, default_role=None)
        if people:
            strong = strong or reported or s[last:n].strip(" :") == ""
            pos = last
            if pos < n and s[pos] == ":":
                pos += 1
                strong = True
    if not strong or (not people and source is None):
        return None
    stop = pos
    while stop > first and s[stop - 1] == " ":
        stop -= 1
    span = src.span(first, stop)
    agency = _AGENCY_IN_CREDIT_RE.search(s, first, stop)
    return Byline(
        span=span,
        text=span.text,
        source=source,
        agency=src.span(agency.start(1), agency.end(1)).text if agency else None,
        place=place,
        month=month,
        day=day,
        date=_resolve(month, day, reference),
        people=tuple(people),
    )


def parse_byline(text: str, *, reference: datetime.date | None = None) -> Byline | None:
    """Read the credit line at the start of ``text``.

    A credit counts when it has an own-copy tag (``本报讯``), ends with ``报道``, is in
    parentheses, or is all of ``text``. Doubled labels give one person.

    Args:
        text: A credit line, or a paragraph that starts with one.
        reference: The page (masthead) date, to resolve ``本报杭州10月6日电``.

    >>> [(p.name, p.role) for p in parse_byline("本报记者 记者曾晨路报道").people]
    [('曾晨路', 'reporter')]
    >>> [(p.name, p.role) for p in parse_byline("本报讯（记者 张三 通讯员 李四、王五）").people]
    [('张三', 'reporter'), ('李四', 'correspondent'), ('王五', 'correspondent')]
    >>> b = parse_byline("本报杭州10月6日电 记者王平报道")
    >>> b.source, b.place, b.month, b.day
    ('本报杭州10月6日电', '杭州', 10, 6)
    >>> parse_byline("记者从省卫健委获悉,全省…") is None
    True
    """
    try:
        return _byline_at(text, 0, len(text), reference)
    except (ValueError, IndexError):  # pragma: no cover - defensive: finders never raise
        return None


def _dateline_at(
    page: str, start: int, end: int, reference: datetime.date | None
) -> Dateline | None:
    end = min(end, start + _MAX_CREDIT)
    if _DATELINE_HINT_RE.search(page, start, min(end, start + 40)) is None:
        return None  # cheap pre-check: no 电 near the start
    src = _Src(page, start, end)
    s = src.s
    pos = len(s) - len(s.lstrip())
    m = _DATELINE_RE.match(s, pos)
    if m is None:
        return None
    month = _small_int(m.group("month")) if m.group("month") else None
    day = _small_int(m.group("day")) if m.group("day") else None
    if (m.group("month") and month is None) or (m.group("day") and day is None):
        return None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None
    stop = m.end()
    people: tuple[Person, ...] = ()
    p = _PAREN_RE.match(s, stop)
    if p is not None:
        found, last, _ = _people(src, p.start(1), p.end(1), default_role="reporter")
        if found and s[last : p.end(1)].strip(" ") in ("", "报道", "報導"):
            people = tuple(found)
            stop = p.end()
    span = src.span(pos, stop)
    place = src.span(m.start("place"), m.end("place")).text if m.group("place") else None
    return Dateline(
        span=span,
        text=span.text,
        agency=src.span(m.start("agency"), m.end("agency")).text,
        place=place,
        month=month,
        day=day,
        date=_resolve(month, day, reference),
        position="start",
        people=people,
        abridged=m.group("ju") is not None,
    )


def parse_dateline(text: str, *, reference: datetime.date | None = None) -> Dateline | None:
    """Read the wire dateline at the start of ``text``.

    Args:
        text: A dateline, or a paragraph that starts with one.
        reference: The page (masthead) date; the month and day are resolved to the latest
            date not after it (a missing month is the reference's month or the one before).

    >>> d = parse_dateline("【新华社重庆十四日电】", reference=datetime.date(1949, 12, 15))
    >>> d.place, d.month, d.day, d.date
    ('重庆', None, 14, datetime.date(1949, 12, 14))
    >>> d = parse_dateline("新华社北京12月22日电（记者张三、李四）今天…")
    >>> d.text, [p.name for p in d.people]
    ('新华社北京12月22日电（记者张三、李四）', ['张三', '李四'])
    >>> parse_dateline("据新华社电").abridged
    True
    """
    try:
        return _dateline_at(text, 0, len(text), reference)
    except (ValueError, IndexError):  # pragma: no cover - defensive
        return None


def _credit_at(page: str, start: int, end: int) -> PhotoCredit | None:
    if end - start > _MAX_CREDIT:
        return None
    if _CREDIT_HINT_RE.search(page, start, end) is None:
        return None  # cheap pre-check: no 摄/图/供 anywhere
    src = _Src(page, start, end)
    s = src.s.rstrip()
    first = len(s) - len(s.lstrip())
    if first == len(s):
        return None
    if _STOCK_RE.match(s, first) is not None:
        span = src.span(first, len(s))
        return PhotoCredit(span=span, text=span.text, people=())
    m = _CREDIT_MARK_RE.match(s, first)
    if m is None:
        return None
    body_end = m.end("body")
    while body_end > first and s[body_end - 1] in " /":
        body_end -= 1
    mark = m.group("mark")
    people: list[Person]
    agency = _AGENCY_SENT_RE.match(s, first, body_end)
    first_name = agency.end() if agency is not None else first
    if mark in ("供图", "供圖", "提供"):
        pm = _PROVIDER_RE.fullmatch(s, first, body_end)
        if pm is None:
            return None
        sp = src.span(first, body_end)
        people = [Person(name=sp.text, role="provider", span=sp, text=sp.text)]
    else:
        if body_end == first_name:
            return None
        spaced = m.end("body") < m.start("mark")
        if _LABEL_RE.match(s, first_name, body_end) is None and not spaced:
            # A bare name needs a space before 摄 (今天拍摄 is not a credit).
            return None
        found, last, _ = _people(src, first_name, body_end, default_role="photographer")
        if not found or last < body_end:
            return None
        people = [
            attrs.evolve(p, role="photographer") if p.role == "reporter" else p for p in found
        ]
    span = src.span(first, len(s))
    return PhotoCredit(span=span, text=span.text, people=tuple(people))


def parse_photo_credit(text: str) -> PhotoCredit | None:
    """Read ``text`` as one photo credit (the whole of it, surrounding spaces aside).

    >>> [(p.name, p.role) for p in parse_photo_credit("记者邹伟峰 摄").people]
    [('邹伟峰', 'photographer')]
    >>> [p.name for p in parse_photo_credit("新华社记者 张三 李四 摄").people]
    ['张三', '李四']
    >>> parse_photo_credit("资料图片").people
    ()
    >>> parse_photo_credit("今天天气很好") is None
    True
    """
    try:
        return _credit_at(text, 0, len(text))
    except (ValueError, IndexError):  # pragma: no cover - defensive
        return None


def find_byline(
    page: str, start: int, end: int, *, reference: datetime.date | None = None
) -> Byline | None:
    """The byline at the start of ``page[start:end]`` (a paragraph), in page coordinates."""
    try:
        return _byline_at(page, start, end, reference)
    except (ValueError, IndexError):  # pragma: no cover - defensive
        return None


def find_dateline(
    page: str, start: int, end: int, *, reference: datetime.date | None = None
) -> Dateline | None:
    """A dateline at the start of ``page[start:end]``, or one that is all of it standing at
    the end of an article (then ``position`` is set by the caller), in page coordinates."""
    try:
        return _dateline_at(page, start, end, reference)
    except (ValueError, IndexError):  # pragma: no cover - defensive
        return None


def find_photo_credit(page: str, start: int, end: int) -> PhotoCredit | None:
    """``page[start:end]`` read as one photo-credit line, in page coordinates."""
    try:
        return _credit_at(page, start, end)
    except (ValueError, IndexError):  # pragma: no cover - defensive
        return None
