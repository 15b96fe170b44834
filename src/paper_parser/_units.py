"""Line roles for segmentation: a page's rows become typed units.

:mod:`paper_parser.segment` assembles articles from the units made here. A unit is one row of
the page (:func:`paper_parser.text.rows`: a line, or a hard-wrapped paragraph over several
lines) with the role it plays: body, heading candidate, byline, dateline, photo credit,
source line (``《人民日报》（2025年10月20日 第 06 版）``), page staff, page footer, navigator,
closing note or signature. Credits printed over several short lines (``本报记者`` / ``李心萍``
/ ``郑智文``, names split one character per line) are merged into one byline unit, and the
heading zone above each source line is put in reading order (title, then credits).

Roles come from the shape of the text, not from the words of one paper: a heading is short,
has no sentence inside and does not end a sentence; a name is person-shaped; a row that
runs to the page's wrap width is body.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final, Literal

import attrs
import regex

from paper_parser import _rx
from paper_parser._types import Span
from paper_parser.bylines import (
    DATED_FIRST,
    Byline,
    Dateline,
    PhotoCredit,
    SourceLine,
    credit_prefix_ranges,
    find_bracket_credit,
    find_byline,
    find_dateline,
    find_end_credit,
    find_label_first_credit,
    find_photo_credit,
    find_source_line,
    find_wrapped_credit,
    is_credit_label,
    is_person_name,
    plain_byline,
    read_credit_pieces,
)
from paper_parser.text import HAN_RE, Line, Page, Row, is_footer, iter_rows, respan

__all__ = [
    "BOX_MARKS",
    "CONT_START",
    "HEADING_ROLES",
    "LIST_BULLETS",
    "Unit",
    "head_furniture",
    "is_copyright",
    "is_heading",
    "is_list_label",
    "is_more_link",
    "make_units",
    "meta_furniture",
    "passing_furniture",
    "subtract",
]

_MAX_HEADING = 40
_QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ("《", "》"), ("(", ")"), ("（", "）"), ("「", "」"))
# Punctuation a heading never ends with.
_NOT_HEADING_END = frozenset("。！？!?；;：:…,，、")
# Punctuation that cannot open a paragraph: the piece continues the one before.
CONT_START = frozenset(",，、。；;：:！!？?”’」』)）】")
# The colons a title's line may open with when the text layer wraps the title before one.
_COLON_START = frozenset(":：")
# A heading is one phrase: no sentence or clause stop inside it.
_SENTENCE_INSIDE_RE = _rx.compile(r"[。；;！!？?]")

# Page staff lines (责任编辑:X 版式:Y, 本版责编：X): staff of the page, not authors.
_STAFF_RE = _rx.compile(
    r"""
    [ ]*+
    [■□●◆◇]?+                                            # ■責任編輯: a box mark before it
    (?:\p{Han}{1,2}?版)?                                  # 一版责编, 本版编辑
    (?:责任编辑|責任編輯|责编|責編|编辑|編輯|版式设计|版式設計|版式|美编|美編|校对|校對|邮箱|郵箱
      |版面设计|版面設計|值班编委|值班編委|照排|终审|終審|制图|製圖|数据来源|數據來源
      |审核|審核|审校|審校|编校|編校|初审|初審|复审|複審)            # the checks before print
    [ ]*+[:：/|｜ ]                                       # a separator after the label
    """,
    regex.VERBOSE,
)
#: The first characters of the staff labels: a line :data:`_STAFF_RE` matches has one first
#: (spaces and a box mark aside), or 版 second or third (一版责编, 本版编辑).
_STAFF_FIRST = frozenset("责責编編版美校邮郵值照终終制製数數审審初复複")
_STAFF_BOXES = frozenset("■□●◆◇")


def _may_be_staff(s: str) -> bool:
    """What every line :data:`_STAFF_RE` matches holds (a plain string test first)."""
    core = s.lstrip(" ")
    if core[:1] in _STAFF_BOXES:
        core = core[1:]
    return core[:1] in _STAFF_FIRST or "版" in core[1:3]


# A parenthesised credit closing a paragraph, after sentence-final punctuation.
_TRAILER_RE = _rx.compile(
    r"""
    [。！？!?…”]                                          # the sentence before it ended
    [ ]*+
    (?P<paren>[(（](?P<words>[^()（）\n]{1,24}+             # (张三) (记者 李四 王五), wrapped
      (?:\n[^()（）\n]{1,24}+)?+)[)）])                    # at most once (（本 / 报记者X）)
    [ ]*+\Z
    """,
    regex.VERBOSE,
)
# Parenthesised words that close paragraphs but credit nobody.
_NOT_CREDITS = frozenset(
    {"化名", "完", "待续", "未完", "全文完", "摘编", "节选", "有删节", "图", "下转"}
)
# E-paper navigators and menus: 01版:要闻, 第07版：国内, 前一版 下一版, 返回目录.
_NAV_RE = _rx.compile(
    r"""
    [ ]*+(?:[•>·][ ]*+)?
    (?:\p{Han}{1,4}?[ ]*+[:：][ ]*+)?+                  # a label: 当前版: 版面:
    (?:(?:(?:第[ ]*+)?[A-Z]{0,2}+[ ]*+[0-9０-９]{1,3}+|第[ ]*+[一二三四五六七八九十]{1,3}+)[ ]*+版
       [ ]*+(?:[:：][^\n]{0,24}+|[(（][^()（）\n]{0,12}+[)）])?+   # (第RB01版: a section's letters)
      |[^\n]{0,12}?总第[ ]*+[0-9０-９]{1,6}+[ ]*+[期号號][^\n]{0,24}+   # an issue's number
      |[^\n]{0,30}?(?:前一版|后一版|後一版|下一版|上一版|上一期|下一期|返回目录|返回目錄
        |版面导航|版面導航|本版标题导航|版面概览|往期回顾|返回主页|PDF版)[^\n]{0,30}+)
    | [ ]*+(?:[A-D][0-9０-９]{1,2}+|0[1-9])[ ]++         # a PDF page's head: A37 中國新聞
      \p{Han}{2,12}+(?:[·・]\p{Han}{2,6}+)?+              #   神州大地, B02 经济·民生, 04 要闻,
      (?:[ ]*+[/|｜][ ]*+\p{Han}{2,8}+){0,2}+[ ]*+        #   A26 台海新聞 / 神州大地
    | [ ]*+[•>»·][ ]*+[^\n•»·]{1,10}?[ ]*+(?:>>|»)?    # a menu item: • 时政, >>两会聚焦
    | [ ]*+【[^【】\n]{1,6}+】                            # a section label: 【导读】
    | [ ]*+(?:首页|首頁|主页|主頁)[ ]*+                       # the link to the site's home
    | [ ]*+(?:\p{Han}{1,4}+[ ]*+[:：][ ]*+)?                    # a date alone: 2001年12月31日,
      (?:[0-9０-９]{4}[ ]*+(?:年|-)[ ]*+)?[0-9０-９]{1,2}[ ]*+(?:月|-)  # 2022-09-20 06:47,
      [ ]*+[0-9０-９]{1,2}日?(?:[ ]*+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?+)?+[ ]*+  # 日期:11-08
    | [ ]*+(?:星期|礼拜|禮拜)[一二三四五六日天]?[ ]*+               # a weekday (or its empty field)
    | [ ]*+[0-9０-９]{4}[ ]*+(?:年|-)[ ]*+[0-9０-９]{1,2}[ ]*+(?:月|-)  # a page's date and
      [ ]*+[0-9０-９]{1,2}[ ]*+日?[^\n]{0,8}?[ ]*+第[ ]*+[0-9０-９]{1,3}+[ ]*+版  # 版: 1960年8月6日
      [^\n]{0,8}+                                                   # 参考消息 第4版
    | [ ]*+[^\n]{0,12}?[0-9０-９]{4}[ ]*+年                      # a page date:
      [ ]*+[0-9０-９]{1,2}[ ]*+月[ ]*+[0-9０-９]{1,2}[ ]*+日
      [ ]*+[(（]?(?:星期|礼拜|禮拜)[一二三四五六日天][)）]?[^\n]{0,12}+  # …2012年10月27日 星期六
    """,
    regex.VERBOSE,
)
_NAV_STARTS = frozenset("•>»·【")
#: The most characters other than spaces a line :data:`_NAV_RE` matches can hold (its
#: longest branch: a bullet, 30 characters, 本版标题导航, 30 characters).
_NAV_MAX = 1 + 30 + 6 + 30


# A web page's furniture that no paper prints: a breadcrumb (人民网>>传媒, 首页 > 城事 >
# 正文), the page's own controls (放大字体 放小字体, 字号:默认 超大, 分 享), a bare address,
# an image's file name, a table's rule (---|---|) or pipes left of a table.
_CONTROL = (
    r"(?:(?:放大|放小|缩小|縮小)(?:字体|字體)?|默认|默認|超大|(?:[大中小][ ]?)?字[ ]?[号號]"
    r"|打印|关闭|關閉|分[ ]?享(?:到)?|评[ ]?论|評[ ]?論|收[ ]?藏|时[ ]?间|時[ ]?間"
    r"|PDF(?:版|下载|下載)?+)"  # (the link to the page's PDF: 【PDF版】)
)
# A link to the rest of an item or of a list (更多, 詳情#, 阅读全文>>): it closes a list's item.
_MORE = r"(?:查看|閱讀|阅读)?(?:更多|全文|详情|詳情)(?:[ ]*+(?:>++|»|›|[#]|\+))?+"
_MORE_RE = _rx.compile(rf"[ ]*+{_MORE}[ ]*+")
# A list's label with the link to the rest of the list beside it (社論 更多, 港聞 更多).
_LIST_LABEL = rf"\p{{Han}}{{2,6}}+[ ]++{_MORE}"
_LIST_LABEL_RE = _rx.compile(rf"[ ]*+{_LIST_LABEL}[ ]*+")
_WEB_FURNITURE_RE = _rx.compile(
    rf"""
    [ ]*+
    (?:[•·][ ]*+)?+                                       # (a list's bullet: • 【PDF版】)
    (?: [【\[]?+[ ]*+                                     # (in brackets: 【字号: 打印)
        {_CONTROL}(?:[ ]*+[:：|/]?[ ]*+(?:{_CONTROL}|[大中小]))*+  # the page's controls
        (?:[ ]*+[|｜])*+[ ]*+[】\]]?+                          # (pipes between and after)
      | (?:https?://|www\.)[^ \n]++                           # an address
      | [^ \n/]{{1,80}}?\.(?:jpg|jpeg|png|gif|JPG|PNG)          # an image file's name
      | [-:|]{{3,}}+[-:| ]*+                                   # a table's rule
      | [|｜][ |｜]*+                                         # a table's pipes
      | {_MORE}                                               # a link to the rest: 更多
      | [^ \n]{{0,8}}?(?:图片|圖片)                            # an image's stand-in: 暂无图片
      | !\[[^\]\n]{{0,40}}+\]\([^)\n]{{0,200}}+\)            # an image's markup: ![]()
      | [-+](?:[ ]*+[-+0-9]){{0,5}}+                           # the page's buttons: - +1
      | A[ ]?+[+-](?:[ ]*+A[ ]?+[+-]?+)*+                      # the type size's: A+ A A-
      | {_LIST_LABEL}                                         # a list's label: 社論 更多
    )
    [ ]*+
    """,
    regex.VERBOSE,
)
# A breadcrumb: 首页 > 新闻 > 正文, 人民网>>传媒. Tried only on a line holding one of its
# marks (the standard library's engine finds one at once; the lazy run before the mark
# would be tried at each of forty places of every line).
_BREADCRUMB_MARK_RE = _rx.std_compile("[>»›＞]")
_BREADCRUMB_RE = _rx.compile(
    r"[ ]*+[^\n。！？]{0,40}?(?:>>|»|›|＞＞|[ ][>＞›][ ])[^\n]{0,80}+[ ]*+"
)


#: What a line :data:`_WEB_FURNITURE_RE` matches opens with (spaces aside: a control, an
#: address, a rule, pipes, a link to the rest, an image's markup, a button), or ends with (an
#: image's file name or stand-in): plain string tests that spare most lines the pattern (keep
#: them in step with it; tests/test_units_gates.py checks them).
_FURNITURE_FIRST = frozenset("放缩縮默超大中小字打关關分评評收时時【[Ahw-:|｜查閱阅更全详詳!+•·P")
_FURNITURE_LAST = (".jpg", ".jpeg", ".png", ".gif", ".JPG", ".PNG", "图片", "圖片")
#: What a list's label ends with (社論 更多, 港聞 更多>>: a link to the rest, a mark after it).
_FURNITURE_LINK_END = frozenset("多文情>»›#+")


def _web_furniture(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a web page's furniture: a breadcrumb or one of
    :data:`_WEB_FURNITURE_RE`."""
    core = text[start:end].strip(" ")
    if (
        core[:1] in _FURNITURE_FIRST
        or core.endswith(_FURNITURE_LAST)
        or core[-1:] in _FURNITURE_LINK_END
    ) and (_WEB_FURNITURE_RE.fullmatch(text, start, end) is not None):
        return True
    return (
        _BREADCRUMB_MARK_RE.search(text, start, end) is not None
        and _BREADCRUMB_RE.fullmatch(text, start, end) is not None
    )


# Pipes closing a line, left of a table the page was laid out in (``… 赴京 | ||||||||``).
_TABLE_TAIL_RE = _rx.compile(r"(?<![ ])[ ]++[|｜](?:[ ]*+[|｜]){2,}+[ ]*+\Z")
# A source credit alone on a line after the text: 据新华社, 据央视.
_SOURCE_NOTE_RE = _rx.compile(r"[ ]*+(?:据|據)\p{Han}{2,8}+[ ]*+")
# The label of a column's form field: 专栏:, 栏目：.
_COLUMN_LABEL = r"(?:专栏|專欄|栏目|欄目)[ ]*+[:：]"
# A form field naming the column: 专栏:福建通讯 (an empty one, 专栏:, is furniture).
_COLUMN_FIELD_RE = _rx.compile(rf"[ ]*+{_COLUMN_LABEL}[ ]*+(?P<name>[^ \n:：()（）]{{2,12}}+)[ ]*+")
#: The label of an archive page's item: its page and section, 第1版(要闻), 第6版() (segment
#: reads the same label as the head of an item).
ITEM_LABEL = r"[ ]*+第[ ]*+[0-9]{1,3}+[ ]*+版[ ]*+[(（][^()（）\n]{0,12}+[)）]"


# A date (and time) alone on a line: a web page's publishing time under its title.
_DATE_ALONE_RE = _rx.compile(
    r"[ ]*+(?:\p{Han}{1,4}+[ ]*+[:：][ ]*+)?(?:[0-9０-９]{4}[ ]*+[年/-][ ]*+)?[0-9０-９]{1,2}"
    r"[ ]*+[月/-][ ]*+[0-9０-９]{1,2}[ ]*+日?(?:[ ]*+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?+)?+[ ]*+"
)


# A web page's meta line between a title and its text: where the copy came from, when it
# was posted, how often read (来源:X 2019-12-21 08:45, 2019年06月04日13:49 | 来源:X, 发表日期:
# 2011-02-12 点击, 原标题:X). A field label opens it, or a date and time does and a label
# follows. (作者:/记者: opening a line are credits, read as bylines.)
_META_LABEL = (
    r"(?:来源|來源|稿源|出处|出處|发表日期|發表日期|发布日期|發布日期|發佈日期|刊发日期|刊發日期"
    r"|发布时间|發布時間|發佈時間|发表时间|發表時間|发稿时间|發稿時間|更新时间|更新時間"
    r"|时间|時間|日期"
    r"|点击数|點擊數|点击量|點擊量|点击|點擊|浏览次数|瀏覽次數|浏览|瀏覽|阅读次数|閱讀次數|阅读|閱讀"
    r"|原标题|原標題|期次|版次|专题|專題|相关专题|相關專題|相关新闻|相關新聞|相关链接|相關鏈接|延伸阅读"
    r"|延伸閱讀)"
)
#: A list bullet some sites print before the meta line (``• 2011年01月01日 作者:``).
_META_MARKS = "•·"
#: The bracket a site's closing note of its source opens with (``(来源:X 网络编辑:Y)`` under
#: a copied story): the same fields as a meta line, set off from the text it follows.
_META_OPEN = "(（"
_META_RE = _rx.compile(
    rf"""
    [ ]*+
    (?:[{_META_MARKS}][ ]*+)?+
    (?: [{_META_OPEN}]?+[ ]*+{_META_LABEL}[ ]*+[:：]
      | 作者[ ]*+[:：][ ]*+(?={_META_LABEL}[ ]*+[:：])   # an empty author field: 作者: 来源:X
      | (?:\p{{Han}}{{2,12}}+[ ]++)?+                  # the source first: 新华社  2017-01-09
        [0-9]{{4}}[ ]*+[年/-][ ]*+[0-9]{{1,2}}[ ]*+[月/-][ ]*+[0-9]{{1,2}}[^\n]{{0,24}}?
        (?:{_META_LABEL}|作者|記者|记者|[|｜][ ]*+文)[ ]*+[:：]   # (…|文:X on a list)
    )
    [^\n]{{0,120}}+
    """,
    regex.VERBOSE,
)


#: What a meta line opens with (spaces aside): a label's first character or a digit; or it
#: holds an ASCII digit (a date after the source's name: 新华社  2017-01-09 …).
_META_FIRST = frozenset(
    "0123456789"
    + _META_MARKS
    + _META_OPEN
    + "作"
    + "".join(w[0] for w in _META_LABEL.removeprefix("(?:")[:-1].split("|"))
)


def is_meta_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (one line) is a web page's meta line (:data:`_META_RE`)."""
    at = start
    while at < end and text[at] == " ":
        at += 1  # (the cheap test first: what the line opens with)
    return (
        at < end
        and (text[at] in _META_FIRST or _ASCII_DIGIT_RE.search(text, at, end) is not None)
        and _META_RE.fullmatch(text, start, end) is not None
    )


_ASCII_DIGIT_RE = _rx.std_compile("[0-9]")

#: A piece signed by the paper's desk, no person (本报编辑部, 本刊评论员, 本報特約評論員).
_COLLECTIVE_RE = _rx.compile(
    r"[ ]*+(?:本报|本報|本刊|本台|本网|本網)"
    r"(?:编辑部|編輯部|评论部|評論部|评论员|評論員|特约评论员|特約評論員)[ ]*+"
)


def copyright_line(s: str) -> bool:
    """A copyright line's text (版权所有, 版權為X所有, Copyright ©), whatever its unit."""
    return len(s) <= _COPYRIGHT_MAX and _COPYRIGHT_RE.match(s) is not None


def is_copyright(text: str, u: Unit) -> bool:
    """A site's copyright line (版权所有, Copyright ©): the foot of a web page."""
    return (
        u.kind == "footer"
        and u.end - u.start <= _COPYRIGHT_MAX
        and _COPYRIGHT_RE.match(text, u.start, u.end) is not None
    )


def is_more_link(text: str, u: Unit) -> bool:
    """A link to the rest of an item (``更多``, ``詳情#``): on a list page it closes an item."""
    return u.kind == "nav" and _MORE_RE.fullmatch(text, u.start, u.end) is not None


def is_list_label(text: str, u: Unit) -> bool:
    """A list's label with its link to the rest (``社論 更多``): a section of a list page
    starts under it."""
    return u.kind == "nav" and _LIST_LABEL_RE.fullmatch(text, u.start, u.end) is not None


def meta_furniture(text: str, u: Unit) -> bool:
    """A web page's meta line or a date and time alone (not a breadcrumb or control)."""
    return u.kind == "nav" and (
        _DATE_ALONE_RE.fullmatch(text, u.start, u.end) is not None
        or is_meta_line(text, u.start, u.end)
    )


