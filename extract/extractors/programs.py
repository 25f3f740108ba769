"""Programmes: 《documents》, “quoted names” and known programme names, with kind and level."""

from __future__ import annotations

import re

from extract.extractors.base import Context, dedupe, make
from extract.models import ProgramRecord, Record
from extract.rules import programs as lex
from extract.text.trie import trie_pattern

NAME = "programs/1"
BOOK = re.compile(r"《(?P<name>[^《》\n]{2,60})》")
QUOTED = re.compile(r"[“\"](?P<name>[^“”\"\n]{2,24})[”\"]")
KNOWN = re.compile(trie_pattern(lex.KNOWN_PROGRAMS))
DOMAIN = re.compile("|".join(lex.DOMAIN_WORDS))
NOUN_END = re.compile(f"(?:{'|'.join(lex.PROGRAM_NOUNS)})$")
NATIONAL = re.compile(r"^(?:国家|全国|中国|国务院)|^关于.*全国")
PROVINCIAL = re.compile(r"省|自治区")
MUNICIPAL = re.compile(r"市")
NEWSPAPER = re.compile(r"(?:报|刊|杂志|周刊|日报|晚报)$")


def kind_of(name: str) -> str:
    """Kind from the name's ending (规划 → document, 战略 → strategy...)."""
    for ending, kind in lex.KIND_BY_ENDING:
        if name.endswith(ending):
            return kind
    return "concept"


def level_of(name: str, ctx: Context) -> str | None:
    """national / provincial / municipal from the name, else the page's own city."""
    if NATIONAL.search(name):
        return "national"
    if PROVINCIAL.search(name):
        return "provincial"
    if MUNICIPAL.search(name) or ctx.primary_city:
        return "municipal"
    return None


class ProgramsExtractor:
    """Named quality, brand, standards, credit and award programmes."""

    table = "programs"
    name = NAME

    def __call__(self, ctx: Context) -> list[Record]:
        records: list[Record] = []
        for m in BOOK.finditer(ctx.text):
            name = m["name"].strip()
            if DOMAIN.search(name) and not NEWSPAPER.search(name):
                records.append(
                    self._record(ctx, m.start(), m.end(), name, kind_of(name) if NOUN_END.search(name) else "document")
                )
        for m in QUOTED.finditer(ctx.text):
            name = m["name"].strip()
            if name in lex.NOT_PROGRAMS or not DOMAIN.search(name) or "。" in name:
                continue
            records.append(self._record(ctx, m.start(), m.end(), name, kind_of(name)))
        for m in KNOWN.finditer(ctx.text):
            kind, level = lex.KNOWN_PROGRAMS[m.group()]
            records.append(self._record(ctx, m.start(), m.end(), m.group(), kind, level))
        return dedupe(records, key=lambda r: r.name)

    @staticmethod
    def _record(ctx: Context, start: int, end: int, name: str, kind: str, level: str | None = None) -> Record:
        level = level or level_of(name, ctx)
        city = ctx.primary_city if level == "municipal" else None
        return make(ProgramRecord, ctx, start, end, NAME, name=name, kind=kind, level=level, city=city)
