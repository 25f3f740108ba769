"""Quotation marks alone do not make a programme: themes, slogans, brand titles, events, vehicles are not.

Sentences composed for each word class, with the traps each must not fall into.
"""

from __future__ import annotations

import pytest

from extract.extractors.base import Context
from extract.extractors.programs import ProgramsExtractor


def programs(text: str) -> dict[str, str]:
    records = ProgramsExtractor()(Context(doc_id="d", text=text))
    for r in records:
        assert text[r.start : r.end] == r.evidence
    return {r.name: r.kind for r in records}


@pytest.mark.parametrize(
    "text",
    [
        "本次活动的主题是“质量铸就品牌、诚信赢得市场”。",  # 主题是“…”
        "以“质量提升”为主题开展集中宣传。",  # 以“…”为
        "“品质生活 美好家园”主题活动在市民广场举行。",  # “…”主题活动
        "宣传活动围绕“品牌引领发展”展开。",  # 围绕“…”
    ],
)
def test_themes_are_not_programmes(text: str) -> None:
    assert programs(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("以“质量月”活动为契机,推动质量提升。", {"质量月": "campaign"}),  # the noun follows the quote
        ("围绕“质量兴县”战略部署工作。", {"质量兴县": "strategy"}),
    ],
)
def test_a_programme_noun_after_the_quote_outweighs_a_theme_cue(text: str, expected: dict[str, str]) -> None:
    assert programs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "营造“质量为先、品牌引领”的良好氛围。",  # two phrases joined by 、
        "树立“质量第一”的意识。",  # a motto ending in 第一
        "开展“加强品牌培育”专题调研。",  # a call opening with a verb
        "推动“以质量促发展”。",  # 以…促…
        "被评为“质量工作成效明显的地区”。",  # a description with 的
    ],
)
def test_slogans_mottos_and_descriptions_are_not_programmes(text: str) -> None:
    assert programs(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("坚持“质量兴县、品牌强县”不动摇。", {"质量兴县、品牌强县": "strategy"}),  # each phrase a strategy
        ("开展“抓质量、树品牌”行动。", {"抓质量、树品牌": "campaign"}),  # a campaign's name
        ("组织企业参加“最具影响力的地方品牌”评选活动。", {"最具影响力的地方品牌": "campaign"}),
    ],
)
def test_slogan_traps(text: str, expected: dict[str, str]) -> None:
    assert programs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12家企业获得“省级名牌产品”称号。",  # a brand title: counted in brands
        "3件商标被认定为“中国驰名商标”。",
        "召开“全省质量品牌工作推进会”。",  # a meeting
        "举办“质量开放日”沙龙。",  # an event after the quote
        "“品质家园号”专列正式发车。",  # a vehicle
        "上线“质量服务在线”平台。",  # a platform
        "推广“精益质量管理模式”。",  # a management method
        "标题:“全市新增驰名商标5件”。",  # a headline with a count
        "开展质量日、标准日等“品牌类”活动。",  # 等“…” labels a category
        "获得“明星企业”称号。",  # an honour, not about quality
        "把质量工作作为“一把手”工程。",  # 工程 needs a quality name
        "落实“三大战略”。",  # a count summarising a list
        "开展“蓝天行动”。",  # an action about something else
    ],
)
def test_brand_titles_events_vehicles_methods_are_not_programmes(text: str) -> None:
    assert programs(text) == {}


def test_a_quoted_action_with_a_quality_qualifier_is_a_programme() -> None:
    got = programs("开展服务质量“提升行动”和产品质量“护航行动”。")
    assert got == {"提升行动": "campaign", "护航行动": "campaign"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("四个县获得『全国质量兴县先进县』称号。", {"全国质量兴县先进县": "designation"}),
        ("开展「质量万里行」活动。", {"质量万里行": "campaign"}),
        ('启动"百企质量对标"行动。', {"百企质量对标": "campaign"}),
    ],
)
def test_corner_and_straight_quotes_are_quotation_marks(text: str, expected: dict[str, str]) -> None:
    assert programs(text) == expected


def test_an_alias_is_not_a_second_programme() -> None:
    got = programs("印发《某某市质量提升行动实施方案》(以下简称《实施方案》)。《实施方案》明确了目标。")
    assert got == {"某某市质量提升行动实施方案": "document"}


@pytest.mark.parametrize(
    "text",
    [
        "改变了大众对“质量标杆”的看法。",  # 对“…”的: the words are talked about
        "唱响六支“质量金曲”。",  # a count of things
    ],
)
def test_words_talked_about_or_counted_are_not_programmes(text: str) -> None:
    assert programs(text) == {}


def test_a_counted_honour_is_no_name_but_the_strategy_in_it_is() -> None:
    assert programs("五个“全国质量兴县先进县”的代表发言。") == {"质量兴县": "strategy"}


def test_a_counted_quote_with_a_programme_noun_after_it_is_a_programme() -> None:
    assert programs("开展两个“质量标杆”行动。") == {"质量标杆": "campaign"}
