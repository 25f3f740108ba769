"""City mentions: look-alike names (people, ordinary words, homonyms, zones, spam) and the names that do count."""

from __future__ import annotations

import pytest

from extract.extractors.base import Context
from extract.extractors.cities import CitiesExtractor
from extract.rules import places


def cities(text: str, title: str | None = None) -> dict[str, int]:
    """City → mentions."""
    records = CitiesExtractor()(Context(doc_id="d", text=text, title=title))
    for r in records:
        assert text[r.start : r.end] == r.evidence
    return {r.city: r.mentions for r in records}


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("黔东南苗族侗族自治州", "黔东南"),  # the place part is not read as a people
        ("红河哈尼族彝族自治州", "红河"),
        ("海西蒙古族藏族自治州", "海西"),
        ("伊犁哈萨克自治州", "伊犁"),  # a people named without 族
        ("博尔塔拉蒙古自治州", "博尔塔拉"),
        ("大理白族自治州", "大理"),  # a one-character people keeps its 族
    ],
)
def test_autonomous_prefectures_have_short_names(full: str, short: str) -> None:
    assert places.short_name(full) == short


def test_autonomous_prefecture_by_its_short_name_and_its_zhou_form() -> None:
    got = cities("贵州省黔东南州凯里市举行颁奖仪式,黔东南的企业代表参加。")
    assert got["黔东南苗族侗族自治州"] == 2
    assert "凯里市" in got  # the county-level city keeps its own row


def test_prefecture_short_name_wins_over_a_county_level_city_of_the_same_stem() -> None:
    assert "大理白族自治州" in cities("云南省内,大理2件商标获认定。")
    assert "大理市" in cities("大理市召开质量工作会议。")  # the full name keeps the county-level city


@pytest.mark.parametrize(
    "text",
    [
        "植物通过光合作用积累养分。",  # 合作
        "孙中山先生的故居保存完好。",  # 中山
        "甘肃黄河源饮品公司参展。",  # 河源
        "游客登上五台山顶。",  # 台山
        "选用优质大理石铺设地面。",  # 大理
        "当地年均日照2600小时以上。",  # 日照 = sunshine
        "企业接入阿里云平台。",  # 阿里
    ],
)
def test_common_words_holding_a_place_name_are_not_the_place(text: str) -> None:
    assert cities(text) == {}


def test_an_ordinary_word_stem_needs_the_full_name_on_the_page() -> None:
    assert cities("双方签订了合作协议,成立种植专业合作社。") == {}
    assert cities("甘南州合作市召开大会,合作的企业代表参会。")["合作市"] == 2
    assert "合作市" in cities("甘肃合作积极推进质量强市。")  # right after its province


def test_a_homonym_stem_needs_its_province_on_the_page() -> None:
    assert cities("患者在上海瑞金医院接受治疗。") == {"上海市": 1}
    assert "瑞金市" in cities("江西瑞金发展红色旅游。")
    got = cities("山东烟台苹果、日照绿茶畅销全国。")  # a product named after its city
    assert {"烟台市", "日照市"} <= set(got)
    assert set(cities("宁夏吴忠日照充足,昼夜温差大。")) == {"吴忠市"}


@pytest.mark.parametrize(
    "text",
    [
        "王安顺市长出席会议并讲话。",  # surname + name + title
        "内蒙古赤峰市召开会议,旗人大副主任方兴安出席。",  # role + surname + name
        "金华夏同志在会上发言。",  # the name runs on past the place
        "李金华表示,将继续支持企业发展。",  # surname + name + a verb of speech
    ],
)
def test_a_persons_name_is_not_a_place(text: str) -> None:
    got = cities(text)
    assert not {"安顺市", "兴安盟", "金华市"} & set(got)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("安顺市市长出席会议并讲话。", "安顺市"),
        ("浙江金华表示将加大投入。", "金华市"),  # 江 ends a province's name, it is no surname here
        ("记者从金华市质监局获悉。", "金华市"),
    ],
)
def test_a_place_beside_a_title_is_still_a_place(text: str, city: str) -> None:
    assert city in cities(text)


def test_a_zone_named_after_a_city_of_another_province_is_not_that_city() -> None:
    text = "滨州市各县区人民政府,滨州经济开发区、北海经济开发区管委会:"
    assert set(cities(text)) == {"滨州市"}
    assert "北海市" in cities("广西北海经济开发区引进项目。")  # its own province named
    assert "北海市" in cities("北海市高新区管委会召开会议。")  # the full name
    assert "北海市" in cities("北海高新区管委会召开会议。")  # no other province on the page


def test_a_district_stands_for_its_city_when_its_name_is_unique() -> None:
    assert cities("浦东新区政府质量奖申报工作启动。") == {"上海市": 1}
    assert cities("渝北区、江北区获得一等奖。") == {"重庆市": 1}  # 江北区 is also 宁波's: it says nothing


def test_a_district_of_the_same_name_in_another_province_is_not_read() -> None:
    assert set(cities("许昌市东城区管委会,市人民政府各部门:")) == {"许昌市"}  # 东城区 of 北京
    assert set(cities("大连市中山区开展质量提升活动。")) == {"大连市"}


def test_a_districts_former_name_hides_the_place_inside_it() -> None:
    assert "津市市" not in cities("获奖的有江北区、江津市、綦江县。")


def test_keyword_stuffed_lines_name_no_city() -> None:
    text = "长春商标注册 吉林省商标注册 松原商标注册 辽源商标注册 通化商标注册\n长春市委高度重视大米品牌。"
    assert set(cities(text)) == {"长春市"}
    listing = "获奖企业:松原石化 辽源矿业 通化钢铁 白城制药"  # names with punctuation around: a list
    assert {"松原市", "辽源市", "通化市", "白城市"} <= set(cities(listing))


def test_people_of_a_place_are_not_a_persons_name() -> None:
    assert "温州市" in cities("温州人表示,质量是城市的生命。")  # 温 is a surname, 温州人 are people of 温州


@pytest.mark.parametrize("text", ["各部门要确保定期开展检查。", "伟大连接世界的桥梁。", "早餐吃三明治。"])
def test_a_name_read_across_two_words_is_not_the_place(text: str) -> None:
    assert cities(text) == {}


@pytest.mark.parametrize(
    ("text", "city"),
    [("全面提升成都城市质量。", "成都市"), ("会议在大连召开。", "大连市"), ("确保保定市质量工作落实。", "保定市")],
)
def test_a_name_between_ordinary_words_stays_when_it_is_one(text: str, city: str) -> None:
    assert city in cities(text)
