"""Dates: absolute, partial, relative (同年12月), ranges (2011-2020年) and plan periods (十三五)."""

from __future__ import annotations

import re
from calendar import monthrange

from extract.extractors.base import Context, dedupe, make, register
from extract.models import DateRecord
from extract.rules import dates as rules
from extract.rules.common import CN_DIGIT
from extract.text.numbers import parse_chinese
from extract.text.scan import Scanner

NAME = "dates/2"
YEAR = rf"(?:(?:19|20)\d{{2}}|[{CN_DIGIT}]{{4}})"
MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
DAY = r"(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
DASH = r"\s*[-—–~～至到]\s*"
PLAN = "|".join(sorted(rules.PLAN_PERIODS, key=len, reverse=True))
# Three-character plan names (十三五) may be followed by any subject: 十三五市场监管规划.
PLAN_CONTEXT = r"(?<=[一二三四]五)(?<=十[一二三四五]五)[^\d个届年次位名号条月日期]"
ANAPHOR = "|".join(rules.ANAPHORIC_YEARS)
RELATIVE = "|".join(rules.RELATIVE_YEARS)


def _day_span(first: str, second: str) -> str:
    """A day, or a day range sharing one month: 28日, 28日至29日, 28至29日."""
    return rf"(?P<{first}>{DAY})(?:[日号](?:{DASH}(?P<{second}>{DAY})[日号])?|{DASH}(?P<{second}x>{DAY})[日号])"


PATTERN = re.compile(
    "|".join(
        [
            # 2013年8月至2016年8月, 2015年9月-2016年2月
            rf"(?P<ym1>{YEAR})年(?P<m1>{MONTH})月{DASH}(?P<ym2>{YEAR})年(?P<m2>{MONTH})月",
            # 2011-2020年, 2015—2016年度, 2011年至2015年
            rf"(?P<yr1>{YEAR})年?{DASH}(?P<yr2>{YEAR})年度?",
            # 2012年9月25日, 2014年4月, 2014年, and 4月28至29日 style day ranges
            rf"(?P<y>{YEAR})\s*年(?:度)?(?:\s*(?P<m>{MONTH})\s*月(?:份)?(?:\s*{_day_span('d', 'd2')})?)?",
            # ISO-like 2014-09-16, 2014/9/16, 2014.9.16
            r"(?<![\d.])(?P<iy>(?:19|20)\d{2})(?P<sep>[-/.])(?P<im>1[0-2]|0?[1-9])(?P=sep)(?P<id>3[01]|[12]\d|0?[1-9])(?![\d])",
            # 同年12月, 次年3月5日, 当年
            rf"(?P<ana>{ANAPHOR})(?:(?P<am>{MONTH})月(?:(?P<ad>{DAY})[日号])?)?",
            # 今年, 去年5月
            rf"(?P<rel>{RELATIVE})(?:(?P<rm>{MONTH})月(?:(?P<rd>{DAY})[日号])?)?",
            # 12月, 4月28日, 4月28至29日 (year from context)
            rf"(?<![\d年])(?P<m0>1[0-2]|0?[1-9])月(?:{_day_span('d0', 'd02')})?",
            # “十三五”, 十二五期间
            rf"(?<![第\d一二三四五六七八九十])(?P<plan>{PLAN})(?=[”\"’]|期间|时期|规划|末|初|以来|开局|收官|计划|发展|中期|{PLAN_CONTEXT})",
            # 2021青岛国际..., 2015“质量之光”: a bare year before a name
            r"(?<![\d.,])(?P<bare>(?:19|20)\d{2})(?![\d.,%年])(?=[“\"《\u4e00-\u9fff])",
        ]
    )
)
SCAN = Scanner(PATTERN)
YEAR_LATER = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
DOC_NUMBER_AFTER = re.compile(r"\s*[〕\])】]\s*\d+\s*号")


def _year(text: str) -> int | None:
    return int(text) if text.isdigit() else parse_chinese(text)


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


