"""Records: results as JSON-ready dictionaries and back.

:func:`to_dict` turns any result of the library (an :class:`~paper_parser.segment.Issue`,
an :class:`~paper_parser.segment.Article`, a :class:`~paper_parser.masthead.Masthead`, a
:class:`~paper_parser.numerals.NumberMention` ...) into plain JSON data; :func:`from_dict`
reads such a record back into an equal object. The record format is versioned by
:data:`SCHEMA_VERSION` and described by the JSON Schema that :func:`json_schema` returns
(shipped as ``docs/schema/paper-parser-record.schema.json``):

* the top level carries ``"schema_version"`` and ``"type"`` (the class name);
* a span is ``[start, end]``: offsets into the page text. Its text is not repeated, so
  :func:`from_dict` needs the page (``text=``) to rebuild spans;
* exact numbers are JSON **strings**, ``str(fractions.Fraction)``: ``"48000"``, ``"5/2"``
  (one JSON type, so JSON readers that infer column types, such as ``pyarrow.json`` and
  polars, see one type; ``Fraction(value)`` reads one back);
* dates are ISO strings (``"2021-12-23"``); tuples are arrays; absent values are ``null``.

>>> import paper_parser
>>> mention = paper_parser.find_numbers("近49万个")[0]
>>> record = to_dict(mention)
>>> record["value"], record["span"], record["type"]
('490000', [0, 5], 'NumberMention')
>>> from_dict(record, text="近49万个") == mention
True
"""

from __future__ import annotations

import copy
import datetime
import enum
import re
import reprlib
import sys
import types
import typing
from collections import abc
from collections.abc import Iterator
from fractions import Fraction
from typing import Any, Literal, TypeAlias, cast

import attrs

from paper_parser._types import Span
from paper_parser.errors import PaperParseError

__all__ = ["MAX_DEPTH", "SCHEMA_VERSION", "from_dict", "json_schema", "to_dict"]

#: Version of the record format. Bumped whenever the fields of a record change, an added
#: field too: the JSON Schema is closed (``additionalProperties: false``), so a validator
#: holding the older schema would reject a record with a new field. 3: exact numbers are
#: always strings (were integers when whole). 4: records of PDF pages carry
#: ``page_number``, ``page_size`` and, on every article, ``boxes`` (error records of a PDF
#: page their ``page_number``). 5: other blocks carry ``people`` (a caption's photographer,
#: a staff line's editors).
SCHEMA_VERSION = 5

# Versions from_dict reads: the current one, and 4, whose records lack only fields that
# have defaults (``OtherBlock.people``), so they load as they were written.
_READABLE = frozenset({4, SCHEMA_VERSION})

JSON: TypeAlias = Any

# Keys a record may carry besides the object's fields: the version and type, and what
# paper_parser.records adds (the file a page came from; the number and size of a PDF page;
# an article's index on its page and the paper, date and page (版) of its page).
_ENVELOPE = frozenset(
    {
        "schema_version",
        "type",
        "file",
        "page_number",
        "page_size",
        "article_index",
        "warnings",
        "paper",
        "date",
        "edition",
    }
)

_BOX: dict[str, JSON] = {
    "description": "[x0, y0, x1, y1] in PDF points (1/72 inch), origin at the page's top left "
    "corner, y growing downward (as displayed, after the page's rotation)",
    "type": "array",
    "prefixItems": [{"type": "number"}] * 4,
    "items": False,
    "minItems": 4,
}

_BOX_LIST: dict[str, JSON] = {"type": "array", "items": {"$ref": "#/$defs/Box"}}