# A web page's counter or type-size field (点击数:, 阅读:, 字号:): on a staff line it makes
# the line the article's meta line (编辑:周忻昊 点击数: 字号:), not a printed page's staff box.
_COUNTER_FIELD_RE = _rx.compile(
    r"(?:点击|點擊|浏览|瀏覽|阅读|閱讀)(?:数|數|量|次数|次數)?+[ ]*+[:：]|(?:字号|字號)[ ]*+[:：]"
)


def passing_furniture(text: str, u: Unit) -> bool:
    """A line of a web page's furniture that may stand between a title and its text (a
    breadcrumb, the page's controls, an image's name, a date and time alone, the editor's
    name beside the click counter): it neither belongs to the title nor ends it."""
    if u.kind == "staff":
        return _COUNTER_FIELD_RE.search(text, u.start, u.end) is not None
    return u.kind == "nav" and (
        u.passing
        or _web_furniture(text, u.start, u.end)
        or meta_furniture(text, u)
        or _BARE_FIELD_RE.fullmatch(text, u.start, u.end) is not None
        or _EDITOR_NOTE_LABEL_RE.fullmatch(text, u.start, u.end) is not None
    )


def _may_be_nav(s: str) -> bool:
    """What every line :data:`_NAV_RE` matches holds (at most :data:`_NAV_MAX` characters
    besides spaces; a 版, 期, 返回, 页 or 頁, or 拜 (a page date ends with 星期, 礼拜 or 禮拜),
    or a bullet or 【 first): plain string tests that spare most lines the pattern's lazy
    scan."""
    if len(s) - s.count(" ") > _NAV_MAX:
        return False
    return (
        "版" in s
        or "期" in s
        or "返回" in s
        or "页" in s
        or "頁" in s
        or "拜" in s
        or s.lstrip(" ")[:1] in _NAV_STARTS
        or _ANY_DIGIT_RE.search(s) is not None
    )


_ANY_DIGIT_RE = _rx.std_compile("[0-9０-９]")


# A site's copyright line (版权声明, 人 民 网 版 权 所 有, Copyright © 1997-2020): the web
# page's furniture, whatever paper it is.
_COPYRIGHT_RE = _rx.compile(
    r"[^\n]{0,30}?(?:版[ ]*+[权權][ ]*+(?:所[ ]*+有|声[ ]*+明|聲[ ]*+明)|Copyright|©"
    r"|版[ ]*+[权權][ ]*+(?:为|為|归|歸|属|屬)[^\n]{1,30}?所[ ]*+有)"  # 版权为X所有
)
_COPYRIGHT_MAX = 80
# The name of a page's counter printed with no count after it (字数, 点击数, 阅读量).
_BARE_FIELD_RE = _rx.compile(
    r"[ ]*+(?:字数|字數|点击数|點擊數|阅读数|閱讀數|阅读量|閱讀量|浏览量|瀏覽量)[ ]*+"
)
# The label over an editor's note that opens an article (编者按, 【编者的话】): no title.
_EDITOR_NOTE_LABEL_RE = _rx.compile(
    r"[ ]*+[【\[]?+(?:编者按|編者按|编者的话|編者的話|编者附言|編者附言)[】\]]?+[ ]*+[:：]?+[ ]*+"
)
# A form field printed with nothing after it (专栏:, 栏目:, 发布日期:, 娱乐专题搜索:, 报刊搜索:
# 搜索): the page's furniture (a label whose value is empty), not a heading and not body: a
# label of four characters at most, or a longer one ending in a form's word, with nothing
# after the colon but the field's button.
_FORM_WORD = r"(?:搜索|检索|檢索|查询|查詢|日期|时间|時間|作者|来源|來源|编辑|編輯|标题|標題)"
_EMPTY_FIELD_RE = _rx.compile(
    rf"[ ]*+(?:\p{{Han}}{{1,4}}+|\p{{Han}}{{0,6}}{_FORM_WORD})[ ]*+[:：][ ]*+"
    r"(?:(?:搜索|检索|檢索|查询|查詢|GO|Go|go)[ ]*+)?+"
)
# An entry of a numbered list of the page's titles: 1. 奥运会中国大力士不负众望 吴数德夺得金牌
# (a title group of five lines runs past a hundred characters: 1. 畅谈过去的一年辉煌成绩 表达…)
_NUMBERED_RE = _rx.compile(r"[ ]*+[0-9]{1,2}+[.．、][ ]*+(?P<title>[^ \n][^\n]{1,159}+)")
_DIGITS = frozenset("0123456789")
_PART_RE = _rx.compile(r"[^ ]++")
# How far into the next line the repeated title may start (after a label such as 第1版()专栏:).
_REPEAT_AT = 24
# The head an archive prints before an item's title: its page label, 第1版(要闻), and the
# column's form field, 专栏: with the column's name when it has one (专栏:庆祝中华人民共和国
# 成立45周年). The repeated title may start within _REPEAT_AT characters after it: a
# column's name is as long as a title's line, so no fixed reach from the line's start holds.
_ITEM_HEAD_FIELD_RE = _rx.compile(
    rf"{ITEM_LABEL}[ ]*+"
    rf"(?:{_COLUMN_LABEL}[ ]*+(?:[^ \n:：()（）]{{2,30}}+[ ]++)?+)?+"
)
# The same head cut before the title, its column field naming the column: the field's label
# is the page's furniture, the name the item's column label (as _COLUMN_FIELD_RE's).
_ITEM_COLUMN_RE = _rx.compile(
    rf"(?P<label>{ITEM_LABEL}[ ]*+"
    rf"{_COLUMN_LABEL})[ ]*+(?P<name>[^ \n:：()（）]{{2,30}}+)[ ]*+"
)
#: First characters of :data:`_EDITOR_NOTE_LABEL_RE` after its spaces.
_EDITOR_NOTE_FIRST = frozenset("编編【[")


def editor_note_label(s: str) -> bool:
    """Whether ``s`` is the label of an editor's note alone (``编者按``, ``【编者的话】:``)."""
    return (
        s.lstrip(" ")[:1] in _EDITOR_NOTE_FIRST
        and len(s) <= _EDITOR_NOTE_MAX
        and _EDITOR_NOTE_LABEL_RE.fullmatch(s) is not None
    )


#: The longest line :func:`editor_note_label` reads (the label with brackets, colon, spaces).
_EDITOR_NOTE_MAX = 16

# A signature closing an editor's note: ——编者, ——编 (the rest split onto the next line).
_SIGNATURE_RE = _rx.compile(r"[ ]*+(?:——|—|--)[ ]*+\p{Han}(?:[ ]*+\p{Han}){0,5}+[ ]*+")
# Closing notes: （作者单位：…）, （作者为…）, 数据来源：… — not body, not people.
_NOTE_RE = _rx.compile(
    r"[ ]*+(?:[(（][ ]*+(?:作者单位|作者單位|作者为|作者為|作者系|本文|注[:：]"
    r"|下转|下轉|上接|转第|轉第|接第|紧接|緊接)"
    r"|(?:数据来源|資料來源)[:：])"
)
# A page's call for contributions (欢迎广大读者来稿。来稿要求…, 投稿请寄…), on a line of
# its own (at most _CALL_MAX characters).
_CALL_RE = _rx.compile(
    r"[ ]*+(?:(?:欢迎|歡迎)[^。\n]{0,12}?(?:来稿|來稿|投稿|赐稿|賜稿)"
    r"|(?:来稿|來稿|投稿)(?:要求|须|須|请|請|邮箱|郵箱|信箱|地址))"
)
_CALL_MAX = 60
_CALL_FIRST = frozenset("欢歡来來投")  # what it opens with, spaces aside
# A jump line closing a story's part on this page, alone and without brackets: 下转第2版,
# 转A3版, ▶下转第二版 (a jump-in, 上接第1版, opens the rest of a story and is left alone).
_JUMP_RE = _rx.compile(
    r"[ ]*+[▶►→]?+[ ]*+(?:下转|下轉|转|轉)[ ]*+第?+[ ]*+"
    r"(?:[A-Z]?[0-9０-９]{1,3}+|[一二三四五六七八九十]{1,3}+)[ ]*+版[ ]*+"
)
_JUMP_FIRST = frozenset("▶►→下转轉")  # what it opens with, spaces aside
_NAME_LINE_RE = _rx.compile(r"[ ]*+\p{Han}{1,4}+(?:[ ]++\p{Han}{1,4}+){0,7}+[ ]*+")
# A credit printed over more lines than this is not read as one (keeps the cost linear).
_MAX_CREDIT_LINES = 12
# Marks that open a boxed summary (提要题) or banner line: ■今年全市已完成…
BOX_MARKS = frozenset("■□●◆◇▲△★☆▶►◎")


#: What a unit is, decided by :func:`make_units` (and by type roles from a PDF).
UnitKind = Literal[
    "body",
    "heading",
    "byline",
    "dateline",
    "credit",
    "endcredit",
    "source",
    "staff",
    "nav",
    "footer",
    "note",
    "signature",
    "label",
    "names",
    "invisible",
    # given by the assembly (segment): a photo caption block, names from a neighbouring
    # block, a further line of a credit, text outside every article
    "caption",
    "stray",
    "part",
    "text",
]

#: Who a unit's text goes to (:attr:`Unit.owner`): an article's index (0 or more), or one
#: of these.
OWNER_MASTHEAD: Final = -1
OWNER_NONE: Final = -2  # not decided yet
OWNER_OTHER: Final = -3  # an ``other`` block


@attrs.define(weakref_slot=False)  # (one per row of a page: no slot it does not use)
class Unit:
    """One row of the page with its role (mutable while segmentation runs; never returned).

    ``pieces`` are the row's line contents; ``body_start``/``body_end`` bound the body text
    (after a byline or dateline, before a trailing credit).
    """

    start: int
    end: int
    line: int  # first line number, to tell blocks apart
    pieces: Sequence[tuple[int, int]]
    kind: UnitKind = "body"
    byline: Byline | None = None
    dateline: Dateline | None = None
    credit: PhotoCredit | None = None
    source: SourceLine | None = None
    body_start: int = 0
    body_end: int = 0
    trailer: Byline | None = None
    owner: int = OWNER_NONE  # an article's index, or OWNER_MASTHEAD / OWNER_OTHER
    last_line: int = 0
    title: bool = False  # a line of the title group above a source line
    kicker: bool = False  # ... standing as a block of its own above the headline
    hint: str | None = None  # a heading role from type (HEADING_ROLES), when known
    wide: bool = False  # a line of a hard-wrapped page short of its measure by 4 characters at most
    measure: bool = False  # a line within two characters of its page's measure (body type)
    full_end: bool = False  # its last line is within two characters of the page's measure
    full: bool = False  # its last line is within one character of the page's measure
    runin: bool = False  # a title printed at the head of its item's text line (title   text)
    column: bool = False  # a column's name given in a form field (专栏:福建通讯)
    menu: bool = False  # a line of a web page's menu (its entries are section names)
    passing: bool = False  # a text layer's furniture that may stand between title and text
    item: bool = False  # the title of a numbered list's item, printed over its text

    def body_pieces(self) -> list[tuple[int, int]]:
        """The pieces, the first one cut at ``body_start`` and the last at ``body_end``
        (pieces go in reading order, which on a page read across columns is not page
        order); none when the unit holds no body."""
        if self.body_start == self.body_end:
            return []
        out = []
        last = len(self.pieces) - 1
        # (a credit may run into the second line: 新华社东京7月8日电（记者孙 / 勇）…, or the
        # third: 本报石家庄7月2 / 7日电（记者干海兵、/ 杨兆波）…)
        # (pieces in reading order may not be in page order: a body that starts on the first
        # piece starts there, whatever the pieces after it hold)
        first = (
            next(
                (
                    i
                    for i in range(1, min(3, last + 1))
                    if self.pieces[i - 1][1] < self.body_start <= self.pieces[i][1]
                ),
                0,
            )
            if self.body_start > self.pieces[0][1]
            else 0
        )
        # (a trailing credit may open on the line before the last: …更弱。（本 / 报记者X）)
        stop = next(
            (
                i
                for i in range(last, max(first, last - 1) - 1, -1)
                if self.pieces[i][0] <= self.body_end <= self.pieces[i][1]
            ),
            last,
        )
        for i, (s, e) in enumerate(self.pieces[first : stop + 1], first):
            if i == first and s <= self.body_start <= e:
                s = self.body_start
            if i == stop and s <= self.body_end <= e:
                e = self.body_end
            if s < e:
                out.append((s, e))
        return out


def _balanced(s: str) -> bool:
    return all(s.count(a) == s.count(b) for a, b in _QUOTE_PAIRS)


#: A full stop an OCR reading gave as ``〇`` (or ``O``) at a line's end, after a word's
#: character (``…到至少1.3兆令吉〇``): the sentence ends there, so the line is no title. (After
#: a numeral it is the figure zero: ``二〇二〇``, ``一〇〇``.)
_OCR_STOP_RE = _rx.compile(r"(?<=\p{Han})(?<![〇零一二三四五六七八九十百千万萬亿億两兩])[〇O]\Z")


def is_heading(s: str) -> bool:
    """Whether ``s`` (one stripped line) can be a heading: short, one phrase, not a
    sentence end, brackets balanced."""
    return (
        0 < len(s) <= _MAX_HEADING
        and s[-1] not in _NOT_HEADING_END
        and not _OCR_STOP_RE.search(s)
        and s[0] not in CONT_START
        and _balanced(s)
        and not _SENTENCE_INSIDE_RE.search(s)
        and s.count(",") + s.count("，") <= 1
        and any(ch.isalnum() for ch in s)
    )


def subtract(
    start: int, end: int, holes: Sequence[tuple[int, int]], k: int
) -> list[tuple[int, int]]:
    """``[start, end)`` minus the sorted holes, starting the scan at hole ``k``."""
    out: list[tuple[int, int]] = []
    pos = start
    while k < len(holes) and holes[k][0] < end:
        hs, he = holes[k]
        if he > pos:
            if hs > pos:
                out.append((pos, min(hs, end)))
            pos = max(pos, he)
        k += 1
    if pos < end:
        out.append((pos, end))
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _raw_units(page: Page, holes: Sequence[tuple[int, int]]) -> list[Unit]:
    """One unit per row, footer and invisible-only line, masthead holes cut out."""
    text = page.original
    # Rows come in reading order, each starting on a line with text: read them along.
    pending = iter_rows(page)
    upcoming = next(pending, None)
    units: list[Unit] = []
    k = 0
    # Runs of blank lines are skipped, except on a page read column after column: there a
    # blank cell far down the page moves the hole index on, as it always has.
    numbers: Iterable[int] = page.reading.numbers_with_text()
    columns = page.shape == "layout-columns"
    if columns:
        numbers = range(len(page.reading))
    # The later lines of the last wrapped row: rows hold no blank line and no footer, so
    # such a line makes no unit of its own, and (lines in page order) the hole index can
    # wait for the next line read. Its Line is not built (lines are built when read).
    rest: Iterator[int] = iter(())
    next_rest = -1
    for number in numbers:
        if number == next_rest and not columns:
            next_rest = next(rest, -1)
            continue
        ln = page.reading[number]
        s, e = ln.span.start, ln.span.end
        while k < len(holes) and holes[k][1] <= s:
            k += 1
        row = None
        if upcoming is not None and upcoming.lines[0] == number:
            row, upcoming = upcoming, next(pending, None)
        if row is None:
            invisible = ln.blank and text[s:e] and not text[s:e].isspace()
            if invisible or (not ln.blank and is_footer(ln.text)):
                units.extend(_line_units(page, ln, holes, k))
            continue  # otherwise blank, or a later line of a wrapped row
        if len(row.pieces) > 1:
            rest = iter(row.lines[1:])
            next_rest = next(rest, -1)
        if len(row.pieces) == 1:
            units.extend(_line_units(page, ln, holes, k))
        elif not any(hs < row.end and row.start < he for hs, he in holes):
            cut = _row_units(text, row, upcoming)
            for u in cut:
                u.measure = len(u.pieces) == 1 and _at_measure(page, u.line)
                u.full_end = _at_measure(page, u.last_line)
                u.full = _at_measure(page, u.last_line, 2)
            units.extend(cut)
        elif columns:
            # A wrapped row cut by the masthead: its lines one by one.
            for num in row.lines:
                units.extend(_line_units(page, page.reading[num], holes, k))
        else:
            units.extend(_cut_row(page, row, holes, k, upcoming))
    return units  # in reading order (column after column on a layout-columns page)


def _cut_row(
    page: Page, row: Row, holes: Sequence[tuple[int, int]], k: int, upcoming: Row | None
) -> list[Unit]:
    """The units of a wrapped row the masthead cuts: its lines the masthead touches one by
    one, and each run of two lines or more it leaves whole one row still. (A page head run
    to the measure over the text, a date line or a running head, reads as the paragraph's
    first line; the lines under it are that paragraph's all the same.)"""
    text = page.original
    out: list[Unit] = []
    touched = [any(hs < p.end and p.start < he for hs, he in holes) for p in row.pieces]
    i = 0
    while i < len(row.pieces):
        j = i + 1
        while j < len(row.pieces) and touched[j] == touched[i]:
            j += 1
        if touched[i] or j - i == 1:
            for num in row.lines[i:j]:
                out.extend(_line_units(page, page.reading[num], holes, k))
        else:
            part = Row(pieces=row.pieces[i:j], lines=row.lines[i:j])
            cut = _row_units(text, part, upcoming if j == len(row.pieces) else None)
            for u in cut:
                u.measure = len(u.pieces) == 1 and _at_measure(page, u.line)
                u.full_end = _at_measure(page, u.last_line)
                u.full = _at_measure(page, u.last_line, 2)
            out.extend(cut)
        i = j
    return out


def _vertical_heading(text: str, u: Unit) -> bool:
    """A row of one character a line (type set vertically, which the text layer reads as
    one row) that reads as a heading once joined: a headline set down the page."""
    if len(u.pieces) < 3 or any(e - s != 1 for s, e in u.pieces):
        return False
    return is_heading("".join(text[s] for s, _ in u.pieces))


def _row_units(text: str, row: Row, upcoming: Row | None) -> list[Unit]:
    """The units of a wrapped row: one, or more where a credit opens a piece after a gap
    (a wrapped subtitle does not run on into the byline below it) or is all of its line.

    A line that is a byline and nothing else (``本报记者 王丽``) never goes on a paragraph:
    on a narrow column the title lines above it run to the column's measure and read as
    wrapped, and the line is where the heading stack ends. The lines above it, when they
    hold no punctuation at all, are that stack: one unit a line (body text never stands
    between a title and its byline).
    """
    if all(p.end - p.start == 1 for p in row.pieces):
        return [_unit_of(row, 0, len(row.pieces))]  # vertical type: one row
    out: list[Unit] = []
    start = 0
    for i in range(1, len(row.pieces)):
        p = row.pieces[i]
        alone = _credit_alone(text, p)
        if alone or (
            row.lines[i] - row.lines[i - 1] > 1
            and (
                find_dateline(text, p.start, p.end) is not None
                or find_byline(text, p.start, p.end) is not None
            )
        ):
            out.extend(_before_credit(text, row, start, i) if alone else [_unit_of(row, start, i)])
            start = i
        elif i - start <= _TITLE_TAIL_MAX and _titles_over_dateline(text, row, start, i):
            out.extend(_unit_of(row, j, j + 1) for j in range(start, i))
            start = i
    end = len(row.pieces)
    if (
        end - start > 1
        and row.lines[end - 1] - row.lines[end - 2] > 1
        and _unpunctuated(text, row.pieces[end - 1])
    ):
        # A paragraph read on across a blank line (broken at a column's foot) ends with a
        # stop; a line with no punctuation standing last after the blank is a heading.
        end -= 1
        return [*out, _unit_of(row, start, end), _unit_of(row, end, end + 1)]
    if upcoming is not None and _credit_alone(text, upcoming.pieces[0]):
        out.extend(_before_credit(text, row, start, end))
    elif upcoming is not None and _opens_dated(text, upcoming):
        out.extend(_cut_before(row, start, _title_tail(text, row, start, end), end))
    else:
        out.append(_unit_of(row, start, end))
    return out


