"""parse_masthead on every printed form of the issue's facts (issue 12), written from principles.

A date is printed with or without spaces, zero-padded or not, with 年月日, dots, hyphens or
slashes, in Chinese numerals or as a 民国 year, with its weekday next to it or on another line;
hypothesis renders random dates in each form and reads them back. Edition labels, page counts
and the paper's name are read from the masthead, a current-page label, a navigator, a source
line, a 稿件来源 credit or a web title; two different dates on a page are a warning.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from paper_parser import Masthead, parse_masthead
from paper_parser.identifiers import find_postal_codes

_DIGITS = "〇一二三四五六七八九"
_WEEKDAYS = "一二三四五六日"


def _cn_small(n: int) -> str:
    """1..31 in Chinese numerals as dates print them (十, 十二, 二十三, 三十一)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def _spans_hold(page: str, m: Masthead) -> None:
    for field in ("paper_name", "date", "weekday", "edition", "page_count"):
        item = getattr(m, field)
        if item is not None:
            assert page[item.span.start : item.span.end] == item.span.text == item.text


@st.composite
def printed_dates(draw: st.DrawFn) -> tuple[str, date]:
    """A random date (1912..2099) printed in one of the forms papers and sites use."""
    d = draw(st.dates(min_value=date(1912, 1, 1), max_value=date(2099, 12, 31)))
    form = draw(st.sampled_from(["han", "padded", "spaced", "dots", "iso", "slash", "cn", "roc"]))
    y, m, dd = d.year, d.month, d.day
    if form == "han":
        text = f"{y}年{m}月{dd}日"
    elif form == "padded":
        text = f"{y}年{m:02d}月{dd:02d}日"
    elif form == "spaced":
        sp = draw(st.sampled_from([" ", "  "]))
        text = f"{y}{sp}年{sp}{m}{sp}月{sp}{dd}{sp}日"
    elif form == "dots":
        text = f"{y}.{m:02d}.{dd:02d}"
    elif form == "iso":
        text = f"{y}-{m:02d}-{dd:02d}"
    elif form == "slash":
        text = f"{y}/{m}/{dd}"
    elif form == "cn":
        text = "".join(_DIGITS[int(c)] for c in str(y)) + f"年{_cn_small(m)}月{_cn_small(dd)}日"
    else:
        roc = y - 1911
        year = draw(st.sampled_from([str(roc), "".join(_DIGITS[int(c)] for c in str(roc))]))
        text = f"民国{year}年{_cn_small(m)}月{_cn_small(dd)}日"
    return text, d


@given(printed=printed_dates(), where=st.sampled_from(["glued", "space", "paren", "line"]))
def test_a_printed_date_and_weekday_read_back(printed: tuple[str, date], where: str) -> None:
    text, d = printed
    weekday = "星期" + _WEEKDAYS[d.isoweekday() - 1]
    line = {
        "glued": text + weekday,
        "space": f"{text} {weekday}",
        "paren": f"{text}({weekday})",
        "line": f"{text}\n{weekday}",
    }[where]
    page = f"光明日报\n{line}\n\n今年以来，各地开展青少年科普活动，记者在走访中看到许多新变化。"
    m = parse_masthead(page)
    assert m.date is not None, page
    assert m.date.value == d
    assert m.weekday is not None
    assert m.weekday.value == d.isoweekday()
    assert m.paper_name is not None
    assert m.paper_name.value == "光明日报"
    assert m.warnings == ()
    _spans_hold(page, m)


@pytest.mark.parametrize(
    ("page", "value", "name", "text"),
    [
        ("人民日报\n2023年03月15日 第07版:国内\n\n正文。", "07", "国内", "第07版:国内"),
        ("第1版(要闻)\n\n标题\n\n正文。", "1", "要闻", "第1版(要闻)"),
        ("06版\n\n标题\n\n正文。", "06", None, "06版"),
        ("当前版: A4版 上一版  下一版\n标题\n正文。", "A4", None, "A4版"),
        ("当前版:04版\n发布日期:\n正文。", "04", None, "04版"),
        ("• 04版:中国青年报金牌读者    上一版\n热门图片\n", "04", "中国青年报金牌读者", None),
    ],
)
def test_edition_labels(page: str, value: str, name: str | None, text: str | None) -> None:
    m = parse_masthead(page)
    assert m.edition is not None, page
    assert (m.edition.value, m.edition.name) == (value, name)
    if text is not None:
        assert m.edition.text == text
    _spans_hold(page, m)


def test_a_page_head_at_the_start_of_a_one_line_text_layer() -> None:
    page = (
        "A26 中國新聞 台海新聞 / 神州大地 責任編輯:曹思遠 版面設計:袁耀誠 "
        "2015 年 8 月 10 日(星期一) 香港文匯報訊 國民黨參選人昨日表示,要理性思考能源政策,"
        "若能源無法穩定供應,不排除重新運轉。" * 3
    )
    m = parse_masthead(page)
    assert m.edition is not None
    assert (m.edition.value, m.edition.name) == ("A26", "中國新聞")
    assert m.date is not None
    assert (m.date.value, m.date.text) == (date(2015, 8, 10), "2015 年 8 月 10 日")
    assert m.weekday is not None
    assert m.weekday.value == 1
    assert [sp.text for sp in m.spans] == [page[: page.index(")") + 1]]
    _spans_hold(page, m)


def test_a_long_line_that_starts_with_a_date_is_no_page_head() -> None:
    page = "2021年12月23日 星期四，记者来到杭州市学院路的一家工厂，看到工人们正在忙碌地生产。" * 3
    assert parse_masthead(page).spans == ()


def test_page_count_from_a_navigator_and_the_current_page_under_it() -> None:
    nav = "\n".join(f"{k:02d}版:{name}" for k, name in enumerate(["要闻"] * 4 + ["评论"] * 16, 1))
    page = f"人民日报电子报\n人民日报2025.12.22星期一\n{nav}\n01版:要闻\n坚持全国一盘棋\n正文。"
    m = parse_masthead(page)
    assert m.page_count is not None
    assert (m.page_count.value, m.page_count.origin) == (20, "navigator")
    assert m.edition is not None
    assert (m.edition.value, m.edition.name, m.edition.origin) == ("01", "要闻", "page-label")
    assert m.paper_name is not None
    assert (m.paper_name.value, m.paper_name.text) == ("人民日报", "人民日报")
    assert m.date is not None
    assert (m.date.value, m.date.text) == (date(2025, 12, 22), "2025.12.22")
    assert m.weekday is not None
    assert m.weekday.value == 1
    # The navigator is page furniture, not masthead: the block is the two title lines.
    assert [sp.text for sp in m.spans] == ["人民日报电子报\n人民日报2025.12.22星期一"]
    _spans_hold(page, m)


