"""Line filters: each answers "drop, and why" (a reason) or None for one normalised line.

The rules are data (`extract.rules.boilerplate`); `LINE_FILTERS` gives their order, with the
three filters that are code (markup only, spam counting, no hanzi).

One fast path gives the answers of running every filter in turn (a test checks it on every
line of the corpus): a rule's patterns not anchored at the line start run only on a line
holding one of their cue words, the words one of which every match contains, read from the
patterns themselves (`extract.text.regex_facts`) and all found by one Aho-Corasick pass over
the line. Most lines are body text with no cue. (Anchored patterns fail at once and need no
gate; trying them all as one combined match at position 0 was measured slower, and went.)
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick_rs

from extract.rules import boilerplate as rules
from extract.rules.boilerplate import DOUBLED_ANY, LineRule
from extract.text.regex_facts import cues

LineFilter = Callable[[str], str | None]

TAG = re.compile(r"</?[a-zA-Z][^<>]{0,400}>|<!--.*?-->")
BULLET = rules.BULLET


def html_only(line: str) -> str | None:
    """A line that is nothing but markup."""
    if "<" in line and not TAG.sub("", line).strip():
        return "html"
    return None


def spam(line: str) -> str | None:
    """Keyword-stuffed SEO lines: several spam terms, or one in a short line that is no sentence."""
    hits = len(rules.SPAM.findall(line))
    if hits >= 2 or (hits == 1 and len(line) < 80 and not rules.SENTENCE.search(line)):
        return "spam"
    return None


spam.gate = rules.SPAM  # type: ignore[attr-defined]  # runs only where a spam term is


def no_hanzi(line: str) -> str | None:
    """Lines without a single hanzi: English abstracts, file names, separators, stray numbers."""
    if rules.HANZI_CHAR.search(line):
        return None
    return "foreign" if len(rules.LATIN.findall(line)) >= 20 else "empty"


# Applied in order; the first that answers gives the reason.
LINE_FILTERS: list[LineFilter] = [
    html_only,
    spam,
    rules.TICKER,
    rules.DISCLAIMER,
    rules.FOOTER,
    rules.NAVIGATION,
    rules.METADATA,
    rules.METADATA_LABEL,
    rules.PHOTO_CREDIT,
    rules.GALLERY,
    rules.UI_LABEL,
    rules.RELATED_HEADING,
    rules.RELATED_ITEM,
    no_hanzi,
]


class Step(NamedTuple):
    """A filter, or one side of a rule (its anchored or its other patterns), and its cue ids (none: it always runs)."""

    run: LineFilter
    cue_ids: frozenset[int]


@dataclass(frozen=True)
class Plan:
    """How `classify` runs a list of filters: its steps in order, and the automaton of their cue words."""

    steps: tuple[Step, ...]
    uncued: tuple[Step, ...]  # the steps a line holding no cue word goes through
    automaton: ahocorasick_rs.AhoCorasick | None

    def cues_in(self, line: str) -> set[int]:
        """The ids of the cue words `line` holds (case-insensitive)."""
        if self.automaton is None:
            return set()
        return {cue for cue, _, _ in self.automaton.find_matches_as_indexes(line.lower(), overlapping=True)}


def gate_of(line_filter: LineFilter) -> frozenset[str] | None:
    """The cue words of a filter's patterns not anchored at the start (None: it runs on every line)."""
    if isinstance(line_filter, LineRule):
        return cues(line_filter.floating.pattern) if line_filter.floating is not None else None
    pattern = getattr(line_filter, "gate", None)
    return cues(pattern.pattern) if pattern is not None else None


@functools.cache
def plan(filters: tuple[LineFilter, ...]) -> Plan:
    """The steps of `filters`, in order, with the automaton of their cue words."""
    # A rule's anchored patterns are always tried (they fail at once); its other patterns and the
    # filters that are code are gated by their cue words.
    words: dict[str, int] = {}
    steps = []
    for line_filter in filters:
        if isinstance(line_filter, LineRule) and line_filter.anchored is not None:
            steps.append(Step(line_filter.at_start, frozenset()))
        if isinstance(line_filter, LineRule) and line_filter.floating is None:
            continue
        run = line_filter.anywhere if isinstance(line_filter, LineRule) else line_filter
        gate = sorted(gate_of(line_filter) or ())
        steps.append(Step(run, frozenset(words.setdefault(w, len(words)) for w in gate)))
    automaton = ahocorasick_rs.AhoCorasick(list(words)) if words else None
    return Plan(tuple(steps), tuple(step for step in steps if not step.cue_ids), automaton)


def classify(line: str, every_filter: bool = False) -> str | None:
    """The reason to drop a line, or None to keep it (`every_filter`: run each filter in turn, ungated)."""
    if every_filter:
        return next((reason for line_filter in LINE_FILTERS if (reason := line_filter(line))), None)
    p = plan(tuple(LINE_FILTERS))
    present = p.cues_in(line)
    for run, cue_ids in p.steps if present else p.uncued:
        if cue_ids and cue_ids.isdisjoint(present):
            continue
        reason = run(line)
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


def may_hold_inline_junk(text: str) -> bool:
    """Whether `text` holds a character or word every piece of inline junk starts with."""
    return any(start in text for start in rules.INLINE_JUNK_STARTS)


def strip_inline_junk(line: str) -> str:
    """Template placeholders (【/h/】), masking asterisks, U+FFFD mojibake, 'undefined' inside a line."""
    if not may_hold_inline_junk(line):
        return line
    return rules.INLINE_JUNK.sub("", line).strip() if rules.INLINE_JUNK.search(line) else line


def repair_punctuation(line: str) -> str:
    """Doubled punctuation left by scrapers: ",," and ",。".

    Repeated until none is left, since one repair can bring two marks together (。、。 → 。。 → 。).
    """
    while DOUBLED_ANY.search(line):
        repaired = line
        for pattern, repl in rules.DOUBLED:
            repaired = pattern.sub(repl, repaired)
        if repaired == line:
            break
        line = repaired
    return line
