"""When a stage event happened, from the words before it: a stated date, a word dated from the publication, a year
named earlier, the event told just before; and the 示范期 (demonstration period) stated with a naming.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.rules import designations as lex


@dataclass(frozen=True)
class When:
    """When an event happened, as far as the page says: 2012-09-25 / 2012."""

    date: str | None = None
    year: int | None = None


def iso(year: int, month: str | int | None = None, day: str | int | None = None) -> str:
    """2012, 9, 25 → 2012-09-25; 2012 → 2012."""
    return f"{year:04d}" + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if month and day else "")


class Clock:
    """Dates events on one page: its publication date, and the last event dated (for 此次, 同时)."""

    def __init__(self, published_at: str | None) -> None:
        published = published_at or ""
        self.year = int(published[:4]) if published[:4].isdigit() else None
        self.month = int(published[5:7]) if published[5:7].isdigit() else None
        self.last = When()

    def before(self, text: str, start: int, end: int) -> When:
        """The time nearest before `end` in text[start:end] (dates inside 《》 or a 示范期 do not count)."""
        p = lex.patterns()
        skip = [m.span() for m in p["period"].finditer(text, start, end)]
        skip += [m.span() for m in lex.BOOK_TITLE.finditer(text, start, end)]
        found: list[tuple[int, str, re.Match[str]]] = []
        for kind in ("date", "relative", "anaphoric", "same_event"):
            for m in p[kind].finditer(text, start, end):
                if any(a <= m.start() < b for a, b in skip):
                    continue
                if kind == "date" and lex.TOPIC_AFTER.match(text, m.end()):
                    continue  # 2015年是…后的第一年: a topic, not the event's date
                found.append((m.start(), kind, m))
        if not found:
            return When()
        _, kind, m = max(found, key=lambda f: f[0])
        if kind == "date":
            return When(iso(int(m["y"]), m["m"], m["d"]), int(m["y"]))
        if kind == "same_event":
            return self.last
        if kind == "anaphoric":
            years = p["year"].findall(text, max(0, m.start() - lex.LOOK_BACK), m.start())
            return When(years[-1], int(years[-1])) if years else When()
        return self.relative(*lex.RELATIVE_TIME[m.group()])

    def relative(self, years: int, months: int | None) -> When:
        """A time given relative to the publication date: 去年 → its year less one; 上月 → its month less one."""
        if self.year is None:
            return When()
        if months is None or self.month is None:
            return When(iso(self.year + years), self.year + years)
        year, month = divmod(self.year * 12 + self.month - 1 + months, 12)
        return When(iso(year, month + 1), year)

    def period(self, m: re.Match[str]) -> tuple[str, str] | None:
        """A 示范期 match as (start, end): 2013年8月至2016年8月 → (2013-08, 2016-08).

        A start left unresolved (今年3月 on a page with no date) is the end year less the
        three-year demonstration period.
        """
        start, end = self._point(m, "a"), self._point(m, "b")
        if end and not start and m["am"]:
            start = iso(int(end[:4]) - lex.DEMONSTRATION_YEARS, m["am"])
        return (start, end) if start and end else None

    def _point(self, m: re.Match[str], n: str) -> str | None:
        year = int(m[f"{n}y"]) if m[f"{n}y"] else None
        if year is None and m[f"{n}rel"] and self.year is not None:
            year = self.year + lex.PERIOD_RELATIVE[m[f"{n}rel"]]
        return iso(year, m[f"{n}m"]) if year is not None else None
