"""paper_parser.pdf on generated newspaper pages (exact truth) and on the real 人民日报 export.

Generated pages (tests/pdf_fixtures.py, reportlab + the built-in CID font STSong-Light) know
what they print: every unit's text and the reading order. The checks:

* reading order: Kendall tau between the printed order of the units (kicker, headline,
  subtitle, byline, caption, credit, paragraphs) and where they sit in ``PdfPage.text``,
  at least 0.98 over all layouts;
* every paragraph is one line of the page text, exactly (rejoined across lines, columns and
  photos); every kicker, headline and subtitle is the text of the lines given that role;
* ``parse_issue`` on the page text finds every article with its headline, kicker, subtitle
  and paragraphs exactly;
* boxes map back: the box of a headline's span is where it was drawn.

The real PDF (``../shared/realdev``) is parsed from the PDF and scored with the gold used
for its ``pdftotext`` text: headline and byline scores at least as good as from the text,
and no page footer or source line inside any body.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable, Sequence
from itertools import combinations
from pathlib import Path
from typing import NamedTuple

import attrs
import pytest

pytest.importorskip("pypdfium2", reason="the 'pdf' extra (pypdfium2) is not installed")
pytest.importorskip("reportlab", reason="reportlab (test extra) is not installed")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import paper_parser
from paper_parser import PaperParseError
from paper_parser.pdf import (
    PdfPage,
    PdfProblem,
    article_boxes,
    iter_pdf,
    join_pages,
    parse_pdf,
    read_pdf,
    read_pdf_document,
    scan_pdf,
)
from tests.articles_scoring import CORPUS, REALDEV, body_stream, load_gold, score_text, table
from tests.pdf_fixtures import (
    TRICKS,
    ArticleSpec,
    GeneratedPage,
    PageSpec,
    TooLong,
    Unit,
    article,
    broadsheet_spec,
    cropped_pdf,
    epaper_spec,
    make_page,
    random_spec,
    scan_like_pdf,
    type3_pdf,
    unmapped_pdf,
)

# --- generated layouts ------------------------------------------------------------------------


def _one_column(rng: random.Random) -> PageSpec:
    return PageSpec(
        columns=1,
        rows=(
            (article(rng, paragraphs=5, kicker=True, subtitle=True, byline=True),),
            (article(rng, paragraphs=3, byline=True),),
        ),
    )


def _two_columns(rng: random.Random) -> PageSpec:
    return PageSpec(
        columns=2,
        rows=(
            (article(rng, columns=2, paragraphs=6, subtitle=True, byline=True),),
            (article(rng, paragraphs=4, byline=True), article(rng, paragraphs=3, kicker=True)),
        ),
    )


def _three_columns_photo(rng: random.Random) -> PageSpec:
    return PageSpec(
        columns=3,
        rows=(
            (article(rng, columns=3, paragraphs=7, kicker=True, byline=True, photo=True),),
            (article(rng, columns=2, paragraphs=5, byline=True), article(rng, boxed=True)),
        ),
    )


def _four_columns(rng: random.Random) -> PageSpec:
    return PageSpec(
        columns=4,
        rows=(
            (
                article(rng, columns=3, paragraphs=5, kicker=True, subtitle=True, byline=True),
                article(rng, paragraphs=2, boxed=True),
            ),
            (
                article(rng, columns=2, paragraphs=4, byline=True, photo=True),
                article(rng, columns=2, paragraphs=3, subtitle=True, byline=True),
            ),
        ),
    )


def _five_columns(rng: random.Random) -> PageSpec:
    return PageSpec(
        columns=5,
        rows=(
            (article(rng, columns=5, paragraphs=8, kicker=True, subtitle=True, byline=True),),
            (
                article(rng, columns=2, paragraphs=4, byline=True),
                article(rng, columns=2, paragraphs=4, photo=True),
                article(rng, paragraphs=2, boxed=True),
            ),
        ),
    )


def _six_columns_landscape(rng: random.Random) -> PageSpec:
    return PageSpec(
        columns=6,
        landscape=True,
        rows=(
            (
                article(rng, columns=4, paragraphs=7, subtitle=True, byline=True, photo=True),
                article(rng, columns=2, paragraphs=4, kicker=True, byline=True),
            ),
            (
                article(rng, columns=3, paragraphs=5, byline=True),
                article(rng, columns=2, paragraphs=3, byline=True),
                article(rng, paragraphs=2, boxed=True),
            ),
        ),
    )


LAYOUTS: dict[str, Callable[[random.Random], PageSpec]] = {
    "1-column": _one_column,
    "2-columns": _two_columns,
    "3-columns-photo": _three_columns_photo,
    "4-columns-brief": _four_columns,
    "5-columns": _five_columns,
    "6-columns-landscape": _six_columns_landscape,
}
SEEDS = range(3)
_CACHE: dict[tuple[str, int], tuple[GeneratedPage, PdfPage]] = {}


def _generated(name: str, seed: int) -> tuple[GeneratedPage, PdfPage]:
    key = (name, seed)
    if key not in _CACHE:
        gen = make_page(LAYOUTS[name](random.Random(seed)))
        (page,) = read_pdf(gen.pdf)
        _CACHE[key] = (gen, page)
    return _CACHE[key]


# --- truth helpers ----------------------------------------------------------------------------


def positions(gen: GeneratedPage, page: PdfPage, *, spaces: bool = True) -> list[int]:
    """Where each printed unit sits in the page text (line breaks ignored, and every white
    space when not ``spaces``: real bylines print two spaces between names, which a PDF
    reader gives as one), -1 if absent.

    A unit that a page may print more than once (a byline, a credit, a jump line such as
    （下转第4版） under two articles) is looked for after its headline, and each printed copy
    is one unit's only: a unit takes the first copy no unit before it has taken, so the
    second article's jump line is found where the second copy is printed, not at the first
    one's place (which would count a reading-order error that is not there)."""
    flat = page.text.replace("\n", "") if spaces else "".join(page.text.split())
    found: list[int] = []
    heads: dict[int, int] = {}
    taken: set[int] = set()
    for u in gen.units:
        start = heads.get(u.article, 0) if u.kind in ("byline", "credit", "jump") else 0
        unit = u.text if spaces else "".join(u.text.split())
        at = flat.find(unit, start)
        while at in taken:
            at = flat.find(unit, at + 1)
        if at >= 0:
            taken.add(at)
        if u.kind == "headline":
            heads[u.article] = max(at, 0)
        found.append(at)
    return found


def kendall_tau(xs: Sequence[int]) -> float:
    """Kendall tau between ``xs`` and its index order (1.0: same order)."""
    pairs = list(combinations(range(len(xs)), 2))
    if not pairs:
        return 1.0
    score = sum((xs[j] > xs[i]) - (xs[j] < xs[i]) for i, j in pairs)
    return score / len(pairs)


def role_texts(page: PdfPage, role: str) -> list[str]:
    """Texts of runs of consecutive lines that have ``role`` (one heading each)."""
    out: list[str] = []
    prev = None
    for ln in page.lines:
        if ln.role == role:
            if prev is not None and prev.role == role and prev.size == ln.size:
                out[-1] += ln.span.text
            else:
                out.append(ln.span.text)
        prev = ln
    return out


