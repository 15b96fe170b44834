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
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
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

#: (pattern, flags) -> what the C engine is given, for every pattern compiled at import.
PATTERNS: Final = MappingProxyType({{
'''


def _collect() -> tuple[str, dict[tuple[str, int], tuple[Any, ...]]]:
    """Import the package with an empty table and record every compile's last step."""
    import regex
    import regex._main as regex_main

    stub = types.ModuleType("paper_parser._regex_table")
    stub.REGEX_VERSION = ""  # type: ignore[attr-defined]
    stub.PATTERNS = {}  # type: ignore[attr-defined]
    stub.BYTE_ORDER = sys.byteorder  # type: ignore[attr-defined]
    sys.modules["paper_parser._regex_table"] = stub

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

    regex_main._compile = watch_compile
    regex_main._regex.compile = watch_engine
    try:
        package = importlib.import_module("paper_parser")
        for info in pkgutil.walk_packages(package.__path__, "paper_parser."):
            if info.name != "paper_parser.__main__":
                importlib.import_module(info.name)
    finally:
        regex_main._compile = python_step
        regex_main._regex.compile = engine
    return regex.__version__, found


def render(version: str, found: dict[tuple[str, int], tuple[Any, ...]]) -> str:
    out = [HEADER.format(version=version, byteorder=sys.byteorder)]
    for key in sorted(found):
        out.append(f"    {key!r}: {found[key]!r},\n")
    out.append("})\n")
    return "".join(out)


def _shipped() -> tuple[str, set[tuple[str, int]]]:
    """The release and the keys of the table on disk (read as text: no import of it)."""
    namespace: dict[str, Any] = {}
    exec(compile(OUT_PATH.read_text(encoding="utf-8"), str(OUT_PATH), "exec"), namespace)
    return namespace.get("REGEX_VERSION", ""), set(namespace.get("PATTERNS", ()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the table is stale")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    version, found = _collect()
    if args.check:
        # Current = made by the installed release, for exactly today's patterns. (The op codes
        # of one pattern may list the members of a set in another order from one run to the
        # next, so the file is not compared as text; the tests check that every pattern built
        # from the table matches like regex.compile.)
        shipped = _shipped() if OUT_PATH.exists() else ("", set())
        if shipped != (version, set(found)):
            print(f"{OUT_PATH} is stale: run python scripts/gen_regex_table.py", file=sys.stderr)
            return 1
        print(f"{OUT_PATH} is current")
        return 0
    OUT_PATH.write_text(render(version, found), encoding="utf-8")
    print(f"wrote {OUT_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
