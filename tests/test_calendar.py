"""Tests for paper_parser.calendar: exact conversions against the HKO tables, 干支, 民国,
weekdays, and the date finder."""

from __future__ import annotations

import csv
import importlib.util
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from paper_parser import (
    DateMention,
    LunarDate,
    PaperParseError,
    find_dates,
    ganzhi_year,
    gregorian_to_roc,
    leap_month,
    lunar_month_length,
    lunar_to_solar,
    parse_date,
    parse_weekday,
    resolve_ganzhi,
    roc_to_gregorian,
    solar_to_lunar,
    weekday_name,
)
from tests.strategies import (
    date_soup,
    gregorian_text,
    hko_dates,
    lunar_text,
    perturbed_date_text,
)

ROOT = Path(__file__).resolve().parent.parent
HKO_CSV = ROOT / "scripts" / "data" / "hko-lunar-month-starts-1901-2100.csv"
SHARED_CSV = ROOT.parent / "shared" / "data" / "hko-lunar-month-starts-1901-2100.csv"
FIRST_DAY, LAST_DAY = date(1901, 1, 1), date(2100, 12, 31)

# The sexagenary cycle spelled out independently of the module: 1984 is 甲子.
_CYCLE = ["甲乙丙丁戊己庚辛壬癸"[i % 10] + "子丑寅卯辰巳午未申酉戌亥"[i % 12] for i in range(60)]


def _gz(lunar_year: int) -> str:
    return _CYCLE[(lunar_year - 1984) % 60]


# (lunar year, month, leap, first day) from the HKO month starts.
Month = tuple[int, int, bool, date]


def _read_months() -> list[Month]:
    with HKO_CSV.open(encoding="utf-8", newline="") as fh:
        return [
            (
                int(row["lunar_year"]),
                int(row["month"]),
                row["leap"] == "1",
                date.fromisoformat(row["gregorian_start"]),
            )
            for row in csv.DictReader(fh)
        ]


MONTHS = _read_months()
# The last month (lunar 2100-12) has 29 days: the next lunar year begins on 2101-01-29.
MONTH_ENDS = [m[3] for m in MONTHS[1:]] + [date(2101, 1, 29)]


def _truth(d: date) -> tuple[int, int, int, bool]:
    """The HKO lunar date of ``d`` (from 1901-01-20 on), by a linear walk: test-only oracle."""
    for (year, month, leap, start), end in zip(MONTHS, MONTH_ENDS, strict=True):
        if start <= d < end:
            return year, month, (d - start).days + 1, leap
    raise AssertionError(d)


def _as_tuple(lunar: LunarDate) -> tuple[int, int, int, bool]:
    return lunar.year, lunar.month, lunar.day, lunar.leap


# --- the HKO tables -------------------------------------------------------------------------


def test_repo_copy_of_the_csv_is_the_shared_file() -> None:
    if not SHARED_CSV.exists():
        pytest.skip("shared/ is not beside the repository")
    assert HKO_CSV.read_bytes() == SHARED_CSV.read_bytes()


def test_csv_shape() -> None:
    assert len(MONTHS) == 2474
    assert MONTHS[0] == (1900, 12, False, date(1901, 1, 20))
    assert MONTHS[-1] == (2100, 12, False, date(2100, 12, 31))


def test_every_day_matches_hko() -> None:
    """Every day 1901-01-20 .. 2100-12-31 (and the 29 days of lunar 2100-12) against the CSV."""
    checked = 0
    for (year, month, leap, start), end in zip(MONTHS, MONTH_ENDS, strict=True):
        length = (end - start).days
        assert length in (29, 30)
        gz = _gz(year)
        for day in range(1, length + 1):
            d = start + timedelta(days=day - 1)
            lunar = solar_to_lunar(d)
            assert (lunar.year, lunar.month, lunar.day, lunar.leap, lunar.ganzhi) == (
                year,
                month,
                day,
                leap,
                gz,
            ), d
            checked += 1
    assert checked == (date(2101, 1, 29) - date(1901, 1, 20)).days