def _units(gen: GeneratedPage, kind: str) -> list[Unit]:
    return [u for u in gen.units if u.kind == kind]


# --- generated pages: reading order, text, headings, parse_issue -------------------------------


def _all() -> list[tuple[GeneratedPage, PdfPage]]:
    return [_generated(n, s) for n in LAYOUTS for s in SEEDS]


def test_reading_order_over_all_layouts() -> None:
    taus = []
    for gen, page in _all():
        pos = positions(gen, page)
        missing = [u.text for u, p in zip(gen.units, pos, strict=True) if p < 0]
        assert not missing, (missing, page.text)
        taus.append(kendall_tau(pos))
    assert min(taus) >= 0.98, taus  # today: 1.0 on every page


def test_paragraphs_exact() -> None:
    """Every paragraph one line of the page text, rejoined exactly (18 pages, 267
    paragraphs)."""
    misses, total = [], 0
    for gen, page in _all():
        lines = set(page.text.split("\n"))
        for u in _units(gen, "paragraph"):
            total += 1
            if u.text not in lines:
                misses.append(u.text)
    assert total >= 200
    assert not misses, misses


def test_headings_from_type() -> None:
    """Kicker, headline and subtitle are the lines given those roles from type size."""
    wrong = []
    for gen, page in _all():
        for kind in ("kicker", "headline", "subtitle"):
            got, want = sorted(role_texts(page, kind)), sorted(u.text for u in _units(gen, kind))
            if got != want:
                wrong.append((kind, got, want))
    assert not wrong, wrong


def _generated_scores(*, roles: bool) -> tuple[int, int, int, int]:
    """(found, exact, heads, total) of parse_issue on the generated pages: articles found by
    headline, those with every paragraph exact, those with kicker and subtitle exact."""
    found = exact = heads = total = 0
    for gen, page in _all():
        line_roles = paper_parser.pdf.line_roles(page) if roles else ()
        issue = paper_parser.parse_issue(page.text, line_roles=line_roles)
        by_head = {a.headline.text: a for a in issue.articles if a.headline is not None}
        for spec in gen.articles:
            total += 1
            got = by_head.get(spec.headline)
            if got is None:
                continue
            found += 1
            exact += [p.text for p in got.paragraphs] == list(spec.paragraphs)
            heads += (got.kicker.text if got.kicker else None) == spec.kicker and (
                got.subtitle.text if got.subtitle else None
            ) == spec.subtitle
    return found, exact, heads, total


def test_parse_issue_on_page_text() -> None:
    """parse_issue on the page text: articles found by headline, with their paragraphs."""
    found, exact, _, total = _generated_scores(roles=False)
    # Today's figures: 38 of 63 found, 28 with every paragraph exact (63 and 63 with
    # the roles from type, test_parse_issue_with_roles_from_type). The text parser reads a
    # kicker over a headline (no subtitle) as headline and subtitle, and a boxed brief's
    # bold headline as a section head; the PdfPage's roles from type size are right
    # (test_headings_from_type). The floor keeps the figures from sliding back.
    assert total == 63
    assert found >= 38, (found, total)
    assert exact >= 28, (exact, total)


class _RandomPage(NamedTuple):
    tau: float
    exact: int  # articles with every paragraph exact (parse_issue with the roles)
    articles: int


def _check_random_page(
    seed: int, spec: Callable[[int], PageSpec] = random_spec
) -> _RandomPage | None:
    """A random page's reading order and articles (None when the page does not fit),
    after checking every unit is found whole and kicker, headline and subtitle come from
    type."""
    try:
        gen = make_page(spec(seed))
    except TooLong:
        return None
    (page,) = read_pdf(gen.pdf)
    pos = positions(gen, page)
    assert min(pos) >= 0, (seed, page.text)
    for kind in ("kicker", "headline", "subtitle"):
        want = sorted(u.text for u in _units(gen, kind))
        assert sorted(role_texts(page, kind)) == want, (seed, kind)
    issue = paper_parser.parse_issue(page.text, line_roles=paper_parser.pdf.line_roles(page))
    by_head = {a.headline.text: a for a in issue.articles if a.headline is not None}
    exact = 0
    for spec in gen.articles:
        got = by_head.get(spec.headline)
        assert got is not None, (seed, spec.headline)
        exact += [p.text for p in got.paragraphs] == list(spec.paragraphs)
    return _RandomPage(kendall_tau(pos), exact, len(gen.articles))


@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(seed=st.integers(0, 1_000_000))
def test_random_layouts(seed: int) -> None:
    """Random pages (tests.pdf_fixtures.random_spec: 1-6 columns, portrait or landscape,
    spans, kickers, subtitles, photos with caption and credit, boxed briefs, paragraphs
    going on into the next column): reading order tau >= 0.98, every unit found whole,
    every article found by its headline, headings from type exact. The bar holds on every
    page of seeds 0-5999 and 500000-500999 and on 2,226 pages of seeds drawn at random over
    the whole range; the examples are derandomized: a run of the suite is the same run on
    every machine."""
    page = _check_random_page(seed)
    assert page is None or page.tau >= 0.98, (seed, page)


def test_headline_over_a_column_it_does_not_reach() -> None:
    """Seed 23966 (it failed until the fix): a headline centred over two columns, the first
    holding only a byline and a one-line paragraph that end well before the headline
    starts. A block no column frame holds is as wide as the page's columns when the order
    is made, so the headline is seen to be over it and read first."""
    assert _check_random_page(23966) == _RandomPage(tau=1.0, exact=2, articles=2)


@pytest.mark.parametrize(
    ("seed", "articles"),
    [
        (1345, 1),  # boxed, 2 columns: a short line is not a full one when the next
        (2938, 2),  # column starts far right of it (no paragraph runs on)
        (2236, 4),  # boxed: its columns' right edge is set in as far as their left one
        (2965, 5),  # boxed: a short line atop its column goes on from the column before
        (2280, 1),  # a column of one-line paragraphs, each indented, on the page's grid
        (10680, 1),  # the same beside a gutter of 3.5 em (two columns on an A3 page)
        (10937, 3),  # a full line with a hanging stop runs on into the next column
        # Found on seeds 100000-101999 and 300000-300999 (never used before):
        (100076, 3),  # no column frame: a stop hanging past the measure does not widen it
        (100138, 2),  # the same with two lines whose stops hang, one full line between
        (100900, 3),  # the same where digits leave the line a little short of the measure
        (100080, 3),  # a column's first line starts a column pitch right of the one before:
        (300303, 2),  # not indented, a paragraph goes on (its one line short)
        (100428, 3),  # two short lines of two articles ending alike are no column frame
        (100453, 3),  # a column's indented first lines far down are that column's
        (100967, 3),  # a column found from indented lines starts where its other lines do
        (300734, 3),  # a column frame of full lines as wide as the page's shows the grid
        (300927, 1),  # a frame of indented one-line paragraphs placed by the gutter
        (101650, 2),  # the column placed by the headline's grid two columns on
        (300048, 2),  # a pitch measured from a boxed brief's column: the box's padding
        (100749, 1),  # boxed: its columns' gutter holds the box's padding twice
        # Found on seeds 200000-201999:
        (201703, 1),  # one-line paragraphs ending alike under a centred headline's grid
        (201827, 2),  # the same beside a column that shows no right edge
        (200047, 2),  # a one-column article: its right edge mirrors the centred headline's
        (11015, 3),  # boxed: a column frame of one width of the page's shows the grid
        (11671, 4),  # one-line paragraphs under a column's block: that block's left edge
        (12226, 4),  # boxed: a short line where the box's columns, filling it, start
        (10573, 4),  # a boxed brief's headline in three lines (parse_issue kept two once)
        # Found on seeds 600000-601999:
        (600071, 1),  # boxed: the headline's grid with the box's padding in its gutters
        (600842, 1),  # a column's left edge shown by the caption above it places the next
        (601161, 1),  # a one-line column placed by a headline starting two columns on
    ],
)
def test_random_layout_paragraphs_exact(seed: int, articles: int) -> None:
    """Pages whose paragraphs were once joined or split wrongly: every article exact."""
    assert _check_random_page(seed) == _RandomPage(tau=1.0, exact=articles, articles=articles)


