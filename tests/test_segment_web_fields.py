"""Form fields and meta lines of web article pages, whatever the site (written by us, not
copied from a page): empty fields, bullets before the meta line, the editor beside the
click counter, a piece signed by the paper's desk, the link to the page's PDF."""

from __future__ import annotations

from paper_parser import Article, parse_issue
from paper_parser.bylines import find_byline

BODY = (
    "这是正文的第一段,讲述了事情的经过,也交代了背景。\n\n这是正文的第二段,记者在现场看到了很多人。"
)


def _only(text: str) -> Article:
    (art,) = parse_issue(text).articles
    return art


def _title(art: Article) -> str | None:
    return art.headline.text if art.headline is not None else None


def test_a_bulleted_meta_line_under_the_title_is_no_masthead() -> None:
    # (a date with 作者: after it is an article's meta line: the masthead reader must not
    # take it, and the title over it, for the paper's nameplate block)
    text = (
        "当前位置:晚报电子版\n站内搜索:\n下一篇 4 放大 缩小 默认\n城市公园今起免费开放\n"
        "  • 2011年01月01日 作者:\n  • 【PDF版】\n\n" + BODY
    )
    art = _only(text)
    assert _title(art) == "城市公园今起免费开放"
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_the_paper_desk_signing_a_piece_is_no_title() -> None:
    text = "城市公园今起免费开放\n  • 2011年01月01日 作者:\n\n    本报编辑部\n\n" + BODY
    art = _only(text)
    assert _title(art) == "城市公园今起免费开放"
    assert [b.text for b in art.bylines] == ["本报编辑部"]
    assert not [p for b in art.bylines for p in b.people]


def test_a_line_of_fields_with_an_empty_author_is_a_meta_line() -> None:
    text = (
        "当前位置 > 某某报> 第434期>第4版\n    第4版 :要闻\n    《某某报》—本地人自己的报纸\n"
        "    报刊搜索: 搜索\n\n    开栏的话\n\n    作者: 来源:某某报 时间:2022-05-30\n"
        "    编辑:周小明 点击数: 字号:\n\n" + BODY
    )
    art = _only(text)
    assert _title(art) == "开栏的话"
    assert art.paragraphs[0].text.startswith("这是正文的第一段")
    assert not art.bylines  # (the editor is staff; the author's field is empty)


def test_an_empty_search_field_is_no_text() -> None:
    # (taken for a line of text, it made the line above it a title: 不支持Flash)
    text = "不支持Flash\n娱乐专题搜索:\n\n城市公园今起免费开放\n\n" + BODY
    art = _only(text)
    assert _title(art) == "城市公园今起免费开放"
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_a_block_with_a_source_field_is_no_masthead() -> None:
    # (the date lines and the column's label over the title are the article's head, not
    # the paper's nameplate: a masthead never labels the paper 来源:)
    text = (
        "2007年12月26日\n星期\n【冰点】\n【冰点】: 城市公园今起免费开放\n2007-12-26\n"
        "本报记者 王晓东文并摄\n来源:某某在线-某某日报\n\n" + BODY
    )
    art = _only(text)
    assert _title(art) == "城市公园今起免费开放"
    assert art.column is not None
    assert art.column.text == "冰点"
    assert [(p.name, p.role) for b in art.bylines for p in b.people] == [("王晓东", "reporter")]
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_the_page_number_field_under_the_title_is_a_meta_line() -> None:
    text = "城市公园今起免费开放\n\n——市民可预约入园\n\n版次:07  2023年09月20日\n\n" + BODY
    art = _only(text)
    assert _title(art) == "城市公园今起免费开放"
    assert art.subtitle is not None
    assert art.subtitle.text == "——市民可预约入园"
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_one_long_paragraph_under_credits_is_the_untitled_story() -> None:
    # (a photo story whose title is not in the copy: one paragraph of several sentences)
    story = (
        "11月11日,两位小记者正在新闻中心接受一位老记者的采访,现场气氛十分热烈。"
        "两位小记者面对自己角色被转换为采访对象,伸出指头回答道,我们先谈一个问题,"
        "其余的等新闻发布会结束后再谈……他们的回答引来一阵笑声,老记者也连连称赞。"
        "采访结束后,三人还在展板前合影留念。"
    )
    text = "2012年11月13日16:50 来源:《某某日报》 手机看新闻\n记者 于文国 摄\n" + story
    (art,) = parse_issue(text).articles
    assert art.headline is None
    assert art.paragraphs[0].text.startswith("11月11日")
    short = text[: text.index("……")]  # (one sentence, no story yet: no article)
    assert parse_issue(short).articles == ()


def test_line_breaks_written_as_markup_break_lines() -> None:
    # (an archive that shows its stored HTML: the tags are the page's line breaks)
    text = (
        "城市公园今起免费开放\n\n第4版(要闻)<br/>专栏:<br/><br/> 城市公园今起免费开放<br/>"
        " 本报广州11月28日电 记者缪鲁报道:这是正文的第一段,讲述了事情的经过。<br/>"
        " 这是正文的第二段。"
    )
    (art,) = parse_issue(text).articles
    assert _title(art) == "城市公园今起免费开放"
    assert [p.name for b in art.bylines for p in b.people] == ["缪鲁"]
    assert art.paragraphs[-1].text == "这是正文的第二段。"
    assert art.paragraphs[-1].spans[0].text == "这是正文的第二段。"  # (cut from the page)


