"""Gates that keep the package's shape: imports flow one way, functions stay readable.

The layers are the diagram of ``docs/overview.rst``: a module may import from its own
package and from lower layers only. The test reads the imports with :mod:`ast` (no import
runs), so it also catches imports inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "paper_parser"

#: Layer of every module (a package counts for all its submodules). Lower layers never
#: import higher ones.
LAYERS: dict[str, int] = {
    # 0: shared types and data tables
    "paper_parser._types": 0,
    "paper_parser.errors": 0,
    "paper_parser._names_data": 0,
    "paper_parser._identifier_data": 0,
    "paper_parser._papers": 0,
    "paper_parser._lunar_table": 0,
    "paper_parser._version": 0,
    "paper_parser._words": 0,
    "paper_parser._radicals": 0,
    "paper_parser._rx": 0,
    "paper_parser._regex_table": -1,  # generated op codes (scripts/gen_regex_table.py)
    # 1: the text layer
    "paper_parser._columns": 1,
    "paper_parser.text": 2,
    # 3: readers of numbers, dates and identifiers (they know nothing of pages)
    "paper_parser.numerals": 3,
    "paper_parser.calendar": 3,
    "paper_parser.identifiers": 3,
    "paper_parser.timex": 4,
    # 5: what a page holds
    "paper_parser.bylines": 5,
    "paper_parser.masthead": 5,
    # 6: segmentation
    "paper_parser._units": 6,
    "paper_parser.segment": 7,
    # 8: readers and writers on top of the parser
    "paper_parser._pdf_layout": 1,
    "paper_parser._pdf_write": 2,
    "paper_parser.pdf": 8,
    "paper_parser.html": 8,
    "paper_parser._timex_days": 0,
    "paper_parser.tables": 8,
    "paper_parser.tei": 8,
    "paper_parser.impresso": 9,
    "paper_parser.serialize": 9,
    # 10: records of pages and files (envelopes, error records, PDF pages)
    "paper_parser.records": 10,
    # 11: shells
    "paper_parser.cli": 11,
    "paper_parser.dask": 12,
    "paper_parser.__main__": 12,
    "paper_parser": 13,
}


#: Upward imports that are deliberate, each with its reason (the list may only shrink).
ALLOWED: dict[tuple[str, str], str] = {
    ("paper_parser.serialize", "paper_parser"): (
        "the registry of result classes is the package's public names, imported lazily"
    ),
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    name = ".".join(parts)
    return name.removesuffix(".__init__")


def _layer(module: str) -> int | None:
    while module:
        if module in LAYERS:
            return LAYERS[module]
        module = module.rpartition(".")[0]
    return None


def _imports(path: Path) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "paper_parser":
                found.extend((node.lineno, f"paper_parser.{a.name}") for a in node.names)
            elif node.module.startswith("paper_parser."):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found.extend(
                (node.lineno, a.name) for a in node.names if a.name.startswith("paper_parser")
            )
    return found


SOURCES = sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(SRC)))
def test_imports_flow_down(path: Path) -> None:
    module = _module_name(path)
    own = _layer(module)
    assert own is not None, f"{module} has no layer in tests/test_structure.py"
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for line, target in _imports(path):
        if package != "paper_parser" and (target == package or target.startswith(package + ".")):
            continue  # inside its own package
        if (module, target) in ALLOWED:
            continue
        theirs = _layer(target)
        assert theirs is not None, f"{module}:{line} imports unknown {target}"
        assert theirs < own, f"{module} (layer {own}) imports {target} (layer {theirs}) at {line}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_function_over_120_lines(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [
        f"{n.name} ({n.end_lineno - n.lineno + 1} lines)"
        for n in ast.walk(tree)
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
        and n.end_lineno is not None
        and n.end_lineno - n.lineno + 1 > 120
    ]
    assert not long, long


def test_the_layer_table_has_no_stale_module() -> None:
    present = {_module_name(p) for p in SOURCES}
    stale = [m for m in LAYERS if m not in present and not (SRC / m.split(".")[-1]).is_dir()]
    assert not stale, stale


#: Module-level tables left mutable (a dict, list or set display or comprehension bound to a
#: module name), each with its reason; the list may only shrink. Every other table is a
#: frozenset, tuple or ``MappingProxyType``, built once at import.
MUTABLE_TABLES: dict[tuple[str, str], str] = {
    ("paper_parser.serialize", "_BOX"): "JSON Schema fragment; json_schema() deep-copies",
    ("paper_parser.serialize", "_BOX_LIST"): "JSON Schema fragment; json_schema() deep-copies",
    ("paper_parser.serialize", "_BOXES_SCHEMA"): "JSON Schema fragment; json_schema() deep-copies",
    ("paper_parser.serialize", "_GEOMETRY_SCHEMA"): "JSON Schema fragment; deep-copied",
    ("paper_parser.serialize", "_EXTRA"): "JSON Schema fragments; json_schema() deep-copies",
    ("paper_parser.serialize", "_ENVELOPE_SCHEMA"): "JSON Schema fragment; deep-copied",
    ("paper_parser.serialize", "_ERROR_SCHEMA"): "JSON Schema fragment; deep-copied",
}

_MUTABLE_DISPLAYS = (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp, ast.SetComp)


def _module_tables(tree: ast.Module) -> list[tuple[str, int, str]]:
    """Module-level mutable tables and import-time loops: (name, line, what)."""
    found: list[tuple[str, int, str]] = []
    for node in tree.body:
        if isinstance(node, ast.For | ast.While):
            found.append(("<loop>", node.lineno, "an import-time loop"))
        elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            name = target.id if isinstance(target, ast.Name) else "?"
            value = node.value
            mutable = isinstance(value, _MUTABLE_DISPLAYS) or (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Name)
                and value.func.id in ("dict", "list", "set", "bytearray")
            )
            if mutable and name != "__all__":
                found.append((name, node.lineno, type(value).__name__))
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(SRC)))
def test_tables_are_read_only_and_built_by_functions(path: Path) -> None:
    module = _module_name(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    loose = [
        f"{name} (line {line}: {what})"
        for name, line, what in _module_tables(tree)
        if (module, name) not in MUTABLE_TABLES
    ]
    assert not loose, loose


def test_the_mutable_table_list_has_no_stale_entry() -> None:
    present = {
        (_module_name(p), name)
        for p in SOURCES
        for name, _, _ in _module_tables(ast.parse(p.read_text(encoding="utf-8")))
    }
    assert set(MUTABLE_TABLES) <= present, set(MUTABLE_TABLES) - present


@pytest.mark.parametrize(
    "path", [p for p in SOURCES if p.name != "_rx.py"], ids=lambda p: str(p.relative_to(SRC))
)
def test_patterns_are_compiled_through_rx(path: Path) -> None:
    """Package patterns go through ``paper_parser._rx.compile`` (so that they can come from
    the pre-built op-code table); only ``_rx`` itself calls ``regex.compile``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    direct = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr == "compile"
        and isinstance(node.value, ast.Name)
        and node.value.id == "regex"
    ]
    assert not direct, f"regex.compile at lines {direct}: use _rx.compile"


# Memoising decorators keep state across calls: a hidden cache (the design card has none).
_CACHING = frozenset({"cache", "lru_cache", "cached_property"})


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_hidden_caches(path: Path) -> None:
    """No function of the package memoises its results (``functools.cache``,
    ``lru_cache``, ``cached_property``): tables are built once at import, by name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute | ast.Name)
        and (node.attr if isinstance(node, ast.Attribute) else node.id) in _CACHING
    ]
    assert not found, f"memoising decorator at lines {found}"
