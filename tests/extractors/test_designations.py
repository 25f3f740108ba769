"""Designations: stage cues, every place named, dates and 示范期, 我市; traps (plans, applications, generic)."""

from __future__ import annotations

from extract.extractors.base import Context
from extract.extractors.cities import CitiesExtractor
from extract.extractors.designations import DesignationsExtractor


def designations(text: str, published_at: str | None = None, title: str | None = None) -> list[tuple]:
    ctx = Context(doc_id="d", text=text, title=title, published_at=published_at)
    ctx.found["cities"] = CitiesExtractor()(ctx)
    records = DesignationsExtractor()(ctx)
    for r in records:
        assert text[r.start : r.end] == r.evidence
    return [(r.city, r.designation, r.stage, r.year) for r in records]


def full(text: str, published_at: str | None = None) -> list[dict]:
    ctx = Context(doc_id="d", text=text, published_at=published_at)
    ctx.found["cities"] = CitiesExtractor()(ctx)
    return [
        r.model_dump(exclude={"doc_id", "evidence", "start", "end", "extractor"}) for r in DesignationsExtractor()(ctx)
    ]


N = "全国质量强市示范城市"


def test_two_cities_named_with_their_demonstration_period() -> None:
    # dev/p017 (新华社, 2013-09-06)
    text = (
        "经推荐、严格审核和验收,质检总局日前同意命名深圳市和成都市为“全国质量强市示范城市”,"
        "示范期为2013年8月至2016年8月。"
    )
    rows = full(text, "2013-09-06")
    assert [(r["city"], r["stage"], r["year"], r["period_start"], r["period_end"]) for r in rows] == [
        ("深圳市", "named", 2013, "2013-08", "2016-08"),
        ("成都市", "named", 2013, "2013-08", "2016-08"),
    ]
    assert rows[0]["adcode"] == "440300" and rows[0]["level"] == "national"


def test_our_city_and_the_others_named_in_the_same_sentence() -> None:
    # dev/p095: no publication date; 今年3月 resolved from the three-year period ending 2021-03
    text = (
        "日前,记者从市质量技术监督局获悉,我市被正式命名为“全国质量强市示范城市”,成为我省首个获此殊荣的城市。"
        "同时获得命名的还有武汉市、绍兴市,示范期为今年3月至2021年3月。\n"
        "回顾过往,2015年我市获批创建“全国质量强市示范城市”。"
    )
    ctx = Context(doc_id="d", text="秦皇岛市\n" + text)
    ctx.found["cities"] = CitiesExtractor()(ctx)
    rows = [(r.city, r.stage, r.year, r.period_start) for r in DesignationsExtractor()(ctx)]
    assert rows == [
        ("秦皇岛市", "named", 2018, "2018-03"),
        ("武汉市", "named", 2018, "2018-03"),
        ("绍兴市", "named", 2018, "2018-03"),
        ("秦皇岛市", "approved", 2015, None),
    ]


def test_period_start_from_the_publication_year() -> None:
    text = "我市被正式命名为“全国质量强市示范城市”,示范期为今年3月至2021年3月。"
    rows = full("绍兴市\n" + text, "2018-04-02")
    assert [(r["city"], r["year"], r["period_start"], r["period_end"]) for r in rows] == [
        ("绍兴市", 2018, "2018-03", "2021-03")
    ]


def test_approval_dated_from_the_publication_and_told_again_with_this_time() -> None:
    # dev/p024 (2015-11-20): 本月初 → 2015-11; 此次 → the same approval
    text = (
        "记者昨天从市质监局获知,国家质检总局本月初发函,正式批准中山市创建“全国质量强市示范城市”。"
        "广东省此次获批创建的有中山、佛山2个市。"
    )
    rows = full(text, "2015-11-20")
    assert [(r["city"], r["stage"], r["date"]) for r in rows] == [
        ("中山市", "approved", "2015-11"),
        ("佛山市", "approved", "2015-11"),
    ]


