"""Spans around a match: where a name starts before its head, where a sentence or clause starts.

Shared by the extractors that read names back from their head (第六届青岛市市长质量奖 from
质量奖, 2010年上海名牌产品 from 名牌) and look for counts in the same sentence. All
searches are C-level (rfind/regex), never a scan from the start of the text.
"""

from __future__ import annotations

import re

from extract.rules.common import ANY_CLOSER, CLAUSE_ENDS, OPENING_QUOTES, SENTENCE_ENDS

CLOSING = re.compile(ANY_CLOSER)


def prefix_start(text: str, head_start: int, stop: re.Pattern[str], window: int = 64) -> int:
    """Where the words before a head may begin: after an open quotation mark, else after the last stop."""
    window_start = max(0, head_start - window)
    before = text[window_start:head_start]
    quote = max(before.rfind(q) for q in OPENING_QUOTES)
    if quote >= 0 and not CLOSING.search(before, quote + 1):
        return window_start + quote + 1
    stops = list(stop.finditer(before))
    return window_start + (stops[-1].end() if stops else 0)


def sentence_start(text: str, pos: int) -> int:
    """Index of the first character of the sentence holding `pos`."""
    return max(text.rfind(ch, 0, pos) for ch in SENTENCE_ENDS) + 1


def sentence_end(text: str, pos: int) -> int:
    """Index just past the last character of the sentence holding `pos` (its terminator excluded)."""
    ends = [i for i in (text.find(ch, pos) for ch in SENTENCE_ENDS) if i >= 0]
    return min(ends) if ends else len(text)


def clause_start(text: str, pos: int, start: int = 0) -> int:
    """Index of the first character of the clause holding `pos` (not before `start`)."""
    return max(start, max(text.rfind(ch, start, pos) for ch in CLAUSE_ENDS) + 1)
