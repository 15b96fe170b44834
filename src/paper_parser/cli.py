"""The ``paper-parser`` command: parse newspaper pages and print records.

A thin shell around the library: it parses the arguments, finds the input files, hands each
to a worker and writes what comes back. The records themselves (reading and decoding a page,
parsing it, the envelope, error records, PDF pages) are made by :mod:`paper_parser.records`.

Usage::

    paper-parser [options] FILE|DIR|GLOB|- ...
    paper-parser view FILE [--page N] [-o page.html]
    paper-parser --version

Inputs: a file; a directory (every ``*.txt`` and ``*.pdf`` below it, recursively, in sorted
order); a glob pattern (``'archive/2021-*/**/*.txt'``, expanded by the command itself so it
works without a shell); ``-`` for standard input. Walks follow links to directories but never
into a directory already walked, so a link loop ends. An input that gives no page (an empty
directory, a directory of ``.TXT`` files, a glob matching nothing) is reported as an error.
A text file is one page. A PDF (a name ending in ``.pdf``, any case; the ``pdf`` extra) gives
one record per page, read, parsed and written one page at a time, with the page's number and
size and the boxes every article is printed in (:func:`paper_parser.records.pdf_records`).
Output: indented JSON documents (the default) or JSON Lines (``--jsonl``), one record per page
or with ``--per-article`` one per article; the articles table as Parquet (``--format
parquet -o FILE``: :func:`paper_parser.tables.to_arrow`'s table, one row per article, and the
pages table beside it as ``FILE`` with ``.pages.parquet`` for ``.parquet``; needs the
``arrow`` extra); a TEI P5 ``teiCorpus`` (``--format tei``) or impresso-style content items
as JSON Lines (``--format impresso``); ``-o FILE`` writes to a file. ``--encoding auto``
tells UTF-8, GB18030, Big5 and UTF-16 apart page by page (the ``encoding`` extra). A
progress bar (pages/s and time left; tqdm, the ``progress`` extra) is drawn on standard
error when it is a terminal; ``--quiet`` switches it and the closing summary off.

Records come out in input order, and the same, whatever ``--jobs`` is (a PDF is cut into
parts of a few pages, each one task). A page that cannot be read or parsed
(missing, not a regular file, larger than ``--max-page-bytes``, not text in the
``--encoding``; a PDF that is encrypted or damaged, a PDF page with no text layer) becomes an
error record (``"type": "Error"``) in the output plus one line on standard error, and the run
goes on.
Every record is written whole: ``-o FILE`` is written as a temporary file beside ``FILE``
and renamed onto it when the run ends, so ``FILE`` is never half written; an interrupted
run leaves the temporary file (whole records only) and says where.
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
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from pathlib import Path
from types import FrameType, MappingProxyType
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from paper_parser._version import __version__
from paper_parser.records import (
    DEFAULT_MAX_PAGE_BYTES,
    InputError,
    decode_page,
    error_record,
    file_records,
    is_pdf,
    parse_page,
    pdf_page_count,
    pdf_page_records,
    pdf_pages,
    read_page,
    safe_records,
)
from paper_parser.segment import Issue
from paper_parser.tables import article_rows, page_row, pages_schema

if TYPE_CHECKING:
    from paper_parser.pdf import PdfPage

__all__ = [
    "OutputError",
    "build_parser",
    "expand_inputs",
    "glob_files",
    "is_glob",
    "main",
    "pages_path",
]

_GLOB_CHARS = frozenset("*?[")
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_Identity = tuple[int, int]  # (st_dev, st_ino): one file, whatever the path or link to it
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_EXIT_FAILED, _EXIT_INPUT, _EXIT_INTERRUPTED = 1, 2, 130
_EXIT_PIPE = 128 + 13  # SIGPIPE


class OutputError(Exception):
    """The output cannot be written; the message is the one line shown to the user."""


class _Interrupted(BaseException):
    """SIGINT or SIGTERM. A BaseException, so no ``except Exception`` on the way can hold it."""


class _BrokenPipe(Exception):
    """The reader of standard output went away."""


# --- work ------------------------------------------------------------------------------------


class _Task(NamedTuple):
    """One input to do: read from the file ``name`` unless ``text`` or ``error`` is given.

    A text file is one page; a PDF (``*.pdf``) is as many pages as it has.
    """

    name: str
    text: str | None
    error: str | None
    encoding: str
    per_article: bool
    fmt: str  # "json", "jsonl", "parquet", "tei" or "impresso"
    max_bytes: int | None
    avoid: frozenset[_Identity]  # the output file(s): never read as a page
    position: int = 0  # the input's position in the run (TEI ids)
    pages: tuple[int, int] | None = None  # a PDF's pages (first, last) when it is cut in parts


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


class _PageIds(NamedTuple):
    """How one page is named in the tables, TEI and impresso outputs."""

    table: str  # page_id of the Parquet tables and of TEI
    impresso: str  # the page part of impresso item ids
    tei_prefix: str  # put before every xml:id of the page's <TEI>
    number: int | None = None  # the page's number in its PDF


def _page_ids(task: _Task, number: int | None = None) -> _PageIds:
    """A text page is named by its file (impresso: without ``.txt``); page 3 of
    ``a.pdf`` is ``a.pdf#page=3`` (impresso: ``a-p0003``)."""
    if number is None:
        return _PageIds(
            task.name, task.name.removesuffix(".txt") or task.name, f"p{task.position}-"
        )
    stem = task.name[: -len(".pdf")] if is_pdf(task.name) else task.name
    return _PageIds(
        f"{task.name}#page={number}", f"{stem}-p{number:04d}", f"p{task.position}.{number}-", number
    )


