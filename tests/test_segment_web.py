"""Shapes every web page shares, whatever its site (written by us, not copied from a page)."""

from __future__ import annotations

from pathlib import Path

from paper_parser import Article, parse_issue
from paper_parser.bylines import find_byline

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
BODY = (
    "这是正文的第一段,讲述了事情的经过,也交代了背景。\n\n这是正文的第二段,记者在现场看到了很多人。"
)


def _only(text: str) -> Article:
    (art,) = parse_issue(text).articles
    return art


def _people(art: Article) -> list[tuple[str, str]]:
    return [(p.name, p.role) for b in art.bylines for p in b.people]


def test_a_menu_on_one_line_is_no_title() -> None:
    art = _only("首页 新闻 体育 娱乐 财经\n\n城市公园今起免费开放\n\n" + BODY)
    assert art.headline is not None
    assert art.headline.text == "城市公园今起免费开放"


def test_a_menu_down_the_page_is_no_title() -> None:
    menu = "\n".join(["今日头条", "专题", "话题", "要闻", "焦点新闻", "国际新闻"])
    art = _only(menu + "\n\n城市公园今起免费开放\n\n" + BODY)
    assert art.headline is not None
    assert art.headline.text == "城市公园今起免费开放"


def test_four_short_title_lines_are_still_one_title() -> None:
    # (a title set in a narrow column: four lines are no menu)
    art = _only("市十七届\n人大五次会议\n主席团召开\n第四次会议\n" + BODY)
    assert art.headline is not None
    assert art.headline.text.replace("\n", "") == ("市十七届人大五次会议主席团召开第四次会议")


def test_a_site_label_over_a_breadcrumb_is_no_title() -> None:
    text = "社会广角\n当前位置: > 阅览室 > 社会广角 >\n\n城市公园今起免费开放\n\n" + BODY
    art = _only(text)
    assert art.headline is not None
    assert art.headline.text == "城市公园今起免费开放"


def test_a_meta_line_stands_between_title_and_subtitle() -> None:
    text = "城市公园今起免费开放\n\n发表日期:2011-02-12 点击\n\n——市民可预约入园\n\n" + BODY
    art = _only(text)
    assert art.headline is not None
    assert art.headline.text == "城市公园今起免费开放"
    assert art.subtitle is not None
    assert art.subtitle.text == "——市民可预约入园"
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_a_meta_line_credits_the_article_and_marks_the_title_above_it() -> None:
    text = (
        "首页 > 城事 > 正文\n\n“不见不散!”读者日今天在公园举行\n\n"
        "来源:某某晚报     记者:王晓东     作者:王晓东     编辑:李四     2024-12-07 13:29\n\n"
        + BODY
    )
    art = _only(text)
    assert art.headline is not None
    assert art.headline.text == "“不见不散!”读者日今天在公园举行"
    assert [name for name, _ in _people(art)] == ["王晓东"]  # once; the editor is staff


def test_a_name_alone_under_the_title_is_its_byline() -> None:
    text = "城市公园今起免费开放\n\n王晓东\n2019年06月04日13:49 | 来源:某某日报\n\n" + BODY
    art = _only(text)
    assert art.headline is not None
    assert art.headline.text == "城市公园今起免费开放"
    assert art.subtitle is None
    assert _people(art) == [("王晓东", "author")]


def test_a_caption_label_makes_a_caption_not_a_title() -> None:
    text = "城市公园今起免费开放\n\n" + BODY + "\n\n图说:市民在公园里散步\n\n第三段,结束。"
    art = _only(text)
    assert all("图说" not in p.text for p in art.paragraphs)


def test_slash_credits_and_fields_after_a_credit() -> None:
    by = find_byline("特派記者王小明/北京報導聯合報", 0, 15)
    assert by is not None
    assert [p.name for p in by.people] == ["王小明"]
    assert by.place == "北京"
    s = "记者  汪晓东  曲昌荣        来源:人民网"
    by = find_byline(s, 0, len(s))
    assert by is not None
    assert [p.name for p in by.people] == ["汪晓东", "曲昌荣"]


def test_a_line_of_clauses_over_one_phrase_is_the_kicker() -> None:
    text = "上午,记者在城东看到市民生活如常\n\n相信城市不久会恢复热闹\n\n①市民在公园游玩\n\n" + BODY
    art = _only(text)
    assert art.kicker is not None
    assert art.kicker.text == "上午,记者在城东看到市民生活如常"
    assert art.headline is not None
    assert art.headline.text == "相信城市不久会恢复热闹"


