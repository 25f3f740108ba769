"""What the readers read: the statement around a mention, and the reading a record is made of."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.extractors.awards.mentions import Mention
from extract.rules import awards as rules
from extract.text.names import clause_start, sentence_end, sentence_start


@dataclass(frozen=True)
class Reading:
    """One count read for an award, with its evidence span (a count of 0 or None reads as no count)."""

    award: str
    mention: Mention  # the award's mention: its edition, year and whether it is a designation
    start: int
    end: int
    count: int | None
    kind: str  # recipients / holders / target
    approximate: bool = False
    recipients: Sequence[str] = ()
    also: tuple[Reading, ...] = ()  # other tiers counted in the same words: 7个单位、1名个人 → the persons' tier


@dataclass(frozen=True)
class Statement:
    """A mention with the sentence around it, as the readers see it."""

    text: str
    mention: Mention
    award: str  # the mention's full name
    begins: int  # where the sentence begins
    left_start: int  # where the left side begins: the sentence's start, or the end of the mention before
    next_start: int  # where the next mention starts: a later clause stops there
    left: str  # the sentence before the mention (from left_start)
    right_start: int  # where the right side begins: after the mention and a closing quote (…奖”的A、B等5家)
    right: str  # the sentence after the mention, from right_start
    clause: str  # the whole sentence before the mention
    one_edition: bool  # an edition, a year or 本届/今年… names one edition
    kind: str  # the count's kind the words before the mention imply

    def reading(
        self,
        start: int,
        end: int,
        count: int | None,
        kind: str,
        approximate: bool = False,
        recipients: Sequence[str] = (),
        also: tuple[Reading, ...] = (),
    ) -> Reading:
        """A reading of this statement's award."""
        return Reading(self.award, self.mention, start, end, count, kind, approximate, recipients, also)


def statement(text: str, mention: Mention, award: str, previous_end: int, next_start: int) -> Statement:
    """The statement of one mention, between the end of the mention before and the start of the next."""
    begins = sentence_start(text, mention.start)
    left_start = max(begins, previous_end)
    clause = text[begins : mention.start]
    dated = mention.edition is not None or mention.year is not None
    one_edition = dated or bool(rules.THIS_EDITION.search(clause))
    right_start = rules.AFTER_NAME.match(text, mention.end).end()
    return Statement(
        text,
        mention,
        award,
        begins,
        left_start,
        next_start,
        left=text[left_start : mention.start],
        right_start=right_start,
        right=text[right_start : max(right_start, sentence_end(text, mention.end))],
        clause=clause,
        one_edition=one_edition,
        kind=kind_of(clause, one_edition),
    )


def kind_of(sentence: str, one_edition: bool = False) -> str:
    """target after 创建/力争… in the same clause; holders after 目前/累计/拥有… in the sentence.

    共有 (a weak cue) counts only in the last clause, and not at all when one edition is named (共有3家企业获得第三届…).
    Words inside quotation marks are names, not cues.
    """
    sentence = rules.QUOTATION.sub("", sentence)
    last = sentence[clause_start(sentence, len(sentence)) :]
    if rules.TARGET.search(last) or any(cue in sentence for cue in rules.SENTENCE_TARGET_CUES):
        return "target"
    strong = [cue for cue in rules.HOLDING.findall(sentence) if cue not in rules.WEAK_HOLDING_CUES]
    weak = not one_edition and any(cue in last for cue in rules.WEAK_HOLDING_CUES)
    return "holders" if strong or weak else "recipients"


def approx(m: re.Match[str]) -> bool:
    """The count is approximate: 近100家, 20余家, 50家以上."""
    g = m.groupdict()
    return bool(g.get("before") or g.get("after") or g.get("after2"))