def _error_row(ids: _PageIds, error: str) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(pages_schema().names)
    row.update(page_id=ids.table, page_number=ids.number)
    row.update(phones=[], slogans=[], masthead_warnings=[], other=[])
    row.update(warnings=[], error=error)
    return row


def _render_issue(task: _Task, ids: _PageIds, issue: Issue, notes: list[str]) -> _Out:
    """One parsed page as Parquet rows, a ``<TEI>`` element or impresso content items."""
    shown = tuple(f"{task.name}: {w}" for w in notes)
    if task.fmt == "parquet":
        rows = (
            article_rows(issue, ids.table, page_number=ids.number),
            page_row(issue, ids.table, notes, page_number=ids.number),
        )
        return _Out(None, shown, None, rows)
    if task.fmt == "tei":
        from paper_parser.tei import tei_element

        element = tei_element(issue, page_id=ids.table, id_prefix=ids.tei_prefix)
        return _Out(None, shown, element + "\n")
    from paper_parser.impresso import content_items

    items = content_items(issue, page_id=ids.impresso)
    lines = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
    return _Out(None, shown, lines or None)


def _failed(task: _Task, ids: _PageIds, reason: str) -> _Out:
    """The output of a page that failed (read or parse), in a table, TEI or impresso run."""
    no_articles: list[dict[str, Any]] = []
    rows = (no_articles, _error_row(ids, reason)) if task.fmt == "parquet" else None
    return _Out(reason, (), None, rows)


def _work_page(task: _Task, text: str | None, error: str | None) -> _Out:
    """One text page in a table, TEI or impresso run, or the output of its failure."""
    ids = _page_ids(task)
    if error is None and text is not None:
        try:
            return _render_issue(task, ids, *parse_page(text))
        except Exception as exc:  # a parser bug must not stop an archive run
            error = f"{task.name}: internal error: {type(exc).__name__}: {exc}"
    return _failed(task, ids, error or f"{task.name}: not read")


def _work(task: _Task) -> list[_Out]:
    """Read, parse and render one text page (in a worker process when ``--jobs`` > 1).

    Rendering the JSON here, not in the main process, keeps the main process from becoming
    the bottleneck of a parallel run.
    """
    if task.fmt in ("parquet", "tei", "impresso"):
        text, error = task.text, task.error
        if error is None and text is None:
            try:
                text = read_page(task.name, task.encoding, max_bytes=task.max_bytes)
            except InputError as exc:
                error = str(exc)
        return [_work_page(task, text, error)]
    if task.error is not None:
        records = [error_record(task.name, task.error)]
    elif task.text is not None:
        records = safe_records(task.name, task.text, per_article=task.per_article)
    else:
        records = file_records(
            task.name,
            task.encoding,
            per_article=task.per_article,
            max_bytes=task.max_bytes,
            avoid=task.avoid,
        )
    return [_render(record, task.fmt) for record in records]


