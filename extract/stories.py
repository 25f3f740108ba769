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

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from datasketch import MinHash, MinHashLSH

from extract import io

SHINGLE = 5  # characters per shingle (whitespace removed)
NUM_PERM = 64  # signature length
SEED = 20130806  # fixed: the same pages always give the same signatures
LSH_THRESHOLD = 0.5  # estimated Jaccard for a pair to become a candidate (below THRESHOLD: few misses)
THRESHOLD = 0.6  # exact Jaccard of two pages' shingles for them to be one story
MIN_SHINGLES = 10  # shorter pages (error stubs, a headline alone) are never clustered
Page = tuple[str, str | None]  # (doc_id, clean_text or None for a rejected page)
# A shingle's hash: its code points as the digits of a number in this base, modulo 2**64 (numpy's
# unsigned arithmetic wraps), folded to 32 bits.
BASE = np.uint64(0x100000001B3)
WHITESPACE = re.compile(r"\s+")


def shingles(text: str) -> np.ndarray:
    """The sorted distinct 32-bit hashes of a text's character 5-grams, whitespace removed.

    Computed for all 5-grams at once over the text's code points (a page's shingles are hashed in
    one array operation, not one call per shingle).
    """
    compact = WHITESPACE.sub("", text)
    count = len(compact) - SHINGLE + 1
    if count <= 0:
        return np.empty(0, dtype=np.uint64)
    points = np.frombuffer(compact.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.uint64)
    hashed = np.zeros(count, dtype=np.uint64)
    for k in range(SHINGLE):
        hashed = hashed * BASE + points[k : k + count]
    return np.unique((hashed ^ (hashed >> np.uint64(32))) & np.uint64(0xFFFFFFFF))


def _same(value: int) -> int:
    return value


# The hash function is the identity: the shingles come hashed (`shingles`); datasketch applies its
# permutations (fixed by SEED) to them.
TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_same)


def signature(hashes: np.ndarray) -> MinHash:
    """The MinHash signature of a page's shingle hashes."""
    sig = TEMPLATE.copy()
    sig.update_batch(hashes.tolist())
    return sig


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two sorted arrays of distinct hashes."""
    if not len(a) and not len(b):
        return 0.0
    common = np.intersect1d(a, b, assume_unique=True).size
    return common / (len(a) + len(b) - common)


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
        grams = shingles(text) if text else np.empty(0, dtype=np.uint64)
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
    held: dict[int, np.ndarray] = {}
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
