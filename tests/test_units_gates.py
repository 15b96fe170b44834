"""The cheap tests that spare most lines a pattern of :mod:`paper_parser._units` (what a line
opens or ends with, how long it is) must pass every line the pattern matches: a gate that
stops one would change what the line is read as. Each gate is checked on lines of every
branch of its pattern (written by us) and on every line of the corpus; a pattern given a
branch its gate does not know fails here."""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
import regex

from paper_parser import _units as U
from paper_parser import bylines as B
from paper_parser.bylines import _HAN_WIDE, _KEPT_MARKS, _last_visible
from paper_parser.text import normalize

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _corpus_lines() -> list[str]:
    out: list[str] = []
    for path in sorted(CORPUS.rglob("*.txt")):
        out.extend(ln.strip() for ln in path.read_text(encoding="utf-8").splitlines())
    return [ln for ln in out if ln]


LINES = _corpus_lines()


def _short(s: str) -> bool:
    return len(s) - s.count(" ") <= U._SHORT_FORM_MAX


def _trailer_closed(s: str) -> bool:
    return s[-40:].rstrip(" ").endswith((")", "）"))


def _name_end(s: str) -> bool:
    last = s[-40:].rstrip(" ")[-1:]
    return bool(last) and last not in U._NOT_NAME_END


def _menu_gate(s: str) -> bool:
    return U._LONG_WORD_RE.search(s) is None


def _menu(s: str) -> bool:
    parts = [x for x in U._MENU_SEP_RE.split(s) if x]
    return len(parts) >= U._MENU_ON_LINE and all(map(U._menu_entry, parts))


def _fullmatch(p: regex.Pattern[str]) -> Callable[[str], bool]:
    return lambda s: p.fullmatch(s) is not None


def _match(p: regex.Pattern[str]) -> Callable[[str], bool]:
    return lambda s: p.match(s) is not None


def _search_tail(p: regex.Pattern[str]) -> Callable[[str], bool]:
    return lambda s: p.search(s, max(0, len(s) - 40)) is not None