def _pdf_page_out(task: _Task, page: PdfPage) -> list[_Out]:
    """The output of one PDF page; an unexpected exception becomes the page's error."""
    try:
        if task.fmt in ("json", "jsonl"):
            records = pdf_page_records(task.name, page, per_article=task.per_article)
            return [_render(record, task.fmt) for record in records]
        from paper_parser.pdf import line_roles

        issue, notes = parse_page(page.text, line_roles=line_roles(page))
        return [_render_issue(task, _page_ids(task, page.number), issue, notes)]
    except Exception as exc:  # a parser bug must not stop an archive run
        reason = f"{task.name}: page {page.number}: internal error: {type(exc).__name__}: {exc}"
        return _pdf_failed(task, error_record(task.name, reason, page_number=page.number))


def _pdf_failed(task: _Task, record: dict[str, Any]) -> list[_Out]:
    if task.fmt in ("json", "jsonl"):
        return [_render(record, task.fmt)]
    return [_failed(task, _page_ids(task, record.get("page_number")), record["error"])]


def _work_pages(task: _Task) -> Iterator[list[_Out]]:
    """The outputs of one input, page by page: a text file is one page; a PDF is read,
    parsed and rendered one page at a time (memory does not grow with the document)."""
    if task.error is not None or task.text is not None or not is_pdf(task.name):
        yield _work(task)
        return
    for item in pdf_pages(task.name, max_bytes=task.max_bytes, avoid=task.avoid, pages=task.pages):
        if isinstance(item, dict):
            yield _pdf_failed(task, item)
        else:
            yield _pdf_page_out(task, item)


def _work_all(tasks: tuple[_Task, ...]) -> list[list[_Out]]:
    """:func:`_work_pages` of a few tasks, collected: the unit of work of a worker process."""
    return [outs for task in tasks for outs in _work_pages(task)]


#: The most text pages sent to a worker at once (see :func:`_batches`).
_BATCH_PAGES = 8


def _batches(tasks: Iterator[_Task]) -> Iterator[tuple[_Task, ...]]:
    """The tasks in order, in batches for the workers: a PDF alone, text pages a few at once.

    Sending a worker one short page at a time costs about as much in messages as the page
    costs to parse; a batch pays that once for several. The batches start at one page and
    double up to :data:`_BATCH_PAGES`, so a run of a few files still spreads over the workers.
    """
    size = 1
    batch: list[_Task] = []
    for task in tasks:
        if task.error is None and task.text is None and is_pdf(task.name):
            if batch:
                yield tuple(batch)
                batch = []
            yield (task,)
            continue
        batch.append(task)
        if len(batch) >= size:
            yield tuple(batch)
            batch = []
            size = min(2 * size, _BATCH_PAGES)
    if batch:
        yield tuple(batch)


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
    """Every ``*.txt`` and ``*.pdf`` below the directory ``top`` (sorted), and directories
    not listed; a directory with no page below it is reported (as an error of ``top``)."""
    pages: list[str] = []
    other_case: list[str] = []  # A.TXT, b.Pdf: pages, but not matched by *.txt or *.pdf
    files = 0
    for listing in _walk(top, hidden=True):
        if listing.error is not None:
            yield listing.path, listing.error
        for e in listing.entries:
            if _is_dir(e):
                continue
            files += 1
            if e.name.endswith((".txt", ".pdf")):
                pages.append(_join(listing.path, e.name))
            elif e.name.lower().endswith((".txt", ".pdf")):
                other_case.append(_join(listing.path, e.name))
    if not pages:
        yield top, _no_page(top, files, sorted(other_case))
    for page in sorted(pages):
        yield page, None


