"""Segmentation of text read across a page of several columns (``pdftotext`` default and
``-raw`` output of a broadsheet): titles of side-by-side articles, wrapped and stacked titles."""

from __future__ import annotations

from paper_parser import Article, parse_issue
from tests.test_segment import check_lossless


def _titles(art: Article) -> tuple[str | None, str | None, str | None]:
    """(kicker, headline, subtitle) texts."""
    k, h, s = art.kicker, art.headline, art.subtitle
    return (k and k.text, h and h.text, s and s.text)


def test_titles_of_side_by_side_articles_read_before_their_bodies() -> None:
    # pdftotext reads the row of titles across the page first (kicker, title and subtitle of
    # the left article, the title of the right one), then each body under its byline: the
    # second article opens at its byline, and the heading left over above the first is its.
    page = (
        "第三届民俗节开幕\n\n甲地举办文化节\n\n游客数万人走进古镇\n\n乙县修复古桥\n\n"
        "本报记者 王丽\n甲地文化节今天开幕，吸引游客数万人。\n\n"
        "本报记者 李强\n乙县古桥修复工程完工，村民出行更方便。\n"
    )
    issue = parse_issue(page)
    first, second = issue.articles
    assert _titles(first) == ("第三届民俗节开幕", "甲地举办文化节", "游客数万人走进古镇")
    assert first.section_heads == ()
    assert [p.name for p in first.people] == ["王丽"]
    assert _titles(second) == (None, "乙县修复古桥", None)
    assert [p.name for p in second.people] == ["李强"]
    assert [p.text for p in second.paragraphs] == ["乙县古桥修复工程完工，村民出行更方便。"]
    check_lossless(page, issue)


def test_a_wider_line_under_a_title_is_its_subtitle_not_its_wrap() -> None:
    # pdftotext prints the title and the subtitle under it with no blank line between; the
    # subtitle (smaller type) is wider than the title, so it cannot be the title wrapped.
    page = (
        "秋收时节\n\n稻田丰收\n千亩良田今年亩产再创新高\n本报记者 王丽\n村里的稻谷今天开镰收割。\n"
    )
    (art,) = parse_issue(page).articles
    assert _titles(art) == ("秋收时节", "稻田丰收", "千亩良田今年亩产再创新高")
    # A title wrapped at its measure keeps its lines: the second is not wider.
    page = "秋收时节\n\n全县千亩稻田\n喜获丰收\n本报记者 王丽\n村里的稻谷今天开镰收割。\n"
    (art,) = parse_issue(page).articles
    assert _titles(art) == ("秋收时节", "全县千亩稻田喜获丰收", None)


def test_title_lines_of_a_narrow_column_are_not_a_wrapped_paragraph() -> None:
    # pdftotext -raw of a narrow column: the title and subtitle run to the column's measure
    # as the body lines do, and no blank line sets them apart; the byline alone on its line
    # ends the heading stack.
    page = (
        "全省秋粮收购进度过半\n粮食企业收购价格平稳\n本报记者 王丽\n"
        "记者从省粮食和物资储备\n局获悉，截至目前，全省\n已收购秋粮一百多万吨，\n"
        "进度超过一半。各地粮食\n企业按照最低收购价敞开\n收购，价格总体平稳。\n"
    )
    issue = parse_issue(page)
    (art,) = issue.articles
    assert _titles(art) == (None, "全省秋粮收购进度过半", "粮食企业收购价格平稳")
    assert [p.name for p in art.people] == ["王丽"]
    assert [p.text for p in art.paragraphs] == [
        "记者从省粮食和物资储备局获悉，截至目前，全省已收购秋粮一百多万吨，"
        "进度超过一半。各地粮食企业按照最低收购价敞开收购，价格总体平稳。"
    ]
    check_lossless(page, issue)


def test_a_title_read_on_at_the_end_of_the_paragraph_above_it() -> None:
    # The last line of one article runs to the measure and ends a sentence; the next
    # article's title, with no punctuation, comes right after it and then its byline.
    page = (
        "全省秋粮收购进度过半\n本报记者 王丽\n"
        "记者从省粮食和物资储备\n局获悉，截至目前，全省\n已收购秋粮一百多万吨。\n"
        "城区新增三座口袋公园\n本报记者 李强\n"
        "市园林局近日介绍，城区\n今年新增三座口袋公园，\n方便居民就近休闲健身。\n"
    )
    issue = parse_issue(page)
    first, second = issue.articles
    assert _titles(first) == (None, "全省秋粮收购进度过半", None)
    assert [p.text for p in first.paragraphs] == [
        "记者从省粮食和物资储备局获悉，截至目前，全省已收购秋粮一百多万吨。"
    ]
    assert _titles(second) == (None, "城区新增三座口袋公园", None)
    assert [p.name for p in second.people] == ["李强"]
    check_lossless(page, issue)


def test_a_title_after_a_paragraph_broken_at_a_column_foot() -> None:
    # pdftotext reads on a paragraph whose last line ran to the column's foot across the
    # blank line; what follows is the next article's title (no punctuation), not its end.
    # (The subtitle right under its headline, in the headline's block as pdftotext reads
    # them: a line a blank line above the headline would be its kicker.)
    page = (
        "全省秋粮收购进度过半\n本报记者 王丽\n"
        "记者从省粮食和物资储备\n局获悉，截至目前，全省\n已收购秋粮一百多万吨，\n"
        "进度超过一半。各地粮食\n企业按照最低收购价敞开\n收购，价格总体平稳的\n\n"
        "城区新增口袋公园\n方便居民就近休闲健身\n本报记者 李强\n"
        "市园林局近日介绍，城区\n今年新增三座口袋公园，\n方便居民就近休闲健身。\n"
    )
    issue = parse_issue(page)
    first, second = issue.articles
    assert [p.text for p in first.paragraphs] == [
        "记者从省粮食和物资储备局获悉，截至目前，全省已收购秋粮一百多万吨，"
        "进度超过一半。各地粮食企业按照最低收购价敞开收购，价格总体平稳的"
    ]
    assert _titles(second) == (None, "城区新增口袋公园", "方便居民就近休闲健身")
    check_lossless(page, issue)


