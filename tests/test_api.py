"""The public surface: ``__all__`` is sorted, complete and importable."""

from __future__ import annotations

import importlib.metadata

import paper_parser


def test_all_is_sorted_and_unique() -> None:
    assert list(paper_parser.__all__) == sorted(set(paper_parser.__all__))


def test_every_exported_name_exists() -> None:
    missing = [name for name in paper_parser.__all__ if not hasattr(paper_parser, name)]
    assert missing == []


def test_version_comes_from_metadata() -> None:
    assert paper_parser.__version__ == importlib.metadata.version("paper-parser")


def test_typed_marker_is_shipped() -> None:
    from pathlib import Path

    assert (Path(paper_parser.__file__).parent / "py.typed").is_file()