def _titles_over_dateline(text: str, row: Row, a: int, i: int) -> bool:
    """Whether ``row.pieces[i]`` opens with a dateline (whole, or wrapped at the column's
    edge onto the next line: ``新华社布鲁塞尔`` / ``7月1日电（记者…``) right under the row's
    first lines, at most :data:`_TITLE_TAIL_MAX` of them, none with the punctuation of text.

    A dateline opens an article's first paragraph and is set right under its title, so the
    lines over it, standing first in their block with no punctuation, are the title's lines
    (a subtitle led by a dash too), not a paragraph that runs on into the dateline; a text
    that went on into a dateline's words would hold a clause's punctuation first."""
    p = row.pieces[i]
    if text[p.start : p.start + 1] not in DATED_FIRST:
        return False  # (cheap gate: the first characters of a dateline's agency or paper)
    if not all(_unpunctuated(text, q) for q in row.pieces[a:i]):
        return False
    if find_dateline(text, p.start, p.end) is not None:
        return True
    by = find_byline(text, p.start, p.end)
    if by is not None and by.source is not None and by.day is not None:
        return True  # (本报北京7月18日电: a paper's own dated tag)
    nxt = row.pieces[i + 1] if i + 1 < len(row.pieces) else None
    if nxt is None:
        return False
    dl, by = find_wrapped_credit(text, p.start, nxt.end)
    return dl is not None or (by is not None and by.source is not None and by.day is not None)


def _cut_before(row: Row, a: int, k: int, b: int) -> list[Unit]:
    """The units of ``row.pieces[a:b]``: those before ``k`` one unit, from ``k`` on (a
    heading stack) one unit a line."""
    if k == b:
        return [_unit_of(row, a, b)]
    return [
        *([_unit_of(row, a, k)] if k > a else []),
        *(_unit_of(row, j, j + 1) for j in range(k, b)),
    ]


def _opens_dated(text: str, row: Row) -> bool:
    """The row opens with a dateline, whole on its first line or broken off at the column's
    edge (``新华社上海7月2`` / ``0日电``)."""
    first = row.pieces[0]
    if find_dateline(text, first.start, first.end) is not None:
        return True
    last = row.pieces[min(1, len(row.pieces) - 1)]
    return find_wrapped_credit(text, first.start, last.end)[0] is not None


#: The most lines of a title block standing over its article's credit (a headline takes
#: two lines at most, a kicker or subtitle one more).
_TITLE_TAIL_MAX = 3
#: What a title's lines never hold: the stops that end a sentence inside text.
_SENTENCE_STOPS = frozenset("。；;")


def _title_tail(text: str, row: Row, a: int, b: int) -> int:
    """Where, in ``row.pieces[a:b]`` right above the credit that opens an article, the lines
    after the last blank line start when they are that article's title: at most
    :data:`_TITLE_TAIL_MAX` lines, none holding a sentence's stop, the last not closed by
    a clause's punctuation; else ``b``.

    A paragraph broken at a column's foot is read on across the blank line by the text
    layer, but an article's dateline or byline is set right under its title, in the same
    block: body text does not stand between a title and its credit, so the block over the
    credit, set apart by the blank line, is the title (its text goes on after the credit).
    """
    g = b - 1
    while g > a and row.lines[g] - row.lines[g - 1] == 1:
        g -= 1
    if g <= a or b - g > _TITLE_TAIL_MAX or text[row.pieces[b - 1].end - 1] in "，,、：:":
        return b
    if any(c in _SENTENCE_STOPS for p in row.pieces[g:b] for c in text[p.start : p.end]):
        return b
    return g


#: What ends a paragraph's last line.
_PARA_END = frozenset("。！？!?”…")


def _before_credit(text: str, row: Row, a: int, b: int) -> list[Unit]:
    """The units of ``row.pieces[a:b]``, the lines right above a byline alone on its line:
    the lines at the end holding no punctuation are the next article's heading stack, one
    unit a line, when they are all the pieces or follow a line that ends a sentence (a
    paragraph's last line ends with a stop; a title has none)."""
    k = b
    while k > a and _unpunctuated(text, row.pieces[k - 1]):
        k -= 1
    if k == b or (k > a and text[row.pieces[k - 1].end - 1] not in _PARA_END):
        k = _title_tail(text, row, a, b)
    return _cut_before(row, a, k, b)


def _credit_alone(text: str, p: Span) -> bool:
    """The piece is a byline with nothing after it."""
    if p.end - p.start > _CREDIT_LINE_MAX or text[p.end - 1] in _TEXT_PUNCT:
        return False  # (the cheap test first: a body line)
    by = find_byline(text, p.start, p.end)
    return by is not None and _skip_space(text, by.span.end, p.end) >= p.end


#: The longest line read as a byline alone (本报记者 王丽 is 7 characters; a few names
#: with labels fit in 24).
_CREDIT_LINE_MAX = 24
#: Punctuation body text has and a title line mostly lacks.
_TEXT_PUNCT = frozenset("，。、；：！？,;:!?")


def _unpunctuated(text: str, p: Span) -> bool:
    return not any(c in _TEXT_PUNCT for c in text[p.start : p.end])


def _at_measure(page: Page, number: int, within: int = 4) -> bool:
    """Whether reading line ``number`` is within ``within`` columns (two characters) of
    the page's measure."""
    return page.wrap_width is not None and abs(page.widths[number] - page.wrap_width) <= within


def _unit_of(row: Row, a: int, b: int) -> Unit:
    pieces = [(p.start, p.end) for p in row.pieces[a:b]]
    return Unit(pieces[0][0], pieces[-1][1], row.lines[a], pieces, last_line=row.lines[b - 1])


def _line_units(page: Page, ln: Line, holes: Sequence[tuple[int, int]], k: int) -> list[Unit]:
    text = page.original
    out: list[Unit] = []
    s, e = ln.span.start, ln.span.end
    while k < len(holes) and holes[k][1] <= s:
        k += 1
    for ps, pe in subtract(s, e, holes, k):
        us, ue = _strip(text, ps, pe)
        if us >= ue:
            continue
        u = Unit(us, ue, ln.number, ((us, ue),), last_line=ln.number)
        u.wide = page.wrap_width is not None and page.widths[ln.number] >= page.wrap_width - 8
        u.measure = u.full_end = _at_measure(page, ln.number)
        u.full = _at_measure(page, ln.number, 2)
        if ln.blank:
            u.kind = "invisible"  # only invisible characters: kept for losslessness
        elif is_footer(text[us:ue]):
            u.kind = "footer"
        out.append(u)
    return out


def _classify(text: str, u: Unit, reference: datetime.date | None) -> Unit:
    if u.kind in ("invisible", "footer"):
        return u
    if _vertical_heading(text, u):
        u.kind = "heading"
        u.body_start, u.body_end = u.start, u.end
        return u
    first_end = u.pieces[0][1]
    s = text[u.start : first_end]
    single = len(u.pieces) == 1
    u.body_start, u.body_end = u.start, u.end
    if single and (
        (_may_be_staff(s) and _STAFF_RE.match(s))
        or (len(s) <= _CALL_MAX and s.lstrip(" ")[:1] in _CALL_FIRST and _CALL_RE.match(s))
    ):
        # (欢迎广大读者来稿。来稿要求…: the page's call for contributions, no story's text.)
        u.kind = "staff"
        return u
    if single:
        src = find_source_line(text, u.start, u.end)
        if src is not None:
            # 作者:X 2020-01-01 来源:Y: a credit opening the source line signs the article.
            by = (
                find_byline(text, u.start, src.span.start, reference=reference)
                if src.span.start > u.start
                else None
            )
            if by is not None and by.people:
                u.kind, u.byline, u.source = "byline", by, src
                u.body_start = u.end
                return u
            u.kind, u.source = "source", src
            return u
        if (
            (_may_be_nav(s) and _NAV_RE.fullmatch(s))
            or _web_furniture(s, 0, len(s))
            or is_meta_line(text, u.start, u.end)
        ):
            # (a meta line holding the credit after its date and source credits the article:
            # 2025年01月20日 08:00 來源:廣西云-廣西日報 見習記者 X 記者 Y, 来源：中国科学报本报讯
            # （记者肖洁）; a line of labelled fields, 记者:X 编辑:Y, is read as one below)
            by = (
                find_byline(text, u.start, u.end, reference=reference)
                if s.lstrip(" ")[:1].isdigit() or "讯" in s or "訊" in s
                else None
            )
            if (
                by is not None
                and (by.source is not None or s.lstrip(" ")[:1].isdigit())
                and any(p.role != "editor" for p in by.people)
            ):
                u.kind, u.byline = "byline", by
                u.body_start = u.end
                return u
            u.kind = "nav"
            return u
        if (
            len(s) <= _COPYRIGHT_MAX
            and ("版" in s or "Copyright" in s or "©" in s)
            and _COPYRIGHT_RE.match(s)
        ):
            u.kind = "footer"
            return u
        credit = find_photo_credit(text, u.start, u.end) or _caption_credit(text, u)
        if credit is not None:
            u.kind, u.credit = "credit", credit
            return u
        if s.lstrip(" ")[:1] == "本" and _COLLECTIVE_RE.fullmatch(s) is not None:
            # 本报编辑部, 本报评论员: the paper signs the piece as a body; a credit naming
            # nobody, not a title.
            a, b = _strip(text, u.start, u.end)
            u.kind = "byline"
            u.byline = plain_byline(Span.of(text, a, b), ())
            u.body_start = u.end
            return u
    end = find_end_credit(text, u.start, first_end, reference=reference) if single else None
    if end is not None:
        u.kind = "endcredit"
        u.dateline, u.byline = end
        return u
    reach = _credit_end(text, u)
    dl = find_dateline(text, u.start, reach, reference=reference)
    by = None if dl is not None else find_byline(text, u.start, reach, reference=reference)
    if dl is None and by is None and _wraps_on(text, u):
        # (over three lines at most: the reporters' bracket may wrap too)
        third = u.pieces[min(2, len(u.pieces) - 1)][1]
        dl, by = find_wrapped_credit(text, u.start, third, reference=reference)
    if dl is not None:
        u.kind, u.dateline = "dateline", dl
        u.body_start = _skip_space(text, dl.span.end, u.end)
        wire_title = _WIRE_TITLE_RE.match(text, u.body_start, u.end)
        if wire_title is not None:
            u.body_start = _skip_space(text, wire_title.end(), u.end)
        if not dl.people and len(u.pieces) > 1:
            _bracket_under(text, u, dl)
        return _trailer(text, u)
    if by is not None:
        u.kind, u.byline = "byline", by
        u.body_start = _skip_space(text, by.span.end, u.end)
        if by.source is not None and not by.people and len(u.pieces) > 1:
            _tag_bracket_under(text, u, by)
        # 作者:雷收麦 《光明日报》( 2012年10月27日 06版): the source line shares the line.
        u.source = find_source_line(text, u.body_start, u.end) if single else None
        if u.source is not None or (
            # 记者 A B   来源:人民网, 作者:X 2020年1月1日: the rest of the line is a meta
            # field or the date, no text.
            single
            and u.body_start < u.end
            and (
                is_meta_line(text, u.body_start, u.end)
                or _DATE_ALONE_RE.fullmatch(text, u.body_start, u.end) is not None
            )
        ):
            u.body_start = u.end
        return _trailer(text, u)
    if single:
        return _classify_short(text, u, s)
    return _trailer(text, u)


# The title a wire story carries after its dateline (新华社杭州7月31日电 题：…): the agencies
# send a feature's title so on its dateline's line; a page prints it over the story as well,
# so it is the title again, no text. (The rest of the line, a title's length at most.)
_WIRE_TITLE_RE = _rx.compile(r"(?:题|題)[ ]*+[:：][^\n]{1,60}+(?=\n|\Z)")


def _bracket_under(text: str, u: Unit, dl: Dateline) -> None:
    """The reporters' bracket of ``u``'s dateline printed on the unit's next line, the
    dateline ending its first (``新华社银川10月18日电（记者`` / ``骆珺 刘国华）…``): a
    dateline's bracket goes on at the column's next line, wherever the page's text puts
    that line (``-layout``: after other columns' cells). The people join the dateline
    (its span stays on the first line) and the text starts after the bracket."""
    a0, a1 = u.pieces[0]
    if not a0 <= dl.span.end <= a1:
        return
    tail = text[dl.span.end : a1].strip(" ")
    if tail not in ("", "（记者", "(记者"):
        return
    got = find_bracket_credit(text, u.pieces[1][0], u.pieces[1][1], opened=bool(tail))
    if got is not None:
        u.dateline = attrs.evolve(dl, people=got[0])
        u.body_start = _skip_space(text, got[1], u.end)


def _tag_bracket_under(text: str, u: Unit, by: Byline) -> None:
    """The reporters' bracket of an own-copy tag printed on the unit's next line, the tag
    filling its first (``本报沈阳9月7日电`` / ``（记者徐靖）加强…``): as a dateline's
    (:func:`_bracket_under`), the bracket goes on at the column's next line; the people join
    the tag (its span stays on the first line) and the text starts after the bracket."""
    a0, a1 = u.pieces[0]
    if not a0 <= by.span.end <= a1 or text[by.span.end : a1].strip(" "):
        return
    b0, b1 = u.pieces[1]
    if text[b0:b1].lstrip(" ")[:1] not in "(（":
        return
    got = find_bracket_credit(text, b0, b1, opened=False)
    if got is not None:
        u.byline = attrs.evolve(by, people=got[0])
        u.body_start = _skip_space(text, got[1], u.end)


#: How far from a line's end a caption's credit may start (``广州日报全媒体记者夏强、廖靖文摄``).
_CAPTION_CREDIT_MAX = 40
_CAPTION_CUTS = "。！？!? "
#: The stops that end a caption's last sentence.
_CAPTION_STOPS = "。！？!?"


def _before_spaces(text: str, at: int, lo: int) -> str:
    """The character before the spaces ending at ``at`` (none before ``lo``)."""
    while at > lo and text[at - 1] == " ":
        at -= 1
    return text[at - 1] if at > lo else ""


def _caption_credit(text: str, u: Unit) -> PhotoCredit | None:
    """The credit closing a caption printed on one line with it (``猎德龙舟文化尽显魅力。
    广州日报全媒体记者莫伟浓摄``): the longest tail after a sentence stop or space near the
    line's end that reads as a photo credit naming a person. The line is then a picture's
    caption, not body (unless the item has no other text: photo news)."""
    end = u.end
    if text[end - 1] in ")）":
        return _bracket_caption_credit(text, u)
    if text[end - 1] not in "摄攝图圖影道導":
        return _label_first_caption_credit(text, u)
    # (王嘉赓 图: 图 after a space or slash; 周甬 摄影; 记者 X 摄影报道: a photo report's)
    if text[end - 1] not in "摄攝图圖影道導":
        return None
    # (摄影 closes a credit after a name, and labels one before it: 梁昱坤 摄影␤陈恒; it
    # closes the caption's credit only right after the caption's last sentence.)
    after_stop = text[end - 1] == "影"
    for cut in range(max(u.start, end - _CAPTION_CREDIT_MAX), end - 1):
        if text[cut] in _CAPTION_CUTS:  # the longest tail that reads as a credit
            if after_stop and _before_spaces(text, cut + 1, u.start) not in _CAPTION_STOPS:
                continue
            credit = find_photo_credit(text, cut + 1, end, caption=True)
            if credit is not None and credit.people:
                return credit
    return None


def _label_first_caption_credit(text: str, u: Unit) -> PhotoCredit | None:
    """A photo credit printed label first after a caption's last sentence, on its line
    (``…马房内马伕牵著一隻马。攝:林振東/端傳媒``, ``…“桃源”景象。摄影/杨通富``)."""
    end = u.end
    lo = max(u.start, end - _CAPTION_CREDIT_MAX)
    stop = max(text.rfind(c, lo, end) for c in _CAPTION_STOPS)
    if stop < lo:
        return None
    return find_label_first_credit(text, stop + 1, end)


def _bracket_caption_credit(text: str, u: Unit) -> PhotoCredit | None:
    """A photo credit in brackets closing a caption's line after its last sentence
    (``…在《新闻晨报》实习。(陆俊蓉/摄)``, ``…(黄梓轩提供)``): captions print their credit
    so as often as bare."""
    end = u.end
    lo = max(u.start, end - _CAPTION_CREDIT_MAX)
    opened = max(text.rfind("(", lo, end), text.rfind("（", lo, end))
    if opened <= u.start or text[opened - 1] not in "。！？!? ":
        return None
    credit = find_photo_credit(text, opened + 1, end - 1)
    return credit if credit is not None and credit.people else None


#: The most characters other than spaces a line of a short form holds (a names line, the
#: longest: eight names of four characters; an empty field, a source note, a signature and a
#: bare item number hold fewer).
_SHORT_FORM_MAX = 32
#: What a closing note opens with (spaces aside): see :data:`_NOTE_RE`.
_NOTE_FIRST = frozenset("(（数資")


def _classify_short(text: str, u: Unit, s: str) -> Unit:
    # (the cheap tests first: a line of body text is longer than any short form)
    short = len(s) - s.count(" ") <= _SHORT_FORM_MAX
    first = s.lstrip(" ")[:1]
    if short and (
        (("：" in s or ":" in s) and _EMPTY_FIELD_RE.fullmatch(s))
        or (len(s) <= 3 and s.strip(" ").isdigit())
        or (len(s) <= 8 and _BARE_FIELD_RE.fullmatch(s))
        or (len(s) <= 8 and _EDITOR_NOTE_LABEL_RE.fullmatch(s))
    ):
        # An empty form field, a counter's name with no count (字数), or a bare item number
        # (1): the page's furniture.
        u.kind = "nav"
    elif (
        (first in _NOTE_FIRST and _NOTE_RE.match(s))
        or (short and first in "据據" and _SOURCE_NOTE_RE.fullmatch(s))
        or (short and first in _JUMP_FIRST and _JUMP_RE.fullmatch(s))
    ):
        u.kind = "note"
    elif short and first in "—-" and _SIGNATURE_RE.fullmatch(s):
        u.kind = "signature"
    elif is_credit_label(s):
        u.kind = "label"
    elif short and (len(s.strip()) == 1 or " " in s.strip()) and _NAME_LINE_RE.fullmatch(s):
        # One character (half of a name printed with a gap) or names side by side.
        u.kind = "names"
    elif is_heading(s) and not (u.wide and ("，" in s or "," in s)):
        # (A line of a hard-wrapped page that nearly runs to the measure and breaks a
        # sentence after a clause is a paragraph's first line, short of the measure by its
        # indent, half-width digits or a stop hung past the edge: not a heading.)
        u.kind = "heading"
    else:
        return _trailer(text, u)
    return u


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and (text[pos].isspace() or text[pos] in ":："):
        pos += 1
    return pos


# A credit closing the text after its last sentence, not in brackets: a label and names
# (…的热闹。”本报记者 董怡虹 陈炅玮), a reader's name set off by a space (…主力军。 读者 薛芳玲),
# or the hand that wrote the words and took the pictures (…查找撒漏车辆。文/图李传报: 文/图 is
# a role label as 记者 is, and a name after it, glued or not, is the writer's).
# The credit may also follow a title's closing mark and a space, or a gap of two spaces or
# more (…所有情感和观点都在音符里》 本刊记者 郑廷鑫; …全线27.7千米   记者 王瑞超): a page
# sets the credit apart from the title or text it follows by the gap, and a text layer or a
# copy joins the two on one line; a clause of text never holds such a gap.
_TAIL_CREDIT_RE = _rx.compile(
    r"""
    (?: (?<=[。！？!?…”])[ ]*+ | (?<=》)[ ]++ | (?<=[^ ])[ ]{2,}+ )
    (?: (?P<label>\p{Han}{0,6}?(?:记者|記者|通讯员|通訊員))
        [ ]*+\p{Han}{2,4}+(?:[ 、]++\p{Han}{2,4}+){0,3}+
      | (?:读者|讀者)[ ]++(?P<reader>\p{Han}{2,4}+)
      | (?:文[/／][图圖]|[图圖][/／]文)[ ]*+(?P<reader2>\p{Han}{2,4}+)
    )
    [ ]*+\Z
    """,
    regex.VERBOSE,
)


