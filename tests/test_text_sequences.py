"""Tests of the line and block sequences of the text layer (lines kept in arrays, each
:class:`Line` made when read) and of the page built on them."""

from __future__ import annotations

import gc
import pickle

import pytest
import regex
from hypothesis import example, given

from paper_parser import Line, Span, blocks, build_page, lines
from paper_parser.text import BlockSequence, LineSequence, iter_rows, rows
from tests.strategies import SAMPLE_TEXT, perturbed_page, tricky_text

# Lines end at Unicode's mandatory breaks; a form feed just after a line feed starts a line.
_LINE = regex.compile(
    r"((?:(?<=\n)\f)?+[^\n\r\x0b\x0c\x85\u2028\u2029]*+)(\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]|)"
)
_BLANK = regex.compile(r"[\s\u200b\u2060\ufeff\u00ad]*+")


def reference_lines(text: str) -> list[Line]:
    """The lines of ``text`` read the plain way: one pattern match per line."""
    out: list[Line] = []
    pos = 0
    while True:
        m = _LINE.match(text, pos)
        assert m is not None
        body, ending = m.group(1), m.group(2)
        blank = _BLANK.fullmatch(body) is not None
        span = Span.of(text, pos, m.end(1))
        out.append(Line(number=len(out), span=span, ending=ending, blank=blank))
        pos = m.end()
        if pos >= len(text):
            if ending:
                out.append(
                    Line(number=len(out), span=Span.of(text, pos, pos), ending="", blank=True)
                )
            return out


@given(tricky_text)
@example("")
@example("\r\r\n\n")
@example("甲\n\u200b\n \n乙\r")
@example("甲\n\f乙\f\f丙\u2028\x85")
def test_lines_are_the_plain_reading(text: str) -> None:
    seq = lines(text)
    expected = reference_lines(text)
    assert list(seq) == expected
    assert len(seq) == len(expected)
    assert seq == tuple(expected)
    assert [seq[i] for i in range(-len(seq), 0)] == expected
    filled = [ln.number for ln in expected if not ln.blank or (not ln.text.isspace() and ln.text)]
    assert list(seq.numbers_with_text()) == filled


@given(perturbed_page())
def test_lines_of_perturbed_pages(page: str) -> None:
    assert list(lines(page)) == reference_lines(page)


def test_long_text_is_split_across_chunks() -> None:
    # More than one chunk of the split (8,192 characters), lines cut at every length.
    text = "".join("字" * (k % 37) + ("\n" if k % 5 else "\n \n") for k in range(3000))
    assert list(lines(text)) == reference_lines(text)
    crlf = text.replace("\n", "\r\n")
    assert list(lines(crlf)) == reference_lines(crlf)


def test_line_sequence_behaves_as_a_tuple() -> None:
    seq = lines("甲\n\n乙\r\n丙")
    assert isinstance(seq, LineSequence)
    assert len(seq) == 4
    assert seq[0].text == "甲"
    assert seq[-1].text == "丙"
    assert seq[2].ending == "\r\n"
    part = seq[1:3]
    assert isinstance(part, LineSequence)
    assert [ln.number for ln in part] == [1, 2]
    assert part == (seq[1], seq[2])
    assert part[-1] == seq[2]
    assert seq[::2] == (seq[0], seq[2])
    assert seq[3:1] == ()
    assert seq[1:3] != seq[0:2]
    assert seq == lines("甲\n\n乙\r\n丙")
    assert seq != lines("甲\n\n乙\n丙")
    assert hash(seq) == hash(tuple(seq))
    assert seq.index(seq[2]) == 2
    assert seq[1] in seq
    assert next(reversed(seq)) == seq[3]
    with pytest.raises(IndexError):
        seq[4]
    with pytest.raises(IndexError):
        seq[-5]
    assert (seq == [*seq]) is False  # like a tuple: not equal to a list
    assert pickle.loads(pickle.dumps(seq)) == seq


def test_blocks_are_runs_of_lines() -> None:
    text = "甲\n乙\n\n\u200b\n丙\n \n"
    found = blocks(text)
    assert isinstance(found, BlockSequence)
    assert [b.text for b in found] == ["甲\n乙", "丙"]
    assert [[ln.number for ln in b.lines] for b in found] == [[0, 1], [4]]
    assert found[-1].lines == (lines(text)[4],)
    assert found == tuple(found)
    assert found[1:] == (found[1],)
    assert hash(found) == hash(tuple(found))
    assert blocks("") == ()
    assert len(blocks("\n\n")) == 0


def test_page_of_blank_lines_holds_no_line_objects() -> None:
    """A page of 20,000 blank lines keeps its lines in arrays: building it (and its blocks
    and rows) leaves no :class:`Line` or :class:`Span` per line alive."""

    def count() -> int:
        gc.collect()
        return sum(1 for o in gc.get_objects() if isinstance(o, Line | Span))

    text = "\n" * 20_000
    before = count()
    page = build_page(text)
    found = blocks(text)
    assert count() - before < 10
    assert len(page.lines) == 20_001
    assert page.reading is page.lines
    assert len(found) == 0
    assert rows(page) == ()
    assert page.lines[12_345] == Line(
        number=12_345, span=Span.of(text, 12_345, 12_345), ending="\n", blank=True
    )


def test_page_lines_and_rows_on_the_sample() -> None:
    page = build_page(SAMPLE_TEXT)
    assert list(page.lines) == reference_lines(SAMPLE_TEXT)
    assert page == build_page(SAMPLE_TEXT)
    assert tuple(iter_rows(page)) == rows(page)
    assert pickle.loads(pickle.dumps(page)) == page


def test_layout_columns_reading_is_a_sequence() -> None:
    text = "\n".join(["左一左一      右一右一", "左二左二      右二右二"] * 3)
    page = build_page(text)
    assert page.shape == "layout-columns"
    assert [ln.text for ln in page.reading if not ln.blank][:2] == ["左一左一", "左二左二"]
    assert all(ln.ending == "\n" for ln in page.reading)
    assert [ln.number for ln in page.reading] == list(range(len(page.reading)))
    assert len(page.widths) == len(page.reading)
