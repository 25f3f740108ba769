"""Repeated text within a page: exact and near-duplicate paragraphs, and summaries."""

from __future__ import annotations

import bisect
import re

from extract.rules.boilerplate import SUMMARY

PUNCT_SPACE = re.compile(r"[\s\W_]+")
# Paragraphs shorter than this are compared exactly only (headings repeat legitimately).
MIN_NEAR_CHARS = 40
# A truncated copy (a page cut mid-paragraph) must keep at least this much to count.
MIN_PREFIX_CHARS = 8
NUMBERS = re.compile(r"\d+(?:\.\d+)?")
# Near-duplicate search is quadratic in paragraphs: past this many, exact duplicates only.
MAX_NEAR_PARAGRAPHS = 600


def fingerprint(text: str) -> str:
    """Letters and digits only: digits are data, so they are never folded."""
    return PUNCT_SPACE.sub("", text)


def bigrams(text: str) -> set[str]:
    """Character bigrams of a fingerprint."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def containment(small: set[str], big: set[str]) -> float:
    """Share of `small` found in `big`."""
    return len(small & big) / len(small) if small else 0.0


def mark_duplicates(lines: list[str], kept: list[bool], threshold: float) -> list[str | None]:
    """For each kept line: 'duplicate' / 'near_duplicate' when an earlier kept line says it, else None.

    Near duplicates are long paragraphs whose bigrams mostly coincide both ways and whose
    numbers are the same (a changed number is a different fact), or a truncated copy
    that is a prefix of an earlier paragraph. Earlier paragraphs are indexed by their
    numbers, so bigram sets are built only for pairs that share them, and kept sorted, so a
    prefix is one bisection away.
    """
    reasons: list[str | None] = [None] * len(lines)
    earlier = _Earlier()
    for i, line in enumerate(lines):
        if not kept[i]:
            continue
        key = fingerprint(line)
        if not key:
            continue
        if key in earlier.keys:
            reasons[i] = "duplicate"
            continue
        paragraph = _Paragraph(key, tuple(NUMBERS.findall(line)))
        if earlier.near(paragraph, threshold):
            reasons[i] = "near_duplicate"
            continue
        earlier.add(paragraph)
    return reasons


class _Paragraph:
    """A kept paragraph's fingerprint and numbers; its bigrams, built when first compared."""

    __slots__ = ("_grams", "key", "numbers")

    def __init__(self, key: str, numbers: tuple[str, ...]) -> None:
        self.key, self.numbers = key, numbers
        self._grams: set[str] | None = None

    @property
    def grams(self) -> set[str]:
        if self._grams is None:
            self._grams = bigrams(self.key)
        return self._grams


class _Earlier:
    """The kept paragraphs so far (the first MAX_NEAR_PARAGRAPHS of them for near matches)."""

    def __init__(self) -> None:
        self.keys: set[str] = set()
        self.sorted_keys: list[str] = []
        self.by_numbers: dict[tuple[str, ...], list[_Paragraph]] = {}

    def add(self, paragraph: _Paragraph) -> None:
        self.keys.add(paragraph.key)
        if len(self.sorted_keys) < MAX_NEAR_PARAGRAPHS:
            bisect.insort(self.sorted_keys, paragraph.key)
            self.by_numbers.setdefault(paragraph.numbers, []).append(paragraph)

    def near(self, paragraph: _Paragraph, threshold: float) -> bool:
        """A truncated copy of an earlier paragraph, or one sharing its numbers and most bigrams."""
        key = paragraph.key
        if len(key) >= MIN_PREFIX_CHARS:
            at = bisect.bisect_right(self.sorted_keys, key)
            if at < len(self.sorted_keys) and self.sorted_keys[at].startswith(key):
                return True  # the next key up starts with this one: it is longer, and this is its prefix
        if len(key) < MIN_NEAR_CHARS:
            return False
        return any(
            containment(paragraph.grams, other.grams) >= threshold
            and containment(other.grams, paragraph.grams) >= threshold
            for other in self.by_numbers.get(paragraph.numbers, ())
        )


def mark_summaries(lines: list[str], kept: list[bool], threshold: float) -> list[str | None]:
    """A 文章简介/摘要 paragraph whose content the rest of the kept body repeats."""
    reasons: list[str | None] = [None] * len(lines)
    for i, line in enumerate(lines):
        if not kept[i] or not SUMMARY.match(line):
            continue
        body = set().union(*(bigrams(fingerprint(other)) for j, other in enumerate(lines) if kept[j] and j != i))
        if containment(bigrams(fingerprint(SUMMARY.sub("", line))), body) >= threshold:
            reasons[i] = "summary"
    return reasons
