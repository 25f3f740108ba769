"""The full name, level, city and edition of each mention.

Bare names (市长质量奖, 提名奖) take the full name the page uses, or the page's own city or
province; a mention with no edition or year takes those of the same award named just
before it in its paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from extract.extractors.awards.mentions import Mention
from extract.extractors.base import Context
from extract.rules import awards as rules
from extract.rules import places as gaz
from extract.text.names import sentence_start
from extract.text.regions import level_of_name

# A mention (and the mentions before it) → its award's full name.
Names = Callable[[Mention, list[Mention]], str]


def normaliser(ctx: Context, mentions: list[Mention]) -> Names:
    """A function giving each mention its full award name."""
    full = [unmerge_role(m.name) for m in mentions if level_of_name(m.name) is not None]
    city = ctx.primary_city
    province = None
    if city:
        place = gaz.by_name().get(city)
        province = gaz.places()[place.province].name if place else None
    own = {"city": city, "province": province}

    def name(mention: Mention, earlier: list[Mention]) -> str:
        text = unmerge_role(mention.name)
        if rules.GENERIC.fullmatch(text):
            return _generic(text, earlier, name)
        return full_name(text)

    def full_name(text: str) -> str:
        if level_of_name(text) is not None and not text.startswith(tuple(rules.OWN_LEVELS)):
            return text
        same = [f for f in full if f.endswith(text) and f != text]
        if same:
            return most_frequent(same)
        tier = rules.TIER_END.search(text)
        if tier and tier.start() > 0:  # 主席质量奖提名奖: the full name of 主席质量奖, and the tier
            return full_name(text[: tier.start()]) + tier.group()
        for word, which in rules.OWN_LEVELS.items():
            place = own[which]
            if not text.startswith(word) or not place or (len(word) > 1 and not place.endswith(word)):
                continue
            # 市长质量奖 → 大连市市长质量奖; 市政府质量奖 → 大连市政府质量奖;
            # 自治区主席质量奖 → 广西壮族自治区主席质量奖
            return place + (text[len(word) :] if text[len(word) :].startswith(rules.OWN_ROLES) else text)
        return text

    return name


def most_frequent(names: list[str]) -> str:
    """The name given most often; on a tie, the first of them in text order (never set order)."""
    return max(dict.fromkeys(names), key=names.count)


def _generic(text: str, earlier: list[Mention], name: Names) -> str:
    """提名奖 / 组织奖: a tier of the award named last before it; a list of tiers (卓越奖、创新奖) is the award."""
    at = next((i for i in range(len(earlier) - 1, -1, -1) if not rules.GENERIC.fullmatch(earlier[i].name)), None)
    if at is None:
        return text
    base = without_tier(name(earlier[at], earlier[:at]))
    if text not in rules.TIERS or text == rules.MAIN_TIER or base.endswith(text):
        return base
    return base + text


def without_tier(award: str) -> str:
    """…质量奖提名奖 → …质量奖 (the award a tier belongs to)."""
    tier = rules.TIER_END.search(award)
    return award[: tier.start()] if tier and tier.start() > 0 else award


def persons_tier(award: str) -> str:
    """The tier of an award given to individuals: 湖南省省长质量奖 → 湖南省省长质量奖个人奖."""
    return award if award.endswith(rules.PERSONS_TIER) else award + rules.PERSONS_TIER


def level(ctx: Context, award: str, mention: Mention) -> str | None:
    """The level the name implies; a county-level city's award is county; a local designation is the page city's."""
    found = level_of_name(award)
    if found is None and (m := rules.COUNTY_CITY.match(award)):
        place = gaz.by_name().get(m.group()) or gaz.places().get(gaz.aliases().get(m.group(), ""))
        found = "county" if place and place.level == "county" else None
    if found is None and mention.designation and ctx.primary_city:
        found = "municipal"  # 创建质量标杆企业20家: a designation the page's city confers
    return found


def city(ctx: Context, award: str) -> str | None:
    """The city a municipal award's name opens with (南通市市长质量奖 on a 上海 page), else the page's city."""
    m = rules.region_start().match(award)
    place = m and (gaz.by_name().get(m.group()) or gaz.by_name().get(m.group() + rules.CITY_SUFFIX))
    return place.name if place and place.level == "prefecture" else ctx.primary_city


def unmerge_role(name: str) -> str:
    """河南省长质量奖 → 河南省省长质量奖, 大连市长质量奖 → 大连市市长质量奖 (湖北省长江质量奖 stays)."""
    m = rules.MERGED_ROLE.match(name)
    if m and m["place"] + m["role"] in gaz.by_name():
        return m["place"] + m["role"] + m["role"] + m["rest"]
    return name


def dated_by_sentence(text: str, mention: Mention) -> Mention:
    """A mention with no edition or year takes the year its sentence opens with: 2012年度,3家企业获得…."""
    if mention.edition is not None or mention.year is not None or mention.designation:
        return mention
    m = rules.OPENING_YEAR.match(text, sentence_start(text, mention.start))
    return replace(mention, year=int(m["year"])) if m and m.end() <= mention.start else mention


def carry_editions(text: str, mentions: list[Mention], awards: list[str]) -> list[Mention]:
    """A mention with no edition or year takes those of the same award named just before in its paragraph.

    大会表彰了第四届中国质量奖获奖企业。A公司获评“中国质量奖”, B公司获得中国质量奖提名奖: all of the 4th edition.
    """
    out: list[Mention] = []
    for i, mention in enumerate(mentions):
        if mention.edition is None and mention.year is None and not mention.designation:
            mention = dated_by_sentence(text, _carried(text, mention, without_tier(awards[i]), out, awards))
        out.append(mention)
    return out


def _carried(text: str, mention: Mention, award: str, earlier: list[Mention], awards: list[str]) -> Mention:
    """`mention` dated like the last earlier mention of `award`, unless a line break or another time comes between."""
    for j in range(len(earlier) - 1, -1, -1):
        between = text[earlier[j].end : mention.start]
        if "\n" in between or rules.OTHER_TIME.search(between):
            break
        if without_tier(awards[j]) == award:
            if earlier[j].edition is not None or earlier[j].year is not None:
                return replace(mention, edition=earlier[j].edition, year=earlier[j].year)
            break
    return mention