def test_headline_in_five_short_lines_is_no_menu() -> None:
    """E-paper seed 400551 (seeds 400744, 400896, 400935 the same): a headline set in five
    lines of two or three characters is no web page's menu when the PDF's type says it is a
    headline (it was read as one from f0aa75c until the menu rules left typed lines alone)."""
    assert _check_random_page(400551, epaper_spec) == _RandomPage(tau=1.0, exact=5, articles=5)


def test_fresh_seed_900519() -> None:
    """Seed 900519 (found by the one final run on fresh seeds 900000-900999): a headline
    centred over two columns whose first holds only a byline and a one-line paragraph,
    in a column frame outlined by the article below; the block is widened to its frame,
    so the headline is seen to be over it and read first (test_headline_over_a_column_it_
    does_not_reach, with a column frame)."""
    assert _check_random_page(900519) == _RandomPage(tau=1.0, exact=4, articles=4)


def test_epaper_running_head_touching_a_column() -> None:
    """E-paper seed 100456: the running head's centre word ends just past the left edge of
    the column under it; it is not what shows that column's edge (every line of the column
    starts at it, the first going on from the column before)."""
    page = _check_random_page(100456, epaper_spec)
    assert page == _RandomPage(tau=1.0, exact=5, articles=5)


# Articles of the first 1,000 seeded random pages (908 fit) whose paragraphs are not all
# exact: none of 2,383 (was 6: one-line paragraphs, each indented, in a column whose left
# edge only the page's column grid shows).
SWEEP_INEXACT = 0


def test_random_layouts_sweep() -> None:
    """The first 1,000 seeded random pages: reading order tau >= 0.98 on every one (today
    1.0 on all), every unit and article found, kicker/headline/subtitle exact from type;
    every article's paragraphs exact on all but SWEEP_INEXACT."""
    pages = [p for seed in range(1000) if (p := _check_random_page(seed)) is not None]
    assert len(pages) >= 900
    assert min(p.tau for p in pages) >= 0.98, [p.tau for p in pages]
    total = sum(p.articles for p in pages)
    exact = sum(p.exact for p in pages)
    assert total - exact <= SWEEP_INEXACT, (exact, total)


def test_epaper_pages() -> None:
    """Random pages as e-paper prints them (tests.pdf_fixtures.epaper_spec: a running head
    over a rule across the page, hairlines in the gutters, letter-spaced headlines on half
    the pages; on odd seeds every glyph drawn on its own, in a shuffled order), seeds
    0-119: the running head is read first, on its own, and every page's reading order and
    every article are exact."""

    def spec(seed: int) -> PageSpec:
        return epaper_spec(seed, shuffled=seed % 2 == 1)

    pages = [p for seed in range(120) if (p := _check_random_page(seed, spec))]
    assert len(pages) >= 100
    assert min(p.tau for p in pages) == 1.0
    assert sum(p.exact for p in pages) == sum(p.articles for p in pages)
    gen = make_page(epaper_spec(1))
    (page,) = read_pdf(gen.pdf)
    assert gen.spec.folio == ("2025年7月8日 星期一", "经济", "8")
    assert page.text.split("\n\n")[:3] == list(gen.spec.folio)


# --- broadsheet features (tests.pdf_fixtures.broadsheet_spec) --------------------------------


def _feature_page(**changes: object) -> PageSpec:
    """A four-column e-paper page (running head, hairlines), two rows, with ``changes``:
    page options, or ``first=`` / ``second=`` dicts of changes to the first article (three
    columns, a photo) and to the second (one column)."""
    rng = random.Random(7)
    first = article(rng, columns=3, paragraphs=6, kicker=True, byline=True, photo=True)
    second = article(rng, paragraphs=3, byline=True)
    third = article(rng, columns=2, paragraphs=4, subtitle=True, byline=True)
    fourth = article(rng, columns=2, paragraphs=4, byline=True)
    a = attrs.evolve(first, **changes.pop("first", {}))  # type: ignore[arg-type]
    b = attrs.evolve(second, **changes.pop("second", {}))  # type: ignore[arg-type]
    spec = PageSpec(
        columns=4,
        rows=((a, b), (third, fourth)),
        folio=("2025年10月20日 星期一", "要闻", "2"),
        rules=True,
    )
    return attrs.evolve(spec, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "changes"),
    [
        # every headline glyph its own text object, set 1.4 em apart (few characters a line)
        ("letter-spaced", {"glyph_heads": True, "letter_spacing": 1.4}),
        # a headline set vertically beside its text, on the left and on the right
        ("vertical-left", {"second": {"vertical": "left"}}),
        ("vertical-right", {"first": {"vertical": "right", "kicker": None}}),
        # the section name in big bold type in the running head, over a double rule
        ("section-band", {"section_band": True}),
        # a bold kicker, a big headline and a subtitle opened by a dash
        ("stack", {"head_sizes": (1.6, 3.0, 1.5), "kicker_bold": True}),
        ("dash-subtitle", {"second": {"subtitle": "——前会教强批因义复然些看表九山点"}}),
        # a caption in body type under a photo over three columns, its credit flush right
        ("body-type-caption", {"caption_size": 1.0}),
        # lines saying where an article continues from and to
        ("jumps", {"first": {"jump_in": "（上接第1版）", "jump_out": "（下转第4版）"}}),
    ],
)
def test_broadsheet_feature(name: str, changes: dict[str, object]) -> None:
    """Each broadsheet feature alone on one page: every unit in reading order (tau 1.0),
    kicker, headline and subtitle from type exact, every article found by its headline
    with every paragraph exact (a jump line is no paragraph)."""
    spec = _feature_page(**changes)
    assert _check_random_page(0, lambda _: spec) == _RandomPage(tau=1.0, exact=4, articles=4)


