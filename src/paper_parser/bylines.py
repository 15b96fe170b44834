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
import itertools
import warnings
from collections.abc import Sequence
from types import MappingProxyType
from typing import Any, Final, Literal, NamedTuple

import attrs
import regex

from paper_parser import _rx
from paper_parser._names_data import COMMON_SURNAMES, COMPOUND_SURNAMES, SURNAMES
from paper_parser._types import Span
from paper_parser._words import small_int
from paper_parser.calendar import resolve_filed_date, safe_date
from paper_parser.errors import IncompleteScanWarning
from paper_parser.text import normalize

__all__ = [
    "Byline",
    "Dateline",
    "Person",
    "PhotoCredit",
    "SourceLine",
    "credit_prefix",
    "credit_prefix_ranges",
    "dateline_credit",
    "find_byline",
    "find_dateline",
    "find_end_credit",
    "find_label_first_credit",
    "find_photo_credit",
    "find_source_line",
    "find_staff",
    "is_credit_label",
    "is_person_name",
    "own_dateline",
    "parse_byline",
    "parse_dateline",
    "parse_photo_credit",
    "plain_byline",
    "read_credit_pieces",
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
        text: The name exactly as printed (same as ``span.text``); for a name printed
            over several lines (``康␤␤岩``) the line breaks between its pieces are part of
            ``text`` and ``name`` is the pieces joined with nothing.
        spans: The pieces of the name (one span unless it was split across lines).
    """

    name: str
    role: str
    span: Span
    text: str
    spans: tuple[Span, ...] = attrs.field(
        default=attrs.Factory(lambda self: (self.span,), takes_self=True)
    )


@attrs.frozen(kw_only=True)
class SourceLine:
    """A line naming the paper, date and page an article was printed in.

    E-paper sites and downloaders print one under each article's title or at its foot:
    ``《人民日报》（2025年10月20日 第 06 版）``, ``《光明日报》( 2012年10月27日 06版)``,
    ``( 2019-10-12 ) 稿件来源:新华每日电讯``.

    Attributes:
        span: The line as printed.
        text: ``span.text``.
        paper: The paper's name as printed (without 《》), or ``None``.
        date: The printed date, or ``None``.
        edition: The page (版) as printed digits (``"06"``), or ``None``.
    """

    span: Span
    text: str
    paper: str | None
    date: datetime.date | None
    edition: str | None


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
        agency: ``新华社`` etc.; empty for a dateline naming no outlet (``(吉隆坡6日讯)``:
            the paper's own report, its name left out).
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
# Marks printed before a credit on feature pages: ◎本报记者 X, ■本报记者 X.
_BOX_MARKS = frozenset("■●◆◇▲△★☆▶►◎")
# A list item's bullet and its space, as a browser copies a page's list of fields
# (``- 2025-06-01`` / ``- 記者:張智浩編輯:梁彧睿``): the mark is no part of the credit.
_LIST_MARKS = frozenset({"- ", "• "})

# Outlet prefixes of 记者: 本报, 新华社, 中青报·中青网 ... (a Han run ending in an outlet word;
# a news site or app is named so too: 澎湃新闻, 央视新闻; and a press group: 川报集团. 本报,
# "our paper", is a name of its own, no end of one: 王小玲本报记者 is a name, then 本报记者;
# a press group names itself by its 报业 as well as by its 集团: 周口报业全媒体记者; a site by
# its 在线 as by its 网: 四川在线记者; a paper's phone app by its 客户端: 南国早报客户端记者).
_OUTLET_NAME = (
    rf"{_HAN}{{1,6}}?(?:社|(?<!本)报业|(?<!本)報業|(?<!本)报|(?<!本)報|网|網|台|刊|新闻|新聞"
    rf"|集团|集團|在线|在線|客户端|客戶端|小学|小學|中学|中學)"
    # (看看新闻Knews记者: a site's brand in Latin letters after its name)
    r"(?:[A-Za-z]{1,10}+(?=记者|記者))?"
)
_OUTLET = rf"""
    (?:本报|本報
      |《{_HAN}{{1,10}}+》                                 # 《国际先驱导报》记者: a title in marks
      |{_OUTLET_NAME}                                     # 新华社, 中青报, 央视网 ...
        (?:·{_HAN}{{1,6}}?)?                              # 中青报·中青网; an outlet's app or
                                                          # brand after its name: 齐鲁晚报·
                                                          # 齐鲁壹点记者
    )
    (?:驻{_HAN}{{1,6}}?)?                                # 驻浙江
"""

_LABEL_RE = _rx.compile(
    rf"""
    (?:
      (?P<reporter>
        (?:{_OUTLET})?                                    # optional outlet prefix
        (?:全媒体|全媒體|融媒体|融媒體|新媒体|新媒體|全媒|融媒|特约|特約|特派|驻站|駐站
          |见习|見習|实习|實習|首席|摄影|攝影
          |校园|校園|小|老)?                                # 校园记者, 小记者: a school's pupils
                                                          # who report for it; 老记者: a veteran
        (?:记者|記者)
        (?:、(?:摄影|攝影))?                               # 記者、攝影: took the pictures too
      )
    | (?P<correspondent>(?:{_OUTLET})?(?:特约|特約)?(?:通讯员|通訊員))
    | (?P<intern>实习生|實習生)
    | (?P<translator>(?:编译|編譯|翻译|翻譯)(?=[ ]*+[:|｜│/]))   # 编译/X, 翻译:X
    | (?P<author>特约撰稿人?|特約撰稿人?|撰稿人?|撰文|作者
        |图文(?=[ ]*+[:|｜│/])|圖文(?=[ ]*+[:|｜│/])     # 图文 | X: words and pictures
        |文[/／](?:视频|視頻|图|圖|摄|攝)(?!{_HAN})         # 文/视频, 文/图: one hand made both
        |文字(?=[ ]*+[:|｜│])                              # 文字:X 图片:Y: the words' writer
        |文(?=[ ]*+[:|｜│/])|□|☉                            # □ 初墨, ☉張國財: a signature's mark
        |(?:{_OUTLET})?(?:特约|特約)?(?:评论员|評論員)(?!文章))   # 本报评论员: a collective pen
    | (?P<editor>责任编辑|責任編輯|编辑|編輯|责编|責編|美编|美編|版式设计|版式設計|版式
        |校对|校對|制图|製圖|排版)                          # page staff: not authors
    | (?P<photographer>摄影|攝影|图片(?=[ ]*+[:|｜│])|圖片(?=[ ]*+[:|｜│])
        |图(?!片)|圖(?=[|｜│/]))                         # (图片报道: the word 图片, no label)
    )
    # (│, a box-drawing bar, set between label and name as | is: 撰文│李智聰)
    [ ]*+(?:[:|｜│][ ]*+                                  # 作者: 文|X 摄影/X
        (?:[·•][ ]++)?+                                   # 作者:· 胡平: a list's bullet mark
      |/[ ]*+(?:{_OUTLET_NAME}[ ]++)?                      # 编译/海外网 X: the outlet, then X
    )?
    """,
    regex.VERBOSE,
)

# What ends a name in a credit: what the person did, the next label, a separator.
_NAME_END = r"""
    (?=报道|報導|報道|报导|编译|編譯|摄|攝|供图|供圖|文并摄|文並攝|文[/／][图圖]|[图圖][/／]文
      |本报记者|本報記者                                  # 王小玲本报记者 黄泽君: the next label
      |(?:特约|特約)?(?:通讯员|通訊員)[ ]*+[/／:]            # 记者/谷立辉通讯员/仁宣: the next
                                                          # role set off as the first was
      |(?:见习|見習|实习|實習|特约|特約)?+(?:记者|記者|通讯员|通訊員)|实习生|實習生
                                                          # 记者红珊通讯员信宝忠: the next
                                                          # label glued to the name (a copy
                                                          # that dropped the spaces); no name
                                                          # holds a label word
      |发自|發自                                          # 记者金微发自北京: where it was filed
      |(?:记者|記者|作者|编辑|編輯|责编|責編|来源|來源)[ ]*+[:：]  # 記者:X編輯:Y: the next field
      |[ 、)\]】:/／∕(（]|$)                              # its end (∕: a division slash)
