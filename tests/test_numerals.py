"""Tests for paper_parser.numerals: parse_number, format_number, find_numbers, normalize_numbers."""

from __future__ import annotations

import inspect
import itertools
import json
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any
from unittest import mock

import attrs
import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from paper_parser import (
    NumberMention,
    PaperParseError,
    Span,
    find_numbers,
    format_number,
    normalize_numbers,
    parse_number,
)
from paper_parser.numerals import IncompleteScanWarning, _find, _idioms, _read, _shapes, _tokens
from paper_parser.numerals import _vocab as data
from paper_parser.numerals._write import _fmt_section
from paper_parser.text import normalize
from tests.corpus_scoring import KINDS
from tests.strategies import (
    SAMPLE_PATH,
    numeral_soup,
    perturbed_page,
    round_trip_ints,
    word_context_soup,
    word_shape_member,
    zero_heavy_ints,
)

ROOT = Path(__file__).resolve().parent.parent
STYLES = ("lower", "upper", "traditional", "money", "digits")

# --- parse_number: real values ----------------------------------------------------------------

PARSE_CASES = [
    ("零", 0),
    ("〇", 0),
    ("十", 10),
    ("十五", 15),
    ("二十", 20),
    ("一百一十", 110),
    ("一百零五", 105),
    ("一千零五十", 1050),
    ("一万零三", 10003),
    ("十万零三", 100003),
    ("十万零一千", 101000),  # a zero before a lower section that skips no place: common usage
    ("一亿零一千万", 110000000),
    ("34亿1514.6万", 3415146000),
    ("两百", 200),
    ("两千", 2000),
    ("两万", 20000),
    ("两亿", 200000000),
    ("一亿一千", 100001000),  # what cn2an writes for 100001000 and then rejects
    ("一亿零一千", 100001000),
    ("三万五千亿", 3_500_000_000_000),
    ("三万亿", 3 * 10**12),
    ("一亿亿", 10**16),
    ("九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九", 10**16 - 1),
    ("廿一", 21),
    ("卅", 30),
    ("卌五", 45),
    ("壹万零叁", 10003),
    ("贰拾", 20),
    ("壹仟贰佰叁拾肆", 1234),
    ("一萬零三", 10003),
    ("兩億", 200000000),
    ("貳參陸", 236),
    ("三千五", 3500),
    ("一百五", 150),
    ("两万三", 23000),
    ("一万二千三", 12300),
    ("一亿二", 120000000),
    ("二〇二一", 2021),
    ("〇〇三", 3),
    ("幺二三", 123),
    ("1234", 1234),
    ("1,234", 1234),
    ("1，234", 1234),
    ("１２３４", 1234),
    ("1,234,567", 1234567),
    ("1.37亿", 137000000),
    ("4.8万", 48000),
    ("１．５万", 15000),
    ("1033.3万", 10333000),
    ("12万3456", 123456),
    ("3万5千", 35000),
    ("3千5百", 3500),
    ("1.5万亿", 1_500_000_000_000),
    ("60万", 600000),
    ("三点一四", Fraction(157, 50)),
    ("零点五", Fraction(1, 2)),
    ("点五", Fraction(1, 2)),
    ("一百点零五", Fraction(10005, 100)),
    ("三点五万", 35000),
    ("十二点五亿", 1_250_000_000),
    ("负五", -5),
    ("零下五", -5),
    ("-3万", -30000),
    ("+7", 7),
    ("百分之三十五", Fraction(35, 100)),
    ("百分之三点五", Fraction(35, 1000)),
    ("百分之百", 1),
    ("千分之五", Fraction(5, 1000)),
    ("万分之三", Fraction(3, 10000)),
    ("35%", Fraction(35, 100)),
    ("３５％", Fraction(35, 100)),
    ("5‰", Fraction(5, 1000)),
    ("三分之一", Fraction(1, 3)),
    ("二又三分之一", Fraction(7, 3)),
    ("十分之三", Fraction(3, 10)),
    ("3/4", Fraction(3, 4)),
    ("叁元伍角", Fraction(7, 2)),
    ("壹佰元整", 100),
    ("叁元零伍分", Fraction(305, 100)),
    ("伍角", Fraction(1, 2)),
    ("伍角叁分", Fraction(53, 100)),
    ("零元整", 0),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES)
def test_parse_number_values(text: str, expected: int | Fraction) -> None:
    value = parse_number(text)
    assert isinstance(value, Fraction)
    assert value == expected


def test_large_units_only_behind_the_option() -> None:
    with pytest.raises(PaperParseError):
        parse_number("一兆")
    assert parse_number("一兆", large_units=True) == 10**12
    assert parse_number("三京五兆", large_units=True) == 3 * 10**16 + 5 * 10**12
    assert parse_number("一兆五千亿", large_units=True) == 1_500_000_000_000


INVALID = [
    ("二十九千", 3),
    ("零百", 0),
    ("十七十八", 2),
    ("一千零五百", 2),  # 零 where no place is skipped
    ("一百零", 2),
    ("两十", 0),
    ("一百两", 2),
    ("一万万", 2),
    ("三千五万", 2),  # elision only at the very end
    ("一二三十", 1),
    ("", 0),
    ("负", 1),
    ("三十abc", 2),
    ("1,23", 1),
    ("零分之三", 0),
    ("一点", 1),
    ("12万345", 3),  # an Arabic group after 万 needs four digits
    ("1.2亿3.5万", None),  # a decimal of 万 after 亿 needs a whole number of 亿 before it
    ("34亿1514.6", 3),  # and ends in 万
]


@pytest.mark.parametrize(("text", "position"), INVALID)
def test_parse_number_rejects_invalid(text: str, position: int | None) -> None:
    with pytest.raises(PaperParseError) as info:
        parse_number(text)
    assert info.value.text == text
    if position is not None:
        assert info.value.position == position


def test_error_position_maps_back_through_removed_characters() -> None:
    # a zero-width space before the bad character shifts positions in the normalised text
    with pytest.raises(PaperParseError) as info:
        parse_number("二\u200b十九千")
    assert info.value.position == 4


def test_three_fractions_of_zero_is_zero_but_mixed_needs_proper_fraction() -> None:
    assert parse_number("三分之零") == 0
    with pytest.raises(PaperParseError):
        parse_number("二又三分之四")


# --- format_number --------------------------------------------------------------------------

FORMAT_CASES = [
    (0, "lower", "零"),
    (10, "lower", "十"),
    (15, "lower", "十五"),
    (110, "lower", "一百一十"),
    (10003, "lower", "一万零三"),
    (10003, "upper", "壹万零叁"),
    (10003, "traditional", "一萬零三"),
    (10003, "money", "壹万零叁元整"),
    (2021, "digits", "二〇二一"),
    (100001000, "lower", "一亿零一千"),
    (120000000, "traditional", "一億二千萬"),
    (3 * 10**12, "lower", "三万亿"),
    (10**16, "lower", "一亿亿"),
    (10**24 + 10**8, "lower", "一亿亿亿零一亿"),
    (10**16 + 10**8, "lower", "一亿亿零一亿"),
    (100010, "lower", "十万零一十"),
    (10, "upper", "壹拾"),
    (-15, "lower", "负十五"),
    (Fraction(7, 2), "money", "叁元伍角"),
    (Fraction(305, 100), "money", "叁元零伍分"),
    (Fraction(1, 2), "money", "伍角"),
    (Fraction(157, 50), "lower", "三点一四"),
    (Fraction(1, 3), "lower", "三分之一"),
    (Fraction(7, 3), "lower", "二又三分之一"),
    (Decimal("2.5"), "lower", "二点五"),
]


@pytest.mark.parametrize(("n", "style", "expected"), FORMAT_CASES)
def test_format_number(n: int | Fraction | Decimal, style: Any, expected: str) -> None:
    assert format_number(n, style=style) == expected
    assert parse_number(expected) == Fraction(n)


def test_format_number_options() -> None:
    assert format_number(15, short_ten=False) == "一十五"
    assert format_number(1005, zero="〇") == "一千〇五"
    assert parse_number("一千〇五") == 1005
    assert parse_number("一十五") == 15


@pytest.mark.parametrize(
    ("n", "kwargs"),
    [
        (1.5, {}),
        (True, {}),
        ("3", {}),
        (Decimal("Infinity"), {}),
        (Decimal("-Infinity"), {}),
        (Decimal("NaN"), {}),
        (Decimal("sNaN"), {}),
        (10**48, {}),
        (1, {"style": "roman"}),
        (Fraction(1, 3), {"style": "money"}),
        (1, {"zero": "0"}),
    ],
)
def test_format_number_refuses_with_paper_parse_error(n: Any, kwargs: dict[str, Any]) -> None:
    # issue 14: every documented error of the strict functions is a PaperParseError (Infinity
    # gave an OverflowError, NaN a bare ValueError)
    with pytest.raises(PaperParseError) as info:
        format_number(n, **kwargs)
    assert info.value.text == repr(n)[:80] or info.value.text.endswith("...")
    assert info.value.position is None


@pytest.mark.parametrize("style", STYLES)
def test_round_trip_every_number_below_ten_thousand(style: Any) -> None:
    for n in range(10**4):
        assert parse_number(format_number(n, style=style)) == n, (n, style)


@pytest.mark.parametrize("style", STYLES)
@given(n=round_trip_ints)
@example(n=100001000)
@example(n=10**16 - 1)
@example(n=1000000000000001)
@example(n=10000000000010000)
def test_round_trip_random_integers(style: Any, n: int) -> None:
    assert parse_number(format_number(n, style=style)) == n
    assert parse_number(format_number(-n, style=style)) == -n


@given(n=round_trip_ints, ten=st.booleans(), zero=st.sampled_from(["零", "〇"]))
def test_round_trip_options(n: int, ten: bool, zero: Any) -> None:
    assert parse_number(format_number(n, short_ten=ten, zero=zero)) == n


@given(
    q=st.fractions(max_denominator=10**6).filter(lambda f: abs(f) < 10**12),
    style=st.sampled_from(["lower", "upper", "traditional", "digits"]),
)
@example(q=Fraction(1, 3), style="lower")
@example(q=Fraction(-7, 3), style="upper")
@example(q=Fraction(21, 2), style="digits")
def test_round_trip_fractions(q: Fraction, style: Any) -> None:
    assert parse_number(format_number(q, style=style)) == q


@given(cents=st.integers(0, 10**14))
def test_round_trip_money(cents: int) -> None:
    amount = Fraction(cents, 100)
    assert parse_number(format_number(amount, style="money")) == amount


# --- robustness -----------------------------------------------------------------------------


@given(text=st.one_of(numeral_soup, st.text(max_size=80)))
@example(text="一" * 5000)
@example(text="9" * 5000)
@example(text="百分之")
@example(text="又分之")
@example(text="-")
@example(text="分之一")
def test_parse_number_raises_only_paper_parse_error(text: str) -> None:
    position: int | None = -1
    try:
        value = parse_number(text)
    except PaperParseError as exc:
        position = exc.position
    else:
        assert isinstance(value, Fraction)
    assert position is None or -1 <= position <= len(text)


def _check_mentions(text: str, mentions: tuple[NumberMention, ...]) -> None:
    last = -1
    for m in mentions:
        assert text[m.span.start : m.span.end] == m.text == m.span.text
        assert m.span.start >= last
        last = m.span.end
        assert m.kind in KINDS
        if m.kind == "range":
            assert m.value is None
            assert m.low is not None
            assert m.high is not None
            assert m.low < m.high
        elif m.kind == "digit-sequence":
            assert m.value is None
            assert m.digits is not None
        else:
            assert m.value is not None
            assert m.low is None
            assert m.high is None


@given(text=st.one_of(numeral_soup, st.text(max_size=120)))
@example(text="第总第1号")
@example(text="一\u200b二三四个")
@example(text="初")
@example(text="3~")
@example(text="十一月二十" * 3)
@example(text="万" * 50 + "名")
def test_find_and_normalize_never_raise(text: str) -> None:
    mentions = find_numbers(text)
    _check_mentions(text, mentions)
    out = normalize_numbers(text)
    assert isinstance(out, str)
    if not mentions:
        assert out == text


@given(
    n=st.one_of(st.integers(), st.fractions(), st.decimals(), st.floats()),
    style=st.sampled_from(STYLES),
)
@example(n=10**32, style="lower")
@example(n=10**48 - 1, style="upper")
@example(n=Decimal("Infinity"), style="lower")
@example(n=Decimal("NaN"), style="digits")
def test_format_number_raises_only_paper_parse_error(
    n: int | Fraction | Decimal | float, style: Any
) -> None:
    try:
        out = format_number(n, style=style)  # type: ignore[arg-type]
    except PaperParseError:
        assert (
            isinstance(n, float)
            or (isinstance(n, Decimal) and not n.is_finite())
            or style == "money"
            or abs(n) >= 10**48
        )
    else:
        assert not isinstance(n, float)
        assert parse_number(out) == Fraction(n)


