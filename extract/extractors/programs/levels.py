"""A programme's level and city: from its own name, a title only the state gives, or its issuer.

In order: the name's opening (国家… national, 江西省… provincial, 宝鸡市… municipal, 禅城区…
county; 天津… provincial like every municipality; 市长质量奖… the page's city), the strategy class
opening it (质量强桂 provincial, 质量强县 county), a national title ending it (产品质量法,
质量发展纲要, 质量月), what it is about (关于申报湖州市政府质量奖的通知 municipal), the issuer or
scope word nearest before it in its clause (国务院印发的《…》, 全省“…”, 我市…, 青岛市质量强市和…).
Else null: never the page's city by default. `city` is given only for a municipal programme.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extract.extractors.base import Context
from extract.rules import places as gaz
from extract.rules import program_levels as lv
from extract.rules import programs as lex

Level = tuple[str | None, str | None]
NONE: Level = (None, None)
NATIONAL: Level = ("national", None)


@dataclass(frozen=True, slots=True)
class Page:
    """What a programme's level is read against: the page's city and its cities' first characters."""

    city: str | None
    autonomous_region: bool
    city_initials: frozenset[str]

    @classmethod
    def of(cls, ctx: Context) -> Page:
        text = ctx.text
        autonomous = lv.AUTONOMOUS_REGION in text and not lv.DISTRICT_ORGAN.search(text)
        return cls(ctx.primary_city, autonomous, frozenset(c.city[0] for c in ctx.cities if c.city))

    def level_word(self, level: str, near: gaz.Place | None = None) -> Level:
        """The level a word stands for here: 市 the city named near it (福建晋江市…质量立市 is a
        county-level city's), else the page's city (a municipality's is provincial)."""
        if level == "municipal" and near is not None and near.name.endswith(lv.CITY_SUFFIX):
            return of_place(near)
        if level == "municipal":
            place = lv.place_names().get(self.city or "")
            if place and place.adcode in gaz.MUNICIPALITIES:
                return "provincial", None
            return "municipal", self.city
        if level == lv.DISTRICT:  # 全区, 质量强区 on an autonomous region's page is the region
            return ("provincial" if self.autonomous_region else "county"), None
        return level, None

    def strategy(self, m: re.Match[str], near: gaz.Place | None = None) -> Level | None:
        """The level of a strategy-class match: 质量强省, 质量强桂, 质量强梧 on a 梧州 page."""
        obj = m["object"]
        if obj in lv.STRATEGY_OBJECT_LEVELS:
            return self.level_word(lv.STRATEGY_OBJECT_LEVELS[obj], near)
        if obj in gaz.PROVINCE_ABBREVIATIONS:
            return "provincial", None
        if obj not in lex.STRATEGY_OBJECTS and obj in self.city_initials:
            return "municipal", self.city if self.city and self.city.startswith(obj) else None
        return None


@dataclass(frozen=True, slots=True)
class PlaceName:
    """A division named at s[start:end], by its full name (江西省) or a short one (江西)."""

    start: int
    end: int
    place: gaz.Place
    full: bool


def places_in(s: str) -> list[PlaceName]:
    """The divisions named in `s`, left to right."""
    automaton, names = lv.place_matcher()
    found = []
    for index, start, end in automaton.find_matches_as_indexes(s):
        place = lv.place_names()[names[index]]
        found.append(PlaceName(start, end, place, names[index] == place.name))
    return found


def opening_places(s: str) -> list[PlaceName]:
    """The chain of divisions `s` opens with (佛山市禅城区…: 佛山市, 禅城区)."""
    chain: list[PlaceName] = []
    for p in places_in(s):
        if p.start != (chain[-1].end if chain else 0):
            break
        chain.append(p)
    return chain


def of_place(place: gaz.Place) -> Level:
    if place.level == "province":
        return "provincial", None
    return ("municipal", place.name) if place.level == "prefecture" else ("county", None)


def level_of(text: str, start: int, name: str, page: Page) -> Level:
    """Level and city of the programme `name` found at text[start:]."""
    if code := lv.STANDARD_CODE.search(text, max(0, start - 20), start):
        return ("national", None) if code["national"] else ("provincial", None)
    core = lv.LEADING_YEAR.sub("", lex.NAME_MARKS.sub("", name))
    window = _clause_before(text, start)
    places = _issuing_places(window)
    near = places[-1].place if places else None
    for read in (_opening, _national_title, _subject):
        if level := read(core, page, near):
            return level
    return _issuer(window, page, near) or NONE


