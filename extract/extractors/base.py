"""The one interface every record extractor implements, the context they share, and their registry.

An extractor is a class with `table` (the record table it fills, declared on its model in
`extract.models`), `name` (versioned, written to every row it makes), `needs` (the tables
whose records it reads from the context) and `__call__(ctx) -> records`; `@register` adds it.
Every module of this package is imported when the extractors are first asked for, so a new
extractor module is found without being listed anywhere.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, TypeVar

from extract.models import TABLES, CityRecord, DateRecord, Record


@dataclass
class Context:
    """One cleaned document, plus the records of extractors that ran before."""

    doc_id: str
    text: str
    title: str | None = None
    published_at: str | None = None
    found: dict[str, list[Any]] = field(default_factory=dict)

    @property
    def cities(self) -> list[CityRecord]:
        return self.found.get("cities", [])

    @property
    def dates(self) -> list[DateRecord]:
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
    """Maps a document context to the records of one table."""

    table: ClassVar[str]
    name: ClassVar[str]  # versioned, e.g. "dates/1": written to every row it makes
    needs: ClassVar[tuple[str, ...]]  # tables whose records it reads from the context

    def __call__(self, ctx: Context) -> list[Any]: ...


REGISTRY: dict[str, Extractor] = {}
E = TypeVar("E", bound=type)


def register(cls: E) -> E:
    """Add an extractor class (one instance) to the registry, under the table it fills."""
    instance = cls()
    if instance.table not in TABLES or not TABLES[instance.table].is_record:
        raise ValueError(f"{cls.__name__} fills {instance.table!r}, which is not a record table in extract.models")
    if instance.table in REGISTRY and type(REGISTRY[instance.table]) is not cls:
        raise ValueError(f"two extractors fill {instance.table!r}")
    REGISTRY[instance.table] = instance
    return cls


@functools.cache
def _discover() -> None:
    """Import every module of this package, so that each extractor registers itself."""
    package = importlib.import_module(__package__ or "extract.extractors")
    for module in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}."):
        importlib.import_module(module.name)


def extractors() -> list[Extractor]:
    """Every registered extractor, each after the extractors of the tables it needs (ties by table order)."""
    _discover()
    order = list(TABLES)
    pending = sorted(REGISTRY.values(), key=lambda e: order.index(e.table))
    ordered: list[Extractor] = []
    while pending:
        done = {e.table for e in ordered}
        ready = next((e for e in pending if set(e.needs) <= done), None)
        if ready is None:
            raise ValueError(f"extractors need tables nobody extracts, or each other: {[e.table for e in pending]}")
        ordered.append(ready)
        pending.remove(ready)
    return ordered


RecordT = TypeVar("RecordT", bound=Record)


def make(model: type[RecordT], ctx: Context, start: int, end: int, extractor: str, **fields: Any) -> RecordT:
    """A record of `model` whose evidence is exactly clean_text[start:end] (validated as it is built)."""
    evidence = ctx.text[start:end]
    return model(doc_id=ctx.doc_id, evidence=evidence, start=start, end=end, extractor=extractor, **fields)


def dedupe(records: list[Any], key: Any) -> list[Any]:
    """Keep the first record of each key (the same fact stated twice is one record)."""
    seen: set[Any] = set()
    out = []
    for record in records:
        k = key(record)
        if k not in seen:
            seen.add(k)
            out.append(record)
    return out
