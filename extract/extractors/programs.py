"""Programmes: 《documents》, “quoted names”, names ending in a programme noun, known names.

A name ending in a programme noun (…发展规划, …行动方案, 品质强国战略) is read back from the
noun to the verb or particle before it, so 会议发布了2011年全国“质量月”活动方案 gives the
whole plan's name. Quoted names count when they are about quality/brands/standards or when a
programme noun follows them (“领跑者”行动, “质量月”、“百城万店无假货”等活动); region nicknames
(“大连制造”), honorifics (“品牌大省”) and slogan lists are not programmes. A known name inside a
longer programme name at the same place is part of it, not a second programme.
"""

from __future__ import annotations

import functools
import re

from extract.extractors.base import Context, dedupe, make, register
from extract.models import ProgramRecord
from extract.rules import programs as lex
from extract.rules.compose import any_of
from extract.rules.places import region_prefix

NAME = "programs/2"
QUOTE_OPEN, QUOTE_CLOSE = '“"「', '”"」'
BOOK = re.compile(r"《(?P<name>[^《》\n]{2,60})》")
QUOTED = re.compile(r"[“\"「](?P<name>[^“”\"「」\n]{2,30})[”\"」]")
KNOWN = re.compile(any_of(lex.KNOWN_PROGRAMS))
DOMAIN = re.compile("|".join(lex.DOMAIN_WORDS))
NOUNS = "|".join(sorted(lex.PROGRAM_NOUNS, key=len, reverse=True))
NOUN_END = re.compile(f"(?:{NOUNS})$")
NOUN_AFTER = re.compile(rf"(?:等)?(?:{NOUNS}|称号)")
NATIONAL = re.compile(r"^(?:国家|全国|中国|国务院)|^关于.*全国")
PROVINCIAL = re.compile(r"省|自治区")
MUNICIPAL = re.compile(r"市")
NEWSPAPER = re.compile(r"(?:报|刊|杂志|周刊|日报|晚报)$")
# Injected junk: a run with Latin letters, and the spam words glued to it (…beat365官网在线).
JUNK = re.compile(r"^.*[A-Za-z][A-Za-z0-9_\-]*(?:如何|官网|在线|网址|平台|娱乐)*")
PLAN_PERIOD = re.compile(r"^(?:十[一二三四五]五|[八九]五)(?:期间|时期)?$")  # “十四五” is a period, not a plan
SLOGAN = re.compile(r"、.*、|[,,]")
# “苏州制造”品牌认证: a city's name-brand certification scheme, not a nickname.
CERTIFICATION = re.compile(r"(?:品牌)?认证")


# Nouns that end a programme's name when it is read back without quotes or 《》: documents,
# strategies and actions (活动, 工程 and 示范区 are too often generic: 质量管理活动).
READ_BACK_NOUNS = ("规划", "方案", "纲要", "意见", "办法", "计划", "战略", "行动")
NOUN = re.compile(rf"(?:{'|'.join(READ_BACK_NOUNS)})")
BARE_DOCUMENT = re.compile(rf"^(?:{NOUNS})$")
KNOWN_AT_END = re.compile(rf"(?:{any_of(lex.KNOWN_PROGRAMS)})(?P<noun>战略|行动)?$")
PUBLICATION_AFTER = re.compile(r"杂志|报社|出版社|编辑部|期刊|一书")
# Where a name read back from its noun stops: punctuation (quotes and a (2011-2020年) excepted),
# particles, and the verbs of lex.NAME_STOPS.
STOP_WORDS = "|".join(sorted(lex.NAME_STOPS, key=len, reverse=True))
NAME_STOP = re.compile(rf"{STOP_WORDS}|[^\u4e00-\u9fff\d“”()\-—]|[的了和与及等为是在对向把将以从由于、个]")
NAME_MARKS = re.compile(r"[“”\"「」\s、]")
YEARS_SUFFIX = re.compile(r"\((?:19|20)\d{2}[-—](?:19|20)\d{2}年?\)$")


def noun_names(text: str):
    """(start, end, name) of every name ending in a programme noun, read back to its start."""
    for m in NOUN.finditer(text):
        window_start = max(0, m.start() - 30)
        window = text[window_start : m.start()]
        stops = list(NAME_STOP.finditer(window))
        at = stops[-1].end() if stops else 0
        name = window[at:].lstrip("”)")
        start = m.start() - len(name)
        if name.count("“") == name.count("”") and name.count("(") == name.count(")"):
            yield start, m.end(), name + m.group()


@functools.cache
def nickname() -> re.Pattern[str]:
    """A region followed by 制造/质量/速度…: a city's nickname, not a programme."""
    return re.compile(rf"^(?:{region_prefix()})(?:{'|'.join(lex.NICKNAME_HEADS)})$")


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


def clean_name(name: str) -> str:
    """Injected junk (mobile28365-365_bt365如何_beat365官网在线) out of a name."""
    return JUNK.sub("", name).strip() if re.search(r"[A-Za-z]{3}", name) else name.strip()


