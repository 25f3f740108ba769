"""A city's designation timeline with its award and brand counts, from the panel tables (notebook-style script).

    .venv/bin/python examples/panel_timeline.py --outputs outputs [--city 大连市] --chart examples/panel_timeline.png

Reads what `python -m extract run` (or `dvc repro`) writes next to the record tables: `panel.parquet`
(one row per city and year; a fact reported by several stories counts once; awards won, awards held
and targets in separate columns), `policy.parquet` (one row per city, designation and stage) and
`panel_coverage.json` (every record that could not be placed in a year row, by reason: nothing is
dropped silently). Prints the city's rows and the coverage, and draws the timeline with Chinese labels
in the font the package ships (no CJK system font needed).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd

STAGES = {"approved": "获批创建", "accepted": "通过验收", "named": "正式命名", "renewed": "复核确认", "revoked": "撤销"}


def load(outputs: Path) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """The panel, the policy table and the coverage report of an output folder."""
    panel = pd.read_parquet(outputs / "panel.parquet")
    policy = pd.read_parquet(outputs / "policy.parquet")
    coverage = json.loads((outputs / "panel_coverage.json").read_text(encoding="utf-8"))
    return panel, policy, coverage


def yearly(panel: pd.DataFrame, city: str) -> pd.DataFrame:
    """Per year for one city: the national stage reached, awards won and nominated, awards held, brand titles held."""
    rows = panel[panel["city"] == city].set_index("year").sort_index()
    won = [c for c in rows.columns if c.startswith("award_") and not c.startswith(("award_holders", "award_targets"))]
    out = pd.DataFrame(index=rows.index)
    out["stage"] = rows["stage_national"].map(STAGES).fillna(rows["stage_provincial"].map(STAGES))
    out["awards_won"] = rows[[c for c in won if not c.endswith("_nomination")]].sum(axis=1, min_count=1)
    out["nominations"] = rows[[c for c in won if c.endswith("_nomination")]].sum(axis=1, min_count=1)
    out["awards_held"] = rows[[c for c in rows.columns if c.startswith("award_holders")]].sum(axis=1, min_count=1)
    out["brand_titles"] = rows[[c for c in rows.columns if c.startswith("brand_")]].sum(axis=1, min_count=1)
    out["stories"] = rows["stories"]
    return out.astype({c: "Int64" for c in ("awards_won", "nominations", "awards_held", "brand_titles")})


def busiest_city(panel: pd.DataFrame, policy: pd.DataFrame) -> str:
    """The city with the most dated designation stages, then the most panel rows."""
    dated = policy.dropna(subset=["year"]).groupby("city").size()
    rows = panel.groupby("city").size()
    score = pd.DataFrame({"dated": dated, "rows": rows}).fillna(0)
    return str(score.sort_values(["dated", "rows"], ascending=False).index[0])


def chart(panel: pd.DataFrame, policy: pd.DataFrame, city: str, path: Path) -> None:
    """Designation stages (and the 示范期) above, awards won and brand titles held per year below."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from extract.fonts import use_cjk_font

    use_cjk_font()
    table = yearly(panel, city)
    events = policy[(policy["city"] == city)].dropna(subset=["year"]).sort_values("year")
    years = sorted({*table.index, *events["year"].astype(int)})
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 5), sharex=True, height_ratios=[1, 2])
    for i, event in enumerate(events.itertuples()):
        top.scatter(event.year, 0, s=60, zorder=3)
        top.annotate(
            f"{STAGES[event.stage]}\n{event.designation}",
            (event.year, 0),
            xytext=(0, 10 + 18 * (i % 2)),
            textcoords="offset points",
            ha="center",
            fontsize=8,
        )
        if isinstance(event.start, str) and isinstance(event.end, str):
            start = int(event.start[:4]) + (int(event.start[5:7]) - 1) / 12
            end = int(event.end[:4]) + (int(event.end[5:7]) - 1) / 12
            top.plot([start, end], [-0.4, -0.4], linewidth=4, alpha=0.5)
            top.annotate(
                f"示范期 {event.start} 至 {event.end}",
                (start, -0.4),
                xytext=(0, -14),
                textcoords="offset points",
                fontsize=8,
            )
    top.set_ylim(-1, 1.5)
    top.set_yticks([])
    top.set_title(f"{city}:质量强市示范城市的创建、命名与质量奖、品牌数量")
    counts = table[["awards_won", "brand_titles"]].reindex(years).astype("float").fillna(0)
    width = 0.4
    bottom.bar([y - width / 2 for y in years], counts["awards_won"], width, label="获奖(当年获奖单位数)")
    bottom.bar([y + width / 2 for y in years], counts["brand_titles"], width, label="品牌(拥有的名牌、商标等)")
    bottom.set_xticks(years)
    bottom.set_xlabel("年份")
    bottom.set_ylabel("数量")
    bottom.legend(loc="best", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--outputs", type=Path, default=Path("outputs"))
    parser.add_argument("--city", help="full city name (default: the city with the most dated designation stages)")
    parser.add_argument("--chart", type=Path, help="write a PNG of the timeline here")
    args = parser.parse_args()
    panel, policy, coverage = load(args.outputs)
    city = args.city or busiest_city(panel, policy)
    print(f"{city}, per year (null: nothing reported):")
    print(yearly(panel, city).to_string())
    print("\ndesignation stages:")
    print(policy[policy["city"] == city][["designation", "stage", "year", "start", "end", "stories"]].to_string())
    print("\nrecords not in any year row (see panel_coverage.json), none dropped silently:")
    for table, c in coverage.items():
        print(f"  {table}: {c['records']} records, {c['no_year']} without a year, {c['no_city']} without a city")
    if args.chart:
        chart(panel, policy, city, args.chart)
        print(f"chart: {args.chart}")


if __name__ == "__main__":
    main()
