"""The two ``pdftotext`` renderings of a generated page, shared by the corpus scripts.

``pdftotext`` (poppler-utils, GPL) is run as a separate program to make test data; it is
never imported or shipped.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

#: The modes written for every page: ``seedN.layout.pdftotext`` and ``seedN.default.pdftotext``.
MODES = (("layout", ["-layout"]), ("default", []))


def write_renderings(pdf: bytes, out: Path, seed: int) -> None:
    """Write ``pdftotext``'s output of ``pdf`` in each of :data:`MODES` under ``out``."""
    for mode, args in MODES:
        text = subprocess.run(
            ["pdftotext", *args, "-", "-"], input=pdf, capture_output=True, check=True
        ).stdout.decode("utf-8")
        (out / f"seed{seed}.{mode}.pdftotext").write_text(text, encoding="utf-8")