def test_a_credit_after_the_last_sentence_signs_the_text() -> None:
    art = _only("城市公园今起免费开放\n\n" + BODY + "恢复平日的热闹。”本报记者 王晓东 李明")
    assert _people(art) == [("王晓东", "reporter"), ("李明", "reporter")]
    assert art.paragraphs[-1].text.endswith("热闹。”")
    art = _only("一封读者来信\n\n" + BODY + "谢谢你们的报道。 读者 张秀兰")
    assert _people(art) == [("张秀兰", "author")]


def test_the_page_foot_and_the_wire_end_mark_close_the_text() -> None:
    text = (
        "城市公园今起免费开放\n\n"
        + BODY
        + "(完)\n\n编辑:李四\n\n相关专题:城市公园\n\n"
        + "新闻大观| 财经| 体育 影视| 图片| 联系我们\n\n本网\n\n"
        + "Copyright © 2008-2025 某某网 版权所有\n\n扫码关注\n\n某某网微信"
    )
    art = _only(text)
    assert art.paragraphs[-1].text.endswith("看到了很多人。")


def test_numbered_captions_under_the_title_are_no_text() -> None:
    text = "相信城市不久会恢复热闹\n\n①市民在公园游玩\n\n②路口畅通无阻\n\n" + BODY
    art = _only(text)
    assert art.paragraphs[0].text.startswith("这是正文的第一段")
    assert not art.section_heads


def test_a_meta_field_after_a_credit_is_no_text() -> None:
    text = "城市公园今起免费开放\n\n记者  汪晓东  曲昌荣        来源:某某网\n\n" + BODY
    art = _only(text)
    assert [name for name, _ in _people(art)] == ["汪晓东", "曲昌荣"]
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_a_date_after_a_credit_ends_it_and_is_no_text() -> None:
    art = _only("首页 > 新闻 > 正文\n\n城市公园今起免费开放\n\n作者:张三丰 2020年1月1日\n\n" + BODY)
    assert _people(art) == [("张三丰", "author")]
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_a_title_printed_twice_leaves_the_ticker_above_it_out() -> None:
    text = (
        "国际油价大幅上涨\n\n黄金价格再创新高\n\n城市公园今起免费开放\n\n"
        "新华社    2017-01-09 11:37   阅读:0\n\n城市公园今起免费开放\n\n" + BODY
    )
    art = _only(text)
    assert art.headline is not None
    assert art.headline.text == "城市公园今起免费开放"
    assert art.kicker is None
    assert art.subtitle is None
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_a_page_line_of_date_and_page_is_no_title() -> None:
    for line in ("1960年8月6日参考消息 第4版", "1959-12-22第4版面所有文章内容", "第一版"):
        art = _only(line + "\n\n城市公园今起免费开放\n\n" + BODY)
        assert art.headline is not None
        assert art.headline.text == "城市公园今起免费开放", line


def test_wire_stories_of_other_agencies_are_items_of_their_own() -> None:
    text = (
        "【路透社华盛顿19日电】这是第一条消息,讲述了事情的经过。\n\n这是它的第二段,交代了背景。\n\n"
        "【中央社高雄7月20日电】这是第二条消息,记者在现场看到了很多人。"
    )
    arts = parse_issue(text).articles
    assert [(a.dateline.agency, a.dateline.place, a.dateline.day) for a in arts if a.dateline] == [
        ("路透社", "华盛顿", 19),
        ("中央社", "高雄", 20),
    ]
    assert arts[0].paragraphs[-1].text == "这是它的第二段,交代了背景。"


def test_a_bulleted_title_under_a_list_label() -> None:
    # (a bullet and ten characters at most is a menu's entry, • 时政)
    art = _only(
        "即时新闻\n\n  • 城市公园今起免费开放迎接游客\n\n        本报记者 路艳霞\n\n" + BODY
    )
    assert art.headline is not None
    assert art.headline.text == "城市公园今起免费开放迎接游客"
    assert art.kicker is None
    assert _people(art) == [("路艳霞", "reporter")]


def test_bracketed_page_controls_are_no_title() -> None:
    text = "城市公园今起免费开放\n\n2020-04-29 09:52 | 来源: 某某报\n【字号: 打印  \n\n" + BODY
    art = _only(text)
    assert art.headline is not None
    assert art.headline.text == "城市公园今起免费开放"
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_a_picture_item_closed_by_its_source_line() -> None:
    text = (
        "春日公园,海棠盛开,构成一幅美丽画卷。新华社记者 王海燕摄\n\n"
        "《光明日报》(2025年04月02日 09版)\n\n来源: 光明网-《光明日报》"
    )
    art = _only(text)
    assert art.headline is None
    assert [p.name for c in art.photo_credits for p in c.people] == ["王海燕"]
    assert art.paragraphs[0].text == "春日公园,海棠盛开,构成一幅美丽画卷。"


