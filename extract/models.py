"""Pydantic models: the single source of every row type the pipeline writes, and the table registry.

Each table is declared once, on its model, with `@table(...)`: its name, the stage that
writes it, and for a record table the key fields that `diff` and `evaluate` match records
on, the field a person reads first and the report's highlight colour. The Arrow schemas, the
JSON Schema files in `schemas/`, `dvc.yaml`'s outputs, the evaluation, the diff and the
report all iterate `TABLES`, so a new table is a model here plus its rules, extractor and
tests.

A row is an instance of its model, validated when it is built (strict: a row holds exactly
the declared types, as the Arrow schema wants them).
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, create_model, model_validator

Level = Literal["national", "provincial", "municipal", "county"]
ProgramKind = Literal["document", "strategy", "campaign", "designation", "concept"]
CountKind = Literal["recipients", "holders", "target"]
DateKind = Literal["publication", "event", "period", "target", "reference"]
Precision = Literal["year", "month", "day"]
Script = Literal["simplified", "traditional", "mixed"]
Status = Literal["ok", "rejected"]
Stage = Literal["ingest", "clean", "extract", "panel"]
# Why a person should look at a page (README "Warnings"): its body mostly removed (clean text
# under 20% of the page's hanzi), no title, no date, spam cut out of a kept line, broken bytes dropped.
WarningCode = Literal["body_removed", "no_title", "no_date", "spam_cut", "bytes_repaired"]
# How evaluation matches a predicted record with a gold one (extract.evaluate.MATCHERS).
Matching = Literal["keys", "name", "count_and_name", "city_set", "designation"]
# The stages of a quality-city designation: approved to create (获批创建), accepted after inspection
# (通过验收), formally named (正式命名), confirmed again on review (复核), or withdrawn (撤销).
DesignationStage = Literal["approved", "accepted", "named", "renewed", "revoked"]

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

MONTH_VALUE = r"^\d{4}(?:-\d{2})?$"
DATE_VALUE = r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)$"


class Row(BaseModel):
    """Base of every table row: immutable, strict about types and about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


@dataclass(frozen=True)
class Table:
    """One output table: `NAME.parquet`, written by `stage`, one row per `model` instance."""

    name: str
    model: type[Row]
    stage: Stage
    keys: tuple[str, ...] = ()  # a record's identity within its document (diff, evaluate)
    label: str | None = None  # the field a person reads first (diff, report, evaluation details)
    colour: str | None = None  # highlight of its evidence in the report
    matching: Matching = "keys"  # how evaluation matches it against gold records
    scored: bool = True  # whether gold files carry this table (a new table may start unscored)
    in_macro: bool = True  # counted in macro_f1, the mean over the SPEC's tables (a newer table stays out)

    @property
    def is_record(self) -> bool:
        """A record table: spans of `clean_text` found by an extractor."""
        return issubclass(self.model, Record)


TABLES: dict[str, Table] = {}
R = TypeVar("R", bound=type[Row])


def table(name: str, stage: Stage, **declared: object) -> Callable[[R], R]:
    """Register the decorated model as table `name` (see `Table` for what may be declared)."""

    def register(model: R) -> R:
        if name in TABLES and TABLES[name].model is not model:
            raise ValueError(f"table {name!r} is declared twice")
        TABLES[name] = Table(name, model, stage, **declared)  # type: ignore[arg-type]
        return model

    return register


def record_tables() -> list[Table]:
    """The record tables, in declaration order."""
    return [t for t in TABLES.values() if t.is_record]


def tables_of(stage: Stage) -> list[str]:
    """The names of the tables a stage writes, in declaration order."""
    return [t.name for t in TABLES.values() if t.stage == stage]


@table("ingested", "ingest")
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
    warnings: list[WarningCode] = Field(default_factory=list, description="what decoding had to repair")


@table("documents", "clean")
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
    warnings: list[WarningCode] = Field(default_factory=list, description="why a person should look at the page")
    story_id: str | None = Field(
        default=None, description="the doc_id of the first page (input order) carrying the same story"
    )

    @model_validator(mode="after")
    def _rejected_has_reason(self) -> Document:
        if self.status == "rejected" and not self.reject_reason:
            raise ValueError("a rejected document needs a reject_reason")
        return self


