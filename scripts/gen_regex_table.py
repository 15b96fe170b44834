"""Generate ``src/paper_parser/_regex_table.py``: the op codes of every pattern the package
compiles at import, for :mod:`paper_parser._rx`.

Usage::

    python scripts/gen_regex_table.py            # (re)write the table
    python scripts/gen_regex_table.py --check    # exit 1 if the table is not what the
                                                 # installed regex makes of today's patterns

The script imports the package in a fresh interpreter with an empty table, so every pattern
is compiled by :func:`regex.compile`; it watches the last step of each compile (the op codes,
groups and required string handed to the C engine) and writes them, keyed by pattern and
flags, with the ``regex`` release that made them. Run it after changing any pattern or after
upgrading ``regex``; until then the package is correct but slower to import (the table is
only used for the release that built it, and only for patterns it holds exactly).

It does the same for the standard library's engine: the patterns compiled at import with
``_rx.std_compile`` are recorded as what :mod:`re`'s compiler hands ``_sre.compile``, with
the Python release and ``_sre.MAGIC`` that made them.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import types
from array import array
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT_PATH = ROOT / "src" / "paper_parser" / "_regex_table.py"

HEADER = '''"""Op codes of the package's regular expressions (generated: do not edit).

Written by ``scripts/gen_regex_table.py`` with regex {version}; read by
:mod:`paper_parser._rx`, which uses it only with that release of ``regex``. Each entry is
(flags, op codes as unsigned 32-bit integers in {byteorder}-endian bytes, group index,
index group, required-string offset, required characters, required-string flags, group
count): what ``regex`` hands its C engine for the pattern.
"""

# ruff: noqa: E501
# fmt: off
from __future__ import annotations

from types import MappingProxyType
from typing import Final

#: The ``regex`` release (``regex.__version__``) that made these op codes.
REGEX_VERSION: Final = {version!r}
#: The byte order of the op codes below (``sys.byteorder`` of the machine that wrote them).
BYTE_ORDER: Final = {byteorder!r}

#: The Python release and ``_sre.MAGIC`` that made the standard-library op codes.
PYTHON_VERSION: Final = {python!r}
SRE_MAGIC: Final = {magic!r}

#: (pattern, flags) -> what the C engine is given, for every pattern compiled at import.
PATTERNS: Final = MappingProxyType({{
'''


def _stub_table() -> types.ModuleType:
    """An empty table, so that every pattern is compiled by its engine's compiler."""
    stub = types.ModuleType("paper_parser._regex_table")
    stub.REGEX_VERSION = ""  # type: ignore[attr-defined]
    stub.PATTERNS = {}  # type: ignore[attr-defined]
    stub.BYTE_ORDER = sys.byteorder  # type: ignore[attr-defined]
    stub.PYTHON_VERSION = ""  # type: ignore[attr-defined]
    stub.SRE_MAGIC = -1  # type: ignore[attr-defined]
    stub.STD_PATTERNS = {}  # type: ignore[attr-defined]
    return stub


class _StdWatch:
    """Records what re's compiler hands ``_sre.compile`` for the patterns compiled with
    ``_rx.std_compile`` (the package's): a stand-in for the ``_sre`` module of re's compiler."""

    def __init__(self, sre: Any) -> None:
        self.sre = sre
        self.pending: list[tuple[str, int]] = []
        self.found: dict[tuple[str, int], tuple[Any, ...]] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.sre, name)

    def compile(self, pattern: Any, flags: int, code: Any, groups: int, gi: Any, ig: Any) -> Any:
        if isinstance(pattern, str) and self.pending:
            self.found[self.pending[-1]] = (
                int(flags),
                array("I", code).tobytes(),
                groups,
                tuple(sorted(gi.items())),
                tuple(ig),
            )
        return self.sre.compile(pattern, flags, code, groups, gi, ig)

    def wrap(self, std_compile: Any) -> Any:
        def watched(pattern: str, flags: int = 0) -> Any:
            self.pending.append((pattern, int(flags)))
            re.purge()  # compiled here, not taken from re's cache
            try:
                return std_compile(pattern, flags)
            finally:
                self.pending.pop()

        return watched


