"""What a web copy leaves at an article's edges, whatever the site (written by us, not copied
from a page): a bar of the page's markup after the last sentence, an end credit naming the
outlet before the label, a 文/图 credit glued to the last sentence, and a label line over
the title when the page's meta line stands under the title."""

from __future__ import annotations

import pytest

from paper_parser import Article, parse_issue

TITLE = "城市公园今起免费开放"
BODY = (
    "这是正文的第一段,讲述了事情的经过,也交代了背景。\n"
    "这是正文的第二段,记者在现场看到了很多人,大家都说好。"
)


def _only(text: str) -> Article:
    (art,) = parse_issue(text).articles
    return art


def _names(art: Article) -> list[str]:
    return [p.name for b in art.bylines for p in b.people]


@pytest.mark.parametrize("bar", [" |", "|", " ｜ "])
def test_a_bar_after_the_last_sentence_is_no_text(bar: str) -> None:
    art = _only(TITLE + "\n" + BODY + bar)
    assert art.paragraphs[-1].text.endswith("大家都说好。")


def test_a_bar_after_the_last_sentence_does_not_hide_the_closing_credit() -> None:
    art = _only(TITLE + "\n" + BODY + "(记者 张小明) |")
    assert _names(art) == ["张小明"]
    assert art.paragraphs[-1].text.endswith("大家都说好。")


@pytest.mark.parametrize("outlet", ["商洛之窗", "某某日报"])
def test_a_closing_credit_may_name_the_outlet_before_the_label(outlet: str) -> None:
    art = _only(TITLE + "\n" + BODY + f"({outlet} 記者 方立)")
    assert _names(art) == ["方立"]
    assert art.paragraphs[-1].text.endswith("大家都说好。")


@pytest.mark.parametrize("credit", ["文/图李传报", "文/图 李传报", "图/文 李传报"])
def test_a_words_and_pictures_credit_after_the_last_sentence_signs_the_text(credit: str) -> None:
    art = _only(TITLE + "\n" + BODY + credit)
    assert _names(art) == ["李传报"]
    assert art.paragraphs[-1].text.endswith("大家都说好。")


def test_words_in_brackets_that_name_no_reporter_stay_text() -> None:
    art = _only(TITLE + "\n" + BODY + "(详见本报12日第四版)")
    assert not _names(art)


@pytest.mark.parametrize(
    "meta",
    [
        "来源:某某晚报 2024-01-10 08:30",
        "《 某某晚报 》( 2025年12月18日 第 02 版 )",
    ],
)
def test_the_title_is_the_line_over_the_meta_line_not_a_label_above_it(meta: str) -> None:
    art = _only("我与晚报的故事\n\n" + TITLE + "\n\n" + meta + "\n\n" + BODY)
    assert art.headline is not None
    assert art.headline.text == TITLE
    assert art.subtitle is None


def test_without_a_meta_line_two_lone_lines_stay_title_and_subtitle() -> None:
    # (nothing says which is the title: the upper one is, as before)
    art = _only(TITLE + "\n\n" + "各区将陆续公布开放时间\n\n" + BODY)
    assert art.headline is not None
    assert art.headline.text == TITLE
    assert art.subtitle is not None
    assert art.subtitle.text == "各区将陆续公布开放时间"


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("南方日报讯(记者/谷立辉通讯员/仁宣)", [("谷立辉", "reporter"), ("仁宣", "correspondent")]),
        (
            "某某网讯(周口报业全媒体记者 张劲松 通讯员 王银华)",
            [("张劲松", "reporter"), ("王银华", "correspondent")],
        ),
    ],
)
def test_the_credit_in_brackets_after_an_own_copy_tag_is_read(
    credit: str, names: list[tuple[str, str]]
) -> None:
    # (a correspondent's label glued to the reporter's name, set off by a slash as the
    # reporter's was; a press group named by its 报业 before the label)
    art = _only(TITLE + "\n\n" + credit + BODY)
    assert [(p.name, p.role) for b in art.bylines for p in b.people] == names
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


@pytest.mark.parametrize("label", ["编者按", "  编者按", "【编者的话】", "編者按:"])
def test_an_editors_note_label_alone_on_a_line_opens_the_text(label: str) -> None:
    # The label belongs to the note under it, the article's first text (round web12: three
    # sites of the older sets print it alone on a line under the title).
    page = "2001年12月31日\n" + TITLE + "\n" + label + "\n" + BODY
    art = _only(page)
    assert art.headline is not None
    assert art.headline.text == TITLE
    assert (
        "".join(p.text for p in art.paragraphs)
        .replace(" ", "")
        .startswith(label.strip(" ") + "这是正文的第一段")
    )


