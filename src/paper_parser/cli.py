"""The ``paper-parser`` command: parse newspaper pages and print records.

A thin shell around the library: it finds input files, reads and decodes them, calls
:func:`paper_parser.parse_issue` and writes records made by :func:`paper_parser.to_dict`.
All parsing logic lives in the library.

Usage::

    paper-parser [options] FILE|DIR|GLOB|- ...
    paper-parser view FILE [-o page.html]
    paper-parser --version

Inputs: a file; a directory (every ``*.txt`` below it, recursively, in sorted order); a glob
pattern (``'archive/2021-*/**/*.txt'``, expanded by the command itself so it works without a
shell); ``-`` for standard input. Walks follow links to directories but never into a
directory already walked, so a link loop ends. An input that gives no page (an empty
directory, a directory of ``.TXT`` files, a glob matching nothing) is reported as an error.
Output: indented JSON documents (the default) or JSON Lines (``--jsonl``), one record per page
or with ``--per-article`` one per article; the articles table as Parquet (``--format
parquet -o FILE``: :func:`paper_parser.tables.to_arrow`'s table, one row per article, and the
pages table beside it as ``FILE`` with ``.pages.parquet`` for ``.parquet``; needs the
``arrow`` extra); a TEI P5 ``teiCorpus`` (``--format tei``) or impresso-style content items
as JSON Lines (``--format impresso``); ``-o FILE`` writes to a file. ``--encoding auto``
tells UTF-8, GB18030, Big5 and UTF-16 apart page by page (the ``encoding`` extra). A
progress bar (pages/s and time left; tqdm, the ``progress`` extra) is drawn on standard
error when it is a terminal; ``--quiet`` switches it and the closing summary off.

Records come out in input order whatever ``--jobs`` is. A page that cannot be read or parsed
(missing, not a regular file, larger than ``--max-page-bytes``, not text in the
``--encoding``) becomes an error record (``"type": "Error"``) in the output plus one line on
standard error, and the run goes on. Every record is written whole: ``-o FILE`` is written as
a temporary file beside ``FILE`` and renamed onto it when the run ends, so ``FILE`` is never
half written; an interrupted run leaves the temporary file (whole records only) and says where.
An output that is also one of the inputs is refused before anything is written.

Exit status: 0 when every page was parsed; 1 when the run could not finish (the output could
not be written, a worker process died); 2 when any input failed or the arguments are wrong;
130 when interrupted (SIGINT, SIGTERM); 141 (128 + SIGPIPE, what a shell shows for ``cat``)
when the reader of standard output went away (``paper-parser DIR | head``).
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import ctypes
import fnmatch
import json
import os
import secrets
import select
import signal
import stat
import sys
import threading
import warnings
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from pathlib import Path
from types import FrameType
from typing import IO, Any, NamedTuple

from paper_parser._version import __version__
from paper_parser.segment import Issue, parse_issue
from paper_parser.serialize import SCHEMA_VERSION, to_dict
from paper_parser.tables import article_facts, article_rows, page_row, pages_schema

__all__ = [
    "AUTO_ENCODINGS",
    "DEFAULT_MAX_PAGE_BYTES",
    "InputError",
    "OutputError",
    "build_parser",
    "decode_page",
    "error_record",
    "expand_inputs",
    "file_records",
    "glob_files",
    "is_glob",
    "main",
    "page_record",
    "page_records",
    "page_warnings",
    "pages_path",
    "read_page",
    "safe_records",
]

#: Pages larger than this (bytes) become error records without being parsed
#: (``--max-page-bytes``; a real page is well under 1 MB).
DEFAULT_MAX_PAGE_BYTES = 20_000_000

_GLOB_CHARS = frozenset("*?[")
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_Identity = tuple[int, int]  # (st_dev, st_ino): one file, whatever the path or link to it
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_EXIT_FAILED, _EXIT_INPUT, _EXIT_INTERRUPTED = 1, 2, 130
_EXIT_PIPE = 128 + 13  # SIGPIPE


class InputError(Exception):
    """An input that cannot be read; the message is the one line shown to the user."""


class OutputError(Exception):
    """The output cannot be written; the message is the one line shown to the user."""


class _Interrupted(BaseException):
    """SIGINT or SIGTERM. A BaseException, so no ``except Exception`` on the way can hold it."""


class _BrokenPipe(Exception):
    """The reader of standard output went away."""


# --- records ---------------------------------------------------------------------------------


def page_warnings(issue: Issue) -> list[str]:
    """What may be missing from a parsed page, one line each (usually none).

    The page's own warnings (``Issue.warnings``: a failure the parser recovered from) and the
    masthead warnings whose code starts with ``backstop`` (a regex time limit that fired).
    The command line adds the Python warnings the library issued while parsing (such as
    :class:`~paper_parser.numerals.IncompleteScanWarning`: a scan that ran out of time), puts
    them all in the record's ``warnings`` and on standard error, so an incomplete result is
    never silent.

    >>> page_warnings(parse_issue("浙江工人日报\\n"))
    []
    """
    own = [str(w) for w in getattr(issue, "warnings", ())]
    masthead = [
        f"{w.code}: {w.message}" for w in issue.masthead.warnings if w.code.startswith("backstop")
    ]
    return list(dict.fromkeys(own + masthead))


def _parse(text: str) -> tuple[Issue, list[str]]:
    """:func:`~paper_parser.parse_issue`, and what may be missing from its result."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        issue = parse_issue(text)
    issued = []
    for w in caught:
        if w.category.__module__.startswith("paper_parser"):
            issued.append(f"{w.category.__name__}: {w.message}")
        else:  # not ours to report: shown as it would have been
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return issue, list(dict.fromkeys(page_warnings(issue) + issued))


def _envelope(
    record: dict[str, Any],
    name: str,
    notes: list[str],
    article_index: int | None = None,
    facts: Any = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "schema_version": record.pop("schema_version"),
        "type": record.pop("type"),
        "file": name,
    }
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
    """
    issue, notes = _parse(text)
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
    issue, notes = _parse(text)
    return [
        _envelope(to_dict(article), name, notes, index, facts)
        for index, (article, facts) in enumerate(
            zip(issue.articles, article_facts(issue), strict=True)
        )
    ]


def error_record(name: str, reason: str) -> dict[str, Any]:
    """The record written for a page that could not be read or parsed."""
    return {"schema_version": SCHEMA_VERSION, "type": "Error", "file": name, "error": reason}


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
        InputError: with a one-line message naming ``name``, when the bytes are UTF-16/32
            (a byte order mark: the message says which ``--encoding`` reads them), binary
            (a NUL byte, except in UTF-16/32) or not valid in ``encoding`` (with the byte
            offset).

    ``encoding="auto"`` tells the encoding of each page: a byte order mark, else UTF-8, else
    the most coherent of :data:`AUTO_ENCODINGS` (charset-normalizer).

    >>> decode_page("浙江".encode("utf-16"), "p.txt")
    Traceback (most recent call last):
    ...
    paper_parser.cli.InputError: p.txt: UTF-16 text (byte order mark); use --encoding utf-16
    >>> decode_page("浙江工人日报".encode("gb18030"), "p.txt", "auto")
    '浙江工人日报'
    """
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