def test_find_numbers_is_linear_in_work() -> None:
    """Count Python function calls (deterministic) on inputs of growing size."""

    def calls(text: str) -> int:
        count = 0

        def profile(frame: Any, event: str, arg: Any) -> None:
            nonlocal count
            if event in ("call", "c_call"):
                count += 1

        sys.setprofile(profile)
        try:
            find_numbers(text)
        finally:
            sys.setprofile(None)
        return count

    unit = SAMPLE_PATH.read_text(encoding="utf-8")[:2000]
    adversarial = "一二三四五六七八九十百千万亿" * 10 + "“" + "一" * 30 + "个"
    for chunk in (unit, adversarial):
        small = calls(chunk * 2)
        large = calls(chunk * 8)
        assert large <= 4 * small * 1.25 + 100


def test_megabyte_of_numeral_characters_is_handled() -> None:
    text = "一二三四五六七八九十" * 100_000 + "，3个"
    mentions = find_numbers(text)
    assert [m.text for m in mentions] == ["3个"]


def test_a_long_run_of_candidate_characters_ends_the_scans_match_call() -> None:
    """At a run of ``_LONG_RUN`` candidate characters the scan's match call returns (the
    ``regex`` engine would keep memory for every character of the run until it does); the
    candidate there is matched by the standard library's engine, and the scan goes on."""
    run = "1." * 40 + "1"
    text = "约3个" + run + "个，“五”4,567人"
    m = _tokens._SCAN_RE.match(text)
    assert m is not None
    assert m.end() == 3
    assert m.spans("w") == [(1, 2)]
    assert list(_tokens._candidates(text, None).spans()) == [(1, 2), (3, 84), (89, 94)]
    assert [mention.text for mention in find_numbers(text)] == ["约3个", "4,567人"]
    shorter = "约3个" + "1." * 20 + "1个"
    assert _tokens._SCAN_RE.match(shorter).end() == len(shorter)  # type: ignore[union-attr]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="0123456789,.点點分之又半一二十百千万亿两几〇零个“", max_size=200),
    at=st.integers(min_value=0, max_value=200),
)
@example(text="1,234,567,8901.5.5点五点", at=0)
@example(text="百分之三十五又三分之一", at=0)
@example(text="半个月", at=0)
def test_both_engines_match_a_candidate_alike(text: str, at: int) -> None:
    """The standard library's engine matches the candidate pattern as ``regex`` does."""
    by_regex = regex.compile(_tokens._FIND_PATTERN, regex.VERBOSE | regex.DOTALL).match(text, at)
    by_re = _tokens._FIND_LONG_RE.match(text, at)
    assert (by_regex and by_regex.span()) == (by_re and by_re.span())


def test_long_numeral_runs_are_read_in_linear_time_and_never_raise() -> None:
    """Cores of thousands of characters (a candidate after Arabic digits, the high end of a
    range) are junk: no reading of them, which took time quadratic in their length (minutes
    here), and a digit sequence over 4,300 digits raised ValueError from find_numbers."""
    assert [m.text for m in find_numbers("3至" + "九" * 5000 + "岁")] == ["3"]
    assert [m.text for m in find_numbers("3~" + "三四" * 2000 + "个")] == ["3"]
    assert find_numbers("1" + "三四" * 2000 + "岁") == ()
    assert normalize_numbers("3至" + "三四" * 2000 + "岁") == "3至" + "三四" * 2000 + "岁"
    # up to 64 characters a range's high end is read as before
    assert [m.text for m in find_numbers("3至" + "0" * 45 + "5岁")] == ["3至" + "0" * 45 + "5岁"]


def test_normalize_numbers_keeps_the_last_mention_only() -> None:
    """The rewrites need the last mention only (a lunar month before its day): the scan for
    normalize_numbers does not hold all of find_numbers' result."""
    text = "1," * 1000 + "辛丑年十一月二十，三十五万人"
    found = _find._scan(text, None, True)
    assert [m.text for m in found.mentions] == ["三十五万人"]
    assert len(_find._scan(text, None, False).mentions) == 1003
    assert normalize_numbers(text) == "1," * 1000 + "辛丑年十一月二十，35万人"


# --- find_numbers: the conventions ------------------------------------------------------------


def _tuple(m: NumberMention) -> tuple[Any, ...]:
    def f(x: Fraction | None) -> str | None:
        return None if x is None else str(x)

    return (m.text, m.kind, f(m.value), m.approx, m.unit, f(m.low), f(m.high))


