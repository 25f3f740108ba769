"""The same fact stated twice is one record: a headline repeating the body, one statement with and one without the year.

Two records state the same fact when they count the same award with the same number, their
years and editions agree where both are given, and their kinds agree, unless one of them is
in the headline (第四届…出炉 7家企业获此殊荣 over the body's 先后有7家企业获此殊荣: the
headline drops the words that make a count a running total). The record kept is the body's,
then the one that says more (a year, an edition, the recipients); what it leaves unsaid is
taken from the records merged into it.
"""

from __future__ import annotations

from extract.extractors.base import Context
from extract.models import AwardRecord


def merge_repeats(ctx: Context, records: list[AwardRecord]) -> list[AwardRecord]:
    """One record per fact, in text order."""
    title_end = ctx.text.find("\n") if ctx.title and ctx.text.startswith(ctx.title) else 0
    kept: list[AwardRecord] = []
    for record in sorted(records, key=lambda r: _preference(r, title_end)):
        at = next((i for i, other in enumerate(kept) if _same_fact(record, other, title_end)), None)
        if at is None:
            kept.append(record)
        else:
            kept[at] = _completed(kept[at], record)
    return sorted(kept, key=lambda r: (r.start, -r.end))


def _completed(kept: AwardRecord, merged: AwardRecord) -> AwardRecord:
    """`kept` with the year, edition and recipients it lacks taken from `merged`."""
    update = {
        "year": kept.year if kept.year is not None else merged.year,
        "edition": kept.edition if kept.edition is not None else merged.edition,
        "recipients": kept.recipients or merged.recipients,
    }
    return kept.model_copy(update=update)


def _preference(record: AwardRecord, title_end: int) -> tuple:
    """Body before headline, then more fields, then text order."""
    in_headline = record.start < title_end
    return (
        in_headline,
        record.year is None,
        record.edition is None,
        -len(record.recipients),
        record.start,
        -record.end,
    )


def _same_fact(a: AwardRecord, b: AwardRecord, title_end: int) -> bool:
    if (a.award, a.count) != (b.award, b.count):
        return False
    if not _agree(a.year, b.year) or not _agree(a.edition, b.edition):
        return False
    return a.count_kind == b.count_kind or min(a.start, b.start) < title_end


def _agree(x: int | None, y: int | None) -> bool:
    return x is None or y is None or x == y
