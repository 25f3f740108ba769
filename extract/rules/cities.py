"""City grammar: when a name in the gazetteer stands for a city, abbreviations, a city's own government,
and what makes a mention weigh for the page's primary city.

The gazetteer and the abbreviations' table are in `extract.rules.places`; `extract.extractors.cities`
imports the finished word groups and patterns.
"""

from __future__ import annotations

import re

from extract.rules.common import HAN
from extract.rules.compose import alternation, any_of, words
from extract.rules.places import CITY_ABBREVIATIONS, MIN_ABBREVIATION_RUN, PROVINCE_ABBREVIATIONS

# --- word groups ------------------------------------------------------------------------------
# What a county-level city's name ends with (瓦房店市), unlike a district's or a county's.
CITY_SUFFIX = "市"
# What a district's name ends with (浦东新区, 甘井子区): one no other division shares stands for its city.
DISTRICT_SUFFIX = "区"
# Common words with a place's name inside that are not the place: matched like names, they hide the
# shorter name in them (光合作用 is not 合作市, 孙中山 is not 中山市, 黄河源 is not 河源市, 年均日照 is
# sunshine, 云台山 a mountain, 阿里巴巴 a company, 大理石 marble).
COMMON_WORDS = words(
    "孙中山 中山大学 中山装 中山公园 中山路 中山陵 中山医院 中山先生 黄河 五台山 天台山 云台山 长白山 太白山"
    " 小兴安岭 峨眉山 出海口 入海口 挪威海 一视同仁 天山南北 大同江 流沙河 东平湖 半壁江山 打江山 南天门 朝天门"
    " 超新星 日久天长 三纲五常 清静无为 昆士兰州 马里兰州 内华达州 佛罗里达州 明尼苏达州 阿里巴巴 阿里云 大理石"
    " 均日照 年日照 日照时数 日照时间 日照时长 日照充足 充足日照 光合作用 国共合作 南南合作 平安顺利 新民主主义"
    " 新东方 京东方 同仁堂 北海公园 幸福安康 三明治"
)
# Short names that are ordinary words (合作, 大同小异, 长治久安, 江山, 阳春三月, 榆树): a bare one counts
# only on a page that also names the city in full (合作市) or right after its province (甘肃合作).
ORDINARY_STEMS = words(
    "合作 白银 来宾 大同 长治 朝阳 白山 东方 和平 江南 新城 城中 城东 城西 城北 郊区 矿区 市中 市南 市北 东区 西区"
    " 南区 北区 长寿 万年 太和 永安 开平 宝应 高平 福安 江山 临海 天长 无为 阳春 安宁 弥勒 孝义 磐石 榆树 樟树"
    " 新星 同仁 海伦 临江 大安 宁安 长乐"
)
# Short names better known as something else, a river, mountain, region, brand, hospital or old
# prefecture (红河, 黄山, 海西经济区, 瑞金医院, 西周时属青州, 日照 = sunshine): a bare one counts on a
# page about its province too (the province named, or one of its cities named beyond doubt).
HOMONYM_STEMS = words(
    "红河 怒江 文山 海西 兴安 阿里 瑞金 青州 南安 海林 黄山 庐山 武夷山 井冈山 峨眉山 大兴安岭 新民 湘西 玉树"
    " 伊犁 黑河 赤水 嫩江 图们 洪湖 赤壁 巢湖 栖霞 香格里拉 龙井 日照 安康 普洱 天门 临安 德宏 五指山"
)
# Zones named after a place (滨州's 北海经济开发区): a short name right before one of these counts only
# on a page about its province; 北海市高新区, with the full name, always does.
ZONE_WORDS = words(
    "经济技术开发区 经济开发区 高新技术产业开发区 高新技术开发区 高新区 开发区 经开区 新区 工业园区 工业园"
    " 产业园区 产业园 园区 试验区 保税区 综合保税区 示范区"
)
# Where an abbreviation stands for a city: after a verb of going or being (在沪, 来甬, 赴穗)…
PLACE_VERBS = "在来赴抵返驻"
# …and before an event: 在沪召开, 在榕举行.
EVENT_VERBS = words("召开 举行 举办 开幕 闭幕 启动 签约 发布")
# A city named right before one of these is the page's own government or agency: 大连市委, 青岛市质监局.
GOVERNANCE_WORDS = words("市委 市政府 市人民政府 市质监局 市质量技术监督局 市场监管局 市市场监督管理局")
GOVERNANCE_WORDS += words("市市场监管局 市长 市委书记 市质量强市")

