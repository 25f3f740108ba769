"""Award and brand counts per city and year, from the tables of `make run` (notebook-style script).

    .venv/bin/python examples/awards_by_city.py --outputs outputs --chart examples/awards_by_city.png

Question: which cities reported how many quality awards and brand titles, and in which year?
Each award or brand count is attributed to the document's primary city (or the record's own
city when the record names one) and to the year the count refers to (the record's `year`,
else the page's publication year).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd


def load(outputs: Path) -> pd.DataFrame:
    """Award and brand counts with city and year, one row per record."""
    docs = pd.read_parquet(outputs / "documents.parquet", columns=["doc_id", "source", "published_at"])
    cities = pd.read_parquet(outputs / "cities.parquet")
    primary = cities.loc[cities["is_primary"], ["doc_id", "city"]].rename(columns={"city": "primary_city"})
    awards = pd.read_parquet(outputs / "awards.parquet").assign(kind="award", name=lambda d: d["award"])
    brands = pd.read_parquet(outputs / "brands.parquet").assign(kind="brand", name=lambda d: d["category"])
    counts = pd.concat([awards, brands], ignore_index=True)[["doc_id", "kind", "name", "city", "year", "count"]]
    counts = counts.merge(docs, on="doc_id").merge(primary, on="doc_id", how="left")
    counts["city"] = counts["city"].fillna(counts["primary_city"])
    published = pd.to_datetime(counts["published_at"].str[:10], errors="coerce").dt.year
    counts["year"] = counts["year"].fillna(published).astype("Int64")
    return counts


def per_city_year(counts: pd.DataFrame) -> pd.DataFrame:
    """Total awards and brand titles per city and year."""
    table = counts.dropna(subset=["city"]).pivot_table(
        index=["city", "year"], columns="kind", values="count", aggfunc="sum", fill_value=0
    )
    return table.reindex(columns=["award", "brand"], fill_value=0).sort_index()


def chart(table: pd.DataFrame, path: Path) -> None:
    """A horizontal bar chart of the totals per city (all years)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["font.sans-serif"] = ["WenQuanYi Zen Hei", "Noto Sans CJK SC", "DejaVu Sans"]
    totals = table.groupby(level="city").sum().sort_values("award")
    ax = totals.plot.barh(figsize=(8, max(3, 0.35 * len(totals))), title="Awards and brand titles reported per city")
    ax.set_xlabel("count")
    plt.tight_layout()
    plt.savefig(path, dpi=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--outputs", type=Path, default=Path("outputs"))
    parser.add_argument("--chart", type=Path, help="write a PNG bar chart here")
    args = parser.parse_args()
    table = per_city_year(load(args.outputs))
    print(table.to_string())
    if args.chart:
        chart(table, args.chart)
        print(f"chart: {args.chart}")


if __name__ == "__main__":
    main()
