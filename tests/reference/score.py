#!/usr/bin/env python3
"""Score the project's output tables against gold files (rules of shared/SPEC.md).

usage: score.py GOLD_DIR OUTPUTS_DIR [--json OUT.json]
Independent of the project's own evaluator: reads Parquet with pyarrow only.
"""

import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

BRACKETS = "《》〈〉“”‘’\"'「」『』【】 \t\u3000"


def norm(s):
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(ch for ch in s if ch not in BRACKETS)


def contain_match(a, b):
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return short in long_ and len(short) / len(long_) >= 0.6


def overlap_match(a, b):
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    common = sum((Counter(a) & Counter(b)).values())
    return common >= 0.5 * max(len(a), len(b))


def city_key(s):
    s = norm(s)
    return s[:-1] if s.endswith("市") and len(s) > 2 else s


def read(outputs, name):
    """A table written as one file (name.parquet) or as shards (name/ or name.parquet/)."""
    for p in (Path(outputs) / f"{name}.parquet", Path(outputs) / name):
        if p.exists():
            return pq.read_table(p).to_pylist()
    return None


def stem_of(source):
    return Path(str(source)).stem


def match_tables(gold_rows, opt_rows, preds, same):
    """Greedy one-to-one matching. Returns tp, fp, fn, misses, extras."""
    used = [False] * len(preds)
    tp = 0
    misses = []
    for g in gold_rows:
        hit = None
        for i, p in enumerate(preds):
            if not used[i] and same(g, p):
                hit = i
                break
        if hit is None:
            misses.append(g)
        else:
            used[hit] = True
            tp += 1
    extras = []
    for i, p in enumerate(preds):
        if used[i]:
            continue
        if any(same(o, p) for o in opt_rows):
            continue
        extras.append(p)
    return tp, len(extras), len(misses), misses, extras


def same_program(g, p):
    return contain_match(g.get("name"), p.get("name"))


def same_count_named(field):
    def same(g, p):
        try:
            if g.get("count") is None or p.get("count") is None or int(g["count"]) != int(p["count"]):
                return False
        except (TypeError, ValueError):
            return False
        return contain_match(g.get(field), p.get(field)) or overlap_match(g.get(field), p.get(field))

    return same


