"""Scoring helpers for ``tests/test_corpus.py``: gold loading, integrity checks, comparators.

Every comparator takes a gold page and returns a :class:`Result`: a :class:`Score` (true
positives, false positives, false negatives, from which precision and recall follow) and a list
of human-readable problems. An element passes when it has no problems. The parser is reached as
``paper_parser.<name>`` at call time, so a function that does not exist yet is an
``AttributeError``: a failure, never a skip.

The scores are collected in ``config.stash[SCORES]`` and printed by the terminal-summary hook
in ``tests/conftest.py``.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import paper_parser

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

#: Parts of a gold file that can be listed in its ``annotated`` field.
PARTS = ("masthead", "articles", "other", "quantities", "not_numbers")

MASTHEAD_FIELDS = (
    "paper_name",
    "date",
    "weekday",
    "lunar",
    "cn_number",
    "postal_code",
    "issn",
    "issue_total",
    "page_count",
    "edition",
    "website",
    "email",
    "phones",
    "address",
    "postcode",
    "publisher",
    "price",
    "slogans",
    "spans",
)
ARTICLE_ELEMENTS = (
    "articles",
    "headings",
    "bylines",
    "datelines",
    "photo_credits",
    "section_heads",
    "paragraphs",
    "joins",
    "relinks",
)
KINDS = frozenset(
    {
        "cardinal",
        "decimal",
        "ordinal",
        "percent",
        "permille",
        "fraction",
        "range",
        "digit-sequence",
        "money",
        "date-part",
    }
)
ROLES = frozenset({"reporter", "correspondent", "intern", "photographer", "author", "editor"})
WHYS = frozenset(
    {"idiom", "slogan", "title", "name", "identifier", "indefinite", "weekday", "lunar"}
)
HEADING_ROLES = ("kicker", "headline", "subtitle", "column")


# ------------------------------------------------------------------------------ scores


@dataclass
class Score:
    """Counts for one (page, element); precision/recall are None when undefined."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        found = self.tp + self.fp
        return self.tp / found if found else None

    @property
    def recall(self) -> float | None:
        wanted = self.tp + self.fn
        return self.tp / wanted if wanted else None


@dataclass
class Result:
    score: Score
    problems: list[str] = field(default_factory=list)


#: Where test_corpus.py leaves its scores for the terminal summary: (page stem, element) -> Score.
SCORES = pytest.StashKey[dict[tuple[str, str], Score]]()


def _fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:.2f}"


def format_table(scores: dict[tuple[str, str], Score]) -> str:
    """The scoreboard printed at the end of the run, one row per (page, element)."""
    rows = [f"{'page':<40} {'element':<24} {'tp':>5} {'fp':>5} {'fn':>5} {'prec':>5} {'rec':>5}"]
    for (stem, element), s in sorted(scores.items()):
        rows.append(
            f"{stem[:40]:<40} {element:<24} {s.tp:>5} {s.fp:>5} {s.fn:>5} "
            f"{_fmt(s.precision):>5} {_fmt(s.recall):>5}"
        )
    return "\n".join(rows)


def compare_items(gold: Iterable[Hashable], got: Iterable[Hashable], what: str) -> Result:
    """Multiset comparison: matched items are true positives, the rest fp / fn."""
    g, p = Counter(gold), Counter(got)
    both = g & p
    missing, extra = g - both, p - both
    problems = [f"{what}: missing {item!r}" for item in sorted(missing.elements(), key=repr)]
    problems += [f"{what}: unexpected {item!r}" for item in sorted(extra.elements(), key=repr)]
    return Result(Score(sum(both.values()), sum(extra.values()), sum(missing.values())), problems)


# ------------------------------------------------------------------------------ gold files


@dataclass(frozen=True)
class GoldPage:
    stem: str
    gold: dict[str, Any]
    page: str

    @property
    def annotated(self) -> frozenset[str]:
        return frozenset(self.gold.get("annotated", ()))


def gold_paths() -> list[Path]:
    return sorted(CORPUS.glob("*.gold.json"))


@cache
def load(stem: str) -> GoldPage:
    gold = json.loads((CORPUS / f"{stem}.gold.json").read_text(encoding="utf-8"))
    page = (CORPUS / gold["page"]).read_text(encoding="utf-8")
    return GoldPage(stem=stem, gold=gold, page=page)


