"""Segmentation of a page into articles: the sample issue's decisions, losslessness, fuzz."""

from __future__ import annotations

import datetime
import itertools

import attrs
import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from paper_parser import Article, Issue, Span, parse_issue, segment_articles
from paper_parser.numerals import find_numbers
from paper_parser.segment import (
    _HAN3_RE,
    _HAN_HEAD_RE,
    _HAN_TAIL_RE,
    Join,
    Paragraph,
    _han_run,
    _join,
    _moved,
    _paragraph,
    _segment,
)
from paper_parser.text import build_page, fold_forms
from tests.conftest import CORPUS
from tests.strategies import page_like_text, perturbed_page, tricky_text


@pytest.fixture(scope="module")
def issue(sample_text: str) -> Issue:
    return parse_issue(sample_text)


def _by_headline(issue: Issue, headline: str) -> Article:
    (art,) = [a for a in issue.articles if a.headline is not None and a.headline.text == headline]
    return art


def _lines(heading: object) -> list[str] | None:
    return None if heading is None else [sp.text for sp in heading.lines]  # type: ignore[attr-defined]


# --- the sample issue ------------------------------------------------------------------------

HEADLINES = [
    "把职工放在心间 把责任扛在肩上",
    "单日本土病例零增长",
    "整治欠薪 政府国企要“门前清”",
    "省总工会追授蒋春尧同志省五一劳动奖章",
    "“指尖入会”更便捷",
]


def test_five_articles_in_printed_order(issue: Issue) -> None:
    assert [a.headline.text for a in issue.articles if a.headline] == HEADLINES
    assert len(issue.articles) == 5
    assert issue.other == ()


def test_masthead_slogans_are_not_headlines(issue: Issue) -> None:
    headings = [
        h.text
        for a in issue.articles
        for h in (a.kicker, a.headline, a.subtitle, a.column)
        if h is not None
    ]
    assert not any("倾情关注劳动群体" in h or "浙工之家" in h for h in headings)


def test_heading_groups(issue: Issue) -> None:
    a1 = _by_headline(issue, HEADLINES[0])
    assert _lines(a1.subtitle) == ["——浙江工会深入推进党史学习教育“我为群众办实事”专题实践活动综述"]
    assert a1.kicker is None
    assert a1.column is None
    a2 = _by_headline(issue, HEADLINES[1])
    assert _lines(a2.kicker) == ["12月5日以来", "我省首次实现"]
    assert _lines(a2.subtitle) == ["杭州市居民跨省出行无需", "持有48小时内核酸检测阴性证明"]
    assert a2.subtitle is not None
    assert a2.subtitle.text == "杭州市居民跨省出行无需持有48小时内核酸检测阴性证明"
    a3 = _by_headline(issue, HEADLINES[2])
    assert _lines(a3.column) == ["新华时评"]
    assert a3.subtitle is None
    a4 = _by_headline(issue, HEADLINES[3])
    assert _lines(a4.subtitle) == ["张才方慰问家属"]
    a5 = _by_headline(issue, HEADLINES[4])
    assert _lines(a5.subtitle) == ["宁海创新推动新就业形态劳动者入会"]
    assert _lines(a5.column) == ["全力推进、突出加强", "新业态新就业群体", "建会入会、权益保障工作"]


def test_bylines(issue: Issue) -> None:
    got = [
        (b.text, b.source, [(p.name, p.role) for p in b.people])
        for a in issue.articles
        for b in a.bylines
    ]
    assert got == [
        ("记者阮向民报道", None, [("阮向民", "reporter")]),
        ("本报讯 记者程雪报道", "本报讯", [("程雪", "reporter")]),
        ("本报记者 记者曾晨路报道", None, [("曾晨路", "reporter")]),
        ("记者张浩星报道", None, [("张浩星", "reporter")]),
    ]
    assert _by_headline(issue, HEADLINES[2]).bylines == ()


def test_dateline_at_the_end_of_the_commentary(issue: Issue) -> None:
    d = _by_headline(issue, HEADLINES[2]).dateline
    assert d is not None
    assert (d.text, d.agency, d.place, d.month, d.day, d.position) == (
        "新华社北京12月22日电",
        "新华社",
        "北京",
        12,
        22,
        "end",
    )
    assert d.date == datetime.date(2021, 12, 22)
    # The other dateline of the page is the 讯头 of own copy, with no place and no day.
    others = [a.dateline for a in issue.articles if a.dateline is not None and a.dateline != d]
    assert [(o.text, o.agency, o.place, o.day, o.position) for o in others] == [
        ("本报讯", "本报", None, None, "start")
    ]
    assert [a.dateline for a in issue.articles].count(None) == 3


def test_photo_credit_inside_a_sentence(issue: Issue, sample_text: str) -> None:
    a4 = _by_headline(issue, HEADLINES[3])
    (credit,) = a4.photo_credits
    assert credit.text == "记者邹伟峰 摄"
    assert [(p.name, p.role) for p in credit.people] == [("邹伟峰", "photographer")]
    (para,) = [p for p in a4.paragraphs if "向蒋春尧同志学习活动" in p.text]
    assert "邹伟峰" not in para.text
    assert para.text.startswith("张才方要求,")
    assert para.spans[0].text.endswith("向蒋春尧")
    assert all(credit.span.start not in range(sp.start, sp.end) for sp in para.spans)
    assert [a for a in issue.articles if a.photo_credits] == [a4]


def test_section_heads(issue: Issue) -> None:
    got = {a.headline.text: [h.text for h in a.section_heads] for a in issue.articles if a.headline}
    assert got == {
        HEADLINES[0]: [
            "在实现“角色回归”中察实情解难题",
            "在服务“最大民生”中出实招显担当",
            "在聚焦“关键小事”中求实效有作为",
        ],
        HEADLINES[1]: [],
        HEADLINES[2]: [],
        HEADLINES[3]: [],
        HEADLINES[4]: ["构筑“温暖的家”", "最值得信赖的“娘家”", "数字赋能便捷入会"],
    }


def test_mid_word_joins_and_no_false_join(issue: Issue, sample_text: str) -> None:
    joins = [(j.before, j.after) for a in issue.articles for j in a.joins]
    assert joins == [
        ("三级总", "工会"),
        ("广大职", "工的"),
        ("充分沟", "通"),
        ("里喝口", "水"),
        ("忠诚", "可靠"),
        ("蒋春尧", "同志"),
    ]
    for a in issue.articles:
        for j in a.joins:
            assert j.gap.text.strip() in ("", "记者邹伟峰 摄")
            assert sample_text[j.gap.start - 1] == j.before[-1]
            assert sample_text[j.gap.end] == j.after[0]
    texts = [p.text for a in issue.articles for p in a.paragraphs]
    for word in (
        "县三级总工会机关",
        "广大职工的获得感",
        "充分沟通,提高",
        "喝口水。",
        "忠诚可靠、",
        "向蒋春尧同志学习",
    ):
        assert sum(word in t for t in texts) == 1, word
    a4 = _by_headline(issue, HEADLINES[3])
    ends = [p.text for p in a4.paragraphs if p.text.endswith("耐心做足")]
    assert len(ends) == 1
    assert any(p.text.startswith("张才方在慰问时指出") for p in a4.paragraphs)


