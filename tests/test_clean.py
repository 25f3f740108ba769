"""Cleaning rules: each boilerplate kind on real lines, the traps they must not fall into."""

from __future__ import annotations

import pytest

from extract.clean import clean_document
from extract.clean.dedup import mark_duplicates, mark_summaries
from extract.clean.filters import classify, repair_punctuation, strip_markup
from extract.clean.normalize import detect_script, normalize, strip_pinyin
from extract.ingest import ingest_file
from extract.params import CleanParams, IngestParams


def clean(text: str):
    data = text.encode("utf-8")
    return clean_document(ingest_file("t.txt", data, len(data), IngestParams()), CleanParams())


# Real lines from the seeds and the dev corpus, after normalisation.
BOILERPLATE = [
    ("精品欧美在线一区二区,亚洲国产中文在线视频,海角精产国品一二三区别,一区二区国产高清视频在线", "spam"),
    ("国内自拍视频在线看免费观看,成人网址在线观看,波多野结衣av高清一区二区三区,少妇黄污免费视频", "spam"),
    ('<legend id="o3rmf"><abbr id="o3rmf"><thead id="o3rmf"></thead></abbr></legend>', "html"),
    ("您当前位置: 新闻中心>>《中国质量万里行》>>", "navigation"),
    ("当前位置:首页 > 政务公开 > 规划计划 > 发展规划", "navigation"),
    ("首页 >> 中山要闻 >> 正文", "navigation"),
    ("- 发布时间:2014-09-16 09:36:02 来源:中国质量报 责任编辑:谢凌宇", "metadata"),
    ("2011-08-05 14:27:00 中国质量新闻网", "metadata"),
    ("(责任编辑:)", "metadata"),
    ("责任编辑:李雪曼", "metadata"),
    ("《中国质量报》", "metadata"),
    ("(上接1版)", "metadata"),
    ("相关专题", "related_links"),
    ("最新评论", "related_links"),
    ("- 四川成都市开展第二届“走进企业看质量”活动(2023-07-28)", "related_links"),
    ("• 安全的召回与召回的安全", "related_links"),
    ("- 股票名称 最新价 涨跌幅", "ticker"),
    ("热图一览", "gallery"),
    ("高清图集赏析", "gallery"),
    ("声明:", "disclaimer"),
    (
        "本网注明“来源:中国质量新闻网”的所有作品,版权均属于中国质量新闻网,未经本网授权不得转载、摘编或利用其他方式使用上述作品。",
        "disclaimer",
    ),
    ("[免责声明] 本文来源于网络转载,仅供学习交流使用,不构成商业目的。版权归原作者所有。", "disclaimer"),
    ("undefined", "ui_label"),
    ("【/h/】", "ui_label"),
    ("设为首页 | 收藏本站", "ui_label"),
]


@pytest.mark.parametrize(("line", "reason"), BOILERPLATE)
def test_boilerplate_line_is_removed_with_its_reason(line: str, reason: str) -> None:
    got = "html" if line.startswith("<") and not strip_markup(line) else classify(normalize(line))
    assert got == reason


# Body sentences that merely contain a boilerplate word.
TRAPS = [
    "大连市质监局还将会同有关部门在全市工业、农业、建筑业、服务业分类开展质量对比提升活动。",
    "会议发表声明,要求各地加强质量安全监管,切实保障人民群众生命财产安全。",
    "据了解,该市最新出台的质量强市实施方案明确了今后五年的工作目标。",
    "这些产品的原料来源于当地的种植基地,质量稳定可靠。",
    "2010年,全市工业企业产品质量等级品率达到83.49%,拥有中国名牌产品8项、中国驰名商标6件。",
    "1.重庆青山工业有限责任公司",
    "东莞市质监局为企业的转型升级发挥了重要作用。",
    "全面落实国家《质量发展纲要(2011-2020年)》,加快建设质量强市。",
]


@pytest.mark.parametrize("line", TRAPS)
def test_body_sentence_is_kept(line: str) -> None:
    assert classify(normalize(line)) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("大連:“品質(zhì)立市”成為質(zhì)量發(fā)展核心理念", "大连:“品质立市”成为质量发展核心理念"),
        ("審議並原則通過《大連市質(zhì)量強市發(fā)展規(guī)劃》", "审议并原则通过《大连市质量强市发展规划》"),
        ("業(yè)績?nèi)绾沃?00億", "业绩绾沃?00亿"),
        ("質量發(fā)展綱要(2011-2020年)", "质量发展纲要(2011-2020年)"),
        (
            "會議強(qiáng)調(diào),名牌認(rèn)定不但關(guān)注實物質(zhì)量、市場美譽(yù)度,更要關(guān)注企業(yè)應承擔(d",
            "会议强调,名牌认定不但关注实物质量、市场美誉度,更要关注企业应承担",
        ),
        ("附件(a)和附件(b)", "附件(a)和附件(b)"),
    ],
)
def test_pinyin_annotations_are_removed(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_toneless_brackets_survive_in_a_page_without_pinyin() -> None:
    assert strip_pinyin("标准(de)和规范") == "标准(de)和规范"


def test_script_detection() -> None:
    trad = "遼寧省大連市召開市政府常務會議,審議並原則通過發展規劃"
    assert detect_script(trad, normalize(trad)) == "traditional"
    simp = "辽宁省大连市召开市政府常务会议"
    assert detect_script(simp, normalize(simp)) == "simplified"


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("据了解,,近年来,,福州市", "据了解,近年来,福州市"),
        ("质量月,。", "质量月。"),
        ("参会嘉宾,、企业代表", "参会嘉宾、企业代表"),
    ],
)
def test_doubled_punctuation_is_repaired(raw: str, fixed: str) -> None:
    assert repair_punctuation(raw) == fixed


def test_repeated_article_keeps_each_paragraph_once() -> None:
    body = [
        "一是开展质量管理创优行动,创建质量管理标杆企业20家以上。",
        "二是开展质量品牌创优行动,创建质量品牌标杆企业20家以上。",
    ]
    doc, paragraphs = clean("舟山市出台方案\n" + "\n".join(body * 2))
    assert [doc.clean_text.count(line) for line in body] == [1, 1]
    assert [p.reason for p in paragraphs] == [None, None, None, "duplicate", "duplicate"]


def test_numbers_are_never_folded_in_dedup() -> None:
    lines = ["全市累计获得市长质量奖的企业共有12家,居全省前列。", "全市累计获得市长质量奖的企业共有13家,居全省前列。"]
    assert mark_duplicates(lines, [True, True], 0.99) == [None, None]


def test_near_duplicate_is_removed() -> None:
    a = "近年来,秦皇岛市委、市政府高度重视质量工作,牢固树立发展观念,切实强化质量兴市战略的重要地位。"
    b = "近年来,秦皇岛市委.市政府十分重视质量工作,牢固树立发展观念,切实强化质量兴市战略的重要"
    assert mark_duplicates([a, b], [True, True], 0.8) == [None, "near_duplicate"]


def test_summary_repeating_the_body_is_removed() -> None:
    body = [
        "质量是企业生存和发展的根本,是经济社会又好又快发展的基础性工程。",
        "品牌集中体现质量和效益,代表着一个地区经济竞争力和科技发展水平。",
    ]
    summary = "文章简介:质量是企业生存和发展的根本,是经济社会又好又快发展的基础性工程.品牌集中体现质量和"
    assert mark_summaries([summary, *body], [True, True, True], 0.5) == ["summary", None, None]


def test_summary_prefix_alone_does_not_remove_new_content() -> None:
    lines = ["摘要:本文讨论地理标志产品保护的法律问题。", "正文讲的是另一件事情,和摘要毫无关系。"]
    assert mark_summaries(lines, [True, True], 0.5) == [None, None]


def test_clean_text_is_kept_paragraphs_joined() -> None:
    doc, paragraphs = clean(
        "质量强市总动员\n\n  2011-08-05 14:27:00 中国质量新闻网\n  东莞市召开质量强市工作会议。  \n相关新闻\n"
    )
    assert doc.clean_text == "质量强市总动员\n东莞市召开质量强市工作会议。"
    assert doc.clean_chars == len(doc.clean_text)
    assert [p.kept for p in paragraphs] == [True, False, True, False]
