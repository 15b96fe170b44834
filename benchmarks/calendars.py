"""Benchmark: lunar conversions against lunardate, and the import cost of the calendar module.

Run by hand (not by CI): ``python benchmarks/calendars.py``. (Named in the plural so it
does not shadow the standard library's ``calendar`` module, which ``email`` and ``http``
import, for scripts run from this folder.) Prints the time per conversion of
:func:`paper_parser.solar_to_lunar` and :func:`paper_parser.lunar_to_solar` next to
``lunardate`` (``pip install lunardate``, in the ``bench`` extra) measured in the same run, the
ratio (target: at least 5x faster), the cost of ``find_dates`` on the sample page, and the time
``import paper_parser.calendar`` adds on top of its dependencies.
"""

from __future__ import annotations

import importlib.util
import random
import statistics
import subprocess
import sys
import time
import timeit
from datetime import date, timedelta
from pathlib import Path

from lunardate import LunarDate as PeerLunarDate

from paper_parser import find_dates, lunar_to_solar, solar_to_lunar

ROOT = Path(__file__).resolve().parent.parent
N_DATES = 2000
REPEAT = 5


def _per_call(func: object, args: list[tuple[object, ...]]) -> float:
    """Best-of-REPEAT seconds per call of ``func(*a)`` over ``args``."""

    def run() -> None:
        f = func
        for a in args:
            f(*a)  # type: ignore[operator]

    times = timeit.repeat(run, number=1, repeat=REPEAT)
    return min(times) / len(args)


def _import_cost() -> float:
    """Median cumulative seconds of ``paper_parser.calendar`` in ``python -X importtime``.

    The figure covers the module and what only it imports (the packed table), not the
    packages it shares with the rest of paper_parser (attrs, regex, the text layer).
    """
    samples = []
    for _ in range(8):
        err = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import paper_parser.calendar"],
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        for line in err.splitlines():
            parts = [part.strip() for part in line.split("|")]
            # the indented line is the module itself; the last one is the whole package
            if len(parts) == 3 and parts[2] == "paper_parser.calendar" and line.count("  ") > 1:
                samples.append(int(parts[1]) / 1e6)
                break
    return statistics.median(samples[1:])  # the first run may write the .pyc files


def _exec_cost() -> float:
    """Median seconds to run the calendar module's (already compiled) code in a warm process.

    This is what the import costs once ``.pyc`` files exist (``-X importtime`` above also
    pays for compiling the source when ``PYTHONDONTWRITEBYTECODE`` is set).
    """
    spec = importlib.util.find_spec("paper_parser.calendar")
    assert spec is not None
    assert spec.origin is not None
    source = Path(spec.origin).read_text(encoding="utf-8")
    code = compile(source, spec.origin, "exec")
    samples = []
    for _ in range(7):
        namespace = {"__name__": "paper_parser.calendar", "__file__": spec.origin}
        start = time.perf_counter()
        exec(code, namespace)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    """Run the measurements and print a small report."""
    rng = random.Random(20211223)
    # lunardate covers lunar 1900..2099; keep to dates both libraries accept.
    first, last = date(1901, 2, 19), date(2099, 12, 31)
    days = [first + timedelta(days=rng.randrange((last - first).days)) for _ in range(N_DATES)]
    lunars = []
    for d in days:
        lunar = solar_to_lunar(d)
        try:
            PeerLunarDate(lunar.year, lunar.month, lunar.day, lunar.leap).to_solar_date()
        except ValueError:  # a day lunardate's table lacks (1933, 1954, 1978)
            continue
        lunars.append(lunar)

    ours_s2l = _per_call(solar_to_lunar, [(d,) for d in days])
    peer_s2l = _per_call(PeerLunarDate.from_solar_date, [(d.year, d.month, d.day) for d in days])
    ours_l2s = _per_call(
        lambda y, m, d, leap: lunar_to_solar(y, m, d, leap=leap),
        [(x.year, x.month, x.day, x.leap) for x in lunars],
    )
    peer_l2s = _per_call(
        lambda y, m, d, leap: PeerLunarDate(y, m, d, leap).to_solar_date(),
        [(x.year, x.month, x.day, x.leap) for x in lunars],
    )

    page = (ROOT / "corpus" / "zhejiang-gongren-ribao-2021-12-23-p1.txt").read_text("utf-8")
    ref = date(2021, 12, 23)
    page_time = min(timeit.repeat(lambda: find_dates(page, reference=ref), number=1, repeat=5))
    big = (page * (1_000_000 // len(page) + 1))[:1_000_000]
    big_time = min(timeit.repeat(lambda: find_dates(big, reference=ref), number=1, repeat=1))

    print(f"{'operation':<34}{'paper_parser':>14}{'lunardate':>12}{'ratio':>9}")
    for name, ours, peer in (
        ("solar_to_lunar (per call)", ours_s2l, peer_s2l),
        ("lunar_to_solar (per call)", ours_l2s, peer_l2s),
    ):
        print(f"{name:<34}{ours * 1e6:>11.2f} µs{peer * 1e6:>9.2f} µs{peer / ours:>8.1f}x")
    print(f"find_dates, sample page ({len(page):,} chars): {page_time * 1e3:.2f} ms")
    print(f"find_dates, 1 MB of pages: {big_time:.2f} s")
    print(f"import paper_parser.calendar, -X importtime: {_import_cost() * 1e3:.2f} ms")
    print(f"running the compiled module code (as with .pyc files): {_exec_cost() * 1e3:.2f} ms")


if __name__ == "__main__":
    main()
