"""Scoring of ``parse_issue`` against the real credit lines of ``corpus/bylines/*.jsonl``.

Each item is an article's opening or closing as a page prints it (``corpus/bylines/README.md``),
read by hand. An item is parsed as a page of its own and scored on what a reader of the
records gets: the people of its articles (byline, dateline and photo credits), their roles,
and the place and date of filing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

import paper_parser
from tests.articles_scoring import Tally, squash

BYLINES = Path(__file__).resolve().parent.parent / "corpus" / "bylines"
#: Page staff (责任编辑, 校对 ...): scored on their own, as ``staff``.
STAFF_ROLES = frozenset({"editor"})


def load(name: str) -> list[dict[str, Any]]:
    """The items of ``corpus/bylines/<name>.jsonl``."""
    lines = (BYLINES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@attrs.define
class Found:
    """What ``parse_issue`` gives for one item."""

    people: list[tuple[str, str]]
    place: str | None
    month: int | None
    day: int | None


def read(text: str) -> Found:
    """The people, place and date ``parse_issue`` reads from ``text``."""
    issue = paper_parser.parse_issue(text)
    people = [(squash(p.name), p.role) for a in issue.articles for p in a.people]
    # The people of blocks set aside from the articles (captions, staff lines): a reader of
    # the records finds them there (``getattr``: a tree without ``OtherBlock.people`` reads
    # as none, so a set's "before" figures are the same with this scorer and the old one).
    people += [(squash(p.name), p.role) for o in issue.other for p in getattr(o, "people", ())]
    place = month = day = None
    for a in issue.articles:
        sources: list[Any] = [a.dateline, *a.bylines]
        for s in sources:
            if s is None:
                continue
            place = place or s.place
            if day is None and s.day is not None:
                month, day = s.month, s.day
    return Found(people=people, place=place, month=month, day=day)


@attrs.define
class Score:
    """Tallies over a set of items."""

    names: Tally = attrs.Factory(Tally)
    roles_right: int = 0
    staff: Tally = attrs.Factory(Tally)
    place: Tally = attrs.Factory(Tally)
    date: Tally = attrs.Factory(Tally)
    negatives: int = 0
    damaged: list[str] = attrs.Factory(list)
    missed: list[str] = attrs.Factory(list)

    def summary(self) -> dict[str, Any]:
        n = self.names
        return {
            "names_p": round(n.precision, 3),
            "names_r": round(n.recall, 3),
            "names_tp_fp_fn": (n.tp, n.fp, n.fn),
            "roles": round(self.roles_right / n.tp, 3) if n.tp else 1.0,
            "staff_r": round(self.staff.recall, 3),
            "place": (self.place.tp, self.place.fp, self.place.fn),
            "date": (self.date.tp, self.date.fp, self.date.fn),
            "negatives_damaged": f"{len(self.damaged)}/{self.negatives}",
        }


def _tally_names(score: Score, item: dict[str, Any], found: Found) -> None:
    gold = {squash(n): r for n, r in item["people"] if r not in STAFF_ROLES}
    staff = {squash(n) for n, r in item["people"] if r in STAFF_ROLES}
    got: dict[str, str] = {}
    for name, role in found.people:
        if role in STAFF_ROLES:
            continue
        got.setdefault(name, role)
    for name, role in gold.items():
        if name in got:
            score.names.tp += 1
            score.roles_right += got[name] == role
        else:
            score.names.fn += 1
            score.missed.append(f"{item['id']} {name}")
    score.names.fp += sum(1 for name in got if name not in gold and name not in staff)
    got_staff = {n for n, r in found.people if r in STAFF_ROLES}
    score.staff.tp += len(staff & got_staff)
    score.staff.fn += len(staff - got_staff)


def _tally_dateline(score: Score, item: dict[str, Any], found: Found) -> None:
    dl = item["dateline"] or {"place": None, "month": None, "day": None}
    for tally, want, got in (
        (score.place, dl["place"], found.place),
        (
            score.date,
            (dl["month"], dl["day"]) if dl["day"] else None,
            (found.month, found.day) if found.day else None,
        ),
    ):
        if want is not None and got == want:
            tally.tp += 1
        else:
            tally.fn += want is not None
            tally.fp += got is not None


def score(items: Iterable[dict[str, Any]]) -> Score:
    """Score ``parse_issue`` on ``items``."""
    out = Score()
    for item in items:
        found = read(item["text"])
        _tally_names(out, item, found)
        _tally_dateline(out, item, found)
        if not item["people"] and item["credit"] is None:
            out.negatives += 1
            if found.people:
                out.damaged.append(item["id"])
    return out
