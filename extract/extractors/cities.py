"""Cities: gazetteer names matched longest-first, read in their context, the primary city chosen by salience."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict

import ahocorasick_rs

from extract.extractors.base import Context, make, register
from extract.extractors.city_mentions import Mention, Target, read_mentions
from extract.extractors.city_primary import primary_city
from extract.models import CityRecord
from extract.rules import cities as rules
from extract.rules import places as gaz

NAME = "cities/3"


@functools.cache
def matcher() -> tuple[ahocorasick_rs.AhoCorasick, list[Target]]:
    """One Aho-Corasick automaton over every name (leftmost longest match wins) and what each name means."""
    table: dict[str, tuple[int, Target]] = {}

    def claim(name: str | None, rank: int, target: Target) -> None:
        # Lower rank wins a name: provinces > cities > county-level cities > districts > common words.
        if name and (name not in table or rank < table[name][0]):
            table[name] = (rank, target)

    all_places = gaz.places()
    named = [(place.name, place) for place in all_places.values()]
    named += [(alias, all_places[code]) for alias, code in gaz.aliases().items() if code in all_places]
    shared = Counter(place.name for place in all_places.values())
    for full, place in named:
        short = gaz.short_name(full)
        if place.adcode in gaz.MUNICIPALITIES:
            claim(full, 0, Target("full", place))
            claim(short, 0, Target("short", place))
        elif place.level == "province":
            claim(full, 0, Target("province", place))
            claim(short, 0, Target("province", place))
        elif place.level == "prefecture" or place.name.endswith(rules.CITY_SUFFIX):  # county-level cities rank 2
            rank = 1 if place.level == "prefecture" else 2
            claim(full, rank, Target("full", place))
            claim(short, rank, Target("short", place, _doubt(short)))
            if short and full.endswith(gaz.AUTONOMOUS_PREFECTURE):  # 黔东南州
                claim(short + gaz.PREFECTURE_SHORT_SUFFIX, rank, Target("full", place))
        elif full == place.name and _names_its_city(place, shared):  # 浦东新区 → 上海市
            claim(full, 3, Target("district", all_places[place.parent]))
        else:  # district, county, banner, a district's former name (江津市): blocks shorter names in it
            claim(full, 3, Target("block"))
    for word in rules.COMMON_WORDS:
        claim(word, 4, Target("block"))
    names = sorted(table)
    automaton = ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return automaton, [table[name][1] for name in names]


def _doubt(short: str | None) -> str:
    """How much context a bare short name needs: none, its province ("homonym") or its full name ("ordinary")."""
    if short in rules.ORDINARY_STEMS:
        return "ordinary"
    return "homonym" if short in rules.HOMONYM_STEMS else ""


def _names_its_city(place: gaz.Place, shared: Counter[str]) -> bool:
    """A district (区) whose name no other division has, under a city: it stands for that city's area."""
    parent = gaz.places().get(place.parent)
    return (
        place.name.endswith(rules.DISTRICT_SUFFIX) and shared[place.name] == 1 and parent is not None and parent.is_city
    )


@register
class CitiesExtractor:
    """Every prefecture-level city, municipality and county-level city the text refers to."""

    table = "cities"
    name = NAME
    needs = ()

    def __call__(self, ctx: Context) -> list[CityRecord]:
        automaton, targets = matcher()
        mentions = read_mentions(ctx.text, automaton.find_matches_as_indexes(ctx.text), targets)
        spans: dict[str, list[Mention]] = defaultdict(list)
        for mention in mentions:
            spans[mention.place.adcode].append(mention)
        primary = primary_city(ctx, spans)
        all_places = gaz.places()
        records = []
        for adcode, where in spans.items():
            place = all_places[adcode]
            first = min(where, key=lambda m: m.start)
            records.append(
                make(
                    CityRecord,
                    ctx,
                    first.start,
                    first.end,
                    NAME,
                    city=place.name,
                    province=all_places[place.province].name,
                    adcode=adcode,
                    is_primary=adcode == primary,
                    mentions=len(where),
                )
            )
        return records
