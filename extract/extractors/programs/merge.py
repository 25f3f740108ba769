"""One programme named twice is one record: 《二〇二四年宝鸡市…方案》 and 《2024年…方案》, a name with and
without its city or its period, with (征求意见稿) or as …的通知, 质量强市 and 质量强市战略.

Two names are one programme when their keys are equal and their years and the levels their
openings state agree (or one has none).
The record kept is the one with a period (2011-2020年), else the body's over the headline's, then
the fuller name, then the first.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from extract.extractors.programs.levels import opening_places
from extract.rules import program_levels as lv
from extract.rules import programs as lex
from extract.rules.common import CN_DIGITS

T = TypeVar("T")


def _year(name: str) -> str | None:
    """The first year in a name, in digits (二〇二四 → 2024)."""
    m = lv.ANY_YEAR.search(name)
    if not m:
        return None
    return "".join(str(CN_DIGITS.get(ch, ch)) for ch in m.group()[:4])


@functools.lru_cache(maxsize=4096)
def key(name: str) -> tuple[str, str | None]:
    """(the name without years, places, 全国/中国, draft marks and 战略; its year)."""
    bare = lex.NAME_MARKS.sub("", name)
    year = _year(bare)
    while True:
        shorter = lv.BRACKETED_SUFFIX.sub("", lv.NOTICE_END.sub("", bare)).removesuffix(lex.STRATEGY_NOUN)
        shorter = lv.ASIDE.sub("", shorter)
        shorter = lv.EDITION_START.sub("", lv.LEADING_YEAR.sub("", shorter))
        for prefix in lex.NATIONAL_KEY_PREFIXES:
            shorter = shorter.removeprefix(prefix)
        if chain := opening_places(shorter):
            shorter = shorter[chain[0].end :]
        elif m := lv.SCOPE_START.match(shorter):
            shorter = shorter[m.end() :]
        if shorter == bare or not shorter:
            return lv.ANY_YEAR.sub("", bare) or bare, year
        bare = shorter


def has_period(name: str) -> bool:
    return bool(lv.BRACKETED_SUFFIX.search(name) and lv.ANY_YEAR.search(name))


def merge(
    items: list[T], name: Callable[[T], str], rank: Callable[[T], tuple], level: Callable[[T], str | None]
) -> list[list[T]]:
    """Groups of items naming one programme, each group best-ranked first; names that differ by a
    place or 中国 stay apart when the levels their openings state do (山西省质量奖, 中国质量奖)."""
    groups: list[tuple[str, set[str], set[str], list[T]]] = []
    for item in sorted(items, key=rank):
        bare, year = key(name(item))
        at = level(item)
        for group_key, years, levels, members in groups:
            if group_key != bare or (year and years and year not in years) or (at and levels and at not in levels):
                continue
            members.append(item)
            years.update([year] if year else [])
            levels.update([at] if at else [])
            break
        else:
            groups.append((bare, {year} if year else set(), {at} if at else set(), [item]))
    return [members for *_, members in groups]
