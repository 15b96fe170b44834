"""An HTML view of a parsed page: the printed text with everything the parser found highlighted.

:func:`render_html` returns one self-contained HTML document (inline CSS and a few lines of
inline JavaScript; no network, no external assets, no web fonts) in the spirit of spaCy's
displaCy: the page text exactly as printed, in printed order, with masthead fields, headings,
bylines, datelines, photo credits, section heads, re-joined breaks, re-linked fragments and
quantity mentions each in their own colour, a legend (with switches to hide a layer) and a
hover tooltip carrying the parsed value (``4.8万余名 → 48000 (cardinal, approx 余, unit 名)``).

Each article's region is outlined in its own colour and numbered (``A1``, ``A2`` ... in the
margin; a part printed elsewhere on the page is outlined dashed, ``A2…``). A side panel shows
the parsed record of the article under the pointer: headings, bylines with the people's roles,
the dateline, the paragraphs, every quantity with its value and every date with its
resolution. ``j``/``k`` (or ``n``/``p``) go to the next or previous article, ``Tab`` visits
them in turn, ``Esc`` clears, and a link to ``#pp-article-3`` opens with article 3 chosen. A
print stylesheet drops the switches and bars and prints the text with its outlines, then
every article's record.

Guarantees:

* every character of the page appears exactly once, in order, inside ``<div id="pp-page">``
  (tags stripped and entities unescaped give back the page; a carriage return is written as
  ``&#13;`` so that HTML parsing does not fold it into a line feed);
* all page text and every attribute value go through ``html.escape``; a
  Content-Security-Policy admits only the page's own style and script (by hash), so even a
  hostile page cannot load or run anything;
* annotations nest: when two of them cross, the inner one (in the order regions, headings and
  credits, joins and re-links, people/numbers) is split at the boundary of the outer one;
* the output depends only on the arguments (pure, deterministic).

>>> from paper_parser import parse_issue
>>> page = "市里开会\\n\\n本报讯 记者程雪报道 昨日,4.8万余名职工<参加>。\\n"
>>> doc = render_html(parse_issue(page), page)
>>> doc.startswith("<!DOCTYPE html>")
True
>>> "4.8万余名 → 48000 (cardinal, approx 余, unit 名)" in doc
True
>>> "&lt;参加&gt;" in doc and "<参加>" not in doc
True
"""

from __future__ import annotations

import base64
import bisect
import datetime
import hashlib
import html
from collections.abc import Iterable, Iterator
from fractions import Fraction
from typing import Any

import attrs

from paper_parser._types import Span
from paper_parser.segment import Article, Issue

__all__ = ["render_html"]


# --- categories ------------------------------------------------------------------------------

# (kind, legend label, CSS declarations). The order is the legend's order.
_CATEGORIES: tuple[tuple[str, str, str], ...] = (
    ("masthead", "masthead field", "background:#fde68a;"),
    ("kicker", "kicker (引题)", "background:#e9d5ff;"),
    ("headline", "headline (主题)", "background:#c4b5fd;font-weight:bold;"),
    ("subtitle", "subtitle (副题)", "background:#ede9fe;"),
    ("column", "column label (栏目)", "background:#f5d0fe;"),
    ("section", "section head (小标题)", "background:#bae6fd;font-weight:bold;"),
    ("byline", "byline", "background:#bbf7d0;"),
    ("dateline", "dateline (电头)", "background:#99f6e4;"),
    ("credit", "photo credit", "background:#fed7aa;"),
    ("person", "person", "border-bottom:2px dotted #15803d;"),
    ("join", "re-joined break", "background:#d9f99d;outline:1px dashed #4d7c0f;"),
    ("relink", "re-linked fragment", "background:#dbeafe;border-bottom:2px solid #2563eb;"),
    ("number", "quantity", "background:#fecaca;border-bottom:2px solid #dc2626;"),
    ("other", "other block", "color:#6b7280;"),
)

# Nesting order: a lower rank is an outer layer; crossing inner annotations are split.
_REGION, _BLOCK, _LINK, _LEAF = 0, 1, 2, 3


@attrs.frozen(kw_only=True)
class _Ann:
    start: int
    end: int
    rank: int
    kind: str  # the legend category (CSS class pp-<kind>)
    tip: str
    tag: str = "mark"
    extra: tuple[tuple[str, str], ...] = ()  # further attributes, in output order
    anchor: str | None = None  # id, written on the first piece only
    classes: str = ""  # further CSS classes


