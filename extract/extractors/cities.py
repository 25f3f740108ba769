"""Cities: gazetteer names matched longest-first, the document's primary city chosen by salience."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass

import ahocorasick_rs

from extract.extractors.base import Context, make, register
from extract.models import CityRecord
from extract.rules import places as gaz
from extract.rules.cities import ABBREVIATION_PLACE, ABBREVIATION_RUN, CITY_SUFFIX, GOVERNANCE
from extract.rules.common import LIST_COMMA

NAME = "cities/2"
# Salience weights for the primary city.
IN_TITLE, IN_LEAD, GOVERNED = 5, 2, 3


@dataclass(frozen=True, slots=True)
class Target:
    """What a matched name stands for: a place to report, or None (a province or district that blocks it)."""

    place: gaz.Place | None


@functools.cache
def matcher() -> tuple[ahocorasick_rs.AhoCorasick, list[str], list[Target]]:
    """One Aho-Corasick automaton over every name (leftmost longest match wins), the names and what each means."""
    table: dict[str, tuple[int, Target]] = {}

    def claim(name: str | None, rank: int, target: Target) -> None:
        # Lower rank wins a name: provinces > cities > county-level cities > districts.
        if name and (name not in table or rank < table[name][0]):
            table[name] = (rank, target)

    all_places = gaz.places()
    named = [(place.name, place) for place in all_places.values()]
    named += [(alias, all_places[code]) for alias, code in gaz.aliases().items() if code in all_places]
    for full, place in named:
        short = gaz.short_name(full)
        short = None if short in gaz.AMBIGUOUS_SHORT else short
        if place.adcode in gaz.MUNICIPALITIES:
            claim(full, 0, Target(place))
            claim(short, 0, Target(place))
        elif place.level == "province":
            claim(full, 0, Target(None))
            claim(short, 0, Target(None))
        elif place.level == "prefecture":
            claim(full, 1, Target(place))
            claim(short, 1, Target(place))
        elif full.endswith(CITY_SUFFIX):  # county-level city
            claim(full, 2, Target(place))
            claim(short, 2, Target(place))
        else:  # district, county, banner: blocks shorter names inside it
            claim(full, 3, Target(None))
    names = sorted(table)
    automaton = ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return automaton, names, [table[name][1] for name in names]


@register
class CitiesExtractor:
    """Every prefecture-level city, municipality and county-level city the text refers to."""

    table = "cities"
    name = NAME
    needs = ()

    def __call__(self, ctx: Context) -> list[CityRecord]:
        automaton, _, targets = matcher()
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        governed: set[str] = set()
        for index, start, end in automaton.find_matches_as_indexes(ctx.text):
            place = targets[index].place
            if place is None:
                continue
            spans[place.adcode].append((start, end))
            if GOVERNANCE.match(ctx.text, end) or GOVERNANCE.match(ctx.text, end - 1):
                governed.add(place.adcode)
        for start, end in _abbreviations(ctx.text):
            spans[gaz.CITY_ABBREVIATIONS[ctx.text[start]]].append((start, end))
        primary = self._primary(ctx, spans, governed)
        all_places = gaz.places()
        records = []
        for adcode, where in spans.items():
            place = all_places[adcode]
            start, end = min(where)
            records.append(
                make(
                    CityRecord,
                    ctx,
                    start,
                    end,
                    NAME,
                    city=place.name,
                    province=all_places[place.province].name,
                    adcode=adcode,
                    is_primary=adcode == primary,
                    mentions=len(where),
                )
            )
        return records

    @staticmethod
    def _primary(ctx: Context, spans: dict[str, list[tuple[int, int]]], governed: set[str]) -> str | None:
        """The city with the most salience: in the title, in the lead, its own government, mentions.

        A mention inside an enumeration (武汉市、绍兴市) counts half: the city a page is about is
        seldom one item of a list.
        """
        text, title = ctx.text, ctx.title or ""
        lead_start = len(title) + 1 if title and text.startswith(title) else 0
        lead_end = text.find("\n", lead_start)
        lead_end = len(text) if lead_end < 0 else lead_end
        best, best_score = None, 0.0
        for adcode, where in sorted(spans.items()):
            if not gaz.places()[adcode].is_city:
                continue
            score = sum(0.5 if _listed(text, s, e) else 1.0 for s, e in where)
            score += IN_TITLE * any(text[s:e] in title for s, e in where)
            score += IN_LEAD * any(lead_start <= s < lead_end and not _listed(text, s, e) for s, e in where)
            score += GOVERNED * (adcode in governed)
            if score > best_score:
                best, best_score = adcode, score
        return best


def _listed(text: str, start: int, end: int) -> bool:
    """A mention with an enumeration comma on either side."""
    return text[start - 1 : start] == LIST_COMMA or text[end : end + 1] == LIST_COMMA


def _abbreviations(text: str) -> list[tuple[int, int]]:
    """Spans of city abbreviations in 苏浙皖赣沪甬-style runs and 在沪召开-style phrases."""
    found = [(m.start(), m.start() + 1) for m in ABBREVIATION_PLACE.finditer(text)]
    for run in ABBREVIATION_RUN.finditer(text):
        found += [(i, i + 1) for i in range(run.start(), run.end()) if text[i] in gaz.CITY_ABBREVIATIONS]
    return sorted(set(found))
