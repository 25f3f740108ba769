"""Brand titles held: counts of 名牌产品, 驰名商标, 著名商标, 地理标志产品, 老字号...

Each category is found by its head and read back to its region and year (2010年上海名牌产品);
its count is the number after it (中国名牌20个, 驰名商标拥有量达到26件), or the numbers
of the things that the clause before it confers the title on (141项产品…荣获上海名牌产品,
10件中国驰名商标), or the places compared with it (超过武汉的6件、宜昌的5件).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extract.extractors.base import Context, dedupe, make, register
from extract.models import BrandRecord
from extract.rules import brands as lex
from extract.rules.common import APPROX_AFTER, APPROX_BEFORE, NUMBER
from extract.rules.compose import any_of
from extract.rules.places import region_prefix
from extract.text.names import clause_start, prefix_start, sentence_end, sentence_start
from extract.text.numbers import parse_number
from extract.text.regions import level_of_name

NAME = "brands/3"
COUNT = (
    rf"(?P<before>{APPROX_BEFORE})?(?P<n>{NUMBER})(?P<after>{APPROX_AFTER})?\s*"
    rf"(?P<unit>[{lex.BRAND_UNITS}])(?P<after2>以上|之多)?"
)
YEAR = r"(?P<year>(?:19|20)\d{2})\s*年度?"
STOP = re.compile(
    r"\d+(?![\d年])|[^\u4e00-\u9fff\d]|全市|全省|本市|我市|新增|累计|共有|"
    r"[的了和与及等为是在对向将获有被把]|认定|评为|拥有|荣获|新认定|重新"
)
NOT_HELD = re.compile("|".join(lex.NOT_HELD))
YEAR_RE = re.compile(YEAR)
GOAL_AFTER = re.compile(r"的?(?:目标|任务|计划)")


@functools.cache
def patterns() -> dict[str, re.Pattern[str]]:
    """Compiled once."""
    verbs = "|".join(lex.CONFER_VERBS)
    nouns = "|".join(lex.COUNTED_NOUNS)
    quantity = "|".join(lex.QUANTITY_VERBS)
    return {
        "head": re.compile(any_of(lex.BRAND_CORES)),
        "token": re.compile(rf"{YEAR}|(?:{region_prefix()})"),
        "after": re.compile(
            rf"(?:保护)?(?:企业|产品|称号|荣誉称号)?(?:,?[\u4e00-\u9fff]{{0,3}}?(?:{quantity}))?"
            rf"{COUNT}(?:[\u4e00-\u9fff]{{0,2}}?(?P<n2>{NUMBER})(?P<unit2>[{lex.BRAND_UNITS}])产品)?"
        ),
        # 在全部382个名牌产品中,山东有59个: the share of the place counted, after the category
        "partitive": re.compile(rf"[”\"]?中[,,]?[^,,。;]{{0,10}}?(?:有|占){COUNT}"),
        # 荣获“中国名牌产品”称号的企业有6家: the holders of the title counted after it
        "holders": re.compile(
            rf"[”\"]?(?:称号|荣誉称号)?的(?:{nouns})(?:总数|数量)?[\u4e00-\u9fff]{{0,2}}?(?:{quantity}){COUNT}"
        ),
        # …3个,总数达到12个: a running total of the same category after its new count
        "total": re.compile(
            rf"[,,]?[\u4e00-\u9fff]{{0,4}}?(?:{'|'.join(lex.TOTAL_NOUNS)})[\u4e00-\u9fff]{{0,2}}?(?:{quantity}){COUNT}"
        ),
        "count_noun": re.compile(rf"{COUNT}(?:[^,。;、“”]{{0,10}}?(?:{nouns}))?"),
        "verb_end": re.compile(rf"(?:{verbs})[“\"]?\s*(?:{YEAR})?\s*$"),
        "adjacent": re.compile(rf"{COUNT}\s*(?:的)?[“\"]?\s*$"),
        "comparison": re.compile(
            rf"(?:{'|'.join(lex.COMPARISON_CUES)})(?P<items>(?:[\u4e00-\u9fff]{{2,6}}的{NUMBER}[{lex.BRAND_UNITS}][、和]?)+)"
        ),
        "item": re.compile(rf"(?P<place>[\u4e00-\u9fff]{{2,6}})的(?P<n>{NUMBER})(?P<unit>[{lex.BRAND_UNITS}])"),
    }


@dataclass(frozen=True)
class Category:
    """A brand-title category named in the text."""

    start: int
    end: int
    name: str
    year: int | None


def find_categories(text: str) -> list[Category]:
    """Every category, with the region and year before its head."""
    p = patterns()
    out = []
    for m in p["head"].finditer(text):
        start = m.start()
        for token in p["token"].finditer(text, prefix_start(text, m.start(), STOP, 24), m.start()):
            if token.group() in ("市", "省") and token.end() != m.start():
                continue  # a bare 市 that does not lead into the title (市新增…)
            start = token.start()
            break
        raw = text[start : m.end()]
        year = YEAR_RE.match(raw)
        name = raw[year.end() :].strip() if year else raw
        if name[:1] in ("市", "省") and level_of_name(name[1:]) is not None:
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
        records: list[BrandRecord] = []
        for i, cat in enumerate(categories):
            begins, ends = sentence_start(text, cat.start), sentence_end(text, cat.end)
            previous_end = categories[i - 1].end if i else 0
            left_start = max(begins, previous_end)
            left = text[left_start : cat.start]
            # 争创中国驰名商标5件、省著名商标20件: a goal word governs the whole enumeration of its clause
            goal_from = max(begins, min(clause_start(text, cat.start, begins), cat.start - 10))
            if NOT_HELD.search(text[goal_from : cat.start]):
                continue
            year = cat.year or _year_before(ctx, cat.start)
            records += self._counted_after(ctx, cat, ends, year)
            records += self._counted_before(ctx, cat, left, left_start, year)
        records += self._comparisons(ctx, categories)
        # The same count twice (a headline repeating the body) is one record; the body's wins.
        title_end = text.find("\n") if ctx.title and text.startswith(ctx.title) else 0
        records.sort(key=lambda r: (r.start < title_end, r.start))
        return sorted(dedupe(records, key=lambda r: (r.category, r.count)), key=lambda r: r.start)

    def _counted_after(self, ctx: Context, cat: Category, ends: int, year: int | None) -> list[BrandRecord]:
        """中国名牌20个 / 驰名商标拥有量达到26件 / …中,山东有59个 / …称号的企业有6家; then a total (总数达到12个)."""
        text, p = ctx.text, patterns()
        out = []
        for kind in ("after", "partitive", "holders"):
            m = p[kind].match(text, cat.end, ends)
            if m and not (NOT_HELD.search(m.group()) or GOAL_AFTER.match(text, m.end())):
                break
        else:
            return out
        out.append(self._record(ctx, cat.start, m.end(), cat, m, year))
        if m.groupdict().get("n2"):
            out.append(self._record(ctx, cat.start, m.end(), cat, m, year, second=True))
        total = p["total"].match(text, m.end(), ends)
        if total and not GOAL_AFTER.match(text, total.end()):
            out.append(self._record(ctx, cat.start, total.end(), cat, total, year))
        return out

    def _counted_before(self, ctx: Context, cat: Category, left: str, left_start: int, year: int | None):
        """10件中国驰名商标 / 141项产品、115项产品荣获上海名牌产品 / 8件商标被认定为中国驰名商标."""
        p = patterns()
        adjacent = p["adjacent"].search(left)
        if adjacent:
            return [self._record(ctx, left_start + adjacent.start(), cat.end, cat, adjacent, year)]
        if not p["verb_end"].search(left):
            return []
        out = []
        for m in p["count_noun"].finditer(left):
            out.append(self._record(ctx, left_start + m.start(), cat.end, cat, m, year))
        return out

    def _comparisons(self, ctx: Context, categories: list[Category]) -> list[BrandRecord]:
        """超过武汉的6件、宜昌的5件: the same category, counted for other places."""
        p = patterns()
        out = []
        for m in p["comparison"].finditer(ctx.text):
            before = [c for c in categories if c.end <= m.start()]
            if not before:
                continue
            cat = before[-1]
            for item in p["item"].finditer(m["items"]):
                start = m.start("items") + item.start()
                span = Category(start, m.start("items") + item.end(), cat.name, None)
                out.append(self._record(ctx, span.start, span.end, span, item, None))
        return out

    @staticmethod
    def _record(
        ctx: Context, start: int, end: int, cat: Category, m: re.Match[str], year: int | None, second: bool = False
    ) -> BrandRecord:
        g = m.groupdict()
        count = parse_number(g["n2"] if second else g["n"]) or 0
        level = level_of_name(cat.name)
        return make(
            BrandRecord,
            ctx,
            start,
            end,
            NAME,
            category=cat.name,
            level=level,
            city=ctx.primary_city if level == "municipal" else None,
            count=count,
            unit=g["unit2"] if second else g["unit"],
            approximate=not second and bool(g.get("before") or g.get("after") or g.get("after2")),
            year=year,
        )


YEAR_STATED = re.compile(r"(?<!\d)((?:19|20)\d{2})年")


def _year_before(ctx: Context, pos: int) -> int | None:
    """The last year stated earlier in the same paragraph (截至2005年底,…中国驰名商标70件)."""
    paragraph_start = ctx.text.rfind("\n", 0, pos) + 1
    years = YEAR_STATED.findall(ctx.text, paragraph_start, pos)
    return int(years[-1]) if years else None