@attrs.define
class _Node:
    start: int
    end: int
    ann: _Ann | None = None
    first: bool = True
    children: list[_Node] = attrs.Factory(list)


# --- values as text --------------------------------------------------------------------------


def _fmt_number(n: Fraction) -> str:
    """A Fraction as an exact decimal when it has one, else ``p/q``.

    >>> _fmt_number(Fraction(48000)), _fmt_number(Fraction(18, 5)), _fmt_number(Fraction(1, 3))
    ('48000', '3.6', '1/3')
    """
    if n.denominator == 1:
        return str(n.numerator)
    d, twos, fives = n.denominator, 0, 0
    while d % 2 == 0:
        d, twos = d // 2, twos + 1
    while d % 5 == 0:
        d, fives = d // 5, fives + 1
    if d != 1:
        return f"{n.numerator}/{n.denominator}"
    k = max(twos, fives)
    digits = str(abs(n.numerator) * 10**k // n.denominator).rjust(k + 1, "0")
    return ("-" if n < 0 else "") + digits[:-k] + "." + digits[-k:]


def _fmt_value(v: object) -> str:
    if isinstance(v, Fraction):
        return _fmt_number(v)
    if isinstance(v, datetime.date):
        return v.isoformat()
    return str(v)


_SKIP_FIELDS = frozenset({"span", "text", "value", "numeral", "spans", "people", "lines"})


def _describe(obj: object) -> str:
    """``value (field value, ...)`` for a result object, generically over its attrs fields."""
    head = ""
    if hasattr(obj, "value"):
        head = _fmt_value(obj.value)
    elif type(obj).__str__ is not object.__str__:  # e.g. CNNumber prints as "33-0018"
        head = str(obj)
    extras = []
    cls: Any = type(obj)
    if attrs.has(cls):
        for field in attrs.fields(cls):
            if field.name in _SKIP_FIELDS or field.name.startswith("_"):
                continue
            v = getattr(obj, field.name)
            if v is None or v is False or isinstance(v, tuple):
                continue
            extras.append(field.name if v is True else f"{field.name} {_fmt_value(v)}")
    if head and extras:
        return f"{head} ({', '.join(extras)})"
    return head or ", ".join(extras)


def _people(people: Iterable[Any]) -> str:
    return ", ".join(f"{p.name} ({p.role})" for p in people)


def _number_tip(m: Any) -> str:
    if m.value is not None:
        value = _fmt_number(m.value)
    elif m.low is not None and m.high is not None:
        value = f"{_fmt_number(m.low)}–{_fmt_number(m.high)}"
    else:
        value = "?"
    notes = [str(m.kind)]
    if m.approx is not None:
        notes.append(f"approx {m.approx}")
    if m.unit is not None:
        notes.append(f"unit {m.unit}")
    for flag in ("colloquial", "lunar"):
        if getattr(m, flag, False):
            notes.append(flag)
    digits = getattr(m, "digits", None)
    if digits is not None:
        notes.append(f"digits {digits}")
    return f"{m.text} → {value} ({', '.join(notes)})"


# --- annotations -----------------------------------------------------------------------------


def _span_of(obj: object) -> Span | None:
    span = getattr(obj, "span", None)
    return span if isinstance(span, Span) else None


def _masthead_anns(masthead: Any) -> Iterator[_Ann]:
    for span in masthead.spans:
        yield _Ann(
            start=span.start,
            end=span.end,
            rank=_REGION,
            kind="region",
            tip="masthead",
            tag="span",
            extra=(("data-region", "masthead"),),
        )
    for field in attrs.fields(type(masthead)):
        if field.name in ("spans", "warnings"):
            continue
        value = getattr(masthead, field.name)
        for item in value if isinstance(value, tuple) else (value,):
            span = _span_of(item)
            if span is None:
                continue
            described = _describe(item)
            tip = f"{field.name}: {item.text}"
            if described and described != item.text:
                tip += f" → {described}"
            yield _masthead_ann(span, tip, ("data-field", field.name))
    for warning in masthead.warnings:
        span = _span_of(warning)
        if span is not None:
            tip = f"masthead warning {warning.code}: {warning.message}"
            yield _masthead_ann(span, tip, ("data-warning", warning.code))


def _masthead_ann(span: Any, tip: str, attribute: tuple[str, str]) -> _Ann:
    return _Ann(
        start=span.start, end=span.end, rank=_BLOCK, kind="masthead", tip=tip, extra=(attribute,)
    )


def _person_anns(people: Iterable[Any]) -> Iterator[_Ann]:
    for p in people:
        yield _Ann(
            start=p.span.start,
            end=p.span.end,
            rank=_LEAF,
            kind="person",
            tip=f"person: {p.name} ({p.role})",
        )


def _region_anns(n: int, art: Article) -> Iterator[_Ann]:
    """The article's regions: outlined and numbered, one Tab stop on the first."""
    label = art.headline.text if art.headline is not None else "(no headline)"
    for i, span in enumerate(art.spans):
        extra = [
            ("data-region", "article"),
            ("data-article", str(n)),
            ("data-badge", f"A{n}" if i == 0 else f"A{n}…"),
        ]
        if i == 0:  # one stop per article for the Tab key
            extra.append(("tabindex", "0"))
        yield _Ann(
            start=span.start,
            end=span.end,
            rank=_REGION,
            kind="region",
            tip=f"article {n}: {label}",
            tag="span",
            extra=tuple(extra),
            anchor=f"pp-article-{n}" if i == 0 else None,
            classes=f"pp-article pp-hue-{(n - 1) % len(_HUES)}" + ("" if i == 0 else " pp-more"),
        )


def _block(span: Any, kind: str, tip: str, people: Iterable[Any] = ()) -> Iterator[_Ann]:
    """One block-rank annotation over ``span``, then the people named inside it."""
    yield _Ann(start=span.start, end=span.end, rank=_BLOCK, kind=kind, tip=tip)
    yield from _person_anns(people)


def _byline_tip(by: Any) -> str:
    notes = [f"{name} {v}" for name in ("source", "agency", "place") if (v := getattr(by, name))]
    if by.date is not None:
        notes.append(f"date {by.date.isoformat()}")
    if by.people:
        notes.append(f"people {_people(by.people)}")
    return f"byline: {'; '.join(notes)}" if notes else "byline"


def _dateline_tip(dl: Any) -> str:
    notes = [f"agency {dl.agency}"]
    if dl.place:
        notes.append(f"place {dl.place}")
    if dl.date is not None:
        notes.append(f"date {dl.date.isoformat()}")
    elif dl.month is not None or dl.day is not None:
        notes.append(f"month {dl.month}, day {dl.day}")
    notes.append(f"at the {dl.position}")
    if dl.people:
        notes.append(f"people {_people(dl.people)}")
    return f"dateline: {'; '.join(notes)}"


def _head_anns(n: int, art: Article) -> Iterator[_Ann]:
    """Headline group, section heads, bylines, dateline and photo credits."""
    for kind in ("kicker", "headline", "subtitle", "column"):
        heading = getattr(art, kind)
        if heading is not None:
            yield from _block(heading.span, kind, f"{kind} of article {n}: {heading.text}")
    for head in art.section_heads:
        yield from _block(head.span, "section", f"section head of article {n}")
    for by in art.bylines:
        yield from _block(by.span, "byline", _byline_tip(by), by.people)
    if art.dateline is not None:
        yield from _block(
            art.dateline.span, "dateline", _dateline_tip(art.dateline), art.dateline.people
        )
    for credit in art.photo_credits:
        who = f": {_people(credit.people)}" if credit.people else ""
        yield from _block(credit.span, "credit", f"photo credit{who}", credit.people)


def _join_anns(art: Article, text: str) -> Iterator[_Ann]:
    """Every re-joined line break: the characters either side, and the gap cut out."""
    for j in art.joins:
        gap = j.gap
        s = gap.start - len(j.before)
        e = gap.end + len(j.after)
        if s < 0 or text[s : gap.start] != j.before or text[gap.end : e] != j.after:
            s, e = gap.start, gap.end
        cut = gap.text.strip()
        removed = f"blank lines and “{cut}”" if cut else "blank lines"
        tip = f"re-joined break: {j.before}|{j.after} (cut out {removed})"
        yield _Ann(start=s, end=e, rank=_LINK, kind="join", tip=tip)
        yield _Ann(
            start=gap.start,
            end=gap.end,
            rank=_LEAF,
            kind="join",
            tip=tip,
            tag="span",
            extra=(("data-gap", "1"),),
        )


def _relink_anns(n: int, art: Article) -> Iterator[_Ann]:
    """Both ends of every fragment re-linked across the page, each a link to the other."""
    for index, r in enumerate(art.relinks, 1):
        k = f"{n}-{index}"
        for end, other, what in (("head", "tail", "continues at"), ("tail", "head", "continues")):
            span, target = (r.head, r.tail) if end == "head" else (r.tail, r.head)
            snippet = target.text[:12] if end == "head" else target.text[-12:]
            yield _Ann(
                start=span.start,
                end=span.end,
                rank=_LINK,
                kind="relink",
                tip=f"re-linked fragment ({end}) {what} “{snippet}” (click to jump)",
                tag="a",
                extra=(("href", f"#pp-relink-{k}-{other}"), ("data-relink", end)),
                anchor=f"pp-relink-{k}-{end}",
            )


def _number_anns(art: Article) -> Iterator[_Ann]:
    for m in art.numbers:
        where = _span_of(m)
        if where is not None:
            yield _Ann(
                start=where.start,
                end=where.end,
                rank=_LEAF,
                kind="number",
                tip=_number_tip(m),
                extra=(("data-kind", str(m.kind)),),
            )


def _article_anns(n: int, art: Article, text: str) -> Iterator[_Ann]:
    yield from _region_anns(n, art)
    yield from _head_anns(n, art)
    yield from _join_anns(art, text)
    yield from _relink_anns(n, art)
    yield from _number_anns(art)


def _annotations(issue: Issue, text: str) -> list[_Ann]:
    anns = list(_masthead_anns(issue.masthead))
    for n, art in enumerate(issue.articles, 1):
        anns.extend(_article_anns(n, art, text))
    for block in issue.other:
        anns.append(
            _Ann(
                start=block.span.start,
                end=block.span.end,
                rank=_REGION,
                kind="other",
                tip=f"other block: {block.role}",
                tag="span",
                extra=(("data-role", block.role),),
            )
        )
    size = len(text)
    kept = [a for a in anns if 0 <= a.start < a.end <= size]
    kept.sort(key=lambda a: (a.rank, a.start, -a.end))
    return kept


# --- nesting ---------------------------------------------------------------------------------


def _insert(root: _Node, start: int, end: int, ann: _Ann, first: bool) -> None:
    """Insert ``[start, end)`` under ``root``, splitting it where it crosses a node."""
    pending = [(root, start, end, first)]
    while pending:
        node, s, e, is_first = pending.pop()
        while True:
            kids = node.children
            i = bisect.bisect_right(kids, s, key=lambda c: c.end)
            j = bisect.bisect_left(kids, e, key=lambda c: c.start)
            if j - i == 1 and kids[i].start <= s and e <= kids[i].end:
                node = kids[i]
                continue
            cuts = sorted(
                {b for c in kids[i:j] for b in (c.start, c.end) if s < b < e},
            )
            if not cuts:
                kids[i:j] = [_Node(start=s, end=e, ann=ann, first=is_first, children=kids[i:j])]
                break
            bounds = [s, *cuts, e]
            # Pushed in reverse so the first piece is handled (and keeps the anchor) first.
            for k in range(len(bounds) - 2, -1, -1):
                pending.append((node, bounds[k], bounds[k + 1], is_first and k == 0))
            break


def _tree(anns: Iterable[_Ann], size: int) -> _Node:
    root = _Node(start=0, end=size)
    for a in anns:
        _insert(root, a.start, a.end, a, True)
    return root


# --- output ----------------------------------------------------------------------------------


def _esc(s: str) -> str:
    return html.escape(s, quote=True).replace("\r", "&#13;")


def _open_tag(node: _Node) -> str:
    ann = node.ann
    assert ann is not None
    classes = f"pp pp-{ann.kind}" + (f" {ann.classes}" if ann.classes else "")
    parts = [f'<{ann.tag} class="{classes}"']
    if ann.anchor is not None and node.first:
        parts.append(f' id="{_esc(ann.anchor)}"')
    parts.append(f' title="{_esc(ann.tip)}"')
    for name, value in ann.extra:
        parts.append(f' {name}="{_esc(value)}"')
    if not node.first:
        parts.append(' data-cont="1"')
    parts.append(">")
    return "".join(parts)


def _body(root: _Node, text: str) -> str:
    out: list[str] = []
    # (node, index of the next child, position written up to)
    stack: list[tuple[_Node, int, int]] = [(root, 0, root.start)]
    while stack:
        node, k, pos = stack.pop()
        if k < len(node.children):
            child = node.children[k]
            out.append(_esc(text[pos : child.start]))
            out.append(_open_tag(child))
            stack.append((node, k + 1, child.end))
            stack.append((child, 0, child.start))
            continue
        out.append(_esc(text[pos : node.end]))
        if node.ann is not None:
            out.append(f"</{node.ann.tag}>")
    return "".join(out)


def _count(root: _Node) -> dict[str, int]:
    counts: dict[str, int] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        ann = node.ann
        if ann is not None and node.first and not any(n == "data-gap" for n, _ in ann.extra):
            kind = ann.kind if ann.kind != "region" else ""
            if kind:
                counts[kind] = counts.get(kind, 0) + 1
    return counts


#: Outline colours of articles, in turn (class pp-hue-N).
_HUES = ("#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2")

_CSS = "\n".join(
    [
        "body{margin:0;font:16px/1.9 'Noto Serif CJK SC','Source Han Serif SC','Songti SC',"
        "'SimSun','WenQuanYi Zen Hei',serif;color:#111;background:#fff}",
        "@media screen and (min-width:900px){body{margin-right:24em}}",
        "header{padding:12px 20px;border-bottom:1px solid #ddd;background:#fafafa}",
        "header h1{margin:0;font-size:20px}",
        "#pp-legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin:8px 0 0;padding:0;"
        "list-style:none;font-size:13px}",
        "#pp-legend label{cursor:pointer}",
        "#pp-outline{font-size:13px;margin:6px 0 0}",
        "#pp-keys{font:12px/1.6 sans-serif;color:#4b5563;margin:6px 0 0}",
        "kbd{border:1px solid #9ca3af;border-radius:3px;padding:0 4px;background:#fff}",
        "main{max-width:60em;margin:0 auto;padding:16px 20px 80px 4.5em}",
        "#pp-page{white-space:pre-wrap;word-break:break-all}",
        ".pp{border-radius:2px;color:inherit;background:transparent;text-decoration:none}",
        ".pp-region[data-region=masthead]{background:#fffbeb}",
        # An article: its region outlined in its colour, its number in the left margin.
        *(f".pp-hue-{i}{{--pp-hue:{hue}}}" for i, hue in enumerate(_HUES)),
        ".pp-article{display:block;position:relative;margin:10px 0;padding:4px 10px;"
        "border:2px solid var(--pp-hue);border-radius:6px;scroll-margin-top:12px}",
        ".pp-article.pp-more{border-style:dashed}",
        ".pp-article::before{content:attr(data-badge);position:absolute;right:100%;top:-2px;"
        "margin-right:6px;font:bold 12px/1.7 sans-serif;color:#fff;background:var(--pp-hue);"
        "border-radius:3px;padding:0 5px;white-space:nowrap}",
        ".pp-article.pp-current{background:#fefce8;box-shadow:0 0 0 3px var(--pp-hue)}",
        ".pp-article:focus{outline:none}",
        # CSS escapes keep the style sheet ASCII (⟨joined⟩, ⇢, ⇠): the document can then be
        # written to a stream of any ASCII-compatible encoding with character references.
        ".pp-join[data-gap]::before{content:'\\27e8joined\\27e9';font:11px sans-serif;"
        "color:#4d7c0f}",
        ".pp-relink[data-relink=head]::after{content:' \\21e2';color:#2563eb}",
        ".pp-relink[data-relink=tail]::before{content:'\\21e0  ';color:#2563eb}",
        ".pp-number{cursor:help}",
        ".pp-swatch{padding:0 6px;border-radius:2px}",
        "#pp-info{position:fixed;left:0;right:0;bottom:0;min-height:1.6em;padding:4px 20px;"
        "background:#1f2937;color:#f9fafb;font:13px/1.6 sans-serif;white-space:pre-wrap;"
        "z-index:2}",
        # The side panel: the parsed record of the article under the pointer.
        "#pp-panel{box-sizing:border-box;padding:10px 16px 40px;background:#f9fafb;"
        "font:13px/1.6 sans-serif;border-top:1px solid #ddd}",
        "@media screen and (min-width:900px){#pp-panel{position:fixed;top:0;right:0;"
        "bottom:0;width:24em;overflow:auto;border-top:0;border-left:1px solid #ddd}}",
        "#pp-panel h2{font-size:15px;margin:12px 0 4px}",
        ".pp-badge{color:#fff;background:var(--pp-hue);border-radius:3px;padding:0 5px}",
        ".pp-record dl{margin:0}",
        ".pp-record dt{font-weight:bold;color:#374151;margin-top:4px}",
        ".pp-record dd{margin:0 0 0 1em}",
        ".pp-record ol,.pp-record ul{margin:0;padding-left:1.4em}",
        ".pp-role{color:#6b7280;font-style:italic}",
        "html.pp-js .pp-record{display:none}",
        "html.pp-js .pp-record.pp-current{display:block}",
        "html.pp-js #pp-panel.pp-has .pp-hint{display:none}",
        "html:not(.pp-js) .pp-hint{display:none}",
        *(f".pp-{kind}{{{css}}}" for kind, _, css in _CATEGORIES),
        *(
            f"#pp-page.pp-off-{kind} .pp-{kind}{{background:none;border:0;outline:0;"
            "font-weight:inherit;color:inherit}"
            for kind, _, _ in _CATEGORIES
        ),
        # Print: the text with its outlines and colours, then every article's record.
        "@media print{body{margin:0;font-size:11pt}"
        "#pp-legend,#pp-keys,#pp-info,.pp-hint{display:none}"
        "main{max-width:none;padding:0 0 0 3.5em}"
        "#pp-page *,.pp-badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        ".pp-article.pp-current{background:none;box-shadow:none}"
        "#pp-panel{position:static;width:auto;overflow:visible;background:none;border:0;"
        "padding:0}"
        "html.pp-js .pp-record,.pp-record{display:block;break-inside:avoid;"
        "border-top:1px solid #9ca3af}"
        "a{color:inherit;text-decoration:none}}",
    ]
)

# The layer switches, the bar at the bottom (every annotation under the pointer, innermost
# first), and the articles: the one under the pointer (or focused, or reached with the keys)
# is marked and its record shown in the side panel. The script only reads attributes,
# toggles classes and writes textContent: nothing from the page is parsed as HTML.
_JS = """\
(function () {
  document.documentElement.classList.add('pp-js');
  var page = document.getElementById('pp-page');
  var info = document.getElementById('pp-info');
  var panel = document.getElementById('pp-panel');
  var firsts = page.querySelectorAll('.pp-article:not(.pp-more)');
  var current = 0;
  var boxes = document.querySelectorAll('#pp-legend input[data-layer]');
  for (var i = 0; i < boxes.length; i++) {
    boxes[i].addEventListener('change', function (ev) {
      var box = ev.target;
      page.classList.toggle('pp-off-' + box.getAttribute('data-layer'), !box.checked);
    });
  }
  function select(n, scroll) {
    var old = document.querySelectorAll('.pp-current');
    for (var i = 0; i < old.length; i++) { old[i].classList.remove('pp-current'); }
    current = n;
    panel.classList.toggle('pp-has', n > 0);
    if (!n) { return; }
    var parts = document.querySelectorAll('[data-article="' + n + '"]');
    for (var j = 0; j < parts.length; j++) { parts[j].classList.add('pp-current'); }
    if (scroll) {
      firsts[n - 1].focus({preventScroll: true});
      firsts[n - 1].scrollIntoView({block: 'start'});
    }
  }
  page.addEventListener('mouseover', function (ev) {
    var tips = [];
    var n = 0;
    for (var el = ev.target; el && el !== page; el = el.parentElement) {
      if (el.title) { tips.push(el.title); }
      if (!n && el.hasAttribute('data-article')) { n = +el.getAttribute('data-article'); }
    }
    info.textContent = tips.join('  \\u2190  ');
    if (n && n !== current) { select(n, false); }
  });
  page.addEventListener('focusin', function (ev) {
    var n = +(ev.target.getAttribute('data-article') || 0);
    if (n && n !== current) { select(n, false); }
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || !firsts.length) { return; }
    var tag = ev.target && ev.target.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA') { return; }
    var k = ev.key;
    if (k === 'j' || k === 'n') { select(Math.min(firsts.length, current + 1), true); }
    else if (k === 'k' || k === 'p') { select(Math.max(1, current - 1), true); }
    else if (k === 'Escape') { select(0, false); }
    else { return; }
    ev.preventDefault();
  });
  var m = /^#pp-article-([0-9]+)$/.exec(location.hash);
  if (m && +m[1] >= 1 && +m[1] <= firsts.length) { select(+m[1], false); }
})();
"""


def _sha256(s: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii")


# Only this page's own style and script may run; nothing may be fetched.
_CSP = (
    f"default-src 'none'; style-src '{_sha256(_CSS)}'; script-src '{_sha256(_JS)}'; "
    "img-src 'none'; base-uri 'none'; form-action 'none'"
)


def _page_text(issue: Issue) -> str:
    """The page rebuilt from the issue's spans; the white space between them becomes ``\\n``."""
    spans = [*issue.masthead.spans, *(s for a in issue.articles for s in a.spans)]
    spans.extend(b.span for b in issue.other)
    spans.sort()
    out: list[str] = []
    pos = 0
    for sp in spans:
        if sp.start >= pos:
            out.append("\n" * (sp.start - pos))
            out.append(sp.text)
            pos = sp.end
        elif sp.end > pos:
            out.append(sp.text[pos - sp.start :])
            pos = sp.end
    return "".join(out)


def _check(issue: Issue, text: str) -> None:
    spans = [*issue.masthead.spans, *(s for a in issue.articles for s in a.spans)]
    spans.extend(b.span for b in issue.other)
    for sp in spans:
        if text[sp.start : sp.end] != sp.text:
            raise ValueError(
                f"text does not match the issue: {sp.start}..{sp.end} should be {sp.text[:20]!r}"
            )


def _header(issue: Issue, counts: dict[str, int]) -> str:
    m = issue.masthead
    name = m.paper_name.value if m.paper_name is not None else "(unknown paper)"
    date = m.date.value.isoformat() if m.date is not None else ""
    legend = []
    for kind, label, _ in _CATEGORIES:
        legend.append(
            f'<li><label><input type="checkbox" checked data-layer="{kind}"> '
            f'<span class="pp-swatch pp-{kind}">{_esc(label)}</span> '
            f"({counts.get(kind, 0)})</label></li>"
        )
    outline = []
    for n, art in enumerate(issue.articles, 1):
        head = art.headline.text if art.headline is not None else "(no headline)"
        outline.append(f'<li><a href="#pp-article-{n}">A{n}</a> {_esc(head)}</li>')
    return (
        f"<header>\n<h1>{_esc(name)} <small>{_esc(date)}</small></h1>\n"
        f'<ul id="pp-legend" aria-label="legend">\n' + "\n".join(legend) + "\n</ul>\n"
        '<ol id="pp-outline">\n' + "\n".join(outline) + "\n</ol>\n" + _KEYS + "</header>\n"
    )


_KEYS = (
    '<p id="pp-keys"><kbd>j</kbd> / <kbd>k</kbd> (or <kbd>n</kbd> / <kbd>p</kbd>): next / '
    "previous article · <kbd>Tab</kbd>: each article in turn · <kbd>Esc</kbd>: none · "
    "the panel shows the article under the pointer</p>\n"
)


# --- the side panel --------------------------------------------------------------------------


def _row(label: str, value: str) -> str:
    return f"<dt>{_esc(label)}</dt><dd>{value}</dd>"


def _people_list(bylines: Iterable[Any]) -> str:
    items = []
    for by in bylines:
        people = "".join(
            f'<li>{_esc(p.name)} <span class="pp-role">{_esc(p.role)}</span></li>'
            for p in by.people
        )
        items.append(f"<li>{_esc(' '.join(by.text.split()))}<ul>{people}</ul></li>")
    return f"<ul>{''.join(items)}</ul>"


def _dateline_text(dl: Any) -> str:
    parts = [dl.agency, dl.place or ""]
    if dl.date is not None:
        parts.append(dl.date.isoformat())
    elif dl.month is not None or dl.day is not None:
        parts.append(f"month {dl.month}, day {dl.day}")
    parts.append(f"at the {dl.position}")
    parts.extend(f"{p.name} ({p.role})" for p in dl.people)
    return " · ".join(p for p in parts if p)


def _record(n: int, art: Article) -> str:
    """The parsed record of one article, as the side panel shows it."""
    head = art.headline.text if art.headline is not None else "(no headline)"
    rows = []
    for label in ("kicker", "subtitle", "column"):
        heading = getattr(art, label)
        if heading is not None:
            rows.append(_row(label, _esc(heading.text)))
    if art.bylines:
        rows.append(_row("bylines", _people_list(art.bylines)))
    if art.dateline is not None:
        rows.append(_row("dateline", _esc(_dateline_text(art.dateline))))
    if art.source is not None:
        rows.append(_row("source line", _esc(art.source.text)))
    credits = [p for c in art.photo_credits for p in c.people]
    if credits:
        rows.append(_row("photo", _esc(_people(credits))))
    chars = sum(len(p.text) for p in art.paragraphs)
    rows.append(_row("paragraphs", f"{len(art.paragraphs)} ({chars:,} characters)"))
    if art.section_heads:
        items = "".join(f"<li>{_esc(h.text)}</li>" for h in art.section_heads)
        rows.append(_row("section heads", f"<ol>{items}</ol>"))
    if art.numbers:
        items = "".join(f"<li>{_esc(_number_tip(m))}</li>" for m in art.numbers)
        rows.append(_row(f"numbers ({len(art.numbers)})", f"<ol>{items}</ol>"))
    if art.dates:
        items = "".join(
            f"<li>{_esc(d.text)} → {_esc(d.value or '?')} ({_esc(d.kind)})</li>" for d in art.dates
        )
        rows.append(_row(f"dates ({len(art.dates)})", f"<ol>{items}</ol>"))
    hue = f"pp-hue-{(n - 1) % len(_HUES)}"
    return (
        f'<section class="pp-record" id="pp-record-{n}" data-article="{n}">\n'
        f'<h2><span class="pp-badge {hue}">A{n}</span> {_esc(head)}</h2>\n'
        f"<dl>{''.join(rows)}</dl>\n</section>\n"
    )


def _panel(issue: Issue) -> str:
    records = "".join(_record(n, art) for n, art in enumerate(issue.articles, 1))
    hint = (
        '<p class="pp-hint">Point at an article (or press <kbd>j</kbd>) to see what was '
        "parsed from it.</p>\n"
        if issue.articles
        else '<p class="pp-hint">No article was found on this page.</p>\n'
    )
    return f'<aside id="pp-panel" aria-label="parsed record">\n{hint}{records}</aside>\n'


def render_html(issue: Issue, text: str | None = None) -> str:
    """Render a parsed page as a self-contained, annotated HTML document.

    Args:
        issue: The result of :func:`paper_parser.parse_issue`.
        text: The page that was parsed. Pass it to render the page exactly; without it, the
            page is rebuilt from the issue's spans and the white space between the masthead,
            articles and other blocks (which the issue does not keep) is shown as line breaks.

    Returns:
        The HTML document (UTF-8 text; write it with ``encoding="utf-8"``).

    Raises:
        ValueError: When ``text`` is not the page ``issue`` was parsed from.

    >>> from paper_parser import parse_issue
    >>> page = "<b>市里</b>开会\\n\\n本报讯 记者程雪报道 昨日开会。\\n"
    >>> doc = render_html(parse_issue(page), page)
    >>> "<mark" in doc, "<b>" in doc, "&lt;b&gt;市里&lt;/b&gt;开会" in doc
    (True, False, True)
    """
    if text is None:
        text = _page_text(issue)
    else:
        _check(issue, text)
    root = _tree(_annotations(issue, text), len(text))
    counts = _count(root)
    m = issue.masthead
    title = " ".join(
        x
        for x in (
            m.paper_name.value if m.paper_name is not None else "",
            m.date.value.isoformat() if m.date is not None else "",
        )
        if x
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_esc(_CSP)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="paper_parser">\n'
        f"<title>{_esc(('paper_parser: ' + title) if title else 'paper_parser')}</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n"
        + _header(issue, counts)
        + '<main>\n<div id="pp-page" lang="zh">'
        + _body(root, text)
        + "</div>\n</main>\n"
        + _panel(issue)
        + '<div id="pp-info" aria-live="polite"></div>\n'
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )
