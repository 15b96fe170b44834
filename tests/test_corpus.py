"""The corpus test: every ``corpus/*.gold.json`` × every element it annotates.

One parametrised test scores the parser (``paper_parser.parse_issue``, ``parse_masthead``,
``find_numbers``) against the hand-written gold annotation. Elements (see corpus/README.md):

* ``spans`` — the gold file itself: schema, every span's text equals the page slice, regions
  never overlap, paragraphs can be rebuilt from the page. Needs no parser.
* ``masthead.<field>`` — each masthead field's typed value (and that its span holds the gold one).
* ``articles`` (count + headlines), ``headings`` (kicker/headline/subtitle/column lines),
  ``bylines`` (text, source, agency, and each name + role), ``datelines``, ``photo_credits``,
  ``section_heads``, ``paragraphs`` (multiset per article; articles matched by headline text),
  ``joins``, ``relinks``.
* ``other`` (furniture blocks), ``losslessness`` (every non-space character in exactly one of
  masthead / articles / other).
* ``quantities`` (matched by span; kind, value, approx, unit, low, high must all agree) and
  ``not_numbers`` (no mention may overlap them).

Parts not built yet are listed in ``KNOWN_FAILURES`` and run as ``xfail(strict=True)``: the day
one passes, the run fails until its entry is removed. Precision/recall per element are printed
at the end of the run (hook in conftest.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from fractions import Fraction
from types import SimpleNamespace
from typing import Any

import pytest

import paper_parser
from paper_parser import Span
from tests import corpus_scoring
from tests.corpus_scoring import (
    HEADING_ROLES,
    MASTHEAD_FIELDS,
    SCORES,
    Score,
    elements_for,
    gold_paths,
    gold_size,
    load,
    score,
)

SAMPLE = "zhejiang-gongren-ribao-2021-12-23-p1"

#: (page stem, element) -> why it fails today. Remove an entry when that part starts passing.
#: Empty now: every annotated element of every page passes.
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def _cases() -> list[Any]:
    cases = []
    for path in gold_paths():
        stem = path.name.removesuffix(".gold.json")
        gold = json.loads(path.read_text(encoding="utf-8"))
        for element in elements_for(gold):
            reason = KNOWN_FAILURES.get((stem, element))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(stem, element, marks=marks, id=f"{stem}:{element}"))
    return cases


CASES = _cases()


@pytest.mark.parametrize(("stem", "element"), CASES)
def test_corpus(stem: str, element: str, request: pytest.FixtureRequest) -> None:
    gp = load(stem)
    board = request.config.stash.setdefault(SCORES, {})
    try:
        result = score(gp, element)
    except Exception:
        board[(stem, element)] = Score(fn=gold_size(gp, element))
        raise
    board[(stem, element)] = result.score
    shown = "\n  ".join(result.problems[:40])
    more = len(result.problems) - 40
    assert not result.problems, f"{len(result.problems)} problems:\n  {shown}" + (
        f"\n  … and {more} more" if more > 0 else ""
    )


def test_known_failures_name_real_cases() -> None:
    """A stale KNOWN_FAILURES entry (renamed page or element) would hide nothing: catch it."""
    real = {tuple(case.values) for case in CASES}
    assert set(KNOWN_FAILURES) <= real, sorted(set(KNOWN_FAILURES) - real)


def test_corpus_has_the_sample_page() -> None:
    assert any(path.name == f"{SAMPLE}.gold.json" for path in gold_paths())


# --- the scorer itself ------------------------------------------------------------------------
# Every element above is xfail today, so a comparator that can never pass would go unnoticed.
# These tests feed the scorer a stand-in parser rebuilt from the gold file: it must score 100%,
# and each kind of damage must be caught.


def _span(page: str, rng: list[int]) -> Span:
    return Span.of(page, rng[0], rng[1])


def _heading(page: str, heading: dict[str, Any] | None) -> Any:
    if heading is None:
        return None
    lines = tuple(_span(page, line["span"]) for line in heading["lines"])
    return SimpleNamespace(text="".join(sp.text for sp in lines), lines=lines)


def _people(page: str, people: list[dict[str, Any]]) -> tuple[Any, ...]:
    return tuple(
        SimpleNamespace(name=p["name"], role=p["role"], span=_span(page, p["span"])) for p in people
    )


def _field(page: str, name: str, gold: dict[str, Any] | None) -> Any:
    if gold is None:
        return None
    extra = {k: v for k, v in gold.items() if k not in {"text", "span", "value"}}
    value: Any = gold.get("value")
    if name == "date":
        value = date.fromisoformat(value)
    elif name == "lunar":
        value, extra = SimpleNamespace(**extra), {}
    return SimpleNamespace(span=_span(page, gold["span"]), text=gold["text"], value=value, **extra)


_LISTS = frozenset({"phones", "slogans", "spans"})


def _stand_in(stem: str) -> tuple[Any, Any, tuple[Any, ...]]:
    """(parse_masthead, parse_issue, find_numbers) results rebuilt from the gold file."""
    gp = load(stem)
    g, page = gp.gold, gp.page
    mh = g.get("masthead") or {}
    masthead = SimpleNamespace(
        **{
            name: _field(page, name, mh.get(name)) for name in MASTHEAD_FIELDS if name not in _LISTS
        },
        phones=tuple(SimpleNamespace(**p) for p in mh.get("phones", [])),
        slogans=tuple(SimpleNamespace(span=_span(page, s["span"])) for s in mh.get("slogans", [])),
        spans=tuple(_span(page, r) for r in mh.get("spans", [])),
    )
    articles = []
    for a in g.get("articles") or []:
        d = a["dateline"]
        articles.append(
            SimpleNamespace(
                **{role: _heading(page, a[role]) for role in HEADING_ROLES},
                bylines=tuple(
                    SimpleNamespace(
                        text=b["text"],
                        source=b["source"],
                        agency=b["agency"],
                        people=_people(page, b["people"]),
                    )
                    for b in a["bylines"]
                ),
                dateline=None
                if d is None
                else SimpleNamespace(
                    **{k: d[k] for k in ("text", "agency", "place", "month", "day", "position")},
                    date=None if d["date"] is None else date.fromisoformat(d["date"]),
                    people=_people(page, d["people"]),
                ),
                photo_credits=tuple(
                    SimpleNamespace(text=c["text"], people=_people(page, c["people"]))
                    for c in a["photo_credits"]
                ),
                section_heads=tuple(
                    SimpleNamespace(text=h["text"], span=_span(page, h["span"]))
                    for h in a["section_heads"]
                ),
                paragraphs=tuple(SimpleNamespace(text=p) for p in a["paragraphs"]),
                joins=tuple(SimpleNamespace(gap=_span(page, j["at"])) for j in a["joins"]),
                relinks=tuple(
                    SimpleNamespace(
                        head=_span(page, r["head"]["span"]), tail=_span(page, r["tail"]["span"])
                    )
                    for r in a["relinks"]
                ),
                spans=tuple(_span(page, r) for r in a.get("spans", [])),
            )
        )
    other = tuple(
        SimpleNamespace(role=o["role"], span=_span(page, o["span"])) for o in g.get("other") or []
    )
    issue = SimpleNamespace(masthead=masthead, articles=tuple(articles), other=other)
    numbers = tuple(
        SimpleNamespace(
            span=_span(page, q["span"]),
            text=q["text"],
            kind=q["kind"],
            approx=q["approx"],
            unit=q["unit"],
            **{k: None if q[k] is None else Fraction(q[k]) for k in ("value", "low", "high")},
        )
        for q in g.get("quantities") or []
    )
    return masthead, issue, numbers


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, Any, tuple[Any, ...]]]:
    """Install the gold-built stand-in as paper_parser's parse_masthead/parse_issue/find_numbers."""
    masthead, issue, numbers = _stand_in(SAMPLE)
    monkeypatch.setattr(paper_parser, "parse_masthead", lambda _: masthead, raising=False)
    monkeypatch.setattr(paper_parser, "parse_issue", lambda _: issue, raising=False)
    monkeypatch.setattr(paper_parser, "find_numbers", lambda _: numbers, raising=False)
    _clear_caches()
    yield masthead, issue, numbers
    _clear_caches()


