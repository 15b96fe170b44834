"""Regenerate ``corpus/generated-real/``: ``pdftotext`` of generated broadsheets with real text.

The pages are drawn by ``tests/pdf_fixtures.py`` from the specs of
``tests/realistic_pages.py`` (4 to 8 columns, real headlines, sentences, names, bylines,
datelines, captions); each is run through the real ``pdftotext`` (poppler-utils) in
``-layout`` and default mode. Development pages are seeds 100-119, held-out pages seeds
500-511 (split ``heldout``), 600-615 (split ``heldout2``, made when ``heldout`` had been
seen), 700-723 (split ``heldout3``, made when ``heldout2`` had been seen), 800-823
(split ``heldout4``, made when ``heldout3`` had been seen), 900-923 (split ``heldout5``,
made when ``heldout4`` had been seen), 950-973 (split ``heldout6``, made when
``heldout5`` had been seen), 1000-1023 (split ``heldout7``, made when ``heldout6`` had
been seen), 1050-1073 (split ``heldout8``, made when ``heldout7`` had been seen), 1100-1123
(split ``heldout8L``, made at the same time for the ``-layout`` work), 1150-1173 (split
``heldout9``, made when ``heldout8`` had been seen) and 1200-1223 (split ``heldout9L``, made
when ``heldout8L`` had been seen, for the ``-layout`` work of round eleven), all drawn
from the held-out third of every text pool; a page that does not fit loses its last row of
articles. The truth (``truth.json``, the corpus's ``articles-1``
gold fields plus each article's paragraphs) comes from the spec, never from the parser.
Run by hand (needs ``pdftotext`` on PATH)::

    python scripts/gen_realistic_corpus.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _pdftotext import write_renderings  # noqa: E402

from tests.pdf_fixtures import TooLong, make_page  # noqa: E402
from tests.realistic_pages import real_spec  # noqa: E402

OUT = ROOT / "corpus" / "generated-real"
SETS = {
    "dev": range(100, 120),
    "heldout": range(500, 512),
    "heldout2": range(600, 616),
    "heldout3": range(700, 724),
    "heldout4": range(800, 824),
    "heldout5": range(900, 924),
    "heldout6": range(950, 974),
    "heldout7": range(1000, 1024),
    "heldout8": range(1050, 1074),
    "heldout8L": range(1100, 1124),
    "heldout9": range(1150, 1174),
    "heldout9L": range(1200, 1224),
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    pages = []
    for split, seeds in SETS.items():
        for seed in seeds:
            spec, gold = real_spec(seed, heldout=split != "dev")
            gen = None
            while gen is None and spec.rows:
                try:
                    gen = make_page(spec)
                except TooLong:  # the last row left out (and its articles from the truth)
                    gold = gold[: len(gold) - len(spec.rows[-1])]
                    spec = attrs.evolve(spec, rows=spec.rows[:-1])
            if gen is None:
                continue
            write_renderings(gen.pdf, OUT, seed)
            pages.append({"seed": seed, "split": split, "columns": spec.columns, "articles": gold})
    (OUT / "truth.json").write_text(
        json.dumps({"schema": "generated-real-1", "pages": pages}, ensure_ascii=False, indent=1)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(pages)} pages written to {OUT}")


if __name__ == "__main__":
    main()