FIND_CASES = [
    ("走访4.8万余名职工", [("4.8万余名", "cardinal", "48000", "余", "名", None, None)]),
    ("近49万个岗位", [("近49万个", "cardinal", "490000", "近", "个", None, None)]),
    ("提供2000多个岗位", [("2000多个", "cardinal", "2000", "多", "个", None, None)]),
    ("超过20万人达成", [("超过20万人", "cardinal", "200000", "超过", "人", None, None)]),
    ("开展活动超1000次", [("超1000次", "cardinal", "1000", "超", "次", None, None)]),
    ("60岁以上人群", [("60岁以上", "cardinal", "60", "以上", "岁", None, None)]),
    ("不到5分钟", [("不到5分钟", "cardinal", "5", "不到", "分钟", None, None)]),
    ("不少于1万名的", [("不少于1万名", "cardinal", "10000", "不少于", "名", None, None)]),
    ("第九十六场", [("第九十六场", "ordinal", "96", None, "场", None, None)]),
    ("第七检察部", [("第七", "ordinal", "7", None, None, None, None)]),
    ("年内第一案", [("第一案", "ordinal", "1", None, "案", None, None)]),
    ("百分之三十五", [("百分之三十五", "percent", "35", None, None, None, None)]),
    ("增长35%", [("35%", "percent", "35", None, None, None, None)]),
    ("千分之五", [("千分之五", "permille", "5", None, None, None, None)]),
    ("3~11岁人群", [("3~11岁", "range", None, None, "岁", "3", "11")]),
    ("0~15时", [("0~15时", "range", None, None, "时", "0", "15")]),
    ("3至5天", [("3至5天", "range", None, None, "天", "3", "5")]),
    ("两年半的治疗", [("两年半", "decimal", "5/2", None, "年", None, None)]),
    ("一个半小时", [("一个半", "decimal", "3/2", None, "个", None, None)]),
    ("需要60万元", [("60万元", "money", "600000", None, "元", None, None)]),
    ("1.37亿剂", [("1.37亿剂", "cardinal", "137000000", None, "剂", None, None)]),
    ("上千名快递员", [("上千名", "cardinal", "1000", "上", "名", None, None)]),
    ("万名转岗", [("万名", "cardinal", "10000", None, "名", None, None)]),
    ("三级总工会", [("三级", "cardinal", "3", None, "级", None, None)]),
    ("杭甬两地", [("两地", "cardinal", "2", None, "地", None, None)]),
    ("30年来", [("30年", "cardinal", "30", None, "年", None, None)]),
    ("48小时内", [("48小时", "cardinal", "48", None, "小时", None, None)]),
    ("5月份以来", [("5月份", "date-part", "5", None, "月份", None, None)]),
    ("截至11月底", [("11月", "date-part", "11", None, "月", None, None)]),
    (
        "2021年12月23日",
        [
            ("2021年", "date-part", "2021", None, "年", None, None),
            ("12月", "date-part", "12", None, "月", None, None),
            ("23日", "date-part", "23", None, "日", None, None),
        ],
    ),
    ("二〇二一年", [("二〇二一年", "date-part", "2021", None, "年", None, None)]),
    ("三四个人", [("三四个", "range", None, None, "个", "3", "4")]),
    ("七八十岁", [("七八十岁", "range", None, None, "岁", "70", "80")]),
    ("十五六个", [("十五六个", "range", None, None, "个", "15", "16")]),
    ("两三个", [("两三个", "range", None, None, "个", "2", "3")]),
    ("十几个", [("十几个", "range", None, "几", "个", "11", "19")]),
    ("下降点五个百分点", [("点五个百分点", "decimal", "1/2", None, "个百分点", None, None)]),
    ("景点五处", [("五处", "cardinal", "5", None, "处", None, None)]),  # 景点, not 点五
    ("节约资金200万元", [("200万元", "money", "2000000", None, "元", None, None)]),  # 节约
    ("纽约3日电", [("3日", "date-part", "3", None, "日", None, None)]),  # not 约3日
    ("附近3家", [("3家", "cardinal", "3", None, "家", None, None)]),
    ("气温下降一度", [("一度", "cardinal", "1", None, "度", None, None)]),  # not 一度 "once"
    ("节约一度电", [("一度", "cardinal", "1", None, "度", None, None)]),
    ("几十个", [("几十个", "range", None, "几", "个", "10", "90")]),
    ("数十人", [("数十人", "range", None, "数", "人", "10", "90")]),  # as vague as 几十
    ("数百万元", [("数百万元", "range", None, "数", "元", "1000000", "9000000")]),
    ("损失数十万", [("数十万", "range", None, "数", None, "100000", "900000")]),  # a count
    ("人数十万", [("十万", "cardinal", "100000", None, None, None, None)]),  # 人数 is a word
    ("人数十二万人", [("十二万人", "cardinal", "120000", None, "人", None, None)]),  # 人数
    ("一百多万人", [("一百多万人", "cardinal", "1000000", "多", "人", None, None)]),
    ("三千五百名", [("三千五百名", "cardinal", "3500", None, "名", None, None)]),
    ("零下五度", [("零下五度", "cardinal", "-5", None, "度", None, None)]),
    ("亏损-3万元", [("-3万元", "money", "-30000", None, "元", None, None)]),
    ("三分之一的人", [("三分之一", "fraction", "1/3", None, None, None, None)]),
    ("二又三分之一倍", [("二又三分之一倍", "fraction", "7/3", None, "倍", None, None)]),
    ("１．５万人", [("１．５万人", "cardinal", "15000", None, "人", None, None)]),
    ("1，234人", [("1，234人", "cardinal", "1234", None, "人", None, None)]),
    ("约3000人左右", [("约3000人左右", "cardinal", "3000", "约", "人", None, None)]),
    ("3.5个百分点", [("3.5个百分点", "decimal", "7/2", None, "个百分点", None, None)]),
    ("突破1000万", [("突破1000万", "cardinal", "10000000", "突破", None, None, None)]),
    # 十分 is a number after a score verb or before 钟/之, an adverb elsewhere.
    ("得了十分", [("十分", "cardinal", "10", None, "分", None, None)]),
    ("最后十分钟", [("十分钟", "cardinal", "10", None, "分钟", None, None)]),
    ("十分重要的三十分钟", [("三十分钟", "cardinal", "30", None, "分钟", None, None)]),
    # no numeral goes on from 万/亿 to a small unit with no digit between: 千 begins the unit
    ("新增装机50万千瓦", [("50万千瓦", "cardinal", "500000", None, "千瓦", None, None)]),
    ("二十万千克粮食", [("二十万千克", "cardinal", "200000", None, "千克", None, None)]),
    ("3.5万千米", [("3.5万千米", "cardinal", "35000", None, "千米", None, None)]),
    ("气象万千", []),
    # 成 counts tenths up to ten: past ten it begins a word
    ("1500多成员", [("1500多", "cardinal", "1500", "多", None, None, None)]),
    # fractions printed without 之 (Hong Kong): the numerator below the denominator
    ("約三分一。", [("約三分一", "fraction", "1/3", "約", None, None, None)]),
    ("四分五裂", []),
    ("意见十分一致", []),
    # index points, clock hours in 点, counts by a noun, knock-out rounds, rates
    ("跌22點，", [("22點", "cardinal", "22", None, "點", None, None)]),
    (
        "10點45分",
        [
            ("10點", "date-part", "10", None, "點", None, None),
            ("45分", "date-part", "45", None, "分", None, None),
        ],
    ),
    (
        "1男5女",
        [
            ("1男", "cardinal", "1", None, "男", None, None),
            ("5女", "cardinal", "5", None, "女", None, None),
        ],
    ),
    ("直入16強", [("16強", "cardinal", "16", None, "強", None, None)]),
    (
        "5515.7公斤/公顷",
        [("5515.7公斤/公顷", "decimal", "55157/10", None, "公斤/公顷", None, None)],
    ),
    (
        "申花3-1逆转",
        [
            ("3", "cardinal", "3", None, None, None, None),
            ("1", "cardinal", "1", None, None, None, None),
        ],
    ),
    ("沪深300指数", []),
    ("享年八十五。", [("八十五", "cardinal", "85", None, None, None, None)]),
    ("两日合计", [("两日", "cardinal", "2", None, "日", None, None)]),
    ("130﹒9萬人次", [("130﹒9萬人次", "cardinal", "1309000", None, "人次", None, None)]),
    # a decade is a date part, as the corpus annotates 80年代
    ("上世纪80年代初", [("80年代", "date-part", "80", None, "年代", None, None)]),
    ("三年代", [("三年代", "cardinal", "3", None, "年代", None, None)]),
    # a bare year that begins an event's name is a date part (corpus/sentences/README.md)
    ("2019杭州马拉松", [("2019", "date-part", "2019", None, None, None, None)]),
    ("，2024中超联赛", [("2024", "date-part", "2024", None, None, None, None)]),
    ("用了2024元", [("2024元", "money", "2024", None, "元", None, None)]),
    ("近七成", [("近七成", "fraction", "7/10", "近", "成", None, None)]),
    # medal tallies, match records, compound counts with 次
    (
        "共获5金3银2铜",
        [
            ("5金", "cardinal", "5", None, "金", None, None),
            ("3银", "cardinal", "3", None, "银", None, None),
            ("2铜", "cardinal", "2", None, "铜", None, None),
        ],
    ),
    (
        "以3胜2平1负",
        [
            ("3胜", "cardinal", "3", None, "胜", None, None),
            ("2平", "cardinal", "2", None, "平", None, None),
            ("1负", "cardinal", "1", None, "负", None, None),
        ],
    ),
    ("决一胜负", []),
    ("起降1200架次", [("1200架次", "cardinal", "1200", None, "架次", None, None)]),
    ("車流量120萬輛次", [("120萬輛次", "cardinal", "1200000", None, "輛次", None, None)]),
    ("加开航班30班", [("30班", "cardinal", "30", None, "班", None, None)]),
    ("逼近5亿", [("逼近5亿", "cardinal", "500000000", "逼近", None, None, None)]),
    # five characters with 万/亿 are an amount, not a postcode or a serial
    ("全年营收8800万。", [("8800万", "cardinal", "88000000", None, None, None, None)]),
    ("邮编100000", []),
    # a figure in brackets with 万/亿 or a decimal point is no list label
    ("同比(12.5亿)下降", [("12.5亿", "cardinal", "1250000000", None, None, None, None)]),
    ("（3）", []),
    # a range whose ends share 万/亿 needs no unit; spaces round 至/到; a space after 第
    ("在30万至80万之间", [("30万至80万", "range", None, None, None, "300000", "800000")]),
    ("今年 2 至 10 月", [("2 至 10 月", "range", None, None, "月", "2", "10")]),
    (
        "3至5",
        [
            ("3", "cardinal", "3", None, None, None, None),
            ("5", "cardinal", "5", None, None, None, None),
        ],
    ),
    ("在第 12 分钟", [("第 12 分钟", "ordinal", "12", None, "分钟", None, None)]),
    # a rate keeps its whole unit
    ("年产30万吨/年", [("30万吨/年", "cardinal", "300000", None, "吨/年", None, None)]),
    ("2021/9", []),
    # a plenary session of a term is a name; 十分 after 得 before a word is the adverb
    ("区委九届四次全会召开", []),
    ("市委十二届五次全体会议", []),
    ("表现得十分出色", []),
    ("他得十分", [("十分", "cardinal", "10", None, "分", None, None)]),
    # a sign follows no numeral: 负 after one is a record's losses
    (
        "2胜0负",
        [
            ("2胜", "cardinal", "2", None, "胜", None, None),
            ("0负", "cardinal", "0", None, "负", None, None),
        ],
    ),
    ("气温负3度", [("负3度", "cardinal", "-3", None, "度", None, None)]),
    # the same word before two numerals three apart is a figure's frame, unless the unit
    # repeats too; a demonstrative before 一 makes it a determiner
    ("说一不说二", []),
    ("他们着三不着两地走了", []),
    (
        "每三天每两天",
        [
            ("三天", "cardinal", "3", None, "天", None, None),
            ("两天", "cardinal", "2", None, "天", None, None),
        ],
    ),
    ("别无分店，仅此一家。", []),
    # in brackets only a number the bracket closes on is an identifier; 号 after a spaced month
    ("【三年以上有期徒刑】", [("三年以上", "cardinal", "3", "以上", "年", None, None)]),
    ("[2016]12号", []),
    ("（2019）京0105民初字第1234号", []),
    ("汉字第三笔", [("第三笔", "ordinal", "3", None, "笔", None, None)]),
    (
        "5 月 4 号",
        [
            ("5 月", "date-part", "5", None, "月", None, None),
            ("4 号", "date-part", "4", None, "号", None, None),
        ],
    ),
    # heldout-2026-12d round: metric units starting with 千 after digits, also as a range's end
    ("高度350千米", [("350千米", "cardinal", "350", None, "千米", None, None)]),
    ("送入200~350千米高", [("200~350千米", "range", None, None, "千米", "200", "350")]),
    ("三千米障碍", [("三千米", "cardinal", "3000", None, "米", None, None)]),
    ("倾角42.4°~42.7°", [("42.4°~42.7°", "range", None, None, "°", "212/5", "427/10")]),
    ("一度跌破2400点", [("跌破2400点", "cardinal", "2400", "跌破", "点", None, None)]),
    ("西南四省市", [("四省市", "cardinal", "4", None, "省市", None, None)]),
    ("两位数速度", [("两位数", "cardinal", "2", None, "位数", None, None)]),
    ("第二步", [("第二步", "ordinal", "2", None, "步", None, None)]),
    ("鏖战3个多小时", [("3个多小时", "cardinal", "3", "多", "小时", None, None)]),
    ("兩個多小時後", [("兩個多小時", "cardinal", "2", "多", "小時", None, None)]),
    ("两个多月后", [("两个多月", "cardinal", "2", "多", "月", None, None)]),
    ("每个3月", [("3月", "date-part", "3", None, "月", None, None)]),
    (
        "战成1比1平",
        [
            ("1", "cardinal", "1", None, None, None, None),
            ("1", "cardinal", "1", None, None, None, None),
        ],
    ),
    (
        "取得两胜一平",
        [
            ("两胜", "cardinal", "2", None, "胜", None, None),
            ("一平", "cardinal", "1", None, "平", None, None),
        ],
    ),
    ("百战百胜", []),
    (
        "2020-2021赛季",
        [
            ("2020", "date-part", "2020", None, None, None, None),
            ("2021", "date-part", "2021", None, None, None, None),
        ],
    ),
    ("0571-8888", []),
    (
        "年三十（21日）",
        [
            ("三十", "date-part", "30", None, None, None, None),
            ("21日", "date-part", "21", None, "日", None, None),
        ],
    ),
    ("大年三十晚上卖门神", []),
    ("他今年三十，", []),
    ("《經濟通通訊社5日專訊》", [("5日", "date-part", "5", None, "日", None, None)]),
    ("《十五条意见》", []),
    (
        "六、七年前，他",
        [
            ("六", "cardinal", "6", None, None, None, None),
            ("七年", "cardinal", "7", None, "年", None, None),
        ],
    ),
    ("千吨单位成本", [("千吨", "cardinal", "1000", None, "吨", None, None)]),
    ("釀3車相撞", [("3車", "cardinal", "3", None, "車", None, None)]),
    ("第3车厢", [("第3", "ordinal", "3", None, None, None, None)]),
    (
        "大年初三至七",
        [
            ("初三", "date-part", "3", None, None, None, None),
            ("七", "date-part", "7", None, None, None, None),
        ],
    ),
    ("几十元左右", [("几十元左右", "range", None, "左右", "元", "10", "90")]),
    (
        "涉及2輛小巴及一輛的士",
        [
            ("2輛", "cardinal", "2", None, "輛", None, None),
            ("一輛", "cardinal", "1", None, "輛", None, None),
        ],
    ),
    ("一个人和一个团队", []),
    # a span of quarters is counted (三季度 names one); the literary year of annals
    ("连续三个季度保持增长", [("三个季度", "cardinal", "3", None, "个季度", None, None)]),
    ("岂无集为志者？凡七十八载", [("七十八载", "cardinal", "78", None, "载", None, None)]),
    # years in brackets: a life span, and the common era glossing the year of an era, which
    # makes that year a date part
    (
        "包天笑（1876—1973）曾任主笔",
        [
            ("1876", "date-part", "1876", None, None, None, None),
            ("1973", "date-part", "1973", None, None, None, None),
        ],
    ),
    (
        "民国三年(1914)，教育部令",
        [
            ("三年", "date-part", "3", None, "年", None, None),
            ("1914", "date-part", "1914", None, None, None, None),
        ],
    ),
    (
        "在癸未年(乾隆二十八年,1763)就",
        [
            ("二十八年", "date-part", "28", None, "年", None, None),
            ("1763", "date-part", "1763", None, None, None, None),
        ],
    ),
    (
        "民国37年(1948年)",
        [
            ("37年", "date-part", "37", None, "年", None, None),
            ("1948年", "date-part", "1948", None, "年", None, None),
        ],
    ),
    ("共(12)个", []),
    # 折 counts the tenths of a price, as 成 counts those of a share
    ("全场打八折", [("八折", "fraction", "4/5", None, "折", None, None)]),
    ("五折优惠", [("五折", "fraction", "1/2", None, "折", None, None)]),
    ("9折以下", [("9折以下", "fraction", "9/10", "以下", "折", None, None)]),
    ("9.5折", [("9.5折", "fraction", "19/20", None, "折", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES, ids=[c[0] for c in FIND_CASES])
def test_find_numbers_conventions(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert [_tuple(m) for m in find_numbers(text)] == expected


NOT_QUANTITIES = [
    "一心为党工作",
    "一心向党、一心为民",
    "为民服务一线",
    "一并了解",
    "第一时间",
    "统一部署",
    "唯一县级工会",
    "一些企业",
    "万一出现",
    "一把手",
    "三心二意",
    "一带一路",
    "一个项目",
    "一项活动",
    "推动解决一批",
    "一份决定书",
    "一张名片",
    "一家服务驿站",
    "一笔沉重的负担",
    "任何一个环节",
    "“一办九组”",
    "“两图一码一指数”",
    "“两个确立”",
    "“八八战略”",
    "“当一周工人”",
    "“一企一册”",
    "“一键通”",
    "《宁海县关心关爱“快递小哥”十五条意见》",
    "六字诀",
    "五一劳动奖章",
    "三级高级检察官",
    "四川省",
    "十四五规划",
    "K210次列车",
    "“双11”",
    "双11期间",
    "CN33—0018",
    "邮发代号:31—2",
    "总第11997号",
    "学院路107号",
    "邮编:310012",
    "zjgrxb@163.com",
    "星期四",
    "周四",
    "零增长",
    "社区清零",
    "千万不要",
    "千家万户",
    "三番五次",
    "三级甲等医院",  # a hospital grade
    "二十四节气",  # a name
    "《一千零一夜》和一千零一夜",
    "十分重要",  # 十分 as a degree adverb ("very")
    "万分感谢",
    "表示十二万分的敬意",  # 十二万分, as 十二分 and 万分
    "他十分努力",
    "周一砖一瓦",  # 周一 and 一砖一瓦 overlap: both are words
    "星期四面八方",  # 星期四 and 四面八方
    # found being read by a check of about 410 more idioms, adverbs and names
    "七零八落",
    "八九不离十",
    "十有八九",
    "略知一二",
    "《三国演义》和三国演义",
    "一块儿去",
    "一时半会",
    "股价一度上涨",
    "一年一度",
    "三角形",
    "五角星",
    "长三角洲",
    "三轮车",
    "启动二级响应",
    "外贸新三样",
    "二十国集团峰会",
    "八国联军",
    "六方会谈",
    "一方有难，八方支援",
    "三位一体",
    "十四届全国人大二次会议",
    "五台山",
    "五代十国",
    "第三世界",
    "一亩三分地",
    # 折 of a bend or a fold, not of a price; 一步 of a figure at the end of a clause
    "九折臂",
    "一折两段",
    "不敢越雷池一步。",
    "迈出了关键一步。",
    # the instances of a trial; resetting to zero (round sent6)
    "第一审程序，第二审法院",
    "动态清零阶段",
    # bisection; a class named after its grade (round sent7)
    "采用二分法求解，二分查找算法",
    "高一3班学生",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text: str) -> None:
    assert find_numbers(text) == ()
    assert normalize_numbers(text) == text


def test_lunar_date_parts_are_tagged_and_kept() -> None:
    text = "辛丑年十一月二十\n2021年12月23日"
    ms = find_numbers(text)
    assert [(m.text, m.kind, m.value, m.lunar) for m in ms[:2]] == [
        ("十一月", "date-part", 11, True),
        ("二十", "date-part", 20, True),
    ]
    assert not ms[2].lunar
    assert normalize_numbers(text) == text
    assert [(m.text, m.value, m.lunar) for m in find_numbers("正月初五")] == [("初五", 5, True)]


def test_colloquial_and_digit_sequences() -> None:
    (m,) = find_numbers("三千五")
    assert (m.value, m.colloquial) == (3500, True)
    (m,) = find_numbers("两万三千元")
    assert (m.value, m.colloquial, m.kind) == (23000, False, "money")
    (m,) = find_numbers("编号〇〇三")
    assert (m.kind, m.value, m.digits, m.text) == ("digit-sequence", None, "003", "〇〇三")


def test_spans_are_in_original_coordinates() -> None:
    text = "共\u200b３\u200b个，近１．５万人"
    ms = find_numbers(text)
    assert [m.text for m in ms] == ["３\u200b个", "近１．５万人"]
    for m in ms:
        assert text[m.span.start : m.span.end] == m.text


NORMALIZE_CASES = [
    ("第九十六场发布会", "第96场发布会"),
    ("三千五百名职工", "3500名职工"),
    ("三十五万人", "35万人"),
    ("百分之三十五", "35%"),
    ("千分之五", "5‰"),
    ("三分之一", "1/3"),
    ("二又三分之一倍", "2又1/3倍"),
    ("二〇二一年十二月", "2021年12月"),
    ("编号〇〇三", "编号003"),
    ("三至五天", "3至5天"),
    ("两年半", "2年半"),
    ("下降点五个百分点", "下降0.5个百分点"),
    ("１．５万人", "1.5万人"),
    ("一百多万人", "100多万人"),
    ("零下五度", "零下5度"),
    ("三四个，十几个，七八十岁", "三四个，十几个，七八十岁"),
    ("一心为党，万一，一些，星期四", "一心为党，万一，一些，星期四"),
    ("辛丑年十一月二十", "辛丑年十一月二十"),
    ("4.8万余名", "4.8万余名"),
    # 万 after 亿 holds for the section after the 亿 only (was 300005000万人)
    ("3亿5千万人", "350000000人"),
    ("三亿五千万人", "350000000人"),
    # a count right after Arabic digits stays apart from them (was one candidate 9三)
    ("尤其以7、8、9三個月最頻繁", "尤其以7、8、9三個月最頻繁"),
]


@pytest.mark.parametrize(("text", "expected"), NORMALIZE_CASES)
def test_normalize_numbers(text: str, expected: str) -> None:
    assert normalize_numbers(text) == expected


def test_timeout_backstop_says_so() -> None:
    assert find_numbers("3个人", timeout=None)[0].value == 3
    with pytest.warns(IncompleteScanWarning, match="ran out of time at character 0"):
        assert find_numbers("3个人" * 10, timeout=1e-9) == ()
    with pytest.warns(IncompleteScanWarning):
        assert normalize_numbers("三个人" * 10, timeout=1e-9) == "三个人" * 10


def test_long_text_is_scanned_in_windows_and_loses_nothing() -> None:
    # issue 14: "1," * 1_500_000 gave () through a swallowed MemoryError; every window now
    # holds about 4,000 characters (more only to end a candidate), so the captures of one
    # scan stay small
    count = 5 * _tokens._WINDOW
    mentions = find_numbers("1," * count)
    assert len(mentions) == count
    assert (mentions[-1].span.start, mentions[-1].value) == (2 * count - 2, 1)


@pytest.mark.parametrize(
    "unit", ["《", "〔", "“", '"a', '"', "“一", "《a》"], ids=lambda u: f"{u!r}"
)
def test_a_window_ends_near_its_size_on_runs_of_quotes(unit: str) -> None:
    # issue 14: a run of openers never closed (《《《) counted as open quotes at every
    # position, so the first window became the rest of the text (its captures grow with it:
    # 15x time per 10x input); the cut now falls at the first stop outside the terms read
    size = _tokens._WINDOW
    text = unit * (20 * size)
    cut = _tokens._cut(text, 0, size)
    assert size // 2 <= cut <= size + 2 * len(unit) + 1
    assert list(_tokens._candidates(text, None).spans()) == list(
        _tokens._candidates(text[:cut], None).spans()
    ) + [(s + cut, e + cut) for s, e in _tokens._candidates(text[cut:], None).spans()]


def test_needs_normalising_is_searched_for_every_character_normalisation_touches() -> None:
    """The standard library's class finds exactly the characters of the regex class the
    text layer publishes, on every code point."""
    touched = regex.compile(f"[{_tokens._NN_CLASS}]")
    found = [chr(c) for c in range(0x110000) if _tokens._NN_RE.match(chr(c))]
    assert found == [chr(c) for c in range(0x110000) if touched.match(chr(c))]
    assert {"\u3000", "\uff0c", "\xa0", "\ufeff"} <= set(found)
    assert "," not in found
    assert "一" not in found


@given(text=st.text(max_size=40))
@example(text="三个人，二〇二一年　１２月")
def test_a_text_is_scanned_as_normalised_when_normalisation_changes_it(text: str) -> None:
    norm = _tokens._candidates(text, None).norm
    assert norm.text == normalize(text).text
    assert (norm.text is text) == (_tokens._NN_RE.search(text) is None)


@settings(max_examples=40)
@given(
    text=st.one_of(numeral_soup, st.text(max_size=300)),
    repeat=st.integers(1, 6),
    window=st.integers(8, 64),
)
@example(text="“一二三”4,567个《五》", repeat=5, window=8)
@example(text="1,234,567,", repeat=6, window=8)
@example(text="一" * 40 + "3个", repeat=3, window=16)
@example(text='"a"一"二"3个', repeat=6, window=8)
@example(text="《《《三》4个〔", repeat=6, window=8)
@example(text="“一”“二十”5", repeat=6, window=8)
def test_windows_give_what_one_scan_gives(text: str, repeat: int, window: int) -> None:
    """Cut into tiny windows, the candidates are those of one scan of the whole text."""
    text = text * repeat
    whole = _tokens._candidates(text, None)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_tokens, "_WINDOW", window)
        cut = _tokens._candidates(text, None)
    assert list(cut.spans()) == list(whole.spans())
    assert cut.norm.text == whole.norm.text


# --- differential tests against cn2an ---------------------------------------------------------

cn2an = pytest.importorskip("cn2an")


def _cn2an_value(text: str) -> Fraction | None:
    try:
        value = cn2an.cn2an(text, "smart")
    except Exception:  # cn2an raises ValueError, KeyError, ... on input it rejects
        return None
    return Fraction(repr(value)) if isinstance(value, float) else Fraction(value)


@settings(max_examples=60)
@given(n=st.one_of(zero_heavy_ints(12), st.integers(0, 10**12)))
@example(n=100001000)
@example(n=10010)
def test_differential_cn2an_output(n: int) -> None:
    text = cn2an.an2cn(n)
    ours = parse_number(text)
    assert ours == n  # also on strings cn2an itself rejects (一亿一千)
    theirs = _cn2an_value(text)
    assert theirs is None or theirs == ours


@settings(max_examples=60)
@given(
    n=st.one_of(zero_heavy_ints(12), st.integers(0, 10**12)),
    style=st.sampled_from(["lower", "upper"]),
)
def test_differential_our_output(n: int, style: Any) -> None:
    text = format_number(n, style=style)
    theirs = _cn2an_value(text)
    assert theirs is None or theirs == parse_number(text)


DIFF_STRINGS = [
    "三千五",
    "一百五",
    "两万三",
    "一万零三",
    "负五",
    "三点一四",
    "零点五",
    "1.37亿",
    "4.8万",
    "12万3456",
    "3万5千",
    "二〇二一",
    "十万零三",
    "两百",
    "壹万零叁",
]


@pytest.mark.parametrize("text", DIFF_STRINGS)
def test_differential_fixed_strings(text: str) -> None:
    theirs = _cn2an_value(text)
    assert theirs is not None
    assert parse_number(text) == theirs


def test_cn2an_rejects_what_we_read() -> None:
    text = cn2an.an2cn(100001000)
    assert _cn2an_value(text) is None
    assert parse_number(text) == 100001000


# --- the sample page against its gold --------------------------------------------------------


def _gold() -> dict[str, Any]:
    path = SAMPLE_PATH.with_name(SAMPLE_PATH.name.replace(".txt", ".gold.json"))
    if not path.exists():
        pytest.skip("no gold annotation for the sample page")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if "quantities" not in data.get("annotated", []):
        pytest.skip("the sample gold does not annotate quantities")
    return data


def test_sample_page_against_gold(sample_text: str) -> None:
    gold = _gold()

    def key(q: dict[str, Any]) -> tuple[Any, ...]:
        def f(x: str | None) -> Fraction | None:
            return None if x is None else Fraction(x)

        return (
            tuple(q["span"]),
            q["kind"],
            f(q["value"]),
            q["approx"],
            q["unit"],
            f(q["low"]),
            f(q["high"]),
        )

    expected = {key(q) for q in gold["quantities"]}
    found = {
        ((m.span.start, m.span.end), m.kind, m.value, m.approx, m.unit, m.low, m.high)
        for m in find_numbers(sample_text)
    }
    true_pos = len(expected & found)
    precision = true_pos / len(found)
    recall = true_pos / len(expected)
    assert precision >= 0.97, sorted(found - expected)
    assert recall >= 0.97, sorted(expected - found)
    for bad in gold["not_numbers"]:
        start, end = bad["span"]
        hits = [
            m.text for m in find_numbers(sample_text) if m.span.start < end and start < m.span.end
        ]
        assert hits == [], bad


def test_sample_page_normalisation_keeps_the_not_numbers(sample_text: str) -> None:
    gold = _gold()
    out = normalize_numbers(sample_text)
    for bad in gold["not_numbers"]:
        assert bad["text"] in out


@given(n=round_trip_ints, style=st.sampled_from(STYLES), mangle=st.integers(0, 3))
@example(n=100001000, style="lower", mangle=0)
def test_fast_path_agrees_with_the_strict_parser(n: int, style: Any, mangle: int) -> None:
    text = format_number(n, style=style)
    if mangle:  # drop or duplicate a character: the fast path must still agree or step aside
        i = n % len(text)
        text = text[:i] + text[i + 1 :] if mangle == 1 else text[:i] + text[i] + text[i:]
    fast = _read._fast_parse(text)
    try:
        strict: Fraction | None = _read._parse_expression(text, False).value
    except _read._Fail:
        strict = None
    assert fast is None or fast == strict


@settings(max_examples=25)
@given(page=perturbed_page())
def test_damaged_pages_keep_their_quantities(page: str) -> None:
    mentions = find_numbers(page)
    _check_mentions(page, mentions)
    values = sorted(str(m.value) for m in mentions if m.kind == "money")
    assert values == ["20000", "600000"]  # 60万元 and 2万元 survive width swaps and CRLF


# --- find_numbers internals: the shortcuts must change nothing --------------------------------

_SHAPES = (*data.WEEKDAY_SHAPES, *data.RANK_SHAPES, *data.COINED_SHAPES, *data.SESSION_SHAPES)


@given(data_=st.data(), index=st.integers(0, len(_SHAPES) - 1))
def test_word_shapes_match_their_members(data_: st.DataObject, index: int) -> None:
    shape = _SHAPES[index]
    word = data_.draw(word_shape_member(shape))
    assert len(word) in _tokens._shape_ends(word, 0, _tokens._slots(shape))
    pairs = {word[i : i + 2] for i in range(len(word) - 1)}
    assert pairs <= _tokens._word_shape_pairs(shape) <= _tokens._WORD_PAIRS
    assert len(word) <= _tokens._WORD_MAX


@given(text=word_context_soup)
@example(text="周一砖一瓦")
@example(text="三级高级检察官")
@example(text="第一时间")
@example(text="三三两两")
@example(text="接二连三个")
@example(text="兩一度")  # 兩 before 一度: read folded (两一度), no adverb there
def test_word_contexts_leave_a_pair_the_finder_checks(text: str) -> None:
    """Where a word context covers part of a numeral candidate, the character pairs find_numbers
    looks at (across either edge of the candidate, or inside it) betray it. Contexts are
    looked for in the text folded to simplified characters, as the finder looks (one
    character for one: the candidates' offsets hold)."""
    found = _tokens._candidates(text, None)
    norm, spans = found.norm, list(found.spans())
    t = norm.text.translate(_tokens._FOLD)
    assert {m[0] for m in regex.finditer(data.ADVERB_PATTERN, t)} <= set(data.ADVERB_WORDS)
    pairs, inner = _tokens._WORD_PAIRS, _tokens._INNER_PAIRS
    contexts = list(_tokens._word_contexts(t, 0, len(t)))
    contexts += [
        (a, a + len(w)) for a in range(len(t)) for w in _tokens._PHRASES if t.startswith(w, a)
    ]
    for s, e in spans:
        for a, b in contexts:
            if not (a < e and s < b):
                continue
            assert b - a <= max(_tokens._WORD_MAX, _tokens._PHRASE_MAX)
            assert _tokens._in_word_context(t, s, e)
            cand = t[s:e]
            assert (
                (a < s and t[s - 1 : s + 1] in pairs)
                or (b > e and t[e - 1 : e + 1] in pairs)
                or any(cand[i : i + 2] in inner for i in range(len(cand) - 1))
            ), (t, cand, t[a:b])


@given(text=word_context_soup)
@example(text="周一砖一瓦")
@example(text="三级高级检察官")
@example(text="十分重要，万分之一，一度电")
@example(text="萬十分")
def test_word_context_kinds_are_looked_for_where_their_pairs_are(text: str) -> None:
    """Each kind of word context (phrases, shapes with slots, adverbs) is looked for only where
    a pair of its own characters is: that skips none that covers part of a numeral. (The
    contexts are looked up in the text folded to simplified characters, as the reference
    here: 萬十分 is 万十分, a number, not the adverb 十分.)"""
    t = text
    folded = t.translate(_tokens._FOLD)
    for s in range(len(t)):
        for e in range(s + 1, min(len(t), s + 8) + 1):
            full = (
                _tokens._in_phrase(folded, s, e)
                or _tokens._in_shape(folded, s, e)
                or _tokens._in_adverb(folded, s, e)
            )
            assert _tokens._in_word_context(t, s, e) == full, (t, s, e)


def _general_scan(text: str, rewrites: bool) -> _find._Found:
    """What _scan finds with its fast paths turned off: every candidate read step by step."""
    with mock.patch.object(_find, "_read_arabic", return_value=_find._GENERAL):
        return _find._scan(text, None, rewrites)


def _assert_fast_paths_change_nothing(text: str) -> None:
    for rewrites in (False, True):
        fast, general = _find._scan(text, None, rewrites), _general_scan(text, rewrites)
        assert fast.mentions == general.mentions, text
        assert fast.rewrites == general.rewrites, text


#: Digits, unit characters the fast path reads and the characters that change a reading of
#: them (markers, 第, 、, identifiers, ranges, words starting with a unit, times).
_FAST_PATH_PIECES = sorted(
    set("0123456789０１２３４５６７８９ 、，。.:/-~至到第近约超过余多半一二三十万亿")
    | set(_find._UNIT_MORE)
    | {
        "个月",
        "月份",
        "股东",
        "人口",
        "年级",
        "时许",
        "分钟",
        "号线",
        "月",
        "日",
        "号",
        "时",
        "分",
        "秒",
    }
    | set("成角金元块点大以上左右前后双期拜市人空巷,")
    | {"3.5", "0.2万", "1,234", "3万5", "12.50", "1.37亿", "万人", "0.5"}
    | {"%", "‰", "%以上", "小时", "个小时", "年级", "美元", "季度", "人次", "公里", "半", "左右"}
)


#: Texts the short ways of the finder must read as the general steps do.
_FAST_PATH_EXAMPLES = (
    "2021年12月31日10时30分5秒，第3、4名，01号，3号文件，12月份，13月，32日",
    "５家，１２月，５股东，3成，3角，12金，24时，25时，5分，8时5分",
    "3.6万个，1.37亿剂，２．５万名，1,234人，3万5个，0.2万年，1.5月，2.5日，3.5时，3万市，3万人空巷",
    "近49万个，超过20万人，第3场，约5.5万元，于1万名，数10个，初5，点5个，零下3度，第3、4、5名，第3、4名、5名",
    "1,234,567,890,123,456,789,012,345,678,901,234个人，近1,234,567,890,123,456,789,012人",
    "35%，3.5‰，35%以上，35%至40%，48小时，3个月份，13月份，3年级，5美元，3季度，2.5小时半",
    "4.8万余名，2000多个，2000多万元，30余年，3多月，5余号，3多市，0.5多万人，1.5余万元",
    "10多岁以上，3多个半小时，3多个半以上，1万多亿元，3来个，3余个股东，3余年级",
    "3.5多个，01余个，1亿多万元，3亿5000多万元，3多万亿元，2.5多万人，三万人空巷，3万人空巷，近3万人空巷",
    "近49万个，超过20万人，不少于1万名，达4.4万多人，约35%，近3年，约5月，近3号，近3村，过3个，上5人",
    "以上3个，以下5人，第3个，初5日，下降点5个，数10个，零下3度，附近3个，纽约3个，约30余万元",
    "12月5日以来，2019年以来，60岁以上，5日以上，3个半，3个月以上，5年级以下，3人许，3个许可",
)


@pytest.mark.parametrize("text", _FAST_PATH_EXAMPLES)
def test_fast_paths_read_the_examples_as_the_general_steps(text: str) -> None:
    _assert_fast_paths_change_nothing(text)


@given(text=st.lists(st.sampled_from(_FAST_PATH_PIECES), max_size=30).map("".join))
def test_fast_paths_read_as_the_general_steps(text: str) -> None:
    """Arabic digits read straight away, and the commonest readings in one step (Arabic digits
    and a unit, a percent sign, 余/多 and a unit), find and rewrite exactly what the general
    way finds."""
    _assert_fast_paths_change_nothing(text)


@given(
    cand=st.one_of(
        st.from_regex(
            r"[0-9]{1,17}(\.[0-9]{1,17})?(万|亿|萬|億|万亿|亿亿|万万){1}", fullmatch=True
        ),
        st.from_regex(r"[0-9]{1,17}", fullmatch=True),
        st.text(alphabet=st.sampled_from(list("0123456789.,万亿萬億十百千一二三")), min_size=1),
    )
)
@example(cand="0.5万")
@example(cand="01万")
@example(cand="1.万")
def test_shapes_read_straight_away_as_the_general_way(cand: str) -> None:
    assert _shapes._shape(cand) == _shapes._read_shape(cand)


def _written_sections() -> dict[str, int]:
    """Every section (1..9999) as format_number writes it, lowercase and financial, with and
    without the short 十: what the fast path reads."""
    table: dict[str, int] = {}
    for style in ("lower", "upper"):
        digits, small = data.STYLE_DIGITS[style], data.STYLE_SMALL[style]
        for n in range(1, 10**4):
            for short in (True, False):
                table[_fmt_section(n, digits, small, leading=True, short_ten=short)] = n
    return table


def test_sections_are_read_as_format_number_writes_them_and_nothing_else() -> None:
    """The two small tables of the fast path read exactly the 40,000 written sections: each
    to its value, and no other string (every code point of the Basic Multilingual Plane, every
    string of up to three characters over the numeral characters, and written sections with one
    character changed, dropped or added)."""
    table = _written_sections()
    assert len(table) == 2 * (9999 + 10)  # 10..19 have a short form, in both styles
    alphabet = "一二三四五六七八九壹贰叁肆伍陆柒捌玖十百千拾佰仟零〇两x"
    for k, (written, n) in enumerate(table.items()):
        assert _read._section_value(written) == n, written
        if k % 16:
            continue  # the variants of one in sixteen: the whole test stays under a few seconds
        for i in range(len(written) + 1):
            for c in alphabet:
                for variant in (written[:i] + c + written[i + 1 :], written[:i] + c + written[i:]):
                    assert _read._section_value(variant) == table.get(variant), variant
            dropped = written[:i] + written[i + 1 :]
            assert _read._section_value(dropped) == table.get(dropped), dropped
    for size in range(4):
        for chars in itertools.product(alphabet, repeat=size):
            s = "".join(chars)
            assert _read._section_value(s) == table.get(s), s
    assert _read._section_value("三千零五十") == 3050
    assert _read._section_value("三千五十") is None  # a skipped place needs its zero


def test_single_characters_are_read_as_the_written_sections() -> None:
    """One-character numerals are read, by the fast path, as the written sections read them,
    on every code point of the Basic Multilingual Plane."""
    table = _written_sections()
    for c in map(chr, range(0x10000)):
        if not 0xD800 <= ord(c) <= 0xDFFF:
            assert _read._fast_int(c, True) == table.get(c), c
            assert _read._fast_int(c, False) == (None if c in "十拾" else table.get(c)), c
    assert _read._fast_int("十", True) == 10
    assert _read._fast_int("玖", True) == 9
    for c, shape in _shapes._SINGLE_SHAPES.items():
        assert _shapes._shape(c) == shape == _shapes._read_shape(c)


def test_fast_paths_read_the_corpus_as_the_general_steps() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("corpus/**/*.txt"))]
    for path in sorted(ROOT.glob("corpus/sentences/*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    assert len(texts) > 400
    for text in texts:
        _assert_fast_paths_change_nothing(text)
        found = _tokens._candidates(text, None)
        t = found.norm.text
        for a, b in found.spans():
            assert _shapes._shape(t[a:b]) == _shapes._read_shape(t[a:b])
    taken: list[bool] = []
    real = _find._read_arabic_unit

    def spy(*args: Any, **kwargs: Any) -> int | None:
        skip = real(*args, **kwargs)
        taken.append(skip != _find._GENERAL)
        return skip

    with mock.patch.object(_find, "_read_arabic_unit", spy):
        for text in texts:
            _find._scan(text, None, False)
    assert sum(taken) > 500  # the one-step reading reads most of the corpus's numbers


def test_mention_constructor_follows_the_class(sample_text: str) -> None:
    names = [f.name for f in attrs.fields(NumberMention)]
    assert list(inspect.signature(_find._mention).parameters) == names
    mentions = find_numbers(sample_text + "辛丑年十一月二十，编号〇〇三，3~11岁，近4.8万余名")
    assert {m.kind for m in mentions} >= {"date-part", "digit-sequence", "range", "cardinal"}
    for m in mentions:
        values = attrs.asdict(m, recurse=False)
        assert NumberMention(**values) == m
        assert _find._mention(*values.values()) == m
        assert type(m) is NumberMention
        span = m.span
        assert _find._span(span.start, span.end, span.text) == Span.of(
            sample_text + "辛丑年十一月二十，编号〇〇三，3~11岁，近4.8万余名", span.start, span.end
        )
        assert type(span) is Span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("统一部署，一批企业，一项任务，下一步", []),
        (
            "一米，一元，一月，一个半，第一，初一，约一个",
            ["一米", "一元", "一月", "一个半", "第一", "初一", "约一个"],
        ),
        ("十一月一日", ["十一月", "一日"]),
        ("一～三个，一到三天", ["一～三个", "一到三天"]),  # ranges, not the article
    ],
)
def test_lone_one(text: str, expected: list[str]) -> None:
    """A lone 一 is the indefinite article unless something around it makes it count."""
    assert [m.text for m in find_numbers(text)] == expected


def test_quoted_terms_hide_their_numerals_on_text_that_needs_normalising() -> None:
    # the full-width ３ outside makes the finder normalise the text; the quote holds a full-width
    # comma, which the quote pattern on the caller's text must not step over
    assert [m.text for m in find_numbers("推行“两图，一码”，３个人")] == ["３个"]
    assert [m.text for m in find_numbers("“１２３”工程，《三国》")] == []


# --- issue 13: the lexicon of idioms and fixed phrases -----------------------------------------


def test_lexicon_is_generated_from_jieba_and_holds_numerals() -> None:
    assert _idioms.SOURCE.startswith("jieba ")
    assert len(_idioms.SOURCE_SHA256) == 64
    assert len(_idioms.IDIOMS) > 3000
    numeral_chars = set(data.RUN_CHARS) | {"半"}
    assert all(numeral_chars & set(word) for word in _idioms.IDIOMS)
    assert {"一日三秋", "三人成虎", "七零八碎", "一模二样"} <= set(_idioms.IDIOMS)


def test_every_lexicon_entry_is_left_alone() -> None:
    changed = [w for w in _idioms.IDIOMS if find_numbers(w) or normalize_numbers(w) != w]
    assert changed == []


@given(word=st.sampled_from(_idioms.IDIOMS), left=st.sampled_from(["", "他说", "真是", "，"]))
@example(word="三人成虎", left="")
def test_lexicon_entries_in_a_sentence_are_left_alone(word: str, left: str) -> None:
    text = f"{left}{word}。"
    assert normalize_numbers(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三人成虎", []),  # an idiom: its 三人 is a figure of speech
        ("三人参加", ["三人"]),  # the same characters as a measurement
        ("一日三秋", []),
        ("十一月一日三人参加", ["十一月", "一日", "三人"]),
        ("七零八碎", []),
        ("一模二样", []),
        ("增加三倍", ["三倍"]),  # a fixed phrase that is a count stays out of the lexicon
    ],
)
def test_idioms_hide_numerals_measurements_do_not(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_numbers(text)] == expected


