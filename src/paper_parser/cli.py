"""The ``paper-parser`` command: parse newspaper pages and print JSON.

A thin shell around the library: it reads files (or standard input), decodes them, calls the
parsers and prints the results. All parsing logic lives in the library.

Exit status: 0 when every input was parsed, 2 when any input could not be read (missing file,
a directory, bytes that do not decode) or the arguments are wrong. Errors are one line on
standard error naming the file, never a traceback.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime
import json
import sys
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path
from typing import IO, Any, cast

import attrs

from paper_parser._types import Span
from paper_parser.text import blocks

__all__ = ["main"]

#: Version of the JSON documents the CLI prints; bumped when a field changes meaning.
OUTPUT_SCHEMA = 1


class _InputError(Exception):
    """An input that cannot be read; the message is the one line shown to the user."""


def _jsonable(value: object) -> Any:
    """Turn result objects into JSON-ready data (spans as ``[start, end]``)."""
    if isinstance(value, Span):
        return [value.start, value.end]
    if attrs.has(type(value)):
        return {
            field.name: _jsonable(getattr(value, field.name))
            for field in attrs.fields(cast(Any, type(value)))
            if not field.name.startswith("_")
        }
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, Fraction):
        return str(value) if value.denominator != 1 else value.numerator
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def page_record(name: str, text: str) -> dict[str, Any]:
    """The JSON record the CLI prints for one page.

    >>> record = page_record("demo.txt", "浙江工人日报\\n\\n倾情关注劳动群体\\n")
    >>> record["blocks"]
    [{'span': [0, 6], 'text': '浙江工人日报'}, {'span': [8, 16], 'text': '倾情关注劳动群体'}]
    """
    return {
        "schema": OUTPUT_SCHEMA,
        "file": name,
        "length": len(text),
        "blocks": [{"span": _jsonable(b.span), "text": b.text} for b in blocks(text)],
    }


def _decode(data: bytes, name: str, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        hint = "" if encoding.lower() != "utf-8" else " (try --encoding gb18030)"
        raise _InputError(
            f"{name}: not valid {encoding} at byte offset {exc.start}{hint}"
        ) from None


def _read(path: str, encoding: str, stdin: IO[bytes]) -> tuple[str, str]:
    if path == "-":
        return "<stdin>", _decode(stdin.read(), "<stdin>", encoding)
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise _InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise _InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise _InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise _InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return path, _decode(data, path, encoding)


def _encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {name!r}") from None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``paper-parser`` (exposed for the docs and tests)."""
    parser = argparse.ArgumentParser(
        prog="paper-parser",
        description="Parse the plain text of Chinese newspaper pages and print JSON, "
        "one document per page.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="page text files; - for stdin")
    parser.add_argument(
        "--jsonl", action="store_true", help="print each page as one line (JSON Lines)"
    )
    parser.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        help="encoding of the input files, e.g. gb18030 or gbk (default: utf-8)",
    )
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
        stdout: Where JSON goes (default ``sys.stdout``).
        stderr: Where errors go (default ``sys.stderr``).
        stdin: Bytes read for the file name ``-`` (default ``sys.stdin.buffer``).
    """
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    raw_in = stdin if stdin is not None else sys.stdin.buffer
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse printed its usage and a one-line message
        return 0 if exc.code == 0 else 2
    status = 0
    for path in args.files:
        try:
            name, text = _read(path, args.encoding, raw_in)
        except _InputError as exc:
            print(f"paper-parser: {exc}", file=err)
            status = 2
            continue
        record = page_record(name, text)
        if args.jsonl:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    out.flush()
    return status