def _no_page(top: str, files: int, other_case: list[str]) -> str:
    """Why the directory ``top`` gives no page, and what to type instead.

    >>> _no_page("archive", 3, ["archive/A.TXT"])
    "archive: no page (*.txt, *.pdf) below it; 1 file ends in another case (archive/A.TXT): \
give a glob such as 'archive/**/*.TXT'"
    """
    if other_case:
        suffix = other_case[0].rsplit(".", 1)[1]
        n = len(other_case)
        return (
            f"{top}: no page (*.txt, *.pdf) below it; {n} file{'s' if n > 1 else ''} "
            f"end{'' if n > 1 else 's'} in another case ({other_case[0]}): give a glob such "
            f"as '{os.path.join(top, '**', '*.' + suffix)}'"
        )
    if files:
        return f"{top}: no page (*.txt, *.pdf) below it ({files} other files); give a glob or files"
    return f"{top}: no page (*.txt, *.pdf) below it: the directory is empty"


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
    """The outputs of the pages in task order (one list per page), with at most a few tasks
    in flight.

    With one job, a PDF's pages come out one by one as they are read. With more, each batch
    of tasks (a few text pages, or one PDF or part of a long PDF: :func:`_batches`,
    :func:`_parts`) is done by a worker, which sends back the rendered outputs of all its
    pages at once. When the caller stops
    early (an interrupt, a write error), the workers are ended at once rather than left to
    finish their pages.
    """
    if jobs <= 1:
        for task in tasks:
            yield from _work_pages(task)
        return
    window: deque[Future[list[list[_Out]]]] = deque()
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)
    try:
        for batch in _batches(tasks):
            window.append(pool.submit(_work_all, batch))
            if len(window) >= 4 * jobs:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
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


_UNITS = MappingProxyType({"": 1, "K": 1000, "M": 1000**2, "G": 1000**3})


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


def _page_number(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"--page needs a page number (1, 2 ...), not {value!r}")
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
        help="a larger file becomes an error record without being parsed (for a PDF: a page "
        "whose text is larger); K, M, G are thousands, millions, billions; 0 for no limit "
        "(default 20M)",
    )