#: Marks a line ends with that are no Han character, so no name (:data:`_TAIL_CREDIT_RE`).
_NOT_NAME_END = frozenset("。！？!?”’…）)，,；;：:、》」』】")


def _tail_credit(text: str, u: Unit, stop: int) -> Unit:
    """A credit after the text's last sentence on its line (:data:`_TAIL_CREDIT_RE`, the
    line read up to ``stop``) signs it: the unit's trailer, not body."""
    lo = max(u.body_start, stop - 40)
    last = text[lo:stop].rstrip(" ")[-1:]
    if not last or last in _NOT_NAME_END:
        return u  # (the cheap test first: a credit ends with a name's character)
    m = _TAIL_CREDIT_RE.search(text, lo, stop)
    if m is None:
        return _tail_fields(text, u, stop)
    hand = m.group("reader") or m.group("reader2")
    if hand is not None:
        g = "reader" if m.group("reader") is not None else "reader2"
        by = read_credit_pieces(text, [Span.of(text, m.start(g), m.end(g))])
    else:
        by = find_byline(text, m.start("label"), stop)
        if by is not None and by.span.end != stop:
            by = None
    if by is None or not by.people or not all(is_person_name(p.name) for p in by.people):
        return u
    return _signed(text, u, by, m.start())


def _signed(text: str, u: Unit, by: Byline, start: int) -> Unit:
    """``u`` signed by the credit ``by`` that starts at ``start`` on its last line: the
    credit is its trailer, and its body ends before it (and the spaces before it)."""
    u.trailer = by
    while start > u.body_start and text[start - 1] == " ":
        start -= 1
    u.body_end = start
    return u


# A credit of labelled fields after the last sentence of a paragraph (a standfirst's
# credit: …注意禁寄物品。 記者:吳銘姬 簡以心 編輯:陳姵岐 朱得志).
_FIELDS_TAIL_RE = _rx.compile(
    r"(?<=[。！？!?”」])[ ]++(?P<label>(?:记者|記者)(?:、(?:摄影|攝影))?+|编辑|編輯)[ ]*+[:：]"
)
#: How far from a line's end such a credit may start.
_FIELDS_TAIL_MAX = 64


def _tail_fields(text: str, u: Unit, stop: int) -> Unit:
    """A credit of labelled fields (``記者:A B 編輯:C``) closing a paragraph after its last
    sentence (the line read up to ``stop``): a text layer runs the credit printed under a
    standfirst into the paragraph's line. It signs the story (the unit's trailer), naming a
    reporter; it is not text."""
    lo = max(u.body_start, stop - _FIELDS_TAIL_MAX)
    m = _FIELDS_TAIL_RE.search(text, lo, stop)  # (the first: the credit runs to the end)
    if m is None:
        return u
    by = find_byline(text, m.start("label"), stop)
    if (
        by is None
        or by.span.end != stop
        or not any(p.role == "reporter" for p in by.people)
        or not all(is_person_name(p.name) for p in by.people)
    ):
        return u
    return _signed(text, u, by, m.start())


# A portal's note of its copy's source glued to the end of the text it copied, after the
# last sentence or the author's bracket (…再谈……(张佳鹏)来源:工人日报): the page's field,
# as on a meta line, not the story's words.
_GLUED_SOURCE_RE = _rx.compile(
    r"(?<=[。！？!?…”)）])[ ]*+(?:来源|來源|稿源)[ ]*+[:：][ ]*+[^\s。，,！？!?]{2,20}+[ ]*+\Z"
)


# A bar after a text's last sentence (…发生危险。 |, …摄 |): the residue of a web page's
# markup (a table cell's or a link list's separator) that a copy keeps at the end of the
# text's line. No sentence ends with a bar, so it is furniture, whatever the site.
_BAR_RESIDUE_RE = _rx.compile(r"(?<=[^\s|｜])[ ]*+[|｜][ ]*+\Z")
# Inside a closing credit's brackets, words set off by a space before the reporter's label
# name the outlet he writes for: (商洛之窗 記者 方立), (某某日报 记者 张三). Any outlet, its
# name in any words (a site, a channel), so the label and names after it are the credit.
_OUTLET_BEFORE_LABEL_RE = _rx.compile(
    r"[(（]\p{Han}{2,10}+[ ]++(?=\p{Han}{0,4}?(?:记者|記者|通讯员|通訊員))"
)


def _trailer(text: str, u: Unit) -> Unit:
    """A credit in parentheses closing a brief: ``…工作。(张三)``; or one after the last
    sentence without brackets (:func:`_tail_credit`); either may stand before a source
    note glued to the text (:data:`_GLUED_SOURCE_RE`), which is no body either, and a bar
    left by the page's markup (:data:`_BAR_RESIDUE_RE`)."""
    bar = _BAR_RESIDUE_RE.search(text, max(u.body_start, u.end - 8), u.end)
    if bar is not None and bar.start() > u.body_start:
        u.body_end = bar.start()
    end = u.body_end if bar is not None else u.end
    glued = _GLUED_SOURCE_RE.search(text, max(u.body_start, end - 40), end)
    if glued is not None and glued.start() > u.body_start:
        u.body_end = glued.start()
    stop = u.body_end if glued is not None or bar is not None else u.end
    lo = max(u.body_start, stop - 40)
    closed = text[lo:stop].rstrip(" ").endswith((")", "）"))
    m = _TRAILER_RE.search(text, lo, stop) if closed else None
    if m is None:
        return _tail_credit(text, u, stop) if len(u.pieces) == 1 else u
    if m.group("words") in _NOT_CREDITS:
        return u
    by = find_byline(text, m.start("paren"), m.end("paren"))
    close = m.end("paren") - 1
    if by is None or not by.people:
        outlet = _OUTLET_BEFORE_LABEL_RE.match(text, m.start("paren"), close)
        by = find_byline(text, outlet.end(), close) if outlet is not None else None
        if by is not None and (by.span.end != close or not by.people):
            by = None
    elif by.span.end != m.end("paren"):
        by = None
    if by is not None and by.people:
        u.trailer = by
        u.body_end = m.start("paren")
    return u


# --- merging credits printed over several lines ------------------------------------------


def _near(a: Unit, b: Unit, gap: int = 2) -> bool:
    """Whether ``b`` starts within ``gap`` lines after ``a`` ends (blank lines between)."""
    return 0 < b.line - a.last_line <= gap


def _name_like(text: str, u: Unit) -> bool:
    """A short unit that may hold (part of) a name: a names line, or a short heading."""
    if u.hint is not None:
        return False  # set in heading type: not a name
    if u.kind == "names":
        return True
    return u.kind == "heading" and len(u.pieces) == 1 and u.end - u.start <= 4


def _merge(units: list[Unit], i: int, j: int, kind: UnitKind) -> Unit:
    first, last = units[i], units[j - 1]
    pieces = [p for u in units[i:j] for p in u.pieces]
    return Unit(
        first.start,
        last.end,
        first.line,
        pieces,
        kind=kind,
        body_start=last.end,
        body_end=last.end,
        last_line=last.last_line,
    )


def _merge_credits(
    text: str, units: list[Unit], reference: datetime.date | None = None
) -> list[Unit]:
    """Credits over several short lines become one byline; staff lines take the names
    printed under them; a signature split over two lines (``——编`` / ``者``) is one."""
    out: list[Unit] = []
    memo: dict[tuple[int, int], Any] = {}  # tokens of each line, read once for this page
    i, n = 0, len(units)
    j = 0  # end of the run of near name-like units after i: it only moves on (see below)
    while i < n:
        u = units[i]
        end_credit = _open_end_credit(text, units, i, reference)
        if end_credit is not None:
            out.append(end_credit)
            i = merged_end(units, end_credit, i)
            continue
        photo = _spread_photo_credit(text, units, i) if u.kind == "label" else None
        if photo is not None:
            out.append(photo)
            i = merged_end(units, photo, i)
            continue
        if u.kind in ("label", "names", "heading", "staff", "signature"):
            # Whether a unit continues the run depends on it and the one before, never on
            # where the run started, so the run found from an earlier start holds from this
            # one as far as it went: it is only extended (one pass over the page, not one
            # per start).
            j = max(j, i + 1)
            while (
                j < n
                and j - i < _MAX_CREDIT_LINES
                and _near(units[j - 1], units[j])
                and _name_like(text, units[j])
            ):
                j += 1
            if u.kind in ("staff", "signature"):
                if j > i + 1:
                    out.append(_merge(units, i, j, u.kind))
                    i = j
                    continue
            elif j > i + 1 or u.kind in ("label", "names"):
                # Runs only move on: keep the tokens of this run's lines, not the page's
                # (pruned when it has grown past a few runs' worth, not at every start).
                if len(memo) > 4 * _MAX_CREDIT_LINES:
                    memo = {p: memo[p] for v in units[i:j] for p in v.pieces if p in memo}
                merged = _credit_run(text, units, i, j, memo)
                if merged is not None:
                    out.append(merged)
                    i = merged_end(units, merged, i)
                    continue
            if u.kind == "names" and len(text[u.start : u.end].strip()) > 1:
                u.kind = "heading"
        out.append(u)
        i += 1
    return out


#: The most units a photo credit printed one piece to a line takes (label, two characters
#: of a letter-spaced name, 摄).
_SPREAD_CREDIT_UNITS = 5


def _spread_photo_credit(text: str, units: list[Unit], i: int) -> Unit | None:
    """A photo credit whose label, name and mark ``pdftotext`` printed one piece to a line
    (``本报记者`` / ``高睿凯摄``, ``新华社记者`` / ``黄`` / ``婧`` / ``摄``: the name set
    letter-spaced under a picture), read as one line: a credit unit, not a byline and a
    line of text (a byline stands over the text; a credit closing with 摄 names who took
    the picture)."""
    j = i + 1
    while (
        j < len(units)
        and j - i < _SPREAD_CREDIT_UNITS
        and _near(units[j - 1], units[j])
        and len(units[j].pieces) == 1
        and units[j].end - units[j].start <= 6
    ):
        last = text[units[j].start : units[j].end].rstrip(" ")
        if last.endswith(("摄", "攝")):
            a, b = units[i].start, units[j].end
            # The line breaks read as spaces (one for one, so the offsets hold).
            folded = text[:a] + text[a:b].replace("\n", " ") + text[b:]
            credit = find_photo_credit(folded, a, b)
            if credit is None or not credit.people:
                return None
            merged = _merge(units, i, j + 1, "credit")
            merged.credit = respan(credit, text)
            return merged
        j += 1
    return None


def _credit_end(text: str, u: Unit) -> int:
    """Where a dateline or byline opening unit ``u`` may end: its first line, or its second when the
    first breaks off inside the reporters' bracket (``新华社东京7月8日电（记者孙`` / ``勇）…``)
    and the second follows it in the text."""
    first_end = u.pieces[0][1]
    if not _wraps_on(text, u):
        return first_end  # (a column of -layout: other columns' text between the lines)
    line = text[u.start : first_end]
    if max(line.rfind("("), line.rfind("（")) <= max(line.rfind(")"), line.rfind("）")):
        return first_end
    return u.pieces[1][1]


def _wraps_on(text: str, u: Unit) -> bool:
    """Whether the first line of ``u`` runs on into its second, next in the text (not a
    column of -layout with other columns' text between)."""
    return (
        len(u.pieces) >= 2
        and u.pieces[0][1] <= u.pieces[1][0]  # (in reading order, not always page order)
        and not text[u.pieces[0][1] : u.pieces[1][0]].strip()
    )


def _wrapped_credits(text: str, units: list[Unit], reference: datetime.date | None) -> list[Unit]:
    """A short line over the next line of text that opens with the rest of a dateline or
    own-copy tag broken off at its end (``本报石家庄7月2`` / ``7日电（记者干海兵、…``: the
    line is short of the measure only because its half-width figures are narrow): the two
    are one paragraph, its credit read over the break."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        u = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        if (
            nxt is not None
            and u.kind == "heading"
            and nxt.kind in ("body", "heading")  # (日电（记者张云河） alone on its line)
            and len(u.pieces) == 1
            and nxt.line == u.line + 1
            and not text[u.end : nxt.start].strip()
            and find_wrapped_credit(text, u.start, nxt.pieces[0][1], reference=reference)
            != (None, None)
        ):
            merged = _merge(units, i, i + 2, "body")
            merged.body_start = merged.start
            out.append(_classify(text, merged, reference))
            i += 2
            continue
        out.append(u)
        i += 1
    return out


def _open_end_credit(
    text: str, units: list[Unit], i: int, reference: datetime.date | None
) -> Unit | None:
    """An end credit whose bracket opens on one line and closes on a later one:
    ``（新华社北京10月19日电`` / ``记者王五、赵六）``."""
    u = units[i]
    if len(u.pieces) != 1 or text[u.start] not in "(（":
        return None
    s = text[u.start : u.end]
    if s.count("(") + s.count("（") <= s.count(")") + s.count("）"):
        return None
    for j in range(i + 1, min(i + 4, len(units))):
        if not _near(units[j - 1], units[j]) or len(units[j].pieces) != 1:
            return None
        last = text[units[j].start : units[j].end]
        if last.endswith((")", "）")):
            found = find_end_credit(text, u.start, units[j].end, reference=reference)
            if found is None:
                return None
            merged = _merge(units, i, j + 1, "endcredit")
            merged.dateline, merged.byline = found
            return merged
    return None


def merged_end(units: list[Unit], merged: Unit, i: int) -> int:
    """Index of the first unit after ``merged`` (which starts at ``units[i]``)."""
    j, n = i, 0
    while j < len(units) and n < len(merged.pieces):
        n += len(units[j].pieces)
        j += 1
    return j


def _credit_run(
    text: str, units: list[Unit], i: int, j: int, memo: dict[tuple[int, int], Any]
) -> Unit | None:
    """The longest run ``units[i:k]`` (k <= j) read as one credit, or ``None``.

    A bare run (no label) must be at least one whole person-shaped name; a run of headings
    alone is not a credit (a short headline is not a name).
    """
    ranges = [p for u in units[i:j] for p in u.pieces]
    counts = [len(u.pieces) for u in units[i:j]]
    n = credit_prefix_ranges(text, ranges, memo)
    k, used = i, 0
    while k < j and used + counts[k - i] <= n:
        used += counts[k - i]
        k += 1
    if k == i or all(u.kind == "heading" for u in units[i:k]):
        return None
    by = read_credit_pieces(text, [Span.of(text, s, e) for s, e in ranges[:used]])
    if by is None:
        return None
    merged = _merge(units, i, k, "byline")
    merged.byline = by
    return merged


#: Roles a line may carry from its type (size, weight, position), e.g. from a PDF.
HEADING_ROLES = frozenset({"headline", "kicker", "subtitle", "heading"})


def _split_by_roles(
    text: str, units: list[Unit], roles: Sequence[tuple[int, int, str]]
) -> list[Unit]:
    """A row read as wrapped over lines that the type shows are not one paragraph or title
    (a page of short lines, from a PDF, read as a hard-wrapped text) is cut before each
    line in another role than the line above (a staff line over a headline) and before
    each line of text set in body type (each is a paragraph: :func:`paper_parser.pdf`
    writes a paragraph as one line); a title's lines stay one row."""
    starts = [s for s, _, _ in roles]

    def role_at(pos: int) -> str | None:
        k = bisect.bisect_right(starts, pos) - 1
        return roles[k][2] if k >= 0 and pos < max(roles[k][1], roles[k][0] + 1) else None

    out: list[Unit] = []
    for u in units:
        n = len(u.pieces)
        tags = [role_at(s) for s, _ in u.pieces] if n > 1 else []
        cuts = [j for j in range(1, n) if tags[j] != tags[j - 1] or tags[j] not in HEADING_ROLES]
        lines = [u.line + text.count("\n", u.start, s) for s, _ in u.pieces] if cuts else []
        if not cuts or lines[-1] != u.last_line:
            out.append(u)
            continue
        for i, j in itertools.pairwise([0, *cuts, n]):
            ps = u.pieces[i:j]
            out.append(Unit(ps[0][0], ps[-1][1], lines[i], ps, last_line=lines[j - 1]))
    return out


def _apply_roles(units: list[Unit], roles: Sequence[tuple[int, int, str]]) -> None:
    """Let line roles from type decide headings: a unit whose first piece starts on a line
    given a heading role is a heading with that role; one on a body line is never a
    heading. Credits, source lines and furniture keep their kinds, save a dash line the
    type sets as a subtitle under a headline (not a signature); a line of display type (an
    advertisement, :mod:`paper_parser.pdf`) is furniture."""
    starts = [s for s, _, _ in roles]
    for u in units:
        k = bisect.bisect_right(starts, u.start) - 1
        if k < 0 or not roles[k][0] <= u.start < max(roles[k][1], roles[k][0] + 1):
            continue
        role = roles[k][2]
        if role == "display":  # display type in a frame (an advertisement): no article's
            u.kind, u.byline, u.dateline = "footer", None, None
            continue
        if role == "subtitle" and u.kind == "signature" and len(u.pieces) == 1:
            # ——千亩良田 under a headline, in a subtitle's type: no signature (a lone line
            # of larger type closing an editor's note, ——编 者, is no subtitle)
            u.kind, u.hint = "heading", role
            continue
        if u.kind not in ("body", "heading") or u.byline or u.dateline or u.trailer:
            continue  # credits, notes, source lines and furniture keep their kinds
        if role in HEADING_ROLES and len(u.pieces) == 1:
            u.kind, u.hint = "heading", role
        elif role == "body" and u.kind == "heading":
            u.kind = "body"


def _numbered_items(text: str, units: list[Unit], reference: datetime.date | None) -> list[Unit]:
    """Items listed first as numbered titles and then printed title and text on one line.

    An archive page lists its titles (``1. 引题 主题 副题``) and prints each item as
    ``第1版()专栏: 引题 主题 副题 本报讯 …``: the same title again, then its text. The
    numbered line is the page's navigation; in the item's line the label before the title is
    furniture, the title's parts (its printed lines, joined by spaces) are heading lines, and
    the rest is read as any line is (dateline, byline, body).
    """
    out: list[Unit] = []
    i, n = 0, len(units)
    listed = 0  # the number of the last numbered title read over its own text
    while i < n:
        u = units[i]
        m = (
            _NUMBERED_RE.fullmatch(text, u.start, u.end)
            if len(u.pieces) == 1 and text[u.start : u.end].lstrip(" ")[:1] in _DIGITS
            else None
        )
        nxt = units[i + 1] if i + 1 < n else None
        at = -1
        if m is not None and nxt is not None and len(nxt.pieces) == 1:
            at, end = _repeated_title(text, m.group("title").rstrip(" "), nxt)
        if m is not None and at < 0 and u.kind == "heading":
            listed = _listed_item(text, out, u, m, listed)
            i += 1
            continue
        if m is None or nxt is None or at < 0 or end >= nxt.end:
            out.append(u)
            i += 1
            continue
        u.kind = "nav"
        out.append(u)
        line = nxt.line
        ls, le = _strip(text, nxt.start, at)
        field = _ITEM_COLUMN_RE.fullmatch(text, ls, le) if ls < le else None
        if field is not None:
            ns, ne = _strip(text, ls, field.end("label"))
            out.append(Unit(ns, ne, line, [(ns, ne)], kind="nav", last_line=line))
            cs, ce = field.span("name")
            name = Unit(cs, ce, line, [(cs, ce)], kind="heading", last_line=line)
            name.column = True
            name.body_start, name.body_end = cs, ce
            out.append(name)
        elif ls < le:
            out.append(Unit(ls, le, line, [(ls, le)], kind="nav", last_line=line))
        for s, e in _title_parts(text, at, end):
            out.append(Unit(s, e, line, [(s, e)], kind="heading", last_line=line))
        rs, re_ = _strip(text, end, nxt.end)
        cut = _item_credit_end(text, rs, re_)
        if cut:
            out.append(_classify(text, Unit(rs, cut, line, [(rs, cut)], last_line=line), reference))
            rs, re_ = _strip(text, cut, re_)
        for k, (ps, pe) in enumerate(_item_paragraphs(text, rs, re_)):
            part = _classify(text, Unit(ps, pe, line, [(ps, pe)], last_line=line), reference)
            if part.kind == "body" and _PICTURE_MARK_RE.match(text, ps, pe) is not None:
                # (附图片) and the picture's caption, printed under the text: no text of it
                # (a caption closed by its credit is read as one already: kind "credit")
                part.kind = "caption"
            elif k and part.kind in ("dateline", "byline"):
                # (the item's one text: a second report under its title, 新华社北京7月31日电
                # …, goes on with it; the item's head, not a dateline, starts the next)
                part.kind = "body"
                part.body_start, part.body_end = ps, pe
            out.append(part)
        i += 2
    return out