def test_first_days_of_1901_are_the_eleventh_month_of_lunar_1900() -> None:
    # The HKO table for 1901 prints 1901-01-01 as 十一月十一 of lunar 1900 (庚子).
    for offset in range(19):
        lunar = solar_to_lunar(date(1901, 1, 1) + timedelta(days=offset))
        assert _as_tuple(lunar) == (1900, 11, 11 + offset, False)
        assert lunar.ganzhi == "庚子"
    assert _as_tuple(solar_to_lunar(date(1900, 12, 22))) == (1900, 11, 1, False)


def test_lunar_to_solar_is_the_inverse_on_every_day() -> None:
    d = solar_to_lunar_start = date(1900, 12, 22)
    end = date(2101, 1, 28)
    while d <= end:
        lunar = solar_to_lunar(d)
        assert lunar_to_solar(lunar.year, lunar.month, lunar.day, leap=lunar.leap) == d
        d += timedelta(days=1)
    assert d == date(2101, 1, 29)
    assert _as_tuple(solar_to_lunar(solar_to_lunar_start)) == (1900, 11, 1, False)


def test_month_lengths_and_leap_months_agree_with_the_csv() -> None:
    for (year, month, leap, start), end in zip(MONTHS[1:], MONTH_ENDS[1:], strict=True):
        assert lunar_month_length(year, month, leap=leap) == (end - start).days
    leaps = {year: month for year, month, leap, _ in MONTHS if leap}
    for year in range(1901, 2101):
        assert leap_month(year) == leaps.get(year)


def test_generated_table_matches_the_csv() -> None:
    spec = importlib.util.spec_from_file_location(
        "gen_lunar_table", ROOT / "scripts" / "gen_lunar_table.py"
    )
    assert spec is not None
    assert spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert gen.main(["--check"]) == 0
    table = ROOT / "src" / "paper_parser" / "_lunar_table.py"
    assert len(table.read_bytes()) < 4096  # compact: a few KB of source


# --- named regressions: the known traps -----------------------------------------------------


def _starts(year: int) -> list[tuple[str, str]]:
    """Month starts of one lunar year as the module sees them, e.g. ("5L", "1914-06-23")."""
    out = []
    d = lunar_to_solar(year, 1, 1)
    while (lunar := solar_to_lunar(d)).year == year:
        out.append((f"{lunar.month}{'L' if lunar.leap else ''}", d.isoformat()))
        d += timedelta(days=lunar_month_length(lunar.year, lunar.month, leap=lunar.leap))
    return out


def test_2033_leap_eleventh_month() -> None:
    # The "2033 problem": the leap month of 2033 is the eleventh (闰十一月), not the seventh.
    assert leap_month(2033) == 11
    assert _as_tuple(solar_to_lunar(date(2033, 11, 22))) == (2033, 11, 1, False)
    assert _as_tuple(solar_to_lunar(date(2033, 12, 21))) == (2033, 11, 30, False)
    assert _as_tuple(solar_to_lunar(date(2033, 12, 22))) == (2033, 11, 1, True)
    assert _as_tuple(solar_to_lunar(date(2034, 1, 19))) == (2033, 11, 29, True)
    assert _as_tuple(solar_to_lunar(date(2034, 1, 20))) == (2033, 12, 1, False)
    assert lunar_to_solar(2033, 11, 1, leap=True) == date(2033, 12, 22)
    with pytest.raises(PaperParseError):
        lunar_to_solar(2033, 7, 1, leap=True)
    [m] = find_dates("农历癸丑年闰十一月初一", reference=date(2033, 12, 1))
    assert m.leap
    assert m.date == date(2033, 12, 22)


@pytest.mark.parametrize(
    ("year", "starts"),
    [
        (
            1914,
            ["1914-01-26", "1914-02-25", "1914-03-27", "1914-04-25", "1914-05-25", "1914-06-23",
             "1914-07-23", "1914-08-21", "1914-09-20", "1914-10-19", "1914-11-17", "1914-12-17",
             "1915-01-15"],
        ),
        (
            1916,
            ["1916-02-03", "1916-03-04", "1916-04-03", "1916-05-02", "1916-06-01", "1916-06-30",
             "1916-07-30", "1916-08-29", "1916-09-27", "1916-10-27", "1916-11-25", "1916-12-25"],
        ),
        (
            1920,
            ["1920-02-20", "1920-03-20", "1920-04-19", "1920-05-18", "1920-06-16", "1920-07-16",
             "1920-08-14", "1920-09-12", "1920-10-12", "1920-11-10", "1920-12-10", "1921-01-09"],
        ),
    ],
)  # fmt: skip
def test_early_years_1914_1916_1920(year: int, starts: list[str]) -> None:
    assert [iso for _, iso in _starts(year)] == starts
    assert leap_month(year) == (5 if year == 1914 else None)