def test_out_of_order_fragment_is_relinked(issue: Issue) -> None:
    a5 = _by_headline(issue, HEADLINES[4])
    (relink,) = a5.relinks
    assert relink.head.text == "“我们终于找到‘娘家’了,轻"
    assert relink.tail.text.startswith("点手指,就领到了工会电子会员证。”")
    assert relink.tail.start < relink.head.start
    last = a5.paragraphs[-1]
    assert last.text.startswith("“我们终于找到‘娘家’了,轻点手指,就领到了")
    assert last.text.endswith("职工的入会渠道开始向线上“迁徙”。")
    assert [sp.start for sp in last.spans] == [relink.head.start, relink.tail.start]
    assert not any(p.text.startswith("点手指") for p in a5.paragraphs)
    assert sum(len(a.relinks) for a in issue.articles) == 1


def test_byline_text_is_cut_from_paragraphs(issue: Issue) -> None:
    firsts = {a.headline.text: a.paragraphs[0].text for a in issue.articles if a.headline}
    assert firsts[HEADLINES[0]].startswith("把职工放在心间,把责任扛在肩上。")
    assert firsts[HEADLINES[1]].startswith("昨日,我省召开")
    assert firsts[HEADLINES[3]].startswith("10月19日晚,")
    texts = [p.text for a in issue.articles for p in a.paragraphs]
    assert not any("报道" in t[:12] or "新华社北京12月22日电" in t for t in texts)
    assert [len(a.paragraphs) for a in issue.articles] == [14, 12, 5, 4, 11]


def test_segment_articles_is_parse_issue_articles(sample_text: str, issue: Issue) -> None:
    assert segment_articles(sample_text) == issue.articles


# --- losslessness ----------------------------------------------------------------------------


def check_lossless(text: str, issue: Issue, *, folded: bool = True) -> None:
    """Masthead, articles and other blocks hold every character once; spans map back.

    ``folded``: the issue is parse_issue's, whose text fields hold radicals and compatibility
    ideographs as unified ideographs (``_segment`` on a page built directly keeps them).
    """
    fold = fold_forms if folded else str
    ranges = [(sp.start, sp.end) for sp in issue.masthead.spans]
    ranges += [(sp.start, sp.end) for a in issue.articles for sp in a.spans]
    ranges += [(o.span.start, o.span.end) for o in issue.other]
    for s, e in ranges:
        assert 0 <= s <= e <= len(text)
    ranges.sort()
    for (_, e1), (s2, _) in itertools.pairwise(ranges):
        assert e1 <= s2, "two parts share characters"
    pos = 0
    for s, e in ranges:
        assert text[pos:s].isspace() or pos >= s, f"{text[pos:s]!r} is in no part"
        pos = max(pos, e)
    assert text[pos:].isspace() or pos >= len(text), "a tail of the page is in no part"
    # Spans keep the text as given; text fields hold radicals and compatibility ideographs
    # as the unified ideographs they stand for (fold_forms, one for one).
    for o in issue.other:
        assert text[o.span.start : o.span.end] == o.span.text
        assert o.text == fold(o.span.text)
    for a in issue.articles:
        for sp in a.spans:
            assert text[sp.start : sp.end] == sp.text
        inside = [sp for p in a.paragraphs for sp in p.spans]
        for p in a.paragraphs:
            assert p.text == fold("".join(sp.text for sp in p.spans))
        for sp in inside:
            assert text[sp.start : sp.end] == sp.text
            assert any(outer.contains(sp) for outer in a.spans)
        for b in a.bylines:
            for person in b.people:
                # (a name split over lines, 康 / 岩, spans the break; its name is its pieces)
                assert fold(text[person.span.start : person.span.end]) == person.text
                assert fold("".join(sp.text for sp in person.spans)) == person.name
        for c in a.photo_credits:
            assert text[c.span.start : c.span.end] == c.text
        for j in a.joins:
            assert text[j.gap.start : j.gap.end] == j.gap.text


def test_sample_is_lossless(sample_text: str, issue: Issue) -> None:
    check_lossless(sample_text, issue)


@settings(max_examples=25, deadline=None)
@given(perturbed_page())
def test_perturbed_sample_is_lossless_and_keeps_its_articles(page: str) -> None:
    issue = parse_issue(page)
    check_lossless(page, issue)
    names = {p.name for a in issue.articles for b in a.bylines for p in b.people}
    assert {"阮向民", "程雪", "曾晨路", "张浩星"} <= names


@settings(max_examples=60, deadline=None)
@given(st.one_of(page_like_text(), tricky_text, st.text(max_size=400)))
@example("记者邹伟峰 摄\n\n新华社北京12月22日电")
@example("标题\n\n“我们终于\n\n”点手指\n\n“甲\n\n”乙")
@example("\u200b\n\n甲\n\u200b\n乙")
@example("短句\n" * 30)
@example("图说\n记者张三 摄\n\n标题\n\n正文。\n\n（记者 李四）\n\n■提要\n\n小题\n\n正文。(王五)")
@example("把职工放在心间 把责任扛在肩上\n本报记者 记\n今")
@example("\uf900")  # a compatibility ideograph (豈): its text field is the unified 豈
# a -layout line reaching into the gutter without running across it (it was in no column)
@example(
    "正文内容很长很长，記者标题人民\n\n人民康     岩康      岩\n\n人\n\n"
    "正文内容很长  岩 康     张\n\n。"
)
# tabs for spaces, radicals and pinyin readings together (three views, mapped back in turn)
@example(
    "網(wǎng)正文内容很长很长，。⼈民   标题\t新华社北京10月1日电标题    \n\n⼈民\n發(fā)布⼈民\n\n"
)
@example("⼈民⽇报\n\n本报记者 张三\n\n⼈们在⽇出前出发，⼤家都来了。")
def test_arbitrary_text_is_lossless_and_never_raises(text: str) -> None:
    # _segment directly, so the safety net in parse_issue cannot hide an error.
    articles, other = _segment(build_page(text), (), None)
    issue = Issue(masthead=parse_issue("").masthead, articles=articles, other=other)
    check_lossless(text, issue, folded=False)
    for a in articles:
        # A name is its pieces as printed (康 / 岩 over two lines is 康岩).
        for p in [p for b in a.bylines for p in b.people] + [
            p for c in a.photo_credits for p in c.people
        ]:
            assert all(text[sp.start : sp.end] == sp.text for sp in p.spans)
            assert "".join(sp.text for sp in p.spans) == p.name
    check_lossless(text, parse_issue(text))


