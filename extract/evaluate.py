"""Evaluate stage: per-table precision / recall / F1 against gold files (SPEC "Scoring")."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract import io
from extract.models import Table, record_tables

# SPEC's scoring compares names without these (not grammar: the scorer's own definition).
BRACKETS = set("《》〈〉“”‘’\"'「」『』【】 \t\u3000")
Row = dict[str, Any]


def norm(value: Any) -> str:
    """NFKC without brackets, quotes and spaces."""
    if value is None:
        return ""
    return "".join(ch for ch in unicodedata.normalize("NFKC", str(value)) if ch not in BRACKETS)


def contain_match(a: Any, b: Any) -> bool:
    """One name contains the other, and the shorter is at least 60% of the longer."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return a == b or (short in long_ and len(short) / len(long_) >= 0.6)


def overlap_match(a: Any, b: Any) -> bool:
    """The names share at least half of the longer one's characters."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    return sum((Counter(a) & Counter(b)).values()) >= 0.5 * max(len(a), len(b))


def city_key(name: Any) -> str:
    """City names compare without the 市 suffix."""
    s = norm(name)
    return s[:-1] if s.endswith("市") and len(s) > 2 else s  # SPEC: the 市 suffix is ignored


def same_name(table: Table) -> Callable[[Row, Row], bool]:
    """Names match (programmes): one contains the other, at 60% of its length."""

    def same(gold: Row, pred: Row) -> bool:
        return contain_match(gold.get(table.label), pred.get(table.label))

    return same


def same_count_and_name(table: Table) -> Callable[[Row, Row], bool]:
    """Counts equal and names matching or sharing half their characters (awards, brands)."""

    def same(gold: Row, pred: Row) -> bool:
        try:
            if gold.get("count") is None or pred.get("count") is None or int(gold["count"]) != int(pred["count"]):
                return False
        except (TypeError, ValueError):
            return False
        g, p = gold.get(table.label), pred.get(table.label)
        return contain_match(g, p) or overlap_match(g, p)

    return same


def same_keys(table: Table) -> Callable[[Row, Row], bool]:
    """Every key field the gold record gives is equal (dates: the value, and the end value of a range)."""

    def same(gold: Row, pred: Row) -> bool:
        given = [key for key in table.keys if gold.get(key) not in (None, "")]
        return bool(given) and all(str(gold[key]) == str(pred.get(key)) for key in given)

    return same


def same_designation(table: Table) -> Callable[[Row, Row], bool]:
    """Same city (市 ignored) and stage, designation names matching, and the year when the gold gives one."""

    def same(gold: Row, pred: Row) -> bool:
        if city_key(gold.get("city")) != city_key(pred.get("city")) or gold.get("stage") != pred.get("stage"):
            return False
        if gold.get("year") is not None and str(gold["year"]) != str(pred.get("year")):
            return False
        g, p = gold.get("designation"), pred.get("designation")
        return contain_match(g, p) or overlap_match(g, p)

    return same


# How a predicted record is matched with a gold one, by the table's declared `matching`
# (cities are scored as a set of names apart).
MATCHERS: dict[str, Callable[[Table], Callable[[Row, Row], bool]]] = {
    "name": same_name,
    "count_and_name": same_count_and_name,
    "keys": same_keys,
    "designation": same_designation,
}


def scored_tables() -> list[Table]:
    """The record tables gold files carry."""
    return [t for t in record_tables() if t.scored]


@dataclass
class Tally:
    """True positives, false positives, false negatives of one table."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if self.fn == 0 else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
        }


@dataclass
class Ratio:
    """A share of successes."""

    ok: int = 0
    n: int = 0

    def add(self, success: bool) -> None:
        self.n += 1
        self.ok += bool(success)

    def value(self) -> float | None:
        return round(self.ok / self.n, 3) if self.n else None


@dataclass
class Scorer:
    """Accumulates every score over the gold documents."""

    tables: dict[str, Tally] = field(default_factory=lambda: {t.name: Tally() for t in scored_tables()})
    ratios: dict[str, Ratio] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)
    docs_found: int = 0

    def ratio(self, name: str) -> Ratio:
        return self.ratios.setdefault(name, Ratio())


def match_greedy(gold: list[Row], optional: list[Row], preds: list[Row], same: Callable) -> tuple[int, list, list]:
    """Greedy one-to-one matching: (true positives, missed gold, unmatched predictions)."""
    used = [False] * len(preds)
    tp, misses = 0, []
    for g in gold:
        hit = next((i for i, p in enumerate(preds) if not used[i] and same(g, p)), None)
        if hit is None:
            misses.append(g)
        else:
            used[hit] = True
            tp += 1
    extras = [p for i, p in enumerate(preds) if not used[i] and not any(same(o, p) for o in optional)]
    return tp, misses, extras


