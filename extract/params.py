"""Typed parameters of every stage, read from params.yaml (one section per stage)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from extract.models import record_tables


class Section(BaseModel):
    """A params.yaml section: unknown keys are an error, not silently ignored."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class IngestParams(Section):
    max_file_bytes: int = Field(10_000_000, gt=0, description="larger files are rejected")
    max_line_chars: int = Field(2_000, gt=100, description="longer lines are split at sentence ends")


class CleanParams(Section):
    near_duplicate_threshold: float = Field(0.8, gt=0, le=1, description="character-bigram overlap")
    summary_threshold: float = Field(0.5, gt=0, le=1, description="share of a summary found in the body")


class ExtractParams(Section):
    tables: list[str] | None = Field(None, description="record tables to extract (default: every record table)")

    @field_validator("tables")
    @classmethod
    def _known_tables(cls, tables: list[str] | None) -> list[str] | None:
        known = [t.name for t in record_tables()]
        unknown = [name for name in tables or [] if name not in known]
        if unknown:
            raise ValueError(f"unknown record tables {unknown}; the record tables are {known}")
        return tables


class RunParams(Section):
    batch_size: int = Field(200, gt=0, description="documents per row group and per worker batch")
    workers: int = Field(1, gt=0)
    shard_size: int = Field(0, ge=0, description="pages per output shard (NAME/part-NNNNN.parquet); 0: one file")


class Params(Section):
    ingest: IngestParams = IngestParams()
    clean: CleanParams = CleanParams()
    extract: ExtractParams = ExtractParams()
    run: RunParams = RunParams()


def parse_params(raw: dict[str, Any]) -> Params:
    """Validate the params.yaml mapping (sections the pipeline does not use are ignored)."""
    return Params(**{k: v for k, v in raw.items() if k in Params.model_fields})