def test_large_page_runs() -> None:
    # Many repetitions of a small page: completes (the scaling is measured in benchmarks/).
    unit = "标题一\n\n本报讯 记者程雪报道 昨日,会议召开。三级总\n\n工会参加。\n\n“引语\n\n"
    page = unit * 2000
    issue = parse_issue(page)
    assert len(issue.articles) == 2000
    check_lossless(page, issue)


# --- other pages and forms -------------------------------------------------------------------


R = "reporter"


@pytest.mark.parametrize(
    ("name", "headline", "people"),
    [
        (
            "aojiang-ribao-traditional-2023-04-05-p1",
            "清明時節 市民踏青祭掃",
            [("林曉", "reporter")],
        ),
        (
            "dezhou-wanbao-run-together-2024-01-31-p1",
            "年货市场迎来销售旺季",
            [("李娜", "reporter")],
        ),
        (
            "guangming-ribao-2024-01-31-p1",
            "寒假将至 各地开展青少年科普活动",
            [("王明", "reporter")],
        ),
    ],
)
def test_masthead_fixture_pages(name: str, headline: str, people: list[tuple[str, str]]) -> None:
    # Hand-checked: one article under each masthead, including a page with no blank lines.
    page = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    issue = parse_issue(page)
    check_lossless(page, issue)
    (art,) = issue.articles
    assert art.headline is not None
    assert art.headline.text == headline
    assert [(p.name, p.role) for b in art.bylines for p in b.people] == people
    assert len(art.paragraphs) == 2
    assert issue.other == ()


BRIEFS = """市里开会

本报讯 记者程雪报道 昨日,市里开会。

会议要求做好工作。(张三)

简讯标题

新华社北京12月22日电（记者王平、李华）今天举行会议。

王雪伟(化名)有着切身的体会。

会议强调……(化名)

责任编辑:张三 版式:李四 校对:王五
"""


def test_briefs_trailing_credit_wire_dateline_and_staff_line() -> None:
    issue = parse_issue(BRIEFS)
    check_lossless(BRIEFS, issue)
    first, second = issue.articles
    assert [(p.name, p.role) for b in first.bylines for p in b.people] == [
        ("程雪", "reporter"),
        ("张三", "author"),
    ]
    assert [p.text for p in first.paragraphs] == ["昨日,市里开会。", "会议要求做好工作。"]
    assert second.headline is not None
    assert second.headline.text == "简讯标题"
    assert second.dateline is not None
    assert second.dateline.position == "start"
    assert [p.name for p in second.dateline.people] == ["王平", "李华"]
    assert second.bylines == ()
    assert [p.text for p in second.paragraphs] == [
        "今天举行会议。",
        "王雪伟(化名)有着切身的体会。",
        "会议强调……(化名)",
    ]
    assert [(o.role, o.text) for o in issue.other] == [
        ("staff", "责任编辑:张三 版式:李四 校对:王五")
    ]


# --- layouts beyond the sample (hand-checked) -----------------------------------------------

LAYOUTS = """评论员文章

让实干成为底色

伟大事业都始于梦想，成于实干。

实干，首先要把握正确方向。

铁路春运圆满收官

为期40天的铁路春运结束，累计发送旅客4.8亿人次。（孔令涛）

3月5日，大会在北京开幕。
新华社记者李贺摄

老旧小区焕发新活力

■全市已完成312个老旧小区改造

本报杭州10月6日电 记者吴佳宁报道 国庆期间，记者走访了多个小区。

加装电梯解了心头事

王大爷今年78岁，以前每次下楼都要歇好几回。

夜游新线路开通

景区日前推出夜游新线路。

（记者 郑晓波）
"""


def test_layouts_beyond_the_sample() -> None:
    issue = parse_issue(LAYOUTS)
    check_lossless(LAYOUTS, issue)
    heads = [a.headline.text for a in issue.articles if a.headline is not None]
    # A brief signed (孔令涛) after an unsigned commentary, and a heading over text closed by
    # a credit line inside a signed article, are new articles, not section heads.
    assert heads == ["让实干成为底色", "铁路春运圆满收官", "老旧小区焕发新活力", "夜游新线路开通"]
    commentary, brief, local, night = issue.articles
    assert commentary.column is not None
    assert commentary.column.text == "评论员文章"
    assert commentary.section_heads == ()
    assert [(p.name, p.role) for b in brief.bylines for p in b.people] == [("孔令涛", "author")]
    # The boxed summary (■…) is the article's banner, not its subtitle.
    assert local.subtitle is None
    assert local.column is not None
    assert local.column.text == "■全市已完成312个老旧小区改造"
    assert [h.text for h in local.section_heads] == ["加装电梯解了心头事"]
    assert local.photo_credits == ()
    # A credit line in parentheses signs the article above it.
    assert [(p.name, p.role) for b in night.bylines for p in b.people] == [("郑晓波", "reporter")]
    assert [p.text for p in night.paragraphs] == ["景区日前推出夜游新线路。"]
    # Caption text + its credit, adjacent lines: one caption block owned by no article.
    assert [(o.role, o.text) for o in issue.other] == [
        ("caption", "3月5日，大会在北京开幕。\n新华社记者李贺摄")
    ]


UNSIGNED_WITH_HEADS = """长篇通讯标题

开头一段。

第一个小标题

第一部分正文。

第二个小标题

第二部分正文，到此结束。（记者 张三）
"""


def test_trailing_credit_of_an_article_with_section_heads_stays_with_it() -> None:
    # The closing credit of an unsigned article already divided by section heads signs that
    # article: its last section head is not a new headline.
    (art,) = parse_issue(UNSIGNED_WITH_HEADS).articles
    assert [h.text for h in art.section_heads] == ["第一个小标题", "第二个小标题"]
    assert [(p.name, p.role) for b in art.bylines for p in b.people] == [("张三", "reporter")]
    assert art.paragraphs[-1].text == "第二部分正文，到此结束。"


