"""The days a TIMEX3-style value covers (shared by the table and TEI writers)."""

from __future__ import annotations

import calendar
import datetime

__all__ = ["days"]


def _iso_weekdays(year: int, week: int) -> tuple[datetime.date, datetime.date] | None:
    try:
        first = datetime.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return first, first + datetime.timedelta(days=6)


def days(value: str | None) -> tuple[datetime.date | None, datetime.date | None]:
    """The first and last day a TIMEX3-style value covers (``None, None`` when it names no
    whole days: a season, an unresolved date, a time of day alone).

    >>> days("2021-12"), days("2021-Q4")[0], days("2021-H2")[1]
    ((datetime.date(2021, 12, 1), datetime.date(2021, 12, 31)), datetime.date(2021, 10, 1), \
datetime.date(2021, 12, 31))
    >>> days("2021-W51"), days("2021-12-05/2021-12-23")[1], days("2021-SU")
    ((datetime.date(2021, 12, 20), datetime.date(2021, 12, 26)), datetime.date(2021, 12, 23), \
(None, None))
    """
    if not value:
        return None, None
    if "/" in value:
        a, _, b = value.partition("/")
        return days(a)[0], days(b)[1]
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts[0]) != 4:
            return None, None
        if len(parts) == 1:
            return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        tail = parts[1]
        if len(parts) == 3:
            day = datetime.date(year, int(tail), int(parts[2]))
            return day, day
        if tail.isdigit():
            month = int(tail)
            last = calendar.monthrange(year, month)[1]
            return datetime.date(year, month, 1), datetime.date(year, month, last)
        if tail[:1] == "W" and tail[1:].isdigit():
            return _iso_weekdays(year, int(tail[1:])) or (None, None)
        if tail[:1] in ("Q", "H") and tail[1:].isdigit():
            months = 3 if tail[0] == "Q" else 6
            n = int(tail[1:])
            if not 1 <= n <= 12 // months:
                return None, None
            first_month = (n - 1) * months + 1
            last_month = first_month + months - 1
            last = calendar.monthrange(year, last_month)[1]
            return datetime.date(year, first_month, 1), datetime.date(year, last_month, last)
    except ValueError:
        return None, None
    return None, None