# A scan keeps no photo, rule or weight apart from its picture: see test_scanned_page.
@pytest.mark.parametrize("trick", [t for t in TRICKS if t != "scan"])
def test_broadsheet_drawn_other_ways(trick: str) -> None:
    """The broadsheet feature page drawn as other e-paper PDFs draw it (TJ arrays with
    kerning, a text object per glyph, bold by overprinting, all in a Form XObject placed
    shifted, stored sideways with /Rotate 90, 180 and 270, old text under a picture and a
    white rectangle, every line drawn from its last glyph to its first, an invisible OCR
    layer over the printed text) reads as the page drawn plainly: every unit in order,
    every article exact, and the page text the same."""
    spec = _feature_page(section_band=True, glyph_heads=False, first={"boxed": True})
    plain = make_page(spec)
    (want,) = read_pdf(plain.pdf)
    assert _check_random_page(0, lambda _: attrs.evolve(spec, tricks=(trick,))) == _RandomPage(
        tau=1.0, exact=4, articles=4
    )
    (got,) = read_pdf(make_page(attrs.evolve(spec, tricks=(trick,))).pdf)
    assert got.text == want.text
    assert [ln.role for ln in got.lines] == [ln.role for ln in want.lines]
    assert [ln.bold for ln in got.lines] == [ln.bold for ln in want.lines]


@pytest.mark.parametrize(("unit", "tm"), [(1000.0, False), (1.0, False), (100.0, True)])
def test_type3_font(unit: float, tm: bool) -> None:
    """A page set in a Type3 font (glyphs drawn by procedures, in a glyph space of 1000, 1
    or 100 units an em, sized by Tf or by the text matrix): its text, type sizes, roles and
    boxes as of any font."""
    lines = [
        (100.0, 80.0, 20.0, "大标题文字"),
        (72.0, 120.0, 10.0, "本报记者 张三"),
        (92.0, 140.0, 10.0, "第一段正文的第一行文字在这里排"),
        (72.0, 154.0, 10.0, "开来，直到段落结束。"),
    ]
    (page,) = read_pdf(type3_pdf(lines, unit=unit, tm=tm))
    assert (
        page.text
        == "大标题文字\n\n本报记者 张三\n第一段正文的第一行文字在这里排开来，直到段落结束。\n"
    )
    assert [(ln.role, ln.size) for ln in page.lines] == [
        ("headline", 20.0),
        ("body", 10.0),
        ("body", 10.0),
        ("body", 10.0),
    ]
    head = page.lines[0].box
    assert (round(head.x0), round(head.x1), round(head.y1)) == (100, 200, 82)


def test_scanned_page() -> None:
    """A searchable scan (a picture of the whole page painted over its text, which is drawn
    invisible): the text is read, not hidden by the picture, and the picture is the page's
    background, not an obstacle; without photos (a scan keeps none apart from its picture)
    it reads as the page drawn plainly."""
    spec = _feature_page(first={"photo": None})
    (want,) = read_pdf(make_page(spec).pdf)
    scan = make_page(attrs.evolve(spec, tricks=("scan",)))
    (got,) = read_pdf(scan.pdf)
    assert len(got.images) == 1  # the scan's picture, the whole page
    assert got.text == want.text
    assert _check_random_page(0, lambda _: attrs.evolve(spec, tricks=("scan",))) == _RandomPage(
        tau=1.0, exact=4, articles=4
    )


def test_ocr_layer_over_print() -> None:
    """Two text layers (an invisible OCR copy of every line over the printed one, in a
    larger guessed size, squeezed to the line's width, a little off): the printed text is
    read once, and the copy makes nothing bold; a letter-spaced headline, whose copy's
    glyphs fall between the printed ones, is dropped whole with its line."""
    spec = _feature_page(glyph_heads=True, letter_spacing=1.4)
    (want,) = read_pdf(make_page(spec).pdf)
    (got,) = read_pdf(make_page(attrs.evolve(spec, tricks=("ocr",))).pdf)
    assert got.text == want.text
    assert [ln.bold for ln in got.lines] == [ln.bold for ln in want.lines]
    assert not any(ln.bold for ln in got.lines if ln.role == "body")


def test_broadsheet_byline_beside_big_vertical_headline() -> None:
    """A vertical headline in big type (4 x body) starts more than a body em below the
    byline set beside its first glyph: still level with it, so the headline is read first."""
    spec = _feature_page(second={"vertical": "left"}, head_sizes=(1.4, 4.0, 1.4))
    gen = make_page(spec)
    (page,) = read_pdf(gen.pdf)
    (head,) = [ln for ln in page.lines if ln.span.text == gen.articles[1].headline]
    byline = min(
        (ln for ln in page.lines if ln.span.text == gen.articles[1].byline),
        key=lambda ln: abs(ln.box.x0 - head.box.x1),  # the one beside it
    )
    assert head.box.y0 - byline.box.y0 > page.body_size  # the byline stands higher
    assert _check_random_page(0, lambda _: spec) == _RandomPage(tau=1.0, exact=4, articles=4)


@pytest.mark.parametrize("seed", [800398, 800716, 800721])
def test_broadsheet_credit_over_an_indented_line_is_no_paragraph(seed: int) -> None:
    """A photo credit set flush right under its caption (in body type), over a column
    whose first line opens a paragraph, indented: the credit starts further in than that
    indent, so it is the caption's, not the column's first line (broadsheet_spec pages of
    the development range, read with the credit late before)."""
    got = _check_random_page(seed, broadsheet_spec)
    assert got is not None
    assert got.tau == 1.0
    assert got.exact == got.articles


@pytest.mark.parametrize("seed", [800120, 810418])
def test_broadsheet_credit_over_a_short_line_is_no_paragraph(seed: int) -> None:
    """A caption in body type under a picture over three columns and its credit set flush
    right over the third column, whose first line is a paragraph's short last line: the
    credit ends right of that line, so it is the caption's, not the column's first line
    (broadsheet_spec pages of the development range)."""
    got = _check_random_page(seed, broadsheet_spec)
    assert got is not None
    assert got.tau == 1.0
    assert got.exact == got.articles


@pytest.mark.parametrize("seed", [800123, 830012, 840471, 830116])
def test_broadsheet_credit_over_a_full_line_is_no_paragraph(seed: int) -> None:
    """A photo credit set flush right under its caption (in body type), over a column
    whose first line goes on with a paragraph from the column before (a full line at the
    column's left edge): set in and flush right, the credit looks like a paragraph's
    indented first line, but it stands further above that line than the body's lines
    stand apart, so it is the caption's (broadsheet_spec pages of the development range:
    before, the credit opened the column and the paragraph was cut in two)."""
    got = _check_random_page(seed, broadsheet_spec)
    assert got == _RandomPage(tau=1.0, exact=got.articles, articles=got.articles)


def test_broadsheet_credit_over_a_brief_column_is_no_paragraph() -> None:
    """The same over the third column of a boxed brief, too short to be seen as a column
    frame (broadsheet_spec page 830340: before, the credit and that column were one
    block, read as a caption after the second column)."""
    gen = make_page(broadsheet_spec(830340))
    (page,) = read_pdf(gen.pdf)
    pos = positions(gen, page)
    assert min(pos) >= 0
    assert kendall_tau(pos) == 1.0


