"""Page shapes: the sample page re-rendered hard-wrapped and as ``-layout`` text, and
credits generated in the forms real extractors leave.

Each rendering is made from the sample's own paragraphs, so the tests know the truth:
losslessness on every shape, and the same articles and bylines as the original.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paper_parser import Span, build_page, parse_issue
from paper_parser.bylines import find_end_credit, read_credit_pieces
from paper_parser.text import display_width
from tests.test_segment import check_lossless

SAMPLE = (
    Path(__file__).resolve().parent.parent / "corpus" / "zhejiang-gongren-ribao-2021-12-23-p1.txt"
).read_text(encoding="utf-8")
# A body page with no masthead: the sample after its masthead block.
BODY = SAMPLE[SAMPLE.index("把职工放在心间 把责任扛在肩上") :]


def hard_wrap(text: str, width: int, *, layout: bool) -> str:
    """Wrap every long line at ``width`` display columns the way pdftotext does: the
    default mode drops the paragraph indent (two characters), ``-layout`` keeps it as two
    spaces."""
    out = []
    for line in text.split("\n"):
        if display_width(line) <= width:
            out.append(line)
            continue
        chunks, cur, room = [], "", width - 4
        for ch in line:
            if display_width(cur + ch) > room:
                chunks.append(cur)
                cur, room = "", width
            cur += ch
        chunks.append(cur)
        if layout:
            chunks[0] = "  " + chunks[0]
        out.extend(chunks)
    return "\n".join(out)


def test_sample_is_paragraph_per_line() -> None:
    assert build_page(SAMPLE).shape == "paragraph-per-line"


@settings(max_examples=12, deadline=None)
@given(st.integers(min_value=48, max_value=72), st.booleans())
def test_hard_wrapped_sample_is_lossless(width: int, layout: bool) -> None:
    text = hard_wrap(BODY, width, layout=layout)
    page = build_page(text)
    assert page.shape == "hard-wrapped"
    assert page.wrap_width is not None
    assert abs(page.wrap_width - width) <= 2
    issue = parse_issue(text)
    check_lossless(text, issue)
    assert issue.shape == "hard-wrapped"
    # The first article's byline survives the wrapping.
    assert "阮向民" in [p.name for a in issue.articles for p in a.people]


def test_layout_columns_are_detected() -> None:
    left = ["左栏第一段文字很长很长很长", "左栏第二行文字也很长很长"] * 5
    right = ["右栏第一段文字很长很长很长", "右栏第二行文字也很长很长"] * 5
    text = "\n".join(f"{a}      {b}" for a, b in zip(left, right, strict=True))
    assert build_page(text).shape == "layout-columns"


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲"
names = st.builds(
    lambda s, g: s + g,
    st.sampled_from(SURNAMES),
    st.text(alphabet=GIVEN, min_size=1, max_size=2),
)


def _pieces(page: str) -> list[Span]:
    out, pos = [], 0
    for line in page.split("\n"):
        if line.strip():
            start = pos + len(line) - len(line.lstrip())
            out.append(Span.of(page, start, start + len(line.strip())))
        pos += len(line) + 1
    return out


@given(st.lists(names, min_size=1, max_size=4), st.sampled_from(["本报记者", "记者", "新华社记者"]))
def test_credit_over_lines_reads_every_name(people: list[str], label: str) -> None:
    # 本报记者 / 李心萍 / 郑智文, two-character names printed one character per line.
    lines = [label]
    for name in people:
        lines.extend(name if len(name) == 2 else [name])
    page = "\n\n".join(lines)
    by = read_credit_pieces(page, _pieces(page))
    assert by is not None
    assert [(p.name, p.role) for p in by.people] == [(n, "reporter") for n in people]
    for p in by.people:
        assert "".join(page[s.start : s.end] for s in p.spans) == p.name


@given(st.lists(names, min_size=1, max_size=4), st.integers(1, 12), st.integers(1, 28))
def test_end_credit_with_reporters(people: list[str], month: int, day: int) -> None:
    text = f"（新华社北京{month}月{day}日电\n\n记者{'、'.join(people)}）"
    found = find_end_credit(text, 0, len(text), reference=datetime.date(2025, 12, 31))
    assert found is not None
    dateline, _ = found
    assert dateline is not None
    assert (dateline.month, dateline.day, dateline.position) == (month, day, "end")
    assert [p.name for p in dateline.people] == people


@given(st.lists(names, min_size=1, max_size=3), st.sampled_from(["北京", "延安", "德国法兰克福"]))
def test_own_copy_dateline_on_a_real_shaped_page(people: list[str], place: str) -> None:
    body = "会议今天召开，与会代表就有关问题进行了深入讨论，" * 3
    page = (
        f"会议召开\n本报记者\n\n{chr(10).join(people)}\n"
        "《人民日报》（2025年10月20日 第 06 版）\n\n"
        f"本报{place}10月19日电\n\n（记者{people[0]}）{body}\n"
    )
    issue = parse_issue(page)
    check_lossless(page, issue)
    (article,) = issue.articles
    assert article.headline is not None
    assert article.headline.text == "会议召开"
    assert article.source is not None
    assert article.source.edition == "06"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date) == (place, datetime.date(2025, 10, 19))
    assert [p.name for p in article.people][: len(people)] == people


def side_by_side(text: str, columns: int, width: int, gap: int) -> str:
    """The lines of ``text`` laid out in ``columns`` columns the way ``pdftotext -layout``
    prints a broadsheet: column after column, padded with spaces to ``width``."""
    src = text.split("\n")
    per = -(-len(src) // columns)
    cols = [src[i * per : (i + 1) * per] for i in range(columns)]
    out = []
    for i in range(per):
        cells = [c[i] if i < len(c) else "" for c in cols]
        padded = [cell + " " * (width - display_width(cell)) for cell in cells[:-1]]
        out.append((" " * gap).join([*padded, cells[-1]]).rstrip())
    return "\n".join(out)


@settings(max_examples=8, deadline=None)
@given(st.integers(min_value=2, max_value=4), st.integers(min_value=40, max_value=56))
def test_layout_columns_read_in_order(columns: int, width: int) -> None:
    wrapped = hard_wrap(BODY, width, layout=False)
    text = side_by_side(wrapped, columns, width, gap=4)
    page = build_page(text)
    assert page.shape == "layout-columns"
    issue = parse_issue(text)
    check_lossless(text, issue)
    one_column = parse_issue(wrapped)

    def body(i: object) -> str:
        arts = getattr(i, "articles", ())
        return "".join(p.text for a in arts for p in a.paragraphs).replace(" ", "")

    # Read column after column, the text of the paragraphs is the one-column text.
    assert body(issue) == body(one_column)


def jittered_side_by_side(text: str, columns: int, width: int, jitter: list[int]) -> str:
    """As :func:`side_by_side`, but each cell starts up to 12 places right of its column's
    edge (the next of ``jitter``, kept at least 3 spaces after the cell before it): the
    columns' edges move from line to line as in a real ``-layout`` rendering, where one
    line's text runs further right than the next column starts on another line, so no band
    of display columns is blank on every line."""
    src = text.split("\n")
    per = -(-len(src) // columns)
    cols = [src[i * per : (i + 1) * per] for i in range(columns)]
    pitch = width + 9
    out = []
    k = 0
    for i in range(per):
        line = ""
        for n, col in enumerate(cols):
            cell = col[i] if i < len(col) else ""
            start = max(n * pitch + jitter[k % len(jitter)], display_width(line) + 3 * (n > 0))
            k += 1
            line += " " * (start - display_width(line)) + cell
        out.append(line.rstrip())
    return "\n".join(out)


@settings(max_examples=8, deadline=None)
@given(
    st.integers(min_value=2, max_value=4),
    st.integers(min_value=40, max_value=56),
    st.lists(st.integers(min_value=0, max_value=12), min_size=2, max_size=7),
)
def test_layout_columns_with_moving_edges_read_in_order(
    columns: int, width: int, jitter: list[int]
) -> None:
    """Columns whose edges move by up to twelve places from line to line (pdftotext places
    each line's characters where they stand) are still read column after column."""
    # Columns of a newspaper run on without blank lines (a line blank across all columns
    # ends a row of articles, and is read so).
    wrapped = "\n".join(ln for ln in hard_wrap(BODY, width, layout=False).split("\n") if ln)
    text = jittered_side_by_side(wrapped, columns, width, jitter)
    assert build_page(text).shape == "layout-columns"
    one_column = "".join(wrapped.split())
    reading = "".join(ln.text for ln in build_page(text).reading)
    assert "".join(reading.split()) == one_column


# The credit forms real pages print (issue 11), each read as a whole article would be.
FORMS = [
    ("新华社北京3月5日电（记者王希、韩洁）会议今天开幕。", ["王希", "韩洁"], "新华社"),
    ("据新华社北京5月2日电(记者李术峰、吕诺)会议今天开幕。", ["李术峰", "吕诺"], "新华社"),
    (
        "新华社印度金奈10月11日电(记者孙勇、霍小光、骆珺)会议今天开幕。",
        ["孙勇", "霍小光", "骆珺"],
        "新华社",
    ),
    ("本报济南10月6日电 记者何勇报道:会议今天开幕。", ["何勇"], "本报"),
    ("本报北京、里约热内卢、莫斯科、开罗10月19日电 会议今天开幕。", [], "本报"),
    ("香港文匯報訊(記者 蘇榕蓉 福州報道)會議今天開幕。", ["蘇榕蓉"], None),
    ("本報訊(全媒體記者 陈军)會議今天開幕。", ["陈军"], None),
    ("本报通讯员 赵六 记者 钱七\n\n会议今天开幕。", ["赵六", "钱七"], None),
    ("◎本报记者 张三\n\n会议今天开幕。", ["张三"], None),
    ("■本报记者 张三 实习生 李四\n\n会议今天开幕。", ["张三", "李四"], None),
    ("文/图 本报记者 王五\n\n会议今天开幕。", ["王五"], None),
    ("作者：王平\n\n会议今天开幕。", ["王平"], None),
    (
        "会议今天开幕。\n（新华社北京10月19日电\n\n记者赵超、安蓓、王雨萧）",
        ["赵超", "安蓓", "王雨萧"],
        "新华社",
    ),
    ("会议今天开幕。\n（本报记者靳博参与采写）", ["靳博"], None),
    ("会议今天开幕。\n（作者为某大学教授，本报记者王珂采访整理）", ["王珂"], None),
    ("会议今天开幕。(龚青)", ["龚青"], None),
]


@pytest.mark.parametrize(("body", "names", "agency"), FORMS)
def test_credit_forms_in_an_article(body: str, names: list[str], agency: str | None) -> None:
    page = f"会议今天开幕\n\n{body}\n"
    issue = parse_issue(page)
    check_lossless(page, issue)
    (article,) = issue.articles
    assert [p.name for p in article.people if p.role != "translator"] == names
    if agency is not None:
        assert article.dateline is not None
        assert article.dateline.agency == agency


@given(
    st.lists(
        st.sampled_from(["【导读】", "【天气】", "【每日禅】", "【封面新闻】", "一版责编：张三"]),
        min_size=1,
        max_size=3,
    )
)
def test_labels_and_staff_are_never_authors(labels: list[str]) -> None:
    page = "\n".join(["今日要闻", *labels, "本报讯 记者程雪报道 会议今天开幕。"]) + "\n"
    issue = parse_issue(page)
    check_lossless(page, issue)
    assert [p.name for a in issue.articles for p in a.people] == ["程雪"]
