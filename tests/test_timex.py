"""find_article_dates: dates in running text resolved to the calendar (issue 12).

* the sample page against ``corpus/zhejiang-gongren-ribao-2021-12-23-p1.dates.json`` (every
  date and time expression, read by hand, with the reference of its article);
* no reference, no resolution: only dates printed with their year get a value;
* forms written from principles (partial dates rolling back over New Year, ISO weeks, parts of
  years and months, intervals), and hypothesis: random references and printed forms.
"""

from __future__ import annotations

import json
import warnings
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from paper_parser import Span
from paper_parser.calendar import find_dates
from paper_parser.timex import ResolvedDate, _resolved, find_article_dates

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
STEM = "zhejiang-gongren-ribao-2021-12-23-p1"
FIELDS = ("kind", "value", "granularity", "mod", "time")


def _gold() -> tuple[str, dict[str, object]]:
    gold = json.loads((CORPUS / f"{STEM}.dates.json").read_text(encoding="utf-8"))
    page = (CORPUS / gold["page"]).read_text(encoding="utf-8")
    return page, gold


def _found(page: str, gold: dict[str, object]) -> list[ResolvedDate]:
    found: list[ResolvedDate] = []
    for region in gold["regions"]:  # type: ignore[attr-defined]
        start, end = region["span"]
        ref = date.fromisoformat(region["reference"])
        found.extend(find_article_dates(page, ref, start=start, end=end))
    return found


def test_the_gold_is_true_to_the_page() -> None:
    page, gold = _gold()
    for item in gold["dates"] + gold["not_dates"]:  # type: ignore[operator]
        s, e = item["span"]
        assert page[s:e] == item["text"]


def test_every_date_on_the_sample_page_is_resolved() -> None:
    """Spans found exactly, and every field of every found expression right; printed."""
    page, gold = _gold()
    found = {(d.span.start, d.span.end): d for d in _found(page, gold)}
    wanted = {tuple(item["span"]): item for item in gold["dates"]}  # type: ignore[attr-defined]
    tp = len(set(found) & set(wanted))
    problems = [f"missed {page[s:e]!r} at {s}" for s, e in sorted(set(wanted) - set(found))]
    problems += [f"unexpected {page[s:e]!r} at {s}" for s, e in sorted(set(found) - set(wanted))]
    right = 0
    for key in sorted(set(found) & set(wanted)):
        got, item = found[key], wanted[key]
        wrong = [f for f in FIELDS if getattr(got, f) != item[f]]
        if wrong:
            problems.append(
                f"{item['text']!r}: "
                + ", ".join(f"{f} {getattr(got, f)!r} != {item[f]!r}" for f in wrong)
            )
        else:
            right += 1
    print(
        f"\nsample page dates: {len(wanted)} in the gold, {len(found)} found, {tp} spans right, "
        f"{right} fully right (kind, value, granularity, mod, time)"
    )
    assert not problems, "\n".join(problems)
    for item in gold["not_dates"]:  # type: ignore[attr-defined]
        s, e = item["span"]
        assert not any(a < e and s < b for a, b in found), item["text"]


