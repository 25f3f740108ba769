"""Cue words of each record table for `extract audit`: a kept sentence with one of them and a number
or a year, and no record of that table, is worth a person's look.
"""

from __future__ import annotations

from extract.rules.common import NUMBER, YEAR_DIGITS
from extract.rules.compose import words

CUES: dict[str, tuple[str, ...]] = {
    # A government named after its place (凯里市委, 黔东南州委, 阿里地委, 兴安盟行署): a name is likely
    # right before it. (全市, 我市 name no place: they were dropped.)
    "cities": words("市委 市政府 市人民政府 市长 州委 州政府 州人民政府 州长 地委 行署 盟委"),
    # Programme nouns, and the bare ones only in the compounds that name a programme (品牌带动工程,
    # 实施意见, 提升活动), never alone (产品、工程、服务; 征求意见; 计划单列市); the strategy class by
    # its head (质量强…, not 宜兴市).
    "programs": words("战略 行动 规划 方案 纲要 办法 示范城市 示范区 示范市 质量月 万里行")
    + words("带动工程 提升工程 惠民工程 培育工程 示范工程 品牌工程 质量工程 实施意见 指导意见 若干意见")
    + words("提升活动 创建活动 评选活动 强市活动 培育计划 提升计划 行动计划 发展计划")
    + words("质量强 质量兴 质量立 品质强 品牌强 品牌兴 名牌兴 标准强"),
    "awards": words(
        "质量奖 质量管理奖 提名奖 组织奖 个人奖 正奖 优秀奖 创新奖 金奖 银奖 铜奖"
        " 标杆 殊荣 奖项 表彰 获奖 上榜 称号 荣誉 先进单位 示范企业"
    ),
    "brands": words("名牌 驰名商标 著名商标 知名商标 地理标志 地理商标 老字号 优质产品 名优产品 品牌"),
    # Relative and vague dates (去年, 年初, 上旬, 春节) the pattern may leave unresolved or unread; a
    # bare 年, 月 or 日 (每两年, 年增长率, 日前) says little, and a year stated twice is one record.
    "dates": words(
        "今年 去年 前年 明年 同年 次年 当年 上年 本年 年初 年底 年末 年中 上半年 下半年 月初 月底 月中 上旬 中旬"
        " 下旬 元旦 春节 国庆 期间 以来"
    ),
    "designations": words("获批创建 批准创建 创建资格 正式命名 命名 通过验收 复核 撤销 示范城市 质量强县 先进市县"),
}
# A count (16家, 二十余个) or a year (2014年): what makes a cue sentence likely to hold a record.
COUNT = rf"{NUMBER}\s*(?:余|多)?\s*[家个项件名位所批款种户]"
YEAR = rf"{YEAR_DIGITS}\s*年"