def read_page(
    path: str, encoding: str = "utf-8", *, max_bytes: int | None = DEFAULT_MAX_PAGE_BYTES
) -> str:
    """Read and decode one page file.

    Only a regular file is opened, and without blocking, so a FIFO or a device given by
    mistake is reported, never waited on.

    Args:
        path: The file.
        encoding: Its encoding.
        max_bytes: Larger files are refused unread (``None`` or 0: no limit).

    Raises:
        InputError: with a one-line message naming the file (and the byte offset of bad
            encoding) when the file is missing, a directory, not a regular file, too large,
            unreadable, undecodable or not text (contains NUL bytes).
    """
    return decode_page(_read_bytes(path, max_bytes, frozenset()), path, encoding)


def _read_bytes(path: str, max_bytes: int | None, avoid: frozenset[_Identity]) -> bytes:
    """The bytes of the regular file ``path``; ``avoid``: files never to read (the output)."""
    try:
        _check_file(path, os.stat(path), max_bytes, avoid)
        fd = os.open(path, os.O_RDONLY | _O_NONBLOCK | _O_CLOEXEC)
        with open(fd, "rb") as fh:
            _check_file(path, os.fstat(fd), max_bytes, avoid)  # the file opened is the one seen
            data = fh.read(max_bytes + 1) if max_bytes else fh.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if max_bytes and len(data) > max_bytes:
        raise _too_big(path, max_bytes)
    return data


class _Task(NamedTuple):
    """One page to do: read from the file ``name`` unless ``text`` or ``error`` is given."""

    name: str
    text: str | None
    error: str | None
    encoding: str
    per_article: bool
    fmt: str  # "json", "jsonl", "parquet", "tei" or "impresso"
    max_bytes: int | None
    avoid: frozenset[_Identity]  # the output file(s): never read as a page
    position: int = 0  # the page's position in the run (TEI ids)


class _Out(NamedTuple):
    """One record, made ready for output where it was made (in the worker)."""

    error: str | None  # the reason, for an error record
    warnings: tuple[str, ...]  # what may be missing from the page (page_warnings)
    line: str | None  # the rendered text (json, jsonl, tei and impresso output)
    rows: tuple[list[dict[str, Any]], dict[str, Any]] | None = None  # parquet: articles, page


def _render(record: dict[str, Any], fmt: str) -> _Out:
    error = record["error"] if record["type"] == "Error" else None
    notes = tuple(f"{record['file']}: {w}" for w in record.get("warnings", ()))
    indent = None if fmt == "jsonl" else 2
    return _Out(error, notes, json.dumps(record, ensure_ascii=False, indent=indent) + "\n")


def _page_id(name: str) -> str:
    """An impresso item id's page part: the file name without ``.txt``."""
    return name.removesuffix(".txt") or name


def _error_row(name: str, error: str) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(pages_schema().names)
    row.update(page_id=name, phones=[], slogans=[], masthead_warnings=[], other=[])
    row.update(warnings=[], error=error)
    return row


def _render_page(task: _Task, text: str) -> _Out:
    """One page as Parquet rows, a ``<TEI>`` element or impresso content items."""
    issue, notes = _parse(text)
    shown = tuple(f"{task.name}: {w}" for w in notes)
    if task.fmt == "parquet":
        rows = (article_rows(issue, task.name), page_row(issue, task.name, notes))
        return _Out(None, shown, None, rows)
    if task.fmt == "tei":
        from paper_parser.tei import tei_element

        element = tei_element(issue, page_id=task.name, id_prefix=f"p{task.position}-")
        return _Out(None, shown, element + "\n")
    from paper_parser.impresso import content_items

    items = content_items(issue, page_id=_page_id(task.name))
    lines = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
    return _Out(None, shown, lines or None)


def _work_page(task: _Task, text: str | None, error: str | None) -> _Out:
    """:func:`_render_page`, or the output of a page that failed (read or parse)."""
    if error is None and text is not None:
        try:
            return _render_page(task, text)
        except Exception as exc:  # a parser bug must not stop an archive run
            error = f"{task.name}: internal error: {type(exc).__name__}: {exc}"
    reason = error or f"{task.name}: not read"
    no_articles: list[dict[str, Any]] = []
    rows = (no_articles, _error_row(task.name, reason)) if task.fmt == "parquet" else None
    return _Out(reason, (), None, rows)


def safe_records(name: str, text: str, *, per_article: bool = False) -> list[dict[str, Any]]:
    """:func:`page_records`, with an error record in place of an unexpected exception.

    The parsers never raise on text; this is the archive run's guard against a bug, so that
    one page cannot stop a run over millions. The failure is not hidden: the page's record
    is an error record naming the exception.
    """
    try:
        return page_records(name, text, per_article=per_article)
    except Exception as exc:  # a parser bug must not stop an archive run
        return [error_record(name, f"internal error: {type(exc).__name__}: {exc}")]


def file_records(
    path: str,
    encoding: str = "utf-8",
    *,
    per_article: bool = False,
    max_bytes: int | None = DEFAULT_MAX_PAGE_BYTES,
) -> list[dict[str, Any]]:
    """The records of the page stored at ``path``, or its error record; never raises.

    >>> file_records("/nonexistent/page.txt")[0]["error"]
    '/nonexistent/page.txt: no such file'
    """
    return _file_records(path, encoding, per_article, max_bytes, frozenset())


def _file_records(
    path: str,
    encoding: str,
    per_article: bool,
    max_bytes: int | None,
    avoid: frozenset[_Identity],
) -> list[dict[str, Any]]:
    try:
        text = decode_page(_read_bytes(path, max_bytes, avoid), path, encoding)
    except InputError as exc:
        return [error_record(path, str(exc))]
    return safe_records(path, text, per_article=per_article)