def test_a_title_wrapped_with_a_blank_line_between_its_lines() -> None:
    # pdfplumber's layout text turns the leading of big type into blank lines: a title
    # wrapped at the page's title measure has one between its lines (read double-spaced),
    # and its short last line (路国产化) is the title's end, not a name under it.
    src = "《人民日报》（2025年10月20日 第 15 版）"
    body = [
        "集成电路是信息产业发展的基础。今年以来，南京浦口经济开发",
        "区积极落实南京市“一园区一突破”改革任务，通过技术创新推动国",
        "产替代、招新引优补齐短板、深化改革优化环境，探索集成电路国产",
    ]
    titles = (
        ["全省秋粮收获进度已经接近七成"],
        ["城区新增三座口袋公园方便居民"],
        ["南京浦口经济开发区探索集成电", "路国产化"],
    )
    page = "".join(
        "\n\n\n".join([*t, src, "\n\n".join([*body * 3, "化路径。"])]) + "\n\n\n\n" for t in titles
    )
    issue = parse_issue(page)
    assert issue.shape == "hard-wrapped"
    assert [a.headline.text for a in issue.articles if a.headline] == [
        "全省秋粮收获进度已经接近七成",
        "城区新增三座口袋公园方便居民",
        "南京浦口经济开发区探索集成电路国产化",
    ]
    assert [p.name for a in issue.articles for p in a.people] == []
    check_lossless(page, issue)


def test_a_headline_set_vertically() -> None:
    # A headline set down the page comes out one character a line; the text layer reads the
    # run as one row, and it heads the article as a one-line title would.
    page = (
        "秋\n收\n时\n节\n\n本报记者 王丽\n\n村里的稻谷今天开镰收割，农民脸上洋溢着笑容。\n\n"
        "丰收节活动精彩纷呈\n\n本报记者 李强\n\n活动吸引了众多游客。\n"
    )
    issue = parse_issue(page)
    first, second = issue.articles
    assert first.headline is not None
    assert first.headline.text == "秋收时节"
    assert [sp.text for sp in first.headline.lines] == ["秋", "收", "时", "节"]
    assert [p.name for p in first.people] == ["王丽"]
    assert _titles(second) == (None, "丰收节活动精彩纷呈", None)
    assert issue.other == ()
    check_lossless(page, issue)


def test_a_row_of_bylines_under_the_titles_of_articles_side_by_side() -> None:
    # Three articles side by side: pdftotext reads the titles across (the left one's
    # kicker, title and subtitle, then the one-line titles of the other two), then the three
    # bylines one under another, each its own block, then the bodies.
    page = (
        "第三届民俗节开幕\n\n甲地举办文化节\n\n游客数万人走进古镇\n\n稻田丰收\n\n"
        "城区新增口袋公园\n\n本报记者 王丽\n\n本报记者 李强\n\n本报记者 张华\n\n"
        "甲地文化节今天开幕，吸引游客数万人。\n"
    )
    issue = parse_issue(page)
    assert [_titles(a) for a in issue.articles] == [
        ("第三届民俗节开幕", "甲地举办文化节", "游客数万人走进古镇"),
        (None, "稻田丰收", None),
        (None, "城区新增口袋公园", None),
    ]
    assert [[p.name for p in a.people] for a in issue.articles] == [["王丽"], ["李强"], ["张华"]]
    assert [a.section_heads for a in issue.articles] == [(), (), ()]
    check_lossless(page, issue)


def test_a_first_line_short_of_the_measure_that_breaks_a_clause_is_body() -> None:
    # A paragraph's first line falls short of the measure by its indent (dropped by the
    # extractor) and half-width digits; it breaks a sentence after a clause, so it is the
    # paragraph's first line, not a section head.
    page = (
        "全省秋粮收购进度过半\n本报记者 王丽\n"
        "记者从省粮食和物资储备\n局获悉，截至目前，全省\n已收购秋粮一百多万吨，\n"
        "进度超过一半。各地粮食\n企业按照最低收购价敞开\n收购，价格平稳。\n"
        "2023年以来，全省秋粮\n收购工作有序推进，各地\n优化服务，方便农民售粮。\n"
    )
    (art,) = parse_issue(page).articles
    assert art.section_heads == ()
    assert [p.text[:12] for p in art.paragraphs] == [
        "记者从省粮食和物资储备局",
        "2023年以来，全省秋粮",
    ]


def test_a_subtitle_opening_with_a_dash() -> None:
    # A short line opening with a dash between the title and the byline is the subtitle,
    # not a signature (——张三 closing an article), printed with or without blank lines.
    for page in (
        "秋收时节\n\n稻田丰收喜人\n——千亩良田\n本报记者 王丽\n村里的稻谷今天开镰收割。\n",
        "稻田丰收喜人\n——千亩良田\n本报记者 王丽\n村里的稻谷今天开镰收割。\n",
        "秋收时节\n稻田丰收喜人\n——千亩良田\n本报记者 王丽\n村里的稻谷今天开镰收割。\n",
    ):
        issue = parse_issue(page)
        (art,) = issue.articles
        assert _titles(art)[1:] == ("稻田丰收喜人", "——千亩良田")
        assert [p.text for p in art.paragraphs] == ["村里的稻谷今天开镰收割。"]
        check_lossless(page, issue)
