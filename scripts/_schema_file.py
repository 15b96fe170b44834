"""The shared main of the ``gen_*_schema.py`` scripts: write a JSON Schema file, or check it.

Each script names its target file and the function that builds the schema; this module
renders it (2-space indent, non-ASCII as is, final newline) and writes it, or with
``--check`` exits 1 when the shipped file differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "docs" / "schema"


def render(schema: dict[str, Any]) -> str:
    """The schema as the shipped file holds it."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def main(description: str, target: Path, build: Callable[[], dict[str, Any]], script: str) -> int:
    """Write ``target`` from ``build()``, or with ``--check`` compare; returns the exit status."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    text = render(build())
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{target} is out of date: run python {script}", file=sys.stderr)
            return 1
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return 0
