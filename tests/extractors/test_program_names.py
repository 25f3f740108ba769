"""Programme names: the strategy class, read-back boundaries, designations, works, activities, nesting, repeats.

Sentences composed for each rule, with the traps each must not fall into.
"""

from __future__ import annotations

import pytest

from extract.extractors.base import Context
from extract.extractors.programs import ProgramsExtractor
from extract.models import CityRecord


def programs(text: str, cities: tuple[str, ...] = ()) -> dict[str, str]:
    found = {"cities": [city(name) for name in cities]}
    records = ProgramsExtractor()(Context(doc_id="d", text=text, found=found))
    for r in records:
        assert text[r.start : r.end] == r.evidence
    return {r.name: r.kind for r in records}


def city(name: str, primary: bool = True) -> CityRecord:
    fields = {"doc_id": "d", "evidence": name, "start": 0, "end": len(name), "extractor": "t"}
    return CityRecord(**fields, city=name, province="广西壮族自治区", adcode="450400", is_primary=primary, mentions=1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加快推进质量强县建设,争创质量强区。", {"质量强县": "strategy", "质量强区": "strategy"}),
        ("全面推进质量强桂。", {"质量强桂": "strategy"}),  # a province's one-character name
        ("深入实施质量强旗战略。", {"质量强旗战略": "strategy"}),
        ("推动质量强企、品牌兴农。", {"质量强企": "strategy", "品牌兴农": "strategy"}),
    ],
)
def test_the_strategy_class(text: str, expected: dict[str, str]) -> None:
    assert programs(text) == expected


def test_the_strategy_class_takes_a_city_initial_on_that_citys_page() -> None:
    assert programs("启动“质量强梧”。", cities=("梧州市",)) == {"质量强梧": "strategy"}
    assert programs("启动质量强梧。") == {}  # no 梧州 on the page


@pytest.mark.parametrize(
    "text",
    [
        "提升质量强度和耐久性。",  # 强度 is strength
        "建设工业强市。",  # not about quality
        "实施科教强省战略。",
        "建设“强省会”。",  # 强省会: the provincial capital
    ],
)
def test_strategy_class_traps(text: str) -> None:
    assert programs(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("获评全国品质强市示范城市。", {"全国品质强市示范城市": "designation"}),
        ("落实品质强国战略。", {"品质强国战略": "strategy"}),
        ("打造高品质生活。", {}),  # 品质 as an ordinary word
    ],
)
def test_taiwan_phrased_pinzhi_inside_programme_names(text: str, expected: dict[str, str]) -> None:
    assert programs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("坚持以质取胜战略。", {"以质取胜战略": "strategy"}),  # 以 inside an idiom is kept
        ("各地实行质量振兴战略。", {"质量振兴战略": "strategy"}),
        ("此外还有中国名牌战略。", {"中国名牌战略": "strategy"}),
        ("全市名牌带动战略成效明显。", {"名牌带动战略": "strategy"}),
        ("省局出台了我省“十一五”名牌战略目标规划。", {"“十一五”名牌战略目标规划": "document"}),
        ("区政府印发质量强区建设实施方案。", {"质量强区建设实施方案": "document"}),  # 实施方案 is one noun
        ("全面落实质量强国建设纲要。", {"质量强国建设纲要": "document"}),  # 建设 before the noun is the name's
    ],
)
def test_read_back_boundaries(text: str, expected: dict[str, str]) -> None:
    assert programs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "企业计划每年投入质量改进资金。",  # 计划 as a verb
        "各部门进行动员部署质量工作。",  # 进行 + 动员, no 行动
        "推行动态质量监管。",
        "发展质量战略性新兴产业。",  # 战略性
        "各单位制定实施方案。",  # the bare noun
        "各县要制定好本地区质量发展规划。",  # any region's plan, not a named one
    ],
)
def test_read_back_traps(text: str) -> None:
    assert programs(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全市共有3个国家级农业标准化示范区和2个省级农业标准化示范区。",
            {"国家级农业标准化示范区": "designation", "省级农业标准化示范区": "designation"},
        ),
        ("第五批国家级服务业标准化示范区通过验收。", {"国家级服务业标准化示范区": "designation"}),
        ("承担国家综合农业标准化示范市(寿光)建设。", {"国家综合农业标准化示范市": "designation"}),
        ("建设经济技术开发区和城乡一体化示范区。", {}),  # no quality word
        ("加快标准化示范区建设。", {}),  # no level word
        ("全市标准示范区总数达到14个。", {}),
        ("设立鄱阳湖国家自主创新示范区。", {}),
    ],
)
def test_designations_need_a_level_and_a_domain_word(text: str, expected: dict[str, str]) -> None:
    assert programs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("实施品牌带动工程和质量惠民实事工程。", {"品牌带动工程": "campaign", "质量惠民实事工程": "campaign"}),
        ("推进新疆品质建设工程。", {"新疆品质建设工程": "campaign"}),
        ("质量工作是一项系统工程。", {}),
        ("加强建设工程质量监管。", {}),  # 工程质量: the quality of works
        ("实施四项重点工程。", {}),
    ],
)
def test_works_need_a_quality_opening(text: str, expected: dict[str, str]) -> None:
    assert programs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三个县纳入2025年度百城质量提升活动。", {"2025年度百城质量提升活动": "campaign"}),
        ("开展质量宣传活动。", {}),  # generic
        ("开展全国质量月活动。", {"质量月": "campaign"}),  # the known campaign itself
        ("开展质量兴市活动。", {"质量兴市": "strategy"}),
    ],
)
def test_activities_need_a_proper_part(text: str, expected: dict[str, str]) -> None:
    assert programs(text) == expected


