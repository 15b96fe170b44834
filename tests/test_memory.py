"""Working memory of whole-page passes: no pass holds one object per line or per run.

Issue 14 bounds the working memory of every public function at 50 times its input. A pass
over the whole page that builds a list with an entry per line (or per run of characters)
costs tens of bytes per character on a page of one character per line, so these tests
measure, with ``tracemalloc``, the peak memory such passes take above what they return.
They count allocations, not time: the figures do not depend on the machine's load.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from paper_parser import _units


def _peak(fn: Callable[[], object]) -> int:
    """Peak bytes allocated while ``fn`` runs (above what was held before)."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("unit", ["字\n", "字\n\n", "a b\n", "字a\n"])
def test_page_language_test_holds_no_object_per_run(unit: str) -> None:
    # 150,000 characters: a list of the runs (the pass before) held 3 MB or more of them.
    page = unit * (150_000 // len(unit))
    assert _peak(lambda: _units._chinese_page(page)) < 64_000


@given(st.text(alphabet="字㐀䶿一鿿a \n。〇", max_size=40))
def test_han_count_counts_the_two_blocks(s: str) -> None:
    expected = sum(1 for c in s if "\u3400" <= c <= "\u4dbf" or "\u4e00" <= c <= "\u9fff")
    assert _units._han_count(s) == expected
