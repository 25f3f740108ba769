"""Page metadata grammar: the header, footer and dateline lines a page's headline, date and outlet are read from.

`extract.clean.metadata` imports the finished patterns; the outlets' own spellings are in
`extract.rules.outlets`.
"""

from __future__ import annotations

import re

from extract.rules.common import HAN, YEAR_DIGITS
from extract.rules.compose import alternation, words

# --- word groups ----------------------------------------------------------------------------
# What a date is labelled with: 发布时间, 更新日期, and the bare 时间, 日期.
PUBLISHING = words("发布 发表 更新")
DATE_WORDS = words("时间 日期")
# Who signs an official notice (…人民政府 2024年6月27日) and heads its title.
ISSUERS = words("人民政府 办公室 办公厅 委员会 领导小组 局")
# The nouns an official document's title ends with: 关于表彰…的通报.
DOCUMENT_NOUNS = words("通报 决定 通知 意见 办法 批复 函 公告 报告 方案 规划 细则 命令")
# What the title of a notice opens with.
NOTICE_OPENER = "关于"
# The field of a document table holding its title: 文件名称 | 关于… |.
TITLE_FIELDS = words("文件名称 标题 题名")
# Words of the header lines the headline stands above: 来源, 作者, 阅读….
HEADER_WORDS = words("来源 作者 点击 阅读 浏览")
# The source label, and what may qualify it: 信息来源, 新闻来源.
SOURCE_LABEL = "来源"
SOURCE_QUALIFIERS = words("信息 新闻 文章 稿件")
# The endings of an outlet's name: 中国质量报, 中国质量新闻网, 新华社, 电视台; a dateline's also
# 国际在线, 德州新闻.
OUTLET_ENDS = words("网 报 社 台")
DATELINE_OUTLET_ENDS = (*OUTLET_ENDS, *words("在线 新闻"))
# What ends a dateline: 中国质量新闻网讯, 河南日报消息, 新华社北京9月6日电.
DATELINE_MARKS = words("讯 消息 电")
# The wire services whose dateline gives a place and a day: 新华社北京9月6日电.
WIRES = words("新华社 中新社 中新网 人民网 央视网 新华网")
# Words standing where an outlet's name would be that name none: 本报讯, (记者…).
NOT_OUTLETS = frozenset(words("本报 本网 本站 记者"))
# Brackets around an outlet's name: 《中国质量报》, 【福州晚报讯】.
OUTLET_BRACKETS = "《》【】[] "

# --- dates ----------------------------------------------------------------------------------
# 2014年9月16日, 2014-09-16, 2014.9.16, and a time after it: 09:36:02.
YMD = rf"(?P<y>{YEAR_DIGITS})\s*[-/.年]\s*(?P<m>\d{{1,2}})\s*[-/.月]\s*(?P<d>\d{{1,2}})\s*日?"
HMS = r"(?:\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
DATE_TIME = re.compile(YMD + HMS)
# 16.09.2014
DMY = re.compile(rf"^(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{YEAR_DIGITS})\b")
_LABEL_END = r"\s*[:：|]?\s*\|?\s*"
# 发布时间:2014-09-16 09:36, 更新日期 | 2015-07-13
PUBLISH_DATE = re.compile(rf"(?:{alternation(PUBLISHING)})(?:{alternation(DATE_WORDS)}){_LABEL_END}" + YMD + HMS)
# 时间:2021-09-14 10:59
LABELLED_DATE = re.compile(rf"(?:{alternation(DATE_WORDS)}){_LABEL_END}" + YMD + HMS)
# 徐州市人民政府 2024年6月27日
SIGNED = re.compile(rf"(?:{alternation(ISSUERS)})\s*" + YMD)
# 新华社北京9月6日电: the day of a dateline.
DATELINE_DAY = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|讯)")
# 2013年, not the end of a range (2011-2013年, 至2013年).
YEAR_MENTION = re.compile(rf"(?<![-—~至到\d])({YEAR_DIGITS})年")
# 〖2006-8-29 8:22:00时〗: a line holding nothing but a date.
ONLY_DATE = re.compile(r"^[〖【\[(]?\s*" + YMD + HMS + r"\s*时?[〗】\])]?$")

# --- titles ---------------------------------------------------------------------------------
# 文件名称 | 关于颁发第八届市长质量奖的决定 |
TABLE_TITLE = re.compile(rf"(?:{alternation(TITLE_FIELDS)})\s*\|\s*(?P<t>[^|]{{4,80}}?)\s*\|")
DOCUMENT_NOUN_END = re.compile(rf"(?:{alternation(DOCUMENT_NOUNS)})$")
ISSUER_END = re.compile(rf"(?:{alternation(ISSUERS)})$")
# A header line (a date, a source, an author, a read count) the headline stands above.
HEADER_ANCHOR = re.compile(r"\d{4}[-/.年]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|" + alternation(HEADER_WORDS))
# What no headline ends with, or holds: 。, ;, :.
NOT_HEADLINE = re.compile(r"。|[;:：]$")
HEADLINE_END = re.compile(r"[。;:：]$")
ORIGINAL_TITLE = re.compile(r"^原标题\s*[:：]\s*")

# --- outlets --------------------------------------------------------------------------------
# 2011-08-05 14:27:00 中国质量新闻网
DATE_THEN_OUTLET = re.compile(YMD + HMS + rf"\s+(?P<o>{HAN}{{2,12}}(?:{alternation(OUTLET_ENDS)}))$")
# 来源:中国质量报, 信息来源:国家质检总局
SOURCE = re.compile(rf"(?:{alternation(SOURCE_QUALIFIERS)})?{SOURCE_LABEL}\s*[:：]\s*(?P<o>[^\s:：|]{{2,20}})")
# 中国质量新闻网讯, 【襄阳政府网消息】, 长江日报-长江网9月10日讯, 中国消费者报福州讯
DATELINE = re.compile(
    rf"^[【\[]?(?P<o>[^\s【】\[\]()(),,。:：|]{{2,14}}?(?:{alternation(DATELINE_OUTLET_ENDS)}))(?:-[^\s\d]{{2,8}})?"
    rf"(?:{HAN}{{2,3}})?(?:\d{{1,2}}月\d{{1,2}}日)?(?:{alternation(DATELINE_MARKS)})[】\]]?"
)
# 新华社北京9月6日电
WIRE = re.compile(rf"^(?P<o>{alternation(WIRES)}){HAN}{{0,4}}\d{{1,2}}月\d{{1,2}}日(电|讯)")
# 中国质量新闻网 | 大连市开展…: an outlet opening the first line.
OUTLET_PREFIX = re.compile(rf"^[【\[]?(?P<o>{HAN}{{2,10}}(?:{alternation(OUTLET_ENDS)}))\s*[|｜]")
# 《中国质量报》 alone on a line at the end of the page.
BRACKETED_OUTLET = re.compile(r"^《(?P<o>[^《》]{2,12}(报|刊|杂志|周刊))》$")
