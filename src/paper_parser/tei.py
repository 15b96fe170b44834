"""TEI P5: parsed pages as TEI XML documents, for digital editions and the tools of the field.

:func:`to_tei` writes one page as a ``<TEI>`` document; :func:`to_tei_corpus` writes many as
a ``<teiCorpus>``. Each article is a ``<div type="article">`` holding, in printed order:

* ``<head type="kicker">``, ``<head type="main">``, ``<head type="sub">`` and
  ``<head type="column">`` for the 引题, 主题, 副题 and 栏目 label;
* ``<byline>`` as printed, each credited person a ``<persName role="reporter">``;
* ``<dateline>`` (电头) with its ``<orgName>``, ``<placeName>`` and ``<date when="…">``, before
  the paragraphs or after them, where it is printed;
* ``<p>`` for each paragraph (re-joined across line breaks), quantities as
  ``<num value="48000" type="cardinal">`` (``value`` an exact ``str(Fraction)``, such as
  ``18/5``, which TEI's ``teidata.numeric`` allows; ranges as ``atLeast``/``atMost``) and
  dates as ``<date when="2021-12-22">`` (an interval or a week, quarter or half year as
  ``from``/``to`` days; a date the parser could not place has no attribute);
* section heads (小标题) open a ``<div type="section">`` with its ``<head>``;
* photo credits as ``<note type="photo-credit">``.

The header names the paper, date, page (``<biblScope unit="page">``) and the identifiers the
masthead prints (CN, ISSN). The output is checked against the TEI P5 schema (``tei_all``, with
lxml's RELAX NG) for every corpus page in ``tests/test_tei.py``. XML cannot carry some control
characters (a form feed of ``pdftotext`` output, for one); they are written as U+FFFD.

Built with the standard library only (no lxml needed to write).

>>> import paper_parser
>>> page = "浙江工人日报\\n2021年12月23日\\n\\n整治欠薪\\n\\n"
>>> page += "本报讯 记者程雪报道 昨日,4.8万余名职工参加。"
>>> doc = to_tei(paper_parser.parse_issue(page), page_id="p1.txt")
>>> article = doc[doc.index('<div type="article"') : doc.index("</div>") + 6]
>>> for line in article.replace("</date>", "</date>\\n").splitlines():
...     print(line)
<div type="article" n="1" xml:id="a1">
<head type="main">整治欠薪</head>
<byline><orgName>本报</orgName>讯 记者<persName role="reporter">程雪</persName>报道</byline>
<p><date when="2021-12-22" type="relative">昨日</date>
,<num value="48000" type="cardinal">4.8万余名</num>职工参加。</p>
</div>
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from paper_parser._timex_days import days
from paper_parser._types import Span
from paper_parser.bylines import Byline, Dateline
from paper_parser.calendar import find_dates
from paper_parser.segment import Article, Issue, Paragraph

__all__ = ["CORPUS_CLOSE", "TEI_NS", "corpus_open", "tei_element", "to_tei", "to_tei_corpus"]

#: The TEI namespace.
TEI_NS = "http://www.tei-c.org/ns/1.0"

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_W3C_DATE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?\Z")


def _esc(text: str) -> str:
    """Text as XML character data or attribute value (quotes escaped, illegal characters
    replaced by U+FFFD)."""
    text = _ILLEGAL_XML.sub("\ufffd", text)
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\r", "&#13;")
    )


def _attrs(pairs: Iterable[tuple[str, str | None]]) -> str:
    return "".join(f' {k}="{_esc(v)}"' for k, v in pairs if v is not None)


# --- inline markup ---------------------------------------------------------------------------


class _Mark(NamedTuple):
    """An element over ``[start, end)`` of a run of text (local offsets)."""

    start: int
    end: int
    rank: int  # lower: outer when two marks cover the same range
    tag: str
    attrs: tuple[tuple[str, str | None], ...]


def _inline(text: str, marks: Iterable[_Mark]) -> str:
    """``text`` with the marks as elements; a mark that crosses another is left out."""
    ordered = sorted(
        (m for m in marks if 0 <= m.start < m.end <= len(text)),
        key=lambda m: (m.start, -m.end, m.rank),
    )
    out: list[str] = []
    stack: list[_Mark] = []
    pos = 0
    for m in ordered:
        while stack and stack[-1].end <= m.start:
            top = stack.pop()
            out.append(_esc(text[pos : top.end]) + f"</{top.tag}>")
            pos = top.end
        if stack and m.end > stack[-1].end:
            continue  # crosses the enclosing mark
        out.append(_esc(text[pos : m.start]) + f"<{m.tag}{_attrs(m.attrs)}>")
        pos = m.start
        stack.append(m)
    while stack:
        top = stack.pop()
        out.append(_esc(text[pos : top.end]) + f"</{top.tag}>")
        pos = top.end
    out.append(_esc(text[pos:]))
    return "".join(out)


def _date_attrs(value: str | None) -> tuple[tuple[str, str | None], ...]:
    """TEI dating attributes for a TIMEX3-style value.

    >>> _date_attrs("2021-12"), _date_attrs("2021-12-05/2021-12-23")
    ((('when', '2021-12'),), (('from', '2021-12-05'), ('to', '2021-12-23')))
    >>> _date_attrs("2021-Q4"), _date_attrs("2021-SU"), _date_attrs(None)
    ((('from', '2021-10-01'), ('to', '2021-12-31')), (), ())
    """
    if value is None:
        return ()
    if _W3C_DATE.match(value):
        return (("when", value),)
    a, slash, b = value.partition("/")
    if slash and _W3C_DATE.match(a) and _W3C_DATE.match(b):
        return (("from", a), ("to", b))
    first, last = days(value)
    if first is None or last is None:
        return ()
    return (("from", first.isoformat()), ("to", last.isoformat()))


def _num_attrs(m: Any) -> tuple[tuple[str, str | None], ...]:
    return (
        ("value", None if m.value is None else str(m.value)),
        ("type", str(m.kind)),
        ("atLeast", None if m.low is None else str(m.low)),
        ("atMost", None if m.high is None else str(m.high)),
    )


class _Local:
    """Maps page offsets into a paragraph's text (its pieces joined with nothing)."""

    def __init__(self, pieces: Sequence[Span]) -> None:
        self.pieces = sorted(pieces)
        self.starts = [p.start for p in self.pieces]
        offsets, total = [], 0
        for p in self.pieces:
            offsets.append(total)
            total += p.end - p.start
        self.offsets = offsets
        self.size = total

    def at(self, pos: int, *, end: bool = False) -> int | None:
        """The paragraph offset of page offset ``pos`` (an end offset may close a piece)."""
        i = bisect.bisect_right(self.starts, pos - 1 if end else pos) - 1
        if i < 0:
            return None
        piece = self.pieces[i]
        if piece.start <= pos < piece.end or (end and pos == piece.end):
            return self.offsets[i] + pos - piece.start
        return None

    def span(self, span: Span) -> tuple[int, int] | None:
        start, stop = self.at(span.start), self.at(span.end, end=True)
        if start is None or stop is None or stop <= start:
            return None
        return start, stop


