"""`report`: one self-contained HTML file to check every record against its source text by eye.

Metrics on top; per document the clean text with each record's evidence highlighted by
type (click a highlight for the record's fields), the removed paragraphs apart with their
reasons; filters by table, city and status (also settable from the URL fragment, e.g.
report.html#tables=dates,awards&city=大连市&status=ok). No network, no CDN.
"""

from __future__ import annotations

import html
import itertools
import json
from pathlib import Path
from typing import Any

from extract import io
from extract.models import record_tables

Row = dict[str, Any]

STYLE = """
body{font:14px/1.6 system-ui,"Noto Sans CJK SC",sans-serif;margin:0;display:grid;grid-template-columns:1fr 320px}
header,nav{grid-column:1/3;padding:8px 16px;border-bottom:1px solid #ddd}
main{padding:8px 16px;overflow:auto}
aside{position:sticky;top:0;height:100vh;overflow:auto;border-left:1px solid #ddd;padding:8px;font-size:12px}
table.metrics{border-collapse:collapse}table.metrics td,table.metrics th{border:1px solid #ccc;padding:2px 6px}
article{border:1px solid #ddd;border-radius:6px;margin:10px 0;padding:8px 12px}
article.rejected{background:#fff3f3}
.text{white-space:pre-wrap}
mark{border-radius:3px;padding:0 1px;cursor:pointer}
mark.off{background:none!important;cursor:auto}
.meta{color:#666;font-size:12px}
.reason{display:inline-block;min-width:90px;color:#a00;font-size:12px}
.warning{background:#fff0c2;color:#7a5200;border-radius:3px;padding:0 4px;margin-right:6px}
.hidden{display:none}
"""

SCRIPT = """
const recs = JSON.parse(document.getElementById('records').textContent);
function apply() {
  const tables = [...document.querySelectorAll('input.table-filter:checked')].map(e => e.value);
  const city = document.getElementById('city-filter').value;
  const status = document.getElementById('status-filter').value;
  for (const a of document.querySelectorAll('article')) {
    const cityOk = !city || a.dataset.cities.split(' ').includes(city);
    const statusOk = !status || a.dataset.status === status;
    a.classList.toggle('hidden', !(cityOk && statusOk));
  }
  for (const m of document.querySelectorAll('mark')) {
    const on = m.dataset.tables.split(' ').filter(t => tables.includes(t));
    m.classList.toggle('off', on.length === 0);
    for (const t of TABLES) m.classList.remove('t-' + t);
    if (on.length) m.classList.add('t-' + on[0]);
  }
}
function fromHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  if (p.has('tables')) {
    const want = p.get('tables').split(',');
    for (const e of document.querySelectorAll('input.table-filter')) e.checked = want.includes(e.value);
  }
  if (p.has('city')) document.getElementById('city-filter').value = p.get('city');
  if (p.has('status')) document.getElementById('status-filter').value = p.get('status');
}
document.addEventListener('change', apply);
document.addEventListener('click', ev => {
  const m = ev.target.closest('mark');
  if (!m || m.classList.contains('off')) return;
  document.getElementById('panel').textContent =
    m.dataset.recs.split(' ').map(id => JSON.stringify(recs[id], null, 1)).join('\\n\\n');
});
fromHash(); apply();
"""


def flagged_first(docs: list[Row]) -> list[Row]:
    """Rejected pages and pages with warnings first (most warnings first), then the rest in input order."""
    return sorted(docs, key=lambda d: (d["status"] == "ok" and not d.get("warnings"), -len(d.get("warnings") or [])))


def _colours() -> str:
    """Each record table's highlight colour, as declared on its model."""
    return "".join(
        f"mark.t-{t.name}{{background:{t.colour}}}label.t-{t.name}{{background:{t.colour};padding:0 4px}}"
        for t in record_tables()
    )


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def highlight(text: str, records: list[tuple[int, int, str, str]]) -> str:
    """Clean text as HTML with every record span marked; overlapping spans are split into segments."""
    cuts = sorted({0, len(text), *(s for s, _, _, _ in records), *(e for _, e, _, _ in records)})
    out = []
    for a, b in itertools.pairwise(cuts):
        covering = [(rid, table) for s, e, rid, table in records if s <= a and b <= e]
        piece = _esc(text[a:b])
        if not covering:
            out.append(piece)
            continue
        ids = " ".join(rid for rid, _ in covering)
        tables = " ".join(dict.fromkeys(table for _, table in covering))
        summary = _esc(" | ".join(rid for rid, _ in covering))
        out.append(
            f'<mark class="t-{covering[0][1]}" data-recs="{ids}" data-tables="{tables}" title="{summary}">'
            f"{piece}</mark>"
        )
    return "".join(out)


