"""The HTML view: escaping, losslessness, nesting, the legend, and a real headless browser."""

from __future__ import annotations

import html
import re
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import example, given

from paper_parser import Issue, parse_issue, render_html
from paper_parser.html import _CATEGORIES, _HUES, _Ann, _tree
from tests.conftest import CORPUS
from tests.strategies import hostile_page

PAGE_OPEN = '<div id="pp-page" lang="zh">'
PAGE_CLOSE = "</div>\n</main>"
TAG_RE = re.compile(r"<[^>]*>")


@pytest.fixture(scope="module")
def issue(sample_text: str) -> Issue:
    return parse_issue(sample_text)


@pytest.fixture(scope="module")
def doc(issue: Issue, sample_text: str) -> str:
    return render_html(issue, sample_text)


def page_html(doc: str) -> str:
    """The markup of the page text (between the page div and the end of <main>)."""
    start = doc.index(PAGE_OPEN) + len(PAGE_OPEN)
    return doc[start : doc.index(PAGE_CLOSE, start)]


def page_text(doc: str) -> str:
    """The page as a reader gets it back: tags stripped, entities unescaped."""
    return html.unescape(TAG_RE.sub("", page_html(doc)))


class _Elements(HTMLParser):
    """Every start tag (name, attributes) and whether end tags nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.misnested: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append((tag, dict(attrs)))
        if tag not in ("meta", "input", "br"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.misnested.append(tag)
        else:
            self.stack.pop()


def elements(doc: str) -> _Elements:
    parser = _Elements()
    parser.feed(doc)
    parser.close()
    return parser


# --- escaping --------------------------------------------------------------------------------


def test_script_in_the_page_is_text() -> None:
    page = "市里开会\n\n本报讯 记者程雪报道 会上<script>alert('x')</script>通报 A&B “好”\"ok\"。\n"
    doc = render_html(parse_issue(page), page)
    assert doc.count("<script") == 1  # the view's own script only
    assert "<script>alert" not in doc
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in doc
    assert "A&amp;B" in doc
    assert "&quot;ok&quot;" in doc
    assert page_text(doc) == page


def test_attribute_values_are_escaped() -> None:
    headline = "A\"B<i>&'C"
    page = f'{headline}\n\n本报讯 记者程雪报道 会议<b onclick="x">开了</b>。\n'
    issue = parse_issue(page)
    assert issue.articles[0].headline is not None
    assert issue.articles[0].headline.text == headline
    doc = render_html(issue, page)
    found = elements(doc)
    assert found.misnested == []
    allowed = re.compile(
        r"class|id|title|href|lang|charset|content|name|type|checked|http-equiv|tabindex"
        r"|aria-\w+|data-\w+"
    )
    names = {name for _, attrs in found.starts for name in attrs}
    assert all(allowed.fullmatch(name) for name in names), names
    titles = [attrs["title"] for _, attrs in found.starts if attrs.get("title")]
    assert f"headline of article 1: {headline}" in titles
    assert 'title="headline of article 1: A&quot;B&lt;i&gt;&amp;&#x27;C"' in doc
    assert "<b" not in page_html(doc)
    assert "<i>" not in doc


def test_no_external_resources(doc: str) -> None:
    assert not re.search(r"""(?:src|href)\s*=\s*(?!["']?#)""", doc)
    assert "url(" not in doc
    assert "@import" not in doc
    assert "@font-face" not in doc
    metas = [a for tag, a in elements(doc).starts if tag == "meta"]
    (csp,) = [a["content"] for a in metas if a.get("http-equiv") == "Content-Security-Policy"]
    assert csp is not None
    assert csp.startswith("default-src 'none'; ")


# --- losslessness and structure --------------------------------------------------------------


def test_every_character_once_in_order(doc: str, sample_text: str) -> None:
    assert page_text(doc) == sample_text


@given(hostile_page())
@example("a\rb\r\n\x00<\n\n本报讯 记者程雪报道 &lt;")
@example("")
def test_any_page_round_trips_and_nests(page: str) -> None:
    doc = render_html(parse_issue(page), page)
    assert page_text(doc) == page
    found = elements(doc)
    assert found.misnested == []
    assert found.stack == []
    assert sum(tag == "script" for tag, _ in found.starts) == 1
    ids = [attrs["id"] for _, attrs in found.starts if "id" in attrs]
    assert len(ids) == len(set(ids))
    targets = {attrs["href"][1:] for tag, attrs in found.starts if tag == "a" and attrs["href"]}
    assert targets <= set(ids)


def test_carriage_returns_survive_html_parsing() -> None:
    page = "标题\r\n\r\n本报讯 记者程雪报道 正文。\r\n"
    doc = render_html(parse_issue(page), page)
    assert "\r" not in doc
    assert page_text(doc) == page


def test_without_text_the_page_is_rebuilt_from_spans(issue: Issue, sample_text: str) -> None:
    rebuilt = page_text(render_html(issue))
    assert len(rebuilt) == len(sample_text)
    assert [c for c in rebuilt if not c.isspace()] == [c for c in sample_text if not c.isspace()]


def test_text_of_another_page_is_refused(issue: Issue, sample_text: str) -> None:
    with pytest.raises(ValueError, match="does not match"):
        render_html(issue, sample_text.replace("浙江", "江浙"))


def test_crossing_annotations_nest_by_splitting_the_inner_one() -> None:
    outer = _Ann(start=0, end=5, rank=0, kind="region", tip="outer", anchor="o")
    inner = _Ann(start=3, end=8, rank=1, kind="number", tip="inner", anchor="i")
    root = _tree([outer, inner], 10)
    assert [(c.start, c.end, c.ann) for c in root.children] == [(0, 5, outer), (5, 8, inner)]
    (piece,) = root.children[0].children
    assert (piece.start, piece.end, piece.ann, piece.first) == (3, 5, inner, True)
    assert root.children[1].first is False  # the anchor is written once


def test_deterministic(issue: Issue, sample_text: str, doc: str) -> None:
    assert render_html(parse_issue(sample_text), sample_text) == doc
    assert render_html(issue, sample_text) == doc


# --- what is shown ---------------------------------------------------------------------------


def test_every_highlight_class_is_used_on_the_sample(doc: str) -> None:
    body = page_html(doc)
    for kind, _, _ in _CATEGORIES:
        if kind != "other":  # the sample page has no stray block; see the next test
            assert f'class="pp pp-{kind}"' in body, kind


def test_other_blocks_are_shown() -> None:
    page = "市里开会\n\n本报讯 记者程雪报道 会议召开。\n\n责任编辑:张三\n"
    issue = parse_issue(page)
    assert [b.role for b in issue.other] == ["staff"]
    assert 'class="pp pp-other" title="other block: staff"' in render_html(issue, page)


def test_legend_lists_every_category_with_its_count(doc: str, issue: Issue) -> None:
    legend = doc[doc.index('<ul id="pp-legend"') : doc.index("</ul>")]
    for kind, label, _ in _CATEGORIES:
        assert f'data-layer="{kind}"' in legend
        assert html.escape(label) in legend
    numbers = sum(len(a.numbers) for a in issue.articles)
    assert f"{html.escape('quantity')}</span> ({numbers})" in legend


def test_tooltips_carry_parsed_values(doc: str, issue: Issue) -> None:
    # The convention of the numerals issue: 4.8万余名 is 48000, approximately (余), unit 名.
    assert 'title="4.8万余名 → 48000 (cardinal, approx 余, unit 名)"' in doc
    for art in issue.articles:
        for m in art.numbers:
            assert f'title="{html.escape(m.text)} → ' in doc
        for by in art.bylines:
            for person in by.people:
                assert f'title="person: {person.name} ({person.role})"' in doc
    date = issue.masthead.date
    assert date is not None
    assert f"date: {date.text} → {date.value.isoformat()}" in doc


def test_relinked_fragments_link_to_each_other(doc: str, issue: Issue) -> None:
    found = elements(doc)
    links = {a["id"]: a["href"] for tag, a in found.starts if tag == "a" and "id" in a}
    relinks = [(n, r) for n, art in enumerate(issue.articles, 1) for r in art.relinks]
    assert relinks, "the sample page has a re-linked quotation"
    for n, _ in relinks:
        assert links[f"pp-relink-{n}-1-head"] == f"#pp-relink-{n}-1-tail"
        assert links[f"pp-relink-{n}-1-tail"] == f"#pp-relink-{n}-1-head"


# --- articles: outlined, numbered, their records in the side panel ---------------------------


def _article_regions(doc: str) -> list[dict[str, str | None]]:
    return [
        attrs
        for tag, attrs in elements(page_html(doc)).starts
        if tag == "span" and "pp-article" in (attrs.get("class") or "").split()
    ]


@pytest.mark.parametrize(
    "name",
    [
        "zhejiang-gongren-ribao-2021-12-23-p1.txt",
        "renmin-style-yaowen-2024-03-06-p1.txt",
        "renmin-ribao-2025-10-20-v06-08.pdftotext.txt",
    ],
)
def test_one_outlined_numbered_region_per_article(name: str) -> None:
    text = (CORPUS / name).read_text(encoding="utf-8")
    issue = parse_issue(text)
    doc = render_html(issue, text)
    regions = _article_regions(doc)
    firsts = [a for a in regions if "pp-more" not in (a.get("class") or "")]
    assert [a["data-article"] for a in firsts] == [
        str(n) for n in range(1, len(issue.articles) + 1)
    ]
    assert [a["data-badge"] for a in firsts] == [f"A{n}" for n in range(1, len(issue.articles) + 1)]
    assert [a["id"] for a in firsts] == [
        f"pp-article-{n}" for n in range(1, len(issue.articles) + 1)
    ]
    assert all(a.get("tabindex") == "0" for a in firsts)
    # An article printed in several places has one region per place, the others marked.
    assert len(regions) == sum(len(a.spans) for a in issue.articles)
    for art, n in zip(issue.articles, range(1, len(issue.articles) + 1), strict=True):
        mine = [a for a in regions if a["data-article"] == str(n)]
        assert len(mine) == len(art.spans)
        assert {a["data-badge"] for a in mine[1:]} <= {f"A{n}…"}


def _record(doc: str, n: int) -> str:
    start = doc.index(f'<section class="pp-record" id="pp-record-{n}"')
    return doc[start : doc.index("</section>", start)]


def test_the_panel_holds_each_articles_record(doc: str, issue: Issue) -> None:
    assert doc.count('<section class="pp-record"') == len(issue.articles)
    for n, art in enumerate(issue.articles, 1):
        record = _record(doc, n)
        assert art.headline is not None
        assert html.escape(art.headline.text) in record
        for person in (p for b in art.bylines for p in b.people):
            assert f'{person.name} <span class="pp-role">{person.role}</span>' in record
        assert f"numbers ({len(art.numbers)})" in record or not art.numbers
        for m in art.numbers:
            assert html.escape(f"{m.text} → ") in record
    first = _record(doc, 1)
    assert html.escape("4.8万余名 → 48000 (cardinal, approx 余, unit 名)") in first
    third = _record(doc, 3)
    assert "<dt>column</dt><dd>新华时评</dd>" in third
    assert "新华社 · 北京 · 2021-12-22 · at the end" in third


def test_panel_text_is_escaped() -> None:
    page = "标题<i>x</i>\n\n本报讯 记者程雪报道 正文<b>3个</b>。\n"
    doc = render_html(parse_issue(page), page)
    panel = doc[doc.index('<aside id="pp-panel"') : doc.index("</aside>")]
    assert "<i>" not in panel
    assert "<b>" not in panel
    assert "标题&lt;i&gt;x&lt;/i&gt;" in panel


def test_print_stylesheet(doc: str) -> None:
    css = doc[doc.index("<style>") : doc.index("</style>")]
    at = css.index("@media print{")
    block = css[at:]
    assert "#pp-legend,#pp-keys,#pp-info,.pp-hint{display:none}" in block
    assert "html.pp-js .pp-record,.pp-record{display:block" in block
    assert "print-color-adjust:exact" in block


# --- a real browser --------------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
INJECTION = (
    "\n\n<script>document.title='PWNED'</script>\n\n"
    "<img src=x onerror=\"document.title='PWNED';document.body.dataset.pwned='1'\">\n"
)


def _chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, timeout=60, check=True)


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit, non-interlaced RGB/RGBA PNG: (width, bytes per pixel, rows)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, [], b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
    width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, interlace) == (8, 0)
    assert color in (2, 6)
    bpp = 3 if color == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytes(stride)
    for y in range(height):
        at = y * (stride + 1)
        kind_, line = raw[at], bytearray(raw[at + 1 : at + 1 + stride])
        if kind_ == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind_ == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev, strict=True))
        elif kind_ == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif kind_ == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        prev = bytes(line)
    return width, bpp, rows


