"""Brand titles held: counts of 名牌产品, 驰名商标, 著名商标, 地理标志产品, 老字号..."""

from __future__ import annotations

import functools
import re

from extract.extractors.base import Context, dedupe, make
from extract.models import BrandRecord, Record
from extract.rules import brands as lex
from extract.text.numbers import APPROX_AFTER, APPROX_BEFORE, NUMBER, parse_number
from extract.text.regions import level_of_name, region_prefix
from extract.text.trie import trie_pattern

NAME = "brands/1"


@functools.cache
def patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Category-then-count (中国名牌20个) and count-then-category (10件中国驰名商标)."""
    core = trie_pattern(lex.BRAND_CORES)
    category = rf"(?P<cat>(?:{region_prefix()})?(?:{core}))"
    count = rf"(?P<before>{APPROX_BEFORE})?(?P<n>{NUMBER})(?P<after>{APPROX_AFTER})?(?P<unit>[{lex.BRAND_UNITS}])"
    return (
        re.compile(rf"{category}(?:企业|称号)?(?:共|达|达到|有|累计)?{count}(?P<after2>{APPROX_AFTER})?"),
        re.compile(
            rf"{count}(?P<after2>{APPROX_AFTER})?(?:企业|产品|注册商标|商标)?(?:被认定为|获得?|荣获|成为)?[“\"]?(?:\d{{4}}年度?)?{category}"
        ),
    )


class BrandsExtractor:
    """Counts of brand titles, with unit, level, city and the year the count refers to."""

    table = "brands"
    name = NAME

    def __call__(self, ctx: Context) -> list[Record]:
        records: list[Record] = []
        for pattern in patterns():
            for m in pattern.finditer(ctx.text):
                count = parse_number(m["n"])
                if count is None:
                    continue
                category = m["cat"]
                level = level_of_name(category)
                records.append(
                    make(
                        BrandRecord,
                        ctx,
                        m.start(),
                        m.end(),
                        NAME,
                        category=category,
                        level=level,
                        city=ctx.primary_city if level == "municipal" else None,
                        count=count,
                        unit=m["unit"],
                        approximate=bool(m["before"] or m["after"] or m["after2"]),
                        year=_year_before(ctx, m.start()),
                    )
                )
        records.sort(key=lambda r: r.start)
        return dedupe(records, key=lambda r: (r.category, r.count, r.start))


def _year_before(ctx: Context, pos: int) -> int | None:
    """The year of the last date stated earlier in the same sentence."""
    sentence_start = max(ctx.text.rfind(ch, 0, pos) for ch in "。\n!?;") + 1
    years = [d.value[:4] for d in ctx.dates if sentence_start <= d.start < pos and d.value[:4].isdigit()]
    return int(years[-1]) if years else None
