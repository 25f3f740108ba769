"""Line filters: each answers "drop, and why" (a reason) or None for one normalised line.

Most patterns can only match a line that holds one of their cue words (a breadcrumb
needs one of > › » →, a copyright notice 版权, ©, icp…; `rules.boilerplate.CUES`). One
Aho-Corasick pass over a line finds the cues it holds, and a filter none of whose cues
is there is not run. The answers are those of running every filter (a test checks it on
every line of the corpus), at a fraction of the cost: most lines are body text with no
cue at all. Patterns anchored at the line start (^…) need no cue: they fail at once.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Iterable

import ahocorasick_rs

from extract.rules import boilerplate as rules

LineFilter = Callable[[str], str | None]

TAG = re.compile(r"</?[a-zA-Z][^<>]{0,400}>|<!--.*?-->")
ENTITY = re.compile(r"&(#\d{1,6}|#x[0-9a-fA-F]{1,5}|[a-zA-Z]{2,8});")
BULLET = re.compile(r"^\s*[-•·*▪►◆●○■□]\s*")
TRAILING_DATE = re.compile(r"[(（\[]?\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*[)）\]]?$")
SENTENCE_END = re.compile(r"[。!?;…]$|[。!?]”$")
HAN = re.compile(r"[\u4e00-\u9fff]")
# Every cue word of every filter, in one list: a filter's `cue_ids` index into it.
_CUE_WORDS: list[str] = []


def _any(patterns: Iterable[str], flags: int) -> re.Pattern[str]:
    """One pattern matching where any of `patterns` does."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def cued(*cues: str) -> Callable[[LineFilter], LineFilter]:
    """Mark a filter as one that can only answer for a line holding one of `cues` (any case)."""

    def mark(line_filter: LineFilter) -> LineFilter:
        ids = []
        for cue in cues:
            cue = cue.lower()
            if cue not in _CUE_WORDS:
                _CUE_WORDS.append(cue)
            ids.append(_CUE_WORDS.index(cue))
        line_filter.cue_ids = frozenset(ids)  # type: ignore[attr-defined]
        return line_filter

    return mark


@functools.cache
def _cue_automaton() -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(_CUE_WORDS)


def cues_in(line: str) -> set[int]:
    """The ids of the cue words `line` holds (case-insensitive)."""
    return {cue for cue, _, _ in _cue_automaton().find_matches_as_indexes(line.lower(), overlapping=True)}


SPAM = re.compile("|".join(map(re.escape, rules.SPAM_TERMS)), re.IGNORECASE)
METADATA_LABEL = re.compile(rf"(?:{'|'.join(rules.METADATA_LABELS)})\s*[:：]")
PHOTO_CREDIT = re.compile(rules.PHOTO_CREDIT)
LATIN = re.compile(r"[A-Za-z]")
QUESTION_END = re.compile(r"[?？!！]\s*$")
RELATED_HEADING = re.compile(rf"^[^\w]*[【\[]?({'|'.join(rules.RELATED_HEADINGS)})[】\]]?\s*[:>»]*\s*$")
GALLERY = re.compile(rf"^({'|'.join(map(re.escape, rules.GALLERY_LINES))})\s*$")
UI_LABEL = re.compile(rf"^([【\[]?({'|'.join(map(re.escape, rules.UI_LABELS))})[】\]]?\s*[|/]?\s*)+$", re.IGNORECASE)


def html_only(line: str) -> str | None:
    """A line that is nothing but markup."""
    if "<" in line and not TAG.sub("", line).strip():
        return "html"
    return None


@cued(*rules.SPAM_TERMS)
def spam(line: str) -> str | None:
    """Keyword-stuffed SEO lines: several spam terms, or one in a line with no sentence."""
    hits = len(SPAM.findall(line))
    if hits >= 2 or (hits == 1 and len(line) < 80 and not SENTENCE_END.search(line) and "。" not in line):
        return "spam"
    return None


def _match(patterns: list[str], reason: str, max_len: int = 400, flags: int = re.IGNORECASE) -> list[LineFilter]:
    """Filters giving `reason` to a line of at most `max_len` characters that a pattern matches.

    The patterns anchored at the line start make one filter (`anchored`: `classify` tries
    all such filters in one match at position 0); the others make a filter that needs one of
    the reason's cue words in the line.
    """
    anchored = [p for p in patterns if p.startswith("^")]
    floating = [p for p in patterns if not p.startswith("^")]
    made: list[LineFilter] = []
    if anchored:
        made.append(_anchored(_any(anchored, flags), reason, max_len))
    if floating:
        pattern = _any(floating, flags)

        def anywhere(line: str) -> str | None:
            return reason if len(line) <= max_len and pattern.search(line) else None

        made.append(cued(*rules.CUES[reason])(anywhere))
    for line_filter in made:
        line_filter.__name__ = reason
    return made


