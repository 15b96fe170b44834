"""Benchmark paper_parser.numerals against cn2an, and check the round trip exhaustively.

Run by hand (needs the ``bench`` extra):

    python benchmarks/numerals.py            # full run: round trip for every n < 10**7
    python benchmarks/numerals.py --quick    # round trip for n < 10**5 only

It prints, measured in the same run:

* the median time per call of ``parse_number`` and of ``cn2an.cn2an(s, "smart")`` over the
  same 10,000 random numerals (lowercase, as cn2an writes them), and their ratio (target >= 5);
* ``find_numbers`` throughput on a 20 KB text built from the sample page, against
  ``cn2an.transform`` on the same text (targets: >= 2 M chars/s and >= 5x cn2an);
* the exhaustive round trip ``parse_number(format_number(n, style=s)) == n`` for every n in
  [0, 10**7) in every style.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

import cn2an

from paper_parser import find_numbers, format_number, parse_number
from paper_parser.numerals import _analyse, _try_parse
from paper_parser.text import normalize

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "zhejiang-gongren-ribao-2021-12-23-p1.txt"
STYLES = ("lower", "upper", "traditional", "money", "digits")
#: Timed runs of find_numbers and cn2an.transform (alternating); the median is reported.
RUNS = 15


def _numerals(count: int, seed: int = 20211223) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        digits = rng.randint(1, 12)
        n = int("".join(rng.choice("0000123456789") for _ in range(digits)))
        out.append(format_number(n))
    return out


def _per_call(fn: object, items: list[str], repeat: int = 5) -> float:
    """Median over ``repeat`` runs of the mean time per call (seconds)."""
    call = fn  # type: ignore[assignment]
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for s in items:
            call(s)  # type: ignore[operator]
        runs.append((time.perf_counter() - start) / len(items))
    return statistics.median(runs)


def bench_parse() -> None:
    items = _numerals(10_000)
    _try_parse.cache_clear()
    ours = _per_call(parse_number, items)
    theirs = _per_call(lambda s: cn2an.cn2an(s, "smart"), items)
    print("parse_number on 10,000 random numerals (median of 5 runs, per call):")
    print(f"  paper_parser.parse_number  {ours * 1e6:8.2f} us")
    print(f"  cn2an.cn2an(s, 'smart')    {theirs * 1e6:8.2f} us")
    print(f"  ratio (cn2an / ours)       {theirs / ours:8.2f}x   target >= 5x")


def _text_20kb() -> str:
    page = SAMPLE.read_text(encoding="utf-8")
    reps = 20_000 // len(page) + 1
    return (page * reps)[:20_000]


def bench_find() -> None:
    text = _text_20kb()
    runs_ours = []
    runs_theirs = []
    for _ in range(RUNS):
        _analyse.cache_clear()
        _try_parse.cache_clear()
        normalize.cache_clear()  # the text layer memoises the last few pages
        start = time.perf_counter()
        find_numbers(text)
        runs_ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        cn2an.transform(text, "cn2an")
        runs_theirs.append(time.perf_counter() - start)
    ours = statistics.median(runs_ours)
    theirs = statistics.median(runs_theirs)
    print(f"find_numbers on a {len(text):,}-char text (median of {RUNS} runs, cold caches):")
    for name, took in (("paper_parser.find_numbers", ours), ("cn2an.transform", theirs)):
        print(f"  {name:26s} {took * 1e3:8.2f} ms  {len(text) / took / 1e6:6.2f} M chars/s")
    print(f"  ratio (cn2an / ours)       {theirs / ours:8.2f}x   target >= 5x, >= 2 M chars/s")


def round_trip(limit: int) -> bool:
    print(f"round trip parse_number(format_number(n, style=s)) == n for n in [0, {limit:,}):")
    ok = True
    for style in STYLES:
        start = time.perf_counter()
        bad = [n for n in range(limit) if parse_number(format_number(n, style=style)) != n]
        took = time.perf_counter() - start
        print(
            f"  {style:12s} {'ok' if not bad else f'{len(bad)} FAILURES, e.g. {bad[:5]}'}"
            f"  ({took:.1f} s)"
        )
        ok = ok and not bad
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="round trip only below 10**5")
    args = parser.parse_args()
    bench_parse()
    bench_find()
    ok = round_trip(10**5 if args.quick else 10**7)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