#: Where an article read from a PDF page is printed (paper_parser.records.article_boxes_record):
#: one box per printed line its spans cover.
_BOXES_SCHEMA: dict[str, JSON] = {
    "description": "where the article is printed on its PDF page (records of PDF pages only): "
    "one box per printed line",
    "type": "object",
    "required": ["article", "kicker", "headline", "subtitle", "bylines", "paragraphs"],
    "properties": {
        "article": {**_BOX_LIST, "description": "every span of the article"},
        **{
            key: {"anyOf": [_BOX_LIST, {"type": "null"}], "description": f"the {key}"}
            for key in ("kicker", "headline", "subtitle")
        },
        "bylines": {"type": "array", "items": _BOX_LIST, "description": "each byline"},
        "paragraphs": {"type": "array", "items": _BOX_LIST, "description": "each paragraph"},
    },
    "additionalProperties": False,
}

# Where a PDF page's records say which page they are (paper_parser.records).
_GEOMETRY_SCHEMA: dict[str, JSON] = {
    "page_number": {
        "description": "the 1-based number of the page in its PDF (records of PDF pages only)",
        "type": "integer",
        "minimum": 1,
    },
    "page_size": {
        "description": "[width, height] of the PDF page in points, as displayed (records of "
        "PDF pages only)",
        "type": "array",
        "prefixItems": [{"type": "number"}] * 2,
        "items": False,
        "minItems": 2,
    },
}

# Keys a record of one type may carry besides its fields (nested too), ignored by from_dict:
# the number and size of the PDF page of a page or article record, an article's boxes.
_EXTRA: dict[str, dict[str, JSON]] = {
    "Issue": _GEOMETRY_SCHEMA,
    "Article": {**_GEOMETRY_SCHEMA, "boxes": {"$ref": "#/$defs/Boxes"}},
}

# What the command line's envelope keys may hold (a field of the same name wins).
_ENVELOPE_SCHEMA: dict[str, JSON] = {
    "file": {"description": "the page's file (command line)", "type": "string"},
    "article_index": {"description": "the article's index on its page", "type": "integer"},
    "warnings": {
        "description": "what may be missing",
        "type": "array",
        "items": {"type": "string"},
    },
    "paper": {
        "description": "the paper of the article's page (command line, per-article records)",
        "type": ["string", "null"],
    },
    "date": {
        "description": "the issue date of the article's page (command line, per-article records)",
        "anyOf": [{"type": "string", "format": "date"}, {"type": "null"}],
    },
    "edition": {
        "description": "the page (版) of the article (command line, per-article records)",
        "type": ["string", "null"],
    },
}

#: The record the command line writes for a page it could not read or parse.
_ERROR_SCHEMA: dict[str, JSON] = {
    "description": "a page (or a file) the command line could not read or parse",
    "type": "object",
    "required": ["schema_version", "type", "file", "error"],
    "properties": {
        "schema_version": {},
        "type": {},
        "file": {"type": "string"},
        "page_number": {
            "type": "integer",
            "minimum": 1,
            "description": "the PDF page that failed (absent: the whole file)",
        },
        "error": {"type": "string", "description": "why, in one line"},
    },
    "additionalProperties": False,
}

#: How deep a record may nest (objects and arrays). Records of the corpus pages nest 9 levels
#: at most; anything far deeper is not a record, and rejecting it up front keeps
#: :func:`from_dict` (and the ``repr`` in its messages) from recursing without bound.
MAX_DEPTH = 64
_EXACT_RE = re.compile(r"-?[0-9]+(?:/[0-9]+)?")
#: Longest message a :class:`PaperParseError` of :func:`from_dict` carries (characters).
_MAX_MESSAGE = 300


def to_dict(obj: object) -> dict[str, JSON]:
    """The JSON-ready record of a result object.

    Args:
        obj: Any frozen result class of paper_parser.

    Raises:
        PaperParseError: when ``obj`` is not a paper_parser result.
    """
    if not attrs.has(type(obj)) or type(obj).__name__ not in _ROOTS:
        raise PaperParseError(
            f"cannot serialise a {type(obj).__name__}", text=_short(obj), position=None
        )
    record: dict[str, JSON] = {"schema_version": SCHEMA_VERSION, "type": type(obj).__name__}
    record.update(_dump(obj))
    return record


