"""Which quoted names and 《titles》 are programmes: the word classes of what quotation marks also hold.

Quotation marks alone do not make a programme (SPEC: slogans, nicknames and non-programme quotes
are not). A quoted name counts when a programme noun follows it or ends it, or when it is about
quality, brands or standards and is none of: a theme or slogan, a brand title (名牌产品 belongs to
brands), a meeting or event, a vehicle or platform, a management method, a headline with a count.
`extract.extractors.programs` imports the finished patterns.
"""

from __future__ import annotations

import functools
import re

from extract.rules.common import HANZI
from extract.rules.compose import alternation, any_of, words
from extract.rules.places import region_prefix

# --- word groups ----------------------------------------------------------------------------
# Words right before a quoted name that make it a theme, motto or slogan: 主题为“…”, 围绕“…”.
THEME_BEFORE = words("主题 主题是 主题为 主题词 宗旨 理念 口号 围绕 倡导 倡议 标语 精神 主线 提出")
# Words right after one: “…”主题活动, “…”为主题, “…”的理念.
THEME_AFTER = words("主题 为主题 的主题 理念 的理念 口号 精神 宗旨 为主线 工作主线 的要求")
# Where the clause a theme word must share with the name begins (a colon does not end it: 主题:“…”).
THEME_CLAUSE_ENDS = ",。;!?\n"
# 以“…”为…: a theme, unless a programme noun follows the name (以“质量月”活动为契机);
# 对“…”的: the words are talked about (大众对“质量标杆”的认知), not a programme named.
FRAMES = (("以", "为"), ("对", "的"))
# A count of things before the quote: 唱响六支“质量金曲”, 五个“…先进市县”的代表 (a category, not a name).
COUNTED_BEFORE = re.compile(r"[\d一二三四五六七八九十两几]+[个支项条批家位种类]$")
# A quoted name opening with one of these is a motto or a call, not a name (“加强质量品牌建设”).
SLOGAN_OPENERS = words("加强 推动 推进 提升 深入 实施 汇聚 奋进 建设 共建 打造 促进 助推 创建 构建 坚持 落实")
SLOGAN_OPENERS += words("走近 走进 用 以 让 学 弘扬 树立 践行 迈向 争做 争当 高举 聚焦 携手 共筑 唱响")
# A quoted name ending in a programme noun is still a call when it opens with one of these
# (“深入开展质量提升行动”), but not when it opens with its own verb (“提升行动”, “引领行动”).
CALL_OPENERS = words("深入 全面 大力 持续 加快 积极 扎实 切实 实施 推进 开展 落实 贯彻")
# A quoted name ending in one of these is a motto: “质量第一”, “质量时代”.
SLOGAN_ENDINGS = words("第一 优先 至上 为本 为先 取胜 时代")
# Where a slogan's phrases are joined: “质量第一、效益优先”, “奋进自贸港 品质新海南”.
SLOGAN_JOINERS = "、,·• "
# Brand titles: a count of them belongs to `brands`, the quoted title is no programme (“中国名牌”).
BRAND_TITLES = words("名牌产品 名牌 驰名商标 著名商标 知名商标 老字号 地理标志产品 地理标志保护产品 地理标志商标")
BRAND_TITLES += words("优质产品 名优产品 服务名牌")
# Meetings and events: “第十六届中国质量论坛”, “质量对话”沙龙.
EVENTS = words("会议 大会 论坛 座谈会 推进会 现场会 交流会 研讨会 发布会 博览会 展览会 颁奖典礼 典礼 沙龙")
EVENTS += words("峰会 年会 盛典 仪式 晚会 大赛 竞赛 协议 备忘录 签约")
# Vehicles, platforms and media: “春城质量号”, “昆明质量在线”.
VEHICLES = words("号 平台 在线 专列 列车 热线 网站 公众号 客户端 专栏 栏目")
# Management methods and results named in quotes: “…质量管理模式”, “…管理体系”.
METHODS = words("模式 体系 模型 方法 经验 成果 机制 理念")
# Quoted names ending like this are nicknames or honorifics, not programmes (浙江已成“品牌大省”).
NICKNAME_ENDINGS = words("大省 大市 之都 之乡 名城 名片")
# After a region, these make a quoted name a nickname (“大连制造”, “深圳质量”, “中国品质”).
NICKNAME_HEADS = words("制造 质量 速度 创造 品质 品牌 精神")
# Words that are quoted but are not programmes (SPEC: slogans, nicknames, lists).
NOT_PROGRAMS = frozenset(words("黑名单 红名单 头雁 国字号 一把手"))
# Nouns after a quoted name that need the name to be about quality: “一把手”工程, “明星产区”称号.
NOUNS_NEEDING_DOMAIN = words("工程 称号")
# A count summarising a list: “三大战略”, “八项工程”, “六大行动”.
LIST_SUMMARY = r"^[\d一二三四五六七八九十两]+[大项个条][^\d]{0,4}$"

# --- patterns -------------------------------------------------------------------------------
THEME_BEFORE_END = re.compile(rf"(?:{any_of(THEME_BEFORE)})[:为是]?$")
THEME_AFTER_START = re.compile(any_of(THEME_AFTER))
SLOGAN_OPENER = re.compile(any_of(SLOGAN_OPENERS))
CALL_OPENER = re.compile(any_of(CALL_OPENERS))
SLOGAN_ENDING = re.compile(rf"(?:{any_of(SLOGAN_ENDINGS)})$")
SLOGAN_SPLIT = re.compile(rf"[{SLOGAN_JOINERS}]+")
# A bracketed aside is no phrase of a slogan: 安徽省质量强县(市、区).
BRACKETED = re.compile(r"\([^)]*\)")
BRAND_TITLE_END = re.compile(rf"(?:{any_of(BRAND_TITLES)})$")
EVENT_END = re.compile(rf"(?:{any_of(EVENTS)})$")
EVENT_AFTER = re.compile(any_of(EVENTS))
VEHICLE_END = re.compile(rf"(?:{any_of(VEHICLES)})$")
VEHICLE_AFTER = re.compile(rf"(?:{any_of(VEHICLES)})(?![{HANZI}])|专列|地铁")
METHOD_END = re.compile(rf"(?:{any_of(METHODS)})$")
NICKNAME_END = re.compile(rf"(?:{any_of(NICKNAME_ENDINGS)})$")
LIST_SUMMARY_NAME = re.compile(LIST_SUMMARY)
# A headline quoted whole: a count with its unit (“今年江西新增地理标志商标17件”).
HAS_COUNT = re.compile(r"\d+\s*[件家个项名位款种批]")
# “十四五” is a period, not a plan.
PLAN_PERIOD = re.compile(r"^(?:十[一二三四五]五|[八九]五)(?:期间|时期)?$")
# “苏州制造”品牌认证: a city's name-brand certification scheme, not a nickname.
CERTIFICATION = re.compile(r"(?:品牌)?认证")
# A quoted phrase with a particle is a description, not a name (“…成效突出的地区”).
DESCRIPTION = re.compile(r"的")


@functools.cache
def nickname() -> re.Pattern[str]:
    """A region followed by 制造/质量/速度…: a city's nickname, not a programme (“大连制造”)."""
    return re.compile(rf"^(?:{region_prefix()})(?:{alternation(NICKNAME_HEADS)})$")
