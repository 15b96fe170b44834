"""A backstop that fires says so: the finder returns what it found and warns."""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
import regex

from paper_parser import bylines, calendar, errors, identifiers, masthead, numerals, timex
from paper_parser.numerals import IncompleteScanWarning
from paper_parser.records import page_warnings
from paper_parser.segment import parse_issue


class StopsAfter:
    """A compiled pattern whose scans run out of time after ``n`` matches (the backstop
    firing at a known point)."""

    def __init__(self, pattern: regex.Pattern[str], n: int) -> None:
        self.pattern = pattern
        self.n = n

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[regex.Match[str]]:
        for i, m in enumerate(self.pattern.finditer(*args, **kwargs)):
            if i == self.n:
                break
            yield m
        raise TimeoutError("regex timed out")

    def match(self, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        """A pass tried only where its matches may start: the try after ``n`` matches runs
        out of time."""
        if self.n == 0:
            raise TimeoutError("regex timed out")
        m = self.pattern.match(*args, **kwargs)
        self.n -= m is not None
        return m

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def test_one_warning_class_under_two_names() -> None:
    assert numerals.IncompleteScanWarning is errors.IncompleteScanWarning
    assert issubclass(IncompleteScanWarning, UserWarning)


def test_dates_backstop_warns_and_keeps_what_it_found(monkeypatch: pytest.MonkeyPatch) -> None:
    real = timex._candidates

    def stops_after_one(norm: str, ref: datetime.date | None) -> Iterator[timex._Cand]:
        first = next(iter(real(norm, ref)))
        yield first
        raise TimeoutError("regex timeout")

    monkeypatch.setattr(timex, "_candidates", stops_after_one)
    with pytest.warns(
        IncompleteScanWarning, match="after character 2 of the range 0-10 .*1 expressions found"
    ):
        found = timex.find_article_dates("昨日开会，今天结束。", datetime.date(2021, 12, 23))
    assert [(d.text, d.value) for d in found] == [("昨日", "2021-12-22")]


# --- calendar.find_dates ----------------------------------------------------------------------

REF = datetime.date(2021, 12, 23)


def test_find_dates_pass_that_runs_out_of_time_keeps_its_first_dates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    passes = calendar._PATTERNS.passes
    day = next(i for i, (_, kind) in enumerate(passes) if kind == "day")
    stopping = (StopsAfter(passes[day][0], 1), "day")
    patched = calendar._PATTERNS._replace(passes=(*passes[:day], stopping, *passes[day + 1 :]))
    monkeypatch.setattr(calendar, "_PATTERNS", patched)
    text = "22日开会，23日结束。"
    with pytest.warns(
        IncompleteScanWarning, match=r"the day pass ran out of time after character 3 of 12"
    ):
        found = calendar.find_dates(text, reference=REF)
    assert [(d.text, d.date) for d in found] == [("22日", datetime.date(2021, 12, 22))]


def test_find_dates_weekday_pass_that_runs_out_of_time_keeps_the_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    patched = calendar._PATTERNS._replace(weekday=StopsAfter(calendar._PATTERNS.weekday, 1))
    monkeypatch.setattr(calendar, "_PATTERNS", patched)
    with pytest.warns(
        IncompleteScanWarning, match="the weekday pass ran out of time after character 2"
    ):
        found = calendar.find_dates("周一开会，周二结束。")
    assert [(d.text, d.weekday) for d in found] == [("周一", 1)]


def test_find_dates_with_a_tiny_time_limit_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calendar, "backstop", lambda text: 1e-9)
    with pytest.warns(IncompleteScanWarning, match="find_dates: the .* pass ran out of time"):
        found = calendar.find_dates("2021年12月23日 星期四")
    assert found == ()  # every pass stopped at once: nothing found, and the warning says so


def test_find_article_dates_passes_the_calendar_warning_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calendar, "backstop", lambda text: 1e-9)
    monkeypatch.setattr(timex, "backstop", lambda text: 1e-9)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = timex.find_article_dates("昨日开会，今年12月22日结束。", REF)
    messages = [str(w.message) for w in caught if w.category is IncompleteScanWarning]
    assert any(m.startswith("find_dates: the gregorian pass") for m in messages)
    assert any(m.startswith("find_article_dates stopped") for m in messages)
    assert found == ()


