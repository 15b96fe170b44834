"""Serial identifiers printed in mastheads: CN numbers, 邮发代号 and ISSNs.

Three strict parsers read one identifier (with or without its label) and raise
:class:`~paper_parser.errors.PaperParseError`, with the offending position, on anything else:

>>> str(parse_cn_number("国内统一刊号:CN33—0018"))
'33-0018'
>>> parse_cn_number("國內統一刊號：ＣＮ３３－００１８").region
'浙江'
>>> parse_postal_code("邮发代号:31—2").province
'浙江'
>>> parse_issn("ISSN 1002-3666").value
'1002-3666'
>>> parse_cn_number("CN33-X018")
Traceback (most recent call last):
...
paper_parser.errors.PaperParseError: expected the 4-digit serial at position 5 in 'CN33-X018'

Three finders (:func:`find_cn_numbers`, :func:`find_postal_codes`, :func:`find_issns`) scan a
whole page and never raise. They need the label (or ``CN``/``ISSN``) before the value, because
a bare ``31-2`` is not recognisable on its own, and they report an ISSN whose check digit is
wrong (``check_ok=False``) instead of rejecting it.

Every result carries the :class:`~paper_parser.Span` of the value as printed in the caller's
string (``CN33—0018``, ``31—2``, ``ISSN 1002-3666``; a label such as 国内统一刊号 is kept in
``label``, outside the span): any dash of :data:`paper_parser.text.DASHES`, full-width digits and
letters, spaces around the parts and traditional-character labels are all accepted.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Literal

import attrs
import regex

from paper_parser import _rx
from paper_parser._identifier_data import CN_REGIONS, POSTAL_PROVINCES
from paper_parser._types import Span
from paper_parser.errors import IncompleteScanWarning, PaperParseError
from paper_parser.text import DASHES, Normalized, normalize

__all__ = [
    "ISSN",
    "CNNumber",
    "PostalCode",
    "find_cn_numbers",
    "find_issns",
    "find_postal_codes",
    "issn_check_digit",
    "parse_cn_number",
    "parse_issn",
    "parse_postal_code",
]

#: Backstop (seconds) for patterns run over whole pages.
_TIMEOUT = 5.0


@attrs.frozen(kw_only=True)
class CNNumber:
    """A 国内统一连续出版物号 (CN number), e.g. ``CN33—0018``.

    Attributes:
        region_code: The two-digit region code as printed (``"33"``).
        region: The province-level region of the code (``"浙江"``), or ``None`` when the code
            is not a known region.
        serial: The four-digit serial as printed (``"0018"``).
        suffix: The classification code after ``/`` (``"G4"``) or ``None``; newspapers
            normally print none.
        label: The label as printed (``"国内统一刊号"``) or ``None``.
        span: Where the number is printed (``CN`` included, the label not).
        text: The number as printed (``"CN33—0018"``).

    >>> cn = parse_cn_number("CN 11-1234/G4")
    >>> cn.value, cn.kind, cn.suffix
    ('11-1234/G4', 'periodical', 'G4')
    """

    region_code: str
    region: str | None
    serial: str
    suffix: str | None
    label: str | None = None
    span: Span
    text: str

    @property
    def value(self) -> str:
        """The normalised number, ``"33-0018"`` (with ``/suffix`` when printed)."""
        base = f"{self.region_code}-{self.serial}"
        return base if self.suffix is None else f"{base}/{self.suffix}"

    @property
    def kind(self) -> Literal["newspaper", "periodical", "network", "electronic"] | None:
        """The kind of serial the number's range is for (GB/T 9999); ``"newspaper"`` for 0001-0999,
        ``"periodical"`` for 1000-5999, ``"network"`` for 6000-8999, ``"electronic"`` for
        9000-9999, and ``None`` for 0000.
        """
        n = int(self.serial)
        if n == 0:
            return None
        if n < 1000:
            return "newspaper"
        if n < 6000:
            return "periodical"
        if n < 9000:
            return "network"
        return "electronic"

    def __str__(self) -> str:
        return self.value


@attrs.frozen(kw_only=True)
class PostalCode:
    """A 邮发代号 (China Post distribution code), e.g. ``31—2``.

    Attributes:
        prefix: The province number (``31``).
        serial: The serial within the province (``2``).
        province: The province of publication for the prefix, or ``None`` when unknown.
        label: The label as printed (``"邮发代号"``) or ``None``.
        span: Where the code is printed (without its label).
        text: The code as printed (``"31—2"``).

    >>> code = parse_postal_code("1-1")
    >>> code.value, code.province, code.kind
    ('1-1', '北京', 'newspaper')
    """

    prefix: int
    serial: int
    province: str | None
    label: str | None = None
    span: Span
    text: str

    @property
    def value(self) -> str:
        """The normalised code, ``"31-2"``."""
        return f"{self.prefix}-{self.serial}"

    @property
    def kind(self) -> Literal["newspaper", "magazine"]:
        """``"newspaper"`` for an odd prefix, ``"magazine"`` for an even one (information
        only: sources disagree on some of Beijing's extra prefixes)."""
        return "newspaper" if self.prefix % 2 else "magazine"

    def __str__(self) -> str:
        return self.value


@attrs.frozen(kw_only=True)
class ISSN:
    """An International Standard Serial Number, e.g. ``ISSN 1002-3666``.

    Attributes:
        value: The normalised number, ``"1002-3666"`` (check digit ``X`` upper case).
        check_ok: Whether the check digit is right; always ``True`` from :func:`parse_issn`,
            which rejects a wrong one, but :func:`find_issns` reports what is printed.
        span: Where the item (``ISSN`` included) is printed.
        text: The item as printed.
    """

    value: str
    check_ok: bool
    span: Span
    text: str

    @property
    def check_digit(self) -> str:
        """The check digit as printed (``"6"``, ``"X"``)."""
        return self.value[-1]

    def __str__(self) -> str:
        return self.value


def issn_check_digit(first7: str) -> str:
    """The ISSN check digit for the first seven digits (``"0"``-``"9"`` or ``"X"``).

    >>> issn_check_digit("1002366")
    '6'

    Raises:
        PaperParseError: when ``first7`` is not seven ASCII digits.
    """
    if len(first7) != 7 or not first7.isascii() or not first7.isdigit():
        raise PaperParseError("expected seven digits", text=first7, position=None)
    total = sum(int(d) * w for d, w in zip(first7, range(8, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return "X" if check == 10 else str(check)


# --- patterns -----------------------------------------------------------------------------

_CN_LABEL = r"""
    (?:
        (?:[国國][内內]|全[国國])?+     # 国内 / 國內 / 全国 (optional)
        [统統]一                        # 统一 / 統一
        (?:[连連][续續]出版物|刊)        # 连续出版物 / 刊
        [号號]                          # 号 / 號
      | (?<![A-Za-z0-9])CN[ ]?+刊[号號]  # CN刊号
      | 刊[号號]                         # 刊号 alone
    )
"""

_POSTAL_LABEL = rf"""
    (?:
        [邮郵](?:[发發]|局)             # 邮发 / 郵發 / 邮局
        (?:代[号號码碼])?+              # 代号 / 代號 / 代码 (optional)
      | (?<!\p{{Han}})代[号號]          # 代号 alone, as 人民日报 prints it (代号1-1), not 项目代号,
        (?=[ \t]*+:?+[ \t]*+[0-9０-９]{{1,2}}+[ \t]*+{DASHES})  # and only before a prefix and dash
    )
"""

_ISSN_LABEL = r"(?<![A-Za-z0-9])[Ii][Ss][Ss][Nn]"

_DASH = f"{DASHES}{{1,2}}+"

_CN_BODY = rf"""
    (?P<region>[0-9０-９]{{2}})(?![0-9０-９])          # two-digit region code
    [ \t]*+{_DASH}[ \t]*+              # any dash (one or two), spaces around
    (?P<serial>[0-9０-９]{{4}})(?![0-9０-９])          # four-digit serial
    (?:/(?P<suffix>[A-Z]{{1,2}}+[0-9０-９]{{0,3}}+)(?![A-Za-z0-9]))?+  # classification code
"""

_CN_FIND = _rx.compile(
    rf"""
    (?:
        (?P<label>{_CN_LABEL})          # a label ...
        [ \t]*+:?+\s{{0,3}}+             # ... its colon and spaces (a line break allowed)
      | (?<![A-Za-z0-9])(?=[Cc][Nn])     # or CN without a label
    )
    (?P<value>
        (?:[Cc][Nn][ \t]*+:?+[ \t]*+)?+   # CN, optional after a label
        {_CN_BODY}
    )
    """,
    regex.VERBOSE,
)

_POSTAL_BODY = rf"""
    (?P<prefix>[0-9０-９]{{1,2}}+)(?![0-9０-９])       # province prefix
    [ \t]*+{_DASH}[ \t]*+              # any dash
    (?P<serial>[0-9０-９]{{1,4}}+)(?![0-9０-９])       # serial
"""

_POSTAL_FIND = _rx.compile(
    rf"""
    (?P<label>{_POSTAL_LABEL})          # the label is required
    [ \t]*+:?+\s{{0,3}}+                # colon and spaces
    (?P<value>{_POSTAL_BODY})
    """,
    regex.VERBOSE,
)

_ISSN_FIND = _rx.compile(
    rf"""
    {_ISSN_LABEL}                       # ISSN
    [ \t]*+:?+[ \t]*+                   # colon and spaces
    (?P<a>[0-9０-９]{{4}})                      # first four digits
    [ \t]*+{DASHES}?+[ \t]*+            # a dash (sometimes missing)
    (?P<b>[0-9０-９]{{3}}[0-9Xx])               # three digits and the check digit
    (?![0-9A-Za-z])
    """,
    regex.VERBOSE,
)

# Pieces for the strict parsers (each matched in turn at the current position).
_WS = _rx.compile(r"\s*+")
_COLON = _rx.compile(r"[ \t]*+:?+\s*+")
_CN_LABEL_RE = _rx.compile(_CN_LABEL, regex.VERBOSE)
_POSTAL_LABEL_RE = _rx.compile(_POSTAL_LABEL, regex.VERBOSE)
_ISSN_LABEL_RE = _rx.compile(_ISSN_LABEL)
_CN_PREFIX_RE = _rx.compile(r"(?<![A-Za-z0-9])[Cc][Nn][ \t]*+")
_DIGITS2 = _rx.compile(r"[0-9０-９]{2}")
_DIGITS4 = _rx.compile(r"[0-9０-９]{4}")
_DIGITS1_2 = _rx.compile(r"[0-9０-９]{1,2}+(?![0-9０-９])")
_DIGITS1_4 = _rx.compile(r"[0-9０-９]{1,4}+(?![0-9０-９])")
_DASH_RE = _rx.compile(rf"[ \t]*+{_DASH}[ \t]*+")
_OPT_DASH_RE = _rx.compile(rf"[ \t]*+{DASHES}?+[ \t]*+")
_SUFFIX_RE = _rx.compile(r"/([A-Z]{1,2}+[0-9０-９]{0,3}+)(?![A-Za-z0-9])")
_DIGITS3 = _rx.compile(r"[0-9０-９]{3}")
_CHECK_RE = _rx.compile(r"[0-9Xx](?![0-9A-Za-z])")
_END_WS = _rx.compile(r"\s*+\Z")


class _Cursor:
    """Steps through a normalised string; failures raise with the original position."""

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise PaperParseError("expected a str", text=repr(text), position=None)
        self.norm: Normalized = normalize(text)
        self.pos = 0
        self.start = 0

    def opt(self, pattern: regex.Pattern[str]) -> regex.Match[str] | None:
        m = pattern.match(self.norm.text, self.pos)
        if m is not None:
            self.pos = m.end()
        return m

    def need(self, pattern: regex.Pattern[str], what: str) -> regex.Match[str]:
        m = self.opt(pattern)
        if m is None:
            self.fail(f"expected {what}")
        assert m is not None
        return m

    def fail(self, message: str, at: int | None = None) -> None:
        pos = self.pos if at is None else at
        raise PaperParseError(message, text=self.norm.original, position=self.norm.to_original(pos))

    def skip_space(self) -> None:
        self.opt(_WS)
        self.start = self.pos

    def finish(self) -> Span:
        end = self.pos
        if self.opt(_END_WS) is None:
            self.opt(_WS)
            self.fail("unexpected text after the identifier")
        if end == self.start:
            self.fail("empty identifier")
        return self.norm.span(self.start, end)


def parse_cn_number(text: str) -> CNNumber:
    """Parse one CN number, with or without its label.

    Accepted: an optional label (国内统一刊号, 国内统一连续出版物号, 統一刊號, 國內統一刊號,
    CN刊号 ...) and colon, an optional ``CN``, the region code, any dash, the serial, an optional
    ``/classification``; spaces may stand between the parts and full-width forms are fine.

    >>> cn = parse_cn_number("CN33—0018")
    >>> (cn.region_code, cn.region, cn.serial, cn.kind)
    ('33', '浙江', '0018', 'newspaper')
    >>> parse_cn_number("國內統一刊號: CN 11 - 0065").value
    '11-0065'

    Raises:
        PaperParseError: with the position of the first character that does not fit.
    """
    cur = _Cursor(text)
    cur.skip_space()
    label_m = cur.opt(_CN_LABEL_RE)
    if label_m is not None:
        cur.opt(_COLON)
        cur.start = cur.pos
    cur.opt(_CN_PREFIX_RE)
    region = cur.need(_DIGITS2, "the 2-digit region code").group()
    cur.need(_DASH_RE, "a dash")
    serial = cur.need(_DIGITS4, "the 4-digit serial").group()
    suffix_m = cur.opt(_SUFFIX_RE)
    span = cur.finish()
    return CNNumber(
        region_code=region,
        region=CN_REGIONS.get(region),
        serial=serial,
        suffix=suffix_m.group(1) if suffix_m else None,
        label=_label_text(cur.norm, label_m),
        span=span,
        text=span.text,
    )


def parse_postal_code(text: str) -> PostalCode:
    """Parse one 邮发代号, with or without its label (邮发代号, 郵發代號, 邮局代号 ...).

    >>> code = parse_postal_code("郵發代號：３１－２")
    >>> (code.prefix, code.serial, code.province, code.kind, str(code))
    (31, 2, '浙江', 'newspaper', '31-2')

    Raises:
        PaperParseError: with the position of the first character that does not fit
            (a prefix of 0 is rejected too).
    """
    cur = _Cursor(text)
    cur.skip_space()
    label_m = cur.opt(_POSTAL_LABEL_RE)
    if label_m is not None:
        cur.opt(_COLON)
        cur.start = cur.pos
    prefix_at = cur.pos
    prefix = int(cur.need(_DIGITS1_2, "the province prefix (1-2 digits)").group())
    if prefix == 0:
        cur.fail("the province prefix cannot be 0", at=prefix_at)
    cur.need(_DASH_RE, "a dash")
    serial = int(cur.need(_DIGITS1_4, "the serial (1-4 digits)").group())
    span = cur.finish()
    return PostalCode(
        prefix=prefix,
        serial=serial,
        province=POSTAL_PROVINCES.get(prefix),
        label=_label_text(cur.norm, label_m),
        span=span,
        text=span.text,
    )


def parse_issn(text: str) -> ISSN:
    """Parse one ISSN (``ISSN`` and the dash optional) and verify its check digit.

    >>> parse_issn("ISSN:0254-4164").check_digit
    '4'
    >>> parse_issn("ISSN 1002-3667")
    Traceback (most recent call last):
    ...
    paper_parser.errors.PaperParseError: wrong check digit '7' (expected '6') at position 13 ...

    Raises:
        PaperParseError: on malformed input or a wrong check digit, with its position.
    """
    cur = _Cursor(text)
    cur.skip_space()
    if cur.opt(_ISSN_LABEL_RE) is not None:
        cur.opt(_COLON)
    a = cur.need(_DIGITS4, "four digits").group()
    cur.opt(_OPT_DASH_RE)
    b = cur.need(_DIGITS3, "three digits").group()
    check_at = cur.pos
    check = cur.need(_CHECK_RE, "the check digit (0-9 or X)").group().upper()
    expected = issn_check_digit(a + b)
    if check != expected:
        cur.fail(f"wrong check digit {check!r} (expected {expected!r})", at=check_at)
    span = cur.finish()
    return ISSN(value=f"{a}-{b}{check}", check_ok=True, span=span, text=span.text)


def _label_text(norm: Normalized, m: regex.Match[str] | None, group: int | str = 0) -> str | None:
    if m is None or m.start(group) < 0:
        return None
    return norm.span(m.start(group), m.end(group)).text


def _finditer(
    pattern: regex.Pattern[str], norm: Normalized, finder: str
) -> Iterator[regex.Match[str]]:
    """Every match, one at a time, so that the caller builds each result while the match is
    fresh (holding them all first made the working set of a long page outgrow the CPU
    caches); if the timeout backstop fires, an
    :class:`~paper_parser.errors.IncompleteScanWarning` says where ``finder`` stopped and
    the matches before it stay found."""
    count = 0
    last_end = 0
    try:
        for m in pattern.finditer(norm.text, timeout=_TIMEOUT):
            count += 1
            last_end = m.end()
            yield m
    except TimeoutError:
        at = norm.to_original(last_end) if count else 0
        warnings.warn(
            IncompleteScanWarning(
                f"{finder}: the scan ran out of time after character {at} of "
                f"{len(norm.original)}; the {count} matches before it are kept"
            ),
            stacklevel=3,
        )


def find_cn_numbers(text: str) -> tuple[CNNumber, ...]:
    """Every CN number printed in ``text`` (labelled or after ``CN``); never raises.

    >>> [cn.value for cn in find_cn_numbers("邮发代号:31—2 国内统一刊号:CN33—0018 CN11-0065")]
    ['33-0018', '11-0065']
    """
    if not isinstance(text, str) or not text:
        return ()
    norm = normalize(text)
    out: list[CNNumber] = []
    for m in _finditer(_CN_FIND, norm, "find_cn_numbers"):
        span = norm.span(m.start("value"), m.end("value"))
        region = m.group("region")
        out.append(
            CNNumber(
                region_code=region,
                region=CN_REGIONS.get(region),
                serial=m.group("serial"),
                suffix=m.group("suffix"),
                label=_label_text(norm, m, "label"),
                span=span,
                text=span.text,
            )
        )
    return tuple(out)


def find_postal_codes(text: str) -> tuple[PostalCode, ...]:
    """Every labelled 邮发代号 in ``text``; never raises.

    >>> [(c.value, c.province) for c in find_postal_codes("邮发代号:1-1 郵發代號31－2")]
    [('1-1', '北京'), ('31-2', '浙江')]
    """
    if not isinstance(text, str) or not text:
        return ()
    norm = normalize(text)
    out: list[PostalCode] = []
    for m in _finditer(_POSTAL_FIND, norm, "find_postal_codes"):
        prefix = int(m.group("prefix"))
        if prefix == 0:
            continue
        span = norm.span(m.start("value"), m.end("value"))
        out.append(
            PostalCode(
                prefix=prefix,
                serial=int(m.group("serial")),
                province=POSTAL_PROVINCES.get(prefix),
                label=_label_text(norm, m, "label"),
                span=span,
                text=span.text,
            )
        )
    return tuple(out)


def find_issns(text: str) -> tuple[ISSN, ...]:
    """Every ``ISSN …`` in ``text``, wrong check digits included (``check_ok=False``).

    >>> [(i.value, i.check_ok) for i in find_issns("ISSN 1002-3666 / ISSN 1002-3667")]
    [('1002-3666', True), ('1002-3667', False)]
    """
    if not isinstance(text, str) or not text:
        return ()
    norm = normalize(text)
    out: list[ISSN] = []
    for m in _finditer(_ISSN_FIND, norm, "find_issns"):
        a, b = m.group("a"), m.group("b").upper()
        span = norm.span(m.start(), m.end())
        ok = issn_check_digit(a + b[:3]) == b[3]
        out.append(ISSN(value=f"{a}-{b}", check_ok=ok, span=span, text=span.text))
    return tuple(out)