def test_an_editors_note_label_with_no_text_under_it_stays_out_of_the_text() -> None:
    art = _only(TITLE + "\n" + BODY + "\n编者按")
    assert art.paragraphs[-1].text.endswith("大家都说好。")


@pytest.mark.parametrize(
    "names",
    [
        ["某某娱乐新闻"],
        ["某某日报 数字报纸", "00002版:要闻"],
        ["本頁位置: 首頁新聞中心國內新聞"],
        ["某某新闻网"],
    ],
)
def test_lines_naming_the_site_over_a_web_title_are_no_title_lines(names: list[str]) -> None:
    # Round web12: the site's, channel's or page's name atop the first heading run was read
    # as the kicker or the headline on several sites of the older sets.
    lead = "本报讯 (记者 张小明) 这是正文的第一段,讲述了事情的经过。"
    page = "\n\n".join([*names, TITLE, lead, *BODY.split("\n")])
    art = _only(page)
    assert art.headline is not None
    assert art.headline.text == TITLE
    assert art.kicker is None


def test_a_title_ending_in_a_word_of_a_sites_name_is_still_the_title() -> None:
    # One heading block only: it stays the title even if it ends in 网.
    page = "织密安全防护网\n本报讯 (记者 张小明) 这是正文的第一段,讲述了事情的经过。\n" + BODY
    art = _only(page)
    assert art.headline is not None
    assert art.headline.text == "织密安全防护网"


def test_the_title_over_the_meta_line_heads_the_text_its_dateline_opens() -> None:
    # Round web12: furniture (a meta line, a copyright note) between a web copy's title and
    # its text opened by a dateline left the text untitled and the title alone.
    page = "\n\n".join(
        [
            "本页位置:首页新闻中心",
            TITLE,
            "2008年06月17日 10:53 来源:中国新闻网 发表评论",
            "(版权声明:本稿件为中国新闻网专稿,未经特别授权,不得转载。)",
            "中新社乌鲁木齐六月十七日电 这是正文的第一段,讲述了事情的经过。",
            *BODY.split("\n"),
        ]
    )
    art = _only(page)
    assert art.headline is not None
    assert art.headline.text == TITLE
    assert art.dateline is not None
    assert art.dateline.text.startswith("中新社乌鲁木齐")


def test_the_title_over_pictures_heads_the_text_under_them() -> None:
    page = "\n\n".join(
        [
            TITLE,
            "2009年09月27日 22:24 来源:中国新闻网 发表评论",
            "图为9月27日,记者们在新闻中心参加晚宴。 中新社发 王小明 摄",
            "图为9月27日,记者们在新闻中心体验互联网。 中新社发 王小明 摄",
            "版权声明:凡注有“cnsphoto”字样的图片版权均属中国新闻网,未经书面授权,不得转载使用。",
            "中新社北京九月二十七日电 这是正文的第一段,讲述了事情的经过。",
            *BODY.split("\n"),
        ]
    )
    art = _only(page)
    assert art.headline is not None
    assert art.headline.text == TITLE
    assert art.dateline is not None
    assert art.dateline.text.startswith("中新社北京")
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


@pytest.mark.parametrize(
    "tail",
    [
        ["分享到微信朋友圈"],
        ["爱问(iAsk.com)", "不支持Flash", "不支持Flash"],
        [
            "发表评论",
            "Sorry, your browser doesn't support Java(tm).",
            "版权为某某日报所有 未经同意不得复制",
        ],
    ],
)
def test_the_sites_lines_after_the_text_are_no_text_even_at_the_pages_end(
    tail: list[str],
) -> None:
    # Round web12: a share control, a plug-in's notice, the site's copyright line after the
    # last sentence stayed in the text on three sites of the older sets.
    art = _only("\n\n".join([TITLE, *BODY.split("\n"), *tail]))
    assert art.paragraphs[-1].text.endswith("大家都说好。")


def test_a_papers_note_in_brackets_before_the_sites_lines_stays_text() -> None:
    note = "(详细报道见12日《某某日报·周末》)"
    art = _only("\n\n".join([TITLE, *BODY.split("\n"), note, "不支持Flash"]))
    assert art.paragraphs[-1].text == note