"""

# A name: 2-4 Han characters, or a transcribed name with ·, ended by a separator.
_NAME_RE = _rx.compile(
    rf"""
    (?P<name>
      {_HAN}{{1,6}}+(?:[·•]{_HAN}{{1,6}}+){{1,3}}+         # 阿卜杜·热合曼 (possessive)
    | {_HAN}{_HAN}{{1,3}}?                                # 2-4 characters, shortest first
    )
    {_NAME_END}""",
    regex.VERBOSE,
)

# Five or six Han characters where a name stands: two or three names printed with nothing
# between them (本报记者曾坤颜世贵报道), as archives that dropped a page's spaces give them.
_GLUED_NAMES_RE = _rx.compile(rf"(?P<run>{_HAN}{{5,6}}?){_NAME_END}", regex.VERBOSE)
# Where a name may end (an empty match): a glued run with one inside is a name and what the
# person did (包丽敏文并摄 read up to 摄), no run of names.
_NAME_END_RE = _rx.compile(_NAME_END, regex.VERBOSE)

# A two-character name printed with a space between its characters, as typesetters pad it
# to the width of three (王　浩 in （记者 王 浩）, 新华社记者 万 象摄); the text is normalised, so
# an ideographic space is a space here. ``pdftotext -layout`` turns the pad into as many
# spaces as the gap between two names of the line (three where a letter-spaced name stands
# among others: 新华社记者   刘国华   游   仪); one character alone is no name, so a lone
# character and the next are one name.
_SPACED_NAME_RE = _rx.compile(
    rf"(?P<a>{_HAN})[ ]{{1,3}}+(?P<b>{_HAN})(?=报道|報導|報道|报导|摄|攝|[ 、)\]】:]|$)"
)

# 报道, or 摄影报道 (the reporter took the pictures too: 本报记者X摄影报道).
_REPORTED = r"(?:摄影|攝影)?+(?:报道|報導|報道|报导)"
_REPORTED_RE = _rx.compile(_REPORTED)
# A team or desk named before the credit inside the brackets (…特别报道组, 两会报道团队):
# one word of five characters or more (longer than a name), then a space.
_TEAM_RE = _rx.compile(r"[ ]*+\p{Han}{5,20}+[ ]++")
# A label, a space, then one to four names with spaces between: the whole of a credit line.
_SPACED_CREDIT_RE = _rx.compile(
    r"[□■◎]?\p{Han}{2,6}+[ ]++\p{Han}{2,4}+(?:[ ]++\p{Han}{2,4}+){0,3}+"
)
# Text after a credit: a space, then words running into a clause (no more names).
_TEXT_AFTER_RE = _rx.compile(r"[ ]\p{Han}{4}[^ \n]{0,40}?[，,。]")
# Text after a boxed credit and a space: a clause within forty characters.
_TEXT_AFTER_BOX_RE = _rx.compile(r"[ ]++[^ \n]{2,40}?[，,。]")
_SEP_RE = _rx.compile(r"[ ]*+(?:[、和][ ]*+)?")
# 报道 right after a name, or after spaces (本报记者 袁虹 摄影报道).
# (文并摄 after the name: the reporter wrote the text and took the pictures. /文 after it:
# the role written after the name, as papers print 张三/文 李四/图 as often as 文/张三 图/李四;
# the credit ends there.)
# (本報記者X編譯: the name then how the piece was written, compiled and translated from
# wire copy; the credit ends there as after 报道, and names the compiler, no author.)
_AFTER_NAME_REPORTED_RE = _rx.compile(
    rf"[ ]*+(?:{_REPORTED}|文并摄|文並攝|文[/／][图圖]|[图圖][/／]文|编译|編譯"
    rf"|[/／]文(?!\p{{Han}}))"
)
_COMPILED_RE = _rx.compile(r"[ ]*+(?:编译|編譯)")

_DAY_NUM = r"(?:[0-9０-９]{1,2}|[〇零一二三四五六七八九十廿卅]{1,3})"
_MONTH_NUM = r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"

# The name of an outlet heading a dated tag: a Han run ending in the word of its kind, or a
# programme's title (中国之声《国防时空》); a site's section after a hyphen (四川新闻网-首屏新闻).
_OUTLET_WORD = r"(?:报|報|网|網|社|在线|在線|新闻|新聞)"
_DATED_OUTLET = (
    rf"(?P<outlet>(?:{_HAN}{{1,8}}{_OUTLET_WORD}[-－·])?"
    rf"{_HAN}{{1,8}}(?:{_OUTLET_WORD}|《[^》\n]{{1,10}}》))"
)
# A dated tag of an outlet named before its place and day (what own_dateline reads).
_DATED_TAG_RE = _rx.compile(rf"{_DATED_OUTLET}(?=\p{{Han}}{{0,8}}?[0-9一二三四五六七八九十廿卅])")
# 电 opening a word (电话, 电视, 电脑 ...): no dateline's 电.
_ELECTRIC_WORD = r"[话話视視脑腦影报報子力台网網商器梯池]"

# Own-copy source tags: 本报讯, 本报北京5月2日讯, 本报杭州10月6日电.
_SOURCE_RE = _rx.compile(
    rf"""
    (?P<source>
      (?:本报|本報                                          # 本报; 香港文匯報(訊);
        |(?:{_HAN}{{1,6}}?(?:报|報|网|網)(?:[-－·]|[ ]{{1,3}}))?  # 四川新闻网-成都日报(讯);
                                                          # a site before the paper it
                                                          # reprints: 荊楚網  湖北日報訊
         {_HAN}{{1,6}}?(?:报|報|网|網)(?=讯|訊))
      (?:
        (?P<kind>讯|訊)                                   # 本报讯
      | (?P<place>{_HAN}{{1,8}}?(?:[、…]++{_HAN}{{1,8}}?){{0,9}}?)  # places, shortest first
        (?:(?P<month>{_MONTH_NUM})月)?(?P<day>{_DAY_NUM})日
        (?:讯|訊|电|電)
      )
    # Any outlet's dated tag (讯头): its name, the place and day of filing, 讯 or 电
    # (中国教育报上海3月28日讯, 楚天都市报9月23日讯, 人民网北京12月8日电, 财联社10月9日讯,
    # 华龙网7月5日22时讯, 中国之声《国防时空》北京2月22日电). Every paper, site and station
    # heads its own copy so; the name ends in the word of its kind (报, 网, 社, 在线, 新闻) or
    # in a programme's title, taken longest first so that 青岛新闻网 is one name.
    | {_DATED_OUTLET}
      (?P<place>{_HAN}{{0,8}}?)
      (?:(?P<month>{_MONTH_NUM})月)?(?P<day>{_DAY_NUM})日
      (?:[0-9]{{1,2}}时)?                                # the hour of a web site's filing
      (?:讯|訊|电|電)(?!{_ELECTRIC_WORD})
    )
    """,
    regex.VERBOSE,
)

# An own-copy tag in title brackets opening the text (【明報專訊】, 【本報訊】, 【Yahoo 新聞報道】,
# 【本報消息】):
# the outlet's own report, as 本报讯 is.
# (Taiwan's papers write 報導; a report compiled from several sources is 綜合報導, the
# outlet's own copy all the same: 〔本報綜合報導〕, 【看中國綜合報導】; some print the tag
# in tortoise-shell brackets.)
_OWN_KIND = r"(?:专讯|專訊|讯|訊|(?:综合|綜合)?+(?:报道|報道|报导|報導)|消息)"
_BRACKETED_OWN_RE = _rx.compile(
    rf"[【〔](?P<source>(?P<outlet>(?:{_HAN}|[A-Za-z]|[ ](?=[^ ])){{1,10}}?)"
    rf"(?P<kind>{_OWN_KIND}))[】〕]"
)
# The word closing an own-copy tag: what is left before it names the outlet.
_OWN_KIND_RE = _rx.compile(rf"{_OWN_KIND}\Z")
# An own-copy tag whose outlet's name has no word of its kind: a short name or a paper's
# abbreviation before 讯, with or without the day (南都讯, 中国报道讯, 虎扑9月21日讯). Every
# outlet heads its own copy so, whatever its name; taken only at a credit's start and, with
# no day, only before the credit it heads (a bracket, or a label after a space), so that a
# word ending in 讯 (资讯, 通讯) opening a line of text is no tag.
_LOOSE_TAG_RE = _rx.compile(
    rf"(?P<source>{_HAN}{{2,6}}?(?P<tail>(?:(?P<month>{_MONTH_NUM})月)?+(?P<day>{_DAY_NUM})日)?+"
    r"(?:讯|訊))(?=[ ]|[(（]|\Z)"
)
_OUTLET_WORD_END_RE = _rx.compile(rf"{_OUTLET_WORD}\Z")

_AGENCIES = (
    "新华社|新華社|中新社|中新网|中新網|人民日报|人民日報|光明日报|光明日報|经济日报|"
    "經濟日報|中国日报|中國日報|央视新闻|央視新聞|央视|央視|中央广播电视总台|"
    "中央廣播電視總台|中国新闻社|中國新聞社|法制日报|工人日报|工人日報|新华网|新華網"
)

_DATELINE_RE = _rx.compile(
    rf"""
    (?P<open>[【\[(])?                                     # old style 【…】
    (?P<ju>据|據)?                                        # 据新华社…电: abridged copy
    (?P<agency>{_AGENCIES}
      |(?P<news>{_HAN}{{1,3}}?社                            # any news agency (路透社, 中央社,
        |{_HAN}{{1,4}}?(?:通讯社|通訊社|国际社|國際社)))       # 合众国际社), filed on a day
    (?P<place>
      (?:(?:记者|記者)(?:{_HAN}{{2,4}}?、){{0,4}}+)?          # 中央社記者A、B台北10日電: the
                                                          # reporters before the place
      {_HAN}{{0,10}}?)                                    # place, shortest first (may be absent)
    (?:(?:(?P<month>{_MONTH_NUM})月)?(?P<day>{_DAY_NUM})日)?
    (?:电|電|(?<=日)讯|(?<=日)訊                            # 新华社十四日讯: old style
      |(?<=日){_HAN}{{0,2}}?(?:专电|專電))                   # 体育专电: a special dispatch
    (?(open)[】\])])                                     # close what was opened
    """,
    regex.VERBOSE,
)

# A dateline that names no outlet, in round brackets opening the text: the place and the
# day of filing and 讯 (吉隆坡6日讯, 马六甲31日讯, 台北11日讯). It is the paper's own report
# (讯头) with the paper's name left out, as the Chinese papers of Malaysia, Singapore and
# Thailand print every story's head: the outlet is the paper itself, named nowhere in it.
_FILED_RE = _rx.compile(
    rf"""
    [(（]
    (?P<place>{_HAN}{{2,6}}?)                              # place, shortest first
    (?:(?P<month>{_MONTH_NUM})月)?(?P<day>{_DAY_NUM})日
    (?:讯|訊)
    [)）]
    """,
    regex.VERBOSE,
)

#: The ideographs a dateline may open with (:data:`_DATELINE_RE`: 据, or a named agency's
#: first; any other agency is named by its 社: 路透社, 合众国际社).
_DATELINE_FIRST = frozenset("据據" + "".join(w[0] for w in _AGENCIES.split("|")))
#: The first characters of a dateline (an agency's, 据) or of a paper's own dated tag
#: (本报…电): a cheap gate for callers that look for one at a line's start.
DATED_FIRST = _DATELINE_FIRST | frozenset("本")

# An outlet and a bar before a credit: 北京日报 | 记者 杨丽娟.
_OUTLET_BAR_RE = _rx.compile(rf"{_OUTLET}[ ]*+[|｜][ ]*+", regex.VERBOSE)
# An agency named as the outlet of a reporter: 新华社记者张三.
_AGENCY_IN_CREDIT_RE = _rx.compile(rf"({_AGENCIES})(?:记者|記者)")
_PAREN_RE = _rx.compile(r"[ ]*+[(\[【]([^()\[\]【】\n]{1,80}+)[)\]】]")
# Reporters named after a dateline without brackets and closed by 报道 (新华社酒泉10月19日电
# 记者张三报道：, …电 新华社记者张三、李四报道): the wire's older style and many papers' for a
# filed report. Read only after a reporter's label, so that text opening the story (…日电
# 张家口市报道称) is never taken for names; 报道 and its colon close the credit.
_REPORTED_CREDIT_RE = _rx.compile(
    r"[ ]*+(?P<who>(?:新华社|新華社)?(?:特派|特约|特約|首席)?(?:记者|記者)[^\n：:，,。；;]{1,40}?)"
    r"(?:报道|報導|報道|报导)[ ]*+[：:]?"
)
#: How far after a dateline a line break is looked for inside the reporters' bracket.
_WRAPPED_PAREN = 40

_CREDIT_MARK_RE = _rx.compile(
    r"""
    (?P<body>[^\n]{0,80}?)                                # who (may be empty)
    [ ]*+[/]?[ ]*+
    (?P<mark>摄影|攝影|摄|攝|供图|供圖|提供                  # what they did
      |(?<=[/／ ])(?:图|圖))                               # 朱海龙/图, 王嘉赓 图: after a slash
                                                          # or a space
    (?P<sent>[ ]*+[(（](?:新华社|新華社|中新社|人民视觉|人民視覺)(?:发|發)?[)）])?  # (新华社发)
    [ ]*+\Z
    """,
    regex.VERBOSE,
)
# A photo report's credit closing a caption: the photographers, then 摄影报道 (齐鲁晚报·齐鲁壹点
# 记者 蔚晓贤 摄影报道): who took the pictures reports with them, so the credit is the
# picture's. Read only at a caption's end (a line of its own heads a photo story as its
# byline, read by :func:`find_byline`).
_PHOTO_REPORT_RE = _rx.compile(
    r"(?P<body>[^\n]{0,80}?)[ ]*+(?P<mark>(?:摄影|攝影)(?:报道|報導|報道|报导))"
    r"(?P<sent>(?!))?[ ]*+\Z"
)
#: The last characters of :data:`_PHOTO_REPORT_RE`'s mark.
_REPORTED_LAST = frozenset("道導")
_STOCK_RE = _rx.compile(r"[(\[【]?(?:资料图片|資料圖片|资料图|資料圖|资料照片|資料照片)[)\]】]?\Z")
_AGENCY_SENT_RE = _rx.compile(r"(?:新华社|新華社|中新社)(?:发|發)[ ]*+")
_PROVIDER_RE = _rx.compile(rf"[{_HAN}\w·]{{2,24}}")
_WORDCHAR_RE = _rx.compile(rf"[{_HAN}]")

# What every match of _LABEL_RE, _OUTLET_BAR_RE and _SOURCE_RE opens with, for the standard
# library's engine to try first (the outlet's lazy runs of Han characters cost the patterns
# several microseconds at each place they fail, which is most places): a run of Han
# characters (or ·) as long as the pattern's head can be, then the character its word holds.
# A label: an outlet, 驻 and a place (22 characters at most), a modifier (全媒体: 3) and 记,
# then 者 (记者), 员 (通讯员, 评论员) ...; or 文, □. An outlet before a bar: 22, then the bar.
# An own-copy tag: 本报, or 16 characters at most (a site, spaces, a paper), then 报 (网)
# and 讯; or a dated tag of any
# outlet: its name (a title in 《》 too), place and date, within 48 characters, then 日.
#: A class holding every Han character (``\p{Han}``; tests/test_units_gates.py checks) and a
#: few unassigned code points around them.
_HAN_WIDE = (
    "\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u9fff\uf900-\ufaff"
    "\U00016fe0-\U00016fff\U00020000-\U0003ffff"
)
_LABEL_GATE_RE = _rx.std_compile(
    f"[{_HAN_WIDE}·《》A-Za-z]{{0,26}}[者员員生撰编編版校制製摄攝图圖译譯]|[文□☉]"
)
_BAR_GATE_RE = _rx.std_compile(f"[{_HAN_WIDE}·]{{1,22}}[ ]*[|｜]")
_SOURCE_GATE_RE = _rx.std_compile(
    f"本[报報]|[{_HAN_WIDE}·\\-－ ]{{1,16}}[报報网網][讯訊]|[{_HAN_WIDE}·\\-－《》0-9]{{2,48}}日"
)
#: What a credit in brackets opens with (:data:`_PAREN_RE`, spaces skipped before it).
_OPENERS = frozenset("([【")

# Cheap pre-checks on the raw text before normalising (most lines are body text).
# (the box marks: a signature flagged by a mark, ■郑蜀炎; and 报 before a space: one naming
# the writer's paper, 农民日报 陈彦宇)
_BYLINE_HINT_RE = _rx.compile(r"[者员員生讯訊作文撰编編摄攝□☉电電(（\[【〔■●◆◇★☆◎]|[报報][ ]")
_DATELINE_HINT_RE = _rx.compile(r"[电電讯訊]")
_CREDIT_HINT_RE = _rx.compile(r"[摄攝图圖供]")
#: The characters a photo credit ends with (:data:`_CREDIT_MARK_RE`, :data:`_STOCK_RE`; white
#: space aside, normalised: ``）`` is ``)``).
_CREDIT_LAST = frozenset("影摄攝图圖供片)]】")


#: Stops that end most lines of text and that normalising keeps as they are (no white space).
_KEPT_MARKS = frozenset(c for c in "。、”’…》」』】" if normalize(c).text == c and not c.isspace())


def _last_visible(page: str, start: int, end: int) -> str | None:
    """The last character of ``normalize(page[start:end]).text.rstrip()`` (``""`` when there
    is none), read from the range's last eight characters: normalising works character by
    character, so their normalised form is the end of the range's. ``None`` when those eight
    are all white space (or removed) and the range is longer: not known from them."""
    if end > start and ("\u4e00" <= page[end - 1] <= "\u9fff" or page[end - 1] in _KEPT_MARKS):
        return page[end - 1]  # an ideograph or a stop: neither rewritten nor removed by normalising
    tail = normalize(page[max(start, end - 8) : end]).text.rstrip()
    if tail:
        return tail[-1]
    return "" if end - start <= 8 else None


def _small_int(text: str) -> int | None:
    """Value of a month/day numeral: Arabic digits or Chinese numerals below 100.

    >>> [_small_int(s) for s in ("22", "十四", "二十二", "廿一", "卅", "十", "三", "百")]
    [22, 14, 22, 21, 30, 10, 3, None]
    """
    value = small_int(text, digit_by_digit=True)
    return value if value is not None and 0 < value < 100 else None


class _Src:
    """A range of a page, normalised, that maps normalised offsets back to the page."""

    def __init__(self, page: str, start: int, end: int, *, joined: bool = False) -> None:
        self.page = page
        self.base = start
        self.norm = normalize(page[start:end])
        self.s = self.norm.text
        brk = _BREAK_RE.search(self.s) if joined else None
        if brk is not None:  # the first line break left out (a line wrapped inside a word)
            self.norm = self.norm.without([brk.span()])
            self.s = self.norm.text
        # where the first line ended (the credit must run over it), when joined
        self.cut = brk.start() if brk is not None else None

    def span(self, a: int, b: int) -> Span:
        local = self.norm.span(a, b)
        return Span.of(self.page, self.base + local.start, self.base + local.end)


def _own_tag(
    src: _Src, pos: int, end: int
) -> tuple[str, str | None, int | None, int | None, int] | None:
    """The own-copy tag at ``pos`` (本报讯, 本报杭州10月6日电, 【本報訊】): its text, place,
    month, day and where it ends; ``None`` if there is none."""
    s = src.s
    m = _SOURCE_RE.match(s, pos, end) if _SOURCE_GATE_RE.match(s, pos, end) else None
    if (
        m is not None
        and m.group("outlet")
        and (src.cut is not None or _DATELINE_RE.match(s, pos, end) is not None)
    ):
        # Any outlet's dated tag is read from one line as printed (over a line break, the
        # line before is a title: 讨对北京动乱的报道 / 本报石家庄…电), and a wire agency's
        # dateline (新华社西宁10月12日电) is a dateline, not a paper's own tag.
        m = None
    if m is None:
        own = _BRACKETED_OWN_RE.match(s, pos, end) if s[pos : pos + 1] in "【〔" else None
        if own is None:
            return _loose_tag(src, pos, end)
        return src.span(own.start("source"), own.end("source")).text, None, None, None, own.end()
    place = src.span(m.start("place"), m.end("place")).text if m.group("place") else None
    month = _small_int(m.group("month")) if m.group("month") else None
    day = _small_int(m.group("day")) if m.group("day") else None
    return src.span(m.start("source"), m.end("source")).text, place, month, day, m.end()


def _loose_tag(
    src: _Src, pos: int, end: int
) -> tuple[str, str | None, int | None, int | None, int] | None:
    """An own-copy tag whose outlet has no word of its kind (:data:`_LOOSE_TAG_RE`): its
    text, no place, the month and day, and where it ends; ``None`` when there is none."""
    s = src.s
    if src.cut is not None or ("讯" not in s[pos : pos + 14] and "訊" not in s[pos : pos + 14]):
        return None  # (the cheap test first; and read on one line only)
    m = _LOOSE_TAG_RE.match(s, pos, end)
    if m is None or _OUTLET_WORD_END_RE.search(s, pos, m.start("tail")) is not None:
        # (a name ending in the word of its kind is the strict tag's to read: 在線3月11日訊
        # alone is the end of 四川在線 wrapped onto the line, no outlet's whole name)
        return None
    if m.group("day") is None:
        after = m.end()
        while after < end and s[after] == " ":
            after += 1
        if s[after : after + 1] not in ("(", "（") and (
            after == m.end() or _LABEL_RE.match(s, after, end) is None
        ):
            return None
    month = _small_int(m.group("month")) if m.group("month") else None
    day = _small_int(m.group("day")) if m.group("day") else None
    return src.span(m.start("source"), m.end("source")).text, None, month, day, m.end()


def _paren_at(src: _Src, pos: int, end: int, *, own: bool) -> tuple[_Src, regex.Match[str] | None]:
    """The bracket of names at ``pos``; after an own-copy tag, or opening the credit
    (``own``), also one wrapped over a line break (本报福州8月5日电（记 / 者杨孝慈）…,
    …更弱。（本 / 报记者郑智文）), read from ``src`` with the break left out (the ``_Src``
    to read it from is returned with it)."""
    p = _PAREN_RE.match(src.s, pos, end) if src.s[pos : pos + 1] in _OPENERS else None
    if p is None and own:
        unwrapped = _bracket_joined(src, pos, end)
        if unwrapped is not None:
            # A break between two names is a space (（记者罗水元 / 王观）): read so first when
            # the bracket holds names only so read; else with the break left out.
            spaced = _Src(src.page, src.base, src.base)
            spaced.norm, spaced.s = src.norm, _SPACE_RE.sub(" ", src.s)
            sp = _PAREN_RE.match(spaced.s, pos, end)
            if sp is not None:
                found, last, _ = _people(spaced, sp.start(1), sp.end(1), default_role="reporter")
                if found and not spaced.s[last : sp.end(1)].strip(" "):
                    return spaced, sp
            return unwrapped, _PAREN_RE.match(unwrapped.s, pos, len(unwrapped.s))
    return src, p


def _bracket_joined(src: _Src, pos: int, end: int) -> _Src | None:
    """``src`` with the line breaks inside the bracket opening at ``pos`` left out, when
    the bracket closes within :data:`_WRAPPED_PAREN` characters over a line break: a credit
    wrapped at the column's edge, anywhere, even inside a word (``（记`` / ``者杨孝慈）``; a
    line break inside Han text is no break between words); ``None`` otherwise."""
    s = src.s
    if pos >= end or s[pos] not in "([【":
        return None
    close = _CLOSE_RE.search(s, pos + 1, min(end, pos + _WRAPPED_PAREN))
    if close is None or close.group() in "([【":
        return None
    cuts = [m.span() for m in _BREAK_RE.finditer(s, pos + 1, close.start())]
    if not cuts:
        return None
    out = _Src(src.page, src.base, src.base)
    out.norm = src.norm.without(cuts)
    out.s = out.norm.text
    return out


# What closes a bracket, and what opens another (the bracket is not closed before it).
_CLOSE_RE = _rx.compile(r"[)\]】([【]")
# A line break and the spaces around it.
_BREAK_RE = _rx.compile(r"[ ]*+\n[ ]*+")


def _label_or_name_at(s: str, at: int, end: int) -> bool:
    """Whether a credit label or a name (a spaced two-character one too) starts at ``at``."""
    if _LABEL_RE.match(s, at, end) or _NAME_RE.match(s, at, end):
        return True
    split = _SPACED_NAME_RE.match(s, at, end)
    return split is not None and is_person_name(split["a"] + split["b"])


def _credit_goes_on(s: str, pos: int, end: int) -> bool:
    """Whether another label or name follows ``pos`` after a separator (the credit goes on)."""
    sep = _SEP_RE.match(s, pos, end)
    if sep is None or sep.end() == pos or sep.end() >= end:
        return False
    return _label_or_name_at(s, sep.end(), end)


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
    named = 0  # names read since the last label
    while pos < end:
        m = _LABEL_RE.match(s, pos, end) if _LABEL_GATE_RE.match(s, pos, end) else None
        if m is not None and m.end() > pos:
            found = next(k for k, v in m.groupdict().items() if v is not None)
            # 文/徐报融媒记者 王正喜, 图/本报记者 X: the part of the work a slash-label gives
            # comes first, the writer's post (记者) after it; the part is the role.
            kept = (
                named == 0
                and found == "reporter"
                and role in ("author", "photographer")
                and s[pos - 1 : pos] in ("/", "／")
            )
            role = role if kept else found
            pos = last = m.end()
            named = 0
            continue
        if role is None:
            break
        n = _NAME_RE.match(s, pos, end)
        glued = _glued_names(s, pos, end) if n is None else None
        if glued is not None:
            for a, b in glued:
                sp = src.span(a, b)
                people.append(Person(name=sp.text, role=role, span=sp, text=sp.text))
            name_end = glued[-1][1]
        elif n is None:
            split = _SPACED_NAME_RE.match(s, pos, end)
            if split is None or not is_person_name(split["a"] + split["b"]):
                break
            people.append(_spaced_person(src, split, role))
            name_end = split.end()
        else:
            name_end = n.end("name")
            # A token that itself starts with a label is a new group, not a name; so is a
            # word with a colon after it (来源:人民网 after the names: a field of the page),
            # and 发自 ("sent from") opens the place the report was filed from.
            # (m is the label tried at pos above: none starts here)
            if (
                m is not None
                or s[name_end : name_end + 1] in (":", "：")
                or s[pos : pos + 2] in ("发自", "發自")
            ):
                break
            sp = src.span(n.start("name"), name_end)
            r = _REPORTED_RE.match(s, name_end, end)
            if (
                named
                and r is None
                and not in_paren
                and s[pos - 1 : pos] == " "
                and not is_person_name(sp.text)
                and not _credit_goes_on(s, name_end, end)
            ):
                # Outside brackets, a last name after a space must look like one: in
                # 通讯员李四 今天上午 the text has begun.
                break
            if r is not None and in_paren and people and s[pos - 1 : pos] == " ":
                # (记者 X 福州报道): a place, not a name. (Outside brackets a word no name's
                # shape may be a name all the same, 通讯员丁丁 丽丁报道: read as one.)
                pos = last = r.end()
                reported = True
                break
            people.append(Person(name=sp.text, role=role, span=sp, text=sp.text))
        named += 1
        pos = last = name_end
        after, closed, stop = _after_name(s, pos, end)
        if closed:
            last, reported = after, True
            if people and _COMPILED_RE.match(s, pos, after) is not None:
                people[-1] = attrs.evolve(people[-1], role="translator")
        if stop:
            break
        pos = after
    return people, last, reported


#: The ways five or six characters split into names of two or three (see _glued_names).
_GLUED_CUTS: Final = MappingProxyType({5: ((2, 3), (3, 2)), 6: ((3, 3), (2, 2, 2))})


def _glued_names(s: str, pos: int, end: int) -> list[tuple[int, int]] | None:
    """The names of a run of five or six characters printed without separators where a
    credit's name stands (``曾坤颜世贵``): the one way to cut it into names of two or three
    characters each shaped as a name (:func:`is_person_name`: a surname first). ``None``
    when no way or more than one fits: a glued run is read only where it is unambiguous."""
    m = _GLUED_NAMES_RE.match(s, pos, end)
    if m is None:
        return None
    run = m.group("run")
    if any(_NAME_END_RE.match(s, k) is not None for k in range(pos + 2, m.end())):
        return None
    fits = []
    for cut in _GLUED_CUTS[len(run)]:
        bounds = list(itertools.accumulate(cut, initial=0))
        parts = [run[a:b] for a, b in itertools.pairwise(bounds)]
        if all(is_person_name(p) for p in parts):
            fits.append([(pos + a, pos + b) for a, b in itertools.pairwise(bounds)])
    return fits[0] if len(fits) == 1 else None


# A correspondent's label set off by a slash (通讯员/), as the reporter's before it (记者/).
_SLASHED_ROLE_RE = _rx.compile(r"(?:特约|特約)?(?:通讯员|通訊員)[ ]*+[/／:]")
# A credit field's label and its colon (编辑:, 記者:), the next field of a meta line.
_GLUED_FIELD_RE = _rx.compile(r"(?:记者|記者|作者|编辑|編輯|责编|責編)[ ]*+[:：]")
# The next credit label glued to a name, a name glued to it in turn (记者红珊通讯员信宝忠,
# 記者郭翔宇通訊員粵交綜): a copy or an archive that dropped a credit's spaces runs its
# groups together; the groups are read on only when a name follows the label, so that
# 通讯员X记者从…获悉 (the text after the credit: 记者 and a verb) ends the credit.
_GLUED_LABEL_RE = _rx.compile(
    r"(?:见习|見習|实习|實習|特约|特約)?+(?:记者|記者|通讯员|通訊員)|实习生|實習生"
)


def _after_name(s: str, pos: int, end: int) -> tuple[int, bool, bool]:
    """What follows a name ending at ``pos``: where the reading goes on, whether 报道 closed
    the credit there, and whether the credit ends."""
    r = _AFTER_NAME_REPORTED_RE.match(s, pos, end)
    if r is not None:
        return r.end(), True, True
    sep = _SEP_RE.match(s, pos, end)
    if sep is None or sep.end() == pos:
        # 王小玲本报记者 黄泽君: the next label glued to the name goes on with the credit;
        # so does 通讯员/ after 记者/谷立辉 (the roles set off alike, by a slash).
        # So does the next field of a page's meta line glued to the name (記者:張智浩編輯:X).
        glued = (
            s[pos : pos + 2] in ("本报", "本報")
            or _SLASHED_ROLE_RE.match(s, pos, end) is not None
            or _GLUED_FIELD_RE.match(s, pos, end) is not None
            or _named_after_label(s, pos, end)
        ) and _LABEL_RE.match(s, pos, end) is not None
        return pos, False, not glued
    # A space separates names only when another name or label follows directly.
    if (
        s[pos] == " "
        and sep.end() < end
        and s[sep.end()] not in "、"
        and not _label_or_name_at(s, sep.end(), end)
    ):
        return pos, False, True
    return sep.end(), False, False


def _named_after_label(s: str, pos: int, end: int) -> bool:
    """Whether a label glued to the name before ``pos`` (:data:`_GLUED_LABEL_RE`) has a
    name after it that a name's end closes (a bracket, a space, the next label: 通讯员信宝忠）;
    记者从广州市…获悉 runs on as text, no name closed)."""
    g = _GLUED_LABEL_RE.match(s, pos, end) if s[pos : pos + 1] in _GLUED_LABEL_FIRST else None
    return g is not None and _NAME_RE.match(s, g.end(), end) is not None


_GLUED_LABEL_FIRST = frozenset("见見实實特记記通")


def _spaced_person(src: _Src, m: regex.Match[str], role: str) -> Person:
    """The person of a two-character name printed with a space inside (:data:`_SPACED_NAME_RE`)."""
    a, b = src.span(m.start("a"), m.end("a")), src.span(m.start("b"), m.end("b"))
    whole = src.span(m.start(), m.end())
    return Person(name=a.text + b.text, role=role, span=whole, text=whole.text, spans=(a, b))


# The place of a report after a slash, closing a credit (記者X/台北報導, …/綜合報導), and
# the paper's name glued after it in a web copy (…/北京報導聯合報).
# (A web copy also runs the text on after a space: 記者王超群∕台北報導 總統蔡英文…; some
# typesetting prints the slash as a division slash, ∕.)
_SLASH_PLACE_RE = _rx.compile(
    r"[ ]*+[/／∕][ ]*+(?P<place>\p{Han}{0,6}?)(?:採訪|采访)?+(?:報導|报道)"
    r"(?:(?:\p{Han}{1,4}?[報报])?+[ ]*+\Z|[ ]++(?=[\p{Han}「“\"]))"
)
# Where the report was sent from, after the reporter's name: 记者 谢晓萍 发自北京, 记者金微发自
# 北京, 南都讯 记者吴瑶 发自北京 (发自 "sent from": papers and sites that file from other
# cities print the place so, after the name, in place of a dateline). The place is the
# shortest run of Han characters that a space, a bracket, a stop or the end closes.
_FILED_FROM_RE = _rx.compile(
    r"[ ]*+(?:发自|發自)[ ]*+(?P<place>\p{Han}{2,6}?)(?=[ ,，。:)\]】(（“\"\n]|\Z)"
)
# A place before 报道 closing a bracketed credit, set apart from the names by a space:
# （記者 張聰 北京報道）.
_PAREN_PLACE_RE = _rx.compile(r"[ ]++(?P<place>\p{Han}{2,6}?)(?:报道|報導|報道|报导)[ ]*+\Z")
# A further field of a web page's meta line after a credit (记者 A B   来源:人民网), or
# the date it was posted (作者:X 2020-01-01 来源:Y; 记者 刘佳英 03月19日 11:31: the day and
# the time closing the line).
# (A copy of the page's fields may glue the next field to the name: 記者:張智浩編輯:梁彧睿.)
_FIELD_AFTER_RE = _rx.compile(
    r"[ ]*+(?:来源|來源|稿源|编辑|編輯|责编|責編|时间|時間|日期|发布时间|發佈時間)[ ]*+[:：]"
    r"|[ ]++(?:[0-9]{4}[ ]*+[-/年][ ]*+[0-9]{1,2}[ ]*+[-/月][ ]*+[0-9]{1,2}(?:日|[ ]|\Z)"
    r"|[0-9]{1,2}[ ]*+[-/月][ ]*+[0-9]{1,2}日?+[ ]*+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?+[ ]*+\Z)"
)


# A web page's field 来源 (source) before a credit, and the paper's name glued before its
# own tag (来源：中国科学报本报讯（记者肖洁）): the credit is what follows.
_CAME_FROM_RE = _rx.compile(
    rf"(?:来源|來源|稿源)[ ]*+:[ ]*+(?:{_HAN}{{1,8}}?(?:报|報|网|網|社|新闻|新聞)(?=本报|本報))?"
)
# The date and time a web page was posted, opening its meta line before the credit
# (2016年06月17日06:15 汉网-武汉晚报 本报讯（记者孙珺…）, 2025年01月20日 08:00 來源:…
# 見習記者 X): a site prints the line so, the credit after its date.
_POSTED_BEFORE_RE = _rx.compile(
    r"[0-9]{4}[ ]*+[-/年][ ]*+[0-9]{1,2}[ ]*+[-/月][ ]*+[0-9]{1,2}日?+"
    r"(?:[ ]*+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?+)?+[ ]++"
)
# What a meta line names before the credit after its date: the source field's value or the
# site and the paper it reprints (汉网-武汉晚报, 來源:廣西云-廣西日報), one word and a space.
_SOURCE_VALUE_RE = _rx.compile(r"[^ \n:：]{2,16}+[ ]++")

# A writer's post in brackets after the name, closing the line: 作者:X(某某大学教授).
_AFFILIATION_AFTER_RE = _rx.compile(r"[ ]*+[(（][^()（）\n]{2,40}+[)）][ ]*+")


def _bare_reporters(src: _Src, pos: int, n: int) -> tuple[list[Person], int, bool] | None:
    """Names closed by 报道 after the paper's own-copy tag (本报讯 路前进、记者张占辉报道:,
    本报讯 王洪义、王前生报道:): they report it, a label or not (a correspondent of the unit
    is printed bare before the paper's reporter); ``None`` when that is not what follows."""
    found, end_at, said = _people(src, pos, n, default_role="reporter")
    if said and found and all(is_person_name(x.name) for x in found):
        return found, end_at, said
    return None


def _credit_start(s: str, pos: int, n: int) -> tuple[int, bool]:
    """Where the credit opening at ``pos`` begins, past a box mark (◎本报记者 X, ■本报记者
    X 实习生 Y) or a page's field 来源 (来源：澎湃新闻记者 吕新文: the field names the
    credit); and whether it was boxed."""
    boxed = pos < n and s[pos] in _BOX_MARKS
    if boxed:
        pos += 1
    elif s[pos : pos + 2] in _LIST_MARKS:
        pos += 2  # - 記者:X: a web page's fields copied as a list, a bullet before each
    posted = _POSTED_BEFORE_RE.match(s, pos, n) if s[pos : pos + 1].isdigit() else None
    if posted is not None:
        pos = posted.end()
    came = _CAME_FROM_RE.match(s, pos, n) if s[pos : pos + 1] in "来來稿" else None
    at = came.end() if came is not None else pos
    if posted is not None or came is not None:
        # (the source's value, then the credit: 來源:廣西云-廣西日報 見習記者 X)
        value = _SOURCE_VALUE_RE.match(s, at, n)
        if value is not None and _opens_credit(s, value.end(), n) and not _opens_credit(s, at, n):
            at = value.end()
    return at, boxed


def _opens_credit(s: str, pos: int, n: int) -> bool:
    """Whether a label or an own-copy tag opens ``s`` at ``pos``."""
    if s[pos : pos + 2] in ("本报", "本報"):
        return True
    m = _LABEL_RE.match(s, pos, n) if _LABEL_GATE_RE.match(s, pos, n) is not None else None
    return m is not None and m.end() > pos


def _hinted(page: str, start: int, end: int) -> bool:
    """Whether a label, a tag or a parenthesis stands near ``start`` (further on a line
    opening with a date: a meta line's date and source stand before its credit)."""
    near = 48 if page[start : start + 1].isdigit() else 24
    return _BYLINE_HINT_RE.search(page, start, min(end, start + near)) is not None


def _byline_at(
    page: str, start: int, end: int, reference: datetime.date | None, *, joined: bool = False
) -> Byline | None:
    end = min(end, start + _MAX_CREDIT)
    if not _hinted(page, start, end):
        return None  # cheap pre-check: no label, tag or parenthesis near the start
    src = _Src(page, start, end, joined=joined)
    s = src.s
    n = len(s)
    pos, boxed = _credit_start(s, len(s) - len(s.lstrip()), n)
    first = pos
    bar = _OUTLET_BAR_RE.match(s, pos, n) if _BAR_GATE_RE.match(s, pos, n) else None
    if bar is not None and _LABEL_RE.match(s, bar.end(), n) is not None:
        pos = bar.end()  # 北京日报 | 记者 X: the outlet, a bar, then the credit
    source = place = None
    month = day = None
    strong = False
    tag = _own_tag(src, pos, n)
    if joined and (tag is None or src.cut is None or tag[4] <= src.cut):
        return None  # (read over a line break: only an own-copy tag wrapped inside)
    if tag is not None:
        source, place, month, day, pos = tag
        strong = True
    while pos < n and s[pos] == " ":
        pos += 1
    src, p = _paren_at(src, pos, n, own=source is not None or (pos == first and not joined))
    s, n = src.s, len(src.s)
    people: list[Person]
    if p is not None:
        inner_start, inner_end = p.start(1), p.end(1)
        default = "reporter" if source else "author"
        people, last, _ = _people(src, inner_start, inner_end, default_role=default, in_paren=True)
        team = _TEAM_RE.match(s, inner_start, inner_end)
        if not people and team is not None and _LABEL_RE.match(s, team.end(), inner_end):
            # (成都日报报业集团特别报道组 记者 A B C): a team named before the credit.
            people, last, _ = _people(src, team.end(), inner_end, default_role=default)
        filed = _place_after(s, last, inner_end) if people else None
        if filed is not None and s[filed[0] : inner_end].strip(" ") == "":
            # (记者 X 发自北京), 【記者 A、B/臺中採訪報導】: the place it was sent from closes
            # the credit.
            last, place = filed
        if not people or s[last:inner_end].strip(" ") not in ("", "报道", "報導"):
            people = []
        elif (
            source is None
            and _LABEL_RE.match(s, inner_start, inner_end) is None
            and (
                s[p.start() :].lstrip(" ")[:1] in "【["
                or not all(is_person_name(x.name) for x in people)
            )
        ):
            # An unlabelled bracket is a credit only when it holds person-shaped names:
            # (龚青) is, 【导读】 and (化名) are not; 【】 marks section labels.
            people = []
        else:
            pos = p.end()
            strong = True
            place = place or _paren_place(s, inner_start, inner_end, people)
    else:
        people, last, reported = _lead_people(src, pos, n, at_start=pos == first and not source)
        if not people and source is not None:
            people, last, reported = _bare_reporters(src, pos, n) or (people, last, reported)
        if people:
            last, reported, place = _closing_place(s, first, last, n, people, reported, place)
        if people:
            strong = (
                strong
                or reported
                or s[last:n].strip(" :") == ""
                # 本报记者 崔丽 庄庆鸿 《中国青年报》( 2013年04月27日 04 版): the source
                # line shares the credit's line.
                or _SOURCE_LINE_RE.fullmatch(s[last:n].strip(" ")) is not None
                # 记者 A B C D   来源:人民网: another field of the page's meta line after it.
                or _FIELD_AFTER_RE.match(s, last, n) is not None
                # 作者:李谷城(香港珠海書院研究員): the writer's post in brackets closing
                # the line (an opinion piece names where its author works).
                or _AFFILIATION_AFTER_RE.fullmatch(s, last, n) is not None
                # 本报记者 韩钟昆 解决当前…: a label and names set apart by spaces on both
                # sides, the text after them (an archive joins a credit's line to the text).
                or (
                    s[last : last + 1] == " "
                    and _SPACED_CREDIT_RE.fullmatch(s, first, last) is not None
                    and _TEXT_AFTER_RE.match(s, last, n) is not None
                )
            )
            # (a writer's post after the names is part of the credit, no text)
            pos = n if _AFFILIATION_AFTER_RE.fullmatch(s, last, n) is not None else last
            if pos < n and s[pos] == ":":
                pos += 1
                strong = True
    if not strong and source is None:
        signed = _signature(src, first, pos, n, people, boxed=boxed)
        if signed is not None:
            people, pos, strong = signed[0], signed[1], True
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
        date=resolve_filed_date(month, day, reference),
        people=tuple(people),
    )


