"""Web pages in general: list pages, titles that ask, tags and labels around titles, and
the page's buttons (written by us, not copied from a page)."""

from __future__ import annotations

from paper_parser import Article, parse_issue

BODY = (
    "这是正文的第一段,讲述了事情的经过,也交代了背景。\n\n这是正文的第二段,记者在现场看到了很多人。"
)


# Leads of a list page, cut by the list without a mark.
LEAD1 = (
    "城市公园今天起免费开放,市民可以预约入园参观,"
    "园方在各个入口都安排了工作人员引导游客有序入园,并提醒大家"
)
LEAD2 = (
    "两国外长会谈的中心问题是确定首脑会谈的时间范围和裁军问题,"
    "双方都表示希望会谈能够取得积极的成果,外界对此"
)


def _only(text: str) -> Article:
    (art,) = parse_issue(text).articles
    return art


def _heads(text: str) -> list[str | None]:
    return [a.headline.text if a.headline else None for a in parse_issue(text).articles]


def test_a_title_may_ask_when_a_further_title_line_stands_under_it() -> None:
    art = _only("“看个电视怎么这么难?”\n记者调查智能电视的收费套路\n□ 本报记者 张守坤\n" + BODY)
    assert art.headline is not None
    assert art.subtitle is not None
    assert art.headline.text == "“看个电视怎么这么难?”"
    assert art.subtitle.text == "记者调查智能电视的收费套路"


def test_a_line_that_asks_over_text_is_the_text() -> None:
    art = _only("小城的龙卷风之困\n“你一辈子能遇到几次龙卷风?”\n" + BODY)
    assert art.headline is not None
    assert art.headline.text == "小城的龙卷风之困"
    assert art.paragraphs[0].text == "“你一辈子能遇到几次龙卷风?”"


def test_an_indented_line_that_exclaims_closes_the_text_above() -> None:
    text = (
        "城市公园今起免费开放\n\n"
        + BODY
        + "\n\n  祝广大读者新年好!\n\n  下一个话题\n\n  又是一段正文,讲的是别的事情。"
    )
    (art,) = parse_issue(text).articles
    assert art.headline is not None
    assert art.headline.text == "城市公园今起免费开放"


def test_a_title_with_its_sites_tag_after_a_bar_is_the_title() -> None:
    text = "独立记者两人被拘 涉撰文揭官员涉贪 组织发声明谴责｜Yahoo\n" + BODY
    art = _only(text)
    assert art.headline is not None
    assert art.headline.text == "独立记者两人被拘 涉撰文揭官员涉贪 组织发声明谴责"


def test_the_pages_buttons_and_an_images_stand_in_are_no_title() -> None:
    for top in ("- +1", "暂无图片", "WDCM上传图片", "![](a.png)"):
        art = _only(top + "\n城市公园今起免费开放\n" + BODY)
        assert art.headline is not None, top
        assert art.headline.text == "城市公园今起免费开放", top


def test_a_topics_label_before_a_bar_is_the_column() -> None:
    art = _only("韓國大選|候選人首爾拉票 支持者集會\n" + BODY)
    assert art.headline is not None
    assert art.column is not None
    assert art.headline.text == "候選人首爾拉票 支持者集會"
    assert art.column.text == "韓國大選"


def test_a_chinese_tag_after_a_bar_is_the_column() -> None:
    art = _only("一季度平稳开局,多个方面寻找经济发展暖意 | 季度观\n" + BODY)
    assert art.headline is not None
    assert art.column is not None
    assert art.headline.text == "一季度平稳开局,多个方面寻找经济发展暖意"
    assert art.column.text == "季度观"


LIST = (
    "城市公园今起免费开放 市民踏青热情高\n\n"
    "本报讯 城市公园今天起免费开放,早上八点就有市民排队入园,园内游人如织,管理...\n\n"
    "老街改造完工 百年骑楼重现光彩\n\n"
    "历时两年的老街改造工程昨天完工,沿街的骑楼修旧如旧,商户陆续回迁,不少 …\n\n"
    "地铁新线开通 早高峰客流平稳\n\n"
    "地铁新线今早开通运营,记者在首班车上看到乘客有序上车,车厢里很安静。\n\n"
    "更多\n\n"
    "图书馆延长开放时间\n\n"
    "市图书馆下月起每天开放到晚上十点,方便上班族读书。"
)


def test_titles_under_cut_leads_are_items_of_a_list() -> None:
    assert _heads(LIST) == [
        "城市公园今起免费开放 市民踏青热情高",
        "老街改造完工 百年骑楼重现光彩",
        "地铁新线开通 早高峰客流平稳",
        "图书馆延长开放时间",
    ]


def test_a_heading_under_a_whole_paragraph_is_a_section_head() -> None:
    # (no cut mark, no link to the rest: the text goes on under a section head)
    art = _only("城市公园今起免费开放\n\n" + BODY + "\n\n游客反映\n\n" + BODY)
    assert [h.text for h in art.section_heads] == ["游客反映"]


def test_labels_over_the_first_title_of_a_list_head_nothing() -> None:
    text = "即时新闻\n\n    最新\n\n" + LIST.replace("本报讯 ", "")
    assert _heads(text)[0] == "城市公园今起免费开放 市民踏青热情高"


