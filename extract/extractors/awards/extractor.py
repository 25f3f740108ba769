"""The award extractor: mentions, their full names, the readers, and one record per count read."""

from __future__ import annotations

from extract.extractors.awards.mentions import Mention, find_mentions
from extract.extractors.awards.names import Names, carry_editions, city, level, normaliser
from extract.extractors.awards.readers import read
from extract.extractors.awards.reading import Reading, Statement, statement
from extract.extractors.awards.repeats import merge_repeats
from extract.extractors.awards.text_readers import TEXT_READERS, Page
from extract.extractors.base import Context, make, register
from extract.models import AwardRecord

NAME = "awards/4"


@register
class AwardsExtractor:
    """Award counts with their kind (recipients, holders, target), edition, year and recipients."""

    table = "awards"
    name = NAME
    needs = ("cities",)

    def __call__(self, ctx: Context) -> list[AwardRecord]:
        mentions = find_mentions(ctx.text)
        names = normaliser(ctx, mentions)
        stated = statements(ctx.text, mentions, names)
        readings = [reading for st in stated for reading in read(st)]
        page = Page(ctx, [st.mention for st in stated], names)
        for reader in TEXT_READERS:
            readings += page.read(reader)
        return merge_repeats(ctx, [record(ctx, r) for r in readings])


def statements(text: str, mentions: list[Mention], names: Names) -> list[Statement]:
    """Each mention's statement, its edition and year carried from the same award named just before."""
    awards = [names(mention, mentions[:i]) for i, mention in enumerate(mentions)]
    mentions = carry_editions(text, mentions, awards)
    out = []
    for i, mention in enumerate(mentions):
        previous_end = mentions[i - 1].end if i else 0
        next_start = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        out.append(statement(text, mention, awards[i], previous_end, next_start))
    return out


def record(ctx: Context, reading: Reading) -> AwardRecord:
    """The award row of one reading."""
    found = level(ctx, reading.award, reading.mention)
    return make(
        AwardRecord,
        ctx,
        reading.start,
        reading.end,
        NAME,
        award=reading.award,
        level=found,
        city=city(ctx, reading.award) if found == "municipal" else None,
        edition=reading.mention.edition,
        year=reading.mention.year,
        count=reading.count,
        count_kind=reading.kind,
        approximate=reading.approximate,
        recipients=list(reading.recipients),
    )
