"""Benchmark: pages per second of ``read_pdf`` + ``parse_issue`` against ``pdftotext`` alone,
and peak memory of streaming a 200-page PDF against a 20-page one.

Run by hand (not by CI): ``python benchmarks/pdf.py``; ``python benchmarks/pdf.py score
broadsheet 700000 700999 [-v]`` scores generated pages against their truth instead
(:func:`score`), and ``score real 100 119`` (``score real-heldout 1250 1289``: the held-out
pools) the broadsheets with real text of tests/realistic_pages.py (:func:`score_real`).
Needs the ``pdf`` extra, reportlab (test extra) and poppler's ``pdftotext`` on the PATH
(Debian: ``apt-get install poppler-utils``). Prints

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
from functools import partial
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


def _score_page(gen: object, verbose: bool) -> tuple[float, int, int, int, int, int, int]:
    """(tau, headlines, headlines exact, articles exact, heads exact, spurious, units lost)
    of one generated page read with ``read_pdf`` and parsed with the lines' roles."""
    from paper_parser import parse_issue
    from paper_parser.pdf import line_roles, read_pdf
    from tests.test_pdf import kendall_tau, positions

    (page,) = read_pdf(gen.pdf)  # type: ignore[attr-defined]
    pos = positions(gen, page)  # type: ignore[arg-type]
    lost = sum(1 for p in pos if p < 0)
    tau = kendall_tau([p for p in pos if p >= 0])
    issue = parse_issue(page.text, line_roles=line_roles(page))
    got = {a.headline.text: a for a in issue.articles if a.headline is not None}
    arts = [a for a in gen.articles if not a.ad]  # type: ignore[attr-defined]
    want = {a.headline for a in arts}
    heads = exact = groups = 0
    for a in arts:
        art = got.get(a.headline)
        if art is None:
            if verbose:
                print("   headline missed:", a.headline)
            continue
        heads += 1
        paras = [p.text for p in art.paragraphs]
        exact += paras == list(a.paragraphs)
        if verbose and paras != list(a.paragraphs):
            print("   text inexact:", a.headline, len(paras), len(a.paragraphs))
        kick = art.kicker.text if art.kicker else None
        sub = art.subtitle.text if art.subtitle else None
        groups += (kick, sub) == (a.kicker, a.subtitle)
    spurious = [h for h in got if h not in want]
    if verbose and spurious:
        print("   spurious:", spurious)
    return tau, len(arts), heads, exact, groups, len(spurious), lost


def _body_of(para: str, dateline: dict[str, object] | None) -> str:
    """A true first paragraph as the parser gives it: without the dateline that opens it
    (``本报北京10月19日电 ``, ``新华社北京10月19日电（记者X）``), which is the article's
    dateline, not its text."""
    if dateline is None:
        return para
    rest = para[len(str(dateline["text"])) :]
    if rest.startswith("（记者"):
        rest = rest[rest.index("）") + 1 :]
    return rest.lstrip(" ")


def _score_real(gen: object, gold: list[dict[str, object]], verbose: bool) -> dict[str, int]:
    """Counts of one real_spec page (tests/realistic_pages.py) read and parsed by
    :func:`paper_parser.pdf.parse_pdf`: the headline, name and dateline tallies of
    tests/articles_scoring.py (headlines compared with white space removed), kicker and
    subtitle exact, articles whose paragraphs are all exact (the first without its
    dateline), reading order below tau 0.98 and units not found whole (white space
    ignored)."""
    from paper_parser.pdf import parse_pdf
    from tests.articles_scoring import score_articles, squash
    from tests.test_pdf import kendall_tau, positions

    (res,) = parse_pdf(gen.pdf)  # type: ignore[attr-defined]
    pos = positions(gen, res.page, spaces=False)  # type: ignore[arg-type]
    rep = score_articles("page", res.issue.articles, gold)
    got: dict[str, list[object]] = {}
    for a in res.issue.articles:
        got.setdefault(squash(a.headline.text if a.headline else ""), []).append(a)
    groups = exact = 0
    for g in gold:
        arts = got.get(squash(str(g["headline"])), [])
        if not arts:
            continue
        art = arts.pop(0)
        kick = art.kicker.text if art.kicker else None  # type: ignore[attr-defined]
        sub = art.subtitle.text if art.subtitle else None  # type: ignore[attr-defined]
        ok = (squash(kick) or None, squash(sub) or None) == (
            squash(g["kicker"]) or None,  # type: ignore[arg-type]
            squash(g["subtitle"]) or None,  # type: ignore[arg-type]
        )
        groups += ok
        paras = [p.text for p in art.paragraphs]  # type: ignore[attr-defined]
        want = list(g["paragraphs"])  # type: ignore[call-overload]
        want[0] = _body_of(want[0], g["dateline"])  # type: ignore[arg-type]
        exact += paras == want
        if verbose and not ok:
            print(
                f"   kicker/subtitle {g['headline']}: gold {g['kicker']}/{g['subtitle']}"
                f" got {kick}/{sub}"
            )
        if verbose and paras != want:
            print(f"   text inexact {g['headline']}: {len(paras)} paragraphs, {len(want)} true")
    if verbose:
        for line in rep.problems:
            print("  ", line)
    tau = kendall_tau([p for p in pos if p >= 0])
    return {
        "articles": len(gold),
        "head_tp": rep.headlines.tp,
        "head_fp": rep.headlines.fp,
        "names_tp": rep.names.tp,
        "names_fp": rep.names.fp,
        "names_fn": rep.names.fn,
        "date_tp": rep.datelines.tp,
        "date_n": rep.datelines.tp + rep.datelines.fn,
        "groups": groups,
        "exact": exact,
        "low_tau": tau < 0.98,
        "lost": sum(1 for p in pos if p < 0),
    }