def test_background_statements_have_no_year_and_counted_lists_keep_their_cities() -> None:
    # dev/p015: 目前 is no date; 5个城市 after the list keeps the listed cities
    text = (
        "目前,我省继深圳市成为全国首个正式命名的“全国质量强市示范城市”之后,"
        "已有广州、东莞、珠海5个城市获批创建“全国质量强市示范城市”。"
    )
    assert designations(text, "2015-11-12") == [
        ("深圳市", N, "named", None),
        ("广州市", N, "approved", None),
        ("东莞市", N, "approved", None),
        ("珠海市", N, "approved", None),
    ]


def test_a_county_level_city_approved_then_provincial_titles_with_counties() -> None:
    # dev/p093: 当年 → 2012; a bare 获批 of a provincial title names it; 郎溪 is 郎溪县
    text = (
        "2012年9月,宁国市成功申报了全国质量强市示范城市,是当年全国首批唯一获得批准创建的县级市;"
        "2018年,广德市、泾县获批“安徽省质量强县(市、区)”;2019年郎溪获批“安徽省质量强县(市、区)”;"
        "2021年,宁国市、旌德县正式获批。"
    )
    assert designations("宣城市\n" + text) == [
        ("宁国市", N, "approved", 2012),
        ("广德市", "安徽省质量强县", "named", 2018),
        ("泾县", "安徽省质量强县", "named", 2018),
        ("郎溪县", "安徽省质量强县", "named", 2019),
        ("宁国市", "安徽省质量强县", "named", 2021),
        ("旌德县", "安徽省质量强县", "named", 2021),
    ]


def test_a_city_with_a_count_of_its_counties_is_not_the_one_named() -> None:
    # dev/p093: 宣城市有5县(市)获批… names no county; a city holds no 质量强县 title
    assert designations("截至目前,宣城市有5县(市)获批安徽省质量强县(市),获批数全省第一。") == []


def test_title_and_the_year_of_the_paragraph_before() -> None:
    # dev/p023: 全年 is the year the text named last
    text = (
        "2013年是深圳打造深圳质量取得显著成效的一年。\n"
        "全年质量型增长特征更加鲜明,深圳荣获全国首个质量强市示范市称号,荣获全国唯一中国钟表之都称号。"
    )
    assert designations(text) == [("深圳市", N, "named", 2013)]


def test_older_title_with_its_year_inside_the_quotation() -> None:
    # dev2/q002: the unnamed 四个地市 give no rows, the four named ones do
    text = (
        "我省四个地市获得『2006年全国质量兴市先进市县』称号。"
        "还有齐齐哈尔市、牡丹江市、佳木斯市、肇东市政府获得『2006年全国质量兴市先进市县』称号。"
    )
    got = designations(text)
    assert got == [(c, "全国质量兴市先进市县", "named", 2006) for c in ("齐齐哈尔市", "牡丹江市", "佳木斯市", "肇东市")]


def test_our_city_resolves_to_the_page_city() -> None:
    # dev/p089: 2015年是… is the topic, not the year of the event
    text = "南通四企业获2015年度市长质量奖\n2015年是我市成功创建“全国质量强市示范城市”后的第一年。"
    assert designations(text, title="南通四企业获2015年度市长质量奖") == [("南通市", N, "named", None)]


def test_a_subjectless_sentence_takes_the_one_city_of_the_sentence_before() -> None:
    # dev/p047: 通过省级验收 is the province's check, not the state's acceptance
    text = "近年来,湘潭市积极实施质量强市战略。在全省第一个获得全国质量强市示范城市创建资格并通过省级验收。"
    assert designations(text) == [("湘潭市", N, "approved", None)]


def test_acceptance_renewal_and_revocation() -> None:
    assert designations("2017年12月,柳州市顺利通过国家质检总局“全国质量强市示范城市”验收。") == [
        ("柳州市", N, "accepted", 2017)
    ]
    assert designations("2019年,深圳市“全国质量强市示范城市”称号通过复核。") == [("深圳市", N, "renewed", 2019)]
    assert designations("2020年,某省撤销了甲市的“全国质量强市示范城市”称号,乙市不受影响。") == []
    assert designations("2020年,国家撤销大连市“全国质量强市示范城市”称号。") == [("大连市", N, "revoked", 2020)]


