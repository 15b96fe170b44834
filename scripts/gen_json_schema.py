"""Write (or check) the JSON Schema of paper_parser's records.

``python scripts/gen_json_schema.py`` writes ``docs/schema/paper-parser-record.schema.json``
from :func:`paper_parser.serialize.json_schema`; ``--check`` exits 1 when the shipped file
is out of date (the test suite runs the same comparison).
"""

from __future__ import annotations

from _schema_file import SCHEMA_DIR, main

from paper_parser.serialize import json_schema

TARGET = SCHEMA_DIR / "paper-parser-record.schema.json"

if __name__ == "__main__":
    raise SystemExit(
        main(__doc__.splitlines()[0], TARGET, json_schema, "scripts/gen_json_schema.py")
    )
