"""The one module that touches the disk: input listing, Parquet, JSON, params."""

from __future__ import annotations

import datetime
import json
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

if TYPE_CHECKING:
    import pandas as pd

STATA_TIME_STAMP = datetime.datetime(2000, 1, 1)
PARQUET_OPTIONS = {"compression": "zstd", "compression_level": 3, "write_statistics": True}


def list_inputs(input_dir: Path) -> list[tuple[str, Path]]:
    """Every file below `input_dir`, as (POSIX path relative to it, path), sorted."""
    found = []
    base = os.fspath(input_dir)
    for root, dirs, files in os.walk(base):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        relative = os.path.relpath(root, base)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        found += [(prefix + name, Path(root, name)) for name in files if not name.startswith(".")]
    return sorted(found)


def read_head(path: Path, limit: int) -> tuple[bytes, int]:
    """Read at most `limit` bytes of a file; also return its full size."""
    fd = os.open(path, os.O_RDONLY)
    try:
        size = os.fstat(fd).st_size
        chunks, got = [], 0
        while got < limit:  # the size is a hint: read on to the end (a file may grow) or the limit
            # ask for what the size says is left (plus one byte, to see the end), then in 64 KiB steps
            want = size + 1 - got if got <= size else 1 << 16
            chunk = os.read(fd, min(limit - got, want))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks), size
    finally:
        os.close(fd)


class TableWriter:
    """Writes one Parquet table in row groups, atomically (temp file, then rename)."""

    def __init__(self, out_dir: Path, name: str, schema: pa.Schema, part: int | None = None) -> None:
        self.schema = schema
        if part is None:
            self.path = out_dir / f"{name}.parquet"
        else:  # a shard: NAME/part-00003.parquet, read with the others as one table
            (out_dir / name).mkdir(parents=True, exist_ok=True)
            self.path = out_dir / name / f"part-{part:05d}.parquet"
        self._tmp = self.path.with_name(f".{self.path.name}.tmp")
        self._writer = pq.ParquetWriter(self._tmp, self.schema, **PARQUET_OPTIONS)

    def write(self, table: pa.Table) -> None:
        """Append one row group (skipped when empty)."""
        if table.num_rows:
            self._writer.write_table(table)

    def close(self) -> None:
        """Finish the file and move it into place."""
        self._writer.close()
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        """Drop the partial file; an older complete table, if any, stays."""
        self._writer.close()
        self._tmp.unlink(missing_ok=True)


class TableSet:
    """A writer per table, opened together and closed (or aborted) together."""

    def __init__(self, out_dir: Path, schemas: dict[str, pa.Schema], part: int | None = None) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.writers = {name: TableWriter(out_dir, name, schema, part) for name, schema in schemas.items()}

    def write(self, tables: dict[str, pa.Table]) -> None:
        """Append one batch of rows per table."""
        for name, table in tables.items():
            self.writers[name].write(table)

    def __enter__(self) -> TableSet:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        for writer in self.writers.values():
            writer.abort() if exc_type else writer.close()


def shard_marker(out_dir: Path, part: int) -> Path:
    """The file whose presence says shard `part` was written completely."""
    return out_dir / "_done" / f"part-{part:05d}"


def start_sharded_output(out_dir: Path, manifest: dict[str, Any], names: Iterable[str]) -> None:
    """Keep completed shards only if they came from the same input and shard size; else start clean."""
    path = out_dir / "_done" / "manifest.json"
    if path.exists() and read_json(path) == manifest:
        return
    for name in names:
        shutil.rmtree(out_dir / name, ignore_errors=True)
    shutil.rmtree(out_dir / "_done", ignore_errors=True)
    write_json(path, manifest)


def mark_shard_done(out_dir: Path, part: int) -> None:
    """Record that every table's shard `part` is in place."""
    marker = shard_marker(out_dir, part)
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text("", encoding="utf-8")


def read_part(out_dir: Path, name: str, part: int, schema: pa.Schema) -> pa.Table:
    """One shard of a table."""
    return pq.read_table(out_dir / name / f"part-{part:05d}.parquet", schema=schema)


def iter_dataset_pages(path: Path, batch_size: int) -> Iterator[tuple[str, str, bool]]:
    """(source, text, is_html) of every row of a Parquet dataset of pages (`source` + `text` or `html`)."""
    dataset = sorted(path.rglob("*.parquet")) if path.is_dir() else [path]
    for file in dataset:
        handle = pq.ParquetFile(file)
        columns = handle.schema_arrow.names
        body = "text" if "text" in columns else "html"
        if "source" not in columns or body not in columns:
            raise ValueError(f"{file}: a page dataset needs a `source` column and a `text` or `html` column")
        for batch in handle.iter_batches(batch_size=batch_size, columns=["source", body]):
            for source, text in zip(batch.column(0).to_pylist(), batch.column(1).to_pylist(), strict=True):
                yield str(source), text or "", body == "html"