def _paragraph(par: Paragraph, art: Article) -> str:
    # The pieces of a paragraph are in reading order and concatenate to its text; when a
    # re-linked fragment puts them out of page order, marks are placed by page order only if
    # that gives the same text, else the paragraph is written without marks.
    local = _Local(par.spans)
    joined = "".join(p.text for p in local.pieces)
    marks: list[_Mark] = []
    if joined == par.text:
        lo, hi = (
            local.pieces[0].start if local.pieces else 0,
            local.pieces[-1].end if local.pieces else 0,
        )
        for d in art.dates:
            if lo <= d.span.start < hi and (where := local.span(d.span)) is not None:
                attrs = (*_date_attrs(d.value), ("type", d.kind))
                marks.append(_Mark(where[0], where[1], 0, "date", attrs))
        for m in art.numbers:
            if lo <= m.span.start < hi and (where := local.span(m.span)) is not None:
                marks.append(_Mark(where[0], where[1], 1, "num", _num_attrs(m)))
    return f"<p>{_inline(par.text, marks)}</p>"


# --- an article ------------------------------------------------------------------------------


def _people_marks(span: Span, people: Iterable[Any]) -> list[_Mark]:
    return [
        _Mark(
            p.span.start - span.start, p.span.end - span.start, 2, "persName", (("role", p.role),)
        )
        for p in people
        if span.contains(p.span)
    ]