def test_1914_leap_fifth_month() -> None:
    assert _starts(1914)[5] == ("5L", "1914-06-23")
    assert lunar_month_length(1914, 5, leap=True) == 30


def test_1933_leap_fifth_month_has_30_days() -> None:
    # lunardate ends the leap fifth month a day early and starts the sixth on 1933-07-22.
    assert _as_tuple(solar_to_lunar(date(1933, 6, 23))) == (1933, 5, 1, True)
    assert _as_tuple(solar_to_lunar(date(1933, 7, 22))) == (1933, 5, 30, True)
    assert _as_tuple(solar_to_lunar(date(1933, 7, 23))) == (1933, 6, 1, False)


def test_1954_eleventh_month_starts_on_25_november() -> None:
    # lunardate gives the tenth month 30 days and starts the eleventh a day late.
    assert _as_tuple(solar_to_lunar(date(1954, 11, 24))) == (1954, 10, 29, False)
    assert _as_tuple(solar_to_lunar(date(1954, 11, 25))) == (1954, 11, 1, False)
    assert _as_tuple(solar_to_lunar(date(1954, 12, 24))) == (1954, 11, 30, False)


def test_1978_eighth_month_starts_on_3_september() -> None:
    assert _as_tuple(solar_to_lunar(date(1978, 9, 2))) == (1978, 7, 30, False)
    assert _as_tuple(solar_to_lunar(date(1978, 9, 3))) == (1978, 8, 1, False)
    assert _as_tuple(solar_to_lunar(date(1978, 10, 1))) == (1978, 8, 29, False)


@pytest.mark.parametrize(
    ("new_moon", "month"),
    [(date(2057, 9, 28), 9), (date(2089, 9, 4), 8), (date(2097, 8, 7), 7)],
)
def test_new_moons_near_midnight_2057_2089_2097(new_moon: date, month: int) -> None:
    # HKO flags these new moons as within minutes of midnight; its tables put the month
    # start on these days.
    assert _as_tuple(solar_to_lunar(new_moon)) == (new_moon.year, month, 1, False)
    before = solar_to_lunar(new_moon - timedelta(days=1))
    assert (before.month, before.day) == (month - 1, 29)


def test_1900_and_2100_edges() -> None:
    assert _as_tuple(solar_to_lunar(date(2100, 12, 31))) == (2100, 12, 1, False)
    assert _as_tuple(solar_to_lunar(date(2101, 1, 28))) == (2100, 12, 29, False)
    for bad in (date(1900, 12, 21), date(2101, 1, 29), date(1, 1, 1), date(9999, 12, 31)):
        with pytest.raises(PaperParseError):
            solar_to_lunar(bad)


@pytest.mark.parametrize(
    ("args", "leap"),
    [
        ((2021, 11, 1), True),  # no 闰十一月 in 2021
        ((2021, 12, 30), False),  # lunar 2021-12 has 29 days
        ((2021, 0, 1), False),
        ((2021, 13, 1), False),
        ((2021, 1, 0), False),
        ((2021, 1, 31), False),
        ((1899, 1, 1), False),
        ((1900, 10, 1), False),  # before the first month of the table
        ((2101, 1, 1), False),
        ((2020, 4, 30), True),  # 闰四月 2020 has 29 days
    ],
)
def test_lunar_to_solar_rejects_non_existent_dates(args: tuple[int, int, int], leap: bool) -> None:
    with pytest.raises(PaperParseError) as info:
        lunar_to_solar(*args, leap=leap)
    assert isinstance(info.value, ValueError)