def test_no_reference_no_resolution_on_the_sample_page() -> None:
    page, gold = _gold()
    found = find_article_dates(page, None)
    resolved = [d for d in found if d.value is not None]
    # Only what the text itself fixes: dates printed with their year (自2019年以来 is left
    # open: the interval runs to the reference, and there is none).
    assert [(d.text, d.value) for d in resolved] == [
        ("2021年12月23日 星期四", "2021-12-23"),
        ("2021年", "2021"),
    ]
    assert all(d.kind == "absolute" for d in resolved)
    assert len(found) == len(gold["dates"])  # type: ignore[arg-type]
    assert all(d.reference is None for d in found)


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("12月30日", date(2022, 1, 5), ("partial", "2021-12-30", "day")),  # rolls back a year
        ("1月3日", date(2021, 12, 28), ("partial", "2022-01-03", "day")),  # and forward
        ("22日", date(2021, 12, 23), ("partial", "2021-12-22", "day")),
        ("30日", date(2022, 1, 2), ("partial", "2021-12-30", "day")),
        ("昨天", date(2022, 1, 1), ("relative", "2021-12-31", "day")),
        ("前天", date(2021, 3, 1), ("relative", "2021-02-27", "day")),
        ("今天", date(2021, 12, 23), ("relative", "2021-12-23", "day")),
        ("去年", date(2021, 12, 23), ("relative", "2020", "year")),
        ("本月", date(2021, 12, 23), ("relative", "2021-12", "month")),
        ("上月", date(2021, 1, 10), ("relative", "2020-12", "month")),
        ("上个月", date(2021, 3, 10), ("relative", "2021-02", "month")),
        ("上周", date(2021, 12, 23), ("relative", "2021-W50", "week")),
        ("本周", date(2021, 1, 3), ("relative", "2020-W53", "week")),
        ("上周五", date(2021, 12, 23), ("relative", "2021-12-17", "day")),
        ("今年上半年", date(2021, 12, 23), ("relative", "2021-H1", "half-year")),
        ("2024年底", date(2025, 12, 25), ("absolute", "2024", "year")),
        ("去年年底", date(2021, 12, 23), ("relative", "2020", "year")),
        ("11月底", date(2021, 12, 23), ("partial", "2021-11", "month")),
        ("12月上旬", date(2022, 1, 20), ("partial", "2021-12", "month")),
        ("二〇二一年十二月二十一日", None, ("absolute", "2021-12-21", "day")),
        ("民国110年12月23日", None, ("absolute", "2021-12-23", "day")),
        ("2021.12.21", None, ("absolute", "2021-12-21", "day")),
        ("今年暑假", date(2021, 12, 23), ("relative", "2021-SU", "season")),
        ("2018年第一季度", None, ("absolute", "2018-Q1", "quarter")),
        ("今年一季度", date(2021, 5, 1), ("relative", "2021-Q1", "quarter")),
        ("上年", date(2023, 3, 21), ("relative", "2022", "year")),
        # a day word and its day of the month in brackets: the printed day is the date, the
        # word says which month (a page dated a day after its news: 今日（8日） on the 9th)
        ("昨(1)日", date(2026, 1, 2), ("relative", "2026-01-01", "day")),
        ("昨(31)日", date(2026, 1, 1), ("relative", "2025-12-31", "day")),
        ("今(13)日", date(2024, 5, 13), ("relative", "2024-05-13", "day")),
        ("今日（8日）", date(2026, 1, 9), ("relative", "2026-01-08", "day")),
        ("昨日(26日)", date(2024, 5, 27), ("relative", "2024-05-26", "day")),
        ("前天（7日）", date(2026, 1, 9), ("relative", "2026-01-07", "day")),
        ("明(10)日", None, ("relative", None, "day")),
    ],
)
def test_forms(text: str, ref: date | None, expected: tuple[str, str, str]) -> None:
    (d,) = find_article_dates(text, ref)
    assert d.text == text
    assert (d.kind, d.value, d.granularity) == expected


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        ("今年以来", date(2021, 12, 23), "2021-01-01/2021-12-23"),
        ("12月5日以来", date(2021, 12, 23), "2021-12-05/2021-12-23"),
        ("今年5月份以来", date(2021, 12, 23), "2021-05-01/2021-12-23"),
        ("2019年以来", date(2021, 12, 23), "2019-01-01/2021-12-23"),
        ("上周以来", date(2021, 12, 23), "2021-12-13/2021-12-23"),
        ("近日", date(2021, 12, 23), None),
        ("近年来", date(2021, 12, 23), None),
        ("12月5日以来", None, None),
        ("2月3日至5日", date(2017, 2, 22), "2017-02-03/2017-02-05"),
        ("2002年至2017年", None, "2002-01-01/2017-12-31"),
        ("今日至后天", date(2017, 9, 18), "2017-09-18/2017-09-20"),
        ("26—27日", date(2007, 9, 25), "2007-09-26/2007-09-27"),
        ("16日夜间至18日", date(2024, 11, 14), "2024-11-16/2024-11-18"),
        ("2019年前三季度", None, "2019-01-01/2019-09-30"),
        ("2019年前11个月", None, "2019-01-01/2019-11-30"),
    ],
)
def test_spans_of_time(text: str, ref: date | None, value: str | None) -> None:
    (d,) = find_article_dates(text, ref)
    assert (d.text, d.kind, d.value) == (text, "interval", value)


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("22日早上", "TMO"),
        ("22日下午3时", "T15:00"),
        ("22日0~15时", "T00:00/T15:00"),
        ("昨日晚上", "TEV"),
        ("10月19日晚", "TEV"),
        ("22日中午", "TMI"),
    ],
)
def test_times_of_day(text: str, time: str) -> None:
    (d,) = find_article_dates(text, date(2021, 12, 23))
    assert (d.text, d.time) == (text, time)


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # forms of real news sentences (corpus/dates/dev-2026-12.jsonl)
        ("春节", date(2023, 1, 13), ("partial", "2023-01-22", "day", None, None)),
        ("端午節", date(2016, 6, 5), ("partial", "2016-06-09", "day", None, None)),
        ("元旦", date(2023, 1, 13), ("partial", "2023-01-01", "day", None, None)),
        ("除夕", date(2023, 1, 13), ("partial", "2023-01-21", "day", None, None)),
        ("2023年春节", None, ("absolute", "2023-01-22", "day", None, None)),
        ("今年国庆节", date(2019, 5, 1), ("relative", "2019-10-01", "day", None, None)),
        ("20世纪70年代", None, ("absolute", "197", "decade", None, None)),
        ("1990年代", None, ("absolute", "199", "decade", None, None)),
        ("上世纪90年代", date(2023, 1, 1), ("relative", "199", "decade", None, None)),
        ("七十年代末", date(1999, 9, 10), ("partial", "197", "decade", "END", None)),
        ("20年代", date(2023, 1, 1), ("partial", "202", "decade", None, None)),
        ("8年前", date(2016, 6, 5), ("relative", "2008", "year", None, None)),
        ("三年前", date(2016, 6, 5), ("relative", "2013", "year", None, None)),
        ("周末", date(2012, 10, 12), ("relative", "2012-W41-WE", "week", None, None)),
        ("上周末", date(2012, 10, 12), ("relative", "2012-W40-WE", "week", None, None)),
        ("昨", date(2025, 3, 14), ("relative", "2025-03-13", "day", None, None)),
        ("昨晚", date(2016, 6, 5), ("relative", "2016-06-04", "day", None, "TEV")),
        ("今晨", date(2016, 6, 5), ("relative", "2016-06-05", "day", None, "TMO")),
        ("前晚", date(2016, 6, 5), ("relative", "2016-06-03", "day", None, "TEV")),
        ("十九日深夜", date(2024, 1, 20), ("partial", "2024-01-19", "day", None, "TNI")),
        ("十九日深夜十一時", date(2024, 1, 20), ("partial", "2024-01-19", "day", None, "T23:00")),
        ("十日晚間七時三十分", date(2024, 1, 20), ("partial", "2024-01-10", "day", None, "T19:30")),
        (
            "今(21日)上午7時40分",
            date(2023, 3, 21),
            ("relative", "2023-03-21", "day", None, "T07:40"),
        ),
        ("當晚十一點", date(2024, 1, 20), ("relative", None, "day", None, "T23:00")),
        ("今年的9月18日", date(2011, 9, 18), ("relative", "2011-09-18", "day", None, None)),
        # parts of a year without the year, as statistics releases print them
        ("三季度", date(2016, 10, 19), ("partial", "2016-Q3", "quarter", None, None)),
        ("四季度", date(2020, 1, 17), ("partial", "2019-Q4", "quarter", None, None)),
        ("三季度末", date(2024, 10, 18), ("partial", "2024-Q3", "quarter", "END", None)),
        ("上半年", date(2022, 10, 31), ("partial", "2022-H1", "half-year", None, None)),
        ("前三季度", date(2016, 10, 19), ("interval", "2016-01-01/2016-09-30", "day", None, None)),
        ("上年同期", date(2022, 10, 31), ("relative", "2021", "year", None, None)),
        ("2019年同期", None, ("absolute", "2019", "year", None, None)),
        # Taiwanese papers: a weekday with its month/day, a range of month/days
        ("週日(1/4)", date(2026, 1, 4), ("partial", "2026-01-04", "day", None, None)),
        ("週一(1/5)晚間", date(2026, 1, 4), ("partial", "2026-01-05", "day", None, "TEV")),
        (
            "12/22–12/23",
            date(2025, 12, 22),
            ("interval", "2025-12-22/2025-12-23", "day", None, None),
        ),
        ("1/7至1/10", date(2026, 1, 4), ("interval", "2026-01-07/2026-01-10", "day", None, None)),
        (
            "2010年10月21日(星期四)上午10時",
            None,
            ("absolute", "2010-10-21", "day", None, "T10:00"),
        ),
    ],
)
def test_forms_of_news_sentences(
    text: str, ref: date | None, expected: tuple[str, str | None, str, str | None, str | None]
) -> None:
    (d,) = find_article_dates(text, ref)
    assert d.text == text
    assert (d.kind, d.value, d.granularity, d.mod, d.time) == expected


def test_a_holiday_after_a_date_is_of_that_date_s_year() -> None:
    """2022年1月 春节前夕 on a page of 2025: the 春节 of 2022, not the one nearest the page."""
    found = find_article_dates("2022年1月 春节前夕赴山西", date(2025, 10, 20))
    assert [(d.text, d.value) for d in found] == [("2022年1月", "2022-01"), ("春节", "2022-02-01")]


def test_last_month_before_a_number() -> None:
    """上月 before a figure (低于上月0.8个百分点) is still last month; 上月3日 is not a month."""
    found = find_article_dates("低于上月0.8个百分点", date(2017, 6, 30))
    assert [(d.text, d.value) for d in found] == [("上月", "2017-05")]
    assert [d.text for d in find_article_dates("上月3日", date(2017, 6, 30))] != ["上月"]


@pytest.mark.parametrize(
    "text",
    ["当天", "次日", "近期", "上旬", "申诉材料齐全的，当天就会有结果"],
)
def test_what_cannot_be_placed_has_no_value(text: str) -> None:
    found = find_article_dates(text, date(2021, 12, 23))
    assert all(d.value is None for d in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("周二揭牌成立", "2021-12-21"),  # no word of tense: the nearest (2 days back)
        ("预计周一大市继续上扬", "2021-12-27"),  # ahead
        ("周一便是元旦后第一个工作日", "2021-12-27"),
        ("该店已于周五停业", "2021-12-17"),  # behind
        ("周六起封闭施工", "2021-12-25"),  # the nearest
        ("员工周一起被停职", "2021-12-20"),  # 起 says neither: the nearest
        ("「黑色星期五」", None),
    ],
)
def test_a_bare_weekday_is_a_day_of_the_week_around_the_reference(
    text: str, value: str | None
) -> None:
    """A weekday printed alone: the one ahead or behind as the clause says, else the nearest
    (2021-12-23 is a Thursday)."""
    assert find_article_dates(text, date(2021, 12, 23))[0].value == value