@register
class ProgramsExtractor:
    """Named quality, brand, standards, credit and award programmes."""

    table = "programs"
    name = NAME
    needs = ("cities",)

    def __call__(self, ctx: Context) -> list[ProgramRecord]:
        text = ctx.text
        records: list[ProgramRecord] = []
        for m in BOOK.finditer(text):
            name = clean_name(m["name"])
            if BARE_DOCUMENT.match(name) or PUBLICATION_AFTER.match(text, m.end()):
                continue  # 《规划》 abbreviates a document named before; 《品质》杂志社 is a magazine
            is_programme = DOMAIN.search(name) or NOUN_END.search(YEARS_SUFFIX.sub("", name))
            if is_programme and not NEWSPAPER.search(name) and len(name) >= 2:
                kind = kind_of(name) if NOUN_END.search(name) else "document"
                records.append(self._record(ctx, m.start(), m.end(), name, "document" if kind == "concept" else kind))
        records += self._quoted(ctx)
        quoted = {r.name for r in records}
        for start, end, name in noun_names(text):
            if not self._good_read_back(name, quoted) or self._inside(records, start, end):
                continue
            known = KNOWN_AT_END.search(name)
            if known and known.start() <= 2:
                # 实施质量强市战略 / 天津市名牌战略: the programme is the known name itself
                core = known.group().removesuffix(known["noun"] or "")
                kind, level = lex.KNOWN_PROGRAMS[core]
                at = start + known.start()
                records.append(self._record(ctx, at, at + len(core), core, kind, level))
                continue
            records.append(self._record(ctx, start, end, name, kind_of(name)))
        for m in KNOWN.finditer(text):
            if self._inside(records, m.start(), m.end()):
                continue
            kind, level = lex.KNOWN_PROGRAMS[m.group()]
            records.append(self._record(ctx, m.start(), m.end(), m.group(), kind, level))
        # The same programme twice is one record; the body's wording wins over the headline's.
        title_end = text.find("\n") if ctx.title and text.startswith(ctx.title) else 0
        records.sort(key=lambda r: (r.start < title_end, r.start, -r.end))
        unique = dedupe(records, key=lambda r: NAME_MARKS.sub("", r.name))
        return sorted(unique, key=lambda r: (r.start, -r.end))

    def _quoted(self, ctx: Context) -> list[ProgramRecord]:
        """Quoted programme names, and quoted names that a programme noun follows."""
        text = ctx.text
        out = []
        matches = list(QUOTED.finditer(text))
        for i, m in enumerate(matches):
            name = clean_name(m["name"])
            # A list of quoted names closed by 等活动 / a noun right after the closing quote.
            j = i
            while j + 1 < len(matches) and re.fullmatch(r"[、和]", text[matches[j].end() : matches[j + 1].start()]):
                j += 1
            noun_follows = NOUN_AFTER.match(text, matches[j].end())
            certified = bool(CERTIFICATION.match(text, m.end()))
            if not self._acceptable(name, bool(noun_follows), certified):
                continue
            kind = kind_of(name + noun_follows.group().lstrip("等")) if noun_follows else kind_of(name)
            out.append(self._record(ctx, m.start(), m.end(), name, kind))
        return out

    @staticmethod
    def _good_read_back(name: str, quoted: set[str]) -> bool:
        """A read-back name worth keeping: about quality, not a quoted programme plus its noun."""
        noun = NOUN.search(name, len(name) - 2)
        stem = name[: noun.start()] if noun else name
        if not DOMAIN.search(name) or len(name) < 5:
            return False
        inner = re.findall(r"“([^”]+)”", stem)
        if inner and stem == f"“{inner[0]}”" and inner[0] in quoted:
            return False  # “质量兴市”战略 is the programme 质量兴市, already found
        # long read-backs ending in 战略/行动 swallow the sentence around them
        return not (name.endswith(("战略", "行动")) and (len(stem) > 8 or "“" in stem))

    @staticmethod
    def _acceptable(name: str, noun_follows: bool, certified: bool = False) -> bool:
        if len(name) < 3 or name in lex.NOT_PROGRAMS or "。" in name or PLAN_PERIOD.match(name):
            return False
        if name.endswith(lex.NICKNAME_ENDINGS) or (nickname().match(name) and not certified):
            return False
        if SLOGAN.search(name) and not noun_follows:
            return False
        return noun_follows or bool(DOMAIN.search(name))

    @staticmethod
    def _inside(records: list[ProgramRecord], start: int, end: int) -> bool:
        """Whether a longer programme already covers this place."""
        return any(r.start <= start and end <= r.end and (r.start, r.end) != (start, end) for r in records)

    @staticmethod
    def _record(ctx: Context, start: int, end: int, name: str, kind: str, level: str | None = None) -> ProgramRecord:
        level = level or level_of(name, ctx)
        city = ctx.primary_city if level == "municipal" else None
        return make(ProgramRecord, ctx, start, end, NAME, name=name, kind=kind, level=level, city=city)
