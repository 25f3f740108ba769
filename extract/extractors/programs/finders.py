"""Where programme names are found: 《titles》, quoted names, names read back from a programme noun,
designations and works with a level or domain word, the strategy class, and known names.

Each finder yields `Candidate`s; `extractor` drops those inside a longer programme (a strategy
named in a 《title》 with 战略 excepted), merges repeats and gives each its level.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from extract.extractors.programs import admission
from extract.extractors.programs.levels import opening_places
from extract.rules import program_quotes as q
from extract.rules import programs as lex


@dataclass(frozen=True, slots=True)
class Candidate:
    """A programme name at text[start:end]; `nested` may sit inside a longer programme's 《title》."""

    start: int
    end: int
    name: str
    kind: str
    nested: bool = False


def kind_of(name: str) -> str:
    """Kind from the name's ending (规划 → document, 战略 → strategy...)."""
    m = lex.KIND_ENDING.search(name)
    return m.lastgroup if m and m.lastgroup else "concept"


def clean_name(name: str) -> str:
    """Injected junk (mobile28365-365_bt365如何_beat365官网在线) out of a name."""
    return lex.JUNK.sub("", name).strip() if lex.JUNK_HINT.search(name) else name.strip()


def name_start(text: str, at: int, limit: int = 30) -> int:
    """Where a name ending at `at` starts: after the last verb, particle or mark before it."""
    window = text[max(0, at - limit) : at]
    cut = 0
    for m in lex.NAME_STOP.finditer(window):
        if not (m["idiom"] or m["nominal"]):
            cut = m.end()
    return at - len(window[cut:].lstrip(lex.NOT_NAME_START))


def balanced(name: str) -> bool:
    """Every quotation mark and bracket in the name closes after it opens."""
    for opening, closing in lex.BALANCED:
        depth = 0
        for ch in name:
            depth += (ch == opening) - (ch == closing)
            if depth < 0:
                return False
        if depth:
            return False
    return True


def books(text: str) -> Iterator[Candidate]:
    """《documents》 about quality, and a 〈title〉 nested in one."""
    for m in lex.BOOK.finditer(text):
        name = clean_name(m["name"])
        if not admission.book_is_programme(text, m.start(), m.end(), name):
            continue
        ends_in_noun = lex.NOUN_END.search(lex.YEARS_SUFFIX.sub("", name))
        kind = kind_of(name) if ends_in_noun else "document"
        yield Candidate(m.start(), m.end(), name, "document" if kind == "concept" else kind)
        for inner in lex.NESTED_BOOK.finditer(text, m.start("name"), m.end("name")):
            if lex.DOMAIN.search(inner["name"]):
                yield Candidate(inner.start(), inner.end(), inner["name"], "document", nested=True)


def quoted(text: str, is_strategy: Callable[[str], bool]) -> Iterator[Candidate]:
    """Quoted names that are programmes, with the noun after them or their qualifier before."""
    matches = list(lex.QUOTED.finditer(text))
    for i, m in enumerate(matches):
        name = clean_name(m["name"])
        if admission.not_a_name(text, m.start(), m.end(), name):
            continue
        j = i  # a list of quoted names closed by 等活动: the noun after the last one
        while j + 1 < len(matches) and lex.LIST_JOINER.fullmatch(text, matches[j].end(), matches[j + 1].start()):
            j += 1
        after = lex.NOUN_AFTER.match(text, matches[j].end())
        noun = after["noun"] if after else None
        if admission.is_theme(text, m.start(), m.end(), noun is not None):
            continue
        certified = bool(q.CERTIFICATION.match(text, m.end()))
        if not admission.quoted_is_programme(name, noun, certified, is_strategy):
            continue
        if noun is not None:
            yield Candidate(m.start(), m.end(), name, "designation" if noun == lex.TITLE else kind_of(name + noun))
            continue
        qualifier = _qualifier_start(text, m.start()) if lex.NOUN_END.search(name) else m.start()
        if lex.DOMAIN.search(text, qualifier, m.end()) or is_strategy(name):
            yield Candidate(m.start(), m.end(), name, _kind_of_quoted(name, is_strategy))