def test_a_navigator_with_lettered_pages_counts_every_page_once() -> None:
    labels = ["01", "02", "03", "04", "A01", "A02", "A03", "A04"]
    page = (
        "\n".join(f"第{v}版:新闻" for v in labels)
        + "\n正文很长很长。\n"
        + "\n".join(f"第{v}版" for v in labels)
    )
    m = parse_masthead(page)
    assert m.page_count is not None
    assert m.page_count.value == 8
    assert m.edition is None  # no page is marked as the one shown
    assert m.spans == ()


@pytest.mark.parametrize(
    ("line", "paper", "day", "edition", "section"),
    [
        ("《光明日报》( 2012年10月27日 06版)", "光明日报", date(2012, 10, 27), "06", None),
        (
            "作者:雷收麦 《光明日报》( 2012年10月27日 06版)",
            "光明日报",
            date(2012, 10, 27),
            "06",
            None,
        ),
        ("《 中国青年报 》( 2013年04月27日   04 版)", "中国青年报", date(2013, 4, 27), "04", None),
        ("《人民日报》（2025年10月20日 第 06 版）", "人民日报", date(2025, 10, 20), "06", None),
        (
            "( 2019-10-12 ) 稿件来源:新华每日电讯 要 闻",
            "新华每日电讯",
            date(2019, 10, 12),
            None,
            "要闻",
        ),
        ("( 2025-12-25 ) 稿件来源:新华每日电讯", "新华每日电讯", date(2025, 12, 25), None, None),
    ],
)
def test_facts_from_a_source_line(
    line: str, paper: str, day: date, edition: str | None, section: str | None
) -> None:
    page = f"标题在这里\n{line}\n\n正文第一段，记者在现场看到。"
    m = parse_masthead(page)
    assert m.paper_name is not None
    assert (m.paper_name.value, m.paper_name.origin) == (paper, "source-line")
    assert m.date is not None
    assert (m.date.value, m.date.origin) == (day, "source-line")
    if edition is None and section is None:
        assert m.edition is None
    else:
        assert m.edition is not None
        assert (m.edition.value, m.edition.name) == (edition, section)
    assert m.spans == ()  # a source line belongs to its article, not to a masthead
    _spans_hold(page, m)


def test_a_web_title_names_the_paper() -> None:
    page = "人民日报电子报\n\n标题\n\n正文第一段，记者在现场看到。"
    m = parse_masthead(page)
    assert m.paper_name is not None
    assert (m.paper_name.value, m.paper_name.origin) == ("人民日报", "web-title")


def test_a_paper_named_inside_a_sentence_or_a_caption_is_no_masthead() -> None:
    page = (
        "猎德龙舟文化尽显魅力。广州日报全媒体记者莫伟浓摄\n"
        "人民日报“读者来信”版与人民网联合开展群众\n"
        "他说，《光明日报》是他每天必读的报纸。\n"
    )
    assert parse_masthead(page) == Masthead()


def test_two_different_dates_on_a_page_are_a_warning() -> None:
    page = "光明日报 2012年10月27日 星期六\n\n标题\n\n《光明日报》( 2012年10月28日 06版)\n\n正文。"
    m = parse_masthead(page)
    assert m.date is not None
    assert (m.date.value, m.date.origin) == (date(2012, 10, 27), "masthead")
    assert [w.code for w in m.warnings] == ["date-conflict"]
    assert m.warnings[0].span.text == "2012年10月28日"


def test_source_lines_of_several_pages_give_no_single_edition() -> None:
    page = (
        "《人民日报》（2025年10月20日 第 06 版）\n正文一。\n\n"
        "《人民日报》（2025年10月20日 第 07 版）\n正文二。"
    )
    m = parse_masthead(page)
    assert m.edition is None
    assert [w.code for w in m.warnings] == ["edition-conflict"]
    assert m.date is not None
    assert m.date.value == date(2025, 10, 20)


@pytest.mark.parametrize(
    ("printed", "weekday"),
    [("Wed", 3), ("Wednesday", 3), ("Thu.", 4), ("SUNDAY", 7), ("Sat", 6)],
)
def test_english_weekdays(printed: str, weekday: int) -> None:
    m = parse_masthead(f"人民日报 2024年12月25日 {printed}\n\n正文。")
    assert m.weekday is not None
    assert (m.weekday.value, m.weekday.text) == (weekday, printed)


def test_a_lunar_only_masthead_with_the_weekday_on_another_line() -> None:
    page = "【每日禅】\n\n星期一\n\n农历 壬辰年 二月十三\n\n【导读】\n>全国人大会议今天9时开幕"
    m = parse_masthead(page)
    assert m.date is not None
    assert (m.date.value, m.date.derived) == (date(2012, 3, 5), True)
    assert m.weekday is not None
    assert m.weekday.value == 1
    assert m.warnings == ()


# --- contact lines (corpus/mastheads dev: a PDF text layer's head with its contact line) ------

_HEAD = "2017年8月4日 星期五 总 第 939期 ISSUE 939 国际统一刊号 ISSN 1176-8924\n\n"
_CONTACT_LINE = (
    "编辑:周甲、张乙、 陈丙 广告热线:04-3800288; 021-669628; 传真: 04-3898860 "
    "电子信箱: news@example.co.nz 网址:www.example.co.nz 地址:169 Riddiford St, Newtown\n"
)


def test_a_long_contact_line_next_to_a_block_belongs_to_it() -> None:
    m = parse_masthead(_HEAD + _CONTACT_LINE + "\n标题\n正文第一句话很长很长。")
    assert m.website is not None
    assert (m.website.value, m.website.label) == (
        "www.example.co.nz",
        "网址",
    )
    assert m.email is not None
    assert (m.email.value, m.email.label) == (
        "news@example.co.nz",
        "电子信箱",
    )
    assert [(p.value, p.label) for p in m.phones] == [
        ("04-3800288", "广告热线"),
        ("021-669628", "广告热线"),
        ("04-3898860", "传真"),
    ]
    assert m.address is not None
    assert m.address.value == "169 Riddiford St"
    assert m.spans[0].text.endswith("Newtown")