@table("paragraphs", "clean")
class Paragraph(Row):
    """One input paragraph (line block) of an ok document, kept or removed."""

    doc_id: str
    index: int = Field(ge=0)
    text: str
    kept: bool
    reason: DropReason | None = None

    @model_validator(mode="after")
    def _reason_iff_removed(self) -> Paragraph:
        if self.kept == (self.reason is not None):
            raise ValueError("reason is set exactly when the paragraph is removed")
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
        if self.end - self.start != len(self.evidence):
            raise ValueError("end - start must equal len(evidence)")
        return self


@table("cities", "extract", keys=("adcode",), label="city", colour="#cde8ff", matching="city_set")
class CityRecord(Record):
    """A prefecture-level city, municipality or county-level city named in the text."""

    city: str
    province: str
    adcode: str = Field(pattern=r"^\d{6}$")
    is_primary: bool = False
    mentions: int = Field(ge=1)


@table("programs", "extract", keys=("name",), label="name", colour="#e3d7ff", matching="name")
class ProgramRecord(Record):
    """A named quality, brand, standards, credit or award programme."""

    name: str = Field(min_length=2)
    kind: ProgramKind
    level: Level | None = None
    city: str | None = None


@table(
    "awards",
    "extract",
    keys=("award", "count_kind", "edition"),
    label="award",
    colour="#ffe0b3",
    matching="count_and_name",
)
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


@table("brands", "extract", keys=("category", "year"), label="category", colour="#c9f2d0", matching="count_and_name")
class BrandRecord(Record):
    """A count of brand titles held (名牌, 驰名商标, 地理标志产品...)."""

    category: str = Field(min_length=2)
    level: Level | None = None
    city: str | None = None
    count: int = Field(ge=0)
    unit: str | None = None
    approximate: bool = False
    year: int | None = Field(default=None, ge=1900, le=2100)


@table("dates", "extract", keys=("value", "end_value"), label="value", colour="#ffd6e0", matching="keys")
class DateRecord(Record):
    """A calendar expression, resolved to an ISO-like value."""

    text: str
    value: str = Field(pattern=DATE_VALUE)
    precision: Precision
    end_value: str | None = Field(default=None, pattern=DATE_VALUE)
    kind: DateKind


