"""PDFs through the ``paper-parser`` command, run as a subprocess: one record per page with its
number, size and boxes; encrypted, truncated and image-only PDFs are error records and the run
goes on; the same records with --jobs 2; every record valid against the shipped schema.

The PDFs are generated (tests/pdf_fixtures.py: reportlab and the built-in CID font), pages
joined into one document with pypdfium2.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

pytest.importorskip("pypdfium2", reason="the 'pdf' extra (pypdfium2) is not installed")
pytest.importorskip("reportlab", reason="reportlab (test extra) is not installed")

import pypdfium2  # type: ignore[import-untyped,import-not-found,unused-ignore]

from tests.pdf_fixtures import (
    FONT,
    ArticleSpec,
    PageSpec,
    make_page,
    paragraph,
    scan_like_pdf,
    unmapped_pdf,
)

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads(
    (ROOT / "docs" / "schema" / "paper-parser-record.schema.json").read_text(encoding="utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

# Two pages, two articles each: the headlines the records must find, page by page.
HEADLINES = (
    ("全市工业生产稳中有进", "农村道路建设加快推进"),
    ("科技创新成果不断涌现", "社区服务更加便民利民"),
)


def _spec(headlines: tuple[str, str], seed: int) -> PageSpec:
    import random

    rng = random.Random(seed)
    arts = tuple(
        ArticleSpec(
            headline=h,
            byline=f"本报记者 {('李华', '刘芳')[k]}",
            paragraphs=tuple(paragraph(rng, 3) for _ in range(3)),
            columns=2,
        )
        for k, h in enumerate(headlines)
    )
    return PageSpec(columns=2, rows=tuple((a,) for a in arts))


def _join(pdfs: list[bytes], path: Path) -> Path:
    doc = pypdfium2.PdfDocument.new()
    for data in pdfs:
        doc.import_pages(pypdfium2.PdfDocument(data))
    doc.save(str(path))
    return path


def _encrypted() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, encrypt="pw")
    c.setFont(FONT, 12)
    c.drawString(72, 720, "锁住的一页。")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdfs")
    two = _join([make_page(_spec(h, k)).pdf for k, h in enumerate(HEADLINES)], folder / "two.pdf")
    whole = two.read_bytes()
    (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 3])
    (folder / "encrypted.pdf").write_bytes(_encrypted())
    (folder / "scan.pdf").write_bytes(scan_like_pdf())
    (folder / "unmapped.pdf").write_bytes(unmapped_pdf())
    pages = [make_page(_spec(h, k)).pdf for k, h in enumerate(HEADLINES)]
    _join([*pages, *pages, scan_like_pdf()], folder / "seven.pdf")  # read in parts of 4 pages
    (folder / "not-a-pdf.pdf").write_text("浙江工人日报\n", encoding="utf-8")
    (folder / "page.txt").write_text("浙江工人日报\n2021年12月23日\n", encoding="utf-8")
    return {p.stem: p for p in folder.iterdir()}


def cli(*args: str | Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """``python -m paper_parser ARGS`` in a child process."""
    done = subprocess.run(
        [sys.executable, "-m", "paper_parser", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        env={**os.environ, **(env or {})},
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def jsonl(out: str) -> list[dict[str, Any]]:
    records = [json.loads(line) for line in out.splitlines()]
    for record in records:
        VALIDATOR.validate(record)
    return records


def _headlines(record: dict[str, Any]) -> list[str]:
    return [a["headline"]["text"] for a in record["articles"] if a["headline"] is not None]


def test_two_pages_give_two_records_with_their_numbers_and_headlines(
    pdfs: dict[str, Path],
) -> None:
    status, out, err = cli("--jsonl", pdfs["two"])
    assert (status, err) == (0, "paper-parser: 2 pages, 0 failed\n")
    records = jsonl(out)
    assert [(r["type"], r["file"], r["page_number"]) for r in records] == [
        ("Issue", str(pdfs["two"]), 1),
        ("Issue", str(pdfs["two"]), 2),
    ]
    assert [tuple(_headlines(r)) for r in records] == list(HEADLINES)
    for record in records:
        width, height = record["page_size"]
        assert (round(width), round(height)) == (842, 1191)  # A3 portrait
        for article in record["articles"]:
            boxes = article["boxes"]
            assert boxes["article"], article["headline"]
            for x0, y0, x1, y1 in boxes["article"]:
                assert 0 <= x0 < x1 <= width
                assert 0 <= y0 < y1 <= height
            assert set(map(tuple, boxes["headline"])) <= set(map(tuple, boxes["article"]))
            assert len(boxes["paragraphs"]) == len(article["paragraphs"])
            assert len(boxes["bylines"]) == len(article["bylines"]) == 1
    # Headlines are set large at the top of each article: the first article's headline is
    # above its first paragraph, and the second article is below the first.
    first, second = records[0]["articles"]
    assert first["boxes"]["headline"][0][3] <= first["boxes"]["paragraphs"][0][0][1]
    assert first["boxes"]["article"][-1][3] <= second["boxes"]["headline"][0][1]


def test_per_article_records_carry_page_and_boxes(pdfs: dict[str, Path]) -> None:
    status, out, _ = cli("--jsonl", "--per-article", pdfs["two"])
    records = jsonl(out)
    assert status == 0
    assert [(r["page_number"], r["article_index"], r["headline"]["text"]) for r in records] == [
        (page, index, headline)
        for page, heads in enumerate(HEADLINES, 1)
        for index, headline in enumerate(heads)
    ]
    assert all(r["boxes"]["headline"] for r in records)


def test_bad_pdfs_are_error_records_and_the_run_goes_on(pdfs: dict[str, Path]) -> None:
    names = ("encrypted", "truncated", "not-a-pdf", "scan", "page")
    status, out, err = cli("--jsonl", *(pdfs[n] for n in names))
    assert status == 2
    records = jsonl(out)
    got = [(r["type"], Path(r["file"]).stem, r.get("page_number")) for r in records]
    assert got == [
        ("Error", "encrypted", None),
        ("Error", "truncated", None),
        ("Error", "not-a-pdf", None),
        ("Issue", "scan", 1),
        ("Error", "scan", 2),
        ("Issue", "scan", 3),
        ("Issue", "page", None),
    ]
    errors = [r["error"] for r in records if r["type"] == "Error"]
    assert errors == [
        f"{pdfs['encrypted']}: is encrypted (password-protected); the command line reads PDFs "
        "without one",
        f"{pdfs['truncated']}: is not a PDF or is damaged (truncated, or its cross-reference "
        "table is broken)",
        f"{pdfs['not-a-pdf']}: is not a PDF or is damaged (truncated, or its cross-reference "
        "table is broken)",
        f"{pdfs['scan']}: page 2 has no text layer; it needs OCR first",
    ]
    assert [line.removeprefix("paper-parser: ") for line in err.splitlines()[:4]] == errors
    assert err.splitlines()[-1] == "paper-parser: 7 pages, 4 failed"
    assert records[3]["articles"] or records[3]["other"]  # page 1 of the scan was parsed


def test_characters_a_font_does_not_map_are_a_warning_or_an_error(
    pdfs: dict[str, Path],
) -> None:
    status, out, err = cli("--jsonl", pdfs["unmapped"])
    assert status == 2
    first, second = jsonl(out)
    note = (
        "page 1: 3 of 25 printed characters have no Unicode mapping in the text layer (a font "
        "without a ToUnicode map); that text is missing or garbled: OCR the page for it"
    )
    assert (first["type"], first["page_number"], first["warnings"]) == ("Issue", 1, [note])
    assert (second["type"], second["page_number"]) == ("Error", 2)
    assert second["error"] == (
        f"{pdfs['unmapped']}: page 2 has no usable text layer: 20 of 20 printed characters "
        "map to no character (fonts without a ToUnicode map); it needs OCR first"
    )
    assert f"paper-parser: warning: {pdfs['unmapped']}: {note}" in err.splitlines()


def test_jobs_2_gives_the_same_records(pdfs: dict[str, Path]) -> None:
    inputs = [pdfs[n] for n in ("two", "scan", "page", "encrypted", "two")]
    one = cli("--jsonl", "--jobs", "1", *inputs)
    two = cli("--jsonl", "--jobs", "2", *inputs)
    assert one == two
    assert [r.get("page_number") for r in jsonl(one[1])] == [1, 2, 1, 2, 3, None, None, 1, 2]


def test_a_long_pdf_is_read_in_parts_with_the_same_records_whatever_jobs(
    pdfs: dict[str, Path],
) -> None:
    one = cli("--jsonl", "--jobs", "1", pdfs["seven"], pdfs["page"])
    two = cli("--jsonl", "--jobs", "2", pdfs["seven"], pdfs["page"])
    assert one == two
    status, out, err = one
    records = jsonl(out)
    assert status == 2
    assert [(r["type"], r.get("page_number")) for r in records] == [
        ("Issue", 1),
        ("Issue", 2),
        ("Issue", 3),
        ("Issue", 4),
        ("Issue", 5),
        ("Error", 6),  # page 2 of the second part (pages 5-7): numbered in the whole file
        ("Issue", 7),
        ("Issue", None),
    ]
    assert records[5]["error"] == f"{pdfs['seven']}: page 6 has no text layer; it needs OCR first"
    assert [tuple(_headlines(r)) for r in records[:4]] == [*HEADLINES, *HEADLINES]
    assert err.splitlines()[-1] == "paper-parser: 8 pages, 1 failed"


def test_a_directory_gives_its_pdfs_and_texts(tmp_path: Path, pdfs: dict[str, Path]) -> None:
    (tmp_path / "b.pdf").write_bytes(pdfs["two"].read_bytes())
    (tmp_path / "a.txt").write_bytes(pdfs["page"].read_bytes())
    (tmp_path / "notes.md").write_text("not a page", encoding="utf-8")
    status, out, _ = cli("--jsonl", tmp_path)
    assert status == 0
    got = [(Path(r["file"]).name, r.get("page_number")) for r in jsonl(out)]
    assert got == [("a.txt", None), ("b.pdf", 1), ("b.pdf", 2)]


def test_max_page_bytes_is_the_text_of_each_pdf_page(pdfs: dict[str, Path]) -> None:
    status, out, _ = cli("--jsonl", "--max-page-bytes", "30", pdfs["scan"])
    records = jsonl(out)
    assert status == 2
    # Pages 1 and 3 print 7 characters (21 bytes) each: under the limit.
    assert [(r["type"], r.get("page_number")) for r in records] == [
        ("Issue", 1),
        ("Error", 2),
        ("Issue", 3),
    ]
    status, out, _ = cli("--jsonl", "--max-page-bytes", "10", pdfs["scan"])
    assert jsonl(out)[0]["error"] == (
        f"{pdfs['scan']}: page 1: text larger than --max-page-bytes (10 bytes); not parsed"
    )


def test_without_the_pdf_extra_a_pdf_is_one_error_record(pdfs: dict[str, Path]) -> None:
    code = (
        "import sys; sys.modules['pypdfium2'] = None\n"
        "from paper_parser.cli import main\n"
        "raise SystemExit(main(sys.argv[1:]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--jsonl", str(pdfs["two"]), str(pdfs["page"])],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    records = jsonl(done.stdout)
    assert [r["type"] for r in records] == ["Error", "Issue"]
    assert records[0]["error"] == (
        f'{pdfs["two"]}: reading PDFs needs the pdf extra: pip install "paper-parser[pdf]"'
    )


def test_pdf_pages_in_the_other_formats(tmp_path: Path, pdfs: dict[str, Path]) -> None:
    status, out, _ = cli("--format", "impresso", pdfs["two"])
    assert status == 0
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    stem = str(pdfs["two"])[: -len(".pdf")]
    assert ids == [f"{stem}-p000{p}-i000{i}" for p in (1, 2) for i in (1, 2)]
    status, out, _ = cli("--format", "tei", pdfs["two"], pdfs["scan"])
    assert status == 2
    assert out.count("<TEI ") + out.count("<TEI>") == 4  # two pages, and pages 1 and 3
    assert f"{pdfs['two']}#page=2" in out
    pa = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "articles.parquet"
    status, _, _ = cli("--format", "parquet", "-o", target, pdfs["two"], pdfs["scan"])
    assert status == 2
    pages = pa.read_table(tmp_path / "articles.pages.parquet").to_pylist()
    assert [(p["page_id"], p["page_number"], p["error"] is not None) for p in pages] == [
        (f"{pdfs['two']}#page=1", 1, False),
        (f"{pdfs['two']}#page=2", 2, False),
        (f"{pdfs['scan']}#page=1", 1, False),
        (f"{pdfs['scan']}#page=2", 2, True),
        (f"{pdfs['scan']}#page=3", 3, False),
    ]
    articles = pa.read_table(target).to_pylist()
    assert [(a["article_id"], a["page_number"]) for a in articles[:3]] == [
        (f"{pdfs['two']}#page=1#0", 1),
        (f"{pdfs['two']}#page=1#1", 1),
        (f"{pdfs['two']}#page=2#0", 2),
    ]


def test_view_draws_a_pdf_page(tmp_path: Path, pdfs: dict[str, Path]) -> None:
    target = tmp_path / "page.html"
    status, _, err = cli("view", "--page", "2", "-o", target, pdfs["two"])
    assert (status, err) == (0, "")
    html = target.read_text(encoding="utf-8")
    assert HEADLINES[1][0] in html
    assert HEADLINES[0][0] not in html
    status, _, err = cli("view", "--page", "3", pdfs["two"])
    assert (status, err) == (2, f"paper-parser: {pdfs['two']}: has 2 pages, not 3\n")
    status, _, err = cli("view", "--page", "2", pdfs["scan"])
    assert (status, err) == (
        2,
        f"paper-parser: {pdfs['scan']}: page 2 has no text layer; it needs OCR first\n",
    )


def test_an_interrupted_pdf_run_keeps_whole_records_of_its_pages(
    tmp_path: Path, pdfs: dict[str, Path]
) -> None:
    """SIGINT in the middle of a long PDF: status 130, the temporary file holds whole records
    of the first pages, in order, and the target is not created."""
    import signal
    import time

    long_pdf = tmp_path / "long.pdf"
    doc = pypdfium2.PdfDocument.new()
    source = pypdfium2.PdfDocument(str(pdfs["two"]))
    for _ in range(40):
        doc.import_pages(source)
    doc.save(str(long_pdf))
    target = tmp_path / "pages.jsonl"
    child = subprocess.Popen(
        [sys.executable, "-m", "paper_parser", "--jsonl", "-q", "-o", str(target), str(long_pdf)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(
        p.stat().st_size for p in tmp_path.glob("pages.jsonl.*.part")
    ):
        time.sleep(0.05)
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=120)
    assert child.returncode == 130, err
    assert not target.exists()
    (part,) = tmp_path.glob("pages.jsonl.*.part")
    records = jsonl(part.read_text(encoding="utf-8"))
    assert 1 <= len(records) < 80
    assert [r["page_number"] for r in records] == list(range(1, len(records) + 1))
    assert err.startswith(f"paper-parser: interrupted after {len(records)} pages; ")
