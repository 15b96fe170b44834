"""CN numbers, 邮发代号 and ISSNs: strict parsers, finders, round trips and fuzzing."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from paper_parser import (
    PaperParseError,
    find_cn_numbers,
    find_issns,
    find_postal_codes,
    parse_cn_number,
    parse_issn,
    parse_postal_code,
)
from paper_parser.identifiers import issn_check_digit
from tests.strategies import (
    CN_REGION_NAMES,
    MASTHEAD_DASHES,
    cn_number_text,
    printed_dash,
    tricky_text,
    width_variant,
)

# --- CN numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "region"),
    [
        ("CN33—0018", "33-0018", "浙江"),
        ("国内统一刊号:CN33—0018", "33-0018", "浙江"),
        ("国内统一连续出版物号 CN11-0026", "11-0026", "北京"),
        ("國內統一刊號：ＣＮ１１－００６５", "11-0065", "北京"),
        ("統一刊號:CN 44 - 0001", "44-0001", "广东"),
        ("CN刊号:31-0001", "31-0001", "上海"),
        ("  cn33\u20130018  ", "33-0018", "浙江"),
        ("33-0018", "33-0018", "浙江"),
        ("CN33——0018", "33-0018", "浙江"),
        ("CN10-1234/G4", "10-1234/G4", "北京"),
    ],
)
def test_parse_cn_number_accepts_printed_forms(text: str, value: str, region: str) -> None:
    cn = parse_cn_number(text)
    assert cn.value == value
    assert str(cn) == value
    assert cn.region == region
    assert text[cn.span.start : cn.span.end] == cn.text


def test_cn_number_parts_and_span_exclude_the_label() -> None:
    cn = parse_cn_number("国内统一刊号:CN33—0018")
    assert (cn.region_code, cn.serial, cn.suffix, cn.label) == ("33", "0018", None, "国内统一刊号")
    assert (cn.span.start, cn.span.end, cn.text) == (7, 16, "CN33—0018")
    assert cn.kind == "newspaper"


@pytest.mark.parametrize(
    ("serial", "kind"),
    [("0001", "newspaper"), ("0999", "newspaper"), ("1000", "periodical"),
     ("5999", "periodical"), ("6000", "network"), ("9000", "electronic"), ("0000", None)],
)  # fmt: skip
def test_cn_kind_follows_the_serial_ranges(serial: str, kind: str | None) -> None:
    assert parse_cn_number(f"CN11-{serial}").kind == kind


def test_unknown_region_parses_with_region_none() -> None:
    cn = parse_cn_number("CN99-0001")
    assert (cn.region_code, cn.region) == ("99", None)


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("CN33-X018", 5),
        ("CN3-0018", 2),
        ("CN330018", 4),
        ("CN33-018", 5),
        ("CN33-0018 extra", 10),
        ("CN33-00189", 9),
        ("", 0),
        ("CN", 2),
        ("国内统一刊号:", 7),
        ("\u200bCN33-X018", 6),  # positions are in the caller's string
    ],
)
def test_parse_cn_number_rejects_with_position(text: str, position: int) -> None:
    with pytest.raises(PaperParseError) as info:
        parse_cn_number(text)
    assert info.value.position == position
    assert info.value.text == text


# --- 邮发代号 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "prefix", "serial", "province", "kind"),
    [
        ("邮发代号:31—2", 31, 2, "浙江", "newspaper"),
        ("1-1", 1, 1, "北京", "newspaper"),
        ("郵發代號：８３－５", 83, 5, "海南", "newspaper"),
        ("邮发代号 32-15", 32, 15, "浙江", "magazine"),
        ("邮局代号:2-388", 2, 388, "北京", "magazine"),
        ("99-1", 99, 1, None, "newspaper"),
    ],
)
def test_parse_postal_code(
    text: str, prefix: int, serial: int, province: str | None, kind: str
) -> None:
    code = parse_postal_code(text)
    assert (code.prefix, code.serial, code.province, code.kind) == (prefix, serial, province, kind)
    assert code.value == f"{prefix}-{serial}"
    assert text[code.span.start : code.span.end] == code.text


def test_postal_code_prefix_is_not_the_cn_region() -> None:
    # 浙江: CN region 33, postal prefix 31 (33 is 福建 for the post office).
    assert parse_postal_code("31-2").province == "浙江"
    assert parse_postal_code("33-2").province == "福建"


@pytest.mark.parametrize(
    ("text", "position"), [("0-2", 0), ("31-", 3), ("31—2x", 4), ("123-4", 0), ("邮发代号", 4)]
)
def test_parse_postal_code_rejects_with_position(text: str, position: int) -> None:
    with pytest.raises(PaperParseError) as info:
        parse_postal_code(text)
    assert info.value.position == position


# --- ISSN ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ISSN 1002-3666", "1002-3666"),  # 光明日报
        ("ISSN:0254-4164", "0254-4164"),
        ("issn 0317-8471", "0317-8471"),
        ("ISSN 2049-3630", "2049-3630"),
        ("ISSN 0001-043X", "0001-043X"),
        ("ISSN 0001-043x", "0001-043X"),
        ("ＩＳＳＮ　１００２－３６６６", "1002-3666"),
        ("10023666", "1002-3666"),
    ],
)
def test_parse_issn_valid(text: str, value: str) -> None:
    issn = parse_issn(text)
    assert issn.value == value
    assert issn.check_ok
    assert text[issn.span.start : issn.span.end] == issn.text


def test_parse_issn_rejects_wrong_check_digit_at_its_position() -> None:
    with pytest.raises(PaperParseError, match="check digit") as info:
        parse_issn("ISSN 1002-3667")
    assert info.value.position == 13


@pytest.mark.parametrize("text", ["ISSN 1002-366", "ISSN 1002-36666", "ISSN", "ISSN 100A-3666"])
def test_parse_issn_rejects_malformed(text: str) -> None:
    with pytest.raises(PaperParseError):
        parse_issn(text)


def test_issn_check_digit_x() -> None:
    assert issn_check_digit("0001043") == "X"
    with pytest.raises(PaperParseError):
        issn_check_digit("12345")


@given(st.text(alphabet="0123456789", min_size=7, max_size=7))
def test_issn_with_its_check_digit_always_validates(first7: str) -> None:
    text = f"ISSN {first7[:4]}-{first7[4:]}{issn_check_digit(first7)}"
    assert parse_issn(text).check_ok
    wrong = "0" if issn_check_digit(first7) != "0" else "1"
    assert find_issns(f"ISSN {first7[:4]}-{first7[4:]}{wrong}")[0].check_ok is False


# --- finders ------------------------------------------------------------------------------


def test_finders_on_the_sample_page(sample_text: str) -> None:
    cns = find_cn_numbers(sample_text)
    assert [(c.value, c.text, c.label) for c in cns] == [("33-0018", "CN33—0018", "国内统一刊号")]
    postals = find_postal_codes(sample_text)
    assert [(p.value, p.text, p.province) for p in postals] == [("31-2", "31—2", "浙江")]
    assert find_issns(sample_text) == ()
    assert sample_text[cns[0].span.start : cns[0].span.end] == "CN33—0018"


def test_finders_need_a_label_or_prefix() -> None:
    text = "比分31-2,编号33-0018,共1002-3666人"
    assert find_cn_numbers(text) == ()
    assert find_postal_codes(text) == ()
    assert find_issns(text) == ()


def test_finders_skip_longer_tokens() -> None:
    assert find_cn_numbers("ABCN33-0018 CN33-00181") == ()


def test_label_on_the_line_before_the_value() -> None:
    (cn,) = find_cn_numbers("国内统一刊号:\nCN33—0018")
    assert cn.value == "33-0018"


@given(cn_number_text())
def test_cn_round_trip(printed: tuple[str, str, str]) -> None:
    text, region, serial = printed
    cn = parse_cn_number(text)
    assert (cn.region_code, cn.serial, cn.region) == (region, serial, CN_REGION_NAMES[region])
    (found,) = find_cn_numbers("报头 " + text + " 邮发代号:31-2")
    assert found.value == f"{region}-{serial}"


@given(
    prefix=st.integers(1, 99),
    serial=st.integers(1, 9999),
    dash=printed_dash(),
    label=st.sampled_from(["", "邮发代号:", "郵發代號：", "邮发代号 "]),
    data=st.data(),
)
def test_postal_round_trip(
    prefix: int, serial: int, dash: str, label: str, data: st.DataObject
) -> None:
    text = (
        label + data.draw(width_variant(str(prefix))) + dash + data.draw(width_variant(str(serial)))
    )
    code = parse_postal_code(text)
    assert (code.prefix, code.serial) == (prefix, serial)
    if label:
        assert [c.value for c in find_postal_codes(text)] == [f"{prefix}-{serial}"]


@pytest.mark.parametrize("dash", MASTHEAD_DASHES)
def test_every_dash(dash: str) -> None:
    assert parse_cn_number(f"CN33{dash}0018").value == "33-0018"
    assert parse_postal_code(f"31{dash}2").value == "31-2"
    assert parse_issn(f"ISSN 1002{dash}3666").value == "1002-3666"


@given(tricky_text)
@example("国内统一刊号:" * 500 + "CN")
@example("CN" + "3" * 5000)
def test_finders_never_raise_and_spans_are_true(text: str) -> None:
    for found in (find_cn_numbers(text), find_postal_codes(text), find_issns(text)):
        for item in found:
            assert text[item.span.start : item.span.end] == item.text


@given(st.text(max_size=40))
def test_strict_parsers_raise_only_paper_parse_error(text: str) -> None:
    positions: list[int | None] = []
    for parse in (parse_cn_number, parse_postal_code, parse_issn):
        try:
            item = parse(text)
        except PaperParseError as err:
            positions.append(err.position)
        else:
            assert text[item.span.start : item.span.end] == item.text
    assert all(p is None or 0 <= p <= len(text) for p in positions)
