"""Sphinx configuration for paper_parser's documentation.

Built offline with ``sphinx-build -n -W --keep-going docs docs/_build/html``: no intersphinx
(the build must not touch the network), so references to the standard library are resolved
by the ignore list below rather than fetched inventories.
"""

from __future__ import annotations

from importlib.metadata import version as _version
from typing import Any

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
# The JSON Schema of records is published next to the pages.
html_extra_path = ["schema"]

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
    (r"py:.*", r"(datetime|decimal|fractions|collections\.abc|typing|enum)\..*"),
    (r"py:.*", r"(re|regex|attr|attrs)\..*"),
    (r"py:.*", r"(Fraction|date|Decimal|Iterator|Iterable|Sequence|Mapping|IO|Any|Literal)"),
    (r"py:.*", r"(int|str|bool|bytes|float|object|tuple|list|dict|None|type|ValueError)"),
    (r"py:.*", r"(argparse|pathlib|os)\..*"),
    (r"py:mod", r"(regex|attrs|attr|hypothesis|pytest)"),
    (r"py:.*", r"(Pattern|Match|Path|Callable|Final|array)"),
    # private helper classes seen in constructor signatures (text.LineSequence's table)
    (r"py:class", r"_[A-Za-z]\w*"),
    # private type variables of generic helpers (text.respan's _R)
    (r"py:class", r"paper_parser\.\w+\._[A-Z]\w*"),
]


def _resolve_top_level(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve ``paper_parser.NAME`` (how users import) to where NAME is documented.

    The API reference documents each object in its defining module; the guides refer to the
    top-level names. This maps one to the other instead of spelling modules out everywhere.
    """
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not target.startswith("paper_parser."):
        return None
    import paper_parser

    parts = target.split(".")
    obj = getattr(paper_parser, parts[1], None)
    module = getattr(obj, "__module__", None)
    if obj is None or not module or module == "paper_parser":
        return None
    new_target = ".".join([module, *parts[1:]])
    return env.get_domain("py").resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], new_target, node, contnode
    )


def setup(app: Any) -> None:
    app.connect("missing-reference", _resolve_top_level)