def _dateline_marks(dl: Dateline, offset: int) -> list[_Mark]:
    """The marks of a dateline's agency, place, date and people, ``offset`` characters into
    the text they are drawn in."""
    marks = [
        m._replace(start=m.start + offset, end=m.end + offset)
        for m in _people_marks(dl.span, dl.people)
    ]
    agency = dl.text.find(dl.agency) if dl.agency else -1
    if dl.agency and agency >= 0:
        marks.append(_Mark(offset + agency, offset + agency + len(dl.agency), 1, "orgName", ()))
    if dl.place and (place := dl.text.find(dl.place, max(agency, 0))) >= 0:
        marks.append(_Mark(offset + place, offset + place + len(dl.place), 1, "placeName", ()))
    if dl.date is not None:
        found = find_dates(dl.text)
        if found:
            first = found[0].span
            when = (("when", dl.date.isoformat()),)
            marks.append(_Mark(offset + first.start, offset + first.end, 1, "date", when))
    return marks


def _dateline(art: Article) -> str:
    dl = art.dateline
    assert dl is not None
    return f"<dateline>{_inline(dl.text, _dateline_marks(dl, 0))}</dateline>"


def _byline(art: Article, by: Byline) -> str:
    marks = _people_marks(by.span, by.people)
    dl = art.dateline
    if dl is not None and by.span.contains(dl.span):
        marks += _dateline_marks(dl, dl.span.start - by.span.start)
    return f"<byline>{_inline(by.text, marks)}</byline>"


_HEADS = (("kicker", "kicker"), ("column", "column"), ("headline", "main"), ("subtitle", "sub"))


def _article_parts(art: Article) -> Iterator[str]:
    heads = [(getattr(art, name), kind) for name, kind in _HEADS]
    for heading, kind in sorted(
        ((h, k) for h, k in heads if h is not None), key=lambda hk: hk[0].span.start
    ):
        yield f'<head type="{kind}">{_esc(heading.text)}</head>'
    for by in art.bylines:
        yield _byline(art, by)
    shown = art.dateline is not None and not art.dateline_in_byline
    at_end = shown and art.dateline is not None and art.dateline.position == "end"
    if shown and not at_end:
        yield _dateline(art)
    sections = sorted(art.section_heads, key=lambda h: h.span.start)
    opened = False
    k = 0
    paragraphs = art.paragraphs
    for par in paragraphs:
        first = par.spans[0].start if par.spans else 0
        while k < len(sections) and sections[k].span.start < first:
            if opened:
                yield "</div>"
            yield f'<div type="section">\n<head>{_esc(sections[k].text)}</head>'
            opened, k = True, k + 1
        yield _paragraph(par, art)
    if not paragraphs:
        yield "<p/>"
    if opened:
        yield "</div>"
    for credit in art.photo_credits:
        inner = _inline(credit.text, _people_marks(credit.span, credit.people))
        yield f'<note type="photo-credit">{inner}</note>'
    if at_end:
        yield _dateline(art)


def _article(n: int, art: Article, id_prefix: str) -> str:
    head = f'<div type="article" n="{n}" xml:id="{_esc(id_prefix)}a{n}">'
    return "\n".join([head, *_article_parts(art), "</div>"])


# --- the document ----------------------------------------------------------------------------


