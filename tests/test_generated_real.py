"""Generated broadsheets with real text through the real ``pdftotext``
(``corpus/generated-real``, made by ``scripts/gen_realistic_corpus.py`` from
``tests/realistic_pages.py``): the articles found against the generator's truth.

Scored per split (``dev`` pages for development, ``heldout`` pages scored once at the end)
and per ``pdftotext`` mode: headline recall and precision, the reporters' names (precision
and recall), datelines found (recall), the article count (parsed over true) and the share of
true paragraphs found whole as one parsed paragraph. Print the dev table with
``python tests/test_generated_real.py`` (``--heldout`` adds the held-out pages).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from paper_parser import Article, build_page, parse_issue
from paper_parser.text import iter_rows
from tests.articles_scoring import Tally, score_text, squash

HERE = Path(__file__).resolve().parent.parent / "corpus" / "generated-real"
TRUTH: list[dict[str, Any]] = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))["pages"]
MODES = ("default", "layout")


def _whole(text: str, page: dict[str, Any]) -> tuple[int, int]:
    """True paragraphs of ``page`` found whole as one parsed paragraph (a first paragraph
    may be parsed with or without its dateline), and their number."""
    got = {squash(p.text) for a in parse_issue(text).articles for p in a.paragraphs}
    found = total = 0
    for art in page["articles"]:
        for n, para in enumerate(art["paragraphs"]):
            total += 1
            want = squash(para)
            if n == 0 and art["dateline"]:
                hits = any(want.endswith(g) and len(g) >= len(want) - 30 for g in got if g)
            else:
                hits = want in got
            found += hits
    return found, total


def scores(split: str, mode: str) -> dict[str, float]:
    """The figures of one split in one mode."""
    heads, names, dates = Tally(), Tally(), Tally()
    parsed = gold = whole = paras = 0
    for page in TRUTH:
        if page["split"] != split:
            continue
        text = (HERE / f"seed{page['seed']}.{mode}.pdftotext").read_text(encoding="utf-8")
        rep = score_text(f"seed{page['seed']}", text, page["articles"])
        heads.add(rep.headlines)
        names.add(rep.names)
        dates.add(rep.datelines)
        parsed += rep.parsed_articles
        gold += rep.gold_articles
        f, t = _whole(text, page)
        whole += f
        paras += t
    return {
        "head_r": heads.recall,
        "head_p": heads.precision,
        "names_p": names.precision,
        "names_r": names.recall,
        "date_r": dates.recall,
        "count": parsed / gold,
        "whole": whole / paras,
    }


def test_the_pages_are_there() -> None:
    assert sum(p["split"] == "dev" for p in TRUTH) == 20
    assert sum(p["split"] == "heldout" for p in TRUTH) == 12
    assert sum(p["split"] == "heldout2" for p in TRUTH) == 16
    assert sum(p["split"] == "heldout3" for p in TRUTH) == 24
    assert sum(p["split"] == "heldout4" for p in TRUTH) == 24
    assert sum(p["split"] == "heldout5" for p in TRUTH) == 24
    assert sum(p["split"] == "heldout6" for p in TRUTH) == 24
    assert sum(p["split"] == "heldout7" for p in TRUTH) == 24
    assert sum(p["split"] == "heldout8L" for p in TRUTH) == 24
    assert sum(p["split"] == "heldout8" for p in TRUTH) == 24
    assert sum(p["split"] == "heldout9" for p in TRUTH) == 24
    assert sum(p["split"] == "heldout9L" for p in TRUTH) == 24
    assert all(4 <= p["columns"] <= 8 for p in TRUTH)


def _reading(seed: int) -> list[str]:
    """The texts of the lines of a ``-layout`` page's reading, blank markers left out."""
    text = (HERE / f"seed{seed}.layout.pdftotext").read_text(encoding="utf-8")
    return [ln.text for ln in build_page(text).reading if ln.text.strip()]


def test_a_short_row_of_articles_is_read_before_the_next() -> None:
    # seed 100, -layout: a row of three columns five lines deep, its justified lines a
    # place longer or shorter than each other (half-width figures), then a gap and the
    # next row of articles: the row is cut from the next (body lines of a column end
    # within a place of each other), so the paragraph at the second column's foot goes
    # on at the top of the third, not under the next row's headline.
    reading = _reading(100)
    k = reading.index("不计算ST个股和未股改股，两市近50只个")
    assert reading[k + 1 : k + 3] == ["本报记者 游仪摄", "股涨停。第十届世界妈祖文化论坛不仅是一场"]


def test_titles_side_by_side_on_one_line_are_read_apart() -> None:
    # seed 502, -layout: the titles of two articles side by side on one line over their
    # columns, far apart: two pieces, not one line holding both.
    reading = _reading(502)
    assert "國民力量金文洙首爾拉票黃教安退選支持金文洙" in reading
    assert "逾千兩岸青年共話創業" in reading


def test_no_text_runs_on_from_a_title_across_a_wide_gap() -> None:
    # seeds 110 and 1070, -layout: a title wider than the columns' measure, then a gap of
    # several blank lines (a photo) in its column's reading: the text after the gap does
    # not go on from the title.
    for seed, titles in (
        (110, ["王小魯:收入分配不能躺在虛假數(shù)據(jù)上分析"]),
        (1070, ["更好统筹高质量发展和高水平安全", "构建同科技创新相适应的科技金融体制"]),
    ):
        text = (HERE / f"seed{seed}.layout.pdftotext").read_text(encoding="utf-8")
        heads = {squash(a.headline.text) for a in parse_issue(text).articles if a.headline}
        assert all(squash(t) in heads for t in titles), (seed, heads)


# The rules these pages asked for, each on a page made up to show it.
_COLUMN = [  # a column of 14 characters, two paragraphs, the indent dropped (pdftotext)
    "新华社东京7月8日电（记者孙",
    "勇）气象局预测，今晚至明晨，",
    "北部及东北部降雨概率较高，中",
    "部及东部也有降雨，南部及东南",
    "部降雨概率较低，明天白天各地",
    "降雨会逐渐缓和，气温有所回升。",
    "今年以来，国际能源价格大",
    "幅上涨，煤炭、天然气、原油价",
    "格也屡创新高，国内电力和煤炭",
    "供应偏紧，多种因素导致近期部",
    "分地方出现了限电现象，对正常",
    "的生产造成了一定的影响。",
]


def test_wrapped_title_indent_and_wrapped_credit() -> None:
    (a,) = parse_issue("长江大桥将\n在九月建成\n\n" + "\n".join(_COLUMN) + "\n").articles
    assert a.headline is not None
    assert a.headline.text == "长江大桥将在九月建成"
    assert a.subtitle is None
    assert a.dateline is not None
    assert [p.name for p in a.dateline.people] == ["孙勇"]
    assert a.dateline.text == "新华社东京7月8日电（记者孙\n勇）"
    assert [p.text[:6] for p in a.paragraphs] == ["气象局预测，", "今年以来，国"]


def test_a_dateline_line_opens_a_paragraph() -> None:
    # The title is as wide as the column (the text's wrap width less two places).
    text = "吕德顺参加技术协作的故事\n" + "\n".join(_COLUMN) + "\n"
    (a,) = parse_issue(text).articles
    assert a.headline is not None
    assert a.headline.text == "吕德顺参加技术协作的故事"
    assert a.dateline is not None
    assert a.dateline.text.startswith("新华社东京7月8日电")


def test_a_cell_over_a_gutter_is_cut_at_the_space_there() -> None:
    # seed 100 in -layout: a line of the first column, long with half-width figures, comes
    # one space short of the second column's (…人口死亡 防感冒。…); read as two cells.
    text = (HERE / "seed100.layout.pdftotext").read_text(encoding="utf-8")
    reading = [ln.text for ln in build_page(text).reading]
    assert "率11.69‰,比上年下降0.75个千分点;人口死亡" in reading
    assert "防感冒。走进新疆疏附县托克扎克镇中心小学，" in reading


