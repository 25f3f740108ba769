"""Which gazetteer matches are mentions of a city: guards for people, ordinary words, homonyms, zones and spam.

A match is a name of the gazetteer found by the cities automaton (`extract.extractors.cities.matcher`);
this module decides, from its context and from the rest of the page, whether it stands for the city.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from extract.rules import cities as rules
from extract.rules import places as gaz
from extract.rules.common import CLAUSE_ENDS
from extract.text import segment
from extract.text.scan import Scanner

# A keyword line (长春商标注册 吉林省商标注册 松原商标注册 …): at least this many space-separated
# words, this many of them short and ending with the same tail (a list of company names is not one),
# and no punctuation (running text is not one).
KEYWORD_LINE_WORDS, KEYWORD_LINE_REPEATS, KEYWORD_TAIL, KEYWORD_MAX = 4, 3, 2, 8
# How far back a role before a person's name is looked for (旗人大副主任 方兴安).
ROLE_WINDOW = 8
# How common (jieba's frequency) the words on both sides of a short name must be for it to read as
# split between them (确保定期: 确保 + 定期, not 保定; 提升成都城市: 升成 is too rare a word to say so).
BOUND_WORD_FREQUENCY = 50

# Abbreviations are rare: try the patterns only at the characters they start with.
ABBREVIATION_PLACE = Scanner(rules.ABBREVIATION_PLACE)
ABBREVIATION_RUN = Scanner(rules.ABBREVIATION_RUN)


@dataclass(frozen=True, slots=True)
class Target:
    """What a name of the automaton stands for.

    kind: "full" (大连市, 黔东南州: the city beyond doubt), "short" (大连), "district" (浦东新区: its city's
    area), "province" (names a province, no city) or "block" (a district, county or common word that
    hides the shorter names inside it). doubt, for short names: "" (none), "ordinary" (needs the
    city's full name on the page), "homonym" (needs the full name or the city's province on the page).
    """

    kind: str
    place: gaz.Place | None = None
    doubt: str = ""

    @property
    def named(self) -> gaz.Place | None:
        """The city or county-level city the name stands for by itself (none for a province, district or block)."""
        return self.place if self.kind in ("full", "short") else None


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a city in the text."""

    place: gaz.Place
    start: int
    end: int
    kind: str  # full | short | district | abbreviation
    governed: bool = False  # right before 市委, 市政府, 市长…: the city's own government


def read_mentions(text: str, matches: Iterable[tuple[int, int, int]], targets: list[Target]) -> list[Mention]:
    """The matches that are mentions of a city, then the abbreviations (在沪召开, 苏浙皖赣沪甬)."""
    spam = _keyword_lines(text)
    provinces: set[str] = set()
    candidates: list[tuple[Mention, Target, bool]] = []  # mention, target, right after its province
    prev_end, prev_target = -1, Target("block")
    for index, start, end in matches:
        target = targets[index]
        if target.kind == "province":
            provinces.add(target.place.adcode)
        elif (
            target.place is not None and not _in_spans(start, spam) and not _misread(text, start, end, target, prev_end)
        ):
            prefixed = prev_end == start and prev_target.kind == "province"
            prefixed = prefixed and prev_target.place.adcode == target.place.province
            candidates.append((_mention(text, start, end, target), target, prefixed))
        prev_end, prev_target = end, target
    sure = {m.place.adcode for m, t, prefixed in candidates if t.kind == "full" or prefixed}
    provinces |= {m.place.province for m, t, _ in candidates if _beyond_doubt(text, m, t)}
    kept = [m for m, t, prefixed in candidates if prefixed or _stands(text, m, t, sure, provinces)]
    return kept + _abbreviations(text)


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _mention(text: str, start: int, end: int, target: Target) -> Mention:
    """The mention of a match, with whether the city's government follows it (大连市委, 大连市长)."""
    governed = bool(rules.GOVERNANCE.match(text, end))
    if text[end - 1 : end] == rules.CITY_SUFFIX:
        governed = governed or bool(rules.GOVERNANCE.match(text, end - 1))
    return Mention(target.place, start, end, target.kind, governed)


def _beyond_doubt(text: str, mention: Mention, target: Target) -> bool:
    """A full name, or a short name that is no ordinary word, homonym or zone: it tells the page's province."""
    return target.kind == "full" or (target.kind == "short" and not target.doubt and not _zone(text, mention))