# --- issue 13: forms that were missed ----------------------------------------------------------

FORMS = [
    # a zero before a lower section that skips no place is common usage
    ("十万零一千人", [("十万零一千人", "cardinal", "101000", None, "人", None, None)]),
    # a bare numeral after a verb of change or comparison
    ("增长二十", [("二十", "cardinal", "20", None, None, None, None)]),
    ("比上年减少了三", [("三", "cardinal", "3", None, None, None, None)]),
    ("下降点一个百分点", [("点一个百分点", "decimal", "1/10", None, "个百分点", None, None)]),
    ("排名第三", [("第三", "ordinal", "3", None, None, None, None)]),
    # colloquial elision followed by a measure: the 一 is "per"
    ("三千五一个月", [("三千五", "cardinal", "3500", None, None, None, None)]),
    ("一百五一斤", [("一百五", "cardinal", "150", None, None, None, None)]),
    ("数十万观众", [("数十万", "range", None, "数", None, "100000", "900000")]),
    # labels: 二 where counting says 两
    ("二期工程", [("二期", "ordinal", "2", None, "期", None, None)]),
    ("两期工程", [("两期", "cardinal", "2", None, "期", None, None)]),
    ("二类", [("二类", "ordinal", "2", None, "类", None, None)]),
    ("三年级学生", [("三年级", "ordinal", "3", None, "年级", None, None)]),
    # 半 alone
    ("已历半月", [("半月", "decimal", "1/2", None, "月", None, None)]),
    ("半个月", [("半个月", "decimal", "1/2", None, "个月", None, None)]),
    # 一半 alone is a share, 1/2 (as 三分之一 and 三成): corpus/sentences history-1225
    ("上半年，一半，多半年", [("一半", "fraction", "1/2", None, None, None, None)]),
    # a single digit before a classifier
    ("五任县长", [("五任", "cardinal", "5", None, "任", None, None)]),
    ("一人死亡", [("一人", "cardinal", "1", None, "人", None, None)]),
    ("连进两球", [("两球", "cardinal", "2", None, "球", None, None)]),
    # mixed Arabic 亿 and 万
    (
        "34亿1514.6万剂次",
        [("34亿1514.6万剂次", "cardinal", "3415146000", None, "剂次", None, None)],
    ),
    # 许 after a time or an amount, 约 before a fraction or percent
    ("16时许", [("16时许", "date-part", "16", "许", "时", None, None)]),
    ("取得许可证3个许可", [("3个", "cardinal", "3", None, "个", None, None)]),
    ("约百分之三十", [("约百分之三十", "percent", "30", "约", None, None, None)]),
    ("约三分之一", [("约三分之一", "fraction", "1/3", "约", None, None, None)]),
    # a place unit after 多, 万 or 近 is the noun
    ("一万多市民", [("一万多", "cardinal", "10000", "多", None, None, None)]),
    ("近百市民", [("近百", "cardinal", "100", "近", None, None, None)]),
    ("三市联动", [("三市", "cardinal", "3", None, "市", None, None)]),
    # financial digits only in number context
    ("队伍人数", []),
    ("拾人牙慧，陆地", []),
    ("伍元", [("伍元", "money", "5", None, "元", None, None)]),
    # reduplicated digits and words with 一
    ("三三五五，七七八八，零零星星", []),
    ("一日千里，一时半晌，铁板一块", []),
    ("十一月一日凌晨一时，一块钱", ["十一月", "一日", "一时", "一块钱"]),
    # (round sent3, dev-2026-12g and older dev sets) the year of an era is a date part, also
    # 元年 (its first year); a count of years after the era's name is none
    (
        "民国三十六年八月",
        [
            ("三十六年", "date-part", "36", None, "年", None, None),
            ("八月", "date-part", "8", None, "月", None, None),
        ],
    ),
    ("民国36年", [("36年", "date-part", "36", None, "年", None, None)]),
    ("公元前221年", [("221年", "date-part", "221", None, "年", None, None)]),
    ("乾隆二十八年间", [("二十八年", "date-part", "28", None, "年", None, None)]),
    (
        "民国元年一月",
        [
            ("元年", "date-part", "1", None, "年", None, None),
            ("一月", "date-part", "1", None, "月", None, None),
        ],
    ),
    ("他在民国工作了三年", [("三年", "cardinal", "3", None, "年", None, None)]),
    # 元年 merged in text order among other mentions (issue 14: once inserted one at a time)
    ("第1年民国元年，第2年隆庆元年", ["第1年", "元年", "第2年", "元年"]),
    ("民国37年至38年，刑期3年至5年", ["37年", "38年", "3年至5年"]),
    # floors and numbers dialled are labels, not counts
    ("从银泰7楼坠至1楼，只见三楼阳台", []),
    ("拨打110、120求助，12345热线", []),
    ("18层楼，两栋楼，120辆急救车", ["18层", "两栋", "120辆"]),
    # 一半 is a share: 1/2 (not after a word ending in 一, nor before a unit 半 counts)
    ("超过一半的居民", [("超过一半", "fraction", "1/2", "超过", None, None, None)]),
    ("一半以上", [("一半以上", "fraction", "1/2", "以上", None, None, None)]),
    ("统一半价，一半天", []),
    # an hour after a time of day and 的
    ("晚上的19点", [("19点", "date-part", "19", None, "点", None, None)]),
    # a result after a score printed with a dash is no unit of its right side
    ("扳成1-1平。", [("1", "cardinal", "1", None, None, None, None)] * 2),
    ("面积3-5平米", ["3-5"]),
    # 战 counts matches only before their results; 番 doublings after 翻
    ("4战全胜，5战3胜", ["4战", "5战", "3胜"]),
    ("二战期间，一战成名", []),
    ("产量翻一番。三番五次", [("一番", "cardinal", "1", None, "番", None, None)]),
    # designations: a word or Latin letters, a dash and a number; a date named with a dot;
    # a road's name before its house number
    ("国产歼-20，东风-41，COVID-19，U-23亚洲杯", []),
    ("同比-3，气温-5℃", ["-3", "-5℃"]),
    ("一二·九运动，九·一八事变", []),
    ("文三路90号，兵分三路", ["三路"]),
    # 旬 counts decades of age
    ("年逾七旬，八旬老人，3月上旬", ["逾七旬", "八旬", "3月"]),
    # round sent6: a Chinese numeral and 路 right after a word end a road's name (the grid
    # and section numbers of a city's roads); digits and 路 after 公交 or in a list of routes
    # are routes; after a verb of dividing or a determiner 路 still counts
    ("经十路、经十一路、纬二路，中山二路", []),
    ("公交28路、43路、K68路临时调整", []),
    ("兵分三路，这两路人马", ["三路", "两路"]),
    # 阶段 counts stages (as 轮, 期); 巴仙, the percent of Malaysian and Singaporean papers
    ("进入第一階段", [("第一階段", "ordinal", "1", None, "階段", None, None)]),
    ("约67巴仙的群众", [("约67巴仙", "percent", "67", "约", "巴仙", None, None)]),
    ("下降0.33个千分点", [("0.33个千分点", "decimal", "33/100", None, "个千分点", None, None)]),
    # digits spaced in groups of three are one number, but not after a date's part
    ("共有28 831处，1 000 000人", ["28 831处", "1 000 000人"]),
    ("gxq926 2021-9-18 771", ["2021", "9", "18", "771"]),
    # a 百分之 printed once holds for each member of the list after it
    (
        "分別佔百分之四十一、二十四點一及十三點五",
        [
            ("百分之四十一", "percent", "41", None, None, None, None),
            ("二十四點一", "percent", "241/10", None, None, None, None),
            ("十三點五", "percent", "27/2", None, None, None, None),
        ],
    ),
    # the spoken hundred million; a lunar day before 起 (from); half past on the clock
    (
        "投资7个亿，五个亿",
        [
            ("7个亿", "cardinal", "700000000", None, None, None, None),
            ("五个亿", "cardinal", "500000000", None, None, None, None),
        ],
    ),
    ("初七起恢复", [("初七", "date-part", "7", None, None, None, None)]),
    ("晚上七點半", [("七點半", "date-part", "15/2", None, "點", None, None)]),
    # the number of a type or a model
    ("815型侦察船，2型糖尿病，99式坦克", []),
]


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[c[0] for c in FORMS])
def test_forms_that_were_missed(text: str, expected: list[Any]) -> None:
    found = find_numbers(text)
    if expected and isinstance(expected[0], str):
        assert [m.text for m in found] == expected
    else:
        assert [_tuple(m) for m in found] == expected