def test_titles_side_by_side_over_as_many_bylines() -> None:
    # seed 103, default mode: the titles of two articles side by side, then their bylines
    # (each alone, a blank line between), then the text: two articles, not a kicker and its
    # headline.
    text = (
        "装作外婆的狼掩盖不住自己的尾巴\n\n赵顶良深入\n基层三年间\n\n本报记者 马睿姗\n\n"
        "本报记者 霍小光 本报通讯员 陳婉真\n\n" + "\n".join(_COLUMN[6:]) + "\n"
    )
    arts = parse_issue(text).articles
    assert [a.headline.text if a.headline else None for a in arts] == [
        "装作外婆的狼掩盖不住自己的尾巴",
        "赵顶良深入基层三年间",
    ]
    assert [[p.name for p in a.people] for a in arts] == [["马睿姗"], ["霍小光", "陳婉真"]]
    assert all(a.kicker is None and a.subtitle is None for a in arts)
    # One byline under two title blocks: one article, kicker and headline.
    (a,) = parse_issue(text.replace("本报记者 霍小光 本报通讯员 陳婉真\n\n", "")).articles
    assert a.kicker is not None
    assert a.kicker.text == "装作外婆的狼掩盖不住自己的尾巴"
    # The first byline right under the titles (no blank line: one block of the text, as
    # corpus/generated seed 2039 reads): not the sign of titles side by side.
    (a,) = parse_issue(text.replace("基层三年间\n\n", "基层三年间\n")).articles
    assert a.kicker is not None
    assert a.kicker.text == "装作外婆的狼掩盖不住自己的尾巴"
    assert [p.name for p in a.people] == ["马睿姗", "霍小光", "陳婉真"]


def test_a_title_over_a_credit_after_a_gap_opens_an_article() -> None:
    # seeds 110, 613, 704, default mode: a title wrapped on two lines after a gap, right
    # over the dateline that opens its text, read on as the paragraph above it: the title
    # of a new article, not the end of the text above.
    body = "\n".join(_COLUMN[6:]) + "\n"
    text = (
        "长江大桥将在九月建成\n\n本报记者 马睿姗\n"
        + body
        + "\n马克龙,连任!法\n国将向何处去?\n"
        + "\n".join(_COLUMN[:6])
        + "\n"
    )
    arts = parse_issue(text).articles
    assert [a.headline.text if a.headline else None for a in arts] == [
        "长江大桥将在九月建成",
        "马克龙,连任!法国将向何处去?",
    ]
    assert [p.text[:5] for p in arts[0].paragraphs] == ["今年以来，"]
    assert arts[1].kicker is None
    assert arts[1].dateline is not None
    assert [p.name for p in arts[1].dateline.people] == ["孙勇"]
    # A line closed by a stop is the end of a paragraph, not a title.
    ended = text.replace("国将向何处去?", "国将向何处去。")
    heads = [a.headline.text if a.headline else None for a in parse_issue(ended).articles]
    assert heads == ["长江大桥将在九月建成", None]


def test_a_title_over_a_dateline_after_section_heads_opens_the_next() -> None:
    # seed 100, -layout: an article with no credit, divided by a section head, then a title
    # over a dateline (or over a byline alone on its line): a dateline opens an article's
    # first paragraph, never one inside a text begun, so the title is the next article's,
    # not a banner of the open one.
    body = "\n".join(_COLUMN[6:]) + "\n"
    text = (
        "长江大桥将在九月建成\n\n"
        + body
        + "\n勇于创新\n"
        + body
        + "\n委内瑞拉加强应对美军事威胁\n\n"
        + "\n".join(_COLUMN[:6])
        + "\n"
    )
    for page in (text, text.replace("军事威胁\n\n", "军事威胁\n\n本报记者 陈饰\n\n")):
        arts = parse_issue(page).articles
        assert [a.headline.text if a.headline else None for a in arts] == [
            "长江大桥将在九月建成",
            "委内瑞拉加强应对美军事威胁",
        ]
        assert arts[0].column is None
        assert [h.text for h in arts[0].section_heads] == ["勇于创新"]
        assert [p.name for p in arts[1].people][-1] == "孙勇"


def test_two_titles_over_two_texts_each_head_one() -> None:
    # seeds 811, 923, 967, default mode: two one-line titles side by side, read one after
    # the other, set apart; then the first one's byline and text, then a dateline opening
    # another text with no title between: two articles, each under its title in the order
    # read, not a kicker and its headline over two texts.
    body = "\n".join(_COLUMN[6:]) + "\n"
    text = (
        "长江大桥将在九月建成\n\n赵顶良深入基层三年间\n\n本报记者 马睿姗\n"
        + body
        + "\n"
        + "\n".join(_COLUMN[:6])
        + "\n"
    )
    arts = parse_issue(text).articles
    assert [a.headline.text if a.headline else None for a in arts] == [
        "长江大桥将在九月建成",
        "赵顶良深入基层三年间",
    ]
    assert all(a.kicker is None for a in arts)
    assert [[p.name for p in a.people] for a in arts] == [["马睿姗"], ["孙勇"]]
    # Three blocks, the last apart under the headline: the last one heads the second text.
    three = text.replace(
        "赵顶良深入基层三年间\n\n", "赵顶良深入基层三年间\n\n我们和新中国共成长\n\n"
    )
    arts = parse_issue(three).articles
    assert [a.headline.text if a.headline else None for a in arts] == [
        "赵顶良深入基层三年间",
        "我们和新中国共成长",
    ]
    assert arts[0].kicker is not None
    assert arts[0].kicker.text == "长江大桥将在九月建成"
    # A kicker marked by its form (the part of a series) stays the kicker.
    (a, b) = parse_issue(text.replace("长江大桥将在九月建成", "深化改革系列述评之十一")).articles
    assert a.kicker is not None
    assert a.kicker.text == "深化改革系列述评之十一"
    assert b.headline is None


def test_a_title_wrapped_after_a_clause_stop_is_one_title() -> None:
    # seed 119, -layout: a title wrapped into even lines breaks after its comma (這一回,新 /
    # 界是主角): one title, not a kicker of clauses over a shorter title; a kicker of
    # clauses is longer than its title by more than a character.
    body = "\n".join(_COLUMN[6:]) + "\n"
    (a,) = parse_issue("這一回,新\n界是主角\n\n本报记者 庞惊涛\n\n" + body).articles
    assert a.kicker is None
    assert a.headline is not None
    assert a.headline.text == "這一回,新界是主角"
    text = "上午,记者在奉贤看到市民生活如往昔\n相信上海不久会恢复热闹\n\n本报记者 庞惊涛\n\n" + body
    (b,) = parse_issue(text).articles
    assert b.kicker is not None
    assert b.kicker.text == "上午,记者在奉贤看到市民生活如往昔"


def test_a_title_and_byline_under_an_articles_text_open_the_next() -> None:
    # seed 107, default mode: the next article's title (wrapped) and byline come right
    # under the text of one with a title and no credit: a new article, not a banner
    # inside the first.
    text = (
        "长江大桥将在九月建成\n\n" + "\n".join(_COLUMN[6:]) + "\n\n委内瑞拉加强应\n对美军事威胁\n"
        "本报记者 陈饰 陈奇\n" + "\n".join(_COLUMN[6:]) + "\n"
    )
    arts = parse_issue(text).articles
    assert [a.headline.text if a.headline else None for a in arts] == [
        "长江大桥将在九月建成",
        "委内瑞拉加强应对美军事威胁",
    ]
    assert [[p.name for p in a.people] for a in arts] == [[], ["陈饰", "陈奇"]]
    assert all(a.column is None for a in arts)
    # A line set whole in round brackets under the text is no title: a closing note.
    (a,) = parse_issue(text.replace("委内瑞拉加强应\n对美军事威胁", "（北京七日电）")).articles
    assert [p.name for p in a.people] == ["陈饰", "陈奇"]


def test_titles_wrapped_side_by_side_each_open_an_article() -> None:
    # seeds 103, 508, 911, default mode: the titles of articles side by side, each wrapped
    # into even lines in its big type (大力推广“ / 以竹代塑”), read one after the other,
    # then the first one's byline and text, then the next one's: one article each, the
    # credits and texts given to them in the order of the titles.
    body = "\n".join(_COLUMN[6:]) + "\n"
    text = (
        "长江大桥将在九月建成\n\n" + body + "\n追记优秀县委书记廖俊波\n\n大力推广“\n以竹代塑”\n\n"
        "我们和新中\n国共成长\n\n新华社记者 韩钟昆 洪余庆\n\n"
        + body
        + "\n本报记者 汪晓东\n\n"
        + body
    )
    arts = parse_issue(text).articles
    assert [a.headline.text if a.headline else None for a in arts] == [
        "长江大桥将在九月建成",
        "大力推广“以竹代塑”",
        "我们和新中国共成长",
    ]
    assert arts[1].kicker is not None
    assert arts[1].kicker.text == "追记优秀县委书记廖俊波"
    assert [[p.name for p in a.people] for a in arts] == [[], ["韩钟昆", "洪余庆"], ["汪晓东"]]
    assert [len(a.paragraphs) for a in arts] == [1, 1, 1]
    # One wrapped title only: one article's title group, as before.
    one = text.replace("我们和新中\n国共成长\n\n", "")
    assert [a.headline.text if a.headline else None for a in parse_issue(one).articles][1] == (
        "大力推广“以竹代塑”"
    )


