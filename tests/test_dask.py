"""The Dask helper: a bag of page records equal to the CLI's, on Dask's local schedulers.

Dask is the ``dask`` extra; CI installs it, so these tests do not skip.
"""

from __future__ import annotations

import io
import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import dask
import dask.bag
import pytest

from paper_parser import cli
from paper_parser.dask import bytes_record, file_record, parsed_bag, resolve_paths
from paper_parser.records import error_record, page_record
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small archive: the corpus pages in nested folders plus an empty, a non-UTF-8 and a
    binary file."""
    root = tmp_path_factory.mktemp("archive")
    for i, page in enumerate(sorted(CORPUS.glob("*.txt"))):
        folder = root / f"2021-{i % 2 + 1:02d}"
        folder.mkdir(exist_ok=True)
        shutil.copy(page, folder / page.name)
    (root / "2021-01" / "empty.txt").write_bytes(b"")
    (root / "2021-02" / "gbk.txt").write_bytes("浙江工人日报".encode("gbk"))
    (root / "2021-02" / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "2021-02" / "notes.md").write_text("not a page", encoding="utf-8")
    return root


def cli_records(paths: list[str]) -> list[dict[str, object]]:
    """What ``paper-parser --jsonl PATH...`` prints, one record per page."""
    out, err = io.StringIO(), io.StringIO()
    cli.main(["--jsonl", *paths], stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_bag_gives_the_records_of_page_record(archive: Path) -> None:
    bag = parsed_bag(str(archive / "**" / "*.txt"))
    records = bag.compute(scheduler="synchronous")
    paths = sorted(str(p) for p in archive.rglob("*.txt"))
    assert [r["file"] for r in records] == paths
    for record, path in zip(records, paths, strict=True):
        try:
            text = Path(path).read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            text = None
        if text is None or "\x00" in text:
            assert record["type"] == "Error"
            assert record["error"].startswith(path + ": ")
        else:
            assert record == page_record(path, text)
    by_name = {Path(r["file"]).name: r for r in records}
    assert by_name["empty.txt"]["type"] == "Issue"
    assert "byte offset 0" in by_name["gbk.txt"]["error"]
    assert "binary" in by_name["binary.txt"]["error"]


def test_bag_gives_what_the_cli_prints(archive: Path) -> None:
    paths = resolve_paths(str(archive / "**" / "*.txt"))
    expected = cli_records(paths)
    got = parsed_bag(paths, npartitions=3).compute(scheduler="synchronous")
    assert json.loads(json.dumps(got, ensure_ascii=False)) == expected


def test_list_order_and_partitions(archive: Path) -> None:
    paths = sorted(str(p) for p in archive.rglob("*.txt"))[::-1]
    bag = parsed_bag(paths, npartitions=2)
    assert bag.npartitions == 2
    assert [r["file"] for r in bag.compute(scheduler="synchronous")] == paths
    with dask.config.set(scheduler="threads"):
        assert bag.compute() == bag.compute(scheduler="synchronous")


def test_a_glob_takes_files_only_and_sorts_them(archive: Path) -> None:
    found = resolve_paths(str(archive / "*"))
    assert found == []  # the top level holds only folders
    assert resolve_paths(archive / "2021-01" / "empty.txt") == [
        str(archive / "2021-01" / "empty.txt")
    ]
    assert resolve_paths(str(archive / "**" / "*.md")) == [str(archive / "2021-02" / "notes.md")]


def test_bytes_record_matches_file_record(archive: Path) -> None:
    for path in sorted(archive.rglob("*.txt")):
        assert bytes_record(str(path), path.read_bytes()) == file_record(path)


def test_missing_file_is_an_error_record_not_an_exception(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    (record,) = parsed_bag([missing]).compute(scheduler="synchronous")
    assert record == error_record(missing, f"{missing}: no such file")


def test_functions_and_records_pickle(archive: Path) -> None:
    records = parsed_bag(str(archive / "**" / "*.txt")).compute(scheduler="synchronous")
    assert pickle.loads(pickle.dumps(records)) == records
    assert pickle.loads(pickle.dumps(file_record)) is file_record
    assert pickle.loads(pickle.dumps(bytes_record)) is bytes_record


def test_importing_paper_parser_does_not_import_dask() -> None:
    code = (
        "import sys, paper_parser, paper_parser.dask, paper_parser.cli\n"
        "assert not any(m == 'dask' or m.startswith('dask.') for m in sys.modules), 'dask'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_empty_input_is_an_empty_bag() -> None:
    assert parsed_bag([]).compute(scheduler="synchronous") == []
    assert isinstance(parsed_bag([]), dask.bag.Bag)
