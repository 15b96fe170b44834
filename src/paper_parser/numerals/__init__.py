"""Chinese numerals: exact parsing, formatting, and safe extraction from running text.

Four functions:

* :func:`parse_number` reads one numeral expression (the whole string) and returns its exact
  value as a :class:`fractions.Fraction` (integers compare equal to :class:`int`);
* :func:`format_number` writes a number in one of several styles, and :func:`parse_number`
  reads every one of them back to the same value;
* :func:`find_numbers` finds every quantity in running text as a :class:`NumberMention`;
* :func:`normalize_numbers` rewrites the quantities :func:`find_numbers` is sure of to Arabic
  digits and leaves everything else untouched.

>>> parse_number("一万零三"), parse_number("壹万零叁"), parse_number("１．５万")
(Fraction(10003, 1), Fraction(10003, 1), Fraction(15000, 1))
>>> format_number(100001000)
'一亿零一千'
>>> [(m.text, m.value, m.approx, m.unit) for m in find_numbers("走访4.8万余名职工")]
[('4.8万余名', Fraction(48000, 1), '余', '名')]
>>> normalize_numbers("第九十六场发布会，一带一路，两年半")
'第96场发布会，一带一路，2年半'
"""

from __future__ import annotations

from paper_parser.numerals import _find, _write
from paper_parser.numerals._find import (
    IncompleteScanWarning,
    NumberMention,
    find_numbers,
    normalize_numbers,
)
from paper_parser.numerals._read import parse_number
from paper_parser.numerals._write import format_number

__all__ = [
    "IncompleteScanWarning",
    "NumberKind",
    "NumberMention",
    "NumberStyle",
    "find_numbers",
    "format_number",
    "normalize_numbers",
    "parse_number",
]

#: What a :class:`NumberMention` counts.
NumberKind = _find.NumberKind
#: Styles of :func:`format_number`.
NumberStyle = _write.NumberStyle

# The public functions live in private modules (one per role); they are documented and shown
# under this package's name. (NumberMention keeps its own module: its annotations are resolved
# there.)
find_numbers.__module__ = normalize_numbers.__module__ = __name__
parse_number.__module__ = format_number.__module__ = __name__