def test_a_title_broken_inside_its_quotation_marks() -> None:
    # seeds 100, 601, 612, default mode: a title in large type wraps inside its quotation
    # marks (济南起步区:“未 / 来之城”崛起成势); each line alone is unbalanced, together
    # they are the headline, over the subtitle under them.
    body = "\n".join(_COLUMN[6:] * 2) + "\n"  # (a hard-wrapped page: lines to a measure)
    text = "济南起步区:“未\n来之城”崛起成势\n田纪云吴邦国姜春云参观\n\n本报记者 陈饰\n\n" + body
    (a,) = parse_issue(text).articles
    assert a.headline is not None
    assert a.headline.text == "济南起步区:“未来之城”崛起成势"
    assert a.kicker is None
    assert a.subtitle is not None
    assert a.subtitle.text == "田纪云吴邦国姜春云参观"
    # Under the text of another article, with a blank line above: the next article.
    title = "“把保障居民安居乐\n业作为头等大事”\n本报记者 陈饰\n"
    text = "长江大桥将在九月建成\n\n" + body + "\n" + title + body
    arts = parse_issue(text).articles
    assert [a.headline.text if a.headline else None for a in arts] == [
        "长江大桥将在九月建成",
        "“把保障居民安居乐业作为头等大事”",
    ]
    # Short lines of a column narrower than the page's measure going on under the pair
    # are text (seed 610: 隨著私家車的 / 普及,更多人選擇 / 開車出行,致使道 …).
    text = (HERE / "seed610.default.pdftotext").read_text(encoding="utf-8")
    heads = {a.headline.text for a in parse_issue(text).articles if a.headline}
    assert not any("隨著私家車" in h or "小米凭借" in h for h in heads)


def test_a_line_alone_in_its_block_does_not_run_on_across_the_blank() -> None:
    # seeds 507, 509, 600, 605, default mode: a title as wide as the text's measure (or
    # wider), a block of its own, blank lines above and below: the text after the blank
    # line does not go on from it (a paragraph broken at a column's foot goes on from a
    # block of its lines, which stays so).
    body = "\n".join(_COLUMN[6:]) + "\n"
    text = "长江大桥将在九月建成\n\n" + body + "\n全国农村抓秋田管理防灾抗灾夺\n\n" + body
    (a,) = parse_issue(text).articles
    assert [p.text[:6] for p in a.paragraphs] == ["今年以来，国", "今年以来，国"]
    # A paragraph's last line at the column's foot goes on across the blank.
    text = "长江大桥将在九月建成\n\n" + "\n".join(_COLUMN[6:9]) + "\n\n" + "\n".join(_COLUMN[9:])
    (a,) = parse_issue(text + "\n").articles
    assert len(a.paragraphs) == 1


def test_a_dateline_cut_before_its_den_opens_a_row() -> None:
    # seeds 110, 506, 602, default mode: a title as wide as the column, then a dateline
    # broken off at the column's edge before its 电 (本报昆明12月21日 / 电 …): the title
    # does not run on into it; the dateline opens the text.
    body = "\n".join(_COLUMN[6:] * 2) + "\n"
    text = (
        "长江大桥将在九月建成\n\n"
        + body
        + "\n长江三峡水利枢纽工程全面建成\n本报昆明12月21日\n电 今年以来，国际能源价格大\n"
        + body
    )
    arts = parse_issue(text).articles
    assert [a.headline.text if a.headline else None for a in arts] == [
        "长江大桥将在九月建成",
        "长江三峡水利枢纽工程全面建成",
    ]
    assert arts[1].dateline is not None
    assert arts[1].dateline.text == "本报昆明12月21日\n电"
    # seed 511: the rest of the dateline alone on its line (日电（记者张云河）) joins it too.
    text = body + "\n本报郑州3月14\n日电（记者张云河）\n" + body
    dated = [a for a in parse_issue(text).articles if a.dateline is not None]
    assert [a.dateline.text for a in dated if a.dateline] == ["本报郑州3月14\n日电"]
    assert [p.name for p in dated[0].people] == ["张云河"]
    # seed 712: broken off inside the date, before its 月 (本报乌鲁木齐7 / 月20日电（记者卫琦）):
    # the title over it does not run on into it.
    a = _headed("seed712.default.pdftotext", "國民力量金文洙首爾拉票黃教安退選支持金文洙")
    assert a.dateline is not None
    assert (a.dateline.text, a.dateline.month, a.dateline.day) == ("本报乌鲁木齐7\n月20日电", 7, 20)
    assert [p.name for p in a.people] == ["卫琦"]


def test_a_page_label_over_a_title_wrapped_to_the_measure() -> None:
    # seeds 606, 608, default mode: the page's head (date line, the page's label 国际),
    # then a title wrapped to the column's measure right over its dateline: the label is
    # no kicker, the two lines are the headline (text does not stand between a title and
    # its credit, and ends with a stop).
    body = "\n".join(_COLUMN[6:] * 2) + "\n"
    text = (
        "2025年5月13日 星期四\n\n国际\n\n全国政协主席会议在北京召开讨\n论今年工作安排部署重点任务\n"
        "新华社拉萨5月12日电（记者常征）\n" + body
    )
    (a,) = parse_issue(text).articles
    assert a.headline is not None
    assert a.headline.text == "全国政协主席会议在北京召开讨论今年工作安排部署重点任务"
    assert a.kicker is None
    assert a.subtitle is None
    assert a.dateline is not None
    # seed 101: a line opening with a dash under the title is its subtitle.
    dashed = text.replace("\n论今年工作安排部署重点任务\n", "\n——论今年工作安排部署重点任\n")
    (b,) = parse_issue(dashed).articles
    assert b.headline is not None
    assert b.headline.text == "全国政协主席会议在北京召开讨"
    assert b.subtitle is not None
    assert b.subtitle.text == "——论今年工作安排部署重点任"
    # A column's name there (新华时评) is the article's column, not the page's label.
    (c,) = parse_issue(text.replace("国际", "新华时评")).articles
    assert c.column is not None
    assert c.column.text == "新华时评"
    # Without the page's head above it, a word over a title is its kicker.
    (a,) = parse_issue(text.split("\n\n", 1)[1]).articles
    assert a.kicker is not None
    assert a.kicker.text == "国际"
    # seed 500: a title broken inside its quotation marks, each line at the measure of
    # a narrow column, right over its byline.
    text = (
        "2025年9月21日 星期一\n\n政治\n\n“为全球读者展现一个立体丰富\n"
        "的中国新的面貌新的气象”\n本报记者 陈文勇\n" + body
    )
    (a,) = parse_issue(text).articles
    assert a.headline is not None
    assert a.headline.text == "“为全球读者展现一个立体丰富的中国新的面貌新的气象”"
    assert [p.name for p in a.people] == ["陈文勇"]


def test_a_title_line_a_blank_line_above_the_headline_is_its_kicker() -> None:
    # seeds 101, 108, 118, 504, default mode: two one-line titles, a blank line between
    # (the smaller kicker over the headline stands as a block of its own in pdftotext's
    # reading): kicker and headline, not headline and subtitle.
    body = "\n".join(_COLUMN[6:] * 2) + "\n"
    text = "追记优秀县委书记廖俊波\n\n中国和平统一促进会在罗成立\n本报记者 陈文勇\n" + body
    (a,) = parse_issue(text).articles
    assert (a.kicker and a.kicker.text, a.headline and a.headline.text, a.subtitle) == (
        "追记优秀县委书记廖俊波",
        "中国和平统一促进会在罗成立",
        None,
    )
    # A subtitle right under its headline is read into the headline's block (seeds 101,
    # 113, 601): headline and subtitle.
    (b,) = parse_issue(text.replace("波\n\n", "波\n")).articles
    assert b.kicker is None
    assert b.headline is not None
    assert b.headline.text == "追记优秀县委书记廖俊波"
    assert b.subtitle is not None
    assert b.subtitle.text == "中国和平统一促进会在罗成立"
    # A web copy's blank lines end its paragraphs and say nothing of the type: headline and
    # subtitle there.
    web = "追记优秀县委书记廖俊波\n\n中国和平统一促进会在罗成立\n\n本报记者 陈文勇\n\n" + "".join(
        _COLUMN[6:]
    )
    (c,) = parse_issue(web + "\n").articles
    assert c.kicker is None
    assert c.headline is not None
    assert c.headline.text == "追记优秀县委书记廖俊波"


def test_a_title_block_over_a_credit_ends_a_paragraph_read_on_across_the_blank() -> None:
    # seed 605, default mode: a paragraph broken at a column's foot (…党的十八大) goes on
    # across the blank line, but the block under it, right over a byline, is the next
    # article's title (…以来 goes on after the byline).
    a = _headed("seed605.default.pdftotext", "习近平抵达金奈与印度总理莫迪举行会见")
    assert [p.name for p in a.people] == ["徐靖", "吴骅"]
    assert a.paragraphs[0].text.startswith("以来，习近平总书记高度重视")
    other = {
        p.text[-8:] for b in parse_issue(_page("seed605.default")).articles for p in b.paragraphs
    }
    assert not any("举行会见" in t for t in other)