def _colours(width: int, bpp: int, rows: list[bytes]) -> set[tuple[int, ...]]:
    return {tuple(row[x : x + 3]) for row in rows for x in range(0, width * bpp, bpp)}


class _PageText(HTMLParser):
    """Text inside elements of a given class, within #pp-page."""

    def __init__(self, cls: str) -> None:
        super().__init__(convert_charrefs=True)
        self.cls = cls
        self.depth = 0  # > 0 inside a matching element
        self.inside_page = False
        self.stack: list[bool] = []
        self.texts: list[str] = []
        self.hidden = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id") == "pp-page":
            self.inside_page = True
        match = self.inside_page and self.cls in (a.get("class") or "").split()
        if match and ("hidden" in a or "style" in a):
            self.hidden = True
        self.stack.append(bool(match))
        if match:
            self.depth += 1
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack.pop():
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and self.texts:
            self.texts[-1] += data


@pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium); "
    ".ci/run installs it",
)
def test_in_headless_chromium(tmp_path: Path, sample_text: str) -> None:
    page = sample_text + INJECTION
    issue = parse_issue(page)
    doc = render_html(issue, page)
    (expected_title,) = re.findall(r"<title>(.*?)</title>", doc)
    target = tmp_path / "page.html"
    target.write_text(doc, encoding="utf-8")
    url = target.as_uri()
    profile = tmp_path / "profile"

    dom = _chromium(profile, "--dump-dom", url).stdout.decode("utf-8")
    # The view's own script ran (it marks <html>), so scripts do run in this browser ...
    assert re.search(r'<html[^>]*class="pp-js"', dom)
    # ... yet the injected ones did not: same title, no element created, shown as text.
    assert re.findall(r"<title>(.*?)</title>", dom) == [expected_title]
    assert "PWNED" not in expected_title
    assert "<img" not in dom
    assert "data-pwned" not in dom
    assert dom.count("<script") == 1
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in dom
    # Every article's headline is in the page, inside its highlight, not hidden.
    shown = _PageText("pp-headline")
    shown.feed(dom)
    assert not shown.hidden
    headlines = [a.headline for a in issue.articles if a.headline is not None]
    assert len(headlines) >= 5
    for headline in headlines:
        for line in headline.lines:
            assert any(line.text in t for t in shown.texts), line.text

    shot = tmp_path / "shot.png"
    _chromium(
        profile,
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--window-size=800,1000",
        f"--screenshot={shot}",
        url,
    )
    width, bpp, rows = png_pixels(shot.read_bytes())
    colours = _colours(width, bpp, rows)
    assert len(colours) > 20  # text, highlights and anti-aliasing, not a blank page
    # The first screen shows the masthead and the first headline in their colours.
    for kind in ("masthead", "headline"):
        css = next(css for k, _, css in _CATEGORIES if k == kind)
        hex_colour = re.search(r"background:#([0-9a-f]{6})", css)
        assert hex_colour is not None
        rgb = tuple(bytes.fromhex(hex_colour.group(1)))
        assert rgb in colours, kind


# --- articles in a real browser: pointer, keys, panel, print ---------------------------------

HUES = _HUES
VIEW_PAGES = ["zhejiang-gongren-ribao-2021-12-23-p1.txt", "renmin-style-yaowen-2024-03-06-p1.txt"]
_J, _K, _ESC = ("j", "KeyJ", 74), ("k", "KeyK", 75), ("Escape", "Escape", 27)
_SHOWN = (
    "Array.from(document.querySelectorAll('.pp-record'))"
    ".filter(function (e) { return getComputedStyle(e).display !== 'none'; })"
    ".map(function (e) { return e.getAttribute('data-article'); })"
)
_CURRENT = (
    "Array.from(document.querySelectorAll('#pp-page .pp-current'))"
    ".map(function (e) { return e.getAttribute('data-article'); })"
)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
@pytest.mark.parametrize("name", VIEW_PAGES)
def test_articles_in_headless_chromium(tmp_path: Path, name: str) -> None:
    from tests.browser import Browser

    text = (CORPUS / name).read_text(encoding="utf-8")
    issue = parse_issue(text)
    count = len(issue.articles)
    target = tmp_path / "page.html"
    target.write_text(render_html(issue, text), encoding="utf-8")
    with Browser(tmp_path / "profile", width=1400, height=1000) as browser:
        browser.open(target.as_uri())
        # The DOM: one outlined, numbered region per article (its first piece).
        firsts = browser.evaluate(
            "Array.from(document.querySelectorAll('.pp-article:not(.pp-more)')).map("
            "function (e) { var s = getComputedStyle(e), b = getComputedStyle(e, '::before');"
            " return [e.getAttribute('data-article'), s.display, s.borderTopStyle,"
            " parseFloat(s.borderTopWidth), b.content]; })"
        )
        assert [f[0] for f in firsts] == [str(n) for n in range(1, count + 1)]
        for n, display, border, width, badge in firsts:
            assert (display, border, badge) == ("block", "solid", f'"A{n}"')
            assert width >= 2
        # Nothing chosen yet: the panel shows its hint, no record.
        assert browser.evaluate(_SHOWN) == []
        # Keys: j, j, k, then Esc.
        browser.press(*_J)
        assert browser.evaluate(_SHOWN) == ["1"]
        assert set(browser.evaluate(_CURRENT)) == {"1"}
        browser.press(*_J)
        assert browser.evaluate(_SHOWN) == ["2"]
        top = browser.evaluate(
            "document.getElementById('pp-article-2').getBoundingClientRect().top"
        )
        assert 0 <= top < 100  # scrolled to the article's start
        assert browser.evaluate("document.activeElement.id") == "pp-article-2"
        browser.screenshot(tmp_path / "keys.png")
        browser.press(*_K)
        assert browser.evaluate(_SHOWN) == ["1"]
        browser.press(*_ESC)
        assert browser.evaluate(_SHOWN) == []
        # The pointer: the record of the article under it.
        last = count
        x, y = browser.evaluate(
            f"(function () {{ var e = document.getElementById('pp-article-{last}');"
            " e.scrollIntoView(); var r = e.getBoundingClientRect();"
            " return [r.left + 40, r.top + 20]; })()"
        )
        browser.hover(x, y)
        assert browser.evaluate(_SHOWN) == [str(last)]
        shown = browser.evaluate(f"document.getElementById('pp-record-{last}').innerText")
        art = issue.articles[-1]
        assert art.headline is not None
        assert art.headline.text in shown
        for m in art.numbers:
            assert m.text in shown
        png = browser.screenshot(tmp_path / "pointer.png")
        width, bpp, rows = png_pixels(png)
        colours = _colours(width, bpp, rows)
        hue = HUES[(last - 1) % len(HUES)]
        assert tuple(bytes.fromhex(hue[1:])) in colours  # its outline and badge
        # A link to an article opens its record.
        linked = tmp_path / "linked.html"
        linked.write_text(target.read_text(encoding="utf-8"), encoding="utf-8")
        browser.open(linked.as_uri() + "#pp-article-2")
        assert browser.evaluate(_SHOWN) == ["2"]
        # Print: no bars or switches, every record after the text, outlines kept.
        browser.send("Emulation.setEmulatedMedia", {"media": "print"})
        assert browser.evaluate(_SHOWN) == [str(n) for n in range(1, count + 1)]
        hidden = browser.evaluate(
            "['pp-legend', 'pp-info', 'pp-keys'].map(function (i) {"
            " return getComputedStyle(document.getElementById(i)).display; })"
        )
        assert hidden == ["none", "none", "none"]
        assert (
            browser.evaluate("getComputedStyle(document.getElementById('pp-panel')).position")
            == "static"
        )
        assert (
            browser.evaluate(
                "getComputedStyle(document.getElementById('pp-article-1')).borderTopStyle"
            )
            == "solid"
        )
