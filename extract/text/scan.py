"""Full-text regex scans that jump straight to the characters a match can start with.

Python's regex engine skips ahead quickly only for patterns that open with a literal or a
single character class; an alternation such as the date pattern (a year, 同年, 今年, 十三五,
a month…) is tried at every position of the page. `Scanner` reads the pattern's source for
the set of characters any match must start with (`extract.text.regex_facts.start_class`),
finds the next such character with one C-level search, and tries the pattern only there.
The matches are exactly those of `pattern.finditer` (tests check it); a pattern that may
match the empty string, or start with any character, is scanned as usual.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.text.regex_facts import start_class


class Scanner:
    """`finditer` of a pattern, tried only where a match can start."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        cls = None if pattern.flags & re.VERBOSE else start_class(pattern.pattern)
        self.start = re.compile(cls, pattern.flags) if cls else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of `pattern.finditer(text, pos, endpos)`, in order."""
        end = len(text) if endpos is None else endpos
        if self.start is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        search, match = self.start.search, self.pattern.match
        while (candidate := search(text, pos, end)) is not None:
            at = candidate.start()
            m = match(text, at, end)
            if m is None:
                pos = at + 1
                continue
            yield m
            pos = m.end()

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match, as `pattern.search(text, pos, endpos)`."""
        return next(self.finditer(text, pos, endpos), None)
