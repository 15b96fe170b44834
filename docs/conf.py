"""Sphinx configuration for paper_parser's documentation.

Built offline with ``sphinx-build -n -W --keep-going docs docs/_build/html``: no intersphinx
(the build must not touch the network), so references to the standard library are resolved
by the ignore list below rather than fetched inventories.
"""

from __future__ import annotations

from importlib.metadata import version as _version

project = "paper_parser"
author = "paper_parser developers"
copyright = "2026, paper_parser developers"
release = _version("paper-parser")
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]

language = "en"
html_theme = "furo"
html_title = f"paper_parser {release}"
exclude_patterns = ["_build"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_default_options = {"members": True, "show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# Without intersphinx, names from the standard library and our dependencies cannot be
# linked; they are listed here so that -n stays strict about our own names.
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|fractions|collections\.abc|typing|enum|re|regex|attr|attrs)\..*"),
    (r"py:.*", r"(Fraction|date|Decimal|Iterator|Iterable|Sequence|Mapping|IO|Any|Literal)"),
    (r"py:.*", r"(int|str|bool|bytes|float|object|tuple|list|dict|None|type|ValueError)"),
    (r"py:.*", r"(argparse|pathlib|os)\..*"),
    (r"py:mod", r"(regex|attrs|attr|hypothesis|pytest)"),
    (r"py:.*", r"(Pattern|Match|Path|Callable|Final)"),
]
