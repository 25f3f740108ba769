"""Cities: gazetteer names matched longest-first, the document's primary city chosen by salience."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from extract.extractors.base import Context, make
from extract.models import CityRecord, Record
from extract.rules import places as gaz
from extract.text.trie import trie_pattern

NAME = "cities/1"
# A city named right before one of these is the page's own government or agency.
GOVERNANCE = re.compile(
    r"^(?:市委|市政府|市人民政府|市质监局|市质量技术监督局|市场监管局|市市场监督管理局|市市场监管局|市长|市委书记|市质量强市)"
)
# Salience weights for the primary city.
IN_TITLE, IN_LEAD, GOVERNED = 5, 2, 3


@dataclass(frozen=True, slots=True)
class Target:
    """What a matched name stands for: a place to report, or None (a province or district that blocks it)."""

    place: gaz.Place | None


@functools.cache
def matcher() -> tuple[re.Pattern[str], dict[str, Target]]:
    """One regex over every name, and what each name means."""
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
        elif full.endswith("市"):  # county-level city
            claim(full, 2, Target(place))
            claim(short, 2, Target(place))
        else:  # district, county, banner: blocks shorter names inside it
            claim(full, 3, Target(None))
    names = {name: target for name, (_, target) in table.items()}
    return re.compile(trie_pattern(names)), names


class CitiesExtractor:
    """Every prefecture-level city, municipality and county-level city the text refers to."""

    table = "cities"
    name = NAME

    def __call__(self, ctx: Context) -> list[Record]:
        pattern, names = matcher()
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        governed: set[str] = set()
        for m in pattern.finditer(ctx.text):
            place = names[m.group()].place
            if place is None:
                continue
            spans[place.adcode].append((m.start(), m.end()))
            if GOVERNANCE.match(ctx.text, m.end()) or GOVERNANCE.match(ctx.text, m.end() - 1):
                governed.add(place.adcode)
        primary = self._primary(ctx, spans, governed)
        all_places = gaz.places()
        records = []
        for adcode, where in spans.items():
            place = all_places[adcode]
            start, end = where[0]
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
        """The city with the most salience (title, lead, own government, mentions)."""
        title_end = len(ctx.title) if ctx.title and ctx.text.startswith(ctx.title) else ctx.text.find("\n")
        lead_end = ctx.text.find("\n", max(title_end, 0) + 1)
        lead_end = len(ctx.text) if lead_end < 0 else lead_end
        best, best_score = None, 0
        for adcode, where in sorted(spans.items()):
            if not gaz.places()[adcode].is_city:
                continue
            score = len(where)
            score += IN_TITLE * any(s < title_end for s, _ in where)
            score += IN_LEAD * any(s < lead_end for s, _ in where)
            score += GOVERNED * (adcode in governed)
            if score > best_score:
                best, best_score = adcode, score
        return best