def test_a_page_of_narrow_columns_is_hard_wrapped() -> None:
    # seeds 117 and 711, default mode: eight columns of nine characters a line; the page
    # wraps at that measure (lines of eight characters and more tell it), and its titles
    # stand out of the text (本报拉萨11月20 / 日电 under 中国科技活力奔涌).
    page = build_page(_page("seed117.default"))
    assert (page.shape, page.wrap_width) == ("hard-wrapped", 17)
    a = _headed("seed117.default.pdftotext", "中国科技活力奔涌")
    assert a.dateline is not None
    assert a.dateline.text == "本报拉萨11月20\n日电"
    assert build_page(_page("seed711.default")).shape == "hard-wrapped"
    # A web page's menu of the edition's pages (第01版:要闻 …, ten lines of one width) is
    # no narrow column: the page keeps one paragraph a line.
    web = HERE.parent / "web" / "dev4" / "zhoukou-wanbao-2008-10-08-03.txt"
    assert build_page(web.read_text(encoding="utf-8")).shape == "paragraph-per-line"


def test_a_heading_under_text_broken_off_is_no_section_head() -> None:
    # seeds 104, 105, default mode: a title over other columns read in between the lines of
    # a column whose paragraph breaks off at the measure (…东部 / title / 部分地区…): the
    # headline of an article, not a section head of the text above (a section head stands
    # between two paragraphs, under one that ends).
    a = _headed("seed105.default.pdftotext", "广东经济季度观丨南方+编委会一周荐读")
    assert a.paragraphs[0].text.startswith("部分地区10~12℃")
    body = "\n".join(_COLUMN[6:] * 2) + "\n"
    broken = "\n".join(_COLUMN[6:11]) + "\n\n全国农村抓秋田管理\n\n" + "\n".join(_COLUMN[11:])
    text = "长江大桥将在九月建成\n\n" + body * 2 + broken + "\n" + body
    heads = [a.headline.text if a.headline else None for a in parse_issue(text).articles]
    assert heads == ["长江大桥将在九月建成", "全国农村抓秋田管理"]
    # Under a paragraph that ends: the section head of its text.
    (b,) = parse_issue(text.replace("对正常\n", "对正。\n")).articles
    assert [h.text for h in b.section_heads] == ["全国农村抓秋田管理"]


def test_a_title_wrapped_after_its_first_clause() -> None:
    # seeds 613, 700, 706, default mode: 回望“十四五”， / 想起总书记这句话, a title wrapped
    # after the comma of its first clause (a title's line ends with a comma only there):
    # one headline, not a line of text over a title.
    body = "\n".join(_COLUMN[6:] * 2) + "\n"
    text = "回望“十四五”，\n想起总书记这句话\n\n新华社记者 庄庆鸿\n\n" + body
    (a,) = parse_issue(text).articles
    assert a.headline is not None
    assert a.headline.text == "回望“十四五”，想起总书记这句话"
    assert a.subtitle is None
    assert [p.name for p in a.people] == ["庄庆鸿"]
    # Two clauses on the second line: text, not a title.
    (b,) = parse_issue(text.replace("这句话", "这句话，记者")).articles
    assert b.headline is None or "回望" not in b.headline.text


def test_a_line_over_a_narrower_column_does_not_run_on_into_it() -> None:
    # seed 702, default mode: a title set across columns, a line wider than the page's
    # measure at the top of its block, right over a column's text at the measure: the
    # headline, not the first line of that text's paragraph.
    a = _headed("seed702.default.pdftotext", "名为“先学后付”实为“先学后债”")
    assert a.paragraphs[0].text.startswith("天津市第一中级人民法院认为")
    rows = [[p.text for p in r.pieces] for r in iter_rows(build_page(_page("seed702.default")))]
    assert ["名为“先学后付”实为“先学后债”"] in rows


def _page(stem: str) -> str:
    return (HERE / f"{stem}.pdftotext").read_text(encoding="utf-8")


def _headed(name: str, headline: str) -> Article:
    """The one article of the page ``name`` (in this folder) under ``headline``."""
    text = (HERE / name).read_text(encoding="utf-8")
    (a,) = [x for x in parse_issue(text).articles if x.headline and x.headline.text == headline]
    return a


def test_a_title_over_a_byline_in_a_column_of_a_layout_page() -> None:
    # seed 962, -layout: in its column a title wrapped on two lines after a gap, right over
    # the byline of its article (中医药管理局 / :熊胆入药尚 / 本报记者 徐馨 本报通讯员 吴骅),
    # read on as the text of the article above: the title of the article that byline opens.
    a = _headed("seed962.layout.pdftotext", "中医药管理局:熊胆入药尚")
    assert [p.name for p in a.people] == ["徐馨", "吴骅"]
    b = _headed("seed962.layout.pdftotext", "流动的艺术，联动的长三角")
    assert b.people == ()


def test_wrapped_titles_in_one_column_of_a_layout_page() -> None:
    # seed 606, -layout: a kicker wrapped over its headline in one column (去年事故涉 /
    # 軟件供應商 over 我们伟大 / 的祖国, both starting at one place): one title group, the
    # block of longer lines (smaller type over the same width) the kicker.
    a = _headed("seed606.layout.pdftotext", "我们伟大的祖国")
    assert a.kicker is not None
    assert a.kicker.text == "去年事故涉軟件供應商"
    assert a.dateline is not None
    assert a.dateline.text.startswith("本报武汉5月12日电")
    # seed 910, -layout: the subtitle wrapped under its headline (我们伟大 / 的祖国 over
    # 在南方日报 / 的一百天, two places in): one group, not two articles side by side.
    b = _headed("seed910.layout.pdftotext", "我们伟大的祖国")
    assert b.subtitle is not None
    assert b.subtitle.text == "在南方日报的一百天"
    assert b.dateline is not None


def test_own_dateline_bracket_wrapped_inside_a_label() -> None:
    # seed 105, default mode: the reporters' bracket of a 本报 dateline wrapped inside 记者,
    # and (seed 109) before its closing bracket.
    a = _headed("seed105.default.pdftotext", "加快投资体制改革")
    assert a.dateline is not None
    assert a.dateline.text == "本报福州8月5日电"
    assert [(p.name, p.role) for p in a.people] == [("杨孝慈", "reporter")]
    assert a.paragraphs[0].text.startswith("健全社会治理体")
    a = _headed("seed109.default.pdftotext", "绵延三十年剪不断的情缘")
    assert a.dateline is not None
    assert a.dateline.text == "本报杭州7月15日电"
    assert [(p.name, p.role) for p in a.people] == [("杨丽娟", "reporter")]


def test_a_dateline_broken_off_at_the_column_edge() -> None:
    # seed 110, default mode: 本报石家庄7月2 / 7日电（记者干海兵、/ 杨兆波）这是个大村…: the
    # first line is short of the measure (its figures are narrow) and is no heading.
    text = (HERE / "seed110.default.pdftotext").read_text(encoding="utf-8")
    (a,) = [a for a in parse_issue(text).articles if a.dateline and "石家庄" in a.dateline.text]
    assert a.dateline is not None
    assert a.dateline.text == "本报石家庄7月2\n7日电"
    assert (a.dateline.place, a.dateline.month, a.dateline.day) == ("石家庄", 7, 27)
    assert [p.name for p in a.people] == ["干海兵", "杨兆波"]
    assert a.paragraphs[0].text.startswith("这是个大村")
    # seed 111: a wire dateline broken off the same way (新华社南京1月13 / 日电 如何看待…).
    text = (HERE / "seed111.default.pdftotext").read_text(encoding="utf-8")
    (b,) = [a for a in parse_issue(text).articles if a.dateline and "南京" in a.dateline.text]
    assert b.dateline is not None
    assert b.dateline.text == "新华社南京1月13\n日电"
    assert (b.dateline.agency, b.dateline.place, b.dateline.day) == ("新华社", "南京", 13)
    assert b.paragraphs[0].text.startswith("如何看待前三季度主要金融数据变化")
    # Text that only looks cut (no 电 over the break) stays text.
    (c,) = parse_issue(
        "淮北发现新煤田\n本报南京1月13\n日下午召开会议，研究\n部署全年工作。\n"
    ).articles
    assert c.dateline is None