def from_dict(data: dict[str, JSON], *, text: str) -> Any:
    """Read a record made by :func:`to_dict` back into its object.

    Args:
        data: The record (for example a line of the CLI's JSON Lines output, parsed); the
            command line's ``file``, ``article_index`` and ``warnings`` keys are accepted and
            ignored (unless the type has a field of that name).
        text: The page text the record's spans point into.

    Raises:
        PaperParseError: when the record is malformed, of a schema version it cannot read
            (it reads the current one and 4), nested deeper than :data:`MAX_DEPTH`, or its
            spans do not fit ``text``; the message names
            the path of the bad value and is at most a few hundred characters long, however
            large or deep the record.

    >>> deep: list[object] = []
    >>> for _ in range(5000):
    ...     deep = [deep]
    >>> from_dict({"schema_version": 5, "type": "Issue", "masthead": deep}, text="")
    Traceback (most recent call last):
    ...
    paper_parser.errors.PaperParseError: $.masthead[0][0][0]: nested deeper than 64 levels ...
    """
    if not isinstance(data, dict):
        raise PaperParseError("a record must be a JSON object", text=_short(data))
    _check_depth(data)
    version = data.get("schema_version")
    if type(version) is not int or version not in _READABLE:
        raise PaperParseError(
            f"record schema_version {_short(version)} is not one of {sorted(_READABLE)}",
            text=_short(data),
        )
    name = data.get("type")
    cls = _ROOTS.get(name) if isinstance(name, str) else None
    if cls is None:
        raise PaperParseError(f"unknown record type {_short(name)}", text=_short(data))
    fields = {f.alias for f in _fields(cls)}
    body = {k: v for k, v in data.items() if k not in _ENVELOPE or k in fields}
    return _load(cls, body, text, "$")


# --- dumping ---------------------------------------------------------------------------------


def _dump(value: object) -> JSON:
    # The common cases by exact type first (a record has thousands of values); subclasses
    # and the rest through the checks below.
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is Span:
        return [value.start, value.end]  # type: ignore[attr-defined]
    if kind is tuple:
        return [_dump(v) for v in value]  # type: ignore[attr-defined]
    pairs = _PAIRS.get(kind)
    if pairs is not None:
        return {alias: _dump(getattr(value, name)) for alias, name in pairs}
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, Fraction):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return _dump(value.value)
    if isinstance(value, tuple | list | abc.Sequence):  # a str was returned above
        return [_dump(v) for v in value]
    if attrs.has(type(value)):
        return {f.alias: _dump(getattr(value, f.name)) for f in _fields(cast(type, type(value)))}
    raise PaperParseError(f"cannot serialise a {type(value).__name__}", text=_short(value))


def _sequence_item(tp: Any) -> Any:
    """The item type of ``Sequence[X]`` or of a class deriving from it (a tuple-like view
    such as :class:`paper_parser.text.LineSequence`), else ``None``."""
    if typing.get_origin(tp) is abc.Sequence:
        return typing.get_args(tp)[0]
    if isinstance(tp, type) and issubclass(tp, abc.Sequence) and not issubclass(tp, str):
        for base in getattr(tp, "__orig_bases__", ()):
            if typing.get_origin(base) is abc.Sequence:
                return typing.get_args(base)[0]
    return None


# --- loading ---------------------------------------------------------------------------------


def _fail(path: str, message: str, value: object) -> PaperParseError:
    full = f"{path}: {message}"
    if len(full) > _MAX_MESSAGE:
        full = full[: _MAX_MESSAGE - 3] + "..."
    return PaperParseError(full, text=_short(value))


_REPR = reprlib.Repr()
_REPR.maxlevel = 2
_REPR.maxstring = 60
_REPR.maxother = 60
_REPR.maxlong = 40


def _short(value: object) -> str:
    """A repr of ``value`` of at most 80 characters, cheap however large or deep it is."""
    try:
        shown = _REPR.repr(value)
    except (ValueError, RecursionError):  # an int over the str-conversion limit, a cycle
        shown = f"<{type(value).__name__}>"
    return shown if len(shown) <= 80 else shown[:77] + "..."


