"""Counts read from the whole text rather than around one mention, in the order they are declared.

1. anaphora        自2009年开始,南通市市长质量奖每年评审一次,迄今共有19家企业获得这一奖项。
2. named_anaphora  在首届省长质量奖评选中,我市云台山旅游发展有限公司榜上有名。
3. quoted          全省已有100个“江苏精品”企业 / 20家获得“苏州制造”品牌认证
4. year_list       历届获奖名单 \\n 2012年:A公司、B公司

The first three are scanned only in windows around their cue words (`extract.text.gate`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from extract.extractors.awards.mentions import Mention
from extract.extractors.awards.names import Names, most_frequent, persons_tier
from extract.extractors.awards.reading import Reading, approx, kind_of
from extract.extractors.awards.recipients import named_after, split_orgs
from extract.extractors.base import Context
from extract.rules import award_counts as counts
from extract.rules import awards as rules
from extract.text.gate import Gate
from extract.text.names import sentence_start
from extract.text.numbers import parse_number


@dataclass
class Page:
    """One page's mentions and full names, and what each whole-text reader read on it (read once)."""

    ctx: Context
    mentions: list[Mention]
    names: Names
    done: dict[str, list[Reading]] = field(default_factory=dict)

    def read(self, reader: TextReader) -> list[Reading]:
        """What `reader` reads on this page (only readings with a count)."""
        if reader.name not in self.done:
            found = (r for m in reader.find(self.ctx.text) for r in reader.read(self, m))
            self.done[reader.name] = [r for r in found if r.count]
        return self.done[reader.name]

    def before(self, pos: int) -> list[Mention]:
        """The mentions that end before `pos`."""
        return [x for x in self.mentions if x.end <= pos]


@dataclass(frozen=True)
class TextReader:
    """A pattern found anywhere in the text, and how each match is read."""

    name: str
    find: Callable[[str], Iterable[re.Match[str]]]
    read: Callable[[Page, re.Match[str]], list[Reading]]


def anaphora(page: Page, m: re.Match[str]) -> list[Reading]:
    """迄今共有19家企业获得这一奖项 / 33家苏州企业名列其中: a count of the award or quoted designation named last."""
    text = page.ctx.text
    before = page.before(m.start())
    last_quoted = next((q for q in reversed(page.read(QUOTED)) if q.end <= m.start()), None)
    if last_quoted and (not before or last_quoted.end > before[-1].end):
        award, mention = last_quoted.award, last_quoted.mention
    elif before:
        award, mention = page.names(before[-1], before[:-1]), before[-1]
    else:
        return []
    kind = kind_of(text[sentence_start(text, m.start()) : m.start()])
    count = parse_number(m["n"]) or 0
    orgs = named_after(text, m.end(), count)
    out = [Reading(award, mention, m.start(), m.end(), count, kind, approx(m), orgs)]
    if m["persons"]:  # 7家企业2名个人获此殊荣: the persons' tier too
        out.append(Reading(persons_tier(award), mention, m.start(), m.end(), parse_number(m["persons"]) or 0, kind))
    return out


def named_anaphora(page: Page, m: re.Match[str]) -> list[Reading]:
    """在首届省长质量奖评选中,我市云台山旅游发展有限公司榜上有名: named recipients of the award named last.

    The award must be the honour named just before: in the same paragraph, at most one
    sentence back, with no other title between (全市新增省级名牌产品25个,A公司名列其中).
    """
    text = page.ctx.text
    before = page.before(m.start())
    orgs = split_orgs(m["orgs"])
    between = text[before[-1].end : m.start()] if before else "\n"
    if not orgs or "\n" in between or between.count(rules.FULL_STOP) > 1 or rules.OTHER_TITLE.search(between):
        return []
    start = m.start("orgs") + m["orgs"].find(orgs[0])
    kind = kind_of(text[sentence_start(text, start) : start])
    award = page.names(before[-1], before[:-1])
    return [Reading(award, before[-1], start, m.end(), len(orgs), kind, False, orgs)]


def quoted(page: Page, m: re.Match[str]) -> list[Reading]:
    """100个“江苏精品”企业, 20家获得“苏州制造”品牌认证: a quoted designation with a count (已获得…: held)."""
    text = page.ctx.text
    clause = text[sentence_start(text, m.start()) : m.start()]
    kind = "holders" if rules.HELD in m.group() or rules.HOLDING.search(clause) else kind_of(clause)
    mention = Mention(m.start(), m.end(), m["q"], None, None, True)
    return [Reading(m["q"], mention, m.start(), m.end(), parse_number(m["n"]) or 0, kind, approx(m))]


def year_list(page: Page, heading: re.Match[str]) -> list[Reading]:
    """历届获奖名单 / 2012年:A、B、C — one recipient count per year line, for the page's main award."""
    text, mentions, names = page.ctx.text, page.mentions, page.names
    if not mentions:
        return []
    named = [names(m, mentions) for m in mentions if not m.designation]
    if not named:
        return []
    main = most_frequent(named)
    out: list[Reading] = []
    pos = text.find("\n", heading.end()) + 1
    for line in text[pos:].split("\n"):
        m = counts.YEAR_LIST.match(line)
        if not m and out:
            break
        orgs = split_orgs(m["orgs"]) if m else []
        if m and orgs:
            mention = Mention(pos, pos + len(line), main, None, int(m["year"]), False)
            out.append(Reading(main, mention, pos, pos + len(line), len(orgs), "recipients", False, orgs))
        pos += len(line) + 1
    return out


def _first(pattern: re.Pattern[str]) -> Callable[[str], list[re.Match[str]]]:
    """The first match of `pattern` only."""
    return lambda text: [m] if (m := pattern.search(text)) else []


ANAPHORA = Gate(counts.ANAPHORA_COUNT, counts.ANAPHORA_CUES, back=counts.ANAPHORA_REACH, ahead=0)
NAMED = Gate(counts.NAMED_RECIPIENTS, counts.NAMED_CUES, back=counts.NAMED_REACH, ahead=0, stops=rules.ORG_STOPS)
QUOTED_GATE = Gate(counts.QUOTED_COUNT, counts.QUOTED_CUES, *counts.QUOTED_REACH)
GATES = {"anaphora": ANAPHORA, "anaphora_orgs": NAMED, "quoted": QUOTED_GATE}

QUOTED = TextReader("quoted", QUOTED_GATE.finditer, quoted)
TEXT_READERS: tuple[TextReader, ...] = (
    TextReader("anaphora", ANAPHORA.finditer, anaphora),
    TextReader("named_anaphora", NAMED.finditer, named_anaphora),
    QUOTED,
    TextReader("year_list", _first(counts.YEAR_LIST_HEADING), year_list),
)