# The part of the work printed after the names it credits (张帆 黄谨 文/图, 李尚辉/文 倪路/图):
# papers set a credit so as often as role first (文/李尚辉 图/倪路). 文 (the words, with the
# pictures too: 文/图, 图文, 文并摄) makes an author; 图, 摄 a photographer.
_ROLE_AFTER_RE = _rx.compile(
    r"[ ]*+(?:[/／∕][ ]*+)?+"
    r"(?P<role>文[/／∕][图圖]|文并摄|文並攝|图文|圖文|文|摄影|攝影|摄|攝|图|圖)(?!\p{Han})"
)
# A name before such a role: two to four Han characters, shortest first, up to a space, a
# list comma or the slash.
_NAME_BEFORE_ROLE_RE = _rx.compile(r"\p{Han}{2,4}?(?=[ 、/／∕]|\Z)")
_NAME_SEP_RE = _rx.compile(r"[ ]*+、?+[ ]*+")
_ROLE_AFTER_FIRST = frozenset("文图圖")
# A column's name opening the credit's line (a logo's letter may stand before it).
_COLUMN_BEFORE_RE = _rx.compile(r"(?P<word>[A-Za-z]?+\p{Han}{2,8}+)[ ]++")


def _lead_people(src: _Src, pos: int, n: int, *, at_start: bool) -> tuple[list[Person], int, bool]:
    """The people of a credit read from ``pos`` with no bracket and no own-copy tag before
    them (see :func:`_people`); at the credit's start with no label there, the roles may
    follow the names (李尚辉/文 倪路/图, 张帆 黄谨 文/图: :func:`_role_after_names`)."""
    if at_start and _LABEL_RE.match(src.s, pos, n) is None:
        after = _role_after_names(src, pos, n)
        if after is not None:
            return after[0], after[1], True
    return _people(src, pos, n, default_role=None)