# --- 干支, 民国, weekdays ----------------------------------------------------------------------


def test_ganzhi_of_every_day_resolves_to_its_lunar_year() -> None:
    """The year turns at 春节: the 干支 resolved against the Gregorian year gives the lunar year."""
    d = FIRST_DAY
    while d <= LAST_DAY:
        lunar = solar_to_lunar(d)
        assert lunar.ganzhi == _gz(lunar.year)
        assert resolve_ganzhi(lunar.ganzhi, near=d.year) == lunar.year
        d += timedelta(days=1)


def test_year_turns_at_spring_festival_not_lichun_or_new_year() -> None:
    assert solar_to_lunar(date(2022, 1, 1)).ganzhi == "辛丑"
    assert solar_to_lunar(date(2022, 1, 31)).ganzhi == "辛丑"
    assert solar_to_lunar(date(2022, 2, 1)).ganzhi == "壬寅"  # 春节
    assert solar_to_lunar(date(2021, 2, 3)).ganzhi == "庚子"  # 立春 2021 ...
    assert solar_to_lunar(date(2021, 2, 11)).ganzhi == "庚子"  # ... but 春节 is 2021-02-12
    assert solar_to_lunar(date(2021, 2, 12)).ganzhi == "辛丑"


@pytest.mark.parametrize(
    ("year", "name"),
    [(1984, "甲子"), (2021, "辛丑"), (1911, "辛亥"), (1900, "庚子"), (2043, "癸亥")],
)
def test_ganzhi_year(year: int, name: str) -> None:
    assert ganzhi_year(year) == name
    assert ganzhi_year(year + 60) == name


@given(near=st.integers(-5000, 5000), index=st.integers(0, 59))
def test_resolve_ganzhi_is_nearest(near: int, index: int) -> None:
    name = _CYCLE[index]
    year = resolve_ganzhi(name, near=near)
    assert ganzhi_year(year) == name
    assert -30 <= year - near < 30  # ties (30 either side) go to the earlier year
    assert resolve_ganzhi(name + "年", near=near) == year


@pytest.mark.parametrize("name", ["甲丑", "乙子", "", "甲", "甲子子", "子甲", "ab", "辛丑月"])
def test_resolve_ganzhi_rejects_non_names(name: str) -> None:
    with pytest.raises(PaperParseError):
        resolve_ganzhi(name, near=2021)


def test_roc_years() -> None:
    assert roc_to_gregorian(110) == 2021
    assert roc_to_gregorian(1) == 1912
    assert gregorian_to_roc(1949) == 38
    with pytest.raises(PaperParseError):
        roc_to_gregorian(0)
    with pytest.raises(PaperParseError):
        gregorian_to_roc(1911)


@given(d=st.dates())
def test_weekday_name_round_trips(d: date) -> None:
    for prefix in ("星期", "礼拜", "周", "週", "禮拜"):
        name = weekday_name(d, prefix=prefix)
        assert parse_weekday(name) == d.isoweekday()
        assert parse_weekday(f"（{name}）") == d.isoweekday()


@pytest.mark.parametrize("text", ["星期八", "周天下", "", "星期", "Thursday", "(星期四"])
def test_parse_weekday_rejects(text: str) -> None:
    with pytest.raises(PaperParseError):
        parse_weekday(text)


def test_weekday_name_rejects() -> None:
    with pytest.raises(PaperParseError):
        weekday_name(0)
    with pytest.raises(PaperParseError):
        weekday_name(1, prefix="Week")


def test_lunar_date_str_and_to_solar() -> None:
    lunar = solar_to_lunar(date(2021, 12, 23))
    assert str(lunar) == "辛丑年十一月二十"
    assert lunar.to_solar() == date(2021, 12, 23)
    assert str(solar_to_lunar(date(2022, 1, 1))) == "辛丑年十一月廿九"
    assert str(solar_to_lunar(date(2022, 2, 1))) == "壬寅年正月初一"


# --- find_dates: the forms --------------------------------------------------------------------

REF = date(2021, 12, 23)