def test_a_writers_post_in_brackets_after_the_name_is_part_of_the_credit() -> None:
    by = find_byline("作者:李谷城(某某書院研究中心研究員)", 0, 19)
    assert by is not None
    assert [(p.name, p.role) for p in by.people] == [("李谷城", "author")]
    assert by.text == "作者:李谷城(某某書院研究中心研究員)"
    text = "城市公园今起免费开放\n\n作者:李谷城(某某書院研究中心研究員)\n\n" + BODY
    art = _only(text)
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_names_closed_by_reported_after_the_own_copy_tag_are_credits() -> None:
    by = find_byline("本报讯 路小前、记者张小辉报道:多年来", 0, 19)
    assert by is not None
    assert [p.name for p in by.people] == ["路小前", "张小辉"]
    by = find_byline("本报讯 王洪义、王前生报道:南京", 0, 16)
    assert by is not None
    assert [p.name for p in by.people] == ["王洪义", "王前生"]
    by = find_byline("本报讯 近日报道:南京", 0, 11)  # (no names: the tag alone)
    assert by is not None
    assert by.people == ()


def test_a_list_items_date_and_credit_after_its_title_start_the_item() -> None:
    text = (
        "即時報道\n\n即時資訊、特別報道、即時評論。\n\n"
        "城市公園今起免費開放 市民可預約入園 2024年03月13日|文:某某採訪組\n\n"
        "公園管理處今日宣布,城市公園即日起免費開放,市民可經網上預約入園。⋯\n\n"
        "以「奇.遇」為題 藝術節五月舉行 預算約2,490萬 2024年03月12日|文:記者K\n\n"
        "第三十四屆藝術節將於5月3日起舉行,涵蓋戲劇、戲曲、舞蹈等節目。⋯"
    )
    heads = [_title(a) for a in parse_issue(text).articles]
    assert heads[-2:] == [
        "城市公園今起免費開放 市民可預約入園",
        "以「奇.遇」為題 藝術節五月舉行 預算約2,490萬",
    ]


def test_a_counters_name_and_the_editors_note_label_are_no_titles() -> None:
    text = "城市公园今起免费开放\n\n字数\n\n编者按\n\n" + BODY
    art = _only(text)
    assert _title(art) == "城市公园今起免费开放"
    # (round web12: the label opens the editor's note, the article's first text, as the gold
    # of the real pages has it; the counter's name is no text)
    assert art.paragraphs[0].text == "编者按"
    assert art.paragraphs[1].text.startswith("这是正文的第一段")


def test_a_source_note_glued_to_the_text_is_neither_body_nor_hides_the_credit() -> None:
    # 工人日报 on a portal (corpus/web/dev4/gongren-ribao-2012-11-13-na): the brief's
    # author in brackets, then the portal's source note glued on: …再谈……(张佳鹏)来源:工人日报.
    page = (
        "小记者采访“花甲记者”\n\n"
        "两位小记者面对自己角色被转换为采访对象,伸出指头回答道,我们先谈一个问题,"
        "其余的等新闻发布会结束后再谈……(张佳鹏)来源:工人日报\n"
    )
    (art,) = parse_issue(page).articles
    assert art.paragraphs[-1].text.endswith("结束后再谈……")
    assert [p.name for b in art.bylines for p in b.people] == ["张佳鹏"]
    # A sentence that speaks of a source is text.
    page = "小记者采访“花甲记者”\n\n他说,这条消息的来源:一位老读者。\n"
    (art,) = parse_issue(page).articles
    assert art.paragraphs[-1].text.endswith("来源:一位老读者。")


# Credit fields of a site's meta line, whatever the site prints around them (round web11:
# three sites of the older sets, each with its own wrapping).


def _people(art: Article) -> list[tuple[str, str]]:
    return [(p.name, p.role) for b in art.bylines for p in b.people]


def test_a_meta_line_opened_by_the_filing_time_credits_its_author() -> None:
    # (发稿时间, "time filed", opens the meta line as 发布时间 does)
    text = (
        "城市公园今起免费开放\n\n发稿时间:2018-11-09 13:50:58   来源:某某日报   作者:周小明\n\n"
        + BODY
    )
    art = _only(text)
    assert _title(art) == "城市公园今起免费开放"
    assert _people(art) == [("周小明", "author")]
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_a_bullet_between_the_author_label_and_the_name_is_no_part_of_the_name() -> None:
    text = "城市公园今起免费开放\n\n    期次:第1495期    作者:· 周小明\n\n" + BODY
    art = _only(text)
    assert _people(art) == [("周小明", "author")]
    assert art.paragraphs[0].text.startswith("这是正文的第一段")


def test_fields_copied_as_a_list_with_the_next_field_glued_to_the_name() -> None:
    # (a page's <li> fields: a bullet before each, no space between the credit and 編輯:)
    text = (
        "城市公園今起免費開放\n- 2025-06-01\n- 專題\n- 記者:周小明編輯:李大偉\n- 2025-06-01\n"
        "這是正文的第一段,講述了事情的經過,也交代了背景,記者在現場看到了很多人。"
    )
    art = _only(text)
    assert _title(art) == "城市公園今起免費開放"
    assert _people(art) == [("周小明", "reporter"), ("李大偉", "editor")]
    assert art.paragraphs[0].text.startswith("這是正文的第一段")
    by = find_byline("記者:周小明編輯:李大偉", 0, 12)
    assert by is not None
    assert [p.name for p in by.people] == ["周小明", "李大偉"]
