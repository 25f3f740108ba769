"""Dates: absolute, partial, relative (同年12月), ranges (2011-2020年, 4月15日至5月15日) and plan periods (十三五).

A date without a year takes the year its paragraph states before it (去年…7月3日), else the page's
publication year, else the year its paragraph states after it (9月2日,…2021年度“质量月”), else the
last year the page stated. Only an event's year is lent: not the start of a span (2010年以来), a
comparison (由2021年的第54位), a range's end, a year inside a name (《…(2011-2020年)》) or an
award's year (2013年度…质量奖), nor a goal (到2025年).
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from extract.extractors.base import Context, dedupe, make, register
from extract.models import DateRecord
from extract.rules import dates as rules
from extract.text.numbers import parse_chinese
from extract.text.scan import Scanner

NAME = "dates/3"
PATTERN = rules.DATE
SCAN = Scanner(PATTERN)
# How far before a year its cue (由, 比, 截至) may be.
CUE_REACH = 3
# How far before a year-less date its cue of things to come (将于, 拟) may be.
FUTURE_REACH = 8


def _num(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if text.isdigit() else parse_chinese(text)


def _value(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """ISO-like value; '--MM-DD' when the year is unknown; None when not a real date."""
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and (month is None or not 1 <= day <= monthrange(year or 2000, month)[1]):
        return None
    head = f"{year:04d}" if year is not None else "-"
    if month is None:
        return head if year is not None else None
    return f"{head}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def _precision(value: str) -> str:
    parts = value[2:].split("-") if value.startswith("--") else value.split("-")[1:]
    return ("year", "month", "day")[len(parts)]


@dataclass(frozen=True, slots=True)
class Found:
    """One match of the date pattern, with the year it states and whether a year-less date may take it."""

    m: re.Match[str]
    paragraph: int
    year: int | None  # stated (2014年, 2021青岛…) or relative (去年) and resolved
    lends: bool  # to a year-less date after it in its paragraph
    lends_back: bool  # to one before it: not an award's year (4月2日…表彰2013年度…质量奖)


@register
class DatesExtractor:
    """Finds every calendar expression and resolves it against the text's own years."""

    table = "dates"
    name = NAME
    needs = ()

    def __call__(self, ctx: Context) -> list[DateRecord]:
        text, pub_year = ctx.text, ctx.publication_year
        found = _find(text, pub_year)
        last_year: int | None = None  # the last event's year, for 同年 and as the last resort
        records: list[DateRecord] = []
        for i, f in enumerate(found):
            before = next((g.year for g in reversed(found[:i]) if g.paragraph == f.paragraph and g.lends), None)
            after = next((g.year for g in found[i + 1 :] if g.paragraph == f.paragraph and g.lends_back), None)
            context_year = before or pub_year or after or last_year
            if before is None and context_year == pub_year and _past_year(text, f.m, ctx.published_at):
                context_year = pub_year - 1  # a page of 2010-03-22: 在11月29日召开的… is 2009's
            got = _resolve(f.m, pub_year, last_year, context_year)
            if got is None:
                continue
            value, end_value, kind, year = got
            target = _after_target_cue(text, f.m.start())
            if f.lends or (f.m["ana"] and year is not None and not target):
                last_year = year  # 同年 refers back to events, not to goals (到2025年) or plan periods
            if kind not in ("period", "target") and target:
                kind = "target"
            records.append(
                make(
                    DateRecord,
                    ctx,
                    f.m.start(),
                    f.m.end(),
                    NAME,
                    text=f.m.group(),
                    value=value,
                    precision=_precision(value),
                    end_value=end_value,
                    kind=kind,
                )
            )
        return dedupe(records, key=lambda r: (r.value, r.end_value))


def _find(text: str, pub_year: int | None) -> list[Found]:
    """Every date match but document numbers and timestamps, with its paragraph and stated year."""
    found, paragraph, counted = [], 0, 0
    for m in SCAN.finditer(text):  # tried only at the characters a date can start with
        if rules.DOC_NUMBER_AFTER.match(text, m.end()) or (_is_day(m) and rules.CLOCK_AFTER.match(text, m.end())):
            continue  # 粤府〔2010〕84号; 2024年04月23日16:36 (a header's timestamp)
        paragraph += text.count("\n", counted, m.start())
        counted = m.start()
        year = _stated_year(m, pub_year)
        lends = year is not None and _lends(text, m)
        found.append(Found(m, paragraph, year, lends, lends and not _award_year(text, m)))
    return found


def _is_day(m: re.Match[str]) -> bool:
    return bool(m["d"] or m["iy"])


def _stated_year(m: re.Match[str], pub_year: int | None) -> int | None:
    """The year a match states on its own: 2014年…, 2021青岛…, 去年 (with a publication date)."""
    if m["y"] or m["bare"] or m["iy"]:
        year = _num(m["y"] or m["bare"] or m["iy"])
        return year if year is not None and rules.MIN_YEAR <= year <= rules.MAX_YEAR else None
    if m["rel"] and pub_year is not None:
        return pub_year + rules.RELATIVE_YEARS[m["rel"]]
    return None


