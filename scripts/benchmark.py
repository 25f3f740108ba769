"""Throughput benchmark (not a test): MB/s of input per core and peak memory of a whole `run`.

Builds a synthetic corpus of N pages by cycling the real seed and dev pages (each copy gets
a distinct header line, so dedup work stays real), then times `python -m extract run` on it
in a child process and reads the child's peak RSS.

    python scripts/benchmark.py --pages 2000 --workers 1
    python scripts/benchmark.py --pages 2000 --workers 2 --keep /tmp/bench
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_corpus(folder: Path, pages: int) -> int:
    """Write `pages` files into `folder`; return their total size in bytes."""
    sources = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "corpus" / "dev").glob("*.txt")])
    texts = [p.read_bytes() for p in sources]
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(pages):
        data = f"页面编号 {i}\n".encode() + texts[i % len(texts)]
        (folder / f"{i // 1000:03d}" / f"page{i:06d}.txt").parent.mkdir(exist_ok=True)
        (folder / f"{i // 1000:03d}" / f"page{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def measure(corpus: Path, out: Path, workers: int) -> dict[str, float]:
    """Run the pipeline once in a child process; wall time and the child's peak RSS."""
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "extract",
            "run",
            "--input",
            str(corpus),
            "--output",
            str(out),
            "--workers",
            str(workers),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"seconds": elapsed, "peak_rss_mb": peak_kb / 1024}


def startup_seconds() -> float:
    """Time to import the package and load every rule table (gazetteer included)."""
    code = (
        "from extract.extractors.cities import matcher; from extract.text.regions import region_prefix;"
        "matcher(); region_prefix()"
    )
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it (default: a temp folder)")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-"))
    corpus = work / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    size = build_corpus(corpus, args.pages)
    result = measure(corpus, work / "out", args.workers)
    mb = size / 1e6
    report = {
        "pages": args.pages,
        "input_mb": round(mb, 2),
        "workers": args.workers,
        "seconds": round(result["seconds"], 2),
        "mb_per_s": round(mb / result["seconds"], 3),
        "mb_per_s_per_core": round(mb / result["seconds"] / args.workers, 3),
        "pages_per_s": round(args.pages / result["seconds"], 1),
        "peak_rss_mb": round(result["peak_rss_mb"], 1),
        "startup_s": round(startup_seconds(), 2),
    }
    print(json.dumps(report))
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
