"""Shared result types: :class:`Span`.

Every extracted item in paper_parser carries a :class:`Span`: the ``start`` and ``end``
offsets (Python ``str`` indices, end exclusive) into the string the caller passed in, and
the ``text`` those offsets cover, so ``page[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["Span", "slot_setters"]

_new = object.__new__
_set = object.__setattr__


@attrs.frozen(kw_only=True, order=True)
class Span:
    """A range of the caller's original string, with the text it covers.

    Attributes:
        start: Offset of the first character (inclusive).
        end: Offset just past the last character (exclusive).
        text: ``original[start:end]``, kept so a result can be read without the page.

    >>> page = "本报讯 记者程雪报道"
    >>> span = Span.of(page, 4, 10)
    >>> span
    Span(start=4, end=10, text='记者程雪报道')
    >>> page[span.start:span.end] == span.text
    True
    >>> len(span)
    6
    """

    start: int
    end: int
    text: str

    def __attrs_post_init__(self) -> None:
        # One check function, not one validator per field: spans are built by the thousand.
        if self.start < 0:
            raise ValueError(f"Span.start must be >= 0, got {self.start}")
        if self.end < self.start:
            raise ValueError(f"Span end {self.end} is before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"Span text has {len(self.text)} characters but covers {self.end - self.start}"
            )

    @classmethod
    def of(cls, original: str, start: int, end: int) -> Span:
        """The span ``original[start:end]``.

        Raises:
            ValueError: when the offsets are not a range inside ``original``.
        """
        if not 0 <= start <= end <= len(original):
            raise ValueError(f"({start}, {end}) is not a range of a {len(original)}-char string")
        # The check above is the post-init check's: set the fields directly (spans are built
        # by the thousand per page, and this is a third cheaper than the keyword __init__).
        span = _new(cls)
        _set(span, "start", start)
        _set(span, "end", end)
        _set(span, "text", original[start:end])
        return span

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies entirely inside this span.

        >>> Span.of("abcdef", 1, 5).contains(Span.of("abcdef", 2, 4))
        True
        """
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character.

        >>> Span.of("abcdef", 0, 3).overlaps(Span.of("abcdef", 3, 5))
        False
        """
        return self.start < other.end and other.start < self.end


# Documented and pickled as ``paper_parser.Span``, the name users import.
Span.__module__ = "paper_parser"


def slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of an ``attrs`` class's fields, in field order.

    Results built by the hundred per page (number mentions, resolved dates) are built through
    their slots: ``object.__new__`` and one setter per field, which is all the generated
    ``__init__`` does, without its keyword binding (about half of what a call costs). This is
    where that is checked, once, at import: the class's ``__init__`` must do nothing more
    than store its fields.

    Raises:
        TypeError: when a field has a validator or a converter, is not set by ``__init__``
            or has an alias, or the class has an ``__attrs_pre_init__`` or
            ``__attrs_post_init__`` hook (then build it with its constructor).

    >>> @attrs.frozen(kw_only=True)
    ... class Pair:
    ...     a: int
    ...     b: str
    >>> set_a, set_b = slot_setters(Pair)
    >>> pair = object.__new__(Pair)
    >>> set_a(pair, 1); set_b(pair, "x")
    >>> pair == Pair(a=1, b="x")
    True
    >>> slot_setters(Span)
    Traceback (most recent call last):
    ...
    TypeError: Span.__init__ does more than store its fields: build it with its constructor
    """
    fields = attrs.fields(cls)
    hooks = ("__attrs_pre_init__", "__attrs_post_init__")
    if any(f.validator or f.converter or not f.init or f.alias != f.name for f in fields) or any(
        hasattr(cls, hook) for hook in hooks
    ):
        raise TypeError(
            f"{cls.__name__}.__init__ does more than store its fields: build it with its "
            "constructor"
        )
    return tuple(cls.__dict__[f.name].__set__ for f in fields)
