"""Issues in the downloader's export format (``corpus/export``, made by
``scripts/gen_export_corpus.py`` from ``tests/export_pages.py``): the articles found against
the generator's truth.

The real export (``../shared/realdev``, 人民日报 第06–20版 of 2025-10-20) scores 1.00 in
``tests/test_real_pages.py``; these issues ask whether that holds on what the export of other
editions (要闻, 评论) and dates prints, with text the rules were not written on. Scored per
split (``dev`` for development, ``heldout`` scored once at the end of a piece of work) and per
rendering: ``pdftotext`` default mode, ``-layout``, and the PDF itself through
:mod:`paper_parser.pdf` (the PDF is drawn again from the spec). Figures: headline recall and
precision, reporters' names (precision and recall), datelines found (recall), body ends
(first and last twelve characters) and the share of true paragraphs found whole as one parsed
paragraph. Print the table with ``python tests/test_export_pages.py`` (``--heldout`` adds the
held-out issues).
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from paper_parser import parse_issue
from tests.articles_scoring import Tally, score_text, squash

HERE = Path(__file__).resolve().parent.parent / "corpus" / "export"
TRUTH: list[dict[str, Any]] = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))["pages"]
MODES = ("default", "layout", "pdf")
KEYS = ("head_r", "head_p", "names_p", "names_r", "date_r", "body", "whole")


def _latin_font() -> bool:
    from tests.export_pages import LATIN_FILE

    return LATIN_FILE.exists()


@cache
def _text(seed: int, mode: str) -> str:
    if mode != "pdf":
        return (HERE / f"seed{seed}.{mode}.pdftotext").read_text(encoding="utf-8")
    from paper_parser.pdf import read_pdf_document
    from tests.export_pages import export_spec, make_export

    page = next(p for p in TRUTH if p["seed"] == seed)
    items, _, first = export_spec(seed, heldout=page["split"] != "dev")
    return read_pdf_document(make_export(items, first)).text


def _whole(text: str, page: dict[str, Any]) -> tuple[int, int]:
    """True paragraphs found whole as one parsed paragraph (a first paragraph with or
    without its dateline, a last one with or without its end credit), and their number."""
    got = {squash(p.text) for a in parse_issue(text).articles for p in a.paragraphs}
    found = total = 0
    for art in page["articles"]:
        paras = art["paragraphs"]
        for n, para in enumerate(paras):
            total += 1
            want = {squash(para)}
            if n == 0 and art.get("lead"):
                want.add(squash(para[len(art["lead"]) :]))
            if n == len(paras) - 1 and art.get("tail"):
                want.add(squash(para[: -len(art["tail"])]))
            found += bool(want & got)
    return found, total


def scores(split: str, mode: str) -> dict[str, float]:
    """The figures of one split in one rendering."""
    heads, names, dates, bodies = Tally(), Tally(), Tally(), Tally()
    whole = paras = 0
    for page in TRUTH:
        if page["split"] != split:
            continue
        text = _text(page["seed"], mode)
        rep = score_text(f"seed{page['seed']}", text, page["articles"])
        heads.add(rep.headlines)
        names.add(rep.names)
        dates.add(rep.datelines)
        bodies.add(rep.bodies)
        f, t = _whole(text, page)
        whole += f
        paras += t
    return {
        "head_r": heads.recall,
        "head_p": heads.precision,
        "names_p": names.precision,
        "names_r": names.recall,
        "date_r": dates.recall,
        "body": bodies.recall,
        "whole": whole / paras,
    }


def problems(split: str, mode: str) -> list[str]:
    """What went wrong on the issues of ``split`` in ``mode`` (for development)."""
    out: list[str] = []
    for page in TRUTH:
        if page["split"] == split:
            rep = score_text(f"seed{page['seed']}", _text(page["seed"], mode), page["articles"])
            out.extend(f"seed{page['seed']}: {p}" for p in rep.problems)
    return out


def test_the_issues_are_there() -> None:
    assert sum(p["split"] == "dev" for p in TRUTH) == 8
    assert sum(p["split"] == "heldout" for p in TRUTH) == 8
    dev = {a["headline"] for p in TRUTH if p["split"] == "dev" for a in p["articles"]}
    held = {a["headline"] for p in TRUTH if p["split"] != "dev" for a in p["articles"]}
    assert dev & held <= {None, "广告"}


# Floors: the figures measured (see CHANGELOG.md and corpus/export/README.md).
def _row(*values: float) -> dict[str, float]:
    return dict(zip(KEYS, values, strict=True))


FLOORS: dict[tuple[str, str], dict[str, float]] = {
    # held-out, scored once after the rules written on dev (before them, with 82e8666:
    # default 0.944 0.944 0.954 0.873 1.000 0.880 0.938, layout 0.870 0.959 1.000 0.761
    # 1.000 0.796 0.985, pdf 0.963 0.963 1.000 0.972 1.000 0.963 0.993)
    ("heldout", "default"): _row(0.963, 0.963, 0.969, 0.887, 1.000, 0.898, 0.938),
    ("heldout", "layout"): _row(0.981, 0.981, 1.000, 0.944, 1.000, 0.954, 0.985),
    ("heldout", "pdf"): _row(0.981, 0.981, 1.000, 0.986, 1.000, 0.981, 0.993),
    # dev, after those rules (before: default 0.857 0.857 0.899 0.835 1.000 0.794 0.918,
    # layout 0.762 0.873 0.923 0.706 0.909 0.698 0.968, pdf 0.952 0.952 1.000 0.965 1.000
    # 0.952 0.991)
    ("dev", "default"): _row(0.984, 0.984, 1.000, 0.976, 1.000, 0.968, 0.930),
    ("dev", "layout"): _row(1.000, 1.000, 1.000, 1.000, 1.000, 1.000, 0.979),
    ("dev", "pdf"): _row(1.000, 1.000, 1.000, 1.000, 1.000, 1.000, 0.991),
}


@pytest.mark.parametrize(("split", "mode"), sorted(FLOORS))
def test_export_floors(split: str, mode: str) -> None:
    if mode == "pdf" and not _latin_font():
        pytest.skip("the PDFs are drawn again with fonts-wqy-zenhei (not installed)")
    got = scores(split, mode)
    low = {
        k: (got[k], v) for k, v in FLOORS[split, mode].items() if got[k] < v - 5e-4
    }  # floors are rounded
    assert not low, low


# --- the rules these issues asked for, each on a text made up to show it -------------------

# Sentences of the real export (人民日报 2025-10-20, ../shared/realdev), wrapped as
# ``pdftotext`` prints its paragraphs: 28 characters on the first line, 30 on the others.
_SENTENCES = (
    "吉林省吉林市，是一座因工业而兴的城市。“一五”时期，新中国156个重点项目，7个半落在吉林市。",
    "这里，曾生产出新中国第一袋化肥、第一桶染料、第一炉电石。然而，与其他老工业基地一样，"
    "吉林市也因产业结构偏重、竞争力不强等问题，一度面临发展难题。",
    "传统产业改造升级，也能发展新质生产力。吉林建龙钢铁有限责任公司是市里的冶金产业重点企业。",
)


def _wrapped(para: str) -> str:
    lines = [para[:28]]
    lines += [para[i : i + 30] for i in range(28, len(para), 30)]
    return "\n".join(lines)


def _export(*items: tuple[str, str], page: int = 93) -> str:
    """An export as ``pdftotext`` prints it: per item its head (title and credit lines as
    printed), the source line, three paragraphs, the footer and a form feed."""
    out = []
    for n, (head, tail) in enumerate(items):
        body = "\n".join(_wrapped(p) for p in _SENTENCES * 3)
        source = "《人民日报》（2023年5月8日 第 04 版）"
        out.append(f"{head}\n{source}\n\n{body}{tail}\n\n第 {page + n} 页\n\n\f")
    return "".join(out)


def _heads(text: str) -> list[tuple[str | None, list[str]]]:
    return [
        (a.headline.text if a.headline else None, [p.name for b in a.bylines for p in b.people])
        for a in parse_issue(text).articles
    ]


def test_short_titles_of_one_length_are_no_measure() -> None:
    # Many one-line titles of eight characters, a few longer ones: eight is no measure the
    # titles wrap at, so the bare name under a title is its byline, not its second line.
    short = [("不忘初心对党忠诚\n薛芳玲", ""), ("深化生态文明改革\n曹玲娟", ""),
             ("流动的艺术长三角\n陈蔚文", ""), ("阿克陶的杨树林带\n邱学武", "")]  # fmt: skip
    wide = [("一个西班牙人对中国式现代化的观察\n黄璋尊", ""),
            ("履行好代表职责推动人大工作高质量发展\n郑家宝", "")]  # fmt: skip
    got = _heads(_export(*short, *wide))
    assert got[0] == ("不忘初心对党忠诚", ["薛芳玲"])
    assert got[3] == ("阿克陶的杨树林带", ["邱学武"])
    assert got[5] == ("履行好代表职责推动人大工作高质量发展", ["郑家宝"])


def test_a_title_character_wrapped_alone_stays_with_the_title() -> None:
    head = "IMF调高全球增长预期强调世界经济仍较脆\n弱\n新华社记者\n\n刘建平\n\n谢建伟"
    spaced = "用金融之手“贷”动绿色发展（记者手记）\n王\n\n观"
    two_part = "工地上的职工书屋\n\n绵延三十年剪不断的情\n缘\n本报评论员\n"
    got = _heads(_export((head, ""), (spaced, ""), (two_part, "")))
    assert got[0] == ("IMF调高全球增长预期强调世界经济仍较脆弱", ["刘建平", "谢建伟"])
    assert got[1] == ("用金融之手“贷”动绿色发展", ["王观"])  # a name's first character
    assert got[2][0] == "工地上的职工书屋绵延三十年剪不断的情缘"


def test_an_end_credit_wrapped_inside_its_bracket() -> None:
    # …更弱。（本 / 报记者郑智文）: the paragraph's last line runs to the measure.
    tail = "\n实习生中，以转正入职为目的的人对实习单位的议价能力更弱。（本\n报记者郑智文）"
    (a,) = parse_issue(_export(("全国秋粮收获近七成", tail))).articles
    assert [p.name for b in a.bylines for p in b.people] == ["郑智文"]
    assert a.paragraphs[-1].text.endswith("议价能力更弱。")


def test_a_photo_credit_printed_one_piece_to_a_line() -> None:
    # 本报记者  高睿凯摄 / 新华社记者  黄  婧  摄 under the picture: default mode prints the
    # label, the name's characters and the mark in blocks of their own.
    for tail, who in (
        ("\n\n本报记者\n\n高睿凯摄", "高睿凯"),
        ("\n\n新华社记者\n\n黄\n\n婧\n\n摄", "黄婧"),
    ):
        (a,) = parse_issue(_export(("全国秋粮收获近七成", tail))).articles
        assert not [p.name for b in a.bylines for p in b.people]
        assert [p.name for c in a.photo_credits for p in c.people] == [who]
        assert a.paragraphs[-1].text.endswith("冶金产业重点企业。")


def test_layout_credit_of_letter_spaced_names_among_others() -> None:
    from paper_parser.bylines import find_byline

    for s, names in (
        ("新华社记者   刘国华   曲昌荣   游   仪", ["刘国华", "曲昌荣", "游仪"]),
        ("本报记者   顾   燕   高艾苏   钟   蓓", ["顾燕", "高艾苏", "钟蓓"]),
    ):
        by = find_byline(s, 0, len(s))
        assert by is not None
        assert [p.name for p in by.people] == names


def test_layout_two_part_title_on_one_line() -> None:
    head = " 赵顶良深入基层三年间                        县委书记的一天"
    assert squash(_heads(_export((head, "")))[0][0]) == "赵顶良深入基层三年间县委书记的一天"


def _main() -> None:
    splits = ("dev", "heldout") if "--heldout" in sys.argv else ("dev",)
    print(f"{'split':8} {'mode':8} " + " ".join(f"{k:>7}" for k in KEYS))
    for split in splits:
        for mode in MODES:
            got = scores(split, mode)
            print(f"{split:8} {mode:8} " + " ".join(f"{got[k]:7.3f}" for k in KEYS))
    if "--problems" in sys.argv:
        for mode in MODES:
            for p in problems("dev", mode):
                print(mode, p)


if __name__ == "__main__":
    _main()
