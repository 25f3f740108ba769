"""Designations: a city or county approved, accepted, named, renewed or revoked in a quality-city programme.

Read statement by statement (a sentence, cut into pieces when very long): a stage cue (获批创建,
通过验收, 正式命名, …称号, 复核, 撤销) pairs with a designation in its clause (or earlier in the
statement, or named in the statements just before in its paragraph) and with the places of its
clause (else of the clause before, else 我市, else the one city of the statement before). Every
place named with the cue gets its own row (同时获得命名的还有武汉市、绍兴市). A plan, a wish or an
application (将, 争取, 申报, 启动创建) is no stage; nor is a cue about cities in general
(获批创建…的城市,将…). The date is the nearest time before the cue (`extract.text.timing`); a 示范期
stated in the paragraph gives the period of the namings told before it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from extract.extractors.base import Context, make, register
from extract.models import DesignationRecord
from extract.rules import designations as lex
from extract.rules import places as gaz
from extract.rules.common import CLAUSE_ENDS, SENTENCE_ENDS
from extract.text import regex_facts
from extract.text.places import Place, find_places, that_city
from extract.text.timing import Clock, When

NAME = "designations/1"
SPLIT_SENTENCES = re.compile(f"[{re.escape(SENTENCE_ENDS)}]")
SPLIT_CLAUSES = re.compile(f"[{re.escape(CLAUSE_ENDS)}]")
Span = tuple[int, int]


@dataclass(frozen=True)
class Mention:
    """A designation named in the text, normalised."""

    name: str
    level: str
    unit: str | None  # 县 for a 质量强县 title
    province: str | None  # adcode of a provincial designation's province
    start: int
    end: int


@dataclass
class Found:
    """One place reaching one stage, before periods and duplicates are settled."""

    place: Place
    mention: Mention
    stage: str
    when: When
    start: int
    end: int
    period: tuple[str, str] | None = None


def spans(text: str, start: int, end: int, splitter: re.Pattern[str]) -> list[Span]:
    """The pieces of text[start:end] between separators."""
    out, at = [], start
    for m in splitter.finditer(text, start, end):
        if m.start() > at:
            out.append((at, m.start()))
        at = m.end()
    return [*out, (at, end)] if at < end else out


def statements(text: str, start: int, end: int) -> list[Span]:
    """The sentences of text[start:end], a long one cut at clause ends into pieces of at most MAX_STATEMENT."""
    out = []
    for s_start, s_end in spans(text, start, end, SPLIT_SENTENCES):
        while s_end - s_start > lex.MAX_STATEMENT:
            cut = max(text.rfind(ch, s_start, s_start + lex.MAX_STATEMENT) for ch in CLAUSE_ENDS + lex.ENUMERATION_MARK)
            cut = cut + 1 if cut > s_start else s_start + lex.MAX_STATEMENT
            out.append((s_start, cut))
            s_start = cut
        out.append((s_start, s_end))
    return out


def find_mentions(text: str, start: int, end: int, own_province: str | None) -> list[Mention]:
    """The designations named in text[start:end]."""
    out = []
    for m in lex.patterns()["designation"].finditer(text, start, end):
        if m["national"]:
            out.append(Mention(lex.NATIONAL_NAMES[m["national"]], "national", None, None, *m.span()))
            continue
        code = lex.provinces().get(m["province"]) or own_province
        province = gaz.places()[code].name if code else lex.UNNAMED_PROVINCE
        name = lex.PROVINCIAL_NAME.format(province=province, unit=m["unit"], demo=m["demo"] or "")
        out.append(Mention(name, "provincial", m["unit"], code, *m.span()))
    return out


NEWLINE = re.compile("\n")


@functools.cache
def _cue_words() -> tuple[str, ...]:
    """Words every designation's name holds (derived from its pattern): a paragraph without one names none."""
    cues = regex_facts.cues(lex.patterns()["designation"].pattern)
    if not cues:
        raise ValueError("the designation pattern has no derivable cue words")
    return tuple(sorted(cues))


def _names_a_designation(text: str, start: int, end: int) -> bool:
    return any(text.find(cue, start, end) >= 0 for cue in _cue_words())


