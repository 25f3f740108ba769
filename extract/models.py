"""Pydantic models: the single source of every row type the pipeline writes.

The Arrow schemas, the JSON Schema files in `schemas/` and the bulk row validators
(`extract.schema`) are derived from these classes, so a field is added here and nowhere else.

On the hot path a row is a `Fields` object made by `new_row` with the model's defaults; its
`vars()` is the row dict the Parquet writer takes. Each page's rows are validated against
the model in one call per table (`extract.schema.validate_rows`) instead of building a model
instance per row, which costs more than most rules. The checks across fields are plain
functions of the row dict that the models and the row validators share.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Level = Literal["national", "provincial", "municipal", "county"]
ProgramKind = Literal["document", "strategy", "campaign", "designation", "concept"]
CountKind = Literal["recipients", "holders", "target"]
DateKind = Literal["publication", "event", "period", "target", "reference"]
Precision = Literal["year", "month", "day"]
Script = Literal["simplified", "traditional", "mixed"]
Status = Literal["ok", "rejected"]

# Why a paragraph was removed; documented in README.md ("Cleaning reasons").
DropReason = Literal[
    "spam",
    "html",
    "navigation",
    "metadata",
    "related_links",
    "disclaimer",
    "ticker",
    "duplicate",
    "near_duplicate",
    "summary",
    "ui_label",
    "gallery",
    "footer",
    "foreign",
    "empty",
]

DATE_VALUE = r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)$"


class Fields(types.SimpleNamespace):
    """A table row being built: its fields as attributes; `vars(row)` is the row dict."""


def rejected_has_reason(row: dict[str, Any]) -> None:
    if row["status"] == "rejected" and not row["reject_reason"]:
        raise ValueError("a rejected document needs a reject_reason")


def reason_iff_removed(row: dict[str, Any]) -> None:
    if row["kept"] == (row["reason"] is not None):
        raise ValueError("reason is set exactly when the paragraph is removed")


def span_matches_evidence(row: dict[str, Any]) -> None:
    if row["end"] - row["start"] != len(row["evidence"]):
        raise ValueError("end - start must equal len(evidence)")


class Row(BaseModel):
    """Base of every table row: immutable and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Document(Row):
    """One input file: its status, metadata and normalised text."""

    doc_id: str
    source: str = Field(description="path relative to the input folder")
    status: Status
    reject_reason: str | None = None
    encoding: str | None = None
    script: Script | None = None
    title: str | None = None
    published_at: str | None = Field(default=None, description="ISO date or datetime")
    outlet: str | None = None
    clean_text: str | None = None
    raw_chars: int = Field(default=0, ge=0)
    clean_chars: int = Field(default=0, ge=0)

    @model_validator(mode="after")
    def _rejected_has_reason(self) -> Document:
        rejected_has_reason(self.__dict__)
        return self


class Ingested(Row):
    """An input file after decoding: the hand-off from ingest to clean (not a SPEC table)."""

    doc_id: str
    source: str
    status: Status
    reject_reason: str | None = None
    encoding: str | None = None
    raw_chars: int = Field(default=0, ge=0)
    text: str | None = Field(default=None, description="decoded text, one block per line")
    html_title: str | None = Field(default=None, description="<title> of a whole HTML page")


class Paragraph(Row):
    """One input paragraph (line block) of an ok document, kept or removed."""

    doc_id: str
    index: int = Field(ge=0)
    text: str
    kept: bool
    reason: DropReason | None = None

    @model_validator(mode="after")
    def _reason_iff_removed(self) -> Paragraph:
        reason_iff_removed(self.__dict__)
        return self


class Record(Row):
    """Base of the record tables: every record is a span of `clean_text`."""

    doc_id: str
    evidence: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    extractor: str = Field(description="versioned name of the rule that made the row")

    @model_validator(mode="after")
    def _span_matches_evidence(self) -> Record:
        span_matches_evidence(self.__dict__)
        return self


class CityRecord(Record):
    """A prefecture-level city, municipality or county-level city named in the text."""

    city: str
    province: str
    adcode: str = Field(pattern=r"^\d{6}$")
    is_primary: bool = False
    mentions: int = Field(ge=1)


class ProgramRecord(Record):
    """A named quality, brand, standards, credit or award programme."""

    name: str = Field(min_length=2)
    kind: ProgramKind
    level: Level | None = None
    city: str | None = None


class AwardRecord(Record):
    """A count of honours or designations conferred on organisations."""

    award: str = Field(min_length=2)
    level: Level | None = None
    city: str | None = None
    edition: int | None = Field(default=None, ge=1)
    year: int | None = Field(default=None, ge=1900, le=2100)
    count: int = Field(ge=0)
    count_kind: CountKind
    approximate: bool = False
    recipients: list[str] = Field(default_factory=list)


class BrandRecord(Record):
    """A count of brand titles held (名牌, 驰名商标, 地理标志产品...)."""

    category: str = Field(min_length=2)
    level: Level | None = None
    city: str | None = None
    count: int = Field(ge=0)
    unit: str | None = None
    approximate: bool = False
    year: int | None = Field(default=None, ge=1900, le=2100)


class DateRecord(Record):
    """A calendar expression, resolved to an ISO-like value."""

    text: str
    value: str = Field(pattern=DATE_VALUE)
    precision: Precision
    end_value: str | None = Field(default=None, pattern=DATE_VALUE)
    kind: DateKind


RECORD_MODELS: dict[str, type[Record]] = {
    "cities": CityRecord,
    "programs": ProgramRecord,
    "awards": AwardRecord,
    "brands": BrandRecord,
    "dates": DateRecord,
}

TABLE_MODELS: dict[str, type[Row]] = {
    "ingested": Ingested,
    "documents": Document,
    "paragraphs": Paragraph,
    **RECORD_MODELS,
}

# The checks across fields of each model (its bases' apply too).
CROSS_FIELD_CHECKS: dict[type[Row], tuple[Callable[[dict[str, Any]], None], ...]] = {
    Document: (rejected_has_reason,),
    Paragraph: (reason_iff_removed,),
    Record: (span_matches_evidence,),
}


def checks_of(model: type[Row]) -> tuple[Callable[[dict[str, Any]], None], ...]:
    """Every cross-field check that applies to `model`."""
    return tuple(check for base in model.__mro__ for check in CROSS_FIELD_CHECKS.get(base, ()))


@functools.cache
def _defaults(model: type[Row]) -> tuple[dict[str, Any], tuple[tuple[str, Callable[[], Any]], ...]]:
    static, factories = {}, []
    for name, info in model.model_fields.items():
        if info.default_factory is not None:
            factories.append((name, info.default_factory))
        elif not info.is_required():
            static[name] = info.default
    return static, tuple(factories)


def new_row(model: type[Row], **values: Any) -> Fields:
    """A row of `model`'s table: `values` plus the model's defaults (validated later, in bulk)."""
    static, factories = _defaults(model)
    row = Fields(**static)
    for name, factory in factories:
        if name not in values:
            setattr(row, name, factory())
    vars(row).update(values)
    return row
