"""The one interface every record extractor implements, and the context they share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from extract.models import Fields, Record, new_row


@dataclass
class Context:
    """One cleaned document, plus the records of extractors that ran before."""

    doc_id: str
    text: str
    title: str | None = None
    published_at: str | None = None
    found: dict[str, list[Fields]] = field(default_factory=dict)

    @property
    def cities(self) -> list[Fields]:
        return self.found.get("cities", [])

    @property
    def dates(self) -> list[Fields]:
        return self.found.get("dates", [])

    @property
    def primary_city(self) -> str | None:
        cities = self.cities
        cached = self.__dict__.get("_primary")
        if cached is None or cached[0] is not cities:  # asked once per cities list, not per record
            cached = (cities, next((c.city for c in cities if c.is_primary), None))
            self.__dict__["_primary"] = cached
        return cached[1]

    @property
    def publication_year(self) -> int | None:
        return int(self.published_at[:4]) if self.published_at else None


class Extractor(Protocol):
    """Maps a document context to validated records of one table."""

    table: str
    name: str  # versioned, e.g. "dates/1": written to every row it makes

    def __call__(self, ctx: Context) -> list[Fields]: ...


def make(model: type[Record], ctx: Context, start: int, end: int, extractor: str, **fields: Any) -> Fields:
    """A row of `model`'s table whose evidence is exactly clean_text[start:end] (validated by the stage)."""
    evidence = ctx.text[start:end]
    return new_row(model, doc_id=ctx.doc_id, evidence=evidence, start=start, end=end, extractor=extractor, **fields)


def dedupe(records: list[Fields], key: Any) -> list[Fields]:
    """Keep the first record of each key (the same fact stated twice is one record)."""
    seen: set[Any] = set()
    out = []
    for record in records:
        k = key(record)
        if k not in seen:
            seen.add(k)
            out.append(record)
    return out
