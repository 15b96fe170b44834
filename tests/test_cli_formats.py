"""The command line's data outputs and conventions: the Parquet articles and pages tables as
pyarrow, pandas, polars and duckdb load them; TEI; impresso items; records valid against the
shipped schema; --version, -j auto, view, inputs that give no page, --encoding auto,
progress and --quiet."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from paper_parser import parse_issue, to_arrow
from paper_parser.cli import main, pages_path
from paper_parser.serialize import json_schema
from paper_parser.tables import articles_schema, pages_schema
from tests.conftest import CORPUS, SAMPLE_NAME
from tests.test_tables import gold_articles

SAMPLE = CORPUS / SAMPLE_NAME
GOLD = gold_articles()
GOLD_PAGES = [CORPUS.parent / page for page in sorted(GOLD)]
RECORDS = jsonschema.Draft202012Validator(json_schema())


def run(*args: str, stdin: bytes = b"", stderr: Any = None) -> tuple[int, str, str]:
    out = io.StringIO()
    err = stderr if stderr is not None else io.StringIO()
    status = main(list(args), stdout=out, stderr=err, stdin=io.BytesIO(stdin))
    return status, out.getvalue(), err.getvalue()


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


def _documents(out: str) -> list[dict[str, Any]]:
    """The JSON documents of the default output (indented, one after another)."""
    decoder = json.JSONDecoder()
    docs, pos = [], 0
    while pos < len(out):
        if out[pos].isspace():
            pos += 1
            continue
        doc, pos = decoder.raw_decode(out, pos)
        docs.append(doc)
    return docs


# --- Parquet ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def parquet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("pyarrow")
    target = tmp_path_factory.mktemp("parquet") / "articles.parquet"
    missing = target.parent / "missing.txt"
    status, out, err = run(
        "--format", "parquet", "-o", str(target), *map(str, GOLD_PAGES), str(missing)
    )
    assert status == 2  # the missing page
    assert out == ""
    assert f"paper-parser: {missing}: no such file" in err.splitlines()
    return target


def _parsed_counts() -> dict[str, int]:
    return {str(p): len(parse_issue(_read(p)).articles) for p in GOLD_PAGES}


def test_parquet_is_exactly_the_articles_table(parquet: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(parquet)
    assert table.schema.equals(articles_schema(), check_metadata=True)
    expected = to_arrow({str(p): parse_issue(_read(p)) for p in GOLD_PAGES})
    assert table.equals(expected)
    pages = pq.read_table(pages_path(str(parquet)))
    assert pages.schema.equals(pages_schema(), check_metadata=True)
    rows = pages.to_pylist()
    assert [r["page_id"] for r in rows][:-1] == [str(p) for p in GOLD_PAGES]
    assert rows[-1]["error"].endswith("missing.txt: no such file")
    assert all(r["error"] is None for r in rows[:-1])
    assert [r["articles"] for r in rows[:-1]] == list(_parsed_counts().values())


def test_parquet_rows_match_the_gold_in_every_tool(parquet: Path) -> None:
    """Row count and types of the CLI's Parquet file, read by pyarrow, pandas, polars and
    duckdb, against the corpus gold (articles per page, headlines)."""
    pq = pytest.importorskip("pyarrow.parquet")
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    duckdb = pytest.importorskip("duckdb")
    want_rows = sum(len(v) for v in GOLD.values())
    want_per_page = {str(CORPUS.parent / page): len(v) for page, v in GOLD.items()}
    gold_headlines = [a["headline"] for page in sorted(GOLD) for a in GOLD[page]]

    # pyarrow
    table = pq.read_table(parquet)
    assert table.num_rows == want_rows
    assert str(table.schema.field("date").type) == "date32[day]"
    assert table.column("headline").to_pylist() == gold_headlines

    # pandas
    frame = pd.read_parquet(parquet)
    assert len(frame) == want_rows
    assert frame.groupby("page_id", sort=False).size().to_dict() == want_per_page
    assert list(frame.headline) == gold_headlines
    assert {type(d).__name__ for d in frame.date.dropna()} == {"date"}
    assert next(b for b in frame.bylines if len(b))[0].keys() == {"name", "role"}

    # polars
    df = pl.read_parquet(parquet)
    assert df.height == want_rows
    assert df.schema["date"] == pl.Date
    assert df.schema["article_index"] == pl.Int32
    assert df.schema["numbers"] == pl.List(
        pl.Struct(
            {
                "text": pl.String,
                "value": pl.String,
                "value_float": pl.Float64,
                "low": pl.String,
                "high": pl.String,
                "unit": pl.String,
                "approx": pl.String,
                "kind": pl.String,
                "start": pl.Int64,
                "end": pl.Int64,
            }
        )
    )
    assert df.get_column("headline").to_list() == gold_headlines

    # duckdb, straight from the file
    path = str(parquet).replace("'", "''")
    con = duckdb.connect()
    (count,) = con.execute(f"SELECT count(*) FROM '{path}'").fetchone()
    assert count == want_rows
    types = dict(
        con.execute(f"SELECT column_name, column_type FROM (DESCRIBE '{path}')").fetchall()
    )
    assert (types["date"], types["article_index"], types["text"]) == ("DATE", "INTEGER", "VARCHAR")
    assert types["dateline"].startswith('STRUCT("text" VARCHAR, agency VARCHAR')
    per_page = dict(
        con.execute(f"SELECT page_id, count(*) FROM '{path}' GROUP BY page_id").fetchall()
    )
    assert per_page == want_per_page
    pages = pages_path(path)
    joined = con.execute(
        f"SELECT count(*) FROM '{path}' a JOIN '{pages}' p USING (page_id) WHERE p.error IS NULL"
    ).fetchone()
    assert joined == (want_rows,)


def test_parquet_needs_an_output_file() -> None:
    status, _, err = run("--format", "parquet", str(SAMPLE))
    assert status == 2
    assert "--format parquet needs -o FILE" in err


def test_parquet_pages_table_may_not_overwrite_an_input(tmp_path: Path) -> None:
    page = tmp_path / "out.pages.parquet"
    page.write_text(_read(SAMPLE), encoding="utf-8")
    status, _, err = run("--format", "parquet", "-o", str(tmp_path / "out.parquet"), str(page))
    assert status == 2
    assert "refusing to overwrite it" in err


# --- TEI and impresso ------------------------------------------------------------------------


def test_tei_output_is_a_valid_tei_corpus(tmp_path: Path) -> None:
    from tests.test_tei import NS, load_tei_schema, valid_tei

    schema = load_tei_schema()
    pages = [*GOLD_PAGES, CORPUS / "web" / "renmin-ribao-1951-09-15-1.txt"]
    status, out, _ = run("--format", "tei", "-j", "2", *map(str, pages))
    assert status == 0
    tree = valid_tei(schema, out)
    tei = tree.findall("t:TEI", NS)
    assert len(tei) == len(pages)
    divs = [len(t.findall(".//t:div[@type='article']", NS)) for t in tei]
    assert divs == [len(parse_issue(_read(p)).articles) for p in pages]
    target = tmp_path / "corpus.xml"
    assert run("--format", "tei", "-o", str(target), str(SAMPLE))[0] == 0
    valid_tei(schema, target.read_text(encoding="utf-8"))


def test_tei_output_skips_a_failed_page_and_stays_valid(tmp_path: Path) -> None:
    from tests.test_tei import NS, load_tei_schema, valid_tei

    status, out, err = run("--format", "tei", str(tmp_path / "missing.txt"), str(SAMPLE))
    assert status == 2
    assert "no such file" in err
    tree = valid_tei(load_tei_schema(), out)
    assert len(tree.findall("t:TEI", NS)) == 1


def test_impresso_output_validates(tmp_path: Path) -> None:
    from paper_parser.impresso import json_schema as impresso_schema

    validator = jsonschema.Draft202012Validator(impresso_schema())
    status, out, _ = run("--format", "impresso", *map(str, GOLD_PAGES))
    assert status == 0
    items = [json.loads(line) for line in out.splitlines()]
    assert len(items) == sum(_parsed_counts().values())
    for item in items:
        validator.validate(item)
    first = items[0]
    page = _read(GOLD_PAGES[0])
    for piece in first["ppreb"][0]["t"]:
        assert (
            first["ft"][piece["s"] : piece["s"] + piece["l"]]
            == page[piece["o"] : piece["o"] + piece["l"]]
        )
    assert first["id"] == str(GOLD_PAGES[0]).removesuffix(".txt") + "-i0001"


# --- records ---------------------------------------------------------------------------------


def test_every_record_the_cli_writes_validates(tmp_path: Path) -> None:
    pages = [
        *map(str, GOLD_PAGES),
        str(CORPUS / "renmin-ribao-2025-10-20-v06-08.pdftotext.txt"),
        str(tmp_path / "missing.txt"),
        str(tmp_path / "empty-dir"),
    ]
    (tmp_path / "empty-dir").mkdir()
    seen: set[str] = set()
    for args in ([], ["--jsonl"], ["--jsonl", "--per-article"], ["--per-article"]):
        status, out, _ = run(*args, *pages)
        assert status == 2
        records = _documents(out)
        for record in records:
            RECORDS.validate(record)
            # One JSON type for a value: exact numbers are strings.
            for art in record.get("articles", [record]):
                for n in art.get("numbers", []):
                    assert n["value"] is None or isinstance(n["value"], str)
            seen.add(record["type"])
    assert seen == {"Issue", "Article", "Error"}


def test_per_article_records_carry_their_pages_facts() -> None:
    page = CORPUS / "renmin-ribao-2025-10-20-v06-08.pdftotext.txt"
    _, out, _ = run("--jsonl", "--per-article", str(page), str(SAMPLE))
    records = [json.loads(line) for line in out.splitlines()]
    export = [r for r in records if r["file"] == str(page)]
    assert {(r["paper"], r["date"]) for r in export} == {("人民日报", "2025-10-20")}
    assert (export[0]["edition"], export[-1]["edition"]) == ("06", "08")
    sample = [r for r in records if r["file"] == str(SAMPLE)]
    assert {(r["paper"], r["date"], r["edition"]) for r in sample} == {
        ("浙江工人日报", "2021-12-23", None)
    }


# --- conventions -----------------------------------------------------------------------------


def test_version() -> None:
    import paper_parser

    status, out, _ = run("--version")
    assert (status, out) == (0, f"paper-parser {paper_parser.__version__}\n")


def test_jobs_auto() -> None:
    status, out, _ = run("-j", "auto", "--jsonl", str(SAMPLE), str(SAMPLE))
    assert status == 0
    assert len(out.splitlines()) == 2
    status, _, err = run("-j", "many", str(SAMPLE))
    assert status == 2
    assert "--jobs needs a number or 'auto', not 'many'" in err


def test_view_is_a_command_with_its_own_help(tmp_path: Path) -> None:
    status, out, _ = run("view", "--help")
    assert status == 0
    assert out.startswith("usage: paper-parser view")
    assert "side panel" in out
    status, out, _ = run("--help")
    assert status == 0
    assert "paper-parser view [--page N] [-o page.html] FILE" in out
    assert "--format {json,jsonl,parquet,tei,impresso}" in out


def test_a_file_named_view_still_parses(tmp_path: Path) -> None:
    page = tmp_path / "view"
    page.write_text(_read(SAMPLE), encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        status, out, _ = run("--jsonl", "--", "view")
        assert status == 0
        assert json.loads(out)["file"] == "view"
        status, out, _ = run("./view", "--jsonl")
        assert (status, json.loads(out)["file"]) == (0, "./view")
        status, _, err = run("view")
        assert status == 2
        assert "to parse the file named view, write ./view" in err
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d.mkdir(), "no page (*.txt, *.pdf) below it: the directory is empty"),
        (
            lambda d: (d.mkdir(), (d / "A.TXT").write_text("x", encoding="utf-8")),
            "no page (*.txt, *.pdf) below it; 1 file ends in another case",
        ),
        (
            lambda d: (d.mkdir(), (d / "notes.md").write_text("x", encoding="utf-8")),
            "no page (*.txt, *.pdf) below it (1 other files)",
        ),
    ],
)
def test_an_input_that_gives_no_page_says_so(tmp_path: Path, make: Any, message: str) -> None:
    folder = tmp_path / "archive"
    make(folder)
    status, out, err = run("--jsonl", str(folder))
    assert status == 2
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["type"] == "Error"
    assert message in record["error"]
    assert message in err


def test_a_glob_that_matches_nothing_says_so(tmp_path: Path) -> None:
    pattern = str(tmp_path / "*.txt")
    status, _, err = run(pattern)
    assert status == 2
    assert f"paper-parser: {pattern}: matches no file" in err


def test_view_to_a_stdout_that_is_not_utf8() -> None:
    from tests.test_html import page_text

    text = _read(SAMPLE)
    raw = io.BytesIO()
    ascii_out = io.TextIOWrapper(raw, encoding="ascii")
    assert main(["view", str(SAMPLE)], stdout=ascii_out, stderr=io.StringIO()) == 0
    ascii_out.flush()
    assert page_text(raw.getvalue().decode("utf-8")) == text  # UTF-8 bytes to its buffer

    class AsciiOnly(io.StringIO):
        """A text stream that has no binary buffer and takes ASCII only (a console)."""

        def write(self, s: str) -> int:
            s.encode("ascii")
            return super().write(s)

    stream = AsciiOnly()
    assert main(["view", str(SAMPLE)], stdout=stream, stderr=io.StringIO()) == 0
    doc = stream.getvalue()
    assert doc.isascii()
    assert page_text(doc) == text  # character references: the same document


def test_jsonl_to_a_stdout_that_takes_ascii_only() -> None:
    class AsciiOnly(io.StringIO):
        def write(self, s: str) -> int:
            s.encode("ascii")
            return super().write(s)

    stream = AsciiOnly()
    assert main(["--jsonl", str(SAMPLE)], stdout=stream, stderr=io.StringIO()) == 0
    record = json.loads(stream.getvalue())
    assert record["masthead"]["paper_name"]["value"] == "浙江工人日报"


def test_encoding_auto_reads_a_mixed_archive(tmp_path: Path) -> None:
    pytest.importorskip("charset_normalizer")
    text = _read(SAMPLE)
    archive = tmp_path / "archive"
    archive.mkdir()
    for name, encoding in (
        ("a-utf8.txt", "utf-8"),
        ("b-gbk.txt", "gbk"),
        ("c-gb18030.txt", "gb18030"),
        ("d-utf16.txt", "utf-16"),
        ("e-utf16le.txt", "utf-16-le"),
    ):
        (archive / name).write_bytes(text.encode(encoding))
    traditional = _read(CORPUS / "aojiang-ribao-traditional-2023-04-05-p1.txt")
    (archive / "f-big5.txt").write_bytes(traditional.encode("big5", errors="ignore"))  # no 〇
    status, out, err = run("--encoding", "auto", "--jsonl", str(archive))
    assert (status, err.splitlines()[-1]) == (0, "paper-parser: 6 pages, 0 failed")
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["masthead"]["paper_name"]["value"] for r in records] == ["浙江工人日报"] * 5 + [
        "澳江日報"
    ]
    (archive / "g-binary.txt").write_bytes(bytes(range(256)) * 4)
    status, _, err = run("--encoding", "auto", "--jsonl", str(archive / "g-binary.txt"))
    assert status == 2
    assert "cannot tell the encoding" in err or "binary file" in err


def test_progress_bar_and_quiet() -> None:
    pytest.importorskip("tqdm")
    status, _, err = run("--progress", "--jsonl", str(SAMPLE), str(SAMPLE), str(SAMPLE))
    assert status == 0
    assert "3/3" in err
    assert "page/s" in err
    assert err.rstrip().endswith("paper-parser: 3 pages, 0 failed")
    status, _, err = run("--quiet", "--progress", "--jsonl", str(SAMPLE), str(SAMPLE))
    assert (status, err) == (0, "")
    # Not a terminal, not asked: no bar, only the summary.
    status, _, err = run("--jsonl", str(SAMPLE), str(SAMPLE))
    assert err == "paper-parser: 2 pages, 0 failed\n"
    # Errors are still said with --quiet.
    status, _, err = run("--quiet", "--jsonl", "missing.txt")
    assert (status, err) == (2, "paper-parser: missing.txt: no such file\n")


@pytest.mark.parametrize("fmt", ["tei", "parquet"])
def test_an_interrupted_run_leaves_a_valid_file(tmp_path: Path, fmt: str) -> None:
    """SIGTERM in the middle: the temporary file kept is a closed teiCorpus / a readable
    Parquet file (with its pages table), and the target is untouched."""
    import signal
    import subprocess
    import sys
    import time

    archive = tmp_path / "archive"
    archive.mkdir()
    sample = _read(SAMPLE)
    for i in range(300):
        (archive / f"{i:04d}.txt").write_text(sample, encoding="utf-8")
    target = tmp_path / ("out.xml" if fmt == "tei" else "out.parquet")
    command = [sys.executable, "-m", "paper_parser", "--format", fmt, "-q", "-o", str(target)]
    proc = subprocess.Popen(
        [*command, str(archive)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = sorted(tmp_path.glob(f"{target.name}.*.part"))
        if fmt == "tei" and found and found[0].read_bytes().count(b"<TEI ") >= 3:
            break
        if fmt == "parquet" and found and found[0].stat().st_size > 4:
            break  # the writer has started; the first row group is written at the end
        time.sleep(0.05)
    time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert not target.exists()
    (part,) = sorted(tmp_path.glob(f"{target.name}.*.part"))
    if fmt == "tei":
        from tests.test_tei import NS, load_tei_schema, valid_tei

        tree = valid_tei(load_tei_schema(), part.read_text(encoding="utf-8"))
        assert 3 <= len(tree.findall("t:TEI", NS)) < 300
    else:
        pq = pytest.importorskip("pyarrow.parquet")
        table = pq.read_table(part)
        assert table.schema.equals(articles_schema(), check_metadata=True)
        (pages_part,) = sorted(tmp_path.glob("out.pages.parquet.*.part"))
        pages = pq.read_table(pages_part)
        assert sum(pages.column("articles").to_pylist()) == table.num_rows
        assert pages.num_rows < 300