def test_a_title_wrapped_in_even_lines_over_its_subtitle() -> None:
    # seeds 110, 504, default mode: one block of title lines over the byline, a title
    # wrapped into lines of even length (无声的 / 灯塔: every line as many characters as the
    # first, the last no more) then lines of another length: the headline and its subtitle,
    # not one narrow title, nor a kicker over the middle line.
    body = "\n".join(_COLUMN[6:] * 2) + "\n"
    text = "无声的\n灯塔\n口述历史\n记录成长\n本报记者 陈饰\n\n" + body
    (a,) = parse_issue(text).articles
    assert a.headline is not None
    assert a.subtitle is not None
    assert (a.kicker, a.headline.text, a.subtitle.text) == (None, "无声的灯塔", "口述历史记录成长")
    text = "美报报道:美新闻界检\n讨对北京动乱的报道\n在南方日报的一百天\n\n本报记者 陈饰\n\n" + body
    (a,) = parse_issue(text).articles
    assert a.headline is not None
    assert a.subtitle is not None
    assert (a.kicker, a.headline.text) == (None, "美报报道:美新闻界检讨对北京动乱的报道")
    assert a.subtitle.text == "在南方日报的一百天"
    # A title set in a narrow column, broken at its phrases, stays one title.
    text = "市十七届\n人大五次会议\n主席团召开\n第四次会议\n本报记者 陈饰\n\n" + body
    (a,) = parse_issue(text).articles
    assert a.headline is not None
    assert a.headline.text == "市十七届人大五次会议主席团召开第四次会议"


def test_a_title_block_short_of_the_measure_is_no_paragraph() -> None:
    # seeds 106, 111, 511, 607, 717, 805, default mode: a title wrapped in its large type
    # into a block of two lines standing apart, each short of the measure by about an
    # indent, under the text of another article: the next article's title, not a
    # paragraph of that text going on across the blank line, nor a section head of it (a
    # section head is a line of its own).
    body = "\n".join(_COLUMN[6:] * 2) + "\n"
    title = "美苏两国外长二十二日开始\n会谈并发表联合新闻公报\n\n"
    text = "长江大桥将在九月建成\n\n" + body + "\n" + title + body
    arts = parse_issue(text).articles
    assert [a.headline.text if a.headline else None for a in arts] == [
        "长江大桥将在九月建成",
        "美苏两国外长二十二日开始会谈并发表联合新闻公报",
    ]
    assert [len(a.paragraphs) for a in arts] == [2, 2]
    assert all(not a.section_heads for a in arts)
    # With a clause break in it, the block is running text (a narrow column's lines).
    clause = text.replace("会谈并发表", "会谈，发表")
    (a,) = parse_issue(clause).articles
    assert a.headline is not None
    assert a.headline.text == "长江大桥将在九月建成"
    # One line between paragraphs stays the text's section head.
    one = text.replace(title, "全国农村抓秋田管理\n\n")
    (a,) = parse_issue(one).articles
    assert [h.text for h in a.section_heads] == ["全国农村抓秋田管理"]


def test_layout_title_lines_side_by_side_are_two_titles() -> None:
    # seeds 112, 816, -layout: a title over the left columns and, a line lower, the first
    # line of a narrow article's title far to the right: read one after the other, they
    # are not one title (a title's lines stand one under another in its column).
    a = _headed("seed112.layout.pdftotext", "這一回,新界是主角")
    assert [p.name for p in a.people] == ["罗娜"]
    assert a.headline is not None
    assert a.headline.text == "這一回,新界是主角"


def test_layout_title_over_the_columns_it_heads() -> None:
    # seed 116, -layout: a title in large type over two columns seems to stand over the
    # second only (its characters take one place each); the columns' text starts on the
    # line under it in both: it is read before them, the headline of their article.
    a = _headed("seed116.layout.pdftotext", "吕德顺参加技术协作的故事")
    assert a.dateline is not None
    assert a.dateline.text.startswith("新华社银川10月18日电")
    reading = [ln.text for ln in build_page(_page("seed116.layout")).reading if ln.text]
    k = reading.index("吕德顺参加技术协作的故事")
    assert reading[k + 1] == "新华社银川10月18日电（记者"


def test_layout_titles_side_by_side_over_one_group_of_columns() -> None:
    # seed 605, -layout: two articles' titles over columns whose text starts on one line,
    # their lines alternating (首都万余大学毕业 / “为老百姓…用 + 生走向工作岗位 / …): each
    # title is read whole, with its byline, before the columns under it.
    reading = [ln.text.strip() for ln in build_page(_page("seed605.layout")).reading if ln.text]
    k = reading.index("首都万余大学毕业")
    assert reading[k + 1 : k + 3] == ["生走向工作岗位", "本报记者 徐馨"]
    j = reading.index("“为老百姓提供用得上、用")
    assert reading[j + 1] == "得起、用得好的信息服务”"
    a = _headed("seed605.layout.pdftotext", "首都万余大学毕业生走向工作岗位")
    assert [p.name for p in a.people] == ["徐馨"]


def test_layout_a_wide_band_parts_a_column_from_titles_beside_it() -> None:
    # seed 703, -layout: two titles over the left of the page and, far to the right on the
    # same lines, the title of a one-column article (裂缝护坡 / 墙已修复) over its text: the
    # band between is blank on every line and wider than a column, so they are read apart
    # (line by line they were read as one line each), each title whole with its own lines.
    reading = [ln.text.strip() for ln in build_page(_page("seed703.layout")).reading if ln.text]
    k = reading.index("獨立特派員:小美離職記")
    assert reading[k + 1 : k + 3] == ["在南方日报的一百天", "本报记者 刘金辉"]
    j = reading.index("裂缝护坡")
    assert reading[j + 1 : j + 5] == ["墙已修复", "在南方日报", "的一百天", "新华社乌鲁木齐5月4日"]
    a = _headed("seed703.layout.pdftotext", "裂缝护坡墙已修复")
    assert a.paragraphs


def test_a_dateline_bracket_on_the_line_under_it() -> None:
    # seed 105, default mode: the dateline ends its line, the reporters' bracket opens the
    # next (新华社石家庄8月5日电 / （记者孙勇 沈小晓）气象…): the dateline's people.
    text = _page("seed105.default")
    (a,) = [a for a in parse_issue(text).articles if a.dateline and "石家庄" in a.dateline.text]
    assert a.dateline is not None
    assert [p.name for p in a.dateline.people] == ["孙勇", "沈小晓"]
    assert a.paragraphs[0].text.startswith("气象局预测")
    # seed 116, -layout: the bracket opened with its label on the dateline's line, the
    # names on the column's next line, after other columns' cells in the page's text.
    b = _headed("seed116.layout.pdftotext", "吕德顺参加技术协作的故事")
    assert [p.name for p in b.people] == ["骆珺", "刘国华"]
    assert b.paragraphs[0].text.startswith("我们党诞生于国家")


def test_a_title_wrapped_at_a_narrow_columns_measure_is_one_title() -> None:
    # seed 1066, default mode: a title in a column as narrow as its line, wrapped at that
    # measure (构建同科技创新相适 / 应的科技金融体制, lines as wide as the body's): its last line
    # is a character short of the first, so it is one title, not a title and its subtitle
    # (which may both fill the column: tests/test_segment_columns).
    text = (HERE / "seed1066.default.pdftotext").read_text(encoding="utf-8")
    arts = [a for a in parse_issue(text).articles if a.headline]
    (a,) = [a for a in arts if a.headline and a.headline.text.startswith("构建")]
    assert a.headline is not None
    assert a.headline.text == "构建同科技创新相适应的科技金融体制"
    assert a.subtitle is None
    assert [p.name for p in a.people] == ["李刚", "赵景锋"]


def test_an_own_tags_bracket_on_the_line_under_it() -> None:
    # seed 702, default mode: the own-copy tag fills its line (本报沈阳9月7日电) and the
    # reporters' bracket opens the next (（记者徐靖）加强…): the bracket goes on at the
    # column's next line, as a dateline's does; its names are the tag's.
    text = (HERE / "seed702.default.pdftotext").read_text(encoding="utf-8")
    (a,) = [
        a for a in parse_issue(text).articles if a.headline and a.headline.text == "吴数德夺得金牌"
    ]
    assert [p.name for p in a.people] == ["徐靖"]
    assert a.paragraphs[0].text.startswith("加强知识产权司法保护")


def test_title_lines_right_over_a_wrapped_dateline_are_the_title() -> None:
    # seed 705, default mode: a title and its dash-led subtitle, then a dateline wrapped at
    # its column's edge (新华社布鲁塞尔 / 7月1日电（记者吴骅、 / 刘小明）…), with no blank line
    # between: a dateline opens the first paragraph under the title, so the unpunctuated
    # lines above it are the title, not text running on into it.
    text = (HERE / "seed705.default.pdftotext").read_text(encoding="utf-8")
    heads = {a.headline.text: a for a in parse_issue(text).articles if a.headline}
    a = heads["王沪宁主持召开全国政协主席会议"]
    assert a.subtitle is not None
    assert a.subtitle.text == "——南粤沿海农村专业技术研究会扫瞄"
    assert [p.name for p in a.people] == ["吴骅", "刘小明"]


