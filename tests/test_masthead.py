"""parse_masthead: the sample issue exactly, hand-made layouts, warnings, properties, fuzzing."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from paper_parser import Masthead, Span, parse_masthead, solar_to_lunar
from paper_parser.masthead import _parse
from tests.strategies import (
    masthead_sample_page,
    masthead_values,
    page_like_text,
    render_masthead,
    tricky_text,
)


def codes(m: Masthead) -> list[str]:
    return [w.code for w in m.warnings]


def _spans_are_true(page: str, m: Masthead) -> None:
    """Every span of every field holds the text printed there."""
    items: list[object] = [getattr(m, f.name) for f in attrs.fields(Masthead)]
    flat: list[object] = []
    for item in items:
        flat.extend(item if isinstance(item, tuple) else [item])
    for item in flat:
        span = item if isinstance(item, Span) else getattr(item, "span", None)
        if span is not None:
            assert page[span.start : span.end] == span.text
        text = getattr(item, "text", None)
        if span is not None and text is not None:
            assert text == span.text


# --- the sample issue ---------------------------------------------------------------------


def test_sample_masthead_fields(sample_text: str) -> None:
    m = parse_masthead(sample_text)
    assert m.paper_name is not None
    assert (m.paper_name.value, m.paper_name.derived) == ("浙江工人日报", False)
    assert m.date is not None
    assert (m.date.value, m.date.text, m.date.derived) == (
        date(2021, 12, 23),
        "2021年12月23日",
        False,
    )
    assert m.weekday is not None
    assert (m.weekday.value, m.weekday.text) == (4, "星期四")
    assert m.lunar is not None
    lunar = m.lunar
    assert (lunar.ganzhi, lunar.year, lunar.month, lunar.day, lunar.leap) == (
        "辛丑", 2021, 11, 20, False,
    )  # fmt: skip
    assert lunar.text == "辛丑年十一月二十"
    assert lunar.value == solar_to_lunar(date(2021, 12, 23))
    assert m.cn_number is not None
    assert (str(m.cn_number), m.cn_number.region, m.cn_number.text) == (
        "33-0018",
        "浙江",
        "CN33—0018",
    )
    assert m.postal_code is not None
    assert (m.postal_code.value, m.postal_code.province, m.postal_code.kind) == (
        "31-2", "浙江", "newspaper",
    )  # fmt: skip
    assert m.issue_total is not None
    assert (m.issue_total.value, m.issue_total.unit, m.issue_total.text) == (
        11997,
        "号",
        "总第11997号",
    )
    assert m.website is not None
    assert (m.website.value, m.website.label) == ("www.zjgrrb.com", "电子版")
    assert m.email is not None
    assert m.email.value == "zjgrxb@163.com"
    assert m.address is not None
    assert (m.address.value, m.address.label) == ("杭州市学院路107号", "社址")
    assert m.postcode is not None
    assert m.postcode.value == "310012"
    assert (m.issn, m.page_count, m.edition, m.publisher, m.price, m.phones) == (
        None, None, None, None, None, (),
    )  # fmt: skip
    assert m.warnings == ()
    _spans_are_true(sample_text, m)


def test_sample_masthead_block_and_slogans(sample_text: str) -> None:
    m = parse_masthead(sample_text)
    lines = sample_text.split("\n")
    start = sum(len(line) + 1 for line in lines[:4])
    end = sum(len(line) + 1 for line in lines[:24]) - 1
    assert [(s.start, s.end) for s in m.spans] == [(start, end)]
    assert m.spans[0].text.startswith("辛丑年十一月二十")
    assert m.spans[0].text.endswith("邮编:310012")
    assert [s.text for s in m.slogans] == [
        "倾情关注劳动群体 全心服务工会组织",
        "浙工之家 掌上娘家",
        "浙江省总工会官方微信公众号",
    ]


def test_masthead_found_below_other_text(sample_text: str) -> None:
    lines = sample_text.split("\n")
    head, masthead, rest = lines[:4], lines[4:24], lines[24:]
    moved = "\n".join([*head, *rest[:6], "", *masthead, "", *rest[6:]])
    m = parse_masthead(moved)
    assert m.cn_number is not None
    assert m.cn_number.value == "33-0018"
    assert m.date is not None
    assert m.date.value == date(2021, 12, 23)
    assert len(m.spans) == 1
    assert m.spans[0].text.startswith("辛丑年十一月二十")
    _spans_are_true(moved, m)


def test_sample_under_page_perturbation_keeps_values(sample_text: str) -> None:
    crlf = sample_text.replace("\n", "\r\n")
    m = parse_masthead(crlf)
    assert m.date is not None
    assert m.date.value == date(2021, 12, 23)
    assert m.address is not None
    assert m.address.value == "杭州市学院路107号"
    assert len(m.slogans) == 3
    _spans_are_true(crlf, m)


# --- layouts ------------------------------------------------------------------------------


def test_run_together_line_with_glued_label() -> None:
    page = (
        "德州晚报 2024年1月31日 星期三 农历癸卯年十二月廿一 今日16版 国内统一刊号:CN37—0063 "
        "邮发代号:23—115 德州晚报网www.dzwww.com 新闻热线:0534-2322110\n年货市场迎来销售旺季"
    )
    m = parse_masthead(page)
    assert m.paper_name is not None
    assert m.paper_name.value == "德州晚报"
    assert m.date is not None
    assert m.date.value == date(2024, 1, 31)
    assert m.lunar is not None
    assert (m.lunar.month, m.lunar.day, m.lunar.year) == (12, 21, 2023)
    assert m.page_count is not None
    assert m.page_count.value == 16
    assert m.website is not None
    assert (m.website.value, m.website.label) == (
        "www.dzwww.com",
        "德州晚报网",
    )
    assert [(p.value, p.label) for p in m.phones] == [("0534-2322110", "新闻热线")]
    assert m.postal_code is not None
    assert m.postal_code.province == "山东"
    assert m.spans[0].text == page.split("\n")[0]
    assert m.slogans == ()
    assert m.warnings == ()


def test_traditional_labels() -> None:
    page = (
        "澳江日報\n二〇二三年四月五日 星期三\n農曆癸卯年閏二月十五\n"
        "國內統一刊號:CN46—0012\n郵發代號:83—5\n總第8123期 今日八版\n澳江日報社主辦\n"
        "社址:海口市濱海大道66號郵編:570105\n零售價:1.50元\n\n清明時節 市民踏青祭掃"
    )
    m = parse_masthead(page)
    assert m.lunar is not None
    assert (m.lunar.ganzhi, m.lunar.month, m.lunar.day, m.lunar.leap) == ("癸卯", 2, 15, True)
    assert m.issue_total is not None
    assert (m.issue_total.value, m.issue_total.unit) == (8123, "期")
    assert m.page_count is not None
    assert m.page_count.value == 8
    assert m.publisher is not None
    assert m.publisher.value == "澳江日報社"
    # the address is glued to the next label: it stops there
    assert m.address is not None
    assert m.address.value == "海口市濱海大道66號"
    assert m.postcode is not None
    assert m.postcode.value == "570105"
    assert m.price is not None
    assert (m.price.value, m.price.currency) == (Fraction(3, 2), "元")
    assert m.cn_number is not None
    assert m.cn_number.region == "海南"
    assert m.warnings == ()
    _spans_are_true(page, m)


def test_national_daily_with_issn_and_page_count() -> None:
    page = (
        "光明日报\n2024年1月31日 星期三\n农历癸卯年十二月廿一\n今日12版\n"
        "国内统一连续出版物号 CN11-0026\nISSN 1002-3666\n邮发代号 1-16\n总第26602号"
    )
    m = parse_masthead(page)
    assert m.issn is not None
    assert (m.issn.value, m.issn.check_ok) == ("1002-3666", True)
    assert m.issn.text == "ISSN 1002-3666"
    assert m.page_count is not None
    assert m.page_count.text == "今日12版"
    assert m.postal_code is not None
    assert m.postal_code.value == "1-16"
    assert m.warnings == ()


def test_name_from_cn_table_when_the_name_line_is_lost() -> None:
    m = parse_masthead("2021年12月23日 星期四\n国内统一刊号:CN11-0065\n邮发代号:1-1")
    assert m.paper_name is not None
    assert (m.paper_name.value, m.paper_name.derived, m.paper_name.text) == (
        "人民日报",
        True,
        "CN11-0065",
    )


def test_full_width_and_odd_spaces() -> None:
    page = (
        "２０２１年１２月２３日　星期四\n国内统一刊号：ＣＮ３３－００１８\n"
        "邮发代号：３１－２　总第１１９９７号"
    )
    m = parse_masthead(page)
    assert m.cn_number is not None
    assert m.cn_number.text == "ＣＮ３３－００１８"
    assert m.issue_total is not None
    assert m.issue_total.value == 11997
    assert m.date is not None
    assert m.date.value == date(2021, 12, 23)
    _spans_are_true(page, m)


def test_removed_format_characters_keep_spans_in_the_original() -> None:
    page = "\ufeff2021年12月23日 星期四\n国内统一刊号:CN33\u200b—0018\n邮发代号:31—2"
    m = parse_masthead(page)
    assert m.cn_number is not None
    assert m.cn_number.text == "CN33\u200b—0018"
    _spans_are_true(page, m)


def test_no_masthead() -> None:
    assert parse_masthead("") == Masthead()
    assert parse_masthead("今年以来,全省各级工会共举办就业招聘1037场。") == Masthead()


def test_a_date_in_body_text_is_not_a_masthead() -> None:
    body = "2021年12月23日,记者来到杭州市学院路107号的一家工厂,看到工人们正在忙碌地生产。" * 3
    assert parse_masthead(body).spans == ()


# --- derived date and warnings ------------------------------------------------------------


def test_date_derived_from_lunar_and_ganzhi() -> None:
    m = parse_masthead("农历辛丑年十一月二十 星期四\n国内统一刊号:CN33—0018")
    assert m.date is not None
    assert (m.date.value, m.date.derived, m.date.text) == (
        date(2021, 12, 23),
        True,
        "辛丑年十一月二十",
    )
    assert m.warnings == ()


def test_lunar_date_that_does_not_exist() -> None:
    # 2021 has no leap month: 闰十一月 cannot be placed.
    m = parse_masthead("农历辛丑年闰十一月二十\n国内统一刊号:CN33—0018")
    assert m.date is None
    assert codes(m) == ["lunar-invalid"]


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        ("2021年12月23日 星期五\n国内统一刊号:CN33—0018", ["weekday-mismatch"]),
        ("2021年12月23日 辛丑年十一月廿一\n国内统一刊号:CN33—0018", ["lunar-mismatch"]),
        ("2021年12月23日 庚子年十一月二十\n国内统一刊号:CN33—0018", ["ganzhi-mismatch"]),
        ("2021年12月23日 星期四\n国内统一刊号:CN99—0018", ["cn-region-unknown"]),
        ("2021年12月23日 星期四\n国内统一刊号:CN33—1018", ["cn-serial-range"]),
        ("2021年12月23日\nISSN 1002-3667 CN11-0026", ["issn-check-digit"]),
        ("人民日报\n2021年12月23日\n国内统一刊号:CN33—0018", ["paper-name-mismatch"]),
    ],
)
def test_warnings(masthead: str, expected: list[str]) -> None:
    m = parse_masthead(masthead)
    assert codes(m) == expected
    for w in m.warnings:
        assert masthead[w.span.start : w.span.end] == w.span.text
        assert w.message


# --- properties ---------------------------------------------------------------------------


@given(values=masthead_values(), data=st.data())
def test_rewritten_sample_masthead_reads_back(
    values: dict[str, object], data: st.DataObject
) -> None:
    masthead = data.draw(render_masthead(values))
    page = masthead_sample_page(masthead)
    m = parse_masthead(page)
    day = values["date"]
    lunar = values["lunar"]
    assert isinstance(day, date)
    assert m.date is not None
    assert m.date.value == day
    assert not m.date.derived
    assert m.weekday is not None
    assert m.weekday.value == day.isoweekday()
    assert m.lunar is not None
    assert m.lunar.value == lunar
    cn = f"{values['cn_region']}-{values['cn_serial']}"
    assert m.cn_number is not None
    assert m.cn_number.value == cn
    assert m.postal_code is not None
    assert m.postal_code.value == f"{values['postal_prefix']}-{values['postal_serial']}"
    assert m.issue_total is not None
    assert m.issue_total.value == values["issue_total"]
    assert m.paper_name is not None
    assert m.paper_name.value == "浙江工人日报"
    assert m.website is not None
    assert m.website.value == "www.zjgrrb.com"
    assert m.address is not None
    assert m.address.value == "杭州市学院路107号"
    assert m.postcode is not None
    assert m.postcode.value == "310012"
    assert [s.text for s in m.slogans] == [
        "倾情关注劳动群体 全心服务工会组织",
        "浙工之家 掌上娘家",
        "浙江省总工会官方微信公众号",
    ]
    # The name line says 浙江工人日报, whose CN is 33-0018.
    assert codes(m) == ([] if cn == "33-0018" else ["paper-name-mismatch"])
    _spans_are_true(page, m)


@given(values=masthead_values(), shift=st.integers(1, 6), data=st.data())
def test_wrong_weekday_is_reported(
    values: dict[str, object], shift: int, data: st.DataObject
) -> None:
    weekday = values["weekday"]
    assert isinstance(weekday, int)
    wrong = (weekday - 1 + shift) % 7 + 1
    values = {**values, "weekday": wrong, "cn_region": "33", "cn_serial": "0018"}
    m = parse_masthead(masthead_sample_page(data.draw(render_masthead(values))))
    assert m.weekday is not None
    assert m.weekday.value == wrong
    assert codes(m) == ["weekday-mismatch"]


@given(values=masthead_values(), shift=st.integers(1, 20), data=st.data())
def test_wrong_lunar_date_is_reported(
    values: dict[str, object], shift: int, data: st.DataObject
) -> None:
    day = values["date"]
    assert isinstance(day, date)
    other = solar_to_lunar(day.fromordinal(day.toordinal() + shift))
    right = solar_to_lunar(day)
    # Print the right 干支 year with another day's month and day.
    printed = attrs.evolve(other, ganzhi=right.ganzhi)
    values = {**values, "lunar": printed, "cn_region": "33", "cn_serial": "0018"}
    m = parse_masthead(masthead_sample_page(data.draw(render_masthead(values))))
    assert m.lunar is not None
    assert (m.lunar.month, m.lunar.day) == (other.month, other.day)
    assert codes(m) == ["lunar-mismatch"]


# --- fuzzing ------------------------------------------------------------------------------


@given(st.one_of(tricky_text, page_like_text(), st.text(max_size=300)))
@example("国内统一刊号:" * 300)
@example("星期四" * 1000)
@example("总第" + "1" * 3000)
@example("社址:" + "杭" * 3000)
@example("\n" * 3000)
def test_parse_masthead_never_raises(text: str) -> None:
    # The private worker, so that a bug cannot hide behind parse_masthead's safety net.
    m = _parse(text) if text else parse_masthead(text)
    assert m == parse_masthead(text)
    _spans_are_true(text, m)


@given(perturb=st.sampled_from(["", "\u3000", "\u200b", "—", "\r\n", "CN", "星期"]), data=st.data())
def test_parse_masthead_on_sample_with_injected_noise(
    sample_text: str, perturb: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(0, len(sample_text)))
    page = sample_text[:at] + perturb + sample_text[at:]
    m = _parse(page)
    _spans_are_true(page, m)


def test_page_foot_furniture_is_a_second_masthead_span(sample_text: str) -> None:
    page = (
        sample_text.replace("社址:杭州市学院路107号 邮编:310012", "")
        + "\n\n本报地址:杭州市学院路107号 邮编:310012 广告热线:0571-85123456 零售价:1.50元\n"
    )
    m = parse_masthead(page)
    assert len(m.spans) == 2
    assert m.spans[1].text.startswith("本报地址:")
    assert m.address is not None
    assert m.address.value == "杭州市学院路107号"
    assert [(p.value, p.label) for p in m.phones] == [("0571-85123456", "广告热线")]
    assert m.price is not None
    assert (m.price.value, m.price.currency, m.price.label) == (Fraction(3, 2), "元", "零售价")
    _spans_are_true(page, m)


def test_page_without_masthead_has_none(sample_text: str) -> None:
    body = "\n".join(sample_text.split("\n")[24:])
    assert parse_masthead(body) == Masthead()


# --- inner pages and long web addresses (hand-checked) ----------------------------------------


def test_a_page_label_line_alone_is_the_masthead_of_an_inner_page() -> None:
    m = parse_masthead("第03版：要闻\n\n假期最后一天 返程客流平稳有序\n\n正文。")
    assert m.edition is not None
    assert (m.edition.value, m.edition.name, m.edition.text) == ("03", "要闻", "第03版：要闻")
    assert [sp.text for sp in m.spans] == ["第03版：要闻"]


@pytest.mark.parametrize("line", ["（下转第2版）", "详见第2版", "G20峰会"])
def test_a_page_reference_in_the_text_is_not_a_masthead(line: str) -> None:
    m = parse_masthead(f"{line}\n\n正文。")
    assert m.edition is None
    assert m.spans == ()


def test_a_long_web_address_does_not_push_its_line_out_of_the_masthead() -> None:
    page = "人民日报\n2024年3月6日 星期三\n邮发代号 1-1\n\n人民网网址：http://www.people.com.cn\n"
    m = parse_masthead(page)
    assert m.website is not None
    assert (m.website.value, m.website.label) == ("http://www.people.com.cn", "人民网网址")
    assert m.spans[-1].text.endswith("http://www.people.com.cn")


# --- a page stating its own date ("today is", hand-written from the shapes of real digests) --


def test_a_today_is_clause_dates_the_page_inside_a_long_sentence() -> None:
    # A broadcast script's opening: its date clause sits in a long sentence that names a
    # programme (…商報2024全國兩會特別節目) and other days (3月11日 is an event's).
    page = (
        "京港早晨,各位早安!歡迎收看本台2024全國兩會特別節目,我是主持。今天是2024年3月5號,"
        "星期二,北京天氣大部多雲,氣溫1到5攝氏度。香港天氣多雲,氣溫21到25攝氏度。\n"
        "會議將於3月11日下午閉幕,會期7天。\n"
    )
    m = parse_masthead(page)
    assert m.date is not None
    assert m.date.value.isoformat() == "2024-03-05"
    assert m.weekday is not None
    assert m.weekday.value == 2
    assert m.paper_name is None


def test_a_date_in_running_text_without_today_is_no_head() -> None:
    page = (
        "京港早晨,各位早安!歡迎收看本台特別節目,我是主持。會議於2024年3月5日上午開幕,"
        "星期二舉行首次全體會議,北京天氣大部多雲,氣溫1到5攝氏度,香港天氣多雲。\n"
    )
    assert parse_masthead(page).date is None


def test_a_title_line_with_an_em_dash_edition_and_a_day_first_date() -> None:
    # A blog's title for a regional edition: name — edition __ dd_mm_yyyy (one reading: 18
    # is no month).
    m = parse_masthead("星洲日报—大北马__18_08_2025\n这是一份新闻摘要。\n")
    assert m.paper_name is not None
    assert m.paper_name.value == "星洲日报"
    assert m.date is not None
    assert m.date.value.isoformat() == "2025-08-18"


def test_a_label_ending_in_a_copula_is_no_name_but_its_running_number_stands() -> None:
    m = parse_masthead("當前報章為 第12041號\n2019年01月18日\n星期五\n澳聞集納\n")
    assert m.paper_name is None
    assert m.issue_total is not None
    assert m.issue_total.value == 12041
    assert m.date is not None
    assert m.date.value.isoformat() == "2019-01-18"


def test_a_page_label_in_chinese_numerals_alone_at_the_top_is_the_edition() -> None:
    m = parse_masthead("第十二版\n農曆癸巳年四月初八日\n二O一三年五月十七日\n星期五\n正文。\n")
    assert m.edition is not None
    assert (m.edition.value, m.edition.text) == ("十二", "第十二版")
    assert m.date is not None
    assert m.date.value.isoformat() == "2013-05-17"


def test_a_page_reference_in_chinese_numerals_in_the_text_is_no_edition() -> None:
    assert parse_masthead("2013年5月17日 星期五\n詳見第二版報道。\n").edition is None


@pytest.mark.parametrize(
    ("page", "iso"),
    [
        ("正文复制\n每日读报(2024年3月24日)\n国内\n3月23日,有关方面表示加强合作。\n", "2024-03-24"),
        (
            "0\n0\n【某台】2019年10月8日報章頭條摘要。\n\n《某報》﹣ 港鐵多站今難重開\n",
            "2019-10-08",
        ),
    ],
)
def test_a_short_title_line_with_one_date_dates_the_page(page: str, iso: str) -> None:
    m = parse_masthead(page)
    assert m.date is not None
    assert m.date.value.isoformat() == iso


@pytest.mark.parametrize(
    "page",
    [
        "回顾:2019年10月8日至10月12日大事记\n正文。\n",
        "当地时间2019年10月8日上午,一艘货轮在港口附近海域搁浅,海事部门随即派出救援船只前往现场。\n",
    ],
)
def test_a_date_range_or_a_sentence_is_no_title_date(page: str) -> None:
    assert parse_masthead(page).date is None
