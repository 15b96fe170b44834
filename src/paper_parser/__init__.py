"""paper_parser: structured, trustworthy data from the text of Chinese newspaper pages.

The public surface is re-exported here; everything else is private.

Each name is imported from its module when it is first asked for (PEP 562), so
``import paper_parser`` costs almost nothing, and a program that uses one part (the calendar,
the identifiers, the numerals) loads that part and what it needs, not the whole parser.
``from paper_parser import parse_issue`` loads the parser.

>>> import paper_parser
>>> paper_parser.parse_weekday("星期四")
4
"""

from __future__ import annotations

import importlib
from types import MappingProxyType

from paper_parser._version import __version__

# Not typing.TYPE_CHECKING: importing typing would be most of this module's cost; type
# checkers treat any constant of this name the same way.
TYPE_CHECKING = False
if TYPE_CHECKING:  # type checkers and readers see every public name where it lives
    from typing import Final

    from paper_parser._types import Span
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
    from paper_parser.html import render_html
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
    from paper_parser.impresso import to_impresso
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
    from paper_parser.tables import pages_to_arrow, to_arrow, to_pandas
    from paper_parser.tei import to_tei, to_tei_corpus
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

#: Where each public name lives: the module imported when the name is first asked for.
_EXPORTS: Final = MappingProxyType(
    {
        "Span": "paper_parser._types",
        "Byline": "paper_parser.bylines",
        "Dateline": "paper_parser.bylines",
        "Person": "paper_parser.bylines",
        "PhotoCredit": "paper_parser.bylines",
        "SourceLine": "paper_parser.bylines",
        "parse_byline": "paper_parser.bylines",
        "parse_dateline": "paper_parser.bylines",
        "parse_photo_credit": "paper_parser.bylines",
        "DateMention": "paper_parser.calendar",
        "LunarDate": "paper_parser.calendar",
        "find_dates": "paper_parser.calendar",
        "ganzhi_year": "paper_parser.calendar",
        "gregorian_to_roc": "paper_parser.calendar",
        "leap_month": "paper_parser.calendar",
        "lunar_month_length": "paper_parser.calendar",
        "lunar_to_solar": "paper_parser.calendar",
        "parse_date": "paper_parser.calendar",
        "parse_weekday": "paper_parser.calendar",
        "resolve_ganzhi": "paper_parser.calendar",
        "roc_to_gregorian": "paper_parser.calendar",
        "solar_to_lunar": "paper_parser.calendar",
        "weekday_name": "paper_parser.calendar",
        "PaperParseError": "paper_parser.errors",
        "ISSN": "paper_parser.identifiers",
        "CNNumber": "paper_parser.identifiers",
        "PostalCode": "paper_parser.identifiers",
        "find_cn_numbers": "paper_parser.identifiers",
        "find_issns": "paper_parser.identifiers",
        "find_postal_codes": "paper_parser.identifiers",
        "parse_cn_number": "paper_parser.identifiers",
        "parse_issn": "paper_parser.identifiers",
        "parse_postal_code": "paper_parser.identifiers",
        "Edition": "paper_parser.masthead",
        "IssueTotal": "paper_parser.masthead",
        "LabeledValue": "paper_parser.masthead",
        "Masthead": "paper_parser.masthead",
        "MastheadWarning": "paper_parser.masthead",
        "PageCount": "paper_parser.masthead",
        "PaperName": "paper_parser.masthead",
        "Price": "paper_parser.masthead",
        "PrintedDate": "paper_parser.masthead",
        "PrintedLunarDate": "paper_parser.masthead",
        "PrintedWeekday": "paper_parser.masthead",
        "Slogan": "paper_parser.masthead",
        "parse_masthead": "paper_parser.masthead",
        "NumberKind": "paper_parser.numerals",
        "NumberMention": "paper_parser.numerals",
        "NumberStyle": "paper_parser.numerals",
        "find_numbers": "paper_parser.numerals",
        "format_number": "paper_parser.numerals",
        "normalize_numbers": "paper_parser.numerals",
        "parse_number": "paper_parser.numerals",
        "Article": "paper_parser.segment",
        "HeadingLines": "paper_parser.segment",
        "Issue": "paper_parser.segment",
        "Join": "paper_parser.segment",
        "OtherBlock": "paper_parser.segment",
        "Paragraph": "paper_parser.segment",
        "Relink": "paper_parser.segment",
        "SectionHead": "paper_parser.segment",
        "parse_issue": "paper_parser.segment",
        "segment_articles": "paper_parser.segment",
        "SCHEMA_VERSION": "paper_parser.serialize",
        "from_dict": "paper_parser.serialize",
        "to_dict": "paper_parser.serialize",
        "Block": "paper_parser.text",
        "Line": "paper_parser.text",
        "Normalized": "paper_parser.text",
        "Page": "paper_parser.text",
        "Row": "paper_parser.text",
        "blocks": "paper_parser.text",
        "build_page": "paper_parser.text",
        "lines": "paper_parser.text",
        "normalize": "paper_parser.text",
        "rows": "paper_parser.text",
        "ResolvedDate": "paper_parser.timex",
        "find_article_dates": "paper_parser.timex",
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
        """The public names of :data:`_EXPORTS`, from their modules (PEP 562)."""
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module 'paper_parser' has no attribute {name!r}")
        return getattr(importlib.import_module(module), name)

    def __dir__() -> list[str]:
        return sorted({*globals(), *_EXPORTS})


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
