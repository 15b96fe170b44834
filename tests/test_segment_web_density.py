"""Text density at the edges of a web copy's article (texts written by us, not copied).

Prose is dense (clauses, a full stop, grammatical characters); a site's furniture is not,
whatever its shape. The article's text starts at its first sentence and ends at its last
paragraph of prose, except for one lone line that ends a copy cut at a length limit.
"""

from __future__ import annotations

from paper_parser import Article, parse_issue

TITLE = "城市公园今起免费开放\n\n"
BODY = (
    "这是正文的第一段,讲述了事情的经过,也交代了背景。\n\n这是正文的第二段,记者在现场看到了很多人。"
)


def _only(text: str) -> Article:
    (art,) = parse_issue(text).articles
    return art


def _body(art: Article) -> str:
    return "".join(p.text for p in art.paragraphs)


def test_a_label_before_the_first_sentence_is_no_section_head() -> None:
    # (a section head divides text: one before all of it is a label of the page)
    art = _only("城市公园今起免费开放\n记者 李明\n\n2022-09-20 06:47\n\n热点\n\n" + BODY)
    assert [h.text for h in art.section_heads] == []
    assert _body(art).startswith("这是正文的第一段")


def test_a_footer_after_the_last_paragraph_is_no_text() -> None:
    foot = "主管单位:某某县融媒体中心 地址:某某路100号\n\n某ICP备00000000号-1 备案:00000000号\n"
    art = _only(TITLE + BODY + "\n\n" + foot)
    assert _body(art).endswith("看到了很多人。")


def test_a_lone_line_ending_a_cut_copy_stays_text() -> None:
    # (the excerpt stops inside the text: its last line may be a sentence's start)
    art = _only(TITLE + BODY + "\n\n经济发展史上")
    assert _body(art).endswith("经济发展史上")


def test_a_salutation_and_a_short_sentence_open_the_text() -> None:
    art = _only(TITLE + "亲爱的朋友:\n\n" + BODY)
    assert _body(art).startswith("亲爱的朋友:")
    art = _only(TITLE + "一江山,五十年了。\n\n" + BODY)
    assert _body(art).startswith("一江山,五十年了。")


def test_a_closing_line_of_prose_stays_text() -> None:
    # (no clause mark, but grammatical characters: a line of prose, no footer)
    art = _only(TITLE + BODY + "\n\n这是我们的心愿\n\n大家都在等待\n")
    assert _body(art).endswith("大家都在等待")


def test_a_closing_list_of_names_stays_text() -> None:
    # (names run together with 、, the reporters of a report: the text's, no footer)
    art = _only(TITLE + BODY + "\n\n亓玉昆、艾平、顾燕\n\n郭晓雨、刘张烨\n")
    assert _body(art).endswith("郭晓雨、刘张烨")
