"""Write (or check) the JSON Schema of paper_parser's impresso-style content items.

``python scripts/gen_impresso_schema.py`` writes
``docs/schema/impresso-content-item.schema.json`` from
:func:`paper_parser.impresso.json_schema`; ``--check`` exits 1 when the shipped file is out of
date (``tests/test_impresso.py`` runs the same comparison).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from paper_parser.impresso import json_schema

TARGET = (
    Path(__file__).resolve().parent.parent / "docs" / "schema" / "impresso-content-item.schema.json"
)


def render() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    text = render()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python {__file__}", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
