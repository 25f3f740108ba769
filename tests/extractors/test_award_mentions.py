"""Award mentions read back from their heads, and the recipients a list names."""

from __future__ import annotations

import pytest

from extract.extractors.awards.mentions import find_mentions
from extract.extractors.awards.recipients import named_after, split_orgs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第六届青岛市市长质量奖", [("青岛市市长质量奖", 6, None, False, "第六届青岛市市长质量奖")]),
        # the year stands outside the quotation marks: the name starts inside them
        ("2014年度“周口市市长质量奖”", [("周口市市长质量奖", None, 2014, False, "周口市市长质量奖")]),
        ("2015—2016年度许昌市市长质量奖", [("许昌市市长质量奖", None, 2015, False, "2015—2016年度许昌市市长质量奖")]),
        (
            "「公务员优质服务奖励计划」昨日举行",
            [("公务员优质服务奖励计划", None, None, False, "公务员优质服务奖励计划")],
        ),
        ("中国质量奖(组织类)", [("中国质量奖", None, None, False, "中国质量奖(组织类)")]),
        ("如皋市市长质量奖", [("如皋市市长质量奖", None, None, False, "如皋市市长质量奖")]),  # a county-level city
        # 创建 is where the name stops; a designation
        ("创建质量管理标杆企业20家", [("质量管理标杆企业", None, None, True, "质量管理标杆企业")]),
        ("获得卓越奖、创新奖和提名奖", [("卓越奖、创新奖和提名奖", None, None, False, "卓越奖、创新奖和提名奖")]),
        # a name that lost its 奖 before its count gets it back
        ("省政府质量(含提名奖)12家", [("省政府质量奖", None, None, False, "省政府质量")]),
        ("会议表彰了获得质量奖的企业", [("质量奖", None, None, False, "质量奖")]),  # 的, 了, 获: stops
    ],
)
def test_find_mentions(text: str, expected: list) -> None:
    found = find_mentions(text)
    assert [(m.name, m.edition, m.year, m.designation, text[m.start : m.end]) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市政府决定授予A有限公司、B集团和C研究院", ["A有限公司", "B集团", "C研究院"]),  # after 授予
        ("我市海天酱油股份有限公司、美的集团股份有限公司", ["海天酱油股份有限公司", "美的集团股份有限公司"]),
        ("A有限公司与B公司", ["A有限公司", "B公司"]),
        ("质量工作和A有限公司", ["质量工作和A有限公司"]),  # 和 splits only after an organisation's name
        ("宣传和发动", []),  # no item ends like an organisation's name
    ],
)
def test_split_orgs(text: str, expected: list[str]) -> None:
    assert split_orgs(text) == expected


def test_named_after_only_as_many_as_counted() -> None:
    text = "3家企业获得第三届中国质量奖提名奖,分别是海尔集团公司、青岛啤酒股份有限公司和双星集团有限责任公司。"
    at = text.index(",")
    assert named_after(text, at, 3) == ["海尔集团公司", "青岛啤酒股份有限公司", "双星集团有限责任公司"]
    assert named_after(text, at, 2) == []