# Where an archive item's text breaks between printed paragraphs: spaces after a sentence's
# end, or the mark of the item's picture (附图片), which opens the picture's caption.
_ITEM_BREAK_RE = _rx.compile(
    r"(?<=[。！？!?][”’」』\"')）]?+)[ ]++(?=\S)|(?=[(（]附(?:图片|圖片|照片)[)）])"
)
_PICTURE_MARK_RE = _rx.compile(r"[(（]附(?:图片|圖片|照片)[)）]")


def _item_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The printed paragraphs of an archive item's text: the archive joins an item's lines
    with spaces, so a space after the end of a sentence is a paragraph's end (a space inside
    a sentence, as between a dateline and its text, is not), and the mark of a picture
    (``(附图片)``) opens the caption printed after the text."""
    out: list[tuple[int, int]] = []
    at = start
    for m in _ITEM_BREAK_RE.finditer(text, start, end):
        s, e = _strip(text, at, m.start())
        if s < e:
            out.append((s, e))
        at = m.end()
    s, e = _strip(text, at, end)
    if s < e:
        out.append((s, e))
    return out


#: How far into an archive item's text its credit may run (``本报记者 王某 李某某``).
_ITEM_CREDIT_MAX = 30
_SPACE_RUN_RE = _rx.compile(r"[ ]++")


def _item_credit_end(text: str, start: int, end: int) -> int:
    """Where the credit opening an archive item's text ends, or 0. The archive joins the
    item's printed lines with spaces (title lines, then credit, then paragraphs), so a
    byline printed on a line of its own over the text (``本报记者曾坤 颜世贵 古都北京,…``)
    is the longest run of its first space-separated parts that reads whole as a byline; the
    text after it is the item's first paragraph."""
    best = 0
    hi = min(end, start + _ITEM_CREDIT_MAX)
    for gap in _SPACE_RUN_RE.finditer(text, start, hi):
        by = find_byline(text, start, gap.start())
        if by is not None and by.people and by.span.end == gap.start():
            best = gap.start()
    return best if best and _strip(text, best, end)[0] < end else 0


def _listed_item(text: str, out: list[Unit], u: Unit, m: regex.Match[str], listed: int) -> int:
    """A numbered title over its own text (``1. 欧共体计划…`` / its text / ``2. …``): the
    titles of a page's list of items when the numbers run 1, 2, 3 … with the first heading
    no text (nothing above it but furniture); the number is the list's, not the title's.
    Returns the number read (0 when the line is no such item)."""
    number = int(text[u.start : m.start("title")].strip(" .．、"))
    first = number == 1 and all(x.kind in ("nav", "invisible", "staff") for x in out)
    if number != listed + 1 or (listed == 0 and not first):
        out.append(u)
        return 0
    ts = m.start("title")
    ns, ne = _strip(text, u.start, ts)
    out.append(Unit(ns, ne, u.line, [(ns, ne)], kind="nav", last_line=u.line))
    ts, te = _strip(text, ts, u.end)
    out.append(Unit(ts, te, u.line, [(ts, te)], kind="heading", last_line=u.line, item=True))
    return number


def _repeated_title(text: str, title: str, nxt: Unit) -> tuple[int, int]:
    """Where ``title`` (a numbered list's entry) is printed again near the start of ``nxt``:
    ``(start, end)``, or ``(-1, -1)``. The list may print the title's lines run together
    where the item's line keeps a space between them (``之十一加快…`` / ``之十一 加快…``),
    so white space is not compared; the match starts within :data:`_REPEAT_AT` characters."""
    head = _ITEM_HEAD_FIELD_RE.match(text, nxt.start, nxt.end)
    reach = nxt.start + _REPEAT_AT + (0 if head is None else head.end() - nxt.start)
    hi = min(nxt.end, reach + len(title))
    at = text.find(title, nxt.start, hi)
    if at >= 0:
        return at, at + len(title)
    want = title.replace(" ", "")
    if not want:
        return -1, -1
    at = text.find(want[0], nxt.start, min(nxt.end, reach))
    while at >= 0:
        k, pos = 0, at
        while pos < nxt.end and k < len(want):
            if text[pos] == want[k]:
                k += 1
            elif text[pos] != " ":
                break
            pos += 1
        if k == len(want):
            return at, pos
        at = text.find(want[0], at + 1, min(nxt.end, reach))
    return -1, -1


#: A title part this short (``学理论 抓路线 鼓干劲``) is a phrase of a printed line, not a line.
_SHORT_PART = 3


def _title_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The printed lines of a title whose lines the archive joined with spaces: its parts,
    a run of parts of at most :data:`_SHORT_PART` characters (parallel phrases of one line,
    ``学理论 抓路线 鼓干劲 发扬连续作战的革命精神``) going with the part after it."""
    out: list[tuple[int, int]] = []
    lead = -1  # the start of a run of short parts waiting for the part after it
    for part in _PART_RE.finditer(text, start, end):
        s, e = part.span()
        if lead < 0:
            lead = s
        if e - s > _SHORT_PART:
            out.append((lead, e))
            lead = -1
    if lead >= 0:
        if out:
            out[-1] = (out[-1][0], end)
        else:
            out.append((lead, end))
    return out


# A title printed at the head of its text's line, three spaces or more before the text
# (``山东首批重点人群接种新冠疫苗 目前主要用于…   1月1日起,我国…``), as an e-paper's list of
# a page's articles prints them.
_RUN_IN_GAP_RE = _rx.compile(r"[ ]{3,}+")
_RUN_IN_MIN_TEXT = 20
# (a comma between a digit and three more groups a number's thousands, 1,200: no clause)
_CLAUSE_RE = _rx.compile(r"，|(?<![0-9]),|,(?![0-9]{3})")
_TITLE_HAN_MIN = 6


def _run_in_title(text: str, u: Unit) -> int:
    """The end of a title printed at the head of the unit's line, or -1."""
    if u.kind not in ("body", "heading") or len(u.pieces) != 1 or u.trailer is not None:
        return -1
    if u.kind == "heading":
        # (a first line of text cut short where its column ends reads as a heading; a
        # longer one, title 【本報訊】text…, is read as the title and its lead later on)
        return _title_before_tag(text, u)
    tagged = _title_before_tag(text, u)
    if tagged >= 0:
        return tagged
    gap = _RUN_IN_GAP_RE.search(text, u.start, min(u.end, u.start + _MAX_HEADING + 8))
    if gap is None:
        return _title_over_measure(text, u)
    if u.end - gap.end() < _RUN_IN_MIN_TEXT:
        return -1
    head = text[u.start : gap.start()]
    rest = text[gap.end() : u.end]
    if (
        not is_heading(head)
        or len(HAN_RE.findall(head)) < 4
        or rest[0] in CONT_START
        or not any(c in _TEXT_PUNCT for c in rest)
        or (_may_be_nav(head) and _NAV_RE.fullmatch(head))
        or find_byline(text, u.start, gap.start()) is not None
        or find_dateline(text, u.start, gap.start()) is not None
        or find_source_line(text, u.start, u.end) is not None
    ):
        return -1
    return gap.start()


# A space, then the bracket of an own-copy tag opening the text (【看中國綜合報導】).
_TAG_AFTER_RE = _rx.compile(r"[ ]++(?=[【〔\[(（])")
#: The paper's own-copy tag in round brackets, as overseas papers print it to open a story
#: (``(綜合報道)``, ``(本報訊)``): the bracket of a tag, not of a remark, when it holds only
#: the paper (本報), a compilation (綜合) and the word for a report.
_ROUND_OWN_RE = _rx.compile(
    r"[(（](?:本報|本报)?+(?:綜合|综合)?+(?:訊|讯|報道|报道|報導|报导)[)）]"
)
#: A comma between digits groups a number's thousands (1,200): no clause mark.
_DIGIT_COMMA_RE = _rx.compile(r"(?<=[0-9]),(?=[0-9]{3})")
#: What may close a title (a question, an exclamation): no sentence of text for that.
_TITLE_FINAL = "?!？！"
#: The fewest Han characters of a title before a tag: four (方便旅客, 敬告讀者), as many as
#: a title takes; the tag after it says the text starts there.
_TAG_TITLE_HAN_MIN = 4


def _title_before_tag(text: str, u: Unit) -> int:
    """The end of a title line a text layer ran into the first line of its text, which
    opens with the bracketed own-copy tag (``或將影響香港未來格局 【看中國綜合報導】5月21日…``),
    or -1: a tag opens a story's text, so a phrase before it on its line is no text but a
    title line (one phrase of a title's shape, no punctuation)."""
    m = _TAG_AFTER_RE.search(text, u.start, min(u.end, u.start + _MAX_HEADING + 2))
    if m is None:
        return -1
    head = _DIGIT_COMMA_RE.sub("", text[u.start : m.start()])
    if (
        any(c in _TEXT_PUNCT for c in head.rstrip(_TITLE_FINAL))
        or len(HAN_RE.findall(head)) < _TAG_TITLE_HAN_MIN
        or not is_heading(head.rstrip(_TITLE_FINAL) or head)
        or (
            _ROUND_OWN_RE.match(text, m.end(), u.end) is None
            and (text[m.end()] in "(（" or find_dateline(text, m.end(), u.end) is None)
            and (text[m.end()] in "(（" or find_byline(text, m.end(), u.end) is None)
        )
    ):
        return -1
    return m.start()


#: A column's measure in characters (the fewest), the lines of text read to find it, and
#: how many of them may fall short of it (a paragraph's last line).
_MEASURE_MIN = 12
_MEASURE_LINES = 4
_MEASURE_SLACK = 4


