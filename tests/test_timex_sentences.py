"""find_article_dates scored on real news sentences (corpus/dates/*.jsonl, see its README).

Each sentence carries its reference date (the dateline date or the paper's date, ``null`` when
the page shows none) and every date and time expression in it, read by hand. The scores, per
file (``pytest tests/test_timex_sentences.py -s`` prints the table, and so does running this
file):

* precision and recall of the spans (a found date counts when its span is a gold span);
* lenient precision and recall (a found date counts when it overlaps a gold span), so a span
  a character too long or short is told apart from a date missed;
* of the spans found right: the share whose ``value`` and ``mod`` are as annotated, and the
  share whose ``time`` is.

``heldout-*`` files were annotated and scored before any change made for them; ``dev-*``
files are what the rules were developed on. The floors are the figures measured, rounded
down: a change that makes the finder worse on real sentences fails here.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from paper_parser.timex import find_article_dates

DATES = Path(__file__).resolve().parent.parent / "corpus" / "dates"


class Score(NamedTuple):
    gold: int = 0
    found: int = 0
    exact: int = 0
    gold_touched: int = 0
    found_touching: int = 0
    value_ok: int = 0
    time_ok: int = 0

    def __add__(self, other: object) -> Score:  # type: ignore[override]
        assert isinstance(other, Score)
        return Score(*(a + b for a, b in zip(self, other, strict=True)))

    @staticmethod
    def _div(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def precision(self) -> float:
        return self._div(self.exact, self.found)

    @property
    def recall(self) -> float:
        return self._div(self.exact, self.gold)

    @property
    def lenient_precision(self) -> float:
        return self._div(self.found_touching, self.found)

    @property
    def lenient_recall(self) -> float:
        return self._div(self.gold_touched, self.gold)

    @property
    def value(self) -> float:
        return self._div(self.value_ok, self.exact)

    @property
    def time(self) -> float:
        return self._div(self.time_ok, self.exact)


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(sentence: dict[str, Any]) -> Score:
    ref = sentence["reference"]
    found = find_article_dates(sentence["text"], date.fromisoformat(ref) if ref else None)
    gold = {(d["start"], d["end"]): d for d in sentence["dates"]}
    spans = [(f.span.start, f.span.end) for f in found]

    def touches(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    exact = value_ok = time_ok = 0
    for f in found:
        g = gold.get((f.span.start, f.span.end))
        if g is None:
            continue
        exact += 1
        value_ok += f.value == g["value"] and f.mod == g["mod"]
        time_ok += f.time == g["time"]
    return Score(
        gold=len(gold),
        found=len(found),
        exact=exact,
        gold_touched=sum(any(touches(g, s) for s in spans) for g in gold),
        found_touching=sum(any(touches(s, g) for g in gold) for s in spans),
        value_ok=value_ok,
        time_ok=time_ok,
    )


def scores() -> dict[str, Score]:
    out: dict[str, Score] = {}
    for path in sorted(DATES.glob("*.jsonl")):
        out[path.stem] = sum((score(s) for s in _read(path)), Score())
    return out


def table(by_file: dict[str, Score]) -> str:
    head = f"{'file':<18}{'gold':>5}{'found':>6}{'P':>7}{'R':>7}{'lenP':>7}{'lenR':>7}"
    lines = [head + f"{'value':>7}{'time':>7}"]
    for name, s in by_file.items():
        lines.append(
            f"{name:<18}{s.gold:>5}{s.found:>6}{s.precision:>7.3f}{s.recall:>7.3f}"
            f"{s.lenient_precision:>7.3f}{s.lenient_recall:>7.3f}{s.value:>7.3f}{s.time:>7.3f}"
        )
    return "\n".join(lines)


@pytest.fixture(scope="module")
def by_file() -> dict[str, Score]:
    result = scores()
    print("\n" + table(result))
    return result


#: Measured figures, rounded down (precision, recall, value accuracy on exact spans).
FLOORS = {
    # held-out before the rules for it: P 0.838 R 0.681 value 0.952 (a dev file since h/dates2)
    "heldout-2026-12": {"precision": 1.0, "recall": 1.0, "value": 1.0},
    "dev-2026-12": {"precision": 1.0, "recall": 1.0, "value": 0.98},
    "dev-2026-12b": {"precision": 1.0, "recall": 0.95, "value": 1.0},
    # before the rules of h/dates2: P 0.806 R 0.682 value 0.827
    "dev-2026-12c": {"precision": 1.0, "recall": 1.0, "value": 0.86},
    # held-out in h/dates2 (P 0.832 R 0.782 value 0.772 before; a dev file since h/dates3)
    "heldout-2026-12b": {"precision": 0.96, "recall": 0.92, "value": 0.88},
    # before the rules of h/dates3: P 0.905 R 0.864 value 0.965 (with 近年 not yet in the gold)
    "dev-2026-12d": {"precision": 1.0, "recall": 0.97, "value": 1.0},
    # held-out in h/dates3 (P 0.744 R 0.832 value 0.889 before; a dev file since h/dates4)
    "heldout-2026-12c": {"precision": 0.93, "recall": 0.94, "value": 0.94},
    # before the rules of h/dates4: P 0.874 R 0.874 value 0.955
    "dev-2026-12e": {"precision": 0.96, "recall": 0.93, "value": 0.98},
    # held-out, scored on the unchanged code (P 0.780 R 0.807 value 0.944) and once at the end
    "heldout-2026-12e": {"precision": 0.92, "recall": 0.94, "value": 0.96},
    # before the rules of h/dates5: P 0.758 R 0.852 value 0.947
    "dev-2026-12f": {"precision": 0.95, "recall": 0.94, "value": 0.98},
    # held-out, scored on the unchanged code (P 0.769 R 0.761 value 0.952) and once at the
    # end (the same figures: the round's rules changed nothing on it)
    # (a dev file since h/dates6)
    "heldout-2026-12f": {"precision": 0.92, "recall": 0.97, "value": 0.98},
    # held-out, scored on the unchanged code (P 0.755 R 0.875 value 0.981) and once at the end
    # (a dev file since h/dates7: P 0.757 R 0.883 before its rules, P 0.894 R 0.917 after)
    "heldout-2026-12g": {"precision": 0.89, "recall": 0.94, "value": 0.99},
    # held-out, scored on the unchanged code (P 0.754 R 0.860 value 0.984) and once at the end
    # (a dev file since h/dates8: P 0.815 R 0.853 before its rules, P 0.948 R 0.973 after)
    "heldout-2026-12h": {"precision": 0.94, "recall": 0.97, "value": 1.0},
    # held-out, scored on the unchanged code (P 0.794 R 0.832 value 0.820) and once at the end
    "heldout-2026-12i": {"precision": 0.80, "recall": 0.88, "value": 0.81},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_date_sentence_scores(by_file: dict[str, Score], name: str) -> None:
    s, floors = by_file[name], FLOORS[name]
    assert s.precision >= floors["precision"]
    assert s.recall >= floors["recall"]
    assert s.value >= floors["value"]


def test_gold_spans_are_the_text() -> None:
    """Every gold span is where its text is, and the spans of a sentence do not overlap."""
    for path in sorted(DATES.glob("*.jsonl")):
        for s in _read(path):
            last = 0
            for d in s["dates"]:
                assert s["text"][d["start"] : d["end"]] == d["text"], (s["id"], d)
                assert d["start"] >= last, (s["id"], d)
                last = d["end"]


if __name__ == "__main__":
    print(table(scores()))