def _one(text: str, reference: date | None = None) -> DateMention:
    found = find_dates(text, reference=reference)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "2021年12月23日",
        "二〇二一年十二月二十三日",
        "二○二一年十二月二十三日",
        "二零二一年十二月二十三日",
        "2021.12.23",
        "2021-12-23",
        "2021/12/23",
        "２０２１年１２月２３日",
        "２０２１．１２．２３",
        "2021 年 12 月 23 日",
        "民国一一〇年十二月二十三日",
        "民國110年12月23日",
        "中華民國一百一十年12月23日",
    ],
)
def test_full_dates(text: str) -> None:
    m = _one(text)
    assert m.date == date(2021, 12, 23)
    assert (m.year, m.month, m.day) == (2021, 12, 23)
    assert m.span.start == 0
    assert m.span.end == len(text)
    assert m.text == text
    assert m.calendar == ("roc" if "民" in text else "gregorian")
    assert m.roc_year == (110 if "民" in text else None)


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("2021年12月23日 星期四", 4),
        ("2021年12月23日(星期四)", 4),
        ("2021年12月23日（星期四）", 4),
        ("2021年12月23日 周四", 4),
        ("2021年12月23日礼拜四", 4),
        ("星期四2021年12月23日", 4),
        ("2021.12.23星期三", 3),  # printed weekday kept as printed, even when wrong
    ],
)
def test_weekday_attached(text: str, weekday: int) -> None:
    m = _one(text)
    assert m.weekday == weekday
    assert m.date == date(2021, 12, 23)
    assert m.text == text


def test_sample_masthead(sample_text: str) -> None:
    found = find_dates(sample_text[:80])
    assert [m.text for m in found] == ["辛丑年十一月二十", "2021年12月23日 星期四"]
    lunar, solar = found
    assert (lunar.calendar, lunar.ganzhi, lunar.month, lunar.day, lunar.date) == (
        "lunar",
        "辛丑",
        11,
        20,
        None,  # a 干支 year alone does not fix the year
    )
    assert solar.weekday == 4
    assert solar.date == date(2021, 12, 23)
    lunar = find_dates(sample_text[:80], reference=solar.date)[0]
    assert lunar.date == date(2021, 12, 23)
    assert lunar.lunar == LunarDate(year=2021, month=11, day=20, leap=False, ganzhi="辛丑")


def test_sample_page_dates(sample_text: str) -> None:
    found = find_dates(sample_text, reference=REF)
    texts = [m.text for m in found]
    for expected in ("截至11月底", "12月22日0~15时", "10月19日晚", "今年2月25日", "22日下午"):
        if expected.startswith("截至"):
            expected = expected[2:]
        assert expected in texts
    by_text = {m.text: m for m in found}
    assert by_text["11月底"].part == "底"
    assert by_text["11月底"].date is None
    assert by_text["12月22日0~15时"].time_of_day == "0~15时"
    assert by_text["10月19日晚"].date == date(2021, 10, 19)
    assert by_text["今年2月25日"].date == date(2021, 2, 25)
    assert by_text["今年2月25日"].relative_years == 0
    assert by_text["22日下午"].date == date(2021, 12, 22)
    yesterday = [m for m in found if m.text == "昨日"]
    assert yesterday
    assert all(m.relative_days == -1 and m.date == date(2021, 12, 22) for m in yesterday)
    for m in found:
        assert sample_text[m.span.start : m.span.end] == m.text


def test_without_reference_nothing_relative_resolves() -> None:
    for text in (
        "12月22日",
        "22日",
        "昨日",
        "今天",
        "前天",
        "明天",
        "正月初一",
        "辛丑年十一月二十",
    ):
        assert _one(text).date is None, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昨日", date(2021, 12, 22)),
        ("昨天", date(2021, 12, 22)),
        ("今日", date(2021, 12, 23)),
        ("前天", date(2021, 12, 21)),
        ("明天", date(2021, 12, 24)),
        ("后天", date(2021, 12, 25)),
        ("12月22日", date(2021, 12, 22)),
        ("22日", date(2021, 12, 22)),
        ("十二月二十二日", date(2021, 12, 22)),
        ("1月5日", date(2022, 1, 5)),  # soon after the reference, not 11 months before
        ("6月2日", date(2021, 6, 2)),
        ("去年12月23日", date(2020, 12, 23)),
        ("明年1月5日", date(2022, 1, 5)),
        ("31日", date(2021, 12, 31)),
        ("新华社重庆十四日电", date(2021, 12, 14)),
        ("农历十一月二十", date(2021, 12, 23)),
        ("正月初一", date(2022, 2, 1)),
        ("腊月廿三", date(2022, 1, 25)),
        ("冬月初十", date(2021, 12, 13)),
        ("辛丑年十一月二十", date(2021, 12, 23)),
        ("农历庚子年闰四月初八", date(2020, 5, 30)),
    ],
)
def test_resolution_against_reference(text: str, expected: date) -> None:
    found = find_dates(text, reference=REF)
    assert [m.date for m in found] == [expected]


