"""Laid-out blocks to page text: one text line per paragraph, blank lines around headings.

The text is written for :func:`paper_parser.parse_issue`: every paragraph (its printed lines
rejoined) is one line, a block is set apart from the next by a blank line, and each part of
a headline group (kicker, headline, subtitle) and each section head is a line of its own with
blank lines around it. Each printed line of the PDF keeps the span of the text it became.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from paper_parser._pdf_layout import LaidBlock, LaidLine, Role

__all__ = ["Para", "Written", "cross_page", "paragraphs", "write"]

_HEADING_ROLES = frozenset({"kicker", "headline", "subtitle", "heading"})
# Blocks whose printed lines stay lines of text, with blank lines around (display type too:
# an advertisement's lines are each a line of its own).
_OWN_LINES = _HEADING_ROLES | {"display"}


class Para(NamedTuple):
    """One paragraph of a page, as printed.

    Attributes:
        page: The page number.
        lines: Its printed lines.
        role: The role of its block.
        continues: It goes on from the paragraph written before it.
        block_start: It opens its block.
        open_end: It is the last paragraph of a block whose last line is full.
        column: Its block sits in a column frame (shared by several lines).
        indented: Its first line is indented.
        body_type: It is set in the page's body type.
    """

    page: int
    lines: tuple[LaidLine, ...]
    role: Role
    continues: bool
    block_start: bool
    open_end: bool
    column: bool
    indented: bool
    body_type: bool


class Written(NamedTuple):
    """Text written from paragraphs, and the span (page, line, start, end) of each line."""

    text: str
    spans: tuple[tuple[int, LaidLine, int, int], ...]


def paragraphs(page: int, blocks: Iterable[LaidBlock], body_size: float) -> list[Para]:
    """The paragraphs of a page's blocks, in reading order."""
    out: list[Para] = []
    for b in blocks:
        size = b.lines[0].size
        body_type = abs(size - body_size) <= 0.06 * max(size, body_size)
        starts = (*b.paragraphs, len(b.lines))
        for k in range(len(starts) - 1):
            last = k == len(starts) - 2
            out.append(
                Para(
                    page=page,
                    lines=b.lines[starts[k] : starts[k + 1]],
                    role=b.role,
                    continues=b.continues and k == 0,
                    block_start=k == 0,
                    open_end=b.open_end and last,
                    column=b.column,
                    indented=b.indented if k == 0 else True,
                    body_type=body_type,
                )
            )
    return out


def _needs_space(before: str, after: str) -> bool:
    """Printed lines of Latin words are rejoined with a space; Han and digits with nothing."""
    return before.isascii() and after.isascii() and before.isalpha() and after.isalnum()


def write(paras: Iterable[Para]) -> Written:
    """The text of ``paras`` in order and the span of every printed line in it.

    A body paragraph is one line of text (its printed lines rejoined); a heading keeps its
    printed lines as lines of text, so the text parser reads a title wrapped over lines
    (and a column name in brackets after it) as it reads extracted text; a subtitle's lines
    are rejoined (one subtitle: a short line opened by a dash is no signature), and so is a
    heading's line of one character (the end of a letter-spaced headline: no title line).
    """
    parts: list[str] = []
    spans: list[tuple[int, LaidLine, int, int]] = []
    pos = 0
    last_char = ""
    before: Para | None = None
    for p in paras:
        heading = p.role in _OWN_LINES
        sep = _separator(before, p) if parts else ""
        for k, ln in enumerate(p.lines):
            text = ln.text
            if k == 0 and sep:
                parts.append(sep)
                pos += len(sep)
            elif k and heading and p.role != "subtitle" and len(text) > 1:
                parts.append("\n")
                pos += 1
            elif parts and _needs_space(last_char, text[:1]):
                parts.append(" ")
                pos += 1
            parts.append(text)
            spans.append((p.page, ln, pos, pos + len(text)))
            pos += len(text)
            last_char = text[-1:]
        before = p
    if parts:
        parts.append("\n")
    return Written(text="".join(parts), spans=tuple(spans))


def _separator(before: Para | None, p: Para) -> str:
    """What goes between the paragraph written last and ``p``."""
    if p.continues or _same_heading(before, p):
        one = len(p.lines[0].text) == 1  # a heading's line of one character: no title line
        return "" if p.continues or p.role == "subtitle" or one else "\n"
    if p.role == "caption" and before is not None and before.role == "caption":
        return "\n"  # a caption and its photo credit: one block
    heading = p.role in _OWN_LINES
    after_heading = before is not None and before.role in _OWN_LINES
    return "\n\n" if heading or after_heading or p.block_start else "\n"


def _same_heading(a: Para | None, b: Para) -> bool:
    """Two blocks of one headline (or kicker, subtitle) in one type: one line of text.

    The lines of one heading are set one under another, over the same columns; two
    headings in one type side by side (no part of one over the other: the headlines of
    two articles of a row) are two, set apart by a blank line as headings of two groups
    are (the layout's heading groups are stacked blocks too)."""
    if a is None or a.role != b.role or b.role not in ("kicker", "headline", "subtitle"):
        return False
    x, y = a.lines[-1], b.lines[0]
    over = min(max(ln.x1 for ln in a.lines), y.x1) - max(min(ln.x0 for ln in a.lines), y.x0)
    return x.size == y.size and x.bold == y.bold and y.top >= x.top and over > 0


def cross_page(before: list[Para], after: list[Para]) -> list[Para] | None:
    """``before`` + ``after`` with a paragraph that runs over the page break rejoined.

    When the last body paragraph of ``before`` runs to its column's edge and the first body
    paragraph of ``after`` opens unindented in a column of the same type, the two are one
    paragraph: the page's trailing lines (a footer, at most two one-line blocks) and the next
    page's leading ones (a running head) are moved after it. ``None`` when there is no such
    paragraph.
    """
    last = _last_body(before)
    first = _first_body(after)
    if last is None or first is None:
        return None
    p, q = before[last], after[first]
    tail, head = before[last + 1 :], after[:first]
    furniture = [*tail, *head]
    if len(tail) > 2 or len(head) > 2 or any(len(x.lines) > 1 for x in furniture):
        return None
    if not (p.open_end and p.column and q.column and not q.indented and q.block_start):
        return None
    a, b = p.lines[-1], q.lines[0]
    if abs(a.size - b.size) > 0.06 * max(a.size, b.size) or a.bold != b.bold:
        return None
    joined = q._replace(continues=True)
    return [*before[: last + 1], joined, *furniture, *after[first + 1 :]]


def _last_body(paras: Sequence[Para]) -> int | None:
    for i in range(len(paras) - 1, -1, -1):
        if paras[i].role == "body" and paras[i].body_type and paras[i].column:
            return i
    return None


def _first_body(paras: Sequence[Para]) -> int | None:
    for i, p in enumerate(paras):
        if p.role == "body" and p.body_type and p.column:
            return i
    return None
