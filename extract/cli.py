"""Command line: `python -m extract run|evaluate|ingest|clean|extract|schemas`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extract import io
from extract.params import Params, parse_params

# Stage modules are imported inside each command, so a stage loads only its own code
# (and `dvc.yaml` can list exactly the modules each stage depends on).

DESCRIPTION = """\
Structured-data extraction from Chinese pages about municipal quality programmes.

  run       ingest, clean and extract every file below --input; write Parquet tables to --output
  evaluate  score the tables in --outputs against the gold JSON files in --gold
  diff      compare two output folders record by record (exit 0 equal, 1 different, 2 error)
  report    write a self-contained HTML report of the tables for review by eye
  audit     list kept sentences that look like records but gave none (a recall review list)
  ingest / clean / extract / panel   the same stages one at a time (what `dvc repro` calls)
  schemas   write the JSON Schema of every table model to schemas/
"""


class UsageError(Exception):
    """A bad invocation: reported in one line, exit status 2."""


def _params(args: argparse.Namespace) -> Params:
    params = parse_params(io.load_params(args.params))
    if getattr(args, "workers", None):
        params = params.model_copy(update={"run": params.run.model_copy(update={"workers": args.workers})})
    return params


def _input_dir(path: Path) -> Path:
    if path.is_file() and path.suffix == ".parquet":
        return path  # a Parquet page dataset
    if not path.is_dir():
        raise UsageError(f"input folder {path} does not exist or is not a folder")
    if not any(p.is_file() for p in path.rglob("*")):
        raise UsageError(f"input folder {path} has no files to read")
    return path


def _output_dir(path: Path, input_dir: Path) -> Path:
    if path.resolve().is_relative_to(input_dir.resolve()):
        raise UsageError(f"output folder {path} is inside the input folder {input_dir}; choose another folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise UsageError(f"cannot write to output folder {path} ({exc.strerror}); choose a writable folder") from exc
    return path


def cmd_run(args: argparse.Namespace) -> int:
    input_dir = _input_dir(args.input)
    output_dir = _output_dir(args.output, input_dir)
    from extract.pipeline.run import run

    if args.engine == "ray":
        try:
            import ray  # noqa: F401
        except ImportError as exc:
            raise UsageError("--engine ray needs Ray: pip install '.[ray]'") from exc
    summary = run(input_dir, output_dir, _params(args), shard_size=args.shard_size, engine=args.engine)
    for line in summary.lines():
        print(line, file=sys.stderr)
    print(json.dumps(summary.rows, ensure_ascii=False))
    if args.strict and summary.rejected:
        print(f"error: {sum(summary.rejected.values())} pages rejected (--strict)", file=sys.stderr)
        return 1
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    if not args.gold.is_dir():
        raise UsageError(f"gold folder {args.gold} does not exist")
    if io.table_path(args.outputs, "documents") is None:
        raise UsageError(f"no documents table in {args.outputs}; run `python -m extract run` first")
    from extract.evaluate import evaluate

    report = evaluate(args.gold, args.outputs)
    details = report.pop("details")
    if args.metrics:
        io.write_json(args.metrics, report)
    if args.plot:
        from extract.models import record_tables

        io.write_json(args.plot, [{"table": t.name, "f1": report[t.name]["f1"]} for t in record_tables() if t.scored])
    if args.details:
        io.write_json(args.details, details)
    print(json.dumps(report, ensure_ascii=False))
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from extract.pipeline.ingest import ingest_stage

    n = ingest_stage(_input_dir(args.input), args.output, _params(args))
    print(f"ingested {n} files", file=sys.stderr)
    return 0


def cmd_clean(args: argparse.Namespace) -> int:
    from extract.pipeline.clean import clean_stage

    n = clean_stage(args.ingested, args.output, _params(args))
    print(f"cleaned {n} documents", file=sys.stderr)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from extract.pipeline.extract import extract_stage

    n = extract_stage(args.outputs, _params(args))
    print(f"extracted records from {n} documents", file=sys.stderr)
    return 0


def cmd_panel(args: argparse.Namespace) -> int:
    from extract.panel.export import INPUTS
    from extract.panel.stage import panel_stage
    from extract.pipeline.summary import panel_lines

    for name in INPUTS:
        if io.table_path(args.outputs, name) is None:
            raise UsageError(f"no {name} table in {args.outputs}; run `python -m extract run` first")
    for line in panel_lines(panel_stage(args.outputs)):
        print(line, file=sys.stderr)
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from extract.diff import diff_outputs, to_json, to_text

    for folder in (args.old, args.new):
        if io.table_path(folder, "documents") is None:
            raise UsageError(f"no documents table in {folder}")
    diff = diff_outputs(args.old, args.new)
    if args.format == "json":
        print(to_json(diff, args.limit))
    else:
        print(to_text(diff, args.limit, markdown=args.format == "markdown"), end="")
    return 0 if diff.equal else 1


def cmd_report(args: argparse.Namespace) -> int:
    from extract.report import write_report

    if io.table_path(args.outputs, "documents") is None:
        raise UsageError(f"no documents table in {args.outputs}; run `python -m extract run` first")
    n = write_report(args.outputs, args.metrics, args.output)
    print(f"wrote {args.output} ({n} documents)", file=sys.stderr)
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from extract.audit import audit, to_json, to_text
    from extract.models import record_tables

    if io.table_path(args.outputs, "documents") is None:
        raise UsageError(f"no documents table in {args.outputs}; run `python -m extract run` first")
    known = [t.name for t in record_tables()]
    unknown = [t for t in args.table or [] if t not in known]
    if unknown:
        raise UsageError(f"unknown table {unknown[0]!r}; the record tables are {', '.join(known)}")
    if args.limit < 0:
        raise UsageError("--limit must be 0 or more")
    found = audit(args.outputs, args.table)
    if args.format == "json":
        print(to_json(found, args.limit))
    else:
        print(to_text(found, args.limit, markdown=args.format == "markdown"), end="")
    return 0


def cmd_schemas(args: argparse.Namespace) -> int:
    from extract.schema import json_schemas

    for name, text in json_schemas().items():
        io.write_text(args.output / name, text)
    return 0


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors: what is wrong and where to look, exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"error: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="python -m extract", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--params",
        type=Path,
        default=Path("params.yaml"),
        help="stage parameters (default: params.yaml if present, else built-in defaults)",
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    run = sub.add_parser("run", help="run every stage on a folder of pages")
    run.add_argument(
        "--input", type=Path, required=True, help="folder of scraped pages (read recursively, never modified)"
    )
    run.add_argument("--output", type=Path, required=True, help="folder for the Parquet tables")
    run.add_argument("--workers", type=int, help="worker processes (default: params.yaml run.workers)")
    run.add_argument("--strict", action="store_true", help="exit 1 when any page is rejected")
    run.add_argument(
        "--engine",
        choices=["local", "ray"],
        default="local",
        help="local worker processes, or Ray Data (a local Ray, or the cluster in RAY_ADDRESS)",
    )
    run.add_argument(
        "--shard-size",
        type=int,
        metavar="N",
        help="write NAME/part-NNNNN.parquet shards of N pages; a rerun skips completed shards",
    )
    run.set_defaults(func=cmd_run)

    ev = sub.add_parser("evaluate", help="score output tables against gold files")
    ev.add_argument("--gold", type=Path, required=True, help="folder of gold JSON files")
    ev.add_argument("--outputs", type=Path, required=True, help="folder with the Parquet tables")
    ev.add_argument("--metrics", type=Path, help="also write the scores to this JSON file")
    ev.add_argument("--details", type=Path, help="write per-document misses and extras to this JSON file")
    ev.add_argument("--plot", type=Path, help="write per-table F1 as DVC plot data (a list of rows)")
    ev.set_defaults(func=cmd_evaluate)

    ing = sub.add_parser("ingest", help="stage 1: decode files into <output>/ingested.parquet")
    ing.add_argument("--input", type=Path, required=True)
    ing.add_argument("--output", type=Path, required=True)
    ing.add_argument("--workers", type=int)
    ing.set_defaults(func=cmd_ingest)

    cl = sub.add_parser("clean", help="stage 2: ingested.parquet to documents and paragraphs")
    cl.add_argument("--ingested", type=Path, required=True, help="folder holding ingested.parquet")
    cl.add_argument("--output", type=Path, required=True)
    cl.add_argument("--workers", type=int)
    cl.set_defaults(func=cmd_clean)

    ex = sub.add_parser("extract", help="stage 3: documents to the record tables (same folder)")
    ex.add_argument("--outputs", type=Path, required=True)
    ex.add_argument("--workers", type=int)
    ex.set_defaults(func=cmd_extract)

    pn = sub.add_parser("panel", help="stage 4: the panel and policy tables and their exports (same folder)")
    pn.add_argument("--outputs", type=Path, required=True, help="folder with the record tables")
    pn.set_defaults(func=cmd_panel)

    df = sub.add_parser("diff", help="compare two output folders record by record (exit 0 equal, 1 different, 2 error)")
    df.add_argument("old", type=Path, help="outputs of the base revision")
    df.add_argument("new", type=Path, help="outputs of the change")
    df.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    df.add_argument("--limit", type=int, default=50, help="records shown per table and change kind (default 50)")
    df.set_defaults(func=cmd_diff)

    rp = sub.add_parser("report", help="write a self-contained HTML report to review records by eye")
    rp.add_argument("--outputs", type=Path, required=True, help="folder with the Parquet tables")
    rp.add_argument("--metrics", type=Path, help="metrics JSON shown at the top (from evaluate --metrics)")
    rp.add_argument("--output", type=Path, required=True, help="the HTML file to write")
    rp.set_defaults(func=cmd_report)

    au = sub.add_parser("audit", help="sentences with a table's cue words and a number or year but no record")
    au.add_argument("outputs", type=Path, help="folder with the Parquet tables of a run")
    au.add_argument("--table", action="append", help="only this record table (repeatable)")
    au.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    au.add_argument("--limit", type=int, default=30, help="sentences shown per table (default 30)")
    au.set_defaults(func=cmd_audit)

    sc = sub.add_parser("schemas", help="export the JSON Schema of every table")
    sc.add_argument("--output", type=Path, default=Path("schemas"))
    sc.set_defaults(func=cmd_schemas)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (UsageError, FileNotFoundError, NotADirectoryError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(
            "\ninterrupted: tables being written were discarded; complete older tables are untouched", file=sys.stderr
        )
        return 130
