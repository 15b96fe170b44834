"""Write (or check) the JSON Schema of paper_parser's impresso-style content items.

``python scripts/gen_impresso_schema.py`` writes
``docs/schema/impresso-content-item.schema.json`` from
:func:`paper_parser.impresso.json_schema`; ``--check`` exits 1 when the shipped file is out of
date (``tests/test_impresso.py`` runs the same comparison).
"""

from __future__ import annotations

from _schema_file import SCHEMA_DIR, main

from paper_parser.impresso import json_schema

TARGET = SCHEMA_DIR / "impresso-content-item.schema.json"

if __name__ == "__main__":
    raise SystemExit(
        main(__doc__.splitlines()[0], TARGET, json_schema, "scripts/gen_impresso_schema.py")
    )
