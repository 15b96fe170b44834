"""Regenerate ``corpus/generated/``: the text ``pdftotext`` gives of generated broadsheet pages.

The pages are drawn by ``tests/pdf_fixtures.py`` (reportlab, random seeds 2000-2039, pages
with two or more columns); each is run through the real ``pdftotext`` (poppler-utils) in
``-layout`` and default mode. The truth (each article's kicker, headline, subtitle, byline
and paragraphs) comes from the generator's page spec, never from the parser. Run by hand
(needs ``pdftotext`` on PATH)::

    python scripts/gen_layout_corpus.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _pdftotext import write_renderings  # noqa: E402

from tests.pdf_fixtures import TooLong, make_page, random_spec  # noqa: E402

OUT = ROOT / "corpus" / "generated"
SEEDS = range(2000, 2040)


def truth(spec: object) -> list[dict[str, object]]:
    """The articles of a page spec, in the generator's order."""
    return [
        {
            "kicker": a.kicker,
            "headline": a.headline,
            "subtitle": a.subtitle,
            "byline": a.byline,
            "columns": a.columns,
            "boxed": a.boxed,
            "paragraphs": list(a.paragraphs),
        }
        for row in spec.rows  # type: ignore[attr-defined]
        for a in row
    ]


def main() -> None:
    OUT.mkdir(exist_ok=True)
    pages = []
    for seed in SEEDS:
        try:
            gen = make_page(random_spec(seed))
        except TooLong:
            continue
        if gen.spec.columns < 2:
            continue
        write_renderings(gen.pdf, OUT, seed)
        pages.append({"seed": seed, "columns": gen.spec.columns, "articles": truth(gen.spec)})
    (OUT / "truth.json").write_text(
        json.dumps({"schema": "generated-1", "pages": pages}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"{len(pages)} pages written to {OUT}")


if __name__ == "__main__":
    main()
