"""`audit`: kept sentences that look like they state a record but gave none, per record table, ranked.

A sentence is listed for a table when it holds one of the table's cue words
(`extract.rules.audit`) and a count or a year, and no record of that table overlaps it. It
is a reviewer's list of likely misses on a corpus nobody labelled: the top of each table's
list is where a rule most probably fell short.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from extract import io
from extract.models import record_tables
from extract.rules import audit as cues
from extract.rules.common import SENTENCE_ENDS
from extract.rules.compose import any_of

SENTENCE = re.compile(f"[^{re.escape(SENTENCE_ENDS)}]+")
COUNT = re.compile(cues.COUNT)
YEAR = re.compile(cues.YEAR)


@dataclass(frozen=True)
class Finding:
    """A sentence of one document that may hold a record of `table` the pipeline did not extract."""

    table: str
    source: str
    start: int
    end: int
    sentence: str
    cues: list[str]
    score: int


def _cue_pattern(table: str) -> re.Pattern[str] | None:
    words = cues.CUES.get(table)
    return re.compile(any_of(words)) if words else None


def audit(outputs: Path, tables: list[str] | None = None) -> dict[str, list[Finding]]:
    """The findings of each record table (all of them, or `tables`), best first."""
    names = [t.name for t in record_tables() if tables is None or t.name in tables]
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for name in names:
        for row in io.read_rows(outputs, name):
            spans.setdefault((name, row["doc_id"]), []).append((row["start"], row["end"]))
    patterns = {name: _cue_pattern(name) for name in names}
    found: dict[str, list[Finding]] = {name: [] for name in names}
    for batch in io.iter_rows(outputs, "documents"):
        for doc in batch:
            text = doc.get("clean_text") or ""
            for m in SENTENCE.finditer(text):
                for name, pattern in patterns.items():
                    finding = _finding(name, pattern, doc, m, spans.get((name, doc["doc_id"]), []))
                    if finding:
                        found[name].append(finding)
    for name in names:
        found[name].sort(key=lambda f: (-f.score, f.source, f.start))
    return found


def _finding(
    table: str, pattern: re.Pattern[str] | None, doc: dict, m: re.Match[str], spans: list[tuple[int, int]]
) -> Finding | None:
    """The sentence as a finding of `table`, if it has cue words and a count or year and no record of it."""
    if pattern is None:
        return None
    words = sorted(set(pattern.findall(m.group())))
    if not words:
        return None
    counts, years = len(COUNT.findall(m.group())), len(YEAR.findall(m.group()))
    if not counts and not years:
        return None
    if any(start < m.end() and m.start() < end for start, end in spans):
        return None
    score = 2 * min(counts, 3) + min(years, 2) + len(words)
    return Finding(table, doc["source"], m.start(), m.end(), m.group().strip(), words, score)


def to_text(found: dict[str, list[Finding]], limit: int, markdown: bool = False) -> str:
    """The findings as plain text or markdown, `limit` per table (with how many were left out)."""
    out: list[str] = []
    bullet = "- " if markdown else "  "
    for table, items in found.items():
        out.append(f"## {table} ({len(items)} sentences)" if markdown else f"== {table}: {len(items)} sentences")
        for f in items[:limit]:
            where = f"`{f.source}`@{f.start}" if markdown else f"{f.source}@{f.start}"
            out.append(f"{bullet}{where} [{', '.join(f.cues)}] {f.sentence}")
        if len(items) > limit:
            out.append(f"{bullet}… and {len(items) - limit} more")
        out.append("")
    return "\n".join(out)


def to_json(found: dict[str, list[Finding]], limit: int) -> str:
    """The findings as JSON: per table, the first `limit` and how many were left out."""
    data = {
        table: {"items": [asdict(f) for f in items[:limit]], "left_out": max(0, len(items) - limit)}
        for table, items in found.items()
    }
    return json.dumps(data, ensure_ascii=False, indent=1)