def test_approval_as_a_creating_city() -> None:
    # seeds/000 and dev/p021: approved to create, told twice: one record, the dated one
    text = (
        "2012年9月25日,质检总局正式批准大连市作为“全国质量强市示范城市”争创城市。"
        "大连市被批准为首批“全国质量强市示范城市”后,该市开始积极争创全国知名品牌创建示范区。"
    )
    assert full(text)[0]["date"] == "2012-09-25"
    assert designations(text) == [("大连市", N, "approved", 2012)]
    assert designations("2012年9月,国家质检总局下发文件,正式批准深圳为首批全国质量强市示范城市创建单位。") == [
        ("深圳市", N, "approved", 2012)
    ]


def test_traps_plans_wishes_applications_and_launches() -> None:
    traps = [
        "为创建全国质量强市示范城市和建设“实力许昌”做出新的更大的贡献。",  # dev/p001
        "4日上午,西安市政府召开创建全国质量强市示范城市动员大会,正式启动全国质量强市示范城市创建工作。",  # dev2/q006
        "中山市先后于2012年、2013年向国家质检总局提交了创建“全国质量强市示范城市”申请。",  # dev/p024
        "福州市推动创建全国质量强市示范城市,全力打造品质福州。",  # dev/p098
        "郑州市将力争在规定期限内顺利通过考核验收,获批命名全国质量强市示范城市。",
        "2016年,包头市积极申报全国质量强市示范城市。",
        "1月24日,专家组赶赴秦皇岛市,对该市创建“全国质量强市示范城市”活动进行现场检查验收。",  # dev/p019
    ]
    for text in traps:
        assert designations(text) == [], text


def test_traps_cities_in_general_and_national_plans() -> None:
    traps = [
        "获批创建“全国质量强市示范城市” 的城市,将在品牌培育等多个方面得到政策倾斜。",  # dev/p015
        "据介绍,对批准为“全国质量强市示范城市”的城市,质检总局给予一定的激励政策。",  # dev/p017
        "创建期为两年,创建期满、通过验收后,将获得国家质检总局正式命名。",  # dev/p015
        "质检总局2012年印发通知,决定在全国范围内开展“全国质量强市示范城市”活动。",  # dev/p017
        "《质量发展纲要(2011-2020年)》提出,深入开展全国质量强市示范城市创建活动。",
        "全国有4个城市获批创建“全国质量强市示范城市”。",
        "福州荣获“2015年度全国十大质量魅力城市”荣誉称号。",  # dev/p025: another honour
    ]
    for text in traps:
        assert designations(text) == [], text


def test_a_province_name_hides_no_county() -> None:
    # 黑龙江省 holds 龙江 (龙江县), 品质湘潭 holds 湘潭 (湘潭县): neither is a county here
    text = "黑龙江省九家企业榜上有名,我省获得『2006年全国质量兴市先进市县』称号。"
    assert designations(text) == []


def test_a_document_title_is_no_event() -> None:
    text = "国家质检总局下发《关于同意创建“全国质量强市示范城市”的函》。"
    assert designations(text, "2015-11-12") == []


def test_paragraphs_without_a_designation_word_are_skipped_with_the_same_answers(monkeypatch) -> None:
    from extract.clean.document import clean_document
    from extract.extractors import designations as module
    from extract.ingest.reader import ingest_file
    from extract.params import CleanParams, IngestParams
    from tests.conftest import DEV, SEEDS

    def records(doc) -> list[dict]:
        ctx = Context(doc_id="d", text=doc.clean_text, title=doc.title, published_at=doc.published_at)
        ctx.found["cities"] = CitiesExtractor()(ctx)
        return [r.model_dump() for r in DesignationsExtractor()(ctx)]

    pages = sorted([*SEEDS.glob("*.txt"), *DEV.glob("*.txt")])
    docs = []
    for path in pages:
        data = path.read_bytes()
        doc, _ = clean_document(ingest_file(path.name, data, len(data), IngestParams()), CleanParams())
        docs.append(doc)
    gated = [records(d) for d in docs]
    monkeypatch.setattr(module, "_names_a_designation", lambda *_: True)
    assert [records(d) for d in docs] == gated
    assert sum(map(len, gated)) >= 20
