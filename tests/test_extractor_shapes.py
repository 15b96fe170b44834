"""The real 人民日报 export as other extractors and scripts hand it to us, scored against the
same gold as its ``pdftotext`` text (tests/test_real_pages.py).

Users do not all run ``pdftotext``: a script joins pypdfium2's page texts (CRLF line ends, no
blank lines) with a form feed; ``pdfminer.six`` puts a blank line after every line;
``pdfplumber``'s layout mode turns the space between lines into blank lines; a viewer's copy
may double every line break. Three of these were looked at while the text layer's rules were
written and showed the failures the rules now handle: pypdfium2's pages joined by a form
feed (a form feed ending a line), pdfminer.six's text (a double-spaced page) and pdfplumber's
layout text (most blocks one line long). The others were scored only after the rules were
written. The bundled pages doubled are always scored; the rest need ``../shared/realdev``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import paper_parser
from tests.articles_scoring import CORPUS, REALDEV, Report, load_gold, score_text

GOLD_FILES = sorted(CORPUS.glob("renmin-ribao-2025-10-20-v*.articles.json"))
BUNDLED = sorted(CORPUS.glob("renmin-ribao-2025-10-20-v*.pdftotext.txt"))
PDF = REALDEV / "rmrb-2025-10-20-pp06-20.pdf"


def _check(rep: Report, *, bodies: float = 0.95) -> None:
    """The bars of the real-pages issue, as for the ``pdftotext`` text."""
    shown = "\n  ".join(rep.problems[:30])
    assert rep.parsed_articles == rep.gold_articles, shown
    assert rep.headlines.recall >= 0.95, shown
    assert rep.names.precision >= 0.98, shown
    assert rep.names.recall >= 0.95, shown
    assert rep.datelines.recall >= 0.95, shown
    assert rep.bodies.recall >= bodies, shown


def _need_realdev() -> None:
    if not PDF.exists():
        pytest.skip(f"{PDF} is not here (the shared development data sits beside the repo)")


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_pages_double_spaced(path: Path) -> None:
    stem = path.name.removesuffix(".pdftotext.txt")
    gold = load_gold([CORPUS / f"{stem}.articles.json"])
    text = path.read_text(encoding="utf-8").replace("\n", "\n\n")
    _check(score_text(f"{path.name} doubled", text, gold))


@pytest.mark.parametrize("eol", ["\r", "\u2028", "\r\n"], ids=["mac", "line-separator", "dos"])
@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_pages_with_other_line_ends(path: Path, eol: str) -> None:
    """``pdftotext -eol mac`` ends lines with a lone CR (classic Mac files do too); some
    converters write U+2028. The page reads as with line feeds, and its spans keep the ends
    it was given."""
    stem = path.name.removesuffix(".pdftotext.txt")
    gold = load_gold([CORPUS / f"{stem}.articles.json"])
    text = path.read_text(encoding="utf-8").replace("\n", eol)
    _check(score_text(f"{path.name} {eol!r}", text, gold))
    for article in paper_parser.parse_issue(text).articles:
        for by in article.bylines:
            assert text[by.span.start : by.span.end] == by.text


@pytest.mark.parametrize("mode", ["pdftotext", "pdftotext-layout"])
def test_export_double_spaced(mode: str) -> None:
    _need_realdev()
    text = (REALDEV / f"rmrb-2025-10-20-pp06-20.{mode}.txt").read_text(encoding="utf-8")
    _check(score_text(f"{mode} doubled", text.replace("\n", "\n\n"), load_gold(GOLD_FILES)))


def _pdfium_pages() -> list[str]:
    pdfium = pytest.importorskip("pypdfium2")
    doc = pdfium.PdfDocument(str(PDF))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


@pytest.mark.parametrize("joiner", ["\f", "\r\n", "\r\n\f"], ids=["ff", "crlf", "crlf-ff"])
def test_export_from_pypdfium2_text(joiner: str) -> None:
    # pypdfium2's text of a page: CRLF line ends, no blank lines, no break after the page's
    # last line; pages joined the way a script would.
    _need_realdev()
    text = joiner.join(_pdfium_pages())
    assert "\n\n" not in text
    _check(score_text(f"pypdfium2 joined by {joiner!r}", text, load_gold(GOLD_FILES)))


def test_export_from_pdfminer_text() -> None:
    _need_realdev()
    high_level = pytest.importorskip("pdfminer.high_level")
    text = high_level.extract_text(str(PDF))
    lines = text.split("\n")
    filled = [k for k, ln in enumerate(lines[:-1]) if ln.strip()]
    # The shape: nearly every line of text is followed by a blank line.
    assert sum(1 for k in filled if not lines[k + 1].strip()) >= 0.9 * len(filled)
    _check(score_text("pdfminer.six", text, load_gold(GOLD_FILES)))


def test_export_from_pdfplumber_layout_text() -> None:
    # Lines padded with spaces to the page width, and the space between lines turned into
    # blank lines: some paragraphs' lines are one blank line apart, titles three.
    _need_realdev()
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(str(PDF)) as pdf:
        text = "\n".join(page.extract_text(layout=True) or "" for page in pdf.pages)
    # The bars as for pdftotext (every headline is found today); bodies 0.96.
    _check(score_text("pdfplumber layout", text, load_gold(GOLD_FILES)), bodies=0.90)


# --- web copies as a browser copies them -----------------------------------------------------

WEB_GOLD = sorted((CORPUS / "web").rglob("*.articles.json"))
# The stored web copies of corpus/web have their ideographic spaces turned into ASCII ones (see
# corpus/web/README.md); a browser's copy keeps them: the paragraph indent, the padding of a
# two-character name, the gap between a title and its text. Spaces next to Chinese text and
# punctuation are turned back into ideographic ones (or no-break ones, as HTML's &nbsp; gives).
_NEXT_TO_HAN = regex.compile(r"(?<=[\p{Han}\p{P}]|^)( +)|( +)(?=[\p{Han}\p{P}])", regex.M)


def _wide(text: str, space: str) -> str:
    return _NEXT_TO_HAN.sub(lambda m: space * len(m.group()), text)


def _scores(rep: Report) -> tuple[int, int, int, int, int]:
    return (
        rep.parsed_articles,
        rep.headlines.tp,
        rep.headlines.fp,
        rep.names.tp,
        rep.datelines.tp,
    )


@pytest.mark.parametrize("space", ["\u3000", "\u00a0"], ids=["ideographic", "no-break"])
@pytest.mark.parametrize("gold", WEB_GOLD, ids=lambda p: p.stem.removesuffix(".articles"))
def test_web_copies_read_the_same_with_wide_spaces(gold: Path, space: str) -> None:
    text = gold.with_name(gold.name.replace(".articles.json", ".txt")).read_text(encoding="utf-8")
    wide = _wide(text, space)
    items = load_gold([gold])
    assert _scores(score_text(gold.name, wide, items)) == _scores(
        score_text(gold.name, text, items)
    )
    # Every span is cut from the text as given, wide spaces and all.
    for article in paper_parser.parse_issue(wide).articles:
        for span in article.spans:
            assert wide[span.start : span.end] == span.text
        for by in article.bylines:
            assert wide[by.span.start : by.span.end] == by.text


def test_web_copies_have_spaces_to_widen() -> None:
    # (the test above would pass on pages with no space next to Chinese text)
    widened = [g for g in WEB_GOLD if "\u3000" in _wide(_text(g), "\u3000")]
    assert len(widened) >= len(WEB_GOLD) * 9 // 10  # (a list page of leads may have none)


def _text(gold: Path) -> str:
    return gold.with_name(gold.name.replace(".articles.json", ".txt")).read_text(encoding="utf-8")
