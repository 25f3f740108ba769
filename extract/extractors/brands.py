"""Brand titles held: counts of 名牌产品, 驰名商标, 著名商标, 地理标志产品, 老字号...

Each category is found by its head and read back to its region and year (2010年上海名牌产品);
its count is read by these readers, in this order, each with the patterns of
`extract.rules.brands`:

1. breakdown    the count of each place after a partitive (云南省16件驰名商标中,昆明拥有7件:…;曲靖3件:…);
2. after        the number after it (中国名牌20个, 驰名商标拥有量达到26件, …中,山东有59个,
                …称号的企业有6家, …称号的四家企业, …揭晓,我省共有89个产品榜上有名), then a
                second count of the same titles (…是26家,产品29种; …,其中新增57个) and a running
                total (…3个,总数达到12个);
3. before       the numbers of the things that the clause before it confers the title on
                (10件中国驰名商标, 141项产品、115项产品荣获上海名牌产品), or the quoted names it
                confers the title on, counted (“林芝松茸”“波密天麻”取得了中国地理标志商标);
4. comparisons  the places compared with it (超过武汉的6件、宜昌的5件).

A category in a clause of candidates, goals or exhibitors (申报, 争创, 重点培育企业, 参展) is
no title held. The year is the category's own, one in its clause, or the one its sentence
opens with (截至2005年底, …). The same count stated twice is one record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extract.extractors.base import Context, make, register
from extract.models import BrandRecord
from extract.rules import brands as rules
from extract.rules.common import CLAUSE_ENDS
from extract.text.names import clause_start, prefix_start, sentence_end, sentence_start
from extract.text.numbers import parse_number
from extract.text.regions import level_of_name

NAME = "brands/4"


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
    place: str | None = None  # the place a breakdown or comparison counts (昆明拥有7件)


def counted(cat: Category, start: int, end: int, m: re.Match[str], year: int | None, second: bool = False) -> Counted:
    """The count a match states (`second`: its second count, 四川名牌47家69个产品 → 69…产品)."""
    g = m.groupdict()
    count = parse_number(g["n2"] if second else g["n"]) or 0
    approximate = not second and bool(g.get("before") or g.get("after") or g.get("after2"))
    return Counted(cat.name, start, end, count, g["unit2"] if second else g["unit"], approximate, year)


def find_categories(text: str) -> list[Category]:
    """Every category, with the region and year before its head."""
    out = []
    for m in rules.HEAD.finditer(text):
        prefix_at = prefix_start(text, m.start(), rules.NAME_STOP, 24)
        stops = list(rules.NAME_STOP.finditer(text, prefix_at, m.start()))
        prefix_at = stops[-1].end() if stops else prefix_at  # “今年江西新增地理标志商标: not past 新增
        start = m.start()
        for token in rules.token().finditer(text, prefix_at, m.start()):
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
            if not_held(text, cat, begins):
                continue
            year = cat.year or year_of(text, cat.start)
            found += breakdown(text, cat) or counted_after(text, cat, ends, year)
            found += counted_before(text[left_start : cat.start], left_start, cat, year)
        found += comparisons(text, categories)
        title_end = text.find("\n") if ctx.title and text.startswith(ctx.title) else 0
        return [record(ctx, c) for c in merge_repeats(found, title_end)]


def not_held(text: str, cat: Category, begins: int) -> bool:
    """A category in a clause of candidates, goals or exhibitors: 争创中国驰名商标5件, 中国名牌重点培育企业.

    A goal word before it governs the whole enumeration of its clause (争创中国驰名商标5件、省著名商标20件).
    """
    goal_from = max(begins, min(clause_start(text, cat.start, begins), cat.start - 10))
    if rules.NOT_HELD.search(text, goal_from, cat.start):
        return True
    clause_end = min((i for i in (text.find(ch, cat.end) for ch in CLAUSE_ENDS) if i >= 0), default=len(text))
    return bool(rules.NOT_HELD_NEXT.match(text, cat.end) or rules.NOT_HELD.search(text, cat.end, clause_end))


def counted_after(text: str, cat: Category, ends: int, year: int | None) -> list[Counted]:
    """中国名牌20个 / …中,山东有59个 / …称号的企业有6家 / …揭晓,我省共有89个产品榜上有名; then more counts."""
    for pattern in rules.COUNTED_AFTER:
        m = pattern.match(text, cat.end, ends)
        if m and not (rules.NOT_HELD.search(m.group()) or rules.GOAL_AFTER.match(text, m.end())):
            break
    else:
        return []
    out = [counted(cat, cat.start, m.end(), m, year)]
    if m.groupdict().get("n2"):
        out.append(counted(cat, cat.start, m.end(), m, year, second=True))
    end = m.end()
    second = rules.SECOND.match(text, end, ends)
    if second:  # …的企业是26家,产品29种 / …榜上有名,其中新增57个
        out.append(counted(cat, cat.start, second.end(), second, year))
        end = second.end()
    total = rules.TOTAL.match(text, end, ends)
    if total and not rules.GOAL_AFTER.match(text, total.end()):
        out.append(counted(cat, cat.start, total.end(), total, year))
    return out


def breakdown(text: str, cat: Category) -> list[Counted]:
    """云南省16件驰名商标中,昆明拥有7件:云烟、…;曲靖3件:…: each place's count, when two or more are listed."""
    ends = min((i for i in (text.find(ch, cat.end) for ch in rules.FULL_SENTENCE_ENDS) if i >= 0), default=len(text))
    start = rules.BREAKDOWN_START.match(text, cat.end, ends)
    if not start:
        return []
    out, pos = [], start.end()
    while (item := rules.BREAKDOWN_ITEM.match(text, pos, ends)) is not None:
        span = Category(item.start(), item.end("unit"), cat.name, None)
        out.append(replace(counted(span, span.start, span.end, item, None), place=item["place"]))
        pos = item.end()
        if not item["sep"]:
            break
    return out if len(out) > 1 else []