def test_a_contact_line_alone_is_no_masthead() -> None:
    """A long contact line far from any block, and a site footer of contact details only,
    are not a masthead."""
    assert parse_masthead("标题\n" + _CONTACT_LINE + "正文。").spans == ()
    footer = "正文。\n\n电话:0370-8550006  地址:某县人民路中段1号\n\n邮箱:someone@163.com\n"
    m = parse_masthead(footer)
    assert (m.spans, m.address, m.email, m.phones) == ((), None, None, ())


def test_a_chinese_address_still_stops_at_the_space() -> None:
    m = parse_masthead("2021年12月23日 星期四\n社址:杭州市学院路107号 100733 邮编:310012")
    assert m.address is not None
    assert m.address.value == "杭州市学院路107号"


# --- bilingual heads of overseas papers (corpus/mastheads dev) -------------------------------


@pytest.mark.parametrize(
    ("printed", "when"),
    [
        ("February 28 (Friday), 2020", date(2020, 2, 28)),
        ("Friday 6 January 2023", date(2023, 1, 6)),
        ("Mar 20 , 2020", date(2020, 3, 20)),
        ("Sept. 3, 2019", date(2019, 9, 3)),
        ("16/17 April 2022", date(2022, 4, 16)),  # a weekend double issue: the first day
    ],
)
def test_an_english_date_in_a_head(printed: str, when: date) -> None:
    m = parse_masthead(f"{printed}\n国际统一刊号 ISSN 1176-8924\n\n正文第一句话。")
    assert m.date is not None
    assert m.date.value == when


def test_no_english_date_from_a_bad_day_or_a_word() -> None:
    for printed in ("February 30, 2020", "Market 20, 2020", "May be 2020"):
        m = parse_masthead(f"{printed}\n国际统一刊号 ISSN 1176-8924")
        assert m.date is None, printed


@pytest.mark.parametrize(
    ("line", "value", "unit"),
    [
        ("Issue# 1364", 1364, "Issue#"),
        ("Issue No. 700", 700, "Issue No."),
        ("ISSUE 939", 939, "ISSUE"),
        ("第11020號", 11020, "號"),
    ],
)
def test_issue_labels(line: str, value: int, unit: str) -> None:
    m = parse_masthead(f"2020年3月20日 星期五 {line}\n\n正文。")
    assert m.issue_total is not None
    assert (m.issue_total.value, m.issue_total.unit) == (value, unit)


def test_a_special_issue_or_a_short_number_is_no_running_number() -> None:
    for line in ("Extra Special Issue 02", "第12期"):
        m = parse_masthead(f"2020年3月20日 星期五 {line}\n\n正文。")
        assert m.issue_total is None, line
    m = parse_masthead("2021年12月23日 星期四 第1234期 总第11997号\n\n正文。")
    assert m.issue_total is not None
    assert m.issue_total.value == 11997


def test_a_bilingual_name_line() -> None:
    m = parse_masthead("February 28 (Friday), 2020 Issue# 1364\n\nColorado Chinese News 科州華報\n")
    assert m.paper_name is not None
    assert (m.paper_name.value, m.paper_name.span.text) == ("科州華報", "科州華報")
    assert (m.date, m.issue_total) != (None, None)


def test_a_labelled_issue_date_and_number_make_a_head() -> None:
    m = parse_masthead("發刊日期:2005-06-06\n發刊期數:第412期  發刊頻率:每日一次\n\n正文。")
    assert m.date is not None
    assert m.issue_total is not None
    assert (m.date.value, m.issue_total.value) == (date(2005, 6, 6), 412)
    assert [s.text for s in m.slogans] == ["發刊頻率:每日一次"]  # the labels are furniture
    m = parse_masthead("网站首页 今天是\n出版日期:2004年07月29日\n综合新闻\n02\n\n标题\n正文。")
    assert m.date is not None
    assert m.date.value == date(2004, 7, 29)
    assert m.slogans == ()


def test_a_day_first_date_with_a_chinese_month_name() -> None:
    m = parse_masthead("僑社新聞\n週日, 27 十月 2019 20:55\n\n正文。")
    assert m.date is not None
    assert m.weekday is not None
    assert (m.date.value, m.weekday.value) == (date(2019, 10, 27), 7)


def test_a_converters_pinyin_glosses_are_read_through() -> None:
    """Text run through a converter that glosses characters (時(shí)政, 農(nóng)歷) reads as
    without the glosses; spans still point at the caller's text, glosses included."""
    page = (
        "2 時(shí) 政 2023 年 11 月 23 日 星期四 責(zé)任編輯:耿 睿 組版:顏 芳 【本報(bào)訊】"
        + "正文很長,一個text layer把整版印在一行上。" * 6
    )
    m = parse_masthead(page)
    assert m.date is not None
    assert m.weekday is not None
    assert m.edition is not None
    assert (m.date.value, m.weekday.value) == (date(2023, 11, 23), 4)
    assert (m.edition.value, m.edition.name, m.edition.text) == ("2", "時政", "2 時(shí) 政")
    assert page[m.date.span.start : m.date.span.end] == "2023 年 11 月 23 日"
    m = parse_masthead("星期一 農(nóng)歷二月初五\n2022年3月7日")
    assert m.lunar is not None
    assert (m.lunar.month, m.lunar.day) == (2, 5)


def test_a_number_before_a_date_word_is_no_page_head() -> None:
    m = parse_masthead("11 月 23 日 星期四 責任編輯:耿睿 組版:顏芳 正文很長很長很長很長。")
    assert m.edition is None


