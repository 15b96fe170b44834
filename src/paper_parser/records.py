"""Records of pages and files: what the ``paper-parser`` command and the Dask helpers write.

A record is a JSON-ready dict: :func:`paper_parser.to_dict` of a parsed page (or article)
plus an envelope saying where it came from (``file``; for a page of a PDF its
``page_number`` and ``page_size``, and for every article the boxes its text is printed in)
and what may be missing from it (``warnings``). A page that cannot be read or parsed gives
an error record (``"type": "Error"``) instead of an exception, so one bad page never stops
a run over an archive. Every record validates against the JSON Schema of
:func:`paper_parser.serialize.json_schema`.

* Text pages: :func:`page_record`, :func:`page_records` (from the text),
  :func:`file_records` (from a file, never raises), :func:`decode_page` and
  :func:`read_page` (bytes and files to text, with one-line :class:`InputError` messages).
* PDF pages (the ``pdf`` extra): :func:`pdf_records` streams the records of a PDF file page
  by page; :func:`pdf_page_records` makes those of one :class:`~paper_parser.pdf.PdfPage`.

>>> record = page_record("demo.txt", "新华时评\\n\\n整治欠薪 政府国企要“门前清”\\n\\n正文。\\n")
>>> record["schema_version"], record["type"], record["file"]
(5, 'Issue', 'demo.txt')
>>> record["articles"][0]["headline"]["text"]
'整治欠薪 政府国企要“门前清”'
>>> error_record("lost.txt", "lost.txt: no such file")["type"]
'Error'
"""

from __future__ import annotations

import codecs
import os
import stat
import warnings
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from paper_parser.segment import GARBLED_TEXT, Article, Issue, parse_issue
from paper_parser.serialize import SCHEMA_VERSION, to_dict
from paper_parser.tables import article_facts

if TYPE_CHECKING:
    from paper_parser.pdf import PdfPage

__all__ = [
    "AUTO_ENCODINGS",
    "DEFAULT_MAX_PAGE_BYTES",
    "PDF_EXTRA_HINT",
    "InputError",
    "article_boxes_record",
    "decode_page",
    "error_record",
    "file_records",
    "is_pdf",
    "page_record",
    "page_records",
    "page_warnings",
    "parse_page",
    "pdf_page_count",
    "pdf_page_records",
    "pdf_pages",
    "pdf_records",
    "read_bytes",
    "read_page",
    "safe_records",
]

#: Pages larger than this (bytes) become error records without being parsed
#: (``--max-page-bytes``; a real page is well under 1 MB). For a PDF it is the size of each
#: page's text (UTF-8), not of the file.
DEFAULT_MAX_PAGE_BYTES = 20_000_000

#: What an error record says when a PDF is given and the ``pdf`` extra is not installed.
PDF_EXTRA_HINT = 'reading PDFs needs the pdf extra: pip install "paper-parser[pdf]"'

_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_Identity = tuple[int, int]  # (st_dev, st_ino): one file, whatever the path or link to it


class InputError(Exception):
    """An input that cannot be read; the message is the one line shown to the user."""


# --- parsing ---------------------------------------------------------------------------------


def page_warnings(issue: Issue) -> list[str]:
    """What may be missing from a parsed page, one line each (usually none).

    The page's own warnings (``Issue.warnings``: a failure the parser recovered from) and the
    masthead warnings whose code starts with ``backstop`` (a regex time limit that fired).
    :func:`parse_page` adds the Python warnings the library issued while parsing (such as
    :class:`~paper_parser.numerals.IncompleteScanWarning`: a scan that ran out of time); the
    record carries them all in ``warnings`` (and the command line prints them on standard
    error), so an incomplete result is never silent.

    >>> page_warnings(parse_issue("浙江工人日报\\n"))
    []
    """
    own = [str(w) for w in getattr(issue, "warnings", ())]
    masthead = [
        f"{w.code}: {w.message}" for w in issue.masthead.warnings if w.code.startswith("backstop")
    ]
    return list(dict.fromkeys(own + masthead))