def test_heads_between_the_byline_and_the_text_belong_to_the_article() -> None:
    text = (
        "我们和新中国共成长\n口述历史 记录成长\n本报记者 陈奇 本报记者 万力闻\n\n"
        "著名作家、诗人林希\n\n一张家乡的报纸 一份浓浓的乡情\n\n" + BODY
    )
    art = _only(text)
    assert art.headline is not None
    assert art.headline.text == "我们和新中国共成长"
    assert [h.text for h in art.section_heads] == [
        "著名作家、诗人林希",
        "一张家乡的报纸 一份浓浓的乡情",
    ]
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_a_pages_title_over_its_meta_line_is_no_masthead_slogan() -> None:
    text = (
        "EN\nhttps://www.gov.cn/\n\n事关全局的探路示范——浙江建设共同富裕示范区调研记\n\n"
        "2021-08-01 10:51 来源: 新华社\n\n" + BODY
    )
    issue = parse_issue(text)
    assert issue.masthead.slogans == ()
    (art,) = issue.articles
    assert art.headline is not None
    assert art.headline.text == "事关全局的探路示范——浙江建设共同富裕示范区调研记"


def test_a_credit_after_the_source_in_a_meta_line_signs_the_article() -> None:
    art = _only("寻找老报馆的足迹\n\n2022-05-11 来源:澎湃新闻 作者:曹伟\n\n" + BODY)
    assert [p.name for b in art.bylines for p in b.people] == ["曹伟"]
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_a_link_to_the_rest_glued_to_a_lead_is_no_text() -> None:
    text = "城市公园今起免费开放\n\n" + BODY + "详情>>>\n\n老街改造完工 百年骑楼重现光彩\n\n" + BODY
    arts = parse_issue(text).articles
    heads = [a.headline.text for a in arts if a.headline]
    assert heads == ["城市公园今起免费开放", "老街改造完工 百年骑楼重现光彩"]
    assert arts[0].paragraphs[-1].text == "这是正文的第二段,记者在现场看到了很多人。"


def test_numbered_titles_over_their_own_text_are_items() -> None:
    text = (
        "1. 城市公园今起免费开放\n美联社报道,城市公园今天起免费开放,市民可以入园。\n"
        "2. 两国外长开始会谈\n路透社报道,两国外长会谈的中心问题是裁军。\n"
        "3. 暴雨今夜抵达\n外电二十二日报道,暴雨将在今夜抵达。\n"
    )
    assert _heads(text) == ["城市公园今起免费开放", "两国外长开始会谈", "暴雨今夜抵达"]
    # Under a title of its own, a numbered line is the text's (a list inside the text).
    arts = parse_issue("城市公园今起免费开放\n\n" + BODY + "\n\n2. 这是第二点\n\n" + BODY).articles
    assert len(arts) == 1


def test_titles_labelled_before_a_bar_are_items_of_a_list() -> None:
    text = (
        "记者观察\n\n记者观察|城市公园今起免费开放\n\n" + LEAD1 + "\n\n"
        "记者观察|两国外长开始会谈\n\n" + LEAD2
    )
    arts = parse_issue(text).articles
    assert [
        (a.column.text if a.column else None, a.headline.text if a.headline else None) for a in arts
    ] == [
        ("记者观察", "城市公园今起免费开放"),
        ("记者观察", "两国外长开始会谈"),
    ]


def test_untitled_leads_each_open_with_their_own_tag() -> None:
    text = (
        "主頁\n\n【本報消息】兩名廚師獲選參加青年廚師計劃,將赴外地交流...\n\n2026-01-18 20:45\n\n"
        "【本報消息】文化局主辦的音樂會今晚舉行,市民可免費入場...\n\n2026-01-18 20:44"
    )
    arts = parse_issue(text).articles
    assert [(a.headline, a.dateline.text if a.dateline else None) for a in arts] == [
        (None, "本報消息"),
        (None, "本報消息"),
    ]


def test_a_list_label_with_its_more_link_starts_a_section() -> None:
    text = (
        "城市公园今起免费开放\n\n" + LEAD1 + "\n\n日報頭條\n\n社論 更多\n\n"
        "两国外长开始会谈\n\n" + LEAD2 + "\n\nA+\nA\nA-\n"
    )
    assert _heads(text) == ["城市公园今起免费开放", "两国外长开始会谈"]


def test_headings_over_a_more_link_are_not_the_text_title() -> None:
    text = "新闻类别\n\n副刊\n\n详情#\n\n【明报专讯】" + BODY
    art = _only(text)
    assert art.headline is None
    assert art.dateline is not None
    assert art.dateline.text == "明报专讯"


def test_a_title_wrapped_inside_its_brackets_is_no_list_label_over_a_bulleted_item() -> None:
    """A PDF title wrapped inside its column label's brackets, whose last line opens with the
    label's middle dot (…（深入学 / 习…思想 / ·学习…专家谈）), is one title: the lines above the
    dot are no list label over a bulleted item (the real export's page 9, typed headline)."""
    head = (
        "更好统筹高质量发展和高水平安全（深入学\n"
        "习贯彻习近平新时代中国特色社会主义思想\n"
        "·学习《习近平经济文选》第一卷专家谈）\n"
    )
    body = (
        "\n李 非 黄 婧\n\n"
        "当今时代，发展利益和安全利益复杂交织。如何处理好发展和安全的关系，是世界各国面临的共同难题。\n"
    )
    text = head + body
    roles, pos = [], 0
    for line in head.splitlines():
        roles.append((pos, pos + len(line), "headline"))
        pos += len(line) + 1
    issue = parse_issue(text, line_roles=tuple(roles))
    (article,) = issue.articles
    assert article.headline is not None
    assert article.headline.text == "更好统筹高质量发展和高水平安全"
    assert [p.text[:6] for p in article.paragraphs] == ["当今时代，发"]
