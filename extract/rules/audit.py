"""Cue words of each record table for `extract audit`: a kept sentence with one of them and a number
or a year, and no record of that table, is worth a person's look.
"""

from __future__ import annotations

from extract.rules.common import NUMBER, YEAR_DIGITS
from extract.rules.compose import words

CUES: dict[str, tuple[str, ...]] = {
    "cities": words("市委 市政府 市人民政府 市长 全市 我市 该市"),
    # Programme nouns, and the bare ones only in the compounds that name a programme (品牌带动工程,
    # 实施意见, 提升活动), never alone (产品、工程、服务; 征求意见; 计划单列市); the strategy class by
    # its head (质量强…, not 宜兴市).
    "programs": words("战略 行动 规划 方案 纲要 办法 示范城市 示范区 示范市 质量月 万里行")
    + words("带动工程 提升工程 惠民工程 培育工程 示范工程 品牌工程 质量工程 实施意见 指导意见 若干意见")
    + words("提升活动 创建活动 评选活动 强市活动 培育计划 提升计划 行动计划 发展计划")
    + words("质量强 质量兴 质量立 品质强 品牌强 品牌兴 名牌兴 标准强"),
    "awards": words("质量奖 质量管理奖 提名奖 金奖 银奖 铜奖 标杆 殊荣 奖项 表彰 获奖 称号 荣誉 先进单位 示范企业"),
    "brands": words("名牌 驰名商标 著名商标 知名商标 地理标志 老字号 优质产品 名优产品 品牌"),
    "dates": words("年 月 日 期间 以来 今年 去年 明年 同年 次年 当年"),
}
# A count (16家, 二十余个) or a year (2014年): what makes a cue sentence likely to hold a record.
COUNT = rf"{NUMBER}\s*(?:余|多)?\s*[家个项件名位所批款种]"
YEAR = rf"{YEAR_DIGITS}\s*年"
