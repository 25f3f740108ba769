"""Whether a 《title》 or a “quoted name” is a programme: quotation marks alone do not make one.

A quoted name is a programme when a programme noun follows it (“质量月”活动, “领跑者”行动,
…等活动) or ends it (“对标行动”), or when it is about quality, brands or standards and is none of
the things quotation marks also hold: themes (主题为“…”, 以“…”为主题), slogans and mottos
(“质量第一、效益优先”, “加强质量品牌建设”), brand titles (“中国名牌”), meetings and events,
vehicles and platforms (“春城质量号”), management methods, nicknames (“大连制造”), headlines.
"""

from __future__ import annotations

from extract.rules import program_quotes as q
from extract.rules import programs as lex
from extract.rules.common import FULL_STOP

# A plan named without a quality word needs this much name before its noun (珠江三角洲地区改革发展规划纲要).
MIN_PLAN_STEM = 4


def book_is_programme(text: str, start: int, end: int, name: str) -> bool:
    """A 《title》 about quality, brands or standards, or a plan named by its programme noun (SPEC: 《》 or a
    programme noun marks a programme; the gold lists 《珠江三角洲地区改革发展规划纲要》), neither a
    publication nor an alias."""
    if len(name) < 2 or lex.BARE_DOCUMENT.match(name) or lex.NEWSPAPER.search(name):
        return False
    if lex.PUBLICATION_AFTER.match(text, end) or is_alias(text, start):
        return False
    bare = lex.YEARS_SUFFIX.sub("", name)
    plan = lex.NOUN_END.search(bare)
    plan = plan if plan and plan.start() >= MIN_PLAN_STEM else None  # 《实施方案》 stands for a plan named before
    return bool(lex.DOMAIN.search(name) or lex.STRATEGY.search(name) or plan)


def is_alias(text: str, start: int) -> bool:
    """(以下简称《规划》): a short name for a programme named just before."""
    return bool(lex.ALIAS_BEFORE.search(text, max(0, start - 6), start))


def is_theme(text: str, start: int, end: int, noun_follows: bool) -> bool:
    """主题为“…”, 围绕“…”, “…”主题活动, 以“…”为主题: a theme or motto; 对“…”的, 六支“…”: words
    talked about or counted, not a programme named (unless a programme noun follows the quote)."""
    if q.THEME_AFTER_START.match(text, end):
        return True
    if noun_follows:
        return False
    clause_start = max(text.rfind(c, 0, start) for c in q.THEME_CLAUSE_ENDS) + 1
    before = text[max(clause_start, start - 8) : start]
    if q.THEME_BEFORE_END.search(before) or q.COUNTED_BEFORE.search(before):
        return True
    return any(before.endswith(opener) and text.startswith(closer, end) for opener, closer in q.FRAMES)


def is_slogan(name: str, is_strategy) -> bool:
    """A motto or call: phrases joined by 、/space (unless each is a strategy), a verb first, 第一 last."""
    if len([p for p in q.SLOGAN_SPLIT.split(q.BRACKETED.sub("", name)) if p]) >= 2:
        return _phrases(name, is_strategy)
    return bool(q.SLOGAN_OPENER.match(name) or q.SLOGAN_ENDING.search(name))


def _phrases(name: str, is_strategy) -> bool:
    """Two or more phrases joined by 、/,/space, not each a strategy (“质量立市、品牌立市” is one)."""
    parts = [p for p in q.SLOGAN_SPLIT.split(q.BRACKETED.sub("", name)) if p]
    return len(parts) >= 2 and not all(is_strategy(p) for p in parts)


def not_a_name(text: str, start: int, end: int, name: str) -> bool:
    """Quoted words that are never a programme's name, whatever follows them."""
    if len(name) < 3 or name in q.NOT_PROGRAMS or FULL_STOP in name or q.PLAN_PERIOD.match(name):
        return True
    if is_alias(text, start) or text[max(0, start - 1) : start] == lex.ETC:
        return True  # 以下简称“…”; 等“国字号”活动 names a category, not one programme
    return bool(q.EVENT_AFTER.match(text, end) or q.VEHICLE_AFTER.match(text, end))


def quoted_is_programme(name: str, noun: str | None, certified: bool, is_strategy) -> bool:
    """A quoted name, given the programme noun after it (or None) and whether 认证 follows."""
    if q.HAS_COUNT.search(name) or q.LIST_SUMMARY_NAME.match(name):
        return False
    about_quality = bool(lex.DOMAIN.search(name))
    if q.BRAND_TITLE_END.search(name) and noun in (None, lex.TITLE):
        return False  # “内蒙古名牌产品”称号: a brand title, counted in `brands`
    if noun is not None:
        return about_quality or noun not in q.NOUNS_NEEDING_DOMAIN
    if lex.NOUN_END.search(name):  # “对标行动”: its qualifier (城市品质) is read by the caller
        return not (q.CALL_OPENER.match(name) or _phrases(name, is_strategy))
    if is_slogan(name, is_strategy) or q.DESCRIPTION.search(name):
        return False
    if q.EVENT_END.search(name) or q.VEHICLE_END.search(name):
        return False
    if q.METHOD_END.search(name) or q.NICKNAME_END.search(name):
        return False
    if q.nickname().match(name) and not certified:
        return False
    return about_quality or is_strategy(name)
