"""parse_pdf on generated broadsheets with real text (tests/realistic_pages.py), and the
rules those pages asked for, each on a page made up to show it.

``python benchmarks/pdf.py score real 100 119`` scores the development pages
(``score real-heldout 1250 1289`` the development pages of the held-out pools); this test
holds floors on a few of them so that a change that loses their headlines fails fast.
"""

from __future__ import annotations

import pytest

import paper_parser
import paper_parser.pdf
from paper_parser._pdf_layout import LaidLine
from paper_parser._pdf_write import Para, write

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

_BODY = (
    "今年以来，国际能源价格大幅上涨，煤炭、天然气、原油价格也屡创新高，"
    "国内电力和煤炭供应偏紧，多种因素导致近期部分地方出现了限电现象。"
)


def _typed(text: str, roles: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, role) of each line of ``text``: the role given, else body."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line:
            out.append((pos, pos + len(line), roles.get(line, "body")))
        pos += len(line) + 1
    return out


def test_headlines_side_by_side_are_two_groups() -> None:
    # seed 113: two one-column articles of a row, each title wrapped over two lines, read
    # one after the other before their text; a blank line between the two headlines.
    text = "姑蘇城\n看蘇繡\n\n淮北发现\n新煤田\n\n本报记者 赵兵\n\n" + _BODY + "\n"
    heads = dict.fromkeys(("姑蘇城", "看蘇繡", "淮北发现", "新煤田"), "headline")
    issue = paper_parser.parse_issue(text, line_roles=_typed(text, heads))
    assert [a.headline.text if a.headline else None for a in issue.articles] == [
        "姑蘇城看蘇繡",
        "淮北发现新煤田",
    ]
    # One headline's printed lines, one to a line with no blank line: one headline.
    one = text.replace("看蘇繡\n\n淮北发现", "看蘇繡\n淮北发现")
    (art, *_) = paper_parser.parse_issue(one, line_roles=_typed(one, heads)).articles
    assert art.headline is not None
    assert art.headline.text == "姑蘇城看蘇繡淮北发现新煤田"


def test_a_headline_after_a_subtitle_opens_the_next_group() -> None:
    # seed 1278: a headline group (headline, subtitle), then the headline of the article
    # beside it: a group's subtitle is set under its headline, so the headline after it
    # is the next article's.
    text = "我们伟大\n的祖国\n\n在南方日报的一百天\n\n吴数德夺\n得金牌\n\n" + _BODY + "\n"
    roles = dict.fromkeys(("我们伟大", "的祖国", "吴数德夺", "得金牌"), "headline")
    roles["在南方日报的一百天"] = "subtitle"
    arts = paper_parser.parse_issue(text, line_roles=_typed(text, roles)).articles
    assert [(a.headline.text if a.headline else None) for a in arts] == [
        "我们伟大的祖国",
        "吴数德夺得金牌",
    ]
    assert arts[0].subtitle is not None
    assert arts[0].subtitle.text == "在南方日报的一百天"
    assert arts[1].subtitle is None


def test_a_question_in_body_type_over_a_headline_ends_the_text_above() -> None:
    # seed 1288: the last paragraph of an article, one line asking a question, right over
    # the next article's headline: its body type makes it a paragraph, not a title line
    # (nor a section head); the text alone reads it as a title that asks.
    text = (
        "长江大桥将在九月建成\n\n本报记者 马睿姗\n" + _BODY + "\n" + _BODY + "\n"
        "实体经济得到了哪些金融支持？\n\n吴数德夺\n得金牌\n\n" + _BODY + "\n"
    )
    heads = dict.fromkeys(("长江大桥将在九月建成", "吴数德夺", "得金牌"), "headline")
    first, second = paper_parser.parse_issue(text, line_roles=_typed(text, heads)).articles
    assert [p.text[:4] for p in first.paragraphs] == ["今年以来", "今年以来", "实体经济"]
    assert first.section_heads == ()
    assert second.headline is not None
    assert second.headline.text == "吴数德夺得金牌"


def _line(text: str, x0: float, top: float, size: float = 19.8) -> LaidLine:
    x1 = x0 + size * len(text)
    xs = tuple(x0 + size * k for k in range(len(text)))
    return LaidLine(
        text, x0, top, x1, top + size, top + size * 0.88, size, False, xs,
        tuple(x + size for x in xs),
    )  # fmt: skip


def _head(line: LaidLine) -> Para:
    return Para(
        page=1,
        lines=(line,),
        role="headline",
        continues=False,
        block_start=True,
        open_end=False,
        column=False,
        indented=False,
        body_type=False,
    )


def test_headline_blocks_side_by_side_are_set_apart() -> None:
    # seed 117: a two-column headline and, level with it, the first line of a one-column
    # headline over the next column: two headlines, a blank line between them.
    a, b, c = (
        _line("不忘初心对党忠诚", 538.6, 43.5),
        _line("姑蘇城", 735.7, 44.1),
        _line("看蘇繡", 735.7, 68.8),
    )
    assert write([_head(a), _head(b), _head(c)]).text == "不忘初心对党忠诚\n\n姑蘇城\n看蘇繡\n"


# (heldout pools?, seed): articles, headlines found exactly, articles no true one's.
_PAGES = {
    (False, 101): (6, 6, 0),
    (False, 113): (4, 4, 0),  # two one-column headlines side by side (before: 2 found, 1 false)
    (False, 117): (4, 4, 1),  # a headline level with another's first line (before: 2, 2)
    (False, 121): (5, 5, 0),  # a boxed brief whose byline runs past its box (before: 4, 1)
    (False, 123): (7, 7, 0),  # the same (before: 6, 1)
    (True, 1252): (5, 5, 0),  # a headline beside a wrapped one (before: 3, 1)
    (True, 1278): (9, 9, 1),  # a headline after a subtitle (before: 7, 1)
}


@pytest.mark.parametrize(("heldout", "seed"), sorted(_PAGES))
def test_real_text_broadsheet_headlines(heldout: bool, seed: int) -> None:
    """parse_pdf on development pages of tests/realistic_pages.py: the headlines found
    (compared with the generator's truth, white space removed)."""
    from tests.articles_scoring import score_articles
    from tests.realistic_pages import real_page

    drawn = real_page(seed, heldout=heldout)
    assert drawn is not None
    gen, gold = drawn
    (res,) = paper_parser.pdf.parse_pdf(gen.pdf)
    rep = score_articles(f"seed{seed}", res.issue.articles, gold)
    assert (len(gold), rep.headlines.tp, rep.headlines.fp) == _PAGES[heldout, seed]