def _role_after_names(src: _Src, pos: int, n: int) -> tuple[list[Person], int] | None:
    """A credit line whose roles follow the names (:data:`_ROLE_AFTER_RE`): its people and
    its end, or ``None``. The line holds nothing else; a name with no role after it before a
    labelled credit (郑丽丽 记者 李尚辉/文 倪路/图) signs as an author, a label before names
    (记者 李尚辉/文) gives its own role; at least one person wrote the words."""
    s = src.s
    people: list[Person] = []
    pending: list[Span] = []
    label: str | None = None
    closed = False
    column = _COLUMN_BEFORE_RE.match(s, pos, n)
    if column is not None and not is_person_name(column.group("word")):
        pos = column.end()  # 海都邦邦 张帆 黄谨 文/图: the column's name before the credit
    while pos < n:
        lab = _LABEL_RE.match(s, pos, n) if _LABEL_GATE_RE.match(s, pos, n) else None
        if lab is not None and lab.end() > pos and s[pos] not in _ROLE_AFTER_FIRST:
            people.extend(Person(name=x.text, role="author", span=x, text=x.text) for x in pending)
            pending, closed = [], False
            label = next(k for k, v in lab.groupdict().items() if v is not None)
            pos = lab.end()
            continue
        m = _NAME_BEFORE_ROLE_RE.match(s, pos, n)
        if m is None or not is_person_name(m.group()):
            return None
        pending.append(src.span(m.start(), m.end()))
        pos = m.end()
        r = _ROLE_AFTER_RE.match(s, pos, n)
        if r is not None:
            role = (
                "photographer"
                if r.group("role")[0] in "摄攝图圖" and "文" not in r.group("role")
                else "author"
            )
            role = label or role
            people.extend(Person(name=x.text, role=role, span=x, text=x.text) for x in pending)
            pending, label, closed = [], None, True
            pos = r.end()
        sep = _NAME_SEP_RE.match(s, pos, n)
        pos = pos if sep is None else sep.end()
    if not closed or pending or not any(p.role != "photographer" for p in people):
        return None
    return people, pos