# --- people whose name holds a place's name (王安顺市长, 副主任方兴安) ----------------------------
# Single-character surnames; characters that are mostly function words before a place (于, 向, 和,
# 及, 从, 在) are left out.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤易常温康"
    "施文牛樊葛邢齐伍庞颜倪聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉"
    "骆蓝游辛靳管柴鲍喻祁蒲房滕屈饶解牟艾尤穆卓缪简车项芦麦褚娄窦戚岑党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟"
    "邬卞姬师仇栾隋刁荣巫寇桑郎甄丛仲虞敖巩佘查迟邝"
)
# A title right after a name (王安顺市长, 方兴安同志), or a verb of speech (李金华表示).
PERSON_TITLES = words(
    "市长 副市长 书记 副书记 局长 副局长 主任 副主任 同志 先生 女士 主席 副主席 省长 县长 区长 旗长 厅长 部长"
    " 处长 科长 院长 校长 所长 总经理 董事长 总裁 经理 教授 研究员 代表 委员"
)
PERSON_SPEECH = words("表示 指出 强调 介绍 认为 透露 要求")
# What a given name running on past a place does not end with (温州人表示 is people of 温州).
NOT_GIVEN_NAME = "市州县区盟省人籍地方企商港站"
# A role right before a name: 旗人大副主任方兴安, 记者李金华.
PERSON_BEFORE = words(
    "市长 书记 局长 主任 主席 省长 县长 区长 旗长 厅长 部长 处长 科长 院长 校长 所长 经理 董事长 总裁 记者"
    " 通讯员 编辑 代表 委员 教授 专家 同志 秘书长 理事长 会长"
)

# --- patterns ------------------------------------------------------------------------------
_CITY_ABBREVIATION = f"[{''.join(CITY_ABBREVIATIONS)}]"
# 苏浙皖赣沪甬: a run of abbreviations listing provinces and cities.
ABBREVIATION_RUN = re.compile(rf"[{''.join(CITY_ABBREVIATIONS)}{PROVINCE_ABBREVIATIONS}]{{{MIN_ABBREVIATION_RUN},}}")
# 在沪召开
ABBREVIATION_PLACE = re.compile(rf"(?<=[{PLACE_VERBS}]){_CITY_ABBREVIATION}(?={alternation(EVENT_VERBS)})")
# Matched where a city's name ends (or at its 市): 大连市委, 青岛市质监局, 大连市长.
GOVERNANCE = re.compile(any_of(GOVERNANCE_WORDS))
# Matched where a short name ends: 北海经济开发区.
ZONE_AFTER = re.compile(any_of(ZONE_WORDS))
# Matched where a short name ends: 安顺市长, 兴安同志, 金华表示 (the surname is checked before the name).
PERSON_TITLE_AFTER = re.compile(any_of(PERSON_TITLES + PERSON_SPEECH))
# Matched where a short name ends, for a given name that runs on past it: 金华夏同志 (not 温州人表示).
PERSON_RUNS_ON = re.compile(rf"(?![{NOT_GIVEN_NAME}]){HAN}(?:{any_of(PERSON_TITLES)})")
# Searched in the few characters before a surname: 副主任 方兴安, 记者李金华.
PERSON_ROLE_BEFORE = re.compile(rf"(?:{any_of(PERSON_BEFORE)})\s?$")

# --- what a mention weighs for the primary city -------------------------------------------------
# After a name, an outlet or a dateline: 济南日报, 青岛新闻网, 天水在线, 本报深圳8月14日电, 南昌讯.
# The page's source, not its subject: such a mention weighs nothing.
OUTLET_WORDS = words("日报 晚报 早报 都市报 商报 新闻网 新闻 在线 电视台 广播电视台 融媒体中心 发布 网")
DATELINE = re.compile(rf"(?:\d{{1,2}}月\d{{1,2}}日)?(?:电|讯|消息)|{any_of(OUTLET_WORDS)}")
# A venue: 在郑州举行, 在北京人民大会堂隆重召开, 在河南省郑州市全面启动, 中国质量(南京)大会.
VENUE_BEFORE = "在"
VENUE_BRACKETS = ("(", ")")
VENUE_AFTER = re.compile(rf"[^,。;:、!?\n]{{0,12}}?(?:{alternation(EVENT_VERBS)})")
# A name opening an organisation's: 哈尔滨电机厂有限责任公司, 青岛大学, 瑞金医院.
ORGANISATION_ENDS = words("有限公司 有限责任公司 股份公司 集团 公司 厂 大学 学院 医院 银行 协会 研究院 研究所")
ORGANISATION_AFTER = re.compile(rf"[^,。;:、!?\n(){{}}“”]{{0,14}}?(?:{any_of(ORGANISATION_ENDS)})")
# A title that names a province or the nation (湖南这8个组织荣获第六届省长质量奖, 全国质协系统…
# 启动, 市场监管总局抽查…) and no city: the page is about more than a city, and has none unless one stands out.
WIDE_WORDS = words("全国 全省 我省 本省 国家 中国 总局 省委 省政府 省长 省级 全区 自治区")
WIDE = re.compile(any_of(WIDE_WORDS))
# Where the first sentence of a page without a title ends.
SENTENCE_MARKS = ("。", "\n")
# 我市, 全市, 本市, 市委, 市政府: the page speaks as a city, whichever it names.
CITY_SELF_WORDS = words("我市 全市 本市 该市 市委 市政府 市人民政府 市长")
CITY_SELF = re.compile(any_of(CITY_SELF_WORDS))
