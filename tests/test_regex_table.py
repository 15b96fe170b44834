"""The pre-built op-code table (``paper_parser._regex_table``) builds the same patterns as
``regex.compile``, is current, and is not used with a ``regex`` release that did not make it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import regex

from paper_parser import _regex_table, _rx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "corpus" / "zhejiang-gongren-ribao-2021-12-23-p1.txt").read_text(encoding="utf-8")
SAME_RELEASE = regex.__version__ == _regex_table.REGEX_VERSION
# Lines of the sample page, and shapes that stress anchors, look-arounds and lazy parts.
TEXTS = [
    *SAMPLE.splitlines(),
    "",
    "2021年12月23日 星期四 农历辛丑年十一月二十 第8版 CN33—0018 邮发代号:31—2",
    "本报杭州12月22日电(记者 王小明 通讯员 李四)  新华社北京10月1日电",
    "《人民日报》( 2025年10月20日 第 06 版) 作者:张三",
    "1" * 300 + "," + "一二三" * 50 + "\n\n" + "(" * 40,
]


def test_the_table_is_current_or_not_used() -> None:
    """With the release that made it, the table is what the generator makes today; with any
    other release it is not used at all."""
    if SAME_RELEASE:
        done = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "gen_regex_table.py"), "--check"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert _rx.USABLE
    else:
        assert not _rx.USABLE
        assert _rx.from_table(next(iter(_regex_table.PATTERNS))[0]) is None


def test_an_unknown_pattern_falls_back_to_regex() -> None:
    assert _rx.from_table(r"(?P<x>an+)unknown") is None
    built = _rx.compile(r"(?P<x>an+)unknown")
    assert built.match("annunknown").group("x") == "ann"  # type: ignore[union-attr]


def test_the_table_holds_the_package_patterns() -> None:
    # The masthead's date anchor is one of them (a pattern compiled at import).
    assert len(_regex_table.PATTERNS) >= 100
    assert all(isinstance(key[0], str) and isinstance(key[1], int) for key in _regex_table.PATTERNS)


@pytest.mark.skipif(not SAME_RELEASE, reason="table made by another regex release: not used")
def _assert_same(built: Any, ref: Any) -> None:
    """``built`` (made from the table) is ``ref`` (compiled from source) again: the same
    pattern, flags and groups, and the same matches on every text of :data:`TEXTS`."""
    assert (built.pattern, built.flags, built.groupindex, built.groups) == (
        ref.pattern,
        ref.flags,
        ref.groupindex,
        ref.groups,
    )
    for text in TEXTS:
        got = [(m.span(), m.groups()) for m in built.finditer(text)]
        want = [(m.span(), m.groups()) for m in ref.finditer(text)]
        assert got == want, text[:40]


@pytest.mark.parametrize(
    "key", sorted(_regex_table.PATTERNS), ids=lambda k: f"{hash(k) & 0xFFFF:04x}"
)
def test_a_table_pattern_matches_like_regex_compile(key: tuple[str, int]) -> None:
    pattern, flags = key
    built = _rx.from_table(pattern, flags)
    assert built is not None
    ref = regex.compile(pattern, flags)
    _assert_same(built, ref)


SAME_PYTHON = ".".join(map(str, sys.version_info[:3])) == _regex_table.PYTHON_VERSION


def test_the_standard_library_part_is_used_only_by_its_python() -> None:
    assert _rx.STD_USABLE == SAME_PYTHON
    assert len(_regex_table.STD_PATTERNS) >= 10
    # An unknown pattern is compiled by re.compile.
    built = _rx.std_compile(r"(?P<x>an+)unknown")
    assert built.match("annunknown").group("x") == "ann"  # type: ignore[union-attr]


@pytest.mark.skipif(not SAME_PYTHON, reason="table made by another Python release: not used")
@pytest.mark.parametrize(
    "key", sorted(_regex_table.STD_PATTERNS), ids=lambda k: f"{hash(k) & 0xFFFF:04x}"
)
def test_a_standard_table_pattern_matches_like_re_compile(key: tuple[str, int]) -> None:
    pattern, flags = key
    built = _rx.std_compile(pattern, flags)
    ref = re.compile(pattern, flags)
    assert built is not ref  # not re's cached object: made from the table
    _assert_same(built, ref)


# A fresh process loads the parser and reports every pattern the package's own modules hand
# to a compiler written in Python (re's, or regex's) on the way: each one is a pattern the
# table does not hold, compiled on every import and in every worker.
_WATCH_COMPILERS = """
import re, sys
import regex
from re import _compiler
_regex_module = sys.modules[regex.compile.__module__]

seen = []

_COMPILERS = (re.__file__.rsplit("/", 1)[0], regex.__file__.rsplit("/", 1)[0])

def _ours():
    # The first caller outside the compilers' packages (re.compile, regex.match ... and
    # _rx's fallback are inside or in the package), when it is one of the package's modules.
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.startswith(_COMPILERS):
        frame = frame.f_back
    if frame is not None and "paper_parser" in frame.f_code.co_filename:
        return f"{frame.f_code.co_filename}:{frame.f_lineno}"
    return None

def _watch(compile_):
    def watched(*args, **kwargs):
        # The table holds text patterns; a bytes pattern (text.py's line flags: two
        # classes of one range each) costs its compiler next to nothing.
        where = _ours() if isinstance(args[0], str) else None
        if where is not None:
            seen.append(where)
        return compile_(*args, **kwargs)
    return watched

_compiler.compile = _watch(_compiler.compile)
_regex_module._compile = _watch(_regex_module._compile)
from paper_parser import parse_issue
parse_issue("浙江工人日报 2021年12月23日 星期四\\n本报讯(记者 王小明)12月22日,1万人。\\n")
print("\\n".join(seen))
"""


@pytest.mark.skipif(
    not (SAME_RELEASE and SAME_PYTHON), reason="table made by another regex or Python release"
)
def test_loading_the_parser_compiles_no_pattern_outside_the_table() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _WATCH_COMPILERS],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []
