"""Characters that stand for others in text taken from PDFs: radicals and compatibility
ideographs, each with the unified ideograph it is read as, and the vertical forms of
punctuation.

PDF fonts often map the glyph of a common character to a radical's code point, so that
``pdftotext`` and every other extractor give ``⼈民⽇报`` (KANGXI RADICAL MAN, SUN) for
人民日报 or ``⻓江`` (CJK RADICAL C-SIMPLIFIED LONG) for 长江: the page looks right and no
word, name or number on it matches. :data:`RADICAL_FORMS` maps each such character to its
unified ideograph, one for one (lengths and positions are unchanged):

* the Kangxi Radicals (U+2F00-U+2FD5), the CJK Compatibility Ideographs (U+F900-U+FAFF) and
  their supplement (U+2F800-U+2FA1F): their compatibility decomposition (NFKC), as Python's
  ``unicodedata`` gives it;
* the CJK Radicals Supplement (U+2E81-U+2EF3), which has none: the property
  Equivalent_Unified_Ideograph of the Unicode Character Database
  (``EquivalentUnifiedIdeograph.txt``, version 14.0.0, by Ken Lunde; © Unicode, Inc., used
  under the Unicode terms of use, https://www.unicode.org/terms_of_use.html), copied below as
  pairs of characters;
* the presentation forms for vertical text (U+FE10-U+FE19, U+FE30-U+FE48: ``︵``, ``︽``,
  ``﹁`` …), which a vertically set title or caption leaves in the text layer: the
  punctuation they are the vertical forms of, by their compatibility decomposition, written
  full-width where that is ASCII (``︵`` is ``（``, as Chinese text prints it); the
  ellipsis, two-dot leader and low lines, which decompose to more than one character or to
  no punctuation of the text, are left alone.
"""

from __future__ import annotations

import unicodedata
from types import MappingProxyType
from typing import Final

__all__ = ["RADICAL_FORMS"]

# Each pair: a character of the CJK Radicals Supplement and its Equivalent_Unified_Ideograph
# (UCD 14.0.0, EquivalentUnifiedIdeograph.txt, U+2E81..U+2EF3; U+2E9A is unassigned and
# U+2E80 has no equivalent).
_SUPPLEMENT_PAIRS = (
    "⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 "
    "⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ⺕彐 ⺖忄 ⺗心 ⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 "
    "⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 ⺮𥫗 ⺯糹 ⺰纟 ⺱罓 "
    "⺲罒 ⺳㓁 ⺴冗 ⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ⺾艹 ⺿艹 ⻀艹 ⻁虎 "
    "⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻇𧢲 ⻈讠 ⻉贝 ⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 "
    "⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐 "
    "⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 "
    "⻲亀 ⻳龟"
)

#: The blocks whose characters fold by their compatibility decomposition.
_NFKC_BLOCKS = ((0x2F00, 0x2FD5), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
#: The presentation forms for vertical text.
_VERTICAL_BLOCKS = ((0xFE10, 0xFE19), (0xFE30, 0xFE48))


def _radical_forms() -> dict[int, str]:
    """Code point -> the unified ideograph it stands for (see the module's docstring)."""
    table: dict[int, str] = {}
    for first, last in _NFKC_BLOCKS:
        for cp in range(first, last + 1):
            char = chr(cp)
            folded = unicodedata.normalize("NFKC", char)
            if folded != char and len(folded) == 1:
                table[cp] = folded
    for pair in _SUPPLEMENT_PAIRS.split():
        table[ord(pair[0])] = pair[1]
    table.update(_vertical_forms())
    return table


def _vertical_forms() -> dict[int, str]:
    """Presentation forms for vertical text -> the punctuation they stand for."""
    table: dict[int, str] = {}
    for first, last in _VERTICAL_BLOCKS:
        for cp in range(first, last + 1):
            char = chr(cp)
            if not unicodedata.name(char, "").startswith("PRESENTATION FORM FOR VERTICAL"):
                continue
            folded = unicodedata.normalize("NFKC", char)
            if len(folded) != 1 or folded == "_":
                continue
            if "!" <= folded <= "~":  # ASCII: the full-width form Chinese text prints
                folded = chr(ord(folded) + 0xFEE0)
            table[cp] = folded
    return table


#: Radicals and compatibility ideographs -> unified ideographs, vertical forms -> punctuation,
#: for ``str.translate``.
RADICAL_FORMS: Final = MappingProxyType(_radical_forms())
