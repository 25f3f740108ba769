"""Page metadata from header and footer lines: headline, publication date, outlet."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.rules.outlets import KNOWN_OUTLETS, SITE_SUFFIXES

# How far into the page the header (headline, date, source lines) may reach.
HEADER_LINES = 12
YMD = r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
HMS = r"(?:\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
DATE_TIME = re.compile(YMD + HMS)
DMY = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})\b")
LABELLED_DATE = re.compile(r"(发布|发表|发文|更新|成文|印发)?(时间|日期)\s*[:：|]?\s*\|?\s*" + YMD + HMS)
ONLY_DATE = re.compile(r"^[〖【\[(]?\s*" + YMD + HMS + r"\s*时?[〗】\])]?$")
SOURCE = re.compile(r"(?:信息|新闻|文章|稿件)?来源\s*[:：]\s*(?P<o>[^\s:：|]{2,20})")
DATELINE = re.compile(
    r"^[【\[]?(?P<o>[^\s【】\[\]()(),,。:：]{2,12}?)(?:-[^\s]{2,8})?"
    r"(?:[\u4e00-\u9fff]{0,3}\d{1,2}月\d{1,2}日)?(?:[\u4e00-\u9fff]{2,3})?(?:讯|消息|电)[】\]]?"
)
WIRE = re.compile(r"^(?P<o>新华社|中新社|中新网|人民网|央视网|新华网)[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日(电|讯)")
BRACKETED_OUTLET = re.compile(r"^《(?P<o>[^《》]{2,12}(报|刊|杂志|周刊))》$")
HEADLINE_END = re.compile(r"[。;:：]$")
ORIGINAL_TITLE = re.compile(r"^原标题\s*[:：]\s*")
HAN = re.compile(r"[\u4e00-\u9fff]")


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


def find_published(lines: list[str], body_start: int) -> str | None:
    """The page's own date: a labelled or lone date in the header, else a signing date at the foot."""
    header = lines[: max(body_start, 1) + 3][:HEADER_LINES]
    for line in header:
        for pattern in (LABELLED_DATE, ONLY_DATE):
            m = pattern.search(line)
            if m and (iso := _iso(m)):
                return iso
    for line in header:
        if len(line) <= 60 and not HEADLINE_END.search(line):
            m = DATE_TIME.search(line) or DMY.search(line)
            if m and (iso := _iso(m)):
                return iso
    for line in reversed(lines[-4:]):
        m = ONLY_DATE.match(line)
        if m and (iso := _iso(m)):
            return iso
    return None


def normalise_outlet(name: str) -> str | None:
    """Known outlet spelling, or the name without a site suffix."""
    name = name.strip("《》【】[] ")
    if not HAN.search(name) or name in ("本报", "本网", "本站", "记者"):
        return None
    return KNOWN_OUTLETS.get(name, name)


def find_outlet(lines: list[str], body_start: int) -> str | None:
    """The medium named as the source: 来源 lines, datelines, a trailing 《报》 line."""
    for line in lines[: body_start + 3][:HEADER_LINES] + lines[-6:]:
        m = SOURCE.search(line)
        if m and not m["o"].startswith(("日期", "时间")) and (name := normalise_outlet(m["o"])):
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
    return 5 <= len(line) <= 80 and not HEADLINE_END.search(line) and bool(HAN.search(line)) and "。" not in line


def find_title(lines: list[str], kept: list[bool], html_title: str | None) -> tuple[str | None, int | None]:
    """The headline: the <title> of an HTML page, else the first headline-shaped kept line."""
    first_kept = next((i for i, k in enumerate(kept) if k), None)
    if first_kept is None:
        return None, None
    line = ORIGINAL_TITLE.sub("", lines[first_kept])
    if "|" in line[:12]:
        line = line.split("|", 1)[1].strip()
    if html_title:
        cleaned = SITE_SUFFIXES.sub("", html_title).strip()
        return cleaned or None, first_kept if cleaned and cleaned in lines[first_kept] else None
    if first_kept < HEADER_LINES and headline_like(line):
        return line, first_kept
    return None, None
