"""Generate ``src/paper_parser/numerals/_phrase_table.py``: the phrase and pair tables of
:mod:`paper_parser.numerals._tokens`, written out so that the import reads them instead of
building them (tens of milliseconds of every process that loads the parser).

Usage::

    python scripts/gen_phrase_table.py            # (re)write the table
    python scripts/gen_phrase_table.py --check    # exit 1 if the table is not what today's
                                                  # vocabulary and code make

The tables are those of ``_tokens._build_phrase_tables()``, with the CRC of the vocabulary they
were made from (``_tokens._sources_crc()``). The import uses the file only while that CRC is
today's; after a change to the phrases, idioms, word shapes, adverbs or numeral characters it
builds the tables itself (the same tables, a slower import) until this script is run again.
``tests/test_numerals.py`` runs ``--check``.
"""

from __future__ import annotations

import argparse
import sys
import types
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT_PATH = ROOT / "src" / "paper_parser" / "numerals" / "_phrase_table.py"

HEADER = '''"""The phrase and pair tables of :mod:`paper_parser.numerals._tokens` (generated).

Do not edit: written by ``scripts/gen_phrase_table.py`` from
``_tokens._build_phrase_tables()``; read by ``_tokens._phrase_tables()`` only while
``SOURCES_CRC`` is the CRC of today's vocabulary (else it builds them). Each table is a
string of its members separated by single spaces.
"""

# ruff: noqa: E501
# fmt: off
from __future__ import annotations

from typing import Final

#: ``_tokens._sources_crc()`` of the vocabulary the tables were made from.
SOURCES_CRC: Final = {crc}
#: The phrases' lengths, longest first.
LENGTHS: Final = {lengths!r}
'''

#: (name in the file, field of _tokens._PhraseTables, comment)
TABLES = (
    ("PHRASES", "phrases", "The phrases, idioms and names (and their folded forms)."),
    ("PREFIXES", "prefixes", "Their first two characters."),
    ("WORD_PAIRS", "word_pairs", "The pairs of characters of the word contexts."),
    ("BEFORE_DIGIT_PAIRS", "before_digit_pairs", "Characters before an ASCII digit in one."),
    ("INNER_PAIRS", "inner_pairs", "The pairs a numeral candidate can hold whole."),
)


def _tokens_module() -> Any:
    """``paper_parser.numerals._tokens``, imported without the table on disk (a stub that
    never matches, so the import builds the tables)."""
    sys.path.insert(0, str(ROOT / "src"))
    stub = types.ModuleType("paper_parser.numerals._phrase_table")
    stub.SOURCES_CRC = -1  # type: ignore[attr-defined]
    sys.modules[stub.__name__] = stub
    from paper_parser.numerals import _tokens

    return _tokens


def _literal(members: frozenset[str]) -> str:
    """A parenthesised string literal of ``members``, sorted, space-separated, a few per line:
    raw strings (compiled several times as fast as strings with escapes, which matters where
    no bytecode is cached), and one last string with escapes for the members that need them
    (a line end)."""
    items = sorted(members)
    for item in items:
        if not item or " " in item:
            raise SystemExit(f"cannot write {item!r}: a member is empty or holds a space")
    plain = [w for w in items if w.isprintable() and "'" not in w and "\\" not in w]
    other = [w for w in items if w not in set(plain)]
    chunks = [" ".join(plain[i : i + 24]) for i in range(0, len(plain), 24)]
    last = len(chunks) - (0 if other else 1)
    lines = [f"r'{chunk}{' ' if k < last else ''}'" for k, chunk in enumerate(chunks)]
    if other:
        lines.append(repr(" ".join(other)))
    return "(\n" + "".join(f"    {line}\n" for line in lines) + ")"


def render(crc: int, tables: Any) -> str:
    out = [HEADER.format(crc=crc, lengths=tables.lengths)]
    for name, field, comment in TABLES:
        out.append(f"#: {comment}\n{name}: Final = {_literal(getattr(tables, field))}\n")
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the table is stale")
    args = parser.parse_args(argv)
    tokens = _tokens_module()
    text = render(tokens._sources_crc(), tokens._build_phrase_tables())
    if args.check:
        if not OUT_PATH.exists() or OUT_PATH.read_text(encoding="utf-8") != text:
            print(f"{OUT_PATH} is stale: run python scripts/gen_phrase_table.py", file=sys.stderr)
            return 1
        print(f"{OUT_PATH} is current")
        return 0
    OUT_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {OUT_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