@register
class DesignationsExtractor:
    """Cities and counties reaching a stage of a quality-city designation, with date and 示范期."""

    table = "designations"
    name = NAME
    needs = ("cities",)

    def __call__(self, ctx: Context) -> list[DesignationRecord]:
        reader = _Reader(ctx)
        found: list[Found] = []
        for para in spans(ctx.text, 0, len(ctx.text), NEWLINE):
            if _names_a_designation(ctx.text, *para):  # (a designation is carried within its paragraph only)
                found += reader.paragraph(*para)
        return [_record(ctx, f) for f in _settle(found)]


class _Reader:
    """Reads the stage events of a page, paragraph by paragraph, remembering what came just before."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.primary = next((c.adcode for c in ctx.cities if c.is_primary), None)
        self.own_province = gaz.places()[self.primary].province if self.primary else None
        self.clock = Clock(ctx.published_at)
        self.last_mention: Mention | None = None

    def paragraph(self, start: int, end: int) -> list[Found]:
        """The events of one paragraph, with the 示范期 it states given to the namings before it."""
        out: list[Found] = []
        previous: list[Place] = []
        self.last_mention = None  # a designation is carried within its paragraph only
        for statement in statements(self.ctx.text, start, end):
            found, previous = self.statement(*statement, previous)
            out += found
        for m in lex.patterns()["period"].finditer(self.ctx.text, start, end):
            period = self.clock.period(m)
            for f in out if period else []:
                if f.stage == "named" and f.start < m.end() and f.period is None:
                    f.period = period
                    f.when = f.when if f.when.year is not None else When(period[0], int(period[0][:4]))
        return out

    def statement(self, start: int, end: int, previous: list[Place]) -> tuple[list[Found], list[Place]]:
        """The events of one statement, and the places it names (for the statement after it)."""
        text = self.ctx.text
        mentions = find_mentions(text, start, end, self.own_province)
        province = next((m.province for m in mentions if m.province), self.own_province)
        clauses = spans(text, start, end, SPLIT_CLAUSES)
        places = find_places(text, start, end, province, self.primary)
        if mentions or self.last_mention:
            places = sorted(places + that_city(text, start, end), key=lambda p: p.start)
        titles = [m.span() for m in lex.BOOK_TITLE.finditer(text, start, end)]
        cues = [c for c in lex.patterns()["cue"].finditer(text, start, end) if not _inside(c.start(), titles)]
        # 称号通过复核, 撤销…称号: the title is what is renewed or revoked, not a naming
        undone = {_clause_of(clauses, c.start()) for c in cues if c["renewed"] or c["revoked"]}
        out = []
        for cue in cues:
            clause = _clause_of(clauses, cue.start())
            if clause in undone and not (cue["renewed"] or cue["revoked"]):
                continue
            mention = self._mention_for(cue, clause, mentions)
            stage = _stage(cue, mention)
            if mention is None or stage is None or self._blocked(cue, (start, end), clause, places):
                continue
            here = [(x.start, x.end) for x in (mention,) if start <= x.start < end]
            when = self.clock.before(text, start, max([cue.end(), *(b for _, b in here)]))
            self.clock.last = when
            for place in self._places_for(cue, clause, clauses, places, previous, mention):
                ends = [cue.span(), *here] + ([(place.start, place.end)] if place.start >= start else [])
                out.append(Found(place, mention, stage, when, min(a for a, _ in ends), max(b for _, b in ends)))
        if mentions:
            self.last_mention = mentions[-1]
        return out, places

    def _mention_for(self, cue: re.Match[str], clause: Span, mentions: list[Mention]) -> Mention | None:
        """The designation a cue is about: in its clause, earlier in the statement, or named just before."""
        in_clause = [m for m in mentions if clause[0] <= m.start < clause[1]]
        if cue["become"]:
            close = [m for m in in_clause if 0 <= m.start - cue.end() <= lex.BECOME_REACH]
            return next((m for m in close if not lex.NOT_YET.match(self.ctx.text, m.end)), None)
        if cue["title"]:
            return next((m for m in in_clause if 0 <= cue.start() - m.end <= lex.TITLE_REACH), None)
        if in_clause:
            return min(in_clause, key=lambda m: abs(m.start - cue.start()))
        earlier = [m for m in mentions if m.end <= cue.start()]
        return earlier[-1] if earlier else None if mentions else self.last_mention

    def _blocked(self, cue: re.Match[str], statement: Span, clause: Span, places: list[Place]) -> bool:
        """A plan or wish before the cue; an application or denial; a condition (…通过验收后,将…); cities in general."""
        text, p = self.ctx.text, lex.patterns()
        since = max(clause[0], text.rfind(lex.ENUMERATION_MARK, clause[0], cue.start()) + 1)
        if p["future"].search(text, statement[0], cue.start()) or p["not_event"].search(text, since, cue.start()):
            return True
        if lex.CONDITION_AFTER.match(text, cue.end(), clause[1]) or lex.CONDITION_AFTER.match(text, clause[1] + 1):
            return True
        general = lex.GENERIC_AFTER.match(text, cue.end(), statement[1])
        return bool(general) and not any(pl.start < clause[1] for pl in places)

    def _places_for(self, cue, clause: Span, clauses: list[Span], places, previous, mention) -> list[Place]:
        """The places a cue is told of: its clause, else the clause before, else the one city of the one before."""
        text = self.ctx.text
        outside = [p for p in places if not (mention.start <= p.start < mention.end)]
        in_clause = [p for p in outside if clause[0] <= p.start < clause[1]]
        chosen = _counted(text, in_clause, clause, cue.start())
        for earlier in reversed([c for c in clauses if c[1] <= clause[0]] if not in_clause else []):
            chosen = [p for p in outside if earlier[0] <= p.start < earlier[1]]
            if chosen:
                break
        if not chosen and not places and len({p.adcode for p in previous}) == 1:
            chosen = previous[:1]
        if mention.unit == lex.COUNTY_UNIT:  # only counties and county-level cities hold a 质量强县 title
            chosen = [p for p in chosen if not gaz.places()[p.adcode].is_city]
        seen: set[str] = set()
        return [p for p in chosen if not (p.adcode in seen or seen.add(p.adcode))]


def _inside(pos: int, ranges: list[Span]) -> bool:
    return any(a <= pos < b for a, b in ranges)


def _clause_of(clauses: list[Span], pos: int) -> Span:
    return next(c for c in clauses if c[0] <= pos < c[1])


def _stage(cue: re.Match[str], mention: Mention | None) -> str | None:
    """The stage a cue tells (a bare 获批 depends on the designation's level)."""
    if cue["accepted_phrase"]:
        return "accepted"
    if cue["bare"]:
        return lex.BARE_APPROVAL_STAGE.get(mention.level) if mention else None
    if cue["become"] or cue["title"]:
        return "named"
    return next(stage for stage in lex.STAGE_WORDS if cue[stage])


def _counted(text: str, places: list[Place], clause: Span, cue_start: int) -> list[Place]:
    """Places before a count of places (宣城市有5县(市)获批…) are not its subject, unless listed into it."""
    count = lex.PLACE_COUNT.search(text, max(clause[0], cue_start - lex.MAX_STATEMENT), cue_start)
    if not count:
        return places
    listed = [p for p in places if p.end <= count.start()]
    keep = []
    for p in listed:
        gap = text[p.end : count.start()]
        for other in listed:
            gap = gap.replace(text[other.start : other.end], "")
        if lex.ENUMERATION_GAP.fullmatch(gap):
            keep.append(p)
    return keep + [p for p in places if p.start >= count.end()]


def _settle(found: list[Found]) -> list[Found]:
    """One row per place, designation, stage and year: an undated row goes when a dated one exists."""
    groups: dict[tuple[str, str, str], list[Found]] = {}
    for f in found:
        groups.setdefault((f.place.adcode, f.mention.name, f.stage), []).append(f)
    out = []
    for rows in groups.values():
        dated = [f for f in rows if f.when.year is not None]
        period = next((f.period for f in rows if f.period), None)
        seen: set[int | None] = set()
        for f in dated or rows[:1]:
            if f.when.year not in seen:
                seen.add(f.when.year)
                out.append(replace(f, period=f.period or period))
    return sorted(out, key=lambda f: (f.start, f.place.start))


def _record(ctx: Context, f: Found) -> DesignationRecord:
    place = gaz.places()[f.place.adcode]
    return make(
        DesignationRecord,
        ctx,
        f.start,
        f.end,
        NAME,
        city=place.name,
        province=gaz.places()[place.province].name,
        adcode=place.adcode,
        designation=f.mention.name,
        level=f.mention.level,
        stage=f.stage,
        date=f.when.date,
        year=f.when.year,
        period_start=f.period[0] if f.period else None,
        period_end=f.period[1] if f.period else None,
    )
