"""Benchmark: pages per second of ``parse_issue`` on the sample page, and its cost relative to
a single ``regex`` scan of the same text (the floor any parser pays).

Run by hand (not by CI): ``python benchmarks/issue.py``. Prints

* pages/s and ms/page of :func:`paper_parser.parse_issue` on the sample page;
* the same for one ``regex.finditer`` pass of a CJK-run pattern over the page (the peer), and
  the ratio parse_issue / scan;
* where the time goes: masthead, segmentation without numbers, numbers;
* ``parse_masthead`` alone on the sample, given the page as a string and as the
  :class:`~paper_parser.text.Page` that ``parse_issue`` builds, as a ratio against the scan
  (issue 12's bar: 0.7 ms where the old reader took 3.5 ms, a fifth of the time);
* scaling: the time per character on pages made of 1, 10 and 100 copies of the sample (a
  linear parser keeps it flat).
"""

from __future__ import annotations

import datetime
import timeit
from pathlib import Path

import regex

from paper_parser import parse_issue
from paper_parser.masthead import parse_masthead
from paper_parser.numerals import find_numbers
from paper_parser.segment import _segment
from paper_parser.text import build_page

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "corpus" / "zhejiang-gongren-ribao-2021-12-23-p1.txt").read_text(encoding="utf-8")
REPEAT = 5

# The peer: one pass over the page finding every run of Han characters.
CJK_RUN = regex.compile(r"\p{Han}++")


def _best(func: object, number: int) -> float:
    """Best-of-REPEAT seconds per call."""
    times = timeit.repeat(func, number=number, repeat=REPEAT)  # type: ignore[arg-type]
    return min(times) / number


def _scan(text: str) -> int:
    return sum(1 for _ in CJK_RUN.finditer(text))


def main() -> None:
    n = len(SAMPLE)
    t_issue = _best(lambda: parse_issue(SAMPLE), 20)
    t_scan = _best(lambda: _scan(SAMPLE), 200)
    spans = [(sp.start, sp.end) for sp in parse_masthead(SAMPLE).spans]
    t_mast = _best(lambda: parse_masthead(SAMPLE), 50)
    page = build_page(SAMPLE)
    t_mast_page = _best(lambda: parse_masthead(page), 50)
    ref = datetime.date(2021, 12, 23)
    t_seg = _best(lambda: _segment(page, spans, ref), 20)
    paragraphs = [p.text for a in parse_issue(SAMPLE).articles for p in a.paragraphs]
    t_num = _best(lambda: [find_numbers(p) for p in paragraphs], 20)
    print(f"sample page: {n} characters")
    print(f"parse_issue        {t_issue * 1e3:8.2f} ms/page  {1 / t_issue:8.1f} pages/s")
    print(f"regex CJK-run scan {t_scan * 1e3:8.3f} ms/page  {1 / t_scan:8.1f} pages/s")
    print(f"ratio parse_issue / single regex scan: {t_issue / t_scan:.0f}x")
    print("breakdown (each measured alone):")
    print(f"  parse_masthead              {t_mast * 1e3:8.2f} ms")
    print(
        f"masthead ratio: parse_masthead(str) / scan {t_mast / t_scan:.1f}x "
        f"({t_mast * 1e3:.2f} ms), parse_masthead(Page) / scan {t_mast_page / t_scan:.1f}x "
        f"({t_mast_page * 1e3:.2f} ms)"
    )
    print(f"  segmentation incl. numbers  {t_seg * 1e3:8.2f} ms")
    print(f"  of which find_numbers       {t_num * 1e3:8.2f} ms")
    print("scaling (pages made of k copies of the sample; flat us/char = linear):")
    for k in (1, 10, 100):
        page = "\n\n".join([SAMPLE] * k)
        t = _best(lambda page=page: parse_issue(page), 1 if k == 100 else 3)  # type: ignore[misc]
        ts = _best(lambda page=page: _scan(page), 5)  # type: ignore[misc]
        print(
            f"  k={k:<4} {len(page):>8} chars  parse_issue {t * 1e6 / len(page):6.2f} us/char"
            f"  scan {ts * 1e6 / len(page):6.3f} us/char  ratio {t / ts:5.0f}x"
        )


if __name__ == "__main__":
    main()
