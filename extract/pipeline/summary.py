"""What a run wrote: rows per table, and documents ok or rejected (by reason)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from extract.models import record_tables


@dataclass
class RunSummary:
    """Rows written per table, and documents by status and rejection reason."""

    rows: dict[str, int] = field(default_factory=dict)
    ok: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)  # pages per warning code
    stories: dict[str, int] = field(default_factory=dict)  # stories, and those carried by several pages
    panel: dict[str, Any] = field(default_factory=dict)  # rows of the panel tables, records left out of them

    def observe(self, batch: dict[str, pa.Table]) -> None:
        """Count a batch of rows per table, and its documents by status and reason."""
        for name, table in batch.items():
            self.rows[name] = self.rows.get(name, 0) + table.num_rows
        if "documents" not in batch:
            return
        documents = batch["documents"]
        statuses = documents.column("status").to_pylist()
        reasons = documents.column("reject_reason").to_pylist()
        for status, reason in zip(statuses, reasons, strict=True):
            if status == "ok":
                self.ok += 1
            else:
                self.rejected[(reason or "unknown").split(":", 1)[0]] += 1
        for codes in documents.column("warnings").to_pylist():
            self.warnings.update(codes)

    def merge(self, other: RunSummary) -> None:
        """Add what another process counted."""
        for name, n in other.rows.items():
            self.rows[name] = self.rows.get(name, 0) + n
        self.ok += other.ok
        self.rejected.update(other.rejected)
        self.warnings.update(other.warnings)

    @property
    def documents(self) -> int:
        return self.ok + sum(self.rejected.values())

    def lines(self) -> list[str]:
        """A human summary: documents by status and reason, records per table."""
        rejected = ", ".join(f"{reason} {n}" for reason, n in sorted(self.rejected.items()))
        records = ", ".join(f"{t.name} {self.rows.get(t.name, 0)}" for t in record_tables())
        total = sum(self.rejected.values())
        warnings = ", ".join(f"{code} {n}" for code, n in sorted(self.warnings.items())) or "none"
        lines = [
            f"documents: {self.ok} ok, {total} rejected" + (f" ({rejected})" if rejected else ""),
            f"warnings (pages to look at): {warnings}",
            f"records: {records}",
        ]
        if self.stories:
            lines.append(
                f"stories: {self.stories['stories']} ({self.stories['multi_page_stories']} carried by several pages)"
            )
        if self.panel:
            lines += panel_lines(self.panel)
        return lines


def panel_lines(panel: dict[str, Any]) -> list[str]:
    """The panel tables written, and every record left out of the year rows, by reason (none silently)."""
    out = [f"panel: {panel['panel']} city-years, policy: {panel['policy']} designation stages"]
    for reason in ("no_year", "no_city"):
        counts = ", ".join(f"{t} {n}" for t, n in panel[reason].items())
        out.append(f"  records left out ({reason.replace('_', ' ')}; see panel_coverage.json): {counts}")
    if panel["conflicts"]:
        out.append(f"  facts whose stories disagree (better source kept, conflict flag set): {panel['conflicts']}")
    return out
