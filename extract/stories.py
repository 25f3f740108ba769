"""Stories: pages carrying the same story (syndicated copies, re-posts) get one `documents.story_id`.

Near-identical clean texts are found with MinHash LSH (datasketch, a fixed seed): each page's
character 5-shingles are hashed into a signature, and pages whose signatures share an LSH band
are candidates. Every candidate pair is then checked exactly: the Jaccard similarity of the two
pages' shingle sets must reach `THRESHOLD`. A story is a connected group of checked pairs; its
id is the doc_id of its first page in input order, so a story keeps its id however many copies
come after it. Pages too short to compare (and rejected pages) are their own story (none).

Memory: one signature per page for the index, and during the exact pass the shingle sets of only
those pages still waiting for a later candidate partner; the texts are read twice, in batches.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from datasketch import MinHash, MinHashLSH

from extract import io

SHINGLE = 5  # characters per shingle (whitespace removed)
NUM_PERM = 128  # signature length
SEED = 20130806  # fixed: the same pages always give the same signatures
LSH_THRESHOLD = 0.5  # estimated Jaccard for a pair to become a candidate (below THRESHOLD: few misses)
THRESHOLD = 0.6  # exact Jaccard of two pages' shingles for them to be one story
MIN_SHINGLES = 10  # shorter pages (error stubs, a headline alone) are never clustered
Page = tuple[str, str | None]  # (doc_id, clean_text or None for a rejected page)


def shingles(text: str) -> set[str]:
    """The character 5-grams of a text, whitespace removed: 全国质量强市 → {全国质量强, 国质量强市}."""
    compact = "".join(text.split())
    return {compact[i : i + SHINGLE] for i in range(len(compact) - SHINGLE + 1)}


def signature(grams: set[str]) -> MinHash:
    """The MinHash signature of a shingle set (sorted first: the same set always hashes the same way)."""
    sig = MinHash(num_perm=NUM_PERM, seed=SEED)
    sig.update_batch([g.encode("utf-8") for g in sorted(grams)])
    return sig


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


@dataclass
class _Index:
    """Pass 1: doc_ids in order, comparable pages, and candidate pairs (earlier, later) from the LSH index."""

    doc_ids: list[str] = field(default_factory=list)
    comparable: list[bool] = field(default_factory=list)
    rejected: list[bool] = field(default_factory=list)
    pairs: dict[int, list[int]] = field(default_factory=dict)  # later page → its earlier candidates


def _candidates(pages: Iterable[Page]) -> _Index:
    index = _Index()
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    for i, (doc_id, text) in enumerate(pages):
        index.doc_ids.append(doc_id)
        index.rejected.append(text is None)
        grams = shingles(text) if text else set()
        index.comparable.append(len(grams) >= MIN_SHINGLES)
        if not index.comparable[-1]:
            continue
        sig = signature(grams)
        found = sorted(lsh.query(sig))
        if found:
            index.pairs[i] = found
        lsh.insert(i, sig)
    return index


def _confirmed(pages: Iterable[Page], index: _Index) -> Iterator[tuple[int, int]]:
    """Pass 2: the candidate pairs whose exact Jaccard reaches THRESHOLD (held sets freed when done)."""
    waiting: dict[int, int] = {}  # earlier page → how many later partners it still waits for
    for partners in index.pairs.values():
        for j in partners:
            waiting[j] = waiting.get(j, 0) + 1
    held: dict[int, set[str]] = {}
    for i, (_, text) in enumerate(pages):
        if i not in waiting and i not in index.pairs:
            continue
        grams = shingles(text or "")
        for j in index.pairs.get(i, []):
            if jaccard(grams, held[j]) >= THRESHOLD:
                yield j, i
            waiting[j] -= 1
            if not waiting[j]:
                del held[j]
        if waiting.get(i):
            held[i] = grams


def story_ids(pages_once: Iterable[Page], pages_again: Iterable[Page]) -> dict[str, str | None]:
    """doc_id → story_id, from two passes over the same pages in input order."""
    index = _candidates(pages_once)
    root = list(range(len(index.doc_ids)))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for j, i in _confirmed(pages_again, index):
        a, b = find(j), find(i)
        root[max(a, b)] = min(a, b)  # the earliest page names the story
    return {doc_id: None if index.rejected[i] else index.doc_ids[find(i)] for i, doc_id in enumerate(index.doc_ids)}


def _pages(out_dir: Path) -> Iterator[Page]:
    for batch in io.iter_rows(out_dir, "documents"):
        for row in batch:
            ok = row["status"] == "ok"
            yield row["doc_id"], (row.get("clean_text") or "") if ok else None


def assign_stories(out_dir: Path) -> dict[str, int]:
    """Fill `documents.story_id` in `out_dir` (rewritten atomically); how many stories have several pages."""
    ids = story_ids(_pages(out_dir), _pages(out_dir))
    io.rewrite_column(out_dir, "documents", "story_id", lambda doc_id: ids.get(doc_id), key="doc_id")
    sizes: dict[str, int] = {}
    for story in ids.values():
        if story:
            sizes[story] = sizes.get(story, 0) + 1
    return {"stories": len(sizes), "multi_page_stories": sum(n > 1 for n in sizes.values())}
