"""The GB/T 2260 gazetteer (gazetteer.tsv, see GAZETTEER.md) and the names it is matched by."""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from importlib import resources

from extract.rules.compose import any_of, words

# Suffixes stripped to get the short name a city is usually called by (大连市 → 大连).
SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "地区", "省", "市", "盟")
# The peoples autonomous prefectures are named after (红河哈尼族彝族自治州 → 红河). A closed list:
# an open "any hanzi + 族" also eats the place (黔东南苗族 read as one people). Names of two or more
# characters may drop 族 (伊犁哈萨克自治州, 博尔塔拉蒙古自治州); one-character names keep it.
PEOPLES = words(
    "蒙古 维吾尔 布依 朝鲜 土家 哈尼 哈萨克 傈僳 拉祜 东乡 纳西 景颇 柯尔克孜 达斡尔 仫佬 布朗 撒拉 毛南 仡佬 锡伯"
    " 阿昌 普米 塔吉克 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 高山"
)
PEOPLES_ONE_CHARACTER = "回藏苗彝壮满侗瑶白傣黎佤畲水土羌怒京"
ETHNIC = re.compile(rf"(?:(?:{any_of(PEOPLES)})族?|[{PEOPLES_ONE_CHARACTER}]族)+自治州$")
# What an autonomous prefecture is called for short: 黔东南州, 红河州 (its short name + 州).
AUTONOMOUS_PREFECTURE = "自治州"
PREFECTURE_SHORT_SUFFIX = "州"
LEVELS = ("province", "prefecture", "county")
# One-character abbreviations that stand for a city (沪 = 上海, 甬 = 宁波), and the province
# abbreviations they are listed with (苏浙皖赣沪甬). Only read in a run of such characters
# or in 在沪召开-style phrases, never alone.
CITY_ABBREVIATIONS = {
    "京": "110000",
    "津": "120000",
    "沪": "310000",
    "渝": "500000",
    "甬": "330200",
    "穗": "440100",
    "榕": "350100",
    "蓉": "510100",
}
PROVINCE_ABBREVIATIONS = "冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕甘陇青宁新藏桂蒙港澳台"
# A run must be at least this long: 京津冀 (a region's name) is not a list of cities.
MIN_ABBREVIATION_RUN = 4


@dataclass(frozen=True, slots=True)
class Place:
    """One administrative division."""

    adcode: str
    name: str
    level: str
    parent: str
    province: str

    @property
    def is_city(self) -> bool:
        """A prefecture-level unit or one of the four municipalities."""
        return self.level == "prefecture" or self.adcode in MUNICIPALITIES


MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})


@functools.cache
def places() -> dict[str, Place]:
    """Every division by adcode."""
    text = resources.files("extract.rules").joinpath("gazetteer.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return {r["adcode"]: Place(r["adcode"], r["name"], r["level"], r["parent"], r["province"]) for r in rows}


@functools.cache
def by_name() -> dict[str, Place]:
    """Cities and provinces by full name (the first of a name shared by districts wins)."""
    out: dict[str, Place] = {}
    for place in sorted(places().values(), key=lambda p: (LEVELS.index(p.level), p.adcode)):
        out.setdefault(place.name, place)
    return out


@functools.cache
def aliases() -> dict[str, str]:
    """Former or alternative full names (襄樊市) to adcodes."""
    text = resources.files("extract.rules").joinpath("gazetteer.tsv").read_text(encoding="utf-8")
    out = {}
    for r in csv.DictReader(text.splitlines(), delimiter="\t"):
        for alias in filter(None, (r.get("aliases") or "").split("|")):
            out[alias] = r["adcode"]
    return out


@functools.cache
def province_names() -> frozenset[str]:
    """Provinces' full and short names (辽宁省, 辽宁, 内蒙古), the four municipalities left out."""
    provinces = [p.name for p in places().values() if p.level == "province" and p.adcode not in MUNICIPALITIES]
    return frozenset(filter(None, [*provinces, *map(short_name, provinces)]))


@functools.cache
def short_name(name: str) -> str | None:
    """大连市 → 大连, 恩施土家族苗族自治州 → 恩施; None when too short to be safe."""
    base = ETHNIC.sub("", name)
    if base == name:
        for suffix in SUFFIXES:
            if name.endswith(suffix):
                base = name[: -len(suffix)]
                break
    return base if len(base) >= 2 and base != name else None


# --- the region words that open award, brand and programme names ------------------------
# Words that make a name national: 中国名牌, 全国质量奖, 国家级…
NATIONAL_WORDS = ("中国世界", "中国", "中华", "国家级", "国家", "全国", "世界")
# Titles only the state confers, whatever words come before them.
NATIONAL_TITLES = ("驰名商标", "地理标志", "出口名牌", "世界名牌")
# Level words standing for the page's own province or city: 省级名牌, 市长质量奖.
LEVEL_WORDS = ("省级", "省", "市级", "市")
# Without a region word: (level, a bare opening word, a title in the name) tried in order:
# 省政府质量奖 and 著名商标 are provincial, 市长质量奖 and 知名商标 municipal.
LEVEL_MARKS = (("provincial", "省", "著名商标"), ("municipal", "市", "知名商标"))


@functools.cache
def region_names() -> dict[str, str]:
    """Province and city names, full and short, mapped to the level of a title they open."""
    names: dict[str, str] = {}
    for place in places().values():
        if place.level == "county":
            continue
        # The four municipalities are province-level: 上海名牌 and 重庆市市长质量管理奖 are provincial titles.
        level = "provincial" if place.level == "province" else "municipal"
        for name in (place.name, short_name(place.name)):
            if name and name not in names:
                names[name] = level
    return names


@functools.cache
def region_prefix() -> str:
    """Regex source for the region a title starts with (中国, 辽宁省, 大连, 省级, 市…)."""
    return any_of([*NATIONAL_WORDS, *LEVEL_WORDS, *region_names()])
