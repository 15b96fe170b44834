"""Parse an archive on Dask: a bag of page records, one per file.

Install the extra with ``pip install "paper-parser[dask]"``. This module imports Dask only
inside :func:`parsed_bag`, so ``import paper_parser.dask`` works without it, and the record
functions (:func:`file_record`, :func:`bytes_record`) serve any engine (Spark, Ray,
``multiprocessing``): they are pure, top-level (so picklable) functions returning plain,
picklable, JSON-ready dicts: the very records the ``paper-parser`` command prints, built by
:func:`paper_parser.records.page_record`. Dask does the scheduling; paper_parser has none of
its own. (PDFs are many pages each: use :func:`paper_parser.records.pdf_records`.)

A file that cannot be read or decoded, is not a regular file (a FIFO is never opened for
reading, so it cannot block a worker) or is larger than
:data:`paper_parser.records.DEFAULT_MAX_PAGE_BYTES` (20 MB) gives an error record instead of an
exception, so one bad page never stops a run:

>>> bytes_record("bad.txt", b"abc\\xff")["error"]
'bad.txt: not valid utf-8 at byte offset 3 (try --encoding gb18030)'
>>> bytes_record("page.txt", "浙江工人日报\\n".encode())["type"]
'Issue'
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from typing import Any

from paper_parser import cli, records

__all__ = ["bytes_record", "file_record", "parsed_bag", "resolve_paths"]


def bytes_record(
    name: str, data: bytes, *, max_bytes: int | None = records.DEFAULT_MAX_PAGE_BYTES
) -> dict[str, Any]:
    """The record of one page given its raw bytes (UTF-8), or an error record.

    For engines that hand over file contents (Spark's ``binaryFiles``). Gives the same
    record as :func:`file_record` (and the CLI) for a file with these bytes.

    Args:
        name: The file name to put in the record (as the CLI does: the path as given).
        data: The file's bytes.
        max_bytes: Larger pages give an error record without being parsed, as with the
            CLI's ``--max-page-bytes`` (``None`` or 0: no limit).

    Returns:
        ``paper_parser.records.page_record(name, text)``, or
        ``paper_parser.records.error_record``
        when the bytes are too many, binary (a NUL byte), UTF-16/32 or not UTF-8.

    >>> bytes_record("big.txt", b"x" * 11, max_bytes=10)["error"]
    'big.txt: larger than --max-page-bytes (10 bytes); not parsed'
    """
    if max_bytes and len(data) > max_bytes:
        return records.error_record(
            name, f"{name}: larger than --max-page-bytes ({max_bytes:,} bytes); not parsed"
        )
    try:
        text = records.decode_page(data, name)
    except records.InputError as exc:
        return records.error_record(name, str(exc))
    return records.safe_records(name, text)[0]


def file_record(
    path: str | os.PathLike[str], *, max_bytes: int | None = records.DEFAULT_MAX_PAGE_BYTES
) -> dict[str, Any]:
    """The record of the page stored at ``path`` (UTF-8), exactly as the CLI makes it.

    A file that cannot be read or decoded, is not a regular file or has more than
    ``max_bytes`` bytes gives the CLI's error record:

    >>> file_record("/nonexistent/page.txt")["error"]
    '/nonexistent/page.txt: no such file'
    """
    return records.file_records(os.fspath(path), max_bytes=max_bytes)[0]


def resolve_paths(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
) -> list[str]:
    """The files a :func:`parsed_bag` call will read, in order.

    A string with ``*``, ``?`` or ``[`` is a glob (``**`` descends into directories, following
    links but never into a directory already walked, so a link loop ends) and its matches are
    sorted, so the order never depends on the file system; any other string or path is one
    file; an iterable of paths is kept in the order given. Matches that are not regular files
    (a FIFO) are kept, so that their records report them.

    >>> from pathlib import Path
    >>> resolve_paths(["b.txt", Path("a.txt")])
    ['b.txt', 'a.txt']
    >>> resolve_paths("/nonexistent/*.txt")
    []
    """
    if isinstance(paths_or_glob, str | os.PathLike):
        pattern = os.fspath(paths_or_glob)
        return cli.glob_files(pattern) if cli.is_glob(pattern) else [pattern]
    return [os.fspath(p) for p in paths_or_glob]


def parsed_bag(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
) -> Any:
    """A ``dask.bag.Bag`` of page records, one per file (whole files, not lines).

    Args:
        paths_or_glob: A glob such as ``"archive/**/*.txt"``, one path, or a list of paths
            (see :func:`resolve_paths` for the order).
        npartitions: How many partitions to split the files into (Dask's default when
            ``None``).

    Returns:
        A lazy ``dask.bag.Bag``; each element is :func:`file_record` of one file, in the order
        of :func:`resolve_paths`. Compute it with any Dask scheduler.

    Raises:
        ImportError: When Dask is not installed (``pip install "paper-parser[dask]"``).
    """
    try:
        bag = importlib.import_module("dask.bag")
    except ImportError as exc:
        raise ImportError('paper_parser.dask needs Dask: pip install "paper-parser[dask]"') from exc
    paths = resolve_paths(paths_or_glob)
    return bag.from_sequence(paths, npartitions=npartitions).map(file_record)
