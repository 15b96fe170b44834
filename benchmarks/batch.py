"""Batch benchmark: the CLI over a synthetic archive built from the corpus.

Builds an archive of N pages (default 2,000) by copying the corpus pages under dated
directories, with small per-page variations so no two pages are identical, then measures:

* pages/s of ``paper-parser DIR --jsonl -o FILE`` with ``--jobs 1`` and ``--jobs 2``;
* the floor: ``cat`` of the same files into a file (the named peer: the cost of just reading
  and writing the archive), reported as a ratio;
* peak memory (max RSS of the CLI process tree) for archives of N/4 and N pages: streaming
  keeps it flat, so the ratio should stay near 1;
* articles as rows: :func:`paper_parser.to_arrow` on the N parsed pages against the named
  peer, writing the same pages as JSON Lines records (``to_dict`` + ``json.dumps``, per page
  and per article, as the CLI does), in the same run; then Parquet files against JSONL files
  (time and size), and the CLI's ``--format parquet`` against ``--jsonl --per-article``.

Run by hand (not in CI): ``python benchmarks/batch.py [--pages 2000] [--tables-only]``;
``--baseline SRC [--rounds 3]`` times only the command line of this tree against the
package in ``SRC`` (such as a frozen copy from before a change), in alternating rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def build_archive(dest: Path, pages: int) -> None:
    sources = sorted(CORPUS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    for i in range(pages):
        text = texts[i % len(texts)]
        day = dest / f"{2000 + i // 365:04d}" / f"{i % 365:03d}"
        day.mkdir(parents=True, exist_ok=True)
        # A varying line keeps pages distinct without changing their structure.
        (day / f"p{i:05d}.txt").write_text(text + f"\n\n第{i % 20 + 1}版\n", encoding="utf-8")


def run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall time and the peak RSS (KiB) of the largest process the command started."""
    start = time.perf_counter()
    # The wrapper makes ru_maxrss of this one child tree measurable on its own.
    wrapper = [
        sys.executable,
        "-c",
        "import resource,subprocess,sys;"
        "subprocess.run(sys.argv[1:],check=True,stdout=subprocess.DEVNULL,"
        "stderr=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)",
        *cmd,
    ]
    out = subprocess.run(wrapper, check=True, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    return elapsed, int(out.stdout.strip())


def best_of(n: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    """The fastest of ``n`` runs of ``fn`` (seconds, CPU time of this process) and its result."""
    best, result = float("inf"), None
    for _ in range(n):
        start = time.process_time()
        result = fn()
        best = min(best, time.process_time() - start)
    return best, result


def tables(archive: Path, base: Path, cli: list[str]) -> None:
    """to_arrow against writing JSON Lines, on the parsed pages of ``archive``."""
    import pyarrow.parquet as pq

    import paper_parser

    files = sorted(archive.rglob("*.txt"))
    start = time.process_time()
    issues = {str(f): paper_parser.parse_issue(f.read_text(encoding="utf-8")) for f in files}
    parse_time = time.process_time() - start
    articles = sum(len(i.articles) for i in issues.values())
    print(
        f"\narticles as rows: {len(issues)} pages, {articles} articles "
        f"(parsing: {parse_time:.1f} s)"
    )

    def jsonl_pages() -> str:
        return "".join(
            json.dumps({"file": k, **paper_parser.to_dict(v)}, ensure_ascii=False) + "\n"
            for k, v in issues.items()
        )

    def jsonl_articles() -> str:
        return "".join(
            json.dumps(
                {"file": k, "article_index": i, **paper_parser.to_dict(a)}, ensure_ascii=False
            )
            + "\n"
            for k, v in issues.items()
            for i, a in enumerate(v.articles)
        )

    t_arrow, table = best_of(3, lambda: paper_parser.to_arrow(issues))
    t_pages, _ = best_of(3, lambda: paper_parser.pages_to_arrow(issues))
    t_jp, text_pages = best_of(3, jsonl_pages)
    t_ja, text_articles = best_of(3, jsonl_articles)
    print(f"  to_arrow (articles table, {table.num_rows} rows): {t_arrow:.2f} s")
    print(f"  pages_to_arrow (pages table):                {t_pages:.2f} s")
    print(f"  peer: JSONL text, one record per page:       {t_jp:.2f} s")
    print(f"  peer: JSONL text, one record per article:    {t_ja:.2f} s")
    print(
        f"  to_arrow / JSONL per page: {t_arrow / t_jp:.2f}x; "
        f"to_arrow / JSONL per article: {t_arrow / t_ja:.2f}x (below 1: faster)"
    )
    parquet, jsonl = base / "articles.parquet", base / "articles.jsonl"
    t_write, _ = best_of(3, lambda: pq.write_table(table, parquet))
    t_text, _ = best_of(3, lambda: jsonl.write_text(text_articles, encoding="utf-8"))
    print(
        f"  writing: Parquet {t_write:.2f} s, {parquet.stat().st_size / 1e6:.1f} MB; "
        f"JSONL per article {t_text:.2f} s, {jsonl.stat().st_size / 1e6:.1f} MB "
        f"(per page {len(text_pages.encode()) / 1e6:.1f} MB)"
    )
    t_cli_pq, _ = run([*cli, str(archive), "--format", "parquet", "-q", "-o", str(parquet)])
    t_cli_js, _ = run([*cli, str(archive), "--jsonl", "--per-article", "-q", "-o", str(jsonl)])
    print(
        f"  CLI --format parquet: {len(files) / t_cli_pq:.1f} pages/s; --jsonl --per-article: "
        f"{len(files) / t_cli_js:.1f} pages/s (ratio {t_cli_pq / t_cli_js:.2f})"
    )


def against_baseline(archive: Path, base: Path, cli: list[str], src: str, rounds: int) -> None:
    """The command line of this tree and of another copy of the package (``src``, e.g. a
    frozen copy from before a change) over the same archive, ``--jobs 1`` and ``--jobs 2``,
    in alternating rounds: the best and the median pages/s of each."""
    files = len(list(archive.rglob("*.txt")))
    theirs = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    runs: dict[str, list[float]] = {}
    for _ in range(rounds):
        for label, env, jobs in (
            ("baseline --jobs 1", theirs, 1),
            ("this tree --jobs 1", None, 1),
            ("this tree --jobs 2", None, 2),
            ("baseline --jobs 2", theirs, 2),
        ):
            out = str(base / "out.jsonl")
            t, _ = run([*cli, str(archive), "--jsonl", "-j", str(jobs), "-o", out], env=env)
            runs.setdefault(label, []).append(files / t)
    for label, rates in runs.items():
        print(f"{label:20} best {max(rates):6.1f} pages/s, median {statistics.median(rates):6.1f}")
    ours1, ours2 = runs["this tree --jobs 1"], runs["this tree --jobs 2"]
    print(
        f"this tree --jobs 1 / baseline --jobs 1 (best): "
        f"{max(ours1) / max(runs['baseline --jobs 1']):.2f}x; "
        f"--jobs 2 / --jobs 1 (best): {max(ours2) / max(ours1):.2f}x, "
        f"(median): {statistics.median(ours2) / statistics.median(ours1):.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument(
        "--tables-only", action="store_true", help="only the articles-as-rows measurements"
    )
    parser.add_argument(
        "--baseline",
        metavar="SRC",
        help="only the command line of this tree against the package in SRC, alternating",
    )
    parser.add_argument("--rounds", type=int, default=3, help="rounds of --baseline")
    args = parser.parse_args()
    cli = [sys.executable, "-m", "paper_parser"]
    if args.baseline:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp)
            build_archive(base / "big", args.pages)
            against_baseline(base / "big", base, cli, args.baseline, args.rounds)
        return
    if args.tables_only:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp)
            build_archive(base / "big", args.pages)
            tables(base / "big", base, cli)
        return
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        small, big = base / "small", base / "big"
        build_archive(small, args.pages // 4)
        build_archive(big, args.pages)
        files = sorted(str(p) for p in big.rglob("*.txt"))
        size = sum(os.path.getsize(f) for f in files)
        print(f"archive: {len(files)} pages, {size / 1e6:.1f} MB")

        cat_time, _ = run(
            ["sh", "-c", f"find {big} -name '*.txt' -print0 | xargs -0 cat > {base / 'cat.out'}"]
        )
        results = {}
        for jobs in (1, 2):
            t, rss = run(
                [*cli, str(big), "--jsonl", "-j", str(jobs), "-o", str(base / f"out{jobs}.jsonl")]
            )
            results[jobs] = (t, rss)
            rate = len(files) / t
            print(f"--jobs {jobs}: {rate:8.1f} pages/s ({t:.1f} s, peak RSS {rss / 1024:.0f} MiB)")
        _, rss_small = run([*cli, str(small), "--jsonl", "-o", str(base / "small.jsonl")])
        lines = len((base / "out1.jsonl").read_text(encoding="utf-8").splitlines())
        same = (base / "out1.jsonl").read_bytes() == (base / "out2.jsonl").read_bytes()
        print(f"records: {lines}; --jobs 1 and --jobs 2 outputs identical: {same}")
        ratio = results[1][0] / cat_time
        print(f"peer `cat` of the same files: {cat_time:.2f} s; the CLI costs {ratio:.0f}x cat")
        print(f"speed-up --jobs 2 / --jobs 1: {results[1][0] / results[2][0]:.2f}x")
        print(
            f"peak RSS, {args.pages // 4} pages: {rss_small / 1024:.0f} MiB; {args.pages} pages: "
            f"{results[1][1] / 1024:.0f} MiB; ratio {results[1][1] / rss_small:.2f} (flat = 1.0)"
        )
        tables(big, base, cli)
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