@given(high=st.integers(1, 9999), low=st.integers(1, 999))
def test_a_zero_before_any_lower_section_is_read(high: int, low: int) -> None:
    """万 then 零 then a number below 10^4 reads as the sum, whatever places it skips."""
    text = f"{format_number(high)}万零{format_number(low * 10 if low < 100 else low)}"
    assert parse_number(text) == high * 10**4 + (low * 10 if low < 100 else low)


@given(yi=st.integers(1, 9999), whole=st.integers(0, 9999), tenth=st.integers(1, 9))
def test_arabic_yi_then_decimal_wan(yi: int, whole: int, tenth: int) -> None:
    """N亿M.D万 is N x 10^8 + M.D x 10^4 when M.D万 is below 亿."""
    wan = whole * 10 + tenth
    text = f"{yi}亿{wan // 10}.{wan % 10}万"
    assert parse_number(text) == yi * 10**8 + Fraction(wan, 10) * 10**4
    (m,) = find_numbers(f"接种{text}剂次")
    assert (m.value, m.unit) == (yi * 10**8 + Fraction(wan, 10) * 10**4, "剂次")


@given(verb=st.sampled_from(sorted(data.CHANGE_VERBS)), n=st.integers(2, 99))
def test_bare_numeral_after_a_verb_of_change_is_a_quantity(verb: str, n: int) -> None:
    (m,) = find_numbers(f"{verb}{format_number(n)}。")
    assert (m.value, m.unit, m.kind) == (n, None, "cardinal")