def _place_after(s: str, pos: int, end: int) -> tuple[int, str | None] | None:
    """The place of the report closing a credit after its names, and where it ends: after a
    slash (特派記者賴錦宏/北京報導, 聯合報 glued after it, as Taiwan's papers print a credit)
    or after 发自 (记者 X 发自北京); ``None`` when neither follows."""
    slash = _SLASH_PLACE_RE.match(s, pos, end)
    if slash is not None:
        return slash.end(), slash.group("place") or None
    filed = _FILED_FROM_RE.match(s, pos, end)
    return (filed.end(), filed.group("place")) if filed is not None else None


# A writer's signature line naming where he works, then his name, alone on the line: the
# outlet (农民日报 陈彦宇; two: 新華報業傳媒集團 鄉村干部報 許露露), or after a box mark any
# body (□首发集团八达岭分公司京新收费所 吕文静). Papers sign a contributed piece so, under
# its title or at its foot.
_OUTLET_SIGNED_RE = _rx.compile(rf"(?:{_OUTLET_NAME}[ ]++){{1,2}}+(?P<name>{_HAN}{{2,4}}+)[ ]*+\Z")
_BOX_SIGNED_RE = _rx.compile(rf"{_HAN}{{2,20}}+[ ]++(?P<name>{_HAN}{{2,4}}+)[ ]*+\Z")


def _signature(
    src: _Src, first: int, pos: int, n: int, people: list[Person], *, boxed: bool
) -> tuple[list[Person], int] | None:
    """A credit with no label that signs the piece (:data:`_OUTLET_SIGNED_RE`), or that a
    box mark flags (□王国安 20年前,…: a person's name, a space, then the text, a web copy
    running the credit's line into the text; ■郑蜀炎: the name alone on its line); the
    people and where the credit ends."""
    s = src.s
    marked = boxed or s[first : first + 1] == "□"
    if s[pos : pos + 1] == "□":
        pos += 1
    m = _OUTLET_SIGNED_RE.match(s, pos, n) or (_BOX_SIGNED_RE.match(s, pos, n) if marked else None)
    if m is not None and is_person_name(m["name"]):
        sp = src.span(m.start("name"), m.end("name"))
        return [Person(name=sp.text, role="author", span=sp, text=sp.text)], m.end("name")
    if not marked:
        return None
    found, last = (people, pos) if people else _people(src, pos, n, default_role="author")[:2]
    if not found or not all(is_person_name(x.name) for x in found):
        return None
    if s[last:n].strip(" ") == "" and boxed:
        return found, last
    if s[last : last + 1] == " " and _TEXT_AFTER_BOX_RE.match(s, last, n) is not None:
        return found, last
    return None


def _closing_place(
    s: str, first: int, last: int, n: int, people: list[Person], reported: bool, place: str | None
) -> tuple[int, bool, str | None]:
    """Where the place of filing closing an unbracketed credit puts its end, whether the
    credit is closed (报道), and the place: after a slash or 发自 (記者X/北京報導, 记者 X 发自
    北京), or before a closing 报道 (記者 周遠征 北京報導)."""
    closing = _place_after(s, last, n)
    if closing is not None:
        return closing[0], True, place or closing[1]
    return last, reported, place or (_bare_place(s, first, last, people) if reported else None)


def _bare_place(s: str, start: int, end: int, people: Sequence[Person]) -> str | None:
    """The place before 报道 closing an unbracketed credit (記者 周遠征 北京報導), as
    :func:`_paren_place`; no label (摄影报道) and no word holding a name read."""
    place = _paren_place(s, start, end, people)
    if place is None or _LABEL_RE.match(place) is not None:
        return None
    return None if any(x.name in place for x in people) else place


def _paren_place(s: str, start: int, end: int, people: Sequence[Person]) -> str | None:
    """The place before 报道 closing a bracketed credit (（記者 張聰 北京報道）): the word
    there that is none of the names read."""
    at = _PAREN_PLACE_RE.search(s, start, end)
    if at is None or any(x.name == at.group("place") for x in people):
        return None
    return str(at.group("place"))


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
    except (ValueError, IndexError) as exc:  # a bug: never silent (tests/test_backstops.py)
        _gave_up("parse_byline", 0, exc)
        return None


def _dateline_at(
    page: str, start: int, end: int, reference: datetime.date | None, *, joined: bool = False
) -> Dateline | None:
    end = min(end, start + _MAX_CREDIT)
    if _DATELINE_HINT_RE.search(page, start, min(end, start + 40)) is None:
        return None  # cheap pre-check: no 电 near the start
    first = page[start:end].lstrip()[:1]
    if (
        "\u4e00" <= first <= "\u9fff"
        and first not in _DATELINE_FIRST
        and "社" not in page[start:end]
    ):
        return None  # an ideograph first (normalising keeps it) that opens no dateline
    src = _Src(page, start, end, joined=joined)
    s = src.s
    pos = len(s) - len(s.lstrip())
    m = _DATELINE_RE.match(s, pos)
    if m is None and s[pos : pos + 1] in "(（":
        return _filed_at(src, pos, reference, joined=joined)
    if m is None or (joined and (src.cut is None or m.end() <= src.cut)):
        return None
    month = _small_int(m.group("month")) if m.group("month") else None
    day = _small_int(m.group("day")) if m.group("day") else None
    if (m.group("month") and month is None) or (m.group("day") and day is None):
        return None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None
    if m.group("news") and day is None:
        return None  # 美联社电: an agency named by the 社 alone files on a day (路透社华盛顿19日电)
    if not (m.group("place") or m.group("day") or m.group("open") or m.group("ju")) and s[
        m.end() : m.end() + 1
    ] not in ("", " ", "(", "（", "】", ")", "）"):
        return None  # 人民日报电子报: a name that happens to be followed by 电, not 人民日报电
    stop = m.end()
    people: tuple[Person, ...] = ()
    p = _PAREN_RE.match(s, stop)
    if p is None and "\n" in s[stop : stop + _WRAPPED_PAREN]:
        # The reporters' bracket wrapped at the column's edge (…7月8日电（记者孙 / 勇）…):
        # read with its line break as a space, as a credit over several lines is read;
        # failing that, with the break left out (a column's edge falls anywhere, inside the
        # label or a name too: 电（记 / 者毕全忠、王观）, （记者刘金 / 辉、吴骅）).
        got = _dateline_bracket(src, stop, page, start, end, joined=joined)
        if got is not None:
            src, people, stop = got
        span = src.span(pos, stop)
    elif p is not None:
        inner = (
            p.start(1) + len(s[p.start(1) : p.end(1)]) - len(s[p.start(1) : p.end(1)].lstrip(" "))
        )
        found, last, _ = _people(src, inner, p.end(1), default_role="reporter")
        if found and s[last : p.end(1)].strip(" ") in ("", "报道", "報導"):
            people = tuple(found)
            stop = p.end()
        span = src.span(pos, stop)
    else:
        people, stop = _reported_after(src, stop)
        span = src.span(pos, stop)
    place = src.span(m.start("place"), m.end("place")).text if m.group("place") else None
    inside = _reporters_in_place(src, m.start("place"), m.end("place")) if place else None
    if inside is not None:
        people, place = (*inside[0], *people), inside[1]
    return Dateline(
        span=span,
        text=span.text,
        agency=src.span(m.start("agency"), m.end("agency")).text,
        place=place,
        month=month,
        day=day,
        date=resolve_filed_date(month, day, reference),
        position="start",
        people=people,
        abridged=m.group("ju") is not None,
    )


def _dateline_bracket(
    src: _Src, stop: int, page: str, start: int, end: int, *, joined: bool
) -> tuple[_Src, tuple[Person, ...], int] | None:
    """The reporters of a dateline's bracket opening at ``stop`` and wrapped over a line
    break, the ``_Src`` they were read from and where the bracket ends: read with the break
    as a space (``孙 / 勇``: two names, or one name's halves, a space apart), else with the
    break left out (:func:`_bracket_joined`); ``None`` when neither reads as names."""
    spaced = _Src(page, start, end, joined=joined)
    spaced.s = _SPACE_RE.sub(" ", src.s)  # same length: offsets are unchanged
    tries = [spaced]
    if src.s[stop : stop + 1] in "(":
        unwrapped = _bracket_joined(src, stop, len(src.s))
        if unwrapped is not None:
            tries.append(unwrapped)
    for one in tries:
        s = one.s
        p = _PAREN_RE.match(s, stop)
        if p is None:
            continue
        inner = (
            p.start(1) + len(s[p.start(1) : p.end(1)]) - len(s[p.start(1) : p.end(1)].lstrip(" "))
        )
        found, last, _ = _people(one, inner, p.end(1), default_role="reporter")
        if found and s[last : p.end(1)].strip(" ") in ("", "报道", "報導"):
            return one, tuple(_unbroken(page, x) for x in found), p.end()
    return None


