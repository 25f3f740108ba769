"""Who received an award: the organisations a list names (A、B和C), as far as each item ends like a name."""

from __future__ import annotations

from extract.rules import awards as rules


def split_orgs(text: str) -> list[str]:
    """The organisations a list ends with: 授予A、B和C → [A, B, C] (items must end like a name)."""
    items = [item.strip() for item in rules.LIST_SPLIT.split(rules.LIST_OPENING.sub("", text))]
    out: list[str] = []
    for item in reversed(items):
        if not item or not rules.ORG.search(item) or len(item) > 60:
            break
        out.append(item)
    if out:  # 我市海天酱油股份有限公司: the page's own place is not part of the name
        out[-1] = rules.OWN_PLACE.sub("", out[-1]) or out[-1]
    return out[::-1]


def named_after(text: str, end: int, count: int | None) -> list[str]:
    """The recipients listed right after a count, when there are exactly as many as counted.

    两家企业获此殊荣。这两家企业是:A、B / 3家企业获得…,分别是A、B和C.
    """
    m = rules.FOLLOWING_LIST.match(text, end)
    orgs = split_orgs(m["orgs"] or m["orgs2"]) if m else []
    return orgs if len(orgs) == count else []