# (name, the pattern's test, its gate, lines of each branch the pattern matches)
GATES: list[tuple[str, Callable[[str], bool], Callable[[str], bool], list[str]]] = [
    (
        "staff",
        _match(U._STAFF_RE),
        U._may_be_staff,
        [
            "责任编辑:王五",
            "本版编辑:张三",
            "一版责编：李四",
            "版式设计：赵六",
            "数据来源:国家统计局",
            "■責任編輯:王五",
            " ◆本版编辑：张三",
        ],
    ),
    (
        "call for contributions",
        _match(U._CALL_RE),
        lambda s: s.lstrip(" ")[:1] in U._CALL_FIRST,
        ["欢迎广大读者来稿。", "歡迎賜稿", "来稿要求为原创首发", "投稿请寄", " 來稿須知"],
    ),
    (
        "jump",
        _fullmatch(U._JUMP_RE),
        lambda s: _short(s) and s.lstrip(" ")[:1] in U._JUMP_FIRST,
        ["下转第2版", "▶下转A3版", "转第三版", " → 轉 第 12 版 "],
    ),
    (
        "web furniture",
        lambda s: U._WEB_FURNITURE_RE.fullmatch(s) is not None,
        lambda s: (
            s.strip(" ")[:1] in U._FURNITURE_FIRST
            or s.strip(" ").endswith(U._FURNITURE_LAST)
            or s.strip(" ")[-1:] in U._FURNITURE_LINK_END
        ),
        [
            "放大字体 放小字体",
            "字号:默认 超大",
            "分 享",
            "打印 | 关闭",
            "https://example.com/a",
            "www.example.com",
            "20240131xyz.jpg",
            "photo.PNG  ",
            "---|---|",
            ":---:|",
            "| | |",
            "｜ ｜",
            "更多>>",
            "阅读全文»",
            "詳情#",
            "暂无图片",
            "![](a.png)",
            "- +1",
            "+",
            "【字号: 打印",
            "[放大字体 | 关闭]",
            "A+ A A-",
            "社論 更多",
            "港聞 更多>>",
            "要闻 阅读全文 #",
            "  • 【PDF版】",
            "PDF下载",
        ],
    ),
    (
        "meta line",
        lambda s: U._META_RE.fullmatch(s) is not None,
        lambda s: s.lstrip(" ")[:1] in U._META_FIRST or re.search("[0-9]", s) is not None,
        [
            "来源:人民网",
            "(来源:山西新闻网 山西日报 网络编辑:张清兰)",
            "（稿源：新华网）",
            "  發佈時間：2020-01-01",
            "  • 2011年01月01日 作者:",
            "作者: 来源:柚都平和 时间:2022-05-30",
            "2024年03月13日|文:某某採訪組",
            "原标题:城市公园今起免费开放",
            "延伸阅读:",
            "2019-12-21 08:45 来源:新民晚报",
            "2024年1月3日 作者:王五",
            "新华社  2017-01-09 来源:新华网",
        ],
    ),
    (
        "empty field",
        _fullmatch(U._EMPTY_FIELD_RE),
        lambda s: _short(s) and ("：" in s or ":" in s),
        ["专栏:", "发布日期 ："],
    ),
    (
        "source note",
        _fullmatch(U._SOURCE_NOTE_RE),
        lambda s: _short(s) and s.lstrip(" ")[:1] in "据據",
        ["据新华社", " 據中央社電"],
    ),
    (
        "signature",
        _fullmatch(U._SIGNATURE_RE),
        lambda s: _short(s) and s.lstrip(" ")[:1] in "—-",
        ["——编者", "-- 编 辑 部 同 志", "— 编"],
    ),
    (
        "names",
        _fullmatch(U._NAME_LINE_RE),
        _short,
        ["张三 李四", " ".join(["欧阳修文"] * 8), "王"],
    ),
    (
        "note",
        _match(U._NOTE_RE),
        lambda s: s.lstrip(" ")[:1] in U._NOTE_FIRST,
        ["（作者单位：某大学）", "(下转第2版)", "数据来源：统计局", "資料來源:某處"],
    ),
    (
        "trailer",
        _search_tail(U._TRAILER_RE),
        _trailer_closed,
        ["会议在京召开。(张三)", "工作。（记者 李四 王五） "],
    ),
    (
        "tail credit",
        _search_tail(U._TAIL_CREDIT_RE),
        _name_end,
        ["…的热闹。”本报记者 董怡虹 陈炅玮", "主力军。 读者 薛芳玲 "],
    ),
    ("menu", _menu, _menu_gate, ["今日芜湖 今日无为 今日芜湖县 今日繁昌", "要闻|国内|国际|体育"]),
    (
        "link",
        _fullmatch(U._LINK_RE),
        lambda s: len(s) - s.count(" ") <= U._LINK_MAX,
        ["EN", " RSS ", "seo"],
    ),
    (
        "caption label",
        _match(U._CAPTION_LABEL_RE),
        lambda s: s.lstrip(" ")[:1] in "图圖",
        ["图说:城市公园", "圖片說明：", " 图注 : 右"],
    ),
    (
        "table tail",
        lambda s: U._TABLE_TAIL_RE.search(s) is not None,
        lambda s: s.strip(" ")[-1:] in "|｜",
        ["赴京 | ||||||||", "今天 ｜ ｜｜ "],
    ),
    (
        "column field",
        _fullmatch(U._COLUMN_FIELD_RE),
        lambda s: s.strip(" ")[:1] in "专專栏欄",
        ["专栏:福建通讯", " 欄目：兩岸新聞 "],
    ),
    (
        "numbered",
        _fullmatch(U._NUMBERED_RE),
        lambda s: s.lstrip(" ")[:1] in U._DIGITS,
        ["1. 奥运会中国大力士不负众望", "  12、城市公园今起免费开放"],
    ),
    (
        "nav",
        _fullmatch(U._NAV_RE),
        U._may_be_nav,
        ["01版:要闻", "前一版 下一版", "• 时政", "【导读】", "2022-09-20 06:47", "星期六"],
    ),
    (
        "copyright",
        _match(U._COPYRIGHT_RE),
        lambda s: "版" in s or "Copyright" in s or "©" in s,
        ["人 民 网 版 权 所 有", "版權聲明", "Copyright 1997-2020", "© 2020"],
    ),
]


def _noise(seed: int, alphabet: str, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(alphabet, k=rng.randint(1, 30))) for _ in range(count)]