def score_document(scorer: Scorer, stem: str, gold: Row, doc: Row | None, records: dict[str, list[Row]]) -> None:
    """Add one gold document's comparison to the scorer."""
    if doc is None or doc.get("status") != "ok":
        for name in scorer.tables:
            scorer.tables[name].fn += len(gold.get(name) or [])
        for kind in ("keep", "drop", "once"):
            for _ in gold.get(kind, []):
                scorer.ratio(f"clean_{kind}").add(False)
        if gold.get("primary_city"):
            scorer.ratio("primary_city_accuracy").add(False)
        return
    scorer.docs_found += 1
    text = doc.get("clean_text") or ""
    for s in gold.get("keep", []):
        scorer.ratio("clean_keep").add(s in text)
    for s in gold.get("drop", []):
        scorer.ratio("clean_drop").add(s not in text)
    for s in gold.get("once", []):
        scorer.ratio("clean_once").add(text.count(s) == 1)
    detail: dict[str, Any] = {}
    for fld in ("title", "published_at", "outlet"):
        if gold.get(fld):
            got = doc.get(fld)
            if fld == "published_at":
                ok = str(got or "")[:10] == str(gold[fld])[:10]
            elif fld == "title":
                ok = contain_match(gold[fld], got)
            else:
                ok = norm(gold[fld]) == norm(got)
            scorer.ratio(f"{fld}_accuracy").add(ok)
            if not ok:
                detail.setdefault("metadata", []).append(f"{fld}: {got!r}")
    for name in scorer.tables:
        for r in records.get(name, []):
            start, end = r.get("start"), r.get("end")
            scorer.ratio("grounded").add(
                start is not None and end is not None and text[int(start) : int(end)] == (r.get("evidence") or "")
            )
    optional = gold.get("optional") or {}
    for table in scored_tables():
        name = table.name
        if table.matching == "city_set":
            _score_cities(scorer, gold, records.get(name, []), detail)
            continue
        same = MATCHERS[table.matching](table)
        tp, misses, extras = match_greedy(gold.get(name) or [], optional.get(name) or [], records.get(name, []), same)
        tally = scorer.tables[name]
        tally.tp, tally.fp, tally.fn = tally.tp + tp, tally.fp + len(extras), tally.fn + len(misses)
        key = table.label
        detail[name] = {
            "missed": [f"{m.get(key)}:{m.get('count', '')}" for m in misses],
            "extra": [f"{e.get(key)}:{e.get('count', '')}" for e in extras],
        }
    scorer.details[stem] = detail


def _score_cities(scorer: Scorer, gold: Row, rows: list[Row], detail: dict[str, Any]) -> None:
    predicted = set()
    for r in rows:
        code = str(r.get("adcode") or "")
        if len(code) == 6 and code[4:] != "00":
            continue  # county level: allowed, not scored
        predicted.add(city_key(r.get("city")))
    expected = {city_key(c) for c in gold.get("cities", [])}
    tally = scorer.tables["cities"]
    tally.tp += len(predicted & expected)
    tally.fp += len(predicted - expected)
    tally.fn += len(expected - predicted)
    detail["cities"] = {"missed": sorted(expected - predicted), "extra": sorted(predicted - expected)}
    if gold.get("primary_city"):
        primary = [city_key(r.get("city")) for r in rows if r.get("is_primary")]
        scorer.ratio("primary_city_accuracy").add(primary[:1] == [city_key(gold["primary_city"])])


def evaluate(gold_dir: Path, outputs_dir: Path) -> dict[str, Any]:
    """Score the tables in `outputs_dir` against every gold file in `gold_dir`."""
    golds = {p.stem: io.read_json(p) for p in sorted(gold_dir.glob("*.json"))}
    docs = io.read_rows(outputs_dir, "documents")
    by_stem = {Path(str(d.get("source"))).stem: d for d in docs}
    stem_of_id = {d.get("doc_id"): Path(str(d.get("source"))).stem for d in docs}
    grouped: dict[str, dict[str, list[Row]]] = {}
    for table in scored_tables():
        for row in io.read_rows(outputs_dir, table.name):
            grouped.setdefault(stem_of_id.get(row.get("doc_id"), "?"), {}).setdefault(table.name, []).append(row)
    scorer = Scorer()
    for stem, gold in golds.items():
        score_document(scorer, stem, gold, by_stem.get(stem), grouped.get(stem, {}))
    return summarise(scorer, len(golds))


def summarise(scorer: Scorer, docs_gold: int) -> dict[str, Any]:
    """The metrics mapping written for DVC, plus per-document details."""
    report: dict[str, Any] = {"docs_gold": docs_gold, "docs_found": scorer.docs_found}
    for name, tally in scorer.tables.items():
        report[name] = tally.scores()
    for name in (
        "primary_city_accuracy",
        "clean_keep",
        "clean_drop",
        "clean_once",
        "title_accuracy",
        "published_at_accuracy",
        "outlet_accuracy",
        "grounded",
    ):
        report[name] = scorer.ratio(name).value()
    tables = [t.name for t in scored_tables() if t.in_macro]
    report["macro_f1"] = round(sum(report[t]["f1"] for t in tables) / len(tables), 3)
    report["details"] = scorer.details
    return report