def test_article_dates_resolve_against_dateline_then_issue() -> None:
    sample = (CORPUS / "zhejiang-gongren-ribao-2021-12-23-p1.txt").read_text(encoding="utf-8")
    issue = parse_issue(sample)
    found = {(d.text, d.value) for a in issue.articles for d in a.dates}
    assert ("昨日", "2021-12-22") in found
    assert ("今年2月25日", "2021-02-25") in found
    # The dateline's date, not the issue date, is the reference of a filed story.
    page = "会议召开\n\n新华社北京3月4日电（记者张三）昨天，会议在京召开。\n"
    (article,) = parse_issue(page).articles
    # (the dateline's own date is found too, with nothing to resolve it against)
    assert [(d.text, d.value) for d in article.dates] == [("3月4日", None), ("昨天", None)]
    page = "2024年3月6日 星期三\n\n人民日报\n\n会议召开\n\n"
    page += "新华社北京3月4日电（记者张三）昨天，会议召开。\n"
    (article,) = parse_issue(page).articles
    assert article.dateline is not None
    assert article.dateline.date is not None
    assert [(d.text, d.value) for d in article.dates] == [
        ("3月4日", "2024-03-04"),
        ("昨天", "2024-03-03"),
    ]


def test_article_dates_of_a_page_without_issue_date_count_from_its_own_date() -> None:
    # A web copy prints its time of posting under the title; with no masthead date and no
    # dateline date, 昨日 counts from it (before: no reference, no resolution).
    page = "三代记者采访三峡\n(2006-12-28 19:29:24)\n\n"
    page += "湖北日报讯 记者孔奇志报道：昨日，三代记者齐聚三峡采访，这在本报尚属首次。\n"
    (article,) = parse_issue(page).articles
    assert [(d.text, d.value) for d in article.dates] == [
        ("2006-12-28 19:29:24", "2006-12-28"),
        ("昨日", "2006-12-27"),
    ]
    assert article.dates[1].reference == datetime.date(2006, 12, 28)
    # a date inside the text is no posting time: nothing is resolved against it
    page = "会议召开\n\n本报讯 会议于2006年12月28日召开，昨日，代表们陆续报到入住。\n"
    (article,) = parse_issue(page).articles
    assert [(d.text, d.value) for d in article.dates] == [
        ("2006年12月28日", "2006-12-28"),
        ("昨日", None),
    ]


def test_cjk_unified_block_is_han() -> None:
    """segment._han_run takes a run of U+4E00..U+9FFF for what ``\\p{Han}`` matches there."""
    han = regex.compile(r"\p{Han}")
    assert all(han.match(chr(cp)) for cp in range(0x4E00, 0xA000))


@given(st.text(alphabet=st.sampled_from(list("中文〇㐀𠀀，a 。丶龥\u9fff\u3007")), max_size=6))
def test_han_run_is_the_pattern(text: str) -> None:
    """The fast path of segment._han_run finds what each of its patterns finds, over the
    ranges _paragraphs and _continues give it (a paragraph's last three characters, the
    next one's first two, or first three)."""
    n = len(text)
    m = _HAN_TAIL_RE.search(text, max(0, n - 3), n)
    assert _han_run(text, max(0, n - 3), n, _HAN_TAIL_RE, tail=True) == (m and m.group())
    m = _HAN_HEAD_RE.match(text)
    assert _han_run(text, 0, min(n, 2), _HAN_HEAD_RE) == (m and m.group())
    if n >= 3:
        m = _HAN3_RE.match(text)
        assert _han_run(text, 0, 3, _HAN3_RE) == (m and m.group())


def test_moved_mention_equals_evolve() -> None:
    """segment._moved (through the slots) builds the mention attrs.evolve builds."""
    page = "前言。全省约1.5万名职工参加,同比增长12%,第三季度。"
    found = find_numbers(page[3:])
    assert len(found) >= 2
    for m in found:
        span = Span.of(page, m.span.start + 3, m.span.end + 3)
        moved = _moved(m, span)
        assert moved == attrs.evolve(m, span=span, text=span.text)
        assert moved.text == page[span.start : span.end] == m.text


def test_joins_and_paragraphs_built_through_the_slots_equal_their_constructors() -> None:
    """segment._join and segment._paragraph build what Join(...) and Paragraph(...) build."""
    page = "第一行文字\n接着第二行。"
    gap = Span.of(page, 5, 6)
    assert _join("行文字", "接着", gap) == Join(before="行文字", after="接着", gap=gap)
    spans = (Span.of(page, 0, 5), Span.of(page, 6, 12))
    para = _paragraph(spans)
    assert para == Paragraph(text="第一行文字接着第二行。", spans=spans)
    assert repr(para) == repr(Paragraph(text=para.text, spans=spans))


# --- web copies of e-paper pages (shapes of corpus/web, text written here) -----------------


def _heads(issue: Issue) -> list[tuple[str | None, ...]]:
    return [
        tuple(
            h.text if h is not None else None for h in (a.kicker, a.headline, a.subtitle, a.column)
        )
        for a in issue.articles
    ]


def test_empty_form_fields_and_page_labels_are_furniture() -> None:
    # 当前版:04版 and an empty 发布日期: stand between the page's buttons and the title.
    page = "展开通版\n收缩通版\n当前版:04版\n发布日期:\n路灯不亮了\n昨日,记者在南街看到路灯坏了。\n"
    issue = parse_issue(page)
    assert _heads(issue) == [(None, "路灯不亮了", None, None)]
    assert {o.text for o in issue.other if o.role == "nav"} >= {"当前版:04版", "发布日期:"}
    check_lossless(page, issue)


def test_one_line_over_a_wrapped_title_is_its_kicker() -> None:
    page = "老街新貌 巷子里的烟火气回来了\n\n修旧如旧\n留住乡愁\n\n走进老街,青石板路干干净净。\n"
    issue = parse_issue(page)
    assert _heads(issue) == [("老街新貌 巷子里的烟火气回来了", "修旧如旧留住乡愁", None, None)]


def test_archive_items_after_a_page_label_start_new_articles() -> None:
    # Each item opens with 第1版() / 专栏: (empty); a three-line title over a dateline
    # after the first item's text is the next item, not a banner of the first.
    page = (
        "第1版()\n专栏:\n\n大桥通车\n昨日大桥正式通车。\n\n"
        "第1版()\n专栏:\n\n秋收时节\n粮食丰收在望\n各地抓紧抢收\n【新华社北京十四日电】各地秋收忙。\n"
    )
    issue = parse_issue(page)
    assert [h[:3] for h in _heads(issue)] == [
        (None, "大桥通车", None),
        ("秋收时节", "粮食丰收在望", "各地抓紧抢收"),
    ]
    assert issue.articles[1].dateline is not None
    assert issue.articles[1].dateline.day == 14
    check_lossless(page, issue)


