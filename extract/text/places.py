"""Places a statement names: cities and county-level cities (the gazetteer automaton of the cities
extractor), the counties of one province by full or short name (旌德县, 郎溪), 我市 as the page's
own city, and 该市 as the city named last.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extract.extractors.cities import matcher
from extract.rules import designations as lex
from extract.rules import places as gaz
from extract.rules.compose import any_of


@dataclass(frozen=True)
class Place:
    """A city or county named at text[start:end]."""

    adcode: str
    start: int
    end: int


@functools.cache
def _county_pattern(province: str) -> re.Pattern[str]:
    names = lex.county_names().get(province)
    return re.compile(any_of(names)) if names else re.compile(r"(?!)")


def find_places(text: str, start: int, end: int, province: str | None, primary: str | None) -> list[Place]:
    """Cities and county-level cities in text[start:end]; the counties of `province`; 我市 as `primary`."""
    automaton, targets = matcher()
    # A county is read only where the gazetteer matched no city, and no province or district
    # around it (黑龙江省 is no 龙江县, 湘潭 no 湘潭县); its own full name (旌德县) blocks nothing.
    found, blocked = [], []
    for index, s, e in automaton.find_matches_as_indexes(text[start:end]):
        place = targets[index].named
        if place is not None:
            found.append(Place(place.adcode, start + s, start + e))
        blocked.append((start + s, start + e, place is not None))
    if province:
        for m in _county_pattern(province).finditer(text, start, end):
            if not any(a < m.end() and m.start() < b and (city or (a, b) != m.span()) for a, b, city in blocked):
                found.append(Place(lex.county_names()[province][m.group()], m.start(), m.end()))
    if primary:
        found += [Place(primary, *m.span()) for m in lex.patterns()["own_city"].finditer(text, start, end)]
    return sorted(found, key=lambda p: p.start)


def that_city(text: str, start: int, end: int) -> list[Place]:
    """Each 该市 in text[start:end] as the last city named before it (within LOOK_BACK characters)."""
    found = list(lex.patterns()["that_city"].finditer(text, start, end))
    if not found:
        return []
    back = max(0, start - lex.LOOK_BACK)
    cities = [p for p in find_places(text, back, end, None, None) if gaz.places()[p.adcode].is_city]
    out = []
    for m in found:
        before = [p for p in cities if p.end <= m.start()]
        if before:
            out.append(Place(before[-1].adcode, *m.span()))
    return out
