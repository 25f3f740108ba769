"""Where a reader looks for its pattern, relative to the mention, and the reader itself.

Each side is a small function with an example: the last words before the mention
(`before`), all that stands between it and the mention before (`between`), the sentence
before it (`left`), its last clause whole (`subject`), the sentence
after it (`right`, from after a closing quote), the rest of its line when it opens one
(`heading`), and the rest of the sentence up to the next mention (`later`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from extract.extractors.awards.reading import Reading, Statement
from extract.text.names import clause_start, sentence_end

Side = Literal["before", "between", "left", "subject", "right", "heading", "later"]
Patterns = tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Reader:
    """One way a count is read: where to look, what to look for, and how to read what is found."""

    name: str
    side: Side  # where the patterns are looked for: see SIDES
    patterns: Patterns
    read: Callable[[Statement, re.Match[str]], Reading | None]  # None: not this reader's statement

    def apply(self, st: Statement) -> Reading | None:
        """The reading of `st`, or None if the pattern is not found on its side or the reader declines."""
        m = SIDES[self.side](st, self.patterns)
        return self.read(st, m) if m else None


def _before(st: Statement, patterns: Patterns) -> re.Match[str] | None:
    """The last 8 characters of the sentence before the mention: 45家企业[申报]市长质量奖."""
    return patterns[0].search(st.text[max(st.begins, st.mention.start - 8) : st.mention.start])


def _between(st: Statement, patterns: Patterns) -> re.Match[str] | None:
    """All that stands between the mention before and this one, whole: 省政府质量奖[及]提名奖."""
    return patterns[0].fullmatch(st.left)


def _left(st: Statement, patterns: Patterns) -> re.Match[str] | None:
    """The sentence before the mention, from the end of the mention before (a match ends at the mention)."""
    return patterns[0].search(st.left)


def _subject(st: Statement, patterns: Patterns) -> re.Match[str] | None:
    """The last clause before the mention, whole: …,[鑫缘丝绸获得]中国质量奖提名奖."""
    return patterns[0].fullmatch(st.left, clause_start(st.left, len(st.left)))


def _right(st: Statement, patterns: Patterns) -> re.Match[str] | None:
    """The sentence after the mention (and its closing quote): 辽宁省省长质量奖[企业4家], …奖”[的A、B等5家企业]."""
    return patterns[0].match(st.right)


def _heading(st: Statement, patterns: Patterns) -> re.Match[str] | None:
    """The rest of the mention's line, when the mention opens it: 第八届…奖[获奖单位] (lines below read after)."""
    text, mention = st.text, st.mention
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    tail = text[mention.end : len(text) if line_end < 0 else line_end]
    return None if text[line_start : mention.start].strip() else patterns[0].fullmatch(tail)


def _later(st: Statement, patterns: Patterns) -> re.Match[str] | None:
    """The rest of the sentence up to the next mention, the earliest match of any pattern: …揭晓[,5家企业获奖]."""
    end = min(sentence_end(st.text, st.mention.end), st.next_start)
    found = [m for p in patterns if (m := p.search(st.text, st.mention.end, end))]
    return min(found, key=lambda m: m.start()) if found else None


# Where a reader looks, relative to the mention (match positions are relative to that side,
# except `later`'s, which are positions in the text).
SIDES: dict[Side, Callable[[Statement, Patterns], re.Match[str] | None]] = {
    "before": _before,
    "between": _between,
    "left": _left,
    "subject": _subject,
    "right": _right,
    "heading": _heading,
    "later": _later,
}