def parse_page(
    text: str, *, line_roles: Iterable[tuple[int, int, str]] = ()
) -> tuple[Issue, list[str]]:
    """:func:`~paper_parser.parse_issue`, and what may be missing from its result.

    Args:
        text: The page text.
        line_roles: The roles of printed lines (:func:`paper_parser.pdf.line_roles`), for a
            page read from a PDF.

    Returns:
        The issue, and :func:`page_warnings` plus the warnings paper_parser issued while
        parsing (``"IncompleteScanWarning: ..."``); other libraries' warnings are shown as
        they would have been, not collected.

    >>> issue, notes = parse_page("浙江工人日报\\n2021年12月23日\\n")
    >>> issue.masthead.date.value.isoformat(), notes
    ('2021-12-23', [])
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        issue = parse_issue(text, line_roles=line_roles)
    issued = []
    for w in caught:
        if w.category.__module__.startswith("paper_parser"):
            issued.append(f"{w.category.__name__}: {w.message}")
        else:  # not ours to report: shown as it would have been
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return issue, list(dict.fromkeys(page_warnings(issue) + issued))


# --- envelopes -------------------------------------------------------------------------------


def _envelope(
    record: dict[str, Any],
    name: str,
    notes: list[str],
    article_index: int | None = None,
    facts: Any = None,
    geometry: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """``record`` (a :func:`~paper_parser.to_dict` result) with the envelope keys in front."""
    out: dict[str, Any] = {
        "schema_version": record.pop("schema_version"),
        "type": record.pop("type"),
        "file": name,
    }
    if geometry is not None:
        out.update(geometry)
    if article_index is not None:
        out["article_index"] = article_index
    if facts is not None:
        out["paper"] = facts.paper
        out["date"] = None if facts.date is None else facts.date.isoformat()
        out["edition"] = facts.edition
    out.update(record)
    if notes:
        out["warnings"] = notes
    return out


def page_record(name: str, text: str) -> dict[str, Any]:
    """The record of one page: :func:`~paper_parser.to_dict` of its issue plus ``file``.

    When something may be missing, the record carries ``warnings`` (:func:`page_warnings`).

    >>> record = page_record("demo.txt", "新华时评\\n\\n整治欠薪 政府国企要“门前清”\\n\\n正文。\\n")
    >>> record["type"], record["file"], len(record["articles"])
    ('Issue', 'demo.txt', 1)
    >>> "page_number" in record  # a text page has no page number or boxes
    False
    """
    issue, notes = parse_page(text)
    return _envelope(to_dict(issue), name, notes)


def page_records(name: str, text: str, *, per_article: bool = False) -> list[dict[str, Any]]:
    """The records of one page: one per page, or with ``per_article`` one per article.

    Article records carry ``file``, ``article_index`` (0-based, in page order), the
    ``paper``, ``date`` and ``edition`` (版) of their page
    (:func:`paper_parser.tables.article_facts`), and the page's ``warnings``
    (:func:`page_warnings`) when there are any.

    >>> page = "浙江工人日报\\n2021年12月23日\\n\\n整治欠薪\\n\\n本报讯 记者程雪报道 正文。"
    >>> record = page_records("p.txt", page, per_article=True)[0]
    >>> record["article_index"], record["paper"], record["date"], record["edition"]
    (0, '浙江工人日报', '2021-12-23', None)
    """
    if not per_article:
        return [page_record(name, text)]
    issue, notes = parse_page(text)
    return _article_records(issue, name, notes)


def _article_records(
    issue: Issue,
    name: str,
    notes: list[str],
    geometry: dict[str, Any] | None = None,
    boxes: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    out = []
    for index, (article, facts) in enumerate(
        zip(issue.articles, article_facts(issue), strict=True)
    ):
        record = _envelope(to_dict(article), name, notes, index, facts, geometry)
        if boxes is not None:
            record["boxes"] = boxes[index]
        out.append(record)
    return out


def error_record(name: str, reason: str, *, page_number: int | None = None) -> dict[str, Any]:
    """The record written for a page (or a file) that could not be read or parsed.

    Args:
        name: The file.
        reason: Why, in one line (naming the file, and the page when there is one).
        page_number: The 1-based page of a PDF that failed (``None``: the whole file).

    >>> error_record("a.pdf", "a.pdf: page 2 has no text layer; it needs OCR first", page_number=2)
    {'schema_version': 5, 'type': 'Error', 'file': 'a.pdf', 'page_number': 2, \
'error': 'a.pdf: page 2 has no text layer; it needs OCR first'}
    """
    record: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "type": "Error", "file": name}
    if page_number is not None:
        record["page_number"] = page_number
    record["error"] = reason
    return record


def safe_records(name: str, text: str, *, per_article: bool = False) -> list[dict[str, Any]]:
    """:func:`page_records`, with an error record in place of an unexpected exception.

    The parsers never raise on text; this is the archive run's guard against a bug, so that
    one page cannot stop a run over millions. The failure is not hidden: the page's record
    is an error record naming the exception.

    >>> [r["type"] for r in safe_records("p.txt", "浙江工人日报\\n")]
    ['Issue']
    """
    try:
        return page_records(name, text, per_article=per_article)
    except Exception as exc:  # a parser bug must not stop an archive run
        return [error_record(name, f"internal error: {type(exc).__name__}: {exc}")]


# --- decoding and reading --------------------------------------------------------------------

# Byte order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_page(data: bytes, name: str, encoding: str = "utf-8") -> str:
    """Decode the bytes of one page.

    Raises:
        InputError: with a one-line message naming ``name``, when the bytes are a PDF,
            UTF-16/32 (a byte order mark: the message says which ``--encoding`` reads them),
            binary (a NUL byte, except in UTF-16/32) or not valid in ``encoding`` (with the
            byte offset).

    ``encoding="auto"`` tells the encoding of each page: a byte order mark, else UTF-8, else
    the most coherent of :data:`AUTO_ENCODINGS` (charset-normalizer).

    >>> decode_page("浙江".encode("utf-16"), "p.txt")
    Traceback (most recent call last):
    ...
    paper_parser.records.InputError: p.txt: UTF-16 text (byte order mark); use --encoding utf-16
    >>> decode_page("浙江工人日报".encode("gb18030"), "p.txt", "auto")
    '浙江工人日报'
    """
    if data.startswith(b"%PDF-"):
        raise InputError(f"{name}: is a PDF, not text (a file named *.pdf is read as a PDF)")
    if encoding == "auto":
        return _decode_auto(data, name)
    if not encoding.startswith(("utf-16", "utf-32")):
        for bom, wide in _BOMS:
            if data.startswith(bom):
                raise InputError(
                    f"{name}: {wide.upper()} text (byte order mark); use --encoding {wide}"
                )
        nul = data.find(b"\x00")
        if nul >= 0:
            raise InputError(f"{name}: binary file (NUL byte at offset {nul})")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        hint = "" if encoding != "utf-8" else " (try --encoding gb18030)"
        raise InputError(f"{name}: not valid {encoding} at byte offset {exc.start}{hint}") from None
    except (UnicodeError, LookupError) as exc:  # a codec that cannot decode at all
        raise InputError(f"{name}: cannot decode as {encoding} ({exc})") from None


#: What ``--encoding auto`` chooses from, besides UTF-8 and a byte order mark: the encodings
#: of Chinese newspaper archives (GBK text is GB18030 text).
AUTO_ENCODINGS = ("gb18030", "big5", "utf_16_le", "utf_16_be")


def _decode_auto(data: bytes, name: str) -> str:
    """Decode a page whose encoding is not known: a byte order mark (UTF-8, UTF-16, UTF-32)
    decides; else valid UTF-8 is UTF-8; else charset-normalizer (MIT) chooses among
    :data:`AUTO_ENCODINGS` the one that reads as the most coherent Chinese text.

    Raises:
        InputError: when the bytes read as none of them (binary data, another encoding).
    """
    for bom, codec in (*_BOMS, (codecs.BOM_UTF8, "utf-8-sig")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: not valid {codec} at byte offset {exc.start} (byte order mark)"
                ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(AUTO_ENCODINGS)).best()
    if best is None:
        raise InputError(
            f"{name}: cannot tell the encoding (not UTF-8, GB18030, Big5 or UTF-16); "
            "name it with --encoding"
        )
    text = str(best)
    if "\x00" in text:
        raise InputError(f"{name}: binary file (NUL characters as {best.encoding})")
    return text


def _too_big(name: str, max_bytes: int) -> InputError:
    return InputError(f"{name}: larger than --max-page-bytes ({max_bytes:,} bytes); not parsed")


_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _check_file(
    path: str, st: os.stat_result, max_bytes: int | None, avoid: frozenset[_Identity]
) -> None:
    """Refuse what is not a regular page file, before a byte of it is read."""
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{path}: is a directory")
    if not stat.S_ISREG(st.st_mode):
        kind = next((name for test, name in _KINDS if test(st.st_mode)), "a special file")
        raise InputError(f"{path}: not a regular file ({kind}); skipped")
    if (st.st_dev, st.st_ino) in avoid:
        raise InputError(f"{path}: is the output file; skipped")
    if max_bytes and st.st_size > max_bytes:
        raise _too_big(path, max_bytes)


def _os_error(path: str, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{path}: no such file")
    if isinstance(exc, PermissionError):
        return InputError(f"{path}: permission denied")
    return InputError(f"{path}: cannot read ({exc.strerror or exc})")


def read_bytes(
    path: str,
    max_bytes: int | None = DEFAULT_MAX_PAGE_BYTES,
    *,
    avoid: frozenset[tuple[int, int]] = frozenset(),
) -> bytes:
    """The bytes of the regular file ``path``.

    Only a regular file is opened, and without blocking, so a FIFO or a device given by
    mistake is reported, never waited on.

    Args:
        path: The file.
        max_bytes: Larger files are refused unread (``None`` or 0: no limit).
        avoid: Files never to read, as ``(st_dev, st_ino)`` (the command's output).

    Raises:
        InputError: with a one-line message naming the file when it is missing, a directory,
            not a regular file, one of ``avoid``, too large or unreadable.

    >>> read_bytes("/nonexistent/page.txt")
    Traceback (most recent call last):
    ...
    paper_parser.records.InputError: /nonexistent/page.txt: no such file
    """
    try:
        _check_file(path, os.stat(path), max_bytes, avoid)
        fd = os.open(path, os.O_RDONLY | _O_NONBLOCK | _O_CLOEXEC)
        with open(fd, "rb") as fh:
            _check_file(path, os.fstat(fd), max_bytes, avoid)  # the file opened is the one seen
            data = fh.read(max_bytes + 1) if max_bytes else fh.read()
    except OSError as exc:
        raise _os_error(path, exc) from None
    if max_bytes and len(data) > max_bytes:
        raise _too_big(path, max_bytes)
    return data


def read_page(
    path: str, encoding: str = "utf-8", *, max_bytes: int | None = DEFAULT_MAX_PAGE_BYTES
) -> str:
    """Read and decode one page file (:func:`read_bytes`, then :func:`decode_page`).

    Args:
        path: The file.
        encoding: Its encoding.
        max_bytes: Larger files are refused unread (``None`` or 0: no limit).

    Raises:
        InputError: with a one-line message naming the file (and the byte offset of bad
            encoding) when the file is missing, a directory, not a regular file, too large,
            unreadable, undecodable or not text (contains NUL bytes).
    """
    return decode_page(read_bytes(path, max_bytes), path, encoding)


def file_records(
    path: str,
    encoding: str = "utf-8",
    *,
    per_article: bool = False,
    max_bytes: int | None = DEFAULT_MAX_PAGE_BYTES,
    avoid: frozenset[tuple[int, int]] = frozenset(),
) -> list[dict[str, Any]]:
    """The records of the text page stored at ``path``, or its error record; never raises.

    A PDF is many pages, read by :func:`pdf_records`; given one, this gives an error record
    that says so.

    >>> file_records("/nonexistent/page.txt")[0]["error"]
    '/nonexistent/page.txt: no such file'
    >>> file_records("issue.pdf")[0]["error"]
    'issue.pdf: a PDF is many pages, not one text page: read it with ...pdf_records'
    """
    if is_pdf(path):
        reason = (
            "a PDF is many pages, not one text page: read it with paper_parser.records.pdf_records"
        )
        return [error_record(path, f"{path}: {reason}")]
    try:
        text = decode_page(read_bytes(path, max_bytes, avoid=avoid), path, encoding)
    except InputError as exc:
        return [error_record(path, str(exc))]
    return safe_records(path, text, per_article=per_article)


# --- PDF pages -------------------------------------------------------------------------------


def is_pdf(path: str) -> bool:
    """Whether ``path`` names a PDF (by its suffix, in any case).

    >>> is_pdf("2021/p3.pdf"), is_pdf("P3.PDF"), is_pdf("p3.txt")
    (True, True, False)
    """
    return path.lower().endswith(".pdf")


def _point(value: float) -> float:
    """A coordinate in points, to a hundredth (a record need not carry float noise)."""
    return round(value, 2) + 0.0


def _box_list(page: PdfPage, spans: Any) -> list[list[float]]:
    out = []
    for span in spans:
        for b in page.boxes(span):
            out.append([_point(b.x0), _point(b.y0), _point(b.x1), _point(b.y1)])
    return out


def article_boxes_record(page: PdfPage, article: Article) -> dict[str, Any]:
    """Where ``article`` (parsed from ``page.text``) is printed, as JSON-ready boxes.

    A box is ``[x0, y0, x1, y1]`` in PDF points, origin at the page's top left, y growing
    downward (:class:`paper_parser.pdf.Box`), one per printed line a span covers.

    Returns:
        ``{"article": [...], "kicker": ..., "headline": ..., "subtitle": ..., "bylines":
        [[...], ...], "paragraphs": [[...], ...]}``: the boxes of all the article's spans;
        of its kicker, headline and subtitle (``None`` when it has none); of each byline and
        each paragraph, in order.
    """
    heads = {
        key: None if heading is None else _box_list(page, [heading.span])
        for key, heading in (
            ("kicker", article.kicker),
            ("headline", article.headline),
            ("subtitle", article.subtitle),
        )
    }
    return {
        "article": _box_list(page, article.spans),
        **heads,
        "bylines": [_box_list(page, [b.span]) for b in article.bylines],
        "paragraphs": [_box_list(page, p.spans) for p in article.paragraphs],
    }


def _roles(page: PdfPage) -> tuple[tuple[int, int, str], ...]:
    from paper_parser.pdf import line_roles

    return line_roles(page)


def pdf_page_records(
    name: str, page: PdfPage, *, per_article: bool = False
) -> list[dict[str, Any]]:
    """The records of one page read from a PDF (:class:`paper_parser.pdf.PdfPage`).

    The page's text is parsed with the roles its type gives the lines (as
    :func:`paper_parser.pdf.parse_pdf` does). Besides what a text page's records carry, each
    has ``page_number`` (1-based), ``page_size`` (``[width, height]`` in points) and, on
    every article, ``boxes`` (:func:`article_boxes_record`); the page's own warnings
    (:attr:`paper_parser.pdf.PdfPage.warnings`: characters its text layer does not map)
    come first in ``warnings``.

    Args:
        name: The PDF file, for ``file``.
        page: The page.
        per_article: One record per article instead of one for the page.
    """
    issue, notes = parse_page(page.text, line_roles=_roles(page))
    if page.warnings:  # the page's count of unmapped glyphs says what garbled-text says, better
        notes = [*page.warnings, *(n for n in notes if not n.startswith(GARBLED_TEXT))]
    geometry = {
        "page_number": page.number,
        "page_size": [_point(page.width), _point(page.height)],
    }
    boxes = [article_boxes_record(page, a) for a in issue.articles]
    if per_article:
        return _article_records(issue, name, notes, geometry, boxes)
    record = to_dict(issue)
    for article, where in zip(record["articles"], boxes, strict=True):
        article["boxes"] = where
    return [_envelope(record, name, notes, geometry=geometry)]


def _pdf_reason(name: str, page: int | None, reason: str) -> str:
    """One line naming the file and the page."""
    if reason.startswith("is encrypted"):
        reason = "is encrypted (password-protected); the command line reads PDFs without one"
    if page is None or reason.startswith(f"page {page} "):
        return f"{name}: {reason}"
    return f"{name}: page {page}: {reason}"


def pdf_page_count(path: str) -> int | None:
    """How many pages the PDF file ``path`` has, or ``None`` when it cannot be opened (not a
    PDF, damaged, encrypted, the ``pdf`` extra missing: :func:`pdf_pages` says why).

    >>> pdf_page_count("/nonexistent/issue.pdf") is None
    True
    """
    try:
        import pypdfium2  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        doc = pypdfium2.PdfDocument(path)
    except (OSError, pypdfium2.PdfiumError):
        return None
    try:
        return len(doc)
    finally:
        doc.close()


def pdf_pages(
    path: str,
    *,
    max_bytes: int | None = DEFAULT_MAX_PAGE_BYTES,
    avoid: frozenset[tuple[int, int]] = frozenset(),
    pages: tuple[int, int] | None = None,
) -> Iterator[PdfPage | dict[str, Any]]:
    """The pages of the PDF file ``path``, read one at a time, or error records; never raises.

    A file that cannot be used (missing, not a regular file, one of ``avoid``, not a PDF,
    damaged, encrypted, the ``pdf`` extra missing) gives one error record and ends; a page
    that cannot be read (no text layer, damaged) or whose text is larger than ``max_bytes``
    (UTF-8) gives an error record with its ``page_number`` and the next page is read.

    Args:
        path: The PDF file.
        max_bytes: The largest page text (UTF-8 bytes) parsed; ``None`` or 0: no limit.
        avoid: Files never to read, as ``(st_dev, st_ino)`` (the command's output).
        pages: ``(first, last)``: only these pages (1-based, inclusive), read as if the
            document started at ``first`` (:func:`paper_parser.pdf.scan_pdf`: the body type
            size of the pages before is not used as a hint).

    >>> [r["error"] for r in pdf_pages("/nonexistent/issue.pdf")]
    ['/nonexistent/issue.pdf: no such file']
    """
    try:
        _check_file(path, os.stat(path), None, avoid)
    except OSError as exc:
        yield error_record(path, str(_os_error(path, exc)))
        return
    except InputError as exc:
        yield error_record(path, str(exc))
        return
    yield from _scan(path, max_bytes, pages)


def _scan(
    path: str, max_bytes: int | None, pages: tuple[int, int] | None
) -> Iterator[PdfPage | dict[str, Any]]:
    """:func:`pdf_pages` once the file is known to be a regular file."""
    try:
        from paper_parser.pdf import PdfProblem, scan_pdf

        items = scan_pdf(path, pages=pages)
        first = next(items, None)
    except ImportError:
        yield error_record(path, f"{path}: {PDF_EXTRA_HINT}")
        return
    if first is None:
        yield error_record(path, f"{path}: the PDF has no pages")
        return
    for item in _chain(first, items):
        if isinstance(item, PdfProblem):
            reason = _pdf_reason(path, item.page, item.reason)
            yield error_record(path, reason, page_number=item.page)
        elif max_bytes and len(item.text.encode("utf-8")) > max_bytes:
            reason = f"text larger than --max-page-bytes ({max_bytes:,} bytes); not parsed"
            yield error_record(
                path, _pdf_reason(path, item.number, reason), page_number=item.number
            )
        else:
            yield item


def _chain(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield from rest


def pdf_records(
    path: str,
    *,
    per_article: bool = False,
    max_bytes: int | None = DEFAULT_MAX_PAGE_BYTES,
    avoid: frozenset[tuple[int, int]] = frozenset(),
    pages: tuple[int, int] | None = None,
) -> Iterator[list[dict[str, Any]]]:
    """The records of a PDF file, page by page (one list per page); never raises.

    Pages are read, parsed and given back one at a time, so memory does not grow with the
    document. A page (or the file) that fails gives its error record (:func:`pdf_pages`);
    an unexpected exception while parsing a page gives an error record naming it, and the
    next page is read.

    >>> [[r["type"] for r in page] for page in pdf_records("/nonexistent/issue.pdf")]
    [['Error']]
    """
    for item in pdf_pages(path, max_bytes=max_bytes, avoid=avoid, pages=pages):
        if isinstance(item, dict):
            yield [item]
            continue
        try:
            yield pdf_page_records(path, item, per_article=per_article)
        except Exception as exc:  # a parser bug must not stop an archive run
            reason = _pdf_reason(path, item.number, f"internal error: {type(exc).__name__}: {exc}")
            yield [error_record(path, reason, page_number=item.number)]