def test_a_title_broken_inside_its_quotation_marks_over_a_wrapped_subtitle() -> None:
    # seeds 972, 1066, default mode: the title that wraps inside its quotation marks is set
    # in the biggest type, the headline's; the two short lines under it are its subtitle,
    # wrapped, not a headline and a subtitle under a kicker.
    body = "\n".join(_COLUMN[6:] * 2) + "\n"
    text = "井盖“张\n大口”\n在南方日报\n的一百天\n\n本报记者 陈饰\n\n" + body
    (a,) = parse_issue(text).articles
    assert a.kicker is None
    assert a.headline is not None
    assert a.headline.text == "井盖“张大口”"
    assert a.subtitle is not None
    assert a.subtitle.text == "在南方日报的一百天"


def test_a_couplet_title_over_two_lines_is_one_headline() -> None:
    # seeds 716, 910, 1112, default mode: a headline of two parallel halves, one a line, as
    # many characters each and closed by the same quotation mark (名为“先学后付” / 实为“先学
    # 后债”): one headline, not a headline and its subtitle.
    body = "\n".join(_COLUMN[6:] * 2) + "\n"
    text = "名为“先学后付”\n实为“先学后债”\n\n本报记者 陈饰\n\n" + body
    (a,) = parse_issue(text).articles
    assert a.headline is not None
    assert a.headline.text == "名为“先学后付”实为“先学后债”"
    assert a.subtitle is None
    # Lines of other lengths stay a title and its subtitle.
    text = "名为“先学后付”\n实为“先学后债”的新套路\n\n本报记者 陈饰\n\n" + body
    (a,) = parse_issue(text).articles
    assert a.headline is not None
    assert a.headline.text == "名为“先学后付”"


def test_a_title_wrapped_before_its_colon_is_one_title() -> None:
    # seeds 962, 971, 1063, 1064, default mode: the text layer wraps a title before its
    # colon (中医药管理局 / :熊胆入药尚); no line opens with a colon, so the second line is
    # the rest of the first: one headline, over the next article's text.
    body = "\n".join(_COLUMN[6:] * 2) + "\n"
    text = "长江大桥将在九月建成\n\n" + body + "\n中医药管理局\n:熊胆入药尚\n\n" + body
    arts = parse_issue(text).articles
    assert [a.headline.text if a.headline else None for a in arts] == [
        "长江大桥将在九月建成",
        "中医药管理局:熊胆入药尚",
    ]
    assert arts[1].paragraphs[0].text.startswith("今年以来")


def test_of_two_titles_the_one_right_over_a_credit_heads_its_text() -> None:
    # seed 1103, default mode: two titles of a row read one after the other, the second in
    # one block with the dated credit under it (no blank line between), then that text, then
    # another text opened by a dateline with no title: the title right over the credit was
    # read down its own column into its text; the one set apart above heads the other.
    body = "\n".join(_COLUMN[6:]) + "\n"
    text = (
        "长江大桥将在九月建成\n\n赵顶良深入基层三年间\n本报记者 马睿姗\n"
        + body
        + "\n"
        + "\n".join(_COLUMN[:6])
        + "\n"
    )
    arts = parse_issue(text).articles
    assert [a.headline.text if a.headline else None for a in arts] == [
        "赵顶良深入基层三年间",
        "长江大桥将在九月建成",
    ]
    assert [[p.name for p in a.people] for a in arts] == [["马睿姗"], ["孙勇"]]


