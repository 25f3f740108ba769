"""Every way an award's count is read from the sentence around its mention, in reading order.

`READERS` is tried in order on each mention; the first reader whose pattern is found on its
side and that accepts what it found reads the statement (a reading with no count reads as
"no count here" and stops the others). Each reader's example is in its function's docstring.

1. applicants      45家企业申报市长质量奖 … 最终6家企业获奖     (only a later clause counts winners)
2. count_before    16家企业获得第六届青岛市市长质量奖
3. orgs_before     A公司、B公司荣获首届大连市市长质量奖
4. of_count        对获得第五届绍兴市政府质量奖的A、B等6家企业进行了表彰
5. of_total        获得市长质量奖的企业达到12家
6. listed_as       …奖的企业分别是:A、B
7. count_after     辽宁省省长质量奖企业4家 / 本届市长质量奖共评出获奖企业6家
8. count_paren     一、徐州市市长质量奖(5家企业)
9. numbered_below  第八届重庆市市长质量管理奖获奖单位 \\n 1.A公司 \\n 2.B公司
10. named_subject  鑫缘丝绸获得中国质量奖提名奖
11. later_clause   第三届杭州市政府质量奖评审结果揭晓,5家企业获奖
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from extract.extractors.awards.reading import Reading, Statement, approx, kind_of
from extract.extractors.awards.recipients import named_after, split_orgs
from extract.rules import awards as rules
from extract.rules.common import CLAUSE_ENDS
from extract.text.names import clause_start, sentence_end
from extract.text.numbers import parse_number
from extract.text.scan import scanner
from extract.text.segment import organisation_name

Side = Literal["before", "left", "subject", "right", "heading", "later"]


@dataclass(frozen=True)
class Reader:
    """One way a count is read: where to look, what to look for, and how to read what is found."""

    name: str
    side: Side  # where the patterns are looked for: see SIDES
    patterns: tuple[re.Pattern[str], ...]
    read: Callable[[Statement, re.Match[str]], Reading | None]  # None: not this reader's statement

    def apply(self, st: Statement) -> Reading | None:
        """The reading of `st`, or None if the pattern is not found on its side or the reader declines."""
        m = SIDES[self.side](st, self.patterns)
        return self.read(st, m) if m else None


Patterns = tuple[re.Pattern[str], ...]


def _before(st: Statement, patterns: Patterns) -> re.Match[str] | None:
    """The last 8 characters of the sentence before the mention: 45家企业[申报]市长质量奖."""
    return patterns[0].search(st.text[max(st.begins, st.mention.start - 8) : st.mention.start])


def _left(st: Statement, patterns: Patterns) -> re.Match[str] | None:
    """The sentence before the mention, from the end of the mention before (a match ends at the mention)."""
    return scanner(patterns[0]).search(st.left)


def _subject(st: Statement, patterns: Patterns) -> re.Match[str] | None:
    """The last clause before the mention, whole: …,[鑫缘丝绸获得]中国质量奖提名奖."""
    return patterns[0].fullmatch(st.left, clause_start(st.left, len(st.left)))


def _right(st: Statement, patterns: Patterns) -> re.Match[str] | None:
    """The sentence after the mention, from its end: 辽宁省省长质量奖[企业4家]."""
    return patterns[0].match(st.right)


def _heading(st: Statement, patterns: Patterns) -> re.Match[str] | None:
    """The rest of the mention's line, when the mention opens it: 第八届…奖[获奖单位] (lines below read after)."""
    text, mention = st.text, st.mention
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    tail = text[mention.end : len(text) if line_end < 0 else line_end]
    return None if text[line_start : mention.start].strip() else patterns[0].fullmatch(tail)


def _later(st: Statement, patterns: Patterns) -> re.Match[str] | None:
    """The rest of the sentence up to the next mention, the earliest match of any pattern: …揭晓[,5家企业获奖]."""
    end = min(sentence_end(st.text, st.mention.end), st.next_start)
    found = [m for p in patterns if (m := p.search(st.text, st.mention.end, end))]
    return min(found, key=lambda m: m.start()) if found else None


# Where a reader looks, relative to the mention (match positions are relative to that side,
# except `later`'s, which are positions in the text).
SIDES: dict[Side, Callable[[Statement, Patterns], re.Match[str] | None]] = {
    "before": _before,
    "left": _left,
    "subject": _subject,
    "right": _right,
    "heading": _heading,
    "later": _later,
}


def applicants(st: Statement, m: re.Match[str]) -> Reading | None:
    """45家企业申报市长质量奖: applicants, not winners; only a later clause (最终6家企业获奖) counts winners."""
    return LATER_CLAUSE.apply(st) or st.reading(st.mention.start, st.mention.end, None, st.kind)


def count_before(st: Statement, m: re.Match[str]) -> Reading | None:
    """16家企业获得第六届青岛市市长质量奖 / 许继电源有限公司等2家企业“…许昌市市长质量奖”: a count before the name.

    The recipients are the list before the count (A、B等2家), or the list right after the name
    (共有3家企业获得…,分别是A、B和C). A designation counted without a conferring event is held:
    拥有质量标杆企业3家.
    """
    kind = st.kind
    if st.mention.designation and not rules.CONFERRING_EVENT.search(st.clause):
        kind = "target" if kind == "target" else "holders"
    listed = st.left[: m.start()]
    count = parse_number(m["n"])
    orgs = split_orgs(listed.removesuffix(rules.LIST_CLOSER)) if listed.endswith(rules.LIST_CLOSER) else []
    orgs = orgs or split_orgs(listed) or named_after(st.text, st.mention.end, count)
    return st.reading(st.left_start + m.start(), st.mention.end, count, kind, approximate=approx(m), recipients=orgs)