@given(char=st.sampled_from(sorted(data.FORMAL_CHARS)))
def test_a_lone_financial_digit_needs_a_money_context(char: str) -> None:
    assert find_numbers(f"队{char}人数") == ()
    (m,) = find_numbers(f"金额{char}元")
    assert m.kind == "money"


@given(unit=st.sampled_from(sorted(data.PLACE_UNITS)), marker=st.sampled_from(["多", "余"]))
def test_a_place_unit_after_a_marker_is_no_measure_word(unit: str, marker: str) -> None:
    (m,) = find_numbers(f"一万{marker}{unit}民")
    assert (m.unit, m.approx, m.value) == (None, marker, 10000)


@given(unit=st.sampled_from(sorted(data.LABEL_UNITS)))
def test_er_labels_and_liang_counts(unit: str) -> None:
    assert [m.kind for m in find_numbers(f"二{unit}")] in (["ordinal"], [])
    assert [m.kind for m in find_numbers(f"两{unit}")] in (["cardinal"], [])


# --- real text: the forms read since the sentence corpus (see docs/numerals.rst) -----------------

N = None
REAL_TEXT_FORMS = [
    # traditional spellings of units and markers, reported as printed; 點 as a decimal point
    ("等了6個月", [("6個月", "cardinal", "6", N, "個月", N, N)]),
    ("超過10年", [("超過10年", "cardinal", "10", "超過", "年", N, N)]),
    ("將近半個世紀", [("將近半個", "decimal", "1/2", "將近", "個", N, N)]),
    ("百分之二點五", [("百分之二點五", "percent", "5/2", N, N, N, N)]),
    # spaces printed around Arabic digits stay inside the span; 万/亿 after one fold in
    (
        "截至 2021 年 9 月",
        [
            ("2021 年", "date-part", "2021", N, "年", N, N),
            ("9 月", "date-part", "9", N, "月", N, N),
        ],
    ),
    ("接种 3.5 万剂次", [("3.5 万剂次", "cardinal", "35000", N, "剂次", N, N)]),
    ("已超过 11 亿", [("超过 11 亿", "cardinal", "1100000000", "超过", N, N, N)]),
    # both ends carry the unit: one range, low <= high even when printed high first
    ("气温5℃到8℃", [("5℃到8℃", "range", N, N, "℃", "5", "8")]),
    ("罚款九万元至六万元不等", [("九万元至六万元", "range", N, N, "元", "60000", "90000")]),
    ("有效率70%至80%", [("70%至80%", "range", N, N, "%", "70", "80")]),
    # but full date parts and compound durations stay apart
    ("3月至5月", ["3月", "5月"]),
    ("刑期十年至一年六个月", ["十年", "一年", "六个月"]),
    # scores and ratios: each side counts; a clock time does not
    ("以4:2获胜", ["4", "2"]),
    ("比例为1.2∶3.4", ["1.2", "3.4"]),
    ("上午10:30开始", []),
    ("三比一领先", ["三", "一"]),
    # a series shares its unit and its 第; a list label starts a clause
    (
        "位列第五、六名",
        [("第五", "ordinal", "5", N, N, N, N), ("六名", "ordinal", "6", N, "名", N, N)],
    ),
    (
        "初中一、二年级",
        [("一", "ordinal", "1", N, N, N, N), ("二年级", "ordinal", "2", N, "年级", N, N)],
    ),
    ("1、加强管理", []),
    # only a number right after 、 can share the 第 of the one before it (not the first of a
    # text that ends in 、)
    ("3球、", [("3球", "cardinal", "3", N, "球", N, N)]),
    ("十天以前，哲蚌、色拉、", [("十天", "cardinal", "10", N, "天", N, N)]),
    # quarters name a date part, or count quarters after 前
    ("二季度增长", [("二季度", "date-part", "2", N, "季度", N, N)]),
    ("第四季度", [("第四季度", "date-part", "4", N, "季度", N, N)]),
    ("前两季度", [("两季度", "cardinal", "2", N, "季度", N, N)]),
    # 成 counts tenths, a digit after it hundredths
    ("增加两成", [("两成", "fraction", "1/5", N, "成", N, N)]),
    ("约占六成三", [("六成三", "fraction", "63/100", N, "成", N, N)]),
    # a lone 一 counts after its noun, with a unit of time, as a multiple; else an article
    ("新增病例一例。", [("一例", "cardinal", "1", N, "例", N, N)]),
    ("再过一个月", [("一个月", "cardinal", "1", N, "个月", N, N)]),
    ("翻了一倍", [("一倍", "cardinal", "1", N, "倍", N, N)]),
    ("以一分险胜", [("一分", "cardinal", "1", N, "分", N, N)]),
    ("一个项目，一批企业，最后一天", []),
    ("一天一天地过", []),
    # units in Latin letters after Arabic digits; not a code or a name
    ("时速350km/h", [("350km/h", "cardinal", "350", N, "km/h", N, N)]),
    ("进入5G时代", []),
    ("iPhone 15上市", []),
    # slash fractions, zero-padded labels, document numbers and date names
    ("约2/3的居民", [("约2/3", "fraction", "2/3", "约", N, N, N)]),
    # a date printed with slashes or dashes: a date part a component, as the sentence corpus
    # annotates them (corpus/sentences/README.md, heldout-2026-12d: 2026/01/16, 2021-9-18)
    (
        "2023/9/18",
        [
            ("2023", "date-part", "2023", N, N, N, N),
            ("9", "date-part", "9", N, N, N, N),
            ("18", "date-part", "18", N, N, N, N),
        ],
    ),
    (
        "发表于 2017-7-23 20:06:50",
        [
            ("2017", "date-part", "2017", N, N, N, N),
            ("7", "date-part", "7", N, N, N, N),
            ("23", "date-part", "23", N, N, N, N),
        ],
    ),
    ("0571-2021-09-18", []),
    # a day printed after its month without 日; a dash right after a quantity is no sign
    (
        "1920年9月23生于",
        [
            ("1920年", "date-part", "1920", N, "年", N, N),
            ("9月", "date-part", "9", N, "月", N, N),
            ("23", "date-part", "23", N, N, N, N),
        ],
    ),
    (
        "10月1日-4日",
        [
            ("10月", "date-part", "10", N, "月", N, N),
            ("1日", "date-part", "1", N, "日", N, N),
            ("4日", "date-part", "4", N, "日", N, N),
        ],
    ),
    # days counted after a word that counts a span; more than so many times
    ("连续三日上涨", [("三日", "cardinal", "3", N, "日", N, N)]),
    ("同比增长6倍多。", [("6倍多", "cardinal", "6", "多", "倍", N, N)]),
    # units of finance and trade; the tenor 年期 is no unit before 期间 or after a year
    ("下跌84个基点", [("84个基点", "cardinal", "84", N, "个基点", N, N)]),
    ("10年期国债", [("10年期", "cardinal", "10", N, "年期", N, N)]),
    ("八年期間", [("八年", "cardinal", "8", N, "年", N, N)]),
    ("1992年期", [("1992年", "date-part", "1992", N, "年", N, N)]),
    ("美油报72.96美元/桶", [("72.96美元/桶", "money", "1824/25", N, "美元/桶", N, N)]),
    ("大江里一桶水", []),
    ("2700万标箱", [("2700万标箱", "cardinal", "27000000", N, "标箱", N, N)]),
    ("享年100虚岁", [("100虚岁", "cardinal", "100", N, "虚岁", N, N)]),
    ("5nm芯片", [("5nm", "cardinal", "5", N, "nm", N, N)]),
    # the number of an index's name; 侦破 is a verb, no marker 破
    ("富时100指数涨0.23%", [("0.23%", "percent", "23/100", N, N, N, N)]),
    ("侦破一起案件", []),
    # the square metre as one sign, a rate per second, a century, credits, 条次; markers
    # 未超过, 不大於; 數 as vague as 数
    (
        "成交930套/76458.66㎡",
        [
            ("930套", "cardinal", "930", N, "套", N, N),
            ("76458.66㎡", "decimal", "3822933/50", N, "㎡", N, N),
        ],
    ),
    ("均价53060元/㎡", [("53060元/㎡", "money", "53060", N, "元/㎡", N, N)]),
    ("风速48米/秒", [("48米/秒", "cardinal", "48", N, "米/秒", N, N)]),
    (
        "始於20世紀90年代",
        [
            ("20世紀", "date-part", "20", N, "世紀", N, N),
            ("90年代", "date-part", "90", N, "年代", N, N),
        ],
    ),
    ("修满20学分", [("20学分", "cardinal", "20", N, "学分", N, N)]),
    ("公路中断一百八十七条次", [("一百八十七条次", "cardinal", "187", N, "条次", N, N)]),
    ("涨幅均未超过3.9%", [("未超过3.9%", "percent", "39/10", "未超过", N, N, N)]),
    ("質量不大於8800kg", [("不大於8800kg", "cardinal", "8800", "不大於", "kg", N, N)]),
    ("單日有數十筆", [("數十筆", "range", N, "數", "筆", "10", "90")]),
    ("03号线", []),
    ("〔2021〕12号文", []),
    ("纪念『9·18』", []),
    # X大 counts, hours in 点 after a time of day, the top N, X连冠, medals
    ("五大领域", [("五大", "cardinal", "5", N, "大", N, N)]),
    ("下午3点多", [("3点多", "date-part", "3", "多", "点", N, N)]),
    ("跻身前十。", [("十", "cardinal", "10", N, N, N, N)]),
    ("实现五连冠", [("五连冠", "cardinal", "5", N, "连冠", N, N)]),
    ("共获12金", [("12金", "cardinal", "12", N, "金", N, N)]),
    ("十二金钗", []),
    # markers seen in news
    ("不满18周岁", [("不满18周岁", "cardinal", "18", "不满", "周岁", N, N)]),
    ("票房破10亿", [("破10亿", "cardinal", "1000000000", "破", N, N, N)]),
    ("人数过万", [("过万", "cardinal", "10000", "过", N, N, N)]),
    ("65岁及以上", [("65岁及以上", "cardinal", "65", "及以上", "岁", N, N)]),
    ("气温在20℃附近", [("20℃附近", "cardinal", "20", "附近", "℃", N, N)]),
    # a percent takes no measure word; some unit characters begin a noun
    ("占全国1%人口", [("1%", "percent", "1", N, N, N, N)]),
    ("累计10亿票房", [("10亿", "cardinal", "1000000000", N, N, N, N)]),
    # 万 after 多 multiplies the section after the last larger unit
    ("七亿零三百多万人", [("七亿零三百多万人", "cardinal", "703000000", "多", "人", N, N)]),
    # 角 of a Chinese numeral only after 元; a digit before Arabic digits is no numeral
    ("长三角地区", []),
    ("大陆31个省", [("31个", "cardinal", "31", N, "个", N, N)]),
    # round sent4: 多 after the unit of a measured amount is its remainder (5年多); after a
    # classifier or before a word it is not (5年多次获奖: 多次 "many times")
    ("历时5年多,", [("5年多", "cardinal", "5", "多", "年", N, N)]),
    ("三年多来", [("三年多", "cardinal", "3", "多", "年", N, N)]),
    ("3个月多后", [("3个月多", "cardinal", "3", "多", "个月", N, N)]),
    ("5年多次获奖", [("5年", "cardinal", "5", N, "年", N, N)]),
    ("2019年多地", [("2019年", "date-part", "2019", N, "年", N, N)]),
    # lengths of other systems and the rates of networks
    ("設置3公尺高", [("3公尺", "cardinal", "3", N, "公尺", N, N)]),
    ("7纳米芯片", [("7纳米", "cardinal", "7", N, "纳米", N, N)]),
    ("8英寸平板", [("8英寸", "cardinal", "8", N, "英寸", N, N)]),
    ("採用 5.7 吋螢幕", [("5.7 吋", "decimal", "57/10", N, "吋", N, N)]),
    ("可达4.6Gbps,", [("4.6Gbps", "decimal", "23/5", N, "Gbps", N, N)]),
    # 大 beginning a noun (大队) after the numeral: no X大 count
    ("省高管九大队民警", []),
    ("十大城市", [("十大", "cardinal", "10", N, "大", N, N)]),
    # the police of the number dialled; officers are counted with a measure word
    ("趕到的110民警制止", []),
    ("3名民警", [("3名", "cardinal", "3", N, "名", N, N)]),
    # a document number of Taiwan (字第 … 號)
    ("院臺專字第1110085969號", []),
    # the adverb 四处 ("everywhere"); a count of places after a verb of having
    ("四处打探它的下落", []),
    ("共有四处", [("四处", "cardinal", "4", N, "处", N, N)]),
    ("党建和业务两张皮", []),
    # 一两 before a measure word is "one or two" (a range); before a noun, one liang
    ("一两天内完成", [("一两天", "range", N, N, "天", "1", "2")]),
    ("一两百人", [("一两百人", "range", N, N, "人", "100", "200")]),
    ("一两黄金", []),
    ("一两银子", []),
    ("十一两", []),
    # two digits before 折 are tenths and hundredths of the price
    ("全場95折", [("95折", "fraction", "19/20", N, "折", N, N)]),
    ("八五折优惠", [("八五折", "fraction", "17/20", N, "折", N, N)]),
    # 里 a distance after a verb of going or before 路/外/远; elsewhere a name or a figure
    ("走了九十里,", [("九十里", "cardinal", "90", N, "里", N, N)]),
    ("要走一百里路", [("一百里", "cardinal", "100", N, "里", N, N)]),
    ("三十里铺", []),
    ("九里飘香", []),
    ("十里长街", []),
    # 翻两番 (quadrupled) counts doublings: out of the lexicon of set phrases
    ("C919产量翻两番", [("两番", "cardinal", "2", N, "番", N, N)]),
    # 兆 = 10^12 where it cannot be mega (before 億 or money), a group with a unit of its own
    # after a larger one, a comma inside the four places below 萬
    ("投入1兆2500億元", [("1兆2500億元", "money", "1250000000000", N, "元", N, N)]),
    ("達4兆8,530億元", [("4兆8,530億元", "money", "4853000000000", N, "元", N, N)]),
    ("毛額達25.4兆元", [("25.4兆元", "money", "25400000000000", N, "元", N, N)]),
    ("100兆宽带", [("100", "cardinal", "100", N, N, N, N)]),
    ("千兆网络", []),
    ("总额1亿378万元", [("1亿378万元", "money", "103780000", N, "元", N, N)]),
    ("人均GDP達3萬3,883美元", [("3萬3,883美元", "money", "33883", N, "美元", N, N)]),
    # 幾, the traditional 几, in vague counts as 几 is (十幾年, 幾千萬人); 幾乎, 幾個 stay words
    ("近十幾年", [("近十幾年", "range", N, "近", "年", "11", "19")]),
    ("餓死幾千萬人", [("幾千萬人", "range", N, "幾", "人", "10000000", "90000000")]),
    ("幾乎所有人", []),
    ("幾個人", []),
    # the currencies of Malaysia and Singapore (and 兆 before them is 10^12)
    ("约4.73兆令吉", [("约4.73兆令吉", "money", "4730000000000", "约", "令吉", N, N)]),
    ("市值蒸发80亿新元", [("80亿新元", "money", "8000000000", N, "新元", N, N)]),
    ("25万至30万令吉", [("25万至30万令吉", "range", N, N, "令吉", "250000", "300000")]),
    ("超過100億港幣", [("超過100億港幣", "money", "10000000000", "超過", "港幣", N, N)]),
    # markers 约为, 少于, 冲破
    ("出口额约为2亿元", [("约为2亿元", "money", "200000000", "约为", "元", N, N)]),
    ("將開始少於2,300萬人", [("少於2,300萬人", "cardinal", "23000000", "少於", "人", N, N)]),
    # the millennium is no thousand; half a century; rounds, meals and pages are counted
    ("又體會過千禧年後的香港", []),
    ("大马半世纪卓越绩效", [("半世纪", "decimal", "1/2", N, "世纪", N, N)]),
    ("两回合双杀对手", [("两回合", "cardinal", "2", N, "回合", N, N)]),
    ("第一回合", [("第一回合", "ordinal", "1", N, "回合", N, N)]),
    (
        "一天三頓乾飯",
        [("一天", "cardinal", "1", N, "天", N, N), ("三頓", "cardinal", "3", N, "頓", N, N)],
    ),
    ("見第35页", [("第35页", "ordinal", "35", N, "页", N, N)]),
    ("2,070 萬像素鏡頭", [("2,070 萬像素", "cardinal", "20700000", N, "像素", N, N)]),
    # a detention is counted in days; a bus route is named by its number
    ("行政拘留15日", [("15日", "cardinal", "15", N, "日", N, N)]),
    ("挡住了一辆780路公交车", []),
    ("乘坐两路公交车", [("两路", "cardinal", "2", N, "路", N, N)]),
    # 附近 before a noun is "nearby" (附近居民), no marker; the variant 鍾 of 鐘; letters, years
    # lived and the money of the Republic's last years counted
    ("10多名附近居民", [("10多名", "cardinal", "10", "多", "名", N, N)]),
    ("在1.1%附近的水平", [("1.1%附近", "percent", "11/10", "附近", N, N, N)]),
    ("第24分鍾,", [("第24分鍾", "ordinal", "24", N, "分鍾", N, N)]),
    ("覆信六七封", [("六七封", "range", N, N, "封", "6", "7")]),
    ("走过了16个年头", [("16个年头", "cardinal", "16", N, "个年头", N, N)]),
    ("領薪20萬金圓券", [("20萬金圓券", "cardinal", "200000", N, "金圓券", N, N)]),
    ("不夠2銀圓", [("2銀圓", "cardinal", "2", N, "銀圓", N, N)]),
    ("一封信", []),
    # a range with the double dash of Chinese print; a bare emergency number names the service
    ("年龄在18——65岁之间", [("18——65岁", "range", N, N, "岁", "18", "65")]),
    ("记者从聊城市120了解到", []),
    ("120共出动车次604次", [("604次", "cardinal", "604", N, "次", N, N)]),
    ("以120比110获胜", ["120", "110"]),
    ("最多跌120", ["120"]),
    # 半 before the unit again begins a word (2024年半年报: the half-yearly report of 2024)
    ("公司2024年半年报披露", [("2024年", "date-part", "2024", N, "年", N, N)]),
    ("三年半", [("三年半", "decimal", "7/2", N, "年", N, N)]),
    # volumes and parts counted; 一部分 is "a part of" (its 一 the article)
    ("卫辉府志十六卷", [("十六卷", "cardinal", "16", N, "卷", N, N)]),
    ("第二部分是", [("第二部分", "ordinal", "2", N, "部分", N, N)]),
    ("一部分人", []),
    ("该设施升级的一部分。", []),
]


