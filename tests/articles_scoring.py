"""Scoring of parse_issue against real-page gold files of schema ``articles-1``.

The gold (``corpus/*.articles.json``, ``corpus/web/*.articles.json``) is written by reading
the page and holds, per article, the headline group, the credited people, the dateline and
the first and last twelve characters of the body; see ``corpus/README.md``. Texts are
compared with all white space removed, so one gold scores every rendering of a page
(``pdftotext`` default, ``-layout``, web copy).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

import paper_parser
from paper_parser import Article

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
REALDEV = Path(__file__).resolve().parent.parent.parent / "shared" / "realdev"
#: Roles that make a person an author of the article (not a translator, editor, provider).
AUTHOR_ROLES = frozenset({"reporter", "correspondent", "intern", "author"})
_SPACE_RE = regex.compile(r"\s++")
SCORED_KINDS = ("article",)


def squash(text: str | None) -> str:
    """``text`` with every white space character removed ('' for None)."""
    return _SPACE_RE.sub("", text or "")


@attrs.define
class Tally:
    """True positives, false positives and false negatives of one element."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@attrs.define
class Report:
    """Scores of one text against its gold."""

    name: str
    gold_articles: int = 0
    parsed_articles: int = 0
    headlines: Tally = attrs.Factory(Tally)
    names: Tally = attrs.Factory(Tally)
    datelines: Tally = attrs.Factory(Tally)
    columns: Tally = attrs.Factory(Tally)
    bodies: Tally = attrs.Factory(Tally)
    problems: list[str] = attrs.Factory(list)

    @property
    def count_error(self) -> float:
        """Relative error of the article count."""
        return abs(self.parsed_articles - self.gold_articles) / max(1, self.gold_articles)