def elements_for(gold: dict[str, Any]) -> list[str]:
    """The elements a gold file is scored on, from its ``annotated`` list."""
    annotated = set(gold.get("annotated", ()))
    elements = ["spans"]
    if "masthead" in annotated:
        elements += [f"masthead.{name}" for name in MASTHEAD_FIELDS]
    if "articles" in annotated:
        elements += list(ARTICLE_ELEMENTS)
    if "other" in annotated:
        elements.append("other")
    if "quantities" in annotated:
        elements.append("quantities")
    if "not_numbers" in annotated:
        elements.append("not_numbers")
    if {"masthead", "articles", "other"} <= annotated:
        elements.append("losslessness")
    return elements


def gold_size(gp: GoldPage, element: str) -> int:
    """How many gold items an element has (the false negatives when the parser is missing)."""
    g = gp.gold
    arts = g.get("articles") or []
    if element == "spans":
        return sum(1 for _ in _walk_spans(g))
    if element == "masthead.spans":
        ranges = (g.get("masthead") or {}).get("spans", [])
        return len(_non_space(gp.page, [(s, e) for s, e in ranges]))
    if element.startswith("masthead."):
        name = element.split(".", 1)[1]
        value = (g.get("masthead") or {}).get(name)
        return len(value) if isinstance(value, list) else int(value is not None)
    if element == "articles":
        return len(arts)
    if element == "headings":
        return sum(1 for a in arts for r in HEADING_ROLES if a.get(r))
    if element == "bylines":
        return sum(1 + len(b["people"]) for a in arts for b in a["bylines"])
    if element == "datelines":
        return sum(1 for a in arts if a.get("dateline"))
    if element in {"photo_credits", "section_heads", "paragraphs", "joins", "relinks"}:
        return sum(len(a[element]) for a in arts)
    if element == "other":
        return len(g.get("other") or [])
    if element == "quantities":
        return len(g.get("quantities") or [])
    if element == "not_numbers":
        return len(g.get("not_numbers") or [])
    if element == "losslessness":
        return sum(1 for ch in gp.page if not ch.isspace())
    raise KeyError(element)


# ------------------------------------------------------------------------------ integrity


