"""Tests of the text layer: lines, blocks and the normalised view."""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from paper_parser import PaperParseError, Span, _columns, blocks, lines, normalize
from paper_parser import text as text_module
from paper_parser.text import DASHES, display_width, fold_forms, fold_readings, respan
from tests.strategies import SAMPLE_TEXT, perturbed_page, rebroken_page, tricky_text

# --- Span -----------------------------------------------------------------------------------


def test_span_of_checks_range() -> None:
    assert Span.of("abc", 1, 3).text == "bc"
    with pytest.raises(ValueError, match="not a range"):
        Span.of("abc", 2, 4)
    with pytest.raises(ValueError, match="before start"):
        Span(start=3, end=2, text="")
    with pytest.raises(ValueError, match="covers"):
        Span(start=0, end=2, text="a")
    with pytest.raises(ValueError, match=">= 0"):
        Span(start=-1, end=0, text="a")


def test_span_is_frozen_and_ordered() -> None:
    a, b = Span.of("abcd", 0, 1), Span.of("abcd", 2, 3)
    assert a < b
    with pytest.raises(AttributeError):
        a.start = 5  # type: ignore[misc]


def test_error_carries_position_and_pickles() -> None:
    import pickle

    err = PaperParseError("bad digit", text="CN33-00X8", position=7)
    assert isinstance(err, ValueError)
    again = pickle.loads(pickle.dumps(err))
    assert (again.message, again.text, again.position) == ("bad digit", "CN33-00X8", 7)
    assert str(again) == str(err)


# --- lines and blocks -----------------------------------------------------------------------


def test_lines_keep_every_terminator() -> None:
    got = [(ln.text, ln.ending, ln.blank) for ln in lines("a\r\n\u3000\rb\nc")]
    assert got == [
        ("a", "\r\n", False),
        ("\u3000", "\r", True),
        ("b", "\n", False),
        ("c", "", False),
    ]


def test_empty_text_has_one_empty_line_and_no_block() -> None:
    assert [ln.text for ln in lines("")] == [""]
    assert blocks("") == ()
    assert blocks("\n \u3000\n\u200b\n") == ()


def test_sample_blocks() -> None:
    got = blocks(SAMPLE_TEXT)
    # The first block is the masthead date pair; the page starts with four empty lines.
    assert got[0].text == "辛丑年十一月二十\n2021年12月23日 星期四"
    assert got[0].span.start == 4
    assert [ln.number for ln in got[0].lines] == [4, 5]
    # The five-line headline group is one block.
    five = next(b for b in got if b.text.startswith("12月5日以来"))
    assert len(five.lines) == 5
    assert five.lines[-1].text == "持有48小时内核酸检测阴性证明"
    # The page ends mid-sentence, without a terminator.
    assert got[-1].text == "“我们终于找到‘娘家’了,轻"
    assert got[-1].span.end == len(SAMPLE_TEXT)
    # Counted by reading the page: 3 masthead pairs/lines ... 79 runs of non-blank lines.
    assert len(got) == 79


def _check_layout(text: str) -> None:
    """Lines and blocks account for every character of ``text`` exactly once."""
    assert "".join(ln.text + ln.ending for ln in lines(text)) == text
    found = blocks(text)
    rebuilt = []
    pos = 0
    for block in found:
        assert block.span.start >= pos
        gap = text[pos : block.span.start]
        # Only white space and invisible format characters between blocks.
        assert regex.fullmatch(r"[\s\u200b\u2060\ufeff\u00ad]*", gap), repr(gap)
        assert text[block.span.start : block.span.end] == block.text
        assert block.lines[0].span.start == block.span.start
        assert block.lines[-1].span.end == block.span.end
        assert not any(ln.blank for ln in block.lines)
        rebuilt.append(gap)
        rebuilt.append(block.text)
        pos = block.span.end
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == text
    assert regex.fullmatch(r"[\s\u200b\u2060\ufeff\u00ad]*", text[pos:])


@given(tricky_text)
@example("\r\r\n")
@example("a\n\u2028b")
def test_layout_is_lossless_for_any_text(text: str) -> None:
    _check_layout(text)


@given(perturbed_page())
def test_layout_is_lossless_for_perturbed_sample(page: str) -> None:
    _check_layout(page)
    # Perturbations add blank lines and swap widths; they never merge or split blocks' words.
    assert len(blocks(page)) >= len(blocks(SAMPLE_TEXT))


def test_crlf_page_has_the_same_blocks() -> None:
    crlf = SAMPLE_TEXT.replace("\n", "\r\n")
    assert [b.text.replace("\r\n", "\n") for b in blocks(crlf)] == [
        b.text for b in blocks(SAMPLE_TEXT)
    ]


