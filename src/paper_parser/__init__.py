"""paper_parser: structured, trustworthy data from the text of Chinese newspaper pages.

The public surface is re-exported here; everything else is private.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from paper_parser._types import Span
from paper_parser.errors import PaperParseError
from paper_parser.text import Block, Line, Normalized, blocks, lines, normalize

# --- numerals (issue 3) ---
# --- calendar (issue 4) ---
# --- identifiers and masthead (issue 5) ---
# --- bylines and segmentation (issue 6) ---

try:
    __version__ = version("paper-parser")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

# Keep sorted: tests/test_api.py checks it.
__all__ = [
    "Block",
    "Line",
    "Normalized",
    "PaperParseError",
    "Span",
    "__version__",
    "blocks",
    "lines",
    "normalize",
]
