"""Reading a name back from its head: 第六届青岛市市长质量奖 from 质量奖, 2010年上海名牌产品 from 名牌."""

from __future__ import annotations

import re

QUOTES = '“"「'
CLOSERS = re.compile(r"[”\"」。,;]")


def read_back(text: str, head_start: int, stop: re.Pattern[str], token: re.Pattern[str], window: int = 64) -> int:
    """Where the name whose head starts at `head_start` begins.

    The name starts at the first region, edition or year token (`token`) after the last
    stop character or word, or after an open quotation mark; `head_start` when there is
    no such token (the head alone is the name).
    """
    window_start = max(0, head_start - window)
    before = text[window_start:head_start]
    quote = max(before.rfind(q) for q in QUOTES)
    if quote >= 0 and not CLOSERS.search(before, quote + 1):
        at = quote + 1
    else:
        stops = list(stop.finditer(before))
        at = stops[-1].end() if stops else 0
    found = token.search(before, at)
    return window_start + found.start() if found else head_start