def _metrics_table(metrics: dict[str, Any]) -> str:
    if not metrics:
        return "<p>No metrics file.</p>"
    rows = ["<tr><th>table</th><th>precision</th><th>recall</th><th>F1</th></tr>"]
    for t in (t.name for t in record_tables()):
        if isinstance(metrics.get(t), dict):
            m = metrics[t]
            rows.append(f"<tr><td>{t}</td><td>{m['precision']}</td><td>{m['recall']}</td><td>{m['f1']}</td></tr>")
    others = ", ".join(f"{k} {v}" for k, v in metrics.items() if not isinstance(v, dict))
    return f'<table class="metrics">{"".join(rows)}</table><p class="meta">{_esc(others)}</p>'


def _article(doc: Row, paragraphs: list[Row], records: list[tuple[int, int, str, str]], cities: list[str]) -> str:
    title = _esc(doc.get("title") or "(no title)")
    meta = " · ".join(
        _esc(str(doc.get(k))) for k in ("source", "published_at", "outlet", "encoding", "script") if doc.get(k)
    )
    flags = "".join(f"<span class='warning'>{_esc(code)}</span>" for code in doc.get("warnings") or [])
    head = f"<h2>{title}</h2><p class='meta'>{flags}{meta}</p>"
    attrs = f'data-status="{doc["status"]}" data-cities="{_esc(" ".join(cities))}"'
    if doc["status"] != "ok":
        reason = _esc(doc.get("reject_reason") or "")
        return f'<article class="rejected" {attrs}>{head}<p>rejected: {reason}</p></article>'
    removed = [p for p in paragraphs if not p["kept"]]
    items = "".join(f"<li><span class='reason'>{_esc(p['reason'])}</span>{_esc(p['text'])}</li>" for p in removed)
    removed_html = (
        f"<details class='removed'><summary>Removed paragraphs ({len(removed)})</summary><ol>{items}</ol></details>"
    )
    body = highlight(doc.get("clean_text") or "", records)
    return f'<article class="ok" {attrs}>{head}<div class="text">{body}</div>{removed_html}</article>'


def build_report(outputs: Path, metrics: dict[str, Any]) -> str:
    """The whole report as one HTML string."""
    docs = io.read_rows(outputs, "documents")
    paragraphs: dict[str, list[Row]] = {}
    for p in io.read_rows(outputs, "paragraphs"):
        paragraphs.setdefault(p["doc_id"], []).append(p)
    spans: dict[str, list[tuple[int, int, str, str]]] = {}
    fields: dict[str, Row] = {}
    cities: dict[str, list[str]] = {}
    tables = [t.name for t in record_tables()]
    for table in tables:
        for i, row in enumerate(io.read_rows(outputs, table)):
            rid = f"{table}-{i}"
            fields[rid] = {"table": table, **{k: v for k, v in row.items() if k != "doc_id"}}
            spans.setdefault(row["doc_id"], []).append((row["start"], row["end"], rid, table))
            if table == "cities":
                cities.setdefault(row["doc_id"], []).append(row["city"])
    all_cities = sorted({c for cs in cities.values() for c in cs})
    checks = "".join(
        f"<label class='t-{t}'><input type='checkbox' class='table-filter' value='{t}' checked> {t}</label> "
        for t in tables
    )
    options = "".join(f"<option value='{_esc(c)}'>{_esc(c)}</option>" for c in all_cities)
    nav = (
        f"<nav>{checks} city <select id='city-filter'><option value=''>all</option>{options}</select> "
        "status <select id='status-filter'><option value=''>all</option><option value='ok'>ok</option>"
        f"<option value='rejected'>rejected</option></select> · {len(docs)} documents, {len(fields)} records</nav>"
    )
    articles = "".join(
        _article(d, paragraphs.get(d["doc_id"], []), spans.get(d["doc_id"], []), cities.get(d["doc_id"], []))
        for d in flagged_first(docs)
    )
    data = json.dumps(fields, ensure_ascii=False, default=str).replace("</", "<\\/")
    return (
        "<!doctype html><html lang='zh'><head><meta charset='utf-8'><title>Extraction report</title>"
        f"<style>{STYLE}{_colours()}</style></head><body>"
        f"<header><h1>Extraction report</h1>{_metrics_table(metrics)}</header>"
        f"{nav}<main>{articles}</main><aside><b>Record</b> (click a highlight)<pre id='panel'></pre></aside>"
        f"<script type='application/json' id='records'>{data}</script>"
        f"<script>const TABLES = {json.dumps(tables)};{SCRIPT}</script></body></html>"
    )


def write_report(outputs: Path, metrics_file: Path | None, out_file: Path) -> int:
    """Write the report; returns the number of documents in it."""
    metrics = io.read_json(metrics_file) if metrics_file and metrics_file.exists() else {}
    text = build_report(outputs, metrics)
    io.write_text(out_file, text)
    return text.count("<article")
