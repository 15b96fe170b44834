"""Tests of the ``paper-parser`` command line: single pages, batches, failures, interrupts."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from paper_parser import parse_issue
from paper_parser.cli import expand_inputs, main
from tests.conftest import CORPUS, SAMPLE_NAME

SAMPLE = CORPUS / SAMPLE_NAME


def run(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), stdout=out, stderr=err, stdin=io.BytesIO(stdin))
    return status, out.getvalue(), err.getvalue()


def jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def _spans_point_back(node: object, page: str) -> int:
    """Check every {"span": [s, e], "text": t} pair against the page; count them.

    A heading printed over several lines carries its lines joined without the breaks.
    """
    count = 0
    if isinstance(node, dict):
        span, text = node.get("span"), node.get("text")
        if isinstance(span, list) and isinstance(text, str):
            assert page[span[0] : span[1]].replace("\n", "") == text.replace("\n", "")
            count += 1
        for value in node.values():
            count += _spans_point_back(value, page)
    elif isinstance(node, list):
        for value in node:
            count += _spans_point_back(value, page)
    return count


# --- one page --------------------------------------------------------------------------------


def test_sample_prints_the_issue(sample_text: str) -> None:
    status, out, err = run(str(SAMPLE))
    assert (status, err) == (0, "")
    record = json.loads(out)
    assert (record["schema_version"], record["type"], record["file"]) == (5, "Issue", str(SAMPLE))
    assert record["masthead"]["date"]["value"] == "2021-12-23"
    assert record["masthead"]["paper_name"]["value"] == "浙江工人日报"
    assert len(record["articles"]) == len(parse_issue(sample_text).articles)
    assert _spans_point_back(record, sample_text) > 100
    # Indented by default.
    assert out.startswith("{\n  ")


def test_jsonl_prints_one_line_per_page() -> None:
    status, out, err = run("--jsonl", str(SAMPLE), str(SAMPLE))
    assert status == 0
    records = jsonl(out)
    assert len(records) == 2
    assert records[0] == records[1]
    assert err == "paper-parser: 2 pages, 0 failed\n"


def test_per_article_records(sample_text: str) -> None:
    status, out, _ = run("--jsonl", "--per-article", str(SAMPLE))
    assert status == 0
    records = jsonl(out)
    articles = parse_issue(sample_text).articles
    assert [r["article_index"] for r in records] == list(range(len(articles)))
    assert {r["type"] for r in records} == {"Article"}
    assert [r["headline"]["text"] if r["headline"] else None for r in records] == [
        a.headline.text if a.headline else None for a in articles
    ]


def test_stdin_and_encoding() -> None:
    text = "新华时评\n\n整治欠薪 政府国企要“门前清”\n\n近日召开的国务院常务会议明确提出。\n"
    status, out, _ = run("--encoding", "gb18030", "--jsonl", "-", stdin=text.encode("gb18030"))
    assert status == 0
    (record,) = jsonl(out)
    assert record["file"] == "<stdin>"
    assert record["articles"][0]["headline"]["text"] == "整治欠薪 政府国企要“门前清”"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        # An input that gives no page says so: the run goes on, and the status is 2.
        (lambda d: d / "empty-dir", "no page (*.txt, *.pdf) below it: the directory is empty"),
    ],
)
def test_unreadable_inputs_are_reported_and_the_run_goes_on(
    tmp_path: Path, make: Any, message: str
) -> None:
    target = make(tmp_path)
    if message.startswith("no page"):
        target.mkdir()
    status, out, err = run("--jsonl", str(target), str(SAMPLE))
    records = jsonl(out)
    assert records[-1]["file"] == str(SAMPLE)
    assert status == 2
    assert records[0] == {
        "schema_version": 5,
        "type": "Error",
        "file": str(target),
        "error": f"{target}: {message}",
    }
    assert err.splitlines() == [
        f"paper-parser: {target}: {message}",
        "paper-parser: 2 pages, 1 failed",
    ]


def test_bad_utf8_names_file_and_byte_offset(tmp_path: Path) -> None:
    bad = tmp_path / "gbk.txt"
    bad.write_bytes("abc浙江".encode("gbk"))
    status, out, err = run("--jsonl", str(bad))
    assert status == 2
    reason = f"{bad}: not valid utf-8 at byte offset 3 (try --encoding gb18030)"
    assert err == f"paper-parser: {reason}\n"
    assert jsonl(out)[0]["error"] == reason


def test_argument_errors_are_status_2() -> None:
    assert run("--encoding", "no-such-codec", str(SAMPLE))[0] == 2
    assert "unknown encoding 'no-such-codec'" in run("--encoding", "no-such-codec", "x")[2]
    assert run("--jobs", "0", str(SAMPLE))[0] == 2
    assert run("--format", "parquet", str(SAMPLE))[:2] == (2, "")


# --- batches ---------------------------------------------------------------------------------


def test_directory_with_bad_files_reports_each_and_goes_on(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    (archive / "2021").mkdir(parents=True)
    sample = SAMPLE.read_text(encoding="utf-8")
    (archive / "2021" / "a-good.txt").write_text(sample, encoding="utf-8")
    (archive / "2021" / "b-gbk.txt").write_bytes(sample.encode("gb18030"))
    (archive / "2021" / "c-empty.txt").write_bytes(b"")
    (archive / "2021" / "d-binary.txt").write_bytes(bytes(range(256)) * 4)
    big = (sample + "\n\n") * (5_000_000 // len(sample.encode("utf-8")) + 1)
    (archive / "2021" / "e-big.txt").write_text(big, encoding="utf-8")
    (archive / "2021" / "notes.md").write_text("not a page", encoding="utf-8")

    status, out, err = run("--jsonl", str(archive))
    records = jsonl(out)
    assert status == 2
    assert [Path(r["file"]).name for r in records] == [
        "a-good.txt",
        "b-gbk.txt",
        "c-empty.txt",
        "d-binary.txt",
        "e-big.txt",
    ]
    assert [r["type"] for r in records] == ["Issue", "Error", "Issue", "Error", "Issue"]
    assert "not valid utf-8 at byte offset" in records[1]["error"]
    assert "binary file (NUL byte at offset 0)" in records[3]["error"]
    assert records[2]["articles"] == []
    assert len(big.encode("utf-8")) >= 5_000_000
    assert len(records[4]["articles"]) >= 200
    assert err.splitlines()[-1] == "paper-parser: 5 pages, 2 failed"


def test_output_order_does_not_depend_on_jobs(tmp_path: Path) -> None:
    pages = sorted(CORPUS.glob("*.txt"))
    for i in range(12):
        (tmp_path / f"{i:02d}.txt").write_text(
            pages[i % len(pages)].read_text(encoding="utf-8"), encoding="utf-8"
        )
    one = run("--jsonl", str(tmp_path))
    two = run("--jsonl", "--jobs", "2", str(tmp_path))
    assert one == two
    assert [Path(r["file"]).name for r in jsonl(one[1])] == [f"{i:02d}.txt" for i in range(12)]


def test_globs_are_expanded_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.log"):
        (tmp_path / name).write_text("浙江工人日报\n", encoding="utf-8")
    assert list(expand_inputs([str(tmp_path / "*.txt")])) == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
    ]
    # A pattern that matches nothing is passed through, so it is reported as missing.
    assert list(expand_inputs([str(tmp_path / "*.none")])) == [str(tmp_path / "*.none")]


def test_output_file_and_parquet(tmp_path: Path, sample_text: str) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra is not installed")
    target = tmp_path / "out.jsonl"
    assert run("--jsonl", "-o", str(target), str(SAMPLE), str(SAMPLE))[:2] == (0, "")
    assert len(jsonl(target.read_text(encoding="utf-8"))) == 2
    parquet = tmp_path / "out.parquet"
    status, out, _ = run("--format", "parquet", "--per-article", "-o", str(parquet), str(SAMPLE))
    assert (status, out) == (0, "")
    table = pq.read_table(parquet).to_pylist()
    articles = parse_issue(sample_text).articles
    assert len(table) == len(articles)
    assert [row["article_index"] for row in table] == list(range(len(articles)))
    assert table[0]["headline"] == articles[0].headline.text  # type: ignore[union-attr]
    assert pq.read_table(tmp_path / "out.pages.parquet").num_rows == 1


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_interrupted_run_leaves_valid_jsonl(tmp_path: Path, sig: int) -> None:
    """-o goes through a temporary file beside the target: an interrupted run leaves it
    (whole records only) and the target as it was."""
    archive = tmp_path / "archive"
    archive.mkdir()
    sample = SAMPLE.read_text(encoding="utf-8")
    for i in range(400):
        (archive / f"{i:04d}.txt").write_text(sample, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    target.write_text("the last run\n", encoding="utf-8")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "paper_parser",
            "--jsonl",
            "-j",
            "2",
            "-o",
            str(target),
            str(archive),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    part = None
    while time.monotonic() < deadline:
        found = sorted(tmp_path.glob("out.jsonl.*.part"))
        if found and found[0].read_bytes().count(b"\n") >= 5:
            part = found[0]
            break
        time.sleep(0.05)
    os.killpg(proc.pid, sig)
    _, stderr = proc.communicate(timeout=60)
    assert part is not None
    records = jsonl(part.read_text(encoding="utf-8"))
    assert 5 <= len(records) < 400
    assert all(r["type"] == "Issue" for r in records)
    assert part.read_bytes().endswith(b"\n")
    assert target.read_text(encoding="utf-8") == "the last run\n"
    if sig == signal.SIGTERM:
        assert proc.returncode == 130
        assert stderr.decode().splitlines() == [
            f"paper-parser: interrupted after {len(records)} pages; the {len(records)} records "
            f"written are in {part} ({target} is unchanged)"
        ]


def test_module_entry_point_runs(tmp_path: Path) -> None:
    """``python -m paper_parser`` works and never prints a traceback."""
    proc = subprocess.run(
        [sys.executable, "-m", "paper_parser", "--jsonl", str(SAMPLE), str(tmp_path / "nope")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert json.loads(proc.stdout.splitlines()[0])["file"] == str(SAMPLE)


def test_view_writes_a_self_contained_page(tmp_path: Path, sample_text: str) -> None:
    target = tmp_path / "page.html"
    status, out, err = run("view", str(SAMPLE), "-o", str(target))
    assert (status, out, err) == (0, "", "")
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    for article in parse_issue(sample_text).articles:
        assert article.headline is not None
        for line in article.headline.lines:
            assert line.text in page
    assert "http://" not in page
    assert "https://" not in page
    # Unreadable input: one line, status 2.
    status, out, err = run("view", str(tmp_path / "missing.txt"))
    assert (status, out) == (2, "")
    assert err == f"paper-parser: {tmp_path / 'missing.txt'}: no such file\n"
