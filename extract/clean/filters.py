"""Line filters: each answers "drop, and why" (a reason) or None for one normalised line."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from extract.rules import boilerplate as rules

LineFilter = Callable[[str], str | None]

TAG = re.compile(r"</?[a-zA-Z][^<>]{0,400}>|<!--.*?-->")
ENTITY = re.compile(r"&(#\d{1,6}|#x[0-9a-fA-F]{1,5}|[a-zA-Z]{2,8});")
BULLET = re.compile(r"^\s*[-•·*▪►◆●○■□]\s*")
TRAILING_DATE = re.compile(r"[(（\[]?\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*[)）\]]?$")
SENTENCE_END = re.compile(r"[。!?;…]$|[。!?]”$")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


SPAM = re.compile("|".join(map(re.escape, rules.SPAM_TERMS)), re.IGNORECASE)
NAVIGATION = _any(rules.NAVIGATION_PATTERNS)
METADATA = _any(rules.METADATA_PATTERNS)
DISCLAIMER = _any(rules.DISCLAIMER_PATTERNS)
TICKER = _any(rules.TICKER_PATTERNS)
RELATED_HEADING = re.compile(rf"^[【\[]?({'|'.join(rules.RELATED_HEADINGS)})[】\]]?\s*[:>»]*\s*$")
GALLERY = re.compile(rf"^({'|'.join(map(re.escape, rules.GALLERY_LINES))})\s*$")
UI_LABEL = re.compile(rf"^([【\[]?({'|'.join(map(re.escape, rules.UI_LABELS))})[】\]]?\s*[|/]?\s*)+$", re.IGNORECASE)


def html_only(line: str) -> str | None:
    """A line that is nothing but markup."""
    if "<" in line and not TAG.sub("", line).strip():
        return "html"
    return None


def spam(line: str) -> str | None:
    """Keyword-stuffed SEO lines: several spam terms, or one in a line with no sentence."""
    hits = len(SPAM.findall(line))
    if hits >= 2 or (hits == 1 and len(line) < 80 and not SENTENCE_END.search(line) and "。" not in line):
        return "spam"
    return None


def _match(pattern: re.Pattern[str], reason: str, max_len: int = 400) -> LineFilter:
    def apply(line: str) -> str | None:
        return reason if len(line) <= max_len and pattern.search(line) else None

    apply.__name__ = reason
    return apply


def related_heading(line: str) -> str | None:
    """The heading of a list of links to other articles."""
    return "related_links" if RELATED_HEADING.match(line) else None


def related_item(line: str) -> str | None:
    """A bulleted headline or a headline with a date glued on: a link to another article."""
    if len(line) > 120 or "。" in line[:-1]:
        return None
    if BULLET.match(line) or (TRAILING_DATE.search(line) and not SENTENCE_END.search(line)):
        return "related_links"
    return None


def no_text(line: str) -> str | None:
    """Lines with no hanzi and no digits: separators, stray symbols."""
    return None if HAN.search(line) or re.search(r"\d", line) else "empty"


# Applied in order; the first that answers gives the reason.
LINE_FILTERS: list[LineFilter] = [
    html_only,
    spam,
    _match(TICKER, "ticker"),
    _match(DISCLAIMER, "disclaimer", max_len=600),
    _match(NAVIGATION, "navigation", max_len=200),
    _match(METADATA, "metadata", max_len=160),
    _match(GALLERY, "gallery"),
    _match(UI_LABEL, "ui_label"),
    related_heading,
    related_item,
    no_text,
]


def classify(line: str) -> str | None:
    """The reason to drop a line, or None to keep it."""
    for line_filter in LINE_FILTERS:
        reason = line_filter(line)
        if reason:
            return reason
    return None


def strip_markup(line: str) -> str:
    """Inline tags and entities out of a kept line."""
    if "<" in line:
        line = TAG.sub("", line)
    if "&" in line:
        line = html.unescape(line)
    return line.strip()


DOUBLED = [
    (re.compile(r",{2,}"), ","),
    (re.compile(r",\s*。"), "。"),
    (re.compile(r"。{2,}"), "。"),
    (re.compile(r"、{2,}"), "、"),
    (re.compile(r",\s*、"), "、"),
    (re.compile(r"[,、]\s*([,。])"), r"\1"),
]


def repair_punctuation(line: str) -> str:
    """Doubled punctuation left by scrapers: ",," and ",。"."""
    for pattern, repl in DOUBLED:
        line = pattern.sub(repl, line)
    return line
