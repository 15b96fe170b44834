"""Reading order of ``pdftotext -layout`` broadsheet pages (``paper_parser._columns``): the
character grid ``-layout`` prints in, the lines side-by-side columns take on alternate
baselines, rows of articles, and headings over several columns. The pages are small ones
written for each rule, set the way ``pdftotext -layout`` sets the pages of
``corpus/generated-real`` (a Han character takes one place of the grid, not two)."""

from __future__ import annotations

from paper_parser import build_page

# Lines of body text, 12 characters each (a justified column of 12 places).
_A = [
    "甲一甲一甲一甲一甲一甲一",
    "甲二甲二甲二甲二甲二甲二",
    "甲三甲三甲三甲三甲三甲三",
    "甲四甲四甲四甲四甲四甲四",
]
_B = [
    "乙一乙一乙一乙一乙一乙一",
    "乙二乙二乙二乙二乙二乙二",
    "乙三乙三乙三乙三乙三乙三",
    "乙四乙四乙四乙四乙四乙四",
]
_C = [
    "丙一丙一丙一丙一丙一丙一",
    "丙二丙二丙二丙二丙二丙二",
    "丙三丙三丙三丙三丙三丙三",
    "丙四丙四丙四丙四丙四丙四",
]
_D = [
    "丁一丁一丁一丁一丁一丁一",
    "丁二丁二丁二丁二丁二丁二",
    "丁三丁三丁三丁三丁三丁三",
    "丁四丁四丁四丁四丁四丁四",
]


def _row(*cells: tuple[int, str]) -> str:
    """A line with each text at its place of the grid (counted in characters)."""
    line = ""
    for at, text in cells:
        line += " " * (at - len(line)) + text
    return line


def _reading(lines: list[str]) -> list[str]:
    """The page's lines of text in reading order, a blank marker as ``""``."""
    page = build_page("\n".join(lines) + "\n")
    assert page.shape == "layout-columns"
    return [ln.text for ln in page.reading]


def _side_by_side_articles() -> list[str]:
    """An article of two columns (at 0 and 16 of the grid) and, to its right, one of one
    column (at 32) whose baseline differs: -layout prints each of its lines on a line of its
    own, between the left article's."""
    lines = []
    for a, b, c in zip(_A, _B, _C, strict=True):
        lines += [_row((0, a), (16, b)), _row((32, c))]
    return lines


def test_columns_line_up_in_characters_not_display_places() -> None:
    # In display places (a Han character two) the left article's second column runs from 28
    # to 52, over the right article's column at 32 on the lines between: the columns are
    # told apart in the characters -layout counts, each read whole.
    reading = [t for t in _reading(_side_by_side_articles()) if t]
    assert reading == [*_A, *_B, *_C]


def test_lines_between_another_columns_lines_are_no_gap() -> None:
    # A column whose lines stand one line apart (another article's between them) reads on
    # without blank lines between its lines: they part no paragraphs.
    reading = _reading(_side_by_side_articles())
    for column in (_A, _B, _C):
        at = reading.index(column[0])
        assert reading[at : at + 4] == column


def test_a_row_of_articles_before_the_columns_of_the_next() -> None:
    # Two articles of two columns, one above the other, their gutters in line: the page
    # reads the top article's columns, then the bottom one's, not the left column of both.
    lines = [_row((0, "上面的新闻标题"))]
    lines += [_row((0, a), (16, b)) for a, b in zip(_A, _B, strict=True)]
    lines += ["", "", "", _row((0, "下面的新闻标题"))]
    lines += [_row((0, c), (16, d)) for c, d in zip(_C, _D, strict=True)]
    reading = [t for t in _reading(lines) if t]
    assert reading == ["上面的新闻标题", *_A, *_B, "下面的新闻标题", *_C, *_D]


def test_a_headline_centred_over_two_columns_reads_before_them() -> None:
    # The headline stands over the second column only (centred over both, a large type in
    # few places of the grid): it opens the article, before the first column.
    lines = [_row((18, "各地秋粮喜获丰收")), ""]
    lines += [_row((0, a), (16, b)) for a, b in zip(_A, _B, strict=True)]
    reading = [t for t in _reading(lines) if t]
    assert reading == ["各地秋粮喜获丰收", *_A, *_B]


def test_a_paragraph_tail_over_a_column_is_not_a_heading() -> None:
    # The third column opens with the last line of a paragraph, blank lines under it, its
    # body starting with the second column's: that line ends with a full stop, as no
    # headline does, and reads in its column, not over the second.
    lines = [_row((0, _A[0]), (32, "丙零丙零。")), _row((0, _A[1])), _row((0, _A[2]))]
    lines += [_row((0, x), (16, b), (32, c)) for x, b, c in zip([_A[3], *_D], _B, _C, strict=False)]
    reading = [t for t in _reading(lines) if t]
    assert reading == [*_A, *_D[:3], *_B, "丙零丙零。", *_C]


def test_a_column_running_on_alone_below_its_neighbours() -> None:
    # One column runs on for many lines under the short ones beside it: fewer than a third
    # of the page's lines hold a gap, and the page is still read as columns.
    lines = [_row((0, a), (16, b)) for a, b in zip(_A, _B, strict=True)]
    lines += [_row((16, t)) for t in [*_C, *_D, *_C[:2]]]
    assert [t for t in _reading(lines) if t] == [*_A, *_B, *_C, *_D, *_C[:2]]