def test_numbered_titles_then_items_printed_on_one_line() -> None:
    page = (
        "1. 大会开幕 代表报到\n"
        "第1版()专栏: 大会开幕 代表报到 本报北京3月4日电 记者张明报道:大会今天开幕。\n"
        "2. 春耕开始\n"
        "第1版()专栏: 春耕开始 新华社北京3月4日电 各地春耕开始。\n"
    )
    issue = parse_issue(page)
    assert [h[1:3] for h in _heads(issue)] == [("大会开幕", "代表报到"), ("春耕开始", None)]
    first, second = issue.articles
    assert [p.name for b in first.bylines for p in b.people] == ["张明"]
    assert [p.text for p in first.paragraphs] == ["大会今天开幕。"]
    assert second.dateline is not None
    assert second.dateline.agency == "新华社"
    assert [o.text for o in issue.other if o.role == "nav"][:2] == [
        "1. 大会开幕 代表报到",
        "第1版()专栏:",
    ]
    check_lossless(page, issue)


def test_bracketed_titles_and_section_labels_of_a_mobile_edition() -> None:
    page = (
        "【天气】\n今天多云,明天有小雨。\n\n【导读】\n>人代会今天上午九时开幕\n>各地春耕生产全面展开\n\n"
        "【人代会今天上午九时开幕】\n今天上午,大会在北京开幕。\n【各地春耕生产全面展开】\n各地春耕全面展开。\n"
    )
    issue = parse_issue(page)
    assert _heads(issue) == [
        (None, None, None, "天气"),
        (None, "人代会今天上午九时开幕", None, None),
        (None, "各地春耕生产全面展开", None, None),
    ]
    assert [p.text for p in issue.articles[0].paragraphs] == ["今天多云,明天有小雨。"]
    check_lossless(page, issue)


def test_copyright_lines_and_list_bullets() -> None:
    page = "· 人民代表大会今天在北京开幕(要闻)\n大会在北京开幕。\n版权声明\n人 民 网 版 权 所 有\n"
    issue = parse_issue(page)
    assert _heads(issue) == [(None, "人民代表大会今天在北京开幕", None, "要闻")]
    assert {o.role for o in issue.other} == {"footer"}
    check_lossless(page, issue)


def test_caption_printed_on_one_line_with_its_credit() -> None:
    page = (
        "老街新貌\n\n游客在老街拍照。本报记者 王明摄\n\n走进老街,青石板路干干净净。\n\n"
        "路灯亮了\n\n南街的路灯昨晚全部修好,居民出行更方便。 本报记者 李华 摄\n"
    )
    street, lamps = parse_issue(page).articles
    assert [p.text for p in street.paragraphs] == ["走进老街,青石板路干干净净。"]
    assert [p.name for c in street.photo_credits for p in c.people] == ["王明"]
    # Photo news: the caption is all the text the item has, so it is the body.
    assert [p.text for p in lamps.paragraphs] == ["南街的路灯昨晚全部修好,居民出行更方便。"]
    assert [p.name for c in lamps.photo_credits for p in c.people] == ["李华"]


def test_date_lines_and_source_fields_of_web_article_pages() -> None:
    # Seen on the held-out pages (corpus/web/heldout), fixed after measuring them: a date
    # alone on a line (or an empty 星期 field) is furniture; 来源:X with a date is a source line.
    page = "2001年12月31日\n\n星期\n\n回顾这一年\n\n编者按\n\n这一年发生了许多大事。\n"
    issue = parse_issue(page)
    assert [a.headline.text for a in issue.articles if a.headline] == ["回顾这一年"]
    check_lossless(page, issue)
    page = (
        "快讯\n\n大桥今日通车\n\n来源:本地晚报  2021年03月28日  版次:A08  作者:王明\n\n"
        "大桥今天上午正式通车。\n"
    )
    issue = parse_issue(page)
    (art,) = issue.articles
    assert art.headline is not None
    assert art.headline.text == "大桥今日通车"
    assert art.source is not None
    assert (art.source.paper, art.source.edition) == ("本地晚报", "A08")
    assert [p.text for p in art.paragraphs] == ["大桥今天上午正式通车。"]
    check_lossless(page, issue)


def test_a_name_under_a_dash_subtitle_is_the_byline() -> None:
    # The subtitle closes the title group: a person's name alone under it is the author.
    page = (
        "为农民提供施展才华的舞台\n——南粤沿海农村专业技术研究会扫瞄\n常征\n"
        "农村专业技术研究会这个改革开放的产儿在80年代呱呱坠地。\n"
    )
    (a,) = parse_issue(page).articles
    assert a.subtitle is not None
    assert a.subtitle.text == "——南粤沿海农村专业技术研究会扫瞄"
    assert [(p.name, p.role) for p in a.people] == [("常征", "author")]
    # A word that is no name stays with the heading.
    page = page.replace("常征", "综述")
    (a,) = parse_issue(page).articles
    assert a.people == ()


def test_titles_printed_at_the_head_of_their_text_line() -> None:
    # An e-paper's list of a page's articles: title (and 副题), three spaces, then the text.
    page = (
        "A01版:重点\n\nA02版:要闻\n\n"
        "新冠病毒疫苗接种须知 接种年龄为18至59岁,这些人群需注意   2020年12月31日,"
        "中国新冠病毒疫苗获批上市。目前已在多地开始接种。\n"
        "  推荐免疫程序为2针,其间至少间隔14天。\n"
        "山东首批重点人群接种新冠疫苗   1月1日起,我国首批新冠疫苗开始在北京、山东等地对重点"
        "人群进行接种。\n"
    )
    issue = parse_issue(page)
    heads = [
        (a.headline.text if a.headline else None, a.subtitle.text if a.subtitle else None)
        for a in issue.articles
    ]
    assert heads == [
        ("新冠病毒疫苗接种须知", "接种年龄为18至59岁,这些人群需注意"),
        ("山东首批重点人群接种新冠疫苗", None),
    ]
    assert issue.articles[0].paragraphs[0].text.startswith("2020年12月31日")
    check_lossless(page, issue)
    # A paragraph that ends a sentence before the gap is no title (paragraphs joined by
    # three spaces stay body).
    page = "市里开会\n\n会议指出,要做好工作。   今年全市经济运行平稳,发展态势良好。\n"
    (a,) = parse_issue(page).articles
    assert a.headline is not None
    assert a.headline.text == "市里开会"
    assert len(a.paragraphs) == 1


def test_archive_items_whose_list_title_runs_lines_together() -> None:
    # The numbered list prints the title's lines run together; the item's line keeps a space
    # between them. A series label over the title is its kicker; the byline set apart by
    # spaces is read before the text.
    page = (
        "1993-08-05\n\n第 1 版\n\n1. 深化改革系列述评之十一加快投资体制改革\n\n"
        "第1版(要闻)专栏:  深化改革系列述评之十一 加快投资体制改革 本报记者 韩钟昆 "
        "解决当前经济生活中突出的矛盾和问题的根本出路,在于深化改革。\n"
    )
    issue = parse_issue(page)
    (a,) = issue.articles
    assert (a.kicker and a.kicker.text, a.headline and a.headline.text) == (
        "深化改革系列述评之十一",
        "加快投资体制改革",
    )
    assert [p.name for p in a.people] == ["韩钟昆"]
    assert a.paragraphs[0].text.startswith("解决当前")
    check_lossless(page, issue)


