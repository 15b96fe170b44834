"""Bylines, datelines and photo credits: every printed form in the conventions file."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from paper_parser import parse_byline, parse_dateline, parse_issue
from paper_parser.bylines import (
    find_byline,
    find_dateline,
    find_photo_credit,
    find_source_line,
    find_wrapped_credit,
    is_person_name,
    own_dateline,
    parse_photo_credit,
)
from tests.strategies import byline_text, tricky_text

R, C, N, A = "reporter", "correspondent", "intern", "author"

# (text, credit as printed, source, [(name, role), ...])
BYLINES = [
    # The sample page's four bylines.
    ("记者阮向民报道 把职工放在心间", "记者阮向民报道", None, [("阮向民", R)]),
    ("本报讯 记者程雪报道 昨日,我省召开", "本报讯 记者程雪报道", "本报讯", [("程雪", R)]),
    ("本报记者 记者曾晨路报道 10月19日晚,", "本报记者 记者曾晨路报道", None, [("曾晨路", R)]),
    ("记者张浩星报道 扫描二维码,", "记者张浩星报道", None, [("张浩星", R)]),
    # Own copy with and without spaces, 报道 and a colon.
    ("本报讯记者程雪报道", "本报讯记者程雪报道", "本报讯", [("程雪", R)]),
    ("本报北京5月2日讯 记者王平报道:今天", "本报北京5月2日讯 记者王平报道:", None, [("王平", R)]),
    ("本报杭州10月6日电 记者李华报道", "本报杭州10月6日电 记者李华报道", None, [("李华", R)]),
    # Credits in parentheses after 本报讯, half- and full-width.
    (
        "本报讯（记者张三 通讯员李四）昨日",
        "本报讯（记者张三 通讯员李四）",
        "本报讯",
        [("张三", R), ("李四", C)],
    ),
    (
        "本报讯(记者 王五 实习生 赵六)",
        "本报讯(记者 王五 实习生 赵六)",
        "本报讯",
        [("王五", R), ("赵六", N)],
    ),
    ("本报讯（周敏）近日", "本报讯（周敏）", "本报讯", [("周敏", R)]),
    ("(记者 陈刚 福州报道)", "(记者 陈刚 福州报道)", None, [("陈刚", R)]),
    ("(林静)", "(林静)", None, [("林静", A)]),
    # Names joined by 、 or spaces; 2-4 characters, transcribed names with ·.
    (
        "记者张三、李四、王五报道",
        "记者张三、李四、王五报道",
        None,
        [("张三", R), ("李四", R), ("王五", R)],
    ),
    ("记者 张三 李四报道", "记者 张三 李四报道", None, [("张三", R), ("李四", R)]),
    ("记者欧阳小明报道", "记者欧阳小明报道", None, [("欧阳小明", R)]),
    ("记者 阿卜杜·热合曼 报道", "记者 阿卜杜·热合曼 报道", None, [("阿卜杜·热合曼", R)]),
    # Compound roles and outlet prefixes.
    ("全媒体记者 王小明报道", "全媒体记者 王小明报道", None, [("王小明", R)]),
    ("新华社记者张三、李四", "新华社记者张三、李四", None, [("张三", R), ("李四", R)]),
    ("中青报·中青网记者 刘强", "中青报·中青网记者 刘强", None, [("刘强", R)]),
    (
        "见习记者 何平 特约记者 孙丽报道",
        "见习记者 何平 特约记者 孙丽报道",
        None,
        [("何平", R), ("孙丽", R)],
    ),
    ("特约撰稿 马军", "特约撰稿 马军", None, [("马军", A)]),
    ("作者:宋晨", "作者:宋晨", None, [("宋晨", A)]),
    ("文|郑浩", "文|郑浩", None, [("郑浩", A)]),
    ("□谢芳", "□谢芳", None, [("谢芳", A)]),
    # Outlets joined by a hyphen in the own-copy tag; a team named before the credit.
    (
        "四川新闻网-成都日报讯(成都日报报业集团特别报道组 记者 陈文勇 庞惊涛 钟蓓)3月3日",
        "四川新闻网-成都日报讯(成都日报报业集团特别报道组 记者 陈文勇 庞惊涛 钟蓓)",
        "四川新闻网-成都日报讯",
        [("陈文勇", R), ("庞惊涛", R), ("钟蓓", R)],
    ),
    # Media-qualified reporter titles are labels, never names (□融媒记者 is no person).
    ("□融媒记者 颜元滔", "□融媒记者 颜元滔", None, [("颜元滔", R)]),
    ("特派记者 赵明报道", "特派记者 赵明报道", None, [("赵明", R)]),
    # A label and names set apart by spaces, the text after them on the same line (an
    # archive joins the credit's line to the text).
    (
        "本报记者 韩钟昆 解决当前经济生活中突出的矛盾和问题,在于深化改革。",
        "本报记者 韩钟昆",
        None,
        [("韩钟昆", R)],
    ),
    ("编辑 韩雪", "编辑 韩雪", None, [("韩雪", "editor")]),
    # An app page's credit (seen on corpus/web/heldout): the outlet and a bar before the
    # reporter, page staff (美编) after; staff are editors, not names to read as reporters.
    (
        "北京日报 | 记者 王丽 美编 张明 李华",
        "北京日报 | 记者 王丽 美编 张明 李华",
        None,
        [("王丽", R), ("张明", "editor"), ("李华", "editor")],
    ),
    # Traditional characters.
    ("本報訊 記者張三報導 昨日", "本報訊 記者張三報導", "本報訊", [("張三", R)]),
    (
        "本報訊（記者張三 通訊員李四 實習生王五）",
        "本報訊（記者張三 通訊員李四 實習生王五）",
        "本報訊",
        [("張三", R), ("李四", C), ("王五", N)],
    ),
]


@pytest.mark.parametrize(("text", "printed", "source", "people"), BYLINES)
def test_byline_forms(
    text: str, printed: str, source: str | None, people: list[tuple[str, str]]
) -> None:
    b = parse_byline(text)
    assert b is not None
    assert b.text == printed
    assert text[b.span.start : b.span.end] == printed
    assert [(p.name, p.role) for p in b.people] == people
    for p in b.people:
        assert text[p.span.start : p.span.end] == p.name == p.text
    if source is not None:
        assert b.source == source


def test_byline_agency_of_a_wire_reporter() -> None:
    b = parse_byline("新华社记者张三、李四")
    assert b is not None
    assert b.agency == "新华社"
    assert parse_byline("记者阮向民报道").agency is None  # type: ignore[union-attr]


def test_byline_source_tag_with_place_and_date() -> None:
    b = parse_byline("本报杭州10月6日电 记者李华报道", reference=datetime.date(2021, 10, 7))
    assert b is not None
    assert (b.source, b.place, b.month, b.day) == ("本报杭州10月6日电", "杭州", 10, 6)
    assert b.date == datetime.date(2021, 10, 6)
    assert parse_byline("本报讯 记者程雪报道").date is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Names printed with nothing between them (an archive that dropped the spaces, a
        # text layer that lost them): the one way to cut the run into names.
        ("本报记者曾坤颜世贵", ["曾坤", "颜世贵"]),
        ("记者曾坤颜世贵报道:古都北京", ["曾坤", "颜世贵"]),
        ("（记者杨明伟黄婧）", ["杨明伟", "黄婧"]),
        ("本报记者张三李四王五报道", ["张三", "李四", "王五"]),
        # A name, then what the person did: no second name (文并摄).
        ("本报记者 包丽敏文并摄", ["包丽敏"]),
    ],
)
def test_glued_names(text: str, names: list[str]) -> None:
    b = parse_byline(text)
    assert b is not None
    assert [p.name for p in b.people] == names
    for p in b.people:
        assert text[p.span.start : p.span.end] == p.name


def test_glued_run_of_no_names_is_no_byline() -> None:
    # Five characters no cut of which is a run of names (全市 is no name): nothing read.
    assert parse_byline("本报记者全市召开会") is None


@pytest.mark.parametrize(
    "text",
    [
        "记者从省卫健委获悉,全省新增病例",
        "到企业去,到职工中去。",
        # A label and a word too long after a surname to be a name (it was a known failure).
        "记者了解到 相关部门",
        "把职工放在心间 把责任扛在肩上",
        "",
        "本报",
        "记者",
    ],
)
def test_not_a_byline(text: str) -> None:
    assert parse_byline(text) is None


# (text, printed, agency, place, month, day, date against 2021-12-23, people, abridged)
DATELINES = [
    (
        "新华社北京12月22日电",
        "新华社北京12月22日电",
        "新华社",
        "北京",
        12,
        22,
        (2021, 12, 22),
        [],
        False,
    ),
    (
        "新华社北京12月22日电（记者张三、李四）今天",
        "新华社北京12月22日电（记者张三、李四）",
        "新华社",
        "北京",
        12,
        22,
        (2021, 12, 22),
        ["张三", "李四"],
        False,
    ),
    (
        "新华社华盛顿12月21日电(记者 王平)",
        "新华社华盛顿12月21日电(记者 王平)",
        "新华社",
        "华盛顿",
        12,
        21,
        (2021, 12, 21),
        ["王平"],
        False,
    ),
    (
        "据新华社北京12月20日电",
        "据新华社北京12月20日电",
        "新华社",
        "北京",
        12,
        20,
        (2021, 12, 20),
        [],
        True,
    ),
    ("据新华社电 近日", "据新华社电", "新华社", None, None, None, None, [], True),
    (
        "【新华社重庆十四日电】",
        "【新华社重庆十四日电】",
        "新华社",
        "重庆",
        None,
        14,
        (2021, 12, 14),
        [],
        False,
    ),
    (
        "新華社北京十二月二十二日電",
        "新華社北京十二月二十二日電",
        "新華社",
        "北京",
        12,
        22,
        (2021, 12, 22),
        [],
        False,
    ),
    (
        "中新社上海12月1日电",
        "中新社上海12月1日电",
        "中新社",
        "上海",
        12,
        1,
        (2021, 12, 1),
        [],
        False,
    ),
    # Any news agency named by its 社, filed on a day (路透社, 中央社, 合众国际社).
    (
        "【路透社华盛顿19日电】“华盛顿邮报”今天说",
        "【路透社华盛顿19日电】",
        "路透社",
        "华盛顿",
        None,
        19,
        (2021, 12, 19),
        [],
        False,
    ),
    (
        "【中央社高雄7月20日电】在",
        "【中央社高雄7月20日电】",
        "中央社",
        "高雄",
        7,
        20,
        (2021, 7, 20),
        [],
        False,
    ),
    (
        "合众国际社东京12日电 共",
        "合众国际社东京12日电",
        "合众国际社",
        "东京",
        None,
        12,
        (2021, 12, 12),
        [],
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "printed", "agency", "place", "month", "day", "date", "people", "abridged"), DATELINES
)
def test_dateline_forms(
    text: str,
    printed: str,
    agency: str,
    place: str | None,
    month: int | None,
    day: int | None,
    date: tuple[int, int, int] | None,
    people: list[str],
    abridged: bool,
) -> None:
    d = parse_dateline(text, reference=datetime.date(2021, 12, 23))
    assert d is not None
    assert (d.text, d.agency, d.place, d.month, d.day) == (printed, agency, place, month, day)
    assert d.date == (None if date is None else datetime.date(*date))
    assert [p.name for p in d.people] == people
    assert all(p.role == "reporter" for p in d.people)
    assert d.abridged is abridged
    assert d.position == "start"


def test_dateline_date_needs_a_reference_and_rolls_back_a_year() -> None:
    assert parse_dateline("新华社北京12月22日电").date is None  # type: ignore[union-attr]
    d = parse_dateline("新华社北京12月31日电", reference=datetime.date(2022, 1, 2))
    assert d is not None
    assert d.date == datetime.date(2021, 12, 31)
    # A day that does not exist in the month: no date, but the printed parts are kept.
    d = parse_dateline("新华社北京2月30日电", reference=datetime.date(2021, 3, 2))
    assert d is not None
    assert (d.month, d.day, d.date) == (2, 30, None)


@pytest.mark.parametrize(
    ("text", "source", "names"),
    [
        ("荊楚網  湖北日報訊 記者孔奇志、周志兵報道:", "荊楚網  湖北日報訊", ["孔奇志", "周志兵"]),
        ("东方网 解放日报讯 记者张三报道：", "东方网 解放日报讯", ["张三"]),
        ("四川新闻网-成都日报讯 记者张三", "四川新闻网-成都日报讯", ["张三"]),
    ],
)
def test_a_site_before_the_tag_of_the_paper_it_reprints(
    text: str, source: str, names: list[str]
) -> None:
    # (lead, round nine) a web copy names its site, spaces, then the paper's own tag (讯头);
    # before, only a hyphen joined them and the credit was read as the story's first words
    b = find_byline(text, 0, len(text))
    assert b is not None
    assert b.source == source
    assert [p.name for p in b.people] == names


@pytest.mark.parametrize(
    ("text", "credit", "names"),
    [
        (
            "新华社酒泉10月19日电 记者张三报道：昨日，",
            "新华社酒泉10月19日电 记者张三报道：",
            ["张三"],
        ),
        ("中新社北京10月19日电 记者张三报道:", "中新社北京10月19日电 记者张三报道:", ["张三"]),
        (
            "新华社北京10月19日电 新华社记者张三、李四报道：",
            "新华社北京10月19日电 新华社记者张三、李四报道：",
            ["张三", "李四"],
        ),
        ("新華社北京10月19日電 記者張三報道：", "新華社北京10月19日電 記者張三報道：", ["張三"]),
        # no reporter's label: the story's first words, not a credit
        ("新华社北京10月19日电 张家口市报道称，", "新华社北京10月19日电", []),
    ],
)
def test_reporters_closed_by_reported_after_a_dateline(
    text: str, credit: str, names: list[str]
) -> None:
    # (lead, round nine) the wire's unbracketed form: before, the dateline ended at 电 and
    # the reporters were read as the first words of the story
    d = find_dateline(text, 0, len(text))
    assert d is not None
    assert d.text == credit
    assert [p.name for p in d.people] == names
    assert all(p.role == "reporter" for p in d.people)


@pytest.mark.parametrize(
    "text",
    [
        "新华社记者张三",
        "新华社北京13月2日电",
        "今天新华社北京12月22日电",
        "北京12月22日电",
        "美联社电 今天",  # an agency named by its 社 alone files on a day
    ],
)
def test_not_a_dateline(text: str) -> None:
    assert parse_dateline(text) is None


CREDITS = [
    ("记者邹伟峰 摄", [("邹伟峰", "photographer")]),
    ("新华社记者张三摄", [("张三", "photographer")]),
    ("新华社记者 张三 李四 摄", [("张三", "photographer"), ("李四", "photographer")]),
    ("王平 摄", [("王平", "photographer")]),
    ("王平 陈刚 摄", [("王平", "photographer"), ("陈刚", "photographer")]),
    ("王平、陈刚/摄", [("王平", "photographer"), ("陈刚", "photographer")]),
    ("新华社发 张三 摄", [("张三", "photographer")]),
    # (摄 credits everyone it closes with the picture, whatever their post: round credits3
    # read it so in three papers' captions, 本报记者 吴铎思 本报通讯员 薛晓秋 摄)
    ("通讯员 李四 摄", [("李四", "photographer")]),
    ("记者 钟建军 通讯员 丁晓明 摄", [("钟建军", "photographer"), ("丁晓明", "photographer")]),
    ("記者張三 攝", [("張三", "photographer")]),
    ("宁海县总工会供图", [("宁海县总工会", "provider")]),
    ("资料图片", []),
    ("（资料图片）", []),
]


@pytest.mark.parametrize(("text", "people"), CREDITS)
def test_photo_credit_forms(text: str, people: list[tuple[str, str]]) -> None:
    c = parse_photo_credit(text)
    assert c is not None
    assert c.text == text
    assert [(p.name, p.role) for p in c.people] == people


@pytest.mark.parametrize("text", ["今天拍摄", "摄", "张三摄", "他说了很多很多的话 摄", ""])
def test_not_a_photo_credit(text: str) -> None:
    assert parse_photo_credit(text) is None


def test_finders_give_page_coordinates() -> None:
    page = "标题\n\n本报讯 记者程雪报道 昨日\n\n记者邹伟峰 摄\n\n新华社北京12月22日电\n"
    b = find_byline(page, 4, 17)
    assert b is not None
    assert page[b.span.start : b.span.end] == "本报讯 记者程雪报道"
    assert page[b.people[0].span.start : b.people[0].span.end] == "程雪"
    c = find_photo_credit(page, 19, 26)
    assert c is not None
    assert c.span.start == 19
    assert c.people[0].span.text == "邹伟峰"
    d = find_dateline(page, 28, 40)
    assert d is not None
    assert d.span.start == 28
    assert d.text == "新华社北京12月22日电"


def test_full_width_forms_map_back_to_the_original() -> None:
    text = "本报讯（记者　张三）"  # ideographic space inside full-width parentheses
    b = parse_byline(text)
    assert b is not None
    assert b.text == text
    assert [p.name for p in b.people] == ["张三"]
    assert b.people[0].span.start == 7


@given(byline_text())
def test_generated_bylines_round_trip(case: tuple[str, list[tuple[str, str]]]) -> None:
    text, expected = case
    b = parse_byline(text)
    assert b is not None
    assert [(p.name, p.role) for p in b.people] == expected
    assert b.text == text


@given(st.one_of(tricky_text, st.text(max_size=300)))
@example("记者" * 200)
@example("(" * 50 + "记者张三")
@example("本报" + "北" * 500 + "12月1日电")
@example("新华社" + "北" * 300 + "电")
def test_parsers_never_raise_and_names_occur_in_input(text: str) -> None:
    for result in (parse_byline(text), parse_dateline(text), parse_photo_credit(text)):
        if result is None:
            continue
        assert text[result.span.start : result.span.end] == result.span.text
        for p in result.people:
            assert p.name in text
            assert text[p.span.start : p.span.end] == p.name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Outside brackets, a further name after a space must look like one: the text has
        # begun (a web copy prints the credit and the first words on one line).
        ("本报讯 记者张三 通讯员李四 今天上午", ["张三", "李四"]),
        ("本报讯 记者 张三 李四 王五 昨天", ["张三", "李四", "王五"]),
        ("本报讯 记者张三 通讯员李四 全市召开", ["张三", "李四"]),
        ("记者 王小明 李华 报道", ["王小明", "李华"]),
        ("本报讯（记者 张三 通讯员 李四）", ["张三", "李四"]),
    ],
)
def test_a_spaced_name_after_the_first_must_look_like_a_name(text: str, names: list[str]) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert [p.name for p in byline.people] == names


def test_four_characters_after_a_one_character_surname_are_not_a_name() -> None:
    names = ("全市召开", "王府井街", "欧阳小明", "司马光", "王小明")
    assert [is_person_name(s) for s in names] == [False, False, True, True, True]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A two-character name padded to the width of three (王　浩), in brackets, after a
        # label in a photo credit, with an ideographic or an ASCII space.
        ("（记者 王 浩）", [("王浩", "reporter")]),
        (
            "本报讯（记者　王　浩　通讯员　李　强）",
            [("王浩", "reporter"), ("李强", "correspondent")],
        ),
        ("（记者 王 浩 李心萍）", [("王浩", "reporter"), ("李心萍", "reporter")]),
    ],
)
def test_a_two_character_name_printed_with_a_space(text: str, names: list[tuple[str, str]]) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert [(p.name, p.role) for p in byline.people] == names
    first = byline.people[0]
    assert [sp.text for sp in first.spans] == ["王", "浩"]
    assert text[first.span.start : first.span.end].replace("　", " ") == "王 浩"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("新华社记者 万 象摄", ["万象"]),
        ("新华社记者　万　象摄", ["万象"]),
        ("新华社记者 李 贺 王 浩摄", ["李贺", "王浩"]),
        ("记者 张三 李 四 摄", ["张三", "李四"]),
    ],
)
def test_a_photo_credit_with_spaced_names(text: str, names: list[str]) -> None:
    credit = parse_photo_credit(text)
    assert credit is not None
    assert [(p.name, p.role) for p in credit.people] == [(n, "photographer") for n in names]


def test_spaced_characters_that_are_no_name_end_the_credit() -> None:
    # 今天 is no label, and 的 地 is no name: nothing is read as a person.
    assert parse_photo_credit("今天 王 浩 摄") is None
    byline = parse_byline("（记者 的 地）")
    assert byline is None or byline.people == ()


@pytest.mark.parametrize("space", [" ", "　"])
def test_a_credit_line_of_spaced_names_under_a_title(space: str) -> None:
    line = space.join(["本报记者", "康", "岩", "马睿姗"])
    body = "今年以来，各地深入推进文物保护工作，取得显著成效。"
    page = f"守护好前人留给我们的宝贵财富\n{line}\n\n{body}\n"
    (article,) = parse_issue(page).articles
    assert [(p.name, p.role) for p in article.people] == [
        ("康岩", "reporter"),
        ("马睿姗", "reporter"),
    ]
    assert article.headline is not None
    assert article.headline.text == "守护好前人留给我们的宝贵财富"


def test_a_name_glued_to_a_photo_mark_is_no_reporter() -> None:
    page = (
        "金秋时节稻谷香\n《人民日报》（2025年10月20日 第 01 版）\n\n"
        "10月19日，江西省南昌县农民驾驶收割机在田间抢收晚稻。\n\n新华社记者\n\n万象摄\n"
    )
    (article,) = parse_issue(page).articles
    assert all(p.name != "万象摄" for p in article.people)


def test_a_label_run_into_words_that_name_nobody_is_no_credit() -> None:
    for s in ("编辑部的故事", "记者节的故事", "作者的话"):
        assert find_byline(s, 0, len(s)) is None, s
    by = find_byline("记者王小鲁", 0, 5)
    assert by is not None
    assert [p.name for p in by.people] == ["王小鲁"]


def test_an_own_copy_tag_in_title_brackets_is_the_outlets_dateline() -> None:
    for s, outlet in (("【明報專訊】有人形容", "明報"), ("【本報訊】新學年開始", "本報")):
        by = find_byline(s, 0, len(s))
        assert by is not None, s
        assert by.source is not None
        assert by.source == s[1 : s.index("】")]
        d = own_dateline(by)
        assert d is not None
        assert d.agency == outlet
    assert find_byline("【新闻】今天", 0, 6) is None


def test_a_source_line_may_print_its_page_in_chinese_numerals() -> None:
    s = "《人民日报海外版》 (2005年09月10日 第二版)"
    src = find_source_line(s, 0, len(s))
    assert src is not None
    assert (src.paper, src.date, src.edition) == (
        "人民日报海外版",
        datetime.date(2005, 9, 10),
        "二",
    )


def test_a_boxed_name_run_into_the_text_is_a_credit() -> None:
    s = "□王国安 20年前,晚报创刊时,我们就开始写作。"
    by = find_byline(s, 0, len(s))
    assert by is not None
    assert (by.text, [(p.name, p.role) for p in by.people]) == ("□王国安", [("王国安", "author")])
    for text in ("□编辑部 今天发布了,", "■今日关注 今天发布了一条,"):
        assert find_byline(text, 0, len(text)) is None


def test_a_reporter_who_took_the_pictures_too() -> None:
    # 本报记者袁虹摄影报道 (乡音, Wellington, 2017-08-04, a PDF text layer): 摄影报道 closes
    # the credit as 报道 does; the reporter is no photographer named 报道.
    for text in ("本报记者袁虹摄影报道。", "本报记者 袁虹 摄影报道", "本報記者袁虹攝影報道"):
        b = parse_byline(text)
        assert b is not None, text
        assert [(p.name, p.role) for p in b.people] == [("袁虹", "reporter")]
    assert parse_byline("本报记者 袁虹 摄影报道").text == "本报记者 袁虹 摄影报道"


def test_the_role_may_follow_the_name_after_a_slash() -> None:
    # 周口晚报 2008-12-23 (corpus/web/dev5): □晚报记者 付永奇/文 over 朱海龙/图. Papers print
    # the role after the name (张三/文 李四/图) as often as before it (文/张三 图/李四).
    for text in ("□晚报记者 付永奇/文", "记者 付永奇／文", "本报记者 付永奇/文 朱海龙/图"):
        b = parse_byline(text)
        assert b is not None, text
        assert [(p.name, p.role) for p in b.people] == [("付永奇", "reporter")], text
    assert parse_byline("□晚报记者 付永奇/文").text == "□晚报记者 付永奇/文"
    c = parse_photo_credit("朱海龙/图")
    assert c is not None
    assert [(p.name, p.role) for p in c.people] == [("朱海龙", "photographer")]
    # A bare 图 with no slash is no credit mark (地图, 示意图 close a caption's words).
    for text in ("朱海龙 图", "行政区划图"):
        assert parse_photo_credit(text) is None, text
    assert parse_byline("记者 付永奇/文章") is None


# --- forms read from the real credit corpus (corpus/bylines/dev.jsonl) ---------------------


@pytest.mark.parametrize(
    ("text", "source", "place", "month", "day", "people"),
    [
        # Any outlet's dated tag: paper, site, station (a programme in 《》), with the hour.
        (
            "中国教育报上海3月28日讯（记者 唐景莉）华东",
            "中国教育报上海3月28日讯",
            "上海",
            3,
            28,
            ["唐景莉"],
        ),
        ("楚天都市报9月23日讯（记者陈倩）9月23日", "楚天都市报9月23日讯", None, 9, 23, ["陈倩"]),
        (
            "人民网北京12月8日电（记者姜洁）12月8日，",
            "人民网北京12月8日电",
            "北京",
            12,
            8,
            ["姜洁"],
        ),
        (
            "中国之声《国防时空》北京2月22日电（记者 周宇婷）今天",
            "中国之声《国防时空》北京2月22日电",
            "北京",
            2,
            22,
            ["周宇婷"],
        ),
        ("青岛新闻网6月27日讯（记者 张晓楠）昨日", "青岛新闻网6月27日讯", None, 6, 27, ["张晓楠"]),
        ("华龙网7月5日22时讯（首席记者 黄军）7月4日晚", "华龙网7月5日22时讯", None, 7, 5, ["黄军"]),
    ],
)
def test_a_dated_tag_of_any_outlet(
    text: str, source: str, place: str | None, month: int, day: int, people: list[str]
) -> None:
    b = parse_byline(text)
    assert b is not None
    assert (b.source, b.place, b.month, b.day) == (source, place, month, day)
    assert [p.name for p in b.people] == people
    d = own_dateline(b)
    assert d is not None
    assert (d.place, d.month, d.day) == (place, month, day)
    # the outlet named before place and day is the dateline's agency
    assert source.startswith(d.agency)
    assert d.agency[-1] in "报网》"


def test_no_dated_tag_in_words_or_over_a_title_or_for_a_wire() -> None:
    assert parse_byline("他给报社3日电话说明了情况") is None  # 电话
    b = parse_byline("新华社西宁10月12日电")  # a wire's dateline, read by parse_dateline
    assert b is None or b.source is None
    d = parse_dateline("新华社广州3月22日体育专电 红牛飘移大赛")  # a special dispatch
    assert d is not None
    assert (d.place, d.month, d.day) == ("广州", 3, 22)
    assert d.text == "新华社广州3月22日体育专电"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("◎文/徐报融媒记者 王正喜 图/徐报融媒记者 陈艳", [("王正喜", A), ("陈艳", "photographer")]),
        ("兰州晚报讯（记者朱浩源文/图）11月7日，", [("朱浩源", R)]),
        (
            "华声在线7月6日讯（文/视频 全媒体记者 王智芳 实习生 罗斯妮）",
            [("王智芳", R), ("罗斯妮", N)],
        ),
        ("☉張國財", [("張國財", A)]),
        ("□川报集团特派记者 王小玲本报记者 黄泽君", [("王小玲", R), ("黄泽君", R)]),
        ("（编译/海外网 侯兴川）", [("侯兴川", "translator")]),
        ("图文 | 李想俣 排版 | 付思涵", [("李想俣", A), ("付思涵", "editor")]),
        ("澎湃新闻记者 吕新文", [("吕新文", R)]),
        ("来源：澎湃新闻记者 吕新文", [("吕新文", R)]),
        ("来源：中国科学报本报讯（记者肖洁）又有一位", [("肖洁", R)]),
    ],
)
def test_credit_forms_of_real_papers(text: str, people: list[tuple[str, str]]) -> None:
    b = parse_byline(text)
    assert b is not None
    assert [(p.name, p.role) for p in b.people] == people


def test_a_name_then_tu_after_a_space_is_a_photo_credit_only_when_shaped_as_one() -> None:
    c = parse_photo_credit("澎湃新闻记者 王嘉赓 图")
    assert c is not None
    assert [p.name for p in c.people] == ["王嘉赓"]
    assert parse_photo_credit("见下 图") is None


def test_a_paragraph_closed_by_a_bracketed_credit_is_a_report() -> None:
    page = "农业农村经济发展呈现持续向好、稳中有进的良好势头。（见习记者 房媛 全媒体记者 何昱萱）\n"
    (a,) = parse_issue(page).articles
    assert a.headline is None
    assert [(p.name, p.role) for p in a.people] == [("房媛", R), ("何昱萱", R)]


def test_a_caption_closed_by_a_bracketed_credit() -> None:
    page = "标题一则\n\n今年以来，各地推进文物保护工作。\n\n陈唯欣在《新闻晨报》实习。(陆俊蓉/摄)\n"
    (a,) = parse_issue(page).articles
    assert [(p.name, p.role) for p in a.people] == [("陆俊蓉", "photographer")]


def test_a_bare_name_in_brackets_closing_a_caption_needs_no_space_before_she() -> None:
    # (brackets set the credit apart from the caption's words, as a space does: 東方日報,
    # 風傳媒, 中央社's captions print （姚志平攝）)
    for page, name in (
        ("是热恋男女的朝圣之地。(刘家政摄)\n", "刘家政"),
        ("中央通訊社社長胡婉玲5日在立法院備詢。（姚志平攝）\n", "姚志平"),
    ):
        people = [(p.name, p.role) for o in parse_issue(page).other for p in o.people]
        assert people == [(name, "photographer")]
    # (no name's shape, no credit: 今天拍摄 is the caption's words)
    assert not [p for o in parse_issue("雨后的公园。(今天拍摄)\n").other for p in o.people]


def test_a_caption_closed_by_she_ying_or_a_photo_report_credit() -> None:
    page = "大年初一,郑州东站隔离处置室内,医务人员严阵以待。周甬 摄影\n"
    assert [(p.name, p.role) for o in parse_issue(page).other for p in o.people] == [
        ("周甬", "photographer")
    ]
    page = "第一罐混凝土浇筑顺利完成。 记者 钟建军 通讯员 丁晓明 摄影报道\n"
    assert [(p.name, p.role) for o in parse_issue(page).other for p in o.people] == [
        ("钟建军", "photographer"),
        ("丁晓明", "photographer"),
    ]
    # (an outlet's brand after its name heads the label: 齐鲁晚报·齐鲁壹点记者)
    page = "山东真是名副其实的菜篮子。 齐鲁晚报·齐鲁壹点记者 蔚晓贤 摄影报道\n"
    assert [p.name for o in parse_issue(page).other for p in o.people] == ["蔚晓贤"]


def test_an_outlets_app_or_site_heads_a_reporters_label() -> None:
    # (a paper's phone app 客户端 and a site's 在线 name an outlet as 报 and 网 do)
    page = "▲南湖桥头,一面面国旗妆点得十分喜庆。南国早报客户端记者 何定坚摄\n"
    assert [(p.name, p.role) for o in parse_issue(page).other for p in o.people] == [
        ("何定坚", "photographer")
    ]
    for page, name in (
        (
            "标题一则\n四川在线记者 华小峰\n\n2月26日周六,成都终于春光普照、阳光灿烂了一回。\n",
            "华小峰",
        ),
        (
            "标题一则\n北京日报客户端 | 记者 李如意\n\n从雄安新区说起。雄安新区是两翼之一。\n",
            "李如意",
        ),
    ):
        (a,) = parse_issue(page).articles
        assert [(p.name, p.role) for p in a.people] == [(name, R)]


def test_a_caption_closed_by_a_label_first_credit() -> None:
    for page, name in (
        ("澳門最後賽馬日的前一天,馬房內馬伕牽著一隻馬。攝:林振東/端傳媒\n", "林振東"),
        ("几缕炊烟从房舍之间升腾,给人一派闲适安逸的“桃源”景象。摄影/杨通富\n", "杨通富"),
    ):
        people = [(p.name, p.role) for o in parse_issue(page).other for p in o.people]
        assert people == [(name, "photographer")]
    # (an agency after the label is no photographer)
    assert not [p for o in parse_issue("郑州刘江黄河大桥。图/视觉中国\n").other for p in o.people]


def test_a_wire_names_its_reporters_inside_the_dateline() -> None:
    # (中央社記者X台北29日電: the reporter between the agency and the place, no mark between
    # the name and the place; a name is two or three characters, a place two or more)
    for text, names in (
        ("（中央社記者戴雅真台北29日電）台北市政府今天公布", ["戴雅真"]),
        ("（中央社記者郭建伸、王揚宇台北10日電）立法院", ["郭建伸", "王揚宇"]),
        ("（中央社記者張明台北3日電）今天", ["張明"]),
    ):
        d = parse_dateline(text)
        assert d is not None
        assert (d.place, [(p.name, p.role) for p in d.people]) == ("台北", [(n, R) for n in names])
        assert all(text[p.span.start : p.span.end] == p.name for p in d.people)


def test_a_layers_caption_keeps_its_bracketed_photographer() -> None:
    page = "標題一則\n\n正文第一段寫在這裏,內容很長。\n\n▲城皇街是狗主溜狗的熱點。( 蔡家緯攝 )\n"
    people = [(p.name, p.role) for o in parse_issue(page).other for p in o.people]
    assert people == [("蔡家緯", "photographer")]


def test_a_web_pages_meta_line_holds_the_credit_after_its_date_and_source() -> None:
    # (a site prints the date it posted the page, its source, then the credit, one line;
    # or the credit, then the date)
    for line, names in (
        ("2016年06月17日06:15 汉网-武汉晚报 本报讯（记者孙珺 通讯员褚家威）", ["孙珺", "褚家威"]),
        (
            "2025年01月20日 08:00 來源:廣西云-廣西日報 見習記者 陳煜炫 記者 盧彬彬",
            ["陳煜炫", "盧彬彬"],
        ),
        ("记者 刘佳英 见习记者 马丹萌 03月19日 11:31", ["刘佳英", "马丹萌"]),
    ):
        page = f"标题一则\n\n{line}\n\n今年以来，各地推进文物保护工作，成效明显。\n"
        (a,) = parse_issue(page).articles
        assert [p.name for p in a.people] == names, line
    assert parse_byline("2020年1月1日 本报召开会议") is None


@pytest.mark.parametrize(
    ("text", "people", "place"),
    [
        # (a role word, a colon or bar, the name: 文字:X; │ as |)
        ("撰文│李智聰", [("李智聰", "author")], None),
        ("文字:陈泉霖", [("陈泉霖", "author")], None),
        ("摄影│区翠恩", [("区翠恩", "photographer")], None),
        # (the place of filing closing a credit: after a slash, 採訪報導 too)
        ("【記者 吳尚恩、張恩綺/臺中採訪報導】", [("吳尚恩", R), ("張恩綺", R)], "臺中"),
        ("记者 张三 李四报道", [("张三", R), ("李四", R)], None),
    ],
)
def test_labels_set_off_by_a_colon_or_bar_and_places_closing_a_credit(
    text: str, people: list[tuple[str, str]], place: str | None
) -> None:
    b = parse_byline(text)
    assert b is not None
    assert ([(p.name, p.role) for p in b.people], b.place) == (people, place)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # (a contributed piece signed with the writer's paper or workplace and name, or a
        # box mark and the name alone on its line)
        ("农民日报 陈彦宇", "陈彦宇"),
        ("新華報業傳媒集團 鄉村干部報 許露露", "許露露"),
        ("□首发集团八达岭分公司京新收费所 吕文静", "吕文静"),
        ("■郑蜀炎", "郑蜀炎"),
    ],
)
def test_a_signature_line_credits_its_writer(text: str, name: str) -> None:
    b = parse_byline(text)
    assert b is not None
    assert [(p.name, p.role) for p in b.people] == [(name, "author")]


@pytest.mark.parametrize("text", ["人民日报 评论", "广州日报 广州", "■今日关注", "本报 北京"])
def test_an_outlet_and_a_word_is_no_signature(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (a school's pupils report as 校园记者 or 小记者 under the school's name; a veteran
        # as 老记者; a site's brand in Latin letters after its name)
        ("淮河路小学校园记者 许帅珂", ["许帅珂"]),
        ("小记者 王明", ["王明"]),
        ("本报老记者 郭昌熹", ["郭昌熹"]),
        ("看看新闻Knews记者  黄伊罕  陈瑞", ["黄伊罕", "陈瑞"]),
    ],
)
def test_kinds_of_reporter_and_outlets_named_in_latin(text: str, names: list[str]) -> None:
    b = parse_byline(text)
    assert b is not None
    assert [(p.name, p.role) for p in b.people] == [(n, R) for n in names]


def test_a_source_field_holding_a_credit_credits_the_article() -> None:
    page = "来源：澎湃新闻记者 吕新文\n2025年10月13日凌晨3时16分左右，成都发生一起严重交通事故。\n"
    (a,) = parse_issue(page).articles
    assert [(p.name, p.role) for p in a.people] == [("吕新文", R)]


#: Labels, surnames and given names, names whole, headline words, a photo mark.
_CREDIT_WORDS = [
    "本报记者",
    "记者",
    "通讯员",
    "实习生",
    "新华社记者",
    "张",
    "李",
    "王",
    "康",
    "岩",
    "欧阳",
    "张三",
    "李心萍",
    "王小明",
    "马睿姗",
    "保障功能",
    "新跨越",
    "摄",
    "字",
    "本报讯",
    "、",
]
_CREDIT_LINE = st.sampled_from(_CREDIT_WORDS)


@given(st.lists(st.lists(_CREDIT_LINE, min_size=1, max_size=3).map(" ".join), max_size=10))
@example(["字", "字", "字", "本报记者", "张三"])
@example(["张", "三", "李", "心萍"])
@example(["记者", "通讯员", "张", "三"])  # a name's first half ends the first lines
def test_credit_prefix_reaches_every_run_read_as_a_credit(lines: list[str]) -> None:
    # credit_prefix stops reading a run early once its first lines hold no credit; it must
    # still reach the longest run of lines read as a credit (it may count further: lines
    # read cleanly after a name, which its caller then reads whole).
    from paper_parser import Span
    from paper_parser.bylines import credit_prefix, read_credit_pieces

    page = "\n".join(lines)
    pieces, at = [], 0
    for line in lines:
        pieces.append(Span.of(page, at, at + len(line)))
        at += len(line) + 1
    longest = max(
        (k for k in range(1, len(pieces) + 1) if read_credit_pieces(page, pieces[:k])),
        default=0,
    )
    assert credit_prefix(page, pieces) >= longest


# The role printed after the names it credits (round web11: three sites of the older sets,
# 海峡都市报, 安徽商报, 上海法治报 copies).


def _credited(s: str) -> list[tuple[str, str]] | None:
    by = find_byline(s, 0, len(s))
    return None if by is None else [(p.name, p.role) for p in by.people]


def test_names_then_their_role_are_a_credit() -> None:
    assert _credited("张帆 黄谨 文/图") == [("张帆", "author"), ("黄谨", "author")]
    assert _credited("李尚辉/文 倪路/图") == [("李尚辉", "author"), ("倪路", "photographer")]
    # (a name with no role before a labelled credit signs as an author; the label's role
    # stands for the names after it)
    assert _credited("郑丽丽 记者 李尚辉/文 倪路/图") == [
        ("郑丽丽", "author"),
        ("李尚辉", "reporter"),
        ("倪路", "photographer"),
    ]
    # (a column's name before the credit, a logo's letter before it)
    assert _credited("N海都邦邦 张帆 黄谨 文/图") == [("张帆", "author"), ("黄谨", "author")]


def test_the_words_label_with_a_colon_is_a_credit() -> None:
    assert _credited("文:王湧") == [("王湧", "author")]


def test_words_before_a_role_are_no_credit() -> None:
    assert _credited("国家 发展/文") is None  # (no person's name)
    assert _credited("张三/图") is None  # (a picture's credit alone: no writer)
    assert _credited("张帆 黄谨 文/图 今天上午") is None  # (the line holds text after it)


def test_a_surname_in_traditional_script_is_a_surname() -> None:
    # 樓, 欒, 區, 簡, 車: the traditional forms of 楼, 栾, 区, 简, 车 (names printed bare on
    # Hong Kong, Macau and Taiwan pages and on copy sites that convert a page's script); a
    # two-character name needs a common surname in either script (齊豔 as 齐艳).
    names = ("樓淑敏", "欒英杰", "區翠恩", "簡秀枝", "車函", "齊豔", "齐艳")
    assert all(is_person_name(s) for s in names)
    # ...and words stay words in either script.
    assert not any(is_person_name(s) for s in ("國家", "門口", "區域", "东方", "東方"))


def test_a_credit_after_a_gap_closing_a_line_signs_the_story() -> None:
    # A standfirst's line runs on into the credit set apart by a gap (a copy joins them).
    page = (
        "鲁豫“牵手”!济郑高铁山东段首标段贯通 该标段起于聊城市莘县尹营村,止于山东与河南"
        "省界,全线27.7千米   记者 王瑞超\n通讯员 毕美娟\n\n"
        "  9月17日,伴随着现场架桥机运转轰鸣声停止和工人们的欢呼声,预制箱梁顺利落位。\n"
    )
    people = [(p.name, p.role) for a in parse_issue(page).articles for p in a.people]
    assert ("王瑞超", "reporter") in people
    assert ("毕美娟", "correspondent") in people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A copy that dropped a credit's spaces: the next label glued to each name.
        ("本报讯(记者红珊通讯员信宝忠)“今年", [("红珊", R), ("信宝忠", C)]),
        ("本报讯(记者张三实习生李四)昨日", [("张三", R), ("李四", N)]),
        ("(記者郭翔宇通訊員粵交綜)記者從廣東省交通運輸廳獲悉", [("郭翔宇", R), ("粵交綜", C)]),
    ],
)
def test_a_label_glued_to_a_name_opens_the_next_group(text: str, names: list) -> None:
    by = parse_byline(text)
    assert by is not None
    assert [(p.name, p.role) for p in by.people] == names


def test_a_label_glued_to_a_name_and_then_text_ends_the_credit() -> None:
    # 记者从…获悉 after the names is the text ("the reporter learnt from …"), no name.
    by = parse_byline("（通讯员 李四记者从广州市卫健委获悉）")
    assert by is None or all(p.name != "从广州" for p in by.people)


@pytest.mark.parametrize(
    ("text", "source", "names", "day"),
    [
        # An own-copy tag of an outlet whose name has no 报/网/社: a paper's abbreviation,
        # a magazine whose name ends in 报道, a site's brand; with or without the day.
        ("南都讯 记者吴瑶 发自北京 冰岛总理13日抵达中国。", "南都讯", [("吴瑶", R)], None),
        (
            "中国报道讯(张宗宇 杨波 报道)11月16日至19日,吉林省",
            "中国报道讯",
            [("张宗宇", R), ("杨波", R)],
            None,
        ),
        ("虎扑9月21日讯 尤文图斯俱乐部公布了上赛季的年报", "虎扑9月21日讯", [], (9, 21)),
    ],
)
def test_an_own_tag_of_any_outlet_heads_the_credit(
    text: str, source: str, names: list, day: tuple[int, int] | None
) -> None:
    by = parse_byline(text)
    assert by is not None
    assert by.source == source
    assert [(p.name, p.role) for p in by.people] == names
    assert (None if by.day is None else (by.month, by.day)) == day


@pytest.mark.parametrize(
    "text",
    [
        "资讯 今天上午,市里召开会议",
        "通讯 记者从市里获悉,今年",
        # the end of 四川在線 wrapped onto the line: the strict tag's to read, whole
        "在線3月11日訊(全媒體記者李致遠)3月11日,記者從",
    ],
)
def test_a_word_ending_in_xun_opening_text_is_no_tag(text: str) -> None:
    by = parse_byline(text)
    assert by is None or not by.source


def test_a_dateline_bracket_wrapped_inside_its_label_or_a_name() -> None:
    # generated-real seeds 614, 1011 (default mode): the column's edge falls inside the
    # bracket anywhere, inside its label (（记 / 者…）) or a name (刘金 / 辉): a line break
    # inside Han text is no break between words, so the bracket is read with it left out
    # when it does not read with the break as a space.
    text = "新华社郑州10月15日电（记\n者毕全忠、王观）国家安全体系"
    dl = find_dateline(text, 0, 30)
    assert dl is not None
    assert dl.text == "新华社郑州10月15日电（记\n者毕全忠、王观）"
    assert [p.name for p in dl.people] == ["毕全忠", "王观"]
    text = "新华社柏林3月16日电（记者刘金\n辉、吴骅）央广网广州"
    dl = find_dateline(text, 0, 30)
    assert dl is not None
    assert [p.name for p in dl.people] == ["刘金辉", "吴骅"]
    (who, _) = dl.people
    assert [s.text for s in who.spans] == ["刘金", "辉"]
    assert all(text[s.start : s.end] == s.text for s in who.spans)
    # Two names a line break apart stay two names (the break read as a space first).
    text = "新华社东京7月8日电（记者孙勇\n王观）气象局预测"
    dl = find_dateline(text, 0, 30)
    assert dl is not None
    assert [p.name for p in dl.people] == ["孙勇", "王观"]


def test_an_own_tag_wrapped_with_its_bracket_over_a_break_between_names() -> None:
    # generated-real seeds 602, 1121 (default mode): the tag wraps (本报乌鲁木齐12月 / 21日电)
    # and its bracket wraps again between two names: that break is a space between them,
    # not a break inside one name (罗水元王观 is no name).
    text = "本报乌鲁木齐12月\n21日电（记者罗水元\n王观）央广网广州12月\n30日消息"
    dl, by = find_wrapped_credit(text, 0, text.index("央") + 3)
    assert dl is None
    assert by is not None
    assert [p.name for p in by.people] == ["罗水元", "王观"]
    assert by.text == "本报乌鲁木齐12月\n21日电（记者罗水元\n王观）"
    # Broken inside the label, the break is left out as before.
    text = "本报福州8月\n5日电（记\n者杨孝慈）今年以来"
    dl, by = find_wrapped_credit(text, 0, len(text))
    assert by is not None
    assert [p.name for p in by.people] == ["杨孝慈"]