def _walk_spans(obj: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(obj, dict):
        if "span" in obj:
            yield path, obj
        for key, value in obj.items():
            yield from _walk_spans(value, f"{path}.{key}")
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield from _walk_spans(value, f"{path}[{i}]")


def _range_ok(page: str, rng: Any) -> bool:
    return (
        isinstance(rng, list)
        and len(rng) == 2
        and all(type(x) is int for x in rng)
        and 0 <= rng[0] <= rng[1] <= len(page)
    )


def _region_ranges(g: dict[str, Any]) -> list[tuple[str, list[int]]]:
    """(owner, [start, end]) for masthead.spans, every article's spans and every other block."""
    out: list[tuple[str, list[int]]] = []
    for rng in (g.get("masthead") or {}).get("spans", []):
        out.append(("masthead", rng))
    for i, art in enumerate(g.get("articles") or []):
        out += [(f"article {i}", rng) for rng in art.get("spans", [])]
    for i, block in enumerate(g.get("other") or []):
        out.append((f"other {i}", block["span"]))
    return out


def check_integrity(gp: GoldPage) -> Result:
    """The gold file itself: schema, every span's text, paragraphs rebuildable from the page."""
    g, page = gp.gold, gp.page
    problems: list[str] = []
    bad = problems.append
    if g.get("schema") != 1:
        bad(f"schema is {g.get('schema')!r}, expected 1")
    if g.get("page") != f"{gp.stem}.txt":
        bad(f"page {g.get('page')!r} does not match the gold file name {gp.stem}")
    if not gp.annotated <= set(PARTS):
        bad(f"unknown parts in annotated: {sorted(gp.annotated - set(PARTS))}")
    for part in gp.annotated:
        if part not in g:
            bad(f"{part} is annotated but missing")

    checked = 0
    for path, obj in _walk_spans(g):
        checked += 1
        rng = obj["span"]
        if not _range_ok(page, rng):
            bad(f"{path}: bad span {rng!r}")
        elif obj.get("text") != page[rng[0] : rng[1]]:
            bad(f"{path}: text {obj.get('text')!r} != page {page[rng[0] : rng[1]]!r}")

    # regions (masthead / articles / other) lie in the page and never overlap
    regions = _region_ranges(g)
    owner: dict[int, str] = {}
    for name, rng in regions:
        if not _range_ok(page, rng):
            bad(f"{name}: bad region span {rng!r}")
            continue
        for i in range(rng[0], rng[1]):
            if i in owner:
                bad(f"{name} overlaps {owner[i]} at {i}")
                break
            owner[i] = name
    if {"masthead", "articles", "other"} <= gp.annotated:
        uncovered = [i for i, ch in enumerate(page) if not ch.isspace() and i not in owner]
        if uncovered:
            bad(f"{len(uncovered)} non-space characters in no region, first at {uncovered[0]}")

    arts = g.get("articles") or []
    if "articles" in gp.annotated:
        problems += _check_articles(page, arts)
    if "quantities" in gp.annotated or "not_numbers" in gp.annotated:
        problems += _check_numbers(g.get("quantities") or [], g.get("not_numbers") or [])
    return Result(Score(tp=checked, fn=len(problems)), problems)


def _check_articles(page: str, arts: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    bad = problems.append
    flat_cuts: list[tuple[int, int]] = []
    for i, art in enumerate(arts):
        where = f"articles[{i}]"
        if not (art.get("headline") or {}).get("lines"):
            bad(f"{where}: no headline lines")
        for role in HEADING_ROLES:
            heading = art.get(role)
            if heading is not None and not heading.get("lines"):
                bad(f"{where}.{role}: empty lines")
        people = [p for b in art["bylines"] for p in b["people"]]
        people += [p for c in art["photo_credits"] for p in c["people"]]
        if art.get("dateline"):
            people += art["dateline"]["people"]
        for person in people:
            if person.get("role") not in ROLES:
                bad(f"{where}: unknown role {person.get('role')!r}")
            if person.get("name") != person.get("text"):
                bad(f"{where}: person name {person.get('name')!r} != text {person.get('text')!r}")
        credits = [c["text"] for c in art["photo_credits"]]
        for join in art["joins"]:
            s, e = join["at"]
            before, after = join["before"], join["after"]
            if page[s - len(before) : s] != before or page[e : e + len(after)] != after:
                bad(f"{where}: join {before}|{after} does not sit at {join['at']}")
            gap = page[s:e]
            for credit in credits:
                gap = gap.replace(credit, "")
            if gap.strip() or "\n" not in gap:
                bad(f"{where}: join gap {page[s:e]!r} is not a line break (+ a photo credit)")
            flat_cuts.append((s, e))
    # paragraphs are page text with the join gaps cut out (relinked ones: head + tail)
    flat, last = [], 0
    for s, e in sorted(flat_cuts):
        flat.append(page[last:s])
        last = e
    flat.append(page[last:])
    flat_page = "".join(flat)
    removed = [b["text"] for a in arts for b in a["bylines"]]
    removed += [c["text"] for a in arts for c in a["photo_credits"]]
    removed += [a["dateline"]["text"] for a in arts if a.get("dateline")]
    for i, art in enumerate(arts):
        relinked = {r["head"]["text"] + r["tail"]["text"] for r in art["relinks"]}
        for k, para in enumerate(art["paragraphs"]):
            where = f"articles[{i}].paragraphs[{k}]"
            if not para or "\n" in para or para != para.strip():
                bad(f"{where}: empty, multi-line or padded: {para[:20]!r}")
            if para not in flat_page and para not in relinked:
                bad(f"{where}: cannot be rebuilt from the page: {para[:20]!r}…")
            for text in removed:
                if text in para:
                    bad(f"{where}: still contains the credit {text!r}")
    return problems


def _check_numbers(
    quantities: list[dict[str, Any]], not_numbers: list[dict[str, Any]]
) -> list[str]:
    problems: list[str] = []
    bad = problems.append
    for q in quantities:
        where = f"quantity {q.get('text')!r} at {q.get('span')}"
        if q.get("kind") not in KINDS:
            bad(f"{where}: unknown kind {q.get('kind')!r}")
        try:
            for key in ("value", "low", "high"):
                if q.get(key) is not None:
                    Fraction(q[key])
        except (TypeError, ValueError):
            bad(f"{where}: value/low/high must be Fraction strings")
            continue
        if q.get("kind") == "range":
            if q.get("value") is not None or q.get("low") is None or q.get("high") is None:
                bad(f"{where}: a range has low/high and no value")
            elif Fraction(q["low"]) > Fraction(q["high"]):
                bad(f"{where}: low > high")
        elif q.get("value") is None or q.get("low") is not None or q.get("high") is not None:
            bad(f"{where}: a non-range has a value and no low/high")
        for key in ("approx", "unit"):
            if q.get(key) is not None and q[key] not in q["text"]:
                bad(f"{where}: {key} {q[key]!r} is not in the text")
    for n in not_numbers:
        if n.get("why") not in WHYS:
            bad(f"not_number {n.get('text')!r}: unknown why {n.get('why')!r}")
    spans = sorted(
        [(*q["span"], "quantity", q["text"]) for q in quantities]
        + [(*n["span"], "not_number", n["text"]) for n in not_numbers]
    )
    for a, b in itertools.pairwise(spans):
        if a[1] > b[0]:
            bad(f"{a[2]} {a[3]!r} at {a[:2]} overlaps {b[2]} {b[3]!r} at {b[:2]}")
    return problems


# ------------------------------------------------------------------------------ the parser

# Called as paper_parser.<name> at run time: a missing function is an AttributeError.
_api: Any = paper_parser


@cache
def parsed_issue(stem: str) -> Any:
    return _api.parse_issue(load(stem).page)


@cache
def parsed_masthead(stem: str) -> Any:
    return _api.parse_masthead(load(stem).page)


@cache
def found_numbers(stem: str) -> Any:
    return _api.find_numbers(load(stem).page)


# ------------------------------------------------------------------------------ comparators


def _plain(value: Any) -> Any:
    """A parser value in the gold's JSON terms (dates as ISO strings, exact numbers kept)."""
    if isinstance(value, date):
        return value.isoformat()
    return value


def _same(gold: Any, got: Any) -> bool:
    got = _plain(got)
    if gold is None or got is None:
        return gold is None and got is None
    if isinstance(gold, bool):
        return got is gold
    if isinstance(gold, int):
        return isinstance(got, int | Fraction) and not isinstance(got, bool) and got == gold
    if isinstance(gold, str):
        return got == gold if isinstance(got, str) else str(got) == gold
    return bool(gold == got)


def _lookup(obj: Any, key: str) -> Any:
    """``obj.key``, else ``obj.value.key`` (typed values such as CNNumber carry the parts)."""
    if hasattr(obj, key):
        return getattr(obj, key)
    return getattr(obj.value, key)


def _non_space(page: str, ranges: Iterable[tuple[int, int]]) -> Counter[int]:
    counts: Counter[int] = Counter()
    for s, e in ranges:
        counts.update(i for i in range(s, e) if not page[i].isspace())
    return counts


def _span_fits(page: str, gold_span: list[int], got: Any) -> bool:
    """The parser's span holds the gold span (a label may be included) on the same line(s)."""
    s, e = got.start, got.end
    if not (s <= gold_span[0] and gold_span[1] <= e):
        return False
    return page[s:e].count("\n") == page[gold_span[0] : gold_span[1]].count("\n")


def score_masthead_field(gp: GoldPage, name: str) -> Result:
    gold = (gp.gold.get("masthead") or {}).get(name)
    masthead = parsed_masthead(gp.stem)
    got = getattr(masthead, name)
    if name == "spans":
        g = _non_space(gp.page, [tuple(r) for r in gold or []])
        p = _non_space(gp.page, [(sp.start, sp.end) for sp in got])
        tp = sum(1 for i in p if i in g)
        res = Result(Score(tp, len(p) - tp, len(g) - tp))
        if g != p:
            res.problems.append(
                f"masthead covers {len(p)} non-space chars, gold {len(g)}, {tp} in common"
            )
        return res
    if name == "slogans":
        return compare_items(
            [(x["span"][0], x["span"][1]) for x in gold or []],
            [(x.span.start, x.span.end) for x in got],
            "slogan",
        )
    if name == "phones":
        return compare_items(
            [(x["value"], x.get("label")) for x in gold or []],
            [(str(x.value), getattr(x, "label", None)) for x in got],
            "phone",
        )
    if gold is None and got is None:
        return Result(Score())
    if gold is None:
        return Result(Score(fp=1), [f"{name}: unexpected {got!r}"])
    if got is None:
        return Result(Score(fn=1), [f"{name}: missing (gold {gold['text']!r})"])
    problems = [
        f"{name}.{key}: got {_lookup(got, key)!r}, gold {want!r}"
        for key, want in gold.items()
        if key not in {"text", "span"} and not _same(want, _lookup(got, key))
    ]
    if not _span_fits(gp.page, gold["span"], got.span):
        problems.append(f"{name}: span {got.span!r} does not hold gold {gold['span']}")
    return Result(Score(1, 0, 0) if not problems else Score(0, 1, 1), problems)


def _text(heading: Any) -> str | None:
    return None if heading is None else str(heading.text)


def _gold_headline(art: dict[str, Any]) -> str:
    return "".join(line["text"] for line in art["headline"]["lines"])


def _gold_lines(heading: dict[str, Any] | None) -> tuple[tuple[int, int], ...] | None:
    if heading is None:
        return None
    return tuple((line["span"][0], line["span"][1]) for line in heading["lines"])


def _got_lines(heading: Any) -> tuple[tuple[int, int], ...] | None:
    return None if heading is None else tuple((sp.start, sp.end) for sp in heading.lines)


def _people_gold(people: list[dict[str, Any]]) -> tuple[tuple[str, str], ...]:
    return tuple((p["name"], p["role"]) for p in people)


def _people_got(people: Any) -> tuple[tuple[str, str], ...]:
    return tuple((p.name, p.role) for p in people)


# Per article element: (gold items of one gold article, parser items of one parser article).
# Every item starts with the article's headline text, which is how articles are matched.
ItemFn = Callable[[str | None, Any], Iterable[Hashable]]


def _gold_items(element: str, art: dict[str, Any]) -> Iterator[Hashable]:
    hl = _gold_headline(art)
    if element == "articles":
        yield hl
    elif element == "headings":
        for role in HEADING_ROLES:
            if art.get(role) is not None:
                yield (hl, role, _gold_lines(art[role]))
    elif element == "bylines":
        for b in art["bylines"]:
            yield (hl, "byline", b["text"], b["source"], b["agency"])
            for p in b["people"]:
                yield (hl, "person", p["name"], p["role"])
    elif element == "datelines":
        d = art.get("dateline")
        if d is not None:
            yield (
                hl,
                d["text"],
                d["agency"],
                d["place"],
                d["month"],
                d["day"],
                d["date"],
                d["position"],
                _people_gold(d["people"]),
            )
    elif element == "photo_credits":
        for c in art["photo_credits"]:
            yield (hl, c["text"], _people_gold(c["people"]))
    elif element == "section_heads":
        for h in art["section_heads"]:
            yield (hl, h["text"], h["span"][0], h["span"][1])
    elif element == "paragraphs":
        for para in art["paragraphs"]:
            yield (hl, para)
    elif element == "joins":
        for j in art["joins"]:
            yield (hl, j["at"][0], j["at"][1])
    elif element == "relinks":
        for r in art["relinks"]:
            yield (hl, r["head"]["span"][0], r["tail"]["span"][0])


def _got_items(element: str, art: Any) -> Iterator[Hashable]:
    hl = _text(art.headline)
    if element == "articles":
        yield hl
    elif element == "headings":
        for role in HEADING_ROLES:
            if getattr(art, role) is not None:
                yield (hl, role, _got_lines(getattr(art, role)))
    elif element == "bylines":
        for b in art.bylines:
            yield (hl, "byline", b.text, b.source, b.agency)
            for p in b.people:
                yield (hl, "person", p.name, p.role)
    elif element == "datelines":
        d = art.dateline
        if d is not None:
            yield (
                hl,
                d.text,
                d.agency,
                d.place,
                d.month,
                d.day,
                _plain(d.date),
                d.position,
                _people_got(d.people),
            )
    elif element == "photo_credits":
        for c in art.photo_credits:
            yield (hl, c.text, _people_got(c.people))
    elif element == "section_heads":
        for h in art.section_heads:
            yield (hl, h.text, h.span.start, h.span.end)
    elif element == "paragraphs":
        for para in art.paragraphs:
            yield (hl, para.text)
    elif element == "joins":
        for j in art.joins:
            yield (hl, j.gap.start, j.gap.end)
    elif element == "relinks":
        for r in art.relinks:
            yield (hl, r.head.start, r.tail.start)


def score_article_element(gp: GoldPage, element: str) -> Result:
    issue = parsed_issue(gp.stem)
    gold = [item for art in gp.gold["articles"] for item in _gold_items(element, art)]
    got = [item for art in issue.articles for item in _got_items(element, art)]
    result = compare_items(gold, got, element)
    if element == "articles" and len(issue.articles) != len(gp.gold["articles"]):
        result.problems.insert(
            0, f"{len(issue.articles)} articles, gold {len(gp.gold['articles'])}"
        )
    return result


def _trimmed(page: str, s: int, e: int) -> tuple[int, int]:
    while s < e and page[s].isspace():
        s += 1
    while e > s and page[e - 1].isspace():
        e -= 1
    return s, e


def score_other(gp: GoldPage) -> Result:
    issue = parsed_issue(gp.stem)
    page = gp.page
    gold = [(o["role"], *_trimmed(page, *o["span"])) for o in gp.gold.get("other") or []]
    got = [(o.role, *_trimmed(page, o.span.start, o.span.end)) for o in issue.other]
    return compare_items(gold, got, "other block")


def score_losslessness(gp: GoldPage) -> Result:
    issue = parsed_issue(gp.stem)
    ranges = [(sp.start, sp.end) for sp in issue.masthead.spans]
    ranges += [(sp.start, sp.end) for art in issue.articles for sp in art.spans]
    ranges += [(o.span.start, o.span.end) for o in issue.other]
    counts = _non_space(gp.page, ranges)
    wanted = [i for i, ch in enumerate(gp.page) if not ch.isspace()]
    once = sum(1 for i in wanted if counts[i] == 1)
    twice = sum(1 for i in wanted if counts[i] > 1)
    missing = [i for i in wanted if counts[i] == 0]
    problems = []
    if missing:
        problems.append(f"{len(missing)} characters in no part, first {gp.page[missing[0]]!r}")
    if twice:
        problems.append(f"{twice} characters in more than one part")
    if any(not (0 <= s <= e <= len(gp.page)) for s, e in ranges):
        problems.append("a span lies outside the page")
    return Result(Score(once, twice, len(missing)), problems)


def _quantity_key(q: dict[str, Any]) -> tuple[Any, ...]:
    frac = [None if q[k] is None else Fraction(q[k]) for k in ("value", "low", "high")]
    return (q["kind"], q["approx"], q["unit"], *frac)


def _mention_key(m: Any) -> tuple[Any, ...]:
    frac = [None if v is None else Fraction(v) for v in (m.value, m.low, m.high)]
    return (m.kind, m.approx, m.unit, *frac)


def score_quantities(gp: GoldPage) -> Result:
    mentions = found_numbers(gp.stem)
    gold = {(q["span"][0], q["span"][1]): q for q in gp.gold.get("quantities") or []}
    problems: list[str] = []
    tp = fp = 0
    seen = set()
    for m in mentions:
        key = (m.span.start, m.span.end)
        q = gold.get(key)
        if q is None:
            fp += 1
            problems.append(f"unexpected {m.text!r} at {key}")
        elif _quantity_key(q) != _mention_key(m):
            fp += 1
            problems.append(
                f"{m.text!r} at {key}: got {_mention_key(m)!r}, gold {_quantity_key(q)!r}"
            )
        else:
            tp += 1
            seen.add(key)
    missing = [q for key, q in gold.items() if key not in seen]
    problems += [f"missing {q['text']!r} at {q['span']}" for q in missing]
    return Result(Score(tp, fp, len(missing)), problems)


def score_not_numbers(gp: GoldPage) -> Result:
    mentions = found_numbers(gp.stem)
    problems = []
    clean = 0
    for n in gp.gold.get("not_numbers") or []:
        s, e = n["span"]
        hits = [m for m in mentions if m.span.start < e and s < m.span.end]
        if hits:
            problems.append(f"{n['text']!r} ({n['why']}) read as {[m.text for m in hits]!r}")
        else:
            clean += 1
    return Result(Score(tp=clean, fp=len(problems)), problems)


def score(gp: GoldPage, element: str) -> Result:
    """Score one element of one gold page against the parser."""
    if element == "spans":
        return check_integrity(gp)
    if element.startswith("masthead."):
        return score_masthead_field(gp, element.split(".", 1)[1])
    if element in ARTICLE_ELEMENTS:
        return score_article_element(gp, element)
    if element == "other":
        return score_other(gp)
    if element == "quantities":
        return score_quantities(gp)
    if element == "not_numbers":
        return score_not_numbers(gp)
    if element == "losslessness":
        return score_losslessness(gp)
    raise KeyError(element)
