"""Page metadata from header and footer lines: headline, publication date, outlet."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.rules.boilerplate import HANZI_CHAR
from extract.rules.metadata import (
    BRACKETED_OUTLET,
    DATE_THEN_OUTLET,
    DATE_TIME,
    DATE_WORDS,
    DATELINE,
    DATELINE_DAY,
    DMY,
    DOCUMENT_NOUN_END,
    HEADER_ANCHOR,
    HEADLINE_END,
    ISSUER_END,
    LABELLED_DATE,
    NOT_HEADLINE,
    NOT_OUTLETS,
    NOTICE_OPENER,
    ONLY_DATE,
    ORIGINAL_TITLE,
    OUTLET_BRACKETS,
    OUTLET_PREFIX,
    PUBLISH_DATE,
    SIGNED,
    SOURCE,
    SOURCE_LABEL,
    TABLE_TITLE,
    WIRE,
    YEAR_MENTION,
)
from extract.rules.outlets import KNOWN_OUTLETS, SITE_SUFFIXES

# How far into the page the header (headline, date, source lines) may reach.
HEADER_LINES = 12


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page says about itself."""

    title: str | None
    title_index: int | None
    published_at: str | None
    outlet: str | None


def _iso(match: re.Match[str]) -> str | None:
    y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    day = f"{y:04d}-{m:02d}-{d:02d}"
    if match.groupdict().get("H"):
        return f"{day}T{int(match['H']):02d}:{match['M']}:{match['S'] or '00'}"
    return day


def _first(patterns: tuple[re.Pattern[str], ...], lines: list[str], search: bool = True) -> str | None:
    for pattern in patterns:
        for line in lines:
            m = pattern.search(line) if search else pattern.match(line)
            if m and (iso := _iso(m)):
                return iso
    return None


def find_published(lines: list[str], body_start: int) -> str | None:
    """The page's own date: header labels and lone dates, else the signing date, else a dateline."""
    header = lines[: max(body_start, 1) + 3][:HEADER_LINES]
    found = _first((PUBLISH_DATE, LABELLED_DATE, ONLY_DATE), header)
    if found:
        return found
    short = [line for line in header if len(line) <= 60 and not HEADLINE_END.search(line)]
    found = _first((DATE_TIME, DMY), short) or _first((DATE_TIME,), [lines[0][:30]] if lines else [])
    if found:
        return found
    text = "\n".join(lines)
    signed = [m for m in SIGNED.finditer(text) if _iso(m)]
    if signed:
        return _iso(signed[-1])
    found = _first((ONLY_DATE,), lines[-4:], search=False)
    return found or _dateline_date(lines, body_start, text)


def _dateline_date(lines: list[str], body_start: int, text: str) -> str | None:
    """新华社北京9月6日电: the day of the dateline, in the latest year the text states."""
    for line in lines[body_start : body_start + 2]:
        m = DATELINE_DAY.search(line[:40])
        if m:
            years = [int(y) for y in YEAR_MENTION.findall(text)]
            if years:
                day = f"{max(years)}-{int(m['m']):02d}-{int(m['d']):02d}"
                return day if 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31 else None
    return None


def normalise_outlet(name: str) -> str | None:
    """Known outlet spelling, or the name without a site suffix."""
    name = name.strip(OUTLET_BRACKETS)
    if not HANZI_CHAR.search(name) or name in NOT_OUTLETS:
        return None
    return KNOWN_OUTLETS.get(name, name)