def _header(issue: Issue, page_id: str | None) -> str:
    m = issue.masthead
    paper = m.paper_name.value if m.paper_name is not None else None
    date = m.date.value.isoformat() if m.date is not None else None
    edition = m.edition.value if m.edition is not None else None
    title = " ".join(x for x in (paper, date, f"第{edition}版" if edition else None) if x) or (
        page_id or "newspaper page"
    )
    bibl = []
    if paper is not None:
        bibl.append(f'<title level="j">{_esc(paper)}</title>')
    if m.date is not None:
        bibl.append(f'<date when="{m.date.value.isoformat()}">{_esc(m.date.text)}</date>')
    if m.edition is not None:
        label = " ".join(x for x in (m.edition.value, m.edition.name) if x)
        bibl.append(f'<biblScope unit="page"{_attrs([("n", edition)])}>{_esc(label)}</biblScope>')
    if m.cn_number is not None:
        bibl.append(f'<idno type="CN">{_esc(str(m.cn_number))}</idno>')
    if m.issn is not None:
        bibl.append(f'<idno type="ISSN">{_esc(m.issn.value)}</idno>')
    if page_id is not None:
        bibl.append(f'<idno type="page">{_esc(page_id)}</idno>')
    source = "\n".join(bibl) if bibl else "<p>A newspaper page.</p>"
    if bibl:
        source = f'<bibl type="newspaper-page">\n{source}\n</bibl>'
    return (
        "<teiHeader>\n<fileDesc>\n"
        f"<titleStmt>\n<title>{_esc(title)}</title>\n</titleStmt>\n"
        "<publicationStmt>\n<p>Structured by paper_parser from the text of the page.</p>\n"
        "</publicationStmt>\n"
        f"<sourceDesc>\n{source}\n</sourceDesc>\n"
        "</fileDesc>\n</teiHeader>"
    )


def tei_element(issue: Issue, *, page_id: str | None = None, id_prefix: str = "") -> str:
    """The ``<TEI>`` element of one page (no XML declaration), for writing many into a corpus.

    Args:
        issue: The parsed page.
        page_id: Its id (a file name), written as ``<idno type="page">``.
        id_prefix: Put before every ``xml:id`` (``p3-`` gives ``p3-a1``); ids must be unique
            in a document, so pages written into one corpus need distinct prefixes. It must
            start with a letter or ``_`` when given.
    """
    body = [_article(n, art, id_prefix) for n, art in enumerate(issue.articles, 1)]
    if not body:
        body = ["<p/>"]
    return (
        f'<TEI xmlns="{TEI_NS}" xml:lang="zh">\n'
        + _header(issue, page_id)
        + "\n<text>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</text>\n</TEI>"
    )


_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


def to_tei(issue: Issue, *, page_id: str | None = None) -> str:
    """One page as a TEI P5 document (UTF-8; write it with ``encoding="utf-8"``).

    Args:
        issue: The result of :func:`paper_parser.parse_issue`.
        page_id: The page's id (a file name), recorded in the header.
    """
    return _DECLARATION + tei_element(issue, page_id=page_id) + "\n"


def corpus_open(title: str = "Newspaper pages") -> str:
    """The start of a ``<teiCorpus>`` document (declaration and corpus header)."""
    return (
        _DECLARATION
        + f'<teiCorpus xmlns="{TEI_NS}" xml:lang="zh">\n'
        + "<teiHeader>\n<fileDesc>\n"
        + f"<titleStmt>\n<title>{_esc(title)}</title>\n</titleStmt>\n"
        + "<publicationStmt>\n<p>Structured by paper_parser from the text of the pages.</p>\n"
        + "</publicationStmt>\n"
        + "<sourceDesc>\n<p>Newspaper pages; each TEI header below names its page.</p>\n"
        + "</sourceDesc>\n</fileDesc>\n</teiHeader>\n"
    )


#: The end of a ``<teiCorpus>`` document.
CORPUS_CLOSE = "</teiCorpus>\n"


def to_tei_corpus(
    pages: Mapping[str, Issue] | Iterable[Issue], *, title: str = "Newspaper pages"
) -> str:
    """Many pages as one ``<teiCorpus>`` document, one ``<TEI>`` per page in the given order.

    Args:
        pages: ``{page_id: issue}``, or issues alone.
        title: The corpus title.

    Each page's ``xml:id`` values are prefixed with ``p<position>-`` so they stay unique.
    """
    items = pages.items() if isinstance(pages, Mapping) else ((None, i) for i in pages)
    parts = [corpus_open(title)]
    for i, (page_id, issue) in enumerate(items):
        parts.append(tei_element(issue, page_id=page_id, id_prefix=f"p{i}-") + "\n")
    parts.append(CORPUS_CLOSE)
    return "".join(parts)
