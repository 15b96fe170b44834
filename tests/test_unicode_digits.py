"""Digits of other scripts never break a finder.

``regex``'s ``\\d`` follows a newer Unicode than Python's ``int()``: a digit added after
Unicode 14 (Kawi U+11F50, Nag Mundari U+1E4F0, Myanmar Extended-C U+116D0) was matched as a
digit and then failed ``int()``, so ``find_postal_codes``, ``find_issns`` and
``parse_issue`` (through source lines) raised. The package's patterns read ASCII and
full-width digits only.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from paper_parser import find_numbers, normalize_numbers, parse_issue, parse_masthead
from paper_parser.calendar import find_dates
from paper_parser.identifiers import find_cn_numbers, find_issns, find_postal_codes
from paper_parser.timex import find_article_dates

# Decimal digits of scripts newer than Python 3.11's Unicode (14.0), and older ones.
OTHER_DIGITS = ["\U000116d0", "\U0001e4f0", "\U00011f50", "\u0663", "\u0967", "\U0001d7ce"]
LINES = [
    "邮发代号:83—2",
    "ISSN 1002-9095",
    "国内统一刊号:CN11-0065",
    "《人民日报》（2025年10月20日 第 06 版）",
    "本报北京10月19日电(记者 王小明)",
    "2021年12月23日 星期四 第8版 总第11997号",
]
FINDERS: list[Callable[[str], object]] = [
    parse_issue,
    parse_masthead,
    find_numbers,
    normalize_numbers,
    find_dates,
    lambda text: find_article_dates(text, None),
    find_cn_numbers,
    find_issns,
    find_postal_codes,
]


@given(
    line=st.sampled_from(LINES),
    digit=st.sampled_from(OTHER_DIGITS),
    mask=st.lists(st.booleans(), min_size=40, max_size=40),
)
def test_other_digits_never_break_a_finder(line: str, digit: str, mask: list[bool]) -> None:
    text = "".join(digit if c.isdigit() and mask[i % 40] else c for i, c in enumerate(line))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for finder in FINDERS:
            finder(text)


@pytest.mark.parametrize("digit", OTHER_DIGITS)
def test_other_digits_are_not_read_as_identifier_digits(digit: str) -> None:
    assert find_postal_codes(f"邮发代号:83—{digit}") == ()
    assert find_issns(f"ISSN 100{digit}-9095") == ()


def test_full_width_digits_still_are() -> None:
    (code,) = find_postal_codes("邮发代号:８３—２")
    assert (code.prefix, code.serial) == (83, 2)