def _unbroken(page: str, person: Person) -> Person:
    """``person`` with a name wrapped at a line break (``刘金`` / ``辉``) read as one name,
    its spans the pieces on each line."""
    sp = person.span
    if not any(c.isspace() for c in sp.text):
        return person
    pieces = tuple(
        Span.of(page, sp.start + m.start(), sp.start + m.end())
        for m in _NON_SPACE_RE.finditer(sp.text)
    )
    return attrs.evolve(person, name="".join(x.text for x in pieces), spans=pieces)


_NON_SPACE_RE = _rx.compile(r"\S++")


def _reporters_in_place(src: _Src, start: int, end: int) -> tuple[list[Person], str] | None:
    """The reporters a wire names inside its dateline, between the agency and the place
    (``中央社記者戴雅真台北29日電``, ``中央社記者郭建伸、王揚宇台北10日電``), and the place left;
    ``None`` when ``src.s[start:end]`` (the dateline's place) names none.

    No mark parts the last name from the place: a name is two or three characters, a
    surname first, and a place two or more, so the name is taken as three characters when
    that leaves a place of two (most names are three), else as two (``記者張明台北``).
    """
    s = src.s
    if s[start : start + 2] not in ("记者", "記者"):
        return None
    parts = s[start + 2 : end].split("、")
    last = parts[-1]
    cut = next(
        (n for n in (3, 2) if len(last) - n >= 2 and is_person_name(last[:n])),
        None,
    )
    if cut is None or not all(is_person_name(p) for p in parts[:-1]):
        return None
    people: list[Person] = []
    at = start + 2
    for name in (*parts[:-1], last[:cut]):
        sp = src.span(at, at + len(name))
        people.append(Person(name=sp.text, role="reporter", span=sp, text=sp.text))
        at += len(name) + 1
    return people, src.span(at - 1, end).text


def _reported_after(src: _Src, stop: int) -> tuple[tuple[Person, ...], int]:
    """The reporters of an unbracketed credit closed by 报道 right after a dateline ending at
    ``stop`` (:data:`_REPORTED_CREDIT_RE`) and where the dateline then ends; none, and
    ``stop``, when what follows is not such a credit naming people and nothing else."""
    r = _REPORTED_CREDIT_RE.match(src.s, stop)
    if r is None:
        return (), stop
    found, last, _ = _people(src, r.start("who"), r.end("who"), default_role=None)
    if not found or src.s[last : r.end("who")].strip(" "):
        return (), stop
    return tuple(found), r.end()