def same_date(g, p):
    if str(g.get("value")) != str(p.get("value")):
        return False
    if g.get("end_value"):
        return str(g.get("end_value")) == str(p.get("end_value"))
    return True


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def main():
    gold_dir, outputs = Path(sys.argv[1]), Path(sys.argv[2])
    json_out = sys.argv[sys.argv.index("--json") + 1] if "--json" in sys.argv else None
    gold = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))}
    docs = read(outputs, "documents")
    if docs is None:
        print("no documents.parquet in", outputs)
        sys.exit(1)
    by_stem = {}
    for d in docs:
        by_stem[stem_of(d.get("source"))] = d
    id_to_stem = {d.get("doc_id"): stem_of(d.get("source")) for d in docs}
    tables = {name: read(outputs, name) or [] for name in ("cities", "programs", "awards", "brands", "dates")}
    grouped = {name: {} for name in tables}
    for name, rows in tables.items():
        for r in rows:
            grouped[name].setdefault(id_to_stem.get(r.get("doc_id")), []).append(r)

    report = {"docs_gold": len(gold), "docs_found": 0}
    totals = {name: [0, 0, 0] for name in ("cities", "programs", "awards", "brands", "dates")}
    primary_ok = primary_n = 0
    keep_ok = keep_n = drop_ok = drop_n = once_ok = once_n = 0
    spans_ok = spans_n = 0
    meta = {"title": [0, 0], "published_at": [0, 0], "outlet": [0, 0]}
    details = {}
    for stem, g in gold.items():
        d = by_stem.get(stem)
        if d is None or d.get("status") != "ok":
            # a missing document: everything in its gold is a miss
            for name in totals:
                gl = g.get(name) or []
                totals[name][2] += len(gl)
            keep_n += len(g.get("keep", []))
            drop_n += len(g.get("drop", []))
            once_n += len(g.get("once", []))
            primary_n += 1 if g.get("primary_city") else 0
            continue
        report["docs_found"] += 1
        text = d.get("clean_text") or ""
        for s in g.get("keep", []):
            keep_n += 1
            keep_ok += s in text
        for s in g.get("drop", []):
            drop_n += 1
            drop_ok += s not in text
        for s in g.get("once", []):
            once_n += 1
            once_ok += text.count(s) == 1
        doc_detail = {}
        for field in ("title", "published_at", "outlet"):
            if g.get(field):
                meta[field][1] += 1
                got = d.get(field)
                if field == "published_at":
                    ok = str(got or "")[:10] == str(g[field])[:10]
                elif field == "title":
                    ok = contain_match(g[field], got)
                else:
                    ok = norm(g[field]) == norm(got)
                meta[field][0] += bool(ok)
                if not ok:
                    doc_detail.setdefault("metadata", []).append(f"{field}: {got!r}")
        # grounding
        for name in tables:
            for r in grouped[name].get(stem, []):
                if r.get("start") is None or r.get("end") is None:
                    spans_n += 1
                    continue
                spans_n += 1
                spans_ok += text[int(r["start"]) : int(r["end"])] == (r.get("evidence") or "")
        # cities
        pred_cities = []
        for r in grouped["cities"].get(stem, []):
            code = str(r.get("adcode") or "")
            if len(code) == 6 and code[4:] != "00":
                continue  # county level: not scored
            pred_cities.append(city_key(r.get("city")))
        pred_set, gold_set = set(pred_cities), {city_key(c) for c in g.get("cities", [])}
        tp = len(pred_set & gold_set)
        totals["cities"][0] += tp
        totals["cities"][1] += len(pred_set - gold_set)
        totals["cities"][2] += len(gold_set - pred_set)
        doc_detail["cities"] = {"missed": sorted(gold_set - pred_set), "extra": sorted(pred_set - gold_set)}
        if g.get("primary_city"):
            primary_n += 1
            prim = [city_key(r.get("city")) for r in grouped["cities"].get(stem, []) if r.get("is_primary")]
            primary_ok += prim[:1] == [city_key(g["primary_city"])]
        opt = g.get("optional") or {}
        for name, same in (
            ("programs", same_program),
            ("awards", same_count_named("award")),
            ("brands", same_count_named("category")),
            ("dates", same_date),
        ):
            tp, fp, fn, misses, extras = match_tables(
                g.get(name) or [], opt.get(name) or [], grouped[name].get(stem, []), same
            )
            totals[name][0] += tp
            totals[name][1] += fp
            totals[name][2] += fn
            key = {"programs": "name", "awards": "award", "brands": "category", "dates": "value"}[name]
            doc_detail[name] = {
                "missed": [f"{m.get(key)}:{m.get('count', '')}" for m in misses],
                "extra": [f"{e.get(key)}:{e.get('count', '')}" for e in extras],
            }
        details[stem] = doc_detail

    f_scores = {}
    for name, (tp, fp, fn) in totals.items():
        p, r, f = prf(tp, fp, fn)
        report[name] = {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}
        f_scores[name] = f
    report["primary_city_accuracy"] = round(primary_ok / primary_n, 3) if primary_n else None
    report["clean_keep"] = round(keep_ok / keep_n, 3) if keep_n else None
    report["clean_drop"] = round(drop_ok / drop_n, 3) if drop_n else None
    report["clean_once"] = round(once_ok / once_n, 3) if once_n else None
    for field, (ok, n) in meta.items():
        report[f"{field}_accuracy"] = round(ok / n, 3) if n else None
    report["grounded"] = round(spans_ok / spans_n, 3) if spans_n else None
    report["macro_f1"] = round(sum(f_scores.values()) / len(f_scores), 3)
    report["details"] = details
    if json_out:
        Path(json_out).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    summary = {k: v for k, v in report.items() if k != "details"}
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