def _lends(text: str, m: re.Match[str]) -> bool:
    """Whether a year-less date nearby may take this match's year: an event's year, not a span's start,
    a comparison, a name's year or a goal."""
    if _after_target_cue(text, m.start()):
        return False
    if m["y"] and not m["m"] and rules.NOT_EVENT_NEXT.match(text, m.end()):
        return False  # 2010年以来, 2014年起
    if rules.NOT_EVENT_PREVIOUS.search(text, max(0, m.start() - CUE_REACH), m.start()):
        return False  # 由2021年的第54位, 比2012年增长
    return not _inside_name(text, m.start())


def _award_year(text: str, m: re.Match[str]) -> bool:
    """2013年度天水市人民政府质量奖: the year of an award, conferred the year after as often as not."""
    return bool(m["y"] and m.group().endswith(rules.YEAR_OF) and rules.AWARD_YEAR_NEXT.match(text, m.end()))


def _inside_name(text: str, pos: int) -> bool:
    """Whether `pos` is inside 《…》 or “…” on its line."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return any(before.rfind(o) > before.rfind(c) for o, c in zip(rules.NAME_OPENERS, rules.NAME_CLOSERS, strict=True))


def _resolve(
    m: re.Match[str], pub_year: int | None, last_year: int | None, context_year: int | None
) -> tuple[str, str | None, str, int | None] | None:
    """(value, end_value, kind, the year it states) of one match, or None when it is no date."""
    g = m.groupdict()
    if g["ym1"]:
        y1, y2 = _num(g["ym1"]), _num(g["ym2"])
        a, b = _value(y1, _num(g["m1"])), _value(y2, _num(g["m2"]))
        return (a, b, "period", y2) if a and b else None
    if g["yr1"]:
        y1, y2 = _num(g["yr1"]), _num(g["yr2"])
        if y1 is None or y2 is None or not y1 < y2 <= y1 + 50:
            return None
        return str(y1), str(y2), "period", y2
    if g["y"]:
        year = _num(g["y"])
        if year is None or not rules.MIN_YEAR <= year <= rules.MAX_YEAR:
            return None
        return _month_day(g, year, "m", "d", "y", year, reference=True)
    if g["iy"]:
        value = _value(int(g["iy"]), int(g["im"]), int(g["id"]))
        return (value, None, "event", int(g["iy"])) if value else None
    if g["ana"]:
        if last_year is None or (rules.ANAPHORIC_YEARS[g["ana"]] == 0 and not g["am"]):
            return None  # a bare 当年 repeats a year already recorded
        year = last_year + rules.ANAPHORIC_YEARS[g["ana"]]
        return _month_day(g, year, "am", "ad", "a", year)
    if g["rel"]:
        if pub_year is None:
            return None
        year = pub_year + rules.RELATIVE_YEARS[g["rel"]]
        return _month_day(g, year, "rm", "rd", "r", year, reference=True)
    if g["m0"]:
        return _month_day(g, context_year, "m0", "d0", "z", None)
    if g["plan"]:
        start, end = rules.PLAN_PERIODS[g["plan"]]
        return str(start), str(end), "period", None
    if g["bare"]:
        year = int(g["bare"])
        if not rules.MIN_YEAR <= year <= rules.MAX_YEAR:
            return None
        if m.end() < len(m.string) and m.string[m.end()] in rules.COUNTERS:
            return None  # 1957个 is a quantity
        return str(year), None, "reference", year
    return None


def _month_day(
    g: dict[str, str | None],
    year: int | None,
    mg: str,
    dg: str,
    prefix: str,
    stated: int | None,
    reference: bool = False,
) -> tuple[str, str | None, str, int | None] | None:
    """A year with its month, day, day range or range end (groups named after `mg`, `dg` and `prefix`)."""
    month, day = _num(g[mg]), _num(g[dg])
    value = _value(year, month, day)
    if value is None:
        return None
    if month is None:
        return value, None, "reference" if reference else "event", stated
    if g[dg + "2"] or g[dg + "2x"]:  # 28日至29日
        end = _value(year, month, _num(g[dg + "2"] or g[dg + "2x"]))
        return (value, end, "event", stated) if end else None
    tail = prefix + ("d" if day is not None else "m")
    if g[tail + "em"]:  # 4月15日至5月15日, 6月至8月份, 12月至次年1月
        end_month, end_day = _num(g[tail + "em"]), _num(g.get(tail + "ed"))
        end_year = _num(g[tail + "ey"]) or year
        if g[tail + "ey"] is None and year is not None and (end_month, end_day or 0) < (month, day or 0):
            end_year = year + 1
        end = _value(end_year, end_month, end_day)
        return (value, end, "event", stated) if end else None
    return value, None, "event", stated


def _past_year(text: str, m: re.Match[str], published_at: str | None) -> bool:
    """A year-less date later in the year than the publication, not said to be to come (将于…)."""
    month, day = _num(m["m0"]), _num(m["d0"])
    if month is None or not published_at or not 1 <= month <= 12:
        return False
    try:
        published = date.fromisoformat(published_at[:10])
        when = date(published.year, month, min(day or 1, monthrange(published.year, month)[1]))
    except ValueError:
        return False
    late = (when - published).days > rules.LATE_DAYS if day else month > published.month
    return late and not rules.FUTURE_PREVIOUS.search(text, max(0, m.start() - FUTURE_REACH), m.start())


def _after_target_cue(text: str, start: int) -> bool:
    """到2025年, 力争2026年: a goal's year."""
    return bool(rules.TARGET_BEFORE.search(text, max(0, start - CUE_REACH), start))