@table(
    "designations",
    "extract",
    keys=("adcode", "designation", "stage"),
    label="city",
    colour="#f7e08f",
    matching="designation",
    in_macro=False,
)
class DesignationRecord(Record):
    """A city or county reaching a stage of a quality-city designation (全国质量强市示范城市, 省级质量强县…)."""

    city: str = Field(description="full name of the city or county")
    province: str | None = None
    adcode: str = Field(pattern=r"^\d{6}$")
    designation: str = Field(min_length=2, description="normalised designation name")
    level: Level | None = None
    stage: DesignationStage
    date: str | None = Field(default=None, pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$", description="when, as stated")
    year: int | None = Field(default=None, ge=1900, le=2100)
    period_start: str | None = Field(default=None, pattern=MONTH_VALUE, description="demonstration period start")
    period_end: str | None = Field(default=None, pattern=MONTH_VALUE, description="demonstration period end")


# --- tables across documents (stage "panel"): built from the record tables after every page is written ---
DESIGNATION_STAGES: tuple[str, ...] = typing.get_args(DesignationStage)
# Award counts per level ("other": no level stated), and the brand-title classes (extract.rules.panel)
# split by level where the level varies within the class (名牌 is national, provincial or municipal).
COUNT_LEVELS = ("national", "provincial", "municipal", "county", "other")
BRAND_SPLIT = {"famous": ("national", "provincial", "municipal", "other"), "geo": ("national", "other")}
BRAND_SPLIT |= {"heritage": ("national", "other")}
BRAND_SINGLE = {"wellknown_tm": "well-known trademarks (chiming shangbiao, national)"}
BRAND_SINGLE |= {"famous_tm": "famous trademarks (zhuming shangbiao, provincial)"}
BRAND_SINGLE |= {"known_tm": "known trademarks (zhiming shangbiao, municipal)"}
BRAND_SINGLE |= {"quality": "quality products (youzhi / mingyou chanpin)", "other": "other brand titles"}
BRAND_CLASS_NAMES = {"famous": "famous-brand titles (mingpai)", "geo": "geographical-indication titles"}
BRAND_CLASS_NAMES |= {"heritage": "time-honoured brands (laozihao)"}


def _count(description: str) -> Any:
    return (int | None, Field(default=None, ge=0, description=description))


def count_columns() -> dict[str, Any]:
    """The panel's count columns: awards by level and tier, holders and targets by level, brands by class and level."""
    out: dict[str, Any] = {}
    for level in COUNT_LEVELS:
        out[f"award_{level}"] = _count(f"{level}-level quality awards won that year (recipients)")
        out[f"award_{level}_nomination"] = _count(f"{level}-level award nominations (timing jiang) won that year")
    for level in COUNT_LEVELS:
        out[f"award_holders_{level}"] = _count(f"{level}-level award holders reported that year (running total)")
    for level in COUNT_LEVELS:
        out[f"award_targets_{level}"] = _count(f"{level}-level awards planned (targets stated that year)")
    for cls, levels in BRAND_SPLIT.items():
        for level in levels:
            out[f"brand_{cls}_{level}"] = _count(f"{BRAND_CLASS_NAMES[cls]}, {level}, held as reported that year")
    for cls, description in BRAND_SINGLE.items():
        out[f"brand_{cls}"] = _count(f"{description}, held as reported that year")
    return out


class PolicyRow(Row):
    """A city or county reaching a stage of a designation: a treatment table to merge on (adcode, year)."""

    adcode: str = Field(pattern=r"^\d{6}$", description="GB/T 2260 code of the city or county")
    city: str = Field(description="full name of the city or county")
    province: str = Field(description="province (or municipality) it belongs to")
    designation: str = Field(description="normalised designation name")
    level: Level | None = Field(default=None, description="national or provincial designation")
    stage: DesignationStage = Field(description="approved, accepted, named, renewed or revoked")
    year: int | None = Field(default=None, description="year of the stage (the year most stories give); null: none")
    date: str | None = Field(default=None, description="the most precise date stated for that year (YYYY[-MM[-DD]])")
    start: str | None = Field(default=None, description="start of the demonstration period (YYYY-MM), where stated")
    end: str | None = Field(default=None, description="end of the demonstration period (YYYY-MM), where stated")
    stories: int = Field(ge=1, description="number of distinct stories reporting it")
    story_ids: str = Field(description="story ids (documents.story_id), separated by ;")
    record_keys: str = Field(description="designations records behind it: table/doc_id/start, separated by ;")
    conflict: bool = Field(description="stories disagree on the year or the period")


table("policy", "panel", keys=("adcode", "designation", "stage"), label="city")(PolicyRow)

PanelRow = create_model(
    "PanelRow",
    __base__=Row,
    __doc__="One city (or county) and year: designation stages reached, award and brand counts, provenance.",
    adcode=(str, Field(pattern=r"^\d{6}$", description="GB/T 2260 code of the city or county")),
    city=(str, Field(description="full name of the city or county")),
    province=(str, Field(description="province (or municipality) it belongs to")),
    year=(int, Field(ge=1900, le=2100, description="the year the counts and stages refer to")),
    stage_national=(
        DesignationStage | None,
        Field(default=None, description="furthest national designation stage that year"),
    ),
    stage_provincial=(
        DesignationStage | None,
        Field(default=None, description="furthest provincial designation stage that year"),
    ),
    designations=(str | None, Field(default=None, description="designation:stage events that year, separated by ;")),
    **count_columns(),
    stories=(int, Field(ge=1, description="number of distinct stories behind the row")),
    story_ids=(str, Field(description="story ids (documents.story_id), separated by ;")),
    record_keys=(str, Field(description="records behind the row: table/doc_id/start, separated by ;")),
    conflict=(bool, Field(description="stories disagree on a count (the better-sourced value is kept)")),
)
table("panel", "panel", keys=("adcode", "year"), label="city")(PanelRow)