def _clause_before(text: str, start: int) -> str:
    """The clause before a name, from after an earlier 《title》 (国务院《质量发展纲要》和《…》)."""
    clause_start = max(text.rfind(c, max(0, start - 40), start) for c in lv.ISSUER_CLAUSE_ENDS) + 1
    window = text[max(clause_start, start - 40) : start]
    return window[window.rfind(lv.TITLE_CLOSE) + 1 :]


@functools.lru_cache(maxsize=4096)
def stated_level(name: str) -> str | None:
    """The level a name states by its opening words alone (中国…, 山西省…), else None."""
    level = _named(lv.LEADING_YEAR.sub("", lex.NAME_MARKS.sub("", name)))
    return level[0] if level else None


def _named(core: str) -> Level | None:
    """From a national word or a chain of places opening the name (佛山市禅城区 → county)."""
    if lv.NATIONAL_OPENER.match(core):
        return NATIONAL
    chain = opening_places(core.removeprefix(lv.PARTY_PREFIX))
    return of_place(chain[-1].place) if chain else None


def _opening(core: str, page: Page, near: gaz.Place | None) -> Level | None:
    """From the name's opening: a national word, a chain of places, a level word, the strategy class."""
    if named := _named(core):
        return named
    if m := lv.LEVEL_WORD.match(core):
        return page.level_word(lv.LEVEL_WORD_LEVELS[m.group()], near)
    m = lex.STRATEGY.match(core)
    return page.strategy(m, near) if m else None


def _national_title(core: str, page: Page, near: gaz.Place | None) -> Level | None:
    bare = core
    while (stripped := lv.BRACKETED_SUFFIX.sub("", bare)) != bare:
        bare = stripped
    return NATIONAL if lv.NATIONAL_TITLE.search(bare) else None


def _subject(core: str, page: Page, near: gaz.Place | None) -> Level | None:
    """What the name is about: the first national word, division or strategy in it
    (关于申报湖州市政府质量奖的通知, 最受欢迎的江西十大地域品牌, 推进质量强市建设开展…行动方案)."""
    core = lv.NESTED_TITLE.sub("", core)
    national = lv.NATIONAL_OPENER.search(core)
    places = places_in(core)
    strategy = lex.STRATEGY.search(core)
    found = [(m.start(), 0, m) for m in (national, strategy) if m] + [(p.start, 1, p) for p in places[:1]]
    for _, _, m in sorted(found, key=lambda f: f[:2]):
        if isinstance(m, PlaceName):
            return of_place(m.place)
        if m is national:
            return NATIONAL
        if m["designation"] and core.endswith(lex.NATIONAL_PREFIX, 0, m.start()):
            return NATIONAL  # 争创全国质量强市示范城市活动指导意见
        if level := page.strategy(m, near):
            return level
    return None


def _issuing_places(window: str) -> list[PlaceName]:
    """Divisions in a clause that may issue what follows: full names (江西省, 青岛市), short ones
    with an organ after them (江西省委 is full; 湖北省政府, 郫县市场监督管理局)."""
    return [p for p in places_in(window) if p.full or lv.ORGAN_AFTER_PLACE.match(window, p.end)]


def _issuer(window: str, page: Page, near: gaz.Place | None) -> Level | None:
    """The issuer or scope word nearest before the name in its clause (国务院印发的, 全省, 我市)."""
    found: list[tuple[int, int, Level | None]] = []
    for m in lv.ISSUER.finditer(window):
        found.append((m.end(), 0, page.level_word(m.lastgroup or "", near)))
    for p in _issuing_places(window):
        organ = lv.ORGAN_AFTER_PLACE.match(window, p.end)
        found.append((organ.end() if organ else p.end, 1, of_place(p.place)))
    for m in lex.STRATEGY.finditer(window):
        if m.end() == len(window) - 1 and window[-1] in lv.COORDINATION:
            found.append((m.end(), 2, page.strategy(m, near)))  # 质量立市和品牌带动战略
    found = [f for f in found if f[2]]
    return max(found, key=lambda f: f[:2])[2] if found else None
