"""Broadsheet page specs with real news text, for the generator of ``tests/pdf_fixtures.py``.

The pages of :func:`tests.pdf_fixtures.random_spec` print random common characters, so a
headline cannot be told from a body line by its words. These specs print real text instead:

- headlines, kickers (引题) and subtitles (副题) are real ones, taken from the hand-written
  gold files of the corpus (``corpus/renmin-ribao-*.articles.json``,
  ``corpus/web/**/*.articles.json``: each the text a person read off a real page);
- paragraphs are made of real news sentences (``corpus/sentences/*.jsonl``, the files not
  named ``heldout-*``, and the sentences of the real 人民日报 text in
  ``corpus/renmin-ribao-*.pdftotext.txt``), one to four to a paragraph;
- people's names are real reporters' names from the same gold files;
- bylines, datelines and photo credits take the forms papers print: ``本报记者 X、Y``,
  ``本报记者  X  Y``, ``本报记者 X 本报通讯员 Y``, ``新华社记者 X``; a first paragraph opening
  ``本报北京10月19日电 `` or ``新华社北京10月19日电（记者X）``; a caption closed by a credit
  ``本报记者 X摄`` or ``新华社记者 X 摄``.

Every pool is cut in two by a stable hash of its items: ``heldout=True`` pages draw only from
one part, the others only from the other, so a rule fitted to the development pages' words
cannot help on the held-out ones.

:func:`real_spec` returns the spec and the truth of each article in the corpus's
``articles-1`` gold schema (see ``corpus/README.md``) with its ``paragraphs`` added.
"""

from __future__ import annotations

import json
import random
import re
import zlib
from functools import cache
from pathlib import Path
from typing import Any

import attrs
from reportlab.lib.pagesizes import A3

from tests.pdf_fixtures import ArticleSpec, GeneratedPage, PageSpec, TooLong, make_page

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
_WEEKDAYS = "一二三四五六日"
_SECTIONS = ("要闻", "综合", "经济", "社会", "文化", "国际", "政治", "地方")
# Dateline places: cities of China, and a few abroad for the news agency.
_PLACES = (
    "北京", "上海", "天津", "重庆", "广州", "深圳", "南京", "杭州", "武汉", "成都", "西安",
    "长沙", "南昌", "合肥", "福州", "昆明", "贵阳", "南宁", "兰州", "西宁", "银川", "拉萨",
    "乌鲁木齐", "呼和浩特", "哈尔滨", "长春", "沈阳", "石家庄", "太原", "济南", "郑州", "海口",
)  # fmt: skip
_ABROAD = (
    "华盛顿", "莫斯科", "东京", "柏林", "巴黎", "伦敦", "开罗", "布鲁塞尔", "日内瓦", "联合国",
)  # fmt: skip
_STAFF = re.compile(r"记者|通讯员|摄|电讯|新华社|本报讯|中新社")
_LEAD_DATELINE = re.compile(r"^\S{0,12}?\d{1,2}月\d{1,2}日电\s*")


def _held(text: str) -> bool:
    """Whether ``text`` belongs to the held-out part of a pool (a third of each pool)."""
    return zlib.crc32(text.encode("utf-8")) % 3 == 0


def _sources() -> list[Path]:
    """The corpus files the pools are drawn from: those named in
    ``corpus/generated-real/sources.txt`` (the files there when the pages were made, so
    that files added to the corpus later do not change the pages), else every gold file,
    sentence file (not the ``heldout-*`` ones) and 人民日报 text of the corpus."""
    listed = CORPUS / "generated-real" / "sources.txt"
    if listed.exists():
        names = listed.read_text(encoding="utf-8").split()
        return [CORPUS.parent / name for name in names]
    found = sorted(CORPUS.glob("renmin-ribao-*.articles.json"))
    found += sorted((CORPUS / "web").glob("**/*.articles.json"))
    found += [p for p in sorted((CORPUS / "sentences").glob("*.jsonl")) if "heldout" not in p.name]
    return found + sorted(CORPUS.glob("renmin-ribao-*.pdftotext.txt"))