def _stands(text: str, mention: Mention, target: Target, sure: set[str], provinces: set[str]) -> bool:
    """Whether a match stands for its city, given the cities named beyond doubt and the provinces of the page.

    A district (东城区) or a zone (北海经济开发区) may be one of another city with the same name:
    it counts unless the page is about other provinces only.
    """
    adcode, province = mention.place.adcode, mention.place.province
    if target.doubt == "ordinary":
        return adcode in sure
    if target.doubt == "homonym":
        return adcode in sure or province in provinces
    if target.kind == "district" or _zone(text, mention):
        return adcode in sure or not provinces or province in provinces
    return True


def _zone(text: str, mention: Mention) -> bool:
    """A short name opening a zone's name (北海经济开发区)."""
    return mention.kind == "short" and bool(rules.ZONE_AFTER.match(text, mention.end))


def _misread(text: str, start: int, end: int, target: Target, prev_end: int) -> bool:
    """A name read across word boundaries (确保定期) or inside a person's name (王安顺市长)."""
    return _split_across_words(text, start, end, target, prev_end) or _is_person(text, start, end, target, prev_end)


def _split_across_words(text: str, start: int, end: int, target: Target, prev_end: int) -> bool:
    """A short name whose first character ends a word and whose last begins one: 确保定期, 伟大连接."""
    if target.kind != "short" or start == 0 or prev_end >= start or end >= len(text):
        return False
    words = _dictionary()
    left, right = text[start - 1 : start + 1], text[end - 1 : end + 1]
    return words.get(left, 0) >= BOUND_WORD_FREQUENCY and words.get(right, 0) >= BOUND_WORD_FREQUENCY


@functools.cache
def _dictionary() -> dict[str, int]:
    """jieba's dictionary, word → frequency (loaded once, as `extract.text.segment` loads it)."""
    segment.preload()
    import jieba

    return jieba.dt.FREQ


def _is_person(text: str, start: int, end: int, target: Target, prev_end: int) -> bool:
    """A name that is part of a person's (王安顺市长, 副主任方兴安, 金华夏同志), not a place."""
    short = target.kind == "short"
    surname_before = start > 0 and prev_end < start and text[start - 1] in rules.SURNAMES
    if not surname_before and not (short and text[start] in rules.SURNAMES):
        return False  # the common case, decided without reading further
    stem = text[start:end] if short else gaz.short_name(target.place.name)
    if not stem or not text.startswith(stem, start):
        return False
    stem_end = start + len(stem)
    if surname_before:
        if rules.PERSON_TITLE_AFTER.match(text, stem_end):  # 王安顺市长
            return True
        if short and rules.PERSON_ROLE_BEFORE.search(text, max(0, start - 1 - ROLE_WINDOW), start - 1):
            return True  # 副主任方兴安
    # 金华夏同志: the name's first character a surname, a given name running on past the place.
    return short and stem[0] in rules.SURNAMES and bool(rules.PERSON_RUNS_ON.match(text, stem_end))


def _keyword_lines(text: str) -> list[tuple[int, int]]:
    """Spans of keyword-stuffed lines (长春商标注册 吉林省商标注册 松原商标注册 …): no city in them counts."""
    spans, pos = [], 0
    for line in text.split("\n"):
        parts = line.split()
        if len(parts) >= KEYWORD_LINE_WORDS and not any(mark in line for mark in CLAUSE_ENDS):
            tails = [part[-KEYWORD_TAIL:] for part in parts if KEYWORD_TAIL < len(part) <= KEYWORD_MAX]
            if tails and max(tails.count(tail) for tail in tails) >= KEYWORD_LINE_REPEATS:
                spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _abbreviations(text: str) -> list[Mention]:
    """City abbreviations in 苏浙皖赣沪甬-style runs and 在沪召开-style phrases."""
    found = {m.start() for m in ABBREVIATION_PLACE.finditer(text)}
    for run in ABBREVIATION_RUN.finditer(text):
        found |= {i for i in range(run.start(), run.end()) if text[i] in gaz.CITY_ABBREVIATIONS}
    places = gaz.places()
    return [Mention(places[gaz.CITY_ABBREVIATIONS[text[i]]], i, i + 1, "abbreviation") for i in sorted(found)]
