"""One input page's bytes to its `ingested` row: decoded text lines, or a rejection with a reason."""

from __future__ import annotations

import hashlib
import re

from extract.ingest.decode import BOMS, decode, looks_utf16
from extract.ingest.html import is_whole_page, page_to_lines
from extract.models import Ingested
from extract.params import IngestParams
from extract.rules.common import RAW_SENTENCE_ENDS
from extract.rules.compose import char_class

CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
SENTENCE_END = re.compile(char_class(RAW_SENTENCE_ENDS))
# Share of control characters above which a decoded file is taken as binary.
MAX_CONTROL_SHARE = 0.01


def doc_id_for(source: str) -> str:
    """Stable document id: a hash of the path relative to the input folder."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


def ingest_file(source: str, data: bytes, size: int, params: IngestParams) -> Ingested:
    """Decode one file. `data` may be cut at the size limit; `size` is the real size."""
    doc_id = doc_id_for(source)

    def reject(reason: str, encoding: str | None = None) -> Ingested:
        return Ingested(doc_id=doc_id, source=source, status="rejected", reject_reason=reason, encoding=encoding)

    if size > params.max_file_bytes:
        return reject(f"too_large: {size} bytes, limit {params.max_file_bytes}")
    if size == 0:
        return reject("empty: the file has no bytes")
    if looks_binary(data):
        return reject("binary: NUL or control bytes, not text in any supported encoding")
    decoded = decode(data)
    if decoded.text is None:
        return reject(decoded.error or "undecodable")
    text = decoded.text.lstrip("\ufeff")
    controls = len(CONTROL.findall(text[:65536]))
    if "\x00" in text or controls > MAX_CONTROL_SHARE * min(len(text), 65536):
        return reject(f"binary: {controls} control characters in the first 64 KiB", decoded.encoding)
    if not text.strip():
        return reject("blank: only whitespace", decoded.encoding)
    raw_chars = len(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = None
    if is_whole_page(text):
        text, title = page_to_lines(text)
        if not text.strip():
            return reject("blank: the HTML page has no visible text", decoded.encoding)
    return Ingested(
        doc_id=doc_id,
        source=source,
        status="ok",
        encoding=decoded.encoding,
        raw_chars=raw_chars,
        text=split_long_lines(text, params.max_line_chars),
        html_title=title,
        warnings=["bytes_repaired"] if decoded.repaired else [],
    )


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside UTF-16/32, or many control bytes: an image, archive or executable."""
    if data.startswith(BOMS) or looks_utf16(data):
        return False
    head = data[:8192]
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    return b"\x00" in head or controls > MAX_CONTROL_SHARE * len(head)


def split_long_lines(text: str, limit: int) -> str:
    """Break lines longer than `limit` at sentence ends, else hard at the limit."""
    if max(map(len, text.split("\n"))) <= limit:
        return text
    out = []
    for line in text.split("\n"):
        pos = 0
        while len(line) - pos > limit:
            ends = [m.end() for m in SENTENCE_END.finditer(line, pos + limit // 4, pos + limit)]
            cut = ends[-1] if ends else pos + limit
            out.append(line[pos:cut])
            pos = cut
        out.append(line[pos:])
    return "\n".join(out)