@pytest.mark.parametrize("seed", [830102, 800370, 840306])
def test_broadsheet_vertical_gap_that_parts_no_columns(seed: int) -> None:
    """A vertical gap is cut before a horizontal one only where it parts columns under it
    too (830102: a short article's one line, under a headline centred over the page's one
    wide column, ends just short of the headline; before, the line was read before the
    article above it); a kicker heads the columns its group's headline, set right under
    it, heads (800370, 840306: before, a kicker, narrower than its headline, was taken for
    a heading over the columns of the article beside, which start under the kicker but
    level with its headline, and no column gap was cut)."""
    got = _check_random_page(seed, broadsheet_spec)
    assert got == _RandomPage(tau=1.0, exact=got.articles, articles=got.articles)


@pytest.mark.parametrize("seed", [800092, 800103, 800377])
def test_broadsheet_column_narrower_than_the_grid(seed: int) -> None:
    """The columns of an article set beside a vertical headline are narrower than the
    page's column frame their lines fall in: their lines start at the column's own left
    edge or an indent in, and end at its own right edge, so a paragraph's line there is
    not read as indented or short against the frame (broadsheet_spec pages of the
    development range: before, paragraphs were cut at such lines)."""
    got = _check_random_page(seed, broadsheet_spec)
    assert got == _RandomPage(tau=1.0, exact=got.articles, articles=got.articles)


@pytest.mark.parametrize("seed", [810185, 830299])
def test_broadsheet_jump_line_under_a_full_last_line(seed: int) -> None:
    """An article's last line fills its column and its jump line （下转第N版） is set
    flush right under it: a paragraph goes on at a column's left edge, so the jump line,
    starting inside the column well in from that edge, does not go on with it
    (broadsheet_spec pages of the development range: before, the jump line was read into
    the last paragraph)."""
    got = _check_random_page(seed, broadsheet_spec)
    assert got == _RandomPage(tau=1.0, exact=got.articles, articles=got.articles)


@pytest.mark.parametrize("seed", [800288, 830243, 840090, 800747])
def test_broadsheet_headline_short_last_line_centred(seed: int) -> None:
    """A letter-spaced headline wrapped in a narrow measure ends in a short line of two
    glyphs centred under the lines over it (社理委 / 此相明 / 外各直 / 必 务): the lines' edges
    are no column's and the short line falls inside the column under it, so the column
    grid gives them different frames; centred under its line before, in the same heading
    type, it is one block with them, read at their pitch without a space (broadsheet_spec
    pages of the development range: before, the short line was left out of the headline,
    set with a space and read as two names)."""
    got = _check_random_page(seed, broadsheet_spec)
    assert got == _RandomPage(tau=1.0, exact=got.articles, articles=got.articles)


@pytest.mark.parametrize("seed", [830107, 800219])
def test_broadsheet_vertical_headline_beside_a_boxed_brief(seed: int) -> None:
    """A headline set vertically at the right of a short article (a byline and one line
    of text, ending well short of it), a boxed brief across the gap on its right: the
    brief's frame holds its own heading, so the vertical headline goes with the text
    across the gap, read before it, and stays apart from the brief's headline
    (broadsheet_spec pages of the development range: before, it was read after its text,
    next to the brief's headline, and the two made one headline)."""
    got = _check_random_page(seed, broadsheet_spec)
    assert got == _RandomPage(tau=1.0, exact=got.articles, articles=got.articles)


def test_headline_under_the_running_head_is_no_slogan() -> None:
    """The page's first headline, right under the running head, opens with words a
    masthead reads as a label (热线, a phone line's): its type makes it a headline group's
    line, so the masthead does not take it as a slogan (broadsheet_spec page 800875 of the
    development range: before, the article lost its headline)."""
    page = (
        "2025年9月10日 星期二\n\n要闻\n\n第4版\n\n本版责编：张建国 陈静\n\n热线计因又度的\n\n"
        "本报记者 王小明\n2018年过集改义工式没持，报节过论或农四条带的。\n"
    )
    start = page.index("热线")
    roles = [(start, start + 7, "headline")]
    issue = paper_parser.parse_issue(page, line_roles=roles)
    assert [a.headline.text for a in issue.articles if a.headline] == ["热线计因又度的"]
    assert [s.text for s in issue.masthead.slogans] == ["本版责编：张建国 陈静"]
    assert _check_random_page(800875, broadsheet_spec) == _RandomPage(tau=1.0, exact=2, articles=2)


@pytest.mark.parametrize("seed", [800974, 830243, 830424, 800557])
def test_broadsheet_column_right_edge_past_hanging_stops(seed: int) -> None:
    """A column's right edge is not where lines hanging a stop past it end (830243: two
    such lines in a boxed brief, where a full line ending in a stop one em further in was
    read as short), nor a frame's widened by such lines elsewhere when the block's full
    lines, each with an unindented line under it, end alike short of it (800557: a guard,
    exact before too). Broadsheet_spec pages of the development range: before, paragraphs
    were joined or cut there."""
    got = _check_random_page(seed, broadsheet_spec)
    assert got == _RandomPage(tau=1.0, exact=got.articles, articles=got.articles)


@pytest.mark.parametrize("seed", [800009, 810132])
def test_broadsheet_one_line_paragraphs_each_indented(seed: int) -> None:
    """A column of one-line paragraphs, each indented, its edges shown by nothing in it:
    a column of another row of articles (above a headline set over it) shows no edge of
    it (800009), the column's earlier one-line paragraphs at the same indent do not hide
    the byline above them that shows its left edge, and the column beside it on its right
    gives its width (810132). Broadsheet_spec pages of the development range: before, the
    paragraphs were read as one."""
    got = _check_random_page(seed, broadsheet_spec)
    assert got == _RandomPage(tau=1.0, exact=got.articles, articles=got.articles)


def test_scan_headlines_side_by_side_stay_apart() -> None:
    """On a searchable scan (no photo or rule apart from its picture) two headlines side
    by side over their own columns are read one side after the other, not as one row:
    the rows come first only where a heading under the horizontal gap sits wholly above
    the text across the vertical one (broadsheet_spec page 810082 drawn as a scan; a
    wider rule read the two headlines together as one)."""
    gen = make_page(attrs.evolve(broadsheet_spec(810082), tricks=("scan",)))
    (page,) = read_pdf(gen.pdf)
    issue = paper_parser.parse_issue(page.text, line_roles=paper_parser.pdf.line_roles(page))
    heads = [a.headline.text for a in issue.articles if a.headline]
    assert heads == [a.headline for a in gen.articles]


def test_positions_count_each_printed_copy_once() -> None:
    """Two articles that both end （下转第4版）: the second one's jump line is found where
    the page prints its own copy, after its headline, not at the first copy's place."""
    jump = {"jump_out": "（下转第4版）"}
    gen = make_page(_feature_page(first=jump, second=jump))
    (page,) = read_pdf(gen.pdf)
    pos = positions(gen, page)
    flat = page.text.replace("\n", "")
    first = flat.index("（下转第4版）")
    jumps = [p for u, p in zip(gen.units, pos, strict=True) if u.kind == "jump"]
    assert jumps == [first, flat.index("（下转第4版）", first + 1)]
    assert kendall_tau(pos) == 1.0


