"""Facts behind the panel: each award, brand and designation record attributed to a city (adcode) and a year,
grouped with the records of other stories that state the same fact, and the best-sourced value kept.

A record's year is its own `year`, else its page's publication year; its city is the award's or
brand's own city, else (for a provincial or national award whose named recipients are all
listed) each recipient's city, else the page's primary city. Pages of one story count once; when
stories disagree on a fact's count, the better source wins (an official page over a repost, then
the later publication) and the fact is flagged as a conflict.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract import io
from extract.extractors.cities import matcher
from extract.rules import panel as lex
from extract.rules import places as gaz

Row = dict[str, Any]


@dataclass(frozen=True)
class Source:
    """What the panel needs of a page: its story, when it was published, whether it is official, its city."""

    doc_id: str
    order: int
    story: str
    published: str
    official: bool
    primary: str | None

    @property
    def year(self) -> int | None:
        return int(self.published[:4]) if self.published[:4].isdigit() else None

    @property
    def rank(self) -> tuple[bool, str, int]:
        """Higher is better sourced: official first, then later publication, then earlier in the input."""
        return (self.official, self.published, -self.order)


@dataclass(frozen=True)
class Claim:
    """One record's contribution to one fact: `value` for `column` of the (adcode, year) row."""

    key: tuple[Any, ...]  # the fact: the same key from two stories is the same fact
    adcode: str
    year: int
    column: str
    value: int
    source: Source
    record: str  # provenance: table/doc_id/start


@dataclass
class Coverage:
    """Per table: records read, placed in a year row, and left out (no year, no city) — never silently lost."""

    records: int = 0
    placed: int = 0
    no_year: int = 0
    no_city: int = 0
    facts: int = 0
    conflicts: int = 0


@dataclass
class Fact:
    """The claims of every story stating one fact, and the one kept."""

    claims: list[Claim] = field(default_factory=list)

    @property
    def kept(self) -> Claim:
        return max(self.claims, key=lambda c: c.source.rank)

    @property
    def conflict(self) -> bool:
        per_story: dict[str, Claim] = {}
        for c in self.claims:
            if c.source.story not in per_story or c.source.rank > per_story[c.source.story].source.rank:
                per_story[c.source.story] = c
        return len({c.value for c in per_story.values()}) > 1


def is_official(doc: Row) -> bool:
    """A government body as the outlet, or a notice as the title (关于…的决定)."""
    outlet, title = doc.get("outlet") or "", doc.get("title") or ""
    return any(w in outlet for w in lex.OFFICIAL_OUTLETS) or any(title.endswith(w) for w in lex.OFFICIAL_TITLES)


def read_sources(out_dir: Path) -> dict[str, Source]:
    """Every ok page's Source, keyed by doc_id (streamed; the clean texts are not kept)."""
    primary = {
        row["doc_id"]: row["adcode"] for batch in io.iter_rows(out_dir, "cities") for row in batch if row["is_primary"]
    }
    out, order = {}, 0
    for batch in io.iter_rows(out_dir, "documents"):
        for doc in batch:
            order += 1
            if doc["status"] != "ok":
                continue
            story = doc.get("story_id") or doc["doc_id"]
            published = str(doc.get("published_at") or "")[:10]
            out[doc["doc_id"]] = Source(
                doc["doc_id"], order, story, published, is_official(doc), primary.get(doc["doc_id"])
            )
    return out


def records(out_dir: Path, table: str) -> Iterator[Row]:
    for batch in io.iter_rows(out_dir, table):
        yield from batch


@functools.cache
def city_code(name: str | None) -> str | None:
    """The adcode of a city or county by full name (大连市, 如皋市), or of its short name (大连)."""
    if not name:
        return None
    place = gaz.by_name().get(name) or gaz.by_name().get(name + lex.CITY_SUFFIX)
    code = place.adcode if place else gaz.aliases().get(name)
    if code is None:
        return None
    return code if gaz.places()[code].level != "province" or code in gaz.MUNICIPALITIES else None