def test_a_letter_spaced_head_reads_as_set_solid() -> None:
    """A PDF text layer of letter-spaced type sets every character apart by one space; the
    masthead reads it as set solid, with spans over the spaced characters."""
    page = "光明日報\n今 日 1 6 版 2 0 2 4 年 1 月 5 日 星 期 五 國 際 刊 號 :ISSN 1002-3666\n"
    m = parse_masthead(page)
    assert m.date is not None
    assert m.weekday is not None
    assert m.page_count is not None
    assert (m.date.value, m.weekday.value, m.page_count.value) == (date(2024, 1, 5), 5, 16)
    assert page[m.date.span.start : m.date.span.end] == "2 0 2 4 年 1 月 5 日"
    assert m.issn is not None
    # Running text with words between single spaces is left as it is.
    m = parse_masthead("2024 年 1 月 5 日 星期五\n")
    assert m.date is not None
    assert m.date.text == "2024 年 1 月 5 日"


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("文章日期:2020年5月24日", date(2020, 5, 24)),
        ("2018-08-26", date(2018, 8, 26)),
        ("发布时间：2021-03-28 08:15", date(2021, 3, 28)),
        ("更新時間:2024/1/5 10:30:05", date(2024, 1, 5)),
    ],
)
def test_a_web_page_is_dated_by_its_date_line(line: str, when: date) -> None:
    body = "【明報專訊】全國人大湖北代表團前日下午舉行全體會議。"
    page = f"湖北書記應勇:大戰仍在繼續\n{line}\n\n{body}\n"
    m = parse_masthead(page)
    assert m.date is not None
    assert (m.date.value, m.date.origin) == (when, "date-line")
    assert page[m.date.span.start : m.date.span.end] == m.date.text


def test_a_date_inside_text_or_far_down_dates_nothing() -> None:
    # a date with words after it on its line, and a date line below the page's top
    assert parse_masthead("标题\n2020年5月24日下午,会议召开。\n").date is None
    assert parse_masthead("标题\n" + "正文一句。\n" * 14 + "2020-05-24\n").date is None
    # a printed masthead date wins over a date line
    m = parse_masthead("2024年1月5日 星期五 农历癸卯年十一月廿四\n2020-05-24\n")
    assert m.date is not None
    assert m.date.value == date(2024, 1, 5)


# --- batch 5 of the real heads (corpus/mastheads): forms found on the dev pages -------------


def test_an_archive_item_head_with_an_empty_page_name_is_the_page_label() -> None:
    page = "只看楼主 倒序阅读 0 发表于: 1955-12-23\n第1版()\n专栏:\n\n许多报纸将改为横排\n"
    m = parse_masthead(page)
    assert m.edition is not None
    assert (m.edition.value, m.edition.origin, m.edition.text) == ("1", "page-label", "第1版()")
    # under a title line the head stays out of the masthead block (it heads the item)
    page = "1951年9月15日人民日报 第1版\n\n第1版()\n专栏:\n\n我们伟大的祖国\n"
    m = parse_masthead(page)
    assert m.edition is not None
    assert m.edition.value == "1"
    assert [s.text for s in m.spans] == ["1951年9月15日人民日报 第1版"]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("當前報章2020年10月05日", date(2020, 10, 5)),
        ("报纸日期:2021-03-08", date(2021, 3, 8)),
        ("China Times - Real Time News ( ) • 2022-01-21 11:38", date(2022, 1, 21)),
    ],
)
def test_a_date_line_may_have_any_short_label_or_end_a_title(line: str, when: date) -> None:
    page = f"設為主頁收藏本頁\n{line}\n今日導讀\n\n【本報訊】政府總部將於本月十七日開放。\n"
    m = parse_masthead(page)
    assert m.date is not None
    assert (m.date.value, m.date.origin) == (when, "date-line")
    assert page[m.date.span.start : m.date.span.end] == m.date.text


def test_an_event_date_is_no_date_line() -> None:
    assert parse_masthead("关于我们\n创刊于1992年9月1日\n").date is None
    assert parse_masthead("关于我们\n成立於2001年5月4日\n").date is None


def test_a_date_under_its_field_label_dates_a_record_anywhere() -> None:
    record = "公教皮鞋 大批運到\n" + "省物資局配售之公教皮鞋,品質優良。\n" * 14
    page = record + "  • 資料來源\n    更生日報\n  • 時間資訊\n    報導時間\n    1957/03/20\n"
    m = parse_masthead(page)
    assert m.date is not None
    assert m.date.value == date(1957, 3, 20)
    assert m.paper_name is not None
    assert (m.paper_name.value, m.paper_name.origin) == ("更生日報", "source-line")
    # without its label a lone date that far down dates nothing
    assert parse_masthead(record + "1957/03/20\n").date is None


def test_a_source_field_names_a_paper_not_an_agency() -> None:
    m = parse_masthead("标题\n作者:张桐  来源:南方日报  发布时间:2019/11/28 15:31:50\n")
    assert m.paper_name is not None
    assert m.paper_name.value == "南方日报"
    assert parse_masthead("标题\n来源:新华社  发布时间:2019/11/28\n").paper_name is None
    assert parse_masthead("消息来源南方日报\n").paper_name is None


def test_a_clause_opening_with_the_word_source_names_no_paper() -> None:
    # 来源于北京晚报 (a wrapped line of text: "comes from the Beijing Evening News") is no
    # field: its label has no colon, space or line break after it, so no "于北京晚报"
    page = "一篇文章\n\n这是正文，说了很多事情。\n来源于北京晚报\n"
    assert parse_masthead(page).paper_name is None
    # a field with a space or a full-width colon after its label still names the paper
    m = parse_masthead("标题\n來源 南方日報\n")
    assert m.paper_name is not None
    assert (m.paper_name.value, m.paper_name.span.start) == ("南方日報", 6)
    m = parse_masthead("标题\n来源：南方日报\n")
    assert m.paper_name is not None
    assert m.paper_name.value == "南方日报"


def test_a_running_number_alone_near_the_top_is_the_issue() -> None:
    m = parse_masthead("電子報\n電子報\n- 第2131期\n\n2019,期待更美!\n")
    assert m.issue_total is not None
    assert (m.issue_total.value, m.issue_total.text) == (2131, "第2131期")
    assert parse_masthead("專欄\n第2期\n").issue_total is None


