"""The programmes extractor: every finder's names, the outermost at each place, repeats merged, levels read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from extract.extractors.base import Context, make, register
from extract.extractors.programs import finders
from extract.extractors.programs.finders import Candidate
from extract.extractors.programs.levels import NONE, Level, Page, level_of, stated_level
from extract.extractors.programs.merge import has_period, merge
from extract.models import ProgramRecord
from extract.rules import programs as lex

NAME = "programs/3"


@register
class ProgramsExtractor:
    """Named quality, brand, standards, credit and award programmes."""

    table = "programs"
    name = NAME
    needs = ("cities",)

    def __call__(self, ctx: Context) -> list[ProgramRecord]:
        text = ctx.text
        page = Page.of(ctx)

        def is_strategy(name: str) -> bool:
            m = lex.STRATEGY.fullmatch(name)
            strategy = m and (m["object"] in lex.STRATEGY_OBJECTS or m["object"] in page.city_initials)
            return bool(strategy) or name in lex.KNOWN_PROGRAMS

        found = [*finders.books(text), *finders.quoted(text, is_strategy)]
        found += _read_back(text, {c.name for c in found})
        found += [*finders.designations(text), *finders.works(text), *finders.activities(text)]
        found += [*finders.strategies(text, page.city_initials), *finders.known(text)]
        kept = [c for c in _outermost(text, found) if not lex.ISSUE_AFTER.match(text, c.end)]
        # A name with its period wins, then the body's wording over the headline's, then the fuller name.
        title_end = text.find("\n") if ctx.title and text.startswith(ctx.title) else 0
        groups = merge(
            kept,
            name=lambda c: c.name,
            rank=lambda c: (not has_period(c.name), c.start < title_end, -len(c.name), c.start),
            level=lambda c: stated_level(c.name),
        )
        records = [self._record(ctx, group[0], _first_level(text, group, page)) for group in groups]
        return sorted(records, key=lambda r: (r.start, -r.end))

    @staticmethod
    def _record(ctx: Context, c: Candidate, level: Level) -> ProgramRecord:
        return make(ProgramRecord, ctx, c.start, c.end, NAME, name=c.name, kind=c.kind, level=level[0], city=level[1])


def _first_level(text: str, group: list[Candidate], page: Page) -> Level:
    """The level of the first mention of a programme that tells it."""
    levels = (level_of(text, c.start, c.name, page) for c in group)
    return next((level for level in levels if level[0]), NONE)


def _read_back(text: str, quoted: set[str]) -> Iterator[Candidate]:
    """Names read back from their noun that are about quality and do not swallow the sentence."""
    for start, noun_start, end in finders.read_back(text):
        name, stem = text[start:end], text[start:noun_start]
        if len(name) < 5 or not (lex.DOMAIN.search(name) or lex.STRATEGY.search(name)):
            continue
        if lex.DEICTIC_BEFORE.search(text, max(0, start - 4), start):
            continue  # 制定好本地区质量发展规划: any region's plan, not a named one
        whole = lex.QUOTED_STEM.fullmatch(stem)
        if whole and whole[1] in quoted:
            continue  # “质量兴市”战略 is the programme 质量兴市, already found
        if name.endswith(lex.SWALLOWING_NOUNS) and (len(stem) > 8 or lex.OPEN_QUOTE in stem):
            continue  # a long read-back ending in 战略/行动 swallows the sentence around it
        yield Candidate(start, end, name, finders.kind_of(name))


def _outermost(text: str, found: list[Candidate]) -> list[Candidate]:
    """Each place's longest programme (the first finder's at equal spans); a strategy named in a
    《title》 with its 战略 (关于实施质量兴桂战略的决定) and a 〈title〉 in one are their own programmes."""
    spans: dict[tuple[int, int], Candidate] = {}
    for c in found:
        first = spans.setdefault((c.start, c.end), c)
        if c.nested and not first.nested:
            spans[c.start, c.end] = replace(first, nested=True)

    def inside(c: Candidate) -> bool:
        for s, e in spans:
            around = s <= c.start and c.end <= e and (s, e) != (c.start, c.end)
            if around and not (c.nested and text.startswith(lex.BOOK_OPEN, s)):
                return True
        return False

    return [c for c in spans.values() if not inside(c)]