def _work(task: _Task) -> list[_Out]:
    """Read, parse and render one page (in a worker process when ``--jobs`` > 1).

    Rendering the JSON here, not in the main process, keeps the main process from becoming
    the bottleneck of a parallel run.
    """
    if task.fmt in ("parquet", "tei", "impresso"):
        text, error = task.text, task.error
        if error is None and text is None:
            try:
                text = decode_page(
                    _read_bytes(task.name, task.max_bytes, task.avoid), task.name, task.encoding
                )
            except InputError as exc:
                error = str(exc)
        return [_work_page(task, text, error)]
    if task.error is not None:
        records = [error_record(task.name, task.error)]
    elif task.text is not None:
        records = safe_records(task.name, task.text, per_article=task.per_article)
    else:
        records = _file_records(
            task.name, task.encoding, task.per_article, task.max_bytes, task.avoid
        )
    return [_render(record, task.fmt) for record in records]


# --- inputs ----------------------------------------------------------------------------------


def is_glob(pattern: str) -> bool:
    """Whether ``pattern`` has glob characters (``*``, ``?``, ``[``)."""
    return not _GLOB_CHARS.isdisjoint(pattern)


class _Listing(NamedTuple):
    """One directory of a walk: its entries, or why it could not be listed."""

    path: str
    entries: list[os.DirEntry[str]]
    error: str | None


def _join(base: str, name: str) -> str:
    return os.path.join(base, name) if base else name


def _stat_identity(path: str) -> _Identity | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def _list(path: str) -> _Listing:
    try:
        with os.scandir(path or os.curdir) as it:
            return _Listing(path, sorted(it, key=lambda e: e.name), None)
    except OSError as exc:
        return _Listing(path, [], f"{path or os.curdir}: cannot list ({exc.strerror or exc})")


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows links
    except OSError:
        return False


def _walk(top: str, *, hidden: bool) -> Iterator[_Listing]:
    """``top`` and every directory below it, each at most once.

    Links to directories are followed, but only after every directory reachable without
    links, and never into a directory already walked (by device and inode), so a link loop
    ends and a directory is listed under its own name when it has one. With ``hidden`` false,
    names starting with ``.`` are not entered (as ``**`` in ``glob``).
    """
    first = _stat_identity(top or os.curdir)
    if first is None:
        return
    visited = {first}
    stack: list[str] = [top]
    links: list[str] = []
    while stack or links:
        if not stack:
            link = links.pop()
            ident = _stat_identity(link)
            if ident is not None and ident not in visited:
                visited.add(ident)
                stack.append(link)
            continue
        listing = _list(stack.pop())
        yield listing
        below = []
        for entry in listing.entries:
            if (not hidden and entry.name.startswith(".")) or not _is_dir(entry):
                continue
            path = _join(listing.path, entry.name)
            if entry.is_symlink():
                links.append(path)
                continue
            ident = _stat_identity(path)
            if ident is not None and ident not in visited:  # a bind mount may loop too
                visited.add(ident)
                below.append(path)
        stack.extend(reversed(below))


def _glob(base: str, parts: Sequence[str], listing: _Listing | None = None) -> Iterator[str]:
    """Paths below ``base`` matching the pattern ``parts`` (one per path component)."""
    part, rest = parts[0], parts[1:]
    if part == "**":
        for found in _walk(base, hidden=False):
            if rest:
                yield from _glob(found.path, rest, found)
            else:  # a final ** matches everything below
                yield from (
                    _join(found.path, e.name) for e in found.entries if not e.name.startswith(".")
                )
        return
    if not is_glob(part):
        path = _join(base, part)
        if os.path.lexists(path):
            yield from _glob(path, rest) if rest else (path,)
        return
    for entry in (listing or _list(base)).entries:
        if entry.name.startswith(".") and not part.startswith("."):
            continue
        if fnmatch.fnmatchcase(entry.name, part):
            path = _join(base, entry.name)
            yield from _glob(path, rest) if rest else (path,)


def glob_files(pattern: str) -> list[str]:
    """The paths matching ``pattern`` that are not directories, sorted; ``**`` is recursive.

    As in ``glob``, ``*`` does not match a leading ``.`` and ``**`` does not enter hidden
    directories. ``**`` follows links to directories but never into one already walked, so
    a link loop ends. Matches that are not regular files (a FIFO, a dangling link) are kept
    so that they are reported, not silently dropped.
    """
    if os.altsep:
        pattern = pattern.replace(os.altsep, os.sep)
    base = os.sep if pattern.startswith(os.sep) else ""
    parts = [p for p in pattern.split(os.sep) if p]
    if not parts:
        return []
    return sorted({p for p in _glob(base, parts) if not os.path.isdir(p)})


def _tree_pages(top: str) -> Iterator[tuple[str, str | None]]:
    """Every ``*.txt`` below the directory ``top`` (sorted), and directories not listed; a
    directory with no page below it is reported (as an error of ``top``)."""
    pages: list[str] = []
    other_case: list[str] = []  # A.TXT, b.Txt: pages, but not matched by *.txt
    files = 0
    for listing in _walk(top, hidden=True):
        if listing.error is not None:
            yield listing.path, listing.error
        for e in listing.entries:
            if _is_dir(e):
                continue
            files += 1
            if e.name.endswith(".txt"):
                pages.append(_join(listing.path, e.name))
            elif e.name.lower().endswith(".txt"):
                other_case.append(_join(listing.path, e.name))
    if not pages:
        yield top, _no_page(top, files, sorted(other_case))
    for page in sorted(pages):
        yield page, None


def _no_page(top: str, files: int, other_case: list[str]) -> str:
    """Why the directory ``top`` gives no page, and what to type instead.

    >>> _no_page("archive", 3, ["archive/A.TXT"])
    "archive: no page (*.txt) below it; 1 file ends in another case (archive/A.TXT): give a \
glob such as 'archive/**/*.TXT'"
    """
    if other_case:
        suffix = other_case[0].rsplit(".", 1)[1]
        n = len(other_case)
        return (
            f"{top}: no page (*.txt) below it; {n} file{'s' if n > 1 else ''} "
            f"end{'' if n > 1 else 's'} in another case ({other_case[0]}): give a glob such "
            f"as '{os.path.join(top, '**', '*.' + suffix)}'"
        )
    if files:
        return f"{top}: no page (*.txt) below it ({files} other files); give a glob or files"
    return f"{top}: no page (*.txt) below it: the directory is empty"