@functools.cache
def city_of(name: str) -> str | None:
    """The prefecture-level city an organisation's name places it in (瑞金市得邦照明 → 赣州市), if any."""
    automaton, targets = matcher()
    for index, _, _ in automaton.find_matches_as_indexes(name):
        place = targets[index].named
        if place is not None:
            return place.adcode if place.is_city else place.parent
    return None


def award_column(record: Row) -> str:
    level = record.get("level") or "other"
    kind = record["count_kind"]
    if kind == "holders":
        return f"award_holders_{level}"
    if kind == "target":
        return f"award_targets_{level}"
    nomination = any(word in record["award"] for word in lex.NOMINATION)
    return f"award_{level}" + ("_nomination" if nomination else "")


def brand_column(record: Row) -> str:
    from extract.models import BRAND_SPLIT

    cls = next((name for name, group in lex.BRAND_CLASSES if any(w in record["category"] for w in group)), "other")
    if cls not in BRAND_SPLIT:
        return f"brand_{cls}"
    level = record.get("level") or "other"
    return f"brand_{cls}_{level if level in BRAND_SPLIT[cls] else 'other'}"


def award_shares(record: Row, source: Source) -> list[tuple[str | None, int]]:
    """Where an award count goes: the award's own city, else its listed recipients' cities, else the page's city."""
    level, count = record.get("level"), int(record["count"])
    if level in ("municipal", "county"):
        own = city_code(record.get("city")) or _opening_place(record["award"])
        return [(own or source.primary, count)]
    names = record.get("recipients") or []
    if names and len(names) == count:
        shares: dict[str | None, int] = defaultdict(int)
        for name in names:
            shares[city_of(name) or source.primary] += 1
        return sorted(shares.items(), key=lambda s: str(s[0]))
    return [(source.primary, count)]


def _opening_place(award: str) -> str | None:
    """如皋市市长质量奖 → 如皋市: the city or county-level city an award's name opens with."""
    automaton, targets = matcher()
    for index, start, _ in automaton.find_matches_as_indexes(award):
        place = targets[index].named
        return place.adcode if start == 0 and place is not None else None
    return None


def collect(out_dir: Path, sources: dict[str, Source]) -> tuple[dict[tuple, Fact], dict[str, Coverage]]:
    """Every award and brand record as claims, grouped into facts; the coverage of each table."""
    facts: dict[tuple, Fact] = {}
    coverage = {"awards": Coverage(), "brands": Coverage()}
    for table in coverage:
        for record in records(out_dir, table):
            source = sources.get(record["doc_id"])
            cov = coverage[table]
            cov.records += 1
            if source is None:
                cov.no_city += 1
                continue
            year = record.get("year") or source.year
            for claim in _claims(table, record, source, year, cov):
                facts.setdefault(claim.key, Fact()).claims.append(claim)
    for key, fact in facts.items():
        coverage[key[0]].facts += 1
        coverage[key[0]].conflicts += fact.conflict
    return facts, coverage


def _claims(table: str, record: Row, source: Source, year: int | None, cov: Coverage) -> list[Claim]:
    where = f"{table}/{record['doc_id']}/{record['start']}"
    if table == "awards":
        column = award_column(record)
        shares = award_shares(record, source)
        name = (record["award"], record.get("edition"))
    else:
        column = brand_column(record)
        shares = [(city_code(record.get("city")) or source.primary, int(record["count"]))]
        name = (_category(record["category"]), None)
    if year is None:
        cov.no_year += 1
        return []
    if any(adcode is None for adcode, _ in shares):
        cov.no_city += 1
        return []
    cov.placed += 1
    return [
        Claim((table, adcode, year, column, *name), adcode, year, column, value, source, where)
        for adcode, value in shares
    ]


def _category(category: str) -> str:
    for noise in lex.CATEGORY_NOISE:
        category = category.replace(noise, "")
    return category