def test_broadsheet_vertical_headline_is_one_line_read_first() -> None:
    gen = make_page(_feature_page(second={"vertical": "left"}))
    (page,) = read_pdf(gen.pdf)
    head = gen.articles[1].headline
    (line,) = [ln for ln in page.lines if ln.span.text == head]
    assert line.role == "headline"
    assert line.box.y1 - line.box.y0 > 5 * (line.box.x1 - line.box.x0)  # set vertically
    assert page.text.index(head) < page.text.index(gen.articles[1].paragraphs[0])


def test_broadsheet_running_head_is_no_headline() -> None:
    gen = make_page(_feature_page(section_band=True))
    (page,) = read_pdf(gen.pdf)
    (line,) = [ln for ln in page.lines if ln.span.text == "要闻"]
    assert line.size > 2 * page.body_size
    assert line.bold
    assert line.role == "body"
    issue = paper_parser.parse_issue(page.text, line_roles=paper_parser.pdf.line_roles(page))
    heads = [a.headline.text for a in issue.articles if a.headline]
    assert heads == [a.headline for a in gen.articles]


# An advertisement's lines, written for the test (big bold type for the first two).
_AD = (
    "秋季家居用品展销会",
    "全场商品八折优惠",
    "电话：010-66668888",
    "地址：北京市朝阳区建国路八十八号",
)


def test_broadsheet_advertisement_is_no_article() -> None:
    """An advertisement in a frame (every line centred, the first two in type bigger than
    the headlines) is display type: its lines get the role "display" and become the page's
    other blocks, not an article; the articles around it are all found, exact."""
    spec = _feature_page()
    (a, b), (c, _) = spec.rows
    spec = attrs.evolve(
        spec, rows=((a, b), (c, ArticleSpec(headline="", paragraphs=(), columns=2, ad=_AD)))
    )
    gen = make_page(spec)
    (page,) = read_pdf(gen.pdf)
    display = [ln.span.text for ln in page.lines if ln.role == "display"]
    assert display == list(_AD)
    issue = paper_parser.parse_issue(page.text, line_roles=paper_parser.pdf.line_roles(page))
    assert [x.headline.text for x in issue.articles if x.headline] == [
        a.headline,
        b.headline,
        c.headline,
    ]
    assert [(o.role, o.text) for o in issue.other if o.text in _AD] == [("footer", t) for t in _AD]
    for got, want in zip(issue.articles, (a, b, c), strict=True):
        assert [p.text for p in got.paragraphs] == list(want.paragraphs)


def test_boxed_brief_is_no_display() -> None:
    """A boxed brief (a frame round a centred headline and its text) stays an article: its
    paragraphs open indented and end short, flush left, so its lines are not all centred."""
    spec = _feature_page(second={"boxed": True})
    (page,) = read_pdf(make_page(spec).pdf)
    assert not [ln for ln in page.lines if ln.role == "display"]
    assert _check_random_page(0, lambda _: spec) == _RandomPage(tau=1.0, exact=4, articles=4)


def test_dash_subtitle_typed_by_the_pdf_is_no_signature() -> None:
    """A short line opening with a dash is a signature to the text rules; when the PDF's
    type makes it a subtitle (line_roles), it is the article's subtitle, whatever follows."""
    text = (
        "黄河滩区迁建工程全面完工\n\n——千亩良田\n\n"
        "滩区群众告别了年年防汛的日子，搬进了新建的社区。村里的合作社流转土地一千余亩。\n\n"
        "今年秋天，合作社的收成比去年多了两成。\n"
    )
    lines = [(s := text.index(x), s + len(x)) for x in text.split("\n") if x]
    roles = [
        (*lines[0], "headline"),
        (*lines[1], "subtitle"),
        (*lines[2], "body"),
        (*lines[3], "body"),
    ]
    (art,) = paper_parser.parse_issue(text, line_roles=roles).articles
    assert art.headline is not None
    assert art.headline.text == "黄河滩区迁建工程全面完工"
    assert art.subtitle is not None
    assert art.subtitle.text == "——千亩良田"
    assert [p.text[:4] for p in art.paragraphs] == ["滩区群众", "今年秋天"]
    (plain,) = paper_parser.parse_issue(text).articles
    assert plain.subtitle is None  # the text alone: a signature


def test_page_of_short_lines_keeps_its_headline() -> None:
    """Dev seed 700118: a page of narrow columns whose text reads as hard-wrapped (most
    blocks one line); the staff line of the running head and the vertical headline under
    it were read as one wrapped row, an article with no headline. Lines the type gives
    different roles are no one row: the headline heads its article, the staff line is
    staff. The fourth article's caption in body type and its credit, set flush right
    over a column whose first line opens a paragraph, are set aside as a caption (they
    were read as that article's first paragraph). So are the first article's, whose
    credit stands over a column going on with a paragraph, further above it than the
    body's lines stand apart (it opened that column before, and the paragraph was cut)."""
    gen = make_page(broadsheet_spec(700118))
    (page,) = read_pdf(gen.pdf)
    issue = paper_parser.parse_issue(page.text, line_roles=paper_parser.pdf.line_roles(page))
    first = gen.articles[0]
    assert first.vertical == "left"
    assert [a.headline.text if a.headline else None for a in issue.articles] == [
        a.headline for a in gen.articles
    ]
    assert [b.text for b in issue.articles[0].bylines] == [first.byline]
    photos = [a.photo or ("", "") for a in (gen.articles[0], gen.articles[3])]
    assert [(o.role, o.text) for o in issue.other] == [
        ("staff", "本版责编：张建国 黄丽"),
        *(("caption", f"{caption}\n{credit}") for caption, credit in photos),
    ]
    for k in (0, 3):
        assert [p.text for p in issue.articles[k].paragraphs] == list(gen.articles[k].paragraphs)


# Dev seeds of broadsheet_spec (700000-700999 are for development, 800000-800999 held out).
# On 700000-700099: headlines exact 205 of 205 articles, every paragraph exact 192
# (advertisements not counted: no article); before the broadsheet rules 139 and 116
# (python benchmarks/pdf.py score broadsheet 700000 700099). Spurious articles (a headline
# no article has): 0, 15 before advertisements were read as display type.
def test_broadsheet_pages() -> None:
    heads = exact = total = spurious = 0
    for seed in range(700000, 700100):
        try:
            gen = make_page(broadsheet_spec(seed))
        except TooLong:
            continue
        (page,) = read_pdf(gen.pdf)
        issue = paper_parser.parse_issue(page.text, line_roles=paper_parser.pdf.line_roles(page))
        got = {a.headline.text: a for a in issue.articles if a.headline is not None}
        spurious += len(set(got) - {a.headline for a in gen.articles if not a.ad})
        for spec in gen.articles:
            if spec.ad:
                continue
            total += 1
            art = got.get(spec.headline)
            heads += art is not None
            exact += art is not None and [p.text for p in art.paragraphs] == list(spec.paragraphs)
    assert total == 205
    assert heads == 205, (heads, total)
    assert exact >= 192, (exact, total)
    assert spurious == 0