def counted_before(left: str, left_start: int, cat: Category, year: int | None) -> list[Counted]:
    """10件中国驰名商标 / 141项产品、115项产品荣获上海名牌产品 / “林芝松茸”“波密天麻”取得了中国地理标志商标."""
    adjacent = rules.ADJACENT.search(left)
    if adjacent:
        return [counted(cat, left_start + adjacent.start(), cat.end, adjacent, year)]
    verb = rules.VERB_END.search(left)
    if not verb:
        return []
    found = [
        counted(cat, left_start + m.start(), cat.end, m, year)
        for m in rules.COUNT_NOUN.finditer(left, _scope_start(left, verb.start()))
    ]
    quoted = rules.QUOTED_NAMES.search(left) if not found else None
    if quoted:
        names = rules.QUOTED_NAME.findall(quoted["names"])
        unit = rules.TRADEMARK_UNIT if cat.name.endswith(rules.TRADEMARK) else rules.TITLE_UNIT
        found = [Counted(cat.name, left_start + quoted.start(), cat.end, len(names), unit, False, year)]
    return found


def _scope_start(left: str, verb_at: int) -> int:
    """Where the things the final verb confers the title on start: after the clause of an earlier verb."""
    earlier = [m.end() for m in rules.EARLIER_VERB.finditer(left, 0, verb_at)]
    if not earlier:
        return 0
    ends = [i for i in (left.find(ch, earlier[-1], verb_at) for ch in CLAUSE_ENDS) if i >= 0]
    return min(ends) + 1 if ends else earlier[-1]


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
            out.append(replace(counted(span, span.start, span.end, item, None), place=item["place"]))
    return out


def merge_repeats(found: list[Counted], title_end: int) -> list[Counted]:
    """The same count of the same titles twice is one record; the body's, and the one with a year, win.

    The same titles: 云南省驰名商标 and 驰名商标 (a national title, wherever held), 中国名牌 and
    中国名牌产品; the same count: equal, of the same place, in years that agree where both are given.
    """
    kept: list[Counted] = []
    for c in sorted(found, key=lambda c: (c.start < title_end, c.year is None, c.start)):
        if not any(_same_fact(c, other) for other in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _same_fact(a: Counted, b: Counted) -> bool:
    years_agree = a.year is None or b.year is None or a.year == b.year
    return (_titles(a.category), a.count, a.place) == (_titles(b.category), b.count, b.place) and years_agree


def _titles(category: str) -> str:
    """What a category counts: 云南省驰名商标 → 驰名商标, 中国名牌产品 → 中国名牌."""
    national = rules.NATIONAL_TITLE.search(category)
    region = rules.region_start().match(category)
    if national and region and region.end() <= national.start() and level_of_name(region.group()) != "national":
        category = category[region.end() :]
    return category.removesuffix(rules.PRODUCT_WORD)


def record(ctx: Context, c: Counted) -> BrandRecord:
    """The brand row of one count."""
    level = level_of_name(c.category)
    city = _city(c.place) if c.place else (ctx.primary_city if level == "municipal" else None)
    return make(
        BrandRecord,
        ctx,
        c.start,
        c.end,
        NAME,
        category=c.category,
        level=level,
        city=city,
        count=c.count,
        unit=c.unit,
        approximate=c.approximate,
        year=c.year,
    )


def _city(place: str) -> str | None:
    """The city a breakdown names: 昆明 → 昆明市 (None when the name is no city's)."""
    return rules.cities_by_name().get(place)


def year_of(text: str, pos: int) -> int | None:
    """The year a count refers to: one in the category's clause, else that of a time clause before it in its sentence.

    全市2010年新增中国驰名商标3件 / 截至2005年底,…;荣获中国驰名商标70件 / …,2010年,…7种产品获“辽宁名牌产品”
    (not when a later time word replaces it: 1996年,巩义启动…,目前该市…创河南省名牌产品5个).
    """
    begins = max(text.rfind(ch, 0, pos) for ch in rules.FULL_SENTENCE_ENDS) + 1
    years = rules.YEAR_STATED.findall(text, clause_start(text, pos, begins), pos)
    if years:
        return int(years[-1])
    times = list(rules.TIME_CLAUSE.finditer(text, begins, pos))
    if not times or rules.LATER_TIME.search(text, times[-1].end(), pos):
        return None
    return int(times[-1]["year"])