def test_same_day_words_take_the_day_named_just_before() -> None:
    """当日 / 当晚 after a day of the same paragraph is that day, 次日 the next; across a
    paragraph break (or far back) it keeps no value."""
    text = "12月20日，市里召开大会。当晚，志愿者上街；次日清晨出发。\n当天就会有结果。"
    found = [(d.text, d.value, d.time) for d in find_article_dates(text, date(2021, 12, 23))]
    assert found == [
        ("12月20日", "2021-12-20", None),
        ("当晚", "2021-12-20", "TEV"),  # the evening of that day
        ("次日清晨", "2021-12-21", "TMO"),
        ("当天", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("清乾隆二十五年(1760年)重修", [("清乾隆二十五年", "1760"), ("1760年", "1760")]),
        ("光绪元年", [("光绪元年", "1875")]),
        ("萬曆十七年(公元1589年)", [("萬曆十七年", "1589"), ("公元1589年", "1589")]),
        ("始建于清朝康熙年间", [("清朝康熙年间", None)]),
        (
            "嘉庆年间(1796年-1820年)",
            [("嘉庆年间", None), ("1796年-1820年", "1796-01-01/1820-12-31")],
        ),
        ("民国二十六年", [("民国二十六年", "1937")]),
        ("中華民國112年", [("中華民國112年", "2023")]),
        ("康熙八十年", []),  # the reign had 61 years: a count, not a year
        ("景泰蓝工艺", []),
    ],
)
def test_years_of_reign_eras_and_of_the_roc(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = find_article_dates(text, None)
    assert [(d.text, d.value) for d in found] == expected
    assert all(d.kind in ("absolute", "interval") for d in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今明两天有雨", [("今明两天", "2021-12-23/2021-12-24")]),
        ("明后天转晴", [("明后天", "2021-12-24/2021-12-25")]),
        ("今后两天", []),
        ("今起至12月31日实行", [("今起至12月31日", "2021-12-23/2021-12-31")]),
        ("自即日起至28日24时止", [("即日起至28日24时", "2021-12-23/2021-12-28")]),
        ("噚日起至明年1月3日", [("噚日起至明年1月3日", "2021-12-22/2022-01-03")]),
        ("本月20日", [("本月20日", "2021-12-20")]),
        ("下个月十号", [("下个月十号", "2022-01-10")]),
        ("三天前往北京", []),
        ("三天前", [("三天前", "2021-12-20")]),
        ("两周前", [("两周前", "2021-W49")]),
        ("去年八、九月间", [("去年八、九月", "2020-08-01/2020-09-30")]),
        ("3、5月", [("5月", "2021-05")]),  # not two months in a row: no span
        ("2020年度预算", [("2020年度", "2020")]),
        ("2020年年底", [("2020年年底", "2020")]),
        ("去年第三季", [("去年第三季", "2020-Q3")]),
        ("大年初一", [("大年初一", "2022-02-01")]),
        ("年初三回乡", [("年初三", "2022-02-03")]),
        ("年初四川省出台新规", [("年初", "2021")]),  # 年初 and a place: not a lunar day
        ("“五一”小长假", [("五一", "2021-05-01")]),
        ("十一黄金周", [("十一", "2021-10-01")]),
        ("十一届三中全会", []),
        ("五一广场", []),
        ("农历新年", [("农历新年", "2022-02-01")]),
        ("建国纪念日前夕", []),
    ],
)
def test_more_forms_of_news_text(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = find_article_dates(text, date(2021, 12, 23))
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "value", "time"),
    [
        ("昨晚 (2021-12-22) 发生", "2021-12-22", "TEV"),
        ("将于周日(26日)举行", "2021-12-26", None),
        ("今日(12月23日)下午", "2021-12-23", "TAF"),
        ("两星期前(即12月9日)", "2021-12-09", None),
        ("今天(星期四)", "2021-12-23", None),
    ],
)
def test_a_day_glossed_with_its_date_in_brackets_is_one_expression(
    text: str, value: str, time: str | None
) -> None:
    (found,) = find_article_dates(text, date(2021, 12, 23))
    assert (found.value, found.time, found.kind) == (value, time, "relative")
    assert found.text.endswith((")", "午"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天下午到夜里有雨", ("今天下午到夜里", "TAF/TNI")),
        ("24日白天到夜间", ("24日白天到夜间", "TDT/TNI")),
        ("今天上午到晚上8时", ("今天上午", "TMO")),  # a clock: not a part of the day
    ],
)
def test_a_day_from_one_part_to_another(text: str, expected: tuple[str, str]) -> None:
    found = find_article_dates(text, date(2021, 12, 23))
    assert (found[0].text, found[0].time) == expected


@pytest.mark.parametrize(
    "text",
    [
        "年仅56岁",
        "从事检察工作30年来",
        "整个过程不到5分钟",
        "省五一劳动奖章",
        "2027名干部",
        "每日新增",
        "十一届三中全会之后",
        "“九一八”事变",
        "约6200万年前地层",
        "销量连续5个月增长",
        "每年春节",
        "在夏季高温、春节前夕、寒潮季节",
        "张国庆说",
        "今晚报记者",
        "大战前夜",
        "以前晚上来西湖",
        "《南方周末》",
        "春节联欢晚会",
        "领跑春节档",
        "歷年元旦日最高",
        "约1/3的人",
        "每季度",
        # recurring times (corpus/dates/README.md): every year's, a schedule's
        "每到星期六就去钓鱼",
        "每年的7月1号就是建党节",
        "中国将12月4日设立为国家宪法日",
        "开馆时间:周三至周日 9:00—16:30",
        "周一至周二(国家法定节假日除外)闭馆",
        "每周二至周日的8:30至17:00,周一闭馆整理",
        "10月至次年4月8:30—17:00",
        # a count of days: a tour (3日遊)
        "3日遊行程",
        "实行双休日制度",
        # a holiday's customs are no day of it
        "而关于春节习俗,我们不妨",
        # 立春 + 节气 holds 春节's characters
        "立春节气要预防寒潮",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_article_dates(text, date(2021, 12, 23)) == ()


def test_start_and_end_limit_the_range_and_spans_point_into_the_page() -> None:
    page = "头条 昨日下雨。\n\n另一篇 昨日放晴，12月5日以来无雨。"
    k = page.index("另一篇")
    found = find_article_dates(page, date(2021, 12, 23), start=k)
    assert [(d.text, d.span.start) for d in found] == [
        ("昨日", page.index("昨日", k)),
        ("12月5日以来", page.index("12月5日")),
    ]
    assert all(page[d.span.start : d.span.end] == d.text for d in found)
    assert find_article_dates(page, date(2021, 12, 23), start=5, end=5) == ()


_FORMS = st.sampled_from(["{m}月{d}日", "{d}日", "昨日", "今年{m}月{d}日", "{m}月", "今年", "上周"])


@given(
    ref=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
    shift=st.integers(-200, 100),
    form=_FORMS,
)
def test_random_references_resolve_consistently(ref: date, shift: int, form: str) -> None:
    """The value is a function of the reference and the printed form, as the rules say."""
    day = ref + timedelta(days=shift)
    text = form.format(m=day.month, d=day.day)
    (d,) = find_article_dates(text, ref)
    # the reference a value was resolved against (none for a day that does not exist: 今年2月29日
    # in a common year)
    assert d.reference == (ref if d.value is not None else None)
    if form == "昨日":
        assert d.value == (ref - timedelta(days=1)).isoformat()
    elif form == "今年":
        assert d.value == f"{ref.year:04d}"
    elif form == "上周":
        iso = (ref - timedelta(days=7)).isocalendar()
        assert d.value == f"{iso.year}-W{iso.week:02d}"
    elif form == "今年{m}月{d}日":
        try:
            expected: str | None = date(ref.year, day.month, day.day).isoformat()
        except ValueError:  # 29 February of a common year
            expected = None
        assert d.value == expected
    elif form == "{m}月{d}日" and (day.month, day.day) != (2, 29):
        # Up to 200 days back or 100 ahead, the printed day is the one meant.
        assert d.value == day.isoformat()
    elif form == "{m}月":
        assert d.value is not None
        assert d.value.endswith(f"-{day.month:02d}")
    find_article_dates(text, None)  # never raises without a reference either


@given(st.text(max_size=200))
def test_never_raises_and_spans_hold(text: str) -> None:
    for ref in (None, date(2021, 12, 23)):
        for d in find_article_dates(text, ref):
            assert text[d.span.start : d.span.end] == d.text
            if ref is None:
                assert d.value is None or d.kind == "absolute"


def test_resolved_through_slots_equals_the_keyword_constructor() -> None:
    span = Span.of("截至11月底,完成", 2, 6)
    kw = ResolvedDate(
        span=span,
        text=span.text,
        kind="partial",
        value="2021-11",
        granularity="month",
        mod="END",
        time=None,
        reference=date(2021, 12, 23),
    )
    assert _resolved(span, "partial", "2021-11", "month", "END", None, date(2021, 12, 23)) == kw
    assert kw.text == "11月底"


@pytest.mark.parametrize("roc", ["民国八八〇九年一月", "民国八八〇九年一月七日", "民國九九九九年"])
def test_a_roc_year_past_any_date_is_no_date_and_the_scan_goes_on(roc: str) -> None:
    """民国八八〇九年 would be the year 10720, past the range of a date: the 民国 reading is
    rejected where it is read, no warning stops the scan, and the later date is found."""
    text = f"{roc}，另据报道，2021年3月5日召开。"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an IncompleteScanWarning fails the test
        found = find_article_dates(text, date(2021, 12, 23))
        mentions = find_dates(text)
    assert ("2021年3月5日", "2021-03-05") in [(d.text, d.value) for d in found]
    assert not any(d.text.startswith("民") for d in found)
    assert all(m.calendar != "roc" for m in mentions)
    assert mentions[-1].date == date(2021, 3, 5)


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("全省2019年1-8月份完成", None, ("2019年1-8月份", "2019-01-01/2019-08-31")),
        ("2020年2至6月", None, ("2020年2至6月", "2020-02-01/2020-06-30")),
        ("去年3-5月", date(2021, 12, 23), ("去年3-5月", "2020-03-01/2020-05-31")),
        ("1-10月份", date(2021, 12, 23), ("1-10月份", "2021-01-01/2021-10-31")),
        ("1-10月份", None, ("1-10月份", None)),
    ],
)
def test_a_range_of_months_is_one_interval_with_its_year(
    text: str, ref: date | None, expected: tuple[str, str | None]
) -> None:
    found = find_article_dates(text, ref)
    assert [(d.text, d.value) for d in found] == [expected]
    assert found[0].kind == "interval"


