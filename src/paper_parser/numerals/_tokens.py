"""Tokens of running text for :func:`~paper_parser.numerals.find_numbers`: where numeral
candidates are, and which word contexts, quotes and identifiers hide them.

Private: the public surface is :mod:`paper_parser.numerals`.
"""

from __future__ import annotations

import itertools
import operator
import re
import zlib
from array import array
from collections.abc import Collection, Iterable, Iterator
from types import MappingProxyType
from typing import Any, NamedTuple

import regex

from paper_parser import _rx
from paper_parser._words import DASH_CHARS
from paper_parser.numerals import _phrase_table
from paper_parser.numerals import _vocab as data
from paper_parser.numerals._idioms import IDIOMS, TRADITIONAL
from paper_parser.text import TOUCHED_CLASS, Normalized, normalize

_DIGIT_CLASS = "0-9" + "".join(k for k in data.DIGITS if not k.isascii())
_RUN_CLASS = "0-9" + data.RUN_CHARS


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words`` folded into a prefix tree.

    It matches exactly what the longest-first alternation ``w1|w2|...`` matches (the longest
    word that starts at the position), but the engine reads each character once instead of
    trying every word in turn: a large speed-up on lists of a hundred words or more.
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict[str, Any]]) -> str:
        # Longer continuations first; the end of a word (empty branch) last.
        parts = [regex.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if "" in node:
            parts.append("")
        if len(parts) == 1:
            return parts[0]
        return "(?:" + "|".join(parts) + ")"

    return emit(root) if root else "(?!)"


#: 兆 read as 10^12 inside a numeral (Taiwan's and Hong Kong's 萬億, 4兆8,530億元, 25.4兆元). It
#: is also the metric mega (兆瓦, 100兆宽带, 千兆网络), so only where mega cannot be meant:
#: after a digit (not 十百千: 千兆 is giga) and before a section that ends in 億/亿 (mega is
#: never counted in 亿) or a currency (no amount of money is counted in megas).
_LARGE_ZHAO = r"""
    兆(?<=[0-9一二两兩三四五六七八九]兆)
    (?=[0-9,零〇一二两兩三四五六七八九十百千]++[億亿]
      |元|圓|圆|美元|日圓|日元|台幣|台币|新台幣|新台币|韓元|韩元|港元|港幣|港币|人民幣|人民币|美金
      |令吉|新元|新幣|新币|馬幣|马币)
"""

#: Characters before digits that make them part of a date, a time, a code or a number
#: grouped with commas or spaced otherwise (2021-9-18 771, 9:30 100, 1,234 567, a telephone
#: number 0800 226 226): no group of a number spaced in threes follows them (a clause's comma
#: may: ，1 000 000人). Closed inside ``(?<!...)``.
_GROUP_NOT_AFTER = r"[0-9A-Za-z.:/\-\u2013\u2014])(?<![0-9],)(?<![0-9][ ]"

# One possessive numeral "core": digits, Chinese numeral characters, separators inside Arabic
# numbers, and 点 before a digit. Fractions and percents extend it. The alternatives start
# with different characters, and each separator is matched before it is checked behind:
# both engines then reject a character at its first test (three times faster on 1.1.1.1).
_CORE = rf"""
    (?:[{_RUN_CLASS}])                         # first character of the numeral
    (?:
        [{_RUN_CLASS}]++                       # more numeral characters
      | \.(?<=[0-9]\.)(?=[0-9])                # decimal point between Arabic digits
      | ,(?<=[0-9],)(?=[0-9]{{3}}(?![0-9]))    # thousands separator: exactly three digits
      | [ ](?:(?<=(?<!{_GROUP_NOT_AFTER})[0-9][ ])|(?<=(?<!{_GROUP_NOT_AFTER})[0-9]{{2}}[ ])
            |(?<=(?<!{_GROUP_NOT_AFTER})[0-9]{{3}}[ ])
            |(?<=(?<!{_GROUP_NOT_AFTER})[0-9][ ][0-9]{{3}}[ ])
            |(?<=(?<!{_GROUP_NOT_AFTER})[0-9]{{2}}[ ][0-9]{{3}}[ ])
            |(?<=(?<!{_GROUP_NOT_AFTER})[0-9]{{3}}[ ][0-9]{{3}}[ ])
            |(?<=[0-9][ ][0-9]{{3}}[ ][0-9]{{3}}[ ]))
           (?=[0-9]{{3}}(?![0-9]))             # a space between groups of three (28 831处,
                                               # 1 000 000: GB/T 15835's thin space): no
                                               # group but the first shorter than three, and
                                               # none after a date's or a code's part
      | [点點](?=[{_DIGIT_CLASS}])              # Chinese decimal point before a digit
      | {_LARGE_ZHAO}                          # 兆 = 10^12 where it cannot be mega: 1兆2500億
    )*+
"""

#: A numeral candidate, as part of the scan pattern (no groups: :func:`_shape` reads the text).
_FIND_PATTERN = rf"""
    (?:[百千万萬]分之)?+                       # 百分之 / 千分之 / 万分之 before the number
    {_CORE}                                    # the number (or a denominator)
    (?:(?:又{_CORE})?分之{_CORE})?+          # fraction: 三分之一, mixed: 二又三分之一
  | 半(?={_trie_pattern(data.with_traditional(data.HALF_UNITS))})  # 半 alone before a unit: 半个月
"""


_QUOTE_MAX = 20
#: Characters that open a quoted term or a title.
_QUOTE_OPENERS = '“‘「"《〈〔'


#: A wire dateline set in title brackets, a day and the agency's word for a report at its end
#: (《經濟通通訊社5日專訊》): no title, its day a date part.
_DATELINE = r"[^《》\n]{0,40}?(?<![0-9])[0-9]{1,2}日(?:专讯|專訊|电|電|讯|訊)》"


def _quote_pattern(exclude: str) -> str:
    """Short quoted terms and titles; none may contain a character of the class ``exclude``
    (a character-class body, as ``_NN_CLASS``).

    Every match starts and ends with a quote or bracket, which no numeral contains: a numeral
    lies wholly inside one or wholly outside.
    """
    x = exclude  # short, for the lines below
    return rf"""
    “[^“”\n。！？!?{x}]{{1,{_QUOTE_MAX}}}”          # a short quoted term: “一办九组”
  | ‘[^‘’\n。！？!?{x}]{{1,{_QUOTE_MAX}}}’          # the same in single quotes
  | 「[^「」\n。！？!?{x}]{{1,{_QUOTE_MAX}}}」      # and in corner brackets
  | "[^"\n。！？!?{x}]{{1,{_QUOTE_MAX}}}"           # and in straight quotes
  | 《(?!{_DATELINE})[^《》\n{x}]{{0,80}}》          # a title: 《…十五条意见》
  | 〈[^〈〉\n{x}]{{0,80}}〉                         # an inner title
  | 〔[^〔〕\n{x}]{{0,12}}〕                         # document numbers: 〔2021〕
    """


#: A word shape as matched: per slot, its options by their first character (longest first),
#: and whether the slot may stay empty.
_Slots = tuple[tuple[dict[str, tuple[str, ...]], bool], ...]


def _slots(shape: data.WordShape) -> _Slots:
    out = []
    for slot in shape:
        by_first: dict[str, list[str]] = {}
        for option in sorted((o for o in slot if o), key=len, reverse=True):
            by_first.setdefault(option[0], []).append(option)
        out.append(({k: tuple(v) for k, v in by_first.items()}, "" in slot))
    return tuple(out)


def _shape_ends(t: str, a: int, slots: _Slots) -> set[int]:
    """Every end of a match of the slot sequence ``slots`` starting at ``t[a]``: the positions
    each slot can reach, slot by slot (none as soon as a slot reaches none)."""
    ends = {a}
    for by_first, optional in slots:
        reached = set(ends) if optional else set()
        for p in ends:
            for option in by_first.get(t[p : p + 1], ()):
                if t.startswith(option, p):
                    reached.add(p + len(option))
        if not reached:
            return reached
        ends = reached
    return ends


def _word_shape_pairs(shape: data.WordShape) -> set[str]:
    """Every pair of adjacent characters a match of ``shape`` can contain."""
    pairs: set[str] = set()
    lasts = {""}  # last characters the slots so far can end with ("": none yet)
    for slot in shape:
        after: set[str] = set()
        for option in slot:
            if not option:
                after |= lasts
                continue
            pairs.update(last + option[0] for last in lasts if last)
            pairs.update(option[i : i + 2] for i in range(len(option) - 1))
            after.add(option[-1])
        lasts = after
    return pairs


def _fold_table() -> MappingProxyType[int, str]:
    """The ``str.translate`` table that folds traditional characters to simplified ones, one
    character for one (so offsets stay): the traditional forms of the characters of the
    lexicon and the numeral vocabulary that are never simplified characters themselves
    (``_idioms.TRADITIONAL``, from OpenCC's TSCharacters.txt). Simplified text is left as it
    is; 成千上萬 folds to 成千上万, 十三屆全國人大 to 十三届全国人大."""
    return MappingProxyType({ord(pair[0]): pair[1] for pair in TRADITIONAL})


_FOLD = _fold_table()
#: Any character the fold changes (the standard library's engine tests a class with a bitmap).
_TRADITIONAL_RE = _rx.std_compile("[" + "".join(sorted(map(chr, _FOLD))) + "]")


def _spellings_table() -> MappingProxyType[str, str]:
    """Each simplified character with its traditional forms (万: 万萬), in one pass."""
    forms: dict[str, str] = {}
    for pair in TRADITIONAL:
        forms[pair[1]] = forms.get(pair[1], pair[1]) + pair[0]
    return MappingProxyType(dict(sorted(forms.items())))


def _spelled_both_ways(pairs: Iterable[str]) -> frozenset[str]:
    """``pairs`` of two characters with every spelling of each in either script (万人: 萬人 too),
    so that a gate on the pairs of printed text lets the folded look-up happen. Most pairs
    have one spelling and are kept as they are without building their product."""
    spell = _spellings_table()
    out = set(pairs)
    out.update(
        [
            a + b
            for pair in out
            if pair[0] in spell or pair[1] in spell
            for a in spell.get(pair[0], pair[0])
            for b in spell.get(pair[1], pair[1])
        ]
    )
    return frozenset(out)


def _phrase_set() -> frozenset[str]:
    """Set phrases and names (hand-picked) and the idioms and fixed phrases of the lexicon,
    looked up by slices in a set (:func:`_in_phrase`): as regex alternatives their four
    thousand words would be tried at every position of the window, and compiling them would
    cost the import. The text is looked up folded to simplified characters
    (:func:`_in_word_context`), so the phrases are held folded too (the few the lexicon
    prints in traditional characters)."""
    phrases = frozenset(data.SET_PHRASES) | frozenset(IDIOMS)
    return phrases | frozenset(p.translate(_FOLD) for p in phrases)


_WORD_SHAPES = (
    *data.WEEKDAY_SHAPES,
    *data.RANK_SHAPES,
    *data.COINED_SHAPES,
    *data.SESSION_SHAPES,
    *(((word,),) for word in data.ADVERB_WORDS),
)


class _SlotShape(NamedTuple):
    """A word shape with slots (星期四, 三级高级检察官, 六字诀, 十四届全国人大), as
    :func:`_shape_ends` matches it."""

    slots: _Slots
    #: The characters its first slot starts with (it is never empty).
    firsts: frozenset[str]
    #: The first characters of the options of the first later slot that cannot stay empty (级
    #: of 三级高级检察官, 届 of 十四届全国人大): no match where none is near.
    anchor: str
    #: Every pair of adjacent characters a match can hold: no match covers part of a numeral
    #: where none of them is across its edges or inside it.
    pairs: frozenset[str]


def _slot_shape(shape: data.WordShape) -> _SlotShape:
    slots = _slots(shape)
    anchor = next(("".join(sorted(f)) for f, optional in slots[1:] if not optional), "")
    return _SlotShape(slots, frozenset(slots[0][0]), anchor, frozenset(_word_shape_pairs(shape)))


_SLOT_SHAPES = tuple(map(_slot_shape, _WORD_SHAPES[: -len(data.ADVERB_WORDS)]))
#: Adverbs spelled with numerals: 十分重要, 万分感谢 (their context decides, see the pattern).
_ADVERB_RE = _rx.compile(data.ADVERB_PATTERN)
#: The longest word context with slots.
_WORD_MAX = max(sum(max(map(len, slot)) for slot in shape) for shape in _WORD_SHAPES)
#: Every pair of adjacent characters inside a word shape with slots, an adverb. Each of them,
#: and each phrase, is at least two characters long, so one covers part of a numeral only if
#: it holds a pair across the numeral's first or last character, or lies inside it and holds
#: one there: a look-up of its kind is needed only where such a pair is one of its kind's.
_SHAPE_PAIRS = frozenset[str]().union(*(shape.pairs for shape in _SLOT_SHAPES))
_ADVERB_PAIRS = frozenset(w[i : i + 2] for w in data.ADVERB_WORDS for i in range(len(w) - 1))


def _before_digits(lines: str) -> frozenset[str]:
    """The characters that stand before an ASCII digit in a pair of a word context (双 of
    双11), given the phrases' ``lines``."""
    found = {p[0] for p in itertools.chain(_SHAPE_PAIRS, _ADVERB_PAIRS) if p[1] in "0123456789"}
    for digit in "0123456789":  # few phrases hold digits: find them in the joined text
        i = lines.find(digit)
        while i >= 0:
            if i > 0:
                found.add(lines[i - 1])
            i = lines.find(digit, i + 1)
    spell = _spellings_table()
    return frozenset("".join(spell.get(c, c) for c in found))


#: Characters a numeral candidate (a ``_FIND_PATTERN`` match) can hold.
_CANDIDATE_CHARS = frozenset("0123456789,.点點分之又半" + data.RUN_CHARS)


def _inner_pairs(lines: str) -> frozenset[str]:
    """The pairs of the word contexts that a candidate can hold whole (the phrases made of
    its characters alone are found in the phrases' ``lines``)."""
    return _spelled_both_ways(
        itertools.chain(
            itertools.chain.from_iterable(
                _word_shape_pairs(shape)
                for shape in _WORD_SHAPES
                if all(
                    "" in slot or any(_CANDIDATE_CHARS.issuperset(o) for o in slot)
                    for slot in shape
                )
            ),
            (
                w[i : i + 2]
                for w in re.findall(
                    "(?m)^[" + "".join(sorted(map(re.escape, _CANDIDATE_CHARS))) + "]+$", lines
                )
                for i in range(len(w) - 1)
            ),
        )
    )


class _PhraseTables(NamedTuple):
    """The tables of the phrases (:func:`_phrase_set`) and of the pairs of characters of the
    word contexts, as :func:`_build_phrase_tables` makes them."""

    phrases: frozenset[str]
    #: The first two characters of the phrases, and their lengths (longest first).
    prefixes: frozenset[str]
    lengths: tuple[int, ...]
    #: The pairs of the shapes, the adverbs and the phrases, each spelled both ways (and the
    #: few that hold a line end of the phrases' lines: harmless, they only let a look-up happen).
    word_pairs: frozenset[str]
    #: :func:`_before_digits`, :func:`_inner_pairs`.
    before_digit_pairs: frozenset[str]
    inner_pairs: frozenset[str]


def _build_phrase_tables() -> _PhraseTables:
    """The tables, built from the vocabulary (tens of milliseconds: the import reads them from
    :mod:`paper_parser.numerals._phrase_table` when that was made from the same vocabulary)."""
    phrases = _phrase_set()
    # The phrases one after another, a line each, a line end first and last: its pairs of
    # adjacent characters are those of the phrases and those of a line end and a phrase's
    # first or last character, the same set in any order of the phrases.
    lines = "\n" + "\n".join(phrases) + "\n"
    return _PhraseTables(
        phrases=phrases,
        prefixes=frozenset(map(operator.itemgetter(slice(2)), phrases)),
        lengths=tuple(sorted(set(map(len, phrases)), reverse=True)),
        word_pairs=_spelled_both_ways(
            itertools.chain(_SHAPE_PAIRS, _ADVERB_PAIRS, map(operator.add, lines, lines[1:]))
        ),
        before_digit_pairs=_before_digits(lines),
        inner_pairs=_inner_pairs(lines),
    )


def _sources_crc() -> int:
    """A CRC-32 of everything the phrase tables are made from: the phrases, the idioms, the
    folding pairs, the word shapes and adverbs, the characters of numeral candidates."""
    parts = (
        " ".join(data.SET_PHRASES),
        " ".join(IDIOMS),
        " ".join(TRADITIONAL),
        repr(_WORD_SHAPES),
        "".join(sorted(_CANDIDATE_CHARS)),
    )
    return zlib.crc32("\0".join(parts).encode())


def _phrase_tables() -> _PhraseTables:
    """The tables as ``scripts/gen_phrase_table.py`` wrote them into
    :mod:`paper_parser.numerals._phrase_table`, when they were made from today's vocabulary
    (its CRC is :func:`_sources_crc`); else built (the same tables, a slower import)."""
    table = _phrase_table
    if _sources_crc() != table.SOURCES_CRC:
        return _build_phrase_tables()
    return _PhraseTables(
        phrases=frozenset(table.PHRASES.split(" ")),
        prefixes=frozenset(table.PREFIXES.split(" ")),
        lengths=table.LENGTHS,
        word_pairs=frozenset(table.WORD_PAIRS.split(" ")),
        before_digit_pairs=frozenset(table.BEFORE_DIGIT_PAIRS.split(" ")),
        inner_pairs=frozenset(table.INNER_PAIRS.split(" ")),
    )


_PHRASE_TABLES = _phrase_tables()
_PHRASES = _PHRASE_TABLES.phrases
_PHRASE_PREFIXES = _PHRASE_TABLES.prefixes
_PHRASE_LENGTHS = _PHRASE_TABLES.lengths
_PHRASE_MAX = _PHRASE_LENGTHS[0]
#: All pairs of the word contexts (see :class:`_PhraseTables`).
_WORD_PAIRS = _PHRASE_TABLES.word_pairs
_BEFORE_DIGIT_PAIRS = _PHRASE_TABLES.before_digit_pairs
#: The pairs of the word contexts that a candidate can hold whole.
_INNER_PAIRS = _PHRASE_TABLES.inner_pairs

#: First characters of those pairs.
_INNER_FIRST = frozenset(p[0] for p in _INNER_PAIRS)
#: Whether a run of Arabic digits can hold a word context whole.
_INNER_ASCII = any(p.isascii() for p in _INNER_PAIRS)


def _in_phrase(t: str, s: int, e: int, *, left: bool = True, right: bool = True) -> bool:
    """Whether a set phrase or an idiom of the lexicon covers part of ``t[s:e]``. Without
    ``left`` (``right``), the pair of characters across the numeral's first (last) edge is
    none of a phrase's: then no phrase starts before it (ends after it)."""
    n = len(t) if right else e
    for a in range(max(0, s - _PHRASE_MAX + 1) if left else s, e):
        if t[a : a + 2] not in _PHRASE_PREFIXES:
            continue
        for k in _PHRASE_LENGTHS:
            b = a + k
            if b <= s:
                break  # the longest word starting here ends before the numeral
            if b <= n and t[a:b] in _PHRASES:
                return True
    return False


def _word_contexts(t: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """The spans of the word contexts with slots and of the adverbs that start in
    ``t[lo:hi]`` (every end of each shape that matches)."""
    window = t[lo : hi + _WORD_MAX]
    for shape in _SLOT_SHAPES:
        if shape.anchor and not any(map(window.__contains__, shape.anchor)):
            continue
        for a in range(lo, min(hi, len(t))):
            if t[a] in shape.firsts:
                for b in _shape_ends(t, a, shape.slots):
                    yield a, b
    for m in _ADVERB_RE.finditer(t, lo, hi + 3, overlapped=True):
        if m.start() < hi:
            yield m.span()


#: How far a word context can reach past a numeral's edge (with the adverbs' look-arounds).
_CONTEXT_REACH = max(_PHRASE_MAX, _WORD_MAX) + 4


def _in_word_context(t: str, s: int, e: int) -> bool:
    """Whether a word context covers part of ``t[s:e]`` (at most ``_MAX_CORE`` long).

    The shapes and the adverbs are looked for only where a pair of their characters crosses
    an edge of the numeral or lies inside it; the window holds every context that could: the
    cost is bounded by its length.
    """
    left, right = t[s - 1 : s + 1] in _WORD_PAIRS, t[e - 1 : e + 1] in _WORD_PAIRS
    # looked up in simplified characters: a window round the numeral, folded (one character
    # for one, so offsets in it are offsets in t less lo); it holds every context that could
    lo = max(0, s - _CONTEXT_REACH)
    window = t[lo : e + _CONTEXT_REACH]
    if _TRADITIONAL_RE.search(window) is not None:  # most text holds none: no translation
        window = window.translate(_FOLD)
    t, s, e = window, s - lo, e - lo
    if _in_phrase(t, s, e, left=left, right=right):  # most contexts are phrases
        return True
    pairs = [t[i : i + 2] for i in range(max(0, s - 1), min(e, len(t) - 1))]
    if not _SHAPE_PAIRS.isdisjoint(pairs) and _in_shape(t, s, e, pairs):
        return True
    return not _ADVERB_PAIRS.isdisjoint(pairs) and _in_adverb(t, s, e)


def _in_shape(t: str, s: int, e: int, pairs: Collection[str] | None = None) -> bool:
    """Whether a word shape with slots covers part of ``t[s:e]`` (with ``pairs``, the pairs
    of characters across its edges and inside it: only the shapes that can hold one)."""
    lo = max(0, s - _WORD_MAX + 1)
    window = t[lo : e + _WORD_MAX]
    for slots, firsts, anchor, shape_pairs in _SLOT_SHAPES:
        if (anchor and not any(map(window.__contains__, anchor))) or (
            pairs is not None and shape_pairs.isdisjoint(pairs)
        ):
            continue
        for a in range(lo, e):
            if t[a] in firsts and any(b > s for b in _shape_ends(t, a, slots)):
                return True
    return False


def _in_adverb(t: str, s: int, e: int) -> bool:
    """Whether an adverb spelled with numerals (十分, 万分) covers part of ``t[s:e]``."""
    lo = max(0, s - _WORD_MAX + 1)
    return any(
        m.end() > s and m.start() < e for m in _ADVERB_RE.finditer(t, lo, e + 3, overlapped=True)
    )


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_IDENT_BEFORE = frozenset(_LETTERS + "@#_&=\\[【")
_IDENT_AFTER = frozenset(_LETTERS + "@#_&=\\]】")
_DASH_CHARS = DASH_CHARS


# The whole-page scan is ONE match call, so the ``timeout=`` backstop is set up once (with
# ``finditer`` the regex module pays about 0.5 µs per match for it): a possessive loop that at
# each position either skips a run of characters that cannot start anything, matches a
# numeral candidate (``_FIND_PATTERN``, captured as ``w``), steps over a short quoted term or title
# (numerals inside them are names and slogans, not quantities), or steps over one starter
# that starts neither. Trying the skip first changes nothing (nothing starts at a character it
# skips) but is faster: most characters start nothing. After a candidate the loop resumes at
# its end, exactly as ``finditer`` does. No numeral holds a quote or a bracket, so trying the
# candidate before the quote changes nothing either, and the quotes and titles the loop
# steps over are exactly the ``finditer`` matches of the quote pattern.
#
# Testing a character against a set of 40 scattered CJK characters costs the regex engine
# 40 comparisons, against a Unicode property one table look-up: the skip loop excludes every
# character with a numeric value (a superset of the starters: 京, 参 ... are then stepped over
# one at a time), the starters that have none (几) and the quote openers.
_NUMERIC_PROP = r"\p{Numeric_Type=Numeric}"
_NUMERIC_RE = _rx.compile(_NUMERIC_PROP)
_STARTERS_OUTSIDE_PROP = "".join(
    c for c in "0123456789半" + data.RUN_CHARS if not _NUMERIC_RE.match(c)
)


def _scan_pattern() -> str:
    starters = _STARTERS_OUTSIDE_PROP + regex.escape(_QUOTE_OPENERS)
    long_run = f"[{''.join(sorted(regex.escape(c) for c in _CANDIDATE_CHARS))}]{{{_LONG_RUN}}}"
    return rf"""
    (?:
        [^{_NUMERIC_PROP}{starters}]++          # nothing starts here
      | (?!{long_run})(?P<w>{_FIND_PATTERN})   # a numeral candidate (not a long run)
      | (?:{_quote_pattern("")})                # a quoted term or a title
      | (?!{long_run}).                         # a starter that starts nothing
    )*+
    """


#: The characters paper_parser.text.normalize rewrites or removes (a class body).
_NN_CLASS = TOUCHED_CLASS
#: Whether the text needs normalising first (then the normalised text is scanned, which holds
#: none of them). Searched with the standard library's engine, which tests a character
#: against a class of characters of the Basic Multilingual Plane with one bitmap look-up
#: (``regex`` tests the class's members in turn: six times the time on a page).
_NN_RE = _rx.std_compile(f"[{_NN_CLASS}]")
#: A run of candidate characters this long at a starter ends the scan's match call: the
#: ``regex`` engine keeps about 120 bytes for each turn of a repeated group until the match
#: call returns (a turn a character on 1.1.1.1 or 一一一), the standard library's engine none
#: in a possessive repeat. The candidate there (a run this long is junk, longer than any
#: numeral) is matched by :data:`_FIND_LONG_RE`, then the scan goes on after it.
_LONG_RUN = 64
#: The scan, on the caller's text or on its normalised form.
_SCAN_RE = _rx.compile(_scan_pattern(), regex.VERBOSE | regex.DOTALL)
#: A numeral candidate, matched with the standard library's engine (the same pattern: it uses
#: nothing the two engines read differently), at a long run of candidate characters.
_FIND_LONG_RE = _rx.std_compile(_FIND_PATTERN, re.VERBOSE | re.DOTALL)


#: Characters a scan window holds at most, short of a candidate that runs over its end: the
#: captures of one match call grow with its window, never with the page. Small, so that a
#: text of 10,000 characters is cut as a longer one is (its cost per character is the same:
#: with 32,768 a text under a window paid no search for cuts, and growth from 10 K to 100 K
#: characters was 15x on ``1.1.1.``).
_WINDOW = 1 << 12
#: A window up to this long is scanned without a timeout of ``_UNARMED_FROM`` seconds or
#: more: the scan is linear (a few microseconds per 100 characters), so such a backstop
#: cannot fire there, and arming it makes the ``regex`` engine read the clock as it goes (a
#: fifth to a half of the scan of a paragraph). A shorter timeout is armed on every window.
_BACKSTOP_FROM = 2_000
_UNARMED_FROM = 1.0
#: Quote and title openers and their closers; how far back an opener can still be open.
_CLOSERS = MappingProxyType({"“": "”", "‘": "’", "「": "」", "《": "》", "〈": "〉", "〔": "〕"})
_QUOTE_REACH = 84


class _Candidates(NamedTuple):
    """What :func:`_candidates` finds: the text scanned and its numeral candidates."""

    norm: Normalized
    #: Each candidate's start and end, one after the other (s0, e0, s1, e1 ...): 16 bytes a
    #: candidate, where a list of pairs takes about 120 (on 1,1,1,... 60 bytes a character).
    bounds: array[int]
    #: Where the scan stopped when a window ran out of time (``bounds`` end there), else None.
    stopped_at: int | None

    def spans(self) -> Iterator[tuple[int, int]]:
        """The candidates' (start, end), in text order."""
        ends = iter(self.bounds)
        return zip(ends, ends, strict=True)


#: A character no numeral candidate continues with: outside every candidate character, or a
#: comma or dot that no digits follow as a separator or decimal point needs them. Searched
#: with the standard library's engine, for a character outside the candidate characters
#: other than the comma and the dot (a class its search finds with one bitmap look-up a
#: character; ``regex`` tests the class's members in turn), then checked behind: this matters
#: on a long run of candidate characters, which the search for a cut goes through whole.
_STOP_RE = _rx.std_compile(
    rf"""
    [^{"".join(sorted(re.escape(c) for c in _CANDIDATE_CHARS - {",", "."}))}]
    (?<=
        [^{"".join(sorted(re.escape(c) for c in _CANDIDATE_CHARS))}]
      | ,(?![0-9]{{3}})
      | \.(?![0-9])
    )
    """,
    re.VERBOSE,
)
#: What a stop's lookahead reads past it.
_STOP_AHEAD = 4
#: Cuts tried back from the end of a window before the search goes on past it.
_CUT_TRIES = 64


def _stops_back(t: str, lo: int, hi: int) -> Iterator[int]:
    """The positions of ``t[lo:hi]`` where :data:`_STOP_RE` matches, last first: searched
    forwards in blocks back from ``hi`` (16 characters, then four times as many each time),
    each block's search reading up to ``_STOP_AHEAD`` characters past it, so that every
    match is what a search of the whole text finds there."""
    end, size = hi, 16
    while end > lo:
        start = max(lo, end - size)
        found = [m.start() for m in _STOP_RE.finditer(t, start, end + _STOP_AHEAD)]
        yield from (p for p in reversed(found) if p < end)
        end, size = start, size * 4


def _quote_open(t: str, p: int, lo: int) -> bool:
    """Whether a quoted term or title of the scan may run over ``p``: its opener is the last
    one of its kind in ``t[lo:p]`` (within reach), no closer follows it before ``p`` and one
    follows within reach at or after ``p``. Without that closer no term spans ``p`` (a term
    holds no opener of its kind): a run of openers never closed is cut like any text, where
    taking every opener as open made the window the rest of the page (``《`` repeated grew 15x
    per 10x input)."""
    start = max(lo, p - _QUOTE_REACH)
    q = t.rfind('"', start, p)
    if q >= 0 and t.find('"', p, q + _QUOTE_REACH + 1) > q + 1:
        return True  # straight quotes: the next one after p closes the last one before it
    for opener, closer in _CLOSERS.items():
        q = t.rfind(opener, start, p)
        if q >= 0 and t.find(closer, q + 1, p) < 0 and t.find(closer, p, q + _QUOTE_REACH + 1) >= 0:
            return True
    return False


def _cut(t: str, lo: int, hi: int) -> int:
    """Where a window starting at ``lo`` may end: a position no scan step runs over.

    A step is a skipped run (cut anywhere), one character, a candidate or a quoted term: the
    cut falls after a line end (neither spans one) or before a character no candidate can
    continue with, outside any quote that may be open. Searched back from ``hi`` (at most
    ``_CUT_TRIES`` stops, no further than half a window), then on past it at the first stop
    outside the quoted terms read from ``lo`` (:func:`_cut_past_terms`; a candidate that long
    makes the window longer).
    """
    n = len(t)
    if hi >= n:
        return n
    half = lo + _WINDOW // 2
    nl = t.rfind("\n", half, hi)
    if nl >= 0:
        return nl + 1
    for p in itertools.islice(_stops_back(t, half, hi + 1), _CUT_TRIES):
        if not _quote_open(t, p, lo):
            return p
    return _cut_past_terms(t, lo, hi)


#: The quoted terms and titles the scan steps over, alone: from a position where no step
#: runs over, its matches are the terms the scan steps over from there.
_TERM_RE = _rx.compile(_quote_pattern(""), regex.VERBOSE)


def _cut_past_terms(t: str, lo: int, hi: int) -> int:
    """The first stop after ``hi`` that no quoted term of the scan runs over, its terms read
    from ``lo`` on (a window's start: no step runs over it). Exact where :func:`_quote_open`
    can only be careful: on ``"a"a"a`` every position may be in a term until the terms are
    read from a known start, and a window that went on until the heuristic found a cut was the
    rest of the page (its captures 120 bytes a step)."""
    terms = _TERM_RE.finditer(t, lo)
    term = next(terms, None)
    for m in _STOP_RE.finditer(t, hi + 1):
        p = m.start()
        while term is not None and term.end() <= p:
            term = next(terms, None)
        if term is None or term.start() >= p:
            return p
    return len(t)


def _scan_windows(
    pattern: regex.Pattern[str], t: str, timeout: float | None
) -> tuple[array[int], int | None]:
    """The candidates' bounds in ``t`` (see :class:`_Candidates`), window by window, and where
    the scan stopped when a window ran out of time (else None)."""
    bounds = array("q")
    lo = 0
    n = len(t)
    while lo < n:
        hi = _cut(t, lo, lo + _WINDOW)
        armed = timeout
        if timeout is not None and timeout >= _UNARMED_FROM and hi - lo <= _BACKSTOP_FROM:
            armed = None  # a short window cannot take a second: no clock readings
        while lo < hi:
            try:
                m = pattern.match(t, lo, hi, timeout=armed)
            except TimeoutError:
                return bounds, lo
            assert m is not None  # the loop matches any string
            bounds.extend(itertools.chain.from_iterable(m.spans("w")))
            lo = m.end()
            if lo < hi:  # the match stopped before a long run of candidate characters
                long = _FIND_LONG_RE.match(t, lo, hi)
                if long is not None:
                    bounds.extend(long.span())
                lo = long.end() if long is not None else lo + 1
    return bounds, None


def _candidates(text: str, timeout: float | None) -> _Candidates:
    """The normalised text and the spans of its numeral candidates outside quotes and titles.

    The text is scanned in windows of about ``_WINDOW`` characters, cut where no step of the
    scan runs over the cut, so the spans are those of one scan of the whole text. A window
    that runs out of ``timeout`` ends the scan: the spans found before it are returned.
    """
    norm = Normalized(text=text, original=text) if _NN_RE.search(text) is None else normalize(text)
    bounds, stopped_at = _scan_windows(_SCAN_RE, norm.text, timeout)
    return _Candidates(norm, bounds, stopped_at)


#: The neighbours _is_identifier looks at: a number with neither is never an identifier.
_SUSPECT_BEFORE = _IDENT_BEFORE | _DASH_CHARS | frozenset(".:/·•(（ ")
_SUSPECT_AFTER = _IDENT_AFTER | frozenset(".:/·•后、)）")
#: Colons of clock times (10:30) and of scores and ratios (3:2, 6∶2, 6.01:55.04).
_COLONS = frozenset(":∶")
#: Characters before a list label (1、 at the start of a clause or line); a number followed by
#: 、 elsewhere is a member of a series (第三、四名, 小学一、二年级, 6∶2、6∶3).
_LABEL_BEFORE = frozenset(" \t\n\u3000，,。；;：:！!？?（(【[「“\"'》）)")
_RUN_AROUND = 12


def _digits_before(t: str, s: int) -> str:
    """The run of ASCII digits and dots ending at ``s``."""
    i = s
    while (
        i > max(0, s - _RUN_AROUND)
        and (t[i - 1].isdigit() or t[i - 1] == ".")
        and t[i - 1].isascii()
    ):
        i -= 1
    return t[i:s]


def _digits_after(t: str, e: int) -> str:
    """The run of ASCII digits and dots starting at ``e``."""
    i = e
    n = min(len(t), e + _RUN_AROUND)
    while i < n and (t[i].isdigit() or t[i] == ".") and t[i].isascii():
        i += 1
    return t[e:i]


def _clock(hours: str, minutes: str) -> bool:
    """Whether ``hours:minutes`` reads as a clock time (10:30, 9:05), not a score (3:2)."""
    return (
        len(minutes) == 2
        and minutes.isdigit()
        and hours.isdigit()
        and 1 <= len(hours) <= 2
        and int(hours) <= 24
        and int(minutes) < 60
    )


#: Dashes a score is printed with (3-1, 0－3), the punctuation that may follow one, and the
#: first characters of units (after which the pair is a range: 1-6月, 3-5天).
_SCORE_DASHES = frozenset("-\uff0d")
_SCORE_AFTER = frozenset("，。；！？、,;!?）)」”")
_UNIT_CHARS = frozenset(
    u[0] for u in data.with_traditional((*data.CLASSIFIERS, *data.MEASURES, *data.APPROX_AFTER))
)


def _dash_score(t: str, s: int, e: int) -> bool:
    """Whether the digits ``t[s:e]`` and those after the dash at ``e`` are a score between
    words (申花3-1逆转, 以0-3落后): one or two digits each side, a Chinese character before and
    a Chinese character or a punctuation mark after, no unit there (1-6月 and 3-5天 are ranges,
    read before; 5-12汶川地震 at the start of a line is a date's name)."""
    if not (0 < e - s <= 2 and t[s:e].isdigit() and t[e : e + 1] in _SCORE_DASHES):
        return False
    right = _digits_after(t, e + 1)
    if not (0 < len(right) <= 2 and right.isdigit()):
        return False
    before = t[s - 1 : s]
    q = e + 1 + len(right)
    after = t[q : q + 1]
    return (
        "\u4e00" <= before <= "\u9fff"
        and (
            after == ""
            or after in _SCORE_AFTER
            or ("\u4e00" <= after <= "\u9fff" and after not in _UNIT_CHARS)
            # a result after the score: 扳成1-1平, 3-1胜 (not the 平 of 平方米, 平米, 平方公里)
            or (after in _SCORE_RESULTS and t[q + 1 : q + 2] not in _SQUARE_NEXT)
        )
    )


#: Results a score may be followed by (win, draw, loss), in both spellings.
_SCORE_RESULTS = frozenset("胜平负勝負")
#: Characters after 平 that make it the start of a unit of area (平方, 平米).
_SQUARE_NEXT = frozenset("方米")


_MIDDLE_DOTS = frozenset("·•・")
#: Numerals of a date named by its month and day around a middle dot.
_DOT_NAME_CHARS = frozenset("0123456789一二三四五六七八九十〇卅廿")


def _joined(t: str, s: int, e: int, before: str, after: str) -> bool:
    """Digits joined to letters or digits by a dot, colon, slash or middle dot: www.163.com,
    v2.1, 10:30, 2023/027, 5·12. A score or ratio (3:2, 6∶2, 6.01:55.04:38.95) is not."""
    if before in _COLONS and after not in _COLONS:
        left = _digits_before(t, s - 1)
        if left and not _clock(left, t[s:e] + _digits_after(t, e)):
            return False
    if after in _COLONS:
        right = _digits_after(t, e + 1)
        if right and not _clock(_digits_before(t, s) + t[s:e], right):
            return False
    if before and before in ".:/·•" and s >= 2 and t[s - 2].isascii() and t[s - 2].isalnum():
        return True
    # numerals of a date joined by a middle dot name an event: 一二·九运动, 九·一八, 5·12
    if (before in _MIDDLE_DOTS and before and t[s - 2 : s - 1] in _DOT_NAME_CHARS) or (
        after in _MIDDLE_DOTS and after and t[e + 1 : e + 2] in _DOT_NAME_CHARS
    ):
        return True
    if after == "/":
        return True  # 2023/第027号, 2021/9/18 (a fraction 1/3 is read before)
    return (
        bool(after)
        and after in ".:/·•"
        and e + 1 < len(t)
        and t[e + 1].isascii()
        and t[e + 1].isalnum()
    )


def _is_identifier(
    t: str, s: int, e: int, *, range_end: bool = False, unit_after: bool = False
) -> bool:
    """Whether the number ``t[s:e]`` is part of an identifier, a code or a list label.

    A dash after the number is left to the caller (it may be a range: 2021—2025年); with
    ``range_end`` the dash before it is too. With ``unit_after`` the letters after it are a
    unit (42m, 120km/h).
    """
    n = len(t)
    before = t[s - 1] if s else ""
    after = t[e] if e < n else ""
    if before in _IDENT_BEFORE and before and (before not in "[【" or after in "]】"):
        return True  # in brackets only a number the bracket closes on: [2016], not 【五年以下
    if not unit_after and _joined(t, s, e, before, after):
        return True
    if after in _IDENT_AFTER and after and not unit_after:
        return True
    # 31—2, CN33—0018, 0571-8888: digits joined by a dash (a range uses ~, 至 or a unit); a
    # score between words is not (申花3-1逆转)
    if (
        not range_end
        and before in _DASH_CHARS
        and before
        and s >= 2
        and t[s - 2].isdigit()
        and not _dash_score(t, s - 1 - len(_digits_before(t, s - 1)), s - 1)
    ):
        return True
    # a name in Latin letters, a dash and a number: COVID-19, U-23, F-35, SU-27 (no unit)
    if (
        before in _DASH_CHARS
        and before
        and s >= 2
        and t[s - 2].isascii()
        and t[s - 2].isalpha()
        and not unit_after
    ):
        return True
    # generations: 90后, 00后
    if after == "后" and e - s == 2 and t[s:e].isascii():
        return True
    # enumeration labels at the start of a clause: 1、 1. (1) （一）
    if after == "、" and (s == 0 or before in _LABEL_BEFORE) and not _pair_first(t, s, e):
        return True
    if after == "." and not (e + 1 < n and t[e + 1].isdigit()):
        return True
    # a label in brackets is a whole number: an amount with 万/亿 or a decimal point
    # ((47.21亿), (3.5万)) is a figure given in passing
    return before in "(（" and after in ")）" and bool(before) and _NOT_IN_LABELS.isdisjoint(t[s:e])


def _pair_first(t: str, s: int, e: int) -> bool:
    """Whether the single Chinese digit ``t[s:e]`` and the next digit after the 、 after it,
    a unit after that, are a pair of neighbours (六、七年前, 二、三名: six or seven years, the
    second and third places), which a list label and the text after it are not."""
    nxt = t[e + 1 : e + 2]
    return (
        e - s == 1
        and not t[s].isascii()  # (1、2号: Arabic labels go on with digits)
        and t[s] in data.DIGITS
        and nxt in data.DIGITS
        and data.DIGITS[nxt] == data.DIGITS[t[s]] + 1
        and t[e + 2 : e + 3] in _UNIT_CHARS
    )


#: Characters of a number that no list label holds.
_NOT_IN_LABELS = frozenset("万亿萬億.点點")
