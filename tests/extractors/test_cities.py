"""Cities: gazetteer matching longest-first, its traps, abbreviations, and the primary city."""

from __future__ import annotations

import pytest

from extract.extractors.base import Context
from extract.extractors.cities import CitiesExtractor
from extract.rules import places


def cities(text: str, title: str | None = None) -> dict[str, tuple[str, str, bool, int]]:
    records = CitiesExtractor()(Context(doc_id="d", text=text, title=title))
    for r in records:
        assert text[r.start : r.end] == r.evidence
    return {r.city: (r.adcode, r.province, r.is_primary, r.mentions) for r in records}


def test_gazetteer_row_counts() -> None:
    levels = [p.level for p in places.places().values()]
    assert levels.count("province") == 34
    assert 333 <= levels.count("prefecture") <= 345
    assert 2800 <= levels.count("county") <= 3100


def test_full_and_short_names_with_province_and_adcode() -> None:
    got = cities("辽宁省大连市召开会议,大连将坚持品质立市。")
    assert got == {"大连市": ("210200", "辽宁省", True, 2)}


def test_district_of_the_same_name_is_not_the_city() -> None:
    assert "中山市" not in cities("大连市中山区虎滩乐园开展质量提升活动。")


def test_province_is_not_the_city_of_the_same_name() -> None:
    assert cities("吉林省质量工作会议召开。") == {}
    assert "吉林市" in cities("吉林市质量工作会议召开。")


def test_county_level_city_keeps_its_own_code_and_no_parent_is_invented() -> None:
    got = cities("瓦房店市质量强市工作稳步推进。")
    assert got["瓦房店市"][0] == "210281"
    assert "大连市" not in got


def test_city_inside_an_organisation_name() -> None:
    assert "青岛市" in cities("青岛大学和海尔集团共同组建研究院。")


def test_municipality_is_a_city() -> None:
    assert cities("北京市市场监督管理局启动质量月活动。")["北京市"][0] == "110000"


def test_former_name_maps_to_the_current_city() -> None:
    assert cities("襄樊市质监局召开名牌工作会议。")["襄阳市"][0] == "420600"


def test_ambiguous_short_names_need_their_suffix() -> None:
    assert cities("各位来宾出席了大同小异的两场会议。") == {}
    assert "来宾市" in cities("来宾市质量工作会议召开。")


def test_abbreviations_in_a_regional_list_and_in_place_phrases() -> None:
    got = cities("苏浙皖赣沪甬质检系统联合行动方案发布,大会在沪召开。")
    assert {"上海市", "宁波市"} <= set(got)
    assert got["上海市"][3] == 2


def test_region_name_is_not_a_list_of_cities() -> None:
    assert cities("这是京津冀区域首个接受国家验收的示范城市。") == {}


def test_primary_city_is_the_one_in_the_title() -> None:
    text = "中山获批创建全国质量强市示范城市\n广东省此次获批创建的有中山、佛山2个市,深圳市已成为示范城市。"
    got = cities(text, title="中山获批创建全国质量强市示范城市")
    assert [c for c, v in got.items() if v[2]] == ["中山市"]


def test_listed_cities_lose_to_the_city_named_alone() -> None:
    text = "我市被正式命名为示范城市,同时获得命名的还有武汉市、绍兴市。\n“秦皇岛制造”的竞争力不断提升。"
    got = cities(text)
    assert [c for c, v in got.items() if v[2]] == ["秦皇岛市"]


@pytest.mark.parametrize("text", ["全省质量工作会议召开。", "国家质检总局发布通知。"])
def test_no_city_no_primary(text: str) -> None:
    assert cities(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全国质量工作会议在榕举行。", {"福州市"}),  # 在 + abbreviation + an event
        ("代表团赴穗签约。", {"广州市"}),
        ("他在沪工作多年。", set()),  # no event after it: 沪 alone is not read
        ("沪上企业积极参与。", set()),
    ],
)
def test_abbreviation_in_a_place_phrase(text: str, expected: set[str]) -> None:
    assert set(cities(text)) == expected


def primary(text: str, title: str | None = None) -> str | None:
    got = cities(text, title)
    return next((city for city, v in got.items() if v[2]), None)


def test_the_citys_own_government_makes_it_primary() -> None:
    # 青岛 is named more often, but 潍坊市委 acts on the page.
    text = "会议邀请了青岛、烟台两地企业。\n潍坊市委书记出席并讲话,青岛企业代表发言。"
    assert primary(text) == "潍坊市"


def test_a_dateline_city_is_the_source_not_the_subject() -> None:
    assert primary("本报深圳8月14日电 东莞市召开质量大会。") == "东莞市"


def test_a_page_speaking_as_a_city_belongs_to_its_outlets_city() -> None:
    assert primary("德州新闻网讯 我市组织收看全省质量大会。") == "德州市"


def test_a_venue_on_a_national_page_is_not_the_primary_city() -> None:
    title = "全国质量工作会议在郑州召开"
    assert primary(title + "\n会议在郑州召开,各省代表参加。", title) is None
    assert primary("中国质量(南京)大会上,黑龙江省的哈尔滨电机厂有限责任公司获奖。") is None


def test_a_province_page_has_no_primary_city_unless_one_stands_out() -> None:
    title = "湖南8家企业荣获省长质量奖"
    assert primary(title + "\n长沙、株洲两地企业分别获奖。", title) is None
    title = "山东省质量大会召开"
    assert primary(title + "\n会上,青岛市委书记介绍经验。", title) == "青岛市"


def test_a_page_about_a_county_level_city_has_no_primary_city() -> None:
    assert primary("如皋市召开质量大会,如皋市长质量奖揭晓,来自南通的专家参加评审。") is None
    # 海西州 only qualifies its county-level city 格尔木市 here.
    assert primary("海西州格尔木市获得激励。海西州格尔木市被评为先进。") is None