def _check_depth(data: JSON) -> None:
    """Raise when ``data`` nests deeper than :data:`MAX_DEPTH` (walked without recursion)."""
    stack: list[tuple[JSON, int, str]] = [(data, 0, "$")]
    while stack:
        value, depth, path = stack.pop()
        if depth > MAX_DEPTH:
            raise _fail(path, f"nested deeper than {MAX_DEPTH} levels", value)
        if isinstance(value, dict):
            # Paths name at most a few levels: the message stays short.
            stack.extend(
                (v, depth + 1, f"{path}.{k}" if depth < 4 else path) for k, v in value.items()
            )
        elif isinstance(value, list):
            stack.extend(
                (v, depth + 1, f"{path}[{i}]" if depth < 4 else path) for i, v in enumerate(value)
            )


def _load(tp: Any, value: JSON, text: str, path: str) -> Any:
    origin = typing.get_origin(tp)
    if tp is Any:
        raise _fail(path, "field has no declared type", value)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(tp)
        if value is None:
            if type(None) in options:
                return None
            raise _fail(path, "must not be null", value)
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return _load(option, value, text, path)
            except PaperParseError as exc:
                errors.append(exc.message)
        raise _fail(path, "; ".join(errors), value)
    if origin is Literal:
        if value not in typing.get_args(tp):
            raise _fail(path, f"must be one of {typing.get_args(tp)}", value)
        return value
    item = _sequence_item(tp)
    if item is not None:  # read as a tuple, which every such field accepts
        if not isinstance(value, list):
            raise _fail(path, "must be an array", value)
        return tuple(_load(item, v, text, f"{path}[{i}]") for i, v in enumerate(value))
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(value, list):
            raise _fail(path, "must be an array", value)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_load(args[0], v, text, f"{path}[{i}]") for i, v in enumerate(value))
        if len(args) != len(value):
            raise _fail(path, f"must have {len(args)} items", value)
        return tuple(
            _load(a, v, text, f"{path}[{i}]")
            for i, (a, v) in enumerate(zip(args, value, strict=True))
        )
    if tp is Span:
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            raise _fail(path, "a span must be [start, end]", value)
        try:
            return Span.of(text, value[0], value[1])
        except ValueError as exc:
            raise _fail(path, str(exc), value) from None
    if tp is Fraction:
        if not isinstance(value, str):
            raise _fail(path, "an exact number must be a string such as '48000' or '5/2'", value)
        if not _EXACT_RE.fullmatch(value):
            raise _fail(path, "not an exact number ('48000', '-3', '5/2')", value)
        try:
            return Fraction(value)
        except ZeroDivisionError:
            raise _fail(path, "not an exact number (zero denominator)", value) from None
    if tp is datetime.date:
        if not isinstance(value, str):
            raise _fail(path, "a date must be an ISO string", value)
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise _fail(path, "not an ISO date", value) from None
    if tp is bool:
        if not isinstance(value, bool):
            raise _fail(path, "must be true or false", value)
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(path, "must be an integer", value)
        return value
    if tp is str:
        if not isinstance(value, str):
            raise _fail(path, "must be a string", value)
        return value
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            raise _fail(path, f"not a {tp.__name__}", value) from None
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(value, dict):
            raise _fail(path, f"a {tp.__name__} must be an object", value)
        hints = _hints(tp)
        kwargs = {}
        for f in _fields(tp):
            if f.alias in value:
                kwargs[f.alias] = _load(hints[f.name], value[f.alias], text, f"{path}.{f.alias}")
            elif f.default is attrs.NOTHING:
                raise _fail(path, f"missing field {f.alias!r}", value)
        unknown = set(value) - {f.alias for f in _fields(tp)} - set(_EXTRA.get(tp.__name__, ()))
        if unknown:
            raise _fail(path, f"unknown fields {sorted(unknown)}", value)
        try:
            return tp(**kwargs)
        except (TypeError, ValueError) as exc:
            raise _fail(path, str(exc), value) from None
    raise _fail(path, f"unsupported type {tp!r}", value)


