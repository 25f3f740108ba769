"""DVC stage `panel`, and the end of `run`: the panel and policy tables and their exports, next to the record tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract.panel.build import build
from extract.panel.export import write_all


def panel_stage(out_dir: Path) -> dict[str, Any]:
    """Build and write the panel files of `out_dir`; what they hold and what stayed out (see panel_coverage.json)."""
    panel, policy, coverage = build(out_dir)
    write_all(out_dir, panel, policy, coverage)
    return {
        "panel": len(panel),
        "policy": len(policy),
        "no_year": {name: c.no_year for name, c in coverage.items()},
        "no_city": {name: c.no_city for name, c in coverage.items()},
        "conflicts": sum(c.conflicts for c in coverage.values()),
    }