# --- normalisation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("１．５万", "1.5万"),
        ("ＣＮ３３－００１８", "CN33-0018"),
        ("（记者　张三）", "(记者 张三)"),
        ("二○二一年", "二〇二一年"),
        ("a\u00a0b\u2003c", "a b c"),
        ("zero\u200bwidth\ufeff\u00ad", "zerowidth"),
        ("——浙江工会", "——浙江工会"),  # dashes are left as printed
        ("“娘家”。", "“娘家”。"),  # CJK punctuation without an ASCII twin is unchanged
    ],
)
def test_normalize_examples(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


@given(tricky_text)
@example("，，，ａ，０\u200b１：")
def test_normalize_rewrites_every_character_by_the_table(text: str) -> None:
    """The shortcuts (common forms by ``str.replace``, the rest run by run) change nothing:
    the result is the character-by-character translation."""
    assert normalize(text).text == text.translate(text_module._TRANSLATE)


@given(tricky_text)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once


@given(tricky_text, st.data())
def test_normalized_offsets_map_back(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    assert n.original == text
    assert n.to_original(0) <= n.to_original(len(n.text)) <= len(text)
    # Every normalised character comes from the original character its offset maps to.
    for i, ch in enumerate(n.text):
        src = text[n.to_original(i)]
        assert normalize(src).text == ch
    start = data.draw(st.integers(0, len(n.text)))
    end = data.draw(st.integers(start, len(n.text)))
    span = n.span(start, end)
    assert text[span.start : span.end] == span.text
    # The span, normalised, is exactly the normalised slice.
    assert normalize(span.text).text == n.text[start:end]


@given(tricky_text, st.data())
def test_normalized_without_keeps_the_map(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    points = sorted(data.draw(st.lists(st.integers(0, len(n.text)), max_size=8)))
    cuts = [(a, b) for a, b in zip(points[::2], points[1::2], strict=False) if a < b]
    m = n.without(cuts)
    kept = [i for i in range(len(n.text)) if not any(a <= i < b for a, b in cuts)]
    assert m.text == "".join(n.text[i] for i in kept)
    assert m.original == text
    # Every kept character maps to where it mapped before the cut.
    assert [m.to_original(j) for j in range(len(kept))] == [n.to_original(i) for i in kept]
    assert m.to_original(len(m.text)) == n.to_original(len(n.text))


def test_normalized_without_nothing_is_itself() -> None:
    n = normalize("時(shí)政")
    assert n.without([]) is n
    assert n.without([(1, 6)]).span(1, 2) == Span(start=6, end=7, text="政")


def test_normalized_rejects_out_of_range_offsets() -> None:
    n = normalize("abc")
    with pytest.raises(ValueError, match="outside"):
        n.to_original(4)
    with pytest.raises(ValueError, match="after end"):
        n.span(2, 1)


@pytest.mark.parametrize("dash", list("-‐‑‒–—―−－﹣─"))
def test_dashes_class_matches_every_dash(dash: str) -> None:
    assert regex.fullmatch(f"CN33{DASHES}0018", f"CN33{dash}0018")


def test_dashes_class_does_not_match_letters_or_tilde() -> None:
    for ch in "a~〜一":
        assert not regex.fullmatch(DASHES, ch)


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def test_display_width_ranges_agree_with_unicodedata() -> None:
    """The ranges display_width counts without a lookup are wide (or narrow) in this
    Python's Unicode data, every code point of them."""
    wide = regex.compile(f"[{_columns._WIDE_RANGES}]")
    narrow = regex.compile(f"[{_columns._NARROW_RANGES}]")
    assert wide.search("\u3000")
    for cp in range(0x110000):
        ch = chr(cp)
        if wide.match(ch):
            assert _wide(ch), hex(cp)
        elif narrow.match(ch) and cp > 0x10FF:  # below U+1100 is narrow by definition
            assert not _wide(ch), hex(cp)


def test_display_width_is_unicodedata_on_every_code_point() -> None:
    """Per block of 256 code points (each counted once), the same width as one lookup per
    character."""
    for block in range(0, 0x110000, 256):
        chunk = "".join(chr(cp) for cp in range(block, block + 256) if not 0xD800 <= cp < 0xE000)
        expected = len(chunk) + sum(1 for ch in chunk if ch > "\u10ff" and _wide(ch))
        assert display_width(chunk) == expected, hex(block)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_display_width_counts_each_wide_character(text: str) -> None:
    wide = sum(1 for ch in text if ch > "\u10ff" and _wide(ch))
    assert display_width(text) == len(text) + wide


# --- line breaks other than line feeds -------------------------------------------------------


@pytest.mark.parametrize("brk", ["\r\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"])
def test_every_mandatory_break_ends_a_line(brk: str) -> None:
    text = f"第一行{brk}第二行{brk}{brk}第三行"
    got = [(ln.text, ln.ending, ln.blank) for ln in lines(text)]
    assert got == [
        ("第一行", brk, False),
        ("第二行", brk, False),
        ("", brk, True),
        ("第三行", "", False),
    ]
    assert [b.text for b in blocks(text)] == ["第一行" + brk + "第二行", "第三行"]


def test_form_feed_after_a_line_feed_stays_on_its_line() -> None:
    # pdftotext ends a page with a line feed and starts the next page's first line with a
    # form feed: no empty line between the pages (as before form feeds ended lines).
    text = "甲页末行\n\f乙页首行\n乙页次行"
    assert [(ln.text, ln.ending) for ln in lines(text)] == [
        ("甲页末行", "\n"),
        ("\f乙页首行", "\n"),
        ("乙页次行", ""),
    ]
    # Joined with a form feed alone (as a script joining extractor pages writes it), the
    # form feed ends the page's last line; two in a row make an empty line.
    assert [(ln.text, ln.ending) for ln in lines("甲页末行\f乙页首行\f\f丙")] == [
        ("甲页末行", "\f"),
        ("乙页首行", "\f"),
        ("", "\f"),
        ("丙", ""),
    ]


@given(rebroken_page())
def test_line_breaks_do_not_change_the_sample_parse(page: str) -> None:
    """The sample issue with its line feeds replaced by other line breaks parses to the same
    articles: the same headlines, bylines and paragraph texts."""
    from paper_parser import parse_issue

    def digest(text: str) -> list[tuple[object, ...]]:
        return [
            (
                a.headline and a.headline.text,
                tuple(b.text for b in a.bylines),
                tuple(p.text for p in a.paragraphs),
            )
            for a in parse_issue(text).articles
        ]

    assert digest(page) == digest(SAMPLE_TEXT)
    assert "".join(ln.text + ln.ending for ln in lines(page)) == page


def test_double_spaced_hard_wrapped_page_is_read_single_spaced() -> None:
    from paper_parser import build_page

    full = "一二三四五六七八九十一二三四五六七八九十一二，"
    paragraphs = [[full] * 5 + ["完。"], [full] * 5 + ["止。"]]
    single = "\n\n".join("\n".join(p) for p in paragraphs)
    double = single.replace("\n", "\n\n")
    page, plain = build_page(double), build_page(single)
    assert (page.shape, page.wrap_width) == (plain.shape, plain.wrap_width) == ("hard-wrapped", 46)
    # One blank line after each line goes; the three between the paragraphs become one.
    assert [ln.text for ln in page.reading] == [ln.text for ln in plain.reading]
    assert [r.pieces[0].text for r in text_module.rows(page)] == [full, full]
    assert len(page.lines) == 2 * len(plain.lines) - 1


def test_blank_separated_paragraphs_are_not_double_spaced() -> None:
    # A web copy with a blank line between paragraphs: not hard-wrapped, kept as it is.
    from paper_parser import build_page

    page = build_page("\n\n".join(f"第{i}段，文字长短不一{'很' * i}长。" for i in range(1, 12)))
    assert page.shape == "paragraph-per-line"
    assert page.reading == page.lines


def test_vertical_type_is_one_row() -> None:
    """A headline set vertically comes out of pdftotext one character per line: three or
    more such lines in a row are one row; two are not (a name split over two lines)."""
    page = text_module.build_page("新\n时\n代\n新\n征\n程\n\n正文第一行。\n者\n甲\n")
    got = [[p.text for p in r.pieces] for r in text_module.rows(page)]
    assert got == [["新", "时", "代", "新", "征", "程"], ["正文第一行。"], ["者"], ["甲"]]
    # A digit or a Latin letter on its own line is not vertical Han type.
    page = text_module.build_page("新\n2\n代\n")
    assert [[p.text for p in r.pieces] for r in text_module.rows(page)] == [["新"], ["2"], ["代"]]


def test_a_long_vertical_run_is_read_in_columns() -> None:
    n = text_module._VERTICAL_MAX
    page = text_module.build_page("字\n" * (2 * n + 5))
    assert [len(r.pieces) for r in text_module.rows(page)] == [n, n, 5]


def test_a_page_spaced_two_blank_lines_apart_is_read_single_spaced() -> None:
    """A layout-keeping extractor at a finer vertical scale puts two blank lines between the
    lines of a paragraph and more between paragraphs: the most common spacing says nothing."""
    from paper_parser import build_page

    full = "一二三四五六七八九十一二三四五六七八九十一二，"
    paragraphs = [[full] * 5 + ["完。"], [full] * 5 + ["止。"]]
    single = "\n\n".join("\n".join(p) for p in paragraphs)
    spaced = "\n\n\n\n\n\n".join("\n\n\n".join(p) for p in paragraphs)
    page, plain = build_page(spaced), build_page(single)
    assert (page.shape, page.wrap_width) == ("hard-wrapped", 46)
    assert [ln.text for ln in page.reading] == [ln.text for ln in plain.reading]
    assert text_module._line_spacing(page.lines._table.flags) == 2


def test_radicals_and_compatibility_ideographs_fold_one_for_one() -> None:
    # Kangxi radicals (NFKC), the radicals supplement (UCD Equivalent_Unified_Ideograph) and a
    # compatibility ideograph (NFKC), as extractors give them from PDF fonts.
    given = "⼈民⽇报 ⻓江 ⻔⼝ ⻢路 ⻋站 \ufa0c"
    assert fold_forms(given) == "人民日报 长江 门口 马路 车站 兀"
    assert normalize(given).text == fold_forms(given)
    assert len(fold_forms(given)) == len(given)
    assert fold_forms("人民日报") == "人民日报"
    # Vertical forms of punctuation, from a title or caption set vertically: the punctuation
    # Chinese text prints (full-width), and in the normalised view what that folds to.
    assert fold_forms("︽长江︾︵记者 张伟︶︐﹁好﹂︙") == "《长江》（记者 张伟），「好」︙"
    assert normalize("︵记者︶︐").text == "(记者),"


def test_fold_readings_takes_out_pinyin_after_characters_only() -> None:
    page = "網(wǎng)站發(fā)布(2025)新华社(北京)"
    view, at = fold_readings(page)
    assert view == "網站發布(2025)新华社(北京)"
    assert at is not None
    assert len(at) == len(view) + 1
    assert at[-1] == len(page)
    # a span of the view is cut from the page with the readings inside it
    span = respan(Span.of(view, 0, 4), page, positions=at)
    assert span.text == "網(wǎng)站發(fā)布"
    assert fold_readings("新华社(北京) (abc)") == ("新华社(北京) (abc)", None)


def test_tabs_for_spaces_are_read_as_the_spaces_they_stand_for() -> None:
    # A tab moves on to the next stop, eight places apart, counted as the tool that wrote
    # it counted: characters, display columns or UTF-8 bytes (甲乙: 2, 4 or 6 places).
    spaces = [len(_columns._expanded("甲乙\tX", unit)[0]) - 3 for unit in _columns._TAB_UNITS]
    assert spaces == [6, 4, 2]
    # Two columns of a -layout page written with tabs by GNU unexpand -a (bytes: 左栏七八九十
    # is 18, a tab to 24 and four spaces; in characters the right column would start at
    # 8 + 4 on that line and at 16 + 4 on the others): the count under which more cells
    # line up is taken, and the page is the -layout text again.
    rows = [("左栏文字一二三四五六", 6), ("左栏七八九十", 10), ("左栏文字一二三四五六", 6)]
    page = "".join(f"{a}{' ' * n}右栏第{k}行  内容\n" for k, (a, n) in enumerate(rows * 2))
    tabbed = "".join(f"{a}\t    右栏第{k}行  内容\n" for k, (a, _) in enumerate(rows * 2))
    got = _columns.expand_tabs(tabbed)
    assert got is not None
    copy, at = got
    assert copy == page
    assert len(at) == len(copy) + 1
    assert at[-1] == len(tabbed)
    # (as respan's positions: each character stands where it came from, a tab's first
    # space at the tab and its other spaces just after it)
    for k, ch in enumerate(copy):
        from_a_tab = ch == " " and "\t" in tabbed[max(0, at[k] - 1) : at[k] + 1]
        assert tabbed[at[k]] == ch or from_a_tab
    assert sorted(at) == at
    # Read as columns, each cell cut from the tabbed text as given.
    cells = [ln.text for ln in text_module.build_page(tabbed).reading if ln.text]
    assert cells[:2] == ["左栏文字一二三四五六", "左栏七八九十"]
    assert cells[6:8] == ["右栏第0行  内容", "右栏第1行  内容"]
    assert _columns.expand_tabs("no tab") is None
