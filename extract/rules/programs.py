"""Programme grammar: the words programmes are named with, and the patterns that find and weigh their names.

`extract.extractors.programs` imports the finished patterns; the one that needs the gazetteer
(a region's nickname) is built on first use.
"""

from __future__ import annotations

import functools
import re

from extract.rules.common import HANZI, QUOTES, YEAR_DIGITS
from extract.rules.compose import alternation, any_of, words
from extract.rules.places import region_prefix

# --- word groups ----------------------------------------------------------------------------
# Words that make a 《document》 or a “quoted name” a quality/brand/standards programme.
DOMAIN_WORDS = words("质量 品质 品牌 名牌 标准 商标 质量奖 诚信 信用 强市 强省 强国 兴市 立市 精品 标杆 卓越")
DOMAIN_WORDS += words("计量 认证 检验 地理标志 老字号 制造 优质")
# Programme nouns (SPEC): a name ending in one of these is a programme.
PROGRAM_NOUNS = words("战略 行动 活动 工程 计划 规划 方案 纲要 意见 办法 示范城市 示范区")
# Nouns that end a programme's name when it is read back without quotes or 《》: documents,
# strategies and actions (活动, 工程 and 示范区 are too often generic: 质量管理活动).
READ_BACK_NOUNS = words("规划 方案 纲要 意见 办法 计划 战略 行动")
# Read-back names ending in these swallow the sentence around them when long.
SWALLOWING_NOUNS = words("战略 行动")
# After a list of quoted names: “质量月”、“质量万里行”等活动; and the title a name may be: “…”称号.
ETC = "等"
TITLE = "称号"


def _known(kind: str, level: str | None, names: str) -> dict[str, tuple[str, str | None]]:
    return dict.fromkeys(words(names), (kind, level))


# Well-known programmes named without quotes: name → (kind, level or None = from context).
KNOWN_PROGRAMS = _known("designation", "national", "全国质量强市示范城市 质量强国标杆城市 全国知名品牌创建示范区")
KNOWN_PROGRAMS |= _known("designation", "national", "国家地理标志产品保护")
KNOWN_PROGRAMS |= _known("strategy", "national", "质量强国 质量强国战略 国家品牌战略")
KNOWN_PROGRAMS |= _known("strategy", "provincial", "质量强省 质量兴省")
KNOWN_PROGRAMS |= _known("strategy", "municipal", "质量强市 质量兴市 质量立市 品牌强市")
KNOWN_PROGRAMS |= _known("concept", "municipal", "品质立市")
KNOWN_PROGRAMS |= _known("strategy", None, "名牌战略 品牌战略 商标品牌战略 品牌带动战略 品牌引领战略 技术标准战略")
KNOWN_PROGRAMS |= _known("strategy", None, "标准化战略 质量与品牌战略")
KNOWN_PROGRAMS |= _known("campaign", None, "质量提升行动")
KNOWN_PROGRAMS |= _known("campaign", "national", "质量月 品质月 中国品牌日 质量万里行 消费者权益保护日")
# Kind of a programme from the end of its name, tried in order.
KIND_BY_ENDING = [
    *((ending, "designation") for ending in words("示范城市 示范区 标杆城市 城市")),
    *((ending, "strategy") for ending in words("战略 强市 强省 强国 兴市 立市")),
    *((ending, "campaign") for ending in words("行动 活动 工程 月 日 行 计划")),
    *((ending, "document") for ending in words("规划 方案 纲要 意见 办法 通知 决定 公告 白皮书 函")),
]
# Verbs and particles where a programme name read back from its noun cannot extend further.
NAME_STOPS = words("开展 实施 推进 制定 出台 印发 发布 落实 贯彻 启动 深入 加快 推动 实现 建设 加强 围绕")
NAME_STOPS += words("坚持 积极 大力 全面 持续 组织 按照 根据 通过 参加 举办 举行 荣获 获得 获批 创建 争创")
NAME_STOPS += words("申报 批准 命名 成为 作为 列入 启动了 编制 审议 通过了 部署 召开 牢固树立 树立 强化")
NAME_STOPS += words("完善 健全 探索 推行 引导 鼓励 明确 今天 今年 近年来 目前 以来 进一步")
# Single characters where a read-back name stops too: particles, conjunctions, prepositions.
STOP_CHARS = "的了和与及等为是在对向把将以从由于、个"
# Quoted names ending like this are nicknames or honorifics, not programmes (浙江已成“品牌大省”).
NICKNAME_ENDINGS = words("大省 大市 之都 之乡 名城")
# After a region, these make a quoted name a nickname (“大连制造”, “深圳质量”, “中国品质”).
NICKNAME_HEADS = words("制造 质量 速度 创造 品质 品牌 精神")
# Words that are quoted but are not programmes (SPEC: slogans, nicknames, lists).
NOT_PROGRAMS = frozenset(words("黑名单 红名单 头雁 国字"))
# What a programme's name opens with when it is national: 国家…, 全国…, 国务院….
NATIONAL_OPENERS = words("国家 全国 中国 国务院")
# The endings of a newspaper's or magazine's name: 《中国质量报》 is no programme.
PUBLICATION_ENDS = words("报 刊 杂志 周刊 日报 晚报")
# What follows the 《name》 of a publication: 《品质》杂志社.
PUBLICATION_AFTER_WORDS = words("杂志 报社 出版社 编辑部 期刊 一书")
# Spam words glued to injected junk in a name: …beat365官网在线.
SPAM_GLUE = words("如何 官网 在线 网址 平台 娱乐")
# Quotation marks a name read back from its noun must balance, and brackets.
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"
BALANCED = ((OPEN_QUOTE, CLOSE_QUOTE), ("(", ")"))
# What a name read back never starts with: the end of a quotation or bracket before it.
NOT_NAME_START = CLOSE_QUOTE + ")"

