"""paper_parser: structured, trustworthy data from the text of Chinese newspaper pages.

The public surface is re-exported here; everything else is private.
"""

from __future__ import annotations

import importlib
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from paper_parser._types import Span
from paper_parser._version import __version__
from paper_parser.bylines import (
    Byline,
    Dateline,
    Person,
    PhotoCredit,
    SourceLine,
    parse_byline,
    parse_dateline,
    parse_photo_credit,
)
from paper_parser.calendar import (
    DateMention,
    LunarDate,
    find_dates,
    ganzhi_year,
    gregorian_to_roc,
    leap_month,
    lunar_month_length,
    lunar_to_solar,
    parse_date,
    parse_weekday,
    resolve_ganzhi,
    roc_to_gregorian,
    solar_to_lunar,
    weekday_name,
)
from paper_parser.errors import PaperParseError
from paper_parser.identifiers import (
    ISSN,
    CNNumber,
    PostalCode,
    find_cn_numbers,
    find_issns,
    find_postal_codes,
    parse_cn_number,
    parse_issn,
    parse_postal_code,
)
from paper_parser.masthead import (
    Edition,
    IssueTotal,
    LabeledValue,
    Masthead,
    MastheadWarning,
    PageCount,
    PaperName,
    Price,
    PrintedDate,
    PrintedLunarDate,
    PrintedWeekday,
    Slogan,
    parse_masthead,
)
from paper_parser.numerals import (
    NumberKind,
    NumberMention,
    NumberStyle,
    find_numbers,
    format_number,
    normalize_numbers,
    parse_number,
)
from paper_parser.segment import (
    Article,
    HeadingLines,
    Issue,
    Join,
    OtherBlock,
    Paragraph,
    Relink,
    SectionHead,
    parse_issue,
    segment_articles,
)
from paper_parser.serialize import SCHEMA_VERSION, from_dict, to_dict
from paper_parser.text import (
    Block,
    Line,
    Normalized,
    Page,
    Row,
    blocks,
    build_page,
    lines,
    normalize,
    rows,
)
from paper_parser.timex import ResolvedDate, find_article_dates

if TYPE_CHECKING:
    from paper_parser.html import render_html
    from paper_parser.impresso import to_impresso
    from paper_parser.tables import pages_to_arrow, to_arrow, to_pandas
    from paper_parser.tei import to_tei, to_tei_corpus

#: Writers on top of the parser, imported when first asked for: a script that only parses
#: pages does not pay for loading them (``import paper_parser`` stays cheap).
_WRITERS: Final = MappingProxyType(
    {
        "render_html": "paper_parser.html",
        "to_impresso": "paper_parser.impresso",
        "pages_to_arrow": "paper_parser.tables",
        "to_arrow": "paper_parser.tables",
        "to_pandas": "paper_parser.tables",
        "to_tei": "paper_parser.tei",
        "to_tei_corpus": "paper_parser.tei",
    }
)


if not TYPE_CHECKING:  # type checkers read the imports above (no catch-all attribute)

    def __getattr__(name: str) -> object:
        """The writers of :data:`_WRITERS`, from their modules (PEP 562)."""
        module = _WRITERS.get(name)
        if module is None:
            raise AttributeError(f"module 'paper_parser' has no attribute {name!r}")
        return getattr(importlib.import_module(module), name)

    def __dir__() -> list[str]:
        return sorted({*globals(), *_WRITERS})


# Keep sorted: tests/test_api.py checks it.
__all__ = [  # noqa: RUF022 - plain sorted() order, as tests/test_api.py checks
    "Article",
    "Block",
    "Byline",
    "CNNumber",
    "DateMention",
    "Dateline",
    "Edition",
    "HeadingLines",
    "ISSN",
    "Issue",
    "IssueTotal",
    "Join",
    "LabeledValue",
    "Line",
    "LunarDate",
    "Masthead",
    "MastheadWarning",
    "Normalized",
    "NumberKind",
    "NumberMention",
    "NumberStyle",
    "OtherBlock",
    "Page",
    "PageCount",
    "PaperName",
    "PaperParseError",
    "Paragraph",
    "Person",
    "PhotoCredit",
    "PostalCode",
    "Price",
    "PrintedDate",
    "PrintedLunarDate",
    "PrintedWeekday",
    "Relink",
    "ResolvedDate",
    "Row",
    "SCHEMA_VERSION",
    "SectionHead",
    "Slogan",
    "SourceLine",
    "Span",
    "__version__",
    "blocks",
    "build_page",
    "find_article_dates",
    "find_cn_numbers",
    "find_dates",
    "find_issns",
    "find_numbers",
    "find_postal_codes",
    "format_number",
    "from_dict",
    "ganzhi_year",
    "gregorian_to_roc",
    "leap_month",
    "lines",
    "lunar_month_length",
    "lunar_to_solar",
    "normalize",
    "normalize_numbers",
    "pages_to_arrow",
    "parse_byline",
    "parse_cn_number",
    "parse_date",
    "parse_dateline",
    "parse_issn",
    "parse_issue",
    "parse_masthead",
    "parse_number",
    "parse_photo_credit",
    "parse_postal_code",
    "parse_weekday",
    "render_html",
    "resolve_ganzhi",
    "roc_to_gregorian",
    "rows",
    "segment_articles",
    "solar_to_lunar",
    "to_arrow",
    "to_dict",
    "to_impresso",
    "to_pandas",
    "to_tei",
    "to_tei_corpus",
    "weekday_name",
]