@pytest.mark.parametrize(("name", "matches", "gate", "examples"), GATES, ids=[g[0] for g in GATES])
def test_a_gate_passes_every_line_its_pattern_matches(
    name: str,
    matches: Callable[[str], bool],
    gate: Callable[[str], bool],
    examples: list[str],
) -> None:
    for s in examples:
        assert matches(s), (name, s)  # each branch is reached
        assert gate(s), (name, s)
    # Variants of the examples (spaces around, a character changed) and the corpus's lines.
    alphabet = "".join(sorted(set("".join(examples)))) + " 。，的"
    variants = [f"  {s}  " for s in examples] + _noise(zlib.crc32(name.encode()), alphabet)
    for s in [*variants, *LINES]:
        if matches(s):
            assert gate(s), (name, s)


def test_the_kept_marks_are_kept_by_normalising() -> None:
    for c in _KEPT_MARKS:
        assert normalize(c).text == c
        assert _last_visible("正文" + c, 0, 3) == c
    assert "。" in _KEPT_MARKS


def test_the_wide_han_class_holds_every_han_character() -> None:
    han = regex.compile(r"\p{Han}")
    wide = re.compile(f"[{_HAN_WIDE}]")
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        if han.match(c) is not None:
            assert wide.match(c) is not None, hex(cp)


# (pattern, its gate, credits opening with each branch; written by us)
CREDIT_GATES = [
    (
        B._LABEL_RE,
        B._LABEL_GATE_RE,
        [
            "记者 张三",
            "本报记者",
            "新华社记者",
            "中青报·中青网记者",
            "人民日报驻浙江记者",
            "六个字的报社·又六个字报社驻六个字的地方全媒体记者",
            "通讯员 李四",
            "本报特约通讯员",
            "实习生",
            "特约撰稿人",
            "撰文",
            "作者:",
            "文|",
            "□",
            "本报评论员",
            "责任编辑",
            "版式设计",
            "校对",
            "制图",
            "摄影/",
            "图|",
            "编译/海外网 侯兴川",
            "翻译:李宏宇",
            "☉張國財",
            "图文 | 李想俣",
            "文/视频 全媒体记者",
            "排版 | 付思涵",
            "澎湃新闻记者",
            "川报集团特派记者",
        ],
    ),
    (B._OUTLET_BAR_RE, B._BAR_GATE_RE, ["北京日报 | 记者", "本报｜", "某某网·某某报驻上海 |"]),
    (
        B._SOURCE_RE,
        B._SOURCE_GATE_RE,
        [
            "本报讯",
            "本報訊",
            "成都日报讯",
            "四川新闻网-成都日报讯",
            "本报杭州10月6日电",
            "香港文匯報訊",
            "中国教育报上海3月28日讯",
            "楚天都市报9月23日讯",
            "中国之声《国防时空》北京2月22日电",
            "四川新闻网-首屏新闻成都3月14日讯",
            "华龙网7月5日22时讯",
        ],
    ),
]


@pytest.mark.parametrize(
    ("pattern", "gate", "examples"), CREDIT_GATES, ids=["label", "outlet bar", "source"]
)
def test_a_credit_gate_passes_wherever_its_pattern_matches(
    pattern: regex.Pattern[str], gate: re.Pattern[str], examples: list[str]
) -> None:
    for s in examples:
        assert pattern.match(s) is not None, s  # each branch is reached
        assert gate.match(s) is not None, s
    for line in LINES:
        s = normalize(line).text
        for pos in range(min(len(s), 40)):
            if pattern.match(s, pos) is not None:
                assert gate.match(s, pos) is not None, (s, pos)


def test_a_dateline_opens_with_a_mark_or_one_of_its_first_ideographs() -> None:
    examples = [
        "新华社北京12月22日电",
        "【新华社重庆十四日电】",
        "据新华社电",
        "中新网北京1月1日电",
        "路透社华盛顿19日电",
        "合众国际社东京3日电",
        "新华社广州3月22日体育专电",
    ]
    examples += [f"{agency}电" for agency in B._AGENCIES.split("|")]
    for line in [*examples, *LINES]:
        s = normalize(line).text.lstrip()
        if B._DATELINE_RE.match(s) is not None:
            gate = s[0] in B._DATELINE_FIRST or "社" in s
            assert not "\u4e00" <= s[0] <= "\u9fff" or gate, s
    for s in examples:
        assert B._DATELINE_RE.match(s) is not None, s
