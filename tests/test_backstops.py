"""A backstop that fires says so: the finder returns what it found and warns."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest

from paper_parser import timex
from paper_parser.numerals import IncompleteScanWarning


def test_dates_backstop_warns_and_keeps_what_it_found(monkeypatch: pytest.MonkeyPatch) -> None:
    real = timex._candidates

    def stops_after_one(norm: str, ref: datetime.date | None) -> Iterator[timex._Cand]:
        first = next(iter(real(norm, ref)))
        yield first
        raise TimeoutError("regex timeout")

    monkeypatch.setattr(timex, "_candidates", stops_after_one)
    with pytest.warns(IncompleteScanWarning, match="1 expressions found"):
        found = timex.find_article_dates("昨日开会，今天结束。", datetime.date(2021, 12, 23))
    assert [(d.text, d.value) for d in found] == [("昨日", "2021-12-22")]
