"""Who received an award: the organisations a list names (A、B和C), as far as each item ends like a name."""

from __future__ import annotations

from extract.rules import award_counts as counts
from extract.text.segment import organisation_name


def split_orgs(text: str) -> list[str]:
    """The organisations a list ends with: 授予A、B和C → [A, B, C] (items must end like a name).

    An item that is only a word ending like a name (现场, 集团公司) ends the list; what a name
    leaves out ((以下简称“…”), …旗下) is cut.
    """
    items = [counts.ORG_NOISE.sub("", item).strip() for item in counts.LIST_SPLIT.split(text)]
    out: list[str] = []
    for item in reversed(items):
        if not item or not counts.ORG.search(item) or len(item) > 60 or counts.NOT_ORG.search(item):
            break
        out.append(item)
    if out:  # 授予A…, 我市海天酱油股份有限公司: the words opening the list, and the page's own place, are no name
        first = counts.LIST_OPENING.sub("", out[-1]) or out[-1]
        out[-1] = counts.OWN_PLACE.sub("", first) or first
    return out[::-1]


def split_short_names(text: str) -> list[str]:
    """西凤酒、吉利汽车 / 鑫缘丝绸: a subject listing organisations by short names, else [].

    Every item must end like an organisation's (short) name (吉利汽车, 瑞星机电) or be one by
    jieba (a proper noun in a short noun phrase: 鑫缘丝绸).
    """
    items = [item.strip() for item in counts.LIST_SPLIT.split(text)]
    for item in items:
        if counts.NOT_ORG.search(item) or not (
            (len(item) > 2 and counts.SHORT_ORG.search(item)) or organisation_name(item)
        ):
            return []
    return items


def named_after(text: str, end: int, count: int | None) -> list[str]:
    """The recipients listed right after a count, when there are exactly as many as counted.

    两家企业获此殊荣。这两家企业是:A、B / 3家企业获得…,分别是A、B和C.
    """
    m = counts.FOLLOWING_LIST.match(text, end)
    orgs = split_orgs(m["orgs"] or m["orgs2"]) if m else []
    return orgs if len(orgs) == count else []