def test_short_title_parts_are_phrases_of_one_line() -> None:
    # 学理论 抓路线 鼓干劲: parallel phrases of the kicker's line, not lines of their own.
    title = "学理论 抓路线 鼓干劲 发扬连续作战的革命精神 全国农村抓秋田管理夺取秋季丰收"
    page = (
        f"1975-08-14\n\n第 1 版\n\n1. {title}\n\n第1版()专栏: {title} "
        "据新华社一九七五年八月十三日讯 我国农村广大干部和社员,掀起夺取秋季农业丰收的热潮。\n"
    )
    issue = parse_issue(page)
    (a,) = issue.articles
    assert a.kicker is not None
    assert a.headline is not None
    assert "".join(a.kicker.text.split()) == "学理论抓路线鼓干劲发扬连续作战的革命精神"
    assert a.headline.text == "全国农村抓秋田管理夺取秋季丰收"
    assert a.dateline is not None
    assert (a.dateline.month, a.dateline.day) == (8, 13)
    check_lossless(page, issue)


def test_web_furniture_between_a_title_and_its_text() -> None:
    # A breadcrumb, the page's controls and the publishing time stand between the title
    # and the dateline: they neither end the title nor join it.
    page = (
        "本页位置:首页>>新闻大观>>国内新闻\n放大字体  放小字体\n\n"
        "走进十六大:媒体紧随“报告” 展卷满眼是“新”\n\n2002年11月12日 06:40\n\n"
        "  中新社北京十一月十一日电(记者姜知然)继昨日媒体热炒“小康”之后,今天又有新话题。\n"
    )
    issue = parse_issue(page)
    (a,) = issue.articles
    assert a.headline is not None
    assert a.headline.text == "走进十六大:媒体紧随“报告” 展卷满眼是“新”"
    assert a.dateline is not None
    assert (a.dateline.month, a.dateline.day) == (11, 11)
    assert [p.name for p in a.people] == ["姜知然"]
    assert {o.role for o in issue.other} == {"nav"}
    check_lossless(page, issue)


def test_table_pipes_and_column_fields_are_cut_off_their_lines() -> None:
    page = (
        "全国两会四川代表团今日启程赴京 | ||||||||\n---|---|---|---|\n"
        "3月3日,全国政协会议将在北京开幕。代表团今日飞赴北京。\n"
    )
    issue = parse_issue(page)
    (a,) = issue.articles
    assert a.headline is not None
    assert a.headline.text == "全国两会四川代表团今日启程赴京"
    check_lossless(page, issue)
    # 专栏:福建通讯 names the item's column; an empty 专栏: is furniture.
    page = (
        "第3版()\n专栏:福建通讯\n\n赵顶良深入基层三年间\n"
        "1957年冬天,农业生产大跃进的形势已酝酿成熟。\n"
    )
    issue = parse_issue(page)
    (a,) = issue.articles
    assert (a.column and a.column.text, a.headline and a.headline.text) == (
        "福建通讯",
        "赵顶良深入基层三年间",
    )
    check_lossless(page, issue)


def test_a_bracketed_column_before_the_title_and_a_source_note_after_the_text() -> None:
    page = "【決戰完勝 走向小康】趙家窪\n\n  2017年6月21日,趙家窪村史上一個特殊的日子。\n"
    (a,) = parse_issue(page).articles
    assert (a.column and a.column.text, a.headline and a.headline.text) == (
        "決戰完勝 走向小康",
        "趙家窪",
    )
    # 据新华社 alone after the text credits the source: no heading, no new item.
    page = (
        "央行将创设新的政策工具   中国人民银行副行长4月28日在发布会上表示,将适时降准降息。\n"
        "                           据新华社\n"
        "济南起步区: “未来之城”崛起成势   黄河自济南城北穿过,一度制约济南北跨发展。\n"
    )
    issue = parse_issue(page)
    assert [a.headline.text for a in issue.articles if a.headline] == [
        "央行将创设新的政策工具",
        "济南起步区: “未来之城”崛起成势",
    ]
    assert issue.articles[0].paragraphs[-1].text.endswith("降准降息。")
    check_lossless(page, issue)


def test_a_title_set_in_a_narrow_column_over_short_lines() -> None:
    page = (
        "市十七届\n人大五次会议\n主席团召开\n第四次会议\n□融媒记者 颜元滔\n"
        "本报讯 1月21日,市十七届人大五次会议主席团召开第四次会议。\n"
    )
    (a,) = parse_issue(page).articles
    assert a.headline is not None
    assert a.headline.text == "市十七届人大五次会议主席团召开第四次会议"
    assert (a.kicker, a.subtitle) == (None, None)
    assert [p.name for p in a.people] == ["颜元滔"]
    # Lines of a kicker, headline and subtitle are longer: they stay a stack.
    page = (
        "执行和平解放西藏办法协议\n人民解放军进抵拉萨\n各族人民及西藏地方政府官员等列队欢迎\n"
        "【新华社重庆十四日电】拉萨讯:人民解放军某部先遣部队已于本月九日进抵拉萨。\n"
    )
    (a,) = parse_issue(page).articles
    assert a.headline is not None
    assert a.headline.text == "人民解放军进抵拉萨"


def test_untitled_items_of_an_archive_page() -> None:
    # Text under an item head (第6版() / 专栏:) with no title is an item of its own.
    page = (
        "第6版()\n专栏:\n\n许多少数民族今天已经走上了社会主义的光明大道。\n"
        "——周恩来总理的“政府工作报告”\n\n\n"
        "第6版()\n专栏:\n\n实行区域自治十二年 工农牧业生产大发展\n内蒙古跨进社会主义大道\n"
        "本报讯 今年5月1日是内蒙古自治区成立十二周年。\n"
    )
    issue = parse_issue(page)
    assert [a.headline and a.headline.text for a in issue.articles] == [
        None,
        "内蒙古跨进社会主义大道",
    ]
    assert issue.articles[0].paragraphs[0].text.startswith("许多少数民族")
    assert issue.articles[1].kicker is not None
    check_lossless(page, issue)