def _broadsheet_page(seed: int) -> tuple[float, int, int, int]:
    """Reading-order tau, articles, headlines found and articles exact of broadsheet_spec's
    page ``seed`` (an advertisement is no article)."""
    gen = make_page(broadsheet_spec(seed))
    (page,) = read_pdf(gen.pdf)
    tau = kendall_tau([p for p in positions(gen, page) if p >= 0])
    issue = paper_parser.parse_issue(page.text, line_roles=paper_parser.pdf.line_roles(page))
    got = {a.headline.text: a for a in issue.articles if a.headline is not None}
    arts = [a for a in gen.articles if not a.ad]
    found = [got[a.headline] for a in arts if a.headline in got]
    exact = sum(
        [p.text for p in got[a.headline].paragraphs] == list(a.paragraphs)
        for a in arts
        if a.headline in got
    )
    return tau, len(arts), len(found), exact


@pytest.mark.parametrize(
    "seed",
    [
        # the byline beside a vertical headline stands higher than its first glyph: the
        # row under the cut still opens with the headline (tau 0.797 before)
        810246,
        # a one-column article's jump line beside its vertical headline is no column of
        # text: the headline is read first (tau 0.333)
        800025,
        # five columns headed by a vertical headline on their right: no cut between them
        # (tau 0.689)
        800334,
        # the subtitle of a boxed brief heads nothing outside its frame (tau 0.392)
        800252,
        # a second column with no heading, level with the vertical headline across the
        # cut: the row under the cut is that headline's article (tau 0.714)
        810016,
        # two vertical headlines about 2 em apart, body text right beside each: two
        # headlines, not rows of two glyphs of one (tau 0.665 and 0.838, headlines missed)
        800548,
        810073,
        # a rule down the gutter parts two articles with vertical headlines, no rule
        # inside one: its columns stay together (tau 0.971)
        800232,
        # a headline centred over four columns, a byline and a jump line over the first:
        # the columns starting level with the text under it are its (tau 0.972, 0.863)
        800234,
        810481,
    ],
)
def test_broadsheet_vertical_headlines(seed: int) -> None:
    """Dev seeds of broadsheet_spec (800000-800999, 810000-810499) read wrong before the
    vertical-headline rules: every unit in reading order (tau >= 0.98), every article
    found by its headline, with every paragraph exact."""
    tau, arts, found, exact = _broadsheet_page(seed)
    assert tau >= 0.98, (seed, tau)
    assert found == exact == arts, (seed, arts, found, exact)


# --- boxes, sources, streaming ----------------------------------------------------------------


def test_boxes_map_spans_back() -> None:
    gen, page = _generated("2-columns", 0)
    head = gen.articles[0].headline
    start = page.text.index(head)
    boxes = page.boxes((start, start + len(head)))
    assert len(boxes) == 1
    (box,) = boxes
    line = next(ln for ln in page.lines if ln.role == "headline")
    assert box == line.box
    assert box.page == 1
    assert 0 < box.x0 < box.x1 < page.width
    assert 0 < box.y0 < box.y1
    # A span of two characters inside the headline: a narrower box on the same line.
    (inner,) = page.boxes((start + 1, start + 3))
    assert line.box.x0 < inner.x0 < inner.x1 < line.box.x1
    assert inner.x1 - inner.x0 == pytest.approx(2 * line.size, rel=0.02)


def test_article_boxes_cover_its_columns() -> None:
    gen, page = _generated("4-columns-brief", 1)
    issue = paper_parser.parse_issue(page.text)
    art = next(
        a for a in issue.articles if a.headline and a.headline.text == gen.articles[0].headline
    )
    boxes = article_boxes(page, art)
    assert boxes, art
    xs = sorted({round(b.x0) for b in boxes})
    assert len(xs) >= 3  # its three columns (and indents)


def test_sources_path_bytes_file(tmp_path: Path) -> None:
    gen, page = _generated("1-column", 0)
    path = tmp_path / "page.pdf"
    path.write_bytes(gen.pdf)
    for source in (path, str(path), gen.pdf, bytearray(gen.pdf), io.BytesIO(gen.pdf)):
        (got,) = read_pdf(source)
        assert got.text == page.text


def test_parse_pdf_pairs_pages_and_issues() -> None:
    gen, page = _generated("3-columns-photo", 0)
    (item,) = parse_pdf(gen.pdf)
    assert item.page.text == page.text
    roles = paper_parser.pdf.line_roles(page)
    assert item.issue == paper_parser.parse_issue(page.text, line_roles=roles)


def test_landscape_page_size() -> None:
    _, page = _generated("6-columns-landscape", 0)
    assert page.width > page.height


def test_iter_pdf_is_lazy() -> None:
    pages = iter_pdf(_generated("1-column", 0)[0].pdf)
    first = next(pages)
    assert first.number == 1
    assert list(pages) == []


# --- bad input --------------------------------------------------------------------------------


def _encrypted() -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    c.setFont("Helvetica", 12)
    c.drawString(72, 720, "locked")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_encrypted_pdf() -> None:
    data = _encrypted()
    with pytest.raises(PaperParseError, match=r"<bytes>: is encrypted"):
        read_pdf(data)
    (page,) = read_pdf(data, password="secret")
    assert page.text == "locked\n"
    assert list(scan_pdf(data)) == [
        PdfProblem(name="<bytes>", page=None, reason="is encrypted: give its password")
    ]


def test_page_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scan_like_pdf())
    with pytest.raises(PaperParseError, match=r"page 2 of .*scan\.pdf: page 2 has no text layer"):
        read_pdf(path)
    items = list(scan_pdf(path))
    assert [type(i).__name__ for i in items] == ["PdfPage", "PdfProblem", "PdfPage"]
    problem = items[1]
    assert isinstance(problem, PdfProblem)
    assert problem.page == 2
    assert problem.reason == "page 2 has no text layer; it needs OCR first"
    assert isinstance(items[2], PdfPage)
    assert items[2].text == "第3页的文字。\n"


def test_only_what_the_crop_box_shows_is_read_and_boxes_are_measured_from_it() -> None:
    # The printer's slug under the crop box and the word in the bleed are not on the page as
    # displayed; the line's box is measured from the crop box's top left corner.
    (page,) = read_pdf(cropped_pdf())
    assert (page.width, page.height) == (600, 800)
    assert page.text == "本报讯 全市今年新建学校十二所，三所已经开学。\n"
    (line,) = page.lines
    assert line.box.x0 == pytest.approx(50)  # drawn at x 100, the crop box at 50
    assert 800 - (700 - 50) - 12 < line.box.y0 < 800 - (700 - 50)


