"""Boilerplate lexicons, grouped by the reason a matching line is removed.

Data only: the filters in `extract.clean.filters` compile and apply these lists.
All entries are in simplified script (lines are normalised before matching).
"""

from __future__ import annotations

# Porn, gambling and keyword-stuffing SEO strings injected into pages.
SPAM_TERMS = [
    "一区二区",
    "二区三区",
    "精品欧美",
    "欧美在线",
    "国产精品",
    "国产高清",
    "国产中文",
    "亚洲国产",
    "日韩",
    "无码",
    "高清视频",
    "在线视频",
    "在线观看",
    "视频在线",
    "午夜",
    "伦理",
    "成人影",
    "av",
    "精产国品",
    "人妻",
    "少妇",
    "丝袜",
    "色综合",
    "久久",
    "波多野",
    "一本道",
    "自拍",
    "365bet",
    "bet365",
    "博彩",
    "赌场",
    "娱乐城",
    "百家乐",
    "真人娱乐",
    "体育投注",
    "彩票网",
    "澳门新葡京",
    "太阳城",
    "威尼斯人",
    "皇冠体育",
    "时时彩",
    "棋牌",
    "老虎机",
    "开户送",
]

# Breadcrumbs and site navigation.
NAVIGATION_PATTERNS = [
    r"^(您|你)?(当前|现在)?的?(所在)?(位置|所在)\s*[:：]",
    r"^首页\s*(>|>>|›|»|/|→)",
    r"^\s*(\d+\.\s*)?(>|>>|›|»|→)",
    r"(>|>>|›|»|→)[^>›»→]*(>|>>|›|»|→)",
    r"(>>|»|›|→)\s*(正文|新闻中心|首页)?\s*$",
    r"^(首页|新闻|资讯|频道|专题|图片|视频|评论)(\s*[|｜/]\s*\S{1,6}){3,}$",
    r"^[^|｜/。,]{2,8}(\s*[|｜/]\s*[^|｜/。,]{2,8}){2,}\s*[|｜/]?$",  # a menu bar: 网站首页 | 新闻 | 图片
    r"^[\u4e00-\u9fff]{2,10}(网|网站|在线|频道|门户)$",
    r"^(上一篇|下一篇|上一页|下一页|上一条|下一条|返回顶部|返回首页|返回列表|回到顶部)",
    r"^【[^】]{0,12}(列表|频道|首页|导航)】",
]

# Header and footer lines that describe the page rather than say anything. Label
# patterns only fire on short lines without a full stop (see filters.metadata).
METADATA_LABELS = [
    r"(信息|新闻|文章|稿件|稿件)?来源",
    r"作者",
    r"(责任|本网信息整理|网络)?编辑",
    r"责编",
    r"记者",
    r"通讯员",
    r"摄影",
    r"审核",
    r"校对",
    r"(发布|发表|更新|录入|上传)?(时间|日期)",
    r"点击(数|量)?",
    r"阅读(量|数)?",
    r"浏览(次数|量)?",
    r"关键(词|字)",
    r"字号",
    r"字体",
    r"原文(链接|地址)",
    r"本文链接",
]
METADATA_PATTERNS = [
    r"\d+\s*次(点击|浏览|阅读)",
    r"^[(（]\s*[\u4e00-\u9fff]{2,4}(\s+[\u4e00-\u9fff]{2,4}){0,3}\s*[)）]$",
    r"^[/／]?\s*文\s*[/／]?$",
    r"^作者\s+\S",
    r"[(（]\s*(责任编辑|编辑|作者)\s*[:：][^)）]*[)）]\s*$",
    r"^【?\s*字号\s*[:：]?\s*大\s*中\s*小\s*】?",
    r"^[〖【\[]?(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(\s*\d{1,2}:\d{2}(:\d{2})?)?\s*时?[〗】\]]?(\s+\S{2,12}){0,2}$",
    r"^《[^《》]{2,12}(报|刊|杂志|日报|晚报|时报|周刊)》$",
    r"^(\(|（)?(上接|下转)\s*\d+\s*版(\)|）)?$",
    r"^[(（]此件(主动|不予|依申请)?公开[)）]$",
    r"(文件名称|发文机关|发文单位|发文字号|成文日期|发布日期|文件类型|效力状态|主题分类|索引号)\s*\|",
    r"^(原标题|题)\s*[:：]",
    r"(讯|电)\s*题\s*[:：]",
]

