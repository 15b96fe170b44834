"""paper_parser.records: the records of text pages and PDF pages, by value and by property.

The command line's behaviour is tested in tests/test_cli*.py; here the functions it calls.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import paper_parser
from paper_parser import records
from paper_parser.records import (
    InputError,
    decode_page,
    error_record,
    file_records,
    is_pdf,
    page_record,
    page_records,
    parse_page,
    pdf_pages,
    pdf_records,
    read_bytes,
    safe_records,
)
from paper_parser.serialize import SCHEMA_VERSION, json_schema
from tests.strategies import SAMPLE_PATH, SAMPLE_TEXT, tricky_text

VALIDATOR = jsonschema.Draft202012Validator(json_schema())


# --- text pages ------------------------------------------------------------------------------


def test_page_record_is_to_dict_with_the_envelope_in_front() -> None:
    record = page_record("p1.txt", SAMPLE_TEXT)
    issue = paper_parser.parse_issue(SAMPLE_TEXT)
    body = paper_parser.to_dict(issue)
    assert list(record)[:3] == ["schema_version", "type", "file"]
    assert (record["schema_version"], record["type"], record["file"]) == (5, "Issue", "p1.txt")
    assert {k: v for k, v in record.items() if k != "file"} == body
    assert paper_parser.from_dict(record, text=SAMPLE_TEXT) == issue
    assert not {"page_number", "page_size"} & set(record)
    assert all("boxes" not in a for a in record["articles"])
    VALIDATOR.validate(record)


def test_per_article_records_follow_the_page_order() -> None:
    issue = paper_parser.parse_issue(SAMPLE_TEXT)
    per_article = page_records("p1.txt", SAMPLE_TEXT, per_article=True)
    assert len(per_article) == len(issue.articles) > 3
    assert [r["article_index"] for r in per_article] == list(range(len(issue.articles)))
    assert {(r["paper"], r["date"]) for r in per_article} == {("浙江工人日报", "2021-12-23")}
    for record, article in zip(per_article, issue.articles, strict=True):
        VALIDATOR.validate(record)
        assert paper_parser.from_dict(record, text=SAMPLE_TEXT) == article
    assert page_records("p1.txt", SAMPLE_TEXT) == [page_record("p1.txt", SAMPLE_TEXT)]


@settings(max_examples=60, deadline=None)
@given(tricky_text, st.booleans())
def test_any_text_gives_valid_records_that_read_back(text: str, per_article: bool) -> None:
    made = safe_records("x.txt", text, per_article=per_article)
    issue = paper_parser.parse_issue(text)
    assert len(made) == (len(issue.articles) if per_article else 1)
    for record in made:
        VALIDATOR.validate(record)
        assert record["type"] != "Error"
        json.loads(json.dumps(record, ensure_ascii=False))


def test_safe_records_turn_a_crash_into_an_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(_text: str, **_roles: object) -> paper_parser.Issue:
        raise RuntimeError("a bug")

    monkeypatch.setattr(records, "parse_issue", boom)
    assert safe_records("p.txt", "正文。") == [
        {
            "schema_version": SCHEMA_VERSION,
            "type": "Error",
            "file": "p.txt",
            "error": "internal error: RuntimeError: a bug",
        }
    ]


def test_parse_page_collects_the_librarys_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    import warnings

    from paper_parser.numerals import IncompleteScanWarning

    real = records.parse_issue

    def warns(text: str, **roles: object) -> paper_parser.Issue:
        warnings.warn("ran out of time", IncompleteScanWarning, stacklevel=2)
        warnings.warn("ran out of time", IncompleteScanWarning, stacklevel=2)  # said once
        return real(text)

    monkeypatch.setattr(records, "parse_issue", warns)
    issue, notes = parse_page("浙江工人日报\n2021年12月23日\n")
    assert notes == ["IncompleteScanWarning: ran out of time"]
    assert issue.masthead.date is not None


def test_error_records_validate_with_and_without_a_page() -> None:
    whole = error_record("a.pdf", "a.pdf: is not a PDF")
    page = error_record("a.pdf", "a.pdf: page 2 has no text layer", page_number=2)
    assert list(whole) == ["schema_version", "type", "file", "error"]
    assert list(page) == ["schema_version", "type", "file", "page_number", "error"]
    for record in (whole, page):
        VALIDATOR.validate(record)
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate({**page, "page_number": 0})


# --- decoding and reading --------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=64), st.sampled_from(["utf-8", "gb18030", "big5", "utf-16"]))
def test_decode_page_decodes_or_says_why_in_one_line(data: bytes, encoding: str) -> None:
    try:
        text = decode_page(data, "p.txt", encoding)
    except InputError as exc:
        message = str(exc)
        assert message.startswith("p.txt: ")
        assert "\n" not in message
    else:
        assert text == data.decode(encoding)


@pytest.mark.parametrize(
    ("data", "encoding", "message"),
    [
        (b"ab\x00c", "utf-8", "p.txt: binary file (NUL byte at offset 2)"),
        ("报".encode("gb18030"), "utf-8", "p.txt: not valid utf-8 at byte offset 0 (try "),
        ("报".encode("utf-32"), "utf-8", "p.txt: UTF-32 text (byte order mark); use --encodi"),
        (b"\xff", "gb18030", "p.txt: not valid gb18030 at byte offset 0"),
        (b"%PDF-1.7\n", "auto", "p.txt: is a PDF, not text (a file named *.pdf is read as a PDF)"),
    ],
)
def test_decode_page_messages(data: bytes, encoding: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_page(data, "p.txt", encoding)
    assert str(caught.value).startswith(message)


def test_read_bytes_refuses_what_is_not_a_page_file(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_bytes(b"x" * 10)
    assert read_bytes(str(page)) == b"x" * 10
    with pytest.raises(InputError, match=r"larger than --max-page-bytes \(9 bytes\)"):
        read_bytes(str(page), 9)
    st_ = os.stat(page)
    with pytest.raises(InputError, match="is the output file; skipped"):
        read_bytes(str(page), avoid=frozenset({(st_.st_dev, st_.st_ino)}))
    with pytest.raises(InputError, match="is a directory"):
        read_bytes(str(tmp_path))
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "fifo.txt"
        os.mkfifo(fifo)
        with pytest.raises(InputError, match=r"not a regular file \(a FIFO\); skipped"):
            read_bytes(str(fifo))


def test_file_records_never_raise(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"abc\xff")
    assert file_records(str(bad))[0]["error"] == (
        f"{bad}: not valid utf-8 at byte offset 3 (try --encoding gb18030)"
    )
    good = file_records(str(SAMPLE_PATH), per_article=True)
    assert [r["article_index"] for r in good] == list(range(len(good)))


@pytest.mark.parametrize(
    ("path", "expected"),
    [("a.pdf", True), ("A.PDF", True), ("x/y.Pdf", True), ("a.pdf.txt", False), ("pdf", False)],
)
def test_is_pdf(path: str, expected: bool) -> None:
    assert is_pdf(path) is expected


# --- PDF pages -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def two_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("pypdfium2")
    pytest.importorskip("reportlab")
    from tests.pdf_fixtures import make_page
    from tests.test_cli_pdf import HEADLINES, _join, _spec

    path = tmp_path_factory.mktemp("pdf") / "two.pdf"
    return _join([make_page(_spec(h, k)).pdf for k, h in enumerate(HEADLINES)], path)


def test_pdf_records_stream_one_page_at_a_time(two_pages: Path) -> None:
    pages = pdf_records(str(two_pages))
    first = next(pages)
    assert [(r["page_number"], r["type"]) for r in first] == [(1, "Issue")]
    (second,) = next(pages)
    assert second["page_number"] == 2
    assert next(pages, None) is None


def test_pdf_page_records_are_parse_pdf_with_boxes(two_pages: Path) -> None:
    from paper_parser.pdf import article_boxes, parse_pdf

    made = [r for page in pdf_records(str(two_pages)) for r in page]
    parsed = list(parse_pdf(two_pages))
    for record, item in zip(made, parsed, strict=True):
        VALIDATOR.validate(record)
        assert record["page_size"] == [round(item.page.width, 2), round(item.page.height, 2)]
        assert paper_parser.from_dict(record, text=item.page.text) == item.issue
        for article_record, article in zip(record["articles"], item.issue.articles, strict=True):
            boxes = [
                [round(b.x0, 2), round(b.y0, 2), round(b.x1, 2), round(b.y1, 2)]
                for b in article_boxes(item.page, article)
            ]
            assert article_record["boxes"]["article"] == boxes


def test_pdf_pages_of_a_non_pdf_and_of_a_directory(tmp_path: Path) -> None:
    pytest.importorskip("pypdfium2")
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"%PDF-1.4\n")
    ((record,),) = [[item] for item in pdf_pages(str(fake))]
    assert isinstance(record, dict)
    assert record["error"].startswith(f"{fake}: is not a PDF or is damaged")
    assert [r["error"] for r in pdf_pages(str(tmp_path))] == [f"{tmp_path}: is a directory"]


def test_a_part_of_a_pdf_keeps_the_page_numbers_of_the_whole(two_pages: Path) -> None:
    whole = [r for page in pdf_records(str(two_pages)) for r in page]
    (part,) = [r for page in pdf_records(str(two_pages), pages=(2, 2)) for r in page]
    assert part == whole[1]
    assert records.pdf_page_count(str(two_pages)) == 2
    assert records.pdf_page_count(str(two_pages.parent)) is None


def test_file_records_of_a_pdf_says_to_read_it_page_by_page() -> None:
    (record,) = file_records("scans/issue.PDF")
    assert record["error"] == (
        "scans/issue.PDF: a PDF is many pages, not one text page: read it with "
        "paper_parser.records.pdf_records"
    )
