"""The ``paper-parser`` command: parse newspaper pages and print records.

A thin shell around the library: it finds input files, reads and decodes them, calls
:func:`paper_parser.parse_issue` and writes records made by :func:`paper_parser.to_dict`.
All parsing logic lives in the library.

Usage::

    paper-parser [options] FILE|DIR|GLOB|- ...
    paper-parser view FILE [-o page.html]

Inputs: a file; a directory (every ``*.txt`` below it, recursively, in sorted order); a glob
pattern (``'archive/2021-*/**/*.txt'``, expanded by the command itself so it works without a
shell); ``-`` for standard input. Output: indented JSON documents (the default), JSON Lines
(``--jsonl``) or Parquet (``--format parquet``, needs the ``parquet`` extra); one record per
page, or one per article with ``--per-article``; ``-o FILE`` writes to a file.

Records come out in input order whatever ``--jobs`` is. A page that cannot be read or parsed
becomes an error record (``"type": "Error"``) in the output plus one line on standard error,
and the run goes on. Every record is written with one ``write`` call and flushed, so an
interrupted run (Ctrl-C, ``kill``) leaves a valid JSON Lines file of the pages finished.

Exit status: 0 when every page was parsed, 2 when any input failed or the arguments are
wrong, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import codecs
import concurrent.futures
import contextlib
import glob
import json
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, Any, NamedTuple

from paper_parser.segment import parse_issue
from paper_parser.serialize import SCHEMA_VERSION, to_dict

__all__ = [
    "InputError",
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
    "read_page",
    "safe_records",
]

_GLOB_CHARS = frozenset("*?[")


class InputError(Exception):
    """An input that cannot be read; the message is the one line shown to the user."""


# --- records ---------------------------------------------------------------------------------


def page_record(name: str, text: str) -> dict[str, Any]:
    """The record of one page: :func:`~paper_parser.to_dict` of its issue plus ``file``.

    >>> record = page_record("demo.txt", "新华时评\\n\\n整治欠薪 政府国企要“门前清”\\n\\n正文。\\n")
    >>> record["type"], record["file"], len(record["articles"])
    ('Issue', 'demo.txt', 1)
    """
    record = to_dict(parse_issue(text))
    return {
        "schema_version": record.pop("schema_version"),
        "type": record.pop("type"),
        "file": name,
        **record,
    }


def page_records(name: str, text: str, *, per_article: bool = False) -> list[dict[str, Any]]:
    """The records of one page: one per page, or with ``per_article`` one per article.

    Article records carry ``file`` and ``article_index`` (0-based, in page order).
    """
    if not per_article:
        return [page_record(name, text)]
    out = []
    for index, article in enumerate(parse_issue(text).articles):
        record = to_dict(article)
        out.append(
            {
                "schema_version": record.pop("schema_version"),
                "type": record.pop("type"),
                "file": name,
                "article_index": index,
                **record,
            }
        )
    return out


def error_record(name: str, reason: str) -> dict[str, Any]:
    """The record written for a page that could not be read or parsed."""
    return {"schema_version": SCHEMA_VERSION, "type": "Error", "file": name, "error": reason}


def decode_page(data: bytes, name: str, encoding: str = "utf-8") -> str:
    """Decode the bytes of one page.

    Raises:
        InputError: with a one-line message naming ``name``, when the bytes are binary (a NUL
            byte, except in UTF-16/32) or not valid in ``encoding`` (with the byte offset).
    """
    nul = data.find(b"\x00")
    if nul >= 0 and not encoding.startswith(("utf-16", "utf-32")):
        raise InputError(f"{name}: binary file (NUL byte at offset {nul})")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        hint = "" if encoding != "utf-8" else " (try --encoding gb18030)"
        raise InputError(f"{name}: not valid {encoding} at byte offset {exc.start}{hint}") from None


def read_page(path: str, encoding: str = "utf-8") -> str:
    """Read and decode one page file.

    Raises:
        InputError: with a one-line message naming the file (and the byte offset of bad
            encoding) when the file is missing, a directory, unreadable, undecodable or
            not text (contains NUL bytes).
    """
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode_page(data, path, encoding)


class _Task(NamedTuple):
    """One page to do: read from the file ``name`` unless ``text`` or ``error`` is given."""

    name: str
    text: str | None
    error: str | None
    encoding: str
    per_article: bool
    fmt: str  # "json", "jsonl" or "parquet"


class _Out(NamedTuple):
    """One record, made ready for output where it was made (in the worker)."""

    error: str | None  # the reason, for an error record
    line: str | None  # the rendered JSON (json and jsonl output)
    record: dict[str, Any] | None  # the record itself (parquet output)


def _render(record: dict[str, Any], fmt: str) -> _Out:
    error = record["error"] if record["type"] == "Error" else None
    if fmt == "parquet":
        return _Out(error, None, record)
    indent = None if fmt == "jsonl" else 2
    return _Out(error, json.dumps(record, ensure_ascii=False, indent=indent) + "\n", None)


def safe_records(name: str, text: str, *, per_article: bool = False) -> list[dict[str, Any]]:
    """:func:`page_records`, with an error record in place of an unexpected exception.

    The parsers never raise on text; this is the archive run's guard against a bug, so that
    one page cannot stop a run over millions.
    """
    try:
        return page_records(name, text, per_article=per_article)
    except Exception as exc:  # a parser bug must not stop an archive run
        return [error_record(name, f"internal error: {type(exc).__name__}: {exc}")]


def file_records(
    path: str, encoding: str = "utf-8", *, per_article: bool = False
) -> list[dict[str, Any]]:
    """The records of the page stored at ``path``, or its error record; never raises.

    >>> file_records("/nonexistent/page.txt")[0]["error"]
    '/nonexistent/page.txt: no such file'
    """
    try:
        text = read_page(path, encoding)
    except InputError as exc:
        return [error_record(path, str(exc))]
    return safe_records(path, text, per_article=per_article)


def _work(task: _Task) -> list[_Out]:
    """Read, parse and render one page (in a worker process when ``--jobs`` > 1).

    Rendering the JSON here, not in the main process, keeps the main process from becoming
    the bottleneck of a parallel run.
    """
    if task.error is not None:
        records = [error_record(task.name, task.error)]
    elif task.text is not None:
        records = safe_records(task.name, task.text, per_article=task.per_article)
    else:
        records = file_records(task.name, task.encoding, per_article=task.per_article)
    return [_render(record, task.fmt) for record in records]


# --- inputs ----------------------------------------------------------------------------------


def is_glob(pattern: str) -> bool:
    """Whether ``pattern`` has glob characters (``*``, ``?``, ``[``)."""
    return not _GLOB_CHARS.isdisjoint(pattern)


def glob_files(pattern: str) -> list[str]:
    """The files (not directories) matching ``pattern``, sorted; ``**`` is recursive."""
    return sorted(m for m in glob.glob(pattern, recursive=True) if os.path.isfile(m))


def expand_inputs(items: Iterable[str]) -> Iterator[str]:
    """File paths for the command-line inputs, in a deterministic order.

    Directories give every ``*.txt`` file below them (sorted); arguments with glob
    characters that are not an existing path are expanded (sorted, ``**`` recursive);
    anything else, including ``-`` and missing files, is passed through so that it is
    reported.
    """
    for item in items:
        p = Path(item)
        if item != "-" and p.is_dir():
            yield from sorted(str(f) for f in p.rglob("*.txt") if f.is_file())
        elif item != "-" and not p.exists() and is_glob(item):
            matches = glob_files(item)
            yield from matches or [item]  # a pattern matching nothing is reported as missing
        else:
            yield item


def _ordered(tasks: Iterator[_Task], jobs: int) -> Iterator[list[_Out]]:
    """Results of :func:`_work` in task order, with at most a few tasks in flight."""
    if jobs <= 1:
        for task in tasks:
            yield _work(task)
        return
    window: deque[concurrent.futures.Future[list[_Out]]] = deque()
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
        try:
            for task in tasks:
                window.append(pool.submit(_work, task))
                if len(window) >= 4 * jobs:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
        finally:
            for future in window:
                future.cancel()


# --- output ----------------------------------------------------------------------------------


class _Sink:
    """Writes whole records; each one with a single write so a kill never cuts a line."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        try:
            self._fd: int | None = stream.fileno()
            stream.flush()
        except (AttributeError, OSError, ValueError):
            self._fd = None

    def write(self, chunk: str) -> None:
        if self._fd is None:
            self._stream.write(chunk)
            self._stream.flush()
            return
        data = memoryview(chunk.encode("utf-8"))
        while data:
            written = os.write(self._fd, data)
            data = data[written:]


def _parquet_writer(path: str) -> Any:
    try:
        import pyarrow  # type: ignore[import-untyped, import-not-found, unused-ignore]  # noqa: F401
    except ImportError:
        raise InputError(
            "--format parquet needs pyarrow: pip install 'paper-parser[parquet]'"
        ) from None
    return _ParquetOut(path)


class _ParquetOut:
    """Parquet output: a few flat columns plus the full record as JSON, in row groups."""

    COLUMNS = ("file", "type", "article_index", "headline", "date", "paper_name", "error", "record")

    def __init__(self, path: str) -> None:
        import pyarrow as pa  # type: ignore[import-untyped, import-not-found, unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped, import-not-found, unused-ignore]

        self._pa = pa
        self._schema = pa.schema(
            [(c, pa.int64() if c == "article_index" else pa.string()) for c in self.COLUMNS]
        )
        self._writer = pq.ParquetWriter(path, self._schema)
        self._rows: list[dict[str, Any]] = []

    def add(self, record: dict[str, Any]) -> None:
        masthead = record.get("masthead") or {}
        headline = record.get("headline") or {}
        self._rows.append(
            {
                "file": record.get("file"),
                "type": record.get("type"),
                "article_index": record.get("article_index"),
                "headline": headline.get("text"),
                "date": (masthead.get("date") or {}).get("value"),
                "paper_name": (masthead.get("paper_name") or {}).get("value"),
                "error": record.get("error"),
                "record": json.dumps(record, ensure_ascii=False),
            }
        )
        if len(self._rows) >= 256:
            self.flush()

    def flush(self) -> None:
        if self._rows:
            table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
            self._writer.write_table(table)
            self._rows = []

    def close(self) -> None:
        self.flush()
        self._writer.close()


class _Progress:
    """A one-line page counter on standard error, only when it is a terminal."""

    def __init__(self, stream: IO[str], enabled: bool) -> None:
        self._stream = stream
        self._enabled = enabled
        self.pages = 0
        self.failed = 0

    def tick(self, failed: bool) -> None:
        self.pages += 1
        self.failed += failed
        if self._enabled:
            self._stream.write(f"\r{self.pages} pages, {self.failed} failed")
            self._stream.flush()

    def close(self) -> None:
        if self._enabled and self.pages:
            self._stream.write("\n")


# --- command line ----------------------------------------------------------------------------


def _encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {name!r}") from None


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs needs a number, not {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("--jobs must be at least 1")
    return n


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``paper-parser`` (exposed for the docs and tests)."""
    parser = argparse.ArgumentParser(
        prog="paper-parser",
        description="Parse the plain text of Chinese newspaper pages and print one record "
        "per page (or per article). 'paper-parser view FILE -o page.html' draws a page.",
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="page files, directories, globs; - for stdin"
    )
    fmt = parser.add_mutually_exclusive_group()
    fmt.add_argument("--jsonl", action="store_true", help="JSON Lines: one line per record")
    fmt.add_argument(
        "--format",
        choices=("json", "jsonl", "parquet"),
        default=None,
        help="output format (default json: indented documents)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")
    parser.add_argument(
        "--per-article", action="store_true", help="one record per article instead of per page"
    )
    parser.add_argument("-j", "--jobs", type=_jobs, default=1, help="worker processes (default 1)")
    parser.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        help="encoding of the input files, e.g. gb18030 or gbk (default utf-8)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="page counter on stderr (default: when stderr is a terminal)",
    )
    return parser


def _view_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="paper-parser view",
        description="Render a parsed page as one self-contained HTML file.",
    )
    parser.add_argument("file", metavar="FILE", help="page text file; - for stdin")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")
    parser.add_argument("--encoding", type=_encoding, default="utf-8")
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
    parser = _view_parser() if view else build_parser()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(args_list[1:] if view else args_list)
    except SystemExit as exc:  # argparse printed its usage and a one-line message
        return 0 if exc.code == 0 else 2
    if view:
        return _view(args, out, err, raw_in)
    fmt = "jsonl" if args.jsonl else (args.format or "json")
    if fmt == "parquet" and not args.output:
        print("paper-parser: --format parquet needs -o FILE", file=err)
        return 2
    return _run(args, fmt, out, err, raw_in)


def _read_stdin(raw_in: IO[bytes], encoding: str) -> str:
    return decode_page(raw_in.read(), "<stdin>", encoding)


def _view(args: argparse.Namespace, out: IO[str], err: IO[str], raw_in: IO[bytes]) -> int:
    from paper_parser.html import render_html

    try:
        if args.file == "-":
            text = _read_stdin(raw_in, args.encoding)
        else:
            text = read_page(args.file, args.encoding)
    except InputError as exc:
        print(f"paper-parser: {exc}", file=err)
        return 2
    page = render_html(parse_issue(text), text)
    if args.output:
        Path(args.output).write_text(page, encoding="utf-8")
    else:
        out.write(page)
    return 0


def _run(args: argparse.Namespace, fmt: str, out: IO[str], err: IO[str], raw_in: IO[bytes]) -> int:
    progress = _Progress(err, args.progress if args.progress is not None else err.isatty())
    handle: IO[str] | None = None
    parquet: _ParquetOut | None = None
    sink: _Sink | None = None
    try:
        if fmt == "parquet":
            parquet = _parquet_writer(args.output)
        elif args.output:
            handle = open(args.output, "w", encoding="utf-8")  # noqa: SIM115 - closed below
            sink = _Sink(handle)
        else:
            sink = _Sink(out)
    except (InputError, OSError) as exc:
        print(f"paper-parser: {exc}", file=err)
        return 2

    def tasks() -> Iterator[_Task]:
        stdin: _Task | None = None
        for path in expand_inputs(args.inputs):
            if path != "-":
                yield _Task(path, None, None, args.encoding, args.per_article, fmt)
                continue
            if stdin is None:  # standard input is read once, in its place in the order
                try:
                    text, error = _read_stdin(raw_in, args.encoding), None
                except InputError as exc:
                    text, error = None, str(exc)
                stdin = _Task("<stdin>", text, error, args.encoding, args.per_article, fmt)
            yield stdin

    # Signals only raise a flag; the run stops between records, so no record is cut.
    stop: list[int] = []

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.append(signum)

    old_handlers: dict[int, Any] = {}
    with contextlib.suppress(ValueError):  # not the main thread: leave signals alone
        for sig in (signal.SIGINT, signal.SIGTERM):
            old_handlers[sig] = signal.signal(sig, on_signal)
    status = 0
    try:
        for outs in _ordered(tasks(), args.jobs):
            failed = any(o.error is not None for o in outs)
            for o in outs:
                if o.error is not None:
                    print(f"paper-parser: {o.error}", file=err)
                if parquet is not None and o.record is not None:
                    parquet.add(o.record)
                elif sink is not None and o.line is not None:
                    sink.write(o.line)
            progress.tick(failed)
            status = 2 if failed else status
            if stop:
                break
    except (KeyboardInterrupt, concurrent.futures.process.BrokenProcessPool):
        stop.append(int(signal.SIGINT))
    finally:
        for signum, old in old_handlers.items():
            signal.signal(signum, old)
        if parquet is not None:
            parquet.close()
        if handle is not None:
            handle.close()
    progress.close()
    if stop:
        print(
            f"paper-parser: interrupted after {progress.pages} pages; the output so far is valid",
            file=err,
        )
        return 130
    if progress.pages > 1:
        print(f"paper-parser: {progress.pages} pages, {progress.failed} failed", file=err)
    return status
