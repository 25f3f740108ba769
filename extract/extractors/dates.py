"""Dates: absolute, partial, relative (同年12月), ranges (2011-2020年) and plan periods (十三五)."""

from __future__ import annotations

import re
from calendar import monthrange

from extract.extractors.base import Context, dedupe, make, register
from extract.models import DateRecord
from extract.rules import dates as rules
from extract.text.numbers import parse_chinese
from extract.text.scan import Scanner

NAME = "dates/2"
PATTERN = rules.DATE
SCAN = Scanner(PATTERN)


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
        return bool(rules.DOC_NUMBER_AFTER.match(text, m.end()))

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
    m = rules.YEAR_LATER.search(text, pos, len(text) if end < 0 else end)
    return int(m.group(1)) if m else None