def _expand(items: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """``(path, error)`` for each input (see :func:`expand_inputs`)."""
    for item in items:
        if item != "-" and os.path.isdir(item):
            yield from _tree_pages(str(Path(item)))
        elif item != "-" and not os.path.lexists(item) and is_glob(item):
            matches = glob_files(item)
            yield from ((m, None) for m in matches)
            if not matches:
                yield item, f"{item}: matches no file"
        else:
            yield item, None


def expand_inputs(items: Iterable[str]) -> Iterator[str]:
    """File paths for the command-line inputs, in a deterministic order.

    Directories give every ``*.txt`` below them (sorted; links to directories are followed,
    never into a directory already walked); arguments with glob characters that are not an
    existing path are expanded (see :func:`glob_files`); anything else, including ``-`` and
    missing files, is passed through so that it is reported.
    """
    for path, _error in _expand(items):
        yield path


def _worker_init() -> None:
    """Set up a worker process: signals are the parent's to handle, and it dies with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = os.getppid()
    armed = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    if os.getppid() != parent:  # the parent died before the death signal was armed
        os._exit(1)
    if not armed:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:  # pragma: no cover - platforms without prctl
    while True:
        threading.Event().wait(0.5)
        if os.getppid() != parent:
            os._exit(1)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the workers now, in the middle of their pages (an interrupted or failed run).

    A worker killed while it writes a result leaves half a message in the result pipe, and
    the executor's manager thread would wait for the rest for ever (so would ``shutdown``
    and the interpreter's exit). Once the workers are gone, the parent closes its own end
    for writing: the pipe then has no writer left, and the manager thread reads its end.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.kill()
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            process.join(timeout=1.0)
    queue = getattr(pool, "_result_queue", None)
    writer = getattr(queue, "_writer", None)
    with contextlib.suppress(OSError, AttributeError):
        writer.close()  # type: ignore[union-attr]


def _ordered(tasks: Iterator[_Task], jobs: int) -> Generator[list[_Out], None, None]:
    """Results of :func:`_work` in task order, with at most a few tasks in flight.

    When the caller stops early (an interrupt, a write error), the workers are ended at
    once rather than left to finish their pages.
    """
    if jobs <= 1:
        for task in tasks:
            yield _work(task)
        return
    window: deque[Future[list[_Out]]] = deque()
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)
    try:
        for task in tasks:
            window.append(pool.submit(_work, task))
            if len(window) >= 4 * jobs:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
    except BaseException:
        _stop_workers(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --- output ----------------------------------------------------------------------------------


def _cannot_write(name: str, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {name}: {exc.strerror or exc}")


def _fd_identity(fd: int) -> _Identity | None:
    """The identity of the regular file open as ``fd`` (``None`` for a pipe, a terminal ...)."""
    try:
        st = os.fstat(fd)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def _appends(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        return True
    return bool(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND)


class _Sink:
    """Writes whole records to a file descriptor (or, when there is none, a text stream).

    A record goes out by ``os.write`` calls until all of it is written. When one fails (a
    full disk) or an interrupt cuts the loop, a regular file is truncated back to the end of
    the last whole record, so the output never holds half a record.
    """

    def __init__(self, name: str, *, fd: int | None = None, stream: IO[str] | None = None):
        self.name = name
        self.records = 0
        self._stream = stream
        self._fd = fd
        if fd is None and stream is not None:
            try:
                stream.flush()
                self._fd = stream.fileno()
            except (AttributeError, OSError, ValueError):
                self._fd = None
        self.identity = None if self._fd is None else _fd_identity(self._fd)
        self._append = self.identity is not None and _appends(self._fd or 0)

    def _start(self) -> int | None:
        """Where the next record starts, when a failed write can be cut back to it."""
        if self._fd is None or self.identity is None:
            return None
        try:
            return os.fstat(self._fd).st_size if self._append else os.lseek(self._fd, 0, 1)
        except OSError:
            return None

    def write(self, chunk: str) -> None:
        """Write one record whole, or raise with the output as it was before it.

        Raises:
            OutputError: the output cannot be written (one line naming it).
            _BrokenPipe: the reader of the output went away.
        """
        if self._fd is None:
            self._write_stream(chunk)
            return
        data = memoryview(chunk.encode("utf-8"))
        start = self._start()
        done = 0
        try:
            while done < len(data):
                try:
                    written = os.write(self._fd, data[done:])
                except BlockingIOError:  # a non-blocking pipe that is full: wait for room
                    select.select([], [self._fd], [])
                    continue
                if written <= 0:
                    raise OSError(0, "nothing could be written")
                done += written
        except BaseException as exc:
            if done and start is not None:
                with contextlib.suppress(OSError):
                    os.ftruncate(self._fd, start)
                    os.lseek(self._fd, start, 0)
            if isinstance(exc, BrokenPipeError):
                raise _BrokenPipe from None
            if isinstance(exc, OSError):
                raise _cannot_write(self.name, exc) from None
            raise
        self.records += 1

    def _write_stream(self, chunk: str) -> None:
        assert self._stream is not None
        try:
            try:
                self._stream.write(chunk)
            except UnicodeEncodeError:  # a stream in an encoding that cannot hold the text
                self._write_other(chunk)
            self._stream.flush()
        except BrokenPipeError:
            raise _BrokenPipe from None
        except OSError as exc:
            raise _cannot_write(self.name, exc) from None
        self.records += 1

    def _write_other(self, chunk: str) -> None:
        """Write ``chunk`` to a text stream whose encoding is not UTF-8: as UTF-8 bytes to its
        binary buffer when it has one, else as ASCII with every other character escaped
        (character references in HTML and XML, ``\\uXXXX`` in JSON: the same document)."""
        assert self._stream is not None
        buffer = getattr(self._stream, "buffer", None)
        if buffer is not None:
            self._stream.flush()
            buffer.write(chunk.encode("utf-8"))
            buffer.flush()
            return
        if chunk.lstrip().startswith(("{", "[")):
            self._stream.write(_json_ascii(chunk))
        else:
            self._stream.write(chunk.encode("ascii", "xmlcharrefreplace").decode("ascii"))


def _json_ascii(text: str) -> str:
    """JSON text with every non-ASCII character as a ``\\uXXXX`` escape (they only occur in
    strings), surrogate pairs beyond the BMP.

    >>> _json_ascii('{"a": "报😀"}')
    '{"a": "\\\\u62a5\\\\ud83d\\\\ude00"}'
    """
    out = []
    for c in text:
        n = ord(c)
        if n < 0x80:
            out.append(c)
        elif n < 0x10000:
            out.append(f"\\u{n:04x}")
        else:
            n -= 0x10000
            out.append(f"\\u{0xD800 + (n >> 10):04x}\\u{0xDC00 + (n & 0x3FF):04x}")
    return "".join(out)


class _Target:
    """The ``-o`` file, written as a temporary file beside it and renamed onto it at the end.

    The temporary file is ``NAME.xxxxxx.part`` in the same directory (so the rename is
    atomic); when ``NAME`` is a link, beside the file it points to (so the link stays). A
    target that exists and is not a regular file (``/dev/null``, a FIFO) is written directly.

    Raises:
        OutputError: the target cannot be written (a missing directory, a directory ...).
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.real = os.path.realpath(path) if os.path.islink(path) else path
        self.temp: str | None = None
        try:
            st: os.stat_result | None = os.stat(self.real)
        except FileNotFoundError:
            st = None
        except OSError as exc:
            raise _cannot_write(path, exc) from None
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise OutputError(f"cannot write {path}: is a directory")
        try:
            if st is not None and not stat.S_ISREG(st.st_mode):
                self.fd = os.open(self.real, os.O_WRONLY | _O_CLOEXEC)
            else:
                if st is not None and not os.access(self.real, os.W_OK):
                    raise PermissionError(13, "Permission denied")
                self.temp = f"{self.real}.{secrets.token_hex(3)}.part"
                flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_CLOEXEC
                self.fd = os.open(self.temp, flags, 0o666)  # the umask applies, as for open()
                if st is not None:
                    os.chmod(self.temp, stat.S_IMODE(st.st_mode))
        except OSError as exc:
            raise _cannot_write(path, exc) from None
        mine = {_fd_identity(self.fd), None if st is None else (st.st_dev, st.st_ino)}
        self.identities = frozenset(i for i in mine if i is not None)

    def finish(self) -> None:
        """Make the output final: on disk, and renamed onto the target."""
        try:
            if self.temp is not None:
                os.fsync(self.fd)
            os.close(self.fd)
            self.fd = -1
            if self.temp is not None:
                os.replace(self.temp, self.real)
                self.temp = None
        except OSError as exc:
            raise _cannot_write(self.path, exc) from None

    def abandon(self, *, keep: bool = True) -> str | None:
        """Close without renaming: the target is left as it was.

        Returns:
            The temporary file, kept when ``keep`` and it holds anything, else ``None``
            (it is removed).
        """
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = -1
        if self.temp is None:
            return None
        with contextlib.suppress(OSError):
            if keep and os.path.getsize(self.temp) > 0:
                return self.temp
            os.remove(self.temp)
        return None


class _LineWriter:
    """JSON and JSON Lines output: a record is its rendered text, written whole."""

    def __init__(self, target: _Target | None, out: IO[str]) -> None:
        self.target = target
        self.name = "standard output" if target is None else target.path
        if target is None:
            self.sink = _Sink("standard output", stream=out)
            self.avoid = frozenset(i for i in (self.sink.identity,) if i is not None)
        else:
            self.sink = _Sink(target.path, fd=target.fd)
            self.avoid = target.identities

    @property
    def records(self) -> int:
        return self.sink.records

    def add(self, out: _Out) -> None:
        if out.line is not None:
            self.sink.write(out.line)

    def finish(self) -> None:
        if self.target is not None:
            self.target.finish()

    def abandon(self, *, failed: bool) -> str | None:
        # Whole records only, even after a failed write: the sink cut back any half record.
        return None if self.target is None else self.target.abandon(keep=True)


class _TeiOut(_LineWriter):
    """TEI output: a ``<teiCorpus>`` with one ``<TEI>`` per page, closed at the end (and
    after an interrupt, so that what was written is a well-formed document)."""

    def __init__(self, target: _Target | None, out: IO[str]) -> None:
        from paper_parser.tei import corpus_open

        super().__init__(target, out)
        self.sink.write(corpus_open())
        self.pages = 0

    @property
    def records(self) -> int:
        return self.pages

    def add(self, out: _Out) -> None:
        if out.line is not None:
            self.sink.write(out.line)
            self.pages += 1

    def _close(self) -> None:
        from paper_parser.tei import CORPUS_CLOSE

        self.sink.write(CORPUS_CLOSE)

    def finish(self) -> None:
        self._close()
        super().finish()

    def abandon(self, *, failed: bool) -> str | None:
        if not failed:
            with contextlib.suppress(OutputError, _BrokenPipe):
                self._close()
        return super().abandon(failed=failed)


def pages_path(output: str) -> str:
    """Where ``--format parquet -o OUTPUT`` writes the pages table.

    >>> pages_path("out/articles.parquet"), pages_path("articles")
    ('out/articles.pages.parquet', 'articles.pages.parquet')
    """
    return output.removesuffix(".parquet") + ".pages.parquet"


class _ParquetOut:
    """Parquet output: the articles table (:func:`paper_parser.tables.to_arrow`'s rows) to
    the ``-o`` file and the pages table (:func:`paper_parser.tables.page_row`, plus the
    pages that failed with their ``error``) beside it, in row groups of about 1,000 rows."""

    def __init__(self, target: _Target, pages: _Target) -> None:
        import pyarrow as pa  # type: ignore[import-untyped, import-not-found, unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped, import-not-found, unused-ignore]

        from paper_parser.tables import articles_schema

        self._pa = pa
        self.target = target
        self.pages_target = pages
        self.name = target.path
        self.avoid = target.identities | pages.identities
        self.records = 0  # pages written
        self._schemas = (articles_schema(), pages_schema())
        try:
            self._writers = (
                pq.ParquetWriter(target.temp or target.real, self._schemas[0]),
                pq.ParquetWriter(pages.temp or pages.real, self._schemas[1]),
            )
        except OSError as exc:
            raise _cannot_write(target.path, exc) from None
        self._articles: list[dict[str, Any]] = []
        self._pages: list[dict[str, Any]] = []

    def add(self, out: _Out) -> None:
        if out.rows is None:
            return
        articles, page = out.rows
        self._articles.extend(articles)
        self._pages.append(page)
        if len(self._articles) >= 1024 or len(self._pages) >= 256:
            self._flush()

    def _flush(self) -> None:
        if not self._pages:
            return
        for writer, schema, rows, target in (
            (self._writers[0], self._schemas[0], self._articles, self.target),
            (self._writers[1], self._schemas[1], self._pages, self.pages_target),
        ):
            table = self._pa.Table.from_pylist(rows, schema=schema)
            try:
                writer.write_table(table)
            except OSError as exc:
                raise _cannot_write(target.path, exc) from None
        self.records += len(self._pages)
        self._articles, self._pages = [], []

    def _close(self) -> None:
        for writer, target in zip(self._writers, (self.target, self.pages_target), strict=True):
            try:
                writer.close()
            except OSError as exc:
                raise _cannot_write(target.path, exc) from None

    def finish(self) -> None:
        self._flush()
        self._close()
        self.target.finish()
        self.pages_target.finish()

    def abandon(self, *, failed: bool) -> str | None:
        """Close the files: after an interrupt they are valid Parquet files of whole row
        groups; after a failed write they may be broken, so they are removed."""
        if not failed:
            with contextlib.suppress(OSError, OutputError):
                self._flush()
                self._close()
        keep = not failed and self.records > 0
        self.pages_target.abandon(keep=keep)
        return self.target.abandon(keep=keep)


def _parquet_writer(output: str) -> _ParquetOut:
    try:
        import pyarrow  # type: ignore[import-untyped, import-not-found, unused-ignore]  # noqa: F401
    except ImportError:
        raise InputError(
            "--format parquet needs pyarrow: pip install 'paper-parser[arrow]'"
        ) from None
    target = _Target(output)
    try:
        pages = _Target(pages_path(output))
    except OutputError:
        target.abandon(keep=False)
        raise
    try:
        return _ParquetOut(target, pages)
    except OutputError:
        target.abandon(keep=False)
        pages.abandon(keep=False)
        raise


def _say(err: IO[str], line: str) -> None:
    """One line on standard error; a closed standard error is not worth a traceback."""
    with contextlib.suppress(OSError, ValueError):
        print(line, file=err, flush=True)


class _Progress:
    """Progress on standard error, only when enabled (by default when it is a terminal): a
    tqdm bar with pages/s and the time left when tqdm is installed (the ``progress``
    extra), else a one-line page counter."""

    def __init__(self, stream: IO[str], enabled: bool, total: int | None = None) -> None:
        self._stream = stream
        self._enabled = enabled
        self.pages = 0
        self.failed = 0
        self._bar: Any = None
        if enabled:
            try:
                from tqdm import tqdm  # type: ignore[import-untyped, import-not-found, unused-ignore]
            except ImportError:
                return
            self._bar = tqdm(
                total=total,
                unit="page",
                file=stream,
                dynamic_ncols=True,
                mininterval=0.5,
                smoothing=0.05,
            )

    def tick(self, failed: bool) -> None:
        self.pages += 1
        self.failed += failed
        if not self._enabled:
            return
        with contextlib.suppress(OSError, ValueError):
            if self._bar is not None:
                if failed:
                    self._bar.set_postfix_str(f"{self.failed} failed", refresh=False)
                self._bar.update(1)
            else:
                self._stream.write(f"\r{self.pages} pages, {self.failed} failed")
                self._stream.flush()

    def say(self, line: str) -> None:
        """A line on standard error that does not break the bar."""
        if self._bar is not None:
            with contextlib.suppress(OSError, ValueError):
                self._bar.write(line, file=self._stream)
            return
        if self._enabled and self.pages:
            line = "\n" + line if not line.startswith("\r") else line
        _say(self._stream, line)

    def close(self) -> None:
        if self._bar is not None:
            with contextlib.suppress(OSError, ValueError):
                self._bar.close()
            self._bar = None
        elif self._enabled and self.pages:
            with contextlib.suppress(OSError, ValueError):
                self._stream.write("\n")
        self._enabled = False


class _Signals:
    """SIGINT and SIGTERM during a run: they raise :class:`_Interrupted` at once (ending a
    blocked read or wait), except while a record is being written: then right after it, or
    at a second signal."""

    def __init__(self) -> None:
        self.received: list[int] = []
        self._deferred = 0
        self._held = False
        self._old: dict[int, Any] = {}

    def install(self) -> None:
        with contextlib.suppress(ValueError):  # not the main thread: leave signals alone
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._old[sig] = signal.signal(sig, self._handle)

    def restore(self) -> None:
        for sig, old in self._old.items():
            signal.signal(sig, old)
        self._old = {}

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self.received.append(signum)
        if not self._held and (not self._deferred or len(self.received) > 1):
            raise _Interrupted(signum)

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """A signal in the block is only noted (a second one still raises); see :meth:`check`."""
        self._deferred += 1
        try:
            yield
        finally:
            self._deferred -= 1

    def check(self) -> None:
        """Raise now for a signal that came during a deferred block."""
        if self.received and not self._deferred and not self._held:
            raise _Interrupted(self.received[0])

    def hold(self) -> None:
        """From now on a signal is only noted: the run is ending anyway."""
        self._held = True


# --- command line ----------------------------------------------------------------------------


def _text_encoding(name: str) -> tuple[str, str | None]:
    """``(canonical name, None)``, or ``(name, the one-line complaint)``.

    Only codecs that turn bytes into text qualify: ``rot13``, ``base64``, ``hex``, ``zlib``
    ... exist but are not text encodings. ``auto`` is kept as it is.
    """
    if name.strip().lower() == "auto":
        return "auto", None
    try:
        info = codecs.lookup(name)
    except LookupError:
        return name, f"unknown encoding {name!r}"
    if not getattr(info, "_is_text_encoding", True):
        return name, (
            f"--encoding {name!r} is not a text encoding; "
            "use one such as utf-8, gb18030, gbk, big5 or utf-16"
        )
    try:
        b"a".decode(info.name)
    except UnicodeDecodeError:  # a real decoder that wants more bytes (utf-16, utf-32)
        pass
    except (UnicodeError, LookupError):  # "undefined" and the like: never decodes
        return name, f"--encoding {name!r} cannot decode anything"
    return info.name, None


_UNITS = {"": 1, "K": 1000, "M": 1000**2, "G": 1000**3}


def _byte_count(value: str) -> int:
    text = value.strip().upper().removesuffix("B")
    unit = text[-1:] if text[-1:] in ("K", "M", "G") else ""
    try:
        n = int(text[: len(text) - len(unit)])
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(
            f"--max-page-bytes needs a number of bytes such as 20000000 or 20M, not {value!r}"
        )
    return n * _UNITS[unit]


def _cpus() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _jobs(value: str) -> int:
    if value.strip().lower() == "auto":
        return _cpus()
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--jobs needs a number or 'auto', not {value!r}"
        ) from None
    if n < 1:
        raise argparse.ArgumentTypeError("--jobs must be at least 1")
    return n


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--encoding",
        default="utf-8",
        help="encoding of the input files, e.g. gb18030, gbk, big5 or utf-16 (default utf-8); "
        "auto tells UTF-8, GB18030, Big5 and UTF-16 apart page by page (needs "
        "charset-normalizer: the encoding extra)",
    )
    parser.add_argument(
        "--max-page-bytes",
        type=_byte_count,
        default=DEFAULT_MAX_PAGE_BYTES,
        metavar="N",
        help="a larger file becomes an error record without being parsed; K, M, G are "
        "thousands, millions, billions; 0 for no limit (default 20M)",
    )