def dataset_rows(path: Path) -> int:
    """How many pages a Parquet page dataset holds (from the files' footers)."""
    dataset = sorted(path.rglob("*.parquet")) if path.is_dir() else [path]
    return sum(pq.ParquetFile(file).metadata.num_rows for file in dataset)


def is_page_dataset(path: Path) -> bool:
    """A Parquet file, or a folder holding Parquet files and nothing else."""
    if path.is_file():
        return path.suffix == ".parquet"
    files = [p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")]
    return bool(files) and all(p.suffix == ".parquet" for p in files)


def table_path(out_dir: Path, name: str) -> Path | None:
    """Where a table lives: NAME.parquet, or a folder NAME/ of part files."""
    for path in (out_dir / f"{name}.parquet", out_dir / name):
        if path.exists():
            return path
    return None


def iter_rows(out_dir: Path, name: str, batch_size: int = 256) -> Iterator[list[dict[str, Any]]]:
    """Stream a table's rows in batches of dicts (bounded memory)."""
    path = table_path(out_dir, name)
    if path is None:
        return
    files = sorted(p for p in path.rglob("*.parquet")) if path.is_dir() else [path]
    for file in files:
        for batch in pq.ParquetFile(file).iter_batches(batch_size=batch_size):
            yield batch.to_pylist()


def read_rows(out_dir: Path, name: str) -> list[dict[str, Any]]:
    """A whole table as a list of dicts (for small tables: evaluation, tests)."""
    return [row for batch in iter_rows(out_dir, name) for row in batch]


def rewrite_column(out_dir: Path, name: str, column: str, value_of: Callable[[Any], Any], key: str) -> None:
    """Set `column` of every row to value_of(row[key]): each file of the table rewritten atomically, by row group."""
    path = table_path(out_dir, name)
    files = sorted(path.rglob("*.parquet")) if path is not None and path.is_dir() else [path] if path else []
    for file in files:
        handle = pq.ParquetFile(file)
        schema = handle.schema_arrow
        at = schema.get_field_index(column)
        tmp = file.with_name(f".{file.name}.tmp")
        with pq.ParquetWriter(tmp, schema, **PARQUET_OPTIONS) as writer:
            for group in range(handle.num_row_groups):
                table = handle.read_row_group(group)
                values = [value_of(k) for k in table.column(key).to_pylist()]
                writer.write_table(table.set_column(at, schema.field(at), pa.array(values, schema.field(at).type)))
        os.replace(tmp, file)


def load_params(path: Path | None) -> dict[str, Any]:
    """The params.yaml sections, or {} when there is no file."""
    if path is None or not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def read_json(path: Path) -> Any:
    """Parse a UTF-8 JSON file."""
    return json.loads(path.read_text(encoding="utf-8"))


def write_json(path: Path, data: Any) -> None:
    """Write JSON with sorted keys and a trailing newline (stable diffs)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8")


def write_text(path: Path, text: str) -> None:
    """Write a UTF-8 text file, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_rows(out_dir: Path, name: str, schema: pa.Schema, rows: list[dict[str, Any]]) -> None:
    """A whole (small) table as NAME.parquet, written atomically."""
    with TableSet(out_dir, {name: schema}) as tables:
        tables.write({name: pa.Table.from_pylist(rows, schema=schema)})


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_csv(path: Path, frame: pd.DataFrame) -> None:
    """A DataFrame as CSV in UTF-8 with a byte-order mark (Excel then reads the Chinese right), atomically."""
    _atomic(path, lambda tmp: frame.to_csv(tmp, index=False, encoding="utf-8-sig", lineterminator="\n"))


def write_stata(path: Path, frame: pd.DataFrame, labels: dict[str, str], title: str, strl: list[str]) -> None:
    """A DataFrame as a Stata 118 .dta file (UTF-8 strings), atomically."""
    _atomic(
        path,
        lambda tmp: frame.to_stata(
            tmp,
            write_index=False,
            version=118,
            variable_labels=labels,
            data_label=title,
            convert_strl=strl,
            time_stamp=STATA_TIME_STAMP,  # fixed: the same rows give the same bytes
        ),
    )
