"""Credits that give the place a report was filed from, and the people of blocks set aside
from the articles (captions, page staff): round credits2."""

from __future__ import annotations

import paper_parser
from paper_parser.bylines import find_staff, parse_byline


def _read(text: str) -> tuple[str | None, list[tuple[str, str]]]:
    b = parse_byline(text)
    assert b is not None, text
    return b.place, [(p.name, p.role) for p in b.people]


def test_sent_from_closes_a_credit_with_its_place() -> None:
    # 发自 ("sent from") after the name: the place, the credit's end, then the text.
    assert _read("某某经济新闻记者 张三 发自北京  昨日,公司发布公告") == (
        "北京",
        [("张三", "reporter")],
    )
    assert _read("某某周报记者李四发自上海 “这是一场试验”") == ("上海", [("李四", "reporter")])
    b = parse_byline("某某经济新闻记者 张三 发自北京  昨日,公司发布公告")
    assert b is not None
    assert b.text == "某某经济新闻记者 张三 发自北京"


def test_a_paper_named_in_title_marks_before_its_reporter() -> None:
    assert _read("《某某导报》记者王五发自广州 当天上午") == ("广州", [("王五", "reporter")])


def test_slash_place_then_text_and_division_slash() -> None:
    assert _read("記者王大同∕台中報導 市政府今天宣布") == ("台中", [("王大同", "reporter")])
    assert _read("記者王大同/台中報導 市政府今天宣布") == ("台中", [("王大同", "reporter")])


def test_place_before_reported_in_brackets() -> None:
    assert _read("某某報訊（記者 陳小明 廣州報道）") == ("廣州", [("陳小明", "reporter")])


def test_staff_names() -> None:
    staff = find_staff("责编：李明 编辑：王芳 校对：赵强")
    assert [(p.name, p.role) for p in staff] == [
        ("李明", "editor"),
        ("王芳", "editor"),
        ("赵强", "editor"),
    ]
    assert [p.name for p in find_staff("审核:周一 吴二")] == ["周一", "吴二"]
    assert find_staff("编辑部的故事") == ()
    # a web page's meta line: names must look like names
    assert [
        p.name for p in find_staff("来源:某某网 编辑:首页 责任编辑:孙丽", labelled_line=False)
    ] == ["孙丽"]


def test_other_blocks_carry_their_people() -> None:
    # a caption with no article: its photographer
    caption = paper_parser.parse_issue("湖边游人如织。广州日报全媒体记者刘洋摄\n").other
    assert [(o.role, [(p.name, p.role) for p in o.people]) for o in caption] == [
        ("caption", [("刘洋", "photographer")])
    ]
    page = "某某日报\n\n春到江南\n\n江南春早。\n\n责编：李明 校对：赵强\n"
    issue = paper_parser.parse_issue(page)
    people = {o.role: [(p.name, p.role) for p in o.people] for o in issue.other}
    assert people.get("staff") == [("李明", "editor"), ("赵强", "editor")]
    # the records carry them
    from paper_parser.serialize import to_dict

    rec = to_dict(issue)
    assert any(o["people"] for o in rec["other"])  # type: ignore[union-attr]