_USAGE = """\
paper-parser [options] INPUT [INPUT ...]
       paper-parser view [-o page.html] FILE     (see paper-parser view --help)"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``paper-parser`` (exposed for the docs and tests)."""
    parser = argparse.ArgumentParser(
        prog="paper-parser",
        usage=_USAGE,
        description="Parse the plain text of Chinese newspaper pages and print one record "
        "per page (or per article), or write the articles as a table (Parquet), TEI or "
        "impresso-style content items. Command 'view' draws one page as an HTML file; to "
        "parse a file named view, write ./view.",
        epilog="Exit status: 0 all pages parsed; 1 the run could not finish (output not "
        "writable, a worker died); 2 an input failed, gave no page, or wrong arguments; "
        "130 interrupted; 141 the reader of standard output went away.",
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="page files, directories, globs; - for stdin"
    )
    parser.add_argument("--version", action="version", version=f"paper-parser {__version__}")
    fmt = parser.add_mutually_exclusive_group()
    fmt.add_argument("--jsonl", action="store_true", help="JSON Lines: one line per record")
    fmt.add_argument(
        "--format",
        choices=("json", "jsonl", "parquet", "tei", "impresso"),
        default=None,
        help="json: indented documents (default); jsonl; parquet: the articles table to -o "
        "FILE and the pages table to FILE.pages.parquet; tei: a TEI P5 teiCorpus; impresso: "
        "impresso-style content items, one JSON line per article",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (through a temporary file renamed onto it at the end), not stdout",
    )
    parser.add_argument(
        "--per-article",
        action="store_true",
        help="one record per article instead of per page (json, jsonl; parquet and impresso "
        "are always per article, tei per page)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        help="worker processes, or auto: one per processor (default 1)",
    )
    _add_input_options(parser)
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress and no closing summary (errors and warnings are still printed)",
    )
    return parser