@register
class DatesExtractor:
    """Finds every calendar expression and resolves it against the text's own years."""

    table = "dates"
    name = NAME
    needs = ()

    def __call__(self, ctx: Context) -> list[DateRecord]:
        text = ctx.text
        pub_year = ctx.publication_year
        last_year: int | None = None
        records: list[DateRecord] = []
        for m in SCAN.finditer(text):  # tried only at the characters a date can start with
            if self._is_document_number(text, m):
                continue
            context_year = pub_year or last_year or _year_later_in_paragraph(text, m.end())
            got = self._resolve(m, pub_year, last_year, context_year)
            if got is None:
                continue
            value, end_value, kind, year = got
            if year is not None and kind not in ("period", "target") and not _after_target_cue(text, m.start()):
                last_year = year  # 同年 refers back to events, not to goals (到2025年) or plan periods
            if kind != "period" and kind != "target" and _after_target_cue(text, m.start()):
                kind = "target"
            records.append(
                make(
                    DateRecord,
                    ctx,
                    m.start(),
                    m.end(),
                    NAME,
                    text=m.group(),
                    value=value,
                    precision=_precision(value),
                    end_value=end_value,
                    kind=kind,
                )
            )
        return dedupe(records, key=lambda r: (r.value, r.end_value))

    @staticmethod
    def _is_document_number(text: str, m: re.Match[str]) -> bool:
        """粤府〔2010〕84号: a year inside a document number."""
        return bool(DOC_NUMBER_AFTER.match(text, m.end()))

    @staticmethod
    def _resolve(
        m: re.Match[str], pub_year: int | None, last_year: int | None, context_year: int | None
    ) -> tuple[str, str | None, str, int | None] | None:
        g = m.groupdict()
        if g["ym1"]:
            y1, y2 = _year(g["ym1"]), _year(g["ym2"])
            a, b = _value(y1, _num(g["m1"])), _value(y2, _num(g["m2"]))
            return (a, b, "period", y2) if a and b else None
        if g["yr1"]:
            y1, y2 = _year(g["yr1"]), _year(g["yr2"])
            if y1 is None or y2 is None or not y1 < y2 <= y1 + 50:
                return None
            return str(y1), str(y2), "period", y2
        if g["y"]:
            year = _year(g["y"])
            if year is None or not rules.MIN_YEAR <= year <= rules.MAX_YEAR:
                return None
            month, day = _num(g["m"]), _num(g["d"])
            value = _value(year, month, day)
            if value is None:
                return None
            if g["d2"] or g["d2x"]:
                end = _value(year, month, _num(g["d2"] or g["d2x"]))
                return (value, end, "event", year) if end else None
            return value, None, "event" if month else "reference", year
        if g["iy"]:
            value = _value(int(g["iy"]), int(g["im"]), int(g["id"]))
            return (value, None, "event", int(g["iy"])) if value else None
        if g["ana"]:
            if last_year is None or (rules.ANAPHORIC_YEARS[g["ana"]] == 0 and not g["am"]):
                return None  # a bare 当年 repeats a year already recorded
            year = last_year + rules.ANAPHORIC_YEARS[g["ana"]]
            value = _value(year, _num(g["am"]), _num(g["ad"]))
            return (value, None, "event", year) if value else None
        if g["rel"]:
            if pub_year is None:
                return None
            year = pub_year + rules.RELATIVE_YEARS[g["rel"]]
            value = _value(year, _num(g["rm"]), _num(g["rd"]))
            return (value, None, "event" if g["rm"] else "reference", year) if value else None
        if g["m0"]:
            year = context_year
            month, day = _num(g["m0"]), _num(g["d0"])
            value = _value(year, month, day)
            if value is None:
                return None
            if g["d02"] or g["d02x"]:
                end = _value(year, month, _num(g["d02"] or g["d02x"]))
                return (value, end, "event", None) if end else None
            return value, None, "event", None
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


def _after_target_cue(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    return any(before.endswith(cue) for cue in rules.TARGET_CUES)


def _year_later_in_paragraph(text: str, pos: int) -> int | None:
    """The first year stated after `pos` in the same paragraph (9月2日…2021年度“质量月”)."""
    end = text.find("\n", pos)
    m = YEAR_LATER.search(text, pos, len(text) if end < 0 else end)
    return int(m.group(1)) if m else None
