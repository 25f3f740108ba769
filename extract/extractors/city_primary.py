"""The primary city: the city a page is about, by salience, or none on a page about more than a city.

Salience: a mention in the title, in the lead, before the city's own government (大连市委), and each
mention by what it is: running text weighs 1, an item of a list or an organisation's name (哈尔滨电机厂
有限责任公司) half, a venue (在郑州举行, 中国质量(南京)大会) or the city named before one of its
county-level cities (黔东南州凯里市) a quarter, the page's source (济南日报, 南昌讯) nothing.
"""

from __future__ import annotations

from extract.extractors.base import Context
from extract.extractors.city_mentions import Mention
from extract.rules import cities as rules
from extract.rules import places as gaz
from extract.rules.common import LIST_COMMA

# Salience weights for the primary city.
IN_TITLE, IN_LEAD, GOVERNED = 5, 2, 3
LISTED, ORGANISATION, VENUE, QUALIFIER, SOURCE = 0.5, 0.5, 0.25, 0.25, 0.0
# On a page whose title names a province or the nation and no city, a city is primary only if its
# government acts on the page or it has at least this much salience.
DOMINANT = 4.0
# How far before a name the 在 of a venue may be (在河南省郑州市…启动).
VENUE_REACH = 4


def primary_city(ctx: Context, spans: dict[str, list[Mention]]) -> str | None:
    """The city (prefecture-level or municipality) the page is about, or None.

    None when a county-level city stands out more than any city (a page about 如皋市 is not about
    南通市), and on a page whose title names a province or the nation but no city, unless a city
    stands out (its government acts, or it dominates the text).
    """
    text, title = ctx.text, ctx.title or ""
    title_end = len(title) if title and text.startswith(title) else 0
    lead_end = text.find("\n", title_end + 1)
    lead = (title_end, len(text) if lead_end < 0 else lead_end)
    starts = {m.start: m for where in spans.values() for m in where}
    scores = {adcode: _salience(text, title_end, title, lead, where, starts) for adcode, where in spans.items()}
    if not scores:
        return None
    adcode, (score, in_title, governed) = min(scores.items(), key=lambda i: (-i[1][0], -len(spans[i[0]]), i[0]))
    if score <= 0 and not rules.CITY_SELF.search(text):
        return None  # only the source names a city: it is the page's city if the page speaks as one (我市)
    if not gaz.places()[adcode].is_city:
        return None
    if not (in_title or governed or score >= DOMINANT) and _wide(text, title, title_end, spans):
        return None
    return adcode


def _salience(
    text: str, title_end: int, title: str, lead: tuple[int, int], where: list[Mention], starts: dict[int, Mention]
) -> tuple[float, bool, bool]:
    """(score, named in the title, its government on the page) of one city's mentions."""
    weights = [(m, QUALIFIER if _qualifies(m, starts) else _weight(text, m)) for m in where]
    if title_end:
        in_title = any(m.start < title_end and w >= ORGANISATION for m, w in weights)
    else:
        in_title = any(text[m.start : m.end] in title for m in where) if title else False
    in_lead = any(lead[0] <= m.start < lead[1] and w > LISTED for m, w in weights)
    governed = any(m.governed for m in where)
    score = sum(w for _, w in weights) + IN_TITLE * in_title + IN_LEAD * in_lead + GOVERNED * governed
    return score, in_title, governed


def _weight(text: str, m: Mention) -> float:
    """What one mention weighs: running text 1, a list item or organisation ½, a venue ¼, a source 0."""
    if rules.DATELINE.match(text, m.end):
        return SOURCE
    if _venue(text, m):
        return VENUE
    if text[m.start - 1 : m.start] == LIST_COMMA or text[m.end : m.end + 1] == LIST_COMMA:
        return LISTED
    if rules.ORGANISATION_AFTER.match(text, m.end):
        return ORGANISATION
    return 1.0


def _qualifies(m: Mention, starts: dict[int, Mention]) -> bool:
    """A city named right before one of its own county-level cities (黔东南州凯里市, 大连市瓦房店市)."""
    after = starts.get(m.end)
    return after is not None and after.place.parent == m.place.adcode


def _venue(text: str, m: Mention) -> bool:
    """在郑州举行, 在河南省郑州市全面启动, 中国质量(南京)大会."""
    opening, closing = rules.VENUE_BRACKETS
    if m.start > 0 and text[m.start - 1] == opening and text[m.end : m.end + 1] == closing:
        return True
    before = text[max(0, m.start - VENUE_REACH) : m.start]
    return rules.VENUE_BEFORE in before and bool(rules.VENUE_AFTER.match(text, m.end))


def _wide(text: str, title: str, title_end: int, spans: dict[str, list[Mention]]) -> bool:
    """A title naming a province or the nation and no city, on a page that never speaks as a city (我市).

    A page without a title is read by its first sentence (本报杭州9月6日讯 我省“品牌大省”建设又结硕果).
    """
    if rules.CITY_SELF.search(text):
        return False
    mentions = [m for where in spans.values() for m in where]
    if title and title_end:
        head = (0, title_end)
    elif title:
        if any(text[m.start : m.end] in title for m in mentions):
            return False
        return bool(rules.WIDE.search(title)) or _names_a_province(title)
    else:
        head = (0, _first_sentence_end(text))
        title = text[: head[1]]
    if any(head[0] <= m.start < head[1] and _weight(text, m) > VENUE for m in mentions):
        return False
    return bool(rules.WIDE.search(title)) or _names_a_province(title)


def _first_sentence_end(text: str) -> int:
    """Where the first sentence (or line) of the text ends."""
    ends = [i for i in (text.find(mark) for mark in rules.SENTENCE_MARKS) if i >= 0]
    return min(ends, default=len(text))


def _names_a_province(title: str) -> bool:
    """Whether the title holds a province's name (湖南, 海南省)."""
    return any(name in title for name in gaz.province_names())