def test_day_only_near_month_end() -> None:
    assert _one("31日", reference=date(2022, 1, 2)).date == date(2021, 12, 31)
    assert _one("2日", reference=date(2021, 12, 30)).date == date(2022, 1, 2)


@pytest.mark.parametrize(
    ("text", "month", "part"),
    [("11月底", 11, "底"), ("12月初", 12, "初"), ("12月上旬", 12, "上旬"), ("10月下旬", 10, "下旬"),
     ("5月末", 5, "末"), ("本月初", None, "初"), ("上旬", None, "上旬")],
)  # fmt: skip
def test_parts_of_months(text: str, month: int | None, part: str) -> None:
    m = find_dates(text, reference=REF)[-1]
    assert (m.month, m.part, m.day, m.date) == (month, part, None, None)


def test_lunar_forms() -> None:
    m = _one("农历辛丑年二月廿五")
    assert (m.calendar, m.ganzhi, m.month, m.day, m.leap) == ("lunar", "辛丑", 2, 25, False)
    m = _one("闰四月")
    assert (m.month, m.leap, m.day) == (4, True, None)
    m = _one("辛丑年")
    assert (m.calendar, m.ganzhi, m.month) == ("lunar", "辛丑", None)
    assert _one("腊月").month == 12
    assert _one("農曆十一月卅").day == 30
    assert _one("农历11月20日").calendar == "lunar"


def test_roc_forms() -> None:
    m = _one("民国一一〇年")
    assert (m.calendar, m.year, m.roc_year, m.date) == ("roc", 2021, 110, None)
    assert _one("民国元年").year == 1912
    assert _one("民國三十八年").year == 1949


@pytest.mark.parametrize(
    ("text", "tod"),
    [
        ("22日0~15时", "0~15时"),
        ("22日0～15时", "0～15时"),
        ("10月19日晚", "晚"),
        ("12月22日早上8时", "早上8时"),
        ("12月23日10时30分至12时", "10时30分至12时"),
        ("昨日下午", "下午"),
        ("2021年12月23日 14:30", "14:30"),
    ],
)
def test_times_of_day(text: str, tod: str) -> None:
    m = _one(text)
    assert m.time_of_day == tod
    assert m.text == text


@pytest.mark.parametrize(
    "text",
    [
        "两个星期一直在忙",
        "一周一次",
        "3日游",
        "日元",
        "1.5万",
        "192.168.1.1",
        "2021.12.23.4",
        "2021-13-01",
        "13月5日",
        "甲丑年",
        "岁月初心",
        "十一月二十",  # no sign of a lunar date, and no 日 for a Gregorian one
        "第3日",
        "学院路107号",
        "K210次列车",
        "12月晚会",
        "光明日报",
        "今日8版",
        "今日 16版",
        "今日十二版",
    ],
)
def test_not_dates(text: str) -> None:
    assert [m.text for m in find_dates(text) if m.date or m.day or m.weekday] == []


def test_impossible_date_is_kept_without_a_date() -> None:
    m = _one("2021年2月30日")
    assert (m.year, m.month, m.day, m.date) == (2021, 2, 30, None)


def test_weekday_alone_and_not_across_lines() -> None:
    found = find_dates("2021年12月23日\n星期四")
    assert [(m.text, m.weekday, m.date) for m in found] == [
        ("2021年12月23日", None, date(2021, 12, 23)),
        ("星期四", 4, None),
    ]


