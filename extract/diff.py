"""`diff`: what a change changed, table by table, record by record (matched by identity, not row).

Records are matched by their document and key fields (a city by its adcode, a date by its
value, an award by name, kind and edition...). A record whose key is in both outputs but whose
other fields differ is "changed" (field: old → new); offsets are left out because any cleaning
change moves them. Documents are compared by status and clean_text, with the paragraphs whose
`kept` flag flipped.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract import io
from extract.models import TABLES, record_tables

IGNORED_FIELDS = {"doc_id", "start", "end", "extractor"}  # positions move with any cleaning change
Row = dict[str, Any]


@dataclass
class TableDiff:
    """Added, removed and changed records of one table."""

    added: list[Row] = field(default_factory=list)
    removed: list[Row] = field(default_factory=list)
    changed: list[tuple[Row, Row, list[str]]] = field(default_factory=list)
    unchanged: int = 0

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


@dataclass
class DocumentChange:
    """A document whose status or clean text differs, with the paragraphs that flipped."""

    source: str
    status: tuple[str | None, str | None]
    text_changed: bool
    flipped: list[dict[str, Any]]


@dataclass
class OutputDiff:
    """Everything that differs between two output folders."""

    tables: dict[str, TableDiff]
    documents: list[DocumentChange]
    added_documents: list[str]
    removed_documents: list[str]

    @property
    def equal(self) -> bool:
        no_docs = not (self.documents or self.added_documents or self.removed_documents)
        return no_docs and all(t.empty for t in self.tables.values())


def _keyed(rows: list[Row], key_fields: tuple[str, ...], source_of: dict[str, str]) -> dict[tuple, Row]:
    """Rows by (source, key fields, occurrence): the k-th record with the same key pairs with the k-th."""
    seen: Counter[tuple] = Counter()
    out = {}
    for row in rows:
        base = (source_of.get(row["doc_id"], row["doc_id"]), *(row.get(f) for f in key_fields))
        out[(*base, seen[base])] = row
        seen[base] += 1
    return out


def diff_table(old: list[Row], new: list[Row], name: str, old_src: dict, new_src: dict) -> TableDiff:
    """Records matched by identity; the fields that differ for those in both."""
    keys = TABLES[name].keys
    a, b = _keyed(old, keys, old_src), _keyed(new, keys, new_src)
    result = TableDiff()
    for key in sorted(a.keys() | b.keys(), key=repr):
        if key not in b:
            result.removed.append(_with_source(a[key], old_src))
        elif key not in a:
            result.added.append(_with_source(b[key], new_src))
        else:
            fields = [f for f in b[key] if f not in IGNORED_FIELDS and a[key].get(f) != b[key].get(f)]
            if fields:
                result.changed.append((_with_source(a[key], old_src), _with_source(b[key], new_src), fields))
            else:
                result.unchanged += 1
    return result


def _with_source(row: Row, source_of: dict[str, str]) -> Row:
    return {"source": source_of.get(row["doc_id"], row["doc_id"]), **row}


def diff_documents(old_dir: Path, new_dir: Path) -> tuple[list[DocumentChange], list[str], list[str], dict, dict]:
    """Documents added, removed, or changed (status, clean_text, flipped paragraphs)."""
    old_docs = {d["source"]: d for d in io.read_rows(old_dir, "documents")}
    new_docs = {d["source"]: d for d in io.read_rows(new_dir, "documents")}
    old_src = {d["doc_id"]: s for s, d in old_docs.items()}
    new_src = {d["doc_id"]: s for s, d in new_docs.items()}
    old_paras = _paragraphs(old_dir, old_src)
    new_paras = _paragraphs(new_dir, new_src)
    changes = []
    for source in sorted(old_docs.keys() & new_docs.keys()):
        a, b = old_docs[source], new_docs[source]
        text_changed = a.get("clean_text") != b.get("clean_text")
        if a.get("status") == b.get("status") and not text_changed:
            continue
        flipped = _flipped(old_paras.get(source, []), new_paras.get(source, []))
        changes.append(DocumentChange(source, (a.get("status"), b.get("status")), text_changed, flipped))
    added = sorted(new_docs.keys() - old_docs.keys())
    removed = sorted(old_docs.keys() - new_docs.keys())
    return changes, added, removed, old_src, new_src


def _paragraphs(out_dir: Path, source_of: dict[str, str]) -> dict[str, list[Row]]:
    by_source: dict[str, list[Row]] = {}
    for row in io.read_rows(out_dir, "paragraphs"):
        by_source.setdefault(source_of.get(row["doc_id"], ""), []).append(row)
    return by_source


def _flipped(old: list[Row], new: list[Row]) -> list[dict[str, Any]]:
    """Paragraphs (matched by text, in order) kept in one output and dropped in the other."""
    old_by_text: dict[str, list[Row]] = {}
    for row in old:
        old_by_text.setdefault(row["text"], []).append(row)
    flipped = []
    for row in new:
        candidates = old_by_text.get(row["text"])
        if not candidates:
            continue
        before = candidates.pop(0)
        if before["kept"] != row["kept"]:
            flipped.append({"text": row["text"], "old": before["reason"] or "kept", "new": row["reason"] or "kept"})
    return flipped


def diff_outputs(old_dir: Path, new_dir: Path) -> OutputDiff:
    """Compare two output folders."""
    for folder in (old_dir, new_dir):
        if io.table_path(folder, "documents") is None:
            raise FileNotFoundError(f"no documents table in {folder}")
    documents, added, removed, old_src, new_src = diff_documents(old_dir, new_dir)
    tables = {
        name: diff_table(io.read_rows(old_dir, name), io.read_rows(new_dir, name), name, old_src, new_src)
        for name in (t.name for t in record_tables())
    }
    return OutputDiff(tables, documents, added, removed)


def _label(name: str, row: Row) -> str:
    count = f" ×{row['count']}" if row.get("count") is not None else ""
    end = f"..{row['end_value']}" if row.get("end_value") else ""
    return f"{row.get(TABLES[name].label)}{end}{count}"


def to_json(diff: OutputDiff, limit: int) -> str:
    """Machine-readable diff (lists cut at `limit`, with the count left out)."""

    def cut(items: list) -> dict[str, Any]:
        return {"items": items[:limit], "left_out": max(0, len(items) - limit)}

    data = {
        "equal": diff.equal,
        "summary": summary_rows(diff),
        "documents": {
            "added": diff.added_documents,
            "removed": diff.removed_documents,
            "changed": cut([c.__dict__ for c in diff.documents]),
        },
        "tables": {
            name: {
                "added": cut(t.added),
                "removed": cut(t.removed),
                "changed": cut([{"old": o, "new": n, "fields": f} for o, n, f in t.changed]),
            }
            for name, t in diff.tables.items()
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=1, default=str)


def summary_rows(diff: OutputDiff) -> list[dict[str, Any]]:
    """One row of counts per table."""
    rows = [
        {
            "table": "documents",
            "added": len(diff.added_documents),
            "removed": len(diff.removed_documents),
            "changed": len(diff.documents),
            "unchanged": None,
        }
    ]
    for name, t in diff.tables.items():
        rows.append(
            {
                "table": name,
                "added": len(t.added),
                "removed": len(t.removed),
                "changed": len(t.changed),
                "unchanged": t.unchanged,
            }
        )
    return rows


def to_text(diff: OutputDiff, limit: int, markdown: bool) -> str:
    """Human-readable diff; markdown is ready to paste as a pull-request comment."""
    if diff.equal:
        return "no differences\n"
    out: list[str] = []
    h2, h3 = ("## ", "### ") if markdown else ("== ", "-- ")
    out.append(f"{h2}Extraction diff\n")
    if markdown:
        out += ["| table | added | removed | changed | unchanged |", "|---|---:|---:|---:|---:|"]
    for r in summary_rows(diff):
        unchanged = "" if r["unchanged"] is None else r["unchanged"]
        if markdown:
            out.append(f"| {r['table']} | {r['added']} | {r['removed']} | {r['changed']} | {unchanged} |")
        else:
            out.append(f"{r['table']:<11} +{r['added']:<5} -{r['removed']:<5} ~{r['changed']:<5} ={unchanged}")
    out.append("")
    bullet = "- " if markdown else "  "
    code = "`" if markdown else ""
    if diff.documents or diff.added_documents or diff.removed_documents:
        out.append(f"{h3}documents")
        out += [f"{bullet}added: {code}{s}{code}" for s in diff.added_documents[:limit]]
        out += [f"{bullet}removed: {code}{s}{code}" for s in diff.removed_documents[:limit]]
        for change in diff.documents[:limit]:
            status = f" status {change.status[0]} → {change.status[1]}" if change.status[0] != change.status[1] else ""
            text = " clean_text changed" if change.text_changed else ""
            out.append(f"{bullet}{code}{change.source}{code}:{status}{text}")
            for p in change.flipped[:limit]:
                out.append(f"    {bullet}{p['old']} → {p['new']}: {p['text'][:80]}")
        left = len(diff.documents) - limit
        if left > 0:
            out.append(f"{bullet}… and {left} more documents")
        out.append("")
    for name, t in diff.tables.items():
        if t.empty:
            continue
        out.append(f"{h3}{name}")
        for sign, rows in (("+", t.added), ("-", t.removed)):
            for row in rows[:limit]:
                evidence = row["evidence"][:60]
                out.append(f'{bullet}{sign} {code}{row["source"]}{code} {_label(name, row)} — "{evidence}"')
            if len(rows) > limit:
                out.append(f"{bullet}{sign} … and {len(rows) - limit} more")
        for old, new, fields in t.changed[:limit]:
            what = "; ".join(f"{f}: {old.get(f)!r} → {new.get(f)!r}" for f in fields)
            out.append(f"{bullet}~ {code}{new['source']}{code} {_label(name, new)}: {what}")
        if len(t.changed) > limit:
            out.append(f"{bullet}~ … and {len(t.changed) - limit} more")
        out.append("")
    return "\n".join(out) + "\n"
