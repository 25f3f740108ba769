"""Arrow schemas, JSON schemas and bulk row validators, derived from the pydantic models."""

from __future__ import annotations

import functools
import json
import types
import typing
from collections.abc import Sequence
from typing import Annotated, Any, Literal

import pyarrow as pa
from pydantic import BaseModel, ConfigDict, TypeAdapter, with_config
from typing_extensions import TypedDict

from extract.models import TABLE_MODELS, Fields, checks_of

_SCALARS: dict[Any, pa.DataType] = {str: pa.string(), int: pa.int64(), bool: pa.bool_()}


def _arrow_type(annotation: Any) -> tuple[pa.DataType, bool]:
    """Map a field annotation to (Arrow type, nullable)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        return _arrow_type(args[0])[0], True
    if origin is Literal:
        kinds = {type(v) for v in typing.get_args(annotation)}
        if len(kinds) != 1:
            raise TypeError(f"mixed literal {annotation!r}")
        return _SCALARS[kinds.pop()], False
    if origin is list:
        (item,) = typing.get_args(annotation)
        return pa.list_(_arrow_type(item)[0]), False
    if annotation in _SCALARS:
        return _SCALARS[annotation], False
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_schema(model: type[BaseModel]) -> pa.Schema:
    """The Arrow schema of a model: one column per field, in declaration order."""
    fields = []
    for name, info in model.model_fields.items():
        dtype, nullable = _arrow_type(info.annotation)
        fields.append(pa.field(name, dtype, nullable=nullable))
    return pa.schema(fields)


SCHEMAS: dict[str, pa.Schema] = {name: arrow_schema(m) for name, m in TABLE_MODELS.items()}


def json_schemas() -> dict[str, str]:
    """The JSON Schema text of every table model, keyed by file name."""
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True)
        + "\n"
        for name, model in TABLE_MODELS.items()
    }


@functools.cache
def _row_validator(table: str) -> TypeAdapter:
    """A validator of a list of rows of `table`: the model's fields, types and constraints, as dicts.

    Strict (a row holds exactly the declared types, as the Arrow schema wants them) and
    closed (no unknown keys, no missing ones: `new_row` fills the defaults).
    """
    model = TABLE_MODELS[table]
    fields = {
        name: Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
        for name, info in model.model_fields.items()
    }
    row_type = with_config(ConfigDict(extra="forbid", strict=True))(TypedDict(f"{model.__name__}Row", fields))
    return TypeAdapter(list[row_type])


def validate_rows(table: str, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """`rows`, unless one is not a valid row of `table`'s model: then a ValidationError (or ValueError)."""
    if rows:
        _row_validator(table).validate_python(rows)
        for check in checks_of(TABLE_MODELS[table]):
            for row in rows:
                check(row)
    return list(rows)


def row_dicts(rows: Sequence[Fields]) -> list[dict[str, Any]]:
    """The row dicts of built rows."""
    return [vars(row) for row in rows]