def _collect() -> tuple[
    str, dict[tuple[str, int], tuple[Any, ...]], dict[tuple[str, int], tuple[Any, ...]]
]:
    """Import the package with an empty table and record every compile's last step."""
    import regex
    import regex._main as regex_main

    sys.modules["paper_parser._regex_table"] = _stub_table()
    from paper_parser import _rx

    engine = regex_main._regex.compile
    python_step = regex_main._compile
    pending: list[tuple[str, int]] = []
    found: dict[tuple[str, int], tuple[Any, ...]] = {}

    def watch_compile(pattern: Any, flags: Any, *rest: Any) -> Any:
        pending.append((pattern, int(flags)))
        try:
            return python_step(pattern, flags, *rest)
        finally:
            pending.pop()

    def watch_engine(*args: Any) -> Any:
        pattern, flags, code, gi, ig, lists, _list_indexes, ro, rc, rf, gc = args
        if isinstance(pattern, str) and not lists and pending:
            found[pending[-1]] = (
                int(flags),
                array("I", code).tobytes(),
                tuple(sorted(gi.items())),
                tuple(sorted(ig.items())),
                ro,
                None if rc is None else tuple(rc),
                int(rf),
                gc,
            )
        return engine(*args)

    re_compiler: Any = importlib.import_module("re._compiler")
    std = _StdWatch(re_compiler._sre)
    std_compile = _rx.std_compile
    regex_main._compile = watch_compile
    regex_main._regex.compile = watch_engine
    re_compiler._sre = std
    _rx.std_compile = std.wrap(std_compile)  # type: ignore[method-assign]
    try:
        package = importlib.import_module("paper_parser")
        for info in pkgutil.walk_packages(package.__path__, "paper_parser."):
            if info.name != "paper_parser.__main__":
                importlib.import_module(info.name)
    finally:
        regex_main._compile = python_step
        regex_main._regex.compile = engine
        re_compiler._sre = std.sre
        _rx.std_compile = std_compile  # type: ignore[method-assign]
    return regex.__version__, found, std.found


def render(
    version: str,
    found: dict[tuple[str, int], tuple[Any, ...]],
    std_found: dict[tuple[str, int], tuple[Any, ...]],
) -> str:
    python = ".".join(map(str, sys.version_info[:3]))
    magic = importlib.import_module("_sre").MAGIC
    out = [HEADER.format(version=version, byteorder=sys.byteorder, python=python, magic=magic)]
    for key in sorted(found):
        out.append(f"    {key!r}: {found[key]!r},\n")
    out.append("})\n")
    out.append(
        "\n#: (pattern, flags) -> what the standard library's engine is given (flags, op codes,\n"
        "#: groups less one, group index, index group), for the patterns of ``_rx.std_compile``.\n"
        "STD_PATTERNS: Final = MappingProxyType({\n"
    )
    for key in sorted(std_found):
        out.append(f"    {key!r}: {std_found[key]!r},\n")
    out.append("})\n")
    return "".join(out)


def _shipped() -> tuple[str, set[tuple[str, int]], str, set[tuple[str, int]]]:
    """The releases and the keys of the table on disk (read as text: no import of it)."""
    namespace: dict[str, Any] = {}
    exec(compile(OUT_PATH.read_text(encoding="utf-8"), str(OUT_PATH), "exec"), namespace)
    return (
        namespace.get("REGEX_VERSION", ""),
        set(namespace.get("PATTERNS", ())),
        namespace.get("PYTHON_VERSION", ""),
        set(namespace.get("STD_PATTERNS", ())),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the table is stale")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    version, found, std_found = _collect()
    python = ".".join(map(str, sys.version_info[:3]))
    if args.check:
        # Current = made by the installed release, for exactly today's patterns. (The op codes
        # of one pattern may list the members of a set in another order from one run to the
        # next, so the file is not compared as text; the tests check that every pattern built
        # from the table matches like regex.compile.) The standard-library part is current
        # when made by this Python for today's patterns, or unused under another Python.
        shipped = _shipped() if OUT_PATH.exists() else ("", set(), "", set())
        std_stale = shipped[2] == python and shipped[3] != set(std_found)
        if shipped[:2] != (version, set(found)) or std_stale:
            print(f"{OUT_PATH} is stale: run python scripts/gen_regex_table.py", file=sys.stderr)
            return 1
        print(f"{OUT_PATH} is current")
        return 0
    OUT_PATH.write_text(render(version, found, std_found), encoding="utf-8")
    print(f"wrote {OUT_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