# Floors just under the figures of the code they were last measured on (see the history of
# this file for the figures before each rule).
# Before any rule for these pages (code of a26921c): dev default head_r 0.267 head_p 0.271
# names_p 0.214 names_r 0.133 date_r 0.243 count 0.988 whole 0.575; dev layout 0.116 0.102
# 0.143 0.067 0.000 1.140 0.286; held-out default 0.291 0.372 0.318 0.255 0.105 0.782 0.422;
# held-out layout 0.127 0.125 0.258 0.145 0.000 1.018 0.216.
# After the rules of h/bstext (held-out scored once, at the end): dev default 0.349 0.353
# 0.274 0.189 0.351 0.988 0.708; dev layout 0.151 0.129 0.209 0.100 0.027 1.174 0.365;
# held-out default 0.364 0.444 0.364 0.291 0.158 0.818 0.556; held-out layout 0.164 0.164
# 0.323 0.182 0.000 1.000 0.241.
# heldout2 (seeds 600-615, made and scored on the code of 9ef7618 before any rule): default
# 0.337 0.439 0.446 0.299 0.175 0.767 0.665; layout 0.174 0.214 0.255 0.124 0.125 0.814 0.326.
# After the rules of h/bs2 (heldout2 scored once, at the end): dev default 0.372 0.368 0.342
# 0.289 0.378 1.012 0.708; dev layout 0.151 0.129 0.205 0.100 0.027 1.174 0.368; heldout
# (500-511, development data since heldout2) default 0.364 0.444 0.380 0.345 0.211 0.818
# 0.556; heldout layout 0.164 0.164 0.303 0.182 0.000 1.000 0.246; heldout2 default 0.395
# 0.453 0.462 0.371 0.325 0.872 0.668; heldout2 layout 0.174 0.214 0.255 0.124 0.125 0.814
# 0.326. After the -layout reading of h/bslay (the character grid, alternate lines, rows of
# articles, headings over columns): dev layout 0.395 0.366 0.491 0.311 0.297 1.081 0.737;
# heldout layout 0.382 0.500 0.467 0.382 0.211 0.764 0.582; heldout2 layout 0.291 0.379
# 0.410 0.258 0.150 0.767 0.730 (default mode unchanged).
# After the rules of h/bsdef (round five; heldout3 not scored by it): dev default 0.500
# 0.462 0.468 0.400 0.541 1.081 0.714; heldout default 0.436 0.490 0.442 0.418 0.211 0.891
# 0.569; heldout2 default 0.523 0.556 0.543 0.454 0.450 0.942 0.689; layout: dev 0.174
# 0.144 0.250 0.122 0.054 1.209 0.368, heldout 0.182 0.179 0.364 0.218 0.000 1.018 0.246,
# heldout2 0.198 0.230 0.298 0.144 0.125 0.860 0.332.
# Both merged (round five, before heldout3 was scored): dev default 0.500 0.537 0.468 0.400
# 0.541 0.930 0.717; dev layout 0.453 0.398 0.561 0.356 0.351 1.140 0.737; heldout default
# 0.436 0.490 0.442 0.418 0.211 0.891 0.569; heldout layout 0.455 0.556 0.600 0.491 0.211
# 0.818 0.582; heldout2 default 0.523 0.556 0.543 0.454 0.450 0.942 0.689; heldout2 layout
# 0.360 0.431 0.475 0.299 0.175 0.837 0.764.
# heldout3 (seeds 700-723, made at the start of round five and scored on its code before any
# rule: default 0.271 0.194 0.177 0.153 0.057 1.398 0.584; layout 0.169 0.165 0.224 0.145
# 0.029 1.025 0.379), scored once at the end of the round with every branch merged: default
# 0.356 0.321 0.276 0.244 0.143 1.110 0.606; layout 0.322 0.248 0.367 0.275 0.200 1.297 0.593.
# heldout4 (seeds 800-823, made at the start of round six and scored on its code, 82e8666,
# before any rule): default 0.418 0.440 0.362 0.313 0.315 0.951 0.566; layout 0.336 0.380
# 0.427 0.284 0.204 0.885 0.677.
# After the rules of h/bstext3 (round six; heldout4 scored once, at the end): dev default
# 0.605 0.712 0.544 0.478 0.595 0.849 0.771; dev layout 0.605 0.642 0.684 0.433 0.351 0.942
# 0.759; heldout default 0.618 0.680 0.615 0.582 0.368 0.909 0.690; heldout layout 0.527
# 0.644 0.711 0.582 0.316 0.818 0.728; heldout2 default 0.628 0.684 0.667 0.557 0.525 0.919
# 0.748; heldout2 layout 0.430 0.507 0.541 0.340 0.200 0.849 0.820; heldout3 default 0.517
# 0.635 0.412 0.374 0.171 0.814 0.724; heldout3 layout 0.390 0.455 0.490 0.366 0.229 0.856
# 0.676; heldout4 default 0.516 0.558 0.441 0.388 0.426 0.926 0.630; heldout4 layout 0.410
# 0.431 0.438 0.291 0.259 0.951 0.778.
# heldout5 (seeds 900-923, made at the start of round seven and scored on its code, fbd9a06,
# before any rule): default 0.579 0.667 0.536 0.496 0.531 0.868 0.688; layout 0.488 0.527
# 0.533 0.412 0.306 0.926 0.804.
# After the rules of h/bstext4 (round seven; heldout5 scored at the end, then again after
# the gutter rule was taken back, see CHANGELOG): dev default 0.628 0.740 0.570 0.500 0.595
# 0.849 0.771; dev layout 0.605 0.642 0.684 0.433 0.351 0.942 0.759; heldout default 0.636
# 0.700 0.615 0.582 0.421 0.909 0.690; heldout layout 0.527 0.644 0.711 0.582 0.316 0.818
# 0.728; heldout2 default 0.651 0.709 0.679 0.567 0.525 0.919 0.748; heldout2 layout 0.430
# 0.507 0.541 0.340 0.200 0.849 0.820; heldout3 default 0.551 0.677 0.454 0.412 0.171 0.814
# 0.724; heldout3 layout 0.398 0.465 0.510 0.382 0.229 0.856 0.676; heldout4 default 0.541
# 0.584 0.492 0.433 0.444 0.926 0.630; heldout4 layout 0.426 0.448 0.461 0.306 0.259 0.951
# 0.778; heldout5 default 0.603 0.695 0.555 0.513 0.571 0.868 0.688; heldout5 layout 0.496
# 0.536 0.533 0.412 0.306 0.926 0.804.
# heldout6 (seeds 950-973, made at the start of round eight and scored on its code, 9bf241c,
# before any rule): default 0.558 0.606 0.448 0.392 0.333 0.920 0.637; layout 0.513 0.542
# 0.602 0.442 0.244 0.947 0.770.
# After the rules of h/bstext5 (round eight; heldout6 scored once, at the end): dev default
# 0.674 0.784 0.595 0.522 0.649 0.860 0.771; dev layout 0.616 0.654 0.702 0.444 0.351 0.942
# 0.759; heldout default 0.655 0.720 0.635 0.600 0.421 0.909 0.690; heldout layout 0.527
# 0.644 0.711 0.582 0.316 0.818 0.728; heldout2 default 0.686 0.728 0.679 0.567 0.575 0.942
# 0.748; heldout2 layout 0.453 0.534 0.541 0.340 0.250 0.849 0.820; heldout3 default 0.576
# 0.660 0.479 0.435 0.229 0.873 0.724; heldout3 layout 0.407 0.475 0.531 0.397 0.229 0.856
# 0.676; heldout4 default 0.598 0.589 0.483 0.425 0.426 1.016 0.630; heldout4 layout 0.443
# 0.466 0.494 0.328 0.259 0.951 0.778; heldout5 default 0.669 0.730 0.609 0.563 0.571 0.917
# 0.688; heldout5 layout 0.496 0.536 0.533 0.412 0.306 0.926 0.804; heldout6 default 0.602
# 0.624 0.467 0.408 0.400 0.965 0.637; heldout6 layout 0.558 0.589 0.625 0.458 0.289 0.947
# 0.770.
# With main's byline rules merged after that scoring (h/bylines1): heldout6 default 0.602
# 0.618 0.458 0.408 0.400 0.973 0.632; layout 0.558 0.583 0.625 0.458 0.289 0.956 0.765.
# heldout7 (seeds 1000-1023, made at the start of round nine and scored on its code, 80a2876,
# before any rule): default 0.495 0.545 0.414 0.380 0.391 0.910 0.646; layout 0.378 0.416
# 0.443 0.324 0.283 0.910 0.766.
# After the rules of h/bstext6 (round nine; heldout7 scored once, at the end): dev default
# 0.698 0.800 0.573 0.522 0.649 0.872 0.771; dev layout 0.628 0.675 0.694 0.478 0.378 0.930
# 0.765; heldout default 0.673 0.740 0.635 0.600 0.421 0.909 0.690; heldout layout 0.527
# 0.644 0.711 0.582 0.316 0.818 0.733; heldout2 default 0.698 0.732 0.679 0.567 0.575 0.953
# 0.748; heldout2 layout 0.453 0.520 0.532 0.340 0.250 0.872 0.820; heldout3 default 0.585
# 0.663 0.479 0.435 0.229 0.881 0.726; heldout3 layout 0.407 0.480 0.531 0.397 0.229 0.847
# 0.678; heldout4 default 0.607 0.587 0.483 0.425 0.426 1.033 0.630; heldout4 layout 0.451
# 0.470 0.500 0.336 0.259 0.959 0.781; heldout5 default 0.669 0.723 0.604 0.563 0.571 0.926
# 0.688; heldout5 layout 0.512 0.549 0.553 0.437 0.347 0.934 0.806; heldout6 default 0.602
# 0.618 0.445 0.408 0.400 0.973 0.632; heldout6 layout 0.566 0.593 0.637 0.483 0.311 0.956
# 0.770; heldout7 default 0.495 0.539 0.420 0.389 0.413 0.919 0.646; heldout7 layout 0.378
# 0.416 0.443 0.324 0.283 0.910 0.766.
# heldout8 (seeds 1050-1073, made at the start of round ten and scored on its code, 287e18f,
# before any rule): default 0.582 0.587 0.519 0.487 0.540 0.991 0.598; layout 0.518 0.543
# 0.667 0.478 0.320 0.955 0.738.
# After the rules of h/bstext7 (round ten, main merged; heldout8 scored once, at the end):
# dev default 0.709 0.813 0.583 0.544 0.676 0.872 0.771; dev layout 0.651 0.683 0.726
# 0.500 0.405 0.953 0.765; heldout default 0.691 0.760 0.667 0.655 0.421 0.909 0.690;
# heldout layout 0.545 0.652 0.756 0.618 0.316 0.836 0.733; heldout2 default 0.709 0.744
# 0.679 0.567 0.600 0.953 0.748; heldout2 layout 0.465 0.519 0.565 0.361 0.250 0.895
# 0.820; heldout3 default 0.653 0.720 0.555 0.504 0.314 0.907 0.729; heldout3 layout 0.407
# 0.475 0.531 0.397 0.229 0.856 0.678; heldout4 default 0.672 0.646 0.568 0.500 0.500
# 1.041 0.630; heldout4 layout 0.475 0.496 0.500 0.336 0.296 0.959 0.781; heldout5 default
# 0.702 0.752 0.622 0.580 0.612 0.934 0.688; heldout5 layout 0.521 0.553 0.564 0.445 0.347
# 0.942 0.806; heldout6 default 0.637 0.643 0.482 0.442 0.422 0.991 0.637; heldout6 layout
# 0.593 0.615 0.681 0.517 0.333 0.965 0.770; heldout7 default 0.505 0.544 0.450 0.417
# 0.413 0.928 0.646; heldout7 layout 0.387 0.417 0.443 0.324 0.304 0.928 0.766; heldout8
# default 0.627 0.622 0.557 0.522 0.580 1.009 0.598; heldout8 layout 0.527 0.547 0.691
# 0.496 0.320 0.964 0.740.
# heldout8L (seeds 1100-1123, made at the start of round ten for the ``-layout`` work of
# h/bslayout1 and scored on its code, 6957c27, before any rule): default 0.556 0.622 0.516
# 0.455 0.400 0.894 0.670; layout 0.394 0.471 0.418 0.266 0.300 0.838 0.747.
# After the rules of h/bslayout1 (round ten, -layout reading; main b91dcc8 merged; heldout8L
# scored once, at the end): default mode unchanged on every split; layout: dev and heldout
# unchanged; heldout2 0.523 0.562 0.641 0.423 0.250 0.930 0.823; heldout3 0.483 0.538 0.626
# 0.473 0.257 0.898 0.685; heldout4 0.508 0.512 0.556 0.410 0.259 0.992 0.783; heldout5 0.562
# 0.586 0.583 0.471 0.408 0.959 0.813; heldout6 0.584 0.611 0.652 0.500 0.356 0.956 0.773;
# heldout7 0.396 0.436 0.494 0.361 0.304 0.910 0.771; heldout8L default 0.556 0.622 0.516
# 0.455 0.400 0.894 0.670; heldout8L layout 0.451 0.512 0.457 0.301 0.333 0.880 0.739 (its
# whole-paragraph share fell from 0.747: floor 0.73).
# Merged in round ten (h/bstext7 and h/bslayout1 together, 2dd8c73): each floor the lower of
# the two branches', and heldout8 / heldout8L at the merged figures: heldout8 default 0.627
# 0.622 0.557 0.522 0.580 1.009 0.598, layout 0.555 0.565 0.716 0.513 0.340 0.982 0.748;
# heldout8L default 0.613 0.669 0.524 0.462 0.500 0.915 0.670, layout 0.486 0.539 0.500
# 0.329 0.383 0.901 0.739 (each split unseen by the other branch's rules).
# heldout9L (seeds 1200-1223, made at the start of round eleven for the ``-layout`` work of
# h/bslayout2 and scored on its code, 1eccbc1, before any rule): default 0.700 0.695 0.628
# 0.609 0.519 1.008 0.680; layout 0.554 0.600 0.657 0.519 0.288 0.923 0.747.
# After the rules of h/bslayout2 (round eleven, -layout reading; main 86c36eb merged;
# heldout9L scored once, at the end): default mode unchanged on every split; layout: dev
# 0.674 0.699 0.758 0.522 0.432 0.965 0.778; heldout 0.582 0.681 0.783 0.655 0.316 0.855
# 0.746; heldout2 0.558 0.578 0.662 0.443 0.275 0.965 0.823; heldout3 0.534 0.553 0.644
# 0.511 0.257 0.966 0.691; heldout4 0.533 0.533 0.545 0.410 0.296 1.000 0.785; heldout5
# 0.570 0.590 0.594 0.479 0.408 0.967 0.813; heldout6 0.628 0.645 0.696 0.533 0.422 0.973
# 0.775; heldout7 0.405 0.437 0.494 0.361 0.326 0.928 0.755 (whole fell from 0.771: floor
# 0.75); heldout8 0.600 0.595 0.707 0.513 0.380 1.009 0.774; heldout8L 0.500 0.555 0.500
# 0.329 0.400 0.901 0.757; heldout9L default 0.700 0.695 0.628 0.609 0.519 1.008 0.680;
# heldout9L layout 0.569 0.612 0.676 0.534 0.288 0.931 0.769.
# heldout9 (seeds 1150-1173, made at the start of round eleven and scored on its code,
# 1eccbc1, before any rule): default 0.658 0.647 0.492 0.457 0.405 1.017 0.800; layout 0.547
# 0.525 0.623 0.471 0.262 1.043 0.776.
# After the rules of h/bstext8 (round eleven, default mode; main 86c36eb merged; heldout9
# scored once, at the end): dev default 0.721 0.827 0.595 0.556 0.676 0.872 0.771; heldout
# default 0.709 0.780 0.673 0.673 0.421 0.909 0.690, layout 0.564 0.674 0.756 0.618 0.316
# 0.836 0.733; heldout2 default 0.709 0.744 0.667 0.639 0.600 0.953 0.748, layout 0.535
# 0.568 0.696 0.495 0.250 0.942 0.823; heldout3 default 0.678 0.741 0.581 0.550 0.343 0.915
# 0.731, layout 0.517 0.565 0.663 0.511 0.286 0.915 0.685; heldout4 default 0.680 0.654
# 0.557 0.507 0.500 1.041 0.630, layout 0.533 0.537 0.553 0.425 0.296 0.992 0.783; heldout5
# default 0.719 0.763 0.653 0.647 0.653 0.942 0.691, layout 0.587 0.612 0.629 0.513 0.408
# 0.959 0.813; heldout6 default 0.664 0.670 0.514 0.475 0.422 0.991 0.637 (layout
# unchanged); heldout7 default 0.514 0.553 0.486 0.481 0.413 0.928 0.646, layout 0.414
# 0.442 0.506 0.380 0.326 0.937 0.771; heldout8 default 0.645 0.645 0.577 0.566 0.600 1.000
# 0.600, layout 0.564 0.574 0.707 0.513 0.340 0.982 0.750; heldout8L default 0.641 0.695
# 0.579 0.566 0.533 0.923 0.672, layout 0.514 0.575 0.546 0.371 0.400 0.894 0.739; dev
# layout unchanged; heldout9 default 0.667 0.655 0.464 0.457 0.381 1.017 0.800 (dateline
# recall fell from 0.405: floor 0.38), layout 0.556 0.533 0.617 0.471 0.262 1.043 0.776.
# Merged (round eleven): each floor the lower of the two branches' floors (each branch's
# figures above are on its own rules; the merged tree is measured in the lead's note).
FLOORS = {
    ("dev", "default"): {"head_r": 0.69, "names_r": 0.52, "date_r": 0.64, "whole": 0.77},
    ("dev", "layout"): {"head_r": 0.65, "names_r": 0.5, "date_r": 0.4, "whole": 0.76},
    ("heldout", "default"): {"head_r": 0.67, "names_r": 0.59, "date_r": 0.42, "whole": 0.68},
    ("heldout", "layout"): {"head_r": 0.56, "names_r": 0.61, "date_r": 0.31, "whole": 0.73},
    ("heldout2", "default"): {"head_r": 0.69, "names_r": 0.56, "date_r": 0.57, "whole": 0.74},
    ("heldout2", "layout"): {"head_r": 0.53, "names_r": 0.44, "date_r": 0.25, "whole": 0.82},
    ("heldout3", "default"): {"head_r": 0.58, "names_r": 0.43, "date_r": 0.22, "whole": 0.72},
    ("heldout3", "layout"): {"head_r": 0.51, "names_r": 0.51, "date_r": 0.25, "whole": 0.68},
    ("heldout4", "default"): {"head_r": 0.6, "names_r": 0.42, "date_r": 0.42, "whole": 0.63},
    ("heldout4", "layout"): {"head_r": 0.53, "names_r": 0.41, "date_r": 0.29, "whole": 0.78},
    ("heldout5", "default"): {"head_r": 0.66, "names_r": 0.56, "date_r": 0.57, "whole": 0.68},
    ("heldout5", "layout"): {"head_r": 0.57, "names_r": 0.47, "date_r": 0.4, "whole": 0.81},
    ("heldout6", "default"): {"head_r": 0.6, "names_r": 0.4, "date_r": 0.39, "whole": 0.63},
    ("heldout6", "layout"): {"head_r": 0.61, "names_r": 0.53, "date_r": 0.37, "whole": 0.77},
    ("heldout7", "default"): {"head_r": 0.49, "names_r": 0.38, "date_r": 0.41, "whole": 0.64},
    ("heldout7", "layout"): {"head_r": 0.4, "names_r": 0.36, "date_r": 0.32, "whole": 0.75},
    ("heldout8", "default"): {"head_r": 0.62, "names_r": 0.52, "date_r": 0.58, "whole": 0.59},
    ("heldout8", "layout"): {"head_r": 0.56, "names_r": 0.51, "date_r": 0.34, "whole": 0.75},
    ("heldout8L", "default"): {"head_r": 0.61, "names_r": 0.46, "date_r": 0.5, "whole": 0.66},
    ("heldout8L", "layout"): {"head_r": 0.5, "names_r": 0.32, "date_r": 0.4, "whole": 0.73},
    ("heldout9", "default"): {"head_r": 0.66, "names_r": 0.45, "date_r": 0.38, "whole": 0.8},
    ("heldout9", "layout"): {"head_r": 0.55, "names_r": 0.47, "date_r": 0.26, "whole": 0.77},
    ("heldout9L", "default"): {"head_r": 0.7, "names_r": 0.6, "date_r": 0.51, "whole": 0.68},
    ("heldout9L", "layout"): {"head_r": 0.56, "names_r": 0.53, "date_r": 0.28, "whole": 0.76},
}


