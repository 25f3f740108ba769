"""The panel and policy tables on disk: Parquet, CSV (UTF-8 with BOM, opens in Excel), Stata 118 (.dta, Chinese
strings kept), a Frictionless `datapackage.json` (Table Schema: types, descriptions, primary keys) and the
coverage report (`panel_coverage.json`: what every record table contributed, and what stayed out and why).
"""

from __future__ import annotations

import types
import typing
from dataclasses import asdict
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from extract import io
from extract.models import TABLES, Row
from extract.panel.facts import Coverage
from extract.schema import schema_of

# The tables the panel is built from, and what `run` and the DVC stage `panel` write besides its two Parquet tables.
INPUTS = ("documents", "cities", "awards", "brands", "designations")
EXPORTS = ("panel.csv", "panel.dta", "policy.csv", "policy.dta", "datapackage.json", "panel_coverage.json")
PRIMARY_KEYS = {"panel": ["adcode", "year"], "policy": ["adcode", "designation", "stage"]}
TITLES = {
    "panel": "Quality-city panel: one row per city (adcode) and year",
    "policy": "Quality-city designations: one row per city, designation and stage (a DID treatment table)",
}
# Stata keeps strings up to 2045 bytes in str columns; longer provenance goes to strL.
LONG_STRINGS = ("story_ids", "record_keys", "designations")
STATA_LABEL = 80
STATA_NAMES = {"start": "period_start", "end": "period_end"}  # `end` is a reserved word in Stata


def _field_type(annotation: Any) -> tuple[str, list[str] | None]:
    """The Table Schema type of a field annotation, and its allowed values for a Literal."""
    optional = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    inner = next(a for a in typing.get_args(annotation) if a is not type(None)) if optional else annotation
    if typing.get_origin(inner) is Literal:
        return "string", list(typing.get_args(inner))
    return {str: "string", int: "integer", bool: "boolean"}[inner], None


def table_schema(name: str) -> dict[str, Any]:
    """The Frictionless Table Schema of a panel table, from its model."""
    fields = []
    for column, info in TABLES[name].model.model_fields.items():
        kind, values = _field_type(info.annotation)
        field: dict[str, Any] = {"name": column, "type": kind, "description": info.description or ""}
        constraints: dict[str, Any] = {}
        if values:
            constraints["enum"] = values
        if column in PRIMARY_KEYS[name]:
            constraints["required"] = True
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    return {"fields": fields, "primaryKey": PRIMARY_KEYS[name], "missingValues": [""]}


def datapackage() -> dict[str, Any]:
    """datapackage.json: the two CSV files with their schemas (the Parquet and .dta files hold the same rows)."""
    return {
        "name": "quality-city-panel",
        "title": "Quality-city designations, awards and brand titles per city and year",
        "description": "Derived by `python -m extract run` from the record tables; "
        "the same rows are in NAME.parquet and NAME.dta (Stata 118). Codebook: README.md.",
        "resources": [
            {
                "name": name,
                "path": f"{name}.csv",
                "title": TITLES[name],
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "schema": table_schema(name),
            }
            for name in ("panel", "policy")
        ],
    }


def frame(name: str, rows: list[Row]) -> pd.DataFrame:
    """Rows as a DataFrame with the model's columns and types (nullable integers stay integers)."""
    table = pd.DataFrame.from_records([vars(r) for r in rows], columns=list(TABLES[name].model.model_fields))
    for column, info in TABLES[name].model.model_fields.items():
        kind, _ = _field_type(info.annotation)
        table[column] = table[column].astype({"integer": "Int64", "boolean": "boolean", "string": "string"}[kind])
    return table


def stata_frame(table: pd.DataFrame) -> pd.DataFrame:
    """What Stata stores: booleans as 0/1 bytes, integers as long (missing ones as missing numbers), missing strings
    as "", and the names Stata reserves renamed (`start`, `end` of the policy table → `period_start`, `period_end`).
    """
    out = table.copy()
    for column in out.columns:
        dtype = str(out[column].dtype)
        if dtype == "boolean":
            out[column] = out[column].astype("int8")
        elif dtype == "Int64":
            out[column] = out[column].astype("float64" if out[column].isna().any() else "int32")
        else:
            out[column] = out[column].fillna("").astype(object)
    return out.rename(columns=STATA_NAMES)


def write_all(out_dir: Path, panel: list[Row], policy: list[Row], coverage: dict[str, Coverage]) -> None:
    """Every panel file into `out_dir`, each written atomically."""
    for name, rows in (("panel", panel), ("policy", policy)):
        io.write_rows(out_dir, name, schema_of(name), [vars(r) for r in rows])
        table = frame(name, rows)
        io.write_csv(out_dir / f"{name}.csv", table)
        fields = TABLES[name].model.model_fields.items()
        labels = {STATA_NAMES.get(c, c): (i.description or c)[:STATA_LABEL] for c, i in fields}
        strl = [c for c in LONG_STRINGS if c in table.columns]
        io.write_stata(out_dir / f"{name}.dta", stata_frame(table), labels, TITLES[name][:STATA_LABEL], strl)
    io.write_json(out_dir / "datapackage.json", datapackage())
    io.write_json(out_dir / "panel_coverage.json", {name: asdict(c) for name, c in coverage.items()})
