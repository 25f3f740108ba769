"""A programme's level and city: its own name, a national title, what it is about, its issuer.

Never the page's city by default. Sentences composed for each rule, with their traps.
"""

from __future__ import annotations

import pytest

from extract.extractors.base import Context
from extract.extractors.programs import ProgramsExtractor
from extract.models import CityRecord

PLACES = {"梧州市": ("广西壮族自治区", "450400"), "大连市": ("辽宁省", "210200"), "天津市": ("天津市", "120000")}


def levels(text: str, primary: str | None = "大连市") -> dict[str, tuple[str | None, str | None]]:
    cities = []
    if primary:
        province, adcode = PLACES[primary]
        fields = {"doc_id": "d", "evidence": primary, "start": 0, "end": len(primary), "extractor": "t", "mentions": 1}
        cities.append(CityRecord(**fields, city=primary, province=province, adcode=adcode, is_primary=True))
    records = ProgramsExtractor()(Context(doc_id="d", text=text, found={"cities": cities}))
    return {r.name: (r.level, r.city) for r in records}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("印发《江苏省质量发展规划》。", "江苏省质量发展规划", ("provincial", None)),
        ("依据《宝鸡市质量奖管理办法》。", "宝鸡市质量奖管理办法", ("municipal", "宝鸡市")),
        ("修订《佛山市禅城区政府质量奖评审管理办法》。", "佛山市禅城区政府质量奖评审管理办法", ("county", None)),
        ("依据《如皋市市长质量奖管理办法》。", "如皋市市长质量奖管理办法", ("county", None)),  # a county-level city
        ("依据《天津质量奖管理办法》。", "天津质量奖管理办法", ("provincial", None)),  # a municipality
        (
            "贯彻《中共天津市委天津市人民政府关于推进质量立市的意见》。",
            "中共天津市委天津市人民政府关于推进质量立市的意见",
            ("provincial", None),
        ),
        ("获评全国质量强市示范城市。", "全国质量强市示范城市", ("national", None)),
        ("开展“2008年全国质量月”活动。", "2008年全国质量月", ("national", None)),  # the year aside
    ],
)
def test_level_from_the_names_opening(text: str, name: str, expected: tuple) -> None:
    assert levels(text)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("全面推进质量强桂。", "质量强桂", ("provincial", None)),
        ("加快质量强县建设。", "质量强县", ("county", None)),
        ("我市深入实施质量强市战略。", "质量强市战略", ("municipal", "大连市")),
        ("推进质量强市建设。", "质量强市", ("provincial", None)),  # on a municipality's page
    ],
)
def test_level_from_the_strategy_class(text: str, name: str, expected: tuple) -> None:
    primary = "天津市" if expected == ("provincial", None) and "强市" in name else "大连市"
    assert levels(text, primary)[name] == expected


def test_a_city_initial_strategy_is_that_citys() -> None:
    assert levels("启动“质量强梧”。", primary="梧州市")["质量强梧"] == ("municipal", "梧州市")


def test_a_district_on_an_autonomous_regions_page_is_the_region() -> None:
    text = "新疆维吾尔自治区市场监管局召开会议,全区推进质量强区建设。"
    assert levels(text, primary=None)["质量强区"] == ("provincial", None)
    assert levels("区委区政府推进质量强区建设。", primary=None)["质量强区"] == ("county", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我市认真学习《质量强国建设纲要》。", "质量强国建设纲要"),  # not the page's city: a national title
        ("执行《中华人民共和国产品质量法》。", "中华人民共和国产品质量法"),
        ("依据《产品质量法》开展抽查。", "产品质量法"),  # …法 is a law
        ("我市贯彻国家《质量振兴纲要》。", "质量振兴纲要"),
        ("开展“质量月”活动。", "质量月"),
    ],
)
def test_national_titles_are_national_on_a_city_page(text: str, name: str) -> None:
    assert levels(text)[name] == ("national", None)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "中共中央、国务院印发《关于开展质量提升行动的指导意见》。",
            "关于开展质量提升行动的指导意见",
            ("national", None),
        ),
        ("组织全省企业参加“最具影响力的地方品牌”评选活动。", "最具影响力的地方品牌", ("provincial", None)),
        ("我市将实施名牌带动战略。", "名牌带动战略", ("municipal", "大连市")),
        ("四川郫县市场监督管理局推进企业商标品牌战略。", "企业商标品牌战略", ("county", None)),
        ("贯彻落实质量立市和品牌带动战略。", "品牌带动战略", ("municipal", "大连市")),  # coordinated with 质量立市
        (
            "关于申报《关于申报2012年湖州市政府质量奖的通知》。",
            "关于申报2012年湖州市政府质量奖的通知",
            ("municipal", "湖州市"),
        ),
        ("转发《关于开展质量强省活动的意见》。", "关于开展质量强省活动的意见", ("provincial", None)),
    ],
)
def test_level_from_the_issuer_or_what_the_name_is_about(text: str, name: str, expected: tuple) -> None:
    assert levels(text)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("企业坚持名牌带动战略。", "名牌带动战略"),  # a page about 大连, but nothing says whose strategy
        ("学习国务院《质量发展纲要》和《质量提升工作方案》。", "质量提升工作方案"),  # 国务院 is the first title's
    ],
)
def test_no_level_is_guessed_from_the_pages_city(text: str, name: str) -> None:
    assert levels(text)[name] == (None, None)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("评审依据GB/T 19580《卓越绩效评价准则》。", "卓越绩效评价准则", ("national", None)),
        ("参照DB31/T 1153《医疗机构卓越绩效评价准则》。", "医疗机构卓越绩效评价准则", ("provincial", None)),
    ],
)
def test_a_standards_code_gives_its_level(text: str, name: str, expected: tuple) -> None:
    assert levels(text)[name] == expected


def test_the_city_named_in_the_clause_owns_a_city_strategy() -> None:
    # 晋江市 is a county-level city: its 质量立市 is a county's, not the page's city's.
    assert levels("福建晋江市全面实施“质量立市、品牌立市”战略。")["质量立市、品牌立市"] == ("county", None)
    assert levels("宝鸡市大力推进质量强市建设。")["质量强市"] == ("municipal", "宝鸡市")


def test_a_national_designation_inside_a_document_name() -> None:
    got = levels("印发《争创“全国质量强市示范城市”活动指导意见》。")
    assert got["争创“全国质量强市示范城市”活动指导意见"] == ("national", None)