def _result_modules() -> tuple[types.ModuleType, ...]:
    """The modules that define the result classes (the parsers; not the writers)."""
    from paper_parser import (
        _types,
        bylines,
        calendar,
        identifiers,
        masthead,
        numerals,
        segment,
        text,
        timex,
    )

    return (_types, text, numerals, calendar, identifiers, timex, bylines, masthead, segment)


def _attrs_in(tp: Any) -> Iterator[type]:
    """The attrs classes a type annotation names (``X | None``, ``tuple[X, ...]`` ...)."""
    if isinstance(tp, type) and attrs.has(tp):
        yield tp
    for arg in typing.get_args(tp):
        yield from _attrs_in(arg)
    item = _sequence_item(tp) if isinstance(tp, type) else None
    if item is not None:
        yield from _attrs_in(item)


def _root_table() -> types.MappingProxyType[str, type]:
    """Every public attrs result class, by name (a bare Span is a value, not a record)."""
    import paper_parser

    found = {}
    for name in paper_parser.__all__:
        if name.startswith(("to_", "from_", "render_", "pages_")):
            continue  # the writers and this module's functions: no classes among them
        obj = getattr(paper_parser, name)
        if isinstance(obj, type) and attrs.has(obj) and obj is not Span:
            found[obj.__name__] = obj
    return types.MappingProxyType(found)


def _module_names() -> dict[str, Any]:
    """Names the result modules' annotations may use (a module imports some names only for
    type checking): every result module's, merged."""
    namespace: dict[str, Any] = {}
    for module in _result_modules():
        namespace.update(vars(module))
    return namespace


def _annotations(cls: type, names: dict[str, Any]) -> dict[str, Any]:
    """The resolved annotations of ``cls``: its module's names over ``names``."""
    return typing.get_type_hints(cls, globalns={**names, **vars(sys.modules[cls.__module__])})


def _hint_table(
    roots: typing.Mapping[str, type],
) -> types.MappingProxyType[type, types.MappingProxyType[str, Any]]:
    """The resolved annotations of every attrs class a record of ``roots`` nests (Span
    included), found by following the roots' annotations."""
    names = _module_names()
    hints: dict[type, types.MappingProxyType[str, Any]] = {}
    todo = [*roots.values(), Span]
    while todo:
        cls = todo.pop()
        if cls in hints:
            continue
        hints[cls] = types.MappingProxyType(_annotations(cls, names))
        todo.extend(c for f in attrs.fields(cls) for c in _attrs_in(hints[cls][f.name]))
    return types.MappingProxyType(hints)


def _field_table(classes: typing.Iterable[type]) -> types.MappingProxyType[type, tuple[Any, ...]]:
    return types.MappingProxyType(
        {cls: tuple(f for f in attrs.fields(cls) if f.init) for cls in classes}
    )


def _fields(cls: type) -> tuple[Any, ...]:
    """The fields of ``cls`` that ``__init__`` takes (from the table for result classes)."""
    known = _FIELDS.get(cls)
    return known if known is not None else tuple(f for f in attrs.fields(cls) if f.init)


def _hints(cls: type) -> typing.Mapping[str, Any]:
    """The resolved annotations of ``cls`` (from the table for result classes)."""
    known = _HINTS.get(cls)
    return known if known is not None else _annotations(cls, _module_names())


# --- JSON Schema -----------------------------------------------------------------------------


