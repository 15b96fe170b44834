"""Articles as rows: the Arrow tables, checked against the corpus gold and loaded by the tools
researchers use (pyarrow, pandas, polars, duckdb)."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

import paper_parser
from paper_parser import Issue, parse_issue
from paper_parser.tables import (
    TABLE_SCHEMA_VERSION,
    article_facts,
    article_rows,
    articles_schema,
    describe,
    pages_schema,
    pages_to_arrow,
    to_arrow,
    to_pandas,
)
from tests.conftest import CORPUS

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

ROOT = CORPUS.parent
PAGES = sorted(p for p in CORPUS.rglob("*.txt") if p.parent.name != "sentences")


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as f:  # keep CRLF as written
        return f.read()


@pytest.fixture(scope="module")
def corpus() -> dict[str, Issue]:
    return {str(p.relative_to(ROOT)): parse_issue(_read(p)) for p in PAGES}


@pytest.fixture(scope="module")
def table(corpus: dict[str, Issue]) -> Any:
    return to_arrow(corpus)


def _join(heading: dict[str, Any] | None) -> str | None:
    return None if heading is None else "".join(line["text"] for line in heading["lines"])


def gold_articles() -> dict[str, list[dict[str, Any]]]:
    """Gold of every page that annotates its articles in full: page id -> articles, each with
    headline, people (name, role), paper and date."""
    out: dict[str, list[dict[str, Any]]] = {}
    for gold_path in sorted(CORPUS.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "articles" not in gold["annotated"]:
            continue
        m = gold["masthead"] or {}
        paper = (m.get("paper_name") or {}).get("value")
        date = (m.get("date") or {}).get("value")
        out[f"corpus/{gold['page']}"] = [
            {
                "headline": _join(a["headline"]),
                "people": [(p["name"], p["role"]) for b in a["bylines"] for p in b["people"]],
                "paper": paper,
                "date": date and datetime.date.fromisoformat(date),
            }
            for a in gold["articles"]
        ]
    for gold_path in sorted((CORPUS / "shapes").glob("*.articles.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = f"corpus/shapes/{gold_path.name.replace('.articles.json', '.txt')}"
        out[page] = [
            {"headline": a["headline"], "edition": a["edition"]}
            for a in gold["articles"]
            if a["kind"] == "article"
        ]
    return out


GOLD = gold_articles()


# --- the layout ------------------------------------------------------------------------------


def test_the_gold_covers_several_pages() -> None:
    assert len(GOLD) >= 5
    assert sum(len(v) for v in GOLD.values()) >= 15


def test_real_arrow_types() -> None:
    schema = articles_schema()
    expected = {
        "article_id": "string",
        "article_index": "int32",
        "date": "date32[day]",
        "bylines": "list<element: struct<name: string, role: string>>",
        "paragraphs": "list<element: string>",
        "text": "string",
    }
    for name, type_ in expected.items():
        assert str(schema.field(name).type) == type_, name
    numbers = schema.field("numbers").type.value_type
    assert str(numbers.field("value").type) == "string"
    assert str(numbers.field("value_float").type) == "double"
    assert str(numbers.field("start").type) == "int64"
    dateline = schema.field("dateline").type
    assert str(dateline.field("date").type) == "date32[day]"
    dates = schema.field("dates").type.value_type
    assert str(dates.field("first_day").type) == "date32[day]"
    for s in (schema, pages_schema()):
        assert s.metadata[b"paper_parser.table_version"] == str(TABLE_SCHEMA_VERSION).encode()
    assert schema.metadata[b"paper_parser.table"] == b"articles"


def test_describe_lists_every_column_with_its_type() -> None:
    for name, schema in (("articles", articles_schema()), ("pages", pages_schema())):
        lines = describe(name).splitlines()
        assert [ln.split(":", 1)[0] for ln in lines] == schema.names
        for line, field in zip(lines, schema, strict=True):
            arrow = str(field.type).replace("date32[day]", "date32").replace("double", "float64")
            assert line.split(": ", 1)[1].startswith(arrow), line
    with pytest.raises(ValueError, match="no table"):
        describe("issues")


def test_docs_page_shows_the_schema() -> None:
    doc = (ROOT / "docs" / "tables.rst").read_text(encoding="utf-8")
    for line in describe("articles").splitlines() + describe("pages").splitlines():
        assert line.split(" -- ")[0] in doc, line


# --- against the gold ------------------------------------------------------------------------


def test_one_row_per_article(table: Any, corpus: dict[str, Issue]) -> None:
    assert table.num_rows == sum(len(i.articles) for i in corpus.values())
    ids = table.column("article_id").to_pylist()
    assert len(set(ids)) == len(ids)
    assert ids[0] == f"{next(iter(corpus))}#0"


@pytest.mark.parametrize("page", sorted(GOLD), ids=lambda p: Path(p).stem)
def test_rows_match_the_gold(table: Any, page: str) -> None:
    rows = [r for r in table.to_pylist() if r["page_id"] == page]
    gold = GOLD[page]
    assert len(rows) == len(gold)
    for row, want in zip(rows, gold, strict=True):
        assert row["headline"] == want["headline"]
        if "people" in want:
            assert [(p["name"], p["role"]) for p in row["bylines"]] == want["people"]
        if "paper" in want:
            assert (row["paper"], row["date"]) == (want["paper"], want["date"])
        if "edition" in want:
            assert row["edition"] == want["edition"]


def test_values_are_exact_and_offsets_point_at_the_page(table: Any) -> None:
    checked = 0
    texts = {str(p.relative_to(ROOT)): _read(p) for p in PAGES}
    for row in table.to_pylist():
        page = texts[row["page_id"]]
        for n in row["numbers"]:
            assert page[n["start"] : n["end"]] == n["text"]
            if n["value"] is not None:
                value = Fraction(n["value"])
                assert n["value"] == str(value)
                assert n["value_float"] == float(value)
                checked += 1
        for d in row["dates"]:
            assert page[d["start"] : d["end"]] == d["text"]
            if d["first_day"] is not None:
                assert d["first_day"] <= d["last_day"]
        for s in row["spans"]:
            assert s["start"] < s["end"] <= len(page)
        assert row["text"] == "\n".join(row["paragraphs"])
    assert checked > 300


def test_the_sample_row(table: Any) -> None:
    rows = {r["article_id"]: r for r in table.to_pylist()}
    row = rows["corpus/zhejiang-gongren-ribao-2021-12-23-p1.txt#2"]
    assert row["column"] == "新华时评"
    assert row["headline"] == "整治欠薪 政府国企要“门前清”"
    dl = row["dateline"]
    assert (dl["agency"], dl["place"], dl["date"], dl["position"]) == (
        "新华社",
        "北京",
        datetime.date(2021, 12, 22),
        "end",
    )
    first = rows["corpus/zhejiang-gongren-ribao-2021-12-23-p1.txt#0"]
    big = [n for n in first["numbers"] if n["text"] == "4.8万余名"]
    assert big == [
        {
            "text": "4.8万余名",
            "value": "48000",
            "value_float": 48000.0,
            "low": None,
            "high": None,
            "unit": "名",
            "approx": "余",
            "kind": "cardinal",
            "start": big[0]["start"],
            "end": big[0]["start"] + 6,
        }
    ]
    interval = next(d for d in first["dates"] if d["text"] == "今年以来")
    assert (interval["value"], interval["first_day"], interval["last_day"]) == (
        "2021-01-01/2021-12-23",
        datetime.date(2021, 1, 1),
        datetime.date(2021, 12, 23),
    )


def test_each_article_gets_the_page_of_its_own_source_line(corpus: dict[str, Issue]) -> None:
    # One file holds 第06版 and 第08版 of an export; each article names its page.
    issue = corpus["corpus/renmin-ribao-2025-10-20-v06-08.pdftotext.txt"]
    editions = [f.edition for f in article_facts(issue)]
    assert editions[0] == "06"
    assert editions[-1] == "08"
    assert {f.paper for f in article_facts(issue)} == {"人民日报"}
    assert {f.date for f in article_facts(issue)} == {datetime.date(2025, 10, 20)}


def test_a_masthead_block_beats_a_source_line() -> None:
    page = (
        "浙江工人日报\n2021年12月23日 星期四\n\n标题\n\n正文。\n"
        "《人民日报》（2021年12月20日 第 06 版）\n"
    )
    facts = article_facts(parse_issue(page))
    assert [(f.paper, f.date) for f in facts] == [("浙江工人日报", datetime.date(2021, 12, 23))]


def test_pages_table(corpus: dict[str, Issue]) -> None:
    pages = pages_to_arrow(corpus)
    assert pages.num_rows == len(corpus)
    rows = {r["page_id"]: r for r in pages.to_pylist()}
    sample = rows["corpus/zhejiang-gongren-ribao-2021-12-23-p1.txt"]
    assert sample["paper"] == "浙江工人日报"
    assert sample["date"] == datetime.date(2021, 12, 23)
    assert sample["weekday"] == 4
    assert sample["lunar"] == {
        "ganzhi": "辛丑",
        "year": 2021,
        "month": 11,
        "day": 20,
        "leap": False,
    }
    assert (sample["cn_number"], sample["postal_code"]) == ("33-0018", "31-2")
    assert sample["articles"] == 5
    assert rows["corpus/guangming-ribao-2024-01-31-p1.txt"]["issn"] == "1002-3666"
    assert sum(r["articles"] for r in rows.values()) == to_arrow(corpus).num_rows


def test_issues_without_ids_are_numbered() -> None:
    issue = parse_issue("标题\n\n本报讯 记者程雪报道 正文。\n")
    table = to_arrow([issue, issue])
    assert table.column("article_id").to_pylist() == ["0#0", "1#0"]
    assert article_rows(issue, "x")[0]["article_id"] == "x#0"


def test_an_empty_input_gives_an_empty_table_of_the_schema() -> None:
    table = to_arrow([])
    assert table.num_rows == 0
    assert table.schema.equals(articles_schema(), check_metadata=True)


# --- the tools of the field ------------------------------------------------------------------


@pytest.fixture(scope="module")
def parquet_file(tmp_path_factory: pytest.TempPathFactory, table: Any) -> Path:
    path = tmp_path_factory.mktemp("parquet") / "articles.parquet"
    pq.write_table(table, path)
    return path


def test_pyarrow_reads_it_back(parquet_file: Path, table: Any) -> None:
    back = pq.read_table(parquet_file)
    assert back.schema.equals(articles_schema(), check_metadata=True)
    assert back.equals(table)


def test_pandas(corpus: dict[str, Issue], parquet_file: Path) -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.read_parquet(parquet_file)
    assert len(frame) == sum(len(i.articles) for i in corpus.values())
    sample = frame[frame.page_id == "corpus/zhejiang-gongren-ribao-2021-12-23-p1.txt"]
    assert list(sample.headline)[2] == "整治欠薪 政府国企要“门前清”"
    assert next(iter(sample.date)) == datetime.date(2021, 12, 23)
    assert next(iter(sample.bylines))[0] == {"name": "阮向民", "role": "reporter"}
    direct = to_pandas(corpus)
    assert list(direct.columns) == articles_schema().names
    assert len(direct) == len(frame)


def test_polars(corpus: dict[str, Issue], parquet_file: Path) -> None:
    pl = pytest.importorskip("polars")
    frame = pl.read_parquet(parquet_file)
    assert frame.height == sum(len(i.articles) for i in corpus.values())
    assert frame.schema["date"] == pl.Date
    assert frame.schema["bylines"] == pl.List(pl.Struct({"name": pl.String, "role": pl.String}))
    reporters = (
        frame.explode("bylines")
        .filter(pl.col("bylines").struct.field("role") == "reporter")
        .select(pl.col("bylines").struct.field("name"))
        .to_series()
        .to_list()
    )
    assert "程雪" in reporters
    from_arrow = pl.from_arrow(to_arrow(corpus))
    assert isinstance(from_arrow, pl.DataFrame)
    assert from_arrow.shape == frame.shape


def test_duckdb(corpus: dict[str, Issue], parquet_file: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    path = str(parquet_file).replace("'", "''")
    (count,) = con.execute(f"SELECT count(*) FROM '{path}'").fetchone()
    assert count == sum(len(i.articles) for i in corpus.values())
    types = dict(
        con.execute(f"SELECT column_name, column_type FROM (DESCRIBE '{path}')").fetchall()
    )
    assert types["date"] == "DATE"
    assert types["bylines"] == 'STRUCT("name" VARCHAR, "role" VARCHAR)[]'
    assert types["article_index"] == "INTEGER"
    big = con.execute(
        f"SELECT n.text, n.value FROM '{path}', unnest(numbers) AS u(n) "
        "WHERE page_id LIKE '%zhejiang-gongren%' ORDER BY n.value_float DESC LIMIT 1"
    ).fetchone()
    assert big == ("1.37亿剂", "137000000")


# --- cheap import ----------------------------------------------------------------------------


def test_importing_paper_parser_does_not_import_pyarrow() -> None:
    code = (
        "import sys, paper_parser, paper_parser.tables, paper_parser.tei, paper_parser.impresso\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('pyarrow', 'pandas', 'polars', 'lxml', 'tqdm', 'numpy')]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert paper_parser.to_arrow is to_arrow
