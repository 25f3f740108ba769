"""Record extractors, one per table, run in dependency order over one cleaned document."""

from __future__ import annotations

from extract.extractors.awards import AwardsExtractor
from extract.extractors.base import Context, Extractor
from extract.extractors.brands import BrandsExtractor
from extract.extractors.cities import CitiesExtractor
from extract.extractors.dates import DatesExtractor
from extract.extractors.programs import ProgramsExtractor
from extract.models import Fields

# Dates and cities first: the others read the resolved years and the primary city.
EXTRACTORS: list[Extractor] = [
    DatesExtractor(),
    CitiesExtractor(),
    ProgramsExtractor(),
    AwardsExtractor(),
    BrandsExtractor(),
]
TABLES = [e.table for e in EXTRACTORS]


def extract_records(doc: Fields, tables: list[str] | None = None) -> dict[str, list[Fields]]:
    """Every record table for one document (empty lists for a rejected one)."""
    wanted = set(tables or TABLES)
    found: dict[str, list[Fields]] = {name: [] for name in TABLES}
    if doc.status != "ok" or not doc.clean_text:
        return found
    ctx = Context(doc_id=doc.doc_id, text=doc.clean_text, title=doc.title, published_at=doc.published_at, found=found)
    for extractor in EXTRACTORS:
        if extractor.table in wanted:
            found[extractor.table] = sorted(extractor(ctx), key=lambda r: (r.start, r.end))
    return found