# Site footers: who runs the site, where, how to reach it.
FOOTER_PATTERNS = [
    r"^(主办单位|承办单位|协办单位|办公地址|联系地址|联系电话|新闻热线|咨询电话|投稿邮箱|邮编|网站标识码|技术支持)\s*[:：]",
    r"(党政机关标识|网站标识码|主办单位\s*[:：])",
]

# Lists of links to other articles, and their headings.
RELATED_HEADINGS = [
    "相关新闻",
    "相关阅读",
    "相关文章",
    "相关链接",
    "相关专题",
    "相关报道",
    "延伸阅读",
    "推荐阅读",
    "最新新闻",
    "最新评论",
    "热点新闻",
    "热门新闻",
    "热门文章",
    "热点推荐",
    "猜你喜欢",
    "精彩推荐",
    "图片新闻",
    "新闻排行",
    "阅读排行",
    "点击排行",
    "更多新闻",
    "往期回顾",
    "今日推荐",
    "热门推荐",
    "相关附件",
    "相关文档",
    "相关推荐",
    "为你推荐",
    "为您推荐",
    "智能推荐",
    "热点视频",
    "热点舆情",
    "热点专题",
    "热点图片",
    "精彩图片",
    "热门排行",
    "最新文章",
    "最新资讯",
    "网友评论",
]

# Photo credits and captions: "(李晨 摄)", "记者林骏强摄".
PHOTO_CREDIT = r"(摄|摄影)\s*[)）]?$"

# Photo galleries and picture blocks.
GALLERY_LINES = ["热图一览", "高清图集赏析", "高清图集", "图集", "组图", "点击查看大图", "查看原图", "图片来源"]

# Copyright, reprint and liability notices.
DISCLAIMER_PATTERNS = [
    r"^(声明|免责声明|版权声明|特别声明)\s*[:：]",
    r"版权(所有|归|均属)",
    r"(未经|不得)[^。]{0,12}(授权|许可)[^。]{0,12}(转载|摘编|复制|使用)",
    r"转载(目的在于|请注明|自其他媒体)",
    r"不代表本(网|站)(观点|立场)",
    r"(copyright|©|\(c\)\s*\d{4}|all rights reserved)",
    r"(icp备|icp证|京公网安备|网安备\d+)",
    r"^本(网|站)注明",
]

# Stock quotes and tickers.
TICKER_PATTERNS = [
    r"股票名称\s*最新价",
    r"(证券代码|股票代码|证券简称)\s*[:：]",
    r"涨跌幅",
]

# Interface labels, template leftovers and share/print widgets.
UI_LABELS = [
    "undefined",
    "【/h/】",
    "打印本页",
    "关闭窗口",
    "打印",
    "关闭",
    "收藏",
    "分享到",
    "分享",
    "扫一扫",
    "微信扫一扫",
    "手机扫一扫",
    "用微信扫描二维码",
    "扫描二维码",
    "二维码",
    "返回顶部",
    "我要纠错",
    "加入收藏",
    "收藏本站",
    "设为首页",
    "帮助中心",
    "网站地图",
    "联系我们",
    "登录",
    "注册",
    "评论",
    "发表评论",
    "我要评论",
    "点赞",
    "转发",
    "字体:",
    "浏览:",
    "【打印】",
    "【关闭】",
    "[打印]",
    "[关闭]",
    "今天是",
    "目录",
    "信息分享:",
    "分享:",
    "本页url",
    "部分内容阅读",
    "论文部分内容阅读",
    "查看评论",
    "打印文章",
    "大",
    "中",
    "小",
]

# Lines that start a summary which repeats the body (removed when the body covers them).
SUMMARY_PREFIXES = ["文章简介", "内容简介", "内容摘要", "内容提要", "摘要", "导读", "简介"]

# Cue words of the patterns above that are not anchored at the line start (^…): every line
# such a pattern matches holds one of its reason's cues (compared case-insensitively), so
# lines holding none skip the pattern. A test checks each list against its patterns.
CUES = {
    "ticker": ["股票名称", "证券代码", "股票代码", "证券简称", "涨跌幅"],
    "disclaimer": [
        "版权",
        "未经",
        "不得",
        "转载",
        "不代表本",
        "copyright",
        "©",
        "(c)",
        "all rights reserved",
        "icp",
        "网安备",
    ],
    "footer": ["党政机关标识", "网站标识码", "主办单位"],
    "navigation": [">", "›", "»", "→"],
    "metadata": [
        "次点击",
        "次浏览",
        "次阅读",
        "编辑",
        "作者",
        "文件名称",
        "发文机关",
        "发文单位",
        "发文字号",
        "成文日期",
        "发布日期",
        "文件类型",
        "效力状态",
        "主题分类",
        "索引号",
        "题",
    ],
}
