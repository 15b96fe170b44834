"""Benchmark: pages per second of ``read_pdf`` + ``parse_issue`` against ``pdftotext`` alone,
and peak memory of streaming a 200-page PDF against a 20-page one.

Run by hand (not by CI): ``python benchmarks/pdf.py``. Needs the ``pdf`` extra, reportlab
(test extra) and poppler's ``pdftotext`` on the PATH (Debian: ``apt-get install
poppler-utils``). Prints

* for the real export ``../shared/realdev/rmrb-2025-10-20-pp06-20.pdf`` (135 A4 pages, when
  it is there) and for a generated 20-page broadsheet PDF: pages/s of
  :func:`paper_parser.pdf.iter_pdf` alone, of ``iter_pdf`` + :func:`paper_parser.parse_issue`
  per page with the lines' roles from type (as :func:`paper_parser.pdf.parse_pdf`), and of
  ``pdftotext`` (default mode, one process for the whole file), in 5 alternating rounds
  after a warm-up, and the median (and range) of the rounds' ratios to ``pdftotext``;
* peak resident memory (``ru_maxrss``, in a fresh process each) of reading and parsing every
  page of a generated 20-page and a 200-page PDF with ``iter_pdf``: flat when the pages are
  streamed.
"""

from __future__ import annotations

import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.pdf_fixtures

REAL = ROOT.parent / "shared" / "realdev" / "rmrb-2025-10-20-pp06-20.pdf"
REPEAT = 5


def _generated(pages: int, path: Path) -> Path:
    """A PDF of ``pages`` broadsheet-like pages (4 columns, photo, brief, two rows)."""
    from pypdfium2 import PdfDocument

    from tests.pdf_fixtures import PageSpec, article, make_page

    out = PdfDocument.new()
    for n in range(pages):
        rng = random.Random(n % 10)
        spec = PageSpec(
            columns=4,
            rows=(
                (
                    article(rng, columns=3, paragraphs=6, kicker=True, byline=True, photo=True),
                    article(rng, paragraphs=2, boxed=True),
                ),
                (
                    article(rng, columns=2, paragraphs=5, byline=True),
                    article(rng, columns=2, paragraphs=4, subtitle=True, byline=True),
                ),
            ),
        )
        page = PdfDocument(make_page(spec).pdf)
        out.import_pages(page)
        page.close()
    out.save(path)
    out.close()
    return path


def _timed(func: Callable[[], object]) -> float:
    t = time.perf_counter()
    func()
    return time.perf_counter() - t


def _speed(path: Path, label: str) -> None:
    """Pages/s of ``iter_pdf`` alone, of ``iter_pdf`` + ``parse_issue`` with the lines'
    roles (what :func:`paper_parser.pdf.parse_pdf` does) and of ``pdftotext``, timed in
    alternating rounds; the ratio to ``pdftotext`` is the median of the rounds' ratios."""
    from paper_parser import parse_issue
    from paper_parser.pdf import iter_pdf, line_roles

    pages = sum(1 for _ in iter_pdf(path))
    tool = shutil.which("pdftotext")

    def read() -> object:
        return [p.text for p in iter_pdf(path)]

    def both() -> object:
        return [parse_issue(p.text, line_roles=line_roles(p)) for p in iter_pdf(path)]

    def peer() -> object:
        assert tool is not None
        return subprocess.run([tool, str(path), "-"], check=True, capture_output=True)

    both()  # warm-up: imports, tables built on first use
    rounds = [
        (_timed(read), _timed(both), _timed(peer) if tool is not None else None)
        for _ in range(REPEAT)
    ]
    print(f"{label}: {pages} pages, {REPEAT} alternating rounds (median)")
    print(f"  iter_pdf alone            {pages / median(r[0] for r in rounds):8.1f} pages/s")
    print(f"  iter_pdf + parse_issue    {pages / median(r[1] for r in rounds):8.1f} pages/s")
    if tool is None:
        print("  pdftotext                 not installed (apt-get install poppler-utils)")
        return
    ratios = sorted(r[1] / r[2] for r in rounds if r[2])
    print(
        f"  pdftotext (poppler)       {pages / median(r[2] for r in rounds if r[2]):8.1f} pages/s"
    )
    print(
        f"  read_pdf+parse_issue takes {median(ratios):.1f}x the time of pdftotext"
        f" (rounds {ratios[0]:.1f}-{ratios[-1]:.1f})"
    )


def _child(path: str) -> None:
    """Read and parse every page, then print the peak resident memory in MiB."""
    from paper_parser import parse_issue
    from paper_parser.pdf import iter_pdf, line_roles

    n = 0
    for page in iter_pdf(path):
        parse_issue(page.text, line_roles=line_roles(page))
        n += 1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n} {peak:.1f}")


def _memory(small: Path, large: Path) -> None:
    rows = []
    for path in (small, large):
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(path)], check=True, capture_output=True
        )
        n, peak = out.stdout.split()
        rows.append((int(n), float(peak)))
    (n1, m1), (n2, m2) = rows
    print(f"peak memory, iter_pdf + parse_issue: {n1} pages {m1:.1f} MiB, {n2} pages {m2:.1f} MiB")
    print(f"  ratio {m2 / m1:.2f} for {n2 / n1:.0f}x the pages")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _child(sys.argv[2])
        return
    with tempfile.TemporaryDirectory() as tmp:
        small = _generated(20, Path(tmp) / "20.pdf")
        large = _generated(200, Path(tmp) / "200.pdf")
        if REAL.exists():
            _speed(REAL, f"real export {REAL.name}")
        _speed(small, "generated broadsheet pages")
        _memory(small, large)


if __name__ == "__main__":
    main()
