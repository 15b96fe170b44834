"""Batch benchmark: the CLI over a synthetic archive built from the corpus.

Builds an archive of N pages (default 2,000) by copying the corpus pages under dated
directories, with small per-page variations so no two pages are identical, then measures:

* pages/s of ``paper-parser DIR --jsonl -o FILE`` with ``--jobs 1`` and ``--jobs 2``;
* the floor: ``cat`` of the same files into a file (the named peer: the cost of just reading
  and writing the archive), reported as a ratio;
* peak memory (max RSS of the CLI process tree) for archives of N/4 and N pages: streaming
  keeps it flat, so the ratio should stay near 1.

Run by hand (not in CI): ``python benchmarks/batch.py [--pages 2000]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def run(cmd: list[str]) -> tuple[float, int]:
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
    out = subprocess.run(wrapper, check=True, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    return elapsed, int(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    cli = [sys.executable, "-m", "paper_parser"]
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
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