def _view_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="paper-parser view",
        description="Render a parsed page as one self-contained HTML file: the page text "
        "with what was found highlighted, each article outlined and numbered, a side panel "
        "with the parsed record of the article under the pointer (keys j/k: next/previous).",
    )
    parser.add_argument("file", metavar="FILE", help="page text file; - for stdin")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")
    _add_input_options(parser)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: IO[bytes] | None = None,
) -> int:
    """Run the command line; returns the exit status.

    Args:
        argv: The arguments (without the program name); ``sys.argv[1:]`` when ``None``.
        stdout: Where records go (default ``sys.stdout``).
        stderr: Where errors and progress go (default ``sys.stderr``).
        stdin: Bytes read for the input ``-`` (default ``sys.stdin.buffer``).
    """
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    raw_in = stdin if stdin is not None else sys.stdin.buffer
    args_list = list(sys.argv[1:] if argv is None else argv)
    view = bool(args_list) and args_list[0] == "view"
    if args_list == ["view"] and os.path.lexists("view"):
        _say(
            err,
            "paper-parser: view is the command that draws a page (paper-parser view FILE); "
            "to parse the file named view, write ./view",
        )
        return _EXIT_INPUT
    parser = _view_parser() if view else build_parser()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(args_list[1:] if view else args_list)
    except SystemExit as exc:  # argparse printed its usage and a one-line message
        return 0 if exc.code == 0 else _EXIT_INPUT
    args.encoding, problem = _text_encoding(args.encoding)
    if problem is None and args.encoding == "auto":
        problem = _needs_charset_normalizer()
    if problem is not None:
        _say(err, f"paper-parser: {problem}")
        return _EXIT_INPUT
    if view:
        return _view(args, out, err, raw_in)
    fmt = "jsonl" if args.jsonl else (args.format or "json")
    if fmt == "parquet" and not args.output:
        _say(err, "paper-parser: --format parquet needs -o FILE (the pages table goes beside it)")
        return _EXIT_INPUT
    return _run(args, fmt, out, err, raw_in)


