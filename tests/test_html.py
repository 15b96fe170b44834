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
from paper_parser.html import _CATEGORIES, _Ann, _tree
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
        r"class|id|title|href|lang|charset|content|name|type|checked|http-equiv"
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