def score_real(first: int, last: int, *, heldout: bool, verbose: bool = False) -> None:
    """Score the real-text broadsheets of tests/realistic_pages.py (seeds ``first``-``last``,
    drawn from the held-out pools when ``heldout``) read by :func:`paper_parser.pdf.parse_pdf`.

    Splits: development seeds 100-119 (development pools) and 1250-1289 (held-out pools);
    held-out seeds 1300-1339 (held-out pools), scored before the work on them and once at
    its end. None of them is a page of corpus/generated-real (scripts/gen_realistic_corpus.py)
    but 100-119, the development pages there."""
    from tests.realistic_pages import real_page

    tot: dict[str, int] = {}
    pages = 0
    for seed in range(first, last + 1):
        drawn = real_page(seed, heldout=heldout)
        if drawn is None:
            continue
        if verbose:
            print(f"seed {seed}:")
        row = _score_real(*drawn, verbose)
        pages += 1
        for k, v in row.items():
            tot[k] = tot.get(k, 0) + int(v)
    n = tot["articles"]
    heads = tot["head_tp"]
    names = tot["names_tp"]
    print(f"real{'-heldout' if heldout else ''} seeds {first}-{last}: {pages} pages, {n} articles")
    print(f"  reading order below tau 0.98 on {tot['low_tau']} pages; units lost {tot['lost']}")
    print(
        f"  headlines exact R {heads}/{n} ({heads / n:.1%})"
        f" P {heads}/{heads + tot['head_fp']} ({heads / max(1, heads + tot['head_fp']):.1%})"
    )
    print(f"  kicker and subtitle exact {tot['groups']}/{n} ({tot['groups'] / n:.1%})")
    print(f"  articles with every paragraph exact {tot['exact']}/{n} ({tot['exact'] / n:.1%})")
    print(
        f"  names P {names / max(1, names + tot['names_fp']):.1%}"
        f" R {names / max(1, names + tot['names_fn']):.1%};"
        f" datelines R {tot['date_tp']}/{tot['date_n']}"
    )


def _tricked(seed: int, *, trick: str) -> object:
    """broadsheet_spec's page of ``seed`` drawn with one of tests.pdf_fixtures.TRICKS."""
    import attrs

    from tests import pdf_fixtures as fx

    return attrs.evolve(fx.broadsheet_spec(seed), tricks=(trick,))


def score(kind: str, first: int, last: int, verbose: bool = False) -> None:
    """Score generated pages of seeds ``first``-``last`` (``kind``: random, epaper or
    broadsheet, tests.pdf_fixtures' specs, or broadsheet-TRICK: the broadsheet page drawn
    with one of tests.pdf_fixtures.TRICKS) against their truth: reading-order Kendall tau,
    headlines found exactly, articles with every paragraph exact, kicker and subtitle exact,
    articles whose headline is no article's (an advertisement, a running head) and units
    not found whole in the page text."""
    from tests import pdf_fixtures as fx

    makers: dict[str, Callable[[int], object]] = {
        "random": fx.random_spec,
        "epaper": fx.epaper_spec,
        "broadsheet": fx.broadsheet_spec,
    }
    for trick in fx.TRICKS:  # broadsheet-kerned ...: the same pages drawn another way
        makers[f"broadsheet-{trick}"] = partial(_tricked, trick=trick)
    make = makers[kind]
    rows = []
    for seed in range(first, last + 1):
        try:
            gen = fx.make_page(make(seed))
        except fx.TooLong:
            continue
        row = _score_page(gen, verbose)
        if verbose and (row[0] < 0.98 or row[2] < row[1] or row[3] < row[2] or row[5]):
            print(f"seed {seed}: tau {row[0]:.3f}", row[1:])
        rows.append(row)
    n = len(rows)
    total = sum(r[1] for r in rows)
    heads, exact, groups, spurious, lost = (sum(r[k] for r in rows) for k in range(2, 7))
    low = sum(1 for r in rows if r[0] < 0.98)
    print(f"{kind} seeds {first}-{last}: {n} pages")
    print(f"  reading order: mean tau {sum(r[0] for r in rows) / n:.4f}, below 0.98 on {low}")
    print(f"  headlines exact {heads}/{total} ({heads / total:.1%})")
    print(f"  articles with every paragraph exact {exact}/{total} ({exact / total:.1%})")
    print(f"  kicker and subtitle exact {groups}/{total}; spurious articles {spurious}")
    print(f"  units not found whole in the text {lost}")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _child(sys.argv[2])
        return
    if len(sys.argv) >= 5 and sys.argv[1:3] in (["score", "real"], ["score", "real-heldout"]):
        heldout = sys.argv[2] == "real-heldout"
        score_real(int(sys.argv[3]), int(sys.argv[4]), heldout=heldout, verbose="-v" in sys.argv)
        return
    if len(sys.argv) >= 5 and sys.argv[1] == "score":
        score(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), "-v" in sys.argv[5:])
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