@pytest.mark.parametrize(("text", "expected"), REAL_TEXT_FORMS, ids=[c[0] for c in REAL_TEXT_FORMS])
def test_forms_of_real_text(text: str, expected: list[Any]) -> None:
    found = find_numbers(text)
    if expected and isinstance(expected[0], str):
        assert [m.text for m in found] == expected
    else:
        assert [_tuple(m) for m in found] == expected


#: The shapes of figures of speech: find_numbers reports the numerals, normalize_numbers leaves
#: them as printed, and rewrites the quantities of the same shapes.
FIGURE_CASES = [
    # a date part standing alone is left; a whole date is rewritten
    ("绕梁三日", "绕梁三日"),
    ("五月粜新谷", "五月粜新谷"),
    ("十二月二十三日", "12月23日"),
    ("本月三日", "本月3日"),
    ("今年五月", "今年5月"),
    ("二〇二一年十二月", "2021年12月"),
    # two single numerals with units that make no amount are a figure; amounts and lists
    # are counts
    ("一日三岁", "一日三岁"),
    ("三头两日", "三头两日"),
    ("三米五米", "3米5米"),
    # one digit with a classifier is left, with a unit of measure, money or time rewritten
    ("三人行", "三人行"),
    ("四方辐辏", "四方辐辏"),
    ("三米", "3米"),
    ("三岁", "3岁"),
    ("前三季度", "前3季度"),
    ("两个半小时", "2个半小时"),
    ("三十人", "30人"),
    ("上千名快递员", "上1000名快递员"),
    ("近三人", "近3人"),
    ("第三场", "第3场"),
    ("一个半个", "一个半个"),
    ("一个半月", "1个半月"),
    # couplets, but not lists of quantities
    ("三十年河东，三十年河西", "三十年河东，三十年河西"),
    ("他说：三分似人，七分似鬼。", "他说：三分似人，七分似鬼。"),
    ("三千五百名，三十五万人", "3500名，35万人"),
    ("三十年河东，西边", "30年河东，西边"),
    ("县三级总工会，上千名快递员，都参加了", "县三级总工会，上1000名快递员，都参加了"),
    ("其中，上千名快递员，县三级总工会", "其中，上1000名快递员，县三级总工会"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # figures of speech: numerals paired with words in alternate places
        ("三头六面", "三头六面"),
        ("人千人万", "人千人万"),
        # but amounts in money and measures, and date parts, stay counts
        ("三元五角", "3元5角"),
        ("十年六个月", "10年6个月"),
        # what find_numbers reports but normalize_numbers leaves as printed
        ("王十万段", "王十万段"),
        ("宝山八村", "宝山八村"),
        ("很不平凡的一年。", "很不平凡的一年。"),
        ("仁博二期", "仁博二期"),
        # and what it rewrites
        ("三个月", "3个月"),
        ("第三产业", "第3产业"),
        ("一米", "1米"),
        # 兆 (10^12) is left as printed: the rewrite has no 兆 to write
        ("投入1兆2500億元", "投入1兆2500億元"),
        ("三兆元", "三兆元"),
        *FIGURE_CASES,
    ],
)
def test_normalize_rewrites_only_what_is_sure(text: str, expected: str) -> None:
    assert normalize_numbers(text) == expected


