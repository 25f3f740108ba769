"""One cleaned document to its records: every registered extractor, in dependency order."""

from __future__ import annotations

from extract.extractors.base import Context, extractors
from extract.models import Document, Record


def extract_records(doc: Document, tables: list[str] | None = None) -> dict[str, list[Record]]:
    """Every record table for one document: records of `tables` (default: all), the others empty.

    An extractor a wanted table needs runs even when its own table is not wanted.
    """
    chain = extractors()
    wanted = [e.table for e in chain if tables is None or e.table in tables]
    needed = set(wanted)
    for extractor in reversed(chain):
        if extractor.table in needed:
            needed |= set(extractor.needs)
    ctx = Context(doc_id=doc.doc_id, text=doc.clean_text or "", title=doc.title, published_at=doc.published_at)
    if doc.status == "ok" and doc.clean_text:
        for extractor in chain:
            if extractor.table in needed:
                ctx.found[extractor.table] = sorted(extractor(ctx), key=lambda r: (r.start, r.end))
    return {e.table: ctx.found.get(e.table, []) if e.table in wanted else [] for e in chain}
