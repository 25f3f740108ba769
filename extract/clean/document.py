"""One ingested page to its `documents` row and `paragraphs` rows: line rules, headline, dedup, clean_text."""

from __future__ import annotations

import re
import unicodedata

from extract.clean import dedup, filters, metadata
from extract.clean.normalize import detect_script, normalize, strip_pinyin, to_simplified
from extract.models import Document, Ingested, Paragraph
from extract.params import CleanParams
from extract.rules.common import HANGUL, HANZI, RUNNING_TEXT_MARKS

# Below this share of the page's hanzi (or hangul) kept, the body was probably removed with the boilerplate.
MIN_KEPT_SHARE = 0.2
SCRIPT_RUN = re.compile(f"[{HANZI}{HANGUL}]+")
# Lines that speak of other pages (links, quotes, notices): never a source of this page's metadata.
FOREIGN_REASONS = frozenset({"related_links", "spam", "disclaimer", "ticker", "gallery", "html"})


def split_paragraphs(text: str) -> tuple[list[str], list[str | None]]:
    """Non-blank lines with markup and punctuation repaired, and each line's drop reason.

    Each repair is skipped for the whole page when the page has nothing it could repair.
    """
    markup = "<" in text or "&" in text
    # (removing a tag or an entity can bring junk or doubled punctuation together)
    junk = markup or filters.may_hold_inline_junk(text)
    doubled = junk or filters.DOUBLED_ANY.search(text) is not None
    lines: list[str] = []
    reasons: list[str | None] = []
    for raw in text.split("\n"):
        raw = raw.strip()
        if not raw:
            continue
        reason = filters.html_only(raw) if markup else None
        line = raw
        if not reason:
            line = filters.strip_markup(line) if markup else line
            line = filters.strip_inline_junk(line) if junk else line
            line = filters.repair_punctuation(line) if doubled else line
        if not line:  # nothing left but placeholders (undefined, 【/h/】): keep the row, dropped
            line, reason = raw, "ui_label"
        lines.append(line)
        reasons.append(reason or filters.classify(line))
    return lines, reasons


def mark_link_blocks(lines: list[str], reasons: list[str | None]) -> None:
    """After a related-news heading or list, short non-sentence lines in the same style are links too.

    The style (bulleted or not) is set by the block's first item, so a section heading that
    follows a bulleted table of contents ends the block instead of joining it.
    """
    in_block, bulleted = False, None
    for i, line in enumerate(lines):
        if reasons[i] in ("related_links", "gallery", "ticker"):
            if not in_block:
                bulleted = None
            in_block = True
            if reasons[i] == "related_links" and filters.BULLET.match(line):
                bulleted = True if bulleted is None else bulleted
            continue
        if not in_block or reasons[i] is not None:
            in_block = in_block and reasons[i] is not None
            continue
        is_bullet = bool(filters.BULLET.match(line))
        if metadata.link_like(line) and (bulleted is None or bulleted == is_bullet):
            reasons[i] = "related_links"
            bulleted = is_bullet if bulleted is None else bulleted
        else:
            in_block = False


def mark_captions(lines: list[str], reasons: list[str | None]) -> None:
    """A short label right after an image placeholder is the picture's caption."""
    for i in range(1, len(lines)):
        after_image = reasons[i - 1] in ("gallery", "empty") or lines[i - 1] == "undefined"
        if after_image and reasons[i] is None and len(lines[i]) <= 20 and metadata.headline_like(lines[i]):
            reasons[i] = "gallery"


def body_start(lines: list[str], reasons: list[str | None]) -> int:
    """Index of the first kept line that reads as running text."""
    for i, line in enumerate(lines):
        if reasons[i] is None and len(line) >= 30 and any(mark in line for mark in RUNNING_TEXT_MARKS):
            return i
    return 0


def letter_count(text: str) -> int:
    """How many hanzi and hangul letters `text` holds."""
    return sum(map(len, SCRIPT_RUN.findall(text)))


def page_warnings(doc: Ingested, clean_text: str, title: str | None, published_at: str | None) -> list[str]:
    """The warning codes of a cleaned page (README "Warnings"), after those of its decoding."""
    warnings = list(doc.warnings)
    if letter_count(clean_text) < MIN_KEPT_SHARE * letter_count(doc.text or ""):
        warnings.append("body_removed")
    if title is None:
        warnings.append("no_title")
    if published_at is None:
        warnings.append("no_date")
    return warnings


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
            warnings=doc.warnings,
        ), []
    prepared = strip_pinyin(unicodedata.normalize("NFKC", doc.text))
    simplified = to_simplified(prepared)
    script = detect_script(prepared, simplified)
    html_title = normalize(doc.html_title) if doc.html_title else None

    lines, reasons = split_paragraphs(simplified)
    mark_link_blocks(lines, reasons)
    mark_captions(lines, reasons)
    # Metadata comes from the page's own lines, never from links to other articles or notices.
    own = [(line, r) for line, r in zip(lines, reasons, strict=True) if r not in FOREIGN_REASONS]
    own_lines, own_reasons = [line for line, _ in own], [r for _, r in own]
    start = body_start(own_lines, own_reasons)
    kept = [r is None for r in reasons]
    title, title_index = metadata.find_title(lines, reasons, html_title)
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
    published_at = metadata.find_published(own_lines, start)
    document = Document(
        doc_id=doc.doc_id,
        source=doc.source,
        status="ok",
        encoding=doc.encoding,
        script=script,
        title=title,
        published_at=published_at,
        outlet=metadata.find_outlet(own_lines, start),
        clean_text=clean_text,
        raw_chars=doc.raw_chars,
        clean_chars=len(clean_text),
        warnings=page_warnings(doc, clean_text, title, published_at),
    )
    paragraphs = [
        Paragraph(doc_id=doc.doc_id, index=i, text=line, kept=k, reason=reasons[i])
        for i, (line, k) in enumerate(zip(lines, kept, strict=True))
    ]
    return document, paragraphs
