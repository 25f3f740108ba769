"""The `panel` (adcode × year) and `policy` (adcode × designation × stage) rows, from the facts and the designations."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from extract.models import DESIGNATION_STAGES, PanelRow, PolicyRow
from extract.panel.facts import Claim, Coverage, Fact, Source, collect, read_sources, records
from extract.rules import places as gaz

SEPARATOR = ";"


def _place(adcode: str) -> dict[str, Any]:
    place = gaz.places()[adcode]
    return {"adcode": adcode, "city": place.name, "province": gaz.places()[place.province].name}


def _joined(values: set[str]) -> str:
    return SEPARATOR.join(sorted(values))


def policy_rows(out_dir: Path, sources: dict[str, Source]) -> tuple[list[PolicyRow], Coverage]:
    """One row per place, designation and stage: the year most stories give (then the best source's)."""
    groups: dict[tuple[str, str, str], list[tuple[dict, Source]]] = defaultdict(list)
    cov = Coverage()
    for record in records(out_dir, "designations"):
        cov.records += 1
        source = sources.get(record["doc_id"])
        if source is None:
            cov.no_city += 1
            continue
        groups[(record["adcode"], record["designation"], record["stage"])].append((record, source))
    rows = []
    for (adcode, designation, stage), found in groups.items():
        dated = [(r, s) for r, s in found if r.get("year") is not None]
        stories_per_year: dict[int, set[str]] = defaultdict(set)
        for r, s in dated:
            stories_per_year[r["year"]].add(s.story)
        best = max(dated, key=lambda rs: (len(stories_per_year[rs[0]["year"]]), rs[1].rank), default=None)
        year = best[0]["year"] if best else None
        with_year = [(r, s) for r, s in dated if r["year"] == year]
        date = max((r.get("date") or "" for r, _ in with_year), key=len, default="") or None
        periods = {(r["period_start"], r["period_end"]) for r, _ in found if r.get("period_start")}
        period = max(
            periods,
            key=lambda p: sum((r.get("period_start"), r.get("period_end")) == p for r, _ in found),
            default=(None, None),
        )
        cov.facts += 1
        conflict = len(stories_per_year) > 1 or len(periods) > 1
        cov.conflicts += conflict
        cov.placed += len(found) if year is not None else 0
        cov.no_year += len(found) if year is None else 0
        rows.append(
            PolicyRow(
                **_place(adcode),
                designation=designation,
                level=found[0][0].get("level"),
                stage=stage,
                year=year,
                date=date,
                start=period[0],
                end=period[1],
                stories=len({s.story for _, s in found}),
                story_ids=_joined({s.story for _, s in found}),
                record_keys=_joined({f"designations/{r['doc_id']}/{r['start']}" for r, _ in found}),
                conflict=conflict,
            )
        )
    order = {stage: i for i, stage in enumerate(DESIGNATION_STAGES)}
    rows.sort(key=lambda r: (r.adcode, r.designation, order[r.stage]))
    return rows, cov


def panel_rows(facts: dict[tuple, Fact], policy: list[PolicyRow]) -> list[PanelRow]:
    """One row per adcode and year: the kept value of every fact summed per column, the designation stages reached."""
    cells: dict[tuple[str, int], dict[str, Any]] = defaultdict(
        lambda: {"values": defaultdict(int), "stories": set(), "records": set(), "conflict": False, "events": []}
    )
    for fact in facts.values():
        kept: Claim = fact.kept
        cell = cells[(kept.adcode, kept.year)]
        cell["values"][kept.column] += kept.value
        cell["stories"] |= {c.source.story for c in fact.claims}
        cell["records"] |= {c.record for c in fact.claims}
        cell["conflict"] |= fact.conflict
    for row in policy:
        if row.year is None:
            continue
        cell = cells[(row.adcode, row.year)]
        cell["events"].append(row)
        cell["stories"] |= set(row.story_ids.split(SEPARATOR))
        cell["records"] |= set(row.record_keys.split(SEPARATOR))
        cell["conflict"] |= row.conflict
    order = {stage: i for i, stage in enumerate(DESIGNATION_STAGES)}
    out = []
    for (adcode, year), cell in sorted(cells.items()):
        stage = {
            level: max((e.stage for e in cell["events"] if e.level == level), key=order.get, default=None)
            for level in ("national", "provincial")
        }
        out.append(
            PanelRow(
                **_place(adcode),
                year=year,
                stage_national=stage["national"],
                stage_provincial=stage["provincial"],
                designations=_joined({f"{e.designation}:{e.stage}" for e in cell["events"]}) or None,
                **dict(cell["values"]),
                stories=len(cell["stories"]),
                story_ids=_joined(cell["stories"]),
                record_keys=_joined(cell["records"]),
                conflict=cell["conflict"],
            )
        )
    return out


def build(out_dir: Path) -> tuple[list[PanelRow], list[PolicyRow], dict[str, Coverage]]:
    """The panel and policy rows of an output folder, and what each record table contributed."""
    sources = read_sources(out_dir)
    facts, coverage = collect(out_dir, sources)
    policy, coverage["designations"] = policy_rows(out_dir, sources)
    return panel_rows(facts, policy), policy, coverage
