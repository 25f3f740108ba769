"""Repeated text within a page: exact and near-duplicate paragraphs, and summaries."""

from __future__ import annotations

import re

from extract.rules.boilerplate import SUMMARY_PREFIXES

PUNCT_SPACE = re.compile(r"[\s\W_]+")
SUMMARY = re.compile(rf"^({'|'.join(SUMMARY_PREFIXES)})\s*[:：]")
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
    that is a prefix of an earlier paragraph. Bigram sets are built only for the pairs that
    get that far (long enough, same numbers), and kept for the next comparison.
    """
    reasons: list[str | None] = [None] * len(lines)
    seen: set[str] = set()
    earlier: list[_Paragraph] = []
    for i, line in enumerate(lines):
        if not kept[i]:
            continue
        key = fingerprint(line)
        if not key:
            continue
        if key in seen:
            reasons[i] = "duplicate"
            continue
        paragraph = _Paragraph(key, line)
        if _near_any(paragraph, earlier, threshold):
            reasons[i] = "near_duplicate"
            continue
        seen.add(key)
        if len(earlier) < MAX_NEAR_PARAGRAPHS:
            earlier.append(paragraph)
    return reasons


class _Paragraph:
    """A kept paragraph's fingerprint; its numbers and bigrams, computed when first compared."""

    __slots__ = ("_grams", "_numbers", "key", "line")

    def __init__(self, key: str, line: str) -> None:
        self.key, self.line = key, line
        self._grams: set[str] | None = None
        self._numbers: list[str] | None = None

    @property
    def grams(self) -> set[str]:
        if self._grams is None:
            self._grams = bigrams(self.key)
        return self._grams

    @property
    def numbers(self) -> list[str]:
        if self._numbers is None:
            self._numbers = NUMBERS.findall(self.line)
        return self._numbers


def _near_any(paragraph: _Paragraph, earlier: list[_Paragraph], threshold: float) -> bool:
    key = paragraph.key
    long = len(key) >= MIN_NEAR_CHARS
    for other in earlier:
        if len(key) >= MIN_PREFIX_CHARS and len(key) < len(other.key) and other.key.startswith(key):
            return True
        if (
            long
            and paragraph.numbers == other.numbers
            and containment(paragraph.grams, other.grams) >= threshold
            and containment(other.grams, paragraph.grams) >= threshold
        ):
            return True
    return False


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