def test_a_strategy_named_in_a_title_with_its_noun_is_its_own_programme() -> None:
    got = programs("根据《中共湖南省委 湖南省人民政府关于实施质量强省战略的决定》开展工作。")
    assert got == {"中共湖南省委 湖南省人民政府关于实施质量强省战略的决定": "document", "质量强省战略": "strategy"}


def test_a_title_nested_in_a_title_is_its_own_programme() -> None:
    got = programs("印发《某某市贯彻落实〈质量强国建设纲要〉实施方案》。")
    assert got == {"某某市贯彻落实〈质量强国建设纲要〉实施方案": "document", "质量强国建设纲要": "document"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "印发《二〇二四年宝鸡市质量奖评选方案》。附件:《2024年宝鸡市质量奖评选方案》",
            ["二〇二四年宝鸡市质量奖评选方案"],
        ),
        ("依据《宝鸡市质量奖管理办法》。《宝鸡质量奖管理办法》规定", ["宝鸡市质量奖管理办法"]),
        (
            "发布《某某市质量奖管理办法(征求意见稿)》。关于印发《某某市质量奖管理办法的通知》",
            ["某某市质量奖管理办法(征求意见稿)"],
        ),
        ("落实《质量发展纲要(2011-2020年)》。《质量发展纲要》提出", ["质量发展纲要(2011-2020年)"]),
        ("先有质量强市,再实施质量强市战略。", ["质量强市战略"]),
        ("《2023年质量奖评选方案》和《2024年质量奖评选方案》", ["2023年质量奖评选方案", "2024年质量奖评选方案"]),
    ],
)
def test_one_programme_named_twice_is_one_record(text: str, expected: list[str]) -> None:
    assert sorted(programs(text)) == sorted(expected)


def test_a_magazine_issue_is_not_the_campaign() -> None:
    assert programs("中国质量万里行 2015年6期\n首届评审活动启动。") == {}
    assert programs("开展质量万里行活动。") == {"质量万里行": "campaign"}


def test_a_slogan_ending_in_a_programme_noun_is_still_a_slogan() -> None:
    assert programs("发出“建设品质家园,我参与我行动”倡议。") == {}
    # a call and a theme: the quote is no name, the known action inside it is
    assert programs("开展“深入开展质量提升行动”主题宣传。") == {"质量提升行动": "campaign"}


def test_a_national_word_does_not_make_a_second_programme() -> None:
    assert list(programs("此外还有中国名牌战略推进委员会。名牌战略取得成果。")) == ["中国名牌战略"]


def test_a_designation_is_not_read_across_quotes() -> None:
    got = programs("创建“全国质量强市示范城市”“国家食品安全示范城市”。")
    assert got == {"全国质量强市示范城市": "designation"}


def test_names_differing_by_a_place_at_another_level_are_two_programmes() -> None:
    got = programs("积极争创“山西省质量奖”“中国质量奖”。")
    assert got == {"山西省质量奖": "concept", "中国质量奖": "concept"}


def test_a_provinces_and_a_citys_government_award_are_two_programmes() -> None:
    got = programs("争创“省政府质量奖”和“市政府质量奖”。")
    assert got == {"省政府质量奖": "concept", "市政府质量奖": "concept"}