# --- identifiers ------------------------------------------------------------------------------


def test_identifier_scan_that_runs_out_of_time_keeps_the_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(identifiers, "_CN_FIND", StopsAfter(identifiers._CN_FIND, 1))
    with pytest.warns(IncompleteScanWarning, match=r"find_cn_numbers: .* after character 9 of 19"):
        found = identifiers.find_cn_numbers("CN33-0018 CN11-0065")
    assert [cn.value for cn in found] == ["33-0018"]


def test_identifiers_with_a_tiny_time_limit_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(identifiers, "_TIMEOUT", 1e-9)
    with pytest.warns(IncompleteScanWarning, match="find_postal_codes: the scan ran out of time"):
        assert identifiers.find_postal_codes("邮编:310012") == ()


# --- masthead ---------------------------------------------------------------------------------


def test_masthead_scan_that_runs_out_of_time_keeps_what_it_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "a1 " * 1000
    pattern = StopsAfter(regex.compile(r"a\d"), 2)
    with pytest.warns(IncompleteScanWarning, match=r"characters 0-3000 .* after character 5;"):
        found = masthead._finditer(pattern, text)  # type: ignore[arg-type]
    assert [m.span() for m in found] == [(0, 2), (3, 5)]
    monkeypatch.setattr(masthead, "_TIMEOUT", 1e-9)
    with pytest.warns(IncompleteScanWarning, match="ran out of time after character 0"):
        assert masthead._finditer(regex.compile(r"a\d"), text) == []


def test_masthead_failure_is_a_backstop_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    def fails(text: str, norm: object = None) -> masthead.Masthead:
        raise ValueError("boom")

    monkeypatch.setattr(masthead, "_parse", fails)
    m = masthead.parse_masthead("浙江工人日报 2021年12月23日")
    assert m.date is None
    assert m.spans == ()
    assert [(w.code, w.message) for w in m.warnings] == [
        ("backstop-error", "parse_masthead failed (ValueError: boom); nothing was read")
    ]
    issue = parse_issue("浙江工人日报\n\n记者张三报道 今天开会。")
    assert page_warnings(issue) == [
        "backstop-error: parse_masthead failed (ValueError: boom); nothing was read"
    ]


# --- bylines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("inner", "call"),
    [
        ("_byline_at", lambda: bylines.find_byline("记者张三报道", 0, 6)),
        ("_byline_at", lambda: bylines.parse_byline("记者张三报道")),
        ("_dateline_at", lambda: bylines.find_dateline("新华社北京12月22日电", 0, 12)),
        ("_dateline_at", lambda: bylines.parse_dateline("新华社北京12月22日电")),
        ("_credit_at", lambda: bylines.find_photo_credit("记者 张三 摄", 0, 7)),
        ("_credit_at", lambda: bylines.parse_photo_credit("记者 张三 摄")),
    ],
)
def test_credit_reader_failure_says_so(
    monkeypatch: pytest.MonkeyPatch, inner: str, call: Any
) -> None:
    assert call() is not None  # the reader finds it when it works

    def fails(*args: object, **kwargs: object) -> None:  # (_credit_at takes keywords too)
        raise IndexError("string index out of range")

    monkeypatch.setattr(bylines, inner, fails)
    with pytest.warns(IncompleteScanWarning, match=r"an internal error \(IndexError: string"):
        assert call() is None


def test_a_long_word_is_read_once_for_contact_fields() -> None:
    # The contact-line pattern tried a mail address at every place of a long word, reading
    # the rest of the word each time: 0.5 s on 10,000 characters of 1, quadratic.
    from paper_parser._units import _CONTACT_RE

    assert _CONTACT_RE.findall("邮箱:ab@cd.com 电话: 123 abc.com") == [
        "邮箱:",
        "ab@cd.com",
        "电话:",
        "abc.com",
    ]
    # Read once, a run of 200,000 characters takes milliseconds; read again at every place, it
    # took minutes (benchmarks/worst_case.py measures the growth).
    assert _CONTACT_RE.findall("1" * 200_000) == []
