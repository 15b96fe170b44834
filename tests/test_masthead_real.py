"""parse_masthead on real masthead heads of papers it was not written against
(corpus/mastheads): every fact of every page compared with the gold written by reading.

``dev/`` is what the reader is developed against; ``heldout/`` was split off before anything
was run and is read to see how the rules carry over. Both tables are printed (``-s``) and
each set is held to a floor: the accuracy measured when the set was last scored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from paper_parser import parse_masthead

ROOT = Path(__file__).resolve().parent.parent / "corpus" / "mastheads"
FIELDS = (
    "paper_name",
    "date",
    "weekday",
    "lunar",
    "issue_total",
    "page_count",
    "edition",
    "issn",
    "cn_number",
    "postal_code",
    "website",
)
#: Fields right out of all compared (pages x fields), measured 2026-12-06 (heldout run once,
#: after the last rule); they may only rise.
#: Before the round (frozen code of fae2f39): dev 191/209, heldout 195/220.
#: heldout 210 at its one run; 217 after the letter-spacing rule and 219 after the web date
#: line, both written after that run showed the classes (台灣新報's 2 0 2 1 年 9 月 …, 文章日期:
#: …): development figures, not carry-over.
#: Batch 5 (9 dev + 12 held-out pages) added 2026-12-07 and scored with the unchanged code of
#: 1d0285a: dev batch 5 91/99, heldout batch 5 116/132 (whole sets 296/308 and 335/363).
#: Rules of round 5 (developed on dev and the older held-out batches 1-4): dev 305/308;
#: held-out batch 5 run once at the end: 118/132 (older batches 1-4 226/231), whole set 344/363.
#: Batch 6 (10 dev + 12 held-out pages) added 2026-12-07 and scored with the unchanged code of
#: ff13f44: dev batch 6 91/110, heldout batch 6 106/132 (whole sets 396/418 and 450/495).
#: Rules of round 6 (developed on dev and the older held-out batches): dev 407/418 (batch 6
#: 102/110); held-out batch 6 run once at the end: 119/132 (older batches 343/363: the Sydney
#: weekly's letter-spaced advertiser URL now reads as one), whole set 462/495.
#: Batch 7 (9 dev + 10 held-out pages) added 2026-12-07 and scored with the unchanged code of
#: 05e0084: dev batch 7 97/99, heldout batch 7 94/110 (whole sets 504/517 and 556/605).
#: Rules of round 7 (developed on dev and the older held-out batches 1-6): dev 505/517 (batch 7
#: 98/99); held-out batch 7 run once at the end: 96/110 (date 5 -> 6, edition 8 -> 9; older
#: batches 462 -> 466/495: faguo-qiaobao's site line, hkipost's and the 长子 county paper's
#: running numbers and page), whole set 562/605.
#: Batch 8 (8 dev + 10 held-out pages) added 2026-12-07 and scored with the unchanged code of
#: 9bf241c: dev batch 8 82/88, heldout batch 8 98/110 (whole sets 587/605 and 660/715).
#: Rules of round 8, developed on dev and the older held-out batches 1-7 (a masthead run into
#: the middle of a long line; the weekday before a lunar date; an English date field opening
#: the page; document and issue titles; romanised names; lettered page labels; the head's
#: own unmarked lines; a name line with the page's label): dev 587 -> 590/605 (batch 8 82 ->
#: 84/88), held-out 1-7 562 -> 575/605. Held-out batch 8 was run twice: 98/110 after the
#: first two rules (a premature run), 99/110 at the end (date 7 -> 8); whole set 674/715.
#: Batch 9 (8 dev + 9 held-out pages) added 2026-12-07 and scored with the unchanged code of
#: 2a772ac: dev batch 9 78/88, heldout batch 9 94/99 (whole sets 668/693 and 768/814).
#: Rules of round 9, developed on dev and the older held-out batches 1-8 (a "today is" clause;
#: an em-dash edition in a document title; a copula label is no name; a page label in
#: Chinese numerals; a short title line's one date): dev 668 -> 676/693 (batch 9 78 -> 85/88),
#: held-out 1-8 674 -> 679/715. Held-out batch 9 run once at the end: 94/99 (unchanged; the
#: same three pages miss), whole set 773/814.
#: Batch 10 (8 dev + 8 held-out pages) added 2026-12-07 and scored with the unchanged code of
#: 287e18f: dev batch 10 69/88, heldout batch 10 83/88 (whole sets 745/781 and 856/902).
#: Rules of round 10, developed on dev and the older held-out batches 1-9 (dates in financial
#: numerals; the weekday after a lunar date; 第四頁; a year-last date read in the order its
#: weekday confirms; letter-spaced name lines; a running number beside the date or in Chinese
#: digits; dates broken over lines; reign and Japanese era years; breadcrumb labels): dev
#: 745 -> 756/781 (batch 10 69 -> 80/88), held-out 1-9 773 -> 775/814. Held-out batch 10 run
#: once at the end: 85/88 (weekday 6 -> 8), whole set 860/902.
FLOORS = {"dev": 756, "heldout": 860}


def _got(text: str) -> dict[str, Any]:
    m = parse_masthead(text)
    lu = m.lunar
    return {
        "paper_name": m.paper_name.value if m.paper_name else None,
        "date": m.date.value.isoformat() if m.date else None,
        "weekday": m.weekday.value if m.weekday else None,
        "lunar": (
            {"ganzhi": lu.ganzhi, "month": lu.month, "day": lu.day, "leap": lu.leap} if lu else None
        ),
        "issue_total": m.issue_total.value if m.issue_total else None,
        "page_count": m.page_count.value if m.page_count else None,
        "edition": m.edition.value if m.edition else None,
        "issn": str(m.issn.value) if m.issn else None,
        "cn_number": str(m.cn_number.value) if m.cn_number else None,
        "postal_code": str(m.postal_code.value) if m.postal_code else None,
        "website": m.website.value if m.website else None,
    }


def score(name: str) -> tuple[int, int, list[str]]:
    """Fields right, fields compared and the printed table of set ``name``."""
    gold = json.loads((ROOT / name / "gold.json").read_text(encoding="utf-8"))
    right = dict.fromkeys(FIELDS, 0)
    lines = [f"{name:38} " + " ".join(f"{f[:8]:>8}" for f in FIELDS)]
    for stem, facts in gold.items():
        got = _got((ROOT / name / f"{stem}.txt").read_text(encoding="utf-8"))
        cells = []
        for f in FIELDS:
            ok = got[f] == facts[f]
            right[f] += ok
            cells.append(f"{'ok' if ok else 'MISS' if got[f] is None else 'WRONG':>8}")
        lines.append(f"{stem:38} " + " ".join(cells))
    lines.append(f"{'right of ' + str(len(gold)):38} " + " ".join(f"{right[f]:>8}" for f in FIELDS))
    return sum(right.values()), len(gold) * len(FIELDS), lines


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_real_mastheads_hold_their_floor(name: str) -> None:
    right, total, lines = score(name)
    print("\n" + "\n".join(lines) + f"\n{name}: {right}/{total} fields right")
    assert right >= FLOORS[name]


def test_gold_files_match_the_texts() -> None:
    for name in FLOORS:
        gold = json.loads((ROOT / name / "gold.json").read_text(encoding="utf-8"))
        assert sorted(gold) == sorted(p.stem for p in (ROOT / name).glob("*.txt"))
        for facts in gold.values():
            assert set(FIELDS) <= set(facts)


def score_batches(name: str, batches: set[int]) -> tuple[int, int]:
    """Fields right and compared on the pages of ``batches`` of set ``name`` (each page's
    misses printed): ``python tests/test_masthead_real.py heldout 5``."""
    gold = json.loads((ROOT / name / "gold.json").read_text(encoding="utf-8"))
    right = total = 0
    for stem, facts in gold.items():
        if facts.get("batch") not in batches:
            continue
        got = _got((ROOT / name / f"{stem}.txt").read_text(encoding="utf-8"))
        bad = [f"{f}: {got[f]!r} (gold {facts[f]!r})" for f in FIELDS if got[f] != facts[f]]
        right += len(FIELDS) - len(bad)
        total += len(FIELDS)
        print(f"{stem:38} " + ("ok" if not bad else "; ".join(bad)))
    print(f"{name} batches {sorted(batches)}: {right}/{total} fields right")
    return right, total


if __name__ == "__main__":
    import sys

    score_batches(sys.argv[1], {int(b) for b in sys.argv[2].split(",")})