def test_two_title_lines_kicker_or_subtitle() -> None:
    # Parallel phrases over a shorter one-phrase line: kicker and headline.
    page = (
        "实行区域自治十二年 工农牧业生产大发展\n内蒙古跨进社会主义大道\n"
        "本报讯 今年5月1日是内蒙古自治区成立十二周年。\n"
    )
    (a,) = parse_issue(page).articles
    assert (a.kicker and a.kicker.text, a.headline and a.headline.text) == (
        "实行区域自治十二年 工农牧业生产大发展",
        "内蒙古跨进社会主义大道",
    )
    # Parallel phrases over a longer line that explains them: headline and subtitle.
    page = (
        "海阔凭鱼跃 天高任鸟飞\n我市民营经济二十年来持续快速发展的调查与思考\n"
        "本报讯 二十年来,我市民营经济持续快速发展。\n"
    )
    (a,) = parse_issue(page).articles
    assert (a.headline and a.headline.text, a.subtitle and a.subtitle.text) == (
        "海阔凭鱼跃 天高任鸟飞",
        "我市民营经济二十年来持续快速发展的调查与思考",
    )


def test_a_title_drawn_twice_in_a_pdf_text_layer() -> None:
    # A PDF draws a title twice to embolden it; its text layer gives every run twice
    # (香港文匯報 2015-11-19 A37). The headline reads as printed; its lines are the first
    # copies, spans into the page.
    text = (
        "大熊貓大熊貓「「華姣華姣」」今放歸野外今放歸野外\n\n"
        "記者從中國大熊貓保護研究中心獲悉,該中心計劃於今日將人工繁育的大熊貓「華姣」放歸野外。\n"
    )
    (a,) = parse_issue(text).articles
    assert a.headline is not None
    assert a.headline.text == "大熊貓「華姣」今放歸野外"
    assert [sp.text for sp in a.headline.lines] == ["大熊貓", "「", "華姣", "」", "今放歸野外"]
    assert all(text[sp.start : sp.end] == sp.text for sp in a.headline.lines)
    # Characters drawn twice one by one read the same way; a title with a doubled word in
    # it (天天) is not all runs drawn twice and stays as printed.
    (b,) = parse_issue("大大熊熊貓貓今今放放歸歸\n\n記者從中心獲悉,大熊貓今日放歸野外。\n").articles
    assert b.headline is not None
    assert b.headline.text == "大熊貓今放歸"
    (c,) = parse_issue("天天向上的少年們\n\n記者從中心獲悉,少年們今日出發。\n").articles
    assert c.headline is not None
    assert c.headline.text == "天天向上的少年們"


def test_a_pdf_page_head_and_its_staff_line_are_no_titles() -> None:
    # A37 中國新聞神州大地 (a page label: page number and section) and ■責任編輯:X ■版面設計:Y
    # (the page's staff, boxed) head a PDF page's text layer (香港文匯報 2015-11-19).
    text = (
        "A37 中國新聞神州大地\n\n"
        "■責任編輯:王曉丹 ■版面設計:崔竣明\n\n"
        "自製卡片送問候\n\n"
        "昨日,合肥市翠庭園小學學生在展示互相贈送的自製笑臉問候卡。\n"
    )
    arts = parse_issue(text).articles
    assert [a.headline.text if a.headline else None for a in arts] == ["自製卡片送問候"]
    assert [p.name for a in arts for b in a.bylines for p in b.people] == []


@pytest.mark.parametrize(
    "head", ["A37 中國新聞神州大地", "B02 经济·民生", "04 要闻", "A26 台海新聞 / 神州大地"]
)
def test_a_pdf_page_label_alone_is_no_title(head: str) -> None:
    # The page number and section name heading a PDF page's text layer.
    text = (
        f"{head}\n\n市委常委会召开会议\n\n本报讯（记者 张三）昨日，全市召开大会，部署今年的工作。\n"
    )
    arts = parse_issue(text).articles
    assert [a.headline.text if a.headline else None for a in arts] == ["市委常委会召开会议"]


def test_a_jump_line_without_brackets_closes_the_part_on_this_page() -> None:
    # 下转第2版 alone on its line (no brackets) is a jump note, not the next story's title;
    # a jump-in (上接第1版) is left alone.
    text = (
        "市委常委会召开会议\n\n"
        "本报讯（记者 张三）昨日，全市召开大会，部署今年的工作。会议要求各地抓好落实，\n\n"
        "下转第2版\n\n"
        "秋粮收购有序推进\n\n"
        "本报讯（记者 李四）今年秋粮收购工作开局良好。各地粮库敞开收购。\n"
    )
    arts = parse_issue(text).articles
    assert [a.headline.text if a.headline else None for a in arts] == [
        "市委常委会召开会议",
        "秋粮收购有序推进",
    ]
    assert [p.text for p in arts[0].paragraphs] == [
        "昨日，全市召开大会，部署今年的工作。会议要求各地抓好落实，"
    ]
    for jump in ("▶下转A3版", "转第三版"):
        arts = parse_issue(text.replace("下转第2版", jump)).articles
        assert len(arts) == 2, jump


def test_a_pages_call_for_contributions_is_no_story_text() -> None:
    # Under the page's address (本版邮箱：X) a supplement page asks for contributions
    # (人民日报 2025-10-20 第20版, pdftotext): the page's furniture, not the last story's end.
    text = (
        "我心中的两条江\n\n"
        "张三\n\n"
        "我仿佛听见，看不见的远方，有另一条江的涛声正与之应和。\n\n"
        "本版邮箱：dadi@example.cn\n"
        "\n"
        "欢迎广大读者来稿。来稿要求为原创首发，非一稿多投。\n"
    )
    (a,) = parse_issue(text).articles
    assert a.paragraphs[-1].text == "我仿佛听见，看不见的远方，有另一条江的涛声正与之应和。"


def test_body_pieces_out_of_page_order_keep_the_body_of_the_first_line() -> None:
    """A unit's pieces go in reading order, which across columns is not page order: the
    second piece (the top of the next column) may lie before the first in the text. A body
    that starts inside the first piece (after a dateline) keeps that piece's rest and every
    piece after it; none is skipped for a credit run over lines."""
    from paper_parser._units import Unit

    top = "第二栏的第一行文字。\n"  # the next column's top line, earlier in the text
    first = "新华社北京1月1日电 会议今天召开，"
    text = top + first + "\n" + "与会代表共三百人。"
    s1 = len(top)
    e1 = s1 + len(first)
    s3 = e1 + 1
    pieces = [(s1, e1), (0, len(top) - 1), (s3, len(text))]
    u = Unit(s1, len(text), 1, pieces, last_line=2)
    u.body_start = s1 + len("新华社北京1月1日电 ")
    u.body_end = len(text)
    got = [text[s:e] for s, e in u.body_pieces()]
    assert got == ["会议今天召开，", "第二栏的第一行文字。", "与会代表共三百人。"]


