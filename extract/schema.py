"""Arrow schemas and JSON schemas, derived from the pydantic models of the table registry."""

from __future__ import annotations

import functools
import json
import types
import typing
from typing import Any, Literal

import pyarrow as pa
from pydantic import BaseModel

from extract.models import TABLES

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


@functools.cache
def arrow_schema(model: type[BaseModel]) -> pa.Schema:
    """The Arrow schema of a model: one column per field, in declaration order."""
    fields = []
    for name, info in model.model_fields.items():
        dtype, nullable = _arrow_type(info.annotation)
        fields.append(pa.field(name, dtype, nullable=nullable))
    return pa.schema(fields)


def schema_of(name: str) -> pa.Schema:
    """The Arrow schema of table `name` (an explicit schema: one inferred from the first rows drifts)."""
    return arrow_schema(TABLES[name].model)


def json_schemas() -> dict[str, str]:
    """The JSON Schema text of every table model, keyed by file name."""
    return {
        f"{name}.schema.json": json.dumps(t.model.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True)
        + "\n"
        for name, t in TABLES.items()
    }