def test_parse_date() -> None:
    assert parse_date(" 2021年12月23日 星期四 ").weekday == 4
    assert parse_date("昨日", reference=REF).date == date(2021, 12, 22)
    for bad in ("", "   ", "2021年12月23日 多云", "多云 2021年12月23日", "星期四 多云"):
        with pytest.raises(PaperParseError):
            parse_date(bad)


# --- properties ------------------------------------------------------------------------------


@given(d=hko_dates, data=st.data())
@example(d=date(1999, 1, 1), data=None).via("weekday before a Chinese-digit year")
@example(d=date(1911, 1, 1), data=None).via("weekday right after a numeric date")
def test_gregorian_forms_round_trip(d: date, data: st.DataObject | None) -> None:
    if data is None:  # the regressions hypothesis found
        found = {
            date(1999, 1, 1): ("星期五一九九九年一月一日", True),
            date(1911, 1, 1): ("１９１１.1.1周日", True),
        }
        text, has_weekday = found[d]
    else:
        text, has_weekday = data.draw(gregorian_text(d))
        text = data.draw(perturbed_date_text(text))
    m = _one(text)
    assert m.date == d, text
    assert m.weekday == (d.isoweekday() if has_weekday else None), text


@given(d=hko_dates, data=st.data())
def test_month_day_forms_resolve_against_their_own_day(d: date, data: st.DataObject) -> None:
    text = data.draw(
        st.sampled_from(
            [
                f"{d.month}月{d.day}日",
                f"{d.month}月{d.day}号",
                f"{d.day}日",
                f"今年{d.month}月{d.day}日",
            ]
        )
    )
    text = data.draw(perturbed_date_text(text))
    assert _one(text, reference=d).date == d, text


@given(d=st.dates(min_value=date(1901, 1, 20), max_value=LAST_DAY), data=st.data())
@example(d=date(2033, 12, 22), data=None).via("leap eleventh month")
@example(d=date(2020, 6, 10), data=None).via("闰四月")
def test_lunar_forms_round_trip(d: date, data: st.DataObject | None) -> None:
    year, month, day, leap = _truth(d)
    if data is None:
        text = f"农历{_gz(year)}年{'闰' if leap else ''}{month}月{day}日"
    else:
        text = data.draw(lunar_text(_gz(year), month, day, leap))
        text = data.draw(perturbed_date_text(text))
    m = _one(text, reference=d)
    assert m.calendar == "lunar"
    assert (m.month, m.day, m.leap) == (month, day, leap), text
    assert m.date == d, text
    assert m.lunar is not None
    assert _as_tuple(m.lunar) == (year, month, day, leap)


@given(text=date_soup, reference=st.none() | st.dates())
@example(text="年" * 50, reference=None)
@example(text="周一" * 30, reference=date.max)
@example(text="昨日2日", reference=date.min)
@example(text="民国〇年", reference=None)
@example(text="辛丑年十一月二十", reference=date(9999, 12, 31))
@example(text="\u200b12月\u200b22日\u200b", reference=None)
def test_find_dates_never_raises(text: str, reference: date | None) -> None:
    found = find_dates(text, reference=reference)
    last_end = 0
    for m in found:
        assert text[m.span.start : m.span.end] == m.text == m.span.text
        assert m.span.start >= last_end  # in order, not overlapping
        last_end = m.span.end
        if m.calendar == "gregorian" and None not in (m.year, m.month, m.day) and m.date:
            assert (m.date.year, m.date.month, m.date.day) == (m.year, m.month, m.day)
        if reference is None and m.year is None:
            assert m.date is None


@pytest.mark.parametrize(
    ("masthead", "issue_date"),
    [
        ("二〇二三年四月五日 星期三\n農曆癸卯年閏二月十五\n總第8123期 今日8版", date(2023, 4, 5)),
        ("德州晚报 2024年1月31日 星期三 农历癸卯年十二月廿一 今日16版", date(2024, 1, 31)),
        ("光明日报\n2024年1月31日 星期三\n农历癸卯年十二月廿一\n今日12版", date(2024, 1, 31)),
    ],
)
def test_masthead_lines_agree(masthead: str, issue_date: date) -> None:
    """The Gregorian and lunar dates of real mastheads name the same day; 今日N版 is no date."""
    solar, lunar = find_dates(masthead)
    assert solar.date == issue_date
    assert solar.weekday == issue_date.isoweekday()
    assert (lunar.calendar, lunar.ganzhi, lunar.date) == ("lunar", "癸卯", None)
    again = find_dates(masthead, reference=solar.date)
    assert len(again) == 2
    assert again[1].date == issue_date
    assert again[1].lunar == solar_to_lunar(issue_date)


