"""Full-text patterns scanned only around the literals every match must contain.

A pattern like 19家企业获得这一奖项 cannot match where 这一奖项 (or another of its cue words)
does not occur. Scanning every position of a page for it costs more than the rest of its
extractor, so the scan runs only in windows around the cue words: from `back` characters
before a cue (or from the last `stops` character before that) to `ahead` characters after
it. The matches are exactly those of `pattern.finditer(text)`, provided no match (its
lookarounds included) reaches further from its cue than that: tests check it on real pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Gate:
    """A pattern, the cue words every match contains, and how far a match reaches around its cue."""

    pattern: re.Pattern[str]
    cues: tuple[str, ...]
    back: int
    ahead: int
    stops: str = ""  # a match never crosses these characters before its cue's `back` margin

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of `pattern.finditer(text)`, found in the windows around the cues only."""
        done = 0
        for start, end in self.windows(text):
            for m in self.pattern.finditer(text, max(start, done), end):
                done = max(m.end(), m.start() + 1)
                yield m

    def windows(self, text: str) -> list[tuple[int, int]]:
        """Disjoint, sorted [start, end) windows around every cue in `text`."""
        spans = []
        for cue in self.cues:
            at = text.find(cue)
            while at >= 0:
                spans.append((self._window_start(text, at), min(len(text), at + len(cue) + self.ahead)))
                at = text.find(cue, at + 1)
        if not spans:
            return []
        spans.sort()
        merged = [spans[0]]
        for start, end in spans[1:]:
            if start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged

    def _window_start(self, text: str, at: int) -> int:
        start = max(0, at - self.back)
        if self.stops:
            start = max(text.rfind(ch, 0, start) for ch in self.stops) + 1
        return start
