"""Content items in the style of impresso's rebuilt newspaper format: one JSON object per article.

The `impresso project <https://impresso-project.ch>`_ exchanges newspaper articles as
*content items*: an id, a type (``"ar"`` for an article), the issue date, the language, the
title, the full text ``ft`` and offsets into it where printed lines (``lb``), paragraphs
(``pb``) and page regions (``rb``) break, plus ``ppreb``: the pages the item lies on, each
with the pieces of ``ft`` found there. :func:`content_items` writes that for every article of
a page; where impresso's pieces carry image coordinates (``c``), ours carry ``o``, the offset
of the piece in the **page text**, so that ``page[o:o + l] == ft[s:s + l]`` for every piece.
Image coordinates (and so ALTO and IIIF) need the boxes of a PDF and are not written yet.

``ft`` is the article as read: its headings, bylines, a dateline printed at the start, the
paragraphs (re-joined across line breaks, section heads in place) and a dateline printed at
the end, one per line (``\\n``). ``meta`` holds what impresso's format has no key for
(paper, page, headings, people with roles, dateline). The layout is described by a JSON
Schema (:func:`json_schema`, shipped as ``docs/schema/impresso-content-item.schema.json``)
that ``tests/test_impresso.py`` validates every corpus page against.

Nothing here reads the clock: impresso's ``ts`` (when the item was made) is written only when
you pass it.

>>> import paper_parser
>>> page = "浙江工人日报\\n2021年12月23日\\n\\n整治欠薪\\n\\n本报讯 记者程雪报道 昨日开会。"
>>> (item,) = content_items(paper_parser.parse_issue(page), page_id="p1")
>>> item["id"], item["tp"], item["d"], item["t"]
('p1-i0001', 'ar', '2021-12-23', '整治欠薪')
>>> item["ft"]
'整治欠薪\\n本报讯 记者程雪报道\\n昨日开会。'
>>> item["pb"], item["ppreb"][0]["t"][2]
([5, 16], {'s': 16, 'l': 5, 'o': 37})
>>> page[37:42]
'昨日开会。'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from paper_parser._types import Span
from paper_parser.segment import Article, Issue
from paper_parser.tables import ArticleFacts, article_facts

__all__ = ["IMPRESSO_SCHEMA_VERSION", "content_items", "json_schema", "to_impresso"]

#: Version of the content-item layout (``meta.schema_version``).
IMPRESSO_SCHEMA_VERSION = 1


def _units(art: Article) -> Iterator[tuple[str, list[Span]]]:
    """The article's units in reading order: (kind, pieces), a unit's text being its pieces
    joined with nothing."""
    heads = [
        (h.span.start, kind, list(h.lines))
        for kind in ("kicker", "column", "headline", "subtitle")
        if (h := getattr(art, kind)) is not None
    ]
    for _, kind, lines in sorted(heads, key=lambda x: x[0]):
        yield kind, lines
    for by in art.bylines:
        yield "byline", [by.span]
    dl = None if art.dateline_in_byline else art.dateline  # else written with its byline
    if dl is not None and dl.position == "start":
        yield "dateline", [dl.span]
    sections = sorted(art.section_heads, key=lambda h: h.span.start)
    k = 0
    for par in art.paragraphs:
        first = par.spans[0].start if par.spans else 0
        while k < len(sections) and sections[k].span.start < first:
            yield "section", [sections[k].span]
            k += 1
        yield "paragraph", list(par.spans)
    for head in sections[k:]:
        yield "section", [head.span]
    if dl is not None and dl.position == "end":
        yield "dateline", [dl.span]


def _region(spans: tuple[Span, ...], pos: int) -> int:
    for i, sp in enumerate(spans):
        if sp.start <= pos < sp.end:
            return i
    return -1


def _text(art: Article) -> tuple[str, list[int], list[int], list[int], list[dict[str, int]]]:
    """ft, lb, pb, rb and the pieces of one article."""
    parts: list[str] = []
    lb: list[int] = []
    pb: list[int] = []
    rb: list[int] = []
    pieces: list[dict[str, int]] = []
    pos = 0
    region = None
    for n, (_, spans) in enumerate(_units(art)):
        if n:
            parts.append("\n")
            pos += 1
            pb.append(pos)
        for i, sp in enumerate(spans):
            if i:
                lb.append(pos)
            where = _region(art.spans, sp.start)
            if region is not None and where != region:
                rb.append(pos)
            region = where
            lb.extend(pos + j + 1 for j, c in enumerate(sp.text) if c == "\n")
            pieces.append({"s": pos, "l": len(sp.text), "o": sp.start})
            parts.append(sp.text)
            pos += len(sp.text)
    return "".join(parts), lb, pb, rb, pieces


def _page_number(edition: str | None) -> int | None:
    return int(edition) if edition is not None and edition.isdigit() else None


def _meta(art: Article, index: int, page_id: str, facts: ArticleFacts) -> dict[str, Any]:
    dl = art.dateline
    return {
        "schema_version": IMPRESSO_SCHEMA_VERSION,
        "page_id": page_id,
        "article_index": index,
        "paper": facts.paper,
        "edition": facts.edition,
        "edition_name": facts.edition_name,
        "kicker": art.kicker.text if art.kicker is not None else None,
        "subtitle": art.subtitle.text if art.subtitle is not None else None,
        "column": art.column.text if art.column is not None else None,
        "people": [{"name": p.name, "role": p.role} for p in art.people],
        "dateline": None
        if dl is None
        else {
            "text": dl.text,
            "agency": dl.agency,
            "place": dl.place,
            "date": None if dl.date is None else dl.date.isoformat(),
        },
    }


def content_items(issue: Issue, *, page_id: str, ts: str | None = None) -> list[dict[str, Any]]:
    """The content items of one page: one per article, in page order.

    Args:
        issue: The parsed page.
        page_id: The page's id (a file name without its suffix reads best): items are
            ``<page_id>-i0001``, ``-i0002`` ...
        ts: impresso's timestamp of creation (``2026-01-31T12:00:00Z``), written when given.
    """
    items = []
    all_facts = article_facts(issue)
    for index, (art, facts) in enumerate(zip(issue.articles, all_facts, strict=True)):
        number = _page_number(facts.edition)
        ft, lb, pb, rb, pieces = _text(art)
        item: dict[str, Any] = {"id": f"{page_id}-i{index + 1:04d}", "tp": "ar", "olr": False}
        if number is not None:
            item["pp"] = [number]
        if facts.date is not None:
            item["d"] = facts.date.isoformat()
        if ts is not None:
            item["ts"] = ts
        item["lg"] = "zh"
        if art.headline is not None:
            item["t"] = art.headline.text
        item.update({"ft": ft, "lb": lb, "pb": pb, "rb": rb})
        page: dict[str, Any] = {"id": page_id}
        if number is not None:
            page["n"] = number
        page["t"] = pieces
        item["ppreb"] = [page]
        item["meta"] = _meta(art, index, page_id, facts)
        items.append(item)
    return items


def to_impresso(
    pages: Mapping[str, Issue] | Iterable[Issue], *, ts: str | None = None
) -> list[dict[str, Any]]:
    """The content items of many pages (``{page_id: issue}``, or issues alone, whose ids are
    then ``page0``, ``page1`` ...), in order; write them as JSON Lines."""
    items = (
        pages.items()
        if isinstance(pages, Mapping)
        else ((f"page{i}", p) for i, p in enumerate(pages))
    )
    return [
        item for page_id, issue in items for item in content_items(issue, page_id=page_id, ts=ts)
    ]


# --- JSON Schema -----------------------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a content item made by :func:`content_items`."""
    # built afresh on every call: the caller owns (and may change) what it is given
    offsets = {"type": "array", "items": {"type": "integer", "minimum": 0}}
    nullable_string = {"type": ["string", "null"]}
    person = {
        "type": "object",
        "required": ["name", "role"],
        "properties": {"name": {"type": "string"}, "role": {"type": "string"}},
        "additionalProperties": False,
    }
    dateline = {
        "type": ["object", "null"],
        "required": ["text", "agency", "place", "date"],
        "properties": {
            "text": {"type": "string"},
            "agency": {"type": "string"},
            "place": nullable_string,
            "date": {"type": ["string", "null"], "format": "date"},
        },
        "additionalProperties": False,
    }
    meta_fields = ("paper", "edition", "edition_name", "kicker", "subtitle", "column")
    meta = {
        "description": "what impresso's format has no key for",
        "type": "object",
        "required": [
            "schema_version",
            "page_id",
            "article_index",
            *meta_fields,
            "people",
            "dateline",
        ],
        "properties": {
            "schema_version": {"const": IMPRESSO_SCHEMA_VERSION},
            "page_id": {"type": "string"},
            "article_index": {"type": "integer", "minimum": 0},
            **dict.fromkeys(meta_fields, nullable_string),
            "people": {"type": "array", "items": person},
            "dateline": dateline,
        },
        "additionalProperties": False,
    }
    piece = {
        "description": "a piece of ft: ft[s:s+l] == page[o:o+l]",
        "type": "object",
        "required": ["s", "l", "o"],
        "properties": {
            "s": {"description": "offset in ft", "type": "integer", "minimum": 0},
            "l": {"description": "length", "type": "integer", "minimum": 0},
            "o": {"description": "offset in the page text", "type": "integer", "minimum": 0},
        },
        "additionalProperties": False,
    }
    page = {
        "type": "object",
        "required": ["id", "t"],
        "properties": {
            "id": {"type": "string"},
            "n": {"type": "integer"},
            "t": {"type": "array", "items": piece},
        },
        "additionalProperties": False,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://paper-parser.invalid/schema/impresso-content-item-v{IMPRESSO_SCHEMA_VERSION}.json",
        "title": "paper_parser content item (impresso style)",
        "description": "One article, as made by paper_parser.impresso.content_items.",
        "type": "object",
        "required": ["id", "tp", "olr", "lg", "ft", "lb", "pb", "rb", "ppreb", "meta"],
        "properties": {
            "id": {"type": "string", "description": "<page_id>-i<4-digit article number>"},
            "tp": {"const": "ar", "description": "content item type: article"},
            "olr": {"type": "boolean", "description": "optical layout recognition applied"},
            "pp": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
            "d": {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
            "ts": {
                "type": "string",
                "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",
            },
            "lg": {"type": "string", "pattern": "^[a-z]{2}$"},
            "t": {"type": "string", "description": "title (the headline)"},
            "ft": {"type": "string", "description": "full text"},
            "lb": {**offsets, "description": "offsets in ft where a printed line starts"},
            "pb": {**offsets, "description": "offsets in ft where a paragraph starts"},
            "rb": {**offsets, "description": "offsets in ft where another page region starts"},
            "ppreb": {"type": "array", "items": page, "minItems": 1},
            "meta": meta,
        },
        "additionalProperties": False,
    }