@pytest.mark.parametrize(
    ("text", "value", "weekday"),
    [
        # 香港華字日報 1924 and 1935 (financial numerals, 號 for the day, 禮拜): real heads
        ("中華民國拾叁年柒月廿玖號\n甲子年陸月廿捌日 禮拜弍", date(1924, 7, 29), 2),
        ("中華民國廿四年叁月廿捌號\n乙亥年弍月廿肆日 星期肆", date(1935, 3, 28), 4),
    ],
)
def test_dates_in_financial_numerals_are_read(text: str, value: date, weekday: int) -> None:
    """Old papers print their dates in the anti-fraud numerals; the ROC year like a day (廿四)."""
    solar, lunar = find_dates(text)
    assert (solar.calendar, solar.date) == ("roc", value)
    assert (lunar.weekday, find_dates(text, reference=value)[1].date) == (weekday, value)


def test_financial_numerals_alone_are_words() -> None:
    """登陸月球 is a landing on the moon, not 六月; 拾 alone is a verb."""
    assert find_dates("登陸月球 拾金不昧") == ()


@pytest.mark.parametrize(
    ("text", "calendar", "year", "value"),
    [
        # a Qing reign's year dates a day of the lunar calendar (宣統三年八月十九日 = 1911-10-10)
        ("宣統三年八月十九日", "lunar", 1911, date(1911, 10, 10)),
        ("清光緒21年8月25日", "lunar", 1895, None),  # before the lunar table: no day
        # Japan's eras count Gregorian years, as the Republic's do
        ("昭和十三年二月一日", "gregorian", 1938, date(1938, 2, 1)),
        ("大正元年十月十日", "gregorian", 1912, date(1912, 10, 10)),
    ],
)
def test_reign_and_era_years(text: str, calendar: str, year: int, value: date | None) -> None:
    (m,) = find_dates(text)
    assert (m.text, m.calendar, m.year, m.date) == (text, calendar, year, value)


def test_a_reign_name_alone_is_no_date() -> None:
    assert find_dates("光緒年間 道光二十年") == ()


def test_an_roc_year_past_100_in_the_official_style() -> None:
    """一百十三年: past 100 the Republic's style drops the 一 before 十."""
    (m,) = find_dates("中華民國一百十三年一月三十一日")
    assert (m.roc_year, m.date) == (113, date(2024, 1, 31))


def test_solar_term_days() -> None:
    """The day each term begins in China Standard Time, as the almanacs print it."""
    from paper_parser.calendar import SOLAR_TERMS, solar_term_day

    assert len(set(SOLAR_TERMS.values())) == 24
    assert solar_term_day(2012, "处暑") == date(2012, 8, 23)
    assert solar_term_day(2025, "立春") == date(2025, 2, 3)
    assert solar_term_day(2024, "夏至") == date(2024, 6, 21)
    assert solar_term_day(2000, "小寒") == date(2000, 1, 6)
    assert solar_term_day(1990, "秋分") == date(1990, 9, 23)
    assert [solar_term_day(y, "清明").day for y in range(2019, 2026)] == [5, 4, 4, 5, 5, 4, 4]


@pytest.mark.parametrize(
    ("year", "name"), [(2024, "清明节"), (2024, "中秋"), (0, "清明"), (10_000, "立春")]
)
def test_solar_term_day_rejects_with_the_library_error(year: int, name: str) -> None:
    # A strict function raises PaperParseError (a ValueError), never KeyError or a bare
    # ValueError from datetime.
    from paper_parser.calendar import solar_term_day

    with pytest.raises(PaperParseError):
        solar_term_day(year, name)