def load_gold(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """The items of the gold files, in file order."""
    items: list[dict[str, Any]] = []
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["schema"] == "articles-1", path
        items.extend(data["articles"])
    return items


def _people(a: Article) -> list[str]:
    found = [p.name for b in a.bylines for p in b.people if p.role in AUTHOR_ROLES]
    if a.dateline is not None:
        found.extend(p.name for p in a.dateline.people if p.role in AUTHOR_ROLES)
    return [squash(n) for n in found]


def body_stream(a: Article) -> str:
    """Section heads and paragraphs in page order, white space removed."""
    parts = [(h.span.start, h.text) for h in a.section_heads]
    parts.extend((p.spans[0].start, p.text) for p in a.paragraphs if p.spans)
    return squash("".join(t for _, t in sorted(parts)))


def _match(gold: Sequence[dict[str, Any]], parsed: Sequence[Article]) -> list[int | None]:
    """For each gold article, the index of the parsed article with the same headline
    (in order, each parsed article used once)."""
    by_head: dict[str, list[int]] = {}
    for i, a in enumerate(parsed):
        head = squash(a.headline.text if a.headline else "")
        by_head.setdefault(head, []).append(i)
    out: list[int | None] = []
    for g in gold:
        cands = by_head.get(squash(g.get("headline")), [])
        out.append(cands.pop(0) if cands else None)
    return out


def score_text(name: str, text: str, gold_items: Sequence[dict[str, Any]]) -> Report:
    """Parse ``text`` and score it against ``gold_items``."""
    return score_articles(name, paper_parser.parse_issue(text).articles, gold_items)


def score_articles(
    name: str, articles: Sequence[Article], gold_items: Sequence[dict[str, Any]]
) -> Report:
    """Score parsed ``articles`` (of a text, or of a PDF page) against ``gold_items``."""
    parsed = list(articles)
    gold = [g for g in gold_items if g.get("kind", "article") in SCORED_KINDS]
    counted = [g for g in gold_items if g.get("headline")]
    rep = Report(name=name, gold_articles=len(counted), parsed_articles=len(parsed))
    matches = _match(gold, parsed)
    used = {m for m in matches if m is not None}
    for g, m in zip(gold, matches, strict=True):
        gnames = [squash(p["name"]) for p in g.get("people", [])]
        if m is None:
            rep.headlines.fn += 1
            rep.names.fn += len(gnames)
            rep.bodies.fn += 2
            rep.datelines.fn += g.get("dateline") is not None
            rep.columns.fn += g.get("column") is not None
            rep.problems.append(f"headline missing: {g.get('headline')}")
            continue
        a = parsed[m]
        rep.headlines.tp += 1
        _score_names(rep, g, gnames, _people(a))
        _score_dateline(rep, g, a)
        _score_column(rep, g, a)
        _score_body(rep, g, a)
    # Articles the gold does not have (or whose headline is wrong) are false positives,
    # and so are the names in them.
    heads_ok = {squash(g.get("headline")) for g in gold_items if g.get("headline")}
    for i, a in enumerate(parsed):
        if i in used:
            continue
        head = squash(a.headline.text if a.headline else "")
        if head in heads_ok:
            continue  # an advert or other counted item: not scored, not wrong
        rep.headlines.fp += 1
        rep.names.fp += len(_people(a))
        rep.problems.append(f"unexpected article: {head[:30]!r}")
    return rep


def _score_names(rep: Report, g: dict[str, Any], gold: list[str], got: list[str]) -> None:
    gc, pc = Counter(gold), Counter(got)
    tp = sum((gc & pc).values())
    rep.names.tp += tp
    rep.names.fp += sum(pc.values()) - tp
    rep.names.fn += sum(gc.values()) - tp
    if gc != pc:
        rep.problems.append(f"names {g.get('headline')}: gold {gold} got {got}")


def _dateline_proper(text: str) -> str:
    """A parsed dateline's text as the gold writes it: ``Dateline.text`` is the dateline as
    printed, with its brackets (【新华社重庆十四日电】) and a leading 据 (abridged copy, also
    ``Dateline.abridged``); the gold (articles-1) leaves both out."""
    out = squash(text).lstrip("【[〔(（")
    return out[1:] if out.startswith("据") else out


def _score_dateline(rep: Report, g: dict[str, Any], a: Article) -> None:
    gd = g.get("dateline")
    d = a.dateline
    if gd is None:
        if d is not None:
            rep.datelines.fp += 1
            rep.problems.append(f"dateline unexpected {g.get('headline')}: {d.text}")
        return
    ok = (
        d is not None
        and _dateline_proper(d.text).startswith(squash(gd["text"]))
        and d.month == gd.get("month")
        and d.day == gd.get("day")
        and d.position == gd.get("position", "start")
    )
    if ok:
        rep.datelines.tp += 1
    else:
        rep.datelines.fn += 1
        rep.datelines.fp += d is not None
        got = None if d is None else (d.text, d.position)
        rep.problems.append(f"dateline {g.get('headline')}: gold {gd['text']} got {got}")


def _score_column(rep: Report, g: dict[str, Any], a: Article) -> None:
    gold, got = squash(g.get("column")), squash(a.column.text if a.column else "")
    if gold == got:
        rep.columns.tp += bool(gold)
        return
    rep.columns.fn += bool(gold)
    rep.columns.fp += bool(got)
    rep.problems.append(f"column {g.get('headline')}: gold {gold!r} got {got!r}")


def _score_body(rep: Report, g: dict[str, Any], a: Article) -> None:
    body = body_stream(a)
    for key, got in (("body_first", body[:12]), ("body_last", body[-12:])):
        gold = squash(g.get(key))
        if not gold:
            continue
        if body.startswith(gold) if key == "body_first" else body.endswith(gold):
            rep.bodies.tp += 1
        else:
            rep.bodies.fn += 1
            rep.problems.append(f"{key} {g.get('headline')}: gold {gold!r} got {got!r}")


def table(reports: Sequence[Report]) -> str:
    """A plain-text table of the reports."""
    rows = [
        f"{'text':46} {'arts':>9} {'headline':>8} {'names P':>7} {'names R':>7} "
        f"{'dateline':>8} {'column':>6} {'body':>6}"
    ]
    for r in reports:
        rows.append(
            f"{r.name:46} {r.parsed_articles:>4}/{r.gold_articles:<4} "
            f"{r.headlines.recall:8.2f} {r.names.precision:7.2f} {r.names.recall:7.2f} "
            f"{r.datelines.recall:8.2f} {r.columns.recall:6.2f} {r.bodies.recall:6.2f}"
        )
    return "\n".join(rows)