def _needs_charset_normalizer() -> str | None:
    try:
        import charset_normalizer  # noqa: F401
    except ImportError:
        return "--encoding auto needs charset-normalizer: pip install 'paper-parser[encoding]'"
    return None


def _stream_identity(stream: IO[bytes]) -> _Identity | None:
    try:
        return _fd_identity(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return None


def _read_stdin(
    raw_in: IO[bytes], encoding: str, max_bytes: int | None, avoid: frozenset[_Identity]
) -> str:
    if _stream_identity(raw_in) in avoid:
        raise InputError("<stdin>: is the output file; skipped")
    data = raw_in.read(max_bytes + 1) if max_bytes else raw_in.read()
    if max_bytes and len(data) > max_bytes:
        raise _too_big("<stdin>", max_bytes)
    return decode_page(data, "<stdin>", encoding)


def _output_is_input(output: str, items: Iterable[str], raw_in: IO[bytes]) -> str | None:
    """The input that is the existing regular file ``output`` (by any path or link), if any."""
    target = _fd_identity_of_path(output)
    if target is None:
        return None
    for path, _error in _expand(items):
        ident = _stream_identity(raw_in) if path == "-" else _stat_identity(path)
        if ident == target:
            return path
    return None


def _fd_identity_of_path(path: str) -> _Identity | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def _refuse_same(output: str, same: str, err: IO[str]) -> int:
    _say(err, f"paper-parser: -o {output} is the input {same}; refusing to overwrite it")
    return _EXIT_INPUT


def _view(args: argparse.Namespace, out: IO[str], err: IO[str], raw_in: IO[bytes]) -> int:
    from paper_parser.html import render_html

    if args.output:
        same = _output_is_input(args.output, [args.file], raw_in)
        if same is not None:
            return _refuse_same(args.output, same, err)
    try:
        if args.file == "-":
            text = _read_stdin(raw_in, args.encoding, args.max_page_bytes, frozenset())
        else:
            text = read_page(args.file, args.encoding, max_bytes=args.max_page_bytes)
    except InputError as exc:
        _say(err, f"paper-parser: {exc}")
        return _EXIT_INPUT
    except KeyboardInterrupt:
        return _EXIT_INTERRUPTED
    page = render_html(parse_issue(text), text)
    target: _Target | None = None
    try:
        if args.output:
            target = _Target(args.output)
            _Sink(args.output, fd=target.fd).write(page)
            target.finish()
        else:
            _Sink("standard output", stream=out).write(page)
    except OutputError as exc:
        if target is not None:
            target.abandon(keep=False)
        _say(err, f"paper-parser: {exc}")
        return _EXIT_FAILED
    except _BrokenPipe:
        return _EXIT_PIPE
    return 0


def _tasks(
    args: argparse.Namespace, fmt: str, raw_in: IO[bytes], avoid: frozenset[_Identity]
) -> Iterator[_Task]:
    """The pages of the run, in order; standard input is read once, in its place."""
    stdin: _Task | None = None
    for index, (path, error) in enumerate(_expand(args.inputs)):
        if path != "-":
            yield _Task(
                path,
                None,
                error,
                args.encoding,
                args.per_article,
                fmt,
                args.max_page_bytes,
                avoid,
                index,
            )
            continue
        if stdin is None:
            try:
                text = _read_stdin(raw_in, args.encoding, args.max_page_bytes, avoid)
                error = None
            except InputError as exc:
                text, error = None, str(exc)
            stdin = _Task(
                "<stdin>", text, error, args.encoding, args.per_article, fmt, None, avoid, index
            )
        yield stdin._replace(position=index)


def _open_writer(args: argparse.Namespace, fmt: str, out: IO[str]) -> _LineWriter | _ParquetOut:
    if fmt == "parquet":
        return _parquet_writer(args.output)
    target = _Target(args.output) if args.output else None
    if fmt == "tei":
        try:
            return _TeiOut(target, out)
        except BaseException:
            if target is not None:
                target.abandon(keep=False)
            raise
    return _LineWriter(target, out)


def _run(args: argparse.Namespace, fmt: str, out: IO[str], err: IO[str], raw_in: IO[bytes]) -> int:
    signals = _Signals()
    signals.install()
    try:
        return _run_with(args, fmt, out, err, raw_in, signals)
    except (_Interrupted, KeyboardInterrupt):  # before any output was opened
        _say(err, "paper-parser: interrupted; nothing was written")
        return _EXIT_INTERRUPTED
    finally:
        signals.restore()


def _run_with(
    args: argparse.Namespace,
    fmt: str,
    out: IO[str],
    err: IO[str],
    raw_in: IO[bytes],
    signals: _Signals,
) -> int:
    if args.output:
        outputs = [args.output] + ([pages_path(args.output)] if fmt == "parquet" else [])
        for output in outputs:
            same = _output_is_input(output, args.inputs, raw_in)
            if same is not None:
                return _refuse_same(output, same, err)
    try:
        with signals.deferred():  # a temporary file made is a temporary file abandoned
            writer = _open_writer(args, fmt, out)
    except InputError as exc:  # the parquet extra is missing
        _say(err, f"paper-parser: {exc}")
        return _EXIT_INPUT
    except OutputError as exc:
        _say(err, f"paper-parser: {exc}")
        return _EXIT_FAILED
    progress = _progress(args, err)
    try:
        signals.check()
        results = _ordered(_tasks(args, fmt, raw_in, writer.avoid), args.jobs)
        with contextlib.closing(results):
            status = _pump(results, writer, progress, signals, err)
        signals.hold()
        writer.finish()
    except BaseException as exc:
        signals.hold()
        progress.close()
        return _stopped(exc, writer, progress.pages, signals, err)
    progress.close()
    if progress.pages > 1 and not args.quiet:
        _say(err, f"paper-parser: {progress.pages} pages, {progress.failed} failed")
    return status


def _progress(args: argparse.Namespace, err: IO[str]) -> _Progress:
    """The run's progress: on when asked, else when standard error is a terminal; never with
    ``--quiet``. The bar's total is counted first (a walk of the inputs: cheap beside
    parsing them)."""
    enabled = not args.quiet and (args.progress if args.progress is not None else _isatty(err))
    total = sum(1 for _ in _expand(args.inputs)) if enabled else None
    return _Progress(err, enabled, total)


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, OSError, ValueError):
        return False


