"""The one exception type paper_parser raises.

Strict parsers (``parse_number``, ``parse_cn_number``, ...)
raise :class:`PaperParseError` on malformed input. Finders (``find_*``, ``parse_masthead``,
``segment_articles``, ``parse_issue``) never raise on any ``str``.
"""

from __future__ import annotations

__all__ = ["IncompleteScanWarning", "PaperParseError"]


class IncompleteScanWarning(UserWarning):
    """A finder stopped before the end of its text, or gave up on a part of it.

    Issued when a backstop fires: a regex scan ran out of its ``timeout`` (a guard against
    pathological input), or a reader met an internal error and returned nothing for the
    piece it was reading. The result then holds what was found before that point, and the
    message names the finder and says where it stopped. Importable as
    ``paper_parser.numerals.IncompleteScanWarning`` too (the same class).
    """


class PaperParseError(ValueError):
    """Malformed input given to a strict parser.

    It is a :class:`ValueError`, so ``except ValueError`` catches it too.

    Attributes:
        message: What is wrong, without the position.
        text: The input that was being parsed.
        position: The offset into ``text`` where the problem was found, or ``None`` when the
            problem is the input as a whole (for example an empty string).

    >>> err = PaperParseError("unexpected character", text="CN33-X018", position=5)
    >>> err.position
    5
    >>> str(err)
    "unexpected character at position 5 in 'CN33-X018'"
    >>> isinstance(err, ValueError)
    True
    """

    message: str
    text: str
    position: int | None

    def __init__(self, message: str, *, text: str, position: int | None = None) -> None:
        self.message = message
        self.text = text
        self.position = position
        where = "" if position is None else f" at position {position}"
        shown = text if len(text) <= 80 else text[:77] + "..."
        super().__init__(f"{message}{where} in {shown!r}")

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only __init__ needs help to survive pickling (process pools, Dask).
        return (_rebuild_error, (self.message, self.text, self.position))


def _rebuild_error(message: str, text: str, position: int | None) -> PaperParseError:
    return PaperParseError(message, text=text, position=position)