@pytest.mark.parametrize(
    ("title", "name", "when"),
    [
        ("星島日報(洛杉磯版)03202020", "星島日報", date(2020, 3, 20)),
        ("中國報-马六甲20231101", "中國報", date(2023, 11, 1)),
        ("人民日报 25_06_2024", "人民日报", date(2024, 6, 25)),
        ("人民日报 05_06_2024", "人民日报", None),  # 5 June or 6 May: not read
    ],
)
def test_a_document_title_names_the_paper_and_dates_it(
    title: str, name: str, when: date | None
) -> None:
    page = f"{title}\n\nPage 1\n\n巴尼耶所在的共和黨明確表態不反對參加新政府。\n"
    m = parse_masthead(page)
    assert m.paper_name is not None
    assert m.paper_name.value == name
    assert (m.date.value if m.date else None) == when


def test_the_variant_of_zong_and_a_bare_no_number_are_running_numbers() -> None:
    m = parse_masthead("歐洲商報\n2022年2月·february 2022 · 縂第236期ISSUE235\n")
    assert m.issue_total is not None
    assert m.issue_total.value == 236
    m = parse_masthead("2020年7月31日 Since 1997 No.108916\n兩黨新一輪紓困案談判進展不順\n")
    assert m.issue_total is not None
    assert (m.issue_total.value, m.issue_total.unit) == (108916, "No.")
    assert m.date is not None
    assert m.date.value == date(2020, 7, 31)
    m = parse_masthead("2020年7月31日 星期五 No.888 Main St\n")
    assert m.issue_total is None


def test_a_document_title_may_carry_the_running_number() -> None:
    m = parse_masthead("歐洲商報 第236期\n\nPage 1\n\n北京冬奥会自开赛以来\n")
    assert m.paper_name is not None
    assert m.issue_total is not None
    assert (m.paper_name.value, m.issue_total.value) == ("歐洲商報", 236)


def test_a_page_label_followed_by_a_date_gives_both_wherever_it_stands() -> None:
    page = "勇攀科技高峰 服务国家发展大局 第A1版:封面 2021年02月23日 ·A02·\n"
    m = parse_masthead(page)
    assert m.edition is not None
    assert m.date is not None
    assert (m.edition.value, m.edition.name, m.date.value) == ("A1", "封面", date(2021, 2, 23))
    assert page[m.date.span.start : m.date.span.end] == "2021年02月23日"
    # a label with no date after it is no page fact there
    assert parse_masthead("见本报第3版:要闻。\n").edition is None


def test_a_date_field_may_end_a_line_of_other_words() -> None:
    page = (
        "• 32阅读\n\n只看楼主 倒序阅读 0 发表于: 1955-12-23\n第1版()\n专栏:\n\n许多报纸将改为横排\n"
    )
    m = parse_masthead(page)
    assert m.date is not None
    assert (m.date.value, m.date.text) == (date(1955, 12, 23), "1955-12-23")
    # a date in running words with no field label is none
    assert parse_masthead("标题\n会议于 2020-05-24 召开\n").date is None


# --- batch 6 of the real heads (dev): layout gaps, 代号, 总N期, dotted letter spacing ------


def test_the_gap_between_layout_columns_does_not_make_a_head_line_prose() -> None:
    page = (
        "人民日报                                    2025年10月20日 星期一\n"
        "                                            农历乙巳年八月廿九\n"
        "RENMIN RIBAO                               今日20版 第27873期\n"
        "国内统一连续出版物号 CN 11-0065   代号1-1   人民网网址:http://www.people.com.cn\n"
        "新华社北京10月19日电 中共中央总书记习近平近日……\n"
    )
    m = parse_masthead(page)
    assert m.issue_total is not None
    assert m.page_count is not None
    assert (m.issue_total.value, m.page_count.value) == (27873, 20)
    assert page[m.issue_total.span.start : m.issue_total.span.end] == "第27873期"


def test_daihao_alone_before_a_prefix_and_dash_is_the_postal_code() -> None:
    m = parse_masthead(
        "人民日报\n2025年10月20日 星期一\n国内统一连续出版物号 CN 11-0065\n代号1-1\n"
    )
    assert m.postal_code is not None
    assert (m.postal_code.value, m.postal_code.label) == ("1-1", "代号")
    assert [c.value for c in find_postal_codes("项目代号1-2 代号为3-4 代號：2-11")] == ["2-11"]


def test_zong_with_no_di_before_the_running_number() -> None:
    m = parse_masthead("2015年6月19日 总229期\n\n正文。\n")
    assert m.issue_total is not None
    assert (m.issue_total.value, m.issue_total.text) == (229, "总229期")
    # 汇总 is a word: its 总 is no label, nor is a one-digit count
    assert parse_masthead("2015年6月19日 汇总12期\n").issue_total is None
    assert parse_masthead("2015年6月19日 总2期\n").issue_total is None


def test_zong_right_after_the_years_own_issue_number() -> None:
    m = parse_masthead("2017年1月13日星期五 第1期总303期\n\n正文。\n")
    assert m.issue_total is not None
    assert (m.issue_total.value, m.issue_total.text) == (303, "总303期")


def test_a_letter_spaced_web_address_keeps_its_dots() -> None:
    page = (
        "2015年6月19日\n"
        "周报·Le journal 2 0 1 5 年 6 月 1 9 日 星 期 五 · w w w. e x a m p l e. c a\n"
    )
    m = parse_masthead(page)
    assert m.website is not None
    assert m.weekday is not None
    assert (m.website.value, m.weekday.value) == ("www.example.ca", 5)
    assert page[m.website.span.start : m.website.span.end] == "w w w. e x a m p l e. c a"


def test_a_zero_padded_page_number_beside_the_head_is_the_page() -> None:
    m = parse_masthead("2013年11月7日•星期四 www.example.com.hk\n\n02\n\n天晴\n")
    assert m.edition is not None
    assert (m.edition.value, m.edition.text) == ("02", "02")
    # an unpadded number alone on that line may be anything
    assert parse_masthead("2013年11月7日•星期四 www.example.com.hk\n\n46\n\n天晴\n").edition is None


def test_a_paper_name_standing_alone_on_a_date_line() -> None:
    m = parse_masthead("查看原文\n\n2018-03-05 国际日报 巴厘之窗\n\n今日头条\n")
    assert m.paper_name is not None
    assert m.date is not None
    assert (m.paper_name.value, m.date.value) == ("国际日报", date(2018, 3, 5))
    # the paper speaking of itself (本报) names no paper, and no date is read without one
    assert parse_masthead("查看原文\n\n2018-03-05 本报 巴厘之窗\n\n今日头条\n").paper_name is None


