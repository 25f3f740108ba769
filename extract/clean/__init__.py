"""Clean stage: decoded lines to kept paragraphs, removal reasons, metadata and clean_text."""

from __future__ import annotations

import unicodedata

from extract.clean import dedup, filters, metadata
from extract.clean.normalize import detect_script, strip_pinyin, to_simplified
from extract.models import Document, Ingested, Paragraph
from extract.params import CleanParams


def split_paragraphs(text: str) -> tuple[list[str], list[str | None]]:
    """Non-blank lines with markup and punctuation repaired, and each line's drop reason."""
    lines: list[str] = []
    reasons: list[str | None] = []
    for raw in text.split("\n"):
        raw = raw.strip()
        if not raw:
            continue
        reason = filters.html_only(raw)
        line = raw if reason else filters.repair_punctuation(filters.strip_markup(raw))
        if not line:
            continue
        lines.append(line)
        reasons.append(reason or filters.classify(line))
    return lines, reasons


def mark_link_blocks(lines: list[str], reasons: list[str | None]) -> None:
    """After a related-news heading, short non-sentence lines are links too."""
    in_block = False
    for i, line in enumerate(lines):
        if reasons[i] in ("related_links", "gallery", "ticker"):
            in_block = True
        elif in_block and reasons[i] is None and metadata.headline_like(line) and len(line) <= 60:
            reasons[i] = "related_links"
        elif reasons[i] is None:
            in_block = False


def body_start(lines: list[str], reasons: list[str | None]) -> int:
    """Index of the first kept line that reads as running text."""
    for i, line in enumerate(lines):
        if reasons[i] is None and len(line) >= 30 and ("。" in line or "," in line):
            return i
    return 0


def clean_document(doc: Ingested, params: CleanParams) -> tuple[Document, list[Paragraph]]:
    """One ingested page to its `documents` row and `paragraphs` rows."""
    if doc.status != "ok" or doc.text is None:
        return Document(
            doc_id=doc.doc_id,
            source=doc.source,
            status="rejected",
            reject_reason=doc.reject_reason,
            encoding=doc.encoding,
            raw_chars=doc.raw_chars,
        ), []
    prepared = strip_pinyin(unicodedata.normalize("NFKC", doc.text))
    simplified = to_simplified(prepared)
    script = detect_script(prepared, simplified)
    html_title = to_simplified(unicodedata.normalize("NFKC", doc.html_title)) if doc.html_title else None

    lines, reasons = split_paragraphs(simplified)
    mark_link_blocks(lines, reasons)
    start = body_start(lines, reasons)
    kept = [r is None for r in reasons]
    title, title_index = metadata.find_title(lines, kept, html_title)
    if title_index is not None:
        for i in range(title_index):
            if kept[i]:
                reasons[i], kept[i] = "navigation", False
    for i, reason in enumerate(dedup.mark_summaries(lines, kept, params.summary_threshold)):
        if reason:
            reasons[i], kept[i] = reason, False
    for i, reason in enumerate(dedup.mark_duplicates(lines, kept, params.near_duplicate_threshold)):
        if reason:
            reasons[i], kept[i] = reason, False

    clean_text = "\n".join(line for line, k in zip(lines, kept, strict=True) if k)
    document = Document(
        doc_id=doc.doc_id,
        source=doc.source,
        status="ok",
        encoding=doc.encoding,
        script=script,
        title=title,
        published_at=metadata.find_published(lines, start),
        outlet=metadata.find_outlet(lines, start),
        clean_text=clean_text,
        raw_chars=doc.raw_chars,
        clean_chars=len(clean_text),
    )
    paragraphs = [
        Paragraph(doc_id=doc.doc_id, index=i, text=line, kept=k, reason=reasons[i])
        for i, (line, k) in enumerate(zip(lines, kept, strict=True))
    ]
    return document, paragraphs
