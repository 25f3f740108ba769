"""Brand titles held: counts of 名牌产品, 驰名商标, 著名商标, 地理标志产品, 老字号...

Each category is found by its head and read back to its region and year (2010年上海名牌产品);
its count is read by three readers, in this order, each with the patterns of
`extract.rules.brands`:

1. after        the number after it (中国名牌20个, 驰名商标拥有量达到26件, …中,山东有59个,
                …称号的企业有6家), then a running total (…3个,总数达到12个);
2. before       the numbers of the things that the clause before it confers the title on
                (10件中国驰名商标, 141项产品、115项产品荣获上海名牌产品);
3. comparisons  the places compared with it (超过武汉的6件、宜昌的5件).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.extractors.base import Context, dedupe, make, register
from extract.models import BrandRecord
from extract.rules import brands as rules
from extract.text.names import clause_start, prefix_start, sentence_end, sentence_start
from extract.text.numbers import parse_number
from extract.text.regions import level_of_name

NAME = "brands/3"


@dataclass(frozen=True)
class Category:
    """A brand-title category named in the text."""

    start: int
    end: int
    name: str
    year: int | None


@dataclass(frozen=True)
class Counted:
    """A count of one category's titles, with its evidence span: what a record is made of."""

    category: str
    start: int
    end: int
    count: int
    unit: str
    approximate: bool
    year: int | None


def counted(cat: Category, start: int, end: int, m: re.Match[str], year: int | None, second: bool = False) -> Counted:
    """The count a match states (`second`: its second count, 名牌产品141项,涉及企业57家 → 57…产品)."""
    g = m.groupdict()
    count = parse_number(g["n2"] if second else g["n"]) or 0
    approximate = not second and bool(g.get("before") or g.get("after") or g.get("after2"))
    return Counted(cat.name, start, end, count, g["unit2"] if second else g["unit"], approximate, year)


def find_categories(text: str) -> list[Category]:
    """Every category, with the region and year before its head."""
    out = []
    for m in rules.HEAD.finditer(text):
        start = m.start()
        for token in rules.token().finditer(text, prefix_start(text, m.start(), rules.NAME_STOP, 24), m.start()):
            if token.group() in rules.OWN_LEVEL_WORDS and token.end() != m.start():
                continue  # a bare 市 that does not lead into the title (市新增…)
            start = token.start()
            break
        raw = text[start : m.end()]
        year = rules.YEAR_RE.match(raw)
        name = raw[year.end() :].strip() if year else raw
        if name[:1] in rules.OWN_LEVEL_WORDS and level_of_name(name[1:]) is not None:
            # 本市中国驰名商标: the 市 is the page's own city, not part of the title
            name, start = name[1:], start if year else start + 1
        out.append(Category(start, m.end(), name, int(year["year"]) if year else None))
    return out


@register
class BrandsExtractor:
    """Counts of brand titles, with unit, level, city and the year the count refers to."""

    table = "brands"
    name = NAME
    needs = ("cities",)

    def __call__(self, ctx: Context) -> list[BrandRecord]:
        text = ctx.text
        categories = find_categories(text)
        found: list[Counted] = []
        for i, cat in enumerate(categories):
            begins, ends = sentence_start(text, cat.start), sentence_end(text, cat.end)
            left_start = max(begins, categories[i - 1].end if i else 0)
            # 争创中国驰名商标5件、省著名商标20件: a goal word governs the whole enumeration of its clause
            goal_from = max(begins, min(clause_start(text, cat.start, begins), cat.start - 10))
            if rules.NOT_HELD.search(text[goal_from : cat.start]):
                continue
            year = cat.year or _year_before(ctx, cat.start)
            found += counted_after(text, cat, ends, year)
            found += counted_before(text[left_start : cat.start], left_start, cat, year)
        found += comparisons(text, categories)
        records = [record(ctx, c) for c in found]
        # The same count twice (a headline repeating the body) is one record; the body's wins.
        title_end = text.find("\n") if ctx.title and text.startswith(ctx.title) else 0
        records.sort(key=lambda r: (r.start < title_end, r.start))
        return sorted(dedupe(records, key=lambda r: (r.category, r.count)), key=lambda r: r.start)


def counted_after(text: str, cat: Category, ends: int, year: int | None) -> list[Counted]:
    """中国名牌20个 / 驰名商标拥有量达到26件 / …中,山东有59个 / …称号的企业有6家; then a total (总数达到12个)."""
    for pattern in rules.COUNTED_AFTER:
        m = pattern.match(text, cat.end, ends)
        if m and not (rules.NOT_HELD.search(m.group()) or rules.GOAL_AFTER.match(text, m.end())):
            break
    else:
        return []
    out = [counted(cat, cat.start, m.end(), m, year)]
    if m.groupdict().get("n2"):
        out.append(counted(cat, cat.start, m.end(), m, year, second=True))
    total = rules.TOTAL.match(text, m.end(), ends)
    if total and not rules.GOAL_AFTER.match(text, total.end()):
        out.append(counted(cat, cat.start, total.end(), total, year))
    return out


def counted_before(left: str, left_start: int, cat: Category, year: int | None) -> list[Counted]:
    """10件中国驰名商标 / 141项产品、115项产品荣获上海名牌产品 / 8件商标被认定为中国驰名商标."""
    adjacent = rules.ADJACENT.search(left)
    if adjacent:
        return [counted(cat, left_start + adjacent.start(), cat.end, adjacent, year)]
    if not rules.VERB_END.search(left):
        return []
    return [counted(cat, left_start + m.start(), cat.end, m, year) for m in rules.COUNT_NOUN.finditer(left)]


def comparisons(text: str, categories: list[Category]) -> list[Counted]:
    """超过武汉的6件、宜昌的5件: the same category, counted for other places."""
    out = []
    for m in rules.COMPARISON.finditer(text):
        before = [c for c in categories if c.end <= m.start()]
        if not before:
            continue
        for item in rules.ITEM.finditer(m["items"]):
            start = m.start("items") + item.start()
            span = Category(start, m.start("items") + item.end(), before[-1].name, None)
            out.append(counted(span, span.start, span.end, item, None))
    return out


def record(ctx: Context, c: Counted) -> BrandRecord:
    """The brand row of one count."""
    level = level_of_name(c.category)
    return make(
        BrandRecord,
        ctx,
        c.start,
        c.end,
        NAME,
        category=c.category,
        level=level,
        city=ctx.primary_city if level == "municipal" else None,
        count=c.count,
        unit=c.unit,
        approximate=c.approximate,
        year=c.year,
    )


def _year_before(ctx: Context, pos: int) -> int | None:
    """The last year stated earlier in the same paragraph (截至2005年底,…中国驰名商标70件)."""
    paragraph_start = ctx.text.rfind("\n", 0, pos) + 1
    years = rules.YEAR_STATED.findall(ctx.text, paragraph_start, pos)
    return int(years[-1]) if years else None
