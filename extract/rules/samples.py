"""A short page that exercises every rule once: built and loaded before worker processes fork."""

from __future__ import annotations

WARM_UP_PAGE = (
    "大连市开展质量强市活动\n2014年9月16日 来源:中国质量报\n"
    "大连市实施《大连市质量强市发展规划》,同年12月,16家企业获得第六届大连市市长质量奖,"
    "全市拥有中国名牌产品20个、中国驰名商标10件,“十二五”期间将创建质量标杆企业20家以上。"
)