def _clear_caches() -> None:
    for fn in (corpus_scoring.parsed_issue, corpus_scoring.parsed_masthead):
        fn.cache_clear()
    corpus_scoring.found_numbers.cache_clear()


def test_scorer_gives_a_perfect_parser_full_marks(stand_in: object) -> None:
    gp = load(SAMPLE)
    for element in elements_for(gp.gold):
        result = score(gp, element)
        assert result.problems == [], element
        assert result.score.fp == result.score.fn == 0, element
        assert result.score.tp == gold_size(gp, element), element


def test_scorer_catches_damage(
    stand_in: tuple[Any, Any, tuple[Any, ...]], monkeypatch: pytest.MonkeyPatch
) -> None:
    masthead, issue, numbers = stand_in
    gp = load(SAMPLE)
    page = gp.page
    a4 = issue.articles[3]
    # a wrong typed value, a span that misses the value, a lost slogan
    masthead.weekday = SimpleNamespace(**{**vars(masthead.weekday), "value": 5})
    masthead.website = SimpleNamespace(**{**vars(masthead.website), "span": _span(page, [0, 3])})
    masthead.slogans = masthead.slogans[1:]
    # the doubled label read as two people; a false join; a paragraph glued to the next one
    a4.bylines = (
        SimpleNamespace(
            **{**vars(a4.bylines[0]), "people": (*a4.bylines[0].people, a4.bylines[0].people[0])}
        ),
    )
    a4.joins = (*a4.joins, SimpleNamespace(gap=_span(page, [5000, 5002])))
    a4.paragraphs = (
        a4.paragraphs[0],
        SimpleNamespace(text=a4.paragraphs[1].text + a4.paragraphs[2].text),
        a4.paragraphs[3],
    )
    # the masthead block also claimed by an article; a quantity with the wrong approx marker
    issue.articles[0].spans = (*issue.articles[0].spans, _span(page, [4, 30]))
    q = numbers[13]
    assert q.text == "4.8万余名"
    q.approx = "多"
    # a mention that reads 五一 in 五一劳动奖章
    wuyi = page.index("五一劳动奖章")
    bad = SimpleNamespace(
        span=_span(page, [wuyi, wuyi + 2]),
        text="五一",
        kind="cardinal",
        approx=None,
        unit=None,
        value=Fraction(51),
        low=None,
        high=None,
    )
    damaged = (*numbers, bad)
    monkeypatch.setattr(paper_parser, "find_numbers", lambda _: damaged, raising=False)
    _clear_caches()
    failing = {e for e in elements_for(gp.gold) if score(gp, e).problems}
    assert failing == {
        "masthead.weekday",
        "masthead.website",
        "masthead.slogans",
        "bylines",
        "joins",
        "paragraphs",
        "losslessness",
        "quantities",
        "not_numbers",
    }
    assert score(gp, "paragraphs").score == Score(tp=44, fp=1, fn=2)
