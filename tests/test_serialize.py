"""Records: to_dict / from_dict round trips, the JSON Schema, malformed records."""

from __future__ import annotations

import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import paper_parser
from paper_parser import PaperParseError, Span, from_dict, to_dict
from paper_parser.serialize import json_schema
from tests.conftest import CORPUS, ROOT
from tests.strategies import perturbed_page

SCHEMA_FILE = ROOT / "docs" / "schema" / "paper-parser-record.schema.json"
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def _round_trip(obj: object, page: str) -> object:
    record = json.loads(json.dumps(to_dict(obj), ensure_ascii=False))
    VALIDATOR.validate(record)
    return from_dict(record, text=page)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_every_corpus_page_round_trips(path: Path) -> None:
    page = path.read_text(encoding="utf-8")
    issue = paper_parser.parse_issue(page)
    assert _round_trip(issue, page) == issue
    assert _round_trip(issue.masthead, page) == issue.masthead
    for article in issue.articles:
        assert _round_trip(article, page) == article


@settings(max_examples=25)
@given(perturbed_page())
def test_perturbed_pages_round_trip(page: str) -> None:
    issue = paper_parser.parse_issue(page)
    assert _round_trip(issue, page) == issue


@given(
    st.text(
        alphabet="一二三四五六七八九十百千万亿零两半点分之第余多近约%.0123456789个名元年月日",
        max_size=30,
    )
)
def test_number_mentions_round_trip(text: str) -> None:
    for mention in paper_parser.find_numbers(text):
        assert _round_trip(mention, text) == mention


def test_record_shapes(sample_text: str) -> None:
    record = to_dict(paper_parser.parse_issue(sample_text))
    assert (record["schema_version"], record["type"]) == (5, "Issue")
    assert record["masthead"]["date"]["value"] == "2021-12-23"
    start, end = record["masthead"]["paper_name"]["span"]
    assert sample_text[start:end] == "浙江工人日报"
    numbers = [n for a in record["articles"] for n in a["numbers"]]
    # Exact numbers: one JSON type, strings str(Fraction) ("48000", "5/2").
    approx = next(n for n in numbers if n["text"] == "4.8万余名")
    assert (approx["value"], approx["approx"], approx["unit"]) == ("48000", "余", "名")
    assert {type(n["value"]) for n in numbers if n["value"] is not None} == {str}
    half = next(n for n in numbers if n["text"] == "两年半")
    assert half["value"] == "5/2"
    assert Fraction(half["value"]) == Fraction(5, 2)


def test_version_4_records_still_read() -> None:
    """Version 5 only added ``OtherBlock.people``: a record written as version 4 (no
    ``people`` on any block) reads back as the page with no people on its other blocks."""
    sample_text = (CORPUS / "renmin-style-yaowen-2024-03-06-p1.txt").read_text(encoding="utf-8")
    issue = paper_parser.parse_issue(sample_text)
    record = json.loads(json.dumps(to_dict(issue)))
    assert any(block["people"] for block in record["other"])
    for block in record["other"]:
        del block["people"]
    record["schema_version"] = 4
    loaded = from_dict(record, text=sample_text)
    assert loaded == attrs.evolve(
        issue, other=tuple(attrs.evolve(block, people=()) for block in issue.other)
    )
    record["schema_version"] = 3
    with pytest.raises(PaperParseError, match=r"schema_version 3 is not one of \[4, 5\]"):
        from_dict(record, text=sample_text)


def test_cli_records_read_back(sample_text: str) -> None:
    """A line of the CLI's JSON Lines output reads back to the library's result."""
    sample = CORPUS / "zhejiang-gongren-ribao-2021-12-23-p1.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "paper_parser", "--jsonl", str(sample)],
        capture_output=True,
        text=True,
        check=True,
    )
    record = json.loads(proc.stdout)
    assert record["file"] == str(sample)
    assert from_dict(record, text=sample_text) == paper_parser.parse_issue(sample_text)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda r: r.update(schema_version=2), "schema_version 2"),
        (lambda r: r.update(type="Nope"), "unknown record type"),
        (lambda r: r["masthead"].update(date={"value": "2021-13-40"}), "$.masthead.date"),
        (lambda r: r["masthead"]["paper_name"].update(span=[0, 10**9]), "paper_name.span"),
        (lambda r: r["articles"][0].update(bogus=1), "unknown fields ['bogus']"),
        (lambda r: r["articles"][0].pop("paragraphs"), "missing field 'paragraphs'"),
        (lambda r: r["articles"][0]["numbers"][0].update(value=1.5), "exact number"),
        (lambda r: r["articles"][0]["numbers"][0].update(value=2019), "exact number"),
        (lambda r: r["articles"][0]["numbers"][0].update(value="1e3"), "exact number"),
    ],
)
def test_malformed_records_raise_paper_parse_error(
    sample_text: str, mutate: object, message: str
) -> None:
    record = json.loads(json.dumps(to_dict(paper_parser.parse_issue(sample_text))))
    mutate(record)  # type: ignore[operator]
    with pytest.raises(PaperParseError, match=message.replace("[", r"\[").replace("$", r"\$")):
        from_dict(record, text=sample_text)