def json_schema() -> dict[str, JSON]:
    """The JSON Schema (draft 2020-12) of records made by :func:`to_dict`.

    >>> schema = json_schema()
    >>> schema["$defs"]["Span"]["type"]
    'array'
    >>> sorted(schema["$defs"]["Issue"]["required"])
    ['articles', 'masthead', 'other']
    """
    defs: dict[str, JSON] = {
        "Span": {
            "description": "[start, end): offsets into the page text",
            "type": "array",
            "prefixItems": [{"type": "integer", "minimum": 0}] * 2,
            "items": False,
            "minItems": 2,
        },
        "Exact": {
            "description": "an exact number as a string: '48000', '-3', '5/2' (str(Fraction))",
            "type": "string",
            "pattern": r"^-?[0-9]+(/[0-9]+)?$",
        },
        "Error": _ERROR_SCHEMA,
        "Date": {"type": "string", "format": "date"},
        "Box": _BOX,
        "Boxes": _BOXES_SCHEMA,
    }
    roots = _ROOTS
    for cls in roots.values():
        _schema_of(cls, defs)
    # A deep copy: the caller owns the schema it is given, and the module's fragments it is
    # built from (_BOX, _ERROR_SCHEMA, ...) stay as they are whatever the caller does with it.
    return copy.deepcopy(
        {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://paper-parser.invalid/schema/record-v{SCHEMA_VERSION}.json",
            "title": "paper_parser record",
            "description": "A result of paper_parser as made by paper_parser.to_dict, or the "
            "command line's record of a page it could not read (type Error).",
            "type": "object",
            "required": ["schema_version", "type"],
            "properties": {
                "schema_version": {"const": SCHEMA_VERSION},
                "type": {"enum": sorted([*roots, "Error"])},
            },
            "oneOf": [
                {
                    "properties": {"type": {"const": name}},
                    "allOf": [{"$ref": f"#/$defs/{name}"}],
                }
                for name in sorted([*roots, "Error"])
            ],
            "$defs": dict(sorted(defs.items())),
        }
    )


def _schema_of(tp: Any, defs: dict[str, JSON]) -> dict[str, JSON]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema_of(a, defs) for a in typing.get_args(tp)]}
    if tp is type(None):
        return {"type": "null"}
    if origin is Literal:
        return {"enum": list(typing.get_args(tp))}
    item = _sequence_item(tp)
    if item is not None:
        return {"type": "array", "items": _schema_of(item, defs)}
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _schema_of(args[0], defs)}
        return {
            "type": "array",
            "prefixItems": [_schema_of(a, defs) for a in args],
            "items": False,
        }
    simple = {
        Span: {"$ref": "#/$defs/Span"},
        Fraction: {"$ref": "#/$defs/Exact"},
        datetime.date: {"$ref": "#/$defs/Date"},
        bool: {"type": "boolean"},
        int: {"type": "integer"},
        str: {"type": "string"},
    }
    if tp in simple:
        return dict(simple[tp])
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [_dump(m.value) for m in tp]}
    if isinstance(tp, type) and attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            hints = _hints(tp)
            fields = _fields(tp)
            aliases = {f.alias for f in fields}
            defs[name] = {
                "type": "object",
                "properties": {
                    **{"schema_version": {}, "type": {}},
                    **{f.alias: _schema_of(hints[f.name], defs) for f in fields},
                    **{k: v for k, v in _ENVELOPE_SCHEMA.items() if k not in aliases},
                    **_EXTRA.get(name, {}),
                },
                "required": [f.alias for f in fields if f.default is attrs.NOTHING],
                "additionalProperties": False,
            }
            if tp.__doc__:
                defs[name]["description"] = tp.__doc__.strip().splitlines()[0]
        return {"$ref": f"#/$defs/{name}"}
    raise PaperParseError(f"no JSON Schema for {tp!r}", text=repr(tp)[:80])


#: The tables of the result classes, built once when this module is imported (read-only).
_ROOTS: typing.Final = _root_table()
_HINTS: typing.Final = _hint_table(_ROOTS)
_FIELDS: typing.Final = _field_table(_HINTS)
#: Each result class's fields as (key in the record, attribute), for dumping.
_PAIRS: typing.Final = types.MappingProxyType(
    {cls: tuple((f.alias, f.name) for f in fields) for cls, fields in _FIELDS.items()}
)
_SCALARS: typing.Final = frozenset({type(None), bool, int, str})