def test_a_source_line_with_its_page_in_chinese_numerals_ends_the_text() -> None:
    text = "城市公园今起免费开放\n\n" + BODY + "\n\n  《人民日报海外版》 (2005年09月10日 第二版)\n"
    art = _only(text)
    assert art.paragraphs[-1].text.endswith("看到了很多人。")


def test_an_untitled_page_is_one_article_titled_across_the_furniture() -> None:
    furniture = '日期:11-08\n\n字号:\n\n版面:第A10版:要闻   上一篇   下一篇\n\n">\n\n'
    text = "城市公园今起免费开放\n\n" + furniture + BODY
    art = _only(text)
    assert art.headline is not None
    assert art.headline.text == "城市公园今起免费开放"
    assert art.paragraphs[0].text.startswith("这是正文的第一段")
    # No title at all: the text alone; a scrap that is no prose makes no article.
    assert _only("首页 > 正文\n\n" + BODY).headline is None
    assert not parse_issue("Mar 20 , 2020\n\nLevel 15, 227 Elizabeth St\n\n9267 8878").articles


def test_a_name_under_the_title_across_meta_lines_is_the_byline() -> None:
    text = "城市公园今起免费开放\n\n来源: 某某新闻\n\n2026-01-24 13:15:00\n\n刘建平\n\n" + BODY
    art = _only(text)
    assert _people(art) == [("刘建平", "author")]
    assert art.column is None
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_a_boxed_name_run_into_the_text_is_its_author() -> None:
    art = _only("□王国安 20年前,晚报创刊时,我们就开始写作。\n\n" + BODY)
    assert _people(art) == [("王国安", "author")]
    assert art.paragraphs[0].text.startswith("20年前,晚报创刊时")
    by = find_byline("□编辑部 今天发布了,", 0, 11)
    assert by is None


def test_a_source_note_or_a_links_field_after_the_last_sentence_is_no_text() -> None:
    for tail in (" 据央视", " 相关专题:城市公园 | ||||||||"):
        art = _only("城市公园今起免费开放\n\n" + BODY + tail)
        assert art.paragraphs[-1].text.endswith("看到了很多人。"), tail


def test_an_archive_picture_note_after_the_last_sentence_is_no_text() -> None:
    text = (
        "城市公园今起免费开放\n\n" + BODY + "(附图片) 市民在公园游玩。新华社记者 张三摄(传真照片)"
    )
    art = _only(text)
    assert art.paragraphs[-1].text.endswith("看到了很多人。")
    # The note alone, after the last sentence or the text's own aside (人民日报 第5版 on an
    # archive, corpus/web/dev5: …“人民日报记者林”。(见上图)(附图片)).
    for tail, end in (("(附图片)", "看到了很多人。"), ("(见上图)(附图片)", "很多人。(见上图)")):
        art = _only("城市公园今起免费开放\n\n" + BODY + tail)
        assert art.paragraphs[-1].text.endswith(end), tail


def test_a_title_printed_again_above_the_story_is_no_second_article() -> None:
    # A blog copy of a newsletter (聯合電子報, corpus/web/dev5) prints the story's title as the
    # post's title, then ads and menus, then the title again over the credit and the text:
    # one article, the one with the credit; the first copy's lines are the page's.
    path = CORPUS / "web" / "dev5" / "lianhebao-dianzibao-2018-08-04-na.txt"
    art = _only(path.read_text(encoding="utf-8"))
    assert art.headline is not None
    assert art.headline.text == "北市選戰升溫 藍綠首次打出兩岸牌"
    assert _people(art) == [("陳熙文", "reporter"), ("鄭媁", "reporter")]
    assert art.paragraphs[0].text.startswith("距年底投票剩四個月")
    # The first copy is the page's: a link over the newsletter's ads.
    issue = parse_issue(path.read_text(encoding="utf-8"))
    first = [o for o in issue.other if o.text == "北市選戰升溫 藍綠首次打出兩岸牌"]
    assert [o.role for o in first] == ["nav"]


def test_a_bracketed_source_note_under_a_copied_story_is_no_text() -> None:
    # A portal's copy of a paper's story (山西日报 on sina.com.cn, corpus/web/dev5) closes
    # with the site's note of its source, in brackets: (来源:X Y 网络编辑:Z). It is the
    # page's, not the story's, even where the site cut the text mid-sentence above it.
    page = (
        "临县通了致富路\n本报讯(记者薛锁明 通讯员刘生锋)目前仍处于贫困状态下的临县人民,"
        "去年克服重重困难。该县县委、县政府把实施村村通工程作为考验全县干部执政能\n"
        "(来源:山西新闻网 山西日报 网络编辑:张清兰)\n"
    )
    art = _only(page)
    assert art.paragraphs[-1].text.endswith("考验全县干部执政能")
    assert "来源" not in "".join(p.text for p in art.paragraphs)
    # A bracketed aside in the text that names no meta field stays text.
    art = _only("城市公园今起免费开放\n\n" + BODY + "\n(据新华社报道)")
    assert art.paragraphs[-1].text.endswith("(据新华社报道)")


