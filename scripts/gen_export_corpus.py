"""Regenerate ``corpus/export/``: ``pdftotext`` of issues in the downloader's export format.

The issues are drawn by ``tests/export_pages.py`` (the export of
``../shared/realdev/rmrb-2025-10-20-pp06-20.pdf`` measured and redrawn: one A4 page run per
article, title, byline, source line, paragraphs, footers; real headlines, names and
sentences) and run through the real ``pdftotext`` (poppler-utils) in ``-layout`` and
default mode. Development issues are seeds 100-107, held-out issues seeds 500-507, drawn
from the held-out third of every text pool. The truth (``truth.json``) comes from the
spec, never from the parser. Run by hand (needs ``pdftotext`` on PATH)::

    python scripts/gen_export_corpus.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _pdftotext import write_renderings  # noqa: E402

from tests.export_pages import export_spec, make_export  # noqa: E402

OUT = ROOT / "corpus" / "export"
SETS = {"dev": range(100, 108), "heldout": range(500, 508)}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    pages = []
    for split, seeds in SETS.items():
        for seed in seeds:
            items, gold, first = export_spec(seed, heldout=split != "dev")
            write_renderings(make_export(items, first), OUT, seed)
            pages.append({"seed": seed, "split": split, "first_page": first, "articles": gold})
    (OUT / "truth.json").write_text(
        json.dumps({"schema": "export-1", "pages": pages}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"{len(pages)} issues written to {OUT}")


if __name__ == "__main__":
    main()
