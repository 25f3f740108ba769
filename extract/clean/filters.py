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
METADATA_LABEL = re.compile(rf"(?:{'|'.join(rules.METADATA_LABELS)})\s*[:：]")
FOOTER = _any(rules.FOOTER_PATTERNS)
PHOTO_CREDIT = re.compile(rules.PHOTO_CREDIT)
LATIN = re.compile(r"[A-Za-z]")
QUESTION_END = re.compile(r"[?？!！]\s*$")
DISCLAIMER = _any(rules.DISCLAIMER_PATTERNS)
TICKER = _any(rules.TICKER_PATTERNS)
RELATED_HEADING = re.compile(rf"^[^\w]*[【\[]?({'|'.join(rules.RELATED_HEADINGS)})[】\]]?\s*[:>»]*\s*$")
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


def metadata_label(line: str) -> str | None:
    """A short line carrying a header label (来源:, 责任编辑:, 发布时间:, 阅读:...)."""
    # An interview's 记者:…? question is body text, not a byline.
    if len(line) <= 100 and "。" not in line and not QUESTION_END.search(line) and METADATA_LABEL.search(line):
        return "metadata"
    return None


def photo_credit(line: str) -> str | None:
    """A caption or credit line ending in 摄: (李晨 摄), 记者林骏强摄."""
    if len(line) <= 60 and PHOTO_CREDIT.search(line) and line.count("。") <= 1:
        return "gallery"
    return None


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


def no_hanzi(line: str) -> str | None:
    """Lines without a single hanzi: English abstracts, file names, separators, stray numbers."""
    if HAN.search(line):
        return None
    return "foreign" if len(LATIN.findall(line)) >= 20 else "empty"


# Applied in order; the first that answers gives the reason.
LINE_FILTERS: list[LineFilter] = [
    html_only,
    spam,
    _match(TICKER, "ticker"),
    _match(DISCLAIMER, "disclaimer", max_len=600),
    _match(FOOTER, "footer", max_len=300),
    _match(NAVIGATION, "navigation", max_len=200),
    _match(METADATA, "metadata", max_len=160),
    metadata_label,
    photo_credit,
    _match(GALLERY, "gallery"),
    _match(UI_LABEL, "ui_label"),
    related_heading,
    related_item,
    no_hanzi,
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


INLINE_JUNK = re.compile(r"【\s*/?[a-zA-Z]{1,4}/?\s*】|\*{2,}|\ufffd|(?<![A-Za-z])undefined(?![A-Za-z])")


def strip_inline_junk(line: str) -> str:
    """Template placeholders (【/h/】), masking asterisks, U+FFFD mojibake, 'undefined' inside a line."""
    return INLINE_JUNK.sub("", line).strip() if INLINE_JUNK.search(line) else line


DOUBLED_ANY = re.compile(r"[,、。]\s*[,、。]")


def repair_punctuation(line: str) -> str:
    """Doubled punctuation left by scrapers: ",," and ",。"."""
    if not DOUBLED_ANY.search(line):
        return line
    for pattern, repl in DOUBLED:
        line = pattern.sub(repl, line)
    return line
