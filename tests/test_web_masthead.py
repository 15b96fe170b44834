"""parse_masthead on real web and archive copies (corpus/web): masthead facts, field accuracy.

Each ``corpus/web/<stem>.articles.json`` has a top-level ``masthead`` written by reading the page
(see corpus/web/README.md): ``paper_name``, ``date``, ``weekday``, ``edition``, ``edition_name``,
``page_count``, ``date_text`` (the date as printed, with a weekday printed next to it) and
``paper_name_text``; ``null`` where the page prints none. This is the development set of the
masthead reader: every field of every page is compared (a ``null`` read as ``null`` counts as
right, a value where the gold has none counts as wrong), the table is printed at the end of
the run, and the test holds the accuracy to today's floor.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from paper_parser import parse_masthead

WEB = Path(__file__).resolve().parent.parent / "corpus" / "web"
GOLD = sorted(WEB.glob("*.articles.json"))
FIELDS = (
    "paper_name",
    "date",
    "weekday",
    "edition",
    "edition_name",
    "page_count",
    "date_text",
    "paper_name_text",
)
#: Field accuracy measured when the web masthead reader landed (issue 12); it may only rise.
FLOOR = 1.0


def _date_as_printed(page: str, m: Any) -> str | None:
    """The issue date as printed: the date's span, widened over a weekday printed right
    next to it (``2015 年 8 月 10 日(星期一)``, ``2024年12月25日 Wed``) and over a 农历 label
    right before a lunar date."""
    if m.date is None:
        return None
    start, end = m.date.span.start, m.date.span.end
    wd = m.weekday
    if wd is not None and 0 <= wd.span.start - end <= 2:
        gap = page[end : wd.span.start]
        if gap.strip(" \t(（") == "":
            end = wd.span.end
            if any(c in gap for c in "(（") and page[end : end + 1] in (")", "）"):
                end += 1
    head = page[max(0, start - 4) : start]
    for label in ("农历 ", "农历", "農曆 ", "農曆"):
        if head.endswith(label):
            start -= len(label)
            break
    return page[start:end]


def _got(page: str, m: Any) -> dict[str, Any]:
    ed = m.edition
    return {
        "paper_name": m.paper_name.value if m.paper_name else None,
        "date": m.date.value.isoformat() if m.date else None,
        "weekday": m.weekday.value if m.weekday else None,
        "edition": ed.value if ed else None,
        "edition_name": ed.name if ed else None,
        "page_count": m.page_count.value if m.page_count else None,
        "date_text": _date_as_printed(page, m),
        "paper_name_text": m.paper_name.text if m.paper_name else None,
    }


def _page(gold_path: Path) -> str:
    return gold_path.with_name(gold_path.name.replace(".articles.json", ".txt")).read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.name.removesuffix(".articles.json"))
def test_web_masthead_spans_hold_their_text(gold_path: Path) -> None:
    page = _page(gold_path)
    m = parse_masthead(page)
    for field in ("paper_name", "date", "weekday", "edition", "page_count"):
        item = getattr(m, field)
        if item is not None:
            assert page[item.span.start : item.span.end] == item.span.text
    if m.date is not None:
        assert isinstance(m.date.value, date)


def test_web_masthead_field_accuracy() -> None:
    """Every field of every page, compared; printed as a table; held to the floor."""
    rows: list[tuple[str, dict[str, tuple[Any, Any]]]] = []
    for gold_path in GOLD:
        page = _page(gold_path)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["masthead"]
        got = _got(page, parse_masthead(page))
        name = gold_path.name.removesuffix(".articles.json")
        rows.append((name, {f: (gold[f], got[f]) for f in FIELDS}))
    right = dict.fromkeys(FIELDS, 0)
    right_present = dict.fromkeys(FIELDS, 0)
    present = dict.fromkeys(FIELDS, 0)
    lines = [f"{'page':42} " + " ".join(f"{f[:10]:>10}" for f in FIELDS)]
    for name, row in rows:
        cells = []
        for f in FIELDS:
            gold, got = row[f]
            ok = gold == got
            right[f] += ok
            if gold is not None:
                present[f] += 1
                right_present[f] += ok
            cells.append(f"{'ok' if ok else 'MISS' if got is None else 'WRONG':>10}")
        lines.append(f"{name:42} " + " ".join(cells))
    n = len(rows)
    lines.append(
        f"{'accuracy (all fields)':42} " + " ".join(f"{right[f] / n:>10.2f}" for f in FIELDS)
    )
    total = sum(right.values())
    total_present = sum(right_present.values())
    n_present = sum(present.values())
    lines.append(
        f"masthead fields right: {total}/{n * len(FIELDS)} = {total / (n * len(FIELDS)):.3f}; "
        f"printed facts read: {total_present}/{n_present} = {total_present / n_present:.3f}"
    )
    print("\n" + "\n".join(lines))
    assert total / (n * len(FIELDS)) >= FLOOR, "\n".join(lines)