@pytest.mark.parametrize(("split", "mode"), sorted(FLOORS))
def test_generated_real_floors(split: str, mode: str) -> None:
    got = scores(split, mode)
    low = {k: v for k, v in FLOORS[split, mode].items() if got[k] < v}
    assert not low, (got, low)


if __name__ == "__main__":
    import sys

    # The held-out pages only with --heldout (scored once, at the end of a piece of work);
    # ``heldout`` (seeds 500-511), ``heldout2`` (seeds 600-615), ``heldout3`` (seeds
    # 700-723), ``heldout4`` (seeds 800-823), ``heldout5`` (seeds 900-923), ``heldout6``
    # (seeds 950-973), ``heldout7`` (seeds 1000-1023), ``heldout8`` (seeds 1050-1073) and
    # ``heldout8L`` (seeds 1100-1123) have been seen and are development data since
    # ``heldout9`` (seeds 1150-1173) and ``heldout9L`` (seeds 1200-1223) were made.
    dev = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
    dev = (*dev, "heldout7", "heldout8", "heldout8L")
    splits = (*dev, "heldout9", "heldout9L") if "--heldout" in sys.argv else dev
    keys = ("head_r", "head_p", "names_p", "names_r", "date_r", "count", "whole")
    print(f"{'split':8} {'mode':8} " + " ".join(f"{k:>7}" for k in keys))
    for split in splits:
        for mode in MODES:
            got = scores(split, mode)
            print(f"{split:8} {mode:8} " + " ".join(f"{got[k]:7.3f}" for k in keys))