def _title_over_measure(text: str, u: Unit) -> int:
    """The end of a title a text layer joined, with single spaces, to the column's lines
    of text under it (``大本营攻陷 卡札菲誓决生死战 在大本营官邸遭攻陷后行踪未明的利比亚
    狂人卡扎菲,周三通过…``), or -1.

    Lines of text run to their column's measure (all but a paragraph's last); a title's
    lines are set in bigger type, so fewer characters fill them. Two or three leading parts
    with no punctuation, each at most half as long as the measure the parts after them
    keep, before four lines of text or more: those parts are the title's lines. (A section
    head glued to its paragraph is one part; it stays with the text.)"""
    parts = _latin_joined([m.span() for m in _PART_RE.finditer(text, u.start, u.end)], text)
    lens = [e - s for s, e in parts]
    for k in (2, 3):
        body = lens[k:-1]  # (the last part may be cut short: the line's end)
        if len(body) < _MEASURE_LINES:
            return -1
        measure = sorted(body)[len(body) // 2]
        full = sum(1 for x in body if abs(x - measure) <= _MEASURE_SLACK)
        if measure < _MEASURE_MIN or full * 4 < len(body) * 3:
            continue
        head = text[parts[0][0] : parts[k - 1][1]]
        if (
            all(2 * x <= measure for x in lens[:k])
            and lens[k] > measure // 2
            and not any(c in _TEXT_PUNCT for c in head)
            and len(HAN_RE.findall(head)) >= _TITLE_HAN_MIN
            and is_heading(head)
            and text[parts[k][0]] not in CONT_START
        ):
            return parts[k - 1][1]
    return -1


def _latin_joined(parts: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """``parts`` with those one space apart between two Latin letters as one: the layer
    joins a column's lines with a space, but a space between Latin letters is a word space
    of the line (莫纳什大学副校长Ed Byrne警告说), so it tells no line's end."""
    out: list[tuple[int, int]] = []
    for s, e in parts:
        if (
            out
            and s - out[-1][1] == 1
            and text[s - 1] == " "
            and text[s - 2 : s - 1].isascii()
            and text[s - 2].isalpha()
            and text[s].isascii()
            and text[s].isalpha()
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _title_split(text: str, start: int, end: int) -> int:
    """Where a one-line title's 副题 starts after a space (``新冠病毒疫苗接种须知 接种年龄为18至
    59岁,这些人群需注意``): at the first space whose right side holds a comma and left side
    none (a subtitle explains in clauses, a title is one phrase); -1 when there is none."""
    at = text.find(" ", start, end)
    while at >= 0:
        if (
            len(HAN_RE.findall(text, start, at)) >= 4
            and _CLAUSE_RE.search(text, at, end)
            and not _CLAUSE_RE.search(text, start, at)
        ):
            return at
        at = text.find(" ", at + 1, end)
    return -1


# A list item's date and credit after its title on the title's line (… 2024年03月13日|文:X):
# a list page's meta, cut off the title.
_LIST_META_TAIL_RE = _rx.compile(
    r"(?<=[^ ])[ ]++[0-9]{4}(?:年[0-9]{1,2}月[0-9]{1,2}日|[-/.][0-9]{1,2}[-/.][0-9]{1,2})"
    r"(?:[ ]++[0-9]{1,2}:[0-9]{2})?+[ ]*+[|｜][ ]*+(?:文|作者|記者|记者|撰文)[ ]*+[:：]"
    r"[^|｜\n]{1,24}+\Z"
)


def _split_fields(text: str, units: list[Unit]) -> list[Unit]:
    """Cut furniture off the lines that hold it with words: pipes closing a line (a table
    left in the copy), a list item's date and credit after its title (the title a heading
    that starts an item, :attr:`Unit.item`), and the label of a column's form field
    (``专栏:`` of ``专栏:福建通讯``, the name a column label, :attr:`Unit.column`). Both parts
    keep their characters."""
    out: list[Unit] = []
    for u in units:
        if len(u.pieces) != 1 or u.kind in ("nav", "footer", "invisible"):
            out.append(u)
            continue
        core = text[u.start : u.end].strip(" ")  # (the cheap tests first: its ends)
        tail = _TABLE_TAIL_RE.search(text, u.start, u.end) if core[-1:] in "|｜" else None
        listed = None
        if tail is None and ("|" in core or "｜" in core):
            listed = _LIST_META_TAIL_RE.search(text, u.start, u.end)
            if listed is not None and _SENTENCE_INSIDE_RE.search(text, u.start, listed.start()):
                listed = None  # (a sentence before it: text, no list item's title)
        if listed is not None:
            # The title of a list's item, its date and credit after it: an item starts.
            hs, he = _strip(text, u.start, listed.start())
            head = Unit(hs, he, u.line, [(hs, he)], kind="heading", last_line=u.line)
            head.body_start, head.body_end, head.item = hs, he, True
            rs, re_ = _strip(text, listed.start(), u.end)
            out.extend((head, Unit(rs, re_, u.line, [(rs, re_)], kind="nav", last_line=u.line)))
            continue
        field = (
            _COLUMN_FIELD_RE.fullmatch(text, u.start, u.end)
            if tail is None and core[:1] in "专專栏欄"
            else None
        )
        if tail is not None:
            hs, he = _strip(text, u.start, tail.start())
            if hs < he:
                out.append(
                    _classify(text, Unit(hs, he, u.line, [(hs, he)], last_line=u.line), None)
                )
            rs, re_ = _strip(text, tail.start(), u.end)
            out.append(Unit(rs, re_, u.line, [(rs, re_)], kind="nav", last_line=u.line))
        elif field is not None:
            hs, he = _strip(text, u.start, field.start("name"))
            out.append(Unit(hs, he, u.line, [(hs, he)], kind="nav", last_line=u.line))
            rs, re_ = _strip(text, field.start("name"), u.end)
            name = Unit(rs, re_, u.line, [(rs, re_)], kind="heading", last_line=u.line)
            name.column = True
            name.body_start, name.body_end = rs, re_
            out.append(name)
        else:
            out.append(u)
    return out


def _run_in_titles(text: str, units: list[Unit], reference: datetime.date | None) -> list[Unit]:
    """Units of a line holding a title and then, after a wide gap, its text: the title (or
    title and 副题) as heading units marked :attr:`Unit.runin`, then the text classified as
    any line is."""
    out: list[Unit] = []
    for u in units:
        # (a title stands over its byline, never under it: the line under a credit is text)
        credited = bool(out) and out[-1].kind in ("byline", "dateline")
        cut = -1 if credited else _run_in_title(text, u)
        if cut < 0:
            out.append(u)
            continue
        line = u.line
        sub = _title_split(text, u.start, cut)
        heads = [(u.start, cut)] if sub < 0 else [(u.start, sub), _strip(text, sub, cut)]
        # (only a title cut before its text's tag: the tag says where the title ends)
        upper = _upper_title_line(text, out, u) if _TAG_AFTER_RE.match(text, cut) else None
        for s, e in heads:
            head = Unit(s, e, line, [(s, e)], kind="heading", last_line=line, runin=True)
            head.title = upper is not None
            out.append(head)
        rs, re_ = _strip(text, cut, u.end)
        rest = Unit(rs, re_, line, [(rs, re_)], last_line=line)
        out.append(_classify(text, rest, reference))
    return out


def _upper_title_line(text: str, out: list[Unit], u: Unit) -> Unit | None:
    """The title line right above a title run into its text's line, marked as the same
    title group's upper line (its kicker), or None. A title of two lines stands over its
    text; the layer runs only the lower one into the text (``去年事故涉軟件供應商`` /
    ``電訊不被歸責 【本報訊】…``), so the line above, a heading of the title's shape on the
    line right before (no date or figure opening it, as a page head's date line has), is
    that title's line, not an item of its own."""
    if not out:
        return None
    above = out[-1]
    if (
        above.kind != "heading"
        or above.runin
        or above.title
        or len(above.pieces) != 1
        or u.line - above.last_line != 1
        or not text[above.start].isalpha()
        or len(HAN_RE.findall(text, above.start, above.end)) < _TAG_TITLE_HAN_MIN
        or not is_heading(text[above.start : above.end])
    ):
        return None
    above.title = above.kicker = True
    return above


def make_units(
    page: Page,
    holes: Sequence[tuple[int, int]],
    reference: datetime.date | None,
    roles: Sequence[tuple[int, int, str]] = (),
) -> list[Unit]:
    """The page's units in reading order, classified and with multi-line credits merged;
    ``roles`` (sorted ``(start, end, role)`` of printed lines) carry evidence from type."""
    text = page.original
    raw = _raw_units(page, holes)
    if roles:
        raw = _split_by_roles(text, raw, roles)
    classified = [_classify(text, u, reference) for u in raw]
    if page.wrap_width is not None:
        classified = _broken_titles(text, classified)
        if page.shape != "layout-columns":
            _short_blocks(page, classified)
    units = _numbered_items(text, _wrapped_credits(text, classified, reference), reference)
    units = _split_fields(text, units)
    if page.shape != "layout-columns":
        units = _run_in_titles(text, units, reference)
    if roles:
        _apply_roles(units, roles)
    units = _dash_subtitles(_merge_credits(text, units, reference))
    layered = _layer_shapes(text, _web_shapes(text, _display_tags(text, units)))
    if page.shape == "paragraph-per-line":
        # (on a page hard-wrapped at one measure, the measure tells text lines: _classify_short)
        layered = _column_lines(text, layered)
    return _names_under_subtitles(text, layered)


def _broken_titles(text: str, units: list[Unit]) -> list[Unit]:
    """Two short lines one right under the other that read as one heading only together
    (``济南起步区:“未`` / ``来之城”崛起成势``: a title wrapped inside its quotation marks
    or brackets, each line alone unbalanced) are that title's lines, not body text.

    A headline set in large type over a narrow column wraps wherever its width runs out;
    a paragraph's line is short of the measure only where the paragraph ends, so two short
    lines in a row, neither of them at the measure, are no paragraph's lines (on a
    hard-wrapped page: without a measure, short lines say nothing). The pair
    must stand apart as a block: after a blank line or a finished sentence, and with no
    third short line going on under it (a column narrower than the page's measure, whose
    lines are all short, is text). Right over a byline or a dateline the pair may run to
    the measure (titles over narrow columns fill them): body text does not stand between
    a title and its credit.
    """
    for k in range(len(units) - 1):
        u, v = units[k], units[k + 1]
        if (
            u.kind not in ("body", "heading")
            or v.kind not in ("body", "heading")
            or "body" not in (u.kind, v.kind)
            or v.line != u.line + 1
            or u.trailer is not None
            or v.trailer is not None
            or not broken_pair(text, u, v)
        ):
            continue
        above = units[k - 1] if k > 0 else None
        if (
            above is not None
            and above.last_line + 1 == u.line
            and text[above.end - 1] not in _PARA_END
        ):
            continue  # (a paragraph going on into the pair)
        below = units[k + 2] if k + 2 < len(units) and units[k + 2].line == v.line + 1 else None
        credited = below is not None and below.kind in ("byline", "dateline")
        if ((u.measure or v.measure) and not credited) or (
            below is not None
            and below.kind == "body"
            and len(below.pieces) == 1
            and not below.measure
        ):
            continue
        if is_heading(text[u.start : u.end] + text[v.start : v.end]):
            u.kind = v.kind = "heading"
    return _wrapped_titles(text, units)


def _short_blocks(page: Page, units: list[Unit]) -> None:
    """A block of two or three lines standing apart (blank lines above and below it, or
    its credit right under it) whose last line stops short of the measure, one phrase
    with no stop (``美苏两国外长二`` / ``十二日开始会谈``, seeds 106, 111, 717 of
    ``corpus/generated-real``): a title wrapped in its large type, not a paragraph.

    A paragraph ends with a stop, and only a paragraph broken at a column's foot goes on
    across a blank line, its last line then at the measure; a block whose last line is
    short and has no stop is neither. Short lines are weak evidence where columns differ
    in width, so the last line must be short of the measure of the nearest paragraphs
    above and below too (a narrow column's text runs to its own measure); and a block
    with a clause break in it (a comma, a semicolon: the mark of running text), or set in
    by a paragraph's indent, stays text."""
    text = page.original
    wrap = page.wrap_width
    for k, u in enumerate(units):
        if (
            wrap is None
            or u.kind != "body"
            or not 2 <= len(u.pieces) <= _WRAPPED_TITLE_LINES
            or u.trailer is not None
            or u.last_line - u.line != len(u.pieces) - 1
            or page.widths[u.last_line] >= wrap - 2
            or (k > 0 and units[k - 1].last_line + 1 >= u.line)  # (no blank line above)
            or 0 < u.start - text.rfind("\n", 0, u.start) - 1 <= _INDENT_MAX
        ):
            continue
        below = units[k + 1] if k + 1 < len(units) else None
        if (
            below is not None
            and below.line <= u.last_line + 1
            and below.kind not in ("byline", "dateline")
        ):
            continue  # (no blank line under it, and no credit)
        joined = "".join(text[a:b] for a, b in u.pieces).strip(" ")
        if not is_heading(joined) or any(c in _CLAUSE_BREAKS for c in joined):
            continue
        if joined[0] in "—―-":
            continue  # (a subtitle's dash: read with its title group's lines, or left as text)
        last = page.widths[u.last_line]
        if (
            last < _near_measure(page, units, k, -1) - 2
            and last < _near_measure(page, units, k, 1) - 2
        ):
            u.kind = "heading"


_CLAUSE_BREAKS = frozenset("，,；;")
#: The widest indent of a paragraph's first line (in characters: two ideographic spaces,
#: or four half-width ones); a title is centred further in, or not set in at all.
_INDENT_MAX = 4
#: How many units away from a block the paragraph giving its column's measure is sought.
_NEAR_UNITS = 3


def _near_measure(page: Page, units: list[Unit], k: int, step: int) -> int:
    """The measure of the nearest paragraph of two lines or more before (``step`` -1) or
    after (1) ``units[k]``, within :data:`_NEAR_UNITS`: the widest of its lines but the
    last (those run to their column's measure); a large number when there is none."""
    for j in range(k + step, k + step * (_NEAR_UNITS + 1), step):
        if not 0 <= j < len(units):
            break
        v = units[j]
        if v.kind == "body" and len(v.pieces) > 1 and v.last_line - v.line == len(v.pieces) - 1:
            return max(page.widths[n] for n in range(v.line, v.last_line))
    return 1 << 30


#: The most lines of a title wrapped to a column's measure.
_WRAPPED_TITLE_LINES = 3


def _wrapped_titles(text: str, units: list[Unit]) -> list[Unit]:
    """A block of two or three lines wrapped to the measure, one phrase with no stop in it
    or at its end, right over a byline or a dateline (``王沪宁主持召开全`` / ``国政协主席会议``
    / ``新华社拉萨5月12日电…``): a title as wide as its column, wrapped, over its credit;
    not a paragraph (body text ends with a stop, and does not stand between a title and
    its credit). It must stand apart: at the top of its block or under a finished
    sentence. A line opening with a dash in it starts the title's subtitle (相信上海不久
    会恢复热闹 / ——优化区域经济布局…): the block is cut there."""
    out: list[Unit] = []
    for k in range(len(units)):
        out.extend(_wrapped_title(text, units, k))
    return out


def _wrapped_title(text: str, units: list[Unit], k: int) -> list[Unit]:
    """``units[k]`` as :func:`_wrapped_titles` reads it: itself, or a title (cut before
    a dash line into title and subtitle)."""
    u = units[k]
    below = units[k + 1] if k + 1 < len(units) else None
    if (
        below is None
        or u.kind != "body"
        or not 2 <= len(u.pieces) <= _WRAPPED_TITLE_LINES
        or below.kind not in ("byline", "dateline")
        or below.line != u.last_line + 1
        or u.trailer is not None
        or any(b - a > _MAX_HEADING for a, b in u.pieces)
    ):
        return [u]
    above = units[k - 1] if k > 0 else None
    if above is not None and above.last_line + 1 == u.line and text[above.end - 1] not in _PARA_END:
        return [u]
    if not is_heading("".join(text[a:b] for a, b in u.pieces).strip(" ")):
        return [u]
    u.kind = "heading"
    cut = next((j for j in range(1, len(u.pieces)) if text[u.pieces[j][0]] in "—―"), None)
    if cut is None:
        return [u]
    parts = [u.pieces[:cut], u.pieces[cut:]]
    out: list[Unit] = []
    for ps in parts:
        first = u.line + text.count("\n", u.start, ps[0][0])
        last = u.line + text.count("\n", u.start, ps[-1][0])
        out.append(Unit(ps[0][0], ps[-1][1], first, list(ps), kind="heading", last_line=last))
        out[-1].body_start, out[-1].body_end = out[-1].start, out[-1].end
    return out


def broken_pair(text: str, u: Unit, v: Unit) -> bool:
    """Whether one-line units ``u`` and ``v`` are one phrase broken over two lines inside
    its quotation marks or brackets (not both balanced alone, balanced together), or one
    title of two clauses broken after the first one's comma (``回望“十四五”，`` /
    ``想起总书记这句话``: a title's line ends with a comma only where the title wraps, the
    second clause closing it with no stop), or a title the text layer wrapped before its
    colon (``中医药管理局`` / ``:熊胆入药尚``: no line opens with a colon, which closes the
    words before it; the second line is the rest of the first)."""
    if len(u.pieces) != 1 or len(v.pieces) != 1:
        return False
    first, second = text[u.start : u.end], text[v.start : v.end]
    if second[:1] in _COLON_START and first[-1:] not in CONT_START:
        return _balanced(first) and _balanced(second) and is_heading(first + second)
    if first[-1:] in "，," and _balanced(first) and is_heading(first + second):
        return "，" not in second and "," not in second
    return not (_balanced(first) and _balanced(second)) and _balanced(first + second)


# Punctuation no menu entry holds (an entry is a name: 今日芜湖, 兩岸新聞, NBA台灣).
_MENU_PUNCT = frozenset("，。、；：！？,.;:!?“”‘’《》()（）「」『』…—-·|｜/")
#: The longest entry of a menu (characters other than spaces).
_MENU_ENTRY = 6
#: How many entries make a menu: on one line, and as lines one under another.
_MENU_ON_LINE = 4
_MENU_LINES = 5
# A caption's own label opening a line: 图说:, 图片说明:, 图注: (图为… opens the text of photo
# news, and 右图: points at a picture from inside the text: both stay body).
_CAPTION_LABEL_RE = _rx.compile(r"[ ]*+(?:图片说明|圖片說明|图说|圖說|图注|圖註)[ ]*+[:：]")


# What separates a menu's entries on one line: spaces, bars.
_MENU_SEP_RE = _rx.compile(r"[ |｜]++")
# A link of a few Latin letters alone on a line of a Chinese page (EN, RSS, seo): a
# language switch or a feed, never a title.
_LINK_RE = _rx.compile(r"[ ]*+[A-Za-z]{1,4}+[ ]*+")
_LINK_MAX = 4
# One Latin word alone on a line with no Han character (Share, Follow, Download,
# Publications, FREE!): a document site's buttons and labels, or an advert's word; the
# title of a Chinese story is Chinese, and none is one English word.
_BUTTON_RE = _rx.compile(r"[ ]*+[A-Za-z][a-z]*+!?+[ ]*+|[ ]*+[A-Z]++!?+[ ]*+")
_BUTTON_MAX = 16
# A word longer than a menu's entry (a line holding one is no menu).
_LONG_WORD_RE = _rx.std_compile(f"[^ |｜]{{{_MENU_ENTRY + 1}}}")


def _menu_entry(s: str) -> bool:
    s = s.strip(" ")
    return 0 < len(s) <= _MENU_ENTRY and not any(c in _MENU_PUNCT for c in s)


def _letter_spaced(parts: list[str]) -> bool:
    """Words of one Han character each: a title set with wide tracking (``全 市 新 建 学 校``,
    as an extractor spaces its glyphs), not a menu, whose entries are words."""
    return all(len(x) == 1 and HAN_RE.match(x) is not None for x in parts)


def _between_title_and_text(text: str, units: list[Unit], k: int) -> bool:
    """Whether unit ``k``, Chinese words side by side, stands right under a heading and
    right over a line of text: a title's last line there, whatever its shape. A printed
    title broken into display chunks comes out of a text layer as short words side by side
    (``港鐵物業收費 欠透明 不清 不楚``, ``擔心疫情 持續年半 多波爆發 新冠 肺炎``), the shape of
    a menu; but a site prints its menu above or beside the page's title, never between a
    title and the text it heads. A title's line holds a few words, none a credit's (a
    menu runs to more entries: ``即時 熱門 政治 軍武 社會 生活 …``; ``华商会 供稿 摄影 X`` is
    a picture's credit; an issue line, ``2020年 JUNE ISSUE #43``, holds words that are no
    Chinese)."""
    parts = [m.group() for m in _PART_RE.finditer(text, units[k].start, units[k].end)]
    return (
        0 < k < len(units) - 1
        and len(parts) <= _TITLE_CHUNKS
        and all(HAN_RE.search(x) for x in parts)
        and not any(_CREDIT_WORD_RE.search(x) for x in parts)
        and units[k - 1].kind == "heading"
        and units[k + 1].kind == "body"
        and units[k - 1].line < units[k].line < units[k + 1].line
    )


#: The most words side by side a title's line broken into display chunks holds.
_TITLE_CHUNKS = 5
# The words of a credit (who wrote, gave or took the picture): no title's words.
_CREDIT_WORD_RE = _rx.compile(r"供稿|供图|供圖|摄影|攝影|记者|記者|通讯员|通訊員|编辑|編輯")
#: A word of a display tag: two Han characters.
_TAG_WORD_RE = _rx.compile(r"\p{Han}{2}")


def _display_tags(text: str, units: list[Unit]) -> list[Unit]:
    """Cut a display tag off the title line that a text layer ran it into.

    A topic tag or a pair of display words is printed beside a title one word over the
    other (``新冠`` / ``肺炎``, ``不清`` / ``不楚``); a text layer appends its words to the
    title's line, each a two-character word after a space (``擔心疫情 持續年半 多波爆發
    新冠 肺炎``). On a title's last line, right over its text, two words or more of two
    characters each closing the line after longer words are the tag: furniture that may
    stand beside the title, not words of it."""
    out: list[Unit] = []
    for k, u in enumerate(units):
        out.append(u)
        if u.kind not in ("heading", "body") or len(u.pieces) != 1 or u.hint is not None:
            continue
        parts = [m.span() for m in _PART_RE.finditer(text, u.start, u.end)]
        if len(parts) < _MENU_ON_LINE or not _between_title_and_text(text, units, k):
            continue
        tag = len(parts)
        while tag > 0 and _TAG_WORD_RE.fullmatch(text, *parts[tag - 1]) is not None:
            tag -= 1
        if len(parts) - tag < 2 or tag < 2 or all(e - s <= 2 for s, e in parts[:tag]):
            continue
        head_end = parts[tag - 1][1]
        u.end, u.pieces, u.body_end, u.kind = head_end, [(u.start, head_end)], head_end, "heading"
        rest = Unit(parts[tag][0], parts[-1][1], u.line, [(parts[tag][0], parts[-1][1])])
        rest.kind, rest.passing, rest.last_line = "nav", True, u.last_line
        out.append(rest)
    return out


def _short_line(text: str, u: Unit) -> bool:
    """A one-line heading or body unit that reads as one menu entry (a line the type of a
    PDF calls a heading is one: type is better evidence than shape)."""
    return (
        u.kind in ("heading", "body")
        and u.hint is None
        and len(u.pieces) == 1
        and " " not in text[u.start : u.end].strip(" ")
        and _menu_entry(text[u.start : u.end])
    )


# A credit field of a meta line: 记者:罗水元, 作者:曹伟.
# (A list's bullet may stand between the label and the name: 作者:· 胡平.)
_META_CREDIT_RE = _rx.compile(r"(?:记者|記者|作者)[ ]*+[:：][ ]*+(?:[·•][ ]++)?+\p{Han}")
# A source field whose value is a credit: an outlet's 记者 and a name (来源：澎湃新闻记者 吕新文).
_CAME_FROM_CREDIT_RE = _rx.compile(
    r"[ ]*+(?:来源|來源|稿源)[ ]*+[:：][ ]*+\p{Han}{1,12}?(?:记者|記者)"
)
# Where the credit fields end: a further field that credits nobody, or the date.
_META_STOP_RE = _rx.compile(
    rf"[ ]++(?:{_META_LABEL}|编辑|編輯|责编|責編)[ ]*+[:：]|[ ]++[0-9]{{4}}"
)


def _meta_credit(text: str, u: Unit) -> None:
    """A meta line holding a credit field (``来源:新民晚报  记者:罗水元  作者:罗水元  编辑:X
    2024-12-07 13:29``) credits the article: the unit becomes its byline (each person once;
    an editor is staff, not an author)."""
    m = _META_CREDIT_RE.search(text, u.start, u.end)
    if m is not None:
        stop = _META_STOP_RE.search(text, m.end(), u.end)
        by = find_byline(text, m.start(), u.end if stop is None else stop.start())
    elif _CAME_FROM_CREDIT_RE.match(text, u.start, u.end) is not None:
        # 来源：澎湃新闻记者 吕新文: the source field holds the credit itself.
        by = find_byline(text, u.start, u.end)
    else:
        return
    if by is None or not by.people or not all(is_person_name(p.name) for p in by.people):
        return
    seen: set[str] = set()
    people = []
    for p in by.people:
        if p.name not in seen:
            seen.add(p.name)
            people.append(p)
    u.kind, u.byline = "byline", attrs.evolve(by, people=tuple(people))
    u.body_start = u.body_end = u.end


# A picture's number opening its caption: ①, ②.
_CIRCLED = frozenset("①②③④⑤⑥⑦⑧⑨⑩")


def _numbered_captions(text: str, visible: list[Unit]) -> None:
    """Short lines opening with a picture's number (``①不少居民趁周末到公园内游玩`` /
    ``②…``) between the title and the text are the pictures' captions, not section heads:
    a section head stands inside the text, after a paragraph."""
    i, n = 1, len(visible)
    while i < n:
        j = i
        while j < n and visible[j].kind == "heading" and text[visible[j].start] in _CIRCLED:
            j += 1
        if j > i and visible[i - 1].kind == "heading" and j < n and visible[j].kind == "body":
            for u in visible[i:j]:
                u.kind = "caption"
        i = j + 1


def _web_shapes(text: str, units: list[Unit]) -> list[Unit]:
    """Shapes every web page shares, whatever its site.

    * A menu is furniture wherever it stands: a line of four entries or more side by side,
      spaces or bars between (``今日芜湖 今日无为 今日芜湖县 今日繁昌 今日南陵``), or five
      lines or more one under another, each one entry (``今日頭條`` / ``專題`` / …); an
      entry is a name of at most six characters with no punctuation. (A title never runs
      past four lines, and its words are no list of names side by side.) So is a link of
      a few Latin letters alone on a line (``EN``, ``RSS``).
    * A line opening with a caption's own label (``图说:``) is a picture's caption; so are
      lines opening with a picture's number between the title and the text.
    * A heading that repeats an entry of the page's menu (``今日頭條`` over the title) is a
      section's label.
    * A meta line holding a credit field (``记者:X``) is the article's byline.
    * A line right above a meta line (``来源:X  date``) is the page's title even when it
      holds an exclamation inside (``“不管多晚都要看好晚报才休息!”…``), unless it ends a
      sentence. A title may ask or exclaim (``“用电视机看电视怎么这么费劲?”``) when a
      further title line stands under it (text under it makes it the text's first line),
      but not over a title whose type a PDF gave (a line in body type is no title line).
    * A heading right above a title opening with a list's bullet (``即时新闻`` over
      ``• 老书店办雅集…``), or above a title that repeats it before a bar (``記者觀察`` over
      ``記者觀察|後疫情時代…``), is the list's label, not the item's kicker.
    * A line of a title's shape followed by a bar and a short tag (``…敵對｜Yahoo``,
      ``…操碎了心丨关注``) is a page's title carrying its site's or account's tag.
    * A link to the rest (``更多``, ``詳情#``), an image's stand-in (``暂无图片``, ``![]()``)
      and the page's buttons (``- +1``) are furniture (see :data:`_WEB_FURNITURE_RE`).
    """
    n = len(units)
    for k, u in enumerate(units):
        if u.kind not in ("heading", "body") or len(u.pieces) != 1:
            continue
        s = text[u.start : u.end]
        # (the cheap tests first: a word longer than an entry is in most lines)
        parts = [] if _LONG_WORD_RE.search(s) else [x for x in _MENU_SEP_RE.split(s) if x]
        if (
            u.hint is None
            and len(parts) >= _MENU_ON_LINE
            and all(map(_menu_entry, parts))
            and not _letter_spaced(parts)
            and not _between_title_and_text(text, units, k)
        ):
            u.kind, u.menu = "nav", True
        elif len(s) - s.count(" ") <= _LINK_MAX and _LINK_RE.fullmatch(s) is not None:
            u.kind = "nav"
        elif u.kind == "heading" and len(s) <= _BUTTON_MAX and _BUTTON_RE.fullmatch(s):
            u.kind = "nav"  # Share, Follow, Read More, FREE!: a site's buttons and labels
        elif s.lstrip(" ")[:1] in "图圖" and _CAPTION_LABEL_RE.match(s):
            u.kind = "caption"
    i = 0
    while i < n:
        j = i
        while (
            j < n
            and _short_line(text, units[j])
            and (j == i or units[j].line == units[j - 1].last_line + 1)
        ):
            j += 1
        if j - i >= _MENU_LINES:
            for u in units[i:j]:
                u.kind, u.menu = "nav", True
        i = max(j, i + 1)
    entries = {
        x for u in units if u.kind == "nav" and u.menu for x in text[u.start : u.end].split()
    }
    for k, u in enumerate(units):
        if (u.kind == "nav" or (u.kind == "source" and _text_next(units, k))) and is_meta_line(
            text, u.start, u.end
        ):
            _meta_credit(text, u)  # (2022-05-11 来源:澎湃新闻 作者:曹伟: a source, then a credit)
        elif u.kind == "heading" and u.hint is None and text[u.start : u.end].strip(" ") in entries:
            u.kind = "nav"  # an entry of the page's menu again: a section's label
    visible = [u for u in units if u.kind != "invisible"]
    _numbered_captions(text, visible)
    _title_twice(text, visible)
    for above, u in itertools.pairwise(visible):
        if above.kind != "heading" or u.kind != "heading":
            continue
        if (
            text[u.start] in LIST_BULLETS
            and text[above.start] not in LIST_BULLETS
            and _balanced(text[above.start : above.end])  # (not a title wrapped inside its
            and _balanced(text[u.start : u.end])  # brackets: …（深入学习… / ·学习…专家谈）)
        ):
            above.kind = "nav"  # 即时新闻 over • 老书店办雅集…: a list's label over its item
            continue
        bar = _BAR_RE.search(text, u.start, u.end)
        label = text[above.start : above.end].strip(" ")
        if bar is not None and label and text[u.start : bar.start()].strip(" ") == label:
            above.kind = "nav"  # 記者觀察 over 記者觀察|後疫情時代…: the list's label again
    for above, u in itertools.pairwise(visible):
        # (not over a title whose lines' type set it: a line above it in body type, a
        # question closing the text above, is no line of it; type is better evidence)
        if above.kind == "body" and u.hint is None and _title_over(text, above, u):
            above.kind = "heading"
        elif (
            above.kind == "nav"
            and u.kind == "body"
            and editor_note_label(text[above.start : above.end])
        ):
            # 编者按 alone on a line over the note's text: the label opens the editor's
            # note, which is the article's first text (the note is printed in the article,
            # under its title); a label alone with no text under it stays furniture.
            above.kind = "body"
    for u in visible:
        glued = (
            _GLUED_MORE_RE.search(text, u.body_start, u.body_end)
            if u.kind in ("body", "byline", "dateline") and u.body_start < u.body_end
            else None
        )
        if glued is not None and glued.start() > u.body_start:
            u.body_end = glued.start()  # …前行的暖意。详情>>>: the link is no text
        if u.kind == "body" and len(u.pieces) == 1 and _BAR_RE.search(text, u.start, u.end):
            m = _SITE_TAG_RE.fullmatch(text, u.start, u.end)
            if m is not None and is_heading(m.group("title").strip(" ")):
                u.kind = "heading"  # a page's title with its site's tag: title｜Yahoo
    return units


#: Bullets of a list's items (• 老书店办雅集, · 要闻): a title opening with one is an item's
#: (a string, in one order, so that a pattern built from it is always the same).
LIST_BULLETS = "•·●○◦▪▫・"


#: The fewest Han characters a title printed twice holds.
_TITLE_HAN = 4


def _title_twice(text: str, visible: list[Unit]) -> None:
    """A web page prints its title twice, the page's title and then the heading, with at
    most furniture (a meta line, a control) between them: the first copy and the title-like
    lines right above it (other stories' links, a ticker; no text between) are the page's
    furniture, and the heading starts the article."""
    seen: dict[str, int] = {}
    # The last walk back made visible[stop + 1 : top + 1] furniture and stopped at ``stop``:
    # a later walk reaching it goes on from ``stop`` (linear on a list of titles each
    # printed twice).
    top = stop = -1
    for k, u in enumerate(visible):
        if u.kind != "heading" or u.hint is not None:
            continue
        key = text[u.start : u.end].replace(" ", "")
        if len(HAN_RE.findall(key)) < _TITLE_HAN:
            continue  # (- 2025-06-01 printed again: a list's meta line, no title)
        i = seen.get(key)
        seen[key] = k
        if i is None or k - i > _TWICE_GAP:
            continue
        if any(x.kind != "nav" for x in visible[i + 1 : k]):
            continue
        start = i
        while i >= 0 and visible[i].kind in ("heading", "nav"):
            if stop < i <= top:
                i = stop
                continue
            visible[i].kind = "nav"
            i -= 1
        top, stop = start, i


#: How far apart (in visible units) a title's two copies may stand: furniture only between.
_TWICE_GAP = 8


def _text_next(units: list[Unit], k: int) -> bool:
    """Whether the text follows ``units[k]`` (no further credit of its own under it)."""
    for j in range(k + 1, len(units)):  # (no copy of the rest: a page of many source lines)
        if units[j].kind != "invisible":
            return units[j].kind == "body"
    return False


def _title_over(text: str, above: Unit, u: Unit) -> bool:
    """Whether ``above`` (a line read as body) is a title for what stands under it: a meta
    line (``来源:X  date``) or the time of posting alone (``2019-12-30 19:11``: a web page
    prints its title, then when it was posted), unless it ends a sentence; or a further
    title line, when it asks or exclaims (:func:`_asking_title`)."""
    if u.kind == "heading":
        return _asking_title(text, above)
    return (
        len(above.pieces) == 1
        and u.kind in ("nav", "byline")
        and (
            is_meta_line(text, u.start, u.end)
            or (u.kind == "nav" and _DATE_ALONE_RE.fullmatch(text, u.start, u.end) is not None)
        )
        and above.trailer is None
        and len(text[above.start : above.end]) <= _MAX_HEADING + 20
        and text[above.end - 1] not in _NOT_HEADING_END
    )


# A link to the rest glued to the end of a lead (``…前行的暖意。详情>>>``).
_GLUED_MORE_RE = _rx.compile(
    r"(?<=[。！？!?”…])(?:[ ]*+(?:更多|详情|詳情|全文)(?:>++|»|›)"
    # a source note or a related-links field after the last sentence, a space between
    # (…间隔14天。 据央视, …舆论氛围。 相关专题:2005年全国两会 | ||||)
    r"|[ ]++(?:据|據)\p{Han}{2,8}+"
    r"|[ ]++(?:相关专题|相關專題|相关新闻|相關新聞|相关链接|相關鏈接|延伸阅读|延伸閱讀)[ ]*+[:：]"
    r"[^\n。]{0,40}?(?:[ ]++[|｜](?:[ ]*+[|｜])*+)?+"
    # an archive's note of a picture, its caption and credit (…争得了荣誉。(附图片) 吴数德
    # 在抓举比赛中。新华社记者 孙连生摄(传真照片)), or the note alone
    r"|[ ]*+[(（](?:附图片|附圖片)[)）]"
    r"(?:[^\n]{0,120}?(?:摄|攝)(?:[(（][^()（）\n]{1,8}+[)）])?+)?+"
    r")[ ]*+\Z"
    # the note alone after the text's own aside (…记者林”。(见上图)(附图片))
    r"|(?<=[)）])[ ]*+[(（](?:附图片|附圖片)[)）][ ]*+\Z"
)
# The close of a title that asks or exclaims: ?, !, a quote closing after them.
_ASKING_END_RE = _rx.compile(r"[?？!！]++[”」』’\"]?+[ ]*+\Z")
# A title with a site's or account's tag after a bar (``…敵對｜Yahoo``, ``…操碎了心丨关注``).
# (a line holds a bar before the tag pattern is tried: the standard library's engine finds
# one in a line at once, the pattern would try each of eighty starts of the title)
_BAR_RE = _rx.std_compile("[|｜丨]")
_SITE_TAG_RE = _rx.compile(
    r"[ ]*+(?P<title>[^\n|｜丨]{8,80}?)[ ]*+[|｜丨][ ]*+(?P<tag>[^|｜丨\n。，,；;]{1,12}+)[ ]*+"
)


def _asking_title(text: str, u: Unit) -> bool:
    """A one-line unit that asks or exclaims (``“用电视机看电视怎么这么费劲?”``) and is
    otherwise shaped as a title: one phrase, no stop before its last, not indented."""
    if len(u.pieces) != 1 or (u.start > 0 and text[u.start - 1] == " "):
        return False  # (indented as the paragraphs are: a paragraph's last words)
    s = text[u.start : u.end].strip(" ")
    m = _ASKING_END_RE.search(s)
    if m is None or len(s) > _MAX_HEADING or not _balanced(s):
        return False
    head = s[: m.start()]
    return (
        len(head) >= 4
        and head[0] not in CONT_START
        and not _SENTENCE_INSIDE_RE.search(head)
        and head.count(",") + head.count("，") <= 1
    )


#: The shortest name read alone under any title line (two characters are as often a word:
#: 高原, 黄河; under a dash subtitle, which closes the title group, any name is).
_NAME_UNDER_TITLE = 3


def _names_under_subtitles(text: str, units: list[Unit]) -> list[Unit]:
    """A person's name alone on a line right under the title group, with the text below it
    (a web page's meta lines between at most), is the byline: under a subtitle opening with
    a dash (``——南粤沿海农村专业技术研究会扫瞄`` / ``常征``), which closes the title group, or
    under any title line when the name has three characters or more (``…从心出发 向新而进`` /
    ``刘一洁`` / ``2019年06月04日13:49 | 来源:…``): no title line is a person's name. The
    page's meta lines may stand between the title and the name too (``我和《扬子晚报》的情缘``
    / ``来源: 紫牛新闻`` / ``2026-01-24 13:15:00`` / ``刘建平``)."""
    solid = -1  # the last unit above that is no meta line or other passing furniture
    for k in range(len(units)):
        u = units[k]
        above = units[solid] if solid >= 0 else None
        if u.kind != "invisible" and not passing_furniture(text, u):
            solid = k
        if u.kind != "heading" or len(u.pieces) != 1 or above is None or above.kind != "heading":
            continue  # (the cheap tests first: the scan below reads ahead of every line)
        nxt = k + 1
        while nxt < len(units) and (
            units[nxt].kind == "invisible" or passing_furniture(text, units[nxt])
        ):
            nxt += 1
        if nxt < len(units) and units[nxt].kind != "body":
            continue
        span = Span.of(text, u.start, u.end)
        name = span.text.strip()
        if not is_person_name(name) or (
            text[above.start] not in "—―" and len(name) < _NAME_UNDER_TITLE
        ):
            continue
        by = read_credit_pieces(text, [span])
        if by is not None:
            u.kind, u.byline = "byline", by
            u.body_start = u.body_end = u.end
    return units


def _dash_subtitles(units: list[Unit]) -> list[Unit]:
    """A short line opening with a dash (``——千亩良田``) between a heading and a byline or
    dateline is the title's subtitle (副题), not a signature closing an article."""
    for k in range(1, len(units) - 1):
        u = units[k]
        if (
            u.kind == "signature"
            and units[k - 1].kind == "heading"
            and units[k + 1].kind in ("byline", "dateline")
        ):
            u.kind = "heading"
    return units


# --- shapes of a printed page's text layer ---------------------------------------------------

#: A page pointer standing as a word at a line's start or end: ``P.8``, ``P.8-9``, ``p04``,
#: ``A11`` (a teaser's or contents entry's page); a document site's list of the issue's
#: stories glues it with an underscore (``.回顧2021十大新聞_A04``).
_POINTER = r"(?:[Pp][.．]?+[ ]?+[0-9]{1,2}+(?:[-–][0-9]{1,2}+)?+|[A-H][0-9]{1,2}+)"
_PAGE_POINTER_RE = _rx.compile(
    rf"(?:(?<![^ _]){_POINTER}[}}]?+[ ]*+\Z)|(?:\A[ ]*+{_POINTER}(?![^ ]))"
)
#: A line of figures alone: temperatures, prices, percentages, numbers and the scraps of
#: brackets around them (no word, no date: ``23℃``, ``$16.99 $14.79``, ``p04}``).
_FIGURES_RE = _rx.compile(
    r"[ ]*+(?:(?:[$¥€£]|HK[$]|[Pp](?=[0-9]))?+[0-9][0-9,.]*+(?:[℃℉%]|度)?+[{}()（）]?+[ ]*+)++"
)
#: A printed date in figures, its figures perhaps letter-spaced (``2 0 1 7 年 3 月 1 0 日``).
_HEAD_DATE = r"(?:[0-9][ ]?+){4}+年[ ]*+(?:[0-9][ ]?+){1,2}+月[ ]*+(?:[0-9][ ]?+){1,2}+日"
#: The other fields of a page's head: the weekday, the running number of the issue
#: (``总85期``, ``第 9 期``, ``第11020號``) and the lunar date (``农历五月初七``).
_HEAD_FIELD = (
    r"(?:星[ ]?+期|禮[ ]?+拜|礼[ ]?+拜|週|周)[ ]?+[一二三四五六日天]"
    r"|[总總縂]?+[ ]?+第?+[ ]?+(?:[0-9][ ]?+){1,7}+[期号號]"
    r"|(?:农历|農曆)?+[ ]?+(?:\p{Han}{2}年[ ]?+)?+(?:[正冬腊臘]|十?+[一二三四五六七八九十])月"
    r"[ ]?+(?:初|十|廿|卅|二十|三十)[一二三四五六七八九十]?+"
)
#: A page's head line: a date with only the head's other fields beside it
#: (``2012年6月22日 总85期``, ``2016 年 5 月 27 日 ●星期五``).
_PAGE_HEAD_LINE_RE = _rx.compile(
    rf"[ ]*+(?:(?:{_HEAD_DATE}|{_HEAD_FIELD}|[●•·|/,，()（）\-])[ ]*+)++"
)
_HEAD_DATE_RE = _rx.compile(_HEAD_DATE)
#: A chart's or a table's label: a date in figures (``01/01/2013``, ``31/12/2014``) or a unit
#: in brackets (``(每公升)``, ``(单位:亿元)``) alone on its line. (A year alone, ``1972 年``,
#: is no such label: a timeline inside a story's text prints its years so.)
_CHART_LABEL_RE = _rx.compile(
    r"[ ]*+(?:[0-9]{1,2}+/[0-9]{1,2}+/[0-9]{2,4}+"
    r"|[(（][ ]*+(?:每|单位|單位)[ ]*+[:：]?+[ ]*+\p{Han}{1,4}+[ ]*+[)）])[ ]*+"
)
_HEAD_FIELD_RE = _rx.compile(_HEAD_FIELD)
#: A document's file name as a site titles it: a paper's name with the issue's date in
#: figures glued to it, no space (``台灣新報2022_01_05要聞``, ``中國報-全国20231114``,
#: ``南洋商报-财经/要闻20240407``); no story's title glues a date in figures to a paper.
_FILE_TITLE_RE = _rx.compile(
    r"[ ]*+[^ ]*?[报報][^ ]*?(?<![0-9])(?:(?:19|20)[0-9]{6}|(?:19|20)[0-9]{2}_[0-9]{2}_[0-9]{2})"
    r"(?![0-9])[^ ]*+[ ]*+"
)
#: A reader asked to scan a printed code (``閱讀網上新報 請掃瞄QR Code``, ``扫一扫加微信``).
_SCAN_RE = _rx.compile(r"掃瞄|掃描|扫描|扫码|掃碼|扫一扫|掃一掃|二维码|二維碼|QR[ █]?+[Cc]ode")
#: A field of a contact line: a telephone, fax, mail or web label, an address or an e-mail.
_CONTACT_RE = _rx.compile(
    r"(?:電話|电话|傳真|传真|電郵|电邮|郵箱|邮箱|網址|网址|地址|Tel|TEL|Fax|FAX|E-?mail)[ ]*+[:：]"
    # (a mail address or a domain read from the start of its word, after a space or a field's
    # separator, and its name up to the next separator: tried at every place of a long word,
    # the run would be read again each time)
    r"|www[.][^ ]++|(?<![^ :：，,;；])[^ @:：，,;；]++@[^ ]++|(?<![a-z])[a-z]++[.](?:com|org|net)\b"
)
#: The most characters (spaces aside) of a call to scan a code standing as its own line.
_SCAN_MAX = 30
#: A picture's credit in brackets closing a line: ``(AAP)``, ``(AAP資料圖)``, ``( 蔡家緯攝 )``,
#: ``︵ 陳浩義攝 ︶`` (the vertical-form brackets of a layer), ``(資料圖片)``.
_BRACKET_CREDIT_RE = _rx.compile(
    r"[(（︵][ ]*+(?:[A-Z]{2,8}+(?:資料圖|资料图|圖|图)?+"
    r"|[^()（）︵︶\n]{0,16}?(?:攝|摄|資料圖片|资料图片|資料圖|资料图)"
    # (圖:LEO RAMIREZ/AFP via Getty Images): the credit's label, then who took it
    r"|(?:圖片|图片|圖|图|攝影|摄影)[ ]*+[:：][^()（）︵︶\n]{1,40}?)[ ]*+[)）︶][ ]*+\Z"
)
#: The longest line read as a picture's caption for its bracketed credit.
_BRACKET_CAPTION_MAX = 120


def _han_count(s: str) -> int:
    """The number of characters of the CJK Unified Ideographs block and its Extension A.

    Summed over the runs one at a time: a list of the runs (or ``sub``'s pieces) would hold
    an object per run, and a page of one character per line held 30 times its size in them.
    """
    return sum(m.end() - m.start() for m in _HAN_BLOCKS_RUN_RE.finditer(s))


#: A run of characters of the CJK Unified Ideographs block or its Extension A.
_HAN_BLOCKS_RUN_RE = _rx.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]++")


def _chinese_page(text: str) -> bool:
    """Whether ``text`` is a Chinese page: more than twice as many Han characters as words
    in Latin letters (a page of two languages side by side, or a document site's notices
    in English around a short page, have more words than that)."""
    words = sum(1 for _ in _LATIN_WORD_RE.finditer(text))  # (one match at a time: see above)
    return _han_count(text) > 2 * words


#: A word in Latin letters.
_LATIN_WORD_RE = _rx.compile(r"[A-Za-z]++")


def _page_head_line(s: str) -> bool:
    """Whether ``s`` is a line of a page's head: a printed date with the head's other fields
    beside it (weekday, the issue's running number, the lunar date) and nothing else. A
    paper prints its date and issue on every page's head, above the stories; a title names
    what happened, it never stands of a date and an issue number alone (``2012年6月22日
    总85期`` over a story on page 2 is that page's head)."""
    if _PAGE_HEAD_LINE_RE.fullmatch(s) is None:
        return False
    date = _HEAD_DATE_RE.search(s)
    if date is None:
        return False
    return _HEAD_FIELD_RE.search(s[: date.start()] + " " + s[date.end() :]) is not None


def head_furniture(text: str, u: Unit) -> bool:
    """Whether ``u``, a line set aside as furniture (``nav``), is the page head's or an
    imprint's: a contact line (two fields or more of telephone, fax, mail, address or web,
    no sentence) or a page's head line (a printed date with the issue's number, the weekday
    or the lunar date beside it, :func:`_page_head_line`). A story's title stands over its
    own text; such a line never stands between the two (a web page's date and time, its
    breadcrumb or its controls may), so a heading over it belongs to the page's head (the
    nameplate, an edition's or an issue's label) or to an advert, not to the text below."""
    if u.kind != "nav" or len(u.pieces) != 1:
        return False
    s = text[u.start : u.end]
    return ("。" not in s and len(_CONTACT_RE.findall(s)) >= 2) or _page_head_line(s)


def _latin_furniture(text: str, units: list[Unit], k: int, s: str) -> bool:
    """Whether ``s``, the line of ``units[k]`` on a Chinese page, is furniture in Latin
    letters: it holds a word in them and no Han character, its brackets are closed, and no
    line of its block (right above or under it, no blank line between) holds Han characters
    (a title group may carry a line in another language: a bilingual nameplate or kicker
    over the Chinese title, a site's tag under it; a title's last line may be a code)."""
    if HAN_RE.search(s) is not None or not _LATIN_WORD_RE.search(s) or not _balanced(s):
        return False
    u = units[k]
    for v in (units[k - 1] if k else None, units[k + 1] if k + 1 < len(units) else None):
        if v is None or not (v.last_line + 1 == u.line or u.last_line + 1 == v.line):
            continue
        if v.kind in ("nav", "footer") or _FILE_TITLE_RE.fullmatch(text, v.start, v.end):
            continue  # (furniture beside it: a site's file name, a page label)
        if HAN_RE.search(text, v.start, v.end) is not None:
            return False
    return True


def _layer_shapes(text: str, units: list[Unit]) -> list[Unit]:
    """Shapes of a printed page's text layer (a PDF's, as ``pdftotext`` or a document site
    gives it) that no title and no line of text has.

    * A title holds words: a heading-shaped line of figures alone is the page's furniture
      (a weather box's ``23℃``, prices ``$16.99 $14.79``, a jump's scrap ``p04}``).
    * A document site's title for the file, a paper's name with the date in figures glued
      to it (``台灣新報2022_01_05要聞``, :data:`_FILE_TITLE_RE`), is furniture.
    * The title of a Chinese story is Chinese: on a Chinese page (see :func:`_chinese_page`)
      a heading-shaped line of Latin words standing apart from Han lines is furniture
      (:func:`_latin_furniture`): a document site's buttons and notices (``Read Text
      Version``, ``FREE!``), an advert's brand (``NewSound Hearing``, ``PREMIUM INVERTER``),
      the paper's name in Latin letters.
    * A heading-shaped line opening or closing with a page pointer (``要聞 P.2``,
      ``中國新聞:… P.7``, ``P.8 沙田公屋呎價破萬``) is a teaser or a contents entry for
      another page: furniture of this one, never the title of the text below it; so is the
      title under a pointer that stands with at most a section's name (``專題 P.8-9`` over
      ``年度回顧 十大損害新聞自由事件``).
    * A short line asking the reader to scan a printed code (``請掃瞄QR Code``) is furniture,
      and so is a contact line, two fields or more of telephone, fax, mail, address or web
      (``地址:… 電話:… 傳真:…``): the imprint's, an advert's or a masthead's, no story's text.
    * A weather box (its label, temperatures and forecasts) is furniture.
    * A line closing with a picture's credit in brackets (``…(AAP)``, ``…。( 蔡家緯攝 )``,
      ``︵ 陳浩義攝 ︶``) is the picture's caption, not text: text never ends on its picture's
      credit, and a caption is set beside the text it shows. A title the layer runs into
      the caption's line before its mark (``悉尼RPA醫院將擴容升級 ██ 位於…(AAP)``) keeps
      its own unit.
    """
    out: list[Unit] = []
    teaser = False  # the last unit was a pointer standing with at most a section's name
    chinese = _chinese_page(text)
    for k, u in enumerate(units):
        was, teaser = teaser, False
        if u.kind not in ("heading", "body") or len(u.pieces) != 1 or u.hint is not None:
            teaser = was and u.kind in ("nav", "footer", "invisible")
            out.append(u)
            continue
        s = text[u.start : u.end]
        if len(s) <= _BRACKET_CAPTION_MAX and _BRACKET_CREDIT_RE.search(s) is not None:
            out.extend(_caption_units(text, u))
            continue
        out.append(u)
        if "。" not in s and len(_CONTACT_RE.findall(s)) >= 2:
            u.kind, u.passing = "nav", True
        elif u.kind == "body":
            if len(s) - s.count(" ") <= _SCAN_MAX and _SCAN_RE.search(s) and "。" not in s:
                u.kind, u.passing = "nav", True
            continue
        pointer = _PAGE_POINTER_RE.search(s)
        if (
            was
            or pointer is not None
            or _FIGURES_RE.fullmatch(s)
            or _page_head_line(s)
            or _CHART_LABEL_RE.fullmatch(s)
            or _FILE_TITLE_RE.fullmatch(s)
            or _SCAN_RE.search(s)
            or (chinese and _latin_furniture(text, units, k, s))
        ):
            u.kind, u.passing = "nav", True
        if pointer is not None:
            rest = s[: pointer.start()] + s[pointer.end() :]
            teaser = _SECTION_NAME_RE.fullmatch(_PAGE_POINTER_RE.sub("", rest)) is not None
    return _advert_heads(text, _spaced_stacks(text, _weather_boxes(text, _form_labels(text, out))))


def _spaced_line(text: str, u: Unit) -> bool:
    """Whether ``u`` is one line of single characters set apart by spaces (three and more:
    ``能 無 環 食 批``, ``达 送 樣 同 品 禁寄物`` with a word at its end)."""
    if u.kind not in ("heading", "body", "names", "nav") or len(u.pieces) != 1:
        return False
    parts = text[u.start : u.end].split()
    singles = sum(1 for x in parts if len(x) == 1 and HAN_RE.match(x) is not None)
    return singles >= 3 and singles >= len(parts) - 1


#: How many lines apart stacked lines stand: the next line, or the one after a blank line
#: (a document site's layer puts a blank line between lines).
_STACK_GAP = 2


def _spaced_stacks(text: str, units: list[Unit]) -> list[Unit]:
    """Lines of spaced single characters stacked on each other (no other line between) are
    display type, no title: a banner's lines (``访 问 欧 洲`` / ``中 国 国 家 主 席 习 近 平`` /
    ``全 荷 华 人 华 侨 喜 迎``) or a headline set vertically, which the layer reads across its
    columns (``狠 民 居`` / ``能 無 環 食 批``: 居民狠批食環無能, column by column). A title set
    with wide tracking is one line, or its lines read as words in order; a stack of
    tracked lines over a story is the page's display, the story's title stands under it."""
    n = len(units)
    k = 0
    while k < n:
        j = k
        while j < n and _spaced_line(text, units[j]):
            j += 1
        if j - k >= 2 and all(
            units[i + 1].line - units[i].last_line <= _STACK_GAP for i in range(k, j - 1)
        ):
            for x in units[k:j]:
                x.kind, x.passing = "nav", True
        k = max(j, k + 1)
    return units


#: A telephone number: groups of figures (``416-505-9828``, ``(905)470-9800``, ``03-8724
#: 9068``, ``514 393 8988``, ``021 2488088``), or eight figures and more run together (not
#: a date in figures, ``20190319``, nor a span of years, ``2012-2013``).
_PHONE_RE = _rx.compile(
    r"(?<![0-9.,])(?:(?:[(][0-9]{2,4}+[)][ ]?+|[0-9]{2,4}+[ -])[0-9]{3,4}[ -]?+[0-9]{4}"
    r"|(?!(?:19|20)[0-9]{2}[ -](?:19|20)[0-9]{2}(?![0-9]))[0-9]{3,4}+[ -][0-9]{4}"
    r"|(?!(?:19|20)[0-9]{6}(?![0-9]))(?<![A-Za-z_])[0-9]{8,12}+)(?![0-9.,%\p{Han}_A-Za-z])"
)
#: A street address in Latin letters: a number and a street's word (``7800 Woobine Ave.``,
#: ``C-6-1, GF, Jalan Dataran Sentral 3``, ``442, rue St-Gabriel``).
_STREET_RE = _rx.compile(
    r"(?<![A-Za-z])(?:Road|Rd|Street|St|Ave|Avenue|Blvd|Boulevard|Drive|Jalan|rue|via|Via)"
    r"(?![A-Za-z])"
)
#: The most Han characters of a contact line standing as a heading (``电话:``, ``地址:``).
_CONTACT_HAN_MAX = 4
#: The fewest characters of an advert's display line (a phrase, a brand).
_DISPLAY_MIN = 4
#: How many units under an advert's display line its contact line may stand.
_ADVERT_REACH = 2


def _contact_line(s: str) -> bool:
    """Whether ``s`` gives a way to reach someone: a telephone number, a street address
    with its number, an e-mail or a web address, a labelled contact field."""
    if _PHONE_RE.search(s) is not None:
        return True
    if _STREET_RE.search(s) is not None and any(ch.isdigit() for ch in s):
        return True
    # (a labelled field, an e-mail or a www address: a bare domain, ``爱问(iAsk.com)``,
    # names a site, not a way to reach an advertiser)
    return any(
        m.group()[-1:] in ":：" or "@" in m.group() or m.group().startswith("www")
        for m in _CONTACT_RE.finditer(s)
    )


def _advert_heads(text: str, units: list[Unit]) -> list[Unit]:
    """An advertisement's display line is no title: a heading-shaped line with a contact
    line right under it (or one line further down), no sentence between, is an advert's
    (``誠信 專業 經驗 口碑 北美Top1%資深地產經紀`` over ``416-505-9828``, ``NewSound Hearing``
    over a street address). A story's title is followed by its byline, dateline or first
    sentence; a telephone number or an address under a heading is how to reach an advertiser
    (or the paper: its imprint), and a story that gives one gives it inside its text. A
    contact line standing alone as a heading (a number, an address) is no title either."""
    n = len(units)
    for k, u in enumerate(units):
        if u.kind not in ("heading", "names") or len(u.pieces) != 1 or u.hint is not None:
            continue
        s = text[u.start : u.end]
        if _han_count(s) <= _CONTACT_HAN_MAX and _contact_line(s):
            u.kind, u.passing = "nav", True  # (a telephone number or an address alone)
            continue
        if len(s.strip(" ")) < _DISPLAY_MIN or s.rstrip(" ")[-1:] in ":：":
            continue  # (a field's label split off its value: 邮 / 箱：…)
        for j in range(k + 1, min(n, k + 1 + _ADVERT_REACH)):
            v = units[j]
            if v.kind not in ("heading", "body", "names") or len(v.pieces) != 1:
                break  # (a source or date line under a web copy's title: its own furniture)
            s = text[v.start : v.end]
            if _SENTENCE_INSIDE_RE.search(s) is not None:
                break  # (a sentence: the text, which may name a web address)
            if _contact_line(s):
                for x in units[k : j + 1]:  # (the display lines over it, and the line)
                    x.kind, x.passing = "nav", True
                break
    return units


#: A weather box's label, alone on its line.
_WEATHER_LABEL_RE = _rx.compile(r"[ ]*+(?:天氣|天气)(?:預報|预报)?+[ ]*+")
#: A forecast's words (sky, rain, wind, sun).
_WEATHER_RE = _rx.compile(r"[晴雨雲云風风雷霧雾雪陰阴]|陽光|阳光|乾燥|干燥|潮濕|潮湿")
#: How many units from its label a weather box's lines stand, and the longest forecast.
_WEATHER_REACH = 3
_WEATHER_MAX = 20
#: A temperature.
_TEMPERATURE_RE = _rx.compile(r"[0-9][ ]*+[℃℉]")


def _weather_boxes(text: str, units: list[Unit]) -> list[Unit]:
    """A weather box: its label (``天氣``) with a temperature (``28℃``) within a few lines
    of it, and the short forecasts standing among them (``多雲,有驟雨``,
    ``天晴,天氣乾燥``), is the page's furniture; a title the layer puts among them
    (``變蚊鼠竇``) holds no forecast's word and keeps its place."""
    n = len(units)
    for k in range(n):
        u = units[k]
        if u.kind not in ("heading", "body") or not _WEATHER_LABEL_RE.fullmatch(
            text, u.start, u.end
        ):
            continue
        lo, hi = max(0, k - _WEATHER_REACH), min(n, k + _WEATHER_REACH + 1)
        box = units[lo:hi]
        if not any(_TEMPERATURE_RE.search(text, x.start, x.end) for x in box if x.passing):
            continue
        u.kind, u.passing = "nav", True
        for x in box:
            s = text[x.start : x.end]
            if x.kind == "heading" and len(s.strip(" ")) <= _WEATHER_MAX and _WEATHER_RE.search(s):
                x.kind, x.passing = "nav", True
    return units


#: The longest label of a form standing alone over its fields (``登本報分類廣告:``).
_FORM_LABEL_MAX = 12


def _form_labels(text: str, units: list[Unit]) -> list[Unit]:
    """A short line closing with a colon right over a contact line (``登本報分類廣告:`` over
    ``聯絡電話:… 傳真:…``) is that form's label: furniture with it."""
    for k in range(len(units) - 1):
        u, nxt = units[k], units[k + 1]
        s = text[u.start : u.end].strip(" ")
        if (
            u.kind == "body"
            and nxt.passing
            and len(s) <= _FORM_LABEL_MAX
            and s[-1:] in ":："
            and _CONTACT_RE.search(text, nxt.start, nxt.end) is not None
        ):
            u.kind, u.passing = "nav", True
    return units


#: Lines looked at on each side for a column line's fellows (two columns interleaved line
#: by line put a column's next line two lines on).
_FELLOW_REACH = 6
#: How far (in columns of type, a Han character two) a fellow line's width may differ.
_FELLOW_SLACK = 2
#: The narrowest column line this test reads (a short label is no column's line).
_FELLOW_MIN = 16
#: Clause marks inside a line (ASCII ones stand where a store folded the full-width forms).
_CLAUSE_MARKS = frozenset("，,、；;：:")


#: A character one column wide in :func:`_type_width`.
_NARROW_RE = _rx.std_compile("[\x00-\u2e7f]")
#: ASCII punctuation a store folded from full-width forms (two columns as printed).
_FOLDED_PUNCT = ",:;()!?"


def _type_width(s: str) -> int:
    """``s``'s width in half-width columns: a Han character or full-width form two, and the
    ASCII punctuation a store folded from full-width forms two as printed.

    >>> _type_width(" 7月29日,由惠灵顿 ")
    17
    """
    t = s.strip(" ")
    narrow = len(t) - len(_NARROW_RE.sub("", t)) - sum(t.count(c) for c in _FOLDED_PUNCT)
    return 2 * len(t) - narrow


def _column_lines(text: str, units: list[Unit]) -> list[Unit]:
    """Lines of a narrow column hard-wrapped at its width, on a page whose other text comes
    a paragraph a line (a document site's text layer), are text, not titles, however
    short: a heading-shaped line with two fellows of its width nearby (one of them a line
    of text) and a clause mark in it or in a fellow (``议员杨健,中国驻新西兰大使馆`` among
    ``7月29日,由惠灵顿中国园林协`` …) is a line of that column. A title is set in its own
    type and measure; the lines of a title group rarely come out at one width, and never
    beside text of that width. So is a heading-shaped line the text line right before it
    runs on into (:func:`_runs_on_into`)."""
    lines = [
        (k, _type_width(text[u.start : u.end]))
        for k, u in enumerate(units)
        if u.kind in ("heading", "body") and len(u.pieces) == 1 and u.hint is None
    ]
    flip: list[int] = []
    for i, (k, w) in enumerate(lines):
        u = units[k]
        if u.kind != "heading" or w < _FELLOW_MIN:
            continue
        near = [
            kk
            for kk, ww in lines[max(0, i - _FELLOW_REACH) : i + _FELLOW_REACH + 1]
            if kk != k and abs(ww - w) <= _FELLOW_SLACK
        ]
        if (
            len(near) >= 2
            and near[0] < k < near[-1]  # (a column's line has its fellows above and below)
            and any(units[kk].kind == "body" for kk in near)
            and _marked(text, units, [k, *near], 2)
        ):
            flip.append(k)
    for k in flip:
        units[k].kind = "body"
    for k, _ in lines:  # (in order: a line turned to text may run on into the next)
        if _runs_on_into(text, units, k):
            units[k].kind = "body"
    return units


#: How far (in columns) the width of a line the text runs on into may differ from the
#: line's before it: a character and a half (a credit's brackets and figures set narrower).
_RUN_ON_SLACK = 3
#: What ends a line whose sentence does not go on into the next line.
_LINE_DONE = frozenset("。！？!?…”’」』）)：:")


def _runs_on_into(text: str, units: list[Unit], k: int) -> bool:
    """Whether the heading-shaped line of ``units[k]`` is the next line of the text line
    right before it (the join test): that line, text or a credit opening text, breaks off
    inside its sentence at the width of this one (three columns either way), and one of the
    two holds a clause mark. A title never stands inside a sentence: the line the text
    runs on into is the column's (``…5月21日(週四)下`` / ``友好關係降至冰點以下,而要求…``)."""
    u = units[k]
    if u.kind != "heading" or not k or u.hint is not None or len(u.pieces) != 1:
        return False
    above = units[k - 1]
    if above.kind not in ("body", "byline", "dateline") or len(above.pieces) != 1:
        return False
    if above.body_start >= above.body_end or text[above.body_end - 1] in _LINE_DONE:
        return False
    w = _type_width(text[u.start : u.end])
    if w < _FELLOW_MIN or abs(_type_width(text[above.start : above.end]) - w) > _RUN_ON_SLACK:
        return False
    return _marked(text, units, [k - 1, k], 1)


def _marked(text: str, units: list[Unit], ks: list[int], count: int) -> bool:
    """Whether at least ``count`` of the units ``ks`` hold a clause mark (the tests of
    :func:`_column_lines` first, the lines' texts read last and only as far as needed)."""
    for kk in ks:
        if not _CLAUSE_MARKS.isdisjoint(text[units[kk].start : units[kk].end]):
            count -= 1
            if count == 0:
                return True
    return False


#: What stands with a page pointer over a teaser's title: a section's name or nothing
#: (``人專 P.15``, ``P16 P16``, ``p06``).
_SECTION_NAME_RE = _rx.compile(r"[ ]*+(?:\p{Han}{1,4}+[ ]*+)?+")
#: What marks a caption's start inside a line of the layer.
_CAPTION_MARKS = "█▲△"


def _caption_units(text: str, u: Unit) -> list[Unit]:
    """``u`` (one line closing with a picture's credit) as a caption, or as a title and the
    caption when a title-shaped phrase of its own stands before the caption's mark."""
    s = text[u.start : u.end]
    cut = min((i for i in (s.find(m) for m in _CAPTION_MARKS) if i > 0), default=-1)
    head = s[:cut].strip(" ") if cut > 0 else ""
    credit = _BRACKET_CREDIT_RE.search(s)
    tail = s[cut : credit.start() if credit else len(s)].strip(" " + _CAPTION_MARKS)
    # (A caption the layer broke around its mark reads on from before it with a short
    # tail after the mark: 比華利山別墅對開石灘 ▲ 四處可見垃圾 。; a caption of its own under
    # a title is a sentence at least as long as the title.)
    if _han_count(head) >= 2 and is_heading(head) and len(tail) >= len(head):
        hs, he = _strip(text, u.start, u.start + cut)
        title = Unit(hs, he, u.line, [(hs, he)], kind="heading", last_line=u.line)
        title.body_start, title.body_end = hs, he
        cs, ce = _strip(text, u.start + cut, u.end)
        cap = Unit(cs, ce, u.line, [(cs, ce)], kind="caption", last_line=u.line)
        cap.body_start, cap.body_end = cs, ce
        return [title, cap]
    u.kind = "caption"
    if credit is not None:
        # (the photographer the bracket names, a bare name needing no space before 摄 there:
        # 。(刘家政摄), （ 陳浩義攝 ）; the line stays a caption, set aside from the text)
        inner = u.start + credit.start() + 1, u.start + credit.end()
        got = find_photo_credit(text, inner[0], _bracket_end(text, *inner), bracketed=True)
        u.credit = got if got is not None and got.people else None
    return [u]


def _bracket_end(text: str, start: int, end: int) -> int:
    """Where the bracket closing ``text[start:end]`` opens: its inside ends there."""
    close = max(text.rfind(c, start, end) for c in ")）︶")
    return close if close > start else end