def find_outlet(lines: list[str], body_start: int) -> str | None:
    """The medium named as the source: 来源 lines, datelines, a trailing 《报》 line."""
    m = OUTLET_PREFIX.match(lines[0]) if lines else None
    if m and (name := normalise_outlet(m["o"])):
        return name
    for line in lines[: body_start + 3][:HEADER_LINES] + lines[-6:]:
        m = SOURCE.search(line) if SOURCE_LABEL in line else None
        if m and not m["o"].startswith(DATE_WORDS) and (name := normalise_outlet(m["o"])):
            return name
    for line in lines[:HEADER_LINES]:
        m = DATE_THEN_OUTLET.search(line)
        if m and (name := normalise_outlet(m["o"])):
            return name
    for line in lines[body_start : body_start + 2]:
        m = WIRE.match(line) or DATELINE.match(line)
        if m and (name := normalise_outlet(m["o"])):
            return name
    for line in reversed(lines[-4:]):
        m = BRACKETED_OUTLET.match(line)
        if m:
            return normalise_outlet(m["o"])
    return None


def headline_like(line: str) -> bool:
    """Short, no sentence end, mostly hanzi: the shape of a headline."""
    return 5 <= len(line) <= 80 and not NOT_HEADLINE.search(line) and bool(HANZI_CHAR.search(line))


def link_like(line: str) -> bool:
    """The shape of a link's text: short, no sentence end."""
    return 2 <= len(line) <= 60 and not NOT_HEADLINE.search(line) and bool(HANZI_CHAR.search(line))


def find_title(lines: list[str], reasons: list[str | None], html_title: str | None) -> tuple[str | None, int | None]:
    """The headline and the index of its first line.

    In order: the <title> of an HTML page; a 文件名称 field; an official notice's
    关于…的通报 title (with its issuer line); the headline-shaped line right above the
    first date/source line; else a headline-shaped first line.
    """
    kept = [r is None for r in reasons]
    first_kept = next((i for i, k in enumerate(kept) if k), None)
    if first_kept is None:
        return None, None
    if html_title:
        cleaned = SITE_SUFFIXES.sub("", html_title).strip()
        if not cleaned:
            return None, None
        at = next((i for i in range(min(len(lines), HEADER_LINES)) if kept[i] and cleaned in lines[i]), None)
        return cleaned, at
    for line in lines[:HEADER_LINES]:
        m = TABLE_TITLE.search(line)
        if m:
            return m["t"], None
        if ORIGINAL_TITLE.match(line) and headline_like(_bare(line)):
            return _bare(line), None
    notice = _notice_title(lines, kept)
    if notice:
        return notice
    for anchor in range(min(len(lines), HEADER_LINES)):
        if reasons[anchor] == "metadata" and HEADER_ANCHOR.search(lines[anchor]):
            for i in range(anchor - 1, max(anchor - 4, -1), -1):
                if kept[i] and headline_like(_bare(lines[i])):
                    return _bare(lines[i]), i
            break
    if first_kept < 3 and headline_like(_bare(lines[first_kept])):
        return _bare(lines[first_kept]), first_kept
    return None, None


def _bare(line: str) -> str:
    """A headline without 原标题: or a leading 'Outlet|'."""
    line = ORIGINAL_TITLE.sub("", line)
    if "|" in line[:12]:
        line = line.split("|", 1)[1].strip()
    return line


def _notice_title(lines: list[str], kept: list[bool]) -> tuple[str, int] | None:
    """关于… split over lines up to 通报/决定/通知…, with the issuer line above it."""
    for i in range(min(len(lines), HEADER_LINES)):
        if not (kept[i] and lines[i].startswith(NOTICE_OPENER) and len(lines[i]) <= 40):
            continue
        parts, j = [lines[i]], i
        while not DOCUMENT_NOUN_END.search(parts[-1]) and j + 1 < len(lines) and len(parts) < 3:
            j += 1
            if not (kept[j] and headline_like(lines[j])):
                break
            parts.append(lines[j])
        if not DOCUMENT_NOUN_END.search(parts[-1]):
            continue
        start = i
        if i > 0 and kept[i - 1] and ISSUER_END.search(lines[i - 1]) and len(lines[i - 1]) <= 20:
            parts.insert(0, lines[i - 1])
            start = i - 1
        return "".join(parts), start
    return None
