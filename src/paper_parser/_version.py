"""The package version: the one place it is written (pyproject.toml reads it from here).

A plain string, so ``import paper_parser`` does not pay for :mod:`importlib.metadata`.
"""

__version__ = "0.1.0.dev0"