def test_a_dateline_over_a_piece_earlier_in_the_text_is_read_on_its_own_line() -> None:
    """A dateline whose bracket runs on (…电（记者张) is read over the unit's next piece only
    when that piece follows it in the text; a piece from the top of the next column (earlier
    in the text) leaves it read on its own line, not over a reversed range that holds none."""
    from paper_parser._units import Unit, _classify

    top = "第二栏的第一行文字。\n"
    first = "新华社北京1月1日电（记者张"
    text = top + first + "\n"
    s1 = len(top)
    e1 = s1 + len(first)
    u = Unit(s1, len(top) - 1, 1, [(s1, e1), (0, len(top) - 1)], last_line=0)
    u = _classify(text, u, None)
    assert u.kind == "dateline"
    assert u.dateline is not None
    assert (u.dateline.text, u.dateline.span.start) == ("新华社北京1月1日电", s1)


def test_private_use_characters_are_said_to_be_garbled() -> None:
    # pdftotext of a page whose fonts have no Unicode map gives private-use characters.
    issue = parse_issue("本报讯 全市今年新建学校十二所，\ue000\ue001\ue002三所已经开学。\n")
    assert issue.warnings == (
        "garbled-text: 3 characters of the private-use area or U+FFFD, as a PDF font without "
        "a Unicode map leaves them (first at 16): that text is garbled",
    )
    assert parse_issue("本报讯 全市今年新建学校十二所。\n").warnings == ()


def test_radicals_a_pdf_font_gave_are_read_as_the_ideographs() -> None:
    # pdftotext of a PDF whose fonts map 人, 日, 月, 一, 大, 十, 二 to Kangxi radicals and 长 to
    # a radical of the supplement: the page reads as if printed with the ideographs.
    page = (
        "⼈民⽇报\n2025年10⽉20⽇ 星期⼀\n\n⻓江两岸新建学校\n本报记者 张⼤伟\n\n"
        "本报北京10⽉19⽇电 今年以来，全市新建学校⼗⼆所。\n"
    )
    issue = parse_issue(page)
    m = issue.masthead
    assert m.paper_name is not None
    assert m.date is not None
    assert m.weekday is not None
    assert (m.paper_name.value, m.date.value.isoformat(), m.weekday.value) == (
        "人民日报",
        "2025-10-20",
        1,
    )
    (a,) = issue.articles
    assert a.headline is not None
    assert a.dateline is not None
    assert a.headline.text == "长江两岸新建学校"
    assert a.headline.span.text == "⻓江两岸新建学校"  # the span: the text as given
    assert [p.name for p in a.people] == ["张大伟"]
    assert a.dateline.text == "本报北京10月19日电"
    assert [p.text for p in a.paragraphs] == ["今年以来，全市新建学校十二所。"]
    assert [(q.text, q.value) for q in a.numbers] == [("十二所", 12)]
    assert a.numbers[0].span.text == "⼗⼆所"
    for span in (a.headline.span, a.people[0].span, a.dateline.span):
        assert page[span.start : span.end] == span.text


def test_a_letter_spaced_title_is_a_title_not_a_menu() -> None:
    # A title set with wide tracking, as an extractor spaces its glyphs; a menu's entries are
    # words, so a line of words stays a menu.
    body = "本报记者 张伟\n\n今年以来，全市新建学校十二所，其中三所已经开学。\n"
    (a,) = parse_issue("全 市 新 建 学 校 十 二 所\n" + body).articles
    assert a.headline is not None
    assert a.headline.text == "全 市 新 建 学 校 十 二 所"
    issue = parse_issue("首页 新闻 体育 财经 娱乐\n\n全市新建学校十二所\n" + body)
    assert [a.headline.text for a in issue.articles if a.headline] == ["全市新建学校十二所"]
    assert [o.text for o in issue.other] == ["首页 新闻 体育 财经 娱乐"]


def test_line_breaks_written_twice_and_a_byte_order_mark_read_as_printed() -> None:
    # A converter that writes every blank line twice (two blank lines where the page had one,
    # three where it had two); a file converted to Windows line ends twice (\r\r\n); a file
    # saved with a byte order mark, read as text.
    page = (
        "全市新建学校十二所\n本报记者\n\n李心萍\n\n《浙江日报》（2021年12月23日 第 06 版）\n\n"
        "今年以来，全市新建学校十二所，其中三所已经开学。\n\n\n第 3 页\n\n"
        "长江两岸文化节开幕\n本报记者\n\n张伟\n\n《浙江日报》（2021年12月23日 第 06 版）\n\n"
        "文化节为期三天，吸引了大批市民。\n"
    )
    want = parse_issue(page)
    assert [a.headline.text for a in want.articles if a.headline] == [
        "全市新建学校十二所",
        "长江两岸文化节开幕",
    ]
    copies = (page.replace("\n\n", "\n\n\n"), page.replace("\n", "\r\r\n"), "\ufeff" + page)
    for copy in copies:
        got = parse_issue(copy)
        assert [a.headline.text for a in got.articles if a.headline] == [
            a.headline.text for a in want.articles if a.headline
        ]
        assert [[p.name for p in a.people] for a in got.articles] == [["李心萍"], ["张伟"]]
        assert [[p.text for p in a.paragraphs] for a in got.articles] == [
            [p.text for p in a.paragraphs] for a in want.articles
        ]


def test_other_spans_join_pieces_with_only_space_between() -> None:
    # A unit's pieces with only white space between them make one span, cut once from the
    # page (a unit of many pieces made each span again at every piece: quadratic).
    from paper_parser._units import Unit
    from paper_parser.segment import _other_spans

    text = "甲乙 丙丁\n戊己|庚辛" + "\n壬" * 3000
    pieces = [(0, 2), (3, 5), (6, 8), (9, 11)] + [(12 + 2 * k, 13 + 2 * k) for k in range(3000)]
    spans = _other_spans(text, Unit(0, len(text), 0, pieces))
    assert [(sp.start, sp.end) for sp in spans] == [(0, 8), (9, len(text))]
    assert spans[0].text == "甲乙 丙丁\n戊己"
    assert spans[1].text == text[9:]


def test_tabs_for_spaces_in_a_byline() -> None:
    # The -layout export's byline (本报记者    李心萍     郑智文) as GNU unexpand -a hands it
    # over: a tab where the run of spaces reaches a stop. Read as the spaces it stands for;
    # the spans are cut from the text as given.
    page = "标题一则\n本报记者    李心萍\t    郑智文\n\n今年以来，各地推进文物保护工作。\n"
    issue = parse_issue(page)
    (a,) = issue.articles
    assert [p.name for p in a.people] == ["李心萍", "郑智文"]
    assert [p.span.start for p in a.people] == [13, 21]
    assert a.bylines[0].text == "本报记者    李心萍\t    郑智文"
    check_lossless(page, issue)