def test_non_results_are_refused() -> None:
    with pytest.raises(PaperParseError, match="cannot serialise a dict"):
        to_dict({"a": 1})
    with pytest.raises(PaperParseError, match="must be a JSON object"):
        from_dict([], text="")  # type: ignore[arg-type]
    # A bare Span is not a record type of its own.
    with pytest.raises(PaperParseError):
        to_dict(Span.of("ab", 0, 1))


def test_shipped_schema_is_current() -> None:
    shipped = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert shipped == json_schema()
    jsonschema.Draft202012Validator.check_schema(shipped)


def test_schema_rejects_a_broken_record(sample_text: str) -> None:
    record = json.loads(json.dumps(to_dict(paper_parser.parse_issue(sample_text))))
    record["articles"][0]["spans"][0] = [1, 2, 3]
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(record)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt"))[:3], ids=lambda p: p.stem)
def test_results_pickle(path: Path) -> None:
    """Process pools and cluster engines ship results between processes by pickling."""
    import pickle

    page = path.read_text(encoding="utf-8")
    issue = paper_parser.parse_issue(page)
    assert pickle.loads(pickle.dumps(issue)) == issue
    assert pickle.loads(pickle.dumps(paper_parser.parse_issue)) is paper_parser.parse_issue


@pytest.mark.parametrize("kind", ["list", "dict"])
@pytest.mark.parametrize("depth", [65, 1_000, 100_000])
def test_deep_records_raise_paper_parse_error(kind: str, depth: int) -> None:
    """A record nested far deeper than any real one: PaperParseError, not RecursionError."""
    deep: object = []
    for _ in range(depth):
        deep = [deep] if kind == "list" else {"a": deep}
    record = {"schema_version": 1, "type": "Issue", "masthead": {}, "articles": [deep]}
    with pytest.raises(PaperParseError, match=r"nested deeper than 64 levels") as caught:
        from_dict(record, text="")
    assert caught.value.message.startswith("$.articles[0]")
    assert len(str(caught.value)) < 400


def test_error_messages_stay_short(sample_text: str) -> None:
    """However large the bad value, the message is a few hundred characters."""
    huge = "字" * 1_000_000
    cases: list[dict[str, object]] = [
        {"schema_version": huge},
        {"schema_version": 1, "type": huge},
        {"schema_version": 1, "type": "Issue", "masthead": [huge] * 1000},
        {"schema_version": 1, "type": "NumberMention", "value": 10**5000},
    ]
    for record in cases:
        with pytest.raises(PaperParseError) as caught:
            from_dict(record, text=sample_text)
        assert len(str(caught.value)) < 500
    # Nesting within the limit is fine: the sample's own record, read back.
    record = json.loads(json.dumps(to_dict(paper_parser.parse_issue(sample_text))))
    assert from_dict(record, text=sample_text) == paper_parser.parse_issue(sample_text)


def test_cli_envelope_keys_are_ignored(sample_text: str) -> None:
    issue = paper_parser.parse_issue(sample_text)
    article = to_dict(issue.articles[0])
    record = {**article, "file": "x.txt", "article_index": 0, "warnings": ["backstop: x"]}
    assert from_dict(record, text=sample_text) == issue.articles[0]


def test_cli_records_validate_against_the_schema() -> None:
    """The command line's records, envelope keys included, are valid records."""
    sample = CORPUS / "zhejiang-gongren-ribao-2021-12-23-p1.txt"
    for extra in ([], ["--per-article"]):
        proc = subprocess.run(
            [sys.executable, "-m", "paper_parser", "--jsonl", *extra, str(sample)],
            capture_output=True,
            text=True,
            check=True,
        )
        records = [json.loads(line) for line in proc.stdout.splitlines()]
        for record in records:
            VALIDATOR.validate(record)
        record = {**records[0], "warnings": ["backstop-timeout: a scan ran out of time"]}
        VALIDATOR.validate(record)
        with pytest.raises(jsonschema.ValidationError):
            VALIDATOR.validate({**records[0], "file": 7})


def test_tuple_like_sequences_are_arrays_and_read_back() -> None:
    """Block.lines and Page.lines are tuple-like views (text.LineSequence), not tuples."""
    page = "浙江工人日报\n\n整治欠薪\n正文。\n"
    block = paper_parser.blocks(page)[1]
    record = to_dict(block)
    assert type(block.lines) is not tuple
    assert [line["span"] for line in record["lines"]] == [[8, 12], [13, 16]]
    assert from_dict(record, text=page) == block
    VALIDATOR.validate(record)