@cache
def _pools() -> dict[str, tuple[str, ...]]:
    heads: list[str] = []
    kickers: list[str] = []
    subs: list[str] = []
    names: list[str] = []
    golds = [p for p in _sources() if p.name.endswith(".articles.json")]
    for path in golds:
        for a in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            head = "".join((a.get("headline") or "").split())
            if 4 <= len(head) <= 30:
                heads.append(head)
            if a.get("kicker") and len(a["kicker"]) <= 30:
                kickers.append("".join(a["kicker"].split()))
            if a.get("subtitle") and len(a["subtitle"]) <= 30:
                subs.append("".join(a["subtitle"].split()))
            names.extend(p["name"] for p in a.get("people", []) if 2 <= len(p["name"]) <= 4)
    sentences: list[str] = []
    for path in (p for p in _sources() if p.suffix == ".jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            sentences.append(json.loads(line)["text"])
    for path in (p for p in _sources() if p.name.endswith(".pdftotext.txt")):
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            flat = "".join(block.split())
            parts = re.findall(r"[^。！？]+[。！？]”?", flat)
            sentences.extend(parts[1:])  # the first may begin in the middle of a word
    clean = []
    for s in sentences:
        s = _LEAD_DATELINE.sub("", "".join(s.split()))
        if 12 <= len(s) <= 160 and not _STAFF.search(s) and s[-1] in "。！？”":
            clean.append(s)
    return {
        "headline": tuple(dict.fromkeys(heads)),
        "kicker": tuple(dict.fromkeys(kickers)),
        "subtitle": tuple(dict.fromkeys(subs)),
        "name": tuple(dict.fromkeys(names)),
        "sentence": tuple(dict.fromkeys(clean)),
    }


@cache
def pool(kind: str, heldout: bool) -> tuple[str, ...]:
    """The items of pool ``kind`` of the held-out or development part."""
    return tuple(x for x in _pools()[kind] if _held(x) == heldout)


@attrs.frozen(kw_only=True)
class _Draw:
    rng: random.Random
    heldout: bool
    used: set[str] = attrs.field(factory=set)  # each headline and sentence once a page

    def pick(self, kind: str, most: int = 1000) -> str:
        """An item of pool ``kind`` of at most ``most`` characters, not used yet if can be."""
        items = [x for x in pool(kind, self.heldout) if len(x) <= most] or [
            min(pool(kind, self.heldout), key=len)
        ]
        for _ in range(20):
            item = self.rng.choice(items)
            if item not in self.used:
                break
        self.used.add(item)
        return item

    def names(self, n: int) -> list[str]:
        return self.rng.sample(pool("name", self.heldout), n)


def _paragraph(d: _Draw) -> str:
    return "".join(d.pick("sentence") for _ in range(d.rng.choice((1, 1, 2, 2, 3))))


def _credit(d: _Draw) -> tuple[str, list[dict[str, str]]]:
    """A byline as printed and the people it names."""
    r = d.rng.random()
    if r < 0.3:
        (a,) = d.names(1)
        return f"本报记者  {a}", [{"name": a, "role": "reporter"}]
    if r < 0.55:
        a, b = d.names(2)
        sep = d.rng.choice(("、", "  ", " "))
        return f"本报记者  {a}{sep}{b}", [
            {"name": a, "role": "reporter"},
            {"name": b, "role": "reporter"},
        ]
    if r < 0.75:
        a, b = d.names(2)
        return f"本报记者  {a}  本报通讯员  {b}", [
            {"name": a, "role": "reporter"},
            {"name": b, "role": "correspondent"},
        ]
    a, b = d.names(2)
    if r < 0.88:
        return f"新华社记者  {a}", [{"name": a, "role": "reporter"}]
    return f"新华社记者  {a}  {b}", [
        {"name": a, "role": "reporter"},
        {"name": b, "role": "reporter"},
    ]


def _dateline(d: _Draw, month: int, day: int) -> tuple[str, dict[str, Any], list[str]]:
    """A dateline as it opens a first paragraph, its gold, and the reporters it names."""
    news_agency = d.rng.random() < 0.4
    place = d.rng.choice(_ABROAD if news_agency and d.rng.random() < 0.3 else _PLACES)
    agency = "新华社" if news_agency else "本报"
    text = f"{agency}{place}{month}月{day}日电"
    gold = {
        "text": text,
        "agency": agency,
        "place": place,
        "month": month,
        "day": day,
        "position": "start",
    }
    r = d.rng.random()
    if r < 0.4:
        return text + " ", gold, []
    names = d.names(d.rng.choice((1, 1, 2)))
    printed = "、".join(names) if d.rng.random() < 0.5 else " ".join(names)
    return f"{text}（记者{printed}）", gold, names


def _article(
    d: _Draw, columns: int, room: int, month: int, day: int
) -> tuple[ArticleSpec, dict[str, Any]]:
    """An article over ``columns`` columns ``room`` body characters wide in all. As editors
    write them to fit, its headline takes two lines at most, a kicker or subtitle one."""
    rng = d.rng
    n = rng.randint(max(2, columns), 2 + columns)
    paras = [_paragraph(d) for _ in range(n)]
    people: list[dict[str, str]] = []
    byline = None
    dateline = None
    style = rng.random()
    if style < 0.45:
        byline, people = _credit(d)
    elif style < 0.85:
        lead, dateline, names = _dateline(d, month, day)
        paras[0] = lead + paras[0]
        people = [{"name": x, "role": "reporter"} for x in names]
    photo = None
    credits: list[str] = []
    if columns > 1 and rng.random() < 0.4:
        (who,) = d.names(1)
        credit = rng.choice((f"本报记者  {who}摄", f"新华社记者  {who}  摄", f"{who}  摄"))
        photo = (d.pick("sentence"), credit)
        credits.append(who)
    kicker = d.pick("kicker", int(room / 1.4)) if rng.random() < 0.25 else None
    subtitle = d.pick("subtitle", int(room / 1.4)) if rng.random() < 0.25 else None
    spec = ArticleSpec(
        headline=d.pick("headline", int(2 * (room - 2) / 2.2)),
        paragraphs=tuple(paras),
        kicker=kicker,
        subtitle=subtitle,
        byline=byline,
        columns=columns,
        boxed=columns < 3 and rng.random() < 0.15,
        photo=photo,
    )
    first = "".join(paras[0].split())
    if dateline is not None:
        first = first[first.index("电") + 1 :].lstrip("（")
        first = first[first.index("）") + 1 :] if first.startswith("记者") else first
    gold = {
        "kind": "article",
        "kicker": kicker,
        "headline": spec.headline,
        "subtitle": subtitle,
        "column": None,
        "people": people,
        "dateline": dateline,
        "photo_credits": credits,
        "body_first": first[:12],
        "body_last": "".join(paras[-1].split())[-12:],
        "paragraphs": paras,
        "byline": byline,
        "columns": columns,
        "boxed": spec.boxed,
    }
    return spec, gold


def real_spec(seed: int, *, heldout: bool) -> tuple[PageSpec, list[dict[str, Any]]]:
    """A broadsheet page of 4 to 8 columns in two or three rows of articles, with real text
    (see the module's notes), and the truth of its articles in page order."""
    draw = random.Random(seed * 7907 + 3)
    d = _Draw(rng=random.Random(seed), heldout=heldout)
    columns = draw.randint(4, 8)
    size = draw.choice((8.0, 8.5, 9.0))
    # The measure of a column in characters, as tests/pdf_fixtures.make_page sets it.
    chars = int((A3[0] - 72 - (columns - 1) * 1.6 * size) / columns / size)
    month, day = draw.randint(1, 12), draw.randint(2, 28)
    rows = []
    gold: list[dict[str, Any]] = []
    for r in range(draw.randint(2, 3)):
        spans: list[int] = []
        left = columns
        while left:
            lead = not r and not spans  # the page's lead story: two columns or more
            spans.append(draw.randint(min(left, 2 if lead else 1), left))
            left -= spans[-1]
        row = []
        for s in spans:
            spec, g = _article(d, s, s * chars + int((s - 1) * 1.6), month, day - 1)
            row.append(spec)
            gold.append(g)
        rows.append(tuple(row))
    folio = (
        f"2025年{month}月{day}日 星期{draw.choice(_WEEKDAYS)}",
        draw.choice(_SECTIONS),
        str(draw.randint(1, 20)),
    )
    page = PageSpec(
        columns=columns,
        rows=tuple(rows),
        body_size=size,
        folio=folio if draw.random() < 0.7 else None,
        rules=draw.random() < 0.5,
    )
    return page, gold


def real_page(seed: int, *, heldout: bool) -> tuple[GeneratedPage, list[dict[str, Any]]] | None:
    """:func:`real_spec`'s page drawn by :func:`tests.pdf_fixtures.make_page`, and its truth:
    a page that does not fit loses its last row of articles (and their truth), as
    ``scripts/gen_realistic_corpus.py`` draws them; None when no row fits."""
    spec, gold = real_spec(seed, heldout=heldout)
    while spec.rows:
        try:
            return make_page(spec), gold
        except TooLong:
            gold = gold[: len(gold) - len(spec.rows[-1])]
            spec = attrs.evolve(spec, rows=spec.rows[:-1])
    return None
