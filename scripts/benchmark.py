"""Throughput benchmark (not a test): MB/s of input per core, speed-up per worker, peak memory, start-up.

Builds a synthetic corpus of N pages by cycling the real seed and dev pages (each copy gets
a distinct header line, so dedup work stays real), then times `python -m extract run` on it
in a child process and reads that child's peak RSS.

    python scripts/benchmark.py --pages 2000 --workers 1
    python scripts/benchmark.py --pages 2000 --workers 1,2          # speed-up per worker
    python scripts/benchmark.py --pages 2000 --compare HEAD~3       # this tree and a revision, side by side
    python scripts/benchmark.py --pages 20000 --workers 1,2 --repeat 3  # the fastest of 3 runs each

A shared virtual machine's speed wanders by 10% from run to run; `--repeat` reports the
fastest run of each configuration (as timeit does), the one least disturbed by others.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Start-up: imports, every rule table (patterns, automata, gazetteer) and jieba's dictionary.
STARTUP = "from extract.params import Params; from extract.pipeline.run import warm_up; warm_up(Params())"


def build_corpus(folder: Path, pages: int) -> int:
    """Write `pages` files into `folder`; return their total size in bytes."""
    sources = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "corpus" / "dev").glob("*.txt")])
    texts = [p.read_bytes() for p in sources]
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(pages):
        data = f"页面编号 {i}\n".encode() + texts[i % len(texts)]
        path = folder / f"{i // 1000:03d}" / f"page{i:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        total += len(data)
    return total


def measure(corpus: Path, out: Path, workers: int, code_dir: Path, shard_size: int = 0) -> dict[str, float]:
    """Run the pipeline (the code in `code_dir`) in a child process: wall time and the child's peak RSS."""
    shutil.rmtree(out, ignore_errors=True)  # a sharded run would resume a complete earlier one
    cmd = [sys.executable, "-m", "extract", "run", "--input", str(corpus), "--output", str(out)]
    cmd += ["--shard-size", str(shard_size)] if shard_size else []
    env = {**os.environ, "PYTHONPATH": str(code_dir)}
    started = time.perf_counter()
    proc = subprocess.Popen(
        [*cmd, "--workers", str(workers)], cwd=code_dir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(proc.pid, 0)
    if status:
        raise SystemExit(f"run failed in {code_dir} (status {status})")
    return {"seconds": time.perf_counter() - started, "peak_rss_mb": usage.ru_maxrss / 1024}


def startup_seconds(code_dir: Path) -> float:
    """Time to import the package and build every rule table (gazetteer and jieba included)."""
    env = {**os.environ, "PYTHONPATH": str(code_dir)}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", STARTUP], check=True, cwd=code_dir, env=env)
    return time.perf_counter() - started


def row(
    label: str, pages: int, size: int, workers: int, result: dict[str, float], startup: float, shard_size: int
) -> dict:
    """One line of the report."""
    mb = size / 1e6
    return {
        "code": label,
        "pages": pages,
        "shard_size": shard_size,
        "input_mb": round(mb, 2),
        "workers": workers,
        "seconds": round(result["seconds"], 2),
        "mb_per_s": round(mb / result["seconds"], 3),
        "mb_per_s_per_core": round(mb / result["seconds"] / workers, 3),
        "pages_per_s": round(pages / result["seconds"], 1),
        "peak_rss_mb": round(result["peak_rss_mb"], 1),
        "startup_s": round(startup, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--workers", default="1", help="worker counts, comma-separated (1,2 gives the speed-up)")
    parser.add_argument("--compare", metavar="REV", help="also measure this git revision, side by side")
    parser.add_argument("--repeat", type=int, default=1, help="runs per configuration; the fastest is reported")
    parser.add_argument("--shard-size", type=int, default=0, help="write sharded output (each worker writes shards)")
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it (default: a temp folder)")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-"))
    corpus = work / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    size = build_corpus(corpus, args.pages)
    trees = {"working tree": ROOT}
    if args.compare:
        subprocess.run(
            ["git", "worktree", "add", "-q", "--detach", str(work / "base"), args.compare], check=True, cwd=ROOT
        )
        trees[args.compare] = work / "base"
    try:
        for label, code_dir in trees.items():
            startup = startup_seconds(code_dir)
            first = None
            for workers in (int(w) for w in args.workers.split(",")):
                runs = [
                    measure(corpus, work / "out", workers, code_dir, args.shard_size)
                    for _ in range(max(1, args.repeat))
                ]
                fastest = min(runs, key=lambda r: r["seconds"])
                fastest["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs)
                line = row(label, args.pages, size, workers, fastest, startup, args.shard_size)
                first = first or line["mb_per_s"]
                line["speedup"] = round(line["mb_per_s"] / first, 2)
                print(json.dumps(line, ensure_ascii=False))
    finally:
        if args.compare:
            subprocess.run(["git", "worktree", "remove", "--force", str(work / "base")], cwd=ROOT, check=False)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