def test_a_page_label_with_a_sections_letters_is_no_title() -> None:
    # An e-paper of a paper printing several sections numbers its pages with the
    # section's letters (第RB01版, HC02版): the page's label, never an article's title.
    art = _only("第RB01版: 日报01版\n\n城市公园今起免费开放\n\n" + BODY)
    assert art.headline is not None
    assert art.headline.text == "城市公园今起免费开放"


def test_an_issue_number_line_is_no_title() -> None:
    # 总第44期 counts the issues: the head of the issue or page, not a title.
    page = "3:要闻总第44期 >2011-12-08编印\n\n城市公园今起免费开放\n发布时间:2011-12-08 点击:\n"
    art = _only(page + BODY)
    assert art.headline is not None
    assert art.headline.text == "城市公园今起免费开放"


def test_counters_and_a_printing_date_make_a_meta_line() -> None:
    # 刊发日期 (the date the piece ran), 点击数 / 阅读次数 (how often read): fields of a
    # site's meta line, not the text's first paragraph.
    for meta in ("刊发日期:2011-12-08 阅读次数: 作者:", "• 点击数:468   发布时间:2012-01-19 17:26"):
        art = _only("城市公园今起免费开放\n" + meta + "\n" + BODY)
        assert art.headline is not None
        assert art.headline.text == "城市公园今起免费开放"
        assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_a_line_over_the_time_of_posting_is_the_title() -> None:
    # A web page prints its title, then when it was posted: the line over the time is the
    # title even when it runs past a printed title's length with 「」 and 、 inside.
    title = (
        "「城市公园今起免费开放」、「市民可凭身份证入园参观游览」市园林局负责人接受本台专访谈开放"
    )
    lead = "市园林局负责人日前接受本台专访,从开放的时间、入园的办法一直谈到周边的交通。"
    page = "\n\n".join([title, "2019-12-30 19:11", "(美国之音)", lead, BODY])
    art = _only(page)
    assert art.headline is not None
    assert art.headline.text == title


def test_readings_a_converter_put_after_characters_are_read_through() -> None:
    # Sites that copy a page and convert it to traditional characters put pinyin after
    # some characters (發(fā)布時(shí)間): the page is read as without them; the spans and
    # the texts cut from the page keep them as printed.
    page = (
        "城市公園今起免費(fèi)開(kāi)放\n"
        "發(fā)布時(shí)間:2025年11月14日17:05 來(lái)源:本網(wǎng)\n"
        "本報(bào)記者 張明\n\n"
        "這是正文的第一段,講述了事情的經(jīng)過(guò),也交代了背景。\n\n"
        "這是正文的第二段,記者在現場看到了很多人。"
    )
    art = _only(page)
    assert art.headline is not None
    assert art.headline.text == "城市公園今起免費(fèi)開(kāi)放"
    assert _people(art) == [("張明", "reporter")]
    para = art.paragraphs[0]
    assert para.text == "這是正文的第一段,講述了事情的經(jīng)過(guò),也交代了背景。"
    assert all(page[s.start : s.end] == s.text for s in para.spans)


def test_an_archive_item_with_a_column_name_and_a_credit_on_its_line() -> None:
    # An archive page of 人民日报 (rmrb.haitun.store, 1994-09-28, 第1版; cut): a numbered
    # list of titles, then each item as one line: its page label, the column's form field
    # with the column's name, the title again, the credit and the text, joined by spaces.
    page = (
        "1994-09-28\n\n第 1 版\n\n1. 长虹巨龙起京城\n\n"
        "第1版(要闻)专栏:庆祝中华人民共和国成立45周年  长虹巨龙起京城 本报记者曾坤颜世贵 "
        "古都北京,从来没有今天这么辉煌。在绿色环绕中,那路、那桥、那直插云天的建筑群,"
        "无不令人惊叹! 这是改革开放带来的奇迹!\n"
    )
    art = _only(page)
    assert art.headline is not None
    assert art.column is not None
    assert art.column.text == "庆祝中华人民共和国成立45周年"
    assert art.headline.text == "长虹巨龙起京城"
    assert _people(art) == [("曾坤", "reporter"), ("颜世贵", "reporter")]
    assert art.paragraphs[0].text.startswith("古都北京,从来没有")


def test_a_column_field_over_its_title_with_no_blank_line() -> None:
    art = _only("第5版(各地传真)\n专栏:典型报道新突破\n泾川人的自豪\n\n" + BODY)
    assert art.column is not None
    assert art.headline is not None
    assert (art.column.text, art.headline.text) == ("典型报道新突破", "泾川人的自豪")
    assert art.kicker is None
