"""Shared result types: :class:`Span`.

Every extracted item in paper_parser carries a :class:`Span`: the ``start`` and ``end``
offsets (Python ``str`` indices, end exclusive) into the string the caller passed in, and
the ``text`` those offsets cover, so ``page[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

import attrs

__all__ = ["Span"]

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
