"""impresso-style content items: valid against their JSON Schema, offsets into the page text."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings

from paper_parser import Issue, parse_issue, to_impresso
from paper_parser.impresso import content_items, json_schema
from tests.conftest import CORPUS
from tests.strategies import hostile_page

ROOT = CORPUS.parent
SCHEMA_FILE = ROOT / "docs" / "schema" / "impresso-content-item.schema.json"
PAGES = sorted(p for p in CORPUS.rglob("*.txt") if p.parent.name != "sentences")
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


def test_the_shipped_schema_is_current() -> None:
    shipped = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert shipped == json_schema(), "run python scripts/gen_impresso_schema.py"
    jsonschema.Draft202012Validator.check_schema(shipped)


def _check(page: str, items: list[dict[str, object]]) -> None:
    for item in items:
        # Through JSON, as a reader gets it.
        item = json.loads(json.dumps(item, ensure_ascii=False))
        errors = [e.message for e in VALIDATOR.iter_errors(item)]
        assert not errors, errors
        ft = item["ft"]
        assert isinstance(ft, str)
        (pg,) = item["ppreb"]  # type: ignore[misc]
        covered = 0
        for piece in pg["t"]:
            s, n, o = piece["s"], piece["l"], piece["o"]
            assert ft[s : s + n] == page[o : o + n]
            covered += n
        # Everything in ft comes from the page, but the line feeds between units.
        assert covered + len(item["pb"]) == len(ft)  # type: ignore[arg-type]
        for offsets in (item["lb"], item["pb"], item["rb"]):
            assert all(0 < x <= len(ft) for x in offsets)  # type: ignore[attr-defined]
        for x in item["pb"]:  # type: ignore[attr-defined]
            assert ft[x - 1] == "\n"


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_every_corpus_page(path: Path) -> None:
    page = _read(path)
    issue = parse_issue(page)
    items = content_items(issue, page_id=path.stem)
    assert len(items) == len(issue.articles)
    _check(page, items)


@settings(max_examples=60, deadline=None)
@given(hostile_page())
def test_any_page(page: str) -> None:
    _check(page, content_items(parse_issue(page), page_id="x", ts="2026-01-31T12:00:00Z"))


@pytest.fixture(scope="module")
def sample(sample_text: str) -> tuple[Issue, list[dict[str, object]]]:
    issue = parse_issue(sample_text)
    return issue, content_items(issue, page_id="zjgr-2021-12-23-01")


def test_sample_items(sample: tuple[Issue, list[dict[str, object]]]) -> None:
    issue, items = sample
    assert [i["id"] for i in items] == [f"zjgr-2021-12-23-01-i000{n}" for n in range(1, 6)]
    first = items[0]
    assert (first["tp"], first["lg"], first["d"]) == ("ar", "zh", "2021-12-23")
    assert first["t"] == "把职工放在心间 把责任扛在肩上"
    ft = first["ft"]
    assert isinstance(ft, str)
    assert ft.startswith("把职工放在心间 把责任扛在肩上\n——浙江工会")
    for par in issue.articles[0].paragraphs:
        assert par.text in ft
    meta = first["meta"]
    assert isinstance(meta, dict)
    assert meta["people"] == [{"name": "阮向民", "role": "reporter"}]
    assert meta["paper"] == "浙江工人日报"
    third = items[2]["meta"]
    assert isinstance(third, dict)
    assert third["column"] == "新华时评"
    assert third["dateline"] == {
        "text": "新华社北京12月22日电",
        "agency": "新华社",
        "place": "北京",
        "date": "2021-12-22",
    }
    assert "ts" not in first  # no clock


def test_a_rejoined_word_is_two_pieces_on_two_lines(
    sample: tuple[Issue, list[dict[str, object]]],
) -> None:
    # 三级总␤␤工会: the paragraph reads 三级总工会; ft keeps the word whole, lb marks the break.
    _, items = sample
    ft = items[0]["ft"]
    assert isinstance(ft, str)
    at = ft.index("三级总工会") + 3
    assert at in items[0]["lb"]  # type: ignore[operator]


def test_several_pages_and_the_page_number(sample_text: str) -> None:
    web = (CORPUS / "web" / "guangming-ribao-2012-10-27-06.txt").read_text(encoding="utf-8")
    items = to_impresso({"a": parse_issue(sample_text), "b": parse_issue(web)})
    assert [i["id"] for i in items][-1] == "b-i0001"
    assert items[-1]["pp"] == [6]
    assert items[-1]["ppreb"][0]["n"] == 6  # type: ignore[index]
    assert "pp" not in items[0]  # the sample page prints no page number
    numbered = to_impresso([parse_issue(sample_text)])
    assert numbered[0]["id"] == "page0-i0001"