@pytest.mark.parametrize(
    ("page", "value"),
    [
        ("第RB01版: 日报01版\n\n开栏的话\n\n为进一步推动创建工作,本报自今日起开设栏目。\n", "RB01"),
        ("第rb01版:头版 下一版\n下一篇\n\n开局迈出新步伐\n\n告别旧年,迎来新年。\n", "rb01"),
    ],
)
def test_a_page_label_with_a_two_letter_section_code(page: str, value: str) -> None:
    # e-paper systems of a press group prefix the daily's pages with a code (RB for 日报)
    m = parse_masthead(page)
    assert m.edition is not None
    assert m.edition.value == value
    assert page[m.edition.span.start : m.edition.span.end].startswith(f"第{value}版")


def test_a_page_label_with_a_special_page_title_and_numbered_links() -> None:
    page = (
        "第12版:1949-2024 天津日报75周年 上一版3  4下一版  \n \n标题导航\n"
        "2024年01月17日 星期三\n3 上一篇  下一篇 4 放大 缩小 默认\n我们和新中国共成长\n"
    )
    m = parse_masthead(page)
    assert m.edition is not None
    assert (m.edition.value, m.edition.name) == ("12", "1949-2024天津日报75周年")
    m = parse_masthead("第03版:沙颍时评·综合新闻\n\n数百幅照片见证商水巨变\n\n正文一段。\n")
    assert m.edition is not None
    assert m.edition.value == "03"


@pytest.mark.parametrize(
    ("page", "edition", "day"),
    [
        (
            "感知前沿科技\n\n版次:07  2023年09月20日\n\n淮南日报社严正声明\n",
            "07",
            date(2023, 9, 20),
        ),
        (
            "即时新闻\n\n来源:羊城晚报     2021年03月28日        版次:A08    栏目:    "
            "作者:杨明伟\n\n□杨明伟\n",
            "A08",
            date(2021, 3, 28),
        ),
        (
            "返回概览\n\n【日期】= 1990.03.18\n【期号】= 212\n【标题】= 下镇乡里刮春风\n"
            "【版次】= 01\n【版名】=\n",
            "01",
            date(1990, 3, 18),
        ),
        (
            "1960年8月6日参考消息 第4版\n\n    【中央社雾峰21日电】台省矿产现已探勘完竣。\n",
            "4",
            date(1960, 8, 6),
        ),
        (
            "告示:采集本站数据请保持频率。\n\n1959-12-22第4版面所有文章内容\n\n正文。\n",
            "4",
            date(1959, 12, 22),
        ),
    ],
)
def test_a_page_label_printed_with_its_date_or_as_a_field(
    page: str, edition: str, day: date | None
) -> None:
    # the e-paper's identification of the page shown: its label and the issue's date together
    m = parse_masthead(page)
    assert m.edition is not None
    assert m.date is not None
    assert m.edition.value == edition
    assert page[m.edition.span.start : m.edition.span.end].endswith(edition) or "版" in (
        m.edition.text
    )
    if day is not None:
        assert m.date.value == day
    # a design credit (版面设计:) is no page field
    assert parse_masthead("标题\n\n版面设计:张三\n\n正文一段。\n").edition is None


def test_a_web_address_alone_on_a_line_of_the_page_head_is_the_paper_s_site() -> None:
    page = (
        "2013 年 11 月 28 日 总第 22 期 本期 24 版\n法国侨报微信二维码\n法国侨网微博二维码\n"
        "旅行社公众二维码\n文华旅行社二维码\n02\nwww.franceqw.com\n广告\n"
    )
    m = parse_masthead(page)
    assert m.website is not None
    assert (m.website.value, m.website.label) == ("www.franceqw.com", None)
    # an address inside an advertiser's copy, with words around it, is not the paper's
    ad = page.replace("www.franceqw.com", "欢迎访问 www.example.com 订购")
    assert parse_masthead(ad).website is None


def test_the_running_number_closing_a_title_line_or_heading_an_e_paper_page() -> None:
    m = parse_masthead(
        "港紙 HKI POST - 第112期\n\nPage 1\n\n八月一日,港島聯舉辦大獎賽第一期抽獎儀式。\n"
    )
    assert m.issue_total is not None
    assert (m.issue_total.value, m.issue_total.text) == (112, "第112期")
    m = parse_masthead("1886 期 / 第2版:2\n要闻简报\n   ◆9月24日,县直机关篮球赛开赛。\n")
    assert m.issue_total is not None
    assert m.edition is not None
    assert (m.issue_total.value, m.edition.value) == (1886, "2")
    # a number within the year (2008年第04期) is not the running number
    assert parse_masthead("资讯网\n\n2008年第04期\n\n本文摘要:研讨会。\n").issue_total is None


def test_a_masthead_run_into_the_middle_of_a_long_line_is_read() -> None:
    # A flipbook's text joins a front page's head to the stories before and after it: the
    # registration numbers, running number, page count, weekday and lunar date are read
    # from the dense cluster, and the weekday printed before the lunar date is its own fact.
    page = (
        "标题\n\n"
        "“福”字送市民全媒体记者 张三 摄春节的脚步越来越近了，街头巷尾年味渐浓，市民纷纷置办年货。"
        "新闻热线:4286666 邮发代号:53-10 国内统一连续出版物号 CN 62-0002总值班:王五 "
        "20242·1今日16版星期四癸卯年十二月廿二扫码下载中共某市委主管主办 某日报社出版 "
        "总第15000期中共中央政治局召开会议审议有关报告，会议强调要坚持稳中求进工作总基调。\n"
    )
    m = parse_masthead(page)
    got = (
        m.cn_number and str(m.cn_number.value),
        m.postal_code and str(m.postal_code.value),
        m.issue_total and m.issue_total.value,
        m.page_count and m.page_count.value,
        m.weekday and m.weekday.value,
        m.lunar and (m.lunar.month, m.lunar.day),
    )
    assert got == ("62-0002", "53-10", 15000, 16, 4, (12, 22))


