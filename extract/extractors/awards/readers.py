"""Every way an award's count is read from the sentence around its mention, in reading order.

`READERS` is tried in order on each mention; the first reader whose pattern is found on its
side (`sides`) and that accepts what it found reads the statement (a reading with no count
reads as "no count here" and stops the others). Each reader's example is in its function's
docstring; a reading may carry the readings of other tiers counted in the same words (the
persons' tier of 7个单位、1名个人荣获…).

1. applicants     45家企业申报市长质量奖 … 最终6家企业获奖     (only a later clause counts winners)
2. two_awards     36家组织获自治区人民政府质量奖和提名奖     (a sum over an award and its tier: no count)
3. second_of_two  …质量奖及[提名奖]19个                       (the same, read on the tier)
4. count_before   16家企业获得第六届青岛市市长质量奖 / 10家组织和10名个人…奖 (two tiers)
5. orgs_before    A公司、B公司荣获首届大连市市长质量奖
6. persons_before A公司副总裁曾发发、B公司质量总工赵正云获…市长质量奖个人奖
7. of_count       对获得第五届绍兴市政府质量奖的A、B等6家企业进行了表彰
8. of_total       获得市长质量奖的企业达到12家
9. listed_as      …奖的企业分别是:A、B / …奖获奖单位为A公司、B公司
10. count_after   辽宁省省长质量奖企业4家 / 本届市长质量奖共评出获奖企业6家
11. count_paren   一、徐州市市长质量奖(5家企业)
12. names_below   第八届重庆市市长质量管理奖获奖单位 \\n 1.A公司 \\n 2.B公司   (or one name a line)
13. named_subject 鑫缘丝绸获得中国质量奖提名奖 / 西凤酒、吉利汽车荣获第十届陕西质量奖
14. later_clause  第三届杭州市政府质量奖评审结果揭晓,5家企业获奖
15. listed_later  第三届常州市市长质量奖揭晓,获奖企业是:A有限公司、B集团
"""

from __future__ import annotations

import re

from extract.extractors.awards.names import persons_tier
from extract.extractors.awards.reading import Reading, Statement, approx, kind_of
from extract.extractors.awards.recipients import named_after, split_orgs, split_short_names
from extract.extractors.awards.sides import Reader
from extract.rules import award_counts as counts
from extract.rules import awards as rules
from extract.rules.common import CLAUSE_ENDS
from extract.text.names import clause_start
from extract.text.numbers import parse_number


def applicants(st: Statement, m: re.Match[str]) -> Reading | None:
    """45家企业申报市长质量奖: applicants, not winners; only a later clause (最终6家企业获奖) counts winners."""
    return LATER_CLAUSE.apply(st) or st.reading(st.mention.start, st.mention.end, None, st.kind)


def two_awards(st: Statement, m: re.Match[str]) -> Reading | None:
    """36家组织获自治区人民政府质量奖和提名奖: one count for an award and its tier is a sum, no count of either.

    Read on both names: the award before 和 (side right) and the tier after it (side left).
    """
    return st.reading(st.mention.start, st.mention.end, None, st.kind)


def count_before(st: Statement, m: re.Match[str]) -> Reading | None:
    """16家企业获得第六届青岛市市长质量奖 / 许继电源有限公司等2家企业“…许昌市市长质量奖”: a count before the name.

    The recipients are the list before the count (A、B等2家), or the list right after the name
    (共有3家企业获得…,分别是A、B和C). A designation counted without a conferring event is held:
    拥有质量标杆企业3家. Persons counted beside the organisations (10家组织和10名个人) are the
    award's persons' tier; the others a subject won with count it too (本公司与其他三家企业共同获得: 4).
    """
    kind = st.kind
    if st.mention.designation and not rules.CONFERRING_EVENT.search(st.clause):
        kind = "target" if kind == "target" else "holders"
    listed = st.left[: m.start()]
    count = parse_number(m["n"])
    if count and counts.WITH_OTHERS.search(listed):
        count += 1
    orgs = split_orgs(listed.removesuffix(rules.LIST_CLOSER)) if listed.endswith(rules.LIST_CLOSER) else []
    orgs = orgs or split_orgs(listed) or named_after(st.text, st.mention.end, count)
    start = st.left_start + m.start()
    return st.reading(
        start, st.mention.end, count, kind, approximate=approx(m), recipients=orgs, also=persons(st, m, start, kind)
    )


