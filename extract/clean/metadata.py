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
PUBLISH_DATE = re.compile(r"(?:发布|发表|更新)(?:时间|日期)\s*[:：|]?\s*\|?\s*" + YMD + HMS)
LABELLED_DATE = re.compile(r"(?:时间|日期)\s*[:：|]?\s*\|?\s*" + YMD + HMS)
SIGNED = re.compile(r"(?:人民政府|办公室|办公厅|委员会|领导小组|局)\s*" + YMD)
DATELINE_DAY = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|讯)")
YEAR_MENTION = re.compile(r"(?<![-—~至到\d])((?:19|20)\d{2})年")
TABLE_TITLE = re.compile(r"(?:文件名称|标题|题名)\s*\|\s*(?P<t>[^|]{4,80}?)\s*\|")
DOC_NOUN_END = re.compile(r"(?:通报|决定|通知|意见|办法|批复|函|公告|报告|方案|规划|细则|命令)$")
ISSUER = re.compile(r"(?:人民政府|委员会|办公室|办公厅|局|领导小组)$")
ANCHOR = re.compile(r"\d{4}[-/.年]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|来源|作者|点击|阅读|浏览")
DATE_THEN_OUTLET = re.compile(YMD + HMS + r"\s+(?P<o>[\u4e00-\u9fff]{2,12}(?:网|报|社|台))$")
ONLY_DATE = re.compile(r"^[〖【\[(]?\s*" + YMD + HMS + r"\s*时?[〗】\])]?$")
SOURCE = re.compile(r"(?:信息|新闻|文章|稿件)?来源\s*[:：]\s*(?P<o>[^\s:：|]{2,20})")
DATELINE = re.compile(
    r"^[【\[]?(?P<o>[^\s【】\[\]()(),,。:：|]{2,14}?(?:网|报|社|台|在线|新闻))(?:-[^\s\d]{2,8})?"
    r"(?:[\u4e00-\u9fff]{2,3})?(?:\d{1,2}月\d{1,2}日)?(?:讯|消息|电)[】\]]?"
)
WIRE = re.compile(r"^(?P<o>新华社|中新社|中新网|人民网|央视网|新华网)[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日(电|讯)")
OUTLET_PREFIX = re.compile(r"^[【\[]?(?P<o>[\u4e00-\u9fff]{2,10}(?:网|报|社|台))\s*[|｜]")
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
    name = name.strip("《》【】[] ")
    if not HAN.search(name) or name in ("本报", "本网", "本站", "记者"):
        return None
    return KNOWN_OUTLETS.get(name, name)


def find_outlet(lines: list[str], body_start: int) -> str | None:
    """The medium named as the source: 来源 lines, datelines, a trailing 《报》 line."""
    m = OUTLET_PREFIX.match(lines[0]) if lines else None
    if m and (name := normalise_outlet(m["o"])):
        return name
    for line in lines[: body_start + 3][:HEADER_LINES] + lines[-6:]:
        m = SOURCE.search(line) if "来源" in line else None
        if m and not m["o"].startswith(("日期", "时间")) and (name := normalise_outlet(m["o"])):
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
    return 5 <= len(line) <= 80 and not HEADLINE_END.search(line) and bool(HAN.search(line)) and "。" not in line


def link_like(line: str) -> bool:
    """The shape of a link's text: short, no sentence end."""
    return 2 <= len(line) <= 60 and not HEADLINE_END.search(line) and bool(HAN.search(line)) and "。" not in line


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
        if reasons[anchor] == "metadata" and ANCHOR.search(lines[anchor]):
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
        if not (kept[i] and lines[i].startswith("关于") and len(lines[i]) <= 40):
            continue
        parts, j = [lines[i]], i
        while not DOC_NOUN_END.search(parts[-1]) and j + 1 < len(lines) and len(parts) < 3:
            j += 1
            if not (kept[j] and headline_like(lines[j])):
                break
            parts.append(lines[j])
        if not DOC_NOUN_END.search(parts[-1]):
            continue
        start = i
        if i > 0 and kept[i - 1] and ISSUER.search(lines[i - 1]) and len(lines[i - 1]) <= 20:
            parts.insert(0, lines[i - 1])
            start = i - 1
        return "".join(parts), start
    return None
