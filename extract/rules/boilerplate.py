"""Boilerplate: the line rules that drop page furniture, the words they are made of, and inline repairs.

Each `LineRule` gives a reason to drop a whole line; `extract.clean.filters.LINE_FILTERS` lists
them in the order they are applied, with the few filters that are code. Lines are normalised
(NFKC, simplified script) before matching. Inline repairs clean what is left of a kept line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.rules.common import HAN, HANZI
from extract.rules.compose import alternation, words
from extract.rules.metadata import SOURCE_LABEL, SOURCE_QUALIFIERS

# --- word groups ----------------------------------------------------------------------------
# Porn, gambling and keyword-stuffing SEO strings injected into pages.
SPAM_TERMS = words("一区二区 二区三区 精品欧美 欧美在线 国产精品 国产高清 国产中文 亚洲国产 日韩 无码 高清视频")
SPAM_TERMS += words("在线视频 在线观看 视频在线 午夜 伦理 成人影 av 精产国品 人妻 少妇 丝袜 色综合 久久 波多野")
SPAM_TERMS += words("一本道 自拍 365bet bet365 博彩 赌场 娱乐城 百家乐 真人娱乐 体育投注 彩票网 澳门新葡京 太阳城")
SPAM_TERMS += words("威尼斯人 皇冠体育 时时彩 棋牌 老虎机 开户送")
# Breadcrumb arrows: 首页 > 新闻中心 > 正文.
ARROWS = words("> >> › » →")
# Channel names a menu bar opens with, and the endings of a site's name standing alone.
CHANNELS = words("首页 新闻 资讯 频道 专题 图片 视频 评论")
SITE_ENDINGS = words("网 网站 在线 频道 门户")
# Links to the neighbouring pages of a site.
PAGERS = words("上一篇 下一篇 上一页 下一页 上一条 下一条 返回顶部 返回首页 返回列表 回到顶部")
# Header and footer labels (regex pieces), followed by a colon on a short metadata line.
METADATA_LABELS = alternation(
    [
        f"({alternation(SOURCE_QUALIFIERS)})?{SOURCE_LABEL}",
        *words("作者 (责任|本网信息整理|网络)?编辑 责编 记者 通讯员 摄影 审核 校对"),
        *words("(发布|发表|更新|录入|上传)?(时间|日期) 点击(数|量)? 阅读(量|数)? 浏览(次数|量)? 关键(词|字)"),
        *words("字号 字体 原文(链接|地址) 本文链接"),
    ]
)
# The fields of a government document's table: 文件名称 | 关于… | 发文机关 | ….
DOCUMENT_FIELDS = words("文件名称 发文机关 发文单位 发文字号 成文日期 发布日期 文件类型 效力状态 主题分类 索引号")
# Who runs a site, where, how to reach it.
FOOTER_LABELS = words("主办单位 承办单位 协办单位 办公地址 联系地址 联系电话 新闻热线 咨询电话 投稿邮箱 邮编")
FOOTER_LABELS += words("网站标识码 技术支持")
# Headings of lists of links to other articles.
RELATED_HEADINGS = words("相关新闻 相关阅读 相关文章 相关链接 相关专题 相关报道 延伸阅读 推荐阅读 最新新闻 最新评论")
RELATED_HEADINGS += words("热点新闻 热门新闻 热门文章 热点推荐 猜你喜欢 精彩推荐 图片新闻 新闻排行 阅读排行 点击排行")
RELATED_HEADINGS += words("更多新闻 往期回顾 今日推荐 热门推荐 相关附件 相关文档 相关推荐 为你推荐 为您推荐 智能推荐")
RELATED_HEADINGS += words("热点视频 热点舆情 热点专题 热点图片 精彩图片 热门排行 最新文章 最新资讯 网友评论")
# Photo-gallery labels.
GALLERY_LINES = words("热图一览 高清图集赏析 高清图集 图集 组图 点击查看大图 查看原图 图片来源")
# Interface labels, template leftovers and share/print widgets.
UI_LABELS = words("undefined 【/h/】 打印本页 关闭窗口 打印 关闭 收藏 分享到 分享 扫一扫 微信扫一扫 手机扫一扫")
UI_LABELS += words("用微信扫描二维码 扫描二维码 二维码 返回顶部 我要纠错 加入收藏 收藏本站 设为首页 帮助中心 网站地图")
UI_LABELS += words("联系我们 登录 注册 评论 发表评论 我要评论 点赞 转发 字体: 浏览: 【打印】 【关闭】 [打印] [关闭]")
UI_LABELS += words("今天是 目录 信息分享: 分享: 本页url 部分内容阅读 论文部分内容阅读 查看评论 打印文章 大 中 小")
# Lines that start a summary which repeats the body (removed when the body covers them).
SUMMARY_PREFIXES = words("文章简介 内容简介 内容摘要 内容提要 摘要 导读 简介")

# --- line shapes ----------------------------------------------------------------------------
# A bulleted line: - 四川成都市开展…, • 安全的召回.
BULLET = re.compile(r"^\s*[-•·*▪►◆●○■□]\s*")
# A date glued to the end of a headline: …活动(2023-07-28).
TRAILING_DATE = r"[(（\[]?\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*[)）\]]?$"
# A sentence: a full stop anywhere, or a sentence end closing the line (a line with none is a
# label, a headline or a list item).
SENTENCE = re.compile(r"。|[!?;…]$|[!?]”$")
# A summary line: 文章简介:….
SUMMARY = re.compile(rf"^({alternation(SUMMARY_PREFIXES)})\s*[:：]")
SPAM = re.compile(alternation(map(re.escape, SPAM_TERMS)), re.IGNORECASE)
HANZI_CHAR = re.compile(HAN)
LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, eq=False)  # compared and hashed as itself: filters plans are cached per list of rules
class LineRule:
    """Drop a line with `reason` when one of `patterns` matches it.

    Patterns opening with ^ are matched at the line's start, the others searched anywhere;
    only on lines of at most `max_len` characters, and never on a line where `unless` is
    found (its dot matches any character).
    """

    name: str
    reason: str
    patterns: tuple[str, ...]
    max_len: int | None = 400
    unless: str | None = None
    ignore_case: bool = False
    anchored: re.Pattern[str] | None = field(init=False, repr=False)
    floating: re.Pattern[str] | None = field(init=False, repr=False)
    vetoed: re.Pattern[str] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        flags = re.IGNORECASE if self.ignore_case else 0
        at_start = [p for p in self.patterns if p.startswith("^")]
        anywhere = [p for p in self.patterns if not p.startswith("^")]
        object.__setattr__(self, "anchored", _any(at_start, flags))
        object.__setattr__(self, "floating", _any(anywhere, flags))
        object.__setattr__(self, "vetoed", re.compile(self.unless, re.DOTALL) if self.unless else None)

    def __call__(self, line: str) -> str | None:
        """The reason, when the rule drops `line`."""
        return self.at_start(line) or self.anywhere(line)

    def at_start(self, line: str) -> str | None:
        """The reason, when a pattern anchored at the start drops `line`."""
        return self.reason if self.allows(line) and self.anchored is not None and self.anchored.match(line) else None

    def anywhere(self, line: str) -> str | None:
        """The reason, when a pattern not anchored at the start drops `line`."""
        return self.reason if self.allows(line) and self.floating is not None and self.floating.search(line) else None

    def allows(self, line: str) -> bool:
        """Whether the rule may drop a line of this length and content (checked first: it is cheaper)."""
        return (self.max_len is None or len(line) <= self.max_len) and not (self.vetoed and self.vetoed.search(line))

    @property
    def __name__(self) -> str:  # a filter is named like a function (tests switch one off by name)
        return self.name


def _any(patterns: list[str], flags: int) -> re.Pattern[str] | None:
    """One pattern matching where any of `patterns` does."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags) if patterns else None


# --- line rules (their order: extract.clean.filters.LINE_FILTERS) ------------------------------
_ARROW = f"({alternation(ARROWS)})"
_ANY_CASE = {"ignore_case": True}

TICKER = LineRule(
    "ticker", "ticker", (r"股票名称\s*最新价", r"(证券代码|股票代码|证券简称)\s*[:：]", "涨跌幅"), **_ANY_CASE
)
DISCLAIMER = LineRule(
    "disclaimer",
    "disclaimer",
    (
        r"^(声明|免责声明|版权声明|特别声明)\s*[:：]",
        r"版权(所有|归|均属)",
        r"(未经|不得)[^。]{0,12}(授权|许可)[^。]{0,12}(转载|摘编|复制|使用)",
        r"转载(目的在于|请注明|自其他媒体)",
        r"不代表本(网|站)(观点|立场)",
        r"(copyright|©|\(c\)\s*\d{4}|all rights reserved)",
        r"(icp备|icp证|京公网安备|网安备\d+)",
        r"^本(网|站)注明",
    ),
    max_len=600,
    **_ANY_CASE,
)
FOOTER = LineRule(
    "footer",
    "footer",
    (rf"^({alternation(FOOTER_LABELS)})\s*[:：]", r"(党政机关标识|网站标识码|主办单位\s*[:：])"),
    max_len=300,
    **_ANY_CASE,
)
NAVIGATION = LineRule(
    "navigation",
    "navigation",
    (
        r"^(您|你)?(当前|现在)?的?(所在)?(位置|所在)\s*[:：]",
        r"^首页\s*(>|>>|›|»|/|→)",
        rf"^\s*(\d+\.\s*)?{_ARROW}",
        rf"{_ARROW}[^>›»→]*{_ARROW}",
        r"(>>|»|›|→)\s*(正文|新闻中心|首页)?\s*$",
        rf"^({alternation(CHANNELS)})(\s*[|｜/]\s*\S{{1,6}}){{3,}}$",
        r"^[^|｜/。,]{2,8}(\s*[|｜/]\s*[^|｜/。,]{2,8}){2,}\s*[|｜/]?$",  # a menu bar: 网站首页 | 新闻 | 图片
        rf"^[{HANZI}]{{2,10}}({alternation(SITE_ENDINGS)})$",
        rf"^({alternation(PAGERS)})",
        r"^【[^】]{0,12}(列表|频道|首页|导航)】",
    ),
    max_len=200,
    **_ANY_CASE,
)
# Header and footer lines that describe the page rather than say anything.
METADATA = LineRule(
    "metadata",
    "metadata",
    (
        r"\d+\s*次(点击|浏览|阅读)",
        rf"^[(（]\s*[{HANZI}]{{2,4}}(\s+[{HANZI}]{{2,4}}){{0,3}}\s*[)）]$",  # a byline: (朱剑平 张思凯)
        r"^[/／]?\s*文\s*[/／]?$",
        r"^作者\s+\S",
        r"[(（]\s*(责任编辑|编辑|作者)\s*[:：][^)）]*[)）]\s*$",
        r"^【?\s*字号\s*[:：]?\s*大\s*中\s*小\s*】?",
        r"^[〖【\[]?(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(\s*\d{1,2}:\d{2}(:\d{2})?)?\s*时?[〗】\]]?(\s+\S{2,12}){0,2}$",
        r"^《[^《》]{2,12}(报|刊|杂志|日报|晚报|时报|周刊)》$",
        r"^(\(|（)?(上接|下转)\s*\d+\s*版(\)|）)?$",
        r"^[(（]此件(主动|不予|依申请)?公开[)）]$",
        rf"({alternation(DOCUMENT_FIELDS)})\s*\|",
        r"^(原标题|题)\s*[:：]",
        r"(讯|电)\s*题\s*[:：]",
    ),
    max_len=160,
    **_ANY_CASE,
)
# A short line carrying a header label (来源:, 责任编辑:…); an interview's 记者:…? is body text.
METADATA_LABEL = LineRule(
    "metadata_label", "metadata", (rf"(?:{METADATA_LABELS})\s*[:：]",), max_len=100, unless=r"。|[?？!！]\s*$"
)
# A caption or credit line ending in 摄: (李晨 摄), 记者林骏强摄.
PHOTO_CREDIT = LineRule("photo_credit", "gallery", (r"(摄|摄影)\s*[)）]?$",), max_len=60, unless="。.*。")
GALLERY = LineRule("gallery", "gallery", (rf"^({alternation(map(re.escape, GALLERY_LINES))})\s*$",))
UI_LABEL = LineRule(
    "ui_label",
    "ui_label",
    (rf"^([【\[]?({alternation(map(re.escape, UI_LABELS))})[】\]]?\s*[|/]?\s*)+$",),
    **_ANY_CASE,
)
# The heading of a list of links to other articles.
RELATED_HEADING = LineRule(
    "related_heading",
    "related_links",
    (rf"^[^\w]*[【\[]?({alternation(RELATED_HEADINGS)})[】\]]?\s*[:>»]*\s*$",),
    max_len=None,
)
# A bulleted headline, or a headline with a date glued on: a link to another article.
RELATED_ITEM = LineRule("related_item", "related_links", (BULLET.pattern, TRAILING_DATE), max_len=120, unless="。.")

# --- inline repairs in kept lines -------------------------------------------------------------
# Template placeholders (【/h/】), masking asterisks, U+FFFD mojibake, 'undefined'.
INLINE_JUNK = re.compile(r"【\s*/?[a-zA-Z]{1,4}/?\s*】|\*{2,}|\ufffd|(?<![A-Za-z])undefined(?![A-Za-z])")
# What every piece of inline junk starts with (a page holding none needs no repair).
INLINE_JUNK_STARTS = ("【", "**", "\ufffd", "undefined")
# Doubled punctuation left by scrapers, and what replaces it, in order: ",," → ",", ",。" → "。".
DOUBLED_ANY = re.compile(r"[,、。]\s*[,、。]")
DOUBLED = (
    (re.compile(r",{2,}"), ","),
    (re.compile(r",\s*。"), "。"),
    (re.compile(r"。{2,}"), "。"),
    (re.compile(r"、{2,}"), "、"),
    (re.compile(r",\s*、"), "、"),
    (re.compile(r"[,、]\s*([,。])"), r"\1"),
)
