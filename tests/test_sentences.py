"""find_numbers scored on the sentence corpus (corpus/sentences/*.jsonl, see its README).

Each sentence is annotated by hand with every quantity and every number-like thing that is not
a quantity. The scores, per kind of source and in all (``pytest tests/test_sentences.py -s``
prints the table):

* precision and recall of the quantity spans (a found mention counts when its span is a gold
  quantity's span), and their F1;
* recall on the quantities written with Chinese numerals (``cn recall``);
* of the spans found right: the share with the exact value (value, low, high and kind), the
  unit and the approximation marker as annotated;
* damage: the share of the not-numbers (idioms, names, slogans, titles, identifiers ...) that
  ``normalize_numbers`` rewrites, even in part.

The floors below are the figures measured when the test was written, rounded down: a change
that makes the finder worse on real sentences fails here.

The table also scores two parts of the corpus apart, split by a fixed rule: the sentences whose
number (the digits of their id) is a multiple of three are ``held-out``, the others ``dev``.
The finder's rules were tuned on ``dev`` only; ``held-out`` shows how they carry over to
sentences they were not tuned on (see ``docs/numerals.rst``).

Each ``heldout-*.jsonl`` file is a later, wholly held-out set (collected and annotated after
the rules were written, and scored before any change was made for it): it has its own row
and floors, and stays out of ``all``, ``dev`` and ``held-out``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from paper_parser import find_numbers
from paper_parser.numerals._find import _scan

SENTENCES = Path(__file__).resolve().parent.parent / "corpus" / "sentences"
#: Characters of Chinese numerals (a quantity with one of them is a "Chinese-numeral" one).
CN_CHARS = frozenset("〇○零一二两三四五六七八九十百千万亿萬億兩壹贰叁肆伍陆柒捌玖拾佰仟廿卅半几")


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


#: Prefixes of the later sets, each scored as its own row outside ``all``: ``heldout-*`` sets
#: and the ``dev-*`` sets collected with them to develop against.
LATER = ("dev-", "heldout-")


def _sentences() -> list[dict[str, Any]]:
    """The sentences of the corpus proper (not the later sets)."""
    out: list[dict[str, Any]] = []
    for path in sorted(SENTENCES.glob("*.jsonl")):
        if not path.name.startswith(LATER):
            out.extend(_read(path))
    return out


def _heldout_sets() -> dict[str, list[dict[str, Any]]]:
    """The later sets, by file stem (``heldout-2026-12``, ``dev-2026-12b``)."""
    return {
        path.stem: _read(path)
        for path in sorted(SENTENCES.glob("*.jsonl"))
        if path.name.startswith(LATER)
    }


def _fraction(x: str | None) -> Fraction | None:
    return None if x is None else Fraction(x)


class Score(NamedTuple):
    """Counts for one kind of source (or all)."""

    sentences: int
    gold: int
    found: int
    matched: int
    cn_gold: int
    cn_matched: int
    value_ok: int
    unit_ok: int
    approx_ok: int
    not_numbers: int
    damaged: int

    def __add__(self, other: object) -> Score:  # type: ignore[override]
        assert isinstance(other, Score)
        return Score(*(a + b for a, b in zip(self, other, strict=True)))

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def cn_recall(self) -> float:
        return self.cn_matched / self.cn_gold if self.cn_gold else 1.0

    def share(self, part: int) -> float:
        return part / self.matched if self.matched else 1.0

    @property
    def damage(self) -> float:
        return self.damaged / self.not_numbers if self.not_numbers else 0.0


def _damaged(text: str, not_numbers: list[dict[str, Any]]) -> int:
    """How many not-numbers normalize_numbers rewrites, even in part (its own rewrites)."""
    found = _scan(text, None, True)
    spans = [found.norm.span(a, b) for a, b, _rep in found.rewrites]
    rewritten = [
        (s.start, s.end)
        for s, (_a, _b, rep) in zip(spans, found.rewrites, strict=True)
        if s.text != rep
    ]
    return sum(any(a < n["end"] and n["start"] < b for a, b in rewritten) for n in not_numbers)


def score(sentence: dict[str, Any]) -> Score:
    """The counts of one sentence."""
    text = sentence["text"]
    gold = {(q["start"], q["end"]): q for q in sentence["quantities"]}
    found = {(m.span.start, m.span.end): m for m in find_numbers(text, timeout=None)}
    matched = gold.keys() & found.keys()
    cn = {k for k, q in gold.items() if CN_CHARS & set(q["text"])}
    value_ok = unit_ok = approx_ok = 0
    for key in matched:
        q, m = gold[key], found[key]
        value_ok += (m.value, m.low, m.high, m.kind) == (
            _fraction(q["value"]),
            _fraction(q["low"]),
            _fraction(q["high"]),
            q["kind"],
        )
        unit_ok += m.unit == q["unit"]
        approx_ok += m.approx == q["approx"]
    return Score(
        1,
        len(gold),
        len(found),
        len(matched),
        len(cn),
        len(cn & matched),
        value_ok,
        unit_ok,
        approx_ok,
        len(sentence["not_numbers"]),
        _damaged(text, sentence["not_numbers"]),
    )


def part(sentence_id: str) -> str:
    """``held-out`` for every third sentence by number (economy-003, -006 ...), else ``dev``."""
    return "held-out" if int(sentence_id.rsplit("-", 1)[1]) % 3 == 0 else "dev"


def _by_kind() -> tuple[dict[str, Score], dict[str, Score]]:
    scores: dict[str, Score] = {}
    parts: dict[str, Score] = {}
    for sentence in _sentences():
        s = score(sentence)
        for table, key in ((scores, sentence["kind"]), (parts, part(sentence["id"]))):
            table[key] = table[key] + s if key in table else s
    return scores, parts


def _table(scores: dict[str, Score]) -> Iterator[str]:
    yield (
        f"{'kind':15s} {'sent':>4s} {'gold':>5s} {'found':>5s} {'prec':>6s} {'recall':>6s} "
        f"{'F1':>6s} {'cn rec':>6s} {'value':>6s} {'unit':>6s} {'marker':>6s} {'damage':>6s}"
    )
    for kind, s in scores.items():
        yield (
            f"{kind:15s} {s.sentences:4d} {s.gold:5d} {s.found:5d} {s.precision:6.3f} "
            f"{s.recall:6.3f} {s.f1:6.3f} {s.cn_recall:6.3f} {s.share(s.value_ok):6.3f} "
            f"{s.share(s.unit_ok):6.3f} {s.share(s.approx_ok):6.3f} {s.damage:6.3f}"
        )


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    if not any(SENTENCES.glob("*.jsonl")):
        pytest.skip("no sentence corpus")
    by_kind, parts = _by_kind()
    zero = Score(*[0] * len(Score._fields))
    total = sum(by_kind.values(), start=zero)
    later = {
        name: sum(map(score, sentences), start=zero) for name, sentences in _heldout_sets().items()
    }
    return {
        **dict(sorted(by_kind.items())),
        "all": total,
        **dict(sorted(parts.items())),
        **later,
    }


def test_sentence_corpus_scores(scores: dict[str, Score]) -> None:
    print()
    for line in _table(scores):
        print(line)
    total = scores["all"]
    assert total.sentences >= 300
    # floors: the figures measured when this test was written, rounded down
    assert total.precision >= FLOORS["precision"]
    assert total.recall >= FLOORS["recall"]
    assert total.cn_recall >= FLOORS["cn_recall"]
    assert total.share(total.value_ok) >= FLOORS["value"]
    assert total.share(total.unit_ok) >= FLOORS["unit"]
    assert total.share(total.approx_ok) >= FLOORS["marker"]
    assert total.damage <= FLOORS["damage"]


FLOORS = {
    "precision": 0.98,
    "recall": 0.98,
    "cn_recall": 0.97,
    "value": 0.99,
    "unit": 0.99,
    "marker": 0.99,
    "damage": 0.005,
}


#: Floors of each later held-out set. heldout-2026-12 (217 sentences) measured 0.936
#: precision, 0.929 recall and 0.029 damage before anything was changed for it; its failures
#: then became development data for rules of the language (traditional characters, compound
#: units, ranges, spaced ordinals ...), after which it measured 0.985, 0.978 and 0.000: the
#: floors are those figures rounded down (it is no longer a held-out measure).
#: dev-2026-12b and heldout-2026-12b (new kinds of source: Hong Kong and Macao papers, People's
#: Daily pages of 1959-1993, stock closes, harvest statistics, obituaries, statutes, launches)
#: measured, with the code of the session start, F1 0.803 and 0.705; the rules were then changed
#: looking at dev-2026-12b only (F1 0.983 after), and heldout-2026-12b was scored once at the
#: end: precision 0.803, recall 0.858 (F1 0.829). The floors are those figures rounded down.
HELDOUT_FLOORS = {
    "heldout-2026-12": {"sentences": 217, "precision": 0.98, "recall": 0.97, "damage": 0.005},
    "dev-2026-12b": {"sentences": 111, "precision": 0.98, "recall": 0.98, "damage": 0.005},
    # 0.829 F1 at its single run; its misses then became development data (the README), after
    # which it measured 0.987 precision and 0.984 recall: the floors are those, rounded down
    "heldout-2026-12b": {"sentences": 113, "precision": 0.98, "recall": 0.98, "damage": 0.005},
    # collected after that run (see the README): 0.761 F1 at the session start, 0.952 after,
    # 0.983 (precision 0.991, recall 0.975) after the round of heldout-2026-12d
    "dev-2026-12c": {"sentences": 39, "precision": 0.99, "recall": 0.97, "damage": 0.005},
    # wholly held out (new kinds of source, see the README): precision 0.850, recall 0.847 and
    # damage 0.015 with the code of its collection (commit 34bfdcf), 0.856, 0.853 and 0.015
    # at its single run after that round's rules (which were written looking at the other sets);
    # then development data (an older set) for the round of heldout-2026-12e, its gold brought
    # to the corpus's conventions (percent without a unit, 达 outside the span, decimals):
    # 0.942 and 0.958 after that round's rules
    # round sent5 (rules of the language, see the README of heldout-2026-12i): 0.955, 0.964
    "heldout-2026-12d": {"sentences": 105, "precision": 0.95, "recall": 0.96, "damage": 0.02},
    # new kinds of source (police reports, People's Daily of 1955-57 in Chinese numerals, exam
    # figures, obituaries, a financial brief, tourism; see the README): the dev set measured F1
    # 0.870 with the code of the round's start and 0.975 (0.991, 0.959) after its rules; the
    # held-out set 0.922 before and, at its single run, 0.969 (precision 0.981, recall 0.958)
    "dev-2026-12e": {"sentences": 113, "precision": 0.99, "recall": 0.95, "damage": 0.02},
    # round sent5: 0.995, 0.982
    "heldout-2026-12e": {"sentences": 108, "precision": 0.99, "recall": 0.98, "damage": 0.02},
    # statistics releases, harvests, price history of 1947-49, county annals, football, theft
    # trials (see the README): the dev set measured F1 0.966 (precision 0.991, recall 0.942)
    # with the code of the round's start and 0.984 (1.000, 0.969) after its rules; the held-out
    # set 0.931 (0.943, 0.919) before and, at its single run, 0.938 (0.944, 0.932)
    "dev-2026-12f": {"sentences": 77, "precision": 0.99, "recall": 0.96, "damage": 0.005},
    # round sent5: 0.959, 0.947
    "heldout-2026-12f": {"sentences": 111, "precision": 0.95, "recall": 0.94, "damage": 0.005},
    # 5G and telecom releases, C919 and aviation history, Super League reports (some in
    # traditional characters), accident reports, a 2007 phone survey, Republican-era dates (see
    # the README): the dev set measured F1 0.897 (precision 0.883, recall 0.910) with the code
    # of the round's start and 0.960 (0.960, 0.960) after its rules; the held-out set 0.909
    # (0.909, 0.909) before and, at its single run, 0.929 (precision 0.937, recall 0.921)
    "dev-2026-12g": {"sentences": 51, "precision": 0.96, "recall": 0.96, "damage": 0.005},
    # round sent5: 0.991, 0.955
    "heldout-2026-12g": {"sentences": 103, "precision": 0.99, "recall": 0.95, "damage": 0.005},
    # Hong Kong tourism releases (﹒ decimals), Taiwan's budgets in 兆/萬 and ROC years, a
    # 1958-61 memoir, famine histories in Chinese numerals, 5G phones, football, police (see
    # the README; round sent4): the dev set measured F1 0.874 (precision 0.857, recall 0.891)
    # with the code of the round's start and 0.970 (0.970, 0.970) after its rules; the
    # held-out set 0.900 (0.907, 0.893) before and, at its single run, 0.929 (precision 0.936,
    # recall 0.921), damage 1 of 111 both times
    "dev-2026-12h": {"sentences": 34, "precision": 0.97, "recall": 0.97, "damage": 0.005},
    # round sent5: 0.957, 0.942
    "heldout-2026-12h": {"sentences": 117, "precision": 0.95, "recall": 0.94, "damage": 0.01},
    # Macao, Malaysian, Singaporean and Taiwanese releases, People's Daily of 1959 and 1987,
    # brigade reports of 1972 (一九七○年), county annals, football, hotlines and opening hours
    # (see the README; round sent5): the dev set measured F1 0.928 (precision 0.935, recall
    # 0.922; 0.921 before two of its golds were brought to the conventions) with the code of
    # the round's start and 0.982 (0.986, 0.979) after its rules; the held-out set 0.912
    # (0.915, 0.909) before and, at its single run, 0.918 (precision 0.921, recall 0.915),
    # damage 2 of 88 both times
    "dev-2026-12i": {"sentences": 48, "precision": 0.98, "recall": 0.97, "damage": 0.005},
    # round sent6 (road names, spaced digit groups, the elided 百分之 ...): 0.960, 0.942, 0 / 88
    "heldout-2026-12i": {"sentences": 158, "precision": 0.95, "recall": 0.94, "damage": 0.005},
    # Taiwan's 2026 papers, a Macao release of 2005, Singapore and Malaysia, People's Daily of
    # 1962 and 1973, a 1957 county report, township figures of the 1980s, Jinan's road closures,
    # the 2018 statistics bulletin, judgments (see the README; round sent6): the dev set
    # measured F1 0.846 (precision 0.787, recall 0.913) with the code of the round's start and
    # 0.957 (0.957, 0.957) after its rules; the held-out set 0.950 (0.949, 0.951, damage 2 of
    # 63) before and, at its single run, 0.965 (precision 0.973, recall 0.957, damage 0 of 63)
    "dev-2026-12j": {"sentences": 36, "precision": 0.95, "recall": 0.95, "damage": 0.04},
    # round sent7 (逾4成3, 三、四万斤, 107327元/人, 公厘, 两季, 10点左右, 第一、二季度): 0.985
    # (precision 0.992, recall 0.978), 0 / 63
    "heldout-2026-12j": {"sentences": 122, "precision": 0.99, "recall": 0.97, "damage": 0.005},
    # Hong Kong weather, Singapore's epidemic bulletins, Malaysian grants, Taiwan's typhoons,
    # grain of 1959-61 and the 1980s, penal law, Hong Kong's index (see the README; round
    # sent7): the dev set measured F1 0.987 (precision 1.000, recall 0.975) with the code of
    # the round's start and 1.000 after its rules; the held-out set 0.948 (0.947, 0.949, damage
    # 3 of 61) before and, at its single run, 0.955 (precision 0.956, recall 0.954, damage 3
    # of 61)
    "dev-2026-12k": {"sentences": 45, "precision": 0.99, "recall": 0.99, "damage": 0.005},
    "heldout-2026-12k": {"sentences": 130, "precision": 0.95, "recall": 0.95, "damage": 0.05},
    # HK flu bulletins, Taiwan's weather, Singapore's flats and caning, Malaysian grants, the
    # HK bourse, People's Daily of 1983, 1979 output figures, the 1992 bulletin (see the
    # README; round sent8): the dev set measured F1 0.917 (precision 0.957, recall 0.880) with
    # the code of the round's start and 0.970 (0.980, 0.960) after its rules; the held-out set
    # 0.873 (0.880, 0.866, damage 6 of 61) before and, at its single run, 0.898 (precision
    # 0.905, recall 0.891, damage 6 of 61)
    "dev-2026-12l": {"sentences": 21, "precision": 0.97, "recall": 0.96, "damage": 0.005},
    "heldout-2026-12l": {"sentences": 122, "precision": 0.90, "recall": 0.89, "damage": 0.1},
}


@pytest.mark.parametrize("name", sorted(HELDOUT_FLOORS))
def test_heldout_set_scores(scores: dict[str, Score], name: str) -> None:
    if name not in scores:
        pytest.skip(f"no {name}.jsonl")
    s, floors = scores[name], HELDOUT_FLOORS[name]
    assert s.sentences == floors["sentences"]
    assert s.precision >= floors["precision"]
    assert s.recall >= floors["recall"]
    assert s.damage <= floors["damage"]


def test_split_is_fixed() -> None:
    """The held-out part is every third sentence by number, about a third of the corpus."""
    assert part("economy-003") == "held-out"
    assert part("economy-004") == "dev"
    ids = [s["id"] for s in _sentences()]
    held = sum(part(i) == "held-out" for i in ids)
    assert len(ids) // 4 < held < len(ids) // 2


def test_damage_counts_a_rewritten_not_number() -> None:
    """The damage measure sees a rewrite inside a not-number, and none outside."""
    text = "三心二意的三十个人"
    assert _damaged(text, [{"start": 0, "end": 4}]) == 0
    assert _damaged(text, [{"start": 5, "end": 8}]) == 1  # 三十个 is rewritten to 30个