def orgs_before(st: Statement, m: re.Match[str]) -> Reading | None:
    """华锐重工集团股份有限公司、三洋冷链有限公司荣获首届大连市市长质量奖: the recipients named before the name.

    Read when the list states a count (A等2家企业), names several, or has a conferring verb
    (授予A公司…); a lone name without one is no recipient (…有限公司承办的市长质量奖).
    """
    if st.mention.designation:
        return None
    orgs = split_orgs(m["orgs"])
    stated = parse_number(m["n"]) if m["n"] else None
    verb = rules.CONFERRING_VERB.search(st.left[m.start() :] + st.text[max(0, st.left_start - 4) : st.left_start])
    if not orgs or not (stated or len(orgs) > 1 or verb):
        return None
    start = st.left_start + m.start("orgs") + m["orgs"].find(orgs[0])
    return st.reading(
        start, st.mention.end, stated or len(orgs), st.kind, approximate=bool(stated and approx(m)), recipients=orgs
    )


def stated_after(st: Statement, m: re.Match[str]) -> Reading | None:
    """对获得…奖的A、B等6家企业进行了表彰 / 一、徐州市市长质量奖(5家企业): a count right after the name."""
    return st.reading(st.mention.start, st.mention.end + m.end(), parse_number(m["n"]), st.kind, approximate=approx(m))


def total_after(st: Statement, m: re.Match[str]) -> Reading | None:
    """辽宁省省长质量奖企业4家 / 获得市长质量奖的企业达到12家: a count after the name, an inventory unless dated.

    第五届福州市政府质量奖5家获奖企业 counts one edition's recipients; …奖企业4家 with no
    edition or year counts the holders.
    """
    kind = st.kind if st.kind != "recipients" or st.one_edition else "holders"
    return st.reading(st.mention.start, st.mention.end + m.end(), parse_number(m["n"]), kind, approximate=approx(m))


def listed_after(st: Statement, m: re.Match[str]) -> Reading | None:
    """…奖的企业分别是:A公司、B公司: the recipients listed after the name, counted."""
    orgs = split_orgs(m["orgs"]) or [o for o in rules.LIST_SPLIT.split(m["orgs"]) if o.strip()]
    return st.reading(st.mention.start, st.mention.end + m.end(), len(orgs), st.kind, recipients=orgs)


def numbered_below(st: Statement, m: re.Match[str]) -> Reading | None:
    """第八届重庆市市长质量管理奖获奖单位 / 1.重庆青山工业有限责任公司 / 2.…: the numbered lines below a heading."""
    items: list[str] = []
    end = line_end = st.mention.end + m.end()
    for line in st.text[line_end + 1 :].split("\n"):
        number = rules.NUMBERED.match(line)
        if not number:
            break
        items.append(line[number.end() :])
        end += len(line) + 1
    if not items:
        return None
    return st.reading(st.mention.start, min(end, len(st.text)), len(items), "recipients", recipients=items)


def named_subject(st: Statement, m: re.Match[str]) -> Reading | None:
    """鑫缘丝绸获得中国质量奖提名奖: one recipient named without a company ending (checked with jieba)."""
    if not organisation_name(m["subject"]):
        return None
    start = st.left_start + m.start("subject")
    return st.reading(start, st.mention.end, 1, st.kind, recipients=[m["subject"]])


def later_clause(st: Statement, m: re.Match[str]) -> Reading | None:
    """第三届杭州市政府质量奖评审结果揭晓,5家企业获奖: this event's winners counted in a later clause.

    Not a rule or a plan (每次不超过5家企业获奖, 将评选出5家), nor a count whose clause goes on
    to name another title (…,12家企业获得中国名牌产品称号).
    """
    text = st.text
    if rules.LATER_NOT.search(text, m.start(), m.start("n")):
        return None
    clause_end = min((i for i in (text.find(ch, m.end()) for ch in CLAUSE_ENDS) if i >= 0), default=len(text))
    if clause_end > st.next_start or rules.OTHER_TITLE.search(text, m.end(), clause_end):
        return None  # the clause goes on to name another award or title: the count is that one's
    dated = st.mention.edition is not None or st.mention.year is not None
    # only the count's own clause: 共有45家企业申报 earlier in the sentence is no running total
    kind = kind_of(text[clause_start(text, m.end(), m.start() + 1) : m.end()], dated)
    return st.reading(st.mention.start, m.end(), parse_number(m["n"]), kind, approximate=approx(m))


LATER_CLAUSE = Reader("later_clause", "later", (rules.LATER_COUNT, rules.LATER_SELECT), later_clause)
READERS: tuple[Reader, ...] = (
    Reader("applicants", "before", (rules.CANDIDATE,), applicants),
    Reader("count_before", "left", (rules.COUNT_BEFORE,), count_before),
    Reader("orgs_before", "left", (rules.ORGS_BEFORE,), orgs_before),
    Reader("of_count", "right", (rules.OF_COUNT,), stated_after),
    Reader("of_total", "right", (rules.OF_TOTAL,), total_after),
    Reader("listed_as", "right", (rules.LISTED_AS,), listed_after),
    Reader("count_after", "right", (rules.COUNT_AFTER,), total_after),
    Reader("count_paren", "right", (rules.COUNT_PAREN,), stated_after),
    Reader("numbered_below", "heading", (rules.LIST_HEADING_TAIL,), numbered_below),
    Reader("named_subject", "subject", (rules.SUBJECT_VERB,), named_subject),
    LATER_CLAUSE,
)


def read(st: Statement) -> Reading | None:
    """The count of one mention: the first reader that reads its statement (None: no count)."""
    for reader in READERS:
        reading = reader.apply(st)
        if reading is not None:
            return reading if reading.count else None
    return None
