"""Articles as rows: parsed pages as Arrow tables (and pandas, polars, duckdb on top).

:func:`to_arrow` turns parsed pages into a ``pyarrow.Table`` with **one row per
article**: a stable ``article_id``, the paper, date and page (版) of its page, its headings,
the people credited with their roles, its dateline, its text (paragraphs joined and as a
list), the quantities and dates it mentions and the ranges of the page it was built from, all
in real Arrow types (``date32``, lists, structs), never JSON strings. :func:`pages_to_arrow`
gives one row per page with the masthead's facts. :func:`to_pandas` is ``to_arrow(...)
.to_pandas()``; polars and duckdb read the Arrow table (or a Parquet file of it) as is.

>>> import paper_parser
>>> page = "浙江工人日报\\n2021年12月23日\\n\\n整治欠薪\\n\\n本报讯 记者程雪报道 4.8万余名职工参会"
>>> table = paper_parser.to_arrow({"p1.txt": paper_parser.parse_issue(page)})
>>> table.num_rows
1
>>> row = table.to_pylist()[0]
>>> row["article_id"], row["paper"], row["date"], row["headline"]
('p1.txt#0', '浙江工人日报', datetime.date(2021, 12, 23), '整治欠薪')
>>> row["bylines"]
[{'name': '程雪', 'role': 'reporter'}]
>>> [(n["text"], n["value"], n["unit"], n["approx"]) for n in row["numbers"]]
[('4.8万余名', '48000', '名', '余')]

Exact numbers are **strings** that :class:`fractions.Fraction` reads back (``"48000"``,
``"18/5"``: ``str(Fraction)``), because no Arrow decimal holds ``1/3`` exactly;
``value_float`` beside it is the nearest ``float64`` for sorting and plotting. Offsets
(``start``, ``end``) are ``int64`` code-point offsets into the page text, as everywhere in
paper_parser.

The layout of both tables is versioned by :data:`TABLE_SCHEMA_VERSION` (stored in the Arrow
schema's metadata, so Parquet files carry it) and documented column by column in
``docs/tables.rst`` from :func:`describe` (a test keeps the two in step). pyarrow is imported
only when a table is built (``pip install "paper-parser[arrow]"``).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Mapping
from fractions import Fraction
from typing import Any, NamedTuple, TypeAlias

from paper_parser._timex_days import days as _days
from paper_parser._types import Span
from paper_parser.segment import Article, HeadingLines, Issue

__all__ = [
    "TABLE_SCHEMA_VERSION",
    "ArticleFacts",
    "article_facts",
    "article_rows",
    "articles_schema",
    "describe",
    "page_row",
    "pages_schema",
    "pages_to_arrow",
    "to_arrow",
    "to_pandas",
]

#: Version of the two tables' layout. Bumped when a column changes name, type or meaning;
#: adding a column bumps it too (a reader may select columns by position). 2: ``page_number``
#: (a PDF page's number) in both tables.
TABLE_SCHEMA_VERSION = 2

Row: TypeAlias = dict[str, Any]
#: Pages given to the table builders: a mapping from page id (a file name) to its issue, or
#: issues alone (their ids are then their positions, ``"0"``, ``"1"`` ...).
Pages: TypeAlias = Mapping[str, Issue] | Iterable[Issue]


# --- columns ---------------------------------------------------------------------------------
# Each column: (name, type spec, description). A type spec is a small tuple read by
# _arrow_type, so the layout is plain data (documented and tested) and pyarrow is imported
# only to build a table.

_PERSON = ("struct", (("name", "string"), ("role", "string")))
_PEOPLE = ("list", _PERSON)

_PAGE_NUMBER = ("page_number", "int32", "the page's number in its PDF (1-based); null for text")

_ARTICLE_COLUMNS: tuple[tuple[str, Any, str], ...] = (
    ("article_id", "string", "page_id#article_index: unique and stable for the same input"),
    ("page_id", "string", "the page's id (its file name on the command line)"),
    _PAGE_NUMBER,
    ("article_index", "int32", "0-based position of the article on its page"),
    ("paper", "string", "the paper's name (masthead, else the article's source line)"),
    ("date", "date32", "the issue date (masthead, else the article's source line)"),
    ("edition", "string", "the page (版) as printed without 第/版, e.g. '01', 'A4'"),
    ("edition_name", "string", "the page's name, e.g. '要闻'"),
    ("kicker", "string", "引题, lines joined"),
    ("headline", "string", "主题, lines joined"),
    ("subtitle", "string", "副题, lines joined"),
    ("column", "string", "栏目 label (新华时评 ...)"),
    ("byline", "string", "the byline(s) as printed, runs of white space as one space"),
    ("bylines", _PEOPLE, "people of the byline(s), in printed order"),
    ("people", _PEOPLE, "everyone credited: bylines, dateline, photographers"),
    (
        "dateline",
        (
            "struct",
            (
                ("text", "string"),
                ("agency", "string"),
                ("place", "string"),
                ("date", "date32"),
                ("position", "string"),
                ("start", "int64"),
                ("end", "int64"),
            ),
        ),
        "电头 (新华社北京12月22日电): agency, place, resolved date, 'start' or 'end'",
    ),
    (
        "source",
        (
            "struct",
            (("text", "string"), ("paper", "string"), ("date", "date32"), ("edition", "string")),
        ),
        "the source line printed with the article (《人民日报》（2025年10月20日 第 06 版）)",
    ),
    ("text", "string", "the paragraphs joined by a line feed"),
    ("paragraphs", ("list", "string"), "the paragraphs, re-joined across line breaks"),
    ("section_heads", ("list", "string"), "小标题 inside the article"),
    (
        "numbers",
        (
            "list",
            (
                "struct",
                (
                    ("text", "string"),
                    ("value", "string"),
                    ("value_float", "float64"),
                    ("low", "string"),
                    ("high", "string"),
                    ("unit", "string"),
                    ("approx", "string"),
                    ("kind", "string"),
                    ("start", "int64"),
                    ("end", "int64"),
                ),
            ),
        ),
        "quantities: exact value as a string str(Fraction) ('48000', '18/5'), its float64, "
        "range ends, unit, approximation marker, kind, page offsets",
    ),
    (
        "dates",
        (
            "list",
            (
                "struct",
                (
                    ("text", "string"),
                    ("kind", "string"),
                    ("value", "string"),
                    ("granularity", "string"),
                    ("mod", "string"),
                    ("time", "string"),
                    ("first_day", "date32"),
                    ("last_day", "date32"),
                    ("start", "int64"),
                    ("end", "int64"),
                ),
            ),
        ),
        "dates in the text: TIMEX3-style value, the days it covers (first_day..last_day, "
        "null when it names no whole days), page offsets",
    ),
    (
        "spans",
        ("list", ("struct", (("start", "int64"), ("end", "int64")))),
        "the ranges of the page the article was built from",
    ),
)

_PAGE_COLUMNS: tuple[tuple[str, Any, str], ...] = (
    ("page_id", "string", "the page's id (its file name on the command line)"),
    _PAGE_NUMBER,
    ("paper", "string", "the paper's name"),
    ("paper_origin", "string", "where the name was read: masthead, source-line, web-title ..."),
    ("date", "date32", "the issue date"),
    ("date_origin", "string", "where the date was read"),
    ("weekday", "int8", "the printed weekday, 1 = Monday .. 7 = Sunday"),
    (
        "lunar",
        (
            "struct",
            (
                ("ganzhi", "string"),
                ("year", "int32"),
                ("month", "int8"),
                ("day", "int8"),
                ("leap", "bool"),
            ),
        ),
        "the printed lunar date",
    ),
    ("edition", "string", "the page (版) as printed without 第/版"),
    ("edition_name", "string", "the page's name"),
    ("page_count", "int32", "今日N版"),
    ("issue_total", "int64", "总第N号"),
    ("cn_number", "string", "国内统一刊号, normalised ('33-0018')"),
    ("postal_code", "string", "邮发代号, normalised ('31-2')"),
    ("issn", "string", "ISSN, normalised"),
    ("price", "string", "the price, exact (str(Fraction))"),
    ("currency", "string", "the price's currency as printed"),
    ("website", "string", "the website"),
    ("email", "string", "the e-mail address"),
    ("phones", ("list", "string"), "telephone numbers"),
    ("address", "string", "社址"),
    ("postcode", "string", "邮编"),
    ("publisher", "string", "主办/出版"),
    ("slogans", ("list", "string"), "slogans printed in the masthead"),
    (
        "masthead_warnings",
        ("list", ("struct", (("code", "string"), ("message", "string")))),
        "consistency problems of the masthead",
    ),
    ("shape", "string", "the page's shape (paragraph-per-line, hard-wrapped, web-epaper ...)"),
    ("articles", "int32", "the number of articles (rows of the articles table)"),
    (
        "other",
        (
            "list",
            (
                "struct",
                (("role", "string"), ("text", "string"), ("start", "int64"), ("end", "int64")),
            ),
        ),
        "text that is neither masthead nor article (staff, caption, heading, nav, text)",
    ),
    ("warnings", ("list", "string"), "what may be missing from the parse (usually empty)"),
    ("error", "string", "why the page could not be read (command line); null when parsed"),
)


def _type_name(spec: Any) -> str:
    """The Arrow type a spec stands for, as Arrow prints it (``list<element: string>``)."""
    if isinstance(spec, str):
        return spec
    kind, inner = spec
    if kind == "list":
        return f"list<element: {_type_name(inner)}>"
    return "struct<" + ", ".join(f"{n}: {_type_name(t)}" for n, t in inner) + ">"


def describe(table: str = "articles") -> str:
    """The columns of a table, one a line: name, Arrow type, meaning.

    Args:
        table: ``"articles"`` or ``"pages"``.

    Raises:
        ValueError: for another name.

    >>> print(describe("articles").splitlines()[0])
    article_id: string -- page_id#article_index: unique and stable for the same input
    """
    columns = _columns(table)
    return "\n".join(f"{name}: {_type_name(spec)} -- {doc}" for name, spec, doc in columns)


def _columns(table: str) -> tuple[tuple[str, Any, str], ...]:
    if table == "articles":
        return _ARTICLE_COLUMNS
    if table == "pages":
        return _PAGE_COLUMNS
    raise ValueError(f"no table {table!r}: 'articles' or 'pages'")


# --- Arrow schemas ---------------------------------------------------------------------------


def _pyarrow() -> Any:
    try:
        import pyarrow  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError as exc:  # pragma: no cover - the test extra installs it
        raise ImportError("Arrow tables need pyarrow: pip install 'paper-parser[arrow]'") from exc
    return pyarrow


def _arrow_type(pa: Any, spec: Any) -> Any:
    if isinstance(spec, str):
        return {
            "string": pa.string(),
            "int8": pa.int8(),
            "int32": pa.int32(),
            "int64": pa.int64(),
            "float64": pa.float64(),
            "bool": pa.bool_(),
            "date32": pa.date32(),
        }[spec]
    kind, inner = spec
    if kind == "list":
        # Parquet's name for list items: a table read back from Parquet has the same schema.
        return pa.list_(pa.field("element", _arrow_type(pa, inner)))
    return pa.struct([pa.field(n, _arrow_type(pa, t)) for n, t in inner])


def _schema(table: str) -> Any:
    pa = _pyarrow()
    fields = [
        pa.field(name, _arrow_type(pa, spec), metadata={"description": doc})
        for name, spec, doc in _columns(table)
    ]
    return pa.schema(
        fields,
        metadata={
            "paper_parser.table": table,
            "paper_parser.table_version": str(TABLE_SCHEMA_VERSION),
        },
    )


def articles_schema() -> Any:
    """The ``pyarrow.Schema`` of the articles table (one row per article).

    >>> schema = articles_schema()
    >>> str(schema.field("date").type), str(schema.field("bylines").type)
    ('date32[day]', 'list<element: struct<name: string, role: string>>')
    >>> schema.metadata[b"paper_parser.table_version"]
    b'2'
    """
    return _schema("articles")


def pages_schema() -> Any:
    """The ``pyarrow.Schema`` of the pages table (one row per page, masthead facts)."""
    return _schema("pages")


# --- rows ------------------------------------------------------------------------------------


def _value(item: Any) -> Any:
    return None if item is None else item.value


def _text(heading: HeadingLines | None) -> str | None:
    return heading.text if heading is not None else None


def _exact(value: Fraction | None) -> str | None:
    return None if value is None else str(value)


def _people(people: Iterable[Any]) -> list[Row]:
    return [{"name": p.name, "role": p.role} for p in people]


def _number(m: Any) -> Row:
    return {
        "text": m.text,
        "value": _exact(m.value),
        "value_float": None if m.value is None else float(m.value),
        "low": _exact(m.low),
        "high": _exact(m.high),
        "unit": m.unit,
        "approx": m.approx,
        "kind": str(m.kind),
        "start": m.span.start,
        "end": m.span.end,
    }


def _date(d: Any) -> Row:
    first, last = _days(d.value)
    return {
        "text": d.text,
        "kind": d.kind,
        "value": d.value,
        "granularity": d.granularity,
        "mod": d.mod,
        "time": d.time,
        "first_day": first,
        "last_day": last,
        "start": d.span.start,
        "end": d.span.end,
    }


def _spans(spans: Iterable[Span]) -> list[Row]:
    return [{"start": s.start, "end": s.end} for s in spans]


class ArticleFacts(NamedTuple):
    """The paper, issue date and page (版) an article was printed in."""

    paper: str | None
    date: datetime.date | None
    edition: str | None
    edition_name: str | None


def article_facts(issue: Issue) -> list[ArticleFacts]:
    """The paper, date and page of each article of a page, in article order.

    The page's facts (its masthead), unless the masthead took one from some article's source
    line and an article prints its own: a file holding several pages of an export, each
    article under its own ``《人民日报》（2025年10月20日 第 06 版）``. A source line never
    replaces what the masthead block or a page label prints (it may name where a copy came
    from, ``稿件来源:新华每日电讯``).
    """
    m = issue.masthead
    edition_name = m.edition.name if m.edition is not None else None

    def weak(item: Any) -> bool:
        return item is None or item.origin == "source-line"

    out = []
    for art in issue.articles:
        src = art.source
        paper, date, edition = _value(m.paper_name), _value(m.date), _value(m.edition)
        if src is not None:
            if weak(m.paper_name) and src.paper is not None:
                paper = src.paper
            if weak(m.date) and src.date is not None:
                date = src.date
            if weak(m.edition) and src.edition is not None:
                edition = src.edition
        out.append(ArticleFacts(paper, date, edition, edition_name))
    return out


def _article_row(
    page_id: str, index: int, art: Article, facts: ArticleFacts, page_number: int | None
) -> Row:
    paper, date, edition, edition_name = facts
    src, dl = art.source, art.dateline
    return {
        "article_id": f"{page_id}#{index}",
        "page_id": page_id,
        "page_number": page_number,
        "article_index": index,
        "paper": paper,
        "date": date,
        "edition": edition,
        "edition_name": edition_name,
        "kicker": _text(art.kicker),
        "headline": _text(art.headline),
        "subtitle": _text(art.subtitle),
        "column": _text(art.column),
        "byline": " ".join(" ".join(b.text.split()) for b in art.bylines) or None,
        "bylines": _people(p for b in art.bylines for p in b.people),
        "people": _people(art.people),
        "dateline": None
        if dl is None
        else {
            "text": dl.text,
            "agency": dl.agency,
            "place": dl.place,
            "date": dl.date,
            "position": dl.position,
            "start": dl.span.start,
            "end": dl.span.end,
        },
        "source": None
        if src is None
        else {"text": src.text, "paper": src.paper, "date": src.date, "edition": src.edition},
        "text": "\n".join(p.text for p in art.paragraphs),
        "paragraphs": [p.text for p in art.paragraphs],
        "section_heads": [h.text for h in art.section_heads],
        "numbers": [_number(m) for m in art.numbers],
        "dates": [_date(d) for d in art.dates],
        "spans": _spans(art.spans),
    }


def article_rows(issue: Issue, page_id: str, *, page_number: int | None = None) -> list[Row]:
    """The rows of one page in the articles table, as plain Python values.

    They are what :func:`to_arrow` stacks (``pa.Table.from_pylist(rows,
    schema=articles_schema())``); plain data, so worker processes can build them.
    ``page_number`` is the page's number in its PDF (``None`` for a text page).
    """
    return [
        _article_row(page_id, i, art, facts, page_number)
        for i, (art, facts) in enumerate(zip(issue.articles, article_facts(issue), strict=True))
    ]


def page_row(
    issue: Issue, page_id: str, warnings: Iterable[str] = (), *, page_number: int | None = None
) -> Row:
    """The row of one page in the pages table, as plain Python values.

    Args:
        issue: The parsed page.
        page_id: Its id.
        warnings: Notes to add to ``Issue.warnings`` (the command line adds the Python
            warnings issued while parsing).
        page_number: The page's number in its PDF (``None`` for a text page).
    """
    m = issue.masthead
    lunar = m.lunar
    return {
        "page_id": page_id,
        "page_number": page_number,
        "paper": _value(m.paper_name),
        "paper_origin": m.paper_name.origin if m.paper_name is not None else None,
        "date": _value(m.date),
        "date_origin": m.date.origin if m.date is not None else None,
        "weekday": _value(m.weekday),
        "lunar": None
        if lunar is None
        else {
            "ganzhi": lunar.ganzhi,
            "year": lunar.year,
            "month": lunar.month,
            "day": lunar.day,
            "leap": lunar.leap,
        },
        "edition": _value(m.edition),
        "edition_name": m.edition.name if m.edition is not None else None,
        "page_count": _value(m.page_count),
        "issue_total": _value(m.issue_total),
        "cn_number": None if m.cn_number is None else str(m.cn_number),
        "postal_code": None if m.postal_code is None else str(m.postal_code),
        "issn": _value(m.issn),
        "price": None if m.price is None else str(m.price.value),
        "currency": None if m.price is None else m.price.currency,
        "website": _value(m.website),
        "email": _value(m.email),
        "phones": [p.value for p in m.phones],
        "address": _value(m.address),
        "postcode": _value(m.postcode),
        "publisher": _value(m.publisher),
        "slogans": [s.text for s in m.slogans],
        "masthead_warnings": [{"code": w.code, "message": w.message} for w in m.warnings],
        "shape": issue.shape,
        "articles": len(issue.articles),
        "other": [
            {"role": o.role, "text": o.text, "start": o.span.start, "end": o.span.end}
            for o in issue.other
        ],
        "warnings": list(dict.fromkeys([*issue.warnings, *warnings])),
        "error": None,
    }


# --- tables ----------------------------------------------------------------------------------


def _pages(pages: Pages) -> Iterator[tuple[str, Issue]]:
    if isinstance(pages, Mapping):
        yield from pages.items()
    else:
        for i, issue in enumerate(pages):
            yield str(i), issue


def to_arrow(pages: Pages) -> Any:
    """One row per article of the given pages, in page order then article order.

    Args:
        pages: ``{page_id: issue}`` (a page id is typically the file name; ids should be
            unique, as ``article_id`` is ``page_id#index``), or issues alone, whose ids are
            then their positions ``"0"``, ``"1"`` ...

    Returns:
        A ``pyarrow.Table`` of :func:`articles_schema`.

    Raises:
        ImportError: when pyarrow is not installed.
    """
    pa = _pyarrow()
    rows = [row for page_id, issue in _pages(pages) for row in article_rows(issue, page_id)]
    return pa.Table.from_pylist(rows, schema=articles_schema())


def pages_to_arrow(pages: Pages) -> Any:
    """One row per page with the masthead's facts (:func:`pages_schema`).

    Joins with the articles table on ``page_id``.

    >>> import paper_parser
    >>> page = "浙江工人日报\\n2021年12月23日 星期四\\n国内统一刊号:CN33—0018\\n\\n标题\\n\\n正文。"
    >>> row = pages_to_arrow([paper_parser.parse_issue(page)]).to_pylist()[0]
    >>> row["page_id"], row["paper"], row["date"], row["weekday"], row["cn_number"]
    ('0', '浙江工人日报', datetime.date(2021, 12, 23), 4, '33-0018')
    """
    pa = _pyarrow()
    rows = [page_row(issue, page_id) for page_id, issue in _pages(pages)]
    return pa.Table.from_pylist(rows, schema=pages_schema())


def to_pandas(pages: Pages) -> Any:
    """:func:`to_arrow` as a ``pandas.DataFrame`` (needs pandas and pyarrow).

    Dates become ``datetime.date`` objects, lists become arrays, structs dictionaries (pandas'
    defaults for Arrow data); use ``to_arrow(pages).to_pandas(types_mapper=pandas.ArrowDtype)``
    to keep the Arrow types.
    """
    return to_arrow(pages).to_pandas()