@pytest.mark.parametrize("text", ["明天", "下周三", "下个月", "明年上半年", "明年1月"])
def test_a_day_past_the_calendar_from_the_reference_has_no_value(text: str) -> None:
    """Counted from 9999-12-31 these days do not exist: each is found with no value, with no
    warning, and the scan goes on to the date after it."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = find_article_dates(f"{text}，2021年3月5日", date(9999, 12, 31))
    assert [(d.text, d.value) for d in found] == [(text, None), ("2021年3月5日", "2021-03-05")]


# Words around the holidays' names, and their names with and without 节 (a gate that passes
# over 劳动 or 元宵 alone must still stop at 劳动节, 元宵节, 2023年劳动节, 今年元宵节).
_GATE_WORDS = (
    "劳动", "勞動", "劳动节", "勞動節", "劳动者", "元宵", "元宵节", "元宵節", "元旦", "重阳",
    "重阳节", "重陽節", "重陽节", "圣诞", "圣诞节", "聖誕節", "圣诞树", "国庆", "国庆节",
    "国庆假期", "春节", "端午", "中秋", "七夕", "除夕", "今年", "去年", "2023年", "每年",
    "节", "節", "前夕", "期间", "、", "，", "联欢", "晚会",
)  # fmt: skip


@given(st.lists(st.sampled_from(_GATE_WORDS), max_size=12))
def test_the_gated_scan_finds_what_a_scan_at_every_position_finds(words: list[str]) -> None:
    from paper_parser.timex import _EXTRA, _extra_matches

    text = "".join(words)
    gated = [(m.span(), m.lastgroup) for m in _extra_matches(text)]
    assert gated == [(m.span(), m.lastgroup) for m in _EXTRA.finditer(text)]


def _values(text: str, ref: date | None) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_article_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a history piece: the year the text printed, not the page's (2017)
        (
            "1937年7月7日只是纪念日，战斗的第一枪是7月8日早晨打响的。",
            date(2017, 4, 14),
            [("1937年7月7日", "1937-07-07"), ("7月8日早晨", "1937-07-08")],
        ),
        # no reference at all: the day alone takes the printed date's year and month
        (
            "中央工作会议于1978年12月15日散会,18日就要举行三中全会。",
            None,
            [("1978年12月15日", "1978-12-15"), ("18日", "1978-12-18")],
        ),
        ("1978年12月18日至22日召开", None, [("1978年12月18日至22日", "1978-12-18/1978-12-22")]),
        # a part of the year printed with its year fixes the year of the quarter after it
        (
            "2024年上半年营收稳中有进，第二季度改善明显。",
            None,
            [("2024年上半年", "2024-H1"), ("第二季度", "2024-Q2")],
        ),
        # a bare year is often a comparison: it fixes nothing
        (
            "同比2023年增长4.89%，8月31日披露",
            date(2024, 9, 11),
            [("2023年", "2023"), ("8月31日", "2024-08-31")],
        ),
        # the next column of a page laid out by pdftotext -layout is not the same sentence
        (
            "自从1961年4月出     时至18日08时",
            date(2025, 12, 22),
            [("1961年4月", "1961-04"), ("18日08时", "2025-12-18")],
        ),
    ],
)  # fmt: skip
def test_a_date_without_its_year_is_in_the_year_the_text_just_printed(
    text: str, ref: date | None, expected: list[tuple[str, str | None]]
) -> None:
    assert _values(text, ref) == expected


def test_years_back_count_from_the_year_the_sentence_names() -> None:
    text = "有社福組織2018年調查推算,較五年前的57人增逾6.8倍。作为100年前的历史事件"
    assert _values(text, date(2020, 1, 12)) == [
        ("2018年", "2018"),
        ("五年前", "2013"),  # the survey's year, not the page's
        ("100年前", "1920"),  # another sentence: from the reference
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3月份失业率比上个月回落0.1个百分点", [("3月份", "2019-03"), ("上个月", "2019-02")]),
        ("9月份，消费较上月回升1.9个百分点", [("9月份", "2018-09"), ("上月", "2018-08")]),
        # not a comparison: counted from the reference
        ("去年十月中共廿大後,預計將在下個月當選", [("去年十月", "2018-10"), ("下個月", "2019-05")]),
    ],
)
def test_a_comparison_with_last_month_is_with_the_month_before_the_one_named(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _values(text, date(2019, 4, 17)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("预计公司 2024-2026 年归母净利润", [("2024-2026 年", "2024-01-01/2026-12-31")]),
        ("華羅庚(1910—1985),江蘇金壇人", [("1910—1985", "1910-01-01/1985-12-31")]),
        ("成果报告（2017—2025）", [("2017—2025", "2017-01-01/2025-12-31")]),
        ("24H1营收19.25亿元，24Q2营收10.35亿元", [("24H1", "2024-H1"), ("24Q2", "2024-Q2")]),
        ("2023Q4营收", [("2023Q4", "2023-Q4")]),
        ("114年1月28日至2月2日", [("114年1月28日至2月2日", "2025-01-28/2025-02-02")]),
        ("嘉義縣,113年共舉發超速違規", [("113年", "2024")]),
        ("「113年重要節日安全維護工作」", [("113年", "2024")]),
        # not spans of years, not years
        ("电话 2024-2026 转 3", []),
        ("判处3-5年有期徒刑", []),
        ("建党100年来，110年的歷史", []),
        ("106年度訴字第1100號判決", []),
        ("型号A24H1", []),
    ],
)
def test_spans_of_years_report_periods_and_roc_years(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _values(text, date(2024, 8, 28)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("草案14日晚在立法會三讀通過", ("14日晚", "TEV")),
        ("10月6日正值中秋，当晚云层较厚", ("当晚", "TEV")),
        ("人民力量噚日朝早11點慢駛", ("噚日朝早11點", "T11:00")),
        ("14日黎明時分", ("14日黎明", "TMO")),
    ],
)
def test_parts_of_the_day_after_a_day(text: str, expected: tuple[str, str]) -> None:
    found = find_article_dates(text, date(2018, 6, 15))
    assert (found[-1].text, found[-1].time) == expected


_GATE_DIGITS = (
    "2024", "-", "—", "2026", " ", "年", "(", ")", "1910", "1985", "24", "H1", "Q2", "114",
    "113", "1", "月", "28", "日", "至", "度", "前", "，", "對", "100",
)  # fmt: skip


@given(st.lists(st.sampled_from(_GATE_DIGITS), max_size=10))
def test_the_gated_scan_finds_the_digit_forms_a_full_scan_finds(words: list[str]) -> None:
    from paper_parser.timex import _EXTRA, _extra_matches

    text = "".join(words)
    gated = [(m.span(), m.lastgroup) for m in _extra_matches(text)]
    assert gated == [(m.span(), m.lastgroup) for m in _EXTRA.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北京时间10月13日凌晨的0点开球", ("10月13日凌晨的0点", "2021-10-13", "T00:00")),
        ("北京时间12日的23:00开球", ("12日的23:00", "2021-08-12", "T23:00")),
        ("12日的比赛", ("12日", "2021-08-12", None)),  # 的 before no clock: not a time
        ("員警昨16日晚間22時巡邏", ("昨16日晚間22時", "2021-08-16", "T22:00")),
        ("明天(14日)午夜就截止登记", ("明天(14日)午夜", "2021-08-14", "T24:00")),
    ],
)
def test_clocks_joined_by_de_days_after_zuo_and_midnight(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    d = find_article_dates(text, date(2021, 8, 17 if "昨" in text else 13))[-1]
    assert (d.text, d.value, d.time) == expected


@pytest.mark.parametrize("text", ["今年初战告捷", "今年初步完成", "今年初次参赛"])
def test_chu_of_a_following_word_is_not_the_start_of_the_year(text: str) -> None:
    d = find_article_dates(text, date(1985, 1, 1))[0]
    assert (d.text, d.value, d.mod) == ("今年", "1985", None)


def test_a_span_of_day_words_glossed_with_its_dates_is_one_span() -> None:
    text = "氣象署指出,下週二至下週五(20日至23日)強烈大陸冷氣團南下"
    found = [(d.text, d.kind, d.value) for d in find_article_dates(text, date(2026, 1, 17))]
    assert found == [("下週二至下週五(20日至23日)", "interval", "2026-01-20/2026-01-23")]


class _Untouchable:
    """A candidate far back on the page: the walk back must stop before it."""

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"the walk back read .{name} of a candidate out of reach")


def test_the_walk_back_for_a_named_date_stops_out_of_reach() -> None:
    # 当天 and a date without its year look back for a date the text named shortly before
    # (_ANAPHOR_REACH characters); a page of dates with none in reach must not walk to its
    # start for each of them (that made a page of datelines quadratic: 40 K -> 80 K
    # characters took 3.3x the time).
    from datetime import date

    from paper_parser import timex

    cand = timex._Cand
    far = cand(0, 10, "partial", "XXXX-05-01", "day")  # needs the reference: no anchor
    near = cand(500, 505, "partial", "XXXX-05-02", "day")
    here = cand(520, 525, "partial", "XXXX-05-03", "day", anaphor=0)
    out_of_reach: list[timex._Cand] = [_Untouchable(), far]  # type: ignore[list-item]
    assert timex._narrative_anchor(here, out_of_reach, " " * 600) is None
    assert timex._anaphor(here, out_of_reach, " " * 600) is here
    assert timex._last_within_reach(here, [*out_of_reach, near], lambda p: True) is near
    # a date printed with its year within reach is the anchor, as before
    named = cand(
        490, 500, "date", "2024-05-02", "day", needs_reference=False, begin=date(2024, 5, 2)
    )
    assert timex._narrative_anchor(here, [*out_of_reach, named], "字" * 600) is named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a week a forecast names (2014-11-10 is a Monday)
        ("本周前期以晴天为主", [("本周前期", "2014-W46", "START", None)]),
        ("到下周初期本市将有降水", [("下周初期", "2014-W47", "START", None)]),
        ("下周后期天气转好", [("下周后期", "2014-W47", "END", None)]),
        # 双休日 is the weekend (a forecast's), not the two-day-weekend rule (双休日制度)
        ("双休日也将维持在这个温度", [("双休日", "2014-W46-WE", None, None)]),
        # 下周 + 天气: not 周天 (Sunday)
        ("下周天气展望", [("下周", "2014-W47", None, None)]),
        # a weekday printed alone takes the time of day after it
        ("周三下午3时开会", [("周三下午3时", "2014-11-12", None, "T15:00")]),
        # a day something is moved to is ahead
        ("比赛推迟至周六晚上8点", [("周六晚上8点", "2014-11-15", None, "T20:00")]),
        # the second weekday of a pair follows the first
        (
            "最低气温将出现在周四和周五",
            [("周四", "2014-11-13", None, None), ("周五", "2014-11-14", None, None)],
        ),
        (
            "周三和周六最低气温也比较低",
            [("周三", "2014-11-12", None, None), ("周六", "2014-11-15", None, None)],
        ),
        # a month run into the next year's is a season only when no year is printed
        ("2019年10月至次年", [("2019年10月", "2019-10", None, None)]),
    ],
)
def test_weeks_and_weekdays_of_forecasts(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    found = find_article_dates(text, date(2014, 11, 10))
    assert [(d.text, d.value, d.mod, d.time) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a web page's time stamp with its seconds and the date's weekday after it
        (
            "2014-03-05 09:47:08 星期三  来源",
            [("2014-03-05 09:47:08 星期三", "2014-03-05", "T09:47:08")],
        ),
        # a page that spaces its date's numbers spaces its clock's too
        (
            "于 2024 年 5 月 22 日 13 时 02 分在上海逝世",
            [("2024 年 5 月 22 日 13 时 02 分", "2024-05-22", "T13:02")],
        ),
        # a date glossed in brackets and followed by its time: one expression
        (
            "於2004年12月22日(甲申年十一月十一)16時35分仙逝",
            [("2004年12月22日(甲申年十一月十一)16時35分", "2004-12-22", "T16:35")],
        ),
        # the weekday as one character in brackets, then the time (Taiwanese notices)
        (
            "系統將於113年5月25日(六)6時至14時停機",
            [("113年5月25日(六)6時至14時", "2024-05-25", "T06:00/T14:00")],
        ),
        # a gloss with a space inside its bracket
        ("上周四（ 18 日）上環", [("上周四（ 18 日）", "2024-05-18", None)]),
        # daytime in Hong Kong forecasts
        ("展望星期三日間溫暖", [("星期三日間", "2024-05-22", "TDT")]),
        # a year and the month or day after it, joined by 的 or by the year's gloss
        ("下修2023年的12月營收金額", [("2023年的12月", "2023-12", None)]),
        (
            "一九四四年(昭和十九年)三月四日生",
            [("一九四四年(昭和十九年)三月四日", "1944-03-04", None)],
        ),
        # a day printed with 号 after 到 and a date (but 4号线 is a line)
        ("据统计,5月2号到4号,上海", [("5月2号到4号", "2024-05-02/2024-05-04", None)]),
        ("5月2号到4号线", [("5月2号", "2024-05-02", None)]),
        # 开始到 joins a span of days
        ("从今天开始到周日,我市以多云为主", [("今天开始到周日", "2024-05-20/2024-05-26", None)]),
        # a company's half-year report
        ("披露2024年半年度業績預告", [("2024年半年度", "2024-H1", None)]),
    ],
)
def test_spans_of_dates_with_what_follows_them(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = find_article_dates(text, date(2024, 5, 20))
    assert [(d.text, d.value, d.time) for d in found] == expected


def _triples(text: str, ref: date | None) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.value, d.time) for d in find_article_dates(text, ref)]


def test_a_calendar_of_lunar_customs_is_not_dates() -> None:
    """Three or more days of the lunar year named one after another without a year are the
    customs of every year (a passage of a 2012 腊八 post); one lunar day in news is a date."""
    customs = (
        "如腊月初八喝粥祭祖侍神;腊月二十三祭灶、扫尘;年三十除夕夜守岁;正月初一拜年、祭祖;"
        "正月十五闹花灯。"
    )
    assert _triples(customs, date(2012, 1, 1)) == []
    assert _triples("腊月二十三,市民忙着祭灶。", date(2017, 1, 10)) == [
        ("腊月二十三", "2017-01-20", None)
    ]


def test_lunar_dates_after_the_traditional_form_of_the_calendar_word() -> None:
    """農歷 (歷 for 曆, as converters print it) is inside the span, as 农历 is; a lunar year
    numbered by its Gregorian year (农历2024年十二月二十三) needs no reference."""
    assert _triples("農歷臘月二十三", date(2016, 12, 26)) == [
        ("農歷臘月二十三", "2017-01-20", None)
    ]
    assert _triples("農歷2024年十二月二十三", None) == [
        ("農歷2024年十二月二十三", "2025-01-22", None)
    ]


def test_a_weekday_after_a_date_and_a_comma_is_that_dates() -> None:
    """1月20日,星期五: the weekday glosses the date before it (when it is its weekday)."""
    assert _triples("2017年小年为1月20日,农历腊月二十三,星期五。", date(2016, 12, 26))[-1] == (
        "星期五",
        "2017-01-20",
        None,
    )
    assert _triples("是2025年1月22日,星期三。", None)[-1] == ("星期三", "2025-01-22", None)
    # not its weekday: read as a weekday alone (the Friday before the reference)
    assert _triples("1月20日,星期四", date(2016, 12, 26))[-1][1] != "2017-01-20"


def test_a_term_of_months_after_sentencing_is_not_a_month() -> None:
    assert (
        _triples("臺北地方法院以偽造文書、侵佔、竊盜罪各判刑5月、拘役40日。", date(2014, 5, 6))
        == []
    )


def test_a_day_of_hao_with_a_part_of_the_day_and_a_calendar_word_after_a_glossed_year() -> None:
    assert _triples("从28号晚上开始,游客堵到了地铁站", date(2023, 4, 29)) == [
        ("28号晚上", "2023-04-28", "TEV")
    ]
    assert _triples("地铁4号线上午停运", date(2023, 4, 29)) == []
    assert _triples("民國三十八年(1949)陽曆8月14日,我隨部隊到達澎湖", None) == [
        ("民國三十八年(1949)陽曆8月14日", "1949-08-14", None)
    ]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # Japan's eras: a calendar named by its era counts from the era's first year
        ("也就是昭和23年開始的", None, [("昭和23年", "1948", None)]),
        ("出版日期為大正十四年九月六日。", None, [("大正十四年九月六日", "1925-09-06", None)]),
        ("明治28年(1895年)6月7日,日本人", None, [("明治28年(1895年)6月7日", "1895-06-07", None)]),
        ("明治维新以后", None, []),
        # a year of another calendar glossed by its bare Gregorian number: a second expression
        ("民國38年(1949),中華民國政府", None, [("民國38年", "1949", None), ("1949", "1949", None)]),
        ("電話(2345)", None, []),
        # 今(1/1)日: today, with its month and day printed in brackets
        ("立委今(1/1)日出面闢謠", date(2026, 1, 1), [("今(1/1)日", "2026-01-01", None)]),
        # the second end of a range printed in Chinese numerals, as its first
        (
            "四月二十二日至二十九日为第一阶段",
            date(1951, 5, 25),
            [("四月二十二日至二十九日", "1951-04-22/1951-04-29", None)],
        ),
        # 近 of 附近 binds to what is before it: 日前 follows
        ("蓮峰街附近日前發生一宗傷人案件", date(2024, 5, 15), [("日前", None, None)]),
        # a forecast's 會 and 預料 look ahead (a Monday's paper: the coming Friday and Monday)
        (
            "季候風會在周五緩和,預料周一最低氣溫只有攝氏20度",
            date(2023, 11, 6),
            [("周五", "2023-11-10", None), ("周一", "2023-11-13", None)],
        ),
    ],
)
def test_eras_glosses_and_ranges_of_news_text(
    text: str, ref: date | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _triples(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a holiday with its year joined by 的; not the 中秋 of 中秋節、, nor one celebrated
        ("今年的中秋節,月亮十五圓", date(2022, 9, 12), [("今年的中秋節", "2022-09-10", None)]),
        ("燈光秀“上新”中秋節、教師節主題", date(2022, 9, 12), []),
        ("成為很多人慶祝中秋的特別儀式", date(2022, 9, 12), []),
        # an offset counted ahead from the year or day the text names; without one, a length
        (
            "1949年,大軍撤退來台。40年後,兩岸開放探親",
            None,
            [("1949年", "1949", None), ("40年後", "1989", None)],
        ),
        (
            "1981年他进入工厂,两年后成为厂长",
            None,
            [("1981年", "1981", None), ("两年后", "1983", None)],
        ),
        ("經過七十三年后的漫長時間", date(1999, 9, 10), []),
        ("我则是两天后从浙江赶到", None, []),
        # 同年: the year the text has just named; without one, no date
        (
            "出生于1933年,而东京筑地市场也于同年竣工",
            None,
            [("1933年", "1933", None), ("同年", "1933", None)],
        ),
        ("他们是同年入伍的战友", None, []),
        # an offset after an event's words counts from the event, not from a date before it
        (
            "今天的报纸。就在北平和平解放两天后,当时",
            date(2022, 9, 20),
            [("今天", "2022-09-20", None)],
        ),
        # a year printed digit by digit is no count (一九四九年後: the year, then 後)
        ("在一九四九年後的兩岸關係史上", None, [("一九四九年", "1949", None)]),
        # a Chinese reign's months and days are lunar: the reign's year with them is a day of
        # the lunar calendar (光绪二十七年六月十八日 = 1901-08-02)
        (
            "出版于光绪二十七年六月十八日(1901年)的",
            None,
            [("光绪二十七年六月十八日", "1901-08-02", None), ("1901年", "1901", None)],
        ),
        # the weekday as a word in brackets, then the time (Taiwanese minutes)
        (
            "時間:112年2月10日(星期五)上午10時",
            date(2023, 2, 17),
            [("112年2月10日(星期五)上午10時", "2023-02-10", "T10:00")],
        ),
        # a range of hours whose second end names its part of the day
        (
            "要先在4月23日上午11时至中午12时,到提名站",
            date(2025, 4, 20),
            [("4月23日上午11时至中午12时", "2025-04-23", "T11:00/T12:00")],
        ),
    ],
)
def test_holidays_offsets_and_hours_of_news_text(
    text: str, ref: date | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _triples(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a holiday the predicate describes is the feast as a kind, not a day
        ("中秋節是香港重要節日,象徵著團圓", date(2025, 10, 1), []),
        ("農曆新年是港人外遊旺季", date(2019, 1, 28), []),
        ("端午节又称端阳节", date(2024, 6, 1), []),
        # ... but a day printed after 是 is this year's date of it
        (
            "春节是1月22日",
            date(2023, 1, 10),
            [("春节", "2023-01-22", None), ("1月22日", "2023-01-22", None)],
        ),
        # a holiday modifying a noun (directly or with 的) names no day
        ("不少人到維園中秋綵燈會打卡觀賞", date(2025, 10, 6), []),
        ("有關中秋節的優惠促銷活動已經拉開帷幕", date(2020, 9, 28), []),
        ("年夜饭更是中国民众除夕之夜的“重头戏”", date(2012, 1, 20), []),
        # the object of a verb of keeping a feast is the custom
        ("回家过中秋", date(2025, 10, 1), []),
        # a holiday as a time: a word of time or the rest of a clause after it, or it opens
        # the clause
        ("中秋节期间,市民赏月", date(2025, 10, 1), [("中秋节", "2025-10-06", None)]),
        ("天氣溫暖，聖誕節轉吹北風", date(2025, 12, 22), [("聖誕節", "2025-12-25", None)]),
        ("民主派在中秋則不忘倒董", date(2003, 9, 12), [("中秋", "2003-09-11", None)]),
        # a day counted from a holiday, and a holiday glossed by its date, are one expression
        (
            "今年滿月會在中秋節翌日(7日)才出現",
            date(2025, 10, 1),
            [("今年", "2025", None), ("中秋節翌日(7日)", "2025-10-07", None)],
        ),
        (
            "由於 2022 年的中秋節翌日為星期日,故中秋節後第二日將訂為補假",
            date(2022, 8, 1),
            [
                ("2022 年的中秋節翌日", "2022-09-11", None),
                ("星期日", "2022-09-11", None),  # the day just named ahead (h/dates8)
                ("中秋節後第二日", "2022-09-12", None),
            ],
        ),
        (
            "其中,中秋節(6日)港鐵主要路線通宵行駛",
            date(2025, 10, 1),
            [("中秋節(6日)", "2025-10-06", None)],
        ),
        # a holiday beside the date printed for it glosses that date
        ("10月5日中秋節前夕「迎月夜」", date(2025, 10, 6), [("10月5日", "2025-10-05", None)]),
        # a word of habit earlier in the clause: every year's or week's days
        ("立春于每年公歷2月3-5日交節", date(2025, 2, 3), []),
        ("陸委會每週例行記者會為週四下午4點", date(2024, 12, 11), []),
        ("傳統上市民會於中秋節晚上夜出賞月", date(2022, 9, 1), []),
        # the time left until the day (还有) and the time it comes (的时候) name the day
        ("离中秋节还有一个多月,月饼已经上市", date(2023, 8, 20), [("中秋节", "2023-09-29", None)]),
        ("還沒到端午節的時候,粽子就賣完了", date(2023, 6, 1), [("端午節", "2023-06-22", None)]),
    ],
)
def test_holidays_named_in_passing_are_not_dates(
    text: str, ref: date | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _triples(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # two days in a row with the unit printed once: one span
        (
            "17、18日將受到下一波東北季風增強影響",
            date(2025, 12, 15),
            [("17、18日", "2025-12-17/2025-12-18", None)],
        ),
        (
            "于1985年10月12、13两天,到现场召开办公会议",
            date(1986, 1, 5),
            [("1985年10月12、13", "1985-10-12/1985-10-13", None)],
        ),
        # each day with its 日, days not in a row, lines and ordinals: read one by one or not
        (
            "共軍在29日、30日連兩日演習",
            date(2025, 12, 31),
            [("29日", "2025-12-29", None), ("30日", "2025-12-30", None)],
        ),
        ("3、5日各一场", date(2025, 1, 1), [("5日", "2025-01-05", None)]),
        ("地铁12、13号线", date(2025, 1, 1), []),
        ("第1、2日", date(2025, 1, 1), [("2日", "2025-01-02", None)]),
    ],
)
def test_two_days_in_a_row_listed_once(
    text: str, ref: date | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _triples(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # solar terms and 清明 named as the time of the news: the day the term begins that year
        (
            "2020年立秋具體時刻是8月7日8時47分",
            date(2020, 8, 7),
            [("2020年立秋", "2020-08-07", None), ("8月7日8時47分", "2020-08-07", "T08:47")],
        ),
        ("秋季的第一個節氣——立秋翩然而至。", date(2022, 8, 7), [("立秋", "2022-08-07", None)]),
        ("进入“处暑”以后,津城早晚凉快", date(2012, 8, 24), [("处暑", "2012-08-23", None)]),
        ("不少人表示,今年清明節有三天假期", date(2008, 4, 1), [("今年清明節", "2008-04-04", None)]),
        ("较去年清明节当日增长22.7%", date(2023, 4, 5), [("去年清明节当日", "2022-04-05", None)]),
        ("為期三天的清明小長假正式開啟", date(2021, 4, 3), [("清明", "2021-04-04", None)]),
        # the holiday's epithet, its 当天 and its evening are inside its span
        (
            "中秋佳节临近,记者走访我市多家超市",
            date(2022, 8, 20),
            [("中秋佳节", "2022-09-10", None)],
        ),
        ("元宵節當天,主燈在中正紀念堂", date(2007, 3, 5), [("元宵節當天", "2007-03-04", None)]),
        (
            "元宵節的晚上,從北到南同樣熱鬧。",
            date(2007, 3, 5),
            [("元宵節的晚上", "2007-03-04", "TEV")],
        ),
        ("除夕之夜,邓小平同志出席了", date(1988, 2, 16), [("除夕之夜", "1988-02-16", "TEV")]),
        # not days: 清明 the adjective, a painting, a list, a definition, a count of terms,
        # a kind of year, what folk custom does, rain and snow
        ("政治清明,百姓安居。", date(2023, 4, 5), []),
        ("《清明上河图》展出", date(2023, 4, 5), []),
        ("立春、立夏、立秋、立冬", date(2023, 4, 5), []),
        ("立春,為二十四節氣之首", date(2025, 2, 1), []),
        ("冬至,又称日南至、冬节", date(2023, 12, 1), []),
        ("即一年又两个立春", date(2012, 1, 1), []),
        ("2020年為“早立秋”!", date(2020, 8, 1), [("2020年", "2020", None)]),
        ("民間流行在立秋這天以懸秤稱人", date(2020, 8, 1), []),
        (
            "明天有大雪,后天有小雪,雨水偏多",
            date(2020, 1, 1),
            [("明天", "2020-01-02", None), ("后天", "2020-01-03", None)],
        ),
    ],
)
def test_solar_terms_and_holiday_spans(
    text: str, ref: date | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _triples(text, ref) == expected


def test_a_year_word_counts_from_the_year_the_paragraph_prints_without_a_reference() -> None:
    """去年 of a holiday after 2023年清明节 in a paragraph of a page without a date: 2022; a year
    compared with (2019年同期) is not what 今年 counts from."""
    text = "2023年清明节假期(4月5日),出游2376万人次,较去年清明节当日增长22.7%。"
    assert _triples(text, None) == [
        ("2023年清明节", "2023-04-05", None),
        ("4月5日", "2023-04-05", None),
        ("去年清明节当日", "2022-04-05", None),
    ]
    text = "2021年清明節出游人次或恢復至2019年同期水平,預計今年清明節出游人次將達到1億人次。"
    assert _triples(text, None)[-1] == ("今年清明節", "2021-04-04", None)


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a Chinese day number and 日 before a verb of the news: the day of the month
        ("王滬寧十日在北京人民大會堂會見", date(2023, 2, 11), [("十日", "2023-02-10", None)]),
        ("立法院一日召開院會,民進黨", date(2025, 4, 2), [("一日", "2025-04-01", None)]),
        ("據央視二日消息:十四屆全國人大三次", date(2025, 3, 3), [("二日", "2025-03-02", None)]),
        # counts of days are not: after a word of length or staying, or before punctuation
        ("停留十日在家休息", date(2026, 3, 10), []),
        ("连续三日在北京召开", date(2026, 3, 10), []),
        ("為期三日,結束後", date(2026, 3, 10), []),
        ("有一日在街上", date(2026, 3, 10), []),
    ],
)
def test_a_chinese_day_before_a_verb_of_the_news(
    text: str, ref: date | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _triples(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a year's span of months with 月 printed twice; 至今年 is to this year's
        (
            "2019年5月至10月,丙先后三次",
            date(2022, 1, 1),
            [("2019年5月至10月", "2019-05-01/2019-10-31", None)],
        ),
        (
            "去年12月至今年2月",
            date(2024, 11, 20),
            [("去年12月至今年2月", "2023-12-01/2024-02-29", None)],
        ),
        ("自2015年至今", date(2024, 11, 20), [("2015年至今", "2015-01-01/2024-11-20", None)]),
        # a holiday after its year printed without 年 (a headline's 2019農曆新年), 聖誕 as the
        # time of a holiday (去年聖誕期間), but not 聖誕 of 聖誕老人
        (
            "公布2019農曆新年假期外遊團市道",
            date(2019, 1, 28),
            [("2019農曆新年", "2019-02-05", None)],
        ),
        ("去年聖誕期間高鐵團大旺", date(2019, 1, 28), [("去年聖誕", "2018-12-25", None)]),
        ("圣诞老人来了", date(2019, 1, 28), []),
        ("2019春节档电影", date(2019, 1, 28), []),
    ],
)
def test_month_spans_and_holidays_after_a_bare_year(
    text: str, ref: date | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _triples(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # 今早在 is this morning, at (早在 alone is "as early as"); 拂晓 after a Chinese day
        ("阿兹莎今早在联邦直辖区清真寺", date(2022, 5, 2), [("今早", "2022-05-02", "TMO")]),
        ("早在1990年", date(2022, 5, 2), [("1990年", "1990", None)]),
        (
            "外交委员会又来电话……八日拂晓约五点",
            date(2024, 12, 10),
            [("八日拂晓", "2024-12-08", "TMO")],
        ),
        # 明、后天: two days in a row, the unit once
        (
            "该活动还会在明、后天进行",
            date(2021, 6, 25),
            [("明、后天", "2021-06-26/2021-06-27", None)],
        ),
        # 还有 after a feast says what it also has, save after a word of distance
        ("此外,端午節還有端陽節、浴蘭節", date(2025, 5, 31), []),
        ("离春节还有10天", date(2025, 1, 19), [("春节", "2025-01-29", None)]),
        # feasts compared as kinds are not days; two feasts as the time of news are
        ("在那里,端午節和春節、中秋節一樣,被看作", date(2001, 6, 25), []),
        (
            "春节和元宵节期间",
            date(2024, 12, 10),
            [("春节", "2025-01-29", None), ("元宵节", "2025-02-12", None)],
        ),
        # a month or day something is extended or put off to is the coming one
        ("口罩令等規例延長至9月", date(2021, 2, 23), [("9月", "2021-09", None)]),
        ("立法院本會期延會至卅一日期滿", date(2026, 1, 20), [("卅一日", "2026-01-31", None)]),
    ],
)
def test_morning_words_pairs_feasts_compared_and_times_put_off_to(
    text: str, ref: date | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _triples(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a month/day with its weekday in brackets or a clock time after it is a day
        (
            "原訂12/12(四)16:00之例行記者會",
            date(2024, 12, 11),
            [("12/12(四)16:00", "2024-12-12", "T16:00")],
        ),
        (
            "提前於今12/11(三)16:00於18樓",
            date(2024, 12, 11),
            [("今12/11(三)16:00", "2024-12-11", "T16:00")],
        ),
        (
            "12/15 07:56(12/15 07:57 更新)",
            date(2025, 12, 15),
            [("12/15 07:56", "2025-12-15", "T07:56"), ("12/15 07:57", "2025-12-15", "T07:57")],
        ),
        # a fraction or a bare month/day is not
        ("約佔3/4的人口", date(2025, 12, 15), []),
    ],
)
def test_a_month_and_day_with_a_slash_and_a_weekday_or_clock(
    text: str, ref: date | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _triples(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a day made a commemorative day; what people of old did; a custom at the feast;
        # one feast of many kept: no dates
        ("11月3日被固定作為“文化節”", date(2023, 11, 3), []),
        ("八月一日就此成為中國人民解放軍誕生紀念日", date(2009, 8, 1), []),
        ("古人在端午吃粽時,曾有", date(2025, 5, 31), []),
        ("加上人們都有在中秋節探親訪友的習俗,養生", date(2020, 10, 1), []),
        ("的同时也度过了一个快乐的重阳节。", date(2015, 10, 22), []),
        # a count of time before the feast leaves it a date
        ("一个月后的春节", date(2015, 10, 22), [("春节", "2016-02-08", None)]),
        ("今年中秋節有很多人", date(2020, 10, 1), [("今年中秋節", "2020-10-01", None)]),
    ],
)
def test_feasts_of_custom_and_days_made_commemorative(
    text: str, ref: date | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _triples(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("陈秀华,本月初突然出现冒冷汗", date(2025, 5, 20), [("本月初", "2025-05", "START")]),
        ("一直到本月末,南北风会再次交替出现", date(2019, 10, 15), [("本月末", "2019-10", "END")]),
        ("上月底,他辞职", date(2019, 10, 15), [("上月底", "2019-09", "END")]),
        ("下个月中旬", date(2019, 10, 15), [("下个月中旬", "2019-11", "MID")]),
        ("本月中旬", None, [("本月中旬", None, "MID")]),
    ],
)
def test_a_part_of_a_month_counted_from_the_reference(
    text: str, ref: date | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(d.text, d.value, d.mod) for d in find_article_dates(text, ref)] == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a weekday after a day or week ahead, in one sentence, is on or after it
        (
            "周三會有大陸冷氣團南下,中部以北10度,持續到周六。",
            date(2015, 2, 1),
            [("周三", "2015-02-04", None), ("周六", "2015-02-07", None)],
        ),
        (
            "本周末的英超赛程出现变动,周六没有安排早场比赛。",
            date(2025, 10, 21),
            [("本周末", "2025-W43-WE", None), ("周六", "2025-10-25", None)],
        ),
        # 本周 on a Sunday, looked ahead to, is the coming week; 到了本周二 looks back
        ("但到本周后期,降雨停止后", date(2019, 10, 13), [("本周后期", "2019-W42", "END")]),
        ("到本周末,最高气温将达到26℃。", date(2019, 10, 13), [("本周末", "2019-W42-WE", None)]),
        ("到了本周二,我们已经做好准备", date(2020, 2, 23), [("本周二", "2020-02-18", None)]),
    ],
)
def test_weekdays_and_weeks_ahead_in_forecasts(
    text: str, ref: date | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(d.text, d.value, d.mod) for d in find_article_dates(text, ref)] == expected


def test_a_year_word_alone_is_not_counted_from_a_printed_year_and_a_holidays_day_stays() -> None:
    """Without a reference, 今年 alone after 2010年 is no date of 2010 (a text contrasts a year
    with this one as often as it names it); 中秋節當天 before 的 and a noun is still the day."""
    assert _triples("2010年的数据显示,今年增长了", None) == [
        ("2010年", "2010", None),
        ("今年", None, None),
    ]
    assert _triples("佐敦谷公園在中秋節當天的開放時間會延長", date(2022, 9, 7)) == [
        ("中秋節當天", "2022-09-10", None)
    ]