def test_a_date_and_weekday_in_running_text_do_not_make_an_inline_masthead() -> None:
    # Prose with a date, a weekday and even a running number is not dense enough.
    page = (
        "标题\n\n"
        "本报讯 2024年2月1日星期四，市图书馆举办读书会，活动持续了整整一个下午，吸引了许多市民，"
        "大家围坐一起交流读书心得，现场气氛热烈，主办方表示今后还将继续举办类似活动，"
        "图书馆负责人介绍，今年以来馆内已举办各类阅读推广活动六十余场，参与读者超过一万人次，"
        "下一步将把读书会开进社区、学校和企业，让更多市民在家门口就能享受阅读的乐趣，"
        "据悉本报已出版总第15000期。\n"
    )
    m = parse_masthead(page)
    assert m.issue_total is None
    assert m.weekday is None


def test_an_english_date_field_opening_the_page_dates_it() -> None:
    # A stored copy or a feed opens the page with its date field; the rest of the line is
    # the page's own text. Nothing else dates the page, so that date stands for it.
    m = parse_masthead(
        " date 2026-02-07 我的頻道\n\n快訊\n\n聯合國財務告急 川普吹噓如今卻將先掏腰包\n"
    )
    assert m.date is not None
    assert (m.date.value, m.date.origin) == (date(2026, 2, 7), "date-line")


def test_an_english_date_field_later_on_the_page_is_not_the_pages_date() -> None:
    m = parse_masthead("我的頻道\n\n快訊 date 2026-02-07 聯合國財務告急 川普吹噓如今卻將先掏腰包\n")
    assert m.date is None


@pytest.mark.parametrize(
    ("title", "name", "issue"),
    [
        ("新加园第419期", "新加园", 419),
        ("港紙 HKI POST - 第112期", "港紙", 112),
    ],
)
def test_an_issue_title_names_the_periodical_whatever_its_name_ends_with(
    title: str, name: str, issue: int
) -> None:
    m = parse_masthead(f"{title}\n\nPage 1\n\n八月一日,港島聯舉辦知識大獎賽第一期抽獎儀式。\n")
    assert m.paper_name is not None
    assert m.paper_name.value == name
    assert m.issue_total is not None
    assert m.issue_total.value == issue


@pytest.mark.parametrize(
    ("title", "name", "day"),
    [
        ("星洲日报~全国_-_04_04_2024", "星洲日报", date(2024, 4, 4)),
        ("13_09_2024星島日報(歐洲版)", "星島日報", date(2024, 9, 13)),
    ],
)
def test_a_document_title_with_an_edition_or_the_date_first(
    title: str, name: str, day: date | None
) -> None:
    m = parse_masthead(f"{title}\n\n巴尼耶所在的共和黨明確表態不反對參加新政府。\n")
    assert m.paper_name is not None
    assert m.paper_name.value == name
    assert (m.date.value if m.date else None) == day


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (
            "新华日报\nXINHUA DAILY\n2024年1月31日 星期三 农历癸卯年十二月廿一\n"
            "第27222号 今日12版\n",
            "新华日报",
        ),
        ("明報 MING PAO\n2024年1月31日 星期三\n", "明報"),
        ("聯合報 UNITED DAILY NEWS\n中華民國113年1月31日 星期三\n今日32版\n第25467號\n", "聯合報"),
        ("星島日報\nSING TAO DAILY\n2024年1月31日(星期三)\n農曆十二月廿一\n", "星島日報"),
    ],
)
def test_a_name_printed_with_its_romanised_name_beside_or_under_it(head: str, name: str) -> None:
    m = parse_masthead(head + "\n港府公布施政報告,市民反應不一。\n")
    assert m.paper_name is not None
    assert (m.paper_name.value, m.paper_name.span.text) == (name, name)


@pytest.mark.parametrize(
    ("label", "value"),
    [("A01 要聞", "A01"), ("B2", "B2"), ("P22", None)],
)
def test_a_lettered_page_label_alone_next_to_the_head_is_its_page(
    label: str, value: str | None
) -> None:
    # P is "page": P22 under a cover's date line points to another page.
    m = parse_masthead(f"東方日報\n2024年1月31日 星期三\n{label}\n\n港府公布施政報告\n")
    assert (m.edition.value if m.edition else None) == value


def test_the_heads_own_unmarked_lines_do_not_part_its_block() -> None:
    # pdftotext of a front page: the name, its romanised name, the running number and an
    # identifier's label alone on its line sit between the dated lines and the identifiers.
    page = (
        "今日16版\n2024年1月31日\n星期三\n农历癸卯年腊月廿一\n第12345期\n扬州日报\n"
        "YANGZHOU DAILY\n中共扬州市委机关报\n国内统一连续出版物号\nCN 32-0012\n"
        "邮发代号 27-10\n扬州网 www.yznews.com.cn\n\n市委常委会召开会议\n"
        "本报讯 记者张三 1月30日,市委常委会召开会议,研究部署今年重点工作。\n"
    )
    m = parse_masthead(page)
    got = (
        m.paper_name and m.paper_name.value,
        m.issue_total and m.issue_total.value,
        m.cn_number and str(m.cn_number.value),
        m.postal_code and str(m.postal_code.value),
    )
    assert got == ("扬州日报", 12345, "32-0012", "27-10")


@pytest.mark.parametrize(
    ("head", "name", "page"),
    [
        ("2024-01-31 星期三\n湖北日报 第1版\n", "湖北日报", "1"),
        ("人民日报 第06版:要闻\n2024年1月31日 星期三\n", "人民日报", "06"),
    ],
)
def test_a_name_line_may_carry_the_pages_label(head: str, name: str, page: str) -> None:
    m = parse_masthead(
        head + "\n全省经济运行稳中向好\n本报讯(记者 张三)1月30日,省统计局发布数据。\n"
    )
    assert m.paper_name is not None
    assert m.edition is not None
    assert (m.paper_name.span.text, m.edition.value) == (name, page)


