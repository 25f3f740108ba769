"""Full-text regex scans that jump straight to the characters a match can start with.

Python's regex engine skips ahead quickly only for patterns that open with a literal or a
single character class; an alternation such as the date pattern (a year, 同年, 今年, 十三五,
a month…) is tried at every position of the page. `Scanner` reads the pattern's syntax
tree for the set of characters any match must start with, finds the next such character
with one C-level search, and tries the pattern only there. The matches are exactly those of
`pattern.finditer` (tests check it); a pattern that may match the empty string, or start
with any character, is scanned as usual.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s", c.CATEGORY_WORD: r"\w"}
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)


class _Anything(Exception):
    """The pattern may start with any character (or the start set cannot be told)."""


def _class_item(op, av) -> str:
    if op is c.LITERAL:
        return re.escape(chr(av))
    if op is c.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is c.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise _Anything


def _firsts(items) -> tuple[list[str], bool]:
    """(class items any match of this sequence starts with, whether it may match empty)."""
    found: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            return [*found, _class_item(op, av)], False
        if op is c.IN:
            if any(o is c.NEGATE for o, _ in av):
                raise _Anything
            return [*found, *(_class_item(o, a) for o, a in av)], False
        if op in _ZERO_WIDTH:
            continue  # an assertion consumes nothing: the next item starts the match
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Anything  # scoped flags: the start set would need them too
            more, empty = _firsts(sub)
        elif op is c.ATOMIC_GROUP:
            more, empty = _firsts(av)
        elif op is c.BRANCH:
            more, empty = [], False
            for branch in av[1]:
                got, branch_empty = _firsts(branch)
                more += got
                empty = empty or branch_empty
        elif op in _REPEATS:
            low, _, sub = av
            more, empty = _firsts(sub)
            empty = empty or low == 0
        else:
            raise _Anything
        found += more
        if not empty:
            return found, False
    return found, True


def start_class(pattern: re.Pattern[str]) -> str | None:
    """A character class of every character a match of `pattern` can start with, or None."""
    try:
        items, empty = _firsts(_parser.parse(pattern.pattern, pattern.flags).data)
    except _Anything:
        return None
    return None if empty or not items else "[" + "".join(dict.fromkeys(items)) + "]"


class Scanner:
    """`finditer` of a pattern, tried only where a match can start."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        cls = start_class(pattern)
        self.start = re.compile(cls, pattern.flags & ~re.VERBOSE) if cls else None

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


@functools.cache
def scanner(pattern: re.Pattern[str]) -> Scanner:
    """The (cached) scanner of a compiled pattern."""
    return Scanner(pattern)