def persons(st: Statement, m: re.Match[str], start: int, kind: str) -> tuple[Reading, ...]:
    """The persons' tier counted beside the organisations: …和张忠正等2名同志 → …奖个人奖 2."""
    if not m["persons"] or st.mention.designation:
        return ()
    count = parse_number(m["persons"])
    return (Reading(persons_tier(st.award), st.mention, start, st.mention.end, count, kind),)


def orgs_before(st: Statement, m: re.Match[str]) -> Reading | None:
    """华锐重工集团股份有限公司、三洋冷链有限公司荣获首届大连市市长质量奖: the recipients named before the name.

    Read when the list states a count (A等2家企业), names several, or has a conferring verb
    (授予A公司…); a lone name without one is no recipient (…有限公司承办的市长质量奖). A list
    before 为 is read only in a conferring event (评选A公司、B公司为区长质量管理奖).
    """
    if st.mention.designation or (m["as_"] and not rules.CONFERRING_EVENT.search(st.clause)):
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


def persons_before(st: Statement, m: re.Match[str]) -> Reading | None:
    """江铃汽车股份有限公司副总裁曾发发、江西李渡酒业有限公司质量总工赵正云获…个人奖: persons named by their title."""
    if not st.award.endswith(rules.PERSONS_TIER):
        return None
    names = [p["name"] for item in counts.LIST_SPLIT.split(m["persons"]) if (p := counts.PERSON_NAME.search(item))]
    if not names:
        return None
    return st.reading(st.left_start + m.start("persons"), st.mention.end, len(names), st.kind, recipients=names)


def stated_after(st: Statement, m: re.Match[str]) -> Reading | None:
    """对获得…奖的A、B等6家企业进行了表彰 / 一、徐州市市长质量奖(5家企业): a count right after the name."""
    return st.reading(st.mention.start, st.right_start + m.end(), parse_number(m["n"]), st.kind, approximate=approx(m))


def total_after(st: Statement, m: re.Match[str]) -> Reading | None:
    """辽宁省省长质量奖企业4家 / 获得市长质量奖的企业达到12家: a count after the name, an inventory unless dated.

    第五届福州市政府质量奖5家获奖企业 counts one edition's recipients, and so does a count
    after a selecting verb (评选出主席质量奖4个); …奖企业4家 with no edition or year counts the holders.
    """
    this_event = st.one_edition or rules.SELECTED.search(st.left)
    kind = st.kind if st.kind != "recipients" or this_event else "holders"
    return st.reading(st.mention.start, st.right_start + m.end(), parse_number(m["n"]), kind, approximate=approx(m))


def listed_after(st: Statement, m: re.Match[str]) -> Reading | None:
    """…奖的企业分别是:A公司、B公司 / …奖获奖单位为A公司、B公司: the recipients listed after the name, counted.

    After a colon every item counts; without one, only items that end like an organisation's name.
    """
    orgs = split_orgs(m["orgs"])
    if not orgs and m["colon"]:
        orgs = [o for o in counts.LIST_SPLIT.split(m["orgs"]) if o.strip()]
    if not orgs:
        return None
    return st.reading(st.mention.start, st.right_start + m.end(), len(orgs), st.kind, recipients=orgs)


def names_below(st: Statement, m: re.Match[str]) -> Reading | None:
    """第八届重庆市市长质量管理奖获奖单位 / 1.重庆青山工业有限责任公司 / 2.…: the lines below a heading.

    Numbered lines (1.…, (2)…), or lines that are each one recipient's name (新誉集团有限公司,
    丁山华(江苏上上电缆集团有限公司董事长)).
    """
    items: list[str] = []
    end = line_end = st.mention.end + m.end()
    for line in st.text[line_end + 1 :].split("\n"):
        number = counts.NUMBERED.match(line)
        if number:
            items.append(line[number.end() :])
        elif counts.NAME_LINE.match(line):
            items.append(line.strip())
        else:
            break
        end += len(line) + 1
    if not items:
        return None
    return st.reading(st.mention.start, min(end, len(st.text)), len(items), "recipients", recipients=items)


