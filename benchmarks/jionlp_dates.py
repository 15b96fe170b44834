"""Compare :func:`paper_parser.timex.find_article_dates` with jionlp's time parser (by hand).

jionlp (Apache-2.0) is NOT a dependency of any extra: it requires ``jiojio``, which is GPL-3.0,
and this project takes no GPL dependency. Install it by hand in a scratch environment to run
this script (``pip install jionlp``); the script says so and stops when it is missing.

Run: ``python benchmarks/jionlp_dates.py``. Prints

* the sample page: every hand-read expression of
  ``corpus/zhejiang-gongren-ribao-2021-12-23-p1.dates.json``, our value and jionlp's
  ``parse_time(text, time_base=reference)``, and whether the two name the same days;
* the sentence corpus: the sentences whose source address carries its date (the reference),
  every expression either finder reads, aligned by position, and the disagreements.

Agreement is judged on days: our value becomes the days it covers (``2021-11`` is November,
``2021-W50`` its Monday to Sunday, an interval its two ends); jionlp's ``time`` pair is cut to
days. ``same``: the same first and last day; ``inside``: jionlp's days lie inside ours (it
names a narrower part, e.g. 25-30 November for ``11月底``, where we keep the month and
``mod=END``); ``unresolved``: one side gives no value; ``differ``: anything else.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

from paper_parser.timex import ResolvedDate, _covered, find_article_dates

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def _days(value: str | None) -> tuple[date, date] | None:
    """The first and last day a TIMEX3-style value covers (seasons: none)."""
    return _covered(value)


def _their_days(parsed: dict[str, object] | None) -> tuple[date, date] | None:
    if not parsed:
        return None
    time = parsed.get("time")
    if not isinstance(time, list) or len(time) != 2:
        return None
    ends = []
    for t in time:
        if not isinstance(t, str) or not re.match(r"\d{4}-\d{2}-\d{2}", t):
            return None  # 'inf' and friends: an open end
        ends.append(date.fromisoformat(t[:10]))
    return ends[0], ends[1]


def _verdict(ours: tuple[date, date] | None, theirs: tuple[date, date] | None) -> str:
    if ours is None or theirs is None:
        return "unresolved" if ours != theirs else "same"
    if ours == theirs:
        return "same"
    if ours[0] <= theirs[0] and theirs[1] <= ours[1]:
        return "inside"
    return "differ"


def _parse(jio: object, text: str, ref: date) -> dict[str, object] | None:
    base = {"year": ref.year, "month": ref.month, "day": ref.day}
    try:
        return jio.parse_time(text, time_base=base)  # type: ignore[attr-defined,no-any-return]
    except Exception:
        return None


def sample(jio: object) -> None:
    gold = json.loads((CORPUS / "zhejiang-gongren-ribao-2021-12-23-p1.dates.json").read_text())
    page = (CORPUS / gold["page"]).read_text(encoding="utf-8")
    ours: dict[tuple[int, int], ResolvedDate] = {}
    for region in gold["regions"]:
        s, e = region["span"]
        ref = date.fromisoformat(region["reference"])
        for d in find_article_dates(page, ref, start=s, end=e):
            ours[(d.span.start, d.span.end)] = d
    counts: dict[str, int] = {}
    print("sample page (gold expressions):")
    print(f"  {'text':22} {'gold':24} {'ours':24} {'jionlp days':26} verdict")
    for item in gold["dates"]:
        ref = date.fromisoformat(item["reference"])
        mine = ours.get(tuple(item["span"]))
        theirs = _parse(jio, item["text"], ref)
        their_days = _their_days(theirs)
        verdict = _verdict(_days(mine.value if mine else None), their_days)
        counts[verdict] = counts.get(verdict, 0) + 1
        shown = (
            f"{their_days[0]}..{their_days[1]}"
            if their_days
            else str(theirs and theirs.get("time"))
        )
        print(
            f"  {item['text']:22} {item['value'] or '-':24} "
            f"{(mine.value if mine else 'MISSED') or '-':24}"
            f" {shown:26} {verdict}"
        )
    print("  verdicts:", counts)


def _time(found: dict[str, object]) -> object:
    detail = found.get("detail")
    return detail.get("time") if isinstance(detail, dict) else None


def _reference(source: str) -> date | None:
    for pattern in (
        r"(20\d{2})(\d{2})(\d{2})",
        r"(20\d{2})-(\d{2})/(\d{2})",
        r"(20\d{2})/(\d{2})/(\d{2})",
    ):
        if m := re.search(pattern, source):
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
    return None


def sentences(jio: object) -> None:
    rows = []
    for path in sorted((CORPUS / "sentences").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    dated = [(r, _reference(r.get("source", ""))) for r in rows]
    dated = [(r, ref) for r, ref in dated if ref is not None]
    counts: dict[str, int] = {}
    print(f"\nsentences with a dated source: {len(dated)} of {len(rows)}")
    for row, ref in dated:
        text = row["text"]
        mine = find_article_dates(text, ref)
        base = {"year": ref.year, "month": ref.month, "day": ref.day}
        try:
            theirs = jio.ner.extract_time(text, time_base=base)  # type: ignore[attr-defined]
        except Exception:
            theirs = []
        used: set[int] = set()
        for d in mine:
            k = next(
                (
                    i
                    for i, t in enumerate(theirs)
                    if i not in used
                    and t["offset"][0] < d.span.end
                    and d.span.start < t["offset"][1]
                ),
                None,
            )
            if k is None:
                counts["only ours"] = counts.get("only ours", 0) + 1
                print(f"  [only ours] {row['id']} {d.text!r} -> {d.value}  ref {ref}")
                continue
            used.add(k)
            t = theirs[k]
            verdict = _verdict(_days(d.value), _their_days(t.get("detail")))
            counts[verdict] = counts.get(verdict, 0) + 1
            if verdict != "same":
                print(
                    f"  [{verdict}] {row['id']} ours {d.text!r} -> {d.value}; "
                    f"jionlp {t['text']!r} -> {_time(t)}  ref {ref}"
                )
        for i, t in enumerate(theirs):
            if i not in used:
                counts["only jionlp"] = counts.get("only jionlp", 0) + 1
                print(f"  [only jionlp] {row['id']} {t['text']!r} -> {_time(t)}  ref {ref}")
    print("  verdicts:", counts)


def main() -> None:
    try:
        import jionlp as jio
    except ImportError:
        print(
            "jionlp is not installed (it is no extra of this project: "
            "its dependency jiojio is GPL-3.0)."
        )
        sys.exit(0)
    sample(jio)
    sentences(jio)


if __name__ == "__main__":
    main()