def test_characters_the_text_layer_does_not_map_are_counted_and_said() -> None:
    # A font without a ToUnicode map gives its glyphs private-use codes: the page keeps them
    # as printed and says how many there are; a page mostly so has no usable text layer.
    items = list(scan_pdf(unmapped_pdf()))
    first, second = items
    assert isinstance(first, PdfPage)
    assert first.unmapped == 3
    assert "\ue000\ue001\ue002三所已经开学。" in first.text
    assert first.warnings == (
        "page 1: 3 of 25 printed characters have no Unicode mapping in the text layer (a font "
        "without a ToUnicode map); that text is missing or garbled: OCR the page for it",
    )
    assert second == PdfProblem(
        name="<bytes>",
        page=2,
        reason="page 2 has no usable text layer: 20 of 20 printed characters map to no "
        "character (fonts without a ToUnicode map); it needs OCR first",
    )
    doc = join_pages([first])
    assert doc.warnings == first.warnings


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "is not a PDF or is damaged"),
        (b"this is not a PDF at all", "is not a PDF or is damaged"),
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "is not a PDF or is damaged"),
    ],
)
def test_not_a_pdf(data: bytes, reason: str) -> None:
    with pytest.raises(PaperParseError, match=reason):
        read_pdf(data)
    (problem,) = scan_pdf(data)
    assert isinstance(problem, PdfProblem)
    assert problem.page is None


def test_truncated_pdf(tmp_path: Path) -> None:
    data = _generated("2-columns", 0)[0].pdf
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    items = list(scan_pdf(path))
    # Either the file fails as a whole, or the page it had cannot be read: never a silent
    # empty page.
    assert items
    assert all(isinstance(i, PdfProblem) for i in items), items
    with pytest.raises(PaperParseError, match=r"cut\.pdf"):
        read_pdf(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PaperParseError, match=r"nope\.pdf: no such file"):
        read_pdf(tmp_path / "nope.pdf")


# --- the real PDF -----------------------------------------------------------------------------

REAL_PDF = REALDEV / "rmrb-2025-10-20-pp06-20.pdf"
GOLD_FILES = sorted(CORPUS.glob("renmin-ribao-2025-10-20-v*.articles.json"))


@pytest.fixture(scope="module")
def real_document() -> paper_parser.pdf.PdfDocument:
    if not REAL_PDF.exists():
        pytest.skip(f"{REAL_PDF} is not here (the shared development data sits beside the repo)")
    return read_pdf_document(REAL_PDF)


def test_real_pdf_scores_as_well_as_its_text(real_document: paper_parser.pdf.PdfDocument) -> None:
    gold = load_gold(GOLD_FILES)
    text = (REALDEV / "rmrb-2025-10-20-pp06-20.pdftotext.txt").read_text(encoding="utf-8")
    from_pdf = score_text("rmrb pp06-20 from the PDF", real_document.text, gold)
    from_text = score_text("rmrb pp06-20 pdftotext", text, gold)
    shown = table([from_pdf, from_text]) + "\n  " + "\n  ".join(from_pdf.problems[:20])
    assert from_pdf.headlines.recall >= from_text.headlines.recall, shown
    assert from_pdf.names.precision >= from_text.names.precision, shown
    assert from_pdf.names.recall >= from_text.names.recall, shown
    assert from_pdf.datelines.recall >= from_text.datelines.recall, shown
    assert from_pdf.bodies.recall >= 0.95, shown


def test_real_pdf_bodies_hold_no_furniture(real_document: paper_parser.pdf.PdfDocument) -> None:
    issue = paper_parser.parse_issue(real_document.text)
    assert len(issue.articles) >= 50
    for a in issue.articles:
        body = body_stream(a)
        assert "《人民日报》（2025年10月20日" not in body, a.headline
        assert "《人民日报》(2025年10月20日" not in body, a.headline
        for p in a.paragraphs:
            assert not paper_parser.text.is_footer(p.text), p.text
            assert "页" not in p.text[-6:] or not p.text.rstrip().endswith("页"), p.text


def test_real_pdf_boxes_land_on_pages(real_document: paper_parser.pdf.PdfDocument) -> None:
    issue = paper_parser.parse_issue(real_document.text)
    first = issue.articles[0]
    assert first.headline is not None
    (box,) = real_document.boxes(first.headline.span)
    assert box.page == 1
    assert box.y0 < 100
    pages = {b.page for a in issue.articles[:3] for b in article_boxes(real_document, a)}
    assert pages >= {1, 2, 3}


def test_parse_issue_with_roles_from_type() -> None:
    """The lines' roles from type (line_roles) decide headings: far more articles found
    whole than from the text alone (test_parse_issue_on_page_text)."""
    found, exact, heads, total = _generated_scores(roles=True)
    # Every article found by its headline, with every paragraph, kicker and subtitle exact.
    assert total == 63
    assert found == 63, (found, total)
    assert exact == 63, (exact, total)
    assert heads == 63, (heads, total)


def test_real_pdf_with_roles_scores_as_its_text(
    real_document: paper_parser.pdf.PdfDocument,
) -> None:
    # On the export, source lines anchor the articles: bold lines inside them stay
    # section heads, and the scores match the text's.
    gold = load_gold(GOLD_FILES)
    roles = paper_parser.pdf.line_roles(real_document)
    issue = paper_parser.parse_issue(real_document.text, line_roles=roles)
    plain = paper_parser.parse_issue(real_document.text)
    assert [a.headline.text for a in issue.articles if a.headline] == [
        a.headline.text for a in plain.articles if a.headline
    ]
    assert sum(1 for g in gold if g.get("headline")) == len(issue.articles)


def test_covers_grid_finds_what_every_box_would() -> None:
    # The covering boxes are looked up by cell (a page of vector art painted after its text
    # has thousands): the same answer as testing every box, on the edges of boxes and cells
    # too, for text painted before some boxes and after others.
    import random

    from paper_parser.pdf import _Covers, _grid

    rng = random.Random(16)
    boxes = []
    for n in range(1, 401):
        left, bottom = rng.uniform(-50, 900), rng.uniform(-50, 1200)
        w, h = rng.choice([0.0, 1.0, 63.9, 64.0, 300.0, 5000.0]), rng.uniform(0, 200)
        boxes.append((n, left, bottom, left + w, bottom + h))
    boxes.append((401, float("nan"), 0.0, 10.0, 10.0))
    covers = object.__new__(_Covers)
    covers.order, covers.boxes = {7: 0, 8: 200}, boxes
    covers.grid, covers.wide = _grid(boxes)
    assert any(b[0] == 401 for b in covers.wide)
    assert any(b[3] - b[1] == 5000.0 for b in covers.wide)
    points = [(rng.uniform(-60, 950), rng.uniform(-60, 1300)) for _ in range(3000)]
    points += [(b[1], b[2]) for b in boxes[:200]] + [(b[3], b[4]) for b in boxes[:200]]
    points += [(64.0 * k, 128.0) for k in range(-1, 12)] + [(float("inf"), 3.0)]
    hidden = 0
    for obj in (7, 8, 9):
        when = covers.order.get(obj)
        for x, y in points:
            every = when is not None and any(
                n > when and left <= x <= right and bottom <= y <= top
                for n, left, bottom, right, top in boxes
            )
            assert covers.hides(obj, x, y) == every, (obj, x, y)
            hidden += every
    assert hidden > 500  # (the points do fall in boxes)