def named_subject(st: Statement, m: re.Match[str]) -> Reading | None:
    """鑫缘丝绸获得中国质量奖提名奖 / 西凤酒、吉利汽车荣获…: recipients named without a company ending.

    Each item ends like an organisation's (short) name (瑞星机电, 吉利汽车) or is one by jieba.
    """
    names = split_short_names(m["subject"])
    if not names:
        return None
    start = st.left_start + m.start("subject") + m["subject"].find(names[0])
    return st.reading(start, st.mention.end, len(names), st.kind, recipients=names)


def later_clause(st: Statement, m: re.Match[str]) -> Reading | None:
    """第三届杭州市政府质量奖评审结果揭晓,5家企业获奖: this event's winners counted in a later clause.

    Not a rule or a plan (每次不超过5家企业获奖, 将评选出5家), nor a count whose clause goes on
    to name another title (…,12家企业获得中国名牌产品称号), nor the sum over two awards
    (“…奖”、“…奖提名奖”两项大奖,共计16家单位获奖).
    """
    text = st.text
    if rules.LATER_NOT.search(text, m.start(), m.start("n")) or rules.SUMMED.search(text, st.mention.end, m.start()):
        return None
    clause_end = min((i for i in (text.find(ch, m.end()) for ch in CLAUSE_ENDS) if i >= 0), default=len(text))
    if clause_end > st.next_start or rules.OTHER_TITLE.search(text, m.end(), clause_end):
        return None  # the clause goes on to name another award or title: the count is that one's
    dated = st.mention.edition is not None or st.mention.year is not None
    # only the count's own clause: 共有45家企业申报 earlier in the sentence is no running total
    kind = kind_of(text[clause_start(text, m.end(), m.start() + 1) : m.end()], dated)
    groups = m.groupdict()
    also = persons(st, m, st.mention.start, kind) if groups.get("persons") else ()
    return st.reading(st.mention.start, m.end(), parse_number(m["n"]), kind, approximate=approx(m), also=also)


def listed_later(st: Statement, m: re.Match[str]) -> Reading | None:
    """第三届常州市市长质量奖揭晓,获奖企业是:A有限公司、B集团: the winners listed in a later clause, counted."""
    orgs = split_orgs(m["orgs"])
    if not orgs:
        return None
    return st.reading(st.mention.start, m.end(), len(orgs), st.kind, recipients=orgs)


LATER_CLAUSE = Reader("later_clause", "later", (counts.LATER_COUNT, counts.LATER_SELECT), later_clause)
READERS: tuple[Reader, ...] = (
    Reader("applicants", "before", (rules.CANDIDATE,), applicants),
    Reader("two_awards", "right", (counts.AND_TIER,), two_awards),
    Reader("second_of_two", "between", (counts.AFTER_AND,), two_awards),
    Reader("count_before", "left", (counts.COUNT_BEFORE,), count_before),
    Reader("orgs_before", "left", (counts.ORGS_BEFORE,), orgs_before),
    Reader("persons_before", "subject", (counts.PERSONS_BEFORE,), persons_before),
    Reader("of_count", "right", (counts.OF_COUNT,), stated_after),
    Reader("of_total", "right", (counts.OF_TOTAL,), total_after),
    Reader("listed_as", "right", (counts.LISTED_AS,), listed_after),
    Reader("count_after", "right", (counts.COUNT_AFTER,), total_after),
    Reader("count_paren", "right", (counts.COUNT_PAREN,), stated_after),
    Reader("names_below", "heading", (counts.LIST_HEADING_TAIL,), names_below),
    Reader("named_subject", "subject", (counts.SUBJECT_VERB,), named_subject),
    LATER_CLAUSE,
    Reader("listed_later", "later", (counts.LATER_LISTED,), listed_later),
)


def read(st: Statement) -> list[Reading]:
    """The counts of one mention: the first reader that reads its statement, with the other tiers it read."""
    for reader in READERS:
        reading = reader.apply(st)
        if reading is not None:
            return [r for r in (reading, *reading.also) if r.count]
    return []