# --- patterns -------------------------------------------------------------------------------
_NOUNS = alternation(sorted(PROGRAM_NOUNS, key=len, reverse=True))  # longest first
# 《大连市质量强市发展规划》
BOOK = re.compile(r"《(?P<name>[^《》\n]{2,60})》")
# “质量月”, 「质量万里行」
QUOTED = re.compile(rf"[{QUOTES}](?P<name>[^“”\"「」\n]{{2,30}})[”\"」]")
# A whole quoted stem: “质量兴市”.
QUOTED_STEM = re.compile(r"“([^”]+)”")
# Quoted names listed together: “质量月”、“质量万里行”.
LIST_JOINER = re.compile(r"[、和]")
KNOWN = re.compile(any_of(KNOWN_PROGRAMS))
DOMAIN = re.compile(alternation(DOMAIN_WORDS))
NOUN_END = re.compile(f"(?:{_NOUNS})$")
# A noun right after a quoted name: “领跑者”行动, …等活动, “…”称号.
NOUN_AFTER = re.compile(rf"(?:{ETC})?(?:{_NOUNS}|{TITLE})")
NATIONAL = re.compile(rf"^(?:{alternation(NATIONAL_OPENERS)})|^关于.*全国")
PROVINCIAL = re.compile(r"省|自治区")
MUNICIPAL = re.compile(r"市")
NEWSPAPER = re.compile(rf"(?:{alternation(PUBLICATION_ENDS)})$")
# Injected junk: a run with Latin letters, and the spam words glued to it (…beat365官网在线).
JUNK = re.compile(rf"^.*[A-Za-z][A-Za-z0-9_\-]*(?:{alternation(SPAM_GLUE)})*")
JUNK_HINT = re.compile(r"[A-Za-z]{3}")
# “十四五” is a period, not a plan.
PLAN_PERIOD = re.compile(r"^(?:十[一二三四五]五|[八九]五)(?:期间|时期)?$")
# A slogan: a list of phrases (人人重视质量、人人创造质量、人人享受质量).
SLOGAN = re.compile(r"、.*、|,")
# “苏州制造”品牌认证: a city's name-brand certification scheme, not a nickname.
CERTIFICATION = re.compile(r"(?:品牌)?认证")
READ_BACK_NOUN = re.compile(f"(?:{alternation(READ_BACK_NOUNS)})")
BARE_DOCUMENT = re.compile(rf"^(?:{_NOUNS})$")
# 实施质量强市战略: a known name, with the noun it may carry, at the end of a read-back name.
KNOWN_AT_END = re.compile(rf"(?:{any_of(KNOWN_PROGRAMS)})(?P<noun>{alternation(SWALLOWING_NOUNS)})?$")
PUBLICATION_AFTER = re.compile(alternation(PUBLICATION_AFTER_WORDS))
# Where a name read back from its noun stops: punctuation (quotes and a (2011-2020年) excepted),
# particles, and the verbs of NAME_STOPS.
NAME_STOP = re.compile(rf"{alternation(sorted(NAME_STOPS, key=len, reverse=True))}|[^{HANZI}\d“”()\-—]|[{STOP_CHARS}]")
# Marks ignored when two names are compared: quotes, spaces, enumeration commas.
NAME_MARKS = re.compile(r"[“”\"「」\s、]")
# (2011-2020年) closing a document's name.
YEARS_SUFFIX = re.compile(rf"\({YEAR_DIGITS}[-—]{YEAR_DIGITS}年?\)$")


@functools.cache
def nickname() -> re.Pattern[str]:
    """A region followed by 制造/质量/速度…: a city's nickname, not a programme (“大连制造”)."""
    return re.compile(rf"^(?:{region_prefix()})(?:{alternation(NICKNAME_HEADS)})$")
