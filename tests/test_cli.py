"""Tests of the ``paper-parser`` command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from paper_parser.cli import main
from tests.conftest import CORPUS, SAMPLE_NAME

SAMPLE = CORPUS / SAMPLE_NAME


def run(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), stdout=out, stderr=err, stdin=io.BytesIO(stdin))
    return status, out.getvalue(), err.getvalue()


def test_sample_prints_blocks_with_spans(sample_text: str) -> None:
    status, out, err = run(str(SAMPLE))
    assert (status, err) == (0, "")
    record = json.loads(out)
    assert record["file"] == str(SAMPLE)
    assert record["length"] == len(sample_text)
    for block in record["blocks"]:
        start, end = block["span"]
        assert sample_text[start:end] == block["text"]
    assert record["blocks"][0]["text"] == "辛丑年十一月二十\n2021年12月23日 星期四"


def test_jsonl_prints_one_line_per_page() -> None:
    status, out, _ = run("--jsonl", str(SAMPLE), str(SAMPLE))
    assert status == 0
    got = out.splitlines()
    assert len(got) == 2
    assert json.loads(got[0]) == json.loads(got[1])


def test_stdin_and_encoding() -> None:
    text = "浙江工人日报\n\n今日8版\n"
    status, out, _ = run("--encoding", "gb18030", "-", stdin=text.encode("gb18030"))
    assert status == 0
    assert [b["text"] for b in json.loads(out)["blocks"]] == ["浙江工人日报", "今日8版"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "missing.txt: no such file"),
        (lambda d: d, "is a directory"),
    ],
)
def test_unreadable_inputs_are_one_line_and_status_2(
    tmp_path: Path, make: object, message: str
) -> None:
    target = make(tmp_path)  # type: ignore[operator]
    status, out, err = run(str(target), str(SAMPLE))
    assert status == 2
    assert err.count("\n") == 1
    assert message in err
    # The readable page is still printed.
    assert json.loads(out)["file"] == str(SAMPLE)


def test_bad_utf8_names_file_and_byte_offset(tmp_path: Path) -> None:
    bad = tmp_path / "gbk.txt"
    bad.write_bytes("abc浙江".encode("gbk"))
    status, out, err = run(str(bad))
    assert (status, out) == (2, "")
    assert (
        err == f"paper-parser: {bad}: not valid utf-8 at byte offset 3 (try --encoding gb18030)\n"
    )


def test_unknown_encoding_is_a_usage_error() -> None:
    status, out, err = run("--encoding", "no-such-codec", str(SAMPLE))
    assert (status, out) == (2, "")
    assert "unknown encoding 'no-such-codec'" in err


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
    assert json.loads(proc.stdout)["file"] == str(SAMPLE)