def _filed_at(
    src: _Src, pos: int, reference: datetime.date | None, *, joined: bool
) -> Dateline | None:
    """The bracketed dateline naming no outlet at ``pos`` (``(吉隆坡6日讯)``, see
    :data:`_FILED_RE`); its ``agency`` is empty."""
    m = _FILED_RE.match(src.s, pos)
    if m is None or (joined and (src.cut is None or m.end() <= src.cut)):
        return None
    month = _small_int(m.group("month")) if m.group("month") else None
    day = _small_int(m.group("day"))
    if (m.group("month") and month is None) or day is None or not 1 <= day <= 31:
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    span = src.span(pos, m.end())
    return Dateline(
        span=span,
        text=span.text,
        agency="",
        place=src.span(m.start("place"), m.end("place")).text,
        month=month,
        day=day,
        date=resolve_filed_date(month, day, reference),
        position="start",
        people=(),
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
    except (ValueError, IndexError) as exc:  # a bug: never silent
        _gave_up("parse_dateline", 0, exc)
        return None


def _credit_at(
    page: str, start: int, end: int, *, bracketed: bool = False, caption: bool = False
) -> PhotoCredit | None:
    if end - start > _MAX_CREDIT:
        return None
    end_char = _last_visible(page, start, end)  # (the cheaper pre-check first)
    if (
        end_char is not None
        and end_char not in _CREDIT_LAST
        and not (caption and end_char in _REPORTED_LAST)
    ):
        # a credit ends with its mark (摄, 供图 ...), a stock-photo word or a bracket (or,
        # closing a caption, 摄影报道)
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
    if m is None and caption:
        m = _PHOTO_REPORT_RE.match(s, first)
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
        # (通讯员供图: a post alone names nobody; the picture is credited all the same)
        bare = _LABEL_RE.fullmatch(s, first, body_end) is not None
        people = [] if bare else [Person(name=sp.text, role="provider", span=sp, text=sp.text)]
    else:
        if body_end == first_name:
            return None
        spaced = m.end("body") < m.start("mark") or m.group("sent") is not None
        labelled = _LABEL_RE.match(s, first_name, body_end) is not None
        if not labelled and mark[-1] in _REPORTED_LAST:
            return None  # (摄影报道 closing a caption credits a labelled reporter only)
        if not labelled and not spaced and not bracketed:
            # A bare name needs a space before 摄 (今天拍摄 is not a credit), unless brackets
            # set the credit apart from the caption's words: (刘家政摄), （姚志平攝）.
            return None
        found, last, _ = _people(src, first_name, body_end, default_role="photographer")
        if not found or last < body_end:
            return None
        if _LABEL_RE.match(s, first_name, body_end) is None and (
            (
                (len(found) > 1 or (bracketed and not spaced))
                and not all(is_person_name(p.name) for p in found)
            )
            or (mark in ("图", "圖") and s[m.start("mark") - 1] == " ")
        ):
            # Bare names side by side must each look like one (今天 王 浩 摄); 图 after a
            # space credits a labelled name only (澎湃新闻记者 王嘉赓 图; 朱海龙 图, 行政区划 图
            # close a caption's words).
            return None
        # 摄 closes the credit and credits everyone it lists with the picture, whatever
        # their post (本报记者 吴铎思 本报通讯员 薛晓秋 摄: both took it).
        people = [
            attrs.evolve(p, role="photographer")
            if p.role in ("reporter", "correspondent", "intern")
            else p
            for p in found
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
    except (ValueError, IndexError) as exc:  # a bug: never silent
        _gave_up("parse_photo_credit", 0, exc)
        return None


def find_byline(
    page: str, start: int, end: int, *, reference: datetime.date | None = None
) -> Byline | None:
    """The byline at the start of ``page[start:end]`` (a paragraph), in page coordinates."""
    try:
        by = _byline_at(page, start, end, reference)
    except (ValueError, IndexError) as exc:  # a bug: never silent
        _gave_up("find_byline", start, exc)
        return None
    if by is not None and _label_in_words(page, by):
        return None
    return by


def _label_in_words(page: str, by: Byline) -> bool:
    """A credit's label run into words that name nobody (``编辑部的故事``, ``作者的话``,
    ``记者节的故事``): one "person" glued to the label, shaped as no name: no credit."""
    if len(by.people) != 1:
        return False
    p = by.people[0]
    at = p.span.start
    return (
        at > by.span.start
        and _HAN_ONLY_RE.fullmatch(page[at - 1]) is not None
        and not is_person_name(p.name)
    )


def find_dateline(
    page: str, start: int, end: int, *, reference: datetime.date | None = None
) -> Dateline | None:
    """A dateline at the start of ``page[start:end]``, or one that is all of it standing at
    the end of an article (then ``position`` is set by the caller), in page coordinates."""
    try:
        return _dateline_at(page, start, end, reference)
    except (ValueError, IndexError) as exc:  # a bug: never silent
        _gave_up("find_dateline", start, exc)
        return None


def find_wrapped_credit(
    page: str, start: int, end: int, *, reference: datetime.date | None = None
) -> tuple[Dateline | None, Byline | None]:
    """A dateline or own-copy tag opening ``page[start:end]`` (two lines of a paragraph)
    that its first line breaks off inside, at the column's edge (``本报石家庄7月2`` /
    ``7日电（记者干海兵）…``, ``新华社南京1月13`` / ``日电 如何看待…``), read with that line
    break left out (a break inside Han text or a number is no break between words): the
    dateline, else the byline of the tag, else ``(None, None)``."""
    try:
        dl = _dateline_at(page, start, end, reference, joined=True)
        if dl is not None:
            return dl, None
        return None, _byline_at(page, start, end, reference, joined=True)
    except (ValueError, IndexError) as exc:  # a bug: never silent
        _gave_up("find_wrapped_credit", start, exc)
        return None, None


def find_bracket_credit(
    page: str, start: int, end: int, *, opened: bool
) -> tuple[tuple[Person, ...], int] | None:
    """The reporters of a dateline's bracket printed on the line under the dateline's
    (``新华社银川10月18日电（记者`` / ``骆珺 刘国华）…``, or ``本报济南9月10日电`` /
    ``（记者马跃峰）…``), where a column's line is not the text's next line (a ``-layout``
    page read column by column, other columns' text between): ``page[start:end]`` is that
    line; ``opened``: whether the bracket and its label open on the dateline's line (then
    this one starts with the names and closes it), else it opens with the whole bracket.
    The people and the page offset after the bracket, or ``None``.

    >>> people, end = find_bracket_credit("骆珺 刘国华）我们党诞生", 0, 12, opened=True)
    >>> [p.name for p in people], end
    (['骆珺', '刘国华'], 7)
    """
    try:
        src = _Src(page, start, end)
        s = src.s
        if opened:
            close = s.find(")", 0, _WRAPPED_PAREN)
            inner, inner_end, after = 0, close, close + 1
            if close < 0:
                return None
        else:
            p = _PAREN_RE.match(s, 0)
            if p is None:
                return None
            inner, inner_end, after = p.start(1), p.end(1), p.end()
        found, last, _ = _people(src, inner, inner_end, default_role="reporter")
        if not found or s[last:inner_end].strip(" ") not in ("", "报道", "報導"):
            return None
        return tuple(found), src.span(after, after).start
    except (ValueError, IndexError) as exc:  # a bug: never silent
        _gave_up("find_bracket_credit", start, exc)
        return None


# A photo credit printed label first after a caption's last sentence: the label of the
# picture, a colon, slash or bar, the photographer's name, and the outlet he works for after
# a slash (摄影/杨通富, 攝:林振東/端傳媒, 图片：杨韬). Magazines and web pages print it so as
# often as a name and 摄 after it.
_LABEL_FIRST_CREDIT_RE = _rx.compile(
    r"[ ]*+(?:摄影|攝影|摄|攝|图片|圖片|图|圖)[ ]*+[:/|│][ ]*+"
    rf"(?P<name>{_HAN}{{2,4}}+)(?:[ ]*+/[ ]*+{_HAN}{{2,10}}+)?[ ]*+\Z"
)


def find_label_first_credit(page: str, start: int, end: int) -> PhotoCredit | None:
    """``page[start:end]`` read as a label-first photo credit closing a caption
    (``摄影/杨通富``, ``攝:林振東/端傳媒``), in page coordinates; the name must be shaped as a
    person's (:func:`is_person_name`): ``图/视觉中国`` credits an agency, no photographer.

    >>> [p.name for p in find_label_first_credit("攝:林振東/端傳媒", 0, 10).people]
    ['林振東']
    >>> find_label_first_credit("图/视觉中国", 0, 6) is None
    True
    """
    if end - start > _MAX_CREDIT or _CREDIT_HINT_RE.search(page, start, end) is None:
        return None
    src = _Src(page, start, end)
    m = _LABEL_FIRST_CREDIT_RE.match(src.s)
    if m is None or not is_person_name(m["name"]):
        return None
    name = src.span(m.start("name"), m.end("name"))
    first = len(src.s) - len(src.s.lstrip())
    span = src.span(first, len(src.s.rstrip()))
    person = Person(name=name.text, role="photographer", span=name, text=name.text)
    return PhotoCredit(span=span, text=span.text, people=(person,))


def find_photo_credit(
    page: str, start: int, end: int, *, bracketed: bool = False, caption: bool = False
) -> PhotoCredit | None:
    """``page[start:end]`` read as one photo-credit line, in page coordinates.

    ``bracketed``: the credit stands in brackets closing a caption, so a name shaped like
    one (:func:`is_person_name`) needs no space before 摄 (``刘家政摄``). ``caption``: the
    credit closes a caption's line, so it may end with 摄影报道.

    >>> [p.name for p in find_photo_credit("刘家政摄", 0, 4, bracketed=True).people]
    ['刘家政']
    >>> find_photo_credit("刘家政摄", 0, 4) is None
    True
    >>> [p.role for p in find_photo_credit("记者 蔚晓贤 摄影报道", 0, 11, caption=True).people]
    ['photographer']
    """
    try:
        return _credit_at(page, start, end, bracketed=bracketed, caption=caption)
    except (ValueError, IndexError) as exc:  # a bug: never silent
        _gave_up("find_photo_credit", start, exc)
        return None


def _gave_up(reader: str, at: int, exc: Exception) -> None:
    """Say that a credit reader met an internal error (a bug: finders never raise) and read
    nothing at offset ``at``; the caller then returns ``None`` as for no credit."""
    warnings.warn(
        IncompleteScanWarning(
            f"{reader}: an internal error ({type(exc).__name__}: {exc}) at character {at}; "
            "nothing was read there"
        ),
        stacklevel=3,
    )


# --- names, credits over several lines, source lines ---------------------------------------


def is_person_name(name: str) -> bool:
    """Whether ``name`` is shaped like a Chinese person's name printed without a label.

    Two or three Han characters starting with a surname (a common one for a two-character
    name), three or four starting with a compound surname such as 欧阳, or transcribed
    parts joined by ``·``.

    >>> [is_person_name(s) for s in ("李非", "欧阳修", "阿卜杜·热合曼", "导读", "广告", "李")]
    [True, True, True, False, False, False]
    """
    if "·" in name or "•" in name:
        parts = regex.split(r"[·•]", name)
        return 2 <= len(parts) <= 4 and all(_HAN_ONLY_RE.fullmatch(p) for p in parts)
    if not 2 <= len(name) <= 4 or _HAN_ONLY_RE.fullmatch(name) is None:
        return False
    if name[:2] in COMPOUND_SURNAMES and len(name) >= 3:
        return True
    # Four characters after a one-character surname is a phrase far more often than a name
    # (全市召开, 王府井街): such names are printed with a label, which does not ask this.
    return len(name) < 4 and name[0] in (COMMON_SURNAMES if len(name) == 2 else SURNAMES)


_HAN_ONLY_RE = _rx.compile(rf"{_HAN}++")
_TOKEN_RE = _rx.compile(r"[^\s]++")
_NAME_TOKEN_RE = _rx.compile(rf"{_HAN}{{1,4}}+|{_HAN}{{1,6}}+(?:[·•]{_HAN}{{1,6}}+){{1,3}}+")
_LABEL_TAIL_RE = _rx.compile(r"[ ]*+[:：|｜/]?[ ]*+")
_REPORTED_TAIL_RE = _rx.compile(r"(?:报道|報導|报导)\Z")


class _Token(NamedTuple):
    text: str
    start: int  # offsets in the page
    end: int


def _tokens(page: str, pieces: tuple[Span, ...] | list[Span]) -> list[_Token]:
    out: list[_Token] = []
    for piece in pieces:
        src = _Src(page, piece.start, piece.end)
        for m in _TOKEN_RE.finditer(src.s):
            sp = src.span(m.start(), m.end())
            out.append(_Token(text=m.group(), start=sp.start, end=sp.end))
    return out


def read_credit_pieces(
    page: str, pieces: tuple[Span, ...] | list[Span], *, labelled_only: bool = False
) -> Byline | None:
    """Read a credit printed over one or more short lines, as ``pdftotext`` leaves it.

    ``本报记者`` / ``李心萍`` / ``郑智文`` on three lines, names split one character per line
    (``康`` / ``岩``: a two-character name printed with a space between its characters), or
    bare names under a commentary headline (``李`` / ``非`` / ``黄`` / ``婧``). Every token must
    be a label (记者, 本报记者, 通讯员 …) or a name; bare names (no label before them) must
    be person-shaped (:func:`is_person_name`) and get the role ``"author"``. Returns ``None``
    when the lines are not a credit.

    >>> page = "本报记者\\n\\n康\\n\\n岩\\n\\n马睿姗"
    >>> spans = [Span.of(page, 0, 4), Span.of(page, 6, 7), Span.of(page, 9, 10),
    ...          Span.of(page, 12, 15)]
    >>> b = read_credit_pieces(page, spans)
    >>> [(p.name, p.role, len(p.spans)) for p in b.people]
    [('康岩', 'reporter', 2), ('马睿姗', 'reporter', 1)]
    >>> read_credit_pieces("保障功能新跨越", [Span.of("保障功能新跨越", 0, 7)]) is None
    True
    """
    tokens = _tokens(page, pieces)
    if not tokens or len(tokens) > 24:
        return None
    people, stops = _read_credit(page, tokens, labelled_only=labelled_only)
    if not people or stops[-1] != len(tokens):
        return None
    first, last = tokens[0], tokens[-1]
    span = Span.of(page, first.start, last.end)
    agency = _AGENCY_IN_CREDIT_RE.search(normalize(span.text).text)
    return plain_byline(span, tuple(people), agency=agency.group(1) if agency else None)


def credit_prefix(
    page: str, pieces: Sequence[Span], memo: dict[tuple[int, int], Any] | None = None
) -> int:
    """How many of ``pieces`` (short lines) read as a credit from the first on: the
    longest run whose every token is a label or a whole name, when the lines name anyone;
    ``0`` when they name no one. It reaches every run :func:`read_credit_pieces` accepts
    (and may go further, over a label after the last name: the caller reads the run).

    One left-to-right read, so a caller trying runs of lines pays once, not once per run;
    ``memo`` (the caller's, for one page) keeps each piece's tokens between calls.

    >>> page = "本报记者\\n康\\n岩\\n保障功能新跨越"
    >>> credit_prefix(page, [Span.of(page, 0, 4), Span.of(page, 5, 6),
    ...                      Span.of(page, 7, 8), Span.of(page, 9, 16)])
    3
    """
    return credit_prefix_ranges(page, [(p.start, p.end) for p in pieces], memo)


def credit_prefix_ranges(
    page: str,
    ranges: Sequence[tuple[int, int]],
    memo: dict[tuple[int, int], Any] | None = None,
) -> int:
    """:func:`credit_prefix` for pieces given as ``(start, end)`` ranges of ``page``."""
    ranges = ranges[:24]
    tokens: list[_Token] = []
    ends: list[int] = []  # token count at the end of each piece
    checked = False
    for key in ranges:
        found: list[_Token] | None = memo.get(key) if memo is not None else None
        if found is None:
            found = _tokens(page, [Span.of(page, key[0], key[1])])
            if memo is not None:
                memo[key] = found
        tokens.extend(found)
        ends.append(len(tokens))
        if not checked and len(tokens) >= 3:
            # The read decides at each token from it and the one after (a name's second
            # character), so a read of these tokens that stopped with one to spare is the
            # read of the whole run: a run of lines that starts with no credit costs its
            # first lines, not all of them.
            checked = True
            people, stops = _read_credit(page, tokens[:24])
            if not people and stops[-1] < min(len(tokens), 24) - 1:
                return 0
    people, stops = _read_credit(page, tokens[:24])
    if not people:
        return 0
    clean = set(stops)
    best = 0
    for k, n in enumerate(ends, start=1):
        if n in clean and n > 0:
            best = k
    return best


def _read_credit(
    page: str, tokens: list[_Token], *, labelled_only: bool = False
) -> tuple[list[Person], list[int]]:
    """People read from ``tokens`` left to right until a token is neither a label nor a
    name, and the token counts at which the read stopped cleanly (after a label or a
    whole name; the last is where it stopped)."""
    people: list[Person] = []
    role: str | None = None
    stops = [0]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        lab = _LABEL_RE.match(tok.text)
        rest = tok.text
        start = tok.start
        if lab is not None and lab.end() > 0:
            role = next(k for k, v in lab.groupdict().items() if v is not None)
            rest = tok.text[lab.end() :]
            start = tok.start + lab.end()
            if not rest:
                i += 1
                stops.append(i)
                continue
        rest_core = _REPORTED_TAIL_RE.sub("", rest)
        if _NAME_TOKEN_RE.fullmatch(rest_core) is None or rest_core.endswith(("摄", "攝")):
            break  # (a name with 摄 glued to it ends a photo credit, not a byline)
        nxt: _Token | None = None
        if len(rest_core) == 1:
            # One character of a two-character name printed with a gap: pair it.
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is None or _NAME_TOKEN_RE.fullmatch(nxt.text) is None or len(nxt.text) != 1:
                break
            name = rest_core + nxt.text
            step = 2
        else:
            name = rest_core
            step = 1
        if role is None and (labelled_only or not is_person_name(name)):
            break
        # (the spans only once the name is taken: most runs tried are no credit)
        spans: tuple[Span, ...] = (
            (Span.of(page, start, start + 1), Span.of(page, nxt.start, nxt.end))
            if nxt is not None
            else (Span.of(page, start, start + len(rest_core)),)
        )
        whole = Span.of(page, spans[0].start, spans[-1].end)
        people.append(
            Person(name=name, role=role or "author", span=whole, text=whole.text, spans=spans)
        )
        i += step
        stops.append(i)
    return people, stops


def plain_byline(span: Span, people: tuple[Person, ...], *, agency: str | None = None) -> Byline:
    """A credit with no own-copy tag, place or date: just people (and maybe an agency)."""
    return Byline(
        span=span,
        text=span.text,
        source=None,
        agency=agency,
        place=None,
        month=None,
        day=None,
        date=None,
        people=people,
    )


def is_credit_label(text: str) -> bool:
    """Whether ``text`` (one line, stripped) is a byline label standing alone: ``本报记者``.

    >>> is_credit_label("本报记者"), is_credit_label("新华社记者"), is_credit_label("记者手记")
    (True, True, False)
    """
    end_char = _last_visible(text, 0, len(text))
    if end_char is not None and end_char not in _LABEL_LAST:
        return False  # it does not end as a label (or its separator) ends
    m = _LABEL_RE.fullmatch(normalize(text).text.strip())
    return m is not None and m.group("photographer") is None and m.group("editor") is None


#: The characters a label that :func:`is_credit_label` accepts can end with (者, 员, 生, 人,
#: 稿, 文, □), or a separator after it (normalised: ``：`` is ``:``).
_LABEL_LAST = frozenset("者员員生人稿文□:|/")

_SOURCE_LINE_RE = _rx.compile(
    r"""
    (?:
      (?:《(?P<paper>[^《》\n]{2,16}+)》)?[ ]*+
      [(（][ ]*+
      (?P<y>[0-9０-９]{4})[ ]*+(?:年|-|\.|/)[ ]*+(?P<m>[0-9０-９]{1,2})[ ]*+(?:月|-|\.|/)
      [ ]*+(?P<d>[0-9０-９]{1,2})[ ]*+日?
      [ ]*+(?:(?:第[ ]*+)?(?P<ed>[A-Za-z]?[0-9０-９]{1,3}+)
        |第[ ]*+(?P<ed>[一二三四五六七八九十]{1,3}+))[ ]*+版[^()（）\n]{0,20}+  # 第二版
      [)）]
    | [(（][ ]*+(?P<y2>[0-9０-９]{4})-(?P<m2>[0-9０-９]{1,2})-(?P<d2>[0-9０-９]{1,2})[ ]*+[)）]
      [ ]*+(?:稿件来源|来源|稿件來源|來源)[ ]*+[:：][ ]*+(?P<paper2>[^\s]{2,16}+)
      (?:[ ]++[^\n]{1,12}+)?                                # a section name after it
    | (?:来源|來源)[ ]*+[:：][ ]*+(?P<paper3>[^\s:：]{2,16}+)[ ]++  # 来源:羊城晚报 2021年03月28日
      (?P<y3>[0-9０-９]{4})[ ]*+(?:年|-)[ ]*+(?P<m3>[0-9０-９]{1,2})[ ]*+(?:月|-)
      [ ]*+(?P<d3>[0-9０-９]{1,2})[ ]*+日?
      (?:[ ]*+版次[ ]*+[:：][ ]*+(?P<ed3>[A-Za-z]?[0-9０-９]{1,3}+))?+
      (?:[ ]++[^\n]{0,40}+)?                                # 栏目: 作者:X after it
    | (?P<y4>[0-9０-９]{4})-(?P<m4>[0-9０-９]{1,2})-(?P<d4>[0-9０-９]{1,2})  # 2020-03-09 来源: X
      [ ]++(?:来源|來源)[ ]*+[:：][ ]*+(?P<paper4>[^\s:：]{2,16}+)
      (?:[ ]++[^\n]{0,30}+)?                                # 作者:X after it
    )
    [ ]*+
    """,
    regex.VERBOSE,
)


def find_source_line(page: str, start: int, end: int) -> SourceLine | None:
    """``page[start:end]`` (one line) read as a source line, or ``None``.

    >>> s = "《人民日报》（2025年10月20日 第 06 版）"
    >>> src = find_source_line(s, 0, len(s))
    >>> src.paper, src.date, src.edition
    ('人民日报', datetime.date(2025, 10, 20), '06')
    >>> s = "( 2019-10-12 ) 稿件来源:新华每日电讯"
    >>> find_source_line(s, 0, len(s)).paper
    '新华每日电讯'
    >>> s = "来源:羊城晚报  2021年03月28日  版次:A08  作者:杨明伟"
    >>> src = find_source_line(s, 0, len(s))
    >>> src.paper, src.date, src.edition
    ('羊城晚报', datetime.date(2021, 3, 28), 'A08')
    """
    if end - start > 80 or _SOURCE_HINT_RE.search(page, start, end) is None:
        return None
    src = _Src(page, start, end)
    s = src.s.strip()
    lead = len(src.s) - len(src.s.lstrip())
    m = _SOURCE_LINE_RE.fullmatch(s)
    if m is None:
        return None
    form = next(k for k in ("", "2", "3", "4") if m.group("y" + k) is not None)
    y, mo, d = (m.group("y" + form), m.group("m" + form), m.group("d" + form))
    date = safe_date(int(y), int(mo), int(d))
    paper_group = "paper" + form
    paper = None
    if m.group(paper_group):
        paper = src.span(lead + m.start(paper_group), lead + m.end(paper_group)).text
    span = src.span(lead, lead + len(s))
    return SourceLine(
        span=span,
        text=span.text,
        paper=paper,
        date=date,
        edition=m.group("ed3" if form == "3" else "ed"),
    )


_SOURCE_HINT_RE = _rx.compile(r"版|来源|來源")


_SPACE_RE = _rx.compile(r"\s")
_CONTRIB_RE = _rx.compile(
    r"(?P<what>参与采写|參與採寫|采访整理|採訪整理|整理|采写|採寫|翻译|翻譯|编译|編譯)[ ]*+\Z"
)
_TRANSLATE_WORDS = frozenset({"翻译", "翻譯", "编译", "編譯"})


def find_end_credit(
    page: str, start: int, end: int, *, reference: datetime.date | None = None
) -> tuple[Dateline | None, Byline | None] | None:
    """A bracketed credit closing an article, read from ``page[start:end]`` (all of it).

    ``（新华社北京10月19日电 记者赵超、安蓓）`` (a dateline at the end, reporters after it,
    possibly over several lines), ``（本报德国法兰克福10月19日电）``, ``（本报记者靳博参与采写）``,
    ``（作者为…，本报记者王珂采访整理）`` (the reporter who wrote it up; a translator gets the
    role ``"translator"``). Returns ``(dateline, byline)``, either may be ``None``, or
    ``None`` when the text is no such credit.

    >>> s = "（新华社北京10月19日电\\n\\n记者赵超、安蓓）"
    >>> d, b = find_end_credit(s, 0, len(s), reference=datetime.date(2025, 10, 20))
    >>> d.text, d.position, d.date, [p.name for p in d.people]
    ('新华社北京10月19日电', 'end', datetime.date(2025, 10, 19), ['赵超', '安蓓'])
    >>> s = "（本报记者靳博参与采写）"
    >>> _, b = find_end_credit(s, 0, len(s))
    >>> [(p.name, p.role) for p in b.people]
    [('靳博', 'reporter')]
    """
    if end - start > _MAX_CREDIT or end - start < 4:
        return None
    raw = page[start:end]
    if ("(" not in raw and "（" not in raw) or (")" not in raw and "）" not in raw):
        return None  # no brackets to open and close it (normalising makes no others)
    if "\u4e00" <= raw.lstrip()[:1] <= "\u9fff":
        return None  # an ideograph first (normalising keeps it): no bracket opens it
    src = _Src(page, start, end)
    src.s = _SPACE_RE.sub(" ", src.s)  # same length: line breaks read as spaces
    s = src.s
    a, b = len(s) - len(s.lstrip()), len(s.rstrip())
    if b - a < 4 or s[a] not in "(（" or s[b - 1] not in ")）":
        return None
    inner_a, inner_b = a + 1, b - 1
    while inner_a < inner_b and s[inner_a] == " ":
        inner_a += 1
    dateline = _end_dateline(src, inner_a, inner_b, reference)
    if dateline is not None:
        return dateline, None
    m = _CONTRIB_RE.search(s, inner_a, inner_b)
    if m is None:
        return None
    # The contributor stands just before the verb, after the last comma: 本报记者王珂.
    head = max(s.rfind(c, inner_a, m.start()) for c in ",，;；")
    head = inner_a if head < 0 else head + 1
    role = "translator" if m.group("what") in _TRANSLATE_WORDS else "reporter"
    lab = _LABEL_RE.match(s, head, m.start())
    pos = lab.end() if lab is not None else head
    if lab is not None and role == "reporter":
        role = next(k for k, v in lab.groupdict().items() if v is not None)
    name = s[pos : m.start()].strip(" ")
    if not name or (lab is None and not is_person_name(name)) or not _HAN_NAME_RE.fullmatch(name):
        return None
    sp = src.span(pos, pos + len(name))
    whole = src.span(a, b)
    person = Person(name=sp.text, role=role, span=sp, text=sp.text)
    return None, plain_byline(whole, (person,))


_HAN_NAME_RE = _rx.compile(rf"{_HAN}{{2,4}}+|{_HAN}{{1,6}}+(?:[·•]{_HAN}{{1,6}}+){{1,3}}+")


def _end_dateline(
    src: _Src, pos: int, end: int, reference: datetime.date | None
) -> Dateline | None:
    s = src.s
    m = _DATELINE_RE.match(s, pos, end)
    own = None if m is not None else _SOURCE_RE.match(s, pos, end)
    if m is None and (own is None or own.group("kind")):
        return None
    match = m if m is not None else own
    assert match is not None
    month = _small_int(match.group("month")) if match.group("month") else None
    day = _small_int(match.group("day")) if match.group("day") else None
    if m is not None and m.group("news") and day is None:
        return None
    rest = match.end()
    people: list[Person] = []
    if s[rest:end].strip(" "):
        found, last, _ = _people(
            src,
            rest + len(s[rest:end]) - len(s[rest:end].lstrip(" ")),
            end,
            default_role="reporter",
        )
        if not found or s[last:end].strip(" ") not in ("", "报道", "報導", "報道"):
            return None
        people = found
    span = src.span(pos, match.end())
    agency = (
        src.span(m.start("agency"), m.end("agency")).text
        if m is not None
        else src.span(pos, pos + 2).text
    )
    place = (
        src.span(match.start("place"), match.end("place")).text if match.group("place") else None
    )
    return Dateline(
        span=span,
        text=span.text,
        agency=agency,
        place=place,
        month=month,
        day=day,
        date=resolve_filed_date(month, day, reference),
        position="end",
        people=tuple(people),
        abridged=m is not None and m.group("ju") is not None,
    )


def own_dateline(byline: Byline) -> Dateline | None:
    """The dateline (电头, 讯头) of an own-copy tag.

    ``本报延安10月19日电`` is the paper's own dateline: agency ``本报``, place, month and day.
    ``本报讯`` and ``成都日报讯`` are datelines too, as the head of own copy, with no place
    and no day.

    >>> b = parse_byline("本报延安10月19日电 记者金歆报道", reference=datetime.date(2025, 10, 20))
    >>> d = own_dateline(b)
    >>> d.agency, d.place, d.date, d.text
    ('本报', '延安', datetime.date(2025, 10, 19), '本报延安10月19日电')
    >>> d = own_dateline(parse_byline("成都日报讯（记者王明）"))
    >>> d.agency, d.place, d.day, d.text
    ('成都日报', None, None, '成都日报讯')
    """
    if byline.source is None:
        return None
    start = byline.span.text.find(byline.source)
    if start < 0:
        return None
    span = Span(
        start=byline.span.start + start,
        end=byline.span.start + start + len(byline.source),
        text=byline.source,
    )
    dated = _DATED_TAG_RE.match(normalize(byline.source).text)
    full = byline.day is not None and (byline.place is not None or dated is not None)
    if dated is not None:
        # 中国教育报上海3月28日讯, 楚天都市报9月23日讯: the outlet named before place and day.
        agency = normalize(byline.source).span(dated.start("outlet"), dated.end("outlet")).text
    elif full:
        agency = byline.source[:2]
    else:
        # 讯头 without place or day: the agency is the tag without 讯 (an outlet joined by a
        # hyphen before the paper, 四川新闻网-成都日报讯, is the paper's).
        outlet = _OWN_KIND_RE.sub("", byline.source)
        agency = outlet.rpartition("-")[2].rpartition("－")[2].rpartition("·")[2]
    return Dateline(
        span=span,
        text=span.text,
        agency=agency,
        place=byline.place if full else None,
        month=byline.month if full else None,
        day=byline.day if full else None,
        date=byline.date if full else None,
        position="start",
        people=(),
    )


def dateline_credit(dateline: Dateline) -> Byline:
    """The people of a second dateline (an end credit after a start dateline) as a byline.

    >>> d = parse_dateline("新华社北京10月19日电（记者张三）")
    >>> [p.name for p in dateline_credit(d).people], dateline_credit(d).agency
    (['张三'], '新华社')
    """
    return Byline(
        span=dateline.span,
        text=dateline.text,
        source=None,
        agency=dateline.agency,
        place=dateline.place,
        month=dateline.month,
        day=dateline.day,
        date=dateline.date,
        people=dateline.people,
    )


# --- page staff ------------------------------------------------------------------------------

# The label of a staff field (责任编辑:X, 校对 Y, 审核:A B, 本版编辑 X): a job of the desk
# that edits, checks or lays out the page or the web copy. Such a job never reports, so the
# names after it are staff ("editor"), never the article's authors; every paper, print or web,
# prints them with one of these words and a colon, a bar or a space after it.
_STAFF_LABEL_RE = _rx.compile(
    r"""
    (?:[本一二三四五六七八九十]{1,2}+版)?+                  # 本版编辑, 一版责编
    (?:责任编辑|責任編輯|责编|責編|编辑|編輯|美编|美編|校对|校對|审核|審核|审校|審校|编校|編校
      |初审|初審|复审|複審|终审|終審|值班编委|值班編委|版式设计|版式設計|版式|版面设计|版面設計
      |设计|設計|制图|製圖|排版)
    [ ]*+(?:[:：|｜/][ ]*+|[ ]++)
    """,
    regex.VERBOSE,
)
_STAFF_LABEL_FIRST = frozenset("本一二三四五六七八九十责責编編美校审審初复複终終值版设設制製排")
# What separates two staff names (and the end of one): a space, a list comma, a full stop.
_STAFF_SEP = frozenset(" 、,，;；。\n")
_STAFF_NAME_RE = _rx.compile(rf"{_HAN}{{2,4}}+")


def find_staff(
    page: str, start: int = 0, end: int | None = None, *, labelled_line: bool = True
) -> tuple[Person, ...]:
    """The page staff a staff line names (``责编：范海东 编辑：山桦 校对：张皓静``), role
    ``"editor"``, each name once, in printed order.

    A name is the shortest run of two to four Han characters after a staff label, or after
    a name of the same field, that ends at a separator, the end, or the next label. With
    ``labelled_line`` false (a web page's meta line, where a menu word may follow a label by
    chance) a name must also be shaped like a person's name (:func:`is_person_name`).

    >>> [p.name for p in find_staff("责编：范海东 编辑：山桦 校对：张皓静")]
    ['范海东', '山桦', '张皓静']
    >>> [p.name for p in find_staff("来源:新华社  责任编辑:周冬 周冬", labelled_line=False)]
    ['周冬']
    >>> find_staff("编辑部的故事")
    ()
    """
    end = len(page) if end is None else end
    src = _Src(page, start, end)
    s, n = src.s, len(src.s)
    found: list[Person] = []
    seen: set[str] = set()
    pos = field_end = 0
    while pos < n:
        label = None
        # (a label starts a word: where a field's names ended, or after no Han character)
        if s[pos] in _STAFF_LABEL_FIRST and (
            pos == field_end or not _WORDCHAR_RE.match(s, pos - 1)
        ):
            label = _STAFF_LABEL_RE.match(s, pos, n)
        if label is None:
            pos += 1
            continue
        pos = field_end = label.end()
        while pos < n:
            if s[pos] in _STAFF_LABEL_FIRST and _STAFF_LABEL_RE.match(s, pos, n) is not None:
                break  # the next field
            name = _staff_name(s, pos, n)
            if name is None:
                break
            text = s[pos:name]
            if text not in seen and (labelled_line or is_person_name(text)):
                seen.add(text)
                sp = src.span(pos, name)
                found.append(Person(name=sp.text, role="editor", span=sp, text=sp.text))
            pos = name
            while pos < n and s[pos] in " 、,，":
                pos += 1
            field_end = pos
    return tuple(found)


def _staff_name(s: str, pos: int, n: int) -> int | None:
    """The end of the staff name at ``pos`` (see :func:`find_staff`), or ``None``."""
    run = _STAFF_NAME_RE.match(s, pos, min(n, pos + 4))
    if run is None:
        return None
    for stop in range(pos + 2, run.end() + 1):
        if stop == n or s[stop] in _STAFF_SEP:
            return stop
        if s[stop] in _STAFF_LABEL_FIRST and _STAFF_LABEL_RE.match(s, stop, n) is not None:
            return stop
    return None