def _anchored(pattern: re.Pattern[str], reason: str, max_len: int | None = None) -> LineFilter:
    """A filter whose pattern matches at the start of the line (or not at all)."""

    def at_start(line: str) -> str | None:
        return reason if (max_len is None or len(line) <= max_len) and pattern.match(line) else None

    at_start.anchored = (pattern, reason, max_len)  # type: ignore[attr-defined]
    at_start.__name__ = reason
    return at_start


@cued(":", "：")
def metadata_label(line: str) -> str | None:
    """A short line carrying a header label (来源:, 责任编辑:, 发布时间:, 阅读:...)."""
    # An interview's 记者:…? question is body text, not a byline.
    if len(line) <= 100 and "。" not in line and not QUESTION_END.search(line) and METADATA_LABEL.search(line):
        return "metadata"
    return None


@cued("摄")
def photo_credit(line: str) -> str | None:
    """A caption or credit line ending in 摄: (李晨 摄), 记者林骏强摄."""
    if len(line) <= 60 and PHOTO_CREDIT.search(line) and line.count("。") <= 1:
        return "gallery"
    return None


# The heading of a list of links to other articles.
related_heading = _anchored(RELATED_HEADING, "related_links")


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
    *_match(rules.TICKER_PATTERNS, "ticker"),
    *_match(rules.DISCLAIMER_PATTERNS, "disclaimer", max_len=600),
    *_match(rules.FOOTER_PATTERNS, "footer", max_len=300),
    *_match(rules.NAVIGATION_PATTERNS, "navigation", max_len=200),
    *_match(rules.METADATA_PATTERNS, "metadata", max_len=160),
    metadata_label,
    photo_credit,
    _anchored(GALLERY, "gallery", 400),
    _anchored(UI_LABEL, "ui_label", 400),
    related_heading,
    related_item,
    no_hanzi,
]


Steps = list[tuple[int, LineFilter, frozenset[int]]]


@functools.cache
def _plan(filters: tuple[LineFilter, ...]) -> tuple[re.Pattern[str] | None, Steps, Steps]:
    """The anchored filters as one pattern (a named group each, in order); the other filters
    with their cue ids, and those of them that need no cue."""
    branches, others = [], []
    for i, line_filter in enumerate(filters):
        anchored = getattr(line_filter, "anchored", None)
        if anchored is None:
            others.append((i, line_filter, getattr(line_filter, "cue_ids", frozenset())))
            continue
        pattern = anchored[0]
        inline = "(?i:" if pattern.flags & re.IGNORECASE else "(?:"
        branches.append(f"(?P<f{i}>{inline}{pattern.pattern}))")
    combined = re.compile("|".join(branches)) if branches else None
    return combined, others, [step for step in others if not step[2]]


def classify(line: str, every_filter: bool = False) -> str | None:
    """The reason to drop a line, or None to keep it (`every_filter`: run each filter on its own)."""
    filters = tuple(LINE_FILTERS)
    if every_filter:
        return next((reason for line_filter in filters if (reason := line_filter(line))), None)
    combined, others, uncued = _plan(filters)
    first = len(filters)
    if combined is not None and (m := combined.match(line)):
        first = next(int(name[1:]) for name, value in m.groupdict().items() if value is not None)
        max_len = filters[first].anchored[2]
        if max_len is not None and len(line) > max_len:  # too long for the first: try each in turn
            return classify(line, every_filter=True)
    present = cues_in(line)
    for i, line_filter, ids in others if present else uncued:
        if i > first:
            break
        if ids and ids.isdisjoint(present):
            continue
        reason = line_filter(line)
        if reason:
            return reason
    return filters[first].anchored[1] if first < len(filters) else None


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


def may_hold_inline_junk(text: str) -> bool:
    """Whether `text` holds a character or word every piece of inline junk starts with."""
    return "【" in text or "**" in text or "\ufffd" in text or "undefined" in text


def strip_inline_junk(line: str) -> str:
    """Template placeholders (【/h/】), masking asterisks, U+FFFD mojibake, 'undefined' inside a line."""
    if not may_hold_inline_junk(line):
        return line
    return INLINE_JUNK.sub("", line).strip() if INLINE_JUNK.search(line) else line


DOUBLED_ANY = re.compile(r"[,、。]\s*[,、。]")


def repair_punctuation(line: str) -> str:
    """Doubled punctuation left by scrapers: ",," and ",。"."""
    if not DOUBLED_ANY.search(line):
        return line
    for pattern, repl in DOUBLED:
        line = pattern.sub(repl, line)
    return line