def _pump(
    results: Iterator[list[_Out]],
    writer: _LineWriter | _ParquetOut,
    progress: _Progress,
    signals: _Signals,
    err: IO[str],
) -> int:
    """Write the records as they come; the status of the inputs (0, or 2 when any failed)."""
    status = 0
    for outs in results:
        failed = False
        for o in outs:
            if o.error is not None:
                failed = True
                progress.say(f"paper-parser: {o.error}")
        for warning in dict.fromkeys(w for o in outs for w in o.warnings):  # once per page
            progress.say(f"paper-parser: warning: {warning}")
        with signals.deferred():  # a signal now takes effect after the record, not inside it
            for o in outs:
                writer.add(o)
            progress.tick(failed)
        signals.check()
        status = _EXIT_INPUT if failed else status
    return status


def _stopped(
    exc: BaseException,
    writer: _LineWriter | _ParquetOut,
    pages: int,
    signals: _Signals,
    err: IO[str],
) -> int:
    """End a run that did not finish: keep what was written, say where, give the status."""
    interrupted = isinstance(exc, _Interrupted | KeyboardInterrupt) or (
        isinstance(exc, BrokenExecutor) and bool(signals.received)  # the workers got it too
    )
    failed = isinstance(exc, OutputError)
    kept = writer.abandon(failed=failed)
    if kept is not None:
        where = f"; the {writer.records} records written are in {kept} ({writer.name} is unchanged)"
    elif isinstance(writer, _LineWriter) and writer.target is None:
        where = "; the output so far is valid"
    else:
        where = f"; {writer.name} is unchanged"
    if interrupted:
        _say(err, f"paper-parser: interrupted after {pages} pages{where}")
        return _EXIT_INTERRUPTED
    if isinstance(exc, _BrokenPipe):
        return _EXIT_PIPE  # quietly, as cat
    if failed:
        _say(err, f"paper-parser: {exc}{where if kept is not None else ''}")
        return _EXIT_FAILED
    if isinstance(exc, BrokenExecutor):
        _say(err, f"paper-parser: a worker process died (out of memory?){where}")
        return _EXIT_FAILED
    raise exc