_USAGE = """\
paper-parser [options] INPUT [INPUT ...]
       paper-parser view [--page N] [-o page.html] FILE  (see paper-parser view --help)"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``paper-parser`` (exposed for the docs and tests)."""
    parser = argparse.ArgumentParser(
        prog="paper-parser",
        usage=_USAGE,
        description="Parse Chinese newspaper pages (text files, or PDFs: one page at a time, "
        "with the pdf extra) and print one record per page (or per article), or write the "
        "articles as a table (Parquet), TEI or impresso-style content items. Command 'view' "
        "draws one page as an HTML file; to parse a file named view, write ./view.",
        epilog="Exit status: 0 all pages parsed; 1 the run could not finish (output not "
        "writable, a worker died); 2 an input failed, gave no page, or wrong arguments; "
        "130 interrupted; 141 the reader of standard output went away.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="page files (.txt; .pdf), directories, globs; - for stdin",
    )
    parser.add_argument("--version", action="version", version=f"paper-parser {__version__}")
    fmt = parser.add_mutually_exclusive_group()
    fmt.add_argument("--jsonl", action="store_true", help="JSON Lines: one line per record")
    fmt.add_argument(
        "--format",
        choices=("json", "jsonl", "parquet", "tei", "impresso"),
        default=None,
        help="json: indented documents (default); jsonl; parquet: the articles table to -o "
        "FILE and the pages table beside it (a.parquet: a.pages.parquet); tei: a TEI P5 "
        "teiCorpus; impresso: "
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
    parser.add_argument("file", metavar="FILE", help="page text file or PDF; - for stdin")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")
    parser.add_argument(
        "--page",
        type=_page_number,
        default=1,
        metavar="N",
        help="the page of a PDF to draw (default 1)",
    )
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
        raise InputError(f"<stdin>: larger than --max-page-bytes ({max_bytes:,} bytes); not parsed")
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


def _view_pdf_page(
    path: str, number: int, max_bytes: int | None
) -> tuple[str, tuple[Issue, list[str]]]:
    """The text of page ``number`` of a PDF and its issue (parsed with the lines' roles).

    Raises:
        InputError: the file or the page cannot be read, or the PDF has fewer pages.
    """
    from paper_parser.pdf import line_roles

    count = 0
    for item in pdf_pages(path, max_bytes=max_bytes):
        count += 1
        if isinstance(item, dict):
            if item.get("page_number") in (None, number):
                raise InputError(item["error"])
            continue
        if item.number == number:
            return item.text, parse_page(item.text, line_roles=line_roles(item))
    raise InputError(f"{path}: has {count} page{'s' if count != 1 else ''}, not {number}")


def _view(args: argparse.Namespace, out: IO[str], err: IO[str], raw_in: IO[bytes]) -> int:
    from paper_parser.html import render_html

    if args.output:
        same = _output_is_input(args.output, [args.file], raw_in)
        if same is not None:
            return _refuse_same(args.output, same, err)
    try:
        if args.file == "-":
            text = _read_stdin(raw_in, args.encoding, args.max_page_bytes, frozenset())
            issue, notes = parse_page(text)
        elif is_pdf(args.file):
            text, (issue, notes) = _view_pdf_page(args.file, args.page, args.max_page_bytes)
        else:
            text = read_page(args.file, args.encoding, max_bytes=args.max_page_bytes)
            issue, notes = parse_page(text)
    except InputError as exc:
        _say(err, f"paper-parser: {exc}")
        return _EXIT_INPUT
    except KeyboardInterrupt:
        return _EXIT_INTERRUPTED
    for note in notes:
        _say(err, f"paper-parser: warning: {args.file}: {note}")
    page = render_html(issue, text)
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
    """The inputs of the run, in order; standard input is read once, in its place. A PDF of
    more than :data:`_PDF_PART` pages is cut into parts (:func:`_parts`), so that with
    ``--jobs`` its pages are parsed in parallel too (and the same parts are read with one
    job, so the records do not depend on ``--jobs``)."""
    stdin: _Task | None = None
    for index, (path, error) in enumerate(_expand(args.inputs)):
        if path != "-":
            task = _Task(
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
            yield from _parts(task) if error is None else (task,)
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


#: A PDF is cut into parts of a :data:`_PDF_PARTS`-th of its pages, at least
#: :data:`_PDF_PART` and at most :data:`_PDF_PART_MAX` (a worker sends back the records of a
#: part at once). Each
#: part is read as if the PDF started there, so its first page has no type-size hint from
#: the pages before it (see :func:`paper_parser.records.pdf_pages`; it matters on pages with
#: very little text), and costs one more opening of the file (pdfium's font cache is per
#: opening: 4-page parts made the 135-page real export about 1.3 times slower to read).
_PDF_PART = 4
_PDF_PART_MAX = 32
_PDF_PARTS = 8


def _parts(task: _Task, count: int | None = None) -> Iterator[_Task]:
    """``task``, or for a PDF of more than :data:`_PDF_PART` pages one task per part. The
    parts depend on the number of pages only (never on ``--jobs``), so the records do not
    either.

    >>> task = _Task("a.pdf", None, None, "utf-8", False, "jsonl", None, frozenset())
    >>> [t.pages for t in _parts(task, 20)], [t.pages for t in _parts(task, 41)][:2]
    ([(1, 4), (5, 8), (9, 12), (13, 16), (17, 20)], [(1, 6), (7, 12)])
    >>> [t.pages for t in _parts(task, 1000)][-1]
    (993, 1000)
    """
    if count is None:
        count = pdf_page_count(task.name) if is_pdf(task.name) else None
    if count is None or count <= _PDF_PART:
        yield task
        return
    size = min(_PDF_PART_MAX, max(_PDF_PART, -(-count // _PDF_PARTS)))
    for first in range(1, count + 1, size):
        yield task._replace(pages=(first, min(count, first + size - 1)))


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
    parsing them); with a PDF among them the number of pages is not known in advance, and
    the bar counts pages without a total."""
    enabled = not args.quiet and (args.progress if args.progress is not None else _isatty(err))
    total = None
    if enabled:
        paths = [path for path, _error in _expand(args.inputs)]
        total = None if any(is_pdf(p) for p in paths) else len(paths)
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
    # A signal received is an interrupt whatever surfaced of it: the workers got it too (a
    # broken executor), or it struck inside a call into a C library, which wraps the
    # exception the handler raised (ctypes: ArgumentError "argument 1: _Interrupted").
    interrupted = isinstance(exc, _Interrupted | KeyboardInterrupt) or bool(signals.received)
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
