"""Benchmark: ``parse_issue`` on the sample page against one ``regex`` scan of the same text
(the floor any parser pays), where the time goes, and what a fresh process pays.

Run by hand (not by CI): ``python benchmarks/issue.py [--quick]``. Prints

* the ratio parse_issue / scan in paired rounds (each round times both, back to back, so a
  load that comes and goes on a shared machine moves both): the median and the range, with
  ms/page and pages/s;
* where the time goes, each part timed alone: building the page, the masthead, the units
  (lines classified), the whole segmentation, and inside it the numbers and the article
  dates;
* ``parse_masthead`` alone on the sample, given the page as a string and as the
  :class:`~paper_parser.text.Page` that ``parse_issue`` builds, against the scan;
* scaling: the time per character on pages made of 1, 10 and 100 copies of the sample (a
  linear parser keeps it flat; ``benchmarks/worst_case.py`` tries adversarial shapes);
* with ``--baseline SRC`` (another copy of the package's ``src``, such as a frozen copy from
  before a change): the same paired rounds run on that copy in a child process after each
  round of this one, so both ratios come from the same run, and the speed-up per round;
* a fresh process: the CPU time of ``import paper_parser`` and of loading the parser
  (``from paper_parser import parse_issue``; the package loads its modules on first use) with
  bytecode cached and without
  (``PYTHONDONTWRITEBYTECODE=1``: every module compiled from source, as CI runs), against
  importing the run-time dependencies alone (``attrs`` and ``regex``, the named peer), and the
  first ``parse_issue`` of a process against a later one (the first pays for anything built
  on first use). Best of several fresh processes each.
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from pathlib import Path

import regex

from paper_parser import parse_issue
from paper_parser._units import make_units
from paper_parser.masthead import parse_masthead
from paper_parser.numerals import find_numbers
from paper_parser.segment import _segment
from paper_parser.text import build_page
from paper_parser.timex import find_article_dates

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PATH = ROOT / "corpus" / "zhejiang-gongren-ribao-2021-12-23-p1.txt"
SAMPLE = SAMPLE_PATH.read_text(encoding="utf-8")
REPEAT = 5

# The peer: one pass over the page finding every run of Han characters.
CJK_RUN = regex.compile(r"\p{Han}++")


def _best(func: object, number: int) -> float:
    """Best-of-REPEAT seconds per call."""
    times = timeit.repeat(func, number=number, repeat=REPEAT)  # type: ignore[arg-type]
    return min(times) / number


def _scan(text: str) -> int:
    return sum(1 for _ in CJK_RUN.finditer(text))


def one_round() -> tuple[float, float]:
    """One paired round: seconds per parse_issue and per scan, back to back."""
    t_issue = min(timeit.repeat(lambda: parse_issue(SAMPLE), number=5, repeat=3)) / 5
    t_scan = min(timeit.repeat(lambda: _scan(SAMPLE), number=50, repeat=3)) / 50
    return t_issue, t_scan


def _baseline_round(src: str) -> tuple[float, float]:
    """One paired round of the package in ``src``, in a child process."""
    env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run(
        [sys.executable, __file__, "--one-round"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    where, t_issue, t_scan = out.stdout.split()
    if not where.startswith(str(Path(src).resolve())):
        raise SystemExit(f"the child imported {where}, not the package in {src}")
    return float(t_issue), float(t_scan)


def _summary(label: str, rounds: list[tuple[float, float]]) -> None:
    ratios = [i / s for i, s in rounds]
    t = statistics.median(i for i, _ in rounds)
    print(f"{label:18s} {t * 1e3:8.2f} ms/page  {1 / t:8.1f} pages/s (median)")
    print(
        f"  ratio parse_issue / single regex scan: median {statistics.median(ratios):.1f}x "
        f"(range {min(ratios):.1f}-{max(ratios):.1f}x)"
    )


def paired(rounds: int, baseline: str | None = None) -> None:
    """parse_issue against the scan, back to back in each round (and the same round of the
    baseline's package in a child process after each, when one is given)."""
    ours, theirs = [], []
    for _ in range(rounds):
        ours.append(one_round())
        if baseline is not None:
            theirs.append(_baseline_round(baseline))
    print(f"sample page: {len(SAMPLE)} characters; {rounds} paired rounds")
    _summary("parse_issue", ours)
    if baseline is not None:
        _summary(f"baseline {Path(baseline).name}", theirs)
        ups = [b[0] / a[0] for a, b in zip(ours, theirs, strict=True)]
        print(
            f"  speed-up over the baseline (its ms / ours, per round): median "
            f"{statistics.median(ups):.2f}x (range {min(ups):.2f}-{max(ups):.2f}x)"
        )


def breakdown() -> None:
    """Each part timed alone."""
    t_scan = _best(lambda: _scan(SAMPLE), 200)
    page = build_page(SAMPLE)
    masthead = parse_masthead(page)
    holes = sorted((sp.start, sp.end) for sp in masthead.spans)
    ref = masthead.date.value if masthead.date is not None else datetime.date(2021, 12, 23)
    issue = parse_issue(SAMPLE)
    paragraphs = [p.text for a in issue.articles for p in a.paragraphs]
    ranges = [
        (a.dateline.date if a.dateline is not None and a.dateline.date is not None else ref, sp)
        for a in issue.articles
        for sp in a.spans
    ]

    def dates() -> None:
        for r, sp in ranges:
            find_article_dates(SAMPLE, r, start=sp.start, end=sp.end)

    parts = [
        ("build_page", lambda: build_page(SAMPLE)),
        ("parse_masthead(Page)", lambda: parse_masthead(page)),
        ("units (make_units)", lambda: make_units(page, holes, ref)),
        ("segmentation (all)", lambda: _segment(page, holes, ref)),
        ("  of which find_numbers", lambda: [find_numbers(p) for p in paragraphs]),
        ("  of which article dates", dates),
    ]
    print(f"breakdown (each timed alone; the scan: {t_scan * 1e3:.3f} ms):")
    for name, func in parts:
        t = _best(func, 20)
        print(f"  {name:26s} {t * 1e3:7.2f} ms  {t / t_scan:5.1f}x scan")
    t_mast = _best(lambda: parse_masthead(SAMPLE), 50)
    t_mast_page = _best(lambda: parse_masthead(page), 50)
    print(
        f"masthead ratio: parse_masthead(str) / scan {t_mast / t_scan:.1f}x "
        f"({t_mast * 1e3:.2f} ms), parse_masthead(Page) / scan {t_mast_page / t_scan:.1f}x "
        f"({t_mast_page * 1e3:.2f} ms)"
    )


def scaling(quick: bool) -> None:
    print("scaling (pages made of k copies of the sample; flat us/char = linear):")
    for k in (1, 10) if quick else (1, 10, 100):
        page = "\n\n".join([SAMPLE] * k)
        t = _best(lambda page=page: parse_issue(page), 1 if k == 100 else 3)  # type: ignore[misc]
        ts = _best(lambda page=page: _scan(page), 5)  # type: ignore[misc]
        print(
            f"  k={k:<4} {len(page):>8} chars  parse_issue {t * 1e6 / len(page):6.2f} us/char"
            f"  scan {ts * 1e6 / len(page):6.3f} us/char  ratio {t / ts:5.0f}x"
        )


_IMPORT = "import time; t = time.process_time(); {stmt}; print((time.process_time() - t) * 1e3)"
# What a process pays before its first page: ``import paper_parser`` loads its modules on
# first use (PEP 562), so this is the import of everything parse_issue needs.
_LOAD_PARSER = "from paper_parser import parse_issue"
_FIRST = (
    "import time; from paper_parser import parse_issue; "
    "text = open({path!r}, encoding='utf-8').read(); "
    "t = time.process_time(); parse_issue(text); "
    "u = time.process_time(); parse_issue(text); "
    "print((u - t) * 1e3, (time.process_time() - u) * 1e3)"
)


def _child(code: str, env: dict[str, str]) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return [float(x) for x in out.stdout.split()]


def _fresh_envs(src: str, cache: str) -> dict[str, dict[str, str]]:
    """Environments for a child importing the package in ``src``: with its bytecode cached,
    and with none (as CI runs: a copy of the sources without ``__pycache__`` and nothing
    written, so every module of the package is compiled from source; the standard library
    and the dependencies keep their installed bytecode)."""
    path = os.environ.get("PYTHONPATH", "")
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cached.update(PYTHONPATH=src + os.pathsep + path, PYTHONPYCACHEPREFIX=cache)
    fresh = os.path.join(cache, "sources")
    shutil.copytree(src, fresh, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    uncached = {**os.environ, "PYTHONPATH": fresh + os.pathsep + path}
    uncached["PYTHONDONTWRITEBYTECODE"] = "1"
    return {"bytecode cached": cached, "no bytecode (CI)": uncached}


def fresh_process(runs: int, baseline: str | None = None) -> None:
    """Import and first call in fresh processes: the best of ``runs`` each, this tree and the
    baseline's (when given) alternating run by run."""
    trees = [("this tree", str(ROOT / "src"))]
    if baseline is not None:
        trees.append((f"baseline {Path(baseline).name}", baseline))
    best: dict[tuple[str, str], float] = {}

    def keep(key: tuple[str, str], value: float) -> None:
        best[key] = min(value, best.get(key, value))

    with tempfile.TemporaryDirectory() as cache:
        envs = {
            name: _fresh_envs(src, os.path.join(cache, str(k)))
            for k, (name, src) in enumerate(trees)
        }
        for name, _ in trees:  # fill the bytecode caches
            _child(_IMPORT.format(stmt=_LOAD_PARSER), envs[name]["bytecode cached"])
        for _ in range(runs):
            for name, _ in trees:
                for label, env in envs[name].items():
                    keep((name, label), _child(_IMPORT.format(stmt="import paper_parser"), env)[0])
                    keep((name, "load " + label), _child(_IMPORT.format(stmt=_LOAD_PARSER), env)[0])
                first, second = _child(
                    _FIRST.format(path=str(SAMPLE_PATH)), envs[name]["bytecode cached"]
                )
                keep((name, "first"), first)
                keep((name, "second"), second)
            for label, env in envs[trees[0][0]].items():
                keep(("deps", label), _child(_IMPORT.format(stmt="import attrs, regex"), env)[0])
    print(f"fresh processes (CPU time, best of {runs}):")
    for name, _ in trees:
        for label in ("bytecode cached", "no bytecode (CI)"):
            pkg, deps = best[(name, label)], best[("deps", label)]
            load = best[(name, "load " + label)]
            print(
                f"  {name}, {label}: import paper_parser {pkg:6.1f} ms; loading the parser "
                f"({_LOAD_PARSER}) {load:6.1f} ms; attrs + regex alone {deps:5.1f} ms; "
                f"ratio {load / deps:.1f}x"
            )
        first, second = best[(name, "first")], best[(name, "second")]
        print(
            f"  {name}: first parse_issue of a process {first:6.1f} ms; the second "
            f"{second:5.1f} ms; ratio {first / second:.1f}x"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, no k=100 page")
    parser.add_argument(
        "--baseline",
        metavar="SRC",
        help="also time the package in SRC (e.g. a frozen copy's src) in the same rounds",
    )
    parser.add_argument("--one-round", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_round:  # a child of --baseline: where the package is, then one round
        import paper_parser

        parse_issue(SAMPLE)
        t_issue, t_scan = one_round()
        print(Path(paper_parser.__file__).resolve(), t_issue, t_scan)
        return
    started = time.perf_counter()
    paired(5 if args.quick else 15, args.baseline)
    breakdown()
    scaling(args.quick)
    fresh_process(3 if args.quick else 7, args.baseline)
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
