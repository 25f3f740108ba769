"""Where awards and designations are named: each name read back from its head to where it starts.

第六届青岛市市长质量奖 is found by its head (质量奖) and read back over the region (青岛市),
the year and the edition (第六届); a generic name after a verb or in a list (获得提名奖,
卓越奖、创新奖) is a mention of its own, dated like the award named before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.rules import awards as rules
from extract.rules.common import OPENING_QUOTES
from extract.text.names import prefix_start
from extract.text.numbers import parse_chinese

ASCII = re.compile(r"[A-Za-z0-9_]")
ASCII_RUN = re.compile(r"[A-Za-z0-9_\-]+")


@dataclass
class Mention:
    """An award or designation named in the text."""

    start: int  # where the name starts (edition and year included)
    end: int
    name: str  # normalised: no edition, no year, no (组织类)
    edition: int | None
    year: int | None
    designation: bool


def find_mentions(text: str) -> list[Mention]:
    """Every award/designation name, read back from its head to where the name starts."""
    mentions = [m for head in rules.HEAD.finditer(text) if (m := _named(text, head))]
    mentions = [m for i, m in enumerate(mentions) if not _describes_next(text, m, mentions[i + 1 : i + 2])]
    taken = [(m.start, m.end) for m in mentions]
    for m in rules.GENERIC_AFTER_VERB.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            base = next((x for x in reversed(mentions) if x.end <= m.start()), None)
            edition, year = (base.edition, base.year) if base else (None, None)
            mentions.append(Mention(m.start(), m.end(), m.group(), edition, year, False))
    return sorted(mentions, key=lambda m: m.start)


def _named(text: str, m: re.Match[str]) -> Mention | None:
    """The mention whose head is `m`: 2014年度“周口市市长质量奖” → 周口市市长质量奖, year 2014."""
    start = _name_start(text, m)
    raw = text[start : m.end()]
    dated = text[_lead_in(text, start) : m.end()]
    edition = rules.EDITION_RE.search(dated)
    year = rules.YEAR_RE.search(dated)
    head = m.group() + (rules.AWARD_WORD if m.group("trunc") else "")  # 政府质量(含提名奖) lost its 奖
    name = rules.NAME_NOISE.sub("", raw).strip() + head[len(m.group()) :]
    name = rules.PERSON_CATEGORY.sub(rules.PERSONS_TIER, name)  # 中国质量奖(个人类): the persons' tier
    if m.group("tier") == rules.MAIN_TIER:
        name = name.removesuffix(rules.MAIN_TIER)  # …主席质量奖正奖 is the award itself
    if ASCII.search(name):  # junk injected into the name: keep what follows it
        name = ASCII_RUN.split(name)[-1]
        role = rules.ROLE.search(name[: -len(head)] if name.endswith(head) else "")
        name = (role.group() if role else "") + head
    if len(name) < 2:
        return None
    return Mention(
        start,
        m.end(),
        name,
        _edition(edition.group()) if edition else None,
        int(year.group()[:4]) if year else None,
        bool(m.group("desig")),
    )


def _name_start(text: str, m: re.Match[str]) -> int:
    """Where the name whose head is `m` starts: at its first region, year or edition word."""
    prefix_at = prefix_start(text, m.start(), rules.NAME_STOP)
    prefix = text[prefix_at : m.start()]
    token = rules.name_start().search(prefix)
    if token:
        return prefix_at + token.start()
    if _quoted_whole(text, prefix_at, m.end()):
        return prefix_at  # 「公务员优质服务奖励计划」: the quotation marks bound the whole name
    if m.group("desig"):
        return prefix_at + (len(prefix) if len(prefix) > 6 else 0)
    role = rules.ROLE.search(prefix)
    return prefix_at + (role.start() if role else len(prefix))


def _describes_next(text: str, mention: Mention, following: list[Mention]) -> bool:
    """最高质量奖——中国质量奖: a description set before the name it describes is no mention of its own."""
    after = rules.APPOSITION.match(text, mention.end)
    return bool(
        after
        and following
        and following[0].start == after.end()
        and rules.DESCRIPTION.search(text, max(0, mention.start - 6), mention.end)
    )


def _edition(text: str | None) -> int | None:
    """第六届 → 6, 首届 → 1."""
    if not text:
        return None
    if text == rules.FIRST_EDITION:
        return 1
    inner = text[1:-1]
    return int(inner) if inner.isdigit() else parse_chinese(inner)


def _lead_in(text: str, start: int) -> int:
    """Where a year or edition just outside the name starts: 2014年度“周口市市长质量奖”, 2012年度获嘉兴市市长质量奖."""
    m = rules.LEAD_IN.search(text, max(0, start - 20), start)
    return m.start() if m else start


def _quoted_whole(text: str, start: int, end: int) -> bool:
    """The name runs from an opening quotation mark to a closing one."""
    return start > 0 and text[start - 1] in OPENING_QUOTES and text[end : end + 1] in rules.QUOTE_ENDS