def test_figures_of_speech_are_still_reported() -> None:
    left = [text for text, expected in FIGURE_CASES if text == expected]
    assert len(left) >= 8
    for text in left:
        assert find_numbers(text), text


def test_idiom_lexicon_holds_idioms_of_other_tags() -> None:
    """The lexicon takes jieba's four-character idioms filed under other tags, and fixed
    phrases closing on a count, but not counts after a verb of change nor the sectors."""
    lexicon = set(_idioms.IDIOMS)
    assert {"八面威风", "年复一年", "入木三分"} <= lexicon
    assert not {"增加三倍", "第三产业", "大年初一", "半个世纪"} & lexicon


def test_phrase_table_is_current_and_the_same_as_built() -> None:
    # The import reads the phrase and pair tables from the generated module while its CRC is
    # today's vocabulary's; they must be exactly what the build makes, and the file current.
    built = _tokens._build_phrase_tables()
    assert _tokens._sources_crc() == _tokens._phrase_table.SOURCES_CRC
    assert _tokens._phrase_tables() == built
    assert built == _tokens._PHRASE_TABLES
    assert "万人" in built.word_pairs
    assert "萬人" in built.word_pairs
    assert "一鼓作气" in built.phrases
    assert built.lengths[0] == max(map(len, built.phrases))
    script = ROOT / "scripts" / "gen_phrase_table.py"
    out = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr


def test_phrase_tables_are_built_when_the_vocabulary_changed() -> None:
    # A table made from other sources is not used: the tables are built (the same ones).
    with mock.patch.object(_tokens._phrase_table, "SOURCES_CRC", -1):
        assert _tokens._phrase_tables() == _tokens._build_phrase_tables()
    with mock.patch.object(_tokens, "_build_phrase_tables", return_value=None):
        assert _tokens._phrase_tables() == _tokens._PHRASE_TABLES  # read from the file


def _said(text: str) -> list[tuple[str, str, Any, Any, Any, str | None, str | None]]:
    return [
        (m.text, m.kind, m.value, m.low, m.high, m.unit, m.approx)
        for m in find_numbers(text, timeout=None)
    ]


def test_a_list_shares_its_unit() -> None:
    """Dates listed with the unit once are date parts (7、8月, 23及24日, 七、八、九月份); two
    neighbouring numbers with the unit once are one range (三、四万斤, 13、14度左右); places,
    grades and years stay a list (二、三名, 六、七年前)."""
    assert [m[:2] for m in _said("卫生部在23及24日公布")] == [
        ("23", "date-part"),
        ("24日", "date-part"),
    ]
    assert [m[:2] for m in _said("在那些七、八、九月份")] == [
        ("七", "date-part"),
        ("八", "date-part"),
        ("九月份", "date-part"),
    ]
    assert _said("国家供应三、四万斤粮食") == [
        ("三、四万斤", "range", None, 30000, 40000, "斤", None)
    ]
    assert _said("气温降至13、14度左右") == [("13、14度左右", "range", None, 13, 14, "度", "左右")]
    assert [m[0] for m in _said("分获二、三名")] == ["二", "三名"]
    assert [m[0] for m in _said("他说六、七年前")] == ["六", "七年"]
    assert [m[0] for m in _said("右起三、四人為張富雄夫婦")] == ["三", "四人"]  # positions
    assert [m[0] for m in _said("在3、5万人中")] != ["3、5万人"]  # no neighbours


def test_hundredths_rates_ages_and_classes() -> None:
    """逾4成3 is 43/100; a rate per head keeps its unit; 一岁 counts; 三年级二班 names a class."""
    assert _said("失业率逾4成3。") == [
        ("逾4成3", "fraction", Fraction(43, 100), None, None, "成", "逾")
    ]
    assert _said("人均107327元/人。") == [
        ("107327元/人", "money", 107327, None, None, "元/人", None)
    ]
    assert _said("年仅一岁的男童") == [("一岁", "cardinal", 1, None, None, "岁", None)]
    assert [m[0] for m in _said("三年级二班的学生")] == ["三年级"]


def test_seasons_sessions_divisions_and_taiwan_units() -> None:
    """季 counts seasons and quarters but 四季 is the year's four; 十四届五中 names a session;
    a lone 一 in a list of divisions counts (一市十四县); Taiwan's 公厘 is a unit."""
    assert _said("一年种两季水稻")[1] == ("两季", "cardinal", 2, None, None, "季", None)
    assert _said("今年首三季的入境旅客") == [("三季", "cardinal", 3, None, None, "季", None)]
    assert _said("干煸四季豆") == []
    assert _said("党的十四届五中提出") == []
    assert [m[0] for m in _said("新乡地区辖一市十四县")] == ["一市", "十四县"]
    assert _said("这是一家20年的老店") == [("20年", "cardinal", 20, None, None, "年", None)]
    assert _said("雨量达1,100公厘") == [("1,100公厘", "cardinal", 1100, None, None, "公厘", None)]


def test_city_tiers_are_words() -> None:
    """一二线城市, 三四线城市: the tiers of cities, as 一线城市 is, no range of lines."""
    assert _said("一二线城市和三四线城市的房价") == []
    assert normalize_numbers("二三線城市", timeout=None) == "二三線城市"


def test_clock_hours_keep_their_marker_and_quarters_share_their_unit() -> None:
    """10点左右 keeps 左右 (as 8点多 keeps 多); 第一、二季度 names two quarters."""
    assert _said("晚上10点左右到达") == [("10点左右", "date-part", 10, None, None, "点", "左右")]
    assert [m[:2] for m in _said("2009年第一、二季度营业收入")] == [
        ("2009年", "date-part"),
        ("第一", "date-part"),
        ("二季度", "date-part"),
    ]


def test_neighbouring_places_at_the_end_of_a_phrase() -> None:
    """分获二、三名, (places) are ordinals; 三、四名学生 (a count with its noun) is not."""
    assert [m[:2] for m in _said("沙米分获二、三名,中国选手")] == [
        ("二", "ordinal"),
        ("三名", "ordinal"),
    ]
    assert [m[:2] for m in _said("招收三、四名学生")] == [("三", "cardinal"), ("四名", "cardinal")]


def test_inclusive_bounds_written_with_huo() -> None:
    """18歲或以上, 2歲或以下: the inclusive bound of Hong Kong, Macao and Singapore notices
    is a trailing marker, as 及以上 is."""
    assert _said("18歲或以上的成人") == [("18歲或以上", "cardinal", 18, None, None, "歲", "或以上")]
    assert _said("6個月至2歲或以下的兒童")[1] == (
        "2歲或以下",
        "cardinal",
        2,
        None,
        None,
        "歲",
        "或以下",
    )


def test_caption_places_are_no_counts() -> None:
    """曹观友(右3), （左二）, ,右2为佳日星: a person's place in a photo caption; 向右3米 counts."""
    assert _said("曹观友(右3)拨款1万令吉,右2为佳日星") == [
        ("1万令吉", "money", 10000, None, None, "令吉", None)
    ]
    assert _said("（左二）为记者") == []
    assert _said("向右3米") == [("3米", "cardinal", 3, None, None, "米", None)]


def test_fiscal_years_and_seasons_across_two_years() -> None:
    """2022/23年度, 2020/21赛季: two date parts, the second by its last two digits; digits
    around a slash that do not follow on are no year (1/2年度 is a half)."""
    assert [m[:3] for m in _said("政府在2022/23年度採購")] == [
        ("2022", "date-part", 2022),
        ("23年度", "date-part", 23),
    ]
    assert [m[0] for m in _said("2020/21赛季英超")] == ["2020", "21赛季"]
    assert [m[0] for m in _said("2019/22年度")] == []


def test_strokes_and_taiwan_counties() -> None:
    """鞭刑3下, 打三下: strokes counted at the end of a phrase; 看一下, 环顾四下, 零下 and
    三下乡 are words. 6县市 counts Taiwan's counties and cities together."""
    assert _said("鞭刑3下。") == [("3下", "cardinal", 3, None, None, "下", None)]
    assert [m[0] for m in _said("每次只能打三下,並且")] == ["三下"]
    for text in ("请看一下。", "环顾四下，", "气温降到零下。", "三下乡活动", "三下五除二"):
        assert _said(text) == [], text
    assert _said("选举中,6县市") == [("6县市", "cardinal", 6, None, None, "县市", None)]


def test_names_by_order_of_birth() -> None:
    """张三, 李四, 崔九, 王五: a surname and a numeral name a person; 老王三次 (the surname
    alone as a name), 王三年前 (a span of time) and 全市四家 still count."""
    for text in ("李四家里有人", "崔九堂前几度闻", "王五地说", "他们贾三地完成了任务。"):
        assert _said(text) == [], text
    assert [m[0] for m in _said("老王三次找到他")] == ["三次"]
    assert [m[0] for m in _said("王三年前来过")] == ["三年"]
    assert [m[0] for m in _said("全市四家医院")] == ["四家"]


def test_bare_powers_count_index_points_and_fields() -> None:
    """失守万点, 千亩示范田: the round points of an index and the round areas of fields are
    counted as bare powers of ten, as 万吨 is; 一点 stays a word."""
    assert _said("深证成指失守万点整数位") == [("万点", "cardinal", 10000, None, None, "点", None)]
    assert _said("建成千亩示范田") == [("千亩", "cardinal", 1000, None, None, "亩", None)]
    assert _said("好一点") == []
    assert _said("1016.72\n萬畝") == [
        ("1016.72", "decimal", Fraction(25418, 25), None, None, None, None)
    ]


def test_a_hundred_years_of_age() -> None:
    """恰逢百歲: an age of a hundred; 百歲人瑞 names a centenarian, 万岁 and 千岁 hail."""
    assert _said("今年恰逢百歲嵩壽") == [("百歲", "cardinal", 100, None, None, "歲", None)]
    for text in ("一位百歲人瑞", "万岁", "千岁爷", "长命百岁"):
        assert _said(text) == [], text


def test_households_and_wells_in_kou() -> None:
    """全家三口人, 户均4.2口人, 打了三口井: 口 counts people and wells; 两口子, 一口气, 1万口罩
    and the place 三口 are no counts of it."""
    assert _said("全家三口人") == [("三口", "cardinal", 3, None, None, "口", None)]
    assert _said("户均4.2口人")[0][:2] == ("4.2口", "decimal")
    assert [m[0] for m in _said("打了三口井")] == ["三口"]
    for text in ("他们两口子", "一口气跑完", "三口"):
        assert _said(text) == [], text
    assert [m[0] for m in _said("捐赠1万口罩")] == ["1万"]