@pytest.mark.parametrize(
    ("head", "weekday", "page"),
    [
        # 工商日報 1967 (an archive's copy): the weekday after the lunar date, 第十頁
        ("工商日報\n中華民國五十六年七月四日\n農曆丁未年五月二十七日 星期二\n第十頁\n", 2, "十"),
        # 工商晚報 1952: the weekday on a line of its own, 第四頁
        ("工商晚報\n\n中華民國四十一年五月一日\n星期四\n\n第四頁\n", 4, "四"),
        # a sheet and a page (第四張第三頁) is a position, not the page's label
        ("香港華字日報\n中華民國廿四年叁月廿捌號\n乙亥年弍月廿肆日 星期肆\n第弍張第肆頁", 4, None),
    ],
)
def test_old_heads_weekday_after_the_lunar_date_and_page_in_ye(
    head: str, weekday: int, page: str | None
) -> None:
    m = parse_masthead(head + "\n童子軍週年集會\n【本報專訊】本港童子軍將于本週末舉行集會。\n")
    assert m.weekday is not None
    assert (m.weekday.value, m.edition.value if m.edition else None) == (weekday, page)
    assert not [w for w in m.warnings if w.code == "weekday-mismatch"]


def test_an_old_head_in_financial_numerals_is_read() -> None:
    m = parse_masthead(
        "香港華字日報\n中華民國拾叁年柒月廿玖號\n甲子年陸月廿捌日 禮拜弍\n第叁張玖頁\n"
        "◉童子軍二週紀念盛典 昨禮拜六日下午三點半鐘、本港第八旅童子軍假座南唐酒家、舉行典禮、\n"
    )
    assert m.date is not None
    assert m.weekday is not None
    assert m.lunar is not None
    got = (m.date.value.isoformat(), m.date.text, m.weekday.text, m.lunar.ganzhi, m.lunar.day)
    assert got == ("1924-07-29", "中華民國拾叁年柒月廿玖號", "禮拜弍", "甲子", 28)


@pytest.mark.parametrize(
    ("head", "value"),
    [
        ("31/01/2024 星期三\n星洲日報\n", "2024-01-31"),
        ("星期三 31.01.2024\n光华日报\n", "2024-01-31"),
        ("01/31/2024 Wednesday\n世界日報\n", "2024-01-31"),  # month first (American)
        ("04/02/2024 星期日\n星洲日報\n", "2024-02-04"),  # both readings are days: the weekday
        ("02/04/2024 星期二\n星洲日報\n", "2024-04-02"),  # ... decides which
        ("04/02/2024\n星洲日報\n", None),  # no weekday: no telling
        ("31/01/2024 星期四\n星洲日報\n", None),  # a weekday that names no reading
        ("01/01/2013\n", None),  # a chart's axis label
    ],
)
def test_a_date_with_the_year_last_is_read_in_the_order_its_weekday_confirms(
    head: str, value: str | None
) -> None:
    m = parse_masthead(head + "\n首相：經濟穩定\n【本報訊】首相今日表示經濟穩定。\n")
    assert (m.date.value.isoformat() if m.date else None) == value


@pytest.mark.parametrize(("line", "name"), [("光 明 日 报", "光明日报"), ("大 公 報", "大公報")])
def test_a_letter_spaced_name_line_is_read_closed_up(line: str, name: str) -> None:
    m = parse_masthead(f"{line}\n2024年1月31日 星期三\n\n全国政协召开会议\n本报讯 记者张三\n")
    assert m.paper_name is not None
    assert (m.paper_name.value, m.paper_name.span.text) == (name, line)


def test_spaced_lines_are_closed_up_in_the_head_only() -> None:
    # A name line in display type stands in the page's head; spaced lines far down (a page
    # of them: a banner, a layer that spaced every character) are left as they are, so the
    # cuts stay in proportion to the head, not to the page.
    from paper_parser.masthead import _SPACED_LINE_TOP, _without_letter_spacing
    from paper_parser.text import normalize

    body = "正文一行。\n" * _SPACED_LINE_TOP
    norm = _without_letter_spacing(normalize("光 明 日 报\n" + body + "全 市 新 建\n"))
    assert norm.text.startswith("光明日报\n")
    assert norm.text.endswith("\n全 市 新 建\n")


@pytest.mark.parametrize(
    ("head", "value"),
    [
        # an e-mail paper's date line: the running number right after the date
        ("  2015/08/26 第5391期 | 訂閱/退訂 | 看歷史報份\n今日頭條 全募兵跳票\n", 5391),
        ("2020年3月20日 星期五 第11020號\n\n疫情持續\n", 11020),
        # a running number in Chinese digits, digit by digit, in a head
        ("工人日报\n2024年1月31日 星期三 第一二三四五期\n\n新闻\n", 12345),
        # 第五期 of a volume is no running number (as 第3期 in ASCII digits is not)
        ("青年周报\n第二卷 第五期 2024年1月31日\n\n新闻\n", None),
    ],
)
def test_a_running_number_beside_the_date_or_in_chinese_digits(
    head: str, value: int | None
) -> None:
    m = parse_masthead(head + "本報訊 記者張三報道。\n")
    assert (m.issue_total.value if m.issue_total else None) == value


def test_a_heads_date_and_page_count_broken_over_lines_are_read_whole() -> None:
    # pdftotext of a front page: each piece of the display type is a text run of its own
    m = parse_masthead(
        "今日\n16\n版\n2024年1月\n31日\n星\n期\n三\n兰州日报\n\n市委常委会召开会议\n本报讯\n"
    )
    assert m.date is not None
    assert m.page_count is not None
    assert m.weekday is not None
    assert (m.weekday.value, m.weekday.text) == (3, "星\n期\n三")  # set vertically
    assert (m.date.value, m.date.text) == (date(2024, 1, 31), "2024年1月\n31日")
    assert (m.page_count.value, m.page_count.text) == (16, "今日\n16\n版")


def test_a_head_dated_by_a_qing_reign_gives_the_day() -> None:
    m = parse_masthead("時報\n宣統三年八月十九日\n\n武昌起義\n本館專電 昨夜武昌新軍起事。\n")
    assert m.date is not None
    assert m.lunar is not None
    assert (m.date.value, m.date.derived) == (date(1911, 10, 10), True)
    assert (m.lunar.ganzhi, m.lunar.year, m.lunar.month, m.lunar.day) == (None, 1911, 8, 19)
    assert not m.warnings


def test_a_breadcrumb_ends_in_the_pages_label_and_names_no_paper() -> None:
    m = parse_masthead("首页 > 电子报 > 第A03版：时事\n发布日期：2024年01月31日\n\n新闻标题\n")
    assert m.edition is not None
    assert (m.edition.value, m.edition.name) == ("A03", "时事")
    assert m.paper_name is None  # 电子报 is the word for an e-paper, not its name