def _kind_of_quoted(name: str, is_strategy: Callable[[str], bool]) -> str:
    """Kind from the ending, else a known programme's, else strategy for the strategy class (质量强梧)."""
    kind = kind_of(name)
    return lex.KNOWN_PROGRAMS.get(name, "strategy") if kind == "concept" and is_strategy(name) else kind


def _qualifier_start(text: str, quote: int) -> int:
    """城市品质“对标行动”: where the short qualifier of a quoted action starts (the name stays “对标行动”)."""
    start = quote - len(lex.QUALIFIER.search(text, max(0, quote - 8), quote)[0])
    return max(start, name_start(text, quote, limit=8))


def read_back(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, noun start, end) of every name ending in a read-back noun (…发展规划, …实施方案)."""
    for m in lex.READ_BACK_NOUN.finditer(text):
        runs_on = lex.NOUN_RUNS_ON.get(m.group()[-2:])
        if runs_on and runs_on.match(text, m.end()):
            continue  # 计划每年, 进行动员: the noun is part of another word
        start = name_start(text, m.start())
        if balanced(text[start : m.end()]):
            yield start, m.start(), m.end()


def designations(text: str) -> Iterator[Candidate]:
    """国家茶叶综合标准化示范区, 3个省级农业标准化示范区: a level word opens the name, a domain word is in it."""
    for m in lex.DESIGNATION_NOUN.finditer(text):
        start = name_start(text, m.start())
        counts = list(lex.COUNT_STOPS.finditer(text, start, m.start()))
        level = lex.DESIGNATION_LEVEL.search(text, counts[-1].end() if counts else start, m.start())
        quoted = level and any(mark in text[level.start() : m.start()] for mark in lex.CLOSING_QUOTES)
        if level and not quoted and lex.DOMAIN.search(text, level.start(), m.start()):
            yield Candidate(level.start(), m.end(), text[level.start() : m.end()], "designation")


def works(text: str) -> Iterator[Candidate]:
    """品牌带动工程, 新疆品质建设工程: a domain word or a place opens a …工程 (never 系统工程)."""
    runs_on = lex.NOUN_RUNS_ON[lex.WORKS_NOUN]
    for m in lex.WORKS.finditer(text):
        if runs_on.match(text, m.end()):
            continue
        start = name_start(text, m.start())
        stem = text[start : m.start()]
        opens = lex.DOMAIN.match(stem) or (opening_places(stem) and lex.DOMAIN.search(stem))
        if len(stem) >= 4 and opens and balanced(stem):
            yield Candidate(start, m.end(), stem + m.group(), "campaign")


def activities(text: str) -> Iterator[Candidate]:
    """百城质量提升活动, 全国质量标杆河南行活动: an …活动 with a proper part, not a generic one."""
    for m in lex.ACTIVITY.finditer(text):
        start = name_start(text, m.start())
        stem = text[start : m.start()]
        if len(stem) < 5 or not lex.DOMAIN.search(stem) or not lex.PROPER_ACTIVITY.search(stem):
            continue
        if lex.KNOWN.search(stem) or lex.STRATEGY.search(stem) or lex.OPEN_QUOTE in stem or not balanced(stem):
            continue  # 全国质量月活动 is the known 质量月; “质量月”活动 is read as a quoted name
        yield Candidate(start, m.end(), stem + m.group(), "campaign")


def strategies(text: str, city_initials: frozenset[str]) -> Iterator[Candidate]:
    """The strategy class (质量强市, 品牌兴县, 质量强桂, 质量强梧 on a 梧州 page), with its 战略."""
    for m in lex.STRATEGY.finditer(text):
        if m["object"] not in lex.STRATEGY_OBJECTS and m["object"] not in city_initials:
            continue
        start = m.start()
        if m["designation"] and text.endswith(lex.NATIONAL_PREFIX, 0, start):
            start -= len(lex.NATIONAL_PREFIX)
        yield Candidate(
            start, m.end(), text[start : m.end()], "designation" if m["designation"] else "strategy", bool(m["noun"])
        )


def known(text: str) -> Iterator[Candidate]:
    """Well-known programmes named without quotes (质量月, 名牌战略, 质量提升行动)."""
    for m in lex.KNOWN.finditer(text):
        kind = lex.KNOWN_PROGRAMS[m.group()]
        yield Candidate(m.start(), m.end(), m.group(), kind, nested=kind == "strategy")
